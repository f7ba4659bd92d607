"""Paragraphs that each open with one item of a list the definition above names.

A headword's explanation that lists its parts (“六保”指保居民就业、保基本民生、保市场主体、…。) is often followed by a
paragraph on each part (保居民就业,旨在…。 / 保基本民生,就是要…。): the parts' own comments, no part of the
definition, which ends before the first of them (a part glossed by its own marker is then read as an entry of its own).
"""

from __future__ import annotations

import re

# The list a definition names: the marker, then at least three items parted by 、 up to the sentence's end.
_LISTED = re.compile(r"(?:是指|指的是|指|包括|即|就是)(?P<items>[^。；;！？!?]{6,200}?)[。；;]")
_ITEM = re.compile(r"[^、，,。；;：:“”]{2,12}")
# What parts the listed items: the enumeration comma, or a conjunction before the last item.
_ITEM_JOIN = re.compile(r"、|和|及|与|與")


def listed_items(definition: str) -> list[str]:
    """The items (three at least) the first defining sentence of ``definition`` lists with 、, else ``[]``."""
    listed = _LISTED.search(definition, 0, 80)
    if listed is None:
        return []
    items = [item.strip() for item in _ITEM_JOIN.split(listed.group("items"))]
    if len(items) < 3 or not all(_ITEM.fullmatch(item) for item in items):
        return []
    return items


def opens_with_item(paragraph: str, items: list[str]) -> bool:
    """Whether ``paragraph`` opens with one of ``items`` and a comma or colon, going on about it (保居民就业,旨在…)."""
    return any(paragraph.startswith(item) and paragraph[len(item) : len(item) + 1] in (",", "，", ":", "：") for item in items)
