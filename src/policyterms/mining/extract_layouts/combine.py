"""The checks :func:`~policyterms.mining.extract_layouts.find_entries` makes between passes and on
their results."""

from __future__ import annotations

import re
from collections.abc import Collection

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.aspect_lead_ins import dangling_aspect_lead_in
from policyterms.mining.extract_layouts.common import LEAD_IN_MARKER, Found, _CLOSE_CLASS, _CRITERION, _FINISHED, _L, _SPACE, _good_term, _table_row, first_sentence
from policyterms.mining.extract_layouts.notes import _BULLET, _COLON_DEFINITION, _SECTION_NUMBER, _Unit
from policyterms.mining.extract_layouts.headword_lines import _META, _headword, _unquoted
from policyterms.mining.extract_layouts.prose import _definitions_in
from policyterms.mining.extract_layouts.clauses import pieces_of_headword_above
from policyterms.mining.extract_layouts.coded_indices import ends_like_a_stopless_list
from policyterms.mining.extract_layouts.topics import _role, _weighs


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


# A definition that is itself one lead-in announcing the items below (本辦法所稱排水管理,指有關區域排水之下列事項:, 800, a
# regulation's article whose page is cut inside its items): the items are what the word covers, listed after a definition
# complete at its colon, so a page cut inside them cuts no part of it (as P327's 法人單位 and 800's golds end at the colon).
# A definition going on past a sentence end into the lead-in (X,是指…。其来源主要包括以下四个方面:) is still cut with its list.
_ITEMS_LEAD_IN_DEFINITION = re.compile(r"[^。！？!?；;]*(?:下列|如下|以下)[^。！？!?；;:：]{0,12}[:：]")


def _defined_by_lead_in(entry: Found) -> bool:
    """Whether ``entry``'s definition is one clause announcing the items below and ending at its colon."""
    return _ITEMS_LEAD_IN_DEFINITION.fullmatch(strip_pinyin(entry.definition).strip(_SPACE)) is not None


def _opens_unit(unit: _Unit, first: Found) -> bool:
    return not unit.numbered and first.start == unit.at(len(unit.text) - len(unit.text.lstrip(_SPACE)))


def _in_definition_run(units: list[_Unit], opening: list[bool], n: int) -> bool:
    """The paragraph right above or below (no blank line between) also opens with its own definition."""
    unit = units[n]
    above = n > 0 and opening[n - 1] and units[n - 1].lines[-1] + 1 == unit.lines[0]
    below = n + 1 < len(units) and opening[n + 1] and unit.lines[-1] + 1 == units[n + 1].lines[0]
    return above or below


# 其中,Y,是指… after a sentence end inside a colon note: Y is defined in an entry of its own.
# (or 所谓: (一)“個人資料”:與…有關的任何資訊,…。所謂身份可確定的人是指…, a law's item glossing a word its definition used, 432)
_QIZHONG_DEFINITION = re.compile(
    r"(?<=[。！？])[\s\u3000]*(?:其中[,，]|所谓|所謂)[\s\u3000]*([^,，。；;:：!！?？\s]{2,20}?)[,，]?(?=是指|系指|係指|指(?![标標数數导導出]))"
)


