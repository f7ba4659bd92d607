"""A page's opening paragraph saying what its subject is (the thirty-ninth round, across sets): ``X是…`` or ``X就是…`` as
the first paragraph (below a title line naming ``X`` alone, if any), when the page names ``X`` twice more; not a pointing
word, a question, a lead of standing, or a subject the page does not come back to."""

from __future__ import annotations

from policyterms.mining.extract_layouts import find_entries


def _entries(text: str) -> list[tuple[str, str]]:
    return [(entry.term, entry.definition) for entry in find_entries(text)]


def test_an_opening_paragraph_on_the_pages_subject_is_its_definition():
    # P1559 (dev-46): an encyclopedia page on a law, named again in the paragraphs below
    law = (
        "《数据安全法》是中国为了保护公民、法人和其他组织在网络空间中的数据安全,维护国家安全和社会公共利益,"
        "促进数字经济健康发展而制定的一部法律。该法律于2021年9月1日正式实施。\n"
        "《数据安全法》共分为七章,分别是总则、数据安全责任、数据安全标准、数据安全监管和附则。\n"
        "在具体条文方面,《数据安全法》也有许多重要的规定。\n"
    )
    assert _entries(law) == [
        ("《数据安全法》", "是中国为了保护公民、法人和其他组织在网络空间中的数据安全,维护国家安全和社会公共利益,"
         "促进数字经济健康发展而制定的一部法律。该法律于2021年9月1日正式实施。")
    ]


def test_a_title_line_naming_the_subject_alone_above_its_opening_paragraph():
    # P1672 (dev-49): a legal-terms card, the term as its title
    budget = (
        "特别预算\n\n特别预算是国家因应特殊情况的财务开支。\n\n"
        "后来更名为「特别预算」,修正提出条件为:国防紧急设施或战争、国家经济重大变故。\n\n"
        "特别预算的编列被排除在年度总预算之外,因此主计总处认为特别预算不仅可以应付紧急事态。\n"
    )
    assert _entries(budget) == [("特别预算", "是国家因应特殊情况的财务开支。")]


def test_a_pointing_word_a_question_or_a_lead_of_standing_is_no_subject_defined():
    # P1111 (dev-39): a feature opening on 这里; P1222 (dev-41): a question title written as a sentence;
    # P1706 (dev-49): a lead of standing
    here = "这里是著名的车城,有大国重器柳工机械。\n这里的工人说,这里的车很多。\n这里还有很多工厂。\n"
    assert _entries(here) == []
    asked = "成渝双城经济圈是哪两个城市?\n成渝双城经济圈指的是成都和重庆这两个城市。\n成渝双城经济圈很重要。\n"
    assert ("成渝双城经济圈", "是哪两个城市?") not in _entries(asked)
    standing = (
        "专职网格员是基层社会治理的重要力量,负责社区网格化管理。\n专职网格员的职责包括信息采集。\n专职网格员要巡查。\n"
    )
    assert _entries(standing) == []


def test_a_subject_the_page_does_not_come_back_to_is_none():
    # P1008 (dev-37): the opening names a strategy once and goes on about other things
    strategy = "科教兴国的战略是在国家十五届三中全会上于1998年提出来的。\n此战略旨在加强科技创新和教育发展。\n"
    assert _entries(strategy) == []


def test_a_laws_outline_by_chapters_below_its_opening_is_no_part_of_the_gloss():
    # P1559 (dev-46): on a one-entry page the next paragraph restating the term goes on with the gloss, but not one
    # giving the law's chapters
    from policyterms.mining.extract import extract_entries

    law = (
        "《数据安全法》是中国为了保护公民、法人和其他组织在网络空间中的数据安全而制定的一部法律。该法律于2021年9月1日正式实施。\n"
        "《数据安全法》共分为七章,分别是总则、数据安全责任、数据安全标准、数据安全监管和附则。\n"
        "在具体条文方面,《数据安全法》也有许多重要的规定。\n"
    )
    assert [(e.term, e.definition) for e in extract_entries(law)] == [
        ("《数据安全法》", "是中国为了保护公民、法人和其他组织在网络空间中的数据安全而制定的一部法律。该法律于2021年9月1日正式实施。")
    ]


def test_an_opening_saying_what_kind_of_word_the_subject_is_is_no_gloss():
    # P552 (a dictionary page): the word's make-up, then its senses under labels
    text = (
        '"农禾"是由"农"与"禾"组成的复合词,在汉语体系中具有双重语义维度。\n'
        '三、现代应用 当代农业科技文献中,"农禾"常作为品种改良术语。"农禾"也见于古诗。\n'
    )
    assert all(term != '"农禾"' for term, _ in _entries(text))


def test_a_work_reports_topic_sentence_before_its_tasks_is_no_gloss():
    # the 2018 national work report: a paragraph opening on its topic, then the speaker's tasks (我们要…)
    nation = (
        "中华民族是一个和睦相处、团结温暖的大家庭。我们要坚持和完善民族区域自治制度，全面贯彻党的民族政策。"
        "继续加强对民族地区、人口较少民族发展的支持。加强各民族交往交流交融，让中华民族共同体的根基更加坚实、纽带更加牢固。\n\n"
        "我们要全面贯彻党的宗教工作基本方针，促进宗教关系健康和谐。\n"
    )
    assert _entries(nation) == []
    # the 2022 work report: the tasks in the same sentence (…为政之要，必须…)
    livelihood = (
        "民生是为政之要，必须时刻放在心头、扛在肩上。在当前国内外形势严峻复杂的情况下，更要优先保障和改善民生，"
        "该办能办的实事要竭力办好，基本民生的底线要坚决兜牢。\n\n"
        "大力促进就业创业。我们必须牢牢抓住就业这一民生之本，让人们在劳动中创造财富。\n"
    )
    assert _entries(livelihood) == []


def test_a_maxim_or_a_year_opening_the_page_is_no_gloss():
    # the 2022 congress report: a maxim (就是力量), its genus too short for a definition
    unity = (
        "团结就是力量，团结才能胜利。全面建设社会主义现代化国家，必须充分发挥亿万人民的创造伟力。"
        "全党要坚持全心全意为人民服务的根本宗旨，不断巩固全国各族人民大团结，加强海内外中华儿女大团结。\n"
    )
    assert _entries(unity) == []
    # the 1958 work report: a year in Chinese numerals, the page's subject only as a date
    year = (
        "　　一九五七年是我国在各个战线上取得伟大胜利的一年。经过整风运动和反右派斗争，我们在政治战线和思想战线上取得了伟大胜利。\n\n"
        "　　一九五七年各个战线上大胜利的结果是：进一步地巩固了全国人民在工人阶级领导下的团结。回顾一九五七年，就会使每个人充满信心。\n"
    )
    assert _entries(year) == []


def test_an_explainers_lead_going_on_with_what_the_thing_mainly_does_still_glosses():
    # P1559's shape with the lead's second clause on what it mainly covers: 主要 is no task of the speaker's
    law = (
        "《数据安全法》是中国为了保护数据安全而制定的一部法律，主要规范数据处理活动。该法律于2021年9月1日正式实施。\n"
        "《数据安全法》共分为七章。\n在具体条文方面,《数据安全法》也有许多重要的规定。\n"
    )
    assert _entries(law)[:1] == [
        ("《数据安全法》", "是中国为了保护数据安全而制定的一部法律，主要规范数据处理活动。该法律于2021年9月1日正式实施。")
    ]
