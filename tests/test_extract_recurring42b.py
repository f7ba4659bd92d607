"""Failures seen on several pages of the forty-first and forty-second sets: a bare 是 lead naming its quoted term again
(P1305), a 它不是…而是… contrast after a paragraph opening with the page's topic (P1287; P1231's and P1255's frames are other
shapes), and a definition running on into the run-in gloss of a kind it named (P1272) — each with a real sentence the
rule must not take."""

from __future__ import annotations

from policyterms.mining.extract_layouts.common import Found
from policyterms.mining.extract_layouts.negated_senses import pronoun_contrast
from policyterms.mining.extract_layouts.siblings import ends_before_named_kind
from conftest import pairs_unpinyined as pairs


# --- a bare 是 lead whose next sentence names the quoted term again (P1305) --------------------------------------

P1305 = """“一事一议”财政奖补是中国政府为了加强村级公益事业建设而实施的一项财政支持政策。以下是关于“一事一议”财政奖补的关键信息:
奖补范围
村组巷内道路
田间生产道路
实施原则
尊重民意,通过村民大会或村民代表会议民主决策
政府投入与农民出资出劳相结合
以上信息概述了“一事一议”财政奖补的关键方面,包括其定义、目的、实施程序、资金管理。
"""


def test_a_lead_naming_its_quoted_term_again_defines_it():
    [(term, definition)] = pairs(P1305)
    assert term == "“一事一议”财政奖补"
    assert definition == "是中国政府为了加强村级公益事业建设而实施的一项财政支持政策。以下是关于“一事一议”财政奖补的关键信息:"


def test_a_quoted_lead_that_weighs_its_term_stays_none():
    # the doctest's report sentence, the term named again in quotation marks: a standing, no definition
    page = "“两区”建设是国家赋予北京的重要使命,是北京…的重要抓手。“两区”建设要坚持…。\n“两区”建设\n"
    assert pairs(page) == []


# --- 它不是…,而是… after a paragraph opening with the topic (P1287) ------------------------------------------------

P1287 = """引言:乡村振兴战略下的创新治理模式

在全面推进乡村振兴的大背景下,乡村治理面临着诸多挑战:村民参与度不高、公共事务管理难。积分制超市作为一种创新的治理模式,正在各地乡村蓬勃兴起。

积分制超市的核心理念是”行为可量化、积分有价值、兑换有渠道、参与有动力”。它不是简单的商品兑换点,而是集政策宣传、行为引导、激励约束、服务管理于一体的综合性治理平台。通过科学合理的积分体系设计,将乡村治理的各项要求转化为村民可感知、可参与、可受益的具体行动。

一、积分制超市的建设背景与意义
"""


def test_a_pronoun_contrast_defines_the_paragraphs_subject():
    [(term, definition)] = pairs(P1287)
    assert term == "积分制超市"
    assert definition.startswith("不是简单的商品兑换点,而是集政策宣传") and definition.endswith("具体行动。")


def test_a_pronoun_contrast_of_an_aim_is_none():
    # the thirteenth congress report: 它不是要…,而是… says what a reform aims at, no class
    assert pronoun_contrast("它不是要改变我们社会主义制度的性质，而是社会主义制度的自我完善和发展。") is None
    page = (
        "改革的意义\n改革是在我们党领导下有秩序有步骤地进行的。它不是要改变我们社会主义制度的性质，"
        "而是社会主义制度的自我完善和发展。改革要坚持…。\n"
    )
    assert pairs(page) == []


# --- a definition ends before a named kind's run-in gloss (P1272) -----------------------------------------------

P1272 = (
    "所謂“公私合營”,是指新中國在上世紀五十年代對民族工商業進行的徹底改造。當時政府對民族工商業實行社會主義改造所采取的"
    "國家資本主義的高級形式。大體上經過個別企業的公私合營和全行業公私合營兩個階段。個別企業的公私合營,是在私營企業中增加"
    "公股,國家派駐干部(公方代表)負責企業的經營管理。1954年9月2日,政務院通過《公私合營工業企業暫行條例》。\n"
)


def test_a_definition_ends_before_the_gloss_of_a_kind_it_named():
    definition = P1272[P1272.index("是指") :].rstrip("\n")
    entry = Found("“公私合營”", definition, P1272.rstrip("\n"), 1, 0, len(P1272) - 1)
    cut = ends_before_named_kind(entry)
    assert cut.definition.endswith("大體上經過個別企業的公私合營和全行業公私合營兩個階段。")
    assert P1272[cut.start : cut.end] == cut.quote


def test_a_yearbook_entry_keeps_its_kinds_glossed_without_a_comma():
    # dev-6's yearbook: the kinds' glosses are part of the entry (no comma sets them apart)
    definition = "包括死伤医疗给付和满期给付。死伤医疗给付是指保险人根据人寿保险合同的规定支付的保险金。"
    entry = Found("给付", definition, "给付 " + definition, 1, 0, 3 + len(definition))
    assert ends_before_named_kind(entry) == entry


# --- a table's counted group cell before its items (P1292) ------------------------------------------------------

P1292 = """二、具体内容详解

项目 内容说明
三清 1. 清理垃圾:对村庄内的生活垃圾、建筑垃圾等进行集中清理,做到日产日清。
2. 清理污水:整治村内排水系统,疏通沟渠,防止污水乱排。
3. 清理杂物:对房前屋后、道路两侧的杂草、杂物、乱堆乱放进行清理。
一改 改变不良生活习惯:引导村民养成良好的卫生习惯,如不随地吐痰、不乱扔垃圾、讲究个人卫生等,形成文明健康的生活方式。
"""


def test_a_counted_group_cell_is_no_part_of_the_items_headword():
    got = dict(pairs(P1292))
    assert got["清理垃圾"] == "对村庄内的生活垃圾、建筑垃圾等进行集中清理,做到日产日清。"
    assert got["改变不良生活习惯"].startswith("引导村民养成良好的卫生习惯")
    assert "清理污水" in got and "清理杂物" in got


def test_a_spaced_yearbook_headword_is_no_group_cell():
    # a yearbook's spaced note (the headword 三次产业 opens with a numeral, its definition has no colon item)
    from policyterms.mining.extract_layouts.notes import group_cell_item

    assert not group_cell_item("三次产业 经济结构分类的一种,是指根据社会生产活动历史发展的顺序对产业结构的划分。")
    assert not group_cell_item("三清 1. 清理垃圾")


def test_a_numbered_notes_stray_space_is_no_group_cell():
    # a budget glossary's numbered note (test_extract_layouts): 三公 before a space is part of the headword
    text = "六、 三公 经费: 指市级部门用财政拨款安排的因公出国 (境) 费、公务用车购置及运行费和公务接待费.\n\n下载\n"
    assert [term for term, _ in pairs(text)] == ["三公 经费"]
