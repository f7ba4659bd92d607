"""Pass 3: prose definitions (``X是指…``, ``X指…``, ``X即…`` …) inside a unit."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.ordinary_pages import reported_speech
from policyterms.mining.extract_layouts.apposed_subjects import apposed_genus, naming_predicate, without_english_words, without_foreign_label
from policyterms.mining.extract_layouts.common import (
    ASKED_AFTER_MARKER,
    COMMON_NAME,
    DEFINING_ZHI,
    LEAD_IN_MARKER,
    PERIOD_OF_SENSE,
    QUOTE_MARK,
    SHORT_FORM_NAME,
    SPEAKER_SAY_LOOKBEHIND,
    Found,
    MarkerGroup,
    _AFTER_LOST_CHARACTER,
    MAX_TERM,
    _CLOSERS,
    _CLOSE_CLASS,
    _CRITERION,
    _LABELS,
    _MARKER,
    MEASURE_HEAD,
    _NOTE_IS,
    _NOTE_MARKER,
    _REMARK,
    _SENTENCE_END,
    _SPACE,
    _balanced,
    _good_term,
)
from policyterms.mining.extract_layouts.notes import _ALIAS, _GLOSS_IS, _SHORT_FORM_AFTER, _SOURCE_REMARK, STATUTE_LEAD_IN, _Unit, _strip_number
from policyterms.mining.extract_layouts.negated_senses import negated_then_sense
from policyterms.mining.extract_layouts.headword_lines import _unquoted
from policyterms.mining.extract_layouts.general import _VERB_PREFIX, DEFINITION_QUALIFIERS, sense_only
from policyterms.mining.extract_layouts.topics import _PLAIN_WORDS, _first_clause, _role, _weighs
from policyterms.mining.extract_layouts.place_leads import PLACE_LEAD, genus_after_aliases
from policyterms.mining.extract_layouts.citation_ends import before_other_source
from policyterms.mining.extract_layouts.run_in_slogans import (
    BUT_CLAUSE,
    GRANTED_WORD,
    RESTATED_CLAUSE,
    TASK_SLOGAN,
    counted_list_closes,
    counted_quoted_ji,
    quoted_piece_glossed,
)
from policyterms.mining.extract_layouts.indicators import status_then_defined
from policyterms.mining.extract_layouts.siblings import sibling_then_defined
from policyterms.mining.extract_layouts.sense_words import before_opinion
from policyterms.mining.extract_layouts.usage_glosses import kind_then_usage, usage_gloss, usage_term
from policyterms.mining.extract_layouts.quoted_frames import framed_quoted_term, located_meaning_term
from policyterms.mining.extract_layouts.ji_series import ji_series_marker
from policyterms.mining.extract_layouts.series_ends import closes_series
from policyterms.mining.extract_layouts.aspect_lead_ins import announces_own_aspects
from policyterms.mining.extract_layouts.ordinal_parts import next_ordinal_part


# 为 is a definition marker in the first sentence of a note or paragraph that defines a ratio:
# [5]全员劳动生产率为国内生产总值(按2015年价格计算)与全部就业人员的比率。
_RATIO_IS = re.compile(r"[为為]")
_RATIO_END = re.compile(rf"(?:[的之](?:比率|比值|比重|比例|百分比)|之比)[。{_CLOSE_CLASS}\s\u3000;；]*$")
# What follows a marker in a question, not a definition: 规模以上工业指的是什么意思
# (三区三线是指哪三区: a question heading without its question mark)
_ASKS = re.compile(ASKED_AFTER_MARKER)
# (据了解,常住人口是指…: a reporter's lead-in is a connective too)
_CONNECTIVE = re.compile(r"其中|因此|因而|首先|另外|此外|同时|同時|答|问|問|所谓|所謂|而|但|再如|又如|比如说|比如說|比如|例如|譬如|据了解|據了解|据悉|據悉|事实上|事實上|实际上|實際上|准确地说|準確地說|准确来说|準確來說|确切地说|確切地說|严格地说|嚴格地說|严格来说|嚴格來說"
    # (the writer reminding the reader of what is known: 我們知道,營商環境是指…, P2451; 众所周知,X是指…)
    r"|我们知道|我們知道|大家知道|众所周知|眾所周知")
# A clause putting a concept forward, then its gist given by a marker with no subject of its own but a gist word (2005年,聯合國第一
# 次明確提出普惠金融的概念,大意是指一個…的金融體系。, P3378, a Hong Kong daily's column; 世界银行提出了包容性增长的概念,是指…; 首次提出
# “新常态”的概念,其内涵是指…): the concept is the term, the definition opens at the gist word or the marker.
_CONCEPT_PUT_FORWARD = re.compile(
    r".*?(?:提出|引入|引进|引進|首创|首創|采用|採用)(?:了)?[\s\u3000]*(?P<term>[“「]?[^,，。；;:：“”「」\s\u3000]{2,20}?[”」]?)的概念"
    r"(?:[,，][\s\u3000]*(?P<gist>(?:其)?(?:大意|意思|内涵|內涵|含义|含義)))?"
)
# 其中 (当中) glued to the term with no comma (其中碳足跡(Carbon Footprint)可被定義為…, P3506; 其中X是指…): the connective, as
# after a comma, no part of the term; not 其中的…, a part named of what the sentence before listed.
# (nor a count or a share of what the sentence before named, 其中一部分是指…, 其中大部分是指外来务工人员: the part is no term, review 75)
_GLUED_AMONG = re.compile(
    r"[\s\u3000]*(?:其中|当中|當中)(?![的之,，]|[一二两兩三四五六七八九十几幾半\d]|(?:绝|絕)?大?(?:部分|多[数數])|少[数數]|有[些的])"
)
# A defining marker closing with a colon (X是指:A、B、C。): the colon is the marker's, no label's.
_MARKER_COLON = re.compile(r"(?:是指|指的是|系指|係指)[\s\u3000]*[:：]$")
def _built_on(sentence: str, key: str) -> bool:
    """Whether ``sentence`` names a quoted word longer than the term ``key`` and holding it (首店 → “首店经济”)."""
    return len(key) >= 2 and any(key in word and word != key for word in _QUOTED_WORD.findall(strip_pinyin(sentence)))


_QUOTED_WORD = re.compile(r"[“「]([^“”「」,，。]{2,12})[”」]")
# The word's original sense after a comma (首店,原意是指…, P1340): it opens the definition, as 原指 does.
_ORIGINAL_SENSE = re.compile(r"原意|本意|原义|原義|本义|本義")
# A field or setting framing a quoted term (具体到中国经济的讨论中,“三期叠加”通常指的是…, P1313; 在经济分析中,“X”…): no part of
# the term, which is the quoted word after the comma (an adverb may follow it, going with the marker).
_FIELD_FRAME = re.compile(r"(?:在|具体到|具體到|放到)[^,，。；;“”「」]{1,20}(?:中|里|裡|领域|領域|语境下|語境下)")
# (…,“三駕馬車”常用於指代…, P1331: a use verb after the adverb goes with the marker too)
_QUOTED_SUBJECT = re.compile(r"[\s\u3000]*[“「][^“”「」,，]{1,20}[”」](?:通常|一般|往往|主要|常|多)?(?:用于|用於)?[\s\u3000]*")
# A question put to the reader after a comma (“武汉1+8城市圈”指的就是…组成的城市圈,你知道其他八座城市都是哪些城市吗?):
# the gloss before it is complete, so the sentence still defines (a question about the term itself does not).
_READER_QUESTION = re.compile(r"[^?？]{4}[,，][\s\u3000]*(?:你|您|大家)(?:可|们|們)?(?:知道|了解|猜|清楚)[^,，。；;?？]{0,30}[?？][\s\u3000”」]*$")
# A headword followed by its other name after 即, then the marker (第三产业即服务业,是指…): the term is the first name,
# and 即 opens the definition (即时, 即将, 即使 are words of their own).
_ALSO_NAMED = re.compile(r"([^,，。；;:：即]{2,12})(即(?![时時期将將使便刻])[^,，。；;:：“”「」]{2,10})")
# A paragraph opening with an abbreviation in capitals, a comma and 即 defines it, like a quoted headword
# (GDP,即国内(地区)生产总值。GDP按2005年价格计算。…, P199).
_ABBREVIATION_JI = re.compile(r"[\s\u3000]*[A-Z]{2,6}[\s\u3000]*[,，][\s\u3000]*(即)(?![使便将將])")
# A paragraph opening with a quoted headword (a word of two characters at most after it), a comma and 是, going
# on after a comma with 即 (“一極兩中心兩地”,是…的目標定位,即…; “五個之城”建設,是…任務,即…, P205): the 是 defines it.
_QUOTED_COMMA_IS = re.compile(
    r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,30}[”」][^“”「」,，。；;:：\s\u3000]{0,2}[\s\u3000]*[,，][\s\u3000]*(是)(?![否在])(?=[^。！？!?]*[,，]即)"
)


# A headline or a title run into the paragraph opening under it, set off by a space (馬拉松經濟拉動168億元消費 馬拉松，特指…,
# P2736, a Hong Kong paper's article flattened with its subheading on the body's first line): the words before the last space
# between two Chinese characters are the headline, no part of the term — a term keeps no space between Chinese words (a space
# next to a Latin word or a figure, 核心 CPI, Z 世代, stays).
# Only a headline of four characters or more, in a paragraph not wrapped by spaces: a flipbook or a PDF copy that breaks its
# lines with a space (中國土地登記 制度係採托崙斯制。所謂土 地登記,係指…, 501) puts spaces inside words and sentences throughout
# the paragraph, where a headline run in leaves one.
_HEADLINE_BEFORE = re.compile(r"^.*[\u4e00-\u9fff）)」”][ \u3000]+(?=[\u4e00-\u9fff「“][^\s\u3000]*$)")
_HEADLINE_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
_SPACE_IN_SENTENCE = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")


def _wrapped_by_spaces(paragraph: str) -> bool:
    """Whether ``paragraph`` breaks its lines or words with spaces between Chinese characters, more than the one space a
    headline run into it leaves (see ``_HEADLINE_BEFORE``)."""
    return len(_SPACE_IN_SENTENCE.findall(paragraph)) > 1


# A news dateline, a teaser's label set off by a space (新华社北京3月7日电 排污权交易是指…, 导读 万元GDP能耗是指…) or the
# adverb 通常 glued before the headword (…划分。通常一区是指…): a frame before the term, no part of it, as the golds leave
# datelines and lead-ins out. 一般 is no such word (一般公共预算, 一般纳税人 are terms).
_LEAD_WORD = re.compile(
    r"[^\s\u3000,，。；;:：“”「」]{0,12}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)[\s\u3000]*"
    r"|(?:导读|導讀)[\s\u3000]*[:：]?[\s\u3000]*|通常(?![所说說讲講来來])"
    # (the other labels a portal or a paper sets over its standfirst, with a space or a colon after them: 导语 农民工工资专用账户
    # 是指…, P2660, a city portal's Q&A; 提要, 核心提示, 编者按 — the label, no part of the term)
    r"|(?:导语|導語|提要|核心提示|编者按|編者按)(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)"
    # (其实, a speaker's 'in fact' before the word just named: …浮現「中三角」,其實中三角指的是…, P1189)
    r"|其实|其實"
    # (a word the article named earlier, glossed at last: 上文提到的准入前国民待遇(…)则指…, P2346, a bilingual hot-word column)
    r"|(?:上文|前文|文中|前面|上面)(?:所)?(?:提到|提及|说到|說到)(?:的|过的|過的)"
)
# 其 and the term's essence or core as a subject (合同能源管理是…机制。其實質就是…, 其本质是…, 其核心是…): the term
# before, restated by its pronoun; no headword of its own, and the definition before goes on through it.
_ITS_ESSENCE = re.compile(r"其(?:实质|實質|本质|本質|核心|内涵|內涵|实质上|實質上|本质上|本質上)(?:就|即|则|則)?")
# A decimal paragraph number glued to the subject opening a paragraph of a numbered procedure or manual (8.1議員的舉止泛指…,
# 677): the paragraph's number, no part of the term. A decimal before a unit or a counter is a quantity of the term's own
# (3.5級地震, 2.5倍, 1.5億元).
_PARAGRAPH_NUMBER = re.compile(
    r"\d{1,2}(?:\.\d{1,2}){1,3}(?![级級倍万萬亿億元米度吨噸克斤里年代版个個号號秒分时時天寸尺公千百十线線])(?=[\u4e00-\u9fff「“])"
)
# A month.day date naming an event or a day (9.11事件, 5.12汶川地震, 7.21特大暴雨, 3.15国际消费者权益日, 5.1劳动节; review 48):
# the date is the name's own, no paragraph number, when the name closes on what such dates name.
_DATED_NAME = re.compile(
    r"(?:事件|事变|事變|地震|暴雨|洪水|洪災|洪灾|水災|水灾|大火|火灾|火災|惨案|慘案|血案|事故|运动|運動|起义|起義|节|節|日|晚会|晚會"
    r"|行动|行動|讲话|講話|精神|指示|批示|决议|決議|协议|協議|会议|會議|专案|專案|大案|要案|案)$"
)
_MONTH_DAY = re.compile(r"(?:[1-9]|1[0-2])\.(?:[1-9]|[12]\d|3[01])")
# A sentence leading into a table or a figure (下表是…, 如下图所示, 見上表): the article's data, no part of a gloss before it.
_TABLE_LEAD = re.compile(r"(?:如|见|見|详见|詳見)?(?:下|上|附)(?:表|图|圖)")
# A causal conjunction opening the clause of a word explained as a reason (…的例子,因为育龄女性是指…, P2809).
# (Not a thing pointed at, 因为本次招考是指定面向应届毕业生的, 因为这里是指…, review 65: 是 and a verb, or a remark on the text, no word
# explained.)
_BECAUSE = re.compile(r"(?:因为|因為|由于|由於)[\s\u3000]*(?P<term>(?![这這此该該本那其])[^\s\u3000,，。；;:：]{2,12})")
# A plain-words connective before the headword (简单来说,“告知承诺制”是指…, 通俗地说,全国两会是指…, 具體來說,新產業是指…)
# or between the headword and its marker (碳中和,顧名思義,是指…): no part of the term, nor of the definition.
_PLAIN_CONNECTIVE = re.compile(
    r"(?:简单|簡單|通俗|具体|具體)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)|(?:简单|簡單)而言|简而言之|簡而言之|顾名思义|顧名思義|换句话说|換句話說"
    # (a textbook's hedges: 一般而言,法的創制,指…; 立法機關,簡言之,就是…, 595, a law book's chapter)
    r"|简言之|簡言之|一般而言|一般(?:来|來)(?:说|說|讲|講)"
    # (and the hedge 基本上, as 一般而言 is one: 基本上,社會住宅係指由政府興建…, P2513, a church magazine's article)
    r"|基本上|大致上|大体上|大體上"
)
# A speaker's view opening the clause before the marker (台大地理系教授張石角則以「地盡其利」的角度闡釋國土規畫,他認為國土規畫即資源
# 最有效的利用,…, P2403; 有学者认为X是指…): the speaker and 认为 are no part of the term; the clause before the comma says who
# speaks and from which angle.
_SPEAKER_VIEW = re.compile(r"[^,，。；;:：“”「」]{0,12}?(?:认为|認為)[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：]{2,20})")
# 即 as "then, thereby" before a verdict's verb (本院認為被告所為即屬詐欺行為, 法院认为…即构成违约, 審計署認為有關開支即屬不當…, 外界
# 認為此舉即意味著…, 他認為政府即應…: a court's, an auditor's or a commentator's finding, review 53): the act is classed or judged,
# no word glossed.
_JI_VERDICT = r"(?:属(?![于於])|屬(?![于於])|构成|構成|意味|應|应|須|须|因)"
_SPEAKER_VERDICT = re.compile(r"认为|認為")
# A speaker's subject pointed at by a demonstrative (委员認為,該計劃即為…, 他认为这一做法是指…, review 53): a thing the speaker judges,
# no word he reads.
_SPEAKER_POINTS = re.compile(r"(?:认为|認為)[,，]?[\s\u3000]*(?:这|這|该|該|此|那|上述|上開|有关|有關)")
# (the legal classing verbs alone, with or without a speaker: 被告所為即屬詐欺行為, 上述行為即構成違約)
_JI_CLASSED = r"(?:属(?![于於])|屬(?![于於])|构成|構成)"
# (and the written register's 即 as that speaker's marker, right after the word 认为 names: 他認為國土規畫即資源最有效的利用; a 即 of
# time or consequence, 即使, 即将, 即可, is none)
_SPEAKER_VIEW_JI = re.compile(
    r"[^。！？!?；;]{0,40}?(?:认为|認為)[,，]?[\s\u3000]*[^\s\u3000,，。；;:：“”「」即]{2,12}?(即)(?![使便将將可刻时時]|"
    rf"{_JI_VERDICT})"
)
# A speaker defining a word after the clause saying who put it forward (…最早由芬兰智能交通协会主席…在2014年…提出,他将MaaS定义为:
# 通过…的出行服务模式, P2944, an expo's article on mobility as a service; 把X定义为…): 将/把 takes the word and 定义为 gives its
# definition, which opens there (as X的定義為… opens at 為's frame, 514). The clause before the comma is the word's history.
# (界定为, the scholar's verb for the same act: …普遍认为…,均将长寿风险界定为人口未来的平均实际寿命高于预期寿命所产生的风险。, P3022,
# a local news site's repost of an insurance scholar's column)
# (or the definer opening the sentence itself, named by two to eight characters, no clause before it: 学术界将“喘息服务”定义为:
# 一种让…的公共服务。, P3439, a business daily's feature giving the scholars' definition; 世卫组织将“健康”定义为…, 国家统计局将X定义为…)
_DEFINES_AS = re.compile(
    r"(?:[^。！？!?；;]{0,150}?[,，][\s\u3000]*[^\s\u3000,，。；;:：“”「」将將把]{0,8}?|[^\s\u3000,，。；;:：“”「」将將把]{2,8}?)(?:将|將|把)[\s\u3000]*"
    r"[^\s\u3000,，。；;:：将將把]{2,20}?((?:定[义義]|界定)[为為])(?=[:：]?[\s\u3000]*[^\s\u3000:：])"
)
# The passive definer after the word it defines (其中碳足跡(Carbon Footprint)可被定義為與一項活動(Activity)或產品的整個生命週期過程
# 所直接與間接產生的溫室氣體排放量,…, P3506, a county paper relaying its environment bureau; X被定义为…, X通常被界定为…): the
# definition opens at the definer, 可/可以 or an adverb of usage kept with it, as 一般是指 keeps 一般. The word is the sentence's
# subject, no clause before it; a question (是否仍被定义为家团成员?, 856) is none, and neither is a short classification closing the
# sentence (被定义为危险品。: what the thing is counted as, two to six characters), left to the checks on the definition.
_DEFINED_PASSIVE = re.compile(
    r"(?![\s\u3000])[^\n,，。；;:：“”「」被]{2,40}?((?:可以|可|通常|一般|往往)?被(?:定[义義]|界定)[为為])"
    r"(?=[:：]?[\s\u3000]*[^\s\u3000:：。；;]{8})"
)
# The last clause before 定义为/界定为 (他将MaaS, 均将长寿风险): who defines (at most eight characters), 将 or 把, and the word taken.
_DEFINER_NAMES = re.compile(r"[^\s\u3000,，。；;:：“”「」将將把]{0,8}?(?:将|將|把)[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：]{2,20})")
# (not a year or a period a report names, 今年以来,我市将2024年定义为“项目建设年”, 市长将今年定义为攻坚之年, review 67: the year's
# motto, no word defined)
_DEFINED_PERIOD = re.compile(
    r"[“「]?(?:(?:今|明|去|本|当|當|次|后|後|这一|這一)年度?|(?:19|20)\d{2}年度?|今后|今後|当前|當前|目前|新时代|新時代|本届|本屆|下一?阶段|下一?階段)[”」]?"
)
# (nor a thing ranked, 我们将乡村振兴定义为全县工作的重中之重, review 67: its standing, no class; nor a year's motto after 定义为,
# 攻坚之年, “项目建设年”)
_DEFINED_RANK = re.compile(
    r"[^,，。；;]{0,16}?(?:重中之重|头等大事|頭等大事|首要任[务務]|第一要[务務]|[关關][键鍵]所在)|[^,，。；;]{0,8}之年|[“「][^“”「」]{2,8}[”」](?:[,，。；;]|$)"
)
# The clause after another name given in a first sentence (X又名Y, / X也叫Y,) opening on a time or a tally of the year's work
# (今年全市新建二十家, 目前已投入资金三千万元, 截至去年底…): a news item on the thing under its other name, no gloss (review 67).
# (A year alone may open a gloss's date, 2000年以前建成的…, and is left.)
_NEWS_AFTER_ALIAS = re.compile(
    r"[^,，。；;]{1,20}[,，][\s\u3000]*(?:今年|去年|明年|前年|目前|近年|近期|日前|截至|截止)"
)
# A quoted word opening the last clause before a strong marker, however long the sentence before it (賀特首則推出「五階梯房屋政策」,
# 根據…購買能力,「五階梯」由下至上是指社會房屋、…, P2405, a column naming a policy, then glossing its quoted short name): the
# clauses before the comma name the thing and its purpose, the quoted word after it is the term, as 所谓 opens a gloss
# anywhere in a sentence. Only with a strong marker (是指, 係指, 系指, 指的是): after a bare 是 a quoted word is classed.
_STRONG_OPENINGS = ("是指", "係指", "系指", "指的是")
_ORDER_PHRASE = r"(?:由|从|從|自)[\u4e00-\u9fff]{1,3}(?:至|到|而)[\u4e00-\u9fff]{1,3}(?:依次|分别|分別)?"
# The clause may open with 其中 or 当中, "of these", pointing back at the list or name the sentence just gave (…推展「三業三政」的
# 青年政策大方向,當中「三業」是指學業、置業和創業三方面, P2426, a Hong Kong column; 其中“X”是指… in any register): the frame word
# says which of the named things the clause takes up, no part of the term.
_AMONG_FRAME = re.compile(r"[\s\u3000]*(?:其中|当中|當中)[\s\u3000]*(?=[“「])")
# The clause's subject: the frame, the quoted word and an order phrase, before its marker.
# (the quoted word may carry its English name in brackets, as Hong Kong and Taiwan papers write it: 在英國,「棕地」(brownfield)是指…,
# P2691, a Hong Kong column; the name stays in the term, as when no frame stands before it)
_QUOTED_CLAUSE_HEAD = (
    rf"[\s\u3000]*(?:(?:其中|当中|當中)[\s\u3000]*)?[“「][^“”「」,，。；;:：]{{1,20}}[”」]"
    rf"(?:[\s\u3000]*[(（][A-Za-z][A-Za-z .'\-]{{0,40}}[)）])?[\s\u3000]*(?:{_ORDER_PHRASE})?[\s\u3000]*"
)
_QUOTED_CLAUSE_SUBJECT = re.compile(_QUOTED_CLAUSE_HEAD)
_QUOTED_CLAUSE_IS = re.compile(rf"(?<=[,，]){_QUOTED_CLAUSE_HEAD}(是指|係指|系指|指的是)")
# A counted member of a list named in quotation marks and glossed after a comma (第二階梯是「經濟房屋」,是出售的公共房屋,…, P2405, a
# column walking up a housing ladder; 其一是“X”,即…; 第三类为“X”,是指…): the ordinal and its noun say which member, the quoted
# name is the term, the gloss opens at its marker. A bare 是 naming a role (是…的关键, 是…的基础) gives a verdict, no gloss.
_ORDINAL_NAMED_IS = re.compile(
    r"[\s\u3000]*(?:第[一二三四五六七八九十\d]{1,3}(?P<noun>[\u4e00-\u9fff]{0,3}?)|其[一二三四五六七八九十])(?:是|为|為)[\s\u3000]*"
    r"(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」])[,，][\s\u3000]*(?P<marker>是指|係指|系指|指的是|即(?![使便将將可刻时時])|是(?![否在不非为為]))"
)
# A quoted word named by the kind of thing it is, then glossed after a comma by 即 (零碳園區建設的核心指標是“單位能耗碳排放”，即
# 園區內每消費一噸標準煤的各類能源所排放的二氧化碳量。, P2555, a press copy; 改革的基本思路是“X”，即…; 其核心理念为“X”，即…):
# the subject's head noun (指标, 概念, 理念, 原则, 思路, 机制, 模式 …) says the quoted word is a name, the writer stops to
# spell it out, as a counted member's gloss (_ORDINAL_NAMED_IS) or a described quoted word's (_DESCRIBED_QUOTED_JI) is
# spelled out; an entry from 即, the frame no part of the term. Only the strong 即 after the comma: a bare 是 there gives a
# verdict as often as a gloss, and a subject of any other head (他的回答是“不”，即…, 口号是“…”) names no concept.
_KIND_HEAD = (
    r"(?:指[标標]|概念|理念|原[则則]|思路|机制|機制|模式|制度|[标標]准|[标標]準|路[径徑]|方[针針]|战略|戰略|[体體]系|框架|"
    r"要求|目[标標]|核心|关键|關鍵|[内內]容|[举舉]措|措施|政策|策略|方法|做法|路[线線]|定位|[门門][槛檻])"
)
_KIND_NAMED_JI = re.compile(
    rf"[^。；;:：“”「」,，]{{0,40}}?{_KIND_HEAD}(?:就是|便是|是|为|為)[\s\u3000]*"
    r"(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」])[\s\u3000]*[,，][\s\u3000]*(?P<marker>即)(?![使便将將可刻时時])"
    r"(?![\s\u3000]*(?:[\d０-９]|[〇零一二三四五六七八九十两兩]+(?:年|月|日|号|號|个|個|季度)))"
)
# A subject that opens with its word and says it again right before the marker, after a comma, a renaming or a cited frame
# between (碳交易即「碳排放權交易」,根據聯合國《京都議定書》,碳交易是以國際公法作依據的溫室氣體排減量交易,…, P2550, a Hong Kong
# paper's knowledge card; X,根据…的规定,X是指…): the writer restates the word after the aside, which is the term; the aside (a
# renaming, the source) is part of neither term nor definition, the definition opening at the marker as the restatement's.
_RESTATED_SUBJECT = re.compile(r"(?P<term>[^\s\u3000,，。；;:：“”「」『』()（）《》]{2,12})(?:即|[,，]).{2,60}?[,，][\s\u3000]*(?P=term)")
# A rank, a person, a stop or a day counted (第一名, 第二位, 第三站, 第二棒, 第一天, review 53): the member named is a winner, a
# person or a place, and a bare 是 after its name describes that one (「台北101」,是台灣最高的建築物; “张明”,是来自本市的一名退休
# 教师), no kind of a list glossed.
_RANK_NOUN = re.compile(r"(?:名|位|站|棒|天|日|晚|场|場|轮|輪|届|屆)$")


def _rung_verdict(rung: re.Match, predicate: str) -> bool:
    """Whether a bare 是 after a counted member named in quotes gives no gloss (review 53): a role or a standing weighed
    (是今年经济工作的首要任务, 是国家发展的重要战略), or a counted rank, person or stop described (:data:`_RANK_NOUN`)."""
    noun = rung.group("noun") or ""
    return bool(_role(predicate) or _weighs(predicate, rung.group("term").strip("“”「」")) or _RANK_NOUN.search(noun))


# The opposite word, set against the one the paragraph just defined by a frame pointing back at it and glossed in turn
# (…清单以外领域则充分开放。与其相反的“正面清单”(positive list)自然就是国家明确开来允许外商投资准入…的领域,…, P2346, a bilingual
# hot-word column; 与之相对的“X”是指…): the frame and the adverb (自然, 则, 就) are no part of the term (its English name in brackets
# kept, as the golds keep it), the gloss opens at the marker. Only after a definition on the page (the word it is set against);
# a bare 是 there gives the opposite's class as the definition before gave the word's.
_OPPOSITE_QUOTED_IS = re.compile(
    r"[\s\u3000]*(?:与|與)(?:其|之|此)(?:相反|相对|相對)的[\s\u3000]*"
    r"(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」](?:[\s\u3000]*[(（][A-Za-z][A-Za-z .\-]{1,60}[)）])?)"
    r"[\s\u3000]*(?:自然|则|則|也)?[\s\u3000]*(?P<marker>就是指|就是(?![说說])|是指|指的是|即(?![使便将將刻时時可])|是(?![否在不非]))"
)
def _opposite_verdict(opposite: re.Match, text: str) -> bool:
    """Whether a bare 是 after the opposite word judges it (review 53): 也是 (it too is…, a comparison, 与其相反的“逆差”也是一个
    重要指标), or a role or a standing weighed (是今年改革的重点)."""
    if text[: opposite.start("marker")].rstrip(_SPACE).endswith("也"):
        return True
    predicate = text[opposite.end("marker") :]
    return bool(_role(predicate) or _weighs(predicate, opposite.group("term").strip("“”「」")))


# The kind of word naming the language (是汉语中一个…的名词, 是一个汉语词汇, P1306, P1058): a dictionary's aside on the word,
# no part of its definition, which opens at the marker; a field's term (是一個中國大陸的術語, 是一个经济学术语) stays in it.
_LANGUAGE_WORD = re.compile(r"汉语|漢語|中文|现代汉语|現代漢語")
# A source's attribution before the headword (國家統計局指出,新産業指…): no part of the term either.
# (据浙江大学社会学系教授毛丹介绍,内卷…原意是指…: a reporter's attribution naming the speaker, P540; a pronoun for the source the
# sentence before named, GDPR第4條中則就假名化予以定義。其指出,經假名化之個人資料,係指…, P3007, a Taiwan law firm's article)
_SAYS = re.compile(
    # (说明 as 解释: 台電說明，需量反應是指…, P3065, a news agency's report)
    # (and a spokesman's plain 说, 漁護署發言人說,…, P3172 — not a lead-in's or hearsay's, 就是说, 换句话说, 据说, 听说, nor a hedge's,
    # 可以说, 所以说, 应该说, 坦率地说, 或者说, 不得不说, review 71)
    rf"(?:[^,，。；;:：“”「」]{{2,12}}|[其它他她])(?:指出|表示|介绍|介紹|认为|認為|解释|解釋|说明|說明|{SPEAKER_SAY_LOOKBEHIND}说|{SPEAKER_SAY_LOOKBEHIND}說)|(?:据|據)[^,，。；;:：“”「」]{{2,30}}(?:介绍|介紹|表示|说明|說明)"
    # (or a cited document's own statement, its title and article named: 《办法》明确,公共数据资源授权运营是指…, P2545; 《条例》第三条
    # 规定,X是指…: the document speaks as a source does, its words no part of the term)
    r"|《[^《》]{1,40}》(?:第[^,，。；;:：《》]{1,12}[条條款项項])?(?:明确|明確|规定|規定|界定|写明|寫明)"
    # (or the level or point of view the definition speaks from: 从基础概念层面来看,低效用地是指…, P1055)
    r"|(?:从|從)[^,，。；;:：“”「」]{1,15}(?:来看|來看|看来|看來|来说|來說|而言)"
    # (or the kinds of thing the definition holds for: 对于电影、纪录片、综艺节目、电视剧,公开播放指公开放映,…, 589, a scheme's rules
    # giving one word a sense per kind of work; as 就某一税种而言,是指… holds for a kind, P1779)
    r"|(?:对于|對於)[^,，。；;:：“”「」]{1,30}"
    # (or a law's scope lead-in: 二、為適用本法律的規定,公共部門是指…, 359, as 本办法所称 is left out)
    # (為適用本行政法規的規定,醫療人員是指…, 340: an administrative regulation's scope lead-in, the same)
    r"|(?:[一二三四五六七八九十]{1,3}、)?(?:为|為)(?:适用|適用|施行|执行|執行)本(?:法律|法|条例|條例|办法|辦法|规章|規章|细则|細則|行政法[规規])(?:的)?(?:规定|規定)?"
    # (or the law an official page cites for the sense: 根據《…議事規則》( “《議事規則》”),立法會秘書指…, 510; 根据《防止贿赂条例》,
    # 公职人员包括…, 在《防止贿赂条例》中,利益包括…, 490; 根據第9/2021號法律《消費者權益保護法》第三條,“消費者”是指…, 491)
    r"|(?:根据|根據|依据|依據|依照|按照|在)[^,，。；;《》]{0,16}《[^《》]{1,40}》(?:[^,，。；;《》]|《[^《》]{1,20}》){0,30}?(?:中|内|內|裡|里)?"
    # (a rule cited by its quoted common name, no title marks: 根據「用電大戶條款」,用電大戶指的是…, P2946, a Taiwan energy firm's
    # blog; the name closes on a rule's word, 條款, 條例, 辦法 …)
    r"|(?:根据|根據|依据|依據|依照|按照|在)[\s\u3000]*[“「][^“”「」,，。；;]{2,20}(?:条款|條款|条例|條例|办法|辦法|规定|規定|规则|規則|法|指引|准则|準則|标准|標準|公约|公約)[”」](?:中|内|內|裡|里)?"
    # (or the body whose definition the sentence gives: 依據美國聯邦政府博物館和圖書館服務機構之定義,州立圖書館是…, 571;
    # 根據國際勞工組織的定義,失業者是指…: the attribution is no part of the term, the gloss being the body's)
    r"|(?:根据|根據|依据|依據|依照|按照|按)[^,，。；;:：“”「」]{2,30}?(?:的|之)(?:定义|定義|界定)"
)
# A body or a person stating or explaining, the clause of a news report's attribution (台電說明, 漁護署發言人說, 當局指出): the
# speaking verbs of :data:`_SAYS` that report a statement — not 认为, a view set against others' (有人认为…,但也有专家认为…).
_SPEAKER_EXPLAINS = re.compile(
    rf"(?:[^,，。；;:：“”「」]{{2,12}}|[其它他她])(?:指出|表示|介绍|介紹|解释|解釋|说明|說明|{SPEAKER_SAY_LOOKBEHIND}说|{SPEAKER_SAY_LOOKBEHIND}說)"
)
# A '?' standing for a character lost in a mojibake copy ends no sentence; nor does '?!' before mojibake where a stop and an
# opening quotation mark were lost (…現代化?!爸袊浆F代化”是…, P566; P272, P362, P480 have it): the sentence after it has
# lost its headword, so it stays inside the definition before it (as P566's gold keeps it).
_LOST_CHARACTER = rf"\?!(?=[\u4e00-\u9fff])|\?(?={_AFTER_LOST_CHARACTER})"
_SENTENCE = re.compile(rf"(?:[^{_SENTENCE_END}；;]|{_LOST_CHARACTER})*(?:[{_SENTENCE_END}；;][{_CLOSE_CLASS}]*|$)")
# A lead clause that places the term inside a whole (第三产业增加值构成中,其他服务业包括…).
_WITHIN = re.compile(r"[在]?[^,，。；;：:]{2,16}(?:构成|構成|分类|分類|总额|總額|总量|總量|产业|產業|行业|行業)?[中里内]")
# (两者/二者: a remark on the two terms just defined goes on the last of them, …法规解读则是…。两者虽然侧重点不同,…, P545)
# (简单来说,就是…: a plain-words restatement of the definition before it goes on it, P564, as P481's 通俗地讲,…)
# (正如前面所述,…: a remark referring back to what the paragraph said goes on its last definition, 302's 「晚上」)
_CONTINUES = re.compile(
    r"^(?:不?包括|不?含|其中|即|也|还(?!有)|還(?!有)|它|该|該|这|這|此|并|並|但|两者|兩者|二者"
    r"|正如(?:前面|上面|前文|上文)?(?:所述|所说|所說)|如前所述"
    # (a textbook's remark on the definition just given, 應當注意,一.從主體上說,…之分。, 595's 法的創制: a caution about it)
    r"|(?:應當|应当|應|应)注意[,，]"
    rf"|(?P<plain>(?:{_PLAIN_WORDS}|也就是(?:说|說)|(?:说|說)白了)[,，]))"
)
# (a plain-words connective restates only when the words after it restate — 就是, 即, 它, 指 … — or name the term; 简单来说,
# 今年全市要重点抓好…: the report's next topic in plain words, no part of the definition)
# (nor an illustration in plain words: a case supposed after the connective, 簡單的說,若刻意减少配房給男性申請者,女性申請者…
# 便可縮短, P2898, a Hong Kong open letter after its 平均輪候時間是指…; 简单来说,如果…,就…: what the defined figure does in a case,
# the definition's own explanation, as a report's next topic never opens with a supposition)
_RESTATES = re.compile(r"[\s\u3000]*(?:就是|也就是|即|是|指|意思|它|其|这|這|若|如果|假如|假設|假设|倘若|要是)")


# A field framing a marker with no word of its own (碳汇是指从大气中清除二氧化碳的过程…。在林业中主要是指植物吸收…, P2310, a
# news site's knowledge point; 在法律上是指…, 在经济学中通常指…): the sense the term before takes in that field, the same gloss
# going on. A framed word is another matter (在经济分析中,“X”是指… names its term after the frame, see _FIELD_FRAME), and
# so is a bare 是 after the frame (在这方面是…: prose about something else).
_FIELD_SENSE = re.compile(
    r"(?:在|于|於)[^,，。；;“”「」]{1,12}?(?:中|里|裡|上|领域|領域|方面|语境下|語境下)[\s\u3000,，]*"
    r"(?:主要|通常|一般|多|则|則|常|也|亦|又|还|還|特别|特別)?(?:是指|系指|係指|指的是|泛指|特指|专指|專指|意指|指(?![出导導引挥揮示明定令向南标標数數针針战戰望日]))"
)
# (指标, 指数, 指针 open nouns: 在统计上,指标体系包括…, 在实践中,指数化投资产品…, sentences on something else, review 51)


def _continues(sentence: str, key: str) -> bool:
    """Whether ``sentence`` goes on about the definition before it (:data:`_CONTINUES`), a plain-words connective only
    before a restatement or the term (``key``); or gives the term's sense in a field (:data:`_FIELD_SENSE`)."""
    if _FIELD_SENSE.match(sentence):
        return True
    match = _CONTINUES.match(sentence)
    if match is None or match.group("plain") is None:
        return match is not None
    return bool(_RESTATES.match(sentence, match.end())) or len(key) >= 2 and key in strip_pinyin(sentence)


