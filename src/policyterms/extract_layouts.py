"""Glossary sections that are not a headed, numbered 名词解释 list.

:func:`policyterms.extract.extract_entries` first looks for the classic appendix (a
``名词解释`` heading followed by ``1.headword:definition`` entries). When a text has none,
:func:`find_entries` reads the other layouts real pages use, in this order, each pass
claiming the lines it reads so that a later pass never reads them again:

1. **notes and colon lists** — numbered notes (``[6]``, ``6、``, ``6.``, ``（6）``, ``①``, also
   several on one line) and lines of the form ``headword:definition`` (``1. 简政放权:即…``,
   ``[1]所有者权益合计:是指…``); a note without a colon is read by pass 4, sentence by
   sentence;
2. **entries run into one paragraph** (``主要统计指标解释 行政区划 指…划分。 国民经济行业分类
   自2003年…。``: cut after a sentence end and spaces before ``headword definition``), at
   least two complete entries on the line, and then **headword and definition on one line**,
   separated by spaces (statistical yearbooks' ``工业生产指数  按国际标准…``), at least two
   such lines;
3. **prose definitions**: a sentence ``X是指…`` / ``X指…`` / ``“X”,是指…`` / ``X系指…`` /
   ``X含义为…`` / ``X为…的比率`` (and, inside numbered notes, ``X包括…`` / ``X含…``), its definition running
   to the end of its paragraph or note — or, when the paragraph defines several terms, to
   the end of its sentence plus the sentences that go on about the same term;
4. **headword lines**: a short line with no sentence punctuation (a term, ``（新提法一）X``,
   ``1. X（外延新词:…）``, a question ``X指什么?``) followed by the lines that explain it
   (``【释例】…``, ``含义:…``, a paragraph, or a bullet list naming the term), at least two
   such blocks unless the headword is a question.

Several notes on one line are claimed one by one: a colon note does not hide the ``X是指…``
note after it on the same line.

Everywhere: an entry cut off by the end of the text (no closing 。！？) is dropped, page
furniture (``登录``, ``立即注册``, ``返回顶部``, ``扫一扫`` …) ends an entry, and labels such as
``含义:``, ``报告原文:``, ``字号`` or ``科普`` are never headwords. Nor are headwords with an
unclosed bracket (``具身智能(外延新词:…``), clauses (``“放管服”是…的概念``), remarks about the
figures (``…统计口径``, ``统计范围``, ``数据来源``), or questions about several terms
(``“碳达峰”和“碳中和”``). Dates, ``来源:``-style bylines and romanised pronunciations with
tone marks (dictionary pages) are skipped between a headword line and its explanation. Before
a definition marker, a period (``“X”,1998-2006年,是指…``) opens the definition, a connective
(``其中,``, ``答:``) is dropped, and a lost note bracket (``)X是指…``) is no part of the term;
a section heading glued to the end of a definition (``…。主要统计指标解释``) is cut off.

Also: table rows (``|`` cells), a lead-in line that ends no sentence before a list, and
numbered ``X:…`` points under a heading announcing points (``三、…的意义``) are no entries;
news furniture (``新华网 正文``, ``图集``) is no headword. A dictionary headword followed by its
pronunciation or its book (``书籍:``/``出处:``) counts alone and is read before prose
definitions. In the first sentence of a note or paragraph an alias (``X简称GDP,是…``,
``X,又称Y``) or a gloss before 是 (``X(Consumer Price Index,简称CPI)是…``) opens the
definition; a numbered note ``(2) X 定义…`` is headword, space, definition; a trailing
``(摘自…)`` is no part of a definition. In a first sentence ``为`` defines a ratio
(``X为…的比率。``); a marker inside brackets (``0—14岁(含…)``) is none; a date or the document
itself (``本表…``) is no headword; ``X包括:A;B;C。`` is a prose note, not the colon entry
``X包括``, and a sentence ending in ``;`` goes on to the next; the ``;`` ending a note is no
part of its definition; a question without ``?`` (``X指的是什么意思``) is no definition; an
explanation restating its headword (``不忘初心,即…``) starts at the marker.

Also: a numbered note whose line ends inside a sentence goes on on the next line (a PDF line
break), while a numbered line that is only a heading (``1、指标涵义``) is continued by nothing;
heading words glued before a colon headword (``附注1、指标解释X:``) are cut off, and a summary
line repeating an entry cut inside a sentence is dropped; in a numbered note ``反映`` and, in a
``[n]`` footnote, ``是`` define, and a lead clause ``…构成中,`` before the headword is dropped; a
colon lead-in (``…名词注解上看到:``) opens a ``;`` list of definitions, and ``还有…`` ends one; a
one-term page (``X(English,简称Y):是…``, a headword line then ``是…`` or ``X。是指…``) counts; a
``名词解释:`` label under a keyword headword is the definition and the label is never a headword;
colon lines without a verb count beside ``X:指…`` lines or under ``指标解释:``; a headword line
holding a note mark (``城乡[2]人口``) is a section heading; ``N 、X:`` entries and ``X:`` entries run
into one paragraph are read.

Also: ``X:…`` lines under ``名词解释:`` are entries of one or more sentences; part and chapter
numbers (``第一部分``) are no headwords; a yearbook entry goes on over whole-sentence paragraphs
before the next entry and over the formula line it announces; a formula line (``=``) is no
headword and a closing formula or table after ``为:`` is no cut; ``资金来源`` is a term while
``統計范圍`` and ``采集渠道`` are remarks; ``“8+4”`` is a headword; under a title announcing a
glossary, long headword lines count and are read before prose; a note opening a ``其中`` list
goes on over its item paragraphs; ``“X”,即…`` defines; a data card's definition ends at ``||``.

Also: a byline with a date field after an author's name is skipped; an English name opens a
definition like an alias (``X,英文名称为…``), and no alias follows ``的``; after a definition ending in
``;``, ``则是`` defines the next term in parallel; ``X的含义是指…`` and ``所谓X,是指…``/``就是…`` give ``X``; a
definition opening in a paragraph's middle takes only the sentences that open as going on, and a
closing lead-in ending in a colon is no part of it; a dictionary's ``【意思解释】`` label makes its
headword count alone and is dropped; a ``关键词解读:`` comment under a keyword heading defines
nothing, and markdown emphasis is no part of a headword; ``什么是X?``, ``什么叫X``, ``何谓X`` and ``X什么意思``
are question titles; a heading ``X的含义`` counts alone, ``X的意义`` is no headword and a numbered section
heading ends the explanation above it.

Also: a title repeated on a page is no yearbook list (two distinct headwords at least); 本篇资料,
前者/后者 and a criterion before 包括 (按…, 根据…) name no term; a question about a quoted word (…中的"X"指什么?)
gives the quoted word, and a bracketed remark line (``(承办科室:…)``) ends an answer; a one-term page
counts when its paragraph restates the title after a lead clause (在中国,X是指…) or with a gloss
(X(English name)的英文缩写…), and a summary line repeating the paragraph below is dropped; ``【X】 指…``
lines, a one-sentence ``X,即…`` paragraph, ``X是…的简称``, bulleted ``- X:…`` items, numbered ``N.X:`` headword lines
explained below (page references ``【P14】`` skipped), an ``X:…`` line of several sentences right below
an ``X:是指…`` line, an encyclopedia card (``词条 | X |`` / ``释义 | … |``) and explanations run into
comma-joined table cells after a 指标解释 cell are read (a cell opening like the other definitions
starts one even without 指, and a closing formula after 计算公式 is no cut); an explanation ending in a question defines
nothing; an injected site name (…官方网站) before a headword is dropped, and a headword naming two
terms run into the definition of its first part is cut before it.
Also: a document's section heading numbered in Chinese numerals (``四、方法与流程``) whose paragraph
does not open as a definition is no headword; a headword with unbalanced quotation marks is none; a
page's one answer below its question title needs no closing stop when the text ends with a line
break; ``其中,Y,是指…`` inside a colon note is an entry of its own; ``X,就是指…`` and ``X,通俗的讲就是…`` define
(a sentence restating X right after the frame goes on it); ``X--指…``
lines of a document site's copy are entries.
Every step is a bounded look at one line or a fixed window, and each line is classified once
per pass, so the whole reading is linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .fold import INVISIBLE, strip_pinyin

__all__ = ["Found", "find_entries"]

MAX_TERM = 25  # characters, pinyin noise removed


@dataclass(frozen=True)
class Found:
    """An entry as written: ``quote`` is verbatim from the text (line breaks of a
    continued entry joined), ``term`` and ``definition`` keep converter noise (the caller
    removes it)."""

    term: str
    definition: str
    quote: str
    line: int  # 1-based line of the entry's first character
    start: int
    end: int


# --- lines ---------------------------------------------------------------------------------

_SPACE = " \t\u3000\xa0\r" + INVISIBLE


@dataclass
class _L:
    index: int
    start: int
    raw: str
    clean: str  # pinyin removed, for tests only (raw is what is cut)
    blank: bool
    indent: int


def _lines(text: str) -> list[_L]:
    out, start = [], 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.lstrip(_SPACE)
        blank = not stripped.rstrip(_SPACE)
        out.append(_L(index, start, raw, "" if blank else strip_pinyin(raw), blank, len(raw) - len(stripped)))
        start += len(raw) + 1
    return out


# --- shared vocabulary ----------------------------------------------------------------------

_FURNITURE = re.compile(
    r"登录|立即注册|免费注册|注册账号|用户注册|^\s*注册\s*$|回帖|发表于|Powered by|返回顶部|返回列表|上一篇|下一篇|打印本页|关闭窗口|分享到|责任编辑|"
    r"扫一扫|扫码|版权所有|Copyright|©|所属单位|所属分类|附件下载|本文地址|留言与评论|网站地图|相关文章|"
    r"本站|免责|侵权|转载|點擊下載|点击下载|[当當]前位置|您所在的位置|[开開]通[会會][员員]|立即[开開]通|[给給][编編][辑輯]写信|[给給][编編][辑輯][写寫]信|(?:^|[\s>])正文\s*$",
    re.IGNORECASE,
)
# Labels that introduce a part of an entry (or a byline), never a headword.
_LABELS = re.compile(
    r"^(?:含[义義]|背景|[释釋][义義例]|[点點]睛|[报報]告原文|[报報]告[语語]境|追新[词詞]|解[读讀]|[说說]明|注|注[释釋]|附注|"
    r"来源|來源|作者|[时時][间間]|日期|[发發]布[时時][间間]|[记記]者|[编編][辑輯]|[责責][编編]|主[编編]|地址|[电電][话話]|"
    r"[书書]籍|出[处處]|例如|比如|如|其中|原文|[导導][读讀]|[关關][键鍵][词詞]\S{0,3}|[名][词詞](?:[解][释釋]|[注][释釋解])|[报報]告[强強][调調]|[热熱][词詞]|[新][词詞]|[资資]料[简簡]介|字[号號]|科普|[图圖]集|[评評][论論]|微博|微信|正文)$"
)
_SENTENCE_END = "。！？!?"
_CLOSERS = "”’」』)）】]"
_CLOSE_CLASS = re.escape(_CLOSERS)
_FINISHED = re.compile(rf"[{_SENTENCE_END}][{_CLOSE_CLASS}]*$")
_TERM_BAD = set("，,。；;！!？?：:|｜")

# Definition markers, strongest first. ``指`` must not start a word such as 指标 or 指出.
_MARKER = re.compile(
    r"就是指|是指|系指|係指|意指|(?<!全心全)意[为為]|含[义義]为|含[义義]為|是以|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])"
)
# In a footnote's first sentence, 是 after a short headword defines it ([1]产业活动单位是…); never
# 是否, 是在, 是由于, 是因为, 是…的一年 after a date (dates are no headwords anyway).
_NOTE_IS = re.compile(r"是(?![否在从從由于於因为為指以])")
_NOTE_MARKER = re.compile(r"不?包括|不?含(?![义義有量])|反映(?![了出])")
_NOTE_NUMBER = re.compile(
    r"""^[\s\u3000]*(?:
        \[(?P<b>\d{1,3})\] | 〔(?P<c>\d{1,3})〕 | [（(](?P<p>\d{1,3})[）)]
      | (?P<d>\d{1,3})[\s\u3000]*[.．、](?!\d) | (?P<circ>[①-⑳])
      | [（(](?P<cp>[一二三四五六七八九十]{1,3})[）)] | (?P<cn>[一二三四五六七八九十]{1,3})、
    )[\s\u3000]*""",
    re.VERBOSE,
)
# A note number inside a line, after a sentence end or spaces: '… 2、…', '…。 [3]…'.
_INLINE_NOTE = re.compile(
    r"(?:(?<=[。；;|])|(?<=[。；;|][\s\u3000])|(?<=\s\s)|(?<=[。；;]\s))(?=\[\d{1,3}\]|\d{1,3}[ \u3000]?、)"
    # '… 1 、统计总体:是指…': a numbered headword with its colon after a single space
    r"|(?<=\s)(?=\d{1,3}[ \u3000]?、[^，,。；;:：\s]{1,20}[ \u3000]*[:：])"
    # a chapter heading run into the paragraph after a sentence end (…数量表现。第二章…)
    r"|(?<=[。！？])(?=第[一二三四五六七八九十\d]{1,3}[章节節][^，,。；;:：]{0,30}(?:[一二三四五六七八九十]{1,3}、)?[^，,。；;:：]{0,10}(?:解释|解釋)\s)"
)


def _is_furniture(text: str) -> bool:
    return bool(_FURNITURE.search(text))


# A headword ending like this names a remark about the figures (统计口径, 统计范围, 数据来源,
# 调查方法, 有关说明), not a term.
_REMARK = re.compile(
    r"(?:口[径徑]|[范範][围圍]|方法|(?:[调調]查|[统統][计計])方式|[说說]明|[备備][注註]|注[释釋]|(?:采集|採集|[数數]据|[数數]據)渠道|"
    # 数据来源, 资料来源 (a source remark); 资金来源 (funds by source) is a term
    r"^[来來]源|(?:[数數][据據]|[资資]料|信息|文章|稿件|[图圖]片|新[闻聞]|消息|[样樣]本)[来來]源)$"
)


# A date is no headword ([8]2018年年末,0—14岁(含不满15周岁)人口为…).
_DATE_TERM = re.compile(
    r"^\d{2,4}(?:年(?:\d{1,2}(?:[—-]\d{1,2})?月(?:\d{1,2}日)?)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)"
    r"(?:年?[末底初]|上半年|下半年|全年|[前第]?[一二三四1-4]季度|[上中下]旬|末)?$"
)
# A subject that is the document itself or its table (本表全国合计不包括…, 本公报中数据…): a
# remark about the figures, not a term.
_DOCUMENT_SUBJECT = re.compile(r"^(?:本|上|下|此|该|該)(?:篇|期|卷|部分)?(?:表|公报|公報|报告|報告|文|年鉴|年鑒|资料|資料|栏|欄|章|节|節|附表|图|圖)|^表中")


# A subject ending in a negation (教育数据中没有 | 包括…, 数据并未 | 包含…) is a clause.
_NEGATED = re.compile(r"(?:没有|沒有|并未|並未|尚未|均未|并不|並不|均不|都不|暂未|暫未)$")


# A word pointing back to terms already named (…分为一般债券和专项债券。前者是指…,后者是指…) names no
# term of its own: the sentence goes on explaining the term before it.
_ANAPHORA = re.compile(r"前者|后者|後者|二者|两者|兩者|三者|其|它|它们|它們|此|这|這|该|該|此类|此類|这类|這類")
# A subject opening with a criterion before 包括/含 (按收获季节包括…, 按照用途包括…, 根据…) classifies; it
# names no term (按劳分配是指… does).
_CRITERION = re.compile(r"^(?:按照|依照|依据|依據|根据|根據|按)")


# A part, chapter or section number (第一部分 …概况 in a table of contents) is no headword.
_PART_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|[章节節篇编編卷])$")


def _balanced(text: str) -> bool:
    """Every bracket opened in ``text`` is closed in it (a colon inside ``(外延新词:…)`` is
    no separator)."""
    depth = 0
    for ch in text:
        if ch in "(（[【〔《“":
            depth += 1
        elif ch in ")）]】〕》”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# A bracketed aside in a headword (居民消费价格指数(Consumer Price Index,简称CPI)): its
# punctuation and length do not count against the headword.
_ASIDE = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _good_term(term: str) -> bool:
    core = strip_pinyin(term).strip(_SPACE)
    outside = _ASIDE.sub("", core)
    if not 2 <= len(core) <= MAX_TERM + 40 or len(outside) > MAX_TERM or _TERM_BAD & set(outside) or "【" in core:
        return False
    if _LABELS.match(core) or core[0].isdigit() and core.replace(".", "").isdigit():
        return False
    if _REMARK.search(core) or not _balanced(core.replace("”", "“").replace("“", "")):
        return False
    if core[0].isdigit() and _DATE_TERM.match(core) or _DOCUMENT_SUBJECT.match(core) or _PART_NUMBER.match(core):
        return False
    if core.count("“") != core.count("”") or core.count("「") != core.count("」"):
        return False  # 财政拨款“ / 三公”经费支出情况说明: a heading split by spaces inside its quotation marks
    if _NEGATED.search(core):  # 教育数据中没有(包括…): a remark about the figures, not a headword
        return False
    if _ANAPHORA.fullmatch(core):  # 前者是指…,后者是指…: no term named
        return False
    if re.search(r".是.{2,}", core.replace("是指", "")):  # “放管服”是…的一个重要概念: a clause
        return False
    # a slogan of numbers in quotation marks (“8+4”, “1+N”) is a headword too
    return any("\u4e00" <= ch <= "\u9fff" for ch in core) or bool(_QUOTED_NUMBERS.fullmatch(core))


# “8+4”, “1+N”, “3+X”: a slogan written in digits, in quotation marks.
_QUOTED_NUMBERS = re.compile(r"[“「\"](?=[^”」\"]*\d)[0-9A-Za-z+＋×·]{1,12}[”」\"]")


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
        pieces = [m.start() for m in _INLINE_NOTE.finditer(line.raw)] if "、" in line.raw or "[" in line.raw else []
        cuts = [0] + [p for p in pieces if p > 0] + [len(line.raw)]
        numbered_line = bool(_NOTE_NUMBER.match(line.raw))
        if not numbered_line and last_note is not None and len(cuts) == 2 and (
            line.indent == note_indent and note_indent > 0 or _wrapped(lines, last_note, line) or _list_goes_on(lines, last_note, line)
        ):
            last_note.join(line.index, line.start + line.indent, line.raw.strip(_SPACE))
            continue
        last_note = None
        for a, b in zip(cuts, cuts[1:]):
            piece = line.raw[a:b]
            number = _NOTE_NUMBER.match(piece)
            unit = _Unit(line.start + a, piece, line.index + 1, bool(number), [line.index], opens_list="其中" in piece)
            units.append(unit)
            if number and not _bare_heading(piece):
                last_note, note_indent = unit, line.indent
            elif not number and len(cuts) == 2 and _COLON_DEFINITION.match(piece.strip(_SPACE)):
                last_note, note_indent = unit, -1  # X:是指…, wrapped by a PDF line break like a note
    for unit in units:
        unit.close()
    return units


# A numbered line that is only a heading (1、指标涵义, 3.主要统计指标解释, 2.统计范围): the
# lines after it are what it announces, not its continuation.
_HEADING_NOTE = re.compile(r"[^，,。；;：:!！?？|]{1,20}")


def _bare_heading(piece: str) -> bool:
    body, _ = _strip_number(piece)
    return bool(_HEADING_NOTE.fullmatch(strip_pinyin(body).strip(_SPACE)))


# A PDF line break: a note line of some length that ends inside a sentence goes on, without a
# blank line, on the next line (1.一般公共预算拨款:是指本级财政当年拨付的预算资金, / 包含…).
_WRAP_MIN = 15


def _wrapped(lines: list[_L], note: _Unit, line: _L) -> bool:
    previous = lines[note.lines[-1]]
    if previous.index != line.index - 1 or _table_row(line.raw) or _table_row(previous.raw):
        return False
    tail = previous.clean.strip(_SPACE)  # (the last joined line, not the whole note)
    return len(tail) >= _WRAP_MIN and not re.search(rf"[{_SENTENCE_END}；;:：][{_CLOSE_CLASS}]*$", tail)


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


# A bullet opening a list item (- 政治意识:坚定…), as markdown and explainer sites write them.
_BULLET = re.compile(r"^[\s\u3000]*[-*+•·▪●][\s\u3000]+(?=[^\s\u3000])")


def _strip_number(text: str) -> tuple[str, int]:
    match = _NOTE_NUMBER.match(text) or _LOST_INDENT.match(text) or _BULLET.match(text)
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


def _colon_entry(unit: _Unit) -> Found | None:
    """``headword:definition`` (a numbered note or a line of a list)."""
    body, skip = _strip_number(unit.text)
    match = re.match(r"([^:：\n]{1,40}?)[\s\u3000]*[:：][\s\u3000]*", body)
    if not match or not _good_term(match.group(1)) or _VERB_BEFORE_COLON.search(match.group(1)):
        return None  # 常住人口包括:…: a sentence whose list follows its verb, read as prose
    term = match.group(1).strip(_SPACE)
    glued = _GLUED_HEADING.match(term)
    if glued and glued.end() < len(term) and _good_term(term[glued.end() :]):
        term, skip = term[glued.end() :], skip + body.index(term) + glued.end()  # 附注1、指标解释X:…
        body = unit.text[skip:]
        match = re.match(r"([^:：\n]{1,40}?)[\s\u3000]*[:：][\s\u3000]*", body)
    body = _PAGE_TAIL.sub("", body)  # …的资金. -23- (a page number), …支出. ........ (a site's ellipsis)
    definition = body[match.end() :].rstrip(_SPACE + "|").rstrip("；;")  # (4)X:指…;: the list separator
    if "*" in term[:1] + term[-1:] and _good_term(term.strip("*" + _SPACE)):  # 1. **稳就业**:… (markdown left in the page)
        term, definition = term.strip("*" + _SPACE), definition.lstrip("*" + _SPACE)
    if len(strip_pinyin(definition)) < 4 or definition[:1] in "/":
        return None
    start = unit.start + skip
    quote = body.rstrip(_SPACE + "|").strip(_SPACE)
    return Found(term, definition, quote, unit.line, start, unit.at(len(unit.text.rstrip(_SPACE + "|"))))


# In the first sentence of a note or paragraph, an alias opens the definition:
# 国内生产总值简称GDP,是… / 就业人口,又称在业人口。… → the headword is what comes before.
# An English name opens it too: 恩格尔系数,英文名称为Engel's Coefficient,具体是指…
_ALIAS_WORDS = r"[简簡]称|[简簡]稱|又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|原称|原稱|英文(?:名[称稱]?|[称稱])?[为為]|英文名"
# (…优化服务的简称 names what the term abbreviates: after 的 it is no alias.)
_ALIAS = re.compile(rf"[,，]?(?<!的)(?:{_ALIAS_WORDS})")
# A bracketed gloss with a Latin name or an abbreviation directly before 是 makes 是 a
# definition marker: 居民消费价格指数(Consumer Price Index,简称CPI)是度量…
_GLOSS_IS = re.compile(r"[(（][^()（）]*(?:[A-Za-z]|[简簡][称稱])[^()（）]*[)）](是)(?!指)")
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
    return Found(match.group(1), definition, body, unit.line, unit.start + skip, unit.at(skip + len(body)))


# A section heading that announces points (意义, 措施, 目标 …): the numbered ``X:…`` items
# under it are points, not definitions (三、“放管服”改革的意义 / 1. 激发市场活力:…).
_POINTS = re.compile(
    r"(?:意义|意義|作用|成效|好处|好處|措施|举措|舉措|目标|目標|任务|任務|要求|原则|原則|做法|经验|經驗|"
    r"特点|特點|优势|優勢|案例|步骤|步驟|影响|影響|亮点|亮點|重点|重點)[:：]?$"
)
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节節部])")


# A document's section number in Chinese numerals (四、方法与流程): the paragraph under such a
# heading is the section's text, a definition only when it opens as one.
_NUMERAL_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def _section_heading(text: str) -> bool:
    """A numbered section heading (二、新发展理念的意义, (三)主要做法): short, no sentence punctuation."""
    return bool(_SECTION_NUMBER.match(text)) and len(text) <= 30 and not re.search(r"[。；;，,!！?？:：]", text)


def _points_sections(lines: list[_L]) -> list[bool]:
    """Per line: does it lie under a heading that announces points? One pass; a heading is a
    short line with no sentence punctuation that is not an Arabic-numbered item."""
    out, state = [False] * len(lines), False
    for k, line in enumerate(lines):
        if line.blank:
            continue
        text = line.clean.strip(_SPACE)
        if len(text) <= 30 and not re.search(r"[。；;，,!！]", text) and not re.match(r"^[\[（(]?\d", text):
            if _SECTION_NUMBER.match(text) or not re.search(r"[:：].", text):
                state = bool(_POINTS.search(text.rstrip("?？")))
        out[k] = state
    return out


# 为 is a definition marker in the first sentence of a note or paragraph that defines a ratio:
# [5]全员劳动生产率为国内生产总值(按2015年价格计算)与全部就业人员的比率。
_RATIO_IS = re.compile(r"[为為]")
_RATIO_END = re.compile(rf"(?:[的之](?:比率|比值|比重|比例|百分比)|之比)[。{_CLOSE_CLASS}\s\u3000;；]*$")
# What follows a marker in a question, not a definition: 规模以上工业指的是什么意思
_ASKS = re.compile(r"^(?:的是|的)?(?:什么|什麼|啥|哪些|哪个|哪個)")
_CONNECTIVE = re.compile(r"其中|另外|此外|同时|同時|答|问|問|所谓|所謂|而|但|再如|又如")
_SENTENCE = re.compile(rf"[^{_SENTENCE_END}；;]*(?:[{_SENTENCE_END}；;][{_CLOSE_CLASS}]*|$)")
# A lead clause that places the term inside a whole (第三产业增加值构成中,其他服务业包括…).
_WITHIN = re.compile(r"[在]?[^,，。；;：:]{2,16}(?:构成|構成|分类|分類|总额|總額|总量|總量|产业|產業|行业|行業)?[中里内]")
_CONTINUES = re.compile(r"^(?:不?包括|不?含|其中|即|也|还(?!有)|還(?!有)|它|该|該|这|這|此|并|並|但)")


# A note or paragraph opening with a quoted headword, a comma and 即 defines it: “河长制”,即由…
_QUOTED_JI = re.compile(r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,30}[”」][\s\u3000]*[,，][\s\u3000]*(即)(?![使便将將])")
# 所谓X,是指… / 所谓X,就是…: the frame word is no part of the term, and after it 就是 defines.
# X,通俗的讲就是… / X,简单来说就是…: a plain-words frame defines X; the definition keeps the frame.
_PLAIN_WORDS_IS = re.compile(
    r"[^,，。；;:：]{1,25}[,，][\s\u3000]*((?:通俗|简单|簡單|简单来|簡單來)(?:地|的)?(?:讲|講|说|說)|说白了|說白了)[,，]?[\s\u3000]*就是"
)
_SO_CALLED = re.compile(r"^[\s\u3000]*(?:所谓|所謂)[\s\u3000]*")
_SO_CALLED_IS = re.compile(r"[\s\u3000]*(?:所谓|所謂)(?!的)[^,，。；;:：]{1,25}[,，][\s\u3000]*(就是|是(?![否在]))")


# A paragraph opening with a headword and 即 (no comma): 规模以上工业企业即年主营业务收入2000万元及以上的…
_BARE_JI = re.compile(r"[^\s\u3000，,。；;：:、“”\"「」()（）]{4,25}?(?<![立随隨旋当當亦则則])(即)(?![使便将將刻时時可])")


# A paragraph of one sentence opening with a short headword, a comma and 即 (双碳,即碳达峰与碳中和的简称。).
# The headword holds no 的 and the definition is one clause (第二个五年计划的第一年,即一九五八年,出现了… is prose).
_COMMA_JI = re.compile(r"[\s\u3000]*[^\s\u3000，,。；;：:、“”\"「」()（）的]{2,12}[,，][\s\u3000]*(即)(?![使便将將刻时時可])(?=[^,，;；]+$)")


# A first sentence saying what the headword is short for (双碳是碳达峰与碳中和的简称。, X是…的统称): 是 defines.
_SHORT_FOR_IS = re.compile(
    r"[\s\u3000]*[^\s\u3000，,。；;：:、]{2,25}?(是)(?![否在])[^。！？!?；;]{2,80}的(?:[简簡][称稱]|[统統][称稱]|[总總][称稱]|合[称稱]|[缩縮][写寫]|[简簡][写寫])"
    r"(?:[。！!；;]|$)"
)


# An answer label before a definition (A:双碳即…, 答:…, 回答:…).
_ANSWER_LABEL = re.compile(r"[Aa]|答|回答|解答|答案")


class _JiMatch:
    """The marker 即 of a :data:`_BARE_JI` match, shaped like a marker match."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def start(self, group: int = 0) -> int:
        return self._match.start(1)

    def end(self, group: int = 0) -> int:
        return self._match.end(1)


