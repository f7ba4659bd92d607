"""A term and its defining marker alone on a line, the definition on the lines below (``集资诈骗罪是指`` / ``以非法占有为目的,…的行为。…``,
P2853, a legal Q&A site's answer whose title line ends with 是指 and whose paragraph gives the rest; an answer copied from a
card or a slide breaks the sentence after its marker so). The marker opens the definition as it would on one line, and the
definition runs over the lines below that go on with its sentence, each broken with no stop, to the line ending one; the
line breaks are no part of it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L, _good_term

__all__ = ["marker_lines"]

_SPACE = " \t\u3000\xa0\r"
# The term and a strong marker closing the line (a colon after the marker allowed: X是指:).
_TERM_MARKER_LINE = re.compile(
    r"(?P<term>[^\s\u3000,，。；;:：?？!！“”「」()（）]{2,20}?)[\s\u3000]*(?P<marker>是指|系指|係指|指的是)[\s\u3000]*[:：]?"
)
# A line going on with the sentence: it opens with a character of a word, not a number or a bullet (an item list below
# a lead-in is read by the item rules).
# (nor a Chinese numeral's item mark, 一、加快项目建设;, review 66: a slide's list of tasks under 下一步工作是指, no sentence going on)
_GOES_ON = re.compile(r"(?![一二三四五六七八九十]{1,3}[、.．])[\u4e00-\u9fff“「]")
_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』)）]*$")
#: The most lines the definition runs over.
MOST_LINES = 6


def marker_lines(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each free line holding a term and its marker alone (module docstring), over the next line
    (no blank between) and the lines after it that go on with its sentence."""
    n = len(lines)
    for k, line in enumerate(lines):
        if line.blank or not free[k] or k + 1 >= n:
            continue
        own = line.raw.strip(_SPACE)
        match = _TERM_MARKER_LINE.fullmatch(own)
        if match is None or not _good_term(match.group("term")):
            continue
        below = lines[k + 1]
        if below.blank or not free[k + 1] or not _GOES_ON.match(below.raw.strip(_SPACE)):
            continue
        taken, parts = [k + 1], [below.raw.strip(_SPACE)]
        while not _ENDS_SENTENCE.search(parts[-1]) and len(taken) < MOST_LINES:
            m = taken[-1] + 1
            if m >= n or lines[m].blank or not free[m] or not _GOES_ON.match(lines[m].raw.strip(_SPACE)):
                break
            taken.append(m)
            parts.append(lines[m].raw.strip(_SPACE))
        if not _ENDS_SENTENCE.search(parts[-1]):
            continue  # (a sentence the lines below never finish: a heading over a list, no definition)
        start = line.start + line.raw.index(own) + match.start("marker")
        last = lines[taken[-1]]
        end = last.start + len(last.raw.rstrip(_SPACE))
        definition = match.group("marker") + "".join(parts)
        yield [k, *taken], Found(match.group("term"), definition, own + "".join(parts), k + 1, start, end)
