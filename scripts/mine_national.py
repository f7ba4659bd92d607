#!/usr/bin/env python3
"""Mine the national corpus for glossary candidates: a ranked TSV for curators.

Usage (from the repository root, with policyterms installed)::

    python scripts/mine_national.py [CORPUS_DIR] [--out curation] [--shares 4]

``CORPUS_DIR`` (default ``../shared/corpus/national`` relative to the repository, or the
first ``shared/corpus/national`` above it) holds
``government-work-reports.jsonl`` (政府工作报告; rows whose ``year`` is null are NPC
resolutions and are skipped) and ``cpc-congress-reports.jsonl`` (CPC congress reports,
dated by their ``congress``). Documents are named ``gwr-YEAR`` and ``cpc-N``.

Every document is folded with :func:`policyterms.fold` (traditional → simplified,
full-width → ASCII, whitespace deleted), with its quotation marks kept as ``«`` and ``»``
and its paragraph breaks as ``¶`` so that quoted spans and paragraph edges stay visible.
Counting is done on exactly ``fold(text).text``: what the annotator sees.

Kinds of candidate (a candidate may have several):

``quoted``
    a string of 2–16 folded characters inside “…”, 「…」, ‘…’ or "…", with a Han
    character and without sentence punctuation (，。；：！？) inside: the report itself
    marks it as a name.
``numbered``
    a numbered slogan (三个代表, 六稳六保, 一带一路, “1+N”): quoted spans accepted by
    :func:`policyterms.mining.slogans.is_numbered_slogan`, and unquoted shapes — numerals with
    one-character parts (三去一降一补, 一带一路), parallel items (两手抓、两手硬) and a
    numeral (+ classifier) + 2–4 characters (四个全面, 两个确立) — that recur (≥ 3 times
    in ≥ 2 documents) with free edges (see ``compound``). Numbers (一百二十), ordinal
    points (二要) and place names (四川) are not slogans.
``defined``
    a term a report introduces: 简称/又称/称为/叫做/统称 X, 即“X”, “X”即/是指/就是…,
    X是指…, X，即：…. The introducing sentence is given in its own column.
``plan``
    a five-year-plan period: 十一五 … 十五五 anywhere; the two-character ones (一五 … 十五)
    only where quoted or followed by 计划/规划/时期/期间/末/纲要 (column ``followed_by``),
    and never inside a longer number (一九五八).
``compound``
    an unquoted run of 4–8 Han characters, found when it occurs ≥ 5 times in ≥ 4
    documents, that

    * recurs: in ≥ 8 documents, or in at least half of the documents of its first–last
      window (a recent coinage: 乡村振兴战略, 5 of the 9 reports since 2017);
    * is a unit: both edges are word edges — the neighbouring characters are varied
      (branching entropy ≥ 2 bits) and none accompanies more than half of the
      occurrences (设施建设 is 基础设施建设) — where punctuation, quotation marks,
      paragraph edges, particles (的, 在 …), a governing verb before (实施 科教兴国战略) and
      a generic head after (科教兴国 战略) count as edges;
    * is not general vocabulary: not in use across the whole period (window > 70 % of the
      documents and present in over half of them: 经济发展, 人民群众), not a phrase (an
      adverb or governing verb first, a conjunction inside, a complement or object-seeking
      word last, a number inside), and neither starts nor ends with a function character;
    * is not a governing verb + another candidate (推进精准扶贫).

A surface found only in quotation marks that the reports mostly write unquoted (“民主”
once, 民主 a thousand times: under 20 % quoted) counts only its quoted occurrences
(column ``quoted_only``), as a ``quoted_only`` glossary sense would match.

Counts are overlapping occurrences in ``fold(text).text``. Deduplication: a candidate all
of whose occurrences lie inside occurrences of one longer candidate is dropped (四个现代
inside 四个现代化).

Score: ``documents × ln(1 + count)``, times 2 for quoted (when at least 20 % of the
occurrences are quoted), numbered or plan and 1.5 for defined (the largest boost
applies). Rows are sorted by score, then count.

Outputs (in ``--out``): ``national-candidates.tsv`` (all candidates) and
``share-0.tsv`` … ``share-{N-1}.tsv``: the candidates the shipped national glossary does
not know yet, ranked best first, dealt round-robin (rank % N) so each share holds the
same mix of strong and weak candidates.

Example sentences are the sentence of the first occurrence (earliest year), cut from the
raw text with its line breaks removed (the Wikisource texts break lines around links), at
most 200 characters: a quote that ``policyterms lint`` verifies after folding.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

import policyterms
from policyterms.mining.slogans import is_numbered_slogan

REPO = Path(__file__).resolve().parent.parent

def default_corpus() -> Path:
    """``../shared/corpus/national`` relative to the repository; from a worktree nested
    deeper (``wt/name``), the first such folder found going up."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpus" / "national"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "corpus" / "national"


DEFAULT_OUT = REPO / "curation"

#: Congress → year it met. The 8th (1956) is not in the corpus; the 19th and 20th print
#: their dates (2017-10-18, 2022-10-16).
CONGRESS_YEARS = {
    1: 1921, 3: 1923, 7: 1945, 8: 1956, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987,
    14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022,
}  # fmt: skip

OPEN, CLOSE, PARA = "«", "»", "¶"
MARKS = OPEN + CLOSE + PARA
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
CN_DIGITS = "一二两三四五六七八九十"
NUMERAL_CHARS = CN_DIGITS + "双"
CLASSIFIERS = "个大项张条种类"

