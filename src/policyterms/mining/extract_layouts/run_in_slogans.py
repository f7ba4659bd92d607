"""Quoted slogans glossed run-in right after their quotation marks, in running prose (the prose pass reads them through
these patterns): a counted slogan spelled out by 即 or a colon (``…打好“三大攻坚战”,即…``, P1140; ``…凸显“三个为主”:…;…;…。``,
P1179; a mojibake copy's ``…建设“六個區”?!傲鶄€區”即…``, P1143), also after the features it names or the standard work is
done to (``呈现出“三多三少”的特征,即,…``, P2203; ``按照…“十无”标准进行巡查,即…``, P2206; ``按照“2N”的标准进行赔偿,即…``, P2083), a task named by its verb and a counted slogan before ``,指``
(``推进“两个一体化”,指…``, P1175), a quoted piece of a word just named glossed by 就是 (``…稳中求进的工作总基调,“进”就是发展,…``,
P1146), a clause restating a word its sentence just quoted (``…浮現「中三角」,其實中三角指的是…``, P1189) and a quoted word
granted its sense in a concession (``虽然‘通衢’一词泛指…,但…``, P1186). Each narrows itself so that a polemic's quoted word
(``“国际专政”即…``, ``“民主派”就是“走资派”``) and slogans opening their own sentences (the series readers') give nothing here."""

from __future__ import annotations

import re

from collections.abc import Iterator

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import DEFINING_ZHI, _MARKER, _SPACE, Found, MarkerGroup, _L  # noqa: F401 (_MARKER: the doctests)

__all__ = [
    "BUT_CLAUSE",
    "COUNTED_QUOTED_JI",
    "GRANTED_WORD",
    "QUOTED_PIECE",
    "RESTATED_CLAUSE",
    "TASK_SLOGAN",
    "counted_list_closes",
    "counted_quoted_ji",
    "slogan_glossed_inside",
    "quoted_piece_glossed",
    "quoted_jiushi_sentences",
]

