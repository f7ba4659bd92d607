"""A compound name glossed, then its pieces glossed in turn in the next sentence.

An answer about a name made of two counted slogans (``五议两公开``) says what the whole is, then what each piece means, the
pieces run in unquoted: ``五议两公开是农村基层治理的工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。
村民通过五议讨论村里事务,…`` (P1427). What makes ``五议`` and ``两公开`` headwords, though unquoted and mid-paragraph, is that
written one after the other they are the name the paragraph opens by glossing. Each piece is an entry from its marker to the
separator before the next piece, the last one to the paragraph's end (not over a sentence about the whole, ``这个办法
让…``); the whole name is one too, its first sentence alone
(the pieces' sentence is their own). Each piece is a counted slogan, opening with its numeral: plain words making up a name
(``营商环境`` / ``营商指经营,环境指条件``) are no pieces. Quoted pieces are :mod:`.clauses`' to read.
"""

from __future__ import annotations

import re

from dataclasses import replace

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["name_pieces", "piece_ends_before_whole", "quoted_counted_pieces", "quoted_list_pieces"]

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

# A sentence turning back to the whole by a demonstrative and the kind of thing it is (这个办法让村里大事小事大家一起商量着办,…,
# P1938): about the whole name, no part of its last piece's gloss.
_ABOUT_WHOLE = re.compile(r"(?<=[。！？!?])[ \u3000]*(?:这个|這個|这一|這一|这种|這種|这项|這項|该|該)(?:办法|辦法|方法|制度|机制|機制|模式|工作法|做法|程序|流程)")


def _last_piece_end(raw: str, start: int) -> int:
    """Where the last piece's gloss ends: the paragraph's end, or before a sentence about the whole (:data:`_ABOUT_WHOLE`).

    >>> raw = "两公开是决议公开、实施结果公开。这个办法让村里大事小事大家一起商量着办。"
    >>> raw[:_last_piece_end(raw, 3)]
    '两公开是决议公开、实施结果公开。'
    """
    about = _ABOUT_WHOLE.search(raw, start)
    return about.start() if about else len(raw)


_COUNTED = re.compile(r"[一二两兩三四五六七八九十百千万][\u4e00-\u9fff]")


def piece_ends_before_whole(entries: list[Found]) -> list[Found]:
    """``entries`` with the gloss of each counted piece of a counted name another entry defines (两公开 of 四议两公开) ending
    before a sentence about the whole (:data:`_ABOUT_WHOLE`): ``四议两公开是…工作方法。四议指…。两公开是决议公开、实施结果
    公开。这个办法让村里…`` (P1938) — the pieces glossed in sentences of their own, which the topic pass reads. An entry whose quote is not its
    text as written is left as it is.

    >>> whole = Found("四议两公开", "是工作方法。", "四议两公开是工作方法。", 1, 0, 11)
    >>> d = "是决议公开、实施结果公开。这个办法让村里大事小事大家一起商量着办。"
    >>> piece = Found("两公开", d, "两公开" + d, 1, 20, 23 + len(d))
    >>> [e.definition for e in piece_ends_before_whole([whole, piece])]
    ['是工作方法。', '是决议公开、实施结果公开。']
    """
    names = {strip_pinyin(e.term).strip(_SPACE + "“”「」") for e in entries}
    out = []
    for entry in entries:
        core = strip_pinyin(entry.term).strip(_SPACE + "“”「」")
        about = _ABOUT_WHOLE.search(entry.definition)
        if about is None or not _COUNTED.match(core) or not entry.quote.endswith(entry.definition) or not any(
            _COUNTED.match(name) and core != name and (name.startswith(core) or name.endswith(core)) for name in names
        ):  # (a counted piece of a counted compound, as name_pieces reads: 询问 of 专题询问 is a word of its own, 这种制度安排 its)
            out.append(entry)
            continue
        cut = len(entry.definition) - about.start()
        out.append(replace(entry, definition=entry.definition[: about.start()], quote=entry.quote[:-cut], end=entry.end - cut))
    return out


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
            end = _before_separator(raw, piece.end(), pieces[n + 1].start("term")) if n + 1 < len(pieces) else _last_piece_end(raw, piece.end())
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


