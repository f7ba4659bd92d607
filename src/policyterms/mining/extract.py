"""Turn the 名词解释 appendix of a report into glossary senses.

Work reports end with an appendix that defines their own jargon (``名词解释``): numbered
entries ``headword:definition``. Curating a glossary starts from that appendix, so this
module parses it into :class:`ExtractedEntry` objects (term, definition, components,
citation quote), writes them as a senses file (:func:`entries_to_yaml`) and merges them
into an existing, curated one (:func:`merge_entries`) without ever overwriting what a
curator wrote. The rules are described in ``docs/extract.md``; in short:

* the section starts at a heading on its own line (名词解释, 名詞解釋, 注释, 注釋,
  附件：名词解释, 名词解释：) followed by entry 1;
* entries are numbered ``1.`` ``1．`` ``1、`` ``（1）`` ``(1)`` ``（一）`` or ``一、`` (one
  style per list) and separate headword and definition with ``:`` ``：`` ``——`` ``—``, or
  with nothing before 是指/即/指;
* a line that is neither the next entry nor the continuation of an unfinished entry ends
  the list (see :func:`find_appendix`).

Parsing reads the original text. Headwords and definitions lose converter noise (inline
pinyin such as ``區(qū)``, removed exactly where :func:`policyterms.text.fold.fold` removes it)
but keep their characters as written; quotes are verbatim, so ``lint`` verifies them.

>>> report = "名词解释\\n1.三线一单:是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。\\n"
>>> (entry,) = extract_entries(report)
>>> entry.term, [c.text for c in entry.components]
('三线一单', ['生态保护红线', '环境质量底线', '资源利用上线', '生态环境准入清单'])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from policyterms._lazy import lazy_compile
from policyterms.errors import GlossaryError, InputError
from policyterms.text.fold import INVISIBLE, QUOTES, fold, fold_char, fold_table, strip_pinyin
from policyterms.text.furniture import PAGE_TOOL_WORDS, is_page_number_line
from policyterms.glossary.model import Component
from policyterms.glossary.numerals import headword_numerals, numeral_mismatch, parse_chinese_number
from policyterms.glossary.yamlnodes import Mapping, Sequence as YamlSequence, load_yaml

if TYPE_CHECKING:  # at run time the layouts are imported where they are used
    from policyterms.mining.extract_layouts.common import Found

__all__ = [
    "ExtractedEntry",
    "MergeReport",
    "find_appendix",
    "extract_entries",
    "entries_to_yaml",
    "merge_entries",
    "SourceEntry",
    "document_title",
    "guess_scope",
    "DEFAULT_LOCATOR_PREFIX",
    "MAX_HEADWORD",
]

#: An entry or label number longer than this is a figure in the text, never an entry's number
#: (and Python refuses to read integers of more than 4,300 digits).
MAX_ENTRY_DIGITS = 4

#: The locator of entry N is ``"名词解释 N"`` unless told otherwise.
DEFAULT_LOCATOR_PREFIX = "名词解释"

#: A headword longer than this (in characters, pinyin noise removed) is not a headword:
#: the line is prose, not an entry.
MAX_HEADWORD = 40


# ---------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class ExtractedEntry:
    """One entry of a 名词解释 appendix, in the shape a glossary sense needs.

    ``components`` are :class:`policyterms.glossary.model.Component` objects, the same type the
    glossary loader produces, so an extracted entry compares directly with a loaded sense.
    """

    number: int  #: the entry's number as printed (1 for ``1.``, ``（一）`` or ``一、``)
    term: str  #: the headword as written, quotes and prefixes kept (审批权限和审批流程“三集中”)
    definition: str  #: the text after the separator; wrapped lines joined, pinyin noise removed
    components: tuple[Component, ...]  #: the enumerated parts (see docs/extract.md)
    enumerates: bool  #: ``False`` when the headword's numerals do not count the labelled parts
    quote: str  #: ``headword<sep>definition`` verbatim from the source, on one line
    line: int  #: 1-based line of the entry in the report

    def locator(self, prefix: str = DEFAULT_LOCATOR_PREFIX) -> str:
        """Where the entry is: ``"名词解释 7"``."""
        return f"{prefix} {self.number}"


@dataclass(frozen=True)
class MergeReport:
    """What :func:`merge_entries` did, term by term, so a curator knows what to review."""

    added: list[str] = field(default_factory=list)  #: terms appended as new senses
    unchanged: list[str] = field(default_factory=list)  #: terms the file already has, identically
    conflicts: list[tuple[str, str]] = field(default_factory=list)  #: (term, what differs); curated value kept

    def summary(self) -> str:
        """One line for a terminal: ``2 added, 27 unchanged, 0 conflicts``."""
        terms = len({term for term, _ in self.conflicts})
        return f"{len(self.added)} added, {len(self.unchanged)} unchanged, {terms} with conflicts"


# ---------------------------------------------------------------------------------------
# Text helpers

# Pinyin removal is the folding module's own (strip_pinyin), so extraction removes exactly
# the annotations that folding deletes and a quote verifies either way.


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    raw: str  # the line as written, without its break
    clean: str  # pinyin noise removed

    @property
    def blank(self) -> bool:
        return not self.raw.strip(" \t\r\f\v\u3000" + INVISIBLE)


def _lines(text: str) -> list[_Line]:
    """The text's lines; a line holding entries run into it (see :func:`run_in_cuts`) gives one
    line per piece, each with the line's number and its own offsets. A page number between two
    pages of a PDF copy (``- 12 -``, ``第 12 页``, or a number alone on its line) is left out, so an
    entry goes on across it."""
    lines = []
    for number, match in enumerate(re.finditer(r"[^\n]*\n|[^\n]+$", text), 1):
        raw = match.group().rstrip("\n").rstrip("\r")
        if is_page_number_line(raw) or _BARE_PAGE_NUMBER.match(raw):
            continue
        cuts = [0, *run_in_cuts(raw), len(raw)]
        for a, b in zip(cuts, cuts[1:]):
            piece = raw[a:b].rstrip(" \t\u3000") if b < len(raw) else raw[a:b]
            lines.append(_Line(number, match.start() + a, match.start() + a + len(piece), piece, strip_pinyin(piece)))
    return lines


# A line of English prose (three words at least, no Chinese): a bilingual glossary's translation.
_LATIN_PROSE = lazy_compile(r"^[\s\u3000]*[A-Za-z][A-Za-z0-9'’]*(?:[\s,;:()\-–—/&]+[A-Za-z0-9'’.%]+){2,}[\s.,;:!?\"”)]*$")
_BARE_PAGE_NUMBER = lazy_compile(r"^[\s\u3000]*[0-9]{1,3}[\s\u3000]*$")


# Numbered entries run into one line (1.财政拨款收入:指…。2.事业收入:指…。): after a sentence end (or a
# ；), the next numbers of the line's own list, in its style and in order, open entries of their own; a
# glossary heading or a note label before the first number (名词解释:1.…, 五、名词解释:一、…, 注:①…,
# 注释:[1]…) is a line of its own.
_NUMBER_TOKEN = (
    r"(?P<d>[0-9]{1,3})[\s\u3000]*(?P<p>[.．、])(?![0-9])|[（(](?P<q>[0-9]{1,3})[）)]|\[(?P<b>[0-9]{1,3})\]"
    r"|(?P<circ>[①-⑳])|[（(](?P<cq>[一二三四五六七八九十]{1,3})[）)]|(?P<c>[一二三四五六七八九十]{1,3})、"
)
_LEADING_NUMBER = lazy_compile(rf"[\s\u3000]*(?:{_NUMBER_TOKEN})")
_INLINE_NUMBER = lazy_compile(rf"(?<=[。！？!?；;])[\s\u3000]*(?P<at>{_NUMBER_TOKEN})")
_FIRST_NUMBER = r"1[\s\u3000]*[.．、](?![0-9])|[（(]1[）)]|\[1\]|①|[（(]一[）)]|一、"
_GLOSSARY_HEAD = lazy_compile(
    r"[\s\u3000]*(?:(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、.．]|第[一二三四五六七八九十0-9]{1,3}部分)?[\s\u3000]*"
    r"(?:(?:名词解释|名詞解釋|名词注解|名詞注解|名词注释|名詞注釋|(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋))[\s\u3000]*[:：]?"
    r"|(?:注|註|注释|注釋|註釋|附注|附註|备注|備註|说明|說明)[\s\u3000]*[:：])[\s\u3000]*"
    rf"(?={_FIRST_NUMBER})"
)


def _number_of(match: re.Match[str]) -> tuple[str, int]:
    """(style, number) of a :data:`_NUMBER_TOKEN` match."""
    if match.group("d"):
        return ("." if match.group("p") in (".", "．") else match.group("p")), int(match.group("d"))
    if match.group("q"):
        return "()", int(match.group("q"))
    if match.group("b"):
        return "[]", int(match.group("b"))
    if match.group("circ"):
        return "①", ord(match.group("circ")) - ord("①") + 1
    if match.group("cq"):
        return "(一)", parse_chinese_number(match.group("cq"))
    return "一、", parse_chinese_number(match.group("c"))


def run_in_cuts(raw: str) -> list[int]:
    """Offsets in ``raw`` where a glossary heading's or a note label's first entry, or the next
    numbered entry, run into the line begin.

    >>> run_in_cuts("1.财政拨款收入:指当年拨付的资金。2.事业收入:指专业业务活动取得的收入。3.5万元")
    [18]
    >>> run_in_cuts("五、名词解释:1.A:指甲。(2)不算。2.B:指乙。")
    [7, 20]
    >>> run_in_cuts("注:①A:指甲。②B:指乙。")
    [2, 8]
    """
    cuts: list[int] = []
    head = _GLOSSARY_HEAD.match(raw)
    at = head.end() if head else 0
    if head:
        cuts.append(at)
    lead = _LEADING_NUMBER.match(raw, at)
    if lead is None:
        return cuts
    style, number = _number_of(lead)
    for match in _INLINE_NUMBER.finditer(raw, lead.end()):
        found_style, found = _number_of(match)
        if found == number + 1 and found_style == style:
            cuts.append(match.start("at"))
            number = found
    return cuts
    number = int(lead.group("d") or lead.group("q"))
    style = "." if lead.group("p") in (".", "．") else lead.group("p") or "()"
    for match in _INLINE_NUMBER.finditer(raw, lead.end()):
        found = int(match.group("d") or match.group("q"))
        found_style = "." if match.group("p") in (".", "．") else match.group("p") or "()"
        if found == number + 1 and found_style == style:
            cuts.append(match.start("at"))
            number = found
    return cuts


# ---------------------------------------------------------------------------------------
# The section: heading, entry lines, stopping rule

# Every heading word ends in 释, 釋 or 解: learn skips extraction for a text without one
# (a test keeps the two in step).
_HEADING = lazy_compile(
    r"^[【\[〔]?(?:附件\d*[:：]|附[:：])?(?:《[^》]{1,20}》)?"
    r"(?:名词解释|名詞解釋|名词注解|名詞注解|名詞註解|名词注释|名詞注釋|注释|注釋)[:：]?[】\]〕]?$"
)

_NUMBERING = lazy_compile(
    r"""^[\s\u3000]*(?:
        (?P<arabic>[0-9０-９]+)[\s\u3000]*(?P<apunct>[.．、])
      | [（(][\s\u3000]*(?P<parabic>[0-9０-９]+)[\s\u3000]*[）)]
      | (?P<harabic>[0-9０-９]+)[\s\u3000]*[）)]
      | [（(][\s\u3000]*(?P<pchinese>[一二三四五六七八九十百零〇两]+)[\s\u3000]*[）)]
      | (?P<chinese>[一二三四五六七八九十百零〇]+)[\s\u3000]*、
    )[\s\u3000]*""",
    re.VERBOSE,
)

# Separators between headword and definition, in the order they are tried.
_PUNCT_SEPARATOR = lazy_compile(r"[:：]|——|—")
_STRONG_MARKERS = ("是指", "系指", "係指")
_WEAK_MARKERS = ("即", "指")
_NOT_IN_HEADWORD = set("。，,；;！!？?")

# A line ending like this finishes its entry; anything else leaves the entry open for a
# continuation line.
_FINISHED = lazy_compile(r"[。！？!?][”’」』)）]*$")

# Page furniture of forum and portal pages: never a continuation, even of an open entry.
_FURNITURE = lazy_compile(r"登录(?![一])|注册|回帖|发表于|Powered by|Copyright|©|" + PAGE_TOOL_WORDS, re.IGNORECASE)


def _is_heading(line: _Line) -> bool:
    squeezed = re.sub(rf"[\s\u3000{INVISIBLE}]+", "", line.clean)
    return bool(_HEADING.match(squeezed))


@dataclass(frozen=True)
class _Numbered:
    style: str
    number: int
    body_clean: str  # the line after its number, pinyin noise removed
    body_raw: str  # the line after its number, as written


def _numbered(line: _Line) -> _Numbered | None:
    match = _NUMBERING.match(line.clean)
    raw_match = _NUMBERING.match(line.raw)
    if not match or not raw_match:
        return None
    if len(match.group("arabic") or match.group("parabic") or match.group("harabic") or "") > MAX_ENTRY_DIGITS:
        return None  # no appendix numbers its entries past 9,999: this is a figure, not an entry
    if match.group("arabic"):
        style, number = "1" + fold_char(match.group("apunct")), int(match.group("arabic"))
    elif match.group("parabic"):
        style, number = "(1)", int(match.group("parabic"))
    elif match.group("harabic"):
        style, number = "1)", int(match.group("harabic"))  # 1）财政拨款收入:指…
    elif match.group("pchinese"):
        style, number = "(一)", parse_chinese_number(match.group("pchinese"))
    else:
        style, number = "一、", parse_chinese_number(match.group("chinese"))
    return _Numbered(style, number, line.clean[match.end() :], line.raw[raw_match.end() :])


def _split_headword(body: str) -> tuple[str, str] | None:
    """``(term, definition)`` of an entry body (pinyin noise removed), or ``None``.

    A punctuation separator (``:`` ``：`` ``——`` ``—``) wins unless 是指 comes before it;
    without one, the headword ends where 是指 (or 系指), else 即, else 指 begins, and the
    definition keeps the marker (``是指…``), just as it does after a colon.
    """
    separator = _PUNCT_SEPARATOR.search(body)
    strong = [i for i in (body.find(m, 1) for m in _STRONG_MARKERS) if i > 0]
    first_strong = min(strong) if strong else None
    if separator and 0 < separator.start() <= MAX_HEADWORD and (first_strong is None or first_strong > separator.start()):
        term, definition = body[: separator.start()], body[separator.end() :]
    else:
        cut = first_strong
        if cut is None:
            for marker in _WEAK_MARKERS:
                index = body.find(marker, 1)
                if index > 0:
                    cut = index
                    break
        if cut is None or cut > MAX_HEADWORD:
            return None
        term, definition = body[:cut], body[cut:]
    term, definition = term.strip(" \t\u3000"), definition.strip(" \t\u3000")
    if not term or not definition or len(term) > MAX_HEADWORD or _NOT_IN_HEADWORD & set(term):
        return None
    return term, definition


@dataclass
class _RawEntry:
    number: int
    line: int
    raw_parts: list[str]
    end: int  # offset after the entry's last character

    @property
    def raw(self) -> str:
        first, *rest = self.raw_parts
        return (first.rstrip() + "".join(part.strip() for part in rest)).strip()


def _entry_line(line: _Line, style: str | None, previous: int | None) -> _Numbered | None:
    """The line as an entry of the list, or ``None``: numbered in the list's style, with a
    number above the previous one, and a headword and separator on the line itself."""
    numbered = _numbered(line)
    if numbered is None or (style is not None and numbered.style != style):
        return None
    if previous is not None and numbered.number <= previous:
        return None
    if _split_headword(numbered.body_clean) is None:
        return None
    return numbered


_OPEN_GAP = 2  # blank lines at most inside an open entry


def _continues_open_entry(current: _RawEntry, line: _Line) -> bool:
    """``line`` goes on the open ``current`` entry across blank lines: the entry ends no sentence and
    the line is text (no entry number, heading, furniture or English prose) that ends one."""
    if _FINISHED.search(current.raw) or _numbered(line) or _is_heading(line) or _FURNITURE.search(line.clean):
        return False
    return not _LATIN_PROSE.match(line.raw) and bool(_FINISHED.search(line.raw.rstrip()))


def _scan(text: str) -> tuple[_Line, list[_RawEntry]] | tuple[_Line, None] | None:
    """The first heading followed by an entry list, and the list.

    Returns ``(heading, entries)``; ``(heading, None)`` when headings exist but none is
    followed by an entry; ``None`` when there is no heading at all.
    """
    lines = _lines(text)
    first_heading = None
    for index, line in enumerate(lines):
        if not _is_heading(line):
            continue
        first_heading = first_heading or line
        entries = _read_list(lines, index + 1)
        if entries:
            return line, entries
    return (first_heading, None) if first_heading else None


def _read_list(lines: list[_Line], start: int) -> list[_RawEntry]:
    """Read entries from ``lines[start:]`` until the stopping rule says the list is over."""
    index = start
    while index < len(lines) and lines[index].blank:
        index += 1
    if index == len(lines):
        return []
    first = _entry_line(lines[index], None, None)
    if first is None:
        return []
    style = first.style
    entries = [_RawEntry(first.number, lines[index].number, [first.body_raw], lines[index].end)]
    index += 1
    while index < len(lines):
        line = lines[index]
        current = entries[-1]
        numbered = _entry_line(line, style, current.number)
        if numbered is not None:
            entries.append(_RawEntry(numbered.number, line.number, [numbered.body_raw], line.end))
            index += 1
            continue
        if line.blank:
            # Blank lines may separate entries; they separate an entry from its continuation only
            # when the entry is still open (a PDF copy's blank line inside a sentence: …当年 / / 拨付的资金。).
            ahead = index
            while ahead < len(lines) and lines[ahead].blank:
                ahead += 1
            if ahead < len(lines) and _entry_line(lines[ahead], style, current.number):
                index = ahead
                continue
            if ahead < len(lines) and ahead - index <= _OPEN_GAP and _continues_open_entry(current, lines[ahead]):
                index = ahead
                continue
            break
        if _is_heading(line) or _FURNITURE.search(line.clean):
            break
        if _LATIN_PROSE.match(line.raw) and _FINISHED.search(current.raw):
            index += 1  # a finished entry's English translation (bilingual glossaries): skipped
            continue
        # A non-entry line right after an entry: a continuation when the entry is still
        # open, or when the next entry follows these lines without a blank line between.
        run_end = index
        while (
            run_end < len(lines)
            and not lines[run_end].blank
            and not _entry_line(lines[run_end], style, current.number)
            and not _is_heading(lines[run_end])
            and not _FURNITURE.search(lines[run_end].clean)
        ):
            run_end += 1
        run = lines[index:run_end]
        if run_end < len(lines) and _entry_line(lines[run_end], style, current.number) is not None:
            taken = run
        else:
            taken, ending = [], current.raw[-8:]
            for piece in run:
                if _FINISHED.search(ending):
                    break
                taken.append(piece)
                ending = (ending + piece.raw.strip())[-8:]
        if not taken:
            break
        current.raw_parts.extend(piece.raw for piece in taken)
        current.end = taken[-1].end
        index += len(taken)
        if len(taken) < len(run):
            break  # the entry closed and the rest of the run is not part of the list
    return entries


def find_appendix(text: str) -> tuple[int, int] | None:
    """The character span ``[start, end)`` of the 名词解释 section, or ``None``.

    The span runs from the start of the heading line to the end of the last entry (its
    last continuation line included, line break excluded). Returning a span rather than
    the entries lets a caller show or cut out the section exactly as the report has it.

    The stopping rule: after the heading (blank lines allowed), the first line must be an
    entry; then each line is the next entry, a continuation (no blank line before it, the
    entry still open — no closing 。！？ — or the next entry following directly), or blank
    lines followed by the next entry. The first line that is none of these — page
    furniture such as ``您需要登录后才可以回帖``, another heading, blank lines then prose —
    ends the section.
    """
    scanned = _scan(text)
    if not scanned or scanned[1] is None:
        from policyterms.mining.extract_layouts import find_entries

        found = find_entries(text)
        return (found[0].start, found[-1].end) if found else None
    heading, entries = scanned
    return heading.start, entries[-1].end


# ---------------------------------------------------------------------------------------
# Components

_OPENERS = "（(《“‘「『〔【["
_CLOSERS = "）)》”’」』〕】]"
_CLAUSE_SEPARATORS = ",，;；"
_DEFINITION_MARKERS = ("是指", "系指", "係指", "即", "指")
_CONJUNCTIONS = ("以及", "和")

# “1”是指…, 第一个“4”是指…, “网”是指…: a quoted label explained in its own clause.
_QUOTED_LABEL = lazy_compile(
    r"(?:第[一二三四五六七八九十\d]+个)?[“\"「‘『]([^”\"」’』]{1,10})[”\"」’』][\s\u3000]*(?:是指|系指|係指|指)"
)
# 四纵是指…: a phrase label explained in its own ;-segment.
_PHRASE_LABEL = lazy_compile(r"^(?P<label>[^,，、;；。:：]{1,15}?)(?:是指|系指|係指)(?P<rest>.+)$", re.DOTALL)
_ARABIC_NUMBER = lazy_compile(r"[0-9０-９]+")


def _depths(text: str) -> list[int]:
    """Bracket/quote nesting depth before each character (never below zero)."""
    depth, out = 0, []
    for char in text:
        if char in _CLOSERS:
            depth = max(0, depth - 1)
        out.append(depth)
        if char in _OPENERS:
            depth += 1
    return out


def _split_top(text: str, separators: str) -> list[str]:
    """Split at ``separators`` outside brackets and quotes (never ``1,000``)."""
    depths = _depths(text)
    pieces, start = [], 0
    for i, char in enumerate(text):
        if char in separators and depths[i] == 0:
            if char == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def _split_conjunction(item: str) -> list[str]:
    """Split an item at 和/以及 outside brackets, when both sides have two characters or more."""
    depths = _depths(item)
    for word in _CONJUNCTIONS:
        index = item.find(word)
        while index != -1:
            left, right = item[:index], item[index + len(word) :]
            if depths[index] == 0 and len(left.strip()) >= 2 and len(right.strip()) >= 2:
                return [left, *_split_conjunction(right)]
            index = item.find(word, index + 1)
    return [item]


def _trim(text: str) -> str:
    return text.strip(" \t\u3000" + _CLAUSE_SEPARATORS + "。")


def _fold_chars(text: str) -> str:
    return text.translate(fold_table())


def _headword_bigrams(term: str) -> set[str]:
    core = "".join(ch for ch in _fold_chars(term) if ch not in QUOTES and not ch.isspace() and ch not in "、,，")
    return {core[i : i + 2] for i in range(len(core) - 1)}


def _drop_shared_tail(last: str, previous: str, term: str) -> str:
    """``运营好农村公路`` → ``运营好``: the tail the whole list shares, written once after it.

    A tail is dropped when it repeats the headword (it starts with two characters of the
    headword, after an optional 的), the previous item does not end like the last one (no
    parallel ending runs to the end), and the shortest such tail is taken.
    """
    folded_last, folded_previous = _fold_chars(last), _fold_chars(previous)
    if not folded_last or not folded_previous or folded_last[-1] == folded_previous[-1]:
        return last
    bigrams = _headword_bigrams(term)
    for cut in range(len(last) - 2, 0, -1):
        core = folded_last[cut:]
        if core.startswith("的"):
            continue  # the same tail without its 的 was tried first
        if core[:2] in bigrams and not folded_previous.endswith(core):
            head = last[:cut].rstrip("的")
            return head if head else last
    return last


def _drop_lead_in(first: str, others: list[str]) -> str:
    """``每个工业园区找到一个对照标杆园区`` → ``找到一个对照标杆园区``.

    The first item of a 、-list also carries what the sentence says before the list (a
    subject, a frame such as 在…过程中, a place). The other items show where an item
    begins: the earliest offset at which they all have the same text (one shared
    character is enough across two or more items; with a single other item two are
    needed). The first item is cut so that this anchor stands at the same offset, when
    that leaves something and brings its length closer to the others'.
    """
    if not others:
        return first
    folded_first = _fold_chars(first)
    folded_others = [_fold_chars(o) for o in others]
    shortest = min(len(o) for o in folded_others)
    for offset in range(shortest):
        if len(folded_others) == 1:
            other = folded_others[0]
            anchor = ""
            for size in range(2, len(other) - offset + 1):
                if other[offset : offset + size] in folded_first:
                    anchor = other[offset : offset + size]
                else:
                    break
        else:
            anchor = ""
            for size in range(1, shortest - offset + 1):
                candidate = folded_others[0][offset : offset + size]
                if all(o[offset : offset + size] == candidate for o in folded_others) and candidate in folded_first:
                    anchor = candidate
                else:
                    break
        if not anchor:
            continue
        cut = folded_first.find(anchor) - offset
        if cut <= 0:
            return first
        mean = sum(len(o) for o in others) / len(others)
        if abs(len(first) - cut - mean) < abs(len(first) - mean):
            return first[cut:]
        return first
    return first


def _enumerate(text: str, term: str) -> list[str]:
    """The items of a 、/和 enumeration, lead-in and shared tail removed."""
    sublists: list[list[str]] = [[]]
    for item in _split_top(text, "、"):
        first, *rest = _split_conjunction(item)
        sublists[-1].append(first)
        sublists.extend([piece] for piece in rest)
    sublists = [[_trim(i) for i in sub if _trim(i)] for sub in sublists]
    sublists = [sub for sub in sublists if sub]
    flat = [item for sub in sublists for item in sub]
    if len(flat) >= 2:
        last = _drop_shared_tail(flat[-1], flat[-2], term)
        sublists[-1][-1] = last
    others = [item for sub in sublists for item in sub[1:]]
    return [
        _drop_lead_in(item, others) if position == 0 else item
        for sub in sublists
        for position, item in enumerate(sub)
    ]


def _quoted_groups(body: str) -> list[Component] | None:
    """``“1”是指A,第一个“4”是指B…`` → ``[{label: 1, text: A}, …]`` (two groups or more)."""
    starts = []
    for match in _QUOTED_LABEL.finditer(body):
        before = body[: match.start()].rstrip(" \t\u3000")
        if match.start() == 0 or (before and before[-1] in _CLAUSE_SEPARATORS):
            starts.append(match)
    if len(starts) < 2 or starts[0].start() != 0:
        return None
    groups = []
    for match, following in zip(starts, [*starts[1:], None]):
        text = _trim(body[match.end() : following.start() if following else len(body)])
        if not text:
            return None
        groups.append(Component(text=text, label=match.group(1)))
    return groups


def _phrase_groups(body: str, term: str) -> list[Component] | None:
    """``四纵是指A、B;四横是指C、D`` → ``[{label: 四纵, parts: [A, B]}, …]`` (two or more)."""
    segments = [s for s in (_trim(s) for s in _split_top(body, ";；")) if s]
    if len(segments) < 2:
        return None
    groups = []
    for segment in segments:
        match = _PHRASE_LABEL.match(segment)
        if not match:
            return None
        parts = tuple(p for p in _enumerate(match.group("rest"), term) if p)
        if not parts:
            return None
        groups.append(Component(label=match.group("label").strip(), parts=parts))
    return groups


def _flat_items(body: str, term: str) -> list[str]:
    """Clauses (split at , ; outside brackets); a clause holding a 、-list gives its items.

    A definition of one clause is an enumeration by itself (``A和B`` counts two).
    """
    clauses = [c for c in (_trim(c) for c in _split_top(body, _CLAUSE_SEPARATORS)) if c]
    if len(clauses) == 1:
        return [i for i in _enumerate(clauses[0], term) if i]
    items: list[str] = []
    for clause in clauses:
        if "、" in _split_top_marker(clause):
            items.extend(i for i in _enumerate(clause, term) if i)
        else:
            items.append(clause)
    return items


def _split_top_marker(text: str) -> str:
    """``text`` with bracketed content blanked, to test for top-level punctuation."""
    return "".join(" " if depth else char for char, depth in zip(text, _depths(text)))


def _digit_labels(items: list[str], term: str) -> list[Component] | None:
    """Label each item by its leading count when the headword spells counts in digits.

    ``“11157”工程`` reads 1, 1, 1, 5, 7; when the items carry exactly those numbers in
    that order (the first number outside brackets), each becomes ``{label, text}``.
    """
    for reading in headword_numerals(term):
        if len(reading) != len(items) or len(reading) < 2:
            continue
        labels = []
        for item in items:
            match = _ARABIC_NUMBER.search(_split_top_marker(item))
            labels.append(int(match.group()) if match and len(match.group()) <= MAX_ENTRY_DIGITS else None)
        if labels == list(reading):
            return [Component(text=item, label=str(n)) for item, n in zip(items, reading)]
    return None


# An ordinal (第一书记, 中央一号文件, 一号工程) ranks the thing; it counts no parts.
_ORDINAL = lazy_compile(r"第[一二三四五六七八九十百零〇两0-9０-９]+|[一二三四五六七八九十百零〇两0-9０-９]+[号號]")


def _components(term: str, definition: str) -> tuple[tuple[Component, ...], bool]:
    """The components of a definition, and whether the headword's numerals count them."""
    body = _trim(definition)
    groups: list[Component] | None = None
    marker = next((m for m in _DEFINITION_MARKERS if body.startswith(m)), None)
    if marker is None:
        groups = _quoted_groups(body) or _phrase_groups(body, term)
    if groups is None:
        if not headword_numerals(_ORDINAL.sub("", term)):
            return (), True  # an unnumbered term's commas are prose, not a list of parts (中央一号文件: a rank)
        items = _flat_items(body[len(marker) :] if marker else body, term)
        if len(items) < 2:
            return (), True
        if numeral_mismatch(term, len(items), []) is None:
            return tuple(Component(text=i) for i in items), True
        groups = _digit_labels(items, term)
        if groups is None:
            # Keep the flat list: lint reports the disagreement, which is a real fault.
            return tuple(Component(text=i) for i in items), True
    sizes = [len(g.parts) if g.parts else None for g in groups]
    return tuple(groups), numeral_mismatch(term, 0, sizes) is None


