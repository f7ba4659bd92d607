"""Long-form candidates: enumerations (items separated by 、 in one clause), definition
sentences and points in order, and how well one explains a numbered slogan
(:func:`score_long_form`). Used by :func:`policyterms.mining.discover.discover`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from bisect import bisect_right
from functools import lru_cache

from policyterms._lazy import lazy_compile
from policyterms.mining.slogans import (
    CLASSIFIERS,
    CLOSE_MARK,
    CN_DIGITS,
    CONJUNCTION_SPLIT,
    CONJUNCTIONS,
    DISTANCE_SCALE,
    FORMULA,
    GENERIC_SUFFIXES,
    LEAD_INS,
    MARKS,
    MAX_ITEM,
    MIN_HEAD_SHARE,
    NEAR_TWO,
    NUMERAL_CHARS,
    OPEN_MARK,
    ORDINAL_SPAN,
    compound_parts,
    is_compound,
    is_numbered_slogan,
    short_form_heads,
    without_generic_suffix,
)


@dataclass(frozen=True)
class Enumeration:
    """Items listed with 、 in one clause: the folded ``items``, each item's marked span,
    whether the last two were split at a conjunction, and whether the clause opens with a
    definition lead-in (是指)."""

    items: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    conjunction_split: bool = False
    clause_start: int = 0
    lead_in: bool = False
    #: the first and last items before trimming (see :func:`_trim`), for :func:`fit_to_heads`
    untrimmed: tuple[tuple[int, int], tuple[int, int]] | None = None
    #: ``list`` (A、B、C in a clause), ``definition`` (the sentence after X: 是指…, split
    #: at ; or , as well) or ``ordinal`` (一是…二是…三是…)
    kind: str = "list"
    #: the labels dropped from definition parts (“1”是指, 第一个“4”是指), one per item
    labels: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _clauses(marked: str) -> Iterator[tuple[int, int]]:
    """Spans of clauses: text between , ; : 。 ! ? and line breaks; a parenthesis
    (建设一个邻里中心(人才公寓、职工公寓)) does not end or split a clause."""
    depth = 0
    start = 0
    for index, char in enumerate(marked):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char in ",;:。!?\n" and (depth == 0 or char in "。\n"):
            depth = 0
            if index > start:
                yield start, index
            start = index + 1
    if start < len(marked):
        yield start, len(marked)


#: A quoted short form, then a conjunction: the list before it ends there (…突破期“三期叠加”和需求收缩、…“三重压力”).
_SLOGAN_THEN_CONJUNCTION = lazy_compile(
    rf"{OPEN_MARK}([^{MARKS}]{{1,16}}){CLOSE_MARK}(?=(?:{'|'.join(sorted(CONJUNCTIONS, key=len, reverse=True))}))"
)


def _lists(marked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of a clause that can each hold one list: the clause, cut after every quoted
    numbered slogan that a conjunction follows. Two lists joined so (应对A、B、C“三期叠加”和D、E、F
    “三重压力”) each end in the short form they spell out; read as one they would be five items."""
    for match in _SLOGAN_THEN_CONJUNCTION.finditer(marked, start, end):
        if is_numbered_slogan(match.group(1), quoted=True):
            yield start, match.end()
            start = match.end()
    yield start, end


