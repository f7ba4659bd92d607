"""Statistical indicator notes: the glosses bulletins, yearbooks and datasets give their indicators.

A statistical bulletin's notes, a yearbook's table notes and a dataset's field list explain the figures' indicators
in the plainest way: no 是指, only ``X为…`` or ``X包括…``, and often several side by side —
``4.公报中营业性旅客运输量为铁路、公路、水路、民航完成数,不包括城市客运量;营业性货物运输量为…。`` (a transport
bulletin's note), ``2 ﹒中医人员包括中医师、中医士和其他中医,中药人员包括…。`` (a health yearbook's table note),
``年平均AQI 为全年每日…AQI的平均值`` / ``监测总日数 为…`` under ``其中:`` (a dataset's fields). Users bring such
pages more than any other official glossary kind, and the other passes leave them alone: a bare 为 is no
definition marker in running text (``增长率为5%``, ``…数据为快报数据``), and a note of one ``X包括…`` may be a
scope remark (``本表…不再包括…``).

What makes them definitions is that they are **parallel**: two indicators or more glossed alike, one after
the other, with the same verb — in a note's first sentence, clauses joined by ``;`` or ``,`` whose headwords
share their head noun or their first words (营业性旅客运输量 / 营业性货物运输量, 中医人员 / 中药人员); or lines
of their own, each ``X为…``, under a lead-in ending in a colon (``其中:``). A gloss opening with a figure
(``为5.2%``), a gloss that is only a data status (``为快报数据``) and a headword naming data or a remainder
(``铁路运输数据``, ``其余数据``, ``本表``) are none.

A price release's closing note glosses its indices so without a note number (``综合消费物价指数反映…,甲类消费物价指数反映…;
乙类消费物价指数反映…。``): with ``反映`` the clauses opening a plain paragraph count too. Two readers of the same pages sit
beside it: a measure glossed in apposition before the change a release reports (``…的經營盈餘總額,即…總額較上年下跌…``,
:func:`apposed_change_glosses`) and paragraphs side by side opening with kinds of one head noun and ``包括`` (``評估服務包括…`` /
``支援服務包括…``, :func:`parallel_include_paragraphs`).

The pass reads only lines no other pass read, each once, so reading stays linear.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, FIRST_CLAUSE, MEASURE_HEAD, Found, _SPACE, _L, _good_term, _is_furniture

__all__ = ["apposed_change_glosses", "classification_grades_dropped", "formula_glosses", "indicator_notes", "lead_in_only", "parallel_include_paragraphs"]


# A note's opening: its number after the line's start, a sentence end or a space (4.…, 2 ﹒…, the small full stop of a
# PDF's copy), or a 注: label with or without a number (注:1 ﹒…).
_NOTE_OPENING = re.compile(
    r"(?:(?<=[。；;|\s])|^)(?:注[:：][\s\u3000]*)?\d{1,2}[\s\u3000]*[.．、﹒](?!\d)[\s\u3000]*|(?:(?<=[。；;|\s])|^)注[:：][\s\u3000]*"
)
# The scope a bulletin's note opens with (公报中X为…, 本表中…): no part of the term.
_SCOPE_LEAD_IN = re.compile(r"(?:本|该|該|上)?(?:公报|公報|表|年鉴|年鑑|报告|報告|统计表|統計表)中[,，]?[\s\u3000]*")
# A headword, then its verb: 为 (not 为主, 为了, 为止), 包括 (not 不包括) or 反映 (not 反映了, 反映出: what figures showed).
_GLOSSED = re.compile(
    r"(?P<term>[^\s\u3000，,。；;：:、!！?？|()（）“”\"*]{2,15}?)[\s\u3000]*(?<!不)(?P<verb>[为為](?![主了止此何])|包括|反映(?![了出]))[\s\u3000]*"
)
# The verb that makes a plain paragraph's opening clauses glosses without a note number: what each index reflects
# (综合消费物价指数反映…,甲类消费物价指数反映…;乙类…反映…。, a price release's closing note). 为 and 包括 opening a
# paragraph say too many other things (a figure, a list of members) to count there.
_PARAGRAPH_VERB = "反映"
# ...and only for headwords naming an index or a measure (``common.MEASURE_HEAD``): people reporting something in turn
# (受访企业反映用工成本上升较快,受访居民反映物价涨幅较高。, news prose) gloss nothing.
# Not a headword: a remainder, the document or a pronoun (其余数据为…, 本表…), data named by their status.
_NOT_A_HEADWORD = re.compile(r"^(?:其余|其餘|其他|其它|其|本|该|該|此|这|這|上述|以上|各)|(?:数据|數據|资料|資料|情况|情況)$")
# Not an indicator either: a post given to a person (总指挥为县长王某某,副总指挥为…: a notice's list of posts) or a
# target set for the year (经济增长目标为…,城镇新增就业目标为…: a work plan's numbered targets).
_POST_OR_TARGET = re.compile(r"(?:组长|組長|指挥|指揮|主任|书记|書記|局长|局長|县长|縣長|市长|市長|负责人|負責人|目标|目標)$")
# A gloss opening with a figure (为5.2%, 为三千万元) or only a data status (为快报数据): no definition.
_FIGURE = re.compile(r"[\s\u3000]*(?:[-+−]?[\d０-９]|[一二两兩三四五六七八九十百千万萬亿億零〇]+[个個万萬亿億元吨噸%％倍人家项項])")
_STATUS = re.compile(r"[\s\u3000]*[^，,、；;。]{0,8}(?:数据|數據|资料|資料)[。；;]?[\s\u3000]*")
# A gloss whose first clause ends with a percentage (为年初预算的101.2%, 为地区生产总值增长5.5%左右): a report's figure
# set against a budget or a plan, no definition.
_PERCENT_END = re.compile(r"[\d０-９][\s\u3000]*(?:%|％|‰|个百分点|個百分點)(?:左右)?[\s\u3000]*$")
_CLAUSE_SEPARATOR = re.compile(r"[；;,，]")
# The line announcing a list of glossed fields (其中:, …字段如下:).
_ANNOUNCING = re.compile(r"[:：][\s\u3000]*$")
# What a field's gloss names, the quantity measured (为…AQI的平均值, 为全年有监测数据的总日数); a notice's arrangements under
# 如下: (会议地点为…的第一会议室, 参会人员为…的主要负责同志) name a place or people.
_QUANTITY_END = re.compile(r"(?:值|数|數|量|率|额|額|比|比重|比例|之和|总和|總和|合计|合計|指数|指數)[。]?[\s\u3000]*$")
_MIN_GLOSS = 6  # characters a gloss has at least (组长为张三同志 is no gloss)


def _parallel(a: str, b: str) -> bool:
    """Two headwords of one family: sharing their last two characters (the head noun: 旅客运输量 / 货物运输量) or their
    first two (the modifier: 中医人员 / 中药人员 share 中 and 人员)."""
    return len(a) >= 2 and len(b) >= 2 and (a[-2:] == b[-2:] or a[:2] == b[:2])


_VERB_OPENING = re.compile(r"[\s\u3000]*(?:(?:[为為]|包括|反映)[\s\u3000]*)?")


def _good_gloss(gloss: str) -> bool:
    gloss = gloss[_VERB_OPENING.match(gloss).end() :]
    return (
        len(gloss.strip(_SPACE)) >= _MIN_GLOSS
        and not _FIGURE.match(gloss)
        and not _STATUS.fullmatch(gloss)
        and not _PERCENT_END.search(FIRST_CLAUSE.match(gloss).group())
    )


def _headword(term: str) -> bool:
    return _good_term(term) and not _NOT_A_HEADWORD.search(term) and not _POST_OR_TARGET.search(term)


def _clauses(raw: str, start: int, stop: int, verbs: tuple[str, ...] = ()) -> list[tuple[int, str, int, int]]:
    """The parallel clauses opening a note body ``raw[start:stop]``: (term start, term, definition start, end), the
    separator between two clauses left out, the stop closing the last kept. Fewer than two: none. With ``verbs``, only
    clauses glossed by one of them."""
    lead = _SCOPE_LEAD_IN.match(raw, start)
    at = lead.end() if lead and lead.end() < stop else start
    first = _GLOSSED.match(raw, at, stop)
    if first is None or not _headword(first.group("term")) or verbs and first.group("verb") not in verbs:
        return []
    verb = first.group("verb")
    clauses = []
    term, term_at, gloss_at = first.group("term"), first.start("term"), first.start("verb")
    k = first.end()
    while k < stop:
        sentence_end = SENTENCE_STOP.search(raw, k, stop)
        limit = sentence_end.start() if sentence_end else stop
        nxt = None
        for separator in _CLAUSE_SEPARATOR.finditer(raw, k, limit):
            following = _GLOSSED.match(raw, separator.end(), limit)
            if following and following.group("verb") == verb and _headword(following.group("term")) and _parallel(term, following.group("term")):
                nxt = (separator.start(), following)
                break
        if nxt is None:
            end = sentence_end.end() if sentence_end else len(raw[:stop].rstrip(_SPACE + "|"))
            clauses.append((term_at, term, gloss_at, end))
            break
        separator_at, following = nxt
        clauses.append((term_at, term, gloss_at, separator_at))
        term, term_at, gloss_at = following.group("term"), following.start("term"), following.start("verb")
        k = following.end()
    if len(clauses) < 2 or not all(_good_gloss(raw[g:e]) for _, _, g, e in clauses):
        return []
    if verb == "反映" and not all(MEASURE_HEAD.search(t) for _, t, _, _ in clauses):
        return []  # 受访企业反映…,受访居民反映…: what people report, no index
    return clauses


def _note_clauses(line: _L) -> list[Found]:
    """The parallel clauses opening each note of ``line`` (a numbered or 注: note, several run into one line)."""
    raw = line.raw
    openings = [m.end() for m in _NOTE_OPENING.finditer(raw)]
    verbs: tuple[str, ...] = ()
    if not openings:  # a plain paragraph: its opening clauses only with 反映
        openings, verbs = [len(raw) - len(raw.lstrip(_SPACE))], (_PARAGRAPH_VERB,)
    out = []
    for start, stop in zip(openings, [*openings[1:], len(raw)]):
        for term_at, term, gloss_at, end in _clauses(raw, start, stop, verbs):
            out.append(Found(term, raw[gloss_at:end], raw[term_at:end], line.index + 1, line.start + term_at, line.start + end))
    return out


_GLOSS_LINE = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:、!！?？|()（）“”\"*]{2,15}?)[\s\u3000]*(?P<verb>[为為](?![主了止此何]))(?P<gloss>[^。！？!?]+[。]?)[\s\u3000]*$"
)


def _glossed_lines(lines: list[_L], free: list[bool], k: int) -> list[tuple[int, Found]]:
    """The run of ``X为…`` lines starting at line ``k`` (two at least), under a line announcing them with a colon; each
    gloss names what the field measures with 的, ending on the quantity (``为全年有监测数据的总日数``), as a list of
    people or posts under a colon (``组长为…`` / ``副组长为…``) or a notice's arrangements (``会议地点为…的第一会议室``)
    do not."""
    above = k - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    if above < 0 or not _ANNOUNCING.search(lines[above].raw):
        return []
    run = []
    while k < len(lines) and free[k] and not lines[k].blank:
        match = _GLOSS_LINE.fullmatch(lines[k].raw)
        gloss = match.group("gloss") if match else ""
        if match is None or not _headword(match.group("term")) or not _good_gloss(gloss) or "的" not in gloss or not _QUANTITY_END.search(gloss) or _is_furniture(lines[k].clean):
            break
        line = lines[k]
        end = len(line.raw.rstrip(_SPACE))
        run.append((k, Found(match.group("term"), line.raw[match.start("verb") : end], line.raw[match.start("term") : end], k + 1, line.start + match.start("term"), line.start + end)))
        k += 1
    return run if len(run) >= 2 else []


def indicator_notes(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Parallel indicator glosses on the lines no pass read: the clauses opening a note (``4.X为…;Y为…。``,
    ``2 ﹒X包括…,Y包括…。``) and runs of ``X为…`` lines under a colon lead-in (``其中:`` / ``X 为…`` / ``Y 为…``)."""
    out: list[tuple[int, Found]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if not free[k] or line.blank:
            k += 1
            continue
        run = _glossed_lines(lines, free, k)
        if run:
            out.extend(run)
            k = run[-1][0] + 1
            continue
        out.extend((k, entry) for entry in _note_clauses(line))
        k += 1
    return out


# A grade of a classification (一级, 2级, Ⅲ类, 第一层次) with its threshold (空气污染指数 AQI≤50优级): a grading
# standard's line, not a term a reader looks up — and annotating every 一级 of a document with it would be wrong.
_GRADE = re.compile(r"(?:\d{1,2}[、.．][\s\u3000]*)?第?[一二三四五六七八九十\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]{1,3}[\s\u3000]*(?:级|級|类|類|等|档|檔|层次|層次)")
_THRESHOLD = re.compile(r"[≤≥<>＜＞≦≧][\s\u3000]*[\d０-９]")


def classification_grades_dropped(found: list[Found]) -> list[Found]:
    """Entries whose headword is a bare grade of a classification and whose gloss states its threshold are dropped
    (``1、一级: 空气污染指数 AQI≤50优级``: a grading standard's line, P491)."""
    return [f for f in found if not (_GRADE.fullmatch(f.term.strip(_SPACE)) and _THRESHOLD.search(f.definition))]


# A definition that is nothing but a lead-in announcing a list (数据包括以下字段: / the field list below): it says
# what follows, not what the term means; a hedge before the verb too (宏观杠杆率一般包括以下几个主要部分: / a table, P1687).
_LEAD_IN_ONLY = re.compile(
    r"[\s\u3000]*(?:一般|通常|大致|主要|具体|具體){0,2}(?:包括|包含|分为|分為|含有|有|如下|是|为|為)(?:以下|如下|下列)?[^。！？!?，,；;:：]{0,8}[:：][\s\u3000]*"
)


def lead_in_only(definition: str) -> bool:
    """``definition`` only announces a list (``包括以下字段:``) and defines nothing.

    >>> lead_in_only("一般包括以下几个主要部分:"), lead_in_only("主要包括:"), lead_in_only("是指针对残疾人提供的两种福利补贴,具体包括:")
    (True, True, False)
    """
    return _LEAD_IN_ONLY.fullmatch(definition) is not None


# A data product's section labels (01、数据简介 / 02、相关数据指标 / 03、数据截图; 产品简介, 数据说明): the page's
# sections, not the terms they explain — the indicator is named in the paragraph below (失业率是…,一般是指…).
_DATA_SECTION = re.compile(
    r"(?:相[关關])?(?:[数數]据|[数數]據|[资資]料|[产產]品|指[标標])(?:[简簡]介|介[绍紹]|[说說]明|截[图圖]|[预預][览覽]|[详詳]情|指[标標]|字段|[来來]源)"
)


def data_section_label(body: str) -> bool:
    """``body`` (a headword line's text, its number off) is a data page's section label (数据简介, 相关数据指标)."""
    return _DATA_SECTION.fullmatch(body.strip(_SPACE)) is not None


# An indicator's paragraph opening with its standing, then its definition with the subject left out (失业率是当地地区
# 就业状况的主要指标,一般是指…): the term is the subject of that first clause, the definition opens at the hedge (一般,
# 通常) or the marker; the status clause is no part of it (a status sentence is no definition).
_STATUS_THEN_DEFINED = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：是“”\"]{2,15}?)(?<![就也即或还還正都])(?P<is>是)(?![否不在由因为為指])(?P<standing>[^。；;:：,，]{2,40})[,，][\s\u3000]*"
    # (a word's pronunciation after its kind: 园区是一个汉语词汇,读音为yuán qū,是指…, P1058)
    r"(?:(?:读音|讀音|拼音|注音)(?:为|為|是)?[:：]?[^,，。；;]{1,30}[,，][\s\u3000]*)?"
    r"(?P<hedge>(?:一般|通常|主要|一般来说|一般來說|通常来说|通常來說)[,，]?[\s\u3000]*)?"
)
# An adverb closing the subject matched before 是 (狭义的清洁供热主要 / 是建筑清洁供暖,是指…, P2943, a trade paper's item): the
# status clause is what the thing mainly is, which the definition opens with, the adverb its first word (read with the term, it
# was carried onto the marker, 主要是指…, words the page never wrote).
_ADVERB_CLOSING = re.compile(r"(?:主要|一般|通常|大多|大都)$")


