"""Where a definition opens (the forty-second set): an encyclopedia lead's other names set off by commas before the marker
are asides, no part of the definition; a name run into the headword, or a full name, still opens it."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword
from conftest import pairs_unpinyined as pairs


P1273 = """过渡时期总路线

过渡时期总路线,又称“一化三改”,指1953年6月15日中共中央政治局提出的,1954年2月中共七届四中全会正式通过的,指导中国全面开始从新民主主义社会主义过渡的基本纲领和系列政策。總路線的實質,就是使國家掌握所有的生產資料[1]

参考
"""

P1276 = """《五小工业》,此词条收录于12/29,仅供参考
五小工业,又称为五小企业,是中国大陆地区对地方和县单位兴办的小煤矿、小钢铁、小水泥、小机械、小化肥等乡村企业的统称。这一概念起源于文革时期,是地方经济的重要组成部分,直到改革开放初期。
"""


def test_other_name_aside_before_zhi_is_left_out():
    assert pairs(P1273) == [
        (
            "过渡时期总路线",
            "指1953年6月15日中共中央政治局提出的,1954年2月中共七届四中全会正式通过的,指导中国全面开始从新民主主义社会主义过渡的"
            "基本纲领和系列政策。總路線的實質,就是使國家掌握所有的生產資料[1]",
        )
    ]


def test_other_name_aside_before_shi_is_left_out():
    [(term, definition)] = pairs(P1276)
    assert term == "五小工业" and definition.startswith("是中国大陆地区对地方和县单位兴办的")


def test_a_name_run_into_the_headword_still_opens_the_definition():
    # a statistical bulletin's note (bundled page 21): no comma before 简称, the alias is the gold's definition
    text = (
        "主要指标解释\n"
        "(1) 国内(地区)生产总值简称GDP,是一个国家和地区的所有常住单位在一定时期内生产活动的最终成果,是反映经济总体状况最重要的指标。\n"
        "(2) 全社会固定资产投资是以货币形式表现的在一定时期内全社会建造和购置固定资产的工作量以及与此有关的费用的总称。\n"
    )
    assert pairs(text)[0][1].startswith("简称GDP,是")


def test_a_full_name_still_opens_the_definition():
    # P1228 (the forty-first set): 全称为… glosses the term, the gold keeps it
    definition = "全称为中华人民共和国国民经济和社会发展五年规划纲要,是中国国民经济计划的重要部分,属长期计划。"
    quote = "五年规划(The Five-Year Plan,原称五年计划)," + definition
    assert normalise_headword("五年规划", definition, quote) == ("五年规划", definition)
    # while an aside set off by commas is left out
    aside = "又称“一化三改”,指1953年6月15日中共中央政治局提出的基本纲领和系列政策。"
    assert normalise_headword("过渡时期总路线", aside, "过渡时期总路线," + aside)[1].startswith("指1953年")


# --- a genus before 指 is part of the definition ----------------------------------------------------------------------------

P1271 = (
    "价格双轨制是一种价格管理制度,指在同一地区或同一行业内,对同一商品或服务的价格实行两种不同的价格标准。"
    "这种制度通常由政府控制部分价格,同时允许市场自由定价。\n"
)


def test_a_genus_before_zhi_opens_the_definition():
    assert pairs(P1271) == [
        ("价格双轨制", "是一种价格管理制度,指在同一地区或同一行业内,对同一商品或服务的价格实行两种不同的价格标准。这种制度通常由政府控制部分价格,同时允许市场自由定价。")
    ]


def test_a_standing_or_a_kind_of_word_before_zhi_stays_out():
    from policyterms.mining.extract_layouts.indicators import status_then_defined

    # a data page's indicator (失业率是…的主要指标,一般是指…) and P1058's kind of word (the thirty-eighth set)
    assert status_then_defined("失业率是当地地区就业状况的主要指标,一般") == ("失业率", len("失业率是当地地区就业状况的主要指标,"))
    assert status_then_defined("园区是一种汉语词汇,") == ("园区", len("园区是一种汉语词汇,"))


# --- a marker closing a spaced headword ----------------------------------------------------------------------------------

P1304 = """农用地设施是指 直接用于经营性养殖的畜禽舍、工厂化作物栽培或水产养殖的生产设施用地及其相应附属设施用地。这一定义旨在规范农业设施用地的使用和管理。
生产设施用地
主要用于直接进行农业生产的设施,如温室、大棚、养殖圈舍等。
"""


def test_a_marker_closing_a_spaced_headword_opens_the_definition():
    assert pairs(P1304)[0] == (
        "农用地设施",
        "是指 直接用于经营性养殖的畜禽舍、工厂化作物栽培或水产养殖的生产设施用地及其相应附属设施用地。这一定义旨在规范农业设施用地的使用和管理。",
    )


def test_a_spaced_headword_ending_in_zhishu_keeps_it():
    # a yearbook's spaced lines (bundled pages): 指数 closes the term, no marker
    text = (
        "工业生产者出厂价格指数  反映一定时期内全部工业产品出厂价格总水平的变动趋势和程度的相对数。\n"
        "居民消费价格指数  反映一定时期内城乡居民所购买的生活消费品价格和服务项目价格变动趋势和程度的相对数。\n"
    )
    assert [term for term, _ in pairs(text)] == ["工业生产者出厂价格指数", "居民消费价格指数"]


# --- a law's scope lead-in before the term ---------------------------------------------------------------------------------

ARTICLE_359 = """第一條

標的及範圍

一、本法律訂定公共部門以電子方式作出的行為和手續的規定。

二、為適用本法律的規定,公共部門是指公共行政當局的機關及部門,包括行政長官辦公室、主要官員的辦公室及行政輔助部門、公法人及公務法人。
"""


def test_a_laws_scope_lead_in_is_no_part_of_the_term():
    # bundled page 359 (a Macau law's article): the scope article above defines nothing
    assert pairs(ARTICLE_359) == [
        ("公共部門", "是指公共行政當局的機關及部門,包括行政長官辦公室、主要官員的辦公室及行政輔助部門、公法人及公務法人。")
    ]


# --- a word of the language before the marker ------------------------------------------------------------------------------

P1306 = (
    "黑名单是汉语中一个具有特定社会管理含义的名词,指由权威机构、组织或平台制定的,用于记录被禁止、限制或特别监管的对象"
    "(如个人、组织、企业、网站等)的正式名录。其核心含义包含以下三层:\n"
)


def test_a_word_of_the_language_is_left_out():
    [(term, definition)] = pairs(P1306)
    assert term == "黑名单" and definition.startswith("指由权威机构、组织或平台制定的,用于记录")


def test_a_fields_term_stays_in_the_definition():
    # the kind of word a field gives (an earlier set's wiki copy): 是…術語 opens the definition
    [(term, definition)] = pairs("“三通一平”是一個中國大陸的術語,指的是建設項目在正式施工以前,施工現場應達到水通、電通、道路通和場地平整等條件的簡稱。\n")
    assert term == "“三通一平”" and definition.startswith("是一個中國大陸的術語,指的是")

