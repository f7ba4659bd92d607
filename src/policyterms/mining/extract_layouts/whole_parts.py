"""A named whole spelled out part by part, as plan summaries and press copies of plans write it.

Four shapes, each common in the press's retelling of a plan (the sixtieth set's press pages; see ``docs/extract-layouts.md``):

* **a slogan's quoted parts, one paragraph each** — the page names a slogan (``构建“三主两辅多点”客运枢纽体系``), then each
  paragraph opens with one of its parts in quotation marks and says what it stands for by 为, 包括, 分别是 or 依次为
  (``“三主”为刘集机场、襄阳东站、襄阳站;``, ``“三區”分別是…``, ``“三大保障”,依次为…``; a short clause may come first,
  ``“十一新任务”属于分论,依次为…``). The gloss is the paragraph, a closing semicolon dropped (the paragraphs of a list).
  The part must be a piece of a longer quoted name the page wrote before it: a quoted word opening a paragraph with 为 is
  otherwise any subject (``“十四五”为我们指明了方向``); 即, 是 and 就是 are the prose and slogan readers'.
* **a slogan's quoted parts run into one paragraph, a semicolon clause each** — after the slogan is named (``《湖北省“一芯两带三区”
  布局产业地图》``), one paragraph spells it out clause by clause, each opening with a part in quotation marks and going straight
  on to what the part does or holds, no marker between (``“一芯”依托…,打造一批世界级先进制造业集群;“两带”以长江、汉江为纽带,
  打造…;“三区”围绕…,形成…。``, P2154). Each clause is the part's gloss, its semicolon dropped, the last to its full stop; a
  lead of a few characters before the first part (``总体产业格局图中,``) is no part of it. Two clauses at least, each part a
  piece of a longer quoted name written above, and every clause of the paragraph so opened: a paragraph of other sentences
  quoting a part in passing gives nothing.
* **a counted whole listed by 分别为/分别是** — ``打造三个基地,分别为A、B、C。``, ``上海五大新城分别是…。``: a count, 个 or 大, and
  a noun name the whole, the list after 分别 its members, to the sentence's end. A count of kinds or of things without
  个/大 (``可分為五類,分別為…``, ``刊登三篇专题文章,分别为…``, ``内设机构共6个,分别是…``) is a tally, not a name, and so is
  the count a division gives (``将其分为四个过程,分别是…``); a noun with 的 (``三大规律的认识``) is a phrase, and
  ``三大规律分别是什么`` a question. The name runs back over the words before the count when the page writes that longer
  name elsewhere too (``上海五大新城``, its question line), never over a verb (``打造``, ``分``) it does not repeat.
* **a plan's zones or lines glossed in turn by 为** — ``核心区为中心城区,紧密区为市域内除中心城区外的区域。辐射带动区为…。``,
  ``其中,藍線為湖區界限,綠線為湖區界限外延15米。``: clauses of one paragraph, each opening with a short name ending in the
  same spatial head noun (区, 线, 带, 圈, 片, 轴, 廊, 园, 城), each glossed by 为 up to the next such clause (a comma before it
  dropped, a full stop kept), the last to the paragraph's end. Two clauses at least: one ``X为…`` is any subject's verb
  (``国土面积为1.97万平方公里``, and a figure opening the gloss is never one), and names of different heads
  (``第一产业增加值为…,工业区为…``) no series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import _SPACE, Found, _L

__all__ = ["counted_wholes", "quoted_slogan_parts", "run_in_slogan_parts", "zones_in_turn"]

# A paragraph opening with a quoted part, then (after an optional comma and one short clause) its gloss marker.
_QUOTED_PART = re.compile(
    r"(?:其中[,，]?[ \t\u3000]*)?(?P<term>[“「](?P<part>[^“”「」\n,，。；;:：、]{2,8}|[0-9A-Za-z])[”」])[ \t\u3000]*[,，]?[ \t\u3000]*"
    r"(?P<gloss>(?:[^,，。；;“”「」:：\n]{1,8}[,，][ \t\u3000]*)?(?:分别|分別|依次)?(?:(?:为|為)(?![何了])|(?:[则則][ \t\u3000]*)?包括|包含|是(?=[^否不])"
    # (a formula's one-sign parts, 其中“1”即…; / “2”即…; / “N”则包括…。, P2289: 即 too, the frame 其中 before the first left out)
    r"|(?<=[0-9A-Za-z][”」])即(?![使便将將刻时時可日])))"
)
# A formula name made of one-sign parts joined by + (“1+2+N”, “4+2+3”, “1+X”): the only name a one-sign part may be a piece of
# on its own.
_FORMULA = re.compile(r"[0-9A-Za-z](?:[+＋][0-9A-Za-z])+")
# A numbered slogan written as its digits run together (“1357”总体思路, “4321”, “1234”工程): each digit counts one of its parts,
# and the paragraphs after it open with those digits in turn (``“1”是壮大“一个集群”,…`` / ``“3”是建设“三大基地”,…``, P2344). A
# digit is a piece of such a name only when another of its digits opens a glossed paragraph too: one quoted digit after a
# name holding it (…“139”系统框架体系。 / 其中“1”即…, where the 1 is another formula's) is no series.
_DIGIT_RUN = re.compile(r"[1-9]{2,6}")
# A quoted name on the page: the slogan a part may belong to.
_QUOTED_NAME = re.compile(r"[“「](?P<name>[^“”「」\n]{3,40})[”」]")
# Bare 是 only after 分别/依次 (``“多組團”是按照…``: a sentence about the part, the prose pass's).
_BARE_SHI = re.compile(r"(?:[^,，。；;“”「」:：\n]{1,8}[,，][ \t\u3000]*)?是")
_CLOSING = _SPACE + ";；"
# 为 as "for" before a beneficiary and a verb (“科教”为我们指明了方向, 示范区为全国提供了经验, “两翼”建设以来,为全市…注入了
# 新动能): what the word does for someone, no gloss of it; nor is 为何 (why) or 为了 (so as to) one (review 46).
_FOR_SOMEONE = re.compile(
    r"[为為][^,，。；;]{1,12}?(?:提供|指明|指引|探索|奠定|创造|創造|注入|带来|帶來|搭建|开辟|開闢|作出|做出|打下|树立|樹立|积累|積累|"
    r"增添|赋能|賦能|贡献|貢獻|铺平|鋪平|开创|開創|赢得|贏得)"
)
_STOPS = "。！？!?；;"
_MIN_GLOSS = 6


def quoted_slogan_parts(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each free paragraph opening with a quoted part of a slogan named above it and glossed by
    为/包括/分别是/依次为 (:data:`_QUOTED_PART`), the paragraph its gloss.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = "构建“三主两辅多点”客运枢纽体系。\\n“三主”为刘集机场、襄阳东站、襄阳站;\\n“两辅”为襄州站客运枢纽、襄阳南站客运枢纽;\\n"
    >>> [(e.term, e.definition) for _, e in quoted_slogan_parts(_lines(page), [True] * 4)]
    [('“三主”', '为刘集机场、襄阳东站、襄阳站'), ('“两辅”', '为襄州站客运枢纽、襄阳南站客运枢纽')]
    >>> list(quoted_slogan_parts(_lines("“十四五”为我们指明了方向。\\n"), [True, True]))
    []
    """
    last = max((line.index for line in lines if not line.blank), default=-1)
    names: list[str] = []  # the quoted names written above the line
    digits = {m.group("part") for line in lines if not line.blank and free[line.index]
              and (m := _QUOTED_PART.match(line.raw, line.indent)) is not None and m.group("part").isdigit()}
    for line in lines:
        if line.blank:
            continue
        m = _QUOTED_PART.match(line.raw, line.indent)
        # (bare 是 after a one-sign part is its gloss: a digit or letter in quotes is no subject a sentence speaks about, and
        # it must be a piece of a formula or digit name above, so “1”是… spells out what the slogan's 1 stands for)
        if free[line.index] and m is not None and (_BARE_SHI.fullmatch(m.group("gloss")) is None or len(m.group("part")) == 1):
            part = m.group("part")
            definition = line.raw[m.start("gloss") :].rstrip(_CLOSING)
            cut = line.index == last and not line.raw.rstrip(_SPACE).endswith(tuple(_STOPS))
            one_sign = len(part) == 1
            if any(part in name and part != name and (not one_sign or _FORMULA.fullmatch(name) or _digit_series(part, name, digits)) for name in names) and len(definition) >= _MIN_GLOSS and not cut and not _FOR_SOMEONE.match(line.raw, m.end("gloss") - 1):
                yield line.index, Found(m.group("term"), definition, line.raw[m.start("term") : m.start("gloss")] + definition,
                                        line.index + 1, line.start + m.start("term"), line.start + m.start("gloss") + len(definition))
        names.extend(n.group("name") for n in _QUOTED_NAME.finditer(line.raw))


