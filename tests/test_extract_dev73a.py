"""Seventy-third round, fixer A: general mechanisms mended from the misses of dev-120, dev-122 and dev-123 (the press and
official pages held out through the seventy-second round), each tested with the page's own sentences, other shapes of the
same mechanism, and one shape it must not take."""

from __future__ import annotations

from conftest import pairs


# --- a topic term's class counted as one after its difference: X是对…的一种Y ---------------------------------------------

_CERTIFICATE = (
    "掌握未来:社会工作者职业资格证书的全面解析\n"
    "在当今社会,社会工作者的角色变得愈发重要。本文将全面解析社会工作者职业资格证书,帮助您更好地了解这一职业资格考试。\n"
    "一、社会工作者职业资格证书的意义\n"
    "社会工作者职业资格证书是对从事社会工作专业人才的一种资格认证,它不仅是证明个人职业水平和资格的重要文件,"
    "更是提升社会工作者专业素养和服务能力的有效手段。持证者可以在多个领域从事专业服务,如社会福利、社会救助、慈善事业、社区建设等。\n"
    "二、考试内容与结构\n"
    "社会工作者职业资格证书考试是由民政部、人力资源和社会保障部共同组织实施的全国统一考试。\n"
)


def test_counted_genus_under_a_numbered_heading_its_later_clauses_weighing_it_P3416():
    got = dict(pairs(_CERTIFICATE))
    assert got["社会工作者职业资格证书"] == (
        "是对从事社会工作专业人才的一种资格认证,它不仅是证明个人职业水平和资格的重要文件,"
        "更是提升社会工作者专业素养和服务能力的有效手段。持证者可以在多个领域从事专业服务,如社会福利、社会救助、慈善事业、社区建设等。"
    )
    assert got["社会工作者职业资格证书考试"] == "是由民政部、人力资源和社会保障部共同组织实施的全国统一考试。"


def test_counted_genus_of_other_shapes_an_audit_section_and_a_hazard_card():
    audit = "一、审计的内容\n审计是对被审计单位财政收支的真实性进行的一种独立监督。审计机关依法独立行使审计监督权。\n"
    assert pairs(audit) == [("审计", "是对被审计单位财政收支的真实性进行的一种独立监督。审计机关依法独立行使审计监督权。")]
    surge = "風暴潮\n風暴潮是熱帶氣旋靠近沿岸地區時的一種水位異常上升現象。每年夏季多發。\n"
    assert pairs(surge) == [("風暴潮", "是熱帶氣旋靠近沿岸地區時的一種水位異常上升現象。每年夏季多發。")]


def test_a_counted_standing_or_weighed_kind_is_no_genus():
    assert pairs("一、数字经济的作用\n数字经济是推动高质量发展的一种重要力量。各地加快布局。\n") == []
    assert pairs("一、数字经济的作用\n数字经济是实现共同富裕的一种手段。各地加快布局。\n") == []