# Thresholds, one line each.
#: A quoted span longer than this (folded characters) is a quotation, not a term.
MAX_QUOTED = 16
#: Unquoted compounds: lengths mined.
COMPOUND_LENGTHS = range(4, 9)
#: A compound must occur in at least this many documents …
MIN_COMPOUND_DOCS = 4
#: … and at least this many times.
MIN_COMPOUND_COUNT = 5
#: A compound recurs when it is in this many documents …
RECURRING_DOCS = 8
#: … or (a recent or short-lived coinage: 乡村振兴战略 in 5 of the 9 reports since 2017)
#: in at least this share of the documents of its first–last window.
RECURRING_DENSITY = 0.5
#: Left and right branching entropy (bits) a compound needs: it is a unit, not a fragment.
MIN_ENTROPY = 2.0
#: No single neighbour character may accompany more than this share of occurrences.
MAX_NEIGHBOUR_SHARE = 0.5
#: An unquoted numbered slogan recurs at least this often, in at least this many documents.
MIN_NUMBERED_COUNT, MIN_NUMBERED_DOCS = 3, 2
#: Right branching entropy an unquoted numbered slogan needs (its end is a word end).
MIN_NUMBERED_ENTROPY = 1.0
#: Example sentences are at most this long.
MAX_EXAMPLE = 200
#: Boost of the score by kind (the largest applies).
BOOST = {"quoted": 2.0, "numbered": 2.0, "plan": 2.0, "defined": 1.5, "compound": 1.0}

#: Characters a compound never starts with: particles, pronouns, conjunctions, adverbs.
LEFT_STOP = set("的了着过和与及或并而且也都就又还再在于对把被将为以由从向到是有这那其之个们我你他它所等使让给要会能可该各每此")
#: Characters a compound never ends with.
RIGHT_STOP = set("的了着过和与及或并而且也都就又还再在于对把被将为以由从向到是这那其之个们我你他它所使让给要会能可该各每此上中下里等")
#: Strings a compound never contains (function words that glue a clause, not a name).
INNER_STOP = ("的", "了", "我们", "他们", "你们", "这个", "这些", "那些", "一个", "就是", "不是", "已经", "正在", "没有", "可以", "应该", "必须", "能够", "进行")
#: Governing verbs: a candidate that is one of these + another candidate is dropped.
VERBS = (
    "推进", "加强", "坚持", "深化", "实施", "推动", "加快", "完善", "建立", "健全", "提高", "促进", "实行", "积极", "大力", "继续",
    "落实", "贯彻", "开展", "发展", "搞好", "抓好", "做好", "加大", "扩大", "支持", "鼓励", "引导", "强化", "提升", "优化", "全面",
    "深入", "进一步", "努力", "认真", "切实", "着力", "不断", "坚决", "统筹", "构建", "培育", "打造", "实现", "保持", "巩固", "稳定",
    "加速", "重视", "注重", "依靠", "通过", "按照", "根据", "围绕", "结合", "适应", "保障", "维护", "改善", "改进", "规范", "推行",
)  # fmt: skip
#: Adverbs that open a phrase, not a name (大力发展, 不断提高).
ADVERBS = (
    "大力", "不断", "充分", "进一步", "认真", "切实", "努力", "坚决", "继续", "更加", "逐步", "普遍", "广泛", "深入", "加快", "积极",
    "真正", "尽快", "尽量", "十分", "非常", "比较", "基本上", "已经", "正在", "始终", "必须", "应当", "应该", "明确", "强调",
    "毫不动摇", "集中", "分别", "同时", "特别", "尤其", "一定", "初步", "基本", "普遍", "有效", "大幅", "显著", "迅速", "顺利",
    "更好", "全面贯彻", "全面落实", "全面推进", "全面加强", "全面提高", "全面完成", "重点做好", "一些", "任何", "整个", "同", "面向",
)  # fmt: skip
#: Verbs that govern an object: a compound starting with one is a verb phrase (加强农业).
OPENING_VERBS = (
    "加强", "推进", "坚持", "深化", "实施", "推动", "完善", "建立", "健全", "提高", "促进", "实行", "落实", "贯彻", "开展", "搞好",
    "抓好", "做好", "加大", "扩大", "支持", "鼓励", "引导", "强化", "提升", "优化", "构建", "培育", "打造", "实现", "保持", "巩固",
    "取得", "得到", "加速", "重视", "注重", "依靠", "通过", "按照", "根据", "围绕", "结合", "适应", "维护", "改善", "改进", "推行",
    "发挥", "增加", "减少", "降低", "控制", "解决", "克服", "防止", "反对", "保证", "确保", "坚决", "严格", "严厉", "完成", "超额",
    "成为", "用于", "夺取", "增强", "弘扬", "壮大", "整顿", "减轻", "开工", "符合", "具有", "代表", "领导", "争取", "提出", "指出",
    "要求", "组织", "动员", "号召", "帮助", "教育", "学习", "研究", "制定", "召开", "举行", "参加", "遵守", "执行", "采取", "加以",
)  # fmt: skip
#: Words that end a phrase, not a name: verbs waiting for an object, adjectives for a noun.
CLOSING_WORDS = (
    "推进", "取得", "进行", "加强", "实现", "提高", "促进", "推动", "加快", "实行", "坚持", "完善", "开展", "落实", "贯彻", "重大",
    "重要", "主要", "一定", "新的", "显著", "明显", "较大", "很大", "全面", "继续", "进一步", "不断", "得到", "达到", "增长", "增加",
    "奠定", "赋予", "做好", "改变", "深化", "快速", "加大", "发挥", "为首", "原因", "多来", "个五年", "说", "提出", "指出", "支持",
    "我国", "一批", "都有", "特别", "尤其", "以及", "包括", "各项", "各种", "各类", "各级", "一系列", "我们", "人民有", "国家有",
    "起来", "情况", "成为", "要求", "作出", "做出",
)  # fmt: skip
#: A number inside a compound (增长百分之二十, 五十亿元): a quantity, not a name.
NUMBER_INSIDE = re.compile(rf"[百千万亿]|[{CN_DIGITS}零〇]{{2,}}|[{CN_DIGITS}][多几余]|百分之")
#: Other phrase shapes: an adverb in 地 (更好地发挥), a year's tasks (年主要任务), a verb
#: and its two-character object (发展农业, 保障人民).
PHRASE = re.compile(
    r"(?:不移|积极|有效|坚决|认真|逐步|更好|深入|切实|迅速|充分|自觉|主动|大力|广泛|稳步|有力|有序|不断|全面|健康|努力|正确|扎实"
    r"|步骤|计划|创造性|是|制宜|可能|好省|时机)地$|好地|地(?:发挥|推进|发展|解决|加强)|^年(?!度|轻|龄|金|鉴|均)|^(?:发展|保障|保护)..$"
)
#: Conjunctions: inside a compound they join two phrases (巩固和发展).
CONJUNCTIONS = ("和", "与", "及", "或", "并", "而", "同")
#: Verb complements that end a phrase (结合起来).
COMPLEMENTS = ("起来", "下去", "出来", "下来", "上来", "过来", "进来", "一些", "之中", "以来", "以上", "以下", "之间", "方面")
#: A candidate found only in quotation marks needs this share of quoted occurrences, or
#: only its quoted occurrences are counted (``quoted_only``).
MIN_QUOTED_SHARE = 0.2
#: A compound whose first–last window holds more than this share of all documents is
#: general vocabulary of the whole period (经济发展, 人民群众), not a coinage.
MAX_WINDOW_SHARE = 0.7
#: … and it is in more than this share of the documents of its window (共同富裕, in 1955
#: and again since the 1980s, is not: 23 of 66).
MIN_GENERAL_DENSITY = 0.5
#: Characters that end a word before a term (把“科教兴国”…, 的, 和 …).
LEFT_PARTICLES = set("的与及在对为把是以从向于了并或即走搞抓")
#: Characters that start a word after a term.
RIGHT_PARTICLES = set("的与是在了并或")
#: Governing verbs and adverbs whose object a term is (实施 科教兴国战略).
GOVERNORS = frozenset((
    "实施", "推进", "加强", "坚持", "深化", "推动", "完善", "建立", "健全", "提高", "促进", "实行", "落实", "贯彻", "开展", "加快",
    "加大", "扩大", "支持", "鼓励", "引导", "强化", "提升", "优化", "构建", "培育", "打造", "实现", "保持", "巩固", "搞好", "抓好",
    "做好", "发挥", "走好", "大力", "积极", "继续", "一步", "坚决", "切实", "认真", "努力", "不断", "着力", "统筹", "推行", "深入",
))  # fmt: skip
#: Generic heads a named policy is followed by (科教兴国 战略, 三峡 工程).
HEADS = frozenset((
    "战略", "工程", "体系", "机制", "行动", "计划", "政策", "制度", "道路", "理论", "思想", "方针", "原则", "建设", "改革", "发展",
    "工作", "问题", "目标", "任务", "要求", "能力", "水平", "领域", "方面", "作用", "精神", "试点", "示范", "格局", "模式", "理念",
))  # fmt: skip
#: Suffixes that follow a two-character plan period (十五计划, “九五”期间).
PLAN_FOLLOWERS = ("计划", "规划", "时期", "期间", "末", "纲要", "前期", "后期", "初期", "中期")


