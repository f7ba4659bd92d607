"""Space-aligned glossary rows: ``熱狗                             非空調巴士`` (P790).

A forum's or a personal page's jargon list typed as a two-column table without a table: each row holds a short
term at the line's start, a wide run of spaces that lines the glosses up in a column, and the gloss (often verbless
and without a stop: ``非空調巴士``). A gloss too long for its row goes on over lines indented to the gloss column
(``龍/巨龍        丹尼士巨龍型巴士( Dennis Dragon )`` / ``            又稱 丹尼士 多明尼達 …``). The term is kept as
written (slash-joined alternative names too, ``奧黏/奧林匹克``); the run of spaces is no part of either (as 184's
spaces between headword and definition); the definition runs from the gloss's first word over its indented
continuation lines.

The wide gap (eight spaces at least, more than :mod:`.spaced` reads as a headword's separator) and a run of three such
rows at least, one after another, make the list: one such line is a heading or an aside. A row whose gloss holds a
second wide gap is a table of several columns (a name, a unit, a value), whose cells are no glosses; a gloss opening
with a figure is a value; a gloss of names of two or three characters (``组长        王小明``) is a roster's, and so is
a gloss of posts (``组长        区委副书记、区长``); a row labelled with a time of day or a day (``上午        召集人会议``,
``第二天        开幕大会,…``) is a schedule's, one labelled with a part (``第二章        统计调查管理``) a table of
contents', and a gloss opening with a price (``每公斤5.20元,…``) or naming an address (``人民路88号统计大楼三楼``) is a
price list's or a directory's. The row the text ends in, with a bracket left open (``超豪  富豪超級奧林比安巴士(Volvo``),
is cut by the page and gives nothing (as 205's and P630's cut entries).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["aligned_rows"]


# A row: a short term at the line's start (no stop, no colon, no inner space), a gap of eight spaces at least, a gloss
# opening with a Chinese character.
_ROW = re.compile(
    r"^(?P<term>[^\s\u3000,，。；;:：!！?？、()（）]{0,11}[\u4e00-\u9fff][^\s\u3000,，。；;:：!！?？、()（）]{0,11})"
    r"[ \u3000]{8,}(?P<gloss>[\u4e00-\u9fff][^\n]*?)[\s\u3000]*$"
)
# A second wide gap inside the gloss: a table of several columns, not a gloss.
_COLUMN_GAP = re.compile(r"\S[ \u3000]{4,}\S")
# Names of two or three characters, one or several (组长  王小明 / 成员  赵五、钱六): a roster, not a gloss.
_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[、,，/ \u3000][\u4e00-\u9fff]{2,3})*")
# A time of day or a day as the row's label (上午        召集人会议(…), 第二天        开幕大会,…): a schedule's rows, its
# programme no gloss.
_TIME_TERM = re.compile(
    r"(?:上午|下午|中午|晚上|早上|早晨|傍晚|全天|当天|當天|次日|第[一二三四五六七八九十\d]{1,3}[天日]|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\d{1,2}月\d{1,2}日|[\d:：\-—~～]+)"
)
# Posts and nothing else (组长        区委副书记、区长 / 成员        区应急管理局局长、区公安分局局长): a roster's rows naming who
# holds each place, no gloss.
_POST = r"[\u4e00-\u9fff]{0,14}(?:长|長|主任|书记|書記|主席|委员|委員|干事|幹事|专员|專員|秘书|秘書|负责人|負責人)"
_POSTS = re.compile(rf"{_POST}(?:[、,，/][\s\u3000]*{_POST})*")
# A part of a document as the row's label (第二章        统计调查管理): a table of contents, its titles no glosses.
_PART_TERM = re.compile(r"第[一二三四五六七八九十百零\d]{1,4}[章节節编編篇部条條款卷]")
# A price or an amount near the gloss's start (粳米        每公斤5.20元,比上周持平): a price list's value; an address
# (城区调查点        人民路88号统计大楼三楼): a directory's.
_VALUE = re.compile(r"^[^,，。；;\d]{0,6}\d[\d.,]*[\s\u3000]*(?:万亿|亿|万|千)?(?:元|美元|%|％|吨|公斤|千克|斤)")
_ADDRESS = re.compile(r"(?:路|街|巷|道)[\d一二三四五六七八九十]+号|[\d一二三四五六七八九十]+[楼樓层層](?![\u4e00-\u9fff]{0,2}[的之])|[东西南北東][侧側]$|交叉口")
_CONTINUATION_INDENT = 16  # a continuation line is indented well into the gloss column, not a paragraph's indent
_ROWS_AT_LEAST = 3
_OPENERS, _CLOSERS = "(（[［【", ")）]］】"


def _open_bracket(gloss: str) -> bool:
    """Whether ``gloss`` leaves a bracket open (``富豪超級奧林比安巴士(Volvo``)."""
    return sum(gloss.count(c) for c in _OPENERS) > sum(gloss.count(c) for c in _CLOSERS)


def _row(line: _L) -> re.Match[str] | None:
    if line.blank or line.indent:
        return None
    row = _ROW.match(line.raw)
    if row is None or _COLUMN_GAP.search(row.group("gloss")) or _NAMES.fullmatch(row.group("gloss")):
        return None
    term, gloss = row.group("term"), row.group("gloss")
    if _TIME_TERM.fullmatch(term) or _PART_TERM.fullmatch(term) or _POSTS.fullmatch(gloss):
        return None  # a schedule's, a table of contents' or a roster's row
    if _VALUE.match(gloss) or _ADDRESS.search(gloss):
        return None  # a price list's or a directory's row
    return row


def aligned_rows(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``(lines, entry)`` for each space-aligned row of a run of three at least (module docstring), its indented
    continuation lines with it."""
    blocks: list[list[tuple[list[int], Found]]] = []
    run: list[tuple[list[int], Found]] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        row = _row(line) if free[line.index] else None
        if row is None:
            if len(run) >= _ROWS_AT_LEAST:
                blocks.append(run)
            run = []
            n += 1
            continue
        taken = [line.index]
        end = line.start + row.end("gloss")
        m = n + 1
        while m < len(lines) and free[lines[m].index] and not lines[m].blank and lines[m].indent >= _CONTINUATION_INDENT:
            taken.append(lines[m].index)
            end = lines[m].start + len(lines[m].raw.rstrip(_SPACE))
            m += 1
        text_of = "\n".join(lines[k].raw for k in range(n, m))
        definition = text_of[row.start("gloss") : end - line.start]
        found = Found(row.group("term"), definition, text_of[: end - line.start], line.index + 1, line.start, end)
        run.append((taken, found))
        n = m
    if len(run) >= _ROWS_AT_LEAST:
        blocks.append(run)
    out = []
    for block in blocks:
        last_taken, last = block[-1]
        if all(lines[k].blank for k in range(last_taken[-1] + 1, len(lines))) and _open_bracket(last.definition):
            block = block[:-1]  # the page is cut inside the last row
        out.extend(block)
    return out