# The kind of saying a word is (比喻说法, 形象的说法, 俗称), before a comma and the marker: a verbless gloss of the headword
# above (1、新三样 / 比喻说法,指…), no term of its own.
_KIND_OF_SAYING = re.compile(
    r"(?:比喻|形象|通俗|口头|口頭|诙谐|詼諧|戏谑|戲謔|民间|民間)(?:的|性)?(?:说法|說法|叫法|用语|用語)|比喻|俗称|俗稱|戏称|戲稱"
)


def _opens_topic(sentence: str, key: str) -> bool:
    """Whether ``sentence`` opens with a plain-words connective not restating the definition before it (``简单来说,今年全区
    要重点抓好…``): the next topic in plain words, which ends even the one definition of a paragraph; or with a speaker's
    turn to another quoted word (``然后是“三农”,这个“三农”问题大家都很熟悉。``, a colloquial explainer's next part)."""
    turn = _TURNS_TO.match(sentence)
    if turn is not None and turn.group("word") not in key and key not in turn.group("word"):
        return True
    match = _CONTINUES.match(sentence)
    if match is None and (besides := _BESIDES.match(sentence)) is not None:
        # 工业用地指…用地。另外,为支持…新型产业项目,2020年,我局…出台《…》: another subject (P1338), unless the clause names the term
        return len(key) < 2 or key not in strip_pinyin(re.split(r"[,，。；;]", sentence[besides.end() :], maxsplit=1)[0])
    return match is not None and match.group("plain") is not None and not _continues(sentence, key)


# A sentence turning to something besides (另外,…, 此外,…): it goes on about the term only when its first clause names it.
# (…。另外,还包括民办非企业单位。: 还/也/亦 add to the same definition)
_BESIDES = re.compile(r"(?:另外|此外)[,，][\s\u3000]*(?!还|還|也|亦)")


# A speaker turning to the next quoted word (然后是“几届”, 接着讲“双碳”, 说到“内卷”, 再说“三农”): P583's and its kind's lead clauses.
_TURNS_TO = re.compile(
    r"(?:然后|接着|接著|接下来|接下來|再|下面|说到|說到|谈到|談到|讲到|講到)(?:是|说说?|說說?|讲讲?|講講?|来看|來看|看看?)?[\s\u3000]*"
    r"(?:这个|這個|这|這)?[“「](?P<word>[^“”「」]{1,12})[”」]"
)


# A note or paragraph opening with a quoted headword, a comma and 即 defines it: “河长制”,即由…
# (“四个全面”战略布局,即“…”: a short word after the quoted name stays in the headword)
# (the comma may go when the quoted word opens the note right before 即: (2)“一个中心”即以经济建设为中心。, P1310)
_QUOTED_JI = re.compile(
    r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,30}[”」](?:[^“”「」,，。；;:：\s\u3000]{0,4}[\s\u3000]*[,，]|[\s\u3000]*)[\s\u3000]*"
    r"(即)(?![使便将將可刻时時]|日(?:起|开始|開始|生效|施行|实施|實施))"
)
# A sentence opening with a quoted headword glued to 即 right after a sentence defining a word (“气十条”即《大气…》…的治理。
# “水十条”即《水污染防治行动计划》…): the next word of a series, as at a paragraph's start; a paragraph's run-in glosses
# after a lead sentence (…重大战略举措。“一圈”即…;“一带”即…) are the series reader's.
_SERIES_QUOTED_MARKED = re.compile(r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,12}[”」](?:即|是指|指的是|指|是)")
_SERIES_QUOTED_GLOSS = re.compile(r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,12}[”」](即(?![使便将將可刻时時])|是(?![否在]))")
# 所谓X,是指… / 所谓X,就是…: the frame word is no part of the term, and after it 就是 defines.
# X,通俗的讲就是… / X,简单来说就是…: a plain-words frame defines X; the definition keeps the frame.
_PLAIN_WORDS_IS = re.compile(
    # (the plain words are part of neither term nor definition, which opens at 就是: 景点的承载能力,简单来说,就是一个景点能够容纳的
    # 游客数量…, P2733, a travel site's answer; 「數位憑證皮夾」…,簡單來說,就是手機裡的「數位證件夾」, P2454)
    r"[^,，。；;:：]{1,25}[,，][\s\u3000]*(?:(?:通俗|简单|簡單|简单来|簡單來)(?:地|的)?(?:讲|講|说|說)|说白了|說白了)[,，]?[\s\u3000]*(就是)"
    # (a textbook's 簡言之 leaves the plain words out: 立法機關,簡言之,就是制定法律的機關。, 595; the definition opens at 就是)
    r"|[^,，。；;:：]{1,25}[,，][\s\u3000]*(?:简言之|簡言之|简而言之|簡而言之)[,，]?[\s\u3000]*(就是)"
)
# A law's quoted term deep in an interpretation's sentence, after 所稱 and a qualifier (基於…之立法目的,…,本條例第二條第一項所稱
# 依法辦理之「商業登記」,係指…, 363): the purpose and the citation before it are no part of the term, which the quotation marks
# delimit; a strong marker (係指, 是指) must follow the closing mark.
_CITED_QUOTED = re.compile(
    r"所[称稱](?:之|的)?(?:[^，,。；;「」“”]{0,12}?(?:之|的))?(?=[「“][^」”，,。；;]{1,20}[」”][,，]?[\s\u3000]*(?:係指|系指|是指))"
)
# A statement quoted after a colon whose own subject is a word in inner quotation marks and a strong marker (備註:…會議
# 決議事項:「『火災受傷定義』係指…均應列入受傷統計。」, 437): a remark quoting a ruling's definition; what comes before the
# quotation (who decided it, when) is no part of the term, which the inner marks delimit.
_QUOTED_RULING = re.compile(r"[:：][\s\u3000]*[「“](?=[『‘][^』’「」“”，,。；;:：]{1,20}[』’][\s\u3000]*(?:係指|系指|是指))")
# A law's clauses quoted after a colon, each opening with the statute's 所稱 (…施行細則]第三條指出:「所稱大學分設學系,涵蓋…;所稱
# 單獨設研究所,係指…」。, 683, an encyclopedia card quoting an act's enforcement rules): the law's own definitions, each clause
# an entry ending at its semicolon or where the quotation closes; 所稱 marks them as definitions, so a clause giving the word's
# extension by 涵蓋, 包括 or 包含 defines it too, as after 本法所稱 (_STATUTE_TERM_INCLUDES). Later clauses of the same quotation
# open with 所稱 again after the semicolon.
# A law's article cited in running prose and its definition quoted after the verb citing it (从征信监管层面看,《征信业管理条例》第2条
# 明确“征信业务是指对企业…的信用信息…进行采集、整理、保存、加工,并向信息使用者提供的活动”,其第16条规定“…”, P3391, a self-media
# legal article): the quotation opens with the word and a strong marker, so it is the law's definition, ending where the quotation
# closes; the sentence around it (who cites it, the next article) is none of it. Only a title in 《》 and its article before a
# citing verb: a speaker's quoted words (他说:“X是指…”) are read as before.
_QUOTED_ARTICLE = re.compile(
    r"《[^》\n]{2,40}》(?:第[一二三四五六七八九十百零\d]{1,6}[条條](?:第[一二三四五六七八九十\d]{1,4}[款項项])?)?"
    r"[\s\u3000]*(?:明确|明確|规定|規定|指出|写明|寫明|载明|載明)[\s\u3000]*[:：]?[\s\u3000]*[「“]"
    r"(?=[^」”「“，,。；;:：]{2,20}?(?:是指|係指|系指))"
)
_QUOTED_LAW_CLAUSE = re.compile(r"[:：][\s\u3000]*[「“](?=所[稱称])")
_LAW_CLAUSE_OPENING = re.compile(r"[\s\u3000]*所[稱称]")
_LAW_CLAUSE_INCLUDES = re.compile(
    r"[\s\u3000]*所[稱称](?:之|的)?[^\s\u3000,，。；;:：「」“”()（）]{2,20}?[,，][\s\u3000]*(涵蓋|涵盖|包括|包含)(?![:：])"
)
# (the quotation may close before the sentence's full stop, 「『X』係指…統計」,並回溯…: it ends at the mark then; a quotation
# inside the ruling, 依「某法」,…, closes its own mark first)
_RULING_CLOSE = re.compile(r"[「“」”]")


def _ruling_close(body: str, start: int, end: int) -> int | None:
    """The offset just past a quoted ruling's words (its full stop kept, its closing mark left out), or None when it does not close."""
    depth = 0
    for mark in _RULING_CLOSE.finditer(body, start, end):
        if mark.group() in "「“":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return mark.start()
    return None
# An act's phrase before the quoted words its enforcement rules define (本法第二條第一項所稱財產之取得「依據法律規定」係指…, 606):
# the quotation marks delimit the defined words, the phrase they are taken from is their frame, no part of the term (as
# _CITED_QUOTED leaves a qualifier closing on 之 out). Only after a statute's 所稱 lead-in; acts on 606 alone among the
# pages (its article 2), the plain shape of a law's rules glossing the act's quoted words.
_FRAMED_QUOTED_WORD = re.compile(r"[^\s\u3000,，。；;:：「」“”]{2,8}((?:「[^「」,，。；;]{2,20}」|“[^“”,，。；;]{2,20}”))[\s\u3000]*")
# 所谓的X是指…: the frame may take 的 (所谓的永久基本农田是指…), still no part of the term; or 之, as Taiwan's written
# register writes 的 (所謂之性騷擾係指…, 706; 所謂之「X」).
_SO_CALLED = re.compile(r"^[\s\u3000]*(?:所谓|所謂)(?:的|之)?[\s\u3000]*")
# The law that rules a quoted word, before it (《新控煙法》規定的"室內場所"是指…, 556: a briefing reporting a law's definition):
# the law's frame, no part of the term, as 本法所称 is none.
# (or the law's article quoted with its number, the term run on after it: 《中华人民共和国劳动合同法》第十四条无固定期限劳动合同,
# 是指…, P2674, a law firm's article quoting the statute; any quoted provision is headed so, 《…》第N条 before its words)
_LAW_RULED = re.compile(
    r"^[\s\u3000]*《[^《》]{1,30}》(?:(?:中)?(?:所)?(?:规定|規定|所称|所稱|所指)的?[\s\u3000]*(?=[“\"「])"
    r"|第[一二三四五六七八九十百零〇\d]{1,6}[条條](?:第[一二三四五六七八九十\d]{1,3}[款项項])?[\s\u3000:：]*(?![规規的中之指所]))"
)
# 这“X”分别指的是…: a demonstrative before a quoted headword is no part of it, and 分别 before the marker opens
# the definition.
_THIS_QUOTED = re.compile(r"(?:这|這|该|該|此)(?:个|個)?(?P<term>[“「][^“”「」,，。；;:：]{1,25}[”」])[\s\u3000]*(?P<each>分别|分別)?")
# “Y”则是指…: after a quoted headword, 则 joins it to its marker (a parallel definition), no part of the term.
# (or after a bracketed English name closing the term, 上文提到的准入前国民待遇(pre-establishment national treatment)则指…, P2346)
_QUOTED_THEN = re.compile(r"(?:(?<=[”」\"])|(?<=[A-Za-z][)）]))[\s\u3000]*[则則]$")
# (所謂的三個課程,就是…: the frame may take 的 before 就是 or 指的是, which define; 所谓的改革,是一场深刻的自我革命 is a
# verdict on a so-called thing; 所谓“照”,指的是…: 指的是 defines after the frame as 就是 does; so does the written
# register's 即, 所谓前瞻,即预先定费,…, P2300, a news explainer glossing a word of the name it just gave, not 即使, 即将, 即可)
# (所謂消費者,依照消費者保護法第二條第一款的規定,是指…, 747, a city's consumer-protection page: the law laying the
# definition down may stand between the frame and the marker, a citation clause closing on 規定; it is no part of the
# term, as cited_rules leaves 依據「…」第三條 out)
_CITATION_CLAUSE = r"(?:依照|依據|依据|根據|根据|按照)[^,，。；;:：]{2,30}?(?:規定|规定)[,，][\s\u3000]*"
_SO_CALLED_IS = re.compile(
    r"[\s\u3000]*(?:所谓|所謂)(?:(?!的)|的(?=[^,，。；;:：]{2,25}[,，][\s\u3000]*(?:就是|指的是)))"
    rf"[^,，。；;:：]{{1,25}}[,，][\s\u3000]*(?:{_CITATION_CLAUSE})?(就是|指的是|即(?![使便将將可刻时時])|是(?![否在]))"
)
# The frame glued to its word's 是 with no comma between, opening a paragraph (  所謂過渡性房屋是為輪候公屋或其他居住環境惡劣人士
# 提供的一些短期房屋。, P2407, a Hong Kong column's aside in its fourth paragraph; 所谓X是… in any register): the frame says the
# sentence names the word it then glosses, as 所谓X,是… does; the word runs to the first 是 that is no adverb's (就是, 也是, 只是
# … leave it a verdict or a gloss read elsewhere) and holds no 的 frame (所谓的改革是… is a verdict on a so-called thing).
# Not a question (所谓X是怎样…的?, 是什么, 是否, 是为何), nor a negation (是不是, 不是), nor a purpose (是为了…).
_SO_CALLED_GLUED_IS = re.compile(
    r"[\s\u3000]*(?:所谓|所謂)(?![的之])[\s\u3000]*[^\s\u3000,，。；;:：?？!！是]{2,12}?"
    r"(?<![就也都只正便才即还還又不並并乃实實确確倒总總亦却卻])(是)"
    r"(?![否在不非怎什甚如哪何]|[为為](?:了|何|什|甚))"
)
_QUESTION_END = re.compile(r"[?？][\s\u3000”」]*$")
# A maxim's verdict after the glued frame (所谓创新是企业发展的灵魂, 所谓民生是最大的政治, 所谓发展是硬道理, review 53): the
# predicate weighs the word (a role, a figure, a standing) or ranks it first (是最…, 是第一…), as a slogan does, no gloss.
_RANKED_FIRST = re.compile(r"(?:最|第一|头等|頭等|首要|硬道理)")
_SO_CALLED_PREFIX = re.compile(r"^(?:所谓|所謂)")


