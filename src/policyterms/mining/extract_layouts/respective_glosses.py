"""Two quoted words glossed in turn by the respective 一…一…: ``「大陸」、「內地」二詞,本來並行不悖,一指…,一指…。``.

A column on two words (P628, on 大陸 and 內地) names them together and then glosses each by a clause opening with the
respective ``一`` — the literary form of ``前者…后者…`` (P517, read in :mod:`.quoted_clauses`): the first clause is
the first word's gloss, the second the second's. Each is an entry of its word (its quotation marks kept), from 指 to
the comma or the stop ending the clause; the respective 一 and the frame after the words (``二詞,本來並行不悖``) are
left out. Both clauses must open with 一 and a strong marker (``一指``, ``一是指``), right after each other: ``一是…``
alone counts things (一是加强…,二是…) and is no gloss.

A paragraph may instead open by glossing the two words together and give what each stands for with ``分别``:
``天津的“津城”和“滨城”是城市发展中的地理概念,分别指代天津市中心城区和滨海新区,…。具体含义如下:`` (P995). The pair is one
entry, as written (``“津城”和“滨城”``, a possessor before it left out), from 是 to the end of its paragraph (a closing lead-in
to the sections below kept); without 分别 (``“碳达峰”和“碳中和”是今年两会的热词``) the sentence says nothing of each word.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, one_line_entries
from policyterms.mining.extract_layouts.topics import QUOTED_TERM

__all__ = ["paired_glosses", "respective_glosses"]


_RESPECTIVE = re.compile(
    rf"(?P<former>{QUOTED_TERM})[、和与與及]?(?P<latter>{QUOTED_TERM})[^。！？!?\n“”「」]{{0,20}}?[,，][\s\u3000]*"
    r"一(?P<first>(?:是指|指)[^。！？!?\n,，；;]{1,60})[,，；;][\s\u3000]*"
    r"一(?P<second>(?:是指|指)[^。！？!?\n,，；;]{1,60}[。！？!?])"
)


def respective_glosses(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each of the two words a free line glosses by ``一指…,一指…``."""
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        entries = []
        for match in _RESPECTIVE.finditer(line.raw):
            for term, group in (("former", "first"), ("latter", "second")):
                start, end = match.start(group), match.end(group)
                entries.append(Found(match.group(term), match.group(group), line.raw[match.start(term) : end], line.index + 1, line.start + start, line.start + end))
        yield from one_line_entries(line.index, entries)


_PAIRED = re.compile(
    rf"[\s\u3000]*(?:[^\s\u3000,，。；;:：、“”「」!！?？]{{1,6}}的)?(?P<term>{QUOTED_TERM}[和与與及、]{QUOTED_TERM})[\s\u3000]*"
    r"(?P<definition>是(?![否在由因为為不])[^。！？!?\n]*?[,，][\s\u3000]*分[别別](?:指代|指|是|代表)[^\n]+?)[\s\u3000]*$"
)


def paired_glosses(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for a free paragraph opening with two quoted words glossed together and, with 分别, each."""
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _PAIRED.match(line.raw)
        if match is not None:
            start, end = match.start("term"), match.end("definition")
            yield line.index, Found(match.group("term"), match.group("definition"), line.raw[start:end], line.index + 1, line.start + start, line.start + end)
