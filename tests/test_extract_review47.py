"""Review of the forty-sixth round's rules (numbered kinds closed by their genus, the news-opening guard, the bare 即 naming a
description, a slogan's parts run into one paragraph, 可理解为 before a colon) on text they were not written from: plain
sentences of the shapes plans, work reports and statistical glossaries write, which the new readings took for entries or
dropped."""

from __future__ import annotations

from conftest import pairs


# Numbered kinds glossed by their genus (genus_items) -------------------------------------------------------------------


def test_a_plans_points_headed_by_their_task_are_no_kinds():
    # (健全/完善/推进 + object: a measure to take; the gloss's closing noun repeats the heading's, no genus)
    page = "(一)健全工作体系。建立健全党委领导、政府负责、社会协同的工作体系。\n(二)完善服务体系。构建覆盖城乡、便捷高效的公共服务体系。\n"
    assert pairs(page) == []
    page = "1.完善投入机制。建立财政优先保障、金融重点倾斜、社会积极参与的多元投入机制。\n2.健全考核机制。建立以实绩为导向的考核机制。\n"
    assert pairs(page) == []
    page = "重点任务:\n(一)推进产业升级。培育一批具有核心竞争力的龙头企业等重点任务。\n(二)加强生态保护。实施山水林田湖草沙一体化保护等重点任务。\n"
    assert pairs(page) == []


def test_a_plans_safeguards_telling_addressees_what_to_do_are_no_kinds():
    page = "一、组织保障。各级党委要加强对此项工作的领导等组织保障。\n二、资金保障。各级财政要安排专项资金等资金保障。\n"
    assert pairs(page) == []


def test_a_word_inside_the_lead_in_names_no_genus():
    # (工作分三步推进: closes on 推进; …等阶段性工作 is no kind of it)
    page = "工作分三步推进:\n(一)动员部署。召开动员大会,部署各项任务等阶段性工作。\n(二)集中整治。开展集中整治,解决突出问题等阶段性工作。\n"
    assert pairs(page) == []


def test_kinds_closed_by_their_genus_stay_entries():
    page = "主要包括三种模式:\n(一)政府主导型。由政府统一规划、统一实施的改造模式。\n(二)企业主导型。由企业出资、自主实施的改造模式。\n"
    assert pairs(page) == [("政府主导型", "由政府统一规划、统一实施的改造模式。"), ("企业主导型", "由企业出资、自主实施的改造模式。")]
    page = "设施农业用地具体包括以下几类用地:\n1.生产设施用地。直接用于作物种植、畜禽水产养殖的设施用地。\n2.辅助设施用地。与生产设施配套的看护房、检验检疫监测等设施用地。\n"
    assert pairs(page) == [
        ("生产设施用地", "直接用于作物种植、畜禽水产养殖的设施用地。"),
        ("辅助设施用地", "与生产设施配套的看护房、检验检疫监测等设施用地。"),
    ]
    page = "(1)一般纳税人。年应征增值税销售额超过规定标准的企业和企业性单位等纳税人。\n(2)小规模纳税人。年应税销售额在规定标准以下的纳税人。\n"
    assert pairs(page) == [
        ("一般纳税人", "年应征增值税销售额超过规定标准的企业和企业性单位等纳税人。"),
        ("小规模纳税人", "年应税销售额在规定标准以下的纳税人。"),
    ]


# A gloss opening with a present word (news_opening) ---------------------------------------------------------------------


def test_a_present_word_qualifying_the_glosss_noun_keeps_the_entry():
    page = "主要统计指标解释\n在岗职工 指在本单位工作并由单位支付工资的人员。\n现价 目前的市场价格,按报告期实际价格计算。\n存量房 当前已经取得房屋所有权证的房屋,包括商品房和房改房。\n"
    assert pairs(page) == [
        ("在岗职工", "指在本单位工作并由单位支付工资的人员。"),
        ("现价", "目前的市场价格,按报告期实际价格计算。"),
        ("存量房", "当前已经取得房屋所有权证的房屋,包括商品房和房改房。"),
    ]


