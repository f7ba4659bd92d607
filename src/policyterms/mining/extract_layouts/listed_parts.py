"""The parts of a list glossed one by one right after it.

A report names a slogan by its list, then glosses each part in turn, the headwords run in as ``X,就是…``:
``封关运作是实施以“‘一线’放开、‘二线’管住、岛内自由”为基本特征的…政策制度。`` / ``“一线”放开,就是…;“二线”管住,就是…;
岛内自由,就是…。`` (P965), or a paragraph each, a heading between: ``“3815”就是三年上台阶、八年大发展、十五年大跨越。…`` /
``三年上台阶,就是…。`` / ``八年大发展,就是…。`` (P963). ``X,就是…`` alone is a report's way of saying what a task takes
(``关键,就是…``), and its headwords need not be quoted: what makes them headwords is that they are the items of the list
just above, in its order. Each part is an entry from its marker to the separator before the next part, or to the end of
its paragraph; the list's subject (``封关运作``, ``“3815”`` after its attribution ``省委《决定》指出,``) is one too, from its marker
to the end of its paragraph, when it is a short name. Parts glossed by bare 是 (``全国人民代表大会是…。中国人民政治协商会议是…``)
count only under a sentence saying a name stands for them together (``“两会”是对…A和B的统称``), or naming together two kinds
of one thing (``…主觀測聽法和客觀測聽法的結果…`` / ``主觀測聽法是…。`` / ``客觀測聽法是…。``, 555).
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import ASKS, _SENTENCE_END, Found, _L, _SPACE
from policyterms.mining.extract_layouts.topics import _role

__all__ = ["listed_parts"]

# A part's gloss opening a paragraph or a clause after a semicolon: a short headword, a comma, the marker.
_PART = re.compile(
    r"(?:^|(?<=[;；]))[ \u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？()（）]{2,16}?)[ \u3000]*[,，]?[ \u3000]*"
    # (or what each part covers, its 则 left out: 资金,主要涵盖现金、银行存款等货币资金,… / 资产则包含各种流动资产…, P1431)
    r"(?:[则則][ \u3000]*)?(?P<marker>就是指|就是|是指|指的是|即(?![使便将將刻时時可])|主要(?:涵盖|涵蓋|指)|(?<=[,，则則])(?:涵盖|涵蓋|包含))"
    # (a bare X包含… is the list's own sentence, 全球安全觀包含共同、綜合、合作、可持續四大核心要素。, dev-44's P1489)
    # (or, the list being the parts a name stands for, each a sentence opening with its name and 是: “两会”是对…全国人民代表
    # 大会和中国人民政治协商会议的统称。 / 全国人民代表大会是最高国家权力机关,…。中国人民政治协商会议是…的组织,…。, P918)
    r"|(?:^|(?<=。))[ \u3000]*(?P<named>[^\s\u3000,，。；;:：、!！?？()（）“”「」]{4,16}?)(?P<is>是(?![否在由因为為不]))"
)
# The marker of the list's own sentence (its subject before it).
_SUBJECT_MARKER = re.compile(r"就是指|就是|是指|指的是|是(?![否在由因为為不])|即(?![使便将將刻时時可])")
# What joins a list's items.
_JOIN = "[、,，和及与與]"
# The list's sentence saying a name stands for its parts together (…的统称, 合称, 简称), which bare 是 glosses one by one.
_COVERS = re.compile(r"统称|統稱|总称|總稱|合称|合稱|简称|簡稱")
# Lines looked at above the first part for the list (a heading and blank lines between).
_LOOK_BACK = 6


def _term(match: re.Match) -> str:
    """The group naming a part's headword: ``term`` before a marker, ``named`` before a bare 是."""
    return "term" if match.group("term") is not None else "named"


def _marker(match: re.Match) -> str:
    return "marker" if match.group("marker") is not None else "is"


def _kinds_of_one_head(keys: list[str]) -> bool:
    """Whether the parts are kinds of one thing, their names ending in one head noun of two characters or more
    (``主觀測聽法和客觀測聽法`` / ``主觀測聽法是使用…作測試。`` / ``客觀測聽法是使用…作測試。``, 555: a gazette's two methods named in
    a sentence, then each glossed by bare 是 in a paragraph of its own): what the list names together is a pair of
    kinds, as a name standing for them is (``…的统称``)."""
    head = 0
    while head < min(len(k) for k in keys) and len({k[len(k) - head - 1] for k in keys}) == 1:
        head += 1
    return head >= 2 and all(len(k) - head >= 1 for k in keys)


