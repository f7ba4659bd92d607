"""A quoted word's pieces glossed in turn in one sentence: ``“3+1+2”模式是一种高考模式,“3”为全国统一高考科目的…;“1”为
“首选科目”…;“2”为“再选科目”…。``, ``所谓“照”,指的是工商部门颁发的营业执照,而”证”,指的是…许可证。`` (after ``“证照”是…``),
``“三提五统”中的“提”是村提留,“统”指的是乡统筹。``.

A slogan, a formula or a compound (3+1+2, 证照, 三提五统) is explained by its parts: each part quoted (a character, a digit,
two characters at most), its marker (为, 是, 指, 指的是, 是指, 代表, 就是), its gloss to the comma or semicolon before the next
part, the last to its full stop. Two parts at least, each one character (or a number) of one quoted word the line names before them — a series
of quoted words that are no pieces of a named word (``“数”指的是数据,“算”指的是算力``) is the clause series' to read, and a
word's characters glossed after its own definition are :mod:`character_glosses`'. A frame naming the word the part belongs
to (``“三提五统”中的“提”``) is part of the term. An entry another pass found running over the parts (the word's own gloss,
``是一种高考模式,“3”为…``; a question's answer ``新高考3+1+2的意思,其中“3”代表…``) ends before the first part; left with
no gloss but that lead (``…的意思,其中``), it is dropped; one whose gloss is nothing but the parts, its term naming the word
(a glossary's ``农民相对集中居住“1+7”政策体系:“1”是指…,“7”是指…。``), is the word's gloss whole, and its parts no entries. A
word repeating a part counted by position (``…,第一个“4”是指…,第二个“4”是指…``) has no series: its parts are read in its
own gloss.

The same parts glossed line by line, unquoted (``新高考改革3+1+2`` / ``3指的是:3门主科,即语文、数学、外语;`` / ``1则指的是:物理和
历史,选择1门;`` / ``2指的是:…选择其中2门。``, P2808, a gaokao site's article; a ``1+N`` or ``3+3`` plan is explained so on any
body's page): two lines at least in a row (blank lines between), each opening with a digit or a letter (则 may stand before
its marker, a connective going with neither), its marker and its gloss to the line's end, the list's closing semicolon
left off; every part a piece of a bare formula (``3+1+2``) on one of the five lines above. A line whose digit is no piece of
such a formula (a list's numbered lines, ``1指…`` under no formula) is none."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["piece_series"]

_QUOTE = "“”\"「」"
# One part: its quotation marks (a converter may turn the opening one: ”证”), an optional comma, its marker.
_PART = re.compile(
    r"(?P<term>(?:[“「\"](?P<word>[^“”「」\"]{2,12})[”」\"]中的)?[“”「\"](?P<piece>[\u4e00-\u9fff]|[0-9]{1,2}|[A-Za-z])[”」\"])"
    r"[ \t\u3000]*[,，]?[ \t\u3000]*(?:则|則)?(?P<marker>指的是|是指|代表|就是|为|為|指(?!出)|是(?![否不]))"
)
# What may stand between one part's gloss and the next part: a comma or semicolon, then a connective or a pointer.
_BETWEEN = re.compile(r"(?P<stop>[ \t\u3000]*[,，;；])[ \t\u3000]*(?:而|最后这个|最後這個|其中|所谓|所謂|这个|這個)?[ \t\u3000]*$")
# A quoted word on the line before the parts: the word they are pieces of.
_WORD = re.compile(r"[“「\"](?P<word>[^“”「」\"]{2,12})[”」\"]|(?P<bare>[0-9]+(?:\+[0-9]+)+)")
# A gloss left with nothing but a question's lead: 新高考3+1+2的意思,其中
_LEAD_ONLY = re.compile(r"(?:的意思|的含义|的含義|的涵义)[ \t\u3000]*(?:[,，][ \t\u3000]*其中)?[ \t\u3000]*$")
_MIN_GLOSS = 4
# The quoted word itself opening the line with its marker (“3+1+2”模式是…): its gloss ends before its first part.
# A part counted by position, the word repeating it (“1+4+4+8”: 第一个“4”是指…,第二个“4”是指…): no series on the line.
_ORDINAL_PART = re.compile(r"第[一二三四五六七八九十0-9]{1,2}[个個][ \t\u3000]*[“”「\"]")
_PARENT = re.compile(r"[ \t\u3000]*(?P<term>[“「\"][^“”「」\"]{2,12}[”」\"][\u4e00-\u9fff]{0,4}?)[ \t\u3000]*(?P<marker>是指|就是|是(?![否不])|指(?!出))")


# A part opening its line unquoted (3指的是:…;, 1则指的是:…;): a formula's digit or letter, 则 at most, its marker.
_LINE_PART = re.compile(
    r"[ \t\u3000]*(?P<term>[0-9]{1,2}|[A-Za-z])[ \t\u3000]*(?:则|則)?[ \t\u3000]*(?P<marker>指的是|是指|代表|就是|指(?![出导導定示明引南标標数數]))"
)
# A bare formula on a line above the parts (新高考改革3+1+2): the pieces it is made of.
_BARE_FORMULA = re.compile(r"(?<![0-9A-Za-z+])[0-9A-Za-z]{1,2}(?:\+[0-9A-Za-z]{1,2})+(?![0-9A-Za-z+])")
#: How many lines above the first part may name the formula.
_FORMULA_LINES = 5
_LIST_STOP = ";；,，、 \t\u3000"


def _line_series(lines: list[_L]) -> list[Found]:
    """The parts of a bare formula glossed line by line (module docstring), each an entry."""
    out: list[Found] = []
    run: list[tuple[_L, re.Match[str]]] = []

    def close() -> None:
        if len(run) >= 2 and len({m.group("term") for _, m in run}) == len(run):
            above = [line.raw for line in lines[max(0, run[0][0].index - 2 * _FORMULA_LINES) : run[0][0].index] if not line.blank][-_FORMULA_LINES:]
            pieces = [set(f.group().split("+")) for raw in above for f in _BARE_FORMULA.finditer(raw)]
            if any(all(m.group("term") in formula for _, m in run) for formula in pieces):
                for line, m in run:
                    end = len(line.raw.rstrip(_LIST_STOP))
                    gloss = line.raw[m.start("marker") : end]
                    out.append(Found(m.group("term"), gloss, line.raw[m.start("term") : end], line.index + 1, line.start + m.start("term"), line.start + end))
        run.clear()

    for line in lines:
        if line.blank:
            continue
        part = _LINE_PART.match(line.raw)
        if part is None or len(line.raw.rstrip(_LIST_STOP)) - part.start("marker") < _MIN_GLOSS + 2:
            close()
            continue
        run.append((line, part))
    close()
    return out


def _series(raw: str) -> list[tuple[re.Match[str], int]]:
    """The parts of the first series on ``raw`` with their gloss ends, or an empty list."""
    if _ORDINAL_PART.search(raw):
        return []  # 第二个“4”是指…: the parts of a word repeating one (1+4+4+8) stay in the word's gloss
    parts = list(_PART.finditer(raw))
    for i, first in enumerate(parts):
        words = {m.group("word") or m.group("bare") for m in _WORD.finditer(raw, 0, first.start("piece"))}
        if first.group("word"):
            words.add(first.group("word"))
        run = [first]
        for nxt in parts[i + 1 :]:
            stop = raw.find("。", run[-1].end())
            if stop >= 0 and stop < nxt.start() or _BETWEEN.search(raw, run[-1].end(), nxt.start()) is None:
                break
            run.append(nxt)
        if len(run) < 2 or len({m.group("piece") for m in run}) < len(run):
            continue
        word = next((w for w in words if all(m.group("piece") in w and m.group("piece") != w for m in run)), None)
        if word is None:
            continue
        out = []
        for k, part in enumerate(run):
            if k + 1 < len(run):
                end = _BETWEEN.search(raw, part.end(), run[k + 1].start()).start("stop")
            else:
                stop = raw.find("。", part.end())
                if stop < 0:
                    return out if len(out) >= 2 else []
                end = stop + 1
            if end - part.start("marker") < _MIN_GLOSS:
                return []
            out.append((part, end))
        return out
    return []


def piece_series(lines: list[_L], found: list[Found]) -> tuple[list[Found], list[Found]]:
    """``(found as cut, new entries)``: the parts of a quoted word glossed in turn on a line (module docstring), and the
    entries found before, each ended before the first part where it ran over them."""
    lined = _line_series(lines)
    if lined:  # 3指的是:…; / 1则指的是:…;: a bare formula's parts line by line, no other reading of their lines
        spans = [(e.start, e.end) for e in lined]
        found = [f for f in found if not any(s <= f.start < e or f.start <= s < f.end for s, e in spans)]
    new: list[Found] = []
    cut_at: list[tuple[int, int]] = []  # (text offset of the first part, of the separator before it)
    firsts: dict[int, tuple[int, set[str]]] = {}  # text offset of a series' first part: (its line number, its parts)
    for line in lines:
        if line.blank or line.raw.count("“") + line.raw.count('"') + line.raw.count("”") < 4:
            continue
        series = _series(line.raw)
        if not series:
            continue
        first = series[0][0]
        firsts[line.start + first.start()] = (line.index + 1, {part.group("piece") for part, _ in series})
        before = _BETWEEN.search(line.raw, 0, first.start())
        cut_at.append((line.start + first.start(), line.start + (before.start("stop") if before else first.start())))
        for (part, end), (nxt, _) in zip(series, series[1:]):
            cut_at.append((line.start + nxt.start(), line.start + end))  # “照”,指的是…,而”证”,…: a gloss run over the next part
        parent = _PARENT.match(line.raw)
        if parent is not None and before is not None and "。" not in line.raw[parent.end() : first.start()]:
            opened, closed = parent.start("marker"), before.start("stop")  # “3+1+2”模式是一种高考模式,“3”为…: the word's own gloss
            if closed - opened >= _MIN_GLOSS:
                new.append(Found(parent.group("term"), line.raw[opened:closed], line.raw[parent.start("term") : closed], line.index + 1, line.start + parent.start("term"), line.start + closed))
        for part, end in series:
            new.append(Found(part.group("term"), line.raw[part.start("marker") : end], line.raw[part.start() : end], line.index + 1, line.start + part.start(), line.start + end))
    if not new:
        return found, lined
    out, whole = [], set()
    for entry in found:
        opened = entry.end - len(entry.definition)
        if opened in firsts and entry.quote.endswith(entry.definition) and _names_word(entry.term, firsts[opened][1]):
            out.append(entry)  # 农民相对集中居住“1+7”政策体系:“1”是指…,“7”是指…: the parts are the word's gloss whole
            whole.add(firsts[opened][0])
            continue
        cut = next((c for p, c in cut_at if entry.start < p < entry.end and entry.quote.endswith(entry.definition)), None)
        if cut is None:
            out.append(entry)
            continue
        drop = entry.end - cut
        definition = entry.definition[:-drop] if drop < len(entry.definition) else ""
        if len(definition.strip()) < _MIN_GLOSS or _LEAD_ONLY.search(definition):
            continue  # 新高考3+1+2的意思,其中: a question's lead, no gloss
        out.append(Found(entry.term, definition, entry.quote[:-drop], entry.line, entry.start, cut))
    taken = {(e.start, e.term) for e in out}
    return out, lined + [e for e in new if (e.start, e.term) not in taken and e.line not in whole]


def _names_word(term: str, pieces: set[str]) -> bool:
    """Whether ``term`` names a quoted word or a formula (``农民相对集中居住“1+7”政策体系``) holding every one of ``pieces``."""
    return any(all(piece in (m.group("word") or m.group("bare")) for piece in pieces) for m in _WORD.finditer(term))
