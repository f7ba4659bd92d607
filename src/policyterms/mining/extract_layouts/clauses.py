"""Quoted terms defined clause by clause in one paragraph.

Explainers of a coined name often spell out its pieces in one breath: ``“数”指数据,“算”是算力,即对数据的处理能力。
“东数西算”是通过构建…体系``, ``“千”指的是1609个乡镇(街道)、“万”指的是2.65万个行政村(社区)``, ``据悉,东数西算中的“数”,
指的是数据,“算”指的是算力,…``. Each clause is an entry of its own: the quoted term as written (with a frame such as
``东数西算中的``), the definition from its marker up to the separator before the next clause (left out) when the next
one follows in the same sentence, to its sentence's end when it follows in a later sentence, and to the end of the
paragraph for the last one (not over a sentence about the parts together, ``二字组合形成…``; when it closes a sentence of
clauses, to that sentence's end and over the sentences going on from it, ``这一划分旨在…``: ``…,“多节点”包括…节点城市。
雄安新区的设立,使…`` goes on with the page's news). A full name
given by ``全称是“…”`` ends with its closing quotation mark. The markers are those of a slogan's parts as well: ``就是``,
``代表``, ``分别是``, ``包括`` (``中国的“首都经济圈”,包括…,“双城”是指…,“四区”分别是…,“多节点”包括…``, P997;
``“藏粮于地”的意思,就是…;“藏粮于技”就是…``, P968); a possessor before the term (``中国的``) and a frame or connective
between term and marker (``的意思,``, ``则``) are no part of either.

A paragraph counts when it opens with such a clause (after at most a lead-in such as ``据悉,``) and holds two at
least, two of them in one sentence: a lone ``“X”是…`` is the prose and topic passes' to judge, and parts listed after
``其中,`` belong to the definition before them. After sentences that define nothing a series opens a paragraph's
sentence too, though not with a bare 是 (a standing) unless the quoted pieces spell a name the sentences before give
(``秦创原这个名字,很老陕!“秦”是…;“创”代表…;“原”则是要…``, P1007); so it may right after a colon ending a lead-in that defines
nothing (``…要打好“加减乘除”组合拳:“加”,就是…;“减”,就是…``, P1147). The paragraph is read whole, so the topic pass does not take it for the answer
to a question title as well.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import ASKS, _SENTENCE_END, Found, _L, _SPACE
from policyterms.mining.extract_layouts.prose import _continues
from policyterms.mining.extract_layouts.topics import _role
from policyterms.mining.extract_layouts.headword_lines import _headword, _unquoted

__all__ = ["one_character_pieces", "pieces_of_headword_above", "quoted_clause_series"]

# A clause opening with a quoted term (after a paragraph start, a clause separator or a lead-in with its comma),
# optionally framed (东数西算中的“数”), then its marker. Converter pinyin may sit inside the term (東數(shù)西算中的“數(shù)”).
# (after a sentence end closing a quotation, 「…好city啊,!”這里的“city”指的是…」; a deictic frame, 這里的, is left out of the
# term, P567, as P542's pronoun phrases; a character glossed with 意为, “营”意为经营, P565)
_CLAUSE = re.compile(
    r"(?:^|(?<=[,，、。；;!！?？:：])|(?<=[。！？!?][”」]))[ \u3000]*(?:而[ \u3000]*)?(?:(?P<deictic>这里|這里|這裡|此处|此處)的|(?P<owner>[^\s,，。；;:：、“”「」!！?？]{1,6}(?<!中)的))?"
    r"(?P<term>(?:[^\s,，。；;:：、“”「」]{1,16}中的)?[“「](?P<inner>[^“”「」\n,，。]{1,20})[”」](?:[(（](?:简称|簡稱)[^()（）\n]{1,16}[)）])?)"
    r"[ \u3000]*(?:的(?:意思|含义|含義)[ \u3000]*)?[,，]?[ \u3000]*(?:[则則][ \u3000]*)?"
    r"(?P<marker>(?:(?:通常|一般|主要)[ \u3000]*)?(?:指的是|是指|就是|全称是|全稱是|意[为為]|意味着|意味著|代表|分[别別](?:是|指)|包括|即(?![使便将將刻时時可])|指(?![出导導挥揮标標])|是(?![否在由因为為不])|[为為](?![了何什])))"
)
# 为 glosses a quoted piece only where the pieces spell a quoted name the sentences before give (應急管理的“一案三制”體系是…。
# “一案”為國家突發公共事件應急預案體系,“三制”為應急管理體制、運行機制和法制。, P2462, a training site's article): elsewhere a
# quoted word before 为 is a subject doing something (“十四五”为…提供了…), no gloss.
_WEI = ("为", "為")
# 为 as "for" before a verb giving something (“一区”为创新发展提供动力, 为…奠定基础, 为…注入活力): what the piece does, no gloss.
_FOR_VERB = re.compile(
    r"提供|奠定|打下|注入|创造|創造|带来|帶來|服务|服務|贡献|貢獻|搭建|铺平|鋪平|赋能|賦能|助力|保驾|保駕|作出|做出|开辟|開闢|增添|指明"
)
# What may stand before the first clause: nothing, or a lead-in and its comma (据悉,).
_LEAD = re.compile(r"[ \u3000]*(?:[^,，。；;!！?？:：“”「」]{1,12}[,，][ \u3000]*)?")
_FULL_NAME = ("全称是", "全稱是")


def quoted_clause_series(lines: list[_L], free: list[bool], *, wei: bool = False) -> list[tuple[int, Found]]:
    """The entries of every paragraph (a free line) holding a series of quoted terms defined clause by clause; with ``wei``,
    only the series glossing by 为 the pieces of a name the sentence before spells (P2462), whose line goes on with other
    glosses (``應急管理體制主要指…;運行機制主要指…``) the later passes read: the caller leaves it free."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        if raw.count("“") + raw.count("「") < 2:
            continue
        opener = _QIZHONG_OPENING.match(raw)  # (its 其中 blanked, offsets kept, so that the first clause opens the paragraph)
        clauses = list(_CLAUSE.finditer(raw if opener is None else " " * opener.end() + raw[opener.end() :]))
        if len(clauses) < 2 or not any(_same_sentence(raw, a, b) for a, b in zip(clauses, clauses[1:])):
            continue
        if opener is not None and not _pieces_of_name_above(lines, line.index, clauses):
            continue
        before = raw[: clauses[0].start()] if opener is None else ""
        spelled_by_wei = any(c.group("marker") in _WEI for c in clauses)
        if spelled_by_wei != wei:
            continue
        if spelled_by_wei and not (opener is None and _spells_name_before(before, clauses) and all(c.group("marker") in _WEI for c in clauses)):
            continue
        if spelled_by_wei and any(_FOR_VERB.search(raw, c.end("marker"), _sentence_end(raw, c.end("marker"), len(raw))) for c in clauses):
            continue  # “一区”为创新发展提供动力,“两带”为…打下基础: what the pieces do
        if pieces_of_headword_above(lines, line.index):
            continue  # 2、“东数西算”工程 / “数”指的是数据,“算”指的是算力,…: the headword's gloss, its layout's to read
        whole = None if spelled_by_wei else _whole_before_pieces(before, raw, clauses)
        if whole is None and not spelled_by_wei and not _LEAD.fullmatch(before) and not (
            (_after_undefined_sentences(before) or _after_colon_lead_in(before))
            and (all(c.group("marker") != "是" for c in clauses) or _spells_name_before(before, clauses))
        ) and not _glosses_words_named_before(before, clauses):  # (in a paragraph's middle a bare 是 gives a standing: …推进“一网通办”。“一网通办”是…的重要抓手,“一网统管”是…)
            continue  # 是指…两条绿化隔离带。其中,“一绿”即…: the parts of a definition above, its layout's to split
        entries = []
        if whole is not None:  # 橋頭堡是“橋”與“堡”的統壹體,“橋”是…: the whole word, glossed up to its pieces
            start = line.start + whole.start("head")
            end = whole.end("definition")
            entries.append((line.index, Found(whole.group("head"), whole.group("definition"), raw[whole.start("head") : end], line.index + 1, start, line.start + end)))
        for n, clause in enumerate(clauses):
            end = _definition_end(raw, clause, clauses[n + 1] if n + 1 < len(clauses) else None, clauses[n - 1] if n else None)
            definition = raw[clause.start("marker") : end].rstrip(_SPACE)
            if len(definition) <= len(clause.group("marker")):
                continue
            if clause.group("marker") == "是" and _role(definition[1:]):
                continue  # “知行合一”是…活动的基本要求。“知”就是…;“行”就是…: the whole name's standing, no gloss of it
            start = line.start + clause.start("term")
            entries.append((line.index, Found(clause.group("term"), definition, raw[clause.start("term") : end], line.index + 1, start, line.start + end)))
        if len(entries) >= 2:
            out.extend(entries)
    return out


