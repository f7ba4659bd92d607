"""Folding: make text and patterns comparable, and remember where every character came from.

Real documents write one term many ways: traditional or simplified characters, full-width
digits (``１１１５７``), curly, straight or corner quotes, a PDF line break in the middle of a
term, converter noise such as inline pinyin after characters (``區(qū)政府``). Folding maps all
of these to one canonical form. The same :func:`fold` is applied to glossary surfaces and to
documents, so the two always agree.

Folding has two kinds of step, kept apart so that the offset map stays cheap:

* **Substitutions** are one character for one character and applied with ``str.translate``
  (traditional → simplified from OpenCC's character dictionary, full-width → ASCII, dash and
  quote variants, ASCII case). They never move an index.
* **Deletions** (whitespace, zero-width characters, quotation marks, pinyin annotations) are
  found with one compiled regular expression. The offset map records only where deletions
  happen, so its size grows with the number of deletions, not with the text.

>>> f = fold("“四好農(nóng)村路”")
>>> f.text
'四好农村路'
>>> f.original[slice(*f.span_to_original(0, 5))]
'四好農(nóng)村路'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from policyterms._lazy import lazy_compile

__all__ = [
    "Folded",
    "fold",
    "fold_char",
    "fold_table",
    "strip_pinyin",
    "substitute",
    "PINYIN",
    "INVISIBLE",
    "PINYIN_MAX_LENGTH",
    "QUOTES",
    "QUOTE_PAIRS",
    "OPENING_QUOTES",
    "CLOSING_QUOTES",
]

#: Quotation marks folding deletes. Openers and closers are told apart where the script
#: does; the straight ASCII and full-width marks are both.
OPENING_QUOTES = "“‘「『〝﹁﹃｢\"'＂＇"
CLOSING_QUOTES = "”’」』〞〟﹂﹄｣\"'＂＇"
QUOTES = "".join(sorted(set(OPENING_QUOTES + CLOSING_QUOTES)))
#: Each opening quotation mark and the marks that close it.
QUOTE_PAIRS = {
    "“": "”", "‘": "’", "「": "」", "『": "』", "〝": "〞〟", "﹁": "﹂", "﹃": "﹄", "｢": "｣",
    '"': '"', "'": "'", "＂": "＂", "＇": "＇",
}  # fmt: skip

# Dashes and hyphens of every width fold to ASCII '-' (卫零北路—卫零路, 枫泾–新浜).
_DASHES = "‐‑‒–—―−﹘﹣－"

# Characters deleted wherever they stand: zero-width characters and the soft hyphen
# (``\s`` in the pattern below already covers U+3000, NBSP and the line separators).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Pinyin vowels with a tone mark: a reading, not English, wherever one stands.
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_VOWELS = "aeiouüv" + TONE_MARKED
_INITIAL = "(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
_FINAL = "(?:ng|n|r)?"
_CONSONANT_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
# One pinyin syllable in parentheses right after the character it reads, as converters
# write them: 區(qū), 經(jīng). The syllable shape keeps real parenthesised words such as
# (擴大), (a) or (ii) out: after a Han character a syllable needs an initial consonant or a
# tone mark; after anything else (mojibake such as ^(qū) or l(fā)) it needs a tone mark.
# Some converters write every annotation twice (下(xia)(xia)): a second syllable of the same
# shape right after the first belongs to the same annotation.
_PLAIN_BODY = rf"{_CONSONANT_INITIAL}[{_VOWELS}]{{1,4}}{_FINAL}\)"
_TONED_BODY = rf"{_INITIAL}[{_VOWELS}]{{0,3}}[{TONE_MARKED}][{_VOWELS}]{{0,3}}{_FINAL}\)"
_PLAIN_SYLLABLE = rf"\({_PLAIN_BODY}"
_TONED_SYLLABLE = rf"\({_TONED_BODY}"
_PINYIN = (
    rf"(?<=[{_CJK}]){_PLAIN_SYLLABLE}(?:{_PLAIN_SYLLABLE})?"
    rf"|(?<=[^\s(]){_TONED_SYLLABLE}(?:{_TONED_SYLLABLE})?"
)
# The same, written to start with its "(" (the character before it is looked behind for
# after it), so that searching skips to each "(" in C instead of trying every position.
_PINYIN_FROM_PAREN = (
    rf"\((?:(?<=[{_CJK}]\(){_PLAIN_BODY}(?:{_PLAIN_SYLLABLE})?"
    rf"|(?<=[^\s(]\(){_TONED_BODY}(?:{_TONED_SYLLABLE})?)"
)
#: The longest pinyin annotation the pattern accepts, parentheses included: "(zhuang)"
#: written twice.
PINYIN_MAX_LENGTH = 20
_QUOTE_CLASS = re.escape(QUOTES)
#: Converter pinyin after a character, compiled alone (for :func:`strip_pinyin`).
PINYIN = lazy_compile(_PINYIN_FROM_PAREN)  # compiled on first use: most text has no "("
# ``_DELETIONS``: the same deletions as one pattern, compiled on first use (only tests
# use it, to check the two passes below; compiling it costs 9 ms at start-up).
# The same deletions in two cheaper passes (what :func:`fold` runs): runs of blanks and
# quotes, and pinyin annotations tried only where a "(" is followed by a pinyin letter.
# Trying the pinyin branches at every character made the one-pass pattern four times
# slower on text without any pinyin, which is most text.
_BLANKS = re.compile(rf"[\s{INVISIBLE}{_QUOTE_CLASS}]+")
_BLANKS_SPLIT = re.compile(f"({_BLANKS.pattern})")
_DELETIONS_SPLIT = lazy_compile(f"({_PINYIN_FROM_PAREN}|{_BLANKS.pattern})")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def __getattr__(name: str) -> object:
    if name == "_DELETIONS":
        pattern = re.compile(rf"(?P<pinyin>{_PINYIN})|[\s{INVISIBLE}{_QUOTE_CLASS}]+")
        globals()[name] = pattern
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """The substitution table: OpenCC's character dictionary and the rules below.

    Only OpenCC's one-to-one entries are kept (it lists alternatives; the first is the
    standard simplified form), so applying the table never changes a string's length.
    They are read from ``_fold_table.py``, generated from OpenCC's ``TSCharacters.txt``
    by ``scripts/build_fold_table.py`` (a test checks it against the installed OpenCC).
    """
    from policyterms.text._fold_table import SIMPLIFIED, TRADITIONAL

    table: dict[int, str] = dict(zip(map(ord, TRADITIONAL), SIMPLIFIED))
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block, letters lower-cased
        table[code] = chr(code - 0xFEE0).lower()
    for dash in _DASHES:
        table[ord(dash)] = "-"
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(letter)] = letter.lower()
    # Quotes are deleted after substitution; map every variant to itself so that
    # the full-width ones survive the full-width rule and are still recognised.
    for quote in QUOTES:
        table[ord(quote)] = quote
    return table


#: Texts shorter than this are substituted with :func:`fold_table` itself; longer ones
#: with the list of :func:`_substitution_tables` (twice as fast per character, but 4 ms
#: to build: a short document at start-up never needs it).
SHORT_TEXT = 20_000


@lru_cache(maxsize=1)
def _substitution_tables() -> tuple[list[str], dict[int, str]]:
    """:func:`fold_table` as a list indexed by code point for the Basic Multilingual Plane
    (``str.translate`` indexes a list about twice as fast as it looks up a dict), and a
    dict for the few characters beyond it."""
    table = fold_table()
    basic = [chr(code) for code in range(0x10000)]
    astral = {}
    for code, target in table.items():
        if code < 0x10000:
            basic[code] = target
        else:
            astral[code] = target
    return basic, astral


def substitute(text: str) -> str:
    """Apply the one-for-one substitutions of :func:`fold_table` (no deletion).

    >>> substitute("四好農村路：１２")
    '四好农村路:12'
    """
    if len(text) < SHORT_TEXT:  # the same table as a dict: no 65,536-entry list to build
        return text.translate(fold_table())
    basic, astral = _substitution_tables()
    substituted = text.translate(basic)  # beyond the table's end: IndexError, kept as is
    if astral and _ASTRAL.search(substituted):
        substituted = substituted.translate(astral)
    return substituted


def _deletions(substituted: str) -> list[tuple[int, int, bool]]:
    """``(begin, end, is_pinyin)`` of every deletion, in order: exactly the matches of the
    one-pass ``_DELETIONS`` pattern, found in two cheaper passes."""
    blanks = [(m.start(), m.end(), False) for m in _BLANKS.finditer(substituted)]
    pinyin = _pinyin_spans(substituted)
    if not pinyin:
        return blanks
    return sorted(blanks + pinyin)


def _pinyin_spans(substituted: str) -> list[tuple[int, int, bool]]:
    return [(*match.span(), True) for match in PINYIN.finditer(substituted)]


def strip_pinyin(text: str) -> str:
    """Remove converter pinyin (``區(qū)`` → ``區``) and nothing else, characters as written.

    The pattern runs on the substituted text (full-width brackets read as ASCII), exactly
    as :func:`fold` runs it; substitution is one-for-one, so its spans are spans of ``text``.

    >>> strip_pinyin("經(jīng)濟(試行)")
    '經濟(試行)'
    """
    if "(" not in text and "\uff08" not in text:  # every annotation opens with one (most lines have none)
        return text
    pieces, kept = [], 0
    for match in PINYIN.finditer(text.translate(fold_table())):
        pieces.append(text[kept : match.start()])
        kept = match.end()
    if not pieces:
        return text
    pieces.append(text[kept:])
    return "".join(pieces)


def fold_char(char: str) -> str:
    """Fold one character by substitution only (no deletion): ``'１'`` → ``'1'``."""
    return char.translate(fold_table())


@dataclass(frozen=True)
class Folded:
    """A folded text, the original it came from, and the map between them.

    ``_breaks[k]`` is the folded index at which the ``k``-th deleted run ends and
    ``_shifts[k]`` the number of original characters deleted up to there, so folded
    index ``i`` stands at original index ``i + _shifts[bisect_right(_breaks, i) - 1]``.
    ``_pinyin_ends`` maps the original start of each pinyin annotation to its end: an
    annotation belongs to the character before it, so a span ending on that character
    takes the annotation along.
    """

    text: str
    original: str
    _breaks: tuple[int, ...]
    _shifts: tuple[int, ...]
    _pinyin_ends: dict[int, int]

    def to_original(self, index: int) -> int:
        """The original index of the folded character at ``index``."""
        k = bisect_right(self._breaks, index) - 1
        return index + (self._shifts[k] if k >= 0 else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open folded span ``[start, end)`` to the original text.

        The result covers exactly the original characters the span folded from:
        deletions inside it (a line break, a pinyin annotation) are included, deletions
        around it are not, except a pinyin annotation of its last character.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is not inside the folded text of length {len(self.text)}")
        original_start = self.to_original(start)
        original_end = self.to_original(end - 1) + 1
        return original_start, self._pinyin_ends.get(original_end, original_end)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching and keep the map back to it.

    >>> fold("“11157”工程").text
    '11157工程'
    >>> fold("建设1个市\\n      民健身中心").text
    '建设1个市民健身中心'
    >>> fold("ＧＰ６０ 科創(chuàng)走廊").text
    'gp60科创走廊'
    """
    if not isinstance(text, str):
        from policyterms._checks import expect_text

        expect_text(text, "text", "fold")
    substituted = substitute(text)
    # Split at every deletion in C: pieces kept and runs deleted alternate. Runs of blanks
    # and quotes are maximal and a pinyin annotation holds neither, so the runs are exactly
    # the deletions the one-pass pattern finds; a text without "(" has no pinyin at all.
    has_paren = "(" in substituted
    parts = (_DELETIONS_SPLIT if has_paren else _BLANKS_SPLIT).split(substituted)
    if len(parts) == 1:
        return Folded(substituted, text, (), (), {})
    pieces, runs = parts[0::2], parts[1::2]
    shifts = list(accumulate(map(len, runs)))
    # each deletion stands in the folded text where the pieces before it end; adjacent
    # deletions (pinyin then a space: an empty piece between) share one break, the later shift
    shift_at = dict(zip(accumulate(map(len, pieces)), shifts))
    pinyin_ends: dict[int, int] = {}
    if has_paren:
        ends = list(accumulate(map(len, parts)))
        # A pinyin annotation directly followed by more deletions still ends at its own ')'.
        pinyin_ends = {ends[2 * k]: ends[2 * k + 1] for k, run in enumerate(runs) if run[0] == "("}
    return Folded("".join(pieces), text, tuple(shift_at), tuple(shift_at.values()), pinyin_ends)
