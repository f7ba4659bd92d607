"""Items that look like ``X:…`` glosses but say something else of X: examples under a lead-in, effects, and duties.

Explainer and keyword pages list their words as bulleted ``- X:…`` items, and a gloss of that shape is an entry
(:mod:`.notes`). Three kinds of item keep that shape without explaining their label:

* the items under an example lead-in (``…享有相同的权利。例如:`` / ``- 子女入学:租房家庭的孩子可以…`` /
  ``- 社保福利:部分城市开始试点…``, P520): they illustrate the definition above them, their labels are no terms;
* an item whose gloss opens with what the thing did or brought about (``- 绿色能源:推动了能源结构的转型,…``,
  ``- 人工智能:加速了各行各业的智能化进程,…``) or with the circumstances it rose in (``- 绿色能源:随着全球变暖问题日益
  严重,绿色能源成为…的关键。``, P536): a hot-words article's role and effect lines, not what the word means;
* the items under a lead-in announcing the meaning of the term its line defines (``所謂企業經營者,…是指…為營業者。其意義說明如下:``
  / ``一、企業經營者為營業之人:凡以提供商品或服務為營業的廠商業者,…``, 747, a city's consumer-protection office): points of that
  definition, its scope and its kinds, not what their labels mean;
* the items under a lead-in announcing the aims, uses or merits of the thing the page is about (``它的设立初衷在于:`` /
  ``- 简化政务流程:过去很多地方都有各自的服务热线,…``, P2458, a law site's hotline explainer; ``其作用主要有:``, ``好处如下:``):
  what the thing is for, each label a purpose, never a term;
* the items under a lead-in naming the documents to be filed or the particulars to be stated (``…檢具下列文件,`` /
  ``送本部審查核准後列入附表:`` / ``一、事業廢棄物基本資料,包括名稱、來源…。``, 789, a ministry's regulation on the national law
  database; ``应当提交下列材料:``, ``應載明下列事項:``): what a filing holds, each label a document and its contents, no term;
* the items under a lead-in naming the duties the units below share out (``各大隊之專業分工項目如下: 一、偵查第一大隊:殺人
  (冷案)、槍擊案及非法槍械。 …``, 825, a ministry's FAQ answer): what each unit handles, not what its name means.

Each is dropped after all passes (:func:`policyterms.mining.extract._other_layouts`), so that a reader shown the page's
words in ``annotate`` is never told that 子女入学 means one city's pilot or that 绿色能源 means what it pushed forward.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policyterms._lazy import lazy_compile
from policyterms.mining.extract_layouts.common import first_sentence
from policyterms.mining.extract_layouts.topics import _first_clause

if TYPE_CHECKING:
    from policyterms.mining.appendix import ExtractedEntry

__all__ = ["aim_items_dropped", "compared_aspect_items_dropped", "example_items_dropped", "meaning_items_dropped", "opens_with_effect", "part_named_above", "tip_items_dropped", "duty_items_dropped"]


# A line ending with an example lead-in and its colon (例如:, 比如:, 譬如:, 举例来说:, 如下例:).
_EXAMPLE_LEAD_IN = lazy_compile(
    r"(?:例如|比如|譬如|诸如|諸如|举例来说|舉例來說|举例而言|舉例而言|举个例子|舉個例子|举例|舉例)[\s\u3000]*[:：][\s\u3000]*$"
)
# An item line: a bullet or an item number, a short label and its colon.
_ITEM = lazy_compile(
    r"[\s\u3000]*(?:[-*+•·▪●◆■][\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)"
    r"[^\s\u3000,，。；;:：]{2,12}[\s\u3000]*[:：]"
)
# An item that defines its label after all (- 商业银行:是指…): a kind the lead-in names, an entry.
_DEFINES = lazy_compile(
    r"[\s\u3000]*(?:是指|系指|係指|指的是|指(?![导導出引明挥揮示令定向南标標数數])|即(?![将將使便])|是|比喻|形容|意为|意為|泛指|特指)"
)

# An item's gloss whose first clause is a noun phrase closing with the kind its label is (- 证券公司:依法设立的从事证券
# 经营业务的有限责任公司。, 1.股票融资:企业通过发行股票筹集资本的方式。): an entry of the kind the definition above
# names. An example says what holds (租房家庭的孩子可以享受…相同的入学机会, 部分城市开始试点让…): a modal or a verb of
# a case in it tells it, and so does a modal of need (国家政策的制定往往需要有明确的“四梁八柱”, P1326: what the example calls for).
_KIND_LAST = lazy_compile(r"[^,，;；。！？!?]*的[^,，;；。！？!?的]{1,16}[\s\u3000]*(?:[。；;]|$)")
_CASE_WORDS = lazy_compile(r"可以|可|能够|能|享受|享有|开始|開始|试点|試點|让|讓|如|同样|同樣|已经|已經|正在|将|將|需|必须|必須")


def _names_a_kind(definition: str) -> bool:
    first = re.split(r"[,，;；。！？!?]", definition.strip(" \t\u3000\xa0"), maxsplit=1)[0]
    return bool(_KIND_LAST.fullmatch(first)) and not _CASE_WORDS.search(first)


# How many item lines above an entry are walked back to find the lead-in (a bounded look: reading stays linear).
_ITEMS_ABOVE = 12


def example_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under an example lead-in (``例如:`` ending the line above the list) that
    closes a definition the page gives (``租购同权…是指…的权利。例如:``): each item illustrates that definition. Under a
    lead-in naming only a class (``近年来出现了许多网络热词,例如:``) the items are the words glossed, and an item
    defining its label (``- 商业银行:是指…``) stays."""
    lines = text.split("\n")
    defined = {k for e in entries for k in range(e.line - 1, e.line + e.quote.count("\n"))}  # lines holding a definition
    kept = []
    for entry in entries:
        lead = _example_lead_in_above(lines, entry.line - 1)
        if lead in defined and not _DEFINES.match(entry.definition) and not _names_a_kind(entry.definition):
            continue
        kept.append(entry)
    return kept


