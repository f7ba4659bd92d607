"""Headword lines: what a short line naming a term looks like, and the lines around it."""

from __future__ import annotations

import re

from policyterms.text.fold import TONE_MARKED, strip_pinyin
from policyterms.mining.extract_layouts.headword_marks import without_square_brackets
from policyterms.mining.extract_layouts.common import TONE_MARK, _ASIDE, _L, _PAGE_REFERENCE, _SPACE, _good_term, _is_furniture, _page_furniture_term, _table_row
from policyterms.mining.extract_layouts.notes import _ALIAS_WORDS, _POINTS
from policyterms.mining.extract_layouts.cited_rules import cited_law_end
from policyterms.mining.extract_layouts.indicators import data_section_label
from policyterms.mining.extract_layouts.unit_cells import unit_line
from policyterms.mining.extract_layouts.header_cells import attribute_head_row


# --- pass 4: headword lines ------------------------------------------------------------------

_PREFIX = re.compile(
    # (a pictograph a blog or a news site sets as its bullet, 🔹 碳稅(Carbon Tax), 📌, ✅: a mark as ● is, P3054)
    r"^[\s\u3000]*(?:(?:[●○■□◆◇▲△★☆·•◎]|[\U0001F300-\U0001FAFF\u2705\u2714\u2733\u2734\u25B6\u27A1][\uFE0F]?)+[\s\u3000]*|-[\s\u3000]+|[（(]新?[^（()）]{0,6}[一二三四五六七八九十\d]{1,3}[）)][\s\u3000]*|"
    r"\d{1,2}[\s\u3000]*[.．、](?!\d)[\s\u3000]*|[一二三四五六七八九十]{1,3}、|"
    # (or closed by a half bracket, 1) 什么是「专工专责」规定?, 808, a Hong Kong council's FAQ; 2）X: the numbering English-style
    # lists give, as (1) and 1. are; not before a digit, 1)2023年)
    r"\d{1,2}[)）](?![\d)）])[\s\u3000]*|"
    # (a lower-case letter or Roman numeral so closed, a) / b), ii. / iii), and a Roman numeral sign, Ⅱ. / Ⅲ、: the
    # sub-list numberings of English-style and Hong Kong pages, before a headword as (a) and (ii) are)
    r"(?:[a-z]|i{2,3}|iv|vi{0,3}|ix)[)）][\s\u3000]*(?=[^\s\u3000])|(?:i{1,3}|iv|vi{0,3}|ix)[.．][\s\u3000]+(?=[^\s\u3000A-Za-z])|"
    r"[\u2160-\u216b][.．、][\s\u3000]*|[一二三四五六七八九十]{1,3}[.．](?![\d一二三四五六七八九十])[\s\u3000]*|第[一二三四五六七八九十\d]{1,3}[个個条條][:：]?|"
    r"\*{1,3}(?=[^*\s\u3000])|#{1,4}[\s\u3000]+"  # markdown left in the page: **高质量发展**, ## 高质量发展, - 津城
    # a glossary column's label before the term in an item's title (名词解释:交通拥堵费, P2937, a driving site's repost of a
    # news agency's item; 热词:, 新词:): the column, no part of the term
    r"|(?:名词解释|名詞解釋|热词|熱詞|新词|新詞)[\s\u3000]*[:：|｜][\s\u3000]*(?=[^\s\u3000])"
    # an FAQ's question label, numbered or not, before the question it asks (Q1:食品添加物是什麼?, 問:…?, P3121, a food-test
    # company's FAQ): it numbers the question as 1. would, no part of the asked word
    r"|(?:[Qq]|问|問|提问|提問|问题|問題)\d{0,3}[\s\u3000]*[:：.．][\s\u3000]*(?=[^\n。！!]{2,60}[?？][\s\u3000]*$)"
    # (or the bare number a Q&A site gives each question, set off by a space, before a question opening with its asking words:
    # 1701 什麼是最低稅負制?, P3145, a Taiwan accountancy firm's numbered Q&A; only before 什麼是/何謂…, so a hotline's number or a
    # year before a sentence stays as it is)
    r"|\d{1,5}[ \t\u3000]+(?=(?:什么是|什麼是|甚麼是|何谓|何謂|何为|何為|什么叫|什麼叫)[^\n。！!]{2,40}[?？][\s\u3000]*$)"
    # (or any other numbering an FAQ gives its questions, before a line closing on its question mark: circled and bracketed
    # numerals ①什么是X?, ⑴, ❶; a section's number 1.1 什么是X?; a letter (a) 什么是X?, a) …, A. …; a spaced half bracket 1 ) …;
    # a question label with a space or 问题1: (Q1 什么是X?, 問題1:…): the number, as 1. is, no part of the asked word)
    r"|(?:[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2793]|\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．])|[(（][a-zA-Z][)）]|[a-zA-Z][)）.．]"
    r"|\d{1,2}[ \t\u3000]+[)）]|(?:[Qq]\d{1,3}|问题\d{1,3}|問題\d{1,3})(?=[ \t\u3000:：.．])[:：.．]?)[\s\u3000]*"
    r"(?=[^\s\u3000\d][^\n。！!]{1,60}[?？][\s\u3000]*$)"
    r")"
)
# (a Chinese numeral set off by a full stop as a digit is, 一.什麼是國土功能分區及分類, 771, a Taiwanese land office's explainer:
# the numbering Taiwanese pages give their sections as often as 一、)
# The marks a news digest sets its section headings off with (◆情绪经济兴起, ◆消费的意义转向“安顿自我”, P1789): a report's
# subheadings when the paragraph below does not define them (see news_section_headings; a keyword block's ● stays,
# ● 独角兽企业、瞪羚企业 over its 追新词 gloss).
_NEWS_SECTION_MARKS = "◆◇■□"
# An item number set off by a bar before a headword (1|「炒雞」, 2|「skr」: a travel or lifestyle site's numbered list,
# P548), the rest of the line holding no other bar (1|2023|… is a table row).
_BAR_ITEM = re.compile(r"^\d{1,2}[\s\u3000]*[|｜][\s\u3000]*(?=[^|｜\s\u3000][^|｜]*$)")
# An explanation opening with a commentary label (关键词解读:, 实例分析:, 点评:) comments on a keyword
# heading; it does not define it.
_COMMENTARY_LABEL = re.compile(r"^[^\s\u3000:：，,。【】]{0,6}(?:解[读讀]|[点點][评評]|[评評][论論析]|分析)[\s\u3000]*[:：]")
# 到底/究竟 before the asking words (12345到底是什么热线电话?, P2458) press the question, no part of the term; a kind after
# 是什么 (是什么热线电话, 是什么机构) asks what sort of thing the term is, which the answer's genus says (12345是…便民热线电话) —
# but not a cause, a time or a difference (是什么原因, 是什么时候, 是什么关系), which asks about something else.
# (not 到底 closing a verb's phrase as its complement — carried through to the end: 把改革进行到底, 坚持到底, 一抓到底,
# 一张蓝图绘到底, review 56 — which is the term's own; the question asks what the slogan means)
_PRESSING = r"(?<!进行)(?<!進行)(?<!坚持)(?<!堅持)(?<!贯彻)(?<!貫徹)(?<!落实)(?<!落實)(?<!执行)(?<!執行)(?<!斗争)(?<!鬥爭)(?<!奉陪)(?<!一.)(?<!绘)(?<!繪)到底"
_QUESTION = re.compile(
    r"^(?:什么是|什麼是|甚麼是|甚么是|何为|何為|什么叫|什麼叫|何谓|何謂)?(.{2,30}?)(?:" + _PRESSING + r"|究竟)?"
    r"(?:(?:指的是什么|是指什么|指什么|是什么|指的是什麼|是指什麼|指什麼|是什麼|是啥)(?:意思)?|什么意思|什麼意思|啥意思"
    r"|(?:是什么|是什麼)(?:样的|樣的)?(?!原因|时候|時候|时间|時間|关系|關係|区别|區別|样子|樣子|情况|情況|问题|問題|地方|作用|用途|意义|意義"
    # (nor a measure or a property the term has — its rank, standard, conditions, rate, colour, staffing, rules: 乡镇党委书记是什么
    # 级别?, 低保是什么标准?, 健康码是什么颜色的?, review 56 — whose answer gives a value, no kind)
    r"|级别|級別|级|級|标准|標準|条件|條件|要求|规定|規定|利率|费率|費率|价格|價格|费用|費用|金额|金額|额度|額度|比例|水平|颜色|顏色"
    r"|编制|編制|流程|程序|手续|手續|材料|年龄|年齡|期限|来历|來歷|由来|由來)"
    # (and a kind is a noun: a phrase closing on 的 asks a cause or a maker, 头痛是什么引起的?, 健康码是什么颜色的?)
    r"[\u4e00-\u9fff]{0,3}[\u4e00-\u7683\u7685-\u9fff])?[?？]$"
)
# A question about a thing pointed at (这个补贴是什么?, 这项政策到底是什么?, review 56): the pronoun names no term; the page's
# title or the text above said what it is.
_POINTED_SUBJECT = re.compile(r"^(?:这|這|那)(?:个|個|项|項|种|種|些|条|條|类|類|次|份)")
# A plain-words adverb closing a question's subject (网格化管理简单说是什么意思, P1426; Cantonese 簡單啲講): it asks for a
# simple answer and is no part of the term.
_PLAIN_WORDS_ASKED = re.compile(r"(?<=..)(?:简单|簡單|通俗|具体|具體)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)$")
# An FAQ's polite opening before a question title (請問什麼是古蹟?, 572).
_POLITE_ASKING = re.compile(r"^(?:请问|請問)[\s\u3000]*(?=什么是|什麼是|何为|何為|什么叫|什麼叫|何谓|何謂)")
# A spoken question title (那什么是首仿呢?, 什么是药品批件呢?, P2790, a company's explainer in numbered questions; 那么什么是X呀? in
# any chatty explainer): the connective 那/那么 opening it and the particle closing it (呢, 呀, 啊, 嘛) ask as 什么是X? does
# (那这个补贴是什么呢?: the thing pointed at is still no term).
_SPOKEN_ASKING = re.compile(r"^(?:那么|那麼|那)[\s\u3000,，]*(?=什么是|什麼是|甚麼是|甚么是|什么叫|什麼叫|何为|何為|何谓|何謂|这|這)")
_SPOKEN_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff”」\"])(?:呢|呀|啊|嘛)[?？]$")
# A question title that lost its question mark: 规模以上工业指的是什么意思
_QUESTION_TAIL = re.compile(r"(?:指的是|是指|指|是)?(?:什么|什麼|啥)(?:意思)?$|^(?:什么是|什麼是|甚麼是|甚么是|什么叫|什麼叫|何谓|何謂)")


