"""A document's definition reported right after its title: ``证监会于2018年3月2日正式发布了《养老目标证券投资基金指引(试行)》,
规定养老目标基金是以追求养老资产的长期稳健增值为目标,…的公开募集证券投资基金。`` (P2305, an abstract on an academic network).
Papers, news items and explainers cite a rule or guideline this way — the document named in 《》, then 规定 (明确, 指出) and the
term with the definition the document gives it — in the middle of a sentence about something else, so neither the page's
topic (the term may be named only twice) nor a sentence opening with the term finds it.

What is read: on a free line, ``《…》`` then at most a short phrase (``第三条``, ``中``) and 规定, the term (bare, 2–15
characters, or quoted) and a bare 是; the entry runs from 是 to the end of the sentence, and only when the sentence closes on
the term's class named by the term's own last two characters after 的 (``…的公开募集证券投资基金`` for 养老目标基金) — a
definition by genus and difference, where a document stating a term's role or duty (``规定X是…的责任主体``) names another
noun. What is left: a strong marker after the frame (``根據《個人資料保護法》規定,“個人資料”是指…``, 746), which the prose
pass reads to the end of its paragraph; a document's thesis reported by 指出 or 明确 (``《…决定》明确指出,社会主义经济是…
的有计划的商品经济``, the thirteenth congress report), a verdict rather than a provision; provisions that are no
definition (``规定X应当…``, ``规定X是否…``); a sentence the text ends inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, _L, Found

__all__ = ["reported_provisions"]

_PROVISION = re.compile(
    r"《[^《》\n]{2,40}》[^《》,，。；;:：\n]{0,6}?[,，]?[\s\u3000]*(?:规定|規定)[,，:：]?[\s\u3000]*"
    r"(?P<term>“[^“”\n,，。；;:：]{2,20}”|[^\s\u3000,，。；;:：、“”「」《》()（）]{2,15}?)"
    r"[\s\u3000]*(?P<marker>是(?![指否不在因为為由]))"
)
# A comma or semicolon: the naming clause at a sentence's end holds none.
_CLAUSE_BREAK = re.compile(r"[,，；;]")
# A subject the provision points at or builds as a phrase (review 50): a determiner opening it (本次检查, 本市户籍人员, 该项目), or
# 的 inside it (自然人的民事权利能力): a particular thing or a clause's subject, no term.
# (本 only before a place's, a body's, a document's or a time's noun: 本外币存款, 本金债券, 本科专业 are words, review 51.)
_NO_TERM = re.compile(
    r"(?:该|該|此|这|這|上述|前述|各)[\u4e00-\u9fff]|.*的"
    r"|本(?:次|市|区|區|县|縣|省|镇|鎮|村|院|校|局|会|會|单位|單位|公司|企业|企業|项目|項目|办法|辦法|条例|條例|规定|規定|方案"
    r"|计划|計劃|年|月|届|屆|期|批|轮|輪|法|人|行|所|中心|机构|機構)"
)
# A genus weighed by a word of standing before the term's head (…认定的主体单位, …的第一责任人, …的重要企业): the document
# assigns a role or a duty, no class (review 50, 用人单位是职业技能等级认定的主体单位).
_ROLE_GENUS = re.compile(r"的(?:主体|责任|責任|第一|首要|重要|主要|核心|骨干|骨幹|牵头|牽頭)[^的]{0,4}$")


def reported_provisions(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each definition a cited document gives (:data:`_PROVISION`) on a free line.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "证监会发布了《养老目标证券投资基金指引(试行)》,规定养老目标基金是以追求养老资产的长期稳健增值为目标的公开募集证券投资基金。"
    >>> [(e.term, e.definition) for _, e in reported_provisions(_lines(text), [True])]
    [('养老目标基金', '是以追求养老资产的长期稳健增值为目标的公开募集证券投资基金。')]
    >>> list(reported_provisions(_lines("《办法》规定河长是河湖管理保护的第一责任人。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        for m in _PROVISION.finditer(line.raw):
            stop = SENTENCE_STOP.search(line.raw, m.end())
            if stop is None:
                continue  # a sentence the text ends inside
            definition = line.raw[m.start("marker") : stop.end()]
            term = m.group("term")
            head = term.strip("“”")[-2:]
            sentence = definition[:-1]
            if len(term.strip("“”")) < 3 or not sentence.endswith(head) or "的" not in sentence[-20:] or _CLAUSE_BREAK.search(sentence[-12:]):
                continue
            if len(definition) < 8 or _NO_TERM.match(term.strip("“”")) or _ROLE_GENUS.search(sentence):
                continue
            yield line.index, Found(term, definition, line.raw[m.start("term") : stop.end()], line.index + 1, line.start + m.start("term"), line.start + stop.end())
            break
