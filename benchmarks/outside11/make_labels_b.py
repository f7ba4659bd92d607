"""The hand-chosen labels of benchmarks/outside11, part b (documents 40–59; see README-b.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside11/make_labels_b.py          # rewrite the labels files of part b
    python benchmarks/outside11/make_labels_b.py --check  # verify them on disk instead
    python benchmarks/outside11/make_labels_b.py --show   # print every label with its context

Only the documents numbered 40–59 are written or checked (60–79 are part d's): the other parts' files sit beside
these and have their own make_labels files.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"
MINE = range(40, 60)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "40-panyu-2025": [
        ("十四五", N),
        ("1310", P),
        ("1312", L),
        ("十二个方面走在前列、争当示范", L),
        ("高质量发展", N),
        ("两洋南拓、两江东进", L),
        ("两轴两带", L),
        ("腰部支撑", L),
        ("低空经济", N),
        ("四上", N),
    ],
    "41-yuhang-2009": [
        ("科学发展观", N),
        ("农民信箱", P),
    ],
    "42-tongan-2010": [
        ("邓小平理论", N),
        ("三个代表", N),
        ("科学发展观", N),
        ("走进和服务千家企业", L),
    ],
    "43-daye-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("八大行动", L),
        ("全年满堂彩、百强再进位", L),
    ],
    "44-nanhu-2021": [
        ("十三五", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("稳中求进", N),
        ("六稳", N),
        ("六保", N),
        ("一图一码一指数", P),
        ("常态化", N),
        ("五减", L),
        ("两直", L),
        ("驻企指导员", L),
        ("互学互比互赛", L),
    ],
    "45-longhu-2021": [
        ("两个一百年", N),
        ("新发展阶段", N),
        ("新发展理念", N),
        ("1+1+9", P),
        ("1146", L),
        ("十三五", N),
        ("新常态", N),
    ],
    "46-hongshan-2020": [
        ("十四五", N),
        ("十三五", N),
        ("小康社会", N),
        ("习近平新时代中国特色社会主义思想", N),
        ("六稳", N),
        ("六保", N),
        ("三甲", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
