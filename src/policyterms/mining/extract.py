"""Turn the 名词解释 appendix of a report into glossary senses.

Work reports end with an appendix that defines their own jargon (``名词解释``): numbered
entries ``headword:definition``. Curating a glossary starts from that appendix, so this
module parses it into :class:`ExtractedEntry` objects (term, definition, components,
citation quote) — the section in :mod:`policyterms.mining.appendix`, the parts of each
term in :mod:`policyterms.mining.components`, the other layouts of glossary pages in
:mod:`policyterms.mining.extract_layouts`; :mod:`policyterms.mining.senses_yaml` writes
them as a senses file and merges them into an existing, curated one without ever
overwriting what a curator wrote. The rules are described in ``docs/extract.md`` (those of the
other layouts in ``docs/extract-layouts.md``); in short:

* the section starts at a heading on its own line (名词解释, 名詞解釋, 注释, 注釋,
  附件：名词解释, 名词解释：) followed by entry 1;
* entries are numbered ``1.`` ``1．`` ``1、`` ``（1）`` ``(1)`` ``（一）`` or ``一、`` (one
  style per list) and separate headword and definition with ``:`` ``：`` ``——`` ``—``, or
  with nothing before 是指/即/指;
* a line that is neither the next entry nor the continuation of an unfinished entry ends
  the list (see :func:`policyterms.mining.appendix.find_appendix`).

Parsing reads the original text. Headwords and definitions lose converter noise (inline
pinyin such as ``區(qū)``, removed exactly where :func:`policyterms.text.fold.fold` removes it)
but keep their characters as written; quotes are verbatim, so ``lint`` verifies them.

>>> report = "名词解释\\n1.三线一单:是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。\\n"
>>> (entry,) = extract_entries(report)
>>> entry.term, [c.text for c in entry.components]
('三线一单', ['生态保护红线', '环境质量底线', '资源利用上线', '生态环境准入清单'])
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from policyterms._lazy import lazy_compile
from policyterms.errors import InputError
from policyterms.text.fold import strip_pinyin
from policyterms.mining.appendix import FINISHED_ENTRY, ExtractedEntry, scan_appendix, split_headword
from policyterms.mining.components import components_of
from policyterms.mining.written_forms import AsWritten, plain_lines, read_form

if TYPE_CHECKING:  # at run time the layouts are imported where they are used
    from policyterms.mining.extract_layouts.common import Found

__all__ = [
    "ExtractedEntry",
    "extract_entries",
]


_NO_APPENDIX_HINT = (
    "the section must start with a heading line such as 名词解释, 名詞解釋, 注释 or 附件：名词解释, "
    "followed by numbered entries (1. 1、 （1） （一） 一、) of the form headword:definition"
)


# An ellipsis right after a word, ending a line inside an entry (…存在返贫致贫风险的农户...): a tag page or a
# search result cut the text there, so the entry is incomplete (and what follows is furniture). Dots after a
# sentence's stop (…支出. ........) are a leader, not a cut; but three dots right after a full stop, ending the
# line (…的有效工具。...), are a tag page's mark that the summary goes on on the article's page (P200).
_CUT_BY_ELLIPSIS = re.compile(r"(?:(?<=[\u4e00-\u9fff])(?:\.{3,}|…+)|(?<=[\u4e00-\u9fff]。)(?:\.{3}|…{1,2}))[ \t\u3000]*(?:\n|$)")


# A sentence's end inside a definition, then words up to a site's ellipsis: the last whole sentence before the cut.
_LAST_STOP = re.compile(r".*[。！？](?=[^。！？]*$)", re.S)


def _before_ellipsis_cut(found, text: str, cut: int):
    """``found`` ended at its last complete sentence before a site's ellipsis at offset ``cut`` (文化資產指的是…核心價值。為讓歷史
    文化記憶與當代生活重新..., 744, a ministry site's section teaser): the sentences before the cut are whole, the cut one is
    dropped. None when the cut falls in the definition's first sentence (a summary cut by the page: 因病因灾…的农户...), or
    words of the entry follow the ellipsis."""
    if text[cut : found.end].strip(" \t\u3000.…\n"):
        return None
    stop = _LAST_STOP.match(text, found.start, cut)
    cut_words = text[stop.end() : cut].strip(" \t\u3000") if stop is not None else ""
    k = found.definition.rfind(cut_words) if cut_words else -1
    q = found.quote.rfind(cut_words) if cut_words else -1
    if k <= 0 or q <= 0 or _LAST_STOP.match(found.definition[:k]) is None:
        return None
    definition = found.definition[:k].rstrip(" \t\u3000")
    return replace(found, definition=definition, quote=found.quote[:q].rstrip(" \t\u3000"), end=stop.end())


def _other_layouts(text: str) -> list[ExtractedEntry]:
    """Entries of the layouts :mod:`policyterms.mining.extract_layouts` reads (notes, prose
    definitions, headword lines …), numbered in text order."""
    from policyterms.mining.extract_layouts import find_entries
    from policyterms.mining.extract_layouts.foreign_script import japanese
    from policyterms.mining.extract_layouts.false_glosses import false_gloss
    from policyterms.mining.extract_layouts.restated_lead_ins import run_on_restating_lead_ins
    from policyterms.mining.extract_layouts.siblings import ends_before_named_kind, split_named_word_gloss
    from policyterms.mining.extract_layouts.combine import _drop_cut_repeats, opens_with_standing
    from policyterms.mining.extract_layouts.name_pieces import piece_ends_before_whole
    from policyterms.mining.extract_layouts.indicators import lead_in_only
    from policyterms.mining.extract_layouts.item_glosses import aim_items_dropped, compared_aspect_items_dropped, duty_items_dropped, filed_items_dropped, example_items_dropped, meaning_items_dropped, opens_with_effect, part_named_above, tip_items_dropped
    from policyterms.mining.extract_layouts.topics import run_over_restating, topic_definitions
    from policyterms.mining.extract_layouts.repeated_labels import repeated_labels_dropped
    from policyterms.mining.extract_layouts.short_form_pieces import split_short_form_pieces
    from policyterms.mining.extract_layouts.ranked_restatements import ranked_restatements_dropped
    from policyterms.mining.extract_layouts.scope_sentences import scope_sentences_dropped
    from policyterms.mining.extract_layouts.aspect_blocks import aspect_terms_dropped
    from policyterms.mining.extract_layouts.asked_dashes import dash_restatements_dropped
    from policyterms.mining.extract_layouts.headwords import naming_entries_dropped
    from policyterms.mining.extract_layouts.meaning_subheadings import meaning_subheading_entries

    found = [ends_before_named_kind(f) for f in find_entries(text)]  # …兩個階段。個別企業的公私合營,是在…: the kind's own gloss
    meant, aspect_lines = meaning_subheading_entries(text)  # 一、 X / 1. 核心含义 / 这是…: X's definition; the labels no headwords
    if meant:
        found = sorted([f for f in found if f.line not in aspect_lines] + meant, key=lambda f: f.start)
    found = [part for f in found for part in split_named_word_gloss(f)]  # 指由家戶、…。家戶係指…: a named word's own gloss
    found = [part for f in found for part in split_short_form_pieces(f)]  # X是“AB”的簡稱,A即是…,B就是…: the full name's words
    if len(found) == 1:  # a one-term page: its answer goes on over paragraphs restating the term
        found = [run_over_restating(found[0], text)]
    found = run_on_restating_lead_ins(found, text)  # 城市更新指的是…。 / 城市更新包括以下几个方面: (a list's lead-in)
    entries = _normalised(_layout_entries(found, text))
    # (a teaser paragraph cut by the page before the full one restating it, …审定,最终 / …审定,最终制发…。, P1285: the cut
    # one is a summary, dropped as a layout's cut repeat is; only a paragraph ending so, not a gloss inside a line such as
    # 两新组织(即新型经济组织和新社会组织)在推动…, P1037)
    topics = piece_ends_before_whole([ends_before_named_kind(t) for t in topic_definitions(text)])  # 两公开是…。这个办法让…
    topics = [part for t in topics for part in split_short_form_pieces(t)]  # 匯兌是“外匯兌換”的簡稱,外匯即是…: its words' glosses
    uncut = _drop_cut_repeats(topics)
    topics = [t for t in topics if t in uncut or text[t.end :].lstrip(" \t\u3000")[:1] not in ("\n", "")]
    # Where a layout's entry of a topic term ends with its line and the topic definition goes on over the next lines
    # restating the term, the one rule of where a definition ends decides (三重一大是指…制度。 / “三重一大”最早出自于…).
    longer = {}
    for t in topics:
        for e in _normalised(_layout_entries([t], text)):
            longer.setdefault(_topic_key(e.term), e)
    entries = [
        replace(e, definition=t.definition, components=t.components, enumerates=t.enumerates, quote=t.quote)
        if (t := longer.get(_topic_key(e.term))) and t.definition.startswith(e.definition) and t.definition[len(e.definition) :].startswith("\n")
        else e
        for e in entries
    ]
    # The definitions of the page's topic: all there is when no layout reads the page; beside the layouts'
    # entries, those of a topic term they did not give, at a place none of them covers — or gave in other words
    # elsewhere (分稅製是…的一種財政體製,… in the lead, and under 一、什麽是分稅製 a paragraph of its own, P1016: a term
    # defined again counts again).
    given: dict[str, set[str]] = {}
    for e in entries:
        given.setdefault(_topic_key(e.term), set()).add(_topic_key(strip_pinyin(e.definition)))
    quotes = {e.quote for e in entries}
    spans = [(f.start, f.end) for f in found if f.quote in quotes]  # (an entry left without a headword covers nothing)
    topic = [
        cut
        for t in topics
        if _topic_key(strip_pinyin(t.definition)) not in given.get(_topic_key(strip_pinyin(t.term)), set())
        and (cut := _up_to_next_entry(t, spans, text)) is not None
    ]
    if topic:
        entries = sorted(entries + _normalised(_layout_entries(topic, text)), key=lambda e: e.line)
        # (a topic definition the layouts gave too, both ended at the same sentence before a site's ellipsis: once)
        seen: set[tuple[int, str, str]] = set()
        entries = [e for e in entries if (k := (e.line, e.term, e.definition)) not in seen and not seen.add(k)]
    entries = _judged_statements_dropped(entries, text)
    entries = [e for e in entries if not lead_in_only(e.definition)]  # 数据包括以下字段: / the list: no definition
    entries = [e for e in entries if not japanese(e.definition)]  # 「建設」は…を意味します。: a Japanese edition's explanation
    entries = [e for e in entries if not opens_with_standing(e.definition)]  # (a topic's too) “X”:连续两年入选年度热词,…
    # - 绿色能源:推动了能源结构的转型,…: a role line (not a part the definition above lists, 1. 增长速度换挡期:随着…,…)
    entries = [e for e in entries if not opens_with_effect(e.definition) or part_named_above(e, entries)]
    entries = example_items_dropped(entries, text)  # …的权利。例如: / - 子女入学:…: examples of the definition above
    entries = aim_items_dropped(entries, text)  # 它的设立初衷在于: / - 简化政务流程:…: what the thing is for, no glosses
    entries = tip_items_dropped(entries, text)  # …提供4招,幫助您…: / • 居家定期量測腰圍:…: how-to tips, no glosses
    entries = compared_aspect_items_dropped(entries, text)  # 二、身份要求不同 / 1、港澳台联考:华侨考生,…: one aspect of each, no gloss
    entries = duty_items_dropped(entries, text)  # 各大隊之專業分工項目如下: 一、偵查第一大隊:殺人…: a unit's duties
    entries = filed_items_dropped(entries, text)  # …檢具下列文件, / 送本部審查核准後列入附表: / 一、X,包括…。: documents to file
    entries = meaning_items_dropped(entries, text)  # …是指…者。其意義說明如下: / 一、企業經營者為營業之人:…: points of its meaning
    entries = [e for e in entries if not false_gloss(e.term, e.definition, e.quote)]  # 通常指: / 北京:地质出版社 / 编辑X指…
    entries = _topic_aspects_dropped(entries, text)
    entries = aspect_terms_dropped(entries)  # 诈骗指的是…。 / 诈骗的主要形式包括…: an aspect of the defined term, no term
    entries = naming_entries_dropped(entries)  # ETF / ETF的英文全称是…。 beside ETF / 是指…: the name, said before the gloss (review 67)
    entries = dash_restatements_dropped(entries)  # 防災士 / 是…。 beside 防災士 / 防災士——是…。這是…: the dash-set headword's own
    entries = scope_sentences_dropped(entries)  # 「X」係指…。X工作包括…程序。: the defined thing's scope, no new word
    entries = ranked_restatements_dropped(entries)  # 外匯指…。 / 外匯又稱…,是世界上最大的金融市場: its rank, no second gloss
    entries = repeated_labels_dropped(entries, text)  # 專題文章 / title / blurb, five times: a list's tag, no headword
    return [replace(e, number=i) for i, e in enumerate(entries, 1)]


# A label item: a short label and its colon opening the line, after a bullet, a dash or an item number
# (- 词源:…, • 人口结构:…, 1. 统计调查:…).
_LABEL_ITEM = lazy_compile(
    r"^[\s\u3000]*(?:[-*+•·▪●][\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)?(?P<label>[^\s\u3000,，。；;:：]{2,10})[\s\u3000]*[:：]"
)
# The same label alone on its line, its paragraph below (商业和金融领域: / 黑名单用于记录…, P2633, a science Q&A page's domains of
# its topic): a headword line so written, read as the run-in label is.
_LABEL_LINE = lazy_compile(
    r"^[\s\u3000]*(?:[-*+•·▪●][\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)?(?P<label>[^\s\u3000,，。；;:：]{2,10})[\s\u3000]*[:：][\s\u3000]*$"
)
# An item giving only examples (传统农业技术:如耕作、播种…; 社会组织:如村委会…): no definition.
_ONLY_EXAMPLES = lazy_compile(r"^(?:如|例如|比如|譬如)(?![何此今果同])")


def _topic_aspects_dropped(entries: list[ExtractedEntry], text: str) -> list[ExtractedEntry]:
    """On a page about one term, the label items below its definition that speak of that term are its aspects —
    its origin, its uses, its kinds, its people (``政策:指…`` / ``- 词源:政策一词源自…``, ``- 演变:在古代,政策更多指…``;
    ``概念:农村是指…`` / ``人口结构:农村人口主要包括…``) — not definitions of their labels; and a label item giving only
    examples (``传统农业技术:如耕作、播种…``) defines nothing. The topic is a term the page defines and names three
    times at least; a label holding the topic, or held in it (``一般公共预算收入:…一般公共预算…``), is a term of
    its own. The label may stand alone on its line over its paragraph (``商业和金融领域:`` / ``黑名单用于记录…``)."""
    if len(text) > _EXPLAINER_PAGE or len(entries) < 2:
        return entries
    page = _QUOTES_AND_SPACE.sub("", text)
    lines = text.split("\n")
    topics = []
    for e in entries:
        key = _topic_key(e.term)
        if len(key) >= 2 and page.count(key) >= 3:
            topics.append((key, e.line))
    kept = []
    for e in entries:
        label = _LABEL_ITEM.match(e.quote)
        if label is None and not e.quote.startswith(e.term) and 0 < e.line <= len(lines):
            label = _LABEL_LINE.match(lines[e.line - 1])  # the label on a line of its own, the paragraph below
        if label is not None and _topic_key(label.group("label")) == _topic_key(e.term):
            if _ONLY_EXAMPLES.match(e.definition):
                continue
            own = _topic_key(e.term)
            gloss = _QUOTES_AND_SPACE.sub("", e.definition)
            if any(
                line < e.line and key not in own and own not in key and _speaks_of(gloss, key, own) and not _joins_topics(gloss, key, topics)
                for key, line in topics
            ):
                continue
        kept.append(e)
    return kept


# Two defined words joined as a gloss's subject (地形 : 地物和地貌的總稱。, 610, a glossary's lines under 常用相關名詞定義如下):
# the label names the whole the two make, a term of its own, not an aspect of the first.
_JOINED = lazy_compile(r"(?:和|與|与|及|以及|、)")


def _joins_topics(gloss: str, topic: str, topics: list[tuple[str, int]]) -> bool:
    """Whether ``gloss`` opens with ``topic`` joined to another of the page's ``topics`` (``地物和地貌的總稱``)."""
    at = gloss.find(topic)
    joined = _JOINED.match(gloss, at + len(topic)) if at >= 0 else None
    return joined is not None and any(gloss.startswith(other, joined.end()) for other, _ in topics if other != topic)


