"""A quoted word placed in its field by a frame before it (``經濟領域的“新賽道”指…``, P566).

An explainer glosses a word first in its plain sense and then in a field (``“賽道”指…比賽區域。經濟領域的“新賽道”指…``):
the field's frame and the quoted word together are the term, as written (as P543's and P281's frames; the gold of every
set keeps them). Prose around a quoted word (``着力解决“三老”问题``: words after the quotation) and a frame naming who
said it (``他提出的“X”``, ``文中所说的“X”``), pointing back (``这里的“X”``) or naming the document or occasion
(``报告中的“新质生产力”``, ``今年的“两会”``) are no such term.
"""

from __future__ import annotations

import re

_FRAMED = re.compile(r"(?P<frame>[^\s\u3000“”「」,，。；;:：、()（）]{2,8})的[“「][^“”「」]{1,12}[”」]")
# (nor a document or an occasion it was said in: 报告中的“新质生产力”, 今年的“两会”, 本次会议的“三个一批”: where, not a field)
_NOT_A_FIELD = re.compile(
    r"提出|所[说說谓謂指称稱]|[说說讲講称稱写寫]|[这這该該此那]|我|你|他|她|们|們"
    r"|[报報]告|文件|文中|[会會]议|[会會]議|公[报報]|[今去明]年|本[次届屆]"
)


def framed_quoted_term(term: str) -> bool:
    """Whether ``term`` is a quoted word after a field's frame ending in 的 (module docstring)."""
    match = _FRAMED.fullmatch(term.strip(" \t\u3000"))
    return match is not None and _NOT_A_FIELD.search(match.group("frame")) is None


# A subject naming the word's meaning in a book or a field (民营在汉语词典中的规范释义指…, P565; X在经济学中的含义是…): the word is
# the term; the frame, like 耕地的含义 (prose._FRAMED_TERM), is part of neither (as P526's `按字面意思解释`).
_LOCATED_MEANING = re.compile(
    r"(?P<term>[^\s\u3000,，。；;:：]{2,15}?)在[^\s\u3000,，。；;:：]{1,15}?(?:中|里|裡|上)?的(?:规范|規範|基本|一般|通常)?"
    r"(?:释义|釋義|含义|含義|涵义|涵義|解释|解釋|定义|定義|意思)"
)


def located_meaning_term(term: str) -> str | None:
    """The word of a subject naming its meaning somewhere (``民营在汉语词典中的规范释义`` → ``民营``); None otherwise."""
    match = _LOCATED_MEANING.fullmatch(term.strip(" \t\u3000"))
    return match.group("term") if match else None


# A definition opening with a quoted word and its own marker (定义“三旧” | “三旧”指的是旧村庄、…; 所謂“3456”工作矩陣, | “3”是指推行…,
# P2163): the sentence's subject is the quoted word, and what the layout took for the term is a label or a frame before it.
_QUOTED_SUBJECT = re.compile(r"(?P<term>[“「][^“”「」\n,，。；;:：]{1,12}[”」])[ \t\u3000]*(?P<definition>(?:是指|指的是|系指|係指|指(?![出导導挥揮标標])|即(?![使便将將刻时時可])|就是)\S)")
# The frame 所谓 right before the term (所謂“3456”工作矩陣,“3”是指…): the whole named only to gloss its parts in turn.
_SO_CALLED = re.compile(r"(?:所谓|所謂)[ \t\u3000]*$")


def quoted_subject_opening(term: str, definition: str, before: str = "") -> tuple[str, str] | None:
    """``(quoted word, its definition from the marker)`` when ``definition`` opens with a quoted word glossed by its own marker
    and the term is only a label before that word (``定义“三旧”``) or a whole named by 所谓 (``before`` is the text before the
    term): the word is the term. None otherwise — a headword glossed by its parts keeps them as its gloss (``“东数西算”工程`` /
    ``“数”指的是数据,…``), and so does a headword restated in quotation marks (``“放管服”`` / ``“放管服”就是…``).

    >>> quoted_subject_opening("定义“三旧”", "“三旧”指的是旧村庄、旧城镇、旧厂房。")
    ('“三旧”', '指的是旧村庄、旧城镇、旧厂房。')
    >>> quoted_subject_opening("“3456”工作矩阵", "“3”是指推行三项机关服务作风;", "所谓")
    ('“3”', '是指推行三项机关服务作风;')
    >>> quoted_subject_opening("“东数西算”工程", "“数”指的是数据,“算”指的是算力。") is None
    True
    >>> quoted_subject_opening("“放管服”", "“放管服”就是简政放权的简称。") is None, quoted_subject_opening("三旧", "是指“三旧”改造。") is None
    (True, True)
    """
    match = _QUOTED_SUBJECT.match(definition)
    if match is None:
        return None
    word = match.group("term")
    if not (term.endswith(word) and term != word or _SO_CALLED.search(before)):
        return None
    return word, definition[match.start("definition") :]
