"""Review of the seventy-fourth round's rules (a one-sentence lead its next paragraph goes on about; the passive definer 被定义为;
其中 glued to the term; a bracketed 即 gloss of a quoted word) on text they were not written from: sentences and small pages of
the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong, beside the rules' own good
readings, kept."""

from __future__ import annotations

from conftest import pairs


# A one-sentence lead whose next paragraph opens with its subject again: not when that paragraph says the subject is another
# thing too (也是, 还是, 同時是) or tells what it did (在…): a place's, a person's or a year's description


def test_a_lead_followed_by_another_standing_of_its_subject_is_no_gloss():
    for page in (
        "张三是我们村的村支书。\n张三也是一位老党员,多年来带领村民致富。",
        "上海是我国最大的经济中心城市。\n上海还是国际航运中心。",
        "今年是全面贯彻党的二十大精神的开局之年。\n今年也是实施“十四五”规划承上启下的关键之年。",
        "嘉定区是上海的汽车产业基地。\n嘉定区在过去一年里实现地区生产总值增长5%。",
        "澳門是中國的一個特別行政區。\n澳門同時是世界旅遊休閒中心。",
    ):
        assert pairs(page) == [], page


def test_a_lead_its_next_paragraph_goes_on_about_is_still_read():
    page = "下水道是都市基本公共建設,是維護環境衛生不可或缺的公共設施。\n下水道同時具有排除雨水、防止淹水之功能。"
    assert pairs(page) == [("下水道", "是都市基本公共建設,是維護環境衛生不可或缺的公共設施。")]
    page = "城市绿道是连接城乡的线性绿色开敞空间。\n城市绿道同时具有生态、休闲和交通功能。"
    assert pairs(page) == [("城市绿道", "是连接城乡的线性绿色开敞空间。")]


# The passive definer: not a short class closing its clause (a status given) nor a subject pointing at a case


def test_a_passive_designation_is_no_gloss():
    for page in (
        "张家村被定义为贫困村,享受国家扶持政策。",
        "该行为被界定为违法行为,将依法处理。",
        "新冠肺炎被定义为乙类传染病,采取甲类管理措施。",
        "本市被界定为超大城市,人口超过一千万人。",
        "该企业被定义为高新技术企业,享受15%的企业所得税优惠税率。",
    ):
        assert pairs(page) == [], page


def test_a_passive_definition_is_still_read():
    assert pairs("老年人通常被定义为60周岁以上的公民。") == [("老年人", "通常被定义为60周岁以上的公民。")]
    assert pairs("零工經濟一般被定義為以短期、靈活工作為主的勞動力市場形態。") == [
        ("零工經濟", "一般被定義為以短期、靈活工作為主的勞動力市場形態。")
    ]
    page = "其中碳足跡(Carbon Footprint)可被定義為與一項活動或產品的整個生命週期過程所直接與間接產生的溫室氣體排放量。"
    assert pairs(page) == [("碳足跡(Carbon Footprint)", "可被定義為與一項活動或產品的整個生命週期過程所直接與間接產生的溫室氣體排放量。")]


# 其中 glued to the term: not a count or a share of what the sentence before named


def test_a_share_after_qizhong_is_no_term():
    for page in ("其中一部分是指用于农村基础设施建设的资金。", "其中大部分是指外来务工人员。"):
        assert pairs(page) == [], page


def test_a_term_glued_to_qizhong_is_still_read():
    assert pairs("其中新能源汽车是指采用新型动力系统的汽车。") == [("新能源汽车", "是指采用新型动力系统的汽车。")]


# A bracketed 即 gloss of a quoted word: not a bracket dating the occasion the word names


def test_a_bracket_dating_a_quoted_occasion_is_no_gloss():
    for page in ("去年“两会”期间(即今年3月初)代表们提出了很多建议。", "“春节”前后(即农历腊月二十至正月十五)是用工高峰。"):
        assert pairs(page) == [], page


def test_a_bracketed_ji_gloss_is_still_read():
    assert pairs("“三个一”工作机制(即一名领导、一个专班、一套方案)有效运行。") == [("“三个一”工作机制", "即一名领导、一个专班、一套方案")]
    page = "已採用「海綿城市」的概念(即透過加強城市的蓄水能力和水循環系統,達致防洪目的)進行城市規劃。"
    assert pairs(page) == [("「海綿城市」", "即透過加強城市的蓄水能力和水循環系統,達致防洪目的")]
