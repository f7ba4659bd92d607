"""Foreign words explained in Chinese: a words-of-the-year list and a news item's glossed loanwords.

A press page on a dictionary's words of the year (P623, the Oxford words of a decade) lists each year's word as a
line of its own, ``2016·post-truth:相对于情感及个人信念,…。``: the English word is the headword and the Chinese after
the colon explains it in the page's own language — unlike a Chinese term followed by its English translation
(227) or English notes (218, 225), which are glosses in another language and no entries. The same page's news
paragraphs give the year's word and the runners-up as ``…年度热词“青年震荡”(youthquake),意指“…”。`` and
``…包括“白色脆弱”(white fragility),意指“…”;“劫持新闻”(newsjacking),意指“…”。``: a quoted Chinese rendering, its
English name in brackets, glossed by ``意指`` after a comma, behind a news frame no prose definition reads.

Colon lines are everywhere on a page (``Email:…``, ``Tel:…``, ``Source:…``), so an English headword line counts only
in a run of three such lines at least, each a finished Chinese sentence, with no label word for a headword.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import _MARKER, Found, _L, _SPACE

__all__ = ["english_headword_lines", "quoted_foreign_glosses"]


# An English headword line: an optional year or item number before it (2016·, 2015., 3、), the word or phrase (letters,
# spaces, hyphens, apostrophes, a quoted part: "face with tears of joy" emoji), a colon, and a Chinese gloss ending a
# sentence (a closing byline after it, (杨舒怡)【新华社微特稿】, left out).
_ENGLISH_HEADWORD_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:19|20)\d\d[ \t\u3000]*[·・.．、:：年]?|\d{1,2}[ \t\u3000]*[.．、)）]|[-*•·▪●])?[ \t\u3000]*"
    r"(?P<term>\"?[A-Za-z][A-Za-z'’\-]*(?:[ \"][A-Za-z'’\-\"]+){0,5}\"?)"
    r"[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<definition>[\u4e00-\u9fff][^\n]*?[。！？!?][”」]?)"
    r"(?P<tail>[ \t\u3000]*(?:[(（][^()（）\n]{1,12}[)）])?[ \t\u3000]*(?:【[^【】\n]{1,12}】)?[ \t\u3000]*)$"
)
# Labels of a page's furniture and of a question bank, not words explained (Email:…, Tel:…, Q:…, Note:…).
_ENGLISH_LABEL = re.compile(
    r"(?:e-?mail|tel|phone|fax|mobile|add(?:ress)?|web(?:site)?|url|http|https|www|source|note|notes|q|a|answer|question|"
    r"title|author|editor|date|time|from|to|cc|re|fw|ps|tips?|keywords?|abstract|summary|wechat|qq|weibo|ip|id|no|copyright)",
    re.IGNORECASE,
)
# A notice's field in Title Case (Event Date:…, Venue Address:…, Contact Person:…, Registration Deadline:…): its last
# word names a form's field, its value a date, a place or a person, no gloss (a word of the year is written lower case:
# screen time, me time).
_FIELD_WORD = re.compile(
    r"(?:[A-Z][a-z]+[ \-]){0,2}(?:Date|Time|Venue|Address|Location|Place|Person|Name|Phone|Number|Deadline|Organi[sz]er|"
    r"Sponsor|Host|Fee|Theme|Topic|Contact|Email|Hotline|Website|Language|Duration|Schedule)"
)
# A capitalised single word (Tom:…, Morning:…): a speaker of a transcript or a schedule's slot when every line of a run
# has one; a list of words glosses lower-case words, phrases or abbreviations (vape, big society, GDP).
_NAME_LIKE = re.compile(r"[A-Z][a-z]+")
# How many English headword lines a list holds at least (one or two colon lines are a page's labels).
_LIST_AT_LEAST = 3


def english_headword_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each line of a run of English headwords glossed in Chinese (``2016·post-truth:…。``,
    ``vape:抽电子烟。``): the word as written, its year or number left out; the gloss to the end of its sentence, a
    closing byline left out. Blank lines may stand between the lines of a run; any other line ends it."""
    out: list[tuple[int, Found]] = []
    run: list[tuple[int, Found]] = []

    def close() -> None:
        terms = [f.term for _, f in run]
        if len(run) >= _LIST_AT_LEAST and len({t.lower() for t in terms}) == len(run) and not all(_NAME_LIKE.fullmatch(t) for t in terms):
            out.extend(run)
        run.clear()

    for line in lines:
        if line.blank:
            continue
        match = _ENGLISH_HEADWORD_LINE.match(line.raw) if free[line.index] else None
        term = match.group("term").strip(_SPACE) if match else ""
        if match is None or _ENGLISH_LABEL.fullmatch(term.strip('"')) or _FIELD_WORD.fullmatch(term.strip('"')):
            close()
            continue
        definition = match.group("definition")
        start = line.start + match.start("term")
        end = line.start + match.end("definition")
        run.append((line.index, Found(term, definition, line.raw[match.start("term") : match.end("definition")], line.index + 1, start, end)))
    close()
    return out


# A quoted Chinese rendering, its foreign name in brackets, glossed after a comma by 意指/意为 (“青年震荡”(youthquake),
# 意指“…”。): the gloss runs to the sentence's end, or to the semicolon before the next quoted word.
_QUOTED_FOREIGN_GLOSS = re.compile(
    r"(?P<term>[“「][^“”「」\n,，。；;:：!！?？]{1,20}[”」][ \t\u3000]*[(（][ \t\u3000]*[A-Za-z][A-Za-z'’\- .]{0,40}[)）])"
    r"[ \t\u3000]*[,，][ \t\u3000]*"
    r"(?P<definition>(?:意指|意为|意為|意思是)(?:[^。！？!?；;\n“”]|“[^“”\n]*”)+?(?:[。！？!?]|(?=[；;])))"
)


def quoted_foreign_glosses(lines: list[_L], free: list[bool]) -> list[tuple[int | list[int], Found]]:
    """``(line, entry)`` for each ``“X”(English),意指…`` of a free line, behind whatever frame opens its sentence
    (``…公布2017年度热词“青年震荡”(youthquake),意指…``, ``…包括“白色脆弱”(white fragility),意指…;``): the quoted word
    with its bracketed name is the term, as written; the gloss opens at 意指 and ends at its sentence's stop, or before
    the semicolon giving the next word. The line is read when it holds such glosses only; when another sentence of it
    defines (``…。“数字孪生”是指…。``), it is left to the prose pass too, which reads that sentence."""
    out: list[tuple[int | list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        matches = list(_QUOTED_FOREIGN_GLOSS.finditer(line.raw))
        cuts = [0] + [k for m in matches for k in (m.start(), m.end())] + [len(line.raw)]
        rest = "\n".join(line.raw[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))
        first = not _MARKER.search(rest)  # (False: the line stays free for the prose pass)
        for match in matches:
            found = Found(
                match.group("term"),
                match.group("definition"),
                line.raw[match.start("term") : match.end("definition")],
                line.index + 1,
                line.start + match.start("term"),
                line.start + match.end("definition"),
            )
            out.append((line.index if first else [], found))
            first = False
    return out
