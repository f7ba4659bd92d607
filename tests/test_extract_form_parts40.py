"""The fortieth development set's false entries on a statistics release's metadata note: a questionnaire part listing
the items it collects (``(一)自用貨車部分:包括 1.車輛基本資料:…``, 318) is the form's contents, no definition of the part,
while a figure's own ``包括…`` gloss stays an entry."""

from __future__ import annotations

from conftest import pairs


def test_a_questionnaire_part_listing_its_items_is_no_entry():
    text = (
        "*統計項目定義:\n"
        "(一)自用貨車部分:包括 1.車輛基本資料:牌照號碼、車種、車重、載重、總重、車主名稱、填表人、地址、電話、擁有車輛數。 "
        "2.裝卸貨物狀況:日期、訖點之裝卸商品名稱、起點、訖點、單程區間公里、行車總次數。 (二)營業貨車部分:包括 1.公司基本資料:統一編號、"
        "公司行號名稱、負責人、地址、電話、車輛數、7日均未曾載貨原因、載送低溫商品以及靠行車輛數。\n"
        "*統計單位:公噸;個;元;公里;噸公里。\n"
    )
    assert pairs(text) == []


def test_a_figures_own_baokuo_gloss_stays_an_entry():
    text = (
        "    (1)各项税收 包括增值税、营业税、消费税、土地增值税。城市维护建设税、资源税、城市土地使用税。\n"
        "    (2)专项收入 包括征收排污费、征收城市水资源费收入,教育费附加收入等。 \n"
    )
    assert ("专项收入", "包括征收排污费、征收城市水资源费收入,教育费附加收入等。") in pairs(text)
