"""The terminal reader: the document with its terms highlighted and footnoted, then a
numbered glossary of the terms found, each with its definition, parts and source.

Styles are named in :data:`READER_THEME` (``policyterms.term`` …), so a user's theme can
restyle them; with ``no_color`` or a pipe the output is plain, readable text in which the
footnote markers carry the links.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text
from rich.theme import Theme

from ..annotate import Annotation
from ..glossary import Glossary, Sense

__all__ = ["READER_THEME", "render_reader", "render_senses", "sense_entry"]

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


def render_reader(
    text: str,
    annotations: Sequence[Annotation],
    console: Console,
    *,
    lang: str = "zh",
    glossary: Glossary | None = None,
) -> None:
    """Print ``text`` with footnoted terms, then the numbered glossary of what was found."""
    numbers: dict[str, int] = {}
    found: list[Annotation] = []
    for annotation in annotations:
        if annotation.sense_id not in numbers:
            numbers[annotation.sense_id] = len(numbers) + 1
            found.append(annotation)
    counts: dict[str, int] = {}
    for annotation in annotations:
        counts[annotation.sense_id] = counts.get(annotation.sense_id, 0) + 1

    body = Text()
    position = 0
    for annotation in annotations:
        body.append(text[position : annotation.start])
        body.append(text[annotation.start : annotation.end], style="policyterms.term")
        marker = str(numbers[annotation.sense_id])
        if lang == "en":
            marker += f" {annotation.en}"
        body.append(f"[{marker}]", style="policyterms.marker")
        position = annotation.end
    body.append(text[position:])
    console.print(body, overflow="fold")

    console.print()
    console.print(Rule(f"Terms found: {len(found)} ({len(annotations)} mentions)", style="policyterms.heading"))
    for annotation in found:
        number = numbers[annotation.sense_id]
        entry = sense_entry(
            annotation.sense,
            glossary,
            number=number,
            mentions=counts[annotation.sense_id],
            chosen_by=annotation.chosen_by,
            alternatives=annotation.alternatives,
        )
        console.print(entry)


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
    chosen_by: str | None = None,
    alternatives: Sequence[Sense] = (),
) -> RenderableType:
    """One glossary entry: headword line, definition, components, sources."""
    head = Text()
    if number is not None:
        head.append(f"[{number}] ", style="policyterms.marker")
    head.append(sense.term, style="policyterms.headword")
    head.append(f"  {sense.en}", style="policyterms.en")
    if sense.en_source is not None:
        source = glossary.sources.get(sense.en_source) if glossary else None
        head.append(f" (official English: {source.title if source else sense.en_source})", style="policyterms.label")
    head.append(f"  · {sense.scope}", style="policyterms.scope")
    if sense.years:
        first, last = sense.years
        head.append(f" {first or ''}–{last or ''}" if first != last else f" {first}", style="policyterms.scope")
    if mentions is not None:
        head.append(f"  · {mentions} mention{'s' if mentions != 1 else ''}", style="policyterms.label")

    lines: list[RenderableType] = []
    if sense.aliases:
        lines.append(_labelled("Also written", "、".join(sense.aliases)))
    if sense.definition is not None:
        lines.append(_labelled(f"Definition ({ORIGIN_LABELS.get(sense.origin or '', sense.origin)})", sense.definition))
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
            parts.append(f"\n  {index}. {component}")
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
        cited.append(where, style="policyterms.source")
        if source is not None and source.text_path is None:
            cited.append(" [unverified: text not bundled]", style="policyterms.label")
        if citation.quote:
            cited.append(f"\n  «{' '.join(citation.quote.split())}»", style="policyterms.source")
        if source and source.url:  # shown decoded: 中华人民共和国, not %E4%B8%AD…
            cited.append(f"\n  {unquote(source.url)}", style="policyterms.source")
        lines.append(cited)
    if sense.note:
        lines.append(_labelled("Note", sense.note))
    if alternatives:
        why = {"scope": "your --scope", "document": "the document's place and year", "broadest": "the broadest scope"}
        other = "; ".join(f"{s.scope}: {s.en}" for s in alternatives)
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
