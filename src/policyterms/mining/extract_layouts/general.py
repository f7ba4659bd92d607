"""General mechanisms: rules for kinds of pages, not for pages.

The layouts of this package were each written for the set of pages that showed them, and each
fresh set, measured once, fell to 40–80 % exact before its own rules were written. The misses
of those measured-once runs fall into a few kinds that recur from set to set (``docs/extract.md``,
"General mechanisms", has the tally). This module holds one mechanism for each of the three
most frequent kinds, each applied at one place, after every layout has been read
(:func:`policyterms.mining.extract._other_layouts`; the headword normalisation also on the headed appendix):

* :func:`normalise_headword` — **one normalisation of headwords**. A headword as a layout cuts
  it may still carry what is no part of the term: an enumeration mark of any kind (``⑴``, ``(1)``,
  ``一、``, ``①``, a bullet), a connective or lead-in before it (``而“三线”``, ``据了解,``,
  ``简单来说,``, ``本办法所称的``, ``第二条(…)``, a bracketed label), converter pinyin cut loose at
  its start, or a tail after it (``分别``, ``具体``, ``则``, ``顧名思義``, ``就其广义而言``, another name
  ``即服务业``). Every layout meets these, in every set; one normaliser, applied to every entry,
  removes them, so a new layout does not need its own copy of each rule. Tails that carry
  content (another name, ``分别``, ``则``, the sense qualifier) open the definition, as the gold of
  every set has them; the words that only say how the definition is put (``具体``, ``顧名思義``,
  ``简单来说``) are part of neither. A headword that is nothing but such words (``就其狭义而言``),
  or only a source (``據…的解讀``), is no headword. An adverb before the marker (``主要``, ``一般``, ``通常``,
  ``也``) qualifies the marker, not the term: it opens the definition (``工業(industry)`` / ``主要是指…``). A
  definition opening with its headword again — doubled (``医疗卫生机构  医疗卫生机构  指…``) or restated with a
  bracketed English name (``統計觀察( statistical observation)即…`` under the title ``統計觀察``) — opens at its marker,
  the headword written once with the gloss.

* :func:`topic_definitions` — **the definitions of a page's topic**, the fallback for a page where
  no layout finds anything: an explainer, a question-and-answer page, a column, a news item
  about one term. Such pages hold no structured glossary, only prose, and every set had several
  that gave nothing at all (``碳中和,顧名思義,是指…``, ``简单来说,“告知承诺制”是指…``,
  ``psl也就是…,是指…``, ``官方有給出定義:「新質生產力是…``). The page's topic is the cue that
  tells a definition from any sentence holding 是: a term counts only when the page names it in
  its title or asks about it, or comes back to it (three times; twice for a quoted term), or
  opens a paragraph right below a label announcing explanations (``指标解释:``), where any marker
  defines (``工业增加值增长速度即工业增长速度,是…``, ``产品销售率是…的比率``).
  Definition sentences are read in either script: ``X是指/指的是/就是指/系指/意思是…`` (tier 1),
  ``X即/即是/也就是/就是…`` when the headword is quoted, Latin, set off by a comma or followed by a
  plain-words connective (tier 2), and a bare ``X是…`` only when the page asks what X is, or the
  sentence says what X is short for or goes on to say what it means (tier 3). A quoted topic
  followed by ``,即…`` inside a sentence (``…实行年度“进出平衡”,即…``), and an answer with its
  subject left out (``是指…`` under the headword line, ``何謂X?據…,是指…``) count too.

  The seventeenth set, measured once, showed what that left out: one-definition explainers whose
  only definition is a bare ``X是…`` (``楼宇经济是…的新兴经济形态``, ``“低空经济”是由…衍生出的经济形态``).
  A bare 是 (and 是由) now also defines the page's topic term in a sentence of a paragraph about it
  when it names the term's class by the term's own head word — a definition by genus and difference,
  where a status or a role names another noun (``民族团结是…的生命线``, ``云南是…的省份之一``) — and
  defines the subject of the page's lead sentence (its first paragraph of running text), when the
  paragraph goes on about it (``CPI是…的宏观经济指标。它是…``); a clause after 是 ending in a role or a
  kind of word (``…的关键``, ``…主要渠道``, ``是个新词``, ``…专业术语``) or a cleft (``是由…决定的``) defines
  nothing. ``X,就是…`` defines when it names the class so too (``高质量发展,就是…的发展``), not
  a task (``适时,就是把握好…``). Frames before the headword are no part of it: attributions
  (``根據央視新聞的解釋,``, ``学者们认为,``), points of view and fields (``从经济学的角度看,``, ``在统计上,``),
  a source label (``【财新网】``). A headword keeps a bracketed gloss written after it (``工業(industry)``,
  ``高技术产业(制造业)``) and leaves an adverb before the marker to the definition (``主要是指…``). The
  topic takes in compounds of a term the title names (``高技术产业分类`` on a page asking about 高技术产业);
  ``包括`` defines such a term at any sentence start, ``反映`` one opening its paragraph (``城镇化率反映…``);
  a quoted topic and its colon opening a paragraph define (``"旅游出口":…``); an answer opening with
  ``即`` or ``是指`` under a headword line needs no topic (``1. 两区`` / ``The “two zones”`` / ``即…``).

  **Where a definition ends** is one rule here: at the end of its paragraph, and over the next
  complete paragraphs that restate the term (an answer going on, quoted or not; not a comment
  ending in a question), unless a label run in after a sentence end (``性质:``) or the sentence
  holding another definition comes first; one that opens inside its sentence ends with it. A
  paragraph of running text that lacks only its closing stop, followed by running text, is complete. A source note in brackets (``(出自…)``) and a table's cell border at
  its end are left out. A definition that the text ends inside is cut by the page, and so is one
  announcing a list (``…以下四个方面:``) whose numbered items run to the end of the text, the last
  unfinished: both are dropped.

* :func:`split_run_on` — **a definition runs over its lines up to the next headword**, whatever layout
  read it: a line inside an entry that opens an entry of its own (``Y指…``, or a headword and spaces shaped
  like the entry's own first line) ends the entry and starts the next. The layouts join lines and
  paragraphs to an entry by their own rules (a yearbook entry's paragraphs, a note's continuation
  lines), and each set had entries that ran on into the next one that way. In running prose (a headword run
  straight into its marker) a clause opening with another headword run into a strong marker ends the entry
  too (``八个优势是指…八个方面,八项举措就是…``); whole sentences are the layouts' to split.

Each is a bounded look at one line (or a fixed window of lines) and one pass over the entries or the
page (the topic definitions only on a page of explainer length), so reading stays linear.
"""

from __future__ import annotations

import heapq
import re
from itertools import islice

from policyterms.text.fold import PINYIN, fold_table, strip_pinyin
from policyterms.mining.extract_layouts.common import _AFTER_LOST_CHARACTER, _ANAPHORA, _CLOSE_CLASS, _CLOSERS, _LABELS, _SENTENCE_END, Found

__all__ = ["elided_subject", "normalise_headword", "split_run_on", "topic_definitions"]

_SP = r"[\s\u3000\xa0]"


# --- 1. one normalisation of headwords ---------------------------------------------------------

