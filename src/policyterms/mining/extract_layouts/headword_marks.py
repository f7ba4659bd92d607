"""Marks a page sets on a headword line that are no part of the term: a publication date and square brackets.

* **A date on a title line.** Statistics sites print an indicator page's title with its publication date run
  into it (``民用车辆拥有量 2011-03-17``, 189; ``2023年8月社会消费品零售总额 2023-09-19``, 182): when the title is
  the headword, the date is the page's, not the term's. A full date (year, month and day) ends no term, so it is
  dropped wherever it closes a headword; a year alone (``中国制造2025``) or a standard's number
  (``GB/T 4754-2017``) is left.
* **Square brackets around a headword.** Yearbooks and facts books set each headword in ``【】`` on its own line
  or before its definition (``【福州三山两塔】`` / ``即乌山、于山、屏山…``, P539; ``【可支配收入】指…``, 161;
  ``【自然村】是指…``, 183): the brackets mark the headword, as a bold face would, and the gold of every set
  writes the term without them. Quotation marks are the term's and stay (``“两江”``, ``「炒雞」``).
"""

from __future__ import annotations

import re

_SPACE = " \t\u3000\xa0"

# A full date closing a headword, perhaps with a time and in brackets: 2011-03-17, 2011/3/17, 2011.03.17,
# 2011年3月17日, (2011-03-17 10:20). Not after a digit, a dash or a slash (4754-2017-01-01 is no date of its own).
_TRAILING_DATE = re.compile(
    r"[ \t\u3000\xa0]*[(（]?(?<![\d\-/.])(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}[日号號])"
    r"(?:[ \t\u3000\xa0]+\d{1,2}:\d{2}(?::\d{2})?)?[)）]?$"
)
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")

# A headword set whole in square brackets (the brackets only around it, none inside).
_BRACKETED = re.compile(r"[【〖](?P<term>[^【】〖〗\n]+)[】〗]")


def without_title_date(term: str) -> str:
    """``term`` without a full date closing it (a title line's publication date); unchanged when nothing of a
    word would be left.

    >>> without_title_date("民用车辆拥有量 2011-03-17"), without_title_date("社会消费品零售总额(2023年9月19日)")
    ('民用车辆拥有量', '社会消费品零售总额')
    >>> without_title_date("中国制造2025"), without_title_date("国民经济行业分类 GB/T 4754-2017")
    ('中国制造2025', '国民经济行业分类 GB/T 4754-2017')
    """
    date = _TRAILING_DATE.search(term)
    if date is None:
        return term
    left = term[: date.start()].rstrip(_SPACE)
    return left if len(left) >= 2 and _WORD.search(left) else term


def without_square_brackets(term: str) -> str:
    """``term`` without the square brackets set around the whole of it.

    >>> without_square_brackets("【福州三山两塔】"), without_square_brackets("〖可支配收入〗")
    ('福州三山两塔', '可支配收入')
    >>> without_square_brackets("“两江”"), without_square_brackets("【注】可支配收入")
    ('“两江”', '【注】可支配收入')
    """
    bracketed = _BRACKETED.fullmatch(term)
    if bracketed is None:
        return term
    inner = bracketed.group("term").strip(_SPACE)
    return inner if inner else term
