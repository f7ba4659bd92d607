"""Short headwords glossed with ``,即`` or ``,就是`` one after another, joined by semicolons (``中國式,即中國樣式、中國特色;中國式現代化,
即有中國特色的現代化…``, P566; ``严以修身,就是要加强党性修养…;严以用权,就是要坚持用权为民…``, P2047).

A new-word explainer glosses a phrase and its parts in run-in clauses: each clause opens with a short headword, a comma and
即, and a semicolon separates it from the next. Each is an entry, the comma left out and 即 opening the definition; the
semicolon before the next headword is no part of it (the prose pass's ends). Two such clauses at least, adjacent: one
clause alone is read as before (``双碳,即…``, a paragraph of one sentence), and a date or a count after 即 (``次年,即2021年``)
or a headword holding 的 (``第二个五年计划的第一年,即一九五八年``) makes no series. Nor does a headword naming a time or a
stage (``过去两年,即“十四五”开局之年;今年,即…``, ``第一阶段,即试点阶段,…;第二阶段,即推广阶段,…``): a report's schedule, no word
glossed.

A slogan's explainer writes the same series with 就是 or 就是要 (the items of 三严三实, 四个意识, 两学一做 each glossed in turn):
就是 defines there as 即 does, the definition keeping it (the gold of P2047 opens each item at 就是要). Not after an aspect
or a connective (``关键,就是要…;重点,就是…``, ``说到底,就是…``), nor after a point of view (``对client实现而言,就是要…;对服务端而言,就是要…``): the clause goes on about something glossed before.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import MarkerGroup

_CLAUSE = re.compile(
    r"[\s\u3000]*(?P<head>[^\s\u3000，,。；;：:、“”\"「」的]{2,40}?)[,，][\s\u3000]*"
    r"(?P<marker>即(?![使便将將刻时時可日\d０-９一二三四五六七八九十])|就是(?![说說]))"
)

# An aspect or a connective as the head of a 就是 clause (关键,就是要…; 说到底,就是…; 换言之,就是…): it goes on about what was
# glossed before, no headword of its own.
_ASPECT_OR_CONNECTIVE = re.compile(
    r"^(?:关键|關鍵|核心|重点|重點|实质|實質|本质|本質|目的|目标|目標|根本|要害|重心|前提|基础|基礎|说到底|說到底|归根结底|歸根結底"
    r"|换言之|換言之|也就是|总之|總之|简言之|簡言之|一句话|一句話|其实|其實|实际上|實際上|事实上|事實上"
    # (a point of view, 对client实现而言,就是要…;对服务端而言,就是要…: what each side must do, no word glossed)
    r"|(?:对于|對於|对|對|就)[^,，]{1,10}(?:而言|来说|來說|来讲|來講)|(?:另)?一方面)$"
)


# A time or a stage as the headword (今年, 过去两年, 上半年, 第一阶段, 一期, 第二步): a report's schedule, no word.
_TIME_OR_STAGE = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+|[一二三四五六七八九十两兩]期)|(?:年|年度|季度|[个個]?月|阶段|階段|时期|時期|期间|期間|步)$"
)


def _clause(sentence: str) -> re.Match[str] | None:
    match = _CLAUSE.match(sentence)
    if match is None:
        return None
    head = strip_pinyin(match.group("head"))
    if not 2 <= len(head) <= 12 or re.search(r"[()（）\d]", head) or _TIME_OR_STAGE.search(head):
        return None
    if match.group("marker") == "就是" and _ASPECT_OR_CONNECTIVE.search(head):
        return None
    return match


def ji_series_marker(sentences: list[tuple[int, str]], i: int) -> MarkerGroup | None:
    """The 即 of sentence ``i`` when it is a clause of a series (module docstring); None otherwise."""
    match = _clause(sentences[i][1])
    if match is None:
        return None
    ends_with_semicolon = lambda k: sentences[k][1].rstrip(" \t\u3000")[-1:] in "；;"
    before = i > 0 and ends_with_semicolon(i - 1) and _clause(sentences[i - 1][1]) is not None
    after = i + 1 < len(sentences) and ends_with_semicolon(i) and _clause(sentences[i + 1][1]) is not None
    return MarkerGroup(match, "marker") if before or after else None
