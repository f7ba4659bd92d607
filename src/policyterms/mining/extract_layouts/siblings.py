"""Run-in definitions of sibling terms: ``政策解读是指…的过程。法规解读则是对…。`` — a second term of the same kind
as the one just defined (its head word the same: 政策解读 / 法规解读), set against it with ``则是``/``则指`` in the next
sentence, is an entry of its own; its definition opens at the marker, the connective 则 left out."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _SPACE, DEFINING_ZHI, FIRST_CLAUSE, Found, _good_term
from policyterms.mining.extract_layouts.topics import _role, _weighs

# A sentence opening with a bare term (no quotation marks, brackets or punctuation: those have rules of their own),
# 则 and a marker (则是, 则是指, 则指). A connective 而 before the term is no part of it (…的生产能力。而新质生产力则是…).
_THEN_DEFINED = re.compile(rf"[\s\u3000]*而?(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》]{{3,12}}?)[\s\u3000]*[则則](?P<marker>是指|是(?![否在不因为為由])|{DEFINING_ZHI})")


def sibling_then_defined(sentence: str, defined: str) -> tuple[str, int] | None:
    """``(term, offset of its marker in sentence)`` when ``sentence`` opens with a term sharing its head word (the last two
    characters) with ``defined`` — the term the sentence just before defined — and then ``则是``/``则指``: a sibling term
    defined in contrast (``政策解读是指…。法规解读则是对…``, P545). None otherwise: a contrast with another kind of thing
    (``耕地是指…。农作物播种面积则是对…的统计``) gives its use, not a definition of a term of the page's list.

    >>> sibling_then_defined("法规解读则是对法律条文进行深入剖析。", "政策解读")
    ('法规解读', 5)
    >>> sibling_then_defined("而新质生产力则是创新起主导作用的先进生产力质态。", "传统生产力")
    ('新质生产力', 7)
    >>> sibling_then_defined("农作物播种面积则是对农作物播种实际发生情况的统计。", "耕地") is None
    True
    >>> sibling_then_defined("第二产业增加值则是拉动增长的主要力量。", "第一产业增加值") is None
    True
    >>> sibling_then_defined("转移净收入则是占比最小的一项。", "财产净收入") is None
    True
    """
    match = _THEN_DEFINED.match(sentence)
    if match is None:
        return None
    term = match.group("term")
    head = strip_pinyin(defined).strip(_SPACE + "“”「」\"")[-2:]
    if len(head) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", head) or not term.endswith(head):
        return None
    if strip_pinyin(term) == strip_pinyin(defined).strip(_SPACE + "“”「」\"") or not _good_term(term):
        return None
    predicate = sentence[match.end("marker") :]
    if _ANOTHER.match(predicate) or _role(predicate) or _weighs(predicate, strip_pinyin(term)[-2:]):
        return None  # 第二产业增加值则是拉动增长的主要力量; 农村人口则是另一个口径的数字: its standing, a contrast
    if _RANKED.search(FIRST_CLAUSE.match(predicate).group()):
        return None  # 转移净收入则是占比最小的一项: its rank among the parts, no definition
    return term, match.start("marker")


# A first clause ranking the term among its kind (则是占比最小的一项, 则是增长最快的一类): its standing, no definition.
_RANKED = re.compile(r"最(?:大|小|高|低|快|慢|多|少)的?(?:一)?(?:项|項|个|個|部分|块|塊|类|類|种|種)$")
# A predicate opening with 'another' (则是另一个…, 则是另外一回事): a contrast, no definition.
_ANOTHER = re.compile(r"[\s\u3000]*(?:另一|另外|另)")


# A sentence opening with a kind of the defined term (its name ending in the term: 個別企業的公私合營 of 公私合營), a comma
# and a marker of its own: the kind's run-in gloss set apart. (Without the comma a yearbook's entry goes on over its kinds,
# ``给付 包括死伤医疗给付和满期给付。死伤医疗给付是指…``, which its gold keeps.)
_KIND_GLOSSED = re.compile(r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》]{3,24}?)[\s\u3000]*[,，][\s\u3000]*(?:是指|是(?![否不因为為由])|指(?!出))")


def ends_before_named_kind(entry: Found) -> Found:
    """``entry`` ending before a later sentence of its definition that glosses one of the kinds the definition named:
    ``“公私合營”是指…。大體上經過個別企業的公私合營和全行業公私合營兩個階段。個別企業的公私合營,是在私營企業中增加公股,…``
    (P1272) — the kind's own gloss, run on by the layout, is no part of the term's definition. The kind is named in the
    definition before that sentence and its name ends in the defined term (a sibling of another head is another rule's).

    >>> from policyterms.mining.extract_layouts.common import Found
    >>> d = "是指…的改造。經過個別企業的公私合營和全行業公私合營兩個階段。個別企業的公私合營,是在私營企業中增加公股。"
    >>> ends_before_named_kind(Found("“公私合營”", d, "所謂“公私合營”," + d, 1, 0, 9 + len(d))).definition
    '是指…的改造。經過個別企業的公私合營和全行業公私合營兩個階段。'
    >>> d = "是指…的改造。公私合營是社会主义改造的一种形式。"
    >>> ends_before_named_kind(Found("公私合營", d, d, 1, 0, len(d))).definition == d
    True
    """
    core = strip_pinyin(entry.term).strip(_SPACE + "“”「」『』\"")
    definition = entry.definition
    if len(core) < 2 or not entry.quote.endswith(definition):
        return entry
    for stop in re.finditer(r"[。！？!?]", definition):
        k = stop.end()
        match = _KIND_GLOSSED.match(strip_pinyin(definition[k : k + 120]))
        if match is None:
            continue
        kind = match.group("term")
        if kind != core and kind.endswith(core) and kind in strip_pinyin(definition[:k]):
            cut = len(definition) - k
            return Found(entry.term, definition[:k], entry.quote[:-cut], entry.line, entry.start, entry.end - cut)
    return entry
