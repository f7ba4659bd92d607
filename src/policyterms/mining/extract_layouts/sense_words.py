"""Small rules for a definition quoted in a news report (``据…教授毛丹介绍,内卷(involution)原意是指…,引申为…。他认为,…。``,
P540): the word's first sense (原意, 本意, 本义) before the marker opens the definition, and the reporter's next sentence giving
the speaker's opinion (他认为,…) is a comment, no part of it."""

from __future__ import annotations

import re

# A sense word closing the headword before its marker (内卷原意 / 是指…): it says which sense the definition gives, as an
# adverb does (主要是指…), so it opens the definition. Not after 的: 亂的本义 / 指… is a frame, the term as written (P543).
_SENSE_TAIL = re.compile(r"(?<!的)(?P<sense>原意|原義|原义|本意|本義|本义)[\s\u3000]*$")
_OPENS_WITH_MARKER = re.compile(r"(?:是指|是|指|为|為)")


def sense_tail(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` with a sense word moved from the end of the headword to the definition's opening, or None.

    >>> sense_tail("内卷(involution)原意", "是指把羊皮纸卷起来。")
    ('内卷(involution)', '原意是指把羊皮纸卷起来。')
    >>> sense_tail("亂的本义", "指没有秩序。") is None, sense_tail("原意", "是指…。") is None
    (True, True)
    """
    tail = _SENSE_TAIL.search(term)
    if tail is None or len(term[: tail.start()].strip(" \t\u3000")) < 2 or not _OPENS_WITH_MARKER.match(definition):
        return None
    return term[: tail.start()].rstrip(" \t\u3000"), tail.group("sense") + definition


# A sentence reporting the speaker's opinion after the definition he gave (他认为,…; 她表示,…): a comment.
_OPINION = re.compile(r"(?<=[。！？!?])[\s\u3000]*(?:他|她)(?:们|們)?(?:还|還|也)?(?:认为|認為|表示|指出|强调|強調)[,，:：]")


def before_opinion(body: str, start: int, end: int) -> int:
    """Where a definition running from ``start`` to ``end`` in ``body`` ends: before a sentence reporting the speaker's
    opinion (``…,引申为…等。他认为,成为流行语的“内卷”…``), or at ``end``.

    >>> text = "内卷原意是指把羊皮纸卷起来。他认为,它反映出公众的心态。"
    >>> text[: before_opinion(text, 0, len(text))]
    '内卷原意是指把羊皮纸卷起来。'
    """
    opinion = _OPINION.search(body, start, end)
    return opinion.start() if opinion else end
