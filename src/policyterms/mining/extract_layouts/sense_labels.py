"""A dictionary page's senses set under labels naming the kind of sense: ``"农禾"是由"农"与"禾"组成的复合词,…`` /
``一、本义层面 指代…`` / ``二、引申层面 作为…`` / ``三、现代应用 当代农业科技文献中,…`` (P552). A label such as 本义层面 or
引申义 names which sense of the page's headword follows, not a term of its own: each such entry is an entry of the
headword, written without its quotation marks (P552's gold, as P481's circled senses give the page's word). A label of
usage (现代应用, 用法) gives where the word is used, not what it means: no entry — but only beside sense labels, on a
dictionary page; elsewhere 应用 may be a term's section.

The headword is the quoted word opening the page's first paragraph of running text (``"农禾"是…``, ``“X”一词…``),
named three times at least on the page; without one, the sense entries are dropped (a label is no term). A headword line
of its own standing below that paragraph and above the senses (``词语辨析:“内卷”与“躺平”`` / ``“躺平”,最近…`` / ``内卷`` /
``本义:指…``) names the word they belong to, when the page names it three times at least: the opening paragraph was about
another word. A page with no opening word but a numbered line holding a word above each block of labelled senses (``1.矿难`` /
``本意:指…`` / ``新意:…``, P571) gives each sense to the word of its block's line; without either, the senses stay dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from policyterms.mining.extract_layouts.common import ITEM_NUMBER, Found

__all__ = ["sense_label_entries"]

# The kind of a sense: literal, first, extended, figurative, basic (本义, 引申义, 比喻义 …), alone or with 层面/义/含义.
_SENSE_LABEL = re.compile(
    r"(?:本义|本義|原义|原義|字面|基本|引申|延伸|扩展|擴展|比喻|转|轉|古|今|本|原|新)(?:义|義|意|意义|意義|含义|含義)?(?:层面|層面)?"
)
_SENSE_KIND = re.compile(r".*(?:义|義|意|层面|層面|含义|含義)$|本义|本義|引申|比喻")
# Where the word is used (现代应用, 当代用法, 使用场景): no sense.
_USAGE_LABEL = re.compile(r"(?:现代|現代|当代|當代|今日|实际|實際)?(?:应用|應用|用法|使用|运用|運用)(?:层面|層面|场景|場景)?")
# The page's headword: a quoted word opening a paragraph, then its verb or 一词.
_HEADWORD = re.compile(r"^[\s\u3000]*[“\"「](?P<word>[^“”\"「」\s,，。；;:：]{1,12})[”\"」][\s\u3000]*(?:是|一词|一詞|这个词|這個詞|指|意为|意為|[,，])")


def sense_label_entries(found: list[Found], text: str) -> list[Found]:
    """The entries with sense labels given the page's headword and usage labels beside them dropped (module
    docstring); ``found`` unchanged when no entry's term is a sense label."""
    if not any(_is_sense_label(f.term) for f in found):
        return found
    headword = _page_headword(text)
    first_sense = min(f.start for f in found if _is_sense_label(f.term))
    if headword is not None:  # (no opening word: the senses stay dropped, as a label is no term)
        headword = _headword_line_above(text, first_sense, headword) or headword
    out = []
    for entry in found:
        if _is_sense_label(entry.term):
            word = headword if headword is not None else numbered_headword_above(text, entry.start)
            if word is not None:
                out.append(replace(entry, term=word))
        elif not _USAGE_LABEL.fullmatch(entry.term.strip(" \t\u3000")):
            out.append(entry)
    return out


def _is_sense_label(term: str) -> bool:
    core = term.strip(" \t\u3000")
    return bool(_SENSE_LABEL.fullmatch(core) and _SENSE_KIND.fullmatch(core))


# A line holding only a word (内卷, “内卷”): a headword line.
_WORD_LINE = re.compile(r"[\s\u3000]*[“\"「]?(?P<word>[\u4e00-\u9fff]{2,12})[”\"」]?[\s\u3000]*")


def _headword_line_above(text: str, at: int, headword: str | None) -> str | None:
    """The word of the nearest headword line above offset ``at``, below the paragraph opening with ``headword`` (or the
    page's start), when the page names it three times at least and it is no sense label; None otherwise."""
    for line in reversed(text[:at].split("\n")[:-1]):
        if headword is not None and _HEADWORD.match(line) and _HEADWORD.match(line).group("word") == headword:
            return None
        match = _WORD_LINE.fullmatch(line)
        if match is not None and not _is_sense_label(match.group("word")):
            word = match.group("word")
            return word if word != headword and text.count(word) >= 3 else None
    return None


def _page_headword(text: str) -> str | None:
    """The quoted word opening the page's first paragraph that opens with one, named three times at least."""
    for line in text.split("\n")[:40]:
        match = _HEADWORD.match(line)
        if match is not None:
            word = match.group("word")
            return word if text.count(word) >= 3 else None
    return None


# A numbered line holding only a word (1.矿难, 二、内卷, 3、“躺平”): the headword of the block below it.
_NUMBERED_WORD_LINE = re.compile(rf"[\s\u3000]*{ITEM_NUMBER}" + _WORD_LINE.pattern)
# A sense label opening a paragraph (本意:…, 新意:…): one of the block's senses, passed over on the way up.
_SENSE_PARAGRAPH = re.compile(r"[\s\u3000]*(?P<label>[^\s\u3000:：,，。]{1,6})[\s\u3000]*[:：]")
# How many lines above a sense its numbered headword line may stand.
_LINES_UP = 12


def numbered_headword_above(text: str, at: int) -> str | None:
    """The word of the numbered headword line a sense stands under (``1.矿难`` / ``本意:指在采矿过程中发生的事故,…`` /
    ``新意:…``, P571: a list of words, each with its senses labelled), passing over blank lines and the block's other
    labelled senses; None when another line comes first or the word is not named again below its line. A page without a
    quoted headword keeps its senses this way when each block names its word on a numbered line."""
    begin = text.rfind("\n", 0, at)  # (only the lines just above are read: the look back is bounded)
    for _ in range(_LINES_UP):
        if begin <= 0:
            break
        begin = text.rfind("\n", 0, begin)
    lines = text[begin + 1 : at].split("\n")[:-1]
    for line in reversed(lines):
        if not line.strip(" \t\u3000\r"):
            continue
        label = _SENSE_PARAGRAPH.match(line)
        if label is not None and _is_sense_label(label.group("label")):
            continue
        match = _NUMBERED_WORD_LINE.fullmatch(line.rstrip("\r"))
        if match is None:
            return None
        word = match.group("word")
        return word if text.find(word, at) >= 0 or text.count(word) >= 3 else None
    return None
