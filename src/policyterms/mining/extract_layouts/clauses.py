"""Quoted terms defined clause by clause in one paragraph.

Explainers of a coined name often spell out its pieces in one breath: ``“数”指数据,“算”是算力,即对数据的处理能力。
“东数西算”是通过构建…体系``, ``“千”指的是1609个乡镇(街道)、“万”指的是2.65万个行政村(社区)``, ``据悉,东数西算中的“数”,
指的是数据,“算”指的是算力,…``. Each clause is an entry of its own: the quoted term as written (with a frame such as
``东数西算中的``), the definition from its marker up to the separator before the next clause (left out) when the next
one follows in the same sentence, to its sentence's end when it follows in a later sentence, and to the end of the
paragraph for the last one (not over a sentence about the parts together, ``二字组合形成…``). A full name given by ``全称是“…”`` ends with its closing quotation mark.

A paragraph counts when it opens with such a clause (after at most a lead-in such as ``据悉,``) and holds two at
least, two of them in one sentence: a lone ``“X”是…`` is the prose and topic passes' to judge, and parts listed after
``其中,`` belong to the definition before them. The paragraph is read whole, so the topic pass does not take it for the answer
to a question title as well.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import _SENTENCE_END, Found, _L, _SPACE

__all__ = ["quoted_clause_series"]

# A clause opening with a quoted term (after a paragraph start, a clause separator or a lead-in with its comma),
# optionally framed (东数西算中的“数”), then its marker. Converter pinyin may sit inside the term (東數(shù)西算中的“數(shù)”).
# (after a sentence end closing a quotation, 「…好city啊,!”這里的“city”指的是…」; a deictic frame, 這里的, is left out of the
# term, P567, as P542's pronoun phrases; a character glossed with 意为, “营”意为经营, P565)
_CLAUSE = re.compile(
    r"(?:^|(?<=[,，、。；;!！?？])|(?<=[。！？!?][”」]))[ \u3000]*(?:(?:这里|這里|這裡|此处|此處)的)?"
    r"(?P<term>(?:[^\s,，。；;:：、“”「」]{1,16}中的)?[“「](?P<inner>[^“”「」\n,，。]{1,16})[”」])"
    r"[ \u3000]*[,，]?[ \u3000]*"
    r"(?P<marker>指的是|是指|全称是|全稱是|意[为為]|即(?![使便将將刻时時可])|指(?![出导導挥揮标標])|是(?![否在由因为為不]))"
)
# What may stand before the first clause: nothing, or a lead-in and its comma (据悉,).
_LEAD = re.compile(r"[ \u3000]*(?:[^,，。；;!！?？:：“”「」]{1,12}[,，][ \u3000]*)?")
_FULL_NAME = ("全称是", "全稱是")


def quoted_clause_series(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """The entries of every paragraph (a free line) holding a series of quoted terms defined clause by clause."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        if raw.count("“") + raw.count("「") < 2:
            continue
        clauses = list(_CLAUSE.finditer(raw))
        if len(clauses) < 2 or not any(_same_sentence(raw, a, b) for a, b in zip(clauses, clauses[1:])):
            continue
        if not _LEAD.fullmatch(raw[: clauses[0].start()]) and not (
            _after_undefined_sentences(raw[: clauses[0].start()]) and all(c.group("marker") != "是" for c in clauses)
        ):  # (in a paragraph's middle a bare 是 gives a standing: …推进“一网通办”。“一网通办”是…的重要抓手,“一网统管”是…)
            continue  # 是指…两条绿化隔离带。其中,“一绿”即…: the parts of a definition above, its layout's to split
        entries = []
        for n, clause in enumerate(clauses):
            end = _definition_end(raw, clause, clauses[n + 1] if n + 1 < len(clauses) else None)
            definition = raw[clause.start("marker") : end].rstrip(_SPACE)
            if len(definition) <= len(clause.group("marker")):
                continue
            start = line.start + clause.start("term")
            entries.append((line.index, Found(clause.group("term"), definition, raw[clause.start("term") : end], line.index + 1, start, line.start + end)))
        if len(entries) >= 2:
            out.extend(entries)
    return out


# A marker defining something in the sentences before the series (…是指…两条绿化隔离带。其中,“一绿”即…).
_DEFINES = re.compile(r"是指|指的是|系指|係指|即(?![使便将將刻时時可])|(?<![所泛])指(?![出导導挥揮标標示])|是(?![否在由因为為不])")


def _after_undefined_sentences(before: str) -> bool:
    """Whether the series opens a sentence after sentences that define nothing (``“city不city”源自美國博主…短視頻,其中他與妹妹
    對話:“上海city不city???”“好city啊,!”這里的“city”指的是…``, P567: an origin story and a quoted dialogue, then the
    glosses): the series is the paragraph's own; after a definition its clauses are that definition's parts."""
    before = before.rstrip(" \u3000")
    if not before or before[-1] not in _SENTENCE_END + "”」":
        return False
    outside = re.sub(r"[“「][^“”「」]*[”」]", "", before)  # (what a quotation says defines nothing)
    return _DEFINES.search(outside) is None


# A sentence about the glossed parts together (二字组合形成偏正结构, 两者…, P565): no part of the last one's definition.
_TOGETHER = re.compile(r"(?<=[。！？!?])(?=[ \u3000]*(?:二字|两字|兩字|二者|两者|兩者|(?:这|這)?(?:两|兩)个?字|(?:这|這)(?:两|兩)者))")


def _same_sentence(raw: str, first: re.Match, second: re.Match) -> bool:
    """Whether ``second`` follows ``first`` in its sentence (joined by a comma or 、, no sentence end between)."""
    between = raw[first.end("marker") : second.start("term")]
    return not any(mark in between for mark in _SENTENCE_END)


def _definition_end(raw: str, clause: re.Match, following: re.Match | None) -> int:
    """Where the definition of ``clause`` ends (see the module docstring)."""
    at = clause.end("marker")
    if clause.group("marker") in _FULL_NAME and raw[at : at + 1] in ("“", "「"):
        close = raw.find("”" if raw[at] == "“" else "」", at + 1)
        if close > 0:
            return close + 1
    if following is None:
        together = _TOGETHER.search(raw, at)  # “营”意为经营、管理。二字组合形成偏正结构…: about the parts together
        return together.start() if together else len(raw)
    if _same_sentence(raw, clause, following):
        end = following.start("term")
        while end > at and raw[end - 1] in " \u3000,，、;；":
            end -= 1
        return end
    ends = [raw.find(mark, at) for mark in _SENTENCE_END]
    ends = [e for e in ends if 0 <= e < following.start("term")]
    return min(ends) + 1 if ends else following.start("term")
