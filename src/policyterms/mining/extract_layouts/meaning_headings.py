"""A section heading announcing a term's meaning (``1.1 政策解读的内涵与特征``, ``一、政务服务知识图谱的概念及作用``) and the
paragraph right below it opening with that term and a bare 是 (``政策解读是对…的过程。``): the paragraph's first word on
the term is its definition, though 是 alone defines nothing in running prose. The heading says what the paragraph is
for, as a question title does above its answer."""

from __future__ import annotations

import re
from functools import lru_cache

from policyterms.mining.extract_layouts.common import FIRST_CLAUSE, MATERIAL_LABEL, Found, _FINISHED, _L, _SPACE, _good_term
from policyterms.mining.extract_layouts.topics import _role, _weighs, term_core

# A section number: 一、, 1., 1.1, 1.1.2, (一).
_SECTION_NUMBER = r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:\.\d{1,2}){1,2}[、.．]?|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])"
# The heading: a section number if any (one of those, a bare 1 or a Markdown #), the term, 的, the meaning word, another
# aspect after it (与特征, 及作用), nothing else on the line.
_MEANING_HEADING = re.compile(
    rf"[\s\u3000]*(?:{_SECTION_NUMBER}|\d{{1,2}}|#{{1,4}})?[\s\u3000]*"
    r"(?P<term>[^\s\u3000,，。；;:：、!！?？“”「」]{2,20}?)的(?:基本)?(?:含[义義]|涵[义義]|内涵|內涵|定[义義]|概念)"
    r"(?:[与和及、][^\s\u3000,，。；;:：]{1,10})?[\s\u3000]*[:：]?[\s\u3000]*"
)
# A section number before a heading naming the term alone (一、逆周期调节, (一)四平态势感知平台, 1.1 碳达峰), or a
# heading asking what the term is (什么是通关凭证申报及其重要性, 1. 实体清单是什么 什么意思): the section is about the term,
# as a meaning heading says. A number is required before a bare term (a title line alone names the article's subject).
_TERM_HEADING = re.compile(
    rf"[\s\u3000]*{_SECTION_NUMBER}[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？「」()（）]{{2,20}})[\s\u3000]*"
)
# A news explainer's question subheads are set off by a block mark instead of a number (■什么是算力?, ●什么是…?, P2339, a
# Xinhua explainer's repost): the mark heads the question as a section number does.
_HEADING_MARK = r"[■□●○◆◇▲△★☆▶►◎]"
_QUESTION_HEADING = re.compile(
    rf"[\s\u3000]*(?:(?:{_SECTION_NUMBER}|{_HEADING_MARK})[\s\u3000]*)?(?:"
    r"(?:什么是|什麼是)(?P<asked>[^\s\u3000,，。；;:：、!！?？「」]{2,20}?)(?:及其[^\s\u3000,，。；;:：!！?？]{1,6})?"
    r"|(?P<named>[^\s\u3000,，。；;:：、!！?？「」]{2,20}?)(?:是什么|是什麼)(?:意思)?(?:[\s\u3000]*(?:什么意思|什麼意思))?"
    r")[\s\u3000]*[?？]?[\s\u3000]*"
)
# A year or period heading (一、2024年预算执行情况 / 2024年是…): no term.
_YEAR = re.compile(r"\d{2,4}年")
# A generic last word of the heading's term the paragraph may leave off (区块链技术 / 区块链是…).
_TECHNIQUE = re.compile(r"(?:技术|技術|制度|模式|机制|機制|体系|體系)$")
# After the term restated: a bare 是 (not 是否, 是不是, 是什么; the strong markers are the prose pass's).
_BARE_IS = re.compile(r"[\s\u3000]*是(?![否不什指])")
# Under a heading that asks or names the meaning (not a bare term heading), 即 answers as 是 does (■什么是算力? / 算力即计算
# 能力,其实…, P2339): the paragraph opens by restating the term and saying what it is; 即使/即将/即可/即时 are no gloss.
_BARE_JI = re.compile(r"[\s\u3000]*即(?![使便将將刻时時可日])")


