"""Short-form candidates: the word lists and thresholds of the filtering rules, numbered-slogan
recognition (:func:`is_numbered_slogan`), and the quoted and unquoted candidates of a text with
quotation marks kept as marks. Used by :func:`policyterms.mining.discover.discover`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from bisect import bisect_right
from functools import cached_property, lru_cache

from policyterms._lazy import lazy_compile
from policyterms.text.fold import CLOSING_QUOTES, OPENING_QUOTES, Folded, fold
from policyterms.glossary.model import Glossary
from policyterms.glossary.numerals import _count, parse_chinese_number


#: Quotation marks survive folding as these two marks.
OPEN_MARK = "«"
CLOSE_MARK = "»"


MARKS = OPEN_MARK + CLOSE_MARK
CJK = "\u3400-\u4dbf\u4e00-\u9fff"


CN_DIGITS = "一二两三四五六七八九十"
NUMERAL_CHARS = CN_DIGITS + "双"


#: Classifiers between a numeral and its head: 四[个]意识, 四[大]品牌, 三[项]制度, 两[张]网.
CLASSIFIERS = "个大项张条种类"
#: A numeral: Chinese digits (十三, 二十), 双, 百/千/万 before 个 (“百个公园”), or Arabic
#: digits and ``+`` formulas (1+4+4+8, 3+x); not the digits of a code (G60, 5G).
_NUMERAL = lazy_compile(rf"[{CN_DIGITS}]+|双|[百千万](?=个)|(?<![a-z\d])\d+(?:\+(?:\d+|x))*(?![a-z\d])")
FORMULA = lazy_compile(r"\d+(?:\+(?:\d+|x))+")


#: A quoted span that is only a numeral (and a classifier): “3”, “1+6+4”, “双十”, “六个一”.
NUMERAL_ONLY = lazy_compile(rf"^(?:[{NUMERAL_CHARS}]+(?:[{CLASSIFIERS}][{CN_DIGITS}]+)?|\d+(?:\+(?:\d+|x))*)$")
_PLAN_PERIOD = lazy_compile(rf"^十?[{CN_DIGITS}]五$")  # 十三五, 十四五, 七五: plan periods


YEAR_PREFIX = lazy_compile(r"^(?:19|20)\d\d")  # “2020嘉定购物节”: an event of a year
#: Heads that make a numeral a date or a time, never a slogan (三年, 一季度, 四中全会).
TIME_WORDS = (
    "年", "月", "日", "号", "时", "点", "天", "周年", "季度", "个月", "周", "届", "次会议", "次全会", "中全会", "世纪",
)


#: A numeral before 连 and a verb of change counts a run of years (粮食生产实现“十连增”, 排名八连升): a
#: plain count, not a slogan (the outside evaluation's rule, kind 8), however it is quoted.
STREAK = lazy_compile(r"连(?:增|升|涨|降|跌|减|胜|冠|创新高|跳|攀)")


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
    * a year-prefixed name (2020嘉定购物节), an ordinal (第一, 一是), a date or time
      (三年, 一季度, 四中全会: :data:`TIME_WORDS`) or a streak (“十连增”, 八连升: :data:`STREAK`)
      is not;
    * unquoted, a numeral followed by a quantity head (五个方面, 8所, 3家:
      :data:`QUANTITY_HEADS`) is not; quoted, “27条” names a package and is;
    * it needs a head: a character besides numerals and classifiers (“2025” is a number).

    >>> is_numbered_slogan("六稳", quoted=True), is_numbered_slogan("三年", quoted=False)
    (True, False)
    >>> is_numbered_slogan("五个方面", quoted=False), is_numbered_slogan("长三角", quoted=True)
    (False, False)
    """
    if _PLAN_PERIOD.match(folded) or FORMULA.fullmatch(folded):
        return True
    stripped = _strip_common_words(folded)
    match = _NUMERAL.search(stripped)
    if not match or YEAR_PREFIX.match(folded) or folded[match.start() - 1 : match.start()] == "第":
        return False
    after = folded[match.end() :] + following
    if any(after.startswith(word) for word in TIME_WORDS) or after[:1] == ".":
        return False
    if STREAK.match(after):
        return False  # “十连增”, 八连升: a run of years counted, quoted or not
    if re.fullmatch(r"\d{3,}", match.group()) and match.start() > 0:
        return False  # 京东618大促: a date or a code inside a name
    if quoted:
        head = re.sub(rf"[{NUMERAL_CHARS}\d+x.%]", "", folded)
        return bool(re.search(rf"[{CJK}a-z]", head))
    if after[:1] in CLASSIFIERS and len(after) > 1:
        if any(after[1:].startswith(h) for h in QUANTITY_HEADS):
            return False  # 五个方面, 两个闭环
    elif any(after.startswith(h) for h in QUANTITY_HEADS):
        return False  # 8所学校, 三条
    head = re.sub(rf"[{NUMERAL_CHARS}{CLASSIFIERS}\d+x.%]", "", folded)
    return bool(re.search(rf"[{CJK}a-z]", head))


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
    formula = FORMULA.search(folded)
    if formula:
        return formula.group().count("+") + 1
    digits = re.search(r"\d{3,}", folded)
    if digits and digits.start() == 0:
        return len(digits.group())
    numbers = read_numerals(folded)
    if not numbers:
        return None
    if is_compound(folded):
        return sum(number for number, _ in compound_parts(folded))
    return numbers[0]


