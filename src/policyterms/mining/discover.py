"""Discover the jargon a glossary does not know yet, and the definitions a text gives inline.

This is the Chinese counterpart of Schwartz & Hearst (2003), "A simple algorithm for
identifying abbreviation definitions in biomedical text". There, a *short form* in
parentheses is paired with the *long form* just before it when the short form's letters
can be found, in order, in the long form. Chinese policy documents abbreviate differently:
a **numbered slogan** (六稳, 三全, 四个意识, “1+6+4”产业政策体系) compresses a list of N
parallel items into a numeral and the character(s) they share, and the list itself, when
the document gives it at all, is an enumeration of N items separated by 、 somewhere in the
text — often right before the slogan (全流程管控、全行业保供、全空间覆盖的“三全”工作机制),
sometimes thousands of characters away.

The pipeline, all on folded text (see :mod:`policyterms.fold`) with quotation marks kept
as marks and every offset mapped back to the original:

1. **Short-form candidates** (:func:`discover`):

   * quoted spans that contain a numeral with a head (“六稳”, “四个意识”, “3+16”); a bare
     numeral in quotes takes the head noun that follows it (“1+6+4”产业政策体系, “11157”工程);
   * unquoted compounds of numerals with one-character parts (三线一单, 两新一重,
     一府一委两院) and parallel numbered items (两手抓、两手硬、两手赢);
   * unquoted single-numeral slogans that recur (两化融合 twice), when their head is not
     a measure word;
   * coined terms in quotation marks (“一网统管”, “紧日子”) that occur at least twice.

   Dates, quantities, ordinals, idioms and words that merely contain a numeral character
   are filtered by the rules of :func:`is_numbered_slogan`.

2. **Long-form candidates**, all searched in the whole document:

   * enumerations (:func:`find_enumerations`): items separated by 、 in one clause, the
     first item trimmed of its verb and the last of the rest of the clause;
   * definition sentences: the sentence after ``X:是指`` (or ``“X”,即``), split at ; or ,
     (“1”是指…,“7”是指… for formulas);
   * points in order: ``一是…。二是…。三是…`` right after the short form.

3. **Scoring** (:func:`score_long_form`): an enumeration is a long form of an N-slogan
   when it has N items, its items contain the slogan's head character(s) (稳 for 六稳),
   and it is not too far away; a definition sentence, a list directly followed by the
   slogan (A、B、C的“X”) and points in order are explicit and need less. The best
   long form per short form is proposed as an :class:`InlineDefinition`.

Nothing here uses the glossary to *find* candidates; the glossary only removes the ones it
already knows (``include_known=False``), so the measured precision and recall are those
of the heuristics themselves.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from policyterms._checks import expect_bool, expect_glossary, expect_int, expect_text
from policyterms._lazy import lazy_compile
from policyterms.text.fold import CLOSING_QUOTES, OPENING_QUOTES, Folded, fold
from policyterms.glossary.model import Glossary, states_definition
from policyterms.glossary.load import load_glossary
from policyterms.glossary.numerals import _count, parse_chinese_number

__all__ = [
    "SloganCandidate",
    "InlineDefinition",
    "Discovery",
    "Enumeration",
    "discover",
    "discovery_to_yaml",
    "render_table",
    "TABLE_COLUMNS",
    "find_enumerations",
    "is_numbered_slogan",
    "score_long_form",
    "short_form_heads",
    "slogan_numeral",
    "read_numerals",
    "readable_surface",
]


# ---------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class SloganCandidate:
    """A short form the text uses: where it first occurs and how often.

    ``start``/``end`` index the original text: ``text[start:end]`` is ``surface``, as
    written (traditional characters and pinyin noise included), without enclosing
    quotation marks but with inner ones (“1+6+4”产业政策体系). ``folded`` is its folded
    form, the key the glossary uses. ``context`` is the original sentence of the first
    occurrence. ``numeral`` is the number of parts the slogan names (三线一单 → 4,
    “1+6+4” → 3 groups), ``None`` for a coined term without a counting numeral.
    """

    surface: str
    folded: str
    count: int
    start: int
    end: int
    context: str
    quoted: bool
    numeral: int | None


@dataclass(frozen=True)
class InlineDefinition:
    """A long form the document itself gives for a numbered short form.

    ``long_form`` are the enumerated parts (simplified characters); ``quote`` is the
    original text ``text[start:end]`` that states them, verbatim, ready to be a citation.
    """

    short_form: str
    long_form: tuple[str, ...]
    quote: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Discovery:
    """Candidates in order of first occurrence, and the definitions found for them."""

    candidates: tuple[SloganCandidate, ...]
    definitions: tuple[InlineDefinition, ...]

    def definition_of(self, short_form: str) -> InlineDefinition | None:
        """The inline definition proposed for ``short_form`` (folded or not), if any."""
        key = fold(short_form).text
        for definition in self.definitions:
            if fold(definition.short_form).text == key:
                return definition
        return None


# ---------------------------------------------------------------------------------------
# Character classes and word lists (the documented filtering rules)

_OPEN_MARK, _CLOSE_MARK = "«", "»"  # quotation marks survive folding as these
_MARKS = _OPEN_MARK + _CLOSE_MARK
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CN_DIGITS = "一二两三四五六七八九十"
_NUMERAL_CHARS = _CN_DIGITS + "双"
#: Classifiers between a numeral and its head: 四[个]意识, 四[大]品牌, 三[项]制度, 两[张]网.
CLASSIFIERS = "个大项张条种类"

#: A numeral: Chinese digits (十三, 二十), 双, 百/千/万 before 个 (“百个公园”), or Arabic
#: digits and ``+`` formulas (1+4+4+8, 3+x); not the digits of a code (G60, 5G).
_NUMERAL = lazy_compile(rf"[{_CN_DIGITS}]+|双|[百千万](?=个)|(?<![a-z\d])\d+(?:\+(?:\d+|x))*(?![a-z\d])")
_FORMULA = lazy_compile(r"\d+(?:\+(?:\d+|x))+")
#: A quoted span that is only a numeral (and a classifier): “3”, “1+6+4”, “双十”, “六个一”.
_NUMERAL_ONLY = lazy_compile(rf"^(?:[{_NUMERAL_CHARS}]+(?:[{CLASSIFIERS}][{_CN_DIGITS}]+)?|\d+(?:\+(?:\d+|x))*)$")
_PLAN_PERIOD = lazy_compile(rf"^十?[{_CN_DIGITS}]五$")  # 十三五, 十四五, 七五: plan periods
_YEAR_PREFIX = lazy_compile(r"^(?:19|20)\d\d")  # “2020嘉定购物节”: an event of a year

#: Heads that make a numeral a date or a time, never a slogan (三年, 一季度, 四中全会).
TIME_WORDS = (
    "年", "月", "日", "号", "时", "点", "天", "周年", "季度", "个月", "周", "届", "次会议", "次全会", "中全会", "世纪",
)
#: Heads that make an unquoted numeral a quantity (五个方面, 两个闭环, 8所学校, 3家企业).
QUANTITY_HEADS = (
    "方面", "阶段", "环节", "部分", "领域", "问题", "重点", "关键", "渠道", "层次", "维度", "步", "倍", "成", "批", "次", "名", "人",
    "户", "家", "所", "座", "台", "辆", "套", "件", "份", "亩", "米", "公里", "公顷", "万", "亿", "千", "百", "元", "吨",
    "%", "级", "期", "轮", "位", "岁", "分", "场", "处", "幅", "只", "头", "张", "条", "项", "个", "类", "种", "字", "方",
    "地", "县", "镇", "村", "区", "市", "省", "国", "城",
)
#: Words in which a numeral character numbers nothing (统一, 进一步, 长三角, 西双版纳).
COMMON_WORDS = (
    "统一", "一体化", "一致", "进一步", "一些", "一般", "一样", "一起", "唯一", "单一", "同一", "万一", "第一", "一直", "一批", "一定",
    "一切", "之一", "一道", "一律", "一同", "一流", "一线", "一轮", "一代", "一方面", "一番", "一半", "一系列", "一站式", "一级", "十分",
    "百姓", "百分", "千方百计", "万众", "双方", "双边", "双向", "双重", "两岸", "两国", "两侧", "两级", "三级", "三角", "双版纳", "十字",
    "一心", "一新", "一往无前", "二等奖", "一等奖", "三等奖", "一二三产业", "一把手", "一次性", "小二", "一带而过", "不一", "一度", "一贯",
    "一举", "一手", "一系", "一年来", "二氧化", "一氧化", "合一", "归一", "一体", "一是", "二是", "三是", "四是", "五是", "六是", "七是",
    "八是", "九是", "十是", "一则", "一旦",
)
#: Idioms (成语) made of numerals and parts, which look like compounds but name no set.
IDIOMS = (
    "五湖四海", "四面八方", "一心一意", "三心二意", "三番五次", "七上八下", "千家万户", "千军万马", "一五一十", "一朝一夕", "一草一木", "一点一滴",
    "一言一行", "一针一线", "一砖一瓦", "一举一动", "一丝一毫", "一时一事", "一招一式", "一茬接着一茬", "一年接着一年", "四通八达", "九死一生", "一桩一件",
    "一件一件", "一年一度", "一视同仁", "一如既往", "一鼓作气", "一以贯之", "五谷丰登", "一马当先", "一劳永逸", "三令五申", "四平八稳", "十全十美",
    "一成不变", "一脉相承", "一目了然",
)
#: Head nouns a quoted bare numeral takes from the text right after it: “1+6+4”产业政策体系,
#: “11157”工程, “3+16”特色产业园体系 (the longest extension ending in one of them wins).
HEAD_NOUNS = (
    "工程", "体系", "政策", "服务", "计划", "行动", "模式", "机制", "战略", "格局", "工作法", "制度", "清单", "方针",
)
#: Generic suffixes dropped before reading a slogan's head characters (三项制度 keeps 制度
#: because nothing else would be left).
GENERIC_SUFFIXES = (
    "工作法", "工程", "体系", "机制", "工作", "政策", "行动", "任务", "战略", "理念", "格局", "要求", "目标", "模式", "建设",
)
#: Lead-ins of an explicit definition (三张清单:是指A、B、C); stripped from a first item.
LEAD_INS = ("是指", "指的是", "即", "指", "包括", "分别是", "主要是")
#: Conjunctions that may join the last two items (A、B和C).
CONJUNCTIONS = ("以及", "和", "及", "与")
#: Redaction placeholders: a quoted name containing one (“xx 枢纽”) is not a term.
PLACEHOLDERS = ("xx", "××", "某")

# Thresholds, one line each.
#: A quoted span longer than this (folded characters) is a quotation, not a term.
MAX_QUOTED = 16
#: An unquoted single-numeral slogan (两化融合) needs this many occurrences.
MIN_UNQUOTED_RECURRENCE = 2
#: A coined term without a numeral needs this many occurrences (“紧日子” twice).
MIN_COINED_RECURRENCE = 2
#: An unquoted slogan is extended to at most this many characters.
MAX_UNQUOTED = 8
#: Enumeration items longer than this are clauses, not parts of a slogan.
MAX_ITEM = 20
#: Items that must contain the slogan's head character (六稳: every item has 稳).
MIN_HEAD_SHARE = 0.75
#: A proposed definition scores at least this much (after the distance penalty).
MIN_SCORE = 0.3
#: The distance (folded characters) at which the proximity factor halves (~3 pages).
DISTANCE_SCALE = 10_000
#: Count agreement when the last item had to be split (A、B和C) or cut (A、B和…) at a
#: conjunction.
CONJUNCTION_SPLIT = 0.9
#: Two items sharing a character happen by chance: a 2-part long form must be this close.
NEAR_TWO = 80
#: An explicit definition (X:是指…) starts at most this many characters after X.
EXPLICIT_GAP = 3
#: Points in order (一是…二是…) follow their short form within this many characters.
ORDINAL_GAP = 60
#: Each point (二是…) follows the previous one within this many characters.
ORDINAL_SPAN = 1500
#: What may stand between a list and the short form it spells out (A、B、C的“X”), in
#: which case the list is taken as an explicit definition.
ADJACENT_GAPS = ("", "的", "等")


def _strip_common_words(text: str) -> str:
    """Blank out :data:`IDIOMS` and :data:`COMMON_WORDS` (same length: offsets are kept)."""
    if len(text) <= 64:
        return _strip_common_words_short(text)
    for word in _COMMON_BY_LENGTH:
        text = text.replace(word, "\u3000" * len(word))
    return text


@lru_cache(maxsize=1 << 16)
def _strip_common_words_short(text: str) -> str:
    for word in _COMMON_BY_LENGTH:
        if word in text:
            text = text.replace(word, "\u3000" * len(word))
    return text


_COMMON_BY_LENGTH = tuple(sorted(IDIOMS + COMMON_WORDS, key=len, reverse=True))


def read_numerals(folded: str) -> list[int]:
    """The numerals of a short form, in order, outside :data:`COMMON_WORDS`.

    >>> read_numerals("三线一单"), read_numerals("1+6+4产业政策体系"), read_numerals("一体化")
    ([3, 1], [1, 6, 4], [])
    """
    numbers = []
    for match in _NUMERAL.finditer(_strip_common_words(folded)):
        token = match.group()
        if token[0].isdigit():
            numbers.extend(_count(part) for part in token.split("+") if part.isdigit())
        else:
            numbers.append(parse_chinese_number(token))
    return numbers


def is_numbered_slogan(folded: str, *, quoted: bool, following: str = "") -> bool:
    """Whether a folded span is a numbered slogan rather than a number, date or plain word.

    ``following`` is the text after the span (the rules look a few characters ahead).
    Rules, in order:

    * it must contain a numeral outside the :data:`COMMON_WORDS` (长三角, 进一步 do not
      count); plan periods (十四五) and ``+`` formulas (1+1+1) always are slogans;
    * a year-prefixed name (2020嘉定购物节), an ordinal (第一, 一是) or a date or time
      (三年, 一季度, 四中全会: :data:`TIME_WORDS`) is not;
    * unquoted, a numeral followed by a quantity head (五个方面, 8所, 3家:
      :data:`QUANTITY_HEADS`) is not; quoted, “27条” names a package and is;
    * it needs a head: a character besides numerals and classifiers (“2025” is a number).

    >>> is_numbered_slogan("六稳", quoted=True), is_numbered_slogan("三年", quoted=False)
    (True, False)
    >>> is_numbered_slogan("五个方面", quoted=False), is_numbered_slogan("长三角", quoted=True)
    (False, False)
    """
    if _PLAN_PERIOD.match(folded) or _FORMULA.fullmatch(folded):
        return True
    stripped = _strip_common_words(folded)
    match = _NUMERAL.search(stripped)
    if not match or _YEAR_PREFIX.match(folded) or folded[match.start() - 1 : match.start()] == "第":
        return False
    after = folded[match.end() :] + following
    if any(after.startswith(word) for word in TIME_WORDS) or after[:1] == ".":
        return False
    if re.fullmatch(r"\d{3,}", match.group()) and match.start() > 0:
        return False  # 京东618大促: a date or a code inside a name
    if quoted:
        head = re.sub(rf"[{_NUMERAL_CHARS}\d+x.%]", "", folded)
        return bool(re.search(rf"[{_CJK}a-z]", head))
    if after[:1] in CLASSIFIERS and len(after) > 1:
        if any(after[1:].startswith(h) for h in QUANTITY_HEADS):
            return False  # 五个方面, 两个闭环
    elif any(after.startswith(h) for h in QUANTITY_HEADS):
        return False  # 8所学校, 三条
    head = re.sub(rf"[{_NUMERAL_CHARS}{CLASSIFIERS}\d+x.%]", "", folded)
    return bool(re.search(rf"[{_CJK}a-z]", head))


def slogan_numeral(folded: str) -> int | None:
    """The number of parts a numbered short form names, or ``None``.

    ``+`` formulas count their groups (1+6+4 → 3), a digit string of three or more digits
    its digits (11157 → 5), compounds its numerals' sum (三线一单 → 4), anything else its
    first numeral (六稳 → 6, 3个“3”服务 → 3). Plan periods (十四五) name no parts.

    >>> [slogan_numeral(s) for s in ("六稳", "三线一单", "1+6+4产业政策体系", "11157工程", "十四五")]
    [6, 4, 3, 5, None]
    """
    if _PLAN_PERIOD.match(folded):
        return None
    formula = _FORMULA.search(folded)
    if formula:
        return formula.group().count("+") + 1
    digits = re.search(r"\d{3,}", folded)
    if digits and digits.start() == 0:
        return len(digits.group())
    numbers = read_numerals(folded)
    if not numbers:
        return None
    if _is_compound(folded):
        return sum(number for number, _ in _compound_parts(folded))
    return numbers[0]


_COMPOUND = (
    # one-character parts, the last may have two: 三线一单, 一府一委两院, 三区一基地
    lazy_compile(
        rf"^(?:[{_NUMERAL_CHARS}](?![{_NUMERAL_CHARS}{CLASSIFIERS}])[{_CJK}]){{1,}}"
        rf"[{_NUMERAL_CHARS}](?![{_NUMERAL_CHARS}{CLASSIFIERS}])[{_CJK}]{{1,2}}$"
    ),
    # two-character parts: 两不愁三保障
    lazy_compile(rf"^(?:[{_NUMERAL_CHARS}](?![{_NUMERAL_CHARS}{CLASSIFIERS}])[^{_NUMERAL_CHARS}]{{2}}){{2,}}$"),
)


@lru_cache(maxsize=1 << 14)
def _is_compound(folded: str) -> bool:
    """三线一单, 两新一重, 一府一委两院, 三区一基地: every numeral followed by a
    one-character part (the last part may have two). 合一/一体 (unity) count nothing."""
    return any(p.match(folded) for p in _COMPOUND) and not re.search("合一|归一|一体", folded)


@lru_cache(maxsize=1 << 14)
def _compound_parts(folded: str) -> tuple[tuple[int, str], ...]:
    """(numeral, first character of its part) of a compound: 三线一单 → ((3, 线), (1, 单))."""
    return tuple(
        (parse_chinese_number(m.group(1)), m.group(2))
        for m in re.finditer(rf"([{_NUMERAL_CHARS}])([^{_NUMERAL_CHARS}])", folded)
    )


def _leads_with_numeral(folded: str) -> bool:
    return bool(re.match(rf"[{_NUMERAL_CHARS}]|\d", folded))


def _without_generic_suffix(folded: str) -> str:
    """``folded`` without one generic suffix (工程, 体系 …), unless only it would remain."""
    for suffix in GENERIC_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 1:
            return folded[: -len(suffix)]
    return folded


@lru_cache(maxsize=1 << 14)
def short_form_heads(folded: str) -> str:
    """The characters the parts of a numbered short form share.

    Numerals, classifiers and a generic suffix are removed: 六稳 → 稳, 四个意识 → 意识,
    三线一单 → 线单, “六个一”工程 → 一 (only a numeral is left, so it is the head).

    >>> [short_form_heads(s) for s in ("六稳", "四个意识", "三线一单", "六个一工程", "三项制度")]
    ['稳', '意识', '线单', '一', '制度']
    """
    body = _without_generic_suffix(folded)
    if _is_compound(body):
        return "".join(char for _, char in _compound_parts(body))
    leading = re.match(rf"^(?:[{_NUMERAL_CHARS}]+|\d+(?:\+(?:\d+|x))*)[{CLASSIFIERS}]?", body)
    heads = body[leading.end() :] if leading else body
    without_numerals = re.sub(rf"[{_NUMERAL_CHARS}]|\d+(?:\+(?:\d+|x))*", "", heads)
    return without_numerals or heads


# ---------------------------------------------------------------------------------------
# The folded text with quotation marks kept as marks


class _Text:
    """``fold(text)`` with quotation marks kept as « and » (``marked``), ``plain`` (the
    marks removed), and the maps between them and the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        chars = list(original)
        straight_open = True
        for index, char in enumerate(chars):
            if char in "\"＂":
                chars[index] = _OPEN_MARK if straight_open else _CLOSE_MARK
                straight_open = not straight_open
            elif char in OPENING_QUOTES and char not in "'＇":
                chars[index] = _OPEN_MARK
            elif char in CLOSING_QUOTES and char not in "'＇":
                chars[index] = _CLOSE_MARK
        self.folded: Folded = fold("".join(chars))
        self.marked = self.folded.text
        self.plain_to_marked = [i for i, c in enumerate(self.marked) if c not in _MARKS]
        self.plain = "".join(self.marked[i] for i in self.plain_to_marked)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the marked span ``[start, end)``, marks at its edges excluded."""
        while start < end and self.marked[start] in _MARKS:
            start += 1
        while end > start and self.marked[end - 1] in _MARKS:
            end -= 1
        return self.folded.span_to_original(start, end)

    def balanced_original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the marked span, widened by a quotation mark just outside it
        when the span would otherwise hold an unbalanced one (“一带一路”建设、…)."""
        marked = self.marked
        while start < end and marked[start] == _CLOSE_MARK:
            start += 1
        while end > start and marked[end - 1] == _OPEN_MARK:
            end -= 1
        opens = marked.count(_OPEN_MARK, start, end)
        closes = marked.count(_CLOSE_MARK, start, end)
        if closes > opens and start > 0 and marked[start - 1] == _OPEN_MARK:
            start -= 1
        elif opens > closes and end < len(marked) and marked[end] == _CLOSE_MARK:
            end += 1
        first, last = self.folded.to_original(start), self.folded.to_original(end - 1) + 1
        if marked[end - 1] not in _MARKS:
            last = self.folded.span_to_original(end - 1, end)[1]  # keep a pinyin annotation
        return first, last

    def plain_span_to_marked(self, start: int, end: int) -> tuple[int, int]:
        return self.plain_to_marked[start], self.plain_to_marked[end - 1] + 1

    def readable(self, start: int, end: int) -> str:
        """The marked span as simplified text without marks, with the original's letter
        case (folding lower-cases G60)."""
        out = []
        for index in range(start, end):
            char = self.marked[index]
            if char in _MARKS:
                continue
            source = self.original[self.folded.to_original(index)]
            out.append(char.upper() if source.isupper() and char.isascii() else char)
        return "".join(out)

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """Original spans of sentences: split after 。！？；, and at a line break that
        follows punctuation or a short line (a heading); a wrapped line does not split."""
        bounds = []
        start = 0
        text = self.original
        for match in re.finditer(r"[。！？!?；;]|\n", text):
            end = match.end()
            if match.group() == "\n":
                line_start = text.rfind("\n", 0, match.start()) + 1
                line = text[line_start : match.start()].rstrip()
                if line and len(line) >= 30 and not re.search(r"[。！？!?；;:：,，、”\"」)）]$", line):
                    continue
            if text[start:end].strip():
                bounds.append((start, end))
            start = end
        if text[start:].strip():
            bounds.append((start, len(text)))
        return bounds

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentence_bounds]

    def sentence_at(self, position: int, limit: int = 160) -> str:
        """The original sentence around ``position``, trimmed, at most ``limit`` characters;
        a longer sentence is cut at commas around ``position`` where it can be."""
        begin, finish = max(position - limit // 2, 0), position + limit // 2
        bounds = self.sentence_bounds
        at = bisect_right(self._sentence_starts, position) - 1  # sentences are disjoint and sorted
        if at >= 0 and bounds[at][0] <= position < bounds[at][1]:
            begin, finish = bounds[at]
        if finish - begin > limit:
            begin = max(begin, position - limit // 2)
            finish = min(finish, begin + limit)
            text = self.original
            comma = re.search(r"[,，]", text[begin : min(begin + 40, position)])
            if comma:
                begin += comma.end()
            commas = [m.end() for m in re.finditer(r"[,，]", text[max(finish - 40, position + 1) : finish])]
            if commas:
                finish = max(finish - 40, position + 1) + commas[-1]
            # never cut a pinyin annotation in two: 經(jīng)
            opening = text.rfind("(", max(finish - 8, begin), finish)
            if opening >= 0 and text.find(")", opening, finish) < 0 and 0 <= text.find(")", finish) - finish < 8:
                finish = text.find(")", finish) + 1
            closing = text.find(")", begin, min(begin + 8, finish))
            if closing >= 0 and text.rfind("(", begin, closing) < 0:
                begin = closing + 1
        return self.original[begin:finish].strip()


# ---------------------------------------------------------------------------------------
# Short-form candidates


@dataclass
class _Found:
    folded: str
    quoted: bool = False
    numbered: bool = False
    first: tuple[int, int] | None = None  # marked span of the first occurrence seen


def _quoted_spans(text: _Text) -> Iterator[tuple[int, int, str]]:
    """Marked spans (inside the marks) of short quoted strings."""
    pattern = rf"{_OPEN_MARK}([^{_MARKS}。;!?\n]{{1,{MAX_QUOTED}}}){_CLOSE_MARK}"
    for match in re.finditer(pattern, text.marked):
        yield match.start(1), match.end(1), match.group(1)


def _extend_bare_numeral(marked: str, start: int, end: int, inner: str) -> tuple[int, int, str] | None:
    """A quoted bare numeral takes its head from around it: 3个“3”服务, “11157”工程,
    “1+6+4”产业政策体系. Returns the marked span (from the opening mark) and the folded
    surface, or ``None`` for a bare number (“110”, “2020”, “一”)."""
    prefix = re.search(rf"(?:\d+|[{_CN_DIGITS}]+)个{_OPEN_MARK}$", marked[max(start - 6, 0) : start])
    tail = re.match(rf"[{_CJK}]{{1,8}}", marked[end + 1 : end + 9])
    suffix = ""
    if tail:
        words = re.split(r"[的等和与及]", tail.group())[0]
        for length in range(len(words), 0, -1):
            if words[:length].endswith(HEAD_NOUNS) and words[length : length + 1] != "性":  # not 战略性
                suffix = words[:length]
                break
        if (inner.isdigit() or _PLAN_PERIOD.match(inner)) and suffix not in HEAD_NOUNS:
            suffix = ""  # “12345”市民服务热线, “十四五”规划指标体系: only a bare head noun
    if suffix:
        begin = start - len(prefix.group()) if prefix else start - 1
        surface = (prefix.group()[:-1] if prefix else "") + inner + suffix
        return begin, end + 1 + len(suffix), surface
    if "+" in inner or (not inner[0].isdigit() and len(inner) >= 2):
        return start, end, inner
    return None


#: An unquoted compound: two to four numerals each followed by one character (三线一单).
_UNQUOTED_COMPOUND = lazy_compile(
    rf"(?<![{_NUMERAL_CHARS}第\d])"
    rf"(?:[{_NUMERAL_CHARS}](?![{_NUMERAL_CHARS}{CLASSIFIERS}])[{_CJK}]){{2,4}}"
    rf"(?![{_NUMERAL_CHARS}\d])"
)
#: An unquoted single-numeral slogan: numeral (not 一, which mostly means "a"), optional
#: classifier (or 化: 两化融合), two head characters; or 双 and one (双创, 双拥).
_UNQUOTED_SINGLE = (
    lazy_compile(rf"(?<![{_NUMERAL_CHARS}第\d])[二两三四五六七八九十双][{CLASSIFIERS}化]?(?![{_NUMERAL_CHARS}])[{_CJK}]{{2}}"),
    lazy_compile(rf"(?<![{_NUMERAL_CHARS}第\d])双(?![{_NUMERAL_CHARS}])[{_CJK}]"),
)
#: Words an unquoted slogan is not extended into (八项规定 stops before 精神).
_EXTENSION_STOPS = ("精神", "工作", "建设", "任务", "要求", "的", "和", "与", "及", "等", "是")


#: Characters a quoted coinage never holds; a quoted string with one is speech or prose.
_PROSE_CHARS = set("的了是我你他她它们吗呢吧啊也都就还在和与及或而把被让对从向于以之其这那有没不")


def _coined_once(folded: str) -> bool:
    """Whether a string quoted only once still reads as a coined term (“回头看”,
    “税银贷”): three to six Chinese characters and none of the function words of prose."""
    return 3 <= len(folded) <= 6 and re.fullmatch(f"[{_CJK}]+", folded) is not None and not _PROSE_CHARS & set(folded)


#: A coinage quoted once is taken when its sentence treats it as a measure or a problem:
#: a governing verb before the quotes (开展“回头看”, 处置“僵尸企业”) or a policy noun after
#: them (“税银贷”产品, “回头看”整改). Names (“利奇马”台风) and ordinary words in quotes
#: (“零距离”) rarely stand there.
_MEASURE_BEFORE = lazy_compile(
    r"(?:实施|推进|开展|推广|打造|深化|落实|治理|整治|处置|破解|防止|遏制|杜绝|推行|实行|探索|建立|完善|创新|"
    r"防范|整改|清理|拆除|推出|上线|试点|启动|坚持|避免|不搞|解决|化解|扩大|加强|做好|抓好|打好|用好|守住|严防)$"
)
_MEASURE_AFTER = lazy_compile(
    r"^(?:整改|产品|行动|工程|改革|模式|机制|制度|服务|平台|品牌|问题|现象|政策|试点|项目|活动|工作|体系|行为|"
    r"专项|攻坚|治理|战略|计划|方案|经验|做法|理念|要求|原则|措施|举措|标准|目标|任务|式|型|化)"
)


def _named_as_measure(marked: str, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    start, end = span
    while start > 0 and marked[start - 1] == _OPEN_MARK:
        start -= 1
    while end < len(marked) and marked[end] == _CLOSE_MARK:
        end += 1
    return bool(_MEASURE_BEFORE.search(marked[max(start - 4, 0) : start]) or _MEASURE_AFTER.match(marked[end : end + 4]))


#: A quoted string of four or more digits names a plan or a set of tasks (“11346”).
_DIGIT_CODE = lazy_compile(r"^\d{4,}$")
#: What follows a telephone or service number (“12345”热线), which is no slogan.
_SERVICE_NUMBER = lazy_compile(r"[^\n]{0,6}?(?:热线|电话|号码|专线|服务平台)")
#: A count written before the quotation marks: 三个“一号工程”, 两个“一百年”.
_COUNT_BEFORE_QUOTE = lazy_compile(rf"(?<![{_NUMERAL_CHARS}\d第])([两三四五六七八九十]个){_OPEN_MARK}$")
#: Parallel numbered items: 两手抓、两手硬、两手赢 (the same numeral and head, three times).
_PARALLEL = lazy_compile(rf"(?<![{_NUMERAL_CHARS}])([{_NUMERAL_CHARS}])([{_CJK}])[{_CJK}](?:、\1\2[{_CJK}]){{2,}}")


def _unquoted_candidates(text: _Text) -> Iterator[tuple[int, int, str]]:
    """Marked spans of unquoted numbered slogans: compounds (三线一单) and parallel items
    (两手抓、两手硬、两手赢) anywhere, and single-numeral slogans that recur (两化融合 ×2)."""
    marked = _strip_common_words(text.marked)
    for match in _PARALLEL.finditer(marked):
        if is_numbered_slogan(match.group()[:3], quoted=False, following=match.group()[3:]):
            yield match.start(), match.end(), match.group()
    for match in _UNQUOTED_COMPOUND.finditer(marked):
        surface = match.group()
        following = marked[match.end() : match.end() + 3]
        if is_numbered_slogan(surface[:2], quoted=False, following=surface[2:] + following):
            yield match.start(), match.end(), surface
    seen: dict[str, list[tuple[int, int]]] = {}
    for pattern in _UNQUOTED_SINGLE:
        for match in pattern.finditer(marked):
            following = marked[match.end() : match.end() + 3]
            if is_numbered_slogan(match.group(), quoted=False, following=following):
                seen.setdefault(match.group(), []).append(match.span())
    for surface, spans in seen.items():
        if len(spans) < MIN_UNQUOTED_RECURRENCE:
            continue
        # extend while every occurrence goes on with the same character (四大产业 → 四大产业集群)
        extra = 0
        while len(surface) + extra < MAX_UNQUOTED:
            rests = {marked[end + extra : end + extra + 4] for _, end in spans}
            nexts = {rest[:1] for rest in rests}
            if len(nexts) != 1 or not re.match(f"[{_CJK}]", next(iter(nexts))):
                break
            if any(rest.startswith(_EXTENSION_STOPS) for rest in rests):
                break
            extra += 1
        for start, end in spans:
            yield start, end + extra, marked[start : end + extra]


def _known_at(glossary: Glossary | None, folded: str, plain: str, positions: list[int]) -> bool:
    """Whether the glossary knows ``folded`` here: as a surface, or inside a longer surface
    written at one of its occurrences (三集中 inside 审批权限和审批流程“三集中”)."""
    if glossary is None:
        return False
    return _Known(glossary, [folded]).at(folded, plain, positions)


class _Known:
    """:func:`_known_at` for many candidates at once: one automaton over the candidates
    finds every place where a glossary surface contains one, in one pass over the surfaces."""

    def __init__(self, glossary: Glossary, candidates: Iterable[str]) -> None:
        self.surfaces = glossary.senses_by_surface
        self.inside: dict[str, list[tuple[str, int]]] = {}
        automaton = _automaton(candidates)
        if automaton is None:
            return
        for surface in self.surfaces:
            for last, candidate in automaton.iter(surface):
                if len(surface) > len(candidate):
                    self.inside.setdefault(candidate, []).append((surface, last + 1 - len(candidate)))

    def at(self, folded: str, plain: str, positions: list[int]) -> bool:
        if folded in self.surfaces:
            return True
        return any(
            position >= offset and plain.startswith(surface, position - offset)
            for surface, offset in self.inside.get(folded, ())
            for position in positions
        )


def _automaton(keys: Iterable[str]):
    """An Aho-Corasick automaton whose values are its keys, or None without keys."""
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for key in keys:
        if key:
            automaton.add_word(key, key)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _occurrences(plain: str, folded: str) -> list[int]:
    """Plain positions of ``folded``, not inside a longer number or formula."""
    return _all_occurrences(plain, [folded]).get(folded, [])


def _all_occurrences(plain: str, keys: Iterable[str]) -> dict[str, list[int]]:
    """:func:`_occurrences` of every key, in one pass over ``plain``: each key's
    non-overlapping occurrences from the left (as ``re.finditer`` finds them), minus those
    inside a longer number or formula."""
    keys = list(keys)
    found: dict[str, list[int]] = {key: [] for key in keys}
    automaton = _automaton(keys)
    if automaton is None:
        return found
    free_from: dict[str, int] = {}
    for last, key in automaton.iter(plain):  # by end, so by start for each key
        start = last + 1 - len(key)
        if start < free_from.get(key, 0):
            continue  # overlaps the previous occurrence of the same key
        free_from[key] = last + 1
        before = plain[start - 1] if start else ""
        after = plain[last + 1 : last + 2]
        if key[0].isdigit() and (before.isdigit() or before == "+"):
            continue
        if key[-1].isdigit() and (after.isdigit() or after == "+"):
            continue
        if key[0] in _CN_DIGITS and before and before in _CN_DIGITS:
            continue  # 三五 inside 十三五
        found[key].append(start)
    return found


# ---------------------------------------------------------------------------------------
# Long forms: enumerations


@dataclass(frozen=True)
class Enumeration:
    """Items listed with 、 in one clause: the folded ``items``, each item's marked span,
    whether the last two were split at a conjunction, and whether the clause opens with a
    definition lead-in (是指)."""

    items: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    conjunction_split: bool = False
    clause_start: int = 0
    lead_in: bool = False
    #: the first and last items before trimming (see :func:`_trim`), for :func:`_fit`
    untrimmed: tuple[tuple[int, int], tuple[int, int]] | None = None
    #: ``list`` (A、B、C in a clause), ``definition`` (the sentence after X: 是指…, split
    #: at ; or , as well) or ``ordinal`` (一是…二是…三是…)
    kind: str = "list"
    #: the labels dropped from definition parts (“1”是指, 第一个“4”是指), one per item
    labels: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _clauses(marked: str) -> Iterator[tuple[int, int]]:
    """Spans of clauses: text between , ; : 。 ! ? and line breaks; a parenthesis
    (建设一个邻里中心(人才公寓、职工公寓)) does not end or split a clause."""
    depth = 0
    start = 0
    for index, char in enumerate(marked):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char in ",;:。!?\n" and (depth == 0 or char in "。\n"):
            depth = 0
            if index > start:
                yield start, index
            start = index + 1
    if start < len(marked):
        yield start, len(marked)


def _split_items(marked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of a clause: split at 、 outside parentheses, and between adjacent
    quotations (“六稳”“六保”)."""
    spans = []
    depth = 0
    item_start = start
    for index in range(start, end):
        char = marked[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and char == "、":
            spans.append((item_start, index))
            item_start = index + 1
        elif depth == 0 and char == _OPEN_MARK and index > item_start and marked[index - 1] == _CLOSE_MARK:
            spans.append((item_start, index))
            item_start = index
    spans.append((item_start, end))
    return spans


def _strip_marks(text: str) -> str:
    return text.replace(_OPEN_MARK, "").replace(_CLOSE_MARK, "")


Span = tuple[int, int]


def _trim(marked: str, spans: list[Span]) -> tuple[list[Span], tuple[Span, Span]]:
    """Cut the lead-in off the first item and the rest of the clause off the last.

    The first item carries the verb of the clause (着力稳就业、稳金融 …), the last the rest
    of it (… 全空间覆盖的“三全”工作机制). The inner items show what an item looks like:

    * the last item stops before a quoted short form introduced by 的/等 (…覆盖的“三全”),
      and at 等;
    * with two or more inner items sharing a first character (稳) the first item starts at
      it; otherwise a definition lead-in (是指) is dropped and the first item is cut to
      the length of the longest other item;
    * with two or more inner items sharing a last character (建好、管好、护好、运营好农村公路)
      the last item ends at it.
    """
    spans = list(spans)
    first_start, first_end = spans[0]
    last_start, last_end = spans[-1]
    cue = re.search(rf"[的等]{_OPEN_MARK}", marked[last_start:last_end])
    if cue:
        last_end = last_start + cue.start() + 1
    etc = marked.find("等", last_start + 1, last_end)
    if etc > last_start:
        last_end = etc
    while last_end - last_start > 1 and (marked[last_end - 1] in _MARKS or marked[last_end - 1] == "的"):
        last_end -= 1
    while first_start < first_end and marked[first_start] in _MARKS:
        first_start += 1
    untrimmed = ((first_start, first_end), (last_start, last_end))
    inner = [_strip_marks(marked[s:e]) for s, e in spans[1:-1]]
    first = marked[first_start:first_end]
    shared_first = {item[:1] for item in inner}
    if len(inner) >= 2 and len(shared_first) == 1 and next(iter(shared_first)) in first:
        first_start += first.rfind(next(iter(shared_first)))
    else:
        for lead in LEAD_INS:
            found = first.find(lead)
            if 0 <= found <= 6 and len(first) - found - len(lead) >= 1:
                first_start += found + len(lead)
                break
        else:  # no lead-in: keep as many characters as the longest other item has
            others = inner or [_strip_marks(marked[last_start:last_end])]
            longest = max(len(item) for item in others)
            kept = 0
            depth = 0  # a parenthesis counts as nothing: 建设一个邻里中心(人才公寓、职工公寓)
            cut = first_end
            while cut > first_start and (kept < longest or depth > 0):
                cut -= 1
                depth += {")": 1, "(": -1}.get(marked[cut], 0)
                kept += marked[cut] not in _MARKS + "()" and depth == 0
            if marked[cut + 1 : cut + 3].startswith(_OPEN_MARK) or marked[cut + 2 : cut + 3] == _OPEN_MARK:
                cut = marked.index(_OPEN_MARK, cut) + 1  # 推进“一带一路”建设: start at the quotation
            first_start = cut
    shared_last = {item[-1:] for item in inner}
    if len(inner) >= 2 and len(shared_last) == 1:
        found = marked.find(next(iter(shared_last)), last_start, last_end)
        if found >= 0:
            last_end = found + 1
    spans[0] = (first_start, first_end)
    spans[-1] = (last_start, last_end)
    return spans, untrimmed


def _fit(marked: str, enumeration: Enumeration, heads: str) -> Enumeration:
    """Re-trim the first item for a short form with ``heads``: when every other item starts
    with a head character, or trimming cut the only head character off the first item
    (以新型基础设施 → 型基础设施 for 两新一重), the first item starts at its last head
    character (新型基础设施)."""
    if not heads or enumeration.untrimmed is None:
        return enumeration
    tail = heads[1:]
    last_start, last_end = enumeration.spans[-1]
    if len(tail) >= 2 and enumeration.items[-1].endswith(tail) and len(enumeration.items[-1]) > len(tail) + 1:
        # 监管、监察、监测联动 (三监联动): the short form's tail belongs to the whole list
        cut = last_end
        for _ in tail:
            cut -= 1
            while marked[cut] in _MARKS:
                cut -= 1
        while cut - 1 > last_start and marked[cut - 1] == "的":
            cut -= 1
        enumeration = replace(
            enumeration,
            items=(*enumeration.items[:-1], _strip_marks(marked[last_start:cut])),
            spans=(*enumeration.spans[:-1], (last_start, cut)),
        )
    (raw_start, raw_end), _ = enumeration.untrimmed
    raw = marked[raw_start:raw_end]
    others = enumeration.items[1:]
    leading = {item[:1] for item in others}
    if len(leading) == 1 and next(iter(leading)) in heads:
        chars = next(iter(leading))
    elif not any(char in enumeration.items[0] for char in heads):
        chars = heads
    else:
        return enumeration
    at = max(raw.rfind(char) for char in chars)
    if at < 0 or raw_start + at == enumeration.start:
        return enumeration
    spans = ((raw_start + at, raw_end), *enumeration.spans[1:])
    items = (_strip_marks(marked[raw_start + at : raw_end]), *others)
    if len(items[0]) > MAX_ITEM:
        return enumeration
    return replace(enumeration, items=items, spans=spans)


def _cut_before(marked: str, enumeration: Enumeration, spans: list[tuple[int, int]]) -> Enumeration:
    """End the last item before the short form when the short form follows it directly
    (科技、汽车、教化、健康、美丽“五个嘉定”: the last item is 美丽, not 美丽“五个嘉定”)."""
    last_start, last_end = enumeration.spans[-1]
    first = bisect_right(spans, (last_start, len(marked) + 1))  # spans are sorted: skip those before
    for index in range(first, len(spans)):
        start = spans[index][0]
        if start >= last_end:
            break
        if last_start < start < last_end and (marked[start - 1] == _OPEN_MARK or marked[start - 1] in "的等"):
            cut = start
            while cut > last_start and (marked[cut - 1] in _MARKS or marked[cut - 1] in "的等"):
                cut -= 1
            if cut > last_start:
                last = _strip_marks(marked[last_start:cut])
                return replace(
                    enumeration,
                    items=(*enumeration.items[:-1], last),
                    spans=(*enumeration.spans[:-1], (last_start, cut)),
                )
    return enumeration


def _holds_quotation(marked: str, span: tuple[int, int]) -> bool:
    """Whether an item is, or ends with, a whole quotation (坚定“四个自信”)."""
    region = marked[max(span[0] - 1, 0) : span[1] + 1]
    opening, closing = region.find(_OPEN_MARK), region.rfind(_CLOSE_MARK)
    return 0 <= opening < closing and closing >= len(region) - 2


def find_enumerations(marked: str) -> list[Enumeration]:
    """Every enumeration of two or more items in a (marked, folded) text.

    Items are split at 、 and trimmed (see :func:`_trim`). When the last item joins two
    with a conjunction (…公共租赁住房和动迁安置房) the split variant is returned as well.
    A list of quoted items (增强“四个意识”、坚定“四个自信”) lists short forms, it does not
    define one, and is skipped.

    >>> [e.items for e in find_enumerations("着力稳就业、稳金融、稳外贸,以担当")]
    [('稳就业', '稳金融', '稳外贸')]
    """
    found = []
    for clause_start, clause_end in _clauses(marked):
        raw = _split_items(marked, clause_start, clause_end)
        if len(raw) < 2:
            continue
        first_raw = _strip_marks(marked[raw[0][0] : raw[0][1]])
        lead_in = first_raw.startswith(LEAD_INS)
        variants = [(raw, False)]
        last_start, last_end = raw[-1]
        # A、B和C: split into two items; A、B和[the rest of the clause]: cut there
        for word in CONJUNCTIONS:
            at = marked.find(word, last_start + 1, last_end)
            if at > last_start:
                variants = [
                    (raw[:-1] + [(last_start, at), (at + len(word), last_end)], True),
                    (raw[:-1] + [(last_start, at)], True),
                ]
                break
        for spans, split in variants:
            spans, untrimmed = _trim(marked, spans)
            items = tuple(_strip_marks(marked[s:e]) for s, e in spans)
            if not all(0 < len(item) <= MAX_ITEM for item in items):
                continue
            if any(re.fullmatch(rf"[{_NUMERAL_CHARS}\d]+", item) for item in items):
                continue  # 十三、坚持和完善…: a heading number, not an item
            if sum(_holds_quotation(marked, span) for span in spans) >= 2:
                continue
            found.append(
                Enumeration(
                    items, tuple(spans), conjunction_split=split, clause_start=clause_start,
                    lead_in=lead_in, untrimmed=untrimmed,
                )
            )
    return found


#: The label of a definition part: “1”是指, 第一个“4”是指, 四纵是指, 是指.
_LABEL_PREFIX = lazy_compile(
    rf"(?:第[{_CN_DIGITS}]+个)?"
    rf"(?:{_OPEN_MARK}[^{_MARKS},、;]{{1,4}}{_CLOSE_MARK}|[^{_MARKS},、;]{{1,3}}?)?"
    r"(?:是指|指的是|即)"
)
_SENTENCE_END = lazy_compile(r"[。\n!?]")


def _definition_enumerations(marked: str) -> list[Enumeration]:
    """The sentences that define something explicitly (X:是指A、B、C; X:“1”是指…,“7”是指…;
    “X”,即A;B), split into parts at ; or at , (and 、), labels such as “1”是指 dropped."""
    found = []
    for match in re.finditer(r"[:,]", marked):
        start = match.end()
        head = marked[start : start + 14]
        if not (head.startswith("即") or "是指" in head):
            continue
        end_match = _SENTENCE_END.search(marked, start, start + MAX_DEFINITION + 1)  # never further
        end = end_match.start() if end_match else len(marked)
        if end - start > MAX_DEFINITION:
            continue
        for separators in (";", ",", ",、"):
            parts = _split_at(marked, start, end, separators)
            if not parts or (len(parts) < 2 and separators != ",、"):
                continue  # nothing between the separators (是指,。): no parts at all
            variants = [parts]
            last_start, last_end = parts[-1]
            for word in CONJUNCTIONS:
                at = marked.find(word, last_start + 1, last_end)
                if at > last_start:
                    variants.append(parts[:-1] + [(last_start, at), (at + len(word), last_end)])
                    break
            for number, raw in enumerate(variants):
                spans = [_drop_label(marked, s, e) for s, e in raw]
                items = tuple(_strip_marks(marked[s:e]) for s, e in spans)
                labels = tuple(_strip_marks(marked[r[0] : s]) for r, (s, _) in zip(raw, spans))
                if len(items) >= 2 and all(0 < len(item) <= 2 * MAX_ITEM for item in items):
                    found.append(
                        Enumeration(
                            items, tuple(spans), conjunction_split=number > 0, clause_start=start,
                            lead_in=True, kind="definition", labels=labels,
                        )
                    )
    return found


def _split_at(marked: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Spans between the separators, outside parentheses."""
    spans, depth, item_start = [], 0, start
    for index in range(start, end):
        char = marked[index]
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and char in separators:
            spans.append((item_start, index))
            item_start = index + 1
            depth = 0
    spans.append((item_start, end))
    return [(s, e) for s, e in spans if e > s]


def _drop_label(marked: str, start: int, end: int) -> tuple[int, int]:
    label = _LABEL_PREFIX.match(marked, start, end)
    if label and label.end() < end:
        start = label.end()
    while end > start and marked[end - 1] in _MARKS:
        end -= 1
    return start, end


_PHRASE_END = re.compile(r"[,;。:!?]")
#: The longest sentence read as an explicit definition (X:是指A、B、C).
MAX_DEFINITION = 400


def _ordinal_enumerations(marked: str) -> list[Enumeration]:
    """Points announced in order: 一是…。二是…。三是… (or 一要…二要…); each part is the
    phrase after its marker, up to the first punctuation."""
    found = []
    for verb in ("是", "要"):
        for match in re.finditer(f"(?<=[。;:,(])一{verb}", marked):
            spans: list[tuple[int, int]] = []
            position = match.start()
            for digit in "一二三四五六七八九十":
                marker = re.compile(f"(?<=[。;:,(]){digit}{verb}")
                at = marker.search(marked, position, position + ORDINAL_SPAN)
                if at is None or (spans and f"一{verb}" in marked[position : at.start()]):
                    break  # no next point, or a new list has begun
                phrase = _PHRASE_END.search(marked, at.end())  # never a copy of the rest of the text
                spans.append((at.end(), phrase.start() if phrase else at.end()))
                position = spans[-1][1]
            if len(spans) >= 2 and all(e > s for s, e in spans):
                items = tuple(_strip_marks(marked[s:e]) for s, e in spans)
                if all(len(item) <= 2 * MAX_ITEM for item in items):
                    found.append(
                        Enumeration(items, tuple(spans), clause_start=match.start(), lead_in=True, kind="ordinal")
                    )
    return found


@lru_cache(maxsize=1 << 14)
def _formula_groups(folded: str) -> tuple[str, ...]:
    formula = _FORMULA.search(folded)
    return tuple(formula.group().split("+")) if formula else ()


def score_long_form(
    short_form: str, numeral: int, enumeration: Enumeration, distance: int, *, explicit: bool = False
) -> float:
    """How well ``enumeration`` spells out the folded ``short_form`` naming ``numeral`` parts.

    ``score = count × share × proximity``:

    * ``count``: 1 when the number of items equals the numeral, :data:`CONJUNCTION_SPLIT`
      when that needed splitting the last item at 和/及, otherwise 0 (no proposal);
    * ``share``: the fraction of items that contain the short form's head character (the
      first character of :func:`short_form_heads`: 稳 of 六稳, 意 of 四个意识); for a
      compound each head must be in as many items as its numeral says (三线一单: 线 in
      three, 单 in one); for a formula item *i* must contain group *i*'s number. A share
      under :data:`MIN_HEAD_SHARE` gives 0, so 稳增长、促改革、调结构… never defines 六稳.
      An ``explicit`` definition (X:是指A、B、C, or A、B、C的“X” right before the short form)
      needs no shared head; points in order (X。一是…二是…) need the head or the generic
      suffix (十大专项行动 → 行动) in their items;
    * ``proximity``: ``1 / (1 + distance / DISTANCE_SCALE)``, a mild penalty for a list far
      from the short form; a two-item list must be within :data:`NEAR_TWO` characters.

    >>> e = find_enumerations("着力稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期,")[0]
    >>> score_long_form("六稳", 6, e, 0)
    1.0
    """
    items = enumeration.items
    if len(items) != numeral:
        return 0.0
    if numeral == 2 and distance > NEAR_TWO and not explicit:
        return 0.0
    count = CONJUNCTION_SPLIT if enumeration.conjunction_split else 1.0
    share = _head_share(short_form, items, enumeration.labels)
    if share is None:
        return 0.0  # a compound or a formula whose parts do not add up
    if enumeration.kind == "ordinal":
        # 一是…二是… after the short form: the points must still say what it is about
        # (三个持续 → 持续, 十大专项行动 → 行动), so 三个对冲 does not take the next list
        suffix = next((word for word in GENERIC_SUFFIXES if short_form.endswith(word)), "")
        if suffix:
            share = max(share, sum(suffix in item for item in items) / len(items))
    elif explicit:
        share = 1.0
    if share < MIN_HEAD_SHARE:
        return 0.0
    proximity = 1 / (1 + distance / DISTANCE_SCALE)
    return round(count * share * proximity, 3)


def _head_share(short_form: str, items: tuple[str, ...], labels: tuple[str, ...] = ()) -> float | None:
    """The share of items containing the head; ``None`` when the structure of a compound
    or formula rules the list out whatever else is said. A formula's numbers may also be
    in the items' labels (“1”是指…)."""
    groups = _formula_groups(short_form)
    if groups:
        if labels:
            items = tuple(label + item for label, item in zip(labels, items))
        if len(groups) != len(items):
            return None
        hits = sum(bool(re.search(rf"(?<!\d){group}(?!\d)", item)) for group, item in zip(groups, items))
        return hits / len(items) if hits == len(items) else None
    heads = short_form_heads(short_form)
    if not heads:
        return 0.0
    body = _without_generic_suffix(short_form)
    if _is_compound(body):
        for number, char in _compound_parts(body):
            if sum(char in item for item in items) != number:
                return None
        return sum(any(char in item for char in heads) for item in items) / len(items)
    leading = re.match(rf"^(?:[{_NUMERAL_CHARS}]+|\d+)([{CLASSIFIERS}])", short_form)
    head = heads[:2] if leading and len(heads) >= 2 else heads[0]  # 四个意识 → 意识; 六稳 → 稳
    return sum(head in item for item in items) / len(items)


# ---------------------------------------------------------------------------------------
# The entry point


def discover(
    text: str, glossary: Glossary | None = None, *, include_known: bool = False, min_count: int = 1
) -> Discovery:
    """The numbered slogans and recurring coined terms of ``text``, with inline definitions.

    ``glossary`` (default: the shipped one) only removes what it already knows, by folded
    surface; ``include_known=True`` keeps those too and never loads a glossary.
    Candidates occurring fewer than ``min_count`` times are dropped (a coined term without
    a numeral always needs :data:`MIN_COINED_RECURRENCE`).

    >>> found = discover("形成全流程管控、全行业保供、全空间覆盖的“三全”工作机制。", include_known=True)
    >>> [c.surface for c in found.candidates], found.definitions[0].long_form
    (['三全'], ('全流程管控', '全行业保供', '全空间覆盖'))
    """
    expect_text(text, "text", "discover")
    expect_glossary(glossary, "discover")
    expect_bool(include_known, "include_known", "discover")
    expect_int(min_count, "min_count", "discover")
    doc = _Text(text)
    if glossary is None and not include_known:
        glossary = load_glossary()
    found: dict[str, _Found] = {}

    def note(folded: str, marked_span: tuple[int, int], *, quoted: bool, numbered: bool) -> None:
        entry = found.setdefault(folded, _Found(folded))
        entry.quoted |= quoted
        entry.numbered |= numbered
        if entry.first is None or marked_span[0] < entry.first[0]:
            entry.first = marked_span

    marked = doc.marked
    for start, end, inner in _quoted_spans(doc):
        if any(p in inner for p in PLACEHOLDERS):
            continue
        following = marked[end + 1 : end + 4]
        if _NUMERAL_ONLY.match(inner):
            extended = _extend_bare_numeral(marked, start, end, inner)
            if extended is not None:
                begin, finish, surface = extended
                note(surface, (begin, finish), quoted=True, numbered=True)
            elif _DIGIT_CODE.match(inner) and not _YEAR_PREFIX.match(inner) and not _SERVICE_NUMBER.match(marked, end + 1):
                note(inner, (start, end), quoted=True, numbered=True)  # “11346”: a digit code
            continue
        counted = _COUNT_BEFORE_QUOTE.search(marked, max(start - 5, 0), start)
        if counted and re.search(f"[{_CJK}]", inner):  # 三个“一号工程”: the count is outside
            note(counted.group(1) + inner, (counted.start(), end + 1), quoted=True, numbered=True)
        elif is_numbered_slogan(inner, quoted=True, following=following):
            note(inner, (start, end), quoted=True, numbered=True)
        elif len(inner) >= 2 and not _YEAR_PREFIX.match(inner) and re.search(f"[{_CJK}]", inner):
            note(inner, (start, end), quoted=True, numbered=False)
    for start, end, surface in _unquoted_candidates(doc):
        note(surface, (start, end), quoted=False, numbered=True)

    plain = doc.plain
    occurrences = _all_occurrences(plain, found)
    _drop_nested(found, occurrences)
    known = _Known(glossary, found) if glossary is not None and not include_known else None

    candidates = []
    for folded, entry in found.items():
        positions = occurrences[folded]
        count = max(len(positions), 1)
        if count < min_count or (
            not entry.numbered
            and count < MIN_COINED_RECURRENCE
            and not (entry.quoted and _coined_once(folded) and _named_as_measure(marked, entry.first))
        ):
            continue
        if known is not None and known.at(folded, plain, positions):
            continue
        first = entry.first
        if positions and doc.plain_to_marked[positions[0]] < first[0]:
            first = doc.plain_span_to_marked(positions[0], positions[0] + len(folded))
        start, end = doc.original_span(*first)
        if first[0] < len(marked) and marked[first[0]] == _OPEN_MARK and _CLOSE_MARK in marked[first[0] : first[1]]:
            start = doc.folded.to_original(first[0])  # “1+6+4”产业政策体系 keeps its opening quote
        elif _OPEN_MARK in marked[first[0] : first[1]]:
            start, end = doc.balanced_original_span(*first)  # 三个“一号工程” keeps its closing quote
        candidates.append(
            SloganCandidate(
                surface=text[start:end],
                folded=folded,
                count=count,
                start=start,
                end=end,
                context=doc.sentence_at(start),
                quoted=entry.quoted,
                numeral=slogan_numeral(folded) if entry.numbered else None,
            )
        )
    candidates.sort(key=lambda c: c.start)
    definitions = _inline_definitions(doc, candidates, occurrences)
    return Discovery(tuple(candidates), tuple(definitions))


def _drop_nested(found: dict[str, _Found], occurrences: dict[str, list[int]]) -> None:
    """Drop a candidate whose every occurrence lies inside a longer candidate
    (两手抓 inside “两手抓、两手硬、两手赢”)."""
    containing: dict[str, dict[str, list[int]]] = {}  # candidate -> longer candidate -> offsets in it
    automaton = _automaton(found)
    if automaton is None:
        return
    for other in found:
        for last, inner in automaton.iter(other):
            if inner != other:
                containing.setdefault(inner, {}).setdefault(other, []).append(last + 1 - len(inner))
    for folded in sorted(found, key=len):
        mine = occurrences[folded]
        if not mine:
            continue
        for other, offsets in containing.get(folded, {}).items():
            theirs = set(occurrences[other])
            if all(any(p - o in theirs for o in offsets) for p in mine):
                del found[folded]
                break


def _inline_definitions(
    doc: _Text, candidates: Iterable[SloganCandidate], occurrences: dict[str, list[int]]
) -> list[InlineDefinition]:
    """The best enumeration for each numbered candidate (see :func:`score_long_form`).

    A score is at most the proximity of its list, so a candidate only looks at the lists
    near its occurrences, in growing rings, and stops as soon as no list further away
    could beat (or tie with) the best one found: the result is that of trying every list,
    in near-linear time.
    """
    marked = doc.marked
    enumerations = find_enumerations(marked) + _definition_enumerations(marked) + _ordinal_enumerations(marked)
    index = _EnumerationIndex(enumerations)
    definitions = []
    for candidate in candidates:
        folded = candidate.folded
        numeral = candidate.numeral
        if numeral is None or numeral < 2 or not _leads_with_numeral(folded) or re.search("[、,]", folded):
            continue
        if numeral not in index.groups:
            continue
        spans = [doc.plain_span_to_marked(p, p + len(folded)) for p in occurrences.get(folded, [])]
        found = _Spans(spans)
        heads = short_form_heads(folded)
        best: tuple[float, int, Enumeration, tuple[int, int] | None] | None = None
        # Lists are looked for near the first and last occurrences only: a report defines a
        # slogan where it introduces it (or in closing), and a slogan repeated thousands of
        # times would otherwise score every list of the text, once per occurrence.
        looked_at = spans if len(spans) <= LOOK_NEAR_FIRST + LOOK_NEAR_LAST else spans[:LOOK_NEAR_FIRST] + spans[-LOOK_NEAR_LAST:]
        for number in index.near(numeral, looked_at, folded, lambda: best[0] if best else None):
            enumeration = _cut_before(marked, _fit(marked, enumerations[number], heads), spans)
            if found.overlaps(enumeration.start, enumeration.end):
                continue  # a list that contains the short form does not define it
            distance = found.gap(enumeration.start, enumeration.end)
            explicit_at = None  # X:是指A、B、C
            for s, e in found.ending_in(enumeration.clause_start - ORDINAL_GAP, enumeration.clause_start):
                gap = marked[e : enumeration.clause_start]
                if enumeration.kind == "ordinal":
                    if not re.search(rf"[{_CN_DIGITS}][是要]", gap):
                        explicit_at = (s, e)
                elif enumeration.lead_in and len(gap) <= EXPLICIT_GAP and not _strip_marks(gap).strip(":,"):
                    explicit_at = (s, e)
            adjacent = any(  # A、B、C的“X”
                _strip_marks(marked[enumeration.end : s]) in ADJACENT_GAPS
                for s, _ in found.starting_in(enumeration.end, enumeration.end + 4)
            ) and not _modifier_pair(marked, enumeration, folded)
            explicit = explicit_at is not None or adjacent
            if enumeration.kind != "list" and not explicit:
                continue  # a definition sentence or 一是…二是… only defines what it follows
            score = score_long_form(folded, numeral, enumeration, distance, explicit=explicit)
            if score >= MIN_SCORE and (best is None or (score, -number) > (best[0], -best[1])):
                best = (score, number, enumeration, explicit_at)
        if best is None:
            continue
        score, _, enumeration, explicit_at = best
        quote_start, quote_end = enumeration.start, enumeration.end
        if explicit_at is not None:
            quote_start = explicit_at[0]  # 三张清单:是指…
        for s, e in spans:
            if 0 <= s - enumeration.end <= 3:  # …全空间覆盖的“三全”
                quote_end = e + (1 if e < len(doc.marked) and doc.marked[e] == _CLOSE_MARK else 0)
        start, end = doc.balanced_original_span(quote_start, quote_end)
        definitions.append(
            InlineDefinition(
                short_form=candidate.surface,
                long_form=tuple(doc.readable(s, e) for s, e in enumeration.spans),
                quote=doc.original[start:end],
                start=start,
                end=end,
                score=score,
            )
        )
    return definitions


def _modifier_pair(marked: str, enumeration: Enumeration, folded: str) -> bool:
    """Whether two items run straight into the short form without 的 and without its head,
    as in 应对经济下行、企业“两链”风险: the last item qualifies the short form (企业's 两链),
    and the 、 joins 经济下行 to the whole phrase, so the pair does not spell the slogan out.
    Three or more items (开放带动、产业强县、城乡统筹“三大战略”), a 的 between (A、B的“两X”) or
    an item holding the head (稳增长、稳就业“两稳”) still do."""
    if len(enumeration.items) != 2 or _strip_marks(marked[enumeration.end : enumeration.end + 2]).startswith("的"):
        return False
    return not _head_share(folded, enumeration.items, enumeration.labels)


#: Defining lists are looked for near this many first and last occurrences of a slogan.
LOOK_NEAR_FIRST, LOOK_NEAR_LAST = 4, 2


#: Within this distance of an occurrence a list may be explicit (ORDINAL_GAP after it,
#: or right before it) or a two-item list (NEAR_TWO); beyond it neither.
_EXPLICIT_REACH = max(ORDINAL_GAP, 4, NEAR_TWO)


def _max_reach() -> int:
    """The smallest distance at which a list's proximity rounds below :data:`MIN_SCORE`."""
    reach = int(DISTANCE_SCALE * (1 / MIN_SCORE - 1)) - 2
    while round(1 / (1 + reach / DISTANCE_SCALE), 3) >= MIN_SCORE:
        reach += 1
    return reach


class _Spans:
    """A candidate's occurrences (marked spans, sorted and disjoint) with the look-ups
    the scoring needs, each a binary search instead of a pass over all of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_right(self.ends, start)  # the first span ending after start
        return at < len(self.spans) and self.starts[at] < end

    def gap(self, low: int, high: int) -> int:
        """The distance from ``[low, high)`` to the nearest span, 0 when one overlaps it:
        the least ``max(low - end, start - high, 0)`` over the spans."""
        before = bisect_right(self.ends, low) - 1  # spans [0, before] end at or before low
        after = bisect_left(self.starts, high)  # spans [after, …) start at or after high
        if after > before + 1:
            return 0  # a span between them overlaps
        gaps = []
        if before >= 0:
            gaps.append(low - self.ends[before])
        if after < len(self.spans):
            gaps.append(self.starts[after] - high)
        return max(min(gaps), 0) if gaps else DISTANCE_SCALE

    def ending_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose end lies in ``[low, high]``, in order."""
        return self.spans[bisect_left(self.ends, low) : bisect_right(self.ends, high)]

    def starting_in(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose start lies in ``[low, high]``, in order."""
        return self.spans[bisect_left(self.starts, low) : bisect_right(self.starts, high)]


def _head_chars(folded: str) -> set[str]:
    """Characters of which a list's inner item must hold one for the list to reach
    :data:`MIN_HEAD_SHARE` for ``folded`` without being explicit (see :func:`_head_share`):
    a formula's digits, a compound's heads, else the head's first character."""
    groups = _formula_groups(folded)
    if groups:
        return set("".join(groups))
    heads = short_form_heads(folded)
    if not heads:
        return set()
    if _is_compound(_without_generic_suffix(folded)):
        return set(heads)
    return {heads[0]}


class _EnumerationIndex:
    """Enumerations grouped by their number of items, each group sorted by where its
    clause starts; :meth:`near` hands out the ones worth scoring for a candidate.

    Beyond :data:`_EXPLICIT_REACH` of every occurrence a list can be neither explicit nor
    a two-item list, so only a plain list of three or more items whose inner items (which
    fitting never changes) hold a character of the short form can reach
    :data:`MIN_HEAD_SHARE`: far lists are looked up by character.
    """

    RINGS = (_EXPLICIT_REACH, 256, 2048, 8192)

    def __init__(self, enumerations: list[Enumeration]) -> None:
        self.enumerations = enumerations
        groups: dict[int, list[tuple[int, int]]] = {}
        by_char: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for number, enumeration in enumerate(enumerations):
            # Fitting a list to a short form (_fit, _cut_before) never moves it outside
            # [clause_start, end]: that is the span whose distance bounds its score.
            key = (enumeration.clause_start, number)
            size = len(enumeration.items)
            groups.setdefault(size, []).append(key)
            if enumeration.kind == "list" and size >= 3:
                table = by_char.setdefault(size, {})
                for char in set("".join(enumeration.items[1:-1])):
                    table.setdefault(char, []).append(key)
        self.groups = {n: sorted(members) for n, members in groups.items()}
        self.by_char = {n: {c: sorted(keys) for c, keys in table.items()} for n, table in by_char.items()}
        self.widest = {
            n: max(enumerations[number].end - low for low, number in members) for n, members in self.groups.items()
        }
        self.reach = _max_reach()

    def near(self, numeral: int, spans: list[tuple[int, int]], folded: str, best) -> Iterator[int]:
        """Indices of the ``numeral``-item enumerations to score, ring by ring around
        ``spans``, each ring in list order; stops when ``best()`` beats every list further
        out. A candidate without occurrences scores every list at one distance, so only
        lists whose inner items share a character with it can reach the head share."""
        widest = self.widest[numeral]
        table = self.by_char.get(numeral, {})
        shared = [keys for char in _head_chars(folded) for keys in (table.get(char),) if keys]
        if not spans:
            if numeral == 2:
                return  # a two-item list must be near its short form
            yield from sorted({number for keys in shared for _, number in keys})
            return
        done: set[int] = set()
        found = _Spans(spans)
        enumerations, last = self.enumerations, len(self.enumerations)
        for radius in (*(r for r in self.RINGS if r < self.reach), self.reach - 1):
            lists = [self.groups[numeral]] if radius <= _EXPLICIT_REACH else shared
            ring = set()
            # The stretches around the occurrences, merged: a candidate used thousands of
            # times on one line looks at each list once per ring, not once per occurrence.
            stretches: list[list[int]] = []
            for s, e in spans:
                if stretches and s - radius - widest <= stretches[-1][1]:
                    stretches[-1][1] = max(stretches[-1][1], e + radius)
                else:
                    stretches.append([s - radius - widest, e + radius])
            for keys in lists:
                for low_bound, high_bound in stretches:
                    low_at = bisect_left(keys, (low_bound, -1))
                    high_at = bisect_right(keys, (high_bound, last))
                    for low, number in keys[low_at:high_at]:
                        if number not in done and number not in ring and found.gap(low, enumerations[number].end) <= radius:
                            ring.add(number)
            done |= ring
            yield from sorted(ring)
            score = best()
            if score is not None and score > round(1 / (1 + radius / DISTANCE_SCALE), 3):
                return

# ---------------------------------------------------------------------------------------
# Output


_PINYIN_NOISE = lazy_compile(rf"(?<=[{_CJK}])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,7}}\)")


def readable_surface(candidate: SloganCandidate) -> str:
    """The surface in simplified characters, without pinyin noise or spaces, quotation
    marks inside it kept: 六穩(wěn) → 六稳, “26 條” → 26条, “1+6+4”产业政策体系."""
    text = _PINYIN_NOISE.sub("", candidate.surface)
    text = "".join(fold(char).text if re.match(f"[{_CJK}]", char) else char for char in text)
    return re.sub(r"\s+", "", text)


def _group_labels(folded: str) -> list[str]:
    """The numerals a formula's components are grouped under: 1+7 → 1, 7; 11157 → 1, 1, 1, 5, 7."""
    groups = _formula_groups(folded)
    if groups:
        return groups
    digits = re.match(r"\d{3,}", folded)
    return list(digits.group()) if digits else []


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def discovery_to_yaml(discovery: Discovery, *, scope: str, source_id: str) -> str:
    """Candidate senses as a glossary senses file, for a curator to complete.

    Every candidate becomes a sense (``term`` in simplified characters, see
    :func:`readable_surface`) with ``en: ""`` (to fill in, so ``lint`` refuses the
    file until a person has looked at it). A candidate with an inline definition gets
    ``definition`` and ``components`` from it (labelled groups for a formula: “1+7” gives
    ``{label: "1", text: …}`` and ``{label: "7", text: …}``) and cites its quote; any other cites the
    sentence of its first occurrence and has no definition (*definition unknown*).
    Quotes are verbatim original text, so ``lint`` verifies them against the source.
    """
    lines = [f"scope: {_yaml_string(scope)}", "senses:"]
    seen = set()
    for candidate in discovery.candidates:
        term = readable_surface(candidate)
        if candidate.folded in seen:
            continue
        seen.add(candidate.folded)
        definition = discovery.definition_of(candidate.folded)
        lines.append(f"  - term: {_yaml_string(term)}")
        lines.append('    en: ""')
        if definition is not None:
            stated = "是指" + "、".join(definition.long_form) + "。"
            lines.append(f"    definition: {_yaml_string(stated)}")
            # quoted when the document lists the parts just so; editorial when we joined them
            origin = "quoted" if states_definition([definition.quote], stated) else "editorial"
            lines.append(f"    origin: {origin}")
            lines.append("    components:")
            groups = _group_labels(candidate.folded)
            if len(groups) == len(definition.long_form):  # “1+7”: one labelled group per numeral
                lines.extend(
                    f"      - {{label: {_yaml_string(label)}, text: {_yaml_string(part)}}}"
                    for label, part in zip(groups, definition.long_form)
                )
            else:
                lines.extend(f"      - {_yaml_string(part)}" for part in definition.long_form)
            quote = definition.quote
            note = (
                f"proposed by policyterms.mining.discover: inline enumeration, score {definition.score:.2f}; "
                f"occurs {candidate.count}×"
            )
        else:
            quote = candidate.context
            note = f"proposed by policyterms.mining.discover: occurs {candidate.count}×; no inline definition found"
        lines.append(f"    note: {_yaml_string(note)}")
        lines.append("    cite:")
        lines.append(f"      - source: {_yaml_string(source_id)}")
        lines.append(f"        quote: {_yaml_string(quote)}")
    if len(lines) == 2:
        lines[-1] = "senses: []"
    return "\n".join(lines) + "\n"


#: Column titles of :func:`render_table`'s rows.
TABLE_COLUMNS = ("term", "count", "proposed definition", "score", "context")


def render_table(discovery: Discovery) -> list[tuple[str, ...]]:
    """Rows for a people-facing table, one per candidate, columns :data:`TABLE_COLUMNS`:
    the surface (simplified, see :func:`readable_surface`, in quotation marks when the
    text quotes it), its count, the proposed definition (parts joined by 、, empty if
    none), its score (two decimals, empty if none) and the first context with whitespace
    collapsed."""
    rows = []
    for candidate in discovery.candidates:
        definition = discovery.definition_of(candidate.folded)
        surface = readable_surface(candidate)
        surface = f"“{surface}”" if candidate.quoted and not surface.startswith("“") else surface
        rows.append(
            (
                surface,
                str(candidate.count),
                "、".join(definition.long_form) if definition else "",
                f"{definition.score:.2f}" if definition else "",
                re.sub(r"\s+", " ", candidate.context),
            )
        )
    return rows
