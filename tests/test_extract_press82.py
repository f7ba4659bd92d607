"""The eighty-second development set's press pages P2418–P2431 (agriculture, rural, education and health vocabulary,
mainland and Hong Kong press: a journal introduction, a health Q&A page, a column, news briefs). Each rule has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must
leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a definition quoted from the literature ends at its citation mark (P2420) ------------------------------------------

_GROUP_SCHOOLING = (
    "1. 引言\n"
    "教育集团、名校集团及集团化办学模式已成为当前我国基础教育领域促进优质教育资源均衡配置的重要政策工具[1]。集团化办学是指由两个"
    "及以上学校或校区基于共同的教育理念,通过契约化联结方式,在特定制度框架下构建的具有规模化特征与多层次结构的制度化教育组织形态[2]。"
    "余秀琴指出我国集团化办学于20世纪90年代初开始规模化发展,呈现出两条并行演进路径:其一为以广东信孚教育集团等为典型的校际联合型"
    "教育集团,主要采取民办机制,同时涵盖公、民办教育领域[3]。2017年9月,中共中央办公厅与国务院办公厅联合颁布《关于深化教育体制机制"
    "改革的意见》,明确将集团化办学与学区化管理并列为创新教育管理模式的重要改革方向[4]。\n"
)


def test_a_cited_definition_ends_at_its_reference_number_before_another_works_account():
    assert pairs(_GROUP_SCHOOLING) == [
        (
            "集团化办学",
            "是指由两个及以上学校或校区基于共同的教育理念,通过契约化联结方式,在特定制度框架下构建的具有规模化特征与多层次结构的"
            "制度化教育组织形态[2]。",
        )
    ]


def test_a_definition_going_on_from_the_same_source_or_citing_nothing_is_not_cut():
    from policyterms.mining.extract_layouts.citation_ends import before_other_source

    same = "集团化办学是指由两个及以上学校组成的教育组织形态[2]。集团化办学分为校际联合型和产教融合型[2]。"
    assert before_other_source(same, 5, len(same)) == len(same)  # the same work cited again: still its definition
    plain = "集团化办学是指由两个及以上学校组成的教育组织形态。余秀琴指出集团化办学开始规模化发展[3]。"
    assert before_other_source(plain, 5, len(plain)) == len(plain)  # the definition cites nothing: no citation end
    later = "集团化办学是指由两个及以上学校组成的教育组织形态,其规模不断扩大[2]。余秀琴指出集团化办学开始规模化发展[3]。"
    assert later[: before_other_source(later, 5, len(later))].endswith("[2]。")


# --- 当中/其中 before a late quoted clause's word; a ,而…更是 clause judging something else (P2426) ------------------------

_THREE_PURSUITS = (
    "本屆特區政府一直以來都十分重視青年發展的工作,持續性推出扶助香港年輕人成長和發展的政策和項目,包括「青年發展基金」,以及觀瀾湖"
    "集團有份參與的內地實習工作計畫。行政長官林鄭月娥在二〇一七年的《施政報告》中便強調推展「三業三政」的青年政策大方向,當中「三業」"
    "是指學業、置業和創業三方面,而協助青年融入大灣區發展更是她的青年政策中的重要焦點。在剛公布的《施政報告》之中,行政長官提出一項"
    "破格的舉措,即「大灣區青年就業計畫」。\n"
)


def test_a_quoted_word_after_dangzhong_is_glossed_up_to_a_clause_judging_something_else():
    assert pairs(_THREE_PURSUITS) == [("「三業」", "是指學業、置業和創業三方面")]


def test_er_shi_er_fei_and_er_bu_shi_go_on_with_the_definition():
    from policyterms.mining.extract_layouts.ends import _CONTRAST

    assert _CONTRAST.search("是指学业、置业和创业三方面,而是青年发展的三个方向") is None  # 而是: no subject of its own
    assert _CONTRAST.search("是指政府向居民提供的服务,而不是市场上的商品") is None
    assert _CONTRAST.search("是指政府向居民提供的服务,而非市场上的商品") is None
    assert _CONTRAST.search("是指学业三方面,而协助青年融入发展更是重要焦点").group("subject") == "协助青年融入发展"


def test_qizhong_before_a_quoted_word_with_a_strong_marker_after_a_comma_is_read():
    text = "会议提出了“三农”工作的总体要求,其中“三农”是指农业、农村和农民。\n"
    assert pairs(text) == [("“三农”", "是指农业、农村和农民。")]


# --- a word the paragraph just named, glossed by 是 and restated after ,即 (P2430) --------------------------------------

_DRG = (
    "据国家医保局消息,北京、天津等开展DRG付费国家试点工作的城市已全部通过模拟运行前的评估考核,进入模拟运行阶段。DRG付费是按疾病诊断"
    "相关分组付费,即根据年龄、疾病诊断、合并症、并发症、治疗方式等因素,将患者分入若干诊断组,并对各疾病诊断相关组制定支付标准,预付"
    "医疗费用的付费方式。其目标是减少按服务项目付费,实现医院、医保与患者三方共赢。(记者彭韵佳)\n"
    "揭秘国家太空实验室的青春力量\n"
)


def test_a_named_word_glossed_by_shi_and_restated_after_ji_is_defined_without_the_byline():
    assert pairs(_DRG) == [
        (
            "DRG付费",
            "是按疾病诊断相关分组付费,即根据年龄、疾病诊断、合并症、并发症、治疗方式等因素,将患者分入若干诊断组,并对各疾病诊断相关组"
            "制定支付标准,预付医疗费用的付费方式。其目标是减少按服务项目付费,实现医院、医保与患者三方共赢。",
        )
    ]


def test_a_bare_shi_mid_paragraph_without_a_restatement_or_with_jishi_is_left():
    # (a verdict on a word just named, no 即 restatement: no gloss)
    assert pairs("北京等城市开展DRG付费试点。DRG付费是医保改革的重要一步,各地积极推进。\n") == []
    # (即使 and 即将 are no restatement)
    assert pairs("北京等城市开展DRG付费试点。DRG付费是医保改革的重要一步,即将在全国推开。\n") == []


# --- an answer's greeting, a semicolon after an alias aside, a site's crumbs and caption, a part of the term (P2428) ----

_CARE_INSURANCE = (
    "1. 飞翔信息网>保险>什么是长期护理保险\n\n"
    "什么是长期护理保险\n\n"
    "您好!长期护理保险,又称老年护理保险;是对保障被保险人因为功能丧失,生活无法自理、需要入住康复中心或需要在家中接受他人护理时的"
    "种种费用给予补偿的一种健康保险长期看护保险是相对较新的一种健康保险产品。\n\n"
    "长期护理保险的保险责任是为被保险人因为年老失能以致生活无法自理,需要接受老年中心医护人员的看护服务或在在家中接受日常生活的看护"
    "服务所需的费用提供保险金的补偿。它与失能收入保险中对被保险人失能后收入损失的补偿是不同的。\n\n"
    "什么是长期护理保险,第1张\n"
)


def test_an_answer_opening_with_a_greeting_and_an_alias_closed_by_a_semicolon_is_read_from_shi():
    assert pairs(_CARE_INSURANCE)[:1] == [
        (
            "长期护理保险",
            "是对保障被保险人因为功能丧失,生活无法自理、需要入住康复中心或需要在家中接受他人护理时的种种费用给予补偿的一种健康保险"
            "长期看护保险是相对较新的一种健康保险产品。",
        )
    ]


def test_the_site_furniture_and_the_greeting_are_no_terms():
    from policyterms.mining.extract_layouts.common import _FURNITURE
    from policyterms.mining.extract_layouts.headwords import _ANSWER_LABEL

    assert _FURNITURE.search("1. 飞翔信息网>保险>什么是长期护理保险")
    assert _FURNITURE.search("什么是长期护理保险,第1张")
    assert not _FURNITURE.search("增长率>5%")  # (one sign: no path)
    assert not _FURNITURE.search("全年共建成高标准农田第1批")  # (no caption's comma and picture number)
    assert _ANSWER_LABEL.match("您好!长期护理保险").end() == 3
    assert _ANSWER_LABEL.match("您好长期护理保险") is None  # (no greeting's punctuation)


def test_a_part_of_the_term_by_the_possessive_ends_the_answer_but_its_meaning_or_aim_does_not():
    from policyterms.mining.extract_layouts.headwords import _kind_defined

    assert _kind_defined("长期护理保险的保险责任是为被保险人提供保险金的补偿。", "长期护理保险")
    assert not _kind_defined("长期护理保险的目的是减轻家庭负担。", "长期护理保险")
    assert not _kind_defined("长期护理保险的含义是对护理费用的补偿。", "长期护理保险")
    assert not _kind_defined("长期护理保险的推行是不是必要?", "长期护理保险")  # (是不是: a question, and no stop)


# --- a knowledge point's later sentence 是以A为B defining a word the paragraph named (P2431) ------------------------------

_RURAL_REVITALIZATION = (
    "【知识点】\n\n"
    "2017年10月18日,习近平总书记在党的十九大报告首次提出“乡村振兴战略”,这是党的十九大作出的重大决策部署,也是新时代做好“三农”工作的"
    "总抓手。乡村振兴是以农村经济发展为基础,包括农村文化、治理、民生、生态等在内的乡村发展水平的整体性提升,总要求为产业兴旺、生态宜居、"
    "乡风文明、治理有效、生活富裕。2018年2月4日,《中共中央国务院关于实施乡村振兴战略的意见》发布,对实施乡村振兴战略进行了全面部署。\n\n"
    "【重要讲话】\n"
)


def test_a_later_shi_yi_wei_sentence_in_a_knowledge_point_defines_the_word_to_the_paragraphs_end():
    assert pairs(_RURAL_REVITALIZATION) == [
        (
            "乡村振兴",
            "是以农村经济发展为基础,包括农村文化、治理、民生、生态等在内的乡村发展水平的整体性提升,总要求为产业兴旺、生态宜居、乡风文明、"
            "治理有效、生活富裕。2018年2月4日,《中共中央国务院关于实施乡村振兴战略的意见》发布,对实施乡村振兴战略进行了全面部署。",
        )
    ]


def test_shi_yi_without_wei_or_a_word_not_named_before_is_left():
    from policyterms.mining.extract_layouts.knowledge import _inner_point
    from policyterms.mining.extract_layouts.common import _lines

    line = _lines("2017年首次提出“乡村振兴战略”。乡村振兴是以我们必须坚持农业农村优先发展。\n")[0]
    assert _inner_point(line) is None  # 是以 with no 为 in its clause: "therefore"
    line = _lines("2017年首次提出“乡村振兴战略”。城乡融合是以工促农、以城带乡为路径的发展方式。\n")[0]
    assert _inner_point(line) is None  # the word was not named before


# --- a year's top words listed by 分別是: a ranking, no counted whole (P2419) --------------------------------------------

def test_a_ranking_of_hot_words_is_no_counted_whole():
    text = (
        "  2016年貴州十大新聞熱詞分別是:“大扶貧”、“大數據”、“山地公園省·多彩貴州風”、“旅游井噴”、“三大試驗區”、“中國天眼”、“高鐵”、"
        "“黔貨出山”、“天人合一、知行合一”、“貴州榜樣”。\n"
    )
    assert pairs(text) == []


def test_a_plans_counted_whole_is_still_read():
    text = "打造三个基地,分别为出口产品制造加工基地、商品集散贸易基地和国际物流基地。\n"
    assert pairs(text) == [("三个基地", "分别为出口产品制造加工基地、商品集散贸易基地和国际物流基地。")]
