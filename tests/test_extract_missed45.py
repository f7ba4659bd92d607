"""Missed entries of the forty-fifth development set, on its real sentences: a bare counted word spelled out in
brackets after 即 (419) — each with a real sentence of the same shape that the rule must not take."""

from __future__ import annotations

from conftest import pairs


# --- a bare counted word spelled out by (即…) -------------------------------------------------------------------------

P419 = (
    "  根据《法定语文条例》(第5章),中文和英文都是香港的法定语文,享有同等地位。"
    "政府的政策是维持一支通晓两文(即中文和英文)三语(即广东话、普通话和英语)的公务员队伍。\n"
)


def test_a_bare_counted_word_spelled_out_by_ji_in_brackets():
    assert pairs(P419) == [("两文", "中文和英文"), ("三语", "广东话、普通话和英语")]


def test_a_bracket_of_clauses_after_a_counted_word_is_none():
    # the eleventh congress report: the bracket lists five duties in clauses, not the count's items
    text = (
        "在无产阶级文化大革命中，大批指战员参加三支两军（即支援工业，支援农业，支持左派广大群众，军事管制，军政训练），"
        "军队代表参加三结合，受到了阶级斗争的锻炼，密切联系了群众。\n"
    )
    assert pairs(text) == []
