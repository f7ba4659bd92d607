"""A term glossed by a comma and 即 in a paragraph's middle, before a paragraph that defines it again with a stronger
marker: ``府院联动,即政府与司法机关之间的紧密合作,…。`` then ``府院联动,是指…`` (dev-44's P1462; 数据确权,即… then
所谓数据确权,就是…, dev-45's P1439). Both glosses count, the first to the end of its sentence (``本文将深入探讨…`` is the
article announcing itself). Looked for among the forty-seventh set's misses (六都,即台灣的六個直轄市, P1576, whose gold
ends at a comma, is not reached); a clause of a report glossed by 即 is still none."""

from __future__ import annotations

from conftest import pairs


_LINKAGE = '引言\n在现代社会,政府与司法机关的协同工作是维护社会稳定、保障公民权益的重要机制。府院联动,即政府与司法机关之间的紧密合作,通过高效协调,共同应对各种社会问题和挑战。本文将深入探讨府院联动的内涵、意义、实施机制以及面临的挑战,以期揭示政府与司法机关协同工作的奥秘。\n一、府院联动的内涵\n府院联动,是指政府与司法机关在法治框架下,通过信息共享、资源整合、协作办案等方式,实现相互支持、相互配合,共同维护社会稳定和公民权益的工作模式。\n'


def test_an_appositive_gloss_before_the_definition_counts_to_its_sentence_end():
    found = pairs(_LINKAGE)
    assert ("府院联动", "即政府与司法机关之间的紧密合作,通过高效协调,共同应对各种社会问题和挑战。") in found
    assert [term for term, _ in found].count("府院联动") == 2


def test_a_gloss_by_ji_in_a_reports_sentence_is_none():
    # the thirteenth congress report: a clause after 是 glossed by 即, no term the page is about
    text = (
        "党的领导是政治领导，即政治原则、政治方向、重大决策的领导和向国家政权机关推荐重要干部。"
        "党对国家事务实行政治领导的主要方式是：使党的主张经过法定程序变成国家意志。\n"
    )
    # (a two-sentence text reads as a one-term page: 党的领导 是… is its one entry, as before; no gloss by 即 is added)
    assert [definition for _, definition in pairs(text) if definition.startswith("即")] == []
    assert len(pairs(text)) == 1
