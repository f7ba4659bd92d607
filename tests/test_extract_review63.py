"""Review of the sixty-second round's rules (即 glued before 是指 or 指, a glossary card refusing a line opening with a date,
a bare 是 whose middle clause closes on the term's head, a word said to have no settled definition) on text they were not
written from: sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new
readings took wrong."""

from __future__ import annotations

from conftest import pairs


# 即指 is one marker only before a definition, not before a verb of its own (指定, 指派, 指责 …) -------------------------------


def test_ji_before_a_verb_made_with_zhi_opens_no_definition():
    # the round read 即指 glued to a subject as the marker: 即 ("at once") before 指定 / 指派 is an adverb and a verb
    assert pairs("该项目即指定由区住建委牵头实施。") == []
    assert pairs("区政府即指派工作组进驻该街道。") == []


def test_ji_zhi_still_opens_a_definition():
    assert pairs("无固定期限劳动合同即指用人单位与劳动者约定无确定终止时间的劳动合同。") == [
        ("无固定期限劳动合同", "即指用人单位与劳动者约定无确定终止时间的劳动合同。")
    ]


# A glossary card's gloss dated by the period it holds for is no news (glossary_cards) ---------------------------------------


def test_a_card_whose_gloss_opens_with_the_period_it_holds_for_stands():
    # the round refused a card whose gloss opens with a date (a column's news under a menu's 名词解释); a yearbook's card
    # dates its changed scope so, and the period was then read as the term
    assert pairs("名词解释\n规模以上工业企业\n2011年起指年主营业务收入2000万元及以上的工业法人单位。") == [
        ("规模以上工业企业", "2011年起指年主营业务收入2000万元及以上的工业法人单位。")
    ]
    assert pairs("名詞解釋\n勞動人口\n2019年以前係指十五歲及以上從事經濟活動的人口。") == [
        ("勞動人口", "2019年以前係指十五歲及以上從事經濟活動的人口。")
    ]


def test_a_columns_dated_news_under_a_menus_glossary_title_is_still_no_card():
    assert pairs("名词解释\n通知公告\n2024年起,我局将启用新版统计报表系统。") == []
    assert pairs("名词解释\n会议通知\n2024年5月10日在市政府召开全市统计工作会议。") == []
    assert pairs("名词解释\n工作动态\n2024年指导全市企业完成统计年报报送工作。") == []  # (指导 a verb, no marker)


# A middle clause closing on the term's head names its class only after a frame opening the predicate (topics) --------------


def test_a_task_after_a_standing_is_no_class():
    # the round read a middle clause closing on the head (…的更新) as the class: after a standing (今年的重点工作) the clause
    # is a task, its head word the work's object
    assert pairs("城市更新是今年的重点工作,要加快推进老旧小区改造的更新,确保完成年度目标。") == []


# A demonstrative after 對 points at a matter, no word said to have no settled definition (prose) ---------------------------


def test_no_settled_definition_of_this_names_no_term():
    assert pairs("對此政府至今未有任何定義,一般指由市民自行理解。") == []


def test_no_settled_definition_of_a_word_still_gives_the_word():
    assert pairs("香港法例對「劏房」並無定義,一般指分間單位。") == [("「劏房」", "一般指分間單位。")]
    assert pairs("本港對棕地未有清晰統一定義,一般泛指已被開發或受破壞的鄉郊土地。") == [("棕地", "一般泛指已被開發或受破壞的鄉郊土地。")]


def test_a_reports_tasks_stated_after_a_frame_are_no_class():
    # a subject with 的 (a report's 主要任务) and a frame (在…的基础上) opening the predicate: a middle clause closing on the
    # head (…尚未完成的任务) names the work to do, no class (a 1965 government work report)
    assert pairs(
        "明年发展国民经济的主要任务是，在更深入广泛开展社会主义教育运动的基础上，大力组织工农业生产新高潮，"
        "完成国民经济调整工作中某些尚未完成的任务，为一九六六年开始的第三个五年计划作好准备。"
    ) == []
