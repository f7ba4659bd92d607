"""Read a page in one way of writing, and give what was read back as the page writes it.

Glossary pages come in simplified and traditional characters (and in the variant forms of a converter,
Taiwan or Hong Kong: 爲/為, 裏/裡, 説/說), with curly or straight quotation marks or corner brackets, with
Windows line ends, trailing blanks, no-break spaces, some with every line indented. The extraction rules
are written once, for one way of writing, and a page is read in it:

* :func:`plain_lines` takes off what only lays the lines out — ``\\r`` before a line break, blanks ending
  a line, an indentation every line shares — and keeps every other character;
* :func:`read_form` then writes each traditional character as its simplified one (OpenCC's one-to-one
  table, :func:`policyterms.text.fold.fold_table`), a no-break space as a space, and corner brackets and
  straight double marks on a line as curly pairs, without changing the length, so every offset stays
  where it was;
* :class:`AsWritten` gives each string read from that form back in the page's own characters, which is
  what an entry quotes and ``lint`` verifies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policyterms._lazy import lazy_compile

__all__ = ["AsWritten", "plain_lines", "read_form"]

# A pair of straight double quotation marks on one line.
_STRAIGHT_PAIR = lazy_compile(r'"([^"\n]*)"')


@lru_cache(maxsize=1)
def _simplifying() -> dict[int, str]:
    """Traditional (and variant) characters to simplified ones, one to one."""
    from policyterms.text.fold import fold_table

    return {code: target for code, target in fold_table().items() if _is_han(code) and len(target) == 1 and _is_han(ord(target))}


def _is_han(code: int) -> bool:
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


# Blanks that lay a line out: spaces, tabs, ideographic spaces, no-break spaces and the other widths of space a web
# page writes (&emsp; &ensp; &thinsp;).
_SPACES = " \t\u3000\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_INDENT = lazy_compile(f"[{_SPACES}]*")
_LINE_END = lazy_compile(f"[{_SPACES}\r]+(?=\n|$)")
_ENDS_A_LINE = tuple(c + "\n" for c in _SPACES + "\r")


def plain_lines(text: str) -> str:
    r"""``text`` without ``\r`` and blanks before each line break, and without the indentation that all its non-blank
    lines share (a page that indents every line with ideographic spaces reads like one that indents none; the lines
    keep their indentation relative to each other). Line numbers stay as they were.

    >>> plain_lines("\u3000\u3000名词解释  \r\n\r\n\u3000\u3000\u3000\u30001.X:指…")
    '名词解释\n\n\u3000\u30001.X:指…'
    """
    if any(end in text for end in _ENDS_A_LINE) or text[-1:] in _SPACES + "\r":
        text = _LINE_END.sub("", text)
    lines = text.split("\n")
    indents = [_INDENT.match(line).group() for line in lines if line.strip()]
    if not indents:
        return text
    shared = min(indents, key=len)
    while shared and not all(indent.startswith(shared) for indent in indents):
        shared = shared[:-1]
    if not shared:
        return text
    return "\n".join(line[len(shared) :] if line.strip() else line for line in lines)


def read_form(text: str) -> str:
    """``text`` in simplified characters, no-break spaces as spaces, the colons ︰ and ﹕ as ：, an abstract's body mark
    ``<正>`` opening a line as blanks; when it has no curly quotation marks of its own, its pairs of corner
    brackets (「」『』) and of straight double marks on a line written as curly ones (a lone mark stays as written).
    Same length as ``text``.

    >>> read_form('"三通一平"是一個術語'), read_form("「三改一拆」是指")
    ('“三通一平”是一个术语', '“三改一拆”是指')
    """
    form = text.translate(_simplifying())
    if "係" in text:
        form = _copula_read(text, form)
    if "\ufe30" in form or "\ufe55" in form:
        form = form.translate(_COLON_FORMS)
    if any(mark in form for mark in _SQUARE_MARKS):
        form = _SQUARE_BULLET.sub(_square_bullet_read, form)
    if "\xa0" in form:
        form = form.replace("\xa0", " ")
    if _FULL_WIDTH_LETTER.search(form):
        form = form.translate(_FULL_WIDTH_LETTERS)
    if "正>" in form or "正＞" in form:
        form = _BODY_MARK.sub(lambda m: " " * len(m.group()), form)
    if "•" in form or "●" in form or "▪" in form:
        form = _BULLETED_QUESTION.sub(lambda m: m.group().translate(_BULLETS_AS_BLANKS), form)
    if "。 " in form:
        form = _FLATTENED_PARAGRAPHS.sub(lambda m: _spaced_breaks(m.group()), form)
    if "“" not in form and "”" not in form:
        if "「" in form or "『" in form:
            form = _CORNER_PAIR.sub(lambda m: "“" + m.group(1) + "”", form)
            form = _CORNER_INNER_PAIR.sub(lambda m: "‘" + m.group(1) + "’", form)
        if '"' in form:
            form = _STRAIGHT_PAIR.sub(lambda m: "“" + m.group(1) + "”", form)
    return form


# A line holding several paragraphs a site flattened into one, each closed by its stop and set off from the next by a space
# (…實行嚴格保護。 生态保护红线,是指…。 根据《…》等文件规定,…, P2701, a legal Q&A site's answer served as one line): the space
# after the stop is read as the paragraph break it stood for (a line of 150 characters at least, the space between a stop and
# a Han character or an opening mark; same length, so offsets stay).
_FLATTENED_PARAGRAPHS = lazy_compile(r"(?m)^[^\n]{150,}$")
# (not before an item's number, 。 二、…, 。 四 家庭農場:指…: a law's or a note's items run on in a line, read by the item rules)
_SPACED_STOP = lazy_compile(r"(?<=[。！？])[ ](?![一二三四五六七八九十第])(?=[\u4e00-\u9fff“「《])")


# (nor before a headword set off by a space or a colon, 。 国民经济行业分类 自2003年…, 。 国家所有控股:在…: a yearbook's
# glossary run into one paragraph, read by the run-in headword rules)
_ITEM_AFTER_STOP = lazy_compile(
    r"[。！？][ \u3000]*(?:[一二三四五六七八九十]{1,3}[、 ]|第[一二三四五六七八九十百\d]{1,4}[條条章節节]|\d{1,2}[.．、]"
    r"|[^\s，,。；;:：]{2,20}[ \u3000:：])"
)


# (nor a numbered section flattened into its line, 一、財政儲備制度 第8/2011號法律訂定了…。 財政儲備由…, 780 of dev-85, a Macao
# news item: its spaced heading and paragraphs are read by the flattened-section rules)
_NUMBERED_OPENING = lazy_compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])")


def _spaced_breaks(line: str) -> str:
    if len(_SPACED_STOP.findall(line)) < 2 or _ITEM_AFTER_STOP.search(line) or _NUMBERED_OPENING.match(line):
        return line  # (one spaced stop is a source note or a typo's space, no flattened page)
    return _SPACED_STOP.sub("\n", line)


# 係 as the written copula of Taiwan's official prose (申訴係以…為標的, 地形測量係運用…, 所稱動產,係以…者為限): 是 in the
# form, as 係 is read as 是 (a 係 before 指 stays 系指, the rules' own marker; 關係, 干係, 聯係 and 係數 are words of their own,
# and 係爭, 係屬 a law's 'in dispute' and 'pending'). A 係以…來 frame gives a manner, not a gloss (縣議會係以「合議制」來行使
# 職權, 499, a council book's account of how it works), and stays as written.
_COPULA_XI = lazy_compile(r"(?<![關关干聯联連连])係(?![指數数爭争屬属列])(?!以[^。，,；;！？!?\n]{1,20}?[來来])")


def _copula_read(text: str, form: str) -> str:
    """``form`` with each copula 係 of ``text`` (:data:`_COPULA_XI`) written 是, the length kept."""
    places = [m.start() for m in _COPULA_XI.finditer(text)]
    if not places:
        return form
    chars = list(form)
    for at in places:
        chars[at] = "是"
    return "".join(chars)


# The mark an abstract database (CNKI, and the academic networks that copy its abstracts) sets before an abstract's
# body: ``<正>新就业形态是…`` (P2302, P2305). It marks where the body starts, like an indentation, and is read as
# one, so the sentence after it opens its paragraph with its own subject.
_BODY_MARK = lazy_compile(r"(?<![^\n])[ \t\u3000]*[<＜]正[>＞]")


# An FAQ served as a nested HTML list: each question (ending in its question mark) and the answer under it (after its
# label 答:, 回答:, A:) are list items, each line opening with the list's bullet (``• 2. 何谓社工注册?`` / ``• 答:指…``,
# 760, Macao's social-work committee). The bullets only lay the list out, and are read as the blanks of an indentation,
# so the pair reads as the plain numbered question over its labelled answer it is; a bullet before a line that asks
# nothing or answers nothing (a list of kinds, a bulleted ``X -- gloss``) stays as written.
_BULLETED_QUESTION = lazy_compile(
    r"(?<![^\n])[ \t\u3000]*[•●▪][ \t\u3000]*[^\n•●▪]*[?？][ \t\u3000]*\n"
    r"[ \t\u3000]*[•●▪](?=[ \t\u3000]*(?:答|回答|[Aa])[ \t\u3000]*[:：])"
)
_BULLETS_AS_BLANKS = str.maketrans({"•": " ", "●": " ", "▪": " "})


# A line's square bullet typed in another of Unicode's squares — the medium and small ones of the emoji block (◼, ◾, ◻, ◽,
# ⬛, ⬜), often with a variation selector after it (``◼︎基本工資`` over its ``指勞工在「正常工作時間」內所得之報酬。``, P2671, a
# Taiwan news repost): read as the square the rules know (■, □), the selector as a blank, so the headword line below a
# bullet is read as any ■ line is. Only a mark opening its line: inside a line these squares are pictures.
_SQUARE_MARKS = "◼◾⬛◻◽⬜"
_SQUARE_BULLET = lazy_compile(r"(?<![^\n])([ \t\u3000]*)([◼◾⬛◻◽⬜])([\ufe0e\ufe0f]?)")
_SQUARES_READ = {"◼": "■", "◾": "■", "⬛": "■", "◻": "□", "◽": "□", "⬜": "□"}


def _square_bullet_read(found: re.Match[str]) -> str:
    """The square bullet of ``found`` as ■ or □, a variation selector after it as a blank (the length kept)."""
    return found.group(1) + _SQUARES_READ[found.group(2)] + " " * len(found.group(3))


# Colons of other forms a page types after a headword (``管線修繕及維護費用︰指…``): the vertical two-dot leader
# (U+FE30, a Big5 page's colon) and the small colon (U+FE55), read as the full-width colon.
_COLON_FORMS = str.maketrans({"\ufe30": "：", "\ufe55": "："})
# Latin letters typed full width (ＤＮＦＢＰ是指…, ＦＩＵ, P2841, a Taiwan daily's editorial; Taiwan's and Hong Kong's papers set
# abbreviations so): read as the letters they are, the rules' headwords taking Latin words of letters A–Z, not of the wide
# forms. The page's own letters are given back (same length). Full-width digits are left: the rules read them as written.
_FULL_WIDTH_LETTER = lazy_compile("[\uff21-\uff3a\uff41-\uff5a]")
_FULL_WIDTH_LETTERS = {code: chr(code - 0xFEE0) for code in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}


# A pair of corner brackets, the quotation marks of Taiwan and Hong Kong, on one line (a lone one, left by a
# page that lost its partner, stays as written).
_CORNER_PAIR = lazy_compile(r"「([^「」\n]*)」")
_CORNER_INNER_PAIR = lazy_compile(r"『([^『』\n]*)』")


class AsWritten:
    """Gives strings read from ``read_form(original)`` back in ``original``'s characters.

    Where a character of the form stands for one character of the page only (发 for 發 on a page
    without 髮), it is written back directly. Where it stands for several (a page with both 裡 and
    里, or 臺 and 台), the string is found in the form — line breaks, indentation and converter pinyin
    (``區(qū)``, ``區（qū）``) may stand between its characters, as extraction removes them — at the first
    place it stands from where it was read, and each character is taken from the same place of the page.
    A string found nowhere cannot be given back: :meth:`back` returns None.
    """

    def __init__(self, original: str, form: str) -> None:
        self.original = original
        self.form = form
        changed = {f for o, f in zip(original, form) if o != f} if original != form else set()
        written: dict[str, set[str]] = {f: set() for f in changed}
        for o, f in zip(original, form):
            if f in written:
                written[f].add(o)
        self._one = str.maketrans({f: next(iter(os)) for f, os in written.items() if len(os) == 1})
        self._several = {f for f, os in written.items() if len(os) > 1}

    def needs_place(self, string: str) -> bool:
        """Whether ``string`` holds a character of the form that stands for several of the page (it is given back
        from the place it was read)."""
        return bool(self._several) and any(c in self._several for c in string)

    def back(self, string: str, near: int = 0, stop: int | None = None) -> str | None:
        """``string`` as the page writes it; ``near`` is an offset of the form at or before where it was read,
        ``stop`` one it does not start after (the end of its entry; the end of the form when None)."""
        if not self.needs_place(string):
            return string.translate(self._one)
        found = self.find(string, near, stop)
        return None if found is None else found[2]

    def find(self, string: str, near: int = 0, stop: int | None = None) -> tuple[int, int, str] | None:
        """``(start, end, string as written)`` at the first place from ``near`` on (starting at ``stop`` at the latest)
        where ``string`` stands in the form, blanks and converter pinyin between its characters skipped; else at the
        nearest place before ``near`` (a subject named by the sentence before an entry); None when it stands at
        neither. The work is bounded by the stretch of the form from a little before ``near`` to ``stop``, not by the
        length of the form."""
        if not string:
            return near, near, string
        form, first = self.form, string[0]
        stop = len(form) if stop is None else min(stop, len(form))
        at = form.find(string, near, stop + len(string))  # in one piece, as most strings stand
        before = at if at >= 0 else stop + 1
        k = form.find(first, near, before)
        for _ in range(_TRIES):  # an earlier place where it stands over a line break or pinyin
            if k < 0:
                break
            end = self._walk(string, k)
            if end is not None:
                return end
            k = form.find(first, k + 1, before)
        if at >= 0:
            return at, at + len(string), self.original[at : at + len(string)]
        begin = max(0, near - _BEFORE)
        k = form.rfind(first, begin, near)
        for _ in range(_TRIES):
            if k < 0:
                break
            end = self._walk(string, k)
            if end is not None:
                return end
            k = form.rfind(first, begin, k)
        return None

    def _walk(self, string: str, k: int) -> tuple[int, int, str] | None:
        """``string`` read from the form at ``k`` on, blanks and converter pinyin between its characters skipped:
        ``k``, the offset after its last character and the page's characters at the same places; None when it does
        not stand there."""
        form, out, start = self.form, [], k
        for c in string:
            while k < len(form) and form[k] != c:
                if form[k] in _BLANKS:
                    k += 1
                    continue
                pinyin = _pinyin_length(form, k) if form[k] in "(（" else 0
                if not pinyin:
                    return None
                k += pinyin
            if k >= len(form):
                return None
            out.append(self.original[k])
            k += 1
        return start, k, "".join(out)


_TRIES = 64
# How far before where it was read a string is looked for (an entry's subject, named by the sentence before its quote).
_BEFORE = 200
# Blanks: those that lay a line out and line breaks.
_BLANKS = frozenset(_SPACES + "\n\r")
_FULL_WIDTH_BRACKETS = str.maketrans("（）", "()")


def _pinyin_length(form: str, k: int) -> int:
    """The length of the converter pinyin opening at ``k`` (``(qū)``, ``（qū）``), 0 when none does: the very pattern
    :func:`policyterms.text.fold.strip_pinyin` removes, which reads full-width brackets as ASCII ones."""
    from policyterms.text.fold import PINYIN, PINYIN_MAX_LENGTH

    start = max(k - 1, 0)  # (the pattern looks at the character before the bracket)
    probe = form[start : k + PINYIN_MAX_LENGTH].translate(_FULL_WIDTH_BRACKETS)
    match = PINYIN.match(probe, k - start)
    return match.end() - (k - start) if match else 0
