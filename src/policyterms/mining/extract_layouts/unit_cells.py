"""A table's unit cell served on a line of its own, between an indicator's name and its definition (208: ``戶量`` / ``人/戶`` /
``每戶平均人口數,為戶籍登記人口數/戶籍登記戶數。``).

A statistics portal's query table (項目, 單位, 定義) flattened one cell a line puts the unit of each indicator between its
name and its definition. The unit (``人``, ``戶``, ``人/平方公里``, ``%``, ``萬元``, ``女=100``) is no headword and no part of
the explanation: it is skipped there like a date or a pronunciation line (:func:`.headword_lines._meta_line`), so the name
above is the headword. Only a whole line of units counts (a unit, or a ratio of two, or a base such as ``女=100``).
"""

from __future__ import annotations

import re

__all__ = ["unit_line"]

# A unit of count, money, area, weight, energy or time, with a magnitude before it (萬人, 千元, 億美元).
_UNIT = (
    r"(?:[十百千万萬亿億]{0,2}(?:人次|人|户|戶|家|个|個|所|处|處|次|件|台|辆|輛|艘|架|张|張|册|冊|床|元|美元|吨|噸|公斤|千克|克"
    r"|平方公里|平方米|平方公尺|公顷|公頃|公里|公尺|立方米|千瓦时|千瓦時|度|小时|小時|天|日|年|岁|歲)|%|‰|％)"
)
_UNIT_LINE = re.compile(rf"[\s\u3000]*(?:{_UNIT}(?:[/／]{_UNIT})?|[男女]=100|[男女]＝100)[\s\u3000]*")


def unit_line(text: str) -> bool:
    """Whether ``text`` (a whole line) is a unit cell (module docstring).

    >>> [unit_line(t) for t in ("人", "人/平方公里", "女=100", "萬元", "人口數", "人口密度", "2023年")]
    [True, True, True, True, False, False, False]
    """
    return _UNIT_LINE.fullmatch(text) is not None
