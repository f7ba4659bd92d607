"""Two quoted words glossed in turn by the respective 一…一…: ``「大陸」、「內地」二詞,本來並行不悖,一指…,一指…。``.

A column on two words (P628, on 大陸 and 內地) names them together and then glosses each by a clause opening with the
respective ``一`` — the literary form of ``前者…后者…`` (P517, read in :mod:`.quoted_clauses`): the first clause is
the first word's gloss, the second the second's. Each is an entry of its word (its quotation marks kept), from 指 to
the comma or the stop ending the clause; the respective 一 and the frame after the words (``二詞,本來並行不悖``) are
left out. Both clauses must open with 一 and a strong marker (``一指``, ``一是指``), right after each other: ``一是…``
alone counts things (一是加强…,二是…) and is no gloss.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, one_line_entries
from policyterms.mining.extract_layouts.topics import QUOTED_TERM

__all__ = ["respective_glosses"]


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
