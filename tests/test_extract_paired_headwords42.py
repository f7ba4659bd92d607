"""A headword naming two terms whose answer glosses each in turn (the forty-second set): an entry per term; a yearbook's
indicator pair glossed in one sentence stays one entry."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs_unpinyined as pairs


P1270 = """什麼叫大三線和小三線

大三線包括西南的四川、貴州、雲南,西北的陝西、青海、甘肅的大部分地區,中原的豫西、鄂西,華南的湘西、粵北、桂西北,華北的山西、冀西地區。小三線包括一線地區北京、上海、天津黑龍江、內蒙古等地,二線地區廈門、福州、無錫、合肥等地。

三線建設的意義
"""


def test_two_terms_glossed_in_turn_are_two_entries():
    assert pairs(P1270)[:2] == [
        ("大三線", "包括西南的四川、貴州、雲南,西北的陝西、青海、甘肅的大部分地區,中原的豫西、鄂西,華南的湘西、粵北、桂西北,華北的山西、冀西地區。"),
        ("小三線", "包括一線地區北京、上海、天津黑龍江、內蒙古等地,二線地區廈門、福州、無錫、合肥等地。"),
    ]


def test_a_yearbook_pair_in_one_sentence_stays_one_entry():
    # bundled page 120 (a population yearbook's indicators)
    page = next((Path(__file__).parent / "data" / "appendices").glob("120-*.txt"))
    text = "".join(page.read_text("utf-8").splitlines(keepends=True)[:16])
    assert ("城镇人口和乡村人口", "城镇人口是指居住在城镇范围内的全部常住人口;乡村人口是除上述人口以外的全部人口。") in pairs(text)