# A paragraph opening with 其中 right before its first quoted piece (其中“4”即…;“2”即…;“3”即…。, P1922, a news brief).
_QIZHONG_OPENING = re.compile(r"[ \u3000]*其中(?=[“「])")
_QUOTED_NAME = re.compile(r"[“「]([^“”「」\n]{2,20})[”」]")


def _pieces_of_name_above(lines: list[_L], index: int, clauses: list[re.Match]) -> bool:
    """Whether a paragraph opening ``其中“A”即…;“B”即…`` glosses the pieces of a quoted name that the paragraph above names
    without defining it (``…确定了“4+2+3”的产业链。`` / ``其中“4”即…;“2”即…;“3”即…。``, P1922): each piece an entry, there being
    no definition above for them to be the parts of (``…是指…两条绿化隔离带。`` / ``其中“一绿”即…`` stays that definition's).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("长沙县确定了“4+2+3”的产业链。\\n其中“4”即卓越型产业链;“2”即战略型产业链;“3”即成长型产业链。")
    >>> _pieces_of_name_above(ls, 1, list(_CLAUSE.finditer("  “4”即卓越型产业链;“2”即战略型产业链;“3”即成长型产业链。")))
    True
    >>> ls = _lines("“两绿”是指一绿、二绿两条绿化隔离带。\\n其中“一绿”即第一道隔离带,“二绿”即第二道隔离带。")
    >>> _pieces_of_name_above(ls, 1, list(_CLAUSE.finditer("  “一绿”即第一道隔离带,“二绿”即第二道隔离带。")))
    False
    """
    k = index - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0:
        return False
    above = strip_pinyin(lines[k].raw)
    if _DEFINES.search(_QUOTED_NAME.sub("", above)):
        return False
    pieces = [strip_pinyin(c.group("inner")).strip(_SPACE) for c in clauses]
    return any(all(p in name.group(1) and p != name.group(1) for p in pieces) for name in _QUOTED_NAME.finditer(above))


