"""A list of numbered headword lines where some paragraphs define their word and others only tell news about it (P553's
ten hot words: ``8. 云办公`` / ``云办公是指在云端进行工作,…`` beside ``6. 疫苗`` / ``疫苗作为预防传染病的重要手段,在全球范围内
受到广泛关注。``, ``7. 直播带货`` / ``疫情期间,直播带货成为了一种新型的电商模式。``, ``2. 打工人`` / ``“打工人”一词起源于网络,原本
是…,后来逐渐演变为…``). A paragraph whose first sentence names its headword with neither a definition marker anywhere in
it nor a bare 是 right after the word is about the word — its role, a change, its origin — not a definition of it, where
the list's other paragraphs show what a definition there looks like. (A paragraph that does not name its headword, a
verbless gloss such as ``比喻说法,…``, is another matter and stays.)"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import DEFINING_ZHI, Found

__all__ = ["described_dropped"]

_STRONG = re.compile(
    rf"是指|指的是|系指|係指|意指|意为|意為|意思是|意思就是|泛指|特指|专指|專指|即(?![使便将將刻时時可])|就是|称为|稱為|叫做|{DEFINING_ZHI}"
)
# The headword's definition opening with its marker (after the layout cut the restated word off): a defined block.
_OPENS_DEFINED = re.compile(rf"[\s\u3000]*(?:是指|指的是|系指|係指|就是指|即(?![使便将將刻时時可])|{DEFINING_ZHI})")
_SENTENCE = re.compile(r"[^。！？!?]*")


# A paragraph opening with a division of its subject into kinds (政策可以按照层次分为国家政策、地方政策…, 可分为…): a
# classification, no definition (no gold definition of any set opens so).
# (Not a definition opening with its marker, 是指…将X按照…划分为…三种类型, 160: what the term is, a division.)
# (Nor 處分 before 為, a disposition: 係以行政處分為標的, 547, what a case is brought against, no division.)
_DIVISION = re.compile(
    rf"(?![\s\u3000]*(?:是|系指|係指|即|{DEFINING_ZHI}))[^,，。；;:：!！?？]{{0,20}}?(?:可以|可)?(?:按照?[^,，。；;:：]{{1,12}})?(?<![处處])(?:分为|分為|划分为|劃分為|分成)"
)


def described_dropped(found: list[Found]) -> list[Found]:
    """The page's entries (of every pass) without those whose paragraph only describes their word, when two entries at
    least open with a marker (module docstring: a paragraph under a headword line is the only entry whose definition
    names its own term — no gold definition opens with it), and without those whose paragraph opens by dividing its
    subject into kinds (``2. 政策的层次`` / ``政策可以按照层次分为…``, P554: a classification)."""
    found = [f for f in found if not _DIVISION.match(f.definition)]
    if sum(1 for f in found if _OPENS_DEFINED.match(f.definition)) < 2:
        return found
    return [f for f in found if not _only_described(f.term, f.definition)]


def _only_described(term: str, paragraph: str) -> bool:
    """Whether the first sentence of ``paragraph`` opens with ``term`` (after at most a short clause and its comma) and
    holds no definition marker, nor a bare 是 right after the word (quoted, or with 一词)."""
    key = re.sub(r"[“”\"「」『』\s\u3000]", "", term)
    first = _SENTENCE.match(paragraph).group()
    # the word opens the sentence, or its second clause after a short one setting the time (疫情期间,直播带货成为了…)
    opening = re.match(rf"[\s\u3000]*(?:[^,，。；;:：]{{1,8}}[,，][\s\u3000]*)?[“\"「『]?{re.escape(key)}", first)
    if len(key) < 2 or opening is None or _STRONG.search(first) or re.match(r"[\s\u3000]*是", paragraph):  # (a restatement cut off)
        return False
    at = opening.end() - len(key)
    return re.match(r"[”\"」』]?(?:一词|一詞|这个词|這個詞)?[\s\u3000]*[,，]?是(?![否不])", first[at + len(key) :]) is None