# An enumeration mark of any kind before the headword: (1) ⑴ ① ⒈ ㈠ [1] 〔1〕 1. 1、 1) 一、 (一) 第一, a) A. and
# bullets. A figure that is part of the term stays: 3D打印, 5G网络, 100 万吨级码头, 2.5产业, 十大行动.
_ENUMERATION = re.compile(
    rf"""^{_SP}*(?:
        [（(]{_SP}*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}|[A-Za-z]){_SP}*[)）]
      | \[\d{{1,3}}\] | 〔\d{{1,3}}〕
      | \d{{1,3}}{_SP}*(?:[.．、](?![\d.．])|[)）])
      | [①-⑳⑴-⒇⒈-⒛㈠-㈩]
      | [一二三四五六七八九十]{{1,3}}[、．](?!\d)
      | 第[一二三四五六七八九十]{{1,3}}[,，、]
      | [A-Za-z][.．)）](?={_SP}*[^\sA-Za-z.．)）])
      | [•·●○◆◇■□▲△▶►★☆◎※◉❖➢➤]+
    ){_SP}*""",
    re.VERBOSE,
)
# A connective or lead-in before the headword: no part of it (而“三线”是指…, 据了解,常住人口是指…, 简单来说,…,
# 所谓的X, 其中所提X, 本办法所称的X, 前款所称X, a Q&A site's 優選答案X, a study label (领会)X, 第二条(定义)…, 國家統計局指出,X指…, [指标概念]X是指…, 主要统计指标解释X, 这“五个振兴”,
# converter pinyin left at the start when the character it spells went with the lead-in: (chēng)臨時救助).
_LEAD_IN = re.compile(
    rf"""^(?:
        (?:而|但|且|这|這|该|該|此)(?={_SP}*[“「『"])
      | (?:另外|此外|同时|同時|其中|其次|首先|最后|最後|那么|那麼|总之|總之|例如|比如)[,，]
      | (?:据了解|據了解|据悉|據悉)[,，]?
      | (?:简单|簡單|通俗|具体|具體)(?:地|的)?(?:来|來)?(?:说|說|讲|講)[,，]?
      | (?:简单|簡單)而言[,，]? | (?:简而言之|簡而言之|换句话说|換句話說)[,，]?
      | (?:所谓|所謂)(?:的)?
      | (?:其中|文中|上文|上述)?所提(?:到)?(?:的)?
      | [^,，。；;:：“”「」]{{2,12}}(?:指出|表示|介绍|介紹)[,，]
      | 第[一二三四五六七八九十百零〇\d]{{1,4}}[条條]{_SP}*(?:[(（【〔][^()（）【】〔〕]{{1,12}}[)）】〕])?
      | (?:本|前|上)(?:实施|實施)?(?:[一二两兩三]|第[一二三四五六七八九十\d]{{1,3}})?
        (?:办法|辦法|条例|條例|规定|規定|细则|細則|法|决定|決定|规则|規則|意见|意見|通知|方案|规划|規劃|标准|標準|款|条|條|项|項)
        (?:中)?所[称稱](?:的)?
      | [\[【〔][^\]】〕\s]{{2,6}}[\]】〕](?=[^\s\]】〕]{{2}})
      | [(（](?:领会|領會|掌握|了解|识记|識記|理解|熟悉|应用|應用|重点|重點|难点|難點)[)）]
      | (?:优选答案|優選答案|最佳答案|推荐答案|推薦答案|满意答案|滿意答案|精选答案|精選答案|优质答案|優質答案)[:：]?
      | (?:附注|附註)?{_SP}*(?:\d{{1,2}}[.．、])?{_SP}*(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋|涵义|涵義|含义|含義)(?=[^\s,，]{{2}})
      | [(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{{1,7}}[)）]
    ){_SP}*""",
    re.VERBOSE,
)
# A tail after the headword that opens the definition: 分别, 则 after a quoted headword, the sense a definition gives
# (就其广义而言), another name (第三产业即服务业, psl也就是…, X又称Y).
_TAIL_KEPT = re.compile(
    rf"""(?:
        (?<=[”」』"]){_SP}*(?:则|則)
      | (?:分别|分別)
      | (?:就其|从其|從其)?(?:广义|廣義|狭义|狹義)(?:上|而言|来说|來說|来讲|來講)
      | (?<![立随隨旋当當亦则則])即(?![时時期将將使便刻可征徵收])[^,，。；;:：“”「」即()（）【】]{{1,12}}
      | (?:也就是|又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱)[^,，。；;:：()（）【】]{{1,12}}
    ){_SP}*[,，]?{_SP}*$""",
    re.VERBOSE,
)
# An adverb between the headword and its marker qualifies the marker, not the term (工業(industry)主要是指…, 核心 CPI
# 一般是指…, X通常指…, X也称…): it opens the definition, as the gold of every set writes it (主要是指…). No gold term of any
# set ends in one of these words; the definition must open with a marker for the adverb to leave the term.
_ADVERB_TAIL = re.compile(rf"(?P<adverb>一般|通常|主要|往往|也|亦){_SP}*$")
_OPENS_WITH_MARKER = re.compile(r"(?:是|指|即|系|係|为|為|包括|称|稱|叫|就是|可以|可)")
# A tail that only says how the definition is put: part of neither (三区具体是指…, 碳中和,顧名思義,是指…).
_TAIL_DROPPED = re.compile(
    rf"""{_SP}*[,，]?{_SP}*(?:
        (?:具体|具體)(?:来说|來說|而言)?
      | (?:顾名思义|顧名思義|简单来说|簡單來說|简单地说|簡單地說|简单说|簡單說|通俗地说|通俗地說|简单而言|簡單而言|通俗来说|通俗來說|说白了|說白了)
    ){_SP}*[,，]?{_SP}*$""",
    re.VERBOSE,
)
# A headword that is only a source (據…的解讀, 根据…), never a term.
_ONLY_SOURCE = re.compile(r"^(?:据|據|根据|根據|按照|依照|来源|來源|出自|摘自)[^,，。]{0,40}$")
_SEPARATORS = re.compile(r"[\s\u3000,，:：]*")
# A definition of nothing but a marker and its colon (兩中心一平臺分別指:, the items below it the entries).
_EMPTY_DEFINITION = re.compile(r"[\s\u3000]*(?:分别|分別)?(?:是指|指的是|就是|是|指|即|为|為|包括)?[\s\u3000:：,，。]*")


def normalise_headword(term: str, definition: str, quote: str = "") -> tuple[str, str] | None:
    """``(term, definition)`` with what is no part of the term moved off it, or None when nothing
    of a headword is left.

    ``term`` and ``definition`` are an entry's as a layout cut them (converter pinyin already
    removed); ``quote`` is the verbatim text, used to keep the separator between a tail that opens
    the definition and the rest of it (``第三产业即服务业,是指…`` → ``即服务业,是指…``).

    >>> normalise_headword("⑴终端能源消费量", "指一定时期内…。")
    ('终端能源消费量', '指一定时期内…。')
    >>> normalise_headword("第一二三産業分别", "指農業、工業和服務業。")
    ('第一二三産業', '分别指農業、工業和服務業。')
    >>> normalise_headword("第三产业即服务业", "是指除第一产业、第二产业以外的其他行业。", "第三产业即服务业,是指除第一产业、第二产业以外的其他行业。")
    ('第三产业', '即服务业,是指除第一产业、第二产业以外的其他行业。')
    >>> normalise_headword("而“三线”", "是指城镇开发边界…。")
    ('“三线”', '是指城镇开发边界…。')
    >>> normalise_headword("三区三线中的三区具体", "是指城镇空间、农业空间、生态空间。")
    ('三区三线中的三区', '是指城镇空间、农业空间、生态空间。')
    >>> normalise_headword("就其狹義而言", "是指無產階級…。") is None, normalise_headword("兩中心一平臺分別", "指:") is None
    (True, True)
    >>> normalise_headword("增值税即征即退", "是指…。"), normalise_headword("即时配送", "是指…。")
    (('增值税即征即退', '是指…。'), ('即时配送', '是指…。'))
    """
    original = term
    term = term.strip(" \t\u3000\xa0")
    for _ in range(4):  # marks and lead-ins come in any order: (1)而“X”, 其次,所謂「X」
        stripped = _LEAD_IN.sub("", _ENUMERATION.sub("", term, count=1), count=1)
        if stripped == term:
            break
        term = stripped
    if _ONLY_SOURCE.match(term):
        return None
    tail = ""
    for _ in range(3):  # 三区具体 / X,顧名思義 / X即Y: a dropped tail may sit after a kept one
        dropped = _TAIL_DROPPED.search(term)
        if dropped and dropped.start() > 0:
            term = term[: dropped.start()]
            continue
        if dropped and dropped.start() == 0:
            return None  # 具体来说: nothing of a headword
        kept = _TAIL_KEPT.search(term)
        if kept is None:
            break
        if kept.start() == 0:
            return None  # 就其狭义而言: a sense, no headword
        if kept.group().lstrip(" \t\u3000").startswith("即") and term.count("即") > 1:
            break  # 增值税即征即退: 即 inside the term
        if len(term[: kept.start()].strip(" \t\u3000")) < 2:
            break
        tail = kept.group().strip(" \t\u3000,，") + _between(kept.group().strip(" \t\u3000,，"), definition, quote) + tail
        term = term[: kept.start()]
    term = term.strip(" \t\u3000\xa0,，")
    adverb = _ADVERB_TAIL.search(term)
    if adverb and not tail and len(term[: adverb.start()].strip(" \t\u3000")) >= 2 and _OPENS_WITH_MARKER.match(definition):
        tail = adverb.group("adverb")  # 工業(industry)主要 / 是指…: the adverb goes with the marker
        term = term[: adverb.start()].rstrip(" \t\u3000\xa0")
    if not term or _EMPTY_DEFINITION.fullmatch(tail + definition):
        return None
    if _WHEN_CLAUSE.search(term) or not tail and _CLEFT.fullmatch(definition.strip(" \t\u3000\xa0")):
        return None  # 两个维护提出于十九大期间 / 也就是…: when it was said; 城镇、乡村 / 是按…划分的。: how it is counted
    if term.startswith(("关于", "關於")):
        return None  # 关于接诉 / 即办的功能定位和制度内涵: a title (关于X的…) cut at a 即 inside its term
    if _SPLIT_WORD_XI.search(term[-1:] + (tail + definition)[:3]):
        return None  # 綜合考核評價指標體 / 系指標解釋…: 系 closes a word (体系), and 指標 is a word: no 系指 marker
    restated = _restated_headword(term, tail + definition)
    if restated is not None:  # 医疗卫生机构  医疗卫生机构  指… / 統計觀察 / 統計觀察( statistical observation)即…
        term, definition, tail = restated[0], restated[1], ""
    if term == original.strip(" \t\u3000\xa0") and not tail:
        return original, definition
    return term, tail + definition


