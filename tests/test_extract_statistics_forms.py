"""Extract on the forms of 台灣's statistics notes and data catalogues (the thirty-fifth set's 271, 273, 276): a colon
typed as the vertical two-dot leader, the release section's field labels, a catalogue's date-stamped field lines."""

from __future__ import annotations

import pytest

from policyterms.mining.extract_layouts.false_glosses import timestamp_only
from policyterms.mining.written_forms import read_form
from conftest import pairs


def test_a_colon_typed_as_the_vertical_two_dot_leader_separates_the_headword():
    # 271 (新北市's sewer costs note): the last item types ︰ (U+FE30) where the others type :
    note = (
        "*統計項目定義:\n"
        "(一)污水處理廠營運管理費用\n"
        "1.人事費:指污水處理廠營運管理當年度所需之人事費用支出。\n"
        "2.電費:指污水處理廠營運管理當年度所需之電費支出。\n"
        "(二)管線修繕及維護費用︰指污水下水道系統管線維護費用、管線修繕及更換費用、宣導費用等。\n"
    )
    assert ("管線修繕及維護費用", "指污水下水道系統管線維護費用、管線修繕及更換費用、宣導費用等。") in pairs(note)
    # the page's own characters are given back, and the form keeps the page's length
    assert read_form("費用︰指") == "费用：指" and len(read_form("a﹕b")) == 3


def test_a_two_dot_leader_inside_prose_makes_no_entry():
    # a leader that is no colon after a headword: a line of prose stays prose
    assert pairs("本市今年完成道路新建工程︰共計12條,總長約30公里,均已通車。\n") == []


def test_the_release_sections_field_labels_of_a_statistics_note_are_no_terms():
    # 276 (新北市's fish-fry note): section 四's labels and their values
    note = (
        "*統計項目定義:\n"
        "魚貝苗生產量:指在本市境內繁殖產生之魚貝苗數量(包括人工繁殖以及各地沿岸海灘撈獲之魚貝苗)。\n"
        "*時效(指統計標準時間至資料發布時間之間隔時間):20天\n"
        "四、公開資料發布訊息\n"
        "*預告發布日期:公布日期上載於新北市統計資訊網/統計資料發布/新北市政府農業局\n"
        "*同步發送單位:本表編製1份,應於規定期限內由網際網路線上傳送至「新北市政府公務統計行政管理系統」。\n"
    )
    assert pairs(note) == [
        ("魚貝苗生產量", "指在本市境內繁殖產生之魚貝苗數量(包括人工繁殖以及各地沿岸海灘撈獲之魚貝苗)。"),
        ("時效", "指統計標準時間至資料發布時間之間隔時間"),
    ]


def test_a_field_label_defined_with_zhi_stays_an_entry():
    # counter-test: the label read as a term when its line defines it
    glossary = "名词解释\n\n同步发送单位:指统计报表须同时报送的机关。\n\n预告发布日期:是指统计机关事先公布的资料发布日期。\n"
    assert [term for term, _ in pairs(glossary)] == ["同步发送单位", "预告发布日期"]


def test_a_catalogues_date_stamped_field_lines_are_no_entries():
    # 273 (國家高速網路與計算中心's open-data catalogue in its Japanese interface): the dataset's description is the entry
    page = (
        "社會保障支出統計-社會給付(按功能別)\n\n"
        "1.社會保障支出(Social Protection Expenditure, SPE)係指政府為減輕家庭或個人承受高齡、身心障礙、遺族、疾病與健康、生育、"
        "家庭與小孩、失業、職業傷害、住宅,以及其他風險或負擔,提供全民享有健康及最低生活保障之支出。\n\n"
        "追加情報\n\nフィールド\n作成者 陳君瑋\n最終更新 10月 5, 2021, 17:34 (CST)\n作成日 10月 3, 2021, 02:20 (CST)\n"
        "created_time 2021-04-09 00:00:00.000000\n"
    )
    assert [term for term, _ in pairs(page)] == ["社會保障支出(Social Protection Expenditure, SPE)"]


@pytest.mark.parametrize(
    "definition",
    ["10月3,2021,02:20(CST)", "2021-04-09 00:00:00.000000", "2021年10月5日", "17:34"],
)
def test_a_date_and_time_alone_is_no_gloss(definition):
    assert timestamp_only(definition)


@pytest.mark.parametrize(
    "definition",
    [
        "45日",  # a form's short value: other rules judge it
        "指2021年10月5日起施行的办法。",
        "1949年10月1日成立的国家。",
        "是指每年12月31日24时的人口数。",
        "指标准时间20:00发布的数据。",
    ],
)
def test_a_definition_holding_a_date_is_still_a_gloss(definition):
    assert not timestamp_only(definition)
