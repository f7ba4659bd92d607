"""The hand-chosen labels of benchmarks/outside4 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside4/make_labels.py          # rewrite every labels file
    python benchmarks/outside4/make_labels.py --check  # verify the files on disk instead
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-cangzhou-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("三件大事", L), ("区港通", L),
    ],
    "02-tongliao-2025": [
        ("十四五", N), ("铸牢中华民族共同体意识", N), ("两件大事", P), ("六个工程", P),
    ],
    "03-jian-2016": [
        ("十二五", N), ("新常态", N), ("一个希望、三个着力", N), ("十六字方针", P),
        ("两个行动计划", L), ("稳增长32条", L),
    ],
    "04-shantou-2019": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("高质量发展", N),
        ("新三板", N),
    ],
    "05-qianjiang-2025": [
        ("中国式现代化", N), ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N),
        ("川渝通办", P), ("地票", P),
    ],
    "06-dalian-2020": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("一网、一门、一次", P),
    ],
    "07-yibin-2022": [
        ("稳中求进", N), ("六稳", N), ("六保", N), ("5+1", P), ("产业发展双轮驱动", L),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