def _roles(parts: list[tuple[_L, re.Match]]) -> bool:
    """Whether a part glossed by bare 是 is given a role instead (``要统筹发展城市经济和县域经济。`` / ``城市经济是区域发展的主引擎。``:
    a report's kinds of one thing, each said to be what it does for the whole, :func:`.topics._role`): no kinds glossed.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> def _parts(*raws): return [(line, _PART.match(line.raw)) for line in _lines("\\n".join(raws))]
    >>> _roles(_parts("城市经济是区域发展的主引擎。", "县域经济是国民经济的基本单元。"))
    True
    >>> _roles(_parts("主觀測聽法是使用純音測聽法作測試。", "客觀測聽法是使用腦幹誘發電位作測試。"))
    False
    """
    return any(_role(line.raw[m.end("is") :]) for line, m in parts if _marker(m) == "is")


def _key(text: str) -> str:
    """A headword as the list writes it: without converter pinyin, quotation marks or blanks (‘一线’放开 for “一线”放开)."""
    return re.sub(r"[“”‘’「」『』\"'\s\u3000]", "", strip_pinyin(text))


def listed_parts(lines: list[_L], free: list[bool]):
    """``(lines, entry)`` for the parts of a list glossed one by one (see the module docstring) and for the list's subject."""
    parts: list[tuple[_L, re.Match]] = []  # the glosses of the current run of paragraphs
    for line in [*lines, None]:
        if line is not None and line.blank:
            continue
        found = list(_PART.finditer(line.raw)) if line is not None and free[line.index] else []
        if found and found[0].start(_term(found[0])) == len(line.raw) - len(line.raw.lstrip(_SPACE)):
            parts.extend((line, m) for m in found)
            continue
        if len(parts) >= 2:
            yield from _entries(lines, free, parts)
        parts = []


def _entries(lines: list[_L], free: list[bool], parts: list[tuple[_L, re.Match]]):
    keys = [_key(m.group(_term(m))) for _, m in parts]
    if any(len(k) < 2 for k in keys) or len(set(keys)) < len(keys):
        return
    listed = re.compile(_JOIN.join(re.escape(k) for k in keys))
    first = parts[0][0]
    above = [ln for ln in lines[max(0, first.index - _LOOK_BACK) : first.index] if not ln.blank and free[ln.index]]
    for source in reversed(above):
        stripped = [(i, c) for i, c in enumerate(source.raw) if _key(c)]
        plain = "".join(c for _, c in stripped)
        hit = listed.search(plain)
        if hit is None:
            continue
        if any(_marker(m) == "is" for _, m in parts) and not (_COVERS.search(source.raw) or _kinds_of_one_head(keys) and not _roles(parts)):
            return  # 全国人大和全国政协… / 全国人民代表大会是…: bare 是 glosses parts only of a name standing for them all
        subject = _subject(source, stripped[hit.start()][0])
        if subject is not None:
            yield source.index, subject
        break
    else:
        return
    for n, (line, match) in enumerate(parts):
        following = parts[n + 1] if n + 1 < len(parts) else None
        end = following[1].start(_term(following[1])) if following is not None and following[0] is line else len(line.raw.rstrip(_SPACE))
        while end > match.end(_marker(match)) and line.raw[end - 1] in _SPACE + ";；":
            end -= 1
        definition = line.raw[match.start(_marker(match)) : end]
        start = match.start(_term(match))
        yield ([line.index] if n == 0 or parts[n - 1][0] is not line else []), Found(
            match.group(_term(match)), definition, line.raw[start:end], line.index + 1, line.start + start, line.start + end
        )


def _subject(line: _L, at: int) -> Found | None:
    """The entry of the list's subject: the sentence holding the list at offset ``at`` names it before its marker, after
    any lead clause (an attribution ``…指出,``); a short name only, defined to the end of its paragraph. A question
    (``什么是“碳达峰”和“碳中和”?``) has none."""
    raw = line.raw
    opening = max((raw.rfind(mark, 0, at) for mark in _SENTENCE_END), default=-1) + 1
    marker = _SUBJECT_MARKER.search(raw, opening, at)
    if marker is None:
        return None
    closing = min((e for e in (raw.find(mark, at) for mark in _SENTENCE_END) if e >= 0), default=len(raw))
    if raw[closing : closing + 1] in ("?", "？") or ASKS.search(raw, opening, marker.start()):
        return None  # 什么是“碳达峰”和“碳中和”? / 碳达峰是指…: a question names its parts, no subject
    head = raw[opening : marker.start()].rstrip(_SPACE + ",，")  # (“三资” 管理,即…: the comma before the marker, P1431)
    lead = max(head.rfind(","), head.rfind("，"))
    term = head[lead + 1 :].strip(_SPACE)
    # (a space after a closing quotation mark is the page's own, kept: “三资” 管理)
    if not 2 <= len(strip_pinyin(term)) <= 12 or re.search(r"(?<![”」])[\s\u3000]|[;；:：、]|^(?:这|這|它|其|此)", term):
        return None
    start = raw.index(term, opening + lead + 1)
    end = len(raw.rstrip(_SPACE))
    return Found(term, raw[marker.start() : end], raw[start:end], line.index + 1, line.start + start, line.start + end)
