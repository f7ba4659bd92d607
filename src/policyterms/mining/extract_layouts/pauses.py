"""A headword cut from a page that writes its pauses with ASCII dots and tildes.

Personal blogs and forum posts, typed in a hurry, often write no Chinese comma or full stop at all: the pauses are
runs of ASCII dots and tildes between the words (``“內地”一詞.照字面上的意思..是指內陸地區吧~住在沿海的人.就可說…``,
``而且.. 指的是 中國大陸~ 心中真是一把火!``, P770). A layout reading ``X是指…`` / ``X指…`` does not see those marks as
punctuation, so the "headword" it cuts before the marker is a whole clause, pauses inside. Read with the pauses as
commas, such a headword is either

* a quoted word named as a word (``“X”一詞``, ``同樣的“X”一詞``, ``“X”這個詞``) followed by a clause setting the scene
  (``照字面上的意思``, ``在日本時代``): the quoted word is the term, marks kept, and the words around it belong to
  neither term nor definition (as P548's ``一詞`` and the earlier sets' lead-ins and scope phrases);
* anything else — a connective (``而且..``), a clause of a remark (``住在沿海的人.就可說``): no headword.

Only a headword holding such a pause is judged here; every other headword is left as it is. A single dot counts as a
pause only between two Chinese characters (or a quotation mark), where no abbreviation or number puts one.
"""

from __future__ import annotations

import re

__all__ = ["headword_at_pauses"]

_HAN = r"\u4e00-\u9fff"
# A pause: a run of two dots or more, a tilde (half or full width), or one dot between Chinese characters or quotation marks.
_PAUSE = re.compile(rf"\.{{2,}}|[~～]+|(?<=[{_HAN}”」』])\.(?=[{_HAN}“「『])")
# A quoted word named as a word, optionally after 同樣的 (the same word, in another sense), before the first pause.
_NAMED_WORD = re.compile(
    r"(?:同样的|同樣的|同一个|同一個)?(?P<word>[“「『][^“”「」『』\s]{1,12}[”」』])"
    r"(?:一词|一詞|这个词|這個詞|这个字|這個字|二字|两字|兩字|这两个字|這兩個字|这两字|這兩字)"
)


def headword_at_pauses(term: str) -> str | None:
    """``term`` as it is when it holds no pause; the quoted word it names when its first piece names one; else None.

    >>> headword_at_pauses("“內地”一詞.照字面上的意思..")
    '“內地”'
    >>> headword_at_pauses("同樣的“內地”一詞.在日本時代..")
    '“內地”'
    >>> headword_at_pauses("而且..") is None, headword_at_pauses("住在沿海的人.就可說") is None
    (True, True)
    >>> headword_at_pauses("新质生产力"), headword_at_pauses("U.S.")
    ('新质生产力', 'U.S.')
    """
    if not _PAUSE.search(term):
        return term
    first = _PAUSE.split(term, maxsplit=1)[0].strip(" \t\u3000")
    named = _NAMED_WORD.fullmatch(first)
    return named.group("word") if named else None
