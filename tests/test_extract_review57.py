"""Review of the fifty-sixth round's rules (a law's 稱X者 frame, a label pointing back at a pair, a sentence saying only a
thing's form, an exam question over its 【参考答案】 line, a headline's speaker colon, a dated story with its month, and the
round's other readings) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong,
Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A label pointing back at a pair (false_glosses._CLAUSE_TERM) -------------------------------------------------------------


def test_a_name_opening_with_a_pair_word_is_still_a_term():
    # the motor third-party cover, the law's dual agency, the parties to a contract, the three licences in one
    assert pairs("三者险是指机动车第三者责任保险,保障被保险人在使用车辆过程中造成第三者人身伤亡或财产损失时的赔偿责任。\n") == [
        ("三者险", "是指机动车第三者责任保险,保障被保险人在使用车辆过程中造成第三者人身伤亡或财产损失时的赔偿责任。")
    ]
    assert pairs("双方代理是指代理人同时代理双方当事人为同一法律行为。\n") == [("双方代理", "是指代理人同时代理双方当事人为同一法律行为。")]
    assert pairs("双方当事人是指合同中享有权利和承担义务的双方。\n") == [("双方当事人", "是指合同中享有权利和承担义务的双方。")]
    assert pairs("三者合一是指将营业执照、组织机构代码证和税务登记证合为一证。\n") == [
        ("三者合一", "是指将营业执照、组织机构代码证和税务登记证合为一证。")
    ]
    assert pairs(
        "名词解释\n三者险:即机动车第三者责任险,指被保险机动车发生意外事故致使第三者遭受人身伤亡或财产直接损毁时的赔偿责任保险。\n"
        "交强险:即机动车交通事故责任强制保险。\n"
    ) == [
        ("三者险", "即机动车第三者责任险,指被保险机动车发生意外事故致使第三者遭受人身伤亡或财产直接损毁时的赔偿责任保险。"),
        ("交强险", "即机动车交通事故责任强制保险。"),
    ]


def test_a_label_naming_an_aspect_of_the_pair_is_still_no_term():
    assert pairs("二、兩者差別:兩者本質相同,均為居留證明文件。\n") == []
    assert pairs("二者关系:二者相辅相成,缺一不可。\n") == []
    assert pairs("雙方義務:雙方應依約履行各自之責任。\n") == []


# A sentence saying only a thing's form (false_glosses.presented_form) -------------------------------------------------------


def test_a_form_clause_before_the_genus_still_defines():
    assert pairs("电子证照是以电子形式显示,与纸质证照具有同等法律效力的证照。\n") == [
        ("电子证照", "是以电子形式显示,与纸质证照具有同等法律效力的证照。")
    ]
    assert pairs("数字人民币是以数字形式表现,由中国人民银行发行的法定货币。\n") == [
        ("数字人民币", "是以数字形式表现,由中国人民银行发行的法定货币。")
    ]
    assert pairs("电子发票是以电子方式编写、存储和传输的发票。\n") == [("电子发票", "是以电子方式编写、存储和传输的发票。")]
    assert pairs("電子簽章是以電子形式呈現,並附加於電子文件之簽章。\n") == [("電子簽章", "是以電子形式呈現,並附加於電子文件之簽章。")]


def test_a_sentence_saying_only_the_form_is_still_no_definition():
    assert pairs("能力標準是以「能力單元」形式展示,每個單元包括:\n- 名稱\n- 編號\n") == []
    assert pairs("年報是以中英文版本形式發佈,每年四月出版。\n") == []
    assert pairs("統計年報是以表格形式呈現,分為人口、經濟及社會三部分。\n") == []


# A law's 稱X者 frame (general._CALLED_FRAME) -------------------------------------------------------------------------------


def test_a_person_framed_with_one_zhe_keeps_the_zhe_of_its_word():
    assert pairs(
        "第二條 本法用詞,定義如下:\n一、稱消費者,指以消費為目的而為交易、使用商品或接受服務者。\n"
        "二、稱企業經營者者,指以設計、生產、製造、輸入、經銷商品或提供服務為營業者。\n"
    ) == [
        ("消費者", "指以消費為目的而為交易、使用商品或接受服務者。"),
        ("企業經營者", "指以設計、生產、製造、輸入、經銷商品或提供服務為營業者。"),
    ]
    assert pairs("第十條 稱受僱者,指受雇主僱用從事工作獲致薪資者。稱雇主者,指僱用受僱者之人、公私立機構或機關。\n") == [
        ("受僱者", "指受雇主僱用從事工作獲致薪資者。"),
        ("雇主", "指僱用受僱者之人、公私立機構或機關。"),
    ]


def test_a_word_opening_with_cheng_before_shizhi_keeps_it():
    assert pairs("稱號獲得者是指經評審委員會審定授予榮譽稱號的個人。\n") == [("稱號獲得者", "是指經評審委員會審定授予榮譽稱號的個人。")]


def test_the_called_frame_still_comes_off():
    assert pairs("稱國民住宅者,指由政府興建出售或出租予低收入家庭之住宅。\n") == [("國民住宅", "指由政府興建出售或出租予低收入家庭之住宅。")]
    assert pairs("二、稱受刑人者,指受徒刑或拘役之執行者。\n") == [("受刑人", "指受徒刑或拘役之執行者。")]


# An asked exam term question over its answer label (asked_answers.asked_term_answers) -----------------------------------------


def test_an_answer_line_holding_no_answer_gives_no_entry():
    assert pairs("什么是社会保险?\n【参考答案】\n略\n") == []


def test_an_answer_tagged_da_restating_the_term_is_read_from_its_marker():
    assert pairs("什么是通货膨胀?\n【参考答案】\n答:通货膨胀是指一般物价水平持续上涨的现象。\n") == [
        ("通货膨胀", "是指一般物价水平持续上涨的现象。")
    ]


def test_a_verbless_exam_answer_still_reads():
    assert pairs("什么是公共物品?\n【参考答案】\n具有非排他性和非竞争性的物品。\n") == [("公共物品", "具有非排他性和非竞争性的物品。")]


# A headline's speaker colon on a spaced line (spaced._speaker_remark) -----------------------------------------------------------


def test_an_indicator_tables_label_is_no_speaker():
    assert pairs("城镇化率  计算方法:城镇常住人口除以总人口\n恩格尔系数  计算方法:食品支出总额除以消费支出总额\n") == [
        ("城镇化率", "计算方法:城镇常住人口除以总人口")
    ]


def test_a_headlines_speaker_remark_is_still_no_gloss():
    assert pairs("跑夜馬食店八成滿  店東:有生意好難唔做\n樓市回暖  代理:買家入市意慾增\n") == []


# A dated story ending a definition (prose._DATED_STORY) ---------------------------------------------------------------------


def test_a_dated_story_naming_its_body_right_after_the_year_ends_the_definition():
    assert pairs(
        "河长制是指由各级党政主要负责人担任河长,负责组织领导相应河湖管理和保护工作的制度。"
        "2016年中共中央办公厅、国务院办公厅印发《关于全面推行河长制的意见》。\n"
    ) == [("河长制", "是指由各级党政主要负责人担任河长,负责组织领导相应河湖管理和保护工作的制度。")]
    assert pairs(
        "林长制是指按照“分级负责”原则,由各级党委和政府主要负责同志担任林长的制度。2020年中办、国办印发《关于全面推行林长制的意见》。\n"
    ) == [("林长制", "是指按照“分级负责”原则,由各级党委和政府主要负责同志担任林长的制度。")]


def test_the_middle_of_a_year_stays_a_span():
    assert pairs(
        "营商环境是指市场主体在准入、生产经营等过程中涉及的外部因素和条件的总和。2020年中期以来,全市营商环境持续优化。\n"
    ) == [("营商环境", "是指市场主体在准入、生产经营等过程中涉及的外部因素和条件的总和。2020年中期以来,全市营商环境持续优化。")]


# An answer defining the asked word grown into a longer name (headwords._LONGER_SUBJECT) ------------------------------------


def test_an_answer_restating_the_asked_word_in_a_hedge_or_a_negation_still_reads():
    assert pairs("什么是新质生产力?\n新质生产力简单说是创新起主导作用的先进生产力。\n") == [
        ("新质生产力", "新质生产力简单说是创新起主导作用的先进生产力。")
    ]
    assert pairs("什么是城市更新?\n城市更新可以说是对城市建成区空间形态和功能的持续完善和优化调整。\n") == [
        ("城市更新", "城市更新可以说是对城市建成区空间形态和功能的持续完善和优化调整。")
    ]
    assert pairs("什么是共同富裕?\n共同富裕不是少数人的富裕,而是全体人民的富裕。\n") == [
        ("共同富裕", "共同富裕不是少数人的富裕,而是全体人民的富裕。")
    ]


def test_an_answer_defining_a_longer_name_still_gives_that_name():
    assert pairs("什麼是強積金?\n強積金計劃是一項強制性的退休保障計劃。\n") == [("強積金計劃", "是一項強制性的退休保障計劃。")]