def _split_items(marked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of a clause: split at 、 outside parentheses, and between adjacent
    quotations (“六稳”“六保”)."""
    spans = []
    depth = 0
    item_start = start
    for index in range(start, end):
        char = marked[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and char == "、":
            spans.append((item_start, index))
            item_start = index + 1
        elif depth == 0 and char == OPEN_MARK and index > item_start and marked[index - 1] == CLOSE_MARK:
            spans.append((item_start, index))
            item_start = index
    spans.append((item_start, end))
    return spans


def strip_marks(text: str) -> str:
    return text.replace(OPEN_MARK, "").replace(CLOSE_MARK, "")


Span = tuple[int, int]


def _trim(marked: str, spans: list[Span]) -> tuple[list[Span], tuple[Span, Span]]:
    """Cut the lead-in off the first item and the rest of the clause off the last.

    The first item carries the verb of the clause (着力稳就业、稳金融 …), the last the rest
    of it (… 全空间覆盖的“三全”工作机制). The inner items show what an item looks like:

    * the last item stops before a quoted short form introduced by 的/等 (…覆盖的“三全”),
      and at 等;
    * with two or more inner items sharing a first character (稳) the first item starts at
      it; otherwise a definition lead-in (是指) is dropped and the first item is cut to
      the length of the longest other item;
    * with two or more inner items sharing a last character (建好、管好、护好、运营好农村公路)
      the last item ends at it.
    """
    spans = list(spans)
    first_start, first_end = spans[0]
    last_start, last_end = spans[-1]
    cue = re.search(rf"[的等]{OPEN_MARK}", marked[last_start:last_end])
    if cue:
        last_end = last_start + cue.start() + 1
    etc = marked.find("等", last_start + 1, last_end)
    if etc > last_start:
        last_end = etc
    while last_end - last_start > 1 and (marked[last_end - 1] in MARKS or marked[last_end - 1] == "的"):
        last_end -= 1
    while first_start < first_end and marked[first_start] in MARKS:
        first_start += 1
    untrimmed = ((first_start, first_end), (last_start, last_end))
    inner = [strip_marks(marked[s:e]) for s, e in spans[1:-1]]
    first = marked[first_start:first_end]
    shared_first = {item[:1] for item in inner}
    if len(inner) >= 2 and len(shared_first) == 1 and next(iter(shared_first)) in first:
        first_start += first.rfind(next(iter(shared_first)))
    elif (opened := _opens_quoted_list(first, marked[spans[-1][0] : spans[-1][1]])) >= 0:
        first_start += opened  # 实施“领头雁工程、制度工程、造血工程”等: the quotation holding the list opens its first item
    else:
        for lead in LEAD_INS:
            found = first.find(lead)
            if 0 <= found <= 6 and len(first) - found - len(lead) >= 1:
                first_start += found + len(lead)
                break
        else:  # no lead-in: keep as many characters as the longest other item has
            others = inner or [strip_marks(marked[last_start:last_end])]
            longest = max(len(item) for item in others)
            kept = 0
            depth = 0  # a parenthesis counts as nothing: 建设一个邻里中心(人才公寓、职工公寓)
            cut = first_end
            while cut > first_start and (kept < longest or depth > 0):
                cut -= 1
                depth += {")": 1, "(": -1}.get(marked[cut], 0)
                kept += marked[cut] not in MARKS + "()" and depth == 0
            if marked[cut + 1 : cut + 3].startswith(OPEN_MARK) or marked[cut + 2 : cut + 3] == OPEN_MARK:
                cut = marked.index(OPEN_MARK, cut) + 1  # 推进“一带一路”建设: start at the quotation
            first_start = cut
    shared_last = {item[-1:] for item in inner}
    if len(inner) >= 2 and len(shared_last) == 1:
        found = marked.find(next(iter(shared_last)), last_start, last_end)
        if found >= 0:
            last_end = found + 1
    spans[0] = (first_start, first_end)
    spans[-1] = (last_start, last_end)
    return spans, untrimmed


def _opens_quoted_list(first: str, last: str) -> int:
    """Where the first item starts when one quotation holds the whole list (大力实施“领头雁工程、制度工程、造血工程”等“三大
    工程”): right after its opening mark, which the first item holds unclosed and the last item closes; -1 otherwise.
    Cutting the first item to the length of the others would lose a longer first item's head (头雁工程)."""
    quote = first.rfind(OPEN_MARK)
    if quote < 0 or CLOSE_MARK in first[quote:] or CLOSE_MARK not in last or OPEN_MARK in last.split(CLOSE_MARK, 1)[0]:
        return -1
    return quote + 1 if quote + 1 < len(first) else -1


def fit_to_heads(marked: str, enumeration: Enumeration, heads: str) -> Enumeration:
    """Re-trim the first item for a short form with ``heads``: when every other item starts
    with a head character, or trimming cut the only head character off the first item
    (以新型基础设施 → 型基础设施 for 两新一重), the first item starts at its last head
    character (新型基础设施)."""
    if not heads or enumeration.untrimmed is None:
        return enumeration
    tail = heads[1:]
    last_start, last_end = enumeration.spans[-1]
    if len(tail) >= 2 and enumeration.items[-1].endswith(tail) and len(enumeration.items[-1]) > len(tail) + 1:
        # 监管、监察、监测联动 (三监联动): the short form's tail belongs to the whole list
        cut = last_end
        for _ in tail:
            cut -= 1
            while marked[cut] in MARKS:
                cut -= 1
        while cut - 1 > last_start and marked[cut - 1] == "的":
            cut -= 1
        enumeration = replace(
            enumeration,
            items=(*enumeration.items[:-1], strip_marks(marked[last_start:cut])),
            spans=(*enumeration.spans[:-1], (last_start, cut)),
        )
    (raw_start, raw_end), _ = enumeration.untrimmed
    raw = marked[raw_start:raw_end]
    others = enumeration.items[1:]
    leading = {item[:1] for item in others}
    if len(leading) == 1 and next(iter(leading)) in heads:
        chars = next(iter(leading))
    elif not any(char in enumeration.items[0] for char in heads):
        chars = heads
    else:
        return enumeration
    at = max(raw.rfind(char) for char in chars)
    if at < 0 or raw_start + at == enumeration.start:
        return enumeration
    spans = ((raw_start + at, raw_end), *enumeration.spans[1:])
    items = (strip_marks(marked[raw_start + at : raw_end]), *others)
    if len(items[0]) > MAX_ITEM:
        return enumeration
    return replace(enumeration, items=items, spans=spans)


def cut_before(marked: str, enumeration: Enumeration, spans: list[tuple[int, int]]) -> Enumeration:
    """End the last item before the short form when the short form follows it directly
    (科技、汽车、教化、健康、美丽“五个嘉定”: the last item is 美丽, not 美丽“五个嘉定”)."""
    last_start, last_end = enumeration.spans[-1]
    first = bisect_right(spans, (last_start, len(marked) + 1))  # spans are sorted: skip those before
    for index in range(first, len(spans)):
        start = spans[index][0]
        if start >= last_end:
            break
        if last_start < start < last_end and (marked[start - 1] == OPEN_MARK or marked[start - 1] in "的等"):
            cut = start
            while cut > last_start and (marked[cut - 1] in MARKS or marked[cut - 1] in "的等"):
                cut -= 1
            if cut > last_start:
                last = strip_marks(marked[last_start:cut])
                return replace(
                    enumeration,
                    items=(*enumeration.items[:-1], last),
                    spans=(*enumeration.spans[:-1], (last_start, cut)),
                )
    return enumeration


def _holds_quotation(marked: str, span: tuple[int, int]) -> bool:
    """Whether an item is, or ends with, a whole quotation (坚定“四个自信”)."""
    region = marked[max(span[0] - 1, 0) : span[1] + 1]
    opening, closing = region.find(OPEN_MARK), region.rfind(CLOSE_MARK)
    return 0 <= opening < closing and closing >= len(region) - 2


def find_enumerations(marked: str) -> list[Enumeration]:
    """Every enumeration of two or more items in a (marked, folded) text.

    Items are split at 、 and trimmed (see :func:`_trim`). When the last item joins two
    with a conjunction (…公共租赁住房和动迁安置房) the split variant is returned as well.
    A list of quoted items (增强“四个意识”、坚定“四个自信”) lists short forms, it does not
    define one, and is skipped.

    >>> [e.items for e in find_enumerations("着力稳就业、稳金融、稳外贸,以担当")]
    [('稳就业', '稳金融', '稳外贸')]
    """
    found = []
    stretches = (stretch for clause in _clauses(marked) for stretch in _lists(marked, *clause))
    for clause_start, clause_end in stretches:
        raw = _split_items(marked, clause_start, clause_end)
        if len(raw) < 2:
            continue
        first_raw = strip_marks(marked[raw[0][0] : raw[0][1]])
        lead_in = first_raw.startswith(LEAD_INS)
        variants = [(raw, False)]
        last_start, last_end = raw[-1]
        # A、B和C: split into two items; A、B和[the rest of the clause]: cut there
        for word in CONJUNCTIONS:
            at = marked.find(word, last_start + 1, last_end)
            if at > last_start:
                variants = [
                    (raw[:-1] + [(last_start, at), (at + len(word), last_end)], True),
                    (raw[:-1] + [(last_start, at)], True),
                ]
                break
        for spans, split in variants:
            spans, untrimmed = _trim(marked, spans)
            items = tuple(strip_marks(marked[s:e]) for s, e in spans)
            if not all(0 < len(item) <= MAX_ITEM for item in items):
                continue
            if any(re.fullmatch(rf"[{NUMERAL_CHARS}\d]+", item) for item in items):
                continue  # 十三、坚持和完善…: a heading number, not an item
            if sum(_holds_quotation(marked, span) for span in spans) >= 2:
                continue
            found.append(
                Enumeration(
                    items, tuple(spans), conjunction_split=split, clause_start=clause_start,
                    lead_in=lead_in, untrimmed=untrimmed,
                )
            )
    return found


#: The label of a definition part: “1”是指, 第一个“4”是指, 四纵是指, 是指.
_LABEL_PREFIX = lazy_compile(
    rf"(?:第[{CN_DIGITS}]+个)?"
    rf"(?:{OPEN_MARK}[^{MARKS},、;]{{1,4}}{CLOSE_MARK}|[^{MARKS},、;]{{1,3}}?)?"
    r"(?:是指|指的是|即)"
)


_SENTENCE_END = lazy_compile(r"[。\n!?]")


def definition_enumerations(marked: str) -> list[Enumeration]:
    """The sentences that define something explicitly (X:是指A、B、C; X:“1”是指…,“7”是指…;
    “X”,即A;B), split into parts at ; or at , (and 、), labels such as “1”是指 dropped."""
    found = []
    for match in re.finditer(r"[:,]", marked):
        start = match.end()
        head = marked[start : start + 14]
        if not (head.startswith("即") or "是指" in head):
            continue
        end_match = _SENTENCE_END.search(marked, start, start + MAX_DEFINITION + 1)  # never further
        end = end_match.start() if end_match else len(marked)
        if end - start > MAX_DEFINITION:
            continue
        for separators in (";", ",", ",、"):
            parts = _split_at(marked, start, end, separators)
            if not parts or (len(parts) < 2 and separators != ",、"):
                continue  # nothing between the separators (是指,。): no parts at all
            variants = [parts]
            last_start, last_end = parts[-1]
            for word in CONJUNCTIONS:
                at = marked.find(word, last_start + 1, last_end)
                if at > last_start:
                    variants.append(parts[:-1] + [(last_start, at), (at + len(word), last_end)])
                    break
            for number, raw in enumerate(variants):
                spans = [_drop_label(marked, s, e) for s, e in raw]
                items = tuple(strip_marks(marked[s:e]) for s, e in spans)
                labels = tuple(strip_marks(marked[r[0] : s]) for r, (s, _) in zip(raw, spans))
                if len(items) >= 2 and all(0 < len(item) <= 2 * MAX_ITEM for item in items):
                    found.append(
                        Enumeration(
                            items, tuple(spans), conjunction_split=number > 0, clause_start=start,
                            lead_in=True, kind="definition", labels=labels,
                        )
                    )
    return found


def _split_at(marked: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Spans between the separators, outside parentheses."""
    spans, depth, item_start = [], 0, start
    for index in range(start, end):
        char = marked[index]
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and char in separators:
            spans.append((item_start, index))
            item_start = index + 1
            depth = 0
    spans.append((item_start, end))
    return [(s, e) for s, e in spans if e > s]


def _drop_label(marked: str, start: int, end: int) -> tuple[int, int]:
    label = _LABEL_PREFIX.match(marked, start, end)
    if label and label.end() < end:
        start = label.end()
    while end > start and marked[end - 1] in MARKS:
        end -= 1
    return start, end


_PHRASE_END = re.compile(r"[,;。:!?]")
#: The longest sentence read as an explicit definition (X:是指A、B、C).
MAX_DEFINITION = 400


def ordinal_enumerations(marked: str) -> list[Enumeration]:
    """Points announced in order: 一是…。二是…。三是… (or 一要…二要…); each part is the
    phrase after its marker, up to the first punctuation."""
    found = []
    for verb in ("是", "要"):
        for match in re.finditer(f"(?<=[。;:,(])一{verb}", marked):
            spans: list[tuple[int, int]] = []
            position = match.start()
            for digit in "一二三四五六七八九十":
                marker = re.compile(f"(?<=[。;:,(]){digit}{verb}")
                at = marker.search(marked, position, position + ORDINAL_SPAN)
                if at is None or (spans and f"一{verb}" in marked[position : at.start()]):
                    break  # no next point, or a new list has begun
                phrase = _PHRASE_END.search(marked, at.end())  # never a copy of the rest of the text
                spans.append((at.end(), phrase.start() if phrase else at.end()))
                position = spans[-1][1]
            if len(spans) >= 2 and all(e > s for s, e in spans):
                items = tuple(strip_marks(marked[s:e]) for s, e in spans)
                if all(len(item) <= 2 * MAX_ITEM for item in items):
                    found.append(
                        Enumeration(items, tuple(spans), clause_start=match.start(), lead_in=True, kind="ordinal")
                    )
    return found


@lru_cache(maxsize=1 << 14)
def formula_groups(folded: str) -> tuple[str, ...]:
    formula = FORMULA.search(folded)
    return tuple(formula.group().split("+")) if formula else ()


def score_long_form(
    short_form: str, numeral: int, enumeration: Enumeration, distance: int, *, explicit: bool = False
) -> float:
    """How well ``enumeration`` spells out the folded ``short_form`` naming ``numeral`` parts.

    ``score = count × share × proximity``:

    * ``count``: 1 when the number of items equals the numeral, :data:`CONJUNCTION_SPLIT`
      when that needed splitting the last item at 和/及, otherwise 0 (no proposal);
    * ``share``: the fraction of items that contain the short form's head character (the
      first character of :func:`short_form_heads`: 稳 of 六稳, 意 of 四个意识); for a
      compound each head must be in as many items as its numeral says (三线一单: 线 in
      three, 单 in one); for a formula item *i* must contain group *i*'s number. A share
      under :data:`MIN_HEAD_SHARE` gives 0, so 稳增长、促改革、调结构… never defines 六稳.
      An ``explicit`` definition (X:是指A、B、C, or A、B、C的“X” right before the short form)
      needs no shared head; points in order (X。一是…二是…) need the head or the generic
      suffix (十大专项行动 → 行动) in their items;
    * ``proximity``: ``1 / (1 + distance / DISTANCE_SCALE)``, a mild penalty for a list far
      from the short form; a two-item list must be within :data:`NEAR_TWO` characters.

    >>> e = find_enumerations("着力稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期,")[0]
    >>> score_long_form("六稳", 6, e, 0)
    1.0
    """
    items = enumeration.items
    if len(items) != numeral:
        return 0.0
    if numeral == 2 and distance > NEAR_TWO and not explicit:
        return 0.0
    count = CONJUNCTION_SPLIT if enumeration.conjunction_split else 1.0
    share = head_share(short_form, items, enumeration.labels)
    if share is None:
        return 0.0  # a compound or a formula whose parts do not add up
    if enumeration.kind == "ordinal":
        # 一是…二是… after the short form: the points must still say what it is about
        # (三个持续 → 持续, 十大专项行动 → 行动), so 三个对冲 does not take the next list
        suffix = next((word for word in GENERIC_SUFFIXES if short_form.endswith(word)), "")
        if suffix:
            share = max(share, sum(suffix in item for item in items) / len(items))
    elif explicit:
        share = 1.0
    if share < MIN_HEAD_SHARE:
        return 0.0
    proximity = 1 / (1 + distance / DISTANCE_SCALE)
    return round(count * share * proximity, 3)


def head_share(short_form: str, items: tuple[str, ...], labels: tuple[str, ...] = ()) -> float | None:
    """The share of items containing the head; ``None`` when the structure of a compound
    or formula rules the list out whatever else is said. A formula's numbers may also be
    in the items' labels (“1”是指…)."""
    groups = formula_groups(short_form)
    if groups:
        if labels:
            items = tuple(label + item for label, item in zip(labels, items))
        if len(groups) != len(items):
            return None
        hits = sum(bool(re.search(rf"(?<!\d){group}(?!\d)", item)) for group, item in zip(groups, items))
        return hits / len(items) if hits == len(items) else None
    heads = short_form_heads(short_form)
    if not heads:
        return 0.0
    body = without_generic_suffix(short_form)
    if is_compound(body):
        for number, char in compound_parts(body):
            if sum(char in item for item in items) != number:
                return None
        return sum(any(char in item for char in heads) for item in items) / len(items)
    leading = re.match(rf"^(?:[{NUMERAL_CHARS}]+|\d+)([{CLASSIFIERS}])", short_form)
    head = heads[:2] if leading and len(heads) >= 2 else heads[0]  # 四个意识 → 意识; 六稳 → 稳
    return sum(head in item for item in items) / len(items)
