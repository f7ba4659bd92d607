"""The ninetieth development set's press pages P2547–P2557 (new-quality productive forces, AI+, green bonds, carbon trading
and fees, green-power certificates, carbon neutrality: mainland, Hong Kong and Taiwan press, one in Cantonese). Each mend
has the real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same
shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a quoted word named by the kind of thing it is, then glossed by 即 (P2555) --------------------------------------------

_PARK = (
    "零碳園區建設的核心指標是“單位能耗碳排放”，即園區內每消費一噸標準煤的各類能源所排放的二氧化碳量。"
    "這是衡量能源利用效率和環保水平的重要指標。"
)


def test_a_quoted_word_named_by_its_kind_after_shi_is_glossed_from_ji():
    assert pairs(_PARK) == [
        ("“單位能耗碳排放”", "即園區內每消費一噸標準煤的各類能源所排放的二氧化碳量。這是衡量能源利用效率和環保水平的重要指標。"),
    ]


def test_the_same_shape_in_simplified_script_with_another_kind_noun():
    assert pairs("改革的基本思路是“放管服”，即简政放权、放管结合、优化服务。") == [("“放管服”", "即简政放权、放管结合、优化服务。")]


def test_a_quoted_answer_or_a_slogan_after_shi_is_no_named_kind():
    from policyterms.mining.extract_layouts.prose import _KIND_NAMED_JI

    # the subject's head noun names no concept: an answer, a motto
    assert _KIND_NAMED_JI.match("他的回答是“不”，即拒绝合作，不再讨论此事。") is None
    assert _KIND_NAMED_JI.match("我们的口号是“向前进”，即不断进步。") is None
    # a date or a count after 即 is no gloss
    assert _KIND_NAMED_JI.match("本次改革的目标是“两年见效”，即2027年底前完成。") is None
    # a bare 是 after the comma gives a verdict as often as a gloss
    assert _KIND_NAMED_JI.match("核心指标是“单位能耗碳排放”，是衡量能源利用效率的重要指标。") is None


# --- plain-words lead-ins in Hong Kong's written Cantonese (P2549) ---------------------------------------------------------

_BOND = (
    "📊綠色債券的官方定義:不只是一張普通債券\n\n"
    "簡單嚟講,綠色債券(Green Bond)係一種固定收益工具,同普通債券一樣,發行人(例如政府或企業)向投資者借錢,"
    "並承諾喺指定時間內支付利息,到期後歸還本金。\n"
)


def test_a_cantonese_plain_words_lead_in_is_no_part_of_the_headword():
    assert pairs(_BOND) == [
        (
            "綠色債券(Green Bond)",
            "係一種固定收益工具,同普通債券一樣,發行人(例如政府或企業)向投資者借錢,並承諾喺指定時間內支付利息,到期後歸還本金。",
        ),
    ]


def test_the_cantonese_lead_in_forms_are_read_as_the_mandarin_ones():
    from policyterms.mining.extract_layouts.general import _LEAD_IN

    for lead in ("簡單嚟講,", "簡單啲講,", "简单来说,", "簡單來講,"):
        assert _LEAD_IN.match(lead + "綠色債券") is not None, lead
    # 嚟 alone, a verb (come), opens no lead-in
    assert _LEAD_IN.match("嚟講座,綠色債券") is None


# --- a question line comparing several terms is no headword (P2551) ---------------------------------------------------------


def test_several_terms_compared_are_no_headword():
    from policyterms.mining.extract_layouts.common import _good_term

    assert not _good_term("你知道碳費、碳權、碳稅三者的差異")
    assert not _good_term("碳达峰、碳中和的区别")
    assert not _good_term("两者的区别")


def test_one_term_with_a_difference_word_stays_a_term():
    from policyterms.mining.extract_layouts.common import _good_term

    # a difference of one thing (收入差异, 城乡收入的差异) names a measure, no comparison of listed terms
    assert _good_term("收入差异")
    assert _good_term("城乡收入的差异")
    assert _good_term("碳費")


def test_the_carbon_fee_page_no_longer_reads_its_question_line():
    page = (
        "你知道碳費、碳權、碳稅三者的差異是什麼嗎?\n\n"
        "台灣因應國際淨零排放的需求,也吹起了「碳風潮」。不過,相關名詞傾巢而出讓人眼花撩亂。\n\n"
        "碳費(carbon fee): 企業製造多少碳排放,就要繳交相對的費用給環境部。碳費是國際上常用的碳定價工具,指的是針對二氧化碳等溫室氣體向排放者徵收費用。\n"
    )
    assert all("差異" not in term for term, _ in pairs(page))


# --- a subject restated after its renaming and a cited frame (P2550) ------------------------------------------------------

_CARD = (
    "■定義\n"
    "碳交易即「碳排放權交易」,根據聯合國《京都議定書》,碳交易是以國際公法作依據的溫室氣體排減量交易,即以市場機制,"
    "將溫室氣體排放權作為可交易商品。合約買方可透過支付另一方,獲溫室氣體如二氧化碳等的減排額。\n"
)


def test_a_subject_restated_after_its_renaming_and_a_frame_is_the_term():
    assert pairs(_CARD) == [
        (
            "碳交易",
            "是以國際公法作依據的溫室氣體排減量交易,即以市場機制,將溫室氣體排放權作為可交易商品。合約買方可透過支付另一方,獲溫室氣體如二氧化碳等的減排額。",
        ),
    ]


def test_the_plain_form_of_the_restated_subject():
    assert pairs("双碳,根据中央文件的表述,双碳是指碳达峰与碳中和两个目标的合称。") == [("双碳", "是指碳达峰与碳中和两个目标的合称。")]


def test_a_subject_naming_another_word_after_the_frame_is_no_restatement():
    from policyterms.mining.extract_layouts.prose import _RESTATED_SUBJECT

    assert _RESTATED_SUBJECT.fullmatch("碳交易即「碳排放權交易」,根據聯合國《京都議定書》,碳交易").group("term") == "碳交易"
    # the word after the frame is another one: no restatement
    assert _RESTATED_SUBJECT.fullmatch("碳交易即「碳排放權交易」,根據聯合國《京都議定書》,排放權") is None
    # nothing between: no aside to leave out
    assert _RESTATED_SUBJECT.fullmatch("碳交易") is None
