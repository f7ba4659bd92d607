"""A sentence a list repeats under several of its items is a field of the list, not part of any item's gloss.

Guides and brochures describe the kinds of a thing one after another and close each kind with the same field, written
out again word for word: who files it, where to apply, how often it is updated (``1.基本資料:`` / its gloss / ``由校方指派
特定人員每學期定時上傳。``, then ``2.修課紀錄:`` / its gloss / the same line again, P2813, a bookstore's preview of a guide
to Taiwan's learning portfolios). The headword-line reader runs each item's explanation over its lines up to the next
headword, so the field's line ended up inside every gloss, although it says nothing of what the item is — and the
gold of every set leaves such a line out where it repeats (the list's own field, as a card's ``來源:`` line is). A line
of the explanation (after its first) that another line of the page repeats whole — or that the page's last line, cut
by the page, opens (``由學生自行定期上傳,…`` under one item, ``由學生自行定期`` at the cut) — ends the gloss before it.

Left alone: a line repeated inside the same explanation (a formula restated), a short line (under eight characters: a
label, a unit), a line the gloss opens with, and a gloss whose words before the repeated line end no sentence."""

from __future__ import annotations

import re

__all__ = ["before_repeated_field"]

_SPACE = " \t\u3000"
#: The shortest line that counts as a repeated field (shorter ones are labels and units, read elsewhere).
FIELD_CHARS = 8
#: The shortest page-cut line that counts as the opening of a field written out in full elsewhere.
CUT_CHARS = 6
# A stop closing a line (a closing quote or bracket after it allowed).
_SENTENCE_END = re.compile(r"[。！？!?][”」』)）]?[ \t\u3000]*$")
# A line opening with a scope (不包括…, 包括…, 不含…, 但…): it bounds what the word covers, part of each gloss even when the
# list repeats it under several items (a statistics glossary's 不包括离开本单位仍保留劳动关系的人员。 under two kinds of employed
# persons, review 65), no field of the list.
_SCOPE_OPENING = re.compile(r"(?:不包括|不包含|不含|不计|不計|包括|包含|含|但|其中|亦|也)")


def before_repeated_field(definition: str, text: str, start: int, end: int) -> str:
    """``definition`` (the explanation found at ``text[start:end]``) ending before the first of its lines, after the
    first, that the page repeats outside it — whole, or opened by the page's last line where the page is cut.

    >>> page = "1.甲:\\n甲是一種資料。\\n由校方每學期定時上傳。\\n2.乙:\\n乙是另一種資料。\\n由校方每學期定時上傳。\\n"
    >>> s = page.index("甲是"); e = page.index("2.乙")
    >>> before_repeated_field("甲是一種資料。由校方每學期定時上傳。", page, s, e)
    '甲是一種資料。'
    >>> before_repeated_field("甲是一種資料。由校方每學期定時上傳。", page.replace("由校方每學期定時上傳。\\n2", "2", 1), s, e - 12)
    '甲是一種資料。由校方每學期定時上傳。'
    """
    lines = [line.strip(_SPACE) for line in text[start:end].split("\n")]
    if len(lines) < 2:
        return definition
    outside = [line.strip(_SPACE) for line in (text[:start] + "\n" + text[end:]).split("\n")]
    outside = [line for line in outside if line]
    whole = set(outside)
    last = outside[-1] if outside and text[end:].strip(_SPACE + "\n") else ""
    for line in lines[1:]:
        if len(line) < FIELD_CHARS or _SCOPE_OPENING.match(line):
            continue
        repeated = line in whole or (
            len(last) >= CUT_CHARS and line.startswith(last) and not _SENTENCE_END.search(last) and text.rstrip(_SPACE + "\n").endswith(last)
        )
        if not repeated or lines.count(line) > 1:
            continue
        at = definition.find(line)
        if at <= 0 or not _SENTENCE_END.search(definition[:at]):
            continue
        return definition[:at].rstrip(_SPACE)
    return definition
