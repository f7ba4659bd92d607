"""A data portal's glossary of indices: each index named with its code on a line, its gloss on the next.

Climate, statistics and open-data portals explain the indices their charts and downloads use as a list of
headword lines, each the index's Chinese name and its code (an upper-case identifier, sometimes with a suffix),
perhaps numbered and perhaps followed by the English name in brackets, and under each a gloss line — often
verbless and without a closing stop, a unit at its end (196, the climate data platform of 國家災害防救科技中心)::

      1. 年總降雨量 PRCPTOT
        (Annual total precipitation in wet days)每年所有雨日(…)的累積降雨量,單位為公釐 (mm)
      …
      1. 年平均溫度 TG (Annual average Temperature)
        每年日平均溫度的平均值,單位為攝氏(℃)

The code is part of the headword as written (the gold of every set keeps codes and aliases on the headword line:
188's bracketed alias, 192's 貨(客)運量); the item number and the bracketed English name, on either line, belong to
neither. The gloss runs to the end of its line.

Why the code is required: a numbered name followed by a line of text is every document's heading and paragraph; a
name closed by an upper-case code, followed by a line of Chinese text, is an index and its explanation. And a run
of two such blocks at least is required: a lone code line over a paragraph (``1. 国内生产总值 GDP`` / ``2023年,全区
…``) is a section of a report, and a list of code lines with no glosses between them (a table of contents, a
legend) pairs at most its last line with what follows.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import (
    DEFINING_ZHI,
    FIRST_CLAUSE,
    HAN,
    _FINISHED,
    _L,
    _SPACE,
    Found,
    _good_term,
    _is_furniture,
)

# The headword line: an optional item number, the Chinese name, the code (two capitals at least, then capitals,
# digits and suffixes such as -mon), an optional English name in brackets; nothing else on the line.
_CODE_LINE = re.compile(
    r"[ \t\u3000\xa0]*(?:(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[ \t\u3000\xa0]*)?"
    r"(?P<term>(?P<name>[^\s\u3000,，。；;:：!！?？|｜]{1,24}?[\u4e00-\u9fff)）])[ \t\u3000\xa0]*"
    r"(?P<code>[A-Z][A-Z0-9]+(?:[-_][A-Za-z0-9]+)*))"
    r"(?:[ \t\u3000\xa0]*[(（][A-Za-z][A-Za-z0-9 ,.'’&/\-]*[)）])?[ \t\u3000\xa0]*"
)
# The English name in brackets opening a gloss line: no part of the gloss.
_ENGLISH_OPENING = re.compile(r"[ \t\u3000\xa0]*[(（][A-Za-z][A-Za-z0-9 ,.'’&/\-]*[)）][ \t\u3000\xa0]*")
# A report's figures under an indicator's name: a period opening the line (2023年, 全年, 1-6月, 截至…) or a change
# given as a figure (增长5.2%, 下降1.2个百分点, 比上年…). A gloss says how an index is computed, not what it came to.
_REPORTED_FIGURE = re.compile(
    r"^(?:截至|截止|到)?[ \t\u3000\xa0]*(?:(?:19|20)\d\d年|\d{1,2}(?:[-—至]\d{1,2})?月份?[,，]|全年|今年|去年|上半年|下半年|前三季度|一季度|本月|当月|當月)"
    r"|(?:增长|增長|上涨|上漲|下降|回落|提高|减少|減少|增加|上升)了?[\d.]+(?:%|％|个百分点|個百分點|倍)|比上年|同比(?:增长|增長|下降|上涨|上漲)"
)
# An index is a quantity: its gloss opens with a definition marker (指…, 是指…, 即…, 表示…) or its first clause ends by
# naming the quantity (…的平均值, …累積降雨量, …之日數, …的比率, …总和). A department's duties (负责…工作), a standard's
# scope (本规范适用于…的建筑) or a news item (华为公司昨日在深圳发布新款手机) under a name and a code name none.
_MARKER_OPENING = re.compile(rf"(?:是指|系指|係指|{DEFINING_ZHI}|即|表示|反映|衡量|用以|用于|用於|用来|用來)")
_QUANTITY_END = re.compile(
    r"(?:值|量|数|數|率|比|度|额|額|积|積|重|例|之和|总和|總和|总计|總計|时间|時間|长度|長度|距离|距離|水平|程度|指数|指數|次数|次數)$"
)


def _names_a_quantity(gloss: str) -> bool:
    if _MARKER_OPENING.match(gloss):
        return True
    clause = FIRST_CLAUSE.match(gloss).group()
    clause = re.sub(r"[(（][^()（）]*[)）]$", "", clause.rstrip(_SPACE)).rstrip(_SPACE)  # (…,單位為公釐 (mm): a unit after it)
    return bool(_QUANTITY_END.search(clause))


# How many blank lines may stand between a headword line and its gloss.
_BLANKS = 1
# How many lines may stand between one block's gloss and the next headword line (a blank, a heading, a blank).
_GAP = 4
# A run of blocks: two at least.
_RUN = 2


def _code_line(line: _L) -> re.Match[str] | None:
    if line.blank:
        return None
    head = _CODE_LINE.fullmatch(line.raw.rstrip(_SPACE))
    if head is None or not HAN.search(head.group("name")) or not _good_term(head.group("name")):
        return None
    return head


def coded_indices(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The blocks ``name CODE`` / gloss of a run of two at least (module docstring), one entry each."""
    n = len(lines)
    heads = [_code_line(line) if free[k] else None for k, line in enumerate(lines)]
    blocks: list[tuple[list[int], Found]] = []
    run: list[tuple[list[int], Found]] = []
    for i in range(n):
        head = heads[i]
        if head is None:
            continue
        j = i + 1
        while j < n and lines[j].blank and j - i <= _BLANKS:
            j += 1
        entry = _gloss_entry(lines, i, j, head) if j < n and free[j] and heads[j] is None else None
        if entry is None:
            if len(run) >= _RUN:
                blocks.extend(run)
            run = []
            continue
        if run and i - run[-1][0][-1] > _GAP:  # (a long way from the block before: another list)
            if len(run) >= _RUN:
                blocks.extend(run)
            run = []
        run.append(([i, j], entry))
    if len(run) >= _RUN:
        blocks.extend(run)
    return blocks