# ---------------------------------------------------------------------------------------
# Documents


@dataclass
class Doc:
    """One report: raw text, its folded form with marks (``marked``) and without (``plain``)."""

    id: str
    year: int
    title: str
    raw: str
    folded: policyterms.Folded = field(init=False)
    marked: str = field(init=False)
    plain: str = field(init=False)
    plain_to_marked: list[int] = field(init=False)

    def __post_init__(self) -> None:
        chars = list(self.raw)
        straight_open = True
        for index, char in enumerate(chars):
            if char in "\"＂":
                chars[index] = OPEN if straight_open else CLOSE
                straight_open = not straight_open
            elif char in "“‘「『":
                chars[index] = OPEN
            elif char in "”’」』":
                chars[index] = CLOSE
        # a whitespace run holding two or more line breaks is a paragraph break: one ¶
        # (its first character, so every index still maps one for one)
        for match in re.finditer(r"\s*\n\s*\n\s*", self.raw):
            chars[match.start()] = PARA
        self.folded = policyterms.fold("".join(chars))
        self.marked = self.folded.text
        self.plain_to_marked = [i for i, c in enumerate(self.marked) if c not in MARKS]
        self.plain = "".join(self.marked[i] for i in self.plain_to_marked)
        if self.plain != policyterms.fold(self.raw).text:
            raise AssertionError(f"{self.id}: marked text does not fold like the raw text")

    def raw_index(self, plain_index: int) -> int:
        return self.folded.to_original(self.plain_to_marked[plain_index])

    def quoted_at(self, start: int, end: int) -> bool:
        """Whether the plain span ``[start, end)`` is exactly a quoted span."""
        first, last = self.plain_to_marked[start], self.plain_to_marked[end - 1]
        return first > 0 and self.marked[first - 1] == OPEN and self.marked[last + 1 : last + 2] == CLOSE

    def sentence_at(self, raw_index: int, length: int) -> str:
        """The raw sentence around ``raw_index`` (line breaks removed), ≤ MAX_EXAMPLE."""
        return sentence_at(self.raw, raw_index, length)


