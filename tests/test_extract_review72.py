"""Review of the seventy-first round's rules (a spaced single dash in bulleted kinds; numbered key-point labels; 首屈一指;
``而X则是…``; a comparison title; ``核心含义`` subheadings; ``以X为例,`` and a procedure's steps; labels with an English name or
pinyin and parts closed by semicolons; a connective before a sentence on a longer word; an item opening with a question; an
asker's paragraph; a term ending in 被; a last definition of a marker and one closed quotation) on text they were not written
from: sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took
wrong, beside the rules' own good readings, kept."""

from __future__ import annotations

from conftest import pairs


# A single spaced dash glosses a kind only in a sentence closed by a stop: names and posts, routes, times are no glosses ----

_CHARITABLE_PURPOSES = (
    "要符合第88條的豁免資格,機構必須純粹為以下一項或多項公認的慈善目的而設立:\n\n"
    "  • 救助貧困 – 紓緩經濟困難及改善生活條件的計劃和服務。\n"
    "  • 推廣宗教 – 推廣靈性發展的宗教組織及活動。\n"
)


def test_a_single_dash_before_a_post_a_place_or_a_time_is_no_gloss():
    for page in (
        "委員會成員:\n• 陳大文 – 主席\n• 李小明 – 副主席\n• 黃志強 – 秘書",
        "工作小組名單\n• 張偉 — 組長\n• 王芳 — 副組長",
        "新開航線:\n• 北京 – 上海\n• 廣州 – 成都",
        "活動流程\n• 上午 – 報到及開幕\n• 下午 – 分組討論",
        "參觀地點\n• 香港 — 維多利亞港\n• 澳門 — 大三巴牌坊",
        "• 產品A – 售價100元\n• 產品B – 售價200元",
        "• 项目经理 – 负责统筹\n• 技术主管 – 负责研发",
    ):
        assert pairs(page) == [], page


def test_a_plan_s_tasks_after_a_dash_are_no_glosses():
    assert pairs("重點工作:\n• 加強監管 – 完善市場監管機制。\n• 優化服務 – 提升政務服務水平。\n") == []


def test_kinds_glossed_in_sentences_after_a_single_dash_are_still_read():
    assert pairs(_CHARITABLE_PURPOSES) == [
        ("救助貧困", "紓緩經濟困難及改善生活條件的計劃和服務。"),
        ("推廣宗教", "推廣靈性發展的宗教組織及活動。"),
    ]
    assert pairs("澳門的博彩類型:\n• 幸運博彩 — 以賭場方式經營的博彩。\n• 互相博彩 — 以彩票形式經營的博彩。\n") == [
        ("幸運博彩", "以賭場方式經營的博彩。"),
        ("互相博彩", "以彩票形式經營的博彩。"),
    ]
    # (the double dash keeps its glosses written without a stop; the page's last, unclosed, is taken as cut, as before)
    page = "院舍服務包括:\n  • 兒童院 -- 照顧6-21歲以下的兒童及青少年\n  • 寄養服務(緊急照顧)-- 照顧18歲以下的兒童\n  • 兒童之家 -- 在家庭式環境中照顧兒童\n"
    assert pairs(page) == [("兒童院", "照顧6-21歲以下的兒童及青少年"), ("寄養服務(緊急照顧)", "照顧18歲以下的兒童")]


# 屈指 is an idiom only before 可数, 一算, 算: a word ending in 屈 before 指 is a term -----------------------------------------


def test_a_word_ending_in_qu_before_zhi_is_a_term():
    assert pairs("委屈指的是受到不应有的指责。") == [("委屈", "指的是受到不应有的指责。")]
    assert pairs("冤屈指受到的不公正待遇。") == [("冤屈", "指受到的不公正待遇。")]


def test_the_idioms_with_zhi_are_still_no_marker():
    for sentence in (
        "屈指可数的几家企业掌握核心技术。",
        "屈指一算,已过去十年。",
        "隨著香港致力發展成為亞洲首屈一指的慈善樞紐,政府推出多項措施。",
        "该市是全国首屈一指的制造业基地,产业门类齐全。",
    ):
        assert pairs(sentence) == [], sentence


# Under a meaning label, a paragraph opening with a word that begins with 指 (指数基金是…) restates the term -----------------


def test_a_word_opening_with_zhi_under_the_meaning_label_is_no_marker():
    assert pairs("一、 指数基金\n1. 基本概念\n指数基金是一种以特定指数为标的的基金。\n2. 主要特点\n费用低。\n") == [
        ("指数基金", "是一种以特定指数为标的的基金。")
    ]


