"""A definition continued by the next line, which restates its term only to announce a list.

An explainer defines its term on one line and, on the next, names the term again to announce what follows
(``城市更新指的是…的需要。`` / ``城市更新包括以下几个方面:`` / ``1.旧建筑物改造:…``, P357; ``入黨積極分子,是指…的對象。`` /
``入黨積極分子除…外,一般還應具備以下條件:`` / ``(1)…``, P368). That line defines no new term — no marker follows the
term — and it belongs to the definition above, as a parent's lead-in does: the definition runs on over it and stops at
its colon; the items below are read (or not) on their own. A one-term page already runs its one answer on over
restating paragraphs (:func:`.topics.run_over_restating`, which wants whole sentences); this is the lead-in line on a
page of several entries. A lead-in announcing the term's features (``邻避效应具有以下几个主要特征:``, P2207) is not run over:
features are said of a term already defined, and the golds leave them and their lead-ins out.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found
from policyterms.mining.extract_layouts.topics import term_core

__all__ = ["run_on_restating_lead_ins"]

_SPACE = " \t\u3000\xa0\r"

# A lead-in announcing a list, ending its line with a colon (…包括以下几个方面:, …一般還應具備以下條件:, …主要有如下几类:).
_LEAD_IN = re.compile(r"[^。！？!?:：\n]{0,50}(?:以下|如下|下列)[^。！？!?:：\n]{0,12}[:：][\s\u3000]*")
# Right after the restated term: a marker that defines it anew (是指…, 指的是…, 即…, 是…) or a comma setting it apart
# as a headword; such a line is a definition of its own, not a lead-in.
_DEFINED_ANEW = re.compile(r"[”」』\"]?[\s\u3000]*(?:[,，:：]|是|系|係|指|即|就是|意思|意为|意為|也称|也稱|又称|又稱)")
# What a lead-in says of the restated term right after it (包括以下…, 除…外,…具備以下條件, 主要有, 的主要内容如下): a longer
# name opening with the term (城市更新行动包括…) is another term, not the term restated.
_GOES_ON = re.compile(
    r"[”」』\"]?[\s\u3000]*(?:主要|一般|通常|还|還|也|则|則|大致)?(?:包括|包含|涵盖|涵蓋|除|有|分为|分為|可分|具有|具备|具備|应|應|需|要|"
    r"的(?:主要)?(?:内容|內容|特点|特點|类型|類型|形式|方面|条件|條件|要求|措施|步骤|步驟))"
)
_SENTENCE_END = ("。", "！", "？", "!", "?", "”", "」")
# A lead-in announcing the term's features (邻避效应具有以下几个主要特征:, P2207, an encyclopedia entry; …的特点如下:): what
# the term is like, said after the definition is done, as the golds leave feature lines and their lead-ins out (P2186's
# 其主要特征是:), not the parts or conditions that complete it.
_FEATURES_LEAD_IN = re.compile(r".*(?:特征|特徵|特点|特點)(?:如下|有)?[\s\u3000]*[:：][\s\u3000]*")


def run_on_restating_lead_ins(found: list[Found], text: str) -> list[Found]:
    """``found`` with each entry that ends its line with a sentence run on over the next line (one blank line between at
    most) when that line restates its term to announce a list (module docstring), up to its colon."""
    starts = [f.start for f in found]
    return [_run_on(f, text, starts) or f for f in found]


def _run_on(entry: Found, text: str, starts: list[int]) -> Found | None:
    if text[entry.end : entry.end + 1] != "\n" or not strip_pinyin(entry.definition).rstrip(_SPACE).endswith(_SENTENCE_END):
        return None
    gap = re.match(r"\n(?:[ \t\u3000\xa0\r]*\n)?", text[entry.end : entry.end + 40])
    begin = entry.end + gap.end()
    stop = text.find("\n", begin)
    stop = len(text) if stop < 0 else stop
    line = text[begin:stop].rstrip(_SPACE)
    plain = strip_pinyin(line).lstrip(_SPACE)
    core = term_core(strip_pinyin(entry.term))
    opened = len(plain) - len(plain.lstrip("“「『\""))
    if len(core) < 2 or not plain[opened:].startswith(core) or any(begin <= s < stop for s in starts):
        return None
    after = opened + len(core)
    if _DEFINED_ANEW.match(plain, after) or not _GOES_ON.match(plain, after) or not _LEAD_IN.fullmatch(plain):
        return None
    if _FEATURES_LEAD_IN.fullmatch(plain):
        return None
    stop = begin + len(line)
    return Found(entry.term, entry.definition + text[entry.end : stop], entry.quote + text[entry.end : stop], entry.line, entry.start, stop)
