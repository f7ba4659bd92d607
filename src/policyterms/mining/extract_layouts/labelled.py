"""Lines under a glossary label, each running its headword straight into a definition verb.

A statistics release or bulletin notes its indicators under a label line of their own
(``指标解释:``, ``1、指标解释:``) and writes each explanation as one line with no separator
between headword and verb::

    1、指标解释:
    工业生产者价格包括工业生产者出厂价格和工业生产者购进价格。
    工业生产者出厂价格指数反映工业企业产品第一次出售时的出厂价格的变化趋势和变动幅度。

Away from such a label ``X包括…`` or ``X是…`` is ordinary prose, so the verbs ``是``, ``即``,
``包括`` and ``反映`` define only here; a line ``X是指…`` / ``X指…`` is left to the prose pass, which
also reads the other definitions such a paragraph may hold, and the run goes on after it. The run of lines ends at the first line that is not such
an explanation (``2、统计范围:…``, a blank line after the first entry, the end of the text).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.combine import _DEFINITIONS_HEADING
from policyterms.mining.extract_layouts.notes import announces_points
from policyterms.mining.extract_layouts.measure_bullets import opens_with_task
from policyterms.mining.extract_layouts.prose import _ANNOUNCES_PARTS
from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _SPACE, _good_term, _is_furniture, _table_row

# The headword (no punctuation, no quotation marks or brackets) and the first definition verb after it:
# 是指/系指/指 (not 指数, 指标 …), 即 (not 即使 …), 包括, 反映, or 是 (not 是否, 是在 …).
_RUN_INTO_VERB = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:、“”\"「」()（）|]{2,25}?)"
    r"(?P<verb>是指|系指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|即(?![使便将將刻时時可])|包括|反映|是(?![否在由为為以从從不]|指[导導挥揮]))"
)


def _label_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Explanations run into their verb on the lines right below a glossary label line (blank lines
    between them allowed); each must end a sentence (a line the page cuts is no entry)."""
    out: list[tuple[int, Found]] = []
    for label in lines:
        if label.blank or not free[label.index] or not _DEFINITIONS_HEADING.fullmatch(strip_pinyin(label.raw).strip(_SPACE)):
            continue
        k = label.index + 1
        while k < len(lines) and lines[k].blank and k - label.index <= 2:
            k += 1
        while k < len(lines) and free[k] and not lines[k].blank:
            line = lines[k]
            match = _RUN_INTO_VERB.match(line.raw)
            definition = line.raw[match.start("verb") :].rstrip(_SPACE) if match else ""
            if (
                match is None
                or _table_row(line.raw)
                or not _good_term(match.group("term"))
                or _is_furniture(strip_pinyin(line.raw))
                or len(strip_pinyin(definition)) < 8
                or not _FINISHED.search(definition)
            ):
                break
            k += 1
            if match.group("verb") in ("是指", "系指", "指"):
                continue  # X是指…: the prose pass reads it (with the other definitions its paragraph may hold)
            term = match.group("term")
            quote = line.raw[match.start("term") :].rstrip(_SPACE)
            out.append((k - 1, Found(term, definition, quote, k, line.start + match.start("term"), line.start + match.start("term") + len(quote))))
    return out


# One line naming what a short headword includes, as a whole sentence (东部包括:北京、天津…和海南。): a region or a
# group defined by its members. Alone it is ordinary prose; a run of such lines is a list of definitions.
_INCLUDES_LINE = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:、“”\"「」()（）|]{2,12}?)(?P<definition>包括[:：]?[^。；;！!？?]{2,}[。.])[\s\u3000]*"
)
_INCLUDES_MIN = 2  # such lines in a run, at least


