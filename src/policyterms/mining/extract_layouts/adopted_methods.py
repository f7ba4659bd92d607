"""A method or system a sentence says is adopted, glossed right after by a comma and 即 (``中國土地登記制度係採托崙斯制,即土地經登記後
對外有絕對效力(土地法第 43 條)。``, 501, a provincial gazetteer on land registration; ``「綜合住戶統計調查」每月的樣本按「循環式複樣本
設計」方法抽取,即每月的樣本中約有一半的屋宇單位的住戶將會在3個月後再次接受訪問。``, 397, a survey page; ``实行“河长制”,即由各级党政
主要负责人担任河长。``). The writer names the method as the object of adopting it (採, 採用, 採取, 實行, 實施, 按, 按照, 依照) and then
says what it is: the name is the term, from 即 to the sentence's end the definition, as a quoted word's ``“X”,即…`` is read.

The name is marked off as one: quoted (``「循環式複樣本設計」``, quotes kept as written, a measure word ``方法`` and a short verb
after it, ``方法抽取``, left out), or a bare name of two characters at least before the word of a system (制, 制度, 模式, 方式, 法,
設計, 原則, 辦法) right before the comma. The definition goes on over the sentences right after it that point back at the name
by its head (``此設計不但能…``, 397), as a one-term answer's remark does; a sentence of another subject ends it (``所謂土地登記,係指…``,
501, its own entry). 即 as an adverb (即日, 即可, 即將, 即使 …) glosses nothing, and a span another pass took is left alone.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, overlaps

__all__ = ["adopted_method_glosses"]

_VERB = r"採用|采用|採取|采取|採行|采行|實行|实行|實施|实施|按照|依照|採|采|按"
_SYSTEM = r"制度|制|模式|方式|設計|设计|原則|原则|辦法|办法|法"
# A bare name's characters: any Han character but the particles 的, 之 and 了 — a phrase holding one describes the system
# adopted rather than names it (实行最严格的生态环境保护制度,即…, 政府實施新的辦法,即…, 採取積極措施的方式,即…, review 73);
# a quoted name may hold them.
_BARE_NAME_CHARACTER = r"(?:[\u4e00-\u9fff](?<![的之了]))"
_ADOPTED = re.compile(
    rf"(?:{_VERB})"
    rf"(?P<term>(?P<quoted>[「“][^「」“”\n,，。；;]{{2,20}}[」”])|{_BARE_NAME_CHARACTER}{{2,10}}?(?:{_SYSTEM}))"
    r"(?P<after>(?:方法|方式|辦法|办法|原則|原则)?[\u4e00-\u9fff]{0,2})[,，][\s\u3000]*"
    r"(?P<definition>即(?![使便将將刻时時可日])[^。！？!?\n]{4,}?[。！？!?])"
)
# A sentence pointing back at the name by its head (此設計…, 該制度…, 這種模式…): the pointer, then the head.
_POINTER = re.compile(r"[\s\u3000]*(?:此|這|这|該|该)(?:一|個|个|種|种|項|项)?")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]")


def _points_back(line: str, at: int, core: str) -> bool:
    """Whether the sentence at ``at`` opens with a pointer and ``core``'s head (its last two characters, or its last one)."""
    pointer = _POINTER.match(line, at)
    return pointer is not None and pointer.end() > at and line.startswith((core[-2:], core[-1:]), pointer.end())


def _pointing_back(line: str, at: int, term: str) -> int:
    """Where the definition ending at ``at`` in ``line`` ends once the sentences after it that point back at ``term`` by
    its head are taken in."""
    core = term.strip("「」“”")
    while (sentence := _SENTENCE.match(line, at)) is not None and _points_back(line, at, core):
        at = sentence.end()
    return at


def adopted_method_glosses(lines: list[_L], found: list[Found]) -> list[Found]:
    """An entry for each adopted method glossed by 即 (module docstring); none whose span overlaps an entry in ``found``.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> [(e.term, e.definition) for e in adopted_method_glosses(_lines("中國土地登記制度係採托崙斯制,即土地經登記後對外有絕對效力。所謂土地登記,係指…。"), [])]
    [('托崙斯制', '即土地經登記後對外有絕對效力。')]
    >>> adopted_method_glosses(_lines("本办法按照规定,即日起施行。今年采取有效措施,即可完成任务。"), [])
    []
    """
    taken = [(entry.start, entry.end) for entry in found]
    out: list[Found] = []
    for line in lines:
        if line.blank:
            continue
        for m in _ADOPTED.finditer(line.raw):
            if not m.group("quoted") and m.group("after"):
                continue  # 實行河长制度改革,即…: a bare name's clause goes on past it, no name glossed
            end_at = _pointing_back(line.raw, m.end("definition"), m.group("term"))
            start, end = line.start + m.start("term"), line.start + end_at
            if overlaps(start, end, taken):
                continue
            definition = line.raw[m.start("definition") : end_at].rstrip(_SPACE)
            out.append(Found(m.group("term"), definition, line.raw[m.start("term") : end_at], line.index + 1, start, end))
    return out
