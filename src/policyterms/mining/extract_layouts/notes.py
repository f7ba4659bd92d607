"""Pass 1: units (notes, paragraphs), colon entries, spaced notes and point sections."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from policyterms.glossary.numerals import parse_chinese_number
from policyterms.text.fold import strip_pinyin
from policyterms.mining.appendix import run_in_cuts
from policyterms.mining.extract_layouts.cited_rules import cited_law_end, cites_rule
from policyterms.mining.extract_layouts.false_glosses import aspect_heading, ranking_restatement
from policyterms.mining.extract_layouts.wrapped_lines import FIXED_NEAR, as_wide_as_wrapped_lines
from policyterms.mining.extract_layouts.common import (
    DEFINING_MARKER,
    MEANING_LABEL,
    EDITOR_CREDIT,
    CLOSING_EXAMPLES,
    Found,
    _CLOSE_CLASS,
    _INLINE_NOTE,
    _L,
    _NOTE_NUMBER,
    _SENTENCE_END,
    _SPACE,
    _defined_label,
    one_character_word,
    _good_term,
    _is_furniture,
    _table_row,
)

# A line or a text ending a sentence: its stop and any closing marks after it.
_CLOSES_SENTENCE = re.compile(rf"[{_SENTENCE_END}][{_CLOSE_CLASS}]*$")


# --- pass 1 and 3: units (notes, paragraphs) --------------------------------------------------


@dataclass
class _Unit:
    start: int  # offset in the text
    text: str  # as written, continuation lines joined without their breaks
    line: int
    numbered: bool
    lines: list[int]
    joins: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, offset in the document) of each joined line
    parts: list[str] = field(default_factory=list)  # joined lines, while the unit is being read
    opens_list: bool = False  # its first line holds 其中 (a list whose items may follow as paragraphs)
    level: bool = False  # a one-character level of a classification's items (類:指… / 綱:指… / 目:指…)
    noted: bool = False  # on a line opening with a note label (注:1.…), a table's note

    def join(self, index: int, at: int, text: str) -> None:
        if not self.parts:
            self.parts.append(self.text)
        self.joins.append((self.length, at))
        self.parts.append(text)
        self.length += len(text)
        self.lines.append(index)

    def __post_init__(self) -> None:
        self.length = len(self.text)

    def close(self) -> None:
        if self.parts:
            self.text, self.parts = "".join(self.parts), []

    def at(self, offset: int) -> int:
        """The document offset of ``offset`` in ``text`` (joined line breaks skipped)."""
        k = bisect_right(self.joins, (offset, float("inf")))
        if k == 0:
            return self.start + offset
        in_text, in_document = self.joins[k - 1]
        return in_document + offset - in_text


# A paragraph opening as a remark on the whole list (需要注意的是,机关运行经费的使用应符合…): it closes the list,
# it does not go on the last note however it is indented.
_CLOSING_REMARK = re.compile(r"(?:需要注意的是|值得注意的是|需要指出的是|需要說明的是|需要说明的是|总之|總之|总的来说|總的來說|综上所述|綜上所述)[,，:：]")


# A line opening with a note label (注:1.旅游饭店为…, 431 and 694's tables): the items cut from it are a table's notes.
_NOTE_LABEL_LINE = re.compile(r"[\s\u3000]*(?:注|註|附注|附註)[\s\u3000]*[:：]")


# A line opening with a bracketed label of a study note's aside (【提示1】“中国境内”是指…, 【注意】, 【总结】, 【例】…, P3139, an
# accountancy school's forum note under its numbered items): the label sets the line off as a remark of its own, however it
# is indented; it does not go on the item above (居民个人:… ends with its line, the tip under it glosses its own word).
_BRACKETED_ASIDE_LINE = re.compile(
    r"[\s\u3000]*【[\s\u3000]*(?:提示|注意|注|总结|總結|小结|小結|例|举例|舉例|说明|說明|解析|点评|點評|要点|要點|归纳|歸納|链接|鏈接|拓展)"
    r"[\s\u3000]*[\d一二三四五六七八九十]{0,2}[\s\u3000]*】"
)


def _units(lines: list[_L], free: list[bool]) -> list[_Unit]:
    """Paragraph lines split into numbered notes; unnumbered lines indented like the note
    before them continue it (a note written over several paragraphs)."""
    units: list[_Unit] = []
    last_note: _Unit | None = None
    note_indent = -1
    for line in lines:
        if not free[line.index] or line.blank:
            continue
        if _is_furniture(line.clean):
            last_note = None
            continue
        pieces = [m.start() for m in _INLINE_NOTE.finditer(line.raw)] if "、" in line.raw or "[" in line.raw or "是指" in line.raw or "系指" in line.raw else []
        bracketed = [p for p in pieces if line.raw.startswith("[", p)]
        if len(bracketed) == 1 and not _NOTE_NUMBER.match(line.raw):
            pieces.remove(bracketed[0])  # …的過程”。[1]基層黨組織是…: one citation mark in running prose, no run of notes
        pieces = sorted({*pieces, *run_in_cuts(line.raw), *_circled_items_cuts(line.raw), *spaced_numeral_cuts(line.raw), *run_in_notes_cuts(line.raw)})  # 1.X:…。2.Y:…。 / 名词解释:1.X:…
        cuts = [0] + [p for p in pieces if p > 0] + [len(line.raw)]
        aside = _BRACKETED_ASIDE_LINE.match(line.raw)
        if aside is not None and len(cuts) == 2:
            cuts[0] = aside.end()  # 【提示2】住所:指…: the label is the note's furniture, the line's own headword follows it
        numbered_line = bool(_NOTE_NUMBER.match(line.raw))
        if not numbered_line and last_note is not None and len(cuts) == 2 and not _CLOSING_REMARK.match(line.raw.strip(_SPACE)) and not _BRACKETED_ASIDE_LINE.match(line.raw) and not cites_rule(lines[last_note.lines[-1]].raw, line.raw) and (
            line.indent == note_indent and note_indent > 0 and not _next_spaced_entry(lines, last_note, line)
            or _wrapped(lines, last_note, line) or _list_goes_on(lines, last_note, line) or _dash_lead_goes_on(lines, last_note, line)
        ):
            last_note.join(line.index, line.start + line.indent, line.raw.strip(_SPACE))
            continue
        last_note = None
        for a, b in zip(cuts, cuts[1:]):
            piece = line.raw[a:b]
            number = _NOTE_NUMBER.match(piece)
            unit = _Unit(line.start + a, piece, line.index + 1, bool(number), [line.index], opens_list="其中" in piece, noted=a > 0 and _NOTE_LABEL_LINE.match(line.raw) is not None)
            units.append(unit)
            if number and not _bare_heading(piece):
                last_note, note_indent = unit, line.indent
            elif not number and len(cuts) == 2 and _COLON_DEFINITION.match(piece.strip(_SPACE)):
                last_note, note_indent = unit, -1  # X:是指…, wrapped by a PDF line break like a note
            elif not number and len(cuts) == 2 and _DASH_LEAD.search(piece.rstrip(_SPACE)):
                last_note, note_indent = unit, -1  # “A”“B”分別指的是—— / …;: the definition on the lines below
            elif not number and len(cuts) == 2 and _statute_definition_line(piece.strip(_SPACE)):
                last_note, note_indent = unit, -1  # 本办法所称X,是指…监督管 / 理部门…: a law's definition the PDF wrapped (1035)
    for unit in units:
        unit.close()
    return units


# An article's later paragraph defining the law's word, unnumbered (第三条 本办法所称企业,是指…。 / 本办法所称企业信用风险分类监管,
# 是指全市各级市场监督管 / 理部门在依法归集…, 1035, a city bureau's measures printed to PDF; 前款所称X,是指…; 本條例所稱X,係指…): the
# article's number stands on its first paragraph only, yet the PDF wraps the second as it does the first, so a line opening
# with the law's lead-in and glossing its word with a strong marker goes on over the lines that finish its sentence, as a
# numbered note does. (A web page's one-line paragraph ends with its stop and joins nothing.)
_STATUTE_GLOSS = re.compile(r"[^。；;:：]{2,30}?[,，]?[\s\u3000]*(?:是指|系指|係指|指(?![出导導挥揮标標示明定]))")


def _statute_definition_line(text: str) -> bool:
    """Whether ``text`` (an unnumbered line) opens with a law's lead-in naming its word and glosses it with a strong marker.

    >>> _statute_definition_line("本办法所称企业信用风险分类监管,是指全市各级市场监督管"), _statute_definition_line("前款所称主要建筑物是指")
    (True, True)
    >>> _statute_definition_line("全市各级市场监督管理部门对企业信用风险进行分"), _statute_definition_line("本办法自发布之日起施行,有效期")
    (False, False)
    """
    lead = STATUTE_LEAD_IN.match(text)
    return lead is not None and "所" in lead.group() and _STATUTE_GLOSS.match(text, lead.end()) is not None


# A definitions article's items numbered by a bare Chinese numeral and a space, run into the article's line (a law database's
# flattened copy: ``第 3 條本條例用辭定義如下: 一 農業:指…。 二 農產品:指…。 … 十一 耕地:指…。``, 460): each numeral, after the
# colon closing the lead-in or a sentence end, stands before a ``X:`` headword. The print view of another law database keeps
# the numeral's 、 (``第 7 條本法用語定義如左: 一、主要計畫:係指…。 二、細部計畫:…``, 455), and a headword may carry the
# article's short form in brackets (``二、身心失能者(以下稱失能者):指…。``, 483).
_SPACED_NUMERAL = re.compile(
    r"(?<=[:：。；;])[\s\u3000]+(?P<number>[一二三四五六七八九十]{1,3})(?:[\s\u3000]+|、[\s\u3000]*)"
    r"(?=[^\s\u3000:：。，,；;、()（）]{2,12}(?:[(（][^()（）:：。]{1,12}[)）])?[:：])"
)
# Three items in order at least: a lone numeral before a colon is a count in prose (…。 三 大類:…), not a list.
_SPACED_NUMERAL_MIN = 3


def spaced_numeral_cuts(raw: str) -> list[int]:
    """Where the items of a definitions article numbered ``一 X:…`` run into its line (see :data:`_SPACED_NUMERAL`), from
    一 on and in order: the numeral starts each item (a note number of its own, ``_NOTE_NUMBER``), none unless three follow
    in turn, or two right after a lead-in announcing them (``…區分如左:``, 462); and where a paragraph opening with 前項 or
    前條 after the last item starts (the article's next paragraph, no part of the item).

    >>> spaced_numeral_cuts("本條例用辭定義如下: 一 農業:指甲。 二 農產品:指乙。 三 農民:指丙。")
    [11, 20, 30]
    >>> spaced_numeral_cuts("本條例用辭定義如下: 一 農業:指甲。 三 農民:指丙。 二 農產品:指乙。")
    []
    >>> spaced_numeral_cuts("本法用詞,定義如下: 一、長照(以下稱甲):指甲。 二、失能者:指乙。 三、照顧者:指丙。")
    [11, 26, 36]
    >>> spaced_numeral_cuts("戶之區分如左: 一、甲戶:凡甲均屬之。 二、乙戶:凡乙均屬之。 前項所列之戶內,…。")
    [8, 20, 32]
    """
    if "一" not in raw or "二" not in raw:
        return []  # (two items in turn at least need both numerals: most lines are passed over here)
    cuts, expected, numerals = [], 1, 0
    for match in _SPACED_NUMERAL.finditer(raw):
        numerals += 1
        if parse_chinese_number(match.group("number")) == expected:
            cuts.append(match.start("number"))
            expected += 1
    # (戶之區分如左: 一、共同生活戶:… 二、共同事業戶:…: a lead-in announcing the items makes two a list, when no other numbered
    # item stands on the line out of turn)
    pair = len(cuts) == numerals == _SPACED_NUMERAL_MIN - 1 and _LIST_LEAD_IN.search(raw, 0, cuts[0]) is not None
    # (nor when an item tells its addressee what to do: 規定如下: 一、各機關:應指定專人負責。 二、各學校:應配合辦理。, review 48)
    pair = pair and not any(_INSTRUCTED_ITEM.match(raw, at) for at in cuts)
    if len(cuts) < _SPACED_NUMERAL_MIN and not pair:
        return []
    after = _NEXT_PARAGRAPH.search(raw, cuts[-1])
    return cuts + [after.end()] if after is not None else cuts  # …均屬之。 前項所列之戶內,…: the article's next paragraph


# A table's notes run into one line (a flattened table: ``… 備註 一、一定金額訂定為…。 二、…。 … 六、主管機關指總統府…。 七、…``,
# 785, an Executive Yuan amount table posted by a university): each numeral with its 、, after a sentence end and a space, numbers
# a note of its own whatever it says (a rule or a gloss), as the same notes one a line would be. The run must start with 一、 and
# go on in turn at least to 三、 after sentence ends: a lone 二、 after a stop is an enumeration inside prose, not a list.
_RUN_IN_NOTE = re.compile(r"(?<=[。；;])[\s\u3000]+(?P<number>[一二三四五六七八九十]{1,3})、")
_RUN_IN_FIRST = re.compile(r"(?:^|(?<=[\s\u3000:：。；;]))(?P<number>一)、")
_RUN_IN_NOTES_MIN = 3


def run_in_notes_cuts(raw: str) -> list[int]:
    """Where a table's notes numbered ``一、…。 二、…。`` run into one line (see :data:`_RUN_IN_NOTE`): at 一、 and at each
    numeral after a sentence end in turn; none unless three follow in turn.

    >>> run_in_notes_cuts("備註 一、甲為乙。 二、丙為丁。 三、戊指己。")
    [3, 10, 17]
    >>> run_in_notes_cuts("備註 一、甲為乙。 三、丙為丁。 二、戊指己。")
    []
    >>> run_in_notes_cuts("分為兩類:一、甲;二、乙。")
    []
    """
    if "一、" not in raw or "三、" not in raw:
        return []
    first = _RUN_IN_FIRST.search(raw)
    if first is None:
        return []
    cuts, expected = [first.start("number")], 2
    for match in _RUN_IN_NOTE.finditer(raw, first.end()):
        if parse_chinese_number(match.group("number")) != expected:
            break
        cuts.append(match.start("number"))
        expected += 1
    return cuts if len(cuts) >= _RUN_IN_NOTES_MIN else []


# The article's next paragraph run in after its last item (…均屬之。 前項所列之戶內,有…者,應…): a law's paragraph opening
# with 前項 or 前條 points back to the one before it, so it opens a paragraph of its own, no part of the last item's gloss.
_NEXT_PARAGRAPH = re.compile(r"(?<=[。；;])[\s\u3000]+(?=前(?:[一二三四五六七八九十]{1,2})?[項项條条款])")
# A lead-in announcing the items right before the first numeral (…區分如左:, …定義如下:): two items after it are a list.
_INSTRUCTED_ITEM = re.compile(r"[^:：]{1,16}[:：][\s\u3000]*(?:應|应|須|须|要|請|请|不得|得|必須|必须)")
_LIST_LEAD_IN = re.compile(r"(?:如下|如左|如次)[\s\u3000]*[:：][\s\u3000]*$")


# Circled items run into the line of their lead-in ((1)国有资产收益收入。具体包括:①上缴利润收入,即…;②…,即…;③…): the first
# right after the lead-in's colon, each next one, in order, after a ``;`` or a sentence end.
# (a lead-in announcing items, not a colon entry whose definition lists criteria: X:…标准:①批发业:…;②零售业:…)
_CIRCLED_LEAD_IN = re.compile(r"(?:包括|包含|如下|分为|分為|以下[^:：，,。]{0,8})[:：][\s\u3000]*(?=①)")
_CIRCLED_NEXT = re.compile(r"(?<=[。；;])[\s\u3000]*(?P<at>[②-⑳])")


def _circled_items_cuts(raw: str) -> list[int]:
    """Where the circled items run into a lead-in's line start (none unless two follow the colon).

    >>> _circled_items_cuts("(1)X。具体包括:①A,即甲;乙;②B,即丙;③C,包括丁。")
    [10, 18, 24]
    >>> _circled_items_cuts("注:①仅一项。"), _circled_items_cuts("X:…标准:①批发业:…;②零售业:…。")
    ([], [])
    """
    if "①" not in raw:
        return []
    lead = _CIRCLED_LEAD_IN.search(raw)
    if lead is None:
        return []
    cuts, number = [lead.end()], ord("①")
    for match in _CIRCLED_NEXT.finditer(raw, lead.end()):
        if ord(match.group("at")) == number + 1:
            cuts.append(match.start("at"))
            number += 1
    return cuts if len(cuts) > 1 else []


# A yearbook's spaced entry (财政支出 国家财政将…): a headword, spaces, then the definition.
_SPACED_ENTRY = re.compile(r"[\s\u3000]*([^\s\u3000，,。；;：:!！?？|()（）]{2,16})[\s\u3000]+[\u4e00-\u9fff]")


def _next_spaced_entry(lines: list[_L], note: _Unit, line: _L) -> bool:
    """After a numbered sub-item ending its sentence ((4)国有企业计划亏损补贴 这项为负收入,…。), a line
    indented alike that opens with a headword and spaces (财政支出 国家财政将…) is the next entry of the
    list, not the note's next paragraph."""
    previous = lines[note.lines[-1]].clean.rstrip(_SPACE)
    spaced = _SPACED_ENTRY.match(line.clean)
    return bool(_CLOSES_SENTENCE.search(previous)) and spaced is not None and _good_term(spaced.group(1))


# A numbered line that is only a heading (1、指标涵义, 3.主要统计指标解释, 2.统计范围): the
# lines after it are what it announces, not its continuation.
_HEADING_NOTE = re.compile(r"[^，,。；;：:!！?？|]{1,20}")


def _bare_heading(piece: str) -> bool:
    body, _ = _strip_number(piece)
    return bool(_HEADING_NOTE.fullmatch(strip_pinyin(body).strip(_SPACE)))


# A PDF line break: a note line of some length that ends inside a sentence goes on, without a
# blank line, on the next line (1.一般公共预算拨款:是指本级财政当年拨付的预算资金, / 包含…).
_WRAP_MIN = 15


_OPEN_GAP = 2  # blank lines at most inside a note the PDF wrapped


def _without_cell_marks(text: str) -> str:
    """A line of a flattened table's notes without the empty cells padding it (三、指标解释: | |||||, 182; the
    same notes with a bare ``||||`` line between, 22; a note ending ``…。 | ||||``, 178): where the line ends is
    judged by what stands before them.

    >>> _without_cell_marks("三、指标解释: | |||||")
    '三、指标解释:'
    """
    return text.strip(_SPACE).rstrip(_SPACE + "|｜")


# (a note naming its parts after a strong marker: the list ends its line, 3區指的是京津冀區、黃河流域區、粵港澳大灣區)
_LIST_MARKER = re.compile(r"指的是|是指|分别是|分別是|分别指|分別指")


# A short line ending in the words of a question, its question mark left off (我国战略产业包含哪些, P1963, a forum page's
# section title between its colon lines): a heading asking what comes next, never the rest of a line above cut by the page.
_QUESTION_HEADING = re.compile(r"[^,，。；;:：!！?？]{2,24}(?:哪些|哪几[个個种種类類项項]|什么|什麼|吗|嗎|呢|如何|怎么样|怎麼樣|怎样|怎樣|为什么|為什麼)")


def _in_fixed_width_block(lines: list[_L], index: int) -> bool:
    """:func:`.wrapped_lines.as_wide_as_wrapped_lines` over the window of lines it looks at (a bounded look)."""
    low = max(0, index - FIXED_NEAR)
    return as_wide_as_wrapped_lines([ln.clean for ln in lines[low : index + FIXED_NEAR + 2]], index - low)


# A line closing the item it goes on: its last character a full stop or a semicolon (圍成之土地。).
_ITEM_CLOSED = re.compile(r"[。；;][\s\u3000]*$")


def _wrapped(lines: list[_L], note: _Unit, line: _L) -> bool:
    if _QUESTION_HEADING.fullmatch(line.clean.strip(_SPACE)):
        return False
    previous = lines[note.lines[-1]]
    k, blanks = previous.index + 1, 0
    while k < line.index and (lines[k].page or lines[k].blank and blanks < _OPEN_GAP):
        blanks += not lines[k].page  # (a PDF's page number between the two lines is no break)
        k += 1
    if k != line.index:
        return False
    if _table_row(line.raw) or _table_row(previous.raw):
        return False
    tail = _without_cell_marks(previous.clean)  # (the last joined line, not the whole note)
    if len(tail) < _WRAP_MIN or re.search(rf"[{_SENTENCE_END}；;:：][{_CLOSE_CLASS}]*$", tail) or CLOSING_EXAMPLES.search(tail):
        return False  # (…之場所,例如咖啡室、冰室及茶館等 / 申請資格: a gloss closed by its examples, 593)
    if _COLON_DEFINITION.match(lines[note.lines[0]].clean.strip(_SPACE)) and (sibling := _SIBLING_COLON_LINE.match(line.clean.strip(_SPACE))) and _good_term(sibling.group(1)):
        return False  # 第三類管制區:指…的地區 / 第四類管制區:指…。: a stopless gloss, then the next headword's colon line (699)
    opens_mid_sentence = _OPENS_MID_SENTENCE.match(line.clean.strip(_SPACE)) is not None
    if len(note.lines) == 1 and section_subtitle(tail) and not opens_mid_sentence and not (
        _in_fixed_width_block(lines, previous.index) and _ITEM_CLOSED.search(line.clean)
    ):
        # (三、街廓:都市計畫範圍內…分區界線 / 圍成之土地。, 756: a law database's item cut at the block's width, as wide as the
        # wrapped lines around it, is no heading — when the next line closes the item; a report's numbered heading as wide as
        # its block, over a paragraph going on past the line (一、着力扩大有效需求:推动… / 全年社会消费品零售总额增长…,), is
        # one, review 51)
        # (nor is an item whose next line opens with the comma a fixed-width wrap put there: no paragraph opens with one,
        # (二)動物傳染病之疫區與非疫區:按其…之動物傳染病 / ,且依…規定,經中央主管機關公告 / 之國家(地區)。, 801)
        return False  # 一、历史倒逼的战略抉择:从“救企业”到“活体系” / its paragraph: a heading, no line the PDF wrapped
    if len(note.lines) == 1 and len(_without_cell_marks(line.clean)) > 2 * len(tail) + 10 and _LIST_MARKER.search(tail):
        # a line the page's width cut is as long as the lines after it: a short note over a much longer paragraph ends
        # with its line (2)3區指的是京津冀區、黃河流域區、粵港澳大灣區 / 國家要求長江經濟帶的各省市要…, P1189)
        return False
    # across blank lines (a PDF copy's blank line inside a sentence) only a line ending the sentence, or one hanging under
    # the item's text (see :func:`_hanging_under`)
    return not blanks or bool(_CLOSES_SENTENCE.search(line.clean.strip(_SPACE))) or _hanging_under(lines, note, line)


def _hanging_under(lines: list[_L], note: _Unit, line: _L) -> bool:
    """Whether ``line`` hangs under a numbered item as the wrapped text of its sentence: indented deeper than the item's
    number, as a law database's print view sets every line an article's item wraps into (``一、北太平洋:指北緯二十度與…西經一百``
    / blank / ``    一十度連線以北,…至北緯十度與西經`` / blank / ``    一百四十度以北之北太平洋海域(附件一)。``, 879; ``三、運搬船:…轉移至己船``
    / blank / ``    ,並搬運至港口之下列船舶:``). A line that goes on the item's sentence there need not end it (the sentence runs over
    three lines), and may end in the lead-in colon of a list below (the colon then closes the item)."""
    first = lines[note.lines[0]]
    return note.numbered and line.indent > first.indent and _GOES_ON_HANGING.match(line.clean.strip(_SPACE)) is not None


# A line opening inside a sentence: the comma or 、 a fixed-width wrap put at its start, then a word (,且依…規定): it goes on
# the line above, whatever that line looks like.
_OPENS_MID_SENTENCE = re.compile(r"[,，、][\u4e00-\u9fff「“]")


# A hanging line's opening: a character of a word, or the comma or 、 a fixed-width print wrap put at its start (,並搬運至…).
_GOES_ON_HANGING = re.compile(r"[\u4e00-\u9fff]|[,，、][\u4e00-\u9fff「“]")


# A line ending in a definition marker and a dash (“兩個屏障”“兩個基地”“一個橋頭堡”分別指的是——): the definition opens on the
# next line and goes on line by line (the items of a ``;`` list, each on a line of its own) to the line ending its sentence.
_DASH_LEAD = re.compile(r"(?:是指|指的是|指|是|即)[\s\u3000]*(?:——|—|--)$")
_DASH_LINES = 6  # lines at most under the lead


def _dash_lead_goes_on(lines: list[_L], note: _Unit, line: _L) -> bool:
    """Whether ``line`` goes on the definition a dash lead opened (see :data:`_DASH_LEAD`): right below the note's last
    line, which has not ended the sentence yet, no table row."""
    if not _DASH_LEAD.search(lines[note.lines[0]].clean.rstrip(_SPACE)) or len(note.lines) > _DASH_LINES:
        return False
    previous = lines[note.lines[-1]]
    if line.index != previous.index + 1 or _table_row(line.raw):
        return False
    return not _CLOSES_SENTENCE.search(previous.clean.rstrip(_SPACE))


def _list_goes_on(lines: list[_L], note: _Unit, line: _L) -> bool:
    """A numbered note that opens a list with 其中 and ends an item with ``;`` goes on over
    the next paragraphs (even after a blank line), each an item ending in ``;`` or a sentence
    end (六、三公经费:指….其中,因公出国(境)费反映…支出; / 公务用车购置及运行费反映…支出;)."""
    if not note.numbered or not note.opens_list or _table_row(line.raw):
        return False
    previous = lines[note.lines[-1]].clean.rstrip(_SPACE)
    text = line.clean.strip(_SPACE)
    return previous[-1:] in ";；" and len(text) >= _WRAP_MIN and text[-1:] in ";；。.！？!?"  # (…支出. ........)


# Indentation a converter turned into question marks ('??? 就业人口,又称…').
_LOST_INDENT = re.compile(r"[\s\u3000]*[?？]+[\s\u3000]+")


# A bullet opening a list item (- 政治意识:坚定…), as markdown and explainer sites write them. A dot bullet may touch its
# item (·L3級:是有條件的自動駕駛…); a dash, star or plus needs its space (-5%, *注). Hong Kong's and Taiwan's sites also set
# a list off with a full-width full stop, a katakana middle dot or a hyphenation point (．L3級:是有條件的自動駕駛…, P2936;
# ・, ‧), before a word (．5 is a decimal): see _ODD_DOT_BULLET.
_BULLET = re.compile(r"^[\s\u3000]*(?:[-*+][\s\u3000]+|[•·▪●][\s\u3000]*|[．・‧･][\s\u3000]*(?=[^\s\u3000\d.．]))(?=[^\s\u3000])")
# Those odd dots mark a programme's fields as readily as terms (．領取對象:凡於…出生…者。 / ．領取額度:每人可領取1200點…。,
# P2725, a Taiwan daily's explainer of a cultural allowance): an item under one is a gloss only when it opens with a defining
# marker (．L4級:是高度的自動駕駛…).
_ODD_DOT_BULLET = re.compile(r"^[\s\u3000]*[．・‧･]")
# (the copula alone opens such a gloss, 是高度的自動駕駛…, beside the strong markers; 是否 asks)
ODD_DOT_GLOSS = re.compile(rf"[\s\u3000]*(?:是(?!否)|{DEFINING_MARKER})")
# An odd-dot item's label and what follows its colon.
_ODD_DOT_ITEM = re.compile(r"^[\s\u3000]*[．・‧･][\s\u3000]*[^\s\u3000:：,，。；;]{1,12}[\s\u3000]*[:：](?P<after>.*)")


def odd_dot_glossary(texts: list[str]) -> bool:
    """Whether a page's odd-dot items are a glossary: three or more of them, and more than half, open their text after the
    colon with a defining marker (．L3級:是有條件的自動駕駛… / ．L4級:是高度的… / ．L5級:是完全的…, P2936, a Hong Kong
    news site's five driving-automation levels). Then the others (．L1級:這是駕駛自動化的入門級別…, ．L2級:也被稱作…) are
    glosses of the same list, written more freely; a programme's fields (．領取對象:凡於…, P2725) open with no marker."""
    items = [m.group("after") for text in texts if (m := _ODD_DOT_ITEM.match(text))]
    glossed = sum(1 for after in items if ODD_DOT_GLOSS.match(after))
    return glossed >= 3 and 2 * glossed > len(items)


# An FAQ's answer number opening the answer's line (答1 碳达峰是指…, under 问1 什么是碳达峰?; A1 …, under Q1): a label.
_ANSWER_NUMBER = re.compile(r"^[\s\u3000]*(?:答|A)[\s\u3000]?\d{1,3}[.．:：]?[\s\u3000]+(?=[^\s\u3000])")


def _strip_number(text: str) -> tuple[str, int]:
    match = _NOTE_NUMBER.match(text) or _LOST_INDENT.match(text) or _BULLET.match(text) or _ANSWER_NUMBER.match(text)
    skip = match.end() if match else len(text) - len(text.lstrip(_SPACE))
    return text[skip:], skip


# A headword ending in a definition verb (常住人口包括:A;B;C。): the colon opens the verb's
# list, the note is read as prose (X包括…), which also reads a 是指 sentence after it.
# (股指:…, 总包含:… keep their colon: 指 needs two characters before it, 含 is no 包含.)
_VERB_BEFORE_COLON = re.compile(r"(?:包括|是指|系指|係指|(?<=[^\s\u3000]{2})指|(?<![包])含)[\s\u3000]*$")


# Section heading words glued before the first headword (主要统计指标解释固定资产投资:…,
# 附注1、指标解释工业增加值增长速度:…, 指標涵義社會消費品零售總額:…).
_GLUED_HEADING = re.compile(
    r"(?:附[注註][\s\u3000]*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][\s\u3000]*)?(?:主要)?(?:统计|統計)?"
    r"(?:指标|指標)(?:解释|解釋|涵义|涵義|含义|含義)[\s\u3000]*"
)


# After a definition's last sentence: a PDF page number (-23-, — 5 —) or a site's ellipsis (........).
_PAGE_TAIL = re.compile(r"(?<=[。.！？!?；;])(?:[\s\u3000]*[-—－]{1,2}[\s\u3000]?\d{1,3}[\s\u3000]?[-—－]{1,2}|[\s\u3000]+\.{4,})[\s\u3000]*$")


# After its colon, an entry restating its headword straight before a marker (1.家庭農場:家庭農場是指…)
# starts its definition at the marker, as a headword run into its marker does; 就是 and a bare 是 too, as a land office's
# numbered items write them (2、區段徵收:區段徵收就是政府基於…, 3、市地重劃:市地重劃是依照…, 696), not 是否 or 是在.
_MARKER_AFTER_RESTATED = re.compile(
    r"[\s\u3000]*(?=是指|系指|係指|指的是|即(?![使便将將])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|就是|是(?![否在不由从從因]))"
)


def _restated_after_colon(definition: str, term: str) -> int:
    """Where the definition starts when it restates ``term`` before a marker; 0 otherwise."""
    written = term.strip(_SPACE)
    if len(written) < 2 or not definition.startswith(written):
        return 0
    marker = _MARKER_AFTER_RESTATED.match(definition, len(written))
    if marker and definition.startswith("是", marker.end()) and not definition.startswith("是指", marker.end()):
        if ranking_restatement(written, definition):
            return 0  # - 货币资金:货币资金是…最强的资产: a ranking, kept whole for false_glosses.ranking_restatement to drop
    if marker and not definition.startswith(("是指", "指", "即", "系指", "係指"), marker.end()) and aspect_heading(written):
        # 1、工作目标:工作目标是到2025年…, (一)主要任务:主要任务是…, 1、基本原则:基本原则是坚持…: a plan's aspect heading restated
        # before a bare 是 or 就是 states that aspect, no term's meaning; kept whole for false_glosses.aspect_heading to drop (review 49)
        return 0
    return marker.end() if marker else 0


# A colon line's gloss opening with its own subject, the label's words in another order or with a character more, and its
# marker (新兴战略产业:战略性新兴产业是以重大技术突破…为基础,…的产业。, P1963, a forum page's labels).
_VARIANT_SUBJECT = re.compile(r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{2,14}?)(?P<marker>是指|指的是|系指|係指|是(?![否在不]))")


def _variant_after_colon(definition: str, term: str) -> re.Match[str] | None:
    """The subject and marker opening ``definition`` when the subject rewords the label ``term`` (every character of the
    label in it, at most two more, not the label as written); None otherwise.

    >>> _variant_after_colon("战略性新兴产业是以重大技术突破为基础的产业。", "新兴战略产业").group("term")
    '战略性新兴产业'
    >>> _variant_after_colon("我国重点发展节能环保产业。", "战略产业") is None, _variant_after_colon("产业政策是…", "政策目标") is None
    (True, True)
    """
    written = term.strip(_SPACE)
    match = _VARIANT_SUBJECT.match(definition)
    if match is None or len(written) < 3:
        return None
    subject = match.group("term")
    if subject == written or len(subject) > len(written) + 2 or not set(written) <= set(subject):
        return None
    return match


# A headword before its colon (X:…, X :…), the colon and the spaces after it.
_COLON_HEADWORD = re.compile(r"([^:：\n]{1,40}?)[\s\u3000]*[:：][\s\u3000]*")
# An exam bank's bracketed answer label opening the answer line (【正确答案】安宁疗护:指…, P1242).
_ANSWER_LABEL = re.compile(r"[\s\u3000]*【(?:正确答案|正確答案|参考答案|參考答案|标准答案|標準答案|答案)】[\s\u3000]*")


# A table's group cell in front of an item's headword: a counted name (三清, 一改) and a space, the item's number after it
# (``三清 1. 清理垃圾:对村庄内的生活垃圾…``, ``一改 改变不良生活习惯:引导村民…``, P1292) — the cell names the group, the
# headword is the item's.
_GROUP_CELL = re.compile(r"[一二两兩三四五六七八九十]{1,2}[\u4e00-\u9fff]{1,3}[\s\u3000]+(?:\d{1,2}[.．、][\s\u3000]*)?(?=[^\s\u3000\d])")


def group_cell_item(text: str) -> bool:
    """Whether ``text`` is a table row whose counted group cell stands before an item's ``headword:sentence``."""
    group = _GROUP_CELL.match(text.lstrip(_SPACE))
    return group is not None and re.match(r"[^:：\n\s\u3000]{2,20}[:：][^\n]{4,}[。！!]", text.lstrip(_SPACE)[group.end() :]) is not None


# A regulation's definitions article, read as prose or as colon items (第三条 本实施办法所称的村庄,是指…; 本条例所称X,是指…;
# 前款所称X是指…; 第 5 條本法所稱X:指…): the article number and the lead-in naming the regulation are no part of the term.
# The article's title in brackets after its number (第二条(社会信用界定)本条例所称…, 第二条【定义】…) and the
# number run into the term without a lead-in (第二条市级财政专项支出预算绩效考评(以下简称绩效考评),是指…) go too.
STATUTE_LEAD_IN = re.compile(
    # (a law database's print view spaces the number: 第 3 條本法所稱之都市計畫,係指…, 455)
    r"^(?:第[\s\u3000]*[一二三四五六七八九十百零〇\d]{1,4}[\s\u3000]*[条條][\s\u3000]*(?:[(（【〔][^()（）【】〔〕]{1,12}[)）】〕][\s\u3000]*)?)?"
    # (an agency's administrative rules name themselves 要點 or 準則 in Taiwan: 本要點所稱申請人,指…, 505, 521)
    # (a measures' article may name its word without 所稱: 本辦法救助對象,指…, 569; only after 辦法/條例/細則, whose next
    # word is the defined one, and only where the rest is a good term)
    r"(?:本(?:办法|辦法|条例|條例|细则|細則)(?=[^\s\u3000所,，。；;:：之的中]{2,12}(?:[,，][\s\u3000]*(?:是指|系指|係指|指)|[,，]?[\s\u3000]*$))"
    # (an emergency plan, a guideline or a charter defines its words the same way: 本预案所称突发事件是指…, 1181, a county
    # government's emergency plan; 本指引所稱…, 本章程所称…, 本协议所称…: the document's kind, then 所称)
    r"|本(?:实施|實施)?(?:办法|辦法|条例|條例|规定|規定|细则|細則|法|决定|決定|规则|規則|意见|意見|通知|方案|规划|規劃|标准|標準|制度|公约|公約|要点|要點|准则|準則|法律"
    r"|(?:总体|總體|专项|專項)?(?:应急)?(?:预案|預案)|指引|指南|导则|導則|章程|守则|守則|纲要|綱要|计划|計劃|协议|協議|合同|须知|須知)"
    # (an act's enforcement rules cite the act's article whose word they define: 本法第十條所稱X,係指…, 606)
    r"(?:第[一二三四五六七八九十百零〇\d]{1,4}[条條项項款])*"
    # (and the part of the cited paragraph: its proviso or its first or second half, 本法第十七條第二項但書所稱X,指…, 756)
    r"(?:但[书書]|前段|[后後]段)?"
    # (本辦法所稱(chēng)臨時救助: a converter's pinyin after 稱 goes with the lead-in; 本法所定X,指…, 482: the law's own word
    # for a class it then defines)
    # (and 所指的, 本办法所指的专项资金(下称衔接资金),是指…, P1959, a company site's repost of a city's measures)
    # (a Macao law names itself 本法律 and its defined word with 所指的: 本法律所指的傳染病為…, 494)
    r"(?:中)?所(?:[称稱]|定|指)(?:[(（][a-z\u00e0-\u01dc]{1,7}[)）])?(?:的|之)?[\s\u3000]*"
    # 前款所称主要建筑物是指…, 本条所称…: the lead-in names an earlier paragraph or the article itself
    # (and 之 for 的 in a law's register, 前项所称之自偿性公共债务,系指…, P1674)
    r"|(?:前|本|上)(?:[一二两兩三]|第[一二三四五六七八九十\d]{1,3})?[款条條项項](?:中)?所[称稱](?:的|之)?[\s\u3000]*)?"
)
# A law's short form after an item's headword (``二、身心失能者(以下稱失能者):指…``, 483): the article names the shorter word it
# uses from then on; the item defines the headword, so the bracket is no part of the term (a synonym in brackets stays:
# ``兩期作田(雙期作田):…``, 475).
_SHORT_FORM_AFTER = re.compile(r"[(（](?:以下|下)(?:[简簡]?[称稱])[^()（）:：]{1,12}[)）]$")


# A classification's levels, each a single character glossed with 指 in a numbered item (九、本方案之統計科目區分如下: /
# (一)類:指…之小類。 / (二)綱:指…之細類。 / (三)目:指各公務統計報表表名。, 503, a statistics scheme): three such items in a
# row say the characters are the scheme's words, as one character alone under 注: or 附: is a label.
_CHARACTER_LEVEL = re.compile(r"[\s\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[\s\u3000]*[\u4e00-\u9fff][:：]指")
_LEVELS_IN_A_ROW = 3


def mark_character_levels(units: list[_Unit]) -> None:
    """Mark the units of each run of three numbered one-character items glossed with 指 or more (:data:`_CHARACTER_LEVEL`)."""
    run: list[_Unit] = []
    for unit in [*units, None]:
        if unit is not None and unit.numbered and _CHARACTER_LEVEL.match(unit.text):
            run.append(unit)
            continue
        if len(run) >= _LEVELS_IN_A_ROW:
            for item in run:
                item.level = True
        run = []


# An English headword of a Chinese text's numbered list, glossed with a marker (二、disability:障礙指…, 一、impairment:意指損傷,…,
# 697, a welfare journal's abstract naming the English words a field uses): the marker says it is defined, though
# _good_term refuses a bare lower-case word (a stray English word before a colon is mostly a label or a code).
_ENGLISH_HEADWORD = re.compile(r"[A-Za-z][a-z]{2,24}(?:[ -][a-z]{2,24}){0,2}")
# Its Chinese rendering may stand before the marker (障礙指…): the rendering is the frame, the definition opens at the marker.
_RENDERING_BEFORE_MARKER = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:意指|是指|系指|係指|指)(?![标標数數导導出]))")
_MARKER_OPENING = re.compile(r"(?:意指|是指|系指|係指|指)(?![标標数數导導出])[\u4e00-\u9fff]")
# A citation closing a passage after its last full stop ((周月清,民87), (王某, 2005)): the source of the glosses, no part of
# the last one; the text after it is the article going on.
_CLOSING_CITATION = re.compile(r"(?<=。)[\s\u3000]*[(（][\u4e00-\u9fff]{2,4}[,，、][\s\u3000]*(?:民(?:国|國)?\d{2,3}|(?:19|20)\d{2})年?[)）]")


