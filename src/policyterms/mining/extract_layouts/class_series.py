"""Classes of one index glossed in turn by whom they stand for: a statistics release's closing note on its series.

A statistics office's release closes by saying whom each class of its index covers, the classes named in turn in one
sentence, a semicolon between them: ``甲类消费物价指数代表约50%住户,每月平均开支在6,000至18,999澳门元之间;乙类消费物价指数
代表约30%住户,每月平均开支在19,000至34,999澳门元之间。`` (759, 681: Macao's statistics office on its consumer price
indices A and B). Each class is a term and what it stands for (from 代表, to the semicolon, left out, or to the full
stop, kept) its gloss, as the golds of both pages read it.

代表 alone is no marker — in running prose it says what a figure or a delegate stands for far more often — so only the
series counts: two classes at least in one sentence, each a class label (甲类, 乙类, 丙类; A类, B类; 第一类, 第二类) before
the same name (消费物价指数), each followed at once by 代表. A single ``X代表…`` clause, or classes of different names,
give nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["class_series"]

# One class of the series: its label, the name it shares with the others, 代表 and what it stands for up to the semicolon
# or the full stop.
_CLASS = re.compile(
    r"(?P<term>(?P<label>[甲乙丙丁戊][类類]|[A-EＡ-Ｅ][类類]|第[一二三四五][类類])(?P<name>[^\s\u3000,，。；;、:：()（）“”]{2,12}?))"
    r"代表(?!由|經|经|須|须|應|应|可以|將|将|名[额額]|人[数數]|大[会會])(?P<gloss>[^。；;\n]{4,120}?)(?P<end>[；;]|。)"
)
# 代表 as the class's delegates or as acting for a body (review 51): ``甲类会员代表由会员大会选举产生`` (its representatives, then
# how they are chosen: the lookahead above), ``甲类考生代表本校参加市级比赛`` (acting for the school in an event): no gloss of whom
# the class stands for.
_ON_BEHALF = re.compile(r"[^，,。；;]{1,12}?(?:参加|參加|出席|参赛|參賽|发言|發言|签署|簽署|领取|領取|投票)")


def class_series(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each class of a series (module docstring) on a free line.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("另外,甲类消费物价指数代表约50%住户,每月平均开支在6,000至18,999澳门元之间;乙类消费物价指数代表约30%住户,每月平均开支在19,000至34,999澳门元之间。")
    >>> [(e.term, e.definition) for _, e in class_series(ls, [True])]
    [('甲类消费物价指数', '代表约50%住户,每月平均开支在6,000至18,999澳门元之间'), ('乙类消费物价指数', '代表约30%住户,每月平均开支在19,000至34,999澳门元之间。')]
    >>> ls = _lines("以2008年为基期的综合消费物价指数是反映物价变化对整体人口的影响。甲类消费物价指数代表约50%住户;乙类消费物价指数代表约30%住户。")
    >>> [(e.term, e.definition) for _, e in class_series(ls, [True])][0]
    ('综合消费物价指数', '是反映物价变化对整体人口的影响。')
    >>> list(class_series(_lines("甲类消费物价指数代表约50%住户。"), [True]))  # (one class: no series)
    []
    """
    for line in lines:
        if line.blank or not free[line.index] or "代表" not in line.raw:
            continue
        run: list[re.Match[str]] = []
        for match in _CLASS.finditer(line.raw):
            if _ON_BEHALF.match(match.group("gloss")):
                continue  # 甲类考生代表本校参加…: a delegate acting for a body, no gloss (review 51)
            if run and (match.start() != run[-1].end() or match.group("name") != run[-1].group("name") or run[-1].group("end") == "。"):
                yield from _series(line, run)
                run = []
            run.append(match)
        yield from _series(line, run)


def _series(line: _L, run: list[re.Match[str]]) -> Iterator[tuple[int, Found]]:
    """The entries of ``run``, classes read in turn, when it holds two classes or more with different labels."""
    if len(run) < 2 or len({m.group("label") for m in run}) < len(run):
        return
    whole = _whole_index_before(line, run)
    if whole is not None:
        yield line.index, whole
    for m in run:
        kept = m.end() if m.group("end") == "。" else m.start("end")
        definition = line.raw[m.start("gloss") - 2 : kept]
        yield line.index, Found(m.group("term"), definition, line.raw[m.start() : kept], line.index + 1, line.start + m.start(), line.start + kept)


def _whole_index_before(line: _L, run: list[re.Match[str]]) -> Found | None:
    """The whole index glossed in the sentence right before its classes (``以2008年4月至2009年3月为基期的综合消费物价指数是
    反映物价变化对本澳整体人口的影响。甲类消费物价指数代表…``, 759): the name the classes share after 综合 (总, 整体), its
    base period or other modifier before it left out, glossed from 是 to the full stop, kept; None when that sentence
    glosses no such name."""
    name = run[0].group("name")
    before = line.raw[: run[0].start()].rstrip(" \t\u3000")
    if not before.endswith("。"):
        return None
    opening = max(before.rfind(stop, 0, len(before) - 1) for stop in "。！？!?；;") + 1
    sentence = before[opening:]
    match = re.search(rf"(?:^|的)(?P<term>(?:综合|綜合|总|總|整体|整體){re.escape(name)})是(?![否不])(?P<gloss>[^。]{{4,120}}。)$", sentence)
    if match is None:
        return None
    at = opening + match.start("term")
    end = opening + match.end()
    return Found(match.group("term"), "是" + match.group("gloss"), line.raw[at:end], line.index + 1, line.start + at, line.start + end)
