"""Pass 4: headword lines followed by the lines that explain them."""

from __future__ import annotations

from dataclasses import replace

import re
from typing import TYPE_CHECKING

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.ordinary_pages import dashed_subtitle, news_dateline, news_event, speaker_turn
from policyterms.mining.extract_layouts.asked_answers import asked_answer, opens_with_quoted_remark
from policyterms.mining.extract_layouts.common import GLUED_QUESTION_TITLE, DEFINING_MARKER, QUOTE_MARK, DEFINING_ZHI, MEANING_LABEL, SENTENCE_STOP, Found, _ASIDE, _CLOSERS, _FINISHED, _L, _SENTENCE_END, _SPACE, _is_furniture
from policyterms.mining.extract_layouts.notes import _NUMERAL_SECTION, _points_sections, _section_heading
from policyterms.mining.extract_layouts.topics import _role, _weighs, term_core
from policyterms.mining.extract_layouts.other_words import restated_in_other_words
from policyterms.mining.extract_layouts.restated_frames import framed_restatement
from policyterms.mining.extract_layouts.negated_senses import answer_contrast
from policyterms.mining.extract_layouts.usage_glosses import kind_then_usage
from policyterms.mining.extract_layouts.coded_indices import figures_under_code
from policyterms.mining.extract_layouts.item_paragraphs import listed_items, opens_with_item
from policyterms.mining.extract_layouts.attributions import attribution_end
from policyterms.mining.extract_layouts.section_headings import bare_section_title, edit_link_opening, headword_section, overview_title, paired_topic_heading, topic_section
from policyterms.mining.extract_layouts.note_blocks import literal_frame_end, named_after_description, note_label_end
from policyterms.mining.extract_layouts.headword_lines import (
    bilingual_chinese,
    _BRACKETED_REMARK,
    _COMMENTARY_LABEL,
    _DEFINITION_LABEL,
    _DICTIONARY_META,
    _MEANING_LABEL,
    FIELD_LABEL,
    _RESTATED,
    _body_line,
    _colon_lists,
    listed_gloss,
    _furniture_line,
    _headword,
    _meta_line,
    _opens_as_definition,
    definition_label_line,
    _restated_marker,
    _restated_under_colon,
    _PREFIX,
    _romanised,
    _unquoted,
    news_section_headings,
    read_headword,
    sense_heading,
)

if TYPE_CHECKING:
    from policyterms.mining.appendix import ExtractedEntry


# A label alone on its line over a page's notes (備註:, 备注:, 附註:, 註:, 說明:): the notes below are the page's furniture or
# entries of their own, and the label ends the explanation above it (P3121, an FAQ's answer over its 備註: notes).
_NOTES_LABEL = re.compile(r"(?:[备備][注註]|附[注註]|[注註]|[说說]明|小提醒|[温溫]馨提示)[\s\u3000]*[:：]")
# A paragraph that is only a lead-in announcing what the thing is used for (通常使用的目的包含有以下幾種:, 其用途如下:): the aims listed
# below say what it does, not what it is; after a complete answer they are no part of it.
_AIMS_LEAD_IN = re.compile(
    r"[^。！？!?,，:：]{0,20}(?:目的|用途|作用|功能|功用|用意)[^。！？!?,，:：]{0,12}(?:以下|如下|下列)[^。！？!?,，:：]{0,6}[:：]"
    # (or a heading naming them, its colon closing the line: 強積金的目的:, 計劃目標:, review 70 — an FAQ's answer over the aims
    # listed below it, as Hong Kong's and Taiwan's scheme pages set them)
    r"|[^。！？!?,，:：\s\u3000]{0,16}(?:的)?(?:目的|目標|目标|用途|作用|功能|宗旨)[\s\u3000]*[:：]"
)
# The same notes label with its note run on after the colon (備註:本津貼每月發放一次。, 注意:申請人須…, review 70): after a complete
# answer it opens the page's note, no part of the answer.
_NOTE_LINE = re.compile(r"(?:[备備][注註]|附[注註]|[注註]|[说說]明|注意(?:事[项項])?|小提醒|[温溫]馨提示)[\s\u3000]*[:：][\s\u3000]*\S")
# A closing remark naming where the text comes from (以上内容来自国家统计局发布的…).
# A table's note under its caption (注:①…, 附注:1.…): a remark on the figures, no explanation of the caption.
_TABLE_NOTE = re.compile(r"(?:附)?[注註][:：][\s\u3000]*(?:[①-⑳]|\d{1,2}[.．、]|[(（]\d{1,2}[)）])")
_FROM_REMARK = re.compile(r"(?<=[。！？!?])[\s\u3000]*(?:以上内容|以上资料|本文内容|资料)?(?:来自|来源于|摘自|引自|转自)[^。！？!?]{0,80}$")


# An explanation closing with a formula or a table its last sentence announces after a colon
# (…标准箱数。其换算比例为:40英尺1235…, …计算公式为: / 货物周转量=∑〔…〕): not cut, not a lead-in.
_DATA_AFTER_COLON = re.compile(r"[。！？!?][^。！？!?]{0,40}(?:[为為]|如下)[:：](?=[^。！？!?:：]{0,80}$)(?=.*[=＝]|(?:\D*\d){6})")


# An answer's label below a question title (【答】…, 答:…, 答复:…, 回复内容:…): no part of the definition. So is the
# greeting a Q&A site's or a hotline's answer opens with (您好!长期护理保险,又称老年护理保险;是…, P2428, an insurance Q&A page;
# 您好,…, 你好!…): the answerer's courtesy, after which the answer restates the asked word as any answer does.
_ANSWER_LABEL = re.compile(
    # (numbered as its question is, A1:…, 答1:…; or set off by a stop as Q. is, A. …; or written out, 回答:, 解答:)
    r"^(?:【(?:答|答复|答復|回复|回復)】|(?:答|答复|答復|回复|回復|回复内容|回復內容|答复内容|答復內容|回答|解答|[Aa])\d{0,3}[\s\u3000]*[:：]"
    r"|[Aa]\d{0,3}[.．][\s\u3000]+"
    r"|(?:您好|你好)[\s\u3000]*[!！,，。~～]+)[\s\u3000]*"
)


# A report's task heading opens with an action verb (加快转变经济发展方式, 进一步提高对外开放水平, 关于外交工作)
# and is at least six characters long; glossary headwords name things (优化服务, 建设项目 and 扩大内需 stay).
_ACTION_HEADING = re.compile(
    r"^(?:加快|加强|促进|推进|深化|深入|坚持|保持|巩固|大力|积极|认真|切实|进一步|强化|推动|做好|抓好|着力|努力|维护|关于|继续|不断|统筹|狠抓|扎实|坚定不移|全面落实|全力|持续|聚焦|奋力)"
    r"[^，,。；;:：]{4,}$"
)


# A heading naming requirements (1.耕地保护红线要求, 2.生态保护红线要求): the demands below it define nothing.
_REQUIREMENT_HEADING = re.compile(r"[^，,。；;:：]{2,}要求$")
# A news section's label framing a quoted word (兩會上的“流行語”, 兩會關鍵詞之“深化供給側結構性改革”, P1148): a place or a
# series before 上的/之 and the quoted word, over the section's news, no headword (a frame with 中的 picks a word out of a
# slogan, 一主引领中的“一主”, and stays).
_FRAMED_LABEL = re.compile(r"[^“”「」\s\u3000,，。；;:：]{2,10}(?:上的|之)[“「][^“”「」]{2,20}[”」]")
# A feature's section headline: a quoted slogan and a few words about it (“三个模式”和而不同, “三个模式”沃野生金, P1171); over
# a paragraph that neither opens as a definition nor names the slogan it is no headword (a bare quoted headword line over its
# verbless gloss, “一核引领” / 以海经区为核心区,…, P1170, stays).
# (a four-character phrase after the slogan, not a class noun: “东数西算”工程, “两山”理念, “放管服”改革 are terms)
_QUOTED_HEADLINE = re.compile(
    r"[“「]([^“”「」]{2,12})[”」](?![\u4e00-\u9fff]{0,2}(?:工程|战略|戰略|行动|行動|计划|計劃|体系|體系|模式|改革|理念|建设|建設|政策|制度|机制|機制|工作|经济|經濟)$)"
    r"[\u4e00-\u9fff]{4}"
)
# A byline: a date and the author's name run together (2021-12-02刁艳杰).
_DATED_BYLINE = re.compile(r"[\s\u3000]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[\s\u3000]*$")


def _byline_name(lines: list[_L], i: int, term: str) -> bool:
    """Whether the headword line ``i`` repeats the author's name a dated byline above gives (``2021-12-02刁艳杰`` / … /
    ``刁艳杰`` over the article, P1171, a magazine's copy): the author again, no headword."""
    name = strip_pinyin(term).strip(_SPACE)
    return any(
        (byline := _DATED_BYLINE.fullmatch(lines[k].clean)) is not None and byline.group("name") == name for k in range(max(0, i - 8), i)
    )


# An answer opening by saying only what kind of word the term is (三区三线是国土空间规划专业术语,其中…): a status, no definition.
_KIND_OF_TERM = re.compile(r"[^，,。；;:：]{2,25}?是[^，,。；;:：]{0,15}(?:术语|術語|名词|名詞|用语|用語)[,，。]")


# A regulation's titled article (第二条 职权 / 第五条 金额, P3026, a law site's copy of an administrative regulation): the
# title names what the article rules on, not a word it defines; its paragraphs are provisions (…均由社会工作局负责。).
_ARTICLE_TITLE_LINE = re.compile(r"[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[条條][\s\u3000]+[^\s\u3000,，。；;:：]{2,12}[\s\u3000]*")
# How many titled articles make a regulation's run of them (one such line may be a list's item, 第1条 X / gloss).
_ARTICLE_RUN = 3


def _article_titles(lines: list[_L]) -> set[int]:
    """The lines of a regulation's titled articles (第一条 标的及目的 / … / 第五条 金额), when at least
    :data:`_ARTICLE_RUN` of them stand on the page: their titles are headings over provisions, so the headword
    blocks read under them only a paragraph opening as the title's definition."""
    titled = {k for k, line in enumerate(lines) if not line.blank and _ARTICLE_TITLE_LINE.fullmatch(line.clean)}
    return titled if len(titled) >= _ARTICLE_RUN else set()


# An explanation opening with a date (2023年,…; 截至2022年底,…) reports the year's figures.
# (or a year's figures by their source, 市場規模 / 據統計,2023年中國數據標注市場規模達到約60.8億元,…, P1459)
_DATED_REPORT = re.compile(r"^(?:(?:据统计|據統計|数据显示|數據顯示)[,，][\s\u3000]*)?(?:截至|截止|到)?[\s\u3000]*(?:19|20)\d\d年")


# A heading over a report's or a letter's narrative, not over a gloss (1．吸收新党员 / 广州的党员人数不多，这就使得我们要…;
# 经济总量实现“大跨越” / 十八大以来,我省坚持…; 一、数字政府的概念 / 数字政府是我市今年重点推进的改革任务之一,目前…):
# the explanation's first sentence opens on the period it reports (X以来,), on the matter the heading raises (这个问题…),
# or speaks in the first person of a report (我们, 我市, 我省…) without closing on the headword it would build (…由四本预算
# 构成的政府预算体系。 under 政府预算体系, a budget glossary's entry, stays).
_SINCE_OPENING = re.compile(r"^[^，,。；;:：]{1,12}以来[,，]")
_THIS_MATTER = re.compile(r"^(?:这|這|那)(?:个|個|项|項|件)?(?:问题|問題|工作|事情|件事|方面)")
# A first clause pointing back at things named before (…大棚常在这些区域形成奇特的时空拼贴。 under an essay's section
# heading 历史分层的空间见证, P1207): the essay goes on, no gloss of the heading (a gloss may point back after its first
# clause: 遼海 / 泛指當代遼寧省東南一帶,這些地方常有戰事。).
_THESE = re.compile(r"这些|這些")
# A heading announcing a term's meaning with a qualifier (革命老区的核心定义, X的基本含义) over a paragraph that does not open
# as a definition (行政区划层面,国务院认定的革命老区覆盖…, P1207): figures and features, no gloss; the heading is no term.
_QUALIFIED_MEANING_TITLE = re.compile(r"[^\s\u3000,，。；;:：]{2,20}?的(?:核心|基本|主要|准确|準確)(?:定义|定義|含义|含義|内涵|內涵|概念|涵义|涵義)")
_FIRST_PERSON = re.compile(r"我们|我們|咱们|咱們|我市|我省|我区|我區|我县|我縣")


# A first sentence closing on a noun phrase whose modifier the first person opens (…,我省创新建设的现代法律服务聚集区。):
# a verbless gloss, the page's province the builder of the thing, when the noun is of the term's kind.
_FIRST_PERSON_MODIFIER = re.compile(r"(?:^|[,，])[\s\u3000]*(?:我省|我市|我区|我區|我县|我縣)[^,，。；;的]{1,12}的[^,，。；;的]{2,12}$")


def _narrative(explanation: str, term: str) -> bool:
    """Whether the explanation under a headword line opens as narrative (``…以来,``, ``这个问题…``, ``我们…``), no
    definition; a first sentence in the first person still glosses when it ends on the term (or, as a 的-phrase the first
    person opens, on a noun sharing the term's last character: ``天府中央法务区`` / ``为深入践行…,我省创新建设的现代法律服务
    聚集区。``, P1117, a congress report's verbless gloss)."""
    first = re.split(r"(?<=[。！？!?])", explanation.strip(_SPACE), maxsplit=1)[0]
    if _SINCE_OPENING.match(first) or _THIS_MATTER.match(first) or _THESE.search(re.split(r"[,，；;]", first, maxsplit=1)[0]):
        return True
    core = term_core(_unquoted(term))
    sentence = first.rstrip(_CLOSERS + _SPACE + "。！？!?")
    if len(core) >= 2 and first.endswith("。") and _FIRST_PERSON_MODIFIER.search(sentence) and sentence[-1] == core[-1]:
        return False
    return bool(_FIRST_PERSON.search(first)) and not (len(core) >= 2 and sentence.endswith(core))

def _counted_kinds_below(lines: list[_L], k: int) -> bool:
    """Whether a paragraph after line ``k`` opens by counting a kind (``其一,…``, ``第一,…``): the paragraph at ``k`` leads
    into the kinds glossed below, a section of its own."""
    for line in lines[k + 1 : k + 4]:
        if not line.blank:
            return bool(re.match(r"[\s\u3000]*(?:其[一二三四五六七八九十]|第[一二三四五六七八九十])[,，、]", line.clean))
    return False


# An explanation opening with a day's date (12月8日,由《语言文字周报》主办的…公布, P568, under the title question
# 2022年十大网络流行语是什么): a news lead reporting an event, no definition.
_DATED_NEWS = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[,，\s\u3000]")


# A later paragraph telling where the word comes from (“栓Q”这个词最早来源于…, 这个梗出自…, P568; “打工人”一词起源于…, P553;
# “三重一大”最早出自于…, P251): the word's origin story, no part of the explanation above it, which it ends.
# A paragraph opening with a date, a comma after it (2018年10月,江西省政府出台《…》,正式建设五型政府。): a card's history of the
# thing after its gloss, no part of the gloss.
_DATED_PARAGRAPH = re.compile(r"^(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|起|开始|開始)?[,，]")
_ORIGIN_PARAGRAPH = re.compile(
    r"^(?:[“「\"][^“”「」\"]{1,16}[”」\"])?[\s\u3000]*(?:这个词|這個詞|这个梗|這個梗|这一说法|這一說法|该词|該詞|一词|一詞)?"
    r"(?:最早|最初)?(?:来源于|來源於|源于|源於|源自|出自于|出自於|出自|起源于|起源於)"
)
# A first paragraph naming the word only: its name in another language or the names it is translated as elsewhere, the term
# restated before (ETF / ETF的英文全稱是Exchange Traded Funds,它在中國大陸被譯為“交易所交易基金”,… / ETF是一種追蹤市場指數…的
# 開放式股票基金。…, P2857, a fund company's glossary; X的英文名称是…, X的英文缩写为…, X又譯為…): what the word is called, said before
# what it is; under a headword line, when the next paragraph restates the word with its verb, the explanation is that paragraph on.
_NAMING_PARAGRAPH = re.compile(
    r"^[^,，。；;:：]{1,20}?(?:的)?(?:英文|英語|英语|外文)(?:全[称稱]|名[称稱]|[缩縮][写寫]|[简簡][称稱])?(?:是|為|为|叫|作)"
)


