"""Pass 2a: entries run into one paragraph (spaces, colons, comma-joined cells, double dashes)."""

from __future__ import annotations

import re
from bisect import bisect_right

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _MARKER, _SPACE, _good_term, _is_furniture, _table_row


# --- pass 2a: entries run into one paragraph ------------------------------------------------

# '…划分。 国民经济行业分类 自2003年…': after a sentence end, spaces, a headword, one space and
# the definition (yearbook text whose line breaks became spaces).
# (or a numbered headword and its parent's, 。 2限电 1紧急限电 遇…, 878)
_RUN_IN_CUT = re.compile(
    r"(?<=[。！？!?])[\s\u3000]+(?=[^\s\u3000，,。；;：:!！?？|]{2,25}[\s\u3000](?:[\u4e00-\u9fff]|\d{1,2}[\u4e00-\u9fff]{2}))"
)
_RUN_IN_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25})[\s\u3000]([\u4e00-\u9fff].*)")
# A piece opening with a note's number and running a list before the space (二、本專刊內容包括…學習環 境、…, 477): an editorial
# note whose print line wrapped at a fixed width, the space inside a word. A numbered heading run into its first sentence on a
# flattened page (二、统计资料的保存管理 统计资料的保存管理,是指…, 19) is still read: its heading names no list.
_NUMBERED_NOTE = re.compile(r"[一二三四五六七八九十]{1,3}、[^、]*、")
# Heading words before the first entry of such a paragraph (主要统计指标解释 行政区划 指…).
_RUN_IN_HEADING = re.compile(r"[^\s\u3000]{0,40}(?:解释|解釋)[\s\u3000]+")
# A headword numbered with a digit glued to it (1计画性工作停电 为…。 2计画性限电 前一日…。, 878, a utility's outage terms flattened
# into one line): the item number is no part of the term. In a piece that is no entry as a whole (the page's furniture or
# the parent heading run in before it: 更新日期:… 电力小词典:相关停电定义说明 1计画性工作停电 为…; 2限电 1紧急限电 遇…), the last
# numbered headword before its definition opens the entry.
_NUMBERED_HEAD = re.compile(r"(?<![^\s\u3000])(?P<number>\d{1,2})(?=[\u4e00-\u9fff])")
_NUMBERED_ENTRY = re.compile(
    r"(?<![^\s\u3000])\d{1,2}(?P<term>[\u4e00-\u9fff][^\s\u3000，,。；;：:!！?？|]{1,24})[\s\u3000](?P<definition>[\u4e00-\u9fff][^\s\u3000]*)$"
)
# What may stand before a numbered headword inside a piece (review 54): the glossary's own heading (电力小词典:相关停电定义说明,
# 名詞解釋, 878) or a parent headword numbered in turn (2限电 1紧急限电 遇…). A plain heading over numbered items (重點工作 1推動數位
# 轉型 完成三十項服務上線。) heads a list of tasks, each item's words after the space what is done, no gloss.
_GLOSSARY_BEFORE = re.compile(r"定义|定義|说明|說明|解释|解釋|词典|詞典|名词|名詞|术语|術語|辞典|辭典|释义|釋義")
_NUMBERED_PARENT = re.compile(r"\d{1,2}[\u4e00-\u9fff][^\s\u3000]{0,24}[\s\u3000]*$")


def _numbered_inside(piece: str, skip: int, at: int) -> bool:
    """Whether a numbered headword found at ``at``, past the piece's start ``skip``, may open an entry (see above)."""
    before = piece[skip:at].strip(_SPACE)
    return not before or bool(_GLOSSARY_BEFORE.search(piece[:at]) or _NUMBERED_PARENT.search(before))


# A flattened table row taken for a definition (平均实际处理日数 工 程 别免外线工程…(灯、力) (灯、力) 架空工程 地下工程 …, 878): cells
# of words set apart by spaces before any comma or stop, which no run-in gloss has.
_CELL_SPACE = re.compile(r"(?<=[\u4e00-\u9fff)）])[\s\u3000]+(?=[\u4e00-\u9fff(（])")
_MOST_CELL_SPACES = 3
# Where a definition's first clause ends.
_FIRST_CLAUSE_END = re.compile(r"[,，。；;]")


