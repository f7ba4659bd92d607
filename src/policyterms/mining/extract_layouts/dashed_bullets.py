"""A bulleted list of kinds, each named and then glossed after a spaced dash: ``• 兒童院 -- 照顧6-21歲以下的兒童及青少年``,
``• 救助貧困 – 紓緩經濟困難及改善生活條件的計劃和服務。``.

A service page lists the kinds of a service under a lead-in (``院舍服務包括:``), one bullet a kind: its name, a double
dash, and what the kind is (whom it serves, what it does), written as a list item is, without a closing stop (641, a
Hong Kong department's service page, eleven such items under two lead-ins). The double dash sets the gloss beside the
name as the colon of a ``- X:…`` line does; the colon lines are read in :mod:`.notes`, which wants their glosses to end a
sentence, so this layout is read here: each item is an entry, the name as written the term (its bracketed variant kept,
``寄養服務(緊急照顧)``), the rest of the line the definition (a remark in brackets kept).

A single dash set off by spaces on both sides (an en dash ``–``, an em dash ``—`` or a full-width ``－``) is the same
separator as written in English typography (P3248, a Hong Kong tax guide's four charitable purposes under 何謂「慈善用途」?,
``• 救助貧困 – 紓緩經濟困難…。``); a hyphen alone is not taken (``- X - Y`` is how a bulleted heading's parts are strung).
After a single dash the gloss must close a sentence with a stop: the single dash strings lists of names and posts, routes,
times, places and prices far more often (``• 陳大文 – 主席``, review 72). A run whose glosses mostly open with a task verb
(``• 優化服務 – 提升政務服務水平。``) is a plan's tasks, whichever its dash, and gives no entries.

Read only where two such bullets at least follow each other (blank lines between allowed): a lone dashed bullet may be a
byline or a news item's date, and a dash between figures (``2021—2025年``) or a single dash joins a range, no gloss. The
name must be a term (no sentence punctuation, no figure opening it) and the gloss must hold words. Of the bundled and
shared pages only 641 has this shape (the forty-fifth round's carry check): the plain reading of a common list layout,
kept for the next page written so.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, _good_term
from policyterms.mining.extract_layouts.measure_bullets import opens_with_task

__all__ = ["dashed_bullet_items"]

# A bulleted item: the bullet, the kind's name, a spaced (or bracket-closed) double dash, the gloss.
_ITEM = re.compile(
    r"^[\s\u3000]*[•·●▪◦][\s\u3000]*(?P<term>[^\s\u3000\d:：,，。；;!！?？][^:：,，。；;!！?？]{0,24}?)"
    r"(?:[\s\u3000]+|(?<=[)）]))(?P<dash>--|——|──|－－|[–—－](?=[\s\u3000]))[\s\u3000]+(?P<definition>\S.*?)[\s\u3000]*$"
)
# A single spaced dash strings far more lists than glossaries do: a committee's names and posts (• 陳大文 – 主席), routes
# (• 北京 – 上海), a programme's times (• 上午 – 報到及開幕), places and sights, products and prices, datelines (review 72). A kind's
# gloss after it is written as a sentence and closes on a stop (• 救助貧困 – 紓緩經濟困難…的計劃和服務。, P3248); a double dash, the
# service pages' own separator, keeps its glosses written as list items without one (• 兒童院 -- 照顧6-21歲以下的兒童及青少年).
_CLOSED_GLOSS = re.compile(r"[。！!][)）」”]?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A contact or a link beside the name (• 社會福利署 -- 網址 www.swd.gov.hk, • 總辦事處 -- 電話 2343 2255): where to reach the
# office, no gloss of it (review 46).
_CONTACT = re.compile(r"^(?:網址|网址|電話|电话|傳真|传真|電郵|电邮|地址|熱線|热线)|www\.|https?://|@|(?<!\d)\d{4} \d{4}(?!\d)")
# The fewest items that make the layout a list (a lone dashed bullet may be a byline).
_FEWEST = 2


def _list_of_kinds(run: list[tuple[list[int], Found]]) -> bool:
    """Whether a run of dashed bullets is long enough and not a plan's tasks: two in three of its glosses opening with a task
    verb (• 加強監管 – 完善市場監管機制。 / • 優化服務 – 提升政務服務水平。, review 72; :func:`measure_bullets.opens_with_task`)
    say what is to be done, no kind's gloss."""
    tasks = sum(1 for _, found in run if opens_with_task(found.definition))
    return len(run) >= _FEWEST and 3 * tasks < 2 * len(run)


def dashed_bullet_items(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each item of a run of dashed bullets (module docstring), with the line it was read from.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("  • 兒童院 -- 照顧6-21歲以下的兒童及青少年\\n  • 寄養服務(緊急照顧)-- 照顧18歲以下的兒童\\n")
    >>> [(found.term, found.definition) for _, found in dashed_bullet_items(ls, [True] * len(ls))]
    [('兒童院', '照顧6-21歲以下的兒童及青少年'), ('寄養服務(緊急照顧)', '照顧18歲以下的兒童')]
    >>> dashed_bullet_items(_lines("  • 新華社 -- 2020年5月1日電\\n"), [True] * 2)
    []
    >>> ls = _lines("  • 救助貧困 – 紓緩經濟困難的計劃。\\n  • 推廣宗教 – 推廣靈性發展的宗教組織及活動。\\n  • 2021–2025年 – 規劃期\\n")
    >>> [found.term for _, found in dashed_bullet_items(ls, [True] * len(ls))]
    ['救助貧困', '推廣宗教']
    >>> dashed_bullet_items(_lines("  • 陳大文 – 主席\\n  • 李小明 – 副主席\\n"), [True] * 3)
    []
    """
    items: list[tuple[list[int], Found]] = []
    run: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank:
            continue
        match = _ITEM.match(line.raw) if free[line.index] else None
        term = match.group("term").strip(_SPACE) if match else ""
        if match is None or not _good_term(term) or len(_HAN.findall(match.group("definition"))) < 2 or _CONTACT.search(match.group("definition")):
            if _list_of_kinds(run):
                items.extend(run)
            run = []
            continue
        definition = match.group("definition")
        if len(match.group("dash")) == 1 and not _CLOSED_GLOSS.search(definition):
            if _list_of_kinds(run):
                items.extend(run)
            run = []
            continue  # • 陳大文 – 主席: a name and a post, a route, a time and its business: no gloss (review 72)
        start = line.start + match.start("term")
        quote = line.raw[match.start("term") : match.end("definition")]
        run.append(([line.index], Found(term, definition, quote, line.index + 1, start, line.start + match.end("definition"))))
    if _list_of_kinds(run):
        items.extend(run)
    return items
