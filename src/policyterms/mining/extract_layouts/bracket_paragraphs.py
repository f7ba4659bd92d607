"""A dictionary entry's paragraph opening with its bracketed headword run into the marker (``【黨費】指…``, P563).

A reference book's entry, copied onto a news or spam page, opens its paragraph with the headword in black lenticular
brackets and the definition right after (``【黨費】指黨員向黨組織交納的…經費。交納黨費是…。黨章規定:“…。”…``). A yearbook's
runs of such paragraphs are read by the spaced pass (161, 183: two headwords at least); one alone is read here, on the
lines no other pass read: the term without its brackets (as P539's and 183's golds), the definition from a strong
marker (是指, 指, 系指; not 即, which opens a news item's 即日起 as often) to the end of the paragraph, which must finish a sentence. A bracketed label (``【注】``,
``【释义】``, ``【编辑】``), a column tag before a title (``【《黨的建設辭典》辭條】黨費``) and a bracket followed by no marker
(``【记者】指出…``, ``【要闻】即日起…``, ``【提醒】指纹…``) and a notice's tag (``【温馨提示】``, ``【本报讯】``,
``common.NOTICE_TAG``) give nothing.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import (
    DEFINING_ZHI,
    NOTICE_TAG,
    Found,
    _FINISHED,
    _L,
    _LABELS,
    _SPACE,
    _good_term,
    _is_furniture,
    _page_furniture_term,
)
from policyterms.text.fold import strip_pinyin

_BRACKETED = re.compile(
    rf"[\s\u3000]*【(?P<term>[^【】\s\u3000，,。；;:：!！?？|｜《》“”「」]{{2,25}})】[\s\u3000]*"
    rf"(?P<definition>(?:是指(?![导導挥揮])|系指|係指|{DEFINING_ZHI}(?![纹紋]))\S.*)"
)


# A dictionary's label in brackets (【意思解释】指…, 【释义】, 【基本解释】): the headword is on another line.
_DICTIONARY_LABEL = re.compile(r"(?:解释|解釋|释义|釋義|含义|含義|定义|定義|意思|词义|詞義|注释|注釋|注解|例句|出处|出處)$")


def bracketed_paragraphs(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Each free line opening with a bracketed headword run into a strong marker (module docstring) as an entry."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _BRACKETED.match(line.raw)
        if match is None:
            continue
        term = strip_pinyin(match.group("term")).strip(_SPACE)
        definition = match.group("definition").rstrip(_SPACE)
        if not _good_term(term) or _LABELS.match(term) or NOTICE_TAG.fullmatch(term) or _DICTIONARY_LABEL.search(term) or _page_furniture_term(term) or _is_furniture(term):
            continue
        if not _FINISHED.search(strip_pinyin(definition)):
            continue  # the page cuts it
        start = line.start + match.start("term") - 1
        end = line.start + match.start("definition") + len(definition)
        quote = line.raw[match.start("term") - 1 : match.start("definition") + len(definition)]
        out.append((line.index, Found(match.group("term"), definition, quote, line.index + 1, start, end)))
    return out