def naming_entries_dropped(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """``entries`` without a headword's naming paragraph read alone (ETF / ETF的英文全称是Exchange Traded Fund。 / ETF是指…, review 67:
    the paragraph restating the word with 是指 read by the prose pass first, the headword keeps only what it is called) when
    another entry of the same term says what it is: the name, said before the gloss, is no gloss beside it."""
    glossed = {e.term for e in entries if not _NAMING_PARAGRAPH.match(e.definition)}
    return [
        e for e in entries
        if not (
            _NAMING_PARAGRAPH.match(e.definition) and e.term in glossed and e.definition.startswith(_unquoted(e.term))
            and SENTENCE_STOP.search(e.definition.rstrip(_SPACE)[:-1]) is None  # one sentence: no stop before its last character
        )
    ]


# An explanation opening by saying only who used the word lately (枢纽偏好型产业 / 这是江苏省委书记娄勤俭近期提到的一个新词。他强调,…,
# P1524): where the word was heard, its origin, no gloss of it.
_WHO_SAID_IT = re.compile(
    r"^(?:这|這|该词|該詞)?是[^。！？!?,，]{2,30}(?:提到|提出|说出|說出|用到)(?:的|过的|過的)(?:一个|一個)?"
    r"(?:新词|新詞|新提法|新说法|新說法|提法|说法|說法|词|詞)[。！!]"
)
# What glosses a word inside its origin story (来源于俗语…,代指青春…, P511; …,被网友用来表达…): an origin paragraph
# without any is no explanation of the headword above it (1、躺平 / “躺平”这个词最早来源于…的一篇帖子,发帖人称…).
_GLOSS_IN_ORIGIN = re.compile(
    rf"{DEFINING_ZHI}|用来|用來|用于|用於|形容|比喻|意思|意为|意為|意指|本意|原意|含义|含義|表示|表达|表達|调侃|調侃|讽刺|諷刺|自嘲|寓意|意味|泛指|特指|代称|代稱"
)


# A dictionary's sense number before the sense (⒈  表示社会收入分配…): no part of the definition.
_SENSE_MARK = re.compile(r"^[\u2488-\u249b][\s\u3000]*")


# A first sentence giving a part's role in a whole (产业振兴是乡村振兴的基础。, 人才是乡村振兴的关键。): a status, not
# what the headword means; the explanation under such a headword line is no definition.
_STATUS_SENTENCE = re.compile(
    r"[^，,。；;:：]{1,20}[是為为][^，,。；;:：是]{1,20}的(?:基础|基礎|关键|關鍵|灵魂|靈魂|保障|支撑|支撐|核心|前提|根本|根基|动力|動力|引擎|基石|底线|底線)[。！!]"
)

# A paragraph opening with its subject's place in a history (该类型是“飞地经济”模式的最早表现形式,以…为代表, P1053): the earliest
# form of the page's topic, a standing and its example, no definition.
_EARLIEST_FORM = re.compile(r"[^，,。；;:：]{1,20}是[^，,。；;:：是]{1,24}的(?:最早|最初|早期)的?(?:表现|表現)?(?:形式|形态|形態)[。，,]")

# A paragraph opening by weighing its subject (经济普查是一项重大的国情国力调查,与…组成三大周期性全国普查项目。, 179;
# “X”是一项重要的工作方法。, P352): its standing, no definition of the question's term above it — unless a definition
# follows it (湾长制是一项重要的海洋管理制度,指以…).
_WEIGHTY_STATUS = re.compile(
    r"[^，,。；;:：]{1,20}是一[项項](?:重大|重要)(?:的)?[^，,。；;:：是]{1,15}"
    rf"(?:。|[,，](?![\s\u3000]*(?:{DEFINING_MARKER}|即)))"
)


# A paragraph restating an unquoted headword line in quotation marks straight before a marker (then 则 may join
# them): 1. 全程网办 / “全程网办”则是指…; the term is the quoted form, the definition starts at the marker.
_QUOTED_RESTATEMENT = re.compile(r"[\s\u3000]*[“「]([^“”「」,，。；;:：]{1,30})[”」][\s\u3000]*(?:[则則])?(?=是指|系指|係指|指的是)")


# A word of the day's English name on its own line between the headword line and its explanation
# (揭榜挂帅 / Open bidding for selecting the best candidates / 是指…): a name, no sentence, skipped once.
# A line of page furniture that looks so (PDF, a download link under a factsheet's title, 810) is none: it ends the block.
# A label line alone (古蹟定義:, 種類:): under a headword line so written, the next such line opens another field of the page.
_SIBLING_LABEL = re.compile(r"[^\s\u3000,，。；;:：!！?？]{2,12}[\s\u3000]*[:：]")
_ENGLISH_NAME_LINE = re.compile(r"^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,12}$")
# A term card's title line restating the headword with its English name in brackets (機關檔案 / 機關檔案(Government Agency
# Records), 866, an archives administration's card), and the card's field label over the gloss (內容, 定義, 釋義, 說明): the
# card's furniture between its headword and the explanation, as an English name line is.
_BRACKETED_ENGLISH = re.compile(r"[(（][A-Za-z][A-Za-z'’ .,&-]{2,80}[)）]$")
_CARD_CONTENT_LABEL = re.compile(r"(?:内容|內容|定义|定義|释义|釋義|解释|解釋|说明|說明|涵义|涵義|含义|含義)[:：]?")


def _card_title_line(text: str, headword: str) -> bool:
    """Whether ``text`` is the headword again with its English name in brackets (機關檔案(Government Agency Records))."""
    english = _BRACKETED_ENGLISH.search(text)
    return english is not None and text[: english.start()].strip(_SPACE) == strip_pinyin(headword).strip(_SPACE)


# An English paragraph after the explanation (the word of the day's translation): it ends the explanation.
_ENGLISH_PARAGRAPH = re.compile(r"^[A-Za-z][^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{40,}$")


# A year alone on its line (2001, 2005年): a timeline's date, over the milestone it names.
_YEAR_LINE = re.compile(r"(?:19|20)\d\d年?")
_TIMELINE_YEARS = 2


def _timeline_milestones(lines: list[_L], heads: list) -> list[int]:
    """The headword-like lines right below a year alone on its line, on a page with two such years or more: an
    organisation's history told as a timeline (2001 / 1823成立 / 為五個部門處理查詢…, 812, a government hotline's about page)
    names a milestone under each year and tells what happened below it — no term and its gloss."""
    years = [k for k, line in enumerate(lines) if not line.blank and _YEAR_LINE.fullmatch(line.clean.strip(_SPACE))]
    if len(years) < _TIMELINE_YEARS:
        return []
    out = []
    for k in years:
        m = k + 1
        while m < len(lines) and lines[m].blank:
            m += 1
        if m < len(lines) and heads[m] is not None:
            out.append(m)
    return out


def _english_translation_below(lines: list[_L], k: int) -> bool:
    """An English headword line followed by an English paragraph, after the Chinese explanation (the
    政务名词翻译 pages of a foreign-affairs office print the term's translation below its paragraph,
    142): the translation, no part of the explanation."""
    if not _ENGLISH_NAME_LINE.match(lines[k].clean.strip(_SPACE)):
        return False
    m = k + 1
    while m < len(lines) and m - k <= 3 and lines[m].blank:
        m += 1
    return m < len(lines) and m - k <= 3 and bool(_ENGLISH_PARAGRAPH.match(lines[m].clean.strip(_SPACE)))


# A source line below an answer (依据:《…》, 政策依据:《…》, 来源:《…》): it names the document the answer quotes.
_SOURCE_LINE = re.compile(r"^(?:政策)?(?:依据|依據|来源|來源|出处|出處)[\s\u3000]*[:：][\s\u3000]*《")


# An item number alone on its line (十, 十、, 10.): the next item's, its headword on the next line or cut off by the page
# (P537 ends at ``十``); it ends the explanation above it.
_BARE_ITEM_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]?")


# An explanation opening with a pronoun for its headword before 是 (奥利给 / 该词是“给力噢”的倒读,…, P537): the
# pronoun is no part of the definition, which starts at 是 (as 它 before 是, P422). 该指标反映… keeps its subject.
_ANAPHOR_IS = re.compile(
    r"^(?:该|該|此|这个|這個|这一|這一)(?:词语|詞語|词|詞|术语|術語|名词|名詞|概念|类型|類型)(?=是(?![否不什])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))"
    # (or 这 alone before 是: 特别合作区 / 这是广东省最早探索设立的特殊的地方合作区域,…, P1524)
    r"|^(?:这|這)(?=是(?![否不什指]))"
    # (after a plain-words frame too: 甚麼是X? / 簡單來說，這是一個政府資助計劃,…, P2422, a Hong Kong news guide; 简单地说,这是…)
    r"|^(?:简单|簡單|通俗)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)[\s\u3000]*[,，][\s\u3000]*(?:这|這)(?=是(?![否不什指]))"
)


# A type's explanation opening with a frame pointing back to it (優勢互補型 / 該類型中,飛入地和飛出地…, P1053): the frame stands
# for the headword and is no part of the definition.
_TYPE_FRAME = re.compile(r"^(?:该|該|此|这一|這一|这|這)(?:类型|類型|种类型|種類型|模式)(?:中|下|里|裡)[,，][\s\u3000]*")


# An answer opening with the asked word grown into a longer name before its verb (住房公积金是什么账户? / 住房公积金账户是职工个人的…
# 账户。, 低保是什么标准? / 低保标准是…, 甚麼是長者醫療券? / 長者醫療券計劃是一項…, review 56): it defines that name, not the asked word;
# the block gives no entry and the prose pass reads the name. (An adverb after the word, 碳中和一般是…, 就是, 也是, is no name.)
# (nor a word of speaking, a negation, a modal or a time between: 新质生产力简单说是…, 城市更新可以说是…, 营商环境说到底是…,
# 共同富裕不是…而是…, review 57 — the answer restating the word in a hedge or a 不是…而是 frame)
_LONGER_SUBJECT = re.compile(
    r"(?![就也则則即一通主其实實本又还還都乃亦便正均皆仍只总總基意的])"
    r"(?:(?!说|說|讲|講|不|可|已|曾|将|將|会|會|应|應|该|該|到底|究竟|往往|目前|现在|現在|如今|才|更|最|很)[\u4e00-\u9fff]){1,4}?"
    r"(?:是指|是(?![否不什])|係指|系指|指(?![出导導引明示])|為|为)"
)


def _longer_subject(text: str, term: str) -> bool:
    """Whether the answer ``text`` opens (after a scope lead) with the asked ``term`` grown into a longer name before its
    verb (see ``_LONGER_SUBJECT``)."""
    lead = _SCOPE_LEAD.match(text)
    at = lead.end() if lead else 0
    own = _unquoted(term)
    return bool(own) and text.startswith(own, at) and _LONGER_SUBJECT.match(text, at + len(own)) is not None


# A paragraph closed by a sentence's stop (a closing quote or bracket after it allowed): a line after it opens a paragraph.
_PARAGRAPH_CLOSED = re.compile(r"[。！？!?][”」’)）]*$")


def _anaphor_off(definition: str) -> str:
    """The definition without a pronoun standing for the headword before its 是 or 指 (``该词是…`` → ``是…``), or without a
    type's frame (``该类型中,…`` → ``…``)."""
    anaphor = _ANAPHOR_IS.match(definition) or _TYPE_FRAME.match(definition)
    return definition[anaphor.end() :] if anaphor else definition


# The answer under a question title restating the asked term straight before its verb: 是 (not 是否, 是不是,
# 是什么), 就是 (长期护理保险是什么意思? / 长期护理保险就是…的健康保险。, P1399), 的意思是 (from 意思是: 强基入围是什么意思 /
# 强基入围的意思是强基计划入围,…, P1404), 是指, 系指, 指, 即 open the definition; so do 为 (共通能力為…, not before a figure: 营业收入为12万元) and an
# adverb of extent before 是 (共通能力主要是…, 280), which the definition keeps. A frame naming how the thing works before 是
# (什麼是碳抵消 / 碳抵消的運作理念是,一個地方的排放可以…, P2541; X的原理是…) is no part of it: from 是.
# (Not a bare 理念, 核心理念 or 基本理念: 河长制的核心理念是以人为本 names the principle the thing follows, no sense of it; the
# answer keeps its frame, as before the round, review 59.)
_ANSWER_VERB = re.compile(
    r"[,，]?[\s\u3000]*(?:的(?=意思)|的(?:(?:运作|運作|运行|運行)(?:理念|原理)|(?:工作|基本)?原理)(?=是(?![否不什])))?(?=(?:主要|一般|通常|基本上)?是(?![否不什])|就是(?![否不什说說])|意思(?:就)?是|系指|係指|即(?![使便将將])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])"
    r"|[为為](?![了何什此止准準\d０-９])"
    # (the simile 如同 too, a glossary's plain gloss: 基金便覽 / 基金便覽如同強積金基金的成績表,…: from 如同)
    r"|如同"
    # (and the full name the word stands for: 一、什么是“三旧改造”? / “三旧改造”全称是“旧城镇、旧厂房、旧村庄”的改造,属于…, P2185)
    r"|全[称稱](?:是|为|為))"
)
# An answer below a question title restating the asked term in quotation marks before its verb (腾笼换鸟是什么意思 /
# “腾笼换鸟”是一个形象化的比喻,…, P2027; 什么是菜蓝子工程 / “菜蓝子工程”是中国在…, P2060): the term as the answer quotes it
# (the gold keeps quotes as written), the definition from its verb, as the unquoted restatement's (:func:`_answer_restates`).
_QUOTED_ANSWER = re.compile(r"[\s\u3000]*([“「][^“”「」,，。；;:：]{1,30}[”」])")
# A lead clause before the restated term giving the sense or the place the definition holds for (廣義而言,自主學習為…, 280;
# 在中国,粮食产量是…): no part of the definition, which opens at the verb as without it.
_SCOPE_LEAD = re.compile(
    r"(?:在[^,，。；;：:]{1,10}|(?:就其|从|從)?(?:广义|廣義|狭义|狹義|一般|通常)(?:上|而言|来说|來說|来讲|來講))[,，][\s\u3000]*"
)


