"""Paragraphs opening with a run-in label, the name of what they describe closed by a full stop, then a sentence restating
that name as its subject before 是 or 就是 (``大数据技术。大数据技术是一种…的数据集合,…`` / ``区块链技术。区块链就是…``, P2726, a
company's industry-news article on the technologies of a trade). The label is a headword line flattened into its paragraph:
the subject restating it is the term, as under a headword line, and the definition runs to the paragraph's end, as a
headword's explanation does.

Only a series: two such paragraphs on the page at least, so a lone verbless sentence opening a paragraph (a news lead's
``新知。``) is no label. The subject must be the label or the label's opening words (区块链 of 区块链技术, the kind word 技术
left off), and the label itself no sentence (no verb mark, no comma). A bare 是 or 就是 must name a class, not the matter's
standing, a role or a slogan (人才。人才是第一资源, review 64: ``_states_standing``)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L
from policyterms.mining.extract_layouts.topics import _RANKED, _WEIGHT, _first_clause, _role, _weighs, term_core

# The label (two to fifteen characters, no clause mark), its full stop, the restating subject (a bracketed abbreviation
# allowed after it, 人工智能(AI)) and the marker: 是指, 指的是, 就是 or a bare 是 (not 是否, 是在, 是不是).
_LABELLED = re.compile(
    r"^[\s\u3000]*(?P<label>[^\s\u3000,，。；;:：、!！?？“”「」()（）]{2,15})。[\s\u3000]*"
    r"(?P<term>(?P<subject>[^\s\u3000,，。；;:：、!！?？“”「」()（）]{2,15}?)(?:[(（][A-Za-z0-9+ ]{1,12}[)）])?)"
    r"(?P<marker>是指|指的是|就是|是(?![否在不]))"
)
# (at least this many labelled paragraphs on the page)
_SERIES = 2
# A bare 是 or 就是 after the label names a class only over a clause that says which of its kind the thing is: one opening
# with a measure counting it as one of a kind (是一种…的模式, 就是一个又一个区块组成的链条, 是一门…学科) or one of some length
# (是政府为履行其职能而筹集的一切资金的总和). A report's sections labelled so give their matter's standing in a short clause
# (人才。人才是第一资源,…, 房地产。房地产是国民经济的支柱产业。, 绿水青山。绿水青山就是金山银山, 城市。城市是人民的城市, review
# 64) or in a role or a weighed noun (创新。创新是引领发展的第一动力, 安全生产。安全生产是企业的生命线): no definitions.
_COUNTED_OPENING = re.compile(r"一(?:种|種|个|個|门|門|项|項|套|类|類)")
_CLASS_CLAUSE_LENGTH = 12
# (a weighing word and a noun closing the clause: …的第一资源)
_WEIGHED_CLOSE = re.compile(rf"(?:{_WEIGHT})(?:的)?[\u4e00-\u9fff]{{1,4}}$")


def _states_standing(predicate: str, term: str) -> bool:
    """Whether the clause after a bare 是/就是 gives the term's standing or a slogan, no class (see ``_COUNTED_OPENING``)."""
    first = _first_clause(predicate).strip("”」\"' \t\u3000\xa0")
    if _role(first) or _weighs(first, term_core(term)) or _RANKED.search(first) or _WEIGHED_CLOSE.search(first):
        return True
    return not _COUNTED_OPENING.match(first) and len(first) < _CLASS_CLAUSE_LENGTH


def run_in_label_paragraphs(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The labelled paragraphs' entries (see the module docstring): term, definition to the line's end (a full stop closing
    it, else the entry is cut and left to the cut rule)."""
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _LABELLED.match(line.raw)
        if match is None:
            continue
        label, subject = match.group("label"), match.group("subject")
        if not (label == subject or label.startswith(subject)):
            continue
        if match.group("marker") in ("是", "就是") and _states_standing(line.raw[match.end("marker") :], subject):
            continue  # 人才。人才是第一资源,…: a report's section on its matter's standing, no definition (review 64)
        body = line.raw.rstrip(" \t\u3000\xa0")
        start = line.start + match.start("term")
        end = line.start + len(body)
        definition = body[match.start("marker") :]
        out.append(([line.index], Found(match.group("term"), definition, body[match.start("term") :], line.index + 1, start, end)))
    return out if len(out) >= _SERIES else []
