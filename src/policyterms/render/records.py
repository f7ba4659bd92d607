"""Records for programs and pipelines: JSON Lines, one JSON document, or plain text lines.

Each writer consumes annotations as they come, so streamed annotation of a huge file
writes as it goes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..annotate import Annotation

__all__ = ["write_jsonl", "write_json", "write_text"]


def write_jsonl(annotations: Iterable[Annotation], out: TextIO) -> int:
    """One JSON object per line per annotation; returns how many were written."""
    count = 0
    for annotation in annotations:
        out.write(json.dumps(annotation.to_json(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(annotations: Iterable[Annotation], out: TextIO) -> int:
    """A single JSON array of annotation objects."""
    records = [annotation.to_json() for annotation in annotations]
    json.dump(records, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(records)


def write_text(annotations: Iterable[Annotation], out: TextIO) -> int:
    """``start-end<TAB>text<TAB>term [scope]<TAB>definition``: easy to grep and cut.

    The offsets are exact; the text column shows the mention with its whitespace collapsed.
    """
    count = 0
    for a in annotations:
        definition = a.definition if a.definition is not None else "(definition unknown)"
        # One line per mention: line breaks and tabs inside a span become single spaces.
        shown = " ".join(a.text.split())
        out.write(f"{a.start}-{a.end}\t{shown}\t{a.term} [{a.scope}]\t{' '.join(definition.split())}\n")
        count += 1
    return count