# A heading naming its term's meaning (候鸟式养老定义, X的定义, X含义) over a paragraph restating the term before its marker
# (候鸟式养老就是Older Migration和异地养老的一种。, P1028): the term is the heading's word and the definition opens at the
# marker, as under a question title. Written without 的 the heading is one only over such a paragraph (基本定义 / 指… stays
# a headword line of its own).
# (or its concept explained, 1. ESG概念清晰解释 / ESG是“…”三个英文词的首字母缩写。, P1451)
_MEANING_HEADING = re.compile(
    r"(?P<term>[^\s\u3000,，。；;:：!！?？]{2,30}?)(?P<of>的)?"
    r"(?:定[义義]|含[义義]|涵[义義]|概念(?:[\u4e00-\u9fff]{0,2}(?:解[释釋]|解析|详解|詳解))|(?P<origin>来[历歷]|來[历歷]))"
)
# (A heading naming the term's origin, 四有新人來歷 / 四有新人就是…, P1321, is one over a restatement before a strong marker
# only: a bare 是 there tells the origin, “四有新人”是…的題詞.)
_BARE_IS = re.compile(r"是(?!指)")
# A question in the paragraph asking what the word means (…指的到底是什么呢?, …究竟是什么?): an introduction to the answer.
_ASKS_WHAT = re.compile(r"(?:指的|指|是|意思)?(?:到底|究竟)(?:是)?(?:什么|什麼|啥)(?:意思)?[呢吗嗎]?[?？]")
# An introduction closing on an invitation to learn what the word is (…今天就和 睿理國際法律事務所 來了解什麼是七天鑑賞期吧!, P3110,
# a law firm's blog; 下面就带大家了解一下什么是X。, 一起来看看什么是X吧): it announces the answer, which comes below, and gives none.
_INVITES_TO_LEARN = re.compile(
    r"(?:了解|瞭解|認識|认识|看看|學習|学习|弄清楚|搞清楚)(?:一下)?(?:什么是|什麼是|甚麼是|甚么是)[^。！!？?,，]{1,30}(?:吧|呢|啦)?[!！。~～]*$"
)
# An item number opening the explanation (1.X是…): the meaning heading's first item restates the term; its other items
# (2.在X下,…) say what goes with it and are no part of the gloss.
# (the heading's own section number, 一、沙盒监管的定义, is no part of its term)
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))[\s\u3000]*")
_ITEM_NUMBER_OPENING = re.compile(r"[\s\u3000]*\d{1,2}[.．、](?!\d)[\s\u3000]*")
# (Under such an origin heading the gloss is the restating paragraph alone; the paragraphs after it tell the history.)
_ORIGIN_HEADING = re.compile(r".{2,30}?(?:来[历歷]|來[历歷])")
_MEANING_RESTATED_VERB = re.compile(r"[,，]?[\s\u3000]*(?=是指|系指|係指|指的是|就是(?![说說要])|即(?![使便将將])|是(?![否不什]))")


def _meaning_heading_restated(heading: str, explanation: str) -> tuple[str, int] | None:
    """``(term, where the definition opens)`` when ``heading`` names a term's meaning and ``explanation`` opens by restating
    that term (quoted or not) straight before its marker (``候鸟式养老定义`` / ``候鸟式养老就是…``); None otherwise."""
    match = _MEANING_HEADING.fullmatch(_HEADING_NUMBER.sub("", strip_pinyin(heading).strip(_SPACE), count=1))
    if match is None:
        return None
    term = match.group("term")
    number = _ITEM_NUMBER_OPENING.match(explanation)  # 一、沙盒监管的定义 / 1.沙盒监管是…。 / 2.在沙盒监管下,…(P1352)
    at = number.end() if number else 0
    cited = _CITED_LAW_LEAD.match(explanation, at)  # 消費者的定義 / 根據…《消費者權益保護法》第三條,“消費者”是指…(491)
    at = cited.end() if cited else at
    for written in dict.fromkeys((term, _unquoted(term), f"“{_unquoted(term)}”")):
        if explanation.startswith(written, at):
            verb = _MEANING_RESTATED_VERB.match(explanation, at + len(written))
            if verb is not None and not _NOT_DEFINING_AFTER.match(explanation, verb.end()) and not (
                match.group("origin") and _BARE_IS.match(explanation, verb.end())
            ) and not (cited and not _STRONG_MARKER.match(explanation, at + len(written))):
                return (written if cited else term), verb.end()
    return None


# The law a meaning heading's paragraph cites before restating the term (根據第9/2021號法律《消費者權益保護法》第三條,“消費者”
# 是指…, 491): the paragraph quotes the law's definition, so its term is as the law writes it (quotes kept), from the marker;
# only a strong marker counts after it (a bare 是 there states what the law provides).
_CITED_LAW_LEAD = re.compile(r"(?:根据|根據|依据|依據|依照|按照)[^,，。；;《》]{0,16}《[^《》\n]{1,40}》[^,，。；;《》]{0,20}[,，][\s\u3000]*")


# A summary's lead-in (总的来说, 总之, 综上所述) before a paragraph restating the term and a strong marker.
_SUMMARY_LEAD = re.compile(r"(?:总的来说|總的來說|总的来讲|總的來講|总而言之|總而言之|总之|總之|综上所述|綜上所述)[,，][\s\u3000]*")
_STRONG_MARKER = re.compile(r"[,，]?[\s\u3000]*(?:是指|系指|係指|指的是|就是指)")


def _summary_definition(lines: list[_L], last: int, k: int, term: str) -> bool:
    """Whether line ``k``, below a finished explanation line ``last``, is a summary paragraph defining the headword anew
    with a strong marker (``总的来说,候鸟式养老是指…的养老模式。``, P1028): a definition of its own, which the topics pass
    reads, so the explanation above ends before it (a term defined again counts again)."""
    if lines[k].blank or not _FINISHED.search(lines[last].clean.rstrip(_SPACE)):
        return False
    paragraph = lines[k].clean.strip(_SPACE)
    lead = _SUMMARY_LEAD.match(paragraph)
    if lead is None:
        return False
    at = lead.end() + (1 if paragraph[lead.end() : lead.end() + 1] in "“「" else 0)
    meaning = _MEANING_HEADING.fullmatch(strip_pinyin(term).strip(_SPACE))  # (the heading 候鸟式养老定义 names 候鸟式养老)
    for core in {term_core(_unquoted(term)), term_core(_unquoted(meaning.group("term"))) if meaning else ""}:
        if len(core) >= 2 and paragraph.startswith(core, at):
            after = at + len(core) + (1 if paragraph[at + len(core) : at + len(core) + 1] in "”」" else 0)
            if _STRONG_MARKER.match(paragraph, after) is not None:
                return True
    return False


# What follows 是 in a question or a cleft, no definition (是什么, 是否).
_NOT_DEFINING_AFTER = re.compile(r"(?:就是|是)?(?:什么|什麼|否|不是|如何|怎样|怎樣)")


_QUESTION_TITLE = re.compile(r"^(?:什么是|什麼是|何为|何為|何谓|何謂|什么叫|什麼叫)|(?:是什么|是什麼|是啥)(?:意思)?$|[?？]$")


# A bare 是 after the restated headword (not 是指, 是否, 是不是, 是什么), and the clause after it going on to say what the
# term means (…的重要载体,是指…): a definition after all.
_BARE_IS = re.compile(r"[\s\u3000]*[”」\"]?[,，]?[\s\u3000]*是(?![指否不什])")
_THEN_DEFINED = re.compile(rf"[,，][\s\u3000]*(?:具体|具體)?(?:是指|即是|即指|也就是|意思是|就是指|{DEFINING_ZHI})")


def _judging_lead(explanation: str, term: str) -> bool:
    """Whether the explanation opens by restating its headword before a bare 是 whose clause says what the term matters
    for (``营商环境`` / ``营商环境是企业生存发展的土壤。…``; ``什么是城市?`` / ``城市是现代化的重要载体。``), as the topics
    pass's ``_weighs`` reads a commentary's lead: its standing, no definition — unless the sentence goes on to say what the
    term means (``…的重要载体,是指…``)."""
    core = term_core(_unquoted(term))
    opening = re.match(r"[“「\"]?", explanation).end()
    anaphor = _ANAPHOR_IS.match(explanation)  # (该类型是…的最早表现形式: the pronoun stands for the headword)
    if anaphor is not None and explanation[anaphor.end() : anaphor.end() + 1] == "是":
        opening, core = 0, explanation[: anaphor.end()]
    elif len(core) < 2 or not explanation.startswith(core, opening):
        return False
    bare = _BARE_IS.match(explanation, opening + len(core))
    if bare is None:
        return False
    sentence = re.split(r"[。！？!?]", explanation[bare.end() :])[0]
    return _THEN_DEFINED.search(sentence) is None and _weighs(sentence, core)


# A line of a term card's byline: a short field without sentence punctuation (鄧毓浩, 2000年12月, 教育大辭書).
_BYLINE_FIELD = re.compile(r"[^，,。；;:：!！?？|｜]{2,12}")
_CARD_BYLINE_LINES = 3


def _card_byline(lines: list[_L], j: int) -> list[int]:
    """The byline lines of a term card from line ``j`` on, right below its headword and English name lines: a term
    database's card prints the author, the date and the book (``普選`` / ``General Election`` / ``鄧毓浩`` / ``2000年12月`` /
    ``教育大辭書`` / ``名詞解釋: …``), and only the label ``名词解释:`` opening the next line says they are no headwords of
    their own. Up to three short fields, one of them a date; empty unless the label follows them."""
    taken: list[int] = []
    k = j
    while k < len(lines) and len(taken) <= _CARD_BYLINE_LINES:
        text = lines[k].clean.strip(_SPACE)
        if lines[k].blank:
            k += 1
            continue
        if _DEFINITION_LABEL.match(text):
            dated = any(_YEAR_MONTH.fullmatch(lines[m].clean.strip(_SPACE)) for m in taken)
            return taken if taken and dated else []
        if len(taken) == _CARD_BYLINE_LINES or not _BYLINE_FIELD.fullmatch(text):
            return []
        taken.append(k)
        k += 1
    return []


# A card's date field: a year and a month (2000年12月, 2000-12), a day allowed.
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)")


def _standing_paragraph(lines: list[_L], last: int, k: int, term: str) -> bool:
    """Whether line ``k``, below a finished explanation line ``last``, is a paragraph of its own restating the headword
    before a bare 是 that gives its standing (``政协提案是人民政协…职能的一个重要方面,是…的一种重要形式``, 202): what the term
    matters for, as :func:`_judging_lead` reads an opening paragraph, so the explanation ends above it (the gold of 202,
    P532 and P544 leaves such status paragraphs out)."""
    if lines[k].blank or not _FINISHED.search(lines[last].clean.rstrip(_SPACE)):
        return False
    paragraph = lines[k].clean.strip(_SPACE)
    if _judging_lead(paragraph, term):
        return True
    core = term_core(_unquoted(term))  # (or a role or requirement: 河长制是落实…的内在要求,是…的有效举措)
    bare = _BARE_IS.match(paragraph, len(core)) if len(core) >= 2 and paragraph.startswith(core) else None
    return bare is not None and _THEN_DEFINED.search(re.split(r"[。！？!?]", paragraph[bare.end() :])[0]) is None and _role(paragraph[bare.end() :])


# A question's term placed in a container by a scope phrase (手机搜狗输入法里的热词, 报告中的新质生产力): the word itself
# after it, which the answer restates.
_SCOPED = re.compile(r"[^\s\u3000,，。；;:：]{2,20}?(?:里|裡|中)的(?P<word>[^\s\u3000,，。；;:：的]{2,12})")


def _scoped_restatement(explanation: str, term: str) -> tuple[str, str] | None:
    """``(term, definition)`` when the question title places its word in a container (``手机搜狗输入法里的热词是什么``)
    and the answer opens by restating the word alone before a comma (``热词,作为一种词汇现象,…``, P518): the answer
    defines the word, so the word is the term (the place it appears in is the question's, as a lead-in's scope is) and the
    definition opens after the comma. None otherwise (a term quoted in its frame, ``超长期特别国债里的“特别”``, stays whole
    where its sentence names it so)."""
    scoped = _SCOPED.fullmatch(strip_pinyin(term).strip(_SPACE))
    if scoped is None:
        return None
    word = scoped.group("word")
    after = re.match(rf"{re.escape(word)}[\s\u3000]*[,，][\s\u3000]*", explanation)
    if after is None or len(explanation) - after.end() < 4:
        return None
    return word, explanation[after.end() :]


# An answer glossing a quoted piece of the asked word, framed by it (什么是“无废城市”? / 简单说,“无废城市”里的“废”,指的是固体
# 废物。…, P2318, a news account's explainer; “超长期特别国债”中的“特别”,是指…): a plain-words lead allowed before it, then the
# asked word, 里的/中的 and the quoted piece, a comma allowed, and a defining marker.
_PLAIN_LEAD = r"(?:简单(?:来|地)?(?:说|講|讲|說)|簡單(?:來|地)?(?:說|講)|简言之|簡言之|简而言之|簡而言之|通俗(?:地|来|來)?(?:说|說|讲|講)|说白了|說白了)[,，][\s\u3000]*"
_FRAMED_PIECE_MARKER = re.compile(r"[,，]?[\s\u3000]*(?=是指|指的是|指的就是|係指|系指|就是指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))")


def _framed_piece_answer(explanation: str, term: str) -> tuple[str, int] | None:
    """``(term, definition offset)`` when the answer below a question title glosses a quoted piece of the asked word in its
    frame (see ``_PLAIN_LEAD``): the framed piece, as the sentence writes it, is the term (a framed term stays whole, as
    ``_scoped_restatement`` keeps ``超长期特别国债里的“特别”``), and the definition opens at the marker. None otherwise.

    >>> _framed_piece_answer("简单说,“无废城市”里的“废”,指的是固体废物。", "“无废城市”")
    ('“无废城市”里的“废”', 16)
    >>> _framed_piece_answer("“无废城市”是一种城市模式。", "“无废城市”"), _framed_piece_answer("“无废城市”里的“废”很多。", "无废城市")
    (None, None)
    """
    word = _unquoted(term)
    if len(word) < 2:
        return None
    framed = re.match(
        rf"(?:{_PLAIN_LEAD})?(?P<term>[“「]?{re.escape(word)}[”」]?(?:里|裡|中|当中|當中)的[“「][^“”「」,，。]{{1,8}}[”」])", explanation
    )
    if framed is None:
        return None
    marker = _FRAMED_PIECE_MARKER.match(explanation, framed.end())
    return (framed.group("term"), marker.end()) if marker is not None else None


# An item number opening a line, its number captured (17. X, 18、Y).
_COUNTED_ITEM = re.compile(r"[\s\u3000]*(\d{1,2})[\s\u3000]*[.．、](?!\d)")


def _next_item_below(headword_line: str, below: str) -> bool:
    """Whether the line ``below`` a numbered headword line opens with the next number of its list (``17. 文化、体育和娱乐业``
    over ``18. 公共管理、社会保障和社会组织等。``, P2142's scope list): the list's last item, closed by a full stop, is an
    item as the others are, no explanation of the one before it.

    >>> _next_item_below("17. 文化、体育和娱乐业", "18. 公共管理、社会保障和社会组织等。")
    True
    >>> _next_item_below("17. 文化、体育和娱乐业", "指以文化、体育和娱乐为主的行业。"), _next_item_below("2. 组织结构", "5. 财务状况。")
    (False, False)
    """
    this, next_ = _COUNTED_ITEM.match(headword_line), _COUNTED_ITEM.match(below)
    return this is not None and next_ is not None and int(next_.group(1)) == int(this.group(1)) + 1


# The asked term's head word, glossed with a marker of its own (废物是…), opening the paragraph: the genus glossed first.
_GENUS_MARKER = re.compile(r"是指|指的是|就是|是(?![否不])|指(?![出导導])")


def _genus_paragraph(text: str, term: str) -> str:
    """The asked term's head word when the first paragraph below a question title glosses it — a shorter word the term ends
    with, two characters at least — before the next paragraph answers with the term itself (``1、什么是危险废物?`` /
    ``废物是固体、液体、气体或其他形式的物质,…。`` / ``危险废物是含有有毒、…危险特性的废物。``, P3514, a law firm's Q&A on a
    Vietnamese law): the genus's own gloss, said before the answer: an entry of its own, no part of the answer.

    >>> _genus_paragraph("废物是固体、液体、气体或其他形式的物质。", "危险废物"), _genus_paragraph("危险废物是含有…的废物。", "危险废物")
    ('废物', '')
    >>> _genus_paragraph("废物处理很重要。", "危险废物")
    ''
    """
    key = _unquoted(term)
    body = strip_pinyin(text).strip(_SPACE)
    return next(
        (key[-size:] for size in range(len(key) - 1, 1, -1) if body.startswith(key[-size:]) and _GENUS_MARKER.match(body, size) is not None),
        "",
    )


