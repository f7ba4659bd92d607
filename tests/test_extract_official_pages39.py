"""The thirty-ninth development set's official pages: a glossary of headword lines whose paragraphs restate their
headword before a bare 是 (309, a rating department's 常用词汇表) — the definition opens at 是, as under a question
title — with the real sentences of the same layout that must stay whole: a paragraph that names its headword only
inside (a verbless gloss), and a restated headword whose 是 only weighs the term (no entry). Also a service card's
field labels (313: 服務對象及申請資格, 服務結果) over their values, no entries, beside the term the card defines."""

from __future__ import annotations

from conftest import pairs


_GLOSSARY = (
    "常用词汇表\n\n地租\n\n"
    "地租是土地承租人根据土地契约条款及相关适用法例,向政府缴付的租金。\n\n\n"
    "地租登记册\n\n地租登记册是记录了所有已评估地租的物业单位的名称和应课差饷租值的登记册。\n\n\n"
    "最低应课差饷租值\n\n"
    "任何物业倘其应课差饷租值不超过「最低应课差饷租值」(现时为 3,000 元),即获豁免评估差饷。此外,本署亦不会向该物业发出征收地租通知书。\n"
)


def test_a_headword_line_restated_before_bare_shi_is_defined_from_shi():
    found = pairs(_GLOSSARY)
    assert ("地租", "是土地承租人根据土地契约条款及相关适用法例,向政府缴付的租金。") in found
    assert ("地租登记册", "是记录了所有已评估地租的物业单位的名称和应课差饷租值的登记册。") in found


def test_a_gloss_naming_its_headword_only_inside_stays_whole():
    found = dict(pairs(_GLOSSARY))
    assert found["最低应课差饷租值"].startswith("任何物业倘其应课差饷租值不超过「最低应课差饷租值」")


def test_a_restated_headword_whose_shi_weighs_the_term_is_no_entry():
    assert pairs("营商环境\n\n营商环境是企业生存发展的土壤。优化营商环境就是解放生产力、提高竞争力。\n") == []


_SERVICE_CARD = (
    "服務簡介\n社會房屋是指屬房屋局或由其管理、並以租賃方式分配予符合法律規定的家團或個人的作居住用途的都市房地產或獨立單位。\n"
    "服務對象及申請資格\n符合第17/2019號法律《社會房屋法律制度》之申請條件者。\n"
    "服務結果\n根據房屋供應情況,按序向合資格家團分配單位。\n"
)


def test_a_service_cards_field_labels_are_no_entries():
    # (the counter-case on the same card: the term the 服務簡介 paragraph defines, 社會房屋是指…, stays)
    assert pairs(_SERVICE_CARD) == [
        ("社會房屋", "是指屬房屋局或由其管理、並以租賃方式分配予符合法律規定的家團或個人的作居住用途的都市房地產或獨立單位。")
    ]



def test_a_sentence_naming_its_thing_last_after_ci_ji_wei_is_an_entry():
    text = (
        "为了让业主或利害关系人得悉土地的边界并审核地籍图,同时对有关的地籍图提出异议或申请更正,按一九九四年一月十七日第3/94/M号法令之规定,"
        "於一九九四年九月至一九九八年二月期间,以分区、分阶段方式公开展示地籍图,此即为地籍公布。在地籍图公开展示期间内,"
        "如果业主或利害关系人没有异议,经法定程序后(参见下图有关批示),临时性地籍图会成为确定性地籍图。 |\n"
    )
    assert pairs(text) == [
        (
            "地籍公布",
            "为了让业主或利害关系人得悉土地的边界并审核地籍图,同时对有关的地籍图提出异议或申请更正,按一九九四年一月十七日第3/94/M号法令之规定,"
            "於一九九四年九月至一九九八年二月期间,以分区、分阶段方式公开展示地籍图",
        )
    ]


def test_a_paragraph_telling_work_without_the_pointer_is_no_entry():
    # the same page's first paragraph: the bureau's survey history, examples after 如, no name pointed at
    text = (
        "为清楚界定全澳土地的边界,并协助整理及规划不动产物业,地图绘制暨地籍局於一九八三年开始以实地测量方式,对全澳土地进行测量,"
        "以先进的测量仪器及计算方法得出精确的土地边界与面积。同时,我们亦积极蒐集有关的地籍资料,如物业登记局标示编号、财政局房地产纪录、门牌与楼宇名称。\n"
    )
    assert pairs(text) == []
