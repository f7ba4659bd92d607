"""Where a definition of another word under a headword line ends: before the paragraph turns back to the headword."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE
from policyterms.mining.extract_layouts.headword_lines import _headword, _unquoted


# A sentence end, then the next sentence's opening quotation mark if any (…吃光。“光盘行动”旨在…).
_SENTENCE_TURN = re.compile(r"[。！？!?][\s\u3000]*[“「\"]?")


def cut_before_headword_above(lines: list[_L], first_line: int, entry: Found) -> Found:
    """A paragraph below a headword line may define a shorter word first and then speak of the headword itself
    (``五、光盘行动`` / ``“光盘”是指将盘子里的东西吃光。“光盘行动”旨在让人们…``, P537): the shorter word's definition ends
    before the sentence opening with the headword, which says what the headword is for, not what the word means.
    ``first_line`` is the paragraph's first line; ``entry`` the paragraph's one definition, given back cut, or as it
    was when the headword line above names its own term or no sentence opens with it."""
    k = first_line - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    head = _headword(lines[k]) if k >= 0 else None
    if head is None:
        return entry
    headword, term = _unquoted(head[0]), _unquoted(entry.term)
    if len(headword) < 2 or not term or headword == term or re.sub(r"[“”「」『』\"]", "", term).startswith(headword):
        return entry  # (the headword itself before a frame, "建制鎮"這個詞語在中文中通常 / 指的是…, P1213: no shorter word)
    definition = entry.definition
    for turn in _SENTENCE_TURN.finditer(definition):
        if definition.startswith(headword, turn.end()):
            cut = turn.start() + 1
            over = len(definition) - cut
            if over >= len(entry.quote) or entry.quote[len(entry.quote) - over :] != definition[cut:]:
                return entry
            return Found(entry.term, definition[:cut], entry.quote[: len(entry.quote) - over].rstrip(_SPACE), entry.line, entry.start, entry.end - over)
    return entry
