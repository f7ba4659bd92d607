"""Numbered kinds, each a label closed by a full stop and glossed by a noun phrase naming its genus: ``(一)组团式或集聚式。
以一个或多个商业综合体…为核心,…满足…需求的商业发展形态。`` (661, a city bureau's explainer of the forms a convenience
circle takes), ``1.生产设施用地。直接用于作物种植…的玻璃或PC板连栋大棚、…等设施用地。`` (P2181, an answer listing the kinds
of facility farmland).

A page sorting a thing into kinds writes each kind as a numbered item: its name, a full stop, and what the kind is, a
verbless noun phrase ending on the genus all the kinds share (…的商业发展形态, …等设施用地). The label is the term, the
rest of the item's line its definition. A plan writes its points in the same shape (``(一)指导思想。以习近平新时代中国特色
社会主义思想为指导,…``, ``(三)主要目标。到2019年6月底,…``, 163): those are measures and aims, no kinds, and their
first sentence closes on no genus. So an item is a kind only when its gloss's first sentence closes on 的 or 等 and a noun
whose last two characters are the kind's own (生产设施用地 / …等设施用地) or those of the kind noun the list's lead-in line
names (主要包括三种发展形态: / …的商业发展形态), and only where two such items at least follow each other (blank lines and
sub-headings between allowed), as a classification always has.

Of the bundled, shared and press pages this reads 661 and P2181 alone (the forty-sixth round's carry check); 163's plan
points, the same numbered shape, stay untouched. It is the plain reading of a common classification layout, kept for the
next page written so.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _L, _SPACE, _good_term

__all__ = ["genus_closed_kinds"]

# A numbered item: its number ((一), 一、, 1., (1)), the kind's name closed by a full stop, then the gloss.
_ITEM = re.compile(
    r"^[\s\u3000]*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．](?!\d))[\s\u3000]*"
    r"(?P<term>[^\s\u3000\d,，。；;:：!！?？、“”「」()（）][^,，。；;:：!！?？、()（）]{1,11})。[\s\u3000]*(?P<definition>\S.*?)[\s\u3000]*$"
)
# The gloss's first sentence closing on the genus: 的 or 等, then the genus noun (its last two characters compared).
_GENUS_CLOSE = re.compile(r"[的等](?P<genus>[\u4e00-\u9fff]{2,8})$")
# A lead-in line announcing the kinds (主要包括三种发展形态:, 分为以下几类:): its closing noun names the genus.
_LEAD_IN = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,8})[\s\u3000]*[:：][\s\u3000]*$")
# Where the gloss's first sentence ends (a semicolon too: the genus closes the first clause of a listed gloss).
_CLAUSE_END = re.compile(r"[。！？!?；;]")
# A plan's point headed by its task, a verb and its object (健全工作体系, 完善投入机制, 推进产业升级; review 47): a measure to
# take, no kind. A kind's name holding a kind suffix (提升改造类, 改善型住房, 规范性文件, 集聚式) is a name whatever verb opens
# it; verbs that open names of their own as often (强化学习, 增强现实, 持续进修, 全面预算管理) are not listed.
_TASK_HEADING = re.compile(
    r"^(?:加强|加強|健全|完善|推进|推進|推动|推動|加快|深化|优化|優化|严格|嚴格|落实|落實|提升|促进|促進|构建|構建|建立|"
    r"打造|实施|實施|开展|開展|做好|抓好|坚持|堅持|培育|扩大|擴大|统筹|統籌|夯实|夯實|巩固|鞏固|提高|规范|規範|大力|"
    r"积极|積極|着力|著力|切实|切實)(?![\u4e00-\u9fff]*[类類型式性级級])[\u4e00-\u9fff]{2,}$"
)
# A lead-in announcing kinds by a class word (分为两种:, 分为三种类型:, 包括三种模式:): the points below are kinds, whatever
# verb their names open with (扩大再生产, 积极财政政策, review 48).
_ANNOUNCES_KINDS = re.compile(r"种|種|类|類|型|模式|形式|方式")
# A gloss telling its addressees what to do (各地要…, 各级党委要…, 有关部门应…; review 47): a plan's instruction, no genus.
# (the addressee opens the clause; inside a relative clause closing on 的 it is the genus's qualifier, 由中央与地方各级政府应共同承担
# 的财政事权, review 48)
_ADDRESSED = re.compile(r"(?:^|[,，])[\s\u3000]*(?:各[\u4e00-\u9fff]{1,6}|有[关關]部[门門]|相[关關]部[门門])(?:要|应|應|须|須|必须|必須)")
# The fewest items that make a classification.
_FEWEST = 2


def _genus(definition: str) -> str | None:
    """The last two characters of the noun the gloss's first sentence closes on after 的 or 等, or None."""
    first = _CLAUSE_END.split(strip_pinyin(definition), maxsplit=1)[0].rstrip(_SPACE)
    if _ADDRESSED.search(first):
        return None  # 各级党委要加强…等组织保障: an instruction, its closing noun no genus
    match = _GENUS_CLOSE.search(first)
    return match.group("genus")[-2:] if match else None


def genus_closed_kinds(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Each numbered kind glossed by its genus (module docstring), with the line it was read from.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("主要包括两种形态:\\n(一)集聚式。以商业综合体为核心的商业发展形态。\\n(二)分散式。利用分散的社区设施建设网点的商业发展形态。\\n")
    >>> [(found.term, found.definition) for _, found in genus_closed_kinds(ls, [True] * len(ls))]
    [('集聚式', '以商业综合体为核心的商业发展形态。'), ('分散式', '利用分散的社区设施建设网点的商业发展形态。')]
    >>> genus_closed_kinds(_lines("(一)指导思想。以新发展理念为指导,推进改革。\\n(二)主要目标。到2025年,基本建成体系。\\n"), [True] * 3)
    []
    """
    items: list[tuple[int, Found]] = []
    run: list[tuple[int, Found]] = []
    lead_kind = ""

    def close_run() -> None:
        if len(run) >= _FEWEST:
            items.extend(run)
        run.clear()

    for line in lines:
        if line.blank:
            continue
        match = _ITEM.match(line.raw) if free[line.index] else None
        term = match.group("term").strip(_SPACE) if match else ""
        genus = _genus(match.group("definition")) if match else None
        task = _TASK_HEADING.search(strip_pinyin(term)) and not _ANNOUNCES_KINDS.search(lead_kind)
        if match is None or not _good_term(term) or genus is None or task:
            lead = _LEAD_IN.search(strip_pinyin(line.raw))
            if lead is not None:
                close_run()
                lead_kind = lead.group("kind")
            elif not line.raw.strip(_SPACE).endswith("。"):
                pass  # a sub-heading between the items ((二)畜禽水产养殖设施用地) keeps the list going
            else:
                close_run()
                lead_kind = ""
            continue
        # (the lead-in's closing noun, not any word of it: 工作分三步推进: / …等阶段性工作 names no kind of work, review 47)
        if genus != strip_pinyin(term)[-2:] and not (lead_kind and lead_kind.endswith(genus)):
            close_run()
            continue
        definition = match.group("definition")
        start = line.start + match.start("term")
        quote = line.raw[match.start("term") : match.end("definition")]
        run.append((line.index, Found(term, definition, quote, line.index + 1, start, line.start + match.end("definition"))))
    close_run()
    return items
