"""The ninety-eighth development set's press pages P2718, P2720–P2738 (culture, tourism, sport and events vocabulary:
industry-news and company pages, a travel guide, Hong Kong and Taiwan papers, a think tank, an insurer's glossary, a theory
paper, portals, a slang dictionary, e-papers, a law institute's page, a travel company's glossary). Each mend has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must
leave alone."""

from __future__ import annotations

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries


def _entries(page: str) -> list[tuple[str, str]]:
    try:
        return [(e.term, e.definition) for e in extract_entries(page)]
    except InputError:
        return []


# --- a page spacing its quotations off their words: no headword before the space (P2718) ---------------------------------

_SPACED_QUOTES_PAGE = (
    "要理解 “全域旅游”,需要先厘清它与 “旅游 +”“+ 旅游” 的关系 —— 三者并非孤立概念,而是层层递进、相互支撑的体系:"
    "“旅游 +” 是全域旅游的核心手段,“+ 旅游” 是全域旅游的拓展路径,而全域旅游则是最终追求的发展模式与目标。\n"
    "二者本质是 “以谁为核心” 的差异,共同指向 “打破产业边界、激活旅游价值”,但发力方向完全不同:\n"
    "全域旅游的核心是 “产业无边界”—— 通过旅游业与其他产业的深度融合,创造新的消费场景和经济增长点:\n"
)


def test_a_space_before_a_quotation_on_a_page_spacing_its_quotations_is_no_headword_gap():
    terms = [term for term, _ in _entries(_SPACED_QUOTES_PAGE)]
    assert "要理解" not in terms
    assert "二者本质是" not in terms
    assert "全域旅游的核心是" not in terms


def test_a_spaced_list_whose_gloss_opens_with_a_quotation_is_still_read():
    # (a yearbook's spaced headwords, a quotation opening a gloss, on a page that spaces no quotation inside a sentence)
    page = (
        "三农问题  “三农”指农业、农村、农民这三个问题,是关系国计民生的根本性问题。\n"
        "两新组织  “两新”组织是新经济组织和新社会组织的简称,是社会治理的重要力量。\n"
    )
    assert [term for term, _ in _entries(page)] == ["三农问题", "两新组织"]
