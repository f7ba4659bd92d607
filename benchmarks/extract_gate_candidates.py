"""Generic definition candidates on an explainer page, and a learned gate that keeps some of them.

The layout rules read the entries of the layouts they were written for; on a page laid out in a way no rule knows,
most of its entries still open the same way: a term — a quoted string (``“X”``), a headword at a line's start, or a
term the page names in its title lines or asks about (``什么是X``) — directly followed by a marker (是指, 指的是, 指,
即, 就是, 也就是, 是, 意思是, 简称, 包括, a colon, a comma), and a definition that ends at the first sentence end or
at the end of its line. :func:`candidates` lists every such place with both endings (the word marker kept at the
definition's start, a colon or comma not kept, as the hand-written gold writes them); :func:`features` describes
one candidate for the gate; :func:`gated_entries` scores them with a logistic regression whose weights
(``extract_gate_weights.json`` beside this module, written by ``train_extract_gate.py``) are loaded once, and gives the entries of
the candidates that pass its threshold, for terms the rules did not give and at places no rule entry covers (one per
term: the higher-scoring ending).

Only a page of an explainer's length (8 000 characters at most) has candidates: a work report read by ``learn`` or
marked up is never read this way.

This is an experiment that did not carry: on two sets of pages the rules had never seen, the gate added no exact entry
in 181 and five false ones (``docs/extract-evaluation.md``, "A learned gate over generic candidates"), so
:mod:`policyterms.mining.extract` does not call it: it stays here, beside its training script, as the record of
the experiment (``train_extract_gate.py --measure`` adds its entries to the rules' to score them).

>>> [(c.term, c.definition, c.ending) for c in candidates("名词解释\\n正文\\n“三新”经济,是指以新产业为核心的经济形态。它发展很快。")]
[('“三新”经济', '是指以新产业为核心的经济形态。', 'sentence'), ('“三新”经济', '是指以新产业为核心的经济形态。它发展很快。', 'line')]
>>> candidates("碳达峰是指排放达到峰值。" * 1000)
[]
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policyterms.mining.extract_layouts.common import DEFINING_ZHI
# The longest page that has candidates: an explainer's length, the same limit as the rules' topic pass.
from policyterms.mining.extract import _EXPLAINER_PAGE as EXPLAINER_PAGE

__all__ = ["Candidate", "candidates", "features", "gate_score", "gated_entries"]


# The word markers, longest first, each not opening a longer word that is no marker (是否, 即将, 指导 …).
_WORD_MARKERS = (
    ("也就是", "也就是"),
    ("就是", "就是"),
    ("指的是", "指的是"),
    ("是指", "是指"),
    ("意思是", "意思是"),
    ("简称", "简称"),
    ("包括", "包括"),
    ("即", "即(?![将可使时便刻日])"),
    ("指", DEFINING_ZHI),
    ("是", "是(?![否非不])"),
)
_WORD = "|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(_WORD_MARKERS))
# After a term: blanks, a colon or a comma (or neither), blanks, a word marker (or none: then a colon or comma).
_AFTER_TERM = re.compile(rf"[ \t\u3000]*(?P<sep>[:：,，])?[ \t\u3000]*(?:{_WORD})?")

_BLANK = " \t\u3000"
_PUNCT = set(",，。；;:：!！?？、“”\"「」『』()（）[]【】《》<>|/\\ \t\u3000")
_SENTENCE_END = re.compile(r"[。！？!?]")
_QUOTED = re.compile(r"[“「『\"](?P<term>[^“”「」『』\"\n]{1,24})[”」』\"]")
_LINE_PREFIX = re.compile(
    r"[ \t\u3000]*(?:[-*+•·▪●★☆◆■◇○][ \t\u3000]*|[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、][ \t\u3000]*|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）][ \t\u3000]*)?"
)
_ASKED = re.compile(
    r"(?:什么是|什么叫做?|何为|何谓|如何理解)[“「]?(?P<a>[^\s,，。；;:：!！?？、“”「」()（）]{2,16})[”」]?"
    r"|[“「]?(?P<b>[^\s,，。；;:：!！?？、“”「」()（）]{2,16}?)[”」]?(?:是什么|指什么|指的是什么|是指什么|是啥|什么意思|的含义|的意思|的定义)"
)
_POINTS_HEADING = re.compile(r"(?:[:：]$|以下|如下|方面|特点|要点|措施|内容|作用|意义|主要|包括|优势|原因|表现)")


@dataclass(frozen=True)
class Candidate:
    """One candidate entry: ``term`` and ``definition`` as they stand in the text, ``start`` (the term's first
    character, its opening quotation mark included) and ``end`` (after the definition) offsets, ``def_start`` where
    the definition starts, the ``marker`` (a word marker, ``colon`` or ``comma``), the ``sep`` before it, the
    ``kind`` of term (``quoted``, ``headword`` or ``named``), the ``ending`` (``sentence`` or ``line``) and the
    line's offsets."""

    term: str
    definition: str
    start: int
    def_start: int
    end: int
    marker: str
    sep: str
    kind: str
    ending: str
    line_start: int
    line_end: int
    term_start: int


