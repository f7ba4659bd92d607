"""A quoted word whose sentence first says what it does not mean, then what it does: ``“绿色建筑”的“绿色”,并不是指一般意义的
立体绿化、屋顶花园,而是代表一种概念或象征,指…`` (P557). The negated sense (``并不是指…``, ``并非指…``, ``不是指…``) is no part of
the definition, which opens after ``而是`` at its verb (代表, 指, 意味着, 表示 — kept, as P486's 代表) or, before a class
(``而是一种…``), at its 是 (as the headword-line pass reads P548's ``所謂「炒雞」並非…,而是…``); ``而是要…`` says what to do, and
so does a verb before a person or a duty (a speech's ``而是表示我们要…``). The word must be quoted (a frame ``“X”的“Y”`` kept whole, as
P543's 亂的本义) and the negation must be of a meaning (…是指): ``“双减”并不是要…,而是要…`` in a report defines nothing."""

from __future__ import annotations

import re

__all__ = ["negated_then_sense"]

_QUOTED = r"[“「\"][^“”「」\"\n,，。；;:：]{1,16}[”」\"]"
# A person or a duty after the verb (而是表示我们要…, 而是意味着大家必须…): a speech's saying what to do, no sense (我国 is
# a place: 而是指我国…).
_SPEAKERS = r"[我你他她咱][们們]|我(?![国國省市区區县縣])|大家|要|应|應|必须|必須|需要"
# What a word expresses, after 是 (是对某些语言现象或文化元素的一种形象化表达, P925): a name's sense, as 是一种 gives its class.
_EXPRESSES = (
    r"[对對][^。；;,，]{1,40}的(?:一[种種个個])?[^。；;,，的]{0,8}"
    r"(?:表达|表達|称呼|稱呼|称谓|稱謂|说法|說法|概括|比喻|描述|总称|總稱|统称|統稱)(?=[。；;,，]|$)"
)
_NEGATED_SENSE = re.compile(
    rf"[\s\u3000]*(?P<term>{_QUOTED}(?:的{_QUOTED})?)[\s\u3000]*[,，]?[\s\u3000]*"
    r"(?:并不是指|並不是指|并非指|並非指|并非是指|並非是指|不是指|并不单指|並不單指|(?P<plain>并非|並非))[^。；;!！?？]{1,80}?[,，][\s\u3000]*而"
    rf"(?P<is>是)(?:(?P<verb>代表|指(?![导導出引明挥揮示令定向南标標数數望])|意味着|意味著|意指|表示)(?!(?:{_SPEAKERS}))|(?=一[种種个個项項类類])"
    rf"|(?={_EXPRESSES}))"
)


def negated_then_sense(sentence: str) -> tuple[str, int] | None:
    """``(term, where the definition starts)`` for a sentence opening so (module docstring), or None.

    >>> negated_then_sense("“绿色建筑”的“绿色”,并不是指一般意义的立体绿化、屋顶花园,而是代表一种概念或象征,指建筑对环境无害。")
    ('“绿色建筑”的“绿色”', 33)
    >>> negated_then_sense("“双减”并不是要减掉教育,而是要减轻负担。") is None, negated_then_sense("创新不是指口号,而是指行动。") is None
    (True, True)
    >>> negated_then_sense("“放管服”并不是指简单放权,而是要转变政府职能。") is None
    True
    >>> negated_then_sense("“双减”并不是指简单地减少作业,而是表示我们要把教育的重心放回学校。") is None
    True
    >>> negated_then_sense("“小锣汉语大词典”并非一本实际存在的词典,而是对某些语言现象或文化元素的一种形象化表达。")
    ('“小锣汉语大词典”', 22)
    >>> negated_then_sense("“双减”并非要减掉教育,而是要减轻学生过重的作业负担。") is None
    True
    """
    match = _NEGATED_SENSE.match(sentence)
    if match is None:
        return None
    return match.group("term"), match.start("verb") if match.group("verb") else match.start("is")
