"""The fifty-first development set's law articles: a definitions article whose items are numbered by a bare Chinese
numeral and a space, run into one served line (``第 3 條本條例用辭定義如下: 一 農業:指…。 二 農產品:指…。``, 460), gives
an entry per item; a benefits article's items under a lead-in announcing conditions (``本保險各種保險給付之請領條件如下:`` /
``一、失業給付:被保險人於…``, 463) are conditions, no glossary entries."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.notes import announces_points, spaced_numeral_cuts


def test_a_definitions_article_numbered_by_spaced_numerals_gives_each_item():
    page = (
        "- 第 3 條本條例用辭定義如下: 一 農業:指利用自然資源、農用資材及科技,從事農作、森林、水產、 畜牧等產製銷及休閒之事業。"
        " 二 農產品:指農業所生產之物。 三 農民:指直接從事農業生產之自然人。 四 家庭農場:指以共同生活戶為單位,從事農業經營之農場。"
        " 十一 耕地:指依區域計畫法劃定為特定農業區、一般農業區、山坡地保 育區及森林區之農牧用地。\n"
    )
    assert [term for term, _ in pairs(page)] == ["農業", "農產品", "農民", "家庭農場"]
    assert pairs(page)[1] == ("農產品", "指農業所生產之物。")


def test_spaced_numerals_out_of_order_or_alone_are_no_items():
    # counter-tests: numerals not in turn from 一, or fewer than three, number nothing
    assert spaced_numeral_cuts("本條例用辭定義如下: 一 農業:指甲。 三 農民:指丙。 二 農產品:指乙。") == []
    assert spaced_numeral_cuts("分為兩類: 一 甲類:指甲。 二 乙類:指乙。") == []


def test_items_under_a_lead_in_announcing_conditions_are_no_entries():
    page = (
        "本保險各種保險給付之請領條件如下:\n"
        "一、失業給付:被保險人於非自願離職辦理退保當日前三年內,保險年資合計滿一年以上,具有工作能力及繼續工作意願,向公立就業服務機構辦理求職登記。\n"
        "二、提早就業獎助津貼:符合失業給付請領條件,於失業給付請領期間屆滿前受僱工作,並參加本保險三個月以上。\n"
        "三、職業訓練生活津貼:被保險人非自願離職,向公立就業服務機構辦理求職登記,經公立就業服務機構安排參加全日制職業訓練。\n"
    )
    assert pairs(page) == []


def test_a_lead_in_announcing_definitions_and_features_is_no_points_heading():
    # counter-test: dev-50's P1752, the types below are glossed (定义:指…)
    assert not announces_points("监测对象通常分为以下三种类型,具体定义和特点如下:")
    assert announces_points("本保險各種保險給付之請領條件如下:")