def sentence_at(raw: str, position: int, length: int) -> str:
    bounds = [0]
    for match in re.finditer(r"[。！？；!?;]|\s*\n\s*\n\s*", raw):
        bounds.append(match.end())
    bounds.append(len(raw))
    begin = max(b for b in bounds if b <= position)
    end = min(b for b in bounds if b > position)
    piece = _clean(raw[begin:end])
    if len(piece) <= MAX_EXAMPLE:
        return piece
    # too long: cut at commas around the term, keeping the term inside
    before = raw[begin:position]
    commas = [m.end() for m in re.finditer(r"[，,：:]", before)]
    start = begin
    for c in commas:
        if len(_clean(raw[begin + c : end])) <= MAX_EXAMPLE or len(_clean(raw[begin + c : position + length])) > 60:
            start = begin + c
            break
        start = begin + c
    piece = _clean(raw[start:end])
    if len(piece) > MAX_EXAMPLE:
        stop = end
        for m in re.finditer(r"[，,；;]", raw[position + length : end]):
            if len(_clean(raw[start : position + length + m.end()])) <= MAX_EXAMPLE:
                stop = position + length + m.end()
            else:
                break
        piece = _clean(raw[start:stop])
        if len(piece) > MAX_EXAMPLE:
            piece = _clean(raw[max(start, position - 80) : position + length + 100])[:MAX_EXAMPLE]
    return piece


def _clean(text: str) -> str:
    return re.sub(r"[\r\n\t\u200b\u200d\ufeff]", "", text).strip(" \u3000")


#: Where the Wikisource licence notice (or its footnotes) starts: the report ends there.
_FOOTER = re.compile(r"\n\s*\n\s*(?:本作品|这部作品|↑\s)")


def report_text(content: str) -> str:
    """The report without the licence notice Wikisource appends (a prefix of ``content``,
    so indices into it are indices into the corpus row)."""
    footer = _FOOTER.search(content)
    return content[: footer.start()] if footer else content


