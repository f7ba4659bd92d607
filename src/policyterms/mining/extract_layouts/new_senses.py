"""A dictionary's new senses, as the news reports them: ``“晒”增加了“展示”的新义``, ``“门”则增加了“事件,多指负面事件”注释``.

When a dictionary comes out in a new edition the press lists the senses it added to old words (P605 and P621 on the
eleventh 《新华字典》, P601 on the 《现代汉语规范词典》): the word in quotation marks, often with ``字`` or ``一词``, a verb
of adding (``增加了``, ``新增了``, ``添加了``), the sense in quotation marks and a frame word naming it a sense (``的新义``,
``之意``, ``的释义``, ``注释``, ``这个新的义项``). The sense is the word's new meaning in the dictionary's own words: an
entry of the quoted word (its marks kept, ``字``/``一词`` left out) whose definition is the quoted sense only — not the
news frame, nor the examples and purposes the report adds after it (``如“晒工资”``, ``以求解释…``). Where the added
sense has no word before it (``如“土豪”一词,原本指的是“…”;新版词典中,添加了“…”这个新的义项``), the word is the one the
sentence named first. Only a frame word of senses makes the quoted text a sense: ``新增了“智能客服”功能`` adds no meaning.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import _MARKER, Found, _L

__all__ = ["added_senses"]


_WORD = r"[“「][^“”「」\n,，。；;:：!！?？]{1,8}[”」]"
_ADDED = r"(?:增加|新增|添加|增添|增补|增補|加入|补充|補充)了?"
_SENSE = r"(?P<quoted>[“「](?P<sense>[^“”「」\n]{1,60})[”」])"
_SENSE_WORD = r"(?:(?:的|这个|這個|這一|这一)?(?:新的?)?(?:新义|新義|义项|義項|释义|釋義|含义|含義|注释|注釋|意思)|之意)"
# The word, 字/一词, then at most a short clause (,新版字典就 / 则) before the verb of adding, the sense and its frame word.
_ADDED_SENSE = re.compile(
    rf"(?P<term>{_WORD})(?:字|一词|一詞)?(?:[,，][^“”「」\n,，。；;]{{0,10}}?)?(?:就|则|則|也|还|還|又)?{_ADDED}{_SENSE}{_SENSE_WORD}"
)
# The sense added with no word before it (…;新版词典中,添加了“…”这个新的义项): the word the sentence named first.
_HEADLESS_SENSE = re.compile(rf"(?<=[;；,，])[^“”「」\n,，。；;]{{0,12}}?[,，]?{_ADDED}{_SENSE}{_SENSE_WORD}")
# How far back in its sentence a headless sense looks for the word it adds to.
_LOOK_BACK = 200
_NAMED_WORD = re.compile(rf"(?P<term>{_WORD})(?:字|一词|一詞)")


def added_senses(lines: list[_L], free: list[bool]) -> list[tuple[int | list[int], Found]]:
    """``(line, entry)`` for each sense a free line reports added to a quoted word. The line is read when nothing else
    in it defines (a ``…是指…`` sentence is left to the prose pass, which reads the line too)."""
    out: list[tuple[int | list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw
        found: list[tuple[int, int, Found]] = []
        for match in _ADDED_SENSE.finditer(raw):
            found.append((match.start(), match.end(), _entry(line, match.group("term"), match.start("term"), match)))
        senses = {m.start("quoted") for m in _ADDED_SENSE.finditer(raw)}
        for match in _HEADLESS_SENSE.finditer(raw):
            if match.start("quoted") in senses:  # (the sense of a word read above)
                continue
            window = max(0, match.start() - _LOOK_BACK)  # (a bounded look: reading stays linear)
            sentence = max(window, max(raw.rfind(stop, window, match.start()) for stop in "。！？!?") + 1)
            named = list(_NAMED_WORD.finditer(raw, sentence, match.start()))
            if named:
                found.append((named[0].start(), match.end(), _entry(line, named[0].group("term"), named[0].start(), match)))
        if not found:
            continue
        found.sort(key=lambda f: f[0])
        cuts = [0] + [k for a, b, _ in found for k in (a, b)] + [len(raw)]
        rest = "\n".join(raw[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))
        first = not _MARKER.search(rest)  # (False: the line stays free for the prose pass)
        for _, _, entry in found:
            out.append((line.index if first else [], entry))
            first = False
    return out


def _entry(line: _L, term: str, start: int, match: re.Match[str]) -> Found:
    return Found(term, match.group("sense"), line.raw[start : match.end()], line.index + 1, line.start + start, line.start + match.end())
