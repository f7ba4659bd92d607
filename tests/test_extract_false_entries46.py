"""Forty-sixth round: guards against false entries, written from the development sets' false entries (tune, dev-1 to
dev-61) and kept only where they carry to the check sets dev-62 and dev-63 or to pages of two other sets
(docs/extract-layouts.md, "Forty-sixth round: false entries across sets")."""

from __future__ import annotations

from conftest import pairs
from hypothesis import given, strategies as st

from policyterms.mining.extract_layouts.false_glosses import clause_term, false_gloss, news_opening


# --- a clause's opening taken for a term (582, P2040, P2139, P2026) ------------------------------------------------------

_STATISTICS_ANSWERS = (  # 582: a judicial statistics FAQ's answers, the question left out, each rate's kinds named first
    "在統計期間內,裁判終結得上訴(抗告)件數,扣除當事人提上訴(抗告)件數,加上撤回件數,占全部得上訴(抗告)件數百分比。\n"
    "分為上訴駁回率與抗告駁回率,指上級審在一定期間內裁判駁回件數占駁回及廢棄(撤銷)原判件數百分比。部分廢棄(撤銷)以駁回0.5 件、"
    "廢棄(撤銷)0.5 件計。\n"
)

_ANSWER_PAGE = (  # P2040: a question, the site's 如题所述, and answers opening with their copula
    "xxx因严重违纪,被“双规”,双规什么意思\n\n如题所述\n\n"
    "  双规又可称为\"两规\"、\"两指\",是中共纪检(纪律检查)机关和政府行政监察机关所采取的一种特殊调查手段。\n\n"
    "  是中国共产党在进行纪律检查方面调查的一个措施,是指共产党党员在接受检察机关调查前的党内调查和限制人身自由,是一种隔离审查。\n"
)

_HOT_WORD = (  # P2139: an English-learning page's gloss of a word in the news sentence above it
    "据新华社报道,由于翘尾因素逐渐减小,我国价格上行压力将减弱,但仍存在通胀风险。\n"
    "文中的tail-raising factor就是指“翘尾因素”,也称为carryover effects(滞后影响),指的是上一年年末商品价格的上涨对下一年价格指数的影响。\n"
)


def test_a_dividing_verb_before_the_rates_is_no_term():
    assert [term for term, _ in pairs(_STATISTICS_ANSWERS)] == []


def test_an_answers_copula_clause_is_no_term():
    assert "是中国共产党在进行纪律检查方面调查的一个措施" not in [term for term, _ in pairs(_ANSWER_PAGE)]


def test_a_pointer_to_the_text_is_no_term():
    assert [term for term, _ in pairs(_HOT_WORD)] == []


def test_clause_openings_are_refused_whoever_took_them():
    assert false_gloss("如题所述", "双规又可称为\"两规\"、\"两指\",是中共纪检(纪律检查)机关和政府行政监察机关所采取的一种特殊调查手段。")
    assert false_gloss("定义“三旧”", "“三旧”指的是旧村庄、旧城镇、旧厂房。汕尾三旧改造主要针对这三大领域。")


def test_names_opening_with_the_same_characters_stay():
    # real gold terms of the write sets opening as a clause's words begin
    for term in ("其他收入", "首席数据官", "定期存款", "分区计划大纲图", "“分行”", "文化产业", "因公出国(境)费", "所有者权益合计", "是否一致"):
        assert not clause_term(term), term
    text = "其他收入:指除上述“财政拨款收入”、“事业收入”以外的各项收入。\n定期存款:具有一定支付期限的存款。\n"
    assert [term for term, _ in pairs(text)] == ["其他收入", "定期存款"]


@given(st.sampled_from(("是", "分為", "如题所述", "文中的", "因此", "其中", "首先")), st.text(alphabet="经济税收预算债务政府资金市场", min_size=1, max_size=8))
def test_a_clause_word_opening_a_term_always_refuses_it(opening, rest):
    assert clause_term(opening + rest)


# --- a news lead's opening taken for a gloss (P2125, P1933, 527, 587) ----------------------------------------------------

_KNOWLEDGE_PAGE = (  # P2125: a question title, then a paragraph opening with the present state of things
    "“光盘行动”指的是什么?\n\n"
    "目前社会浪费现象严重。统计数据显示:我国2007—2008年仅 餐饮浪费的食物蛋白质就达800万t,相当于2.6亿人一年的所需。\n"
)

_FEATURE_LEAD = "“两条腿走路”“四山两江”与城市美学——最近,这三个词在佛山各级部门、企业家群体中不胫而走。\n"  # P1933


def test_a_paragraph_on_the_present_under_a_question_is_no_gloss():
    assert [term for term, _ in pairs(_KNOWLEDGE_PAGE)] == []


def test_a_features_lead_is_no_gloss():
    assert [term for term, _ in pairs(_FEATURE_LEAD)] == []


def test_story_openings_are_refused_whoever_took_them():
    assert false_gloss("臺灣的史前時代", "現在住在臺灣的人,大部分是漢人,少數是原住民。漢人的祖先都是在最近三、四百年之內從中國大陸來的;")  # 527
    assert false_gloss("常模參照比較學生表現", "現時用以匯報學生成績的制度,一般稱為「常模參照」評級方法。學生在各科的成績分為A - F級,")  # 587


def test_a_one_clause_genus_and_a_marked_gloss_stay():
    assert not false_gloss("「常模參照」評級方法", "現時用以匯報學生成績的制度")  # 587's gold entry
    assert not news_opening("目前是指2021年以后的阶段,即高质量发展阶段。")
    assert not news_opening("指目前的市场价格,即现价。")


@given(st.text(alphabet="经济税收预算债务政府资金市场的人,。", max_size=30))
def test_a_gloss_opening_with_its_marker_is_never_a_news_opening(rest):
    assert not news_opening("指" + rest) and not news_opening("是指目前" + rest)


@given(st.sampled_from(("目前", "最近", "現在", "当前")), st.text(alphabet="经济税收预算债务政府资金市场的人", max_size=20))
def test_one_clause_is_never_a_news_opening(opening, rest):
    assert not news_opening(opening + rest)
