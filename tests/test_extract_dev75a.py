"""Seventy-fifth round, fixer A: whether a bare 是 glossing a page's own term in running prose can be read without the
status sentences of the same shape, written from the even development sets (dev-120 … dev-142) and judged by counts only
on the odd ones (dev-121 … dev-143). Each shape is written out here as a short page: press pages are not bundled."""

from __future__ import annotations

from conftest import pairs

# --- a paragraph opening bare with the titled term, its first clause a plain class after 的 -------------------------------


def test_a_titled_term_glossed_by_a_plain_class_after_de_1216():
    # (1216's sentence under the land registry's 业权注册 page title; on the page itself a bullet opens the line and a
    # headword layout reads it, so the page stays as it was)
    page = "业权注册制度简介\n业权注册纪录是已注册物业业权不可推翻的证据。\n买家无须查考业权注册纪录以外的资料。\n"
    assert pairs(page) == [("业权注册纪录", "是已注册物业业权不可推翻的证据。")]


def test_other_titled_terms_glossed_by_a_plain_class():
    # (P3518's sentence, under a title that names the term as its column's does not)
    column = "綠色建築值得大力推動\n綠色建築是城市和社區的全球性環保解決方案，可以通過可持續的設計來減少碳排放。\n香港應投入更多資源。\n"
    assert pairs(column) == [("綠色建築", "是城市和社區的全球性環保解決方案，可以通過可持續的設計來減少碳排放。")]
    guide = "灵活就业人员参保指南\n灵活就业是劳动者在用人单位之外自主安排的就业形式,包括个体经营和非全日制用工。\n符合条件的可以参保。\n"
    assert pairs(guide) == [("灵活就业", "是劳动者在用人单位之外自主安排的就业形式,包括个体经营和非全日制用工。")]


def test_a_status_sentence_of_the_same_shape_gives_nothing():
    # a weighing word (重要, 重点, 有效), a ranking 最 or a figure after 的: the term's standing, no gloss (P3382's wrong entry)
    assert pairs("中小企業扶持計劃\n中小企業是澳門經濟的重要組成元素,僱用大量的人員。\n特區政府非常重視扶助中小企業發展。\n") == []
    assert pairs("首店经济观察\n首店经济是今年商务工作的重点。\n各区出台扶持政策。\n") == []
    assert pairs("长护险试点扩围\n长期护理保险是应对人口老龄化的有效举措。\n试点城市将增至四十九个。\n") == []
    assert pairs("夜间经济升温\n夜间经济是城市活力的晴雨表。\n") == []


def test_a_term_only_counted_on_the_page_is_no_evidence():
    # named three times but by no title: a closing line's 以上 and a pair's 一類 would pass the count (P3686, P3515)
    page = (
        "法律解答:试用期不得超过六个月。\n以上是律师的法律建议,如有疑问,欢迎进一步咨询。\n"
        "以上内容仅供参考。以上意见不构成委托。\n"
    )
    assert all(term != "以上" for term, _ in pairs(page))