def _answer_restates(explanation: str, term: str) -> int:
    """Where the definition starts when the answer below a question title opens with the asked term and
    its verb (什么是国土空间规划? / 国土空间规划是国家空间发展的指南…: from 是), a lead clause giving its sense or place
    allowed before it (``自主學習`` / ``廣義而言,自主學習為…``: from 為); -1 otherwise."""
    lead = _SCOPE_LEAD.match(explanation)
    at = lead.end() if lead else 0
    # (交通噪音指標(TNI) Traffic noise index / 交通噪音指標為…, 699: a bilingual headword line's Chinese word restated)
    for written in dict.fromkeys((term.strip(_SPACE), _unquoted(term), bilingual_chinese(term) or "")):
        if written and explanation.startswith(written, at):
            verb = _ANSWER_VERB.match(explanation, at + len(written))
            if verb:
                return verb.end()
    return -1


# The comma after an answer's restated topic, words going on after it (家居废物分类回收计划,建基於…).
_COMMA_BEFORE_WORDS = re.compile(r"[\s\u3000]*[,，][\s\u3000]*(?=[\u4e00-\u9fff])")


def _restated_topic(explanation: str, term: str) -> int:
    """Where the definition starts when the answer below a question title restates the asked term as its topic and goes
    on after a comma (何谓家居废物分类回收计划? / 家居废物分类回收计划,建基於“主动回收”的概念。…, 708, Macao's IAM): after the
    comma; 0 otherwise (a verb after the comma is :func:`_answer_restates`'s).

    >>> _restated_topic("回收计划,建基於主动回收的概念。", "回收计划"), _restated_topic("回收计划的概念。", "回收计划")
    (5, 0)
    """
    written = _unquoted(term)
    if len(written) < 2 or not explanation.startswith(written):
        return 0
    comma = _COMMA_BEFORE_WORDS.match(explanation, len(written))
    return comma.end() if comma else 0  # (matched from the topic's end: its end is the definition's start)


# A short form's full name apposed after the restated headword and its comma, quoted, an English name in brackets after it if any, then a
# comma before 是 (什么是自贸区? / 自贸区,全称为“自由贸易区”,是一种特殊的经济区域,…, P2342, a finance Q&A page): no part of the definition, as
# topics._FULL_NAME_SUBJECT reads it in a paragraph about the term.
# The answer restating its headword with who set the thing up or runs it, a comma, then 是 (资历架构 / 资历架构由香港特别
#行政区政府教育局成立,是一个七级的资历级别制度…, 809, a study-in-Hong-Kong site's answer; both golds start at 是): the founder
# frame is no part of the definition, as the full name is none below. The verb must close the clause right before the comma.
_FOUNDER_FRAME = re.compile(
    r"(?P<subject>[^,，。；;:：\n]{2,30}?)由[^,，。；;:：\n]{2,30}(?:成立|设立|設立|创立|創立|创办|創辦|设计|設計|管理|营运|營運|推行|推出|制定|负责|負責)"
    r"[\s\u3000]*[,，][\s\u3000]*(?=是(?![否在因为為不指]))"
)
# An editor's note opening a paragraph below an answer (💡編按:…, 编者按:…, 小編註:…, P2700, a Taiwan housing site's explainer;
# a pictograph or a bracket may come before the label): another voice remarking on the answer, no part of it.
_EDITOR_NOTE = re.compile(
    r"[\s\u3000]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F*＊]+[\s\u3000]*)?[【\[(（]?(?:[编編](?:者)?按|小[编編](?:[注註]|按)|[编編]者[注註]|[编編][注註])[】\])）]?[\s\u3000]*[:：]"
)
# The answer's opening restating the quoted term with 的 before its full name (環評是什麼? / 「環評」的全稱為「環境影響評估」,是透過…,
# P2700, a Taiwan housing site's explainer; “X”的全称是“Y”,是…): the term as quoted, then the apposition below.
_QUOTED_FULL_NAME = re.compile(r"[\s\u3000]*(?P<term>[“「\"][^“”「」\"\n]{1,20}[”」\"])[\s\u3000]*(?:的|之)(?=全[称稱])")
_FULL_NAME_APPOSITION = re.compile(
    r"全[称稱](?:为|為|是)?[\s\u3000]*[“「\"][^“”「」\"\n]{2,30}[”」\"][\s\u3000]*(?:[(（][^()（）\n]{1,60}[)）])?[\s\u3000]*[,，][\s\u3000]*"
    r"(?=是(?![否在因为為不指]))"
)


# A remark in brackets closing a glossary's paragraph after its stop: another name (…高血壓。 (亦稱為非傳染病), 279) or a
# cross-reference (…基本元素。(請另參看校本課程), 280). The paragraph is finished, the remark part of its gloss.
_CLOSING_REMARK = re.compile(rf"[{_SENTENCE_END}][\s\u3000]*[(（][^()（）。！？!?]{{2,30}}[)）]$")


# A paragraph closing on a semicolon after a word, a closing bracket or a closing quotation mark (…这就叫仿制药;), no stop.
_SEMICOLON_CLOSED = re.compile(r"[\u4e00-\u9fff)）”」][；;][\s\u3000]*$")


# Words asked together in one title: joined by 、, 和, 与/與, 及 or 跟 (什么是警戒水位、保证水位?).
_ASKED_TOGETHER = re.compile(r"[、和与與及跟]")


def _answers_each_asked_word(heading: str, texts: list[str]) -> bool:
    """Whether a title asking two words or more at once (``警戒水位、保证水位``, P2873, a water-resources paper's flood topic)
    is answered paragraph by paragraph, each of ``texts`` (two at least) opening with one of the words, every word so: each
    paragraph is that word's definition, no part of one answer to the title's words taken as one term."""
    words = [w.strip(_SPACE + "“”「」\"") for w in _ASKED_TOGETHER.split(strip_pinyin(heading))]
    if len(words) < 2 or any(len(w) < 2 for w in words) or len(texts) < len(words):
        return False
    opened = {w for w in words for t in texts if t.lstrip("“「\"").startswith(w)}
    return len(opened) == len(words)


def _restates_asked_word(answer: str, word: str) -> bool:
    """Whether ``answer`` opens with the asked ``word`` (quoted or not) and goes on past it (应急避难所意思是…)."""
    bare = strip_pinyin(word).strip(_SPACE).strip("“”「」\"")
    return len(bare) >= 2 and answer.lstrip("“「\"").startswith(bare) and len(answer) > len(bare) + 4


def _finished(text: str) -> bool:
    """Whether an explanation ends its sentence: a stop (closing quotation marks or brackets after it allowed), or a stop
    followed by a bracketed remark of its own (``…高血壓。 (亦稱為非傳染病)``), which names no list to come."""
    return bool(_FINISHED.search(text) or _CLOSING_REMARK.search(text))


# A paragraph opening with a marker (是指…, 指…, 即…): an answer leaving its subject out.
_OPENS_WITH_MARKER = re.compile(rf"[\s\u3000]*(?:{DEFINING_MARKER}|即|是)")


def _background_then_answer(lines: list[_L], body_lines: list[int], term: str) -> bool:
    """Whether the paragraphs below a question title only set the scene — none opens with the asked term or a marker —
    and a paragraph a few lines further down, past a section heading, restates the term before its verb (``什么是“点状供地”``
    / ``十九大将乡村振兴列为…。`` / ``一、“点状供地”概念`` / ``“点状供地”是相对于…的一种新型供地方式,…``, P1083): that
    paragraph answers the question, the background none."""
    texts = [lines[k].clean.strip(_SPACE) for k in body_lines if not lines[k].blank]
    if not texts or any(_answer_restates(t, term) >= 0 or _OPENS_WITH_MARKER.match(t) for t in texts):
        return False
    seen = 0
    for k in range(body_lines[-1] + 1, min(len(lines), body_lines[-1] + 8)):
        if lines[k].blank:
            continue
        text = lines[k].clean.strip(_SPACE)
        if _answer_restates(text, term) >= 0:
            return not _judging_lead(text, term)
        seen += 1
        if seen > 1 or _FINISHED.search(text):
            return False  # (only a heading between)
    return False


def _short_but_aside(text: str) -> bool:
    """A headword line long only by its bracketed aside (``青壯年(15-64歲)人口數``, a table's indicator with its age range,
    208): without the aside it is a short headword, no paragraph."""
    bare = _ASIDE.sub("", text)
    return bare != text and len(bare) < 12 and not re.search(r"[，,。；;:：!！?？]", bare)


# A part of the asked term named by the possessive, then defined with 是 (长期护理保险的保险责任是为被保险人…提供保险金的补偿。
# below 什么是长期护理保险's answer, P2428, an insurance Q&A page): a thing of its own, glossed in its own paragraph. What
# says the term's own meaning, aim, nature or traits (X的含义是…, X的目的是…, X的本质是…, X的特点是…) goes on about the term.
# A full stop in a paragraph (a sentence closed, not a heading).
_FULL_STOP = re.compile(r"[。！!]")
_OWN_ASPECT = re.compile(
    r"的(?!含义|含義|内涵|內涵|意思|意义|意義|定义|定義|概念|目的|本质|本質|实质|實質|核心|特点|特點|特征|特徵|作用|意图|意圖|由来|由來"
    r"|主要|基本|关键|關鍵|重点|重點|根本|最|一|好处|好處|优势|優勢)(?:(?!是)[\u4e00-\u9fff]){2,6}(?:是指|是(?![否不一个個]))"
)


def _kind_defined(text: str, term: str) -> bool:
    """Whether a paragraph below an answer opens by defining a kind of the asked term, a longer name ending in it
    (``城市网格化管理是运用数字化、信息化手段,…的一种城市管理新模式。`` under ``网格化管理简单说是什么意思``, P1426): the kind's
    own gloss, no more of the answer (a term restated, ``网格化管理是…``, or its standing, ``…是…的重要方面``, is not so)."""
    key = _unquoted(term)
    body = strip_pinyin(text).strip(_SPACE)
    match = re.match(rf"([\u4e00-\u9fff]{{1,10}}){re.escape(key)}[\s\u3000]*(?:是指|是(?![否不])|指(?![出导導])|就是)", body) if len(key) >= 2 and key in body else None
    if len(key) >= 2 and body.startswith(key) and _OWN_ASPECT.match(body, len(key)) and _FULL_STOP.search(body):
        return True  # 长期护理保险的保险责任是…: a part of the term named by the possessive, a gloss of its own (P2428)
    return match is not None and not _ANAPHORA_OPENING.match(match.group(1)) and re.search(r"[。！？!?]", body) is not None


# An answer's first numbered item opening with the headword restated as its label, glued to the text with no definer or
# colon (一、什麼是家事調解? / 1. 家事調解當家庭發生一些狀況,…,家事事件法採調解先行制度。, 576, a court's overview page): the
# number and the restated label are no part of the gloss, which opens at the first word after them, as a glued label's gloss
# does in the earlier sets' gold (P1990, 520). Acts on 576 alone among the pages: the plain reading of an FAQ answer listed
# as points.
_ITEM_NUMBER = re.compile(r"[\s\u3000]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[\s\u3000]*")
_HAN_OPENING = re.compile(r"[\u4e00-\u9fff]")
# (a definer, a 的 or 之 building on the label, or a joiner to a second word: the label is the sentence's subject, kept)
_DEFINER_OR_JOINER = re.compile(r"(?:是|指|係|系|即|為|为|就|乃|的|之|和|與|与|及|、)")
# (a word opening a clause after the label — a conjunction, a preposition, an adverb, a verb of causing: 當家庭發生…, 透過居民參與…
# read as 透过 in the simplified form the rules read, 讓當事人…; review 46; any other character may go on
# the label as a longer word, 勞動調解 / 1. 勞動調解委員會由法官一人…組成: the label is the sentence's subject's head, kept)
_CLAUSE_OPENING = re.compile(
    r"(?:當(?!量)|当(?!量)|如果|若|凡|在(?![线線])|由於|由于|由|因為|因为|依|根據|根据|對於|对于|透過|通過|通过|為了|为了"
    r"|已|須|须|應(?!用)|应(?!用)|主要|一般|通常|旨在|可以|能夠|能够|透过|让|讓|使(?![用馆館命者节節团團]))"
)


def restated_item_label_dropped(entry: Found) -> Found:
    """``entry`` with the item number and the restated headword off the front of its definition (``1. 家事調解當…`` under
    the headword 家事調解), up to the next item (``…調解先行制度。2. 家事事件法第23條規定,…``), when a word follows them that opens a clause (:data:`_CLAUSE_OPENING`) and no definer, colon or sentence of the headword's own
    (``1. 家事調解是指…`` and ``1. 家事調解:…`` stay as they are)."""
    number = _ITEM_NUMBER.match(entry.definition)
    key = _unquoted(entry.term)
    if number is None or len(key) < 2 or not entry.definition.startswith(key, number.end()):
        return entry
    rest = entry.definition[number.end() + len(key) :]
    if not _HAN_OPENING.match(rest) or _DEFINER_OR_JOINER.match(rest) or not _CLAUSE_OPENING.match(rest):
        return entry
    digits = re.search(r"\d{1,2}", number.group())
    after = re.search(rf"(?<=[。！？!?])[\s\u3000]*(?:{int(digits.group()) + 1}[.．、]|[(（]{int(digits.group()) + 1}[)）])", rest)
    return replace(entry, definition=rest[: after.start()] if after else rest)  # (the next item a point of its own)


# A picture's alt text and its caption flattened into two like lines below a headword (民宿 / 欧洲家庭旅馆 / 欧洲家庭旅馆 / 民宿,
# 是一种…, P2738, a travel company's glossary page; CMS pages print an image's alt and figcaption so): a short line without a
# stop repeated as the next line with text (blank lines between), right below a headword line (one of the three lines
# above) and over the paragraph restating that headword, is the picture's, no headword and no gloss; both are skipped as a
# byline is. A line alone is no caption, nor a pair elsewhere: a page's title repeated as its headword line (小康 / 小康 /
# 指…, a dictionary card), a sign-off closing the page (貓頭鷹博士 / 貓頭鷹博士, 822).
_CAPTION_LENGTH = 20
# A stop, a comma, a colon or a bar: a sentence or a label, no picture's caption.
_CAPTION_STOP = re.compile(r"[。！？!?,，:：;；|｜]")


def _repeated_captions(lines: list[_L]) -> set[int]:
    """The lines of ``lines`` that are a picture's alt text and caption: a short line, no stop, the same line next, between a
    headword line (one of the three text lines above) and the paragraph below restating it."""
    texts = [(k, line.clean.strip(_SPACE)) for k, line in enumerate(lines) if not line.blank and line.clean.strip(_SPACE)]
    out: set[int] = set()
    for n in range(len(texts) - 2):
        (k, text), (m, after), (_, below) = texts[n], texts[n + 1], texts[n + 2]
        if text != after or len(text) > _CAPTION_LENGTH or _CAPTION_STOP.search(text):
            continue
        above = [t for _, t in texts[max(0, n - 3) : n] if t != text and 2 <= len(t) <= 15]
        if any(below.startswith(t) for t in above):
            out.update((k, m))
    return out


# A paragraph opening by pointing back (这种网格化管理, 该…): the asked term again, no kind of it.
_ANAPHORA_OPENING = re.compile(r"^(?:这|這|该|該|此|其|本|上述|这种|這種|这一|這一)")


def _alias_subtitles(lines: list[_L], heads: list) -> list[int]:
    """Subtitle lines naming the term's other name between a headword line and the paragraph that gives it (``中國綠證是什麼`` /
    ``可再生能源綠色電力證書`` / ``中國綠證,即可再生能源綠色電力證書,是…``, P1446): the paragraph's first sentence restates the
    line after 即, 又称 or 全称 (the alias it opens with), so the line labels the explanation below and is no headword of its
    own; it is skipped as a byline is."""
    out = []
    nonblank = [k for k, line in enumerate(lines) if not line.blank]
    for before, k, after in zip(nonblank, nonblank[1:], nonblank[2:]):
        if heads[before] is None or heads[k] is None or heads[after] is not None:
            continue
        text = strip_pinyin(lines[k].clean).strip(_SPACE)
        opening = strip_pinyin(lines[after].clean).strip(_SPACE)[: len(text) + 30]
        if 4 <= len(text) <= 30 and text in opening and re.search(rf"[,，](?:即|又称|又稱|全称|全稱|全称为|全稱為|全称是|全稱是)[\s\u3000]*{re.escape(text)}[,，]", opening):
            out.append(k)
    return out


