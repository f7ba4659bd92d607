"""The hand-chosen labels of benchmarks/outside11, documents 01–39 (list K-a; see README-a.md),
written as offsets by benchmarks/outside_labels.py. The set's other parts (documents 40–79 and
80–99) have their own files and are neither written nor checked here.

    python benchmarks/outside11/make_labels_a.py          # rewrite the labels files of 01–39
    python benchmarks/outside11/make_labels_a.py --check  # verify them on disk instead
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import write_labels  # noqa: E402

N, P, L = "national", "provincial", "local"

#: The file numbers of this part.
MINE = range(1, 40)

# file stem -> [(text as it appears in the body, level)]
CHOICES: dict[str, list[tuple[str, str]]] = {
    "01-manzhouli-2021": [
        ("十三五", N),
        ("四方", N),  # in 压实“四方”责任: the quoted numeral of 四方责任
    ],
    "02-nangang-2021": [
        ("习近平新时代中国特色社会主义思想", N), ("十三五", N), ("十四五", N),
        ("1123", L), ("1+2+5", L),
        ("高质量发展", N),  # inside the ranking name 全国城区高质量发展水平百强区
    ],
    "03-shahekou-2017": [
        ("习近平新时代中国特色社会主义思想", N), ("新发展理念", N),
        ("四个着力", N), ("三个推进", N),
        ("项目管家", L),
    ],
    # a district five-year plan outline, not a report (README-a.md, "Notes per file")
    "04-kuancheng-2011": [
        ("科学发展观", N), ("改造大铁北、建设新宽城,打造长春北部现代中心区", L),
        ("十一五", N), ("邓小平理论", N), ("三个代表", N), ("六区一城", L),
        ("精神文明", N), ("十二五", N),
    ],
}

#: Collected but not measured (none so far).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
