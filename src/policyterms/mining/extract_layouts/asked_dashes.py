"""A headword set off by a dash before its 是, answering the question the page asks: ``到底什麼是防災士?`` … ``防災士–是當民眾遇到
災害時,有能力去協助、處理的人。`` (P2882, a public broadcaster's feature, its paragraphs and subheadings run into one line).

The dash (an en or em dash, single or double, or a hyphen between spaces) does what a colon does after a headword: it sets
the word apart and the gloss after it opens at 是. The word must be one the page asks about (什麼是X, 什么是X, 何謂X, X是什麼):
a dash before 是 in running prose (``…的決定——是一次…``) is an aside far more often than a headword's mark. The gloss is the
sentence after the dash, to its stop; the word opens its sentence (after a stop, a space or the line's start).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policyterms.mining.extract_layouts.common import Found, _L, page_asks_about

if TYPE_CHECKING:
    from policyterms.mining.appendix import ExtractedEntry

__all__ = ["asked_dash_heads", "dash_restatements_dropped"]

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


# The dash set after a headword (防災士——, 社會企業—, 社区团购 -), spaces around it allowed.
_DASH_MARK = re.compile(r"[ \t\u3000]*(?:[–—]{1,2}|－|-)[ \t\u3000]*")


def dash_restatements_dropped(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """``entries`` without another reading of a dash-set headword's sentence once it is read as an entry of its own (review 66):
    the headword block under the page's question taking ``防災士——是…。這是…`` whole (or a paragraph before it with the answer), or
    a rule keeping the dash in the term (``社會企業—``), beside ``防災士`` / ``是…。`` — the same word, its gloss inside the other's."""
    glosses: dict[str, set[str]] = {}
    for e in entries:
        glosses.setdefault(e.term, set()).add(e.definition)
    kept = []
    for e in entries:
        word = e.term.rstrip("–—－- \t\u3000")
        dashed_term = word != e.term and any(c in e.term[len(word) :] for c in "–—－-")  # 社會企業—
        # (防災士——是…, or after a paragraph of the page's before it, 本次活動——是…。防災士–是…)
        restated = any(_DASH_MARK.match(e.definition, at.end()) for at in re.finditer(re.escape(word), e.definition)) if word else False
        own = glosses.get(word, set()) - {e.definition} if not dashed_term else glosses.get(word, set())
        if (dashed_term or restated) and any(d in e.definition for d in own):
            continue  # 防災士 / 防災士——是…。這是…: the dash-set headword's own entry stands
        kept.append(e)
    return kept