# ---------------------------------------------------------------------------------------
# Entries


_NO_APPENDIX_HINT = (
    "the section must start with a heading line such as 名词解释, 名詞解釋, 注释 or 附件：名词解释, "
    "followed by numbered entries (1. 1、 （1） （一） 一、) of the form headword:definition"
)


# An ellipsis right after a word, ending a line inside an entry (…存在返贫致贫风险的农户...): a tag page or a
# search result cut the text there, so the entry is incomplete (and what follows is furniture). Dots after a
# sentence's stop (…支出. ........) are a leader, not a cut; but three dots right after a full stop, ending the
# line (…的有效工具。...), are a tag page's mark that the summary goes on on the article's page (P200).
_CUT_BY_ELLIPSIS = re.compile(r"(?:(?<=[\u4e00-\u9fff])(?:\.{3,}|…+)|(?<=[\u4e00-\u9fff]。)(?:\.{3}|…{1,2}))[ \t\u3000]*(?:\n|$)")


def _other_layouts(text: str) -> list[ExtractedEntry]:
    """Entries of the layouts :mod:`policyterms.mining.extract_layouts` reads (notes, prose
    definitions, headword lines …), numbered in text order."""
    from policyterms.mining.extract_layouts import find_entries
    from policyterms.mining.extract_layouts.general import topic_definitions

    found = find_entries(text)
    entries = _normalised(_layout_entries(found, text))
    topics = topic_definitions(text)
    # Where a layout's entry of a topic term ends with its line and the topic definition goes on over the next lines
    # restating the term, the one rule of where a definition ends decides (三重一大是指…制度。 / “三重一大”最早出自于…).
    longer = {}
    for t in topics:
        for e in _normalised(_layout_entries([t], text)):
            longer.setdefault(_topic_key(e.term), e)
    entries = [
        replace(e, definition=t.definition, components=t.components, enumerates=t.enumerates, quote=t.quote)
        if (t := longer.get(_topic_key(e.term))) and t.definition.startswith(e.definition) and t.definition[len(e.definition) :].startswith("\n")
        else e
        for e in entries
    ]
    # The definitions of the page's topic: all there is when no layout reads the page; beside the layouts'
    # entries, those of a topic term they did not give, at a place none of them covers.
    terms = {_topic_key(e.term) for e in entries}
    quotes = {e.quote for e in entries}
    spans = [(f.start, f.end) for f in found if f.quote in quotes]  # (an entry left without a headword covers nothing)
    topic = [
        cut
        for t in topics
        if _topic_key(strip_pinyin(t.term)) not in terms
        and (cut := _up_to_next_entry(t, spans, text)) is not None
    ]
    if topic:
        entries = sorted(entries + _normalised(_layout_entries(topic, text)), key=lambda e: e.line)
    return [replace(e, number=i) for i, e in enumerate(entries, 1)]


