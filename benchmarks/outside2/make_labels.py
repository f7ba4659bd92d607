"""The hand-chosen labels of benchmarks/outside2 (see its README.md), written as offsets by
benchmarks/outside_labels.py.

    python benchmarks/outside2/make_labels.py          # rewrite every labels file
    python benchmarks/outside2/make_labels.py --check  # verify the files on disk instead
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
    "01-changzhi-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("高质量发展", N), ("十四五", N),
        ("三个一批", P), ("上大关小", P), ("承诺制+标准地+全代办", P), ("承诺制", P),
        ("标准地", N),
    ],
    "02-wenling-2025": [
        ("习近平新时代中国特色社会主义思想", N), ("稳进立", P), ("创改开", P), ("四年", L),
        ("先立后破", N), ("两城两湖", L), ("高质量发展", N), ("新质发展", N), ("内外循环", N),
    ],
    "03-maiji-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("四强", P), ("五量", P),
        ("防返贫动态监测", N),
    ],
    "04-wuqing-2018": [
        ("习近平新时代中国特色社会主义思想", N), ("三个着力", N), ("新发展理念", N),
        ("稳中求进", N),
    ],
    "05-tongzhou-2020": [
        ("不忘初心、牢记使命", N), ("双调研", P), ("习近平新时代中国特色社会主义思想", N),
        ("一核两翼", N),
    ],
    "06-dongtai-2024": [
        ("新思想", N), ("新理念", N), ("高质量发展", N), ("主题教育", N), ("四个走在前", N),
        ("四个新", N), ("乡村振兴", N),
    ],
    "07-haicheng-2025": [
        ("十四五", N), ("习近平新时代中国特色社会主义思想", N), ("中国式现代化", N),
        ("振兴突破", P), ("4+4+3+N", L), ("放管服", N), ("高质量发展", N),
    ],
    "08-dalate-2022": [
        ("习近平新时代中国特色社会主义思想", N), ("小康社会", N), ("第一议题", N),
        ("四个意识", N), ("四个自信", N), ("两个维护", N), ("高质量发展", N),
        ("铸牢中华民族共同体意识", N), ("不忘初心、牢记使命", N),
    ],
    "09-nanan-2025": [
        ("十四五", N), ("习近平新时代中国特色社会主义思想", N), ("三个提效年", L),
        ("中国式现代化", N), ("大篷车", L), ("三员", L), ("四上", N), ("六办", L),
        ("五个一批", P),
    ],
    "10-lanling-2023": [
        ("习近平新时代中国特色社会主义思想", N),
        ("鲁南经济圈工业强县、全市乡村振兴先行区、人文厚重和美新兰陵", L), ("乡村振兴", N),
    ],
    "11-neixiang-2023": [
        ("习近平新时代中国特色社会主义思想", N), ("三个一批", P), ("乡村振兴", N),
    ],
}


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:]))
