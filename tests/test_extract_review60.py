"""Review of the fifty-ninth round's rules (a glued definitions table, a heading urging its matter, a flattened numbered
section, a listed part glossed after 其中, X,主要是指… in a whole paragraph, a paywall's count, a spaced counting verb) on
text they were not written from: sentences of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the new
readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A report's framed subject before 主要是指 is no term (prose._FRAMED_SUBJECT) ----------------------------------------------


def test_a_reports_framed_subject_before_mainly_means_is_no_term():
    # the round's 是指 after the adverb, in a paragraph left whole, read a report's remark on what it speaks of as a term
    assert pairs("本次检查,主要是指对全市餐饮单位开展的食品安全检查。\n") == []
    assert pairs("今年的重点任务,主要是指以下三个方面。\n") == []
    assert pairs("这里所说的改革,主要是指经济体制改革。\n") == []
    assert pairs("此次调整,主要是指对退休人员基本养老金的调整。\n") == []
    assert pairs("该项目的资金,主要是指中央预算内投资。\n") == []
    assert pairs("我们讲的担当,主要是指敢于直面问题。\n") == []
    assert pairs("下一步工作,主要是指做好以下几点。\n") == []
    assert pairs("我市今年的经济增长,主要是指工业增加值的增长。\n") == []
    assert pairs("本案所涉款项,主要是指被告人非法收取的费用。\n") == []
    # the bare 指 the reading took before the round, the same remark
    assert pairs("本次检查,主要指对全市餐饮单位开展的食品安全检查。\n") == []


def test_a_term_before_mainly_means_still_reads():
    assert pairs("乡村工匠,主要是指在乡村从事传统技艺的手艺人。\n") == [("乡村工匠", "主要是指在乡村从事传统技艺的手艺人。")]
    assert pairs("新就业形态劳动者,主要是指依托互联网平台就业的网约配送员、网约车驾驶员等。\n") == [
        ("新就业形态劳动者", "主要是指依托互联网平台就业的网约配送员、网约车驾驶员等。")
    ]
    assert pairs("小微企业,通常是指小型企业、微型企业和家庭作坊式企业。\n") == [("小微企业", "通常是指小型企业、微型企业和家庭作坊式企业。")]


# A part ranked after 其中 is no gloss of its own (ends._RANKS_PART) ---------------------------------------------------------


def test_a_part_ranked_after_qizhong_is_no_entry():
    # the round cut the list's definition before 其中,“Y”是… and read the ranking as Y's gloss
    assert pairs("“三农”是指农业、农村、农民。其中,“农民”是核心。\n") == [("“三农”", "是指农业、农村、农民。其中,“农民”是核心。")]
    assert pairs("“放管服”是指简政放权、放管结合、优化服务。其中,“简政放权”是前提。\n") == [
        ("“放管服”", "是指简政放权、放管结合、优化服务。其中,“简政放权”是前提。")
    ]
    assert pairs("新型经营主体是指家庭农场、农民合作社和农业企业。其中,“家庭农场”是今年扶持的重点。\n") == [
        ("新型经营主体", "是指家庭农场、农民合作社和农业企业。其中,“家庭农场”是今年扶持的重点。")
    ]
    assert pairs("“三通”是指通邮、通商、通航。其中,“通航”是两岸关系的重要议题。\n") == [("“三通”", "是指通邮、通商、通航。其中,“通航”是两岸关系的重要议题。")]


def test_a_part_glossed_after_qizhong_still_reads():
    assert pairs("“五险一金”是指养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金。其中,“住房公积金”即职工缴存的长期住房储金。\n") == [
        ("“五险一金”", "是指养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金。"),
        ("“住房公积金”", "即职工缴存的长期住房储金。"),
    ]
    assert pairs("“一网通办”是指企业和群众办事只进一网、一次办成。其中,“一网”是指政务服务“一张网”。\n") == [
        ("“一网通办”", "是指企业和群众办事只进一网、一次办成。"),
        ("“一网”", "是指政务服务“一张网”。"),
    ]


# A glued table's item holding 平均 or 本市 (glued_cells._MARKER) -------------------------------------------------------------


def test_a_glued_tables_item_keeps_average_or_this_city_inside_it():
    # the round's openers (平均, 本市) cut a statistics table's items where they hold those words and a marker follows
    text = "編號項目定義\n1每戶平均可支配所得指全體家庭可支配所得除以戶數。\n2每人平均所得指國民所得除以年中人口。\n3國內資本市場規模指上市公司市值總額。\n"
    assert pairs(text) == [
        ("每戶平均可支配所得", "指全體家庭可支配所得除以戶數。"),
        ("每人平均所得", "指國民所得除以年中人口。"),
        ("國內資本市場規模", "指上市公司市值總額。"),
    ]


def test_a_glued_tables_office_opener_still_ends_the_item():
    text = "編號中類項目定義\n1預算數歲入預算本府依預算法編列之收入。\n2預算數歲出預算本府依預算法編列之支出。\n3預算數平均預算指各年預算之平均。\n"
    assert pairs(text) == [("歲入預算", "本府依預算法編列之收入。"), ("歲出預算", "本府依預算法編列之支出。"), ("平均預算", "指各年預算之平均。")]
