"""Annotate a text: every mention of a glossary term, where it is, and what it means.

The pipeline is fold → match → guard → select → map back → choose a sense. Matching runs
on folded text; everything a caller sees is in the coordinates of the ORIGINAL ``str``:
``text[a.start:a.end]`` is exactly what a reader would highlight.

Long inputs are annotated in windows (:meth:`Annotator.annotate_chunks`) with a result
identical to annotating the whole text at once: a window is only committed up to a point
that no surface can straddle, and selection resumes exactly where it stopped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Literal, NamedTuple

from policyterms.text.furniture import FURNITURE_LINE_MAX, furniture_lines
from policyterms.text.fold import CLOSING_QUOTES, INVISIBLE, OPENING_QUOTES, PINYIN_MAX_LENGTH, QUOTE_PAIRS, Folded, fold, fold_char
from policyterms.errors import PolicytermsError
from policyterms.glossary.gazetteer import PlaceFinder, load_gazetteer, province_names
from policyterms.glossary.model import DOCUMENT_SCOPE, NATIONAL_SCOPE, Component, Glossary, Sense
from policyterms.glossary.load import load_glossary
from policyterms._checks import expect_bool, expect_glossary, expect_optional_text, expect_text


__all__ = [
    "Annotation",
    "Annotations",
    "component_json",
    "CitationView",
    "citation_views",
    "check_scope",
    "DocumentEvidence",
    "Annotator",
    "annotate",
    "EVIDENCE_CHARS",
]

#: Sense choice looks for place names and the year in this many leading characters, the
#: same for whole-text and streamed annotation (documents state both near the top).
EVIDENCE_CHARS = 20_000

ChosenBy = Literal["only", "learned", "unknown", "scope", "document", "broadest"]

#: At most this many spaces or invisible characters (a PDF line break and its indentation,
#: several times over) may stand between a term and the
#: quotation marks around it (“ 四好农村路 ” is still quoted).
QUOTE_GAP = 100
#: Quotation marks that open and close alike: inside a span they balance by parity.
#: Characters of Chinese numerals: a surface starting or ending with one never continues
#: a longer numeral in the text.
CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万两")
#: A text longer than this is annotated window by window (see :meth:`Annotator.annotate`);
#: at 64 Ki characters a window costs nothing measurable on real text (the national reports).
WHOLE_TEXT_WINDOW = 1 << 16
#: At most about this many occurrences are held at once: a glossary whose surfaces nest
#: deeply (三, 三三, … 三×64 in a user's glossary) is annotated in smaller windows, since a
#: window of n characters yields up to n × the nesting depth of them.
CANDIDATE_BUDGET = 1 << 19
#: Windows are never smaller than this, however deep the nesting.
MIN_WINDOW = 1 << 12
_ANY_QUOTE = re.compile("[" + re.escape(OPENING_QUOTES + CLOSING_QUOTES) + "]")
_SYMMETRIC_QUOTES = "\"'＂＇"


def _is_gap(char: str) -> bool:
    """Whether folding deletes ``char`` as space (the same test as its ``\\s`` class)."""
    return char.isspace() or char in INVISIBLE


def max_span(surface_length: int) -> int:
    """The most original characters a match of a folded surface may cover: every
    character with a pinyin annotation, plus one PDF line break and its indentation.
    A longer stretch (a term torn apart by pages of blank space) is not a mention."""
    return surface_length * (PINYIN_MAX_LENGTH + 1) + QUOTE_GAP


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


@dataclass(frozen=True)
class DocumentEvidence:
    """What a document says about itself: how often it names each place (keyed by scope:
    浙江省嘉兴市平湖市 for 平湖, 上海市嘉定区 for 嘉定), and its year."""

    place_counts: dict[str, int]
    year: int | None

    @cached_property
    def home_province(self) -> str | None:
        """The province the document is from: the one whose places (itself, its
        prefectures and counties) make up more than half of the places it names; ``None``
        when no province does (a national report naming many, a report naming two alike)
        or it names none."""
        total = sum(self.place_counts.values())
        if not total:
            return None
        by_province: dict[str, int] = {}
        for place, count in self.place_counts.items():
            region = _region(place)
            if region in _provinces():
                by_province[region] = by_province.get(region, 0) + count
        best = max(by_province.items(), key=lambda item: (item[1], item[0]), default=None)
        return best[0] if best is not None and 2 * best[1] > total else None

    @classmethod
    def from_text(
        cls,
        text: str,
        scopes: Iterable[str],
        masked: Iterable[str] = (),
        *,
        folded: str | None = None,
        finder: PlaceFinder[str] | None = None,
    ) -> DocumentEvidence:
        """Count place names in the first :data:`EVIDENCE_CHARS` characters of ``text``
        (``folded``: those characters already folded), in one pass.

        The places are the glossary's ``scopes`` and every division of the gazetteer
        (:mod:`policyterms.glossary.gazetteer`). ``masked`` are folded surfaces that contain a
        place name without naming the place (绿水青山就是金山银山 is not about 金山区):
        they count for nothing. ``finder``: that automaton, already built for these
        ``scopes`` and ``masked`` (see :func:`place_finder`).
        """
        if folded is None:
            folded = fold(text[:EVIDENCE_CHARS]).text
        if finder is None:
            finder = place_finder(frozenset(scopes), frozenset(masked))
        counts = finder.count(folded)
        year = re.search(r"(?:19|20)\d\d(?=年)", folded)
        return cls(dict(counts), int(year.group()) if year else None)


@lru_cache(maxsize=8)
def place_finder(scopes: frozenset[str], masked: frozenset[str] = frozenset()) -> PlaceFinder[str]:
    """One automaton over the gazetteer's evidence names, the names of the glossary's
    ``scopes`` (these win: a glossary's 普陀 is its own 上海市普陀区) and ``masked``
    surfaces, each name keyed by the scope it is evidence of."""
    targets: dict[str, str | None] = {
        name: division.scope if division else None for name, division in load_gazetteer().evidence_targets().items()
    }
    for scope in sorted(scopes):
        for name in _place_names(scope):
            targets[name] = scope
    for surface in masked:
        targets[surface] = None
    return PlaceFinder(targets)


def _place_names(scope: str) -> tuple[str, ...]:
    """How a document names the place of a scope: 上海市嘉定区 → 嘉定区, 嘉定."""
    if scope == NATIONAL_SCOPE:
        return ()
    last = re.split(r"(?<=[省市区县])", scope)
    place = [part for part in last if part][-1]
    bare = place[:-1] if len(place) > 2 and place[-1] in "省市区县" else place
    return tuple(dict.fromkeys(fold(name).text for name in (place, bare)))


def _specificity(scope: str) -> int:
    return 0 if scope == NATIONAL_SCOPE else len(scope)


def _scope_contains(outer: str, inner: str) -> bool:
    return outer == NATIONAL_SCOPE or inner.startswith(outer)


def _year_fits(sense: Sense, year: int | None) -> bool:
    if sense.years is None or year is None:
        return True
    first, last = sense.years
    return (first is None or first <= year) and (last is None or year <= last)


def choose_sense(
    senses: tuple[Sense, ...], scope: str | None, evidence: DocumentEvidence
) -> tuple[Sense, ChosenBy]:
    """Pick a sense: the one the document itself defines, else the caller's scope, else
    the document's own place names and year, else the broadest."""
    defined = tuple(s for s in senses if s.layer == "document")
    if not defined:
        return (senses[0], "only") if len(senses) == 1 else _choose_by_place(senses, scope, evidence)
    # several glossary senses may say what the document says: choose among them
    sense = defined[0] if len(defined) == 1 else _choose_by_place(defined, scope, evidence)[0]
    return sense, "unknown" if sense.definition is None and sense.origin is None and sense.scope == DOCUMENT_SCOPE else "learned"


def _choose_by_place(
    senses: tuple[Sense, ...], scope: str | None, evidence: DocumentEvidence
) -> tuple[Sense, ChosenBy]:
    fitting = [s for s in senses if _year_fits(s, evidence.year)] or list(senses)
    if scope:
        containing = [s for s in fitting if _scope_contains(s.scope, scope)]
        if containing:
            return max(containing, key=lambda s: _specificity(s.scope)), "scope"
    counts = evidence.place_counts
    total = sum(counts.values())
    # A sense is in the running when the document names places inside its scope and
    # comes from its province: that province (with its prefectures and counties) holds
    # at least half of the places the document names. A national report naming a dozen
    # provinces once each gets no local sense.
    within = {
        s.id: sum(n for place, n in counts.items() if _scope_contains(s.scope, place))
        for s in fitting
        if s.scope != NATIONAL_SCOPE
    }
    running = [
        s
        for s in fitting
        if within.get(s.id) and 2 * sum(n for place, n in counts.items() if place.startswith(_region(s.scope))) >= total
    ]
    if running:
        # The scope holding most mentions; then, while a narrower scope inside it holds
        # at least half of those, that one (嘉定 named more than the rest of 上海市).
        best = max(running, key=lambda s: (within[s.id], _specificity(s.scope)))
        while True:
            inner = [
                s
                for s in running
                if s.scope != best.scope and _scope_contains(best.scope, s.scope) and 2 * within[s.id] >= within[best.id]
            ]
            if not inner:
                return best, "document"
            best = max(inner, key=lambda s: (within[s.id], _specificity(s.scope)))
    return min(fitting, key=lambda s: _specificity(s.scope)), "broadest"


def _foreign(sense: Sense, home: str | None) -> bool:
    """Whether ``sense`` belongs to another province than the document's ``home``: a
    slogan of 浙江 is not what the same words mean in a report from 江西."""
    if home is None or sense.scope == NATIONAL_SCOPE or sense.layer == "document":
        return False
    region = _region(sense.scope)
    return region in _provinces() and region != home


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    return frozenset(province_names())


def _names_a_place_outside(surface: str, senses: Iterable[Sense], finder: PlaceFinder[str]) -> bool:
    """Whether ``surface`` names a place that lies outside the region of one of its
    ``senses`` (every place is outside the nation's "region": a national slogan is no
    evidence of any place)."""
    places = finder.count(surface)
    return bool(places) and any(
        sense.scope == NATIONAL_SCOPE or any(_region(place) != _region(sense.scope) for place in places)
        for sense in senses
    )


@lru_cache(maxsize=1024)
def _region(scope: str) -> str:
    """The province a scope lies in (上海市 for 上海市测试区), or the scope itself when it
    starts with no province's name."""
    return next((name for name in province_names() if scope.startswith(name)), scope)


def check_scope(scope: str, glossary: Glossary) -> str:
    """Return ``scope`` if it names a place the glossary can speak of: 全国, one of its
    scopes, a place inside one (上海市浦东新区 is inside 上海市), or any division of the
    gazetteer (浙江省嘉兴市平湖市). Raises otherwise, so a typo such as 嘉定区 for
    上海市嘉定区 is not silently read as "no local sense applies"; the hint then names
    the divisions the typo may mean."""
    known = sorted(glossary.scopes | {NATIONAL_SCOPE})
    if scope in known or any(scope.startswith(k) for k in known if k != NATIONAL_SCOPE):
        return scope
    gazetteer = load_gazetteer()
    if gazetteer.division_of_scope(scope) is not None:
        return scope  # a real division (浙江省嘉兴市平湖市), though the glossary has no sense of it yet
    hint = "scopes in the glossary: " + ", ".join(known)
    places = [division.scope for division in gazetteer.place_of(scope)]
    if places:
        hint = "a scope is written from the province down: " + " or ".join(places[:6]) + "; " + hint
    raise PolicytermsError(f"unknown scope '{scope}'", hint=hint)


def _outside_left(original: str, start: int, floor: int) -> int | None:
    """The index of the first visible character before ``start`` (at most QUOTE_GAP
    spaces back, never before ``floor``), or None."""
    index = start - 1
    while index >= floor and start - index <= QUOTE_GAP + 1:
        char = original[index]
        if not (char.isspace() or char in INVISIBLE):  # _is_gap, inlined
            return index
        index -= 1
    return None


def _outside_right(original: str, end: int) -> int | None:
    """The index of the first visible character at or after ``end`` (within QUOTE_GAP), or None."""
    for index in range(end, min(end + QUOTE_GAP + 1, len(original))):
        char = original[index]
        if not (char.isspace() or char in INVISIBLE):  # _is_gap, inlined
            return index
    return None


@dataclass(frozen=True)
class SurfaceContext:
    """Where a surface counts when every sense of it is restricted: quoted (any sense
    ``quoted_only``), or followed or preceded by one of the senses' words (folded)."""

    quoted: bool
    followed_by: tuple[str, ...]
    preceded_by: tuple[str, ...]

    @property
    def reach(self) -> int:
        return max((len(w) for w in (*self.followed_by, *self.preceded_by)), default=0)


def _restricted(sense: Sense) -> bool:
    return bool(sense.quoted_only or sense.followed_by or sense.preceded_by)


def _surface_context(senses: tuple[Sense, ...]) -> SurfaceContext | None:
    """``None`` when some sense of the surface counts anywhere."""
    if not all(_restricted(s) for s in senses):
        return None

    def words(attribute: str) -> tuple[str, ...]:
        folded = (fold(w).text for s in senses for w in getattr(s, attribute))
        return tuple(dict.fromkeys(w for w in folded if w))

    return SurfaceContext(any(s.quoted_only for s in senses), words("followed_by"), words("preceded_by"))


def _sense_contexts(senses: tuple[Sense, ...]) -> tuple[SurfaceContext | None, ...] | None:
    """For a surface whose senses count in different contexts: each sense's own context,
    ``None`` for a sense that counts anywhere. Some senses may count anywhere and others
    only in their context (辽宁's 三大战略 and the national quoted-only one), or all may be
    restricted in different ways (河北's quoted 三件大事 and the national one after 经历了):
    a mention then counts only for the senses whose own context holds there, not for every
    sense of the surface. ``None`` for a surface whose senses are all alike."""
    restricted = [_restricted(s) for s in senses]
    if not any(restricted):
        return None
    contexts = tuple(_surface_context((s,)) for s in senses)
    if all(restricted) and len(set(contexts)) == 1:
        return None
    return contexts


def _exclusion(sense: Sense) -> SurfaceContext | None:
    """Where a sense does not count (``not_followed_by``, ``not_preceded_by``), as a context
    read the other way round: 走出去 before ,请进来 is a local 招商 phrase, not the national
    strategy. ``None`` for a sense excluded nowhere."""
    if not (sense.not_followed_by or sense.not_preceded_by):
        return None

    def words(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for w in (fold(v).text for v in values) if w))

    exclusion = SurfaceContext(False, words(sense.not_followed_by), words(sense.not_preceded_by))
    return exclusion if exclusion.reach else None


