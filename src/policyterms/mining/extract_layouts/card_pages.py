"""A one-card page: a glossary's or an encyclopedia's card served alone, its headword line over one paragraph.

An official glossary or encyclopedia serves each card on a page of its own: the headword on a line, perhaps its
English name under a label (``英文詞彙`` / ``Bureau of Labor Insurance``), then one paragraph saying what the thing is —
often with no defining verb at all: a verbless genus (``澳門社會事務暨預算政務司轄下的一般機關。…``), the purpose of a
service (``這項社會服務的目的在於:…``), a decree's date and aim (``澳門政府1989年2月20日頒佈。旨在…``), a body's
history (``我國勞工保險制度於民國39年初創時,…``). The card's paragraph is its explanation of the headword, taken whole
(274, 300, 314, 360 of four sets label it so).

The page must be nothing else: above the headword only furniture (a skip link, a line of marks such as an image's
empty link ``![]() |`` or a table bar ``|``), between it and the paragraph only blank lines and an English name with its
label, after the paragraph at most a few short lines without a sentence (``相關詞彙`` / ``勞動部``), and the paragraph
finished by a stop. A news item (a title, a dateline, several paragraphs), a page of two paragraphs or a paragraph under
no headword gives nothing here; and the card is read only when no other layout found anything on the page.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import HAN, MARKS_ONLY, Found, _FINISHED, _L, _SPACE, _is_furniture

# A label over the headword's English name (英文詞彙, 英文名稱, 英文).
_ENGLISH_LABEL = re.compile(r"英[文语語](?:[词詞][汇彙]|名[称稱]?|[全简簡][称稱])?[\s\u3000]*[:：]?")
# A sentence stop, a comma or a table cell's bar: a headword line has none, nor has a short line after the card.
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;：:|｜]")
# A heading's word announcing an introduction after the term (抽水蓄能電站介紹): no part of the term the paragraph restates.
_INTRODUCTION = re.compile(r"(?:介[绍紹]|[简簡]介|概[况況述])$")
_HEADWORD_MAX = 40
_TAIL_LINES = 3  # short lines after the paragraph (a related-terms label and its items)
_TAIL_LENGTH = 10
_PARAGRAPH_MIN = 30  # a card's paragraph is running text, not a caption


def card_page(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entry of a one-card page (module docstring): the headword line's term, the paragraph under it whole.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = _lines("學校社會工作\\n\\n  這項社會服務的目的在於:幫助兒童適應學校生活,改善行為及提高學習能力,改善人際關係及其家庭生活。")
    >>> [(f.term, f.definition[:12]) for _, f in card_page(page, [True] * len(page))]
    [('學校社會工作', '這項社會服務的目的在於:')]
    >>> page = _lines("學校社會工作\\n2013年11月22日\\n  這項社會服務的目的在於:幫助兒童適應學校生活,改善行為及提高學習能力,改善人際關係。")
    >>> card_page(page, [True] * len(page))
    []
    """
    text = [line for line in lines if not line.blank]
    if not all(free[line.index] for line in text):
        return []
    k = 0
    while k < len(text) and (MARKS_ONLY.fullmatch(text[k].clean.strip(_SPACE)) or _is_furniture(text[k].clean.strip(_SPACE))):
        k += 1
    if k >= len(text):
        return []
    head = text[k]
    term = head.clean.strip(_SPACE)
    if len(term) > _HEADWORD_MAX or not HAN.search(term) or _SENTENCE_MARK.search(term):
        return []
    k += 1
    if k + 1 < len(text) and _ENGLISH_LABEL.fullmatch(text[k].clean.strip(_SPACE)) and not HAN.search(text[k + 1].clean):
        k += 2  # 英文詞彙 / Bureau of Labor Insurance: the headword's English name, no part of the card's gloss
    if k >= len(text):
        return []
    para = text[k]
    body = para.clean.strip(_SPACE)
    if len(body) < _PARAGRAPH_MIN or not HAN.match(body) or not _FINISHED.search(body):
        return []
    tail = text[k + 1 :]
    if len(tail) > _TAIL_LINES or any(len(t.clean.strip(_SPACE)) > _TAIL_LENGTH or _SENTENCE_MARK.search(t.clean) for t in tail):
        return []
    if "|" in para.raw or "｜" in para.raw:
        return []  # a table row, no card's paragraph
    raw_term = head.raw.strip(_SPACE)
    restated = _INTRODUCTION.sub("", term)
    if body.startswith(restated):
        # 抽水蓄能電站介紹 / 抽水蓄能電站利用…的水電站。: the paragraph restates the term (the heading less its 介紹), its
        # verbless gloss opening after it (P1091); a marker there was the lead reader's to read
        if len(restated) < 2 or not HAN.match(body, len(restated)):
            return []
        return [([head.index, para.index], _entry(para, len(restated), restated))]
    if body[:2] == term[:2]:
        return []  # 抽水蓄能工程 / 抽水蓄能電站是…: another name of the thing, the lead reader's
    return [([head.index, para.index], _entry(para, 0, raw_term))]


def _entry(para: _L, skip: int, term: str) -> Found:
    """The card's entry: ``term``, the paragraph's text from ``skip`` characters past its indentation to its end."""
    raw = para.raw.rstrip(_SPACE)
    indent = len(raw) - len(raw.lstrip(_SPACE))
    at = indent
    seen = 0
    while seen < skip and at < len(raw):  # (the paragraph's clean text has the converter's pinyin out: count past it)
        if raw[at] == "(" and re.match(r"\([a-zà-ǜ]{1,7}\)", raw[at:]):
            at = raw.index(")", at) + 1
            continue
        at += 1
        seen += 1
    definition = raw[at:]
    return Found(term, definition, raw[indent:], para.index + 1, para.start + indent, para.start + len(raw))
