"""Review of the sixty-ninth round's rules (an FAQ's labelled question and its answer's end; a lead-in naming a procedure's
stages; a heading naming merits or features; colon headword lines under a heading naming their terms; the literary copula
為 before a kind counted as one; a one-sentence lead going on in the next paragraph) on text they were not written from:
sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took
wrong."""

from __future__ import annotations

from conftest import pairs


# An FAQ's answer under a labelled question ends at a note run on after its label, or at a heading naming the aims --------


def test_a_labelled_faq_answer_ends_at_a_note_with_its_text():
    assert pairs("問:什麼是育兒津貼?\n答:育兒津貼是政府發給家長的現金補助。\n備註:本津貼每月發放一次。") == [
        ("育兒津貼", "是政府發給家長的現金補助。")
    ]
    assert pairs(
        "Q1:什麼是長者生活津貼?\nA:長者生活津貼是為有經濟需要的65歲或以上香港長者提供的每月津貼。\n注意:申請人須通過入息及資產審查。"
    ) == [("長者生活津貼", "是為有經濟需要的65歲或以上香港長者提供的每月津貼。")]


def test_a_labelled_faq_answer_ends_at_a_heading_naming_the_aims():
    assert pairs("問:甚麼是強積金?\n答:強積金是一項強制性的退休保障計劃,由僱主及僱員共同供款。\n強積金的目標:\n1. 保障退休生活。\n2. 減輕社會負擔。") == [
        ("強積金", "是一項強制性的退休保障計劃,由僱主及僱員共同供款。")
    ]


# A lead-in naming kinds or words of a procedure (民事诉讼程序分为以下几种:) is no lead-in of its steps ----------------------


def test_kinds_of_a_procedure_are_glossed_items():
    assert pairs(
        "民事诉讼程序分为以下几种:\n1、普通程序:人民法院审理第一审民事案件通常适用的程序。\n2、简易程序:基层人民法院审理事实清楚的简单民事案件适用的程序。"
    ) == [
        ("普通程序", "人民法院审理第一审民事案件通常适用的程序。"),
        ("简易程序", "基层人民法院审理事实清楚的简单民事案件适用的程序。"),
    ]
    assert pairs("小程序类型包括:\n- 服务类小程序:为用户提供政务服务的小程序。\n- 资讯类小程序:发布政务信息的小程序。") == [
        ("服务类小程序", "为用户提供政务服务的小程序。"),
        ("资讯类小程序", "发布政务信息的小程序。"),
    ]
    assert pairs("仲裁程序中的几个概念:\n1、仲裁协议:当事人自愿将争议提交仲裁的书面协议。\n2、仲裁裁决:仲裁庭对争议作出的裁决。") == [
        ("仲裁协议", "当事人自愿将争议提交仲裁的书面协议。"),
        ("仲裁裁决", "仲裁庭对争议作出的裁决。"),
    ]


def test_the_steps_of_a_procedure_stay_dropped():
    assert pairs("办事流程:\n1、申请:申请人提交材料。\n2、受理:窗口受理。") == []
    assert pairs("为方便群众。申请流程如下:\n1、网上申请:申请人登录平台填写信息。\n2、资格审核:相关部门审核材料。") == []


# A heading counting the kinds it compares, or an item naming its class by its head word, is no heading of traits ---------


def test_a_heading_counting_kinds_over_their_features_keeps_the_kinds():
    assert pairs("三种账户的特点\nI类账户\n全功能账户,可办理存款、转账、消费等。\nII类账户\n限额账户,可办理限额消费和缴费。") == [
        ("I类账户", "全功能账户,可办理存款、转账、消费等。"),
        ("II类账户", "限额账户,可办理限额消费和缴费。"),
    ]
    assert pairs("两种制度的主要特征\n- 河长制:由各级党政负责人担任河长,负责河湖管理保护的制度。\n- 湖长制:在湖泊实行的管理制度。") == [
        ("河长制", "由各级党政负责人担任河长,负责河湖管理保护的制度。"),
        ("湖长制", "在湖泊实行的管理制度。"),
    ]