def _outside_brackets(pattern: re.Pattern[str], text: str, limit: int) -> re.Match[str] | None:
    """The first match of a marker in ``text[:limit]`` that lies outside brackets:
    ``0—14岁(含不满15周岁)`` holds no marker (a lost note bracket ``)X…`` opens none)."""
    for match in pattern.finditer(text, 0, limit):
        if _balanced(text[: match.start()].lstrip(_SPACE + ")）]】")):
            return match
    return None


# A subject naming the term's meaning (耕地的含义是指…, X的定义为…): the term is what comes before 的.
_FRAMED_TERM = re.compile(r"(.+?)的(?:含[义義]|涵[义義]|定[义義]|概念|意思)")


# After a definition ending in ``;``, 则是/则指 defines the next term in parallel
# (“六稳”指的是:稳就业、…;“六保”则是在“六稳”的基础上…): the definition keeps 则.
_THEN_IS = re.compile(r"[则則](?:是|指|[为為])(?![否])")


# A closing lead-in after the definition's last sentence (…”。具体来说: / the list below): no
# definition ends in a colon.
_CLOSING_LEAD_IN = re.compile(r"(?<=[。！？!?”」』)）])[\s\u3000]*[^。！？!?:：=＝\d]{1,30}[:：][\s\u3000]*$")


