"""Numbered word items, each with a labelled meaning line: a list of new words (a dictionary's new entries, a paper's
item on them) writes every word as a numbered headword line, a paragraph about the word, then label lines, the
label often in markdown bold::

    1. 推薦頁
    在社交媒體應用TikTok上,這個…的主頁是娛樂、新聞和信息的持續來源。
    **含義:**基於用户興趣推送個性化內容的社交媒體信息流
    **示例:**如果不是因為我的推薦頁,我永遠不會知道這個品牌。

The meaning line (含義, 釋義, 定義, 詞義, 意思) is the word's gloss, verbless and often without a closing stop, the
label left out (P634). The paragraph tells of the word's use and history; only a sentence whose subject is the word
itself (這個詞彙, 該詞, 該短語) and whose verb says what it is used for (用於形容, 被用來形容) glosses it too, from the
verb to the end of the paragraph (P634's 裙帶關係寶寶 and 爬行小怪物). The headword line, the paragraph and the other
label lines (示例, 例句) are read with the item, so no later pass takes the paragraph's status sentences
(這個…主頁是…的來源) or the pronoun phrase (該詞自1857年起就) for entries.

A page scraped from HTML may run a markdown heading into the caption above it (``…路透社### 4. 爬行小怪物``): the
heading still opens the item. The layout needs two items with a paragraph and then a meaning line at least: a numbered
heading with a lone ``含義:`` line below it, an article's numbered section heading (``## 1. 政策背景``, ``2. 政策目标``: the words
of :data:`.notes._POINTS`) over a paragraph and a ``定義:`` line, a poem's title over its verse and its translation (``1. 登鹳雀楼`` /
``白日依山尽,黄河入海流。…`` / ``意思:夕阳依傍着西山…``, a schoolbook's list of poems, no words), or with ``含義:`` and ``背景:`` lines and no paragraph (a report's new
words, whose explanation is the labelled lines together), stays with the other passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import MEANING_LABEL, Found, _L, _SPACE
from policyterms.mining.extract_layouts.notes import _POINTS

__all__ = ["meaning_label_items"]

# The item's headword line: an item number and a short word, alone on the line or after a markdown heading mark
# that a caption runs into (…路透社### 4. 爬行小怪物).
_ITEM_HEAD = re.compile(
    r"^[\s\u3000]*(?:#{1,6}[\s\u3000]*|[^\n]*?#{2,6}[\s\u3000]*)?\d{1,2}[.．、][\s\u3000]*"
    r"(?P<word>[^\s\u3000,，。；;:：!！?？#*()（）]{2,12})[\s\u3000]*$"
)
# A label line and its value: the label, bold or not, then its colon (**含義:**…, 釋義:…, **例句**:…).
_LABEL_LINE = re.compile(r"^[\s\u3000]*\*{0,2}(?P<label>[\u4e00-\u9fff]{2,4})\*{0,2}[:：]\*{0,2}[\s\u3000]*(?P<value>.*?)[\s\u3000]*$")
_MEANING = re.compile(MEANING_LABEL)
# A sentence whose subject is the word itself and whose verb says what it is used for (這個詞彙帶有負面含義,用於形容…;
# 該詞自1857年起就被用來形容…): the gloss opens at the verb (at 被 when there is one).
_USAGE_GLOSS = re.compile(
    r"(?:這個|这个|該|该|此)(?:[词詞][汇彙語语]?|短[语語])[^。！？!?]{0,30}?"
    r"(?P<verb>(?:被[^,，。！？!?]{0,6}?)?(?:用於|用于|用來|用来)(?:形容|指|描述|稱呼|称呼))"
)
# A line of verse: clauses of five or seven characters, each closed by its mark (白日依山尽,黄河入海流。): the item is a
# poem, its 意思: line a translation, no word glossed.
_VERSE_CLAUSE = re.compile(r"([\u4e00-\u9fff]{4,7})[,，。！？!?;；]")


def _verse(line: str) -> bool:
    text = line.strip(_SPACE)
    clauses = _VERSE_CLAUSE.findall(text)
    return len(clauses) >= 2 and "".join(c + "," for c in clauses) == re.sub(r"[,，。！？!?;；]", ",", text) and len({len(c) for c in clauses}) == 1


_ITEMS_AT_LEAST = 2  # one numbered heading with a meaning line below it is not yet a list of such items
_BODY_LINES = 8  # lines at most between an item's headword line and the next item's


def meaning_label_items(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for the glosses of a list of numbered word items with meaning label lines (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = ("1. 推薦頁\\n這個主頁是信息的持續來源。\\n**含義:**基於用户興趣推送個性化內容的社交媒體信息流\\n"
    ...         "**示例:**如果不是因為我的推薦頁,我永遠不會知道。\\n2. 裙帶關係寶寶\\n這個詞彙帶有負面含義,用於形容靠家族人脈的人。\\n"
    ...         "**釋義:**通過家庭關係獲取成功的人")
    >>> ls = _lines(page)
    >>> [(e.term, e.definition) for _, e in meaning_label_items(ls, [True] * len(ls))]  # doctest: +NORMALIZE_WHITESPACE
    [('推薦頁', '基於用户興趣推送個性化內容的社交媒體信息流'), ('裙帶關係寶寶', '用於形容靠家族人脈的人。'),
     ('裙帶關係寶寶', '通過家庭關係獲取成功的人')]
    """
    heads = [line.index for line in lines if free[line.index] and not line.blank and _ITEM_HEAD.match(line.raw)]
    items = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = [j for j in range(k + 1, min(stop, k + 1 + _BODY_LINES)) if free[j] and not lines[j].blank]
        labelled = [(j, m) for j in body if (m := _LABEL_LINE.match(lines[j].raw))]
        meaning = [(j, m) for j, m in labelled if _MEANING.fullmatch(m.group("label")) and m.group("value")]
        told = [j for j in body if meaning and j < meaning[0][0] and j not in {i for i, _ in labelled}]
        if _POINTS.search(_ITEM_HEAD.match(lines[k].raw).group("word")):
            continue  # ## 1. 政策背景 / … / **定義:**…: an article's numbered section, its label line no word's gloss
        if told and all(_verse(lines[j].raw) for j in told):
            continue  # 1. 登鹳雀楼 / 白日依山尽,黄河入海流。… / 意思:…: a poem and its translation
        if meaning and told:  # (a 含義: line right under the headword, no paragraph between, is another layout)
            items.append((k, body, labelled, meaning))
    if len(items) < _ITEMS_AT_LEAST:
        return
    for k, body, labelled, meaning in items:
        word = _ITEM_HEAD.match(lines[k].raw).group("word")
        label_lines = {j for j, _ in labelled}
        entries: list[tuple[int, Found]] = []
        for j in body:
            if j in label_lines or j > meaning[0][0]:
                continue
            usage = _USAGE_GLOSS.search(lines[j].raw)
            if usage:
                line = lines[j]
                end = len(line.raw.rstrip(_SPACE))
                at = usage.start("verb")
                entries.append((j, Found(word, line.raw[at:end], line.raw[at:end], j + 1, line.start + at, line.start + end)))
        for j, m in meaning:
            line = lines[j]
            at, end = m.start("value"), m.end("value")
            entries.append((j, Found(word, m.group("value"), line.raw[m.start("label") : end], j + 1, line.start + at, line.start + end)))
        taken = [k, *body]
        for n, (_, entry) in enumerate(sorted(entries, key=lambda e: e[0])):
            yield (taken if n == 0 else []), entry


