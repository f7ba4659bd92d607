"""Headword lines under a defined term that are its aspects, not terms of their own.

An answer or explainer page defines one term in prose (``淨零轉型指的是…``) and then goes through its aspects under short
bold or plain headings (``1. **政府與民間合作**`` / ``台灣政府強調,…是實現淨零轉型的核心原則。``; ``全域覆盖与分类管控`` /
``用途管制涵盖陆域、海域…``). Each heading and its paragraph look like a glossary's headword line and explanation, but the
paragraph talks about the page's term — it names it — and never about the heading's words: the heading names a part or a
theme of that term, not a term the page defines. A glossary's own headword line is explained by a paragraph about that
headword (it names it, or glosses it without naming anything else the page defined)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policyterms.mining.extract_layouts.common import OPENS_WITH_MARKER, Found
from policyterms.mining.extract_layouts.headword_lines import _unquoted

if TYPE_CHECKING:
    from policyterms.mining.appendix import ExtractedEntry

# An explanation opening with an anaphor for its heading (該類型中,…, 这类…, 此种…): about the heading, whatever it names.
_ANAPHOR = re.compile(r"[\s\u3000]*(?:该|該|此|这|這|本)(?:类|類|种|種|项|項|型|个|個)?")


def _names(definition: str, term: str, quote: str = "") -> bool:
    """Whether ``definition`` names ``term`` (quotes and pinyin ignored), or, for a coordinated heading
    (``全域覆盖与分类管控``), one of its members."""
    core = _unquoted(term)
    text = _unquoted(definition)
    if _ANAPHOR.match(_unquoted(quote)) or _ANAPHOR.match(text):
        return True  # 優勢互補型 / 該類型中,飛入地和飛出地…: a kind of the term above, named by an anaphor (P1053)
    if len(core) >= 2 and core in text:
        return True
    for joint in ("与", "與", "和", "及"):
        if joint in core:
            return any(len(part) >= 2 and part in text for part in core.split(joint))
    return False


# The opening of an explanation that may be the subject several explanations share: Han characters up to the first
# punctuation (珠海的四大主导产业包括… opens with 珠海的四大主导产业包括…; the shared part is cut from it below).
_OPENING = re.compile(r"[\u4e00-\u9fff]{2,}")
# Openings no subject is made of: markers and anaphors (是指…, 该指标…), a time or a source (近年来, 根据…, 随着…).
_NO_SUBJECT = re.compile(r"(?:是|指|即|系|係|为|為|该|該|此|这|這|本|其|它|在|从|從|根据|根據|随着|隨著|近年|目前|通过|通過|作为|作為)")


def shared_subject(blocks: list[Found], headings: list[str] | None = None) -> str:
    """The subject at least three explanations open with, none of their headings naming it and a heading line above them
    naming it (``headings``, the page's short lines above the first of them; not checked when None) (an explainer's outline of one
    topic: ``1. 起源背景`` / ``农村互助养老幸福院起源于…``, ``1. 互助模式`` / ``农村互助养老幸福院采用互助模式,…``,
    ``3. 运营管理`` / ``农村互助养老幸福院由政府、…``, P1759; ``2. 主导产业`` / ``珠海的四大主导产业包括…``, ``2. 探索创新`` /
    ``珠海积极探索…``, P1734): the longest opening of two characters or more they share; "" when there is none. A heading
    naming the subject (``一、农村互助养老幸福院的起源与发展``, ``一、珠海产业概况``) tells a topic from a shared opening that
    is only a glossary's habit (``於統計標準日…``, ``确保…``, ``含義:…``).

    >>> b = lambda t, d: Found(t, d, d, 1, 0, 0)
    >>> shared_subject([b("起源背景", "农村互助养老幸福院起源于我国农村地区。"), b("互助模式", "农村互助养老幸福院采用互助模式。"),
    ...                 b("运营管理", "农村互助养老幸福院由政府、社会组织和村民共同参与运营管理。")])
    '农村互助养老幸福院'
    >>> shared_subject([b("城镇居民人均可支配收入", "城镇居民人均可支配收入是指…。"), b("城镇居民消费支出", "城镇居民消费支出指…。"),
    ...                 b("城镇居民储蓄", "城镇居民储蓄是指…。")])
    ''
    """
    openings = []
    for block in blocks:
        match = _OPENING.match(_unquoted(block.definition))
        # (a label before a colon, 含義:指…, is no subject)
        openings.append(match.group() if match and not _unquoted(block.definition)[match.end():].startswith((":", "：")) else "")
    best = ""
    for k, opening in enumerate(openings):
        for size in range(len(opening), 1, -1):
            subject = opening[:size]
            if size <= len(best) or _NO_SUBJECT.match(subject) or OPENS_WITH_MARKER.match(subject):
                continue
            sharing = [b for b, o in zip(blocks, openings) if o.startswith(subject)]
            if (
                len(sharing) >= 3 and not any(subject in _unquoted(b.term) for b in blocks)
                and (headings is None or any(subject in h for h in headings[: min(b.line for b in sharing) - 1]))
            ):
                best = subject
                break
    return best


def aspects_of_defined_term(blocks: list[Found], earlier: list[Found], headings: list[str] | None = None) -> list[Found]:
    """The headword-line ``blocks`` less those whose explanation names a term ``earlier`` entries (a prose definition
    above on the page) defined, while naming nothing of its own heading, or whose heading is that term's part
    (``X的基本内容``, which alone is enough): otherwise at least two blocks so read, as an
    explainer's aspects come in a row (P1571's four numbered aspects of 淨零轉型). ``headings`` holds, per line of the page, its
    text when it is a short heading line and "" otherwise (see :func:`shared_subject`)."""
    defined = [(term, e.start) for e in earlier if len(term := _unquoted(e.term)) >= 2]
    subject = shared_subject(blocks, headings if headings is not None else [])

    def about_subject(block: Found) -> bool:
        """An explanation about the subject several explanations open with, not opening with its heading nor as a
        definition (``2. 主导产业`` / ``珠海的四大主导产业包括…``; ``1. 经济增长`` / ``根据珠海市…统计公报,…``): a point of the
        topic the page outlines."""
        text = _unquoted(block.definition)
        heading = _unquoted(block.term)
        return (
            bool(subject) and subject in text and not text.startswith(heading)
            and not OPENS_WITH_MARKER.match(text) and not _ANAPHOR.match(text)
        )

    def aspect(block: Found) -> int:
        """2: a part of a term defined above, alone enough; 1: an aspect, if another block is one too; 0: a headword."""
        above = [d for d, start in defined if start < block.start]
        heading = _unquoted(block.term)
        if any(heading.startswith(d + "的") for d in above):
            return 2  # 被征地养老保险的基本内容 / 包括两个方面:…: a part of the term defined above (P1608), alone enough
        if about_subject(block):
            return 2  # 1. 互助模式 / 农村互助养老幸福院采用互助模式,…: a point of the page's one topic (P1759, P1734)
        return int(
            any(d in _unquoted(block.definition) and d not in heading for d in above)
            and not _names(block.definition, block.term, block.quote)
        )

    marked = [aspect(b) for b in blocks]
    if sum(bool(m) for m in marked) < 2:
        return [b for b, m in zip(blocks, marked) if m < 2]
    return [b for b, m in zip(blocks, marked) if not m]


# A term naming an aspect of another term the page defines (诈骗的主要形式包括熟人、中介、…, P2852, a Q&A site's answer, below
# 诈骗指的是…; X的类型有…, X的特点是…, X的危害包括…): its forms, kinds, features, causes, harms or means are said of that term,
# the golds leaving them out as they leave aspect headings under a defined term. Only where the words before 的 are a term the
# page itself defines, and the gloss does not open with a defining marker (X的类型是指… defines a word of its own).
_ASPECT_OF = re.compile(
    r"(?P<whole>.{2,20}?)的(?:主要|常见|常見|基本|几种|幾種|各种|各種)?"
    r"(?:形式|类型|類型|种类|種類|特点|特點|特征|特徵|原因|危害|手段|方式|方法|表现|表現|后果|後果|途径|途徑|特性)"
)
# A defining marker opening the gloss (X的类型是指…: a word of its own defined, no aspect).
_DEFINING_OPENING = re.compile(r"[\s\u3000]*(?:是指|系指|係指|指的是|指|即|意为|意為)")


def aspect_terms_dropped(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """``entries`` without those whose term is an aspect of another entry's term (:data:`_ASPECT_OF`): ``诈骗的主要形式``
    beside ``诈骗``."""
    defined = {_unquoted(e.term) for e in entries}
    kept = []
    for e in entries:
        aspect = _ASPECT_OF.fullmatch(_unquoted(e.term))
        if aspect and aspect.group("whole") in defined and not _DEFINING_OPENING.match(e.definition):
            continue
        kept.append(e)
    return kept
