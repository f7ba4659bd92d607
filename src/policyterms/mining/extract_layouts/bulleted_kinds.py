"""A list of services or kinds, each a headword line over bullet lines saying what it provides (``幼兒中心`` /
``  • 為三歲以下的幼兒提供全日照顧`` / ``  • 提供活動以提升幼兒在智力、體能、情感和社交的發展``, 743, a Hong Kong council's page on the
Social Welfare Department's child-care services).

A welfare department's or a council's page lists its kinds of service under a lead-in (``…當中包括:``): each kind's name on
a line of its own, its functions in bullet points below, no stop at their ends. The bullets are what the kind is for,
a functional gloss of the name (as the dashed list ``• 兒童院 -- 照顧…`` of the same department glosses its kinds, see
:mod:`.dashed_bullets`). Each headword is a term; its definition is its bullets, from the first word after the first
bullet, the later bullets kept as written (as the gold keeps them).

At least two such blocks in a row make the list: one headword over bullets is a section of an article as often. Not
read: a headword with punctuation, more than fifteen characters or an aspect of something (``主要措施``, ``重要意義``:
:func:`.false_glosses.aspect_heading`), a label (``說明``), bullets opening with a short colon label (``• 含義:…``, which the
label passes read), an index's bullets naming headwords (``• l 全球化(Globalization)``, 304: a letter first, or a
bracket), bullets of fewer than twelve characters in all, and lines another pass has read. A headword line right under a bullet,
no blank line between and not set out to its left, is that bullet's wrapped tail, no headword (a newspaper's list of the page's articles, ``本版面文章`` /
``· 文明互鉴视域下的中国之治`` / ``与全球治理学术研讨会举行`` / ``· 北京市债法学研究会…``, P2996, a Legal Daily e-paper page: the
headlines wrap where the column ends); the kinds of a service list stand apart, a blank line before each or their bullets indented under them.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _LABELS, _SPACE, _good_term, _is_furniture
from policyterms.mining.extract_layouts.false_glosses import aspect_heading

__all__ = ["bulleted_kinds"]

_HEADWORD = re.compile(r"[\s\u3000]*(?P<word>[\u4e00-\u9fff]{2,15})[\s\u3000]*")
_BULLET = re.compile(r"[\s\u3000]*[•·●▪◦][\s\u3000]*(?P<text>\S.*)")
# A bullet opening with a colon label (• 含義:…, • 服務對象:…): a labelled field, read by the label passes.
_LABELLED = re.compile(r"[^:：,，。；;]{2,6}[:：]")
# A bullet of a gloss opens with a Chinese word; an index's bullets are names (• l 全球化(Globalization), 304, a planning
# glossary's index of headwords): a letter or a bare name under the heading is no gloss.
_GLOSS_BULLET = re.compile(r"[\u4e00-\u9fff][^()（）]*")
# A headword naming no kind (review 50): a stage, a day's part or a year (第一阶段, 上午, 二〇二三年 / • …: a schedule or a plan's
# steps), or a plan's aspect, a plan's word before an aspect noun (主要工作, 年度目標 / • 加強…: the tasks or aims under a heading).
_NO_KIND = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}(?:阶段|階段|期|批|步|天|日|周|週|场|場|节|節|部分)|[上下中]午|早上|晚上|上半年|下半年"
    r"|(?:主要|重点|重點|年度|全年|近期|下一步|今后|今後|具体|具體|总体|總體|工作|活动|活動)"
    r"(?:工作|目标|目標|任务|任務|安排|重点|重點|成效|成果|进展|進展)"
)
# Bullets of a block giving particulars, not functions (review 50): an address's number, a telephone number or office hours
# (總辦事處 / • 香港灣仔告士打道五號… / • 辦公時間…: a contact page), or a person's posts (張三 / • 現任本局局長…: a profile).
_PARTICULARS = re.compile(
    r"\d{7,}|[路道街巷弄里][\d一二三四五六七八九十百]+[號号]|(?:辦公|办公|開放|开放|服務|服务)(?:時間|时间)|^(?:現任|现任|曾任|歷任|历任|兼任|分管)"
)
# (a gloss has some length: the bullets of a block hold twelve characters at least)
_MIN_GLOSS = 12


def _block(lines: list[_L], free: list[bool], k: int) -> tuple[str, list[int]] | None:
    """The headword at line ``k`` and the lines of its bullets (the headword's line first), or None."""
    head = _HEADWORD.fullmatch(lines[k].raw)
    if head is None or not free[k]:
        return None
    word = head.group("word")
    if k > 0 and not lines[k - 1].blank and _BULLET.fullmatch(lines[k - 1].raw.rstrip(_SPACE)) and lines[k].indent >= lines[k - 1].indent:
        return None  # · 文明互鉴视域下的中国之治 / 与全球治理学术研讨会举行: a wrapped bullet's tail, no headword (P2996)
    if not _good_term(word) or _LABELS.match(word) or aspect_heading(word) or _is_furniture(word) or _NO_KIND.fullmatch(word):
        return None
    taken = [k]
    m = k + 1
    while m < len(lines) and lines[m].blank and m - k <= 2:
        m += 1
    while m < len(lines) and not lines[m].blank and free[m]:
        bullet = _BULLET.fullmatch(lines[m].raw.rstrip(_SPACE))
        if bullet is None or _LABELLED.match(bullet.group("text")) or not _GLOSS_BULLET.fullmatch(bullet.group("text")):
            break
        if _PARTICULARS.search(bullet.group("text")):
            return None
        taken.append(m)
        m += 1
    glossed = sum(len(lines[m].raw.strip(_SPACE)) for m in taken[1:])
    return (word, taken) if len(taken) > 1 and glossed >= _MIN_GLOSS else None


def bulleted_kinds(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each run of at least two headword lines over bullet lines (module docstring) as entries."""
    blocks: list[tuple[str, list[int]]] = []
    for k in range(len(lines)):
        if lines[k].blank or (blocks and k <= blocks[-1][1][-1]):
            continue
        block = _block(lines, free, k)
        if block is not None:
            blocks.append(block)
    runs: list[list[tuple[str, list[int]]]] = []
    for block in blocks:
        if runs and _adjacent(lines, runs[-1][-1][1][-1], block[1][0]):
            runs[-1].append(block)
        else:
            runs.append([block])
    out: list[tuple[list[int], Found]] = []
    for run in runs:
        if len(run) < 2:
            continue
        for word, taken in run:
            first = lines[taken[1]]
            bullet = _BULLET.fullmatch(first.raw.rstrip(_SPACE))
            last = lines[taken[-1]]
            end = last.start + len(last.raw.rstrip(_SPACE))
            definition = "".join([bullet.group("text")] + [lines[m].raw.strip(_SPACE) for m in taken[2:]])
            head = lines[taken[0]]
            term_at = head.start + head.raw.index(word)
            span = "\n".join(lines[m].raw for m in range(taken[0], taken[-1] + 1))  # the page's own text, blank lines kept
            quote = span[head.raw.index(word) : end - head.start].rstrip(_SPACE)
            out.append((taken, Found(word, definition, quote, head.index + 1, term_at, end)))
    return out


def _adjacent(lines: list[_L], last: int, first: int) -> bool:
    """Whether only blank lines stand between line ``last`` of one block and line ``first`` of the next."""
    return all(lines[m].blank for m in range(last + 1, first))