def _english_headword(term: str, definition: str) -> bool:
    """Whether ``term`` is an English word of a Chinese list that ``definition`` glosses with a marker, straight or after the
    word's Chinese rendering (see :data:`_ENGLISH_HEADWORD`).

    >>> _english_headword("impairment", "意指損傷,係身體的某部分失去功能。"), _english_headword("disability", "障礙指身體的損傷。")
    (True, True)
    >>> _english_headword("note", "見下表。"), _english_headword("impairment", "impairment of a part")
    (False, False)
    """
    if not _ENGLISH_HEADWORD.fullmatch(term.strip(_SPACE)):
        return False
    rendering = _RENDERING_BEFORE_MARKER.match(definition)
    return _MARKER_OPENING.match(definition, rendering.end() if rendering else 0) is not None


# A law print's item numbered by a bare numeral and spaces (一  巨大垃圾:指…, 460, 698) defines its headword with a marker, or
# names its genus after 之 or 的 (二  資源垃圾:可回收再利用之一般廢棄物。, 698); a notice numbers its fields so too (一  會議時間:
# 每月…, 二  出席人員:全體委員, 四  申請方式:線上申請。), values with neither (review 49).
_LAW_ITEM_MARKER = re.compile(r"[\s\u3000]*(?:指|係指|系指|是指|謂|谓|為|为|即|乃|意指|包括|包含)")
_LAW_ITEM_GENUS = re.compile(r".{2,}[之的][^之的,，。；;:：\s\u3000]{1,12}[。；;]?[\s\u3000]*$")