def _speaks_of(gloss: str, topic: str, label: str = "") -> bool:
    """The gloss opens with the topic as its subject, or right after one clause setting the scene (``在古代,政策更多指…``,
    ``根据…因素,农村可以分为…``) — but not to name a part the topic includes (``城市更新还包括对…进行整治``: the label is
    that part), nor as the first words of the label's full name (``缴存基数:住房公积金缴存基数是指…``), nor to place the
    label as a kind or part of it before defining it (``社会保险:社会保障的核心内容,是指…``)."""
    at = gloss.find(topic, 0, 40)
    if at < 0 or not re.search(r"[\u4e00-\u9fff]", topic):
        return False
    before = gloss[:at]
    if before and not re.fullmatch(r"[^,，。；;:：]{1,30}[,，]", before):
        return False
    after = gloss[at + len(topic) :]
    if label and after.startswith(label) and _DEFINED.match(after, len(label)):
        return False
    kind = _KIND_THEN_DEFINED.match(after)
    if kind and not (label and label in kind.group("place")):
        return False  # (but 含义:政策的基本含义,是指…: the label is the aspect the gloss names)
    return not re.match(r"(?:还|還|也|主要|则|則)?(?:包括|包含|涵盖|涵蓋)", after)


# After the topic, the label's place in it and then a definition (社会保障的最低层次,是指…; 新型城镇化的一种模式,指…).
_MARKER = r"(?:是指|系指|指(?![导導出引明挥揮示令定向南标標数數])|即)"
_DEFINED = lazy_compile(_MARKER)
_KIND_THEN_DEFINED = lazy_compile(rf"的(?P<place>[^,，。；;:：]{{1,15}})[,，]{_MARKER}")