# A heading over a paragraph about another subject (族名词源 / 直过民族是从…衍生而来的, P943; 指導思想 / 中國共產黨浙江省第十五次
# 代表大會是…, P1115): the paragraph opens by naming what it goes on about and 是 (``Y是…``), Y neither the heading nor a part
# of it, so the line above is a card's or an article's section heading, no term. A gloss opening on its genus (一项…方案,
# 一種…), an anaphor (该类型是…), a restatement (候鸟式养老定义 / 候鸟式养老就是…), a numbered paragraph (11.1立法会是…, read
# by the other passes) and a labelled note (【注】从字面意思理解是…, P569) keep the heading a headword.
_OTHER_SUBJECT = re.compile(
    r"^(?![一][项項种種个個类類]|\d)([^\s\u3000,，、。；;:：“”「」()（）【】\[\]]{2,30}?)(?:就|即|也|则|則|正|便)?是(?![指否])"
)
# An adverb or a connective before 是 opening a gloss (通暖 / 特别是在寒冷地区,确保…采暖系统能够有效运行。, dev-38's P1076 with
# its headings' colons gone; 主要是…, 也就是…): a qualification of the heading's own gloss, no subject of another.
_ADVERB_SHI_OPENING = re.compile(
    r"^(?:特别|特別|尤其|主要|首先|其次|其实|其實|实际上|實際上|本质上|本質上|一般|通常|往往|大多|更多|也就|无非|無非|无疑|無疑|"
    r"恰恰|仍然|依然|同样|同樣|似乎|好像|应该|應該|可能|只不过|只不過)是"
)


# The marks a heading line may keep around its words (“滩长制”, **指导思想**): no part of the subject compared with it.
_HEADING_MARKS = "“”\"「」*"


def _about_other_subject(paragraph: str, heading: str) -> bool:
    """Whether ``paragraph`` opens on a subject other than ``heading`` (``直过民族是从…`` under ``族名词源``): a section's text.

    >>> _about_other_subject("直过民族是从卡尔·马克思、恩格斯提出的“直接过渡”一词衍生而来的。", "族名词源")
    True
    >>> _about_other_subject("候鸟式养老就是Older Migration和异地养老的一种。", "候鸟式养老定义")
    False
    >>> _about_other_subject("一项具针对性、以社区为本的积极护理方案。", "个案管理"), _about_other_subject("该类型是…。", "集约用地型")
    (False, False)
    >>> _about_other_subject("特别是在寒冷地区,确保基础设施的采暖系统能够有效运行。", "通暖")
    False
    """
    key = heading.strip(_HEADING_MARKS)
    m = _OTHER_SUBJECT.match(paragraph)
    if m is None or _ANAPHORA_OPENING.match(m.group(1)) or _ADVERB_SHI_OPENING.match(paragraph):
        return False
    subject = m.group(1)
    return key not in subject and subject not in key and subject[:2] != key[:2]


# A section heading naming what belongs to someone (教育局的工作範疇, 教育局提供的服務): its owner before 的.
_OWNED_HEADING = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,8})的[\u4e00-\u9fff]{2,8}")


def _owner_section(paragraph: str, heading: str) -> bool:
    """Whether ``heading`` names a thing of an owner (``教育局的工作範疇``) and ``paragraph`` opens with that owner as its
    subject (``教育局負責…``, not ``教育局的工作範疇是…``): a fact sheet's section on what the owner does, no headword.

    >>> _owner_section("教育局負責各項特殊教育服務的策劃、發展、監察和運作。", "教育局的工作範疇")
    True
    >>> _owner_section("基金的開支比率是指基金的全年開支佔基金資產的百分比。", "基金的開支比率")
    False
    """
    owned = _OWNED_HEADING.fullmatch(heading.strip(_HEADING_MARKS))
    if owned is None or not paragraph.startswith(owned.group("owner")):
        return False
    return paragraph[len(owned.group("owner")) : len(owned.group("owner")) + 1] not in ("的", "")


# A heading over a paragraph that never names it and, after its opening clause, reports what happened in a year (滩长制滩长制
# / 根据《意见》,2017年底前,浙江省市、县、乡(镇)级海滩实现“滩长制”全覆盖,…, P1081, the card's name doubled over a section):
# a section of a report or a news story, no headword. A verbless gloss does not go on to a year; a card's gloss dating its
# subject in its opening clause (《…的制度》 / 澳門政府1989年2月20日頒佈。旨在…), an anaphor (该类型…) and a handbook's
# numbered paragraph (11.3香港自1843年…, read by the other passes) keep a headword.
_YEAR_AFTER_OPENING = re.compile(r"[,，。；;][^。！？!?]*?\d{4}年")


def _reports_a_year_elsewhere(texts: list[str], heading: str) -> bool:
    """Whether the paragraphs ``texts`` under ``heading`` never name it and the first goes on to a year after its opening
    clause.

    >>> _reports_a_year_elsewhere(["根据《意见》,2017年底前,浙江省市、县、乡(镇)级海滩实现“滩长制”全覆盖。"], "滩长制滩长制")
    True
    >>> _reports_a_year_elsewhere(["居民消费价格指数是…。2023年,全国居民消费价格比上年上涨0.2%。"], "居民消费价格指数")
    False
    >>> _reports_a_year_elsewhere(["澳門政府1989年2月20日頒佈。旨在逐步提高中文在政府運作中的地位。"], "《在政府部門文件中使用中文的制度》")
    False
    >>> _reports_a_year_elsewhere(["主要用于直接进行农业生产的设施,如温室、大棚、养殖圈舍等。"], "生产设施用地")
    False
    """
    key = heading.strip(_HEADING_MARKS)
    return (
        key not in "".join(texts) and not _ANAPHORA_OPENING.match(texts[0]) and not texts[0][:1].isdigit()
        and bool(_YEAR_AFTER_OPENING.search(texts[0]))
    )


# A software manual's instruction opening the text under a control's name (增加/刪除 獎勵項目 / 點擊「+」按鈕以新增一個獎勵項目;…,
# P2903, a Taiwan BIM program's dialog help; 点击“保存”按钮…, 於各列輸入…, 在菜单中选择…): what to do with the control, no gloss of
# its name. Read only over text that does not open as a definition (按鈕 / 指…: a glossary's headword is still read).
_INSTRUCTION = re.compile(
    r"(?:点击|點擊|单击|單擊|双击|雙擊|点选|點選|按一下|轻触|輕觸|勾选|勾選"
    r"|(?:於|于|在)[^。，,；;]{1,12}?(?:输入|輸入|点击|點擊|点选|點選|勾选|勾選))"
)

# The label a news site leaves where an advertisement was cut out of an article, on a line of its own between two paragraphs
# (廣告, P2690, a Hong Kong paper's article; 广告, Advertisement): the page's furniture. Read only over text that does not open
# as its definition, so that a glossary's headword 广告 over 广告是指… is still read.
_AD_SLOT = re.compile(r"广告|廣告|Advertisement|ADVERTISEMENT|(?:赞助|贊助)(?:内容|內容)")


# A line opening with the question about its word's meaning again (反诈骗是什么意思防止诈骗的原则包括…, P2852, a Q&A site's answer
# whose title 什么叫反诈骗 反诈骗是什么意思 its pages repeat before each paragraph they serve): the site's title run into the next
# paragraph, which is no part of the answer above it (a question about what sort of thing it is, X是什么样的…, stays).
_MEANING_ASKED = re.compile(r"[”」\"]?[\s\u3000]*(?:是什么意思|是什麼意思|什么意思|什麼意思|是啥意思|指的是什么意思|指的是什麼意思)")


def _asked_again(text: str, term: str) -> bool:
    """Whether ``text`` opens with ``term`` (its quotation marks aside) asked about again: 反诈骗是什么意思…."""
    word = strip_pinyin(term).strip(_SPACE + "“”「」\"")
    body = text.lstrip("“「\"")
    return len(word) >= 2 and body.startswith(word) and _MEANING_ASKED.match(body, len(word)) is not None


# A headword's card of labelled fields, its first the definition (🔹 碳稅(Carbon Tax) / 定義:政府針對…稅金。 / 計算方式:… /
# 特性:…, P3054, a Taiwan market-analysis site's article): the 定義 field is the gloss, its label dropped, and the next field's
# label line (計算方式:, 台灣制度:, 應用方式:) ends it; without a field after it the paragraphs below go on as before.
_DEFINITION_FIELD = re.compile(r"(?:定义|定義)[\s\u3000]*[:：][\s\u3000]*(?=[^\s\u3000])")
_FIELD_LABEL_LINE = re.compile(r"[^\s\u3000,，。；;:：、“”「」()（）]{2,6}[\s\u3000]*[:：]")


