"""Where a layout's definition ends: a definition that runs on into the next entry's line is cut
there (:func:`split_run_on`). See :mod:`policyterms.mining.extract_layouts.general` for the
mechanisms together."""

from __future__ import annotations

import heapq
import re
from itertools import islice

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _ADVERB_ALONE, _ANAPHORA, _LABELS, PERIOD_OF_SENSE, Found
from policyterms.mining.extract_layouts.topics import QUOTED_TERM, QUOTE_OPENERS, ROLE_NOUN, term_core, valid_core
from policyterms.mining.extract_layouts.general import SPACES


# A line opening with its own definition: a headword (quoted, or 2–15 characters without punctuation) run
# into 是指/指/系指/即 (年度统计的年末人口数指每年…); not 指派, to assign (由校方指派特定人員每學期定時上傳, P2813: a rule line
# under a headword, who uploads; 指派遣/指派驻 define, as in the marker patterns).
_OPENS_DEFINITION = re.compile(
    rf"(?P<term>{QUOTED_TERM}|[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{{2,15}}?)"
    r"(?P<marker>是指(?![导導挥揮])|系指|係指|指(?![标標数數导導出挥揮引南示令向明日望针針战戰定])(?!派(?![遣驻駐]))|即(?![使便将將刻时時可]))"
)


# A line shaped like a yearbook entry's first line: a headword, spaces and the definition (财政支出 国家财政将…).
_OPENS_SPACED = re.compile(r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/\d]{2,15})[ \u3000]+(?=[^\s\u3000])")


def split_run_on(found: list[Found], text: str) -> list[Found]:
    """Every layout's entries, each ending before a line of its own that opens the next entry, which
    becomes an entry of its own: **a definition runs over its lines up to the next headword**, the one
    rule the gold of every set follows. A layout that joins a paragraph to the entry above (a yearbook
    entry going on over its paragraphs, a note over its continuation lines) can take in the next entry
    when that entry is a line ``Y指…`` (``人口数 指…。`` / ``年度统计的年末人口数指每年…``) or a line shaped
    like the entry's own first line, a headword and spaces at the same indentation (``财政收入 国家…`` …
    ``财政支出 国家财政将…``). Inner sentences (``…。本资料中的出生率指年出生率…``) are never cut: only a
    line's start opens an entry."""
    out: list[Found] = []
    for entry in found:
        parent = _parent_before_items(entry, text, out)
        if parent is not None:
            out.append(parent)
        out.extend(_split_entry(entry, text))
    return out


# A numbered item opening an entry ((1)因公出国(境)费,指…; 1、…; ①…).
_ITEM_NUMBER = re.compile(r"[\s\u3000]*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|[①-⑳])")
# The sentence right before the first item: a parent naming its parts with 包括, after a lead-in naming the rule it
# follows (按照…有关规定,“三公”经费包括A、B和C。), at the start of its line or after a label or a stop.
_PARENT_INCLUDES = re.compile(
    r"(?:^|(?<=[。！？!?:：]))[\s\u3000]*(?:\d{1,2}[、.．])?[\s\u3000]*"
    r"(?:(?:按照|根据|根據|依照|依据|依據)[^,，。；;\n]{2,60}[,，][\s\u3000]*)?"
    rf"(?P<term>{QUOTED_TERM}[^\s\u3000,，。；;:：、“”「」()（）]{{0,6}}|[^\s\u3000,，。；;:：、“”「」()（）]{{2,12}})"
    r"(?P<definition>(?:主要)?包括(?P<parts>[^。！？!?\n:：]{4,200})[。])[\s\u3000]*$"
)
# A subject pointing back or to a year (上述支出, 以上经费, 今年支出, 2023年支出): no term of its own.
_NO_PARENT = re.compile(r"(?:上述|上列|以上|前述|下列|今年|去年|明年|全年|当年|當年|本年|上年|\d{2,4}年)")
_NUMBER_OFF = re.compile(r"^[\s\u3000]*(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|[①-⑳])[\s\u3000]*")


