"""A sentence that describes a thing first and names it last, ``…,此即为X。`` (an official page's prose: ``为了让业主…
审核地籍图,…以分区、分阶段方式公开展示地籍图,此即为地籍公布。``, 315): the name after 此即为 is the term and the
whole clause before it its gloss, purpose and legal basis inside, as the earlier sets' backward ``即…`` glosses. Only
the explicit pointer 此即为 (此即為, 此即是, 此即所谓) counts, and the legal register's 謂之 (``…申請合併為一宗土地所為之
測量作業,謂之合併複丈。``, 568, a land office's answer) — ``这就是…`` closes a report's argument more often than it
names anything — and the name must end its sentence, short and without punctuation. A regulation names its own terms so
(``四、本府各單位將執行職務之經過與結果予以登記、整理及編報者,為本方案之查報單位。``, 503, a statistics scheme's points;
``…者,為本法所稱之X。``): the clause closing on 者 is the gloss, the name after 為本方案之 the term. So does a statistics
note's classification, a sentence opening with 凡 that names its classes in turn after what each covers (``凡在劃定之保安林地
…天然生長之林木,為天然保安林,以人工營造之保安林,在放租林地或直營造林地,均為營造保安林。``, 502): each name after
``,為``/``,均為`` is a term, the words since the sentence's start or the name before its gloss."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _SENTENCE_END, _SPACE, Found, _L, one_line_entries, page_asks_about

__all__ = ["backward_names", "collective_names", "named_after_description", "named_in_turn", "index_after_removal"]

# The sentence from its start (a line's start or after a stop), the gloss of ten characters or more, then the pointer
# and a name of two to ten characters closing the sentence.
# (a line's item number, bullet or answer label before the sentence is no part of the gloss: 一、…,謂之X。, • …, 答:…, A:…)
_LINE_OPENER = (
    r"(?:[•·●▪]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    r"|(?:說明|说明|答|[AＡ])[:：])[\s\u3000]*"
)
# (a lead-in announcing the meaning before the gloss, 建物測量,包括…。其意義為:建物因新建…實施測量或勘查,謂之建物測量。, 596, a
# land office's FAQ: the lead-in says a meaning follows and is no part of it)
_MEANING_LEAD = r"(?:其|此|該|该)?(?:意義|意义|定義|定义|含義|含义|涵義|涵义)(?:為|为|是|係|系)?[\s\u3000]*[:：][\s\u3000]*"
_BACKWARD = re.compile(
    rf"(?:^[\s\u3000|｜]*(?:{_LINE_OPENER})?|(?<=[。！？!?])[\s\u3000|｜]*)(?:{_MEANING_LEAD})?(?P<gloss>[^。！？!?；;|｜\n]{{10,240}}?)[,，][\s\u3000]*"
    r"(?:此即(?:为|為|是|所谓|所謂)|谓之|謂之)(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）]{2,10})。"
)

# The answer to a question the page asks, written backward: what the thing is, then 就是 and its name in quotation marks closing
# the sentence (究竟什麼是堰塞湖? / … / 當河流被大量石頭、泥土或樹木堵住,河水無處可去,漸漸積聚形成的湖泊,就是「堰塞湖」!, P2884, a
# paper's explainer pack): the quoted name is the term, the clause before it the gloss. 這就是… closes an argument more often
# than it names anything, so only a quoted name the page asks about (什麼是X, 什么是X, X是什麼, 何謂X) counts.
_ASKED_BACKWARD = re.compile(
    rf"(?:^[\s\u3000|｜]*(?:{_LINE_OPENER})?|(?<=[。！？!?])[\s\u3000|｜]*)(?P<gloss>[^。！？!?；;|｜\n]{{10,240}}?)[,，][\s\u3000]*"
    r"(?:就是|便是|即是)(?P<term>[「“](?P<word>[^\s\u3000,，。；;、:：“”「」]{2,10})[」”])[。！!]"
)


def _asked_backward(page: str, line: _L) -> Iterator[re.Match[str]]:
    """The backward answers of ``line`` whose quoted name ``page`` asks about (see :data:`_ASKED_BACKWARD`)."""
    for match in _ASKED_BACKWARD.finditer(line.raw):
        if page_asks_about(page, match.group("word")):
            yield match


# A statute's or a regulator's conditional naming (若商戶對消費者作出的營業行為通過使用騷擾、威迫手段…,並因而導致…的交易決定,則該營業行為
# 即屬具威嚇性的營業行為。, 748, a consumer council's card on the Trade Descriptions Ordinance's unfair practices): the
# condition, 若 kept, is the gloss of the name after 即屬, and the subject 該營業行為 points back to a noun the name closes
# on (營業行為): the sentence classes the practice it describes. A consequence that is no kind of the subject
# (…,則該人即屬犯罪。, …即屬違法) names no term: the name must end with the subject's noun.
_CONDITION_NAMES = re.compile(
    rf"(?:^[\s\u3000|｜]*(?:{_LINE_OPENER})?|(?<=[。！？!?])[\s\u3000|｜]*)(?P<gloss>(?:若|如果|倘若)[^。！？!?；;|｜\n]{{10,400}}?)[,，][\s\u3000]*"
    r"(?:则|則)?(?:该|該|此)(?P<noun>[^\s\u3000,，。；;、:：]{2,8}?)(?:即属|即屬|即为|即為|即构成|即構成)"
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）]{2,20})。"
)


def _condition_names(line: _L) -> Iterator[re.Match[str]]:
    """The conditional namings of ``line`` whose name closes on the subject's noun (see ``_CONDITION_NAMES``)."""
    for match in _CONDITION_NAMES.finditer(line.raw):
        if match.group("term").endswith(match.group("noun")) and match.group("term") != match.group("noun"):
            if _MODAL_OPENING.match(match.group("term")):
                continue  # …,则该行为即属可以不予处罚的行为。: what may be done with it, a clause, no name (review 50)
            yield match


