"""Markdown: the document with a footnote after every mention, then the footnotes.

Each sense gets one footnote, numbered in the order of its first mention (``[^1]``,
``[^2]`` …, GitHub-flavoured Markdown footnotes). A footnote says what the reader does:
term, English, scope, the definition and where its words come from, the components, and
each citation with title, locator, quote and URL.

The document's own characters are escaped so that it renders as written: a report line
``1.三张清单`` stays text instead of becoming a numbered list, ``*`` and ``_`` never turn
into emphasis, ``<`` never opens HTML. Each line of the document is one paragraph (reports
write one paragraph per line); the indentation of a PDF or forum text is dropped, since
Markdown would read four leading spaces as a code block.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TextIO
from urllib.parse import unquote

from policyterms.annotate.annotation import Annotation
from policyterms.glossary.model import Glossary, Sense
from policyterms.render.reader import ORIGIN_LABELS

__all__ = ["write_markdown", "to_markdown", "escape_markdown"]

#: Characters Markdown may read as syntax anywhere in a line (CommonMark and GFM: emphasis,
#: links, code, HTML and entities, tables, strikethrough, footnote references).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}<>&|~])")
#: What opens a block at the start of a line: a heading, a quote, a list item, a thematic
#: break or setext underline, an ordered-list number (``1.`` ``2)``).
_LINE_START_SPECIAL = re.compile(r"^(?:([#>+\-=])|(\d{1,9})([.)]))")
#: The indentation and trailing blanks Markdown gives a meaning to (spaces and tabs only:
#: a full-width 　 indent is text).
_EDGE_BLANKS = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """``text`` with every character Markdown would read as syntax backslash-escaped.

    ``line_start``: ``text`` begins a line, so a leading ``#``, ``-`` or ``1.`` is escaped too.

    >>> escape_markdown("1.三张清单*注*")
    '1\\\\.三张清单\\\\*注\\\\*'
    >>> escape_markdown("2020-7-6 <b>")
    '2020-7-6 \\\\<b\\\\>'
    """
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _escape_line_start(escaped) if line_start else escaped


def _escape_line_start(line: str) -> str:
    return _LINE_START_SPECIAL.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line)


def _body(text: str, annotations: Sequence[Annotation], numbers: dict[str, int], start: int, end: int) -> str:
    """The document from ``start`` to ``end``, one paragraph per non-blank line, with a
    footnote reference after each mention."""
    # Escape inline syntax piece by piece, then split into lines: where a line starts is
    # known only once its indentation is gone (a mention may begin a line).
    pieces: list[str] = []
    position = start
    for annotation in annotations:
        if annotation.start < position or annotation.end > end:
            continue  # before the shown part, or overlapping a mention already shown
        pieces.append(escape_markdown(text[position : annotation.start], line_start=False))
        mention = " ".join(text[annotation.start : annotation.end].split())  # a PDF break inside a term
        pieces.append(escape_markdown(mention, line_start=False) + f"[^{numbers[annotation.sense_id]}]")
        position = annotation.end
    pieces.append(escape_markdown(text[position:end], line_start=False))
    joined = "".join(pieces).replace("\r", "")
    lines = [line for line in _EDGE_BLANKS.sub("", joined).split("\n") if line]
    return "\n\n".join(_escape_line_start(line) for line in lines)


def _footnote(
    number: int,
    annotation: Annotation,
    mentions: int,
    glossary: Glossary | None,
) -> str:
    """One footnote: a first line, then indented paragraphs (GFM footnote continuation)."""
    sense = annotation.sense
    head = f"**{escape_markdown(sense.term, line_start=False)}**"
    if sense.en:
        head += f" · {escape_markdown(sense.en, line_start=False)}"
    if sense.en_source is not None:
        source = glossary.sources.get(sense.en_source) if glossary else None
        title = source.title if source else sense.en_source
        head += f" (official English: {escape_markdown(title, line_start=False)})"
    head += f" · {escape_markdown(sense.scope, line_start=False)}"
    if sense.years:
        first, last = sense.years
        head += f" {first}" if first == last else f" {first or ''}–{last or ''}"
    head += f" · {mentions} mention{'s' if mentions != 1 else ''}"

    blocks: list[str] = []
    if sense.aliases:
        blocks.append("Also written: " + escape_markdown("、".join(sense.aliases), line_start=False))
    blocks.append(_definition(sense))
    if sense.components:
        items = [f"{index}. {escape_markdown(str(c), line_start=False)}" for index, c in enumerate(sense.components, 1)]
        blocks.append("Components:\n\n" + "\n".join(items))
    for citation in annotation.citations:
        cited = "Source: " + escape_markdown(citation.title or citation.source, line_start=False)
        source = glossary.sources.get(citation.source) if glossary else None
        if source is not None and source.date:
            cited += f" ({escape_markdown(source.date, line_start=False)})"
        if citation.locator:
            cited += ", " + escape_markdown(citation.locator, line_start=False)
        if citation.quote:
            cited += ": «" + escape_markdown(" ".join(citation.quote.split()), line_start=False) + "»"
        if citation.url:
            cited += " " + _link(citation.url)
        blocks.append(cited)
    if sense.note:
        blocks.append("Note: " + escape_markdown(" ".join(sense.note.split()), line_start=False))
    if annotation.alternatives:
        why = {"scope": "your --scope", "document": "the document's place and year", "broadest": "the broadest scope"}
        other = "; ".join(f"{s.scope}: {s.en}" for s in annotation.alternatives)
        reason = why.get(annotation.chosen_by, annotation.chosen_by)
        blocks.append(f"Chosen by {escape_markdown(reason, line_start=False)}; other senses: "
                      + escape_markdown(other, line_start=False))
    indented = "\n\n".join("\n".join(f"    {line}" if line else "" for line in block.split("\n")) for block in blocks)
    return f"[^{number}]: {head}\n\n{indented}"


def _definition(sense: Sense) -> str:
    if sense.definition is not None:
        label = ORIGIN_LABELS.get(sense.origin or "", sense.origin or "origin not stated")
        return f"Definition ({label}): " + escape_markdown(" ".join(sense.definition.split()), line_start=False)
    if sense.layer == "document":  # marked by annotate --unknown
        return ("*Not in the glossary: the document uses this term without defining it, and no glossary "
                "defines it; its first use is quoted below.*")
    return ("*Definition unknown: the sources use this slogan without saying what it means; "
            "see the quoted context below.*")


def _link(url: str) -> str:
    """An autolink ``<url>``, or the escaped URL where it cannot be one."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*", url):
        return f"<{url}>"
    return escape_markdown(unquote(url), line_start=False)