def _valid_term(term: str) -> bool:
    return 2 <= len(term) <= 24 and not any(c in _PUNCT for c in term) and not term.isdigit()


def _valid_headword(term: str) -> bool:
    """A headword may hold quoted words (“三新”经济), its quotation marks paired."""
    bare = re.sub(r"[“”「」]", "", term)
    return _valid_term(bare) and term.count("“") == term.count("”") and term.count("「") == term.count("」")


def _headword_may_go_on(term: str) -> bool:
    bare = re.sub(r"[“”「」]", "", term)
    return len(bare) <= 24 and not any(c in _PUNCT - set("“”「」") for c in term)


def _after(text: str, at: int, line_end: int) -> tuple[str, str, int] | None:
    """The marker right after a term ending at ``at``: (marker, separator, where the definition starts)."""
    m = _AFTER_TERM.match(text, at, line_end)
    if m is None:
        return None
    sep = m.group("sep") or ""
    for i, (word, _) in enumerate(_WORD_MARKERS):
        if m.group(f"m{i}"):
            return word, sep, m.start(f"m{i}")
    if sep:
        marker = "colon" if sep in ":：" else "comma"
        return marker, sep, m.end()
    return None


def _endings(text: str, def_start: int, line_end: int) -> list[tuple[str, int]]:
    """The definition's ends: at the first sentence end on its line (kept) and at the end of its line."""
    out = []
    stop = line_end
    while stop > def_start and text[stop - 1] in _BLANK:
        stop -= 1
    sentence = _SENTENCE_END.search(text, def_start, stop)
    if sentence is not None and sentence.end() < stop:
        out.append(("sentence", sentence.end()))
    if stop - def_start >= 2:
        out.append(("line", stop))
    return out


def page_names(text: str) -> tuple[str, set[str]]:
    """The page's title lines (its first two lines with text) and the terms it asks about (什么是X, X是什么)."""
    lines = [line.strip(_BLANK) for line in text.split("\n") if line.strip(_BLANK)]
    title = "\n".join(lines[:2])
    asked = {m.group("a") or m.group("b") for m in _ASKED.finditer(text)}
    return title, {a.strip("“”「」") for a in asked if a}


def candidates(text: str) -> list[Candidate]:
    """Every generic candidate of ``text`` (none on a text longer than an explainer page), in text order."""
    if len(text) > EXPLAINER_PAGE:
        return []
    found: dict[tuple[int, int, int], Candidate] = {}

    def add(term: str, start: int, term_start: int, term_end_at: int, kind: str, line_start: int, line_end: int) -> None:
        after = _after(text, term_end_at, line_end)
        if after is None:
            return
        marker, sep, def_start = after
        for ending, end in _endings(text, def_start, line_end):
            key = (term_start, len(term), end)
            if key not in found:
                definition = text[def_start:end]
                if marker in ("colon", "comma") and not definition.strip(_BLANK):
                    continue
                found[key] = Candidate(term, definition, start, def_start, end, marker, sep, kind, ending, line_start, line_end, term_start)

    _, asked = page_names(text)
    title, _ = page_names(text)
    named = {t for t in asked if _valid_term(t)}
    for segment in re.split(r"[\s_|｜—\-–:：,，。!！?？()（）《》【】“”「」]+", title):
        if _valid_term(segment) and len(segment) <= 12:
            named.add(segment)
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        for m in _QUOTED.finditer(text, line_start, line_end):
            term = m.group("term").strip(_BLANK)
            if _valid_term(term):
                add(term, m.start(), m.start("term"), m.end(), "quoted", line_start, line_end)
                add(m.group(0), m.start(), m.start(), m.end(), "quoted-kept", line_start, line_end)
        prefix = _LINE_PREFIX.match(text, line_start, line_end)
        head = prefix.end()
        for k in range(head + 2, min(head + 21, line_end + 1)):
            term = text[head:k]
            if not _headword_may_go_on(term):
                break
            if _valid_headword(term):
                add(term, head, head, k, "headword", line_start, line_end)
        for term in named:
            at = text.find(term, line_start, line_end)
            while at >= 0:
                add(term, at, at, at + len(term), "named", line_start, line_end)
                at = text.find(term, at + 1, line_end)
        line_start = line_end + 1
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _char_class(c: str) -> str:
    if not c:
        return "none"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    if c in _BLANK:
        return "blank"
    if c in "“「『\"":
        return "open-quote"
    return "punct"