# A name opening with a modal or an obligation (可以不予处罚的行为, 應予註銷的登記): a clause of what the rule lets or makes one do.
# The clause closes on 的 (or 之) before the noun: a word opening with 可 or 应 (可再生能源, 可吸入颗粒物, 應急物資) is a name
# (review 51).
_MODAL_OPENING = re.compile(r"(?:可以|可予|可|应当|應當|应予|應予|应|應|须|須|必须|必須|不得|不予|得予)[^的之]*[的之]")


# A regulation's point number or article (七、, 3., 第五條) opening its line.
_POINT_NUMBER = r"^[\s\u3000]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|第[一二三四五六七八九十\d]{1,3}[条條])"
# A regulation's numbered point or article naming its term last, the point's one sentence: its number, the description
# (closing on 者, or on the thing's noun: …彙總各查報單位編報之統計,為本方案之彙報單位。), then 為 and the regulation naming
# itself (本方案之, 本法所稱之) before the name, which closes the sentence and the line.
_REGULATION_NAMES = re.compile(
    _POINT_NUMBER + r"[\s\u3000]*"
    r"(?P<gloss>[^。！？!?；;|｜\n:：]{6,160}?)[,，][\s\u3000]*(?:即)?(?:为|為)"
    r"本(?:方案|法律|法|办法|辦法|条例|條例|规则|規則|要点|要點|细则|細則|规定|規定)(?:所[称稱])?(?:之|的)"
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）]{2,10})。[\s\u3000]*$"
)

# A Macao decree-law's point deeming a described entity to be the thing it names (Portuguese law's "considera-se", 視為):
# ``二、「介紹所」在從事其業務時,無需其使用者支付任何負擔者,視為不收費「介紹所」。`` and, after the decree's frame 為本法規之
# 效力 (for the purposes of this diploma), ``一、為本法規之效力,以提供下列任一項服務為業務之私人實體,…,均視為職業介紹所,以下簡稱
# 「介紹所」:`` (634): the name after 視為 is the term, the clause before it the gloss, the frame and the short form left out.
# Only a numbered point whose one sentence so names its term, after a description closing on 者 or under the frame: a
# legal fiction inside a longer article (…未實際供農作…使用者,視為作農業使用, …滿六個月以上者,視為非自願離職,並準用…) is
# no point of its own, and no other page of the sets writes one (the rule acts on 634 alone).
_DEEMED_NAMES = re.compile(
    _POINT_NUMBER + r"[\s\u3000]*(?:(?P<frame>[為为]本(?:法規|法规|法令|法律|法)之效力)[,，][\s\u3000]*)?"
    r"(?P<gloss>[^。！？!?；;|｜\n:：]{6,160}?)[,，][\s\u3000]*均?(?:視為|视为)"
    r"(?P<term>[^\s\u3000,，。；;、:：《》()（）]{2,12})(?:。[\s\u3000]*$|[,，][\s\u3000]*以下(?:簡稱|简称)[^。\n]{1,12}[:：。][\s\u3000]*$)"
)
# A quoted word inside the deemed name (不收費「介紹所」): the kind its description must open with.
_QUOTED_WORD = re.compile(r"「[^「」]{1,10}」|“[^“”]{1,10}”")


def _deemed_names(line: _L) -> Iterator[re.Match]:
    """The deeming point of ``line`` (see :data:`_DEEMED_NAMES`), when its gloss closes on 者 or the decree's frame opens it."""
    match = _DEEMED_NAMES.match(line.raw)
    if match is None:
        return
    # (the name a kind of the quoted word its description opens with, 「介紹所」…者,視為不收費「介紹所」; a point deeming a
    # party's act a consequence, 二、承租人逾期三個月未繳納租金者,視為違約。, names no kind: review 46)
    quoted = _QUOTED_WORD.search(match.group("term"))
    if match.group("frame") or match.group("gloss").endswith("者") and quoted is not None and quoted.group() in match.group("gloss"):
        yield match


# A classification's sentence opening with 凡, and in it each class named after what it covers (…,為天然保安林,…,均為營造保安林。).
_WHATEVER_SENTENCE = re.compile(r"(?:^|(?<=[。！？!?]))[\s\u3000]*凡[^。！？!?；;\n]{6,300}。")
# What follows a purpose (為維護…) rather than a class's name: the directive it is the purpose of (,均應…, ,請…, ,須…).
_DIRECTED = re.compile(r"[,，][\s\u3000]*(?:均|皆|並|并|亦|則|则|即|另)?(?:應|应|須|须|需|得|請|请|務必|务必)")
_CLASS_NAMED = re.compile(r"[,，][\s\u3000]*(?:均|皆|即|则|則)?(?:为|為)(?![期主準准限止宜要佳])(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）]{2,10})(?=[,，。])")


