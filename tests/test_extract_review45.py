"""Review of the forty-fourth round's rules (the fifty-eighth and fifty-ninth sets' official and press pages) on text
they were not written from: a gloss closed by its examples at its line's end (``…之場所,例如咖啡室、冰室及茶館等``) is
whole, so the next unnumbered line is no continuation of it."""

from __future__ import annotations

from conftest import pairs


def test_a_gloss_closed_by_its_examples_takes_no_next_unnumbered_line():
    page = "第四組場所指以提供飲料為主要營業項目之場所,例如咖啡室、冰室及茶館等\n第五組場所指其他場所。\n"
    assert pairs(page) == [("第四組場所", "指以提供飲料為主要營業項目之場所"), ("第五組場所", "指其他場所。")]


def test_a_firm_assigning_a_lawyer_is_no_definition():
    # (a contract's first clause, 所 closing 事務所 before 指派: 指派 a verb, no marker)
    assert pairs("一、甲方特委托北京正阳律师事务所指派律师代理，乙方接受委托。\n") == []
    assert pairs("本案由派出所指派民警到場處理。\n") == []


def test_a_place_noun_before_its_defining_zhi_stays_glossed():
    assert pairs("營業場所指以營利為目的,供公眾出入之場所。\n") == [("營業場所", "指以營利為目的,供公眾出入之場所。")]
