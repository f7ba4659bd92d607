"""Review of the fifty-eighth round's rules (a law's long defined area, a line opening with a comma, a subject referring back
with 以上/上述/前述/前列, the working frame before 是, a quoted object restated by 也就是/亦即, a cited document's statement, a
quoted word named by its kind and glossed by 即, Cantonese plain-words lead-ins, several terms compared, a restated subject)
on text they were not written from: sentences of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new
readings took wrong."""

from __future__ import annotations

from conftest import pairs


# 前列腺 is no referred-back subject (common._REFERRED_BACK) ------------------------------------------------------------------


def test_the_prostate_is_a_term_not_the_things_listed_before():
    # the round's 前列 (the items listed before) took 前列腺 for a pointer back: a health page's terms were lost
    assert pairs("前列腺增生是指中老年男性常见的良性疾病。\n") == [("前列腺增生", "是指中老年男性常见的良性疾病。")]
    assert pairs("前列腺炎,是指前列腺受到致病菌感染所引起的炎症。\n") == [("前列腺炎", "是指前列腺受到致病菌感染所引起的炎症。")]


def test_subjects_referring_back_still_give_no_term():
    assert pairs("上述指标是指按可比价格计算的增速。\n") == []
    assert pairs("上列各款是指本法第二条所定事项。\n") == []
    assert pairs("以上评级的定义是古谘会所采用的行政指引。\n") == []


# A survey's scope is no law's defined area (common._AREA_TERM) -----------------------------------------------------------


def test_a_surveys_or_reviews_scope_is_no_term():
    # the round's long …范围 term took a report's remark on what it covers for a defined area
    assert pairs("本次调查的范围是指全市规模以上工业企业。\n") == []
    assert pairs("本次普查的范围,是指本市行政区域内的全部法人单位。\n") == []
    assert pairs("本次审计范围是指该局2023年度财政收支。\n") == []
    assert pairs("本次评估范围是指2023年度全部项目。\n") == []


def test_a_laws_defined_area_still_reads():
    assert pairs("河道管理范围,是指河道两岸堤防之间的水域、沙洲、滩地。\n") == [("河道管理范围", "是指河道两岸堤防之间的水域、沙洲、滩地。")]
    assert pairs("河川區域範圍,指河川區域線所包圍之土地。\n") == [("河川區域範圍", "指河川區域線所包圍之土地。")]
    assert pairs("水库保护范围,是指水库大坝及其附属设施周边一定区域。\n") == [("水库保护范围", "是指水库大坝及其附属设施周边一定区域。")]


# The working frame before 是 (headwords._ANSWER_VERB) ---------------------------------------------------------------------


def test_a_principle_followed_is_no_working_frame():
    # the round dropped 核心理念/基本理念 as it drops 運作理念, so the principle read as what the thing is (河长制: 是以人为本…)
    assert pairs("什么是河长制?\n河长制的核心理念是以人为本、系统治理。\n") == [("河长制", "河长制的核心理念是以人为本、系统治理。")]
    assert pairs("什么是网格化管理?\n网格化管理的基本理念是服务群众。\n") == [("网格化管理", "网格化管理的基本理念是服务群众。")]


def test_how_the_thing_works_still_opens_at_shi():
    assert pairs("什么是碳抵消?\n碳抵消的運作理念是,一個地方的排放可以由另一個地方的減排來抵消。\n") == [
        ("碳抵消", "是,一個地方的排放可以由另一個地方的減排來抵消。")
    ]
    assert pairs("什么是家庭医生签约服务?\n家庭医生签约服务的原理是以家庭为单位提供服务。\n") == [("家庭医生签约服务", "是以家庭为单位提供服务。")]


# A quoted object restated by 也就是/亦即 (quoted_clauses._OBJECT_QUOTED_RESTATED) ------------------------------------------------


def test_a_quoted_result_or_reply_and_the_event_after_it_give_no_entry():
    assert pairs("今年全市实现“零的突破”,也就是首次有企业入选世界500强。\n") == []
    assert pairs("全省GDP达到“万亿”,也就是比上年增长5%。\n") == []
    assert pairs("今年学校获评“优秀”,也就是连续第三年获此殊荣。\n") == []
    assert pairs("他说了一个“好”,也就是同意了。\n") == []


def test_a_quoted_date_or_an_instruction_after_yejiushi_gives_no_entry():
    assert pairs("申請期間至「114年1月1日」,亦即明年元旦止。\n") == []
    assert pairs("我们要坚持“房住不炒”,也就是要让住房回归居住属性。\n") == []


def test_a_quoted_object_glossed_still_reads():
    assert pairs("政府每年核發「排放配額」,也就是企業碳排放的許可證。\n") == [("「排放配額」", "也就是企業碳排放的許可證。")]
    assert pairs("各地普遍建立“首席数据官”,亦即负责数据治理的高级管理人员。\n") == [("“首席数据官”", "亦即负责数据治理的高级管理人员。")]
    assert pairs("今年我们完成了“三年行动”,也就是2023年至2025年的攻坚任务。\n") == [("“三年行动”", "也就是2023年至2025年的攻坚任务。")]