def _up_to_next_entry(topic: Found, spans: list[tuple[int, int]], text: str) -> Found | None:
    """A topic definition at a place no layout's entry covers, ending before the next entry a layout read inside it
    (据悉,“三新”經濟是以…的集合。新產業指…: a definition runs up to the next headword); None when it starts inside one."""
    from policyterms.mining.extract_layouts.common import Found

    marker_at = topic.end - len(topic.definition)
    stop = topic.end
    for start, end in spans:
        if start <= topic.start < end or start <= marker_at < end:
            return None
        if marker_at < start < stop:
            stop = start
    if stop == topic.end:
        return topic
    while stop > marker_at and text[stop - 1] in " \t\u3000\xa0\r\n":
        stop -= 1
    if stop - marker_at < 4:
        return None
    return Found(topic.term, text[marker_at:stop], text[topic.start : stop], topic.line, topic.start, stop)


_QUOTES_AND_SPACE = lazy_compile(r"[“”「」『』\"\s\u3000]")


def _topic_key(term: str) -> str:
    """A term compared without its quotation marks and spaces (“三新”經濟 and 三新經濟 are one topic)."""
    return _QUOTES_AND_SPACE.sub("", term)


# The next article of a regulation run into the paragraph after a sentence end (…的行为。第四条…): a definition ends there.
_NEXT_ARTICLE = lazy_compile(r"(?<=[。；;])[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[条條](?![件款例])")