@dataclass(frozen=True)
class PageView:
    """What the features of a page's candidates look at, computed once per page."""

    text: str
    title: str
    asked: frozenset[str]
    flat: str
    covered: tuple[tuple[int, int], ...]
    rule_terms: frozenset[str]
    rule_count: int


def page_view(text: str, covered: list[tuple[int, int]], rule_terms: set[str]) -> PageView:
    title, asked = page_names(text)
    flat = re.sub(r"[“”「」『』\"\s\u3000]", "", text)
    return PageView(text, title, frozenset(asked), flat, tuple(covered), frozenset(rule_terms), len(rule_terms))


def features(c: Candidate, view: PageView) -> list[str]:
    """The names of the binary features of candidate ``c`` on the page ``view``."""
    text = view.text
    term = c.term
    out = [f"marker={c.marker}", f"sep={c.sep or 'none'}", f"kind={c.kind}", f"ending={c.ending}", f"marker+sep={c.marker}/{c.sep or 'none'}"]
    out.append(f"kind+marker={c.kind}/{c.marker}")
    out.append(f"kind+ending={c.kind}/{c.ending}")
    out.append(f"marker+ending={c.marker}/{c.ending}")
    out.append(f"term_len={_bucket(len(term), (2, 3, 4, 5, 6, 8, 10, 14))}")
    classes = {_char_class(ch) for ch in term}
    out += [f"term_has={k}" for k in sorted(classes)]
    if any(ch in term for ch in "的和与及或在把被从对为"):
        out.append("term_has_function_word")
    if term[-1:] in "是了的在有也都就还又":
        out.append("term_ends_function_char")
    if re.search(r"[一二三四五六七八九十两\d]", term):
        out.append("term_has_number")
    count = view.flat.count(re.sub(r"[“”「」『』\"\s\u3000]", "", term))
    out.append(f"term_count={_bucket(count, (1, 2, 3, 5, 10))}")
    if term in view.title:
        out.append("in_title")
        out.append(f"in_title+kind={c.kind}")
    if term in view.asked:
        out.append("asked")
    before = text[c.line_start : c.start]
    out.append(f"before={_char_class(text[c.start - 1] if c.start > c.line_start else '')}")
    if not before.strip(_BLANK):
        out.append("at_line_start")
    elif _LINE_PREFIX.fullmatch(before):
        out.append("after_line_prefix")
        if re.search(r"\d|[一二三四五六七八九十]", before):
            out.append("after_number")
        else:
            out.append("after_bullet")
    else:
        out.append(f"before_len={_bucket(len(before), (2, 6, 15, 40))}")
        prev = before.rstrip(_BLANK)[-1:]
        out.append(f"prev_char={'sentence_end' if prev in '。！？!?' else 'comma' if prev in ',，；;' else 'colon' if prev in ':：' else _char_class(prev)}")
    definition = c.definition.strip(_BLANK)
    out.append(f"def_len={_bucket(len(definition), (5, 10, 20, 40, 80, 150, 300))}")
    if definition[-1:] in "。！？!?":
        out.append("def_ends_sentence")
    elif definition[-1:] in "；;,，、:：":
        out.append("def_ends_clause")
    else:
        out.append("def_ends_open")
    if c.ending == "line" and _SENTENCE_END.search(definition[:-1]):
        out.append("line_has_more_sentences")
    if re.match(r"(?:如|例如|比如|譬如)", definition):
        out.append("def_opens_example")
    if c.marker in ("colon", "comma") and re.match(r"[是指即]", definition):
        out.append("def_opens_defining_word")
    if re.search(r"(?:是指|指的是|系指)", definition[3:]):
        out.append("def_has_later_marker")
    if "?" in definition or "？" in definition:
        out.append("def_has_question")
    if c.end - c.line_start >= (c.line_end - c.line_start) - 1:
        out.append("fills_line")
    # (Whether a rule entry covers the place is no feature: the rules were written from the training pages, so on
    # them a covered place is an entry far more often than on a page the rules never saw. It is a filter instead.)
    # A bullet ``X:description`` under a heading of points (主要特点: / 一、主要措施).
    above = text[: c.line_start].rstrip("\n").rsplit("\n", 2)
    above_lines = [a.strip(_BLANK) for a in above[-2:] if a.strip(_BLANK)]
    if c.kind == "headword" and c.marker == "colon":
        if above_lines and _POINTS_HEADING.search(above_lines[-1]) and len(above_lines[-1]) <= 30:
            out.append("bullet_under_points_heading")
        siblings = sum(1 for line in text.split("\n") if re.match(r"[ \t\u3000]*(?:[-*•·●]|\d{1,2}[.．、)）])?[ \t\u3000]*[^\s:：,，。]{2,12}[:：]", line))
        out.append(f"colon_lines={_bucket(siblings, (1, 3, 6))}")
    # The words themselves, one character each: a definition opening with 指 or a noun, a bullet's description with a
    # verb (规范…, 强调…); a term ending as a name does (…率, …制) or as a label (…性, 主要, 这里).
    out.append(f"def_first={definition[:1]}")
    out.append(f"term_last={term[-1:]}")
    out.append(f"term_first={term[:1]}")
    if c.kind == "headword" and c.marker == "colon":
        lines = text.split("\n")
        at = text.count("\n", 0, c.line_start)
        near = [lines[i] for i in (at - 1, at + 1) if 0 <= i < len(lines)]
        same = sum(1 for line in near if re.match(r"[ \t\u3000]*(?:[-*•·●]|\d{1,2}[.．、)）])?[ \t\u3000]*[^\s:：,，。]{2,12}[:：]", line))
        out.append(f"colon_neighbours={same}")
    line_len = c.line_end - c.line_start
    out.append(f"line_len={_bucket(line_len, (20, 60, 150, 400))}")
    return out


