"""A definitions table flattened with its cell separators lost: the header ``編號中類項目(單位)定義`` and rows such as
``1員額數編制員額本府暨所屬機關學校依組織編制表內之法定職員員額。`` (804, a Taipei city statistics office's staff
figures).

Statistics, budget and accounting offices publish their items' definitions as a table (number, class, item, definition);
a page copied from an HTML table whose cells were written without a space or a tab glues each row into one run of text.
Nothing marks where the item ends, so the table is read only when its header names the columns: glued column names
opening with a number column (編號, 序號, 項次) and closing with the definition's (定義, 說明, 解釋, 釋義, 意義), with an
item column among them (項目, 名詞, 指標, 用語, 術語, 詞彙). Its rows follow as lines opening with their running number
(1, 2, 3 …, at least three). A class column between the number and the item (中類, 類別, 分類 …) holds the words every row
opens with after its number (員額數): that common prefix is dropped, and when the rows share none the table is left.

The item then ends where its definition opens: a definition in such a table opens with the office's name for itself
(本府, 本市, 本縣, 本局, 本處 …: the definition says whose staff or budget the figure counts), a definition's marker
(指, 係指, 是指, 意指) or a statistic's own opener (平均, 凡): the first such opener after the item's first two
characters. A row whose definition does not end a sentence (a cut page's last row) or where no opener is found is left.
Of the bundled and shared pages only 804 has this layout (the fifty-ninth round).
"""

from __future__ import annotations

import os
import re

from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _SPACE, _good_term

__all__ = ["glued_cells"]

# The header: glued column names, the number's first, the definition's last, an item column among them.
_HEADER = re.compile(
    r"^[\s\u3000]*(?:編號|编号|序號|序号|項次|项次)(?P<middle>[^\s\u3000,，。;；:：]{0,16}?)"
    r"(?P<item>項目|项目|名詞|名词|指標|指标|用語|用语|術語|术语|詞彙|词汇)(?:名稱|名称)?(?:[(（][^)）]{1,6}[)）])?"
    r"(?:定義|定义|說明|说明|解釋|解释|釋義|释义|意義|意义|涵義|涵义|含義|含义)[\s\u3000]*$"
)
# A row: its running number glued to the cells.
_ROW = re.compile(r"^[\s\u3000]*(?P<number>\d{1,3})(?P<cells>[^\s\u3000\d][^\s\u3000]*)[\s\u3000]*$")
# Where the definition opens: the office naming itself, a definition's marker, a statistic's opener.
_OPENER = re.compile(
    r"本(?:府|市|縣|县|局|處|处|部|署|會|会|院|所|中心|公司)|(?:係|系|是|意)?指(?![標标數数出明定示引導导])|平均|凡"
)
_MIN_ROWS = 3
# A definition's marker after an opener found inside the item, the words between them one unbroken name (每戶平均可支配所得指…).
_MARKER = re.compile(r"(?:係|系|是|意)?指(?![標标數数出明定示引導导])")
_ITEM_RUN = re.compile(r"[^\s\u3000,，。;；:：、()（）]{1,12}")


def glued_cells(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each row of a glued definitions table (module docstring), with the line it was read from.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "編號中類項目定義\\n1員額數編制員額本府依組織編制表內之法定職員員額。\\n2員額數現有員額本府現有員額。\\n3員額數流動率本府流動人數之百分比。\\n"
    >>> [(found.term, found.definition) for _, found in glued_cells(_lines(text), [True] * 5)][:2]
    [('編制員額', '本府依組織編制表內之法定職員員額。'), ('現有員額', '本府現有員額。')]
    """
    out: list[tuple[list[int], Found]] = []
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index].raw) if free[index] and not lines[index].blank else None
        index += 1
        if header is None:
            continue
        rows: list[tuple[_L, re.Match[str]]] = []
        while index < len(lines) and (lines[index].blank or free[index]):
            line = lines[index]
            if line.blank:
                index += 1
                continue
            match = _ROW.match(line.raw)
            if match is None or int(match.group("number")) != len(rows) + 1:
                break
            rows.append((line, match))
            index += 1
        if len(rows) < _MIN_ROWS:
            continue
        class_width = 0
        if header.group("middle"):  # a class column: the words every row opens with after its number
            class_width = len(os.path.commonprefix([match.group("cells") for _, match in rows]))
            if class_width < 2:
                continue
        for line, match in rows:
            cells_start = match.start("cells") + class_width
            cells = line.raw[cells_start : match.end("cells")]
            opener = _OPENER.search(cells, 2)
            if opener is None:
                continue
            marker = _MARKER.search(cells, opener.end())
            if not opener.group().endswith("指") and marker is not None and _ITEM_RUN.fullmatch(cells, opener.start(), marker.start()):
                opener = marker  # 每戶平均可支配所得指…, 國內資本市場規模指…: 平均 or 本市 inside the item, its marker after (review 60)
            term, definition = cells[: opener.start()], cells[opener.start() :]
            if not _good_term(term) or not _FINISHED.search(definition):
                continue
            quote = cells.strip(_SPACE)
            start = line.start + cells_start
            out.append(([line.index], Found(term, definition, quote, line.index + 1, start, start + len(cells))))
    return out