def _classes_named(line: _L) -> Iterator[Found]:
    """The classes a 凡 sentence of ``line`` names in turn (see :data:`_WHATEVER_SENTENCE`), each glossed by the words
    before it: from the sentence's start, or after the name before. Two at least: one name after a 凡 clause states a
    table's scope (凡依戶籍法…之受理、執行案件,為統計對象。), not a class among others."""
    for sentence in _WHATEVER_SENTENCE.finditer(line.raw):
        begin = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip(" \t\u3000"))
        classes = []
        for named in _CLASS_NAMED.finditer(line.raw, begin, sentence.end()):
            if _DIRECTED.match(line.raw, named.end()):
                classes = []  # 凡進入本園區之車輛,為維護園區安全,均應接受檢查,…: 為 of a purpose before a directive, no class
                break
            gloss = line.raw[begin : named.start()]
            classes.append(Found(named.group("term"), gloss, line.raw[begin : named.end()], line.index + 1, line.start + begin, line.start + named.end()))
            begin = named.end() + 1  # (after the comma closing the name)
        if len(classes) >= 2:
            yield from classes


# Two things or more described and then named in turn, one clause each, after 其中 or opening a sentence (其中,横琴与澳门特别行政区之间
# 设为“一线”;横琴与中华人民共和国关境内其他地区之间设为“二线”。, P1496, a plan's two customs lines): each quoted name the term, the
# clause before its verb its gloss. A lone clause (…的区域称为“X”) is a sentence about one thing, left to the prose passes.
# (or after a comma, opening on 当中, joined by 而: 事件被劃分為七個級別,當中級別1-3稱為「事件」而級別4-7稱為「事故」。, 534, a
# health department's FAQ naming the scale's levels; the name's quotation marks are the reader's cue, as above)
_NAMED_CLAUSE = re.compile(
    r"(?:(?<=[;；])|(?<=[”」]而)|(?:^|(?<=[。！？!?]))[\s\u3000]*(?:其中[,，])?|(?<=[,，])[\s\u3000]*(?:当中|當中|其中)[,，]?)"
    r"[\s\u3000]*(?P<gloss>[^。！？!?；;,，:：“”\n]{4,40}?)"
    r"(?:设为|設為|称为|稱為)(?P<term>[“「][^“”「」\n]{1,10}[”」])(?=[;；。]|而)"
)