# A title asking about its word twice, in two ways set off by a space (什么叫反诈骗 反诈骗是什么意思, P2852, a Q&A site's
# answer; a search-optimised title so asks 什么是X X是什么意思 on many sites): the question is about the one word.
_ASKED_TWICE = re.compile(r"(?P<word>[^\s\u3000,，。；;:：?？]{2,25})[\s\u3000]+(?:什么是|什麼是|什么叫|什麼叫)?(?P=word)")
# A question about a quoted word that a qualifier places (工业统计中“四下”企业财务状况中的"营业成本"指什么?):
# the term is the quoted word, quotation marks kept.
_ASKED_QUOTED = re.compile(r"^[^?？]{1,30}?的([“「\"][^“”「」\",，。]{1,20}[”」\"])$")
# A line wholly in brackets after an explanation (the answering office, a contact): a remark that
# ends the explanation, so an answer repeated below it is not joined to it.
_BRACKETED_REMARK = re.compile(r"^[(（][^()（）]{2,80}[)）]$")


# A heading naming a term's meaning (“放管服”的含义, 新质生产力的定义): the term is what comes before 的.
_FRAMED_HEADING = re.compile(r"(.{2,30}?)的(?:含[义義]|涵[义義]|定[义義]|概念|意思)")
# A term's definition labelled on a line of its own, the label word glued to the term and a colon after it (古蹟定義:, 864, a
# heritage office's list page, over the cited article and its 指…): the term is what comes before 定義.
_DEFINITION_LABEL_LINE = re.compile(r"(.{2,15}?)(?:的)?定[义義][\s\u3000]*[:：]")


# A heading naming a term's meaning beside another aspect, or its connotation (乡村振兴的含义和意义, X的意义和含义, X的内涵和
# 意义, X的内涵与重要性): the term is what comes before 的. The section goes on to the other aspect, so the headword counts
# alone only when its paragraph opens as a definition (指…), as a plain headword line does.
_PAIRED_MEANING_HEADING = re.compile(
    r"(.{2,30}?)的(?:(?:意义|意義|作用|特点|特點|特征|特徵|背景|由来|由來)[和与與及、])?"
    r"(?:含[义義]|涵[义義]|内涵|內涵|定[义義]|概念)"
    r"(?:[和与與及、](?:意义|意義|作用|特点|特點|特征|特徵|重要性|外延|意思))?"
)