# An explainer's length (the length of page topic_definitions reads): work reports are longer.
_EXPLAINER_PAGE = 8_000


# A question bank's answer label on a line of its own (参考答案:, 正确答案:).
_ANSWER_LABEL = lazy_compile(r"^[ \t\u3000]*(?:参考|參考|正确|正確|标准|標準)答案[ \t\u3000]*[:：]?", re.MULTILINE)


def _judged_statements_dropped(entries: list[ExtractedEntry], text: str) -> list[ExtractedEntry]:
    """A question bank's statement put to the student to judge (核心 CPI 一般是指…。 / 参考答案: / 核心 CPI 指…, P259) is
    no definition when the answer under the label defines the same term: the entry above the label is dropped."""
    labels = [text.count("\n", 0, m.start()) + 1 for m in _ANSWER_LABEL.finditer(text)]
    if not labels:
        return entries
    below = {(_topic_key(e.term), label) for e in entries for label in labels if e.line >= label}
    return [e for e in entries if not any(e.line < label and (_topic_key(e.term), label) in below for label in labels)]


def _up_to_next_entry(topic: Found, spans: list[tuple[int, int]], text: str) -> Found | None:
    """A topic definition at a place no layout's entry covers, ending before the next entry a layout read inside it
    (据悉,“三新”經濟是以…的集合。新產業指…: a definition runs up to the next headword, or up to the sentence end before it
    when that entry opens in a sentence's middle); None when it starts inside one."""
    from policyterms.mining.extract_layouts.common import Found

    marker_at = topic.end - len(topic.definition)
    stop = topic.end
    for start, end in spans:
        if start <= topic.start < end or start <= marker_at < end:
            return None
        if marker_at < start < stop:
            stop = start
    if stop == topic.end:
        return topic
    sentence_end = max(text.rfind(mark, marker_at, stop) for mark in "。！？!?；;")
    if sentence_end >= marker_at and text[sentence_end + 1 : stop].strip(" \t\u3000\xa0\r\n"):
        stop = sentence_end + 1  # 實行分稅製,要求按照稅種實現“三分”:即…: no end inside the sentence whose slogan is glossed
    while stop > marker_at and text[stop - 1] in " \t\u3000\xa0\r\n":
        stop -= 1
    # (the comma between two run-in clauses, 扫黑除恶中的“黑”是指黑社会性质的组织,“恶”是指…, P2449, is neither clause's: the prose
    # pass reading the same series without the topic leaves it out too)
    while stop > marker_at and text[stop - 1] in ",，":
        stop -= 1
    if stop - marker_at < 4:
        return None
    return Found(topic.term, text[marker_at:stop], text[topic.start : stop], topic.line, topic.start, stop)


