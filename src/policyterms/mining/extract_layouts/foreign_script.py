"""A definition written in Japanese is no explanation of a Chinese document's term.

A government portal's Japanese edition (207: the 长春 site's piece on the ten keywords of the 吉林省 work report) writes
its keywords in kanji a Chinese page shares (``1. 発展:所得増加の「確かな基盤」`` / ``「建設」は単なる建築を指すのではなく、…
を意味します。``): the headword passes as Chinese, and ``指`` inside the Japanese sentence reads as a marker. Its
explanation is Japanese — kana all through it, the particles between the kanji — and shown to a reader of a Chinese
document it explains nothing. A headword holding kana is already none (:func:`.common._good_term`); this looks at the
definition. A mojibake copy leaves a stray kana in Chinese text now and then (P215's ``變?yōu为…``): one or two kana in a
long definition are no Japanese, so the kana must be several and a fair share of the characters.
"""

from __future__ import annotations

import re

__all__ = ["japanese"]

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_HAN_OR_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u4e00-\u9fff]")
# Kana at least this many, and this share of the Han and kana characters (Japanese prose runs to a third and more).
_LEAST_KANA = 5
_LEAST_SHARE = 0.2


def japanese(definition: str) -> bool:
    """Whether ``definition`` is Japanese prose (module docstring).

    >>> japanese("「建設」は単なる建築を指すのではなく、生活の課題を的確に解決する施策を意味します。")
    True
    >>> japanese("是指中央銀行以抵押方式向商業銀行發放貸款,貨幣政策工具。變?yōu为市场"), japanese("指新的话题。")
    (False, False)
    """
    hiragana = len(_HIRAGANA.findall(definition))
    if hiragana < _LEAST_KANA:
        return False
    return hiragana >= _LEAST_SHARE * len(_HAN_OR_KANA.findall(definition))