def _sense_exclusions(senses: tuple[Sense, ...]) -> tuple[SurfaceContext | None, ...] | None:
    """Each sense's exclusion (see :func:`_exclusion`); ``None`` when no sense of the surface has one."""
    exclusions = tuple(_exclusion(s) for s in senses)
    return exclusions if any(e is not None for e in exclusions) else None


def _surface_reach(senses: tuple[Sense, ...]) -> int | None:
    """How far the context words of a surface's restricted senses, and the words that
    exclude a sense, reach; ``None`` when none of its senses is restricted or excluded
    anywhere."""
    contexts = [_surface_context((s,)) for s in senses if _restricted(s)]
    exclusions = [e for e in (_exclusion(s) for s in senses) if e is not None]
    if not contexts and not exclusions:
        return None
    return max((*(c.reach for c in contexts if c is not None), *(e.reach for e in exclusions)), default=0)


class _Facts(NamedTuple):
    """What the annotator knows of one surface (see :meth:`Annotator._facts_of`)."""

    surface: str
    senses: tuple[Sense, ...]
    max_span: int
    token_start: bool
    token_end: bool
    numeral_start: bool
    numeral_end: bool
    context: SurfaceContext | None
    reference: bool  # some sense of the surface is a reference sense (it may be the one chosen)
    sense_contexts: tuple[SurfaceContext | None, ...] | None  # see _sense_contexts
    exclusions: tuple[SurfaceContext | None, ...] | None  # see _sense_exclusions