def _glued_verdict(text: str, so_called: re.Match) -> bool:
    """Whether the predicate after a glued ``所谓X是`` is a verdict on X (review 53), not its gloss."""
    predicate = text[so_called.end(1) :]
    word = text[: so_called.start(1)].strip(_SPACE)
    word = _SO_CALLED_PREFIX.sub("", word).strip(_SPACE)
    clause = _first_clause(predicate)
    return bool(_role(predicate) or _weighs(predicate, word) or _RANKED_FIRST.match(clause))
# A bare 是 after the frame opening an amount or a period (所謂補助,根據本計畫規定,是每人每月新臺幣三千元。 所謂申請期限,…,是自公告日
# 起三十日內。, review 50): how much or how long a rule grants, no meaning of the so-called word.
_AMOUNT_OR_PERIOD = re.compile(
    r"是(?:每|自(?!己|身|然|主|由|治|愿|願|发|發)|[从從](?=[^,，。]{0,12}[起至到])|\d|[一二三四五六七八九十两兩百千][^,，。]{0,3}[元年月日天]|新臺幣|新台幣|新台币|人民币|人民幣|港幣|港币|澳門元|澳门元)"
)


def _amount_or_period(text: str, at: int) -> bool:
    """Whether the bare 是 at ``at`` opens an amount or a period (:data:`_AMOUNT_OR_PERIOD`) and its sentence names no class
    after 的 (review 51): ``所谓财政年度,是一年内政府预算收支起讫的有效期限。``, ``所谓承运人,是从事将货物从起运地运送到目的地的
    经营者。``, ``所謂自然人,是自出生時起即享有權利能力的人。`` open as an amount or a period does (一年, 从…起, 自…起) but close on
    the class they describe, a gloss; an amount or a period names none (是每人每月新臺幣三千元, 是自公告日起三十日內)."""
    if not _AMOUNT_OR_PERIOD.match(text, at):
        return False
    stop = _CLAUSE_STOP.search(text, at)
    return "的" not in text[at : stop.start() if stop else len(text)]


# Where the sentence an amount or a period opens ends.
_CLAUSE_STOP = re.compile(r"[。！？!?；;]")
# A closing quotation mark, ending a law's quoted clauses.
_CLOSING_QUOTE = re.compile("[」”]")
# A sentence's lead citing the law and the article that define the word after it (按我國消費者保護法第2條第9款規定,定型化契約係指,
# 以…, P2641, a Taiwanese law firm's blog; 根據第11/2009號法律《打擊電腦犯罪法》第11條的規定,電腦詐騙是指…, 859): 按, 依, 根據 …, the law's
# name — in 《》, 「」, “” or bare, ending as laws are named (法, 條例, 規則, 辦法, 細則, 準則) — its article (第N條, 第N項, 第N款)
# and 規定: the citation frames the definition, the clause after its comma is the term. A lead naming no article (依法規定, 根據上述
# 規定) is left to the other rules.
_CITED_RULE_LEAD = re.compile(
    r"(?:按|依|依據|依据|根據|根据|依照|按照)[\s\u3000]*(?:我國|我国|本國|本国|台灣|臺灣|澳門|澳门|香港)?[^,，。；;:：]{0,16}?"
    r"(?:《[^《》]{2,40}》|「[^「」]{2,40}」|“[^“”]{2,40}”|[\u4e00-\u9fff]{2,20}?(?:法|條例|条例|規則|规则|辦法|办法|細則|细则|準則|准则))[\s\u3000]*"
    r"第[一二三四五六七八九十百零\d]{1,6}[條条](?:第[一二三四五六七八九十\d]{1,4}[項项])?(?:第[一二三四五六七八九十\d]{1,4}款)?[\s\u3000]*"
    r"(?:之|的)?(?:規定|规定)"
    # (or the act the page is about, named by 本 or 該 without an article, 依據本法規定,所謂「環境影響評估」係指…, P2694, a Taiwan
    # education site's card on the EIA Act; 根据该条例规定,X是指…: the same cited rule)
    r"|(?:按|依|依據|依据|根據|根据|依照|按照)[\s\u3000]*(?:本|該|该|此)(?:法|條例|条例|規則|规则|辦法|办法|細則|细则|準則|准则)(?:之|的)?(?:規定|规定)"
)
_CITED_AFTER_TERM = re.compile(r"[,，][\s\u3000]*(?:依照|依據|依据|根據|根据|按照)[^,，。；;:：]{2,30}?(?:規定|规定)[,，]?[\s\u3000]*$")


# 而“三线”则是指…: a connective before a quoted headword run in after a semicolon is no part of the term.
# A term introduced with its abbreviation in brackets, then 为 naming its class in one clause closing on 的/之 and a noun
# (一、居民身分證(葡文縮寫為BIR)為足以向…證明持有人之身分…之文件。, a decree's first paragraph, P305): 为 defines it, as in
# a ratio's first sentence; a figure after it (地区生产总值(简称GDP)为1234亿元) or a clause after a comma says no class, and
# an office closing it (…(以下简称市环境局)为本市环境保护工作的主管部门。) names a body's duty in a regulation, not a class.
_ABBREVIATED_IS = re.compile(
    r"[\s\u3000]*[^\s\u3000,，。；;:：()（）]{2,20}[(（][^()（）]{0,12}(?:缩写|縮寫|简称|簡稱)[^()（）]{1,12}[)）][\s\u3000]*([为為])"
    r"(?=[^,，。；;:：\d]{4,}[的之][^的之,，。；;:：\d]{1,6}(?<![部门門关關构構位])。)"
)
# A paragraph opening with a word, a comma and 為 naming its class by the word's own head noun (公有土地,為國有、直轄市有、…或
# 鄉(鎮、市)有之土地。, 709, a land office's FAQ answer): the genus repeating the head says the clause classes the word, as a
# glossary's gloss does; 為 with another closing noun (X,為本市重要之建設。) is left, a verdict or a role.
# Not a particular thing the page points at (上述土地, 該案土地, 前項土地, 本次會議, 本市土地, 去年的活動: a determiner opens the
# subject, the clause says what that thing is), nor a ranking or an order (臺北車站,為全臺最重要之車站。, 國立臺灣大學,為臺灣第一所
# 設立之大學。: a superlative or an ordinal in the genus, a verdict or a fact about one place; review 49).
_DETERMINER = r"(?:本|該|该|此|這|这|那|上述|前述|上開|上开|前開|前开|前[項项條条款]|去年|今年|明年|上年)"
_HEAD_GENUS_IS = re.compile(
    rf"[\s\u3000]*(?!{_DETERMINER}[\u4e00-\u9fff]{{2}})"
    r"(?P<term>[^\s\u3000,，。；;:：()（）]{0,18}?(?P<head>[\u4e00-\u9fff]{2}))[,，]([为為])"
    r"(?![^。；;:：]*?(?:最|第[一二三四五六七八九十\d]|唯一))(?=[^。；;:：]{2,}?[的之](?P=head)。)"
)
# A statistics table's numbered note glossing a row label with 为 and the class it counts (注:1.旅游饭店为列入我委统计范围的酒店、
# 宾馆,社会旅馆接待人数含…。, 431 and 694, Hainan's monthly tourism tables): a short label, 为, a clause with no figure
# closing on 的 and the class's nouns at a comma or a stop; a figure after 为 (…收入为61.56亿元) is a value, no class. Only on
# a line opening with the note label 注: (a report's or a law's numbered items use 为 in every other sense: 坚持以人民为中心的…).
# (a determiner opening the label, 本月数据为初步统计的结果,下同。, 本表数据为…: a remark on the table's figures, review 49)
_NOTE_WEI_CLASS = re.compile(
    rf"[\s\u3000]*(?!{_DETERMINER}[\u4e00-\u9fff])"
    r"[^\s\u3000,，。；;:：为為\d]{2,12}([为為])(?=[^,，。；;:：\d]{2,}的[^的,，。；;:：\d]{1,12}[,，。])"
)
# The next clause with a label of its own and a note's verb (,社会旅馆接待人数含…, ,全省总计包括…): it ends the class gloss before it.
_NEXT_LABEL_CLAUSE = re.compile(r"[,，](?=[^,，。；;:：\d]{2,12}(?:不?含|不?包括|为|為)[^,，。；;]{2,})")
# A law's defined word after its lead-in naming the law (本法律所指的傳染病為附表所列的疾病,…, 494; 本辦法所稱X為…), then 為
# naming its class in a clause closing on 的/之 and a noun: the lead-in says the sentence defines, so 為 is its marker, as
# 指 is. A body closing it (本法所稱主管機關為內政部, 本條例所稱主管機關為…之主管部門) names who is in charge, not a class.
_STATUTE_TERM_IS = re.compile(
    r"[\s\u3000]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][\s\u3000]*)?"
    r"本(?:法律|法|条例|條例|办法|辦法|规章|規章|细则|細則|规定|規定|要点|要點)所(?:[称稱]|指)(?:的|之)?[^\s\u3000,，。；;:：()（）]{2,20}?(?<!机关)(?<!機關)(?<!单位)(?<!單位)([为為])"
    r"(?![准準限止之主])(?=[^,，。；;:：\d]{2,}[的之][^的之,，。；;:：\d]{1,6}(?<![部门門关關构構位署局处處会會府院])[,，。；;])"
)
# A civil code's definition article, ``稱X者,謂…`` (稱普通抵押權者,謂債權人對於…優先受償之權。, 598, 民法 第860條 on a city's
# law database; 稱買賣者,謂…, 稱租賃者,謂… throughout the code), after the article's bracketed caption where the print view
# keeps it ((抵押權之定義)稱…): 謂 defines as 指 does, the frame 稱…者 and the caption no part of the term (the caption names
# the article, not the word it defines).
_CODE_TERM_MEANS = re.compile(
    r"[\s\u3000]*(?:[(（][^()（）\n]{1,20}[)）][\s\u3000]*)?[称稱](?P<term>[^\s\u3000,，。；;:：()（）稱称]{2,20}?)者[,，]?[\s\u3000]*([谓謂])(?![之])"
)
# A law's defined word after its lead-in naming the law, then 包括 (本法所稱原住民,包括山地原住民及平地原住民,其身分之認定,…依下列
# 規定:, 597, a definitions article on the national law database): the lead-in says the sentence defines, so the word's
# extension is its definition, as 包括 in a numbered note is; without the lead-in 包括 lists parts, no definition.
_STATUTE_TERM_INCLUDES = re.compile(
    r"[\s\u3000]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][\s\u3000]*)?"
    r"本(?:法律|法|条例|條例|办法|辦法|规章|規章|细则|細則|规定|規定|要点|要點)所(?:[称稱]|指)(?:的|之)?[^\s\u3000,，。；;:：()（）]{2,20}?[,，]?[\s\u3000]*(包括|包含)(?![:：])"
)
# A sentence naming the term's definition and giving it with 為 (“家暴兒童”的定義為“施暴者對…的行為…。”, 514, an indicator
# page quoting its guideline; X的定义是…): 為 after 的定義 defines as 是指 does, the frame's 的定義 no part of the term (a cited
# guideline's lead before it, 根據《…指引》第二章的2.4.1, is left out as any cited law's is).
_DEFINITION_NAMED_IS = re.compile(
    r"(?:[^。；;]{0,60}?[,，][\s\u3000]*)?[^,，。；;:：]{2,25}?的(?:" + DEFINITION_QUALIFIERS + r")?定[义義][\s\u3000]*([为為是])(?![否不指])"
)


def _note_marker_after_named_definition(marker: re.Match[str] | MarkerGroup, text: str) -> bool:
    """Whether a numbered note's weak marker (``包括``, ``含``, ``反映``) comes after the sentence's own named definition
    (``1.體能活動的定義是可消耗能量的任何形式身體動作,包括在工作…期間進行的活動。``, 919, a legislature's research notes;
    ``(2)就业人员的定义为…,不包括…``): the frame's 是 gives the definition, and what it includes is part of it, as in a
    sentence without the note number.

    >>> _note_marker_after_named_definition(_NOTE_MARKER.search("體能活動的定義是身體動作,包括做家務。"), "體能活動的定義是身體動作,包括做家務。")
    True
    >>> _note_marker_after_named_definition(_NOTE_MARKER.search("體能活動包括做家務。"), "體能活動包括做家務。")
    False
    """
    if not isinstance(marker, re.Match) or marker.re is not _NOTE_MARKER:
        return False
    named = _DEFINITION_NAMED_IS.match(text)
    return named is not None and named.end(1) <= marker.start() and not _HELD_DEFINITION.search(named.group())


# (not a definition someone holds of a word, 世界衛生組織對健康的定義為…, 我們對成功的定義是…: the holder is no part of the term,
# and an opinion's 對X的定義 defines nothing; 相對貧困的定義為… keeps its 對)
_HELD_DEFINITION = re.compile(r"[\u4e00-\u9fff](?<![绝絕相针針面反核应應比配敌敵一不])[对對]於?[^,，。；;:：]{1,25}?的定[义義][\s\u3000]*[为為是]$")
# (至于“X”,就是…: a topic connective turning to the next quoted word is none either)
# (or 其中的 before a quoted part of the slogan just named, 会议…提出了“五级书记抓乡村振兴”,…。而其中的“五级书记”是指…, P2195:
# 'the … in it' points back to the slogan; the quoted part is the term, as the golds leave frames pointing back out)
_BUT_QUOTED = re.compile(r"^(?:而|但|至于|至於|(?:而)?其中的)[\s\u3000]*(?=[“「])")
# A sentence turning to the next quoted word with 至于 and glossing it after a comma with 就是 (首先要談的是「凌晨」,它泛指…。
# 至於「晚間」,就是日間的相反,…。, a blog's run-in glosses of quoted words): 就是 defines the word as 所谓X,就是… does.
# (and a release's next term turned to unquoted, glossed with a strong marker or what it mainly covers: 技術創新活動是指…。
# 至於非技術創新活動,主要包括在機構策略、管理…所實施的重要變革。, 516, a statistics release; the qualifier 主要 kept)
_AS_FOR_QUOTED_IS = re.compile(
    r"[\s\u3000]*(?:至于|至於)[\s\u3000]*(?:[“「][^“”「」,，。；;:：]{1,20}[”」][\s\u3000]*[,，][\s\u3000]*(就是)(?![说說])"
    r"|[^\s\u3000“”「」,，。；;:：]{2,12}[,，][\s\u3000]*((?:主要|一般|通常)?(?:是指|系指|係指|包括|包含)))"
)
# An adverb of extent alone between the headword's comma and its marker (澳门设计品牌营运,主要指以直接销售…的品牌产品。, 592, a
# scheme's funded-area line; X,一般指…; X,通常指…): it opens the definition, as it does glued to the term (X主要指…).
_ADVERB_BEFORE_MARKER = re.compile(r"主要|一般|通常|通常情况下|通常情況下")
# A subject framed by the writer's here and now before such an adverb (本次检查,主要是指…; 今年的重点任务,主要指…; 这里所说的
# 改革,主要是指…; 我市今年的经济增长,主要是指…, review 60): a report's remark on what it speaks of, no term. Not an account's
# name opening with 本年 (本年利润,主要是指…), nor a name holding 说的 (小说的改编权,主要是指…): review 61.
_FRAMED_SUBJECT = re.compile(
    r"^(?:本次|此次|本案|這次|这次|該|该|這|这|此|今年|本年(?=度|的)|今後|今后|下一步|我們|我们|我市|我省|我區|我区|我縣|我县|我國|我国)"
    r"|(?:所|這裡|这里|此處|此处|上面|上文|前面|前文)(?:說|说|講|讲)的"
)
# 即 (亦即, 也即) glued between the headword and 是指 or 指 (生物多樣性即是指「…」, P2690, a Hong Kong paper's article; X即指…): the
# written-out "that is" of the marker, which opens the definition as 主要 or 一般 does, no part of the term. Not after the
# adverbs 立即, 随即, 旋即, 当即 (words of their own, no headword ends so).
_JI_BEFORE_MARKER = re.compile(r"(?<![立随隨旋当當])(?:亦|也)?即$")
# A word said to have no settled definition, then glossed in its usual sense (本港對棕地未有清晰統一定義,一般泛指…, P2698, a Hong
# Kong think tank's analysis; 我國對「濕地」則未有公認的定義,大抵來說,是指…, P2695, a Taiwan school's web-fair page): a place or
# body and 對, the word, 未有 (沒有, 並無) a clear, unified or agreed definition, a comma, then a plain-words connective or an
# adverb of usage before the marker. The word is the term; the definition opens at the adverb (一般泛指…) or at the marker (the
# connective, 大抵來說, left out as 簡單來說 is). (Not a demonstrative after 對: 政府對此至今未有定義,一般指…, review 63, the
# matter pointed at, no word.)
_NO_AGREED_DEFINITION = re.compile(
    r"(?:[^,，。；;:：]{0,8}?(?:对|對))(?![此其这這该該])(?P<term>[^,，。；;:：]{2,20}?)[\s\u3000]*(?:则|則|并|並|仍|尚|还|還|目前|現時|现时)?"
    r"(?:未有|没有|沒有|并无|並無|尚无|尚無|未)[^,，。；;:：]{0,8}?(?:定义|定義)[\s\u3000]*[,，][\s\u3000]*"
    r"(?:(?:大抵|大致|大体|大體|简单|簡單|一般|通常)(?:上|地|的)?(?:来说|來說|而言|来讲|來講)[\s\u3000]*[,，]?[\s\u3000]*)?"
    r"(?P<adverb>一般|通常|主要|大致|大体|大體)?"
)
# A digit or 年 in the clause after a subject's comma (“规模以上工业企业”,1998-2006年,是指…): a period, opening the definition.
_DIGIT_OR_YEAR = re.compile(r"\d|年")
# A paywalled portal's count of the characters held back, closing the free paragraph (…创新创造活力。(剩余1071字), P2575, a
# magazine-article portal; 还剩…字, 剩餘…字 on other portals): the page's furniture, no part of the definition it cuts.
_PAYWALL_MARK = re.compile(r"(?<=[。！？!?])[\s\u3000]*[(（\[【](?:剩余|剩餘|还剩|還剩|余下|餘下)[\s\u3000]*\d{1,6}[\s\u3000]*字[)）\]】][\s\u3000|]*$")
# A paragraph the copy left whole, ending with a stop or a closing bracket (…的技能人才。…创新创造活力。(剩余1071字)): not one
# broken inside a sentence (…。当时在 / 延安的…), whose definition another reading carries over the break.
_WHOLE_PARAGRAPH = re.compile(r"[。！？!?)）】\]][\s\u3000]*$")
# A short label and its colon opening the line before such a headword (创意设计领域:澳门设计品牌营运,主要指…): the label names the
# area the line is about, the word after the colon is the one glossed.
_LINE_LABEL = re.compile(r"[\s\u3000]*[^\s\u3000,，。；;:：“”「」]{2,10}[:：][\s\u3000]*")


def _after_label(subject: str) -> str:
    """``subject`` without a short label and colon opening it (see :data:`_LINE_LABEL`)."""
    label = _LINE_LABEL.match(subject)
    return subject[label.end() :] if label else subject
# A clause ending on a quoted word, then a comma and 它 before the marker (首先要談的是「凌晨」,它泛指…): the pronoun points back
# to the word, which is the term; the clause naming it is none of it.
_QUOTED_THEN_IT = re.compile(r".*?(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」])[\s\u3000]*")
# A sentence opening with a quoted term (“大包干”这个词起源于…初期,…。), then one whose subject is 它 and a strong marker
# (它指的是…): the pronoun stands for the quoted term, and the definition opens at the marker; the sentence before (an
# origin, a time) is no part of it. A bare 是 after 它 (它是…的重要标志) is a verdict, no definition, and a quoted term
# before 的 (“大包干”的成功实践…。它…) is not the subject 它 stands for.
# (an answer's bracketed title before it, 【高职高考是什么意思】“高职高考”是…的一个概念,…。它是指…, P1250, is no part of it)
# (or an encyclopedia entry's headword, unquoted, opening the sentence before with a comma and the word's foreign origin or
# literal translation, 邻避效应,源自英文“Not In My Backyard”…,直译为…。它指的是…, P2207: the origin is no part of the definition)
_IT_AFTER_NAMED = re.compile(
    r"[\s\u3000]*(?:【[^【】\n]{2,30}】[\s\u3000]*)?(?:(?P<term>[“「\"][^“”「」\",，。；;:：]{1,20}[”」\"])(?![的之])"
    r"|(?P<headword>[^\s\u3000“”「」\",，。；;:：()（）的]{2,12})[,，][\s\u3000]*"
    # (the word's foreign origin or its literal translation, not any 来自 clause: 近年来,来自农村的…。它… names no word)
    r"(?=(?:源自|源于|源於|来源于|來源於|译自|譯自)?(?:英文|英语|英語|日语|日語|拉丁语|拉丁語|希腊语|希臘語|法语|法語|德语|德語|外语|外語)|直译|直譯|音译|音譯))"
)
# 它 and a sense's adverb before the marker (“四梁八柱”是一个形象化的比喻,…。它原本指的是…, P1326): the adverb goes with the
# sense, kept as the golds keep 原本指 (P1211).
_IT_SENSE = re.compile(r"[\s\u3000]*它[\s\u3000]*(?P<adverb>原本|本来|本來|原来|原來|最初|通常|一般)")
_STRONG_AFTER_IT = re.compile(rf"(?:就)?(?:是指|指的是|指的就是|{DEFINING_ZHI})")
# A clause giving a quoted name (名“湘楚”, 被称为“内卷”) right before a strong marker, after a comma (湖南古属楚,名“湘楚”,
# 主要是指洞庭湖、湘西和湘北区域,…): the marker glosses the name just given, not the sentence's subject; an adverb
# (主要, 一般, 通常) opens the definition; so does a concept just put forward (…提出了“蘇南模式”這一概念,指…). Other names
# of the subject itself (又称, 简称) are aliases, read above.
_NAME_GIVEN = re.compile(
    r"(?:.+?[,，][\s\u3000]*(?:名|名为|名為|被称为|被稱為|称为|稱為|叫做|被叫做)[\s\u3000]*(?P<term>[“「][^“”「」,，。；;:：]{1,15}[”」])"
    # (or a concept named by whoever put it forward: 1984年,費孝通教授首先提出了“蘇南模式”這一概念,指…)
    r"|.*?(?:提出|提出了)(?P<concept>[“「][^“”「」,，。；;:：]{1,15}[”」])(?:这一|這一|这个|這個|的)?(?:概念|说法|說法|提法))"
    r"[\s\u3000]*[,，][\s\u3000]*(?P<adverb>主要|一般|通常)?"
)
# A paragraph's first sentence dividing its subject into kinds before giving its genus after a comma (傷殘津貼可分為普通傷殘
# 津貼及高額傷殘津貼,是社會福利署…每月提供的現金津貼,…, 632, an FAQ answer): the division is an aside, as another name is
# (X,又称Y,是…); the subject is the term and the definition opens at 是. A division with no genus after it (X可分为A和B。) or a
# 是 opening a verdict (是否, 是在, 是因为) gives nothing here, nor a subject pointed to (本市交通可分为…,是城市运行的基础; 该项工作…:
# a report's sentence about its own matters, review 46). It acts on 632 only among the bundled and shared pages.
_DIVIDED_THEN_GENUS = re.compile(
    r"[\s\u3000]*(?P<term>(?![本该該这這此其])[^,，。；;:：\s\u3000]{2,12}?)(?:可以|可)?(?:分為|分为|分成)[^,，。；;:：]{2,30}[,，][\s\u3000]*"
    r"(?P<genus>是)(?![否不在因由为為])"
)
# 统一战线就其广义而言,是指…;就其狭义而言,是指…: the sense a definition gives opens it, and a clause giving
# only another sense (就其狭义而言,是指…) goes on the entry instead of naming a term.
# A sense framing the term before its marker as an adverbial, 上的 (广义上的PPP泛指…, P2285, a journal paper's section on a
# word's connotation): the sense is what the definition gives, the word after 的 the term. Not the adjective 廣義的X (廣義的特殊
# 兒童, 565; 狹義的立法, 595: the golds name each sense's word so, an entry each).
_SENSE_FRAME = re.compile(r"(?:从|從|在)?(?:广义|廣義|狭义|狹義)(?:上|层面上|層面上)的[\s\u3000]*")
# The other sense opening the next sentence (狭义上PPP的典型模式是…, 狭义的X是指…, 从狭义上讲,…).
_OTHER_SENSE = re.compile(r"(?:从|從|在|就其)?(?:广义|廣義|狭义|狹義)")
_SENSE_QUALIFIER = re.compile(r"(?:就其|从其|從其|从|從|在)?(?:广义|廣義|狭义|狹義)(?:上|而言|来说|來說|来讲|來講)?(?:[来來]?[说說讲講])?[\s\u3000]*[,，]?[\s\u3000]*$")
# 党的建设是党的工作的属概念,又是党务工作的种概念,它是指…: the pronoun 它 restates the term that opens the
# sentence after the clauses placing it; the definition starts at that first 是.
_IT_RESTATES = re.compile(
    r"(?:(?:一般|通常|总的|總的)(?:而言|来说|來說|来讲|來講)[\s\u3000]*[,，][\s\u3000]*)?"  # 一般而言,党的建设是…: a hedge, no part of the term
    r"(?P<term>[^,，。；;:：是]{2,15}?)(?=是(?![否不]))[^。；;:：]{2,60}?[,，][\s\u3000]*它$"
    # “三通一平”是一個中國大陸的術語,指的是…: the kind of word, then the marker with the subject left out (not
    # …是…的一个重要概念,指的是…, an article's introduction)
    r"|(?P<kind_of>[^,，。；;:：是]{2,15}?)(?=是(?![否不]))[^。；;:：,，]{1,30}(?:术语|術語|名词|名詞|用语|用語|词语|詞語)[,，][\s\u3000]*$"
)
# Quoted names in a row before 分别 and a marker (“兩個屏障”“兩個基地”“一個橋頭堡”分別指的是——…;…;…。): the slogans glossed
# together in turn, one headword as written, not prose around a quoted word.
# A name quoting a part of itself (专精特新“小巨人”企业是指专注于细分市场、…的排头兵企业。, P2278, a news topic page): a short
# qualifier, the quoted part, a kind noun of a list, opening its paragraph and glued to a strong marker (no comma between) — the name
# as written is the term. Prose around a quoted word (着力解决“三老”问题,是指…) stands after a comma or in a sentence's middle.
# The kind noun closes the name (企业, 工程, 制度 …): a task's object (问题, 工作) makes the subject a clause.
# (a qualifier opening with a task's verb or its adverb, 全力打造“美丽乡村”示范区, 积极创建“无废城市”示范区, 加快建设“智慧城市”平台:
# the sentence states a task, and what 是指 gives is the task's aim, no name's meaning; review 49)
_TASK_OPENING = (
    r"(?:全力|积极|積極|大力|着力|著力|加快|深入|切实|切實|持续|持續|努力|全面|扎实|扎實|稳步|穩步|打造|建设|建設|创建|創建|争创|爭創|"
    r"推进|推進|推动|推動|实施|實施|开展|開展|加强|加強|强化|強化|深化|完善|构建|構建|培育|落实|落實|做好|抓好|提升|打赢|打贏)"
)
_NAME_QUOTING_A_PART = re.compile(
    rf"(?!{_TASK_OPENING})"
    r"[\u4e00-\u9fff]{2,6}[“「][\u4e00-\u9fff]{2,8}[”」](?:企业|企業|工程|行动|行動|计划|計劃|制度|模式|政策|项目|項目|经济|經濟|体系|體系"
    r"|机制|機制|城市|社区|社區|乡村|鄉村|村|镇|鎮|园区|園區|基地|平台|平臺|产品|產品|品牌|人才|试点|試點|示范区|示範區)"
)
_STRONG_GLUED = ("是指", "指的是", "系指", "係指")
_QUOTED_SERIES = re.compile(r"(?:[“「][^“”「」,，。；;:：]{1,20}[”」][、和与與及]?){2,6}")
# 何谓「新质生产力」?据…的解读,是指…: an attribution in place of the subject defines the term the question just
# before it asks about.
_ATTRIBUTION = re.compile(r"^(?:据|據|根据|根據|按照|依照)[^,，。；;:：]{2,40}[,，]$")
_ASKED_BEFORE = re.compile(r"[\s\u3000]*(?:何谓|何謂|何为|何為|什么是|什麼是|什么叫|什麼叫)(?P<term>[^,，。；;:：?？]{2,25})[?？][\s\u3000]*$")


