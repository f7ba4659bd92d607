"""A news item's headword over what people said about it: the question it asks, and the remark it opens with.

A news feature on a report's new words prints each word as a headword line over paragraphs of experts' remarks
(a Hong Kong paper's copy of such an item, P970: ``「黨代會代表提案制」`` / ``報告提出了將實行「黨代會代表提案制」。`` /
``何為黨代會代表提案制?中央黨校…副教授高中華說,就是黨代表以書面形式提出…的制度,…。``). Two shapes decide what such a block
gives:

* :func:`asked_answer` — the explanation asks what the headword is (``何為X?``, ``什么是X?``) and the next words answer, after
  an attribution to a speaker or a source if any (``…高中華說,``, ``据…介绍,``), from a marker (``就是``, ``是指``, ``指``,
  ``是``): the entry is the term as the question names it, from the marker to the end of the answer's paragraph (the
  sentence reporting that the report proposed it is no part of it);
* :func:`exam_term_answers` — an exam bank's term question (``名词解释题 10.国民生产总值(GNP)``) over its labelled answer
  (``【正确答案】一个国家的所有常住居民…的市场价值总和。…``): the question names the term, the answer is its definition;
* :func:`asked_term_answers` — the same question asked as a question (``什么是失业率; 失业率名词解释定义是什么?``) over the
  answer's label alone on its line (``【参考答案】``) and the answer on the next (P2479): the answer's line, whole;
* :func:`opens_with_quoted_remark` — the explanation opens with a whole sentence in quotation marks followed by who said
  it (``「中國下一步改革不僅更加注重『頂層設計』,還會進一步強化『頂層推動』。」中國…研究院院長遲福林在…讀出重要信息``): an
  expert's reading of the word, no explanation of it; a quoted example sentence glossed right after its closing mark
  (``“我太难了。”是一句网络流行语,…``) still explains.
"""

from __future__ import annotations

import re

from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import DEFINING_ZHI, HAN, Found, _L
from policyterms.text.fold import strip_pinyin

__all__ = ["asked_answer", "asked_paragraphs", "asked_term_answers", "exam_term_answers", "opens_with_quoted_remark"]

_SPACE = " \t\u3000\xa0"

# A question about a term (何為X?, 什么是“X”?) and its answer: an optional attribution to a speaker (…說,, …表示,) or a
# source (据…,), then the marker opening the definition.
_ASKED = re.compile(
    r"(?:何谓|何謂|何为|何為|什么是|什麼是|什么叫|什麼叫)[\s\u3000]*(?P<term>[^,，。；;:：?？\s\u3000]{2,25}?)[\s\u3000]*[?？][\s\u3000]*"
    r"(?P<said>(?:(?:据|據|根据|根據)[^,，。；;:：?？]{2,40}|[^,，。；;:：?？]{2,40}?(?:说|說|表示|认为|認為|指出|介绍|介紹|解释|解釋))[,，:：][\s\u3000]*)?"
    r"(?P<plain>(?:简单|簡單|通俗)(?:地|点|點|啲)?(?:来|來|嚟)?(?:说|說|讲|講)(?=就是))?"
    rf"(?P<marker>就是指|就是|是指|指的是|系指|係指|{DEFINING_ZHI}|可以?(?:简单|簡單)?(?:地)?理解[为為]|是(?![否在]))"
)
_QUOTES = "“”「」『』\"'‘’"


def asked_answer(text: str, term: str) -> tuple[str, int, int, int] | None:
    """In an explanation ``text`` (one paragraph), the answer to a question asking what ``term`` is: (the term as the
    question writes it, where the question starts, where the term stands, where the definition starts); None when the
    paragraph asks no such question. The definition runs to the end of the paragraph.

    >>> text = "報告提出了將實行「黨代會代表提案制」。何為黨代會代表提案制?中央黨校副教授高中華說,就是黨代表以書面形式提出意見和建議的制度。"
    >>> term, asked, at, start = asked_answer(text, "「黨代會代表提案制」")
    >>> term, text[start:]
    ('黨代會代表提案制', '就是黨代表以書面形式提出意見和建議的制度。')
    >>> asked_answer("何為黨代會代表提案制?這是一個好問題。", "「黨代會代表提案制」") is None
    True
    >>> asked_answer("何為頂層設計?就是…。", "「頂層推動」") is None
    True
    """
    key = strip_pinyin(term).strip(_SPACE + _QUOTES)
    for match in _ASKED.finditer(text):
        if strip_pinyin(match.group("term")).strip(_QUOTES) == key and text[match.end() :].strip(_SPACE):
            return match.group("term"), match.start(), match.start("term"), match.start("marker")
    return None