# A marker defining something in the sentences before the series (…是指…两条绿化隔离带。其中,“一绿”即…).
_DEFINES = re.compile(r"是指|指的是|系指|係指|即(?![使便将將刻时時可])|(?<![所泛])指(?![出导導挥揮标標示])|是(?![否在由因为為不])")


def _after_undefined_sentences(before: str) -> bool:
    """Whether the series opens a sentence after sentences that define nothing (``“city不city”源自美國博主…短視頻,其中他與妹妹
    對話:“上海city不city???”“好city啊,!”這里的“city”指的是…``, P567: an origin story and a quoted dialogue, then the
    glosses): the series is the paragraph's own; after a definition its clauses are that definition's parts."""
    before = before.rstrip(" \u3000")
    if not before or before[-1] not in _SENTENCE_END + "”」":
        return False
    outside = re.sub(r"[“「][^“”「」]*[”」]", "", before)  # (what a quotation says defines nothing)
    return _DEFINES.search(outside) is None


# A lead clause opening a sentence of its own before the series (根据这一原则,): no part of a definition above; 其中 is
# (其中,“一绿”即…: the parts the definition before lists).
_OWN_LEAD = re.compile(r"[^,，。；;!！?？:：“”「」]{1,10}[,，][ \u3000]*")


def _glosses_words_named_before(before: str, clauses: list[re.Match]) -> bool:
    """Whether a series in a later sentence of a paragraph that has defined something glosses words the sentences before
    have named, after a deictic frame or a lead clause of its own (``…一是父母双方均符合重残、重病、服刑在押…情形之一的儿童。
    这里的“重残”通常是指…;“重病”一般是指…``, P1397; ``“一国两制”是…方案。…根据这一原则,“一国”指的是…;而“两制”则意味着…``,
    P1491): the page stops to explain the words it used, each an entry, not the parts of the definition above (``…是指…
    两条绿化隔离带。其中,“一绿”即…``). Two clauses at least, none with a bare 是 (a standing) unless after the deictic frame.

    >>> c = list(_CLAUSE.finditer("这里的“重残”通常是指一、二级残疾;“重病”一般是指患有严重的疾病。"))
    >>> _glosses_words_named_before("X指的是…儿童。一是父母双方均符合重残、重病情形之一的儿童。", c)
    True
    >>> c = list(_CLAUSE.finditer("其中,“一绿”即第一道绿化隔离带,“二绿”即第二道绿化隔离带。"))
    >>> _glosses_words_named_before("是指一绿、二绿两条绿化隔离带。", c)
    False
    """
    if len(clauses) < 2:
        return False
    stripped = before.rstrip(" \u3000")
    if clauses[0].group("deictic"):
        if not stripped or stripped[-1] not in _SENTENCE_END:
            return False
    else:
        head = re.split(r"(?<=[。！？!?])", stripped)
        lead = head[-1] if head else ""
        if not _OWN_LEAD.fullmatch(lead) or lead.lstrip(" \u3000").startswith("其中") or not stripped[: len(stripped) - len(lead)].rstrip(" \u3000")[-1:] in _SENTENCE_END:
            return False
        if any(c.group("marker") == "是" for c in clauses):
            return False
    named = strip_pinyin(before)
    return all(strip_pinyin(c.group("inner")).strip(_SPACE) in named for c in clauses)