# A headword with its English name and abbreviation in brackets (三、體外診斷醫療器材(In Vitro Diagnostic Device, IVD):指…, 817,
# a law's definitions article): longer than the 40 characters a colon's headword is read to, the bracket counted whole.
_ENGLISH_NAMED_HEADWORD = re.compile(
    r"([^:：\n()（）]{2,30}[(（][A-Za-z][A-Za-z0-9 ,.'’&/-]{2,60}[)）])[\s\u3000]*[:：][\s\u3000]*"
)


# A headword whose English name's closing bracket the page lost before the colon (意外事故(Accident: 在保险期间内…, P2727, an
# insurer's Chinese glossary: every line so written): a Latin name alone after the opening bracket, nothing closing it, so
# the colon after it is the separator, no colon inside a bracket (具身智能(外延新词:智能机器人) has Chinese words there). The
# term is kept as written, its bracket open (both golds so).
_LOST_CLOSE_ENGLISH = re.compile(r"[^:：\n()（）\s\u3000,，。；;]{2,20}[(（][A-Za-z][A-Za-z0-9 ,.'’&/-]{1,60}")
# That headword and its colon opening a note (意外事故(Accident: …), the term its group 1.
_LOST_CLOSE_HEADWORD = re.compile(rf"({_LOST_CLOSE_ENGLISH.pattern})[\s\u3000]*[:：][\s\u3000]*")


