"""Sixty-fourth round, fixer C (mechanisms that carry): the development sets' misses sorted by shape.

No mend met the round's rule for keeping one (exact entries gained on three development sets of three sites, no page
worse; docs/extract-evaluation.md, "Sixty-fourth round: the development sets' misses sorted by shape"). These tests
hold what the mends tried had to leave alone — real sentences of the reports and of the development pages that must
give no entry, and the one text two golds read in opposite ways — and record, as expected failures, one real example
of each large group still missed, so that a later mend that reads it is seen."""

from __future__ import annotations

import pytest

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries


def _entries(text: str) -> list[tuple[str, str]]:
    try:
        return [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        return []


# --- must not be read ---------------------------------------------------------------------------------------------


def test_a_report_dividing_a_task_names_no_kinds_to_gloss() -> None:
    """A classification in a work report (`…大体可以分为文化建设和思想建设两个方面。`, `国家公务员分为政务和业务两类。`,
    /work/shared/corpus/national) is followed by remarks on the kinds, not glosses: the classification reading tried
    this round (kinds named, then each glossed in turn) had to give nothing here, and no reader may."""
    texts = [
        "社会主义精神文明的建设大体可以分为文化建设和思想建设两个方面。这两方面又是互相渗透和互相促进的。",
        "国家公务员分为政务和业务两类。政务类公务员，必须严格依照宪法和组织法进行管理，实行任期制，并接受社会的公开监督。",
    ]
    for text in texts:
        terms = {term for term, _ in _entries(text)}
        assert not terms & {"文化建设", "思想建设", "政务", "业务"}, text


def test_a_reports_verdict_on_a_quoted_word_is_no_definition() -> None:
    """Bare-是 sentences of the reports that weigh a quoted word (`“一国两制”是完全正确的，…`, `“港独”是没有出路的。`): the hard
    group's near misses — a verdict or a standing, no class named — give no entry."""
    for text in ("“一国两制”是完全正确的，具有强大生命力。", "“港独”是没有出路的。"):
        assert _entries(text) == [], text


def test_a_documents_standing_sentence_is_no_definition() -> None:
    """P2274 (dev-68, a financial wire's commentary): `《关于发展银发经济增进老年人福祉的意见》是我国首个以“银发经济”命名的政策
    文件。` says what the document is among others (first of its name), no definition; both golds leave it out."""
    text = (
        "积极应对人口老龄化是一项国家战略。2024年1月国务院印发的《关于发展银发经济增进老年人福祉的意见》是我国首个以“银发经济”"
        "命名的政策文件。"
    )
    assert not any("意见" in term for term, _ in _entries(text))


_YEARBOOK_PARAGRAPH = (
    "主要统计指标解释\n\n"
    "自然资源 指人类可以直接从自然界获得,并用于生产和生活的物质资源。自然资源一般可以分成可再生资源和非再生资源两大类。"
    "可再生资源指在较短时间内可以再生、可以循环利用的资源,包括土地资源、水资源、气候资源、生物资源和海洋资源等。"
    "非再生资源指在使用后不能再生的资源,包括矿产资源和地热能源。\n\n"
    "国土 指一个主权国家管辖下的领土、领海和领空。\n"
)


def test_run_in_kinds_of_a_yearbook_headword_stay_in_its_entry() -> None:
    """91 (dev-9, Sichuan's 2011 yearbook) and 316 (dev-39, Guangxi's 2008 indicator notes) write this paragraph word for
    word; 91's gold keeps the run-in `可再生资源指…` and `非再生资源指…` inside 自然资源's entry, 316's gold makes them entries
    of their own. The classification reading tried this round split them and lost two exact entries of 91: two golds'
    conventions that contradict each other on the same text, so the layout's reading (whole) stays."""
    entries = dict(_entries(_YEARBOOK_PARAGRAPH))
    assert entries["自然资源"].endswith("非再生资源指在使用后不能再生的资源,包括矿产资源和地热能源。")
    assert "可再生资源" not in entries


# --- the largest groups' misses, recorded -------------------------------------------------------------------------


@pytest.mark.xfail(reason="group A, a bare 是 paragraph the page-topic gates do not read (the hard group)", strict=False)
def test_group_a_bare_shi_paragraph_under_a_knowledge_label() -> None:
    """P2340 (dev-75, China Daily's word of the day): under `【知识点】`, `工业互联网平台是海量数据汇聚、模型沉淀和应用开发的关键
    载体,…` — both golds take it from 是; no gate tells this class noun (载体) from a role."""
    text = (
        "The platforms will serve enterprises from 2026 to 2028.\n\n【知识点】\n\n"
        "工业互联网平台是海量数据汇聚、模型沉淀和应用开发的关键载体,是工业要素资源泛在连接、弹性供给和高效配置的核心枢纽。\n"
    )
    assert ("工业互联网平台", "是海量数据汇聚、模型沉淀和应用开发的关键载体,是工业要素资源泛在连接、弹性供给和高效配置的核心枢纽。") in _entries(text)


@pytest.mark.xfail(reason="group H, kinds a classification names then glossed in turn (tried, two sets only)", strict=False)
def test_group_h_kinds_glossed_in_turn() -> None:
    """P2695 (dev-97, a school's web project on wetlands): `「濕地」一般可區分為沿海濕地與內陸濕地,沿海濕地包括…等,是隨著…;
    內陸濕地則是…` — both golds give 沿海濕地 (from 是, the scope clause left out) and 內陸濕地 (則 left out)."""
    text = (
        "「濕地」一般可區分為沿海濕地與內陸濕地,沿海濕地包括海岸沼澤、泥質灘地及紅樹林沼澤等,是隨著海洋潮汐運動而存在的濕地生態體系;"
        "內陸濕地則是因為雨水、地下水、溪流、湖泊及池塘所形成的濕地生態系統,包括淡水沼澤、淡水池塘等。\n"
    )
    assert ("沿海濕地", "是隨著海洋潮汐運動而存在的濕地生態體系") in _entries(text)


@pytest.mark.xfail(reason="group F, headword:definition lines under no glossary heading and an unclosed bracket", strict=False)
def test_group_f_glossary_lines_without_a_heading() -> None:
    """P2727 (dev-98, a travel insurer's Chinese glossary): `本术语表提供了…` announces the glossary in a sentence, and its lines
    open `意外事故(Accident: …` with the English name's bracket never closed; no line is read."""
    text = (
        "本术语表提供了国际健康保险中常用术语的一般性描述。\n"
        "意外事故(Accident: 在保险期间内发生的意外且不幸的事件。\n"
        "代理人(Agent: 获得许可并代表保险公司销售保险产品的授权代表。\n"
        "转让: 将保险单的权利和利益从一个人合法转移给另一个人的行为。\n"
    )
    assert ("转让", "将保险单的权利和利益从一个人合法转移给另一个人的行为。") in _entries(text)
