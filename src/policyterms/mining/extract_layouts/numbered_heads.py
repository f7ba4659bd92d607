"""Pass 1b: numbered colon headword lines with the explanation below."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _L, _NOTE_NUMBER, _PAGE_REFERENCE, _SPACE, _good_term, _is_furniture
from policyterms.mining.extract_layouts.headword_lines import _RESTATED, _unquoted


# --- pass 1b: numbered colon headword lines with the explanation below ------------------------

# 1.公共物品: / 4、公共生产: — a numbered headword line ending in a colon (an exam glossary), the
# explanation on the lines below it; a page-reference line (【P14】, 【】) is skipped.
# An official glossary numbers them in Chinese numerals too ((一)土地登記: / 係地政機關…之行政行為。 / (二)…:).
_NUMBERED_COLON_HEAD = re.compile(
    r"^[\s\u3000]*(?:\d{1,2}[\s\u3000]*[.．、]|[(（][一二三四五六七八九十]{1,3}[)）])[\s\u3000]*([^\s\u3000，,。；;：:!！?？|]{2,25})[\s\u3000]*[:：][\s\u3000]*$"
)
_CHINESE_NUMBER = re.compile(r"[\s\u3000]*[(（][一二三四五六七八九十]")
_OPENS_DEFINING = re.compile(r"[\s\u3000]*(?:即?(?:俗[称稱]|又[称稱]|亦[称稱]|[简簡][称稱])[^,，。；;]{1,20}[,，][\s\u3000]*)?(?:係|系指|是指|指|即|為|为)")
# An other name leading the explanation before its defining verb (即俗稱「地政士」,係指… / 俗稱建物保存登記,係指…): the
# definition opens at the verb, the other name being no meaning.
_ALIAS_LEAD = re.compile(r"^即?(?:俗[称稱]|又[称稱]|亦[称稱]|[简簡][称稱])[^,，。；;]{1,20}[,，][\s\u3000]*(?=是指|系指|係指|指)")
_RESTATED_VERB = re.compile(r"[,，]?[\s\u3000]*(?=是指|系指|係指|是(?![否的])|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰])|即(?![使便将將]))")


# A line opening with a short label and its colon (母基金:上层集合资金的主体,…): an item of its own.
_LABELLED_LINE = re.compile(r"[^\s\u3000，,。；;：:!！?？|]{2,10}[:：][\s\u3000]*\S")


def _numbered_colon_heads(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``N.X:`` headword lines, each explained by the lines below it up to the next such line (or
    a blank line, furniture, a heading); two at least. A restated headword opening the explanation
    (综合所得税,是… / 预算赤字是指…) is left out of the definition, as in the other layouts."""
    heads = [None if line.blank or not free[k] else _NUMBERED_COLON_HEAD.match(line.raw) for k, line in enumerate(lines)]
    heads = [h if h is not None and _good_term(h.group(1)) else None for h in heads]
    if sum(1 for h in heads if h) < 2:
        return []
    out = []
    chinese: list[bool] = []
    n = len(lines)
    for i, head in enumerate(heads):
        if head is None:
            continue
        body, k = [], i + 1
        while k < n and free[k] and not lines[k].blank and heads[k] is None and not _is_furniture(lines[k].clean) and not _NOTE_NUMBER.match(lines[k].raw):
            if not _PAGE_REFERENCE.match(lines[k].clean.strip(_SPACE)):
                body.append(k)
            k += 1
        texts = [lines[m].raw.strip(_SPACE) for m in body]
        if not texts or len(strip_pinyin("".join(texts))) < 4:
            continue
        if len(texts) >= 2 and all(_LABELLED_LINE.match(t) for t in texts):
            continue  # 1.层级关系: / 母基金:上层…。 / 子基金:下层…。 (P1685): a lead-in over labelled lines, no headword of its own
        term = head.group(1)
        quote = "".join(texts)
        definition = quote
        restated = _RESTATED.match(definition)
        if restated and _unquoted(restated.group(1)) == _unquoted(term):
            definition = definition[restated.end() :]
        elif definition.startswith(term) and _RESTATED_VERB.match(definition, len(term)):
            definition = definition[_RESTATED_VERB.match(definition, len(term)).end() :]
        elif alias := _ALIAS_LEAD.match(definition):
            definition = definition[alias.end() :]
        last = lines[body[-1]]
        start = lines[i].start + head.start(1)
        out.append(([i, *range(i + 1, k)], Found(term, definition, quote, i + 1, start, last.start + len(last.raw.rstrip(_SPACE)))))
        chinese.append(bool(_CHINESE_NUMBER.match(lines[i].raw)))
    # Under (一)X: heads a document's sections are as common ((一)指导思想: / 以…为指导,…): the page is a glossary when two
    # of its explanations at least open with a defining verb (係…, 係指…, 即俗稱…,係指…).
    if any(chinese) and sum(1 for entry, numbered in zip(out, chinese) if numbered and _OPENS_DEFINING.match(entry[1].quote)) < 2:
        out = [entry for entry, numbered in zip(out, chinese) if not numbered]
    return out if len(out) >= 2 else []
