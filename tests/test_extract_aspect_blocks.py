"""Across sets: headword lines under a term the page has just defined in prose, whose paragraphs talk about that
term and never about the heading's words, are its aspects, not entries (dev-47's P1571, dev-42's P1306); a kind named
under the term and explained through an anaphor (``該類型中,…``, dev-38's P1053) stays an entry."""

from __future__ import annotations

from conftest import pairs


def test_numbered_bold_aspects_of_a_term_defined_above_are_no_entries():
    # dev-47's P1571 (shortened): 淨零轉型指的是… / 1. **政府與民間合作** / 台灣政府強調,…是實現淨零轉型的核心原則。…
    text = (
        "回答於 : 2026-01-23\n"
        "淨零轉型指的是一個國家或地區在減少溫室氣體排放的同時,通過各種政策、技術創新和社會行動來實現碳中和,即碳排放與碳吸收達到平衡。"
        "台灣的淨零轉型已成為政府政策的重點,並透過結合民間力量來推動這一進程。\n"
        "1. **政府與民間合作**\n"
        "台灣政府強調,「政府領航、民間齊心」是實現淨零轉型的核心原則。政府將加強與民間各界的合作,發展出台灣特有的淨零轉型模式。\n"
        "2. **氣候變遷與國家競爭力**\n"
        "總統指出,淨零轉型不僅是環境責任,更是一個國家競爭力的升級機會。這意味著,淨零轉型將有助於提升台灣在全球市場中的創造力和行動力。\n"
        "3. **國際合作與全球挑戰**\n"
        "台灣在國際上積極參與淨零轉型的合作,並與其他國家共同應對全球氣候變遷問題。\n"
    )
    terms = [term for term, _ in pairs(text)]
    assert "淨零轉型" in terms
    assert not {"政府與民間合作", "氣候變遷與國家競爭力", "國際合作與全球挑戰"} & set(terms)


def test_kinds_of_a_term_explained_through_an_anaphor_stay_entries():
    # dev-38's P1053: “飛地經濟”是指… / 優勢互補型 / 該類型中,飛入地和飛出地…(“飛地經濟” named, the heading through 該類型)
    text = (
        "“飛地經濟”是指兩個相互獨立、經濟發展存在落差的行政地區打破原有行政區劃限制,通過跨空間的行政管理和經濟開發,實現兩地資源互補、經濟協調發展的一種區域經濟合作模式。\n"
        "形成原因\n按飛地形成的原因,可分為集約用地型、優勢互補型、產業梯度轉移型。\n"
        "優勢互補型\n"
        "該類型中,飛入地和飛出地經濟發展水平近似,但各自的資源稟賦能夠形成很好的優勢互補,通過“飛地經濟”的發展能夠達到雙贏。\n"
        "產業梯度轉移型\n"
        "該類型中,飛入地主要承接飛出地的產業轉移,通過“飛地經濟”實現產業升級。\n"
    )
    terms = [term for term, _ in pairs(text)]
    assert "優勢互補型" in terms and "產業梯度轉移型" in terms


def test_a_term_defined_below_the_blocks_does_not_make_them_aspects_when_one_character_entries_stand_above():
    # the terms defined above a block are judged by their own place on the page: one-character entries (a word's
    # characters glossed in turn, “新”, “质”) standing before the blocks must not lend their place to a term defined below
    from policyterms.mining.extract_layouts.aspect_blocks import aspects_of_defined_term
    from policyterms.mining.extract_layouts.common import Found

    earlier = [Found("“新”", "指的是…", "", 1, 10, 20), Found("“质”", "则强调…", "", 1, 20, 30), Found("淨零轉型", "指的是…", "", 9, 500, 560)]
    blocks = [
        Found("核心原則", "台灣政府強調,民間齊心是實現淨零轉型的關鍵。", "", 3, 100, 140),
        Found("國家競爭力", "總統指出,淨零轉型不僅是環境責任,更是升級機會。", "", 5, 200, 240),
    ]
    assert aspects_of_defined_term(blocks, earlier) == blocks
    assert aspects_of_defined_term(blocks, [*earlier[:2], Found("淨零轉型", "指的是…", "", 1, 40, 90)]) == []
