"""The hand-chosen labels of benchmarks/outside11, documents 80–99 (list K-c; see README-c.md),
written as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside11/make_labels_c.py          # rewrite the labels files of 80–99
    python benchmarks/outside11/make_labels_c.py --check  # verify them on disk instead

Only files numbered 80–99 are written or checked: the other parts of the set (01–39, 40–79) sit
in the same folder with their own make_labels files.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from outside_labels import body_of, labels_for  # noqa: E402

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


def mine(stem: str) -> bool:
    return stem[:2].isdigit() and int(stem[:2]) in MINE


def main(argv: list[str]) -> int:
    """Like ``outside_labels.write_labels``, restricted to this part's file numbers."""
    check = "--check" in argv
    press = Path(os.environ.get("POLICYTERMS_OUTSIDE_PRESS", "/tmp/outside-press")) / HERE.name
    bad = 0
    assert all(mine(stem) for stem in CHOICES), "a choice outside 80–99"
    for stem in sorted(CHOICES):
        folder = HERE if (HERE / f"{stem}.txt").exists() else press
        path = folder / f"{stem}.txt"
        if not path.exists():
            print(f"{stem}: press page not present in {press}, skipped")
            continue
        text = json.dumps(labels_for(stem, body_of(path), CHOICES[stem]), ensure_ascii=False, indent=1) + "\n"
        target = folder / f"{stem}.labels.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name}: differs from the choices")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    stems = {p.name[: -len(".txt")] for p in HERE.glob("[0-9][0-9]-*.txt")}
    for stem in sorted(s for s in stems - set(CHOICES) if mine(s)):
        if body_of(HERE / f"{stem}.txt").strip():
            print(f"{stem}: has text but no label choices")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
