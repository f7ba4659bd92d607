"""The fiftieth development set's label lines: a numbered type with a dash-bulleted ``- 定义:`` line below it (P1752) is
that type's definition, the label left out; and a spaced line whose gap only splits a count from its verb
(``连续 4 年,…``, P1729) is no headword and definition."""

from __future__ import annotations

from conftest import pairs


def test_dash_bulleted_definition_label_under_a_numbered_type():
    page = (
        "监测对象通常分为以下三种类型,具体定义和特点如下:\n"
        "1. 脱贫不稳定户\n"
        "- 定义:指已经实现脱贫但各方面发展条件(尤其是家庭人均纯收入)低于当地监测范围,且存在返贫风险的脱贫户。\n"
        "- 特点:\n"
        "- 收入水平较低,可能因收入不稳定而面临返贫风险。\n"
        "2. 边缘易致贫户\n"
        "- 定义:指收入略高于建档立卡贫困户标准,但各方面发展条件(尤其是家庭人均纯收入)低于当地监测范围,且存在致贫风险的一般农户。\n"
        "- 特点:\n"
        "- 收入水平接近贫困线,但未达到脱贫标准。\n"
    )
    assert pairs(page) == [
        ("脱贫不稳定户", "指已经实现脱贫但各方面发展条件(尤其是家庭人均纯收入)低于当地监测范围,且存在返贫风险的脱贫户。"),
        ("边缘易致贫户", "指收入略高于建档立卡贫困户标准,但各方面发展条件(尤其是家庭人均纯收入)低于当地监测范围,且存在致贫风险的一般农户。"),
    ]


def test_dash_bulleted_other_labels_give_no_type_entry():
    # counter-test: dev-38's P1072, numbered headings over dash-bulleted measures, no meaning label among them
    page = (
        "三、创新合作之道\n"
        "1. 产业创新合作\n"
        "- 共同研发:推动两地企业开展联合研发,提升创新能力。\n"
        "- 产业链协同:加强产业链上下游企业合作,形成完整的产业链。\n"
        "2. 金融创新合作\n"
        "- 金融政策对接:推动两地金融政策协同,促进金融服务业发展。\n"
    )
    assert not {"产业创新合作", "金融创新合作"} & {term for term, _ in pairs(page)}


def test_spaced_count_is_no_headword():
    page = (
        "更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】\n"
        "从 2022 年开始, 浙江省政府已连续 4 年在年初即发布全年经济政策安排。\n"
        "连续 4 年,浙江“ 8+4” 支持民营经济发展的浓度愈来愈高。\n"
    )
    assert not {"连续", "更多写作资料+"} & {term for term, _ in pairs(page)}


def test_spaced_headwords_of_a_yearbook_stay():
    # counter-test: a yearbook's spaced headword lines
    page = (
        "工业生产指数  按国际标准计算的工业产品产量的加权平均指数。\n"
        "国民经济行业分类  自2003年起执行新的国民经济行业分类标准。\n"
    )
    assert {"工业生产指数", "国民经济行业分类"} <= {term for term, _ in pairs(page)}


def test_comparison_row_is_no_headword():
    from policyterms.mining.extract_layouts.common import _good_term

    assert not _good_term("与失智的区别")  # P1755: 与失智的区别 失能更侧重于…,而失智则主要指…
    assert not _good_term("和传统农业的不同")


def test_terms_naming_a_difference_stay():
    # counter-test: terms that hold 与 or 差别 without comparing the page's term with another
    from policyterms.mining.extract_layouts.common import _good_term

    assert _good_term("碳达峰与碳中和") and _good_term("城乡差别") and _good_term("工农差别")


def test_headword_written_twice_over_is_one_headword():
    from policyterms.mining.extract_layouts.general import normalise_headword

    # P1738: a courseware page that writes its text twice over
    got = normalise_headword("鄂西生态文化旅游圈鄂西生态文化旅游圈", "包括位于湖北西部的襄阳、荆州、宜昌等8个市(州)。")
    assert got is not None and got[0] == "鄂西生态文化旅游圈"


def test_headword_repeating_a_syllable_stays():
    # counter-test: a term whose characters repeat without being the text twice over
    from policyterms.mining.extract_layouts.general import normalise_headword

    got = normalise_headword("双创双服", "以创新创业、服务发展服务民生为主要内容。")
    assert got is not None and got[0] == "双创双服"


def test_dated_history_paragraph_ends_a_headword_explanation():
    page = (
        "五型政府\n"
        "五型政府,是江西省政府於2018年提出的政府模式,具體為“忠誠型、創新型、擔當型、服務型、過硬型”五型。\n"
        "2018年10月,江西省政府出台《關於在全省政府系統大力開展忠誠型創新型擔當型服務型過硬型政府建設加快推動江西高質量跨越式發展的實施方案》,正式建設五型政府。\n"
        "內容解讀\n"
    )
    assert pairs(page) == [("五型政府", "是江西省政府於2018年提出的政府模式,具體為“忠誠型、創新型、擔當型、服務型、過硬型”五型。")]


def test_paragraph_opening_with_a_year_in_its_first_clause_goes_on():
    # counter-test: a year inside the paragraph's first clause, no dated history line
    from policyterms.mining.extract_layouts.headwords import _DATED_PARAGRAPH

    assert not _DATED_PARAGRAPH.match("2018年提出的五型政府包括忠诚型、创新型等五型。")
    assert _DATED_PARAGRAPH.match("2018年10月,江西省政府出台《实施方案》。")