def _is_token_char(char: str) -> bool:
    folded = fold_char(char)
    return folded.isascii() and folded.isalnum()


@dataclass(frozen=True)
class AnnotationTables:
    """What annotating with a glossary needs beyond its automaton, computed once per
    glossary (:attr:`Glossary.annotation_tables`) and kept in its cache entry, so a
    cached glossary starts annotating without reading the gazetteer.

    ``reaches``: the surfaces that count only in some contexts, with how far their
    context words reach; ``place_surfaces``: national surfaces that contain a place name
    (no evidence of that place); ``evidence``: the automaton of :func:`place_finder` for
    the glossary's ``scopes`` with those surfaces masked.
    """

    scopes: frozenset[str]
    place_surfaces: frozenset[str]
    evidence: PlaceFinder[str]
    reaches: dict[str, int]
    longest: int

    @property
    def reach(self) -> int:
        return max(self.reaches.values(), default=0)

    @classmethod
    def of(cls, glossary: Glossary) -> AnnotationTables:
        by_surface = glossary.senses_by_surface
        scopes = frozenset(sense.scope for sense in glossary.senses if sense.scope != DOCUMENT_SCOPE)
        finder = place_finder(scopes)
        # Slogans that happen to contain the name of a place outside their own region are
        # not evidence for that place (the national 绿水青山就是金山银山 and 金山区, 湖北's
        # 东湖科学城 and 南昌's 东湖区, 广西's 平陆运河 and 山西's 平陆县): they are names of
        # nothing in the evidence automaton.
        place_surfaces = frozenset(
            surface
            for surface, senses in by_surface.items()
            if surface not in finder.targets and _names_a_place_outside(surface, senses, finder)
        )
        reaches = {}
        for surface, senses in by_surface.items():
            reach = _surface_reach(senses)
            if reach is not None:
                reaches[surface] = reach
        return cls(
            scopes=scopes,
            place_surfaces=place_surfaces,
            evidence=place_finder(scopes, place_surfaces),
            reaches=reaches,
            longest=max((len(s) for s in by_surface), default=1),
        )


    def over(self, glossary: Glossary, added: Iterable[Sense]) -> AnnotationTables | None:
        """These tables updated for ``glossary``, which is this one's glossary with the
        ``added`` senses of the document's own scope (learned ones) and nothing removed;
        ``None`` when they cannot simply be updated (then :meth:`of` builds them)."""
        added = tuple(added)
        if any(sense.scope != DOCUMENT_SCOPE for sense in added):
            return None
        surfaces = {fold(s).text for sense in added for s in sense.surfaces} - {""}
        if surfaces & self.place_surfaces:  # a national place-naming surface is national no more
            return None
        by_surface = glossary.senses_by_surface
        reaches = {s: r for s, r in self.reaches.items() if s not in surfaces}
        for surface in surfaces:
            reach = _surface_reach(by_surface.get(surface, ()))
            if reach is not None:
                reaches[surface] = reach
        return AnnotationTables(
            scopes=self.scopes,
            place_surfaces=self.place_surfaces,
            evidence=self.evidence,
            reaches=reaches,
            longest=max((self.longest, *(len(s) for s in surfaces))),
        )


