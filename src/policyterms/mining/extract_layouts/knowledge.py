"""Pass 0b: knowledge points of a news item (``【知识点】`` paragraphs, the lead above them)."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import HAN, Found, _FINISHED, _L, _SPACE, _good_term
from policyterms.mining.extract_layouts.headwords import _WEIGHTY_STATUS
from policyterms.mining.extract_layouts.topics import _NO_TERM, _Para, _role, _weighs


# 【知识点】 / 【知識點】: a news item's label over paragraphs explaining the words of the news; the
# section runs to the next label line (【重要讲话】) or the end of the text.
_KNOWLEDGE_LABEL = re.compile(
    r"^[\s\u3000]*【(?:知识点|知識點|小知识|小知識|知识链接|知識鏈接|背景知识|背景知識|相关知识|相關知識|名词解释|名詞解釋|名词注释|名詞註釋|术语解释|術語解釋|指标解释|指標解釋|小贴士|小貼士|(?:相关|相關)?(?:链接|鏈接))】[\s\u3000]*"
)
# The label run into its entry (【名词解释】新质生产力:是指…): the headword, then a colon or a marker.
_LABELLED = re.compile(
    r"(?P<term>[^\s\u3000，,。；;：:、!！?？|()（）]{2,16}?)"
    r"(?:[:：][\s\u3000]*(?P<colon>(?=\S))|(?P<marker>(?=是指|系指|即(?![使便将將])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))))"
)
_LABEL_LINE = re.compile(r"^[\s\u3000]*【[^【】]{1,12}】[\s\u3000]*$")
# A paragraph opening with a headword and 是 (“十四五”时期是…, “千村示范、万村整治”工程是…: a quoted part may
# hold a 、), or with a headword, a comma and its full or short name (五年规划,全称为“…”,是…): the definition
# opens at 是 or at the name. 是以 opens one only as the frame 以A为B in its first clause (林长制是以保护发展森林草原资源
# 为目标,…的长效责任体系, P2413, a daily-word column's 【知识点】): the way a definition by aims and means is written;
# 是以 alone is the conjunction "therefore".
_POINT = re.compile(
    r"[\s\u3000]*(?P<term>(?:[“「][^”」\n]{1,16}[”」]|[^\s\u3000，,。；;：:、!！?？|()（）“「]){2,16}?)"
    r"(?:[,，][\s\u3000]*(?P<name>(?:全称|全稱|简称|簡稱)(?:为|為|是)?)|(?P<is>是)(?![否在从從由于於因为為指])(?!以(?![^，,。；;！!？?]{1,40}[为為])))"
)
# A superlative in the first clause after 是 (农村公路是我国覆盖范围最广…的交通基础设施) ranks the
# headword among others: a comment, not a definition.
_RANKS = re.compile(r"最")
# 是…的。 closing its sentence stresses who or when (“四好农村路”是习近平总书记亲自总结提出的。): no definition.
_CLEFT = re.compile(r"[^。！？!?]*的[。！？!?]")
_CLAUSE_END = re.compile(r"[,，。；;！!？?]")
# 是以A为主 (为辅): the way a thing is mostly done (今年的活动是以线上为主,线下为辅), no aim or means defining it (review 54).
_MAINLY = re.compile(r"以[^,，。；;]{1,40}[为為](?:主|辅|輔)(?:[、的]|$)")
# A subject pointed at by a demonstrative (该项目, 这项改革, 本次会议): the thing the news is about, no word (review 54).
_POINTED = re.compile(r"(?:这|這|该|該|此|那|上述|本次|本届|本屆|本项|本項)")
# A journal abstract's sentence where the authors speak of their own work (本文分析了…, 本研究…): the abstract's definition
# ends before it (review 54).
_AUTHORS_SPEAK = re.compile(r"(?<=[。！？!?])[\s\u3000]*(?:本文|本研究|本論文|本论文|笔者|筆者|文章(?:从|從|以|通过|通過|分析|探讨|探討|梳理))")


def _point(raw: str, *, name_allowed: bool = True) -> re.Match[str] | None:
    match = _POINT.match(raw)
    if match is None or not _good_term(match.group("term")) or match.group("name") and not name_allowed:
        return None
    after = raw[match.end() :]
    clause = after[: _CLAUSE_END.search(after).start()] if _CLAUSE_END.search(after) else after
    if match.group("is") and (_RANKS.search(clause) or len(clause.strip(_SPACE)) < 2 or _CLEFT.match(after)):
        return None
    if match.group("is") and (_MAINLY.match(clause) or _POINTED.match(match.group("term"))):
        return None  # 今年的活动是以线上为主, 该项目是以政府投资为主…: a manner, or a thing pointed at, no word defined (review 54)
    if match.group("is") and _weighs(after, match.group("term")):
        return None  # 共同富裕是社会主义的本质要求,…: the term's standing, no definition (as a commentary's lead, topics._weighs)
    return match


def _point_at(raw: str) -> tuple[int, int] | None:
    """Where the headword and the definition of a knowledge point opening ``raw`` start, read through converter pinyin:
    a converter copy writes ``新型電力系統(tǒng)是一種…`` (P581), and the pinyin's brackets would end the headword before its
    marker, so the point is read on the text without it and its offsets given back in ``raw``."""
    match = _point(raw)
    para = None
    if match is None:
        para = _Para(0, raw)
        if para.clean == raw:
            return None
        match = _point(para.clean)
        if match is None:
            return None
    at = match.start("name") if match.group("name") else match.start("is")
    if para is None:
        return match.start("term"), at
    return para.at[match.start("term")], para.at[at]


# 摘要: 计税依据也称计税标准、…或税基,是用于计算…的根据: a summary opening with the term's other names;
# the definition starts at 也称.
_ALSO_CALLED = re.compile(
    r"[\s\u3000]*(?P<term>(?:[“「][^”」\n]{1,16}[”」]|[^\s\u3000，,。；;：:、!！?？|()（）“「]){2,16}?)"
    r"(?P<is>也[称稱叫]|又[称稱叫]|亦[称稱])[^。！？!?]{1,60}?[,，][\s\u3000]*是(?![否在从從由于於因为為以指])"
)


def _also_called(raw: str) -> re.Match[str] | None:
    match = _ALSO_CALLED.match(raw)
    return match if match is not None and _good_term(match.group("term")) else None


def _knowledge_points(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The knowledge points of a news item: under a ``【知识点】`` label, each paragraph opening with
    ``X是…`` or ``X,全称为…`` defines X, its definition running to the end of the paragraph; in the
    news lead above the first label (the page's first paragraph of sentences), a sentence ``X是…`` restating a term the sentence before it
    names defines X to the end of its paragraph (2024年中央一号文件正式公布,…。中央一号文件是…). A
    paragraph this rule does not read is left to the other passes (``X是指…``). A label run into its
    entry (``【名词解释】X:是指…``, ``【名词解释】X是指…``) gives that entry."""
    labels = [line.index for line in lines if free[line.index] and _KNOWLEDGE_LABEL.match(line.raw)]
    if not labels:
        return []
    out: list[tuple[list[int], Found]] = []
    for line in lines[: labels[0]]:  # the news lead: the first paragraph of sentences (titles and bylines have none)
        if line.blank or not free[line.index] or not HAN.search(line.raw) or "。" not in line.raw:
            continue
        sentences = [m for m in re.finditer(r"[^。！？!?]*[。！？!?]?", line.raw) if m.group().strip(_SPACE)]
        for before, sentence in zip(sentences, sentences[1:]):
            match = _point(sentence.group(), name_allowed=False)
            if match is None or strip_pinyin(match.group("term")) not in strip_pinyin(before.group()):
                continue
            entry = _paragraph_entry(line, sentence.start() + match.start("term"), sentence.start() + match.start("is"))
            if entry is not None:
                out.append(([line.index], entry))
            break
        break  # (only the lead)
    for label in labels:
        k = label
        while k < len(lines) and (k == label or not _LABEL_LINE.match(lines[k].raw) and not _KNOWLEDGE_LABEL.match(lines[k].raw)):
            line = lines[k]
            k += 1
            if line.blank or not free[line.index]:
                continue
            # 【知识点】五年规划,全称为…: the label run into the first paragraph
            skip = _KNOWLEDGE_LABEL.match(line.raw).end() if line.index == label else 0
            point = _point_at(line.raw[skip:])
            if point is not None:
                entry = _paragraph_entry(line, skip + point[0], skip + point[1])
                if entry is not None:
                    out.append(([line.index], entry))
            elif not skip and (inner := _inner_point(line)) is not None:
                out.append(([line.index], inner))
            elif skip and skip < len(line.raw.rstrip(_SPACE)):
                labelled = _LABELLED.match(line.raw, skip)
                if labelled is not None and _good_term(labelled.group("term")):
                    at = labelled.start("colon") if labelled.group("colon") is not None else labelled.start("marker")
                    entry = _paragraph_entry(line, labelled.start("term"), at)
                    if entry is not None:
                        out.append(([line.index], entry))
    return out


