"""A definition whose subject is a phrase standing for the word the page is glossing (``这个起源于广东方言的词语,意为
“好厉害”``, ``该词是…``): the phrase is no term; the word it stands for is the one the item's headword line names
(``流行词一:猴赛雷``), or failing that the last quoted word before it in its paragraph (``…“猴赛雷”的意思。``)."""

from __future__ import annotations

import re

# 这个词, 这个起源于广东方言的词语, 该词, 此词, 这一新词: a demonstrative, a description ending in 的 if any, the word for "word".
_WORD_ANAPHOR = re.compile(
    r"(?:这个|這個|这一|這一|该|該|此)(?:[^,，。；;:：“”「」]{1,16}的)?(?:词语|詞語|词汇|詞彙|词|詞|新词|新詞|流行语|流行語|热词|熱詞|网络用语|網絡用語)"
)
# The headword line of the item: a label and a colon before the word (流行词一:猴赛雷, 热词1:X), or the word alone,
# a number or bullet before it (3. X, 二、X).
_ITEM_LINE = re.compile(
    r"[ \t\u3000]*(?:[^\s\u3000,，。；;:：]{1,8}[:：][ \t\u3000]*|(?:\d{1,2}[.．、|｜]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*)?"
    r"(?P<word>[“「]?[^\s\u3000,，。；;:：、“”「」!！?？]{2,12}[”」]?)[ \t\u3000]*"
)
# A line that names no word: a date or a number (2021-06-01), or a column heading about words (热词解读, 新词释义).
_NO_WORD = re.compile(
    r"[\d\s\u3000\-/.:：年月日号號]+|.*(?:热词|熱詞|新词|新詞|流行语|流行語|网络用语|網絡用語|词语|詞語|名词|名詞|词汇|詞彙|关键词|關鍵詞).*"
)
_QUOTED = re.compile(r"[“「](?P<word>[^“”「」,，。；;:：\n]{1,12})[”」]")


def word_anaphor_subject(term: str, definition: str, text: str, start: int) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry whose headword is a phrase standing for the glossed word (see the module
    docstring): the word named by the line above the entry's paragraph, else the last quoted word before it in the
    paragraph; ``("", "")`` (no entry) when neither names one. None when the headword is no such phrase.

    >>> text = "流行词一:猴赛雷\\n没有太多人知道“猴赛雷”的意思。这个起源于广东方言的词语,意为“好厉害”。"
    >>> word_anaphor_subject("这个起源于广东方言的词语", "意为“好厉害”。", text, text.index("这个"))
    ('猴赛雷', '意为“好厉害”。')
    >>> text = "没有太多人知道“猴赛雷”的意思。这个词语意为“好厉害”。"
    >>> word_anaphor_subject("这个词语", "意为“好厉害”。", text, text.index("这个"))
    ('“猴赛雷”', '意为“好厉害”。')
    >>> word_anaphor_subject("猴赛雷", "意为“好厉害”。", text, 0) is None
    True
    >>> text = "热词解读\\n这个词是指…的旅游方式。"
    >>> word_anaphor_subject("这个词", "是指…的旅游方式。", text, text.index("这个"))
    ('', '')
    """
    if _WORD_ANAPHOR.fullmatch(term.strip(" \t\u3000")) is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    above_end = line_start - 1
    while above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end].strip(" \t\u3000\r")
        if above:
            item = _ITEM_LINE.fullmatch(above)
            if item is not None and not _NO_WORD.fullmatch(_unquoted_word(item.group("word"))):
                return item.group("word"), definition
            break
        above_end = above_start - 1
    quoted = list(_QUOTED.finditer(text, line_start, start))
    if quoted:
        return quoted[-1].group(), definition
    return "", ""


def _unquoted_word(word: str) -> str:
    return word.strip("“”「」")