def _layout_entries(found_entries, text: str) -> list[ExtractedEntry]:
    """The entries of what a layout found, converter pinyin removed."""
    from policyterms.mining.extract_layouts.general import elided_subject, split_run_on

    entries = []
    line_of = _line_counter(text)
    for number, found in enumerate(split_run_on(list(found_entries), text), 1):
        if _CUT_BY_ELLIPSIS.search(text, found.start, found.end):
            continue  # 3、突发严重困难户:因病因灾…的农户... / 2023-07-16 热度: …: a summary cut by the page
        term = _bare_term(strip_pinyin(found.term).strip(" \t\u3000"))
        definition = _TRAILING_PAGE_REFERENCE.sub("", strip_pinyin(found.definition).strip(" \t\u3000"))
        article = _NEXT_ARTICLE.search(definition)
        if article:  # …提供政务数据资源的行为。第四条政务数据资源共享应当遵循…: the next article of a regulation
            definition = definition[: article.start()]
        subject = elided_subject(term, definition, text, found.start)
        if subject is not None:  # 一是信息基礎設施。主要是指…
            term, definition = subject
        if not term or not definition:
            continue
        components, enumerates = _components(term, definition)
        entries.append(ExtractedEntry(number, term, definition, components, enumerates, found.quote, line_of(found.start)))
    return entries


