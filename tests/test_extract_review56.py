"""Review of the fifty-fifth round's rules (a question title pressed by 到底/究竟 or asking what kind of thing, an aims lead-in
over its items, a dated story ending a definition, and the round's other readings) on text they were not written from:
sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong
or left half done."""

from __future__ import annotations

from conftest import pairs


# A question title asking what kind of thing (headword_lines._QUESTION) --------------------------------------------------------


def test_a_question_asking_a_measure_or_property_of_its_term_names_no_term():
    # an FAQ asking a rank, a standard, a rate, a colour or a staffing: the answer gives a value, no definition
    assert pairs("乡镇党委书记是什么级别?\n乡镇党委书记一般是正科级。\n") == []
    assert pairs("个税起征点是什么标准?\n个税起征点是每月5000元。\n") == []
    assert pairs("公积金贷款是什么利率?\n公积金贷款是按照中国人民银行规定的利率执行的,五年以上为3.1%。\n") == []
    assert pairs("社保卡是什么颜色?\n社保卡是蓝色的卡片,正面印有持卡人照片。\n") == []
    assert pairs("公务员是什么编制?\n公务员是行政编制,由国家财政负担工资福利。\n") == []
    assert pairs("退休年龄是什么规定?\n退休年龄是按照国家规定执行的,男职工60周岁。\n") == []
    # (and the answer's subject, the term with the measure, is no definition of the term: 低保 / 低保标准是…)
    assert pairs("低保是什么标准?\n低保标准是由各地人民政府根据当地居民生活必需的费用确定的。\n") == []


def test_a_question_asking_a_cause_or_closing_on_de_names_no_term():
    assert pairs("头痛是什么引起的?\n头痛是由多种原因引起的常见症状,如感冒、高血压等。\n") == []
    assert pairs("健康码是什么颜色的?\n健康码是绿色的,表示可以正常通行。\n") == []


def test_a_question_about_a_thing_pointed_at_names_no_term():
    assert pairs("这个补贴是什么补贴?\n这个补贴是对困难家庭的临时生活补贴。\n") == []
    assert pairs("这项政策到底是什么?\n这项政策是指对小微企业减免税费的一系列措施。\n") == []


def test_a_question_asking_a_kind_still_names_its_term():
    assert pairs("医保局是什么部门?\n医保局是国务院直属机构,负责拟订医疗保障制度的法律法规草案、政策、规划和标准。\n") == [
        ("医保局", "是国务院直属机构,负责拟订医疗保障制度的法律法规草案、政策、规划和标准。")
    ]
    assert pairs("手足口病是什么病?\n手足口病是由肠道病毒引起的传染病。\n") == [("手足口病", "是由肠道病毒引起的传染病。")]
    assert pairs("失业保险金是什么待遇?\n失业保险金是失业人员在失业期间按月领取的待遇。\n") == [
        ("失业保险金", "是失业人员在失业期间按月领取的待遇。")
    ]
    assert pairs("專項債到底是什麼東西?\n專項債是指地方政府為有一定收益的公益性項目發行的債券。\n") == [
        ("專項債", "是指地方政府為有一定收益的公益性項目發行的債券。")
    ]


# Items under an aims lead-in (item_glosses.aim_items_dropped) -----------------------------------------------------------------


def test_an_aims_lead_in_counting_its_points_drops_its_items():
    assert pairs("推行河长制的原因有三点:\n1. 水污染:部分河湖污染严重。\n2. 水资源短缺:人均水资源量不足。\n") == []
    assert pairs("建设智慧城市的作用主要有以下三个方面:\n1. 提升效率:提高城市管理效率。\n2. 改善服务:方便市民办事。\n") == []


def test_an_aims_lead_in_over_items_numbered_in_chinese_numerals_drops_them():
    # a law's objectives, numbered 一、二、
    assert pairs("本條例的目的:\n一、保障權益:保障消費者權益。\n二、促進發展:促進市場健康發展。\n") == []


def test_glossary_items_below_a_stated_purpose_stay():
    page = "本手册编写的目的:\n帮助基层干部准确理解政策。\n名词解释\n- 低保:指最低生活保障。\n- 特困:指特困人员救助供养。\n"
    assert pairs(page) == [("低保", "指最低生活保障。"), ("特困", "指特困人员救助供养。")]


