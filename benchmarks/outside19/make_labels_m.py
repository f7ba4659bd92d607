"""The hand-chosen labels of benchmarks/outside19, part m (documents 50–99; see README-m.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside19/make_labels_m.py          # rewrite the labels files of part m
    python benchmarks/outside19/make_labels_m.py --check  # verify them on disk instead
    python benchmarks/outside19/make_labels_m.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part l's): the other part's
files sit beside these and have their own make_labels file. Press pages (52, 56, 58–61, 64) are read
from $POLICYTERMS_OUTSIDE_PRESS/outside19/ and skipped, with a line saying so, when that folder does
not hold them. Every occurrence of a chosen string in a document's body is labelled, longer strings
first (benchmarks/outside_labels.py); traditional text (61) is labelled as served. The labels were
chosen from the text and the rule alone, before any tool output on these documents existed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from outside_labels import Choices, write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of part m.
MINE = range(50, 100)

CHOICES: Choices = {
    # 湖南 岳阳 临湘市: the municipal Party committee's 十五五 proposals (official page).
    "50-linxiang-2025": [
        ("十五五", N),
        ("三高四新", P),
        ("六个临湘六个区", L),
        ("中国式现代化", N),
        ("十四五", N),
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("1376", L),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("新发展格局", N),
    ],
    # 湖北 咸宁 通城县: the 十一五 outline (official page).
    "51-tongcheng-2006": [
        ("十一五", N),
        ("小康社会", N),
        ("和谐社会", N),
        ("十五", N),
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("兴工强县", L),
        ("九五", N),
    ],
    # 湖北 荆州 石首市: the 十四五 outline (commercial collection; heading line excluded).
    "52-shishou-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
        ("十三五", N),
        ("好中求快、提质进位", L),
        ("十二五", N),
    ],
    # 湖北 黄石 西塞山区: government work report 2020 (official page).
    "53-xisaishan-2020": [
        ("习近平新时代中国特色社会主义思想", N),
        ("不忘初心,牢记使命", N),
        ("高质量发展", N),
    ],
    # 广东 广州 黄埔区: government work report 2025 (official page).
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
    # 广东 广州 天河区: government work report 2022 (official page).
    "55-tianhe-2022": [
        ("十四五", N),
        ("第二个百年奋斗目标", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("新发展理念", N),
        ("双统筹36条", L),
        ("四上", N),
    ],
    # 广东 梅州 梅江区: the 十四五 outline (commercial collection; heading line excluded).
    "56-meijiang-2021": [
        ("十四五", N),
        ("小康社会", N),
        ("第一个百年奋斗目标", N),
        ("第二个百年奋斗目标", N),
        ("高质量发展", N),
        ("生态发展区", P),
        ("诗画梅江、文明客都", L),
        ("新发展理念", N),
        ("十三五", N),
    ],
    # 广东 深圳 龙华区: government work report 2025 (official page).
    "57-longhuashenzhen-2025": [
        ("十四五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("1310", P),
        ("新发展理念", N),
        ("高质量发展", N),
        ("十大计划", L),
    ],
    # 四川 甘孜 石渠县: government work report 2021 (copy of a collection page).
    "58-shiqu-2021": [
        ("习近平新时代中国特色社会主义思想", N),
        ("脱贫攻坚", N),
        ("易地扶贫搬迁", N),
    ],
    # 四川 成都 龙泉驿区: government work report 2023 (copy of a collection page).
    "59-longquanyi-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
        ("社会面清零", N),
        ("疫情防控转段", N),
    ],
    # 广西 贵港 港北区: government work report 2023 (commercial collection).
    "60-gangbei-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五大战略", L),
        ("五大振兴", N),
        ("高质量发展", N),
        ("乡村振兴", N),
    ],
    # 陕西 咸阳 秦都区: government work report 2023 (commercial collection, traditional; heading line
    # excluded).
    "61-qindu-2023": [
        ("習近平新時代中國特色社會主義思想", N),
        ("高質量發(fā)展", N),
    ],
    # 海南 海口 龙华区: government work report 2021 (official page).
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
    # 新疆 塔城 沙湾市: government work report 2022 (official page).
    "63-shawan-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("新发展理念", N),
        ("高质量发展", N),
        ("稳中求进", N),
        ("总目标", N),
        ("枫桥经验", N),
    ],
    # 新疆 乌鲁木齐 沙依巴克区: government work report 2024 (report-collection site).
    "64-shayibake-2024": [
        ("高质量发展", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("治疆方略", N),
        ("稳中求进", N),
        ("守正创新", N),
        ("铸牢中华民族共同体意识", N),
        ("民族团结一家亲", P),
        ("石榴日", L),
        ("筑基", L),
    ],
}

#: Documents whose first body line is a collection site's own heading (nothing in it is labelled).
HEADING_LINE: frozenset[str] = frozenset({"52-shishou-2021", "56-meijiang-2021", "61-qindu-2023"})

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE, heading_line=HEADING_LINE))