# An answer opening with the term and its category (三区三线,政务术语。/ X,经济学名词。): the
# whole paragraph is its definition.
_CATEGORY_LABEL = re.compile(
    r"^[\s\u3000]*([^\s\u3000,，。；;：:!！?？|]{2,25})[,，][\s\u3000]*"
    # (X,汉语词语,意思是…: the label may end in a comma before the meaning)
    r"([\u4e00-\u9fff]{0,6}(?:术语|術語|用语|用語|名词|名詞|词语|詞語|概念)(?:[。.]|[,，](?=[\s\u3000]*(?:意思是|意思為|意思为|意为|意為|是指|指|即))))(?=.)"
)


# A site's name glued before a headword by injected spam (…官方网站货物进出口总额指…): no part of the term.
# (Only a site's own name: 政府网站集约化 keeps its words.)
_SITE_NAME = re.compile(r"^[^\s\u3000，,。；;：:]{2,12}?(?:官方网站|官方網站|官网|官網|[Aa][Pp][Pp]下[载載])")


def _pair_run_in(term: str) -> str:
    """A headword naming two terms (A和B) run straight into the definition of its first part
    (商品目的地进口额和商品货源地出口额 + 目的地进口额指…;货源地出口额指…): the repeated part at the end,
    which opens the definition; '' otherwise."""
    plain = strip_pinyin(term)
    if plain != term or len(term) < 9:
        return ""
    for cut in range(len(term) // 2, len(term) - 2):
        head, tail = term[:cut], term[cut:]
        joined = re.search(r"[和与與及]", head)
        if joined and tail in head[: joined.start()] and head.endswith(tail[-2:]) and len(tail) >= 3:
            return tail
    return ""


def _definitions_in(unit: _Unit) -> list[Found]:
    """``X是指…`` sentences of a unit, with the extent rules of the module docstring."""
    body, skip = _strip_number(unit.text)
    sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(body) if m.group().strip(_SPACE)]  # (trailing spaces are no sentence)
    heads = []  # (sentence index, term, definition offset within body)
    labelled = _CATEGORY_LABEL.match(body)
    if labelled and _good_term(labelled.group(1)) and not unit.numbered:
        # 三区三线,政务术语。三区是指…: the paragraph explains X; the parts it defines are no entries
        term = labelled.group(1).strip(_SPACE)
        return [Found(term, body[labelled.start(2) :].strip(_SPACE), body.strip(_SPACE), unit.line, unit.at(skip + labelled.start(1)), unit.at(skip + len(body.rstrip(_SPACE))))]
    for i, (at, sentence) in enumerate(sentences):
        lead = re.match(r"[^:：]{0,12}[:：]", sentence)  # 追新词:X是指…
        intro = None
        if lead is None and i == 0:  # 记者在代表手中的名词注解上看到:X,是指…;Y,是指…
            intro = re.match(r"[^:：，,。]{13,30}?(?:看到|见到|写道|写着|如下|解释|注解|注释|解釋|註解|註釋)[:：]", sentence)
        if lead and _REMARK.search(strip_pinyin(lead.group()[:-1]).strip(_SPACE)):
            continue  # 统计口径:月度不含…: a remark about the figures, not a definition
        offset = lead.end() if lead and not _good_term(lead.group()[:-1]) or lead and _LABELS.match(lead.group()[:-1].strip()) else 0
        offset = intro.end() if intro else offset
        text = sentence[offset:]
        marker = _outside_brackets(_MARKER, text, MAX_TERM + 20)
        if (marker is None or marker.start() == 0) and unit.numbered and i == 0:
            marker = _outside_brackets(_NOTE_MARKER, text, MAX_TERM + 4)
            if (marker is None or marker.start() == 0) and re.match(r"[\s\u3000]*(?:\[\d{1,3}\]|〔\d{1,3}〕)", unit.text):
                marker = _outside_brackets(_NOTE_IS, text, 13)  # [1]产业活动单位是法人单位的组成部分。
        if (marker is None or marker.start() == 0) and i == 0:
            ratio = _outside_brackets(_RATIO_IS, text, MAX_TERM + 4)
            if ratio is not None and (marker is None or ratio.start() < marker.start()) and _RATIO_END.search(text):
                marker = ratio  # [5]全员劳动生产率为国内生产总值与全部就业人员的比率。
        answered = offset == 0 or bool(lead and _ANSWER_LABEL.fullmatch(lead.group()[:-1].strip(_SPACE)))  # A:双碳即…
        if marker is None and i == 0 and answered and not unit.numbered and len(sentences) == 1:
            marker = _BARE_JI.match(text) or _COMMA_JI.match(text)  # 规模以上工业企业即…, 双碳,即…: a paragraph of one sentence
            marker = marker if marker is None else _JiMatch(marker)
        if marker is None and i == 0 and answered:
            marker = _SHORT_FOR_IS.match(text)  # 双碳是碳达峰与碳中和的简称。
            marker = marker if marker is None else _JiMatch(marker)
        at_marker = marker.start() if marker is not None else len(text)
        if marker is not None and text.startswith("反映", at_marker) and text[at_marker - 1 : at_marker] == "是":
            at_marker -= 1  # 1.客运周转量是反映…: 是 opens the definition, as in 是指
        if marker is None and i == 0:
            so_called = _SO_CALLED_IS.match(text) or _PLAIN_WORDS_IS.match(text)  # 所谓三保,就是保基本民生…; X,通俗的讲就是…
            marker = so_called if so_called is None else _JiMatch(so_called)
            at_marker = marker.start() if marker is not None else len(text)
        if i == 0:
            quoted = _QUOTED_JI.match(text)  # 1、“河长(zhǎng)制”,即由…
            if quoted is not None and quoted.start(1) < at_marker:
                marker, at_marker = quoted, quoted.start(1)
            gloss = _GLOSS_IS.search(text, 0, MAX_TERM + 60)
            if gloss is not None and 0 < gloss.start(1) < at_marker:
                marker, at_marker = gloss, gloss.start(1)
            alias = _ALIAS.search(text, 0, MAX_TERM + 4)
            if alias is not None and 0 < alias.start() < at_marker and text[alias.end() :].strip(_SPACE):
                term = text[: alias.start()].lstrip(_SPACE + "?？)）]】").strip(_SPACE)
                if _good_term(term) and not re.search(r".[“「\"]", term):
                    definition_at = alias.start() + (1 if text[alias.start()] in ",，" else 0)
                    heads.append((i, term, at + offset + definition_at))
                    continue
        if (marker is None or at_marker == 0) and i > 0 and heads and heads[-1][0] == i - 1 and sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;":
            then = _outside_brackets(_THEN_IS, text, MAX_TERM + 4)  # “六稳”指的是:…;“六保”则是…: a parallel definition
            if then is not None and then.start() > 0:
                marker, at_marker = then, then.start()
        if marker is None or at_marker == 0:
            continue
        subject = text[:at_marker]
        bare = subject.rstrip(_SPACE + ",，")
        comma = re.match(r"(.+?)[,，]([^,，]{1,25})$", bare)
        if comma and re.search(r"\d|年", comma.group(2)) and len(comma.group(2)) <= 14:
            # “规模以上工业企业”,1998-2006年,是指…: the period opens the definition
            term, def_at = comma.group(1), offset + comma.start(2)
        elif comma and _CONNECTIVE.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)):
            term, def_at = comma.group(2), offset + at_marker  # 其中,就业人口是指…
        elif comma and unit.numbered and _WITHIN.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)):
            term, def_at = comma.group(2), offset + at_marker  # 第三产业增加值构成中,其他服务业包括…
        else:  # 统计资料的保存管理,是指…  /  X是指…
            term, def_at = bare, offset + at_marker
        lost = len(term) - len(term.lstrip(_SPACE + ")）]】?？"))  # ')X是指…': a note number lost its opener; '??? X': lost characters
        term = term[lost:].strip(_SPACE)
        term = term[_SO_CALLED.match(term).end() :] if _SO_CALLED.match(term) else term  # 所谓“三保”,是指…
        framed = _FRAMED_TERM.fullmatch(term)  # 耕地的含义是指…: the term is 耕地
        term = framed.group(1) if framed and _good_term(framed.group(1)) else term
        listed = offset > 0 or i > 0 and sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;"
        if re.search(r".[“「\"]", term) and not (listed and len(strip_pinyin(term)) <= 12):
            continue  # 着力解决“三老”问题,是指…: prose around a quoted term (not an item of a list after a colon)
        rest = text[marker.end() :].strip(_SPACE)
        if not _good_term(term) or not rest or _ASKS.match(rest) or rest.rstrip(_CLOSERS)[-1:] in "?？":
            continue
        if _CRITERION.match(term) and _NOTE_MARKER.match(text, at_marker):
            continue  # 2、按收获季节包括夏收粮食…: a classification, no term
        site = _SITE_NAME.match(term)  # 江南体育官方网站货物进出口总额指…: an injected site name glued before the term
        if site and _good_term(term[site.end() :]):
            term = term[site.end() :]
        pair = _pair_run_in(term)  # 商品目的地进口额和商品货源地出口额目的地进口额指…;货源地出口额指…
        if pair and bare.endswith(term):
            term, def_at = term[: len(term) - len(pair)], offset + len(bare) - len(pair)
        heads.append((i, term, at + def_at))
    found = []
    for n, (i, term, def_at) in enumerate(heads):
        if len(heads) == 1 and (i == 0 or unit.numbered):
            end = len(body)
        else:
            # several definitions, or one inside a paragraph (其一,含义不同。耕地的含义是指…。农作物播种面积
            # 则是…): a definition takes the sentences that go on about its term; in a paragraph's middle,
            # only those that open so (其中, 也, 它 …), not one that merely names the term again
            j = i + 1
            stop = heads[n + 1][0] if n + 1 < len(heads) else len(sentences)
            key = strip_pinyin(term).strip("“”\"「」")[:4]
            named = len(heads) > 1
            while j < stop and (
                _CONTINUES.match(sentences[j][1].strip(_SPACE))
                or named and key in strip_pinyin(sentences[j][1])
                or sentences[j - 1][1].rstrip(_SPACE)[-1:] in "；;"  # A;B;C。: one list, one sentence
            ):
                j += 1
            end = sentences[j - 1][0] + len(sentences[j - 1][1])
        remark = _SOURCE_REMARK.search(body, def_at, end)  # …临时工。(摘自国家统计局网站)
        end = remark.start() if remark else end
        end = _before_cell(body, def_at, end)
        lead_in = _CLOSING_LEAD_IN.search(body, def_at, end)  # …。具体来说: announcing the lines below
        end = lead_in.start() if lead_in else end
        definition = body[def_at:end].rstrip(_SPACE + "|").rstrip("；;")  # (4)X指…;: the list's separator
        term_at = body.index(term, sentences[i][0])  # (after any lost note-number bracket)
        found.append(
            Found(term, definition.strip(_SPACE), body[term_at:end].rstrip(_SPACE + "|"), unit.line, unit.at(skip + term_at), unit.at(skip + end))
        )
    return _restatements_joined(found)


