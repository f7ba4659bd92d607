"""A site's back link over an article (``返回首页 >``, forty-sixth development set, P1531) is page furniture, never a
headword over the article's text."""

from __future__ import annotations

from conftest import pairs

P1531 = (
    "返回首页 >\n\n"
    "两会词典丨“投资于人”,一场关乎14亿人的深度投资\n\n"
    "2025-03-09 10:21   海报新闻\n\n"
    "  投资于人,是全方位扩大国内需求的破题关键。说到底,就是政府的钱花给老百姓,让老百姓有钱花,敢花钱,过上更好的日子。\n"
)


def test_a_back_link_is_no_headword() -> None:
    assert all(not term.startswith("返回") for term, _ in pairs(P1531))


def test_a_definition_under_a_plain_headword_line_stays() -> None:
    # (the same page shape under a headword of its own: P1524's column)
    got = pairs("  特别合作区 \n\n  是广东省最早探索设立的特殊的地方合作区域,旨在以先富带动后富解决个别市发展滞后的问题。\n")
    assert [t for t, _ in got] == ["特别合作区"]