def named_in_turn(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each clause of a series naming things in turn (see :data:`_NAMED_CLAUSE`), two at least in a
    sentence, on a free line.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("其中,横琴与澳门特别行政区之间设为“一线”;横琴与中华人民共和国关境内其他地区之间设为“二线”。")
    >>> [(e.term, e.definition) for _, e in named_in_turn(ls, [True])]
    [('“一线”', '横琴与澳门特别行政区之间'), ('“二线”', '横琴与中华人民共和国关境内其他地区之间')]
    >>> list(named_in_turn(_lines("该区域称为“先行区”。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        matches = list(_NAMED_CLAUSE.finditer(line.raw))
        series: list[re.Match] = []
        for match in matches + [None]:
            if match is not None and series and not re.search(r"[。！？!?]", line.raw[series[-1].end() : match.start()]):
                series.append(match)
                continue
            if len(series) >= 2:
                for m in series:
                    quote = line.raw[m.start("gloss") : m.end("term")]
                    yield line.index, Found(m.group("term"), m.group("gloss"), quote, line.index + 1, line.start + m.start("gloss"), line.start + m.end("term"))
            series = [match] if match is not None else []


# A numbered point broken by a print view's fixed-width wrap (七、本院各處、室、委員會及所屬機關將所辦公(業)務之經過與結果, /
# 予以登記、整理及編報者,即為本方案之查報單位。, 578, a law database's print of a statistics scheme): the point's line ends
# with no stop and the next line finishes its one sentence, so the two are read as one line, joined without the break, as
# :mod:`.wrapped_lines` joins a definition's wrapped lines. Acts on 578 (fifty-eighth set); 503's scheme (earlier set) writes
# its points on one line each.
_POINT_OPENS = re.compile(_POINT_NUMBER)
_WRAP_WIDTH = 30


def _wrapped_point(lines: list[_L], free: list[bool], line: _L) -> Found | None:
    """The regulation's backward naming (:data:`_REGULATION_NAMES`) of a numbered point wrapped over ``line`` and the next."""
    raw = line.raw.rstrip(_SPACE)
    k = line.index + 1
    if not _POINT_OPENS.match(raw) or len(raw) < _WRAP_WIDTH or raw[-1:] in _SENTENCE_END or k >= len(lines) or not free[k]:
        return None
    after = lines[k].raw.strip(_SPACE)
    if not after or _POINT_OPENS.match(after) or not after.endswith("。"):
        return None
    joined = raw + after
    match = _REGULATION_NAMES.match(joined)
    if match is None:
        return None
    begin = lines[k].start + lines[k].raw.index(after)
    end = begin + match.end() - len(raw)
    return Found(match.group("term"), match.group("gloss"), joined[match.start("gloss") : match.end()], line.index + 1, line.start + match.start("gloss"), end)


# A law database's article caption in brackets naming the word the article defines (第 2 條 / (國有財產之定義) / 國家依據法律規定,
# …或由於接受捐贈 / 所取得之財產,為國有財產。, 758, the finance ministry's print of the National Property Act): the article's
# first sentence, wrapped or not, describes the thing and names it last after 為; the name must be the caption's word, so
# an article that only uses it (…之財產,為國有財產之一部分。) or names another thing gives nothing. The caption is the
# law's own (Taiwan's law databases print each article's caption so, (用詞定義), (適用範圍)).
_DEFINITION_CAPTION = re.compile(r"[\s\u3000]*[(（](?P<term>[^\s\u3000()（）,，。；;:：]{2,12}?)(?:之|的)?(?:定义|定義)[)）][\s\u3000]*")
_CAPTION_LINES = 4


def _captioned_naming(lines: list[_L], free: list[bool], line: _L) -> tuple[list[int], Found] | None:
    """The backward naming of the article under ``line``, a caption naming the word it defines (:data:`_DEFINITION_CAPTION`):
    the article's lines up to its first stop joined without their breaks, then ``gloss,為X。`` with X the caption's word."""
    caption = _DEFINITION_CAPTION.fullmatch(line.clean)
    if caption is None:
        return None
    term, taken, parts = caption.group("term"), [], []
    for k in range(line.index + 1, min(len(lines), line.index + 1 + _CAPTION_LINES)):
        if lines[k].blank or not free[k]:
            return None
        parts.append(lines[k].raw.strip(_SPACE))
        taken.append(k)
        if "。" in parts[-1]:
            break
    else:
        return None
    joined = "".join(parts)
    match = re.match(rf"(?P<gloss>[^。！？!?；;:：]{{6,240}}?)[,，][\s\u3000]*(?:即)?(?:为|為){re.escape(term)}。", joined)
    if match is None or joined.startswith(term):
        return None  # (國有財產之範圍,以下列各款為限,為國有財產。: the article speaks of the word, no description named by it, review 51)
    first = lines[taken[0]]
    begin = first.start + first.raw.index(parts[0])
    last = lines[taken[-1]]
    end = last.start + last.raw.index(parts[-1]) + match.end() - (len(joined) - len(parts[-1]))
    return taken, Found(term, match.group("gloss"), joined[: match.end()], first.index + 1, begin, end)


def backward_names(lines: list[_L], free: list[bool]) -> Iterator[tuple[int | list[int], Found]]:
    """``(line, entry)`` for each ``…,此即为X。`` sentence on a free line (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("为了让业主得悉土地的边界,以分区方式公开展示地籍图,此即为地籍公布。在展示期间内,业主可提出异议。")
    >>> [(e.term, e.definition) for _, e in backward_names(ls, [True])]
    [('地籍公布', '为了让业主得悉土地的边界,以分区方式公开展示地籍图')]
    >>> [(e.term, e.definition) for _, e in backward_names(_lines("土地所有權人申請合併為一宗土地所為之測量作業,謂之合併複丈。"), [True])]
    [('合併複丈', '土地所有權人申請合併為一宗土地所為之測量作業')]
    >>> list(backward_names(_lines("我们坚持人民至上,这就是我们的初心。"), [True]))
    []
    >>> [(e.term, e.definition) for _, e in backward_names(_lines("五、本府各單位依規定彙總統計者,為本方案之彙報單位。"), [True])]
    [('彙報單位', '本府各單位依規定彙總統計者')]
    >>> [(e.term, e.definition) for _, e in backward_names(_lines("三、「介紹所」旨在透過所提供之服務獲取物質上之益處者,視為收費「介紹所」。"), [True])]
    [('收費「介紹所」', '「介紹所」旨在透過所提供之服務獲取物質上之益處者')]
    >>> [(e.term, e.definition) for _, e in backward_names(_lines("若商戶的營業行為通過使用騷擾手段損害消費者的自由,則該營業行為即屬具威嚇性的營業行為。"), [True])]
    [('具威嚇性的營業行為', '若商戶的營業行為通過使用騷擾手段損害消費者的自由')]
    >>> list(backward_names(_lines("若任何人明知而作出虛假的陳述以取得該款項,則該人即屬犯罪。"), [True]))
    []
    """
    page = "\n".join(line.raw for line in lines)  # (the questions a backward answer's name must be asked in)
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        captioned = _captioned_naming(lines, free, line)
        if captioned is not None:  # (國有財產之定義) / …所取得之財產,為國有財產。: the article names its caption's word last
            yield captioned
            continue
        wrapped = _wrapped_point(lines, free, line)
        if wrapped is not None:
            yield [line.index, line.index + 1], wrapped
            continue
        for match in [*_BACKWARD.finditer(line.raw), *_REGULATION_NAMES.finditer(line.raw), *_deemed_names(line), *_condition_names(line), *_asked_backward(page, line)]:
            quote = line.raw[match.start("gloss") : match.end()]
            yield line.index, Found(match.group("term"), match.group("gloss"), quote, line.index + 1, line.start + match.start("gloss"), line.start + match.end())
        yield from one_line_entries(line.index, list(_classes_named(line)))


# Two things said together, then their short name (碳达峰与碳中和一起,简称“双碳“ 。, P1444): the pair is the gloss, the quoted
# name the term (a page's odd closing mark “ kept as written).
_COLLECTIVE = re.compile(
    r"^[\s\u3000]*(?P<gloss>[^\s\u3000,，。；;:：“”「」]{1,20}(?:与|與|和|及)[^\s\u3000,，。；;:：“”「」]{1,20}"
    r"(?:一起|合起来|合起來|合在一起|两者|兩者))[,，][\s\u3000]*(?:简称|簡稱|合称|合稱|统称|統稱)"
    r"(?P<term>[“「][^“”「」,，。；;\s\u3000]{1,10}[“”」])[\s\u3000]*。"
)


def collective_names(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for a paragraph opening ``A与B一起,简称“X”。``: the short name X is the term, ``A与B一起`` its gloss.
    Read before the prose pass, which would take the pair for a headword with its alias.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> [(e.term, e.definition) for _, e in collective_names(_lines("碳达峰与碳中和一起,简称“双碳“ 。中国承诺…。"), [True])]
    [('“双碳“', '碳达峰与碳中和一起')]
    >>> list(collective_names(_lines("国内生产总值,简称“GDP”。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        m = _COLLECTIVE.match(line.raw)
        if m is None:
            continue
        start = line.start + m.start("gloss")
        yield line.index, Found(m.group("term"), m.group("gloss"), line.raw[m.start("gloss") : m.end("term")], line.index + 1, start, line.start + m.end("term"))


# A clause that describes a thing and then names it (an answer site's or a wiki's explanation: ``参保人的个人账户可在家庭范围内
# 与其配偶、子女、父母共济使用,称为账户共济。``, P1957; ``…全部抵消掉,这就是碳中和 。``, P1954; ``国民用于购买食物的费用占日常
# 支出的比重即为恩格尔系数。``, P1962): from the clause's start (a line's start, a stop or a semicolon; an item's number, an
# answer's letter and label such as ``1.D.【解析】`` and a connective 而 left out) to the naming verb, a gloss of eight
# characters at least; then the name, short, unquoted, without 的, closing its clause. 称为 and 即为 name with or without a
# comma before them (not after 被, 统, 合 …: ``…统称为科学研究`` sums up, it names no description — 合 closing a verb, 重合, 吻合,
# 结合, is no 合称: ``…相重合称为闭合流城``, P2878; nor after 通常, 一般, 亦,
# 或, 人们: ``居民消费价格指数…,通常称为通胀指标。`` gives another name of the word the sentence opens on); 就是 and 这就是 only after a
# comma and inside a definition (:data:`_REMARKS`; ``碳达峰就是…`` is a forward gloss, the prose pass's); 此即为 is
# backward_names's, and ``把它称为…`` names a pronoun, not a description. A bare 即 names too, right after a description
# closing on 的 and its genus (:data:`_GENUS_BEFORE_JI`; it acts on P2194 alone of the bundled, shared and press pages).
_NAMED_AFTER = re.compile(
    r"(?:^|(?<=[。！？!?；;]))[ \t\u3000]*(?:\d{1,2}[、.．])?(?:[A-D][.．、])?(?:【[^】\n]{1,6}】)?而?"
    r"(?P<gloss>[^。！？!?；;\n]{8,160}?)[ \t\u3000]*"
    r"(?:[,，][ \t\u3000]*(?P<marker>这就是|這就是|就是|称为|稱為|即为|即為|此即(?:称|稱)(?:为|為)?)|(?<![被统統总總简簡又也亦或可通俗常般们們此它其])(?<!(?<![重吻符结結聚融混组組])合)(?:称为|稱為|即为|即為)"
    r"|(?P<bare>(?<=[\u4e00-\u9fff])即)(?![使便将將刻时時可为為是]))"
    # (the name closes its clause at a stop, or before the opposite case's clause: …相重合称为闭合流城,否则为不闭合流城。, P2878, a
    # water design institute's culture corner; …称为X,反之为Y — the complement names the other case, the naming is whole)
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）的]{2,10})[ \t\u3000]*"
    # (an other name in brackets may close the name before its stop: …認證後會轉為可買賣、移轉的額度,此即稱碳抵換額度(一般又稱自願性
    # 碳權);, P3062, a Taiwan think tank's feature — 此即稱, the written register's 此即称为, names as 称为 does; the bracket no part)
    r"(?:[(（](?:一般|通常)?(?:又|也|亦|或)(?:称|稱)(?:为|為)?[^()（）\n]{1,20}[)）])?"
    r"(?:[。；;]|(?=[,，][ \t\u3000]*(?:否则|否則|反之)))"
)
# A disposal naming a description (因此,我们又把专业大户、家庭农场、农民专业合作社、农业企业等经营主体称为新型农业经营主体。, 720, a
# county congress station's news item; 人们通常把…的现象称为X): 把 and 称为 frame the description, a noun phrase without a comma
# (ten characters at least), and the name closes the sentence. The frame (因此, 我们又把) is part of neither; 把它/把这 name a
# pronoun, no description.
_BA_NAMED = re.compile(
    r"(?:^|(?<=[。！？!?；;,，]))[ \t\u3000]*(?:(?:因此|所以|于是|於是)[ \t\u3000]*[,，]?[ \t\u3000]*)?"
    r"(?:我们|我們|人们|人們|大家|学界|學界|业界|業界)?(?:又|也|通常|一般|常|还|還)?把(?![它他她这這此其])"
    r"(?P<gloss>[^。！？!?；;,，:：\n]{10,80}?)(?:称为|稱為|称作|稱作|叫做|叫作)"
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）的]{2,10})[ \t\u3000]*[。；;]"
)
# A news item's naming of what it has just described, by a demonstrative and the kind it belongs to (以家为中心,在适宜步行范围内
# 可满足社区生活的基本需求,…,这样的社区有了新名称——完整社区。, P2315, a labour paper's site; …,这样的村庄被称为“空心村”。,
# …,这类企业统称为X): the clause before the comma is the gloss, the name after the naming words the term, which must close on the
# kind the demonstrative points at (社区 → 完整社区: the sentence classes the thing it describes; …,这样的做法得到了群众的认可。
# names nothing). The naming words are a verb of calling or a new name announced (有了新名称——, 有了一个名字:).
_DEMONSTRATIVE_NAMED = re.compile(
    r"(?:^|(?<=[。！？!?；;]))[ \t\u3000]*(?P<gloss>[^。！？!?；;\n]{8,160}?)[,，][ \t\u3000]*"
    r"(?:这样的|這樣的|这种|這種|这类|這類|此类|此類)(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:就|便|也|则|則)?"
    r"(?P<marker>(?:被|统|統)?(?:称为|稱為|称作|稱作|叫做|叫作)"
    r"|(?:有了|拥有了|擁有了|获得了|獲得了|有)(?:一个|一個)?(?:新的|新|共同的)?(?:名称|名稱|名字|称呼|稱呼|称谓|稱謂)"
    r"(?:[ \t\u3000]*(?:——|—|:|：)|叫做|叫作|叫)[ \t\u3000]*)"
    r"(?P<term>[“「]?[^\s\u3000,，。；;、:：“”「」《》()（）的]{2,10}[”」]?)[ \t\u3000]*[。；;]"
)
# A sentence whose subject describes a thing and whose passive naming verb names it (采用目标日期策略的基金被称为目标日期基金,也称为
# Target Date Fund。, P3021, a fund company's pension Q&A; …的村庄被称为空心村。, …的企业被稱為X。): the subject, a noun phrase with
# no comma closing on 的 and its noun, is the gloss, and the name, which must close on that noun (基金 → 目标日期基金: the sentence
# classes the thing it describes), the term. The name closes its sentence, or is followed by another name (,也称为…, ,又称…,
# ,简称…). A subject with a comma (…,被称为“垄奴”) describes people or events, the false-gloss rules' to judge.
_PASSIVE_NAMED = re.compile(
    r"(?:^|(?<=[。！？!?；;]))[ \t\u3000]*(?P<gloss>[^。！？!?；;,，:：\n]{6,60}?的(?P<noun>[\u4e00-\u9fff]{1,6}?))"
    r"(?P<marker>(?:被|一般被|通常被)(?:称为|稱為|称作|稱作|叫做|叫作))"
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）的]{2,10})[ \t\u3000]*"
    r"(?:[。；;]|(?=[,，][ \t\u3000]*(?:也|又|亦|或|简|簡)?(?:称为|稱為|称作|稱作|称|稱|叫做|叫|名为|名為)))"
)
# A demonstrative in that subject (获此殊荣的城市, 符合上述条件的企业, 该项目所在的村庄, review 69): it points back at what the page
# told before, so the subject is no description standing alone, and the naming no gloss. (此 of 因此, 彼此, 如此 and 该 of 应该
# point at nothing.)
_POINTS_BACK = re.compile(r"(?<![因彼如])此|(?<![应應])[该該]|这|這|上述|前述|上列|下列")
# A bare 即 names only after a description of several clauses closing on its genus (在一定農田區域內,…,使得農田適宜農機通過和作業
# 的改造過程即農田宜機化改造。, P2194, a press copy): the clause is a noun phrase, the kind of thing the name stands for; elsewhere
# 即 glosses forward (X即Y), and a one-clause phrase before it (我国长期面临的三农问题即…) is a term, not a description.
_GENUS_BEFORE_JI = re.compile(r"[,，][^,，]+的[\u4e00-\u9fff]{1,6}$")
# What a bare 即 introduces when it is an adverb (then, already), not a naming (review 47): a figure (全市新建的学校即达到50所,
# 新建的保障性住房即三万套; a name opening with a count, 三农问题, stays) or a verb of reaching or changing; and a description telling an event (…审议通过了…的决议即第一号决议:
# its 了) names no kind.
_NO_NAME_AFTER_JI = re.compile(
    r"[0-9０-９]|[零〇一二三四五六七八九十两兩百千万萬]+[个個套所万萬亿億千百家人次件项項座条條户戶元名批]|(?:达到|達到|超过|超過|完成|实现|實現|增加|增长|增長|减少|減少|下降|提高|突破|可以|可)"
)
_EVENT_TOLD = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为為除])了(?![解])")  # (为了, 除了, 了解: no aspect marker)