def _restatements_joined(found: list[Found]) -> list[Found]:
    """``林长制,通俗的讲就是…。林长制是指…``: a sentence restating the headword of the sentence right
    before it (nothing between them) goes on that entry instead of opening one of its own, when that
    entry's definition opens with no marker (a frame such as 通俗的讲就是; two ``X是指…`` sentences
    stay two entries)."""
    out: list[Found] = []
    for entry in found:
        before = out[-1] if out else None
        if before is not None and before.end == entry.start and _unquoted(before.term) == _unquoted(entry.term) and before.definition[-1:] in "。！？" and not _MARKER.match(strip_pinyin(before.definition)):
            out[-1] = Found(before.term, before.definition + entry.quote, before.quote + entry.quote, before.line, before.start, entry.end)
            continue
        out.append(entry)
    return out


def _before_cell(body: str, start: int, end: int) -> int:
    """A data card's definition ends at ``||`` (the next cell); when that cell repeats the
    definition's last words (a data remark appended to it: …一人统计。2020年起,…。||2020年起,…。),
    the remark is cut from the definition too."""
    cell = body.find("||", start, end)
    if cell < 0:
        return end
    after = body[cell + 2 : end].strip(_SPACE + "|")
    before = body[start:cell].rstrip(_SPACE)
    if len(after) >= 4 and len(before) > len(after) and before.endswith(after):
        return start + len(before) - len(after)
    return start + len(before)


# --- pass 2: headword  definition on one line ------------------------------------------------

# A section heading glued to the end of the last definition (…不含保障性住房。主要统计指标解释).
_TRAILING_HEADING = re.compile(
    r"(?<=[。！？!?])(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)$|(?<=[。！？!?])(?:名词|名詞)(?:解释|解釋)$"
)
_SPACED = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？|]{2,25})(?:[\s\u3000]{1,8})(\S.{9,})$")


# 【营业收入】 指企业经营…: a headword in black lenticular brackets, then its definition (enterprise
# form explanations); the brackets are no part of the term, and a label (【释例】, 【意思解释】) is none.
# A space or a definition verb follows the brackets (【代表解词】全国人大代表…: a label run into a comment).
_BRACKETED_HEAD = re.compile(
    r"^[\s\u3000]*【([^【】\s\u3000，,。；;：:!！?？|]{2,25})】(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+|(?=是指|系指|指|即))([\u4e00-\u9fff].{7,})$"
)


def _spaced(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if not free[line.index]:
            continue
        match = _SPACED.match(line.raw)
        bracketed = _BRACKETED_HEAD.match(line.raw)
        if bracketed and not _MEANING_LABEL.match(line.raw.strip(_SPACE)):
            match = bracketed
        below = None if match else _definition_below(lines, free, line)
        if below is not None:  # 财政支出 / 指国家财政…: a headword alone, its definition on the next line
            out.append(below)
            continue
        if not match or not _good_term(match.group(1)) or _is_furniture(line.clean) or _table_row(line.raw):
            continue
        definition = _TRAILING_HEADING.sub("", match.group(2).rstrip(_SPACE))
        if not any("\u4e00" <= ch <= "\u9fff" for ch in definition[:3]) or definition.rstrip(_CLOSERS)[-1:] in "?？":
            continue
        start = line.start + match.start(1)
        out.append(([line.index], Found(match.group(1), definition, line.raw.strip(_SPACE), line.index + 1, start, line.start + len(line.raw.rstrip(_SPACE)))))
    # two lines at least, with different headwords: a title repeated on a page (a header line and
    # the same line above the article, 湖南省统计局 湖南省发展和改革委员会 …) is no yearbook list
    distinct = {re.sub(r"[\s\u3000]+", "", strip_pinyin(entry.term)) for _, entry in out}
    return _spaced_continued(lines, free, out) if len(out) >= 2 and len(distinct) >= 2 else []


_HEAD_ALONE = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？|=＝()（）]{2,25})[\s\u3000]*$")


def _definition_below(lines: list[_L], free: list[bool], line: _L) -> tuple[list[int], Found] | None:
    """In a yearbook list, a headword alone on its line whose definition, opening with 指 or 是指, is
    the next line (no blank line between): one entry of the list, read as a spaced line."""
    head = _HEAD_ALONE.match(line.raw)
    k = line.index + 1
    if head is None or k >= len(lines) or lines[k].blank or not free[k] or not _good_term(head.group(1)):
        return None
    text = lines[k].raw.strip(_SPACE)
    marker = _MARKER.match(text)
    if marker is None or marker.group() not in ("指", "是指") or len(text) < 10 or _is_furniture(line.clean):
        return None
    if not _FINISHED.search(text) and text[-1:] not in ":：":
        return None  # a definition the source broke off (…法人单位实际) is no entry of the list
    end = lines[k].start + len(lines[k].raw.rstrip(_SPACE))
    return ([line.index, k], Found(head.group(1), text, text, line.index + 1, line.start + head.start(1), end))


_SPACED_RUN = 3  # lines at most that continue one entry
_WRAP_TAIL = re.compile(r"[\u4e00-\u9fff0-9A-Za-z、,，]$")


def _wrap_goes_on(definition: str, next_line: str) -> bool:
    """A yearbook definition cut in mid-sentence by a line break (…一种信用活动 / 形式。我国…):
    it ends in a character or a comma, and the next line opens without a headword and a space."""
    head = next_line.strip(_SPACE)
    return bool(_WRAP_TAIL.search(definition.rstrip(_SPACE))) and bool(head) and not _SPACED.match(head)


def _paragraph_between(lines: list[_L], free: list[bool], entry_at: set[int], k: int) -> list[int]:
    """The lines of one paragraph of whole sentences after blank lines, followed (after blank
    lines) by the next entry of the list; or none."""
    if k >= len(lines) or not lines[k].blank:
        return []
    while k < len(lines) and lines[k].blank:
        k += 1
    run = []
    while k < len(lines) and not lines[k].blank and free[k] and k not in entry_at and len(run) < _SPACED_RUN:
        line = lines[k]
        if _is_furniture(line.clean) or _table_row(line.raw) or _meta_line(line) or _headword(line) and len(line.clean.strip(_SPACE)) < 12:
            return []
        if not _FINISHED.search(line.clean.rstrip(_SPACE)):
            return []
        run.append(k)
        k += 1
    while k < len(lines) and lines[k].blank:
        k += 1
    return run if run and k in entry_at else []


def _spaced_continued(lines: list[_L], free: list[bool], out: list[tuple[list[int], Found]]) -> list[tuple[list[int], Found]]:
    """A yearbook entry goes on over the lines that follow it without a blank line when they
    lie between it and the next entry of the list (农林牧渔业总产值的计算方法… after 农林牧渔业总产值
    指…), or when it ends announcing a formula (…计算公式为: / 可支配收入=…)."""
    entry_at = {taken[0] for taken, _ in out}
    # entries set apart by blank lines: a paragraph between two of them, set apart alike, goes on the first
    apart = len(out) >= 2 and all(taken[0] > 0 and lines[taken[0] - 1].blank for taken, _ in out[1:])
    result = []
    for taken, entry in out:
        k, run = taken[-1] + 1, []
        paragraph = _paragraph_between(lines, free, entry_at, k) if apart and _FINISHED.search(entry.definition.rstrip(_SPACE)) else []
        if paragraph:  # 普通高等学校 指…。 / (blank) / 大学、独立设置的学院主要实施…。 / (blank) / 成人高等学校 指…
            texts = [lines[m].raw.strip(_SPACE) for m in paragraph]
            last = lines[paragraph[-1]]
            joined = Found(entry.term, entry.definition + "".join(texts), entry.quote + "".join(texts), entry.line, entry.start, last.start + len(last.raw.rstrip(_SPACE)))
            result.append(([*taken, *paragraph], joined))
            continue
        if entry.definition.rstrip(_SPACE)[-1:] in ":：":  # …计算公式为: / (blank lines) / 经营净收入=经营收入-…
            while k < len(lines) and lines[k].blank and k - taken[-1] <= 3:
                k += 1
            if k < len(lines) and (k == taken[-1] + 1 or not re.search("[=＝]", lines[k].clean)):
                k = taken[-1] + 1
        while k < len(lines) and len(run) < _SPACED_RUN and k not in entry_at and free[k] and not lines[k].blank:
            line = lines[k]
            if _is_furniture(line.clean) or _table_row(line.raw) or _meta_line(line) or _headword(line) and len(line.clean.strip(_SPACE)) < 12:
                break
            run.append(k)
            k += 1
        if not run:  # the next line is blank, another entry or furniture: nothing goes on
            result.append((taken, entry))
            continue
        announces = entry.definition.rstrip(_SPACE)[-1:] in ":："
        if announces:  # …计算公式为: / the formula line
            run = run[:1]
        elif not (k in entry_at and all(_FINISHED.search(lines[m].clean.rstrip(_SPACE)) for m in run)):
            run = []  # only paragraphs of whole sentences between two entries continue the first
        elif not _FINISHED.search(entry.definition.rstrip(_SPACE)) and not _wrap_goes_on(entry.definition, lines[run[0]].clean):
            run = []  # a definition broken across a line (…一种信用活动 / 形式。我国…) goes on
        if not run:
            result.append((taken, entry))
            continue
        texts = [lines[m].raw.strip(_SPACE) for m in run]
        last = lines[run[-1]]
        joined = Found(entry.term, entry.definition + "".join(texts), entry.quote + "".join(texts), entry.line, entry.start, last.start + len(last.raw.rstrip(_SPACE)))
        result.append(([*taken, *run], joined))
    return result


# 注:旅游饭店为列入省旅游局统计范围的酒店、宾馆(主要为星级酒店) |: a table's note defining one of its
# row labels by 为 (a figure after 为 is no definition, nor is 为了/为主/为例/为止).
_TABLE_NOTE = re.compile(
    r"^[\s\u3000]*(?:注|註|备注|備註)[:：][\s\u3000]*([^\s\u3000，,。；;:：|（(]{2,12}?)([为為](?![了主例止准準何])[\u4e00-\u9fff][^|｜]{5,}?)[\s\u3000|｜]*$"
)


