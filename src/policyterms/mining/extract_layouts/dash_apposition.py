"""A counted quoted name followed, after a dash, by what it stands for: ``…正是本次重要講話時他親自部署的廣西“三大定位”新使命——``
over the line ``發揮廣西與東盟國家陸海相鄰的獨特優勢,…,形成…的重要門戶。`` (P930), ``新一屆江西省委用“五個一流”為未來前行
提出了“江西方案”——努力實現“一流生態環境、…”。…`` (P958). The dash sets the content beside the name as an apposition: an
entry, the counted name as written the term (a frame around it, ``廣西…新使命``, left out), what follows the dash the
definition, to the end of its paragraph (the next line's paragraph when the dash ends its line).

The name must count its members (``三大定位``, ``五個一流``: two or more, as the counted phrases' ``即`` lists) and be the
nearest counted quoted name before the dash in its clause (no comma between), the dash a double one (a single dash
joins a range: ``(2021—2025年)``). A numbered list after the dash (``…概括起来就是“九个新”——`` over
``(一)在扩大内需上拓展新空间;``, P905) lists parts, the slogan named after its description, and a dash opening 即 is the dash-即
reader's, and a sentence pointing back at the name (``——这是…``) remarks on it. Read over every line; a span already an entry is left alone."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, overlaps

__all__ = ["dash_appositions"]

_COUNTED = re.compile(r"[“「](?:[两兩二三四五六七八九十]|\d{1,2})(?:个|個|大|项|項|条|條|种|種)?[^“”「」,，。；;:：!！?？\s]{1,6}[”」]")
_DASH = re.compile(r"——|──")  # a double dash: a single one joins a range (2021—2025年)
# The name stands in the dash's own clause (…廣西“三大定位”新使命——, …用“五個一流”為…提出了“江西方案”——): no comma between.
_CLAUSE_STOP = re.compile(r"[。！？!?；;,，、:：]")
_NUMBERED = re.compile(r"[\s\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）]|[①-⑳•·\-*])")
_FINISHED = re.compile(r"[。！？!?…]$")
# A sentence pointing back at the name after the dash (“1650”——这是江苏打造现代化产业体系的密码。, P1616): a remark on it, no content.
_POINTING_BACK = re.compile(r"(?:这|這|此)(?:就|便|正|也)?是")


def dash_appositions(lines: list[_L], found: list[Found]) -> list[Found]:
    """An entry for each counted quoted name glossed after a dash (module docstring); none overlapping ``found``.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("他親自部署的廣西“三大定位”新使命——\\n發揮廣西的獨特優勢,構建面向東盟的國際大通道,形成重要門戶。\\n")
    >>> [(e.term, e.definition) for e in dash_appositions(ls, [])]
    [('“三大定位”', '發揮廣西的獨特優勢,構建面向東盟的國際大通道,形成重要門戶。')]
    >>> dash_appositions(_lines("概括起来就是“九个新”——\\n\\n(一)在扩大内需上拓展新空间;\\n"), [])
    []
    """
    taken = [(entry.start, entry.end) for entry in found]
    out: list[Found] = []
    for line in lines:
        if line.blank:
            continue
        raw = line.raw.rstrip(_SPACE)
        dash = _DASH.search(raw)
        if dash is None:
            continue
        stops = [m.end() for m in _CLAUSE_STOP.finditer(raw, 0, dash.start())]
        sentence = stops[-1] if stops else 0
        names = list(_COUNTED.finditer(raw, sentence, dash.start()))
        if not names:
            continue
        name = names[-1]
        after = raw[dash.end() :].strip(_SPACE)
        if after:
            if after.startswith("即") or not _FINISHED.search(after) or _POINTING_BACK.match(after):
                continue
            start_line, offset, definition = line, dash.end() + (len(raw[dash.end() :]) - len(raw[dash.end() :].lstrip(_SPACE))), after
        else:
            below = next((other for other in lines[line.index + 1 :] if not other.blank), None)
            if below is None or below.index > line.index + 2 or _NUMBERED.match(below.raw):
                continue
            definition = below.raw.strip(_SPACE)
            if definition.startswith("即") or not _FINISHED.search(definition) or _POINTING_BACK.match(definition):
                continue
            start_line, offset = below, len(below.raw) - len(below.raw.lstrip(_SPACE))
        start, end = line.start + name.start(), start_line.start + offset + len(definition)
        if overlaps(start, end, taken):
            continue
        quote = raw[name.start() :] + ("" if after else definition)
        out.append(Found(name.group(0), definition, quote, line.index + 1, start, end))
    return out
