"""Annotate a text: every mention of a glossary term, where it is, and what it means.

The pipeline is fold → match → guard → select → map back → choose a sense. Matching runs
on folded text; everything a caller sees is in the coordinates of the ORIGINAL ``str``:
``text[a.start:a.end]`` is exactly what a reader would highlight.

Long inputs are annotated in windows (:meth:`Annotator.annotate_chunks`) with a result
identical to annotating the whole text at once: a window is only committed up to a point
that no surface can straddle, and selection resumes exactly where it stopped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from policyterms.text.furniture import FURNITURE_LINE_MAX, furniture_lines
from policyterms.text.fold import CLOSING_QUOTES, INVISIBLE, OPENING_QUOTES, PINYIN_MAX_LENGTH, QUOTE_PAIRS, Folded, fold, fold_char
from policyterms.glossary.gazetteer import PlaceFinder
from policyterms.glossary.model import DOCUMENT_SCOPE, Glossary, Sense
from policyterms.glossary.load import load_glossary
from policyterms._checks import expect_bool, expect_glossary, expect_optional_text, expect_text
from policyterms.annotate.annotation import Annotation, Annotations, CitationView, citation_views
from policyterms.annotate.choice import (
    EVIDENCE_CHARS,
    DocumentEvidence,
    check_scope,
    choose_sense,
    is_foreign,
    names_a_place_outside,
    place_finder,
    province_scopes,
    province_of,
)
from policyterms.annotate.context import (
    ANY_QUOTE,
    QUOTE_GAP,
    SYMMETRIC_QUOTES,
    SurfaceContext,
    is_token_char,
    max_span,
    outside_left,
    outside_right,
    sense_contexts,
    sense_exclusions,
    surface_context,
    surface_reach,
)

__all__ = ["Annotator", "annotate", "AnnotationTables"]

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
    sense_contexts: tuple[SurfaceContext | None, ...] | None  # see sense_contexts
    exclusions: tuple[SurfaceContext | None, ...] | None  # see sense_exclusions


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
            if surface not in finder.targets and names_a_place_outside(surface, senses, finder)
        )
        reaches = {}
        for surface, senses in by_surface.items():
            reach = surface_reach(senses)
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
            reach = surface_reach(by_surface.get(surface, ()))
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
        self._home = province_of(self.scope) if self.scope and province_of(self.scope) in province_scopes() else None
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
                is_token_char(surface[0]),
                is_token_char(surface[-1]),
                surface[0] in CHINESE_NUMERALS,
                surface[-1] in CHINESE_NUMERALS,
                surface_context(senses),
                any(sense.reference for sense in senses),
                sense_contexts(senses),
                sense_exclusions(senses),
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
                        foreign = foreign_of[number] = all(is_foreign(sense, home) for sense in fact.senses)
                else:
                    foreign = all(is_foreign(sense, home) for sense in here)
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
            if is_token_char(before):
                return False
            if fold_char(before) == "+" and start > 1 and is_token_char(original[start - 2]):
                return False  # 1+4+4 continuing a formula such as 2+1+4+4
        if token_end and end < len(original):
            after = original[end]
            if is_token_char(after):
                return False
            if fold_char(after) == "+" and end + 1 < len(original) and is_token_char(original[end + 1]):
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
            left, right = outside_left(original, start, 0), outside_right(original, end)
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
        if ANY_QUOTE.search(inside):
            opens = sum(inside.count(q) for q in OPENING_QUOTES if q not in SYMMETRIC_QUOTES)
            closes = sum(inside.count(q) for q in CLOSING_QUOTES if q not in SYMMETRIC_QUOTES)
            odd = [q for q in SYMMETRIC_QUOTES if inside.count(q) % 2]
        else:  # most mentions hold no quotation mark: nothing to balance
            if start > floor:
                before = original[start - 1]
                if before not in QUOTE_PAIRS and not (before.isspace() or before in INVISIBLE):
                    return start, end  # what precedes it is visible and opens no quote
            opens = closes = 0
            odd = []
        left, right = outside_left(original, start, floor), outside_right(original, end)
        if closes > opens and left is not None and original[left] in OPENING_QUOTES:
            start, left = left, outside_left(original, left, floor)
        elif opens > closes and right is not None and original[right] in CLOSING_QUOTES:
            end, right = right + 1, outside_right(original, right + 1)
        elif odd and left is not None and original[left] in odd:
            start, left = left, outside_left(original, left, floor)  # "11157"工程: the opener is outside
        elif odd and right is not None and original[right] in odd:
            end, right = right + 1, outside_right(original, right + 1)
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
            senses = tuple(sense for sense in senses if not is_foreign(sense, home))
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