def _table_notes(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """A note under a table (``注:X为…``) whose X is a row label of the table above it (a cell of a
    ``|`` row opens with X, after an optional ``#`` or section number) defines X."""
    out = []
    labels: set[str] = set()
    for line in lines:
        if line.blank:
            continue
        if _table_row(line.raw):
            for cell in re.split(r"[|｜]", line.clean):
                cell = re.sub(r"^[\s\u3000#]*(?:[一二三四五六七八九十]{1,3}、)?", "", cell).strip(_SPACE)
                labels.update(cell[:k] for k in range(2, min(len(cell), 12) + 1))  # its openings (terms are 2–12 characters)
            continue
        match = _TABLE_NOTE.match(line.raw)
        if not match or not free[line.index] or not labels or not _good_term(match.group(1)):
            continue
        term = match.group(1)
        if term not in labels:
            continue
        definition = match.group(2).rstrip(_SPACE + "|｜")
        end = line.start + match.end(2)
        out.append((line.index, Found(term, definition, term + definition, line.index + 1, line.start + match.start(1), end)))
    return out


# --- pass 1a: an encyclopedia card in table cells -------------------------------------------

# 词条 | 营业额 | / 类别 | … | / 释义 | 营业额生产、经营单位…。 |: the headword row and the meaning row of a card.
_CARD_HEAD = re.compile(r"^(?:词条|詞條|条目|條目|词目|詞目|名称|名稱|术语|術語|词语|詞語)$")
_CARD_MEANING = re.compile(r"^(?:释义|釋義|解释|解釋|定义|定義|含义|含義|词义|詞義|释文|釋文|基本解释|基本解釋)$")
_CARD_ROWS = 4  # rows at most between the headword row and the meaning row


def _cards(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """A card whose rows are ``label | value |`` cells: the value of a headword row (词条, 名称, 术语)
    is the term, the value of the meaning row below it (释义, 解释, 定义) its definition, a restated
    headword at its start left out (营业额生产、经营单位… → 生产、经营单位…)."""
    out = []
    head: tuple[int, str] | None = None
    for line in lines:
        if line.blank or not free[line.index] or not _table_row(line.raw):
            continue
        cells = [c.strip(_SPACE) for c in re.split(r"[|｜]", line.raw.strip(_SPACE))]
        cells = [c for c in cells if c]
        if len(cells) < 2:
            continue
        label, value = strip_pinyin(cells[0]), "|".join(cells[1:])
        if _CARD_HEAD.match(label) and len(cells) == 2 and _good_term(value):
            head = (line.index, value)
            continue
        if head is None or line.index - head[0] > _CARD_ROWS or not _CARD_MEANING.match(label) or len(cells) != 2:
            continue
        term = head[1]
        definition = value
        if definition.startswith(term):
            definition = definition[len(term) :].lstrip(_SPACE + ",，:：")
        if len(strip_pinyin(definition)) < 4 or not _FINISHED.search(definition):
            continue
        at = line.start + line.raw.index(value)
        out.append(([head[0], line.index], Found(term, definition, value, line.index + 1, at, at + len(value))))
        head = None
    return out


# --- pass 1b: numbered colon headword lines with the explanation below ------------------------

# 1.公共物品: / 4、公共生产: — a numbered headword line ending in a colon (an exam glossary), the
# explanation on the lines below it; a page-reference line (【P14】, 【】) is skipped.
_NUMBERED_COLON_HEAD = re.compile(r"^[\s\u3000]*\d{1,2}[\s\u3000]*[.．、][\s\u3000]*([^\s\u3000，,。；;：:!！?？|]{2,25})[\s\u3000]*[:：][\s\u3000]*$")
_PAGE_REFERENCE = re.compile(r"^【(?:[Pp第]?[\s\u3000]*\d{0,4}[\s\u3000]*[页頁]?)】$")
_RESTATED_VERB = re.compile(r"[,，]?[\s\u3000]*(?=是指|系指|係指|是(?![否的])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|即(?![使便将將]))")


def _numbered_colon_heads(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``N.X:`` headword lines, each explained by the lines below it up to the next such line (or
    a blank line, furniture, a heading); two at least. A restated headword opening the explanation
    (综合所得税,是… / 预算赤字是指…) is left out of the definition, as in the other layouts."""
    heads = [None if line.blank or not free[k] else _NUMBERED_COLON_HEAD.match(line.raw) for k, line in enumerate(lines)]
    heads = [h if h is not None and _good_term(h.group(1)) else None for h in heads]
    if sum(1 for h in heads if h) < 2:
        return []
    out = []
    n = len(lines)
    for i, head in enumerate(heads):
        if head is None:
            continue
        body, k = [], i + 1
        while k < n and free[k] and not lines[k].blank and heads[k] is None and not _is_furniture(lines[k].clean) and not _NOTE_NUMBER.match(lines[k].raw):
            if not _PAGE_REFERENCE.match(lines[k].clean.strip(_SPACE)):
                body.append(k)
            k += 1
        texts = [lines[m].raw.strip(_SPACE) for m in body]
        if not texts or len(strip_pinyin("".join(texts))) < 4:
            continue
        term = head.group(1)
        quote = "".join(texts)
        definition = quote
        restated = _RESTATED.match(definition)
        if restated and _unquoted(restated.group(1)) == _unquoted(term):
            definition = definition[restated.end() :]
        elif definition.startswith(term) and _RESTATED_VERB.match(definition, len(term)):
            definition = definition[_RESTATED_VERB.match(definition, len(term)).end() :]
        last = lines[body[-1]]
        start = lines[i].start + head.start(1)
        out.append(([i, *range(i + 1, k)], Found(term, definition, quote, i + 1, start, last.start + len(last.raw.rstrip(_SPACE)))))
    return out if len(out) >= 2 else []


# --- pass 2a: entries run into one paragraph ------------------------------------------------

# '…划分。 国民经济行业分类 自2003年…': after a sentence end, spaces, a headword, one space and
# the definition (yearbook text whose line breaks became spaces).
_RUN_IN_CUT = re.compile(r"(?<=[。！？!?])[\s\u3000]+(?=[^\s\u3000，,。；;：:!！?？|]{2,25}[\s\u3000][\u4e00-\u9fff])")
_RUN_IN_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25})[\s\u3000]([\u4e00-\u9fff].*)")
# Heading words before the first entry of such a paragraph (主要统计指标解释 行政区划 指…).
_RUN_IN_HEADING = re.compile(r"[^\s\u3000]{0,40}(?:解释|解釋)[\s\u3000]+")


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
            if not match or not _good_term(match.group(1)) or _is_furniture(strip_pinyin(piece)):
                continue
            definition = match.group(2)
            if len(strip_pinyin(definition)) < 8 or not _FINISHED.search(definition):
                continue  # cut by the page
            start = line.start + a + match.start(1)
            entries.append(Found(match.group(1), definition, piece[match.start(1) :], line.index + 1, start, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


# A database entry whose table cells are joined by commas (…,内黄县,主要统计指标解释,人口数指…。,出生率(又称粗
# 出生率)指…。,…): after the heading cell, each cell that opens with a headword and 指 is an entry.
_CELL_HEADING = re.compile(r"[,，](?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)[,，]")
_CELL_CUT = re.compile(r"(?<=[。！？!?])[,，]")
_CELL_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25}?)((?:是指|系指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])).*)")


# 国土--指中华人民共和国…: a document site's copy joining headword and definition with a double dash.
_DASHED = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？—\-－]{2,25})[\s\u3000]*(?:--|——|－－)[\s\u3000]*(\S.*)$")


def _dashed(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X--指…`` lines, at least two whose definition opens with a marker (指, 是指 …) within
    its first words (``土地资源--土地指…`` restates the headword first); a heading such as
    ``主要统计指标解释--行政区划和自然资源`` defines nothing and is none."""
    out = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _DASHED.match(line.raw)
        if not match or not _good_term(match.group(1)):
            continue
        definition = match.group(2).rstrip(_SPACE)
        marker = _MARKER.search(strip_pinyin(definition)[:12])
        if not marker or "。" not in definition and len(definition) < 40:
            continue
        out.append((line.index, Found(match.group(1), definition, line.raw[match.start(1) :].rstrip(_SPACE), line.index + 1, line.start + match.start(1), line.start + len(line.raw.rstrip(_SPACE)))))
    return out if len(out) >= 2 else []


def _run_in_cells(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Explanations run into one line of comma-joined table cells after a 指标解释 cell: cut after
    each sentence end followed by the cell comma; a piece opening with ``X指…`` and ending a sentence
    is an entry (a piece the line ends inside, or one opening otherwise, is none). Two at least."""
    out = []
    for line in lines:
        raw = line.raw
        heading = _CELL_HEADING.search(raw) if free[line.index] and not line.blank else None
        if heading is None:
            continue
        starts = [heading.end()] + [m.end() for m in _CELL_CUT.finditer(raw, heading.end())]
        pieces = []  # (start, term, definition offset in the piece, piece)
        for a, b in zip(starts, [*starts[1:], len(raw)]):
            piece = raw[a:b].rstrip(_SPACE + ",，")
            match = _CELL_ENTRY.fullmatch(piece)
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
            if not _FINISHED.search(definition) and not _CLOSING_FORMULA.search(definition):
                continue  # cut by the page
            entries.append(Found(term, definition, piece, line.index + 1, line.start + a, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


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
_RUN_IN_COLON_ENTRY = re.compile(r"([^\s\u3000，,。；;：:!！?？|]{2,25})[:：][\s\u3000]*(\S.*)")
# Heading words before the first entry (附注 1.指标解释 X:…): short tokens, each ending in a
# space, the last one a heading (…解释, 附注, 注释, 说明).
_RUN_IN_COLON_HEAD = re.compile(r"(?:[^\s\u3000]{1,12}[\s\u3000]+){0,3}?(?=[^\s\u3000]{2,25}[:：])")


def _run_in_colon(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X:…`` entries run into one paragraph: a line counts when at least two entries follow
    one another in it, each after a sentence end and spaces; words before the first entry count
    only as a heading (their last word ends in 解释, 注 or 说明)."""
    out = []
    for line in lines:
        raw = line.raw
        if not free[line.index] or line.blank or _table_row(raw) or "。" not in raw:
            continue
        cuts = [m.end() for m in _RUN_IN_COLON_CUT.finditer(raw)]
        if not cuts:
            continue
        first = raw[: cuts[0]]
        head = _RUN_IN_COLON_HEAD.match(first, len(first) - len(first.lstrip(_SPACE)))
        words = first[head.start() : head.end()].split() if head else []
        if head is None or words and not re.search(r"(?:解释|解釋|注|註|说明|說明)$", words[-1]):
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
            entries.append(Found(match.group(1), definition, piece, line.index + 1, line.start + a, line.start + a + len(piece)))
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out


# --- pass 4: headword lines ------------------------------------------------------------------

_PREFIX = re.compile(
    r"^[\s\u3000]*(?:[●○■□◆◇▲△★☆·•◎]+[\s\u3000]*|[（(]新?[^（()）]{0,6}[一二三四五六七八九十\d]{1,3}[）)][\s\u3000]*|"
    r"\d{1,2}[\s\u3000]*[.．、][\s\u3000]*|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}[个個条條][:：]?|"
    r"\*{1,3}(?=[^*\s\u3000])|#{1,4}[\s\u3000]+)"  # markdown left in the page: **高质量发展**, ## 高质量发展
)
# An explanation opening with a commentary label (关键词解读:, 实例分析:, 点评:) comments on a keyword
# heading; it does not define it.
_COMMENTARY_LABEL = re.compile(r"^[^\s\u3000:：，,。【】]{0,6}(?:解[读讀]|[点點][评評]|[评評][论論析]|分析)[\s\u3000]*[:：]")
_QUESTION = re.compile(
    r"^(?:什么是|什麼是|何为|何為|什么叫|什麼叫|何谓|何謂)?(.{2,30}?)"
    r"(?:(?:指的是什么|是指什么|指什么|是什么|指的是什麼|是指什麼|指什麼|是什麼|是啥)(?:意思)?|什么意思|什麼意思|啥意思)?[?？]$"
)
# A question title that lost its question mark: 规模以上工业指的是什么意思
_QUESTION_TAIL = re.compile(r"(?:指的是|是指|指|是)?(?:什么|什麼|啥)(?:意思)?$|^(?:什么是|什麼是|什么叫|什麼叫|何谓|何謂)")


# A question about a quoted word that a qualifier places (工业统计中“四下”企业财务状况中的"营业成本"指什么?):
# the term is the quoted word, quotation marks kept.
_ASKED_QUOTED = re.compile(r"^[^?？]{1,30}?的([“「\"][^“”「」\",，。]{1,20}[”」\"])$")
# A line wholly in brackets after an explanation (the answering office, a contact): a remark that
# ends the explanation, so an answer repeated below it is not joined to it.
_BRACKETED_REMARK = re.compile(r"^[(（][^()（）]{2,80}[)）]$")


# A heading naming a term's meaning (“放管服”的含义, 新质生产力的定义): the term is what comes before 的.
_FRAMED_HEADING = re.compile(r"(.{2,30}?)的(?:含[义義]|涵[义義]|定[义義]|概念|意思)")


# A headword line ending in a colon, its explanation on the next line (资源变资产: / 将沉睡的…).
_COLON_HEAD = re.compile(r"^([^:：]{2,25})[:：]$")


def _colon_headword(line: _L) -> tuple[str, bool, bool] | None:
    match = _COLON_HEAD.match(line.raw.strip(_SPACE))
    if not match or _is_furniture(line.clean) or _table_row(line.raw):
        return None
    term = match.group(1).strip(_SPACE)
    return (term, True, False) if _good_term(term) else None


def _colon_lists(lines: list[_L], free: list[bool], heads: list, meta: list[bool]) -> list[bool]:
    """Colon headword lines that form a list announced by a lead-in ending in a colon (具体来说:,
    部门收入主要包括以下内容:): each followed by one explanation paragraph and that by the next such
    line (blank lines aside); two at least (各位代表: alone is an address, and 主要成效: / … /
    存在问题: / … under a plain heading are a report's sections)."""
    n = len(lines)
    nxt = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        nxt[k] = k + 1 if k + 1 < n and not lines[k + 1].blank else nxt[k + 1] if k + 1 < n else n
    colon = [None if line.blank or not free[k] or meta[k] or heads[k] else _colon_headword(line) for k, line in enumerate(lines)]
    pair = [False] * (n + 1)
    for k in range(n):
        j = nxt[k]
        pair[k] = bool(colon[k]) and j < n and free[j] and colon[j] is None and heads[j] is None and not meta[j] and _body_line(lines[j])
    listed = [False] * n
    seen = [False] * n
    last = -1  # the last non-blank line before k
    for k in range(n):
        if pair[k] and not seen[k]:
            chain, m = [], k
            while m < n and pair[m] and not seen[m]:
                seen[m] = True
                chain.append(m)
                m = nxt[nxt[m]]
            lead_in = last >= 0 and lines[last].clean.rstrip(_SPACE)[-1:] in ":："  # 具体来说: / 部门收入主要包括以下内容:
            if len(chain) >= 2 and lead_in:
                for m in chain:
                    listed[m] = True
        if not lines[k].blank:
            last = k
    for k in range(n):
        if listed[k]:
            heads[k] = colon[k]
    return listed


# A heading that opens with a preposition or a 'how' and names a thing after 的 (从地方统计机构获取的主要渠道,
# 如何计算的…) is a section of an article, no term (从业人员, 从事… are words of their own).
_PREPOSITION_HEADING = re.compile(r"^(?:从|從|通过|通過|如何|怎样|怎樣|怎么|怎麼)(?![业業事而前来來])[^，,。；;]*的")


def _headword(line: _L) -> tuple[str, bool, bool] | None:
    """(term as written, prefixed?, strong?) of a headword line, or None. A strong headword
    (a question, or a dictionary headword followed by its romanised pronunciation) counts
    even alone."""
    raw = line.raw.strip(_SPACE)
    if not raw or _is_furniture(line.clean) or _table_row(raw):
        return None
    prefix = _PREFIX.match(raw)
    body = raw[prefix.end() :] if prefix else raw
    if prefix and prefix.group().lstrip(_SPACE)[:1] == "*":
        body = body.rstrip("*" + _SPACE)  # **高质量发展**: the closing emphasis marks
    question = False
    spoken = re.match(r"^(\S.*?)[\s\u3000]{2,}(\S.*)$", body)  # 价值指标   jià zhí zhǐ biāo
    if spoken and _romanised(spoken.group(2)):
        body, question = spoken.group(1), True
    if _QUESTION_TAIL.search(body) and not re.search(r"[，,。；;：:!！?？]", body):
        body += "?"  # (什么是X? has its question mark already)
    if body.endswith(("?", "？")):
        body = re.sub(r"^(?:\[[^\[\]]{1,8}\]|【[^【】]{1,8}】)", "", body)  # [统计知识]X指的是什么?: a column tag
        match = _QUESTION.match(body)
        if not match or not (body.startswith(("什么是", "什麼是", "何为", "何為", "什么叫", "什麼叫", "何谓", "何謂")) or match.end(1) < len(body) - 1):
            return None
        body, question = match.group(1), True
        if re.search(r"[”」\"][、,，和与與及]|[、,，和与與及][“「\"]|提到|提出", body):
            return None  # “碳达峰”和“碳中和”, 报告里提到的“…”: a question about several terms or a quote
        asked = _ASKED_QUOTED.match(body)  # …财务状况中的"营业成本"指什么?: the question asks about the quoted word
        inner = re.match(r"^.{0,6}?[里裡中](.{2,})$", body)  # 统计指标里X → X
        if asked:
            body = asked.group(1)
        elif inner and not re.search(r"[里裡中]", body[:1]):
            body = inner.group(1)

    if re.search(r"的" + _POINTS.pattern, body):
        return None  # 新发展理念的意义: a heading announcing points about a term, no headword
    if _PREPOSITION_HEADING.match(strip_pinyin(body)):
        return None  # 1.从地方统计机构获取的主要渠道: a section heading, no term
    framed = _FRAMED_HEADING.fullmatch(body)
    if framed and not re.search(r"[，,。；;：:!！]", body):
        body, question = framed.group(1), True  # “放管服”的含义: a heading announcing the term's meaning counts alone
    body = re.sub(r"[（(][^（()）]*[:：][^（()）]*[）)]$", "", body).strip(_SPACE)  # 具身智能(外延新词:…)
    if "=" in body or "＝" in body:
        return None  # 货物(旅客)周转量=∑〔…〕: a formula line, part of the explanation above it
    if re.search(r"\[\d{1,3}\]", body):
        return None  # 一、城乡[2]人口: a section heading pointing to a note, which explains the term
    bracketed = re.fullmatch(r"【([^【】]{2,25})】", body)
    if bracketed and not _MEANING_LABEL.match(body):
        body = bracketed.group(1)  # 【营业收入】 alone on its line: the brackets are no part of the headword
    return (body, bool(prefix), question) if _good_term(body) and "、" not in strip_pinyin(body)[-1:] else None


# Lines around a page's text that are neither headword nor explanation: a date, a source,
# an author, a romanised pronunciation (dictionary pages).
_META = re.compile(
    r"^(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}|(?:(?:文章|信息|稿件)?(?:来源|來源)|[发發]布日期|作者|[发發]布[时時][间間]|[时時][间間]|[编編][辑輯]|[责責]任[编編][辑輯]|[书書]籍|出[处處]|更新[时時][间間]|[关關][键鍵][词詞])\s*[:：]|(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s\u3000]+\S{2,4}(?:[\s\u3000]+\S{2,4})*$)"
)
# A byline whose date field follows an author's name or another field (Eos 發布時間:2025-04-03 … 熱度:135).
_BYLINE_DATE = re.compile(r"(?:[发發]布)?(?:[时時][间間]|日期)[\s\u3000]*[:：][\s\u3000]*\d{4}[-/年.]")
_ROMANISED = re.compile(r"^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ'’·\s-]+$")


def _romanised(text: str) -> bool:
    """Pinyin with tone marks (a dictionary's pronunciation line), not English."""
    return bool(_ROMANISED.match(text) and re.search("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", text))


# Lines of a dictionary page between a headword and its explanation: the book and the page.
_DICTIONARY_META = re.compile(r"^(?:[书書]籍|出[处處])\s*[:：]")


def _meta_line(line: _L) -> bool:
    text = line.clean.strip(_SPACE)
    if _PAGE_REFERENCE.match(text):
        return True  # 【P14】: a page reference between a headword line and its explanation
    if _BYLINE_DATE.search(text) and not re.search(r"[。，,；;！!？?]", text):
        return True  # a byline: a date field among the author's name and counters, no sentence
    return bool(_META.match(text) or _romanised(text))


def _table_row(text: str) -> bool:
    """A table row: cells separated by '|' (a closing '|' alone is a cell border)."""
    inner = text.strip(_SPACE).rstrip(_SPACE + "|｜")
    return "|" in inner or "｜" in inner


def _body_line(line: _L) -> bool:
    text = line.clean.strip(_SPACE)
    if _meta_line(line):
        return False
    return len(text) >= 12 or bool(re.match(r"^(?:【|[-•·]\s)", text))


# An explanation that opens by restating its headword before a definition marker:
# 不忘初心,即不忘本意… / 共享,義為共同享有…
_RESTATED = re.compile(
    r"([^,，。；;：:!！?？\s\u3000]{1,40})[\s\u3000]*[,，。][\s\u3000]*"
    rf"(?=即|是指|系指|係指|意指|[义義意含][为為]|就是|是|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|{_ALIAS_WORDS})"
)


# An explanation that can only continue its headword line: it opens with a definition verb
# (是反映…, 是指…, 指…) or restates the headword before one (预算稳定调节基金。是指…).
_OPENS_DEFINING = re.compile(r"^(?:是指|系指|係指|是(?![否的])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))")


def _unquoted(term: str) -> str:
    """A headword compared with its restatement: pinyin and every quotation mark removed
    (“十四五”时期 is restated as 十四五时期)."""
    return re.sub(r"[“”\"「」『』‘’]", "", strip_pinyin(term)).strip(_SPACE)


def _opens_as_definition(explanation: str, term: str) -> bool:
    if _OPENS_DEFINING.match(explanation) or _restated_marker(explanation, term) >= 0 or _glossed_restatement(explanation, term):
        return True
    restated = _RESTATED.match(explanation)
    return bool(restated and _unquoted(restated.group(1)) == _unquoted(term))


# A lead clause placing the term before its restatement (在中国,粮食产量是指…).
_PLACE_LEAD = re.compile(r"^在[^,，。；;：:]{1,10}[,，][\s\u3000]*")
_RESTATED_MARKER = re.compile(r"[,，]?[\s\u3000]*(?=是指|系指|係指|即(?![使便将將])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))")


def _restated_marker(explanation: str, term: str) -> int:
    """Where the definition starts when an explanation restates its headword after a lead clause
    placing it, straight before 是指/即/指 (在中国,粮食产量是指… under 粮食产量); -1 otherwise. (Without
    such a lead, ``X是指…`` under ``N. X`` is kept whole, as the budget glossaries write it.)"""
    lead = _PLACE_LEAD.match(explanation)
    if lead is None:
        return -1
    at = lead.end()
    for written in dict.fromkeys((term.strip(_SPACE), _unquoted(term))):
        if written and explanation.startswith(written, at):
            marker = _RESTATED_MARKER.match(explanation, at + len(written))
            if marker:
                return marker.end()
    return -1


def _glossed_restatement(explanation: str, term: str) -> bool:
    """An explanation opening with the headword (its bracket left out) and its English name or
    abbreviation (居民消费价格指数(consumer price index)的英文缩写是CPI。… under 居民消费价格指数(CPI))."""
    key = _ASIDE.sub("", _unquoted(term))
    if len(key) < 2 or not explanation.startswith(key):
        return False
    rest = explanation[len(key) :]
    return bool(re.match(r"[(（][^()（）]*[A-Za-z]{2}[^()（）]*[)）]|的?(?:英文|英語|英语|全称|全稱|简称|簡稱)", rest))


# A label announcing the definition of the headword line above it (关键词: / X / 名词解释:指…).
_DEFINITION_LABEL = re.compile(r"^(?:[名][词詞][解][释釋]|[名][词詞][注][释釋解])[\s\u3000]*[:：][\s\u3000]*")
# A dictionary's bracketed label announcing the meaning (【意思解释】指…, 【释义】…): the headword
# above counts alone and the label is no part of the definition (【释例】, 【报告语境】 label context
# and stay).
_MEANING_LABEL = re.compile(
    r"^【(?:意思解[释釋]|基本解[释釋]|[详詳][细細]解[释釋]|解[释釋]|[释釋][义義]|含[义義]|[词詞][义義]|定[义義])】[\s\u3000]*[:：]?[\s\u3000]*"
)
# A closing remark naming where the text comes from (以上内容来自国家统计局发布的…).
_FROM_REMARK = re.compile(r"(?<=[。！？!?])[\s\u3000]*(?:以上内容|以上资料|本文内容|资料)?(?:来自|来源于|摘自|引自|转自)[^。！？!?]{0,80}$")


# An explanation closing with a formula or a table its last sentence announces after a colon
# (…标准箱数。其换算比例为:40英尺1235…, …计算公式为: / 货物周转量=∑〔…〕): not cut, not a lead-in.
_DATA_AFTER_COLON = re.compile(r"[。！？!?][^。！？!?]{0,40}(?:[为為]|如下)[:：](?=[^。！？!?:：]{0,80}$)(?=.*[=＝]|(?:\D*\d){6})")


# An explanation opening with a date (2023年,…; 截至2022年底,…) reports the year's figures.
_DATED_REPORT = re.compile(r"^(?:截至|截止|到)?[\s\u3000]*(?:19|20)\d\d年")


def _blocks(lines: list[_L], free: list[bool], *, dictionary: bool = False, glossary: int = -1, listed: frozenset[int] = frozenset()) -> list[tuple[list[int], Found]]:
    """Headword lines and their explanations; with ``dictionary``, only dictionary entries
    (a headword followed by its pronunciation or by the book it comes from), which are read
    before prose definitions so that a ``X是指…`` sentence inside the explanation does not win.
    With ``glossary`` (the line of a title announcing a glossary, 淄博市《政府工作报告》名词解释),
    only the headword lines below it, which may be long (民营经济高质量发展“十大专项行动”); they
    too are read before prose definitions."""
    candidates = []
    sections: set[int] = set()  # numbered section headings: they count as prefixed headwords, then are dropped
    long: list[bool] = []  # a long headword line (塑料污染防治“十大行动”) going on a run of blocks
    n = len(lines)
    # Each line is classified once (the scan below looks at a line up to three times).
    meta = [not line.blank and free[k] and _meta_line(line) for k, line in enumerate(lines)]
    heads = [None if line.blank or not free[k] or meta[k] else _headword(line) for k, line in enumerate(lines)]
    colon_head = _colon_lists(lines, free, heads, meta)
    # a numbered section heading that is no headword (二、新发展理念的意义) ends the explanation above it
    section = [heads[k] is None and not line.blank and _section_heading(line.clean.strip(_SPACE)) for k, line in enumerate(lines)]
    for i, line in enumerate(lines):
        if not free[i] or line.blank:
            continue
        head = heads[i]
        if head is None or i <= glossary:
            continue
        j, spoken = i + 1, False
        while j < n and (lines[j].blank or meta[j]):
            spoken = spoken or not lines[j].blank and (_romanised(lines[j].clean.strip(_SPACE)) or bool(_DICTIONARY_META.match(lines[j].clean.strip(_SPACE))))
            j += 1
        if j >= n or not free[j] or not _body_line(lines[j]) or heads[j]:
            continue
        long_line = _body_line(line) and glossary < 0 and not (head[1] or head[2] or _opens_as_definition(lines[j].clean.strip(_SPACE), head[0]))
        if long_line and not (candidates and candidates[-1][3] == i and not long[-1]):
            continue  # a long unprefixed line is a paragraph, not a headword (unless it goes on a run of headword blocks)
        if spoken:
            head = (head[0], head[1], True)
        elif dictionary and not (head[2] and _romanised(re.split(r"[\s\u3000]{2,}", line.raw.strip(_SPACE))[-1])):
            continue
        body_lines, k = [], j
        while k < n and free[k] and (lines[k].blank or (heads[k] is None and not _is_furniture(lines[k].clean) and not section[k])):
            if body_lines and _BRACKETED_REMARK.match(lines[k].clean.strip(_SPACE)):
                break  # (承办科室:…): a remark after the answer ends it
            if not lines[k].blank and not meta[k]:
                body_lines.append(k)
            k += 1
            if k - j > 400:
                break
        if colon_head[i]:  # X: / one explanation paragraph (a closing paragraph after the list is none)
            body_lines = body_lines[:1]
            k = body_lines[0] + 1 if body_lines else k
        texts = [strip_pinyin(lines[m].raw).strip(_SPACE) for m in body_lines]
        if len(texts) >= 2 and len(texts[0]) >= 12 and texts[1].startswith(texts[0]):
            body_lines, texts = body_lines[1:], texts[1:]  # a summary line repeating the paragraph below it
        bulleted = any(re.match(r"^[-•·]\s", t) for t in texts)
        if texts and glossary < 0 and _DATED_REPORT.match(texts[0]):
            continue  # (一)机关运行经费 / 2023年,…预算为46.8万元: a report's section on the year's figures, no definition
        if texts and not head[2] and _NUMERAL_SECTION.match(line.raw.strip(_SPACE)) and not (_opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0])):
            sections.add(i)  # 四、方法与流程 / 经济普查针对…: a document's numbered section and its text, no definition
        if texts and _COMMENTARY_LABEL.match(texts[0]):
            continue  # **高质量发展 / 关键词解读:高质量发展是本次报告中的高频词…: a comment, no definition
        if texts and texts[-1].rstrip(_CLOSERS + _SPACE)[-1:] in "?？":
            continue  # 一、背景介绍 / …那么,“四个意识”和“四个自信”具体是什么呢?: an introduction asking, no definition
        if not texts or not bulleted and not _FINISHED.search(texts[-1].rstrip("|")) and k < n and not _is_furniture(lines[k].clean) and not _DATA_AFTER_COLON.search("".join(texts)):
            continue  # no explanation, or a lead-in to a list (“放管服”是政府管理方式的三大核心)
        if _opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0]):
            head = (head[0], head[1], True)  # 居民消费价格指数(CPI) / 是反映…, 人口统计 / 【意思解释】指…: counts alone
        above = i - 1
        while above >= 0 and lines[above].blank:
            above -= 1
        if above in listed:  # 房地产开发投资 / 指…。 / 固定资产投资的资金来源 / 根据…: a block inside a yearbook list
            head = (head[0], head[1], True)
        candidates.append((i, head, body_lines, k))
        long.append(long_line)
    if not candidates:
        return []
    labelled = [c for c in candidates if _DEFINITION_LABEL.match(lines[c[2][0]].clean.strip(_SPACE))]
    if labelled:  # headwords whose explanation is labelled 名词解释: only those
        candidates = labelled
    if any(c[1][1] for c in candidates):  # numbered or prefixed headwords: only those
        candidates = [c for c in candidates if c[1][1] or c[1][2]]
    candidates = [c for c in candidates if c[0] not in sections]
    if not candidates or len(candidates) < 2 and not candidates[0][1][2]:
        return []
    out = []
    for i, (term, _, _), body_lines, _end in candidates:
        texts = [lines[k].raw.strip(_SPACE) for k in body_lines]
        bullets = [t for t in texts if re.match(r"^[-•·]\s", t)]
        key = strip_pinyin(term).strip("“”\"「」")
        if bullets:  # - new trio:新三样,比喻说法,…  → the bullet that names the term
            chosen = next((b for b in bullets if key and key in b), None)
            if chosen is None:
                continue
            after = chosen[chosen.index(key) + len(key) :].lstrip("”\"」")
            definition = after[1:] if after[:1] in ",，:：" else after
            k = body_lines[texts.index(chosen)]
            out.append(([i, *body_lines], Found(term, definition.strip(_SPACE), chosen[2:].strip(_SPACE), k + 1, lines[k].start, lines[k].start + len(lines[k].raw))))
            continue
        labelled = _DEFINITION_LABEL.match(texts[0])
        if labelled:  # “瞪羚”企业 / 名词解释:指… / 报告强调:…: the labelled paragraph alone
            texts, body_lines = texts[:1], body_lines[:1]
        definition = "".join(texts)
        definition = _FROM_REMARK.sub("", definition)
        quote = definition
        if labelled:
            definition = definition[labelled.end() :]
        meaning = _MEANING_LABEL.match(definition)  # 【意思解释】指…: the label is dropped
        if meaning:
            definition = definition[meaning.end() :]
        restated = _RESTATED.match(definition)  # 不忘初心 / 不忘初心,即…: the definition is 即…
        if restated and _unquoted(restated.group(1)) == _unquoted(term):
            definition = definition[restated.end() :]
        elif _restated_marker(definition, term) >= 0:  # 粮食产量 / 在中国,粮食产量是指…: the definition is 是指…
            definition = definition[_restated_marker(definition, term) :]
        line = lines[i]
        at = line.start + line.raw.index(term) if term in line.raw else line.start
        last = lines[body_lines[-1]]
        out.append(([i, *body_lines], Found(term, definition, quote, i + 1, at, last.start + len(last.raw.rstrip(_SPACE)))))
    return out


