"""Read a page in one way of writing, and give what was read back as the page writes it.

Glossary pages come in simplified and traditional characters (and in the variant forms of a converter,
Taiwan or Hong Kong: 爲/為, 裏/裡, 説/說), with curly or straight quotation marks or corner brackets, some with every line
indented. The extraction rules
are written once, for simplified text with curly marks. :func:`read_form` writes a page that way
without changing its length — each traditional character as its simplified one (OpenCC's one-to-one
table, :func:`policyterms.text.fold.fold_table`), corner brackets and straight double marks on a line as
curly ones —
so every offset stays where it was (:func:`dedented` first takes off an indentation every line shares);
:class:`AsWritten` then gives each string read from that form
back in the page's own characters, which is what an entry quotes and ``lint`` verifies.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["AsWritten", "dedented", "read_form"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A pair of straight double quotation marks on one line.
_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')


@lru_cache(maxsize=1)
def _simplifying() -> dict[int, str]:
    """Traditional (and variant) characters to simplified ones, one to one."""
    from policyterms.text.fold import fold_table

    return {code: target for code, target in fold_table().items() if _HAN.fullmatch(chr(code)) and _HAN.fullmatch(target)}


_INDENT = re.compile(r"[ \t\u3000\xa0]*")


def dedented(text: str) -> str:
    r"""``text`` without the indentation that all its non-blank lines share (a page that indents every line with
    ideographic spaces reads like one that indents none; the lines keep their indentation relative to each other).

    >>> dedented("\u3000\u3000名词解释\n\n\u3000\u3000\u3000\u30001.X:指…")
    '名词解释\n\n\u3000\u30001.X:指…'
    """
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
    """``text`` in simplified characters; when it has no curly quotation marks of its own, its pairs of corner
    brackets (「」『』) and of straight double marks on a line written as curly ones (a lone mark stays as written).
    Same length as ``text``.

    >>> read_form('"三通一平"是一個術語'), read_form("「三改一拆」是指")
    ('“三通一平”是一个术语', '“三改一拆”是指')
    """
    form = text.translate(_simplifying())
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
        skip = r"(?:[\s\u3000]|\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\d?\))*"
        pattern = re.compile(skip.join(re.escape(c) for c in string))
        match = pattern.search(self.form, near) or pattern.search(self.form)
        if match is None:
            return None
        out = []
        k = match.start()
        for c in string:
            while self.form[k] != c:  # the skipped blanks and pinyin before the next character
                k += 1
            out.append(self.original[k])
            k += 1
        return "".join(out)