def _paired_meaning_term(body: str) -> str | None:
    """The term of a heading naming its meaning beside another aspect or its connotation (``知识下基层的内涵和意义``
    → ``知识下基层``); None for any other line (a sentence, a heading of the meaning alone)."""
    if re.search(r"[，,。；;：:!！?？]", body):
        return None
    paired = _PAIRED_MEANING_HEADING.fullmatch(body)
    return paired.group(1) if paired else None


# A headword line ending in a colon, its explanation on the next line (资源变资产: / 将沉睡的…).
_COLON_HEAD = re.compile(r"^([^:：]{2,25})[:：]$")
# A remark in brackets closing such a line, on what the item needs or allows (●普通輕型機器腳踏車(電動機車,需考照,酒駕、未戴安全帽
# 有罰則): / ●電動自行車(不需考照):, P2933, a Taiwan daily's list of two-wheelers): a clause — several phrases, or one opening
# with 需, 須, 免, 可 or their negation — no part of the headword, and no length of it. An abbreviation, another name or a
# qualifier in brackets (GDP, 制造业) is none.
_REMARK_COLON_HEAD = re.compile(
    r"^([^:：()（）]{2,25}?)[\s\u3000]*[(（](?:[^()（）:：]{1,30}[,，、][^()（）:：]{1,30}|(?:不|無|无|毋)?(?:需|須|须|免|可)[^()（）:：]{1,20})[)）][:：]$"
)


def _colon_headword(line: _L) -> tuple[str, bool, bool] | None:
    text = line.raw.strip(_SPACE)
    match = _REMARK_COLON_HEAD.match(text) or _COLON_HEAD.match(text)
    if not match or _is_furniture(line.clean) or _table_row(line.raw):
        return None
    term = match.group(1).strip(_SPACE)
    return (term, True, False) if _good_term(term) else None


# A short explanation line finishing its sentence (给水: / 提供清洁水源。): under a colon headword line of a list, as whole
# an explanation as a long one.
_SHORT_GLOSS = re.compile(r"[^，,。；;:：!！?？]{4,11}[。！!]")


def listed_gloss(line: _L) -> bool:
    """Whether ``line`` explains the colon headword line above it in a list (:func:`_colon_lists`): a paragraph, or a
    short clause finishing its sentence."""
    return _body_line(line) or not _meta_line(line) and _SHORT_GLOSS.fullmatch(line.clean.strip(_SPACE)) is not None


# After a colon headword line, its paragraph restating the term straight before a strong marker (党日: / 党日即…, P1038).
_RESTATING_MARKER = re.compile(r"(?:是指|系指|係指|指的是|即(?![使便将將刻时時可]))")


def _restated_under_colon(term: str, paragraph: str) -> int:
    """Where the marker stands when ``paragraph`` opens with the colon headword ``term`` (quoted or not) run into a strong
    marker, 0 otherwise: the colon line is then a headword of its own, not an address or a section label (各位代表: /
    主要成效: open no restatement), and its definition opens at the marker."""
    for written in dict.fromkeys((term, _unquoted(term))):
        if len(written) >= 2 and paragraph.startswith(written) and _RESTATING_MARKER.match(paragraph, len(written)):
            return len(written)
    return 0


# A paragraph opening with a strong defining marker (指經型式審驗合格,…, 是指…, 係指…): the gloss of the colon headword above it.
_GLOSS_OPENING = re.compile(r"(?:是指|系指|係指|指的是|指(?![出导導挥揮标標数數南示定引向令明]))")


# A heading line: short, no sentence punctuation.
_HEADING_LINE = re.compile(r"[^。！？!?；;,，:：]{4,40}")
# A bracketed other name closing a headword (契約審閱期(買賣猶豫期間)): left out when the heading above is searched for the word.
_TRAILING_ASIDE = re.compile(r"[(（][^()（）]{1,20}[)）]$")


# A field's value rather than a gloss: one bare clause, no 的, no comma, no defining marker (北京某科技有限公司。 under 甲方:, 参观展览。
# under 上午:, 各區區議會。 under 協辦:, review 70 — a contract's parties, a day's programme, an event's organisers under a heading
# naming their labels, 甲方与乙方, 上午与下午安排, 主辦及協辦單位).
# (a clause closing on 者 describes who is meant, …不超過最低生活費1.5倍者。, the laws' way of defining: a gloss)
_BARE_VALUE = re.compile(r"(?!是|指|係|系|即)[^的,，;；。!！?？:：]{0,29}[^的,，;；。!！?？:：者][。！!]?")


def _names_every_term(heading: str, terms: list[str]) -> bool:
    """Whether ``heading`` is a heading line naming each of ``terms`` (a trailing bracketed other name aside): a section
    heading announcing the words its colon headwords explain."""
    if not _HEADING_LINE.fullmatch(heading):
        return False
    cores = [_TRAILING_ASIDE.sub("", _unquoted(term.strip(_SPACE + ":："))) for term in terms]
    return all(len(core) >= 2 and core in heading for core in cores)


def _colon_lists(lines: list[_L], free: list[bool], heads: list, meta: list[bool]) -> list[bool]:
    """Colon headword lines that form a list announced by a lead-in ending in a colon (具体来说:,
    部门收入主要包括以下内容:): each followed by one explanation paragraph and that by the next such
    line (blank lines aside); two at least (各位代表: alone is an address, and 主要成效: / … /
    存在问题: / … under a plain heading are a report's sections)."""
    n = len(lines)
    nxt = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        nxt[k] = k + 1 if k + 1 < n and not lines[k + 1].blank else nxt[k + 1] if k + 1 < n else n
    colon = [None if line.blank or not free[k] or meta[k] or heads[k] else _colon_headword(line) for k, line in enumerate(lines)]
    pair = [False] * (n + 1)
    for k in range(n):
        j = nxt[k]
        pair[k] = bool(colon[k]) and j < n and free[j] and colon[j] is None and heads[j] is None and not meta[j] and listed_gloss(lines[j])
    listed = [False] * n
    seen = [False] * n
    last = -1  # the last non-blank line before k
    for k in range(n):
        if pair[k] and not seen[k]:
            chain, m = [], k
            while m < n and pair[m] and not seen[m]:
                seen[m] = True
                chain.append(m)
                m = nxt[nxt[m]]
            lead_in = last >= 0 and lines[last].clean.rstrip(_SPACE)[-1:] in ":："  # 具体来说: / 部门收入主要包括以下内容:
            # (or glosses announcing the list themselves: two of its paragraphs open with a defining marker, ●電動輔助自行車(不需考照):
            # / 指經型式審驗合格,…之二輪車輛。 / ●電動自行車(不需考照): / 指…。, P2933; a report's sections open with no 指)
            glossed = sum(1 for m in chain if _GLOSS_OPENING.match(lines[nxt[m]].clean.strip(_SPACE))) >= 2
            # (or a heading right above naming every term of the list: 8.詳閱買賣定型化契約及契約審閱期 / 定型化契約: / 凡…均稱為定型化
            # 契約。… / 契約審閱期(買賣猶豫期間): / …, P3119, a property site's buyer tips: the heading announces the words it explains)
            named = last >= 0 and _names_every_term(lines[last].clean.strip(_SPACE), [colon[m][0] for m in chain]) and not any(
                _BARE_VALUE.fullmatch(lines[nxt[m]].clean.strip(_SPACE)) for m in chain
            )
            if len(chain) >= 2 and (lead_in or glossed or named):
                for m in chain:
                    listed[m] = True
        if pair[k] and not listed[k] and _restated_under_colon(colon[k][0], lines[nxt[k]].clean.strip(_SPACE)):
            listed[k] = True  # 党日: / 党日即党组织的活动日。…: one colon headword over the paragraph restating it
        if not lines[k].blank:
            last = k
    for k in range(n):
        if listed[k]:
            heads[k] = colon[k]
    return listed