# --- the passes together ---------------------------------------------------------------------


def find_entries(text: str) -> list[Found]:
    """Every glossary entry of ``text`` in the layouts of the module docstring, in text order."""
    lines = _lines(text)
    free = [True] * len(lines)
    found: list[Found] = []

    units = _units(lines, free)
    claimed: set[int] = set()  # starts of the units read as colon entries
    shared: set[int] = set()  # lines that hold a claimed unit and others (several notes on a line)
    per_line: dict[int, int] = {}
    for unit in units:
        per_line[unit.lines[0]] = per_line.get(unit.lines[0], 0) + 1
    points = _points_sections(lines)
    colon_list = any(not unit.numbered and _colon_context(unit, units) for unit in units)
    previous: _Unit | None = None
    listed = False  # the unit before was an X:… line of a list under a heading announcing definitions
    defined = False  # the unit before was an X:是指… line read as an entry
    for unit in units:
        heading = previous is not None and bool(_DEFINITIONS_HEADING.fullmatch(strip_pinyin(previous.text).strip(_SPACE)))
        # right below an X:是指… line, an X:… line of several sentences is the next entry of the list
        below = defined and previous is not None and unit.lines[0] == previous.lines[-1] + 1
        announced = heading or listed or below
        previous = unit
        # Under 名词解释: (or 指标解释:) a run of X:… lines are its entries, each of one or more sentences.
        listed = not unit.numbered and announced and _colon_sibling(unit, sentences=True)
        bulleted = not unit.numbered and bool(_BULLET.match(unit.text)) and _colon_sibling(unit, sentences=True, bullet=True)
        entry = (
            _colon_entry(unit)
            if unit.numbered or _colon_context(unit, units) or (colon_list or announced) and _colon_sibling(unit) or listed or bulleted
            else None
        )
        listed = listed and entry is not None
        defined = entry is not None and not unit.numbered and (_colon_context(unit, units) or listed)
        if entry and (unit.numbered or bulleted) and points[unit.lines[0]]:
            for k in unit.lines:  # a point under a heading such as 三、…的意义: read, not an entry
                free[k] = False
            continue
        spaced = _spaced_note(unit) if unit.numbered else None
        if spaced and entry is not None and re.match(r"[^\s\u3000，,。；;:：]{1,6}[\s\u3000]*[:：]", spaced.definition):
            spaced = None  # 六、 三公 经费: 指…: a stray space inside the headword, not a spaced note
        if spaced and (entry is None or len(spaced.term) < len(entry.term)):
            entry = spaced
        if entry:
            found.extend(_split_qizhong(unit, entry))
            claimed.add(unit.start)
            for k in unit.lines:
                free[k] = False
                if per_line.get(k, 0) > 1:
                    shared.add(k)
    for taken, entry in _cards(lines, free):
        found.append(entry)
        for k in taken:
            free[k] = False
    for index, entry in _table_notes(lines, free):
        found.append(entry)
        free[index] = False
    for taken, entry in _numbered_colon_heads(lines, free):
        found.append(entry)
        for k in taken:
            free[k] = False
    for index, entry in _dashed(lines, free):
        found.append(entry)
        free[index] = False
    for index, entry in _run_in_cells(lines, free):
        found.append(entry)
        free[index] = False
    for index, entry in _run_in(lines, free):
        found.append(entry)
        free[index] = False
    for index, entry in _run_in_colon(lines, free):
        found.append(entry)
        free[index] = False
    spaced_lines: set[int] = set()
    for taken, entry in _spaced(lines, free):
        found.append(entry)
        spaced_lines.update(taken)
        for k in taken:
            free[k] = False
    for taken, entry in _blocks(lines, free, dictionary=True):
        found.append(entry)
        for k in taken:
            free[k] = False
    title = _glossary_title(lines, free)
    if title >= 0:
        for taken, entry in _blocks(lines, free, glossary=title):
            found.append(entry)
            for k in taken:
                free[k] = False
    reopened = [free[i] or i in shared for i in range(len(lines))]
    reopened_units = _units(lines, reopened)
    taken_units: set[int] = set()
    all_definitions = [[] if unit.start in claimed else _definitions_in(unit) for unit in reopened_units]
    opening = [bool(d) and _opens_unit(u, d[0]) for u, d in zip(reopened_units, all_definitions)]
    for n, unit in enumerate(reopened_units):
        if unit.start in claimed or n in taken_units:
            continue
        definitions = all_definitions[n]
        if len(definitions) > 1 and opening[n] and _in_definition_run(reopened_units, opening, n) and not any(
            _after_qizhong(unit, d) for d in definitions[1:]
        ):
            definitions = [_whole_paragraph(unit, definitions[0])]  # X是指…。Y是指…。 / Z是指…: one entry per paragraph
        if definitions and _parts_of_headword_above(lines, unit, definitions):
            continue  # 青山绿道蓝网 / 青山指…,绿道指…: the paragraph explains the headword line above
        if len(definitions) == 1 and _announced_list_cut(lines, reopened_units, n):
            continue  # X,是指…。其来源主要包括以下四个方面: / (1)… / (2)…(the page ends inside): cut by the page
        if len(definitions) == 1 and _restates_headword_above(lines, unit, definitions[0]):
            continue  # “十四五”规划 / 十四五规划,即…: the headword line above, as written, is the term
        if len(definitions) > 1 and _inside_spaced_list(lines, unit, spaced_lines, definitions[0]):
            definitions = [_whole_paragraph(unit, definitions[0])]  # 土地资源 / 土地指…。…未利用地指…。 between yearbook lines
        if len(definitions) == 1 and _under_definition_heading(lines, unit, definitions[0]):
            m = n + 1  # 一、基本定义 / X是指…。 / X主要用于反映…。: the paragraphs up to the next heading
            while m < len(reopened_units) and m - n <= _DEFINITION_PARAGRAPHS and _goes_on(reopened_units[m], claimed):
                definitions = [_joined(definitions[0], reopened_units[m])]
                taken_units.add(m)
                for k in reopened_units[m].lines:
                    free[k] = False
                m += 1
        if definitions:
            found.extend(definitions)
            for k in unit.lines:
                free[k] = False
    for taken, entry in _blocks(lines, free, listed=frozenset(spaced_lines)):
        found.append(entry)
        for k in taken:
            free[k] = False
    found.sort(key=lambda f: f.start)
    return _drop_cut_last(_drop_cut_repeats(found), text)


