"""A short form spelled out, then the words of its full name glossed in turn in the same sentence: ``匯兌是“外匯兌換”的簡稱,
外匯即是其他經濟體的貨幣,而兌換顯而易見就是外匯、本地貨幣或其他外匯兩兩之間的轉換,規範和管理外匯兌換的制度安排就是匯兌制度。``
(765, the Macao Memory site's blurb on currency exchange). An explainer opening on a short form gives its full name in
quotes and then says what each word of that name means, clause by clause, often closing on a word built on the short form
named backward (``…的制度安排就是匯兌制度``).

Each clause opening with a word of the quoted full name (after ``而`` or not, an adverb such as ``顯而易見`` between it and the
marker left out) and a marker (即是, 就是, 是指, 即, 指) is an entry from its marker to the comma or stop closing the clause;
a last clause naming a word built on the short form backward (``…就是X制度``) gives that word the clause before the marker;
the short form's own entry keeps its first clause (``是“外匯兌換”的簡稱``, what the golds read a short form's gloss as).

Read only after ``是/即“F”的簡稱/縮寫,`` at a definition's start, a clause's word being a part of F (not F itself), two
clauses at least, within the sentence: a sentence going on about something else after the short form
(``…的簡稱,成立於1990年``) gives nothing more.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found

__all__ = ["split_short_form_pieces"]

_SHORT_FORM = re.compile(r"(?:是|为|為|即)[“「](?P<full>[^“”「」,，。]{2,12})[”」]的(?:简称|簡稱|缩写|縮寫|简写|簡寫)(?=[,，])")
# A clause glossing a word of the full name: the word, an adverb of up to six characters, the marker.
_PIECE = re.compile(r"(?:而|其中)?(?P<head>[\u4e00-\u9fff]{2,6}?)(?P<frame>[\u4e00-\u9fff]{0,6}?)(?P<marker>即是|就是|是指|即|指)")
# A clause naming a word backward: the gloss, the marker, the word, the sentence's stop.
_BACKWARD = re.compile(r"(?P<gloss>[^,，。；;“”「」]{4,40}?)(?:就是|即是|即为|即為|称为|稱為)(?P<term>[\u4e00-\u9fff]{3,10})(?=[。])")
_CLAUSE_END = re.compile(r"[,，。；;]")


def split_short_form_pieces(entry: Found) -> list[Found]:
    """``entry`` (a short form's gloss) and the glosses of its full name's words run in after it (module docstring)."""
    definition = entry.definition
    short = _SHORT_FORM.match(definition)
    if short is None or not entry.quote.endswith(definition):
        return [entry]
    full, key = short.group("full"), entry.term.strip(" \t\u3000“”「」")
    base = entry.end - len(definition)
    sentence_end = definition.find("。", short.end())
    sentence_end = len(definition) if sentence_end < 0 else sentence_end + 1
    pieces: list[Found] = []
    at = short.end() + 1
    while at < sentence_end:
        clause_end = _CLAUSE_END.search(definition, at)
        stop = clause_end.start() if clause_end else len(definition)
        piece = _PIECE.match(definition, at, stop)
        backward = _BACKWARD.match(definition, at, sentence_end)
        if piece and piece.group("head") in full and piece.group("head") != full:
            gloss = definition[piece.start("marker") : stop]
            quote = definition[piece.start("head") : stop]
            pieces.append(Found(piece.group("head"), gloss, quote, entry.line, base + piece.start("head"), base + stop))
        elif backward and key and backward.group("term").startswith(key) and backward.group("term") != key and pieces:
            gloss = backward.group("gloss")
            pieces.append(Found(backward.group("term"), gloss, backward.group(), entry.line, base + backward.start(), base + backward.end()))
            break
        else:
            break
        at = stop + 1
    if len(pieces) < 2:
        return [entry]
    cut = len(definition) - short.end()
    return [Found(entry.term, definition[: short.end()], entry.quote[:-cut], entry.line, entry.start, entry.end - cut), *pieces]
