"""A quiz stem (the forty-eighth set): ``X是指( )。`` with options A–D below is a question, its blank no definition."""

from __future__ import annotations

from conftest import pairs


P1654 = """社会主义初级阶段是指( )。
A.任何国家进入社会主义都要经历的起始阶段
B.在生产力落后、商品经济不发达的条件下,建设社会主义必然要经历的特定阶段
答案
B
"""


def test_a_quiz_stems_blank_is_no_definition():
    assert pairs(P1654) == []


def test_a_bracketed_aside_is_no_blank():
    from policyterms.mining.extract_layouts.false_glosses import quiz_blank

    # a bundled yearbook page's formula note: a bracket holding words is an aside, no blank
    assert not quiz_blank("指活产婴儿,即胎儿脱离母体时(不管怀孕月数),有过呼吸或其他生命现象。")