# A lesson's numbered sub-item under a headword line, its label first (（1）含义:因…而兴起的城市。, (2)生命周期, (1)形成:…).
# (or a dash bullet: 1. 脱贫不稳定户 / - 定义:指已经实现脱贫但…的脱贫户。 / - 特点:, P1752, an answer's types each with its
# definition and features)
_SUB_ITEM = re.compile(r"^[\s\u3000]*(?:[(（]\d{1,2}[)）]|[-•·])[\s\u3000]*(?P<label>[^\s\u3000,，。；;:：!！?？()（）]{2,8})[\s\u3000]*(?:[:：][\s\u3000]*(?P<value>\S.*?))?[\s\u3000]*$")
# The meaning labels of such a sub-item (含义, 定义, 概念, 涵义, 释义).
_SUB_MEANING = re.compile(rf"(?:{MEANING_LABEL}|概念|涵[义義])")


def labelled_sub_items(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for lesson notes that write each term as a numbered headword line over numbered sub-items, each
    opening with its label (``1.资源型城市`` / ``(1)含义:因大规模开采自然资源而兴起,…的城市。`` / ``(2)生命周期`` /
    ``2.资源枯竭型城市`` / ``(1)形成:…`` / ``(2)转型发展:…``, P1217; dash bullets, ``1. 脱贫不稳定户`` / ``- 定义:指…`` /
    ``- 特点:``, P1752): the value of a meaning label (含义, 定义, 概念) is the
    headword's gloss, the label left out; the other sub-items are aspects of the headword (how it forms, how it changes),
    read with the item and no entries of their own. Needs a meaning sub-item under one headword line at least.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("1.资源型城市\\n(1)含义:因开采自然资源而兴起的城市。\\n(2)生命周期\\n2.资源枯竭型城市\\n(1)形成:资源开采殆尽,成为资源枯竭型城市。")
    >>> [(e.term, e.definition) for _, e in labelled_sub_items(ls, [True] * len(ls))]
    [('资源型城市', '因开采自然资源而兴起的城市。')]
    """
    items = []
    for line in lines:
        if line.blank or not free[line.index] or not (head := _ITEM_HEAD.match(line.raw)) or _POINTS.search(head.group("word")):
            continue
        subs, j = [], line.index + 1
        while j < len(lines) and free[j] and not lines[j].blank and (sub := _SUB_ITEM.match(lines[j].raw)):
            subs.append((j, sub))
            j += 1
        if subs:
            items.append((line.index, head.group("word"), subs))
    if not any(_SUB_MEANING.fullmatch(sub.group("label")) and sub.group("value") for _, _, subs in items for _, sub in subs):
        return
    for k, word, subs in items:
        taken = [k, *(j for j, _ in subs)]
        for j, sub in subs:
            if _SUB_MEANING.fullmatch(sub.group("label")) and sub.group("value"):
                line = lines[j]
                yield taken, Found(word, sub.group("value"), line.raw[sub.start("label") : sub.end("value")], j + 1, line.start + sub.start("value"), line.start + sub.end("value"))
                taken = []
        for j in taken:  # (no entry under this headword line: its aspects are read all the same)
            free[j] = False
