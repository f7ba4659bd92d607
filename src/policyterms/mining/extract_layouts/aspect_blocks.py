"""Headword lines under a defined term that are its aspects, not terms of their own.

An answer or explainer page defines one term in prose (``淨零轉型指的是…``) and then goes through its aspects under short
bold or plain headings (``1. **政府與民間合作**`` / ``台灣政府強調,…是實現淨零轉型的核心原則。``; ``全域覆盖与分类管控`` /
``用途管制涵盖陆域、海域…``). Each heading and its paragraph look like a glossary's headword line and explanation, but the
paragraph talks about the page's term — it names it — and never about the heading's words: the heading names a part or a
theme of that term, not a term the page defines. A glossary's own headword line is explained by a paragraph about that
headword (it names it, or glosses it without naming anything else the page defined)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found
from policyterms.mining.extract_layouts.headword_lines import _unquoted

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


def aspects_of_defined_term(blocks: list[Found], earlier: list[Found]) -> list[Found]:
    """The headword-line ``blocks`` less those whose explanation names a term ``earlier`` entries (a prose definition
    above on the page) defined, while naming nothing of its own heading, or whose heading is that term's part
    (``X的基本内容``, which alone is enough): otherwise at least two blocks so read, as an
    explainer's aspects come in a row (P1571's four numbered aspects of 淨零轉型)."""
    defined = [(term, e.start) for e in earlier if len(term := _unquoted(e.term)) >= 2]

    def aspect(block: Found) -> int:
        """2: a part of a term defined above, alone enough; 1: an aspect, if another block is one too; 0: a headword."""
        above = [d for d, start in defined if start < block.start]
        heading = _unquoted(block.term)
        if any(heading.startswith(d + "的") for d in above):
            return 2  # 被征地养老保险的基本内容 / 包括两个方面:…: a part of the term defined above (P1608), alone enough
        return int(
            any(d in _unquoted(block.definition) and d not in heading for d in above)
            and not _names(block.definition, block.term, block.quote)
        )

    marked = [aspect(b) for b in blocks]
    if sum(bool(m) for m in marked) < 2:
        return [b for b, m in zip(blocks, marked) if m < 2]
    return [b for b, m in zip(blocks, marked) if not m]