_QUOTES_AND_SPACE = lazy_compile(r"[“”「」『』\"\s\u3000]")


def _topic_key(term: str) -> str:
    """A term compared without its quotation marks and spaces (“三新”經濟 and 三新經濟 are one topic)."""
    return _QUOTES_AND_SPACE.sub("", term)


# The next article of a regulation run into the paragraph after a sentence end (…的行为。第四条…): a definition ends there.
_NEXT_ARTICLE = lazy_compile(r"(?<=[。；;])[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[条條](?![件款例])")

# The next item of a list run in after a sentence end (…的发展。2、普通本科…是指…; …自我監督。壹、村務監督委員會主要職責): the
# definition ends there, as no gold definition goes on over a run-in item number after its full stop.
_NEXT_ITEM = lazy_compile(r"(?<=[。！？!?”」])[\s\u3000]*(?:\d{1,2}[、.．]|[一二三四五六七八九十壹貳贰參叁肆伍陸陆][、.．])(?![\d\s])")
# A gloss opening with its own first item (拒絕復籍 一、為家屬未得戶主同意而結婚。 / 二、收養子女…, 819, a register-terms table's
# gloss of two cases): the next number is its second case, not the list's next entry, and the gloss runs over it.
_OWN_FIRST_ITEM = lazy_compile(r"[\s\u3000]*(?:1[、.．]|一[、.．]|壹[、.．])(?![\d\s])")
# A regulation's definitions clause right before the term (本法所称规划区,是指…; 前款所称X是指…): a next sentence on an
# attribute of the term (规划区的具体范围由…划定。) is another provision of the article, and the definition is its one sentence
# (the kinds of the term after it, …制定的規範性檔案為政府規範性檔案, still go on it).
_SO_NAMED_BY_RULE = lazy_compile(r"所[称稱](?:的)?[\s\u3000]*[“「]?$")
_FIRST_SENTENCE = lazy_compile(r"[^。]*。[”」]?")