# Pointers that close an argument as often as they name (``…,这就是台湾问题。``): a naming only inside a definition another
# pass has read, where the page glosses one word and then names the next (``碳达峰,就是指…;而到2060年,…全部抵消掉,这就是
# 碳中和 。``, P1954).
_REMARKS = frozenset({"这就是", "這就是", "就是"})


def named_after_description(lines: list[_L], found: list[Found], text: str) -> list[Found]:
    """``found`` with an entry for each clause describing a thing and then naming it (:data:`_NAMED_AFTER`), the name its
    term and the description its definition, where the page names the same thing elsewhere too (the name is a word the page
    uses, not a sentence's closing remark, ``…,这就是我们的初心。``) and the clause does not restate the term of the entry
    it sits in (``…相加即为农林牧渔业总产值。`` inside that indicator's own note). An entry read over the naming sentence
    ends before it (``门诊共济,指统筹共济、账户共济的总称。参保人…,称为统筹共济;…`` gives 门诊共济 its first sentence, then the
    two parts, P1957); one left with no whole sentence, or starting inside the naming sentence, gives way to it.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "门诊共济,指统筹共济、账户共济的总称。参保人的普通门诊费用可纳入统筹基金报销,称为统筹共济;参保人的个人账户可与家人共济使用,称为账户共济。"
    >>> whole = Found("门诊共济", text[5:], text, 1, 0, len(text))
    >>> [(e.term, e.definition) for e in named_after_description(_lines(text), [whole], text)]
    [('门诊共济', '指统筹共济、账户共济的总称。'), ('统筹共济', '参保人的普通门诊费用可纳入统筹基金报销'), ('账户共济', '参保人的个人账户可与家人共济使用')]
    >>> text = "我们始终坚持人民至上的理念,这就是我们的初心。"
    >>> named_after_description(_lines(text), [], text)
    []
    >>> text = "试点社区。以家为中心,在适宜步行范围内可满足基本需求,这样的社区有了新名称——完整社区。完整社区"
    >>> [(e.term, e.definition) for e in named_after_description(_lines(text), [], text)]
    [('完整社区', '以家为中心,在适宜步行范围内可满足基本需求')]
    >>> text = "干部群众一起动手清理垃圾,这样的做法被称为好办法。好办法"
    >>> named_after_description(_lines(text), [], text)
    []
    """
    namings: list[tuple[int, int, Found]] = []  # (sentence start, naming end, entry)
    for line in lines:
        if line.blank:
            continue
        for m in [
            *_NAMED_AFTER.finditer(line.raw), *_BA_NAMED.finditer(line.raw), *_DEMONSTRATIVE_NAMED.finditer(line.raw),
            *_PASSIVE_NAMED.finditer(line.raw),
        ]:
            term = m.group("term")
            disposal = m.re is _BA_NAMED
            of_noun = m.re is _DEMONSTRATIVE_NAMED or m.re is _PASSIVE_NAMED  # (a noun named: the name must be a kind of it)
            if of_noun and not term.strip("“”「」").endswith(m.group("noun")):
                continue  # …,这样的做法被称为创新。 / …的村庄被称为X: the name is no kind of the noun the demonstrative or the subject names
            if m.re is _PASSIVE_NAMED and _POINTS_BACK.search(m.group("gloss")):
                continue  # 全国首个获此殊荣的城市被称为示范城市: the subject points back at the page's news, no description of its own
            if not disposal and not of_noun and m.group("bare") and (
                not _GENUS_BEFORE_JI.search(m.group("gloss")) or _NO_NAME_AFTER_JI.match(term) or _EVENT_TOLD.search(m.group("gloss"))
            ):
                continue  # 三农即农业、农村和农民。: a forward gloss, the prose pass's
            start, end = line.start + m.start("gloss"), line.start + m.end("term")
            if not disposal and strip_pinyin(term).strip("“”「」") not in strip_pinyin(text[:start] + text[end:]):
                continue  # …,这就是我们的初心。: a remark closing the sentence, no name the page uses
            holder = next((e for e in found if e.start <= start < e.end), None)
            held = strip_pinyin(holder.term).strip(_SPACE + "“”「」") if holder is not None else None
            if held is not None and (held == strip_pinyin(term) or strip_pinyin(term).endswith(("之" + held, "的" + held))):
                # …相加即为农林牧渔业总产值。 in that indicator's own note: a restatement, no new entry (nor the naming
                # …者,即為本方案之查報單位。 the regulation's wrapped point already gives, its frame 本方案之 left out, 578)
                continue
            if not disposal and m.group("marker") in _REMARKS and holder is None:
                continue  # …只有一个,这就是大工业。: outside a definition, a report's closing remark
            head = line.raw[: m.start("gloss")]
            if strip_pinyin(term) in strip_pinyin(re.split(r"[。！？!?]", head)[-1]):
                continue  # 农林牧渔业总产值的计算方法是…;然后将…相加即为农林牧渔业总产值。: the sentence's own subject restated
            stops = [k for k, c in enumerate(head) if c in _SENTENCE_END]
            sentence = line.start + (stops[-1] + 1 if stops else 0)
            quote = line.raw[m.start("gloss") : m.end("term")]
            namings.append((sentence, end, Found(term, m.group("gloss").rstrip(_SPACE + ",，"), quote, line.index + 1, start, end)))
        namings.extend(_naming_series(line))
    if not namings:
        return found
    out: list[Found] = []
    for entry in found:
        inside = [(s, e) for s, e, _ in namings if entry.start < e and s < entry.end]
        if not inside:
            out.append(entry)
            continue
        cut = min(s for s, _ in inside)
        shortened = _ended_before(entry, cut, text)
        if shortened is not None:
            out.append(shortened)
    out.extend(named for _, _, named in namings)
    return sorted(out, key=lambda f: f.start)