# A heading that opens with a preposition or a 'how' and names a thing after 的 (从地方统计机构获取的主要渠道,
# 如何计算的…) is a section of an article, no term (从业人员, 从事… are words of their own).
_PREPOSITION_HEADING = re.compile(r"^(?:从|從|通过|通過|如何|怎样|怎樣|怎么|怎麼)(?![业業事而前来來])[^，,。；;]*的")
# A heading that urges its matter on the reader (公共安全問題不容忽視, 805; X刻不容緩, X勢在必行, X迫在眉睫): an essay's or a
# notes page's section title, a claim about the matter with its predicate, no term; it ends the explanation above it as a
# numbered section heading does. The predicates are the stock ones of such titles, a negated 'may' before 'overlook' or
# 'slacken' and the four-character 'urgent' idioms (有权不可任性, a slogan that is a term, keeps its own verb).
_URGING_HEADING = re.compile(
    r"(?:不容|不可|不能|不得)(?:忽視|忽视|忽略|小覷|小觑|輕忽|轻忽|鬆懈|松懈|懈怠)$"
    r"|(?:刻不容緩|刻不容缓|迫在眉睫|勢在必行|势在必行|時不我待|时不我待)$"
)


def _furniture_line(line: _L) -> bool:
    """A line that is page furniture or a label of the page's parts (``[编辑]``, ``• 图片``, ``佚名``, ``引言``,
    ``您对这篇文章的满意度``; see :func:`~policyterms.mining.extract_layouts.common._page_furniture_term`): no headword,
    and no part of the explanation above it either — it ends that explanation as a section heading does (a line refused
    as a headword would otherwise be read as explanation text)."""
    raw = line.clean.strip(_SPACE)
    prefix = _PREFIX.match(raw)
    body = (raw[prefix.end() :] if prefix else raw).strip(_SPACE)
    if body[:1] == "您":  # 您对这篇文章的满意度, 您即將進入之新聞內容 需滿18歲 方可瀏覽。: a short notice, not an answer's paragraph
        return len(body) <= 40 and _page_furniture_term(body)
    return bool(body) and _page_furniture_term(body, line=True)


# A weighing word between 的 and the points a heading announces (X的重大意義, X的重要作用, X的現實意义): still points.
_WEIGHED = r"(?:重大|重要|深远|深遠|现实|現實|历史|歷史|时代|時代|战略|戰略|积极|積極|主要|基本)?"


def news_section_headings(lines: list[_L], heads: list[tuple[str, bool, bool] | None]) -> list[int]:
    """The headword lines set off by a news digest's marks whose next paragraph does not open as their definition:
    ``◆情绪经济兴起`` / ``从“拉布布”到“马彪彪”,…`` (P1789), ``■周卫国`` over a column (P1342). A glossary setting its
    headwords off with the same marks opens the paragraph below as their definition (``■ 三张清单`` / ``指权力清单、…``),
    so its headwords stay. A question (``◆什么是X?``) stays too."""
    out = []
    for k, head in enumerate(heads):
        raw = lines[k].raw.strip(_SPACE)
        if head is None or raw[:1] not in _NEWS_SECTION_MARKS or raw.endswith(("?", "？")):
            continue
        below = next((line for line in lines[k + 1 :] if not line.blank), None)
        if below is None or not _opens_as_definition(below.clean.strip(_SPACE), head[0]):
            out.append(k)
    return out


def definition_label_line(line: _L) -> bool:
    """Whether ``line`` labels a term's definition (``古蹟定義:``, ``*統計項目定義:``): read as the headword only over a
    paragraph opening as a definition (指…), not over a form field's value (臺灣地區家庭購買…, 399)."""
    raw = line.clean.strip(_SPACE)
    prefix = _PREFIX.match(raw)
    return _DEFINITION_LABEL_LINE.fullmatch(raw[prefix.end() :] if prefix else raw) is not None


# Marks that make a definition label's word (古蹟定義:) or a framed heading's word (“放管服”的含义) a sentence rather than a
# term: a clause break or a stop, and for a label also a quotation mark.
_CLAUSE_MARK = re.compile(r"[，,。；;：:!！]")
_CLAUSE_OR_QUOTE_MARK = re.compile(r"[，,。；;：:!！“”「」]")