def test_a_kind_named_by_its_head_word_under_a_features_heading_stays():
    assert pairs("产品特点\n保本型理财产品\n到期保证本金安全的理财产品。\n非保本型理财产品\n不保证本金安全的理财产品。") == [
        ("保本型理财产品", "到期保证本金安全的理财产品。"),
        ("非保本型理财产品", "不保证本金安全的理财产品。"),
    ]


def test_traits_under_a_merits_heading_stay_dropped():
    assert pairs("数字人民币的主要特点\n- 安全便捷:支付即结算。\n- 可控匿名:保护个人隐私。") == []
    assert pairs("本地楼盘的优点\n交通方便\n楼盘邻近地铁站。") == []


# Colon labels under a heading naming them are no glossary when their lines are bare values -------------------------------


def test_field_labels_under_a_heading_naming_them_are_no_glossary():
    assert pairs("甲方与乙方\n甲方:\n北京某科技有限公司。\n乙方:\n上海某贸易有限公司。") == []
    assert pairs("主辦及協辦單位\n主辦:\n香港特別行政區政府民政事務局。\n協辦:\n各區區議會。") == []
    assert pairs("上午与下午安排\n上午:\n参观展览。\n下午:\n召开座谈会。") == []


def test_terms_under_a_heading_naming_them_are_still_glossed():
    assert pairs("公租房与廉租房的区别\n公租房:\n面向中低收入住房困难家庭的保障性住房。\n廉租房:\n面向最低收入家庭的保障性住房。") == [
        ("公租房", "面向中低收入住房困难家庭的保障性住房。"),
        ("廉租房", "面向最低收入家庭的保障性住房。"),
    ]
    assert pairs(
        "低收入戶與中低收入戶\n低收入戶:\n家庭總收入平均分配全家人口,每人每月在最低生活費以下者。\n中低收入戶:\n家庭總收入平均每人每月不超過最低生活費1.5倍者。"
    ) == [
        ("低收入戶", "家庭總收入平均分配全家人口,每人每月在最低生活費以下者。"),
        ("中低收入戶", "家庭總收入平均每人每月不超過最低生活費1.5倍者。"),
    ]


# 為一項 before a task or a charge names no kind ------------------------------------------------------------------------------


def test_a_task_counted_as_one_after_wei_is_no_class():
    text = "防災演練為一項年度例行工作,由各區公所輪流辦理。\n今年防災演練於五月舉行。\n防災演練共有三百人參加。"
    assert pairs(text) == []


def test_a_kind_counted_as_one_after_wei_still_defines():
    assert pairs("敬老金\n敬老金為一項金錢給付,其發放旨在表達對長者的敬意。\n敬老金每年發放一次。") == [
        ("敬老金", "為一項金錢給付,其發放旨在表達對長者的敬意。")
    ]


# The paragraph after a one-sentence lead points back at its subject only by a word standing for it --------------------------


def test_a_word_pointing_at_the_text_in_the_next_paragraph_continues_no_lead():
    text = (
        "今年工作的总体要求是：深入学习和全面贯彻落实党的十八大精神，实现经济持续健康发展和社会和谐稳定。\n"
        "今年的主要预期目标是：国内生产总值增长7.5%左右。这里，着重对两个指标作些说明。"
    )
    assert pairs(text) == []


def test_a_word_standing_for_the_subject_still_continues_the_lead():
    assert pairs("高考强基计划是一种新的高考招生录取模式。\n\n为国家重大战略领域输送后备人才。该项计划由试点高校组织实施。") == [
        ("高考强基计划", "是一种新的高考招生录取模式。")
    ]
    assert pairs("长者卡是社会福利署签发给长者的身份证明卡。\n\n其持有人可享受多项优惠。") == [
        ("长者卡", "是社会福利署签发给长者的身份证明卡。")
    ]