def _table_cells(definition: str) -> bool:
    """Whether ``definition`` opens with a flattened table row's cells (more than :data:`_MOST_CELL_SPACES` spaces between
    words before its first comma or stop)."""
    return len(_CELL_SPACE.findall(_FIRST_CLAUSE_END.split(definition, maxsplit=1)[0])) > _MOST_CELL_SPACES


def _run_in(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Headwords and definitions run into one paragraph, separated by spaces: a line counts
    when at least two complete entries (ending a sentence) follow one another in it; an
    entry the line ends inside (cut by the page, or '...') is dropped."""
    out = []
    for line in lines:
        raw = line.raw
        if not free[line.index] or line.blank or "。" not in raw and "！" not in raw or _table_row(raw):
            continue
        cuts = [0] + [m.end() for m in _RUN_IN_CUT.finditer(raw)] + [len(raw)]
        if len(cuts) < 3:
            continue
        entries = []
        for a, b in zip(cuts, cuts[1:]):
            piece = raw[a:b].rstrip(_SPACE)
            skip = len(piece) - len(piece.lstrip(_SPACE))
            while True:  # heading words glued before the first entry
                heading = _RUN_IN_HEADING.match(piece, skip)
                if heading is None:
                    break
                skip = heading.end()
            match = _RUN_IN_ENTRY.fullmatch(piece, skip)
            if match is not None and (_NUMBERED_HEAD.match(piece, skip) or _table_cells(match.group(2))):
                match = None
            numbered = _NUMBERED_ENTRY.search(piece, skip) if match is None else None
            if numbered is not None and not _numbered_inside(piece, skip, numbered.start()):
                numbered = None  # 重點工作 1推動數位轉型 完成…: items of a list of tasks, no glossary (review 54)
            if numbered is not None and _good_term(numbered.group("term")):
                # 3事故停电 偶发性…。; 2限电 1紧急限电 遇…。: the item number glued to the headword left out
                term, definition, term_at = numbered.group("term"), numbered.group("definition"), numbered.start("term")
            elif not match or not _good_term(match.group(1)) or _is_furniture(strip_pinyin(piece)):
                continue
            else:
                term, definition, term_at = match.group(1), match.group(2), match.start(1)
            if _NUMBERED_NOTE.match(term):
                continue  # 三、本專刊內容所提學前教育、…、高等 教育係…: a numbered note wrapped at a fixed width, no headword
            if len(strip_pinyin(definition)) < 8 or not _FINISHED.search(definition):
                continue  # cut by the page
            if _table_cells(definition):
                continue  # 平均实际处理日数 工 程 别免外线工程…架空工程 地下工程 …: a flattened table row, no gloss (878)
            start = line.start + a + term_at
            entries.append(Found(term, definition, piece[term_at:], line.index + 1, start, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


# A database entry whose table cells are joined by commas (…,内黄县,主要统计指标解释,人口数指…。,出生率(又称粗
# 出生率)指…。,…): after the heading cell, each cell that opens with a headword and 指 is an entry.
_CELL_HEADING = re.compile(r"[,，](?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)[,，]")
_CELL_CUT = re.compile(r"(?<=[。！？!?])[,，]")
_CELL_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25}?)((?:是指|系指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])).*)")


# A cell whose headword stands in black lenticular brackets (,【城镇非私营单位】即城镇地区…。,): the definition
# opens right after the brackets, with a verb or without one.
_CELL_BRACKETED = re.compile(r"【([^【】\s\u3000，,。；;：:!！?？|]{2,25})】[\s\u3000]*([\u4e00-\u9fff].*)")


_CELL_BRACKET = re.compile(r"【[^【】\s\u3000，,。；;：:!！?？|]{2,25}】")


# 国土--指中华人民共和国…: a document site's copy joining headword and definition with a double dash.
_DASHED = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？—\-－]{2,25})[\s\u3000]*(?:--|——|－－)[\s\u3000]*(\S.*)$")
# A law's definitions article announcing its items (為適用《…規章》的規定,下列概念應理解為:, 下列用語的含義為:, 下列詞語定義
#如下:) over lettered or numbered items joined by a double dash (a)船長——船舶之船長、駕長、主駕駛或負責人。, 512, a Macao
# decree-law as its law database serves it): the lead-in says each item defines its headword, so no marker is needed after
# the dash, the item's letter is no part of the term and the list's semicolon no part of the definition.
_DEFINITIONS_LEAD = re.compile(
    r"(?:下列|以下)[^。；;:：]{0,12}(?:應理解為|应理解为|定義為|定义为|含義為|含义为|定義如下|定义如下|是指)[\s\u3000]*[:：]$"
)
_LETTERED_DASHED = re.compile(
    r"^[\s\u3000]*(?:[a-z][)）]|[(（](?:[a-z]|\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.．、)）])[\s\u3000]*"
    r"([^\s\u3000，,。；;：:!！?？—\-－]{2,25})[\s\u3000]*(?:——|－－)[\s\u3000]*(\S.*)$"
)


def _announced_items(lines: list[_L], first: int) -> bool:
    """Whether the nearest line above line ``first`` that is not blank announces a law's definitions (下列概念應理解為:)."""
    above = next((line for line in reversed(lines[:first]) if not line.blank), None)
    return above is not None and _DEFINITIONS_LEAD.search(above.clean.rstrip(_SPACE)) is not None


# A lead-in's colon before a series of kinds run into the sentence, each a name, a double dash and its gloss up to the
# semicolon (…對機動車輛設定“二元課稅模式”,即對該類產品設定兩種稅項:機動車輛稅 —— 一次過繳納的稅項,…;行車稅 —— 每年繳交的
# 稅項,…, 636, a Macao Legislative Assembly opinion): the dash items of a law's definitions article (512's a)船長——…) written
# inline. The items the semicolon closes are entries; so is the lead's quoted name glossed by 即 up to its colon.
_SERIES_COLON = re.compile(r"[:：][\s\u3000]*(?=[^\s\u3000，,。；;：:!！?？—\-－“”]{2,12}[\s\u3000]*——)")
_SERIES_ITEM = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:!！?？—\-－“”]{2,12})[\s\u3000]*——[\s\u3000]*(?P<definition>[^；;。:：\n]{4,160})[；;]"
)
_SERIES_NEXT = re.compile(r"[\s\u3000]*[^\s\u3000，,。；;：:!！?？—\-－“”]{2,12}[\s\u3000]*——")
_SERIES_LEAD = re.compile(r"(?P<term>[“「][^“”「」]{2,12}[”」])[,，][\s\u3000]*(?P<definition>(?:即|亦即)[^。！？!?；;:：“”「」]{4,60}[:：])$")