def _asked_first(sentences: list[tuple[int, str]], i: int, term: str) -> bool:
    """Whether the only sentence before the definition (the ``i``-th) asks what its term is (``什么是“大城市病”?“大城市病”
    主要是指…。之所以称为…是因为…。``, P1225): the paragraph is the answer, the definition runs to its end as if it opened it."""
    asked = _ASKED_BEFORE.fullmatch(sentences[0][1]) if i == 1 else None
    key = strip_pinyin(asked.group("term")).strip(_SPACE + "“”「」\"") if asked else ""
    return len(key) >= 2 and strip_pinyin(term).strip(_SPACE).lstrip("“「\"").startswith(key)  # (“大城市病”主要: its adverb)


# A sentence opening with a sibling headword and 则 before its marker (核定征收则是指…, 农作物播种面积则是…): the contrast a
# paragraph opening with the first term's definition runs up to.
_SIBLING_THEN = re.compile(r"[\s\u3000]*[^\s\u3000,，。；;:：]{2,15}[则則](?:是指|是|指)")


# A summary opening a sentence (总体而言,…, 总的来说,…, 综上所述,…): no part of the gloss before it.
_SUMMARY_OPENING = re.compile(r"[\s\u3000]*(?:总体而言|總體而言|总的来说|總的來說|总而言之|總而言之|总之|總之|综上所述|綜上所述|综上|綜上)")


# A counted sentence that only names a kind (其一,基于企业合作层面的东西部扶贫协作模式。, P1209), the next sentence opening with
# 指: the kind is the term of that gloss.
_COUNTED_NAMING = re.compile(r"[\s\u3000]*(?:其[一二三四五六七八九十]|第[一二三四五六七八九十])[,，、][\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？“”「」]{2,30})[。][\s\u3000]*")


# A paragraph opening with a headword and 即 (no comma): 规模以上工业企业即年主营业务收入2000万元及以上的…
# (即是, 即为 opening a paragraph of several sentences: the headword glossed as by 就是)
_BARE_JI_SHI = re.compile(r"[^\s\u3000，,。；;：:、“”\"「」()（）]{2,25}?(?<![立随隨旋当當亦则則])(即是)(?![说說])")
# (即日起, 即日開始: from this day on, a notice's start, 新版电子社保卡即日起上线。, review 52; 即日常…, 即日本… are glosses)
_BARE_JI = re.compile(
    r"[^\s\u3000，,。；;：:、“”\"「」()（）]{4,25}?(?<![立随隨旋当當亦则則])(即)(?![使便将將刻时時可]|日(?:起|开始|開始|生效|施行|实施|實施))"
    # (nor an act classed by a finding, 本院認為被告所為即屬詐欺行為, 上述行為即構成違約: a verdict's verb after 即, review 53)
    rf"(?!{_JI_CLASSED})"
)
# The provision an official page cites before a one-sentence gloss (根据《公共巴士服务条例》(第 230章 )第 4条的规定,酒店服务即…;,
# 536): the law's lead, no part of the term; the headword and 即 after it open the paragraph as they would without it.
_CITED_PROVISION_LEAD = re.compile(
    r"[\s\u3000]*(?:根据|根據|依据|依據|依照|按照)[^,，。；;《》]{0,16}《[^《》]{1,40}》[^,，。；;《》]{0,30}?(?:规定|規定)[\s\u3000]*[,，][\s\u3000]*"
)

# After a cited provision, what comes before 即 may be a rule's timing (用人单位自用工之日起即与劳动者建立劳动关系, the Labour
# Contract Law's article 7 as official pages cite it; 业主大会成立后即应…; 职工在试用期内即应…): when the duty starts, not a
# headword; so is 即 opening a duty (即应, 即予, 即须).
_RULE_TIMING = re.compile(r"(?:后|後|起|时|時|前|内|內|的|者)即$")
_DUTY_AFTER_JI = re.compile(r"[\s\u3000]*(?:应|應|予|须|須|需|得)")


def _cited_rule(before: str, after: str) -> bool:
    """Whether ``before`` (a cited provision's sentence up to its 即) and ``after`` (the words after 即) state a rule's timing
    or a duty, not a headword's gloss.

    >>> _cited_rule("用人单位自用工之日起即", "与劳动者建立劳动关系。"), _cited_rule("业主大会即", "应选举业主委员会。")
    (True, True)
    >>> _cited_rule("酒店服务即", "运载下榻某酒店的乘客的服务;")
    False
    """
    return bool(_RULE_TIMING.search(before) or _DUTY_AFTER_JI.match(after))


# A headword, a comma, 即 and its full name or other name, then a comma and 是 (食品生产证号,即食品生产许可证编号,是由SC和14位阿拉伯
# 数字组成的。…, P2792; 规上企业,即规模以上工业企业,是…的工业企业。): the name set in apposition, then the definition; the definition
# opens at 即 with the name in it (the golds of P2543 and 工业增长速度's page write so), whatever sentences follow in the
# paragraph. (Before 是指 the strong marker is found first and read as before.)
# (Not a time or a thing pointed at, set beside its date or its name: 今年,即2024年,是…; 第一季度,即1至3月,是…的淡季; 我区,即黄浦区,是…;
# 该公司,即…,是一家…, review 65: a report's or a news item's sentence about that year or that body, no headword.)
_POINTING_HEAD = r"今|明年|明天|去年|前年|该|該|这|這|此|那|我|本(?=[周週月年季届屆次期轮輪区區市县縣省镇鎮校院局署所会會司])"
_TIME_UNIT = "".join(rf"(?<!{w})" for w in ("[年月日周週度]", "期间", "期間", "时期", "時期", "阶段", "階段"))
_COMMA_JI_THEN_MARKER = re.compile(
    rf"[\s\u3000]*(?!{_POINTING_HEAD})[^\s\u3000，,。；;：:、“”\"「」()（）的]{{2,12}}{_TIME_UNIT}[,，][\s\u3000]*(即)(?![使便将將刻时時可])"
    r"(?=[^,，;；。:：!！?？]{2,25}[,，][\s\u3000]*(?:是指|指的是|是(?![否在不因为為])))"
)
# A paragraph of one sentence opening with a short headword, a comma and 即 (双碳,即碳达峰与碳中和的简称。).
# The headword holds no 的 and the definition is one clause (第二个五年计划的第一年,即一九五八年,出现了… is prose).
_COMMA_JI = re.compile(r"[\s\u3000]*[^\s\u3000，,。；;：:、“”\"「」()（）的]{2,12}[,，][\s\u3000]*(即)(?![使便将將刻时時可])(?=[^,，;；]+$)")


# A manner of saying between a term and its marker (“点状用地”通俗点可理解为:…, P2180, a consultancy's news item): how plainly the
# writer puts it, neither the term's nor the definition's (its opening comma-set form, 通俗地说,X是指…, is a connective's).
_MANNER_AFTER_TERM = re.compile(r"(?:通俗点|通俗一点|通俗(?:地)?(?:说|說|讲|講|来说|來說)|简单(?:地)?(?:说|說|讲|講|来说|來說)|簡單(?:地)?(?:說|講|來說))[\s\u3000]*$")


# A numbered item opening with its headword, a comma and 即 (①上缴利润收入,即…;…; ②国家股红利、股息收入,即…): 即 defines it
# whatever the item's length (a paragraph's 第二个五年计划的第一年,即一九五八年,… is no item).
# (not a date or a count after 即: ①次年,即2021年,… / ①第一季度,即1月至3月,…)
_NUMBERED_COMMA_JI = re.compile(
    r"[\s\u3000]*[^\s\u3000，,。；;：:“”\"「」()（）的]{2,15}[,，][\s\u3000]*(即)(?![使便将將刻时時可])"
    r"(?![\s\u3000]*(?:[\d０-９]|[〇零一二三四五六七八九十两兩]+(?:年|月|日|号|號|个|個|季度)))"
)


# A quoted term closing a clause after the description it is named by (…发展乡镇企业时所创造的“四千”精神,即走遍千山万水、…。),
# then a comma and 即: the quoted name (a word of four characters at most after it) is glossed from 即. A plan's explainer names
# what the plan drew up the same way after the verb's 了 (…从深化体制机制改革、…等方面,系统谋划了“576”总体架构,即“5”大发展目标,
# “7”项主要任务,“6”大重点工程。, 664): the object of a completed verb, named and then spelled out, as the 的 phrase's name is.
_DESCRIBED_QUOTED_JI = re.compile(
    r"[^。；;:：“”「」]{2,160}?(?:的|(?<=[\u4e00-\u9fff]{2})了)(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」][^“”「」,，。；;:：\s\u3000的]{0,4})[\s\u3000]*[,，][\s\u3000]*"
    r"(?P<marker>即)(?![使便将將刻时時可])"
)
# (not a thing pointed at and named after 即, …刘少奇控制下的那个针插不进、水泼不进的“独立王国”，即旧北京市委。, the ninth congress
# report: a demonstrative in the description, or a short name after 即, says which thing is meant, not what the word means)
_POINTING = re.compile(r"那个|那個|这个|這個|那种|那種|这种|這種|那些|这些|這些")
# A quoted term's concept glossed after a comma by 即 and a quotation, anywhere in a sentence (…首次提出“城镇低效用地”的
# 概念,即“城镇中布局散乱、…的存量建设用地”;, P1055): a document's definition, quoted.
# (or a bare term set off by the clause's comma before it, the document cited first: CRPD第2條提及,合理調整 reasonable
# accommodation)的定義,即「根據具體需要,…」, 707, a human rights commission's guide: the quotation after 即 is the definition;
# the term as the page writes it, a stray bracket kept)
_QUOTED_CONCEPT_JI = re.compile(
    r"(?:(?P<term>[“「][^“”「」,，。；;:：]{2,20}[”」])|(?<=[,，])[\s\u3000]*(?P<bare>[^\s\u3000“”「」,，。；;:：的][^“”「」,，。；;:：的]{1,39}))"
    r"的(?:概念|定义|定義|提法|说法|說法)[,，][\s\u3000]*(?P<marker>即)(?=[“「])"
)
# A later sentence of a paragraph opening with a Han term, its English name in brackets and a bare 是 (…提出,人人生而自由,享有
# 平等的尊嚴和權利。人權(Human Rights)是人之所以為人而應享有的自由與權利,…, 707, a human rights commission's preface): the
# writer stops to introduce the word in both languages and say what it is, as a paragraph's first sentence does
# (_GLOSS_IS); an English name of two letters at least, a capital opening it (not a converter's pinyin, nor an
# abbreviation alone, 美國(US)是…, which names a place, not a term).
_ENGLISH_NAMED_IS = re.compile(
    r"[\s\u3000]*(?P<term>[\u4e00-\u9fff]{2,12}[(（][A-Z][a-z]+(?:[\s\-][A-Za-z][a-z]+)+[)）])(?P<marker>是)(?![指否不在因为為由])"
)
# A Han term and its English name in brackets whose opening bracket the page lost (合理調整 reasonable accommodation), 707).
_LOST_OPENING = re.compile(r"^([\u4e00-\u9fff]{2,12})[\s\u3000]*([A-Za-z][A-Za-z\s\-]{1,40}[)）])$")
# A quoted name with its kind just put forward (我国政府…提出了“双碳”目标,即“碳达峰”和“碳中和”。, P1449): from 即 too, the kind
# word part of the term.
_PROPOSED_JI = re.compile(
    r"(?:提出|提出了|確立了|确立了)(?P<term>[“「][^“”「」,，。；;:：]{2,20}[”」](?:目标|目標|战略|戰略|理念|工程|行动|行動|制度|政策|模式|思想))"
    r"[,，][\s\u3000]*(?P<marker>即)(?=[“「])"
)
# A quoted slogan opening its sentence (after a time lead and its comma at most), then the clause telling when or where it
# was put forward, then a comma and 即 spelling it out (2016年12月,“最多跑一次”在浙江省委经济工作会议上被提出,即群众、企业到
# 政府办事,…最多跑一次。, P2369, a China News item): a news item's way of introducing a slogan, the origin an aside and the
# 即 clause what the slogan means; from 即 to the sentence's end. The clause must put the slogan forward in the passive or
# as a first proposal (被提出, 首次提出, 正式提出): a slogan doing something (“十四五”规划提出,要…) is an agent, no gloss; nor
# is a date or a count right after 即 (…被提出,即2021年…: when, not what), nor 即使/即将/即可.
_PUT_FORWARD_JI = re.compile(
    r"[\s\u3000]*(?:[^“”「」,，。；;:：]{2,16}[,，][\s\u3000]*)?(?P<term>[“「][^“”「」,，。；;:：]{2,20}[”」])"
    r"[^“”「」,，。；;:：]{0,30}?(?:被|首次|最早|正式|率先)(?:被)?提出(?:来|來)?[\s\u3000]*[,，][\s\u3000]*"
    r"(?P<marker>即)(?![使便将將刻时時可日])(?![\s\u3000]*(?:[\d０-９]|[〇零一二三四五六七八九十两兩]+(?:年|月|日)))(?=[^。]{8})"
    # (即 as "at once", the slogan's reception or spread told: …被正式提出,即引起社会各界的广泛关注, …即被写入中央文件, …即在
    # 全球各地掀起建設熱潮; what happened to it, no gloss, review 52)
    r"(?![\s\u3000]*被)(?![^,，。；;！？!?]*(?:引起|引發|引发|受到|得到|獲得|获得|赢得|贏得|成为|成為|掀起|广受|廣受|备受|備受"
    r"|写入|寫入|纳入|納入|启动|啟動|推广|推廣|遭到|招致|传遍|傳遍|风靡|風靡))"
)
# A quoted slogan named as the object of the work a sentence reports, with the kind of work after it, then a comma and 即
# spelling it out, not in quotation marks (…倾力实施“百千万”产业扶贫工程,即全县建成100个特色产业园,…, P1988; 提出“双都心”设想,
# 即“保护北京旧城…”, P1925): the writer stops to say what the programme is; from 即, the kind part of the term, as above. Not
# a date or a count right after 即 (启动“三年行动”计划,即2021年…: when, not what), nor 即使/即将/即可.
_UNDERTAKEN_JI = re.compile(
    r"(?:提出|实施|實施|推进|推進|推行|开展|開展|启动|啟動|打造|实行|實行)了?"
    r"(?P<term>[“「][^“”「」,，。；;:：]{2,20}[”」][\u4e00-\u9fff]{0,4}?(?:工程|设想|設想|计划|計劃|行动|行動|战略|戰略|模式|项目|項目))"
    r"(?:[,，][\s\u3000]*(?P<marker>即)(?![使便将將刻时時可日])(?![\s\u3000]*(?:[\d０-９]|[〇零一二三四五六七八九十两兩]+(?:年|月|日)))"
    # (or a colon spelling it out, 2003年6月,浙江省启动“千村示范、万村整治”工程:从全省选择1万个左右的行政村进行全面整治,…, P2317, a
    # news photo's caption: the gloss opens after the colon, as a counted slogan's colon list does)
    r"|[:：][\s\u3000]*(?P<colon>)(?![\s\u3000]*(?:[\d０-９]|[〇零一二三四五六七八九十两兩]+(?:年|月|日)|[一二三四五六七八九十]是|[(（]?[1一][)）.．、]))"
    # (nor what the launch urges, its first clause holding a verb of must: 启动“蓝天保卫”行动:各区要加强扬尘管控,…, 全市上下要以…
    # 完成任务; orders to the bodies, no spelling out of the programme, review 53)
    r"(?![^,，。；;:：]*?(?:(?<![主重需])要|必须|必須|务必|務必|应当|應當|须|須)))"
)


# A sentence going on with the same work (同时,每个贫困村发展2个百亩示范园…, P1988): still the programme's.
_SAME_WORK = re.compile(r"[\s\u3000]*(?:同时|同時)[,，]")


def _undertaken_ji(text: str) -> re.Match[str] | None:
    """The slogan :data:`_UNDERTAKEN_JI` finds in ``text``, when its gloss says something (eight characters at least) and no
    demonstrative points at the thing instead (那个“…”工程, 这种“…”模式: which, not what); None otherwise.

    >>> _undertaken_ji("倾力实施“百千万”产业扶贫工程,即全县建成100个特色产业园。").group("term")
    '“百千万”产业扶贫工程'
    >>> _undertaken_ji("实施“两个一”工程,即年内完成。") is None
    True
    """
    found = _UNDERTAKEN_JI.search(text)
    if found is None or len(text[found.end() :].strip(_SPACE + "。")) < 8 or _POINTING.search(text[: found.end()]):
        return None
    return found


# A first sentence saying what the headword is short for (双碳是碳达峰与碳中和的简称。, X是…的统称, 双碳即…的简称)
# or the common name of (“四上”企业是…的法人单位的一种通俗称谓。): 是 or 即 defines.
_SHORT_FOR_IS = re.compile(
    rf"[\s\u3000]*(?:(?:首先|其次|另外|此外|那么|那麼)[,，])?[^\s\u3000，,。；;：:、]{{2,25}}?(是|即)(?![否在使便将將刻时時可])[^。！？!?；;]{{2,80}}的(?:{SHORT_FORM_NAME}"
    # “四上”企业是…对达到一定规模、资质或限额的法人单位的一种通俗称谓。: what the headword is the common name of
    rf"|{COMMON_NAME})"
    r"(?:[。！!；;]|$|[,，](?=它|其))"
)
# … or, inside a paragraph, after 其中 picking one of the quoted terms just named, the same sentence (其中,“两工联动”是社工义工
# 联动的简称,凸显了…。, P1025).
# (or after 事实上 answering the question the sentence before raises, 很多人对“宁”这个简称代表的省份并不熟悉。事实上,“宁”是
# 宁夏回族自治区的简称。, P1328)
_AMONG_SHORT_FOR_IS = re.compile(
    rf"[\s\u3000]*(?:其中|事实上|事實上|实际上|實際上)[,，][\s\u3000]*[“「][^“”「」,，。；;]{{1,15}}[”」](是)(?![否在])[^。！？!?；;]{{2,80}}?的(?:{SHORT_FORM_NAME})"
    r"(?:[。！!；;]|$|[,，])"
)
# … or calling the headword a short form, then giving the full name it stands for (二十届三中全会是一个简称,全称是中国共产党
# 第二十届中央委员会第三次全体会议。, P973).
_SHORT_FORM_NAMED_IS = re.compile(
    r"[\s\u3000]*[^\s\u3000，,。；;：:、]{2,25}?(是)一[个個](?:[^,，。；;]{0,8}的)?(?:[简簡][称稱]|[缩縮][写寫])[,，]"
    r"(?:全[称稱]|全名)(?:是|为|為|叫)[^。！？!?；;]{2,80}(?:[。！!；;]|$)"
)


# An answer label before a definition (A:双碳即…, 答:…, 回答:…).
_ANSWER_LABEL = re.compile(r"[Aa]|答|回答|解答|答案|答复|答復|回复|回復|答复内容|答復內容|回复内容|回復內容")
# After an answer label, a headword, a comma and 就是 define (答:“一件事一次办”,就是把…整合起来…).
_ANSWER_IS = re.compile(r"[\s\u3000]*[^,，。；;:：]{1,25}[,，][\s\u3000]*(就是)(?![说說])")


# A headword followed by its English name in brackets (城镇居民人均可支配收入(Per Capita Disposable Income of Urban
# Residents)是指…): the name does not count towards how far into the sentence a marker may stand.
# A paragraph opening with its term and its English name set off by commas before a strong marker (认罪认罚,Plea for leniency,
# 指的是“认罪认罚从宽制度”,…, P1460, a law firm's card): the English name, like a bracketed one, is no part of the definition.
_ENGLISH_ASIDE = re.compile(
    r"(?P<term>[\u4e00-\u9fff“”「」]{2,20})[,，][\s\u3000]*[A-Za-z][A-Za-z .'’&-]{2,60}[,，][\s\u3000]*(?=指的是|是指|系指|就是|即(?![使便将將]))"
)
_ENGLISH_NAME = re.compile(r"[^(（,，。；;:：]{1,25}([(（][A-Za-z][A-Za-z0-9 .,'’&-]{0,100}[)）])")


def _outside_brackets(pattern: re.Pattern[str], text: str, limit: int) -> re.Match[str] | None:
    """The first match of a marker in ``text[:limit]`` that lies outside brackets:
    ``0—14岁(含不满15周岁)`` holds no marker (a lost note bracket ``)X…`` opens none)."""
    for match in pattern.finditer(text, 0, limit):
        if _balanced(text[: match.start()].lstrip(_SPACE + ")）]】")):
            return match
    return None


# A subject naming the term's meaning (耕地的含义是指…, X的定义为…): the term is what comes before 的; Taiwan's register
# writes 之 for 的, and the meaning may be cited as a source, 依X之涵義,係指… (according to X's meaning, 706's restatement
# 又依性騷擾之涵義,係指…): the citing verb is no part of the term either.
_FRAMED_TERM = re.compile(
    r"(?:(?:又|而|再)?(?:依|依照|依據|依据|根據|根据|按照)(?=.+?之(?:含[义義]|涵[义義]|定[义義])))?"
    r"(.+?)(?:的(?:含[义義]|涵[义義]|定[义義]|概念|意思)|之(?:含[义義]|涵[义義]|定[义義])"
    # (a qualified definition, 全域旅游的官方定义是:…, P2718, an industry site's explainer; 的法定定義, 的学术定义, 的正式定義)
    r"|的(?:" + DEFINITION_QUALIFIERS + r")(?:定[义義]|含[义義])"
    # (or 意思 glued to the word without 的, 洗錢意思是指將犯罪所得…, P2850, a law firm's article: the frame as 的意思 is; or to its
    # closing quotation mark, “内卷”意思是指…, review 66)
    r"|(?<=[\u4e00-\u9fff”」\"])意思)"
)
# Whose definition it is, before the term the frame names (世界銀行對職業教育的定義是…, P2670, a Macao daily's opinion;
# 中国官方对非法集资的定义是指…, P2846, a news report): the body defining it and its 对 are no part of the term. Only a body
# ending the words before 对 (an organisation, an office, the law, scholars) or 对于 opening them reads so, the word itself
# often holding 对 (对冲基金, 信息不对称, 绝对收益).
_DEFINER_BEFORE = re.compile(
    r"(?:[^\s\u3000,，。；;:：]{0,12}?(?:官方|国家|國家|政府|法律|法规|法規|银行|銀行|组织|組織|机构|機構|学界|學界|学者|學者|专家|專家|"
    r"人们|人們|业界|業界|部门|部門|委员会|委員會|协会|協會|联合国|聯合國|我国|我國|中国|中國|词典|詞典|辞典|辭典)[\s\u3000]*[对對](?:于|於)?"
    r"|[对對](?:于|於)"
    # (or a cited document, 《办法》对数据资产的定义是指…, review 66: the document defines as a body does)
    r"|《[^《》]{1,40}》(?:第[^,，。；;:：《》]{1,12}[条條款项項])?[\s\u3000]*[对對](?:于|於)?)[\s\u3000]*(?=\S)"
)
# The frame's 是 closed by a colon (X的官方定义是:…, X的定义为:…): the definition opens after the colon, the frame saying only that
# one follows (the golds write 预制菜的定义是一般指… from 一般指 and 城市更新的概念是将… from 是, where no colon follows).
_FRAME_IS_COLON = re.compile(r"(?:是|为|為)[\s\u3000]*[:：][\s\u3000]*")
# A cited source rather than a term (依該辦法之定義,係指年滿六十五歲之老人。, 依本法之定義,…, 根據公約之定義,…: the law or the
# document whose definition is cited, the defined word left unsaid; review 49): a determiner opening it or a document noun
# closing it.
_CITED_SOURCE = re.compile(
    r"(?:本|該|该|此|上述|前述|前[項项條条款]).*|.*(?:法|辦法|办法|條例|条例|規定|规定|規則|规则|準則|准则|公約|公约|標準|标准|"
    r"解釋|解释|章程|契約|契约|協定|协定|計畫|计划|方案|要點|要点|須知|须知)"
)
# How the writer puts it, between the term and its marker (三年大变样准确地说是指…, P2015; X严格来说是…; X通俗地讲就是…): a
# connective the prose pass drops where it opens the sentence (准确地说,X是指…), no part of the term after it either.
_MANNER_OF_SAYING = re.compile(
    r"[,，]?[\s\u3000]*(?:准确|準確|确切|確切|严格|嚴格|简单|簡單|通俗|直白)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)[,，]?[\s\u3000]*$"
    # (or the order the definition lists its members in, after a quoted word: 「五階梯」由下至上是指社會房屋、經濟房屋、…, P2405, a
    # column on Macao's housing ladder; “X”从低到高依次是…: how the list runs, no part of the term, nor of the definition the
    # golds open at the marker)
    r"|(?<=[”」』])[\s\u3000]*(?:由|从|從|自)[\u4e00-\u9fff]{1,3}(?:至|到|而)[\u4e00-\u9fff]{1,3}(?:依次|分别|分別)?[\s\u3000]*$"
)