# A closing bracket in the gloss's first sentence: the English name's bracket was closed after all, the colon inside it.
_CLOSING_BRACKET = re.compile(r"[)）]")


# A numbered label naming a meaning, the thing's own name left out or before it (1、标志含义:蓝帽,是由…的保健食品标志。, P2784, a
# shopping site's how-to; 定义:, 含义:, 词义: in explainers of any body): the label is no term; the subject the text restates
# before 是 or 是指 is.
# (or what the law makes of it, 法律定性:非法吸收公众存款是一种…, P2847, a lawyer's answer in labelled points; 法律性质:X是…:
# the label names the characterisation the sentence gives of its subject, as 含义: names the meaning)
_MEANING_LABEL_TERM = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{MEANING_LABEL}|定性|性[质質])")
_LABEL_THEN_SUBJECT = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{2,12}?)[\s\u3000]*[,，]?[\s\u3000]*(?P<marker>是指|是(?![否在不因为為]))"
)


# A label's text opening with a label of its own and its colon (3. 核心分析:适用逻辑:达到上述标准,…。各方权利义务:…;
# 4. 实务建议:收集证据:如合同、…, P2847, a lawyer's answer in labelled points): the first label names a section, the points
# under it are labelled in turn, and the section's name is no term glossed by its first point.
# (not the headword labelled again over its gloss, 1.毒品:毒品:指具成癮性…, 438, nor a label glossed by a marker after it)
_POINT_LABEL_OPENING = re.compile(r"[\s\u3000]*(?P<label>[\u4e00-\u9fff]{2,8})(?P<colon>[:：])[\s\u3000]*[\u4e00-\u9fff“「]")
_POINT_GLOSSED = re.compile(r"[:：][\s\u3000]*(?:是指|系指|係指|指|即|意指|謂|谓)")


