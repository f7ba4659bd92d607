"""A table's column heads flattened onto one line are no spaced entry (204: ``水资源 人均 万元 耕地实际灌溉 人均生活 其中: 万元工业``).

A bulletin's table, extracted from its PDF, leaves each row of its broken column heads on one line, the cells set apart by
spaces. A yearbook's spaced line (``工业生产指数  按国际标准…``) is a headword, spaces, then a sentence; a row of heads is
short words each, several of them, and no sentence: the first cell is no headword and the others no definition, even
where one head holds a colon (``其中:``, the head over a sub-column).
"""

from __future__ import annotations

import re

__all__ = ["head_cells"]

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