# After a definition ending in ``;``, 则是/则指 defines the next term in parallel
# (“六稳”指的是:稳就业、…;“六保”则是在“六稳”的基础上…): the definition keeps 则.
_THEN_IS = re.compile(r"[则則](?:是|指|[为為])(?![否])")


# A closing lead-in after the definition's last sentence (…”。具体来说: / the list below): no
# definition ends in a colon.
# (…。以下是详细解释: / …。以下从权威词典与语言学角度解析:, P565: the paragraph's own announcement of the explanation that
# follows, kept as P565's, P520's and 183's golds keep a closing lead-in)
# (…為營業者。其意義說明如下:, 747: the sense explained in the items below, as 以下是详细解释 announces it)
_ANNOUNCES_BELOW = re.compile(
    r"以下(?:是|从|從|为|為|将|將)|其?(?:意義|意义|含義|含义|涵義|涵义|定義|定义)?(?:說明|说明|分述|詳述|详述)如下"
)
# (a closing lead-in that is the marker again, 具体指: / 主要包括: / 具体包括:, goes on with the definition into the list it
# announces, as the golds keep it: 产业集群是指5个万亿级支柱产业、…20个千亿级特色产业集群。具体指:, P1176)
_LEAD_IN_MARKER = re.compile(LEAD_IN_MARKER)
# (a closing quote or bracket ends a sentence only after its stop or before a space: 能力標準是以「能力單元」形式展示,每個單元包括:,
# 779, a council's intro, names the form inside its one sentence, whose own colon leads into the list)
_CLOSING_LEAD_IN = re.compile(
    r"(?:(?<=[。！？!?])|(?<=[。！？!?][”」』)）])|(?<=[”」』)）])(?=[\s\u3000]))[\s\u3000]*[^。！？!?:：=＝\d]{1,30}[:：][\s\u3000]*$"
)
# A bracket naming an alternative inside a word (縣(市)政府, 鄉(鎮、市)公所, Taiwan's laws and forms write a county or its
# city so): a closing bracket glued between two characters, a few characters in it, closes no sentence, so the text after
# it up to a colon (…政府、…設置,並符合下列規定之園區:, 818) is the definition's own lead-in, not a closing one.
_ALTERNATIVE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff、]{1,6}[)）](?=[\u4e00-\u9fff])")
# (a closing example lead-in, …在一定条件下发育成幼体。例如: over numbered example sentences, stays with the sense it
# illustrates, as the golds keep it: P1343, P1326, P1290)
_EXAMPLE_LEAD_IN = re.compile(r"(?:例如|比如|譬如)[:：]")
# A definition that itself announces the items below (指由…製作,並符合下列各款情形之一之電影片。但條約或協定另有規定者,從其規定:,
# 774, a bureau's criteria notice; …之園區: over 818's items): the law's items are its own, so the colon closing the article's
# proviso (但…) after it leads into them as the definition's does, and the proviso stays with the definition it qualifies.
_ANNOUNCED_ITEMS = re.compile(r"下列|如下")


# An answer opening with the term and its category (三区三线,政务术语。/ X,经济学名词。): the
# whole paragraph is its definition.
_CATEGORY_LABEL = re.compile(
    r"^[\s\u3000]*([^\s\u3000,，。；;：:!！?？|]{2,25})[,，][\s\u3000]*"
    # (X,汉语词语,意思是…: the label may end in a comma before the meaning)
    r"([\u4e00-\u9fff]{0,6}(?:术语|術語|用语|用語|名词|名詞|词语|詞語|概念)(?:[。.]|[,，](?=[\s\u3000]*(?:意思是|意思為|意思为|意为|意為|是指|指|即))))(?=.)"
)


# A site's name glued before a headword by injected spam (…官方网站货物进出口总额指…): no part of the term.
# (Only a site's own name: 政府网站集约化 keeps its words.)
_SITE_NAME = re.compile(r"^[^\s\u3000，,。；;：:]{2,12}?(?:官方网站|官方網站|官网|官網|[Aa][Pp][Pp]下[载載])")