_COMPOUND = (
    # one-character parts, the last may have two: 三线一单, 一府一委两院, 三区一基地
    lazy_compile(
        rf"^(?:[{NUMERAL_CHARS}](?![{NUMERAL_CHARS}{CLASSIFIERS}])[{CJK}]){{1,}}"
        rf"[{NUMERAL_CHARS}](?![{NUMERAL_CHARS}{CLASSIFIERS}])[{CJK}]{{1,2}}$"
    ),
    # two-character parts: 两不愁三保障
    lazy_compile(rf"^(?:[{NUMERAL_CHARS}](?![{NUMERAL_CHARS}{CLASSIFIERS}])[^{NUMERAL_CHARS}]{{2}}){{2,}}$"),
)


@lru_cache(maxsize=1 << 14)
def is_compound(folded: str) -> bool:
    """三线一单, 两新一重, 一府一委两院, 三区一基地: every numeral followed by a
    one-character part (the last part may have two). 合一/一体 (unity) count nothing."""
    return any(p.match(folded) for p in _COMPOUND) and not re.search("合一|归一|一体", folded)


@lru_cache(maxsize=1 << 14)
def compound_parts(folded: str) -> tuple[tuple[int, str], ...]:
    """(numeral, first character of its part) of a compound: 三线一单 → ((3, 线), (1, 单))."""
    return tuple(
        (parse_chinese_number(m.group(1)), m.group(2))
        for m in re.finditer(rf"([{NUMERAL_CHARS}])([^{NUMERAL_CHARS}])", folded)
    )


def leads_with_numeral(folded: str) -> bool:
    return bool(re.match(rf"[{NUMERAL_CHARS}]|\d", folded))


def without_generic_suffix(folded: str) -> str:
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
    body = without_generic_suffix(folded)
    if is_compound(body):
        return "".join(char for _, char in compound_parts(body))
    leading = re.match(rf"^(?:[{NUMERAL_CHARS}]+|\d+(?:\+(?:\d+|x))*)[{CLASSIFIERS}]?", body)
    heads = body[leading.end() :] if leading else body
    without_numerals = re.sub(rf"[{NUMERAL_CHARS}]|\d+(?:\+(?:\d+|x))*", "", heads)
    return without_numerals or heads