def _parent_before_items(entry: Found, text: str, out: list[Found]) -> Found | None:
    """The first numbered item of a list run into a note (``…,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。
    (1)因公出国(境)费,指…``, 178) follows the sentence naming its parent and the parts the items define: the parent is an
    entry, from 包括 to its full stop (as 164's ``…主要内容包括…两个部分``), when the parts it names hold the item's
    headword. Only the first item (numbered 1) has one, and only when no entry already covers that sentence."""
    number = _ITEM_NUMBER.match(entry.quote)
    if number is None or not re.search(r"[1１①]", number.group()):
        return None
    line_start = _line_start(text, entry.start)
    before = text[max(line_start, entry.start - 400) : entry.start]
    match = _PARENT_INCLUDES.search(before)
    if match is None:
        return None
    item = term_core(strip_pinyin(_NUMBER_OFF.sub("", entry.term)))
    if len(item) < 2 or item not in term_core(match.group("parts")) or not valid_core(term_core(match.group("term")), quoted=True):
        return None
    if _NO_PARENT.match(match.group("term")):
        return None  # 上述支出包括…, 2023年支出包括…: the sums above or a year's, no term
    start = entry.start - len(before) + match.start("term")
    if any(f.start <= start < f.end for f in out):
        return None
    end = entry.start - len(before) + match.end("definition")
    return Found(match.group("term"), match.group("definition"), text[start:end], entry.line, start, end)


def _split_entry(entry: Found, text: str) -> list[Found]:
    items = _run_in_items(entry, text)
    if items:
        return items
    parts: list[Found] = []
    for _ in range(50):  # a bounded number of cuts per entry
        cut = _next_line_entry(entry, text) or _next_clause_entry(entry, text) or _head_clause_entry(entry, text) or _names_sentence_entry(entry, text) or _part_sentence_entry(entry, text)
        if cut is None:
            break
        first, entry = cut
        parts.append(first)
    parts.append(_before_contrast(entry, text))
    return parts


# A clause turning to another quoted word in contrast (…可能指的是某种打击乐器,而“汉语大词典”则让人联想到…, P925).
# Or after a comma 而 opening a clause with a subject of its own and a copula under an adverb of degree or turn (…,當中「三業」是指學業、
# 置業和創業三方面,而協助青年融入大灣區發展更是她的青年政策中的重要焦點, P2426, a Hong Kong column; ,而Y则是…, ,而Y也是…): the
# clause judges something else, no part of the gloss. 而是, 而非, 而不是 (no subject between) go on with the definition.
_CONTRAST = re.compile(
    rf"[,，]{SPACES}*而{SPACES}*(?:(?P<term>{QUOTED_TERM}){SPACES}*(?:则|則)"
    r"|(?P<subject>(?![是非不且又])[^\s\u3000,，。；;:：“”「」()（）]{4,30}?)(?:更是|则是|則是|也是|才是|正是))"
)


def _before_contrast(entry: Found, text: str) -> Found:
    """A headword run into its marker (``“小锣”可能指的是某种打击乐器,而“汉语大词典”则让人联想到…``) ends before a clause
    ``,而“Y”则…`` that turns to another quoted word: what follows speaks of Y, no part of the headword's definition (the
    next term's own definition, ``,而“二绿”则指…``, is a layout's to read). Entries set off by their layout keep it."""
    at = entry.quote.find(entry.term)
    if at < 0 or not entry.definition or not entry.quote[at + len(entry.term) :].startswith(entry.definition[:2]):
        return entry
    match = _CONTRAST.search(entry.definition)
    if match is None or term_core(strip_pinyin(match.group("term") or match.group("subject"))) == term_core(strip_pinyin(entry.term)):
        return entry
    before = entry.definition[: match.start()]
    if before.count("“") != before.count("”") or before.count("(") + before.count("（") != before.count(")") + before.count("）"):
        return entry  # inside quotation marks or brackets
    rest = entry.definition[match.start() :]
    cut = text.find(match.group(), entry.start, entry.end)
    if cut < 0 or not entry.quote.endswith(rest):
        return entry
    return Found(entry.term, before, entry.quote[: len(entry.quote) - len(rest)], entry.line, entry.start, cut)


# Numbered items run into a definition after a lead-in announcing its kinds or parts (…有两种方式:1.划拨资金:…;
# 2.限额拨款:…。): each item is an entry of its own, and the definition ends with its lead-in.
_RUN_IN_ITEM = re.compile(rf"(?P<number>[1-9])[.．、]{SPACES}*(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）]{{2,12}}){SPACES}*[:：]{SPACES}*")
# The separator before a numbered item (…下拨;2.限额拨款:…).
_NEXT_ITEM = re.compile(rf"[;；。]{SPACES}*(?=(?P<number>[1-9])[.．、])")
_ITEM_LEAD_IN = re.compile(r"[:：]" + SPACES + r"*(?=1[.．、])")