class Annotator:
    """Annotates texts against one glossary; reusable and free of per-call state.

    ``overlaps=True`` returns every occurrence instead of the leftmost-longest,
    non-overlapping selection. ``references=True`` also reports the mentions of reference
    senses (names and everyday words a glossary keeps for look-up, ``reference: true``),
    which otherwise take their place in the text without being reported (the jargon named
    wholly inside one is still reported).
    ``furniture=True`` also annotates the lines a web page wraps around a report
    (breadcrumbs, banners, tool bars, footers: see :mod:`policyterms.text.furniture`).
    """

    def __init__(
        self,
        glossary: Glossary | None = None,
        *,
        scope: str | None = None,
        overlaps: bool = False,
        references: bool = False,
        furniture: bool = False,
    ) -> None:
        expect_glossary(glossary, "Annotator")
        expect_optional_text(scope, "scope", "Annotator")
        expect_bool(overlaps, "overlaps", "Annotator")
        expect_bool(references, "references", "Annotator")
        expect_bool(furniture, "furniture", "Annotator")
        self.glossary = glossary if glossary is not None else load_glossary()
        self.scope = check_scope(scope, self.glossary) if scope is not None else None
        #: the caller's province, which outranks the document's own evidence
        self._home = _region(self.scope) if self.scope and _region(self.scope) in _provinces() else None
        self.overlaps = overlaps
        self.references = references
        self.furniture = furniture
        self._matcher = self.glossary.matcher
        self._patterns = self._matcher.patterns
        tables: AnnotationTables = self.glossary.annotation_tables
        self._tables = tables
        self._scopes = tables.scopes
        self._place_surfaces = tables.place_surfaces
        # Per pattern of the matcher, filled on first use (a glossary may have a hundred
        # thousand surfaces; a document meets a few hundred): see _facts_of().
        self._facts: dict[int, _Facts] = {}
        reach = tables.reach
        #: Original characters kept before a window's cut, so guards, quotes and the words
        #: of a preceded_by context are seen across it.
        #: Furniture lines are judged whole, so a window keeps a line's length before a cut.
        self.context_keep = QUOTE_GAP + 1 + (max_span(reach) if reach else 0) + FURNITURE_LINE_MAX + 1
        self._citations: dict[str, tuple[CitationView, ...]] = {}  # by sense id, built on first use
        #: a surface plus the context words it may need to see (十五 before 计划)
        longest = tables.longest + reach
        #: Original characters kept back at the end of a window: a match covers at most
        #: ``max_span(longest)`` of them, then quotes and guards look QUOTE_GAP further, and
        #: the furniture check to the end of a short line.
        self.window_reserve = max_span(longest) + 2 * QUOTE_GAP + PINYIN_MAX_LENGTH + FURNITURE_LINE_MAX + 5

    def _facts_of(self, number: int) -> _Facts:
        """What the guards and the context check need to know of pattern ``number``."""
        facts = self._facts.get(number)
        if facts is None:
            surface = self._patterns[number]
            senses = self.glossary.pattern_senses(number)
            facts = self._facts[number] = _Facts(
                surface,
                senses,
                max_span(len(surface)),
                _is_token_char(surface[0]),
                _is_token_char(surface[-1]),
                surface[0] in CHINESE_NUMERALS,
                surface[-1] in CHINESE_NUMERALS,
                _surface_context(senses),
                any(sense.reference for sense in senses),
                _sense_contexts(senses),
                _sense_exclusions(senses),
            )
        return facts

    # -- public entry points ---------------------------------------------------------

    @cached_property
    def window(self) -> int:
        """How many characters are matched at a time: :data:`WHOLE_TEXT_WINDOW`, smaller
        for a glossary whose surfaces nest deeply, so that a window's occurrences stay
        within :data:`CANDIDATE_BUDGET` (see :attr:`Matcher.suffix_depth`)."""
        depth = max(self._matcher.suffix_depth, 1)
        return max(MIN_WINDOW, min(WHOLE_TEXT_WINDOW, CANDIDATE_BUDGET // depth))

    def annotate(self, text: str) -> Annotations:
        """All annotations of ``text``, sorted by start (a list, shown as a table in Jupyter)."""
        expect_text(text, "text", "annotate")
        if len(text) > MIN_WINDOW and len(text) > self.window:
            # In windows, as annotate_chunks reads a stream (which gives the same result):
            # the automaton's overlapping matches, up to n·k for k nested surfaces (三,
            # 三三, …), are then held for one window at a time, never for the whole text.
            return Annotations(self.annotate_chunks((text,)))
        folded = fold(text)
        # A text within the evidence window is folded once, for evidence and matching alike.
        evidence = DocumentEvidence.from_text(
            text,
            self._scopes,
            self._place_surfaces,
            folded=folded.text if len(text) <= EVIDENCE_CHARS else None,
            finder=self._tables.evidence,
        )
        annotations, _, _ = self._annotate_window(text, 0, folded, evidence, final=True, covered_until=0)
        return Annotations(annotations)

    def annotate_chunks(self, chunks: Iterable[str]) -> Iterator[Annotation]:
        """Annotate a text given in pieces of any size, yielding what :meth:`annotate` would.

        Offsets are global to the concatenated text: read a file with
        ``open(path, encoding=..., newline="")``, since plain ``open()`` turns ``\r\n``
        into one character and every later offset would be off by the lines before it.
        Memory stays bounded by the chunk size plus a small margin (and the first
        :data:`EVIDENCE_CHARS` characters, which decide sense choice for the whole document).
        """
        if isinstance(chunks, (str, bytes, bytearray)):
            kind = "a str: call annotate(text)" if isinstance(chunks, str) else "bytes: open the file in text mode"
            raise TypeError(f"annotate_chunks() expects an iterable of str pieces (a text-mode file, a list), not {kind}")
        window = self.window
        iterator = (  # a big piece is matched a window at a time (see the window property)
            chunk[at : at + window] if len(chunk) > window else chunk
            for chunk in map(_expect_piece, chunks)
            for at in range(0, max(len(chunk), 1), window)
        )
        buffer = ""
        for chunk in iterator:  # gather the evidence window first
            buffer += chunk
            if len(buffer) >= EVIDENCE_CHARS:
                break
        evidence = DocumentEvidence.from_text(buffer, self._scopes, self._place_surfaces, finder=self._tables.evidence)
        base = 0  # original index of buffer[0]
        context = 0  # leading characters of the buffer kept only as context for guards
        covered_until = 0  # original index before which selection has already chosen
        exhausted = False
        while True:
            if not exhausted:
                more = next(iterator, None)
                if more is None:
                    exhausted = True
                else:
                    buffer += more
                    if len(buffer) - context < 2 * self.window_reserve:
                        continue  # read on: a window commits only what lies a reserve before its end
            folded = fold(buffer)
            annotations, resume, covered_until = self._annotate_window(
                buffer, base, folded, evidence, final=exhausted, covered_until=covered_until, skip=context
            )
            yield from annotations
            if exhausted:
                return
            # Keep context so guards and quote checks see across the cut.
            keep_from = max(resume - base - self.context_keep, 0)
            buffer = buffer[keep_from:]
            context = resume - base - keep_from
            base += keep_from

    # -- the work ----------------------------------------------------------------------

    def _annotate_window(
        self,
        original: str,
        base: int,
        folded: Folded,
        evidence: DocumentEvidence,
        *,
        final: bool,
        covered_until: int,
        skip: int = 0,
    ) -> tuple[list[Annotation], int, int]:
        """Annotate ``original`` (which starts at global index ``base``).

        Candidates starting before original index ``skip`` are context from the previous
        window. Unless ``final``, only candidates starting before a safe point near the
        end (see ``window_reserve``) are committed. Returns the annotations, the global
        original index the next window should start at, and the new ``covered_until``.
        """
        if final:
            resume = len(original)
        else:
            # Commit what starts before window_reserve original characters from the end, which
            # cover all a committed match and its checks look at, the whole short line it
            # stands on included (the furniture check must see it whole); a long run of blank
            # space cannot hold the window open.
            resume = max(len(original) - self.window_reserve, skip)
        spans: list[tuple[int, int, int]] = []
        narrowed: dict[int, tuple[Sense, ...]] = {}  # span index → the senses that count there
        folded_text = folded.text
        # Folded.span_to_original, inlined with a sentinel break before everything
        breaks, shifts, pinyin_ends = (-1, *folded._breaks), (0, *folded._shifts), folded._pinyin_ends
        facts_of, facts = self._facts_of, self._facts
        length = len(original)
        overlaps = self.overlaps
        # Without overlaps, only the longest kept occurrence per start matters, unless it is a
        # reference sense's: the jargon named inside a reference span is still reported
        # (_nested), and its candidates may reach past the safe point, up to ``hold``.
        kept_start, kept_reference = -1, False
        nest = not overlaps and not self.references
        hold = resume
        # the end of the latest reference candidate: a candidate that starts inside it and
        # ends past it leaves room for a shorter one at its start, wholly inside (负面清单
        # behind 负面清单制 in 市场准入负面清单制度)
        reference_end = -1
        # another province's slogan is no candidate at all in a document from elsewhere, so
        # it neither shows nor hides a shorter national term (四库 inside 森林四库)
        home = self._home or evidence.home_province
        foreign_of: dict[int, bool] = {}
        # a term in a page's breadcrumb or banner is not a mention: those lines, found once
        furniture = () if self.furniture else furniture_lines(original, at_text_end=final)
        furniture_starts = [line_start for line_start, _ in furniture]
        for folded_start, folded_end, number in self._matcher.spans(folded_text):
            if folded_start == kept_start and not overlaps and not kept_reference:
                continue  # nested surfaces (三, 三三, 三三三 … on 三三三…) keep one per start
            start = folded_start + shifts[bisect_right(breaks, folded_start) - 1]
            end = folded_end + shifts[bisect_right(breaks, folded_end - 1) - 1]
            if pinyin_ends:
                end = pinyin_ends.get(end, end)
            if start >= resume and start >= hold:
                break
            if start < skip or base + start < covered_until and not overlaps:
                continue
            fact = facts.get(number) or facts_of(number)
            if end - start > fact.max_span:
                continue
            # the guards (see _passes_guards), inlined: most candidates pass them all
            if (fact.numeral_start or fact.token_start) and start > 0 or (fact.numeral_end or fact.token_end) and end < length:
                if not self._passes_guards(original, start, end, fact):
                    continue
            if fact.context is not None and not self._in_context(
                original, start, end, folded_text, folded_start, folded_end, fact.context
            ):
                continue
            if furniture:
                line = bisect_right(furniture_starts, start) - 1
                if line >= 0 and end <= furniture[line][1]:
                    continue
            here = None  # the senses that count here, when not all of the surface's do
            if fact.sense_contexts is not None or fact.exclusions is not None:
                here = tuple(
                    sense
                    for k, sense in enumerate(fact.senses)
                    if (
                        fact.sense_contexts is None
                        or (context := fact.sense_contexts[k]) is None
                        or self._in_context(original, start, end, folded_text, folded_start, folded_end, context)
                    )
                    and not (  # a sense does not count next to the words that exclude it
                        fact.exclusions is not None
                        and (exclusion := fact.exclusions[k]) is not None
                        and self._in_context(original, start, end, folded_text, folded_start, folded_end, exclusion)
                    )
                )
                if not here:
                    continue
                if len(here) == len(fact.senses):
                    here = None
            if home is not None:
                if here is None:
                    foreign = foreign_of.get(number)
                    if foreign is None:
                        foreign = foreign_of[number] = all(_foreign(sense, home) for sense in fact.senses)
                else:
                    foreign = all(_foreign(sense, home) for sense in here)
                if foreign:
                    continue
            if here is not None:
                narrowed[len(spans)] = here
            spans.append((start, end, number))
            kept_start, kept_reference = folded_start, nest and (fact.reference or start < reference_end < end)
            if kept_reference and fact.reference:
                reference_end = max(reference_end, end)
                if start < resume:
                    hold = max(hold, end)
        if overlaps:
            chosen = range(len(spans))
        else:
            # leftmost-longest (select_leftmost_longest): the spans come sorted by start,
            # longest first, as the matcher sorts them and mapping to the original keeps;
            # those past the safe point are only the insides of a reference span
            chosen = []
            covered = 0
            for index, (start, end, _) in enumerate(spans):
                if covered <= start < resume:
                    chosen.append(index)
                    covered = end
        annotations = []
        floor = 0 if overlaps else max(covered_until - base, 0)
        references = self.references
        for index in chosen:
            start, end = self._with_quotes(original, spans[index][0], spans[index][1], floor)
            annotation = self._make(original, base, start, end, spans[index][2], evidence, narrowed.get(index))
            if references or not annotation.sense.reference:
                annotations.append(annotation)
            elif nest:
                # a reference sense holds its span unreported; jargon named inside it is a mention
                annotations.extend(self._nested(original, base, spans, narrowed, index, start, end, evidence))
            if not overlaps:
                floor = end
        if not self.overlaps:
            covered_until = max(covered_until, base + floor)
        resume += base
        return annotations, resume, covered_until

    def _nested(
        self,
        original: str,
        base: int,
        spans: list[tuple[int, int, int]],
        narrowed: dict[int, tuple[Sense, ...]],
        index: int,
        floor: int,
        ceiling: int,
        evidence: DocumentEvidence,
    ) -> list[Annotation]:
        """The jargon inside the reference span ``spans[index]``, leftmost-longest, each
        highlighted with its quotes as anywhere else but within ``[floor, ceiling)``, the
        reference span with its own quotes.

        A name or everyday phrase the glossary keeps for look-up (双拥模范城, 市场准入负面清单,
        黄河流域生态保护和高质量发展) is not flagged, but a term named inside it (双拥, 负面清单,
        高质量发展) is still a mention a reader wants explained. The candidates come sorted
        by start, longest first, so those inside the span directly follow it.
        """
        outer_start, outer_end, _ = spans[index]
        found: list[Annotation] = []
        covered = outer_start
        for inner, (start, end, number) in enumerate(spans[index + 1 :], index + 1):
            if start >= outer_end:
                break
            if start < covered or end > outer_end or (start, end) == (outer_start, outer_end):
                continue
            quoted_start, quoted_end = self._with_quotes(original, start, end, floor)
            if quoted_end > ceiling:
                quoted_start, quoted_end = start, end
            annotation = self._make(original, base, quoted_start, quoted_end, number, evidence, narrowed.get(inner))
            if not annotation.sense.reference:
                found.append(annotation)
                covered, floor = end, quoted_end
        return found

    def _passes_guards(self, original: str, start: int, end: int, facts: _Facts) -> bool:
        """Reject a digit/Latin-edged surface inside a longer number or word, and a
        surface edged with a Chinese numeral inside a longer numeral (三届人大 in
        十三届人大, 一五 in 十一五)."""
        token_start, token_end, numeral_start, numeral_end = (
            facts.token_start, facts.token_end, facts.numeral_start, facts.numeral_end
        )
        if numeral_start and start > 0 and fold_char(original[start - 1]) in CHINESE_NUMERALS:
            return False
        if numeral_end and end < len(original) and fold_char(original[end]) in CHINESE_NUMERALS:
            return False
        if token_start and start > 0:
            before = original[start - 1]
            if _is_token_char(before):
                return False
            if fold_char(before) == "+" and start > 1 and _is_token_char(original[start - 2]):
                return False  # 1+4+4 continuing a formula such as 2+1+4+4
        if token_end and end < len(original):
            after = original[end]
            if _is_token_char(after):
                return False
            if fold_char(after) == "+" and end + 1 < len(original) and _is_token_char(original[end + 1]):
                return False  # 1+4+4 inside 1+4+4+8
        return True

    def _in_context(
        self,
        original: str,
        start: int,
        end: int,
        folded_text: str,
        folded_start: int,
        folded_end: int,
        context: SurfaceContext,
    ) -> bool:
        """A surface that counts only in some contexts (see :class:`SurfaceContext`) is
        kept where one of them holds: quoted, or next to one of its words in the folded
        text (so “十五”计划, 十五計劃 and 十五\n计划 all count)."""
        if context.quoted:
            left, right = _outside_left(original, start, 0), _outside_right(original, end)
            if left is not None and right is not None and original[right] in QUOTE_PAIRS.get(original[left], ""):
                return True
        after = folded_text[folded_end : folded_end + context.reach]
        before = folded_text[max(folded_start - context.reach, 0) : folded_start]
        return any(after.startswith(w) for w in context.followed_by) or any(
            before.endswith(w) for w in context.preceded_by
        )

    @staticmethod
    def _with_quotes(original: str, start: int, end: int, floor: int) -> tuple[int, int]:
        """Widen a span so it never holds an unbalanced quotation mark, and so a surface
        quoted as a whole (“四好农村路”) is highlighted with its quotes."""
        inside = original[start:end]
        if _ANY_QUOTE.search(inside):
            opens = sum(inside.count(q) for q in OPENING_QUOTES if q not in _SYMMETRIC_QUOTES)
            closes = sum(inside.count(q) for q in CLOSING_QUOTES if q not in _SYMMETRIC_QUOTES)
            odd = [q for q in _SYMMETRIC_QUOTES if inside.count(q) % 2]
        else:  # most mentions hold no quotation mark: nothing to balance
            if start > floor:
                before = original[start - 1]
                if before not in QUOTE_PAIRS and not (before.isspace() or before in INVISIBLE):
                    return start, end  # what precedes it is visible and opens no quote
            opens = closes = 0
            odd = []
        left, right = _outside_left(original, start, floor), _outside_right(original, end)
        if closes > opens and left is not None and original[left] in OPENING_QUOTES:
            start, left = left, _outside_left(original, left, floor)
        elif opens > closes and right is not None and original[right] in CLOSING_QUOTES:
            end, right = right + 1, _outside_right(original, right + 1)
        elif odd and left is not None and original[left] in odd:
            start, left = left, _outside_left(original, left, floor)  # "11157"工程: the opener is outside
        elif odd and right is not None and original[right] in odd:
            end, right = right + 1, _outside_right(original, right + 1)
        if left is not None and right is not None and original[right] in QUOTE_PAIRS.get(original[left], ""):
            start, end = left, right + 1
        return start, end

    def _make(
        self,
        original: str,
        base: int,
        start: int,
        end: int,
        number: int,
        evidence: DocumentEvidence,
        senses: tuple[Sense, ...] | None = None,
    ) -> Annotation:
        """The annotation of pattern ``number`` at ``[start, end)``, choosing among
        ``senses`` (those that count there, when the candidate loop narrowed them) or else
        all the pattern's senses."""
        if senses is None:
            senses = (self._facts.get(number) or self._facts_of(number)).senses
        home = self._home or evidence.home_province
        if home is not None and len(senses) > 1:
            # the candidate loop dropped surfaces whose every sense is foreign; of the rest,
            # only the senses of the document's own province or of no province can apply
            senses = tuple(sense for sense in senses if not _foreign(sense, home))
        if len(senses) == 1 and senses[0].layer != "document":  # choose_sense's first answer
            sense, chosen_by, alternatives = senses[0], "only", ()
        else:
            sense, chosen_by = choose_sense(senses, self.scope, evidence)
            alternatives = tuple(s for s in senses if s is not sense)
        citations = self._citations.get(sense.id)
        if citations is None:
            citations = self._citations[sense.id] = citation_views(sense, self.glossary)
        return Annotation(base + start, base + end, original[start:end], sense, citations, chosen_by, alternatives)


def _expect_piece(chunk: object) -> str:
    return expect_text(chunk, "each piece", "annotate_chunks")


def annotate(
    text: str,
    glossary: Glossary | None = None,
    *,
    scope: str | None = None,
    overlaps: bool = False,
    references: bool = False,
    furniture: bool = False,
) -> Annotations:
    """Every glossary term mentioned in ``text``, with spans in ``text``'s own indices
    (a list of :class:`Annotation`, shown as a table in Jupyter).

    >>> [a.text for a in annotate("加快“四好农村路”建设")]
    ['“四好农村路”']
    """
    return Annotator(glossary, scope=scope, overlaps=overlaps, references=references, furniture=furniture).annotate(text)
