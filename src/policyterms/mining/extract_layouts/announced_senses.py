"""A word's senses below a lead announcing them: ``大田在汉语词典中的释义包含以下两层核心含义:`` / ``指集中连片、…的耕地,…。例如:`` /
``“大田作物”指…。`` / ``来源:…`` / ``特指中国周代…的一处地名,…。例如:`` (P1290), ``“三單”是…詞彙,…主要包含以下三類常見解釋:`` /
``一、語法學術語`` / ``指“第三人稱單數”的簡稱,…。`` / ``二、電子商務術語`` / ``在電商領域特指…。`` (P1299). A dictionary or
explainer page names its word in a lead sentence that announces how many senses follow (以下 … 含义/释义/解释), then gives
each sense on a line of its own, its subject left out: the sense opens with its marker (指, 特指, 代指, 泛指 …). Each such line
is an entry of the lead's word (quotation marks kept as the lead writes it), from the marker to the end of the line (a closing
``例如:`` kept); a field frame before the marker (``在電商領域``) or a clause naming the word before it (``…将“三單”代指…``) is
left out. The numbered labels over the senses (``一、語法學術語``) name a field, no term: read, no entry. Lines between the
senses (examples, ``来源:`` lines, a compound glossed with its own subject) are left to the other passes.

Two senses at least under one lead, each ending its sentence (a line cut by the page is none); the block ends at a note or
remark (``注:``, ``需注意``, ``总结``), at another lead, or after a few lines that are no sense. A lead announcing points,
features or steps (``以下几个方面:``) is no such lead: it must name meanings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import DEFINING_ZHI, Found, _L, _SPACE

__all__ = ["announced_senses"]

# The lead: the word (quoted, or a bare word of up to eight characters) opening the line, then a clause announcing the
# senses below (以下…含义/释义/解释/义项), closed by a colon.
_LEAD = re.compile(
    r"[\s\u3000]*(?P<word>[“「][^“”「」\s,，。；;:：]{1,10}[”」]|[\u4e00-\u9fff]{2,8}?)"
    r"(?:在|是|一词|一詞|这个词|這個詞|的|有|主要|作为|作為)[^\n]{0,60}?以下[^\n]{0,20}?"
    r"(?:含义|含義|释义|釋義|解释|解釋|义项|義項|意思)[^\n:：。]{0,20}[:：][\s\u3000]*"
)
# A numbered label over a sense (一、語法學術語, 二、電子商務術語, 1. 本义): short, no sentence in it.
_LABEL = re.compile(r"[\s\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])[\s\u3000]*[^\s\u3000,，。；;:：!！?？]{1,14}[\s\u3000]*")
_SENSE_MARKER = rf"(?:特指|代指|泛指|专指|專指|多指|是指|{DEFINING_ZHI})"
# A sense line: the marker opening it, after a field frame (在電商領域), or right after the word itself (…将“三單”代指…).
_FIELD_FRAME = re.compile(rf"[\s\u3000]*(?:在[^,，。；;:：\s]{{1,10}}?(?:领域|領域|中|上|里|裡)[,，]?[\s\u3000]*)?(?={_SENSE_MARKER})")
# The end of a block: a note or a remark on the senses, a summary.
_BLOCK_END = re.compile(r"[\s\u3000]*(?:注[:：]|需注意|需要注意|总结|總結|总的来说|總的來說|综上|綜上)")
_ENDS_SENTENCE = re.compile(r"[。！？!?:：][”」』\"]?[\s\u3000]*$")
_MAX_GAP = 3  # lines that are no sense between two senses (an example, a source line, a glossed compound)


def _sense_start(line: str, word: str) -> int | None:
    """Where the sense opens on ``line`` (at its marker), or None when the line is no sense of ``word``."""
    frame = _FIELD_FRAME.match(line)
    if frame is not None:
        return frame.end()
    at = line.find(word) if word[:1] in "“「" else -1
    if at > 0 and re.match(_SENSE_MARKER, line[at + len(word) :]):
        return at + len(word)
    return None


def announced_senses(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each sense line below a lead announcing a word's senses (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = ("大田在汉语词典中的释义包含以下两层核心含义:\\n指集中连片、规模较大的耕地。例如:\\n来源:参见《现代汉语词典》。\\n"
    ...         "特指中国周代的一处地名。例如:\\n注:本文释义综合权威汉语工具书。")
    >>> [(e.term, e.definition) for _, e in announced_senses(_lines(text), [True] * 5)]
    [('大田', '指集中连片、规模较大的耕地。例如:'), ('大田', '特指中国周代的一处地名。例如:')]
    >>> text = "乡村振兴主要包括以下几个方面:\\n一、产业振兴\\n指发展乡村产业。\\n二、人才振兴\\n指培养乡村人才。"
    >>> list(announced_senses(_lines(text), [True] * 5))
    []
    """
    n = 0
    while n < len(lines):
        lead = _LEAD.fullmatch(lines[n].raw) if free[n] and not lines[n].blank else None
        if lead is None:
            n += 1
            continue
        word = lead.group("word")
        senses: list[tuple[list[int], Found]] = []
        labels: list[int] = []
        k, gap = n + 1, 0
        while k < len(lines) and gap <= _MAX_GAP:
            line = lines[k]
            if line.blank:
                k += 1
                continue
            if not free[k] or _LEAD.fullmatch(line.raw) or _BLOCK_END.match(line.raw):
                break
            raw = line.raw.rstrip(_SPACE)
            at = _sense_start(raw, word)
            if _LABEL.fullmatch(raw):
                labels.append(k)
            elif at is not None and _ENDS_SENTENCE.search(raw):
                definition = raw[at:]
                senses.append(([k], Found(word, definition, definition, line.index + 1, line.start + at, line.start + len(raw))))
                gap = 0
            else:
                gap += 1
            k += 1
        if len(senses) >= 2:
            if labels:
                senses[0] = (senses[0][0] + labels, senses[0][1])
            yield from senses
        n = k if len(senses) >= 2 else n + 1
