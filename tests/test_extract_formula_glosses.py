"""The forty-ninth development set's ratio bullets (451, a population chart page): ``• X=formula,即…。`` gives X glossed
from 即, the formula no part of the definition; a formula line alone (``財政自給率=(財政收入/財政支出)×100%``, P1680) gives
nothing."""

from __future__ import annotations

from conftest import pairs


def test_ratio_bullets_with_a_ji_gloss_after_the_formula():
    page = (
        "扶養比趨勢\n"
        "  • 總扶養比=(幼年人口+老年人口)÷青壯年人口×100=扶老比+扶幼比,即每100個青壯年人口所需扶養依賴人口數。\n"
        "  • 扶幼比=幼年人口÷青壯年人口×100,即每100個青壯年人口所需扶養幼年人口數。\n"
        "  • 扶老比=老年人口÷青壯年人口×100,即每100個青壯年人口所需扶養老年人口數。 \n"
    )
    assert pairs(page) == [
        ("總扶養比", "即每100個青壯年人口所需扶養依賴人口數。"),
        ("扶幼比", "即每100個青壯年人口所需扶養幼年人口數。"),
        ("扶老比", "即每100個青壯年人口所需扶養老年人口數。"),
    ]


def test_a_formula_without_a_gloss_gives_nothing():
    # counter-test: P1680's opening formula line and its status sentence
    page = "通常,財政自給率的計算方法如下:財政自給率=(財政收入/財政支出)×100%。\n"
    assert pairs(page) == []
