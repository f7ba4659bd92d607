"""A headword line the page repeats over its items is a label, not a term: a list page tags each item with its kind on a
line of its own above the item's title and blurb (``專題文章`` / ``澳門貨幣匯兌`` / the blurb, five times on 765, the Macao
Memory site's topic list; a news list's ``新聞稿``, a catalogue's ``活動``), and a headword-line reader takes the tag for a
headword over the title and blurb below it. A word a glossary defines stands once as a headword line, or twice where a
page repeats its title (880's ``公僕`` at the top and above the term table), and a dictionary page names its word on
several lines but in its sentences too (``人民政府`` / ``词典名字:`` / ``人民政府`` / … ``• 人民政府是…``); three lines at least,
each the word alone, with the word in no other line of the page, make a tag, and its entries are dropped."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["repeated_labels_dropped"]

#: How many lines holding only the word make it a tag.
TAG_LINES = 3
_SPACE = " \t\u3000"
_LINE = re.compile(r"^[ \t\u3000]*(\S[^\n]{0,11}?)[ \t\u3000]*$", re.MULTILINE)


def repeated_labels_dropped(entries: list, text: str) -> list:
    """``entries`` without those whose term is a line the page repeats alone :data:`TAG_LINES` times at least.

    >>> from policyterms.mining.appendix import ExtractedEntry
    >>> page = "專題文章\\n甲\\n…\\n專題文章\\n乙\\n…\\n專題文章\\n丙\\n"
    >>> e = ExtractedEntry(1, "專題文章", "乙…", (), False, "專題文章", 4)
    >>> repeated_labels_dropped([e], page)
    []
    """
    if not entries:
        return entries
    counts = Counter(m.group(1) for m in _LINE.finditer(text))
    tags = {w for w, n in counts.items() if n >= TAG_LINES and text.count(w) == n}
    if tags:
        # A tag stands over a different item each time; a headword listed again in a contents list or a related-entries
        # list (碳达峰 / 碳中和 under 目录 and 相关词条, its definition once) stands over another headword or itself there,
        # and stays (review 55).
        terms = {e.term.strip(_SPACE) for e in entries}
        lines = [line.strip(_SPACE) for line in text.splitlines() if line.strip(_SPACE)]
        over = Counter(
            word for word, after in zip(lines, lines[1:] + [""])
            if word in tags and after and after != word and after not in terms
        )
        tags = {w for w in tags if over[w] >= TAG_LINES}
    return [e for e in entries if e.term.strip(_SPACE) not in tags] if tags else entries
