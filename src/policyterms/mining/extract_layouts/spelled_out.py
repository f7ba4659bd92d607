"""A quoted abbreviation spelled out right after it, in brackets or after a comma: ``依靠“三胞”(台湾同胞、港澳同胞与海外侨胞)
支持`` (P933), ``“放、帮、促”(放宽经营、帮助整改、促进发展)``, ``凭借“一带一部”(东部沿海地区和中西部地区过渡带、长江开放
经济带和沿海开放经济带结合部)…`` (P934), a paragraph ``“三性”,系统性、探索性、引领性,把各项工作…`` (P949). A page coining or
quoting such a word tells what it stands for where it names it: an entry, the quoted word as written the term, the list
the definition (the brackets left out; after a comma, to the end of the paragraph, as the colon and 即 paragraphs beside it).

What makes the list a spelling-out and not a remark in brackets is the word itself: its items are as many as it counts
and each holds the character the count is of (``三胞``: three items, each a 同胞; ``一带一部``: a 带, then a 部; ``三去一降一补``:
three 去, a 降, a 补), or, for a word without a count, its parts in order (``放、帮、促`` or ``放管服``: 放…, 帮…, 促…). So a
quoted name with a place or a date in brackets (``“十四五”(2021-2025年)``, ``“两会”(全国人大、全国政协)``) gives nothing:
the count or the parts do not match. After a comma the quoted word must open its paragraph (a sentence's list after a
quoted word is what the sentence says about it). Read over every line, read or not, since the spelling-out sits inside a
sentence another pass may have taken; a span already an entry is left alone, and so is a word the page defines otherwise
(``“四下基層”是指…`` above ``“四下基層”(信訪接待下基層、…)``: P220's one entry)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, overlaps

__all__ = ["spelled_out_abbreviations"]

_NUMERALS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (a page's odd quotation marks, ”四大家鱼”, open a word too)
_WORD = r"[“「”][^“”「」()（）,，。；;:：\s\u3000]{2,10}[”」]"
_BRACKETED = re.compile(rf"(?P<term>{_WORD})[(（](?P<definition>[^()（）\n]{{4,80}})[)）]")
_COMMA = re.compile(rf"^[\s\u3000]*(?P<term>{_WORD})[,，][\s\u3000]*(?P<definition>(?P<list>[^,，。；;:：\n]{{4,80}})[,，。][^\n]*?)[\s\u3000]*$")
# The other way round: the full name quoted first, its abbreviation named in brackets after it (以“政策沟通、设施联通、贸易畅通、
# 资金融通、民心相通”(简称“五通”)为主要内容, P1487; “生态保护红线、…和生态环境准入清单”(以下简称“三线一单”), P1472).
_NAMED_AFTER = re.compile(
    rf"(?P<definition>[“「](?P<list>[^“”「」()（）\n]{{4,80}})[”」])[(（](?:以下)?(?:简称|簡稱)[:：]?(?P<term>{_WORD})[)）]"
)
_JOINER = re.compile(r"与|與|和|及|以及")
# A quoted word glossed in brackets opening with 即, with the noun it names or the frame of its meaning between (调整为“3+6+2+1”
# 新布局(即3大主题类综合窗口、6大行业类综合窗口、2大无差别综合窗口、1个便民服务专区),实现…, 1034, a county data bureau's work
# report; 已採用「海綿城市」的概念(即透過加強城市的蓄水能力和水循環系統,達致…)進行城市規劃, 978, a legislature's question; “三个一”
# 工作机制(即…)): 即 says outright that the bracket restates what the word names, whether or not its items match a count. The
# noun (新布局, 工作机制) is part of the name, as the golds write it; a meaning frame (的概念, 的含义, 的定义) is not. The
# definition is the bracket's text, 即 kept. Not a period or a date after 即 (“十四五”时期(即2021—2025年)), which places the word,
# nor a bracket of fewer than four characters of words.
_JI_BRACKETED = re.compile(
    rf"(?P<term>{_WORD}(?:(?!的)[\u4e00-\u9fff]{{1,4}})?)(?:的(?:概念|含[义義]|定[义義]|涵[义義]|意思))?[(（](?P<definition>即(?![使便将將刻时時可])[^()（）\n]{{4,120}})[)）]"
)
_PERIOD_ONLY = re.compile(r"即[\s\u3000]*[\d０-９〇一二三四五六七八九十至到—–\-~～年月日、,，\s]+$")
# (nor a time around the quoted word, “两会”期间(即今年3月初), “春节”前后(即农历腊月二十至正月十五), “双十一”当天(…): the bracket
# dates the occasion, whatever words it is written in, and glosses no name, review 75)
_TIME_AFTER_WORD = re.compile(r"[”」](?:期间|期間|时期|時期|前后|前後|当天|當天|当日|當日|前夕|以来|以來|之际|之際|期内|期內|当年|當年)$")


def _ji_glosses(raw: str) -> list[re.Match[str]]:
    """The bracketed 即 glosses of quoted words on a line (:data:`_JI_BRACKETED`), not a bracket placing the word in time.

    >>> [m.group("term") for m in _ji_glosses("“三个一”工作机制(即一名领导、一个专班、一套方案)有效运行,“春节”前后(即农历腊月二十至正月十五)用工多")]
    ['“三个一”工作机制']
    """
    return [
        m for m in _JI_BRACKETED.finditer(raw)
        if not _PERIOD_ONLY.match(m.group("definition")) and not _TIME_AFTER_WORD.search(m.group("term"))
    ]
# A bulleted item naming a counted word and spelling it out after a colon (- 三清:清理垃圾、清理污水、清理杂物, P1292): the
# items of a lead-in naming the whole (“三清一改”具体包括以下), the word unquoted as a list item's label is.
_BULLET_COLON = re.compile(
    r"^[\s\u3000]*[-•·*●][\s\u3000]*(?P<term>[一二两兩三四五六七八九十][^\s\u3000:：,，。；;、“”「」()（）]{1,5})[:：][\s\u3000]*"
    r"(?P<definition>(?P<list>[^,，。；;:：\n]{4,80}))[\s\u3000]*$"
)

# A counted name opening its line, a colon, and its members one clause each, run on with semicolons (三个高地:着力打造国家重要
# 先进制造业高地;具有核心竞争力的科技创新高地;内陆地区改革开放高地。, P1917, an explainer's lines): the line spells the name
# out as the bulleted ``- 三清:A、B、C`` does, its semicolons for the 、.
_SEMICOLON_COLON = re.compile(
    r"^[\s\u3000]*(?P<term>[一二两兩三四五六七八九十][^\s\u3000:：,，。；;、“”「」()（）]{1,5})[:：][\s\u3000]*"
    r"(?P<definition>(?P<list>[^:：\n]{4,200}?[;；][^:：\n]{2,200}?))[\s\u3000]*$"
)


def _semicolon_spelled_out(word: str, listed: str) -> bool:
    """Whether ``listed``, clauses run on with semicolons (a closing stop left out), spells out ``word``.

    >>> _semicolon_spelled_out("三个高地", "打造制造业高地;科技创新高地;内陆地区改革开放高地。")
    True
    >>> _semicolon_spelled_out("三个高地", "打造制造业高地;科技创新高地。"), _semicolon_spelled_out("三大任务", "抓发展;保民生;促稳定。")
    (False, False)
    """
    items = [item.strip(_SPACE) for item in re.split(r"[;；]", listed.rstrip(_SPACE + "。"))]
    return len(items) >= 2 and not any("、" in item or not item for item in items) and spells_out(word, "、".join(items))


# An unquoted counted word spelled out in brackets after 即 (政府的政策是维持一支通晓两文(即中文和英文)三语(即广东话、普通话和英语)
# 的公务员队伍, 419): 即 says the bracket restates the word, so items as many as the count are enough (三语's 广东话 holds no
# 语); a time or a figure in brackets (三年(即2021-2023年)) is one item and gives nothing.
_BARE_JI = re.compile(
    r"(?P<term>[一二两兩三四五六七八九十][^\W\d一二两兩三四五六七八九十]{1,3})[(（]即[\s\u3000]*(?P<definition>(?P<list>[^()（）,，。；;:：\n\d]{4,60}))[)）]"
)


def _bare_counted(word: str, listed: str) -> bool:
    """Whether a bare counted word's ``(即…)`` lists as many items as it counts, each a few characters.

    >>> _bare_counted("两文", "中文和英文"), _bare_counted("三语", "广东话、普通话和英语"), _bare_counted("三语", "广东话和英语")
    (True, True, False)
    """
    counted = _COUNTED_HEAD.fullmatch(word)
    if counted is None or _NUMERALS[counted.group(1)] < 2:
        return False
    return any(all(1 <= len(item) <= 12 for item in items) for items in _item_splits(listed, _NUMERALS[counted.group(1)]))


# An unquoted counted word of a plan's series of verb-object clauses, each spelled out in brackets with no 即 (夯实一个基础(覆盖
# 宁夏城乡居民医疗健康信息互联互通的基础)、建设两大中心(国家健康医疗大数据中心及产业园、区域医疗中心)、强化三项保障(…)、构建五大
# 平台(…), 886, a province's plan): a numeral, a measure word (个, 大, 项 …: without one a count of years or of a figure, 三年,
# 两会, stays out) and the thing counted, right after a verb, a 、 or a comma (第三大… is an ordinal, no count). The bracket must
# name the kinds the word counts (:func:`_counted_kinds`), or, counting one, close on the thing after 的 (…互联互通的基础); a
# word whose items hold no character of the thing (三项示范创新(标准规范、运行机制、监管模式)) counts only beside two siblings of
# its series on the line that do, as many items as it counts.
_SERIES_COUNTED = re.compile(
    r"(?<=[\u4e00-\u9fff、,，])(?<!第)(?P<term>[一二两兩三四五六七八九十](?:个|個|大|项|項|种|種|条|條|类|類)[^\W\d一二两兩三四五六七八九十个個]{1,5})"
    r"[(（](?!即)(?P<definition>(?P<list>[^()（）,，。；;:：\n\d]{4,80}))[)）]"
)


def _one_closed_on(word: str, listed: str) -> bool:
    """Whether a word counting one (``一个基础``) is spelled out by one item closing on the thing after 的.

    >>> _one_closed_on("一个基础", "覆盖宁夏城乡居民医疗健康信息互联互通的基础"), _one_closed_on("一个中心", "北京")
    (True, False)
    """
    counted = _COUNTED_HEAD.fullmatch(word)
    if counted is None or _NUMERALS[counted.group(1)] != 1 or "、" in listed:
        return False
    head = counted.group(2)
    return listed.endswith("的" + head) and len(listed) > len(head) + 3


def _series_counted(raw: str) -> list[re.Match[str]]:
    """The bracketed spellings-out of a line's unquoted counted words (:data:`_SERIES_COUNTED`).

    >>> line = "夯实一个基础(覆盖城乡居民健康信息互联互通的基础)、建设两大中心(大数据中心、区域医疗中心)、强化三项保障(党建保障、研究保障、政策保障),推动实施三项示范创新(标准规范、运行机制、监管模式)"
    >>> [m.group("term") for m in _series_counted(line)]
    ['一个基础', '两大中心', '三项保障', '三项示范创新']
    >>> [m.group("term") for m in _series_counted("建设两大中心(大数据中心、区域医疗中心),用时三年(2021年至2023年),选出五个城市(北京、上海、广州、深圳、天津)")]
    ['两大中心']
    """
    matches = list(_SERIES_COUNTED.finditer(raw))
    strict = [m for m in matches if _counted_kinds(m.group("term"), m.group("list")) or _one_closed_on(m.group("term"), m.group("list"))]
    if len(strict) < 2:
        return strict
    return [m for m in matches if m in strict or _counted_only(m.group("term"), m.group("list"))]


def _counted_only(word: str, listed: str) -> bool:
    """Whether ``listed`` holds as many short items as ``word`` counts (two at least)."""
    counted = _COUNTED_HEAD.fullmatch(word)
    want = _NUMERALS[counted.group(1)] if counted else 0
    return want >= 2 and any(all(2 <= len(item) <= 20 for item in items) for items in _item_splits(listed, want))


def _item_splits(listed: str, want: int) -> list[list[str]]:
    """The ways to read the list as ``want`` items: split at 、, and, when one item short, the last split once more at a
    与/和/及 (``A、B与C``; each joiner tried, as 及 also sits inside words: 普及)."""
    items = [i.strip(_SPACE) for i in listed.split("、")]
    if len(items) == want:
        return [items]
    if len(items) + 1 != want:
        return []
    last = items[-1]
    return [items[:-1] + [last[: m.start()].strip(_SPACE), last[m.end() :].strip(_SPACE)] for m in _JOINER.finditer(last)]


def _keys(word: str) -> list[str] | None:
    """What each item must hold, in order: the counted characters (``三去一降一补`` → 去 去 去 降 补) or the word's parts
    (``放、帮、促`` → 放 帮 促; ``放管服`` → 放 管 服); None when the word is neither."""
    core = word.strip("“”「」")
    if any(ch in _NUMERALS for ch in core):
        keys: list[str] = []
        for m in re.finditer(r"([一二两兩三四五六七八九十])([^一二两兩三四五六七八九十]+)", core):
            if m.start() == 0 or keys:
                keys.extend([m.group(2)[0]] * _NUMERALS[m.group(1)])
        if not keys or "".join(re.findall(r"[一二两兩三四五六七八九十][^一二两兩三四五六七八九十]+", core)) != core:
            return None
        return keys
    if "、" in core:
        parts = core.split("、")
        return parts if all(1 <= len(p) <= 2 for p in parts) else None
    return list(core) if 2 <= len(core) <= 4 else None


def spells_out(word: str, listed: str) -> bool:
    """Whether ``listed`` spells out the quoted ``word`` (module docstring).

    >>> spells_out("“三胞”", "台湾同胞、港澳同胞与海外侨胞"), spells_out("“放、帮、促”", "放宽经营、帮助整改、促进发展")
    (True, True)
    >>> spells_out("“一带一部”", "东部沿海地区和中西部地区过渡带、长江开放经济带和沿海开放经济带结合部")
    True
    >>> spells_out("“两基”", "基本普及九年义务教育和基本扫除青壮年文盲")
    True
    >>> spells_out("“两会”", "全国人大、全国政协"), spells_out("“十四五”", "2021-2025年"), spells_out("“菜篮子”", "蔬菜、肉蛋、水产")
    (False, False, False)
    """
    keys = _keys(word)
    if keys and len(keys) >= 2 and any(
        all(2 <= len(item) <= 30 and key in item for key, item in zip(keys, items)) for items in _item_splits(listed, len(keys))
    ):
        return True
    return _counted_kinds(word, listed)


# A count of kinds of one thing (四大家鱼, 五個認同, 三项制度): a numeral, a measure word or 大, then the thing counted.
_COUNTED_HEAD = re.compile(r"([一二两兩三四五六七八九十])(?:个|個|大|项|項|种|種|条|條|类|類)?([^一二两兩三四五六七八九十]{1,6})")


def _counted_kinds(word: str, listed: str) -> bool:
    """Whether ``listed`` names the kinds a counted word counts (``“四大家鱼”(青鱼、草鱼、鲢鱼、鳙鱼)``, P1291;
    ``「五個認同」（對偉大祖國、中華民族、中華文化、中國共產黨、中國特色社會主義的認同）``, P1260): as many items as the count, each
    holding the counted thing's head character (鱼), or the thing closing the whole list after 的 (…的認同, said of each).

    >>> _counted_kinds("”四大家鱼”", "青鱼、草鱼、鲢鱼、鳙鱼"), _counted_kinds("「五個認同」", "對偉大祖國、中華民族、中華文化、中國共產黨、中國特色社會主義的認同")
    (True, True)
    >>> _counted_kinds("“两会”", "全国人大、全国政协"), _counted_kinds("“四大家鱼”", "青鱼、草鱼、鲢鱼")
    (False, False)
    """
    counted = _COUNTED_HEAD.fullmatch(word.strip("“”「」"))
    if counted is None:
        return False
    want, head = _NUMERALS[counted.group(1)], counted.group(2)
    if want < 2:
        return False
    for items in _item_splits(listed, want):
        if not all(1 <= len(item) <= 30 for item in items):
            continue
        if all(head[-1] in item for item in items) or len(head) >= 2 and items[-1].endswith("的" + head) and len(items[-1]) > len(head) + 2:
            return True
    return False


def _bullet_spelled_out(lines: list[_L], index: int, bullet: re.Match) -> bool:
    """Whether a bulleted ``- X:…`` item spells out its counted word: by itself (``- 三清:清理垃圾、清理污水、清理杂物``, three 清),
    or, counting one (``- 一改:改变不良生活习惯``), with its one item holding the counted character beside a sibling bullet, two
    lines at most away, that spells out its own word: the parts of one slogan (三清一改) listed in turn."""
    if spells_out(bullet.group("term"), bullet.group("list")):
        return True
    keys = _keys(bullet.group("term"))
    if not keys or len(keys) != 1 or "、" in bullet.group("list") or keys[0] not in bullet.group("list"):
        return False
    for k in range(max(0, index - 2), min(len(lines), index + 3)):
        sibling = _BULLET_COLON.match(lines[k].raw) if k != index else None
        if sibling and spells_out(sibling.group("term"), sibling.group("list")):
            return True
    return False


# A counted slogan named right after its members, listed as the object of a verb (实施强科技、强工业、强省会、强县域“四强”行动,
# P1919; 把区域发展格局调整为珠三角核心区、沿海经济带、北部生态发展区构成的“一核一带一区”区域发展格局, P1918; 推进数字商城、国际
# 商城、绿色商城、链式商城“四个商城”建设, P1934): the quoted word, with the noun it names (行动, 区域发展格局, 大花园; not the
# activity done to it, 建设), is the term, the list with a joining 构成的 or 为一体的 its definition.
_LISTED_BEFORE = re.compile(rf"(?P<joiner>构成的|構成的|组成的|組成的|为一体的|為一體的)?(?P<word>{_WORD})(?P<noun>[^\W\d_]{{0,8}})(?=[,，。；;、!！])")
# What opens the list: the verb whose object it is (the last one before it), or a clause's start.
_LIST_OPENER = re.compile(r"实施|實施|推进|推進|建成|打造|构建|構建|形成|实现|實現|调整为|調整為|包括|围绕|圍繞|为|為|是|即")
_CLAUSE_START = re.compile(r"[,，。；;:：!！?？“”「」()（）\s\u3000][^,，。；;:：!！?？“”「」()（）\s\u3000]*$")
# The activity a sentence does to the thing named (…“四个商城”建设): no part of its name; a verb or a particle after the quote
# ends the name there (…“五美”为目标).
_ACTIVITY = re.compile(r"(?:建设|建設|工作)$")
_NOT_A_NOUN = re.compile(r"[的为為是在等和与與及把将將]")


def _listed_before(line: _L, text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, term, definition)`` (offsets in the line) for each counted slogan on ``line`` named right after the
    list of its members (:data:`_LISTED_BEFORE`): the list must spell the word out (:func:`spells_out`), and the page must
    name the word elsewhere too — a page about the slogan, not a passing clause that names what it lists (``实现统一审批
    流程、…、统一监管方式“四统一”,营造…``, 163, names “四统一” nowhere else).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "“四强”行动\\n我们的主要抓手是实施强科技、强工业、强省会、强县域“四强”行动,以重点地区为突破口。"
    >>> _listed_before(_lines(text)[1], text)
    [(10, 31, '“四强”行动', '强科技、强工业、强省会、强县域')]
    >>> text = "构建审批管理体系,实现统一审批流程、统一信息数据平台、统一审批管理体系、统一监管方式“四统一”,营造公平竞争氛围。"
    >>> _listed_before(_lines(text)[0], text)
    []
    """
    out = []
    for m in _LISTED_BEFORE.finditer(line.raw):
        noun = _ACTIVITY.sub("", m.group("noun"))
        if len(noun) > 6 or noun and _NOT_A_NOUN.match(noun):
            continue
        clause = _CLAUSE_START.search(line.raw[: m.start()])
        head = line.raw[clause.start() + 1 if clause else 0 : m.start()]
        if "、" not in head:
            continue
        word = m.group("word")
        # (the verb nearest the list first: 省委、省政府把…调整为A、B、C: the list after 调整为)
        openers = [head[o.end() :] for o in reversed(list(_LIST_OPENER.finditer(head, 0, head.rindex("、"))))]
        listed = next((after for after in openers if spells_out(word, after)), None)
        if listed is None or text.count(word.strip("“”「」")) < 2:
            continue
        start = m.start() - len(listed)
        definition = listed + (m.group("joiner") or "")
        out.append((start, m.end("word") + len(noun), word + noun, definition))
    return out