def _run_in_items(entry: Found, text: str) -> list[Found]:
    """The entry cut after a lead-in (:data:`~policyterms.mining.extract_layouts.prose._ANNOUNCES_PARTS`) that its
    numbered items follow in the same paragraph, and the items (two at least, numbered 1, 2, …; each to the
    ``;`` before the next, or over the full stop before it, ``…安全保障。2. 信息查询:…``, P2755; the last to its sentence's end); [] when the definition holds none."""
    from policyterms.mining.extract_layouts.prose import _ANNOUNCES_PARTS

    base = entry.end - len(entry.definition)
    if text[base : entry.end] != entry.definition:
        return []
    for lead in _ITEM_LEAD_IN.finditer(entry.definition):
        sentence = re.split(r"[。！？!?；;]", entry.definition[: lead.end()])[-1]
        if not _ANNOUNCES_PARTS.search(sentence.rstrip(" \t\u3000")):
            continue
        items: list[tuple[str, int, int, int]] = []  # (term, start, definition start, end) in the definition
        at = lead.end()
        while (item := _RUN_IN_ITEM.match(entry.definition, at)) and int(item.group("number")) == len(items) + 1:
            number = len(items) + 2
            following = next((m for m in _NEXT_ITEM.finditer(entry.definition, item.end()) if int(m.group("number")) == number), None)
            stop = entry.definition.find("。", item.end())
            if following is not None and (stop < 0 or following.start() <= stop):
                # (a full stop before the next number is the item's own, kept as the last item's is; a semicolon parts them)
                end = following.start() + (entry.definition[following.start()] == "。")
                items.append((item.group("term"), item.start("term"), item.end(), end))
                at = following.end()
                continue
            if stop >= 0:
                items.append((item.group("term"), item.start("term"), item.end(), stop + 1))
            break
        if len(items) < 2:
            continue
        parent = entry.definition[: lead.start() + 1]
        out = [Found(entry.term, parent, text[entry.start : base + len(parent)], entry.line, entry.start, base + len(parent))]
        for term, start, opens, end in items:
            out.append(Found(term, entry.definition[opens:end], entry.definition[start:end], entry.line + text.count("\n", entry.start, base + start), base + start, base + end))
        return out
    return []


# A clause of running prose opening with a headword of its own run into a strong marker (…八个方面,八项举措就是
# 分别针对…): where the definition before it ends. (Whole sentences are the layouts' to split; and a definition goes
# on over the clauses defining the parts it names: 工业总产值又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指….)
_CLAUSE_OPENS = re.compile(
    rf"(?P<sep>[,，;；]){SPACES}*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{2,10}?|[“「][^\s\u3000,，。；;:：“”「」]{1,10}[”」])"
    r"(?P<marker>是指(?![导導挥揮])|就是指|指的是|系指|係指|就是(?![要说說]))"
)


# A sentence opening with a sibling of the headword set off by a comma before 是 (个体工商户分型是指…。个体工商户分类培育,
# 是在…): the sibling's own definition, where the one before it ends. Only a sibling (the headword's first three
# characters or more) counts: a sentence opening with another subject and 是 is the definition going on.
_SENTENCE_OPENS = re.compile(
    rf"(?<=[。！？!?])(?P<sep>){SPACES}*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{4,15}?)"
    r"(?P<marker>[,，]是(?![否不由因为為]))"
)


# A semicolon ending a quoted principle's gloss where the sentence goes on about something else (…辨識;並以…為工作目標),
# a connective opening what follows; before another item of the gloss (…執法檢查人員;抽查情況及查處結果及時向社會公開) no end.
_SEMICOLON = re.compile(r"[;；](?=[ \t\u3000]*(?:並|并|且|同時|同时|此外|另外|亦))")


# A quoted word's strong marker opening its gloss (是指, 係指, 指).
_STRONG_OPENING = re.compile(rf"{SPACES}*(?:是指(?![导導挥揮])|系指|係指|指(?![出导導挥揮标標]))")
# After the semicolon, the gloss itself going on: what it leaves out or takes in, or a second sense (“三公”经费指…;并且不包括
# 会议费。, …;亦指…): no turn to something else.
_GLOSS_GOES_ON = re.compile(r"[ \t\u3000]*(?:並且|并且|並|并|且|亦)[ \t\u3000]*(?:不|也|还|還)?(?:包括|包含|含|指|是指|係指|系指)")


def before_semicolon_turn(term: str, definition: str) -> str:
    """A quoted word's gloss by a strong marker ends at a semicolon after which the sentence turns to something else with
    a connective (``"室內場所"是指…的50%;同時列舉了…的禁煙範圍包括…``, 556: a briefing reporting a law's definition, then what else
    the speaker listed), as a quoted principle run in after another does (``_SEMICOLON``); a gloss going on over its own
    items after a semicolon (``…人員;抽查情況…``) has no connective there and goes on.

    >>> before_semicolon_turn('"室內場所"', "是指設有上蓋的整個空間;同時列舉了禁煙範圍。")
    '是指設有上蓋的整個空間'
    >>> before_semicolon_turn("室內場所", "是指設有上蓋的整個空間;同時列舉了禁煙範圍。")
    '是指設有上蓋的整個空間;同時列舉了禁煙範圍。'
    """
    if not term or term[0] not in QUOTE_OPENERS or not _STRONG_OPENING.match(definition):
        return definition
    semicolon = _SEMICOLON.search(definition)
    if semicolon is None or _GLOSS_GOES_ON.match(definition, semicolon.end()):
        return definition
    return definition[: semicolon.start()]


