"""The forty-third set's field frame before a quoted word and its use verb (P1331's ``在經濟學領域,“三駕馬車”常用於指代…``):
the quoted word is the term, ``常用於`` goes with the marker; a frame before a plain subject gives nothing."""

from __future__ import annotations

from conftest import pairs


def test_a_use_verb_after_the_framed_quoted_word_goes_with_the_marker():
    text = (
        "在經濟學領域,“三駕馬車”常用於指代驅動經濟增長的三大主要動力,具體爲投資、消費和出口。這三種力量共同促進了國內生產總值(GDP)的增長。"
        "其中,消費指的是最終需求中的居民消費;投資包括政府和企業的固定資產投資;出口則是指商品和服務的國際銷售。\n"
    )
    assert ("“三駕馬車”", "常用於指代驅動經濟增長的三大主要動力,具體爲投資、消費和出口。這三種力量共同促進了國內生產總值(GDP)的增長。") in pairs(text)


def test_a_frame_before_a_plain_subject_gives_no_entry():
    text = "在区域经济发展研究中,有一种理论被广泛应用于解释不同地区之间的经济差异与增长动力,它就是“增长极理论”。\n"
    assert all(term != "有一种理论" for term, _ in pairs(text))
