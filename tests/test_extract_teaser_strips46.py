"""A strip of teasers for other questions under an answer (forty-sixth development set, P1550: each line a snippet cut by
``...`` with the next question's title glued on) gives no entries; a page's own definition beside such snippets, and a
list's ellipsis before 等, stay."""

from __future__ import annotations

from conftest import pairs

P1550 = (
    "用最通俗的话解释一下外汇储备\n"
    "外汇储备,又称为外汇存底,指一国政府所持有的国际储备资产中的外汇部分,即一国政府保有的以外币表示的债权。\n\n\n"
    "问答推荐:\n"
    "电脑噪音太大怎么解决\n"
    "准备水油皮,把面粉,白糖,水,猪油倒在一起拌匀成面团准备油酥,把中筋面粉和猪油混合在一起揉匀把水油皮和油酥分别分成和的团...什么叫刚需房\n"
    "刚需房是指房产商在营销过程中产生的一个名词。从字面理解,刚需就是刚性需求,以自住为首要条件。国家的相关政策条文中,没有刚...赤道结局是什么\n"
    "慎重则必成轻发则多败的含义是谨慎从事,事情就必然成功轻举妄动,事情多半会失败。这句话是指办事谨慎,事先考虑周密,行动中兢...三八节朋友圈说说2021\n"
    "厨房里你是爆竹花,煎炒烹炸,噼啪噼啪\n"
)


def test_entries_on_cut_teaser_lines_with_the_next_title_glued_on_are_dropped() -> None:
    assert [t for t, _ in pairs(P1550)] == ["外汇储备"]


def test_a_definition_beside_character_snippets_and_a_lists_ellipsis_before_deng_stay() -> None:
    # (P1515: the word page's definition, then its characters' snippets ending 查看详细解释)
    page = "国家森林公园是指森林景观特别优美,人文景物比较集中,观赏、科学、文化价值高,地理位置特殊,具有一定的区域代表性,旅游服务设施齐全,有较高的知名度,可供人们游览、休息或进行科学、文化、教育活动的场所,由国家林业和草原局作出准予设立的行政许可决定。\n拼音:guó\n国家:~内。祖~。外~。保家卫~。代表或象征国家...查看详细解释\n"
    assert [t for t, _ in pairs(page)] == ["国家森林公园"]
    # (271: a statistics note's list cut by its ellipsis before 等)
    got = pairs("4.設備材料費:指污水處理廠營運管理當年度所需之設備、管材、器材....等設備材料費用支出。\n")
    assert got and got[0][1].endswith("....等設備材料費用支出。")