def _after_colon_lead_in(before: str) -> bool:
    """Whether the series opens right after a colon ending a lead-in that defines nothing (``金辉代表认为,发展壮大实体经济要打好
    “加减乘除”组合拳:“加”,就是…;“减”,就是…;“乘”,就是…;“除”,就是…。``, P1147, a deputy's remark in a news item): the
    lead-in (a clause naming the slogan in quotation marks) names the slogan, the clauses after its colon spell out its parts,
    each an entry. After a lead-in that already defines (``…是指…的组合:“A”…``) the clauses are that definition's parts, and
    after a colon entry's headword (``2.一网通办:“一”是指…``, ``“两重、两新”:“两重”指…``) that entry's.

    >>> _after_colon_lead_in("金辉代表认为,发展壮大实体经济要打好“加减乘除”组合拳:"), _after_colon_lead_in("三保是指:")
    (True, False)
    """
    before = before.rstrip(" \u3000")
    if not before.endswith((":", "：")):
        return False
    sentence = re.split(r"[。！？!?]", before[:-1])[-1]
    outside = re.sub(r"[“「][^“”「」]*[”」]", "", sentence)
    if not re.search(r"[,，]", sentence) or not re.search(r"[“「]", sentence):
        return False  # 2.一网通办:“一”是指…; “两重、两新”:“两重”指…: a colon entry's headword, its pieces that entry's
    return _DEFINES.search(outside) is None


# A sentence about the glossed parts together (二字组合形成偏正结构, 两者…, P565): no part of the last one's definition.
_TOGETHER = re.compile(r"(?<=[。！？!?])(?=[ \u3000]*(?:二字|两字|兩字|二者|两者|兩者|(?:这|這)?(?:两|兩)个?字|(?:这|這)(?:两|兩)者))")


# A paragraph opening by glossing a word with 是 up to a comma (橋頭堡是“橋”與“堡”的統壹體,), its quoted pieces glossed next.
_WHOLE_LEAD = re.compile(
    r"[ \u3000]*(?P<head>[^\s,，。；;:：、“”「」!！?？()（）]{2,8})(?P<definition>是(?![否在由因为為不])[^。；;!！?？:：,，]{2,40})[,，][ \u3000]*"
)


