"""Headword blocks whose explanation is set under a note label (``145、文替`` / ``【注】即文戏替身。…``, P569).

A list of new words (a content site's ``171条汉语新词语及解释``) puts each word on a numbered line and its explanation on
the line below, opened by the label ``【注】``. The label says only that a note follows: it is no part of the definition
(as ``【意思解释】`` and ``【答】`` are not). Two things the explanation may open with are no part of it either:

* a frame saying the words are read literally (``从字面意思理解是“捂住楼盘,…”``, ``按字面意思解释,``, as P526's): the
  definition opens at the 是 after it;
* and a note may explain no word at all but tell a story that ends by naming it — ``…需要透过一种媒介,就是巫毒娃娃,…``,
  ``…报告中将…的人群,定义为新中间阶层。``, ``…媒体和网络中将他称为“学术超男”…`` (as P414's 稱作為 and P418's 稱爲 name
  a word after its description): the block counts as one of the list but gives no entry. A note opening as a definition
  (即…, 指…, 是…) is read as before, whatever it names later.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import ITEM_NUMBER

__all__ = ["literal_frame_end", "note_label_end", "named_after_description"]

# The note label opening an explanation (【注】, 【注释】, 【注解】, 〔注〕, [注]), a colon after it or not.
_NOTE_LABEL = re.compile(r"^[\s\u3000]*[【〔\[](?:注|註|注释|注釋|註釋|注解|註解)[】〕\]][\s\u3000]*[:：]?[\s\u3000]*")
# A frame reading the words literally, before 是 (从字面意思理解是…, 从字面上理解,是…, 按字面意思解释,是…, 字面意思是…).
_LITERAL_FRAME = re.compile(
    r"^(?:从|從|按|依)?(?:字面|字面上|字面意思|字面意义|字面意義)(?:上|来|來)?(?:理解|解释|解釋|看|讲|講|说|說)?[\s\u3000]*[,，]?[\s\u3000]*(?=是(?![否不]))"
)
_ITEM_NUMBER = re.compile(rf"^[\s\u3000]*{ITEM_NUMBER}[\s\u3000]*")
# A verb naming a word after its description (称为X, 稱爲「X」, 定义为X, 就是X, 叫做X, 名为X), or calling it so in jest
# (…却始终不敢挂牌,被当地老百姓戏称“黑政府”, P655; 笑称, 谑称, 昵称: a nickname given after a story).
_NAMING = r"(?:被)?(?:称为|稱為|稱爲|称作|稱作|称之为|稱之為|叫做|叫作|定义为|定義為|名为|名為|就是|戏称|戲稱|笑称|笑稱|谑称|謔稱|昵称|暱稱)"


def note_label_end(explanation: str) -> int:
    """Where the explanation starts after a note label opening it (0 without one)."""
    label = _NOTE_LABEL.match(explanation)
    return label.end() if label else 0


def literal_frame_end(definition: str) -> int:
    """Where the definition starts after a frame reading the words literally (0 without one)."""
    frame = _LITERAL_FRAME.match(definition)
    return frame.end() if frame else 0


def named_after_description(explanation: str, term: str) -> bool:
    """Whether the explanation names ``term`` only after describing it (``…媒体和网络中将他称为“学术超男”…``): it does not
    open with the term, and the term stands right after a naming verb. The caller has checked that it does not open as a
    definition."""
    word = _ITEM_NUMBER.sub("", term).strip(" \t\u3000“”「」\"")  # (152、学术超男: the line's number is no part of it)
    if len(word) < 2:
        return False
    body = explanation[note_label_end(explanation) :]
    if body.lstrip("“「\"").startswith(word) or word not in body:  # (a pattern per term: built only where it can match)
        return False
    return re.search(rf"{_NAMING}[\s\u3000]*(?:一[个個场場种種位])?[“「\"]?{re.escape(word)}", body) is not None
