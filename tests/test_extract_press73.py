"""The seventy-third development set's press pages P2308–P2321 (urban governance, ecology and community vocabulary in news
knowledge points, company service pages, a Hong Kong site's report and a labour paper's photo story). Each rule has the
real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it
must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- the term's sense in a field goes on its definition (P2310) ----------------------------------------------------------

_CARBON_SINK = (
    "【知识点】\n\n"
    "碳汇是指从大气中清除二氧化碳的过程、活动或机制。在林业中主要是指植物吸收大气中的二氧化碳并将其固定在植被或土壤中,"
    "从而减少该气体在大气中的浓度。如森林碳汇、草地碳汇、耕地碳汇、土壤碳汇、海洋碳汇等等。碳汇量是指一定时期内森林碳库碳储量的变化量。\n\n"
    "国家林草局称,森林是集水库、钱库、粮库、碳库于一身的大宝库。\n"
)


def test_a_field_sense_goes_on_the_definition_before_it():
    assert pairs(_CARBON_SINK) == [
        (
            "碳汇",
            "是指从大气中清除二氧化碳的过程、活动或机制。在林业中主要是指植物吸收大气中的二氧化碳并将其固定在植被或土壤中,"
            "从而减少该气体在大气中的浓度。如森林碳汇、草地碳汇、耕地碳汇、土壤碳汇、海洋碳汇等等。",
        ),
        ("碳汇量", "是指一定时期内森林碳库碳储量的变化量。"),
    ]


def test_a_sentence_on_something_else_after_the_frame_ends_the_definition():
    text = "碳汇是指从大气中清除二氧化碳的过程。碳汇量是指一定时期内碳储量的变化量。在此基础上,各地开展了试点。\n"
    assert pairs(text) == [("碳汇", "是指从大气中清除二氧化碳的过程。"), ("碳汇量", "是指一定时期内碳储量的变化量。")]


def test_the_field_frame_needs_a_defining_marker():
    from policyterms.mining.extract_layouts.prose import _continues

    assert _continues("在林业中主要是指植物吸收二氧化碳。", "碳汇")
    assert _continues("在法律上通常指行为能力。", "能力")
    assert not _continues("在这方面是全国领先的。", "碳汇")
    assert not _continues("在会上指出,要加快推进。", "碳汇")


# --- a news photo's credit line is no headword (P2313) --------------------------------------------------------------------

_WHISTLE = (
    "北京創新「街鄉吹哨,部門報到」機制,或許是答案。\n\n"
    "網上圖片\n\n"
    "屢打屢盜惡性循環,執法人員無可奈何……曾被稱為「北方萬両黃金縣」的北京市平谷區金海湖鎮,金礦盜採常見,但鄉鎮無權執法。\n\n"
    "哨聲「吹響」,城市環境得到整治、停車難問題得到改善……一項項城市「頑疾」得以處理。\n\n"
    "AP圖片\n\n"
    "朝陽區三里屯北三里附近的百米小巷,曾因噪音擾民、環境髒亂差被稱為「髒街」。\n"
)


def test_a_photo_credit_line_is_no_headword():
    assert pairs(_WHISTLE) == []


def test_a_kind_of_picture_stays_a_term():
    from policyterms.mining.extract_layouts.false_glosses import furniture_label

    assert furniture_label("網上圖片") and furniture_label("AP圖片") and furniture_label("(新華網圖片)")
    assert not furniture_label("矢量图片") and not furniture_label("遥感影像") and not furniture_label("天气预报图")


# --- a word and one word built on it under a concepts heading (P2311) -----------------------------------------------------

_CARRYING = (
    "一、基本概念\n"
    "资源环境承载能力是一定国土空间内自然资源、环境容量和生态服务功能对人类活动的综合支撑水平。"
    "资源环境承载能力评价是对自然资源禀赋和生态环境本底的综合评价,确定国土空间在生态保护、农业生产、城镇建设等不同功能指向下的承载能力等级。"
    "资源环境承载能力和国土空间开发适宜性评价是国土空间规划编制的重要基础。\n"
    "二、评价原则\n"
    "尊重自然和科学规律。评价应体现尊重自然、顺应自然、保护自然的生态文明理念。\n"
)


def test_a_word_and_its_built_word_under_a_concepts_heading():
    assert pairs(_CARRYING) == [
        ("资源环境承载能力", "是一定国土空间内自然资源、环境容量和生态服务功能对人类活动的综合支撑水平。"),
        (
            "资源环境承载能力评价",
            "是对自然资源禀赋和生态环境本底的综合评价,确定国土空间在生态保护、农业生产、城镇建设等不同功能指向下的承载能力等级。"
            "资源环境承载能力和国土空间开发适宜性评价是国土空间规划编制的重要基础。",
        ),
    ]


def test_a_pair_under_another_heading_is_no_series():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.compound_series import compound_series

    text = "一、发展现状\n数字经济是当前发展最快的领域。数字经济规模是全国第二位。\n"
    assert list(compound_series(_lines(text), [True, True, True])) == []


# --- a description named by a demonstrative and its kind (P2315) ----------------------------------------------------------

_COMPLETE_COMMUNITY = (
    "陕西首个社区入选全国完整社区建设试点\n"
    "近日,住房和城乡建设部等七部门联合发文,在全国选取106个社区,开展为期2年的完整社区建设试点。\n"
    "以家为中心,在适宜步行范围内可满足社区生活的基本需求,再加上完善的基础设施、健全的管理机制等,这样的社区有了新名称——完整社区。\n"
    "巴新建 摄\n"
)


def test_a_demonstrative_naming_gives_the_name_and_the_description():
    assert pairs(_COMPLETE_COMMUNITY) == [
        ("完整社区", "以家为中心,在适宜步行范围内可满足社区生活的基本需求,再加上完善的基础设施、健全的管理机制等")
    ]


def test_a_demonstrative_naming_another_kind_is_no_entry():
    from policyterms.mining.extract_layouts.backward_names import named_after_description
    from policyterms.mining.extract_layouts.common import _lines

    text = "近日社区开展活动。居民们一起动手清理楼道垃圾,这样的做法被称为好办法。好办法值得推广。\n"
    assert named_after_description(_lines(text), [], text) == []


# --- an answer glossing a framed piece of the asked word; an interviewee's turn ends it (P2318) ---------------------------

_WASTE_FREE = (
    "何为“无废城市”?让城市“代谢”更高效\n\n"
    "什么是“无废城市”?\n\n"
    "简单说,“无废城市”里的“废”,指的是固体废物。这包括我们日常生活中最常见的生活垃圾、装修建筑产生的建筑垃圾、工厂的工业废料、"
    "农田的农业废弃物,以及一些危险废物。\n\n"
    "中国社科院生态文明研究所资源与环境经济研究室副主任 丛晓男:再有就是新兴固废。它又包含电子垃圾,像这种风机叶片,还有太阳能光伏板。\n\n"
    "目前,全国600多个大中城市,普遍面临固体垃圾产生量大、堆积量高的问题。\n"
)


def test_an_answer_glossing_a_framed_piece_of_the_asked_word():
    assert pairs(_WASTE_FREE) == [
        (
            "“无废城市”里的“废”",
            "指的是固体废物。这包括我们日常生活中最常见的生活垃圾、装修建筑产生的建筑垃圾、工厂的工业废料、农田的农业废弃物,以及一些危险废物。",
        )
    ]


def test_an_answer_restating_the_asked_word_keeps_it_as_term():
    from policyterms.mining.extract_layouts.headwords import _framed_piece_answer

    assert _framed_piece_answer("简单说,“无废城市”是一种城市模式。", "“无废城市”") is None
    assert _framed_piece_answer("“无废城市”里的“废”越来越多。", "“无废城市”") is None  # no marker: no gloss of the piece


def test_a_speaker_turn_is_told_from_a_colon_item():
    from policyterms.mining.extract_layouts.ordinary_pages import speaker_turn

    assert speaker_turn("中国社科院生态文明研究所资源与环境经济研究室副主任 丛晓男:再有就是新兴固废。")
    assert speaker_turn("记者 王磊:现在是早上八点。")
    assert not speaker_turn("研究员:指从事研究工作的专业技术人员。")
    assert not speaker_turn("固体废物:指在生产、生活和其他活动中产生的固态、半固态废弃物质。")


# --- a question about a word put and denied, then what it is (P2318) ------------------------------------------------------

_DENIED = (
    "目前,全国600多个大中城市,普遍面临固体垃圾产生量大、堆积量高的问题,这已经成了一个突出的“城市病”。\n\n"
    "那么,“无废城市”是要求城市一点都不产生垃圾吗?并非如此。它其实是一种追求绿色、循环发展的城市模式和管理理念。"
    "核心目标是最大限度减少废物对城市环境和居民生活的影响。\n"
)


def test_a_denied_question_then_what_the_word_is():
    assert pairs(_DENIED) == [
        ("“无废城市”", "是一种追求绿色、循环发展的城市模式和管理理念。核心目标是最大限度减少废物对城市环境和居民生活的影响。")
    ]


def test_a_question_answered_yes_or_a_denial_about_something_else_is_no_entry():
    assert pairs("那么,“无废城市”是要求城市不产生垃圾吗?是的。它是一种新的管理要求。\n") == []
    assert pairs("那么,“无废城市”建设容易吗?并非如此简单,它是一项长期任务。\n") == []
