"""Seventy-second round, fixer B: mechanisms mended from the misses of development splits dev-57 … dev-93 (bundled pages),
each tested on its page's own sentences, on other real shapes it should cover, and on one it must not take."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# The next numbered question ends the answer above (headwords._NUMBERED_QUESTION) --------------------------------------------


def test_a_long_numbered_question_ends_the_answer_above():
    # Q2 holds a comma and is no short question heading, but its number says a new question starts
    text = "Q1:何謂綠色債券?\n\n募集資金專門用於綠色項目的債券,由政府或企業發行。\n\nQ2:如何申請發行,需要哪些文件?\n\n申請人應備妥申請書及項目說明。\n"
    assert pairs(text) == [("綠色債券", "募集資金專門用於綠色項目的債券,由政府或企業發行。")]
    text = (
        "1. 什么是「专工专责」规定?\n\n《条例》的「专工专责」规定于2017年4月1日起实施。除订明情况外,指定工种的建造工作必须由注册技工进行。\n\n"
        "2. 在何等情况下,非注册技工可进行该工种的工作?\n\n非注册技工在以下情况可进行该工种的工作:\n\n(i) 该工人在注册技工的督导下进行工作;\n"
    )
    assert pairs(text) == [("「专工专责」规定", "《条例》的「专工专责」规定于2017年4月1日起实施。除订明情况外,指定工种的建造工作必须由注册技工进行。")]


def test_a_question_asked_back_inside_an_answer_ends_nothing():
    from policyterms.mining.extract_layouts.headwords import _question_heading

    # an unnumbered sentence asking back, and a numbered item closing on a semicolon, are no next question
    assert not _question_heading("为什么要这样做?因为条例规定。")
    assert not _question_heading("2) 工人在技工的指示下进行工作;")
    text = "什么是绿色债券?\n\n绿色债券是指募集资金专门用于绿色项目的债券。为什么要发行?因为资金需求大。\n"
    assert pairs(text) == [("绿色债券", "是指募集资金专门用于绿色项目的债券。为什么要发行?因为资金需求大。")]


# An item number closed by a half bracket opens a headword or question line (headword_lines._PREFIX) ------------------------


def test_the_councils_numbered_question_gives_its_answer():
    # 808: 1) 什么是「专工专责」规定? over the answer, the next question 2) … ending it
    assert pairs(_page("808")) == [
        (
            "「专工专责」规定",
            "《条例》的「专工专责」规定于 2017 年 4 月 1 日起实施。除订明情况外,条文规定涉及任何指定工种分项的技能的建造工作"
            "必须由该指定工种分项的注册熟练 / 半熟练技工进行。",
        )
    ]


def test_half_bracket_numbers_over_questions_and_headwords():
    answer = "\n\n除特别说明外,这类债券的募集资金必须用于绿色项目。\n"
    for question in ("1) 什么是绿色债券?", "1）什么是绿色债券？", "1)什么是绿色债券?"):
        assert pairs(question + answer) == [("绿色债券", "除特别说明外,这类债券的募集资金必须用于绿色项目。")]
    text = "1) 合謀行為\n\n指企業之間協議合作,進行合謀定價或瓜分市場的行為。\n\n2) 濫用市場權勢\n\n指擁有市場權勢的企業利用該權勢排除競爭對手的行為。\n"
    assert [term for term, _ in pairs(text)] == ["合謀行為", "濫用市場權勢"]


def test_half_bracket_numbered_steps_or_figures_give_nothing():
    assert pairs("办理流程\n\n1) 填写申请表。\n\n2) 提交材料。\n\n3) 等待审核。\n") == []
    assert pairs("1)2023年全市生产总值增长5%。\n2)2024年全市生产总值增长6%。\n") == []


@pytest.mark.parametrize("first, second", [("①", "②"), ("(a) ", "(b) "), ("问题1:", "问题2:"), ("1.1 ", "1.2 "), ("Q1 ", "Q2 "), ("❶", "❷"), ("1 ) ", "2 ) ")])
def test_other_question_numberings(first, second):
    # the numberings FAQ pages give their questions: each asks its word, and the next one ends the answer
    text = f"{first}什么是绿色债券?\n\n募集资金专门用于绿色项目的债券,由政府或企业发行。\n\n{second}如何申请发行,需要哪些文件?\n\n申请人应备妥申请书及项目说明。\n"
    assert pairs(text) == [("绿色债券", "募集资金专门用于绿色项目的债券,由政府或企业发行。")]


def test_a_line_opening_with_a_figure_and_asking_is_no_numbered_question():
    text = "什么是绿色债券?\n\n募集资金专门用于绿色项目的债券,由政府或企业发行。\n30岁以下,可以申请吗?可以。\n"
    assert pairs(text) == [("绿色债券", "募集资金专门用于绿色项目的债券,由政府或企业发行。30岁以下,可以申请吗?可以。")]
    # the new numberings are taken off question lines only: a section number over a plain line is read as before (nothing)
    assert pairs("1.1 绿色债券\n\n募集资金专门用于绿色项目的债券。\n") == []


@pytest.mark.parametrize("first, second", [("a) ", "b) "), ("i. ", "ii. "), ("ii) ", "iii) "), ("Ⅰ. ", "Ⅱ. ")])
def test_sub_list_numberings_over_headword_lines(first, second):
    # the letter and Roman numberings of English-style and Hong Kong pages, as (a) and (i) were read: no part of the term
    text = (
        f"{first}合謀行為\n\n企業之間協議合作,進行合謀定價或瓜分市場的行為。\n\n"
        f"{second}濫用市場權勢\n\n擁有市場權勢的企業利用該權勢排除競爭對手的行為。\n"
    )
    assert [term for term, _ in pairs(text)] == ["合謀行為", "濫用市場權勢"]


def test_a_letter_before_latin_words_or_a_stop_is_no_numbering():
    from policyterms.mining.extract_layouts.headword_lines import _PREFIX

    assert _PREFIX.match("i.e. 也就是说") is None
    assert _PREFIX.match("v. Wade 案") is None


@pytest.mark.parametrize("first, second", [("a) ", "b) "), ("i. ", "ii. "), ("ii) ", "iii) "), ("Ⅰ、", "Ⅱ、"), ("→", "→")])
def test_sub_list_numberings_and_arrows_before_colon_headwords(first, second):
    text = f"{first}合謀行為:指企業之間協議合作,進行合謀定價或瓜分市場的行為。\n{second}濫用市場權勢:指擁有市場權勢的企業利用該權勢排除競爭對手的行為。\n"
    assert [term for term, _ in pairs(text)] == ["合謀行為", "濫用市場權勢"]


def test_a_letter_before_an_english_label_or_an_abbreviation_is_no_item_number():
    from policyterms.mining.extract_layouts.common import _NOTE_NUMBER

    assert _NOTE_NUMBER.match("a) Collusion:agreements between firms") is None
    assert _NOTE_NUMBER.match("i.e.合謀:指…") is None


@pytest.mark.parametrize(
    "question, answer", [("Q. 什么是绿色债券?", "A. "), ("提问:什么是绿色债券?", "回答:"), ("Q1:什么是绿色债券?", "A1:"), ("问题:什么是绿色债券?", "解答:")]
)
def test_question_and_answer_labels_numbered_or_written_out(question, answer):
    # the answer's label, numbered as its question (A1:) or written out (回答:), is no part of the definition
    text = f"{question}\n{answer}募集资金专门用于绿色项目的债券,由政府或企业发行。\n"
    assert pairs(text) == [("绿色债券", "募集资金专门用于绿色项目的债券,由政府或企业发行。")]


def test_an_answer_opening_with_a_latin_letter_word_keeps_it():
    text = "什么是A股?\nA股是指在中国境内注册、在境内上市的普通股票。\n"
    assert pairs(text) == [("A股", "是指在中国境内注册、在境内上市的普通股票。")]


@pytest.mark.parametrize("separator", [" – ", " - ", "=", " ＝ ", "＞", " — "])
def test_a_separator_other_than_a_colon_before_the_marker(separator):
    text = f"合謀行為{separator}指企業之間協議合作,進行合謀定價或瓜分市場的行為。\n濫用市場權勢{separator}指擁有市場權勢的企業利用該權勢排除競爭對手的行為。\n"
    assert pairs(text) == [
        ("合謀行為", "指企業之間協議合作,進行合謀定價或瓜分市場的行為。"),
        ("濫用市場權勢", "指擁有市場權勢的企業利用該權勢排除競爭對手的行為。"),
    ]


def test_a_dash_before_other_words_or_inside_a_term_stays():
    from policyterms.mining.extract_layouts.general import without_separator

    assert without_separator("新冠疫情", "– 2020年初爆發。") == ("新冠疫情", "– 2020年初爆發。")
    assert without_separator("COVID-19", "是指新型冠狀病毒引起的疾病。") == ("COVID-19", "是指新型冠狀病毒引起的疾病。")


def test_an_item_counted_with_xiang_or_dian_before_its_headword():
    for first, second in (("第一项", "第二项"), ("第一點、", "第二點、")):
        text = f"{first}合謀行為：指企業之間協議合作的行為。\n{second}濫用市場權勢：指擁有市場權勢的企業排除競爭對手的行為。\n"
        assert [term for term, _ in pairs(text)] == ["合謀行為", "濫用市場權勢"]
    # 项目 is a word, no count
    text = "第一项目经理：指负责第一个项目的经理。\n第二项目经理：指负责第二个项目的经理。\n"
    assert [term for term, _ in pairs(text)] == ["第一项目经理", "第二项目经理"]