# A semicolon, then 而 and another quoted word (…,形成消费热点、市场引力与品牌效应;而“首发概念经济”更进一步——它以…, P2737 of dev-98, a
# paper's feature setting a wider word beside its term): the sentence turns to the other word, the gloss before it is whole.
_TURN_TO_QUOTED = re.compile(rf"[;；]{SPACES}*而{SPACES}*[“「](?P<word>[^“”「」,，。；;]{{1,20}})[”」]")


def before_turn_to_quoted(term: str, definition: str) -> str:
    """``definition`` ending before a semicolon after which 而 turns to another quoted word, one that neither holds the
    term nor is held by it (its own gloss or remark follows, no part of the term's).

    >>> before_turn_to_quoted("首发经济", "本质是通过…首次发布,形成消费热点;而“首发概念经济”更进一步。")
    '本质是通过…首次发布,形成消费热点'
    >>> before_turn_to_quoted("首发经济", "本质是通过…首次发布;而“首发经济”的意义在于…。")
    '本质是通过…首次发布;而“首发经济”的意义在于…。'
    """
    turn = _TURN_TO_QUOTED.search(definition)
    if turn is None:
        return definition
    word, own = turn.group("word"), term.strip("“”「」\"' \u3000")
    if not own or own in word and len(word) - len(own) < 2 or word in own:
        return definition
    before = definition[: turn.start()]
    return before if len(before.strip()) >= 4 else definition


# A contrasting clause run in after a comma: 而, the other term (a quoted label and its head noun), 则 and its marker
# (“就业”放射诊断技师是指…的放射诊断技师,而“待业”放射诊断技师则指(a)…): two terms glossed in turn in one sentence, a
# survey's categories; the other term's entry opens at its marker, 而 and 则 no part of either. Only a quoted label
# or a term sharing the headword's last two characters counts: ``…,而这些技师则是…`` speaks of something else.
_CONTRAST_CLAUSE = re.compile(
    rf"(?P<sep>[,，;；]){SPACES}*[而][ \t\u3000]*"
    r"(?P<term>[“「][^\s\u3000“”「」,，。；;]{1,12}[”」][\u4e00-\u9fff]{0,10}?|[\u4e00-\u9fff]{2,10}?)"
    r"(?:[则則])(?P<marker>是指|指的是|指(?![出导導挥揮标標])|是(?![否不在由因为為其]))"
)


# The headword restated in quotation marks after a comma and glossed as a short form (一帶一路是…國際合作平台,是一項…倡議,
# 「一帶一路」是「絲綢之路經濟帶」和「21世紀海上絲綢之路」的簡稱,目前…, P1189): a second gloss of the same word, an entry of its
# own up to the clause's end; the genus gloss before it ends at the comma.
_SHORT_FORM_CLAUSE = re.compile(
    rf"(?P<sep>[,，]){SPACES}*(?P<term>[“「][^\s\u3000“”「」,，。；;]{{2,10}}[”」])(?P<marker>是)"
    r"(?=(?P<gloss>[^。；;,，]{2,60}的(?:简称|簡稱|全称|全稱|缩写|縮寫))(?P<after>[,，。；;]|$))"
)


_POINT_OF_VIEW = re.compile(r"^(?:对于|對於|对|對|关于|關於|从|從|在|按|据|據)|(?:来说|來說|而言|看来|看來|来看|來看|上|中)$")
# A conclusion's connective before the headword restated (因此我们可知亩均税收就是…的比值, P1078): the same term summed up.
_CONCLUDING = re.compile(r"(?:因此|因而|所以|由此|可见|可見|可知|总之|總之|综上|綜上|也就是说|也就是說|换句话说|換句話說)")
# A sentence giving an example (例如, 投资商在…建厂,…,平均一亩的纳税额就是10万块, P1078): its clauses work the example out.
_EXAMPLE_SENTENCE = re.compile(rf"{SPACES}*(?:例如|比如|譬如|举例来说|舉例來說|举个例子|舉個例子|打个比方|打個比方)")


