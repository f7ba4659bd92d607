"""A table's column heads flattened onto one line are no spaced entry (204: ``水资源 人均 万元 耕地实际灌溉 人均生活 其中: 万元工业``).

A bulletin's table, extracted from its PDF, leaves each row of its broken column heads on one line, the cells set apart by
spaces. A yearbook's spaced line (``工业生产指数  按国际标准…``) is a headword, spaces, then a sentence; a row of heads is
short words each, several of them, and no sentence: the first cell is no headword and the others no definition, even
where one head holds a colon (``其中:``, the head over a sub-column).

A table whose head row names its columns as aspects and their contents (``项目 内容``, ``核心要素 内容解释``, ``类别 内容说明``,
``項目 說明``) is an answer page's summary of one subject: its rows (``核心目标 提高经济效益…``, ``艰苦奋斗 塞罕坝人在…``,
``文化下乡 组织文艺演出…``) say what each aspect, element or kind of the subject is or does, not what a headword means
(:func:`attribute_table_row`). Generated answer pages write such tables under every question (P1928, P2016, P2027, P2060),
a dataset card under its title (567); a glossary's table heads its columns with the word and its meaning (``名词 解释``,
``术语 含义``), which this does not take.
"""

from __future__ import annotations

import re

__all__ = ["attribute_head_row", "attribute_table_row", "head_cells"]

_CELL_SPLIT = re.compile(r"[\s\u3000]+")
# How long a head cell is at most, and how many cells after the first make a row of heads.
_LONGEST_CELL = 8
_LEAST_CELLS = 3


def head_cells(definition: str) -> bool:
    """Whether the definition of a spaced line is only a row of short head cells (module docstring).

    >>> head_cells("人均 万元 耕地实际灌溉 人均生活 其中: 万元工业"), head_cells("按国际标准,反映工业生产的变动。")
    (True, False)
    """
    if re.search(r"[。！？!?；;，,]", definition):
        return False
    cells = [c for c in _CELL_SPLIT.split(definition.strip(" \t\u3000")) if c]
    return len(cells) >= _LEAST_CELLS and all(len(c) <= _LONGEST_CELL for c in cells)


# A head row naming an aspect column and a content column (项目 内容, 核心要素 内容解释, 类别 内容说明, 項目 說明).
_ATTRIBUTE_HEAD_ROW = re.compile(
    r"^[\s\u3000]*(?:项目|項目|类别|類別|类型|類型|核心要素|要素|方面|维度|維度|案例|特点|特點|环节|環節)[\s\u3000]+"
    r"(?:内容|內容|说明|說明|内容说明|內容說明|内容解释|內容解釋|具体内容|具體內容|简介|簡介|描述)[\s\u3000]*$"
)
# How many lines above a row its table's head row may stand (a block of bullets under one row between, 567).
_ROWS_LOOKED_UP = 12


def attribute_head_row(text: str) -> bool:
    """Whether ``text`` is the head row of a table of aspects and contents (``核心要素 内容解释``): no headword line either."""
    return _ATTRIBUTE_HEAD_ROW.match(text) is not None


def attribute_table_row(lines: list, index: int) -> bool:
    """Whether line ``index`` is a row of a table headed by aspects and contents (module docstring): a head row above it,
    no blank line between.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = _lines("项目 内容\\n核心目标 提高经济效益,推动高质量发展。\\n\\n名词 解释\\n碳汇 指森林吸收并储存二氧化碳的能力。")
    >>> attribute_table_row(page, 1), attribute_table_row(page, 4)
    (True, False)
    """
    for k in range(index - 1, max(-1, index - _ROWS_LOOKED_UP - 1), -1):
        if lines[k].blank:
            return False
        if _ATTRIBUTE_HEAD_ROW.match(lines[k].raw):
            return True
    return False