def asked_paragraphs(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """A paragraph opening with the question what a term is and answering it run in (``什么是“两个责任”?简单说,就是在党风
    廉政建设上的一种“责任追究制度”,…。``, P1423): the term as the question names it, the answer from its marker (a plain-words
    lead such as ``简单说,`` or ``简单来说`` left out) to the paragraph's end, which must close a sentence. A question whose
    answer is no definition (``什麼是X?這是一個好問題。``) gives nothing.

    The questions may also stand inside the paragraph, each right after a sentence's end (a broker's news page runs its
    explainer into one paragraph: ``…非同小可。什么是 MPF?是指香港强制性公积金。…以定期定额进行投资。什么是平均成本法?可简单
    理解为 “上涨买少  下跌买多”。…``, P2511): each answer runs to the next such question. A paragraph cut by the page (the
    text's last line, no closing stop) ends the last answer at its last whole sentence. A numbered heading asking and
    answering in a phrase (``一、什么是既往症?简单来说就是"投保前已存在的健康问题"``, P2515, a blank line below) is whole
    without a stop.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> lines = _lines("  什么是“两个责任”?简单说,就是党委负主体责任,纪委负监督责任。\\n什麼是X?這是一個好問題。")
    >>> [(e.term, e.definition) for _, e in asked_paragraphs(lines, [True, True])]
    [('“两个责任”', '就是党委负主体责任,纪委负监督责任。')]
    >>> lines = _lines("意义非同小可。什么是 MPF?是指香港强制性公积金。其作用相当于社保基金。什么是平均成本法?可简单理解为“上涨买少”。强积金的“平均成本法”是每月")
    >>> [(e.term, e.definition) for _, e in asked_paragraphs(lines, [True])]
    [('MPF', '是指香港强制性公积金。其作用相当于社保基金。'), ('平均成本法', '可简单理解为“上涨买少”。')]
    """
    last = max((line.index for line in lines if not line.blank), default=-1)
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw.rstrip(_SPACE)
        opening = len(raw) - len(raw.lstrip(_SPACE))
        heading = _SECTION_NUMBER.match(raw, opening)
        asked = [
            m
            for m in _ASKED.finditer(raw, opening)
            # (何为X? run into its answer stays the topic reading's, which leaves a lead's 就 out: P1051's gold)
            if m.group(0).startswith(("什么", "什麼"))
            and (m.start() == opening or heading is not None and m.start() == heading.end() or _AFTER_SENTENCE.search(raw, opening, m.start()))
        ]
        if not asked:
            continue
        closed = _CLOSED_SENTENCE.search(raw) is not None
        after = lines[line.index + 1] if line.index + 1 < len(lines) else None
        for k, match in enumerate(asked):
            end = asked[k + 1].start() if k + 1 < len(asked) else len(raw)
            answer = raw[match.start("marker") : end].rstrip(_SPACE)
            if k + 1 == len(asked) and not closed:
                if line.index == last:  # the page cut the paragraph: its last whole sentence
                    stop = _LAST_WHOLE.match(answer)
                    if stop is None:
                        continue
                    answer = stop.group(0)
                elif not (
                    heading is not None and k == 0 and match.start() == heading.end()
                    and after is not None and after.blank and not _ANY_STOP.search(answer)
                ):
                    continue
            elif k + 1 < len(asked) and not _CLOSED_SENTENCE.search(answer):
                continue
            if len(asked) == 1 and match.start() != opening and (heading is None or match.start() != heading.end()):
                continue  # one question inside a paragraph: a remark asking, the topic reading's
            if _TASK_ANSWER.match(answer):
                continue  # 什么是担当?可以理解为:要敢于直面问题。: what to do, no sense; the question still ends the answer before it
            yield line.index, Found(
                match.group("term"), answer, raw[match.start("term") : match.start("marker") + len(answer)], line.index + 1,
                line.start + match.start("term"), line.start + match.start("marker") + len(answer),
            )


# An answer saying what to do, no sense (review 58, a speech asking its own questions: 什么是担当?可以理解为:要敢于直面问题。,
# 什么是高质量发展?就是要坚持新发展理念。): 可理解为 with an instruction after its colon, as common._MARKER reads it, and 就是要/是要
# (not 要素, 要件, 要点, 要道: nouns).
_TASK_ANSWER = re.compile(
    r"(?:就是|是)要(?![素件点點害塞闻聞道津地])|可以?(?:简单|簡單)?(?:地)?理解[为為][\s\u3000]*[:：][\s\u3000]*(?:要|应|應|必须|必須|须|須|需要)"
)
# A section's number opening a heading line (一、, 1., 2、).
_SECTION_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[\s\u3000]*")
# A sentence's end right before a question inside a paragraph (…非同小可。什么是 MPF?).
_AFTER_SENTENCE = re.compile(r"[。！!？?][”」』]?[\s\u3000]*$")
# An answer up to its last whole sentence, and any sentence stop.
_LAST_WHOLE = re.compile(r".*[。！!][”」』]?", re.S)
# A text closing on a full stop or an exclamation, its closing quote after it: a whole answer before the next question.
_CLOSED_SENTENCE = re.compile(r"[。！!][”」』]?$")
_ANY_STOP = re.compile(r"[。！!？?；;]")


# A whole sentence in quotation marks opening the explanation, then words that are no marker (who said it).
_QUOTED_SENTENCE = re.compile(r"[\s\u3000]*(?:[“「][^“”「」]{6,}?[。！？!?][”」])[\s\u3000]*(?!是|指|即|意[为為思]|就是|[,，:：])")


def opens_with_quoted_remark(text: str) -> bool:
    """Whether the explanation ``text`` opens with a quoted sentence someone said (see the module docstring).

    >>> opens_with_quoted_remark("「中國下一步改革不僅更加注重『頂層設計』,還會進一步強化『頂層推動』。」中國改革發展研究院院長遲福林在十八大報告的一句話裡讀出重要信息。")
    True
    >>> opens_with_quoted_remark("“我太难了。”是一句网络流行语,表达生活中的压力。"), opens_with_quoted_remark("指由耕地改为养殖水面的土地。")
    (False, False)
    """
    return _QUOTED_SENTENCE.match(strip_pinyin(text)) is not None


# An exam bank's term question: the question kind (名词解释题), the question's number, the term and its English short name in
# brackets (left out of the term); then, on the next line, the answer after its label (【正确答案】, 【参考答案】, 【答】).
_EXAM_QUESTION = re.compile(
    r"[\s\u3000]*(?:名词解释|名詞解釋)[题題]?[\s\u3000]*(?:\d{1,3}[.．、][\s\u3000]*)?"
    r"(?P<term>[^\s\u3000,，。；;:：()（）【】?？]{2,20}?)(?:[(（][A-Za-z][A-Za-z .\-]{0,30}[)）])?[\s\u3000]*"
)
_EXAM_ANSWER = re.compile(
    r"[\s\u3000]*【(?:正确答案|正確答案|参考答案|參考答案|标准答案|標準答案|答案|答)】[\s\u3000]*(?P<definition>[^\s\u3000【].*?)[\s\u3000]*"
)


# An exam bank's term question asked as a question (什么是失业率; 失业率名词解释定义是什么?, P2479): 什么是X, then optionally a
# second clause asking it again about the same word (X名词解释定义是什么?, X的定义是什么?, X是什么意思?). The second clause
# must name the term again, so a line asking about two words (什么是X和Y?) is no such question.
_ASKED_TERM_LINE = re.compile(
    r"[\s\u3000]*(?:什么是|什麼是)[\s\u3000]*[“「]?(?P<term>[^\s\u3000,，。；;:：()（）【】?？“”「」和与與及]{2,20}?)[”」]?[\s\u3000]*"
    r"(?:[?？;；][\s\u3000]*(?:(?P=term)[^\s\u3000,，。；;:：?？]{0,12}?(?:是什么|是什麼|是什么意思|是什麼意思)[\s\u3000]*[?？]?)?)?[\s\u3000]*"
)
# The answer's label alone on its line (【参考答案】), the answer on the next line holding text.
# An answer line holding no answer (略, 见教材第三章, 解析:本题考查…, review 57), and an answer's own tag (答:) before it.
_ANSWER_PLACEHOLDER = re.compile(r"(?:略|[见見]|[参參][见見考]|[详詳][见見]|解析|[提]示|本[题題]|此[题題])")
_ANSWER_TAG = re.compile(r"(?:答|解)?[\s\u3000]*[:：]?[\s\u3000]*")
_ANSWER_LABEL_LINE = re.compile(r"[\s\u3000]*【(?:正确答案|正確答案|参考答案|參考答案|标准答案|標準答案|答案)】[\s\u3000]*[:：]?[\s\u3000]*")


def _asked_term_answer(lines: list[_L], free: list[bool], index: int) -> tuple[list[int], Found] | None:
    """The answer to the asked term question on line ``index`` (:data:`_ASKED_TERM_LINE`): the next line holding text is the
    answer's label alone (:data:`_ANSWER_LABEL_LINE`) and the one after it the answer — a verbless gloss (一般用…来表示。), as
    the answer of a 名词解释 question is. An answer restating the term (失业率是指…) is left to the prose readings, which
    read it from its marker; a page whose question is lost (名词解释 / 【参考答案】 / 是国家…, P2307) gives nothing."""
    question = _ASKED_TERM_LINE.fullmatch(lines[index].raw)
    if question is None:
        return None
    term = question.group("term")
    k = index + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    if k >= len(lines) or not free[k] or _ANSWER_LABEL_LINE.fullmatch(lines[k].raw) is None:
        return None
    a = k + 1
    while a < len(lines) and lines[a].blank:
        a += 1
    if a >= len(lines) or not free[a]:
        return None
    raw = lines[a].raw
    at = len(raw) - len(raw.lstrip(_SPACE))
    to = len(raw.rstrip(_SPACE))
    answer = raw[at:to]
    if answer.startswith((term, "【", ":", "：")) or not HAN.search(answer):
        return None
    if _ANSWER_PLACEHOLDER.match(answer) or answer.startswith(term, _ANSWER_TAG.match(answer).end()):
        return None  # 【参考答案】 / 略, 见教材…, 解析:…: no answer written; 答:失业率是指…: the prose readings' (review 57)
    return [index, k, a], Found(term, answer, answer, a + 1, lines[a].start + at, lines[a].start + to)


def asked_term_answers(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each free asked term question of an exam bank over its labelled answer
    (:func:`_asked_term_answer`): the answer line is the whole answer, with or without a closing stop (a formula may end it:
    ``…来表示。即:失业率=失业人数+(就业人数+失业人数)*100%``).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("名词解释\\n\\n什么是失业率; 失业率名词解释定义是什么?\\n\\n【参考答案】\\n\\n一般用失业人数占…的百分比来表示。")
    >>> [(e.term, e.definition) for _, e in asked_term_answers(ls, [True] * len(ls))]
    [('失业率', '一般用失业人数占…的百分比来表示。')]
    >>> ls = _lines("什么是工伤保险?\\n【正确答案】:工伤保险是指…的一种社会保险制度。")
    >>> list(asked_term_answers(ls, [True] * len(ls)))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        asked = _asked_term_answer(lines, free, line.index)
        if asked is not None:
            yield asked


def exam_term_answers(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``(lines, entry)`` for each free term question of an exam bank (:data:`_EXAM_QUESTION`, a whole line) whose next
    line holding text is its labelled answer (:data:`_EXAM_ANSWER`): the term as the question names it, the answer to its
    line's end (a verbless gloss, as the answer of a 名词解释 question is).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("名词解释题 10.国民生产总值(GNP)\\n【正确答案】一个国家的所有常住居民在一定时期内所生产的最终产品的市场价值总和。\\n【答案解析】")
    >>> [(e.term, e.definition) for _, e in exam_term_answers(ls, [True] * 3)]
    [('国民生产总值', '一个国家的所有常住居民在一定时期内所生产的最终产品的市场价值总和。')]
    >>> list(exam_term_answers(_lines("单选题 3.下列属于流量的是\\n【正确答案】B"), [True] * 2))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        question = _EXAM_QUESTION.fullmatch(line.raw)
        if question is None:
            continue
        k = line.index + 1
        while k < len(lines) and lines[k].blank:
            k += 1
        answer = _EXAM_ANSWER.fullmatch(lines[k].raw) if k < len(lines) and free[k] else None
        if answer is None:
            continue
        at, to = answer.span("definition")
        yield [line.index, k], Found(question.group("term"), answer.group("definition"), lines[k].raw[at:to], k + 1, lines[k].start + at, lines[k].start + to)
