"""A meaning table's rows (the forty-second set): a column headed 内容 left of the 定义 column names what each row glosses,
and a row's cell is whole without a closing stop; a table with no definition column gives nothing."""

from __future__ import annotations

from policyterms.mining.extract_layouts.cards import _glossary_table
from policyterms.mining.extract_layouts.common import _lines
from conftest import pairs_unpinyined as pairs


P1294 = """三、三农的具体
内容 | 定义 | 说明 |
农业 | 指种植、养殖、渔业等以土地为基础的生产活动 | 包括农作物种植、畜牧业、水产养殖等 |
农村 | 指以农业为主的区域,包括村庄、乡镇等 | 是农民生活和生产的场所,也是政策实施的重点区域 |
农民 | 指从事农业生产的劳动者 | 包括传统农民、新型职业农民、返乡创业人员等 |
四、三农相关政策与发展方向
"""


def test_rows_under_a_content_and_definition_header_are_entries():
    assert pairs(P1294) == [
        ("农业", "指种植、养殖、渔业等以土地为基础的生产活动"),
        ("农村", "指以农业为主的区域,包括村庄、乡镇等"),
        ("农民", "指从事农业生产的劳动者"),
    ]


def test_a_table_of_measures_and_their_content_gives_nothing():
    # P1217 (the forty-first set): 措施 | 内容 |, no definition column
    text = (
        "措施 | 内容 |\n"
        "推动工业 多元化发展 | 焦作市在不断改造、提升传统产业的基础上,重点发展有色金属冶炼及加工等产业,推动工业多元化发展 |\n"
        "大力发展 旅游业 | 政府着力打造旅游品牌,发展旅游业 |\n"
    )
    assert _glossary_table(_lines(text), [True] * 4) == []
