"""Pass 1a: an encyclopedia card in table cells."""

from __future__ import annotations

import re

from ..fold import strip_pinyin
from .common import Found, _FINISHED, _L, _SPACE, _good_term, _table_row


# --- pass 1a: an encyclopedia card in table cells -------------------------------------------

# 词条 | 营业额 | / 类别 | … | / 释义 | 营业额生产、经营单位…。 |: the headword row and the meaning row of a card.
_CARD_HEAD = re.compile(r"^(?:词条|詞條|条目|條目|词目|詞目|名称|名稱|术语|術語|词语|詞語)$")
_CARD_MEANING = re.compile(r"^(?:释义|釋義|解释|解釋|定义|定義|含义|含義|词义|詞義|释文|釋文|基本解释|基本解釋)$")
_CARD_ROWS = 4  # rows at most between the headword row and the meaning row


def _cards(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """A card whose rows are ``label | value |`` cells: the value of a headword row (词条, 名称, 术语)
    is the term, the value of the meaning row below it (释义, 解释, 定义) its definition, a restated
    headword at its start left out (营业额生产、经营单位… → 生产、经营单位…)."""
    out = []
    head: tuple[int, str] | None = None
    for line in lines:
        if line.blank or not free[line.index] or not _table_row(line.raw):
            continue
        cells = [c.strip(_SPACE) for c in re.split(r"[|｜]", line.raw.strip(_SPACE))]
        cells = [c for c in cells if c]
        if len(cells) < 2:
            continue
        label, value = strip_pinyin(cells[0]), "|".join(cells[1:])
        if _CARD_HEAD.match(label) and len(cells) == 2 and _good_term(value):
            head = (line.index, value)
            continue
        if head is None or line.index - head[0] > _CARD_ROWS or not _CARD_MEANING.match(label) or len(cells) != 2:
            continue
        term = head[1]
        definition = value
        if definition.startswith(term):
            definition = definition[len(term) :].lstrip(_SPACE + ",，:：")
        if len(strip_pinyin(definition)) < 4 or not _FINISHED.search(definition):
            continue
        at = line.start + line.raw.index(value)
        out.append(([head[0], line.index], Found(term, definition, value, line.index + 1, at, at + len(value))))
        head = None
    return out
