"""A definition a document or a body is reported to have given a term, after a colon: ``2014年公布的《城市暴雨强度公式编制和设计
暴雨雨型确定技术导则》对暴雨重现期作出过这样的定义:某一强度的暴雨重复出现的统计平均时间间隔,以年计[3]。`` (P2877, a news site's
explainer).

News items, papers and explainers cite a definition this way — who gave it, 对 and the term, a verb of giving (作出, 做出, 下了,
给出, 作了) and 定义 with at most a demonstrative or 如下 before it, then a colon and the words of the definition — in the
middle of their own prose, so neither a sentence opening with the term nor a cited provision's 规定X是… finds it. The colon
after 定义 is what marks the layout: the words after it are the definition given, not the page's own sentence about the term.

What is read: on a free line, the frame and a term (bare, 2–15 characters, or quoted), the entry running from the first word
after the colon to the end of its sentence (a citation mark kept, as the page prints it). What is left: a frame without the
colon (``对X作出了明确定义。``: the definition is not quoted); a term that is a demonstrative's phrase (``对这一概念作出…``);
a sentence the text ends inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, _L, Found

__all__ = ["given_definitions"]

_GIVEN = re.compile(
    r"[对對][\s\u3000]*(?P<term>[“「][^“”「」\n,，。；;:：]{2,20}[”」]|[^\s\u3000,，。；;:：、“”「」《》()（）]{2,15}?)[\s\u3000]*"
    r"(?:作出|做出|下了|给出|給出|作了|做了|给了|給了)[过過了]?[\s\u3000]*"
    r"(?:这样|這樣|如下|以下|下面|下列)?(?:的|一个|一個|一条|一條)?[\s\u3000]*(?:定义|定義)[\s\u3000]*[:：][\s\u3000]*"
)
# A term pointed at by a demonstrative (这一概念, 該詞, 此类行为): the page's own word, named before, no term here.
# (nor one a year or a period opens, 會議對今年的工作重點作出了以下定義:穩增長、保民生、防風險, review 67: a report's priorities for
# the year, no word)
_POINTED = re.compile(r"[这這该該此其那上本]|(?:今|明|去|当|當|次)年|(?:19|20)\d{2}年|今后|今後|当前|當前|目前|近期|下一?[阶階]段")


def given_definitions(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each definition given after a colon (:data:`_GIVEN`) on a free line.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "《导则》对暴雨重现期作出过这样的定义:某一强度的暴雨重复出现的统计平均时间间隔,以年计。"
    >>> [(e.term, e.definition) for _, e in given_definitions(_lines(text), [True])]
    [('暴雨重现期', '某一强度的暴雨重复出现的统计平均时间间隔,以年计。')]
    >>> list(given_definitions(_lines("《导则》对暴雨重现期作出了明确定义。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        m = _GIVEN.search(line.raw)
        if m is None or _POINTED.match(m.group("term").strip("“”「」")):
            continue
        stop = SENTENCE_STOP.search(line.raw, m.end())
        if stop is None or stop.end() - m.end() < 6:
            continue  # a sentence the text ends inside, or fewer than six characters of definition
        end = stop.end()
        definition = line.raw[m.end() : end]
        term = m.group("term")
        yield line.index, Found(term, definition, line.raw[m.start("term") : end], line.index + 1, line.start + m.start("term"), line.start + end)