def _normalised(entries: list[ExtractedEntry]) -> list[ExtractedEntry]:
    """Every entry's headword normalised at this one place
    (:func:`policyterms.mining.extract_layouts.general.normalise_headword`: enumeration marks, lead-ins and
    connectives off the term, a tail such as 分别 or 即Y opening the definition); an entry left without
    a headword is dropped."""
    from policyterms.mining.extract_layouts.general import normalise_headword

    out = []
    for entry in entries:
        normal = normalise_headword(entry.term, entry.definition, entry.quote)
        if normal is None:
            continue
        term, definition = normal
        if (term, definition) != (entry.term, entry.definition):
            components, enumerates = _components(term, definition)
            entry = replace(entry, term=term, definition=definition, components=components, enumerates=enumerates)
        out.append(entry)
    return out


# Markdown emphasis around a headword (**财政拨款收入**), a table row's serial number before it
# (1<TAB>财政拨款收入, 1  财政拨款收入) and a bullet mark (★高质量发展) are no part of the term.
_EMPHASIS = lazy_compile(r"^(\*\*|__)(?P<term>[^*_]+)\1$")
_ROW_SERIAL = lazy_compile(r"^[0-9]{1,3}(?:\t|[ \u3000]{2,})[\t \u3000]*(?=[^\s0-9])")
_BULLET_MARK = lazy_compile(r"^[★☆●○◆◇■□▲△▶►•◎※]+[\t \u3000]*(?=\S)")


