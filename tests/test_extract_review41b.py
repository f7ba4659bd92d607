"""Review of the fifty-second and fifty-third sets' notes and answers rules on sentences they were not written from:
people reporting something in turn (受访企业反映…,受访居民反映…: news prose, no index glossed), a year named in
apposition before a change (…最严重的一年,即全年国内生产总值比上年增长…: a date, no measure), and terms ending in a verb
compound with 并 (村庄撤并, 企业购并: no adverb 并 before a negation)."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.common import _good_term


def test_people_reporting_in_turn_give_no_index_glosses():
    page = (
        "经济运行调查\n\n"
        "受访企业反映用工成本上升较快,受访居民反映物价涨幅较高。\n\n"
        "城镇居民反映就业压力较大,农村居民反映增收渠道较窄;外来人口反映子女入学难。\n"
    )
    assert pairs(page) == []


def test_indices_reflecting_in_turn_in_a_plain_paragraph_stay_glossed():
    page = "居民消费价格指数反映居民购买的消费品和服务项目价格的变动趋势,商品零售价格指数反映零售商品价格的变动趋势。\n"
    assert pairs(page) == [
        ("居民消费价格指数", "反映居民购买的消费品和服务项目价格的变动趋势"),
        ("商品零售价格指数", "反映零售商品价格的变动趋势。"),
    ]


def test_a_year_in_apposition_before_a_change_is_no_measure():
    page = "2020年是受疫情冲击最严重的一年,即全年国内生产总值比上年增长2.3%。\n"
    assert pairs(page) == []


def test_a_measure_in_apposition_before_a_change_stays_glossed():
    page = "全区的常住人口,即在本区居住半年以上的人口比上年增加1.2万人。\n"
    assert pairs(page) == [("常住人口", "即在本区居住半年以上的人口")]


def test_terms_ending_in_a_compound_with_bing_stay_terms():
    assert _good_term("村庄撤并") and _good_term("企业购并") and _good_term("乡镇裁并")
    assert pairs("村庄撤并是指将规模过小、发展条件差的村庄合并到中心村的做法。\n") == [
        ("村庄撤并", "是指将规模过小、发展条件差的村庄合并到中心村的做法。")
    ]


def test_a_card_s_examples_led_in_by_ru_and_a_colon_stay_in_its_gloss():
    page = (
        "名詞解釋\n\n"
        "社會保險\n\n"
        "社會保險是指國家通過立法建立的,對勞動者在年老、疾病、工傷、失業、生育等情況下給予物質幫助的制度。\n\n"
        "如:養老保險、醫療保險、失業保險、工傷保險和生育保險。\n\n"
        "公積金\n\n"
        "公積金是指職工及其所在單位按月繳存的長期住房儲金。\n\n"
        "最低工資\n\n"
        "最低工資是指勞動者在法定工作時間內提供了正常勞動的前提下,用人單位依法應支付的最低勞動報酬。\n"
    )
    assert pairs(page)[0] == (
        "社會保險",
        "是指國家通過立法建立的,對勞動者在年老、疾病、工傷、失業、生育等情況下給予物質幫助的制度。如:養老保險、醫療保險、失業保險、工傷保險和生育保險。",
    )


def test_a_quoted_principle_s_items_after_a_semicolon_stay_in_its_gloss():
    page = (
        "区政府要求各部门落实“放管服”和“双随机、一公开”的监管方式,“放管服”是指简政放权、放管结合、优化服务,"
        "“双随机、一公开”是指随机抽取检查对象、随机选派执法检查人员;抽查情况及查处结果及时向社会公开。\n"
    )
    assert ("“双随机、一公开”", "是指随机抽取检查对象、随机选派执法检查人员") not in pairs(page)
    page = "该局要求执法人员做到「三不」「四要」,「三不」是指不吃請、不收禮、不刁難,「四要」是指要亮證、要告知;要聽取陳述申辯;要依法處理。\n"
    assert ("「四要」", "是指要亮證、要告知") not in pairs(page)


def test_an_answer_number_run_into_its_subject_is_no_part_of_the_term():
    page = (
        "常见问题\n\n"
        "问1 什么是碳达峰?\n"
        "答1 碳达峰是指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。\n"
        "问2 什么是碳中和?\n"
        "答2 碳中和是指一定时间内直接或间接产生的温室气体排放总量通过植树造林等形式抵消。\n"
    )
    assert pairs(page) == [
        ("碳达峰", "是指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。"),
        ("碳中和", "是指一定时间内直接或间接产生的温室气体排放总量通过植树造林等形式抵消。"),
    ]
    assert pairs("Q1 什么是碳达峰?\nA1 碳达峰是指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。\n") == [
        ("碳达峰", "是指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。")
    ]
    assert not _good_term("答1 碳达峰") and not _good_term("A1. 碳达峰") and _good_term("A股市场")


def test_incomes_reflecting_in_turn_stay_glossed():
    page = "城镇居民人均可支配收入反映城镇居民的收入水平,农村居民人均可支配收入反映农村居民的收入水平。\n"
    assert pairs(page) == [
        ("城镇居民人均可支配收入", "反映城镇居民的收入水平"),
        ("农村居民人均可支配收入", "反映农村居民的收入水平。"),
    ]


def test_numbered_problems_people_report_are_no_glosses():
    page = (
        "三、存在的问题\n"
        "(一)部分企业反映融资难、融资贵,部分群众反映看病难、看病贵。\n"
        "(二)基层反映任务重、人手少,一线干部反映考核过多。\n"
    )
    assert pairs(page) == []
    page = "调查发现:\n1. 受访企业反映用工成本上升较快,受访居民反映物价涨幅较高。\n2. 多数企业预计下季度经营状况好转。\n"
    assert pairs(page) == []


def test_numbered_notes_on_what_a_measure_reflects_stay_glossed():
    page = "注释:\n1. 客运周转量反映一定时期内旅客运输工作量。\n2. 货运周转量反映一定时期内货物运输工作量。\n"
    assert pairs(page) == [("客运周转量", "反映一定时期内旅客运输工作量。"), ("货运周转量", "反映一定时期内货物运输工作量。")]
    assert pairs("注释:\n1. CPI反映居民家庭购买的消费品和服务项目价格水平的变动情况。\n") == [
        ("CPI", "反映居民家庭购买的消费品和服务项目价格水平的变动情况。")
    ]


def test_a_card_counting_its_kinds_before_what_it_includes_gives_no_entry():
    page = (
        "名词解释\n\n"
        "社会保障\n\n"
        "社会保障共分四类,包括社会保险、社会救助、社会福利和优抚安置。\n\n"
        "医疗保险\n\n"
        "医疗保险是指为补偿疾病所带来的医疗费用的一种保险。\n\n"
        "失业保险\n\n"
        "失业保险是指对因失业而暂时中断生活来源的劳动者提供物质帮助的制度。\n"
    )
    assert [term for term, _ in pairs(page)] == ["医疗保险", "失业保险"]
    assert pairs("社会保障\n\n社会保障包括社会保险、社会救助、社会福利和优抚安置。\n") == [
        ("社会保障", "包括社会保险、社会救助、社会福利和优抚安置。")
    ]


def test_a_quoted_period_after_er_is_no_contrasted_term():
    page = "高质量发展是指能够很好满足人民日益增长的美好生活需要的发展,而“十四五”时期则是推动高质量发展的关键时期。\n"
    assert [term for term, _ in pairs(page)] == ["高质量发展"]


def test_a_quoted_term_judged_by_its_pronoun_after_er_is_no_contrasted_term():
    page = (
        "名词解释\n\n新型城镇化\n\n新型城镇化是指以人为核心的城镇化,而“人的城镇化”则是其核心要义。\n\n"
        "乡村振兴\n\n乡村振兴是指以产业兴旺为重点的乡村发展战略。\n"
    )
    assert "“人的城镇化”" not in [term for term, _ in pairs(page)]


def test_contrasted_labels_stay_split():
    page = "“双减”是指有效减轻义务教育阶段学生过重作业负担和校外培训负担,而“双增”则指增加学生的体育锻炼和课外阅读时间。\n"
    assert ("“双增”", "指增加学生的体育锻炼和课外阅读时间。") in pairs(page)
