"""A quoted word whose sentence first says what it does not mean, then what it does: ``“绿色建筑”的“绿色”,并不是指一般意义的
立体绿化、屋顶花园,而是代表一种概念或象征,指…`` (P557). The negated sense (``并不是指…``, ``并非指…``, ``不是指…``) is no part of
the definition, which opens after ``而是`` at its verb (代表, 指, 意味着, 表示 — kept, as P486's 代表) or, before a class
(``而是一种…``), at its 是 (as the headword-line pass reads P548's ``所謂「炒雞」並非…,而是…``); ``而是要…`` says what to do, and
so does a verb before a person or a duty (a speech's ``而是表示我们要…``). The word must be quoted (a frame ``“X”的“Y”`` kept whole, as
P543's 亂的本义) and the negation must be of a meaning (…是指): ``“双减”并不是要…,而是要…`` in a report defines nothing.

A term said to be no thing of one kind but a thing of another (``源网荷储一体化并非简单的物理连接,而是…的能源系统。``,
``“虚拟电厂”并不是一座…发电厂,而是一个…的“智能能源聚合平台”。``) is defined by the contrast as a whole, from the negation
(:func:`contrast_defines`): the topics pass reads it of the page's topic, the headword-line pass as the answer to a question
title (:func:`answer_contrast`)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import DEFINING_ZHI

__all__ = ["NOT_BUT", "answer_contrast", "contrast_defines", "negated_then_sense", "pronoun_contrast"]

# A negation of what the term is (并非…, 并不是…): not of a meaning (并不是指…, read by negated_then_sense), an aim (并不是要…),
# a cause (并非因为…), a saying or a scope (并不只…, 并非所有…).
NOT_BUT = r"(?:并非|並非|并不是|並不是)(?!指|是指|要|因为|因為|由于|由於|在于|在於|说|說|只|仅|僅|所有|每)"
# The 而是 clause that follows in the same sentence naming what the term is: a class after 的 or 一个/一种 closing the sentence
# (而是…实现的…的能源系统, 而是一个…的“智能能源聚合平台”) — not a duty, a cause or an aim (而是要…, 而是因为…, 而是为了…).
# (or its pronoun and 是 turning to the term, 夜经济并非简单的“夜间购物”或“夜市”,它是一个涵盖…的综合性经济活动体系。, P1341)
_RATHER_CLASS = re.compile(
    r"[^。；;!！?？]{1,60}?[,，][\s\u3000]*(?:而是|它是)(?!要|因为|因為|为了|為了|在于|在於|由于|由於|说|說)"
    r"[^。；;!！?？]*?(?:的|一[个個种種项項类類])[^的,，。；;!！?？]{1,12}?[”」』\"]?(?:[。；;!！]|$)"
)
# A plain-words connective before the term in an answer (顾名思义,“X”…; 简单来说,X…).
_CONNECTIVE = re.compile(
    r"(?:顾名思义|顧名思義|简单来说|簡單來說|简单地说|簡單地說|简单说|簡單說|通俗地说|通俗地說|通俗来说|通俗來說|说白了|說白了)[\s\u3000]*[,，][\s\u3000]*"
)


def contrast_defines(sentence: str) -> bool:
    """Whether ``sentence``, opening at a negation, says what the term is not and then, after 而是, names its class.

    >>> contrast_defines("并非简单的物理连接,而是通过数字化、智能化技术实现的多能互补、时空协同的能源系统。其核心…")
    True
    >>> contrast_defines("并不是以革命代替生产,而是要用革命统帅生产,促进生产,带动生产。")
    False
    >>> contrast_defines("并不是因为我们缺乏人力和自然资源,而是因为缺乏一个能够适应生产力发展的需要的社会制度。")
    False
    """
    negation = re.match(NOT_BUT, sentence)
    return negation is not None and _RATHER_CLASS.match(sentence, negation.end()) is not None


# 它 opening a sentence that says what the term it points back to is not and then what it is (它不是…,而是…的综合性治理平台):
# after 它 the plain 不是 and 绝非 negate as 并非 does.
_PRONOUN_NOT = re.compile(r"(?:它|它们|它們)[\s\u3000]*(?P<neg>(?:并|並)?不是|(?:并|並|绝|絕)非)(?!指|是指|要|因为|因為|由于|由於|在于|在於|说|說|只|仅|僅|所有|每)")


def pronoun_contrast(sentence: str) -> int | None:
    """Where the definition opens (at the negation) when ``sentence`` opens with 它 and says what the thing is not and then,
    after 而是, names its class; None otherwise.

    >>> pronoun_contrast("它不是简单的商品兑换点,而是集政策宣传、服务管理于一体的综合性治理平台。")
    1
    >>> pronoun_contrast("它不是要取代市场,而是要补充市场。") is None
    True
    """
    match = _PRONOUN_NOT.match(sentence)
    if match is None or _RATHER_CLASS.match(sentence, match.end()) is None:
        return None
    return match.start("neg")


def answer_contrast(explanation: str, term: str) -> tuple[str, int] | None:
    """``(term as the answer writes it, where the definition opens)`` when the answer under a question title asking
    about ``term`` opens, after a plain-words connective, with the term (quoted or not) and a negated comparison
    (``什么是虚拟电厂?`` / ``顾名思义,“虚拟电厂”并不是…,而是一个…平台。``): the definition is the contrast, the term as
    quoted there; None otherwise.

    >>> answer_contrast("顾名思义,“虚拟电厂”并不是一座发电厂,而是一个聚合资源的“智能能源聚合平台”。", "虚拟电厂")
    ('“虚拟电厂”', 11)
    >>> answer_contrast("虚拟电厂并不是要取代电厂,而是要补充它。", "虚拟电厂") is None
    True
    """
    bare = term.strip(" \t\u3000“”「」\"")
    connective = _CONNECTIVE.match(explanation)
    at = connective.end() if connective else 0
    for written in (f"“{bare}”", f"「{bare}」", bare):
        if explanation.startswith(written, at) and contrast_defines(explanation[at + len(written) :]):
            return written, at + len(written)
    return None

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
    rf"(?P<is>是)(?:(?P<verb>代表|{DEFINING_ZHI}|意味着|意味著|意指|表示)(?!(?:{_SPEAKERS}))|(?=一[种種个個项項类類])"
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