# A genus rather than a standing (是一种价格管理制度, P1271): the class the term belongs to, which the gold keeps, the
# definition opening at 是; a kind of word (是一个汉语词汇, P1058) stays out, as a standing (是…的主要指标) does.
_GENUS = re.compile(r"(?:一种|一種)[^。；;:：,，的]{2,20}")
_KIND_OF_WORD = re.compile(r"词汇|詞彙|词语|詞語|术语|術語|名词|名詞|说法|說法|用语|用語|概念")


def status_then_defined(subject: str) -> tuple[str, int] | None:
    """(term, offset where the definition opens) when ``subject`` — the text before a 是指/指 marker — is a status
    clause about a term, a comma and an optional hedge; None otherwise."""
    match = _STATUS_THEN_DEFINED.fullmatch(subject)
    if match is None or not _good_term(match.group("term")):
        return None
    adverb = _ADVERB_CLOSING.search(match.group("term"))
    if adverb and adverb.start() >= 2 and _good_term(match.group("term")[: adverb.start()]):
        return match.group("term")[: adverb.start()], match.start("term") + adverb.start()  # 狭义的X主要是Y,是指…: from the adverb
    if _GENUS.fullmatch(match.group("standing")) and not _KIND_OF_WORD.search(match.group("standing")):
        return match.group("term"), match.start("is")  # 价格双轨制是一种价格管理制度,指…: a genus, part of the definition
    return match.group("term"), match.start("hedge") if match.group("hedge") else match.end()


