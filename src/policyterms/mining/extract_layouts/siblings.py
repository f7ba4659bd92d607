"""Run-in definitions of sibling terms: ``政策解读是指…的过程。法规解读则是对…。`` — a second term of the same kind
as the one just defined (its head word the same: 政策解读 / 法规解读), set against it with ``则是``/``则指`` in the next
sentence, is an entry of its own; its definition opens at the marker, the connective 则 left out."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _SPACE, DEFINING_ZHI, FIRST_CLAUSE, STRONG_WORDS, Found, _good_term
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


# A sentence opening with a bare word and a strong marker of its own (家戶係指民眾居住處,…。): inside an item's definition,
# the gloss of a word the item named (指由家戶、公共場所及其他產生源所產生…), set after it as a note gives it.
_NAMED_WORD_GLOSSED = re.compile(rf"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》]{{2,8}}?)[\s\u3000]*(?P<marker>{STRONG_WORDS})")
# Or a word the sentence announces with 所謂 and glosses with a marker (指聲音強度單位,…。所謂零分貝,乃指健康耳朵…, 699's
# noise glossary): 所謂 says a term is being defined, so the word need not be named in the sentence before.
_SO_CALLED_GLOSSED = re.compile(
    rf"[\s\u3000]*(?:所谓|所謂)(?P<term>[^\s\u3000,，。；;:：、“”「」『』\"()（）《》]{{2,8}}?)[,，]?[\s\u3000]*(?P<marker>乃指|{STRONG_WORDS})"
)
# A definition listing kinds (给付 包括死伤医疗给付和满期给付。死伤医疗给付是指…, 52; 是指资产减去负债的差额,包括事业基金、…。
# 事业基金是指…): the kinds glossed in turn are its own explanation, which a yearbook's gold keeps whole.
_LISTS_KINDS = re.compile(r"包括|包含|分为|分為")
# Sentences giving examples of other words the item named (公共場所如社區、公園…。其他產生源如學校…。, 476): no gloss, they
# close neither the word's gloss nor the item's.
_SENTENCE_STOP = re.compile(r"[。！？!?]")
_POINTING = re.compile(r"[本此該该這这上以所其前後后]")
# A sentence on the item or its table after the glosses (本項包括…, 上述…): it closes the last word's gloss, no part of it.
_ITEM_REMARK = re.compile(r"[。！？!?](?=[\s\u3000]*(?:(?:本|此|該|该)(?:項|项|表|類|类|欄|栏|款)|上述|以上))")
_EXAMPLES = re.compile(r"(?:[\s\u3000]*[^\s\u3000,，。；;:：]{2,8}如[^。！？!?]*[。！？!?])+[\s\u3000]*$")


def split_named_word_gloss(entry: Found) -> list[Found]:
    """``entry`` and the gloss of a word its definition named, when the definition's second sentence glosses that word with
    a strong marker of its own: ``1.一般垃圾:指由家戶、公共場所…之一般廢棄物,…。家戶係指民眾居住處,…收受者。公共場所如…。`` (476),
    as 183's gold reads ``【农业机械总动力】是指全部农业机械的额定功率之和。农业机械是指用于…的机械及设备。农机总动力按…`` — the item ends
    after its first sentence, and the word is an entry of its own up to the definition's end, example sentences closing it
    (``公共場所如…``) left out; a later sentence glossing another word (``公共場所係指…``, ``無酬家屬工作者係指…``) ends that gloss
    and is an entry of its own in turn. A definition listing kinds (包括…) keeps their glosses; a sentence glossing a word the
    definition never named (a sibling, another term of a run-in list) is another rule's; later sentences are the item's own
    explanation (127's 其他机构, glossed after sentences on the other kinds). A word named among the kinds the first sentence
    lists (``包括死伤医疗给付和满期给付``) is part of the list's explanation, which stays whole.

    >>> from policyterms.mining.extract_layouts.common import Found
    >>> d = "指由家戶及其他產生源所產生之廢棄物。家戶係指民眾居住處,其垃圾由垃圾車清運者。公共場所如公園等。"
    >>> [(f.term, f.definition) for f in split_named_word_gloss(Found("一般垃圾", d, "一般垃圾:" + d, 1, 0, 5 + len(d)))]
    [('一般垃圾', '指由家戶及其他產生源所產生之廢棄物。'), ('家戶', '係指民眾居住處,其垃圾由垃圾車清運者。')]
    >>> d = "指由家戶所產生之廢棄物。資源垃圾係指可回收者。"
    >>> len(split_named_word_gloss(Found("一般垃圾", d, d, 1, 0, len(d))))
    1
    >>> d = "指聲音強度單位,一般人可聽見範圍0-140 dB。所謂零分貝,乃指健康耳朵所能聽見的最小音壓。"
    >>> [(f.term, f.definition) for f in split_named_word_gloss(Found("分貝", d, d, 1, 0, len(d)))][1]
    ('零分貝', '乃指健康耳朵所能聽見的最小音壓。')
    >>> d = "包括死伤医疗给付和满期给付。死伤医疗给付是指…的金额。"
    >>> len(split_named_word_gloss(Found("给付", d, d, 1, 0, len(d))))
    1
    """
    core = strip_pinyin(entry.term).strip(_SPACE + "“”「」『』\"")
    definition = entry.definition
    if not core or not entry.quote.endswith(definition) or not (re.search(STRONG_WORDS, definition) or _SO_CALLED_GLOSSED.search(definition)):
        return [entry]
    stop = _SENTENCE_STOP.search(definition)
    if stop is None:
        return [entry]
    k = stop.end()
    match = _NAMED_WORD_GLOSSED.match(definition, k)
    so_called = _SO_CALLED_GLOSSED.match(definition, k) if match is None else None
    match = match or so_called
    if match is None:
        return [entry]
    word = match.group("term")
    if word == core or word not in definition[:k] and so_called is None or not _good_term(word):
        return [entry]
    kinds = _LISTS_KINDS.search(definition, 0, k)
    if kinds is not None and definition.find(word) >= kinds.start():
        return [entry]  # a kind the definition lists, glossed in turn: its own explanation
    # 家戶係指…。公共場所係指…。: each word glossed in turn after the first (named by the item or a sibling of the word before,
    # 有酬工作係指…。無酬家屬工作者係指…) ends the gloss before it and is an entry of its own; a sentence on the item or the
    # table (本項係指…, 上述…) is none
    glossed = [match]
    for stop in _SENTENCE_STOP.finditer(definition, match.end()):
        after = _NAMED_WORD_GLOSSED.match(definition, stop.end())
        if after and not _POINTING.match(after.group("term")) and after.group("term") not in {core, *(g.group("term") for g in glossed)} and _good_term(after.group("term")):
            glossed.append(after)
    bounds = [g.start("term") for g in glossed[1:]] + [len(definition)]
    remark = _ITEM_REMARK.search(definition, glossed[-1].end())  # …學校係指各級學校。本項包括生廚餘及熟廚餘。: the item's own remark
    bounds[-1] = remark.start() + 1 if remark else bounds[-1]
    base = entry.end - len(definition)  # the document offset of the definition's first character
    named = []
    for g, bound in zip(glossed, bounds):
        examples = _EXAMPLES.search(definition, g.end(), bound)
        end = examples.start() if examples else len(definition[:bound].rstrip(_SPACE))
        if definition[:end].rstrip(_SPACE)[-1:] not in "。！？!?":
            break  # the word's gloss cut by the page: no entry
        gloss = definition[g.start("marker") : end].rstrip(_SPACE)
        quote = definition[g.start("term") : end].rstrip(_SPACE)
        named.append(Found(g.group("term"), gloss, quote, entry.line, base + g.start("term"), base + g.start("term") + len(quote)))
    if not named:
        return [entry]  # the word's gloss cut by the page: the item stays whole
    cut = len(definition) - k
    parent = Found(entry.term, definition[:k], entry.quote[:-cut], entry.line, entry.start, entry.end - cut)
    return [parent, *named]
