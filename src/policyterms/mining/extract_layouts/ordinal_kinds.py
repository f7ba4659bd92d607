"""Kinds counted by ordinals in running prose, each named and glossed in its clause: ``汛期地质灾害主要有四种,一是崩塌,即山崩,
包括岩崩、土崩,威胁危害很大;二是滑坡,即山体沿斜面向下滑动的现象;三是泥石流,表现为…;四是地面塌陷,一般是指地下存在空洞,…。``
(P2875, a People's Daily report quoting an expert on the season's geological hazards).

A briefing or a report counts the kinds of a thing with 一是, 二是, 三是 … (consecutive), each naming one kind and, after a comma, glossing it
by a definition's marker (即, 是指, 指, 就是; 一般是指, 主要是指): each such kind is an entry, the ordinal and the comma left out, its
gloss running to the semicolon before the next ordinal (left out) or, for the last, to its stop (kept). A kind glossed by another
verb (``三是泥石流,表现为…``, a description) gives nothing of its own but keeps the count going. Two glossed kinds at least; the
ordinals of a report's tasks (``一是加强…;二是推进…``) name no kind before a comma and a marker, and give nothing.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["ordinal_kinds"]

_NUMERALS = "一二三四五六七八九十"
# An ordinal item: after the start of the line or a separator, 一是/二是…, then the kind's name and a comma.
_ITEM = re.compile(
    r"(?:^|(?<=[,，;；:：。]))[ \t\u3000]*(?P<n>[一二三四五六七八九十])是[ \t\u3000]*"
    r"(?P<term>[^\s\u3000,，。；;:：、“”「」()（）的]{2,8})[,，][ \t\u3000]*"
)
# The gloss's marker right after the comma.
_MARKER = re.compile(r"(?:即(?![使便将將刻时時可日\d０-９一二三四五六七八九十])|是指|指(?![出导導挥揮标標])|就是(?![说說要])|(?:一般|主要|通常)(?:是指|指))")
_SEPARATOR = "；;"
_STOP = "。！？!?"


def ordinal_kinds(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each kind glossed in a free line's ordinal count (module docstring)."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        text = line.raw
        run: list[re.Match[str]] = []  # the last count begun by 一是, its ordinals consecutive
        for item in _ITEM.finditer(text):
            if run and _NUMERALS.index(item.group("n")) == _NUMERALS.index(run[-1].group("n")) + 1:
                run.append(item)
            elif item.group("n") == "一":
                run = [item]
        if len(run) < 2:
            continue
        entries = []
        for item, nxt in zip(run, [*run[1:], None]):
            marker = _MARKER.match(text, item.end())
            if marker is None:
                continue
            limit = nxt.start() if nxt is not None else len(text)
            stop = next((k for k in range(item.end(), limit) if text[k] in _STOP), None)
            if nxt is None:
                end = stop + 1 if stop is not None else len(text.rstrip(" \t\u3000"))
            else:
                before = text[item.end() : limit].rstrip(" \t\u3000")
                if before[-1:] not in _SEPARATOR or stop is not None:
                    entries = []  # (a sentence's stop inside the count: no one series of clauses)
                    break
                end = item.end() + len(before) - 1
            definition = text[marker.start() : end]
            entries.append(
                Found(item.group("term"), definition, text[item.start("term") : end], line.index + 1, line.start + item.start("term"), line.start + end)
            )
        if len(entries) >= 2:
            out.extend((line.index, entry) for entry in entries)
    return out