def write_markdown(
    text: str,
    annotations: Sequence[Annotation],
    out: TextIO,
    *,
    glossary: Glossary | None = None,
    start: int = 0,
    end: int | None = None,
) -> int:
    """Write ``text[start:end]`` as Markdown with a footnote reference after each mention,
    then one footnote per sense; returns how many mentions were written.

    Mentions outside ``[start, end)`` are left out, and so are their footnotes. With
    ``overlaps`` annotations, a mention inside one already shown is skipped (Markdown
    cannot nest them).
    """
    stop = len(text) if end is None else end
    numbers: dict[str, int] = {}
    first: dict[str, Annotation] = {}
    counts: dict[str, int] = {}
    shown: list[Annotation] = []
    position = start
    for annotation in sorted(annotations, key=lambda a: (a.start, -a.end)):
        if annotation.start < position or annotation.end > stop:
            continue
        shown.append(annotation)
        position = annotation.end
        if annotation.sense_id not in numbers:
            numbers[annotation.sense_id] = len(numbers) + 1
            first[annotation.sense_id] = annotation
        counts[annotation.sense_id] = counts.get(annotation.sense_id, 0) + 1
    out.write(_body(text, shown, numbers, start, stop))
    out.write("\n")
    for sense_id, annotation in first.items():
        out.write("\n")
        out.write(_footnote(numbers[sense_id], annotation, counts[sense_id], glossary))
        out.write("\n")
    return len(shown)


def to_markdown(
    text: str,
    annotations: Sequence[Annotation],
    *,
    glossary: Glossary | None = None,
    start: int = 0,
    end: int | None = None,
) -> str:
    """:func:`write_markdown` into a string."""
    buffer = io.StringIO()
    write_markdown(text, annotations, buffer, glossary=glossary, start=start, end=end)
    return buffer.getvalue()