def _digit_series(part: str, name: str, digits: set[str]) -> bool:
    """Whether ``part`` is a digit of the digit-run slogan ``name`` (see ``_DIGIT_RUN``) and another of its digits opens a
    glossed paragraph as well (``digits``)."""
    return _DIGIT_RUN.fullmatch(name) is not None and len(digits & set(name)) >= 2


# A paragraph's lead before a run-in series of quoted parts (总体产业格局图中,): a few characters and a comma, no quotation mark.
_SERIES_LEAD = re.compile(r"[ \t\u3000]*(?:[^“”「」,，。；;:：\n]{1,12}[,，][ \t\u3000]*)?")
# One clause of the series: the quoted part, then its gloss up to the semicolon before the next part or the paragraph's stop.
_RUN_IN_PART = re.compile(r"(?P<term>[“「](?P<part>[^“”「」\n,，。；;:：、]{2,8})[”」])[ \t\u3000]*(?P<gloss>[\u4e00-\u9fff][^；;。\n]*)(?P<end>[；;]|。|$)")

# A clause reporting a part's progress, closing on an adverb of pace or degree and its verb (能级持续提升, 建设加快推进, 转化通道更加
# 畅通) or on a figure of change (地区生产总值增长6%): a work report's year told part by part, no part glossed (review 47).
_PROGRESS_CLOSE = re.compile(
    r"(?:(?:持续|持續|加快|更加|明显|明顯|不断|不斷|稳步|穩步|显著|顯著|进一步|進一步|逐步|大幅|有效|全面)[\u4e00-\u9fff]{2}"
    r"|[0-9０-９.．]+(?:%|％|个百分点|個百分點|亿元|億元|万元|萬元|公里|次))[。；;\s\u3000]*$"
)


