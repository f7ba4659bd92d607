"""Records for programs and pipelines: JSON Lines, one JSON document, or plain text lines.

``jsonl`` is one mention record per line; ``json`` is one object, ``{"document": summary,
"mentions": [records]}``. Both are described by the JSON Schema ``docs/records.schema.json``
(draft 2020-12). The ``jsonl`` and ``text`` writers consume annotations as they come, so
streamed annotation of a huge file writes as it goes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from policyterms.text.visible import visible
from policyterms.annotate.annotation import Annotation

__all__ = ["write_jsonl", "write_json", "write_text", "document_summary"]


def write_jsonl(annotations: Iterable[Annotation], out: TextIO) -> int:
    """One JSON object per line per annotation; returns how many were written."""
    count = 0
    for annotation in annotations:
        out.write(json.dumps(annotation.to_json(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def document_summary(annotations: Sequence[Annotation], *, unknown: bool = False) -> dict[str, Any]:
    """What a document mentions, in one object: how many mentions, and each sense with
    how often and where first it is mentioned, in the order of first mention.

    ``terms`` lists the senses a glossary or the document defines (or that a glossary
    knows without a definition); ``unknown`` lists the jargon no glossary defines
    (``chosen_by: unknown``, marked with ``--unknown``), or is ``null`` when it was not
    looked for (``unknown=False`` and none marked).
    """
    seen: dict[str, dict[str, Any]] = {}
    for annotation in annotations:
        entry = seen.get(annotation.sense_id)
        if entry is None:
            seen[annotation.sense_id] = entry = {
                "sense_id": annotation.sense_id,
                "term": annotation.term,
                "scope": annotation.scope,
                "en": annotation.en,
                "origin": annotation.sense.origin,
                "count": 0,
                "first_start": annotation.start,
                "unknown": annotation.chosen_by == "unknown",
            }
        entry["count"] += 1
    terms = [entry for entry in seen.values() if not entry["unknown"]]
    jargon = [entry for entry in seen.values() if entry["unknown"]]
    for entry in seen.values():
        del entry["unknown"]
    return {
        "mention_count": len(annotations),
        "term_count": len(terms),
        "terms": terms,
        "unknown": [{k: e[k] for k in ("sense_id", "term", "count", "first_start")} for e in jargon]
        if unknown or jargon
        else None,
    }


def write_json(annotations: Iterable[Annotation], out: TextIO, *, unknown: bool = False) -> int:
    """One JSON object: ``document`` (see :func:`document_summary`) and ``mentions``,
    the records :func:`write_jsonl` writes one per line. ``unknown``: unknown jargon was
    looked for (``annotate --unknown``), so ``document.unknown`` is a list even if empty.
    """
    listed = list(annotations)
    # Written mention by mention, laid out exactly as json.dump(..., indent=1) lays out the whole object, so that only
    # the annotations are held, not a dictionary per mention as well (five times their size).
    summary = json.dumps(document_summary(listed, unknown=unknown), ensure_ascii=False, indent=1)
    out.write('{\n "document": ' + summary.replace("\n", "\n ") + ',\n "mentions": [')
    for n, annotation in enumerate(listed):
        record = json.dumps(annotation.to_json(), ensure_ascii=False, indent=1)
        out.write(("," if n else "") + "\n  " + record.replace("\n", "\n  "))
    out.write("\n ]\n}\n" if listed else "]\n}\n")
    return len(listed)


def write_text(annotations: Iterable[Annotation], out: TextIO) -> int:
    """``start-end<TAB>text<TAB>term [scope]<TAB>definition``: easy to grep and cut.

    The offsets are exact; the text column shows the mention with its whitespace collapsed.
    """
    count = 0
    for a in annotations:
        definition = a.definition if a.definition is not None else "(definition unknown)"
        # One line per mention: line breaks and tabs inside a span become single spaces.
        shown = " ".join(a.text.split())
        line = f"{a.start}-{a.end}\t{shown}\t{a.term} [{a.scope}]\t{' '.join(definition.split())}"
        out.write(visible(line) + "\n")  # a terminal shows control characters, never obeys them
        count += 1
    return count