# A sentence of a knowledge point's paragraph closing on the term's class named by the term's own head (…是具有三类“专家”
# 特征的企业。 for “小巨人”企业): 的, then at most eight characters ending in the head's last two characters, then the stop.
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")


# A sentence's predicate closing on a short noun after its last 的 (…是具有三类“专家”特征的企业): a class, as a definition gives.
_CLOSES_ON_DE_NOUN = re.compile(r"的[^的，,；;]{0,8}$")


def _inner_point(line: _L) -> Found | None:
    """In a knowledge point's paragraph opening otherwise (作为中小企业中的佼佼者,“小巨人”企业评选要经过…。), a later sentence
    ``X是…的Y。`` defining a term an earlier sentence of the paragraph names, by a class ``Y`` ending in the term's own
    head (“小巨人”企业是具有三类“专家”特征的企业。, P2417, a daily-word column's 【知识点】): one entry, the sentence alone —
    the sentences after it (一是…二是…) go on to its kinds, and a paragraph's opening sentence is read by ``_point_at``.
    A sentence closing on another noun (…是中小企业群体中的优秀代表,是高质量发展的标志。) gives a standing, no entry. A later
    sentence ``X是以A为B…`` (the aims-and-means way of writing a definition, as a point's opening reads it) defines a word the
    paragraph named before, to the paragraph's end (乡村振兴是以农村经济发展为基础,…的整体性提升,…。, P2431)."""
    sentences = list(_SENTENCE.finditer(line.raw))
    for k, sentence in enumerate(sentences[1:], 1):
        match = _point(sentence.group(), name_allowed=False)
        if match is None:
            continue
        term = match.group("term")
        core = term.strip("“”「」")
        head = core[-2:]
        before = line.raw[: sentence.start()]
        body = sentence.group()[match.end("is") : -1]
        if len(core) < 3 or term not in before or not body.endswith(head) or not _CLOSES_ON_DE_NOUN.search(body):
            continue
        if _CLAUSE_END.search(body):
            continue  # (one clause: 是A,是B names a standing beside the class)
        at = sentence.start() + match.start("term")
        end = sentence.end()
        return Found(term, line.raw[sentence.start() + match.start("is") : end], line.raw[at:end], line.index + 1, line.start + at, line.start + end)
    for k, sentence in enumerate(sentences[1:], 1):
        # (or 是以A为B, the aims-and-means way of writing a definition, as a point's opening reads it: …首次提出“乡村振兴战略”,这是…
        # 的总抓手。乡村振兴是以农村经济发展为基础,包括…的整体性提升,…。2018年2月4日,…。, P2431, China Daily's 【知识点】: the
        # definition runs to the paragraph's end, as a point's does)
        match = _point(sentence.group(), name_allowed=False)
        if match is None or not sentence.group().startswith("以", match.end("is")):
            continue
        term = match.group("term")
        core = term.strip("“”「」")
        if len(core) < 3 or core not in line.raw[: sentence.start()]:
            continue
        entry = _paragraph_entry(line, sentence.start() + match.start("term"), sentence.start() + match.start("is"))
        if entry is not None:
            return entry
    return None


