"""A headword line and, on the line below, a bulleted question pointing back at it, answered on the same line (``- 信用報告`` /
``* 這是什麼? 一份詳細記錄你與所有金融機構往來的歷史文件。…``, P2851, a personal-finance article laid out as an explainer's
cards: each word, then what it is, what is in it, how to get it). The question asks what the word above is — 這/这/它 point
back at it — so its answer is the word's definition; the other labels under it (``* 裡面有什麼?``, ``* 如何取得?``) ask other
things and are left to the rules that read them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L, _good_term

__all__ = ["pointed_questions"]

_SPACE = " \t\u3000\xa0\r"
# The headword line: a bullet or a dash and a short word alone (- 信用報告, • 信用分數).
_BULLETED_HEADWORD = re.compile(r"[-–•·*＊][\s\u3000]*(?P<term>[^\s\u3000,，。；;:：?？!！]{2,20})")
# The question line below: a bullet, a pronoun pointing back (這, 这, 它) and 'what is', then the answer after the mark
# (* 這是什麼? 一份…。, * 它是什么:…).
_POINTED_QUESTION = re.compile(
    r"[-–•·*＊][\s\u3000]*(?:这|這|它)(?:是|指)(?:什么|什麼|甚麼|甚么|啥)[\s\u3000]*[?？:：][\s\u3000]*(?P<answer>[^\s\u3000].*[。！!])"
)


def pointed_questions(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each bulleted headword line over a question pointing back at it (module docstring): the term
    and the answer on the question's line, to its end."""
    for k in range(len(lines) - 1):
        line, below = lines[k], lines[k + 1]
        if line.blank or below.blank or not free[k] or not free[k + 1]:
            continue
        head = _BULLETED_HEADWORD.fullmatch(line.raw.strip(_SPACE))
        if head is None or not _good_term(head.group("term")):
            continue
        raw = below.raw.rstrip(_SPACE)
        question = _POINTED_QUESTION.fullmatch(raw.lstrip(_SPACE))
        if question is None:
            continue
        at = len(raw) - len(raw.lstrip(_SPACE)) + question.start("answer")
        answer = question.group("answer")
        yield [k, k + 1], Found(head.group("term"), answer, answer, k + 2, below.start + at, below.start + len(raw))