def _whole_before_pieces(before: str, raw: str, clauses: list[re.Match]) -> re.Match | None:
    """The opening clause ``X是…,`` when the quoted terms glossed right after it in its sentence are pieces of X (``橋頭堡是
    “橋”與“堡”的統壹體,“橋”是內聯外通、高效便捷的通道,“堡”是裏應外合、進退自如的基地。``, P959, an encyclopedia copy): an
    explainer glossing a word, then its characters, each an entry (the word's gloss up to the comma before its pieces).
    None otherwise: a paragraph's own sentence before quoted words that are no pieces of its subject."""
    lead = _WHOLE_LEAD.fullmatch(before)
    if lead is None:
        return None
    head = strip_pinyin(lead.group("head"))
    pieces = [strip_pinyin(clauses[0].group("inner")).strip(_SPACE)]
    for first, second in zip(clauses, clauses[1:]):
        if not _same_sentence(raw, first, second):
            break
        pieces.append(strip_pinyin(second.group("inner")).strip(_SPACE))
    if len(pieces) < 2 or not all(0 < len(p) < len(head) and p in head for p in pieces):
        return None
    return lead


def pieces_of_headword_above(lines: list[_L], index: int) -> bool:
    """Whether the paragraph on line ``index`` opens with a series of quoted terms glossed clause by clause, right under
    a headword line (blank lines aside) whose name the quoted terms are pieces of (``2、“东数西算”工程`` over ``“数”指的是
    数据,“算”指的是算力,即对数据的处理能力。通过构建…``, P1117, a congress report's numbered terms): the paragraph
    explains the headword, spelling out its pieces on the way, so it is the headword's one entry, not a series of its
    own. Parts that spell the name in turn (``【福州两江四岸】`` / ``“两江”指闽江、乌龙江;“四岸”指…``, P1112) stay the
    series' entries, as a slogan's parts do; so do quoted terms that are no pieces of the line above (a subheading
    ``三、主要内容`` over ``“一门”是指…,“一网”是指…``) and a series the paragraph does not open with
    (``秦创原这个名字,很老陕!“秦”是…``)."""
    raw = lines[index].raw.rstrip(_SPACE)
    clauses = list(_CLAUSE.finditer(raw))
    if len(clauses) < 2 or raw[: clauses[0].start()].strip(_SPACE) or not _same_sentence(raw, clauses[0], clauses[1]):
        return False
    above = next((line for line in reversed(lines[:index]) if not line.blank), None)
    heading = _headword(above) if above is not None else None
    if heading is None:
        return False
    head = strip_pinyin(heading[0])
    pieces = [strip_pinyin(c.group("inner")).strip(_SPACE) for c in clauses]
    if "".join(pieces) in head:
        return False  # 【福州两江四岸】 / “两江”指…;“四岸”指…: the parts spelling the name in turn, entries of their own
    return all(0 < len(p) < len(_unquoted(head)) and p in head for p in pieces)


def _spells_name_before(before: str, clauses: list[re.Match]) -> bool:
    """Whether the quoted terms are the pieces of a name the sentences before give, in its order (``秦创原这个名字,很老陕!
    “秦”是…;“创”代表…;“原”则是要…``, P1007): an explainer of the name glossing each character, where even a bare 是
    defines; whole names glossed after the paragraph names them (``“一网通办”是…的重要抓手``) are standings."""
    pieces = [strip_pinyin(c.group("inner")).strip(_SPACE) for c in clauses]
    name = "".join(pieces)
    return all(len(p) < len(name) for p in pieces) and name in strip_pinyin(before)


def _same_sentence(raw: str, first: re.Match, second: re.Match) -> bool:
    """Whether ``second`` follows ``first`` in its sentence (joined by a comma or 、, no sentence end between)."""
    between = raw[first.end("marker") : second.start("term")]
    return not any(mark in between for mark in _SENTENCE_END)