def _layout_entries(found_entries, text: str) -> list[ExtractedEntry]:
    """The entries of what a layout found, converter pinyin removed."""
    from policyterms.mining.extract_layouts.ends import before_semicolon_turn, before_turn_to_quoted, split_run_on
    from policyterms.mining.extract_layouts.sibling_ends import before_derived_word, split_at_sibling
    from policyterms.mining.extract_layouts.built_subjects import before_built_subject
    from policyterms.mining.extract_layouts.second_senses import before_second_sense, before_sense_remark
    from policyterms.mining.extract_layouts.genus_leads import past_genus_lead
    from policyterms.mining.extract_layouts.wrapped_lines import wrapped_continuation
    from policyterms.mining.extract_layouts.repeated_fields import before_repeated_field
    from policyterms.mining.extract_layouts.cited_rules import cited_law_end
    from policyterms.mining.extract_layouts.anaphora import word_anaphor_subject
    from policyterms.mining.extract_layouts.quoted_frames import quoted_subject_opening
    from policyterms.mining.extract_layouts.run_in_slogans import slogan_glossed_inside
    from policyterms.mining.extract_layouts.common import CLOSING_EXAMPLES, adverb_under_headword, line_above, words_before_marker
    from policyterms.mining.extract_layouts.general import _OPENS_WITH_MARKER, elided_subject, hedged_label_subject, headword_label_subject, labelled_subject

    entries = []
    resubjected: set[int] = set()  # entries given the quoted word opening their definition as the term
    line_of = _line_counter(text)
    found_entries = list(found_entries)
    other_terms = {_bare_term(strip_pinyin(f.term).strip(" \t\u3000")) for f in found_entries}  # (a sibling found by a layout)
    for number, found in enumerate(split_run_on(found_entries, text), 1):
        cut = _CUT_BY_ELLIPSIS.search(text, found.start, found.end)
        if cut is not None:
            found = _before_ellipsis_cut(found, text, cut.start())
            if found is None:
                continue  # 3、突发严重困难户:因病因灾…的农户... / 2023-07-16 热度: …: a summary cut by the page
        term = _bare_term(strip_pinyin(found.term).strip(" \t\u3000"))
        wrapped = wrapped_continuation(text, found.end, found.definition.strip(" \t\u3000"), strip_pinyin(found.term))
        if wrapped:  # …共同缴纳 / 基本养老保险费制度之前,…合并计发 / 养老保险金。: the wrapped sentence's lines
            found = replace(found, definition=found.definition.rstrip(" \t\u3000") + wrapped, quote=found.quote.rstrip(" \t\u3000") + wrapped)
        definition = _TRAILING_PAGE_REFERENCE.sub("", strip_pinyin(found.definition).strip(" \t\u3000"))
        definition = definition[cited_law_end(definition) :]  # 依我國「檔案法」第二條之規定,指…: from 指, the law cited no part of it
        article = _NEXT_ARTICLE.search(definition)
        if article:  # …提供政务数据资源的行为。第四条政务数据资源共享应当遵循…: the next article of a regulation
            definition = definition[: article.start()]
        item = _NEXT_ITEM.search(definition) if not _OWN_FIRST_ITEM.match(definition) else None
        if item:  # …促进现代职业教育的发展。2、普通本科…是指…: the list's next item
            definition = definition[: item.start()]
        if _SO_NAMED_BY_RULE.search(strip_pinyin(text[max(0, found.start - 12) : found.start])):
            first = _FIRST_SENTENCE.match(definition)  # 本法所称规划区,是指…的区域。规划区的具体范围由…: one provision
            if first and definition[first.end() :].lstrip(" \t\u3000").startswith(term.strip("“”「」") + "的"):
                definition = first.group()
        # …评议,两公开指…; …的疾病;“服刑在押”就是…: a sibling named before on the page glossed in turn, its own entry
        definition = before_repeated_field(definition, text, found.start, found.end)  # …等。 / 由校方指派…上傳。, under each item
        definition, contrasted = split_at_sibling(term, definition, strip_pinyin(text[: found.start]))
        definition = before_derived_word(term, definition)  # …心理需求,适老化的概念则涵盖…: a word built on the term, its own
        definition = before_built_subject(term, definition)  # …的電子證書。綠證交易是…: another subject built on the term
        definition = before_second_sense(term, definition)  # …。此外,行政主導還意味着…: the term's second sense, its own
        definition = before_sense_remark(term, definition)  # …之機關。此為狹義之公務員: a remark on another word's sense
        definition = before_semicolon_turn(term, definition)  # "室內場所"是指…;同時列舉了…: the sentence turns elsewhere
        definition = before_turn_to_quoted(term, definition)  # 首发经济,本质是…;而“首发概念经济”更进一步: another word's turn
        definition = past_genus_lead(definition)  # 是…一個常見的現象,主要指…: the lead placing the term, then what it is
        examples = CLOSING_EXAMPLES.search(definition)
        if examples:  # 第四組場所指…之場所,例如咖啡室、冰室及茶館等: a gloss closed by its examples, no stop (593)
            definition = definition[: examples.start()]
        below = words_before_marker(term, named=line_above(text, found.start)) if _OPENS_WITH_MARKER.match(definition) else None
        if below is not None:  # 内卷 / 内卷原指…: the headword line above names the word, 原 goes with the marker
            term, definition = below[0], below[1] + definition
        subject = elided_subject(term, definition, text, found.start)
        if subject is not None:  # 一是信息基礎設施。主要是指…
            term, definition = subject
        elif _OPENS_WITH_MARKER.match(definition) and (headword := adverb_under_headword(term, text, found.start)) is not None:
            term, definition = headword, term + definition  # 破防 / 通常指…: the headword line above, 通常 goes with the marker
        word = word_anaphor_subject(term, definition, text, found.start)
        if word is not None:  # 流行词一:猴赛雷 / 这个起源于广东方言的词语,意为…: the word it stands for
            term, definition = word
        quoted = quoted_subject_opening(term, definition, strip_pinyin(text[max(0, found.start - 6) : found.start]))
        if quoted is not None:  # 定义“三旧” | “三旧”指的是…; 所谓“3456”工作矩阵, | “3”是指…: the quoted word is the subject
            term, definition = quoted
        labelled = labelled_subject(term, definition, text, found.start)
        if labelled is not None:  # 一、乡村振兴的含义 / 含义:通常指…: the heading's term (none without one)
            term, definition = labelled
        hedged = hedged_label_subject(term, definition)
        if hedged is not None:  # 一、乡村振兴的含义 / 含义:一般来说,乡村振兴是指…: the sentence's term, from its marker
            term, definition = hedged
        elif (named := headword_label_subject(term, definition)) is not None:  # 定义 | 转移支付,…,它主要是指…: the sentence's term
            term, definition = named
        if not term or not definition:
            continue
        components, enumerates = components_of(term, definition)
        if quoted is not None:
            resubjected.add(len(entries))
        entries.append(ExtractedEntry(number, term, definition, components, enumerates, found.quote, line_of(found.start)))
        inner = slogan_glossed_inside(definition)
        inner_at = found.quote.find(inner[0]) if inner else -1
        if inner and inner_at >= 0 and inner[0] not in other_terms:
            # “6”是指打造“两城两都两高地”,即智车之城、…: the counted slogan the item names and spells out, a second entry (P2163)
            components, enumerates = components_of(inner[0], inner[1])
            entries.append(ExtractedEntry(number, inner[0], inner[1], components, enumerates, found.quote[inner_at:], line_of(found.start)))
        sibling_at = found.quote.find(contrasted[0] + contrasted[1][:2]) if contrasted else -1
        if contrasted and sibling_at >= 0 and contrasted[0] not in other_terms:
            # …的一种用工形式,而劳务外包是指…: the sibling set against the term, its own entry (its clause the quote)
            components, enumerates = components_of(contrasted[0], contrasted[1])
            entries.append(ExtractedEntry(number, contrasted[0], contrasted[1], components, enumerates, found.quote[sibling_at:], line_of(found.start)))
    # (a quoted word's clause a layout read on its own as well, “3”是指… under 所谓“3456”工作矩阵,: one entry)
    own = {(e.term, e.definition) for i, e in enumerate(entries) if i not in resubjected}
    return [e for i, e in enumerate(entries) if i not in resubjected or (e.term, e.definition) not in own]


