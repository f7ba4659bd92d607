"""The hand-chosen labels of benchmarks/outside10, documents 80–99 (see README-c.md), written
as offsets by benchmarks/outside_labels.py.

    python benchmarks/outside10/make_labels_c.py          # rewrite this part's labels files
    python benchmarks/outside10/make_labels_c.py --check  # verify the files on disk instead

The set's other parts (documents 01–79) have their own make_labels files; their documents sit
in the same folder, so the completeness test here looks only at stems numbered 80–99.
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
}


def ours(stem: str) -> bool:
    return stem[:2].isdigit() and 80 <= int(stem[:2]) <= 99


def write_labels_c(here: Path, choices: dict[str, list[tuple[str, str]]], argv: list[str]) -> int:
    """As outside_labels.write_labels, but the test for documents without choices looks only
    at stems numbered 80–99."""
    assert all(ours(stem) for stem in choices), "choices for a stem outside 80–99"
    check = "--check" in argv
    press = Path(os.environ.get("POLICYTERMS_OUTSIDE_PRESS", "/tmp/outside-press")) / here.name
    bad = 0
    for stem in sorted(choices):
        folder = here if (here / f"{stem}.txt").exists() else press
        path = folder / f"{stem}.txt"
        if not path.exists():
            print(f"{stem}: press page not present in {press}, skipped")
            continue
        text = json.dumps(labels_for(stem, body_of(path), choices[stem]), ensure_ascii=False, indent=1) + "\n"
        target = folder / f"{stem}.labels.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name}: differs from the choices")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    stems = {p.name[: -len(".txt")] for p in here.glob("[0-9][0-9]-*.txt")}
    for stem in sorted(s for s in stems - set(choices) if ours(s)):
        if body_of(here / f"{stem}.txt").strip():
            print(f"{stem}: has text but no label choices")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(write_labels_c(HERE, CHOICES, sys.argv[1:]))