# A quoted counted compound (“四领域五环节”, “三区三线”): two counted pieces or more, each a numeral and a short noun.
_NUMERAL = "一二两兩三四五六七八九十"
_QUOTED_COUNTED = re.compile(rf"[“「](?P<name>(?:[{_NUMERAL}][\u4e00-\u9fff]{{1,4}}?){{2,4}})[”」][ \u3000]*[,，:：]")
# One counted piece of such a name: its numeral and the short noun up to the next numeral.
_COUNTED_SPLIT = re.compile(rf"([{_NUMERAL}])([^{_NUMERAL}]{{1,4}})")
# Where a piece's gloss ends: the separator before the next piece, or the sentence's stop after the last.
_PIECE_SEPARATOR = re.compile(r"[;；。！？!?]")
_COUNTED_PIECE = (
    r"[ \u3000]*(?P<term>{numeral}(?:个|個|大|项|項|条|條)?{noun})[ \u3000]*(?P<marker>是指|指的是|指(?![出导導挥揮标標])|即(?![使便将將刻时時可])|是(?![否在由因为為不]))"
)


def _counted_pieces_of(name: str) -> list[tuple[str, str]]:
    """``(numeral, noun)`` of each counted piece of a compound name (四领域五环节 → 四/领域, 五/环节); [] when it splits so into
    fewer than two."""
    pieces = _COUNTED_SPLIT.findall(name)
    return pieces if len(pieces) >= 2 and "".join(a + b for a, b in pieces) == name else []


def quoted_counted_pieces(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The pieces of a quoted counted compound glossed in turn right after it, a measure word allowed between numeral and
    noun: ``国办文件提出了建设“无废城市”需要关注的“四领域五环节”,四个领域是工业…废物领域;五个环节是废物的产生、收集、转移、利用、
    处置。`` (P2286, a magazine essay). Each piece as written there is an entry from its marker to the separator before the next
    (left out), the last to its sentence's stop; the clauses must follow the name in its order with nothing else between.
    The line stays free for the other passes.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "文件提出了需要关注的“四领域五环节”,四个领域是工业废物、农林废物领域;五个环节是废物的产生、收集、处置。无论城市大小,都有垃圾。"
    >>> [(e.term, e.definition) for _, e in quoted_counted_pieces(_lines(text), [True])]
    [('四个领域', '是工业废物、农林废物领域'), ('五个环节', '是废物的产生、收集、处置。')]
    >>> quoted_counted_pieces(_lines("要抓好“三区三线”,三区建设要加快推进。"), [True])
    []
    """
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        for named in _QUOTED_COUNTED.finditer(raw):
            pieces = _counted_pieces_of(named.group("name"))
            at, found = named.end(), []
            for numeral, noun in pieces:
                m = re.compile(_COUNTED_PIECE.format(numeral=numeral, noun=re.escape(noun))).match(raw, at)
                if m is None:
                    break
                separator = _PIECE_SEPARATOR.search(raw[m.end() :])
                if separator is None:
                    break
                found.append((m, m.end() + separator.start(), separator.group()))
                at = m.end() + separator.end()
                if separator.group() not in ";；":
                    break
            if len(found) != len(pieces) or found[-1][2] in ";；":
                continue  # (every piece glossed, the last closing its sentence)
            for n, (m, end, separator) in enumerate(found):
                end = end + 1 if n + 1 == len(found) else end
                out.append(([], Found(m.group("term"), raw[m.start("marker") : end], raw[m.start("term") : end], line.index + 1, line.start + m.start("term"), line.start + end)))
            break
    return out
