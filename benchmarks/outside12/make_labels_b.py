"""The hand-chosen labels of benchmarks/outside12, part b (files 50–99; see README-b.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside12/make_labels_b.py          # rewrite this part's labels files
    python benchmarks/outside12/make_labels_b.py --check  # verify them on disk instead

Only the files numbered 50–99 are written or checked: the other parts of the set sit in the
same folder and have their own make_labels_*.py. Press pages (not bundled) are read from
``$POLICYTERMS_OUTSIDE_PRESS/outside12/`` (default ``/tmp/outside-press/outside12``) and skipped,
with a line saying so, when absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: file numbers this part owns
MINE = range(50, 100)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "50-nanhai-2018": [
        ("品牌南海", L),
        ("团结民主、和谐共进", L),
        ("治国理政新理念新思想新战略", N),
        ("四个意识", N),
        ("四个自信", N),
        ("四个坚持、三个支撑、两个走在前列", N),
        ("两学一做", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("不忘初心,牢记使命", N),
    ],
    "51-guangshui-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("再进位、冲百强、创辉煌", L),
        ("稳中求进", N),
        ("请老乡、回故乡、建家乡", L),
    ],
    "52-zaoyang-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("高质量发展", N),
    ],
    "53-yangxin-2021": [
        ("高质量发展", N),
        ("小康社会", N),
        ("供给侧结构性改革", N),
        ("专精特新", N),
        ("小巨人", N),
        ("隐形冠军", P),
    ],
    "54-ruian-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("加快融合发展、打造至美瑞安", L),
        ("小康社会", N),
        ("新发展理念", N),
        ("十大责任捆绑攻坚行动", L),
        ("三位一体", L),
        ("一号文件", N),
        ("医共体", N),
        ("万亩千亿", P),
        ("两区一廊", L),
        ("五大亮点区块", L),
    ],
    "55-pingyuan-2006": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("四个梅州", L),
    ],
    "56-jinzhai-2025": [
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("抓项目、促投资,抓创新、聚活力,抓保障、强服务", L),
    ],
    "57-wuwei-2023": [
        ("十四五", N),
        ("战略性新兴产业", N),
    ],
}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