def test_the_meaning_label_s_paragraph_still_defines_its_section():
    assert pairs("一、 指标体系\n1. 基本概念\n指由若干相互联系的统计指标组成的整体。\n2. 主要作用\n用于综合评价。\n") == [
        ("指标体系", "指由若干相互联系的统计指标组成的整体。")
    ]
    assert pairs("一、 公益捐贈扣除資格\n1. 核心含義\n這是捐贈方享受稅前扣除優惠的前提條件。\n2. 關鍵規則\n企業捐贈:可扣除。\n") == [
        ("公益捐贈扣除資格", "是捐贈方享受稅前扣除優惠的前提條件。")
    ]


# A half-width ? inside a figure or a link is a lost character or a query, no question the item asks --------------------


def test_a_lost_character_s_question_mark_asks_nothing():
    assert pairs("1、细颗粒物:空气中直径小于等于2.5?m的颗粒物。\n2、可吸入颗粒物:空气中直径小于等于10?m的颗粒物。\n") == [
        ("细颗粒物", "空气中直径小于等于2.5?m的颗粒物。"),
        ("可吸入颗粒物", "空气中直径小于等于10?m的颗粒物。"),
    ]


def test_an_item_opening_with_a_question_is_still_no_gloss():
    assert pairs("1、碳足迹:指产品全生命周期的温室气体排放量。\n2、碳标签:是否需要标注?目前尚无强制要求。\n") == [
        ("碳足迹", "指产品全生命周期的温室气体排放量。")
    ]


# Nouns end in 被 (植被, 地被, 羽绒被): only an adverb before 被 makes the subject a passive clause --------------------------


def test_a_noun_ending_in_bei_is_a_term():
    assert pairs("植被是指地球表面某一地区所覆盖的植物群落。\n") == [("植被", "是指地球表面某一地区所覆盖的植物群落。")]
    assert pairs("植被係指某一地區地表所覆蓋之植物社會。\n") == [("植被", "係指某一地區地表所覆蓋之植物社會。")]
    assert pairs("地被是指覆盖于地表的低矮植物。\n") == [("地被", "是指覆盖于地表的低矮植物。")]
    assert pairs("蚕丝被 指填充物中桑蚕丝含量不低于50%的被子。\n羽绒被 指以羽绒为主要填充物的被子。\n") == [
        ("蚕丝被", "指填充物中桑蚕丝含量不低于50%的被子。"),
        ("羽绒被", "指以羽绒为主要填充物的被子。"),
    ]


def test_a_subject_cut_after_an_adverb_and_bei_is_still_no_term():
    assert pairs("藥品查驗登記程序與專利有效性相互扣合機制一般被簡稱為「專利連結」。\n") == []
    assert pairs("该制度通常被是指一种管理办法。\n") == []


# 这种情况下 opening an item's text points back at a situation: under a list of problems it glosses nothing ---------------


def test_a_situation_frame_under_a_list_is_no_gloss():
    assert pairs("当前面临的问题主要包括:\n资金不足:这种情况下,项目推进缓慢。\n人才短缺:这种情况下,创新能力不强。\n") == []


def test_a_mode_frame_still_glosses_its_item():
    assert pairs("服務貿易的模式主要包括:\n商業存在:此種模式下,服務提供者在另一地設立機構。\n自然人移動:此種模式下,服務提供者以個人身份提供服務。\n") == [
        ("商業存在", "此種模式下,服務提供者在另一地設立機構。"),
        ("自然人移動", "此種模式下,服務提供者以個人身份提供服務。"),
    ]


# Semicolon-closed items saying what is to be done, or which body does it, are a plan's tasks, no parts -----------------


def test_semicolon_closed_tasks_and_duties_are_no_parts():
    assert pairs("今年重点工作包括:\n推进改革:深化国有企业改革;\n加强监管:完善事中事后监管机制;\n优化服务:提升政务服务水平。\n") == []
    assert pairs("各部门职责分工如下,主要包括:\n发改委:负责牵头协调;\n财政局:负责资金保障;\n人社局:负责就业服务。\n") == []
    assert pairs("实施步骤包括:\n第一阶段:2024年完成试点;\n第二阶段:2025年全面推广;\n第三阶段:2026年总结评估。\n") == []


def test_semicolon_closed_kinds_are_still_parts():
    assert pairs("生态系统服务主要包括:\n供给服务:提供食物、淡水等产品;\n调节服务:调节气候、净化水质;\n文化服务:提供休闲与审美价值。\n") == [
        ("供给服务", "提供食物、淡水等产品"),
        ("调节服务", "调节气候、净化水质"),
        ("文化服务", "提供休闲与审美价值。"),
    ]
    assert pairs("微电网系统通常包括:\n储能系统(ESS, Energy Storage System):提供调峰、备电、黑启动功能;\n能量路由器(Energy Router):智能分配电能流向。\n") == [
        ("储能系统(ESS, Energy Storage System)", "提供调峰、备电、黑启动功能"),
        ("能量路由器(Energy Router)", "智能分配电能流向。"),
    ]