# A sentence of namings in turn, its clauses parted by commas, each describing a thing and naming it by 称为
# (河流的溪涧、小沟、支流、干流和湖泊等构成的脉络相连的系统称为水系或河系,水系中直接流海洋或湖泊的河流称为干流,流干流的称为支流。, P2878,
# a water design institute's culture corner; a textbook's way of setting out a field's words): each clause is an entry, the
# name its term and the description its gloss. A sentence whose every clause so names, two at least: a lone clause naming
# before a comma goes on about something else (…称为X,否则为Y), the single naming rules' to judge. (统称为 sums up, as in the
# single rules; 系统称为, 传统称为 are a noun before the verb.)
_SERIES_SENTENCE = re.compile(r"(?:^|(?<=[。！？!?]))[ \t\u3000]*(?P<sentence>[^。！？!?；;\n]{10,400})[。；;]")
_NAMING_CLAUSE = re.compile(
    r"[ \t\u3000]*(?P<gloss>[^,，:：“”「」]{3,120}?)(?<![被合总總简簡又也亦或可通俗常般们們此它其])(?<!(?<![系传傳])[统統])(?:称为|稱為)"
    r"(?P<term>[^\s\u3000,，。；;、:：“”「」《》()（）的]{2,10})[ \t\u3000]*"
)
# A clause putting its object before the verb by 把 or 将 (人们习惯把上海称为魔都, 我们把这支队伍称为尖兵, 将这一时期称为…, review 66):
# the words before 称为 are the one who names and the thing named, no description to gloss the name with. (将 of 将来, 将军,
# 将近, 即将, 必将 is no such marker.)
_DISPOSAL = re.compile(r"把|(?<![即必终終])[将將](?![来來军軍近领領])")
# A sentence's commas, kept when it is split so each clause's place in the line is counted.
_COMMA_KEPT = re.compile(r"([,，])")