# (a demonstrative before the slogan says which thing is meant: …那个“独立王国”，即旧北京市委, the ninth congress)
_POINTING = re.compile(r"那个|那個|这个|這個|那种|那種|这种|這種|那些|这些|這些")
# A counted slogan in quotation marks (a numeral opening it: “三大攻坚战”, “六个区”, “三项政策、一项改革”) glossed right
# after its quotes by 即, a comma or none between, anywhere in a sentence (第三是提出打好“三大攻坚战”,即打好防范化解重大风险、
# 精准脱贫、污染防治的攻坚战。, P1140; the 2003 report's “三项政策、一项改革”，即按保护价敞开收购…): the writer stops to spell
# out the count, an entry from 即. A mojibake copy that lost the stop and the opening mark of the slogan restated after it
# (…建设“六個區”?!傲鶄€區”即西部地區…, P1143) glosses the clean mention before the ?!. Not a word that is no count
# (“国际专政”即对各国人民专政, the ninth congress: a polemic's gloss of the enemy's word), nor 即使/即将/即可.
_COUNT = r"(?:[一二三四五六七八九十两兩]|\d{1,3})"
# A light verb and the work done by a standard (进行巡查, 开展检查), closing its clause before the comma.
_LIGHT_VERB_WORK = r"(?:进行|進行|开展|開展|实施|實施|实行|實行)[\u4e00-\u9fff]{1,4}(?=[\s\u3000]*[,，])"
_SEMICOLON = re.compile(r"[;；]")
# Another quoted slogan joined to this one right before it (改革重点围绕“一个核心”和“两个优化”,即以信息披露为核心、优化发行上市
# 条件和流程、优化市场化交易机制,…, P2306, a research institute's explainer): the 即 clause spells out both counts together, so it
# glosses neither alone — the last slogan's entry would hold the first one's member.
_JOINED_BEFORE = re.compile(r"[”」][\s\u3000]*(?:和|与|與|及|以及|、|同)[\s\u3000]*$")
COUNTED_QUOTED_JI = re.compile(
    rf"(?P<term>[“「]{_COUNT}[^“”「」,，。；;:：?？!！]{{1,20}}[”」]"
    # (the slogan as a standard worked to, a light verb and its work closing the clause before the comma: 按照…提出的“十无”标准进行
    # 巡查,即无私搭乱建、…, P2206: the standard's noun is part of the term, the work done by it is not)
    rf"(?:(?:标准|標準|原则|原則)(?={_LIGHT_VERB_WORK})"
    # (or a noun of the name's own before a colon, P2187's “三變”改革: below)
    rf"|[\u4e00-\u9fff]{{1,4}}(?=[:：]))?)"
    r"(?:\?!(?P<lost>[^“”「」,，。；;:：\s\u3000]{1,24})[”」])?"
    # (the slogan's requirements or contents named before the comma: 提出了扶贫开发工作“六个精准”的基本要求,即扶持对象精准、…, P1324;
    # or the features it names, 呈现出“三多三少”的特征,即,…, P2203: what the count holds, spelled out, the 的 phrase no part of the term)
    r"(?:的(?:基本|主要|具体|具體)?(?:要求|内容|內容|特征|特徵|特点|特點)(?=[\s\u3000]*[,，])"
    # (or the standard it sets, worked to: 需要按照“2N”的标准进行赔偿,即支付经济补偿的两倍。, P2083: after 的 no part of the term)
    rf"|的(?:标准|標準|原则|原則)(?={_LIGHT_VERB_WORK}))?"
    rf"(?:(?<=[准準则則]){_LIGHT_VERB_WORK})?"
    r"[\s\u3000]*[,，]?[\s\u3000]*"
    r"(?:[:：][\s\u3000]*)?(?P<marker>即(?![使便将將刻时時可日])|[:：](?![\s\u3000]*[“「]))"
)
# (a noun after the quotes before a colon is the name's own, its clauses run on with semicolons: 六盤水市2014年開始探索“三變”改革:
# 村集體將…盤活;…;農民自願將…入股到經營主體,參與分紅成為股東。, P2187, a press copy: the term “三變”改革, from after the colon)
# (or by a colon and its content: 深圳的产业结构凸显“三个为主”:经济增量以新兴产业为主,…;工业以先进制造业为主,…;三产以…为主,…。,
# P1179, the definition opening after the colon)

