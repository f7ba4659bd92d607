"""A word glossed in brackets by 指 where a sentence names it: ``…在民生和基础设施方面还有比较多的短板（指短處）。`` (P931, a
Taiwanese report glossing a mainland word), ``积极鼓吹什么“三自一包”（指多留自留地、…，包产到户）`` (a report's quoted
slogan). The writer stops to say what the word means: an entry, the word the term (quotes kept), the bracket's words from
指 the definition, the brackets left out (as 192's and P319's bracketed glosses).

The word must be marked off as one: quoted, or a short word right after 的 (``比较多的短板``) or after 之, the written register's
的 (``…所組成之家庭(指營共同經濟生活者所組成之家庭)``, 447, a Taiwan survey report; ``本縣設籍之低收入戶(指…)``). A referent in brackets after a
pronoun or a name (``她（指江青）``), a span of time qualified (``一定时间(指半年以上)``, no 的 before it) and 指 opening a verb
(``(指明表格 R20A)``, ``(指导…)``) give nothing, nor does a bracket running on to a sentence of its own (a stop inside).
A quoted word glossed by 即 in the same way is one as well (``“两头在外”（即原材料来源在外和产品销售市场在外）``, the 1988
report; ``“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）``, kept as written from 即), but only quoted: a bare word's ``(即…)``
gives its other name or a figure's (``西藏地方政府（即噶厦）``, ``完成的投资额（即工作量）``).
A bracket restating the word it follows and glossing it with 是 is one too: ``重庆市属于西南地区(西南是中国的西南部地区的简称,西南地区
主要包括云南、…。)`` (P938): the word (``西南``, inside the few characters before the bracket) the term, from 是 to the bracket's
end the definition, whole sentences only.
Read over every line, as a bracket inside a sentence another pass took; a span already an entry is left alone."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, overlaps

__all__ = ["bracket_zhi_glosses"]

# A quoted word of two to ten characters, glossed in brackets right after it by each pattern below.
_QUOTED_WORD = r"(?P<quoted>[“「][^“”「」()（）,，。；;:：\s\u3000]{2,10}[”」])"
# 之 stands for 的 only where it is no part of a fixed word: 總之/总之, 換言之, 要之 before it, and 之間, 之後, 之前, 之一, 之際 with
# the character after it are words of their own (兩地之間距離(指直線距離), 退休之後三年(指…), 其中之一部(指…), review 73), no noun
# the bracket glosses.
# (not 之外, 之內, 之上, 之下, 之中 nor 之一般: a noun glossed opens on that character far more often than the place word stands
# there, 本市之中小企業(指…), 本省之上市公司(指…), 全市之下崗職工(指…), 本區之外資企業(指…), 本港之一般住宅(指…), review 74)
_ZHI_AS_DE = r"(?<=(?<![总總换換言要])之)(?![间間后後前际際]|一(?!般))"
_GLOSSED = re.compile(
    r"(?:" + _QUOTED_WORD + r"|(?:(?<=的)|" + _ZHI_AS_DE + r")(?P<word>[\u4e00-\u9fff]{2,4}))"
    r"[(（](?:(?:注|註)[:：][\s\u3000]*)?(?P<definition>指(?![明出导導挥揮定示引标標南针針数數纹紋])[^()（）。！？!?；;\n]{2,40})[)）]"
)
# (a note's label before 指 inside the bracket is no part of the gloss: 凝心聚力,“三企入桂”(注:指“央企入桂”“民企入桂”“湾企入桂”)取得丰硕
# 成果, P1141, a feature glossing the report's slogan in place)
# A quoted word glossed in brackets by 即 (“两头在外”（即原材料来源在外和产品销售市场在外）, the 1988 report; “三河三湖”（即：淮河海河
# 辽河、太湖巢湖滇池）, 2006): as 指, for a quoted word only (a bare word's (即…) restates a figure or a date: 今年(即2020年)).
_QUOTED_JI = re.compile(
    _QUOTED_WORD
    + r"[(（](?P<definition>即(?![使便将將刻时時可日])[:：]?[^()（）。！？!?；;:：\n]{2,40})[)）]"
)

# A quoted word glossed in brackets after its English name (减少“碳足迹”(Carbon Footprint,是指企业机构、活动…的集合,观察者网注)的欧洲
# 企业, P1448): the English name and an editor's note label closing the bracket (…网注, 编者注) are no part of the gloss.
_ENGLISH_THEN_ZHI = re.compile(
    _QUOTED_WORD
    + r"[(（][A-Za-z][A-Za-z .\-]{1,40}[,，][\s\u3000]*(?P<definition>(?:是指|指)(?![明出导導挥揮定示引标標南针針])[^()（）。！？!?；;\n]{4,150}?)"
    r"(?:[,，][^,，()（）。\n]{1,8}注)?[)）]"
)


# (X是…。) right after a few characters holding X: the bracket restates the word it follows and glosses it.
_RESTATED = re.compile(r"[(（](?P<word>[\u4e00-\u9fff]{2,6})(?P<definition>是(?![否不])[^()（）\n]{8,200}[。！？!?])[)）]")


# A whole gloss in brackets inside a sentence, its own subject before a strong marker, after a frame pointing at the table or
# the text it belongs to at most (…分孩次生育率(下表中的多孩是指三孩及以上),数据来源是…, P2809, a news article's table lead; (文中的X
# 是指…), (这里的X系指…)): the writer stops to say what a word of the table or text means. The frame is no part of the term.
# (A pointer left without its word names none: 共有困难群众1.2万人(这里是指低保和特困人员), (此处是指…), (上述是指…), review 65.)
_BRACKETED_GLOSS = re.compile(
    r"[(（](?:(?:下表|上表|表|图|圖|本文|文|这里|這裡|此处|此處)中?的)?(?![这這此该該本其那])(?!以上|上述|下述|前述|文中|表中)(?P<word>[\u4e00-\u9fff]{2,8})"
    r"(?P<definition>(?:是指|係指|系指|指的是)[^()（）。！？!?；;:：\n]{2,60})[)）]"
)


def _restated_glosses(line: _L) -> list[tuple[int, int, str, str]]:
    """(start, end, word, definition) of each ``(X是…。)`` bracket whose X stands in the eight characters before it."""
    out = []
    for m in _RESTATED.finditer(line.raw):
        if m.group("word") in line.raw[max(0, m.start() - 8) : m.start()]:
            out.append((m.start("word"), m.end("definition"), m.group("word"), m.group("definition")))
    return out


def _inside_a_definition(start: int, end: int, found: list[Found]) -> bool:
    """Whether the span ``start``–``end`` lies inside the definitions of the entries it overlaps (after each one's term):
    a quoted word the definition names and glosses in brackets as it goes (``“一打三整治”行动是指…,全面开展渔船“船证不符”(指船舶
    实际主尺度、主机功率等与相应证书记载内容不一致)整治、…``, P3170, a book's chapter on a fishery campaign): the writer stops inside
    the definition to say what one of its words means, an entry of its own as the bracket gloss of any sentence is."""
    over = [entry for entry in found if entry.start < end and start < entry.end]
    return bool(over) and all(entry.start + len(entry.term) < start and end <= entry.end for entry in over)


def bracket_zhi_glosses(lines: list[_L], found: list[Found]) -> list[Found]:
    """An entry for each word glossed by ``(指…)`` where a sentence names it (module docstring); none whose span overlaps
    an entry in ``found``.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> [(e.term, e.definition) for e in bracket_zhi_glosses(_lines("在民生方面还有比较多的短板（指短處）。"), [])]
    [('短板', '指短處')]
    >>> [(e.term, e.definition) for e in bracket_zhi_glosses(_lines("重庆市属于西南地区(西南是中国的西南部地区的简称,主要包括云南、贵州。)"), [])]
    [('西南', '是中国的西南部地区的简称,主要包括云南、贵州。')]
    >>> [(e.term, e.definition) for e in bracket_zhi_glosses(_lines("凝心聚力,“三企入桂”(注:指“央企入桂”“民企入桂”)取得丰硕成果"), [])]
    [('“三企入桂”', '指“央企入桂”“民企入桂”')]
    >>> [(e.term, e.definition) for e in bracket_zhi_glosses(_lines("发展“两头在外”（即原材料来源在外和产品销售市场在外），积极扩大…"), [])]
    [('“两头在外”', '即原材料来源在外和产品销售市场在外')]
    >>> bracket_zhi_glosses(_lines("毛主席说:“她（指江青）…”经常居住在某地区一定时间(指半年以上)的人口。"), [])
    []
    """
    taken = [(entry.start, entry.end) for entry in found]
    out: list[Found] = []
    for line in lines:
        if line.blank:
            continue
        for m in [*_GLOSSED.finditer(line.raw), *_QUOTED_JI.finditer(line.raw), *_ENGLISH_THEN_ZHI.finditer(line.raw)]:
            group = "quoted" if m.group("quoted") else "word"
            start, end = line.start + m.start(group), line.start + m.end("definition")
            if overlaps(start, end, taken) and not (m.re is _GLOSSED and group == "quoted" and _inside_a_definition(start, end, found)):
                continue
            quote = line.raw[m.start(group) : m.end("definition")]
            out.append(Found(m.group(group), m.group("definition"), quote, line.index + 1, start, end))
        for m in _BRACKETED_GLOSS.finditer(line.raw):  # (下表中的多孩是指三孩及以上)
            start, end = line.start + m.start("word"), line.start + m.end("definition")
            if not overlaps(start, end, taken):
                out.append(Found(m.group("word"), m.group("definition"), line.raw[m.start("word") : m.end("definition")], line.index + 1, start, end))
        for at, to, word, definition in _restated_glosses(line):
            start, end = line.start + at, line.start + to
            if not overlaps(start, end, taken):
                out.append(Found(word, definition, line.raw[at:to], line.index + 1, start, end))
    return out
