"""A dictionary card's senses under a headword given with its tone-marked pinyin: the card says what the word is by its
reading, so a sense needs no definer (指, 是) to be one.

* a headword line with its reading, then the numbered senses on lines of their own (``山林   shān lín`` / ``1.山与林。`` /
  ``2.借指隐居。``, P1534; ``社區 (shè qū)`` / ``1. 一些人以…特定區域。``, P1529): each sense is an entry of the headword
  from its first word to its line's end (the number left out, and an English gloss closing the line, ``… 分区单位
  village``); a citation line (``▶ 《禮記.月令》:…``) between senses is no sense, and a card's second dictionary giving
  only the reading (``注音 ㄕㄢ ㄌㄧㄣˊ  拼音 shān lín``) gives its senses to the headword above; the senses are
  numbered from 1 in turn, and the block ends at the first other line;
* the headword, its pinyin glued on and the sense on one line, one line for each dictionary (``反倾销fǎnqīngxiāo〈动〉
  进口国为…措施。``, P1546): the part-of-speech label is left out, the sense ends before a usage example (``❍ …``) or a
  cross-reference (``参见“倾销”(1175页)``); the same card's ``【反倾销】为了…措施。`` line is a sense too.

Converter pinyin inside running text (``報(bào)告``) is no reading of a headword: the reading must stand alone after the
headword (a line's end, or the sense after it on a dictionary line).
"""

from __future__ import annotations

import re

from policyterms.text.fold import TONE_MARKED
from policyterms.mining.extract_layouts.common import TONE_MARK, Found, _L, _SPACE

__all__ = ["pinyin_senses"]

# A pinyin reading: syllables of Latin letters with at least one tone mark, spaces or none between them.
_READING = rf"(?=[^\n]*[{TONE_MARKED}])[a-zA-Zɑɡüʼ'{TONE_MARKED}]+(?:[ \u3000]+[a-zA-Zɑɡüʼ'{TONE_MARKED}]+){{0,7}}"
_HANZI = r"[\u4e00-\u9fff]"

# 山林   shān lín / 社區 (shè qū) / 1. 小区 (xiǎoqū): a headword and its reading alone on a line.
_HEAD_LINE = re.compile(
    rf"[ \t\u3000]*(?:\d{{1,2}}[.．][ \t\u3000]*)?(?P<term>{_HANZI}{{1,10}})[ \t\u3000]*"
    rf"(?:[(（][ \t\u3000]*{_READING}[ \t\u3000]*[)）]|[ \t\u3000]+{_READING})[ \t\u3000]*"
)
# 注音 ㄕㄢ ㄌㄧㄣˊ  拼音 shān lín: a second dictionary's reading line, its headword the one above.
_READING_LINE = re.compile(rf"[ \t\u3000]*(?:注音[^\n]*?)?拼音[:：]?[ \t\u3000]*{_READING}[ \t\u3000]*")
# 1.山与林。 / 1. 山與林。: a numbered sense.
_SENSE = re.compile(r"[ \t\u3000]*(?P<n>\d{1,2})[.．、][ \t\u3000]*(?P<sense>\S.*?)[ \t\u3000]*")
# ▶ 《禮記.月令》:…: a citation under a sense.
_CITATION = re.compile(r"[ \t\u3000]*[▶►•][^\n]*")
# … 分区单位 village: an English gloss closing a sense.
_ENGLISH_TAIL = re.compile(r"[ \t\u3000]+[A-Za-z][A-Za-z ,;'\-]*$")

# 反倾销fǎnqīngxiāo〈动〉 进口国…: the headword, its reading glued on, a part of speech, the sense.
_GLUED = re.compile(
    rf"[ \t\u3000]*(?P<term>{_HANZI}{{2,10}})[ \t\u3000]*(?P<reading>[a-zA-Zɑɡü'{TONE_MARKED}]+(?:[ \u3000][a-zA-Zɑɡü'{TONE_MARKED}]+){{0,7}})"
    rf"[ \t\u3000]*(?:[〈<][^〉>]{{1,3}}[〉>][ \t\u3000]*)?(?P<sense>{_HANZI}.*)"
)
_BRACKETED = re.compile(rf"[ \t\u3000]*【(?P<term>{_HANZI}{{2,10}})】[ \t\u3000]*(?P<sense>{_HANZI}.*)")
# Where a dictionary line's sense ends: a usage example's mark, a cross-reference.
_SENSE_END = re.compile(r"[ \t\u3000]*[❍○◇◆]|参见|參見")


def _entry(line: _L, term: str, begin: int, end: int) -> Found:
    return Found(term, line.raw[begin:end], line.raw[begin:end], line.index + 1, line.start + begin, line.start + end)


def _numbered(lines: list[_L], free: list[bool], k: int, term: str) -> tuple[int, list[tuple[list[int], Found]]]:
    """The senses numbered from 1 below line ``k``, and the line after them."""
    out: list[tuple[list[int], Found]] = []
    number, j = 1, k + 1
    while j < len(lines):
        line = lines[j]
        if line.blank or (out and _CITATION.fullmatch(line.raw)):
            j += 1
            continue
        sense = _SENSE.fullmatch(line.raw)
        if sense is None or int(sense.group("n")) != number or not free[j] or _HEAD_LINE.fullmatch(line.raw):
            break
        text = sense.group("sense")
        tail = _ENGLISH_TAIL.search(text)
        end = sense.start("sense") + (tail.start() if tail else len(text))
        out.append(([k, j] if number == 1 else [j], _entry(line, term, sense.start("sense"), end)))
        number, j = number + 1, j + 1
    return j, out


def _reading_headword_senses(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    out: list[tuple[list[int], Found]] = []
    headword, k = "", 0
    while k < len(lines):
        line = lines[k]
        head = _HEAD_LINE.fullmatch(line.raw) if free[k] and not line.blank else None
        term = head.group("term") if head else (headword if headword and _READING_LINE.fullmatch(line.raw) else "")
        if not term:
            k += 1
            continue
        after, senses = _numbered(lines, free, k, term)
        if senses:
            headword = term
            out.extend(senses)
            k = after
        else:
            k += 1
    return out


def _dictionary_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    glued = [(line, m) for line in lines if free[line.index] and (m := _GLUED.fullmatch(line.raw)) and TONE_MARK.search(m.group("reading"))]
    words = {m.group("term") for _, m in glued}
    bracketed = [(line, m) for line in lines if free[line.index] and (m := _BRACKETED.fullmatch(line.raw)) and m.group("term") in words]
    out: list[tuple[int, Found]] = []
    for line, m in sorted(glued + bracketed, key=lambda pair: pair[0].index):
        begin = m.start("sense")
        cut = _SENSE_END.search(line.raw, begin)
        end = len(line.raw[:cut.start() if cut else len(line.raw)].rstrip(_SPACE))
        if end > begin:
            out.append((line.index, _entry(line, m.group("term"), begin, end)))
    return out


def pinyin_senses(lines: list[_L], free: list[bool]) -> list[tuple[int | list[int], Found]]:
    """``(lines, entry)`` for each sense of a headword given with its pinyin (module docstring)."""
    found: list[tuple[int | list[int], Found]] = [*_reading_headword_senses(lines, free)]
    found.extend(_dictionary_lines(lines, free))
    return found