def _naming_series(line: _L) -> list[tuple[int, int, Found]]:
    """``(sentence start, naming end, entry)`` for each clause of a sentence of ``line`` naming things in turn
    (:data:`_NAMING_CLAUSE`, every clause, two at least)."""
    out: list[tuple[int, int, Found]] = []
    for sentence in _SERIES_SENTENCE.finditer(line.raw):
        at, clauses = sentence.start("sentence"), []
        for part in _COMMA_KEPT.split(sentence.group("sentence")):
            if part in ",，":
                at += len(part)
                continue
            clause = _NAMING_CLAUSE.fullmatch(part)
            if clause is None or _DISPOSAL.search(clause.group("gloss")):
                clauses = []
                break
            clauses.append((at, clause))
            at += len(part)
        if len(clauses) < 2:
            continue
        begin = line.start + sentence.start("sentence")
        for offset, clause in clauses:
            start, end = line.start + offset + clause.start("gloss"), line.start + offset + clause.end("term")
            quote = line.raw[offset + clause.start("gloss") : offset + clause.end("term")]
            out.append((begin, end, Found(clause.group("term"), clause.group("gloss").strip(_SPACE), quote, line.index + 1, start, end)))
    return out


def _ended_before(entry: Found, cut: int, text: str) -> Found | None:
    """``entry`` ended at ``cut`` (the start of a naming sentence inside it), when what is left is whole sentences of its
    definition; None when nothing whole is left or the entry's quote is not the text as written (a joined line)."""
    if cut <= entry.start or text[entry.start : entry.end] != entry.quote or not entry.quote.endswith(entry.definition):
        return None
    quote = text[entry.start : cut].rstrip(_SPACE)
    opening = len(entry.quote) - len(entry.definition)
    definition = quote[opening:]
    if not definition or definition[-1] not in _SENTENCE_END:
        return None
    return replace(entry, definition=definition, quote=quote, end=entry.start + len(quote))


