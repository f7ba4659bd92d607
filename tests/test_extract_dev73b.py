"""Seventy-third round, fixer B: mechanisms mended from the misses of the freshest development splits (dev-121 … dev-127),
each tested on its page's own sentences (press pages held inline: they are not bundled), on other real shapes it should
cover, and on one it must not take."""

from __future__ import annotations

import pytest

from conftest import pairs


# A slogan built on 即 "as soon as" keeps its 即 (general._SLOGAN_JI) ----------------------------------------------------------


def test_the_editorials_slogan_keeps_its_ji():
    # P3471, a newspaper editorial: 接诉即办,通俗说就是,… (the page's own sentences, its later remarks shortened)
    text = (
        "接诉即办,通俗说就是,接到群众反映,立即对接办理,高效、精准地解决好民众急难愁盼问题。客观来说,这样的要求和原则,"
        "对每个地方政府都应该成立。\n"
    )
    assert [term for term, _ in pairs("标题\n" + text)] == ["接诉即办"]
    assert pairs("标题\n" + text)[0][1].startswith("就是,接到群众反映,立即对接办理")


@pytest.mark.parametrize(
    "text, term",
    [
        ("免申即享,是指企业无需申请即可享受政策。\n", "免申即享"),
        ("拿地即开工,简单说就是企业拿到土地后马上开工。\n", "拿地即开工"),
        ("交房即交证,通俗地讲就是买房人收房时拿到不动产权证。\n", "交房即交证"),
        ("接诉即办是指接到群众反映立即对接办理。\n", "接诉即办"),
    ],
)
def test_other_slogans_on_ji_keep_it(text, term):
    assert [t for t, _ in pairs("标题\n" + text)] == [term]


@pytest.mark.parametrize("text", ["社保即社会保险,是指国家建立的保险制度。\n", "央企即中央企业,是指国务院监管的企业。\n"])
def test_another_name_after_ji_stays_out_of_the_term(text):
    # the other name is longer than a slogan's deed: the term is the short form, as before
    assert len(pairs("标题\n" + text)[0][0]) == 2
