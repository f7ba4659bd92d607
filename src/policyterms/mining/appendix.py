"""The 名词解释 section of a document: where it starts (a heading on its own line followed by
entry 1), its numbered entries and where the list ends (:func:`find_appendix`); and
:class:`ExtractedEntry`, what extraction returns. See ``docs/extract.md``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyterms._lazy import lazy_compile
from policyterms.text.fold import INVISIBLE, fold_char, strip_pinyin
from policyterms.text.furniture import PAGE_TOOL_WORDS, is_page_number_line
from policyterms.glossary.model import Component
from policyterms.glossary.numerals import parse_chinese_number


#: An entry or label number longer than this is a figure in the text, never an entry's number
#: (and Python refuses to read integers of more than 4,300 digits).
MAX_ENTRY_DIGITS = 4
#: The locator of entry N is ``"名词解释 N"`` unless told otherwise.
DEFAULT_LOCATOR_PREFIX = "名词解释"
#: A headword longer than this (in characters, pinyin noise removed) is not a headword:
#: the line is prose, not an entry.
MAX_HEADWORD = 40


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
    r"|(?:注|註|注释|注釋|註釋|附注|附註|备注|備註|说明|說明)[\s\u3000]*[:：]"
    # a lead-in clause saying what the list is (…政府(单位)主要职责是:1、政治职能是指…。 2、…, 417): a line of its own
    r"|[^。！？!?，,；;:：\s\u3000]{2,30}?(?:是|为|為|包括|如下)[\s\u3000]*[:：]"
    # a lead-in naming the words it lists (國外對於「障礙」有三個相關的名詞:一、impairment:意指…。二、…, 697)
    r"|[^。！？!?，,；;:：\s\u3000]{2,30}?(?:名词|名詞|概念|术语|術語|用语|用語)[\s\u3000]*[:：])[\s\u3000]*"
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


# Every heading word ends in 释, 釋 or 解: learn skips extraction for a text without one
# (a test keeps the two in step).
HEADING = lazy_compile(
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
FINISHED_ENTRY = lazy_compile(r"[。！？!?][”’」』)）]*$")


# Page furniture of forum and portal pages: never a continuation, even of an open entry.
FURNITURE = lazy_compile(r"登录(?![一])|注册|回帖|发表于|Powered by|Copyright|©|" + PAGE_TOOL_WORDS, re.IGNORECASE)


def _is_heading(line: _Line) -> bool:
    squeezed = re.sub(rf"[\s\u3000{INVISIBLE}]+", "", line.clean)
    return bool(HEADING.match(squeezed))


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


def split_headword(body: str) -> tuple[str, str] | None:
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
    if split_headword(numbered.body_clean) is None:
        return None
    return numbered


_OPEN_GAP = 2  # blank lines at most inside an open entry


def _continues_open_entry(current: _RawEntry, line: _Line) -> bool:
    """``line`` goes on the open ``current`` entry across blank lines: the entry ends no sentence and
    the line is text (no entry number, heading, furniture or English prose) that ends one."""
    if FINISHED_ENTRY.search(current.raw) or _numbered(line) or _is_heading(line) or FURNITURE.search(line.clean):
        return False
    return not _LATIN_PROSE.match(line.raw) and bool(FINISHED_ENTRY.search(line.raw.rstrip()))


def scan_appendix(text: str) -> tuple[_Line, list[_RawEntry]] | tuple[_Line, None] | None:
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
        if _is_heading(line) or FURNITURE.search(line.clean):
            break
        if _LATIN_PROSE.match(line.raw) and FINISHED_ENTRY.search(current.raw):
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
            and not FURNITURE.search(lines[run_end].clean)
        ):
            run_end += 1
        run = lines[index:run_end]
        if run_end < len(lines) and _entry_line(lines[run_end], style, current.number) is not None:
            taken = run
        else:
            taken, ending = [], current.raw[-8:]
            for piece in run:
                if FINISHED_ENTRY.search(ending):
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
    scanned = scan_appendix(text)
    if not scanned or scanned[1] is None:
        from policyterms.mining.extract_layouts import find_entries

        found = find_entries(text)
        return (found[0].start, found[-1].end) if found else None
    heading, entries = scanned
    return heading.start, entries[-1].end