def _bare_term(term: str) -> str:
    """``term`` without markdown emphasis and a row's serial number.

    >>> _bare_term("**财政拨款收入**"), _bare_term("1  财政拨款收入"), _bare_term("100 万吨级码头"), _bare_term("★高质量发展")
    ('财政拨款收入', '财政拨款收入', '100 万吨级码头', '高质量发展')
    """
    emphasis = _EMPHASIS.match(term)
    term = emphasis.group("term").strip(" \t\u3000") if emphasis else term
    serial = _ROW_SERIAL.match(term) or _BULLET_MARK.match(term)
    return term[serial.end() :] if serial else term


def _line_counter(text: str):
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    return line_of


def extract_entries(text: str, *, layouts: bool = True) -> list[ExtractedEntry]:
    """Parse the 名词解释 section of ``text`` into entries, in appendix order.

    Without a headed, numbered section, the other layouts of
    :mod:`policyterms.mining.extract_layouts` are read, unless ``layouts=False``: a report read
    for its own definitions (:mod:`policyterms.mining.learn`) must not take page furniture such
    as ``文号：…`` for a glossary, and those looser layouts are for pages the user names
    as a glossary.

    Raises :class:`~policyterms.errors.InputError` when the text has no such section (or
    a heading with no entry after it), since asking to extract from a report without an
    appendix is a mistake the user should hear about, not an empty result.
    """
    scanned = _scan(text)
    if layouts and (scanned is None or scanned[1] is None):
        other = _other_layouts(text)
        if other:
            return other
    if scanned is None:
        raise InputError("no 名词解释 appendix found", hint=_NO_APPENDIX_HINT)
    heading, raw_entries = scanned
    if raw_entries is None:
        raise InputError(
            f"the heading '{heading.raw.strip()}' is not followed by numbered entries",
            line=heading.number,
            hint=_NO_APPENDIX_HINT,
        )
    if raw_entries[-1].end >= len(text.rstrip()) and not _FINISHED.search(raw_entries[-1].raw):
        raw_entries = raw_entries[:-1]  # the text ends inside the last entry: it is cut off
    entries = []
    for raw in raw_entries:
        quote = raw.raw
        split = _split_headword(strip_pinyin(quote))
        if split is None:
            # a strong marker in a continuation line (…是指… after the 40th character) outranks the
            # first line's weak one (三、主要统计指标解释 / …是指…): the first line's own split holds
            first = _split_headword(strip_pinyin(raw.raw_parts[0].strip()))
            if first is None:
                continue
            split = (first[0], first[1] + strip_pinyin("".join(part.strip() for part in raw.raw_parts[1:])))
        term, definition = split
        term = _bare_term(term)
        definition = _TRAILING_PAGE_REFERENCE.sub("", definition)
        components, enumerates = _components(term, definition)
        entries.append(ExtractedEntry(raw.number, term, definition, components, enumerates, quote, raw.line))
    return _normalised(entries)


# A study guide's page and chapter reference after a definition's closing stop
# (…再分配活动。P447(第2章财政支出规模及结构), …无力被提供。(第1章财政职能)): no part of it.
_TRAILING_PAGE_REFERENCE = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*(?:[Pp]\d{1,4}(?:[-—~]\d{1,4})?)?[\s\u3000]*"
    r"(?:[（(]第[一二三四五六七八九十百\d]{1,3}[章节節編编][^（()）。]{0,30}[）)])?[\s\u3000]*$"
)


# ---------------------------------------------------------------------------------------
# The document itself: its source entry and its place


@dataclass(frozen=True)
class SourceEntry:
    """The ``sources:`` entry an extracted file carries for the document it cites.

    Only what the document itself shows: ``title`` is its first heading line (never
    invented: see :func:`document_title`), ``text`` the path of the report relative to the
    glossary file when the report lies inside the glossary's folder (so ``lint`` verifies
    every quote); no date, issuer or URL, which a text file does not reliably state.
    """

    id: str
    title: str
    text: str | None = None


# A title line names a kind of document; forum and portal furniture never does.
_TITLE_WORDS = re.compile(
    r"报告|報告|公报|公報|规划|規劃|纲要|綱要|说明|說明|解释|解釋|注释|注釋|意见|意見|通知|方案|决定|決定|"
    r"年鉴|年鑒|白皮书|白皮書|问答|問答|知识|知識|词典|詞典|手册|手冊|政策|办法|辦法|条例|條例|细则|細則"
)
_TITLE_TAG = re.compile(r"^(?:\[[^\]]{1,8}\]|【[^】]{1,8}】)[\s\u3000]*")  # [上海] 2020年…报告
_TITLE_LINES = 12  # non-blank lines looked at, from the top
_PLACE_LINES = 20  # non-blank lines whose place names count for the scope


def _top_lines(text: str, count: int) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = raw.strip(" \t\r\f\v\u3000" + INVISIBLE)
        if line:
            out.append(line)
            if len(out) == count:
                break
    return out


