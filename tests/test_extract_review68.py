"""Review of the sixty-seventh round's rules (a capitalised English name glued to 指 read as an article's concept; a wrapped
paragraph joined under a heading naming the term; a subjectless plain-words gloss given to the one quoted word of the
sentence before) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao
and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# An ordinance's item keeps its form whatever the case of its English name (interpretation_items._ordinance_item) ----------


def test_an_ordinance_item_with_a_capitalised_name_glued_to_zhi_is_still_an_item():
    assert pairs("“署长”(Director)指食物环境卫生署署长;") == [("“署长”", "指食物环境卫生署署长")]
    assert pairs("「營辦商」(Operator)指根據本條例獲發牌照的人;") == [("「營辦商」", "指根據本條例獲發牌照的人")]
    assert pairs("本条例中——\n“监督”(Supervisor)指由局长委任的监督;\n“主任”(director)指署长;") == [
        ("“监督”", "指由局长委任的监督"),
        ("“主任”", "指署长"),
    ]


def test_an_articles_concept_by_its_english_name_keeps_the_name():
    assert pairs("算力(Computing Power)指的是计算能力,是数字经济时代的新生产力。") == [
        ("算力(Computing Power)", "指的是计算能力,是数字经济时代的新生产力。")
    ]
    assert pairs("碳足迹(Carbon Footprint)指个人或组织在活动中直接和间接产生的温室气体排放总量。") == [
        ("碳足迹(Carbon Footprint)", "指个人或组织在活动中直接和间接产生的温室气体排放总量。")
    ]


# A hard wrap under a heading naming the term is only a wrap (meaning_headings._wrapped_tail) --------------------------------


def test_a_short_furniture_line_below_an_unstopped_paragraph_is_no_wrap():
    assert pairs("一、什么是河长制\n河长制是由各级党政主要负责人担任河长的制度\n相关新闻\n省河长办召开工作会议。\n") == []


def test_a_line_opening_with_the_term_again_is_a_new_sentence_no_wrap():
    assert pairs("6.3 信用評級\n信用評級是為評核借款戶的償債能力與發生違約的可能性\n信用評級越高,融資成本越低。\n") == []


def test_a_printed_pages_hard_wrap_is_still_joined():
    page = "6.3 信用評級\n                                        信用價值衡量\n信用評級是為評核借款戶的償債能力與發生違約的可\n能性。\n"
    assert pairs(page) == [("信用評級", "是為評核借款戶的償債能力與發生違約的可能性。")]


# 简单来说,就是要… after a quoted word: the task, no gloss (topics._TASK_AFTER_JIUSHI) ------------------------------------


def test_a_task_said_plainly_after_a_quoted_word_is_no_gloss():
    assert pairs("“菜篮子”\n\n市长在会上强调要抓好“菜篮子”。简单来说,就是要保证蔬菜肉蛋的供应。") == []
    assert pairs("“十大工程”\n\n该区启动“十大工程”建设。简单来说,就是今年要完成投资一百亿元。") == []
    assert pairs("“两个毫不动摇”\n\n会议指出,要坚持“两个毫不动摇”。简单来说,就是今年要加大对民营企业的支持力度。") == []


def test_a_plain_gloss_of_the_quoted_word_before_is_still_read():
    assert pairs("“城市体检”\n\n记者从市住建局获悉,全市将开展“城市体检”工作。简单来说,就是对城市发展状况进行全面评估。") == [
        ("“城市体检”", "就是对城市发展状况进行全面评估。")
    ]


# 為 as "is" — not the frame 以X为Y (topics._YI_FRAME) -------------------------------------------------------------------------


def test_the_frame_yi_x_wei_y_is_no_copula():
    assert pairs("深化以国有企业改革为中心的各项改革。") == []
    assert pairs("以深化企业改革为中心进行综合配套改革，逐步确立新经济体制的主导地位") == []


def test_wei_as_the_copula_naming_a_class_by_the_head_is_still_read():
    assert pairs("農業保險為新型態產物保險,承保農業生產過程中的天然災害風險。") == [
        ("農業保險", "為新型態產物保險,承保農業生產過程中的天然災害風險。")
    ]