# A headword that is a clause saying when or where something was put forward (两个维护提出于十九大期间), and a whole
# definition that is one cleft sentence saying how a thing is counted (是按国家统计局《…规定》划分的。): no entries.
_WHEN_CLAUSE = re.compile(r"(?:提出|出台|发布|發布|印发|印發|召开|召開|成立|诞生|誕生)(?:于|於)")
_CLEFT = re.compile(r"是(?!指)[^。；;]*的[。.]")


# A definition opening with its own headword again (a doubled headword, or the headword restated with its bracketed
# English name or other name) and then a marker: the headword is written once, with the gloss the restatement adds.
_RESTATED_MARKER = re.compile(r"(?:是指|指|是|即|系指|係指|就是|包括|反映|为|為)")
# The headword restated in quotation marks, after at most a short prefix naming its field (政务服务“一网通办”是指…).
_QUOTED_RESTATEMENT = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{0,6})(?P<open>[“「『])(?P<term>[^“”「」『』\n]{1,30})(?P<close>[”」』])")
# A prefix that is a verb, not a field: the paragraph speaks about the term (深化“一网通办”,…).
_VERB_PREFIX = re.compile(r"(?:深化|推进|推動|推动|加快|实施|實施|开展|開展|建设|建設|打造|坚持|堅持|落实|落實|完善|加强|加強|实现|實現|全面|持续|持續|积极|積極|大力|不断|不斷|围绕|圍繞|通过|通過|以|在|对|對|把|将|將|从|從)")
_GLOSS = re.compile(rf"{_SP}*[(（][^()（）\n]{{1,60}}[)）]")


# 系指/係指 read across a word's end: 系 closing a word of the headword (体系, 关系, 联系, 派系) or 指 opening one
# (指标, 指数): no marker, and no entry (綜合考核評價指標體 / 系指標解釋及數據來源…).
_SPLIT_WORD_XI = re.compile(r"^(?:.[系係]指[标標数數]|[体體关關联聯派水星语語谱譜直世院][系係]指)")


