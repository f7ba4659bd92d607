"""Pass 0: the entries of a terminology standard (GB/T, ISO and trade standards' 术语和定义).

A terminology entry is written as a headword line, the headword's English name (after a space on
the same line, or on a line of its own), a definition paragraph without a verb (``通过标准化活动
制定的文件。``), optional ``注:`` notes, and often a source line (``[来源:GB/T 20000.1—2014,5.2]``)::

    基础标准 basic standard
    以相互理解为编制目的形成的具有广泛适用范围的标准(3.1.2)。
    注:通常包括术语标准、符号标准、分类标准、试验标准等。
    [来源:GB/T 1.1-2020,3.1.3]

The English name is what marks the layout (a headword line alone is any heading): two entries
at least must have one. The definition runs over its whole-sentence paragraphs (the notes
included) up to the next headword, the source line or a line ending no sentence; source lines
and a stray standard number (``GB/T 1.1-2020``) are no part of it, a clause number before the
headword (``3.1.1``) is none of the term, and a headword whose definition the page leaves out
(only headwords and English names, or the text cut inside the definition) gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import HAN, Found, _FINISHED, _L, _LABELS, _SPACE, _good_term

# An English name: words of Latin letters (no digits: GB/T 1.1-2020 is a standard's number), opening in
# lower case as terminology standards write their terms (a yearbook's bilingual headings, Public Finance,
# EXPLANATORY NOTES, are title or upper case).
_ENGLISH = r"[a-z][A-Za-z'’\-]*(?:[ ,/()]+[A-Za-z'’\-()]+)*"
_ENGLISH_LINE = re.compile(rf"^[\s\u3000]*{_ENGLISH}[\s\u3000]*$")
# A headword line: an optional clause number, the headword (no sentence punctuation or space),
# and, after a space, its English name.
_HEADWORD_LINE = re.compile(
    rf"^[\s\u3000]*(?:[0-9]+(?:\.[0-9]+)+[\s\u3000]+)?(?P<term>[^\s\u3000A-Za-z0-9，,。；;：:！!？?、]{{2,25}})"
    rf"(?:[ \t\u3000]+(?P<english>{_ENGLISH}))?[\s\u3000]*$"
)
# A source line ([来源:GB/T 20000.1—2014,5.2], 【来源:…】, 来源:…, also cut after its label) and a standard's
# number on a line of its own.
_SOURCE_LINE = re.compile(r"^[\s\u3000]*[\[【［]?[\s\u3000]*(?:来源|來源)[\s\u3000]*(?:[:：]|$)")
_STANDARD_NUMBER = re.compile(r"^[\s\u3000]*[A-Z]{1,5}(?:/[A-Z])?[\s\u3000]*[0-9]+(?:\.[0-9]+)*[-—–][0-9]{4}[\s\u3000]*$")


def _headword(lines: list[_L], k: int, free: list[bool]) -> tuple[str, int, int] | None:
    """``(term, term offset in the line, index of the line after the English name)`` when line ``k``
    is a headword line with its English name (on it or on the next non-blank line)."""
    line = lines[k]
    if line.blank or not free[k]:
        return None
    match = _HEADWORD_LINE.match(line.raw)
    # a label word elsewhere (正文 main body, 说明) is a headword here, where its English name follows
    if match is None or not HAN.search(match.group("term")):
        return None
    if not _good_term(match.group("term")) and not _LABELS.match(match.group("term")):
        return None
    if match.group("english"):
        return match.group("term"), match.start("term"), k + 1
    j = k + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    if j < len(lines) and free[j] and _ENGLISH_LINE.match(lines[j].raw) and re.search(r"[a-z]{2}", lines[j].raw):
        return match.group("term"), match.start("term"), j + 1
    return None


def _terminology_entries(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entries of a terminology standard's page (module docstring); none unless two at least."""
    heads = {}
    for k in range(len(lines)):
        head = _headword(lines, k, free)
        if head is not None:
            heads[k] = head
    if len(heads) < 2:
        return []
    out: list[tuple[list[int], Found]] = []
    for k, (term, term_at, j) in heads.items():
        paragraphs: list[_L] = []
        taken = list(range(k, j))
        while j < len(lines) and j not in heads:
            line = lines[j]
            if line.blank or not free[j]:
                j += 1
                continue
            if _SOURCE_LINE.match(line.raw):
                taken.append(j)
                break
            if _STANDARD_NUMBER.match(line.raw):
                taken.append(j)
                j += 1
                continue
            text = strip_pinyin(line.raw).rstrip(_SPACE)
            if not HAN.search(text) or not _FINISHED.search(text):
                break
            paragraphs.append(line)
            taken.append(j)
            j += 1
        if not paragraphs:
            continue
        definition = "\n\n".join(p.raw.strip(_SPACE) for p in paragraphs)
        head = lines[k]
        end = paragraphs[-1].start + len(paragraphs[-1].raw.rstrip(_SPACE))
        quote = "\n".join(line.raw.strip(_SPACE) for line in lines[k : paragraphs[-1].index + 1] if not line.blank)
        out.append((taken, Found(term, definition, quote, k + 1, head.start + term_at, end)))
    return out if len(out) >= 2 else []


