"""A paragraph glossing a term and then the words built on it, sentence by sentence, each opening with its word and a bare
copula: ``地区生产总值是一个价值量指标,…。不变价地区生产总值是把按当期价格计算的地区生产总值换算成…。地区生产总值指数就是
根据两个时期不变价地区生产总值计算得到的。…`` (718, a city yearbook's brief notes; the statistics bureau's standard note on
the national accounts, which every province's and city's yearbook reprints). Running prose gives a bare 是 no weight (a
standing, a role), so none of the three is read; the series is what says they are glosses: a word, then two words or more
built on it (a modifier before it, a noun after it), each opening a sentence of the same paragraph with 是, 是把 or 就是.

Each entry runs from its copula to the next word's sentence, the last to the paragraph's end. What is left: a paragraph
whose first word is glossed by a figure or a noun of standing (``改革是发展的动力。深化改革是…``: a commentary's praise,
:func:`~policyterms.mining.extract_layouts.topics._weighs`); a series of one built word only (two sentences are a
definition and a remark as often as a series) — unless the paragraph stands right under a heading announcing concepts or
definitions (``一、基本概念`` / ``资源环境承载能力是…。资源环境承载能力评价是对…。…``, P2311, a planning firm's service page
on the 双评价; ``基本定义``, ``相关概念``): there the heading says the sentences are glosses, and a word and one word built on it
are a series; words built on the first that do not open their sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import _L, Found

__all__ = ["compound_series"]

_COPULA = r"(?P<marker>是把|就是|是(?![指否不在因为為由]))"
_FIRST = re.compile(rf"[\s\u3000]*(?P<term>[\u4e00-\u9fff]{{3,12}}?){_COPULA}")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?][”」]?")
# The first word's gloss up to its first stop: a clause of four characters or fewer is a set phrase of praise (重中之重, 民生之基,
# 立身之本), a verdict on the word; a yearbook's gloss names a class (一个价值量指标).
_CLAUSE = re.compile(r"[^,，。；;！？!?]*")
_VERDICT = 4
# A heading announcing the concepts or definitions below it (一、基本概念, (一)相关概念, 基本定义): a pair is a series under it.
_CONCEPTS_HEADING = re.compile(
    r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[\s\u3000]*"
    r"(?:基本|相关|相關|主要|核心|有关|有關)?(?:概念|定义|定義|含义|含義|涵义|涵義|释义|釋義)[\s\u3000:：]*"
)

# A first word pointing at the page's own document or at a thing named before (本规划, 本办法, 该项目, 此次会议): no word glossed.
# (本 only before a document's or a body's noun: 本地生产总值, 本金 are words.)
_POINTED = re.compile(
    r"(?:该|該|此|这|這|上述|前述)|本(?:规划|規劃|办法|辦法|条例|條例|规定|規定|方案|计划|計劃|意见|意見|通知|标准|標準|细则|細則"
    r"|指南|报告|報告|项目|項目|次|届|屆|年度|市|区|區|县|縣|省|单位|單位|公司|局|会|會|法)"
)


def _under_concepts_heading(lines: list[_L], index: int) -> bool:
    """Whether the nearest non-blank line above line ``index`` is a heading announcing concepts (``_CONCEPTS_HEADING``)."""
    k = index - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    return k >= 0 and _CONCEPTS_HEADING.fullmatch(lines[k].raw) is not None


def compound_series(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each word of a paragraph's series of a word and the words built on it (see the module).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "地区生产总值是一个价值量指标,其价值的变化受两大因素影响。不变价地区生产总值是把按当期价格计算的地区生产总值换算成按基期价格计算的价值。地区生产总值指数就是根据两个时期不变价地区生产总值计算得到的。目前的基期是2020年。"
    >>> [(e.term, e.definition) for _, e in compound_series(_lines(text), [True])]  # doctest: +NORMALIZE_WHITESPACE
    [('地区生产总值', '是一个价值量指标,其价值的变化受两大因素影响。'),
     ('不变价地区生产总值', '是把按当期价格计算的地区生产总值换算成按基期价格计算的价值。'),
     ('地区生产总值指数', '就是根据两个时期不变价地区生产总值计算得到的。目前的基期是2020年。')]
    >>> list(compound_series(_lines("改革是发展的强大动力。深化改革是全党的任务。改革开放就是要解放生产力。"), [True]))
    []
    >>> text = "一、基本概念\\n承载能力是一定空间的支撑水平。承载能力评价是对本底的综合评价。它是规划的基础。"
    >>> [(e.term, e.definition) for _, e in compound_series(_lines(text), [True, True])]
    [('承载能力', '是一定空间的支撑水平。'), ('承载能力评价', '是对本底的综合评价。它是规划的基础。')]
    >>> list(compound_series(_lines("一、发展现状\\n承载能力是一定空间的支撑水平。承载能力评价是对本底的综合评价。"), [True, True]))
    []
    """
    from policyterms.mining.extract_layouts.topics import _weighs

    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw
        first = _FIRST.match(raw)
        if first is None:
            continue
        base = first.group("term")
        if _POINTED.match(base):
            continue  # 一、基本概念 / 本规划是…。本规划期限是2021年至2035年。: the page's own plan and its particulars (review 51)
        starts: list[tuple[int, str, int]] = [(first.start("term"), base, first.start("marker"))]
        for sentence in _SENTENCE.finditer(raw, first.end()):
            opening = re.match(rf"[\s\u3000]*(?P<term>[\u4e00-\u9fff]{{3,16}}?){_COPULA}", sentence.group())
            if opening is None:
                continue
            term = opening.group("term")
            if term != base and base in term and all(term != t for _, t, _ in starts):
                starts.append((sentence.start() + opening.start("term"), term, sentence.start() + opening.start("marker")))
        if len(starts) < 3 and not (len(starts) == 2 and _under_concepts_heading(lines, line.index)):
            continue
        end = len(raw.rstrip(" \t\u3000"))
        if raw[:end][-1:] not in "。！？!?”」":
            continue  # a paragraph the page cuts
        if _weighs(raw[first.end("marker") :], base):
            continue
        if len(_CLAUSE.match(raw, first.end("marker")).group()) <= _VERDICT:
            continue  # 安全生产是重中之重。安全生产责任是…: a four-character verdict (重中之重, 民生之基), no gloss (review 50)
        for k, (at, term, marker) in enumerate(starts):
            stop = starts[k + 1][0] if k + 1 < len(starts) else end
            definition = raw[marker:stop].rstrip(" \t\u3000")
            yield line.index, Found(term, definition, raw[at:stop].rstrip(" \t\u3000"), line.index + 1, line.start + at, line.start + at + len(raw[at:stop].rstrip(" \t\u3000")))
