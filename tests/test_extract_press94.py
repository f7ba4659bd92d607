"""The ninety-fourth development set's press pages P2598–P2609 (health, safety, culture and education vocabulary: daily-word
cards, reading and engineering features, a foundation's glossary, a law firm's article, health news, a medical student
magazine, an insurance site; mainland and Taiwan). Each mend has the real sentences it was written from (short excerpts,
the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword


# --- an aside full name, quoted and glossed in English, between headword and 指的是 (P2608) ------------------------------

_ICH = (
    "非遗,即“非物质文化遗产”(Intangible Cultural Heritage),指的是那些被社区、群体或个人视为其文化遗产一部分的实践、"
    "表现、表达、知识、技能以及相关的工具、物品、手工艺品和文化空间。"
)


def test_a_quoted_alias_with_its_english_gloss_is_left_out_before_the_marker():
    # as the topic pass reads the page's sentence (the aside opening the definition)
    assert normalise_headword("非遗", _ICH[3:], _ICH) == (
        "非遗",
        "指的是那些被社区、群体或个人视为其文化遗产一部分的实践、表现、表达、知识、技能以及相关的工具、物品、手工艺品和文化空间。",
    )


def test_the_same_aside_in_corner_quotes_and_full_width_brackets():
    quote = "長照,即「長期照顧」(Long-term Care),是指對失能者提供的照顧服務。"
    assert normalise_headword("長照", quote[3:], quote) == ("長照", "是指對失能者提供的照顧服務。")
    quote = "政采贷,即政府采购供应商信用融资(政采贷款),是指银行以政府采购信誉为基础发放的贷款。"
    assert normalise_headword("政采贷", quote[4:], quote) == ("政采贷", "是指银行以政府采购信誉为基础发放的贷款。")


def test_a_quoted_gloss_after_ji_with_no_strong_marker_stays_the_definition():
    from policyterms.mining.extract_layouts.general import _ALIAS_ASIDE_OPENING

    assert _ALIAS_ASIDE_OPENING.match("即“非物质文化遗产”(Intangible Cultural Heritage),包括传统技艺。") is None
    assert _ALIAS_ASIDE_OPENING.match("即“把文化遗产留给后代”的一项工作,是指…") is None


def test_a_quoted_name_run_into_the_headword_stays_the_definitions_opening():
    # (no comma before 即: 第三产业即服务业,是指… keeps its 即, and so does the quoted name)
    quote = "非遗即“非物质文化遗产”(Intangible Cultural Heritage),指的是那些被视为其文化遗产一部分的实践。"
    assert normalise_headword("非遗", quote[2:], quote) == ("非遗", quote[2:])


# --- 後者則是指…: the pointing word left once its adverb goes names no term (P2605) --------------------------------------


def test_houzhe_ze_shizhi_gives_no_entry():
    assert normalise_headword("後者則", "是指保險給付項目的改變(新藥對於醫療費用的影響)、保險對象健康狀況的提升。") is None
    assert normalise_headword("后者则", "是指保险给付项目的改变。") is None


def test_a_term_before_ze_shizhi_keeps_its_entry():
    assert normalise_headword("協商因素則", "是指保險給付項目的改變。") is not None
    assert normalise_headword("後者效應", "是指保險給付項目的改變。") is not None