def _headword(line: _L) -> tuple[str, bool, bool] | None:
    """(term as written, prefixed?, strong?) of a headword line, or None. A strong headword
    (a question, or a dictionary headword followed by its romanised pronunciation) counts
    even alone."""
    raw = line.raw.strip(_SPACE)
    bar = _BAR_ITEM.match(raw)  # 1|「炒雞」: an item number set off by a bar, no table row
    if not raw or _is_furniture(line.clean) or _table_row(raw) and bar is None or attribute_head_row(raw):
        return None  # (核心要素 内容解释: a table's head row, :mod:`.header_cells`)
    if _page_furniture_term(raw, line=True):
        return None  # PDF, 下載PDF alone on a line: a download link (810), no headword; in a sentence a term (review 61)
    prefix = bar or _PREFIX.match(raw)
    body = raw[prefix.end() :] if prefix else raw
    if prefix and prefix.group().lstrip(_SPACE)[:1] == "*":
        body = body.rstrip("*" + _SPACE)  # **高质量发展**: the closing emphasis marks
    question = False
    read = read_headword(body)  # 价值指标   jià zhí zhǐ biāo; 遼東 Liáodōng [eastern and southern parts of Liaoning province]
    if read is not None:
        body, question = read, True
    if _QUESTION_TAIL.search(body) and not re.search(r"[，,。；;：:!！?？]", body):
        body += "?"  # (什么是X? has its question mark already)
    if body.endswith(("?", "？")):
        body = re.sub(r"^(?:\[[^\[\]]{1,8}\]|【[^【】]{1,8}】)", "", body)  # [统计知识]X指的是什么?: a column tag
        body = _POLITE_ASKING.sub("", body)  # 請問什麼是古蹟?: an FAQ asks politely, 請問 no part of the question (572)
        body = _SPOKEN_ASKING.sub("", _SPOKEN_PARTICLE.sub(body[-1], body))  # 3、那什么是首仿呢?: spoken, 那 and 呢 no part of it (P2790)
        match = _QUESTION.match(body)
        if not match or not (body.startswith(("什么是", "什麼是", "甚麼是", "甚么是", "何为", "何為", "什么叫", "什麼叫", "何谓", "何謂")) or match.end(1) < len(body) - 1):
            return None
        body, question = match.group(1), True
        twice = _ASKED_TWICE.fullmatch(body)  # 什么叫反诈骗 反诈骗是什么意思: a title asking its word twice (P2852)
        body = twice.group("word") if twice else body
        if _POINTED_SUBJECT.match(body):
            return None  # 这个补贴是什么?: a thing pointed at, no term (review 56)
        # (网格化管理简单说是什么意思, P1426: a plain-words adverb asks for a simple answer, no part of the term)
        body = _PLAIN_WORDS_ASKED.sub("", body)
        if re.search(r"[”」\"][、,，和与與及]|[、,，和与與及][“「\"]|提到|提出", body):
            return None  # “碳达峰”和“碳中和”, 报告里提到的“…”: a question about several terms or a quote
        asked = _ASKED_QUOTED.match(body)  # …财务状况中的"营业成本"指什么?: the question asks about the quoted word
        inner = re.match(r"^.{0,6}?[里裡中](.{2,})$", body)  # 统计指标里X → X
        if asked:
            body = asked.group(1)
        elif inner and not re.search(r"[里裡中]", body[:1]):
            body = inner.group(1)

    if re.search(r"的" + _WEIGHED + _POINTS.pattern, body):
        return None  # 新发展理念的意义, X的重大意義(是什麼?): a heading announcing points about a term, no headword
    if _PREPOSITION_HEADING.match(strip_pinyin(body)):
        return None  # 1.从地方统计机构获取的主要渠道: a section heading, no term
    if _URGING_HEADING.search(body.rstrip(_SPACE + "!！")):
        return None  # 1.公共安全問題不容忽視: a section title urging its matter, no term (805)
    labelled = _DEFINITION_LABEL_LINE.fullmatch(body)
    framed = _FRAMED_HEADING.fullmatch(body)
    if labelled and not _CLAUSE_OR_QUOTE_MARK.search(labelled.group(1)):
        body = labelled.group(1)  # 古蹟定義: / (cited article) / 指…: the label of the term's definition (864), counting alone
        # only over a paragraph opening as a definition (*統計項目定義: / 臺灣地區家庭購買…, 399: a metadata form's field)
    elif framed and not _CLAUSE_MARK.search(body):
        body, question = framed.group(1), True  # “放管服”的含义: a heading announcing the term's meaning counts alone
    elif (paired := _paired_meaning_term(body)) is not None:
        body = paired  # 乡村振兴的含义和意义: the term, counting alone only above a paragraph opening as a definition
    body = re.sub(r"[（(][^（()）]*[:：][^（()）]*[）)]$", "", body).strip(_SPACE)  # 具身智能(外延新词:…)
    if "=" in body or "＝" in body:
        return None  # 货物(旅客)周转量=∑〔…〕: a formula line, part of the explanation above it
    if sense_heading(body):
        return None  # 辞典解释, 网络解释: a word card's sense heading, no headword (its senses are the card's, P902)
    if data_section_label(strip_pinyin(body)):
        return None  # 01、数据简介 / 02、相关数据指标: a data page's sections, no terms
    if re.search(r"\[\d{1,3}\]", body):
        return None  # 一、城乡[2]人口: a section heading pointing to a note, which explains the term
    if not _MEANING_LABEL.match(body):
        body = without_square_brackets(body)  # 【营业收入】 alone on its line: the brackets are no part of the headword
    good = _good_term(body) or _bilingual_headword(body)
    return (body, bool(prefix), question) if good and "、" not in strip_pinyin(body)[-1:] else None


# A glossary's headword line giving the Chinese word (its abbreviation in brackets) and then its English name (交通噪音指標(TNI)
# Traffic noise index, 噪音分布值(Lx) Percentile level…, 699's noise glossary): the English name makes the line longer than a
# term, but the Chinese word before it is the headword's test; the line stays the term as written.
_ABBREVIATION = r"[(（][A-Za-z0-9]{1,8}[)）]"
_BILINGUAL_HEADWORD = re.compile(
    rf"(?P<zh>[\u4e00-\u9fff][^\sA-Za-z,，。；;:：]{{1,19}}?(?:{_ABBREVIATION})?)[ \u3000]+"
    r"[A-Z][A-Za-z'’\-]*(?:[ \u3000]+[A-Za-z][A-Za-z'’\-]*|\ufffd[A-Za-z]+){0,6}"
)

# (that abbreviation closing the Chinese word, left out of the word the paragraph restates)
_CLOSING_ABBREVIATION = re.compile(_ABBREVIATION + "$")


def bilingual_chinese(body: str) -> str | None:
    """The Chinese word of a bilingual headword line, without its bracketed abbreviation (交通噪音指標 of
    ``交通噪音指標(TNI) Traffic noise index``): the word its paragraph restates; None for any other line."""
    match = _BILINGUAL_HEADWORD.fullmatch(body.strip(_SPACE))
    return _CLOSING_ABBREVIATION.sub("", match.group("zh")) if match else None


def _bilingual_headword(body: str) -> bool:
    """Whether ``body`` is a Chinese headword and its English name (see :data:`_BILINGUAL_HEADWORD`).

    >>> _bilingual_headword("交通噪音指標(TNI) Traffic noise index"), _bilingual_headword("噪音管制區 Noise control area")
    (True, True)
    >>> _bilingual_headword("Traffic noise index"), _bilingual_headword("交通噪音指標,其定義公式如下 TNI")
    (False, False)
    """
    match = _BILINGUAL_HEADWORD.fullmatch(body.strip(_SPACE))
    return match is not None and _good_term(match.group("zh"))


