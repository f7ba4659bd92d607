"""The sixtieth and sixty-first sets' official pages of Taiwan and Macao: a law database's 所稱X,係指… clause naming a
class by its members (622), a statistics note's 分類標準 field (621), a law database's starred article titles and
paragraph numbers (631), a committee opinion's Roman section headings (636), a lettered ``(a) X:…`` item (635), a
decree's point deeming a described entity its named thing (``…者,視為X。``, 634) and a land office's headword line over
a paragraph glossing the act by the disposal 將 (618). Each rule with its page's real line and a counter-case of the
same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.common import _good_term
from policyterms.mining.extract_layouts.false_glosses import instances_only


# 622: 係指 over a series of members is the law's definition, as 指 is.
_ENTERTAINMENT_ARTICLE = (
    "第 4 條\n"
    "前條所稱技藝表演,係指大鼓、彈詞、雜耍、口技、溜冰、相聲及各項特\n"
    "技等具有娛樂性之表演;所稱競技比賽,係指各種球賽、游泳、武術、射\n"
    "擊、賽車、賽馬等具有娛樂性之比賽;所稱其他提供娛樂設施,係指機動\n"
    "遊藝、機動遊艇、電動玩具、視聽歌唱、資訊供應服務等具有娛樂性之設\n"
    "施。\n"
)


def test_a_law_clause_defining_by_members_after_xizhi_is_an_entry():
    assert ("技藝表演", "係指大鼓、彈詞、雜耍、口技、溜冰、相聲及各項特技等具有娛樂性之表演") in pairs(_ENTERTAINMENT_ARTICLE)
    assert ("其他提供娛樂設施", "係指機動遊藝、機動遊艇、電動玩具、視聽歌唱、資訊供應服務等具有娛樂性之設施。") in pairs(_ENTERTAINMENT_ARTICLE)


def test_a_bare_series_of_instances_is_still_no_definition():
    # (the counter-case: names and an open 等 with no marker stay examples)
    assert instances_only("历史文化遗产", "故宫、天坛、颐和园等世界文化遗产。")
    assert not instances_only("技藝表演", "係指大鼓、彈詞、雜耍等具有娛樂性之表演。")


_NAMES = st.lists(st.text(alphabet="鼓詞耍技冰聲球泳術車馬", min_size=2, max_size=4), min_size=2, max_size=5)


@given(_NAMES, st.sampled_from(["係指", "系指", "指", "包括"]))
def test_a_marked_series_is_never_instances_only(names, marker):
    assert not instances_only("技藝表演", marker + "、".join(names) + "等具有娛樂性之表演。")


# 621: the metadata note's 分類標準 field says how the table is split.
_METADATA_NOTE = (
    "10730-02-02-2 臺中市兒童及少年家庭寄養概況\n"
    "一、統計範圍及對象:凡依據兒童及少年福利與權益保障法規定辦理之兒童及少年福利業務項目,均為統計對象。 "
    "二、統計標準時間:靜態資料以3月底、6月底、9月底、12月底之事實為準。 "
    "三、分類標準:依「寄養家庭戶數」、「寄養兒童及少年人數」、「寄養經費」分。\n"
)


def test_a_statistics_notes_classification_field_is_no_entry():
    assert pairs(_METADATA_NOTE) == []


def test_a_classification_field_glossed_by_a_marker_stays():
    # (counter-case: a field's value opening with 係指 is a definition, whatever the label)
    text = "一、分類標準:係指本表依行業及規模區分統計對象之準則。\n二、統計範圍:係指本市轄內之工廠。\n"
    assert ("分類標準", "係指本表依行業及規模區分統計對象之準則。") in pairs(text)


# 631: LegisMac's annotation stars after an article title or a repealed paragraph's number.
def test_a_law_databases_starred_title_and_number_are_no_terms():
    assert not _good_term("(所得補充稅)*")
    assert not _good_term("一**")


def test_a_starred_term_that_is_more_than_a_title_stays_a_term():
    # (counter-case: the star after a real headword, a footnote mark, leaves the word a term)
    assert _good_term("所得補充稅*")
    assert not _good_term("(所得補充稅)")  # (an unstarred title was never one)


# 636: a Legislative Assembly opinion's Roman section headings.
def test_a_reports_roman_section_heading_is_no_term():
    assert not _good_term("I —— 引言")
    assert not _good_term("III —— 一般性審議")


@given(st.sampled_from(["I", "II", "IV", "Ⅱ", "Ⅲ"]), st.sampled_from(["型糖尿病", "类", "級"]))
def test_a_roman_numeral_run_into_a_word_is_no_section_number(numeral, word):
    # (counter-case: I型糖尿病, Ⅱ类 are terms, the numeral part of the word)
    assert _good_term(numeral + word)


# 635: a portal FAQ's lettered items under the answer's lead-in.
_LETTERED = (
    "2. 如何界定各类工程?\n工程分类说明:\n"
    "(a) 更改工程计划:工程仍未展开的情况;\n(b) 合法化工程计划:工程已全部完成的情况;\n(c) 更改/合法化工程计划:工程已部份完成的情况。\n"
)


def test_lettered_colon_items_are_entries():
    assert pairs(_LETTERED) == [
        ("更改工程计划", "工程仍未展开的情况"),
        ("合法化工程计划", "工程已全部完成的情况"),
        ("更改/合法化工程计划", "工程已部份完成的情况。"),
    ]


def test_a_lettered_item_without_a_colon_headword_gives_none():
    # (counter-case: a law's lettered services under a lead-in, no headword before a colon)
    assert pairs("一、下列業務視為介紹所之業務:\na)接受就業之提供;\nb)為求職人登錄;\nc)甄選人員;\n") == []


# 634: a decree-law's points deeming a described entity its named thing.
_DECREE = (
    "本法規規範職業介紹所須遵從之發出執照程序及運作條件。\n"
    "一、為本法規之效力,以提供下列任一項服務為業務之私人實體,不論其由一人或數人組成,均視為職業介紹所,以下簡稱「介紹所」:\n"
    "a)接受就業之提供;\nb)為求職人登錄;\n"
    "一、「介紹所」得為收費或不收費者。\n"
    "二、「介紹所」在從事其業務時,無需其使用者支付任何負擔者,視為不收費「介紹所」。\n"
    "三、「介紹所」旨在透過所提供之服務獲取物質上之益處者,視為收費「介紹所」。\n"
)


def test_a_decrees_deeming_points_name_their_terms():
    assert pairs(_DECREE) == [
        ("職業介紹所", "以提供下列任一項服務為業務之私人實體,不論其由一人或數人組成"),
        ("不收費「介紹所」", "「介紹所」在從事其業務時,無需其使用者支付任何負擔者"),
        ("收費「介紹所」", "「介紹所」旨在透過所提供之服務獲取物質上之益處者"),
    ]


def test_a_legal_fiction_inside_an_article_is_no_deeming_point():
    # (counter-case: 視為 inside a longer article's sentence, no numbered point of its own naming a thing)
    text = "第 2 條\n前項農業用地,因政府公共設施尚未完成,而未實際供農作使用者,視為作農業使用,其認定標準由主管機關定之。\n"
    assert pairs(text) == []


# 618: a land office's headword line over the act it names, glossed by the disposal 將.
_TOPIC_PAGE = (
    "農村社區土地重劃\n"
    "將非都市計畫使用分區之鄉村區、農村聚落等之土地,重新整理規劃配置,並興建公共設施,然後扣除法律規定重劃負擔後,"
    "辦理交換分合為形狀整齊按原有土地相關位次分配,使各宗土地均直接臨路且立即可供建築使用。\n"
)


def test_a_headword_line_over_a_disposal_gloss_is_an_entry():
    assert pairs(_TOPIC_PAGE) == [("農村社區土地重劃", _TOPIC_PAGE.split("\n")[1])]


def test_a_title_over_a_news_lead_of_the_future_jiang_is_no_entry():
    # (counter-case: 將 of the future in a news lead under a title)
    text = "農村社區土地重劃說明會\n將於下月五日在市府大禮堂舉行,歡迎土地所有權人踴躍參加,現場並提供諮詢服務與相關資料索取。\n"
    assert pairs(text) == []


# 636: a lead-in's colon before kinds glossed inline by double dashes, the lead's quoted name glossed by 即.
_OPINION = (
    "III —— 一般性審議\n"
    "1. 澳門的稅務體系對機動車輛設定“二元課稅模式”,即對該類產品設定兩種稅項:機動車輛稅 —— 一次過繳納的稅項,"
    "此稅項應於產品進入消費階段時繳納;行車稅 —— 每年繳交的稅項,作為彌補使用公共道路所引致的開支,例如:公路耗\n"
)


def test_an_inline_dash_series_and_its_ji_lead_are_entries():
    assert pairs(_OPINION) == [
        ("“二元課稅模式”", "即對該類產品設定兩種稅項:"),
        ("機動車輛稅", "一次過繳納的稅項,此稅項應於產品進入消費階段時繳納"),
    ]


def test_one_name_and_its_dash_after_a_colon_is_no_series():
    # (counter-case: a single apposition after a colon, no second item)
    text = "本年度的工作重點如下:智慧城市 —— 推動政府服務電子化,提升市民生活質素,並加強數據共享與分析應用;\n"
    assert ("智慧城市", "推動政府服務電子化,提升市民生活質素,並加強數據共享與分析應用") not in pairs(text)