def _contrasted(term: str, own: str) -> bool:
    """Whether a clause's subject after 而 is a term set beside the headword: a quoted label, or the headword's kind
    named by its last two characters (``“待业”放射诊断技师`` beside ``“就业”放射诊断技师``)."""
    if term[0] in QUOTE_OPENERS:  # a quoted label alone (,而“双增”则指…), or before a head noun ending as the headword does
        head = term[max(term.rfind(close) for close in "”」") + 1 :]  # (not ,而“十四五”时期则是…的关键时期: a period, no kind)
        return not head or len(own) >= 2 and head.endswith(own[-2:])
    return len(own) >= 2 and term.endswith(own[-2:]) and term != own


def _inside_example(definition: str, at: int) -> bool:
    """Whether the clause at ``at`` lies in a sentence of ``definition`` that opens with an example's lead-in."""
    opening = max(definition.rfind(stop, 0, at) for stop in "。！？!?")
    return _EXAMPLE_SENTENCE.match(definition, opening + 1) is not None


def _restated_with_conclusion(core: str, own: str) -> bool:
    """Whether a clause's subject is the entry's own headword after a conclusion's connective (因此我们可知亩均税收)."""
    return len(own) >= 2 and core.endswith(own) and core != own and _CONCLUDING.search(core[: -len(own)]) is not None


def _next_clause_entry(entry: Found, text: str) -> tuple[Found, Found] | None:
    """In running prose — a headword run straight into its marker (``八个优势是指…``) — the entry cut before a clause
    that opens with another headword run into a strong marker (``…八个方面,八项举措就是…``): run-in definitions of
    different terms are entries each, the separator before the clause left out, as the gold of every set has them
    (P201, P229, P255). Entries set off by their layout (a colon, spaces, a number, a headword line) keep their inner
    clauses, and so does a clause whose subject is a role word or a point of view (``关键就是…``, ``对于国家来说就是…``)
    or a part the definition has named (``…又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指…``)."""
    at = entry.quote.find(entry.term)
    if at < 0 or not entry.definition or not entry.quote[at + len(entry.term) :].startswith(entry.definition[:2]):
        return None  # not a headword run into its marker
    own = term_core(strip_pinyin(entry.term))
    depth = quotes = seen = 0  # brackets and quotation marks open before the clause, counted as the scan goes
    sibling = (m for m in _SENTENCE_OPENS.finditer(entry.definition) if _sibling(term_core(strip_pinyin(m.group("term"))), own))
    restated = (m for m in _SHORT_FORM_CLAUSE.finditer(entry.definition) if term_core(strip_pinyin(m.group("term"))) == own)
    contrast = (m for m in _CONTRAST_CLAUSE.finditer(entry.definition) if _contrasted(m.group("term"), own))
    clauses = heapq.merge(
        _CLAUSE_OPENS.finditer(entry.definition), islice(sibling, 1), islice(restated, 1), islice(contrast, 1), key=lambda m: m.start()
    )
    for examined, match in enumerate(clauses):
        if examined >= 64:
            return None  # a bounded look: so many clauses and none opening an entry
        chunk = entry.definition[seen : match.start()]
        depth += chunk.count("(") + chunk.count("（") - chunk.count(")") - chunk.count("）")
        quotes += chunk.count("“") - chunk.count("”")
        seen = match.start()
        term = match.group("term")
        core = term_core(strip_pinyin(term))
        short_form = match.re is _SHORT_FORM_CLAUSE
        if core == own and not short_form or not valid_core(core, quoted=short_form) or ROLE_NOUN.fullmatch(core) or _LABELS.match(core) or _POINT_OF_VIEW.search(core):
            continue  # (…,对于国家来说就是…: a point of view, no headword)
        if _ANAPHORA.fullmatch(core):
            continue  # 前者是指…,后者是指…: words pointing back name no term
        if _ADVERB_ALONE.fullmatch(core):
            continue  # 新市民最初指的是…的农民工,后来指的是…: a later sense of the same term, no headword (P1763)
        if PERIOD_OF_SENSE.fullmatch(core):
            continue  # 工作者數於103年以前係指…,自104年起係指…: the term's sense in a later period, no headword (549)
        if depth or quotes:
            continue  # inside brackets or quotation marks
        if entry.definition.find(core, 0, match.start()) >= 0 and not short_form:
            continue  # …又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指…: a part the definition names
        if _restated_with_conclusion(core, own) or _inside_example(entry.definition, match.start()):
            continue  # 例如,…,平均一亩的纳税额就是10万块,…因此我们可知亩均税收就是…: the example worked out and the term summed up
        head = entry.definition[match.start("term") : match.end("marker")]  # (则 inside a contrast's head)
        q = entry.quote.find(head, at + len(entry.term))
        begin = text.find(head, entry.start, entry.end)
        if q < 0 or begin < 0:
            return None
        stop = match.start()
        lead, end = entry.quote[:q], _trimmed_end(text, begin)
        if match.re is _CONTRAST_CLAUSE:  # ,而“待业”放射诊断技师则指…: 而 no part of either entry
            lead, end = lead.rstrip(" \t\u3000\xa0")[:-1], _trimmed_end(text, text.rfind("而", entry.start, begin))
        first = Found(entry.term, entry.definition[:stop], lead.rstrip(" \t\u3000\xa0,，;；"), entry.line, entry.start, end)
        definition = entry.definition[match.end("term") :]
        if match.re is _SENTENCE_OPENS:  # 个体工商户分类培育,是…: the comma is the separator, left out
            definition = definition.lstrip(",，")
        if match.re is _CONTRAST_CLAUSE:  # ,而“待业”放射诊断技师则指…: from the marker, 则 left out
            definition = entry.definition[match.start("marker") :]
        if short_form:  # 「一帶一路」是…的簡稱,目前…: the short form's clause only
            cut = len(match.group("marker")) + len(match.group("gloss"))
            definition = definition[:cut]
            last = text.find(definition, begin)
            second = Found(term, definition, entry.quote[q:][: len(term) + cut], entry.line + text.count("\n", entry.start, begin), begin, last + len(definition) if last >= 0 else entry.end)
            return first, second
        if term[0] in QUOTE_OPENERS and match.re is _CLAUSE_OPENS and (semicolon := _SEMICOLON.search(definition)) is not None:
            # …存摺,「二會」是指…辨識;並以…為工作目標: a quoted principle run in after another ends at its semicolon
            definition = definition[: semicolon.start()]
            last = text.find(definition, begin)
            return first, Found(term, definition, entry.quote[q:][: len(head) - len(match.group("marker")) + len(definition)], entry.line + text.count("\n", entry.start, begin), begin, last + len(definition) if last >= 0 else entry.end)
        second = Found(term, definition, entry.quote[q:], entry.line + text.count("\n", entry.start, begin), begin, entry.end)
        return first, second
    return None


