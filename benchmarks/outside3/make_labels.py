"""The hand-chosen labels of benchmarks/outside3 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside3/make_labels.py          # rewrite every labels file
    python benchmarks/outside3/make_labels.py --check  # verify the files on disk instead
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
    "01-baoding-2014": [
        ("科学发展", N),
    ],
    "02-dongan-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("稳中求进", N), ("高质量发展", N),
    ],
    "03-xiangyang-2013": [
        ("科学发展观", N), ("两个中心", L), ("四个襄阳", L),
    ],
    "04-jinhua-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("八八战略", P), ("一号工程", P),
        ("十项重大工程", P), ("中国式现代化", N), ("稳”“进”“立", P), ("赛马", P),
        ("港”“廊”“链", L),
    ],
    "05-mianyang-2017": [
        ("稳中求进", N), ("科学发展", N), ("十三五", N), ("双拥", N), ("三品一标", N),
        ("领航计划", L),
    ],
    "06-qingyang-2022": [
        ("习近平新时代中国特色社会主义思想", N),
        ("双轮驱动、三化并进、四建支撑、高质量发展", L), ("181", L), ("争跑抢挤", L),
        ("源网荷储一体化", N),
    ],
    "07-liping-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("新时代贵州精神", P), ("稳中求进", N),
        ("新发展理念", N), ("六稳", N), ("六保", N), ("常态化疫情防控", N), ("3+1", P),
        ("易搬", N),
    ],
    "08-xuzhou-2012": [
        ("科学发展", N), ("小康社会", N),
    ],
    "09-zhaoqing-2024": [
        ("一点两地", N), ("九九", L), ("四升三", L), ("湾区通", P),
    ],
    "10-baoji-2024": [
        ("习近平新时代中国特色社会主义思想", N), ("三个年", P), ("一四五十", L),
        ("高质量发展", N), ("1+5+N", L), ("专精特新", N),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