# A heading announcing a term's definition (一、基本定义, 含义): the definition is every paragraph
# below it up to the next heading.
_DEFINITION_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[\s\u3000]*"
    r"(?:基本)?(?:定义|定義|含义|含義|涵义|涵義|释义|釋義)$"
)
_DEFINITION_PARAGRAPHS = 5


def _announced_list_cut(lines: list[_L], units: list[_Unit], n: int) -> bool:
    """The paragraph ends announcing a list (…以下四个方面:) whose numbered items follow it line by
    line and run to the end of the text, the last one unfinished: the explanation is cut off."""
    unit = units[n]
    if unit.numbered or unit.text.rstrip(_SPACE)[-1:] not in ":：":
        return False
    m, last_line = n + 1, unit.lines[-1]
    while m < len(units) and units[m].numbered and units[m].lines[0] == last_line + 1:
        last_line = units[m].lines[-1]
        m += 1
    if m == n + 1 or m < len(units) or any(not line.blank for line in lines[last_line + 1 :]):
        return False
    return not _FINISHED.search(strip_pinyin(units[m - 1].text).rstrip(_SPACE))


def _opens_unit(unit: _Unit, first: Found) -> bool:
    return not unit.numbered and first.start == unit.at(len(unit.text) - len(unit.text.lstrip(_SPACE)))


