"""A compound name glossed, then its pieces glossed in turn in the next sentence.

An answer about a name made of two counted slogans (``五议两公开``) says what the whole is, then what each piece means, the
pieces run in unquoted: ``五议两公开是农村基层治理的工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。
村民通过五议讨论村里事务,…`` (P1427). What makes ``五议`` and ``两公开`` headwords, though unquoted and mid-paragraph, is that
written one after the other they are the name the paragraph opens by glossing. Each piece is an entry from its marker to the
separator before the next piece, the last one to the paragraph's end; the whole name is one too, its first sentence alone
(the pieces' sentence is their own). Each piece is a counted slogan, opening with its numeral: plain words making up a name
(``营商环境`` / ``营商指经营,环境指条件``) are no pieces. Quoted pieces are :mod:`.clauses`' to read.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["name_pieces", "quoted_list_pieces"]

_MARKER = r"(?:是指|指的是|就是|即(?![使便将將刻时時可])|指(?![出导導挥揮标標])|是(?![否在由因为為不]))"
# The paragraph's first sentence: the name (no quotation marks, no punctuation) and its marker.
_WHOLE = re.compile(rf"^[ \u3000]*(?P<term>[\u4e00-\u9fff0-9A-Za-z]{{3,12}}?)[ \u3000]*(?P<marker>{_MARKER})[^。！？!?]{{2,80}}[。！？!?]")
# A piece's clause: its name run into its marker, opening the sentence or after a comma or a semicolon.
# (each piece a counted slogan, opening with its numeral: 五议, 两公开; a name's plain words, 营商 and 环境, are no pieces)
_PIECE = re.compile(rf"(?:^|(?<=[,，;；。]))[ \u3000]*(?P<term>[一二两兩三四五六七八九十百千万][\u4e00-\u9fff]{{1,7}}?)(?P<marker>{_MARKER})")



def _before_separator(raw: str, start: int, end: int) -> int:
    """``end`` moved back over the comma, semicolon or space that separates one piece's gloss from the next piece,
    never before ``start``."""
    while end > start and raw[end - 1] in ",，;； \u3000":
        end -= 1
    return end

def name_pieces(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """The entries of every free paragraph glossing a name, then its pieces in turn (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "五议两公开是农村基层治理的工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。村民参与度高。"
    >>> [(e.term, e.definition) for _, e in name_pieces(_lines(text), [True])]
    [('五议两公开', '是农村基层治理的工作方法。'), ('五议', '指提议、商议、审议、决议、评议'), ('两公开', '指公开过程和公开结果。村民参与度高。')]
    >>> name_pieces(_lines("营商环境是企业生存发展的土壤。营商指经营,环境指条件。"), [True])
    []
    """
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        whole = _WHOLE.match(raw)
        if whole is None or strip_pinyin(whole.group("term")) != whole.group("term"):
            continue
        rest = whole.end()
        sentence_end = re.search(r"[。！？!?]", raw[rest:])
        if sentence_end is None:
            continue
        pieces = [m for m in _PIECE.finditer(raw, rest, rest + sentence_end.end()) if m.start("term") >= rest]
        if not 2 <= len(pieces) <= 4 or pieces[0].start("term") != rest + len(raw[rest:]) - len(raw[rest:].lstrip(_SPACE)):
            continue
        if "".join(m.group("term") for m in pieces) != whole.group("term"):
            continue
        start = line.start
        out.append((line.index, Found(whole.group("term"), raw[whole.start("marker") : whole.end()], raw[whole.start("term") : whole.end()], line.index + 1, start + whole.start("term"), start + whole.end())))
        for n, piece in enumerate(pieces):
            end = _before_separator(raw, piece.end(), pieces[n + 1].start("term")) if n + 1 < len(pieces) else len(raw)
            out.append((line.index, Found(piece.group("term"), raw[piece.start("marker") : end], raw[piece.start("term") : end], line.index + 1, start + piece.start("term"), start + end)))
    return out


# A quoted list of short pieces (“育、繁、推”), and further on the same line a piece run into a colon and its marker.
_QUOTED_LIST = re.compile(r"[“「](?P<items>[^“”「」,，。；;:：\s\u3000]{1,6}(?:、[^“”「」,，。；;:：\s\u3000]{1,6}){1,5})[”」]")
_COLON_PIECE = r"(?:^|(?<=[,，;；。]))[ \u3000]*(?P<term>{key})[ \u3000]*[:：][ \u3000]*(?P<marker>是指|指的是|指|即|是)"


def quoted_list_pieces(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The pieces of a quoted list glossed in turn after it on the same line, each ``A:指…`` and separated by ``;``:
    ``種子產業鏈可分為“育、繁、推”三個環節。具體而言,育:指育種,…;繁:指擴繁(制種),…;推:指種子商品化市場推廣,…。`` (P1442).
    Each piece is an entry from its marker to the separator before the next (left out), the last to the line's end. The
    line stays free for the other passes: its sentences before the list are theirs.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "種子產業鏈可分為“育、繁、推”三個環節。具體而言,育:指育種,新品種誕生之泉;繁:指擴繁(制種);推:指市場推廣。"
    >>> [(e.term, e.definition) for _, e in quoted_list_pieces(_lines(text), [True])]
    [('育', '指育種,新品種誕生之泉'), ('繁', '指擴繁(制種)'), ('推', '指市場推廣。')]
    >>> quoted_list_pieces(_lines("坚持“稳中求进、以进促稳”。稳中求进:是工作总基调。"), [True])
    []
    """
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        for listed in _QUOTED_LIST.finditer(raw):
            items = listed.group("items").split("、")
            at = listed.end()
            pieces = []
            for item in items:
                if raw.find(item, at) < 0:  # (a pattern per piece: built only where it can match)
                    break
                m = re.compile(_COLON_PIECE.format(key=re.escape(item))).search(raw, at)
                if m is None or pieces and raw[pieces[-1].end() : m.start()].count("。"):
                    break
                pieces.append(m)
                at = m.end()
            if len(pieces) != len(items):
                continue
            for n, piece in enumerate(pieces):
                end = pieces[n + 1].start("term") if n + 1 < len(pieces) else len(raw)
                end = _before_separator(raw, piece.end(), end)
                out.append(([], Found(piece.group("term"), raw[piece.start("marker") : end], raw[piece.start("term") : end], line.index + 1, line.start + piece.start("term"), line.start + end)))
            break
    return out
