"""The thirty-seventh development set's one-term answer, card and encyclopedia pages whose definition is a bare
``X是…`` sentence, on their real sentences: 是为…而…的 naming a class (P1010), a lead paragraph going on about its term
after a first sentence that does not name it (P991), another name in brackets after the headword (P971), an answer
giving its term's standing (P1001), a one-line page's joined paragraphs (P1004), an alias sentence before a headless
是 (P1013), a table's meaning row naming its own headword (P1015), a short form named as one (P973) and a topic
defined again in other words beside a layout's entry (P1016) — each with real sentences of the same shape that must
not become entries, or must stay as they are."""

from __future__ import annotations

from pathlib import Path

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from policyterms.mining.extract_layouts.topics import _OTHER_NAME_GLOSS, _one_weighty, _paragraphs, topic_definitions


DATA = Path(__file__).parent / "data" / "appendices"


def pairs(text: str) -> list[tuple[str, str]]:
    try:
        return [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        return []


def topic(text: str) -> list[tuple[str, str]]:
    return [(f.term, f.definition) for f in topic_definitions(text)]


# --- 是为…而…的: what the thing was made for, then its class (P1010) ------------------------------------------


_BASKET = (
    "菜篮子工程 是为缓解我国副食品供应偏紧的矛盾而实施的农业政策。其目的是改善低收入家庭的生活水平,促进社会和谐发展,并推进经济可持续发展。\n"
    "菜篮子工程不仅重点解决了市场供应短缺问题,还通过多年的实施和发展,形成了完善的生产、流通和质量安全体系。\n"
    "综上所述,菜篮子工程是一项重要的农业政策,通过多种措施确保我国居民副食品供应的稳定和丰富,对于改善居民生活水平、促进社会和谐发展具有重要意义。\n"
)


def test_a_lead_saying_what_its_term_was_made_for_and_its_class_is_a_definition():
    # P1010: 是为…而实施的农业政策, the headword spaced from 是; the results paragraph and the summary are no part of it
    assert pairs(_BASKET) == [
        ("菜篮子工程", "是为缓解我国副食品供应偏紧的矛盾而实施的农业政策。其目的是改善低收入家庭的生活水平,促进社会和谐发展,并推进经济可持续发展。")
    ]


def test_a_purpose_after_shi_wei_le_is_no_definition():
    # a report's purpose sentence: 是为了…,而…: no class named after 而, nothing defined
    report = "我们扩大对外经济技术交流是为了增强自力更生的能力，而绝对不能削弱和损害我国民族经济的发展。对外经济技术交流要坚持平等互利。\n"
    assert topic(report) == []
    assert pairs(report) == []


# --- a lead paragraph going on about its term (P991) ---------------------------------------------------------


_OUTLOOK = (
    "第一要义是发展。科学发展观是坚持以人为本,全面、协调、可持续的发展观。科学发展观第一要义是发展,核心是以人为本,基本要求是全面协调可持续性,"
    "根本方法是统筹兼顾。科学发展观是中国共产党党章规定的党的指导思想,是中国特色社会主义理论体系的重要组成部分。\n"
    "科学发展观的具体内容\n"
    "第一、以人为本的发展观。\n"
    "第二、全面发展观。\n"
)


def test_a_definition_after_an_answers_first_sentence_runs_on_when_the_paragraph_goes_on_about_the_term():
    # P991: the first sentence answers a question the page lost; the next ones restate 科学发展观 as their subject
    assert pairs(_OUTLOOK) == [
        (
            "科学发展观",
            "是坚持以人为本,全面、协调、可持续的发展观。科学发展观第一要义是发展,核心是以人为本,基本要求是全面协调可持续性,根本方法是统筹兼顾。"
            "科学发展观是中国共产党党章规定的党的指导思想,是中国特色社会主义理论体系的重要组成部分。",
        )
    ]


def test_a_class_sentence_in_mid_paragraph_that_the_paragraph_does_not_go_on_about_is_none():
    # the same sentences, the paragraph going on about something else: a remark in passing
    page = "第一要义是发展。科学发展观是坚持以人为本,全面、协调、可持续的发展观。新世纪新阶段的实际要求我们努力把握发展的客观规律。\n科学发展观的具体内容\n"
    assert topic(page) == []


# --- another name in brackets after the headword (P971) ------------------------------------------------------


def test_a_former_name_in_brackets_is_no_part_of_the_term():
    page = (
        "几个风向\n"
        "什么是“五年规划”?\n"
        "中国政府网曾介绍,“五年规划”(原称“五年计划”),是中国国民经济计划的重要部门,主要对国家重大建设项目、生产力分布和国民经济重要比例关系等"
        "作出规划,是给国民经济发展远景定目标、指方向的重要文件。\n"
    )
    assert topic(page) == [
        (
            "“五年规划”",
            "是中国国民经济计划的重要部门,主要对国家重大建设项目、生产力分布和国民经济重要比例关系等作出规划,是给国民经济发展远景定目标、指方向的重要文件。",
        )
    ]
    assert _OTHER_NAME_GLOSS.match("(Rural,有时又称Country)")


def test_an_abbreviation_or_a_short_name_in_brackets_stays_in_the_term():
    # 地区生产总值(GDP), 贷款市场报价利率(LPR), …(以下简称挂钩): the same thing's abbreviation, kept as the earlier sets keep it
    for gloss in ("(GDP)", "(LPR)", "(以下简称挂钩)", "(制造业)"):
        assert not _OTHER_NAME_GLOSS.match(gloss)


# --- an answer giving its term's standing (P1001) ------------------------------------------------------------


def test_an_answer_calling_its_term_one_thing_of_weight_defines_nothing():
    page = (
        "【什么是三生教育】“三生教育”是中国近年来在教育领域提出的一项重要理念,旨在通过生命教育、生存教育和生活教育三个方面的结合,"
        "全面提升学生的综合素质。它不仅关注学生的学业成绩,更注重学生在现实生活中的适应能力、心理素质和价值观的培养。\n"
        "三、三生教育的意义\n"
    )
    assert topic(page) == []
    assert _one_weighty("是党中央在全面建设小康社会、加快推进社会主义现代化进程中提出的一项重大战略任务。", "构建社会主义和谐社会"[2:])


def test_one_thing_of_weight_then_defined_or_named_by_its_class_still_defines():
    # 湾长制是一项重要的海洋管理制度,指以…: the weighing clause runs into the definition (an earlier set's page)
    assert not _one_weighty("一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。", "湾长制")
    page = (
        "什么是湾长制?\n\n"
        "湾长制是一项重要的海洋管理制度,指以党政领导负责制为核心,构建责任明确、协调有序、监管严格、保护有力的海湾管理机制。"
        "2017年,原国家海洋局印发《关于开展“湾长制”试点工作的指导意见》。湾长制试点在河北秦皇岛等地开展。\n"
    )
    assert [term for term, _ in pairs(page)] == ["湾长制"]


# --- a one-line page's joined paragraphs (P1004) -------------------------------------------------------------


_CARD = (
    "长吉图是吉林省长春市、吉林市部分区域和图们江(中国唯一濒临日本海的沿海城市珲春)的简称,即长吉图开发开放先导区的简称。"
    "区域面积和人口均占吉林省的1/3,经济总量占1/2强,是中国参与图们江区域(珲春)合作开发的核心地区和重要支撑。 长吉图开发开放先导区示意图"
)


def test_on_a_one_line_page_spaces_after_a_sentence_end_end_a_former_paragraph():
    # P1004: the card's paragraph, then the map's caption after a space; the definition ends before the caption
    assert pairs(_CARD) == [
        (
            "长吉图",
            "是吉林省长春市、吉林市部分区域和图们江(中国唯一濒临日本海的沿海城市珲春)的简称,即长吉图开发开放先导区的简称。"
            "区域面积和人口均占吉林省的1/3,经济总量占1/2强,是中国参与图们江区域(珲春)合作开发的核心地区和重要支撑。",
        )
    ]


def test_on_a_page_of_several_lines_spaces_after_a_sentence_end_break_no_paragraph():
    # P990's card line, among the page's other lines: one paragraph, as the copy has it
    page = (
        "用戶:兩個務必\n\n"
        "兩個務必 (本詞條缺少信息欄,補充相關內容使詞條更完整,還能快速升級,趕緊來編輯吧!) 兩個務必提出是毛澤東同志在黨的七屆二中全會上要求全黨"
        "在勝利面前要保持清醒頭腦。 目錄 1涵義 2歷史背景\n"
    )
    assert len(_paragraphs(page)) == 4


# --- an alias sentence before a headless 是 (P1013) ----------------------------------------------------------


def test_an_alias_given_as_a_sentence_of_its_own_is_no_part_of_the_definition():
    page = (
        "什么是 村村通工程\n\n"
        "村村通公路工程,简称“村村通”。是国家为构建和谐社会,支持新农村建设的一项重大举措,是一项民心工程。又称“五年千亿元”工程,"
        "该工程是指中国力争在5年时间实现所有村庄通沥青路或水泥路,以打破农村经济发展的交通瓶颈,解决9亿农民的出行难题。\n"
    )
    assert pairs(page) == [
        (
            "村村通公路工程",
            "是国家为构建和谐社会,支持新农村建设的一项重大举措,是一项民心工程。又称“五年千亿元”工程,"
            "该工程是指中国力争在5年时间实现所有村庄通沥青路或水泥路,以打破农村经济发展的交通瓶颈,解决9亿农民的出行难题。",
        )
    ]


def test_an_alias_followed_by_a_verbless_gloss_still_opens_the_definition():
    # a statistics site's note: the alias, then a gloss without 是: the alias stays the definition's opening
    note = "??? 就业人口,又称在业人口。适龄劳动人口中从事一定劳动的那一部分人口。(摘自国家统计局网站)\n返回顶部\n"
    assert pairs(note) == [("就业人口", "又称在业人口。适龄劳动人口中从事一定劳动的那一部分人口。")]


# --- a table's meaning row naming its own headword (P1015) ---------------------------------------------------


_TABLE = (
    "构建社会主义和谐社会,是指在社会主义制度下,通过协调各种社会关系和利益矛盾,实现人与人之间、人与社会之间、人与自然之间的和谐共处。\n"
    "二、表格展示\n"
    "项目 | 内容说明 |\n"
    "概念 | 构建社会主义和谐社会是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。 |\n"
    "核心目标 | 实现社会公平正义、维护社会稳定、促进经济可持续发展、提升国家治理能力、实现中华民族伟大复兴。 |\n"
)


def test_a_meaning_row_naming_its_own_headword_is_an_entry():
    assert pairs(_TABLE) == [
        ("构建社会主义和谐社会", "是指在社会主义制度下,通过协调各种社会关系和利益矛盾,实现人与人之间、人与社会之间、人与自然之间的和谐共处。"),
        ("构建社会主义和谐社会", "是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。"),
    ]


def test_an_aims_row_and_a_meaning_row_about_a_headword_the_page_never_names_are_none():
    # the 核心目标 row is aims; a 概念 row whose subject the page names nowhere else gives nothing
    rows = (
        "项目 | 内容说明 |\n"
        "概念 | 构建和谐社会是在社会主义制度下,通过协调社会关系和利益矛盾,实现人与人、人与社会、人与自然之间的和谐共处。 |\n"
        "核心目标 | 实现社会公平正义、维护社会稳定、促进经济可持续发展、提升国家治理能力、实现中华民族伟大复兴。 |\n"
    )
    assert pairs(rows) == []


# --- a short form named as one (P973) ------------------------------------------------------------------------


def test_a_short_form_named_as_one_then_its_full_name_is_a_definition():
    page = (
        "7月15日上午,党的二十届三中全会在北京开始举行。\n"
        "二十届三中全会是一个简称,全称是中国共产党第二十届中央委员会第三次全体会议。\n"
        "中国的改革是从农村开始的,这是历史的定论。\n"
    )
    assert pairs(page) == [("二十届三中全会", "是一个简称,全称是中国共产党第二十届中央委员会第三次全体会议。")]


def test_a_remark_calling_a_meeting_a_byword_is_none():
    # the same page's history remarks: a verdict, no short form named
    page = "从这个意义上,说十一届三中全会是“伟大历史转折”、是“划时代”的,一点也不为过。\n中国的改革是从农村开始的,这是历史的定论。\n"
    assert pairs(page) == []


# --- a topic defined again in other words beside a layout's entry (P1016) ------------------------------------


_TAX = (
    "金融 > 分稅製改革\n"
    "目錄\n"
    "  分稅製是市場經濟國傢普遍實行的一種財政體製,是符合市場經濟原則和公共財政理論要求的。1994我國開始實施分稅製財政管理體製。\n"
    "  實行分稅製是市場經濟國傢的一般慣例。\n"
    "  一、什麽是分稅製\n"
    "  分稅製是按稅種劃分中央和地方收入來源一種財政管理體製。\n"
)


def test_the_leads_definition_stands_beside_the_answer_under_a_question_heading():
    got = pairs(_TAX)
    assert ("分稅製", "是市場經濟國傢普遍實行的一種財政體製,是符合市場經濟原則和公共財政理論要求的。1994我國開始實施分稅製財政管理體製。") in got
    assert len([term for term, _ in got if term == "分稅製"]) == 2


def test_a_topic_definition_the_layout_already_gives_is_written_once():
    # 183 (a yearbook's indicators): 农业机械是指… read by a layout and by the topics pass, in the same words: one entry
    path = DATA / "183-guangzhou-2024-yearbook-rural-indicators-bracket-headwords-run-in-verbless-run-in-term-power-items-cut.txt"
    got = pairs(path.read_text("utf-8").split("\n\n", 1)[1])
    assert len([term for term, _ in got if term == "农业机械"]) == 1
