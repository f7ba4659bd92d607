"""A headword's explanation listing its parts ends before the paragraphs that each open with one of those parts and a
comma (the forty-eighth set): the parts' own comments are no part of the definition."""

from __future__ import annotations

from conftest import pairs


P1663 = """一、什么是六保
“六保”指保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。这是在新冠肺炎疫情冲击下,党中央提出的具有重要指导意义的政策举措。
保居民就业,旨在确保就业形势稳定,为民众提供稳定的收入来源,这是保障民生的根本。
保市场主体,通过一系列政策扶持,帮助企业特别是中小微企业渡过难关,稳定市场秩序。
保基层运转,保障基层政府能够有效履行职责,为民众提供公共服务。
二、六保的重要意义
"""

# dev-41's P1247: a part named alone on its line, a heading over its rules, opens no comment of its own
P1247 = """中小学五项管理是指 作业管理、睡眠管理、手机管理、课外读物管理和体质健康管理。以下是五项管理的具体内
作业管理
小学一二年级不得布置书面家庭作业。
"""


def test_the_parts_own_paragraphs_end_the_definition():
    assert pairs(P1663) == [
        ("“六保”", "指保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。这是在新冠肺炎疫情冲击下,党中央提出的具有重要指导意义的政策举措。"),
    ]


def test_a_part_named_alone_on_its_line_ends_nothing():
    from policyterms.mining.extract_layouts.item_paragraphs import listed_items, opens_with_item

    definition, heading, rule = P1247.splitlines()
    items = listed_items(definition)
    assert "作业管理" in items
    assert not opens_with_item(heading, items) and not opens_with_item(rule, items)