def _blocks(lines: list[_L], free: list[bool], *, dictionary: bool = False, glossary: int = -1, listed: frozenset[int] = frozenset()) -> list[tuple[list[int], Found]]:
    """Headword lines and their explanations; with ``dictionary``, only dictionary entries
    (a headword followed by its pronunciation or by the book it comes from), which are read
    before prose definitions so that a ``X是指…`` sentence inside the explanation does not win.
    With ``glossary`` (the line of a title announcing a glossary, 淄博市《政府工作报告》名词解释),
    only the headword lines below it, which may be long (民营经济高质量发展“十大专项行动”); they
    too are read before prose definitions."""
    candidates = []
    articles = _article_titles(lines)  # 第二条 职权 / 第三条 申请条件 / …: a regulation's titled articles, no headwords
    sections: set[int] = set()  # numbered section headings: they count as prefixed headwords, then are dropped
    origins: set[int] = set()  # headword blocks telling only the word's origin: they count as blocks, then are dropped
    colons: set[int] = set()  # colon headword lines over a paragraph restating the term before its marker (党日: / 党日即…)
    meanings: set[int] = set()  # headings naming their term's meaning over a paragraph restating it (X定义 / X就是…)
    long: list[bool] = []  # a long headword line (塑料污染防治“十大行动”) going on a run of blocks
    # numbered term headings whose paragraph, restating the term, an earlier pass read (1. 光伏治沙技术 / 光伏治沙技术是…):
    # they count as numbered headwords, as they did when the blocks read them, so lettered aspects under them (a. 改善土壤水分
    # / 光伏发电站的建设过程中,…) are no headwords
    numbered_read = False
    n = len(lines)
    # Each line is classified once (the scan below looks at a line up to three times).
    meta = [not line.blank and free[k] and _meta_line(line) for k, line in enumerate(lines)]
    heads = [None if line.blank or not free[k] or meta[k] else _headword(line) for k, line in enumerate(lines)]
    for k in _alias_subtitles(lines, heads):  # 中國綠證是什麼 / 可再生能源綠色電力證書 / 中國綠證,即可再生能源綠色電力證書,是…
        meta[k], heads[k] = True, None
    news_sections = set(news_section_headings(lines, heads))
    for k in news_sections:  # ◆情绪经济兴起 / 从“拉布布”到…: a digest's section heading over its report
        heads[k] = None
    for k in _timeline_milestones(lines, heads):  # 2001 / 1823成立 / 為五個部門處理…: a timeline's milestone, no headword
        heads[k] = None
    colon_head = _colon_lists(lines, free, heads, meta)
    # a numbered section heading that is no headword (二、新发展理念的意义) ends the explanation above it, and so does a heading
    # set off by a digest's mark (■ / ◆) that is no headword: ■基本工資 / 指勞工…之工資。 / ■最低工資 / 分為每月最低工資及…
    # (P2671, a news repost's two marked labels, the second over no definition): the second mark opens the next part
    section = [
        heads[k] is None and not line.blank and (
            k in news_sections or _section_heading(line.clean.strip(_SPACE)) or _question_heading(line.clean.strip(_SPACE)) or _furniture_line(line)
            or not meta[k] and sense_heading(line.clean)
        )
        for k, line in enumerate(lines)
    ]
    led_heads = [False] * len(lines)
    points = _points_sections(lines, led_heads)
    short_lines = {text for line in lines if 2 <= len(text := line.clean.strip(_SPACE)) <= 15}  # (a page's headword line)
    # where each line's text first stands: a page's title repeated below (an article's running title between
    # its sections) ends the explanation above it
    first: dict[str, int] = {}
    for k, line in enumerate(lines):
        if not line.blank:
            first.setdefault(line.clean.strip(_SPACE), k)
    captions = _repeated_captions(lines)  # 欧洲家庭旅馆 / 欧洲家庭旅馆: a picture's alt text and caption under the headword line
    for k in captions:
        heads[k] = None  # (no headwords of their own)
    card_bylines: set[int] = set()  # a term card's author, date and book lines between its headword and 名词解释:
    asides: dict[int, list[int]] = {}  # per question title, the aside lines between it and its answer
    semicolon_closed_at: set[int] = set()  # question headwords whose answer closes on a semicolon (P2790)
    for i, line in enumerate(lines):
        if not free[i] or line.blank:
            continue
        head = heads[i]
        if head is None or i <= glossary or any(i in taken for taken in asides.values()):
            continue
        # a question title (什么是X?, 何谓X), not a heading announcing the meaning (X的含义: its paragraph is kept whole)
        asked = head[2] and bool(_QUESTION_TITLE.search(line.clean.strip(_SPACE)))
        j, spoken, named, titled = i + 1, False, False, False
        while j < n and (
            lines[j].blank or meta[j] or j in captions
            or not named and free[j] and _ENGLISH_NAME_LINE.match(lines[j].clean.strip(_SPACE)) and not section[j]
            or not named and free[j] and _card_title_line(lines[j].clean.strip(_SPACE), head[0])
            or titled and free[j] and _CARD_CONTENT_LABEL.fullmatch(lines[j].clean.strip(_SPACE))
            or asked and not named and free[j] and _aside_before_answer(lines, j, head[0])
        ):
            spoken = spoken or not lines[j].blank and (_romanised(lines[j].clean.strip(_SPACE)) or bool(_DICTIONARY_META.match(lines[j].clean.strip(_SPACE))))
            if asked and not named and not lines[j].blank and not meta[j] and free[j] and _aside_before_answer(lines, j, head[0]):
                asides.setdefault(i, []).append(j)  # (read with the question: no headword of the answer below it)
                j += 1
                continue
            if not lines[j].blank and (_card_title_line(lines[j].clean.strip(_SPACE), head[0]) or titled and _CARD_CONTENT_LABEL.fullmatch(lines[j].clean.strip(_SPACE))):
                titled, heads[j] = True, None  # (the card's title and field lines: no headwords of their own)
            named = named or not lines[j].blank and not meta[j] and j not in captions
            j += 1
        if named and i not in card_bylines:
            byline = _card_byline(lines, j)
            card_bylines.update(byline)
            j = byline[-1] + 1 if byline else j
            while byline and lines[j].blank:
                j += 1
        if head[1] and j < n and not free[j] and lines[j].clean.strip(_SPACE).startswith(strip_pinyin(head[0]).strip(_SPACE)):
            numbered_read = True
        if i in card_bylines or j >= n or not free[j] or not (_body_line(lines[j]) or colon_head[i] and listed_gloss(lines[j])) or heads[j]:
            continue
        if _next_item_below(line.clean, lines[j].clean):
            continue  # 17. 文化、体育和娱乐业 / 18. 公共管理、…等。: the list's next item (a full stop closing it), not a gloss
        # (幼年(0-14歲)人口數: a bracketed range or aside does not make a headword a paragraph, 208)
        long_line = _body_line(line) and not _short_but_aside(line.clean.strip(_SPACE)) and glossary < 0 and not (head[1] or head[2] or _opens_as_definition(lines[j].clean.strip(_SPACE), head[0]))
        if long_line and not (candidates and candidates[-1][3] == i and not long[-1]):
            continue  # a long unprefixed line is a paragraph, not a headword (unless it goes on a run of headword blocks)
        if spoken:
            head = (head[0], head[1], True)
        elif dictionary and not (head[2] and (_romanised(re.split(r"[\s\u3000]{2,}", line.raw.strip(_SPACE))[-1]) or read_headword(_PREFIX.sub("", line.raw.strip(_SPACE), count=1)))):
            continue
        body_lines, k = [], j
        while k < n and free[k] and (lines[k].blank or (heads[k] is None and not _is_furniture(lines[k].clean) and not section[k])):
            if body_lines and _BRACKETED_REMARK.match(lines[k].clean.strip(_SPACE)):
                break  # (承办科室:…): a remark after the answer ends it
            if body_lines and _NOTES_LABEL.fullmatch(lines[k].clean.strip(_SPACE)):
                break  # Q1:食品添加物是什麼? / 食品添加物就是…。 / 備註: / 1.…: the notes' label ends the answer (P3121)
            if body_lines and _NOTE_LINE.match(lines[k].clean.strip(_SPACE)) and _PARAGRAPH_CLOSED.search(lines[body_lines[-1]].clean.rstrip(_SPACE)):
                break  # 問:什麼是育兒津貼? / 答:育兒津貼是…。 / 備註:本津貼每月發放一次。: the note after a complete answer (review 70)
            if body_lines and _AIMS_LEAD_IN.fullmatch(lines[k].clean.strip(_SPACE)) and _PARAGRAPH_CLOSED.search(lines[body_lines[-1]].clean.rstrip(_SPACE)):
                break  # 食品添加物就是…。 / 通常使用的目的包含有以下幾種: / (一)…: the aims after a complete answer, no part of it (P3121)
            if body_lines and _SIBLING_LABEL.fullmatch(lines[k].clean.strip(_SPACE)) and _SIBLING_LABEL.fullmatch(line.clean.strip(_SPACE)):
                break  # 古蹟定義: / 指…。 / 種類: / …: a label line as the headword's own opens the next field, no part of the gloss (864)
            if body_lines and not lines[k].blank and first[lines[k].clean.strip(_SPACE)] < i and len(lines[k].clean.strip(_SPACE)) >= 8:
                break  # 人口普查是什么 / 人口普查是…。 / 江西省人口2020总人数口(the title again): the explanation ends
            if body_lines and _asked_again(lines[k].clean.strip(_SPACE), head[0]):
                break  # 什么叫反诈骗 反诈骗是什么意思 / 反诈骗是对…。 / 反诈骗是什么意思防止诈骗的原则…: the title's question again (P2852)
            if body_lines and _SINCE_OPENING.match(lines[k].clean.strip(_SPACE)) and _counted_kinds_below(lines, k):
                break  # 东西部扶贫协作 / …,即…。 / 实施…工作以来,…具体有:A、B、C。 / 其一,A。指…: the kinds' lead-in, no part
            if body_lines and _ORIGIN_PARAGRAPH.match(lines[k].clean.strip(_SPACE)):
                break  # 1、栓Q / 英文短语…的读音衍生,本意是感谢。 / “栓Q”这个词最早来源于…: the origin story ends it
            if body_lines and _DATED_PARAGRAPH.match(lines[k].clean.strip(_SPACE)):
                break  # 五型政府 / 五型政府,是…五型。 / 2018年10月,江西省政府出台《…》,…: the history after the gloss ends it (P1735)
            if body_lines and _BARE_ITEM_NUMBER.fullmatch(lines[k].clean.strip(_SPACE)):
                break  # 九、不约而同 / 原指…。 / 十 (the page cut after the next item's number): no part of the explanation
            if body_lines and speaker_turn(lines[k].clean):
                break  # 什么是“无废城市”? / 简单说,…。 / …副主任 丛晓男:再有就是…: an interviewee's turn ends the answer (P2318)
            if body_lines and _SOURCE_LINE.match(lines[k].clean.strip(_SPACE)):
                break  # 依据:《中共中央 国务院关于…的若干意见》(中发〔2019〕18号): the answer's source, no part of it
            if body_lines and (_summary_definition(lines, body_lines[-1], k, head[0]) or restated_in_other_words(lines[k].clean, head[0])):
                break  # (何謂保安林 / 保安林是…。 / 設置保安林之目的在…。換言之,保安林係…: a definition of its own, 851)  # 候鸟式养老定义 / 候鸟式养老就是…。 / 总的来说,候鸟式养老是指…: the summary defines it anew, an entry of its own
            if body_lines and _kind_defined(lines[k].clean, head[0]):
                break  # 网格化管理简单说是什么意思 / 网格化管理就是…。 / 城市网格化管理是…的一种城市管理新模式。: a kind's own gloss
            if body_lines and _standing_paragraph(lines, body_lines[-1], k, head[0]):
                break  # 什么是政协提案? / 政协提案是…的书面意见和建议。 / 政协提案是…的一个重要方面,…: its standing, no part
            if named and body_lines and _ENGLISH_PARAGRAPH.match(lines[k].clean.strip(_SPACE)):
                break  # 揭榜挂帅 / Open bidding… / 是指…。 / This is a new mechanism…: the translation ends it
            if body_lines and _english_translation_below(lines, k):
                break  # “一绿”“二绿” / 是指…。 / First and Second Greenbelts / These refer to…: the translation ends it
            if len(body_lines) == 1 and opens_with_item(lines[k].clean.strip(_SPACE), listed_items(lines[body_lines[0]].clean.strip(_SPACE))):
                break  # 什么是六保 / “六保”指保居民就业、保基本民生、…。 / 保居民就业,旨在…: a listed part's own paragraph
            if not lines[k].blank and not meta[k]:
                body_lines.append(k)
            k += 1
            if k - j > 400:
                break
        if colon_head[i]:  # X: / one explanation paragraph (a closing paragraph after the list is none)
            body_lines = body_lines[:1]
            k = body_lines[0] + 1 if body_lines else k
        texts = [strip_pinyin(lines[m].raw).strip(_SPACE) for m in body_lines]
        if len(texts) >= 2 and len(texts[0]) >= 12 and texts[1].startswith(texts[0]):
            body_lines, texts = body_lines[1:], texts[1:]  # a summary line repeating the paragraph below it
        bulleted = any(re.match(r"^[-•·]\s", t) for t in texts)
        if _answers_each_asked_word(head[0], texts):
            continue  # 什么是警戒水位、保证水位? / 警戒水位是…。 / 保证水位是…。: each word its own paragraph, the prose pass's entries (P2873)
        if texts and glossary < 0 and _DATED_NEWS.match(texts[0]):
            continue  # 2022年十大网络流行语是什么 / 12月8日,由…主办的…公布: a news lead, no definition
        if texts and glossary < 0 and _TABLE_NOTE.match(texts[0]):
            continue  # 经济活动人口及失业状况 / 注:①2009年起…: a table's caption and its numbered note, no definition
        if texts and glossary < 0 and _DATED_REPORT.match(texts[0]):
            continue  # (一)机关运行经费 / 2023年,…预算为46.8万元: a report's section on the year's figures, no definition
        defines = bool(texts) and bool(_opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0]))
        if texts and not defines and definition_label_line(line):
            continue  # *統計項目定義: / 臺灣地區家庭購買…: a form's field labelled 定義 over a value, no headword (399)
        if texts and not defines and i in articles:
            continue  # 第二条 职权 / 敬老金申请的接收及处理,…均由社会工作局负责。: a regulation's article, a provision
        heading = strip_pinyin(head[0]).strip(_SPACE)  # (the headword line as the heading checks below read it)
        not_defined_below = bool(texts) and glossary < 0 and not defines  # (outside a glossary, over text not opening as its definition)
        if texts and not defines and figures_under_code(line, texts[0]):
            continue  # 1. 可吸入颗粒物 PM10 / 年均浓度为52微克/立方米,较上年下降3微克/立方米。: a bulletin's row, data
        if not_defined_below and (
            bare_section_title(heading) or overview_title(heading) or topic_section(heading) or paired_topic_heading(heading, texts[0])
            or _QUALIFIED_MEANING_TITLE.fullmatch(heading)
        ):
            continue  # 形成原因 / 按飛地形成的原因,可分為…: a section of the page's topic, no term
        if texts and glossary < 0 and edit_link_opening(texts[0]):
            continue  # 爭論 / [編輯]講到政治就會有政客…: a wiki copy's section heading, its edit link run into the line below (P1582)
        if not_defined_below and not head[1] and not head[2] and (
            _about_other_subject(texts[0], heading)  # 指導思想 / 中國共產黨浙江省第十五次代表大會是…: a card's section heading
            or _owner_section(texts[0], heading)  # 教育局的工作範疇 / 教育局負責各項…: a fact sheet's section on what its owner does
            or _reports_a_year_elsewhere(texts, heading)  # 目標 / 根據《意見》,2017年底前,…實現…全覆蓋: a report's or a story's section
        ):
            continue  # a section heading over its text, no headword
        if not_defined_below and _FRAMED_LABEL.fullmatch(heading):
            continue  # 兩會上的“流行語” / 今年的各地兩會,一些熱詞頻頻出現。…: a news section's label, no headword
        headline = _QUOTED_HEADLINE.fullmatch(heading)
        if not_defined_below and headline and headline.group(1) not in texts[0]:
            continue  # “三个模式”和而不同 / 习近平总书记先后两次指出,…: a feature's section headline, its slogan not named below
        if not_defined_below and _byline_name(lines, i, head[0]):
            continue  # 2021-12-02刁艳杰 / … / 刁艳杰 / 潍坊自古农业发达。…: the author's name again over the article
        if not_defined_below and _points_below(texts):
            continue  # 积分构成 / 基础分:通常为20分,… / 任务分:…: a heading over a list of labelled points, no headword
        if texts and not defines and _DASH_ITEM.match(line.raw):
            continue  # - 功能互补与协同发展 / 津城侧重现代服务业…: a dashed label over its section's text, no headword
        if not_defined_below and _narrative(texts[0], head[0]):
            continue  # 2．成立工会 / 这个问题更是困难，…: a section heading over narrative, no headword
        if not_defined_below and (dashed_subtitle(texts[0]) or news_event(texts[0])):
            continue  # 总理发出的“安民告示” / ——来自…; 澳廣視網站直播 / …將會現場直播…: news, no headword
        if not_defined_below and _INSTRUCTION.match(texts[0]):
            continue  # 增加/刪除 獎勵項目 / 點擊「+」按鈕以新增…: a manual's control and what to do with it, no headword (P2903)
        if not_defined_below and _AD_SLOT.fullmatch(strip_pinyin(head[0]).strip(_SPACE)):
            continue  # 廣告 / 香港,其實真是一塊得天獨厚的寶地。: a news site's advertisement slot between paragraphs (P2690)
        if not_defined_below and any(news_dateline(lines[m].clean) for m in range(i + 1, j)):
            continue  # 新聞 / 2021-12-23 13:40:00 / 身處香港卻說不在中國? …: a news page's channel label, no headword
        if texts and not head[2] and _NUMERAL_SECTION.match(line.raw.strip(_SPACE)) and not (_opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0])):
            sections.add(i)  # 四、方法与流程 / 经济普查针对…: a document's numbered section and its text, no definition
        if texts and (not head[2] or asked) and _REQUIREMENT_HEADING.match(heading) and not _opens_as_definition(texts[0], head[0]):
            sections.add(i)  # 1.耕地保护红线要求 / 坚持现状耕地应划尽划…: a heading of requirements and its text, no definition
            # (asked too: “三零”创建工作要求是什么? / 高度重视,加强组织领导。, P1693: the answer gives demands, no meaning)
        if texts and (
            _point_under_heading(points, i, head, texts[0]) and not _measure_glossed(lines, i, head[0], texts[0])
            or led_heads[i] and not head[2] and not defines
        ):
            sections.add(i)  # 一、政协委员的主要职责 / 1. 政治协商 / 政协委员代表各自界别,…: a duty the heading announces
        if texts and asked and _KIND_OF_TERM.match(texts[0]) and kind_then_usage(texts[0]) is None:
            continue  # 三区三线指的是什么? / 三区三线是国土空间规划专业术语,…: what kind of word it is, no definition
        if texts and not head[2] and _ACTION_HEADING.match(heading) and not (
            _opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0])
        ):
            sections.add(i)  # 加快转变经济发展方式 / 解决发展不平衡…: a report's task heading and its text, no definition
        if texts and (_STATUS_SENTENCE.match(texts[0]) or _WEIGHTY_STATUS.match(texts[0]) or _EARLIEST_FORM.match(texts[0])):
            continue  # 1. 产业振兴 / 产业振兴是乡村振兴的基础。通过…: the part's role in a whole, no definition
        if texts and _judging_lead(texts[0], head[0]):
            continue  # 营商环境 / 营商环境是企业生存发展的土壤。…: what the term matters for, no definition
        if texts and _COUNTS_KINDS.match(texts[0]) and not _opens_as_definition(texts[0], head[0]):
            continue  # 基金類別 / 強積金基金共分六個類別,下文列出…: how many kinds there are, a classification, no gloss
        if texts and headword_section(heading, short_lines) and not _opens_as_definition(texts[0], head[0]):
            continue  # 中國內地 / … / 中國內地概念含義 / “內地”一詞是…: an encyclopedia's section heading, no term
        if texts and _COMMENTARY_LABEL.match(texts[0]):
            continue  # **高质量发展 / 关键词解读:高质量发展是本次报告中的高频词…: a comment, no definition
        if texts and opens_with_quoted_remark(texts[0]):
            continue  # 「頂層推動」 / 「中國下一步改革…。」中國…院長遲福林在…讀出…: an expert's remark, no explanation
        if any(asked_answer(t, head[0]) for t in texts):
            head = (head[0], head[1], True)  # 「X」 / …。何為X?…說,就是…: the question the explanation asks makes it count alone
        if texts and texts[-1].rstrip(_CLOSERS + _SPACE)[-1:] in "?？":
            continue  # 一、背景介绍 / …那么,“四个意识”和“四个自信”具体是什么呢?: an introduction asking, no definition
        if texts and _INVITES_TO_LEARN.search(texts[-1].rstrip(_SPACE)):
            continue  # 什麼是七天鑑賞期? / 「七天鑑賞期」不僅是…。…來了解什麼是七天鑑賞期吧!: an introduction, the answer below (P3110)
        if texts and len(texts) == 1 and _ASKS_WHAT.search(texts[0]):
            continue  # 四不摘是什么 / …那么这个“四不摘”指的到底是什么呢?我们一起来深入了解一下吧。: the intro asks too (P1330)
        # a table of headword and 指… lines, some definitions without their stop, each ended by the next headword line
        # (可调整养殖水面 / 指由耕地改为养殖水面,但可复耕的土地 / 135 / 迹地, P227): complete all the same
        unstopped = len(texts) == 1 and texts[0].startswith("指") and k < n and heads[k] is not None and _opens_as_definition(texts[0], head[0])
        # an answer closed by a semicolon right above the next headword line (1、什么是仿制药? / 就是…,这就叫仿制药; / 3、那什么是首仿呢?,
        # P2790): a series of answers parted as list items are, each whole, the semicolon no part of it
        # (only under a question: a law's headword over its items closed by semicolons, 491, 633, is no answer)
        semicolon_closed = (
            asked and bool(texts) and _SEMICOLON_CLOSED.search(texts[-1]) is not None and k < n and heads[k] is not None
            and bool(_QUESTION_TITLE.search(lines[k].clean.strip(_SPACE)))
        )
        # an answer whose paragraphs are parted as list items, each closed by a semicolon (应急避难所是什么意思 / 应急避难所意思是…
        # 所修建的一个应急避难所; / 应急避难所最早由地震部门发起,…; / 应急避难场所分为三类,…;, P2869, a learning site's page): the
        # first, opening as the word's definition, is the answer, whole, its semicolon dropped; the items after it say more
        if (
            asked and len(texts) >= 2 and _SEMICOLON_CLOSED.search(texts[0]) is not None and _SEMICOLON_CLOSED.search(texts[1]) is not None
            and (_opens_as_definition(texts[0], head[0]) or _restates_asked_word(texts[0], head[0]))
        ):
            texts, body_lines, semicolon_closed = texts[:1], body_lines[:1], True
        if semicolon_closed:
            semicolon_closed_at.add(i)
        if not texts or not bulleted and not unstopped and not semicolon_closed and not _finished(texts[-1].rstrip("|")) and k < n and not _is_furniture(lines[k].clean) and not _DATA_AFTER_COLON.search("".join(texts)):
            continue  # no explanation, or a lead-in to a list (“放管服”是政府管理方式的三大核心)
        if _opens_as_definition(texts[0], head[0]) or _DEFINITION_LABEL.match(texts[0]) or _MEANING_LABEL.match(texts[0]):
            head = (head[0], head[1], True)  # 居民消费价格指数(CPI) / 是反映…, 人口统计 / 【意思解释】指…: counts alone
        elif _shorter_restatement(texts[0], head[0]) and re.search(r"[,，]即", re.split(r"[。！？!?]", texts[0])[0]):
            head = (head[0], head[1], True)  # 农村“三变”改革 / “三变”改革发源于…,即“…”: counts alone
        above = i - 1
        while above >= 0 and lines[above].blank:
            above -= 1
        if above in listed:  # 房地产开发投资 / 指…。 / 固定资产投资的资金来源 / 根据…: a block inside a yearbook list
            head = (head[0], head[1], True)
        if texts and glossary < 0 and _ORIGIN_PARAGRAPH.match(texts[0]) and not _GLOSS_IN_ORIGIN.search("".join(texts)):
            origins.add(i)  # 1、躺平 / “躺平”这个词最早来源于…的一篇帖子,发帖人称…: a block of the list, no explanation
        elif texts and glossary < 0 and _WHO_SAID_IT.match(texts[0]):
            origins.add(i)  # 枢纽偏好型产业 / 这是江苏省委书记…近期提到的一个新词。他强调,…: who used the word, no explanation
        elif texts and not defines and not _opens_as_definition(texts[0][note_label_end(texts[0]) :], head[0]) and named_after_description(texts[0], head[0]):
            origins.add(i)  # 152、学术超男 / 【注】…媒体和网络中将他称为“学术超男”…: the word named after a story, no explanation
        if texts and colon_head[i] and _restated_under_colon(head[0], texts[0]):
            head = (head[0], head[1], True)  # 党日: / 党日即党组织的活动日。…: the colon headword restated counts alone
            colons.add(i)
        if texts and _meaning_heading_restated(line.clean, texts[0]) is not None:
            head = (_meaning_heading_restated(line.clean, texts[0])[0], head[1], True)  # 候鸟式养老定义 / 候鸟式养老就是…
            meanings.add(i)
        candidates.append((i, head + (asked,), body_lines, k))
        long.append(long_line)
    if not candidates:
        return []
    labelled = [c for c in candidates if _DEFINITION_LABEL.match(lines[c[2][0]].clean.strip(_SPACE))]
    # (or, two or more, labelled 定义: as a card's field, 单用途预付卡 / 定义:只能在…使用,… / 例子:… / 特点:…, P3111, a training site's
    # kinds of prepaid card under numbered classification headings 二、按是否记名分类: the labelled kinds are the glossary, and a
    # numbered heading over a plain paragraph, 三、按载体形态分类 / 随着技术发展,…, no prefixed headword that hides them)
    fielded = [c for c in candidates if _DEFINITION_FIELD.match(lines[c[2][0]].clean.strip(_SPACE))]
    if labelled:  # headwords whose explanation is labelled 名词解释: only those
        candidates = labelled
    elif len(fielded) >= 2:
        candidates = fielded
    if numbered_read or any(c[1][1] for c in candidates):  # numbered or prefixed headwords: only those
        candidates = [c for c in candidates if c[1][1] or c[1][2]]
    candidates = [c for c in candidates if c[0] not in sections]
    if not candidates or len(candidates) < 2 and not candidates[0][1][2]:
        return []
    candidates = [c for c in candidates if c[0] not in origins]
    out = []
    cards = len(candidates) >= _GLOSSARY_CARDS
    for i, (term, _, _, asked), body_lines, _end in candidates:
        if cards and not asked:
            body_lines = _before_rule_paragraph(lines, body_lines)
        texts = [lines[k].raw.strip(_SPACE) for k in body_lines]
        bullets = [t for t in texts if re.match(r"^[-•·]\s", t)]
        key = strip_pinyin(term).strip("“”\"「」")
        if bullets:  # - new trio:新三样,比喻说法,…  → the bullet that names the term
            chosen = next((b for b in bullets if key and key in b), None)
            if chosen is None:
                continue
            after = chosen[chosen.index(key) + len(key) :].lstrip("”\"」")
            definition = after[1:] if after[:1] in ",，:：" else after
            k = body_lines[texts.index(chosen)]
            out.append(([i, *body_lines], Found(term, definition.strip(_SPACE), chosen[2:].strip(_SPACE), k + 1, lines[k].start, lines[k].start + len(lines[k].raw))))
            continue
        answered = next(((k, a) for k in body_lines if (a := asked_answer(lines[k].raw, term)) is not None), None)
        if answered is not None:  # 「X」 / 報告提出了將實行「X」。何為X?…說,就是…。: the question's term, the answer to its paragraph's end
            k, (asked_term, asked_at, term_at, answer_at) = answered
            raw = lines[k].raw.rstrip(_SPACE)
            out.append(([i, *body_lines], Found(asked_term, raw[answer_at:], raw[asked_at:], k + 1, lines[k].start + term_at, lines[k].start + len(raw))))
            continue
        if asked and _background_then_answer(lines, body_lines, term):
            continue  # 什么是“X” / 十九大将…(background) / 一、“X”概念 / “X”是…: the answer is below, the topics pass's
        if asked and _answer_restates(texts[0], term) < 0 and _longer_subject(texts[0], term):
            continue  # 住房公积金是什么账户? / 住房公积金账户是…: the answer defines a longer name, the prose pass's (review 56)
        if len(texts) > 1 and _NAMING_PARAGRAPH.match(texts[0]) and _answer_restates(texts[1], term) >= 0:
            texts, body_lines = texts[1:], body_lines[1:]  # ETF / ETF的英文全稱是…被譯為… / ETF是一種…: what it is called, then what it is
        if asked and len(texts) > 1 and (genus := _genus_paragraph(texts[0], term)) and _answer_restates(texts[1], term) >= 0:
            # 什么是危险废物? / 废物是…。 / 危险废物是…: the genus glossed first, an entry of its own, then the answer
            first = lines[body_lines[0]]
            if (at := first.raw.find(genus)) >= 0:
                out.append(([body_lines[0]], Found(genus, first.raw[at + len(genus) :].rstrip(_SPACE), first.raw.strip(_SPACE), first.index + 1, first.start + at, first.start + len(first.raw.rstrip(_SPACE)))))
            texts, body_lines = texts[1:], body_lines[1:]
        labelled = _DEFINITION_LABEL.match(texts[0])
        if labelled:  # “瞪羚”企业 / 名词解释:指… / 报告强调:…: the labelled paragraph alone
            texts, body_lines = texts[:1], body_lines[:1]
        elif labelled := _DEFINITION_FIELD.match(texts[0]):  # 碳稅(Carbon Tax) / 定義:政府針對…。: the label dropped
            if len(texts) > 1 and _finished(texts[0]) and _FIELD_LABEL_LINE.match(texts[1]):
                texts, body_lines = texts[:1], body_lines[:1]  # … / 計算方式:…: the next field ends the 定義 field
        if i in meanings and (_ORIGIN_HEADING.fullmatch(strip_pinyin(lines[i].clean).strip(_SPACE)) or _ITEM_NUMBER_OPENING.match(texts[0])):
            texts, body_lines = texts[:1], body_lines[:1]  # 四有新人來歷 / 四有新人就是…。 / “四有”是一個整體,…: the history goes on
        if asked and len(texts) > 1 and _answer_restates(texts[0], term) >= 0:
            # X到底是什么? / X是…。 / 无论你是…都可以拨打X / 需要注意的是,X不是…: the answer ends before the first paragraph
            # naming the term inside a sentence, not as its opening subject — the term as an object of use or of a caution
            # (P2458); a paragraph restating it as its subject (X由…核发, P1446) or not naming it (林班, official 77) goes on,
            # and a line wrapped inside a sentence (the line above it ends with no stop) is no paragraph
            own = _unquoted(term)
            keep = next(
                (
                    n for n in range(1, len(texts))
                    if _PARAGRAPH_CLOSED.search(texts[n - 1]) and own in _unquoted(texts[n]) and not _unquoted(texts[n]).startswith(own)
                ),
                len(texts),
            )
            texts, body_lines = texts[:keep], body_lines[:keep]
        note = next((n for n in range(1, len(texts)) if _EDITOR_NOTE.match(texts[n])), None)
        if note is not None:  # 環評是什麼? / 「環評」…是透過…。 / 💡編按:環評中所審查的…: the editor speaks, the answer has ended (P2700)
            texts, body_lines = texts[:note], body_lines[:note]
        claimed = [i, *body_lines]
        if _MEANING_LABEL.match(texts[0]) and (field := next((n for n in range(1, len(texts)) if FIELD_LABEL.match(texts[n])), 0)):
            texts, body_lines = texts[:field], body_lines[:field]  # 【概念解释】… / 【近义词】…: the card's next field ends it (read, no entry)
        definition = "".join(texts)
        semicolon_closed = i in semicolon_closed_at
        if semicolon_closed:
            definition = definition.rstrip(_SPACE)[:-1]
        definition = _FROM_REMARK.sub("", definition)
        quote = definition
        if labelled:
            definition = definition[labelled.end() :]
        definition = _SENSE_MARK.sub("", definition, count=1)  # ⒈  表示…: a dictionary's sense number
        meaning = _MEANING_LABEL.match(definition) or _ANSWER_LABEL.match(definition)  # 【意思解释】指…, 【答】…: the label is dropped
        if meaning:
            definition = definition[meaning.end() :]
        elif note_label_end(definition):  # 145、文替 / 【注】即文戏替身。: the note label is dropped
            definition = definition[note_label_end(definition) :]
            definition = definition[literal_frame_end(definition) :]  # 【注】从字面意思理解是“…”: from 是
        glued = GLUED_QUESTION_TITLE.match(definition)  # 什么是X / 什么是X】X是…: the title, its 【 lost, glued before the answer
        if glued and _unquoted(term) in _unquoted(glued.group(1)):
            definition = definition[glued.end() :]
        restated = _RESTATED.match(definition)  # 不忘初心 / 不忘初心,即…: the definition is 即…
        if restated and _unquoted(restated.group(1)) == _unquoted(term):
            definition = definition[restated.end() :]
        elif asked and (piece := _framed_piece_answer(definition, term)) is not None:
            term, definition = piece[0], definition[piece[1] :]  # 什么是“X”? / 简单说,“X”里的“Y”,指的是…: the framed piece, from 指的是
        elif (marker := _restated_marker(definition, term)) >= 0:  # 粮食产量 / 在中国,粮食产量是指…: the definition is 是指…
            definition = definition[marker:]
        elif (bare := _anaphor_off(definition)) != definition:  # 奥利给 / 该词是…: from 是
            definition = bare
        elif asked and (used := kind_then_usage(definition)) is not None and term_core(used[0]) == term_core(_unquoted(term)):
            term, definition = used[0], definition[used[1] :]  # 什么是X / “X”是一个经济学术语,用来描述…: from 用来, X as quoted
        elif asked and (contrast := answer_contrast(definition, term)) is not None:
            term, definition = contrast[0], definition[contrast[1] :]  # 什么是X? / 顾名思义,“X”并不是…,而是…: from 并不是
        elif i in colons and (restated_at := _restated_under_colon(term, definition)):
            definition = definition[restated_at:]  # 党日: / 党日即…: from 即
        elif i in meanings and (restated_at := _meaning_heading_restated(lines[i].clean, definition)) is not None:
            definition = definition[restated_at[1] :]  # 候鸟式养老定义 / 候鸟式养老就是…: from 就是
        # 什么是国土空间规划? / 国土空间规划是…, or a glossary's headword line 地租 / 地租是土地承租人…: from 是 (a 是 that
        # only weighs the term, 营商环境是企业生存发展的土壤, keeps an answer's paragraph whole, as before)
        elif (asked or not _judging_lead(definition, term)) and (verb := _answer_restates(definition, term)) >= 0:
            definition = definition[verb:]
        elif asked and (topic := _restated_topic(definition, term)) > 0:
            definition = definition[topic:]  # 何谓X? / X,建基於…: the asked term restated as the sentence's topic, a comma after it
        elif asked and (quoted := _QUOTED_ANSWER.match(definition)) and _unquoted(quoted.group(1)) == _unquoted(term) and (
            verb := _ANSWER_VERB.match(definition, quoted.end())
        ):
            term, definition = quoted.group(1), definition[verb.end() :]  # 腾笼换鸟是什么意思 / “腾笼换鸟”是…: the term as quoted, from 是
        elif asked and (framed_at := attribution_end(definition, term)) >= 0 and _answer_restates(definition[framed_at:], term) >= 0:
            if _judging_lead(definition[framed_at:], term):  # 什么是X? / 《…》指出:X是…的基础: its standing, no definition
                continue
            definition = definition[framed_at + _answer_restates(definition[framed_at:], term) :]  # 《…》第二条指出:X是…: from 是
        elif asked and (scoped := _scoped_restatement(definition, term)) is not None:  # 手机搜狗输入法里的热词是什么 / 热词,作为…
            term, definition = scoped
        elif shorter := _shorter_restatement(definition, term):  # 农村“三变”改革 / “三变”改革发源于…: the shorter name restated
            definition = definition[shorter:]
        elif not _FOUNDER_FRAME.match(definition) and (subject := _restated_subject(definition, term)):
            # 甲类非处方药 / 甲类非处方药一般在药店…售卖: from 一般 (X由Y成立,是…: from 是, below)
            definition = definition[subject:]
        elif (framed := framed_restatement(definition, term)) >= 0:  # 1|「很牛」 / 「很牛」一詞是…: from 是
            definition = definition[framed:]
        elif framed == -2:
            continue  # 1|「內卷」 / 「內卷」同樣是今年的熱詞之一: its standing, no definition
        else:
            quoted = _QUOTED_RESTATEMENT.match(definition)  # 1. 一网通办 / “一网通办”是指…: the term as the paragraph quotes it
            if quoted and quoted.group(1) == strip_pinyin(term).strip(_SPACE):
                term, definition = quoted.group(0)[: quoted.end(1) + 1].strip(_SPACE), definition[quoted.end() :]
        if full := _FULL_NAME_APPOSITION.match(definition):
            definition = definition[full.end() :]  # X / X,全称为“Y”,是…: the full name left out, the definition from 是
        elif (
            (owned := _QUOTED_FULL_NAME.match(definition)) is not None
            and (full := _FULL_NAME_APPOSITION.match(definition, owned.end())) is not None
            and _unquoted(owned.group("term")) == _unquoted(term)
        ):
            # 環評是什麼? / 「環評」的全稱為「環境影響評估」,是透過…: the term as the answer quotes it, the definition from 是 (P2700)
            term, definition = owned.group("term"), definition[full.end() :]
        elif (founded := _FOUNDER_FRAME.match(definition)) and founded.group("subject") == strip_pinyin(term).strip(_SPACE):
            definition = definition[founded.end() :]  # X / X由Y成立,是…: who set it up left out, the definition from 是
        line = lines[i]
        at = line.start + line.raw.index(term) if term in line.raw else line.start
        last = lines[body_lines[-1]]
        end = last.start + len(last.raw.rstrip(_SPACE))
        clauses = _qizhong_ji_clauses(last)
        if clauses and definition.endswith(last.raw.strip(_SPACE)) and clauses[0][0] - last.start < len(last.raw):
            indent = len(last.raw) - len(last.raw.lstrip(_SPACE))  # the definition ends with the line, stripped
            parent = definition[: len(definition) - len(last.raw.strip(_SPACE)) + clauses[0][0] - last.start - indent].rstrip(_SPACE)
            out.append(([i, *body_lines], Found(term, parent, quote[: len(quote) - len(definition) + len(parent)], i + 1, at, clauses[0][1])))
            for _, start, item_term, item_definition, item_end in clauses:
                out.append(([], Found(item_term, item_definition, last.raw[start - last.start : item_end - last.start], last.index + 1, start, item_end)))
            continue
        if semicolon_closed:
            end -= 1
        out.append((claimed, Found(term, definition, quote, i + 1, at, end)))
    for claim, _ in out:
        if claim and claim[0] in asides:
            claim.extend(k for k in asides[claim[0]] if k not in claim)
    return out


