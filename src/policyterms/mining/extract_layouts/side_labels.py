"""A glossary laid out in two columns, its headword column served interleaved with the text column: a manual's or an
e-book's page whose headwords stand in a narrow left column, each set beside the middle of its explanation, comes out of
a flipbook's text layer as the explanation's lines at one indent and, between two of them, the headword at a smaller
indent (alone on its line, split over two lines, or run into the text line beside it)::

                                   依手冊第 4 點第 1 項第 3 款規定,係文稿擬判之最後步驟,
                                   即針對需對外行文之陳判文稿予以核定(批示);陳判文稿
                          判行
                                   依該手冊第 35 點第 3 款規定,應明確批示,同意發文,批示
                                   「發」。
                                   「授權決行」為單位主管依該機關分層負責逐級授權規定代
                          授權
                                   決公文。…
                          決行
                                   文上加註「授權決行」。

(763, the civil-service training centre's e-book on official documents). Each explanation runs from the line after the
one closing the explanation before (its last character a stop) to the line closing it, and holds one headword (its
pieces joined: 授權 + 決行). The definition is the explanation's lines joined without their breaks, the headword's pieces
standing where the page served them, as its slices give the text (the golds keep them so); an explanation opening with
a quoted headword and its own marker (``「授權決行」為…``, ``「代理」指…``) takes that word as the term and starts at its
marker; otherwise the column's headword is the term and the definition starts at the marker (係, 係指, 是指, 指, 為), a
frame citing a rule before it (``依手冊第 4 點第 1 項第 3 款規定,``) left out.

Read only where three such explanations at least follow one another, every text line at one indent and every headword
at one smaller indent (at least four columns less), each headword two to six Han characters: a page's indented
paragraphs with a short heading between them (a report's section title) make no such run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["side_label_entries"]

# A headword line of the column: two to six Han characters, alone or before the text line's words after three spaces.
_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,6})(?:[ \u3000]{3,}(?P<rest>\S.*))?$")
# An explanation's last line: it ends a sentence.
_CLOSES = re.compile(r"[。！？!?][”」』)）]*[ \u3000]*$")
# An explanation opening with its own quoted headword and marker (「代理」指…, 「授權決行」為…).
_OWN_HEADWORD = re.compile(r"(?P<term>[「“][\u4e00-\u9fff]{2,8}[」”])(?=(?:係指|系指|是指|係|系|指|為|为)[^\s])")
# A frame citing a rule before the marker (依手冊第 4 點第 1 項第 3 款規定,), and the marker.
_FRAME = re.compile(r"依[^,，。；;]{1,40}?(?:規定|规定)[,，][ \u3000]*")
# (the reading form writes 係 as 是: 是文稿擬判之最後步驟)
_MARKER = re.compile(r"(?:係指|系指|是指|係|系|是|指|為|为)(?=[^\s])")
#: The fewest explanations in a run.
_FEWEST = 3
#: How many columns less than the text lines a headword line stands at least.
_INDENT_GAP = 4


def _explanations(lines: list[_L], free: list[bool]) -> list[list[_L]]:
    """The runs of explanation blocks (each a list of lines, text and headword) at one text indent."""
    text_lines = [ln for ln in lines if free[ln.index] and not ln.blank and ln.indent > 0]
    blocks: list[list[_L]] = []
    current: list[_L] = []
    text_indent = None
    for line in text_lines:
        label = _LABEL.match(line.raw.strip(" \t\u3000"))
        if text_indent is not None and line.indent <= text_indent - _INDENT_GAP and label:
            current.append(line)
            continue
        if text_indent is not None and line.indent != text_indent:
            current, text_indent = [], None
        if text_indent is None:
            text_indent = line.indent
        current.append(line)
        if _CLOSES.search(line.raw):
            blocks.append(current)
            current = []
    return blocks


def side_label_entries(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each explanation of a two-column glossary served interleaved (module docstring)."""
    blocks = _explanations(lines, free)
    readable = []
    for block in blocks:
        indents = {ln.indent for ln in block}
        text_indent = max(indents)
        labels = [ln for ln in block if ln.indent < text_indent]
        if not labels or len({ln.indent for ln in labels}) != 1 or block[0].indent != text_indent:
            continue
        readable.append((block, labels))
    if len(readable) < _FEWEST or len({labels[0].indent for _, labels in readable}) != 1:
        return
    for block, labels in readable:
        label = "".join(_LABEL.match(ln.raw.strip(" \t\u3000")).group("label") for ln in labels)
        joined = "".join(ln.raw.strip(" \t\u3000") for ln in block)
        own = _OWN_HEADWORD.match(joined)
        if own:
            term, definition = own.group("term"), joined[own.end() :]
        else:
            opening = joined[_FRAME.match(joined).end() :] if _FRAME.match(joined) else joined
            if not _MARKER.match(opening):
                continue
            term, definition = label, opening
        start, end = block[0].start + block[0].indent, block[-1].start + len(block[-1].raw.rstrip(" \t\u3000"))
        yield [ln.index for ln in block], Found(term, definition, joined, block[0].index + 1, start, end)
