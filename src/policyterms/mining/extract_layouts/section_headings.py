"""An encyclopedia copy's section headings with the entry's name run into them: the page prints the headword on a line of its
own, then headings such as ``中國內地概念含義`` and ``中國內地中國內地概念`` (the name, once or twice, then the section's title,
P559). Such a heading names a section of the page, not a term: a block under it that does not open as a definition is no
entry (its paragraphs are left to the passes that read sentences)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import EDIT_LINK_MARK

__all__ = ["EDIT_LINK", "bare_section_title", "edit_link_opening", "headword_section", "overview_title", "paired_topic_heading", "topic_section"]

_SECTION_TITLE = re.compile(
    r"(?:基本)?(?:概念|概念含义|概念含義|含义|含義|定义|定義|简介|簡介|概述|概况|概況|历史|歷史|历史沿革|歷史沿革|沿革|由来|由來|"
    r"来源|來源|用词辨析|用詞辨析|辨析|词语辨析|詞語辨析|相关|相關|相关词条|相關詞條|特点|特點|发展|發展|发展历程|發展歷程|争议|爭議|影响|影響)"
)


def headword_section(term: str, short_lines: set[str]) -> bool:
    """Whether ``term`` is a line of the page (one of ``short_lines``, the page's short lines as written) run into a section
    title, the name written once or twice (``中國內地概念含義``, ``中國內地中國內地概念``)."""
    for k in range(2, min(len(term) - 1, 16)):
        name = term[:k]
        if name in short_lines:
            rest = term[k:]
            rest = rest[k:] if rest.startswith(name) else rest
            if _SECTION_TITLE.fullmatch(rest):
                return True
    return False


# A section title standing alone, naming no term: what an article or a card says about its topic (形成原因, 核心内容, 背景与意义,
# 实施情况, 主要特点), one or two such words joined by 与/和/及, a modifier before them; an answer page's 部门分工 and 实际工作
# (城管和市容是一个部门吗?, over paragraphs about its topic) are such titles too, and so is an encyclopedia entry's history section
# (歷史沿革 over 鏡湖區是蕪湖的古城區,…, P939).
# (and a product page's design section, 總體設計 over 創新研發統一電子證照庫…, P1256)
_TITLE_WORD = (
    r"(?:形成|产生|產生|主要|基本|核心|重要|具体|具體|政策|发展|發展|现实|現實|部门|部門|实际|實際|历史|歷史|区划|區劃|总体|總體)?"
    r"(?:原因|背景|内容|內容|情况|情況|意义|意義|特点|特點|特征|特徵|作用|现状|現狀|概述|简介|簡介|要点|要點|亮点|亮點|分工|工作|沿革"
    r"|设计|設計|架构|架構"
    # (and an organisation's profile sections, 组织 / 成立于1956年的湖北省青年联合会,是…, 委员 / …现有委员600余名,…, 宗旨 / 坚持爱国、
    # 团结、进步,…, 主要活动, 916, a youth federation's about page: what the body is, who sits on it, what it stands for and does)
    r"|宗旨|组织|組織|委员|委員|成员|成員|活动|活動|职能|職能|职责|職責)"
)
_BARE_TITLE = re.compile(rf"{_TITLE_WORD}(?:(?:与|與|和|及)(?:{_TITLE_WORD}))?")


def bare_section_title(text: str) -> bool:
    """Whether ``text`` is only a section title (``形成原因``, ``核心内容``, ``背景与意义``): a heading of the page's topic, no term
    a glossary defines (P1053's ``形成原因`` / ``按飛地形成的原因,可分為…``, P1026's ``一、背景与意义:为何要出台管理办法?``).

    >>> bare_section_title("形成原因"), bare_section_title("背景与意义"), bare_section_title("资金来源"), bare_section_title("内容产业")
    (True, True, False, False)
    >>> bare_section_title("部门分工"), bare_section_title("实际工作"), bare_section_title("工作日")
    (True, True, False)
    >>> bare_section_title("歷史沿革"), bare_section_title("区划沿革"), bare_section_title("行政区划")
    (True, True, False)
    >>> bare_section_title("總體設計"), bare_section_title("工业设计"), bare_section_title("总体规划")
    (True, False, False)
    >>> bare_section_title("宗旨"), bare_section_title("组织"), bare_section_title("主要活动"), bare_section_title("基层组织")
    (True, True, True, False)
    """
    return bool(_BARE_TITLE.fullmatch(text))


# A topic's overview heading (银税互动平台概述, 公司简介): the section about the term, its text no gloss of the heading.
_OVERVIEW_TITLE = re.compile(r"[^\s\u3000,，。；;:：!！?？]{2,20}?(?:概述|简介|簡介|概况|概況|综述|綜述)")


# A place's or a topic's sections after its name and 的 (宁夏的地理位置与行政区划, 宁夏的历史沿革, P1328): where it lies, how it
# is divided, its history and culture, a section of the page's topic, no term (行政区划 alone is one).
_TOPIC_SECTION = re.compile(
    r"[^\s\u3000,，。；;:：!！?？]{2,20}?的(?:地理位置|位置|历史沿革|歷史沿革|文化特色|行政区划|行政區劃)"
    r"(?:(?:与|與|和|及)(?:地理位置|位置|历史沿革|歷史沿革|文化特色|行政区划|行政區劃))?"
)


# An outline's section on one aspect of its topic after the topic's name and 的 (被征地养老保险的基本内容, 被征地农户失去土地经营
# 收入的困境, 被征地养老保险的运行机制, P1608; “两个覆盖”的内容, dev-45's P1433): the section title words above, and an
# outline's plight, aim, mechanism and outlook.
_ASPECT_OF_TOPIC = re.compile(
    rf"[^\s\u3000,，。；;:：!！?？]{{2,24}}?的(?:{_TITLE_WORD}|困境|设立目的|設立目的|目的|运行机制|運行機制|发展前景|發展前景|前景)"
)


# An outline's section on how two things bear on each other (农村信用体系和小额贷款的关系, P3384, study notes numbering their
# headwords: 信用体系是基础设施,好比是高速公路,…; 财政政策与货币政策的关系, 发展和安全的联系): a comparison of two words the
# outline defines elsewhere, no headword of its own.
_RELATION_OF_TWO = re.compile(
    r"[^\s\u3000,，。；;:：!！?？与與和及同]{2,20}(?:与|與|和|及|同)[^\s\u3000,，。；;:：!！?？]{2,20}?(?:之间|之間)?的(?:关系|關係|联系|聯繫|关联|關聯)"
)


def topic_section(text: str) -> bool:
    """Whether ``text`` names sections of a place or topic after its name (``宁夏的地理位置与行政区划`` over ``宁夏回族自治区的首府
    是银川市,…``, P1328), or one aspect of a topic after its name (``被征地养老保险的基本内容`` over ``包括两个方面:…``, P1608):
    no headword.

    >>> topic_section("宁夏的地理位置与行政区划"), topic_section("宁夏的历史沿革"), topic_section("行政区划")
    (True, True, False)
    >>> topic_section("被征地养老保险的基本内容"), topic_section("被征地农户失去土地经营收入的困境"), topic_section("国家中心城市的内涵")
    (True, True, False)
    >>> topic_section("农村信用体系和小额贷款的关系"), topic_section("财政政策与货币政策之间的关系"), topic_section("劳动关系")
    (True, True, False)
    """
    return bool(_TOPIC_SECTION.fullmatch(text) or _ASPECT_OF_TOPIC.fullmatch(text) or _RELATION_OF_TWO.fullmatch(text))


def overview_title(text: str) -> bool:
    """Whether ``text`` is a term's overview heading (``银税互动平台概述`` over ``随着数字经济的发展,…``, P1236): a section of
    the page's topic, no headword.

    >>> overview_title("银税互动平台概述"), overview_title("概述"), overview_title("银税互动平台")
    (True, False, False)
    """
    return bool(_OVERVIEW_TITLE.fullmatch(text))


# Two topics joined by 与/與 (政府與民間合作, 基本定义与角色定位, 动态管理与警示作用, 都更與危老): an article's or an answer's
# section heading pairing two aspects of its subject, no term a glossary defines; its paragraph goes on about the subject
# (台灣政府強調,…; 黑名单并非永久性标识,…). A paragraph opening on the kind the heading names (数据格式与规范异常 /
# 这类异常通常发生在…, a list of the kinds of one thing) keeps it a headword.
_PAIRED_HEADING = re.compile(r"[^\s\u3000,，。；;:：、与與和及的]{2,12}(?:的[^\s\u3000,，。；;:：、与與]{2,6})?[与與][^\s\u3000,，。；;:：、与與和及]{2,12}")
_KIND_POINTER = re.compile(r"(?:这|這|此|该|該)(?:类|類|种|種)")


def paired_topic_heading(text: str, paragraph: str) -> bool:
    """Whether ``text`` is a heading pairing two topics with 与/與 (``政府與民間合作`` over ``台灣政府強調,…``, P1571;
    ``六都的定義與背景``, P1576) over a ``paragraph`` that does not open on the kind it names (``这类异常…``, P1357).

    >>> paired_topic_heading("政府與民間合作", "台灣政府強調,「政府領航、民間齊心」是…核心原則。")
    True
    >>> paired_topic_heading("数据格式与规范异常", "这类异常通常发生在申报数据不符合海关系统要求时,例如:")
    False
    >>> paired_topic_heading("碳达峰", "…"), paired_topic_heading("人与自然", "…"), paired_topic_heading("都更與危老", "不是競爭制度,…")
    (False, False, True)
    """
    return bool(_PAIRED_HEADING.fullmatch(text.strip("*＊ "))) and not _KIND_POINTER.match(paragraph)


# A wiki copy's edit link that lost its line break and opens the section's first line ([編輯]講到政治就會有政客…, P1582).
EDIT_LINK = re.compile(rf"^[\s\u3000]*{EDIT_LINK_MARK}", re.IGNORECASE)


def edit_link_opening(paragraph: str) -> bool:
    """Whether ``paragraph`` opens with a wiki copy's edit link (``[編輯]講到政治…`` under ``爭論``, P1582): the line above is
    the section's heading, no headword.

    >>> edit_link_opening("[编辑]讲到政治就会有政客刻意解读成…"), edit_link_opening("【编辑】…"), edit_link_opening("编辑部是…")
    (True, True, False)
    """
    return bool(EDIT_LINK.match(paragraph))