def _include_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """A run of two or more lines, each one sentence ``X包括:A、B和C。`` (blank lines between them allowed), as a
    release lists the provinces of its regions (东部包括:… / 中部包括:… / 西部包括:… / 东北包括:…): each line an entry,
    from 包括 to its full stop. A lone such line, or one of several sentences, is prose and left to the other passes."""
    out: list[tuple[int, Found]] = []
    run: list[tuple[int, Found]] = []

    def close() -> None:
        if len(run) >= _INCLUDES_MIN:
            out.extend(run)
        run.clear()

    for line in lines:
        if line.blank:
            continue
        match = _INCLUDES_LINE.fullmatch(line.raw) if free[line.index] else None
        term = match.group("term") if match else ""
        if match is None or not _good_term(term) or _is_furniture(strip_pinyin(line.raw)):
            close()
            continue
        if run and line.index - run[-1][0] > 2:  # more than one blank line between: another run
            close()
        start = line.start + match.start("term")
        end = line.start + match.end("definition")
        run.append((line.index, Found(term, match.group("definition"), line.raw[match.start("term") : match.end("definition")], line.index + 1, start, end)))
    close()
    return out


# A part below a lead-in announcing the parts of a term (货币供应量可分为三个层次: / M0:流通中的现钞。 /
# M1:M0+企事业单位活期存款+…。): a short headword, a colon and one line of definition. A part may be named
# by a code of Latin letters and digits (M0, M1, M2), which is no headword elsewhere.
# A knowledge card may set each part off with a hyphen between Chinese words instead (澳门对外商品贸易分为: / 进口-从外地输入
# 澳门的货物,…。 / 再进口-先前从澳门出口再输入澳门的货物。); a formula's minus (经营净收入=经营收入-经营费用-…) sets off no part.
# A part's name may carry its English name in brackets before the colon (跨境交付(Cross-border Delivery):這種模式下,…, P3211, a
# services-trade blog's four modes under 主要包括:), and a converter's pinyin after its characters (境外消費(fèi)): both stay in the
# term as written, as a colon line's Latin name does in the colon pass.
_PART_PINYIN = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\))?"
_PART_ENGLISH = r"(?:[\s\u3000]*[(（][A-Za-z][A-Za-z0-9 ,.'’&/-]{1,60}[)）])?"
_PART_ITEM = re.compile(
    r"[\s\u3000]*(?P<term>(?:[^\s\u3000，,。；;：:、“”\"「」()（）|\-－=＝]" + _PART_PINYIN + r"){1,12}?" + _PART_ENGLISH + r")"
    r"(?:[\s\u3000]*[:：][\s\u3000]*|(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff]))(?P<definition>\S.*)"
)
# Parts closed by a semicolon, the last by a stop (一个成熟的微电网系统通常包括: / 储能系统(ESS, Energy Storage System):提供调峰、
# 备电、黑启动功能; / … / 能量路由器(Energy Router):智能分配电能流向,提升灵活性与效率。, P3055, a company's news page; lists
# everywhere close their items so): each a part of its own, the semicolon left out. A bullet the copy set alone on the line
# above each item (-) is passed over.
_SEMICOLON_CLOSED = re.compile(r"[;；][\s\u3000]*$")
# A semicolon-closed part that only gives examples (分布式电源(DER, …):如屋顶光伏、…;): passed over, no gloss.
_EXAMPLES_ONLY = re.compile(r"[\s\u3000]*(?:如|例如|比如|譬如)(?![何此今果同])")
# A bullet alone on its line over the part it marks.
_LONE_BULLET = re.compile(r"[\s\u3000]*[-－•·●▪*][\s\u3000]*")
# A plan's or a notice's list closes its items with semicolons far more often than a glossary does: its tasks (今年重点工作包括: /
# 推进改革:深化国有企业改革; / 优化服务:提升政务服务水平。), its bodies' duties (发改委:负责牵头协调;) and its stages (第一阶段:2024年
# 完成试点;), review 72. Semicolon-closed parts whose glosses mostly open with a task verb (:func:`measure_bullets.opens_with_task`),
# with 负责 or with a date say what is to be done, by whom or when, no parts of a term (P3055's 提供调峰、备电…功能, 智能分配电能流向
# say what each component does).
_DUTY_OR_DATE = re.compile(r"[\s\u3000]*(?:负责|負責|牵头|牽頭|承担|承擔|\d{4}[年-]|\d{1,2}月)")
_PART_CODE = re.compile(r"[A-Za-z]{1,3}\d{0,2}")
_PARTS_MIN = 2  # parts below one lead-in, at least


