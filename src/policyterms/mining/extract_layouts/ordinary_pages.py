"""What ordinary pages say that only looks like a definition: news, notices, speeches and reports a user runs ``extract``
or ``annotate`` over although they explain no term. Each test here is a feature a page's sentence has and a glossary's
definition lacks, so a reader narrows its rule with one call and the definitions it was written for stay:

* :func:`reported_speech` — Hong Kong, Macao and Taiwan news use a bare 指 as a verb of saying (``消息指,政府將…``,
  ``有人指當局…``, ``對於有謠言指…``, ``李家超被問及時,指事件…``), and 指控, 指責 accuse; none opens a definition;
* :func:`figures_list` — a report's label with its figures after a colon (``“八个增长”:国内生产总值19.5亿元,
  增长15.6%;…``, ``“三新”经济增加值:全年…亿元,增长8.5%;…``) lists results, it defines nothing;
* :func:`dashed_subtitle` — a news title's subtitle line (``总理发出的“安民告示”`` / ``——来自总理记者会上的瞬间聚焦``)
  is no explanation of the title;
* :func:`news_event` — a news item's sub-heading over its report of what will happen when (``澳廣視網站直播`` /
  ``澳廣視屬下電視台…將會現場直播…``) is no headword over its explanation;
* :func:`news_dateline` — a line of a date and a clock time (``2021-12-23 13:40:00``) stands under a news page's
  channel label or title (``新聞``), which is then no headword over the headline and lead below it;
* :func:`speaker_turn` — a television news transcript sets each interviewee's words after their title and name
  (``中国社科院生态文明研究所…副主任 丛晓男:再有就是新兴固废。…``): a turn of the interview, no part of the explanation the
  reporter's paragraph above it gives;
* :func:`colon_series_split` — two quoted terms glossed ``“X”:即…;“Y”:即…`` on one line are two entries, not one
  running over the other; a colon line of figures is none.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _SPACE, DEFINING_ZHI, Found, _good_term

# Who is reported as saying something: after 有, someone, a rumour or a view (有人指…, 有意見指…, 有謠言指…), also after a
# preposition (對於有謠言指…); a pronoun (他指…). A bare noun (消息, 報道, 謠言) may be a glossary's word (消息指以简要的
# 文字…的新闻体裁, 谣言指没有事实根据的传言): only a comma after its 指 (消息指,…) tells the verb of saying.
_SOURCE = r"他|她|他們|他们|她們|她们|對方|对方"
_SOMEONE = (
    r"人|人士|意見|意见|評論|评论|分析|聲音|声音|說法|说法|網民|网民|市民|議員|议员|專家|专家|學者|学者|業界|业界"
    r"|傳言|传言|謠言|谣言|傳聞|传闻|消息|報道|报道|報導|报导"
)
_REPORTING_SUBJECT = re.compile(
    rf"(?:(?:對於|对于|關於|关于|針對|针对)[\s\u3000]*)?(?:有(?:{_SOMEONE})|{_SOURCE})"
)
# A speaker's frame ending in when they were asked or spoke (李家超被問及時,指…, 他回應時指…): a clause, no term.
_WHEN_ASKED = re.compile(
    r"(?:被?(?:問及|问及|問到|问到|詢及|询及|追問|追问)|談及|谈及|談到|谈到|提及|提到|回應|回应|回答|表示|發言|发言)"
    r"[^,，。；;:：]{0,10}?(?:時|时)$"
)
# Someone issuing a statement, then a comma before 指 (澳洲駐台辨事處發表聲明,指…, P646; 警方發出新聞稿,指…): what the
# statement says, no definition; a bare 声明 (声明,指…的文书) may be the glossary's word, so the verb of issuing is needed.
_ISSUED_STATEMENT = re.compile(
    r"\S(?:發表|发表|發出|发出|發布|发布|作出|刊登)了?(?:一份|一則|一则|一篇)?(?:聲明|声明|新聞稿|新闻稿|公告|文告|回應|回应)$"
)
# 指控 and 指責 accuse (…就黎智英案的干預和不實指控, 指責…); 指控制 is 指 before 控制.
_ACCUSES = re.compile(r"指(?:控(?!制)|[责責摘])")


def reported_speech(term: str, text: str, at: int, numbered: bool = False) -> bool:
    """Whether the bare 指 at ``text[at]`` after ``term`` says who said what, no definition marker. ``numbered``: ``text``
    is a numbered item's body (its number cut off), so a term opening it is the item's headword.

    >>> reported_speech("消息", "消息指,政府將設每日記者會。", 2), reported_speech("有人", "有人指當局反應太慢。", 2)
    (True, True)
    >>> reported_speech("消息", "消息指以简要的文字迅速报道新闻事实的一种新闻体裁。", 2)
    False
    >>> reported_speech("對於有謠言", "對於有謠言指因應疫情…", 5), reported_speech("李家超被問及時", "李家超被問及時,指事件…", 8)
    (True, True)
    >>> reported_speech("澳洲駐台辨事處發表聲明", "澳洲駐台辨事處發表聲明,指「For Industry Use」的industry,在此是指「產業」", 12)
    True
    >>> reported_speech("声明", "声明,指国家机关或团体就某一问题公开表明立场的文书。", 3)
    False
    >>> reported_speech("三农", "三农指农业、农村、农民。", 2), reported_speech("风险管控", "风险管控指控制风险的措施。", 4)
    (False, False)
    >>> reported_speech("“三公”经费", "“三公”经费指,因公出国(境)费、公务接待费。", 6, numbered=True)
    False
    """
    if not text.startswith("指", at) or text.startswith("指的是", at) or text[at - 1 : at] in ("是", "系", "係"):
        return False
    if _ACCUSES.match(text, at):
        return True
    if text[at + 1 : at + 2] in (",", "，"):
        # 消息指,…, 當局指,…: who said it; but a numbered item's headword (1.“三公”经费指,因公出国(境)费、…) is defined
        head = text[:at].strip(_SPACE)
        return not (numbered and re.fullmatch(r"[^,，。；;:：!?！？\n]{2,24}", head) and not re.fullmatch(_SOMEONE, head))
    core = strip_pinyin(term).strip(_SPACE).rstrip(",，")
    if text[:at].rstrip(_SPACE)[-1:] in (",", "，") and _ISSUED_STATEMENT.search(core):
        return True  # 澳洲駐台辨事處發表聲明,指「For Industry Use」的industry…: what the statement said
    return bool(_REPORTING_SUBJECT.fullmatch(core) or _WHEN_ASKED.search(core))


# A result clause: an amount or a rate with its change (19.5亿元, 增长15.6%, 下降2个百分点, 达到30家).
_FIGURE = re.compile(r"\d")
_CHANGE = re.compile(r"(?:增长|增長|下降|增加|减少|減少|提高|降低|上升|回落|突破|达到|達到|完成)[^,，；;。]{0,6}\d|\d[^,，；;。]{0,6}%")


def figures_list(definition: str) -> bool:
    """Whether ``definition`` is only a list of figures and their changes, three clauses at least: a report's results
    under a quoted label (``“八个增长”:国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%;…``), no definition.

    >>> figures_list("国内生产总值19.5亿元,增长15.6%;固定资产投资33.6亿元,增长55%;地方财政收入8188万元,增长32.3%。")
    True
    >>> figures_list("指年主营业务收入2000万元及以上的工业法人单位。"), figures_list("即村党支部委员会提议、村“两委”会议商议。")
    (False, False)
    """
    items = [item for item in re.split(r"[；;。]", definition) if item.strip(_SPACE)]
    if len(items) < 3:
        return False
    return all(_FIGURE.search(item) and _CHANGE.search(item) for item in items)


# A subtitle line under a title: a dash, then words without a sentence's end (——来自总理记者会上的瞬间聚焦).
_SUBTITLE = re.compile(r"[\s\u3000]*(?:——|—|－－|--)[^。！？!?]{2,40}")


def dashed_subtitle(first: str) -> bool:
    """Whether the first line under a headword line is a dashed subtitle: the line above is a news title.

    >>> dashed_subtitle("——来自总理记者会上的瞬间聚焦"), dashed_subtitle("——指以数字技术为核心驱动力的经济形态。")
    (True, False)
    """
    return bool(_SUBTITLE.fullmatch(strip_pinyin(first).strip(_SPACE)))


# A news report of an event: a time of the news (今日, 明日, 近日, 近一周来 …) or what will be done (將會, 将于 …),
# or a scene set at the moment of the news (盛夏来临,正当有些人忧心问题肉之时,…, P655's weekly column of hot words).
_NEWS_TIME = re.compile(
    r"今日|今天|明日|明天|昨日|昨天|日前|近日|前日|本週|本周|下週|下周|將會|将会|將於|将于|將在|将在"
    r"|近一[周週]|这一[周週]|這一[週周]|上[周週]|正[当當][^，,。；;]{1,20}(?:之时|之時|之际|之際|的时候|的時候)"
    # a report opening on what happened lately (最近二代張慕童…在社交平台說…, P640's column under its sub-heading)
    r"|^(?:最近|近来|近來|近期)"
)
# What glosses a word inside news about it (近日,“躺平”一词走红,指…; …被网友用来形容…): such a paragraph explains.
_GLOSS_WORD = re.compile(
    rf"{DEFINING_ZHI}|用来|用來|形容|比喻|意思|意为|意為|意指|含义|含義|泛指|特指|代称|代稱|简称|簡稱|又称|又稱"
)


def news_event(explanation: str) -> bool:
    """Whether an explanation's first sentence reports an event of the news (a time of the news, or what will be
    done) and glosses no word, so it explains no headword line above it.

    >>> news_event("澳廣視屬下電視台將會現場直播施政報告發表情況。"), news_event("指以数据资源为关键要素的经济形态。")
    (True, False)
    >>> news_event("近日,“躺平”一词在网络走红,指年轻人不再努力、选择低欲望生活的态度。")
    False
    >>> news_event("近一周来,乌克兰空难事件惊魂未定,台湾复兴航空航班迫降失事,还没回过神,阿尔及利亚航空一架客机已坠毁。")
    True
    >>> news_event("最近二代張慕童(張智霖和袁詠儀的兒子)在社交平台說自己不在中國,卻上載一張香港中環摩天輪拍攝的照片。")
    True
    >>> news_event("最近流行的网络用语,指年轻人不再努力的态度。"), news_event("最终消费支出是指常住单位在一定时期内…的支出。")
    (False, False)
    >>> news_event("盛夏来临,正当有些人忧心问题肉之时,曝出安全危机的却不是小摊贩,而是高大上的“洋”字号巨头——上海福喜公司。")
    True
    """
    first = re.split(r"(?<=[。！？!?])", strip_pinyin(explanation).strip(_SPACE), maxsplit=1)[0]
    return bool(_NEWS_TIME.search(first)) and not _GLOSS_WORD.search(first)


# A date and a clock time, alone on a line (2021-12-23 13:40:00, 2021年12月23日 13:40): a news item's time stamp.
_DATELINE = re.compile(r"(?:19|20)\d\d[-/年.]\d{1,2}[-/月.]\d{1,2}日?[\s\u3000]+\d{1,2}:\d\d(?::\d\d)?")


# A speaker's turn in a news transcript: up to forty characters of the speaker's body and title, closing on a title word, a
# space, a name of two to four characters and the colon (中国社科院…研究室副主任 丛晓男:, 记者 王磊:, 村民 李大爷:). A
# glossary's colon line has no space between its label and the colon, and a title word closes no term.
_SPEAKER_TURN = re.compile(
    r"[\s\u3000]*[^,，。；;:：!！?？\s\u3000]{0,40}"
    r"(?:主任|主席|部长|部長|局长|局長|院长|院長|所长|所長|处长|處長|书记|書記|教授|研究员|研究員|专家|專家|负责人|負責人"
    r"|经理|經理|董事长|董事長|总裁|總裁|总监|總監|记者|記者|主持人|市民|村民|居民|代表|委员|委員|工作人员|工作人員|校长|校長|医生|醫生)"
    r"[ \u3000]+[\u4e00-\u9fff]{2,4}[:：]"
)


def speaker_turn(line: str) -> bool:
    """Whether ``line`` opens with an interviewee's title and name before a colon (``_SPEAKER_TURN``), a transcript's turn.

    >>> speaker_turn("中国社科院生态文明研究所资源与环境经济研究室副主任 丛晓男:再有就是新兴固废。"), speaker_turn("记者 王磊:现在是…")
    (True, True)
    >>> speaker_turn("固体废物:指在生产、生活中产生的…"), speaker_turn("研究员:指从事研究工作的人员。")
    (False, False)
    """
    return _SPEAKER_TURN.match(line) is not None


def news_dateline(line: str) -> bool:
    """Whether ``line`` is only a news item's time stamp, a date and a clock time (``2021-12-23 13:40:00``): a line above
    it is the page's channel label or title (``新聞``, P640), no headword over the headline and lead below it.

    >>> news_dateline("2021-12-23 13:40:00"), news_dateline("2021年12月23日 13:40"), news_dateline("2021-12-23")
    (True, True, False)
    >>> news_dateline("发布时间:2021-12-23 13:40:00")
    False
    """
    return bool(_DATELINE.fullmatch(strip_pinyin(line).strip(_SPACE)))


# The next quoted term glossed after a semicolon on the same line: ;“两公开”:即… / ；“Y”：是指…
_NEXT_COLON_GLOSS = re.compile(r"[；;][\s\u3000]*([“「][^“”「」,，。；;:：]{1,16}[”」])[\s\u3000]*[:：][\s\u3000]*(?=即|是指|指)")


def colon_series_split(unit, entry: Found) -> list[Found]:
    """A colon entry as an ordinary page's line reads: none when it lists figures (``“三新”经济增加值:全年1234.5亿元,
    增长8.5%;…``, :func:`figures_list`); else ``“四议”:即…;“两公开”:即…。`` read as one colon entry gives each quoted
    term after a semicolon, a colon and 即 or 指 an entry of its own, ending the one before. ``unit`` is the note or
    line the entry was read from (its ``text``, and ``at`` giving a page offset).

    >>> from types import SimpleNamespace
    >>> line = "“四议”:即提议、商议;“两公开”:即决议公开。"
    >>> e = Found("“四议”", "即提议、商议;“两公开”:即决议公开。", line, 1, 0, len(line))
    >>> [(f.term, f.definition) for f in colon_series_split(SimpleNamespace(text=line, at=lambda k: k), e)]
    [('“四议”', '即提议、商议'), ('“两公开”', '即决议公开。')]
    """
    if figures_list(entry.definition):
        return []
    text, definition = unit.text, entry.definition
    base = text.find(definition)  # where the definition stands in the unit's text and in the entry's quote
    in_quote = entry.quote.find(definition)
    if base < 0 or in_quote < 0:
        return [entry]
    out = []
    term, start, quote_head, k = entry.term, entry.start, entry.quote[:in_quote], 0
    for inner in _NEXT_COLON_GLOSS.finditer(definition):  # one scan of the line: reading stays linear
        if not _good_term(inner.group(1)):
            continue
        out.append(Found(term, definition[k : inner.start()], (quote_head + definition[k : inner.start()]).rstrip(_SPACE), entry.line, start, unit.at(base + inner.start())))
        term, start, quote_head, k = inner.group(1), unit.at(base + inner.start(1)), definition[inner.start(1) : inner.end()], inner.end()
    if not out:
        return [entry]
    out.append(Found(term, definition[k:], (quote_head + definition[k:]).rstrip(_SPACE + "|"), entry.line, start, entry.end))
    return out
