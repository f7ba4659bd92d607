"""A table note glossing quoted indicators one after another (204: ``3.本表中“人均生活用水量”包括城乡居民生活用水和公共用水(含…),
“城乡居民”仅包括居民生活用水。``).

A bulletin's table notes put the indicators of the table's heads in quotation marks and say what each covers, in one
sentence after the note's scope (``本表中``): ``“X”包括…,“Y”仅包括…``. The quotation marks make them headwords as the parallel
indicator notes' shared head nouns do (:mod:`.indicators`), and the verb is 包括 (or 仅包括, 不包括, 包含, 是指, 指); each clause is
an entry, the quotation marks kept as written, the scope left out, the comma before the next quoted headword no part of the
definition, the last running to the full stop. Two such clauses at least, adjacent: one quoted word with 包括 in a note is as
often a scope remark as a gloss. A note the PDF wrapped inside a headword (``,“城`` / ``乡居民”仅包括…``) is read over its next line.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, Found, _L, _SPACE
from policyterms.mining.extract_layouts.indicators import _SCOPE_LEAD_IN

__all__ = ["quoted_indicator_notes"]

# A note's number opening its line (3., 2、, 注:1.).
_NOTE_START = re.compile(r"[\s\u3000]*(?:注[:：][\s\u3000]*)?\d{1,2}[\s\u3000]*[.．、﹒](?!\d)[\s\u3000]*")
# A quoted headword and its verb (“人均生活用水量”包括, “城乡居民”仅包括).
# (straight quotation marks too: a page so written keeps them where a note's wrapped line leaves a pair split)
_CLAUSE = re.compile(r"(?P<term>[“「\"][^“”「」\",，。；;:：]{1,15}[”」\"])[\s\u3000]*(?P<gloss>(?:仅|僅|只|不)?(?:包括|包含|是指|指(?![标標数數出导導])))")
_SEPARATOR = re.compile(r"[,，；;]")


def quoted_indicator_notes(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The quoted indicators a note glosses one after another (module docstring), on notes no pass read."""
    out: list[tuple[list[int], Found]] = []
    for k, line in enumerate(lines):
        if not free[k] or line.blank:
            continue
        number = _NOTE_START.match(line.raw)
        if number is None:
            continue
        raw, taken = line.raw, [k]
        nxt = k + 1
        if not SENTENCE_STOP.search(raw) and nxt < len(lines) and free[nxt] and not lines[nxt].blank and not _NOTE_START.match(lines[nxt].raw):
            if lines[nxt].start == line.start + len(raw) + 1:  # a note wrapped by the PDF: its next line goes on it
                raw, taken = raw + "\n" + lines[nxt].raw, [k, nxt]
        for term_at, term, gloss_at, end in _clauses(raw, number.end()):
            out.append((taken, Found(term, raw[gloss_at:end], raw[term_at:end], k + 1, line.start + term_at, line.start + end)))
    return out


def _clauses(raw: str, at: int) -> list[tuple[int, str, int, int]]:
    """(term start, term, definition start, end) of each quoted clause opening the note body at ``at``; none unless two."""
    lead = _SCOPE_LEAD_IN.match(raw, at)
    at = lead.end() if lead else at
    stop_match = SENTENCE_STOP.search(raw, at)
    stop = stop_match.end() if stop_match else -1
    if stop < 0:
        return []
    clause = _CLAUSE.match(raw, at)
    clauses = []
    while clause is not None:
        following = None
        for separator in _SEPARATOR.finditer(raw, clause.end(), stop):
            following = _CLAUSE.match(raw, separator.end())
            if following is not None:
                clauses.append((clause.start("term"), clause.group("term"), clause.start("gloss"), separator.start()))
                break
        if following is None:
            clauses.append((clause.start("term"), clause.group("term"), clause.start("gloss"), stop))
        clause = following
    if len(clauses) < 2 or any(len(raw[g:e].strip(_SPACE)) < 6 for _, _, g, e in clauses):
        return []
    return clauses
