"""Review of the sixty-third round's rules (run-in labels restated as subjects, a near word of the head as the class, quotes
spaced off their words, "how to measure" headings, a glossary card's dated gloss) on text they were not written from:
sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took
wrong."""

from __future__ import annotations

from conftest import pairs


# A run-in label's bare 是 over a report section's standing is no definition (run_in_labels) ------------------------------


def test_run_in_labels_over_standings_give_no_entries():
    # the round read every label restated as the subject of a bare 是 or 就是 as a headword and its gloss: a report's or a
    # news summary's sections labelled so give their matter's standing, a slogan or a role
    assert pairs(
        "人才。人才是第一资源,我区今年新引进各类人才1200名。\n\n项目。项目是发展的生命线,全年完成固定资产投资85亿元。\n"
    ) == []
    assert pairs("创新发展。创新是引领发展的第一动力,必须把创新摆在核心位置。\n\n协调发展。协调是持续健康发展的内在要求。\n") == []
    assert pairs("房地产。房地产是国民经济的支柱产业。\n\n制造业。制造业是立国之本、强国之基。\n") == []
    assert pairs("绿水青山。绿水青山就是金山银山,这是我们一直坚持的理念。\n\n共同富裕。共同富裕是社会主义的本质要求。\n") == []
    assert pairs("安全。安全是发展的前提,发展是安全的保障。\n\n发展。发展是解决一切问题的基础和关键。\n") == []


def test_run_in_labels_over_classes_are_still_headwords():
    assert pairs(
        "云计算。云计算是一种按使用量付费的模式,这种模式提供便捷的、按需的网络访问。\n\n"
        "碳排放交易。碳排放交易是一種以市場機制減少溫室氣體排放的制度安排。\n"
    ) == [
        ("云计算", "是一种按使用量付费的模式,这种模式提供便捷的、按需的网络访问。"),
        ("碳排放交易", "是一種以市場機制減少溫室氣體排放的制度安排。"),
    ]
    assert pairs(
        "财政收入。财政收入是政府为履行其职能而筹集的一切资金的总和。\n\n"
        "财政支出。财政支出是政府为履行职能、取得所需商品和劳务而进行的资金支付。\n"
    ) == [
        ("财政收入", "是政府为履行其职能而筹集的一切资金的总和。"),
        ("财政支出", "是政府为履行职能、取得所需商品和劳务而进行的资金支付。"),
    ]


# A near word of the head weighed before it names no class (topics._names_kin_class) --------------------------------------


def test_a_weighed_near_word_of_the_head_is_a_standing():
    # the round let 机制 name the class of a 制度 after 的: …的重要机制, …的重点机制 weigh the institution, no class
    assert pairs("垃圾分类制度是推进生态文明建设的重要机制,要坚持“政府推动,全民参与”。") == []
    assert pairs("河长制度是我市今年推进的重点机制,要确保全面落实。") == []


def test_a_near_word_of_the_head_still_names_the_class():
    assert pairs("养老保险制度是一种由国家立法强制实施的社会保险机制。") == [
        ("养老保险制度", "是一种由国家立法强制实施的社会保险机制。")
    ]
    assert pairs("不动产权证书是权利人享有该不动产物权的证明。") == [("不动产权证书", "是权利人享有该不动产物权的证明。")]


# A spaced glossary line quoting its own headword stands on a page that spaces its quotations (spaced) -------------------


def test_a_spaced_headword_line_quoting_its_headword_is_read_on_a_page_spacing_quotations():
    # the round took every space before a quote on such a page for the page's spacing inside a sentence: a glossary line's
    # gloss quoting its own headword (放管服  “放管服”是…) was dropped
    page = (
        "近年来,我市大力推进 “放管服” 改革,取得明显成效。\n\n名词解释\n"
        "放管服  “放管服”是简政放权、放管结合、优化服务的简称。\n"
        "一网通办  指依托一体化在线政务服务平台,实现政务服务事项全程网上办理。\n"
    )
    assert pairs(page) == [
        ("“放管服”", "是简政放权、放管结合、优化服务的简称。"),
        ("一网通办", "指依托一体化在线政务服务平台,实现政务服务事项全程网上办理。"),
    ]
    page = "我们要准确把握 “两个确立” 的决定性意义。\n三农问题  “三农”指农业、农村、农民三个问题。\n乡村振兴  指坚持农业农村优先发展。\n"
    assert pairs(page) == [("三农问题", "“三农”指农业、农村、农民三个问题。"), ("乡村振兴", "指坚持农业农村优先发展。")]


def test_a_sentence_spaced_before_a_quotation_is_still_no_headword_line():
    page = "它与 “旅游 +”“+ 旅游” 的关系是什么?\n二者本质是 “以谁为核心” 的差异,前者以旅游为主。\n要理解 “全域旅游”,需要先了解旅游业。\n"
    assert pairs(page) == []


# A measure glossed under a heading asking how to measure a thing (headwords) ---------------------------------------------


def test_measures_glossed_under_a_how_to_measure_heading_are_entries():
    # the round took the headword items under 如何衡量… for dimensions: indices restated as the subject of 是 are glossed
    page = (
        "二、如何衡量通货膨胀\n1. 居民消费价格指数(CPI)\n"
        "居民消费价格指数是反映一定时期内城乡居民所购买的生活消费品和服务项目价格变动趋势和程度的相对数。\n"
        "2. 生产者价格指数(PPI)\n生产者价格指数是衡量工业企业产品出厂价格变动趋势和变动程度的指数。\n"
    )
    assert pairs(page) == [
        ("居民消费价格指数(CPI)", "居民消费价格指数是反映一定时期内城乡居民所购买的生活消费品和服务项目价格变动趋势和程度的相对数。"),
        ("生产者价格指数(PPI)", "生产者价格指数是衡量工业企业产品出厂价格变动趋势和变动程度的指数。"),
    ]


def test_dimensions_and_standings_under_a_how_to_measure_heading_are_still_no_entries():
    assert pairs("三、如何评价营商环境\n1. 政务环境:政务服务事项网上可办率达到98%。\n2. 市场环境:新设市场主体同比增长12%。\n") == []
    page = (
        "二、如何评价营商环境\n1. 政务环境\n政务环境是营商环境的重要组成部分,直接影响企业办事效率。\n"
        "2. 市场环境\n市场环境是企业发展的关键所在。\n"
    )
    assert pairs(page) == []


# A glossary card's dated gloss opens at 指 only where the marker would (glossary_cards) -------------------------------------


def test_a_dated_line_opening_a_word_made_with_zhi_is_no_card_gloss():
    # the round let a date before 指 open a card's gloss; before 指标, 指引 … the line is a note on the figures or news
    assert pairs("名词解释\n城镇调查失业率\n2023年以来指标口径未作调整,数据按月发布。") == []
    assert pairs("名词解释\n高新技术企业\n2024年起指引企业申报的政策已经更新,请关注通知。") == []
    assert pairs("名词解释\n失业率\n2024年起指城镇调查失业人口占城镇调查从业人口和失业人口之和的比率。") == [
        ("失业率", "2024年起指城镇调查失业人口占城镇调查从业人口和失业人口之和的比率。")
    ]
