"""Forty-fourth round: guards against false entries, written from the development sets' false entries and kept only
where they carry to pages of other sets (docs/extract-layouts.md, "Forty-fourth round: false entries across sets")."""

from __future__ import annotations

from conftest import pairs
from hypothesis import given, strategies as st

from policyterms.mining.extract_layouts.false_glosses import clause_term, field_label


# --- a card's or a table's field label and its value (399, 431, 444, 567, 571) ------------------------------------------

_STATISTICS_CARD = (  # 399's background-data card, its lines as served
    "*統計單位:\n"
    "\n"
    "  1. (一)指數基期:110年平均=100。\n"
    "  2. (二)漲跌率:%。\n"
    "\n"
    "*統計分類:\n"
    "\n"
    "(一)基本分類:除編算總指數外,下分7個大類,40個中類、62個小類及368個項目群指數。\n"
    "\n"
    "(二)特殊分類:\n"
    "\n"
    "  1.商品性質別分類:分商品類及服務類2個大類,其下分14個中類指數。\n"
)


def test_a_statistics_cards_base_period_field_gives_no_entry():
    terms = [term for term, _ in pairs(_STATISTICS_CARD)]
    assert "指數基期" not in terms


_ENTITY_CARD = "行政法務司\n\n\n職能\n\n執行澳門特別行政區政府之出版政策。\n\n\n性質\n\n"  # 444


def test_an_offices_functions_field_gives_no_entry():
    assert ("職能", "執行澳門特別行政區政府之出版政策。") not in pairs(_ENTITY_CARD)


def test_real_field_values_are_field_labels():
    assert field_label("發布時機", "當氣象局觀測到颱風已達到海上或陸上颱風警報標準時則會發布,中央氣象局立即主動利用自動化傳真、電子郵件等管道。")  # 567
    assert field_label("建議作為", "由於颱風可能會帶來淹水、土石流、道路中斷等災害,所以在颱風來臨期間,從事戶外活動都要格外注意。")  # 567
    assert field_label("全省总计", "含邮轮游客人数。")  # 431
    assert field_label("辭書內容", "依據美國聯邦政府博物館和圖書館服務機構之定義,州立圖書館是依據各州所授予的法律或規章所成立。")  # 571


def test_a_field_named_term_glossed_by_a_marker_stays():
    text = "政治职能:是指政府为维护国家统治阶级的利益,对外保护国家安全,对内维持社会秩序的职能。\n经济职能:是指政府为国家经济的发展,对社会经济生活进行管理的职能。\n"
    assert ("政治职能", "是指政府为维护国家统治阶级的利益,对外保护国家安全,对内维持社会秩序的职能。") in pairs(text)
    assert not field_label("国民经济行业分类", "自2003年起执行新的《国民经济行业分类》国家标准。")  # a yearbook's entry: 分类 is no field
    assert not field_label("救助對象", "指實際從事農、林、漁、牧生產之自然人。")  # 569: 對象 is no field word here
    assert not field_label("分类内容", "指按一定标准对事物进行归类的结果。")


@given(
    head=st.text(alphabet="基本指數發布建議辭書行政", min_size=0, max_size=6),
    field=st.sampled_from(["時機", "作為", "內容", "職能", "基期", "總計", "总计", "内容"]),
    rest=st.text(alphabet="政府的之管理活动。,", max_size=30),
    marker=st.sampled_from(["是", "是指", "指", "係指", "系指", "為", "即"]),
)
def test_a_field_label_glossed_by_a_marker_is_never_dropped_by_it(head, field, rest, marker):
    assert not field_label(head + field, marker + rest)


# --- a sentence's subject and adverb taken for a term (P1951, 534) ------------------------------------------------------

_ESSAY = (  # P1951's opening paragraph
    "近年来,中国地方政府隐性债务问题持续受到市场与监管层的高度关注。它主要指地方政府在法定政府债务限额之外,直接或间接承诺以财政资金偿还,"
    "以及提供违规担保形成的债务。\n"
)
_FAQ_ANSWER = (  # 534's fourth answer, its close
    "  4. 答案:碘片不可隨便服用,只可在主要公共衞生當局專業分析緊急情况後,在當局的建議下才可服用。"
    "現時並無科學証據指其他用品如食物、飲料和外塗產品等有類似的輻射保護作用。\n"
)


def test_a_pronoun_and_an_adverb_are_no_term():
    assert "它主要" not in [term for term, _ in pairs(_ESSAY)]


def test_a_negated_claim_reported_by_zhi_is_no_entry():
    assert "現時並無科學証據" not in [term for term, _ in pairs(_FAQ_ANSWER)]


def test_terms_opening_or_closing_alike_stay():
    for term in ("一般公共预算", "主要污染物", "其他收入", "通常存款", "违法所得"):
        assert not clause_term(term), term
    text = "主要污染物排放量:指化学需氧量、氨氮、二氧化硫和氮氧化物的排放量。\n一般公共预算收入:指以税收为主体的财政收入。\n"
    assert [term for term, _ in pairs(text)] == ["主要污染物排放量", "一般公共预算收入"]


@given(st.text(alphabet="经济税收预算债务政府资金市场", min_size=1, max_size=8))
def test_a_plain_noun_phrase_is_never_a_clause_term(noun):
    assert not clause_term(noun)