def _next_filled(lines: list[_L], k: int) -> int:
    """``k``, or the line after it when ``k`` is one blank line (a page setting its paragraphs apart)."""
    return k + 1 if k + 1 < len(lines) and lines[k].blank and not lines[k + 1].blank else k


# A line that is nothing but a term and its marker before a colon (监督执纪的四种形态是指:, P499): what the term
# means is the list of its parts below, so it defines nothing itself and announces them. (``X分别指:`` is a glossary
# heading of its own, its items read by the colon pass: 兩中心一平臺分別指:, P205.)
_MEANING_LEAD_IN = re.compile(
    r"[\s\u3000]*[^\s\u3000:：，,。；;！!？?]{2,20}(?<!分别)(?<!分別)(?:是指|系指|指的是|指)[\s\u3000]*[:：][\s\u3000]*"
)

# A line naming how many parts a term has, then its colon (✅ 三大核心机制(法定): / 财政纵向补偿:… / 地区间横向补偿:…,
# P1088; 三种类型:): the count announces the parts as 包括: does, an aside in brackets before the colon allowed.
_COUNTED_LEAD_IN = re.compile(
    r"[^:：，,。；;！!？?]{0,12}?[一二三四五六七八九十两兩]{1,2}(?:大|个|個|种|種|类|類|项|項)[^\s\u3000:：，,。；;！!？?()（）]{1,10}"
    r"(?:[(（][^()（）]{1,8}[)）])?[\s\u3000]*[:：][\s\u3000]*"
)


# A data card's field label 定義 alone on its line, over bulleted ``X-…`` items (定義 / • 海上颱風警報-預測颱風之…應即發布…。, 567, an
# alert-data card): the label announces the items as a lead-in does; a bulleted item with no headword of its own (• 颱風發生於…時,
# 得即發布…) is a rule among them, no entry, and the run goes on past it.
_DEFINITION_FIELD = re.compile(r"[\s\u3000]*(?:定義|定义)[\s\u3000]*[:：]?[\s\u3000]*")
_ITEM_BULLET = re.compile(r"[\s\u3000]*[•·●▪][\s\u3000]*")


# A definition line standing alone, opening at its marker and closing its sentence (噪音分布值(Lx) / 指在單位時間內有百分X之音量
# 超過某位準。… / L0:某一時段之最大音量。 / L10:…, 699, a noise glossary's headword block; 交通事故 / 指…。 / A1類:指造成人員當場
# 死亡之交通事故。 / A2類:指…): a glossary's gloss under its headword line, with the kinds, levels or codes of the headword glossed
# below it on label lines of their own — each an entry, as under a lead-in, and no part of the gloss above. Not a line opening
# otherwise (a paragraph of prose over a card's fields: 本局成立於…。 / 地址:…。 / 電話:…。), nor the gloss's aspects, examples, notes
# or sources on label lines (指…。 / 例如:…。 / 說明:…。), nor figures for values (良:51-100。).
_DEFINITION_LINE = re.compile(r"[\s\u3000]*(?:是指|係指|系指|指(?![出导導挥揮标標数數南示定引向令明]))[^:：]*?[。！!]$")
_ASPECT_LABEL = re.compile(
    r"(?:例如|例|如|比如|舉例|举例|說明|说明|備註|备注|註|注|附註|附注|公式|計算公式|计算公式|來源|来源|資料來源|资料来源|出處|出处"
    r"|地址|電話|电话|傳真|传真|網址|网址|電郵|电邮|信箱|時間|时间|日期|單位|单位"
    # (a range's limits and a thing's merits are aspects of the headword, no kinds of it, though a pair shares its last
    # character as kinds do: 上限:…。 / 下限:…。, 优点 / 缺点, 優勢 / 劣勢, review 73)
    r"|上限|下限|优点|優點|缺点|缺點|优势|優勢|劣势|劣勢)"
    # (numbered, 例1:…。 / 例2:…。, 注1 / 注2, the same labels in a series, review 73)
    r"(?:[\s\u3000]*[\d一二三四五六七八九十]{1,2})?"
)
_FIGURES_ONLY = re.compile(r"[\s\u3000]*[\d.．~～\-－至到%％]+[^\u4e00-\u9fff]*$")