def _colon_entry(unit: _Unit) -> Found | None:
    """``headword:definition`` (a numbered note or a line of a list)."""
    body, skip = _strip_number(unit.text)
    # (only on a row without a number of its own: 六、 三公 经费:指… is a numbered note with a stray space in its headword)
    group = _GROUP_CELL.match(body) if body == unit.text.lstrip(_SPACE) else None
    if group and re.match(r"[^:：\n\s\u3000]{2,20}[:：]", body[group.end() :]):
        body, skip = body[group.end() :], skip + group.end()
    answer = _ANSWER_LABEL.match(body)  # 【正确答案】安宁疗护:指…: an exam bank's answer label, no part of the headword
    if answer:
        body, skip = body[answer.end() :], skip + answer.end()
    match = _COLON_HEADWORD.match(body) or _ENGLISH_NAMED_HEADWORD.match(body) or _LOST_CLOSE_HEADWORD.match(body)
    if not match or not (
        _good_term(match.group(1)) or _defined_label(match.group(1), body[match.end() :]) or one_character_word(match.group(1), body[match.end() :])
        or unit.level or _english_headword(match.group(1), body[match.end() :])
        or _LOST_CLOSE_ENGLISH.fullmatch(match.group(1).strip(_SPACE)) and not _CLOSING_BRACKET.search(body[match.end() :].split("。")[0])
    ) or _VERB_BEFORE_COLON.search(match.group(1)):
        return None  # 常住人口包括:…: a sentence whose list follows its verb, read as prose
    term = match.group(1).strip(_SPACE)
    short_form = _SHORT_FORM_AFTER.search(term)
    if short_form and _good_term(term[: short_form.start()].rstrip(_SPACE)):
        term = term[: short_form.start()].rstrip(_SPACE)  # 長照服務人員(以下稱長照人員):指…: the headword without its short form
    statute = STATUTE_LEAD_IN.match(term)
    if statute and statute.end() and _good_term(term[statute.end() :]):
        term = term[statute.end() :]  # 第 5 條本法所稱中央銀行:指…: the article's number and lead-in no part of the headword
    glued = _GLUED_HEADING.match(term)
    if glued and glued.end() < len(term) and _good_term(term[glued.end() :]):
        term, skip = term[glued.end() :], skip + body.index(term) + glued.end()  # 附注1、指标解释X:…
        body = unit.text[skip:]
        match = _COLON_HEADWORD.match(body)
    body = _PAGE_TAIL.sub("", body)  # …的资金. -23- (a page number), …支出. ........ (a site's ellipsis)
    body = EDITOR_CREDIT.sub("", body)  # …碳中和目标。 (责任编辑:admin) |: the site's credit (P2275)
    definition = body[match.end() :].rstrip(_SPACE + "|").rstrip("；;")  # (4)X:指…;: the list separator
    if "*" in term[:1] + term[-1:] and _good_term(term.strip("*" + _SPACE)):  # 1. **稳就业**:… (markdown left in the page)
        term, definition = term.strip("*" + _SPACE), definition.lstrip("*" + _SPACE)
    each = re.search(r"(?:分别|分別)(?:是|指|为|為)$", term)  # 兩個中心分別是:便民服務中心…,以及…: the parts, from 分別
    if each and _good_term(term[: each.start()].strip(_SPACE)):
        definition = body[body.index(term) + each.start() :].rstrip(_SPACE + "|").rstrip("；;")
        term = term[: each.start()].strip(_SPACE)
    restated = _restated_after_colon(definition, term)
    definition = definition[restated:] if restated else definition  # 1.專業大戶:專業大戶是指…: 是指… is the definition
    variant = None if restated else _variant_after_colon(definition, term)
    if variant is not None:  # 新兴战略产业:战略性新兴产业是…: the sentence's own subject, the label's other wording, is the term
        term, definition = variant.group("term"), definition[variant.start("marker") :]
    point = _POINT_LABEL_OPENING.match(definition)
    if (
        point and point.group("label") != term and not _POINT_GLOSSED.match(definition, point.end("colon"))
        # (not a meaning's label over the sentence defining its subject, 二、概念界定:定义:非法经营罪是指…, review 66: the definition)
        and not (_MEANING_LABEL_TERM.fullmatch(point.group("label")) and _LABEL_THEN_SUBJECT.match(definition, point.end()))
    ):
        return None  # 3. 核心分析:适用逻辑:达到上述标准,…。各方权利义务:…: a section over labelled points, no gloss (P2847)
    labelled = _LABEL_THEN_SUBJECT.match(definition) if _MEANING_LABEL_TERM.fullmatch(strip_pinyin(term).strip(_SPACE)) else None
    if labelled is not None and _good_term(labelled.group("term")):
        term, definition = labelled.group("term"), definition[labelled.start("marker") :]  # 1、标志含义:蓝帽,是由…: 蓝帽, from 是
    definition = definition[cited_law_end(definition) :]  # (一)X:依據「…法」第三條係指…: from 係指
    if _english_headword(term, definition):
        rendering = _RENDERING_BEFORE_MARKER.match(definition)  # disability:障礙指…: from 指, the rendering a frame
        definition = definition[rendering.end() :] if rendering else definition
    citation = _CLOSING_CITATION.search(definition)  # …的弱勢。(周月清,民87)我國從古代…: the passage's source ends it
    definition = definition[: citation.start()] if citation else definition
    bare = _NOTE_NUMBER.match(unit.text)
    if bare is not None and bare.group("cs") is not None and not (_LAW_ITEM_MARKER.match(definition) or _LAW_ITEM_GENUS.search(definition)):
        return None  # 二  出席人員:全體委員 / 三  申請方式:線上申請。: a notice's field under a bare numeral, no law print's definition
    if len(strip_pinyin(definition)) < 4 or definition[:1] in "/":
        return None
    start = unit.start + skip
    quote = body.rstrip(_SPACE + "|").strip(_SPACE)
    return Found(term, definition, quote, unit.line, start, unit.at(len(unit.text.rstrip(_SPACE + "|"))))


# In the first sentence of a note or paragraph, an alias opens the definition:
# 国内生产总值简称GDP,是… / 就业人口,又称在业人口。… → the headword is what comes before.
# An English name opens it too: 恩格尔系数,英文名称为Engel's Coefficient,具体是指…
# (the passive, 也被称为“拼车”“顺风车”, P2942, a periodical's article, and 又名, 也叫, read alike)
_ALIAS_WORDS = (
    r"[简簡]称|[简簡]稱|又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|原称|原稱|(?:又|也|亦)被(?:称|稱)|又名|(?:又|也)叫"
    r"|英文(?:名[称稱]?|[称稱])?[为為]|英文名"
)
# (…优化服务的简称 names what the term abbreviates: after 的 it is no alias.)
_ALIAS = re.compile(rf"[,，]?(?<!的)(?:{_ALIAS_WORDS})")
# A bracketed gloss with a Latin name or an abbreviation directly before 是 makes 是 a
# definition marker: 居民消费价格指数(Consumer Price Index,简称CPI)是度量…
# A converter's pinyin in brackets (區(qū)民政部門(mén)是審批…的責任主體) is no gloss.
# (one space may stand after the bracket, as a page setting Latin words off by spaces writes it: T-REC (Taiwan Renewable Energy
# Certificate) 是…, P2935)
_GLOSS_IS = re.compile(r"[(（](?![a-z\u00e0-\u01dc]{1,7}[)）])[^()（）]*(?:[A-Za-z]|[简簡][称稱])[^()（）]*[)）][ \u3000]?(是)(?!指)")
# A bracketed source after the last sentence of a definition is no part of it.
_SOURCE_REMARK = re.compile(r"(?<=[。！？!?])[\s\u3000]*[(（](?:摘自|摘編自|摘编自|来源|來源|资料来源|資料來源|转自|轉自|引自)[^\n]{0,60}?[)）][\s\u3000|]*$")
_SPACED_NOTE = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25})[\s\u3000]+(\S.*)")


