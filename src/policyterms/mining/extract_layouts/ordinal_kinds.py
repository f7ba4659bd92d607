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

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, _SENTENCE_END, Found, _L

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
# The count of kinds leading the ordinals in their sentence (主要有四种, 分为两类, 有三种类型): what is counted is kinds of a thing.
# A report's tasks or measures counted the same way (今年重点抓好三项工作,一是稳增长,即…; 主要措施包括,一是财政,指…; 会议要求,一是
# 提高认识,即…, review 66) name aims glossed by what is to be done, no kinds.
_KINDS_COUNT = re.compile(r"(?:[两兩二三四五六七八九十几幾多]|[0-9]+)[ \t\u3000]*(?:大)?(?:种|種|类|類)|(?:种类|種類|类型|類型)")
# Any ordinal item opening a clause (三是惠民生。, no comma after its name): where the glossed item before it ends.
_ANY_ORDINAL = re.compile(r"(?<=[,，;；:：。])[ \t\u3000]*[一二三四五六七八九十]是")


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
        lead_from = max((text.rfind(c, 0, run[0].start()) for c in _SENTENCE_END), default=-1) + 1
        if not _KINDS_COUNT.search(text, lead_from, run[0].start()):
            continue  # 今年重点抓好三项工作,一是稳增长,即…: a report's tasks, no kinds (review 66)
        entries = []
        for item, nxt in zip(run, [*run[1:], None]):
            marker = _MARKER.match(text, item.end())
            if marker is None:
                continue
            # (the last glossed item ends before an ordinal after it that names nothing before a comma: …;二是促改革,即…;三是惠民生。,
            # review 66)
            later = _ANY_ORDINAL.search(text, item.end()) if nxt is None else None
            bound = nxt.start() if nxt is not None else later.start() if later is not None else None
            limit = bound if bound is not None else len(text)
            found = SENTENCE_STOP.search(text, item.end(), limit)
            stop = found.start() if found is not None else None
            if bound is None:
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