def _pair_run_in(term: str) -> str:
    """A headword naming two terms (A和B) run straight into the definition of its first part
    (商品目的地进口额和商品货源地出口额 + 目的地进口额指…;货源地出口额指…): the repeated part at the end,
    which opens the definition; '' otherwise."""
    plain = strip_pinyin(term)
    if plain != term or len(term) < 9:
        return ""
    for cut in range(len(term) // 2, len(term) - 2):
        head, tail = term[:cut], term[cut:]
        joined = re.search(r"[和与與及]", head)
        if joined and tail in head[: joined.start()] and head.endswith(tail[-2:]) and len(tail) >= 3:
            return tail
    return ""


def _counted_title_run_in(term: str) -> str:
    """A counted slogan's title run into its first counted part (山西一群两区三圈 + 一群是指…。两区是指…, P1320, a page whose
    title line was glued to its answer): the part at the end, which the title names among two other counted parts at least,
    is the term; '' otherwise."""
    part = term[-2:]
    if strip_pinyin(term) == term and _COUNTED_PART.fullmatch(part) and part in term[:-2] and len(_COUNTED_PART.findall(term[:-2])) >= 3:
        return part
    return ""


# A counted part of a slogan (一群, 两区, 三圈): a numeral and one character.
_COUNTED_PART = re.compile(r"[一二三四五六七八九十两兩][\u4e00-\u9fff]")


def _named_then_this(lead: str, subject: str) -> bool:
    """Whether a clause naming a quoted term (``然后是“几届”``, ``就是这“几中”``) is followed, after its comma, by a demonstrative
    and the same quoted term as the subject of the marker (``这个“几届”指的是…``, P583's colloquial explainer): the term is the
    one the demonstrative points back to, the lead clause no part of it (as ``这“X”指的就是…`` alone)."""
    this = _THIS_QUOTED.fullmatch(strip_pinyin(subject).strip(_SPACE))
    return this is not None and not this.group("each") and this.group("term") in strip_pinyin(lead)


def _quote_opens_inside(term: str) -> bool:
    """A quotation opens after the term's first character (着力解决“三老”问题: prose around a quoted word). The
    straight mark opens and closes alike, so only its first, third … occurrence opens ("三通一平" opens at 0).

    >>> _quote_opens_inside("着力解决“三老”问题"), _quote_opens_inside('"三通一平"'), _quote_opens_inside('着力"三老"')
    (True, False, True)
    """
    if re.search(r".[“「]", term):
        return True
    return any(m.start() > 0 for m in list(re.finditer('"', term))[::2])


def _past_bracketed_label(sentence: str, offset: int) -> int:
    """After a label whose colon stands inside square brackets (``【簡介:】第一產業是指…``, a teaser's label, P497), the
    closing bracket goes with the label: the headword starts after it. So does an answer's bracketed title whose opening
    bracket the copy lost (``如何正确认识撤县设区】撤县设区是…,指的是…``, P1202): the headword starts after ``】``."""
    if offset and sentence[offset : offset + 1] in "】]" and sentence[:offset].lstrip(_SPACE)[:1] in ("【", "["):
        return offset + 1
    lost = _LOST_BRACKET_TITLE.match(sentence) if offset == 0 else None
    return lost.end() if lost else offset


# A bracketed title opening a paragraph, its opening bracket lost: words with no bracket, then 】 and the headword.
_LOST_BRACKET_TITLE = re.compile(r"[\s\u3000]*[^【】\[\]\s\u3000,，。；;:：!！?？]{2,24}】[\s\u3000]*(?=[^\s\u3000】]{2})")


# A sentence opening with a marker, its subject left out (是国家为…的一项重大举措。): after a sentence giving only the
# headword's other name (村村通公路工程,简称“村村通”。, P1013) the definition opens there, the alias no part of it.
_MARKER_OPENING = re.compile(r"[\s\u3000]*(是指(?![导導挥揮])|指的是|是(?![否在因为為不由]))")


# A quoted word opening its paragraph, perhaps with where it first appears, then its first sense (本是, 原是, 原指, 本意为):
# “天府”一词最早见于《周礼》,本是一种官名,是…的一种官吏,后人用以来比喻…的地方。 (P942). The word is the term (一词 and the
# origin clause left out, as a word's origin lead-in), the definition opens at the sense, 本 kept (as 通常 is).
_WORD_FIRST_SENSE = re.compile(
    r"[\s\u3000]*(?P<term>[“「][^“”「」,，。；;]{1,12}[”」])(?:一词|一詞|这个词|這個詞|二字)?[,，]?[\s\u3000]*"
    r"(?:(?:最早|最初)?(?:见于|見於|出自|出于|出於|源于|源於|来源于|來源於|来自|來自)[^,，。；;]{1,30}[,，][\s\u3000]*)?"
    r"(?P<marker>(?:本|原)(?:是|为|為|指|意[是为為]?指?)(?![否在由于於从從被因]))"
)


def _marker_before(sentences: list[tuple[int, str]], i: int) -> bool:
    """Whether a sentence before the ``i``-th holds a defining marker: a run-in gloss after a definition (…是指…。其中,“一绿”即…)
    is a part of that definition, no entry of its own."""
    return any(_MARKER.search(strip_pinyin(earlier)) for _, earlier in sentences[:i])


# A period closing the subject, right before the marker (工作者數於103年以前係指…, 549): the term's sense in that period.
_CLOSING_PERIOD = re.compile(rf"(?:{PERIOD_OF_SENSE.pattern})$")


def _definitions_in(unit: _Unit) -> list[Found]:
    """``X是指…`` sentences of a unit, with the extent rules of the module docstring."""
    body, skip = _strip_number(unit.text)
    sentences = [(m.start(), m.group()) for m in _SENTENCE.finditer(body) if m.group().strip(_SPACE)]  # (trailing spaces are no sentence)
    sentences, parts = _comma_joined_parts(sentences)
    heads = []  # (sentence index, term, definition offset within body)
    ruled: set[int] = set()  # definition offsets of words a quoted ruling defines: each ends where the quotation closes
    classed: set[int] = set()  # definition offsets of a table note's 为 class glosses (_NOTE_WEI_CLASS)
    siblings: list[tuple[int, str, int]] = []  # (sentence, term, definition offset) of a note's later 为 class clauses
    concepts: set[int] = set()  # sentences glossing a quoted concept in their middle (…提出“X”的概念,即“…”;)
    sensed: set[int] = set()  # heads whose term a sense framed (广义上的PPP泛指…): the other sense after it is the same gloss's
    counts: set[int] = set()  # sentences spelling out a counted slogan in their middle (…打好“三大攻坚战”,即…)
    undertakings: set[int] = set()  # of them, those spelling out a programme the sentence reports carried out (…实施“X”工程,即…)
    pieces: set[int] = set()  # sentences glossing a quoted piece of a word they name (…稳中求进…,“进”就是发展,…)
    conceded: set[int] = set()  # heads whose word is granted its sense before the point (虽然‘通衢’一词泛指…,但…)
    labelled = _CATEGORY_LABEL.match(body)
    card = _CARD_LABEL.match(body) is not None  # 名詞解釋:  X…。   …: a term card's passages (see _CARD_PASSAGE_BREAK)
    if labelled and _good_term(labelled.group(1)) and not unit.numbered:
        # 三区三线,政务术语。三区是指…: the paragraph explains X; the parts it defines are no entries
        term = labelled.group(1).strip(_SPACE)
        return [Found(term, body[labelled.start(2) :].strip(_SPACE), body.strip(_SPACE), unit.line, unit.at(skip + labelled.start(1)), unit.at(skip + len(body.rstrip(_SPACE))))]
    law_open = False  # inside a law's quoted clauses (_QUOTED_LAW_CLAUSE) that a sentence before opened
    for i, (at, sentence) in enumerate(sentences):
        law = _QUOTED_LAW_CLAUSE.search(sentence)
        in_law = law is not None or law_open and _LAW_CLAUSE_OPENING.match(sentence) is not None
        law_open = (law is not None or law_open) and not _CLOSING_QUOTE.search(sentence, law.end() if law else 0)
        lead = re.match(r"[^:：]{0,12}[:：]", sentence)  # 追新词:X是指…
        if lead and lead.group().count("(") + lead.group().count("（") > lead.group().count(")") + lead.group().count("）"):
            lead = None  # 乡村,(英語: rural )指…: the colon of a bracketed language label opens no lead
        if lead and _MARKER_COLON.search(lead.group()):
            lead = None  # 准确地说,四个意识是指:政治意识、…: the colon closes the marker, no label before it (P1314)
        intro = None
        if lead is None and i == 0:  # 记者在代表手中的名词注解上看到:X,是指…;Y,是指…
            intro = re.match(r"[^:：，,。]{13,30}?(?:看到|见到|写道|写着|如下|解释|注解|注释|解釋|註解|註釋)[:：]", sentence)
        ruling = _QUOTED_RULING.search(sentence) if "『" in sentence or "‘" in sentence else None
        ruling = ruling or _QUOTED_ARTICLE.search(sentence)  # 《征信业管理条例》第2条明确“征信业务是指…”: the article's own words
        if lead and _REMARK.search(strip_pinyin(lead.group()[:-1]).strip(_SPACE)) and ruling is None:
            continue  # 统计口径:月度不含…: a remark about the figures, not a definition (备註:…:「『X』係指…」 quotes one)
        offset = lead.end() if lead and not _good_term(lead.group()[:-1]) or lead and _LABELS.match(lead.group()[:-1].strip()) else 0
        if lead and GRANTED_WORD.match(sentence, lead.end()):
            offset = lead.end() + (1 if sentence[lead.end() : lead.end() + 1] in "“「" else 0)  # 一位市民激动地说:“虽然‘通衢’一词泛指…
        offset = lead.end() if i in parts and lead else offset  # “三会一课”制度的内容是:“三会”指…: the lead-in names no term
        offset = intro.end() if intro else offset
        offset = _past_bracketed_label(sentence, offset)
        cited = _CITED_QUOTED.search(sentence, offset) if offset == 0 and not lead and not intro else None
        offset = cited.end() if cited is not None and cited.end() > MAX_TERM else offset  # …,本條例第二條第一項所稱…之「X」,係指…
        offset = ruling.end() if ruling is not None and ruling.end() > offset else offset  # …決議事項:「『X』係指…。」: the ruling's word
        offset = law.end() if law is not None and law.end() > offset else offset  # …第三條指出:「所稱X,涵蓋…: the law's word
        text = sentence[offset:]
        if i == 1 and unit.numbered and not heads and offset == 0:
            named = _HEADWORD_SENTENCE.fullmatch(sentences[0][1])
            this = _THIS_IS.match(text)  # (2)公共预算转入收入。这是指…: the item's headword, then 这 defines it
            # (not a report's task heading stating its role: (一)推进经济结构战略性调整。这是…的主攻方向。)
            bare_is = this is not None and this.group(1) == "是"
            # (nor its verdict on it: (三)扎实推进共同富裕。这是中国式现代化的重要特征。 / (二)稳就业。这是最大的民生。)
            judged = bare_is and (_role(text[this.end() :]) or _JUDGEMENT.search(re.split(r"[,，；;。]", text[this.end() :], maxsplit=1)[0]))
            if (
                named and this and _good_term(named.group(1)) and not _MARKER.search(named.group(1))
                and not _VERB_PREFIX.match(named.group(1)) and not judged
            ):
                heads.append((0, named.group(1), at + this.start(1)))
                continue
        if heads and _ITS_SENSES.fullmatch(strip_pinyin(text)):
            continue  # …的一种形象化表达。它可能指的是:: the closing lead-in of the definition above, no headword (它)
        first_sense = _WORD_FIRST_SENSE.match(text) if i == 0 and offset == 0 else None
        if first_sense is not None:  # “天府”一词最早见于《周礼》,本是一种官名,…后人用以来比喻…: from 本是, the origin left out
            heads.append((i, first_sense.group("term"), at + first_sense.start("marker")))
            continue
        negated = negated_then_sense(text)  # “X”的“Y”,并不是指…,而是代表…: the sense after the negated one
        if negated is not None:
            heads.append((i, negated[0], at + offset + negated[1]))
            continue
        english = _ENGLISH_NAME.match(text)  # X(Per Capita Disposable Income of Urban Residents)是指…: the name lengthens the subject
        marker = _outside_brackets(_MARKER, text, MAX_TERM + 20 + (len(english.group(1)) if english else 0))
        if (marker is None or marker.start() == 0) and unit.numbered and i == 0:
            marker = _outside_brackets(_NOTE_MARKER, text, MAX_TERM + 4)
            if marker is not None and text.startswith("反映", marker.start()) and not MEASURE_HEAD.search(text[: marker.start()].rstrip(_SPACE + "是")):
                marker = None  # (一)部分企业反映融资难、融资贵,部分群众反映…: what people report, no gloss
            if (marker is None or marker.start() == 0) and re.match(r"[\s\u3000]*(?:\[\d{1,3}\]|〔\d{1,3}〕)", unit.text):
                marker = _outside_brackets(_NOTE_IS, text, 13)  # [1]产业活动单位是法人单位的组成部分。
            named_class = _NOTE_WEI_CLASS.match(text) if unit.noted else None  # 注:1.旅游饭店为列入…的酒店、宾馆,…: a row label's class
            if named_class is not None and (marker is None or marker.start() == 0 or named_class.start(1) < marker.start()):
                marker = MarkerGroup(named_class, 1)  # (before a later scope clause's 含: 社会旅馆接待人数含…)
                # (a sibling label's own class after the comma, 城镇居民为…人口,农村居民为城镇以外的常住人口。: an entry of its own,
                # the first ending before it — cut there and not read, it was lost, review 49)
                for sibling in _NEXT_LABEL_CLAUSE.finditer(text, named_class.end()):
                    other = _NOTE_WEI_CLASS.match(text, sibling.end())
                    if other is not None and _good_term(text[sibling.end() : other.start(1)].strip(_SPACE)):
                        siblings.append((i, text[sibling.end() : other.start(1)].strip(_SPACE), at + offset + other.end(1) - 1))
        if (marker is None or marker.start() == 0) and i == 0:
            ratio = _outside_brackets(_RATIO_IS, text, MAX_TERM + 4)
            if ratio is not None and (marker is None or ratio.start() < marker.start()) and _RATIO_END.search(text):
                marker = ratio  # [5]全员劳动生产率为国内生产总值与全部就业人员的比率。
        if marker is None and (i == 0 or sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;") and _RATIO_END.search(text):
            ratio_ji = _BARE_JI.match(text)  # 7.经济密度即国内生产总值与区域面积之比;税收密度即…之比。: a ratio's clauses
            marker = ratio_ji if ratio_ji is None else MarkerGroup(ratio_ji, 1)
        answered = offset == 0 or bool(lead and _ANSWER_LABEL.fullmatch(lead.group()[:-1].strip(_SPACE)))  # A:双碳即…
        if marker is None and i == 0 and answered and not unit.numbered and len(sentences) == 1:
            cited = _CITED_PROVISION_LEAD.match(text)  # 根据《…条例》第4条的规定,X即…: the provision cited, then the headword
            marker = _BARE_JI.match(text, cited.end() if cited else 0) or _COMMA_JI.match(text)  # 规模以上工业企业即…, 双碳,即…: a paragraph of one sentence
            if cited and marker is not None and marker.re is _BARE_JI and _cited_rule(marker.group(), text[marker.end() :]):
                marker = None  # 根据《劳动合同法》第七条规定,用人单位自用工之日起即与劳动者建立劳动关系。: a rule's timing, no headword
            if marker is not None and marker.re is _BARE_JI and _SPEAKER_VERDICT.search(marker.group()) and re.match(_JI_VERDICT, text[marker.end() :]):
                marker = None  # 他認為政府即應立即採取行動, 外界認為此舉即意味著…: a speaker's verdict, no gloss (review 53)
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and answered and not unit.numbered:
            marker = _COMMA_JI_THEN_MARKER.match(text)  # 食品生产证号,即食品生产许可证编号,是由…组成的。…: the name in apposition (P2792)
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and answered and not unit.numbered:
            marker = _BARE_JI_SHI.match(text)  # 五水共治即是治污水、防洪水、…。这是…(P1311): 即是, a strong 即, opens a paragraph
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and unit.numbered:
            marker = _NUMBERED_COMMA_JI.match(text)  # ①上缴利润收入,即…;…: an item's headword, a comma and 即
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and answered:
            marker = _SHORT_FOR_IS.match(text) or _SHORT_FORM_NAMED_IS.match(text)  # 双碳是碳达峰与碳中和的简称。
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and offset == 0:
            marker = _ABBREVIATED_IS.match(text)  # X(葡文縮寫為BIR)為…之文件。: a term and its abbreviation, then its class
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0:
            marker = _STATUTE_TERM_IS.match(text)  # 本法律所指的傳染病為附表所列的疾病,…: a law's defined word and 為
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0 and offset == 0:
            marker = _HEAD_GENUS_IS.match(text)  # 公有土地,為國有、…之土地。: the word's class named by its own head noun
            marker = marker if marker is None else MarkerGroup(marker, 3)
        if marker is None and i == 0:
            marker = _STATUTE_TERM_INCLUDES.match(text)  # 本法所稱原住民,包括…: a law's defined word and its extension
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and in_law:
            marker = _LAW_CLAUSE_INCLUDES.match(text)  # :「所稱大學分設學系,涵蓋…: a quoted law's word and its extension
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i == 0:
            marker = _CODE_TERM_MEANS.match(text)  # (抵押權之定義)稱普通抵押權者,謂…: a civil code's defined word and 謂
            marker = marker if marker is None else MarkerGroup(marker, 2)
        if i == 0 and (marker is None or _note_marker_after_named_definition(marker, text)):
            marker = _DEFINITION_NAMED_IS.match(text)  # “家暴兒童”的定義為“…”: the definition named, then given
            marker = None if marker is None or _HELD_DEFINITION.search(marker.group()) else marker
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None and i > 0 and not lead:
            marker = _AMONG_SHORT_FOR_IS.match(text)  # …也得以提出。其中,“两工联动”是…的简称,…: one of the terms just named
            marker = marker if marker is None else MarkerGroup(marker, 1)
        if marker is None:
            late = _QUOTED_CLAUSE_IS.search(text)  # …購買能力,「五階梯」由下至上是指…: a quoted word's clause late in its sentence
            if late is not None and _QUOTED_CLAUSE_IS.search(text, late.end()) is not None:
                late = None  # …工作原則,「三不」是指…,「二會」是指…: a series of run-in glosses, read as one (review 53)
            marker = late if late is None else MarkerGroup(late, 1)
        if marker is None:
            view = _SPEAKER_VIEW_JI.match(text)  # …闡釋國土規畫,他認為國土規畫即資源最有效的利用: a speaker's 即
            marker = view if view is None else MarkerGroup(view, 1)
        speaker_defines = False  # (a speaker's 将X定义为/界定为 read: an earlier bare 是 of the sentence does not win over it)
        if marker is None:
            defines = _DEFINES_AS.match(text)  # …在2014年…提出,他将MaaS定义为:…: who put the word forward, defining it
            if defines is not None and not _defines_word(text, defines):
                defines = None  # 今年以来,我市将2024年定义为“项目建设年”: a year's motto, no word defined (review 67)
            if defines is not None and not _CLAUSE_COMMA.search(text, 0, defines.start(1)) and not _SENTENCE_STOP.search(text, defines.end()):
                defines = None  # 條例把直接促銷定義為,用「直接促銷 (a column break, 815): a definer opening its line, no sentence closed
            marker = defines if defines is None else MarkerGroup(defines, 1)
            speaker_defines = defines is not None
        if marker is None and not _QUESTION_END.search(text):
            passive = _DEFINED_PASSIVE.match(text)  # 其中碳足跡(Carbon Footprint)可被定義為與一項活動…的溫室氣體排放量: the passive definer
            passive = passive if passive is None or not _passive_designation(text, passive) else None
            marker = passive if passive is None else MarkerGroup(passive, 1)
        at_marker = marker.start() if marker is not None else len(text)
        if marker is not None and text.startswith("反映", at_marker) and text[at_marker - 1 : at_marker] == "是":
            at_marker -= 1  # 1.客运周转量是反映…: 是 opens the definition, as in 是指
        if marker is None and i == 0:
            so_called = _SO_CALLED_IS.match(text) or _PLAIN_WORDS_IS.match(text)  # 所谓三保,就是保基本民生…; X,通俗的讲就是…
            if so_called is None and not _QUESTION_END.search(text):
                so_called = _SO_CALLED_GLUED_IS.match(text)  # 所謂過渡性房屋是為…的一些短期房屋。: no comma before 是
                if so_called is not None and _glued_verdict(text, so_called):
                    so_called = None  # 所谓创新是企业发展的灵魂, 所谓安全是发展的前提: a maxim's verdict, no gloss (review 53)
            if so_called is None and offset > 0 and lead is not None and _ANSWER_LABEL.fullmatch(lead.group()[:-1].strip(_SPACE)):
                so_called = _ANSWER_IS.match(text)  # 答:“一件事一次办”,就是把…
            if so_called is not None and so_called.group(1) == "是" and _amount_or_period(text, so_called.start(1)):
                so_called = None  # 所謂補助,…,是每人每月新臺幣三千元: an amount, no gloss
            marker = so_called if so_called is None else MarkerGroup(so_called, 1 if so_called.group(1) is not None else 2)
            at_marker = marker.start() if marker is not None else len(text)
        if i > 0 and not lead:
            so_called = _SO_CALLED_IS.match(text)  # …“门槛”。所谓Y,就是通常所说的“封顶线”,是指…: 所谓 opens a sentence anywhere
            # (with 就是 or 是指: a bare 是 after it in running prose gives a verdict on a so-called thing, 会议强调,要坚决破除
            # 形式主义。所谓“新官不理旧账”,是一些地方政府失信的典型表现。)
            if so_called is not None and so_called.group(1) == "是" and not text.startswith(("是指", "是說", "是说"), so_called.start(1)):
                so_called = None
            if so_called is not None and (marker is None or so_called.start(1) < at_marker):
                marker, at_marker = MarkerGroup(so_called, 1), so_called.start(1)
            as_for = _AS_FOR_QUOTED_IS.match(text)  # 至於「晚間」,就是…: the next quoted word glossed after a comma
            group = 1 if as_for is not None and as_for.group(1) else 2
            if as_for is not None and (marker is None or as_for.start(group) < at_marker):
                marker, at_marker = MarkerGroup(as_for, group), as_for.start(group)
        rung = _ORDINAL_NAMED_IS.match(text)  # 第二階梯是「經濟房屋」,是出售的公共房屋,…: a counted member named, then glossed
        if rung is not None and (marker is None or rung.start("marker") <= at_marker) and not (
            rung.group("marker") == "是" and _rung_verdict(rung, text[rung.end("marker") :])
        ):
            heads.append((i, rung.group("term"), at + offset + rung.start("marker")))
            continue
        kind_named = _KIND_NAMED_JI.match(text) if rung is None else None  # …核心指標是“單位能耗碳排放”，即…: the kind named, then glossed
        if (
            kind_named is not None and (marker is None or at_marker >= kind_named.start("term") - 2)
            and not _POINTING.search(kind_named.group()) and len(text[kind_named.end() :].strip(_SPACE + "。")) >= 8
            and _good_term(kind_named.group("term"))
        ):
            heads.append((i, kind_named.group("term"), at + offset + kind_named.start("marker")))
            continue
        place = PLACE_LEAD.match(text) if i == 0 and offset == 0 and marker is None and not unit.numbered else None
        if place is not None and _good_term(place.group("term")):
            heads.append((i, place.group("term"), at + place.start("genus")))  # 成都,四川省辖地级市,简称“蓉”,…: from the genus
            continue
        english_aside = _ENGLISH_ASIDE.match(text) if i == 0 and offset == 0 and not unit.numbered else None
        if english_aside is not None and _good_term(english_aside.group("term")):
            heads.append((i, english_aside.group("term"), at + english_aside.end()))  # 认罪认罚,Plea for leniency,指的是…: from the marker
            continue
        if i == 0:
            quoted = _QUOTED_JI.match(text) or _ABBREVIATION_JI.match(text) or _QUOTED_COMMA_IS.match(text)  # 1、“河长(zhǎng)制”,即由…; GDP,即…
            if quoted is not None and quoted.start(1) < at_marker:
                marker, at_marker = quoted, quoted.start(1)
            gloss = _GLOSS_IS.search(text, 0, MAX_TERM + 60)
            # (…普遍认为长寿风险(Longevity Risk)是由于…而造成的,均将长寿风险界定为…, P3022: the cause said by 是 is no gloss, the
            # defining verb the scholars use is)
            if gloss is not None and 0 < gloss.start(1) < at_marker and not speaker_defines:
                marker, at_marker = gloss, gloss.start(1)
            alias = _ALIAS.search(text, 0, MAX_TERM + 4)
            asked_about = text.rstrip(_SPACE + _CLOSERS)[-1:] in "?？"  # X,又称“Y”,你知道…吗?: a question, no gloss
            if alias is not None and _NEWS_AFTER_ALIAS.match(text, alias.end()):
                alias = None  # 老人食堂也叫长者饭堂,今年全市新建二十家: the other name, then news of it, no gloss (review 67)
            if alias is not None and 0 < alias.start() < at_marker and text[alias.end() :].strip(_SPACE) and not asked_about:
                term = text[: alias.start()].lstrip(_SPACE + "?？)）]】").strip(_SPACE)
                if _good_term(term) and not _quote_opens_inside(term):
                    definition_at = at + offset + alias.start() + (1 if text[alias.start()] in ",，" else 0)
                    following = _MARKER_OPENING.match(sentences[i + 1][1]) if i + 1 < len(sentences) and marker is None else None
                    if following is not None and text.rstrip(_SPACE + _CLOSERS).endswith(("。", "！", "!")):
                        definition_at = sentences[i + 1][0] + following.start(1)  # X,简称“Y”。是…: the alias a sentence of its own
                    genus = genus_after_aliases(text, alias.start())
                    definition_at = at + offset + genus if genus is not None and following is None else definition_at
                    heads.append((i, term, definition_at))
                    continue
            divided = _DIVIDED_THEN_GENUS.match(text)  # 傷殘津貼可分為普通傷殘津貼及高額傷殘津貼,是社會福利署…的現金津貼
            if divided is not None and divided.start("genus") < at_marker and _good_term(divided.group("term")) and not asked_about:
                heads.append((i, divided.group("term"), at + offset + divided.start("genus")))
                continue
        if i > 0 and not lead and marker is None:
            named_in_english = _ENGLISH_NAMED_IS.match(text)  # …享有平等的尊嚴和權利。人權(Human Rights)是…: the term introduced
            if named_in_english is not None and _good_term(named_in_english.group("term")):
                heads.append((i, named_in_english.group("term"), at + offset + named_in_english.start("marker")))
                continue
        opposite = _OPPOSITE_QUOTED_IS.match(text) if i > 0 and not lead and heads and heads[-1][0] <= i - 1 else None
        if opposite is not None and opposite.group("marker") == "是" and _opposite_verdict(opposite, text):
            opposite = None  # 与之相对的“正面清单”是今年改革的重点, 与其相反的“逆差”也是一个重要指标: a verdict (review 53)
        if opposite is not None and (marker is None or opposite.start("marker") <= at_marker):
            heads.append((i, opposite.group("term"), at + offset + opposite.start("marker")))  # 与其相反的“Y”(…)自然就是…
            continue
        glued = _SERIES_QUOTED_GLOSS.match(text) if i > 0 and not lead and heads and heads[-1][0] == i - 1 else None
        ended = sentences[i - 1][1].rstrip(_SPACE + _CLOSERS)[-1:] in "。！!" if glued is not None else False
        # (a bare 是 only in a series of quoted words glued to their markers, “4”指的是…。“6”是…: after another shape it gives a
        # verdict, and a role is one anywhere: …“一课”指按时上好党课。“三会一课”是党组织生活的基本形式,是…的主要途径)
        in_series = glued is not None and (glued.group(1) == "即" or _SERIES_QUOTED_MARKED.match(sentences[i - 1][1]) is not None)
        verdict = glued is not None and glued.group(1) == "是" and _role(text[glued.end() :])
        glued = glued if ended and in_series and not verdict else None
        if glued is not None and glued.start(1) < at_marker:
            marker, at_marker = glued, glued.start(1)  # …的治理。“水十条”即…: the next word of a series glossed by 即
        if (marker is None or at_marker == 0) and i > 0 and heads and heads[-1][0] == i - 1 and sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;":
            then = _outside_brackets(_THEN_IS, text, MAX_TERM + 4)  # “六稳”指的是:…;“六保”则是…: a parallel definition
            if then is not None and then.start() > 0:
                marker, at_marker = then, then.start()
        if i > 0 and not lead and heads and heads[-1][0] == i - 1 and sentences[i - 1][1].rstrip(_SPACE + _CLOSERS)[-1:] in "。！!":
            sibling = sibling_then_defined(text, heads[-1][1])  # 政策解读是指…。法规解读则是对…: a sibling term in contrast
            if sibling is not None and (marker is None or sibling[1] <= at_marker):
                heads.append((i, sibling[0], at + offset + sibling[1]))
                continue
        if marker is None and offset == 0:
            marker = ji_series_marker(sentences, i)  # 中國式,即…;中國式現代化,即…: short headwords glossed in a series
            at_marker = marker.start() if marker is not None else len(text)
        concept = (_QUOTED_CONCEPT_JI.search(text) or _PROPOSED_JI.search(text) or _PUT_FORWARD_JI.match(text)) if marker is None else None
        named = concept.group("term") or concept.groupdict().get("bare") if concept is not None else None
        # (a bare term's English name may have lost its opening bracket, 合理調整 reasonable accommodation): judged with it back)
        judged = _LOST_OPENING.sub(r"\1(\2", named) if named and concept.groupdict().get("bare") else named
        if concept is not None and _good_term(judged):
            heads.append((i, named, at + offset + concept.start("marker")))  # …提出“X”的概念,即“…”: from 即
            concepts.add(i)
            continue
        undertaken = _undertaken_ji(text) if marker is None and not heads else None
        if undertaken is not None and _good_term(undertaken.group("term")):
            # (…实施“百千万”产业扶贫工程,即…。同时,…: the programme's gloss runs on as a counted slogan's does, over the sentences
            # naming it again or going on with its work, not over a report's next tasks)
            opens = undertaken.start("marker") if undertaken.group("marker") else undertaken.end("colon")
            heads.append((i, undertaken.group("term"), at + offset + opens))
            counts.add(i)
            undertakings.add(i)
            continue
        # (not after a definition, nor after 其中: the parts of the definition above, 是指…两条绿化隔离带。其中,“一绿”即…)
        # (looked up only where a run-in gloss stands: a scan of the sentences before every sentence grows with the square of a report)
        counted = counted_quoted_ji(text, marker) if not re.match(r"[\s\u3000]*其中", text) else None
        counted = None if counted is None or heads or _marker_before(sentences, i) else counted
        if counted is not None:
            opens = counted.start("marker") if counted.group("marker") == "即" else counted.end("marker")
            heads.append((i, counted.group("term"), at + offset + opens))  # 打好“三大攻坚战”,即…; 凸显“三个为主”:…
            # (a colon's counted list closing its sentence is the whole gloss: 首次提出“六稳”:稳就业、…、稳预期。 — the next sentence
            # naming the slogan again, 而“稳就业”仍放在“六稳”第一位, is a remark on it, P2283)
            listed = counted.group("marker") in ":：" and counted_list_closes(counted, text[counted.end() :])
            (pieces if listed else counts).add(i)
            continue
        restated = RESTATED_CLAUSE.search(text) if marker is None else None
        restated = None if restated is None or heads or _marker_before(sentences, i) else restated
        if restated is not None and re.search(rf"[“「‘]{re.escape(restated.group('term'))}[”」’]", text[: restated.start()]) and _good_term(restated.group("term")):
            heads.append((i, restated.group("term"), at + offset + restated.start("marker")))  # …浮現「中三角」,其實中三角指的是…
            continue
        piece = quoted_piece_glossed(text) if marker is None else None
        piece = None if piece is None or heads or _marker_before(sentences, i) else piece
        if piece is not None:
            heads.append((i, piece.group("term"), at + offset + piece.start("marker")))  # …稳中求进的工作总基调,“进”就是发展,…
            pieces.add(i)
            continue
        framed_ji = _DESCRIBED_QUOTED_JI.match(text) if marker is None else None
        pointed = framed_ji is not None and (_POINTING.search(framed_ji.group()) or len(text[framed_ji.end() :].strip(_SPACE + "。")) < 8)
        if framed_ji is not None and not pointed and _good_term(framed_ji.group("term")):
            heads.append((i, framed_ji.group("term"), at + offset + framed_ji.start("marker")))  # …所创造的“四千”精神,即…
            continue
        kind = kind_then_usage(text) if i == 0 else None
        if kind is not None and _good_term(kind[0]):
            heads.append((i, kind[0], at + offset + kind[1]))  # “僵尸企业”是一个经济学术语,用来描述…: from 用来
            continue
        usage = usage_gloss(text, MAX_TERM)  # 土豪被內地網友用來諷刺…; 光棍被外媒用來指…: the word before 被
        if usage is not None and (marker is None or usage.start() < at_marker):
            marker, at_marker = usage, usage.start()
        counted = _COUNTED_NAMING.fullmatch(sentences[i - 1][1]) if i > 0 and marker is not None and at_marker == 0 and offset == 0 else None
        if counted is not None and _STRONG_AFTER_IT.match(text) and _good_term(counted.group("term")):
            heads.append((i - 1, counted.group("term"), at))  # 其一,X模式。指通过…: the counted sentence names the term
            continue
        if marker is None or at_marker == 0:
            continue
        subject = text[:at_marker]
        another_sense = _SENSE_QUALIFIER.fullmatch(subject) or PERIOD_OF_SENSE.fullmatch(subject.strip(_SPACE))
        if another_sense and heads and heads[-1][0] == i - 1 and sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;":
            # …;就其狭义而言,是指…, 工作者數於103年以前係指…;104年以後係指… (549's line, a semicolon): another sense of the term just
            # defined, or its sense in a later period, no headword
            continue
        asked = _ASKED_BEFORE.fullmatch(sentences[i - 1][1]) if i > 0 else None
        if asked and _ATTRIBUTION.match(subject.rstrip(_SPACE)) and _good_term(asked.group("term").strip(_SPACE)):
            heads.append((i - 1, asked.group("term").strip(_SPACE), at + offset + at_marker))  # 何谓「X」?据…的解读,是指…
            continue
        it = _IT_RESTATES.fullmatch(subject.rstrip(_SPACE))
        said = it and (it.group("term") or it.group("kind_of"))
        if said and _PRONOUN_THEN_ADVERB.fullmatch(strip_pinyin(said).strip(_SPACE)):
            continue  # “腾笼换鸟”是一个…比喻。它原本是农业领域的术语,指…: the word before in its first sense, no headword
        if said and _good_term(said):
            opens = it.end("term" if it.group("term") else "kind_of")
            if it.group("kind_of") and _LANGUAGE_WORD.search(subject[opens:]):
                opens = at_marker  # 黑名单是汉语中一个…的名词,指…(P1306): a word of the language, a dictionary's aside, left out
            heads.append((i, said, at + offset + opens))  # X是…属概念,又是…,它是指…
            continue
        sense = _IT_SENSE.fullmatch(subject.rstrip(_SPACE))  # 它原本指的是…: the sense's adverb opens the definition
        named = _IT_AFTER_NAMED.match(sentences[i - 1][1]) if i > 0 and (subject.strip(_SPACE) == "它" or sense) else None
        if named and _STRONG_AFTER_IT.match(text, at_marker) and _good_term(named.group("term") or named.group("headword")):
            opens = sense.start("adverb") if sense else at_marker
            heads.append((i - 1, named.group("term") or named.group("headword"), at + offset + opens))  # “大包干”这个词起源于…。它指的是…
            continue
        given = _NAME_GIVEN.fullmatch(subject)
        if given and _good_term(given.group("term") or given.group("concept")):
            def_from = given.start("adverb") if given.group("adverb") else at_marker
            heads.append((i, given.group("term") or given.group("concept"), at + offset + def_from))  # 湖南古属楚,名“湘楚”,主要是指…
            continue
        standing = status_then_defined(subject) if i == 0 else None
        if standing is not None:
            heads.append((i, standing[0], at + offset + standing[1]))  # 失业率是…的主要指标,一般是指…: the standing is no part
            continue
        manner = _MANNER_AFTER_TERM.search(subject)
        if manner and manner.start() > 0 and _good_term(subject[: manner.start()].strip(_SPACE)):
            subject = subject[: manner.start()]  # “点状用地”通俗点可理解为:…: the manner of saying is no part of term or gloss
        qualified = _SENSE_QUALIFIER.search(subject)
        if qualified and qualified.start() > 0 and _good_term(subject[: qualified.start()].strip(_SPACE)):
            at_marker = qualified.start() + len(subject[qualified.start() :]) - len(subject[qualified.start() :].lstrip(_SPACE))
            subject = subject[: qualified.start()]  # 统一战线就其广义而言,是指…: the sense opens the definition
        bare = subject.rstrip(_SPACE + ",，")
        if _SPEAKER_POINTS.search(bare):
            continue  # 多位委员認為,該計劃即為政府施政的重中之重: a speaker's verdict on a thing pointed at, no word (review 53)
        comma = re.match(r"(.+?)[,，]([^,，]{1,25})$", bare)
        connective = comma and any(c.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)) for c in (_CONNECTIVE, _PLAIN_CONNECTIVE, _SAYS))
        unsettled = _NO_AGREED_DEFINITION.fullmatch(bare) if i == 0 or offset == 0 else None
        definer_clause = comma.group(2) if comma else bare  # (学术界将“喘息服务”定义为:…: the definer opens the sentence)
        if (
            text.startswith(("定义为", "定義為", "界定为", "界定為"), at_marker)
            and (named := _DEFINER_NAMES.fullmatch(strip_pinyin(definer_clause).strip(_SPACE))) and _good_term(named.group("term"))
        ):
            # …提出,他将MaaS定义为:…: the word the speaker defines (before the verbs of saying below, 提出 closing the history)
            term, def_at = named.group("term"), offset + at_marker
        elif unsettled is not None and _good_term(unsettled.group("term").strip(_SPACE)):
            # 本港對棕地未有清晰統一定義,一般泛指…; 我國對「濕地」則未有公認的定義,大抵來說,是指…: the word the writer says has no
            # settled definition, then its usual sense: the term, the definition from the adverb (一般) or the marker (P2698, P2695)
            term = unsettled.group("term").strip(_SPACE)
            def_at = offset + (unsettled.start("adverb") if unsettled.group("adverb") else at_marker)
        elif comma and not connective and _DIGIT_OR_YEAR.search(comma.group(2)) and len(comma.group(2)) <= 14:
            # “规模以上工业企业”,1998-2006年,是指…: the period opens the definition (not after a connective, where the
            # digits are the term's own: 顾名思义,"武汉1+8城市圈"指的就是…)
            term, def_at = comma.group(1), offset + comma.start(2)
        elif comma and any(c.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)) for c in (_CONNECTIVE, _PLAIN_CONNECTIVE, _SAYS)):
            term, def_at = comma.group(2), offset + at_marker  # 其中,就业人口是指…; 通俗地说,全国两会是指…; 國家統計局指出,新産業指…
            if _restates_head_before(heads, i, comma.group(1), term):
                continue  # “时政”是“时事政治”的简称,…。简单来说,时政就是指…: the plain words go on the definition before
        elif comma and _SPEAKER_EXPLAINS.fullmatch(strip_pinyin(_CLAUSE_COMMA.split(comma.group(1))[-1]).strip(_SPACE)) and _good_term(comma.group(2).strip(_SPACE)):
            # 台電在…試辦「…方案」，台電說明，需量反應是指…, P3065, a news agency's report: the speaker's clause comes after another
            # clause of the same sentence (what the body did, then what it explained), as news reports write it; the speaker's
            # clause right before the word is the attribution whatever clauses come before it, and no part of the term (a body's
            # statement only, :data:`_SPEAKER_EXPLAINS`: a point of view, 从整句内容来看, or a view among others, 有人认为…,但也有专家
            # 认为,词中的三农是指…, P2580, stays the sentence's own)
            term, def_at = comma.group(2), offset + at_marker
        elif (
            comma and (reason := _BECAUSE.match(strip_pinyin(comma.group(2)).strip(_SPACE))) is not None
            and _good_term(reason.group("term")) and text.startswith(_STRONG_OPENINGS, at_marker)
        ):
            # …只是一个简单化的例子,因为育龄女性是指15-49岁的女性,… (P2809, a news article on fertility): the word explained as the
            # reason for what the sentence said, 因为 no part of it (a strong marker only: 因为X是…的 gives a reason, no gloss)
            term, def_at = reason.group("term"), offset + at_marker
        elif comma and _CITED_RULE_LEAD.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)) and _good_term(comma.group(2).strip(_SPACE)):
            term, def_at = comma.group(2), offset + at_marker  # 按我國消費者保護法第2條第9款規定,定型化契約係指…: the law cited
        elif comma and _ORIGINAL_SENSE.fullmatch(strip_pinyin(comma.group(2)).strip(_SPACE)) and _good_term(comma.group(1).strip(_SPACE)):
            term, def_at = comma.group(1), offset + comma.start(2)  # 首店,原意是指…: the word, its original sense opening the gloss
        elif comma and _FIELD_FRAME.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)) and _QUOTED_SUBJECT.fullmatch(comma.group(2)):
            term, def_at = comma.group(2), offset + at_marker  # 具体到中国经济的讨论中,“三期叠加”通常指的是…: the field no part
        elif comma and i == 0 and offset == 0 and apposed_genus(strip_pinyin(comma.group(2))) and _good_term(comma.group(1).strip(_SPACE)):
            term, def_at = comma.group(1), offset + comma.start(2)  # 飞地,一种特殊的人文地理现象,指…: the genus opens it
        elif (
            comma and i == 0 and (text.startswith("指", at_marker) or text.startswith("是指", at_marker) and _WHOLE_PARAGRAPH.search(unit.text) is not None)
            and _ADVERB_BEFORE_MARKER.fullmatch(comma.group(2).strip(_SPACE)) and _good_term(_after_label(comma.group(1)).strip(_SPACE))
            and not _FRAMED_SUBJECT.search(_after_label(comma.group(1)).strip(_SPACE))
        ):
            # 创意设计领域:澳门设计品牌营运,主要指…: the adverb opens the gloss, a label line's label is no part of the term (592)
            # (a first sentence's bare 指 only: …;在現狀下,主要指稱… is a later clause's scope; 是指 too in a paragraph left whole,
            # 乡村工匠,主要是指…, P2575, a magazine portal's lead — one the copy broke, 党的生日,通常是指…当时在 / 延安…, P579,
            # keeps the reading that keeps its break)
            term, def_at = _after_label(comma.group(1)), offset + comma.start(2)
        elif comma and _PLAIN_CONNECTIVE.fullmatch(strip_pinyin(comma.group(2)).strip(_SPACE)):
            term, def_at = comma.group(1), offset + at_marker  # 碳中和,顧名思義,是指…
        elif comma and comma.group(2).strip(_SPACE) == "它" and (it_names := _QUOTED_THEN_IT.fullmatch(comma.group(1))) is not None:
            term, def_at = it_names.group("term"), offset + at_marker  # 首先要談的是「凌晨」,它泛指…: the word 它 points back to
        elif comma and _named_then_this(comma.group(1), comma.group(2)):
            term, def_at = comma.group(2), offset + at_marker  # 然后是“几届”,这个“几届”指的是…: the demonstrative's term
        elif comma and unit.numbered and _WITHIN.fullmatch(strip_pinyin(comma.group(1)).strip(_SPACE)):
            term, def_at = comma.group(2), offset + at_marker  # 第三产业增加值构成中,其他服务业包括…
        elif (
            comma and _QUOTED_CLAUSE_SUBJECT.fullmatch(strip_pinyin(comma.group(2))) and text.startswith(_STRONG_OPENINGS, at_marker)
            and _QUOTED_CLAUSE_IS.search(text, at_marker) is None  # (…,「三不」是指…,「二會」是指…: a series, review 53)
        ):
            term, def_at = comma.group(2), offset + at_marker  # …推出「五階梯房屋政策」,…,「五階梯」由下至上是指…: the clause's word
            if (among := _AMONG_FRAME.match(term)) is not None:
                term = term[among.end() :]  # …,當中「三業」是指…: the frame word points back, no part of the term
        elif comma and (view := _SPEAKER_VIEW.fullmatch(strip_pinyin(comma.group(2)).strip(_SPACE))) and _good_term(view.group("term")):
            term, def_at = view.group("term"), offset + at_marker  # …的角度闡釋國土規畫,他認為國土規畫即…: the speaker's word
        elif (
            comma and (meaning_of := _FRAMED_TERM.fullmatch(strip_pinyin(comma.group(2)).strip(_SPACE))) is not None
            and len(meaning_of.group(1)) >= 2 and strip_pinyin(comma.group(1)).strip(_SPACE).startswith(meaning_of.group(1))
            and _good_term(meaning_of.group(1))
        ):
            # 基本工資也就是最低薪資,基本工資的定義是指…(P2662, a recruitment site's guide): a clause on the term (its other
            # name, its standing), then the term's definition named and given — the clause before is no part of the term
            term, def_at = comma.group(2), offset + at_marker
        elif (period := _CLOSING_PERIOD.search(bare)) is not None and period.start() > 0 and _good_term(bare[: period.start()].strip(_SPACE)):
            term, def_at = bare[: period.start()], offset + period.start()  # 工作者數於103年以前係指…: the period opens the definition
        elif (concept := _CONCEPT_PUT_FORWARD.fullmatch(bare)) is not None and _good_term(concept.group("term")):
            # 2005年,聯合國第一次明確提出普惠金融的概念,大意是指…: the concept put forward, its gist given (大意 kept, as the gold)
            term = concept.group("term")
            def_at = offset + (concept.start("gist") if concept.group("gist") else at_marker)
        elif not comma and (glued := _GLUED_AMONG.match(bare)) is not None and _good_term(bare[glued.end() :].strip(_SPACE)):
            term, def_at = bare[glued.end() :], offset + at_marker  # 其中碳足跡可被定義為…: 其中 glued to the term, no part of it
        else:  # 统计资料的保存管理,是指…  /  X是指…
            term, def_at = bare, offset + at_marker
        code_frame = _CODE_TERM_MEANS.match(text) if i == 0 and text.startswith(("謂", "谓"), at_marker) else None
        if code_frame is not None and code_frame.start(2) == at_marker:
            term, def_at = code_frame.group("term"), offset + code_frame.end(2)  # 稱普通抵押權者,謂…: frame and caption left out
        if subject.rstrip(_SPACE)[-1:] in ",，" and _KIND_OF_SAYING.fullmatch(strip_pinyin(term).strip(_SPACE)):
            continue  # 1、新三样 / 比喻说法,指…: a verbless gloss naming what kind of saying the headword above is, no term
        if naming_predicate(strip_pinyin(term)) and heads:
            continue  # …;居住环境上为对应于城市的称谓,指…: the definition before goes on, no headword
        if _ITS_ESSENCE.fullmatch(strip_pinyin(term).strip(_SPACE)):
            continue  # X是一种…机制。其实质就是…: the essence of the term before, whose definition goes on
        numbered = _PARAGRAPH_NUMBER.match(term.strip(_SPACE)) if i == 0 and offset == 0 else None
        if numbered and _good_term(term.strip(_SPACE)[numbered.end() :]) and not (
            _MONTH_DAY.fullmatch(numbered.group()) and _DATED_NAME.search(term.strip(_SPACE))
        ):
            term = term.strip(_SPACE)[numbered.end() :]  # 8.1議員的舉止泛指…: the paragraph's number is none of the term
        foreign = without_foreign_label(term)
        term = foreign if foreign and _good_term(foreign) else term  # 乡村,(英語: rural )指…
        english = without_english_words(term)
        term = english if english and _good_term(english) else term  # 无废城市(zero-waste city)是…
        lost = len(term) - len(term.lstrip(_SPACE + ")）]】?？"))  # ')X是指…': a note number lost its opener; '??? X': lost characters
        term = term[lost:].strip(_SPACE)
        if i == 0 and term[-1:] in "”」』" and not re.search("[“「『]", term):
            term = term[:-1].strip(_SPACE)  # 三改一拆」是指…: a page that lost the opening mark keeps a stray closing one
        term = term[_SO_CALLED.match(term).end() :] if _SO_CALLED.match(term) else term  # 所谓“三保”,是指…
        cited = _CITED_AFTER_TERM.search(term)
        term = term[: cited.start()] if cited is not None and _good_term(term[: cited.start()].strip(_SPACE)) else term  # 消費者,依照…的規定,
        sense = _SENSE_FRAME.match(term)
        if sense and _good_term(term[sense.end() :].strip(_SPACE)):
            term = term[sense.end() :].strip(_SPACE)  # 广义上的PPP泛指…: the sense the definition gives, no part of the term (P2285)
            sensed.add(len(heads))
        law_frame = _LAW_RULED.match(term)
        term = term[law_frame.end() :] if law_frame and _good_term(term[law_frame.end() :]) else term  # 《新控煙法》規定的"室內場所"是指…
        lead = _LEAD_WORD.match(term)
        if lead and _good_term(term[lead.end() :].strip(_SPACE)):
            term = term[lead.end() :].strip(_SPACE)  # 新华社北京3月7日电 X是指…, 导读 X是指…, 通常X是指…
        headline = _HEADLINE_BEFORE.match(term)
        if (
            headline
            and _HEADLINE_WORDS.search(term[: headline.end()])
            and _good_term(term[headline.end() :].strip(_SPACE))
            and not _wrapped_by_spaces(unit.text)
            and not unit.numbered
        ):
            term = term[headline.end() :].strip(_SPACE)  # 馬拉松經濟拉動168億元消費 馬拉松，特指…: the headline above, run in
        granted = GRANTED_WORD.fullmatch(term)  # 虽然‘通衢’一词泛指…,但…: the word granted its sense, then the point
        if granted and text.startswith(("泛指", "指", "是指", "一般指", "通常指"), at_marker):
            term = granted.group("term")
            conceded.add(len(heads))
        term = term[: _QUOTED_THEN.search(term).start()] if _QUOTED_THEN.search(term) else term  # “全程网办”则是指…
        term = term[_BUT_QUOTED.match(term).end() :] if _BUT_QUOTED.match(term) else term  # …;而“三线”则是指…
        manner = _MANNER_OF_SAYING.search(term)  # 三年大变样准确地说是指…: how the writer puts it, no part of the term
        if manner and manner.start() > 0 and _good_term(term[: manner.start()].strip(_SPACE)):
            term = term[: manner.start()].strip(_SPACE)
        if term.endswith("具体") and _good_term(term[:-2].strip(_SPACE)):
            term = term[:-2].strip(_SPACE)  # 三区三线中的三区具体是指…: 具体 joins the term to its marker
        ji = _JI_BEFORE_MARKER.search(term) if text.startswith(("是指", "指"), at_marker) else None
        if ji is not None and subject.rstrip(_SPACE).endswith(term) and _good_term(term[: ji.start()].strip(_SPACE)):
            term, def_at = term[: ji.start()].strip(_SPACE), def_at - len(ji.group())  # 生物多樣性即是指「…」: 即 opens the gloss
        each = False  # 分别 before the marker: several things glossed in turn
        if term.endswith(("分别", "分別")) and subject.rstrip(_SPACE).endswith(term) and _good_term(term[:-2].strip(_SPACE)):
            term, def_at, each = term[:-2].strip(_SPACE), def_at - 2, True  # 第一二三産業分别指…: 分别 opens the definition
        also = _ALSO_NAMED.fullmatch(term)  # 第三产业即服务业,是指…: the other name opens the definition
        if also and bare.endswith(term) and _good_term(also.group(1)):
            term, def_at = also.group(1), offset + len(bare) - len(term) + also.start(2)
        this = _THIS_QUOTED.fullmatch(term)  # 这“五个振兴”分别指的是…: the quoted headword; 分别 opens the definition
        if this:
            term = this.group("term")
            def_at -= len(this.group("each") or "")
        statute = STATUTE_LEAD_IN.match(term)  # 第三条 本实施办法所称的村庄,是指…: a regulation's defined term
        quoted = _FRAMED_QUOTED_WORD.fullmatch(term, statute.end()) if statute and "所" in statute.group() else None
        if quoted and _good_term(quoted.group(1)):
            term = quoted.group(1)  # 本法第二條第一項所稱財產之取得「依據法律規定」係指…: the quoted words of the act
        elif statute and statute.end() and _good_term(term[statute.end() :].rstrip("、")):
            term = term[statute.end() :].rstrip("、")  # 本办法所称X、是指…: 、 typed for the comma
            # (after a lead-in naming the regulation's own word only: 第二条X(以下简称Y),是指…, an article's number alone, keeps it)
            short_form = _SHORT_FORM_AFTER.search(term)  # 本办法所指的专项资金(下称衔接资金),是指…: the headword without its short form
            if short_form and "所" in statute.group() and _good_term(term[: short_form.start()].rstrip(_SPACE)):
                term = term[: short_form.start()].rstrip(_SPACE)
        framed = _FRAMED_TERM.fullmatch(term)  # 耕地的含义是指…: the term is 耕地
        if framed and framed.start(1) > 0 and _CITED_SOURCE.fullmatch(framed.group(1).strip(_SPACE)):
            continue  # 依該辦法之定義,係指…: the source cited, the defined word unsaid
        term = framed.group(1) if framed and _good_term(framed.group(1)) else term
        definer = _DEFINER_BEFORE.match(term) if framed else None  # 世界銀行對職業教育的定義是…: the body defining it, no part of it
        if definer and _good_term(term[definer.end() :].strip(_SPACE)):
            term = term[definer.end() :].strip(_SPACE)
        if framed and _good_term(framed.group(1)) and def_at == offset + at_marker and (said := _FRAME_IS_COLON.match(text, at_marker)):
            def_at += said.end() - at_marker  # 全域旅游的官方定义是:在一定区域内…: the frame's 是 and colon are no part of the gloss
        term = located_meaning_term(term) or term  # 民营在汉语词典中的规范释义指…: the word
        restated_subject = _RESTATED_SUBJECT.fullmatch(strip_pinyin(term).strip(_SPACE))
        if restated_subject is not None and _good_term(restated_subject.group("term")):
            # 碳交易即「碳排放權交易」,根據聯合國《京都議定書》,碳交易是以…: the word restated after its renaming and a frame (P2550)
            term = restated_subject.group("term")
        listed = offset > 0 or i > 0 and sentences[i - 1][1].rstrip(_SPACE)[-1:] in "；;"
        series = each and bool(_QUOTED_SERIES.fullmatch(strip_pinyin(term).strip(_SPACE)))  # “A”“B”“C”分别指的是…
        task = TASK_SLOGAN.fullmatch(strip_pinyin(term).strip(_SPACE)) and text.startswith("指", at_marker) and subject.rstrip(_SPACE)[-1:] in ",，"
        named = i == 0 and offset == 0 and _NAME_QUOTING_A_PART.fullmatch(strip_pinyin(term).strip(_SPACE)) is not None and text.startswith(_STRONG_GLUED, at_marker) and subject.rstrip(_SPACE) == subject.rstrip(_SPACE + ",，")
        if _quote_opens_inside(term) and not (listed and len(strip_pinyin(term)) <= 12) and not framed_quoted_term(strip_pinyin(term)) and not series and not task and not named:
            continue  # 着力解决“三老”问题,是指…: prose around a quoted term (not an item of a list after a colon)
        rest = text[marker.end() :].strip(_SPACE)
        if rest[:1] in ":：" and not rest[1:].strip(_SPACE):
            continue  # 兩中心一平臺分別指: (nothing after the colon): a lead line, its items follow
        asked = rest.rstrip(_CLOSERS)[-1:] in "?？" and not _READER_QUESTION.search(rest)
        good = _good_term(term) or bool(task) and _good_term(re.sub("[,，]", "、", term))  # (建设“两大基地,五大中心”: the slogan's comma)
        if not good or not rest or _ASKS.match(rest) or asked:
            continue
        if sense_only(term):
            continue  # ⒈ 旧时指…, 廣義係指…: the sense of a word the page names elsewhere (its sense heading's), no term here
        if text.startswith("是以", at_marker) and _role(text[at_marker + 1 :]):
            continue  # “双创”是以创业创新带动就业的有效方式，是推动…的重要力量，…: its standing, no definition
        if _PRONOUN_THEN_ADVERB.fullmatch(strip_pinyin(term).strip(_SPACE)):
            continue  # “腾笼换鸟”是一个…比喻。它原本是…术语,指…: the word before in its first sense, no headword of its own
        if _DEMONSTRATIVE_SUBJECT.match(term) and not _ABOUT_A_WORD.search(term) or _RULED_SCOPE.match(text, at_marker):
            continue  # 这一年发展国民经济的主要任务,是以…; 固定资产投资总规模，包括…，都必须由…综合平衡: prose, a rule
        if _CRITERION.match(term) and _NOTE_MARKER.match(text, at_marker):
            continue  # 2、按收获季节包括夏收粮食…: a classification, no term
        site = _SITE_NAME.match(term)  # 江南体育官方网站货物进出口总额指…: an injected site name glued before the term
        if site and _good_term(term[site.end() :]):
            term = term[site.end() :]
        pair = _pair_run_in(term)  # 商品目的地进口额和商品货源地出口额目的地进口额指…;货源地出口额指…
        if pair and bare.endswith(term):
            term, def_at = term[: len(term) - len(pair)], offset + len(bare) - len(pair)
        term = _counted_title_run_in(term) or term  # 山西一群两区三圈一群是指…: the first part, the title glued before it
        term = usage_term(term) if marker is usage else term  # 「很牛」一詞是用來形容…: the word, not the frame
        if reported_speech(term, text, at_marker, numbered=unit.numbered):
            continue  # 消息指,政府將…; 有人指…: news saying who said it, no definition
        if ruling is not None and offset == ruling.end() or in_law:
            ruled.add(at + def_at)  # (a quoted law's clause too: it ends where the quotation closes)
        if marker is not None and getattr(getattr(marker, "_match", marker), "re", None) is _NOTE_WEI_CLASS:
            classed.add(at + def_at)  # 旅游饭店为…的酒店、宾馆,社会旅馆接待人数含…: ends before the next label's clause
        heads.append((i, term, at + def_at))
        heads.extend(sibling for sibling in siblings if sibling[0] == i)
    found = []
    for n, (i, term, def_at) in enumerate(heads):
        own_paragraph = False  # the definition ends with its paragraph inside a numbered section (its last offset kept)
        if i in parts:
            end = sentences[i][0] + len(sentences[i][1])  # “三会”指…,“一课”指…。: each part ends at its comma or the stop
        elif i in pieces:
            end = sentences[i][0] + len(sentences[i][1])  # (…高质量的发展。(郝芳芳): the byline after it is none of it)
        elif i in counts:
            # a slogan spelled out in running prose takes the sentences that name it again, no more (…“三大攻坚战”,即…。报告…对
            # “三大攻坚”分别进行了专门安排。; not the report's next point, 三是合理安排中央财政超收收入。), and its
            # items run on with semicolons (“两个免于提交”,即凡是…免于提交;凡是…免于提交实体证照。, a 嘉定 report)
            key = strip_pinyin(term).strip("“”\"「」")[:4]
            j, stop = i + 1, heads[n + 1][0] if n + 1 < len(heads) else len(sentences)
            # (a programme carried out also takes the sentence that goes on with its work, …特色精品园。同时,每个贫困村发展…, P1988;
            # not the report's next task, …植树种草。加强天然林保护,…)
            while j < stop and (
                key in strip_pinyin(sentences[j][1]) or sentences[j - 1][1].rstrip(_SPACE)[-1:] in "；;"
                or i in undertakings and _SAME_WORK.match(sentences[j][1]) is not None
            ):
                j += 1
            end = sentences[j - 1][0] + len(sentences[j - 1][1])
        elif len(heads) == 1 and (i == 0 or unit.numbered or not _defines_after(sentences, i, term) or _asked_first(sentences, i, term)):
            # (one definition inside a paragraph whose later sentences define nothing runs to its end: an editor's note
            # 首店、首秀…已成為…現象。“首發經濟”是指…的總稱。…提出“積極推進首發經濟”。…重要途徑。)
            end = len(body)
            if unit.numbered and i > 0:
                end = _paragraph_end(unit, skip, def_at, end, body)
                own_paragraph = end < len(body)
            contrast = next((k for k in range(i + 1, len(sentences)) if _CONTRAST_THEN.match(sentences[k][1])), None)
            if contrast is not None:  # 村级债务是指…。这些债务则是历史上长期积累形成的,…: another subject's, no sibling
                end = sentences[contrast][0]
            key = strip_pinyin(term).strip("“”\"「」")[:4]
            topic = next((k for k in range(i + 1, len(sentences)) if _opens_topic(sentences[k][1].strip(_SPACE), key)), None)
            if topic is not None and sentences[topic][0] < end:  # X是指…。简单来说,今年全区要重点抓好…: the next topic
                end = sentences[topic][0]
            story = next((k for k in range(i + 1, len(sentences)) if _DATED_STORY.match(sentences[k][1]) and sentences[k - 1][1].rstrip(_SPACE)[-1:] in "。！？!?"), None)
            if story is not None and sentences[story][0] < end:  # X是指…的總和。2001年世界銀行提出…: the word's story
                end = sentences[story][0]
            if i > 0 and not unit.numbered:
                # …的政策。首店,原意是指…的新店。由首店品牌积聚衍生的“首店经济”有助于…(P1340): a definition in a paragraph's
                # middle ends before a sentence on a longer quoted word built on its term, another subject
                built = next((k for k in range(i + 1, len(sentences)) if _built_on(sentences[k][1], key)), None)
                if built is not None and sentences[built][0] < end:
                    end = sentences[built][0]
            # …因为育龄女性是指15-49岁的女性,…。下表是2022年中国育龄女性分年龄…生育率(…),数据来源是…(P2809): a sentence leading
            # into a table or a figure is the article's data, another subject
            table = next((k for k in range(i + 1, len(sentences)) if _TABLE_LEAD.match(sentences[k][1].strip(_SPACE))), None)
            if table is not None and sentences[table][0] < end:
                end = sentences[table][0]
            if i in concepts:  # …提出了“双碳”目标,即“碳达峰”和“碳中和”。本文将…: a name just put forward, glossed in its clause
                end = min(end, sentences[i][0] + len(sentences[i][1]))
        else:
            # several definitions, or one inside a paragraph (其一,含义不同。耕地的含义是指…。农作物播种面积
            # 则是…): a definition takes the sentences that go on about its term; in a paragraph's middle,
            # only those that open so (其中, 也, 它 …), not one that merely names the term again
            j = i + 1
            stop = heads[n + 1][0] if n + 1 < len(heads) else len(sentences)
            key = strip_pinyin(term).strip("“”\"「」")[:4]
            # (a framed term X的Y is named again by its tail: 统筹基金的最高支付限额 / 超出最高支付限额以上的医疗费用,…)
            tail_key = strip_pinyin(term).strip("“”\"「」").rpartition("的")[2][-4:] if "的" in term else key
            named = len(heads) > 1
            while j < stop and (
                _continues(sentences[j][1].strip(_SPACE), key)
                or named and (key in strip_pinyin(sentences[j][1]) or len(tail_key) == 4 and tail_key in strip_pinyin(sentences[j][1]))
                or named and _points_back(sentences[j][1], term)  # …的交易模式。互联网对此种模式下处方药的销售冲击并不大,…
                or sentences[j - 1][1].rstrip(_SPACE)[-1:] in "；;"  # A;B;C。: one list, one sentence
                or next_ordinal_part(sentences[j][1], body[def_at : sentences[j][0]])  # …:第一是…。第二是…: the counted parts
            ):
                j += 1
            if n == 0 and i == 0 and n + 1 < len(heads) and _SIBLING_THEN.match(sentences[stop][1]):
                j = stop  # 查账征收是指…。税务机关会…。核定征收则是指…: the first term's sentences, up to its sibling's
            if n + 1 < len(heads) and stop > j and sentences[stop - 1][1].rstrip(_SPACE)[-1:] in "；;":
                j = stop  # 新產業是指…。目前,…等等;新商業模式是指…: run in with semicolons, each runs to its semicolon
            j = _last_naming(sentences, j, stop, key) if n + 1 == len(heads) and n > 0 else j
            if n + 1 == len(heads) and n > 0 and heads[0][0] == 0 and _SIBLING_THEN.match(sentences[i][1]):
                # …核定征收则是指…。税务机关会…。纳税人…。总体而言,…: the sibling's sentences, up to a summary
                j = next((k for k in range(i + 1, stop) if _SUMMARY_OPENING.match(sentences[k][1])), stop)
            if n in sensed and j < stop and _OTHER_SENSE.match(sentences[j][1].strip(_SPACE)):
                # 广义上的PPP泛指…。狭义上PPP的典型模式是…。在该模式下,…: the paragraph gives the word's senses in turn, one gloss
                j = stop
            j = i + 1 if closes_series(sentences, heads, n) else j  # …;勇毅前行,意為…。該語既是…: the series' last gloss
            j = i + 1 if i in concepts else j  # …提出“X”的概念,即“…”;2016年,…: the quoted concept ends with its clause
            end = sentences[j - 1][0] + len(sentences[j - 1][1])
            # (黃色警戒是指,…發布「黃色警戒」。地方政府應進行疏散避難勸告。 紅色警戒是指,…, P2870: paragraphs flattened into one line,
            # each opening with its term; a definition is its paragraph, up to the space after the stop)
            flat = _flattened_paragraph(body, sentences, i, term, sentences[stop][0] if stop < len(sentences) else len(body))
            end = flat if flat is not None else end
        end = before_opinion(body, def_at, end)  # …引申为…等。他认为,…: the speaker's opinion, a comment
        end = _before_run_in_list(body, def_at, end, term)  # …的制度。以下是X的基本原则…:责任主体明确: …: the list run in
        end = before_other_source(body, def_at, end)  # …组织形态[2]。余秀琴指出…[3]。: another work's account, the review
        if def_at in ruled:  # 「『X』係指…統計。」並回溯自…實施。: the ruling's words, not what was done with them
            closed = _ruling_close(body, def_at, end)
            end = closed if closed is not None else end
        if def_at in classed:  # …的酒店、宾馆,社会旅馆接待人数含…。: the next label's own clause (its scope) is no part of it
            next_label = _NEXT_LABEL_CLAUSE.search(body, def_at, end)
            end = next_label.start() if next_label else end
        but = BUT_CLAUSE.search(body, def_at, end) if n in conceded else None
        end = but.start() if but else end  # 虽然‘通衢’一词泛指…之称,但真正…: the concession ends before 但
        remark = _SOURCE_REMARK.search(body, def_at, end)  # …临时工。(摘自国家统计局网站)
        end = remark.start() if remark else end
        paywall = _PAYWALL_MARK.search(body, def_at, end)  # …创新创造活力。(剩余1071字): the portal's paywall, no part
        end = paywall.start() if paywall else end
        end = _before_cell(body, def_at, end)
        passage = _CARD_PASSAGE_BREAK.search(body, def_at) if card else None
        following = sentences[heads[n + 1][0]][0] if n + 1 < len(heads) else len(body)
        if passage is not None and passage.start() <= following and not (def_at in ruled and end <= passage.start()):
            end = passage.start()  # 名詞解釋:  X簡稱Y,為…。…宗旨。   根據是項宗旨,…: the card's passage, no more and no less
        lead_in = _CLOSING_LEAD_IN.search(body, def_at, end)  # …。具体来说: announcing the lines below
        glued = lead_in and _ALTERNATIVE_BRACKET.search(body, max(def_at, lead_in.start() - 8), lead_in.start() + 1)
        if glued and glued.end() == lead_in.start():
            lead_in = None  # 指直轄市、縣(市)政府、…之園區: (818): the bracket names an alternative inside a word, no sentence's close
        if lead_in and _ANNOUNCED_ITEMS.search(body, def_at, lead_in.start()) and lead_in.group().strip(_SPACE).startswith("但"):
            lead_in = None  # …符合下列各款情形之一之電影片。但…從其規定: (774): the article's proviso over its own items
        if lead_in and not _names_term(lead_in.group(), term) and not _ANNOUNCES_BELOW.match(lead_in.group().strip(_SPACE)) and not _LEAD_IN_MARKER.fullmatch(lead_in.group().strip(_SPACE)) and not _EXAMPLE_LEAD_IN.fullmatch(lead_in.group().strip(_SPACE)):
            end = lead_in.start()
        label = _STRAY_LABEL.search(body, def_at, end)  # …的经济增长板块。 中文名: an info box's label after a lost break
        end = label.end(1) if label else end
        definition = body[def_at:end].rstrip(_SPACE + "|").rstrip("；;")  # (4)X指…;: the list's separator
        term_at = body.index(term, sentences[i][0])  # (after any lost note-number bracket)
        found.append(
            Found(
                term, definition.strip(_SPACE), body[term_at:end].rstrip(_SPACE + "|"), unit.line, unit.at(skip + term_at),
                unit.at(skip + end - 1) + 1 if own_paragraph else unit.at(skip + end),
            )
        )
    return [part for entry in _restatements_joined(found) for part in _longer_term_after_comma(entry)]