# A lead-in ending in a colon that counts the tips or steps below it (國民健康署提供4招,幫助您掌握及維持健康腰圍:, 742, a health
# agency's release; 以下5个小妙招:, 三个步骤:): the items are how-to advice, what to do, never what their labels mean.
_TIPS_LEAD_IN = lazy_compile(
    r"(?:\d{1,2}|[一二三四五六七八九十两兩])[\s\u3000]*(?:大|个|個)?(?:小)?(?:妙招|招|撇步|秘诀|秘訣|诀窍|訣竅|技巧|步骤|步驟)"
    r"[^。！？!?:：]{0,30}[:：][\s\u3000]*$"
)


# A lead-in naming the stages of a procedure, its colon closing the line (博士申请考核制的流程通常包括以下几个环节:, P3093, an exam
# site's explainer; 申请程序如下:, 辦理流程分為以下步驟:): the numbered items below (1、个人申请:考生需要…, 2、初审:…) are what is done
# at each stage, each label a step, never a term — the steps a count announces (三个步骤:) are ``_TIPS_LEAD_IN``'s already.
_PROCEDURE_LEAD_IN = lazy_compile(
    # (not a lead-in naming kinds or words of the procedure, 民事诉讼程序分为以下几种:, 小程序类型包括:, 仲裁程序中的几个概念:, review
    # 70: 程序 names the thing whose kinds are glossed — 普通程序:…适用的程序。 — as 应用程序 names software)
    r"(?:^|(?<=[。！？!?；;]))(?![^。！？!?:：]*(?:类型|類型|种类|種類|几种|幾種|几类|幾類|[两兩二三四五六七八九十]{1,2}[种種类類](?![子])|概念|术语|術語|名词|名詞|定义|定義))"
    r"[^。！？!?:：]*?(?:流程|程序|步骤|步驟|环节|環節)(?:[^。！？!?:：]{0,20}?(?:包括|包含|如下|以下|分为|分為|有))?[^。！？!?:：]{0,12}[:：][\s\u3000]*$"
)


def tip_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under a lead-in counting tips or steps (see ``_TIPS_LEAD_IN``) or naming a
    procedure's stages (``_PROCEDURE_LEAD_IN``), except an item defining its label (``- X:是指…``)."""
    lines = text.split("\n")
    return [
        e
        for e in entries
        if _example_lead_in_above(lines, e.line - 1, _TIPS_LEAD_IN) < 0 and _example_lead_in_above(lines, e.line - 1, _PROCEDURE_LEAD_IN) < 0
        or _DEFINES.match(e.definition)
    ]