def _normalised(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """Every entry's headword normalised at this one place
    (:func:`policyterms.mining.extract_layouts.general.normalise_headword`: enumeration marks, lead-ins and
    connectives off the term, a tail such as 分别 or 即Y opening the definition); an entry left without
    a headword is dropped."""
    from policyterms.mining.extract_layouts.common import without_news_credit
    from policyterms.mining.extract_layouts.general import normalise_headword

    out = []
    for entry in entries:
        normal = normalise_headword(entry.term, entry.definition, entry.quote)
        if normal is None:
            continue
        term, definition = normal
        definition = without_news_credit(definition)  # …以上。(中央社): the outlet's credit closing the paragraph (P2880)
        if (term, definition) != (entry.term, entry.definition):
            components, enumerates = components_of(term, definition)
            entry = replace(entry, term=term, definition=definition, components=components, enumerates=enumerates)
        out.append(entry)
    return out


# Markdown emphasis around a headword (**财政拨款收入**), a table row's serial number before it
# (1<TAB>财政拨款收入, 1  财政拨款收入) and a bullet mark (★高质量发展) are no part of the term.
_EMPHASIS = lazy_compile(r"^(\*\*|__)(?P<term>[^*_]+)\1$")
_ROW_SERIAL = lazy_compile(r"^[0-9]{1,3}(?:\t|[ \u3000]{2,})[\t \u3000]*(?=[^\s0-9])")


_BULLET_MARK = lazy_compile(r"^[★☆●○◆◇■□▲△▼▽▶►•◎※]+[\t \u3000]*(?=\S)")
# A spam word a content farm injected where a line's indentation stood (浙g  二奶专家:…, gs350    飞鱼族:…, P635): a short
# token of Latin letters (and digits or a character or two) set off by two spaces or more before a Chinese headword.
_INJECTED_TOKEN = lazy_compile(r"^(?=[^\s]*[A-Za-z])[A-Za-z0-9\u4e00-\u9fff]{2,8}[\t \u3000]{2,}(?=[\u4e00-\u9fff“「])")


def _bare_term(term: str) -> str:
    """``term`` without markdown emphasis, a row's serial number, a bullet mark and an injected spam token.

    >>> _bare_term("**财政拨款收入**"), _bare_term("1  财政拨款收入"), _bare_term("100 万吨级码头"), _bare_term("★高质量发展")
    ('财政拨款收入', '财政拨款收入', '100 万吨级码头', '高质量发展')
    >>> _bare_term("浙g  二奶专家"), _bare_term("gs350    飞鱼族"), _bare_term("GDP 平减指数"), _bare_term("PM2.5  浓度")
    ('二奶专家', '飞鱼族', 'GDP 平减指数', 'PM2.5  浓度')
    """
    emphasis = _EMPHASIS.match(term)
    term = emphasis.group("term").strip(" \t\u3000") if emphasis else term
    serial = _ROW_SERIAL.match(term) or _BULLET_MARK.match(term) or _INJECTED_TOKEN.match(term)
    return term[serial.end() :] if serial else term


def _line_counter(text: str):
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    return line_of


def extract_entries(text: str, *, layouts: bool = True) -> list[ExtractedEntry]:
    """Parse the 名词解释 section of ``text`` into entries, in appendix order.

    The page is read in one way of writing — simplified characters, curly quotation marks, plain line ends, no
    indentation all its lines share (:mod:`policyterms.mining.written_forms`) — the form the rules are written
    for, and its entries are given back in the page's own characters.

    Without a headed, numbered section, the other layouts of
    :mod:`policyterms.mining.extract_layouts` are read, unless ``layouts=False``: a report read
    for its own definitions (:mod:`policyterms.mining.learn`) must not take page furniture such
    as ``文号：…`` for a glossary, and those looser layouts are for pages the user names
    as a glossary.

    Raises :class:`~policyterms.errors.InputError` when the text has no such section (or
    a heading with no entry after it), since asking to extract from a report without an
    appendix is a mistake the user should hear about, not an empty result.
    """
    from policyterms.mining.extract_layouts.common import blank_watermarks

    text = blank_watermarks(text)  # 本`文@内-容-来-自…: a site's spaced watermark after a stop, no part of any gloss
    page = plain_lines(text)
    form = read_form(page)
    if form == text:
        return _extract(text, layouts)
    try:
        entries = _extract(form, layouts)
    except InputError as refusal:
        try:
            _extract(text, layouts)  # the same refusal, quoting the page as written
        except InputError as as_written:
            raise as_written from None
        raise refusal from None
    written = AsWritten(page, form)
    line_ends = [m.start() for m in re.finditer("\n", form)] + [len(form)]
    back, quoted = [], (0, 0)
    for entry in entries:
        given, quoted = _as_written(entry, written, line_ends, quoted)
        if given is None:
            return _extract(text, layouts)  # a string not found again in the page: read it as written
        back.append(given)
    return back


def _as_written(
    entry: ExtractedEntry, written: AsWritten, line_ends: list[int], quoted: tuple[int, int]
) -> tuple[ExtractedEntry | None, tuple[int, int]]:
    """``entry`` in the page's own characters (None when one of its strings cannot be given back) and the offsets of
    the form where its quote starts and ends (``quoted`` when it was not looked for). ``line_ends`` are the offsets
    of the form's line breaks (and its end), ``quoted`` where the quote of the entry before it starts and ends.

    Its quote starts on its line (or on one of the next, after a headword or question line), after the quote of the
    entry before it where both stand on one line. Its definition and components are given back from the first place
    they stand in the quote; its term from the first place it stands from its line on (a question line above the
    quote; on a line of several entries, from the end of the quote of the entry before it) to the end of its quote,
    else just before: a subject named by the sentence before the entry. The work is bounded by the entry, not by the
    page or its line."""
    strings = [entry.term, entry.definition, entry.quote]
    for component in entry.components:
        strings += [component.text or "", component.label or "", *component.parts]
    line = min(max(entry.line, 1), len(line_ends)) - 1
    near, stop = (line_ends[line - 1] + 1 if line else 0), line_ends[line]
    inside = near
    if any(written.needs_place(string) for string in strings):
        placed = written.find(entry.quote, max(near, quoted[0]), stop + _QUOTE_AFTER_ITS_LINE)
        if placed is None and quoted[0] > near:  # (entries of one line out of their order)
            placed = written.find(entry.quote, near, stop + _QUOTE_AFTER_ITS_LINE)
        if placed is None:
            return None, quoted
        inside, stop, _ = placed
        near = min(max(near, quoted[1]), inside)
        quoted = inside, stop
    back = [written.back(string, near if i == 0 else inside, stop) if string else string for i, string in enumerate(strings)]
    if any(string is None for string in back):
        return None, quoted
    term, definition, quote, *rest = back
    components = []
    for component in entry.components:
        text, label, *parts = rest[: 2 + len(component.parts)]
        rest = rest[2 + len(component.parts) :]
        components.append(replace(component, text=text if component.text is not None else None, label=label if component.label is not None else None, parts=tuple(parts)))
    return replace(entry, term=term, definition=definition, quote=quote, components=tuple(components)), quoted


# How far after the end of an entry's line its quote may start (a definition under its headword line).
_QUOTE_AFTER_ITS_LINE = 200

# What extract reads when a text has no headed appendix: told when nothing of it is found either, so that a reader
# of an explainer page is not sent looking for a 名词解释 heading alone.
_NOTHING_FOUND_HINT = (
    "extract reads a 名词解释 or 注释 section under its heading, numbered notes such as [1] or ①, "
    "headword:definition lines, headword lines explained below them, and sentences such as X是指… or “X”，即…; "
    "none was found here (the project's docs/extract-layouts.md lists every layout)"
)


def _extract(text: str, layouts: bool) -> list[ExtractedEntry]:
    from policyterms.mining.extract_layouts.cited_rules import cited_law_end

    scanned = scan_appendix(text)
    if layouts and (scanned is None or scanned[1] is None):
        other = _other_layouts(text)
        if other:
            return other
    if scanned is None:
        if layouts:
            raise InputError("no glossary entries found", hint=_NOTHING_FOUND_HINT)
        raise InputError("no 名词解释 appendix found", hint=_NO_APPENDIX_HINT)
    heading, raw_entries = scanned
    if raw_entries is None:
        raise InputError(
            f"the heading '{heading.raw.strip()}' is not followed by numbered entries",
            line=heading.number,
            hint=_NO_APPENDIX_HINT,
        )
    if raw_entries[-1].end >= len(text.rstrip()) and not FINISHED_ENTRY.search(raw_entries[-1].raw):
        raw_entries = raw_entries[:-1]  # the text ends inside the last entry: it is cut off
    entries = []
    for raw in raw_entries:
        quote = raw.raw
        split = split_headword(strip_pinyin(quote))
        if split is None:
            # a strong marker in a continuation line (…是指… after the 40th character) outranks the
            # first line's weak one (三、主要统计指标解释 / …是指…): the first line's own split holds
            first = split_headword(strip_pinyin(raw.raw_parts[0].strip()))
            if first is None:
                continue
            split = (first[0], first[1] + strip_pinyin("".join(part.strip() for part in raw.raw_parts[1:])))
        term, definition = split
        term = _bare_term(term)
        definition = _TRAILING_PAGE_REFERENCE.sub("", definition)
        definition = definition[cited_law_end(definition) :]  # (一)X:依據「…法」第三條係指…: from 係指
        components, enumerates = components_of(term, definition)
        entries.append(ExtractedEntry(raw.number, term, definition, components, enumerates, quote, raw.line))
    return _normalised(entries)


# A study guide's page and chapter reference after a definition's closing stop
# (…再分配活动。P447(第2章财政支出规模及结构), …无力被提供。(第1章财政职能)): no part of it.
# So is the next item's number, or a markdown rule, run on after it (…的多样化需求。 2. / 重要意义, …泄露。 ---: a flattened
# essay's sub-heading numbers and section rules, P1258).
_TRAILING_PAGE_REFERENCE = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*(?:[Pp]\d{1,4}(?:[-—~]\d{1,4})?)?[\s\u3000]*"
    r"(?:[（(]第[一二三四五六七八九十百\d]{1,3}[章节節編编][^（()）。]{0,30}[）)])?[\s\u3000]*"
    r"(?:(?<![\d.．])\d{1,2}[.．、]|-{3,})?[\s\u3000]*$"
)
