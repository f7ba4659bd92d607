"""A dictionary card's headword line with its numbered senses run in: ``飞 地 1.指归属某一国,… 2.指属某行政区管辖,…`` (P776).

A dictionary or translation site's card flattens the headword and its senses onto one line: the headword (its characters
sometimes spaced, ``飞 地``, as the card printed them), then ``1.``, ``2.`` … each before a sense, often without stops. Each
sense is an entry of the headword as written (a term defined again counts again, as P481's and P570's); the sense numbers are
no part of it (as 196's ``N.``), each sense ending before the space and number of the next. Every sense must open as a
definition (指, 是指, 泛指, 意为 …): a heading followed by a plan's numbered parts (``工作要点 1.指导思想 2.主要任务``) or a
programme (``会议议程 1.指定主持人 2.审议报告``) defines nothing. Two senses at least, numbered from 1 in turn. A
card that puts a label for its senses in the headword's place (``飞地`` / ``基本解释 1.指… 2.指…``) gives them to the
headword alone on the line above (and none when there is no such line); the senses, often without stops, stand whole
where the page ends.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import MEANING_LABEL, Found, _L, _MARKER, _SPACE

__all__ = ["numbered_sense_lines"]


# The headword (Chinese characters, a single space between them allowed) and the first sense number after a space.
_HEAD = re.compile(r"^[ \t\u3000]*(?P<term>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,9})[ \t\u3000]+1[.．、](?=\S)")
# The next sense number: a space, the number, its dot.
_NEXT = re.compile(r"[ \t\u3000]+(?P<n>\d{1,2})[.．、](?=\S)")


# A label for the senses (基本解释, 详细解释, 释义, 词义, 含义) in the headword's place: the card's headword stands alone on
# the line above it.
_SENSE_LABEL = re.compile(rf"(?:基本|详细|詳細|引申|网络|網絡)?(?:解[释釋]|{MEANING_LABEL})")
_HEADWORD = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,9}")


def _sense_label(term: str) -> bool:
    """``term`` (its inner spaces left out) is a label for senses, not a headword."""
    return _SENSE_LABEL.fullmatch(re.sub(r"[ \u3000]", "", term)) is not None


def _labelled(raw: str) -> bool:
    head = _HEAD.match(raw)
    return head is not None and _sense_label(head.group("term"))


def numbered_sense_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each sense of a headword line with its numbered senses run in (module docstring)."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        head = _HEAD.match(line.raw)
        if head is None:
            continue
        body_end = len(line.raw.rstrip(_SPACE))
        starts, number = [head.end()], 2
        for nxt in _NEXT.finditer(line.raw, head.end(), body_end):
            if int(nxt.group("n")) == number:
                starts.append(nxt.start())
                number += 1
        if len(starts) < 2:
            continue
        senses = []
        for k, begin in enumerate(starts):
            if k:
                begin = _NEXT.match(line.raw, begin).end()
            end = starts[k + 1] if k + 1 < len(starts) else body_end
            senses.append((begin, end))
        if not all(_MARKER.match(line.raw, begin) for begin, _ in senses):
            continue
        term = head.group("term")
        if _sense_label(term):
            # 飞地 / 基本解释 1.指… 2.指…: a card's label for its senses, the headword on the line above
            above = next((lines[k] for k in range(line.index - 1, -1, -1) if not lines[k].blank and not _labelled(lines[k].raw)), None)
            word = above.raw.strip(_SPACE) if above is not None else ""  # (over 基本解释's line too, for 详细解释's)
            if not _HEADWORD.fullmatch(word):
                continue
            term = word
        for begin, end in senses:
            out.append((line.index, Found(term, line.raw[begin:end], line.raw[head.start("term") : end], line.index + 1, line.start + head.start("term"), line.start + end)))
    return out
