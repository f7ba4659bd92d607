"""Several headwords glossed one after another inside one paragraph (the thirty-seventh set's run-in series): quoted
terms clause by clause with more markers (:mod:`policyterms.mining.extract_layouts.clauses`), and the parts of a list
glossed in turn right after it (:mod:`policyterms.mining.extract_layouts.listed_parts`), each on the real sentences of the
development pages and a real sentence the rule must not take."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from policyterms.mining.extract_layouts.clauses import quoted_clause_series
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.listed_parts import listed_parts
from conftest import pairs


def series(text: str) -> list[tuple[str, str]]:
    lines = _lines(text)
    return [(f.term, f.definition) for _, f in quoted_clause_series(lines, [True] * len(lines))]


def parts(text: str) -> list[tuple[str, str]]:
    lines = _lines(text)
    return [(f.term, f.definition) for _, f in listed_parts(lines, [True] * len(lines))]


# --- quoted terms clause by clause: 就是, 代表, 分别是, 包括, a connective 则, a frame before or after the term ---------


def test_clauses_with_include_and_respective_markers_after_a_place_frame():
    # P997 (an encyclopedia card in traditional characters, converter pinyin, a mojibake stretch where a stop was lost)
    text = (
        "中國的“首都經濟圈”,包括北京、天津兩大直轄市,河北省的張家口、承德等11個地級市和定州、辛集2個省直管市?!耙缓恕奔粗副本?,"
        "“雙城”是指北京、天津,“三軸”是指京津、京保石、京唐秦,“四區(qū)”分別是中部核心功能區(qū)、東部濱海發(fā)展區(qū)、南部功能拓展區(qū)和"
        "西北部生態(tài)涵養(yǎng)區(qū),“多節(jié)點”包括石家莊、唐山等區(qū)域性中心城市和張家口、承德等節(jié)點城市。"
        "雄安新區(qū)的設立,使雄縣、容城、安新3縣及周邊部分區(qū)域備受矚目。\n"
    )
    got = dict(pairs(text))
    assert got["“首都經濟圈”"] == "包括北京、天津兩大直轄市,河北省的張家口、承德等11個地級市和定州、辛集2個省直管市"
    assert got["“雙城”"] == "是指北京、天津"
    assert got["“三軸”"] == "是指京津、京保石、京唐秦"
    assert got["“四區”"] == "分別是中部核心功能區、東部濱海發展區、南部功能拓展區和西北部生態涵養區"
    # the last clause closes a sentence of clauses: the news after it is no part of it
    assert got["“多節點”"] == "包括石家莊、唐山等區域性中心城市和張家口、承德等節點城市。"


def test_clauses_with_jiushi_after_a_meaning_frame():
    # P968 (a report reading's new words, after the report's quotation and a remark)
    text = (
        "藏粮于地、藏粮于技\n"
        "报告原文:“落实藏粮于地、藏粮于技战略……继续开展粮食绿色增产模式攻关”。据悉,这一新词,在我省已开始使用。"
        "“藏粮于地”的意思,就是适时调节粮食产量和生产能力的关系;“藏粮于技”就是向科技要粮,走依靠科技进步、提高单产的内涵式发展道路。\n"
    )
    got = dict(pairs(text))
    assert got["“藏粮于地”"] == "就是适时调节粮食产量和生产能力的关系"
    assert got["“藏粮于技”"] == "就是向科技要粮,走依靠科技进步、提高单产的内涵式发展道路。"


def test_a_names_characters_glossed_with_a_bare_shi_and_daibiao():
    # P1007: the pieces spell the name the sentence before gives, so even a bare 是 defines; 则 is left out
    text = (
        "  秦创原这个名字,很老陕!“秦”是从秦汉至今,陕西的简称,意在要有老秦人那股“拧劲儿”;“创”代表创新、创业、创造和创优,"
        "也是陕西人的典型品质;“原”则是要追根溯源,打造创新驱动高原高地,让创新成果源源不断地走向全省、走向全国。\n"
    )
    assert series(text) == [
        ("“秦”", "是从秦汉至今,陕西的简称,意在要有老秦人那股“拧劲儿”"),
        ("“创”", "代表创新、创业、创造和创优,也是陕西人的典型品质"),
        ("“原”", "是要追根溯源,打造创新驱动高原高地,让创新成果源源不断地走向全省、走向全国。"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the tenth congress report: quoted words of a speech glossed with 就是 in the middle of its paragraph, after narrative
        "（一九六七年三月四日、三月十日《真理报》）他们所说的“健康力量”就是代表社会帝国主义和一切剥削阶级利益的腐朽力量，"
        "他们所说的“决定性的话”就是篡夺党和国家的最高权力，他们所说的“思想胜利”就是假马克思列宁主义、真修正主义在中国上台，"
        "他们所说的“国际主义道路”就是变中国为苏修社会帝国主义殖民地的道路。\n",
        # the 金山 appendix: a name's characters glossed after its colon headword are that entry's parts, no series
        "2.一网通办:“一”是指一个总门户,服务事项一口进出;“网”是指线上线下同步,服务事项全覆盖;“通”是指全市通办、全网通办、一窗办理;"
        "“办”是指只跑一次、一次办成。\n",
        # whole names glossed after the paragraph names them: standings, no series, even with a bare 是
        "今年,我市持续推进“一网通办”。“一网通办”是优化营商环境的重要抓手,“一网统管”是城市治理的关键一招。下一步,我们将继续深化改革。\n",
    ],
)
def test_clauses_in_a_paragraphs_middle_stay_no_series(text):
    assert series(text) == []


def test_a_question_mark_stands_for_a_lost_stop_only_in_a_sentence_asking_nothing():
    from policyterms.mining.extract_layouts.clauses import _sentence_end

    statement = "包括北京、天津两大直辖市和定州、辛集2个省直管市?!耙缓恕奔粗副本?,"  # P997's mojibake: the stop was lost
    assert statement[: _sentence_end(statement, 0, len(statement))] == "包括北京、天津两大直辖市和定州、辛集2个省直管市"
    question = "指的是什么?意味着什么?"  # P963's question lines: a question keeps its mark
    assert question[: _sentence_end(question, 0, len(question))] == "指的是什么?"


# --- the parts of a list glossed in turn right after it --------------------------------------------------------------


def test_a_lists_parts_glossed_run_in_with_semicolons():
    # P965 (a futures company's repost of a December 2025 interview)
    text = (
        "2025年12月18日,海南自贸港全岛封关正式启动。封关运作是实施以“‘一线’放开、‘二线’管住、岛内自由”为基本特征的自由化便利化政策制度。\n"
        "“一线”放开,就是将海南自由贸易港与我国关境外其他国家和地区之间作为“一线”,实施一系列自由便利进出举措;“二线”管住,就是将海南"
        "自由贸易港与内地之间作为“二线”,针对“一线”放开的内容实施精准管理;岛内自由,就是在海南自贸港内,各类要素可以相对自由流通。\n"
        "对海南自贸港企业而言,封关运作后多项政策将持续释放红利。\n"
    )
    assert pairs(text) == [
        ("封关运作", "是实施以“‘一线’放开、‘二线’管住、岛内自由”为基本特征的自由化便利化政策制度。"),
        ("“一线”放开", "就是将海南自由贸易港与我国关境外其他国家和地区之间作为“一线”,实施一系列自由便利进出举措"),
        ("“二线”管住", "就是将海南自由贸易港与内地之间作为“二线”,针对“一线”放开的内容实施精准管理"),
        ("岛内自由", "就是在海南自贸港内,各类要素可以相对自由流通。"),
    ]


def test_a_lists_parts_glossed_a_paragraph_each_below_a_heading():
    # P963 (a Q&A explainer): the attribution before the list's subject is left out
    text = (
        "Q1、“3815”是什么?\n\n"
        "省委《决定》指出,“3815”就是三年上台阶、八年大发展、十五年大跨越。具体来说,它既是一张“时间表”,又是一份“路线图”。\n\n"
        "“3815”是一张“时间表”\n\n"
        "三年上台阶,就是紧扣2023至2025年,通过实施系列三年行动计划,推动高质量跨越式发展迈上新台阶。\n\n"
        "八年大发展,就是聚焦2023至2030年,到“十五五”末,使云南与全国发展的差距明显缩小。\n\n"
        "十五年大跨越,就是锚定2021至2035年,在全面建成小康社会基础上,经过三个五年规划的接续奋斗,与全国同步基本实现社会主义现代化。\n\n"
        "从“时间表”上看,“3815”战略发展目标…体现了云南以一域谋全局的使命担当。\n"
    )
    got = dict(pairs(text))
    assert got["“3815”"] == "就是三年上台阶、八年大发展、十五年大跨越。具体来说,它既是一张“时间表”,又是一份“路线图”。"
    assert got["三年上台阶"] == "就是紧扣2023至2025年,通过实施系列三年行动计划,推动高质量跨越式发展迈上新台阶。"
    assert got["八年大发展"] == "就是聚焦2023至2030年,到“十五五”末,使云南与全国发展的差距明显缩小。"
    assert got["十五年大跨越"].startswith("就是锚定2021至2035年")


def test_a_question_naming_the_parts_has_no_subject():
    # 04 (a 2021 explainer): the parts are glossed, the question above them names no term
    text = (
        "  什么是“碳達峰”和“碳中和”?\n\n"
        "  碳達峰是指我國承諾2030年前,二氧化碳的排放不再增長,達到峰值之后逐步降低。\n\n"
        "  碳中和是指企業團體或個人測算在一定時間內直接或間接產生的溫室氣體排放總量,實現二氧化碳“零排放”。\n"
    )
    assert [term for term, _ in parts(text)] == ["碳達峰", "碳中和"]


@pytest.mark.parametrize(
    "text",
    [
        # the 2004 work report: the parts of 适时适度 glossed run in, but the words are not listed apart above
        "搞好宏观调控，既要保持宏观经济政策的连续性和稳定性，又要根据经济形势发展变化，适时适度调整政策实施的力度和重点。\n"
        "适时，就是把握好调控措施出台的时机，见微知著，防患于未然；适度，就是松紧得当，不急刹车，不一刀切。\n",
        # the 1979 work report: 我们讲调整，就是要… opens paragraphs set apart by others, no run of parts
        "这些情况说明，用三年时间集中力量进行国民经济的调整、改革、整顿、提高，是完全必要的。\n\n"
        "　　我们讲调整，就是要针对…的状况，自觉调整比例关系。\n\n（一）要使粮食生产…比较适应。\n\n"
        "　　我们讲改革，就是要对现行经济管理体制坚决地有步骤地实行全面改革。\n",
    ],
)
def test_run_in_glosses_of_words_no_list_names_are_no_parts(text):
    assert parts(text) == []


NATIONAL_REPORTS = (
    Path(os.environ.get("POLICYTERMS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    / "corpus" / "national" / "government-work-reports.jsonl"
)


@pytest.mark.skipif(not NATIONAL_REPORTS.exists(), reason=f"{NATIONAL_REPORTS} is absent (the shared corpus is not bundled)")
def test_the_national_reports_give_no_listed_parts():
    for line in NATIONAL_REPORTS.read_text("utf-8").splitlines():
        text = json.loads(line)["content"]
        assert parts(text) == []


# --- a pair glossed together with 分别, and dashed headword lines (P995) ---------------------------------------------------

P995 = (
    "天津的“津城”和“滨城”是城市发展中的地理概念,分别指代天津市中心城区和滨海新区,二者共同构成双城发展格局。具体含义如下:\n"
    "一、核心概念解析\n"
    "- 津城\n"
    "指天津市中心城区,包括黄浦区、河西区、河东区、南开区、河北区、红桥区及环城四区,面积约400平方公里。作为天津的政治、经济、文化中心,"
    "承担着历史文化遗产保护、现代服务业发展、科技创新等核心职能。\n"
    "- 滨城\n"
    "指滨海新区主城区及汉沽、大港地区,涵盖736平方公里的绿色屏障区。该区域以高端产业集聚、对外开放、生态保护为特色。\n"
    "二、双城格局\n"
    "- 功能互补与协同发展\n"
    "津城侧重现代服务业、科技创新与文化教育,滨城则依托港口优势发展高端制造、绿色产业。通过合理分工,实现资源集约利用,避免城市连片无序扩张。\n"
    "- 支撑国家战略\n"
    "该布局是天津落实“一基地三区”战略、融入“一带一路”及京津冀协同发展的关键举措,通过优化空间布局推动高质量发展。\n"
)


def test_a_pair_glossed_together_and_dashed_headword_lines():
    # (the section heading shortened to 双城格局, so that no heading announcing points guards the dashed labels below it)
    assert pairs(P995) == [
        ("“津城”和“滨城”", "是城市发展中的地理概念,分别指代天津市中心城区和滨海新区,二者共同构成双城发展格局。具体含义如下:"),
        ("津城", "指天津市中心城区,包括黄浦区、河西区、河东区、南开区、河北区、红桥区及环城四区,面积约400平方公里。作为天津的政治、经济、"
         "文化中心,承担着历史文化遗产保护、现代服务业发展、科技创新等核心职能。"),
        ("滨城", "指滨海新区主城区及汉沽、大港地区,涵盖736平方公里的绿色屏障区。该区域以高端产业集聚、对外开放、生态保护为特色。"),
    ]


def test_a_pair_named_without_its_respective_glosses_is_no_entry():
    from policyterms.mining.extract_layouts.respective_glosses import paired_glosses

    # 02 (a 2025 explainer): the two words are the report's keywords, nothing is said of each
    lines = _lines("“发(fā)展”和“建设(shè)”是两大关(guān)键词。\n")
    assert list(paired_glosses(lines, [True] * len(lines))) == []