def _split_qizhong(unit: _Unit, entry: Found) -> list[Found]:
    """``1.就业人口:在16周岁以上…的人员。其中,城镇就业人口,是指…``: as in prose, ``其中,Y是指…`` (and ``所谓Y是指…``)
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
    return k >= 0 and bool(_DEFINITION_HEADING.match(lines[k].clean.strip(_SPACE)))


def _goes_on(after: _Unit, claimed: set[int]) -> bool:
    """A paragraph of whole sentences that defines nothing (X主要用于反映…) goes on about the term."""
    text = strip_pinyin(after.text).strip(_SPACE)
    return (
        after.start not in claimed and not after.numbered and bool(_FINISHED.search(text))
        and not _SECTION_NUMBER.match(text) and not _definitions_in(after)
    )


# A paragraph opening an article (第三条…) or another definition of the article (本条例所称听证人,是指…).
_ARTICLE_OPENING = re.compile(r"[\s\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,4}[条條]|本[^\s\u3000,，。]{0,6}?所[称稱])")
_ARTICLE_LEAD_IN_BEFORE = re.compile(r"所[称稱](?:的)?[\s\u3000]*$")


def _article_goes_on(lines: list[_L], unit: _Unit, entry: Found, after: _Unit, claimed: set[int]) -> bool:
    """``entry`` is a definitions article's (第二條 本規定所稱的X是指…, to the paragraph's end) and ``after``,
    the next paragraph, goes on about X in the same article: it names X again and ends its sentence
    without opening an article or another definition (市、縣…制定的規範性檔案為政府規範性檔案;…). A
    paragraph not naming X (本办法有关商品商标的规定适用于服务商标。) is a rule of its own."""
    first = lines[unit.lines[0]]
    if unit.numbered or entry.end != unit.at(len(unit.text.rstrip(_SPACE))) or not first.start <= entry.start <= first.start + len(first.raw):
        return False
    if not _ARTICLE_LEAD_IN_BEFORE.search(first.raw[: entry.start - first.start]):
        return False
    if entry.definition.rstrip(_SPACE)[-1:] in ":：":
        return False  # 本法所稱原住民,包括…,依下列規定: / 一、… / 二、… / 因戶籍登記錯誤…: its items, then another paragraph (597)
    text = strip_pinyin(after.text).strip(_SPACE)
    term = strip_pinyin(entry.term).strip(_SPACE)
    return (
        after.start not in claimed and not after.numbered and bool(_FINISHED.search(text))
        and not _ARTICLE_OPENING.match(text) and len(term) >= 2 and term in text
    )


def _joined(entry: Found, after: _Unit) -> Found:
    text = after.text.strip(_SPACE)
    end = after.at(len(after.text.rstrip(_SPACE)))
    return Found(entry.term, entry.definition + text, entry.quote + text, entry.line, entry.start, end)


_PART_SUBJECT = re.compile(r"(?:^|[,，;；。])[\s\u3000]*([^\s\u3000,，;；。、“”]{1,10}?)(?:是指|系指|係指|指|即)")


def _parts_of_headword_above(lines: list[_L], unit: _Unit, definitions: list[Found]) -> bool:
    """The unit is a paragraph right under a headword line (blank lines aside) that defines the
    headword's parts one by one, in order (青山绿道蓝网 / 青山指…,绿道指…,蓝网指…): it is the
    headword's explanation, not entries of the parts; so is a paragraph glossing the headword's
    quoted pieces (2、“东数西算”工程 / “数”指的是数据,“算”指的是算力,…)."""
    if not unit.numbered and pieces_of_headword_above(lines, unit.lines[0]):
        return True
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


# A site's menu item above a page's title (Toggle navigation, 名詞查詢, 資料庫查詢系統): a short line of
# letters or characters with no sentence or clause mark.
_MENU_ITEM = re.compile(r"[^，,。；;：:!！?？|、()（）“”「」《》\d]{2,18}")


def _glossary_title(lines: list[_L], free: list[bool]) -> int:
    """The line of the first free title announcing a glossary among the first lines of the
    page (its first five non-blank lines), or -1. A site's menu before the title (a term site's
    card, 811: Toggle navigation / 名詞收集 / 名詞查詢 / … / 名詞解釋 / 訴訟費用) is furniture: up to ten
    lines all like menu items do not count towards the five, so a card page's title below its
    menu still announces the card."""
    seen = 0
    menu = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        text = line.clean.strip(_SPACE)
        if seen > 5 + menu:
            break
        if free[line.index] and _GLOSSARY_TITLE.fullmatch(text):
            return line.index
        if menu == seen - 1 and menu < 10 and _MENU_ITEM.fullmatch(text):
            menu += 1
    return -1


def _drop_cut_repeats(found: list[Found], whole: Collection[tuple[int, int]] = ()) -> list[Found]:
    """A page's summary line repeating the start of an entry, cut inside it (…实施宏观调控的),
    is no entry of its own when the whole entry is there too: of two entries with the same
    headword, one whose definition is the start of the other's, or that ends inside a sentence
    while the other ends one, is dropped. An entry whose span is in ``whole`` is a gloss its layout
    reads as whole without a closing stop (a ``含義:`` line) and is never taken for such a summary."""
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
        # (a definition ending in a lead-in colon, …它包括以下四个方面:, is whole: its items follow as entries)
        ends = {n: bool(_FINISHED.search(d)) or d[-1:] in ":：" for n, d in definitions.items()}
        finished = sum(ends.values())
        for n, mine in definitions.items():
            if (found[n].start, found[n].end) in whole:
                continue
            if len(mine) < len(longest) and longest.startswith(mine) or finished and not ends[n] and not _clause_gloss(mine):
                drop.add(n)
    return [entry for n, entry in enumerate(found) if n not in drop]


def title_run_in(found: list[Found], lines: list[_L]) -> list[Found]:
    """An entry whose headword opens with a line standing alone above it (the page's title, ``老区究竟承载着怎样的历史记忆与
    现代价值``) has that title run into its paragraph (a teaser: ``…与现代价值老区指…``, P1207): the headword is what follows
    the title, so that the teaser is weighed against the term's own definition below (a cut summary is dropped). Only an
    entry cut by the page (no closing stop) and a title of eight characters or more: a glossary's headword line
    (``国内生产总值``) over a longer term sharing its start (``国内生产总值增长率``) keeps it.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("国内生产总值指标体系\\n\\n国内生产总值指标体系增长率指按不变价格计算的增长速度。")
    >>> [f.term for f in title_run_in([Found("国内生产总值指标体系增长率", "指按不变价格计算的增长速度。", "", 3, 0, 0)], ls)]
    ['国内生产总值指标体系增长率']
    """
    titles: dict[str, int] = {}
    for line in lines:
        text = line.clean.strip(_SPACE)
        if not line.blank and 8 <= len(text) <= 40 and not re.search(r"[。；;，,:：!！]", text):
            titles.setdefault(text, line.index)
    if not titles:
        return found
    out = []
    for entry in found:
        if _FINISHED.search(entry.definition.rstrip(_SPACE)):
            out.append(entry)  # (only a teaser cut by the page: a headword line over a longer term sharing its start is none)
            continue
        term = strip_pinyin(entry.term).strip(_SPACE)
        title = next((t for t in titles if term.startswith(t) and titles[t] < entry.line - 1), None)
        rest = term[len(title) :] if title else ""
        if title and 2 <= len(rest) <= 12 and _good_term(rest) and entry.term.endswith(rest):
            entry = Found(rest, entry.definition, entry.quote, entry.line, entry.start + len(entry.term) - len(rest), entry.end)
        out.append(entry)
    return out


# A line closing with a snippet cut by an ellipsis and the next item's title glued on (…国家的相关政策条文中,没有刚...赤道结局是什么,
# …行动中兢...三八节朋友圈说说2021, …保家卫~。代表或象征国家...查看详细解释): a strip of teasers for other questions or pages.
# (not a list's ellipsis before 等, 設備、管材、器材....等設備)
_TEASER_END = re.compile(r"[^.。…\s](?:\.{3,}|…{1,2})(?!等)[^\s.。…,，;；:：!?！？”」)）]{2,30}$")


def teaser_lines_dropped(found: list[Found], lines: list[_L]) -> list[Found]:
    """Entries read on a line of a teaser strip (an answer site's 问答推荐: each line a cut snippet, ``...`` and the next
    question's title glued on, P1550) are dropped: the snippets are the openings of other pages' answers, not this page's
    definitions.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("刚需房是指房产商在营销过程中产生的一个名词。从字面理解,刚需就是刚性需求,没有刚...赤道结局是什么\\n外汇储备指外汇部分。")
    >>> [f.term for f in teaser_lines_dropped([Found("刚需房", "是指…", "", 1, 0, 0), Found("外汇储备", "指外汇部分。", "", 2, 0, 0)], ls)]
    ['外汇储备']
    """
    teasers = {line.index + 1 for line in lines if not line.blank and _TEASER_END.search(line.raw.rstrip(_SPACE))}
    return [entry for entry in found if entry.line not in teasers] if teasers else found


# A gloss of one short clause, no punctuation in it (“五险”是社保,“一金”是公积金。: 是社保).
_CLAUSE_GLOSS = re.compile(r"[^,，、。；;:：!！?？…]{2,12}")


def _clause_gloss(definition: str) -> bool:
    """Whether ``definition`` is a whole gloss of one short clause that a run-in series ended at the comma before its next
    headword (``“五险”是社保,“一金”是公积金。``, P580): no summary cut inside a sentence, though it ends with no stop, so
    the term's longer definition further on does not make it a repeat. (A cut summary runs on for a line; one that is
    the start of the longer definition is still dropped.)"""
    return bool(_CLAUSE_GLOSS.fullmatch(definition))


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
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][\s\u3000]*)?(?:主要|专业|專業|相关|相關|常用)?(?:统计|統計)?(?:指标|指標|名词|名詞)"
    r"(?:解释|解釋|涵义|涵義|含义|含義)[\s\u3000]*[:：]?"
    # a lead line naming a term and 分别指: with nothing after the colon (兩中心一平臺分別指:, P205): its parts follow
    r"|[^:：，,。；;\s\u3000]{2,20}(?:分别|分別)(?:指|是)[\s\u3000]*[:：]"
    # a glossary's own lead-in naming it (本术语表提供了…常用术语的一般性描述。请注意,…, P2727, an insurer's Chinese glossary; 本詞彙表
    # 收錄…, 以下术语表…): the X:… lines below are its entries, as under 名词解释
    r"|(?:本|以下|下列)(?:术语表|術語表|词汇表|詞彙表|词汇|詞彙|名词表|名詞表)[^\n]*"
)


# An amount and its unit (69541万吨, 1260582亿元, 5.2%): a value reported, no gloss.
_AMOUNT = (
    r"[\d.,，]+[\s\u3000]*(?:万亿|亿|万|千|百)?(?:元|美元|吨|人|户|戶|个|個|件|家|项|項|公斤|千克|平方米|平方公里|公顷|公頃|亩|畝"
    r"|公里|千米|千瓦|台|辆|輛|套|所|座|次|%|％)"
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
    # (the gloss may open with a figure or a Latin name: 奔奔族:1975-1985年出生的人,…; 跑酷:Parkour音译,指…, P635; not
    # with a date setting a scene, 新意:2018年,比特币价格…, P571, or 2022年某地…, P645: that tells a story; nor with an
    # amount and its unit, 全年粮食产量:69541万吨,比上年增加888万吨…, a bulletin's figure beside its notes' X:指… lines)
    # (a headword whose English name lost its closing bracket, 意外死亡与伤残(Accidental Death & Dismemberment:, P2727, may be longer)
    match = re.match(
        rf"(?:[^:：]{{1,20}}?|[^:：()（）]{{2,20}}[(（][A-Za-z][A-Za-z0-9 ,.'’&/-]{{1,60}})[:：][\s\u3000]*([\u4e00-\u9fff“「]{rest}|(?!(?:1[89]|20)\d\d年|\d{{2}}年[,，]|\d{{1,2}}月\d|{_AMOUNT})[0-9A-Za-z][^:：]{{0,20}}?[\u4e00-\u9fff]{rest})[。！？!?][{_CLOSE_CLASS}]*$",
        body,
    )
    return bool(match) and not _table_row(unit.text)


def _drop_cut_last(found: list[Found], text: str, whole: Collection[tuple[int, int]] = ()) -> list[Found]:
    """The last entry, when the text ends inside it without closing punctuation, is cut off
    — unless it is a page's one answer to its question title and the text ends with a line
    break (the page was kept whole: a page cut by its reader ends inside a line), or its span is
    in ``whole``: a gloss its layout reads as whole without a stop (a list's last space-aligned row,
    ``规下单位        规模以下的小微企业和个体经营户``; the last item's ``释义:`` line), the layout
    judging its own cut row."""
    if not found or (found[-1].start, found[-1].end) in whole:
        return found
    last = found[-1]
    tail = text[last.end :].strip(_SPACE + "\n|")
    whole_answer = len(found) == 1 and text.endswith("\n") and _answers_question_above(text, last)
    if not tail and not whole_answer and not _FINISHED.search(strip_pinyin(last.definition).rstrip(_SPACE + "|")) and not _CLOSING_FORMULA_LINE.search(last.definition) and not _WHOLE_QUOTATION.fullmatch(last.definition.rstrip(_SPACE + "|")):
        dangling = _DANGLING_LEAD_IN_MARKER.search(last.definition) or dangling_aspect_lead_in(last.definition)  # (…。其核心在于:)
        if dangling is not None:  # 财政收入 指…的财力保证。主要包括: at the text's end: the list was cut, the definition is whole
            cut = len(last.definition) - dangling.start()
            return [*found[:-1], Found(last.term, last.definition[: dangling.start()], last.quote[:-cut] if len(last.quote) > cut else last.quote, last.line, last.start, last.end - cut)]
        if ends_like_a_stopless_list(found):
            return found  # 年平均溫度 TG / …,單位為攝氏(℃) (the glosses above end so too): the list's end, no cut
        whole_paragraphs = _before_cut_paragraph(last, text)
        if whole_paragraphs is not None:
            return [*found[:-1], whole_paragraphs]  # 大法庭為…亦採合議審判。 / 最高法院…成員各為11人,由審: the cut paragraph only
        whole_sentences = _before_cut_sentence(last, text, alone=len(found) == 1)
        if whole_sentences is not None:
            return [*found[:-1], whole_sentences]  # …而执行暂时亲职替代。…发挥了十分重要的作用。托育机构的蓬勃发展和机构托
        return found[:-1]
    return found


def _before_cut_paragraph(last: Found, text: str) -> Found | None:
    """``last`` without its closing paragraph, when the page ends inside that paragraph and the paragraphs before it
    close a sentence (an FAQ answer over two indented paragraphs, the second cut by the page: ``大法庭為…之法定裁判機關,
    …亦採合議審判。`` / ``最高法院民事大法庭、刑事大法庭成員各為11人,由審``, 574): the page cut a paragraph going on about
    the term, not the gloss, which is whole above it. None when the gloss itself is the cut paragraph (one line), or the
    cut line does not open a paragraph of its own (a wrapped sentence: the line above ends without a stop), or the entry
    answers no question asking its term and the cut paragraph does not open with the term again (a card's fields under
    its headword line, cut in the last one, stay cut)."""
    span = text[last.start : last.end]
    broken = span.rstrip(_SPACE + "\n|").rfind("\n")
    if broken <= 0:
        return None
    above, tail = span[:broken].rstrip(_SPACE + "\n|"), span[broken:].strip(_SPACE + "\n|")
    # (or the cut paragraph opens with the term again, going on about it: 指數型基金 / 指數型基金根據所選定的指數…。 /
    # 指數型基金根據股價指數中個股所的比例…(cut), P2857, a fund house's glossary; a card's next field opens with its label)
    restated = bool(_unquoted(last.term)) and strip_pinyin(tail).startswith(_unquoted(last.term))
    if not (_answers_question_above(text, last) or _asks_on_first_line(text, last) or restated):
        return None  # (数字经济 / 【釋例】:… / 【报告语境】…(cut): a card's next field, no answer: the entry stays cut)
    if not tail or not _FINISHED.search(strip_pinyin(above)):
        return None
    definition = last.definition.rstrip(_SPACE + "|")
    if not definition.endswith(tail) or len(definition) == len(tail):
        return None
    kept = definition[: -len(tail)].rstrip(_SPACE + "\n")
    if not _FINISHED.search(strip_pinyin(kept)):
        return None
    quote = last.quote.rstrip(_SPACE + "|")
    quote = quote[: -len(tail)].rstrip(_SPACE + "\n") if quote.endswith(tail) else quote
    return Found(last.term, kept, quote, last.line, last.start, last.start + len(above))


# A clause's stop or comma before an entry on its line: the gloss is run into a paragraph of prose (…两种类型。其中,机构托育是指…),
# not a glossary's headword opening its line after an item number or a bracket ((4)公共安全支出:…, 【生产税净额】指…, 6、蔬菜上市量…).
# (or the term named in its own clause by 是 or 为, 第二階梯是「經濟房屋」,是…: a list walked through in prose)
# (or a frame closing on 的 before it, 上文提到的准入前国民待遇(…)则指…, P2346: a sentence pointing back, not a headword line)
_RUN_IN_BEFORE = re.compile(r"[。！？!?；;,，]|(?:[是为為]|[\u4e00-\u9fff]的)[\s\u3000]*$")
# The frame 所谓 (所谓的, 所謂) opening the line before the term: a writer's prose pointing at a word of the article (所谓“嵌入式”
# 养老,就是…, P3438, a self-media news item cut mid-sentence after the gloss; 所謂「X」,是指…; 所谓的X,就是…), never a glossary's
# headword line, which names its word bare: the gloss is run into its paragraph as after a clause's stop.
_POINTING_FRAME_BEFORE = re.compile(r"(?:所谓|所謂)(?:的)?[\s\u3000]*$")
# The last full stop of a definition, and what follows it.
_LAST_FULL_STOP = re.compile(rf".*[。！？!?][{_CLOSE_CLASS}]*(?=[^。！？!?]*$)", re.S)


def _before_cut_sentence(last: Found, text: str, *, alone: bool = False) -> Found | None:
    """``last`` up to its last full stop, when the page ends inside a line (no line break after the cut: a page cut by its
    reader or its site, not kept whole) in a sentence after the definition's own whole sentences (``机构托育是指当父母外出
    工作…而执行暂时亲职替代。由于机构托育的高效性…发挥了十分重要的作用。托育机构的蓬勃发展和机构托``, P2399, a think tank's
    repost cut mid-word; ``「經濟房屋」,是出售的公共房屋,…接軌。澳門政府在2021年修訂了``, P2405, a column cut mid-sentence): the
    page cut the paragraph going on after the gloss, not the gloss, as :func:`_before_cut_paragraph` reads a cut paragraph
    below an answer.

    Only inside one line (the entry's span holds no line break: a headword line's paragraphs, a card's fields, stay cut);
    only when the gloss is run into its paragraph (:data:`_RUN_IN_BEFORE`: a clause's stop or comma before it on its line,
    the term named by 是 in its own clause, ``第二階梯是「經濟房屋」,是…``, or a frame closing on 的 before it,
    ``上文提到的X则指…``), for a glossary's headword opening its line after an item number or none (``粮食产量 指全社会的产量。
    包括…粮食除包括稻谷、小麦、玉米``) is a list's last entry cut by the page; and only when the gloss is at least one whole
    sentence before the cut one: a cut first sentence is a cut gloss and gives nothing.

    With ``alone`` (the page's one entry), a sentence opening its line with the term glued to 是指 is read so too (``数字游民
    是指…的个体。他们不受…。…中国大陆地区的数字游民``, P2669, a forum paper's section cut by the site): an article's paragraph
    defining its subject, no glossary's list, whose cut last entry would have siblings above it."""
    if text.endswith("\n") or "\n" in text[last.start : last.end].strip(_SPACE + "\n"):
        return None
    line_start = text.rfind("\n", 0, last.start) + 1
    named_at = text.rfind(last.term, line_start, last.start + len(last.term)) if text.startswith(last.term, last.start) else text.find(last.term, line_start, last.end)
    above = text[:line_start].rstrip(_SPACE + "\n").rpartition("\n")[2].strip(_SPACE)
    opening_sentence = (
        alone and named_at >= 0 and not text[line_start:named_at].strip(_SPACE)
        and text.startswith(("是指", "指的是", "係指", "系指"), named_at + len(last.term))
        and strip_pinyin(above) != strip_pinyin(last.term)  # (中原经济区 / 中原经济区是指…: a headword block's paragraph, cut, stays cut)
    )
    framed = named_at >= 0 and _POINTING_FRAME_BEFORE.search(text, line_start, named_at) is not None
    if not opening_sentence and not framed and not _RUN_IN_BEFORE.search(text, line_start, named_at if named_at >= 0 else last.start):
        return None  # (a glossary's headword opening its line, 粮食产量 指…。包括…玉米, (4)公共安全支出:…: the list's last entry, cut)
    definition = last.definition.rstrip(_SPACE + "|")
    stop = _LAST_FULL_STOP.match(definition)
    if stop is None or not definition[stop.end() :].strip(_SPACE):
        return None
    kept = definition[: stop.end()]
    if len(strip_pinyin(kept).strip(_SPACE)) < 8:
        return None
    tail = definition[stop.end() :]
    quote = last.quote.rstrip(_SPACE + "|")
    if not quote.endswith(tail):
        return None
    span = text[last.start : last.end].rstrip(_SPACE + "|")
    end = last.start + len(span) - len(tail) if span.endswith(tail) else last.end
    return Found(last.term, kept, quote[: -len(tail)], last.line, last.start, end)


# A closing lead-in that is the marker again (具体指: / 主要包括:, kept with the definition when its list follows, P1176) ending
# the text: the page was cut before the list, and the definition before the lead-in is whole (a yearbook's 财政收入 指…的财力
# 保证。主要包括: pasted alone), no entry cut off.
_DANGLING_LEAD_IN_MARKER = re.compile(rf"(?<=[。！？!?”」』)）])[\s\u3000]*{LEAD_IN_MARKER}[\s\u3000|]*$")


# A definition that is one quotation right after its marker, closed (指「直接或間接經由網路…之訊息的傳播行為」, P3117, a law firm's
# note quoting the authority's rule, the page's last line; 是“…”): the quoted rule is whole though no stop follows it.
_WHOLE_QUOTATION = re.compile(r"[\s\u3000]*(?:是指|系指|係指|指的是|指|是|即|為|为)[\s\u3000]*(?:「[^「」\n]{8,}」|“[^“”\n]{8,}”)")


# A definition ending with the formula its last sentence announces (…。计算公式为: / 产品销售率(%)=工业销售产值/
# 工业总产值(现价)×100%): complete without a closing stop when the formula ends with a figure, %, or a bracket.
_CLOSING_FORMULA_LINE = re.compile(r"[。！？!?][^。！？!?]{0,20}(?:计算公式|計算公式|公式)[^。！？!?]{0,6}[:：][^。！？!?:：]{0,200}[=＝][^。！？!?:：=＝]{1,200}[\d%％)）]$")


def _asks_on_first_line(text: str, entry: Found) -> bool:
    """Whether the entry's span opens with the question asking its term (``什麼是大法庭?`` / ``大法庭為…``)."""
    line = text[entry.start :].split("\n", 1)[0]
    clean = strip_pinyin(line).strip(_SPACE)
    return clean[-1:] in "?？" and _unquoted(entry.term) in _unquoted(clean)


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


# A paragraph opening with a headword and 包括 (住戶貸款包括消費貸款、個人經營性貸款。): outside notes
# 包括 defines only right below a paragraph that opens with its own definition (a statistics-knowledge
# page explaining its terms paragraph by paragraph); the whole paragraph is the definition.
_INCLUDES = re.compile(r"[\s\u3000]*([^\s\u3000，,。；;：:、!！?？“”「」()（）]{2,25}?)(不?包括)(?![:：])")


# An aspect word after a piece of the term above (清单主体, 清单内容, 制度范围): what the paragraph below goes on to say of the same
# thing — its main body, content or scope — no new word.
_ASPECT_WORD = re.compile(r"(?P<piece>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:主体|主體|主要内容|主要內容|内容|內容|范围|範圍|对象|對象|构成|構成)")


def _aspect_of_above(term: str, above: str) -> bool:
    """Whether ``term`` is a piece of the term ``above`` and an aspect word (``清单主体`` below ``市场准入负面清单制度``, P2754, a news
    item: 清单主体包括“禁止准入类”和“许可准入类”两大类…, the list's scope): the lower paragraph goes on about the thing above."""
    match = _ASPECT_WORD.fullmatch(term)
    return match is not None and match.group("piece") in above


def _includes_below_definition(units: list[_Unit], opening: list[bool], n: int, lines: list[_L], above: str = "") -> Found | None:
    """``住戶存款指…。`` / (blank lines) / ``住戶貸款包括…。其中,…``: the lower paragraph defines its
    headword by what it includes, when the paragraph right above (blank lines between at most) opens
    with a definition (of ``above``) and this one is whole sentences. A paragraph restating the term
    above (固定资产投资指…。 / 固定资产投资包括…) goes on about it: no entry of its own."""
    unit = units[n]
    if n == 0 or unit.numbered or not opening[n - 1] or units[n - 1].numbered:
        return None
    if any(not lines[k].blank for k in range(units[n - 1].lines[-1] + 1, unit.lines[0])):
        return None
    match = _INCLUDES.match(unit.text)
    full = unit.text.rstrip(_SPACE + "|")
    if match is None or not _good_term(match.group(1)) or _CRITERION.match(match.group(1)):
        return None
    if above and strip_pinyin(match.group(1)).strip("“”\"「」") == strip_pinyin(above).strip("“”\"「」"):
        return None
    if above and _aspect_of_above(strip_pinyin(match.group(1)).strip("“”\"「」"), strip_pinyin(above).strip("“”\"「」")):
        return None  # 市场准入负面清单制度,是指…。 / 清单主体包括…两大类: the thing above's main part, its scope (P2754)
    if not _FINISHED.search(strip_pinyin(full)) or _table_row(full):
        return None
    term_at = match.start(1)
    return Found(match.group(1), full[match.start(2) :], full[term_at:], unit.line, unit.at(term_at), unit.at(len(full)))


# A quoted sibling glossed with a bare 是 on the line below a series item (“第二代住宅”,是指有物业管理的住宅; / “第三代住宅”,是现在
# 大多数家庭的住房模式,…; / “第四代住宅”,是电梯房和四合院房的结合。…, P3530, a news site's explainer of housing generations): the
# series' items are written alike — the quoted word, a comma, then 是指 or 是 — and each but the last closes on its semicolon,
# so the item after one read as a definition is another of its kind, its bare 是 as much a gloss as its sibling's 是指. Only
# a quoted word sharing its head (the last two characters inside the marks) with the item above, right below it (blank
# lines between at most), whose clause after 是 states no role or weight (topics._role, _weighs: “一网统管”,是城市治理的重要
# 抓手 under “一网通办”,是指…; is no gloss, and its head differs anyway).
_QUOTED_SIBLING_IS = re.compile(
    r"[\s\u3000]*(?P<term>[“「](?P<inner>[^“”「」\n,，。；;]{2,20})[”」])[\s\u3000]*[,，]?[\s\u3000]*(?P<marker>是(?![否在不因为為指])(?!由于|由於|非常))"
)
_SERIES_ITEM_END = re.compile(r"[；;][\s\u3000]*$")


def _quoted_sibling_below(units: list[_Unit], n: int, lines: list[_L], above: Found | None) -> Found | None:
    """The entry of ``units[n]`` when it glosses, with a bare 是, a quoted sibling of the series item ``above`` (the first
    definition read in ``units[n - 1]``, whose line closes on a semicolon); None otherwise (see ``_QUOTED_SIBLING_IS``)."""
    if n == 0 or above is None or not _SERIES_ITEM_END.search(units[n - 1].text):
        return None
    if any(not lines[k].blank for k in range(units[n - 1].lines[-1] + 1, units[n].lines[0])):
        return None
    match = _QUOTED_SIBLING_IS.match(units[n].text)
    head = strip_pinyin(above.term).strip(_SPACE)
    if match is None or head[:1] not in "“「" or head[-1:] not in "”」":
        return None
    inner, above_inner = strip_pinyin(match.group("inner")), head[1:-1]
    if len(above_inner) < 2 or inner == above_inner or inner[-2:] != above_inner[-2:] or not _good_term(match.group("term")):
        return None
    predicate = units[n].text[match.end("marker") :]
    if _role(predicate) or _weighs(predicate, inner[-2:]):
        return None
    full = units[n].text.rstrip(_SPACE + "|")
    definition = _SERIES_ITEM_END.sub("", full)
    if not _FINISHED.search(strip_pinyin(full)) and definition == full:
        return None
    at = match.start("term")
    return Found(match.group("term"), definition[match.start("marker") :], full[at:], units[n].line, units[n].at(at), units[n].at(len(full)))


# A definition opening with punctuation (…《民族区域自治法》,支持…: a headword cut out of a title or a
# clause; 首页 > 政务公开 > …: a breadcrumb) or with a book and its volume or page (列宁:《…》,
# 《列宁全集》第27卷…: an endnote citing a source) defines nothing.
# So does one opening with a turning connective and its comma (僅可用於綠色資產 / 不過,綠債有指定的募集資金用途,…, P2486: a
# news item's subheading over the next paragraph of its argument, which turns from what came before, not a gloss of the line).
_NOT_A_DEFINITION = re.compile(
    r"[\s\u3000]*(?:[，,。、》」』)）;；:：>＞»›→]|《[^》\n]{1,60}》[^。\n]{0,40}?第[0-9一二三四五六七八九十百]{1,4}[卷册冊页頁]"
    r"|(?:不过|不過|但是|然而|可是)[,，])"
)


# A law's article naming its competent authorities (本法之主管機關:在中央為內政部;在直轄市為直轄市政府;…, 455) designates bodies
# level by level; it says what office answers for the law, not what a word means (as the law pages' gold has it since 469).
_DESIGNATION = re.compile(r"[\s\u3000]*在中央[為为]")
# An amending bill's instruction (第14(2)(b)(iia) 條現予修訂,廢除 "掛號"。, 531; 第7條現予修訂,在…之前加入…): what the bill does
# to a section of the law it amends, under the clause's heading, not what the heading's words mean.
_AMENDMENT = re.compile(r"[\s\u3000]*第[\s\u3000]*[\d一二三四五六七八九十百]{1,4}(?:[\s\u3000]*[(（][0-9a-zA-Z]{1,4}[)）])*[\s\u3000]*(?:及[^。]{1,20})?[条條][\s\u3000]*(?:现予|現予)(?:修订|修訂|废除|廢除)")


def _drop_non_definitions(found: list[Found]) -> list[Found]:
    return [
        entry for entry in found
        if not _NOT_A_DEFINITION.match(strip_pinyin(entry.definition)) and not _DESIGNATION.match(entry.definition)
        and not _AMENDMENT.match(entry.definition)
        and not opens_with_standing(strip_pinyin(entry.definition))
        and not _VERSE.match(entry.definition) and not _FIGURE_ONLY.fullmatch(strip_pinyin(entry.definition))
    ]


# A figure alone after the marker (全市城镇化率则是68.5%。, 去年的增速为5.2%。): a report's statistic set beside a definition
# (城镇化率是指…。全市城镇化率则是68.5%。), never what a term means (found on review).
_FIGURE_ONLY = re.compile(
    r"[\s\u3000]*(?:是|为|為|达|達|约为|約為)?[\s\u3000]*(?:约|約|近|超过|超過)?[\d０-９][\d０-９.,．]*[\s\u3000]*"
    r"(?:%|％|‰|[十百千万萬亿億]*(?:元|美元|人|户|戶|吨|噸|公里|平方公里|亩|畝|个|個|家|所|项|項|次|岁|歲|年)?)[\s\u3000]*[。；;]?[\s\u3000]*"
)


# A poem below its title (床前明月光,疑是地上霜。举头望明月,低头思故乡。): two couplets of five- or seven-character lines
# open it; a poem book's title is no headword (found on review).
_VERSE = re.compile(
    r"[\s\u3000]*(?:[\u4e00-\u9fff]{5}[,，][\s\u3000]*[\u4e00-\u9fff]{5}[。！？!?；;][\s\u3000]*){2}"
    r"|[\s\u3000]*(?:[\u4e00-\u9fff]{7}[,，][\s\u3000]*[\u4e00-\u9fff]{7}[。！？!?；;][\s\u3000]*){2}"
)


# A gloss opening with the word's standing on a list (连续多年位居热词前列, 荣登年度榜首, 入选十大流行语).
_STANDING = re.compile(
    r"[\s\u3000]*(?:已|曾|再次|再度|多次|连续|連續|连年|連年)?[^,，。；;:：]{0,6}?"
    r"(?:位居|位列|荣登|榮登|高居|稳居|穩居|跻身|躋身|入选|入選|当选|當選|排名|排在|登上|居于|居於)"
)
# The first sentence of a gloss saying what the word means after its standing (入选十大流行语,指…).
_MEANS = re.compile(r"是指|指的是|意思|意为|意為|比喻|形容|泛指|特指|(?<![位列])指(?![出导導标標数])|即(?![将將使便])")


def opens_with_standing(definition: str) -> bool:
    """Whether a gloss opens with the word's standing on a list and its first sentence says nothing of what it means
    (``“十四五”规划 🚀:连续多年位居热词前列,2025年正值…收官决胜之年。``, P584: a hot-words commentary's item, its standing, news and
    forecast): no definition. A gloss that goes on to a marker (``入选十大流行语,指…``) is one."""
    if not _STANDING.match(definition):
        return False
    first = first_sentence(definition)
    if _GENUS_LAST.search(re.split(r"[,，;；]", first, maxsplit=1)[0]):
        return False  # 在产业链中居于核心地位、…的龙头企业, 入选…名单的中小企业: the standing says which of a kind, a definition
    return not _MEANS.search(first)


# A first clause closing with the kind its standing singles out (…居于核心地位的龙头企业, 入选…名单的中小企业, 排名全国前一百位的
# 县): a definition by its genus, the standing inside it, as a glossary writes 链主企业 or “小巨人”企业 (found on review).
_GENUS_LAST = re.compile(r"的(?![是])[\u4e00-\u9fff]{1,8}[\s\u3000]*$")
