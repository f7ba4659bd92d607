"""The fortieth development set's encyclopedia leads of places: other names between the headword and a verbless
administrative genus are left out, the definition opening at the genus (P1173, P1177), and a place, a comma and its
genus open a verbless lead (P1177's second paragraph); and a closing lead-in that is the marker again (``具体指:``,
P1176) stays in the definition. Counter-examples: aliases before 是 (the alias still opens the definition), a feature's
own words about a city (``柳州,广西最大工业城市,…``, dev-39's P1111) and a closing ``具体来说:`` (a bundled page's)."""

from __future__ import annotations

from conftest import pairs


def test_aliases_before_a_verbless_genus_are_left_out():
    text = (
        "1、南通市辖3个区(崇川区、港闸区、通州区)、1个县(如东县),代管4个县级市,总面积8001平方公里。\n"
        "2、南通,简称“通”,古称通州,别称静海、崇州、崇川、紫琅,江苏省地级市,长江三角洲中心区27城之一,国务院批复确定的中国长三角北翼"
        "经济中心、现代化港口城市。\n"
    )
    assert pairs(text) == [("南通", "江苏省地级市,长江三角洲中心区27城之一,国务院批复确定的中国长三角北翼经济中心、现代化港口城市。")]


def test_a_place_its_comma_and_its_genus_open_a_verbless_lead():
    text = (
        "成都,简称“蓉”,别称蓉城、锦城,四川省辖地级市,是四川省省会、副省级市、超大城市,国务院批复确定的西部地区重要的中心城市。\n"
        "成都,四川省辖地级市,简称“蓉”,别称蓉城、锦城,四川省省会,副省级市、超大城市,国务院批复确定的中国西部地区重要的中心城市。\n"
    )
    assert pairs(text) == [
        ("成都", "四川省辖地级市,是四川省省会、副省级市、超大城市,国务院批复确定的西部地区重要的中心城市。"),
        ("成都", "四川省辖地级市,简称“蓉”,别称蓉城、锦城,四川省省会,副省级市、超大城市,国务院批复确定的中国西部地区重要的中心城市。"),
    ]


def test_aliases_before_shi_are_left_out_too():
    # (the forty-second set: other names set off by commas before 是 are asides, as P924's gold has them; see
    # test_extract_definition_openings42)
    found = pairs("山西,简称晋,又称“三晋”,是中华人民共和国的一个省,位处华北,东靠太行山。因在太行山以西,故稱山西。\n")
    assert found and found[0][1].startswith("是中华人民共和国的一个省")


def test_a_features_own_words_about_a_city_are_no_genus():
    text = (
        "柳州,广西最大工业城市,以汽车、钢铁、机械为龙头产业,工业总产值占整个广西的1/4。\n\n"
        "“那时候真苦!但既然来了,就要把厂建起来。”蒋晓荣是柳工建厂元老之一。60多年前,他从上海一路辗转来到柳州。\n"
    )
    assert pairs(text) == []


def test_a_closing_lead_in_repeating_the_marker_stays_in_the_definition():
    text = (
        "51020产业集群是指什么? (51020产业集群)\n"
        "产业集群是指5个万亿级支柱产业、10个五千亿级优势产业、20个千亿级特色产业集群。具体指:\n"
        "- 围绕新一代信息技术、汽车制造五大万亿级支柱产业大力引进产业价值链中高端项目,全力建链补链强链。\n"
    )
    assert ("产业集群", "是指5个万亿级支柱产业、10个五千亿级优势产业、20个千亿级特色产业集群。具体指:") in pairs(text)


def test_a_closing_lead_in_marker_ending_the_text_leaves_the_definition_whole():
    # a yearbook's entry pasted alone, its list cut (92, dev-9's page, ends its first line so): the lead-in that the list
    # would follow is no reason to drop the definition as cut off
    assert pairs("财政收入 指国家财政参与社会产品分配所取得的收入,是实现国家职能的财力保证。主要包括:\n") == [
        ("财政收入", "指国家财政参与社会产品分配所取得的收入,是实现国家职能的财力保证。")
    ]
    assert pairs("产业集群是指5个万亿级支柱产业、10个五千亿级优势产业、20个千亿级特色产业集群。具体指:\n") == [
        ("产业集群", "是指5个万亿级支柱产业、10个五千亿级优势产业、20个千亿级特色产业集群。")
    ]


def test_a_closing_juti_laishuo_lead_in_is_still_cut():
    text = (
        "“三变”改革是指 “资源变资产,资金变股金,牧民变股东”。具体来说:\n资源变资产:\n"
        "将沉睡的资源(如土地、林地、水域等)通过一定形式入股到新型经营主体,使其转化为有价值的资产,从而盘活这些资源。\n"
        "牧民变股东:\n农民自愿以土地(林地)承包经营权、林木所有权、集体资产股权、住房财产权等生产要素,投资入股经营主体,享有股份权利。\n"
    )
    assert dict(pairs(text))["“三变”改革"] == "是指 “资源变资产,资金变股金,牧民变股东”。"


def test_one_of_the_divisions_its_suffix_names_after_the_reading_of_the_name():
    text = (
        "文章插图\n"
        "涪(fú)、陵(líng) 。涪陵区是重庆市辖区之一 , 地处重庆市中部、三峡库区腹地 , 位于长江、乌江交汇处 , 是重庆市一小时经济圈核心城市 。\n"
        "【涪陵怎么读】涪陵二字取自“涪水之滨 , 巴王之陵” 。春秋战国时间曾为巴国国都 。涪陵区特产主要有涪陵榨菜、涪陵红心萝卜等 。\n"
        "地理环境:\n涪陵区位于四川盆地东南边缘 , 幅员面积2941.46平方公里 。\n"
    )
    assert pairs(text) == [
        ("涪陵区", "是重庆市辖区之一 , 地处重庆市中部、三峡库区腹地 , 位于长江、乌江交汇处 , 是重庆市一小时经济圈核心城市 。")
    ]


def test_one_of_the_most_populous_cities_is_a_standing():
    text = "东莞是全国人口最多的城市之一,常住人口超千万,城乡结构复杂、流动人口密集,对基层治理能力提出了更高要求。\n"
    assert pairs(text) == []