def _defined_part(term: str, definition: str) -> bool:
    """A label line below a definition line that reads as a part of the headword glossed (no aspect label, no bare figures)."""
    return not _ASPECT_LABEL.fullmatch(term.strip(_SPACE)) and not _FIGURES_ONLY.match(definition.rstrip("。！!"))


def _parallel(terms: list[str]) -> bool:
    """Whether the labels name kinds in one series: all open with the same character or all end with it (L0, L10, L50; A1類,
    A2類; 第一類管制區, 第二類管制區), as a classification's or a code's members do — a card's fields under a gloss name
    different aspects (發行主體:…, 資金用途:…) and share neither.

    >>> _parallel(["L0", "L10", "L90"]), _parallel(["A1類", "A2類"]), _parallel(["發行主體", "資金用途"])
    (True, True, False)
    """
    cores = [term.strip(_SPACE) for term in terms]
    return len({core[:1] for core in cores}) == 1 or len({core[-1:] for core in cores}) == 1


def _announces_parts(raw: str) -> bool:
    """The line ends in a lead-in announcing the parts of a term: ``…可分为三个层次:`` ending a sentence, or a whole
    line ``X是指:`` whose meaning is its items (a numbered slogan's parts, 监督执纪的四种形态是指: / 第二种形态:…)."""
    text = strip_pinyin(raw)
    if announces_points(text.strip(_SPACE)):
        return False  # 公益性岗位的特点包括: / 非营利性:…: its features, no parts (P1020)
    return bool(_ANNOUNCES_PARTS.search(text.rstrip(_SPACE)) or _MEANING_LEAD_IN.fullmatch(text) or _COUNTED_LEAD_IN.fullmatch(text))


def _tasks_duties_or_stages(parts: list[Found]) -> bool:
    """Whether two in three of ``parts`` at least say what is to be done, who does it or when (see :data:`_DUTY_OR_DATE`).

    >>> part = lambda t, d: Found(t, d, d, 1, 0, 1)
    >>> _tasks_duties_or_stages([part("推进改革", "深化国有企业改革"), part("加强监管", "完善事中事后监管机制"), part("优化服务", "提升政务服务水平。")])
    True
    >>> _tasks_duties_or_stages([part("发改委", "负责牵头协调"), part("财政局", "负责资金保障。")])
    True
    >>> _tasks_duties_or_stages([part("第一阶段", "2024年完成试点"), part("第二阶段", "2025年全面推广。")])
    True
    >>> _tasks_duties_or_stages([part("储能系统(ESS)", "提供调峰、备电功能"), part("能量路由器(Energy Router)", "智能分配电能流向。")])
    False
    """
    doing = sum(1 for part in parts if opens_with_task(part.definition) or _DUTY_OR_DATE.match(part.definition))
    return 3 * doing >= 2 * len(parts)


