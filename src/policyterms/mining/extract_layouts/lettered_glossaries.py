"""A glossary sorted by its English names: letter lines (``A``, ``B``, …) over headword lines that give the Chinese term and,
after a space, its English name, each over its gloss (679, an insurance regulator's 常见词汇 sorted 按英文字母顺序)::

    A
    户口价值 Account value
    这是保单户口累积的价值,但不等同退保价值。…
    周年红利 Annual dividend
    其中一种非保证的保单红利,…。
    B
    受益人 Beneficiary
    当符合保单的相关赔偿条件後,将会获得保险赔偿的人。…

Hong Kong and Macao bodies' bilingual glossaries (insurance, pensions, securities, health) are often so written. The
letter lines are what mark the layout: a headword line alone is any heading and an English name after it also a
yearbook's bilingual title, but an index of single letters says the lines between them are the glossary's entries, sorted
by the English names, which are therefore part of the headword as written (the gold writes ``户口价值 Account value``,
as it keeps an English name run in with a headword elsewhere). Terminology standards' headword lines (``基础标准 basic
standard``, no letter lines) are the terminology pass's and keep the Chinese term alone.

The gloss is the paragraph lines below the headword line up to the next headword or letter line, every line a whole
sentence; a gloss the page cuts (its last line ending no sentence) gives nothing. A sentence inside it that defines the
headword again with its own marker (``「冷静期」是指…``) ends the gloss and is an entry of its own, the term as that sentence
writes it. Two letter lines and two entries at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import HAN, _FINISHED, _L, _SPACE, Found, _good_term

# A letter line: one capital Latin letter alone (an index's letter, sometimes spaced or bolded as **A**).
_LETTER_LINE = re.compile(r"^[\s\u3000*]*[A-Z][\s\u3000*]*$")
# A headword line: the Chinese term (alternatives after slashes allowed: 现金价值 / 退保价值), a space, then the English name
# (Latin words, slashes, hyphens, apostrophes and brackets), nothing after it.
_ENGLISH = r"[A-Za-z][A-Za-z'’\-]*(?:[ \t/,()&]+[A-Za-z'’\-()]+)*"
_HEADWORD_LINE = re.compile(
    rf"^[\s\u3000]*(?P<term>(?P<chinese>[^\sA-Za-z0-9，,。；;：:！!？?、|｜]{{2,20}}(?:[ \t]*/[ \t]*[^\sA-Za-z0-9，,。；;：:！!？?、|｜]{{2,20}}){{0,3}})"
    rf"[ \t\u3000]+{_ENGLISH})[\s\u3000]*$"
)
# A sentence defining the headword again with its own strong marker (「冷静期」是指…): after a sentence end.
_RESTATED = r"(?<=[。！？!?])[\s\u3000]*(?P<term>[「“\"]?{word}[」”\"]?)(?=是指|係指|系指|指的是)"


# The fewest Chinese characters of a gloss: a directory under letter lines gives each bilingual name a title or a fact
# (陳大文 Chan Tai Man / 主席。, 香港大学 The University of Hong Kong / 1911年成立。, review 48), no sentence saying what the
# name means; a glossary's gloss is a sentence (百分之零点零一。, 強制性公積金的簡稱。).
_FEWEST_GLOSS_HAN = 5


def _headword(line: _L) -> re.Match[str] | None:
    match = _HEADWORD_LINE.match(line.raw)
    if match is None or not HAN.search(match.group("chinese")):
        return None
    return match if _good_term(match.group("chinese").split("/")[0]) else None


def lettered_glossary_entries(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """The entries of a glossary under letter lines (module docstring); none unless two letter lines and two entries."""
    letters = [k for k, line in enumerate(lines) if free[k] and not line.blank and _LETTER_LINE.match(line.raw)]
    if len(letters) < 2:
        return
    out: list[tuple[list[int], Found]] = []
    read: list[tuple[bool, int, re.Match[str], list[_L]]] = []  # (a sentence's Chinese at least, line, headword, paragraphs)
    k = letters[0] + 1
    while k < len(lines):
        head = _headword(lines[k]) if free[k] and not lines[k].blank else None
        if head is None:
            k += 1
            continue
        j = k + 1
        paragraphs: list[_L] = []
        cut = False
        while j < len(lines):
            line = lines[j]
            if line.blank:
                j += 1
                continue
            if not free[j] or _LETTER_LINE.match(line.raw) or _headword(line) is not None:
                break
            if not HAN.search(line.raw) or not _FINISHED.search(strip_pinyin(line.raw).rstrip(_SPACE)):
                cut = True
                break
            paragraphs.append(line)
            j += 1
        if paragraphs and not cut:
            read.append((len(HAN.findall("".join(line.raw for line in paragraphs))) >= _FEWEST_GLOSS_HAN, k, head, paragraphs))
        k = j
    # (the short glosses are a directory's only when most glosses are short: a glossary keeps its short ones too, 債券 Bond /
    # 借款憑證。 among sentences, review 49)
    glossary = 2 * sum(long for long, *_ in read) >= len(read)
    for long, k, head, paragraphs in read:
        if long or glossary:
            out.extend(_entries(lines, k, head, paragraphs))
    if len(out) >= 2:
        yield from out


def _entries(lines: list[_L], k: int, head: re.Match[str], paragraphs: list[_L]) -> list[tuple[list[int], Found]]:
    """The headword's entry over its paragraphs, and the entry of a sentence restating it with its own marker."""
    term = head.group("term").strip(_SPACE)
    term_at = lines[k].start + head.start("term")
    first, last = paragraphs[0], paragraphs[-1]
    body = "\n".join(line.raw for line in lines[first.index : last.index + 1])  # the text as written, from the gloss's line
    at = len(body) - len(body.lstrip(_SPACE))
    stop = len(body.rstrip(_SPACE))
    taken = list(range(k, last.index + 1))
    word = re.escape(head.group("chinese").split("/")[0].strip(_SPACE))
    again = re.compile(_RESTATED.format(word=word)).search(body, at, stop)
    split = again.start() if again else stop
    while split > at and body[split - 1] in _SPACE + "\n":
        split -= 1
    quote = lines[k].raw.strip(_SPACE) + "\n" + body[at:split]
    out = [(taken, Found(term, body[at:split], quote, k + 1, term_at, first.start + split))]
    if again is not None:
        marker = again.end("term")
        line = first.index + body.count("\n", 0, again.start("term"))
        out.append(([], Found(again.group("term"), body[marker:stop], body[again.start("term") : stop], line + 1,
                              first.start + again.start("term"), first.start + stop)))
    return out
