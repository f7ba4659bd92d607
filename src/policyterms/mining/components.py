"""The components of an extracted definition: the parts a numbered term counts
(三线一单 → 生态保护红线, 环境质量底线, …), as groups, digit labels or a flat list."""

from __future__ import annotations

import re

from policyterms._lazy import lazy_compile
from policyterms.text.fold import QUOTES, fold_table
from policyterms.glossary.model import Component
from policyterms.glossary.numerals import headword_numerals, numeral_mismatch
from policyterms.mining.appendix import MAX_ENTRY_DIGITS


_OPENERS = "（(《“‘「『〔【["
_CLOSERS = "）)》”’」』〕】]"


_CLAUSE_SEPARATORS = ",，;；"
_DEFINITION_MARKERS = ("是指", "系指", "係指", "即", "指")


_CONJUNCTIONS = ("以及", "和")


# “1”是指…, 第一个“4”是指…, “网”是指…: a quoted label explained in its own clause.
_QUOTED_LABEL = lazy_compile(
    r"(?:第[一二三四五六七八九十\d]+个)?[“\"「‘『]([^”\"」’』]{1,10})[”\"」’』][\s\u3000]*(?:是指|系指|係指|指)"
)


# 四纵是指…: a phrase label explained in its own ;-segment.
_PHRASE_LABEL = lazy_compile(r"^(?P<label>[^,，、;；。:：]{1,15}?)(?:是指|系指|係指)(?P<rest>.+)$", re.DOTALL)
_ARABIC_NUMBER = lazy_compile(r"[0-9０-９]+")


def _depths(text: str) -> list[int]:
    """Bracket/quote nesting depth before each character (never below zero)."""
    depth, out = 0, []
    for char in text:
        if char in _CLOSERS:
            depth = max(0, depth - 1)
        out.append(depth)
        if char in _OPENERS:
            depth += 1
    return out


def _split_top(text: str, separators: str) -> list[str]:
    """Split at ``separators`` outside brackets and quotes (never ``1,000``)."""
    depths = _depths(text)
    pieces, start = [], 0
    for i, char in enumerate(text):
        if char in separators and depths[i] == 0:
            if char == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def _split_conjunction(item: str) -> list[str]:
    """Split an item at 和/以及 outside brackets, when both sides have two characters or more."""
    depths = _depths(item)
    for word in _CONJUNCTIONS:
        index = item.find(word)
        while index != -1:
            left, right = item[:index], item[index + len(word) :]
            if depths[index] == 0 and len(left.strip()) >= 2 and len(right.strip()) >= 2:
                return [left, *_split_conjunction(right)]
            index = item.find(word, index + 1)
    return [item]


def _trim(text: str) -> str:
    return text.strip(" \t\u3000" + _CLAUSE_SEPARATORS + "。")


def _fold_chars(text: str) -> str:
    return text.translate(fold_table())


def _headword_bigrams(term: str) -> set[str]:
    core = "".join(ch for ch in _fold_chars(term) if ch not in QUOTES and not ch.isspace() and ch not in "、,，")
    return {core[i : i + 2] for i in range(len(core) - 1)}


def _drop_shared_tail(last: str, previous: str, term: str) -> str:
    """``运营好农村公路`` → ``运营好``: the tail the whole list shares, written once after it.

    A tail is dropped when it repeats the headword (it starts with two characters of the
    headword, after an optional 的), the previous item does not end like the last one (no
    parallel ending runs to the end), and the shortest such tail is taken.
    """
    folded_last, folded_previous = _fold_chars(last), _fold_chars(previous)
    if not folded_last or not folded_previous or folded_last[-1] == folded_previous[-1]:
        return last
    bigrams = _headword_bigrams(term)
    for cut in range(len(last) - 2, 0, -1):
        core = folded_last[cut:]
        if core.startswith("的"):
            continue  # the same tail without its 的 was tried first
        if core[:2] in bigrams and not folded_previous.endswith(core):
            head = last[:cut].rstrip("的")
            return head if head else last
    return last


def _drop_lead_in(first: str, others: list[str]) -> str:
    """``每个工业园区找到一个对照标杆园区`` → ``找到一个对照标杆园区``.

    The first item of a 、-list also carries what the sentence says before the list (a
    subject, a frame such as 在…过程中, a place). The other items show where an item
    begins: the earliest offset at which they all have the same text (one shared
    character is enough across two or more items; with a single other item two are
    needed). The first item is cut so that this anchor stands at the same offset, when
    that leaves something and brings its length closer to the others'.
    """
    if not others:
        return first
    folded_first = _fold_chars(first)
    folded_others = [_fold_chars(o) for o in others]
    shortest = min(len(o) for o in folded_others)
    for offset in range(shortest):
        if len(folded_others) == 1:
            other = folded_others[0]
            anchor = ""
            for size in range(2, len(other) - offset + 1):
                if other[offset : offset + size] in folded_first:
                    anchor = other[offset : offset + size]
                else:
                    break
        else:
            anchor = ""
            for size in range(1, shortest - offset + 1):
                candidate = folded_others[0][offset : offset + size]
                if all(o[offset : offset + size] == candidate for o in folded_others) and candidate in folded_first:
                    anchor = candidate
                else:
                    break
        if not anchor:
            continue
        cut = folded_first.find(anchor) - offset
        if cut <= 0:
            return first
        mean = sum(len(o) for o in others) / len(others)
        if abs(len(first) - cut - mean) < abs(len(first) - mean):
            return first[cut:]
        return first
    return first


