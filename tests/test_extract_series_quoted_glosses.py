"""A quoted word glossed by 即 or 是 right at a sentence's start, just after a sentence defining a word (the forty-eighth
set): the next word of a series, read as at a paragraph's start, and the definition before it ends where it begins."""

from __future__ import annotations

from conftest import pairs


P1658 = """一、政策背景
“气十条”即《大气污染防治行动计划》(2013年发布),旨在应对当时日益严重的空气污染问题,尤其是PM2.5等污染物的治理。“水十条”即《水污染防治行动计划》(2015年发布),针对全国范围内的水体污染问题,提出系统性的治理方案。
"""

P1630 = """宁波加快建设“246”万千亿级产业集群
“2”指的是建设绿色石化、汽车2个万亿级产业集群。“4”指的是建设高端装备、电子信息、新材料、软件与新兴服务等4个五千亿级产业集群。“6”是建设关键基础件(元器件)、智能家电、时尚纺织服装、生物医药、文体用品、节能环保等6个千亿级产业集群。
"""

# a national report: the quoted word opens a verdict after a sentence defining nothing
NATIONAL = """十、推进“一国两制”实践和祖国和平统一大业
香港、澳门回归祖国以来，“一国两制”实践日益丰富。“一国两制”是完全正确的，具有强大生命力。
"""


def test_a_second_quoted_word_glossed_by_ji_opens_its_own_entry():
    assert pairs(P1658) == [
        ("“气十条”", "即《大气污染防治行动计划》(2013年发布),旨在应对当时日益严重的空气污染问题,尤其是PM2.5等污染物的治理。"),
        ("“水十条”", "即《水污染防治行动计划》(2015年发布),针对全国范围内的水体污染问题,提出系统性的治理方案。"),
    ]


def test_a_bare_shi_after_part_glosses_glosses_the_next_part():
    assert pairs(P1630)[-1] == ("“6”", "是建设关键基础件(元器件)、智能家电、时尚纺织服装、生物医药、文体用品、节能环保等6个千亿级产业集群。")


def test_a_quoted_word_opening_a_verdict_after_no_definition_is_no_entry():
    assert pairs(NATIONAL) == []
