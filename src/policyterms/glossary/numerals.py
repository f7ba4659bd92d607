"""Numerals in slogan headwords, and whether a slogan's components agree with them.

Numbered slogans count their parts: 三张清单 has three lists, 三线一单 three lines and one
list, ``1+4+4+8`` four groups. Reading those numbers lets the linter catch a definition that
lost or gained a part.

>>> headword_numerals("三线一单")
[[3, 1]]
>>> headword_numerals("“1+4+4+8”新型产业体系")
[[1, 4, 4, 8]]
>>> headword_numerals("“11157”工程")
[[11157], [1, 1, 1, 5, 7]]
>>> headword_numerals("四位一体")
[[4]]
>>> headword_numerals("全程代办")
[]
>>> headword_numerals("“十三五”规划")
[[13, 5]]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["parse_chinese_number", "headword_numerals", "numeral_mismatch"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}

# A Chinese number: digits and units, where 百/千/万 only count after a digit (三个百里's
# 百 is a word, not a number) and 十 may stand alone (十项).
_CHINESE_NUMBER = re.compile(r"双|[一二两三四五六七八九十零〇]+(?:[一二两三四五六七八九十百千万零〇]*[一二三四五六七八九十百千万])?")
_ARABIC = re.compile(r"\d+(?:\+\d+)*")
# 一 meaning "one whole" rather than a count: 三网合一, 四位一体, 多规合一.
_UNITY = re.compile(r"[合归]一|一体")
# Numerals that count no parts: an ordinal (第三产业, 地球第三极), a span of time or a quantity
# (三年大变样, 15分钟生活圈, 化肥(折100%), PM2.5), a date's day (三月三), a digit run into Latin letters
# (M2, 5G), and the numeral inside an ordinary word (一般公共预算, 零售, 统一战线, 一刻钟).
_NOT_A_COUNT_BEFORE = re.compile(r"第$|[A-Za-z.．月]$")
_NOT_A_COUNT_AFTER = re.compile(r"[.．]\d|[年岁歲天日周週月%％]|分钟|分鐘|小时|小時|刻钟|刻鐘|[A-Za-z]")
_ORDINARY_WORDS = re.compile(r"一般|零售|零星|[统統]一|唯一|进一步|進一步|一些|一致|一定|一律|一切")
# But a digit before one capital letter counts the letter's words: “3S” (RS, GIS, GNSS), 5S管理, 5M1E (five Ms and one
# E); 5G, 5A, 4K, 3D and 415X's X rank, measure or leave the number open.
_LETTER_COUNT = re.compile(r"(?<![A-Za-z0-9.])(?:\d{1,2}[BCEFHIJL-WYZ])+(?![A-Za-z0-9])")


#: The largest value :func:`parse_chinese_number` returns; longer numerals give this.
_LARGEST = 10**18


def parse_chinese_number(numeral: str) -> int:
    """The value of a Chinese numeral: ``"十"`` → 10, ``"二十七"`` → 27, ``"双"`` → 2.

    万 multiplies everything before it, and a digit left over after 百, 千 or 万 counts
    in the next lower unit, as people write round numbers (一万二 is 12,000):

    >>> [parse_chinese_number(n) for n in ("一百", "十万", "五十万", "三千万", "一万二千")]
    [100, 100000, 500000, 30000000, 12000]
    >>> [parse_chinese_number(n) for n in ("一万二", "三百五", "两千三", "一万零二", "三百零五")]
    [12000, 350, 2300, 10002, 305]
    """
    if numeral == "双":
        return 2
    total = 0
    current = 0
    for char in numeral:
        if char in _DIGITS:
            current = current * 10 + _DIGITS[char] if current and _DIGITS[char] == 0 else _DIGITS[char]
        elif char == "万":
            total = ((total + current) or 1) * _UNITS[char]
            current = 0
        else:
            total += (current or 1) * _UNITS[char]
            current = 0
        if total > _LARGEST or current > _LARGEST:  # 万万万… or 一零零零…: no count, and no huge int
            return _LARGEST
    if len(numeral) >= 2 and numeral[-1] in _DIGITS and numeral[-2] in _UNITS:
        current *= _UNITS[numeral[-2]] // 10  # 三百五: the 五 is 五十
    return total + current


# 十三五, 十四五: a plan's number then the 五 of 五年规划, not one number. A digit right
# after a unit's digit starts a new numeral.
_PLAN_NAME = re.compile(r"(?<=[十百千万][一二两三四五六七八九])(?=[一二两三四五六七八九])")


#: Digit strings longer than this are read as this many-digit number: no count is that
#: large, and Python refuses to read an int of more than 4,300 digits from text.
MAX_COUNT_DIGITS = 18


def _count(digits: str) -> int:
    """``int(digits)``, bounded: a longer digit string than :data:`MAX_COUNT_DIGITS` counts
    as 10**MAX_COUNT_DIGITS, which matches no number of components."""
    return int(digits) if len(digits) <= MAX_COUNT_DIGITS else 10**MAX_COUNT_DIGITS


def headword_numerals(headword: str) -> list[list[int]]:
    """The readings of the numerals in ``headword``, most literal first.

    A digit string of three or more digits (``11157``) is also read digit by digit,
    since slogans spell counts that way. Returns ``[]`` when there is no numeral.
    """
    numbers: list[int] = []
    digit_strings: list[str] = []
    ordinary = {k for word in _ORDINARY_WORDS.finditer(headword) for k in range(*word.span())}
    letter_counts = {k for code in _LETTER_COUNT.finditer(headword) for k in range(*code.span())}
    position = 0
    while position < len(headword):
        arabic = _ARABIC.match(headword, position)
        chinese = None if arabic else _CHINESE_NUMBER.match(headword, position)
        numeral = arabic or chinese
        if numeral is None:
            position += 1
            continue
        if position not in letter_counts and (
            position in ordinary
            or _NOT_A_COUNT_BEFORE.search(headword, 0, position)
            or _NOT_A_COUNT_AFTER.match(headword, numeral.end())
        ):
            position = numeral.end()  # ranks, measures or spells a word: counts no parts
            continue
        position = numeral.end()
        if arabic:
            groups = arabic.group().split("+")
            numbers.extend(_count(group) for group in groups)
            digit_strings.extend(groups)
            continue
        start = numeral.start()
        if chinese.group() == "一" and (_UNITY.match(headword, start) or (start and _UNITY.match(headword, start - 1))):
            continue  # 合一, 一体: "into one", not a count
        for part in _PLAN_NAME.split(chinese.group()):
            numbers.append(parse_chinese_number(part))
            digit_strings.append("")
    if not numbers:
        return []
    readings = [numbers]
    if any(len(digits) >= 3 for digits in digit_strings):
        spelled: list[int] = []
        for number, digits in zip(numbers, digit_strings):
            spelled.extend(int(d) for d in digits) if len(digits) >= 3 else spelled.append(number)
        readings.append(spelled)
    return readings


# After the first numeral, these say it counts the parts on its own and later numerals
# describe each part: 3个“3”服务, “六个一”工程, 四位一体, 双一百. Without one (三线一单,
# 三高一低) every numeral counts parts and only their sum will do.
_MEASURE_WORDS = set("个位项大张条") | set(_DIGITS) | set(_UNITS)


def _first_numeral_counts(headword: str) -> bool:
    """Whether the first numeral alone may count the components (see _MEASURE_WORDS)."""
    matches = [m for m in (_ARABIC.search(headword), _CHINESE_NUMBER.search(headword)) if m]
    if not matches:
        return False
    first = min(matches, key=lambda m: m.start())
    rest = headword[first.end() :].lstrip("“”\"'「」")
    return bool(rest) and rest[0] in _MEASURE_WORDS


def numeral_mismatch(headword: str, flat_count: int, group_sizes: Sequence[int | None]) -> str | None:
    """Say how ``headword``'s numerals disagree with its components, or ``None``.

    Flat components must number the sum of the numerals (三线一单 → 4), or the first
    numeral when a measure word follows it (3个“3”服务 → 3).

    ``flat_count`` is the number of plain string components; ``group_sizes`` has one item
    per grouped component: its number of parts, or ``None`` for a group described in text.
    A headword without numerals, or without components, never mismatches here.
    """
    readings = headword_numerals(headword)
    if not readings or (flat_count == 0 and not group_sizes):
        return None
    if group_sizes:
        for reading in readings:
            if len(reading) == len(group_sizes) and all(
                size is None or size == number for size, number in zip(group_sizes, reading)
            ):
                return None
        wanted = " or ".join("+".join(map(str, r)) for r in readings)
        found = "+".join("?" if s is None else str(s) for s in group_sizes)
        return f"numerals {wanted} do not match the {len(group_sizes)} component groups ({found})"
    first_counts = _first_numeral_counts(headword)
    for reading in readings:
        if flat_count == sum(reading) or (first_counts and flat_count == reading[0]):
            return None
    wanted = " or ".join(
        str(sum(r))
        if len(r) == 1 or r[0] == sum(r)
        else f"{sum(r)} ({'+'.join(map(str, r))})" + (f" or {r[0]}" if first_counts else "")
        for r in readings
    )
    return f"numerals call for {wanted} components, found {flat_count}"
