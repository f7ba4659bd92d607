"""Items that look like ``X:…`` glosses but say something else of X: examples under a lead-in, and effects.

Explainer and keyword pages list their words as bulleted ``- X:…`` items, and a gloss of that shape is an entry
(:mod:`.notes`). Two kinds of item keep that shape without explaining their label:

* the items under an example lead-in (``…享有相同的权利。例如:`` / ``- 子女入学:租房家庭的孩子可以…`` /
  ``- 社保福利:部分城市开始试点…``, P520): they illustrate the definition above them, their labels are no terms;
* an item whose gloss opens with what the thing did or brought about (``- 绿色能源:推动了能源结构的转型,…``,
  ``- 人工智能:加速了各行各业的智能化进程,…``) or with the circumstances it rose in (``- 绿色能源:随着全球变暖问题日益
  严重,绿色能源成为…的关键。``, P536): a hot-words article's role and effect lines, not what the word means.

Each is dropped after all passes (:func:`policyterms.mining.extract._other_layouts`), so that a reader shown the page's
words in ``annotate`` is never told that 子女入学 means one city's pilot or that 绿色能源 means what it pushed forward.
"""

from __future__ import annotations

import re

from policyterms._lazy import lazy_compile

__all__ = ["example_items_dropped", "opens_with_effect"]


# A line ending with an example lead-in and its colon (例如:, 比如:, 譬如:, 举例来说:, 如下例:).
_EXAMPLE_LEAD_IN = lazy_compile(
    r"(?:例如|比如|譬如|诸如|諸如|举例来说|舉例來說|举例而言|舉例而言|举个例子|舉個例子|举例|舉例)[\s\u3000]*[:：][\s\u3000]*$"
)
# An item line: a bullet or an item number, a short label and its colon.
_ITEM = lazy_compile(
    r"[\s\u3000]*(?:[-*+•·▪●◆■][\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)"
    r"[^\s\u3000,，。；;:：]{2,12}[\s\u3000]*[:：]"
)
# An item that defines its label after all (- 商业银行:是指…): a kind the lead-in names, an entry.
_DEFINES = lazy_compile(
    r"[\s\u3000]*(?:是指|系指|係指|指的是|指(?![导導出引明挥揮示令定向南标標数數])|即(?![将將使便])|是|比喻|形容|意为|意為|泛指|特指)"
)

# How many item lines above an entry are walked back to find the lead-in (a bounded look: reading stays linear).
_ITEMS_ABOVE = 12


def example_items_dropped(entries: list, text: str) -> list:
    """``entries`` without the items of a list under an example lead-in (``例如:`` ending the line above the list) that
    closes a definition the page gives (``租购同权…是指…的权利。例如:``): each item illustrates that definition. Under a
    lead-in naming only a class (``近年来出现了许多网络热词,例如:``) the items are the words glossed, and an item
    defining its label (``- 商业银行:是指…``) stays."""
    lines = text.split("\n")
    defined = {k for e in entries for k in range(e.line - 1, e.line + e.quote.count("\n"))}  # lines holding a definition
    kept = []
    for entry in entries:
        lead = _example_lead_in_above(lines, entry.line - 1)
        if lead in defined and not _DEFINES.match(entry.definition):
            continue
        kept.append(entry)
    return kept


def _example_lead_in_above(lines: list[str], k: int) -> int:
    """When line ``k`` (0-based) is an item of a list whose lead-in line, right above its first item, ends with an
    example lead-in: that line's index; else -1."""
    if not (0 <= k < len(lines)) or not _ITEM.match(lines[k]):
        return -1
    for above in range(k - 1, max(k - 1 - _ITEMS_ABOVE, -1), -1):
        line = lines[above]
        if not line.strip(" \t\u3000\xa0"):
            continue
        if _ITEM.match(line):
            continue
        return above if _EXAMPLE_LEAD_IN.search(line) else -1
    return -1


# A gloss opening with what the thing did (推动了…, 加速了…, 带动了…) — a verb of effect in its perfect — or with the
# circumstances it rose in (随着…,): an article's role or effect line. (除了, 为了 open definitions: 除了…以外的其他各业.)
_EFFECT = lazy_compile(
    r"[\s\u3000]*(?:(?:推动|推動|推进|推進|加速|加快|促进|促進|带动|帶動|改变|改變|反映|体现|體現|见证|見證|引发|引發|"
    r"开启|開啟|开创|開創|助力|提升|提高|掀起|引领|引領|激发|激發|打破|彰显|彰顯|凸显|凸顯|标志|標誌|深化|推广|推廣|"
    r"催生|重塑|刷新|点燃|點燃|带来|帶來|吸引|赢得|贏得|实现|實現)了|(?:随着|隨著)[^,，。；;:：]{2,40}[,，])"
)
# The first clause closing with the kind it singles out (随着互联网发展而出现的新型就业形态): a definition by its genus.
_GENUS_LAST = lazy_compile(r"的(?![是])[\u4e00-\u9fff]{1,8}[\s\u3000]*$")
# A clause giving the word's standing rather than its kind (绿色能源成为推动可持续发展的关键): its 的 closes no genus.
_STATUS_VERB = lazy_compile(r"成为|成為|变得|變得|正在|已经|已經|日益|越来越|越來越")
# A meaning marker in the first sentence (随着…,该词泛指…): the gloss goes on to say what the word means.
_MEANS = lazy_compile(r"是指|指的是|意思|意为|意為|比喻|形容|泛指|特指|(?<![位列])指(?![出导導标標数明向引])|即(?![将將使便])")


def opens_with_effect(definition: str) -> bool:
    """Whether a gloss opens with an effect (``推动了能源结构的转型,…``) or the circumstances of the word's rise
    (``随着全球变暖问题日益严重,绿色能源成为…的关键。``) and its first sentence says nothing of what the word means: a
    role line, no definition. After the circumstances, a clause closing with a genus (``随着…的发展,依托平台出现的新型就业形态``) defines."""
    match = _EFFECT.match(definition)
    if match is None:
        return False
    first = re.split(r"[。！？!?]", definition, maxsplit=1)[0]
    if _MEANS.search(first):
        return False
    if not match.group(0).endswith(("，", ",")):
        # 推动了…的转型,为…提供了动力: what it did; but one clause closing with a genus (反映了…变动程度的相对数。) defines
        return not (_GENUS_LAST.search(first) and not re.search(r"[,，;；]", first))
    clause = re.split(r"[,，;；]", first[match.end() :], maxsplit=1)[0]
    return not _GENUS_LAST.search(clause) or bool(_STATUS_VERB.search(clause))
