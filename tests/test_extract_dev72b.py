"""Seventy-second round, fixer B: mechanisms mended from the misses of development splits dev-57 … dev-93 (bundled pages),
each tested on its page's own sentences, on other real shapes it should cover, and on one it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

PAGES = Path(__file__).parent / "data" / "appendices"


def _page(prefix: str) -> str:
    path = next(PAGES.glob(f"{prefix}-*.txt"))
    return path.read_text("utf-8").partition("\n\n")[2]


# Label lines glossing a headword's codes or kinds below its definition line (labelled._DEFINITION_LINE) ---------------------


def test_the_noise_glossarys_code_lines_are_entries_of_their_own():
    entries = pairs(_page("699"))
    assert ("L0", "某一時段之最大音量。") in entries
    assert ("L90", "某一時段有90%之音量超過此值。") in entries
    gloss = dict(entries)["噪音分布值(Lx) Percentile level\ufffdFStatistical indexb"]
    assert gloss.endswith("算術平均數(arithmetic mean)。")


def test_kinds_glossed_below_a_definition_line():
    text = (
        " 噪音 Noise\n\n指發生之聲音超過管制標準而言,單位為分貝。\n\n 交通事故\n\n指車輛在道路上行駛所發生之事故。\n"
        "A1類:指造成人員當場或24小時內死亡之交通事故。\nA2類:指造成人員受傷或超過24小時死亡之交通事故。\n\n"
        " 振動 Vibration\n\n指人為活動所引起之往復運動。\n"
    )
    assert pairs(text) == [
        ("噪音 Noise", "指發生之聲音超過管制標準而言,單位為分貝。"),
        ("交通事故", "指車輛在道路上行駛所發生之事故。"),
        ("A1類", "指造成人員當場或24小時內死亡之交通事故。"),
        ("A2類", "指造成人員受傷或超過24小時死亡之交通事故。"),
        ("振動 Vibration", "指人為活動所引起之往復運動。"),
    ]


def test_values_notes_and_card_fields_below_a_gloss_are_no_parts():
    # figures for a level, an aspect's label and a card's contact fields are no kinds of the headword
    values = " 空氣品質指標\n\n指依據監測資料換算之指標。\n良好:0-50。\n普通:51-100。\n\n 振動\n\n指人為活動所引起之往復運動。\n"
    assert [term for term, _ in pairs(values)] == ["空氣品質指標", "振動"]
    notes = " 噪音\n\n指發生之聲音超過管制標準而言。\n說明:單位為分貝。\n例如:汽車喇叭聲超過標準。\n\n 振動\n\n指人為活動所引起之往復運動。\n"
    assert [term for term, _ in pairs(notes)] == ["噪音", "振動"]
    card = "本局成立於民國七十六年,負責環境保護業務。\n地址:新竹市中正路一號。\n電話:03-5216121。\n"
    assert not any(term in ("地址", "電話") for term, _ in pairs(card))


def test_a_cards_fields_below_a_gloss_are_no_kinds():
    # 發行主體 and 資金用途 name different aspects of the headword, no series of its kinds: the gloss reads as before
    text = "綠色債券\n\n指募集資金專門用於綠色項目的債券。\n發行主體:政府、金融機構和企業。\n資金用途:清潔能源、節能環保等項目。\n"
    assert [term for term, _ in pairs(text)] == ["綠色債券"]