def _paragraph_entry(line: _L, term_at: int, definition_at: int) -> Found | None:
    """The entry whose headword starts at ``term_at`` of the paragraph ``line`` and whose definition
    runs from ``definition_at`` to the paragraph's end (a paragraph the text ends inside is none)."""
    end = len(line.raw.rstrip(_SPACE))
    definition = line.raw[definition_at:end]
    term = line.raw[term_at:definition_at].rstrip(_SPACE + ",，:：")
    if not _FINISHED.search(strip_pinyin(definition)):
        return None
    return Found(term, definition, line.raw[term_at:end], line.index + 1, line.start + term_at, line.start + end)


# A search or tag page's summary of one article (摘要: 环比是…。 [阅读全文]) under a line naming the
# word it was found for (为您找到“环比”标签 相关内容共 1 篇): the summary defines that word.
_SUMMARY_LABEL = re.compile(
    r"^[\s\u3000]*(?:(?:内容)?摘[\s\u3000]*要[\s\u3000]*[:：]|[【\[［](?:内容)?摘[\s\u3000]*要[】\]］][:：]?)[\s\u3000]*"
)
# A journal article's keywords below its abstract (【关键词】耐心资本 新质生产力 风险投资, 关键词:A;B;C): the words the
# abstract is about, each named as a quoted word above a tag page's summary is.
_KEYWORDS_LABEL = re.compile(r"^[\s\u3000]*(?:[【\[［](?:关键词|關鍵詞|关键字|關鍵字)[】\]］][:：]?|(?:关键词|關鍵詞|关键字|關鍵字)[:：])[\s\u3000]*")
_KEYWORD_BREAK = re.compile(r"[\s\u3000;；,，、/]+")
_READ_MORE = re.compile(r"[\s\u3000]*(?:[\[【［(（]?[\s\u3000]*(?:阅读全文|閱讀全文|查看全文|查看详情|查看詳情|详细|詳細|更多)[\s\u3000]*[\]】］)）]?|\.{3,}|…+)[\s\u3000]*$")
_NAMED_WORD = re.compile(r"[“「\"]([^”」\"\n]{2,16})[”」\"]")
_SUMMARY_WINDOW = 3  # non-blank lines above the summary where the word may be named


