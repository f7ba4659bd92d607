"""A bilingual ordinance's interpretation items (``“工作日”(working day) 指…;``), one an entry.

Hong Kong's laws are enacted in Chinese and English, and their interpretation sections (``釋義``) write every defined
term with its English name in brackets right before ``指`` (532, a regulation's section 2 on the law database; 531, a
bill inserting three such items, hard-wrapped; 535, one item in a table cell after the lead-in ``在本规例中,除文意另有所指
外,``). The English name is what marks the layout: no other page's line opens with a term, a bracketed English name and
指. Each item is an entry: the term as written without its English name (its quotation marks kept where the page has them, a stray closing
one kept; the opening mark of an inserted passage, ``""土地審裁處"``, dropped), the definition from 指 to the item's
semicolon (left out) or its full stop (kept, the section's last item), over the lines a hard wrap broke it into. An item
whose end the page cuts gives nothing.

A capitalised English name glued to 指 is no ordinance's item: ordinances set the name off from 指 by a space
(``主代理(principal agent) 指…``, 532), an article or a glossary introduces a concept by its English name
(``算力(Computing Power)指的是计算能力,…``, P2995), which the prose pass reads with the name kept in the term.

The same section is also set as a table, one cell a line on a flattened page: the quoted term's cell, a dash cell, then
the gloss cell (``「條例」 |`` / ``— |`` / ``指噪音管制條例; |``, 638, a Hong Kong technical memorandum's 釋義 table under
``下列各詞定義如下:``). There the dash cell is what marks the layout, as the English name marks the line form: a row whose gloss
cell opens with 指 is an entry, read as an item is (its semicolon and a trailing 及 left out, its full stop kept); a cell
referring the term elsewhere (``釋義與噪音管制條例內所定者相同;``) glosses nothing on the page and gives nothing, nor does a
row without the dash cell (a data table's cells). It acts on 638 only among the bundled and shared pages: the plain reading
of an interpretation table, kept for the next one.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["interpretation_items", "interpretation_table_rows"]

# An item's opening: the interpretation lead-in run in (535's table cell), the term (quoted or not, a stray mark kept),
# its English name in brackets — words, not an abbreviation in capitals (a yearbook's 研究与试验发展(R&D)  指…, 148, 184, is
# a glossary's headword, read by the spaced pass) —, then 指 (not 指出, 指明, 指定, 指派: a rule's verb, 行政長官(Chief Executive)
# 指定的人員…).
_ITEM = re.compile(
    r"[\s\u3000|]*(?:在本[^,，。；;]{1,8}中[,，]?[\s\u3000]*除文意另有所指外[,，]?[\s\u3000]*)?"
    r"(?:[\"“「](?=[\"“”「]))?(?P<term>[\"“”「]?[^\s\u3000\"“”「」()（）,，。；;:：|]{1,20}[\"”」]?)[\s\u3000]*"
    r"[(（][\s\u3000]*(?=[^()（）]*[a-z])(?P<initial>[A-Za-z])[A-Za-z0-9 ,.'’&/\-]{0,80}[)）][\s\u3000]*"
    r"(?P<definition>指(?![出明示引导導定派])\S)"
)
# Where an item ends: its semicolon (left out) or a full stop (kept).
_ITEM_END = re.compile(r"[;；]|。")
# An item announcing its lettered paragraphs below (“指明人士”(specified person) 指─ / (a) 持牌人; / (b) …: an ordinance's
# item of several paragraphs): its first line ends in a dash, and the semicolon after (a)'s words ends a paragraph, not the
# item. A bare 指─ is glossed by its paragraphs, to the next item; words before the dash (指符合以下各項條件的人士─) are its
# gloss up to the dash, as 536's 即符合以下各项条件的服务─ is.
_ANNOUNCES_PARAGRAPHS = re.compile(r"[─—–]+[\s\u3000]*$")
# How many lines a hard wrap may break one item into (531's wrap three lines at most).
_MOST_LINES = 6
_HAN = re.compile(r"[\u4e00-\u9fff]")


# A line closing on its semicolon, as an ordinance's item does (…指食物环境卫生署署长;).
_ITEM_SEMICOLON = re.compile(r"[;；][\s\u3000|]*$")


def _ordinance_item(match: re.Match, raw: str) -> bool:
    """Whether a line whose capitalised English name is glued to 指 is still an ordinance's item, as ordinances capitalise
    names too (``“署长”(Director)指食物环境卫生署署长;``, ``「營辦商」(Operator)指…;``, review 68: a flattened page loses the
    space before 指): a quoted term glossed by a bare 指 (no 指的是, an article's wording), or an item closed by its
    semicolon (:data:`_ITEM_SEMICOLON`)."""
    quoted = match.group("term")[:1] in "\"“”「"
    plain_zhi = not raw.startswith("指的是", match.start("definition"))
    return (quoted and plain_zhi) or bool(_ITEM_SEMICOLON.search(raw))


def interpretation_items(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each interpretation item of the module docstring, with the lines it was read from."""
    out: list[tuple[list[int], Found]] = []
    k = 0
    while k < len(lines):
        match = _ITEM.match(lines[k].raw) if free[k] and not lines[k].blank else None
        # (an ordinance sets its item's English name off from 指 by a space, ``“工作日”(working day) 指…``, ``主代理(principal agent) 指…``,
        # 532, ``"(Labour Tribunal) 指``, 531; a capitalised name glued to 指 is a concept an article or a glossary introduces by its
        # English name, ``算力(Computing Power)指的是计算能力,…``, P2995, ``「碳中和」(Carbon Neutral)指的是,…``, P2557, which the prose
        # pass reads with the name kept, as their golds keep it, as 隐私计算(Privacy-preserving Computation)是指… is read, P3001)
        if match is not None and match.group("initial").isupper() and lines[k].raw[match.start("definition") - 1] in ")）" and not (
            _ordinance_item(match, lines[k].raw)
        ):
            match = None  # 算力(Computing Power)指的是…: a concept's English name glued to 指, no ordinance's item (P2995)
        if match is None or not _HAN.search(match.group("term")):
            k += 1
            continue
        taken = [k]
        pieces = [_piece(lines[k], match.start("definition"))]  # (offset in the text, the words there)
        end = None
        joined = pieces[0][1]
        announced = _ANNOUNCES_PARAGRAPHS.search(joined)
        if announced is not None and len(_HAN.findall(joined[: announced.start()])) >= 4:
            end = len(joined)  # 指符合以下各項條件的人士─: the lead-in is the gloss, its paragraphs not counted
        elif announced is not None:  # 指─ / (a) …; / (b) …;: the item is its paragraphs, up to the next item
            nxt = k + 1
            while len(taken) < _MOST_LINES * 2 and nxt < len(lines) and not lines[nxt].blank and free[nxt] and not _ITEM.match(lines[nxt].raw):
                taken.append(nxt)
                pieces.append(_piece(lines[nxt], 0))
                nxt += 1
            joined = "".join(words for _, words in pieces)
            end = len(joined.rstrip(";；")) if len(taken) > 1 and _ITEM_END.search(joined[-1:]) else None
            if end is None:  # the page cuts the item
                k = taken[-1] + 1
                continue
        while end is None:
            joined = "".join(words for _, words in pieces)
            stop = _ITEM_END.search(joined)
            if stop is not None:
                end = stop.start() if stop.group() != "。" else stop.end()
                break
            nxt = taken[-1] + 1
            if len(taken) >= _MOST_LINES or nxt >= len(lines) or lines[nxt].blank or not free[nxt] or _ITEM.match(lines[nxt].raw):
                break
            taken.append(nxt)
            pieces.append(_piece(lines[nxt], 0))
        if end is None:  # the page cuts the item
            k = taken[-1] + 1
            continue
        term = match.group("term")  # (""土地審裁處" …: the inserted passage's opening mark left before it)
        start = lines[k].start + match.start("term")
        end_at, left = start, end
        for at, words in pieces:  # the definition's end, in the text
            end_at = at + min(left, len(words))
            left -= len(words)
            if left <= 0:
                break
        definition = joined[:end]
        quote = term + lines[k].raw[match.end("term") : match.start("definition")] + definition
        out.append((taken, Found(term, definition, quote, k + 1, start, end_at)))
        k = taken[-1] + 1
    return out


# A flattened interpretation table's row (module docstring): the quoted term's cell, a dash cell, the gloss cell from 指
# (not 指出, 指明 …) to its stop (a semicolon, left out with the 及 joining the last row, or a full stop, kept).
_TERM_CELL = re.compile(r"[\s\u3000|]*(?P<term>[“「][^\s\u3000“”「」,，。；;:：|]{1,20}[”」])[\s\u3000]*\|[\s\u3000]*$")
_DASH_CELL = re.compile(r"[\s\u3000|]*[─—–\-]{1,2}[\s\u3000]*\|[\s\u3000]*$")
_GLOSS_CELL = re.compile(r"[\s\u3000|]*(?P<definition>指(?![出明示引导導定派])[^|]*?(?:(?=[;；](?:[\s\u3000]*及)?[\s\u3000]*\|)|。))")


def interpretation_table_rows(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each row of a flattened interpretation table (module docstring) glossed with 指, with the lines it was read from.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> rows = interpretation_table_rows(_lines("「條例」 |\\n— |\\n指噪音管制條例; |\\n「樁」 |\\n— |\\n釋義與條例內所定者相同; |\\n"), [True] * 7)
    >>> [(found.term, found.definition) for _, found in rows]
    [('「條例」', '指噪音管制條例')]
    """
    out: list[tuple[list[int], Found]] = []
    for k in range(len(lines) - 2):
        if not all(free[k : k + 3]):
            continue
        term, dash, gloss = _TERM_CELL.match(lines[k].raw), _DASH_CELL.match(lines[k + 1].raw), _GLOSS_CELL.match(lines[k + 2].raw)
        if term is None or dash is None or gloss is None:
            continue
        definition = gloss.group("definition")
        start, end = lines[k].start + term.start("term"), lines[k + 2].start + gloss.end("definition")
        quote = definition  # (the cells lie on three lines, bars between: the gloss cell's words are what the page holds as written)
        out.append(([k, k + 1, k + 2], Found(term.group("term"), definition, quote, k + 1, start, end)))
    return out


def _piece(line: _L, at: int) -> tuple[int, str]:
    """The words of ``line`` from ``at``, without the spaces around them, and where they start in the text."""
    words = line.raw[at:].rstrip(_SPACE)
    lead = len(words) - len(words.lstrip(_SPACE))
    return line.start + at + lead, words.strip(_SPACE)
