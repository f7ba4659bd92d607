"""A statistics release's scope paragraph: what it says a thing includes is the survey's scope, not a definition.

Statistics bureaus close a release with notes under the headings ``一、统计范围``, ``二、采集渠道`` (or ``数据来源``) and
``三、主要统计指标解释``; only the last explains terms. The scope paragraph says which units, households or sites the
figures count (``城镇居民家庭包括户口在本地区的常住住户和…住户,包括单身户和…流动人口。``, 193; 182, 188, 114, 118),
and a ``X包括…`` sentence there states who is counted, as the gold of every set has it (scope notes are no entries).
The topic pass reads ``包括`` (and ``反映``, a bare ``是``) as defining a term of the page's title; under a scope heading
it does not. A term written with its definition there (``规模以上工业企业:年主营业务收入…``, 36; ``X即…``, 59, 62) is
another pass's and stays.
"""

from __future__ import annotations

import re

# A scope heading on its own line, perhaps numbered and closed by a colon (and a flattened table's empty cells). Not
# 统计口径: under a caliber heading a release says what an indicator or a category covers (高技术制造业包括医药制造,…
# 等6大类), which defines it, as a bulletin's ``X包括A、B、C`` does elsewhere; no development page has the heading.
_SCOPE_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?[ \t\u3000\xa0]*"
    r"(?:统计|統計|调查|調查)(?:范围|範圍|对象|對象)[ \t\u3000\xa0]*[:：]?[ \t\u3000\xa0|｜]*"
)
# How many blank lines may stand between the heading and its paragraph.
_BLANKS = 2


def under_scope_heading(lines: list[str], n: int) -> bool:
    """Line ``n`` is the paragraph right below a scope heading (blank lines between at most ``_BLANKS``).

    >>> under_scope_heading(["一、统计范围", "城镇居民家庭包括…。"], 1), under_scope_heading(["三、主要统计指标解释", "X包括…。"], 1)
    (True, False)
    """
    k = n - 1
    while k >= 0 and n - k <= _BLANKS + 1 and not lines[k].strip(" \t\u3000\xa0"):
        k -= 1
    return k >= 0 and bool(_SCOPE_HEADING.fullmatch(lines[k].strip(" \t\u3000\xa0")))
