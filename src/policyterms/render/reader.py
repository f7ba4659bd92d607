"""The terminal reader: the document with its terms highlighted and footnoted, then a
numbered glossary of the terms found, each with its definition, parts and source.

Styles are named in :data:`READER_THEME` (``policyterms.term`` …), so a user's theme can
restyle them; with ``no_color`` or a pipe the output is plain, readable text in which the
footnote markers carry the links.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from urllib.parse import unquote

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text
from rich.theme import Theme

from policyterms.annotate.annotation import Annotation
from policyterms.glossary.model import Glossary, Sense
from policyterms.text.visible import visible

__all__ = ["READER_THEME", "PLAIN_MARKS", "render_reader", "render_senses", "sense_entry"]

READER_THEME = Theme(
    {
        "policyterms.term": "bold black on yellow",
        "policyterms.marker": "bold cyan",
        "policyterms.heading": "bold",
        "policyterms.headword": "bold yellow",
        "policyterms.en": "green",
        "policyterms.scope": "magenta",
        "policyterms.label": "dim",
        "policyterms.source": "dim",
        "policyterms.unknown": "italic red",
    }
)


#: Marks around a term in plain output, where no highlight shows where it starts and ends.
PLAIN_MARKS = ("⟦", "⟧")


def render_reader(
    text: str,
    annotations: Sequence[Annotation],
    console: Console,
    *,
    lang: str = "zh",
    glossary: Glossary | None = None,
    start: int = 0,
    notes: str = "end",
) -> None:
    """Print ``text`` with footnoted terms, then the numbered glossary of what was found.

    Lines are wrapped here, never inside a term or its marker (``“两区一堡”[3]`` moves to
    the next line whole). Without colour the terms are bracketed ``⟦…⟧`` so a reader still
    sees where each starts and ends. ``start``: the original index to show from (the
    report itself, after a forum page's furniture); mentions before it are not shown.
    ``notes="paragraph"`` explains each term after the paragraph where it first occurs
    instead of in one glossary at the end. Each entry lists the lines of the original text
    where its term is mentioned.
    """
    shown = [a for a in annotations if a.start >= start]
    numbers: dict[str, int] = {}
    first: dict[str, Annotation] = {}
    lines: dict[str, list[int]] = {}
    line_starts = _line_starts(text)
    for annotation in shown:
        if annotation.sense_id not in numbers:
            numbers[annotation.sense_id] = len(numbers) + 1
            first[annotation.sense_id] = annotation
        lines.setdefault(annotation.sense_id, []).append(bisect_right(line_starts, annotation.start))
    plain = console.no_color or console.color_system is None
    width = max(console.width, 8)

    def entry(annotation: Annotation) -> RenderableType:
        return sense_entry(
            annotation.sense,
            glossary,
            number=numbers[annotation.sense_id],
            mentions=len(lines[annotation.sense_id]),
            lines=lines[annotation.sense_id],
            chosen_by=annotation.chosen_by,
            alternatives=annotation.alternatives,
        )

    explained: set[str] = set()
    position = start
    pending = list(shown)
    for paragraph_end in [*(i for i in range(start, len(text)) if text[i] == "\n"), len(text)]:
        units: list[tuple[str, str | None, bool]] = []  # (text, style, atomic)
        paragraph_senses: list[Annotation] = []
        while pending and pending[0].start < paragraph_end:
            annotation = pending.pop(0)
            units += [(c, None, False) for c in visible(text[position : annotation.start])]
            term = visible(" ".join(text[annotation.start : annotation.end].split()))  # a PDF break inside a term
            marker = str(numbers[annotation.sense_id]) + (f" {visible(annotation.en)}" if lang == "en" and annotation.en else "")
            shown_term = f"{PLAIN_MARKS[0]}{term}{PLAIN_MARKS[1]}" if plain else term
            units.append((shown_term, "policyterms.term", True))
            units.append((f"[{marker}]", "policyterms.marker", True))
            position = max(position, annotation.end)
            if annotation.sense_id not in explained:
                paragraph_senses.append(annotation)
        if position < paragraph_end:
            units += [(c, None, False) for c in visible(text[position:paragraph_end])]
        position = max(position, paragraph_end + 1)
        console.print(_wrap(units, width), no_wrap=True, overflow="ignore", crop=False)
        if notes == "paragraph" and paragraph_senses:
            for annotation in paragraph_senses:
                explained.add(annotation.sense_id)
                console.print(Padding(entry(annotation), (0, 0, 0, 2)))
        if position > len(text):
            break

    if notes == "paragraph":
        console.print(Rule(f"Terms found: {len(numbers)} ({len(shown)} mentions)", style="policyterms.heading"))
        return
    console.print()
    console.print(Rule(f"Terms found: {len(numbers)} ({len(shown)} mentions)", style="policyterms.heading"))
    for annotation in first.values():
        console.print(entry(annotation))


def _line_starts(text: str) -> list[int]:
    """Original index where each line starts; ``bisect_right(starts, i)`` is i's line number."""
    return [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]


def _wrap(units: list[tuple[str, str | None, bool]], width: int) -> Text:
    """Lay ``units`` out in lines of at most ``width`` cells; an atomic unit (a term, a
    marker) is never split unless it alone is wider than a line, and a term keeps its
    marker on its line."""
    out = Text()
    used = 0
    for index, (piece, style, atomic) in enumerate(units):
        size = cell_len(piece)
        if atomic and style == "policyterms.term" and index + 1 < len(units):
            size += cell_len(units[index + 1][0])  # the term and its marker move together
        if used and used + size > width and (atomic or piece.strip()) and style != "policyterms.marker":
            out.append("\n")
            used = 0
        if atomic and cell_len(piece) > width:  # wider than a line: fold it
            for char in piece:
                if used + cell_len(char) > width:
                    out.append("\n")
                    used = 0
                out.append(char, style=style)
                used += cell_len(char)
            continue
        out.append(piece, style=style)
        used += cell_len(piece)
    return out


def render_senses(senses: Sequence[Sense], console: Console, glossary: Glossary | None = None) -> None:
    """Print full entries for ``senses`` (for ``show`` and ``search``)."""
    for sense in senses:
        console.print(sense_entry(sense, glossary))


def sense_entry(
    sense: Sense,
    glossary: Glossary | None,
    *,
    number: int | None = None,
    mentions: int | None = None,
    lines: Sequence[int] = (),
    chosen_by: str | None = None,
    alternatives: Sequence[Sense] = (),
) -> RenderableType:
    """One glossary entry: headword line, definition, components, sources."""
    head = Text()
    if number is not None:
        head.append(f"[{number}] ", style="policyterms.marker")
    head.append(visible(sense.term), style="policyterms.headword")
    head.append(f"  {visible(sense.en)}", style="policyterms.en")
    if sense.en_source is not None:
        source = glossary.sources.get(sense.en_source) if glossary else None
        head.append(f" (official English: {visible(source.title if source else sense.en_source)})", style="policyterms.label")
    head.append(f"  · {visible(sense.scope)}", style="policyterms.scope")
    if sense.years:
        first, last = sense.years
        head.append(f" {first or ''}–{last or ''}" if first != last else f" {first}", style="policyterms.scope")
    if mentions is not None:
        head.append(f"  · {mentions} mention{'s' if mentions != 1 else ''}", style="policyterms.label")
    if lines:
        unique = list(dict.fromkeys(lines))
        listed = ", ".join(map(str, unique[:12])) + (f" … (+{len(unique) - 12})" if len(unique) > 12 else "")
        head.append(f" (line{'s' if len(unique) != 1 else ''} {listed})", style="policyterms.label")

    lines: list[RenderableType] = []
    if sense.reference:
        lines.append(_labelled("Reference", "a name or everyday term, explained on request but not flagged in documents (annotate --references flags it)"))
    if sense.aliases:
        lines.append(_labelled("Also written", visible("、".join(sense.aliases))))
    if sense.definition is not None:
        lines.append(_labelled(f"Definition ({ORIGIN_LABELS.get(sense.origin or '', sense.origin)})", visible(sense.definition)))
    elif sense.layer == "document":  # marked by annotate --unknown
        lines.append(
            Text(
                "Not in the glossary: the document uses this term without defining it, and no glossary "
                "defines it; its first use is quoted below.",
                style="policyterms.unknown",
            )
        )
    else:
        lines.append(
            Text(
                "Definition unknown: the sources use this slogan without saying what it means; "
                "see the quoted context below.",
                style="policyterms.unknown",
            )
        )
    if sense.components:
        parts = Text()
        parts.append("Components:", style="policyterms.label")
        for index, component in enumerate(sense.components, 1):
            parts.append(f"\n  {index}. {visible(str(component))}")
        lines.append(parts)
    for citation in sense.cite:
        source = glossary.sources.get(citation.source) if glossary else None
        where = source.title if source else citation.source
        if source and source.date:
            where += f" ({source.date})"
        if citation.locator:
            where += f", {citation.locator}"
        cited = Text()
        cited.append("Source: ", style="policyterms.label")
        cited.append(visible(where), style="policyterms.source")
        if source is not None and source.text_path is None and sense.layer != "document":
            cited.append(" [unverified: text not bundled]", style="policyterms.label")
        if citation.quote:
            cited.append(f"\n  «{visible(' '.join(citation.quote.split()))}»", style="policyterms.source")
        if source and source.url:  # shown decoded: 中华人民共和国, not %E4%B8%AD…
            cited.append(f"\n  {visible(unquote(source.url))}", style="policyterms.source")
        lines.append(cited)
    if sense.note:
        lines.append(_labelled("Note", visible(sense.note)))
    if alternatives:
        why = {"scope": "your --scope", "document": "the document's place and year", "broadest": "the broadest scope"}
        other = visible("; ".join(f"{s.scope}: {s.en}" for s in alternatives))
        lines.append(_labelled(f"Chosen by {why.get(chosen_by or '', chosen_by)}; other senses", other))
    return Group(head, Padding(Group(*lines), (0, 0, 0, 4), expand=False), Text(""))


#: How the reader says where a definition's words come from.
ORIGIN_LABELS = {
    "quoted": "quoted from the source below",
    "editorial": "written by the glossary's curators",
    "learned": "learned from this document",
}


def _labelled(label: str, value: str) -> Text:
    text = Text()
    text.append(f"{label}: ", style="policyterms.label")
    text.append(value)
    return text
