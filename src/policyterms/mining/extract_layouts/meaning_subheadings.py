"""A section heading naming a term, a numbered meaning label under it, and the paragraph below saying what the term is:
``一、 公益性捐赠税前扣除资格`` / ``1. 核心含义`` / ``这是捐赠方…享受税前扣除优惠的前提条件,…`` / ``2. 关键规则`` / ``o 企业捐赠:…``.

Study notes, explainers and machine-written articles outline a term's section by its aspects, the first its meaning (P3236, a
university foundation's page on two tax qualifications, each a section with 核心含义 and 关键规则): the meaning label names no
term, the section heading does, and the paragraph under the label, opening with a pronoun and 是 (这是…, 它是…) or with the
marker itself (是指…, 指…), is the term's definition from the marker on. The other numbered labels of the section (关键规则,
主要特点) are its aspects, no headwords: an entry a headword reader made of one of them is dropped.

Read only where the meaning label opens a numbered sub-list (1. or (1)) right under a section heading numbered one level up
(一、, 第一部分, 第一章), and the heading is a term (no sentence punctuation); the definition is the paragraph's first line.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _SPACE, _good_term

__all__ = ["meaning_subheading_entries"]

# The section heading: a Chinese ordinal and 、 (or 第N部分/章), then the term alone on its line.
_SECTION = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節)[、:： \t\u3000]*)[ \t\u3000]*(?P<term>[^\s\u3000,，。；;:：!！?？]{2,24})[ \t\u3000]*$")
# A numbered sub-heading (1. X, 1、X, (1) X) alone on its line.
_SUB = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[ \t\u3000]*(?P<label>[^\s\u3000,，。；;:：!！?？]{2,12})[ \t\u3000]*[:：]?[ \t\u3000]*$")
# The meaning label itself (核心含义, 基本含义, 定义, 概念, 内涵).
_MEANING = re.compile(r"(?:核心|基本|主要)?(?:含[义義]|涵[义義]|内涵|內涵|定[义義]|概念|[释釋][义義])")
# The paragraph's opening up to its marker: a pronoun and 是 (这是, 它是, 该资格是), or the marker alone.
# (not the 指 opening a word, 指数基金是一种…, 指标, 指导思想, review 72: the paragraph restates its term, the prose pass reads it;
# the characters after 指 are those :data:`common._MARKER` refuses)
_OPENING = re.compile(r"^[ \t\u3000]*(?:(?:这|這|它|其|此|该|該)[^\s\u3000,，。；;:：]{0,6}?)?(?=是指|指(?![标標数數导導出挥揮引南示令向明日望针針战戰])|是(?![否不在]))")


def meaning_subheading_entries(text: str) -> tuple[list[Found], set[int]]:
    """The entries of the module docstring's layout, and the (1-based) lines of its sections' numbered labels, whose own
    entries (a headword reader's 核心含义 | …, 关键规则 | …) are no entries.

    >>> found, labels = meaning_subheading_entries("一、 X资格\\n1. 核心含义\\n这是捐赠方享受优惠的前提条件。\\n2. 关键规则\\no 规则:甲。\\n")
    >>> [(f.term, f.definition) for f in found], sorted(labels)
    ([('X资格', '是捐赠方享受优惠的前提条件。')], [2, 4])
    >>> meaning_subheading_entries("一、 X资格\\n1. 关键规则\\n这是要求。\\n")
    ([], set())
    """
    lines = text.split("\n")
    starts, at = [], 0
    for raw in lines:
        starts.append(at)
        at += len(raw) + 1
    found: list[Found] = []
    labels: set[int] = set()
    section = None  # (line index, term) of the last section heading
    for k, raw in enumerate(lines):
        heading = _SECTION.match(raw)
        if heading:
            section = (k, heading.group("term")) if _good_term(heading.group("term")) else None
            continue
        sub = _SUB.match(raw)
        if section is None or sub is None:
            continue
        if not _MEANING.fullmatch(sub.group("label")):
            if any(section[0] < line - 1 < k for line in labels):
                labels.add(k + 1)  # a later aspect label of a section whose meaning label came first
            continue
        if any(between.strip(_SPACE) for between in lines[section[0] + 1 : k]):
            continue  # the meaning label opens the section's sub-list, right under its heading
        j = k + 1
        while j < len(lines) and not lines[j].strip(_SPACE):
            j += 1
        if j >= len(lines):
            continue
        opening = _OPENING.match(lines[j])
        body = lines[j].rstrip(_SPACE)
        if opening is None or "。" not in body and not body.endswith(("！", "!")):
            continue
        term_line = lines[section[0]]
        term_at = starts[section[0]] + term_line.index(section[1])
        end = starts[j] + len(body)
        found.append(Found(section[1], body[opening.end() :], text[term_at:end], section[0] + 1, term_at, end))
        labels.add(k + 1)
    return found, labels