def _part_items(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """The ``X:…`` lines right below a line ending in a lead-in that announces parts (``…包括:``,
    ``…可分为三个层次:``, ``…主要包括四个方面:``, a line ``X是指:``), each an entry of its own when every one of them
    (two at least) ends a sentence (a part the page cuts ends the run); one blank line may set each apart. The lead-in
    stays with the definition above it (the prose pass reads it)."""
    out: list[tuple[int, Found]] = []
    for lead in lines:
        field = bool(_DEFINITION_FIELD.fullmatch(lead.raw))
        glossed = not lead.blank and bool(_DEFINITION_LINE.fullmatch(strip_pinyin(lead.raw).rstrip(_SPACE)))
        if lead.blank or not (field or glossed or _announces_parts(lead.raw)):
            continue
        items = []
        k = _next_filled(lines, lead.index + 1)
        while k < len(lines) and free[k] and not lines[k].blank:
            line = lines[k]
            bullet = _ITEM_BULLET.match(line.raw) if field else None
            at = bullet.end() if bullet else 0  # (the bullet no part of the term)
            match = _PART_ITEM.fullmatch(line.raw.rstrip(_SPACE), at)
            if match is None and bullet is not None and _FINISHED.search(line.raw.rstrip(_SPACE)):
                k = _next_filled(lines, k + 1)  # • 颱風發生於…時,得即發布…: a rule among the defined items, no entry
                continue
            if match is None and _LONE_BULLET.fullmatch(line.raw) and k + 1 < len(lines) and not lines[k + 1].blank:
                k += 1  # - / 储能系统(ESS, …):提供调峰、备电、黑启动功能;: a bullet the copy left alone on its line
                continue
            definition = match.group("definition") if match is not None else ""
            closed = _SEMICOLON_CLOSED.search(definition)
            if match is None or _table_row(line.raw) or not (_FINISHED.search(definition) or closed):
                break
            term = match.group("term")
            if not (_good_term(term) or _PART_CODE.fullmatch(term)) or glossed and not _defined_part(term, definition):
                break
            quote = line.raw[match.start("term") :].rstrip(_SPACE)
            if closed and _EXAMPLES_ONLY.match(definition):
                k = _next_filled(lines, k + 1)  # 分布式电源(DER, …):如屋顶光伏、分布式风电…;: examples, no gloss; the run goes on
                continue
            if closed:  # (the list's semicolon closes the item, no part of its gloss)
                definition, quote = definition[: closed.start()], quote[: len(quote) - len(closed.group())]
            items.append((k, Found(term, definition, quote, k + 1, line.start + match.start("term"), line.start + match.start("term") + len(quote))))
            k = _next_filled(lines, k + 1)
        if items and _SEMICOLON_CLOSED.search(lines[items[-1][0]].raw):
            items = []  # …;: a list of semicolon-closed parts whose last item closes no sentence: cut, or going on unread
        if items and _SEMICOLON_CLOSED.search(lines[items[0][0]].raw) and _tasks_duties_or_stages([found for _, found in items]):
            items = []  # 推进改革:深化国有企业改革; / 发改委:负责牵头协调;: a plan's tasks, a notice's duties (review 72)
        if glossed and not _parallel([found.term for _, found in items]):
            items = []  # 指…的債券。 / 發行主體:… / 資金用途:…: the gloss's fields, no kinds of the headword
        if len(items) >= _PARTS_MIN:
            out.extend(items)
    return out



# --- explanations after a numbered 指标解释 heading inside a paragraph ---------------------------------

# A document site's copy of a digest or release runs the whole 说明 into one paragraph, split into chunks
# whose numbers (1、 2、 …) open lines wherever the site cut, often in mid-sentence (…专科 / 2、疾病防治机构…).
_CHUNK_LINE = re.compile(r"[ \u3000]*(\d{1,3})、")
# The section heading of the explanations inside such a paragraph: a section number, then 指标解释 (五、指标解释:).
_SECTION_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[\s\u3000]*(?:主要)?(?:统计|統計)?(?:指标|指標|名词|名詞)(?:解释|解釋)[\s\u3000]*[:：]?[\s\u3000]*"
)
# The next section (…。六、调查方法), which ends the explanations.
_NEXT_SECTION = re.compile(r"(?<=[。！？!?])[\s\u3000]*[一二三四五六七八九十]{1,3}、")
# A headword run into its verb at the start of an explanation (公立医院指…, 医疗卫生机构包括…), or with a colon
# between them (规模以上工业总产值:指…).
_HEAD_VERB = re.compile(
    r"(?P<term>[^\s\u3000，,。；;：:、“”\"「」()（）|]{2,25}?)[\s\u3000]*[:：]?[\s\u3000]*"
    r"(?P<verb>是指|系指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|包括|反映)"
)
_LINE_BREAKS = re.compile(r"[ \t\u3000]*\n[\s\u3000]*")


