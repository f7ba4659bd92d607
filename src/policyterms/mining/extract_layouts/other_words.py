"""A term the page has defined, defined again in other words: a restating connective after a sentence end, then the term
and a marker (``設置保安林之目的在藉由…。換言之,保安林係利用森林覆蓋之功能,…依森林法予以編訂而管理經營之森林,而沿海地區之
保安林則以林木構築成屏障,…。``, 851, a forestry branch's 何謂保安林 page).

Explainers and answer pages close a paragraph of aims or workings by saying what the thing is once more, opened by 换言之,
换句话说, 简言之 or 也就是说 (换而言之 too): the connective says the sentence restates, so a bare 系/係 or 是 (or 就是) there names
the class as 是指 does.
Two readings follow from it:

* :func:`restated_in_other_words` — an explanation under a headword line ends before the paragraph holding such a
  restatement of its own term (``headwords._blocks``): the paragraph is a definition of its own, not more of the answer
  (the aims sentence opening it, 設置保安林之目的在…, is no gloss);
* :func:`other_words_restatements` — the restatement is an entry (a term defined again counts again, as a summary paragraph's
  ``总的来说,X是指…`` does): the term as the sentence writes it, the definition from the marker to the paragraph's end.

Only a term an entry already found on the page defines is read (or its head noun, three characters at least, closing such a
term: ``…对暴雨重现期作出过这样的定义:…。换而言之,重现期就是…``, P2877), so a connective before a new subject (换言之,我们…) or a
word the page never glosses gives nothing; a verdict after a bare 是 (``换言之,X是关键``: ``topics._role``, ``topics._weighs``)
is none either.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import SENTENCE_STOP, Found, _L, _SPACE
from policyterms.mining.extract_layouts.topics import _role, _weighs, term_core

__all__ = ["other_words_restatements", "restated_in_other_words"]

# A restating connective after a sentence end (or opening the paragraph), the term, quoted or not, and its marker.
_IN_OTHER_WORDS = re.compile(
    r"(?:^|(?<=[。！？!?]))[\s\u3000]*(?:换言之|換言之|换而言之|換而言之|换句话说|換句話說|简言之|簡言之|也就是说|也就是說)[,，][\s\u3000]*"
    r"(?P<term>[“「]?[^\s\u3000,，。；;:：“”「」]{2,20}?[”」]?)[\s\u3000]*(?P<marker>是指|系指|係指|就是(?![说說])|系|係|是(?![否不什]))"
)
# Whose the thing is or whose concern (換言之,保安林是全民共同的財產, 也就是说,X是每个人的责任, 大家的事, review 53): the
# restatement tells who owns or bears it, no class.
_OWNED = re.compile(
    r"[\s\u3000]*(?:全民|大家|全社会|全社會|每个人|每個人|所有人|人人|我们|我們|全体|全體)[^,，。；;]{0,6}?的"
    r"(?:财产|財產|财富|財富|事|事情|责任|責任|义务|義務|资源|資源)[\s\u3000]*(?:[,，。；;！!]|$)"
)


def _core(term: str) -> str:
    return term_core(strip_pinyin(term).strip(_SPACE + "“”「」\""))


def restated_in_other_words(paragraph: str, term: str) -> re.Match | None:
    """The restatement of ``term`` in ``paragraph`` after a restating connective, or None.

    >>> bool(restated_in_other_words("设置保安林之目的在…。换言之,保安林系利用森林覆盖之功能之森林。", "保安林"))
    True
    >>> restated_in_other_words("设置保安林之目的在…。换言之,我们要保护森林。", "保安林") is None
    True
    """
    core = _core(term)
    if len(core) < 2:
        return None
    for match in _IN_OTHER_WORDS.finditer(paragraph):
        if _core(match.group("term")) == core:
            return match
    return None


def _restates_found(core: str, terms: set[str]) -> bool:
    """Whether ``core`` is a term an entry defines, or the head noun closing one (three characters at least): ``…对暴雨重现期作出过
    这样的定义:…。换而言之,重现期就是…`` (P2877, a news explainer) restates the defined word by its head, the general word
    the page goes on to explain, as the connective says."""
    return core in terms or len(core) >= 3 and any(term.endswith(core) for term in terms)


def other_words_restatements(lines: list[_L], free: list[bool], found: list[Found]) -> list[tuple[list[int], Found]]:
    """``([line], entry)`` for each free line restating, in other words, a term an entry of ``found`` defines (module
    docstring): the definition from the marker to the line's last complete sentence."""
    terms = {_core(entry.term) for entry in found}
    out: list[tuple[list[int], Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        text = line.raw.rstrip(_SPACE)
        match = next((m for m in _IN_OTHER_WORDS.finditer(text) if _restates_found(_core(m.group("term")), terms)), None)
        if match is None:
            continue
        definition = text[match.start("marker") :]
        said = definition[len(match.group("marker")) :]
        if match.group("marker") in ("是", "系", "係", "就是") and (
            _role(said) or _weighs(said, match.group("term")) or _OWNED.match(said)
        ):
            continue  # 换言之,X是…的关键: its standing, no class; 換言之,保安林是全民共同的財產: whose it is (review 53)
        ends = list(SENTENCE_STOP.finditer(definition))
        if not ends:
            continue  # the page cuts its only sentence
        definition = definition[: ends[-1].end()]
        quote = text[match.start("term") : match.start("marker") + len(definition)]
        start = line.start + match.start("term")
        out.append(([line.index], Found(match.group("term"), definition, quote, line.index + 1, start, start + len(quote))))
    return out
