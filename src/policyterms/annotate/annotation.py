"""What annotation returns: a mention with its sense and citations (:class:`Annotation`),
a document's list of them (:class:`Annotations`), and their JSON views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from policyterms.glossary.model import Component, Glossary, Sense


#: Why a mention has its sense: the only one, learned from the document, unknown jargon,
#: the caller's scope, the document's places and year, or the broadest (see :attr:`Annotation.chosen_by`).
ChosenBy = Literal["only", "learned", "unknown", "scope", "document", "broadest"]


@dataclass(frozen=True)
class CitationView:
    """A citation with its source's title and URL resolved, as output formats show it."""

    source: str
    title: str | None
    locator: str | None
    quote: str | None
    url: str | None

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "locator": self.locator, "quote": self.quote, "url": self.url}


def component_json(component: Component) -> dict[str, Any]:
    """A component as JSON records write it, always one shape: ``label`` (``null`` for a
    plain part), ``text`` (``null`` for a group given as parts) and ``parts`` (``[]``
    unless a group lists them).

    >>> component_json(Component(text="建好"))
    {'label': None, 'text': '建好', 'parts': []}
    >>> component_json(Component(label="两区", parts=("承载区", "先行区")))
    {'label': '两区', 'text': None, 'parts': ['承载区', '先行区']}
    """
    return {"label": component.label, "text": component.text, "parts": list(component.parts)}


def citation_views(sense: Sense, glossary: Glossary) -> tuple[CitationView, ...]:
    """The citations of ``sense`` with their sources' titles and URLs filled in."""
    views = []
    for citation in sense.cite:
        source = glossary.sources.get(citation.source)
        views.append(
            CitationView(
                source=citation.source,
                title=source.title if source else None,
                locator=citation.locator,
                quote=citation.quote,
                url=source.url if source else None,
            )
        )
    return tuple(views)


@dataclass(frozen=True)
class Annotation:
    """One mention: a half-open span of the original text and the sense it was given.

    ``chosen_by`` says why this sense: ``only`` (the surface has one sense), ``learned``
    (the document itself defines it: see :mod:`policyterms.mining.learn`), ``unknown`` (jargon
    the document uses that no glossary defines, marked on request), ``scope``
    (the caller's scope), ``document`` (the document's own place names and year) or
    ``broadest`` (no evidence: the widest scope). ``alternatives`` are the senses
    passed over.
    """

    start: int
    end: int
    text: str
    sense: Sense
    citations: tuple[CitationView, ...]
    chosen_by: ChosenBy = "only"
    alternatives: tuple[Sense, ...] = ()

    @property
    def term(self) -> str:
        return self.sense.term

    @property
    def sense_id(self) -> str:
        return self.sense.id

    @property
    def scope(self) -> str:
        return self.sense.scope

    @property
    def definition(self) -> str | None:
        return self.sense.definition

    @property
    def en(self) -> str:
        return self.sense.en

    @property
    def components(self) -> list[dict[str, Any]]:
        """The sense's components as JSON objects (see :func:`component_json`)."""
        return [component_json(component) for component in self.sense.components]

    def __repr__(self) -> str:
        """Short: where, what, which sense and why (the sense and citations are long)."""
        return f"Annotation({self.start}, {self.end}, {self.text!r}, sense={self.sense_id!r}, chosen_by={self.chosen_by!r})"

    def to_json(self) -> dict[str, Any]:
        """The JSON object of the CLI's ``jsonl`` and ``json`` formats: one mention, as
        ``#/$defs/mention`` in ``docs/records.schema.json`` describes it."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "term": self.term,
            "sense_id": self.sense_id,
            "scope": self.scope,
            "definition": self.definition,
            "origin": self.sense.origin,
            "components": self.components,
            "en": self.en,
            "en_source": self.sense.en_source,
            "citations": [c.to_json() for c in self.citations],
            "chosen_by": self.chosen_by,
            "alternatives": [s.id for s in self.alternatives],
        }


#: At most this many rows in a notebook's table of annotations; the rest are counted.
HTML_ROWS = 200


class Annotations(list):
    """The annotations of a text: a plain ``list`` of :class:`Annotation` (it compares
    equal to one) that Jupyter shows as a table (:meth:`_repr_html_`)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """An HTML table: offsets, the text, term, English, scope, definition with its
        origin, first citation, and why the sense was chosen. Everything is escaped."""
        from html import escape as e

        head = ("start–end", "text", "term", "English", "scope", "definition", "source", "chosen by")
        rows = []
        for a in self[:HTML_ROWS]:
            if a.definition is None:
                definition = "<i>definition unknown</i>"
            else:
                definition = f"{e(a.definition)} <small>({e(a.sense.origin or '')})</small>"
            source = ""
            if a.citations:
                c = a.citations[0]
                source = e(c.title or c.source) + (f", {e(c.locator)}" if c.locator else "")
                if c.url:
                    source = f'<a href="{e(c.url)}" target="_blank" rel="noopener">{source}</a>'
            cells = (
                f"{a.start}–{a.end}",
                e(" ".join(a.text.split())),
                f"<b>{e(a.term)}</b>",
                e(a.en),
                e(a.scope),
                definition,
                source,
                e(a.chosen_by),
            )
            rows.append("<tr>" + "".join(f'<td style="text-align:left">{cell}</td>' for cell in cells) + "</tr>")
        more = len(self) - HTML_ROWS
        terms = len({a.sense_id for a in self})
        caption = f"{len(self)} mention{'s' if len(self) != 1 else ''} of {terms} term{'s' if terms != 1 else ''}"
        if more > 0:
            caption += f" (first {HTML_ROWS} shown)"
        header = "".join(f'<th style="text-align:left">{e(h)}</th>' for h in head)
        return (
            f'<table class="policyterms-annotations"><caption style="text-align:left">{e(caption)}</caption>'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
