"""The forty-fourth and forty-fifth development sets' definitions whose term and opening were right but whose end was
not: each rule with a real sentence of its shape and a real sentence of a nearby shape that must read as before."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.aspect_lead_ins import announces_own_aspects


def test_a_closing_lead_in_announcing_the_terms_own_measures_stays_in_the_definition():
    text = (
        "1. 联建共建\n"
        "联建共建是指加强基层党组织建设,推动基层党组织与其他组织、社区、企业等共同参与基层治理。具体措施包括:\n"
        "- 加强基层党组织领导班子建设,提升党组织凝聚力和战斗力;\n"
        "- 加强党员队伍建设,发挥党员先锋模范作用,带动群众共同参与基层治理。\n"
        "2. 联治共治\n"
        "联治共治是指创新社会治理方式,推动基层治理体系和治理能力现代化。具体措施包括:\n"
        "- 推进基层治理法治化,加强基层法治建设,提高基层治理法治化水平;\n"
    )
    assert pairs(text) == [
        ("联建共建", "是指加强基层党组织建设,推动基层党组织与其他组织、社区、企业等共同参与基层治理。具体措施包括:"),
        ("联治共治", "是指创新社会治理方式,推动基层治理体系和治理能力现代化。具体措施包括:"),
    ]


def test_its_core_and_its_senses_announced_below_stay_in_the_definition():
    assert announces_own_aspects("其核心在于:")
    assert announces_own_aspects("其核心含义包含以下三层:")
    assert announces_own_aspects("具体措施包括:")


def test_a_discourse_connective_or_a_comparison_lead_in_is_still_cut():
    # (the bundled pages' 具体来说: and 农作物播种面积与耕地面积有以下两方面区别:, cut as before)
    assert not announces_own_aspects("具体来说:")
    assert not announces_own_aspects("农作物播种面积与耕地面积有以下两方面区别:")
    assert not announces_own_aspects("人才通常具有以下特点:")
    text = (
        "具身智能是指智能体通过与环境交互获得智能的技术路线。具体来说:\n感知、决策和行动结合在一起。\n"
    )
    assert [d for _, d in pairs(text)] == ["是指智能体通过与环境交互获得智能的技术路线。"]