def load_corpus(corpus: Path) -> list[Doc]:
    docs = []
    with open(corpus / "government-work-reports.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("year"):
                docs.append(Doc(f"gwr-{row['year']}", int(row["year"]), row["title"], report_text(row["content"])))
    seen: Counter[str] = Counter()
    with open(corpus / "cpc-congress-reports.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            congress = int(row["congress"])
            base = f"cpc-{congress}"
            seen[base] += 1
            doc_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
            docs.append(Doc(doc_id, CONGRESS_YEARS[congress], row["title"], report_text(row["content"])))
    docs.sort(key=lambda d: (d.year, d.id))
    return docs


# ---------------------------------------------------------------------------------------
# Candidate collection


@dataclass
class Candidate:
    surface: str
    kinds: set[str] = field(default_factory=set)
    definition: tuple[str, str] | None = None  # (doc id, raw sentence)
    followed_by: tuple[str, ...] = ()
    occurrences: list[tuple[int, int]] = field(default_factory=list)  # (doc index, plain pos)
    quoted: list[bool] = field(default_factory=list)  # per occurrence: written in quotation marks
    quoted_only: bool = False

    @property
    def quoted_count(self) -> int:
        return sum(self.quoted)

    def quoted_share(self) -> float:
        return self.quoted_count / len(self.occurrences) if self.occurrences else 0.0


def entropy(counter: Counter) -> float:
    total = sum(counter.values())
    if not total:
        return 0.0
    return -sum(n / total * math.log2(n / total) for n in counter.values())


def neighbours(docs: list[Doc], surfaces: set[str]) -> dict[str, tuple[Counter, Counter]]:
    """Left and right neighbours of every occurrence in the marked texts.

    A neighbour is the adjacent character, unless the occurrence stands at a word edge:
    punctuation, a quotation mark or a paragraph edge, a particle (的, 和, 在 …), a
    governing verb before it (实施科教兴国战略) or a generic head noun after it (…战略,
    …工程). An edge counts as a new, distinct neighbour each time it is met, so it adds
    to the entropy and is never dominant.
    """
    found: dict[str, tuple[Counter, Counter]] = {s: (Counter(), Counter()) for s in surfaces}
    automaton = _automaton(surfaces)
    if not len(automaton):
        return found
    word = re.compile(f"[{HAN}0-9a-z]")
    edge = 0
    for doc in docs:
        text = doc.marked
        for end, s in automaton.iter(text):
            start = end - len(s) + 1
            left = text[start - 1] if start else PARA
            right = text[end + 1] if end + 1 < len(text) else PARA
            if not word.match(left) or left in LEFT_PARTICLES or text[max(start - 2, 0) : start] in GOVERNORS:
                edge += 1
                left = f"#{edge}"
            if not word.match(right) or right in RIGHT_PARTICLES or text[end + 1 : end + 3] in HEADS:
                edge += 1
                right = f"#{edge}"
            lefts, rights = found[s]
            lefts[left] += 1
            rights[right] += 1
    return found


def mine_quoted(docs: list[Doc], add) -> None:
    pattern = re.compile(rf"{OPEN}([^{MARKS}，。；：！？,;:!?]{{1,{MAX_QUOTED}}}){CLOSE}")
    for doc in docs:
        for match in pattern.finditer(doc.marked):
            inner = match.group(1).strip("、·.-")
            if not re.search(f"[{HAN}]", inner) or len(inner) < 2:
                continue
            if re.fullmatch(r"(?:19|20)\d\d.*", inner) and len(inner) <= 6:
                continue
            add(inner, "quoted")
            following = doc.marked[match.end() : match.end() + 3]
            if is_numbered_slogan(inner, quoted=True, following=following):
                add(inner, "numbered")


_NUMBERED_START = re.compile(rf"(?<![{NUMERAL_CHARS}第\d])(?=[{NUMERAL_CHARS}])")
_COMPOUND_SLOGAN = re.compile(
    rf"(?<![{NUMERAL_CHARS}第\d])(?:[{NUMERAL_CHARS}](?![{NUMERAL_CHARS}{CLASSIFIERS}])[{HAN}]{{1,2}}){{2,4}}(?![{HAN}])"
)
_PARALLEL = re.compile(rf"(?<![{NUMERAL_CHARS}])([{NUMERAL_CHARS}])([{HAN}])[{HAN}](?:、\1\2[{HAN}]){{2,}}")


#: A number, not a slogan: 一百二十, 二十多年, 一亿一千, 十几年.
NUMBER = re.compile(rf"[{CN_DIGITS}零〇]*[百千万亿零〇]|[{CN_DIGITS}]{{2,}}|[{CN_DIGITS}][多几余来点]")
#: Ordinal points (二要加强, 三是), words whose numeral names no set (四川, 三门峡,
#: 一年比一年), and endings that are grammar (的, 地, 就, 以来).
NOT_SLOGAN = re.compile(
    rf"^[{CN_DIGITS}][要是则来]|四川|三门峡|二手|一年比一年|一代又一代|一个一个|一心一意|以来$|[的地就了]$|大会|中全会"
)


def numbered_shape(surface: str) -> bool:
    """Whether an unquoted numbered string can be a slogan (not a number or a phrase)."""
    return not NUMBER.match(surface) and not NOT_SLOGAN.search(surface)


def numbered_ngrams(docs: list[Doc]) -> Counter:
    """Unquoted numbered shapes: numeral (+ classifier) + 2–4 characters, and compounds."""
    found: Counter[str] = Counter()
    for doc in docs:
        text = doc.marked
        for match in _NUMBERED_START.finditer(text):
            i = match.start()
            run = re.match(rf"[{HAN}]+", text[i : i + 12])
            if not run:
                continue
            run = run.group()
            numeral = re.match(rf"[{NUMERAL_CHARS}]+[{CLASSIFIERS}]?", run).end()
            if run[0] == "一" and re.match(rf"一[{CLASSIFIERS}]?(?![{NUMERAL_CHARS}])", run):
                # 一 mostly means "a": only compounds (一带一路, 一事一议)
                for length in range(4, min(len(run), 8) + 1):
                    surface = run[:length]
                    if len(re.findall(f"[{NUMERAL_CHARS}]", surface)) >= 2 and numbered_shape(surface):
                        found[surface] += 1
                continue
            for length in range(numeral + 2, min(len(run), numeral + 4) + 1):
                surface = run[:length]
                following = text[i + length : i + length + 3]
                if numbered_shape(surface) and is_numbered_slogan(surface, quoted=False, following=following):
                    found[surface] += 1
        for match in _PARALLEL.finditer(text):
            found[match.group()] += 1
    return found


def mine_numbered(docs: list[Doc], add) -> None:
    counts = numbered_ngrams(docs)
    plain_docs: dict[str, set[int]] = defaultdict(set)
    frequent = {s for s, n in counts.items() if n >= MIN_NUMBERED_COUNT}
    automaton = _automaton(frequent)
    for index, doc in enumerate(docs):
        for _, s in automaton.iter(doc.plain):
            plain_docs[s].add(index)
    frequent = {s for s in frequent if len(plain_docs[s]) >= MIN_NUMBERED_DOCS}
    sides = neighbours(docs, frequent)
    for s in frequent:
        lefts, rights = sides[s]
        if free_edges(lefts, rights, MIN_NUMBERED_ENTROPY):
            add(s, "numbered")


_DEFINERS = [
    # 简称“X” / 称为X / 叫做（什么）“X” / 即“X”: the term follows the marker
    re.compile(
        rf"(?:简称|又称|称为|称之为|叫做|统称|俗称|简称为)(?:什么)?"
        rf"(?:{OPEN}([^{MARKS}]{{2,16}}){CLOSE}|([{HAN}0-9a-z+]{{2,8}})(?=[，。；、）)¶]))"
    ),
    re.compile(rf"(?<=[，,（(])即{OPEN}([^{MARKS}，。；]{{2,16}}){CLOSE}"),
    # “X”，即 / “X”是指 / “X”就是: a quoted term before the marker
    re.compile(rf"{OPEN}([^{MARKS}，。；]{{2,16}}){CLOSE}[，,]?(?:即|是指|指的是|就是)"),
    # X是指 / X，即: an unquoted clause-initial term before the marker
    re.compile(rf"(?:^|(?<=[。；，：¶{CLOSE}]))([{HAN}0-9a-z+]{{2,8}})(?:[，,]?(?:是指|指的是)|[，,]即[：:])"),
]
#: What an introduced term never is: a pronoun or a clause (有一部分指标, 不管它们…).
_DEFINED_JUNK = re.compile(r"^(?:这|那|其|它|他|我|你|也|就|所|即|并|而|但|如|凡|此|有|不|才|上述|以上|前者|后者|所谓)|[的了们]")


def mine_defined(docs: list[Doc], add, candidates: dict[str, Candidate]) -> None:
    for doc in docs:
        text = doc.marked
        for pattern in _DEFINERS:
            for match in pattern.finditer(text):
                term = next(g for g in match.groups() if g)
                term = re.sub(f"^{'|'.join(('所谓',))}", "", term)
                if len(term) < 2 or _DEFINED_JUNK.match(term) or not re.search(f"[{HAN}]", term):
                    continue
                add(term, "defined")
                candidate = candidates[term]
                if candidate.definition is None:
                    raw = doc.folded.to_original(match.start())
                    candidate.definition = (doc.id, doc.sentence_at(raw, match.end() - match.start()))


_PLAN = re.compile(rf"(?<![{CN_DIGITS}〇○零第\d])(十[一二三四五]|[一二三四五六七八九十])五")


def mine_plan(docs: list[Doc], add, candidates: dict[str, Candidate]) -> None:
    for doc in docs:
        text = doc.marked
        for match in _PLAN.finditer(text):
            period = match.group()
            quoted = text[match.start() - 1 : match.start()] == OPEN and text[match.end() : match.end() + 1] == CLOSE
            after = text[match.end() : match.end() + 3].lstrip(CLOSE)
            if len(period) == 3 or quoted or after.startswith(PLAN_FOLLOWERS):
                add(period, "plan")
                if len(period) == 2:
                    candidates[period].followed_by = PLAN_FOLLOWERS


def mine_compounds(docs: list[Doc], add) -> None:
    """Recurring 4–8 character Han strings with free edges (see the module docstring)."""
    runs_by_doc = [re.findall(f"[{HAN}]{{4,}}", doc.marked) for doc in docs]
    frequent: set[str] = set()
    previous: set[str] | None = None
    for n in COMPOUND_LENGTHS:
        df: Counter[str] = Counter()
        tf: Counter[str] = Counter()
        for runs in runs_by_doc:
            mine: set[str] = set()
            for run in runs:
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    if previous is not None and (gram[:-1] not in previous or gram[1:] not in previous):
                        continue
                    tf[gram] += 1
                    mine.add(gram)
            df.update(mine)
        level = {g for g, d in df.items() if d >= MIN_COMPOUND_DOCS and tf[g] >= MIN_COMPOUND_COUNT}
        frequent |= level
        previous = level
    shaped = {
        g for g in frequent
        if g[0] not in LEFT_STOP and g[-1] not in RIGHT_STOP and not any(w in g for w in INNER_STOP)
    }  # fmt: skip
    sides = neighbours(docs, shaped)
    for g in shaped:
        lefts, rights = sides[g]
        if free_edges(lefts, rights, MIN_ENTROPY):
            add(g, "compound")


def free_edges(lefts: Counter, rights: Counter, min_entropy: float) -> bool:
    """Both edges are word edges: varied neighbours (entropy) and no neighbour that
    accompanies most occurrences (设施建设 is 基础设施建设 with 础 before it)."""
    for side in (lefts, rights):
        total = sum(side.values())
        if entropy(side) < min_entropy or max(side.values()) > MAX_NEIGHBOUR_SHARE * total:
            return False
    return True


def _automaton(surfaces) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for s in surfaces:
        automaton.add_word(s, s)
    if len(automaton):
        automaton.make_automaton()
    return automaton


# ---------------------------------------------------------------------------------------
# Counting, deduplication, ranking


def count(docs: list[Doc], candidates: dict[str, Candidate]) -> None:
    automaton = _automaton(candidates)
    for index, doc in enumerate(docs):
        plain = doc.plain
        for end, s in automaton.iter(plain):
            start = end - len(s) + 1
            candidate = candidates[s]
            quoted = doc.quoted_at(start, end + 1)
            if s[0] in NUMERAL_CHARS and start and plain[start - 1] in CN_DIGITS + "〇○零第":
                continue  # 三五 inside 十三五, 九五 inside 一九五八
            if candidate.followed_by and not quoted and not plain.startswith(candidate.followed_by, end + 1):
                continue
            candidate.occurrences.append((index, start))
            candidate.quoted.append(quoted)


def effective_kinds(candidate: Candidate) -> set[str]:
    """Kinds that count for ranking: ``quoted`` only when the reports quote the surface in
    at least MIN_QUOTED_SHARE of its occurrences (one “民主” among a thousand does not)."""
    if candidate.quoted_share() < MIN_QUOTED_SHARE:
        return candidate.kinds - {"quoted"}
    return set(candidate.kinds)


def quoted_only(candidate: Candidate) -> None:
    """Count only the quoted occurrences, as a ``quoted_only`` glossary sense would match."""
    kept = [(o, q) for o, q in zip(candidate.occurrences, candidate.quoted) if q]
    candidate.occurrences = [o for o, _ in kept]
    candidate.quoted = [True] * len(kept)
    candidate.kinds = {"quoted"}
    candidate.quoted_only = True


def drop_general(docs: list[Doc], candidates: dict[str, Candidate]) -> int:
    """Set apart ordinary words and phrases.

    * A surface found only in quotation marks that the reports mostly write unquoted
      (“民主” once, 民主 a thousand times) is an ordinary word a report happened to quote.
    * A compound is general vocabulary when it is in use across the whole corpus period
      (its first–last window holds more than MAX_WINDOW_SHARE of the documents and it is
      in more than MIN_GENERAL_DENSITY of those), or shaped
      like a phrase: an adverb or governing verb first, a conjunction inside, a verb
      complement, an object-seeking verb or a noun-seeking adjective last.

    Such a candidate keeps only its quoted occurrences (``quoted_only``) when it has any,
    and is dropped otherwise.
    """
    years = sorted(d.year for d in docs)
    dropped = []
    for surface, candidate in candidates.items():
        kinds = effective_kinds(candidate)
        if not kinds:
            quoted_only(candidate)
            continue
        if kinds != {"compound"} or not candidate.occurrences:
            continue
        used = [docs[d].year for d, _ in candidate.occurrences]
        window = sum(1 for y in years if min(used) <= y <= max(used))
        documents = len(set(d for d, _ in candidate.occurrences))
        recurring = documents >= RECURRING_DOCS or documents >= RECURRING_DENSITY * window
        if (
            not recurring
            or (window / len(years) > MAX_WINDOW_SHARE and documents / window > MIN_GENERAL_DENSITY)
            or surface.startswith(ADVERBS + OPENING_VERBS)
            or surface.endswith(CLOSING_WORDS)
            or any(c in surface[1:-1] for c in CONJUNCTIONS)
            or surface.endswith(COMPLEMENTS)
            or NUMBER_INSIDE.search(surface)
            or PHRASE.search(surface)
        ):
            if candidate.quoted_count:
                quoted_only(candidate)
            else:
                dropped.append(surface)
    for surface in dropped:
        del candidates[surface]
    return len(dropped)


def deduplicate(candidates: dict[str, Candidate]) -> int:
    """Drop a candidate whose every occurrence lies inside occurrences of one longer one,
    and a verb + candidate (推进精准扶贫) when it is only a compound."""
    automaton = _automaton(candidates)
    dropped = set()
    for longer in sorted(candidates, key=len, reverse=True):
        outer = candidates[longer]
        at = set(outer.occurrences)
        for end, shorter in automaton.iter(longer):
            if shorter == longer or shorter in dropped:
                continue
            offset = end - len(shorter) + 1
            inner = candidates[shorter]
            if inner.occurrences and all((d, p - offset) in at for d, p in inner.occurrences):
                dropped.add(shorter)
    for surface, candidate in candidates.items():
        if candidate.kinds == {"compound"}:
            for verb in VERBS:
                rest = surface[len(verb) :]
                if surface.startswith(verb) and rest in candidates and rest not in dropped:
                    dropped.add(surface)
                    break
    for surface in dropped:
        del candidates[surface]
    return len(dropped)


def compress_years(years: list[int]) -> str:
    """Years as consecutive runs.

    >>> compress_years([2013, 2014, 2015, 2017])
    '2013-2015,2017'
    """
    parts: list[str] = []
    for year in sorted(set(years)):
        if parts and int(parts[-1].split("-")[-1]) == year - 1:
            parts[-1] = f"{parts[-1].split('-')[0]}-{year}"
        else:
            parts.append(str(year))
    return ",".join(parts)


COLUMNS = (
    "rank", "surface", "kinds", "score", "count", "quoted_count", "documents", "first_year", "last_year", "years",
    "in_glossary", "glossary_term", "quoted_only", "followed_by", "example_doc", "example", "definition_doc", "definition",
)  # fmt: skip


def rows(docs: list[Doc], candidates: dict[str, Candidate], glossary) -> list[dict[str, str]]:
    table = []
    for surface, c in candidates.items():
        if not c.occurrences:
            continue
        doc_indices = sorted({d for d, _ in c.occurrences})
        years = [docs[d].year for d in doc_indices]
        boost = max((BOOST[k] for k in effective_kinds(c)), default=1.0)
        score = len(doc_indices) * math.log(1 + len(c.occurrences)) * boost
        d, p = min(c.occurrences)
        doc = docs[d]
        raw_start = doc.raw_index(p)
        raw_end = doc.raw_index(p + len(surface) - 1) + 1
        senses = glossary.lookup(surface)
        table.append(
            {
                "surface": surface,
                "kinds": ",".join(k for k in BOOST if k in c.kinds),
                "score": f"{score:.2f}",
                "count": str(len(c.occurrences)),
                "quoted_count": str(c.quoted_count),
                "documents": str(len(doc_indices)),
                "first_year": str(min(years)),
                "last_year": str(max(years)),
                "years": compress_years(years),
                "in_glossary": ",".join(dict.fromkeys(s.scope for s in senses)),
                "glossary_term": ",".join(dict.fromkeys(s.term for s in senses)),
                "quoted_only": "yes" if c.quoted_only else "",
                "followed_by": "|".join(c.followed_by),
                "example_doc": doc.id,
                "example": doc.sentence_at(raw_start, raw_end - raw_start),
                "definition_doc": c.definition[0] if c.definition else "",
                "definition": c.definition[1] if c.definition else "",
            }
        )
    table.sort(key=lambda r: (-float(r["score"]), -int(r["count"]), r["surface"]))
    for rank, row in enumerate(table):
        row["rank"] = str(rank)
    return table


def write_tsv(path: Path, table: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(columns) + "\n")
        for row in table:
            out.write("\t".join(row[c].replace("\t", " ") for c in columns) + "\n")


README_HEAD = """# Mining the national corpus

<!-- Generated by scripts/mine_national.py: edit the script, not this file. -->

`national-candidates.tsv` ranks the words the national reports coin or name — quoted
terms, numbered slogans, terms a report defines, five-year-plan periods and recurring
coined compounds — as candidates for the national (全国) glossary. Curators take one of
`share-0.tsv` … `share-{last}.tsv`: the candidates the shipped national glossary does not
know yet, ranked best first and dealt round-robin (new_rank % {shares}), so every share holds
the same mix of strong and weak candidates ({share_sizes} rows).

A candidate is a lead, not a sense: the example sentence shows it in use; whether it is a
term, what it means and which source states that is the curator's call (see the
provenance rules in docs/glossary-format.md).

## How to run

```sh
pip install -e .                       # policyterms (fold, load_glossary) and pyahocorasick
python scripts/mine_national.py        # corpus: ../shared/corpus/national (or the first
                                       # shared/corpus/national above the repository)
python scripts/mine_national.py /path/to/corpus/national --out curation --shares 4
```

It takes about ten seconds and writes `national-candidates.tsv`, `share-N.tsv` and this
README into `--out`. The corpus is {n_docs} documents: {n_gwr} 政府工作报告 ({gwr_years}) as
`gwr-YEAR` and {n_cpc} CPC congress reports as `cpc-N` (N = congress; dated by the
congress: {cpc_years}). NPC resolutions (rows with no year) are skipped, and so is the
licence notice Wikisource appends to every text.

## Kinds

| kind | candidates | what it means |
| --- | ---: | --- |
{kinds_table}

A candidate may have several kinds; {total} candidates in all, {new} of them not in the
shipped national glossary ({known} are). The method, every threshold and the reason for
each are in the docstring and constants of `scripts/mine_national.py`.

## Columns

| column | meaning |
| --- | --- |
| new_rank | (shares only) rank among the candidates not in the national glossary; the share is new_rank % {shares} |
| rank | 0 = best, by score then count, among all candidates |
| surface | the folded form (simplified, quotation marks removed), the glossary's key |
| kinds | see above |
| score | documents × ln(1 + count) × boost: 2 for quoted (when at least 20 % of its occurrences are quoted), numbered or plan, 1.5 for defined |
| count | occurrences in the folded texts (overlapping matches, as the annotator sees them); only quoted ones when `quoted_only` |
| quoted_count | occurrences written in quotation marks |
| documents | documents it occurs in |
| first_year, last_year, years | years of those documents (consecutive years joined: 2013-2019) |
| in_glossary | scopes of the shipped glossary that already have this surface (empty: none) |
| glossary_term | their headwords |
| quoted_only | yes: counted (and worth matching) only inside quotation marks |
| followed_by | two-character plan periods count only before one of these (or quoted) |
| example_doc, example | the document and sentence of the first occurrence: raw text, line breaks removed, ≤ 200 characters |
| definition_doc, definition | for `defined`: the sentence that introduces the term |

## Top 50

| rank | surface | kinds | count | docs | years | in glossary | example |
| ---: | --- | --- | ---: | ---: | --- | --- | --- |
{top}
"""

KIND_MEANINGS = {
    "quoted": "written inside “…”, 「…」, ‘…’ or \"…\" (2–16 characters, no sentence punctuation inside)",
    "numbered": "a numbered slogan: quoted (“六稳”, “1+N”), or unquoted and recurring with free edges (四个全面, 三去一降一补, 一带一路)",
    "plan": "a five-year-plan period (十四五; the two-character 十五, 九五 only quoted or before 计划/规划/时期/期间/末/纲要)",
    "defined": "introduced by a report: 简称/又称/称为/叫做/统称 X, 即“X”, “X”即/是指/就是, X是指",
    "compound": "an unquoted 4–8 character string that recurs (≥ 8 documents, or half of those since it appeared), "
    "with free edges, not general vocabulary of the whole period nor a phrase",
}


def write_readme(path: Path, docs: list[Doc], table: list[dict[str, str]], new: int, shares: int) -> None:
    kinds = Counter(k for r in table for k in r["kinds"].split(","))
    gwr = sorted(d.year for d in docs if d.id.startswith("gwr-"))
    cpc = [d for d in docs if d.id.startswith("cpc-")]

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    top = "\n".join(
        f"| {r['rank']} | {r['surface']} | {r['kinds']} | {r['count']} | {r['documents']} | {r['first_year']}–{r['last_year']} "
        f"| {r['in_glossary']} | {cell(r['example_doc'])}: {cell(r['example'][:60])}{'…' if len(r['example']) > 60 else ''} |"
        for r in table[:50]
    )
    per_share = [len(range(k, new, shares)) for k in range(shares)]
    text = README_HEAD.format(
        share_sizes=", ".join(map(str, per_share)),
        last=shares - 1,
        shares=shares,
        n_docs=len(docs),
        n_gwr=len(gwr),
        gwr_years=f"{gwr[0]}–{gwr[-1]}",
        n_cpc=len(cpc),
        cpc_years=", ".join(f"{d.id} {d.year}" for d in cpc),
        kinds_table="\n".join(f"| {k} | {kinds[k]} | {KIND_MEANINGS[k]} |" for k in BOOST),
        total=len(table),
        new=new,
        known=len(table) - new,
        top=top,
    )
    path.write_text(text, encoding="utf-8")


def mine(docs: list[Doc]) -> dict[str, Candidate]:
    candidates: dict[str, Candidate] = {}

    def add(surface: str, kind: str) -> None:
        surface = policyterms.fold(surface).text
        if surface:
            candidates.setdefault(surface, Candidate(surface)).kinds.add(kind)

    mine_quoted(docs, add)
    mine_numbered(docs, add)
    mine_defined(docs, add, candidates)
    mine_plan(docs, add, candidates)
    mine_compounds(docs, add)
    count(docs, candidates)
    drop_general(docs, candidates)
    deduplicate(candidates)
    return candidates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--shares", type=int, default=4)
    args = parser.parse_args(argv)
    docs = load_corpus(args.corpus or default_corpus())
    candidates = mine(docs)
    glossary = policyterms.load_glossary()
    table = rows(docs, candidates, glossary)
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "national-candidates.tsv", table)
    new = [r for r in table if "全国" not in r["in_glossary"].split(",")]
    for new_rank, row in enumerate(new):
        row["new_rank"] = str(new_rank)
    for share in range(args.shares):
        dealt = [r for i, r in enumerate(new) if i % args.shares == share]
        write_tsv(args.out / f"share-{share}.tsv", dealt, ("new_rank", *COLUMNS))
    write_readme(args.out / "README.md", docs, table, len(new), args.shares)
    kinds = Counter(k for r in table for k in r["kinds"].split(","))
    print(f"{len(docs)} documents, {len(table)} candidates, {len(new)} not in the national glossary", file=sys.stderr)
    print("per kind: " + ", ".join(f"{k} {kinds[k]}" for k in BOOST), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
