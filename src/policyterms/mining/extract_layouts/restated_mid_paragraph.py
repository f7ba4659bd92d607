"""A headword line whose paragraph defines it only after frame sentences: the word restated at the start of a later
sentence, before 是 or 是指 (``- 猩红热`` / ``4月份共接获73例猩红热病例申报,较去年同月…。猩红热是由A群β-溶血性链球菌…感染引起的
急性呼吸道传染病。…``, 749, a health bureau's monthly news on notifiable diseases).

A health bureau's or a statistics office's news item heads each disease or indicator with a line of its own (a dash or
a bullet before it, or none) and opens its paragraph with the month's figures, then says what the thing is in a
sentence opening with the word: the figures are a frame, no part of the definition. The term is the headword as the
sentence restates it, a bracketed short form kept (``流行性感冒(简称流感)是…``, as the gold writes it); the definition runs
from the marker to the end of the paragraph, or, where the page cuts the paragraph, to its last complete sentence.

Not read: a paragraph that opens with the word (the older headword-line rules read it), a sentence giving the word's
standing after a bare 是 (``流行性感冒是本月最常见的疾病之一``: ``topics._role``), a headword line with punctuation or more
than twelve characters (a heading, not a word), and a word restated only inside a sentence.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, Found, _L, _SPACE, _good_term, _is_furniture, _page_furniture_term
from policyterms.mining.extract_layouts.topics import _role, _weighs

__all__ = ["restated_mid_paragraph"]

# The headword line: an optional dash or bullet, then a bare word of Chinese characters.
_HEADWORD_LINE = re.compile(r"[\s\u3000]*(?:[-–—•●·▪◦*＊][\s\u3000]*)?(?P<word>[\u4e00-\u9fff]{2,12})[\s\u3000]*")
# The restated word's sentence: after a full stop, the word, an optional bracketed short form, then the marker (是 not
# 是否/是在/是由於…, which state no class; 是由…引起的 names a cause-defined class and stays).
_MARKER = r"(?:是指|係指|系指|是(?![否在因为為不什])(?!由于|由於))"
# A ranking in the clause after a bare 是 (疫情防控是当前最重要的工作, review 50): the word's standing, no class — unless the
# clause closes on the word's own head, a class by genus (诺如病毒是最常见的导致急性肠胃炎的病毒).
_RANKED = re.compile(r"[^,，。；;]*?(?:最|首要|头等|頭等)")
_CLAUSE = re.compile(r"[^,，。；;！？!?]*")
# A clause urging what to do (人人都要参与, 需要全社会共同努力, 重要的是清除積水): the sentence goes on with an exhortation, not a
# gloss. 要 in 主要 (mainly) urges nothing: 登革熱是蚊傳疾病,主要透過…傳播, 百日咳是細菌感染,主要影響…, a health monthly's
# bullets, tell how the disease spreads or whom it strikes (review 52).
_URGED = re.compile(r".*?(?:(?<!主)要|须|須|应当|應當|必须|必須|需要|人人|大家|共同|一起)")


def _verdict(predicate: str, word: str) -> bool:
    """Whether the clause after a bare 是 ranks the word (``当前最重要的工作``) or is a set phrase of four characters or fewer
    (``垃圾分类是新时尚。``) closing its sentence: a verdict on a work topic, no class. A short clause the sentence goes on
    after (``登革熱是蚊傳疾病,由登革熱病毒引起,…``, ``猩紅熱是細菌感染,由A群鏈球菌引起。``, review 51) names the class, the
    cause or the spread following it, as a health monthly's disease bullets do."""
    clause = _CLAUSE.match(predicate).group()
    closing = predicate[len(clause) : len(clause) + 1] in ("", "。", "！", "!")
    if not closing:  # (垃圾分类是新时尚,人人都要参与。: the set phrase, then what one must do about it)
        closing = _URGED.match(_CLAUSE.match(predicate, len(clause) + 1).group()) is not None
    return (len(clause) <= 4 and closing) or (_RANKED.match(clause) is not None and not clause.endswith(word[-2:]))


def restated_mid_paragraph(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Each free headword line whose next line, a free paragraph, restates the word at the start of a later sentence
    before a marker (module docstring) as an entry: the term as restated, the definition from the marker."""
    out: list[tuple[list[int], Found]] = []
    for k, line in enumerate(lines[:-1]):
        if line.blank or not free[k]:
            continue
        head = _HEADWORD_LINE.fullmatch(line.raw)
        below = lines[k + 1]
        if head is None or below.blank or not free[k + 1]:
            continue
        word = head.group("word")
        if not _good_term(word) or _is_furniture(word) or _page_furniture_term(word):
            continue
        text = below.raw.rstrip(_SPACE)
        if text.lstrip(_SPACE + "“「『\"").startswith(word):
            continue  # the paragraph opens with the word, quoted or not (碳达峰 / “碳达峰”是指…): the older rules' layout
        restated = re.compile(
            rf"(?<=[。！？!?])[\s\u3000]*(?P<term>{re.escape(word)}(?:[(（][^()（）。,，]{{1,15}}[)）])?)(?P<marker>{_MARKER})"
        ).search(text)
        if restated is None:
            continue
        definition = text[restated.start("marker") :]
        if restated.group("marker") == "是" and (_role(definition[1:]) or _weighs(definition[1:], word) or _verdict(definition[1:], word)):
            continue  # …是本月最常见的疾病之一: its standing, no definition
            # (营商环境 / 今年我区新增市场主体…。营商环境是企业生存发展的土壤…; 疫情防控是当前最重要的工作, review 50: a news item on
            # a work topic opening with the year's figures, then the topic weighed or ranked, as an opinion's lead weighs it)
        ends = list(SENTENCE_STOP.finditer(definition))
        if not ends:
            continue  # the page cuts its only sentence
        definition = definition[: ends[-1].end()]  # (a paragraph the page cuts ends at its last complete sentence)
        start = below.start + restated.start("term")
        end = below.start + restated.start("marker") + len(definition)
        quote = text[restated.start("term") : restated.start("marker") + len(definition)]
        out.append(([k, k + 1], Found(restated.group("term"), definition, quote, below.index + 1, start, end)))
    return out
