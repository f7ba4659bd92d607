"""The forty-seventh development set's false entries: a heading pairing two topics with 与/與 (``政府與民間合作``,
``六都的定義與背景``) read as a headword over the paragraph below it. Such a heading names two aspects of the page's
subject, not a term (P1571, P1576; the same shape on dev-42's P1306 and dev-43's P1354); a paragraph opening on the
kind the heading names (``这类异常…``, dev-43's P1357) or defining it (``指…``) keeps it a headword."""

from __future__ import annotations

from policyterms.mining.extract_layouts.section_headings import paired_topic_heading
from conftest import pairs


_NET_ZERO = (
    "淨零轉型指的是一個國家或地區在減少溫室氣體排放的同時,通過各種政策、技術創新和社會行動來實現碳中和,即碳排放與碳吸收達到平衡。"
    "台灣的淨零轉型已成為政府政策的重點,並透過結合民間力量來推動這一進程。\n"
    "1. **政府與民間合作**\n"
    "台灣政府強調,「政府領航、民間齊心」是實現淨零轉型的核心原則。政府將加強與民間各界的合作,發展出台灣特有的淨零轉型模式。\n"
    "2. **氣候變遷與國家競爭力**\n"
    "總統指出,淨零轉型不僅是環境責任,更是一個國家競爭力的升級機會。\n"
    "3. **社會創新與生活方式改變**\n"
    "除了能源和產業轉型,淨零轉型也需要改變社會的生活方式。這包括促進綠色生活的普及,並在社會層面上激發創新來支持這一目標。\n"
)


def test_numbered_headings_pairing_two_aspects_are_no_headwords():
    # P1571: the answer's numbered bold aspects are sections of 淨零轉型, not terms
    terms = [term for term, _ in pairs(_NET_ZERO)]
    assert "政府與民間合作" not in terms and "氣候變遷與國家競爭力" not in terms and "社會創新與生活方式改變" not in terms
    assert "淨零轉型" in terms


def test_a_card_section_pairing_two_aspects_is_no_headword():
    # dev-42's P1306: a dictionary card's generated sections under 黑名单
    card = (
        "黑名单\n"
        "黑名单是汉语中一个具有特定社会管理含义的名词,指由权威机构、组织或平台制定的,用于记录被禁止、限制或特别监管的对象的名单。\n"
        "动态管理与警示作用\n"
        "黑名单并非永久性标识,多数情况下设有退出机制。当被列入者纠正违规行为、履行法定义务或风险消除后,可按程序申请移出名单。\n"
    )
    assert "动态管理与警示作用" not in [term for term, _ in pairs(card)]


def test_a_heading_over_the_kind_it_names_or_over_its_definition_stays_a_headword():
    # dev-43's P1357: a list of kinds of declaration error, the first opening 这类异常…
    assert not paired_topic_heading("数据格式与规范异常", "这类异常通常发生在申报数据不符合海关系统要求时,例如:")
    # a yearbook's headword with 与 in its name, defined by 指… (148-fujian-2022)
    yearbook = (
        "研究与试验发展\n"
        "指为增加知识存量(也包括有关人类、文化和社会的知识)以及设计已有知识的新应用而进行的创造性、系统性工作,"
        "包括基础研究、应用研究和试验发展三种类型。\n"
    )
    assert [term for term, _ in pairs(yearbook)] == ["研究与试验发展"]
    # one-character sides (人与自然) are no pair of topics
    assert not paired_topic_heading("人与自然", "人类在发展中…")
