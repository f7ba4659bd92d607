"""Turn a labelled outside set's hand-chosen strings into label offsets (shared by the
``make_labels.py`` of every labelled outside set: each holds only its choices).

Every occurrence of a chosen string in a document's body (the file content after the first
blank line) is labelled, longer strings first; an occurrence overlapping an already labelled
span is skipped. ``body[start:end] == text`` is checked for every label, and a chosen string
that does not occur is an error. Press pages are not bundled: a set's press documents (text
and labels) live in ``$POLICYTERMS_OUTSIDE_PRESS/<set>/`` (default ``/tmp/outside-press``)
and are skipped, with a line saying so, when that folder does not hold them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

LEVELS = ("national", "provincial", "local")

#: file stem -> [(text as it appears in the body, level)]
Choices = dict[str, list[tuple[str, str]]]


def body_of(path: Path) -> str:
    content = path.read_text(encoding="utf-8")
    _, sep, body = content.partition("\n\n")
    if not sep:
        raise SystemExit(f"{path.name}: no blank line after the header")
    return body


def labels_for(stem: str, body: str, chosen: list[tuple[str, str]]) -> list[dict]:
    taken: list[tuple[int, int]] = []
    out: list[dict] = []
    for text, level in sorted(chosen, key=lambda c: -len(c[0])):
        found = 0
        i = body.find(text)
        while i != -1:
            j = i + len(text)
            if not any(i < e and s < j for s, e in taken):
                taken.append((i, j))
                out.append({"start": i, "end": j, "text": text, "level": level})
                found += 1
            i = body.find(text, i + 1)
        if not found:
            raise SystemExit(f"{stem}: chosen string {text!r} not in the body")
    out.sort(key=lambda d: d["start"])
    for d in out:
        assert body[d["start"] : d["end"]] == d["text"], (stem, d)
        assert d["level"] in LEVELS, (stem, d)
    return out


def write_labels(here: Path, choices: Choices, argv: list[str], excluded: frozenset[str] = frozenset()) -> int:
    """Write (or with ``--check`` verify) every labels file of the set in ``here``; the
    ``excluded`` documents (moved to ``excluded/`` before measurement) are left alone."""
    choices = {stem: labels for stem, labels in choices.items() if stem not in excluded}
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
    for stem in sorted(stems - set(choices)):
        if body_of(here / f"{stem}.txt").strip():
            print(f"{stem}: has text but no label choices")
            bad += 1
    return 1 if bad else 0
