"""A list of new words under a label, each word glossed in its brackets: ``香港─奧運鈔(香港為慶祝奧運而發行的特別鈔票)、
迷債(與雷曼有關的迷你債券)、格價網(各地區超市物價的比價網)…。`` (P612, a report on each city's words of the year). The
page's own words glossed where it names them: an entry per item, the word the term, the bracketed words its definition,
the brackets and the separators left out (as P575's bracketed gloss).

The line must be that list and nothing else: a short label and a dash or colon (``香港─``, ``上海:``), then at least three
items ``word(gloss)`` joined by ``、`` and closed by ``。`` (or the page's end). A gloss must read as one: six characters at
least, no ``、`` (``省(自治区、直辖市)、县(自治县、市、旗)`` lists alternatives, P173), no figures alone, no Latin
abbreviation (``国内生产总值(GDP)``). A report's sentence naming things with remarks in brackets is no such line: it holds
a verb and words before its first item. And the list must be announced as words (the lead-in line above, over the
other labels' lists, names 词/詞/语/語 and ends in a colon: ``兩岸三地去年最流行的新詞榜分別是:``): ``参会人员:张三(市发展改革委
主任)、李四(…)、王五(…)`` glosses people with their posts, and a project list its projects; a prize list under
``获奖名单(歌词类):`` glosses works' titles (``《春天的故事》(作者…)``) with their authors."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, one_line_entries

__all__ = ["bracket_glossed_lists"]

_ITEM = r"[^\s\u3000()（）、,，。；;:：─—–\-]{2,8}[(（][^()（）、\n]{6,60}[)）]"
_LIST = re.compile(
    rf"[\s\u3000]*(?P<label>[^\s\u3000()（）、,，。；;:：─—–\-]{{1,8}})[\s\u3000]*(?:─|—|–|-{{1,2}}|[:：])[\s\u3000]*"
    rf"(?P<items>{_ITEM}(?:、{_ITEM}){{2,}})[。.]?[\s\u3000]*"
)
_ONE = re.compile(r"(?P<term>[^()（）、]+)[(（](?P<definition>[^()（）]+)[)）]")
# Another label's list line between the lead-in and this one (台北─扁案、近貧、大嫂團。).
_LABEL_LINE = re.compile(r"[\s\u3000]*[^\s\u3000()（）、,，。；;:：─—–\-]{1,8}[\s\u3000]*(?:─|—|–|-{1,2}|[:：])[^\n]*[、][^\n]*")
# The lead-in announcing words (…新詞榜分別是:, 今年的流行语有:).
# Lyrics, lines and speeches (歌词类, 台词, 颁奖词) are works, not words: a prize list glosses its titles with authors.
_WORDS_LEAD_IN = re.compile(r"[^\n]*(?<![歌台贺賀祝献獻奖獎持])(?:词|詞|语|語)[^\n]*[:：][\s\u3000]*")
# A work's title (《春天的故事》(作者…)) is no word.
_TITLE = re.compile(r"[\s\u3000]*[《〈]")
# A gloss that is a figure, a date or a Latin name (12家, 2023年, GDP): no meaning.
_NO_GLOSS = re.compile(r"[\d\s.,，%％A-Za-z年月日家个個人次项項元万萬亿億]+")


def bracket_glossed_lists(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each item of a free line that is a bracket-glossed word list (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("兩岸三地去年最流行的新詞榜分別是:\\n\\n香港─奧運鈔(香港為慶祝奧運而發行的特別鈔票)、迷債(與雷曼有關的迷你債券)、格價網(各地區超市物價的比價網)。")
    >>> [(e.term, e.definition) for _, e in bracket_glossed_lists(ls, [True] * 3)]
    [('奧運鈔', '香港為慶祝奧運而發行的特別鈔票'), ('迷債', '與雷曼有關的迷你債券'), ('格價網', '各地區超市物價的比價網')]
    >>> list(bracket_glossed_lists(_lines("组成:省(自治区、直辖市)、省辖市(自治州、直辖市辖区)、县(自治县、市、旗)。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _LIST.fullmatch(line.raw)
        if match is None or not _announced_as_words(lines, line.index):
            continue
        entries = []
        for item in _ONE.finditer(line.raw, match.start("items"), match.end("items")):
            if _NO_GLOSS.fullmatch(item.group("definition")) or _TITLE.match(item.group("term")):
                entries = []
                break
            end = item.end("definition")
            entries.append(
                Found(item.group("term"), item.group("definition"), line.raw[item.start("term") : end], line.index + 1, line.start + item.start("term"), line.start + end)
            )
        yield from one_line_entries(line.index, entries)


def _announced_as_words(lines: list[_L], index: int) -> bool:
    """Whether the nearest line above that is no other label's list (blank lines skipped, five lines at most) is a
    lead-in announcing words."""
    k, seen = index - 1, 0
    while k >= 0 and seen < 5:
        if not lines[k].blank:
            if not _LABEL_LINE.fullmatch(lines[k].raw):
                return bool(_WORDS_LEAD_IN.fullmatch(lines[k].raw))
            seen += 1
        k -= 1
    return False