class MarkedText:
    """``fold(text)`` with quotation marks kept as « and » (``marked``), ``plain`` (the
    marks removed), and the maps between them and the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        chars = list(original)
        straight_open = True
        for index, char in enumerate(chars):
            if char in "\"＂":
                chars[index] = OPEN_MARK if straight_open else CLOSE_MARK
                straight_open = not straight_open
            elif char in OPENING_QUOTES and char not in "'＇":
                chars[index] = OPEN_MARK
            elif char in CLOSING_QUOTES and char not in "'＇":
                chars[index] = CLOSE_MARK
        self.folded: Folded = fold("".join(chars))
        self.marked = self.folded.text
        self.plain_to_marked = [i for i, c in enumerate(self.marked) if c not in MARKS]
        self.plain = "".join(self.marked[i] for i in self.plain_to_marked)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the marked span ``[start, end)``, marks at its edges excluded."""
        while start < end and self.marked[start] in MARKS:
            start += 1
        while end > start and self.marked[end - 1] in MARKS:
            end -= 1
        return self.folded.span_to_original(start, end)

    def balanced_original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the marked span, widened by a quotation mark just outside it
        when the span would otherwise hold an unbalanced one (“一带一路”建设、…)."""
        marked = self.marked
        while start < end and marked[start] == CLOSE_MARK:
            start += 1
        while end > start and marked[end - 1] == OPEN_MARK:
            end -= 1
        opens = marked.count(OPEN_MARK, start, end)
        closes = marked.count(CLOSE_MARK, start, end)
        if closes > opens and start > 0 and marked[start - 1] == OPEN_MARK:
            start -= 1
        elif opens > closes and end < len(marked) and marked[end] == CLOSE_MARK:
            end += 1
        first, last = self.folded.to_original(start), self.folded.to_original(end - 1) + 1
        if marked[end - 1] not in MARKS:
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
            if char in MARKS:
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


@dataclass
class FoundShortForm:
    """A short-form candidate as the scan collects it: folded, whether it was seen quoted
    and as a numbered slogan, and where it first occurred."""

    folded: str
    quoted: bool = False
    numbered: bool = False
    first: tuple[int, int] | None = None  # marked span of the first occurrence seen


def quoted_spans(text: MarkedText) -> Iterator[tuple[int, int, str]]:
    """Marked spans (inside the marks) of short quoted strings."""
    pattern = rf"{OPEN_MARK}([^{MARKS}。;!?\n]{{1,{MAX_QUOTED}}}){CLOSE_MARK}"
    for match in re.finditer(pattern, text.marked):
        yield match.start(1), match.end(1), match.group(1)


def extend_bare_numeral(marked: str, start: int, end: int, inner: str) -> tuple[int, int, str] | None:
    """A quoted bare numeral takes its head from around it: 3个“3”服务, “11157”工程,
    “1+6+4”产业政策体系. Returns the marked span (from the opening mark) and the folded
    surface, or ``None`` for a bare number (“110”, “2020”, “一”)."""
    prefix = re.search(rf"(?:\d+|[{CN_DIGITS}]+)个{OPEN_MARK}$", marked[max(start - 6, 0) : start])
    tail = re.match(rf"[{CJK}]{{1,8}}", marked[end + 1 : end + 9])
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
    rf"(?<![{NUMERAL_CHARS}第\d])"
    rf"(?:[{NUMERAL_CHARS}](?![{NUMERAL_CHARS}{CLASSIFIERS}])[{CJK}]){{2,4}}"
    rf"(?![{NUMERAL_CHARS}\d])"
)


#: An unquoted single-numeral slogan: numeral (not 一, which mostly means "a"), optional
#: classifier (or 化: 两化融合), two head characters; or 双 and one (双创, 双拥).
_UNQUOTED_SINGLE = (
    lazy_compile(rf"(?<![{NUMERAL_CHARS}第\d])[二两三四五六七八九十双][{CLASSIFIERS}化]?(?![{NUMERAL_CHARS}])[{CJK}]{{2}}"),
    lazy_compile(rf"(?<![{NUMERAL_CHARS}第\d])双(?![{NUMERAL_CHARS}])[{CJK}]"),
)


#: Words an unquoted slogan is not extended into (八项规定 stops before 精神).
_EXTENSION_STOPS = ("精神", "工作", "建设", "任务", "要求", "的", "和", "与", "及", "等", "是")
#: Characters a quoted coinage never holds; a quoted string with one is speech or prose.
_PROSE_CHARS = set("的了是我你他她它们吗呢吧啊也都就还在和与及或而把被让对从向于以之其这那有没不")


def coined_once(folded: str) -> bool:
    """Whether a string quoted only once still reads as a coined term (“回头看”,
    “税银贷”): three to six Chinese characters and none of the function words of prose."""
    return 3 <= len(folded) <= 6 and re.fullmatch(f"[{CJK}]+", folded) is not None and not _PROSE_CHARS & set(folded)


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


def named_as_measure(marked: str, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    start, end = span
    while start > 0 and marked[start - 1] == OPEN_MARK:
        start -= 1
    while end < len(marked) and marked[end] == CLOSE_MARK:
        end += 1
    return bool(_MEASURE_BEFORE.search(marked[max(start - 4, 0) : start]) or _MEASURE_AFTER.match(marked[end : end + 4]))


#: A quoted string of four or more digits names a plan or a set of tasks (“11346”).
DIGIT_CODE = lazy_compile(r"^\d{4,}$")
#: What follows a telephone or service number (“12345”热线), which is no slogan.
SERVICE_NUMBER = lazy_compile(r"[^\n]{0,6}?(?:热线|电话|号码|专线|服务平台)")
#: A count written before the quotation marks: 三个“一号工程”, 两个“一百年”.
COUNT_BEFORE_QUOTE = lazy_compile(rf"(?<![{NUMERAL_CHARS}\d第])([两三四五六七八九十]个){OPEN_MARK}$")
#: Parallel numbered items: 两手抓、两手硬、两手赢 (the same numeral and head, three times).
_PARALLEL = lazy_compile(rf"(?<![{NUMERAL_CHARS}])([{NUMERAL_CHARS}])([{CJK}])[{CJK}](?:、\1\2[{CJK}]){{2,}}")


def unquoted_candidates(text: MarkedText) -> Iterator[tuple[int, int, str]]:
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
            if len(nexts) != 1 or not re.match(f"[{CJK}]", next(iter(nexts))):
                break
            if any(rest.startswith(_EXTENSION_STOPS) for rest in rests):
                break
            extra += 1
        for start, end in spans:
            yield start, end + extra, marked[start : end + extra]


class KnownSurfaces:
    """Which candidates a glossary knows, and where: as a surface, or inside a longer surface
    written at one of its occurrences (三集中 inside 审批权限和审批流程“三集中”). One
    automaton over the candidates finds every place where a glossary surface contains one,
    in one pass over the surfaces."""

    def __init__(self, glossary: Glossary, candidates: Iterable[str]) -> None:
        self.surfaces = glossary.senses_by_surface
        self.inside: dict[str, list[tuple[str, int]]] = {}
        automaton = build_automaton(candidates)
        if automaton is None:
            return
        for surface in self.surfaces:
            for last, candidate in automaton.iter(surface):
                if len(surface) > len(candidate):
                    self.inside.setdefault(candidate, []).append((surface, last + 1 - len(candidate)))

    def at(self, folded: str, plain: str, positions: list[int]) -> bool:
        """Whether the glossary knows ``folded`` at one of its plain ``positions``."""
        if folded in self.surfaces:
            return True
        return any(
            position >= offset and plain.startswith(surface, position - offset)
            for surface, offset in self.inside.get(folded, ())
            for position in positions
        )


def build_automaton(keys: Iterable[str]):
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


def all_occurrences(plain: str, keys: Iterable[str]) -> dict[str, list[int]]:
    """Plain positions of every key, in one pass over ``plain``: each key's non-overlapping
    occurrences from the left (as ``re.finditer`` finds them), minus those inside a longer
    number or formula."""
    keys = list(keys)
    found: dict[str, list[int]] = {key: [] for key in keys}
    automaton = build_automaton(keys)
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
        if key[0] in CN_DIGITS and before and before in CN_DIGITS:
            continue  # 三五 inside 十三五
        found[key].append(start)
    return found
