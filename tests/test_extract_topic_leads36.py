"""The thirty-sixth development set's bare 是 definitions of a page's topic: an encyclopedia's lead naming its subject's
other names or where it lies before 是 (``温州,古称瓯,…,位于…,是…``, P941), or its other name right after the class
(``重庆市是…省级行政区,简称渝。``, P938), and a district whose class names its own suffix (``鏡湖區是蕪湖的古城區``, P939).
Each with the real sentences and a real sentence the rule must not take."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.topics import topic_definitions


_WENZHOU = (
    "温州,古称瓯,唐朝时始称温州,至今已有2000余年的建城历史,位于长三角和海西区交汇处,是我国东南沿海重要港口城市,"
    "是浙江省三大中心城市之一,素有“东南山水甲天下”之美誉, 是国家历史文化名城。\n"
    "温州是中国民营经济发展的发源地和风向标,在改革开放初期,温州就以小商品、大市场的“温州模式”与同时期的“吴川模式”并驾齐驱。\n"
)


def test_other_names_and_place_before_shi_are_left_out():
    assert pairs(_WENZHOU) == [
        ("温州", "是我国东南沿海重要港口城市,是浙江省三大中心城市之一,素有“东南山水甲天下”之美誉, 是国家历史文化名城。")
    ]


def test_a_status_sentence_after_the_lead_is_no_second_entry():
    # (the counter-case on the same page: 温州是…的发源地和风向标, a status and a metaphor)
    assert [t for t, _ in pairs(_WENZHOU)] == ["温州"]


_CHONGQING = (
    "重庆哪个省的?\n"
    "重庆市属于西南地区(西南是中国的西南部地区的简称,西南地区主要包括云南、贵州、四川、重庆、广西、西藏。)\n"
    "重庆市是中华人民共和国省级行政区,简称渝。为西南和中国长江上游地区的经济、交通、通信、商贸、金融、文化中心。\n"
    "重庆是国务院定位的现代化国际大都市及中国重要的中心城市之一、国家重要现代制造业基地,是中国中西部特大型工业城市。\n"
)


def test_an_other_name_right_after_the_class_marks_an_encyclopedia_lead():
    found = dict(pairs(_CHONGQING))
    assert found["重庆市"] == "是中华人民共和国省级行政区,简称渝。为西南和中国长江上游地区的经济、交通、通信、商贸、金融、文化中心。"
    assert "重庆" not in found  # (the positioning paragraph, 重庆是…之一, no entry)


_XIZANG = "西藏自治区简称“藏”,地处西南边疆,是重要的国家安全屏障和生态安全屏障,战略地位十分重要。西藏自治区总面积120.28万平方公里。\n西藏自治区\n"


def test_an_alias_before_a_standing_is_no_topic_definition():
    # P913: no comma after the headword, and 是 gives a standing (屏障), which the gold reads as no genus
    assert topic_definitions(_XIZANG) == []


_JINGHU = (
    "歷史沿革\n"
    "鏡湖區是蕪湖的古城區,歷史悠久。自吳黃武二年(公元223年),東吳孫權將蕪湖縣城由鳩茲遷此,已有一千七百多年。\n"
    "1949年4月24日,蕪湖解放。1949年5月3日,蕪湖市人民政府將全市劃為4個行政區。\n"
    "1961年2月,鏡湖人民公社改為鏡湖區人民委員會。\n"
    "行政區劃\n"
    "鏡湖區是安徽省蕪湖市的中心城區2000年,鏡湖區轄6個街道。\n"
)


def test_a_district_glossed_by_its_own_suffix_is_defined_twice():
    assert [(t, d) for t, d in pairs(_JINGHU) if t == "鏡湖區"] == [
        ("鏡湖區", "是蕪湖的古城區,歷史悠久。自吳黃武二年(公元223年),東吳孫權將蕪湖縣城由鳩茲遷此,已有一千七百多年。"),
        ("鏡湖區", "是安徽省蕪湖市的中心城區2000年,鏡湖區轄6個街道。"),
    ]


def test_a_district_called_a_great_plan_is_no_definition():
    # (a real sentence of a bundled page: 是 and a standing, no class named by the suffix)
    page = "雄安新区\n雄安新区是千年大计。之所以说雄安新区是千年大计,是因为雄安新区的规格很高。\n"
    assert topic_definitions(page) == []
