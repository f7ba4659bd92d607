"""Where a definition quoted from the literature ends: at the citation mark closing it.

An academic paper's introduction (a journal page, a thesis, a review) gives a term's definition as one source's, the
sentence closed by that source's bracketed reference number (``集团化办学是指由两个及以上学校或校区…的制度化教育组织形态[2]。``,
P2420, a journal article's 引言), and goes on with what other sources say of the same term, each sentence closed by its
own number (``余秀琴指出我国集团化办学于20世纪90年代初开始…[3]。2017年9月,…[4]。``). The definition is the cited
sentence: a later sentence citing another work is the literature review, no part of it, even when it names the term
again (as the paragraph's one definition otherwise would run to the paragraph's end). A sentence with no reference
number, or citing the same one, leaves the definition as it was."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import SENTENCE_STOP

# A reference number in square brackets: one number, a list or a range ([2], [2,3], [2-4], [12, 15]).
_REFERENCE = r"\[(\d{1,3}(?:[ \u3000]*[,，、\-–~][ \u3000]*\d{1,3})*)\]"
# A sentence closing on its reference number, before the stop (…组织形态[2]。) or after it (…组织形态。[2]).
_CITED_STOP = re.compile(rf"{_REFERENCE}[ \u3000]*[。！？!?]|(?<=[。！？!?])[ \u3000]*{_REFERENCE}")
_ANY_REFERENCE = re.compile(_REFERENCE)
_ADJACENT_REFERENCE = re.compile(rf"[ \u3000]*{_REFERENCE}")


def before_other_source(body: str, start: int, end: int) -> int:
    """Where a definition running from ``start`` to ``end`` of ``body`` ends: right after its first sentence when that
    sentence closes on a reference number and a later sentence before ``end`` cites another work; else ``end``.

    >>> text = "集团化办学是指由两个及以上学校组成的教育组织形态[2]。余秀琴指出我国集团化办学开始规模化发展[3]。"
    >>> text[: before_other_source(text, 5, len(text))]
    '集团化办学是指由两个及以上学校组成的教育组织形态[2]。'
    >>> text = "营商环境是指企业遵循政策法规所需的时间和成本等条件。[1]党的十八大以来,国家明确提出“优化营商环境”[2],…"
    >>> text[: before_other_source(text, 4, len(text))]
    '营商环境是指企业遵循政策法规所需的时间和成本等条件。[1]'
    >>> text = "集团化办学是指由两个及以上学校组成的教育组织形态[2]。集团化办学分为两类[2]。"
    >>> before_other_source(text, 5, len(text)) == len(text)
    True
    """
    cited = _CITED_STOP.search(body, start, end)
    if cited is None:
        return end
    number = cited.group(1) or cited.group(2)
    # The number after the stop (…等条件。[1]) follows the sentence's own stop: that stop is no earlier sentence's end.
    own_stop = cited.start() if cited.group(1) is not None else cited.start() - 1
    if SENTENCE_STOP.search(body, start, own_stop) is not None:
        return end  # the definition's first sentence cites nothing: a later one's number is no end of it
    close = cited.end()
    numbers = {number}
    # (numbers written side by side after the stop, …自稱。[3][4], all cite that sentence: none is another work's account)
    while (beside := _ADJACENT_REFERENCE.match(body, close, end)) is not None and cited.group(2) is not None:
        numbers.add(beside.group(1))
        close = beside.end()
    for later in _ANY_REFERENCE.finditer(body, close, end):
        if later.group(1) not in numbers:
            return close
    return end
