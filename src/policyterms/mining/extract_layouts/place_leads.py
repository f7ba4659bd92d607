"""An encyclopedia's lead of a place: the verbless genus naming the kind of administrative division it is
(``江苏省地级市``, ``四川省辖地级市``), after the other names that follow the headword (``南通,简称“通”,古称通州,…,江苏省地级市,…``,
P1173) or right after the headword's comma (``成都,四川省辖地级市,简称“蓉”,…``, P1177): the definition opens at the genus, as
the golds leave an encyclopedia's alias clauses out before a class (and keep the names after it). Only an administrative
class: a feature's own words about a city (``柳州,广西最大工业城市,…``) are none, and aliases followed by 是 (``山西,简称晋,
又称“三晋”,是…``) are left to the headword normaliser, which leaves them out before the marker
(:data:`.general._OTHER_NAMES_ASIDE`)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import _SPACE
from policyterms.mining.extract_layouts.topics import _OTHER_NAME

__all__ = ["PLACE_LEAD", "genus_after_aliases"]

# A place's verbless genus, a clause naming the kind of division it is (江苏省地级市, 四川省辖地级市, 重庆市辖区): an
# encyclopedia lead's class.
_PLACE_GENUS = re.compile(
    r"[^\s\u3000,，。；;:：、“”「」是的为為]{1,10}(?:地级市|地級市|县级市|縣級市|直辖市|直轄市|自治区|自治區|自治州|自治县|自治縣|市辖区|市轄區|辖区|轄區|省)"
)
# (an administrative class only: a feature's own words about a city, 柳州,广西最大工业城市,…, P1111, give none)
# An encyclopedia's verbless lead: a place, a comma and its genus, then more clauses (成都,四川省辖地级市,简称“蓉”,别称蓉城、
# 锦城,四川省省会,副省级市、…, P1177): the definition opens at the genus, its other names after it kept.
PLACE_LEAD = re.compile(rf"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{{2,8}})[,，][\s\u3000]*(?P<genus>{_PLACE_GENUS.pattern})[,，]")
_NAME_CLAUSE = re.compile(rf"[\s\u3000]*(?:{_OTHER_NAME})")


def genus_after_aliases(text: str, at: int) -> int | None:
    """Where a place's verbless genus opens after the other names that follow its headword (``南通,简称“通”,古称通州,别称静海、
    崇州、崇川、紫琅,江苏省地级市,长江三角洲中心区27城之一,…``, P1173; ``成都,简称“蓉”,别称蓉城、锦城,四川省辖地级市,是…``,
    P1177): the names are left out and the definition opens at the genus, as the golds leave an encyclopedia's alias
    clauses out before a class. None when no such genus comes right after the names (``山西,简称晋,又称“三晋”,是…``: the
    normaliser leaves the aliases out before 是).

    >>> text = "南通,简称“通”,古称通州,别称静海、崇州,江苏省地级市,长江三角洲中心区27城之一。"
    >>> text[genus_after_aliases(text, 2):]
    '江苏省地级市,长江三角洲中心区27城之一。'
    >>> genus_after_aliases("山西,简称晋,又称“三晋”,是中华文明发祥地之一。", 2) is None
    True
    """
    clauses = [(m.start(), m.group()) for m in re.finditer(r"[^,，。；;]+", text[at:])]
    n = 0
    while n < len(clauses) and _NAME_CLAUSE.match(clauses[n][1]):
        n += 1
    if n == 0 or n >= len(clauses) or not _PLACE_GENUS.fullmatch(clauses[n][1].strip(_SPACE)):
        return None
    return at + clauses[n][0] + len(clauses[n][1]) - len(clauses[n][1].lstrip(_SPACE))
