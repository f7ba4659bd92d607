"""A question about a word put and denied, then what the word is: ``那么,“无废城市”是要求城市一点都不产生垃圾吗?并非如此。它其实是
一种追求绿色、循环发展的城市模式和管理理念。核心目标是…。`` (P2318, a news account's explainer). Explainers and answer pages
correct a common misreading so (``X就是…吗?其实不然。X是…``, ``X是不是…?不是的。它是…``): the question names the word, the denial
says the reading is wrong, and the sentence after it — its subject 它, 其 or the word again, 其实/实际上 allowed — says what the
word is. The definition opens at that sentence's 是 (其实 is the writer's correction, no part of it) and runs to the paragraph's
end; the term is the word as the question writes it.

Only a question closing on 吗/么 and a denial standing as a sentence or a clause of its own (并非如此, 不是的, 其实不然, 当然不是)
count: a question answered yes, or a denial going on about something else (``并非如此简单``), says nothing of what the word is.

The misreading may be denied in a statement instead of a question: ``「调解」并非叫大家庭外和解草草了事。「调解」其实是一种很专业的
解决问题方法。…`` (858, a justice secretary's letter on a government site). The sentence opens with the word and 并非/不是, and the
next one, its subject the word again (or 它, 其), corrects it with 其实/实际上/实则 before 是: the correction word is required here,
as without a question nothing else marks the second sentence as the answer (``X不是…。X是…的关键`` weighs it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _FINISHED, _L, _SPACE, Found, _good_term

__all__ = ["denied_questions"]

_DENIED = re.compile(
    r"(?:^|(?<=[。！？!?]))[\s\u3000]*(?:(?:那么|那麼|那|可是|但是|但)[\s\u3000]*[,，]?[\s\u3000]*)?"
    r"(?P<term>[“「][^“”「」\n,，。]{2,16}[”」]|[\u4e00-\u9fff]{2,12}?)"
    r"(?:就|只|真的|难道|難道)?(?:是|要|等于|等於)[^。！？!?\n]{1,60}?(?:吗|嗎|么|麼)[?？][\s\u3000]*"
    r"(?:并非如此|並非如此|并不是这样|並不是這樣|不是这样|不是這樣|不是的|其实不然|其實不然|实则不然|實則不然|当然不是|當然不是|非也)[。！!,，]"
    r"[\s\u3000]*(?P<subject>它|其|[“「]?(?P=term)[”」]?)?(?:其实|其實|实际上|實際上|实则|實則)?[\s\u3000]*(?P<is>是)(?![否不])"
)

# The misreading denied in a statement (请你不要误会,「调解」并非叫大家庭外和解草草了事。「调解」其实是…): a lead clause if any
# (请你不要误会, 事实上), the word, 并非/不是 and the reading denied, a sentence end, then the word again (or 它, 其) and a correction word before 是.
_DENIED_STATEMENT = re.compile(
    r"(?:^|(?<=[。！？!?]))[\s\u3000]*(?:[^。！？!?,，“”「」\n]{1,12}[,，][\s\u3000]*)?"
    r"(?P<term>[“「][^“”「」\n,，。]{2,16}[”」]|[\u4e00-\u9fff]{2,12}?)"
    r"(?:并非|並非|并不是|並不是|不是)(?!否)[^。！？!?\n]{1,60}?[。！!][\s\u3000]*"
    r"(?P<subject>它|其|[“「]?(?P=term)[”」]?)(?:其实|其實|实际上|實際上|实则|實則)[\s\u3000]*(?P<is>是)(?![否不])"
)


# A correction that judges the word instead of saying what it is (review 53): a bare 是…的 predicate (疫苗接种实际上是自愿的, 延期
# 其实是暂时的), a cause or a sign (是市场回归理性的表现, 是长期改革的结果, 是…的体现), or a standing weighed (topics._weighs).
_JUDGED = re.compile(r"[^,，。；;！？!?]*(?:的|的(?:表现|表現|结果|結果|体现|體現|反映|产物|產物|缩影|縮影))[\s\u3000]*(?:[,，。；;！？!?]|$)")


def _verdict(predicate: str, term: str) -> bool:
    from policyterms.mining.extract_layouts.topics import _weighs

    return bool(_JUDGED.match(predicate) or _weighs(predicate, term.strip("“”「」")))


# A question's subject that is no word (review 51): a pronoun (我们需要担心吗?) or a demonstrative pointing at one thing (這筆款項,
# 这项补贴, 该政策).
_NO_WORD = re.compile(r"(?:我|你|您|他|她|它|咱|大家|这|這|那|该|該|此)")
# The answer saying what was done to the word (是改革了计入办法, 是调整了…): 了 in its first clause, 了解 aside.
_HAPPENED = re.compile(r"是[^,，。；;！？!?]*了(?!解)")

# The sentences of the paragraph from the answer's 是 on, and a sentence the news goes on with: a reporter's or a source's
# account (记者从…了解到, 据统计), or a date or a figure opening it (截至2023年底, 今年, 目前, 2023年).
_LATER_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?[”」]?")
_NEWS_OPENING = re.compile(
    r"[\s\u3000]*(?:记者|記者|据|據|截至|截止|目前|近年来|近年來|今年|去年|明年|此前|日前|近日|下一步|\d|[一二三四五六七八九十]+月)"
)


def denied_questions(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each paragraph holding a denied question about a word and what the word is (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "那么,“无废城市”是要求城市一点都不产生垃圾吗?并非如此。它其实是一种城市模式和管理理念。核心目标是减少废物。"
    >>> [(e.term, e.definition) for _, e in denied_questions(_lines(text), [True])]
    [('“无废城市”', '是一种城市模式和管理理念。核心目标是减少废物。')]
    >>> list(denied_questions(_lines("“无废城市”是要求不产生垃圾吗?是的。它是一种新理念。"), [True]))
    []
    >>> text = "请你不要误会,「调解」并非叫大家庭外和解。「调解」其实是一种很专业的解决问题方法。首先,调解员是中立的。"
    >>> [(e.term, e.definition) for _, e in denied_questions(_lines(text), [True])]
    [('「调解」', '是一种很专业的解决问题方法。首先,调解员是中立的。')]
    >>> list(denied_questions(_lines("「调解」并非叫大家庭外和解。「调解」是解决纠纷的关键。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        asked = "吗" in line.raw or "嗎" in line.raw or "么" in line.raw
        match = _DENIED.search(line.raw) if asked else None
        match = match or _DENIED_STATEMENT.search(line.raw)
        if match is None or match.group("subject") is None or not _good_term(match.group("term")):
            continue
        if _NO_WORD.match(match.group("term").strip("“”「」")):
            continue  # 我们需要担心吗?不是的。它是…, 這筆款項是要退還嗎?: a person or a thing pointed at, no word (review 51)
        if match.re is _DENIED_STATEMENT and _verdict(line.raw[match.end("is") :], match.group("term")):
            continue  # 房价下跌并非坏事。房价下跌实际上是市场回归理性的表现。: a verdict corrected, no gloss (review 53)
        if _HAPPENED.match(line.raw, match.start("is")):
            continue  # 医保个人账户是取消了吗?并非如此。它是改革了计入办法。: what was done to it, no gloss (review 51)
        end = len(line.raw.rstrip(_SPACE))
        for sentence in _LATER_SENTENCE.finditer(line.raw, match.start("is")):
            if sentence.start() > match.start("is") and _NEWS_OPENING.match(sentence.group()):
                end = sentence.start()  # …的一项政策。记者从市教育局了解到,…: the news goes on, the definition ends (review 51)
                break
        definition = line.raw[match.start("is") : end]
        if not _FINISHED.search(strip_pinyin(definition)):
            continue  # (a paragraph the page cuts)
        start = match.start("term")
        yield line.index, Found(match.group("term"), definition, line.raw[start:end], line.index + 1, line.start + start, line.start + end)
