"""The eightieth development set's press pages P2408, P2410–P2417 (industry, finance and environment vocabulary: journal
abstracts, China Daily's word of the day, local news, a new-words list). Each rule has the real sentences it was written
from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a word of the moment glossed after its frame: X是最近的热词,指… (P2410) ------------------------------------------------

_LOW_ALTITUDE = (
    "建设有全球影响力的物流中心是深圳高质量发展的关键一步,为此,深圳将加速建设领先全球的低空经济中心。请看本报昨日的报道: Shenzhen "
    "is speeding up efforts to turn itself into a prominent logistics hub, Shenzhen Economic Daily reported yesterday. "
    "报道中的low-altitude economic center就是“低空经济中心” 。Low-altitude economy是最近的热词,指以各种有人驾驶和无人驾驶航空器的"
    "各类低空飞行活动为牵引,辐射带动相关领域融合发展的综合性经济形态。 |\n"
)


def test_a_hot_word_frame_then_zhi_glosses_the_word_and_the_news_lead_gives_none():
    assert pairs(_LOW_ALTITUDE) == [
        (
            "Low-altitude economy",
            "指以各种有人驾驶和无人驾驶航空器的各类低空飞行活动为牵引,辐射带动相关领域融合发展的综合性经济形态。",
        )
    ]


def test_a_chinese_word_in_the_same_frame_is_read():
    text = "今年的网络上出现了很多说法。躺平是近年来的网络流行语,指放弃奋斗、降低欲望的一种生活态度。\n"
    assert pairs(text) == [("躺平", "指放弃奋斗、降低欲望的一种生活态度。")]


def test_the_frame_without_the_word_for_a_word_or_with_a_pronoun_is_left():
    from policyterms.mining.extract_layouts.word_frames import _NO_TERM, _WORD_FRAME

    assert _WORD_FRAME.search("低空经济是最近的热点,指出了发展方向。") is None  # a hot topic, and 指出: no gloss
    assert _WORD_FRAME.search("低空经济是最近的热词,指标增长很快。") is None  # 指标: no marker
    match = _WORD_FRAME.search("这个词是最近的热词,指一种现象。")
    assert match is None or _NO_TERM.match(match.group("term"))


def test_a_step_of_a_larger_work_is_a_role_not_a_class():
    from policyterms.mining.extract_layouts.topics import ROLE_NOUN

    assert ROLE_NOUN.search("深圳高质量发展的关键一步")
    assert ROLE_NOUN.search("乡村振兴的重要一环")
    assert not ROLE_NOUN.search("以低空飞行活动为牵引的综合性经济形态")


# --- a knowledge point opening with 是以A为B (P2413) --------------------------------------------------------------------------

_FOREST_CHIEF = (
    "陕西省吴起县金佛坪流域的山坡上树木葱茏。(图片来源:新华社)\n\n"
    "【知识点】\n"
    "林长制是以保护发展森林草原资源为目标,以压实地方党政领导干部责任为核心,以制度体系建设为保障,以监督考核为手段,构建由地方党委、"
    "政府主要领导担任林长,省、市、县、乡、村分级设立林(草)长,聚焦森林草原资源保护发展重点难点工作,实现党委领导、党政同责、属地负责、"
    "部门协同、全域覆盖、源头治理的长效责任体系。\n"
    "党的十八大以来,我国的林草生态建设取得了举世瞩目的成就。\n"
)


def test_a_knowledge_point_opening_with_the_frame_yi_a_wei_b_is_read():
    assert pairs(_FOREST_CHIEF) == [
        (
            "林长制",
            "是以保护发展森林草原资源为目标,以压实地方党政领导干部责任为核心,以制度体系建设为保障,以监督考核为手段,构建由地方党委、"
            "政府主要领导担任林长,省、市、县、乡、村分级设立林(草)长,聚焦森林草原资源保护发展重点难点工作,实现党委领导、党政同责、"
            "属地负责、部门协同、全域覆盖、源头治理的长效责任体系。",
        )
    ]


def test_shi_yi_as_therefore_opens_no_knowledge_point():
    from policyterms.mining.extract_layouts.knowledge import _point

    assert _point("森林覆盖率偏低是以我们必须加大造林力度。") is None  # 是以 "therefore": no 为 in its clause
    assert _point("林长制是以保护发展森林草原资源为目标的责任体系。") is not None


# --- a later sentence of a knowledge point's paragraph naming the term's class by its head (P2417) ---------------------------

_LITTLE_GIANTS = (
    "【知识点】\n\n"
    "中小企业贡献了50%以上的税收,是扩大就业、改善民生、促进创业创新的重要力量。专精特新“小巨人”企业是中小企业群体中的优秀代表,"
    "是高质量发展的标志。\n\n"
    "作为中小企业中的佼佼者,“小巨人”企业评选要经过3项分类指标、6项必备指标等评价要求,包括专业化程度、创新能力、经济效益等方面。"
    "“小巨人”企业是具有三类“专家”特征的企业。一是深刻理解用户需求的行业“专家”,以高质量满足用户需求为目标。三是应用新技术、新工艺"
    "的创新“专家”\n"
)


def test_a_knowledge_point_sentence_closing_on_the_terms_head_is_read_alone():
    assert pairs(_LITTLE_GIANTS) == [("“小巨人”企业", "是具有三类“专家”特征的企业。")]


def test_a_later_sentence_giving_a_standing_is_no_knowledge_point():
    text = (
        "【知识点】\n\n"
        "中小企业数量众多,分布广泛。专精特新企业是中小企业群体中的优秀代表,是高质量发展的标志。\n"
    )
    assert pairs(text) == []


# --- a journal abstract naming its word in the keywords line below (P2408) ----------------------------------------------------

_PATIENT_CAPITAL = (
    "【摘要】耐心资本是一种投资者愿意放弃短期回报,在不期望快速盈利的情况下对企业进行主动、长期的金融投资,具有强调长期导向、关注社会效益、"
    "风险承受能力更强及对失败包容度更高等特征。发展耐心资本可以为我国经济发展注入新的活力和动力。\n"
    "【关键词】耐心资本 新质生产力 风险投资 长期资本\n"
    "【中图分类号】F832.51 【文献标识码】A\n"
)


def test_an_abstract_opening_with_a_keyword_and_shi_defines_it_to_the_abstracts_end():
    assert pairs(_PATIENT_CAPITAL) == [
        (
            "耐心资本",
            "是一种投资者愿意放弃短期回报,在不期望快速盈利的情况下对企业进行主动、长期的金融投资,具有强调长期导向、关注社会效益、"
            "风险承受能力更强及对失败包容度更高等特征。发展耐心资本可以为我国经济发展注入新的活力和动力。",
        )
    ]


def test_an_abstract_whose_opening_word_is_no_keyword_gives_nothing():
    text = (
        "【摘要】数字经济是继农业经济、工业经济之后的主要经济形态。本文分析了其发展路径。\n"
        "【关键词】耐心资本 新质生产力 风险投资\n"
    )
    assert pairs(text) == []


# --- a short form's quoted full name apposed before 是 (dev-70's P2301, dev-75's P2342) ----------------------------------------

_DIP = (
    "DIP犹如一把由大数据锻造的“标尺”,为每个疾病组合赋予精准分值,重构医保支付的底层规则。\n"
    "一、什么是DIP?\n"
    'DIP全称为"按病种分值付费"(Diagnosis-Intervention Packet),是一套利用大数据优势建立的完整管理体系。即通过发掘"疾病诊断+治疗方式"'
    "的共性特征对病案数据进行客观分类,从而形成每一个疾病与治疗方式组合的标化定位。\n"
)

_FREE_TRADE_ZONE = (
    "一、什么是自贸区?\n"
    "自贸区,全称为“自由贸易区”,是一种特殊的经济区域,通常设立在国家或地区内部,享有比一般地区更宽松的贸易和投资政策。\n"
    "二、国家自贸区的定义与特点\n"
)


def test_a_full_name_apposed_before_shi_is_left_out_of_the_definition():
    assert ("DIP", '是一套利用大数据优势建立的完整管理体系。即通过发掘"疾病诊断+治疗方式"的共性特征对病案数据进行客观分类,'
            "从而形成每一个疾病与治疗方式组合的标化定位。") in pairs(_DIP)
    assert pairs(_FREE_TRADE_ZONE) == [
        ("自贸区", "是一种特殊的经济区域,通常设立在国家或地区内部,享有比一般地区更宽松的贸易和投资政策。")
    ]


def test_a_full_name_without_shi_after_it_is_no_apposition():
    from policyterms.mining.extract_layouts.headwords import _FULL_NAME_APPOSITION
    from policyterms.mining.extract_layouts.topics import _FULL_NAME_SUBJECT

    assert _FULL_NAME_APPOSITION.match("全称为“自由贸易区”,设立于2013年。") is None  # no 是: a history, not the gloss
    assert _FULL_NAME_SUBJECT.match("DIP全称为“按病种分值付费”,是否推行由各地决定。") is None  # 是否: no class