def _inline_dash_series(line: _L) -> list[Found]:
    """The entries of an inline dash series on ``line`` (see ``_SERIES_COLON``): two items at least, the last perhaps cut
    by the page (a name and its dash, no semicolon yet), and the lead's quoted name when 即 glosses it."""
    raw = line.raw
    for colon in _SERIES_COLON.finditer(raw):
        items, at = [], colon.end()
        while (item := _SERIES_ITEM.match(raw, at)) is not None and _good_term(item.group("term")):
            items.append(item)
            at = item.end()
        if not items or len(items) < 2 and not _SERIES_NEXT.match(raw, at):
            continue  # (one name and its dash after a colon is an apposition, no series)
        out = []
        lead = _SERIES_LEAD.search(raw, 0, colon.end())
        if lead is not None:
            out.append(Found(lead.group("term"), lead.group("definition"), lead.group(), line.index + 1, line.start + lead.start(), line.start + lead.end()))
        for item in items:
            term, definition = item.group("term"), item.group("definition").rstrip(_SPACE)
            out.append(Found(term, definition, raw[item.start("term") : item.end("definition")], line.index + 1, line.start + item.start("term"), line.start + item.end("definition")))
        return out
    return []


def _dashed(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X--指…`` lines, at least two whose definition opens with a marker (指, 是指 …) within
    its first words (``土地资源--土地指…`` restates the headword first); a heading such as
    ``主要统计指标解释--行政区划和自然资源`` defines nothing and is none. Under a law's lead-in announcing its definitions
    (``下列概念應理解為:``), a run of lettered items ``a)X——…`` is read without a marker."""
    out = []
    announced = False  # inside a run of lettered items under a definitions lead-in
    for line in lines:
        if line.blank or not free[line.index]:
            announced = announced and line.blank  # (a blank line between the items keeps the run)
            continue
        lettered = _LETTERED_DASHED.match(line.raw)
        announced = lettered is not None and (announced or _announced_items(lines, line.index))
        match = lettered if announced else _DASHED.match(line.raw)
        if not match:
            out.extend((line.index, entry) for entry in _inline_dash_series(line))  # …兩種稅項:A —— …;B —— …
            continue
        if not _good_term(match.group(1)):
            continue
        definition = match.group(2).rstrip(_SPACE)
        if announced:
            definition = definition.rstrip("；;")  # a)X——…;: the list's separator
        else:
            marker = _MARKER.search(strip_pinyin(definition)[:12])
            if not marker or "。" not in definition and len(definition) < 40:
                continue
        end = line.start + len(line.raw.rstrip(_SPACE)) - (len(match.group(2).rstrip(_SPACE)) - len(definition))
        out.append((line.index, Found(match.group(1), definition, line.raw[match.start(1) : end - line.start], line.index + 1, line.start + match.start(1), end)))
    return out if len(out) >= 2 else []


def _run_in_cells(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Explanations run into one line of comma-joined table cells after a 指标解释 cell: cut after
    each sentence end followed by the cell comma; a piece opening with ``X指…`` or ``【X】…`` and ending a
    sentence is an entry (a piece the line ends inside, or one opening otherwise, is none). Two at least."""
    out = []
    for line in lines:
        raw = line.raw
        heading = _CELL_HEADING.search(raw) if free[line.index] and not line.blank else None
        if heading is None:
            continue
        starts = [heading.end()] + [m.end() for m in _CELL_CUT.finditer(raw, heading.end())]
        bracketed = [m.start() for m in _CELL_BRACKET.finditer(raw, heading.end()) if m.start() == heading.end() or raw[m.start() - 1] in ",，"]
        if len(bracketed) >= 2:  # 【X】 headwords: each explanation runs to the next, over its later cells (…。,注意,…)
            starts = bracketed
        pieces = []  # (start, term, definition offset in the piece, piece)
        for a, b in zip(starts, [*starts[1:], len(raw)]):
            piece = raw[a:b].rstrip(_SPACE + ",，")
            match = _CELL_BRACKETED.fullmatch(piece) or _CELL_ENTRY.fullmatch(piece)
            if match and _good_term(match.group(1)):
                pieces.append((a, match.group(1), match.start(2), piece))
        # The words most definitions open with after 指 (在一定时期内…): a cell opening with a headword and
        # those words starts an entry too (…×,人口自然增长率在一定时期内…: a headword without 指).
        openings: dict[str, int] = {}
        for _, _, at, piece in pieces:
            opening = piece[at:].lstrip("是系係指")[:_OPENING]
            openings[opening] = openings.get(opening, 0) + 1
        shared = {o for o, count in openings.items() if count >= 2 and len(o) == _OPENING}
        split = []
        for a, term, at, piece in pieces:
            begin, scan = 0, at  # the current entry's start in the piece, where to look for the next headword
            while True:
                cut = _cell_headword(piece, scan, shared)
                end = cut[0] if cut else len(piece)
                split.append((a + begin, term, at - begin, piece[begin:end]))
                if cut is None:
                    break
                comma, length = cut
                begin, term = comma + 1, piece[comma + 1 : comma + 1 + length]
                at = scan = comma + 1 + length
        entries = []
        for a, term, at, piece in split:
            definition = piece[at:]
            formula = None if _FINISHED.search(definition) else _CLOSING_FORMULA.search(definition)
            if not _FINISHED.search(definition) and formula is None:
                continue  # cut by the page
            if formula is not None:  # …计算公式为,X=A×B,批发零售和住宿餐饮业,…: the formula cells end the entry
                bar = _FORMULA_BAR.search(definition, formula.start())
                comma = _CELL_COMMA.search(definition, bar.end())
                while comma is not None and _FORMULA_CELL.match(definition, comma.end()):
                    comma = _CELL_COMMA.search(definition, comma.end())  # ,X=A/B×,X=C-D: a second formula
                if comma is not None:
                    definition, piece = definition[: comma.start()], piece[: at + comma.start()]
            entries.append(Found(term, definition, piece, line.index + 1, line.start + a, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


_FORMULA_BAR = re.compile(r"[=＝]")
_FORMULA_CELL = re.compile(r"[^,，]*[=＝]")  # a cell holding a formula
_OPENING = 4  # characters compared at the start of definitions
_CELL_COMMA = re.compile(r"[,，]")
_CELL_WORD = re.compile(r"[^\s\u3000，,。；;：:!！?？|=＝()（）]{2,25}")


def _cell_headword(piece: str, start: int, shared: set[str]) -> tuple[int, int] | None:
    """(offset of the comma, length of the headword) of the first cell in ``piece`` after ``start``
    that opens with a headword (2–25 characters) and one of the ``shared`` definition openings."""
    if not shared:
        return None
    for comma in (m.start() for m in _CELL_COMMA.finditer(piece, start)):
        word = _CELL_WORD.match(piece, comma + 1)
        if word is None:
            continue
        for length in range(2, word.end() - comma):
            after = comma + 1 + length
            if piece[after : after + _OPENING] in shared and _good_term(piece[comma + 1 : after]):
                return comma, length
    return None


# A definition closing with a formula whose fraction bar was lost (…计算公式,死亡率=年死亡人数年平均人数×): complete.
_CLOSING_FORMULA = re.compile(r"[。！？!?][^。！？!?]{0,10}(?:计算公式|計算公式)[^。！？!?]{0,200}[=＝][^。！？!?]{1,200}$")


# '…的总称。 国家所有控股:在公司的…。 …': after a sentence end and spaces, a headword and a
# colon open the next entry of a paragraph whose line breaks became spaces; an entry runs to
# the next such headword (its later sentences included).
_RUN_IN_COLON_CUT = re.compile(r"(?<=[。！？!?])[\s\u3000]+(?=[^\s\u3000，,。；;：:!！?？|]{2,25}[:：])")
# After a glossary label (below), without spaces too where the colon is followed by a definition marker
# (名词解释:财政拨款收入:指…资金。事业收入:指…).
_RUN_IN_MARKED_CUT = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*(?=[^\s\u3000，,。；;：:!！?？|()（）]{2,25}[:：][\s\u3000]*(?:是指|系指|指(?![标標数數导導出])|即))"
)
# A glossary label run into the first entry (名词解释:财政拨款收入:指…).
_RUN_IN_COLON_LABEL = re.compile(r"[\s\u3000]*(?:名词解释|名詞解釋|(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)|注释|注釋)[\s\u3000]*[:：][\s\u3000]*")
_RUN_IN_COLON_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25})[:：][\s\u3000]*(\S.*)")
# Heading words before the first entry (附注 1.指标解释 X:…): short tokens, each ending in a
# space, the last one a heading (…解释, 附注, 注释, 说明).
_RUN_IN_COLON_HEAD = re.compile(r"(?:[^\s\u3000]{1,12}[\s\u3000]+){0,3}?(?=[^\s\u3000]{2,25}[:：])")
# A verbless gloss (a noun phrase, no clause of its own) closed by its examples (度器:測量長度的工具,如捲尺、計程車計費表等。,
# 545, a weights-and-measures card): the examples after the comma are no part of the gloss, as a 例如 sentence after a
# gloss is none (526). Only in a run-in colon item whose gloss is that one phrase: a gloss with a clause keeps its 如.
_VERBLESS_THEN_EXAMPLES = re.compile(r"(?P<gloss>[^,，。；;:：如]{3,20}(?:的|之)[^,，。；;:：如]{1,8})[,，](?:如|例如|比如)[^。；;]{2,60}等[。]")


