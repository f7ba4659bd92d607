"""Review of the seventy-third round's rules (a class counted after its difference below a heading naming the term; a comparison
heading naming the line between two words; a definer opening its sentence; and the seventy-third review's mends: 之 before a
bracketed 指 gloss, a metadata form's value that defines nothing) on text they were not written from: sentences and small pages
of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong, beside the rules' own good
readings, kept."""

from __future__ import annotations

from conftest import pairs


# A class counted after its difference below a heading naming the term: counted by 种, 类 or 项, the heading about the term alone


def test_a_place_or_person_counted_by_ge_below_a_heading_is_no_gloss():
    for page in (
        "广州\n一、广州的历史\n广州是广东省的一个副省级城市,它有两千多年历史。",
        "澳門\n一、澳門的概況\n澳門是中國的一個特別行政區,它由澳門半島及離島組成。",
        "一、张三的事迹\n张三是我们村的一个普通农民,他几十年如一日照顾孤寡老人。",
        "一、香港的地位\n香港是國際的一個金融中心,它連接內地與世界。",
    ):
        assert pairs(page) == [], page


def test_a_heading_pairing_the_term_with_another_thing_names_no_term():
    for page in (
        "中国与越南的陆地边界\n中国是亚洲东部的一个国家,陆地边界长约2.2万公里。\n越南是东南亚的一个国家,与中国接壤。",
        "深圳与香港的边界线\n深圳是广东省的一个副省级城市。",
    ):
        assert pairs(page) == [], page


def test_a_class_counted_after_its_difference_is_still_read():
    page = (
        "社会工作者职业资格证书\n一、社会工作者职业资格证书的意义\n社会工作者职业资格证书是对从事社会工作专业人才的一种资格认证,"
        "它不仅是求职的重要文件,更是提升能力的有效手段。"
    )
    assert pairs(page) == [("社会工作者职业资格证书", "是对从事社会工作专业人才的一种资格认证,它不仅是求职的重要文件,更是提升能力的有效手段。")]
    page = "社區營造\n一、社區營造的歷史\n社區營造是臺灣一九九四年起推動的一種社區發展政策,它強調居民參與。"
    assert pairs(page) == [("社區營造", "是臺灣一九九四年起推動的一種社區發展政策,它強調居民參與。")]
    page = "經屋\n一、經屋的申請條件\n經屋是澳門特區政府興建的一種公共房屋,它以較低價格出售予居民。"
    assert pairs(page) == [("經屋", "是澳門特區政府興建的一種公共房屋,它以較低價格出售予居民。")]


# A comparison heading naming the line between two words: a line on the map (界线, 分界, 边界线, 陆地边界) only weighed -------------


def test_a_line_on_the_map_between_two_places_is_no_comparison():
    from policyterms.mining.extract_layouts.topics import _COMPARISON_HEADING

    for heading in ("中国与越南的陆地边界", "深圳与香港的边界线", "城市与乡村的分界", "广东和广西的界线", "香港與深圳的陸上邊界"):
        assert _COMPARISON_HEADING.search(heading) is None, heading
    assert pairs("城市与乡村的分界\n城市是非农业人口集中的地区。\n乡村是以农业为主的地区。") == []
    assert pairs("中国与越南的陆地边界\n越南是东南亚的一个国家,与中国接壤。") == []


def test_a_line_between_two_words_is_still_a_comparison():
    page = "征信异议与征信修复的本质界限\n征信异议是指信息主体认为信用报告有误时提出的申请。\n征信修复是指通过合法途径改善信用记录的做法。"
    assert pairs(page) == [("征信异议", "是指信息主体认为信用报告有误时提出的申请。"), ("征信修复", "是指通过合法途径改善信用记录的做法。")]
    page = "行政复议与行政诉讼的主要区别\n行政复议是行政机关内部的一种监督制度。\n行政诉讼是人民法院审理行政案件的活动。"
    assert pairs(page) == [("行政复议", "是行政机关内部的一种监督制度。"), ("行政诉讼", "是人民法院审理行政案件的活动。")]
    page = "政策性銀行與商業銀行的根本區別\n政策性銀行是由政府創立、不以營利為目的的金融機構。\n商業銀行是以營利為目的的金融機構。"
    assert [term for term, _ in pairs(page)] == ["政策性銀行", "商業銀行"]
    page = "政府与市场的边界\n政府是国家权力的执行机关。\n市场是商品交换的场所。"  # (a line between ideas, the round's own example)
    assert [term for term, _ in pairs(page)] == ["政府", "市场"]