def _definition_end(raw: str, clause: re.Match, following: re.Match | None, previous: re.Match | None = None) -> int:
    """Where the definition of ``clause`` ends (see the module docstring)."""
    at = clause.end("marker")
    if clause.group("marker") in _FULL_NAME and raw[at : at + 1] in ("“", "「"):
        close = raw.find("”" if raw[at] == "“" else "」", at + 1)
        if close > 0:
            return close + 1
    if following is None:
        together = _TOGETHER.search(raw, at)  # “营”意为经营、管理。二字组合形成偏正结构…: about the parts together
        end = together.start() if together else len(raw)
        if previous is not None and _same_sentence(raw, previous, clause):
            stop = _sentence_end(raw, at, end)  # …,“多节点”包括…城市。雄安新区的设立,使…: the page's news
            key = strip_pinyin(clause.group("inner"))
            while stop < end and _continues(raw[stop:end].lstrip(_SPACE + "?？"), key):
                stop = _sentence_end(raw, stop + 1, end)  # …;“三线”是指…。这一划分旨在…: a remark going on (P175)
            end = stop
        return end
    if _same_sentence(raw, clause, following):
        end = following.start("term")
        semicolon = min((k for k in (raw.find(";", at, end), raw.find("；", at, end)) if k >= 0), default=-1)
        if semicolon > at and raw[semicolon + 1 : end].strip(" \u3000,，、"):
            end = semicolon  # …的总成;潍坊是农业产业化的发源地,“潍坊模式”是…: the next item's lead after the semicolon (P1171)
        while end > at and raw[end - 1] in " \u3000,，、;；":
            end -= 1
        return end
    return _sentence_end(raw, at, following.start("term"))


def _sentence_end(raw: str, at: int, limit: int) -> int:
    """Where the sentence holding offset ``at`` ends (its stop kept), at most at ``limit``; a ``?`` in a sentence that asks
    nothing stands for a stop a mojibake copy lost (…2个省直管市?!耙缓恕…, P997) and is left out."""
    ends = [e for e in (raw.find(mark, at) for mark in _SENTENCE_END) if 0 <= e < limit]
    if not ends:
        return limit
    end = min(ends)
    if raw[end] in "?？" and not ASKS.search(raw, at, end):
        return end
    return end + 1


# A heading naming the meaning of a slogan (2. 核心内涵, 基本含义) over dash items glossing its pieces one character each
# (``- 亲:政府主动为企业提供政策支持、…。`` / ``- 清:政府官员与企业之间保持廉洁自律,…。``, P1352): each item is an entry of its
# piece, as a quoted piece glossed in a clause is. A one-character label is no headword anywhere else, so the items need the
# heading naming the meaning right above them, two of them at least, every one a single character.
_MEANING_SECTION_HEAD = re.compile(
    r"(?:\d{1,2}[\s\u3000]*[.．、]|[一二三四五六七八九十]{1,3}、)?[\s\u3000]*(?:核心|基本|主要)?(?:内涵|內涵|含义|含義)[\s\u3000]*[:：]?"
)
_PIECE_BULLET = re.compile(
    r"(?P<bullet>[\s\u3000]*[-•·][\s\u3000]+)(?P<term>[\u4e00-\u9fff])[\s\u3000]*[:：][\s\u3000]*(?P<definition>\S.{5,}?)[\s\u3000]*"
)


def one_character_pieces(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The dash items under a heading naming a slogan's meaning that gloss its pieces one character each (module notes
    above :data:`_MEANING_SECTION_HEAD`), each with the line it takes."""
    out: list[tuple[list[int], Found]] = []
    n = len(lines)
    for i, line in enumerate(lines):
        if line.blank or not free[i] or not _MEANING_SECTION_HEAD.fullmatch(line.clean.strip(_SPACE)):
            continue
        items = []
        k = i + 1
        while k < n and free[k] and not lines[k].blank and (piece := _PIECE_BULLET.fullmatch(lines[k].raw.rstrip(_SPACE))):
            items.append((k, piece))
            k += 1
        if len(items) < 2 or not all(p.group("definition").rstrip(_SPACE)[-1:] in _SENTENCE_END for _, p in items):
            continue
        for k, piece in items:
            start = lines[k].start + piece.start("term")
            definition = piece.group("definition")
            out.append(([k], Found(piece.group("term"), definition, lines[k].raw[piece.start("term") : piece.end("definition")], k + 1, start, lines[k].start + piece.end("definition"))))
    return out
