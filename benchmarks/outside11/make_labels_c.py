"""The hand-chosen labels of benchmarks/outside11, documents 80–99 (list K-c; see README-c.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside11/make_labels_c.py          # rewrite the labels files of 80–99
    python benchmarks/outside11/make_labels_c.py --check  # verify them on disk instead

Only files numbered 80–99 are written or checked: the other parts of the set (01–39, 40–79) sit
in the same folder with their own make_labels files.
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
    "80-dachuan-2024": [
        ("习近平新时代中国特色社会主义思想", N),
        ("五经普", N),
        ("四上企业", N),
        ("两新一重", N),
    ],
}

#: the file numbers of this part
MINE = range(80, 100)

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
