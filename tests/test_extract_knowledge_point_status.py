"""Across sets (thirty-ninth round): a news item's 【知识点】 paragraph opening with its term's standing, not its meaning —
``全面依法治国是一个系统工程,要整体谋划`` (dev-44's P1463), ``共同富裕是社会主义的本质要求,是人民群众的共同期盼``
(dev-48's P1638): what the term matters for, as a commentary's lead says it (``topics._weighs``), no definition. A knowledge
point saying what its term is stays an entry."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.topics import _weighs


def test_a_knowledge_point_weighing_its_term_is_no_entry():
    law = (
        "【知识点】\n"
        "全面依法治国是一个系统工程,要整体谋划,更加注重系统性、整体性、协同性。法治政府建设是重点任务和主体工程,要率先突破。\n"
    )
    prosperity = (
        "【知识点】\n"
        "共同富裕是社会主义的本质要求,是人民群众的共同期盼。改革开放以来,党中央团结带领全党全国各族人民,为促进共同富裕创造了良好条件。\n"
    )
    assert pairs(law) == [] and pairs(prosperity) == []


def test_a_knowledge_point_saying_what_its_term_is_stays_an_entry():
    # the reader's own shape (a five-year plan's knowledge point)
    plan = (
        "【知识点】\n"
        "“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert [term for term, _ in pairs(plan)] == ["“十四五”时期"]
    assert not _weighs("一种以商务楼宇为主要载体的经济形态。")


def test_the_standings_added():
    assert _weighs("一个系统工程,要整体谋划。") and _weighs("社会主义的本质要求,是人民群众的共同期盼。")
    # a requirement a rule sets out is no standing of weight
    assert not _weighs("对企业排放的要求。")