def _spaced_note(unit: _Unit) -> Found | None:
    """``(2) 三次产业 经济结构分类的…``: a numbered note whose headword is followed by spaces."""
    body, skip = _strip_number(unit.text)
    body = body.rstrip(_SPACE + "|")
    match = _SPACED_NOTE.fullmatch(body)
    if not match or match.group(1)[0].isdigit() or not _good_term(match.group(1)):
        return None
    definition = match.group(2)
    plain = strip_pinyin(definition)
    if len(plain) < 8 or not "\u4e00" <= plain[0] <= "\u9fff":
        return None
    if _SECTION_DEFINES_OTHERS.search(plain) and not _OPENS_WITH_MARKER_HERE.match(plain):
        return None  # 一、財政儲備制度 第8/2011號法律…。 基本儲備是指…: a flattened section's heading over its own definitions
    return Found(match.group(1), definition, body, unit.line, unit.start + skip, unit.at(skip + len(body)))


# A later sentence of a spaced note's text defining a word of its own (…組成。 基本儲備是指…, 780, a Macao news item flattened
# to one line): the numbered line is a section's heading run into its paragraphs, not a headword over its gloss.
_SECTION_DEFINES_OTHERS = re.compile(r"[。！？!?][\s\u3000]*[\u4e00-\u9fff]{2,12}(?:是指|係指|系指)")
_OPENS_WITH_MARKER_HERE = re.compile(r"(?:是指|係指|系指|指|是|即|為|为|包括)")


# A section heading that announces points (意义, 措施, 目标 …): the numbered ``X:…`` items
# under it are points, not definitions (三、“放管服”改革的意义 / 1. 激发市场活力:…).
# (and the roles and powers of bodies, 三. 教育局、辦學團體和法團校董會的角色及權責 / 教育局 / 執行有關法例;…, 644: each body's
# label line heads its duties, as under 职责, no gloss; no other bundled or shared page's heading names 角色 or 權責)
_POINTS = re.compile(
    r"(?:意义|意義|作用|成效|好处|好處|措施|举措|舉措|目标|目標|任务|任務|要求|原则|原則|做法|经验|經驗|"
    r"特点|特點|优势|優勢|案例|步骤|步驟|影响|影響|亮点|亮點|重点|重點|方向|职责|職責|职能|職能|权责|權責|角色|功能|重要性|必要性|"
    r"(?:构建|構建|实施|實施|工作|操作)?方法|(?:应用|應用)(?:领域|領域|场景|場景)?|用途|途径|途徑|对策|對策|建议|建議|挑战|挑戰|依据|依據|条件|條件|"
    # how the topic works and the forms it takes (三、沙盒监管的运作机制 / 1.企业申请:…; 1.1 夜经济的主要形态 / • 夜间餐饮与购物:…,
    # P1359, P1341): its steps and its kinds of venue, each with examples, no glosses
    # (the forms after 的 only: 一、夜经济的内涵与多元形态 joins them to the meaning)
    r"(?:运作|運作|运行|運行|工作)(?:机制|機制)|(?<=[的之])(?:主要|多元)?(?:形态|形態)|"
    # the forms it takes and how it stands now (二、主要形式 / 名校带动型 / 通过优质名校的…带动合作学校的发展。; (一)运行现状 /
    # - 案件类型分布:从实践看,…, P1402, P1467): the ways it is organised and its figures, no glosses (a body's 工作方式 are glossed
    # methods, P502's 三、政协委员的工作方式 / - 提案:以书面形式提出建议或意见。)
    r"(?:主要|常见|常見|具体|具體)形式|(?:运行|運行|实施|實施|发展|發展)?(?:现状|現狀)|"
    # a policy article's background, reading and outlook (一、政策背景 / 1. 政策目标:…, 二、政策解读, 三、未来展望, P637)
    r"政策背景|展望|前景|政策解[读讀]|"
    # an explainer's background, paths, challenges and knacks (一、战略背景, 三、实施路径, 三、挑战与应对, 二、高效协作的秘诀,
    # P936 and P955): reasons, measures and difficulties of the article's topic under labels, no glosses of them; not a
    # title joining them to meanings (部分新词的含义及背景: each word's 含义: line, then its 背景: line)
    r"(?<![及和与與、])(?:背景|路径|路徑|秘诀|秘訣)|挑战(?:与|與|和|及)(?:应对|應對|对策|對策|机遇|機遇)|"
    # the problems a measure brings or meets (二、撤县设区可能带来的问题 / 1. 财政压力增大, P1202): difficulties, no glosses
    r"(?:带来|帶來|面临|面臨|存在|引发|引發|产生|產生)的(?:主要)?(?:问题|問題|风险|風險|弊端)|"
    # a programme's counted contents (美麗鄉村建設六大內容: / 1、村莊規劃 / 規定了…的要求。, P1293): its parts and what each
    # requires, no glosses
    r"[二两兩三四五六七八九十]大(?:内容|內容)|"
    # how the parts of a formula relate (一、核心关系, 二、辩证统一关系 / 相互贯通、相互作用 / …, P1322): relations, no glosses
    r"(?:核心|辩证|辯證|统一|統一|内在|內在|相互)(?:关系|關係)|"
    # what an explainer says of its topic in turn (the forty-ninth set): the fields it is used in (三、适用范围 / - 棚户区改造:通过
    # 政策性银行…, P1666), the article's key points (本文核心要點 / - 定義與使命: 深入理解…, P1669), the factors bearing on a
    # figure (財政自給率的影響因素 / 1、經濟情況:…, P1680), how it is carried out (三、实施机制 / - 动态评估框架 :采用…, P1668), its
    # innovations (二、…的创新之处 / 1. 治理结构创新, P1703) and where it is placed (2.1 明确集群定位 / - 政治引领:充分发挥…, P1707):
    # what the page says of one topic, no glosses
    r"(?:适用|適用)(?:范围|範圍)|(?:核心)?(?:要点|要點)|(?:影响|影響)因素|(?<=[的之])(?:主要|关键|關鍵)?因素|"
    r"(?:实施|實施)(?:机制|機制)|创新之处|創新之處|"
    # (a factor or a placing as the word itself is a term: 1.风险因素 / (1)含义:…, 1.市场定位 / (1)含义:…; the heading
    # weighs factors after 影响 or 的, and its placing after 明确 or 的)
    r"(?:明确|明確)[^,，。:：]{0,8}定位|(?<=[的之])定位|"
    # how a programme is carried out and what it has achieved (四、三服务活动的实施方式 / - 走访调研:深入基层…; 三、秦创原的实践成果 /
    # 1. 科技型企业数量快速增长:截至2023年…, dev-48's P1628 and P1629; dev-41's P1208 and dev-45's P1450 put their ways of working
    # under such headings too): steps and results under labels, no glosses (a body's 工作方式 stay glossed methods, P502)
    r"(?:实施|實施|运作|運作|开展|開展|推进|推進)方式|(?:实践|實踐|主要|取得的)成果|"
    # how the topic is put into practice (三、居民自治章程与居民公约的实践 / 1.宣传与普及 通过多种渠道,…, P1793): its steps, no glosses
    r"(?<=[的之])(?:实践|實踐)|"
    # the routes a status is obtained by (二、蓝印户口的来源 / 1. 购房入户:在某些城市,购买…房产后,可申请蓝印户口。,
    # dev-50's P1762): ways in, each with its condition, no glosses (after 的 only: 资金来源 is a term)
    r"(?<=[的之])(?:主要)?(?:来源|來源))"
    r"(?:(?:主要)?(?:体现在|體現在|表现在|表現在|包括|有))?[:：]?$"
)
# An item number in Chinese numerals (二、 / 二. / （二）), the numbering of a document's sections and of a points list.
_CN_ITEM = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
_SECTION_NUMBER = re.compile(rf"^(?:{_CN_ITEM}|第[一二三四五六七八九十\d]{{1,3}}[章节節部])")


# A document's section number in Chinese numerals (四、方法与流程): the paragraph under such a
# heading is the section's text, a definition only when it opens as one. Taiwan's schemes and rules number their parts
# in the formal numerals over points numbered 一、二、 (壹、總則 / 一、本方案依據…訂定。, 546): parts, no headwords either.
_NUMERAL_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,2}、|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
)


def _section_heading(text: str) -> bool:
    """A numbered section heading (二、新发展理念的意义, (三)主要做法): short, no sentence punctuation."""
    return bool(_SECTION_NUMBER.match(text)) and len(text) <= 30 and not re.search(r"[。；;，,!！?？:：]", text)


# A section heading numbered in Chinese numerals with its subtitle after a colon (一、历史倒逼的战略抉择:从“救企业”到“活体系”):
# no clause punctuation on either side and no marker after the colon — a heading over the section's paragraphs, no
# colon entry (一、三公经费:是指…, (二)统计范围:本市…, and a subtitle with commas stay as they were).
_SUBTITLED_SECTION = re.compile(
    rf"{_CN_ITEM}[\s\u3000]*(?P<title>[^。；;，,、!！?？:：]{{2,25}})[:：][\s\u3000]*"
    r"(?!是|指|即|系指|係指|包括|为(?!何|什么)|為(?!何|什麼)|意为|意為)[^。；;，,、!！?？:：|｜]{2,30}[?？]?"
)


def section_subtitle(text: str) -> bool:
    """Whether a numbered line is a section heading and its subtitle (see :data:`_SUBTITLED_SECTION`).

    >>> section_subtitle('一、历史倒逼的战略抉择:从 "救企业" 到 "活体系"'), section_subtitle("一、三公经费:是指因公出国(境)费、公务接待费")
    (True, False)
    >>> section_subtitle("一、背景与意义:为何要出台管理办法?")
    True
    """
    return bool(_SUBTITLED_SECTION.fullmatch(strip_pinyin(text).strip(_SPACE)))


