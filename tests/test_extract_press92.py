"""The ninety-second development set's press pages P2568–P2582 (rural, regional and governance vocabulary: daily-word
cards, a WeChat repost, Q&A answers, essay and exam sites, blogs, Hong Kong and Taiwan press). Each mend has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it
must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a definition listing parts ends before 其中,“Y”是… when Y is one of them (P2571) -----------------------------------

_MEETINGS = (
    "“三会”指的是:党支部定期召开党员大会、党小组会、党课会。其中,“党员大会”是党组织最为重要的会议形式,所有党员都需参加。"
    "党员大会是党支部内部交流与决策的重要平台。"
)


def test_a_quoted_part_after_qizhong_is_an_entry_of_its_own():
    assert pairs(_MEETINGS) == [
        ("“三会”", "指的是:党支部定期召开党员大会、党小组会、党课会。"),
        ("“党员大会”", "是党组织最为重要的会议形式,所有党员都需参加。党员大会是党支部内部交流与决策的重要平台。"),
    ]


def test_the_same_shape_with_zhi_and_corner_quotes():
    assert pairs("「兩岸」是指台灣和大陸兩地。其中,「台灣」指台灣地區,包括金門馬祖。") == [
        ("「兩岸」", "是指台灣和大陸兩地。"),
        ("「台灣」", "指台灣地區,包括金門馬祖。"),
    ]


def test_a_quoted_word_after_qizhong_that_the_definition_has_not_named_stays_inside():
    from policyterms.mining.extract_layouts.ends import _PART_SENTENCE

    text = "“三会”指的是:党支部定期召开的三种会议。其中,“党员大会”是最为重要的会议形式。"
    assert pairs(text) == [("“三会”", "指的是:党支部定期召开的三种会议。其中,“党员大会”是最为重要的会议形式。")]
    assert _PART_SENTENCE.search("。其中,“党员大会”是否召开") is None


# --- X,主要是指… in a paragraph left whole; a paywall's character count is furniture (P2575) ------------------------------

_CRAFTSMEN = (
    "乡村工匠,主要是指县域内从事传统工艺和乡村手工业,能够扎根农村,推动乡村振兴发展的技能人才。"
    "发挥乡村工匠的带动作用,既有利于留住乡愁、盘活乡土文化资源。(剩余1071字)"
)


def test_a_headword_and_comma_before_an_adverb_and_shizhi_is_the_term():
    assert pairs(_CRAFTSMEN) == [
        (
            "乡村工匠",
            "主要是指县域内从事传统工艺和乡村手工业,能够扎根农村,推动乡村振兴发展的技能人才。"
            "发挥乡村工匠的带动作用,既有利于留住乡愁、盘活乡土文化资源。",
        )
    ]


def test_the_same_shape_with_tongchang_and_another_paywall_count():
    assert pairs("河长制,通常是指由各级党政主要负责人担任河长的制度。【还剩 320 字】") == [("河长制", "通常是指由各级党政主要负责人担任河长的制度。")]


def test_a_character_count_that_is_no_paywall_stays():
    from policyterms.mining.extract_layouts.prose import _PAYWALL_MARK, _WHOLE_PARAGRAPH

    assert _PAYWALL_MARK.search("…的制度。(全文共1071字)") is None
    assert _PAYWALL_MARK.search("…的制度(剩余1071字)") is None  # (no stop before it: inside a sentence)
    assert _WHOLE_PARAGRAPH.search("党的生日,通常是指党诞生的日子。当时在") is None  # a paragraph broken by the copy


# --- a count spaced off the verb before it is no headword gap (P2574) ----------------------------------------------------

def test_a_numbered_figure_item_split_at_its_spaced_count_is_no_entry():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.spaced import _spaced

    page = "(二)振兴基础\n1.全国粮食总产量连续 5 年保持在 1.2 万亿斤以上。\n2.农村居民人均收入累计 3 倍于十年前的水平。\n"
    lines = _lines(page)
    assert _spaced(lines, [True] * len(lines)) == []


def test_a_spaced_headword_glossed_by_a_sentence_opening_with_a_number_stays():
    from policyterms.mining.extract_layouts.spaced import _COUNT_OPENING, _COUNTING_VERB_END

    assert _COUNTING_VERB_END.search("全国粮食总产量连续") and _COUNT_OPENING.match("5 年保持在 1.2 万亿斤以上。")
    assert _COUNTING_VERB_END.search("人口自然增长率") is None  # (a rate, no verb before a count)
    assert _COUNTING_VERB_END.search("十四五规划") is None and _COUNTING_VERB_END.search("经济增长") is None