# A ratio's bullet giving its formula, then what the figure means after 即 (• 扶幼比=幼年人口÷青壯年人口×100,即每100個青壯年人口所需
# 扶養幼年人口數。, 451, a population chart page): the ratio's name is the term, the 即 gloss its definition, the formula no part
# of it (a formula line alone is no entry).
_FORMULA_GLOSS = re.compile(
    r"^[\s\u3000]*(?:[•·▪●\-*][\s\u3000]*)?(?P<term>[^\s\u3000=＝,，。；;:：()（）]{2,12})[\s\u3000]*[=＝][^。；;\n]{2,80}?[,，][\s\u3000]*"
    r"(?P<definition>即[^=＝。；;\n]{4,80}。)[\s\u3000]*$"
)


def formula_glosses(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X=formula,即…。`` bullets (see :data:`_FORMULA_GLOSS`), two at least on the page: X and its 即 gloss.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "• 扶幼比=幼年人口÷青壯年人口×100,即每100個青壯年人口所需扶養幼年人口數。\\n• 扶老比=老年人口÷青壯年人口×100,即每100個青壯年人口所需扶養老年人口數。"
    >>> [(f.term, f.definition[:6]) for _, f in formula_glosses(_lines(text), [True, True])]
    [('扶幼比', '即每100個'), ('扶老比', '即每100個')]
    """
    out = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _FORMULA_GLOSS.match(line.raw)
        if match is None or not _good_term(match.group("term")):
            continue
        start, end = line.start + match.start("definition"), line.start + match.end("definition")
        out.append((line.index, Found(match.group("term"), match.group("definition"), line.raw[match.start("term") : match.end("definition")],
                                      line.index + 1, line.start + match.start("term"), end)))
    return out if len(out) >= 2 else []


# A statistics release's measure glossed in apposition by 即 where the sentence names it, before the sentence goes on with
# its change (二零零四年建造業的經營盈餘總額,即生產總值扣除營運開支總額較上年下跌10.0%至63億元。): the release sets the gloss
# off by a comma before it and by nothing after it, the predicate comparing with an earlier period (較上年, 比去年, 同比,
# 按年) taking up the sentence again. The measure is the words after the last 的 before the comma; the gloss runs from 即
# to the comparison. Without a comparison after it (…的X,即…,…) the gloss's end is a layout's or the topic pass's to find.
_APPOSED_BEFORE_CHANGE = re.compile(r"的(?P<term>[\u4e00-\u9fff]{2,10})[,，][\s\u3000]*")
# A period or a multiple after 的 (受疫情冲击最严重的一年, 开局之年, 进口的两倍): what the sentence is about, no measure.
_PERIOD_OR_MULTIPLE = re.compile(r"(?:年|年度|月|季|季度|期|倍)$")
_APPOSED_GLOSS = re.compile(
    r"(?P<gloss>即(?![使便将將刻时時可])[^,，。；;:：!！?？()（）\n]{4,40}?)"
    r"(?=(?:較|较|比)(?:上年|去年|前年|上月|上季|上一年|一年前|同期)|同比|按年)"
)


def apposed_change_glosses(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each measure a free line glosses by ``…的X,即Y`` right before the change it reports
    (see :data:`_APPOSED_GLOSS`)."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index] or "即" not in line.raw:
            continue
        entries = []
        for subject in _APPOSED_BEFORE_CHANGE.finditer(line.raw):
            gloss = _APPOSED_GLOSS.match(line.raw, subject.end())
            term = subject.group("term")
            if gloss is None or not _headword(term) or _PERIOD_OR_MULTIPLE.search(term):
                continue  # …最严重的一年,即全年国内生产总值比上年增长…: the year the sentence is about, no measure
            start, end = subject.start() + 1, gloss.end("gloss")
            entries.append(Found(term, gloss.group("gloss"), line.raw[start:end], line.index + 1, line.start + start, line.start + end))
        out.extend((line.index if k == 0 else [], entry) for k, entry in enumerate(entries))
    return out


# A paragraph opening with its headword and 包括 (評估服務包括為…的評估,…。此外,…。): with the next paragraph opening alike on
# a headword of the same head noun (支援服務包括…), a fact sheet's services or a note's kinds listed by what each covers.
_INCLUDES_OPENING = re.compile(r"[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:、!！?？|()（）“”\"*]{2,12}?)(?P<verb>包括)(?![:：])")


# Or on an ordinal headword with 是 as well (第一支柱是基本养老保险,…。 / 第二支柱是企业年金和职业年金,…。 / 第三支柱包括…。,
# P1958, an answer page's pillars under 养老保险体系“三支柱”): the counted parts of a whole, each glossed in turn; 是 counts only
# between such siblings, the ordinal telling a part from a subject. Not a speech's or a plan's points counted with a measure
# word (第一项任务是稳就业。 / 第二项任务是保民生。, 第一个方面是… / 第二个方面是…): the Nth item of a list, no part's name.
_ORDINAL_OPENING = re.compile(r"[\s\u3000]*(?P<term>第[一二三四五六七八九十]{1,2}(?![一二三四五六七八九十个個项項件条條点點次步])[^\s\u3000，,。；;：:、!！?？|()（）“”\"*第]{1,8}?)[\s\u3000]*(?P<verb>包括|是(?![否在不]))")


def _includes_opening(line: _L) -> re.Match[str] | None:
    match = _ORDINAL_OPENING.match(line.raw) or _INCLUDES_OPENING.match(line.raw)
    return match if match is not None and _headword(match.group("term")) else None


def _ordinal(match: re.Match[str]) -> bool:
    return match.re is _ORDINAL_OPENING


def parallel_include_paragraphs(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each free paragraph opening ``X包括…`` next to another opening ``Y包括…``, X and Y sharing
    their last two characters (評估服務 / 支援服務): each glossed by what it covers, to the end of its paragraph; or opening
    an ordinal headword and 是 or 包括 next to a sibling (第一支柱是… / 第二支柱是… / 第三支柱包括…). One such paragraph
    alone (``主要任务包括…``) is a report's statement, no gloss.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("第一支柱是基本养老保险,是主体部分。\\n第二支柱是企业年金和职业年金。\\n第三支柱包括个人养老金。")
    >>> [(e.term, e.definition) for _, e in parallel_include_paragraphs(ls, [True] * 3)]
    [('第一支柱', '是基本养老保险,是主体部分。'), ('第二支柱', '是企业年金和职业年金。'), ('第三支柱', '包括个人养老金。')]
    >>> parallel_include_paragraphs(_lines("我们的工作是发展经济。\\n他们的工作是保护环境。"), [True] * 2)
    []
    """
    opened = [(k, m) for k, line in enumerate(lines) if free[k] and not line.blank and (m := _includes_opening(line)) is not None]
    out: list[tuple[int, Found]] = []
    for n, (k, match) in enumerate(opened):
        neighbours = [opened[n - 1] if n else None, opened[n + 1] if n + 1 < len(opened) else None]
        paired = any(
            other is not None and _next_paragraph(lines, min(k, other[0])) == max(k, other[0])
            and other[1].group("term")[-2:] == match.group("term")[-2:] and other[1].group("term") != match.group("term")
            and (match.group("verb") == "包括" and other[1].group("verb") == "包括" or _ordinal(match) and _ordinal(other[1]))
            for other in neighbours
        )
        if not paired:
            continue
        line = lines[k]
        end = len(line.raw.rstrip(_SPACE))
        out.append((k, Found(match.group("term"), line.raw[match.start("verb") : end], line.raw[match.start("term") : end], k + 1, line.start + match.start("term"), line.start + end)))
    return out


def _next_paragraph(lines: list[_L], k: int) -> int:
    """The index of the first line after ``k`` holding text (blank and space-only lines skipped), or -1."""
    for m in range(k + 1, len(lines)):
        if not lines[m].blank:
            return m
    return -1
