"""Second, independent labels of benchmarks/outside19, part m (documents 50–99; see SECOND-m.md),
written as offsets by benchmarks/outside_labels.py into ``NN-*.labels2.json``.

    python benchmarks/outside19/second_labels_m.py          # rewrite the second labels files of part m
    python benchmarks/outside19/second_labels_m.py --check  # verify them on disk instead
    python benchmarks/outside19/second_labels_m.py --show   # print every label with its context

Chosen from each document's text and the labelling rule alone (benchmarks/outside/ADJUDICATION.md
and the "Labelling rule" of docs/outside-evaluation.md), without the first labels or any
tool output. Only the documents numbered 50–99 are written or checked (01–49 are part l's).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"
MINE = range(50, 100)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "50-linxiang-2025": [
        ("十五五", N),
        ("三高四新", P),
        ("六个临湘六个区", L),
        ("中国式现代化", N),
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("1376", L),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
        ("高质量发展", N),
    ],
    "51-tongcheng-2006": [
        ("十一五", N),
        ("小康社会", N),
        ("以人为本", N),
        ("和谐社会", N),
        ("十五", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("兴工强县", L),
        ("九五", N),
    ],
    "52-shishou-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
        ("十三五", N),
        ("好中求快、提质进位", L),
        ("新型工业化", N),
        ("新型城镇化", N),
        ("十二五", N),
    ],
    "53-xisaishan-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("不忘初心,牢记使命", N),
        ("高质量发展", N),
    ],
    "54-huangpu-2025": [
        ("高质量发展", N),
        ("二次创业", L),
        ("1310", P),
        ("1312", L),
        ("百日攻坚", L),
        ("专精特新", N),
        ("小巨人", N),
        ("链主", N),
    ],
    "55-tianhe-2022": [
        ("十四五", N),
        ("第二个百年奋斗目标", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("新发展理念", N),
        ("双统筹36条", L),
        ("四上", N),
    ],
    "56-meijiang-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
        ("诗画梅江、文明客都", L),
        ("新发展理念", N),
        ("十三五", N),
    ],
    "57-longhuashenzhen-2025": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("1310", P),
        ("新发展理念", N),
        ("高质量发展十大计划", L),
        ("高质量发展", N),
    ],
    "58-shiqu-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("脱贫攻坚", N),
        ("易地扶贫搬迁", N),
    ],
    "59-longquanyi-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("社会面清零", N),
    ],
    "60-gangbei-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五大战略", L),
        ("五大振兴", L),
        ("高质量发展", N),
        ("乡村振兴", N),
    ],
    "61-qindu-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("高質量發(fā)展", N),
    ],
    "62-longhuahaikou-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("三个大考", L),
        ("三张答卷", L),
        ("以人民为中心", N),
        ("四早", N),
        ("四集中", N),
        ("五个一", L),
        ("六稳", N),
        ("六保", N),
    ],
    "63-shawan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("高质量发展", N),
        ("稳中求进", N),
        ("总目标", N),
        ("枫桥经验", N),
    ],
    "64-shayibake-2024": [
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("治疆方略", N),
        ("稳中求进", N),
        ("守正创新", N),
        ("中华民族共同体意识", N),
        ("民族团结一家亲", P),
        ("石榴日", L),
        ("筑基", L),
    ],
}

#: Documents whose first body line is a collection site's own heading, not the report's
#: (the rule's kind 7): nothing in it is labelled.
HEADING_LINE: frozenset[str] = frozenset({"52-shishou-2021", "56-meijiang-2021"})


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], numbers=MINE, kind="labels2", heading_line=HEADING_LINE))