# A term card's passages under its 名詞解釋: label, run into one line and set apart by runs of spaces after a stop (a dictionary
# card of 國家教育研究院, 566: 名詞解釋:  高級中學簡稱高中,為…之預備為宗旨。   根據是項宗旨,高級中學之課程,…): the headword's gloss
# ends with its passage, the later passages saying more about it (its curriculum, its history), as the cards' gold reads them.
_CARD_LABEL = re.compile(r"[\s\u3000]*(?:名词解释|名詞解釋)[\s\u3000]*[:：]")
_CARD_PASSAGE_BREAK = re.compile(r"(?<=[。！？!?])[ \u3000]{3,}(?=\S)")


def past_card_gloss(text: str, starts: list[int]) -> bool:
    """Whether ``text`` is a term card's 名詞解釋: line whose definitions (``starts``, offsets in it) all open past its first
    passage: a law the card quotes later (``…第三條指出:「所稱大學分設學系,涵蓋…;所稱單獨設研究所,係指…」``, 683) defines
    other words, and the first passage is still the gloss of the card's headword (``學系`` / … / ``名詞解釋:  學系是…``), which
    the headword blocks read only while the line is left to them."""
    label = _CARD_LABEL.match(text)
    passage = _CARD_PASSAGE_BREAK.search(text, label.end()) if label else None
    return passage is not None and bool(starts) and min(starts) >= passage.end()


def card_first_passage(entry: Found) -> Found:
    """``entry``, a headword block's gloss on a term card's line that :func:`past_card_gloss` left to it, cut at its first
    passage (``學系是…基本單位。…始得設置。``): the later passages say more about the headword, as the prose pass reads a card."""
    passage = _CARD_PASSAGE_BREAK.search(entry.definition)
    if passage is None or not entry.quote.endswith(entry.definition):
        return entry
    cut = len(entry.definition) - passage.start()
    return Found(entry.term, entry.definition[: passage.start()], entry.quote[:-cut], entry.line, entry.start, entry.end - cut)


# A short label set off by a space after the paragraph's last stop (…新的经济增长板块。 中文名, an encyclopedia copy whose
# info box follows the lead on the same line): a line break the copy lost, the label no part of the definition. A word
# after the stop with no space (…。主要统计指标解释) or a longer run of text is left to the other rules.
# (a section heading glued so, as long as a short heading runs: …颁发相应的职业技能等级证书。 级别划分及相应职称相同, P2675, a
# subscription account's article whose next heading lost its line break — its own line below no part of the gloss either)
_STRAY_LABEL = re.compile(r"([。！？!?][”」』]?)[ \u3000]+[\u4e00-\u9fff]{2,12}[\s\u3000]*$")


_LOST_PARAGRAPH_BREAK = re.compile(r"(?<=[。！？!?])[ \u3000]+(?=[\u4e00-\u9fff])")


