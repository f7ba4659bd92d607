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

__all__ = ["AsWritten", "plain_lines", "read_form"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A pair of straight double quotation marks on one line.
_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')


@lru_cache(maxsize=1)
def _simplifying() -> dict[int, str]:
    """Traditional (and variant) characters to simplified ones, one to one."""
    from policyterms.text.fold import fold_table

    return {code: target for code, target in fold_table().items() if _HAN.fullmatch(chr(code)) and _HAN.fullmatch(target)}


_INDENT = re.compile(r"[ \t\u3000\xa0]*")
_LINE_END = re.compile(r"[ \t\u3000\xa0\r]+(?=\n|$)")


def plain_lines(text: str) -> str:
    r"""``text`` without ``\r`` and blanks before each line break, and without the indentation that all its non-blank
    lines share (a page that indents every line with ideographic spaces reads like one that indents none; the lines
    keep their indentation relative to each other). Line numbers stay as they were.

    >>> plain_lines("\u3000\u3000名词解释  \r\n\r\n\u3000\u3000\u3000\u30001.X:指…")
    '名词解释\n\n\u3000\u30001.X:指…'
    """
    if "\r" in text or " \n" in text or "\u3000\n" in text or "\t\n" in text or "\xa0\n" in text:
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
    """``text`` in simplified characters, no-break spaces as spaces; when it has no curly quotation marks of its own, its pairs of corner
    brackets (「」『』) and of straight double marks on a line written as curly ones (a lone mark stays as written).
    Same length as ``text``.

    >>> read_form('"三通一平"是一個術語'), read_form("「三改一拆」是指")
    ('“三通一平”是一个术语', '“三改一拆”是指')
    """
    form = text.translate(_simplifying())
    if "\xa0" in form:
        form = form.replace("\xa0", " ")
    if "“" not in form and "”" not in form:
        if "「" in form or "『" in form:
            form = _CORNER_PAIR.sub(lambda m: "“" + m.group(1) + "”", form)
            form = _CORNER_INNER_PAIR.sub(lambda m: "‘" + m.group(1) + "’", form)
        if '"' in form:
            form = _STRAIGHT_PAIR.sub(lambda m: "“" + m.group(1) + "”", form)
    return form


# A pair of corner brackets, the quotation marks of Taiwan and Hong Kong, on one line (a lone one, left by a
# page that lost its partner, stays as written).
_CORNER_PAIR = re.compile(r"「([^「」\n]*)」")
_CORNER_INNER_PAIR = re.compile(r"『([^『』\n]*)』")


class AsWritten:
    """Gives strings read from ``read_form(original)`` back in ``original``'s characters.

    Where a character of the form stands for one character of the page only (发 for 發 on a page
    without 髮), it is written back directly. Where it stands for several (a page with both 裡 and
    里), the string is found in the form — line breaks, indentation and converter pinyin
    (``區(qū)``) may stand between its characters, as extraction removes them — and each character is
    taken from the same place of the page. A string found nowhere cannot be given back:
    :meth:`back` returns None.
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

    def back(self, string: str, near: int = 0) -> str | None:
        """``string`` as the page writes it; ``near`` is an offset of the form at or before where it was read."""
        if not self._several or not any(c in self._several for c in string):
            return string.translate(self._one)
        return self._aligned(string, near)

    def _aligned(self, string: str, near: int) -> str | None:
        at = self.form.find(string, near)
        if at >= 0:  # read as one piece of the form, as most strings are
            return self.original[at : at + len(string)]
        for begin in (near, 0):  # where it was read, else anywhere: a bounded number of places its first character stands
            at = self.form.find(string[:1], begin)
            for _ in range(_TRIES):
                if at < 0:
                    break
                back = self._walk(string, at)
                if back is not None:
                    return back
                at = self.form.find(string[:1], at + 1)
        return None

    def _walk(self, string: str, k: int) -> str | None:
        """``string`` read from the form at ``k`` on, blanks and converter pinyin between its characters skipped; the
        page's characters at the same places, or None when it does not stand there."""
        form, out = self.form, []
        for c in string:
            while k < len(form) and form[k] != c:
                if form[k] in _BLANKS:
                    k += 1
                    continue
                pinyin = _PINYIN.match(form, k) if form[k] == "(" else None
                if pinyin is None:
                    return None
                k = pinyin.end()
            if k >= len(form):
                return None
            out.append(self.original[k])
            k += 1
        return "".join(out)


_TRIES = 64
_BLANKS = frozenset(" \t\n\r\u3000\xa0")
_PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\d?\)")