def _gloss_entry(lines: list[_L], i: int, j: int, head: re.Match[str]) -> Found | None:
    """The entry of the headword line ``i`` and the gloss line ``j``: None when line ``j`` is no gloss (furniture,
    no Chinese text, a lead-in ending in a colon, too short)."""
    raw = lines[j].raw
    opening = _ENGLISH_OPENING.match(raw)
    at = opening.end() if opening else len(raw) - len(raw.lstrip(_SPACE))
    gloss = raw[at:].rstrip(_SPACE)
    if len(HAN.findall(gloss)) < 4 or gloss.endswith((":", "：")) or _is_furniture(gloss):
        return None
    if not _FINISHED.search(gloss) and gloss[-1:] in ",，、；;":
        return None  # (a gloss breaking off at a comma is wrapped or cut: not read here)
    if _REPORTED_FIGURE.search(gloss):
        return None  # 1. 地区生产总值 GDP / 2023年,全区实现…,比上年增长5.2%。: a report's figures, no gloss
    if not _names_a_quantity(gloss):
        return None  # 1. 办公室 BGS / 负责机关日常运转…, 华为发布新机 MATE70 / 华为公司昨日…: duties, news, no index
    line = lines[i]
    term = head.group("term")
    return Found(term, gloss, gloss, i + 1, line.start + head.start("term"), lines[j].start + at + len(gloss))


def figures_under_code(line: _L, explanation: str) -> bool:
    """A name and its code on a line (``1. 可吸入颗粒物 PM10``) over a line of figures (``年均浓度为52微克/立方米,较上年
    下降3微克/立方米。``, a bulletin's or a statistics table's row): the index's value, no gloss of it. The explanation
    holds a figure and is no gloss as this pass reads one (a report's period or change, or no quantity named first); the
    headword-blocks pass, which takes a lone name line over any paragraph, leaves such a row alone."""
    head = _code_line(line)
    text = explanation.strip(_SPACE)
    if head is None or not re.search(r"\d", text):
        return False
    return bool(_REPORTED_FIGURE.search(text)) or not _names_a_quantity(text)


def ends_like_a_stopless_list(found: list[Found]) -> bool:
    """The last entry, without a closing stop where the text ends, closes a list whose glosses carry no stop: the two
    entries before it lack one too and the one right before ends with the same closing bracket (a unit, ``(℃)``,
    196). Its missing stop then says nothing of a cut, and the text's end is the list's. A gloss cut by the page
    ends inside a word or a bracket, not on the bracket that closes the glosses before it."""
    if len(found) < 3:
        return False
    last = found[-1].definition.rstrip(_SPACE)
    before = [f.definition.rstrip(_SPACE) for f in found[-3:-1]]
    if last[-1:] not in ")）" or any(_FINISHED.search(b) for b in before):
        return False
    return before[-1][-1:] == last[-1:]
