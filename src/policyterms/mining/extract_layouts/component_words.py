"""A word card's component words: dashed headword lines ending in a colon, each over its senses (P1023).

A dictionary site's card for a compound word explains the words it is made of below its own gloss: each word on a dashed
line of its own closed by a colon (``- 孤兒:``), then its gloss on the line below (``肢體、器官等因傷病而缺損或嚴重變形:關心殘疾人。``)
or its senses one a line, circled numbers before them (``①死了父親的兒童:孤兒寡母。`` / ``②失去父母的兒童:孤兒院。``). The colon
inside a sense introduces its example, as a dictionary prints it; it is no headword's colon, so the circled lines are no
colon notes. Each sense is an entry of the dashed word (a term defined again counts again), the circled number left out,
the sense running to the end of its line with its example.

Read only where two such dashed words at least stand in a row and one of them at least has circled senses (the mark of a
dictionary's senses): an answer page's dashed labels (``- 特点:`` / a paragraph) are no word list, nor is a bulleted item
with its text after the colon (``- 巩固脱贫成果:…``), nor a gloss line that finishes no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _SPACE, _good_term, _is_furniture
from policyterms.text.fold import strip_pinyin

__all__ = ["component_words"]

# A dashed headword line closed by a colon, nothing after it: - 孤兒:
_WORD_LINE = re.compile(r"[ \t\u3000]*[-–•·][ \t\u3000]*(?P<term>[^\s\u3000，,。；;:：!！?？、|｜()（）]{1,12})[ \t\u3000]*[:：][ \t\u3000]*")
# A sense line: a circled number, then the sense.
_SENSE = re.compile(r"[ \t\u3000]*(?P<mark>[①-⑳])[ \t\u3000]*")
_MIN_GLOSS = 2  # characters of a sense (孤獨:孤寡老人…: a one-word sense with its example)


def _gloss(line: _L) -> tuple[int, str] | None:
    """The offset in the line and the text of a gloss line finishing a sentence (its circled number left out), or None."""
    if line.blank or _WORD_LINE.fullmatch(line.raw) or _is_furniture(line.clean):
        return None
    sense = _SENSE.match(line.raw)
    at = sense.end() if sense else len(line.raw) - len(line.raw.lstrip(_SPACE))
    text = line.raw[at:].rstrip(_SPACE)
    if len(strip_pinyin(text)) < _MIN_GLOSS or not _FINISHED.search(text) or re.match(r"[-–•·*]", text):
        return None
    return at, text


def _block(lines: list[_L], free: list[bool], k: int) -> tuple[list[int], list[Found], bool] | None:
    """The lines read, the entries and whether the senses are circled, of the dashed word on line ``k``; None when the
    line is no dashed word or no gloss line follows it (one plain gloss line, or circled sense lines numbered in turn)."""
    head = _WORD_LINE.fullmatch(lines[k].raw) if free[k] else None
    if head is None or not _good_term(head.group("term")):
        return None
    term = head.group("term")
    taken, entries, m = [k], [], k + 1
    circled = m < len(lines) and _SENSE.match(lines[m].raw) is not None
    while m < len(lines) and free[m] and (gloss := _gloss(lines[m])) is not None:
        sense = _SENSE.match(lines[m].raw)
        if (sense is not None) != circled or circled and ord(sense.group("mark")) - ord("①") != len(entries):
            break
        at, text = gloss
        start = lines[m].start + at
        entries.append(Found(term, text, text, m + 1, start, start + len(text)))
        taken.append(m)
        m += 1
        if not circled:
            break
    return (taken, entries, circled) if entries else None


def component_words(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """Each sense of each dashed word of a run of two or more, one with circled senses (module docstring)."""
    k, n = 0, len(lines)
    while k < n:
        run: list[tuple[list[int], list[Found], bool]] = []
        m = k
        while m < n:
            if lines[m].blank:
                m += 1
                continue
            block = _block(lines, free, m)
            if block is None:
                break
            run.append(block)
            m = block[0][-1] + 1
        if len(run) >= 2 and any(circled for _, _, circled in run):
            for taken, entries, _ in run:
                yield taken, entries[0]
                for entry in entries[1:]:
                    yield [], entry
            k = m
        else:
            k = max(m, k + 1)
