"""A term glossed, then named again with another name and ranked: ``外匯指個人及企業如何將一種貨幣兌換為另一種貨幣。`` /
``外匯又稱國際匯兌、貨幣市場,是世界上最大的金融市場。平均每天…`` (P2484, a broker's lesson; both golds count one entry). The
second paragraph opens with the term's other names and then a superlative standing (是世界上最大的…, 是全球最活躍的…): where the
term stands among its kind, not a second gloss of a term the page has just glossed. Alone on a page (no earlier gloss of the
same term) the alias paragraph is still read as before."""

from __future__ import annotations

import re

__all__ = ["ranked_restatements_dropped"]

# Another name (or names) opening the definition, then 是 and a superlative, a place's or a field's scope before it if any.
_RANKED_ALIAS = re.compile(
    r"[\s\u3000]*(?:又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|简称|簡稱)[^。；;!！?？]{1,40}?[,，][\s\u3000]*(?:也|更|还|還)?是"
    r"(?:[^,，。；;]{0,8}?(?:上|内|內|中|之))?[\s\u3000]*最(?:大|重要|主要|活跃|活躍|早|古老|常见|常見)"
)


def ranked_restatements_dropped(entries: list) -> list:
    """``entries`` without an alias-opened ranking (:data:`_RANKED_ALIAS`) of a term an earlier entry already glosses.

    >>> from types import SimpleNamespace as E
    >>> es = [E(term="外匯", definition="指個人及企業如何將一種貨幣兌換為另一種貨幣。"),
    ...       E(term="外匯", definition="又稱國際匯兌、貨幣市場,是世界上最大的金融市場。")]
    >>> [e.definition[:2] for e in ranked_restatements_dropped(es)]
    ['指個']
    >>> len(ranked_restatements_dropped(es[1:]))
    1
    """
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.term in seen and _RANKED_ALIAS.match(e.definition):
            continue
        seen.add(e.term)
        out.append(e)
    return out