def document_title(text: str) -> str | None:
    """The document's first heading line, or ``None``.

    A heading line is one of the first non-blank lines that names a kind of document
    (报告, 公报, 规划, 说明, 解释 …), has no sentence punctuation, colon or table bar, is not
    page furniture nor the glossary's section heading (名词解释), and is 4–60 characters
    long; a leading forum tag (``[上海] ``) is
    dropped. ``None`` when no line qualifies: a title is never made up.

    >>> document_title("设为首页收藏本站\\n查看: 2470|回复: 0\\n\\n[上海] 2020年上海市金山区政府工作报告\\n")
    '2020年上海市金山区政府工作报告'
    """
    for line in _top_lines(text, _TITLE_LINES):
        line = _TITLE_TAG.sub("", strip_pinyin(line)).strip()
        if not 4 <= len(line) <= 60 or re.search(r"[。，,；;！!？?:：|｜]", line):
            continue
        if _FURNITURE.search(line) or not _TITLE_WORDS.search(line) or _HEADING.match(re.sub(r"\s+", "", line)):
            continue  # furniture, no kind of document, or the glossary's own section heading
        return line
    return None


_NO_PLACE_HINT = "pass --scope, e.g. --scope 浙江省嘉兴市平湖市 (or 全国 for a national document)"


def guess_scope(text: str) -> str:
    """The scope of the place a document names (浙江省嘉兴市平湖市), from its title and first
    lines.

    The title (:func:`document_title`) speaks first: when it names places that lie one
    inside the other (上海市 and 金山区 in "2020年上海市金山区政府工作报告"), the innermost
    wins. Otherwise the division named most often in the first lines wins
    (:func:`policyterms.glossary.gazetteer.find_places`), the innermost among equally named nested
    ones. Raises :class:`~policyterms.errors.InputError` with a hint to pass ``--scope``
    when no place is named, or when the places named most often are not nested (two
    districts, two provinces): a scope is a claim about the glossary, never a coin toss.
    """
    from policyterms.glossary.gazetteer import find_places

    title = document_title(text)
    if title:
        chosen = _innermost_of(list(find_places(title)))
        if chosen is not None:
            return chosen.scope
    counts = find_places("\n".join(_top_lines(text, _PLACE_LINES)))
    if not counts:
        raise InputError("the document names no place in its title or first lines, so its scope is unknown", hint=_NO_PLACE_HINT)
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    chosen = _innermost_of(leaders)
    if chosen is None:
        names = "、".join(sorted(d.name for d in leaders))
        raise InputError(f"the document names several places equally often ({names}), so its scope is unclear", hint=_NO_PLACE_HINT)
    return chosen.scope


def _innermost_of(divisions):
    """The innermost of ``divisions`` when they all lie on one chain (each inside the next),
    else ``None``."""
    from policyterms.glossary.gazetteer import load_gazetteer

    if not divisions:
        return None
    gazetteer = load_gazetteer()
    innermost = max(divisions, key=lambda d: len(gazetteer.ancestors(d)))
    chain = {d.code for d in gazetteer.ancestors(innermost)}
    return innermost if all(d.code in chain for d in divisions) else None


# ---------------------------------------------------------------------------------------
# YAML


def _scalar(value: str, *, flow: bool = False) -> str:
    """A YAML scalar: plain when that is unambiguous and reads back as the same text,
    double-quoted otherwise (JSON escaping is valid YAML)."""
    plain_ok = (
        value != ""
        and value == value.strip()
        and value[0] not in "-?:,[]{}#&*!|>'\"%@`“‘0123456789.+"
        and not any(ch in value for ch in ":#,\n\t\\")
        and not (flow and any(ch in value for ch in "[]{}"))
    )
    if plain_ok:
        try:
            import yaml

            plain_ok = yaml.safe_load(value) == value
        except yaml.YAMLError:
            plain_ok = False
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def _component_lines(component: Component, indent: str) -> list[str]:
    if component.label is None:
        return [f"{indent}- {_scalar(component.text or '')}"]
    if component.parts:
        lines = [f"{indent}- label: {_scalar(component.label)}", f"{indent}  parts:"]
        return lines + [f"{indent}    - {_scalar(part)}" for part in component.parts]
    label, text = _scalar(component.label, flow=True), _scalar(component.text or "", flow=True)
    return [f"{indent}- {{label: {label}, text: {text}}}"]


def _sense_lines(entry: ExtractedEntry, source_id: str, locator_prefix: str, indent: int = 2) -> list[str]:
    """One sense as YAML lines, in the key order the curated files use."""
    pad, key = " " * indent, " " * (indent + 2)
    lines = [
        f"{pad}- term: {_scalar(entry.term)}",
        f'{key}en: ""',
        f"{key}definition: {_scalar(entry.definition)}",
        f"{key}origin: quoted",  # an appendix states its definitions in its own words
    ]
    if not entry.enumerates:
        lines.append(f"{key}enumerates: false")
    if entry.components:
        lines.append(f"{key}components:")
        for component in entry.components:
            lines += _component_lines(component, key + "  ")
    lines += [
        f"{key}cite:",
        f"{key}  - source: {_scalar(source_id)}",
        f"{key}    locator: {_scalar(entry.locator(locator_prefix))}",
        f"{key}    quote: {json.dumps(entry.quote, ensure_ascii=False)}",
    ]
    return lines


def _source_lines(source: SourceEntry) -> list[str]:
    lines = ["sources:", f"  - id: {_scalar(source.id)}", f"    title: {_scalar(source.title)}"]
    if source.text:
        lines.append(f"    text: {_scalar(source.text)}")
    return lines


def entries_to_yaml(
    entries: Iterable[ExtractedEntry],
    *,
    scope: str,
    source_id: str,
    locator_prefix: str = DEFAULT_LOCATOR_PREFIX,
    source: SourceEntry | None = None,
) -> str:
    """A senses file for ``entries``, citing ``source_id``.

    With ``source`` (whose ``id`` must be ``source_id``), the file also carries that
    source in its own ``sources:`` block, so it lints and annotates on its own.

    ``en`` cannot be extracted from a Chinese appendix, so every sense gets ``en: ""``:
    ``policyterms lint`` warns ("has no English gloss") until a curator writes each gloss.
    An empty value, not a placeholder, so that nothing unreviewed can pass for a
    translation.
    """
    entries = list(entries)
    if source is not None and source.id != source_id:
        raise ValueError(f"the source entry's id '{source.id}' is not the cited source '{source_id}'")
    lines = [
        f"# Senses extracted from the {locator_prefix} appendix of {source_id} by policyterms.mining.extract.",
        "# Every 'en' is empty: lint warns until a curator writes the English glosses.",
        f"scope: {_scalar(scope)}",
        *(_source_lines(source) if source is not None else []),
        "senses:" if entries else "senses: []",
    ]
    for entry in entries:
        lines += _sense_lines(entry, source_id, locator_prefix)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------
# Merging


