"""A paragraph citing a document's rule after a numbered note is no part of the note (205: ``(1)私营独资企业是指…的企业。`` /
``根据国家统计局《关于统计上对个人独资企业…的通知》(国统字[2000]9号)的规定:"凡符合…的,…按'171私营独资企业'处理。"``).

A list of indicator notes may put, under one of its sub-items, how a notice says to class the units it defines: the
paragraph opens by citing the document (根据, 依据, 按照, then its issuer and its title in 《》) and quotes its rule. Indented
like the note, it would be read as the note's next paragraph (a note written over several paragraphs); but the note's own
sentence has ended, and what follows applies a rule to the term, not what the term means (no gold of the development pages
keeps such a citation inside a definition). A paragraph classifying by a criterion (``根据存款对象的不同可划分为…``) names no
document and goes on as before.

A paragraph citing the law for a word's scope (``根据《防止贿赂条例》,公职人员包括政府人员、…。``, ``在《防止贿赂条例》中,利益
包括任何有价值的东西,但款待除外。``, 490, an anti-corruption FAQ's bullets) is that law's definition of the word: the law
cited makes the 包括 sentence the word's legal extent, not a statement about it (alone, ``主要任务包括…`` is a report's).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, _good_term

__all__ = ["cited_law_end", "cited_law_includes", "cites_rule"]

# A paragraph opening by citing a document: 根据/依据/按照, at most an issuer's name, then the title in 《》.
_CITES = re.compile(r"[\s\u3000]*(?:根据|根據|依据|依據|按照|依照)[^,，。；;:：《]{0,20}《")
# The line before ends its sentence.
_ENDED = re.compile(r"[。！？!?][”」’\"')）]*[\s\u3000]*$")


# A law's next paragraph pointing back at the one before in its first clause (在考量前項產品市場、地理市場外,得視…, 791, a
# commission's principles on its law database; 前項所定…, 依前二項規定…): a paragraph (項) of the article, never part of the
# item (款) above it, however it is indented — an item has no paragraphs of its own.
_POINTS_BACK = re.compile(r"[\s\u3000]*[^,，。；;:：\n]{0,12}?前(?:[一二三四五六七八九十]{1,2})?[項项條条](?![目])")


def cites_rule(previous: str, line: str) -> bool:
    """Whether ``line`` opens a paragraph citing a document's rule, or the law's paragraph above (``_POINTS_BACK``), right
    after a note line ``previous`` that ended its sentence."""
    return bool(_ENDED.search(previous)) and (_CITES.match(line) is not None or _POINTS_BACK.match(line) is not None)


# A gloss opening by citing the law that defines the term, its article, then the defining verb
# (依據「毒性及關注化學物質管理法」第三條係指…, 230): the citation frames the definition, no part of it.
# (or 依 and the country's law, its article's 之規定 and a comma before a bare 指: 依我國「檔案法」第二條之規定,指由各機關…, 866,
# an archives administration's term card)
_CITED_LAW = re.compile(
    r"[\s\u3000]*(?:根据|根據|依据|依據|按照|依照|依)[\s\u3000]*(?:我国|我國)?(?:「[^」\n]{2,40}」|“[^”\n]{2,40}”|《[^》\n]{2,40}》)"
    r"(?:第[一二三四五六七八九十百零\d]{1,6}[条條款項项](?:第[一二三四五六七八九十\d]{1,4}[款項项])?)?[\s\u3000]*"
    r"(?:(?:之|的)?(?:规定|規定)[\s\u3000]*[,，][\s\u3000]*(?=係指|系指|是指|指(?![标標数數导導出挥揮引南定示令向明日望针針战戰]))|(?=係指|系指|是指))"
)
# (not before 所稱: 原住民:依據「原住民身分法」第二條所稱之山地原住民及平地原住民。 defines by the citation, which is its
# definition whole)


def cited_law_end(definition: str) -> int:
    """Where ``definition`` goes on after a citation of the law and article that define its term, right before the
    defining verb; 0 when it opens with no such citation (or the citation is followed by anything but the verb: a
    rule applied, ``依據《…》第三條規定,…``).

    >>> d = "依據「毒性及關注化學物質管理法」第三條係指人為有意產製或於產製過程中無意衍生之化學物質。"
    >>> d[cited_law_end(d):]
    '係指人為有意產製或於產製過程中無意衍生之化學物質。'
    >>> cited_law_end("依據《統計法》第三條規定,各機關應辦理統計。"), cited_law_end("係指經中央主管機關公告者。")
    (0, 0)
    >>> cited_law_end("依據「原住民身分法」第二條所稱之山地原住民及平地原住民。")
    0
    >>> d = "依我國「檔案法」第二條之規定,指由各機關自行管理之檔案。"
    >>> d[cited_law_end(d):], cited_law_end("依「檔案法」第二條之規定,指定專人管理。")
    ('指由各機關自行管理之檔案。', 0)
    """
    match = _CITED_LAW.match(definition)
    return match.end() if match else 0


# (a clause pointing back, 在《…条例》中,有关条文包括第3条…, 根据《…法》,本次会议审查的内容包括…, names no word of the law)
# A paragraph (after a bullet) citing a law, then a word and 包括 (根据《防止贿赂条例》,公职人员包括…; 在《…条例》中,利益包括…).
_LAW_SCOPE = re.compile(
    r"[\s\u3000]*(?:[•·●▪\-*][\s\u3000]*)?(?:(?:根据|根據|依据|依據|按照|依照)(?P<by>)|在)[\s\u3000]*"
    r"《[^《》\n]{1,30}(?:条例|條例|法|规例|規例|规则|規則)》(?:第[一二三四五六七八九十百零\d]{1,6}[条條])?"
    r"(?(by)|(?:中|内|內))[\s\u3000]*[,，][\s\u3000]*(?!有关|有關|相关|相關|该|該|此|这|這|其|上述|本次)(?P<term>[^\s\u3000，,。；;：:、!！?？“”「」()（）]{2,12}?)(?P<verb>包括)(?![:：])"
)
# (or the word first, its 包括 naming the law's schedule at once: 公共机构包括《防止贿赂条例》附表所指明的各类委员会…, 490)
_SCOPE_BY_LAW = re.compile(
    r"[\s\u3000]*(?:[•·●▪\-*][\s\u3000]*)?(?P<term>[^\s\u3000，,。；;：:、!！?？“”「」()（）《》]{2,12}?)(?P<verb>包括)"
    r"《[^《》\n]{1,30}(?:条例|條例|法|规例|規例|规则|規則)》(?:第[一二三四五六七八九十百零\d]{1,6}[条條])?(?:附表|附件)?(?:所|中)"
)


def cited_law_includes(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each free line citing a law for a word's scope (see :data:`_LAW_SCOPE`, :data:`_SCOPE_BY_LAW`), the definition from
    包括 to the end of the line.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("  • 在《防止贿赂条例》中,利益包括任何有价值的东西,但款待除外。")
    >>> [(e.term, e.definition) for _, e in cited_law_includes(ls, [True])]
    [('利益', '包括任何有价值的东西,但款待除外。')]
    >>> cited_law_includes(_lines("根据《防止贿赂条例》第8条,任何人向公职人员提供利益,即属违法。"), [True])
    []
    """
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _LAW_SCOPE.match(line.raw) or _SCOPE_BY_LAW.match(line.raw)
        if match is None or not _good_term(match.group("term")):
            continue
        end = len(line.raw.rstrip(_SPACE))
        quote = line.raw[match.start("term") : end]
        out.append((line.index, Found(match.group("term"), line.raw[match.start("verb") : end], quote, line.index + 1, line.start + match.start("term"), line.start + end)))
    return out
