"""A law's definition quoted after the word it defines: ``…已有定義性規定,亦即部落「係指原住民於原住民族地區一定區域內,依其傳統規範
共同生活結合而成之團體,經中央原住民族主管機關核定者」。`` (867, a conference paper on a council's e-book site, hard-wrapped).

A paper, an opinion or a report discussing a law names the word and quotes the law's definition of it, the quotation
opening with the law's own defining verb (係指, 系指, 是指): the quoted clause is the definition, the word before the
quotation the term, as a law's definitions article gives them. The quotation may run over the lines a fixed-width page
wrapped it into; the definition is its text without the line breaks, up to the closing mark (left out).

Read only with a strong marker right after the opening mark (``X「係指…」``), the word a run of two to ten Han characters
opening its clause (after punctuation or a line start, or after a connective 亦即, 即, 意即, 也就是), the quotation closed
within 200 characters and holding no full stop or other quotation; a quotation opening with anything else (``X「…」``, a
word quoted in a sentence) and a marker outside the quotation (``「X」係指…``, which the prose pass reads) give nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L, _good_term

__all__ = ["quoted_law_glosses"]

_QUOTED_GLOSS = re.compile(
    r"(?:(?<=[,，。；;:：\n])|^)[ \t\u3000]*(?:亦即|意即|也就是|即)?(?P<term>[\u4e00-\u9fff]{2,10})[“「]"
    r"(?P<definition>(?:系指|係指|是指)[^“”「」。！？!?]{4,200}?)[”」]"
)

# A speaker and the verb of saying before the quotation (局長回應「是指…」, 發言人表示「是指…」, 局方澄清「是指…」, 張三說他「是指…」,
# review 54): a reply quoted, what the speaker meant, no law's definition; nor a thing pointed at by a demonstrative (該筆預算「係指
# 明年度的資本支出」): the item referred to, no word defined.
_SPEAKER = re.compile(
    r".*(?:表示|回應|回应|回答|答覆|答复|澄清|強調|强调|指出|透露|坦言|直言|重申|補充|补充|認為|认为|聲稱|声称|宣稱|宣称|追問|追问"
    r"|詢問|询问|(?<![小學学傳传解學])[說说])"
    r"(?:[他她我你它]|[他她我你][們们])?$"
)
_POINTED = re.compile(r"(?:这|這|该|該|此|那|其|上述|前述|有关|有關)")


def quoted_law_glosses(lines: list[_L], free: list[bool]) -> Iterator[tuple[list[int], Found]]:
    """``([], entry)`` for each word glossed by a quoted law definition (module docstring); no line is claimed, the
    sentences around the quotation being other passes' to read.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("…已有定义性规定,亦即部落“系指原住民于原住民族地区一定区域内,依其传统规范共同生\\n活结合而成之团体,经中央原住民族主管机关核定者”。同法…")
    >>> [(e.term, e.definition) for _, e in quoted_law_glosses(ls, [True, True])]
    [('部落', '系指原住民于原住民族地区一定区域内,依其传统规范共同生活结合而成之团体,经中央原住民族主管机关核定者')]
    >>> list(quoted_law_glosses(_lines("他提出“系统思维”的说法。"), [True]))
    []
    """
    text = "\n".join(line.raw for line in lines)
    for match in _QUOTED_GLOSS.finditer(text):
        term = match.group("term")
        if not _good_term(term) or _SPEAKER.fullmatch(term) or _POINTED.match(term):
            continue  # (局長回應「是指…」, 該筆預算「係指…」: a reply quoted, a thing pointed at, review 54)
        first = text.count("\n", 0, match.start("term"))
        last = text.count("\n", 0, match.end("definition"))
        if not all(free[k] for k in range(first, last + 1)):
            continue
        definition = match.group("definition").replace("\n", "")
        quote = text[match.start("term") : match.end("definition")].replace("\n", "")
        yield [], Found(term, definition, quote, first + 1, match.start("term"), match.end("definition"))