def meaning_heading_definitions(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each free paragraph opening with ``X是…`` right below a heading ``X的含义/内涵/概念/定义``
    (another aspect beside it allowed: ``X的内涵与特征``; up to two blank lines between), its definition from 是 to the end
    of the paragraph (P545's ``政策解读是对…的过程。其主要特征包括:``, P429's ``政务服务知识图谱是一种…的结构化知识体系,…``).
    Not a role or a standing (``X是…的重要组成部分``, ``X是…的基石``): what the term matters for, no definition."""
    for line in lines:
        if line.blank:
            continue
        heading = _MEANING_HEADING.fullmatch(line.clean) or _QUESTION_HEADING.fullmatch(line.clean)
        bare = heading is None  # a numbered heading naming the term alone: the paragraph must restate it whole
        if bare:
            heading = _TERM_HEADING.fullmatch(line.clean)
        if heading is None:
            continue
        term = next(heading.group(g) for g in ("term", "asked", "named") if g in heading.re.groupindex and heading.group(g))
        if not _good_term(term) or _YEAR.match(term):
            continue
        k = line.index + 1
        while k < len(lines) and k - line.index <= 3 and lines[k].blank:
            k += 1
        if k < len(lines) and _margin_label(lines[k]):  # 6.3 信用評級 / (a printed page's side label) / 信用評級是為…
            k += 1
            while k < len(lines) and k - line.index <= 6 and lines[k].blank:
                k += 1
        if k >= len(lines) or lines[k].blank or not free[k]:
            continue
        below = lines[k]
        raw = below.raw
        indent = len(raw) - len(raw.lstrip(_SPACE))
        if not raw.startswith(term, indent):
            if bare:
                continue
            short = _TECHNIQUE.sub("", term)  # 区块链技术的基本概念 / 区块链是一种…的数据库技术: the paragraph names the thing
            if short == term or len(short) < 2 or not raw.startswith(short, indent):
                continue
            term = short
        verb = _BARE_IS.match(raw, indent + len(term)) or (None if bare else _BARE_JI.match(raw, indent + len(term)))
        if verb is None:
            continue
        yield from _paragraph_entries(lines, k, term, verb.end() - 1, bare)


# A printed page's side label, flattened onto a line of its own between a section heading and its paragraph (``6.3 信用評級`` /
# ``信用價值衡量`` far to the right / ``信用評級是為…``, P2843, a bank-credit e-book page on a publisher's flipbook): a short line
# set off by a deep indent, no stop, is the margin's, no paragraph.
_MARGIN_INDENT = 30


def _margin_label(line: _L) -> bool:
    """Whether ``line`` is a side label of a printed page (see :data:`_MARGIN_INDENT`)."""
    text = line.raw.strip(_SPACE)
    indent = len(line.raw) - len(line.raw.lstrip(_SPACE))
    return not line.blank and indent >= _MARGIN_INDENT and 2 <= len(text) <= 10 and not _FINISHED.search(text)


# A line opening an item (1. 放(简政放权):…, (一), 一、, a bullet, a bracketed label): the list below a lead-in, no wrapped tail.
_ITEM_OPENING = re.compile(r"[\s\u3000]*(?:\d{1,3}[.．、)）]|[(（【\[]|[一二三四五六七八九十]{1,3}[、.．]|[•·●▪◦■□◆◇★☆※\-—])")
# How many lines a printed page's hard wrap may break the paragraph into.
_MOST_WRAPPED = 6


def _wrapped_tail(lines: list[_L], k: int, definition: str, core: str = "") -> tuple[str, int] | None:
    """``(the words of the lines after k, the last line's index)`` when paragraph ``k`` ends its line without a stop and
    the lines right below it (no blank line between) carry it on to a stop: a printed page's hard wrap (``信用評級是為評核
    借款戶的償債能力與發生違約的可`` / ``能性。``, P2843). None when the line ends a sentence or no stop closes the wrap,
    or a line below opens an item (a list below a lead-in) or the term ``core`` again (a new sentence) or, not the last,
    is shorter than four fifths of the paragraph's first line (a wrap fills the column; a short line is the page's
    furniture, 相关新闻)."""
    if _FINISHED.search(definition) or definition.endswith((":", "：")):
        return None
    words, m = "", k + 1
    width = len(lines[k].raw.strip(_SPACE))
    while m < len(lines) and m - k <= _MOST_WRAPPED and not lines[m].blank:
        if _ITEM_OPENING.match(lines[m].raw):
            return None  # “放管服”是…的三大核心 / 1. 放(简政放权):…: a list's items below a lead-in, no wrap
        line = lines[m].raw.strip(_SPACE)
        if core and line.startswith(core):
            return None  # 信用評級是…的可能性 / 信用評級越高,…。: a new sentence on the term, no wrap (review 68)
        words += line
        if _FINISHED.search(words):
            return words, m
        if len(line) * 5 < width * 4:
            return None  # 河长制是…的制度 / 相关新闻 / 省河长办召开…。: a short line, the page's furniture, no hard wrap (review 68)
        m += 1
    return None


def _paragraph_entries(lines: list[_L], k: int, term: str, at: int, bare: bool, split: bool = True):
    """``(line, entry)`` for paragraph ``k`` opening with ``term`` and its marker at ``at`` (是, 就是): the definition
    from the marker to the end of the paragraph, split where a later sentence glosses the term again (``split``); none
    when the predicate states a role or a standing, or the paragraph ends no sentence. ``bare``: every clause is
    weighed."""
    below = lines[k]
    raw = below.raw
    indent = len(raw) - len(raw.lstrip(_SPACE))
    definition = raw[at:].rstrip(_SPACE)
    core = term_core(term)
    wrapped = _wrapped_tail(lines, k, definition, core)
    if wrapped is not None:  # 信用評級是為評核…發生違約的可 / 能性。: a printed page's hard wrap, joined
        definition += wrapped[0]
    predicate = definition[2:] if definition.startswith("就是") else definition[1:]
    # under a heading saying the section tells what the term is, its first clause is the genus and a later
    # 是-clause its standing (派驻纪检组是…派驻的纪律检查机构,是纪委监委的重要组成部分,…); under a bare term every
    # clause is weighed, as in running prose (信息共享是府院联动的基础。)
    weighed = predicate if bare else FIRST_CLAUSE.match(predicate).group()
    if wrapped is not None:  # (the joined paragraph ends its sentence; a gloss of the term again in it leaves it unread)
        tail, last = wrapped
        if _role(weighed) or _weighs(predicate, core) or (split and _restating(term).search(definition)):
            return
        end = lines[last].start + len(lines[last].raw.rstrip(_SPACE))
        yield k, Found(term, definition, raw[indent:].rstrip(_SPACE) + tail, k + 1, below.start + indent, end)
        return
    if len(definition) < 6 or _role(weighed) or _weighs(predicate, core):
        return
    if not (_FINISHED.search(definition) or definition.endswith((":", "："))):
        return
    again = _restating(term).search(definition) if split else None
    if again is None:
        yield k, Found(term, definition, raw[indent:].rstrip(_SPACE), k + 1, below.start + indent, below.start + len(raw.rstrip(_SPACE)))
        return
    # the paragraph glosses the term again (…的一个重要手段。简单地说,“实体清单”就是一份“黑名单”,…): the first gloss
    # ends before the sentence restating the term, which is a second entry running to the paragraph's end
    first = definition[: again.start()]
    end = at + again.start()
    yield k, Found(term, first, raw[indent:end], k + 1, below.start + indent, below.start + end)
    named, opened = at + again.start("term"), at + again.start("marker")
    second = raw[opened:].rstrip(_SPACE)
    yield k, Found(raw[named:opened], second, raw[named:].rstrip(_SPACE), k + 1, below.start + named, below.start + len(raw.rstrip(_SPACE)))



# A numbered item whose label names the meaning, bare (``定义``, ``基本定义``, ``概念``, ``含义``; another aspect beside it:
# ``定义与作用``), with its paragraph run in after a space and opening with the term and a bare 是 (``1.定义与作用
# 居民自治章程是社区居民…共同制定的自治性规章。``, a page flattening each item's label onto its paragraph): the label is no
# headword, and the paragraph defines the term it restates, as below a heading ``X的定义``.
# A plan's text served with its run-in headings on one line (…争创社会主义现代化先行省。 (二)定义内涵 数字化改革是…的过程,…。
# 要从三个方面来理解和把握内涵: 1.从改革方向看,…, 662, a provincial plan reposted on a city bureau's site) sets such a label, numbered,
# after a sentence's stop, and may pair two meaning words (定义内涵, 概念内涵); the gloss there ends with its closing lead-in colon,
# the numbered understanding points run in after it no part of it (as a parent ends with its lead-in, GOLD2's 法人单位).
# An answer's aspect labels set before a colon (性质与目的:耕地保护补贴是政府为…而设立的经济补偿,…, P2191, among 发放标准:,
# 受益对象: labels that restate nothing) label the term's nature as 定义 does: 性质 counts there, with the colon.
_MEANING_WORD = r"(?:定[义義]|含[义義]|涵[义義]|内涵|內涵|概念)"
_RUN_IN_MEANING_LABEL = re.compile(
    rf"(?:^[\s\u3000]*(?:{_SECTION_NUMBER}[\s\u3000]*)?|(?<=[。！？!?])[\s\u3000]*{_SECTION_NUMBER}[\s\u3000]*)"
    rf"(?:(?:基本)?{_MEANING_WORD}{{1,2}}(?:[与和及與][^\s\u3000,，。；;:：]{{1,4}})?[\s\u3000]+"
    r"|(?:性质|性質)(?:[与和及與][^\s\u3000,，。；;:：]{1,4})?[\s\u3000]*[:：][\s\u3000]*"
    # (or the item's label is the term itself, its break to the paragraph restating it lost: (2)職業訓練局職業訓練局是本港提供
    # 職業教育及培訓的主要機構,…, 784, an education bureau's overview whose bold labels the page served run in; the word
    # written twice in a row, the second opening the paragraph, as a headword line over a paragraph restating it reads)
    r"|(?=(?P<label>[^\s\u3000,，。；;:：、!！?？“”「」()（）]{3,12})(?P=label)是)(?P=label))"
    r"(?P<term>[“「]?[^\s\u3000,，。；;:：、!！?？“”「」()（）]{2,20}?[”」]?)(?=是(?![否不什指]))"
)


_LAST_CLAUSE = re.compile(r"[^,，；;]*$")
_CLAUSE_BREAK = re.compile(r"[,，；;]")
# A clause closing on 的 and a noun phrase of a few characters (…重塑的过程): a genus.
_CLOSES_ON_NOUN = re.compile(r"的[\u4e00-\u9fff]{1,6}$")
# A closing lead-in colon with the next numbered point run in after it (…理解和把握内涵: 1.从改革方向看…): the gloss ends there.
_LEAD_IN_THEN_POINT = re.compile(r"[:：](?=[\s\u3000]+(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d))")


def run_in_meaning_labels(lines: list[_L], free: list[bool], *, inside_line: bool = False):
    """``(line, entry)`` for each free line ``N.定义与作用 X是…`` (see :data:`_RUN_IN_MEANING_LABEL`) whose term the page
    names again elsewhere (the section it stands in is about it): the definition from 是 to the end of the line, weighed
    as under a meaning heading (a role or a standing, ``X是…的重要组成部分``, is none). With ``inside_line``, only the labels
    run in after a sentence's stop (a plan's headings flattened onto one line), read before the passes that take the line
    as one numbered unit."""
    page = None
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        label = _RUN_IN_MEANING_LABEL.search(line.raw)
        if label is None or inside_line and not line.raw[: label.start()].strip(_SPACE):
            continue
        term = label.group("term")
        if not _good_term(term) or _YEAR.match(term) or _DEICTIC.match(term):
            continue
        raw = line.raw
        lead_in = _LEAD_IN_THEN_POINT.search(raw, label.end())
        raw = raw[: lead_in.end()] if lead_in else raw
        definition = raw[label.end() :].rstrip(_SPACE)
        predicate = definition[1:]
        if len(definition) < 6 or not (_FINISHED.search(definition) or lead_in):
            continue
        core = term_core(term)
        # the genus closes the first sentence (…共同制定的自治性规章。): a role or a standing is weighed there, not in an
        # adverbial clause before it (根据法律法规、政策要求,…); in a long sentence, the first clause closing on 的 and a noun
        # (…进行全方位、系统性重塑的过程, 662), the clauses after it saying what the thing brings about (…努力成为…的重大标志性成果)
        first = FIRST_SENTENCE.match(predicate).group().rstrip("。！？!?")
        genus = next((c for c in _CLAUSE_BREAK.split(first) if _CLOSES_ON_NOUN.search(c)), None) or _LAST_CLAUSE.search(first).group()
        if _role(genus) or _weighs(predicate, core):
            continue
        if page is None:
            page = "".join(other.clean for other in lines)
        if len(core) < 2 or page.count(core) < 2:
            continue
        yield line.index, Found(
            term, definition, raw[label.start("term") :].rstrip(_SPACE), line.index + 1,
            line.start + label.start("term"), line.start + len(raw.rstrip(_SPACE)),
        )


# A page's opening paragraph naming its subject (课后延时服务是…的惠民政策,…, 合规就是将…): the term (quoted or not), then
# 就是 or a bare 是 (not 是否, 是不是, 是什么, 是个, 是指: the prose pass reads 是指).
# (a class the subject belongs to may come first, set off by a comma: 耕地保护补贴属于政策性收入,是国家为…而发放的专项财政补贴,…,
# P2191, an exam site's answer: the genus lead is left out, the definition opens at 是, as after a status lead)
# (an FAQ page served as answers only opens with its first answer's label, 答:「个人自愿安排」是《破产条例》所订的正式程序,…, 857,
# an official receiver's FAQ: the label is no part of the term, as 答: before a marker is dropped in the prose pass)
# (and an exam question's first passage opens with its material label, 材料一 预制菜是经预选、调制等工艺加工而成的半成品或成品。…,
# P3124, an exam site's question: the label numbers the passage, no part of the term)
_OPENING = re.compile(
    r"[\s\u3000]*(?:(?:答|A|Ａ)[\s\u3000]*[:：][\s\u3000]*|" + MATERIAL_LABEL.pattern + r"[\s\u3000]*[:：]?[\s\u3000]*)?(?P<term>[“「《\"]?[^\s\u3000,，。；;:：、!！?？“”「」《》()（）\"]{2,20}?[”」》\"]?)"
    r"(?:(?:属于|屬於)[^\s\u3000,，。；;:：!！?？]{2,12}[,，][\s\u3000]*)?"
    # (a space a page sets between a quoted subject and its verb, “易邮寄” 是一部可以让公众以自助方式投寄邮件的邮政设施,…, 781, a
    # post office's FAQ served as answers only: the quotes close the subject, the space is none of it)
    r"(?:(?<=[”」》\"])[ \u3000])?"
    r"(?P<marker>就是|是(?![否不什指个個]))"
)
# A pointing word, not a term (这里是…, 今天是…, 我们是…).
_DEICTIC = re.compile(r"[“「《\"]?(?:这|這|那|它|今|我|你|他|她|本|此|其)")
# A question in the first sentence (X是哪两个城市?, X是谁): the page asks, an answer follows.
_ASKED = re.compile(r"[?？吗嗎]|哪|谁|誰|多少|怎么|怎麼|如何")
FIRST_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")
# How often the page names its subject after the opening, at least: an article about the term comes back to it.
_NAMED_AGAIN = 2


def opening_paragraph_definitions(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for the page's first paragraph opening with ``X是…`` or ``X就是…`` (below a title line naming
    ``X`` alone, if there is one), when the page names ``X`` at least twice more: an explainer's lead saying what its
    subject is (``课后延时服务是教育部门为…推出的惠民政策,…``; ``特别预算`` / ``特别预算是国家因应特殊情况的财务开支。``).
    Its first clause is weighed as under a meaning heading: a lead of standing (``专职网格员是基层社会治理的重要力量``)
    or a commentary's figure is none, and a subject the page does not come back to (``今天是…``) is none either."""
    opened = [line for line in lines if not line.blank]
    if not opened:
        return
    first = opened[0]
    title = None
    if len(opened) > 1 and _TITLE.fullmatch(first.clean) and opened[1].raw.lstrip(_SPACE).startswith(first.clean.strip(_SPACE)):
        title, first = first.clean.strip(_SPACE), opened[1]  # 特别预算 / 特别预算是…: the title names the subject
    if not free[first.index]:
        return
    lead = _OPENING.match(first.raw)
    if lead is None:
        return
    term = lead.group("term")
    if _DEICTIC.match(term) or not _FINISHED.search(first.raw.rstrip(_SPACE)) or _ASKED.search(FIRST_SENTENCE.match(first.raw).group()):
        return  # 这里是著名的车城 / X是哪两个城市? / …具体说明如下:: no subject defined
    if _WORD_KIND.search(FIRST_CLAUSE.match(first.raw, lead.end()).group().rstrip(_SPACE)):
        return  # “农禾”是由“农”与“禾”组成的复合词: a remark on the word, not what it names
    if len(FIRST_CLAUSE.match(first.raw, lead.end()).group().strip(_SPACE)) < _GENUS_MIN:
        return  # 团结就是力量, 发展是硬道理, 民生是为政之要: a maxim, too short for a genus, no gloss
    if _COUNTED_YEAR.match(term) or _DIRECTIVE.search(first.raw, lead.end()):
        return  # 一九五七年是…的一年; 中华民族是…的大家庭。我们要坚持…: a report's topic sentence before its tasks
    if title is not None and term_core(term) != term_core(title) or not _good_term(term) or _YEAR.match(term):
        return
    core = term_core(term)
    page = "".join(line.clean for line in lines)
    if len(core) < 2 or page.count(core) < 1 + _NAMED_AGAIN + (title is not None):
        return
    # a page's lead restating its subject in a second sentence (金税四期是…工程。金税四期是在…的创新项目,…) is one gloss
    yield from _paragraph_entries(lines, first.index, term, lead.start("marker"), False, split=False)