# A task named by its verb and a counted slogan, set off by a comma before 指 (推进“两个一体化”,指加快城市空间拓展与优化,…。
# 建设“两大基地,五大中心”,指通过…, P1175, a party secretary's slogans explained one by one): the task is the term, verb and
# all, as the golds keep a glossed phrase's verb (负责“米袋子”). Not a quoted word inside other words (着力解决“三老”问题,是指…).
TASK_SLOGAN = re.compile(rf"[\u4e00-\u9fff]{{2}}[“「]{_COUNT}[^“”「」]{{1,20}}[”」]")
# A clause restating a word its sentence has just named in quotation marks, with a strong marker (很早之前東邊就有長三角、…
# 經過漫長發展中部將浮現「中三角」,其實中三角指的是以武漢為中心的大都市圈,…, P1189): an entry of the word from the marker, a
# leading 其实 left out; the subject too far from the marker for the sentence's own reading.
RESTATED_CLAUSE = re.compile(
    r"[,，][\s\u3000]*(?:其实|其實|意思是|意思就是)?(?P<term>[^\s\u3000,，。；;:：、“”「」‘’()（）]{2,8}?)"
    r"(?P<marker>指的是|是指(?![导導挥揮])|即(?![使便将將刻时時可日])(?=[\s\u3000]*[“「]))"
)
# (a name's meaning after 意思是, its quoted gloss after 即: …因名之曰‘成都’”,意思是成都即 “成为都城”,这种说法…, P1177)
# A quoted word granted its sense in a concession (一位市民激动地说:“虽然‘通衢’一词泛指四通八达的道路,如武汉有九省通衢、洛阳有
# 十省通衢之称,但真正将衢字用于地名、…的,只有我们通衢之州——衢州了。”, P1186): 虽然/尽管 (and an opening quotation mark)
# and 一词 are no part of the word, and its gloss ends before the comma and 但 that turn to the speaker's point.
GRANTED_WORD = re.compile(
    r"[“「]?(?:虽然|雖然|尽管|儘管)[\s\u3000]*(?P<term>[‘“「『][^‘’“”「」『』]{1,12}[’”」』])(?:一词|一詞|这个词|這個詞|二字)?"
)
BUT_CLAUSE = re.compile(r"[,，][\s\u3000]*(?:但|但是|可是|却|卻)")
# A quoted piece of a word the sentence has just named, glossed after a comma by 就是, 即 or 指 (…政府工作报告中提到今年要坚持稳中
# 求进的工作总基调,“进”就是发展,但发展不能是单一的,…。, P1146, a deputy's remark): the speaker stops to say what one character of
# the slogan means, an entry from the marker to the end of the sentence.
QUOTED_PIECE = re.compile(
    r"(?P<before>[^。！？!?；;]{4,80})[,，][\s\u3000]*(?P<term>[“「](?P<piece>[\u4e00-\u9fff]{1,2})[”」])[\s\u3000]*[,，]?[\s\u3000]*"
    rf"(?P<marker>就是|即(?![使便将將刻时時可日])|{DEFINING_ZHI})"
)


def quoted_piece_glossed(text: str) -> re.Match[str] | None:
    """The quoted piece glossed in ``text`` (:data:`QUOTED_PIECE`) when the word holding it stands in the clauses before, the
    piece no word of its own there (稳中求进 holds 进); None otherwise (“民主派”就是“走资派”: a whole word, a polemic).

    >>> quoted_piece_glossed("他说,今年要坚持稳中求进的工作总基调,“进”就是发展,但发展不能是单一的。").group("term")
    '“进”'
    >>> quoted_piece_glossed("公开抛出了老干部是“民主派”，“民主派”就是“走资派”的反革命政治纲领") is None
    True
    """
    found = QUOTED_PIECE.match(text)
    if found is None or len(text[found.end() :].strip(_SPACE + "。")) < 2:
        return None
    piece, before = found.group("piece"), re.sub(r"[“「][^“”「」]*[”」]", "", found.group("before"))
    return found if re.search(rf"[\u4e00-\u9fff]{piece}|{piece}[\u4e00-\u9fff]", before) else None


def counted_quoted_ji(text: str, marker: re.Match[str] | MarkerGroup | None) -> re.Match[str] | None:
    """The counted slogan glossed by 即 in ``text`` (:data:`COUNTED_QUOTED_JI`), when the sentence has no marker of its own
    before it but an ordinal's 是 (第三是…, 一是…); None otherwise.

    >>> counted_quoted_ji("第三是提出打好“三大攻坚战”,即打好防范化解重大风险的攻坚战。", _MARKER.search("第三是")).group("term")
    '“三大攻坚战”'
    >>> counted_quoted_ji("建设“六個區”?!傲鶄€區”即西部地區高質量發展先行區、內陸開放國際合作引領區。", None).group("term")
    '“六個區”'
    >>> counted_quoted_ji("他就对你实行“国际专政”即对各国人民专政", None) is None
    True
    """
    found = COUNTED_QUOTED_JI.search(text)
    if found is not None and not text[: found.start()].strip(_SPACE):
        return None  # “一圈”即…;“一带”即…: a slogan opening its sentence is the series readers' (clauses, ji_series)
    if found is None or len(strip_pinyin(text[found.end() :]).strip(_SPACE + "。:：")) < 8 or _POINTING.search(text[: found.start()]):
        return None
    if _JOINED_BEFORE.search(text, 0, found.start()):
        return None  # 围绕“一个核心”和“两个优化”,即以…为核心、优化…、优化…: both glossed together, no gloss of the last alone (P2306)
    after = text[found.end() :]
    if found.group("marker") in ":：" and not (
        text.rstrip(_SPACE).endswith((";", "；")) or len(_SEMICOLON.findall(after)) >= 2 or counted_list_closes(found, after)
    ):
        return None  # (a colon opens a list of clauses run on with semicolons only: “三个实”:数字实、事例实、成果实,做到…, 58)
    lost = found.group("lost")
    if lost is not None and strip_pinyin(lost)[-1:] != strip_pinyin(found.group("term"))[-2:-1]:
        return None  # (the mojibake keeps the restated slogan's last character: 傲鶄€區 for 六個區)
    if marker is not None and marker.start() < found.start() and not re.fullmatch(r"第?[一二三四五六七八九十]+", text[: marker.start()].strip(_SPACE)):
        return None
    return found