def _chunked_paragraphs(lines: list[_L], free: list[bool]) -> list[tuple[int, int]]:
    """(first, last) line of each paragraph: a run of non-blank lines, which goes on across one or two
    blank lines to a line opening with the next chunk number of a document site (1、… / 2、…); from
    the first chunk on, each line must open with the next chunk number (a line of the site's own
    after the chunks ends the paragraph)."""
    out = []
    k = 0
    while k < len(lines):
        if lines[k].blank or not free[k]:
            k += 1
            continue
        first = last = k
        chunk = _CHUNK_LINE.match(lines[k].raw)
        number = int(chunk.group(1)) if chunk else None
        k += 1
        while k < len(lines) and free[k]:
            if not lines[k].blank:
                opened = _CHUNK_LINE.match(lines[k].raw)
                if number is not None and not (opened and int(opened.group(1)) == number + 1):
                    break  # after the chunks, a line of the site's own (此文档下载收益归作者所有)
                if opened and int(opened.group(1)) == (number or 0) + 1:
                    number = int(opened.group(1))
                last = k
                k += 1
                continue
            j = k
            while j < len(lines) and lines[j].blank and j - k < 2:
                j += 1
            opened = _CHUNK_LINE.match(lines[j].raw) if j < len(lines) and free[j] and not lines[j].blank else None
            if number is None or opened is None or int(opened.group(1)) != number + 1:
                break
            k = j
        out.append((first, last))
    return out


def _section_explanations(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Explanations run in after a numbered heading (``五、指标解释:1.X包括…。2.Y指…。``, ``三、指标解释 X指…``)
    run into a paragraph (not opening a line), over a document site's chunk breaks (the chunk number kept, the line break
    dropped): numbered items ``1.`` ``2.`` … in sequence after sentence ends, or, unnumbered, one
    explanation per sentence opening ``X指…`` (the sentences after it going on it). Each opens with its
    headword run into 指, 是指, 包括 or 反映; one the paragraph ends inside (cut by the page) is dropped,
    and the explanations end at the next section (…。六、…)."""
    out: list[tuple[list[int], Found]] = []
    for first, last in _chunked_paragraphs(lines, free):
        base = lines[first].start
        text = "\n".join(line.raw for line in lines[first : last + 1])
        heading = None
        for heading in _SECTION_HEADING.finditer(text):
            pass
        if heading is None or heading.end() >= len(text) or heading.start() == 0 or text[heading.start() - 1] == "\n":
            continue  # a heading on a line of its own: the other passes read the lines below it
        begin = heading.end()
        after = _NEXT_SECTION.search(text, begin)
        stop = after.start() if after else len(text.rstrip(_SPACE + "\n"))
        breaks = [m.start() for m in re.finditer("\n", text)]  # line k of the paragraph starts after breaks[k - 1]
        starts = _numbered_starts(text, begin, stop)
        if starts is None:
            starts = [(begin, begin)] + [(m.end(), m.end()) for m in re.finditer(r"(?<=[。！？!?])(?=[^。！？!?]{2,25}?(?:是指|系指|指(?![标標数數导導出])))", text[:stop]) if m.end() > begin]
        entries = []
        for n, (item, at) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else stop
            piece = text[at:end]
            match = _HEAD_VERB.match(piece)
            if match is None or not _good_term(match.group("term")):
                continue
            definition = _LINE_BREAKS.sub("", piece[match.start("verb") :]).rstrip(_SPACE)
            if not _FINISHED.search(definition) or len(definition) < 6:
                continue  # cut by the page
            taken = [first + bisect_right(breaks, at - 1), first + bisect_right(breaks, end - 2)]
            quote = _LINE_BREAKS.sub("", piece).rstrip(_SPACE)
            entries.append((list(range(taken[0], taken[1] + 1)), Found(match.group("term"), definition, quote, taken[0] + 1, base + at, base + end)))
        if entries:
            out.extend(entries)
            for k in range(first, last + 1):
                free[k] = False
    return out


_FIRST_ITEM = re.compile(r"1[.．、]")
_ITEM_NUMBER = re.compile(r"(?<=[。！？!?])[\s\u3000]*(\d{1,4})[.．、](?!\d)")


def _numbered_starts(text: str, begin: int, stop: int) -> list[tuple[int, int]] | None:
    """(item start, headword start) of the items ``1.`` ``2.`` … in sequence from ``begin`` (the first right
    there, each later one after a sentence end; a number out of sequence, such as a chunk number, is text),
    or None when the text after the heading is not numbered."""
    first = _FIRST_ITEM.match(text, begin)
    if first is None:
        return None
    starts = [(begin, first.end())]
    for item in _ITEM_NUMBER.finditer(text, first.end(), stop):
        if int(item.group(1)) == len(starts) + 1:
            starts.append((item.start(), item.end()))
    return starts