# A glossary of this many headword cards at least is read card by card (a gloss, then perhaps its rules).
_GLOSSARY_CARDS = 3
# A paragraph opening with a condition (如受託人於…收到指示,…; 若…; 如果…): a rule applying the term, not its gloss; not
# examples led in by 如 and a colon (如:養老保險、醫療保險…: the card's kinds, part of its gloss).
_CONDITION_OPENING = re.compile(r"[\s\u3000]*(?:如果|假如|倘若|倘|若|如(?![同下何今此上例是:：、]))")


def _before_rule_paragraph(lines: list[_L], body_lines: list[int]) -> list[int]:
    """The lines of a card up to a later paragraph, set off by a blank line, that opens with a condition (截止時間 /
    不同受託人…收到。 / / 如受託人於任何一個非工作天內收到指示,…: a rule after the gloss, no part of it), when the
    paragraphs before it end their sentence; else all of ``body_lines`` (a paragraph going on about the term,
    香港的專職醫療人員包括…, stays in the gloss)."""
    for n, (k, after) in enumerate(zip(body_lines, body_lines[1:]), 1):
        if after > k + 1 and any(lines[m].blank for m in range(k + 1, after)) and _CONDITION_OPENING.match(lines[after].raw):
            text = "".join(lines[m].raw.strip(_SPACE) for m in body_lines[:n])
            return body_lines[:n] if _finished(text) else body_lines
    return body_lines