# The shortest first clause after the marker a genus takes (是国家因应特殊情况的财务开支); a maxim's is shorter (就是力量,
# 是硬道理, 是为政之要: the 2022 congress report's 团结就是力量, the 2000 work report's 发展是硬道理).
_GENUS_MIN = 6
# A year in Chinese numerals (一九五七年是…的一年, the 1958 work report) or one side of a contrast (一方面是…,另一方面是…): no term.
_COUNTED_YEAR = re.compile(r"[一二三四五六七八九〇零]{2,4}年|(?:另)?一方面")
# A clause or sentence of the speaker's tasks in the paragraph (…的大家庭。我们要坚持…, …的战略资源。要坚持…, 是为政之要,
# 必须…): a work report's or a congress report's paragraph, its opening the topic sentence of its tasks, not an explainer's lead.
_DIRECTIVE = re.compile(r"[,，。；;][\s\u3000]*(?:我们|我們|全党|全黨|各级政府|各級政府|各地|政府)?(?:还|還|更|也|都|仍|就)?(?:要(?![求素])|必须|必須|一定要)")
# A first clause saying what kind of word the subject is (…组成的复合词, …的常用术语, …提出的一个概念): about the word.
_WORD_KIND = re.compile(r"(?:复合词|複合詞|词语|詞語|词汇|詞彙|术语|術語|概念|说法|說法|提法|用语|用語|[一个個]词|[一个個]詞)$")
# A title line naming one thing: a short run of words with no sentence punctuation.
_TITLE = re.compile(r"[\s\u3000]*[^\s\u3000,，。；;:：、!！?？“”「」《》()（）]{2,20}[\s\u3000]*")


