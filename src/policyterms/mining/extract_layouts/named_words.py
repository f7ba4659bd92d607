"""A news report naming a word as what a list or a dictionary chose, then glossing it after a comma:
``《牛津英語大詞典》年度字為「rizz」,意思是人透過其風格…的能力。`` (P416), ``去年上海媒體最流行的新詞語是「刷博」,意思是
某些個人博客…耍詐…。`` (P612). The word is quoted right after 是/為, whose subject names a word (``年度字``, ``新詞語``, ``热词``: not
``他的回答是“不知道”,意思是…``, a speaker's words, nor ``名字是“梓轩”,意思是…``, a person's name), and the
comma is followed by ``意思是``/``意思為``/``意指``: the quoted word is the term (marks kept), the frame before it left
out, and the definition runs from 意思 to the end of its paragraph (the origin and remarks after it inside, as a prose
definition runs). Only this plain-words marker: ``…是“共享老师”,意思是…`` inside a definition another pass read
(P608) is on a line no longer free, and ``是“X”,是指…`` is left to the prose passes."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["named_then_glossed"]

_NAMED_GLOSSED = re.compile(
    r"(?<!名)(?:字|词|詞|语|語|词汇|詞彙|词语|詞語)(?:是|為|为|叫做|叫作|稱為|称为)[\s\u3000]*(?P<term>[“「][^“”「」\n,，。；;:：]{1,16}[”」])[\s\u3000]*[,，][\s\u3000]*"
    r"(?P<definition>(?:意思是|意思為|意思为|意思就是|意指)[^\n]+)"
)
_END = "。！？!?”」』)）"


def named_then_glossed(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for the first such word of each free line (module docstring), its definition to the paragraph's
    end; a paragraph whose last sentence is cut by the page gives nothing.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("根據統計,去年上海媒體最流行的新詞語是「刷博」,意思是某些個人博客耍詐,增加點擊率。")
    >>> [(e.term, e.definition) for _, e in named_then_glossed(ls, [True])]
    [('「刷博」', '意思是某些個人博客耍詐,增加點擊率。')]
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _NAMED_GLOSSED.search(line.raw)
        if match is None:
            continue
        end = len(line.raw.rstrip(_SPACE))
        if line.raw[end - 1 : end] not in _END or end <= match.start("definition"):
            continue
        start = match.start("term")
        yield line.index, Found(
            match.group("term"), line.raw[match.start("definition") : end], line.raw[start:end], line.index + 1, line.start + start, line.start + end
        )