# A paragraph opening by counting the kinds a thing falls into (強積金基金共分六個類別,下文列出每類基金的特點。, a glossary's
# card over its classification table): it says how things are classed, not what the headword means. So does one listing the
# kinds it has and counting them (花蓮縣境內保安林種類 / 花蓮縣境內保安林共有水源涵養、土砂捍止、…及漁業等6種保安林;…, 851, a
# forestry branch's county section): 共有, the kinds named, 等 and their number.
_COUNTS_KINDS = re.compile(
    r"[^。！？!?，,；;]{0,20}?(?:(?:共分|分[为為成]|可分[为為成]?)|共有[^。！？!?，,；;:：]{2,60}?等)[\s\u3000]*[一二两兩三四五六七八九十\d]{1,3}[\s\u3000]*[个個]?"
    r"(?:类别|類別|大类|大類|类|類|种类|種類|种|種|组|組)"
)


# A headword line opened by a dash, a markdown list item (- 津城 / 指天津市中心城区,…, P995): a headword only over a paragraph
# opening as a definition, since an answer page's dashed labels head its sections as well.
_DASH_ITEM = re.compile(r"[\s\u3000]*-[\s\u3000]")


# A short line asking a question, no other sentence punctuation in it (二、乡村振兴的意义是什么?, 三会一课有什么作用?).
_QUESTION_HEADING = re.compile(r"[^，,。；;:：!！?？]{2,30}[?？]")


# A short line of a few characters with no punctuation: an author's name, a category tag.
_ASIDE_LINE = re.compile(r"[^\s\u3000，,。；;:：!！?？、()（）“”「」]{2,8}")


def _aside_before_answer(lines: list[_L], j: int, term: str) -> bool:
    """Whether line ``j``, right below a question title asking about ``term``, is an aside between the title and its answer:
    a short line (``超级管理员``, the answer's author; ``社會保障制度``, the card's category tag) above a paragraph opening with
    the asked term (``长期护理保险是什么意思?`` / ``超级管理员`` / ``长期护理保险就是…``, P1399; ``什麼是最低生活保障`` /
    ``社會保障制度`` / ``最低生活保障是一種社會保障制度。``, P1396). The answer is read past it; a line naming the term itself,
    or a paragraph below opening otherwise, is left as it was."""
    text = lines[j].clean.strip(_SPACE)
    core = term.strip(_SPACE + "“”「」\"")
    if not _ASIDE_LINE.fullmatch(text) or not core or core in text:
        return False
    k = j + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    return k < len(lines) and lines[k].clean.strip(_SPACE).lstrip("“「\"").startswith(core)


# The next numbered question of an FAQ, however long, its clauses set off by commas (1) 什么是「专工专责」规定? / 《条例》的… /
# 2) 在何等情况下,非指定工种分项…的注册建造业工人可进行该指定工种分项的技能工作?, 808; Q2: 如何申請,需要哪些文件?; and the
# other numberings the question lines take, headword_lines._PREFIX: ②, ⑵, 1.2, (b), b), 问题2:): the number
# says a new question starts, so it ends the answer above as a short question heading does. No full stop before the mark
# (an answer's own sentence asking back, 為什麼?因為…, is no numbered line).
_NUMBERED_QUESTION = re.compile(
    r"(?:\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．])|\d{1,2}[ \t\u3000]*[)）.．、]|[(（](?:\d{1,2}|[a-zA-Z])[)）]|[a-zA-Z][)）.．]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2793]|(?:[Qq]|问题|問題)\d{1,3}[\s\u3000]*[:：.．]?)"
    r"[\s\u3000]*[^。！!?？\n]{2,80}[?？]"
)


def _question_heading(text: str) -> bool:
    """A heading asking the next question of a page (``一、X的含义是什么?`` / ``指…。`` / ``二、X的意义是什么?``): it ends the
    answer above it even when it is no headword of its own (a question about the term's significance asks for points).

    >>> _question_heading("2) 在何等情况下,非指定工种分项注册熟练技工的注册建造业工人可进行该工种的技能工作?")
    True
    >>> _question_heading("为什么要这样做?因为条例规定。"), _question_heading("2) 工人在技工的指示下进行工作;")
    (False, False)
    """
    return _QUESTION_HEADING.fullmatch(text) is not None or _NUMBERED_QUESTION.fullmatch(text) is not None


# A labelled line of a list (基础分:通常为20分,…; - 组织生活:如…), and the labels that give a word's meaning, source or
# reading instead (含义:, 释义:, 出处:, 拼音:): a card's fields, not points.
_LABELLED_POINT = re.compile(r"(?:[-*+•·▪●][\s\u3000]*)?(?P<label>[^\s\u3000:：,，。；;、“”「」()（）【】]{2,10})[\s\u3000]*[:：][\s\u3000]*\S")
_CARD_FIELD = re.compile(
    rf"(?:{MEANING_LABEL}|概念|涵[义義]|内涵|內涵|意[义義]|解[释釋]|出[处處]|[来來]源|拼音|注音|[读讀]音|"
    r"英文|例句|近[义義][词詞]|反[义義][词詞]|用法|[词詞]性)"
)


def _points_below(texts: list[str]) -> bool:
    """Whether a headword line's explanation opens with two labelled lines (``积分构成`` / ``基础分:通常为20分,…`` /
    ``任务分:根据…进行赋分,…``, P1039): the line heads a list of points, settings or examples of the page's term, and
    none of its labels is a card's field (``含义:``, ``出处:``), so it is a section heading, no headword."""
    heads = [m.group("label") for t in texts[:2] if (m := _LABELLED_POINT.match(t))]
    return len(heads) == 2 and not any(_CARD_FIELD.search(label) for label in heads)


def _point_under_heading(points: list[bool], i: int, head: tuple, explanation: str) -> bool:
    """A numbered headword line under a heading announcing points (``一、政协委员的主要职责``, ``三、…的意义``: duties,
    roles, measures of the heading's term) whose explanation does not open as a definition is one of those points, as
    a numbered ``X:…`` point there is (``1. 政治协商`` / ``政协委员代表各自界别,参与…``: what members do, P502). The
    parts a lead-in announces (``X是指:``, ``…包括:``, P499) are no points: their heading names no duty."""
    return bool(points[i] and head[1] and not head[2]) and not (
        _opens_as_definition(explanation, head[0]) or _DEFINITION_LABEL.match(explanation) or _MEANING_LABEL.match(explanation)
    )


# A Chinese-numbered heading asking how to measure or assess a thing (二、如何衡量通货膨胀, notes._WAYS_HEADING's measuring kind).
_MEASURE_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[\s\u3000]*(?:如何|怎么|怎麼|怎样|怎樣)"
    r"(?:衡量|评估|評估|测算|測算|计算|計算|评价|評價)"
)
# A bracketed Latin abbreviation closing a headword (居民消费价格指数(CPI)).
_ABBREVIATION_AFTER = re.compile(r"[\s\u3000]*[(（][A-Za-z][A-Za-z0-9.&+-]{0,11}[)）][\s\u3000]*$")
# The headword restated as the subject of a definition's verb.
_SUBJECT_VERB = re.compile(r"[\s\u3000]*(?:是指|系指|係指|指的是|是(?![否的不在]))")


# The marks closing a clause: a predicate's first clause is read up to the first of them.
_CLAUSE_MARK = re.compile(r"[,，。；;:：!！?？]")


def _measure_glossed(lines: list[_L], i: int, term: str, explanation: str) -> bool:
    """Whether the numbered headword line ``i`` under a heading asking how to measure a thing (the nearest Chinese-numbered
    heading above it) is a measure glossed: its explanation restates the headword, its bracketed abbreviation left off, as
    the subject of 是 or 是指 naming no role or standing (二、如何衡量通货膨胀 / 1. 居民消费价格指数(CPI) / 居民消费价格指数是
    反映…的相对数。, review 64: the indices a price level is measured by, each defined; the dimensions P2733 measures a
    place's capacity along, 1. 空间容量 / 景点的空间大小是衡量…, are explained by other subjects)."""
    heading = next(
        (lines[k].clean.strip(_SPACE) for k in range(i - 1, -1, -1) if _NUMERAL_SECTION.match(lines[k].clean.strip(_SPACE))), ""
    )
    if not _MEASURE_HEADING.match(heading):
        return False
    key = QUOTE_MARK.sub("", _ABBREVIATION_AFTER.sub("", strip_pinyin(term)).strip(_SPACE))
    text = QUOTE_MARK.sub("", strip_pinyin(explanation))
    if len(key) < 2 or not text.startswith(key):
        return False
    verb = _SUBJECT_VERB.match(text, len(key))
    if verb is None:
        return False
    predicate = text[verb.end() :]
    return not (_role(predicate) or _weighs(predicate, term_core(key)))


def _shorter_restatement(definition: str, term: str) -> int:
    """Where the definition starts when the paragraph opens by restating the end of its headword line, a
    quoted name and what follows it (农村“三变”改革 / “三变”改革发源于…,即…, P206): after the restated words;
    0 otherwise. The restatement must hold the headword's quoted name and be followed by a word."""
    core = term.strip(_SPACE)
    quote = re.search(r"[“「][^“”「」]{1,12}[”」]", core)
    if not quote or quote.start() == 0:
        return 0
    tail = core[quote.start() :]
    if definition.startswith(tail) and len(definition) > len(tail) and "\u4e00" <= definition[len(tail)] <= "\u9fff":
        return len(tail)
    return 0


# What may follow a restated headword inside its own noun phrase or a clause of its own (X的…, X和Y…, X、Y…, X等…, X之…):
# the paragraph does not open with the headword as its subject.
# (以 alone opens a predicate, 以…形式,提供…, 308; only 以外, 以上, 以下 after the headword run on its noun phrase)
_NOT_PREDICATE = re.compile(r"[的之和与與及、等或跟同外]|以外|以上|以下")
# The predicates a glossary's restating paragraph opens with (一般在…售卖, 除了在…外,还可以…, 提供…, 以…形式,提供…, 如同…): how the
# thing is usually found, what it provides, what it is like. Others keep the paragraph whole, as the golds of answers and cards
# write it: a hedge before 是 (新质生产力简单说是…), a duty (普選必須建立…), a role (疫苗作为…, news about the word).
# (or the rule the thing follows, 根据…来决定…: 指數型基金 / 指數型基金根據所選定的指數內的採樣股票成份和比重,來決定…, P2857, a
# fund house's glossary: how an index fund picks its holdings, what it is)
_GLOSS_PREDICATE = re.compile(r"(?:一般|通常|主要|除了|如同|猶如|犹如|提供|用于|用於|根据|根據|以(?![及上下外后後前来來]))")
# A first clause closing as a time or condition (僱員自選安排實施後,…, X推出时,…, X出台以来,…): the headword is the subject of
# that clause, not of the sentence, and the paragraph tells what happened, no gloss opening after the headword.
_TIME_CLAUSE = re.compile(r"(?:后|後|时|時|前|以来|以來|之际|之際|期间|期間)$")


def _restated_subject(definition: str, term: str) -> int:
    """Where the definition starts when the paragraph under a headword line opens by restating the headword, unquoted,
    as its subject, directly before its predicate (``甲类非处方药`` / ``甲类非处方药一般在药店或者医院售卖,…``, P2796, a how-to
    site's numbered steps; ``全港發展策略`` / ``全港發展策略提供概括的土地規劃大綱,…``, 308, a planning department's annual
    report; glossary and how-to pages of any body write their paragraphs so): after the headword, as the paragraph
    restating it before 是 already does (地租 / 地租是…). 0 when the headword runs on into a longer noun phrase (X的…, X和…,
    X等…) or is the subject of a time clause (X實施後,…, 472), or the words after it are no Chinese."""
    core = term.strip(_SPACE)
    if len(core) < 2 or not definition.startswith(core) or len(definition) <= len(core) + 4:
        return 0
    rest = definition[len(core) :]
    if not "\u4e00" <= rest[0] <= "\u9fff" or _NOT_PREDICATE.match(rest) or not _GLOSS_PREDICATE.match(rest):
        return 0
    clause = _CLAUSE_MARK.split(rest, maxsplit=1)[0]
    return 0 if _TIME_CLAUSE.search(clause) else len(core)


# After a sentence end, 其中, then quoted names each run into 即, joined by semicolons, to the end of the
# paragraph (是指北京的两条绿化隔离带。其中,“一绿”即…;“二绿”即…。).
_QIZHONG_JI = re.compile(r"(?<=[。！？])[\s\u3000]*其中[,，][\s\u3000]*(?=[“「])")
_JI_CLAUSE = re.compile(r"([“「][^“”「」，,。；;]{1,15}[”」])(即[^“”「」；;。]*?(?:[；;]|。[\s\u3000]*$))")


def _qizhong_ji_clauses(line: _L) -> list[tuple[int, int, str, str, int]]:
    """The ``“Y”即…`` clauses after ``其中,`` closing a paragraph (142's 一绿/二绿, as P176's ``其中,Y是指…``): each
    an entry of its own (the semicolon left out), ending the definition above them. Returns
    (where 其中 starts, where the clause starts, term, definition, end) per clause, all offsets in the text;
    nothing unless the clauses, at least two, run to the end of the line."""
    raw = line.raw.rstrip(_SPACE)
    lead = _QIZHONG_JI.search(raw)
    if not lead:
        return []
    out, at = [], lead.end()
    while at < len(raw):
        clause = _JI_CLAUSE.match(raw, at)
        if not clause:
            return []
        definition = clause.group(2).rstrip("；;")
        out.append((line.start + lead.start(), line.start + clause.start(), clause.group(1), definition, line.start + clause.start(2) + len(definition)))
        at = clause.end()
    return out if len(out) >= 2 else []
