"""The hand-chosen labels of benchmarks/outside15, part g (documents 50–99; see README-g.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside15/make_labels_g.py          # rewrite the labels files of part g
    python benchmarks/outside15/make_labels_g.py --check  # verify them on disk instead
    python benchmarks/outside15/make_labels_g.py --show   # print every label with its context

Only the documents numbered 50–99 are written or checked (01–49 are part f's): the other part's
files sit beside these and have their own make_labels file. Part g collected no document (see
README-g.md, "Shortfall"), so its choices are empty; the file exists so that the part's file
numbers stay reserved and a later continuation of the part has its place.
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
CHOICES: dict[str, list[tuple[str, str]]] = {}

#: Collected but not measured (none).
EXCLUDED: frozenset[str] = frozenset()


if __name__ == "__main__":
    sys.exit(write_labels(HERE, CHOICES, sys.argv[1:], EXCLUDED, numbers=MINE))
