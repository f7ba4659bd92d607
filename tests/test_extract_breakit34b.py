"""What a second review of the thirty-sixth and thirty-ninth sets' rules broke on real text, mended: a schema's
``| 字段 | 说明 |`` table read as a composition table, its remarks (what to collect) taken for glosses."""

from __future__ import annotations

import pytest

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries


def _pairs(text: str) -> list[tuple[str, str]]:
    try:
        return [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        return []


# --- a schema's field table is no composition table (a public README's hand-over contract) ---------------------------

_FIELD_TABLE = (
    "## gatherer → analyzer\n"
    "\n"
    "analyzer 从 `matches/<date>/<slug>-intel.md` 读取。必填：\n"
    "\n"
    "| 字段 | 说明 |\n"
    "|---|---|\n"
    "| 两队近 10 场 | 比分、对手、**主客场分离** |\n"
    "| H2H | 近 5–10 次交锋，注明赛事与主客场 |\n"
    "| 赔率 | 欧赔 1X2 与亚盘让球；**必须注明采集时点** |\n"
    "| 阵容 / 伤停 | 确认首发或预测首发，逐项列出 |\n"
)


def test_field_table_remarks_are_no_glosses():
    assert _pairs(_FIELD_TABLE) == []


_PARTS_TABLE = (
    "三、不动产单元号的组成\n"
    "\n"
    "| 组成部分 | 说明 |\n"
    "| --- | --- |\n"
    "| 行政区划代码 | 表示不动产所在的省、市、县等行政区域 |\n"
    "| 土地使用权类型 | 如国有建设用地、集体土地等 |\n"
    "| 宗地号 | 用于标识同一地块内的不同宗地 |\n"
    "| 房屋编码 | 对于房屋类不动产,用于标识具体建筑 |\n"
    "\n"
    "四、如何查询不动产单元号?\n"
)


def test_composition_table_still_glosses_its_parts():
    assert _pairs(_PARTS_TABLE) == [
        ("行政区划代码", "表示不动产所在的省、市、县等行政区域"),
        ("宗地号", "用于标识同一地块内的不同宗地"),
        ("房屋编码", "对于房屋类不动产,用于标识具体建筑"),
    ]
