"""Quoted labels each run into what they stand for, in one sentence after a lead-in colon: ``河南“米”字形高鐵網具體布局為:
“一橫”徐蘭高鐵(鄭西、鄭徐高鐵),“一豎”京廣高鐵(石武高鐵),“一撇”鄭渝高鐵,“一捺”鄭阜高鐵,“一點”鄭太高鐵,“一撇點”濟鄭高鐵。``
(P957, a news report on a rail network named after a character's strokes). Each label is glossed by the name right after
it, with no verb between, as a glossary's colon lines gloss theirs: an entry per label, the label as written (quotes kept)
the term, the name the definition up to the comma before the next label (left out), the last one to its full stop.

The sentence must be that series and nothing else: it opens right after a colon, holds three labelled clauses at least and
ends with the last one. A clause opening with a marker (``“数”指数据``, ``“雙城”是指…``) is the clause series' to read, and
a clause saying something of a quoted word (``“建設”出現頻率排在第二,…``: no colon before it) gives nothing. Read over
every line; a span already an entry is left alone."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, overlaps

__all__ = ["colon_label_series"]

_LABEL = r"[“「][^“”「」()（）,，。；;:：、\s\u3000]{1,6}[”」]"
_NAME = r"(?!是|指|即|为|為|就是|代表|包括|意为|意為)(?:[^“”「」()（）,，。；;:：!！?？\s\u3000]|[(（][^()（）。；;\n]{1,30}[)）]){2,24}"
_SERIES = re.compile(rf"(?<=[:：])[\s\u3000]*(?P<series>{_LABEL}{_NAME}(?:[,，]{_LABEL}{_NAME}){{2,}})(?P<stop>[。！!])")
_CLAUSE = re.compile(rf"(?P<term>{_LABEL})(?P<definition>{_NAME})")
# A clause saying what the quoted word conveys, not a name: a verb with 了 or a pronoun pointing back (``“政务”明确了其处理的是…,
# “服务”凸显了其…的宗旨,“中心”则体现了其…的定位。``, P1813, the words of a body's name weighed one by one), or 则 opening it.
# (其他, 其余 and 其中 are words of a name: “多点”其他市州.)
_STATEMENT = re.compile(r"^(?:则|則)|了|其(?![他它余餘中])")


def colon_label_series(lines: list[_L], found: list[Found]) -> list[Found]:
    """An entry per quoted label run into its name in a series after a colon (module docstring); none whose span overlaps
    an entry in ``found``.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("據了解,河南高鐵網具體布局為:“一橫”徐蘭高鐵(鄭西、鄭徐高鐵),“一豎”京廣高鐵,“一撇”鄭渝高鐵。作為中心的鄭州…")
    >>> [(e.term, e.definition) for e in colon_label_series(ls, [])]
    [('“一橫”', '徐蘭高鐵(鄭西、鄭徐高鐵)'), ('“一豎”', '京廣高鐵'), ('“一撇”', '鄭渝高鐵。')]
    >>> colon_label_series(_lines("报告显示:“数”指数据,“算”是算力,“网”指网络。"), [])
    []
    >>> colon_label_series(_lines("概括了其本质属性:“政务”明确了其处理的是政府事务,“服务”凸显了其宗旨,“中心”则体现了其定位。"), [])
    []
    >>> # (a sentence written for this check: no real page at hand has 其他 in a label series)
    >>> [e.term for e in colon_label_series(_lines("空间布局为:“一核”郑州都市圈,“一带”沿黄生态带,“多点”其他市州。"), [])]
    ['“一核”', '“一带”', '“多点”']
    """
    taken = [(entry.start, entry.end) for entry in found]
    out: list[Found] = []
    for line in lines:
        if line.blank:
            continue
        for series in _SERIES.finditer(line.raw):
            clauses = list(_CLAUSE.finditer(line.raw, series.start("series"), series.end("series")))
            if any(_STATEMENT.search(clause.group("definition")) for clause in clauses):
                continue
            entries = []
            for n, clause in enumerate(clauses):
                last = n == len(clauses) - 1
                end = series.end("stop") if last else clause.end("definition")
                definition = line.raw[clause.start("definition") : end]
                start = line.start + clause.start("term")
                if overlaps(start, line.start + end, taken):
                    entries = []
                    break
                entries.append(Found(clause.group("term"), definition, line.raw[clause.start("term") : end], line.index + 1, start, line.start + end))
            out.extend(entries)
    return out