# A price release naming the index a removal gives, in brackets after the conditional clause (另若總指數扣除…蔬菜水果,較上年同月
# 上漲1.78%,若再剔除易受短期干擾波動之能源後(即核心物價指數)則上漲1.99。, 701, a Taiwanese county's CPI release; the DGBAS and
# every county write their monthly releases so): the clause removing the components is the naming's gloss, the index in the
# brackets its term. Only a clause of removal (剔除, 扣除, 排除) closing on 後 right before ``(即…指數)``: a bracket after any
# other clause glosses the word before it (今年(即2020年), 該公司(即甲方)).
_INDEX_AFTER_REMOVAL = re.compile(
    r"(?<=[,，])[\s\u3000]*(?P<gloss>若(?:再)?(?:剔除|扣除|排除)[^,，。；;()（）\n]{1,40}?[後后])"
    r"[(（]即(?P<term>[^()（）,，。；;\s\u3000]{2,12}(?:指數|指数))[)）]"
)


def index_after_removal(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each index named in brackets after the clause removing components from the total (see
    :data:`_INDEX_AFTER_REMOVAL`).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "另若總指數扣除蔬菜水果,較上年同月上漲1.78%,若再剔除能源後(即核心物價指數)則上漲1.99。"
    >>> [(e.term, e.definition) for _, e in index_after_removal(_lines(text), [True])]
    [('核心物價指數', '若再剔除能源後')]
    >>> list(index_after_removal(_lines("本年(即2020年)總指數上漲1.86%,若再上漲(即物價指數)則調整。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        for m in _INDEX_AFTER_REMOVAL.finditer(line.raw):
            yield line.index, Found(
                m.group("term"), m.group("gloss"), line.raw[m.start("gloss") : m.end()], line.index + 1, line.start + m.start("gloss"), line.start + m.end()
            )