# A clause defining the head of the entry's own headword, run in after a comma (…保险费、安全奖励费用等支出,公务用车指用于
# 履行公务的机动车辆,…) or opening the next sentence (【农业机械总动力】是指…之和。农业机械是指…, 183).
_HEAD_CLAUSE = re.compile(
    rf"(?P<sep>[,，;；。]){SPACES}*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{{2,10}}?)(?P<marker>是指|(?<![所意泛特专專])指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))"
)


# A definition opening with its marker: only then does a next sentence defining the head end it.
_DEFINES = re.compile(rf"{SPACES}*(?:是指|指|系指|係指|即|是)")


def _head_clause_entry(entry: Found, text: str) -> tuple[Found, Found] | None:
    """An entry set off by its layout (``(3)公务用车购置及运行费,指…支出,公务用车指…``, 178) cut before a clause that
    defines the head of its own headword (公务用车 of 公务用车购置及运行费; 农业机械 of 农业机械总动力 in the next sentence,
    183): a term of its own, as run-in definitions of different terms are (160, P304), the comma before it left out
    (a full stop stays with the sentence it ends). Only the head — the headword's own first characters,
    a shorter word — counts: a part the definition names (…又分为A和B,B是指…) stays inside."""
    own = term_core(strip_pinyin(_NUMBER_OFF.sub("", entry.term)))
    depth = 0
    seen = 0
    for examined, match in enumerate(_HEAD_CLAUSE.finditer(entry.definition)):
        if examined >= 64:
            return None
        chunk = entry.definition[seen : match.start()]
        depth += chunk.count("(") + chunk.count("（") - chunk.count(")") - chunk.count("）")
        seen = match.start()
        core = term_core(strip_pinyin(match.group("term")))
        if depth or len(core) < 2 or core == own or not own.startswith(core) or len(own) - len(core) < 2:
            continue
        if match.group("sep") == "。" and not _DEFINES.match(entry.definition):
            continue  # 三区三线,政务术语。三区是指…: a category label before the parts, no definition of its own to end
        head = match.group("term") + match.group("marker")
        q = entry.quote.find(head)
        begin = text.find(head, entry.start, entry.end)
        if q < 0 or begin < 0:
            return None
        stop = match.end("sep") if match.group("sep") == "。" else match.start()  # a sentence keeps its stop
        first = Found(entry.term, entry.definition[:stop], entry.quote[:q].rstrip(" \t\u3000\xa0,，;；"), entry.line, entry.start, _trimmed_end(text, begin))
        second = Found(match.group("term"), entry.definition[match.start("marker") :], entry.quote[q:], entry.line + text.count("\n", entry.start, begin), begin, entry.end)
        return first, second
    return None


