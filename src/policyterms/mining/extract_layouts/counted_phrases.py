"""A counted phrase opening a sentence and naming its members after ``,即``: ``香港的四个传统主要行业,即金融服务、旅游、贸易及
物流和专业及工商业支援服务,可带动其他行业的发展,…`` (228, a government press release). What the phrase stands for is
its list, as 17's ``即…`` lists say what a numbered phrase stands for: the phrase as written is the term, the definition
runs from 即 to the comma closing the list; what the sentence goes on to say (``可带动…,是香港经济动力所在``) is a role,
no part of it.

The phrase must hold a count of two or more (``四个``, ``三大``, ``两项``; ``要提出一个明确的要求,即…`` is a demand) and the list must be one (two members at least, joined by ``、``,
和 or 及 and ``、``), and the phrase must open its sentence: a date or a count after 即 (``次年,即2021年``), a stage
(``第一阶段,即试点阶段``) or a clause in a sentence's middle is none. Read late, on lines no other pass read."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["counted_phrase_lists"]

# Two or more: 一个 is an article (要提出一个明确的要求,即…的发展, a 1986 report's demand), no count of members.
_COUNT = r"(?:(?!一(?:个|個|项|項|类|類|种|種|条|條|方面))[一二三四五六七八九十两兩]{1,3}|\d{1,2})(?:个|個|大|项|項|类|類|种|種|条|條|方面)"
_COUNTED_JI = re.compile(
    rf"(?:^|(?<=[。！？!?]))[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{{0,12}}?{_COUNT}[^\s\u3000,，。；;:：、“”「」()（）]{{1,12}})"
    r"[,，][\s\u3000]*(?P<definition>即(?![使便将將刻时時可日\d０-９])[^,，。；;:：\n]{2,40}?、[^,，。；;:：\n]{2,80}?)(?=[,，。；;])"
)
# A time or a stage as the phrase (第一阶段, 前两年): a schedule, no word.
_TIME_OR_STAGE = re.compile(r"^第|(?:年|年度|季度|[个個]?月|阶段|階段|时期|時期|期间|期間|步)$")


def counted_phrase_lists(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each counted phrase of a free line glossed by its list (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("  香港政府一直积极推动经济发展。香港的四个传统主要行业,即金融服务、旅游、贸易及物流和专业及工商业支援服务,可带动其他行业的发展。")
    >>> [(e.term, e.definition) for _, e in counted_phrase_lists(ls, [True])]
    [('香港的四个传统主要行业', '即金融服务、旅游、贸易及物流和专业及工商业支援服务')]
    >>> list(counted_phrase_lists(_lines("前两年,即2021年和2022年、2023年,全市完成投资。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        entries = [
            Found(m.group("term"), m.group("definition"), m.group(0).lstrip(" \t\u3000"), line.index + 1, line.start + m.start("term"), line.start + m.end("definition"))
            for m in _COUNTED_JI.finditer(line.raw)
            if not _TIME_OR_STAGE.search(m.group("term"))
        ]
        if entries:
            yield line.index, entries[0]
            for entry in entries[1:]:
                yield [], entry
