"""A list whose bullets were left dangling: each item a headword line and its gloss line (P879).

A content site's list item holding two blocks — a heading and a paragraph — loses its bullet's place when the page is
flattened to text: the bullet of the first item stands alone on the line above it (``-``), and each later item's bullet
ends the gloss line of the item before it (``…增强乡村经济活力。 -``). What lies between two bullets is one item, a
short headword line and one gloss line under it (``产业兴旺`` / ``推动农业现代化,…增强乡村经济活力。 -``); the last
item, after the last bullet, is its two lines as well, so the paragraph that closes the page below it (``乡村振兴的五大
目标相辅相成,…``) is no part of its gloss. The headword is the item's first line, the gloss its second line up to its
sentence end (the bullet left out), as P569's verbless glosses under headword lines.

Read only where two dangling bullets at least (a lone one, then one ending a gloss line) frame items of exactly that
shape, every one of them: the same site's sections (P877: ``-`` / ``资金定位与来源`` / a paragraph ``-`` / ``三大核心用途``
/ ``- 巩固脱贫成果:…``, a heading over a bulleted list) give nothing, nor does a lone dash in a table's empty cell, a
page number (``- 12 -``), an item whose first line is no headword (a sentence, a date, a label) or whose second line
finishes no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import OPENS_WITH_MARKER, Found, _FINISHED, _L, _SPACE, _good_term, _is_furniture
from policyterms.mining.extract_layouts.section_headings import paired_topic_heading
from policyterms.text.fold import strip_pinyin

# An aspect of the page's topic closing a label (历史召开规律, 核心议题演变, 实际成效印证, P1261): a label of the answer's
# sections, what it says of one term, no headword of a list of terms.
# (and an explainer's strengths, strategies and value, 服务定位与核心优势, 实施难点与应对策略, 质量评估与长期价值, P1401: what it
# says of the service its lead paragraph defines)
_ASPECT = re.compile(
    r"(?:规律|規律|演变|演變|印证|印證|历程|歷程|背景|意义|意義|影响|影響|成效|现状|現狀|趋势|趨勢|原因|展望|"
    r"优势|優勢|策略|对策|對策|价值|價值|挑战|挑戰|难点|難點)$"
)
# A bullet alone on its line: the first item's, its blocks on the lines below.
_LONE_BULLET = re.compile(r"^[ \t\u3000]*[-–•·*][ \t\u3000]*$")
# A bullet ending a line after a space: the next item's, left behind on the line before it.
_ENDING_BULLET = re.compile(r"[ \t\u3000]+[-–•·*][ \t\u3000]*$")
# A headword line: a short name, no punctuation of a sentence or a label.
_HEADWORD = re.compile(r"[^\s\u3000，,。；;:：!！?？、|｜()（）]{2,12}")
# A bullet opening the line: an item of a list of its own.
_OPENING_BULLET = re.compile(r"[-–•·*]")
_MIN_GLOSS = 8  # characters: a gloss line says more than a name


def _item(lines: list[_L], free: list[bool], k: int) -> tuple[str, int, str] | None:
    """The headword, the gloss's offset and the gloss (the dangling bullet left out) of the item whose headword is
    line ``k``; None unless lines ``k`` and ``k+1`` are a headword line and a gloss line finishing a sentence."""
    if k + 1 >= len(lines):
        return None
    head, gloss = lines[k], lines[k + 1]
    if head.blank or gloss.blank or not (free[k] and free[k + 1]):
        return None
    term = head.raw.strip(_SPACE)
    if not _HEADWORD.fullmatch(strip_pinyin(term)) or not _good_term(term) or _is_furniture(head.clean):
        return None
    bullet = _ENDING_BULLET.search(gloss.raw)
    body = gloss.raw[: bullet.start()] if bullet else gloss.raw
    definition = body.strip(_SPACE)
    if len(strip_pinyin(definition)) < _MIN_GLOSS or not _FINISHED.search(definition) or _is_furniture(gloss.clean):
        return None
    if _OPENING_BULLET.match(definition):
        return None  # - 巩固脱贫成果:…: a bulleted list under a heading, the heading no headword
    return term, gloss.start + body.index(definition), definition


def dangling_bullet_items(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """The items of each list whose bullets dangle (``-`` / X / gloss ``-`` / Y / gloss …): each item's headword line
    and gloss line give an entry; the lone bullet line is read with the first item. Two bullets at least."""
    k, n = 0, len(lines)
    while k < n:
        if not (free[k] and _LONE_BULLET.match(lines[k].raw)):
            k += 1
            continue
        items: list[tuple[list[int], Found]] = []
        at, taken, whole = k + 1, [k], False
        while (item := _item(lines, free, at)) is not None:
            term, start, definition = item
            items.append((taken + [at, at + 1], Found(term, definition, definition, at + 2, start, start + len(definition))))
            taken = []
            if not _ENDING_BULLET.search(lines[at + 1].raw):
                whole = True  # the last item: what follows is the page's own text
                break
            at += 2
        if any(_ASPECT.search(entry.term) for _, entry in items):
            whole = False  # - / 历史召开规律 / 三次座谈会分别间隔6年,… -: an answer's aspects of its topic, no headwords (P1261)
        paired = sum(1 for _, entry in items if paired_topic_heading(entry.term, entry.definition) and not OPENS_WITH_MARKER.match(entry.definition))
        if 2 * paired > len(items):
            # - / 信息采集与更新 / 专职网格员需全面掌握…。 - / 矛盾调解与和谐维护 / 通过走访排查…。 (P1706): most labels pair two
            # tasks with 与, a role's duties under section labels, no list of terms
            whole = False
        if whole and len(items) >= 2:
            yield from items
            k = at + 2
        else:  # a bullet announcing an item of another shape (a heading over a bulleted list, a paragraph): no such list
            k += 1
