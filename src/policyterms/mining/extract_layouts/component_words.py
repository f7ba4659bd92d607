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

__all__ = ["component_words", "split_word_glosses"]

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


# A card's label announcing its component words (分詞解釋:, 分词解释:), the first word perhaps run into it
# (分詞解釋:西藏自治區:, P919).
_SPLIT_LABEL = re.compile(r"[ \t\u3000]*(?:分词解释|分詞解釋)[ \t\u3000]*[:：][ \t\u3000]*")
# A component word's line under that label, closed by a colon with nothing after it (吐蕃:).
_PLAIN_WORD = re.compile(r"(?P<term>[^\s\u3000，,。；;:：!！?？、|｜()（）“”「」]{1,12})[ \t\u3000]*[:：][ \t\u3000]*")
# The next word run on after a gloss's stop at the end of its line (…表示出來。拉薩市:).
_RUN_ON_WORD = re.compile(r"(?<=[。！？!?])[ \t\u3000]*(?P<term>[^\s\u3000，,。；;:：!！?？、|｜()（）“”「」]{1,12})[ \t\u3000]*[:：][ \t\u3000]*$")
# A numbered sense of a component word (1.猶消息;情報。).
_NUMBERED = re.compile(r"[ \t\u3000]*\d{1,2}[.．、](?!\d)[ \t\u3000]*")
# A gloss opening with the word's short name as a sentence of its own (簡稱“藏”。在中國西南部。…): the alias is no part of it.
_ALIAS_SENTENCE = re.compile(r"(?:[简簡][称稱]|又[称稱]|亦[称稱])[“「][^“”「」]{1,6}[”」]。")
# How many lines under the label are read at most.
_SPLIT_LINES = 40


def split_word_glosses(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """A dictionary card's component words under its ``分詞解釋:`` label (P919): each ``X:`` line (the first run into the
    label, a later one run on after the stop ending a gloss) over its gloss line or its numbered senses, one entry a
    gloss or sense (number off, a gloss's opening alias sentence ``簡稱“藏”。`` off). Two words at least; the words end at a
    blank line, a line of another shape or a furniture line."""
    n = len(lines)
    for k, line in enumerate(lines):
        label = _SPLIT_LABEL.match(line.raw) if free[k] and not line.blank else None
        if label is None:
            continue
        first = _PLAIN_WORD.fullmatch(line.raw, label.end())
        if label.end() < len(line.raw.rstrip(_SPACE)) and first is None:
            continue
        term = first.group("term") if first else None
        words, entries, taken = (1 if term else 0), [], [k]
        glossed = False
        for m in range(k + 1, min(n, k + 1 + _SPLIT_LINES)):
            below = lines[m]
            if below.blank or not free[m] or _is_furniture(below.clean):
                break
            word = _PLAIN_WORD.fullmatch(below.raw)
            if word is not None and _good_term(word.group("term")):
                term, glossed, words = word.group("term"), False, words + 1
                taken.append(m)
                continue
            if term is None:
                break
            numbered = _NUMBERED.match(below.raw)
            if numbered is None and glossed:
                break  # a second plain paragraph under one word: no card of words
            at = numbered.end() if numbered else len(below.raw) - len(below.raw.lstrip(_SPACE))
            text = below.raw[at:].rstrip(_SPACE)
            run_on = _RUN_ON_WORD.search(text)
            if run_on is not None and _good_term(run_on.group("term")):
                text = text[: run_on.start()].rstrip(_SPACE)
            alias = _ALIAS_SENTENCE.match(text) if numbered is None else None
            if alias is not None:
                at, text = at + alias.end(), text[alias.end() :]
            if len(strip_pinyin(text)) < _MIN_GLOSS or not _FINISHED.search(text):
                break
            start = below.start + at
            entries.append(Found(term, text, text, m + 1, start, start + len(text)))
            taken.append(m)
            glossed = True
            if run_on is not None and _good_term(run_on.group("term")):
                term, glossed, words = run_on.group("term"), False, words + 1
        if words >= 2 and entries:
            yield taken, entries[0]
            for entry in entries[1:]:
                yield [], entry