# A dated story after a paragraph's one definition (prose._DATED_STORY) ----------------------------------------------------------


def test_a_dated_story_with_its_month_ends_the_definition():
    assert pairs("河长制是指由各级党政主要负责人担任河长的制度。2016年12月,中办、国办印发《关于全面推行河长制的意见》。\n") == [
        ("河长制", "是指由各级党政主要负责人担任河长的制度。")
    ]
    assert pairs("双创是指大众创业、万众创新。2014年9月,李克强总理在夏季达沃斯论坛上首次提出“大众创业、万众创新”。\n") == [
        ("双创", "是指大众创业、万众创新。")
    ]


def test_a_dated_span_with_its_month_goes_on():
    text = "规模以上工业企业是指年主营业务收入2000万元及以上的工业法人单位。2011年1月开始,统计起点标准由500万元提高到2000万元。\n"
    assert pairs(text) == [
        ("规模以上工业企业", "是指年主营业务收入2000万元及以上的工业法人单位。2011年1月开始,统计起点标准由500万元提高到2000万元。")
    ]


# A public-service number as a term (common._SERVICE_NUMBER) ---------------------------------------------------------------------


def test_a_row_code_or_an_index_value_is_no_term():
    # a statistical form's indicator notes, the row's code on its own line; an index explainer's value
    assert pairs("105\n是指本年度新增的就业人数。\n") == []
    assert pairs("指数说明\n102是指比上年上涨百分之二。\n") == []
    assert pairs("100是指报告期内企业的平均从业人数。\n") == []


def test_a_hotline_number_is_still_a_term():
    assert pairs("119是指火警报警电话。\n") == [("119", "是指火警报警电话。")]
    assert pairs("120\n是指医疗急救电话号码,全国统一。\n") == [("120", "是指医疗急救电话号码,全国统一。")]
    assert pairs("12345到底是什么热线电话?\n12345是全国统一的政务服务便民热线电话,群众可以通过它反映诉求。\n") == [
        ("12345", "是全国统一的政务服务便民热线电话,群众可以通过它反映诉求。")
    ]


# 到底 pressing a question title (headword_lines._QUESTION) -------------------------------------------------------------------


def test_a_slogan_carried_through_to_the_end_keeps_its_daodi():
    assert pairs("把改革进行到底是什么意思?\n把改革进行到底,就是要坚定不移全面深化改革。\n") == [
        ("把改革进行到底", "就是要坚定不移全面深化改革。")
    ]
    assert pairs("一张蓝图绘到底是什么意思?\n一张蓝图绘到底,是指发展规划一经确定就要坚持下去,不因换届而改变。\n") == [
        ("一张蓝图绘到底", "是指发展规划一经确定就要坚持下去,不因换届而改变。")
    ]


def test_daodi_after_a_noun_still_presses_the_question():
    assert pairs("数字银行到底是什么?\n数字银行是指以数字技术为基础提供金融服务的银行。\n") == [
        ("数字银行", "是指以数字技术为基础提供金融服务的银行。")
    ]


# An answer defining a longer name than the asked word (headwords._longer_subject) ------------------------------------------------


def test_an_answer_defining_the_asked_word_grown_into_a_longer_name_gives_that_name():
    assert pairs("住房公积金是什么账户?\n住房公积金账户是职工个人的住房储蓄账户。\n") == [
        ("住房公积金账户", "是职工个人的住房储蓄账户。")
    ]
    assert pairs("甚麼是長者醫療券?\n長者醫療券計劃是一項資助65歲或以上長者使用私營基層醫療服務的計劃。\n") == [
        ("長者醫療券計劃", "是一項資助65歲或以上長者使用私營基層醫療服務的計劃。")
    ]


def test_an_answer_restating_the_asked_word_with_an_adverb_still_reads():
    assert pairs("什么是碳中和?\n碳中和一般是指企业、团体或个人在一定时间内产生的温室气体排放总量,通过植树造林、节能减排等形式抵消。\n") == [
        ("碳中和", "一般是指企业、团体或个人在一定时间内产生的温室气体排放总量,通过植树造林、节能减排等形式抵消。")
    ]