def _restated_headword(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` when the definition opens by restating the headword — doubled (``医疗卫生机构  指…``
    under the headword ``医疗卫生机构``) or with a bracketed gloss (``統計觀察( statistical observation)即…`` under the
    title ``統計觀察``) — and a definition marker follows: the headword is written once, its gloss kept, and the
    definition opens at the marker, as the gold of every set has it (a headword restated under its headword line is
    left out). None otherwise.

    >>> _restated_headword("医疗卫生机构", "医疗卫生机构  指从卫生健康行政部门取得…的单位。")
    ('医疗卫生机构', '指从卫生健康行政部门取得…的单位。')
    >>> _restated_headword("統計觀察", "統計觀察( statistical observation)即“統計調查”。")
    ('統計觀察( statistical observation)', '即“統計調查”。')
    >>> _restated_headword("工业", "工业增加值指…。") is None
    True

    Restated in quotation marks, the headword is written as the sentence writes it (``双随机一公开什么意思`` /
    ``“双随机一公开”是一种监管机制…``), unless a prefix naming its field comes first: then the restatement is
    left out whole and the headword line gives the term (``一网通办`` / ``政务服务“一网通办”是指…``; ``一网协同`` /
    ``政府运行“一网协同”,建设…``, the comma as the separator).

    >>> _restated_headword("双随机一公开", "“双随机一公开”是一种监管机制,主要用于…。")
    ('“双随机一公开”', '是一种监管机制,主要用于…。')
    >>> _restated_headword("一网协同", "政府运行“一网协同”,建设贯穿省、市、县…的平台。")
    ('一网协同', '建设贯穿省、市、县…的平台。')
    >>> _restated_headword("一网通办", "深化“一网通办”,推动政务服务…。") is None
    True
    """
    quoted = _QUOTED_RESTATEMENT.match(definition)
    if quoted and quoted.group("term") == term:
        prefix = quoted.group("prefix")
        separator = _SEPARATORS.match(definition, quoted.end())
        at = separator.end()
        marker = _RESTATED_MARKER.match(definition, at)
        rest = definition[at:]
        if len(rest) < 4 or not (marker or prefix and "," in separator.group().replace("，", ",")):
            return None
        if prefix and _VERB_PREFIX.match(prefix):
            return None  # 深化“一网通办”,推动…: a sentence about the term, not the term restated
        return (term if prefix else quoted.group("open") + term + quoted.group("close")), rest
    if not definition.startswith(term):
        return None
    at = len(term)
    gloss = _GLOSS.match(definition, at)
    if gloss:
        at = gloss.end()
    separator = _SEPARATORS.match(definition, at)
    at = separator.end() if separator else at
    marker = _RESTATED_MARKER.match(definition, at)
    if marker is None or at == len(term) and not gloss and definition[at : at + 2] not in ("是指", "系指", "係指"):
        return None  # 工业增加值指…: a longer headword, not this one restated
    rest = definition[at:]
    if len(rest) < 4:
        return None
    return term + (definition[len(term) : gloss.end()] if gloss else ""), rest


def _between(tail: str, definition: str, quote: str) -> str:
    """The separator the page writes between a headword's tail and the rest of its definition
    (``即服务业,是指…``: the comma), read from the verbatim quote; nothing when the quote does not
    show it plainly."""
    if not quote or not definition:
        return ""
    text = strip_pinyin(quote)
    at = text.rfind(tail)
    if at < 0:
        return ""
    after = at + len(tail)
    head = definition[:8]
    found = text.find(head, after)
    if found < 0:
        return ""
    between = text[after:found]
    return between.strip(" \t\u3000\xa0") if _SEPARATORS.fullmatch(between) else ""


# A headword that is only an adverb or a pronoun before the marker (主要是指…, 其是指…): the sentence's subject is
# left out, named by the short sentence before it (一是信息基礎設施。主要是指…).
_ADVERB_HEADWORD = re.compile(r"(?P<adverb>主要|一般|通常|也|则|則)|其|它|这|這|此")
_NAMING_SENTENCE = re.compile(
    r"(?:^|(?<=[。；;!！?？:：\n]))[\s\u3000]*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[,，、]?|\d{1,2}[.．、])?"
    r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？()（）]{2,20})[。:：][\s\u3000]*$"
)


def elided_subject(term: str, definition: str, text: str, start: int) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry whose headword is only an adverb or a pronoun (``主要`` / ``是指…``) when the
    short sentence right before it names the subject (``一是信息基礎設施。主要是指…``, as points under a lead-in
    colon: each is an entry of its own); the adverb opens the definition, a pronoun is dropped. None otherwise.

    >>> text = "主要包括3个方面: 一是信息基礎設施。主要是指基於新一代信息技術演化生成的基礎設施。"
    >>> elided_subject("主要", "是指基於新一代信息技術演化生成的基礎設施。", text, text.index("主要是指"))
    ('信息基礎設施', '主要是指基於新一代信息技術演化生成的基礎設施。')
    >>> elided_subject("主要", "是指…。", "我们要抓好三件事。主要是指…。", 9) is None
    True
    """
    subjectless = _ADVERB_HEADWORD.fullmatch(term.strip(" \t\u3000"))
    if subjectless is None:
        return None
    window = text[max(0, start - 40) : start]
    named = _NAMING_SENTENCE.search(window)
    if named is None or window[: named.start("term")].strip(" \t\u3000\n") and not re.search(r"[是、.．,，]\s*$", window[: named.start("term")]):
        return None
    subject = named.group("term")
    if re.search(r"[要抓做是有在把将將对對为為]", subject[:1]) or re.search(r"(?:件事|方面|工作|任务|任務)$", subject):
        return None  # 我们要抓好三件事。: a clause, not a headword
    return subject, (subjectless.group("adverb") or "") + definition


# --- 2. the definitions of a page's topic -------------------------------------------------------

# A short page: an explainer, an answer or a column (the pages of the sets are excerpts of 2 000 characters at most;
# a whole explainer page runs to a few thousand). Work reports run to 15 000 characters and more: their own
# definitions are policyterms.mining.learn's.
_SHORT_PAGE = 8_000

_Q_OPEN = "“「『\""
_Q_CLOSE = "”」』\""
_QUOTED = r"[“「『\"][^“”「」『』\"\n,，。；;:：!！?？]{1,30}[”」』\"]"
# A bare headword: 2–15 characters without punctuation, quotation marks or brackets.
_BARE = r"[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-]{2,15}?"
_LATIN = r"[A-Za-z][A-Za-z0-9]{1,9}(?![A-Za-z0-9])"
_LEADS = (
    r"(?:(?:简单|簡單|通俗|具体|具體)(?:地|的)?(?:来|來)?(?:说|說|讲|講)|(?:简单|簡單)而言|简而言之|簡而言之|换句话说|換句話說"
    r"|据了解|據了解|据悉|據悉|其次|首先|另外|此外|同时|同時|那么|那麼|而|答|问|問|定义|定義|释义|釋義|含义|含義"
    r"|\d{1,2}[、．](?!\d)|[一二三四五六七八九十]{1,2}、)"
    rf"{_SP}*[,，:：]?{_SP}*"
)
_SO_CALLED = r"(?:所谓|所謂)(?:的)?"
# A frame before the headword, no part of it: an attribution (根據央視新聞的解釋, 学者们认为,), a point of view or a field
# (从经济学的角度看, 在统计上, 在中国), a bracketed source label (【财新网】). The gold of every set leaves them out.
_FRAMES = (
    r"(?:(?:根据|根據|据|據|按照|依照)[^,，。；;:：“”「」\n]{2,30}?[,，]"
    r"|[^,，。；;:：“”「」\s]{2,15}?(?:认为|認為|指出|表示|看来|看來|介绍|介紹)[,，:：]"
    r"|(?:从|從)[^,，。；;:：“”「」\n]{1,15}?(?:看|来看|來看|来说|來說|而言|讲|講)[,，]"
    r"|在[^,，。；;:：“”「」\n]{1,10}?[上中里裡][,，]|在(?:中国|中國|我国|我國)[,，]"
    r"|【[^】\n]{1,12}】"
    r"|[^,，。；;:：“”「」\n]{0,60}?(?:对|對)(?=[^,，。；;:：\n]{2,20}的(?:界定|定义|定義)(?:是|为|為)))"
    rf"{_SP}*"
)
# A bracketed gloss written after the headword, kept in it: an English name or abbreviation (工業(industry),
# 首都功能核心區(the core area of the capital), 地区生产总值(GDP)) or a qualifier (高技术产业(制造业)).
_TERM_GLOSS = rf"{_SP}*[(（][^()（）\n。；;]{{1,60}}[)）]"
# An adverb between the headword and its marker, which opens the definition (工業(industry)主要是指…).
_MARKER_ADVERB = r"主要|一般|通常|往往"
# A plain-words connective between the headword and its marker (碳中和,顧名思義,是指…; 所謂「高效能」,簡單而言就是…).
_CONNECTIVE = (
    r"(?:顾名思义|顧名思義|简单来说|簡單來說|简单地说|簡單地說|简单而言|簡單而言|简而言之|簡而言之|通俗地说|通俗地說|通俗来说|通俗來說|具体|具體)"
)
_TIER1 = r"就是指|是指(?![导導挥揮])|指的是|系指|係指|意指|意思是|意思就是|特指|泛指|专指|專指|定义为|定義為"
_TIER2 = r"即是|也就是(?:说|說)?|即(?![使便将將刻时時可])|就是(?![说說])"
_TIER3 = r"是(?![否在因为為不]|由于|由於)"
_INCLUDES = r"包括"
# A document's definition quoted by name (《…》对灵活就业的界定是:…): the definition opens after the colon.
_DEFINED_AS = r"的(?:界定|定义|定義)(?:是|为|為)[:：]"
# 反映 opens a statistical indicator's definition (城镇化率反映…的一个重要指标,即…), on a page whose title names it.
_REFLECTS = r"反映"
_SUBJECT = re.compile(
    rf"""(?P<lead>(?:{_LEADS})*)(?P<frame>(?:{_FRAMES}){{0,2}})(?P<socalled>{_SO_CALLED})?{_SP}*[「『“"]?
    (?P<term>{_QUOTED}[^\s\u3000,，。；;:：“”「」『』"()（）]{{0,4}}?|{_LATIN}|{_BARE})(?P<gloss>{_TERM_GLOSS})?
    {_SP}*(?P<comma>[,，])?{_SP}*(?P<conn>{_CONNECTIVE}{_SP}*[,，]?)?{_SP}*(?P<adverb>{_MARKER_ADVERB})?
    (?P<marker>{_DEFINED_AS}|{_TIER1}|{_TIER2}|{_TIER3}|{_INCLUDES}|{_REFLECTS}|[:：])""",
    re.VERBOSE,
)
# A quoted topic followed by a comma and 即 inside a sentence (对…实行年度“进出平衡”,即…; …強調「內循環」,即是…).
_QUOTED_COMMA = re.compile(rf"(?P<term>{_QUOTED}){_SP}*[,，]{_SP}*(?P<marker>即是|即(?![使便将將刻时時可])|也就是|是指|就是指)")
# An answer with its subject left out: a paragraph or sentence opening with the marker (是指…; 據…的解讀,是指…).
_SUBJECTLESS = re.compile(
    rf"(?P<lead>(?:{_LEADS})*(?:(?:据|據|根据|根據)[^,，。；;:：]{{2,40}}[,，]{_SP}*)?)(?P<marker>是指(?![导導挥揮])|指的是|就是指|即(?![使便将將刻时時可日])|是(?![否在由因为為不]))"
)
_QUESTION = re.compile(
    rf"(?:何谓|何謂|何为|何為|什么是|什麼是|甚麼是|甚么是|什么叫|什麼叫)(?P<a>{_QUOTED}|[^,，。；;:：?？\s]{{2,20}})(?:[?？]|$)"
    rf"|(?P<b>{_QUOTED}|[^,，。；;:：?？\s]{{2,20}}?)(?:是什么|是甚麼|是什麼|是甚么|指什么|指什麼|是指什么|是指什麼|什么意思|什麼意思)(?:[?？]|$)"
)
# What follows a marker in a question or a non-definition: 是什么, 是哪些; 是…的。 (a cleft stressing who or when).
_NOT_DEFINITION = re.compile(r"(?:是|就是|即)?(?:什么|什麼|甚麼|甚么|啥|哪|谁|誰|如何|怎样|怎樣|怎么|怎麼|多少|为了|為了|一个|一個)")
# The bare 是 (tier 3) defines when the sentence says what the headword is short for or the common name of …
_NAMES = re.compile(
    r"的(?:[简簡][称稱]|[统統][称稱]|[总總][称稱]|合[称稱]|[缩縮][写寫]|[简簡][写寫]|(?:一种|一種)?(?:通俗|习惯|習慣)?(?:的)?(?:称谓|稱謂|叫法))"
)
# … or goes on to say what the headword means (…的工作制度,具體是指…; …的模式,意思…).
_GOES_ON_TO_MEAN = re.compile(r"[,，](?:具体|具體)?(?:是指|即是|即指|也就是|意思是|意思|就是指)")
# A sentence ends at 。！？ (a '?' standing for a character lost in a mojibake copy, running into a comma or
# into pinyin, ends none); a clause at ；.
_FULL_STOP = re.compile(rf"[。！？!]|\?(?!{_AFTER_LOST_CHARACTER})")
_SENTENCE_STOP = re.compile(rf"{_FULL_STOP.pattern}|[；;]")
# A paragraph restating the term to tell where it comes from (“社區嵌入式養老”起源于…, “银发经济”一词最早可追溯至…) or what
# it is not (无废城市”并不是指没有废物的城市…).
_ASIDE_PARAGRAPH = re.compile(
    r"[”」』\"]?[^,，。]{0,4}?(?:起源|源于|源於|源自|一词|一詞|来源于|來源於|的由来|的由來|并不是|並不是|不是指|并非|並非|不等于|不等於)"
)
# A label run in after a sentence end (…的耕地。性质:它是…): the definition ends before it; a lead-in announcing parts
# (主要包括:) is none.
_RUN_IN_LABEL = re.compile(rf"(?<=[{_SENTENCE_END}]){_SP}*(?!(?:主要|具体|具體)?(?:包括|包含|分为|分為)[:：])[^\s\u3000,，。；;:：、“”「」()（）]{{2,4}}[:：]")
# A source note or a byline in brackets ((通讯员:…)), a table's cell border and spaces at the end: no part of a definition.
_TRAILING = re.compile(
    rf"(?:{_SP}|[|｜]|[(（](?:出自|摘自|来源|來源|引自|资料来源|資料來源|摘編自|摘编自|通讯员|通訊員|记者|記者|作者|编辑|編輯|责编|責編)[^()（）]{{0,120}}[)）])+$"
)
# Lines skipped between a headword line and an answer that leaves its subject out: English, dates, bylines, images.
_NOISE_LINE = re.compile(
    r"^(?:[^\u4e00-\u9fff]*|[\d\s\-/:.年月日]+|.{0,20}(?:来源|來源|发布|發布|日期|时间|時間|作者|字号|字號|浏览|瀏覽|点击|點擊)[:：].*|.*\.(?:png|jpe?g|gif))$"
)
_BYLINE = re.compile(r"(?:来源|來源|发布时间|發布時間|日期|时间|時間|作者|字号|字號|浏览|瀏覽|点击|點擊|编辑|編輯|记者|記者)[:：]")
# A headword that is a pronoun, a clause or an adverb's subject is none (这是…, 它是…, 我们就是…, 这也是…).
_NO_TERM = re.compile(
    r"^(?:是|这|這|那|它|其|该|該|此|我|你|他|她|本|每|各|某|如果|假如|虽然|雖然|因为|因為|由于|由於|即使|无论|無論|不管|只有|只要|但|而|也|都|还|還|就|正|又|才|更|最)"
)
_CLAUSE_END = re.compile(r"(?:也|都|就|还|還|正|又|才|不|并|並|亦|乃|便|即|的|了|着|著|曾|仍|则|則|主要|一般|通常|均|皆|具体|具體)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class _Para:
    """One line of the page: its raw text, its text without converter pinyin and where each clean
    character stands in the raw text."""

    __slots__ = ("start", "raw", "clean", "at")

    def __init__(self, start: int, raw: str) -> None:
        self.start = start
        self.raw = raw
        pieces, at, kept = [], [], 0
        for match in PINYIN.finditer(raw.translate(fold_table())):
            pieces.append(raw[kept : match.start()])
            at.extend(range(kept, match.start()))
            kept = match.end()
        pieces.append(raw[kept:])
        at.extend(range(kept, len(raw)))
        at.append(len(raw))
        self.clean = "".join(pieces)
        self.at = at

    def offset(self, k: int) -> int:
        """The page offset of clean character ``k`` (the end of the line for ``k == len(clean)``)."""
        return self.start + self.at[min(k, len(self.at) - 1)]


_CORE_NOISE = re.compile(rf"[\s\u3000{re.escape(_Q_OPEN + _Q_CLOSE)}]|[(（][a-z\u00e0-\u01dc]{{1,7}}[)）]")


def _core(term: str) -> str:
    """The term without quotation marks, spaces and converter pinyin (a doubled one, ``下(xia)(xia)``,
    leaves one behind), for comparing and counting."""
    return _CORE_NOISE.sub("", term)


class _Candidate:
    """A definition sentence: its marker's strength (1 strongest), line, term as written and where it
    stands (``term_at < 0``: the term is line ``-1 - term_at``, above), where its sentence and its
    marker start, whether it opens inside its sentence (``…实行年度“X”,即…``), where the headword as
    written ends (a bracketed gloss after it included) and the key it is counted under."""

    __slots__ = ("tier", "para", "term", "term_at", "sentence", "marker", "inner", "term_end", "key")

    def __init__(
        self, tier: int, para: int, term: str, term_at: int, sentence: int, marker: int, inner: bool = False, gloss: str = ""
    ) -> None:
        self.tier, self.para, self.term, self.term_at, self.sentence, self.marker = tier, para, term, term_at, sentence, marker
        self.inner = inner
        self.term_end = term_at + len(term) + len(gloss)
        self.key = _core(term) + (_core(gloss) if _QUALIFIER.fullmatch(_core(gloss)) else "")


# A bracketed qualifier makes another term (高技术产业(制造业) beside 高技术产业); an English name, an abbreviation or
# another name (工業(industry), 国内生产总值(GDP), X(简称Y)) names the same one.
_QUALIFIER = re.compile(r"[(（](?!简称|簡稱|又称|又稱|全称|全稱|以下简称|以下簡稱|英文|即)[\u4e00-\u9fff、]{1,8}[)）]")


_SENTENCE_BREAK = re.compile(rf"(?:{_SENTENCE_STOP.pattern})[{_CLOSE_CLASS}]*|[:：]|[|｜]")


def _sentence_starts(clean: str) -> list[int]:
    """Where sentences start in a line: its start, after a sentence end or ``;`` (closing quotes
    after it included), after a label's colon and after a table's cell border."""
    return [0] + [match.end() for match in _SENTENCE_BREAK.finditer(clean)]


def _sentence_end(clean: str, k: int, *, clause: bool = True) -> int:
    """The end of the sentence (or, with ``clause``, of the clause up to ``;``) that holds ``k``, its
    stop included, or the end of the line."""
    stop = (_SENTENCE_STOP if clause else _FULL_STOP).search(clean, k)
    return stop.end() if stop else len(clean)


# A label announcing the explanations below it, alone on its line (指标解释:, 三、主要统计指标解释, 名词解释).
_ANNOUNCES = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][\s\u3000]*)?(?:主要|专业|專業|相关|相關|常用)?(?:统计|統計)?"
    r"(?:指标|指標|名词|名詞|术语|術語)(?:解释|解釋|涵义|涵義|含义|含義|注释|注釋)[\s\u3000]*[:：]?"
)


class _Topic:
    """What the page is about: its title lines, the terms its questions ask about, how often it names
    a term, and the paragraphs right below a label announcing explanations (whose opening headwords
    are the page's topic by its own word)."""

    __slots__ = ("titles", "asked", "page", "counts", "announced", "lead")

    def __init__(self, paras: list[_Para]) -> None:
        self.titles: list[str] = []
        self.asked: set[str] = set()
        self.page = _CORE_NOISE.sub("", "".join(p.clean for p in paras))
        self.counts: dict[str, int] = {}
        self.announced: set[int] = set()
        self.lead = -1  # the page's lead: its first paragraph of running text (bylines and headings left out)
        seen = 0
        below = 0  # lines still announced by a label above
        for n, para in enumerate(paras):
            clean = para.clean.strip(" \t\u3000\xa0")
            if _ANNOUNCES.fullmatch(clean):
                below = 10
                continue
            if not clean or not _FULL_STOP.search(clean):
                below = 0  # a blank line or a heading ends what a label announces
            elif below:
                self.announced.add(n)
                below -= 1
            if not clean:
                continue
            if self.lead < 0 and _FULL_STOP.search(clean) and _CJK.search(clean) and not _BYLINE.search(clean[:12]):
                self.lead = n
            for match in _QUESTION.finditer(clean):
                self.asked.add(_core(match.group("a") or match.group("b")))
            if seen < 8:  # the title: one of the first short lines without a full stop, bylines left out
                seen += 1
                if len(clean) <= 60 and "。" not in clean and not clean.endswith((":", "：")) and not _BYLINE.search(clean):
                    self.titles.append(clean)

    def count(self, core: str) -> int:
        if core not in self.counts:
            self.counts[core] = self.page.count(core)
        return self.counts[core]

    def titled(self, core: str) -> bool:
        """Named in the title or asked about — or a compound built on such a term: the term the title names
        with a short tail or a bracketed qualifier (高技术产业分类, 高技术产业(制造业) on a page titled 在统计上怎样界定
        高技术产业), not a description ``X的Y``."""
        if core in self.asked or any(core in title for title in self.titles):
            return True
        for k in range(len(core) - 1, max(2, len(core) - 9), -1):
            if "的" not in core[k:] and (core[:k] in self.asked or any(core[:k] in title for title in self.titles)):
                return True
        return False

    def __call__(self, term: str, *, quoted: bool) -> bool:
        """The page's topic: named in its title or asked about, or named again (three times in all;
        twice for a quoted term)."""
        core = _core(term)
        return self.titled(core) or self.count(core) >= (2 if quoted else 3)


def topic_definitions(text: str) -> list[Found]:
    """The definitions a short page gives of its own topic, for a page no layout reads (module
    docstring): one entry per topic term, in text order.

    >>> page = "全国两会来了!该如何看懂“两会”?\\n通俗地说,全国两会是指全国人民代表大会和中国人民政治协商会议。届时代表委员相聚北京。\\n当然,…\\n"
    >>> [(f.term, f.definition) for f in topic_definitions(page)]
    [('全国两会', '是指全国人民代表大会和中国人民政治协商会议。届时代表委员相聚北京。')]
    >>> topic_definitions("“两区”建设是国家赋予北京的重要使命,是北京…的重要抓手。\\n")
    []
    """
    if len(text) > _SHORT_PAGE:
        return []
    paras: list[_Para] = []
    start = 0
    for raw in text.split("\n"):
        paras.append(_Para(start, raw))
        start += len(raw) + 1
    topic = _Topic(paras)
    candidates: list[_Candidate] = []
    for n, para in enumerate(paras):
        clean = para.clean
        if not _CJK.search(clean) or _BYLINE.search(clean[:12]):
            continue
        sentence_starts = _sentence_starts(clean)
        for s in sentence_starts:
            while s < len(clean) and clean[s] in " \t\u3000\xa0":
                s += 1
            if s >= len(clean):
                continue
            cand = _subject_at(clean, s, n, topic)
            if cand is None:
                cand = _subjectless_at(paras, n, s, topic)
            if cand is not None:
                candidates.append(cand)
        for match in _QUOTED_COMMA.finditer(clean):
            term = match.group("term")
            core = _core(term)
            if _valid(core, quoted=True) and (topic.titled(core) or topic.count(core) >= 3):
                sentence = max(s for s in sentence_starts if s <= match.start())
                candidates.append(_Candidate(2, n, term, match.start("term"), sentence, match.start("marker"), inner=True))
    best: dict[str, _Candidate] = {}
    for cand in candidates:  # one entry per term: the strongest marker, then the first
        kept = best.get(cand.key)
        if kept is None or (cand.tier, cand.para, cand.marker) < (kept.tier, kept.para, kept.marker):
            best[cand.key] = cand
    chosen = sorted(best.values(), key=lambda c: (c.para, c.sentence, c.marker))
    starts = {(c.para, c.sentence) for c in chosen}
    out: list[Found] = []
    for cand in chosen:
        entry = _entry(paras, cand, starts, text)
        if entry is not None:
            out.append(entry)
    return out


def _valid(core: str, *, quoted: bool = False) -> bool:
    """A term: 2–20 characters holding a Chinese character (or a Latin abbreviation), neither a
    pronoun nor a clause (an unquoted one ending in an adverb or a particle: 这也是…, 它就是…), nor a
    figure or a date."""
    if not 2 <= len(core) <= 20 or _NO_TERM.search(core) or not quoted and _CLAUSE_END.search(core):
        return False
    if re.fullmatch(r"[\d\s.,%年月日号號]+", core):
        return False
    return bool(_CJK.search(core)) or bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,9}", core))


_LIST_ITEM = re.compile(r"[\s\u3000]*(?:[(（]?\d{1,2}[)）.．、]|[①-⑳⑴-⒇]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


def _restates(paragraph: str, core: str) -> bool:
    """Whether a paragraph opens by naming the term as its subject: quoted (``“三重一大”最早出自于…``), or followed by
    punctuation or a space, or a Latin term followed by anything else (``psl使得…``) — not the first words of a longer
    name (``政府信息公开制度起源于…`` below ``政府信息公开,是指…``)."""
    if paragraph[:1] in _Q_OPEN:
        return paragraph[1:].startswith(core) and paragraph[1 + len(core) : 2 + len(core)] in _Q_CLOSE
    if not paragraph.startswith(core):
        return False
    after = paragraph[len(core) : len(core) + 1]
    return not _CJK.match(after) or not _CJK.search(core[-1:])


def _unstopped_paragraph(definition: str, after: str) -> bool:
    """A paragraph of running text that lacks only its closing stop (``城镇化率反映…的一个重要指标,即…的比例城镇化是…的
    过程``), followed by more running text: complete, the page dropping the stop. A line ending no sentence before a list
    or a heading introduces them, and is no definition."""
    following = next((line.strip(" \t\u3000\xa0\r") for line in after.split("\n") if line.strip(" \t\u3000\xa0\r")), "")
    return (
        len(definition) >= 20
        and re.search(r"[,，]", definition) is not None
        and not _LIST_ITEM.match(following)
        and _FULL_STOP.search(following) is not None
        and following.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END))
    )


def _list_cut(after: str) -> bool:
    """The numbered items after a lead-in run to the end of the text, the last unfinished: the page
    cut the list the definition announces."""
    lines = [line for line in after.split("\n") if line.strip(" \t\u3000\xa0\r")]
    if not lines or not all(_LIST_ITEM.match(line) for line in lines):
        return False
    return not lines[-1].rstrip(" \t\u3000\xa0\r").rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END) + (";", "；"))


def _subject_at(clean: str, s: int, n: int, topic: _Topic) -> _Candidate | None:
    """A definition sentence opening at ``s`` with its headword (after lead-ins and frames), or None."""
    match = _SUBJECT.match(clean, s)
    if match is None:
        return None
    term = match.group("term")
    quoted = term[0] in _Q_OPEN
    latin = bool(re.fullmatch(_LATIN, term))
    core = _core(term)
    if not _valid(core, quoted=quoted):
        return None
    marker = match.group("marker")
    gloss = match.group("gloss") or ""
    candidate = _Candidate(0, n, term, match.start("term"), s, match.start("adverb") if match.group("adverb") else match.start("marker"), gloss=gloss)
    end = _sentence_end(clean, match.start("marker"))
    sentence = clean[s:end]
    predicate = clean[match.end("marker") : end]
    if _NOT_DEFINITION.match(clean, match.end("marker")) or sentence.rstrip(_CLOSERS).endswith(("?", "？")):
        return None  # 「新質生產力」是甚麼?: a question
    opening = not clean[:s].strip(" \t\u3000\xa0")  # the sentence opens its paragraph
    plain = not match.group("lead") and not match.group("frame")
    key_topic = topic(candidate.key, quoted=quoted) or topic(term, quoted=quoted)
    structural = bool(quoted or latin or match.group("conn") or match.group("socalled") or match.group("frame"))
    if match.group("comma") and (marker != "就是" or _names_class_by_head(core, predicate)):
        # X,就是… defines when it names the term's class (高质量发展,就是能够…的发展); otherwise it says what a task
        # means (促和谐,就是要…, 适时,就是把握好…), as reports do
        structural = True
    if re.fullmatch(_DEFINED_AS, marker):  # 《关于…的意见》对灵活就业的界定是:个体经营、…
        if not key_topic:
            return None
        candidate.tier, candidate.marker = 1, match.end("marker")
        return candidate
    if marker in (":", "："):  # "旅游出口":对一个国家而言,…: a quoted topic opening its paragraph, then a colon
        if not (quoted and opening and plain and key_topic):
            return None
        candidate.tier, candidate.marker = 2, match.end("marker")
        return candidate
    if n in topic.announced and opening and not match.group("lead") and marker not in ("包括", "反映"):
        # 指标解释: / 工业增加值增长速度即工业增长速度,是… / 产品销售率是…的比率: the label names them explanations
        candidate.tier = 1 if re.fullmatch(_TIER1, marker) else 2
        return candidate
    if re.fullmatch(_TIER1, marker):
        candidate.tier = 1
        if not key_topic:
            return None
    elif re.fullmatch(_TIER2, marker):
        candidate.tier = 2
        # a headword set off by commas around another name (工業增加值增長速度,即工業增長速度,是…的指標) is named
        # apart like a quoted one: named twice on the page, it is the page's topic
        alias = bool(match.group("comma")) and _ALIAS_THEN_CLASS.match(predicate) is not None
        if not structural or not (key_topic or alias and topic(term, quoted=True)):
            return None
    elif marker in ("包括", "反映"):
        # what a thing comprises or what an indicator reflects defines it only on a page about it, in a sentence opening
        # without a lead-in (包括: anywhere in the paragraph; 反映: at its start)
        candidate.tier = 3
        if not plain or not topic.titled(candidate.key) or marker == "反映" and not opening:
            return None
    else:  # the bare 是 (是由)
        candidate.tier = 3
        says = _NAMES.search(sentence) or _GOES_ON_TO_MEAN.search(clean, match.end("marker"), end)
        if core in topic.asked or says and key_topic:
            return candidate
        if _role(predicate):
            return None  # X是…的关键 / 是个新词 / 是…专业术语 / 是由…决定的: a role, a kind of word, a cleft
        # a sentence (not a clause after ; or a label's colon) of the page's topic term, in a paragraph about it (opening
        # with it or naming it in its first sentence), naming the term's class by the term's own head word
        # (楼宇经济是…的新兴经济形态, 高技术产业分类是…的派生分类) — or the page's lead sentence naming its subject's
        # class (CPI是…的宏观经济指标。)
        before = clean[:s].rstrip(" \t\u3000\xa0" + _CLOSERS)
        about = opening or before.endswith(tuple(_SENTENCE_END)) and core in clean[: _sentence_end(clean, 0, clause=False)]
        # (the lead paragraph going on about its subject after the first sentence: naming it again or referring back to it)
        rest = clean[end:]
        lead = (
            n == topic.lead and opening and plain and not match.group("comma") and "的" in predicate
            and (core in rest or re.search(rf"(?:^|[{_SENTENCE_END}]){_SP}*(?:它|其|这|這|该|該|此)", rest) is not None)
        )
        if not (key_topic and about and _names_class_by_head(core, predicate) or lead):
            return None
    return candidate


# What a bare 是 says when it gives no definition: a role or a status (X是…的关键, 是…重要举措, 是…主要渠道, 是…新鲜动能),
# what kind of word the term is (是…专业术语, 是个新词, 是…两个重要的概念), or a cleft (是由…决定的。). The last word of the
# clause after 是 tells.
_ROLE_NOUN = re.compile(
    r"(?:关键|關鍵|抓手|引擎|动力|動力|动能|動能|支柱|支撑|支撐|保障|前提|基础|基礎|目的|目标|目標|途径|途徑|路径|路徑|渠道|方向|"
    r"重点|重點|核心|任务|任務|要求|手段|窗口|体现|體現|之路|一招|举措|舉措|措施|组成部分|組成部分|趋势|趨勢|共识|共識|问题|問題|"
    r"生力军|生力軍|着力点|著力點|突破口|落脚点|落腳點|切入点|切入點|出发点|出發點|主线|主線|根本|灵魂|靈魂|标志|標誌|象征|象徵|"
    r"术语|術語|概念|名词|名詞|新词|新詞|提法|范畴|範疇|说法|說法|热词|熱詞|关键词|關鍵詞|大事|實事|实事|使命|主力军|主力軍|生命线|生命線|"
    r"之一)$"
)


# After X,即: another name, a comma and 是 naming a class (即工業增長速度,是用來反映…的指標).
_ALIAS_THEN_CLASS = re.compile(r"[^,，。；;]{2,20}[,，]是[^。；;]*的[^。；;,，的]{1,8}[。；;]")


def _names_class_by_head(core: str, predicate: str) -> bool:
    """Whether the clause after 是, a later clause opening with 是 or the clause closing the sentence (after adverbials
    such as ``以…为牵引,``) names the term's class with the term's own head word — a definition by genus and difference
    (``楼宇经济是…的新兴经济形态``, ``新質生產力是…的當代先進生產力``, ``高技术产业分类是…的派生分类``) — where a status
    or a role names another noun (``民族团结是…的生命线``, ``云南是…的省份之一``)."""
    if len(core) < 3 or not _CJK.search(core[-2:]):
        return False
    head = core[-2:]
    clauses = [c.strip() for c in re.split(r"[,，；;]", predicate.split("。")[0]) if c.strip()]
    return any(
        head in clause
        for k, clause in enumerate(clauses)
        if k in (0, len(clauses) - 1) or re.match(r"(?:也|更|还|還|又|亦)?是", clause)
    )


def _role(predicate: str) -> bool:
    """Whether a clause of the sentence that 是 opens states a role, a status or a kind of word, or is a cleft
    (``_ROLE_NOUN``): the clause right after 是 and every later clause opening with 是 again (``“三会一课”是…的基本形式,
    是…的主要途径``); clauses of another shape (``它以…為核心標誌``) say nothing of what the term is."""
    if predicate.startswith(("个", "個")):
        return True
    clauses = re.split(r"[,，；;。！？!?]", predicate)
    for k, clause in enumerate(clauses):
        clause = clause.strip(_CLOSERS + " \t\u3000\xa0")
        if k and not re.match(r"(?:也|更|还|還|又|亦|则|則)?是", clause):
            continue
        if not k and re.match(r"以[^,，]{1,40}(?:为|為)", clause):
            continue  # 是以重大技术突破…为基础,…的先进产业: an adverbial opening the predicate, no role
        if _ROLE_NOUN.search(clause) or clause.endswith("的"):
            return True
    return False


def _subjectless_at(paras: list[_Para], n: int, s: int, topic: _Topic) -> _Candidate | None:
    """An answer that leaves its subject out (``是指…``): its subject is the question just before it
    in the line (``何謂「X」?據…,是指…``) or, for a line opening so, the headword line above it (English
    names, dates, bylines and images between skipped)."""
    clean = paras[n].clean
    match = _SUBJECTLESS.match(clean, s)
    if match is None or _NOT_DEFINITION.match(clean, match.end("marker")):
        return None
    weak = match.group("marker") == "是"
    if clean[:s].strip(" \t\u3000\xa0"):
        before = clean[:s].rstrip(" \t\u3000\xa0")
        question = _QUESTION.search(before)
        if question is None or question.end() != len(before) or weak:
            return None
        group = "a" if question.group("a") else "b"
        return _Candidate(1, n, question.group(group), question.start(group), s, match.start("marker"))
    for m in range(n - 1, max(-1, n - 8), -1):
        line = paras[m].clean.strip(" \t\u3000\xa0")
        if not line or _NOISE_LINE.match(line):
            continue
        question = _QUESTION.fullmatch(line)
        if question:
            term = question.group("a") or question.group("b")
        elif len(line) <= 25 and not re.search(r"[,，。；;:：!！?？|｜]", line):
            term = line
        else:
            return None
        quoted = term[0] in _Q_OPEN
        if _LABELS.match(term) or not _valid(_core(term), quoted=quoted):
            return None
        # a paragraph opening with 是指/即 cannot stand alone: the headword line above is its subject, whether or not
        # the page comes back to it (1. 两区 / The “two zones” / 即…); a bare 是 needs the page's topic
        if weak and not topic(term, quoted=quoted):
            return None
        return _Candidate(3 if weak else 1, n, term, -1 - m, s, match.start("marker"))
    return None


def _entry(paras: list[_Para], cand: _Candidate, starts: set[tuple[int, int]], text: str) -> Found | None:
    """The entry of a candidate: its definition from the marker to the end of its paragraph, and
    over the next paragraphs that restate the term, unless a run-in label or the sentence of another
    definition comes first; a trailing source note and cell border left out; None when the text ends
    inside it."""
    para = paras[cand.para]
    clean = para.clean
    end = len(clean)
    for other_para, other_start in starts:
        if other_para == cand.para and cand.marker < other_start < end:
            end = other_start
    if cand.inner:  # a definition opening inside its sentence ends with it
        end = min(end, _sentence_end(clean, cand.marker, clause=False))
    label = _RUN_IN_LABEL.search(clean, cand.marker, end)
    if label:
        end = label.start()
    last = cand.para
    if end == len(clean):
        core = _core(cand.term)
        m = cand.para + 1
        while m < len(paras) and m - cand.para <= 4:
            following = paras[m].clean.strip(" \t\u3000\xa0")
            if not following:
                m += 1
                continue
            restates = (
                _restates(following, core)
                and _FULL_STOP.search(following) is not None
                and following.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(tuple(_SENTENCE_END))
                and not following.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(("?", "？"))
            )  # (a restating paragraph the page cuts, or a comment asking, is not taken in: 高质量发展,可以从…认识和评价。
            # 从宏观看,… / “楼宇经济”这种崭新的发展模式…如何将…相结合哪?)
            if (m, 0) in starts or not restates or _RUN_IN_LABEL.search(following) or _ASIDE_PARAGRAPH.match(following, len(core)):
                break  # (a paragraph on where the term comes from, or on what it is not, is no part of its definition)
            last = m
            m += 1
    stop = paras[last].offset(len(paras[last].clean)) if last != cand.para else para.offset(end)
    marker_at = para.offset(cand.marker)
    trailing = _TRAILING.search(text, marker_at, stop)
    if trailing and trailing.end() == stop:
        stop = trailing.start()
    definition = text[marker_at:stop]
    clean_definition = strip_pinyin(definition).strip(" \t\u3000\xa0")
    if len(clean_definition) < 4:
        return None
    if not clean_definition.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END)):
        if not text[stop:].strip(" \t\u3000\xa0\r\n|｜"):
            return None  # the text ends inside it: cut by the page
        if not clean_definition.endswith((":", "：", "\ufffd", "…", "...")) and not _unstopped_paragraph(clean_definition, text[stop:]):
            return None  # “放管服”是政府管理方式的三大核心 / 1. 放(…):…: a lead-in ending no sentence, no definition
    if clean_definition.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(("?", "？")):
        return None  # “四个意识四个自信”是…重要思想理念。那么,…具体是什么呢?: an introduction asking, no definition
    if clean_definition.endswith((":", "：")) and _list_cut(text[stop:]):
        return None  # …其来源主要包括以下四个方面: / (1)… / (2)…涉及以: the list it announces is cut by the page
    if cand.term_at >= 0:
        begin = para.offset(cand.term_at)
    else:
        line = paras[-1 - cand.term_at]
        begin = line.offset(len(line.clean) - len(line.clean.lstrip(" \t\u3000\xa0")))
    if cand.term_at >= 0:  # as written, converter pinyin inside it kept (the caller removes it)
        term = text[begin : para.offset(cand.term_end)].rstrip(" \t\u3000\xa0")
    else:
        term = paras[-1 - cand.term_at].raw.strip(" \t\u3000\xa0\r")
    quote = text[min(begin, marker_at) : stop]
    return Found(term, definition, quote, text.count("\n", 0, min(begin, marker_at)) + 1, min(begin, marker_at), stop)


# --- 3. where a layout's definition ends ----------------------------------------------------------

# A line opening with its own definition: a headword (quoted, or 2–15 characters without punctuation) run
# into 是指/指/系指/即 (年度统计的年末人口数指每年…).
_OPENS_DEFINITION = re.compile(
    rf"(?P<term>{_QUOTED}|[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{{2,15}}?)"
    r"(?P<marker>是指(?![导導挥揮])|系指|係指|指(?![标標数數导導出挥揮引南示令向明日望针針战戰定])|即(?![使便将將刻时時可]))"
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
        out.extend(_split_entry(entry, text))
    return out


def _split_entry(entry: Found, text: str) -> list[Found]:
    parts: list[Found] = []
    for _ in range(50):  # a bounded number of cuts per entry
        cut = _next_line_entry(entry, text) or _next_clause_entry(entry, text)
        if cut is None:
            break
        first, entry = cut
        parts.append(first)
    parts.append(entry)
    return parts


# A clause of running prose opening with a headword of its own run into a strong marker (…八个方面,八项举措就是
# 分别针对…): where the definition before it ends. (Whole sentences are the layouts' to split; and a definition goes
# on over the clauses defining the parts it names: 工业总产值又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指….)
_CLAUSE_OPENS = re.compile(
    rf"(?P<sep>[,，;；]){_SP}*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{2,10}?)"
    r"(?P<marker>是指(?![导導挥揮])|就是指|指的是|系指|係指|就是(?![要说說]))"
)


# A sentence opening with a sibling of the headword set off by a comma before 是 (个体工商户分型是指…。个体工商户分类培育,
# 是在…): the sibling's own definition, where the one before it ends. Only a sibling (the headword's first three
# characters or more) counts: a sentence opening with another subject and 是 is the definition going on.
_SENTENCE_OPENS = re.compile(
    rf"(?<=[。！？!?])(?P<sep>){_SP}*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-=＝+*×/]{4,15}?)"
    r"(?P<marker>[,，]是(?![否不由因为為]))"
)


_POINT_OF_VIEW = re.compile(r"^(?:对于|對於|对|對|关于|關於|从|從|在|按|据|據)|(?:来说|來說|而言|看来|看來|来看|來看|上|中)$")


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
    own = _core(strip_pinyin(entry.term))
    depth = quotes = seen = 0  # brackets and quotation marks open before the clause, counted as the scan goes
    sibling = (m for m in _SENTENCE_OPENS.finditer(entry.definition) if _sibling(_core(strip_pinyin(m.group("term"))), own))
    clauses = heapq.merge(_CLAUSE_OPENS.finditer(entry.definition), islice(sibling, 1), key=lambda m: m.start())
    for examined, match in enumerate(clauses):
        if examined >= 64:
            return None  # a bounded look: so many clauses and none opening an entry
        chunk = entry.definition[seen : match.start()]
        depth += chunk.count("(") + chunk.count("（") - chunk.count(")") - chunk.count("）")
        quotes += chunk.count("“") - chunk.count("”")
        seen = match.start()
        term = match.group("term")
        core = _core(strip_pinyin(term))
        if core == own or not _valid(core) or _ROLE_NOUN.fullmatch(core) or _LABELS.match(core) or _POINT_OF_VIEW.search(core):
            continue  # (…,对于国家来说就是…: a point of view, no headword)
        if _ANAPHORA.fullmatch(core):
            continue  # 前者是指…,后者是指…: words pointing back name no term
        if depth or quotes:
            continue  # inside brackets or quotation marks
        if entry.definition.find(core, 0, match.start()) >= 0:
            continue  # …又分为现价工业总产值和不变价工业总产值,不变价工业总产值是指…: a part the definition names
        head = term + match.group("marker")
        q = entry.quote.find(head, at + len(entry.term))
        begin = text.find(head, entry.start, entry.end)
        if q < 0 or begin < 0:
            return None
        stop = match.start()
        first = Found(entry.term, entry.definition[:stop], entry.quote[: q].rstrip(" \t\u3000\xa0,，;；"), entry.line, entry.start, _trimmed_end(text, begin))
        definition = entry.definition[match.end("term") :]
        if match.re is _SENTENCE_OPENS:  # 个体工商户分类培育,是…: the comma is the separator, left out
            definition = definition.lstrip(",，")
        second = Found(term, definition, entry.quote[q:], entry.line + text.count("\n", entry.start, begin), begin, entry.end)
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
    own = _core(strip_pinyin(entry.term))
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
        core = _core(term)
        quoted = term[0] in _Q_OPEN
        if core == own or not _valid(core, quoted=quoted) or _LABELS.match(core):
            continue
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
