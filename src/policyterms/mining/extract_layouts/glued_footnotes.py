"""A report's footnote numbered by a bare numeral and a space, its call glued to a word above: ``…根據所有適用的理由1提出的
免遣返聲請。`` then ``1 適用理由包括《入境條例》…所指的酷刑;…等風險。`` (642, a Hong Kong department's annual report chapter).

A flattened report loses the superscript of its footnote calls and numbers: the call becomes a digit run into the words
(``理由1提出``), the footnote a line opening with the digit and a space. Such a footnote glossing a word of the text is read
as the bracketed notes are (``[1]X包括…``, ``[1]X是…``, :mod:`.notes`): the word before the marker is the term, the
definition runs from the marker (``包括``, ``是指``, ``指``, ``是``, ``即``) to the end of the footnote's line, which must end
a sentence. The bare numeral is what :mod:`.notes` will not take as a note number (``5 家企業…`` is a count), so the
footnote counts only when its number is called above it: the same digit glued between a word and the next (``理由1提出``,
not ``2021年``'s digits, a count such as ``共有5家企業`` or a spaced figure), on one of the lines before. Of the bundled and shared pages only 642 has
this shape (the forty-fifth round's carry check): the plain reading of a report's footnote, kept for the next one.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _SPACE, _good_term

__all__ = ["glued_footnotes"]

# The footnote: its bare number, a space, the glossed word, its marker (not 是否/是在…, not 指出/指明…).
_FOOTNOTE = re.compile(
    r"^[\s\u3000]*(?P<number>\d{1,2})[ \u3000]+(?P<term>[\u4e00-\u9fff“「《][^\s\u3000,，。；;:：]{1,14}?)"
    r"(?P<definition>(?:包括|是指|系指|係指|即|指(?![出明示引导導定派])|是(?![否在从從由于於因为為以]))\S.*?)[\s\u3000]*$"
)
# A digit glued between words that counts (共有5家企業, 第3條, 約2萬人): a figure, no footnote call. The call stands after a
# noun or a verb's object, before the next word; a count comes after 第, 共, 有, 約 … or before its classifier or unit.
_COUNTING = r"[第共有約约近逾達达為为計计]"
_CLASSIFIER = r"[家個个項项人名位次條条宗件種种類类倍元萬万億亿千百十年月日時时號号章節节段款頁页歲岁座間间輛辆艘架宗份]"
# How far above the footnote its call may stand (a report chapter's paragraphs before the page's foot).
_CALL_LINES = 30


def glued_footnotes(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each footnote of the module docstring whose number is called above it, with the line it was read from.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("根據所有適用的理由1提出的聲請。\\n1 適用理由包括酷刑及迫害等風險。\\n")
    >>> [(found.term, found.definition) for _, found in glued_footnotes(ls, [True] * len(ls))]
    [('適用理由', '包括酷刑及迫害等風險。')]
    >>> glued_footnotes(_lines("本年共有5家企業。\\n5 家企業是本區的大型企業。\\n"), [True] * 3)
    []
    """
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _FOOTNOTE.match(line.raw)
        if match is None or not _good_term(match.group("term")) or not _FINISHED.search(match.group("definition")):
            continue
        call = re.compile(rf"[\u4e00-\u9fff](?<!{_COUNTING}){match.group('number')}(?![^\u4e00-\u9fff]|{_CLASSIFIER})")
        if not any(call.search(above.raw) for above in lines[max(0, line.index - _CALL_LINES) : line.index]):
            continue
        start, end = line.start + match.start("term"), line.start + match.end("definition")
        quote = line.raw[match.start("term") : match.end("definition")].strip(_SPACE)
        out.append(([line.index], Found(match.group("term"), match.group("definition"), quote, line.index + 1, start, end)))
    return out
