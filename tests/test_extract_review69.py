"""Review of the sixty-eighth round's rules (a speaker's 将X界定为; a backward naming by 被称为; stopless bulleted label
glosses under a colon lead-in; an adverb of comparison between term and marker) on text they were not written from:
sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took
wrong."""

from __future__ import annotations

from conftest import pairs


# 将X界定为 characterising a case or designating an area is no definition (prose._DEFINED_CASE, prose._DESIGNATION) --------


def test_a_case_the_sentence_points_back_at_is_no_word_defined():
    assert pairs("案件审理中,法院将该行为界定为正当防卫。") == []
    assert pairs("经调查,警方将此案界定为刑事案件。") == []
    assert pairs("经认定,应急管理部门将该起事故界定为较大生产安全事故。") == []
    assert pairs("记者了解到,有关部门将此类纠纷界定为劳动争议。") == []


def test_a_short_designation_after_jieding_wei_is_no_definition():
    assert pairs("经研究,市政府将老城区界定为重点保护区域。") == []
    assert pairs("今年,省里将全省划分为三个片区,并将南部山区界定为生态保护区。") == []


def test_a_description_after_jieding_wei_still_defines_the_word():
    assert pairs("国际上,世界卫生组织将健康界定为身体、心理和社会适应的完好状态。") == [
        ("健康", "界定为身体、心理和社会适应的完好状态。")
    ]
    assert pairs("在新修订的办法中,我省将农村低收入人口界定为农村低保对象、特困人员和防止返贫监测对象。") == [
        ("农村低收入人口", "界定为农村低保对象、特困人员和防止返贫监测对象。")
    ]


# 被称为 after a subject pointing back at the page's news is no gloss (backward_names._POINTS_BACK) -----------------------


def test_a_passive_naming_whose_subject_points_back_is_no_gloss():
    text = (
        "示范城市创建工作推进会召开\n\n"
        "3月5日,我市召开示范城市创建工作推进会。\n\n"
        "全国首个获此殊荣的城市被称为示范城市。今年我市将力争进入第二批名单。\n"
    )
    assert pairs(text) == []


def test_a_passive_naming_whose_subject_describes_the_thing_still_glosses_it():
    text = "基金小课堂\n\n按照预先设定的目标日期逐步调整资产配置的基金被称为目标日期基金。目标日期基金适合为退休储蓄的投资者。\n"
    assert pairs(text) == [("目标日期基金", "按照预先设定的目标日期逐步调整资产配置的基金")]


# Stopless bullets: a lead-in announcing parts, kinds or words; task items left; the last item whole at the page's end --


def test_stopless_bullets_under_a_lead_in_announcing_no_parts_or_words_stay_unread():
    assert pairs("申请材料:\n\n• 身份证明:申请人有效身份证件复印件一份\n\n• 收入证明:申请人所在单位出具的收入证明原件\n") == []
    assert pairs("联系我们:\n\n• 咨询电话:上班时间请拨打本局服务热线\n\n• 电子邮箱:请将意见发送至本局公开邮箱\n") == []
    assert pairs("我们的服务承诺:\n\n• 快速响应:接到报修后两小时内到达现场处理\n\n• 透明收费:所有收费项目均按标准公示收取\n") == []
    assert pairs("本站提供以下服务:\n\n• 在线办理:企业开办、社保登记等事项全程网办\n\n• 预约服务:可提前预约窗口办理时间\n") == []


def test_stopless_task_items_under_an_inclusive_lead_in_stay_unread():
    text = "主要内容包括:\n\n• 公共服务:完善教育、医疗、养老等公共服务设施\n\n• 基础设施:加快推进道路、管网等基础设施建设\n"
    assert pairs(text) == []


def test_the_last_stopless_item_at_the_pages_end_is_whole():
    text = "保險費由以下部分組成:\n\n• 基本保費:根據投保金額及年齡計算的保費\n\n• 附加保費:投保人選擇附加保障時另行收取的保費\n"
    assert pairs(text) == [
        ("基本保費", "根據投保金額及年齡計算的保費"),
        ("附加保費", "投保人選擇附加保障時另行收取的保費"),
    ]
    text = "两种模式的区别:\n\n• 集中供热:由热源厂统一生产热水输送到各用户家中\n\n• 分户供暖:由每户自行安装燃气壁挂炉供暖\n"
    assert pairs(text) == [
        ("集中供热", "由热源厂统一生产热水输送到各用户家中"),
        ("分户供暖", "由每户自行安装燃气壁挂炉供暖"),
    ]


def test_a_stopless_item_the_page_cuts_inside_its_line_is_still_dropped():
    text = "保險費由以下部分組成:\n\n• 基本保費:根據投保金額及年齡計算的保費\n\n• 附加保費:投保人選擇附加保障時另行收取的保"
    assert pairs(text) == [("基本保費", "根據投保金額及年齡計算的保費")]


# An adverb of comparison before 是指 leaves the term, as before 是 (general._TAIL_DROPPED) ------------------------------


def test_tongyang_before_shizhi_is_no_part_of_the_term():
    assert pairs("傷殘津貼同樣是指為嚴重殘疾人士提供的每月津貼。") == [("傷殘津貼", "是指為嚴重殘疾人士提供的每月津貼。")]
    assert pairs("伤残津贴同样是指向严重残疾人士发放的津贴。") == [("伤残津贴", "是指向严重残疾人士发放的津贴。")]
