"""The fiftieth development set's later sense and routes: ``新市民最初指的是…,后来指的是…`` (P1763) glosses one term in two
senses, the time word no headword of its own; the numbered ``X:…`` items under a heading naming a status's routes
(``二、蓝印户口的来源``, P1762) are ways in, no glossary entries."""

from __future__ import annotations

from conftest import pairs


def test_later_sense_after_a_time_word_stays_with_the_term():
    page = (
        "什么叫新市民\n\n"
        "新市民最初指的是长期居住在城市里,并且有稳定工作的农民工,后来指的是原户籍不在本地,因为上学或者工作等原因,"
        "来到某一个城市的群体的统称,包括农民、大学毕业生、部队专业人员等等,新市民的人口规模并没有准确数字。\n\n"
        "新市民群体的特征\n\n"
        "多数的新市民都面临着生活和工作的难题,比如:工作时间长、收入较低、靠超时工作来赚钱等等。\n"
    )
    got = pairs(page)
    assert [term for term, _ in got] == ["新市民"]
    assert got[0][1].startswith("最初指的是长期居住在城市里,并且有稳定工作的农民工,后来指的是原户籍不在本地")


def test_sibling_run_into_the_sentence_is_still_cut():
    # counter-test: a name's parts glossed one after another (docs: sibling ends), each its own entry
    page = "五议两公开是村级重大事项决策的一种工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。\n"
    terms = [term for term, _ in pairs(page)]
    assert "两公开" in terms and "后来" not in terms


def test_items_under_a_heading_naming_routes_are_no_entries():
    page = (
        "什么是蓝印户口\n\n"
        "二、蓝印户口的来源\n\n"
        "1. 购房入户:在某些城市,购买一定面积或价值的房产后,可申请蓝印户口。\n\n"
        "2. 投资落户:通过在当地投资一定金额的企业或项目,获得落户资格。\n\n"
        "3. 人才引进:针对高层次人才、技术骨干等,提供落户便利。\n\n"
        "4. 其他政策:部分地区根据特殊政策给予特定群体蓝印户口资格。\n"
    )
    assert pairs(page) == []