# A colon's list of short members joined by 、 and closed by the sentence's stop, nothing after it (首次提出“六稳”:稳就业、稳金融、
# 稳外贸、稳外资、稳投资、稳预期。, P2283): with as many members as the slogan counts, the list is what the slogan stands for.
_COLON_LIST = re.compile(r"[\s\u3000]*(?P<list>[^,，。；;:：、“”「」\s\u3000]{1,16}(?:、[^,，。；;:：、“”「」\s\u3000]{1,16})+)[\s\u3000]*[。！!]?[\s\u3000]*")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def counted_list_closes(found: re.Match[str], after: str) -> bool:
    """Whether a counted slogan's colon is followed by a 、 list of exactly as many short members as the slogan's numeral
    counts, closing the sentence (“六稳”:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。, P2283, a commentary naming the
    slogans as they were first put forward). A list going on after a comma (力求做到“三个实”:数字实、事例实、成果实,做到文风
    朴实,…, 58: the aims the report kept to) or one whose length is not the count (“三个实”:…、…) is a sentence's object, no gloss;
    a word between the quotes and the colon (按项目建设顺序来看,“七个一批”依次为:谋划一批、…, 73) leads into a glossary of the
    members, which the page glosses one by one.

    >>> found = COUNTED_QUOTED_JI.search("首次提出“六稳”:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。")
    >>> counted_list_closes(found, "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。")
    True
    >>> counted_list_closes(COUNTED_QUOTED_JI.search("做到“三个实”:数字实、事例实、成果实,做到文风朴实"), "数字实、事例实、成果实,做到文风朴实")
    False
    """
    listed = _COLON_LIST.fullmatch(after)
    numeral = found.group("term")[1:2]
    count = _NUMERALS.get(numeral) or (int(numeral) if numeral.isdigit() else 0)
    # (the colon right after the quotes: a word between, “七个一批”依次为:…, 73, is the intro of a glossary of the members)
    return listed is not None and found.group("term")[-1:] in "”」" and found.group("term")[2:3] not in _NUMERALS and not found.group("term")[2:3].isdigit() and len(listed.group("list").split("、")) == count


def slogan_glossed_inside(definition: str) -> tuple[str, str] | None:
    """``(slogan, its gloss from 即)`` when a definition, after its own marker, names a counted slogan and spells it out by
    即 (``是指打造“两城两都两高地”,即智车之城、软件名城、…等六张广州智造新名片。``, P2163, an item of a numbered matrix): the
    slogan has an entry of its own beside the item's, its gloss from 即 to the definition's end. None when the slogan opens
    the definition (its own entry) or when it is no count (:data:`COUNTED_QUOTED_JI`).

    >>> slogan_glossed_inside("是指打造“两城两都两高地”,即智车之城、软件名城、显示之都等六张新名片。")
    ('“两城两都两高地”', '即智车之城、软件名城、显示之都等六张新名片。')
    >>> slogan_glossed_inside("“三大攻坚战”,即打好防范化解重大风险的攻坚战。") is None, slogan_glossed_inside("是指实行“国际专政”即对各国人民专政。")
    (True, None)
    """
    found = COUNTED_QUOTED_JI.search(definition)
    if found is None or found.group("marker") in ":：" or not definition[: found.start()].strip(_SPACE) or found.group("lost"):
        return None
    gloss = definition[found.start("marker") :].rstrip(_SPACE)
    return (found.group("term"), gloss) if len(strip_pinyin(gloss)) >= 8 else None


