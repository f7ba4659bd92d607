"""A headword set off by a dash before its 是, answering the question the page asks: ``到底什麼是防災士?`` … ``防災士–是當民眾遇到
災害時,有能力去協助、處理的人。`` (P2882, a public broadcaster's feature, its paragraphs and subheadings run into one line).

The dash (an en or em dash, single or double, or a hyphen between spaces) does what a colon does after a headword: it sets
the word apart and the gloss after it opens at 是. The word must be one the page asks about (什麼是X, 什么是X, 何謂X, X是什麼):
a dash before 是 in running prose (``…的決定——是一次…``) is an aside far more often than a headword's mark. The gloss is the
sentence after the dash, to its stop; the word opens its sentence (after a stop, a space or the line's start).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, page_asks_about

__all__ = ["asked_dash_heads"]

# A word opening its sentence, a dash (en, em, full-width, or a hyphen between spaces) and its gloss from 是 to the stop.
_DASH_HEAD = re.compile(
    r"(?:^|(?<=[。！？!?\s\u3000]))(?P<term>[\u4e00-\u9fff]{2,10})[ \t\u3000]*(?:[–—]{1,2}|－|(?<=[ \t\u3000])-(?=[ \t\u3000]))[ \t\u3000]*"
    r"(?P<gloss>是(?![否不在])[^。！？!?\n]{4,200}[。！？!?])"
)


def asked_dash_heads(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each dash-set headword of a free line that the page asks about (module docstring)."""
    page = "\n".join(line.raw for line in lines)
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index] or ("–" not in line.raw and "—" not in line.raw and "－" not in line.raw and " - " not in line.raw):
            continue
        for match in _DASH_HEAD.finditer(line.raw):
            if not page_asks_about(page, match.group("term")):
                continue
            start, end = line.start + match.start("term"), line.start + match.end("gloss")
            out.append((line.index, Found(match.group("term"), match.group("gloss"), line.raw[match.start("term") : match.end("gloss")], line.index + 1, start, end)))
    return out
