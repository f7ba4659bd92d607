"""A term's own characters glossed one by one inside its definition: ``土特产是指…的产品。…“土”指的是…乡土资源,“特”是指
突出地域特点,体现当地风情,“产”则是指真正建成产业,形成集群。因此,…`` (P1512), ``新质生产力是以…的生产力,…。它的关键在于“新”
与“质”,其中“新”指的是…的生产力;“质”则强调…跃升。…`` (P1440).

An explainer spells a coined word out by its characters after defining it. The word's definition runs on over the
characters' glosses to its paragraph's end (the glosses say what the word is made of), and each quoted character glossed
is an entry of its own: from its marker (则 left out) to the comma or semicolon before the next character, the last one
to its full stop. Two characters at least, each one of the word's own, glossed after the word's own first sentence: where
they follow in that sentence (``橋頭堡是“橋”與“堡”的統壹體,“橋”是…,“堡”是…。``, P959) the word's gloss ends before them, a
run-in series read by prose; a quoted word that is no character of the term (``“数”指的是数据,“算”指的是算力``) is the clause
series' to read.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["character_glosses"]

# The paragraph's term and its marker at the line's start: 土特产是指…, “新质生产力”是…
# (a strong marker first, so that 指 inside a term, 价格指数是指…, is no marker)
_PARENTS = (
    re.compile(r"[ \t\u3000]*(?P<term>[“「]?[\u4e00-\u9fff]{2,10}?[”」]?)[ \t\u3000]*(?P<marker>是指|指的是|就是)"),
    re.compile(r"[ \t\u3000]*(?P<term>[“「]?[\u4e00-\u9fff]{2,10}?[”」]?)[ \t\u3000]*(?P<marker>是(?![否不])|指)"),
)
# A quoted character and its marker: “土”指的是, “产”则是指, “质”则强调.
_PIECE = re.compile(
    r"(?P<piece>[“「](?P<char>[\u4e00-\u9fff])[”」])[ \t\u3000]*(?:则|則)?[ \t\u3000]*"
    r"(?P<marker>指的是|是指|意指|意味着|意味著|强调|強調|代表|指|是(?![否不]))"
)
_SEPARATOR = re.compile(r"[ \t\u3000]*[,，;；][ \t\u3000]*(?:其中[,，]?)?[ \t\u3000]*$")


def _pieces(raw: str, term: str, begin: int) -> list[tuple[str, int, int]]:
    """``(piece, definition start, end)`` of each of ``term``'s characters glossed after ``begin`` in ``raw``."""
    found = [m for m in _PIECE.finditer(raw, begin) if m.group("char") in term]
    out: list[tuple[str, int, int]] = []
    for k, m in enumerate(found):
        stop = raw.find("。", m.end())
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and (stop < 0 or nxt.start() < stop):
            between = _SEPARATOR.search(raw, m.end(), nxt.start())
            if between is None:
                return []
            out.append((m.group("piece"), m.start("marker"), between.start()))
        elif stop >= 0:
            out.append((m.group("piece"), m.start("marker"), stop + 1))
            if nxt is not None:
                break  # (a later piece in another sentence is another series)
    return out


def character_glosses(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for a term defined at its paragraph's start and each of its characters glossed in the paragraph
    (module docstring)."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        parent = _PARENTS[0].match(line.raw) or _PARENTS[1].match(line.raw)
        if parent is None:
            continue
        term = parent.group("term").strip("“”「」")
        first_stop = line.raw.find("。", parent.end())
        if first_stop < 0:
            continue
        pieces = _pieces(line.raw, term, first_stop + 1)  # (after the word's own sentence: 橋頭堡是“橋”與“堡”的統壹體,“橋”是…, is a run-in series)
        if len(pieces) < 2 or len({p for p, _, _ in pieces}) < len(pieces):
            continue
        end = len(line.raw.rstrip(_SPACE))
        opens = parent.start("marker")
        out.append((line.index, Found(parent.group("term"), line.raw[opens:end], line.raw[parent.start("term") : end], line.index + 1, line.start + parent.start("term"), line.start + end)))
        for piece, begin, stop in pieces:
            start = line.raw.rfind(piece, 0, begin)
            out.append((line.index, Found(piece, line.raw[begin:stop], line.raw[start:stop], line.index + 1, line.start + start, line.start + stop)))
    return out