def spelled_out_abbreviations(lines: list[_L], found: list[Found]) -> list[Found]:
    """An entry for each quoted abbreviation spelled out in brackets, or after a comma opening its paragraph, or named in
    brackets after its quoted spelling-out (module docstring), on any line; none whose span overlaps an entry in ``found``.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> [(f.term, f.definition) for f in spelled_out_abbreviations(_lines("提出要以“政策沟通、设施联通、贸易畅通、资金融通、民心相通”(简称“五通”)为主要内容。"), [])]
    [('“五通”', '“政策沟通、设施联通、贸易畅通、资金融通、民心相通”')]
    """
    taken = [(entry.start, entry.end) for entry in found]
    defined = {entry.term.strip(_SPACE) for entry in found}  # a word the page defines otherwise is not glossed again
    out: list[Found] = []
    text = "\n".join(line.raw for line in lines)
    for line in lines:
        if line.blank:
            continue
        for at, to, term, definition in _listed_before(line, text):
            start, end = line.start + at, line.start + to
            if not overlaps(start, end, taken) and term not in defined:
                out.append(Found(term, definition, line.raw[at:to], line.index + 1, start, end))
        matches = [(m, m.group("definition")) for m in _BRACKETED.finditer(line.raw) if spells_out(m.group("term"), m.group("definition"))]
        comma = _COMMA.match(line.raw)
        if comma and spells_out(comma.group("term"), comma.group("list")):
            matches.append((comma, comma.group("definition")))
        matches += [(m, m.group("definition")) for m in _BARE_JI.finditer(line.raw) if _bare_counted(m.group("term"), m.group("list"))]
        matches += [(m, m.group("definition")) for m in _series_counted(line.raw)]
        matches += [(m, m.group("definition")) for m in _ji_glosses(line.raw)]
        semicolons = _SEMICOLON_COLON.match(line.raw)
        if semicolons and _semicolon_spelled_out(semicolons.group("term"), semicolons.group("list")):
            matches.append((semicolons, semicolons.group("definition")))
        bullet = _BULLET_COLON.match(line.raw)
        if bullet and _bullet_spelled_out(lines, line.index, bullet):
            matches.append((bullet, bullet.group("definition")))
        for m, definition in matches:
            start, end = line.start + m.start("term"), line.start + m.start("definition") + len(definition)
            if overlaps(start, end, taken) or m.group("term") in defined:
                continue
            quote = line.raw[m.start("term") : m.start("definition") + len(definition)]
            out.append(Found(m.group("term"), definition, quote, line.index + 1, start, end))
        for m in _NAMED_AFTER.finditer(line.raw):  # “A、B、C”(简称“X”): the name after its spelling-out
            start, end = line.start + m.start(), line.start + m.end()
            if not spells_out(m.group("term"), m.group("list")) or overlaps(start, end, taken) or m.group("term") in defined:
                continue
            out.append(Found(m.group("term"), m.group("definition"), m.group(), line.index + 1, start, end))
    return out
