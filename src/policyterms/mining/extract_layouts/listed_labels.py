"""The items of a list glossed below it by colon labels (807).

An explainer names the kinds of a thing in a numbered or bulleted list, then glosses each kind in a paragraph of its own
that opens with the kind's name and a colon (``反競爭行為可分為兩大類:`` / ``1. 合謀行為`` / ``2. 濫用…的行為`` / … /
``合謀行爲:企業之間並非透過競爭去贏取生意,而是協議合作,…,該等行為損害競爭。``). A colon line without a definition verb is
prose elsewhere (``工作重点:推动…``, an address ``各位代表:``); what makes the label a headword is that it names an item of
the list above, so the paragraph glosses a word the page has set out to explain. Read on the lines no other pass read:

- the list: two items at least on lines one after another, each a number (``1.``, ``2、``, ``(3)``) or a bullet and a name
  of 2–20 characters with no clause or sentence mark;
- the label: a line below the list opening with one of its items (compared in either script, ``行爲`` as ``行為``) and a
  colon; the definition after the colon, at least ten characters, finishing a sentence.

Not read: a label naming no item of a list (a report's ``主要成效:…``), an item's colon line over figures or a fragment
(no finished sentence), a label above the list, a list item's own line — nor the items of a list whose lead-in names no
kinds (review 62): a report's tasks (``今年主要任务:`` / ``1、优化营商环境`` / … / ``优化营商环境:深化…改革,…``), an
agenda, a course's contents (``課程內容包括:``), a policy address's priorities (``施政重點:``) or a headline's achievements
list their items and then say what will be done or was done under each, no gloss of a word. The line right above the list
must announce kinds (``可分為兩大類:``, ``主要有三类:``, ``分為以下幾種:``, ``补贴种类:``).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import (
    HAN,
    Found,
    _FINISHED,
    _L,
    _LABELS,
    _SPACE,
    _good_term,
    _is_furniture,
)
from policyterms.text.fold import fold_char, strip_pinyin

# A list item: a number or a bullet, then a name with no clause or sentence mark.
_ITEM = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}[.、．)）]|[(（]\d{1,2}[)）]|[-•·●○◆■▪])[ \t\u3000]*"
    r"(?P<item>[^，,。；;:：!！?？|\s\u3000]{2,20})[ \t\u3000]*"
)
# A list's lead-in announcing kinds (反競爭行為可分為兩大類:, 主要有三类:, 分為以下幾種:, 本市的补贴种类:): a verb of dividing or
# having, then a kind word (类, 種 — not 种植, 种子 —, 类型, 类别, 形式), or a line ending with the word for kinds.
_KINDS_LEAD = re.compile(
    r"(?:分[为為成]|可分|[划劃]分|包括|包含|有)[^,，。；;!！?？]{0,8}?(?:[大小]?[类類]|[种種](?![植子养養])|类型|類型|类别|類別|形式)"
    r"|(?:[种種][类類]|类型|類型|类别|類別)[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
# A label line: a name, a colon, the gloss.
# (a converter's pinyin after a character, 企業(yè), is no bracket of the label's: the label is compared without it)
_LABEL_LINE = re.compile(
    r"[ \t\u3000]*(?P<label>(?:[^，,。；;:：!！?？|\s\u3000()（）\d]|[(（][a-zà-ǜ]{1,7}[)）]){2,20})[ \t\u3000]*[:：][ \t\u3000]*(?P<definition>\S.*)"
)


# A line defining a name by the parts it stands for (食品安全“兩個責任”指的是食品安全屬地管理責任和企業食品安全主體責任。, P2794): the
# parts, two or more, joined by 和, 与, 及 or 、, are a list as a numbered one is — the name is glossed by naming them, so a
# colon label below naming one glosses a word the page set out to explain. Only a defining verb (是指, 指的是, 指, 即): a line
# listing what something includes (主要任务包括…) lists tasks, as review 62's lead-ins did.
_PARTS_LINE = re.compile(
    r"[ \t\u3000]*[^,，。；;:：!！?？]{2,30}?(?:是指|指的是|係指|系指|指|即)(?P<parts>[^,，。；;:：!！?？]{4,80})。[ \t\u3000]*"
)
_PART_JOIN = re.compile(r"[、和与與及]")
# A label's line giving a task's target or timing rather than what the part is: it opens with a time (今年, 全年, 年底前, 2025年) or
# its first clause counts what is to be done (培育专精特新企业30家, 新建5个): a slogan's parts named as tasks (“三个一批”指的是扶持一批、
# 培育一批、引进一批, review 65), no glosses.
_TASK_GLOSS = re.compile(
    r"[ \t\u3000]*(?:(?:今年|明年|全年|年内|年內|年底前|(?:到|至)?[0-9]{4}年(?:底|前|起|内|內)?)"
    r"|[^,，。；;]*?[0-9０-９]+(?:\.[0-9]+)?[ \t\u3000]*(?:家|个|個|项|項|户|戶|人|名|所|座|条|條|万|萬|亿|億|%|％)(?:[,，。；;]|$))"
)
# A paywalled portal's count of the characters held back, closing the free text (…的精准防控。(剩余3323字), P2794): no part of
# the gloss (as ``prose._PAYWALL_MARK``).
_PAYWALL = re.compile(r"(?<=[。！？!?])[ \t\u3000]*[(（\[【](?:剩余|剩餘|还剩|還剩)[ \t\u3000]*\d{1,6}[ \t\u3000]*字[)）\]】]$")


def _named_parts(raw: str) -> list[str]:
    """The parts a defining line names its subject by (module docstring), or nothing."""
    match = _PARTS_LINE.fullmatch(strip_pinyin(raw))
    if match is None:
        return []
    parts = [p.strip(_SPACE) for p in _PART_JOIN.split(match.group("parts"))]
    return parts if len(parts) >= 2 and all(2 <= len(p) <= 20 for p in parts) else []


def _key(text: str) -> str:
    """An item or a label as compared across the page: converter pinyin and blanks dropped, traditional characters folded to
    simplified (合謀行爲 under a list writing 合謀行為), as ``listed_parts._key`` compares quotes-free headwords."""
    return "".join(fold_char(c) for c in strip_pinyin(text).strip(_SPACE))


def listed_labels(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Each free colon line below a list whose label is one of the list's items (module docstring)."""
    items: dict[str, int] = {}  # an item's key -> the line its list ends on
    parted: set[str] = set()  # the keys named by a defining line's parts (_PARTS_LINE)
    run: list[tuple[int, str]] = []
    previous = -2
    lead = ""  # the last non-blank line before the run
    run_lead = ""

    def close() -> None:
        if len(run) >= 2 and _KINDS_LEAD.search(strip_pinyin(run_lead).strip(_SPACE)):
            for _, item in run:
                items.setdefault(_key(item), run[-1][0])

    for line in lines:
        if line.blank:
            continue
        match = _ITEM.fullmatch(line.raw)
        for part in _named_parts(line.raw) if match is None else ():
            items.setdefault(_key(part), line.index)
            parted.add(_key(part))
        if match is not None and previous == line.index - 1 or match is not None and not run:
            if not run:
                run_lead = lead
            run.append((line.index, match.group("item")))
        else:
            close()
            run = [(line.index, match.group("item"))] if match is not None else []
            run_lead = lead
        previous = line.index
        lead = line.raw
    close()
    if not items:
        return []
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index] or _ITEM.fullmatch(line.raw):
            continue
        match = _LABEL_LINE.fullmatch(line.raw.rstrip(_SPACE))
        if match is None:
            continue
        label = match.group("label")
        end_of_list = items.get(_key(label))
        if end_of_list is None or line.index <= end_of_list:
            continue
        term = strip_pinyin(label).strip(_SPACE)
        definition = match.group("definition").rstrip(_SPACE)
        paywall = _PAYWALL.search(definition)
        end_at = match.end("definition") - (len(definition) - paywall.start() if paywall else 0)
        definition = definition[: paywall.start()] if paywall else definition
        if not _good_term(term) or _LABELS.match(term) or _is_furniture(term):
            continue
        if len(definition) < 10 or not HAN.search(definition) or not _FINISHED.search(strip_pinyin(definition)):
            continue
        if _key(label) in parted and _TASK_GLOSS.match(strip_pinyin(definition)):
            continue  # “三个一批”指的是扶持一批、… / 扶持一批:今年扶持50家企业。: a slogan's tasks and their targets, no glosses (review 65)
        start = line.start + match.start("label")
        quote = line.raw[match.start("label") : end_at].rstrip(_SPACE)
        out.append((line.index, Found(label, definition, quote, line.index + 1, start, start + len(quote))))
    return out
