"""The eighty-fourth development set's press pages P2448–P2455 (law, public security and business-environment vocabulary,
mainland, Hong Kong and Taiwan press and commercial pages). Each mended mechanism has the real sentences it was mended
from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a cited definition whose reference number follows its full stop (…条件。[1]) ends there (P2450) -------------------

_BUSINESS_ENVIRONMENT = (
    "一、问题的提出\n"
    "营商环境是指企业在开设、经营、贸易活动、纳税、关闭及执行合约等方面遵循政策法规所需的时间和成本等条件。[1]党的十八大以来,国家"
    "层面在营商环境建设方面强化顶层设计,明确提出“优化营商环境就是解放生产力、提高竞争力”[2],充分体现了政府职能的转变和市场主体性"
    "地位的回归。\n"
)


def test_a_definition_cited_after_its_full_stop_ends_at_its_number_before_another_works_citation():
    assert pairs(_BUSINESS_ENVIRONMENT) == [
        ("营商环境", "是指企业在开设、经营、贸易活动、纳税、关闭及执行合约等方面遵循政策法规所需的时间和成本等条件。[1]")
    ]


def test_a_number_after_the_stop_of_a_later_sentence_or_the_same_number_again_is_no_end():
    from policyterms.mining.extract_layouts.citation_ends import before_other_source

    same = "营商环境是指企业遵循政策法规所需的时间和成本等条件。[1]营商环境分为政务环境和市场环境。[1]"
    assert before_other_source(same, 4, len(same)) == len(same)  # the same work cited again: still its definition
    second = "营商环境是指企业遵循政策法规所需的条件。它包括政务环境。[1]国家明确提出优化营商环境[2]。"
    assert before_other_source(second, 4, len(second)) == len(second)  # the first sentence cites nothing


# --- 我們知道, a reminder before the term; a dated story after the paragraph's one definition (P2451) ----------------------

_GETTING_ELECTRICITY = (
    "我們知道,營商環境是指市場主體在準入、生產經營、退出等過程中涉及的政務環境、市場環境、法治環境、人文環境等有關外部因素和條件的總和。"
    "2001年世界銀行提出加快發展各國私營部門新戰略,急需一套衡量和評估各國私營企業發展環境的指標體系,即企業營商環境指標體系。由于電已"
    "成為企業正常運營不可或缺的要素,從2010年起,世界銀行把“獲得電力”作為營商環境一級評價指標。\n"
)


def test_a_reminder_is_no_part_of_the_term_and_a_dated_story_ends_the_definition():
    assert pairs(_GETTING_ELECTRICITY) == [
        (
            "營商環境",
            "是指市場主體在準入、生產經營、退出等過程中涉及的政務環境、市場環境、法治環境、人文環境等有關外部因素和條件的總和。",
        )
    ]


def test_simplified_reminders_are_connectives_too():
    assert pairs("众所周知,营商环境是指市场主体在准入、生产经营、退出等过程中涉及的有关外部因素和条件的总和。\n") == [
        ("营商环境", "是指市场主体在准入、生产经营、退出等过程中涉及的有关外部因素和条件的总和。")
    ]


def test_a_year_after_a_semicolon_or_before_yilai_goes_on_with_the_definition():
    periods = (
        "“规模以上工业企业”,1998-2006年,是指全部国有和年主营业务收入500万元及以上的非国有工业法人单位;2007-2010年,统计范围调整为"
        "年主营业务收入500万元及以上的工业法人单位;2011年开始至今,统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
    )
    assert pairs(periods)[0][1].endswith("2011年开始至今,统计范围为年主营业务收入2000万元及以上的工业法人单位。")
    since = "营商环境是指市场主体在准入、生产经营、退出等过程中涉及的有关外部因素和条件的总和。2001年以来,营商环境包括政务环境和市场环境。\n"
    assert pairs(since)[0][1].endswith("2001年以来,营商环境包括政务环境和市场环境。")


# --- a topic definition cut before a run-in clause's entry leaves the comma between them (P2449) ---------------------------

_BLACK_AND_EVIL = (
    "扫黑除恶中的“黑”与“恶”\n"
    "扫黑除恶中的“黑”是指黑社会性质的组织,“恶”是指恶势力、恶势力犯罪集团。\n"
)


def test_the_comma_before_the_next_run_in_clause_is_neither_clauses():
    assert sorted(pairs(_BLACK_AND_EVIL)) == sorted(
        [("扫黑除恶中的“黑”", "是指黑社会性质的组织"), ("“恶”", "是指恶势力、恶势力犯罪集团。")]
    )


def test_a_topic_definition_ending_at_a_sentence_end_before_the_next_entry_keeps_its_stop():
    page = "“三新”經濟是以新產業、新業態、新商業模式為核心內容的經濟活動的集合。新產業指應用新科學研究成果的產業。\n"
    assert ("“三新”經濟", "是以新產業、新業態、新商業模式為核心內容的經濟活動的集合。") in pairs(page)


def test_numbers_side_by_side_after_the_stop_cite_the_same_sentence():
    from policyterms.mining.extract_layouts.citation_ends import before_other_source

    beside = "自由中國是冷戰時期對中華民國的稱呼,中華民國政府也常以此自稱。[3][4]相對概念為「紅色中國」。"
    assert before_other_source(beside, 4, len(beside)) == len(beside)  # [4] beside [3]: the same sentence's sources


def test_a_year_setting_a_point_of_view_is_no_dated_story():
    view = (
        "老区指中国共产党在革命战争时期建立并长期活动的特殊地理区域,也是当代乡村振兴战略的核心改造对象。2025年视角下,这些区域正经历着从"
        "革命符号到综合发展示范区的转型。\n"
    )
    assert pairs(view)[0][1].endswith("2025年视角下,这些区域正经历着从革命符号到综合发展示范区的转型。")
