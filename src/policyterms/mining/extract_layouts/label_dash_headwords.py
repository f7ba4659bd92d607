"""Headword lines under a repeated category label: ``●大陸用語-學霸`` / ``平時學習非常用功且成績很好的學生``.

A press item on the other side's usage (P613, ETtoday on mainland words) writes each word as a bullet line naming its
category before a dash, ``●大陸用語-X``, and the gloss on the line below, often without a closing stop (a caption's
style). The label repeated on every headword line marks the list: the word after the dash is the headword (the bullet
and the label left out, as P569's and P603's labels), the whole line below its definition. A group of words sharing
one gloss (``●大陸用語-傻逼、牛逼、裝逼、二逼``) stays one headword as written. One or two such lines are a page's
section headings; three at least, with one label, are a list. The label names a kind of words (用語, 詞, 語,
說法): a news page's section label on its headlines (``●焦點-颱風來襲`` / a report's sentence) names none, and
nor does a language alone (``●國語-新聞聯播`` / ``每晚七時播出``, a channel's programme list).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["label_dash_headwords"]


_LABEL_DASH_LINE = re.compile(
    r"^[ \t\u3000]*[●○■□◆◇▲△▼▽★☆•◎※▶►]?[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{0,5}(?:用語|用语|詞|词|語|语|說法|说法|叫法))[ \t\u3000]*[-—–－][ \t\u3000]*"
    r"(?P<term>[^\s\u3000,，。；;:：!！?？()（）-]{1,12}(?:、[^\s\u3000,，。；;:：!！?？()（）、-]{1,12}){0,5})[ \t\u3000]*$"
)
# A gloss line: Chinese, no colon label opening it, not a headword line itself.
_GLOSS_LINE = re.compile(r"^[ \t\u3000]*(?![^\s\u3000,，。]{1,8}[:：])[\u4e00-\u9fff“「][^\n]{1,200}$")
_LIST_AT_LEAST = 3
# A language alone (國語-新聞聯播, 粵語-…: a channel's programmes, a course's classes) names no kind of words.
_LANGUAGE = re.compile(r"(?:國|国|粵|粤|台|臺|閩南|闽南|客家?|英|日|韓|韩|法|德|俄|華|华|西班牙|葡萄牙)(?:語|语)")


def label_dash_headwords(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``([headword line, gloss line], entry)`` for each ``[●]LABEL-X`` line with the gloss line right below it, in
    a page whose free lines give three such blocks at least under one label."""
    blocks: dict[str, list[tuple[list[int], Found]]] = {}
    for n, line in enumerate(lines[:-1]):
        if line.blank or not free[line.index]:
            continue
        head = _LABEL_DASH_LINE.match(line.raw)
        below = lines[n + 1]
        if head is not None and _LANGUAGE.fullmatch(head.group("label")):
            continue
        if head is None or below.blank or not free[below.index] or _LABEL_DASH_LINE.match(below.raw):
            continue
        if not _GLOSS_LINE.match(below.raw):
            continue
        gloss = below.raw.strip(_SPACE)
        at = below.raw.find(gloss)
        term = head.group("term")
        found = Found(
            term, gloss, line.raw[head.start("term") :] + "\n" + below.raw[: at + len(gloss)], line.index + 1,
            line.start + head.start("term"), below.start + at + len(gloss),
        )
        blocks.setdefault(head.group("label"), []).append(([line.index, below.index], found))
    out = [block for listed in blocks.values() if len(listed) >= _LIST_AT_LEAST for block in listed]
    return sorted(out, key=lambda b: b[1].start)
