"""The forty-seventh development set's false entries: an outline's section on one aspect of its topic, named after the
topic and 的 (``被征地养老保险的基本内容``, ``被征地农户失去土地经营收入的困境``, P1608), read as a headword over its
section or as the subject of ``…包括两个方面:…``. Such a heading names a section of the page, not a term (the same shape,
``“两个覆盖”的内容是什么?``, on dev-45's P1433); a term whose name holds 的 and a word that is no aspect
(``国家中心城市的内涵``, dev-41's P1216) is left as it was."""

from __future__ import annotations

from policyterms.mining.extract_layouts.section_headings import topic_section
from conftest import pairs


_PENSION = '被征地养老保险是什么意思\n简介:\n被征地养老保险是指在被征地农户因土地征用而失去土地经营收入后,由政府提供的一种社保保障制度。该保险旨在帮助被征地农户在退休后能够维持基本生活需求,确保他们的养老安全。\n多级标题:\n1. 被征地农户失去土地经营收入的困境\n2. 被征地养老保险的设立目的\n3. 被征地养老保险的基本内容\n4. 被征地养老保险的运行机制\n5. 被征地养老保险的发展前景\n内容详细说明:\n1. 被征地农户失去土地经营收入的困境\n在城市化进程加快的背景下,土地征用成为不可避免的现象。许多农户因为土地被征用而失去了主要的经济来源。特别是老年农民,在失去土地后,无法继续从事农业生产,主要收入也随之消失。这给他们的养老生活带来了巨大的困难和不确定性。\n2. 被征地养老保险的设立目的\n为了解决被征地农户的养老难题,政府推出了被征地养老保险制度。该保险制度的设立旨在提供基本的养老保障,保证被征地农户在退休后能够维持基本的生活需求。通过给予被征地农户相应的养老金,帮助他们度过晚年。\n3. 被征地养老保险的基本内容\n被征地养老保险的基本内容包括两个方面:一是缴费方面,被征地农户需要按照规定缴纳养老保险费用;二是待遇方面,被征地农户在达到退休年龄后,可以领取相应的养老金,以满足其生活需求。\n4. 被征地养老保险的运行机制\n被征地养老保险的运行机制分为两个层面:一是政府层面,政府为被征地农户提供资金支持和管理服务;二是保险机构层面,保险机构负责保管和管理被征地农户的养老保险金。\n5. 被征地养老保险的发展前景\n被征地养老保险制度在近年来得到了广泛的推广和普及,为被征地农户提供了实质性的帮助。同时,随着城市化的进一步推进,被\n'


def test_an_outlines_aspect_headings_are_no_headwords():
    # P1608: the template's outline, then its sections; only the 简介 definition counts
    assert [term for term, _ in pairs(_PENSION)] == ["被征地养老保险"]


def test_an_aspect_named_after_the_topic_is_a_section_but_a_term_with_de_is_not():
    assert topic_section("被征地养老保险的基本内容") and topic_section("被征地养老保险的运行机制")
    assert not topic_section("国家中心城市的内涵")
    assert not topic_section("被征地养老保险")