# --- a standard's numbered terms, as a document site copies them -------------------------------------
#
# The clause heading 术语和定义 (its number before it) and, under it, numbered terms: the clause number, the headword
# (its English name run in, as written) and the definition without a verb, up to the next clause number. A document
# site's copy writes them either line by line with the PDF's breaks in mid-sentence (3.1.1.1 / 整体智治 / 通过广泛…的 /
# 公共治理。, P269) or run into one paragraph (3.1 政务服务government affairs service 政府及其…的活动。 3.2 …, P197).
# A number glued to a word (3.1管理, 3.1.1通用基础) is a sub-clause heading, no term; a definition the page cuts (ending
# no sentence) gives nothing.
#
# A manual or a plan numbers its definitions section the same way, deeper and under another heading: 1.3 名詞定義 /
# 1.3.1 中程施政計畫 / 依據…之綜合策略計畫。 / 1.3.2 …, then 1.4 處理要領 (a government's archives-management manual,
# 685). Its terms are the clause's own sub-clauses (numbered 1.3.x), so a later section's numbered headings (1.4,
# 2.1 …) are never read as terms; the next clause number ends the last one. (The section number may close on a mark, 1. 名詞定義
# / 1.1 電子公文 / 指以電子方式產生之公文。, review 48.)
_TERMS_CLAUSE = re.compile(
    r"(?<![\d.])(?P<number>\d{1,2}(?:\.\d{1,3}){0,3})[.．、]?[ \t\u3000]*"
    r"(?:术语和定义|術語和定義|名詞定義|名词定义|用語定義|用语定义|用詞定義|用词定义)(?=[\s\u3000])"
)
_CLAUSE_NUMBER = re.compile(r"(?<![^\s\u3000])\d{1,2}(?:\.\d{1,3}){1,4}(?=[\s\u3000\u4e00-\u9fff])")
_NUMBERED_TERM = re.compile(
    r"[\s\u3000]*(?P<term>[^\s\u3000A-Za-z0-9，,。；;：:、()（）“”\"]{2,25}?)"
    r"(?P<english>[ \t\u3000]*[A-Za-z][A-Za-z'’\-]*(?:[ \t\u3000]+[A-Za-z'’\-]+)*)?[\s\u3000]+(?=\S)"
)
# The next chapter's heading on a line of its own (4 职责, 4职责) ends the last term.
# (or 2. 作業程序, 2、作業程序: a manual's chapter numbered with a mark, after its 1. 名詞定義 section, review 48)
_CHAPTER_LINE = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、]?[ \t\u3000]*[\u4e00-\u9fff]{2,12}[ \t\u3000]*$", re.MULTILINE)
_SOURCE_TAIL = re.compile(r"[\s\u3000]*[\[【［][\s\u3000]*(?:来源|來源)[:：][^\]】］\n]{0,80}[\]】］][\s\u3000]*$")


def _numbered_terms(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The numbered terms under a standard's 术语和定义 clause or a manual's 名詞定義 section (the comment above); none
    unless two at least."""
    text = "\n".join(line.raw for line in lines)
    clause = _TERMS_CLAUSE.search(text)
    if clause is None:
        return []
    under = clause.group("number") + "."  # 3.1 under 3 术语和定义, 1.3.1 under 1.3 名詞定義
    numbers = [
        m for m in _CLAUSE_NUMBER.finditer(text, clause.end()) if not HAN.match(text, m.end()) and m.group().startswith(under)
    ]
    heads = sorted([m.start() for m in _CLAUSE_NUMBER.finditer(text, clause.end())] + [m.start() for m in _CHAPTER_LINE.finditer(text, clause.end())])
    starts = [line.start for line in lines]
    out: list[tuple[list[int], Found]] = []
    stop = 0
    for number in numbers:
        after = bisect_right(heads, number.start())
        stop = heads[after] if after < len(heads) else len(text)
        head = _NUMBERED_TERM.match(text, number.end(), stop)
        if head is None or not _good_term(head.group("term")):
            continue
        at = head.end()
        end = stop
        while end > at and text[end - 1] in _SPACE + "\n":
            end -= 1
        source = _SOURCE_TAIL.search(text, max(at, end - 120), end)
        if source:
            end = source.start()
        definition = text[at:end]
        if not HAN.search(definition) or not _FINISHED.search(strip_pinyin(definition)):
            continue  # cut by the page, or no definition under the headword
        term_at = head.start("term")
        term_end = head.end("english") if head.group("english") else head.end("term")
        first, last = bisect_right(starts, number.start()) - 1, bisect_right(starts, end - 1) - 1
        if not all(free[first : last + 1]):
            continue
        quote = text[term_at:end]
        out.append((list(range(first, last + 1)), Found(text[term_at:term_end], definition, quote, first + 1, term_at, end)))
    if len(out) < 2:
        return []
    taken = out[-1][0]  # the terms after the last one read (cut by the page) are read too, as no other layout's
    taken += [k for k in range(taken[-1] + 1, bisect_right(starts, max(stop - 1, 0))) if free[k]]
    return out