def _run_in_colon(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X:…`` entries run into one paragraph: a line counts when at least two entries follow
    one another in it, each after a sentence end and spaces; words before the first entry count
    only as a heading (their last word ends in 解释, 注 or 说明). After a glossary label run into the
    line (名词解释:X:指…), an entry whose colon is followed by a definition marker opens without spaces
    too."""
    out = []
    for line in lines:
        raw = line.raw
        if not free[line.index] or line.blank or _table_row(raw) or "。" not in raw:
            continue
        labelled = _RUN_IN_COLON_LABEL.match(raw)
        cut_at = _RUN_IN_MARKED_CUT if labelled else _RUN_IN_COLON_CUT
        cuts = [m.end() for m in cut_at.finditer(raw)]
        if not cuts:
            continue
        first = raw[: cuts[0]]
        head = _RUN_IN_COLON_HEAD.match(first, len(first) - len(first.lstrip(_SPACE)))
        words = first[head.start() : head.end()].split() if head else []
        if labelled is not None and labelled.end() < len(first):
            starts = [labelled.end(), *cuts]  # 名词解释:财政拨款收入:指…。事业收入:指…
        elif head is None or words and not re.search(r"(?:解释|解釋|注|註|说明|說明)$", words[-1]):
            starts = cuts
        else:
            starts = [head.end(), *cuts]
        entries = []
        for a, b in zip(starts, [*starts[1:], len(raw)]):
            piece = raw[a:b].rstrip(_SPACE)
            match = _RUN_IN_COLON_ENTRY.fullmatch(piece)
            if not match or not _good_term(match.group(1)) or _is_furniture(strip_pinyin(piece)):
                continue
            definition = match.group(2)
            if len(strip_pinyin(definition)) < 8 or not "\u4e00" <= definition[0] <= "\u9fff":
                continue
            examples = _VERBLESS_THEN_EXAMPLES.fullmatch(definition)
            if examples is not None and not _MARKER.match(definition):  # 度器:測量長度的工具,如捲尺…等。: the tool, not its instances
                definition = examples.group("gloss")
                piece = piece[: len(piece) - len(match.group(2)) + len(definition)]
            entries.append(Found(match.group(1), definition, piece, line.index + 1, line.start + a, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


# '…有调整。101 组织机构代码 指根据…。102 单位详细名称 指…': census or survey forms explain their items
# run in one after another, each opening with its three-digit item code, a space, the headword and a
# space. The code opens a line or follows a sentence end; a code ending a line may have its headword on
# the next line, after the chunk number of a document site (…免填。103 / 3、行业类别 指…).
_ITEM_CODE = re.compile(
    r"(?:(?<=[。！？!?])|^)[ \u3000]*(?P<code>\d{3})"
    r"(?:[ \u3000]+|[ \u3000]*\n(?:[ \u3000]*\d{1,3}、)?[ \u3000]*)"
    r"(?P<term>[^\s\u3000，,。；;：:!！?？|、()（）“”]{2,25}?)[ \u3000]+(?=[\u4e00-\u9fff])",
    re.MULTILINE,
)
_CODED_MIN = 2  # item-coded entries on a page, at least that many opening with a marker (指, 是指 …)


def _coded(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Item-coded explanations (``101 组织机构代码 指…``): each runs from its headword to the next
    item code, over line breaks (a document site's chunk number inside it is kept, the line break
    dropped); the code is no part of the term. The last one runs to the end of its paragraph. An
    explanation that ends no sentence is cut by the page (dropped), and the page counts only with
    two entries opening with a definition marker."""
    text = "\n".join(line.raw for line in lines)
    line_starts = [line.start for line in lines]
    opened = [m for m in _ITEM_CODE.finditer(text) if free[_line_at(line_starts, m.start("code"))]]
    if len(opened) < _CODED_MIN:
        return []
    out: list[tuple[list[int], Found]] = []
    marked = 0
    for n, match in enumerate(opened):
        if n + 1 < len(opened):
            end = opened[n + 1].start("code")
        else:
            blank = re.search(r"\n[ \u3000\t]*\n", text[match.end() :])
            end = match.end() + blank.start() if blank else len(text)
        definition = text[match.end() : end].rstrip(_SPACE + "\n")
        term = match.group("term")
        if not _good_term(term) or not _FINISHED.search(definition):
            continue
        if _MARKER.match(strip_pinyin(definition)):
            marked += 1
        first, last = _line_at(line_starts, match.start("term")), _line_at(line_starts, match.end() + len(definition))
        quote = text[match.start("term") : match.end() + len(definition)].replace("\n", "")
        entry = Found(term, definition.replace("\n", ""), quote, first + 1, match.start("term"), match.end() + len(definition))
        out.append((list(range(first, last + 1)), entry))
    if marked < _CODED_MIN:
        return []
    for k in range(_line_at(line_starts, opened[0].start("code")), _line_at(line_starts, opened[-1].end()) + 1):
        free[k] = False  # the run's lines, an explanation cut by the page included, are read
    return out


def _line_at(line_starts: list[int], offset: int) -> int:
    """The index of the line holding ``offset``."""
    return bisect_right(line_starts, offset) - 1


# OCR text whose punctuation became the ASCII marks ! " # $ % & ' (a PDF whose font maps its glyphs in
# order: 农!林!牧!渔业 …总量"它反映…成果#从!""#年开始…): a paragraph holding no Chinese punctuation and at
# least _GARBLED_MIN such marks between Chinese characters. Its explanations run in one after another,
# ``X指…``, each headword after a mark (or at the paragraph's start, after a document site's chunk number
# and a glossary heading glued before it: 1、主要统计指标解释农林牧渔业总产值指…).
_GARBLE = "!\"#$%&'"
_GARBLED_CLASS = re.escape(_GARBLE)
_GARBLED_MARK = re.compile(rf"(?<=[\u4e00-\u9fff])[{_GARBLED_CLASS}](?=[\u4e00-\u9fff{_GARBLED_CLASS}])")
_GARBLED_MIN = 8
_GARBLED_HEAD = re.compile(
    rf"(?:(?<=[{_GARBLED_CLASS}])|^[ \u3000]*(?:\d{{1,3}}、)?[ \u3000]*(?:(?:主要)?(?:统计|統計)?(?:指标|指標|名词|名詞)(?:解释|解釋))?)"
    r"(?P<term>[\u4e00-\u9fff]{2,12}?)(?=指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))",
    re.MULTILINE,
)
# Real punctuation, Chinese or half-width between Chinese characters (…规划,是…): no garbled copy.
_PUNCTUATED = re.compile(r"[，。、；：]|[\u4e00-\u9fff][,.;:][\u4e00-\u9fff]")
_GARBLED_END = re.compile(r"[#$。！？!?][”’」』)）]*$")


def _garbled_run_in(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Explanations run in through OCR text with garbled punctuation (see :data:`_GARBLE`): an entry runs
    from its headword over line breaks (a chunk number kept, the break dropped; blank lines before a
    chunk number are no paragraph end, in a paragraph opening with one) to the next headword,
    the mark before it included; the last one runs to the paragraph's end and counts only when it ends
    in a mark standing for a sentence end (``#``, ``$``), else the page cut it. Two entries at least."""
    out: list[tuple[list[int], Found]] = []
    k = 0
    while k < len(lines):
        if lines[k].blank or not free[k]:
            k += 1
            continue
        first = k
        chunked = bool(_CHUNK.match(lines[first].raw))  # a document site's chunks 1、 2、 … go on over blank lines
        while k < len(lines) and free[k] and (not lines[k].blank or chunked and _chunk_follows(lines, k)):
            k += 1
        paragraph = "\n".join(line.raw for line in lines[first:k])
        if _PUNCTUATED.search(re.sub(r"(?m)^[ \u3000]*\d{1,3}、", "", paragraph)) or len(_GARBLED_MARK.findall(paragraph)) < _GARBLED_MIN:
            continue
        heads = list(_GARBLED_HEAD.finditer(paragraph))
        breaks = [m.start() for m in re.finditer("\n", paragraph)]
        entries = []
        for n, head in enumerate(heads):
            end = heads[n + 1].start("term") if n + 1 < len(heads) else len(paragraph.rstrip(_SPACE + "\n"))
            definition = paragraph[head.end() : end]
            if not _good_term(head.group("term")) or n + 1 == len(heads) and not _GARBLED_END.search(definition):
                continue
            start = lines[first].start + head.start("term")
            taken = [first + bisect_right(breaks, i - 1) for i in (head.start("term"), end - 1)]
            entry = Found(head.group("term"), definition.replace("\n", ""), paragraph[head.start("term") : end].replace("\n", ""), taken[0] + 1, start, lines[first].start + end)
            entries.append((list(range(taken[0], taken[1] + 1)), entry))
        if len(entries) >= 2:
            out.extend(entries)
            for j in range(first, k):
                free[j] = False
    return out


_CHUNK = re.compile(r"^[ \u3000]*\d{1,3}、")


def _chunk_follows(lines: list[_L], k: int) -> bool:
    """Blank lines from ``k`` on are followed by a document site's chunk number (``2、…``): the text
    goes on across them."""
    j = k
    while j < len(lines) and lines[j].blank and j - k < 3:
        j += 1
    return j < len(lines) and not lines[j].blank and bool(_CHUNK.match(lines[j].raw))
