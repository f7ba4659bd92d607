"""A definition's closing lead-in announcing the defined thing's own aspects (``…的方法。其核心在于:``, ``…共同参与基层
治理。具体措施包括:``, ``…的正式名录。其核心含义包含以下三层:``): the golds keep it as the definition's last sentence,
as they keep ``其核心特点包括:`` and ``政策目标包括:``. Its subject is only an aspect noun (措施, 核心, 含义, 内容 …),
bare or after ``其``/``具体``/``主要``, so it can be about nothing but the term just defined; a discourse connective
(``具体来说:``) or a lead-in with a subject of its own (``…与耕地面积有以下两方面区别:``) stays cut."""

from __future__ import annotations

import re

# (其)(具体|主要|基本|核心)? + an aspect noun + (主要)? + a verb announcing items (包括, 包含, 有, 在于, 体现在) + (以下 N 层/点/方面)? + :
_ASPECT_LEAD_IN = re.compile(
    r"[\s\u3000]*(?:其|它的|该|該)?(?:具体|具體|主要|基本|核心)?"
    r"(?:措施|做法|举措|舉措|内容|內容|要求|形式|途径|途徑|方式|方法|目标|目標|任务|任務|表现|表現|核心|重点|重點|原则|原則"
    r"|含义|含義|涵义|涵義|内涵|內涵)"
    r"(?:主要)?(?:包括|包含|有|在于|在於|体现在|體現在|体现为|體現為)"
    r"(?:以下|如下)?(?:[几幾二两兩三四五六七八九十]?(?:个|個|点|點|项|項|层|層|方面))?[\s\u3000]*[:：][\s\u3000]*"
)


def announces_own_aspects(sentence: str) -> bool:
    """Whether ``sentence`` (pinyin removed) is a closing lead-in whose subject is only an aspect of the term just defined
    (``具体措施包括:``, ``其核心在于:``), kept as the definition's last sentence."""
    return _ASPECT_LEAD_IN.fullmatch(sentence) is not None


# Such a lead-in closing a definition that ends the text (``…的正式名录。其核心含义包含以下三层:`` pasted alone).
_CLOSING = re.compile(r"(?<=[。！？!?”」』)）])[^。！？!?:：]{1,30}[:：][\s\u3000|]*$")


def dangling_aspect_lead_in(definition: str) -> re.Match[str] | None:
    """The aspect lead-in closing ``definition`` (``其核心在于:``), when there is one: at the text's end the list it
    announces was cut, and the definition before it is whole, as with a dangling ``主要包括:``."""
    match = _CLOSING.search(definition)
    return match if match is not None and announces_own_aspects(match.group().strip(" \u3000|")) else None
