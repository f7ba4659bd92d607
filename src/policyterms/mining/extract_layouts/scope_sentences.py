"""A defined term's scope sentence right after its definition: ``所謂「環境影響評估」係指…,並公開說明及審查。環境影響評估工作
包括第一階段、第二階段環境影響評估及審查、追縱考核等程序。`` (P2694, a Taiwan education site's card on the EIA Act). The next
sentence names the term just defined with a generic noun after it (工作, 程序, 制度, 範圍: the work, the procedure, the system, the
scope of the thing) and lists what that holds with 包括: it says what the defined thing takes in, a note on the same subject —
no definition of a new word ``環境影響評估工作``. The golds of such pages read it as the definition's run-over or as a scope
note, never as an entry; the entry is dropped, the definition before it left as the extent rules end it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policyterms.mining.appendix import ExtractedEntry

__all__ = ["scope_sentences_dropped"]

# The generic noun after the defined term (the thing's work, procedure, system, scope or items) and the verb listing its parts.
_SCOPE_NOUN = re.compile(r"(?:的|之)?(?:工作|程序|制度|範圍|范围|項目|项目|內容|内容)")
_LISTS = ("包括", "包含", "涵蓋", "涵盖")
_QUOTES = re.compile(r"[“”「」『』\"\s\u3000]")


def scope_sentences_dropped(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """``entries`` without an entry on the same line as the one before it whose term is that entry's term and a generic noun
    (``環境影響評估工作``) and whose definition opens with 包括 (see the module docstring)."""
    kept: list[ExtractedEntry] = []
    for e in entries:
        before = kept[-1] if kept else None
        if before is not None and before.line == e.line and e.definition.startswith(_LISTS):
            head = _QUOTES.sub("", before.term)
            term = _QUOTES.sub("", e.term)
            if len(head) >= 2 and term.startswith(head) and _SCOPE_NOUN.fullmatch(term[len(head) :]):
                continue
        kept.append(e)
    return kept
