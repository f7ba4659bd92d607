"""The seventieth development set's press pages P2300–P2307 (fiscal, financial, tax and social-insurance vocabulary in
news explainers, abstract pages, exam-answer sites and a research institute's explainer). Each rule has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it
must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- an abstract database's body mark <正> (P2302, P2305) ----------------------------------------------------------------

_NEW_EMPLOYMENT = (
    "摘要\n\n"
    "<正>新就业形态是劳动者依托移动互联网平台获得就业机会,从事劳动工作并取得劳动报酬的就业形态。与传统就业形态相比,"
    "新就业形态增加了移动互联网平台作为承担部分劳动用工管理功能的就业载体。"
    "如何与新就业形态劳动者构建良好的用工关系,是企业需要了解的重要问题。\n"
)


def test_the_body_mark_of_an_abstract_is_read_as_indentation():
    assert pairs(_NEW_EMPLOYMENT) == [
        (
            "新就业形态",
            "是劳动者依托移动互联网平台获得就业机会,从事劳动工作并取得劳动报酬的就业形态。与传统就业形态相比,"
            "新就业形态增加了移动互联网平台作为承担部分劳动用工管理功能的就业载体。"
            "如何与新就业形态劳动者构建良好的用工关系,是企业需要了解的重要问题。",
        )
    ]


def test_the_body_mark_keeps_the_form_as_long_as_the_page():
    from policyterms.mining.written_forms import read_form

    assert read_form("<正>新就业形态是…") == "   新就业形态是…"
    assert read_form("摘要<正>是一个标记") == "摘要<正>是一个标记"  # only at a line's start


# --- 所谓X,即… (P2300) ------------------------------------------------------------------------------------------------

_PROSPECTIVE = (
    "1984年,Medicare推出了一种针对医院住院病人的支付方式——基于诊断相关分组的前瞻性付费体系"
    "(Diagnosis Related Groups - prospective payment system,DRGs-PPS)。所谓前瞻,即预先定费,而支付在后,即病人出院之后,"
    "医院把DRG报给CMS(美国医疗保险和医疗补助服务中心),CMS按照事先讲好的价格付给医院。\n\n"
    "费用既定而款项未付,医院唯有节省成本方可盈利。\n"
)


def test_so_called_word_glossed_by_ji():
    assert pairs(_PROSPECTIVE) == [
        ("前瞻", "即预先定费,而支付在后,即病人出院之后,医院把DRG报给CMS(美国医疗保险和医疗补助服务中心),CMS按照事先讲好的价格付给医院。")
    ]


def test_so_called_before_jishi_or_jijiang_is_no_gloss():
    assert pairs("会议提出了新的要求。所谓改革,即使困难再大也要推进。\n") == []


# --- a term's suffix class counted by 一种 (P2306) -----------------------------------------------------------------------

_REGISTRATION = (
    "全面注册制:资本市场发展重大里程碑\n"
    "01\n"
    "改革背景\n"
    "股票发行注册制是一种股票发行机制,在该机制下证券发行申请人将各类资料向证券监管机构申报,"
    "证券监管机构则对申报文件的真实性、准确性、完整性和及时性进行形式审查,但不对发行人资质进行实质性审核和价值判断。证券发行注册制起源于美国。\n"
    "02\n"
    "改革重点\n"
    "本次全面注册制改革,重点在全面。改革重点围绕“一个核心”和“两个优化”,即以信息披露为核心、优化发行上市条件和流程、"
    "优化市场化交易机制,改革内容涵盖发行条件、注册程序、保荐承销等各方面。\n"
)


def test_a_lead_sentence_naming_its_suffix_class_after_yizhong():
    assert pairs(_REGISTRATION) == [
        (
            "股票发行注册制",
            "是一种股票发行机制,在该机制下证券发行申请人将各类资料向证券监管机构申报,"
            "证券监管机构则对申报文件的真实性、准确性、完整性和及时性进行形式审查,但不对发行人资质进行实质性审核和价值判断。证券发行注册制起源于美国。",
        )
    ]


def test_the_suffix_class_after_yizhong_must_close_the_clause():
    from policyterms.mining.extract_layouts.topics import _names_suffix_class

    assert _names_suffix_class("股票发行注册制", "一种股票发行机制")
    assert not _names_suffix_class("河长制", "一种重要抓手")
    assert not _names_suffix_class("河长制", "全面推行一种机制")  # 一种 must open the clause


# --- two counted slogans glossed together by one 即 (P2306) ---------------------------------------------------------------


def test_a_counted_slogan_joined_to_another_before_ji_is_no_entry():
    assert pairs("改革重点围绕“一个核心”和“两个优化”,即以信息披露为核心、优化发行上市条件和流程、优化市场化交易机制。\n") == []


def test_a_counted_slogan_alone_before_ji_is_still_glossed():
    from policyterms.mining.extract_layouts.run_in_slogans import counted_quoted_ji

    found = counted_quoted_ji("第三是提出打好“三大攻坚战”,即打好防范化解重大风险、精准脱贫、污染防治的攻坚战。", None)
    assert found is not None and found.group("term") == "“三大攻坚战”"


# --- a Chinese-numbered heading with a comma announcing the topic's counted features (P2301) ---------------------------

_DIP = (
    "一、疾病与治疗的“可量化的价格菜单”\n"
    "DIP付费是预付费模式,它的三个核心要素为“分值、点值、系数”。\n"
    "二、不同于传统按项目付费,DIP的三大特点:\n"
    "1. 形成病组:每个病例根据诊疗方式(ICD编码)自动匹配标准化病种组合。例如,当一位食管癌患者接受手术,这个特定组合会被赋予唯一标识。\n"
    "表1:食管癌分组目录\n"
    "2. 打包支付:颠覆传统按项目支付,通过前期大数据测算赋予每个病组一个支付标准。\n"
)


def test_features_under_a_numbered_heading_with_a_comma_are_no_entries():
    assert ("形成病组", "每个病例根据诊疗方式(ICD编码)自动匹配标准化病种组合。例如,当一位食管癌患者接受手术,这个特定组合会被赋予唯一标识。") not in pairs(_DIP)
    assert all(term not in ("形成病组", "打包支付") for term, _ in pairs(_DIP))


def test_a_numbered_heading_with_a_comma_announcing_nothing_is_still_a_note():
    from policyterms.mining.extract_layouts.notes import announces_points

    assert announces_points("二、不同于传统按项目付费,DIP的三大特点:")
    assert not announces_points("二、不同于传统按项目付费,DIP的三大部分:")


# --- a cited document's definition after its title (P2305) ---------------------------------------------------------------

_PENSION = (
    "<正>养老目标基金作为个人养老金投资产品的重要组成部分,旨在为个人投资者提供长期有效的养老金融理财服务。为应对人口老龄化挑战,"
    "证监会于2018年3月2日正式发布了《养老目标证券投资基金指引(试行)》,规定养老目标基金是以追求养老资产的长期稳健增值为目标,"
    "鼓励投资者长期持有,采用成熟的资产配置策略,合理控制投资组合波动风险的公开募集证券投资基金。\n"
)


def test_a_cited_documents_definition_by_genus():
    assert pairs(_PENSION) == [
        (
            "养老目标基金",
            "是以追求养老资产的长期稳健增值为目标,鼓励投资者长期持有,采用成熟的资产配置策略,合理控制投资组合波动风险的公开募集证券投资基金。",
        )
    ]


def test_a_cited_documents_duty_or_thesis_is_no_definition():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.reported_provisions import reported_provisions

    def read(text):
        return [(e.term, e.definition) for _, e in reported_provisions(_lines(text), [True] * len(_lines(text)))]

    assert read("《河长制工作方案》规定河长是河湖管理保护的第一责任人。") == []  # a role, another noun
    assert read("《中共中央关于经济体制改革的决定》明确指出,社会主义经济是公有制基础上的有计划的商品经济。") == []  # a thesis
    assert read("根據《個人資料保護法》規定,“個人資料”是指和某個自然人有關的任何資訊。") == []  # the prose pass's


# --- a compound of the page's Latin topic opening its paragraph with its class (P2301) -----------------------------------

_DIP_PAGE = (
    "DIP犹如一把由大数据锻造的“标尺”,为每个疾病组合赋予精准分值。\n"
    "在传统按项目付费的医疗支付模式下,医疗机构多开药、多检查便能获得更多收益。而按病种分值付费(DIP) 的诞生,正将这一扭曲逻辑彻底颠覆。\n"
    "DIP付费是预付费模式,它的三个核心要素为“分值、点值、系数”,根据医疗资源消耗确定“点值”。这种方式旨在避免过度医疗行为。\n"
)


def test_a_compound_of_the_latin_topic_naming_its_class_by_its_head():
    assert ("DIP付费", "是预付费模式,它的三个核心要素为“分值、点值、系数”,根据医疗资源消耗确定“点值”。这种方式旨在避免过度医疗行为。") in pairs(_DIP_PAGE)


def test_a_compound_of_a_latin_word_named_once_is_no_topic():
    from policyterms.mining.extract_layouts.topics import _built_on_topic, _paragraphs, _Topic

    topic = _Topic(_paragraphs("DIP付费是预付费模式。\n"))
    assert not _built_on_topic("DIP付费", topic)
    assert not _built_on_topic("碳中和目标", _Topic(_paragraphs("碳中和。碳中和。碳中和。\n")))  # a Han topic's compounds: not so