def run_in_slogan_parts(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each clause of a free paragraph made of a slogan's quoted parts glossed in turn, one semicolon
    clause each (:data:`_RUN_IN_PART`, the module docstring's second shape), each part a piece of a longer quoted name written
    above the paragraph.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = "《湖北省“一芯两带三区”布局产业地图》\\n图中,“一芯”依托四大国家级产业基地;“两带”以长江、汉江为纽带,打造两条发展带。\\n"
    >>> [(e.term, e.definition) for _, e in run_in_slogan_parts(_lines(page), [True] * 3)]
    [('“一芯”', '依托四大国家级产业基地'), ('“两带”', '以长江、汉江为纽带,打造两条发展带。')]
    >>> list(run_in_slogan_parts(_lines("推进“一芯两带三区”建设。\\n“一芯”发展迅速;另有“两带”建设。\\n"), [True] * 3))
    []
    """
    names: list[str] = []  # the quoted names written above the line
    for line in lines:
        if line.blank:
            continue
        raw = line.raw.rstrip(_SPACE)
        lead = _SERIES_LEAD.match(raw)
        at, clauses = lead.end(), []
        while at < len(raw):
            m = _RUN_IN_PART.match(raw, at)
            if m is None:
                clauses = []
                break
            clauses.append(m)
            at = m.end()
        parts = [m.group("part") for m in clauses]
        if (
            free[line.index] and len(clauses) >= 2 and clauses[-1].group("end") == "。"
            and all(any(part in name and part != name for name in names) for part in parts)
            and not any(_PROGRESS_CLOSE.search(m.group("gloss")) for m in clauses)
        ):
            for m in clauses:
                end = m.end() if m.group("end") == "。" else m.end("gloss")
                definition = raw[m.start("gloss") : end]
                if len(definition) >= _MIN_GLOSS:
                    yield line.index, Found(m.group("term"), definition, raw[m.start("term") : end], line.index + 1, line.start + m.start("term"), line.start + end)
        names.extend(n.group("name") for n in _QUOTED_NAME.finditer(line.raw))


# A counted whole and its members: a count, 个 or 大, a noun of one to six characters, then 分别为/分别是.
_COUNTED = re.compile(
    r"(?P<term>[一二三四五六七八九十两兩]{1,3}[个個大](?P<noun>[\u4e00-\u9fff]{1,6}?))[ \t\u3000]*[,，]?[ \t\u3000]*"
    r"(?P<marker>分别为|分別為|分别是|分別是)"
)
# (and a tally of aspects, stages or points, 体现在三个方面,分别是…, 分两个阶段实施,分别是…, 提高两个百分点,分别为…: no name, review 46)
_NOT_A_NAME = re.compile(
    r"的|之|^(?:方面|阶段|階段|部分|层面|層面|层次|層次|环节|環節|步骤|步驟|百分点|百分點|问题|問題|原因|特点|特點|途径|途徑|维度|維度|角度|"
    r"时期|時期|批次|批|轮|輪)"
    # (a year's top words, news or people, 2016年貴州十大新聞熱詞分別是:“大扶貧”、“大數據”、…, P2419, a Hong Kong paper's review of
    # a province's year: a ranking of picks, each a word or an event of its own, no whole made of its members)
    r"|(?:词|詞|语|語|词汇|詞彙|新闻|新聞|事件|人物)$"
)
# A count a division gives (将其分为四个过程,分别是…): kinds of a classification, a tally; a question (分别是什么) no gloss.
_DIVIDED = re.compile(r"(?:分为|分為|分成|划分为|劃分為)[ \t\u3000]*$")
_ASKED = re.compile(r"(?:什么|什麼|哪些|哪几|哪幾|何)")
_SENTENCE_END = re.compile(r"[。！？!?]")
# How far back the name may run over words before the count (上海五大新城).
_NAME_BEFORE = 4


def counted_wholes(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each counted whole listed by 分别为/分别是 (:data:`_COUNTED`) on a free line, its gloss the list
    to the sentence's end (none when the page cuts the sentence). The caller leaves the line free: the sentences around the
    list are other passes' (``一桥,即…;一线,即…。打造三个基地,分别为…。``).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = "打造三个基地,分别为出口产品制造加工基地、商品集散贸易基地。\\n该期刊登三篇专题文章,分别为「港口货物统计」等。\\n"
    >>> [(e.term, e.definition) for _, e in counted_wholes(_lines(page), [True] * 3)]
    [('三个基地', '分别为出口产品制造加工基地、商品集散贸易基地。')]
    """
    page = "".join(line.raw for line in lines)
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        for m in _COUNTED.finditer(line.raw):
            if _NOT_A_NAME.search(m.group("noun")) or _DIVIDED.search(line.raw, 0, m.start()) or _ASKED.match(line.raw, m.end()):
                continue
            stop = _SENTENCE_END.search(line.raw, m.end())
            if stop is None:
                continue  # …着重打造六大产业聚集区,分别为制造加工产业聚集区、…: cut by the page
            definition = line.raw[m.start("marker") : stop.end()]
            if len(definition) < _MIN_GLOSS:
                continue
            start = _named_from(line.raw, m.start("term"), m.group("term"), page)
            yield line.index, Found(line.raw[start : m.end("term")], definition, line.raw[start : stop.end()], line.index + 1, line.start + start, line.start + stop.end())


def _named_from(raw: str, start: int, term: str, page: str) -> int:
    """Where the whole's name starts: back over up to four characters before the count when the page writes that longer
    name twice at least (上海五大新城分别是… under 上海五大新城在哪里?), else at the count."""
    best = start
    for back in range(1, _NAME_BEFORE + 1):
        at = start - back
        if at < 0 or not "\u4e00" <= raw[at] <= "\u9fff":
            break
        if page.count(raw[at : start] + term) >= 2:
            best = at
    return best


# One clause of a zones series: a clause start, a short name ending in a spatial head noun, 为. The name must not end in a
# verb of division (襄阳都市圈分为…: the head noun list keeps it out).
_ZONE = re.compile(
    r"(?:^|(?<=[,，。；;:：]))[ \t\u3000]*(?:其中[,，]?[ \t\u3000]*)?"
    # (not the frame 以…为, 以中心城区为核心的高新技术板块, P2165: its 以 opens no zone's name)
    r"(?P<term>(?:(?!以)[\u4e00-\u9fff]){1,5}(?P<head>(?<!地)[区區]|[线線带帶圈片轴軸廊园園城]))(?P<marker>为|為)(?![0-9０-９]|[零〇一二三四五六七八九十两兩百千]+[万萬亿億千百十]?[人户戶家元倍成%％])"
)
# (以中心城区为核心,以新区为引领: the frame 以A为B, a plan's priorities, no zones glossed; a name holds no 以; 城区为五十二万人: a
# figure in words is a figure; review 46)
# (豪雨特報地區為南投縣、雲林縣、台南市;大雨特報地區為新竹縣、…, P2880, a news item on a weather advisory: 地区/地區 is the
# plain word for "area", the places something holds for today, no zone a plan names and glosses; 核心区, 辐射带动区 are zones)


def zones_in_turn(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each zone of a free paragraph glossing two zones or more of one head noun in turn by 为
    (:data:`_ZONE`), each gloss up to the next zone's clause, the last to the paragraph's end.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = "其中,藍線為湖區界限,綠線為湖區界限外延15米。按照規定,…。\\n"
    >>> [(e.term, e.definition) for _, e in zones_in_turn(_lines(page), [True, True])]
    [('藍線', '為湖區界限'), ('綠線', '為湖區界限外延15米。按照規定,…。')]
    >>> list(zones_in_turn(_lines("国土面积为1.97万平方公里,核心区为中心城区。\\n"), [True, True]))
    []
    >>> list(zones_in_turn(_lines("豪雨特報地區為南投縣、雲林縣;大雨特報地區為新竹縣、苗栗縣。\\n"), [True, True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        zones = list(_ZONE.finditer(line.raw))
        heads = [m.group("head") for m in zones]
        series = [m for m in zones if heads.count(m.group("head")) >= 2]
        if len(series) < 2 or any(_FOR_SOMEONE.match(line.raw, m.start("marker")) for m in series):
            continue  # (示范区为全国提供了经验,先行区为全省探索了新路: what each does for someone, no zones glossed)
        end = len(line.raw.rstrip(_SPACE))
        for m, nxt in zip(series, [*series[1:], None]):
            stop = nxt.start("term") if nxt is not None else end
            definition = line.raw[m.start("marker") : stop].rstrip(_SPACE).rstrip(",，").rstrip(_SPACE)
            if nxt is not None and definition.endswith("其中"):
                definition = definition[: -len("其中")].rstrip(_SPACE + ",，")
            yield line.index, Found(m.group("term"), definition, line.raw[m.start("term") : m.start("marker")] + definition,
                                    line.index + 1, line.start + m.start("term"), line.start + m.start("marker") + len(definition))
