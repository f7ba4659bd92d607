"""A definition counting its parts goes on over them: ``所谓数据确权,就是确定数据的权利属性,主要包含两个层面:第一是确定数据的
权利主体,…。第二是确定权利的内容,…。`` — the sentence opening with the next ordinal (第二, 其二, 二是) after one the
definition holds (第一, 其一, 一是) is the count's next part, not another subject. An ordinal with no earlier one in the
definition (``X是指…。第二,…``: a point of the article's own list) is not."""

from __future__ import annotations

import re

_NUMERALS = "一二三四五六七八九十"
_ORDINAL = re.compile(r"[\s\u3000]*(?:(?P<di>第)|(?P<qi>其))?(?P<n>[二三四五六七八九十])(?(di)(?:是|[,，、])|(?(qi)(?:是|[,，、])|是))")


def next_ordinal_part(sentence: str, before: str) -> bool:
    """Whether ``sentence`` opens with the ordinal after one that ``before`` (the definition so far) holds in the same
    form (第一 → 第二, 其一 → 其二, 一是 → 二是)."""
    match = _ORDINAL.match(sentence)
    if match is None:
        return False
    previous = _NUMERALS[_NUMERALS.index(match.group("n")) - 1]
    if match.group("di"):
        return f"第{previous}" in before
    if match.group("qi"):
        return f"其{previous}" in before
    return f"{previous}是" in before
