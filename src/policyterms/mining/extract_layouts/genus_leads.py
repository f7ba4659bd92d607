"""Where a definition opens after a status or genus lead: ``“豬周期”是農業經濟中一個常見的現象,主要指生豬養殖業中價格波動的
周期性規律`` places the word (a common phenomenon of farm economics) before a second, narrower marker that says what it is;
``专利权质押融资是知识经济时代新兴的一种融资方式,它是指…``, ``社区矫正是与监禁矫正相对的行刑方式,是指…`` and
``贡献度是宏观经济分析中经常使用的概念,是某一指标的…`` do the same. Press explainers and encyclopedia copies write their
lead sentence so, and their golds (P2084, P2087, P2137, P2138, P2146) open the definition at the second marker, leaving the
lead out as they leave out an alias or a frame before the marker.

The lead is one clause of 是 (no comma inside) ending on a noun of kind (现象, 方式, 概念, 类型 …) or on 而言的 (``是相对于…
而言的,指…``); the second marker is a narrower one: 是指, a marker with its adverb (主要指, 一般是指), a marker after 它, or a
bare 是 after a lead ending on 概念 (a concept is placed, then stated). A bare 指 or 指的是 right after the lead's comma
(``“省直管县”是…的一种改革模式,指的是…``, ``“三通一平”是一個中國大陸的術語,指的是…``, ``价格双轨制是…,指…``) leaves the
definition whole: the golds of the earlier sets (P1064, P1076, P1271) keep the lead there, and the apposed genus rule
(``飞地,一种…现象,指…``) reads the same way. A lead without a kind noun (``是一项重大的国情国力调查,与…组成…``) or a second
clause of another verb (``是…的方式,能够…``) leaves the definition whole: it is a predicate chain, not a lead."""

from __future__ import annotations

import re

__all__ = ["past_genus_lead"]

# The adverbs that narrow a second marker (主要指: mainly means).
_ADVERBS = ("主要", "一般", "通常")

# The nouns of kind a lead places the term under (a phenomenon, a way, a concept, a type, a model, a mechanism …), or the
# relative standing 相对于…而言的 / 与…相对的.
_KIND = r"(?:现象|現象|方式|概念|类型|類型|模式|形式|机制|機制|手段|制度|方法|行为|行為|活动|活動|术语|術語|名词|名詞)"
_LEAD = re.compile(
    r"是(?![指否不])(?P<lead>[^,，。；;:：!！?？]{3,40}?(?:" + _KIND + r"|而言的|相对的|相對的))"
    r"[,，][\s\u3000]*(?P<it>它[\s\u3000]*)?"
    r"(?P<marker>(?:主要|一般|通常)?(?:是指|指的是|指)|是(?![否不]))"
)


def past_genus_lead(definition: str) -> str:
    """``definition`` from its second marker when it opens with a status or genus lead (``是…一個常見的現象,主要指…`` →
    ``主要指…``), or whole.

    >>> past_genus_lead("是農業經濟中一個常見的現象,主要指生豬養殖業中價格波動的周期性規律。")
    '主要指生豬養殖業中價格波動的周期性規律。'
    >>> past_genus_lead("是知识经济时代新兴的一种融资方式,它是指企业或个人以专利权作为质押物进行担保的融资行为。")
    '是指企业或个人以专利权作为质押物进行担保的融资行为。'
    >>> past_genus_lead("是一种没有固定到期日的债券,银行发行它主要是补充资本金。")
    '是一种没有固定到期日的债券,银行发行它主要是补充资本金。'
    """
    lead = _LEAD.match(definition)
    if lead is None:
        return definition
    marker = lead.group("marker")
    if marker == "是":
        narrower = lead.group("lead").endswith("概念")  # (是…的方式,是…的手段: a chain of predicates, the first one the definition)
    else:
        narrower = bool(lead.group("it")) or marker.startswith(_ADVERBS) or marker == "是指"
    return definition[lead.start("marker") :] if narrower else definition
