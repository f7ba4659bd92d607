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


def inside_number(body: str, start: int, end: int) -> bool:
    """Whether a chosen string that starts or ends with a digit sits inside a longer number
    there (“577” in 577.8公里): a figure, not a mention of the code (the rule's kind 8)."""
    text = body[start:end]
    before = body[start - 1] if start > 0 else ""
    after = body[end] if end < len(body) else ""
    return (text[:1].isdigit() and (before.isdigit() or before == ".")) or (
        text[-1:].isdigit() and (after.isdigit() or after == ".")
    )


def labels_for(stem: str, body: str, chosen: list[tuple[str, str]], *, heading_line: bool = False) -> list[dict]:
    """Every occurrence of each chosen string (longest first, never overlapping), except where a
    code sits inside a longer number and, with ``heading_line``, in the body's first line (a
    collection site's own page title repeated above the report: furniture, the rule's kind 7)."""
    floor = body.find("\n") + 1 if heading_line else 0
    taken: list[tuple[int, int]] = []
    out: list[dict] = []
    for text, level in sorted(chosen, key=lambda c: -len(c[0])):
        found = 0
        i = body.find(text, floor)
        while i != -1:
            j = i + len(text)
            if not any(i < e and s < j for s, e in taken) and not inside_number(body, i, j):
                taken.append((i, j))
                out.append({"start": i, "end": j, "text": text, "level": level})
                found += 1
            i = body.find(text, i + 1)
        if not found:
            raise SystemExit(f"{stem}: chosen string {text!r} not in the body (outside its heading line and numbers)")
    out.sort(key=lambda d: d["start"])
    for d in out:
        assert body[d["start"] : d["end"]] == d["text"], (stem, d)
        assert d["level"] in LEVELS, (stem, d)
    return out


def write_labels(
    here: Path,
    choices: Choices,
    argv: list[str],
    excluded: frozenset[str] = frozenset(),
    numbers: range | None = None,
    kind: str = "labels",
    heading_line: frozenset[str] = frozenset(),
) -> int:
    """Write (or with ``--check`` verify, with ``--show`` print in context) every labels file of the set in ``here``; the
    ``excluded`` documents (moved to ``excluded/`` before measurement) are left alone.

    A set several collectors built keeps one choices file per part: ``numbers`` are the file
    numbers of that part (``range(80, 100)`` for 80-…, 99-…). A choice outside them is an
    error, and only the part's own documents, bundled or press, must each have choices.

    ``kind`` names the files: ``<stem>.labels.json`` for the first annotator's labels,
    ``<stem>.labels2.json`` for a second annotator's, made independently of the first
    (``second_labels.py`` of a set; ``outside_eval.py --labels second`` reads them).

    ``heading_line`` names the documents whose first body line is a collection site's own
    heading, not the report's: nothing in it is labelled."""

    def in_part(stem: str) -> bool:
        return numbers is None or stem[:2].isdigit() and int(stem[:2]) in numbers

    check, show = "--check" in argv, "--show" in argv
    press = Path(os.environ.get("POLICYTERMS_OUTSIDE_PRESS", "/tmp/outside-press")) / here.name
    bad = 0
    for stem in sorted(choices):
        if stem in excluded:
            continue
        if not in_part(stem):
            print(f"{stem}: not a file number of this part ({numbers.start:02d}–{numbers.stop - 1:02d})")
            bad += 1
            continue
        folder = here if (here / f"{stem}.txt").exists() else press
        path = folder / f"{stem}.txt"
        if not path.exists():
            print(f"{stem}: press page not present in {press}, skipped")
            continue
        body = body_of(path)
        labels = labels_for(stem, body, choices[stem], heading_line=stem in heading_line)
        if show:  # each label in its context, for checking by eye; nothing is written
            for d in labels:
                s, e = d["start"], d["end"]
                print(f"{stem}\t{d['level'][0].upper()}\t{body[max(0, s - 12):s]}[{d['text']}]{body[e:e + 12]}".replace("\n", "⏎"))
            continue
        text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
        target = folder / f"{stem}.{kind}.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name}: differs from the choices")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    for folder in (here, press):
        for path in sorted(folder.glob("[0-9][0-9]-*.txt")):
            stem = path.name[: -len(".txt")]
            if in_part(stem) and stem not in choices and stem not in excluded and body_of(path).strip():
                print(f"{stem}: has text but no label choices")
                bad += 1
    return 1 if bad else 0