# A lead-in announcing the meaning of what its line has just defined (…是指以設計、生產…為營業者。其意義說明如下:, 747; 其涵義
#分述如下:, 其意涵如下:): the numbered items below explain that one definition point by point.
_MEANING_LEAD_IN = lazy_compile(
    r"其(?:意義|意义|涵義|涵义|含義|含义|意涵|內涵|内涵)(?:說明|说明|分述|詳述|详述)?(?:如下|如次)[\s\u3000]*[:：][\s\u3000]*$"
)
# The number opening an item in Chinese numerals (一、, (一)): an item's line above the one read, with or without a label.
_NUMERAL_ITEM_START = lazy_compile(r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
# An item numbered in Chinese numerals (一、, (一)) as well as the bullets and digits of ``_ITEM``.
_NUMERAL_ITEM = lazy_compile(
    r"[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[\s\u3000]*"
    r"[^\s\u3000,，。；;:：]{2,16}[\s\u3000]*[:：]"
)


def meaning_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under a lead-in announcing the meaning of a definition on its own line (see
    ``_MEANING_LEAD_IN``), except an item defining its label (``一、X:是指…``)."""
    lines = text.split("\n")
    defined = {k for e in entries for k in range(e.line - 1, e.line + e.quote.count("\n"))}  # lines holding a definition
    kept = []
    for e in entries:
        if not _DEFINES.match(e.definition):
            k = e.line - 1
            lead = _example_lead_in_above(lines, k, _MEANING_LEAD_IN, _NUMERAL_ITEM) if 0 <= k < len(lines) else -1
            if lead in defined:
                continue
        kept.append(e)
    return kept


# A lead-in announcing what the thing is for or what it brings — its aims, purpose, uses, merits or reasons — its colon
# ending the line (它的设立初衷在于:, P2458; 其目的是:, 主要作用有以下几点:, 好处如下:, 优势包括:): the items below are purposes
# and benefits (- 简化政务流程:…, - 提高行政效率:…), labels that are verb phrases, no terms. A lead-in of meaning (其意义说明如下:)
# is ``_MEANING_LEAD_IN``'s; 目标 is left out (a plan's targets are named terms: 碳达峰:…).
_AIMS_LEAD_IN = lazy_compile(
    r"(?:初衷|目的|宗旨|用意|作用|功用|用途|好處|好处|益處|益处|優勢|优势|優點|优点|必要性|原因|理由)"
    # (a count with its measure word too: 原因有三点:, 作用主要有以下三个方面:, 目的有两个:, review 56)
    r"(?:主要|在於|在于|有|是|為|为|包括|包含|體現在|体现在|如下|以下|几点|幾點|幾個方面|几个方面|方面|[一二三四五六七八九十两兩\d]"
    r"(?:点|點|个|個|项|項|条|條)?)*"
    r"[\s\u3000]*[:：][\s\u3000]*$"
)


# A heading naming the merits or features of what the page is about, alone on its line (numbered or not, a colon or none):
# ``1. 课程定位与核心特点`` over ``- 职业导向鲜明:课程设计紧密对接…`` (P3084, a Hong Kong college's explainer), ``官立 / 資助學校的優點``
# over headword lines ``學費全免`` / ``官立 / 資助學校是由政府全額資助。…`` (P3083, a Hong Kong portal's school guide): each label
# below is a merit or a trait (a verb or adjective phrase: 职业导向鲜明, 學費全免), never a term. (A heading of a thing's kinds or
# parts, 主要类型, is no such heading: its items are named kinds.)
_MERITS_HEADING = lazy_compile(
    r"^[\s\u3000]*(?:[(（]?\d{1,2}[)）.．、]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?[\s\u3000]*"
    # (not a heading counting the kinds it sets side by side, 三种账户的特点 / I类账户 / 全功能账户,…, 两种制度的主要特征, review 70:
    # each item below is a named kind, its features its gloss — features only: the merits of kinds, 两种存款的优点 / 定期存款:风险低,
    # 收益稳定。, 各类产品的优势, review 71, are what each kind is good for, never what it is)
    r"(?![^。！？!?:：]*(?:[两兩二三四五六七八九十几幾各]|\d{1,2})[种種类類][^。！？!?:：,，;；]*?(?:特點|特点|特徵|特征)[\s\u3000]*[:：]?[\s\u3000]*$)"
    r"[^。！？!?:：,，;；]{0,20}?(?:優點|优点|優勢|优势|好處|好处|益處|益处|特點|特点|特徵|特征|亮點|亮点)[\s\u3000]*[:：]?[\s\u3000]*$"
)
# A line of running text: a sentence's stop in it (the paragraph below a headword line, or an item's gloss).
_RUNNING_TEXT = lazy_compile(r"[。！？!?；;]")
# A card's field: a short label and its colon, the field's text after it or on the lines below (``案例:某健身房推出…``,
# ``特点:``, P3111, a training site's cards of prepaid-card kinds, each card a headword line over its 定义:, 例子:, 特点: and
# 案例: fields). A field belongs to the card above it, so even a ``特点:`` field heads no section of headword lines: the next
# headword line starts the next card. (A heading of merits over headword lines stands without a colon: ``…的優點``.)
_CARD_FIELD = lazy_compile(r"^[^\s\u3000,，。；;:：]{1,6}[:：]")


def aim_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under a lead-in announcing aims, uses or merits (see ``_AIMS_LEAD_IN``) or
    a heading naming merits or features (``_MERITS_HEADING``), except an item defining its label (``- X:是指…``). Items
    numbered in Chinese numerals count too (``本條例的目的:`` / ``一、保障權益:保障消費者權益。``, a law's objectives, review
    56), and so do headword lines under such a heading (:func:`_under_merits_heading`)."""
    lines = text.split("\n")
    heads = {e.line - 1 for e in entries}
    return [
        e
        for e in entries
        if _example_lead_in_above(lines, e.line - 1, _AIMS_LEAD_IN, _NUMERAL_ITEM) < 0
        and (_example_lead_in_above(lines, e.line - 1, _MERITS_HEADING, _NUMERAL_ITEM) < 0 and not _under_merits_heading(lines, e, heads) or _kind_by_head(e))
        or _DEFINES.match(e.definition)
    ]


def _kind_by_head(entry: ExtractedEntry) -> bool:
    """Whether ``entry``'s gloss names its class by the headword's own head word in its first clause (保本型理财产品 / 到期保证本金
    安全的理财产品。, review 70, under 产品特点): a kind of product, no trait, even under a heading of features."""
    core = entry.term.strip(" \t\u3000\xa0“”「」")
    if len(core) < 3:
        return False
    text, head = _first_clause(entry.definition.strip(" \t\u3000\xa0")).rstrip("。 \t\u3000"), core[-2:]
    # (the class as a noun phrase: a short one, 全功能账户, or one modified by a 的-phrase, …的理财产品; not a clause whose verb takes the
    # word as its object, 由於…是透過「統一派位」來收取學生 under the trait 以校網區分所屬學生, P3083)
    if not (text.endswith(head) and len(text) > len(head) + 2):
        return False
    before = text[: -len(head)]
    last_de = before.rfind("的")  # the modifier's 的, at most six characters before the head word
    return len(text) <= 8 or last_de >= 0 and len(before) - last_de - 1 <= 6



# A numbered heading naming one aspect in which two things differ (二、身份要求不同, 三、考试时间不同, P3085, an exam site's page
# setting 港澳台联考 beside 高考; 一、性质不同 / 1、X:… / 2、Y:…; comparison pages everywhere write 适用对象不同, 收费标准不同, 申請資格不同
# alike): the items below, labelled by the things compared, give each one's conditions, dates or figures in that aspect — no
# gloss of the label. Only the aspect of what each thing is (性质, 定义, 概念, 含义, 本质, 内涵) gives glosses, and its items stay.
_COMPARED_ASPECT = lazy_compile(
    r"^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])[\s\u3000]*"
    r"(?!(?:性质|性質|定义|定義|概念|含义|含義|本质|本質|内涵|內涵|意思|意义|意義)不同)"
    r"[^\s\u3000,，。；;:：!！?？]{1,8}?[\s\u3000]*(?:不同|不一样|不一樣|有别|有別|差异|差異)[\s\u3000]*[:：]?[\s\u3000]*$"
)


def compared_aspect_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items under a heading naming an aspect in which the things compared differ (see
    ``_COMPARED_ASPECT``), except an item defining its label (``1、X:是指…``)."""
    lines = text.split("\n")
    return [e for e in entries if _example_lead_in_above(lines, e.line - 1, _COMPARED_ASPECT) < 0 or _DEFINES.match(e.definition)]


def _under_merits_heading(lines: list[str], entry: ExtractedEntry, heads: set[int]) -> bool:
    """Whether ``entry``'s headword stands alone on its line and the first line above it that is neither blank, nor running
    text (a paragraph under another headword line), nor another entry's headword line is a merits heading
    (``_MERITS_HEADING``): the headword lines of a merits section (``官立 / 資助學校的優點`` / ``以校網區分所屬學生`` / … /
    ``學費全免``, P3083). A card's field on the way up (``_CARD_FIELD``) ends the search with no: a ``特点:`` field of one card
    is no heading of the next card's headword."""
    k = entry.line - 1
    if not (0 <= k < len(lines)) or lines[k].strip(" \t\u3000\xa0") != entry.term.strip(" \t\u3000\xa0"):
        return False
    for above in range(k - 1, max(k - 1 - 4 * _ITEMS_ABOVE, -1), -1):
        line = lines[above].strip(" \t\u3000\xa0")
        if _CARD_FIELD.match(line):
            return False
        if not line or above in heads or _RUNNING_TEXT.search(line):
            continue
        return _MERITS_HEADING.search(line) is not None
    return False


# A lead-in naming the duties a body's units share out (各大隊之專業分工項目如下:, 本局各科業務職掌如下:, 各组职责分工:), its
# colon closing it: the items below it (on their own lines or run on in the same paragraph) tell what each unit handles —
# its cases, tasks and posts — never what the unit's name means. A lead-in naming terms (業務名詞解釋如下:) is no such
# lead-in, and an item defining its label after all (- X:是指…) stays.
_DUTIES = (
    r"(?:分工|職掌|职掌|職責|职责|權責|权责)(?:項目|项目|範圍|范围|內容|内容|事項|事项|劃分|划分|分工)?(?:如下|如次|為|为|包括)?"
    r"[\s\u3000]*[:：]"
)
_DUTIES_LEAD_IN = lazy_compile(_DUTIES)
_DUTIES_LEAD_IN_AT_END = lazy_compile(_DUTIES + r"[\s\u3000]*$")
# A unit's item under such a lead-in: a bullet or an item number, Arabic or Chinese (一、綜合規劃科:, (二)人事室:, the way a
# Taiwan or mainland office numbers its sections on their own lines, review 52), a short label and its colon.
_DUTY_ITEM = lazy_compile(
    r"[\s\u3000]*(?:[-*+•·▪●◆■][\s\u3000]*|[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、][\s\u3000]*)"
    r"[^\s\u3000,，。；;:：]{2,12}[\s\u3000]*[:：]"
)
_NAMES_TERMS = lazy_compile(r"名詞|名词|用語|用语|定義|定义|解釋|解释|釋義|释义|術語|术语|詞彙|词汇")


def duty_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under a lead-in naming the duties units share out (see
    ``_DUTIES_LEAD_IN``): the lead-in ends the line above the items, or opens the paragraph the items run on in."""
    lines = text.split("\n")
    kept = []
    for e in entries:
        if not _DEFINES.match(e.definition):
            if _example_lead_in_above(lines, e.line - 1, _DUTIES_LEAD_IN_AT_END, _DUTY_ITEM) >= 0:
                continue
            line = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
            lead = _DUTIES_LEAD_IN.search(line)
            at = line.find(e.term)
            if lead is not None and 0 <= lead.end() <= at and not _NAMES_TERMS.search(line[: lead.end()]) and "。" not in line[: lead.start()]:
                continue
        kept.append(e)
    return kept



# A law's lead-in naming what a filing must hold (檢具下列文件, 应当提交下列材料, 應載明下列事項, 附具下列書件): the items below
# it are documents or particulars, each perhaps with what it includes (一、事業廢棄物基本資料,包括名稱、來源…。, 789), never
# glosses of their labels. The lead-in may wrap over lines (…檢具下列文件, / 送本部審查核准後列入附表:).
_FILED_LEAD_IN = lazy_compile(
    r"(?:檢具|检具|檢附|检附|附具|備具|备具|提交|提出|提供|送交|繳交|缴交|載明|载明|記載|记载|列明|填具)(?:以)?下列(?:各款|各項|各项)?"
    r"(?:文件|資料|资料|材料|書件|书件|證件|证件|書表|书表|書類|书类|事項|事项|證明文件|证明文件)"
)
# A line closing a lead-in: its colon at the end.
_LEAD_IN_END = lazy_compile(r"[:：][\s\u3000]*$")
# A law's article heading (第 4 條, 第十二条): a lead-in never reaches back past it.
_ARTICLE_LINE = lazy_compile(r"[\s\u3000]*第[\s\u3000]*[\d一二三四五六七八九十百]{1,4}[\s\u3000]*[條条](?:之[\d一二三四五六七八九十]{1,2})?[\s\u3000]*$")
_FILED_ITEMS_ABOVE = 30
# A line above a lead-in ending a sentence or another lead-in: the lead-in's wrapped lines start below it.
_LEAD_IN_STOP = lazy_compile(r"[。:：][\s\u3000]*$")
# The full stops a lead-in's last sentence starts after.
_FULL_STOP_SPLIT = lazy_compile(r"[。！？]")


def filed_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under a lead-in naming the documents to be filed or the particulars to be
    stated (see ``_FILED_LEAD_IN``): the nearest line above the item that closes with a colon ends the lead-in, and the
    lead-in's last sentence, over the lines it wraps (back to a sentence end, an article heading or a blank line), names
    them. An item defining its label after all (``一、X:指…``) stays."""
    lines = text.split("\n")
    kept = []
    for e in entries:
        k = e.line - 1
        if not _DEFINES.match(e.definition) and 0 <= k < len(lines) and (_NUMERAL_ITEM_START.match(lines[k]) or _ITEM.match(lines[k])):
            if _filed_lead_in_above(lines, k):
                continue
        kept.append(e)
    return kept


def _filed_lead_in_above(lines: list[str], k: int) -> bool:
    for above in range(k - 1, max(k - 1 - _FILED_ITEMS_ABOVE, -1), -1):
        line = lines[above]
        if not line.strip(" \t\u3000\xa0") or _ARTICLE_LINE.match(line):
            return False
        if not _LEAD_IN_END.search(line):
            continue
        lead = [line]
        for before in range(above - 1, max(above - 4, -1), -1):
            prior = lines[before]
            if not prior.strip(" \t\u3000\xa0") or _ARTICLE_LINE.match(prior) or _LEAD_IN_STOP.search(prior):
                break
            lead.insert(0, prior)
        sentence = _FULL_STOP_SPLIT.split("".join(part.strip(" \t\u3000\xa0") for part in lead))[-1]
        return _FILED_LEAD_IN.search(sentence) is not None
    return False


def _example_lead_in_above(lines: list[str], k: int, lead_in=None, item=None) -> int:
    """When line ``k`` (0-based) is an item of a list whose lead-in line, right above its first item, ends with an
    example lead-in (or ``lead_in``): that line's index; else -1. ``item`` also counts as an item line (a unit's
    number in Chinese numerals, ``一、綜合規劃科:``)."""
    def is_item(line: str) -> bool:
        return bool(_ITEM.match(line)) or item is not None and bool(item.match(line))

    if not (0 <= k < len(lines)) or not is_item(lines[k]):
        return -1
    for above in range(k - 1, max(k - 1 - _ITEMS_ABOVE, -1), -1):
        line = lines[above]
        if not line.strip(" \t\u3000\xa0"):
            continue
        if is_item(line) or item is not None and _NUMERAL_ITEM_START.match(line):
            continue
        return above if (lead_in or _EXAMPLE_LEAD_IN).search(line) else -1
    return -1


# A gloss opening with what the thing did (推动了…, 加速了…, 带动了…) — a verb of effect in its perfect — or with the
# circumstances it rose in (随着…,): an article's role or effect line. (除了, 为了 open definitions: 除了…以外的其他各业.)
_EFFECT = lazy_compile(
    r"[\s\u3000]*(?:(?:推动|推動|推进|推進|加速|加快|促进|促進|带动|帶動|改变|改變|反映|体现|體現|见证|見證|引发|引發|"
    r"开启|開啟|开创|開創|助力|提升|提高|掀起|引领|引領|激发|激發|打破|彰显|彰顯|凸显|凸顯|标志|標誌|深化|推广|推廣|"
    r"催生|重塑|刷新|点燃|點燃|带来|帶來|吸引|赢得|贏得|实现|實現)了|(?:随着|隨著)[^,，。；;:：]{2,40}[,，])"
)
# The first clause closing with the kind it singles out (随着互联网发展而出现的新型就业形态): a definition by its genus.
_GENUS_LAST = lazy_compile(r"的(?![是])[\u4e00-\u9fff]{1,8}[\s\u3000]*$")
# A clause giving the word's standing rather than its kind (绿色能源成为推动可持续发展的关键): its 的 closes no genus.
_STATUS_VERB = lazy_compile(r"成为|成為|变得|變得|正在|已经|已經|日益|越来越|越來越")
# A meaning marker in the first sentence (随着…,该词泛指…): the gloss goes on to say what the word means.
_MEANS = lazy_compile(r"是指|指的是|意思|意为|意為|比喻|形容|泛指|特指|(?<![位列])指(?![出导導标標数明向引])|即(?![将將使便])")


# A clause closing with a kind a glossary defines by (…占个人消费支出总额的比重, …一系列经济活动的总和, …的综合性经济形态):
# a definition's genus, which no role line (…提供了动力, …的智能化进程, …的关键) ends its clause with.
_DEFINING_GENUS = lazy_compile(
    r"的[^,，;；的]{0,12}(?:比重|比例|比率|相对数|相對數|指标|指標|系数|係數|总和|總和|总称|總稱|统称|統稱|经济形态|經濟形態|"
    r"质态|質態|经济活动|經濟活動)(?:之一)?[\s\u3000]*$"
)


def _closes_with_genus(first: str) -> bool:
    """Whether the first clause or the last of the sentence ``first`` closes with a defining kind and nothing in it
    gives the word's standing (成为…的关键)."""
    clauses = [c for c in re.split(r"[,，;；]", first) if c.strip()]
    return bool(clauses) and not _STATUS_VERB.search(first) and any(_DEFINING_GENUS.search(c) for c in (clauses[0], clauses[-1]))


def part_named_above(entry, entries: list) -> bool:
    """Whether ``entry``'s headword is one of the parts an earlier entry's definition lists (``“三期叠加”通常指的是增长速度换挡期、
    结构调整阵痛期和…的重合。`` / ``1. 增长速度换挡期:随着中国经济发展进入新常态,…``, P1313): the item glosses that part, whatever
    its gloss opens with. The headword must be of three characters at least and named as an item of a list (a list mark
    before or after it)."""
    term = entry.term.strip(" \t\u3000“”「」\"")
    if len(term) < 3:
        return False
    listed = re.compile(rf"[、和及与與][“「]?{re.escape(term)}|{re.escape(term)}[”」]?[、和及与與]")
    return any(other.line < entry.line and listed.search(other.definition) for other in entries if other is not entry)


def opens_with_effect(definition: str) -> bool:
    """Whether a gloss opens with an effect (``推动了能源结构的转型,…``) or the circumstances of the word's rise
    (``随着全球变暖问题日益严重,绿色能源成为…的关键。``) and its first sentence says nothing of what the word means: a
    role line, no definition. After the circumstances, a clause closing with a genus (``随着…的发展,依托平台出现的新型就业形态``) defines."""
    match = _EFFECT.match(definition)
    if match is None:
        return False
    first = first_sentence(definition)
    if _MEANS.search(first) or _closes_with_genus(first):
        return False  # 反映了食品支出总额占…的比重,…; 随着…,以…为牵引,…的综合性经济形态: a glossary's definition
    if not match.group(0).endswith(("，", ",")):
        # 推动了…的转型,为…提供了动力: what it did; but one clause closing with a genus (反映了…变动程度的相对数。) defines
        return not (_GENUS_LAST.search(first) and not re.search(r"[,，;；]", first))
    clause = re.split(r"[,，;；]", first[match.end() :], maxsplit=1)[0]
    return not _GENUS_LAST.search(clause) or bool(_STATUS_VERB.search(clause))
