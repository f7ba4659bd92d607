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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .fold import CLOSING_QUOTES, INVISIBLE, OPENING_QUOTES, PINYIN_MAX_LENGTH, QUOTE_PAIRS, Folded, fold, fold_char
from .errors import PolicytermsError
from .glossary import NATIONAL_SCOPE, Glossary, Sense, load_glossary
from .learn import DOCUMENT_SCOPE
from .matcher import Candidate, select_leftmost_longest

__all__ = [
    "Annotation",
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

ChosenBy = Literal["only", "learned", "scope", "document", "broadest"]

#: At most this many spaces or invisible characters (a PDF line break and its indentation,
#: several times over) may stand between a term and the
#: quotation marks around it (“ 四好农村路 ” is still quoted).
QUOTE_GAP = 100
#: Quotation marks that open and close alike: inside a span they balance by parity.
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
    (the document itself defines it: see :mod:`policyterms.learn`), ``scope``
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
    def components(self) -> list[Any]:
        return [component.to_json() for component in self.sense.components]

    def to_json(self) -> dict[str, Any]:
        """The JSON object of the CLI's ``jsonl`` and ``json`` formats."""
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


@dataclass(frozen=True)
class DocumentEvidence:
    """What a document says about itself: how often it names each scope's place, its year."""

    place_counts: dict[str, int]
    year: int | None

    @classmethod
    def from_text(cls, text: str, scopes: Iterable[str], masked: Iterable[str] = ()) -> DocumentEvidence:
        """Count place names in the first :data:`EVIDENCE_CHARS` characters of ``text``.

        ``masked`` are folded surfaces that contain a place name without naming the
        place (绿水青山就是金山银山 is not about 金山区); they are blanked out first.
        """
        folded = fold(text[:EVIDENCE_CHARS]).text
        for surface in masked:
            folded = folded.replace(surface, "|")
        counts = {}
        for scope in set(scopes):
            names = _place_names(scope)
            count = sum(folded.count(name) for name in names)
            if count:
                counts[scope] = count
        year = re.search(r"(?:19|20)\d\d(?=年)", folded)
        return cls(counts, int(year.group()) if year else None)


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
    if len(senses) == 1:
        return senses[0], "learned" if senses[0].layer == "document" else "only"
    defined = tuple(s for s in senses if s.layer == "document")
    if defined:  # several glossary senses may say what the document says: choose among them
        return (defined[0] if len(defined) == 1 else _choose_by_place(defined, scope, evidence)[0]), "learned"
    return _choose_by_place(senses, scope, evidence)


def _choose_by_place(
    senses: tuple[Sense, ...], scope: str | None, evidence: DocumentEvidence
) -> tuple[Sense, ChosenBy]:
    fitting = [s for s in senses if _year_fits(s, evidence.year)] or list(senses)
    if scope:
        containing = [s for s in fitting if _scope_contains(s.scope, scope)]
        if containing:
            return max(containing, key=lambda s: _specificity(s.scope)), "scope"
    counts = evidence.place_counts
    named = [s for s in fitting if counts.get(s.scope)]
    if named:
        return max(named, key=lambda s: (counts[s.scope], _specificity(s.scope))), "document"
    # A document that names only a place inside a sense's scope (嘉定 for 上海市) is evidence too.
    within = {s.id: sum(n for place, n in counts.items() if _scope_contains(s.scope, place)) for s in fitting}
    enclosing = [s for s in fitting if s.scope != NATIONAL_SCOPE and within[s.id]]
    if enclosing:
        return max(enclosing, key=lambda s: (_specificity(s.scope), within[s.id])), "document"
    return min(fitting, key=lambda s: _specificity(s.scope)), "broadest"


def check_scope(scope: str, glossary: Glossary) -> str:
    """Return ``scope`` if it names a place the glossary can speak of: 全国, one of its
    scopes, or a place inside one (上海市浦东新区 is inside 上海市). Raises otherwise, so a
    typo such as 嘉定区 for 上海市嘉定区 is not silently read as "no local sense applies"."""
    known = sorted({sense.scope for sense in glossary.senses} | {NATIONAL_SCOPE})
    if scope in known or any(scope.startswith(k) for k in known if k != NATIONAL_SCOPE):
        return scope
    raise PolicytermsError(f"unknown scope '{scope}'", hint="scopes in the glossary: " + ", ".join(known))


def _outside_left(original: str, start: int, floor: int) -> int | None:
    """The index of the first visible character before ``start`` (at most QUOTE_GAP
    spaces back, never before ``floor``), or None."""
    index = start - 1
    while index >= floor and start - index <= QUOTE_GAP + 1:
        if not _is_gap(original[index]):
            return index
        index -= 1
    return None


def _outside_right(original: str, end: int) -> int | None:
    """The index of the first visible character at or after ``end`` (within QUOTE_GAP), or None."""
    for index in range(end, min(end + QUOTE_GAP + 1, len(original))):
        if not _is_gap(original[index]):
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


def _surface_context(senses: tuple[Sense, ...]) -> SurfaceContext | None:
    """``None`` when some sense of the surface counts anywhere."""
    if not all(s.quoted_only or s.followed_by or s.preceded_by for s in senses):
        return None

    def words(attribute: str) -> tuple[str, ...]:
        folded = (fold(w).text for s in senses for w in getattr(s, attribute))
        return tuple(dict.fromkeys(w for w in folded if w))

    return SurfaceContext(any(s.quoted_only for s in senses), words("followed_by"), words("preceded_by"))


def _is_token_char(char: str) -> bool:
    folded = fold_char(char)
    return folded.isascii() and folded.isalnum()


class Annotator:
    """Annotates texts against one glossary; reusable and free of per-call state.

    ``overlaps=True`` returns every occurrence instead of the leftmost-longest,
    non-overlapping selection.
    """

    def __init__(self, glossary: Glossary | None = None, *, scope: str | None = None, overlaps: bool = False) -> None:
        self.glossary = glossary if glossary is not None else load_glossary()
        self.scope = check_scope(scope, self.glossary) if scope is not None else None
        self.overlaps = overlaps
        self._matcher = self.glossary.matcher
        self._senses = self.glossary.senses_by_surface
        self._scopes = {sense.scope for sense in self.glossary.senses if sense.scope != DOCUMENT_SCOPE}
        place_names = {name for scope in self._scopes for name in _place_names(scope)}
        # National slogans that happen to contain a place name (绿水青山就是金山银山) are not
        # evidence for that place. Longest first, so the longest slogan is blanked whole.
        self._place_surfaces = sorted(
            (
                surface
                for surface, senses in self._senses.items()
                if any(name in surface for name in place_names) and all(x.scope == NATIONAL_SCOPE for x in senses)
            ),
            key=len,
            reverse=True,
        )
        self._edge_tokens = {s: (_is_token_char(s[0]), _is_token_char(s[-1])) for s in self._senses}
        self._contexts = {s: _surface_context(senses) for s, senses in self._senses.items()}
        reach = max((c.reach for c in self._contexts.values() if c), default=0)
        #: Original characters kept before a window's cut, so guards, quotes and the words
        #: of a preceded_by context are seen across it.
        self.context_keep = QUOTE_GAP + 1 + (max_span(reach) if reach else 0)
        self._citations: dict[str, tuple[CitationView, ...]] = {}  # by sense id, built on first use
        #: a surface plus the context words it may need to see (十五 before 计划)
        longest = max((len(s) for s in self._senses), default=1) + reach
        #: Folded characters kept back at the end of a window: a surface is at most
        #: ``longest`` long, guards look one character further, and an unfinished pinyin
        #: annotation at the very end is still raw text.
        self.window_margin = longest + 2 + PINYIN_MAX_LENGTH
        #: Original characters kept back at the end of a window: a match covers at most
        #: ``max_span(longest)`` of them, then quotes and guards look QUOTE_GAP further.
        self.window_reserve = max_span(longest) + 2 * QUOTE_GAP + PINYIN_MAX_LENGTH + 4

    # -- public entry points ---------------------------------------------------------

    def annotate(self, text: str) -> list[Annotation]:
        """All annotations of ``text``, sorted by start."""
        evidence = DocumentEvidence.from_text(text, self._scopes, self._place_surfaces)
        annotations, _, _ = self._annotate_window(text, 0, fold(text), evidence, final=True, covered_until=0)
        return annotations

    def annotate_chunks(self, chunks: Iterable[str]) -> Iterator[Annotation]:
        """Annotate a text given in pieces of any size, yielding what :meth:`annotate` would.

        Offsets are global to the concatenated text. Memory stays bounded by the chunk
        size plus a small margin (and the first :data:`EVIDENCE_CHARS` characters, which
        decide sense choice for the whole document).
        """
        iterator = iter(chunks)
        buffer = ""
        for chunk in iterator:  # gather the evidence window first
            buffer += chunk
            if len(buffer) >= EVIDENCE_CHARS:
                break
        evidence = DocumentEvidence.from_text(buffer, self._scopes, self._place_surfaces)
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
        end (see ``window_margin`` and ``window_reserve``) are committed. Returns the annotations, the global
        original index the next window should start at, and the new ``covered_until``.
        """
        if final:
            resume = len(original)
        else:
            # Commit what starts before the later of two safe points: window_margin folded
            # characters from the end, or window_reserve original characters from the end
            # (the second keeps a long run of blank space from holding the window open).
            cut = len(folded.text) - self.window_margin
            by_folded = folded.to_original(cut) if cut > 0 else 0
            resume = max(by_folded, len(original) - self.window_reserve, skip)
        spans: list[tuple[int, int, str]] = []
        for candidate in self._matcher.candidates(folded.text):
            start, end = folded.span_to_original(candidate.start, candidate.end)
            if start >= resume:
                break
            if start < skip or base + start < covered_until and not self.overlaps:
                continue
            if end - start <= max_span(len(candidate.surface)) and self._passes_guards(
                original, start, end, candidate.surface
            ) and self._in_context(original, start, end, folded.text, candidate):
                spans.append((start, end, candidate.surface))
        if not self.overlaps:
            chosen = select_leftmost_longest(Candidate(s, e, surface) for s, e, surface in spans)
            spans = [(c.start, c.end, c.surface) for c in chosen]
        annotations = []
        floor = 0 if self.overlaps else max(covered_until - base, 0)
        for start, end, surface in spans:
            start, end = self._with_quotes(original, start, end, floor)
            annotations.append(self._make(original, base, start, end, surface, evidence))
            if not self.overlaps:
                floor = end
        if not self.overlaps:
            covered_until = max(covered_until, base + floor)
        resume += base
        return annotations, resume, covered_until

    def _passes_guards(self, original: str, start: int, end: int, surface: str) -> bool:
        """Reject a digit/Latin-edged surface inside a longer number or word, and
        a quoted-only surface without quotation marks around it."""
        token_start, token_end = self._edge_tokens[surface]
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

    def _in_context(self, original: str, start: int, end: int, folded_text: str, candidate: Candidate) -> bool:
        """A surface that counts only in some contexts (see :class:`SurfaceContext`) is
        kept where one of them holds: quoted, or next to one of its words in the folded
        text (so “十五”计划, 十五計劃 and 十五\n计划 all count)."""
        context = self._contexts[candidate.surface]
        if context is None:
            return True
        if context.quoted:
            left, right = _outside_left(original, start, 0), _outside_right(original, end)
            if left is not None and right is not None and original[right] in QUOTE_PAIRS.get(original[left], ""):
                return True
        after = folded_text[candidate.end : candidate.end + context.reach]
        before = folded_text[max(candidate.start - context.reach, 0) : candidate.start]
        return any(after.startswith(w) for w in context.followed_by) or any(
            before.endswith(w) for w in context.preceded_by
        )

    @staticmethod
    def _with_quotes(original: str, start: int, end: int, floor: int) -> tuple[int, int]:
        """Widen a span so it never holds an unbalanced quotation mark, and so a surface
        quoted as a whole (“四好农村路”) is highlighted with its quotes."""
        inside = original[start:end]
        opens = sum(inside.count(q) for q in OPENING_QUOTES if q not in _SYMMETRIC_QUOTES)
        closes = sum(inside.count(q) for q in CLOSING_QUOTES if q not in _SYMMETRIC_QUOTES)
        odd = [q for q in _SYMMETRIC_QUOTES if inside.count(q) % 2]
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
        self, original: str, base: int, start: int, end: int, surface: str, evidence: DocumentEvidence
    ) -> Annotation:
        senses = self._senses[surface]
        sense, chosen_by = choose_sense(senses, self.scope, evidence)
        if sense.id not in self._citations:
            self._citations[sense.id] = citation_views(sense, self.glossary)
        return Annotation(
            start=base + start,
            end=base + end,
            text=original[start:end],
            sense=sense,
            citations=self._citations[sense.id],
            chosen_by=chosen_by,
            alternatives=tuple(s for s in senses if s is not sense),
        )


def annotate(
    text: str, glossary: Glossary | None = None, *, scope: str | None = None, overlaps: bool = False
) -> list[Annotation]:
    """Every glossary term mentioned in ``text``, with spans in ``text``'s own indices.

    >>> [a.text for a in annotate("加快“四好农村路”建设")]
    ['“四好农村路”']
    """
    return Annotator(glossary, scope=scope, overlaps=overlaps).annotate(text)
