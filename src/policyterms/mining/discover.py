"""Discover the jargon a glossary does not know yet, and the definitions a text gives inline.

This is the Chinese counterpart of Schwartz & Hearst (2003), "A simple algorithm for
identifying abbreviation definitions in biomedical text". There, a *short form* in
parentheses is paired with the *long form* just before it when the short form's letters
can be found, in order, in the long form. Chinese policy documents abbreviate differently:
a **numbered slogan** (六稳, 三全, 四个意识, “1+6+4”产业政策体系) compresses a list of N
parallel items into a numeral and the character(s) they share, and the list itself, when
the document gives it at all, is an enumeration of N items separated by 、 somewhere in the
text — often right before the slogan (全流程管控、全行业保供、全空间覆盖的“三全”工作机制),
sometimes thousands of characters away.

The pipeline, all on folded text (see :mod:`policyterms.text.fold`) with quotation marks kept
as marks and every offset mapped back to the original:

1. **Short-form candidates** (:func:`discover`):

   * quoted spans that contain a numeral with a head (“六稳”, “四个意识”, “3+16”); a bare
     numeral in quotes takes the head noun that follows it (“1+6+4”产业政策体系, “11157”工程);
   * unquoted compounds of numerals with one-character parts (三线一单, 两新一重,
     一府一委两院) and parallel numbered items (两手抓、两手硬、两手赢);
   * unquoted single-numeral slogans that recur (两化融合 twice), when their head is not
     a measure word;
   * coined terms in quotation marks (“一网统管”, “紧日子”) that occur at least twice.

   Dates, quantities, ordinals, idioms and words that merely contain a numeral character
   are filtered by the rules of :func:`is_numbered_slogan`.

2. **Long-form candidates**, all searched in the whole document:

   * enumerations (:func:`find_enumerations`): items separated by 、 in one clause, the
     first item trimmed of its verb and the last of the rest of the clause;
   * definition sentences: the sentence after ``X:是指`` (or ``“X”,即``), split at ; or ,
     (“1”是指…,“7”是指… for formulas);
   * points in order: ``一是…。二是…。三是…`` right after the short form.

3. **Scoring** (:func:`score_long_form`): an enumeration is a long form of an N-slogan
   when it has N items, its items contain the slogan's head character(s) (稳 for 六稳),
   and it is not too far away; a definition sentence, a list directly followed by the
   slogan (A、B、C的“X”) and points in order are explicit and need less. The best
   long form per short form is proposed as an :class:`InlineDefinition`.

Steps 1 and 2 live in :mod:`policyterms.mining.slogans` and
:mod:`policyterms.mining.enumerations`; this module runs them, pairs short and long forms,
and writes the result as a table or as YAML senses.

Nothing here uses the glossary to *find* candidates; the glossary only removes the ones it
already knows (``include_known=False``), so the measured precision and recall are those
of the heuristics themselves.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from bisect import bisect_left, bisect_right

from policyterms._checks import expect_bool, expect_glossary, expect_int, expect_text
from policyterms.errors import InputError
from policyterms.text.fold import fold, strip_pinyin
from policyterms.glossary.model import Glossary, states_definition
from policyterms.glossary.load import load_glossary

__all__ = [
    "SloganCandidate",
    "InlineDefinition",
    "Discovery",
    "discover",
    "discovery_to_yaml",
    "render_table",
    "TABLE_COLUMNS",
    "readable_surface",
]


# ---------------------------------------------------------------------------------------
# Results


from policyterms.mining.slogans import (
    ADJACENT_GAPS,
    CJK,
    CLOSE_MARK,
    CN_DIGITS,
    COUNT_BEFORE_QUOTE,
    DIGIT_CODE,
    DISTANCE_SCALE,
    EXPLICIT_GAP,
    MIN_COINED_RECURRENCE,
    MIN_SCORE,
    NEAR_TWO,
    NUMERAL_ONLY,
    OPEN_MARK,
    ORDINAL_GAP,
    PLACEHOLDERS,
    SERVICE_NUMBER,
    YEAR_PREFIX,
    FoundShortForm,
    KnownSurfaces,
    MarkedText,
    all_occurrences,
    build_automaton,
    coined_once,
    extend_bare_numeral,
    is_compound,
    is_numbered_slogan,
    leads_with_numeral,
    named_as_measure,
    quoted_spans,
    short_form_heads,
    slogan_numeral,
    unquoted_candidates,
    without_generic_suffix,
)
from policyterms.mining.enumerations import (
    Enumeration,
    cut_before,
    definition_enumerations,
    find_enumerations,
    fit_to_heads,
    formula_groups,
    head_share,
    ordinal_enumerations,
    score_long_form,
    strip_marks,
)


@dataclass(frozen=True)
class SloganCandidate:
    """A short form the text uses: where it first occurs and how often.

    ``start``/``end`` index the original text: ``text[start:end]`` is ``surface``, as
    written (traditional characters and pinyin noise included), without enclosing
    quotation marks but with inner ones (“1+6+4”产业政策体系). ``folded`` is its folded
    form, the key the glossary uses. ``context`` is the original sentence of the first
    occurrence. ``numeral`` is the number of parts the slogan names (三线一单 → 4,
    “1+6+4” → 3 groups), ``None`` for a coined term without a counting numeral.
    """

    surface: str
    folded: str
    count: int
    start: int
    end: int
    context: str
    quoted: bool
    numeral: int | None


@dataclass(frozen=True)
class InlineDefinition:
    """A long form the document itself gives for a numbered short form.

    ``long_form`` are the enumerated parts (simplified characters); ``quote`` is the
    original text ``text[start:end]`` that states them, verbatim, ready to be a citation.
    """

    short_form: str
    long_form: tuple[str, ...]
    quote: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Discovery:
    """Candidates in order of first occurrence, and the definitions found for them."""

    candidates: tuple[SloganCandidate, ...]
    definitions: tuple[InlineDefinition, ...]

    def definition_of(self, short_form: str) -> InlineDefinition | None:
        """The inline definition proposed for ``short_form`` (folded or not), if any."""
        key = fold(short_form).text
        for definition in self.definitions:
            if fold(definition.short_form).text == key:
                return definition
        return None


#: The longest text :func:`discover` reads: it holds about 75 bytes per character while it counts, so a whole corpus
#: joined into one text (the 256 MiB a file may be) would need some 20 GB; 16 million characters need about 1.2 GB.
MAX_DISCOVER_CHARACTERS = 16_000_000


def discover(
    text: str, glossary: Glossary | None = None, *, include_known: bool = False, min_count: int = 1
) -> Discovery:
    """The numbered slogans and recurring coined terms of ``text``, with inline definitions.

    ``glossary`` (default: the shipped one) only removes what it already knows, by folded
    surface; ``include_known=True`` keeps those too and never loads a glossary.
    Candidates occurring fewer than ``min_count`` times are dropped (a coined term without
    a numeral always needs :data:`MIN_COINED_RECURRENCE`).

    >>> found = discover("形成全流程管控、全行业保供、全空间覆盖的“三全”工作机制。", include_known=True)
    >>> [c.surface for c in found.candidates], found.definitions[0].long_form
    (['三全'], ('全流程管控', '全行业保供', '全空间覆盖'))
    """
    expect_text(text, "text", "discover")
    expect_glossary(glossary, "discover")
    expect_bool(include_known, "include_known", "discover")
    expect_int(min_count, "min_count", "discover")
    if len(text) > MAX_DISCOVER_CHARACTERS:
        raise InputError(
            f"a text of {len(text):,} characters is longer than the {MAX_DISCOVER_CHARACTERS:,} discover reads at once",
            hint="discover reads one document (a report is well under a million characters): split the text into its documents",
        )
    doc = MarkedText(text)
    if glossary is None and not include_known:
        glossary = load_glossary()
    found: dict[str, FoundShortForm] = {}

    def note(folded: str, marked_span: tuple[int, int], *, quoted: bool, numbered: bool) -> None:
        entry = found.setdefault(folded, FoundShortForm(folded))
        entry.quoted |= quoted
        entry.numbered |= numbered
        if entry.first is None or marked_span[0] < entry.first[0]:
            entry.first = marked_span

    marked = doc.marked
    for start, end, inner in quoted_spans(doc):
        if any(p in inner for p in PLACEHOLDERS):
            continue
        following = marked[end + 1 : end + 4]
        if NUMERAL_ONLY.match(inner):
            extended = extend_bare_numeral(marked, start, end, inner)
            if extended is not None:
                begin, finish, surface = extended
                note(surface, (begin, finish), quoted=True, numbered=True)
            elif DIGIT_CODE.match(inner) and not YEAR_PREFIX.match(inner) and not SERVICE_NUMBER.match(marked, end + 1):
                note(inner, (start, end), quoted=True, numbered=True)  # “11346”: a digit code
            continue
        counted = COUNT_BEFORE_QUOTE.search(marked, max(start - 5, 0), start)
        if counted and re.search(f"[{CJK}]", inner):  # 三个“一号工程”: the count is outside
            note(counted.group(1) + inner, (counted.start(), end + 1), quoted=True, numbered=True)
        elif is_numbered_slogan(inner, quoted=True, following=following):
            note(inner, (start, end), quoted=True, numbered=True)
        elif len(inner) >= 2 and not YEAR_PREFIX.match(inner) and re.search(f"[{CJK}]", inner):
            note(inner, (start, end), quoted=True, numbered=False)
    for start, end, surface in unquoted_candidates(doc):
        note(surface, (start, end), quoted=False, numbered=True)

    plain = doc.plain
    occurrences = all_occurrences(plain, found)
    _drop_nested(found, occurrences)
    known = KnownSurfaces(glossary, found) if glossary is not None and not include_known else None

    candidates = []
    for folded, entry in found.items():
        positions = occurrences[folded]
        count = max(len(positions), 1)
        if count < min_count or (
            not entry.numbered
            and count < MIN_COINED_RECURRENCE
            and not (entry.quoted and coined_once(folded) and named_as_measure(marked, entry.first))
        ):
            continue
        if known is not None and known.at(folded, plain, positions):
            continue
        first = entry.first
        if positions and doc.plain_to_marked[positions[0]] < first[0]:
            first = doc.plain_span_to_marked(positions[0], positions[0] + len(folded))
        start, end = doc.original_span(*first)
        if first[0] < len(marked) and marked[first[0]] == OPEN_MARK and CLOSE_MARK in marked[first[0] : first[1]]:
            start = doc.folded.to_original(first[0])  # “1+6+4”产业政策体系 keeps its opening quote
        elif OPEN_MARK in marked[first[0] : first[1]]:
            start, end = doc.balanced_original_span(*first)  # 三个“一号工程” keeps its closing quote
        candidates.append(
            SloganCandidate(
                surface=text[start:end],
                folded=folded,
                count=count,
                start=start,
                end=end,
                context=doc.sentence_at(start),
                quoted=entry.quoted,
                numeral=slogan_numeral(folded) if entry.numbered else None,
            )
        )
    candidates.sort(key=lambda c: c.start)
    definitions = _inline_definitions(doc, candidates, occurrences)
    return Discovery(tuple(candidates), tuple(definitions))


def _drop_nested(found: dict[str, FoundShortForm], occurrences: dict[str, list[int]]) -> None:
    """Drop a candidate whose every occurrence lies inside a longer candidate
    (两手抓 inside “两手抓、两手硬、两手赢”)."""
    containing: dict[str, dict[str, list[int]]] = {}  # candidate -> longer candidate -> offsets in it
    automaton = build_automaton(found)
    if automaton is None:
        return
    for other in found:
        for last, inner in automaton.iter(other):
            if inner != other:
                containing.setdefault(inner, {}).setdefault(other, []).append(last + 1 - len(inner))
    for folded in sorted(found, key=len):
        mine = occurrences[folded]
        if not mine:
            continue
        for other, offsets in containing.get(folded, {}).items():
            theirs = set(occurrences[other])
            if all(any(p - o in theirs for o in offsets) for p in mine):
                del found[folded]
                break


def _inline_definitions(
    doc: MarkedText, candidates: Iterable[SloganCandidate], occurrences: dict[str, list[int]]
) -> list[InlineDefinition]:
    """The best enumeration for each numbered candidate (see :func:`score_long_form`).

    A score is at most the proximity of its list, so a candidate only looks at the lists
    near its occurrences, in growing rings, and stops as soon as no list further away
    could beat (or tie with) the best one found: the result is that of trying every list,
    in near-linear time.
    """
    marked = doc.marked
    enumerations = find_enumerations(marked) + definition_enumerations(marked) + ordinal_enumerations(marked)
    index = _EnumerationIndex(enumerations)
    definitions = []
    for candidate in candidates:
        folded = candidate.folded
        numeral = candidate.numeral
        if numeral is None or numeral < 2 or not leads_with_numeral(folded) or re.search("[、,]", folded):
            continue
        if numeral not in index.groups:
            continue
        spans = [doc.plain_span_to_marked(p, p + len(folded)) for p in occurrences.get(folded, [])]
        found = _Spans(spans)
        heads = short_form_heads(folded)
        best: tuple[float, int, Enumeration, tuple[int, int] | None] | None = None
        # Lists are looked for near the first and last occurrences only: a report defines a
        # slogan where it introduces it (or in closing), and a slogan repeated thousands of
        # times would otherwise score every list of the text, once per occurrence.
        looked_at = spans if len(spans) <= LOOK_NEAR_FIRST + LOOK_NEAR_LAST else spans[:LOOK_NEAR_FIRST] + spans[-LOOK_NEAR_LAST:]
        for number in index.near(numeral, looked_at, folded, lambda: best[0] if best else None):
            enumeration = cut_before(marked, fit_to_heads(marked, enumerations[number], heads), spans)
            if found.overlaps(enumeration.start, enumeration.end):
                continue  # a list that contains the short form does not define it
            distance = found.gap(enumeration.start, enumeration.end)
            explicit_at = None  # X:是指A、B、C
            for s, e in found.ending_in(enumeration.clause_start - ORDINAL_GAP, enumeration.clause_start):
                gap = marked[e : enumeration.clause_start]
                if enumeration.kind == "ordinal":
                    if not re.search(rf"[{CN_DIGITS}][是要]", gap):
                        explicit_at = (s, e)
                elif enumeration.lead_in and len(gap) <= EXPLICIT_GAP and not strip_marks(gap).strip(":,"):
                    explicit_at = (s, e)
            adjacent = any(  # A、B、C的“X”
                strip_marks(marked[enumeration.end : s]) in ADJACENT_GAPS
                for s, _ in found.starting_in(enumeration.end, enumeration.end + 4)
            ) and not _modifier_pair(marked, enumeration, folded)
            explicit = explicit_at is not None or adjacent
            if enumeration.kind != "list" and not explicit:
                continue  # a definition sentence or 一是…二是… only defines what it follows
            score = score_long_form(folded, numeral, enumeration, distance, explicit=explicit)
            if score >= MIN_SCORE and (best is None or (score, -number) > (best[0], -best[1])):
                best = (score, number, enumeration, explicit_at)
        if best is None:
            continue
        score, _, enumeration, explicit_at = best
        quote_start, quote_end = enumeration.start, enumeration.end
        if explicit_at is not None:
            quote_start = explicit_at[0]  # 三张清单:是指…
        for s, e in spans:
            if 0 <= s - enumeration.end <= 3:  # …全空间覆盖的“三全”
                quote_end = e + (1 if e < len(doc.marked) and doc.marked[e] == CLOSE_MARK else 0)
        start, end = doc.balanced_original_span(quote_start, quote_end)
        definitions.append(
            InlineDefinition(
                short_form=candidate.surface,
                long_form=tuple(doc.readable(s, e) for s, e in enumeration.spans),
                quote=doc.original[start:end],
                start=start,
                end=end,
                score=score,
            )
        )
    return definitions


def _modifier_pair(marked: str, enumeration: Enumeration, folded: str) -> bool:
    """Whether two items run straight into the short form without 的 and without its head,
    as in 应对经济下行、企业“两链”风险: the last item qualifies the short form (企业's 两链),
    and the 、 joins 经济下行 to the whole phrase, so the pair does not spell the slogan out.
    Three or more items (开放带动、产业强县、城乡统筹“三大战略”), a 的 between (A、B的“两X”) or
    an item holding the head (稳增长、稳就业“两稳”) still do."""
    if len(enumeration.items) != 2 or strip_marks(marked[enumeration.end : enumeration.end + 2]).startswith("的"):
        return False
    return not head_share(folded, enumeration.items, enumeration.labels)


#: Defining lists are looked for near this many first and last occurrences of a slogan.
LOOK_NEAR_FIRST, LOOK_NEAR_LAST = 4, 2


#: Within this distance of an occurrence a list may be explicit (ORDINAL_GAP after it,
#: or right before it) or a two-item list (NEAR_TWO); beyond it neither.
_EXPLICIT_REACH = max(ORDINAL_GAP, 4, NEAR_TWO)


def _max_reach() -> int:
    """The smallest distance at which a list's proximity rounds below :data:`MIN_SCORE`."""
    reach = int(DISTANCE_SCALE * (1 / MIN_SCORE - 1)) - 2
    while round(1 / (1 + reach / DISTANCE_SCALE), 3) >= MIN_SCORE:
        reach += 1
    return reach


class _Spans:
    """A candidate's occurrences (marked spans, sorted and disjoint) with the look-ups
    the scoring needs, each a binary search instead of a pass over all of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_right(self.ends, start)  # the first span ending after start
        return at < len(self.spans) and self.starts[at] < end

    def gap(self, low: int, high: int) -> int:
        """The distance from ``[low, high)`` to the nearest span, 0 when one overlaps it:
        the least ``max(low - end, start - high, 0)`` over the spans."""
        before = bisect_right(self.ends, low) - 1  # spans [0, before] end at or before low
        after = bisect_left(self.starts, high)  # spans [after, …) start at or after high
        if after > before + 1:
            return 0  # a span between them overlaps
        gaps = []
        if before >= 0:
            gaps.append(low - self.ends[before])
        if after < len(self.spans):
            gaps.append(self.starts[after] - high)
        return max(min(gaps), 0) if gaps else DISTANCE_SCALE

    def ending_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose end lies in ``[low, high]``, in order."""
        return self.spans[bisect_left(self.ends, low) : bisect_right(self.ends, high)]

    def starting_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose start lies in ``[low, high]``, in order."""
        return self.spans[bisect_left(self.starts, low) : bisect_right(self.starts, high)]


def _head_chars(folded: str) -> set[str]:
    """Characters of which a list's inner item must hold one for the list to reach
    :data:`MIN_HEAD_SHARE` for ``folded`` without being explicit (see :func:`head_share`):
    a formula's digits, a compound's heads, else the head's first character."""
    groups = formula_groups(folded)
    if groups:
        return set("".join(groups))
    heads = short_form_heads(folded)
    if not heads:
        return set()
    if is_compound(without_generic_suffix(folded)):
        return set(heads)
    return {heads[0]}


class _EnumerationIndex:
    """Enumerations grouped by their number of items, each group sorted by where its
    clause starts; :meth:`near` hands out the ones worth scoring for a candidate.

    Beyond :data:`_EXPLICIT_REACH` of every occurrence a list can be neither explicit nor
    a two-item list, so only a plain list of three or more items whose inner items (which
    fitting never changes) hold a character of the short form can reach
    :data:`MIN_HEAD_SHARE`: far lists are looked up by character.
    """

    RINGS = (_EXPLICIT_REACH, 256, 2048, 8192)

    def __init__(self, enumerations: list[Enumeration]) -> None:
        self.enumerations = enumerations
        groups: dict[int, list[tuple[int, int]]] = {}
        by_char: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for number, enumeration in enumerate(enumerations):
            # Fitting a list to a short form (fit_to_heads, cut_before) never moves it outside
            # [clause_start, end]: that is the span whose distance bounds its score.
            key = (enumeration.clause_start, number)
            size = len(enumeration.items)
            groups.setdefault(size, []).append(key)
            if enumeration.kind == "list" and size >= 3:
                table = by_char.setdefault(size, {})
                for char in set("".join(enumeration.items[1:-1])):
                    table.setdefault(char, []).append(key)
        self.groups = {n: sorted(members) for n, members in groups.items()}
        self.by_char = {n: {c: sorted(keys) for c, keys in table.items()} for n, table in by_char.items()}
        self.widest = {
            n: max(enumerations[number].end - low for low, number in members) for n, members in self.groups.items()
        }
        self.reach = _max_reach()

    def near(self, numeral: int, spans: list[tuple[int, int]], folded: str, best) -> Iterator[int]:
        """Indices of the ``numeral``-item enumerations to score, ring by ring around
        ``spans``, each ring in list order; stops when ``best()`` beats every list further
        out. A candidate without occurrences scores every list at one distance, so only
        lists whose inner items share a character with it can reach the head share."""
        widest = self.widest[numeral]
        table = self.by_char.get(numeral, {})
        shared = [keys for char in _head_chars(folded) for keys in (table.get(char),) if keys]
        if not spans:
            if numeral == 2:
                return  # a two-item list must be near its short form
            yield from sorted({number for keys in shared for _, number in keys})
            return
        done: set[int] = set()
        found = _Spans(spans)
        enumerations, last = self.enumerations, len(self.enumerations)
        for radius in (*(r for r in self.RINGS if r < self.reach), self.reach - 1):
            lists = [self.groups[numeral]] if radius <= _EXPLICIT_REACH else shared
            ring = set()
            # The stretches around the occurrences, merged: a candidate used thousands of
            # times on one line looks at each list once per ring, not once per occurrence.
            stretches: list[list[int]] = []
            for s, e in spans:
                if stretches and s - radius - widest <= stretches[-1][1]:
                    stretches[-1][1] = max(stretches[-1][1], e + radius)
                else:
                    stretches.append([s - radius - widest, e + radius])
            for keys in lists:
                for low_bound, high_bound in stretches:
                    low_at = bisect_left(keys, (low_bound, -1))
                    high_at = bisect_right(keys, (high_bound, last))
                    for low, number in keys[low_at:high_at]:
                        if number not in done and number not in ring and found.gap(low, enumerations[number].end) <= radius:
                            ring.add(number)
            done |= ring
            yield from sorted(ring)
            score = best()
            if score is not None and score > round(1 / (1 + radius / DISTANCE_SCALE), 3):
                return


def readable_surface(candidate: SloganCandidate) -> str:
    """The surface in simplified characters, without pinyin noise or spaces, quotation
    marks inside it kept: 六穩(wěn) → 六稳, “26 條” → 26条, “1+6+4”产业政策体系."""
    text = strip_pinyin(candidate.surface)
    text = "".join(fold(char).text if re.match(f"[{CJK}]", char) else char for char in text)
    return re.sub(r"\s+", "", text)


def _group_labels(folded: str) -> list[str]:
    """The numerals a formula's components are grouped under: 1+7 → 1, 7; 11157 → 1, 1, 1, 5, 7."""
    groups = formula_groups(folded)
    if groups:
        return groups
    digits = re.match(r"\d{3,}", folded)
    return list(digits.group()) if digits else []


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def discovery_to_yaml(discovery: Discovery, *, scope: str, source_id: str) -> str:
    """Candidate senses as a glossary senses file, for a curator to complete.

    Every candidate becomes a sense (``term`` in simplified characters, see
    :func:`readable_surface`) with ``en: ""`` (to fill in, so ``lint`` refuses the
    file until a person has looked at it). A candidate with an inline definition gets
    ``definition`` and ``components`` from it (labelled groups for a formula: “1+7” gives
    ``{label: "1", text: …}`` and ``{label: "7", text: …}``) and cites its quote; any other cites the
    sentence of its first occurrence and has no definition (*definition unknown*).
    Quotes are verbatim original text, so ``lint`` verifies them against the source.
    """
    lines = [f"scope: {_yaml_string(scope)}", "senses:"]
    seen = set()
    for candidate in discovery.candidates:
        term = readable_surface(candidate)
        if candidate.folded in seen:
            continue
        seen.add(candidate.folded)
        definition = discovery.definition_of(candidate.folded)
        lines.append(f"  - term: {_yaml_string(term)}")
        lines.append('    en: ""')
        if definition is not None:
            stated = "是指" + "、".join(definition.long_form) + "。"
            lines.append(f"    definition: {_yaml_string(stated)}")
            # quoted when the document lists the parts just so; editorial when we joined them
            origin = "quoted" if states_definition([definition.quote], stated) else "editorial"
            lines.append(f"    origin: {origin}")
            lines.append("    components:")
            groups = _group_labels(candidate.folded)
            if len(groups) == len(definition.long_form):  # “1+7”: one labelled group per numeral
                lines.extend(
                    f"      - {{label: {_yaml_string(label)}, text: {_yaml_string(part)}}}"
                    for label, part in zip(groups, definition.long_form)
                )
            else:
                lines.extend(f"      - {_yaml_string(part)}" for part in definition.long_form)
            quote = definition.quote
            note = (
                f"proposed by policyterms discover: inline enumeration, score {definition.score:.2f}; "
                f"occurs {candidate.count}×"
            )
        else:
            quote = candidate.context
            note = f"proposed by policyterms discover: occurs {candidate.count}×; no inline definition found"
        lines.append(f"    note: {_yaml_string(note)}")
        lines.append("    cite:")
        lines.append(f"      - source: {_yaml_string(source_id)}")
        lines.append(f"        quote: {_yaml_string(quote)}")
    if len(lines) == 2:
        lines[-1] = "senses: []"
    return "\n".join(lines) + "\n"


#: Column titles of :func:`render_table`'s rows.
TABLE_COLUMNS = ("term", "count", "proposed definition", "score", "context")


def render_table(discovery: Discovery) -> list[tuple[str, ...]]:
    """Rows for a people-facing table, one per candidate, columns :data:`TABLE_COLUMNS`:
    the surface (simplified, see :func:`readable_surface`, in quotation marks when the
    text quotes it), its count, the proposed definition (parts joined by 、, empty if
    none), its score (two decimals, empty if none) and the first context with whitespace
    collapsed."""
    rows = []
    for candidate in discovery.candidates:
        definition = discovery.definition_of(candidate.folded)
        surface = readable_surface(candidate)
        surface = f"“{surface}”" if candidate.quoted and not surface.startswith("“") else surface
        rows.append(
            (
                surface,
                str(candidate.count),
                "、".join(definition.long_form) if definition else "",
                f"{definition.score:.2f}" if definition else "",
                re.sub(r"\s+", " ", candidate.context),
            )
        )
    return rows
