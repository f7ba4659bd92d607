"""Seventy-third round, fixer B: mechanisms mended from the misses of the freshest development splits (dev-121 … dev-127),
each tested on its page's own sentences (press pages held inline: they are not bundled), on other real shapes it should
cover, and on one it must not take."""

from __future__ import annotations

import pytest

from conftest import pairs


# A slogan built on 即 "as soon as" keeps its 即 (general._SLOGAN_JI) ----------------------------------------------------------


def test_the_editorials_slogan_keeps_its_ji():
    # P3471, a newspaper editorial: 接诉即办,通俗说就是,… (the page's own sentences, its later remarks shortened)
    text = (
        "接诉即办,通俗说就是,接到群众反映,立即对接办理,高效、精准地解决好民众急难愁盼问题。客观来说,这样的要求和原则,"
        "对每个地方政府都应该成立。\n"
    )
    assert [term for term, _ in pairs("标题\n" + text)] == ["接诉即办"]
    assert pairs("标题\n" + text)[0][1].startswith("就是,接到群众反映,立即对接办理")


@pytest.mark.parametrize(
    "text, term",
    [
        ("免申即享,是指企业无需申请即可享受政策。\n", "免申即享"),
        ("拿地即开工,简单说就是企业拿到土地后马上开工。\n", "拿地即开工"),
        ("交房即交证,通俗地讲就是买房人收房时拿到不动产权证。\n", "交房即交证"),
        ("接诉即办是指接到群众反映立即对接办理。\n", "接诉即办"),
    ],
)
def test_other_slogans_on_ji_keep_it(text, term):
    assert [t for t, _ in pairs("标题\n" + text)] == [term]


@pytest.mark.parametrize("text", ["社保即社会保险,是指国家建立的保险制度。\n", "央企即中央企业,是指国务院监管的企业。\n"])
def test_another_name_after_ji_stays_out_of_the_term(text):
    # the other name is longer than a slogan's deed: the term is the short form, as before
    assert len(pairs("标题\n" + text)[0][0]) == 2


# A gloss framed by 所谓 is prose: a page cut after it keeps its whole sentences (combine._POINTING_FRAME_BEFORE) --------------


def test_the_news_items_suowei_gloss_keeps_its_whole_sentences_before_the_cut():
    # P3438, a self-media news item cut mid-sentence after the gloss (the page's own paragraph, its middle shortened)
    text = (
        "嵌入式服务 让“养老”变“享老”\n\n"
        "所谓“嵌入式”养老,就是养老机构与社区有机融合,以社区为载体,在社区内嵌入一个市场化运营的养老机构,"
        "给老年人就近养老提供专业化、个性化、便利化的养老服务。“通俗点说,就是把养老服务‘嵌入’社区,老人不必离开原来熟悉的"
        "生活环境,在家门口就能养老。”王万军说。目前,安徽省正致力发展嵌入式养老服务机构,计划到2026年,全省将建成不少于400家"
        "社区嵌入式养老服务机构,辐射所有城市街道和部"
    )
    [(term, definition)] = pairs(text)
    assert term == "“嵌入式”养老"
    assert definition.startswith("就是养老机构与社区有机融合") and definition.endswith("在家门口就能养老。”王万军说。")


@pytest.mark.parametrize(
    "text, term, end",
    [
        ("所謂「長照3.0」,是指政府在長照2.0基礎上再升級的十年計畫。此次討論聚焦醫療與長照整合。衛福部表示,將在明年", "「長照3.0」", "整合。"),
        ("所谓的片区化管理,就是把街道划成若干片区统一管理。记者了解到,目前全区已", "片区化管理", "统一管理。"),
    ],
)
def test_other_suowei_glosses_cut_by_the_page(text, term, end):
    [(got, definition)] = pairs("标题\n" + text)
    assert got == term and definition.endswith(end)


def test_a_glossary_line_or_a_first_sentence_cut_by_the_page_stays_cut():
    # a glossary's headword line, cut: the list's last entry, not prose (unchanged); a gloss cut in its first sentence
    for text in ("标题\n粮食产量 指全社会的产量。包括粮食除包括稻谷、小麦、玉米", "标题\n所谓“嵌入式”养老,就是养老机构与社区有机融合,在社区内嵌"):
        assert pairs(text) == []


# A definer opening its sentence: 学术界将“X”定义为:… (prose._DEFINES_AS, the definer's clause with no comma before it) ---------


def test_the_features_scholars_definition_is_read_from_dingyi_wei():
    # P3439, a business daily's feature (the page's own sentence; the reporter's next sentence shortened)
    text = "学术界将“喘息服务”定义为:一种让长期承担照护工作的家庭成员获得有效休息、照护压力得到短暂缓解的公共服务。\n"
    assert pairs("标题\n" + text) == [("“喘息服务”", "定义为:一种让长期承担照护工作的家庭成员获得有效休息、照护压力得到短暂缓解的公共服务。")]


@pytest.mark.parametrize(
    "text, term",
    [
        ("世卫组织将“健康”定义为:一种身体、心理和社会适应的完好状态。\n", "“健康”"),
        ("国家统计局将“新经济”定义为以新技术为支撑的经济形态。\n", "“新经济”"),
        ("学者将喘息服务定义为一种让家庭成员获得有效休息的公共服务。\n", "喘息服务"),
    ],
)
def test_other_definers_opening_their_sentence(text, term):
    [(got, definition)] = pairs("标题\n" + text)
    assert got == term and definition.startswith("定义为")


@pytest.mark.parametrize(
    "text",
    [
        "我们将乡村振兴定义为全县工作的重中之重。\n",  # a standing, no class
        "市长将今年定义为攻坚之年。\n",  # a year's motto
        "省政府将南部山区界定为生态保护区。\n",  # a designation
        "条例把直接促销定义为,用「直接促销\n方法」提供或宣传推广货品\n",  # a column break: no sentence closed on the line (815)
    ],
)
def test_a_definer_opening_its_sentence_that_defines_no_word(text):
    assert pairs("标题\n" + text) == []