@lru_cache(maxsize=256)
def _restating(term: str) -> re.Pattern[str]:
    """A later sentence of the paragraph naming ``term`` again (quoted or not, after a plain-words lead such as
    ``简单地说,``) before a marker: the term glossed a second time."""
    return re.compile(
        rf"(?<=[。！？!?])[\s\u3000]*(?:[^。！？!?,，“”]{{1,8}}[,，][\s\u3000]*)?(?P<term>[“「\"]?{re.escape(term)}[”」\"]?)"
        r"(?P<marker>就是|是指|是(?![否不什])|即)"
    )


# A paragraph opening with a term's meaning as a label of its own, then a comma or colon and a gloss without a verb
# (全面从严治党的内涵,基础在全面,关键在严,要害在治,…的新认识。, P550): the frame ``X的内涵`` is the term.
_MEANING_LABEL_PARAGRAPH = re.compile(
    r"[\s\u3000]*(?P<term>(?P<topic>[^\s\u3000,，。；;:：、!！?？“”「」]{2,20}?)的(?:内涵|內涵|含[义義]|涵[义義]))[\s\u3000]*[,，:：][\s\u3000]*"
)
# A gloss opening with a marker or a verb of its own is the prose pass's (X的含义,是指…: the term is X).
_OPENS_WITH_MARKER = re.compile(r"(?:是|指|即|系|係|为|為|包括|主要|就是|在于|在於|有|可以)")
# A first clause saying something of the meaning instead of giving it: how it was set out (…在…会议上作了深刻阐述) or how
# it grows (随着实践发展还将不断深化和拓展, 十分丰富): a remark on the meaning, no gloss.
_ABOUT_THE_MEANING = re.compile(
    r"(?:阐述|闡述|阐释|闡釋|阐明|闡明|论述|論述|概括|界定|理解|把握|丰富|豐富|深化|拓展|发展|發展|完善|深刻)了?$"
)


