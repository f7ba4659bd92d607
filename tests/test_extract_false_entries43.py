"""The forty-third round's false entries on press pages: a label of a page's part or an image's file name read as a
term (``例子`` over an example paragraph, P1943; ``推薦`` over a news site's links and ``圖片1.png`` over a paragraph,
P1981), and a sentence giving only the term's weight (``…,就是我省提高发展平衡性和协调性的重大举措。``, P1918; ``MLF利率是
LPR(…)的重要参考依据。``, P1944)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.false_glosses import furniture_label, status_only


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


# --- a page part's label or an image's file name as a term (P1943, P1981, 557) -----------------------------------------

P1943 = (  # the page as it was saved, cut in its summary
    "引言\n"
    "在经济复苏的关键时期,消费券作为一种经济刺激手段,近年来受到了广泛关注。本文将深入探讨消费券的10倍杠杆效应,分析其如何激活经济活力,并提出一些建议。\n"
    "消费券的定义与作用\n"
    "定义\n"
    "消费券是一种由政府或企业发放的,可以在指定商家处兑换商品或服务的凭证。它通常具有一定的金额限制和使用期限。\n"
    "作用\n"
    "- 刺激消费:消费券能够直接降低消费者的购买成本,激发消费欲望,从而推动商品和服务的销售。\n"
    "- 促进就业:消费券的发放可以带动相关产业的发展,增加就业机会。\n"
    "- 提振市场信心:消费券的发放可以向市场传递积极的信号,增强消费者和企业对未来经济的信心。\n"
    "消费券的10倍杠杆效应\n"
    "效应分析\n"
    "- 乘数效应:消费券的发放可以产生乘数效应,即每一元消费券的发放可以带动数倍于其金额的消费。\n"
    "- 引导消费:消费券的发放可以引导消费者购买特定商品或服务,从而优化消费结构。\n"
    "- 促进投资:消费券的发放可以促进企业投资,带动产业升级。\n"
    "例子\n"
    "假设政府发放了100亿元的消费券,根据研究,这可能会带动1000亿元的消费。这意味着消费券的10倍杠杆效应得到了体现。\n"
    "如何激活经济活力\n"
    "政策建议\n"
    "- 扩大发放规模:适当扩大消费券的发放规模,提高其覆盖面和影响力。\n"
    "- 优化发放方式:通过线上线下结合的方式,提高消费券的发放效率和便捷性。\n"
    "- 加强监管:确保消费券发放的公平、公正,防止出现滥用和浪费现象。\n"
    "企业建议\n"
    "- 积极参与:企业应积极参与消费券发放活动,提高市场竞争力。\n"
    "- 创新营销:结合消费券发放,推出创新营销策略,提升消费者体验。\n"
    "- 拓展市场:利用消费券发放的机会,拓展市场,提高市场份额。\n"
    "总结\n"
    "消费券作为一种有效的经济刺激手段,具有显著的10倍杠杆效应。通过合理运用消费券,可\n"
)


def test_an_example_label_over_its_paragraph_is_no_term():
    assert _terms(P1943) == ["消费券"]


P1981 = (
    "推薦\n"
    "最新原創 專題 新經濟 曝光臺 中國訪談 中國三分鐘 沖浪特殊資産 潮評社 溫州 紹興 衢州 淳安 岱山 桐廬 文娛 元宇宙\n"
    "您的位置:首頁 > 本站專題 > 桐廬專題 > 要聞資訊 新聞詳情\n"
    "\n"
    "圖片1.png\n"
    "\n"
    "  當日下午2點,桐廬縣城南街道嘉楠公寓的幾名物業工作人員正拿著宣傳單和禮品,告知進出業主小區啟動“撤桶並點”工作的注意事項。\n"
)


def test_a_links_label_and_an_image_file_name_are_no_terms():
    terms = _terms(P1981)
    assert "推薦" not in terms and "圖片1.png" not in terms


def test_furniture_labels():
    assert furniture_label("例子") and furniture_label("引介") and furniture_label("推薦") and furniture_label("圖片1.png")
    assert furniture_label("“示例”") and furniture_label("相关阅读:")


def test_a_term_holding_a_page_part_word_is_still_a_term():
    # counter-tests: the word inside a longer term is no bare label; the label word defined by its marker is a term
    assert not furniture_label("推荐性国家标准") and not furniture_label("案例教学法") and not furniture_label("简介制度")
    page = "推荐性国家标准:是指国家标准化管理委员会发布的、供社会自愿采用的国家标准。\n"
    assert _terms(page) == ["推荐性国家标准"]
    glossary = "新闻写作常用名词解释\n\n1.导语:指消息的开头部分,一般是第一段或第一句话。\n2.结语:指消息的结尾部分,是对全文的总结或补充。\n"
    assert _terms(glossary) == ["导语", "结语"]


@given(st.text(alphabet="标准制度法规政策体系", min_size=1, max_size=6))
def test_a_page_part_word_with_more_after_it_is_never_furniture(tail):
    assert not furniture_label("推荐" + tail) and not furniture_label("例子" + tail)


# --- a sentence giving only the term's weight (P1918, P1944) -----------------------------------------------------------

def test_a_weight_sentence_is_no_definition():
    assert status_only("就是我省提高发展平衡性和协调性的重大举措。")
    page = "MLF利率是LPR(贷款市场报价利率)的重要参考依据。央行通过调整MLF利率,间接影响银行的贷款定价,从而引导社会融资成本下降。\n"
    assert "MLF利率" not in _terms(page)


def test_a_genus_with_a_weighty_adjective_still_defines():
    # counter-test: P1994's gold, a weighty adjective before the kind of thing the term is
    page = (
        "政府引导基金是中国在市场化改革背景下,为促进产业升级、推动创新创业而设立的重要政策性金融工具。"
        "它通过财政资金撬动社会资本,以股权投资等方式引导资本流向国家战略重点领域和薄弱环节。\n"
    )
    assert _terms(page) == ["政府引导基金"]
    assert not status_only("是指为稳定经济而采取的重大举措。")


@given(st.text(alphabet="我省发展协调改革市场的", min_size=2, max_size=20))
def test_a_marker_makes_a_weight_sentence_a_definition(middle):
    assert not status_only("是指" + middle + "的重大举措。")