def _yaml_components(value: Any) -> tuple[Component, ...] | None:
    """Components as the glossary loader reads them, or ``None`` when malformed."""
    if value is None:
        return ()
    if not isinstance(value, YamlSequence):
        return None
    out = []
    for item in value.items:
        if isinstance(item, Mapping):
            label = item.items.get("label")
            text = item.items.get("text")
            parts = item.items.get("parts")
            out.append(
                Component(
                    text=str(text).strip() if text is not None else None,
                    label=str(label).strip() if label is not None else None,
                    parts=tuple(str(p).strip() for p in parts.items) if isinstance(parts, YamlSequence) else (),
                )
            )
        elif item is not None and not isinstance(item, bool):
            out.append(Component(text=str(item).strip()))
        else:
            return None
    return tuple(out)


def _text(value: Any) -> str | None:
    return str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _differences(sense: Mapping, entry: ExtractedEntry, source_id: str, locator: str) -> list[str]:
    found = []
    definition = _text(sense.items.get("definition"))
    if definition != entry.definition:
        found.append(f"definition: curated {_short(definition)!s} / extracted {_short(entry.definition)}")
    components = _yaml_components(sense.items.get("components"))
    if components != entry.components:
        curated = "malformed" if components is None else "; ".join(map(str, components)) or "none"
        extracted = "; ".join(map(str, entry.components)) or "none"
        found.append(f"components: curated {_short(curated)} / extracted {_short(extracted)}")
    enumerates = sense.items.get("enumerates", True)
    if enumerates is not entry.enumerates:
        found.append(f"enumerates: curated {enumerates} / extracted {entry.enumerates}")
    cite = sense.items.get("cite")
    citations = [
        c for c in (cite.items if isinstance(cite, YamlSequence) else []) if isinstance(c, Mapping) and _text(c.items.get("source")) == source_id
    ]
    if not citations:
        found.append(f"cite: no citation of {source_id}")
    elif not any(_text(c.items.get("quote")) == entry.quote and _text(c.items.get("locator")) == locator for c in citations):
        first = citations[0]
        quote, where = _text(first.items.get("quote")), _text(first.items.get("locator"))
        if not any(_text(c.items.get("quote")) == entry.quote for c in citations):
            found.append(f"quote: curated {_short(quote)} / extracted {_short(entry.quote)}")
        if not any(_text(c.items.get("locator")) == locator for c in citations):
            found.append(f"locator: curated {where} / extracted {locator}")
    return found


def merge_entries(
    existing_yaml_text: str,
    entries: Iterable[ExtractedEntry],
    *,
    scope: str,
    source_id: str,
    locator_prefix: str = DEFAULT_LOCATOR_PREFIX,
) -> tuple[str, MergeReport]:
    """Merge extracted entries into a curated senses file, never overwriting curation.

    A sense is matched by its term or an alias (compared folded, so script and quotes do
    not matter). A matched sense is left exactly as it is — curated ``en``, ``aliases``,
    ``note`` and any edits stay — and each differing definition, components, enumerates,
    quote or locator is reported as a conflict. Entries with no match are appended as new
    senses at the end of ``senses:`` (with ``en: ""``, see :func:`entries_to_yaml`). The
    file is edited as text, never re-dumped, so comments, key order and quoting survive;
    with nothing to add, the text comes back unchanged.

    Raises :class:`~policyterms.errors.GlossaryError` when the existing text is not a
    senses file of ``scope``.
    """
    entries = list(entries)
    report = MergeReport()
    root = load_yaml(existing_yaml_text, "<existing senses file>") if existing_yaml_text.strip() else None
    if root is None:
        report.added.extend(e.term for e in entries)
        return entries_to_yaml(entries, scope=scope, source_id=source_id, locator_prefix=locator_prefix), report
    if not isinstance(root, Mapping) or "senses" not in root.items:
        raise GlossaryError("the file to merge into is not a senses file (no 'senses:')", hint="merge into a file with scope: and senses:")
    existing_scope = _text(root.items.get("scope"))
    if existing_scope != scope:
        raise GlossaryError(
            f"the file to merge into has scope '{existing_scope}', not '{scope}'",
            line=root.line_of("scope"),
            hint="pass the file's own scope, or write a new file",
        )
    senses = root.items["senses"]
    if senses is not None and not isinstance(senses, YamlSequence):
        raise GlossaryError("'senses' must be a list", line=root.line_of("senses"))
    by_surface: dict[str, Mapping] = {}
    for sense in senses.items if senses else []:
        if not isinstance(sense, Mapping):
            continue
        aliases = sense.items.get("aliases")
        surfaces = [sense.items.get("term"), *(aliases.items if isinstance(aliases, YamlSequence) else [])]
        for surface in surfaces:
            text = _text(surface)
            if text:
                by_surface.setdefault(fold(text).text, sense)

    new: list[ExtractedEntry] = []
    for entry in entries:
        key = fold(entry.term).text
        sense = by_surface.get(key)
        if sense is None:
            if key not in {fold(e.term).text for e in new}:
                new.append(entry)
                report.added.append(entry.term)
            continue
        differences = _differences(sense, entry, source_id, entry.locator(locator_prefix))
        if differences:
            report.conflicts.extend((entry.term, what) for what in differences)
        else:
            report.unchanged.append(entry.term)
    if not new:
        return existing_yaml_text, report
    return _append_senses(existing_yaml_text, root, senses, new, source_id, locator_prefix), report


def _append_senses(
    text: str, root: Mapping, senses: YamlSequence | None, new: list[ExtractedEntry], source_id: str, locator_prefix: str
) -> str:
    """Insert the new senses as text after the last line of the ``senses:`` block."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    senses_line = root.line_of("senses")  # 1-based
    if senses is None or not senses.items:
        # `senses:` or `senses: []`: make it a block list and put the senses under it.
        indent = 2
        head = lines[senses_line - 1]
        lines[senses_line - 1] = head[: len(head) - len(head.lstrip())] + "senses:" + newline
        insert_at = senses_line
    else:
        first_item = lines[senses.item_lines[0] - 1]
        if senses.item_lines[0] == senses_line:
            raise GlossaryError(
                "cannot append to a flow-style senses list ([...])",
                line=senses_line,
                hint="write the senses as a block list, one '- term:' per sense",
            )
        indent = len(first_item) - len(first_item.lstrip(" "))
        later_keys = [line for key, line in root.key_lines.items() if line > senses_line]
        block_end = min(later_keys) - 1 if later_keys else len(lines)  # lines[:block_end] hold the block
        insert_at = block_end
        while insert_at > senses_line and not lines[insert_at - 1].strip():
            insert_at -= 1
        if later_keys:
            # Comments just above the next top-level key belong to that key.
            while insert_at > senses_line and lines[insert_at - 1].lstrip().startswith("#") and not lines[insert_at - 1].startswith(" "):
                insert_at -= 1
            while insert_at > senses_line and not lines[insert_at - 1].strip():
                insert_at -= 1
    if insert_at > 0 and not lines[insert_at - 1].endswith(("\n", "\r")):
        lines[insert_at - 1] += newline
    added = [line + newline for entry in new for line in _sense_lines(entry, source_id, locator_prefix, indent)]
    return "".join(lines[:insert_at] + added + lines[insert_at:])