# A sentence opening with another term and a bare 是 saying what that term is the name of (…普遍存在的狀況。戶口是住戶和
# 人口的總稱,…, P1024): the definition of its own term, run in after the headword's.
_NAMES_SENTENCE = re.compile(
    rf"(?<=[。！？!?])(?P<sep>){SPACES}*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{2,10}?)"
    r"(?P<marker>是(?![否不由因为為指]))(?=[^。！？!?；;]{1,60}?的(?:[总總]|[统統]|合)[称稱][,，。；;])"
)


def _later_entry(entry: Found, text: str, term: str, match: re.Match[str]) -> tuple[int, int, Found] | None:
    """The entry of ``term`` whose definition opens at ``match``'s marker inside ``entry``'s definition and runs to where
    ``entry`` ended, with where its head (term and marker) stands in ``entry``'s quote and in ``text``; None when the head
    is not found in both (the two entries an entry is cut into share this second half)."""
    head = term + match.group("marker")
    q = entry.quote.find(head)
    begin = text.find(head, entry.start, entry.end)
    if q < 0 or begin < 0:
        return None
    return q, begin, Found(term, entry.definition[match.start("marker") :], entry.quote[q:], entry.line + text.count("\n", entry.start, begin), begin, entry.end)


def _names_sentence_entry(entry: Found, text: str) -> tuple[Found, Found] | None:
    """An entry cut before a sentence that opens with another term and says what it is the general name of (``…的情況。
    是近年來…的狀況。戶口是住戶和人口的總稱,計家為戶,計人為口。…``, P1024, a headless gloss under its question title): the
    gloss of another term, an entry of its own from 是 to where the entry ended, as run-in definitions of different terms
    are (223, P617). Only a general name (总称, 统称, 合称) ends it: ``X是…的简称`` may be the headword's own short form."""
    own = term_core(strip_pinyin(entry.term))
    for examined, match in enumerate(_NAMES_SENTENCE.finditer(entry.definition)):
        if examined >= 16:
            return None
        term = match.group("term")
        core = term_core(strip_pinyin(term))
        if core == own or not valid_core(core) or _ANAPHORA.fullmatch(core) or _LABELS.match(core) or _POINT_OF_VIEW.search(core):
            continue
        found = _later_entry(entry, text, term, match)
        if found is None:
            return None
        q, begin, second = found
        first = Found(entry.term, entry.definition[: match.start("term")].rstrip(" \t\u3000\xa0"), entry.quote[:q].rstrip(" \t\u3000\xa0"), entry.line, entry.start, _trimmed_end(text, begin))
        return first, second
    return None


# A sentence opening with 其中 and a quoted part the definition has just listed, run into its own copula (…党支部定期召开党员
# 大会、党小组会、党课会。其中,“党员大会”是党组织最为重要的会议形式,…, P2571, an essay site's explainer): that part's own
# gloss, where the list's definition ends.
_PART_SENTENCE = re.compile(
    rf"(?<=[。！？!?])(?P<sep>){SPACES}*(?:其中|當中|当中)[,，]?{SPACES}*"
    r"(?P<term>[“「][^\s\u3000,，。；;:：“”「」]{1,10}[”」])"
    r"(?P<marker>是指|指的是|系指|係指|即|是(?![否不由因为為]))"
)


# A bare 是 ranking the part among the others (其中,“农民”是核心。 其中,“简政放权”是前提。 其中,“家庭农场”是今年扶持的重点。
# 其中,“通航”是两岸关系的重要议题。 其中,“公务接待费”是支出最多的一项。, review 60): an assessment of the part, no gloss; the list's definition keeps the sentence.
_RANKS_PART = re.compile(
    r"是[^。！？!?,，;；]{0,16}?(?:核心|關鍵|关键|前提|基礎|基础|重點|重点|根本|保障|保證|保证|重中之重|難點|难点|主線|主线|抓手|關鍵所在|关键所在|靈魂|灵魂|首要任務|首要任务"
    r"|議題|议题|一項|一项|一環|一环|環節|环节)(?:所在)?[。！？!?,，;；]"
)


