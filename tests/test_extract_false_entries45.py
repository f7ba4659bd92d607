"""False entries of the forty-fifth development set, on its real sentences: the labelled steps below a method's
``其核心在于:`` (P1419), a procedure's steps and a body's departments with their duties (P1425), the last item of a
bulleted list written as one sentence with ``；`` (P1436, P1450) and a contrast's 而 run into the next term (P1440) —
each with a real sentence of the same shape that must stay an entry."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword
from policyterms.mining.extract_layouts.notes import announces_points
from conftest import pairs


# --- labelled points below a lead-in: a method's core, a procedure's steps, a body's departments -------------------

P1419 = (
    "一、一线工作法的内涵\n"
    "一线工作法,顾名思义,就是指领导干部和工作人员深入基层,走进群众,了解实际情况,解决实际问题的方法。其核心在于:\n"
    "- 实地调研:通过实地走访、座谈、问卷调查等方式,深入了解基层的实际情况。\n"
    "- 发现问题:在调研过程中,发现基层治理中存在的各类问题。\n"
    "- 解决问题:针对发现的问题,制定切实可行的解决方案,并加以实施。\n"
    "- 总结经验:对一线工作中的成功经验和不足进行总结,为今后工作提供借鉴。\n"
)
P1425 = (
    "二、一站式矛调的运作模式\n"
    "1. 组织架构\n"
    "一站式矛调机构通常由以下几个部门组成:\n"
    "- 矛盾纠纷调解中心:负责矛盾纠纷的调解工作。\n"
    "- 法律援助中心:为当事人提供法律咨询和援助。\n"
    "- 心理咨询中心:为当事人提供心理疏导和咨询服务。\n"
    "- 信访接待中心:负责信访接待和投诉处理。\n"
    "2. 工作流程\n"
    "一站式矛调的工作流程如下:\n"
    "- 受理:当事人向矛调机构提出申请,矛调机构进行初步审查。\n"
    "- 调解:调解员根据当事人意愿,进行调解工作。\n"
    "- 援助:根据需要,为当事人提供法律、心理等方面的援助。\n"
)


def test_a_methods_core_points_are_no_entries():
    assert [term for term, _ in pairs(P1419)] == ["一线工作法"]
    assert announces_points("…解决实际问题的方法。其核心在于:")


def test_a_procedures_steps_and_a_bodys_departments_are_no_entries():
    assert pairs(P1425) == []
    assert announces_points("一站式矛调的工作流程如下:")
    assert announces_points("一站式矛调机构通常由以下几个部门组成:")


def test_a_code_made_of_parts_still_announces_its_parts():
    # P1086: the parts of a code are glossed one by one below, entries each; a 核心 that is a term's gloss is none of these
    assert not announces_points("不动产单元号通常由以下几部分组成:")
    assert not announces_points("“外文”的核心含义:")


# --- the last item of a bulleted list written as one sentence ---------------------------------------------------

P1436 = (
    "“双控”政策是指对能源消费总量和强度进行双重控制,即对能源消费总量进行“总量控制”,对能源消费强度进行“强度控制”。\n\n"
    "3.1 政策体系不断完善\n\n"
    "近年来,我国双控政策体系不断完善,涵盖能源、环保、产业等多个领域。\n\n"
    "  • 能源领域:加强能源消费总量和强度“双控”,推进能源结构调整;\n"
    "  • 环保领域:强化环境监测和执法,提高环保标准;\n"
    "  • 产业领域:推动产业结构调整,发展绿色低碳产业。\n"
)
P1450 = (
    "碳汇个人账户是指个人在参与碳减排活动中,根据其减排行为产生的碳减排量,在碳汇平台上获得的个人碳减排信用账户。\n"
    "2.3 碳减排信用的应用\n"
    "碳减排信用可用于以下场景:\n"
    "- 抵扣碳排放:在购买碳积分、碳汇产品时,可使用碳减排信用进行抵扣;\n"
    "- 兑换奖励:平台可提供碳减排信用兑换礼品、优惠券等;\n"
    "- 碳汇植树:将碳减排信用用于植树造林,实现个人碳减排的实物化体现。\n"
)
# a bundled page's bulleted glosses (test_extract_layouts), each a sentence of its own: entries each, the last one too
BULLETED_GLOSSES = (
    "二、“四个意识”\n“四个意识”是指:政治意识、大局意识、核心意识和看齐意识。\n"
    "- 政治意识:坚定中国特色社会主义道路自信、理论自信、制度自信、文化自信,坚决维护党中央权威和集中统一领导。\n"
    "- 大局意识:始终从中华民族伟大复兴的战略高度思考和谋划工作,以全局的眼光看待和处理各种问题。\n"
)


def test_the_last_item_of_a_semicolon_list_is_no_entry():
    assert [term for term, _ in pairs(P1436)] == ["“双控”政策"]
    assert [term for term, _ in pairs(P1450)] == ["碳汇个人账户"]


def test_bulleted_glosses_each_a_sentence_stay_entries():
    assert [term for term, _ in pairs(BULLETED_GLOSSES)] == ["“四个意识”", "政治意识", "大局意识"]


# --- a contrast's 而 before the next term ------------------------------------------------------------------------

def test_a_contrasts_er_is_no_part_of_the_term():
    # P1440: 其中,战略性新兴产业是…。而未来产业主要指…
    assert normalise_headword("而未来产业", "主要指当前尚处于孕育孵化阶段,具有高成长性、战略性、先导性的产业。")[0] == "未来产业"
    assert normalise_headword("而“三线”", "是指城镇开发边界…。")[0] == "“三线”"


def test_words_opening_with_er_keep_it():
    # 而且/而今/而立 are words, no contrast before a term
    assert normalise_headword("而立之年", "指三十岁。")[0] == "而立之年"


# --- a disclosure's "…情况" sections and a list run into its lead-in clause ---------------------------------------

P417 = (
    "一、单位主要职责:\n\n"
    "襄州区伙牌镇政府(单位)主要职责是:1、政治职能是指政府为维护国家统治阶级的利益,对外保护国家安全,对内维持社会秩序的职能。"
    " 2、经济职能是指政府为国家经济的发展,对社会经济生活进行管理的职能。\n\n"
    "三、预算收支及增减变化情况:\n\n"
    "1.预算收入情况:2025年襄州区伙牌镇政府(单位)收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长7%。"
    "其中:财政拨款收入842.79万元,其他收入0万元。\n\n"
    "2.预算支出情况:2025年襄州区伙牌镇政府(单位)支出预算842.79万元,比2024年单位预算支出增加62.15万元,增长7%。\n"
)


def test_a_lists_first_item_run_into_its_lead_in_clause_and_no_situation_sections():
    assert pairs(P417) == [
        ("政治职能", "是指政府为维护国家统治阶级的利益,对外保护国家安全,对内维持社会秩序的职能。"),
        ("经济职能", "是指政府为国家经济的发展,对社会经济生活进行管理的职能。"),
    ]


def test_conditions_run_into_their_lead_in_give_no_entry():
    # a yearbook's conditions (95): cut from their lead-in, its ① items are no glosses
    text = (
        "建筑业法人企业应同时具备的条件是:①依法成立,有自己的名称、组织机构和场所,能够承担民事责任;"
        "②独立拥有和使用资产,承担负债,有权与其他单位签订合同;③独立核算盈亏,能够编制资产负债表。\n"
    )
    assert pairs(text) == []


# --- an alias, then who proposed it and what for ---------------------------------------------------------------------

def test_an_alias_then_its_proposer_and_aim_is_no_gloss():
    # P1448's opening sentence: alias, origin and aim
    text = "碳边界调整机制,简称CBAM,由欧盟委员会提出,旨在避免自身气候政策的有效性因碳泄漏而受到破坏。\n"
    assert "碳边界调整机制" not in [term for term, _ in pairs(text)]


def test_an_alias_then_a_definition_stays():
    from policyterms.mining.extract_layouts.false_glosses import alias_then_origin

    # a place page's lead (山西,简称晋,又称“三晋”,是…): the alias, then what it is
    assert not alias_then_origin("简称晋,又称“三晋”,是中华人民共和国的一个省,位处华北,东靠太行山。")


# --- a heading over a year's figures by their source -------------------------------------------------------------------

def test_a_heading_over_figures_reported_by_their_source_is_no_headword():
    # P1459 (converter pinyin left out): a market report's section heading over its figures
    text = (
        "數據標注是向訓練數據集添加元數據的過程,這種元數據通常采用標簽的形式,可以添加到任何類型的數據中,包括文本、圖像和視頻。\n"
        "一、數據標注市場發展現狀\n"
        "市場規模\n"
        "據統計,2023年中國數據標注市場規模達到約60.8億元,同比增長約19.69%。\n"
        "競爭格局\n"
        "數據標注行業的競爭格局呈現出多元化和競爭激烈的特點。\n"
    )
    assert "市場規模" not in [term for term, _ in pairs(text)]


def test_a_heading_over_its_definition_stays():
    # P1450's definition heading, its paragraph the gloss (read as before)
    text = "1.1 定义\n碳汇个人账户是指个人在参与碳减排活动中,根据其减排行为产生的碳减排量,在碳汇平台上获得的个人碳减排信用账户。\n"
    assert [term for term, _ in pairs(text)] == ["碳汇个人账户"]
