"""What a review of the thirty-sixth to thirty-ninth sets' rules broke on real text, mended: a thesis line read again as a
second definition once a 定义 heading chose the paragraph below it (P1082), and quoted words glossed in brackets by 即 that
the 指 reading missed (the 1988 and 2006 work reports, the ninth congress report)."""

from __future__ import annotations

from conftest import pairs


# --- a thesis line before the paragraph a 定义 heading names is no second definition (P1082, dev-39) --------------------

_CERTIFICATE_PAGE = (
    "土地承包经营权证是土地确权证,但需注意其法律属性与功能定位。具体说明如下:\n"
    "-\n"
    "定义与性质\n"
    "土地承包经营权证是政府依法颁发的确认土地承包经营权的法律凭证,属于土地确权登记的核心成果。该证书以《农村土地承包法》为依据,通过登记程序确认农民对承包土地的占有、使用、收益等权利。\n"
    "-\n"
    "确权与登记的关系\n"
    "-\n"
    "确权是依据生效的承包合同确立权利,而登记(发证)是法定程序,用于公示和法律保护。合同生效即取得经营权,证书仅为权利确认文件。\n"
    "-\n"
    "例如,农村土地承包经营合同自成立时生效,农民即取得经营权,证书是后续的法定登记。\n"
    "-\n"
    "-\n"
    "核心功能与保障\n"
    "-\n"
    "作为土地权益的法律凭证,可对抗非法侵占、征用等行为,保障农民对土地的合法处置权(如流转、抵押)。\n"
    "-\n"
    "与身份证类似,具有唯一性、稳定性和法律效力,是农民土地权益的重要保障。\n"
    "-\n"
    "-\n"
    "政策背景与覆盖范围\n"
    "我国自2013年起推行农村土地确权登记,截至2020年已超96%的农户完成登记,2亿农户领取了土地承包经营权证,覆盖全国大部分农村地区。\n"
    "总结 :土地承包经营权证本质是土地确权的法定凭证,其核心作用是确认和保护农民土地权益,而非确权的前提条件。\n"
)


def test_a_thesis_line_that_lost_to_a_definition_heading_does_not_come_back_as_a_second_gloss():
    entries = pairs(_CERTIFICATE_PAGE)
    assert ("土地承包经营权证", "是土地确权证,但需注意其法律属性与功能定位。具体说明如下:") not in entries
    assert [term for term, _ in entries].count("土地承包经营权证") == 1
    assert entries[0] == (
        "土地承包经营权证",
        "是政府依法颁发的确认土地承包经营权的法律凭证,属于土地确权登记的核心成果。该证书以《农村土地承包法》为依据,"
        "通过登记程序确认农民对承包土地的占有、使用、收益等权利。",
    )


def test_a_term_defined_again_below_its_first_definition_still_counts_again():
    # P1064 (dev-37): the second paragraph opening with the term comes after the kept one, a second entry
    text = (
        "【省直管县是啥意思】“省直管县”是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位,而不再通过地级市(或地区)进行间接管理。\n"
        "下面是对“省直管县”的详细总结。\n"
        "一、\n"
        "“省直管县”是一种行政体制改革措施,旨在提高县级政府的治理效率和资源配置能力。它将县级单位从地级市的管辖中独立出来,直接接受省级政府的领导和管理。\n"
        "三、结语\n"
        "“省直管县”作为一种行政管理创新,体现了国家在推动基层治理现代化方面的探索。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“省直管县”", "“省直管县”"]


# --- a quoted word glossed in brackets by 即 (work reports) ----------------------------------------------------------


def test_a_quoted_word_glossed_in_brackets_by_ji_is_an_entry():
    # the 1988 work report
    text = (
        "沿海地区要发展“两头在外”（即原材料来源在外和产品销售市场在外），积极扩大劳动密集型产品和劳动与技术密集型产品的加工出口，参加国际交换。"
        "在发展外向型经济中，沿海工业城市和经济特区要发挥重要作用。\n"
    )
    assert ("“两头在外”", "即原材料来源在外和产品销售市场在外") in pairs(text)


def test_a_quoted_word_glossed_by_ji_after_a_colon_keeps_it_as_written():
    # the 2006 work report
    text = "加大“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）、南水北调水源及沿线、三峡库区、松花江等流域污染防治。大力推行清洁生产，加强工业废水治理工程建设。\n"
    assert ("“三河三湖”", "即：淮河海河辽河、太湖巢湖滇池") in pairs(text)


def test_a_bare_word_restated_in_brackets_by_ji_is_no_entry():
    # the 1959 and 1955 work reports: an institution's other name, a figure's other name
    text = (
        "废除西藏地方政府（即噶厦），由西藏自治区筹备委员会行使地方政府职权，使西藏迅速实现民族地方自治和逐步进行民主改革。\n"
        "两年中已经完成的投资额（即工作量），占五年投资总额的百分之三十二。\n"
    )
    assert pairs(text) == []