def _part_sentence_entry(entry: Found, text: str) -> tuple[Found, Found] | None:
    """An entry cut before a sentence ``其中,“Y”是…`` whose quoted Y is one of the parts its definition has just listed
    (``“三会”指的是:…召开党员大会、党小组会、党课会。其中,“党员大会”是…``, P2571): the list's definition ends at its full
    stop and the part's gloss is an entry of its own to where the entry ended, as ``其中,“一绿”即…`` after a definition
    naming its parts is (the clauses layout). A run-in clause naming a part without 其中 and quotation marks
    (``…又分为A和B,B是指…``) stays inside, and a quoted Y the definition has not named is no part of it."""
    own = term_core(strip_pinyin(entry.term))
    for examined, match in enumerate(_PART_SENTENCE.finditer(entry.definition)):
        if examined >= 16:
            return None
        term = match.group("term")
        core = term_core(strip_pinyin(term))
        if core == own or not valid_core(core, quoted=True) or entry.definition.find(core, 0, match.start()) < 0:
            continue
        if _RANKS_PART.match(entry.definition, match.start("marker")):
            continue  # 其中,“农民”是核心。: the part ranked, no gloss of its own (review 60)
        found = _later_entry(entry, text, term, match)
        if found is None:
            return None
        q, begin, second = found
        first = Found(entry.term, entry.definition[: match.start("sep")].rstrip(" \t\u3000\xa0"), entry.quote[: entry.quote.rfind("。", 0, q) + 1], entry.line, entry.start, _trimmed_end(text, text.rfind("。", entry.start, begin) + 1))
        return first, second
    return None


def _sibling(core: str, own: str) -> bool:
    """Whether ``core`` is another term of the headword's family (the same first three characters or more, not the
    headword itself): 个体工商户分类培育 beside 个体工商户分型."""
    return core != own and len(own) >= 3 and core.startswith(own[:3]) and not own.startswith(core)


def _line_start(text: str, k: int) -> int:
    return text.rfind("\n", 0, k) + 1


def _next_line_entry(entry: Found, text: str) -> tuple[Found, Found] | None:
    """The entry cut before the first line inside it (after its first line) that opens an entry of its
    own, and that entry; None when there is none."""
    if "\n" not in text[entry.start : entry.end]:
        return None
    first_line = _line_start(text, entry.start)
    raw_first = text[first_line : text.find("\n", entry.start) if text.find("\n", entry.start) >= 0 else len(text)]
    indent = len(raw_first) - len(raw_first.lstrip(" \t\u3000\xa0"))
    spaced = bool(re.match(rf"{re.escape(entry.term)}[ \u3000]+[^\s\u3000]", text[entry.start : entry.start + len(entry.term) + 4]))
    own = term_core(strip_pinyin(entry.term))
    at = text.find("\n", entry.start, entry.end)
    while 0 <= at < entry.end:
        start = at + 1
        end = text.find("\n", start, entry.end)
        line = text[start : end if end >= 0 else entry.end]
        at = end
        stripped = line.lstrip(" \t\u3000\xa0")
        if not stripped.strip():
            continue
        clean = strip_pinyin(stripped[:80])  # a headword opens the line: its first characters tell
        match = _OPENS_DEFINITION.match(clean)
        if match is None and spaced and len(line) - len(stripped) == indent:
            match = _OPENS_SPACED.match(clean)
        if match is None:
            continue
        term = match.group("term")
        core = term_core(term)
        quoted = term[0] in QUOTE_OPENERS
        if core == own or not valid_core(core, quoted=quoted) or _LABELS.match(core.strip("【】[]［］")):
            continue  # (【注】即…: a handbook's or a poem book's note under its item, no headword)
        return _cut(entry, text, start + len(line) - len(stripped), stripped, term)
    return None


def _cut(entry: Found, text: str, begin: int, line: str, term: str) -> tuple[Found, Found] | None:
    """``entry`` cut where ``line`` (starting at ``begin`` in the text) begins, and the entry it opens."""
    head = line[: max(len(term), 6)]
    k = entry.definition.find(head)
    q = entry.quote.find(head)
    if k <= 0 or q <= 0:
        return None
    definition = entry.definition[:k].rstrip(" \t\u3000\xa0\r\n")
    if not definition:
        return None
    first = Found(entry.term, definition, entry.quote[:q].rstrip(" \t\u3000\xa0\r\n"), entry.line, entry.start, _trimmed_end(text, begin))
    rest = entry.definition[k:]
    raw_term = rest[: len(term)] if strip_pinyin(rest[: len(term)]) == term else term
    second_definition = rest[len(raw_term) :].lstrip(" \t\u3000\xa0")
    second = Found(raw_term, second_definition, entry.quote[q:], entry.line + text.count("\n", entry.start, begin), begin, entry.end)
    return first, second


def _trimmed_end(text: str, begin: int) -> int:
    end = begin
    while end > 0 and text[end - 1] in " \t\u3000\xa0\r\n":
        end -= 1
    return end
