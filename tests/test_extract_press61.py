"""The sixty-first development set's press and other non-official pages (national economic and financial vocabulary
explained by answer sites, content sites, forums, encyclopedia copies and press reposts): a status or genus lead before a
narrower marker (P2138, P2146), a question title glued before its answer with its bracket kept (P2124, P2134), a measure
built on a quoted term (P2121), a meaning label standing as the headword (P2134, P2144; P2044 of the fifty-ninth set) and
a numbered list's next item below an item line (P2142). Each rule has the real line it was written from and a sentence
of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.built_subjects import before_built_subject
from policyterms.mining.extract_layouts.common import GLUED_QUESTION_TITLE
from policyterms.mining.extract_layouts.general import headword_label_subject
from policyterms.mining.extract_layouts.genus_leads import past_genus_lead
from policyterms.mining.extract_layouts.headwords import _next_item_below


# --- a status or genus lead before a narrower marker (P2138, P2146) -------------------------------------------------


def test_a_phenomenon_lead_is_left_out_before_zhuyao_zhi():
    line = "“豬周期”是農業經濟中一個常見的現象,主要指生豬養殖業中價格波動的周期性規律。這一現象的核心在于供需關系的變化。\n"
    assert pairs(line) == [("“豬周期”", "主要指生豬養殖業中價格波動的周期性規律。這一現象的核心在于供需關系的變化。")]


def test_a_kind_lead_is_left_out_before_ta_shizhi():
    definition = (
        "是知识经济时代新兴的一种融资方式,它是指企业或个人以合法拥有的专利权经评估后作为质押物进行担保,向银行等融资机构申请贷款,"
        "并承诺贷款到期便还本付息的一种融资行为。"
    )
    assert past_genus_lead(definition) == definition[definition.index("是指") :]


def test_a_concept_lead_is_left_out_before_a_second_shi():
    # (P2137's 贡献度是宏观经济分析中经常使用的概念,是…: a concept placed, then stated)
    definition = "是宏观经济分析中经常使用的概念,是某一指标的某一个构成要素报告期的增加值与这一指标基期值的比。"
    assert past_genus_lead(definition) == "是某一指标的某一个构成要素报告期的增加值与这一指标基期值的比。"


def test_a_chain_of_predicates_is_no_lead():
    # (P2132: 是一种…的债券,银行发行它…; a kind noun, then a clause of another verb; and 是…的方式,是…的手段)
    kept = "是一种没有固定到期日的债券,银行发行它主要是补充资本金,增强抗风险能力。"
    assert past_genus_lead(kept) == kept
    chain = "是一种新型的融资方式,是中小企业获得贷款的重要手段。"
    assert past_genus_lead(chain) == chain
    plain = "是指本地区所有常住单位在一定时期内生产活动的最终成果。"
    assert past_genus_lead(plain) == plain


def test_a_bare_zhi_de_shi_after_the_lead_keeps_it():
    # (the earlier sets' golds keep the lead there: P1064's “省直管县”是…的一种改革模式,指的是…; P1271's 价格双轨制是…,指…)
    kept = "是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位。"
    assert past_genus_lead(kept) == kept


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="是的一种现象方式概念,，它主要指经济价格周期规律。", max_size=40))
def test_a_genus_lead_only_ever_cuts_the_opening(definition):
    # the definition kept is the original's own tail, opening at a marker when cut
    kept = past_genus_lead(definition)
    assert definition.endswith(kept)
    assert kept == definition or kept.lstrip("主要一般通常").startswith(("是", "指"))


# --- a question title glued before its answer, its bracket kept (P2124, P2134) --------------------------------------


def test_a_bracketed_question_title_before_the_answer_is_dropped():
    page = (
        "限塑令是什么意思\n"
        "【限塑令是什么意思】限塑令是在全国范围内禁止生产销售使用超薄塑料袋,并实行塑料袋有偿使用制度 。\n"
    )
    assert pairs(page) == [("限塑令", "是在全国范围内禁止生产销售使用超薄塑料袋,并实行塑料袋有偿使用制度 。")]


def test_a_bracketed_word_without_closing_bracket_is_no_title():
    assert GLUED_QUESTION_TITLE.match("【限塑令是在全国范围内禁止生产销售使用超薄塑料袋") is None
    assert GLUED_QUESTION_TITLE.match("限塑令是在全国范围内禁止生产销售使用超薄塑料袋。") is None


# --- a measure built on a quoted term (P2121) ------------------------------------------------------------------------


def test_a_definition_ends_before_a_measure_built_on_its_quoted_term():
    definition = (
        "是以新产业、新业态、新商业模式为核心内容的经济活动的集合。“三新”经济增加值衡量的是一个国家(或地区)所有常住单位在一定时期内"
        "从事“三新”经济生产活动创造的增加值。"
    )
    assert before_built_subject("“三新”经济", definition) == "是以新产业、新业态、新商业模式为核心内容的经济活动的集合。"


def test_a_sentence_going_on_about_the_quoted_term_stays():
    definition = "是以新产业、新业态、新商业模式为核心内容的经济活动的集合。“三新”经济的规模逐年扩大。"
    assert before_built_subject("“三新”经济", definition) == definition


# --- a meaning label standing as the headword (P2134, P2144, P2044) ---------------------------------------------------


def test_a_definition_label_as_headword_gives_the_sentence_subject():
    definition = (
        "转移支付,又称无偿支出,它主要是指各级政府之间为解决财政失衡而通过一定的形式和途径转移财政资金的活动,是用以补充公共物品而提供的一种无偿支出,"
        "是政府财政资金的单方面的无偿转移,体现的是非市场性的分配关系 。"
    )
    assert headword_label_subject("定义", definition) == ("转移支付", definition[definition.index("主要是指") :])
    assert headword_label_subject("、含義", "“發展”就是要以經濟建設為中心,大力發展生產力。") == (
        "“發展”",
        "就是要以經濟建設為中心,大力發展生產力。",
    )


def test_a_label_over_a_headless_gloss_gives_no_entry():
    page = (
        "§ 名词解释\n"
        "是指报告期末已竣工的可供销售或出租的商品房屋建筑面积中,尚未销售或出租的商品房屋建筑面积,包括以前年度竣工和本期竣工的房屋面积。\n"
    )
    assert pairs(page) == []


def test_a_word_holding_a_label_is_a_headword_of_its_own():
    assert headword_label_subject("定义域", "是指自变量的取值范围。") is None
    assert headword_label_subject("概念股", "指与某一热点概念相关的股票。") is None


# --- a numbered list's next item below an item line (P2142) ----------------------------------------------------------


def test_the_next_item_of_a_list_is_no_gloss():
    page = "(一)主要内容\n\n9. 信息化建设和电子商务交易情况\n\n10. 投入结构\n\n11. 产品使用去向和固定资产投资构成情况等。\n"
    assert pairs(page) == []
    assert _next_item_below("10. 投入结构", "11. 产品使用去向和固定资产投资构成情况等。")


def test_a_line_below_that_is_no_next_item_is_read_as_before():
    assert not _next_item_below("10. 投入结构", "指投入生产的各种要素的构成。")
    assert not _next_item_below("10. 投入结构", "12. 产品使用去向。")
    assert not _next_item_below("投入结构", "11. 产品使用去向。")