def _enumerate(text: str, term: str) -> list[str]:
    """The items of a 、/和 enumeration, lead-in and shared tail removed."""
    sublists: list[list[str]] = [[]]
    for item in _split_top(text, "、"):
        first, *rest = _split_conjunction(item)
        sublists[-1].append(first)
        sublists.extend([piece] for piece in rest)
    sublists = [[_trim(i) for i in sub if _trim(i)] for sub in sublists]
    sublists = [sub for sub in sublists if sub]
    flat = [item for sub in sublists for item in sub]
    if len(flat) >= 2:
        last = _drop_shared_tail(flat[-1], flat[-2], term)
        sublists[-1][-1] = last
    others = [item for sub in sublists for item in sub[1:]]
    return [
        _drop_lead_in(item, others) if position == 0 else item
        for sub in sublists
        for position, item in enumerate(sub)
    ]


def _quoted_groups(body: str) -> list[Component] | None:
    """``“1”是指A,第一个“4”是指B…`` → ``[{label: 1, text: A}, …]`` (two groups or more)."""
    starts = []
    for match in _QUOTED_LABEL.finditer(body):
        before = body[: match.start()].rstrip(" \t\u3000")
        if match.start() == 0 or (before and before[-1] in _CLAUSE_SEPARATORS):
            starts.append(match)
    if len(starts) < 2 or starts[0].start() != 0:
        return None
    groups = []
    for match, following in zip(starts, [*starts[1:], None]):
        text = _trim(body[match.end() : following.start() if following else len(body)])
        if not text:
            return None
        groups.append(Component(text=text, label=match.group(1)))
    return groups


def _phrase_groups(body: str, term: str) -> list[Component] | None:
    """``四纵是指A、B;四横是指C、D`` → ``[{label: 四纵, parts: [A, B]}, …]`` (two or more)."""
    segments = [s for s in (_trim(s) for s in _split_top(body, ";；")) if s]
    if len(segments) < 2:
        return None
    groups = []
    for segment in segments:
        match = _PHRASE_LABEL.match(segment)
        if not match:
            return None
        parts = tuple(p for p in _enumerate(match.group("rest"), term) if p)
        if not parts:
            return None
        groups.append(Component(label=match.group("label").strip(), parts=parts))
    return groups


def _flat_items(body: str, term: str) -> list[str]:
    """Clauses (split at , ; outside brackets); a clause holding a 、-list gives its items.

    A definition of one clause is an enumeration by itself (``A和B`` counts two).
    """
    clauses = [c for c in (_trim(c) for c in _split_top(body, _CLAUSE_SEPARATORS)) if c]
    if len(clauses) == 1:
        return [i for i in _enumerate(clauses[0], term) if i]
    items: list[str] = []
    for clause in clauses:
        if "、" in _split_top_marker(clause):
            items.extend(i for i in _enumerate(clause, term) if i)
        else:
            items.append(clause)
    return items


def _split_top_marker(text: str) -> str:
    """``text`` with bracketed content blanked, to test for top-level punctuation."""
    return "".join(" " if depth else char for char, depth in zip(text, _depths(text)))


def _digit_labels(items: list[str], term: str) -> list[Component] | None:
    """Label each item by its leading count when the headword spells counts in digits.

    ``“11157”工程`` reads 1, 1, 1, 5, 7; when the items carry exactly those numbers in
    that order (the first number outside brackets), each becomes ``{label, text}``.
    """
    for reading in headword_numerals(term):
        if len(reading) != len(items) or len(reading) < 2:
            continue
        labels = []
        for item in items:
            match = _ARABIC_NUMBER.search(_split_top_marker(item))
            labels.append(int(match.group()) if match and len(match.group()) <= MAX_ENTRY_DIGITS else None)
        if labels == list(reading):
            return [Component(text=item, label=str(n)) for item, n in zip(items, reading)]
    return None


# An ordinal (第一书记, 中央一号文件, 一号工程) ranks the thing; it counts no parts.
_ORDINAL = lazy_compile(r"第[一二三四五六七八九十百零〇两0-9０-９]+|[一二三四五六七八九十百零〇两0-9０-９]+[号號]")


def components_of(term: str, definition: str) -> tuple[tuple[Component, ...], bool]:
    """The components of a definition, and whether the headword's numerals count them."""
    body = _trim(definition)
    groups: list[Component] | None = None
    marker = next((m for m in _DEFINITION_MARKERS if body.startswith(m)), None)
    if marker is None:
        groups = _quoted_groups(body) or _phrase_groups(body, term)
    if groups is None:
        if not headword_numerals(_ORDINAL.sub("", term)):
            return (), True  # an unnumbered term's commas are prose, not a list of parts (中央一号文件: a rank)
        items = _flat_items(body[len(marker) :] if marker else body, term)
        if len(items) < 2:
            return (), True
        if numeral_mismatch(term, len(items), []) is None:
            return tuple(Component(text=i) for i in items), True
        groups = _digit_labels(items, term)
        if groups is None:
            # The list does not add up to the numerals (四好农村路 read as eight items, 一般公共预算收入's 一 taken for a
            # count): the split is wrong or the numeral counts nothing, and wrong parts would be shown to a reader and
            # fail lint in extract's output. No components: lint only warns that a numbered slogan lists none.
            return (), True
    sizes = [len(g.parts) if g.parts else None for g in groups]
    return tuple(groups), numeral_mismatch(term, 0, sizes) is None