_WEIGHTS = Path(__file__).with_name("extract_gate_weights.json")


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float, float]:
    """The gate's weights, bias and threshold, read once."""
    data = json.loads(_WEIGHTS.read_text("utf-8"))
    return data["weights"], float(data["bias"]), float(data["threshold"])


def gate_score(names: list[str], weights: dict[str, float] | None = None, bias: float | None = None) -> float:
    """The gate's probability that a candidate with features ``names`` is an entry."""
    if weights is None or bias is None:
        weights, bias, _ = _weights()
    z = bias + sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def covered_spans(entries, text: str) -> list[tuple[int, int]]:
    """Where the quotes of ``entries`` stand in ``text`` (from their line on)."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans = []
    for e in entries:
        line = min(max(e.line, 1), len(starts)) - 1
        at = text.find(e.quote, starts[line]) if e.quote else -1
        if at < 0 and e.quote:
            at = text.find(e.quote)
        if at >= 0:
            spans.append((at, at + len(e.quote)))
    return spans


def _key(term: str) -> str:
    return re.sub(r"[“”「」『』\"\s\u3000]", "", term)


def scored_candidates(entries, text: str, weights=None, bias=None) -> list[tuple[float, Candidate, list[str]]]:
    """Every candidate of ``text`` with its gate score and features, beside the rules' ``entries``."""
    found = candidates(text)
    if not found:
        return []
    view = page_view(text, covered_spans(entries, text), {_key(e.term) for e in entries})
    out = []
    for c in found:
        names = features(c, view)
        out.append((gate_score(names, weights, bias), c, names))
    return out


def select(scored: list[tuple[float, Candidate, list[str]]], view_rule_terms: set[str], covered: list[tuple[int, int]], threshold: float) -> list[Candidate]:
    """The candidates kept: a score at ``threshold`` or above, a term the rules did not give, a place no rule entry
    covers, one per term (the higher-scoring ending) and none overlapping a better one."""
    kept: list[Candidate] = []
    terms = set(view_rule_terms)
    for score, c, _ in sorted(scored, key=lambda s: (-s[0], s[1].start, s[1].end)):
        if score < threshold:
            break
        key = _key(c.term)
        if key in terms:
            continue
        if any(s <= c.start < e or s <= c.def_start < e or (c.start <= s < c.end) for s, e in covered):
            continue
        if any(k.start < c.end and c.start < k.end for k in kept):
            continue
        kept.append(c)
        terms.add(key)
    return sorted(kept, key=lambda c: c.start)


def gated_entries(entries, text: str):
    """The rules' ``entries`` and, beside them, the entries of the candidates the gate keeps, in line order."""
    from dataclasses import replace

    from policyterms.mining.appendix import ExtractedEntry
    from policyterms.mining.components import components_of
    from policyterms.text.fold import strip_pinyin

    if len(text) > EXPLAINER_PAGE:
        return entries
    weights, bias, threshold = _weights()
    scored = scored_candidates(entries, text, weights, bias)
    if not scored:
        return entries
    kept = select(scored, {_key(e.term) for e in entries}, covered_spans(entries, text), threshold)
    if not kept:
        return entries
    added = []
    for c in kept:
        term = strip_pinyin(c.term).strip(_BLANK)
        definition = strip_pinyin(c.definition).strip(_BLANK)
        if not term or not definition:
            continue
        components, enumerates = components_of(term, definition)
        line = text.count("\n", 0, c.start) + 1
        added.append(ExtractedEntry(0, term, definition, components, enumerates, text[c.start : c.end], line))
    merged = sorted(list(entries) + added, key=lambda e: e.line)
    return [replace(e, number=i) for i, e in enumerate(merged, 1)]