# Lines around a page's text that are neither headword nor explanation: a date, a source,
# an author, a romanised pronunciation (dictionary pages).
_META = re.compile(
    r"^(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}|(?:(?:文章|信息|稿件)?(?:来源|來源)|[发發]布日期|作者|[发發]布[时時][间間]|[时時][间間]|[编編][辑輯]|[责責]任[编編][辑輯]|[书書]籍|出[处處]|更新[时時][间間]|[关關][键鍵][词詞])\s*[:：]|(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s\u3000]+\S{2,4}(?:[\s\u3000]+\S{2,4})*$)"
)
# A byline whose date field follows an author's name or another field (Eos 發布時間:2025-04-03 … 熱度:135).
_BYLINE_DATE = re.compile(r"(?:[发發]布)?(?:[时時][间間]|日期)[\s\u3000]*[:：][\s\u3000]*\d{4}[-/年.]")
# A page's counter alone on its line (點閱:12198, 862, a standards bureau's concept page; 资料点阅次数:6775, 浏览量:350,
# 点击数:12 次, 人气:88): how often the page was read, between a title and its text as a date is, never a headword or a gloss.
_COUNTER = re.compile(
    r"(?:资料|資料)?(?:点阅|點閱|点击|點擊|浏览|瀏覽|阅读|閱讀|访问|訪問|人气|人氣|热度|熱度)(?:次数|次數|人次|数|數|量)?"
    r"[\s\u3000]*[:：][\s\u3000]*\d[\d,，]*[\s\u3000]*(?:次|人次)?"
)
# A page's record field, bulleted or not (• 上稿單位:度量衡行政組, 862; 發布單位:…, 資料維護單位:…, 承辦單位:…): which office put the
# page up, a site's field below its text as a date is, never a bullet of the answer above it nor a headword.
_RECORD_FIELD = re.compile(
    r"(?:[-•·▪●*][\s\u3000]*)?(?:上稿|发布|發布|发稿|發稿|维护|維護|资料维护|資料維護|资料提供|資料提供|承办|承辦|撰稿|编修|編修)"
    r"(?:单位|單位|机关|機關|人员|人員)[\s\u3000]*[:：][^。，,；;！!？?]{0,30}"
)
_ROMANISED = re.compile(rf"^[A-Za-z{TONE_MARKED}üÜ'’·\s-]+$")


# A dictionary's pronunciation line may carry its label run in (拼音jī ní xì shù); its zhuyin line
# (注音ㄐ一 ㄋ一ˊ) and a sense-list label (词语解释, 基本解释) stand between a headword and its senses too.
_SPOKEN_LABEL = re.compile(r"^(?:拼音|读音|讀音)[\s\u3000]*[:：]?[\s\u3000]*")
_ZHUYIN = re.compile(r"^(?:注音[\s\u3000]*[:：]?)?[\s\u3000]*[\u3105-\u312f\u31a0-\u31bfˊˇˋ˙一\s\u3000]+$")
_SENSES_LABEL = re.compile(r"^(?:词语解释|詞語解釋|基本解释|基本解釋|详细解释|詳細解釋|基本词义|基本詞義|基本字义|基本字義|详细字义|詳細字義)$")


# A dictionary's compound headword, one space, its reading and its English gloss in square brackets (1. 遼東 Liáodōng
# [eastern and southern parts of Liaoning province], P923).
_READ_AND_GLOSSED = re.compile(r"([^\s\u3000]{1,20})[\s\u3000]+([^\[\]]+?)[\s\u3000]*\[[A-Za-z][^\[\]]*\]")


def read_headword(body: str) -> str | None:
    """The headword of a dictionary line giving its reading after it: two spaces or more before the pinyin
    (``价值指标   jià zhí zhǐ biāo``), or one space when the English gloss in square brackets follows
    (``遼東 Liáodōng [eastern and southern parts of Liaoning province]``); None for any other line."""
    spoken = re.match(r"^(\S.*?)[\s\u3000]{2,}(\S.*)$", body)
    if spoken and _romanised(spoken.group(2)):
        return spoken.group(1)
    glossed = _READ_AND_GLOSSED.fullmatch(body.strip(_SPACE))
    if glossed and _romanised(glossed.group(2)):
        return glossed.group(1)
    return None


# A word card's sense heading (辞典解释, 网络解释, 引证解释, 詳細解釋), alone on its line.
_SENSE_HEADING_LINE = re.compile(
    r"(?:基本|详细|詳細|词典|詞典|辞典|辭典|引证|引證|网络|網絡|網路|百科)(?:解释|解釋)|(?:基本|详细|詳細)(?:字义|字義)"
)


def sense_heading(text: str) -> bool:
    """Whether ``text`` is a word card's sense heading (``辞典解释``, ``网络解释``): no headword, and it ends the explanation
    above it as a section heading does (the reference pass reads the senses under it)."""
    from policyterms.mining.extract_layouts.reference import sense_heading_term

    return _SENSE_HEADING_LINE.fullmatch(text.strip(_SPACE)) is not None or sense_heading_term(text) is not None


def _romanised(text: str) -> bool:
    """Pinyin with tone marks (a dictionary's pronunciation line, its label 拼音 allowed), not English;
    also a zhuyin line (注音ㄐ一 ㄋ一ˊ), which only a dictionary writes."""
    if _ZHUYIN.match(text) and re.search("[\u3105-\u312f]", text):
        return True
    text = text[_SPOKEN_LABEL.match(text).end() :] if _SPOKEN_LABEL.match(text) else text
    return bool(_ROMANISED.match(text) and TONE_MARK.search(text))


# Lines of a dictionary page between a headword and its explanation: the book and the page.
# A word card's label over the gloss (词语意思:, P1023) is one as well: the headword above it counts alone.
_DICTIONARY_META = re.compile(r"^(?:(?:[书書]籍|出[处處])\s*[:：]|[词詞][语語]意思[\s\u3000]*[:：]?$)")


# A row of empty table cells, nothing but bars: a knowledge-base page's layout table flattened (192), no text of its own.
_EMPTY_CELLS = re.compile(r"[|｜][|｜ \t\u3000\xa0]*")


