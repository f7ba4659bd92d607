"""A news report's quoted words glossed inside its sentences (lists of new words: ``…新动能,“乡字号/土字号”特指…。``,
``“夸夸群”“杀猪盘”皆源自网络现象,前者是…,后者则是…。``)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import ASKED_AFTER_MARKER, Found, _L, one_line_entries
from policyterms.mining.extract_layouts.topics import QUOTED_TERM


# A clause after a comma opening with a quoted word run into a strong marker, to its sentence's end
# (…摹画了中国经济发展的一些新动能,“乡字号/土字号”特指乡村特色产品品牌,源于…。). Not a bare 指 or 是, which a
# report's clauses use for other things (…,“一课”指按时上好党课 is read by the clause series already).
_COMMA_QUOTED_DEFINED = re.compile(
    rf"(?<=[,，])[\s\u3000]*(?P<term>{QUOTED_TERM})[\s\u3000]*(?P<definition>(?:特指|专指|專指|是指|系指|係指|指的是)(?!{ASKED_AFTER_MARKER})[^。！？!?\n]+[。！？!?])"
)
# A quoted word a clause names as its object (a verb's, 每年核發「排放配額」, 係「最終消費者」), set off by its comma and glossed
# by 也就是 or 亦即, the appositive markers that restate the word just named (…每年核發「排放配額」,也就是企業碳排放的許可證。,
# P2542; 二、係「最終消費者」,亦即消費者買該項商品之目的係供個人使用,…, 747). Not a bare 即, which sums up a whole clause as often
# as it glosses the word before it (…实施“X”工程,即… is the programme reader's), and not a question (也就是什么?).
# (Not a word of one character, a date, what to do, nor what happened: 他说了一个“好”,也就是同意了; 申請期間至「114年1月1日」,亦即…;
# 坚持“房住不炒”,也就是要让住房…; 实现“零的突破”,也就是首次…, 获评“优秀”,也就是连续第三年…, 达到“万亿”,也就是比上年增长5%: the quoted
# word is a result or a reply, the clause after it the event, no gloss, review 59.)
_OBJECT_QUOTED_RESTATED = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?![“「『\"][^“”「」『』\"]?[”」』\"])(?![“「『\"][\d０-９]{{2,4}}年(?:[\d０-９]{{1,2}}月)?(?:[\d０-９]{{1,2}}日)?[”」』\"])"
    rf"(?P<term>{QUOTED_TERM})[\s\u3000]*[,，][\s\u3000]*"
    rf"(?P<definition>(?:也就是|亦即)(?!{ASKED_AFTER_MARKER})(?![说說])(?!要(?![素件点點]))"
    r"(?![\s\u3000]*(?:首次|第一次|第[一二三四五六七八九十\d]|[连連][续續]|(?:比|较|較)(?:上|去|前)?[年月]|同比|[增减減]长|[增减減]長|提高|下降))"
    r"[^。！？!?\n]+[。！？!?])"
)
# The sentences after it, to the end of the paragraph (据介绍,“一门”是指…平台。目前,北京已…。, P375).
_SENTENCES_TO_END = re.compile(r"(?:[^。！？!?\n]+[。！？!?][”」]?)*[\s\u3000]*$")

# Two quoted words opening a sentence, then clauses giving each by a pronoun: ``“A”“B”…,前者是…,后者则是…。``.
_FORMER_LATTER = re.compile(
    rf"(?:^|(?<=[。！？!?]))[\s\u3000]*(?P<former>{QUOTED_TERM})[、和与與及]?(?P<latter>{QUOTED_TERM})[^。！？!?\n]*?[,，][\s\u3000]*"
    r"前者[\s\u3000]*(?P<first>(?:是指|是|指)[^。！？!?\n]+?)[,，；;][\s\u3000]*后者[\s\u3000]*(?:则|則)?[\s\u3000]*"
    r"(?P<second>(?:是指|是|指)[^。！？!?\n]+[。！？!?])"
)


# The same pair named inside a sentence and set off by a dash before 前者 (…首次明确界定了“电子商务”和“电子商务经营者”——前者是指“…”,
# 后者是指“…”;同时,…, P1545): the latter's clause ends at its semicolon too (left out) or its full stop (kept).
_DASHED_FORMER_LATTER = re.compile(
    rf"(?P<former>{QUOTED_TERM})[和与與及、](?P<latter>{QUOTED_TERM})[\s\u3000]*(?:——|—)[\s\u3000]*"
    r"前者[\s\u3000]*(?P<first>(?:是指|是|指)[^。！？!?；;\n]+?)[,，；;][\s\u3000]*后者[\s\u3000]*(?:则|則)?[\s\u3000]*"
    r"(?P<second>(?:是指|是|指)[^。！？!?；;\n]+?(?:[。！？!?]|(?=[；;])))"
)


# Two kinds named unquoted and counted after a verb listing them (台灣有大額及可疑通報兩類，前者是指…，後者是…。, P2856, a Taiwan
# daily's opinion on money-laundering reports; …分为一般债券和专项债券两类,前者是指…,后者是指…), then a clause giving each by
# 前者/后者: each clause an entry of the kind it stands for. A head the two share written once after the second (大額及可疑通報:
# 大額通報 and 可疑通報) is read onto the first when the first is as long as the second's modifier, the rest of the second.
_COUNTED_FORMER_LATTER = re.compile(
    r"(?:有|分为|分為|分成|包括|包含|[,，:：])[\s\u3000]*(?P<former>(?:(?!有|分|包)[\u4e00-\u9fff]){2,8}?)(?:及|和|与|與|、)(?P<latter>[\u4e00-\u9fff]{2,10}?)"
    r"(?:两|兩)(?:大)?(?:类|類|种|種)[\s\u3000]*[,，][\s\u3000]*"
    r"前者[\s\u3000]*(?P<first>(?:是指|系指|是|指)[^。！？!?；;\n]+?)[,，；;][\s\u3000]*后者[\s\u3000]*(?:则|則)?[\s\u3000]*"
    r"(?P<second>(?:是指|系指|是|指)[^。！？!?；;\n]+?(?:[。！？!?]|(?=[；;])))"
)


# A clause glossing its kind by a defining marker, not by 是 alone (前者是指…, 后者系指…): 是 alone after 前者/后者 says what each
# kind is in the sentence's matter (前者是上午,后者是下午; 前者是多数,后者是少数, review 66); one of the two so marked at least.
_STRONG_FORMER_LATTER = re.compile(r"(?:是指|系指|指)")


def _counted_pair(former: str, latter: str) -> tuple[str, str]:
    """The two kinds' names, the head written once after the second read onto the first (大额, 可疑通报 → 大额通报)."""
    if len(latter) - len(former) >= 2 and not latter.startswith(former):
        head = latter[len(former) :]
        return former + head, latter
    return former, latter