# The same heading with its section's paragraph run into its line after a space (一、 战略定位:中部崛起的重要增长极 国家“中部
# 地区崛起”战略的深入实施,…。, P934: an essay's page flattened each heading onto its first paragraph): the label and its
# slogan are a heading, the paragraph is the section's prose, no gloss of the label.
_SUBTITLED_RUN_IN = re.compile(
    rf"{_CN_ITEM}[\s\u3000]*[^。；;，,、!！?？:：\s\u3000]{{2,25}}[:：][\s\u3000]*"
    r"(?!是|指|即|系指|係指|包括|为|為|意为|意為)[^。；;，,、!！?？:：|｜\s\u3000]{2,30}[\s\u3000]+[\u4e00-\u9fff“「][^\n]*[。！？!?]"
)


def subtitled_run_in(text: str) -> bool:
    """Whether a numbered line is a section heading and its subtitle with the section's paragraph run in after a space
    (see :data:`_SUBTITLED_RUN_IN`).

    >>> subtitled_run_in("一、 战略定位:中部崛起的重要增长极 国家“中部地区崛起”战略的深入实施,为湖南带来了历史性机遇。")
    True
    >>> subtitled_run_in("一、三公经费:是指因公出国(境)费、公务接待费 等三项经费。"), subtitled_run_in("一、城镇:城市和集镇。")
    (False, False)
    """
    return bool(_SUBTITLED_RUN_IN.fullmatch(strip_pinyin(text).strip(_SPACE)))


def titled_section(text: str) -> bool:
    """Whether a numbered line is a section heading whose title names no term (``二、核心内容:管理办法的重点条款解析``, see
    :func:`.section_headings.bare_section_title`) with its subtitle: a heading over whatever follows, a sub-list too.

    >>> titled_section("二、核心内容:管理办法的重点条款解析"), titled_section("一、城镇:城市和集镇")
    (True, False)
    >>> titled_section("二、母基金与子基金的关系:本质是 “嵌套投资”")
    True
    """
    from policyterms.mining.extract_layouts.section_headings import bare_section_title, paired_topic_heading

    match = _SUBTITLED_SECTION.fullmatch(strip_pinyin(text).strip(_SPACE))
    # (or a title pairing two topics, 二、母基金与子基金的关系:本质是 “嵌套投资” over 1.层级关系:, P1685: a section, as a paired
    # heading line is)
    return match is not None and (
        bare_section_title(match.group("title").strip(_SPACE)) or paired_topic_heading(match.group("title").strip(_SPACE), "")
    )


# A paragraph closing with a lead-in that announces features or points of the term it has just defined
# (…的过程。其主要特征包括:, 其特点如下:, 主要优势有:): the numbered items below it are those points, not entries (P545).
_POINTS_LEAD_IN = re.compile(
    r"(?:^|[。！？!?])[\s\u3000]*(?:其|它的|它|该|該)?(?:主要|基本|显著|顯著)?(?:特征|特徵|特点|特點|优势|優勢|作用|原则|原則|要求)"
    r"(?:主要)?(?:包括|有|如下|表现为|表現為|体现在|體現在|表现在|表現在)?(?:以下几点|以下幾點|以下几个方面|以下幾個方面)?[\s\u3000]*[:：][\s\u3000]*$"
)


# The same lead-in saying it has the features (它具有以下特点:, 以下是农作物保险的主要特点:, P609; any subject: 该市的营商环境
# 具有以下特征:): the bulleted ``- 覆盖范围广:…`` items below are features, not entries.
_FEATURES_AHEAD = re.compile(
    r"(?:^|[。！？!?])[\s\u3000]*(?:[^。！？!?:：\n]{0,24}?(?:具有|具备|具備|有)(?:以下|如下)(?:几|幾|[二两兩三四五六七八九十])?(?:个|個|点|點)?"
    r"|以下(?:是|为|為)[^。！？!?:：]{1,20}?的)(?:主要|基本|显著|顯著)?(?:特征|特徵|特点|特點|优势|優勢)[\s\u3000]*[:：][\s\u3000]*$"
)


# A paragraph closing by saying what the term it has defined matters for, before a colon (社会信用代码是…的唯一识别编码,对于企业
# 和组织而言具有重要意义:, P582; …发挥着以下作用:): the items below it are its roles (作为合法身份证明:…, 提升企业形象:…), not
# entries, as under a heading announcing them (三、…的意义).
_WEIGHT_LEAD_IN = re.compile(
    r"(?:具有|具备|具備|有着|有著|发挥着|發揮著|发挥|發揮|起着|起著|起到)(?:以下|如下)?(?:几|幾|多|[二两兩三四五六七八九十])?(?:个|個|方面|重)?的?"
    r"(?:重要|重大|积极|積極|关键|關鍵|独特|獨特|深远|深遠)?的?(?:意义|意義|作用|价值|價值|功能|用途)(?:如下)?[\s\u3000]*[:：][\s\u3000]*$"
)


# What a lead-in may announce that is no meaning: features, roles, goals, measures, paths, steps, factors, key points.
_POINT_NOUNS = (
    r"特点|特點|特征|特徵|优势|優勢|意义|意義|作用|目标|目標|任务|任務|措施|举措|舉措|路径|路徑|途径|途徑|步骤|步驟|因素|"
    r"要点|要點|关键点|關鍵點|亮点|亮點|原则|原則|对策|對策|建议|建議|好处|好處|成效|功能|"
    # (what a claim requires, a law's 本保險各種保險給付之請領條件如下: / 一、失業給付:被保險人於…, 463: conditions, no glosses)
    r"条件|條件"
)
# A lead-in closing a line or a paragraph that announces such points (P1020-P1072 of the thirty-eighth set; the features,
# aspects, goals and measures of the term the page has just defined, each a ``label:…`` line below):
# - 以下/如下 and a points noun (需要充分考虑以下因素:, 应采取以下发展路径:, 以下是关于党员积分的一些关键点:, 以下是核心要点:);
# - an indefinite count of aspects or points (它通常包括以下几个方面:, …可以概括为以下几点:), while a counted list of aspects
#   (三生教育主要包括以下三个方面:, its kinds glossed below) and a bare 具体包括: announce parts;
# - the term's points before 包括/有/如下 (公益性岗位的特点包括:);
# - the aspects a word is analysed from, counted or not (“外文”…其核心含义可从以下四方面解析:, a dictionary page's 一、基本定义 …
#   二、词性特征 … 五、历史演变 …): ways of looking at one term, not its parts;
# - a look at each in turn (具体来看四大支柱产业:, P1179), the figures of each below.
_ANNOUNCED_POINTS = re.compile(
    rf"(?:(?:以下|如下|下列)(?:是|为|為)?[^:：。！？!?\n]{{0,24}}?(?:{_POINT_NOUNS})"
    r"|(?:以下|如下|下列)(?:几|幾|若干|一些)(?:个|個)?(?:方面|点|點)[^:：。！？!?，,\n]{0,10}?"
    r"|(?:从|從)(?:以下|如下)(?:几|幾|[二两兩三四五六七八九十])?(?:个|個)?方面(?:来|來)?(?:解析|分析|理解|解读|解讀|阐述|闡述)"
    # (a look at each in turn, (2)具体来看四大支柱产业:, P1179: the figures of each, no meanings)
    r"|(?:具体来看|具體來看|分别来看|分別來看)[^:：。！？!?\n]{0,20}"
    # (a count of them after its verb, 当前实施的政策核心包含两大要点:, P1390: the key points of a measure, each a label: line)
    rf"|(?:包括|包含|有|涵盖|涵蓋)(?:[二两兩三四五六七八九十]|几|幾)(?:大|个|個|项|項)?(?:{_POINT_NOUNS})"
    # (a points noun closed by 如下, whatever qualifies it: 本保險各種保險給付之請領條件如下:, 463; not one joined to a meaning,
    # 具体定义和特点如下:)
    rf"|(?<![和与與及、])(?:{_POINT_NOUNS})如下"
    rf"|(?:^|[。！？!?]|[^\s\u3000:：。！？!?，,]的)[\s\u3000]*(?:其|它的|它|该|該)?(?:主要|基本|显著|顯著|核心|重要)?(?:{_POINT_NOUNS})(?:主要)?(?:包括|包含|有|如下)"
    # (what a method comes down to, …的方法。其核心在于:, P1419: its steps under labels, no glosses; a procedure's steps,
    # …的工作流程如下:, and the departments a body is made of with their duties, …由以下几个部门组成:, P1425)
    r"|(?:^|[。！？!?，,])[\s\u3000]*(?:其|它的|它|该|該)?(?:核心|关键|關鍵|要义|要義|精髓)在于"
    r"|(?:流程|程序|步骤|步驟)(?:如下|是)"
    r"|由(?:以下|如下|下列)[^:：。！？!?，,\n]{0,6}?(?:部门|部門|机构|機構)(?:组成|組成|构成|構成)"
    # (the fields a tool is used in, PSL主要用于支持以下领域:, P1668's dimensions it is assessed in, MPA从 七大维度 对金融机构进行
    # 综合评估,具体包括:, the forty-ninth set: uses and aspects of one topic, no parts glossed)
    r"|(?:用于|用於)[^:：。！？!?，,\n]{0,4}?(?:以下|如下|下列)[^:：。！？!?，,\n]{0,6}"
    r"|(?:从|從)[\s\u3000]*(?:[二两兩三四五六七八九十]|几|幾|多)?(?:大|个|個)?[\s\u3000]*(?:维度|維度)[^:：。！？!?\n]{0,30}"
    # (the bodies an organisation is made of, with their duties, as a body's departments: 产业链党建集群的组织体系应包括以下层次: /
    # - 集群党委:作为集群的最高领导机构,负责…, P1707)
    r"|(?:组织体系|組織體系|组织架构|組織架構)[^:：。！？!?，,\n]{0,12}?(?:以下|如下|下列)[^:：。！？!?，,\n]{0,6}"
    # (a counted points noun after the topic's 的 closing a numbered heading, 二、不同于传统按项目付费,DIP的三大特点: / 1. 形成病组:…,
    # P2301, a healthcare medium's explainer: the features of the term defined above, each a label: line, no glosses)
    rf"|的(?:[二两兩三四五六七八九十]|几|幾)(?:大|个|個|项|項)(?:{_POINT_NOUNS})"
    # (a many-fold count of factors or causes closing a sentence, 现象背后是多重社会因素: / 1. 后疫情报复性出游:三年封控后,…, P2731,
    # a slang dictionary's account of a trend; 背后有三方面原因:, 受多种因素影响: — the reasons for what the page describes, each a
    # label: line, no glosses)
    r"|(?:多重|多种|多種|多方面|诸多|諸多|多个|多個|(?:[二两兩三四五六七八九十]|几|幾)(?:重|种|種|个|個|大|方面))"
    r"[^:：。！？!?，,\n]{0,4}?(?:因素|原因|动因|動因|成因)(?:影响|影響)?)"
    r"[\s\u3000]*[:：][\s\u3000]*$"
)
# A numbered section heading naming ways (三、创新合作之道) or asking how to do a task (四、如何查询不动产单元号?, P1086):
# the items below it are measures or the places and steps of a procedure, not entries.
# (unnumbered too, its subject before the asking word: 创业担保贷款怎么申请? / 一、个人小额担保贷款:申请人向…提交申请材料,…, P2668,
# a loan portal: each numbered item a kind's steps, the application procedure, no gloss)
_WAYS_HEADING = re.compile(
    rf"{_CN_ITEM}(?:[^:：。；;，,]{{2,20}}之道|(?:如何|怎么|怎麼|怎样|怎樣)(?:查询|查詢|查看|查找|办理|辦理|申请|申請|获取|獲取|申报|申報|缴纳|繳納|开通|開通"
    # (or how to measure or assess a thing, 二、如何衡量景点承载能力 / 1. 空间容量 / 景点的空间大小是衡量…的一个重要因素。…, P2733, a
    # travel site's explainer: the dimensions it is measured along and how, no glosses of them)
    r"|衡量|评估|評估|测算|測算|计算|計算|评价|評價)"
    r"[^:：。；;，,?？]{0,20}[?？]?)"
    r"|[^:：。；;，,?？\s\u3000]{2,20}?(?:如何|怎么|怎麼|怎样|怎樣)(?:申请|申請|办理|辦理|申报|申報|缴纳|繳納|开通|開通)[^:：。；;，,?？]{0,10}[?？]"
    # (or asking, unnumbered, how to comply with a rule, 如何遵守商品說明條例? / 清晰的商品資訊 / 首先,企業應確保…, P3126, a Hong Kong
    # compliance blog: the practices it lists under their own headings, no glosses)
    r"|(?:如何|怎么|怎麼|怎样|怎樣)(?:遵守|遵循|符合|落实|落實|做到)[^:：。；;，,?？\s\u3000]{2,20}[?？]"
)
# An unnumbered heading naming the weight of the page's subject (商品說明條例的重要性 / 保障消費者權益 / 商品說明條例的實施,確保了…, P3126;
# X的意义, X的作用): its sub-headings are the reasons it matters, as under a numbered 三、实践意义.
_WEIGHT_TITLE = re.compile(
    r"[^\s\u3000,，。；;:：、!！?？]{2,20}的(?:重要性|必要性|(?:重要|重大)?(?:意义|意義)|作用|好处|好處)"
)