def meaning_label_paragraphs(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each free paragraph opening with ``X的内涵,`` (含义, 涵义; a colon for the comma) and a whole
    sentence or more after it, when the page names ``X`` twice more at least (the page is about it): the frame is the term,
    the definition the words after the separator (P550's ``全面从严治党的内涵,基础在全面,…``). Not when the words after it
    open with a marker (``X的含义,是指…``: X's own definition), when its first clause remarks on the meaning instead of
    giving it (``…作了深刻阐述``, ``…还将不断深化和拓展``), or the page does not come back to X."""
    page = "".join(line.clean for line in lines)
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw
        label = _MEANING_LABEL_PARAGRAPH.match(raw)
        if label is None or not _good_term(label.group("topic")):
            continue
        definition = raw[label.end() :].rstrip(_SPACE)
        if len(definition) < 12 or _OPENS_WITH_MARKER.match(definition) or not _FINISHED.search(definition):
            continue
        if _ABOUT_THE_MEANING.search(FIRST_CLAUSE.match(definition).group().rstrip(_SPACE)):
            continue  # 共同富裕的内涵,习近平总书记在…会议上作了深刻阐述。: a remark on the meaning
        if page.count(label.group("topic")) < 3:
            continue
        yield line.index, Found(label.group("term"), definition, raw[label.start("term") :].rstrip(_SPACE), line.index + 1, line.start + label.start("term"), line.start + len(raw.rstrip(_SPACE)))
