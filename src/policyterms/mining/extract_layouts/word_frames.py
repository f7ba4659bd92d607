"""A sentence naming its subject a word of the moment before glossing it: ``Low-altitude economy是最近的热词,指以…的综合性
经济形态。`` (P2410, a paper's word-learning column), also ``X是近年来的新词,指…``, ``“X”是一个网络流行语,意指…``.

The clause between the term and the comma says only what kind of word it is (a hot word, a new word, a catchphrase): no
definition, so the prose passes, which read ``X是…`` as a class, find the sentence's 是 names no class of the term and
its 指 after the comma has no subject of its own. The pattern is one of language columns, word-of-the-year reports and
explainers in general, in Chinese or with an English word as the subject (a bilingual column keeps the term as written).

What is read: at a paragraph's start or right after a sentence end, the term (a quoted word, two to twelve Han
characters, or an English word or phrase), 是, at most a short qualifier ending in 的 (最近的, 近年来的, 一个), the word
for a word (热词, 新词, 流行语, 网络用语, 新名词, 新概念), a comma and 指 (意指, 是指); the definition runs from 指 to the
end of its sentence. What is left: a sentence the text ends inside; a subject that is a pronoun or a demonstrative
phrase (这个词是…, left to :mod:`.anaphora`); a frame without the word for a word (X是最近的热点,指出…), which says no
more than that the term is talked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import _L, Found, _good_term

__all__ = ["word_of_the_moment_glosses"]

_WORD_FRAME = re.compile(
    r"(?:^|(?<=[。！？!?]))[\s\u3000]*"
    r"(?P<term>[“「\"][^“”「」\"\n,，。]{1,16}[”」\"]|[A-Za-z][A-Za-z'’\-]*(?: [A-Za-z'’\-]+){0,5}|[\u4e00-\u9fff]{2,12}?)"
    r"[\s\u3000]*是(?:[^,，。；;:：“”「」]{0,8}的)?(?:一个|一個|一句|一种|一種)?(?:新|网络|網絡)?"
    r"(?:热词|熱詞|新词|新詞|流行语|流行語|流行词|流行詞|网络用语|網絡用語|名词|名詞|概念|词语|詞語|词汇|詞彙)"
    r"[,，][\s\u3000]*(?P<marker>(?:意|是)?指)(?![标標数數导導出挥揮引南定示令向明日望针針战戰责責点點正])"
)
# A subject standing for the word (这个词, 该词, 此词, 它): the word is named elsewhere (.anaphora).
_NO_TERM = re.compile(r"(?:这|這|该|該|此|它|其|那)")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?: [A-Za-z'’\-]+){0,5}")
_SENTENCE_END = re.compile(r"[。！？!?]")


def word_of_the_moment_glosses(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each ``X是…热词,指…。`` sentence on a free line (see the module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "报道中的center就是“中心” 。Low-altitude economy是最近的热词,指以各类低空飞行活动为牵引的综合性经济形态。 |"
    >>> [(e.term, e.definition) for _, e in word_of_the_moment_glosses(_lines(text), [True])]
    [('Low-altitude economy', '指以各类低空飞行活动为牵引的综合性经济形态。')]
    >>> list(word_of_the_moment_glosses(_lines("这个词是最近的热词,指的是一种现象。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        for m in _WORD_FRAME.finditer(line.raw):
            term = m.group("term").strip()
            latin = _LATIN.fullmatch(term) is not None  # (an English word, as foreign_words reads them: _good_term wants Han)
            if _NO_TERM.match(term.strip("“「\"")) or not latin and not _good_term(term):
                continue
            stop = _SENTENCE_END.search(line.raw, m.end())
            if stop is None:
                continue  # a sentence the text ends inside
            definition = line.raw[m.start("marker") : stop.end()]
            if len(definition) < 8:
                continue
            start = m.start("term") + (len(m.group("term")) - len(m.group("term").lstrip()))
            yield line.index, Found(term, definition, line.raw[start : stop.end()], line.index + 1, line.start + start, line.start + stop.end())
            break