def quoted_clauses(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each quoted word a free line glosses inside a sentence: after a comma with a strong marker
    (``,“X”特指…``, P517 as P500's ``X特指…``; ``据介绍,“一门”是指…``, P375: the last such clause of a paragraph to its
    end, as a prose definition runs, the others to their sentence's end), or by ``前者``/``后者`` after the two
    words opening the sentence (each clause an entry of the word it stands for, the pronoun and 则 left out as 它 before
    是, P517). A list of new words writes its glosses so, in the sentences that also say what the words show."""
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw
        entries = []
        clauses = sorted([*_COMMA_QUOTED_DEFINED.finditer(raw), *_OBJECT_QUOTED_RESTATED.finditer(raw)], key=lambda m: m.start())
        for n, match in enumerate(clauses):
            entry = _found(line, match.group("term"), match, "definition", match.start("term"))
            rest = _SENTENCES_TO_END.match(raw, match.end()) if n == len(clauses) - 1 else None
            if rest is not None and rest.end() > match.end():  # the last clause runs to the end of its paragraph
                end = len(raw.rstrip(" \t\u3000"))
                entry = Found(entry.term, raw[match.start("definition") : end], raw[match.start("term") : end], entry.line, entry.start, line.start + end)
            entries.append(entry)
        for match in [*_FORMER_LATTER.finditer(raw), *_DASHED_FORMER_LATTER.finditer(raw)]:
            entries.append(_found(line, match.group("former"), match, "first", match.start("first")))
            entries.append(_found(line, match.group("latter"), match, "second", match.start("second")))
        for match in _COUNTED_FORMER_LATTER.finditer(raw):  # 台灣有大額及可疑通報兩類，前者是指…，後者是…。
            if not _STRONG_FORMER_LATTER.match(match.group("first")) and not _STRONG_FORMER_LATTER.match(match.group("second")):
                continue  # 本次培训分为理论和实操两类,前者是上午,后者是下午。: 是 alone, no glosses (review 66)
            former, latter = _counted_pair(match.group("former"), match.group("latter"))
            entries.append(_found(line, former, match, "first", match.start("first")))
            entries.append(_found(line, latter, match, "second", match.start("second")))
        yield from one_line_entries(line.index, entries)


def _found(line: _L, term: str, match: re.Match, group: str, start: int) -> Found:
    end = match.end(group)
    return Found(term, match.group(group), line.raw[start:end], line.index + 1, line.start + start, line.start + end)
