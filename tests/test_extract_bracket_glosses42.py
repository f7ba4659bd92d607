"""Counted words glossed in brackets where a sentence names them (the forty-second set): the brackets list the kinds the
word counts; a bracket listing other things gives nothing."""

from __future__ import annotations

from policyterms.mining.extract_layouts.spelled_out import spells_out
from conftest import pairs_unpinyined as pairs


P1291 = (
    "1.1 渔业资源枯竭的严峻现实\n"
    "长江渔业资源曾是沿江数千万渔民的生计来源,但长期过度捕捞已使其濒临崩溃。以”四大家鱼”(青鱼、草鱼、鲢鱼、鳙鱼)为例,"
    "其性成熟年龄从3-4龄推迟至5-6龄,种群结构严重失衡。\n"
)

P1260 = (
    "鑄民族共同體 提「五個認同」\n\n"
    "習近平強調，要進一步鑄牢中華民族共同體意識、推進中華民族共同體建設，加強黨史、新中國史等宣傳教育，引導各族幹部群眾不斷增進"
    "「五個認同」（對偉大祖國、中華民族、中華文化、中國共產黨、中國特色社會主義的認同）。要積極創建全國民族團結進步模範區。\n"
)


def test_counted_kinds_each_holding_the_head():
    assert pairs(P1291) == [("”四大家鱼”", "青鱼、草鱼、鲢鱼、鳙鱼")]


def test_counted_kinds_closed_by_the_thing_counted():
    assert pairs(P1260) == [("「五個認同」", "對偉大祖國、中華民族、中華文化、中國共產黨、中國特色社會主義的認同")]


def test_brackets_listing_other_things_give_nothing():
    # the 1996 national report: two rivers' and lakes' names, no kinds of one thing counted
    assert not spells_out("“三河三湖”", "淮河海河辽河、太湖巢湖滇池")
    assert not spells_out("“两会”", "全国人大、全国政协")
    assert not spells_out("“四大家鱼”", "青鱼、草鱼、鲢鱼")


# --- a slogan's parts spelled out in bulleted items ---------------------------------------------------------------------

P1292 = """一、什么是“三清一改”?

“三清一改”具体包括以下

- 三清:清理垃圾、清理污水、清理杂物

- 一改:改变不良生活习惯

通过这四个方面的工作,全面改善农村的卫生环境和村民的生活方式,营造干净整洁、文明有序的乡村氛围。
"""


def test_bulleted_counted_parts_spelled_out_are_entries():
    assert pairs(P1292) == [("三清", "清理垃圾、清理污水、清理杂物"), ("一改", "改变不良生活习惯")]


def test_bulleted_parts_with_sentences_are_left_to_the_other_passes():
    # an earlier set's page on Beijing's old-city layout: 两轴 is explained in a sentence, not spelled out by a list
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.spelled_out import spelled_out_abbreviations

    text = "- 两轴:长安街的东西轴线,中轴线。\n- 一城:二环里的北京老城区,重点打造10条精品探访线路。\n"
    assert spelled_out_abbreviations(_lines(text), []) == []
