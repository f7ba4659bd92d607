"""A paragraph citing a document's rule after a numbered note is no part of the note (205: ``(1)私营独资企业是指…的企业。`` /
``根据国家统计局《关于统计上对个人独资企业…的通知》(国统字[2000]9号)的规定:"凡符合…的,…按'171私营独资企业'处理。"``).

A list of indicator notes may put, under one of its sub-items, how a notice says to class the units it defines: the
paragraph opens by citing the document (根据, 依据, 按照, then its issuer and its title in 《》) and quotes its rule. Indented
like the note, it would be read as the note's next paragraph (a note written over several paragraphs); but the note's own
sentence has ended, and what follows applies a rule to the term, not what the term means (no gold of the development pages
keeps such a citation inside a definition). A paragraph classifying by a criterion (``根据存款对象的不同可划分为…``) names no
document and goes on as before.
"""

from __future__ import annotations

import re

__all__ = ["cited_law_end", "cites_rule"]

# A paragraph opening by citing a document: 根据/依据/按照, at most an issuer's name, then the title in 《》.
_CITES = re.compile(r"[\s\u3000]*(?:根据|根據|依据|依據|按照|依照)[^,，。；;:：《]{0,20}《")
# The line before ends its sentence.
_ENDED = re.compile(r"[。！？!?][”」’\"')）]*[\s\u3000]*$")


def cites_rule(previous: str, line: str) -> bool:
    """Whether ``line`` opens a paragraph citing a document's rule right after a note line ``previous`` that ended its
    sentence."""
    return bool(_ENDED.search(previous)) and _CITES.match(line) is not None


# A gloss opening by citing the law that defines the term, its article, then the defining verb
# (依據「毒性及關注化學物質管理法」第三條係指…, 230): the citation frames the definition, no part of it.
_CITED_LAW = re.compile(
    r"[\s\u3000]*(?:根据|根據|依据|依據|按照|依照)[\s\u3000]*(?:「[^」\n]{2,40}」|“[^”\n]{2,40}”|《[^》\n]{2,40}》)"
    r"(?:第[一二三四五六七八九十百零\d]{1,6}[条條款項项](?:第[一二三四五六七八九十\d]{1,4}[款項项])?)?[\s\u3000]*"
    r"(?=係指|系指|是指)"
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
    """
    match = _CITED_LAW.match(definition)
    return match.end() if match else 0