# A definer opening its sentence: no one in particular (有人, 许多家长) reports a view, defines no word -------------------------


def test_a_view_anyone_holds_is_no_definition():
    for page in (
        "有人将老龄化定义为问题,这是片面的。",
        "许多家长把成功定义为考上名校,这种观念需要转变。",
        "调查显示,有人将老龄化定义为问题,这是片面的。",
        "不少網友把躺平定義為放棄努力。",
    ):
        assert pairs(page) == [], page


def test_a_scholar_or_a_body_defining_is_still_read():
    assert pairs("学术界将“喘息服务”定义为:一种让长期照护者获得短暂休息的公共服务。") == [
        ("“喘息服务”", "定义为:一种让长期照护者获得短暂休息的公共服务。")
    ]
    assert pairs("世界银行将极端贫困定义为每天生活费低于2.15美元。") == [("极端贫困", "定义为每天生活费低于2.15美元。")]
    assert pairs("香港政府將貧窮線定義為住戶每月入息中位數的一半。") == [("貧窮線", "定義為住戶每月入息中位數的一半。")]


# 之 before a bracketed 指 gloss: a noun glossed may open on 中, 上, 下, 外, 內 or 一般 ------------------------------------------


def test_a_noun_after_zhi_opening_on_a_place_character_is_glossed():
    assert pairs("扶持本市之中小企業(指員工人數少於五十人的企業)發展。") == [("中小企業", "指員工人數少於五十人的企業")]
    assert pairs("本省之上市公司(指在境內外交易所上市的企業)達一百家。") == [("上市公司", "指在境內外交易所上市的企業")]
    assert pairs("全市之下崗職工(指原國企職工)已全部安置。") == [("下崗職工", "指原國企職工")]
    assert pairs("本區之外資企業(指外商投資企業)增加。") == [("外資企業", "指外商投資企業")]
    assert pairs("本港之一般住宅(指非豪宅單位)價格回落。") == [("一般住宅", "指非豪宅單位")]


def test_zhi_in_a_fixed_word_still_opens_no_glossed_noun():
    for page in (
        "兩地之間距離(指直線距離)約為三十公里。",
        "申請人於離職之前三個月(指離職日前九十日)內提出。",
        "其中之一部(指第一部)已经出版。",
        "總之這類企業(指小微企業)需要扶持。",
    ):
        assert pairs(page) == [], page


# A metadata form's value: 本指標指… and 見習生… define; 見附表。 and 本項資料按月發布。 do not ----------------------------------


def _form(value: str) -> str:
    return f"資料項目名稱: 就業人口\n\n*統計項目定義:\n\n{value}\n\n*統計單位:"


def test_a_metadata_value_naming_its_item_or_opening_on_jian_defines():
    for value in (
        "本指標指在統計期內從事有酬工作的人口。",
        "本统计项目指报告期内城镇登记失业人员数。",
        "本項指按當年價格計算的本地生產總值。",
        "見習生及學徒的每月平均工資。",
        "见义勇为人员获得的奖励金额总数。",
    ):
        assert pairs(_form(value)) == [("就業人口", value)], value


def test_a_metadata_value_pointing_elsewhere_still_defines_nothing():
    for value in ("無。", "見附表。", "詳見附件說明。", "本項資料按月發布。", "本表各项目按月汇总。"):
        assert pairs(_form(value)) == [], value