def _summary_points(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``摘要: X是…`` (or ``X是指…``) right below a line naming X in quotation marks: one entry, its
    definition running to the end of the summary, a read-more link (``[阅读全文]``) left out. A journal article's
    abstract (``【摘要】X是一种…``, P2408) names its word in the keywords line below it instead (``【关键词】X Y Z``,
    within the same window): a keyword opening the abstract with 是 is the term the abstract defines."""
    out: list[tuple[list[int], Found]] = []
    above: list[str] = []
    for n, line in enumerate(lines):
        if line.blank:
            continue
        label = _SUMMARY_LABEL.match(line.raw) if free[line.index] else None
        if label is not None:
            named = {strip_pinyin(w) for text in above for w in _NAMED_WORD.findall(text)}
            below = [other for other in lines[n + 1 :] if not other.blank][:_SUMMARY_WINDOW]
            for other in below:
                keywords = _KEYWORDS_LABEL.match(other.raw)
                if keywords is not None:
                    named |= {strip_pinyin(w) for w in _KEYWORD_BREAK.split(other.raw[keywords.end() :]) if w}
            match = _point(line.raw[label.end() :], name_allowed=False) or _also_called(line.raw[label.end() :])
            if match is not None and match.group("is") == "是" and _role(line.raw[label.end() + match.end("is") :]):
                match = None  # 【摘要】新质生产力是近年来学界讨论的热点,本文…: the word's standing, no definition (review 54)
            if match is not None and strip_pinyin(match.group("term")).strip(_SPACE) in named:
                more = _READ_MORE.search(line.raw)
                end = more.start() if more else len(line.raw.rstrip(_SPACE))
                authors = _AUTHORS_SPEAK.search(line.raw, label.end(), end)
                end = authors.start() if authors else end  # (…资本形态。本文分析了其作用机制。: the authors' own work, review 54)
                trimmed = _L(line.index, line.start, line.raw[:end], line.clean, line.blank, line.indent)
                entry = _paragraph_entry(trimmed, label.end() + match.start("term"), label.end() + match.start("is"))
                if entry is not None:
                    out.append(([line.index], entry))
        above = (above + [line.raw])[-_SUMMARY_WINDOW:]
    return out


# A paragraph that names its term first and says something else of it — its English name and short form, how it
# differs from others, its standing — and then what it is, by the pronoun 它 (人工智能(Artificial Intelligence)英文缩写为
# AI。它是研究、开发…的一门新的技术科学。, P482; 新质生产力有别于传统生产力,…。从经济学角度看,新质生产力代表一种生产力的
# 跃迁。它是科技创新在其中发挥主导作用的生产力,…, P486; 农业普查是一项重大国情、国力调查。它是按照…, P422): the definition
# opens at the 是 after 它 and runs to the paragraph's end; the sentences before it are no part of it.
_OPENING_TERM = re.compile(r"[\s\u3000]*(?P<term>[“「]?[\u4e00-\u9fff]{2,12}[”」]?)")
_ENGLISH_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z .,'’&-]{1,60}[)）]")
_IT_IS = re.compile(r"(?<=[。！!])[\s\u3000]*它(?:就|也)?(?P<is>是)(?![否在不因为為])")
_DEFINING_MARKER = re.compile(r"是指|系指|係指|指的是|就是指|即(?![使便将將刻时時可])|[:：]")
_IT_IS_SENTENCES = 3  # sentences at most between the term and 它是
# After the English name, one clause naming the term's short form or other name (英文缩写为AI。, ,简称AI。) and no more:
# a news item's 华为(Huawei)发布新款手机。它是… speaks of the phone, and so may …简称世卫组织,发布了新版指南。它是….
_NAMING = re.compile(r"缩写|縮寫|简称|簡稱|又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|全称|全稱|英文名|英文为|英文為")
# A figure or a date before 它是 marks a news item or a report's results, whose 它 is the thing reported
# (…专项资金投入12亿元,新建污水管网300公里。它是近十年来投入最多的一年。).
_REPORTED = re.compile(
    r"[0-9０-９]|[今去明全本上下当當](?:年|月|日|天)|昨[日天]|近日|日前|季度|周年|週年|上半年|下半年|年度"
)


def _defined_at(said: str, term: str) -> list[int]:
    """Where ``term`` stands in ``said`` right before a marker saying what it is (是, 指, 即, 为, a colon or a comma)."""
    return [m.start() for m in re.finditer(rf"{re.escape(term)}(?=[\s\u3000]*(?:[是指即为為系係:：,，]))", said)]


def _named_then_it_is(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``X…。它是…`` paragraphs (see ``_IT_IS``): the term is the paragraph's opening words when an English name in
    brackets follows them, when the first sentence weighs them (``X是一项重大…``), or when the paragraph names them
    again before 它是 (the longest opening so named); the sentences before 它是 define nothing themselves."""
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index] or "它" not in line.raw:
            continue
        it = _IT_IS.search(line.raw)
        opening = _OPENING_TERM.match(line.raw)
        if it is None or opening is None:
            continue
        before = line.raw[opening.end("term") : it.start()]
        if _DEFINING_MARKER.search(before) or len(re.findall(r"[。！!]", before)) > _IT_IS_SENTENCES or _REPORTED.search(before):
            continue
        start, words = opening.start("term"), opening.group("term")
        term, weighed = None, False
        gloss = _ENGLISH_GLOSS.match(before)
        if gloss:
            naming = before[gloss.end() :].strip(_SPACE).lstrip(",，")
            term = words if _NAMING.search(naming) and not re.search(r"[,，;；]|[。！!].", naming) else None
        elif (weighty := _WEIGHTY_STATUS.match(line.raw[start : it.start()])) and not line.raw[start + weighty.end() : it.start()].strip(_SPACE):
            is_at = words.find("是")
            term, weighed = (words[:is_at] if is_at >= 2 else None), True
        else:
            for n in range(len(words), 1, -1):
                if re.search(rf"[。！!,，][\s\u3000]*{re.escape(words[:n])}", line.raw[start + n : it.start()]):
                    term = words[:n]  # named again as a clause's subject (…。从经济学角度看,X代表…)
                    break
        if term is None or _NO_TERM.match(term) or not _good_term(term):
            continue
        said = line.raw[start : it.start()]
        if any(not (weighed and k == 0) for k in _defined_at(said, term)):
            continue  # (X是…。X是…的指标。它是…: a sentence before it already says what X is)
        entry = _paragraph_entry(line, start, it.start("is"))
        if entry is not None:
            out.append(([line.index], Found(term, entry.definition, entry.quote, entry.line, entry.start, entry.end)))
    return out
