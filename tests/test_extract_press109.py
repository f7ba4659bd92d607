"""The hundred-and-ninth development set's press pages P3048–P3066 (electricity, energy markets and carbon: a portal's
repost, power companies' pages, a newspaper editorial, industry sites, Hong Kong and Taiwan pages). Each mend has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must
leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a pictograph bullet before a headword line, and its card's 定義: field (P3054) ---

_CARBON_PRICING = (
    "🔹 碳稅(Carbon Tax)\n"
    "定義:政府針對每噸二氧化碳排放量徵收固定金額稅金。\n"
    "計算方式:例:300 元/噸 × 10,000 噸碳排放 = 300 萬元成本。\n"
    "特性:\n"
    "屬於稅收,收入納入國庫,可廣泛使用。\n"
    "🔹 碳費(Carbon Fee)\n"
    "定義:非屬稅收,由主管機關徵收,專款專用於溫室氣體減量。\n"
    "台灣制度:\n"
    "根據《氣候變遷因應法》,自 2024 起徵收。\n"
)


def test_a_pictograph_bullet_is_no_part_of_the_headword_and_the_definition_field_is_the_gloss():
    assert pairs(_CARBON_PRICING) == [
        ("碳稅(Carbon Tax)", "政府針對每噸二氧化碳排放量徵收固定金額稅金。"),
        ("碳費(Carbon Fee)", "非屬稅收,由主管機關徵收,專款專用於溫室氣體減量。"),
    ]


def test_a_definition_field_with_no_field_after_it_goes_on_into_the_next_paragraph():
    # (only a next field's label line ends the 定義 field: a second paragraph of the gloss is not cut here)
    text = (
        "🔹 碳稅(Carbon Tax)\n"
        "定義:政府針對每噸二氧化碳排放量徵收固定金額稅金。\n"
        "這筆稅金納入國庫,可廣泛使用。\n"
        "🔹 碳費(Carbon Fee)\n"
        "定義:非屬稅收,由主管機關徵收,專款專用於溫室氣體減量。\n"
    )
    assert pairs(text) == [
        ("碳稅(Carbon Tax)", "政府針對每噸二氧化碳排放量徵收固定金額稅金。這筆稅金納入國庫,可廣泛使用。"),
        ("碳費(Carbon Fee)", "非屬稅收,由主管機關徵收,專款專用於溫室氣體減量。"),
    ]


# --- an aside on how easily the word is understood, and 則 before a sibling's marker (P3060) ---

_EMISSIONS = (
    "碳費課徵的範圍包含排放源的「直接排放量」及「間接排放量」,按一定單位費率,向排放源的實際使用人、管理人或所有人徵收。"
    "「直接排放量」比較容易理解,是指產品製造過程中將溫室氣體排放於大氣層的行為;"
    "間接排放則是製造過程中使用電力而間接產生的溫室氣體排放,也就是電力使用。\n"
)


def test_an_aside_on_understanding_leaves_the_term_and_then_leaves_the_sibling_gloss():
    assert pairs(_EMISSIONS) == [
        ("「直接排放量」", "是指產品製造過程中將溫室氣體排放於大氣層的行為"),
        ("間接排放", "是製造過程中使用電力而間接產生的溫室氣體排放,也就是電力使用。"),
    ]


def test_words_ending_in_ze_keep_it():
    # (原則, 規則 end in 則: no contrast, the term keeps it and the gloss opens at its marker as before)
    entries = pairs("比例原則是指行政行為採取的方法應有助於目的之達成。\n")
    assert entries == [("比例原則", "是指行政行為採取的方法應有助於目的之達成。")]


# --- a colon lead-in over bulleted X:… items closing on no stop (P3051; also P2787, dev-100) ---

_TARIFF = (
    "電價組成部份\n\n"
    "客戶支付的電價主要由兩部份組成:\n\n"
    "  • 基本電價:包括標準燃料成本及其他為客戶供應電力的成本\n"
    "  • 燃料調整費:向客戶收取高於包括在基本電價內標準燃料成本的費用,或透過回扣向客戶退回多收的費用\n\n"
    "電費單列出客戶的用電度數和每度電的燃料調整費,客戶按此支付相關費用。\n"
)


def test_stopless_bullets_under_a_colon_lead_in_are_label_glosses_each_ended_by_its_line():
    assert pairs(_TARIFF) == [
        ("基本電價", "包括標準燃料成本及其他為客戶供應電力的成本"),
        ("燃料調整費", "向客戶收取高於包括在基本電價內標準燃料成本的費用,或透過回扣向客戶退回多收的費用"),
    ]


def test_the_same_layout_on_a_mainland_news_page():
    text = (
        "DRG分组的基本逻辑包括:\n\n"
        "  • 主要诊断分类:根据ICD-10编码对疾病进行分类\n"
        "  • 手术操作分类:根据ICD-9-CM-3编码对手术进行分类\n"
        "  • 年龄分层:区分不同年龄段患者的治疗差异\n\n"
        "例如,一个急性阑尾炎患者,如果没有并发症,可能被分入相应的DRG组。\n"
    )
    assert ("年龄分层", "区分不同年龄段患者的治疗差异") in pairs(text)


def test_stopless_bullets_under_no_colon_lead_in_stay_unread():
    # (a run of stopless bullets under a heading with no colon: a menu or a card's fields, as before)
    text = (
        "聯絡我們\n\n"
        "  • 客戶服務:請致電熱線或填寫網上表格查詢\n"
        "  • 辦公地址:香港九龍紅磡某某大廈十樓全層\n"
    )
    assert pairs(text) == []


# --- 說明 as a verb of saying before the defined word (P3065's sentence, when it opens the sentence) ---

_DEMAND_RESPONSE = "電力公司透過提供價格或電費扣減等方式，引導用戶調整用電習慣，減少尖峰用電或轉移至離峰的管理措施，用戶則可獲得電費回饋。\n"


def test_a_body_explaining_before_the_word_is_no_part_of_it():
    assert pairs("台電說明，需量反應是指" + _DEMAND_RESPONSE) == [("需量反應", "是指" + _DEMAND_RESPONSE.strip())]
    assert [t for t, _ in pairs("據台電說明，需量反應是指" + _DEMAND_RESPONSE)] == ["需量反應"]


def test_a_document_section_named_shuoming_is_no_speaker():
    # (填表說明 / 本表… : a form's notes heading over its lines, no attribution before a defined word)
    assert all("說明" not in t for t, _ in pairs("填表說明：\n一、本表所稱用電大戶，係指契約容量達五千瓩以上之用戶。\n"))