def _in_definition_run(units: list[_Unit], opening: list[bool], n: int) -> bool:
    """The paragraph right above or below (no blank line between) also opens with its own definition."""
    unit = units[n]
    above = n > 0 and opening[n - 1] and units[n - 1].lines[-1] + 1 == unit.lines[0]
    below = n + 1 < len(units) and opening[n + 1] and unit.lines[-1] + 1 == units[n + 1].lines[0]
    return above or below


# 其中,Y,是指… after a sentence end inside a colon note: Y is defined in an entry of its own.
_QIZHONG_DEFINITION = re.compile(r"(?<=[。！？])[\s\u3000]*其中[,，][\s\u3000]*([^,，。；;:：!！?？\s]{2,20}?)[,，]?(?=是指|系指|指(?![标標数數导導出]))")


def _split_qizhong(unit: _Unit, entry: Found) -> list[Found]:
    """``1.就业人口:在16周岁以上…的人员。其中,城镇就业人口,是指…``: as in prose, ``其中,Y是指…``
    is an entry of its own and ends the colon entry's definition."""
    inner = _QIZHONG_DEFINITION.search(entry.definition)
    if not inner or not _good_term(inner.group(1)):
        return [entry]
    at = unit.text.find(entry.definition)
    if at < 0:
        return [entry]
    head = entry.definition[: inner.start()]
    rest = entry.definition[inner.end() :]
    term_at = at + inner.start(1)
    in_quote = entry.quote.find(entry.definition)
    if in_quote < 0:
        return [entry]
    first = Found(entry.term, head, entry.quote[: in_quote + inner.start()].rstrip(_SPACE), entry.line, entry.start, unit.at(at + inner.start()))
    quote = unit.text[term_at : at + len(entry.definition)].rstrip(_SPACE + "|")
    second = Found(inner.group(1), rest, quote, entry.line, unit.at(term_at), entry.end)
    return [first, second]


def _after_qizhong(unit: _Unit, entry: Found) -> bool:
    """The definition is introduced by 其中 (其中,Y是指…): an entry of its own, as in the other pages."""
    at = unit.text.find(entry.quote)
    return at >= 0 and "其中" in unit.text[max(0, at - 4) : at]


def _inside_spaced_list(lines: list[_L], unit: _Unit, spaced_lines: set[int], first: Found) -> bool:
    """The unit is a paragraph inside a yearbook list (a ``headword definition`` line right after it,
    one at most two lines above it) whose first sentence defines its term: its inner ``Y指…``
    sentences belong to that entry, as the list's own lines keep theirs (可再生资源指… inside 自然资源)."""
    if unit.numbered or first.start != unit.at(len(unit.text) - len(unit.text.lstrip(_SPACE))):
        return False
    after = unit.lines[-1] + 1
    while after < len(lines) and lines[after].blank:
        after += 1
    before = [k for k in range(max(0, unit.lines[0] - 3), unit.lines[0]) if not lines[k].blank][-2:]
    return after in spaced_lines and any(k in spaced_lines for k in before)


def _whole_paragraph(unit: _Unit, first: Found) -> Found:
    full = unit.text.rstrip(_SPACE + "|")
    quote_at = full.find(first.quote)
    definition_at = full.find(first.definition, max(quote_at, 0))
    if quote_at < 0 or definition_at < 0:
        return first
    return Found(first.term, full[definition_at:].strip(_SPACE), full[quote_at:], first.line, first.start, unit.at(len(full)))


def _under_definition_heading(lines: list[_L], unit: _Unit, entry: Found) -> bool:
    if unit.numbered or entry.end != unit.at(len(unit.text.rstrip(_SPACE + "|"))):
        return False
    k = unit.lines[0] - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    return k >= 0 and bool(_DEFINITION_HEADING.match(strip_pinyin(lines[k].clean).strip(_SPACE)))


def _goes_on(after: _Unit, claimed: set[int]) -> bool:
    """A paragraph of whole sentences that defines nothing (X主要用于反映…) goes on about the term."""
    text = strip_pinyin(after.text).strip(_SPACE)
    return (
        after.start not in claimed and not after.numbered and bool(_FINISHED.search(text))
        and not _SECTION_NUMBER.match(text) and not _definitions_in(after)
    )


def _joined(entry: Found, after: _Unit) -> Found:
    text = after.text.strip(_SPACE)
    end = after.at(len(after.text.rstrip(_SPACE)))
    return Found(entry.term, entry.definition + text, entry.quote + text, entry.line, entry.start, end)


_PART_SUBJECT = re.compile(r"(?:^|[,，;；。])[\s\u3000]*([^\s\u3000,，;；。、“”]{1,10}?)(?:是指|系指|係指|指|即)")


def _parts_of_headword_above(lines: list[_L], unit: _Unit, definitions: list[Found]) -> bool:
    """The unit is a paragraph right under a headword line (blank lines aside) that defines the
    headword's parts one by one, in order (青山绿道蓝网 / 青山指…,绿道指…,蓝网指…): it is the
    headword's explanation, not entries of the parts."""
    k = unit.lines[0] - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0 or unit.numbered:
        return False
    head = _headword(lines[k])
    if head is None:
        return False
    key = strip_pinyin(head[0]).strip("“”\"「」")
    subjects = _PART_SUBJECT.findall(strip_pinyin(unit.text))
    return len(subjects) >= 2 and "".join(subjects) == key


def _restates_headword_above(lines: list[_L], unit: _Unit, entry: Found) -> bool:
    """The unit's one definition restates the headword line right above it (blank lines aside)
    written otherwise (“十四五”规划 / 十四五规划,即…): the headword block reads it, term as written."""
    k = unit.lines[0] - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    head = _headword(lines[k]) if k >= 0 and not unit.numbered else None
    return head is not None and head[0] != entry.term and _unquoted(head[0]) == _unquoted(entry.term)


# A title announcing a glossary: 淄博市《政府工作报告》名词解释, 名词注解 (a line of its own).
_GLOSSARY_TITLE = re.compile(r"[^，,。；;：:!！?？|]{0,30}(?:名[词詞](?:解[释釋]|注[解释釋]))")


def _glossary_title(lines: list[_L], free: list[bool]) -> int:
    """The line of the first free title announcing a glossary among the first lines of the
    page (its first five non-blank lines), or -1."""
    seen = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        if seen > 5:
            break
        if free[line.index] and _GLOSSARY_TITLE.fullmatch(line.clean.strip(_SPACE)):
            return line.index
    return -1


def _drop_cut_repeats(found: list[Found]) -> list[Found]:
    """A page's summary line repeating the start of an entry, cut inside it (…实施宏观调控的),
    is no entry of its own when the whole entry is there too: of two entries with the same
    headword, one whose definition is the start of the other's, or that ends inside a sentence
    while the other ends one, is dropped."""
    squeeze = lambda s: re.sub(r"[\s\u3000]+", "", strip_pinyin(s))  # noqa: E731
    by_term: dict[str, list[int]] = {}
    for n, entry in enumerate(found):
        by_term.setdefault(squeeze(entry.term), []).append(n)
    drop = set()
    for same in by_term.values():
        if len(same) < 2:
            continue
        definitions = {n: squeeze(found[n].definition) for n in same}
        longest = max(definitions.values(), key=len)
        finished = sum(1 for d in definitions.values() if _FINISHED.search(d))
        for n, mine in definitions.items():
            if len(mine) < len(longest) and longest.startswith(mine) or finished and not _FINISHED.search(mine):
                drop.add(n)
    return [entry for n, entry in enumerate(found) if n not in drop]


_COLON_DEFINITION = re.compile(r"[^:：]{1,40}?[:：][\s\u3000]*(?:是指|是以|即|指|系指)")


def _colon_context(unit: _Unit, units: list[_Unit]) -> bool:
    """An unnumbered ``X:…`` line counts when its definition reads as one (是/指/即…)."""
    body = unit.text.strip(_SPACE)
    match = _COLON_DEFINITION.match(body)
    if match:
        return True
    # 地区生产总值(Gross Domestic Product,简称GDP):是一个地区…: a headword glossed with its
    # Latin name or abbreviation, then 是
    return bool(re.match(r"[^:：]{1,40}?[(（][^()（）:：]*(?:[A-Za-z]{2}|[简簡][称稱])[^()（）:：]*[)）][\s\u3000]*[:：][\s\u3000]*是(?![否])", body))


# A heading announcing definitions (指标解释:, 三、主要统计指标解释): the ``X:…`` line under it is one.
_DEFINITIONS_HEADING = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][\s\u3000]*)?(?:主要)?(?:统计|統計)?(?:指标|指標|名词|名詞)"
    r"(?:解释|解釋|涵义|涵義|含义|含義)[\s\u3000]*[:：]?"
)


def _colon_sibling(unit: _Unit, *, sentences: bool = False, bullet: bool = False) -> bool:
    """On a page with ``X:指…`` lines, a line ``X:…`` whose definition is one sentence starting
    with a word (规模以上工业企业:年主营业务收入2000万元及以上的法人工业企业。) is one of them;
    with ``sentences`` (a list under ``名词解释:``) the definition may run over several sentences;
    with ``bullet`` the line is a bulleted item (- 政治意识:坚定…。), its bullet left out."""
    body = strip_pinyin(unit.text).strip(_SPACE + "|")
    if bullet:
        body = _BULLET.sub("", body, count=1)
    rest = r".{8,}?" if sentences else r"[^。！？!?]{8,}"
    match = re.match(rf"[^:：]{{1,20}}?[:：][\s\u3000]*([\u4e00-\u9fff“「]{rest})[。！？!?][{_CLOSE_CLASS}]*$", body)
    return bool(match) and not _table_row(unit.text)


def _drop_cut_last(found: list[Found], text: str) -> list[Found]:
    """The last entry, when the text ends inside it without closing punctuation, is cut off
    — unless it is a page's one answer to its question title and the text ends with a line
    break (the page was kept whole: a page cut by its reader ends inside a line)."""
    if not found:
        return found
    last = found[-1]
    tail = text[last.end :].strip(_SPACE + "\n|")
    whole_answer = len(found) == 1 and text.endswith("\n") and _answers_question_above(text, last)
    if not tail and not whole_answer and not _FINISHED.search(strip_pinyin(last.definition).rstrip(_SPACE + "|")):
        return found[:-1]
    return found


def _answers_question_above(text: str, entry: Found) -> bool:
    """``林长制指的是什么?`` / ``2022-11-30`` / ``林长制是指…``: the entry answers the question
    title above it (date and byline lines between skipped; a window of 20 lines at most)."""
    above = text[: entry.start].rstrip(_SPACE + "\n").split("\n")[-20:]
    for raw in reversed(above):
        clean = strip_pinyin(raw).strip(_SPACE)
        if not clean or _META.match(clean):
            continue
        return clean[-1:] in "?？" and _unquoted(entry.term) in _unquoted(clean)
    return False