def _flattened_paragraph(body: str, sentences: list[tuple[int, str]], i: int, term: str, limit: int) -> int | None:
    """Where the paragraph of sentence ``i`` ends when ``body`` is paragraphs flattened into one line, their breaks kept only as
    a space after a stop (:data:`_LOST_PARAGRAPH_BREAK`), and that sentence opens its paragraph with ``term``: the next such
    break before ``limit`` (the next definition's sentence), or ``limit``; None when the sentence opens no paragraph so.

    A news page copied as one line (P2870: ``…紅、黃色警戒。 黃色警戒是指,…發布「黃色警戒」。地方政府應進行疏散避難勸告。 紅色警戒是指,…``)
    sets its paragraphs apart so and its sentences not (Chinese prose puts no space after a stop inside a paragraph): a
    definition opening a paragraph is that paragraph, the sentence after it no other subject's though it does not name the term.
    """
    breaks = [m.end() for m in _LOST_PARAGRAPH_BREAK.finditer(body)]
    head_at = body.find(term, sentences[i][0])
    if not breaks or head_at < 0 or head_at not in breaks:
        return None
    later = [at for at in breaks if head_at < at <= limit]
    end = later[0] if later else limit
    return len(body[:end].rstrip(_SPACE))


def _paragraph_end(unit: _Unit, skip: int, def_at: int, end: int, body: str = "") -> int:
    """Where the paragraph holding ``def_at`` ends (an offset of the unit's body, after its number) when the numbered
    unit joined paragraphs set apart by blank lines and the definition stands in one after its first: a work report's
    numbered section, every paragraph indented alike, is joined as one note (the 1983 report's ``（５）改进…`` and the five
    paragraphs after it), and a definition inside its later prose ends with its own paragraph, not the section's."""
    paragraphs = [in_text - skip for (in_text, _), before, after in zip(unit.joins, unit.lines, unit.lines[1:]) if after - before > 1]
    # (a section flattened to one line keeps its paragraph breaks only as a space after a stop, …組成。 基本儲備是指…。 超額儲備是…,
    # 780, a Macao news item: Chinese prose sets no space after its stops inside a paragraph)
    paragraphs = sorted([*paragraphs, *(m.end() for m in _LOST_PARAGRAPH_BREAK.finditer(body))])
    if not paragraphs or def_at < paragraphs[0]:
        return end
    return next((at for at in paragraphs if at > def_at), end)


# A sentence opening with a year and then who acted (2001年世界銀行提出加快發展各國私營部門新戰略,…, P2451, a company's news
# after 我們知道,營商環境是指…的總和。): the story of how the word came about or was taken up, told after the paragraph's one
# definition; it ends the definition, as a date setting a scene opens a story, no gloss (P571). Only a dated act (提出, 发布,
# 出台, 成立, 启动, 推出 … in the year's clause): a year setting a point of view, 2025年视角下,这些区域正经历…, is no event (the
# 老区 teaser, review 41). A year before 以来/起/后
# (2001年以来, 2010年起) or as a period (2001年代, 2001年度) or a counted span (2001年至…) leaves the sentence as it is, and so
# does a clause after a semicolon (…;2011年开始至今,统计范围为…, 15: the periods of one definition). A month and a day may
# follow the year (2011年7月,工信部首次提出…, 2016年12月,中办、国办印发…, review 56), the same story dated more closely; 2020年
# 11月起, 2011年1月开始, 2020年底 stay spans; so does the middle of a year, 2020年中期, 12月中旬 — but not a body named
# right after the year, 2016年中共中央、国务院印发…, 2020年中办、国办印发…, review 57.
_DATED_STORY = re.compile(
    r"[\s\u3000]*(?:1[89]|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?(?!\d)(?![代度以起后後至到底末初开開])(?!中(?:期|旬|叶|葉|[,，]|以|起|后|後|前|开|開|至|到))[,，]?[\s\u3000]*[^,，。；;:：!！?？]{0,20}?"
    r"(?:提出|发布|發布|出台|印发|印發|颁布|頒布|成立|设立|設立|启动|啟動|推出|首次|开始|開始)"
)
# A sentence opening with a subject, no punctuation before it, and 则是/则指/则为 (去年全市农村居民的工资性收入则是增长最快的一项;
# 这些债务则是历史上长期积累形成的): a contrast about another subject (a sibling term so defined is an entry of its own); the
# one definition of a paragraph that would run to its end stops before it.
# (則 closing a rule noun, 原則, 規則, 細則, 準則, is no connective when that noun is the whole subject, at most after a
# modifier: 一般原則是議員應…, 677, states a principle of the same subject; a sibling word that merely ends in such a character
# is the contrast's subject as before: 行业标准则是…, 行政法规则是…, 平原则是…, 新做法則是…, 企业所得税则是…, review 48)
_CONTRAST_THEN = re.compile(
    r"(?![\s\u3000]*(?:其|该|該|本|此|这|這)?(?:一般|基本|主要|首要|根本|总体|總體|指导|指導|具体|具體|共同|通用|核心)?"
    r"(?:原|规|規|细|細|准|準|守|总|總|法|通)[则則](?:是|指|为|為))"
    r"[\s\u3000]*而?[^\s\u3000,，。；;:：、!！?？]{2,20}?[则則](?:是|指|为|為)"
)


# A pronoun and an adverb of time or manner as the subject (它原本是…, 它本来指…, 其最初是…): the sentence goes on about the word
# the sentence before named (P2027's generated answer; the gold keeps it inside that word's gloss), no headword of its own.
_PRONOUN_THEN_ADVERB = re.compile(r"(?:它|其|该词|該詞|这个词|這個詞)(?:原本|本来|本來|原来|原來|原先|最初|起初|最早|本身|通常|一般|主要)")
# A subject opening with a demonstrative (这一年…的主要任务, 这项规定): the prose's own thing, named by what came before, no term.
_DEMONSTRATIVE_SUBJECT = re.compile(r"[\s\u3000]*(?:这|這|那)(?:一|个|個|些|年|种|種|项|項|次|样|樣|条|條)")
# (a demonstrative subject standing for a word, 这个起源于广东方言的词语,意为…, is the anaphora rules' to resolve)
_ABOUT_A_WORD = re.compile(r"(?:词语|詞語|词|詞|说法|說法|术语|術語|名词|名詞|概念|字|用语|用語|流行语|流行語|热词|熱詞)$")
# A scope in commas before what must be done with it (一、固定资产投资总规模，包括国家预算内的拨款、自筹资金和银行贷款，都必须由
# 国家计委…进行综合平衡, the 1982 work report's rules): an instruction, no definition of the subject.
_RULED_SCOPE = re.compile(
    r"(?:不?包括|包含)[^。；;]*?[,，][\s\u3000]*(?:也)?(?:都|均|一律|全部)(?:必须|必須|要|应当|應當|应|應|须|須|不得)"
)


# A demonstrative and a classifier in a sentence's first clause, then a noun (互联网对此种模式下…, 该制度的…, 这类产品…).
_DEMONSTRATIVE_NOUN = re.compile(r"(?:此|这|這|该|該)(?:种|種|类|類|一|项|項)?(?P<noun>[\u4e00-\u9fff]{2})")


# The marks ending a sentence's first clause (a demonstrative naming the term back is looked for before them).
_FIRST_CLAUSE_END = re.compile(r"[,，。；;:：]")


def _points_back(sentence: str, term: str) -> bool:
    """Whether ``sentence``'s first clause names the term by a demonstrative and the term's head noun, its last two
    characters (``B2B 模式是指…的交易模式。互联网对此种模式下处方药的销售冲击并不大,…``, P2781, a law journal glossing
    the sales models one after another in one paragraph): the sentence goes on about the term just defined, though it
    does not repeat its name. The next term's own sentence (``B2C 模式是指…``) still ends it."""
    head = strip_pinyin(term).strip("“”\"「」 ")[-2:]
    clause = _FIRST_CLAUSE_END.split(strip_pinyin(sentence), maxsplit=1)[0]
    return len(head) == 2 and any(m.group("noun") == head for m in _DEMONSTRATIVE_NOUN.finditer(clause))


# A sentence announcing what follows (以下是…:, 以下为…:, 下面是…:), after a stop, closing on its colon.
_LIST_ANNOUNCED = re.compile(r"(?<=[。！？!?])[\s\u3000]*(?:以下|下面|下列|如下)[^。！？!?:：\n]{0,60}[:：]")


def _before_run_in_list(body: str, def_at: int, end: int, term: str) -> int:
    """Where a definition ends when a later sentence of its paragraph names the term and announces what follows, its list
    run into the same paragraph (``医疗器械注册人制度是指…的制度。以下是医疗器械注册人制度的基本原则和…的一般步骤:医疗器械注册人制度
    基本原则:责任主体明确: …``, P2785, a trade listing's copy flattened into one paragraph; a flattened list after 以下是…: looks
    so on any body's page): after the announcing sentence, which names the term as a closing lead-in does, the list no part
    of the gloss. ``end`` when no such sentence is followed by more text."""
    key = strip_pinyin(term).strip("“”\"「」 ")[:4]
    announced = _LIST_ANNOUNCED.search(body, def_at, end)
    if announced is None or len(key) < 2 or key not in strip_pinyin(announced.group()) or not body[announced.end() : end].strip(_SPACE):
        return end
    return announced.end()


def _last_naming(sentences: list[tuple[int, str]], j: int, stop: int, key: str) -> int:
    """Where the last definition of a paragraph ends: past the last sentence naming its term again (the scope, the
    classification and the computation rule of R&D经费支出 after its 是指 sentence, P489), over a sentence between that
    does not (不论经费来源渠道…均应统计。); ``j`` when no later sentence names it. A paragraph's earlier definitions end
    where the next one starts; the last has only its own term to go on about. Past a sentence that does not name it,
    only a sentence opening with the term goes on about it (R&D经费支出按…分为…); one naming it in passing (2023年末,
    我国常住人口城镇化率达到…; 会议期间,…全国人大代表将审议…) is the paragraph's news, no part of the definition."""
    last = j
    for k in range(j, stop):
        said = strip_pinyin(sentences[k][1])
        if len(key) >= 2 and key in said and (k == last or said.lstrip(_SPACE).startswith(key)):
            last = k + 1
    return last


# A numbered item whose first sentence is only its headword and whose second opens with a demonstrative and the marker
# (1.国有资本经营预算收入。这是…的收益,…; (2)公共预算转入收入。这是指…): the demonstrative is no part of the definition.
_HEADWORD_SENTENCE = re.compile(r"[\s\u3000]*([^\s\u3000，,。；;:：、“”「」!！?？]{2,25})[\s\u3000]*。")
_THIS_IS = re.compile(r"[\s\u3000]*(?:这|這|此)[\s\u3000]*((?:是指|是|指)(?![否在不]))")
# A verdict in the clause after 这是 (这是近十年来的最高水平, 这是最大的民生, 这是…的重要特征): no definition.
_JUDGEMENT = re.compile(r"最|重要|首要|根本|突出|迫切|紧迫|緊迫|之一")


# A sentence defining something with a strong marker or 包括 (高技术产业(制造业)包括:…), or 是 after a short subject.
# (or a subject of its own and 是 before any comma: 农作物播种面积则是对…的统计,…)
_DEFINING_SENTENCE = re.compile(
    r"[^，,。；;:：]{1,30}?(?:包括|[是为為][^，,。；;]*的[^，,。；;的]{1,6}[。；;]?$)|[^，,。；;:：是]{2,20}?(?:则|則)?是(?![否在因为為不])"
)

# What a 定义为/界定为 sentence names that is no word it defines (:func:`_defines_word`):
# (a case or act the sentence points back at, 法院将该行为界定为正当防卫, 警方将此案界定为刑事案件, 有关部门将此类纠纷界定为劳动争议,
# review 69: a demonstrative takes what the page told before, and 界定为 characterises it, no word defined)
_DEFINED_CASE = re.compile(r"[“「]?(?:该|該|此|这|這|那|上述|前述|本案|本次|本起)")
# (after 界定为, a short class closing its clause, no 的 or 、 in it: 将南部山区界定为生态保护区, 将老城区界定为重点保护区域,
# review 69: an area's or a case's designation; a definition describes, 界定为人口未来的平均实际寿命高于预期寿命所产生的风险)
_DESIGNATION = re.compile(r"[“「]?[^,，。；;:：、的“”「」]{2,8}[”」]?(?:[,，。；;]|$)")
# (a definer no one in particular, 有人, 许多家长, 不少人, 人们, 大家: a view the writer reports, often to reject it, 有人将老龄化定义
# 为问题,这是片面的, 许多家长把成功定义为考上名校,这种观念需要转变, review 74 — a scholar, a body or a text defines, 学术界, 世卫组织)
_ANYONE_DEFINER = re.compile(
    r"(?:有(?:的|些)?|一些|不少|很多|许多|許多|部分|多数|多數|大多数|大多數|少数|少數)[^\s\u3000]{0,4}?"
    r"(?:人|人士|家长|家長|网友|網友|市民|群众|群眾|居民)[们們]?|人们|人們|大家"
)
# The comma closing a clause: the words of the last clause before 定义为 name the definer and the word.
_CLAUSE_COMMA = re.compile(r"[,，]")
# A sentence's closing stop: a definer opening the sentence (学术界将X定义为…) is read only when its sentence closes on the line.
_SENTENCE_STOP = re.compile(r"[。！？!?]")


# The subject of a passive definer with its connective off (其中X可被定義為…).
_AMONG_OPENING = re.compile(r"[\s\u3000]*(?:(?:其中|当中|當中)[,，]?[\s\u3000]*)?")


def _passive_designation(text: str, passive: re.Match[str]) -> bool:
    """Whether a passive ``X被定义为…`` (:data:`_DEFINED_PASSIVE`) designates a case rather than defines a word: a short class
    closing its clause right after the definer (:data:`_DESIGNATION`: 张家村被定义为贫困村,享受国家扶持政策。, 新冠肺炎被定义为乙类
    传染病,采取甲类管理措施。, 本市被界定为超大城市,…; the lookahead's eight characters run past the comma), or a subject pointing at a
    case (:data:`_DEFINED_CASE`: 该行为被界定为违法行为,将依法处理。) — the status a thing is given, no gloss (review 75).

    >>> m = _DEFINED_PASSIVE.match("张家村被定义为贫困村,享受国家扶持政策。")
    >>> _passive_designation("张家村被定义为贫困村,享受国家扶持政策。", m)
    True
    >>> t = "老年人通常被定义为60周岁以上的公民。"
    >>> _passive_designation(t, _DEFINED_PASSIVE.match(t))
    False
    """
    subject = text[: passive.start(1)]
    subject = subject[_AMONG_OPENING.match(subject).end() :]
    said = text[passive.end(1) :].lstrip(_SPACE + ":：")
    return _DEFINED_CASE.match(subject) is not None or _DESIGNATION.match(said) is not None


def _defines_word(text: str, defines: re.Match) -> bool:
    """Whether a speaker's ``将/把X定义为…`` (:data:`_DEFINES_AS`) defines a word: the word taken is no year or period a report
    names (:data:`_DEFINED_PERIOD`), and the words after 定义为 are no rank or motto (:data:`_DEFINED_RANK`, ``topics._weighs``)."""
    clause = _CLAUSE_COMMA.split(text[: defines.start(1)])[-1]
    named = _DEFINER_NAMES.fullmatch(strip_pinyin(clause).strip(_SPACE))
    if named is None or _DEFINED_PERIOD.fullmatch(named.group("term")):
        return False
    if _DEFINED_CASE.match(named.group("term")):
        return False
    definer = strip_pinyin(clause).strip(_SPACE)[: named.start("term")].rstrip(_SPACE + "将將把")
    if _ANYONE_DEFINER.fullmatch(definer):
        return False  # 有人将老龄化定义为问题: a view reported, no definition
    said = text[defines.end(1) :].lstrip(_SPACE + ":：")
    if defines.group(1).startswith("界定") and _DESIGNATION.match(said):
        return False
    return not (_DEFINED_RANK.match(said) or _weighs(said, named.group("term")))


def _defines_after(sentences: list[tuple[int, str]], i: int, term: str) -> bool:
    """Whether a sentence after sentence ``i`` of a paragraph holds a definition of its own or says what another subject
    is (a strong marker, 包括, ``X是…的Y`` as one clause, or a subject and 是 before any comma): then the paragraph runs
    several entries or subjects together and each definition ends with its own sentences. A sentence opening with the
    definition's own term and a bare 是 (``…失业保险稳岗返还,是指…。失业保险稳岗返还是对企业…的一种激励,…``, P2664, a daily
    word's knowledge point) says more of the same subject, no other one."""
    own = QUOTE_MARK.sub("", strip_pinyin(term)).strip(_SPACE)
    for _, sentence in sentences[i + 1 :]:
        text = strip_pinyin(sentence).strip(_SPACE)
        if len(own) >= 2 and QUOTE_MARK.sub("", text).startswith(own + "是") and not _MARKER.search(text):
            continue
        if _MARKER.search(text) or _DEFINING_SENTENCE.match(text):
            return True
    return False


# A lead-in ending in a colon before quoted parts each defined with 指 and joined by commas
# (“三会一课”制度的内容是:“三会”指定期召开…党小组会,“一课”指按时上好党课。).
_PART_IS = r"[\s\u3000]*[“「][^“”「」,，。；;:：]{1,12}[”」](?:是指|指)"
_PARTS_LEAD_IN = re.compile(rf"[^:：。]{{0,12}}(?:是|为|為|如下|包括)[:：](?={_PART_IS})")
_PART_COMMA = re.compile(rf"[,，](?={_PART_IS})")


def _comma_joined_parts(sentences: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """A sentence holding quoted parts after a lead-in (…的内容是:“三会”指…,“一课”指…。) is cut at the comma
    before each part, the comma left out; returns the sentences and the indices of the parts."""
    out: list[tuple[int, str]] = []
    parts: set[int] = set()
    for at, sentence in sentences:
        if not _PARTS_LEAD_IN.match(sentence) or not _PART_COMMA.search(sentence):
            out.append((at, sentence))
            continue
        start = 0
        for comma in _PART_COMMA.finditer(sentence):
            parts.add(len(out))
            out.append((at + start, sentence[start : comma.start()]))
            start = comma.end()
        parts.add(len(out))
        out.append((at + start, sentence[start:]))
    return out, parts


# A closing lead-in saying the term just defined has the features listed below (它具有以下特点:, 通常具有以下特征:): the
# definition's last sentence, as the golds keep 其主要特征包括: (P545) — the subject is the term, by a pronoun or elided.
_HAS_FEATURES = re.compile(
    r"[\s\u3000]*(?:其|它|该|該)?(?:通常|一般|主要)?(?:具有|具备|具備)(?:以下|如下)(?:几|幾|[二两兩三四五六七八九十])?(?:个|個|点|點|项|項)?"
    r"(?:主要|基本|显著|顯著)?(?:特点|特點|特征|特徵)[\s\u3000]*[:：][\s\u3000]*$"
)


def _names_term(sentence: str, term: str) -> bool:
    """A closing lead-in restating its term and announcing its parts (…。货币供应量可分为三个层次:,
    …。建筑业总产值包括:) is the definition's last sentence; one that does not (具体来说:, …与耕地面积有以下
    两方面区别:) is no part of the definition."""
    key = strip_pinyin(term).strip("“”\"「」 ")[:4]
    # …。其核心特点包括: the pronoun 其 names the term just defined
    named = len(key) >= 2 and key in strip_pinyin(sentence) or bool(_ITS.match(sentence))
    if _HAS_FEATURES.match(strip_pinyin(sentence)):
        return True  # …的一种保险制度。它具有以下特点:: the features of the term just defined, announced (P609, P611)
    restated = strip_pinyin(sentence).strip(_SPACE)
    whole = strip_pinyin(term).strip("“”\"「」 ")
    if len(whole) >= 2 and restated.lstrip("“「").startswith(whole) and _HAS_FEATURES.match(restated.lstrip("“「")[len(whole) :].lstrip("”」")):
        return True  # …的区域。人才飞地通常具有以下特点:: the term restated as the subject (P1059)
    if len(whole) >= 4 and _HEAD_GOALS.fullmatch(restated) and restated.startswith(whole[-2:]):
        return True  # 教师轮岗交流政策是指…。政策目标包括:: the term's head noun naming its goals, listed below (P1252)
    if _ITS_SENSES.fullmatch(strip_pinyin(sentence)):
        return True  # …的一种形象化表达。它可能指的是:: the things the term just defined may refer to, listed below (P925)
    if _CRITERIA_OF_ABOVE.match(strip_pinyin(sentence)):
        return True
    if announces_own_aspects(strip_pinyin(sentence)):
        return True  # …的方法。其核心在于: / …。具体措施包括:: the term's own aspects, listed below (P1419, P1432, P1306)  # …。确定以上法人单位的标准为:: the criteria of the kinds just listed, items of their own below
    return named and bool(_ANNOUNCES_PARTS.search(sentence))


# A closing lead-in opening with the defined term's head noun and announcing its goals or contents (政策目标包括:,
# 制度内容包括:, P1252): the term named by its head, so the lead-in is the definition's last sentence.
_HEAD_GOALS = re.compile(r"[\u4e00-\u9fff]{2}(?:的)?(?:主要)?(?:目标|目標|内容|內容|任务|任務)(?:主要)?(?:包括|包含|有)[\s\u3000]*[:：]")


# A closing lead-in announcing the criteria of what the definition has just listed (…规模以上服务业法人单位。
# 确定以上法人单位的标准为:): 以上/上述 names them, so the lead-in is the definition's last sentence.
_CRITERIA_OF_ABOVE = re.compile(
    r"[\s\u3000]*[^。！？!?:：]{0,6}(?:以上|上述)[^。！？!?:：]{0,20}(?:标准|標準|条件|條件)[为為是]?[\s\u3000]*[:：][\s\u3000]*$"
)


# A pronoun for the term just defined announcing what it may refer to (它可能指的是:, 其可指:).
_ITS_SENSES = re.compile(r"[\s\u3000]*(?:它|其|该词|該詞)(?:可能|可以|可|也|还|還)?(?:指的是|是指|指)[\s\u3000]*[:：][\s\u3000]*")
_ITS = re.compile(
    r"[\s\u3000]*(?:具体来说|具體來說|具体而言|具體而言)?[,，]?(?:其|它|该|該|这个|這個)[^\s\u3000,，。；;:：]{0,8}(?:包括|包含|分为|分為|分成|由|依次[为為是])"
)
# (这个编号从左至右依次为:, P2792, after 食品生产证号,即食品生产许可证编号,是由SC和14位阿拉伯数字组成的。: the thing just defined, its parts in order)


# A lead-in announcing the parts or kinds of a term (…包括:, …可分为三个层次:, …由以下三部分组成:), not a
# comparison or a discussion (…与耕地面积有以下两方面区别:). The features a thing must show to count as the term are its
# criteria as its conditions are (但并非所有既往疾病都算作"既往症",关键要看是否符合以下特征:, P2515, an insurance column):
# named, the lead-in is the definition's last sentence, as both golds keep it.
_ANNOUNCES_PARTS = re.compile(
    r"(?:包括|包含|分为|分為|分成|层次|層次|[类類种種]|部分|组成|組成|构成|構成|方面|方式|条件|條件|(?:以下|如下)(?:特征|特徵)|依次[为為是])[\s\u3000]*[:：][\s\u3000]*$"
)


def _longer_term_after_comma(entry: Found) -> list[Found]:
    """``固定资产投资是指…的经济活动,固定资产投资额是以货币表现的…``: in the first sentence of a definition, a
    comma followed by the headword lengthened by a few characters and its marker defines that longer term
    (an entry of its own, the comma left out); the first entry ends at the comma (P229)."""
    key = strip_pinyin(entry.term).strip("“”\"「」" + _SPACE)
    if len(key) < 2:
        return [entry]
    first = re.match(rf"[^{_SENTENCE_END}；;]*", entry.definition).group()
    longer = re.search(rf"[,，]({re.escape(key)}[^,，。；;:：“”「」是指]{{1,4}})(?=是指|是以|是(?![否在]))", first)
    if not longer or longer.start() == 0:
        return [entry]
    rest = entry.definition[longer.end() :]
    head = Found(entry.term, entry.definition[: longer.start()], entry.quote[: len(entry.quote) - len(entry.definition) + longer.start()], entry.line, entry.start, entry.end - len(entry.definition) + longer.start())
    tail = Found(longer.group(1), rest, entry.definition[longer.start(1) :], entry.line, entry.end - len(entry.definition) + longer.start(1), entry.end)
    return [head, tail]


def _restates_head_before(heads: list[tuple[int, str, int]], i: int, connective: str, term: str) -> bool:
    """Whether sentence ``i``, opening with a plain-words connective (简单来说,X就是指…), restates the term the sentence
    right before it defines: it is that definition put in plain words (as P564's 简单来说,就是…), no entry of its own."""
    if not heads or heads[-1][0] != i - 1 or not _PLAIN_CONNECTIVE.fullmatch(strip_pinyin(connective).strip(_SPACE)):
        return False
    return _QUOTES.sub("", strip_pinyin(heads[-1][1])).strip(_SPACE).endswith(_QUOTES.sub("", strip_pinyin(term)).strip(_SPACE))


_QUOTES = re.compile(r"[“”「」『』\"]")


def _restatements_joined(found: list[Found]) -> list[Found]:
    """``林长制,通俗的讲就是…。林长制是指…``: a sentence restating the headword of the sentence right
    before it (nothing between them) goes on that entry instead of opening one of its own, when that
    entry's definition opens with no marker (a frame such as 通俗的讲就是; two ``X是指…`` sentences
    stay two entries)."""
    out: list[Found] = []
    for entry in found:
        before = out[-1] if out else None
        if before is not None and before.end == entry.start and _unquoted(before.term) == _unquoted(entry.term) and before.definition[-1:] in "。！？" and not _MARKER.match(strip_pinyin(before.definition)):
            out[-1] = Found(before.term, before.definition + entry.quote, before.quote + entry.quote, before.line, before.start, entry.end)
            continue
        out.append(entry)
    return out


def _before_cell(body: str, start: int, end: int) -> int:
    """A data card's definition ends at ``||`` (the next cell); when that cell repeats the
    definition's last words (a data remark appended to it: …一人统计。2020年起,…。||2020年起,…。),
    the remark is cut from the definition too."""
    cell = body.find("||", start, end)
    if cell < 0:
        return end
    after = body[cell + 2 : end].strip(_SPACE + "|")
    before = body[start:cell].rstrip(_SPACE)
    if len(after) >= 4 and len(before) > len(after) and before.endswith(after):
        return start + len(before) - len(after)
    return start + len(before)