# The law and article a page cites on a line of its own over the definition it quotes (古蹟定義: / 文化資產保存法 第三條第一款第一目
# / 指人類為…, 864, a city's heritage office): the source of the gloss, between the headword and it as a byline is.
_CITATION_LINE = re.compile(
    r"[《「“]?[^\s\u3000,，。；;:：]{2,30}(?:法|条例|條例|细则|細則|办法|辦法|规则|規則|规程|規程|要点|要點|准则|準則)[》」”]?[\s\u3000]*"
    r"第[一二三四五六七八九十百零〇\d]{1,6}[条條](?:[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[项項款目])*"
)


# A news item's dateline on a line of its own: the site or paper, then the date and the time (中国日报网 2015-06-02 14:07,
# P2483), or a source named as one (…网, …报, …社 …) and the date (新华网 2024年3月5日): between a question title and its
# text as a byline is, never a gloss of the title. A statistics page's indicator run into its date (民用车辆拥有量 2011-03-17,
# 189) names no source and is its headword line.
_DATELINE = re.compile(
    r"[^\s\u3000,，。；;:：!！?？]{2,16}[\s\u3000]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?"
    r"|[^\s\u3000,，。；;:：!！?？]{1,14}(?:网|網|报|報|社|台|新闻|新聞|频道|頻道|客户端|客戶端)[\s\u3000]+"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
)


def _meta_line(line: _L) -> bool:
    text = line.clean.strip(_SPACE)
    if _DATELINE.fullmatch(text):
        return True  # 什么是“抵押补充贷款”? / 中国日报网 2015-06-02 14:07: the news item's dateline, no answer (P2483)
    if _CITATION_LINE.fullmatch(text):
        return True  # 文化資產保存法 第三條第一款第一目: the cited article over its quoted definition (864)
    if _PAGE_REFERENCE.match(text):
        return True  # 【P14】: a page reference between a headword line and its explanation
    if _EMPTY_CELLS.fullmatch(text):
        return True  # | | | |: a flattened table row of empty cells between a question title and its answer (192)
    if _BYLINE_DATE.search(text) and not re.search(r"[。，,；;！!？?]", text):
        return True  # a byline: a date field among the author's name and counters, no sentence
    if unit_line(text):
        return True  # 戶量 / 人/戶 / 每戶平均人口數,…: a table's unit cell between a name and its definition (208)
    if _COUNTER.fullmatch(text):
        return True  # 什麼是度量衡器? / 點閱:12198 / 指量測…: a page's view counter between a question title and its answer (862)
    if _RECORD_FIELD.fullmatch(text):
        return True  # …等都是度量衡器。 / • 編修日期:2016/03/11 / • 上稿單位:度量衡行政組: the page's record, no bullet of the answer (862)
    return bool(_META.match(text) or _romanised(text) or _SENSES_LABEL.match(text) or _DICTIONARY_META.match(text))


def _body_line(line: _L) -> bool:
    text = line.clean.strip(_SPACE)
    if _meta_line(line):
        return False
    return len(text) >= 12 or bool(re.match(r"^(?:【|[-•·]\s)", text))


# An explanation that opens by restating its headword before a definition marker:
# 不忘初心,即不忘本意… / 共享,義為共同享有…
_RESTATED = re.compile(
    r"([^,，。；;：:!！?？\s\u3000]{1,40})[\s\u3000]*[,，。][\s\u3000]*"
    rf"(?=即|是指|系指|係指|意指|[义義意含][为為]|就是|是|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|{_ALIAS_WORDS})"
)


# An explanation that can only continue its headword line: it opens with a definition verb
# (是反映…, 是指…, 指…) or restates the headword before one (预算稳定调节基金。是指…).
_OPENS_DEFINING = re.compile(r"^(?:是指|系指|係指|是(?![否的])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))")


def _unquoted(term: str) -> str:
    """A headword compared with its restatement: pinyin and every quotation mark removed
    (“十四五”时期 is restated as 十四五时期)."""
    return re.sub(r"[“”\"「」『』‘’]", "", strip_pinyin(term)).strip(_SPACE)


# An explanation opening with an anaphor for the headword above (产品销售率 / 该指标反映…).
_OPENS_ANAPHOR = re.compile(r"^(?:该|該|此|本|这一|這一|这个|這個)(?:指标|指標|词语|詞語|词|詞|概念|术语|術語|名词|名詞)(?:是指|是|指|反映|表示|用于|用於|用来|用來|衡量)")
# An explanation naming the headword in a naming clause (外部性 / …的影响称为外部影响,也称为经济活动的外部性。).
_NAMING = r"(?:称为|稱為|称作|稱作|叫做|叫作|简称|簡稱|统称|統稱)"


def _names_headword(explanation: str, term: str) -> bool:
    """The explanation's sentence naming the headword: ``…称为…X。`` (a few words of a modifier allowed
    between the naming verb and the headword)."""
    key, text = _unquoted(term), strip_pinyin(explanation)
    if len(key) < 2 or key not in text:  # (a pattern per term: built only where it can match)
        return False
    return bool(re.search(_NAMING + r"[^。！？!?,，;；]{0,12}?" + re.escape(key) + r"[”」]?[。！!；;]", text))


# A new word's gloss opening with the sense it had first (云监工 / 原指…。现泛指…; 好家伙 / 最早是相声中常见的语气词,
# 表示…; 不约而同 / 原指…。因…,该词有了新含义:…, P537), or with 指 before a noun opening with 明 (带货 / 指明星、网红…
# 通过…进行推销): the explanation says what the word means, its later sense following. Not 最早是在2010年… (when, where
# or by whom it first appeared: its origin) nor 指明 (to point out).
_OPENS_WITH_FIRST_SENSE = re.compile(
    r"^(?:原指|本指|原意[是为為]?指?|最早指|最初指|(?:最早|最初)是(?![在由于於从從被因\d〇一二两兩三四五六七八九十]))|^指(?=明星)"
)


def _opens_with_first_sense(explanation: str) -> bool:
    """Whether an explanation below a headword line opens with the word's first sense (``原指…``, ``最早是…``) or with
    ``指明星…`` (see ``_OPENS_WITH_FIRST_SENSE``): a new word's gloss, which lists of new words write so."""
    return _OPENS_WITH_FIRST_SENSE.match(explanation) is not None


def _opens_as_definition(explanation: str, term: str) -> bool:
    explanation = explanation[cited_law_end(explanation) :]  # 依我國「檔案法」第二條之規定,指…: the law cited, then 指 (866)
    if _OPENS_DEFINING.match(explanation) or _opens_with_first_sense(explanation) or _restated_marker(explanation, term) >= 0 or _glossed_restatement(explanation, term):
        return True
    if _OPENS_ANAPHOR.match(explanation) or _names_headword(explanation, term):
        return True
    restated = _RESTATED.match(explanation)
    return bool(restated and _unquoted(restated.group(1)) == _unquoted(term))


