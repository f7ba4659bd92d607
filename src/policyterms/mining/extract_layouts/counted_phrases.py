"""A counted phrase opening a sentence and naming its members after ``,即``: ``香港的四个传统主要行业,即金融服务、旅游、贸易及
物流和专业及工商业支援服务,可带动其他行业的发展,…`` (228, a government press release). What the phrase stands for is
its list, as 17's ``即…`` lists say what a numbered phrase stands for: the phrase as written is the term, the definition
runs from 即 to the comma closing the list; what the sentence goes on to say (``可带动…,是香港经济动力所在``) is a role,
no part of it.

The phrase must hold a count of two or more (``四个``, ``三大``, ``两项``; ``要提出一个明确的要求,即…`` is a demand) and the list must be one (two members at least, joined by ``、``,
和 or 及 and ``、``), and the phrase must open its sentence: a date or a count after 即 (``次年,即2021年``), a stage
(``第一阶段,即试点阶段``) or a clause in a sentence's middle is none. Before the count only a possessor closed by 的
may stand (a clause there, ``今年要重点抓好三个方面``, ``这两个地区``, makes it a sentence's object); a meeting's items or
a list of bodies or places (``本次会议的三项议程``, ``参加会议的五个部门``, ``三大项目``) are no concept; and a list going
on past the comma in the same words (``两个确立,即确立…、…地位,确立…地位``) would be cut in half, so it gives nothing.
Read late, on lines no other pass read."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, one_line_entries

__all__ = ["counted_phrase_lists"]

# Two or more: 一个 is an article (要提出一个明确的要求,即…的发展, a 1986 report's demand), no count of members.
_COUNT = r"(?:(?!一(?:个|個|项|項|类|類|种|種|条|條|方面))[一二三四五六七八九十两兩]{1,3}|\d{1,2})(?:个|個|大|项|項|类|類|种|種|条|條|方面)"
_COUNTED_JI = re.compile(
    rf"(?:^|(?<=[。！？!?]))[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{{0,12}}?{_COUNT}[^\s\u3000,，。；;:：、“”「」()（）]{{1,12}})"
    r"[,，][\s\u3000]*(?P<definition>即(?![使便将將刻时時可日\d０-９])[^,，。；;:：\n]{2,40}?、[^,，。；;:：\n]{2,80}?)(?=[,，。；;])"
)
# A time or a stage as the phrase (第一阶段, 前两年): a schedule, no word.
_TIME_OR_STAGE = re.compile(r"^第|(?:年|年度|季度|[个個]?月|阶段|階段|时期|時期|期间|期間|步)$")
# What may stand before the count: nothing (三个代表, 两个确立) or a possessor closed by 的 (香港的, 我国的). A clause
# there (今年要重点抓好三个方面, 全年新开工三大项目, 这两个地区) makes the phrase a sentence's object, no name; a meeting
# or its participants (本次会议的三项议程, 参加会议的五个部门) name an occasion's items.
_BEFORE_COUNT = re.compile(rf"^(?:[^的]{{1,8}}的)?(?={_COUNT})")
_OCCASION = re.compile(r"会议|會議|本次|此次|这次|這次|参加|參加|出席|参会|參會")
# A phrase naming units, places or an agenda: a list of bodies (市发展改革委、市财政局) or of items, no concept's members.
_ENTITIES = re.compile(
    r"(?:部门|部門|单位|單位|机构|機構|地区|地區|城市|区县|區縣|省份|国家|國家|企业|企業|公司|学校|學校|医院|醫院|人员|人員|成员|成員"
    r"|代表团|代表團|议程|議程|议题|議題|项目|項目|工程|荣誉|榮譽|奖项|獎項)$"
)
# The list going on past the comma in the same words (即确立…、…地位,确立…地位): the match would keep half of it.


def counted_phrase_lists(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each counted phrase of a free line glossed by its list (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("  香港政府一直积极推动经济发展。香港的四个传统主要行业,即金融服务、旅游、贸易及物流和专业及工商业支援服务,可带动其他行业的发展。")
    >>> [(e.term, e.definition) for _, e in counted_phrase_lists(ls, [True])]
    [('香港的四个传统主要行业', '即金融服务、旅游、贸易及物流和专业及工商业支援服务')]
    >>> list(counted_phrase_lists(_lines("前两年,即2021年和2022年、2023年,全市完成投资。"), [True]))
    []
    >>> list(counted_phrase_lists(_lines("今年要重点抓好三个方面,即稳增长、促改革、调结构,确保完成目标。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        entries = [
            Found(m.group("term"), m.group("definition"), m.group(0).lstrip(" \t\u3000"), line.index + 1, line.start + m.start("term"), line.start + m.end("definition"))
            for m in _COUNTED_JI.finditer(line.raw)
            if not _TIME_OR_STAGE.search(m.group("term")) and _names_a_concept(m.group("term")) and not _list_goes_on(line.raw, m)
        ]
        yield from one_line_entries(line.index, entries)


def _names_a_concept(term: str) -> bool:
    """Whether the counted phrase is a name (三个代表, 香港的四个传统主要行业), not a clause's object or an occasion's
    items (module docstring)."""
    return bool(_BEFORE_COUNT.match(term)) and not _OCCASION.search(term) and not _ENTITIES.search(term)


def _list_goes_on(raw: str, match: re.Match) -> bool:
    """Whether the clause after the definition's comma opens with the definition's first two characters after 即
    (即确立…核心地位,确立…指导地位): the members are comma-joined clauses and the regex's list is half of them."""
    lead = match.group("definition")[1:3]
    rest = raw[match.end("definition") + 1 :].lstrip(" \t\u3000")
    return len(lead) == 2 and rest.startswith(lead)