# A quoted slogan opening a sentence, a comma, then 就是 (“全域厦门”,就是把厦门全市行政区域范围作为一个…整体,…。, P1923, a
# press feature; “一高”,就是要大力发展实体经济,…; / “二高”,就是要…;, P1917): the writer stops to say what the slogan means.
# Not 就是说 (a restatement of the sentence before).
_QUOTED_JIUSHI = re.compile(
    r"(?:^|(?<=[。！？!?]))[ \t\u3000]*(?P<term>[“「][^“”「」\n,，。；;:：]{2,12}[”」])[,，][ \t\u3000]*(?P<marker>就是(?![说說]))"
)
_CLOSING = _SPACE + ",，;；"


def quoted_jiushi_sentences(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each sentence ``“X”,就是…`` (:data:`_QUOTED_JIUSHI`) on a free line, the quoted slogan as written
    the term, to its sentence's end, or to the paragraph's end where no stop closes it (a closing comma or semicolon dropped:
    the paragraphs of a list run on as one sentence). 就是 being the commonest of copulas,
    the slogan must be one the page names elsewhere too, or the paragraph one of a run of paragraphs glossing slogans so
    (“一高”,就是要…; / “二高”,就是要…;).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "以“全域厦门”理念拓展岛外。跳出厦门岛,建设大厦门。“全域厦门”,就是把全市作为一个整体,统一规划。省委明确提出…。"
    >>> [(e.term, e.definition) for _, e in quoted_jiushi_sentences(_lines(text), [True])]
    [('“全域厦门”', '就是把全市作为一个整体,统一规划。')]
    >>> list(quoted_jiushi_sentences(_lines("他说:“改革”,就是要敢闯敢试。"), [True]))
    []
    """
    text = "\n".join(line.raw for line in lines)
    opening = [bool(not line.blank and (m := _QUOTED_JIUSHI.match(line.raw)) and m.start("term") == len(line.raw) - len(line.raw.lstrip(_SPACE))) for line in lines]
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        for m in _QUOTED_JIUSHI.finditer(line.raw):
            term = m.group("term")
            heads = m.start("term") == len(line.raw) - len(line.raw.lstrip(_SPACE))
            # (opening its paragraph too, the gloss is its sentence: “放管服”,就是简政放权、放管结合、优化服务。近年来,我市持续
            # 深化“放管服”改革,… goes on about the slogan, no part of what it means; a list's paragraph without a stop runs to its end)
            stop = re.search(r"[。！？!?]", line.raw[m.end() :])
            end = m.end() + stop.end() if stop else len(line.raw.rstrip(_CLOSING))
            definition = line.raw[m.start("marker") : end]
            if len(definition) < 8:
                continue
            named = strip_pinyin(text[: line.start + m.start("term")] + text[line.start + m.end("term") :]).count(strip_pinyin(term.strip("“”「」")))
            if not named and not (heads and _in_run(lines, opening, line.index)):
                continue
            yield line.index, Found(term, definition, line.raw[m.start("term") : end], line.index + 1, line.start + m.start("term"), line.start + end)
            break


def _in_run(lines: list[_L], opening: list[bool], index: int) -> bool:
    """Whether the paragraph on ``index`` has a neighbour paragraph (blank lines aside) that opens ``“Y”,就是…`` too."""
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(lines) and lines[k].blank:
            k += step
        if 0 <= k < len(lines) and opening[k]:
            return True
    return False