def test_a_present_word_before_the_marker_or_a_genus_clause_keeps_the_entry():
    page = (
        "名词解释\n新就业形态:目前主要指依托互联网平台就业的劳动形态,如外卖骑手、网约车司机等。\n"
        "零工经济:近年来兴起的一种经济形态,由自由职业者构成。\n数字经济:是指以数据资源为关键要素的经济形态。\n"
    )
    assert pairs(page) == [
        ("新就业形态", "目前主要指依托互联网平台就业的劳动形态,如外卖骑手、网约车司机等。"),
        ("零工经济", "近年来兴起的一种经济形态,由自由职业者构成。"),
        ("数字经济", "是指以数据资源为关键要素的经济形态。"),
    ]


def test_a_news_lead_under_a_quoted_word_stays_out():
    assert pairs("“一网统管”:日前,我市“一网统管”平台正式上线运行。\n") == []


# A description named by a bare 即 (named_after_description) ----------------------------------------------------------


def test_a_bare_ji_before_a_figure_or_a_verb_names_nothing():
    assert pairs("经过三年的努力,全市新建的学校即达到50所。达到50所的目标提前完成。\n") == []
    assert pairs("按照规划,到2025年,全市新建的保障性住房即三万套。三万套住房分期建设。\n") == []


def test_a_bare_ji_after_an_event_told_names_nothing():
    assert pairs("这次会议,审议通过了政府工作报告的决议即第一号决议。第一号决议共五条。\n") == []


def test_a_description_named_by_a_bare_ji_stays_an_entry():
    text = "在一定农田区域内,通过土地平整、道路修建等措施,使得农田适宜农机通过和作业的改造过程即农田宜机化改造。农田宜机化改造是推进农业机械化的重要举措。\n"
    assert pairs(text) == [("农田宜机化改造", "在一定农田区域内,通过土地平整、道路修建等措施,使得农田适宜农机通过和作业的改造过程")]


# A slogan's parts run into one paragraph (run_in_slogan_parts) ---------------------------------------------------------


def test_a_report_of_each_parts_progress_glosses_no_part():
    assert pairs("深入实施“一城两翼”战略。\n“一城”能级持续提升;“两翼”建设加快推进。\n") == []
    assert pairs("全面推进“两山两区”建设。\n“两山”转化通道更加畅通;“两区”示范效应持续显现。\n") == []
    assert pairs("推进“一圈一带”建设。\n“一圈”加快融合发展,地区生产总值增长6%;“一带”生态环境持续改善。\n") == []


def test_a_slogans_parts_glossed_in_turn_stay_entries():
    page = "构建“一核两带三区”发展格局。\n“一核”依托主城区,打造全市发展核心;“两带”沿长江、汉江布局产业带;“三区”围绕生态保护建设功能区。\n"
    assert pairs(page) == [("“一核”", "依托主城区,打造全市发展核心"), ("“两带”", "沿长江、汉江布局产业带"), ("“三区”", "围绕生态保护建设功能区。")]


# 可理解为 before a colon --------------------------------------------------------------------------------------------------


def test_an_instruction_after_ke_lijie_wei_is_no_gloss():
    assert pairs("会议精神可理解为:要坚持稳中求进工作总基调。\n") == []


def test_duici_pointing_back_is_no_term():
    assert pairs("对此可以理解为:各地应当因地制宜推进。\n") == []


def test_a_word_glossed_after_ke_lijie_wei_stays_an_entry():
    text = "“点状用地”通俗点可理解为:将项目用地区分为永久性建设用地和生态保留用地,根据建筑占地面积点状报批。\n"
    assert pairs(text) == [("“点状用地”", "可理解为:将项目用地区分为永久性建设用地和生态保留用地,根据建筑占地面积点状报批。")]