def announces_points(text: str) -> bool:
    """Whether a line closes with a lead-in announcing points of a term (see :data:`_ANNOUNCED_POINTS`).

    >>> announces_points("公益性岗位的特点包括:"), announces_points("…的一种规章制度。它通常包括以下几个方面:")
    (True, True)
    >>> announces_points("三生教育主要包括以下三个方面:"), announces_points("…的综合性概念。具体包括:")
    (False, False)
    >>> announces_points("“外文”是现代汉语中常用的复合词,其核心含义可从以下四方面解析:"), announces_points("(2)具体来看四大支柱产业:")
    (True, True)
    >>> announces_points("当前实施的政策核心包含两大要点:"), announces_points("该体系包含两大部分:")
    (True, False)
    """
    return text.rstrip().endswith((":", "：")) and _ANNOUNCED_POINTS.search(text) is not None


# A two-level subsection heading (2.1 划片原则, 2.4 划片依据): a heading, not an Arabic-numbered item; and a lead-in saying
# what follows (划片原则主要包括以下几方面:) weighed as its heading words (P555: the principles and bases an admission guide
# lists under them are rules and conditions, not definitions; its 2.3 划片方式 items, kinds, stay entries).
_SUBSECTION = re.compile(r"\d{1,2}(?:[.．]\d{1,2})+[\s\u3000]+[^\d\s]")
_LIST_AHEAD = re.compile(r"以下(?:几|幾)?(?:个|個)?(?:方面|点|點|种|種|类|類|项|項)?([:：])$")


def _points_sections(lines: list[_L], led_heads: list[bool] | None = None) -> list[bool]:
    """Per line: does it lie under a heading that announces points? One pass; a heading is a
    short line with no sentence punctuation that is not an Arabic-numbered item. A paragraph closing with a
    lead-in announcing the features of its term (:data:`_POINTS_LEAD_IN`) opens such a section too, and a bare item numbered
    in the series of its items (``三、常见搭配`` between ``二、词性特征 …`` and ``四、发音与辨析 …``) does not close it, nor does an
    unnumbered heading line right under the lead-in (``以下是五项管理的具体内容和目标:`` / ``作业管理`` / rules), which ``led_heads``
    marks when given."""
    out, state = [False] * len(lines), False
    series: str | None = None  # the numbering of the items under a lead-in paragraph (一、 or （一）), once one is read
    led = False
    numbered = False  # the line before is a bare item number (1.), the number of the sub-heading on this line
    titled = False  # the section is a Chinese-numbered heading announcing points (三、实践意义)
    for k, line in enumerate(lines):
        if line.blank:
            continue
        text = line.clean.strip(_SPACE)
        if text in ("-", "–", "•", "·", "*"):
            out[k] = state  # a bullet left alone on its line (- / 定价行为 :…): its item's, no heading
            continue
        number = _SERIES_NUMBER.match(text)
        style = None if number is None else ("paren" if text[0] in "（(" else "mark")
        item, numbered = numbered, bool(_BARE_ITEM_NUMBER.search(text))
        if len(text) <= 30 and not re.search(r"[。；;，,!！]", text) and (not re.match(r"^[\[（(]?\d", text) or _SUBSECTION.match(text)):
            if led and state and style is not None and style == series:
                out[k] = state
                continue
            unnumbered = (
                state and style is None and not _SECTION_NUMBER.match(text)
                and not re.search(r"[?？]|[:：].", text) and not _MEANING_SECTION.search(text)
                and (not re.search(r"[:：]", text) or led and series is None and _BARE_LABEL.fullmatch(text) is not None)
            )
            # A point's unnumbered heading: under a lead-in (…以下是五项管理的具体内容和目标: / 作业管理 / 小学一二年级不得…), or a
            # sub-heading under a heading announcing points (三、实践意义 / 理论创新 / 作为…,…提升了理论高度。, P1322).
            if unnumbered and (led and series is None or titled and not re.match(r"^[\[（(]?\d", text)):
                out[k] = state
                if led_heads is not None:
                    led_heads[k] = True
                continue
            if _SECTION_NUMBER.match(text) or not re.search(r"[:：].", text):
                led = False
                state = (
                    item and state and not _SECTION_NUMBER.match(text)
                    or bool(_POINTS.search(_LIST_AHEAD.sub(r"\1", text.rstrip("?？"))))
                    or bool(_FEATURES_AHEAD.search(text))
                    or announces_points(text)
                    or bool(_WAYS_HEADING.fullmatch(text))
                )
                titled = state and bool(
                    _CN_SECTION_TITLE.match(text) or _WEIGHT_TITLE.fullmatch(text)
                    or _WAYS_HEADING.fullmatch(text) and not _CN_ITEM_START.match(text)
                )
                if state and not _SECTION_NUMBER.match(text) and announces_points(text):
                    # a short lead-in line of its own (就业困难人员的认定标准主要包括以下几个方面: / 年龄因素 / …, P1394): the
                    # unnumbered heading lines under it are its aspects, as under a lead-in closing a paragraph
                    led, series = True, None
        elif (not _NOTE_NUMBER.match(text) or _CN_SECTION_TITLE.match(text) and "。" not in text and announces_points(text)) and (
            # (a Chinese-numbered section heading with a comma, closing on the points it announces, 二、不同于传统按项目付费,DIP的三大
            # 特点:, P2301: a lead-in of its own, not a numbered note)
            _POINTS_LEAD_IN.search(text) or _WEIGHT_LEAD_IN.search(text) or _FEATURES_AHEAD.search(text) or announces_points(text)
        ):
            state, led, series, titled = True, True, None, False
        elif led and state and series is None:
            series = style
        out[k] = state
    return out


# A point's bare label with its colon, alone on its line (执行任务: / 执行上级政府下达的各项任务,…, P1801): under a lead-in announcing
# aspects it heads a point as an unnumbered heading does; a lead-in of its own (划片方式主要有以下几种:) is none.
_BARE_LABEL = re.compile(r"(?!.*(?:以下|如下|下列))[^\s\u3000:：]{2,8}[:：]")


# A section heading numbered in Chinese numerals (三、实践意义, not （三）…): the unnumbered heading lines under it, when it
# announces points, are its points' headings.
_CN_SECTION_TITLE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_CN_ITEM_START = re.compile(rf"^{_CN_ITEM}")


# A heading announcing meanings (名词解释, 相关概念, 术语定义): it closes a points section, whatever led into it.
_MEANING_SECTION = re.compile(r"解[释釋]|定[义義]|含[义義]|涵[义義]|概念|名[词詞]|术语|術語")


# A bare item number on a line of its own (二、…的核心功能 / 1. / 协同办公模块 / (1)文档编辑与存储:…), or run on after the
# last sentence of the line before (…发送提醒通知。 2. / 审批流程管理): the sub-heading on the next line is an item of the section
# above, its points being the section's (the functions of the heading's system, P1258).
_BARE_ITEM_NUMBER = re.compile(r"(?:^|(?<=[。！？!?])[\s\u3000]*)\d{1,2}[.．、]$")
# An item number in Chinese numerals (二、 / （二）): the series a points list under a lead-in paragraph is numbered in.
_SERIES_NUMBER = re.compile(rf"^{_CN_ITEM}")


# (an adverb of usage before 是指/指 too, 碳汇(Carbon Sink):一般是指从空气中清除二氧化碳的过程…, P2275, an explainer's
# one line: it opens the definition, as after a term without the colon, X一般是指…)
_COLON_DEFINITION = re.compile(r"[^:：]{1,40}?[:：][\s\u3000]*(?:是指|是以|即|指|系指|(?:一般|通常|主要)(?:是指|指(?![出导導挥揮标標])))")
# A line opening with its own headword, a colon and a strong marker (第四類管制區:指…): under a colon gloss that ends without a
# stop, the next entry of the list, no wrapped line of the one above.
_SIBLING_COLON_LINE = re.compile(r"([^\s\u3000:：,，。；;]{2,20})[:：][\s\u3000]*(?:是指|系指|係指|指)")