# A lead clause placing the term before its restatement (在中国,粮食产量是指…).
_PLACE_LEAD = re.compile(r"^在[^,，。；;：:]{1,10}[,，][\s\u3000]*")
_RESTATED_MARKER = re.compile(r"[,，]?[\s\u3000]*(?=是指|系指|係指|即(?![使便将將])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))")


def _restated_marker(explanation: str, term: str) -> int:
    """Where the definition starts when an explanation restates its headword after a lead clause
    placing it, straight before 是指/即/指 (在中国,粮食产量是指… under 粮食产量); -1 otherwise. (Without
    such a lead, ``X是指…`` under a headword line is read from its verb by ``headwords._answer_restates``.)"""
    lead = _PLACE_LEAD.match(explanation)
    if lead is None:
        return -1
    at = lead.end()
    for written in dict.fromkeys((term.strip(_SPACE), _unquoted(term))):
        if written and explanation.startswith(written, at):
            marker = _RESTATED_MARKER.match(explanation, at + len(written))
            if marker:
                return marker.end()
    return -1


def _glossed_restatement(explanation: str, term: str) -> bool:
    """An explanation opening with the headword (its bracket left out) and its English name or
    abbreviation (居民消费价格指数(consumer price index)的英文缩写是CPI。… under 居民消费价格指数(CPI))."""
    key = _ASIDE.sub("", _unquoted(term))
    if len(key) < 2 or not explanation.startswith(key):
        return False
    rest = explanation[len(key) :]
    return bool(re.match(r"[(（][^()（）]*[A-Za-z]{2}[^()（）]*[)）]|的?(?:英文|英語|英语|全称|全稱|简称|簡稱)", rest))


# A label announcing the definition of the headword line above it (关键词: / X / 名词解释:指…).
_DEFINITION_LABEL = re.compile(r"^(?:[名][词詞][解][释釋]|[名][词詞][注][释釋解])[\s\u3000]*[:：][\s\u3000]*")
# A dictionary's bracketed label announcing the meaning (【意思解释】指…, 【释义】…): the headword
# above counts alone and the label is no part of the definition (【释例】, 【报告语境】 label context
# and stay).
# An official glossary's 【概念解释】 label (子项名称 / 【概念解释】子项名称即…。 / 【近义词】… / 【词条意义】…) is such a label too.
_MEANING_LABEL = re.compile(
    r"^【(?:意思解[释釋]|基本解[释釋]|[详詳][细細]解[释釋]|解[释釋]|[释釋][义義]|含[义義]|[词詞][义義]|定[义義]|概念解[释釋]|概念)】[\s\u3000]*[:：]?[\s\u3000]*"
)
# The next field of such a card (【近义词】“办理事项”等。, 【词条意义】对…进行细化分类, 【释例】…): a bracketed label opening a line.
FIELD_LABEL = re.compile(r"^【[^【】\s\u3000]{1,8}】")


# --- a dictionary's example sentences ----------------------------------------------------------------

# The heading of a dictionary's section of example sentences (X造句, X的造句, 例句, 示例句子), alone on its line (a
# number or bullet before it, a colon or 大全 after it). (A 相关词语 section may define its words, 1.X:是指…: not one of these.)
_EXAMPLE_HEADING = re.compile(
    r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[●○■□◆◇▲△★☆·•◎#]+)?[\s\u3000]*"
    r"(?:[^\s\u3000,，。；;:：!！?？]{1,20}?[\s\u3000]*)?(?:的|之)?"
    r"(?P<examples>造句|例句|示例句子|例句示例|用法示例|句子示例)"
    r"(?:大全)?[\s\u3000]*[:：]?[\s\u3000]*"
)
# A heading naming a gloss as well (名词解释与例句, 释义及造句): its list may define, and is read as before.
_GLOSS_AND_EXAMPLES = re.compile(r"解释|解釋|释义|釋義|含义|含義|定义|定義|意思|词义|詞義|名词|名詞|[与與和及、]$")
# How many non-blank lines below such a heading are its sentences at most.
_EXAMPLE_LINES = 30


def example_sections(lines: list[_L], free: list[bool]) -> list[tuple[list[int], None]]:
    """The lines of a dictionary's sections of example sentences (``振兴造句`` / ``1.实施乡村振兴战略是…。`` / ``2.…``;
    ``例句``, ``示例句子``): the heading and the items below it, up to the next short heading line or an item defining a
    headword of its own (``1.X:是指…``), are read as no entries — a sentence using a word is no definition of it,
    whatever its verb. Each as ``(lines, None)``; the caller marks them read."""
    out: list[tuple[list[int], None]] = []
    n, k = len(lines), 0
    while k < n:
        line = lines[k]
        heading = _EXAMPLE_HEADING.fullmatch(line.clean) if not line.blank and free[k] else None
        if heading is None or _is_furniture(line.clean) or _GLOSS_AND_EXAMPLES.search(line.clean[: heading.start("examples")]):
            k += 1
            continue
        taken, seen, m, marked = [k], 0, k + 1, False
        while m < n and seen < _EXAMPLE_LINES:
            below = lines[m]
            if not below.blank:
                text = below.clean.strip(_SPACE)
                if not _example_item(text) or marked and not _ITEM_MARK.match(text):
                    break  # the next section's heading, or running text after the list (乡村振兴是指…。 after 1.… 2.…)
                marked = marked or bool(_ITEM_MARK.match(text))
                seen += 1
                if free[m]:
                    taken.append(m)
            m += 1
        if len(taken) > 1:
            out.append((taken, None))
        k = m
    return out


# A numbered or bulleted item, or a sentence ending with its stop.
_ITEM_MARK = re.compile(r"(?:\d{1,2}[.．、)）]|[(（]\d{1,2}[)）]|[①-⑳⑴-⒇]|[-•·●○▪◆])")


# An item defining a headword of its own (1.未來產業:是指…, - X:指…): a glossary's entry, no example.
_DEFINING_ITEM = re.compile(rf"{_ITEM_MARK.pattern}?[\s\u3000]*[^\s\u3000,，。；;:：]{{1,20}}[\s\u3000]*[:：]")


def _example_item(text: str) -> bool:
    """A line of an example list: an item numbered or bulleted, or a sentence with its stop — not an item defining a
    headword after a colon."""
    if _DEFINING_ITEM.match(text):
        return False
    return bool(_ITEM_MARK.match(text)) or bool(re.search(r"[。！？!?”」][\s\u3000]*$", text)) and len(text) >= 8
