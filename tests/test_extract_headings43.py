"""The forty-third development set's headings and buttons taken as terms: an encyclopedia's lock mark and random-entry
link (P1321's 鎖定, P1355's 随便看) and a section heading naming the term's origin over a paragraph restating it
(P1321's 四有新人來歷), each with a real sentence of the same shape that must stay as it is."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import _is_furniture
from policyterms.mining.extract_layouts.headwords import _meaning_heading_restated


_CARD = (
    "請輸入您要查詢的百科知識:\n\n"
    "词条 中国经济开发区\n释义\n中国经济开发区\n"
    "中国经济开发区  由国家划定适当的区域,进行必要的基础设施建设,集中兴办一两项产业,同时给予相应的扶植和优惠待遇,使该区域的经济得以迅速发展。"
    "经济开发区是经济技术开发区、保税区、出口加工区、边境经济合作区、高新技术开发区、各类产业工业园(如农业开发区、化学工业园、汽车工业园等)的一种通称,"
    "实行国家特定优惠政策,也简称开发区。\n"
    "出处:中国地理卷 • 中国地理 • 经济地理 • 经济区\n"
    "随便看\n\n \n\n"
    "百科全书收录258893条中英文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。\n"
)


def test_an_encyclopedia_random_entry_link_is_no_headword():
    assert "随便看" not in [term for term, _ in pairs(_CARD)]
    assert _is_furniture("随便看") and _is_furniture("鎖定")


def test_the_same_words_inside_a_sentence_are_no_furniture():
    # (a report's sentence: 锁定 as a verb; the link's words in running text)
    assert not _is_furniture("锁定目标任务,确保按期完成。")
    assert not _is_furniture("随便看看就知道了。")


_ORIGIN = (
    "四有新人\n\n鎖定\n"
    "“四有新人”是1980年5月26日,中共中央副主席鄧小平給《中國少年報》和《輔導員》雜誌的題詞:“希望全國的小朋友,立志做有理想有道德、有文化、有紀律的人,立志為人民作貢獻,為祖國作貢獻,為人類作貢獻。”中演變而來的。\n"
    "中文名\n四有新人\n\n"
    "四有新人來歷\n\n"
    "四有新人就是“有理想、有道德、有文化、有紀律”的新人。“四有”是國家對公民的基本要求,也是提高整個中華民族思想道德素質和科學文化素質的基本內容。\n"
    "“四有”是一個整體,缺一不可,其中的理想和紀律特別重要。\n\n"
    "四有新人社會反響\n\n"
)


def test_an_origin_heading_over_a_paragraph_restating_the_term_before_jiushi_gives_the_term():
    assert pairs(_ORIGIN) == [
        ("四有新人", "就是“有理想、有道德、有文化、有紀律”的新人。“四有”是國家對公民的基本要求,也是提高整個中華民族思想道德素質和科學文化素質的基本內容。")
    ]


def test_an_origin_heading_over_a_bare_shi_telling_the_origin_gives_nothing():
    # (the page's lead under such a heading: where the phrase comes from, no gloss)
    assert _meaning_heading_restated("四有新人來歷", "“四有新人”是1980年5月26日,中共中央副主席鄧小平給《中國少年報》和《輔導員》雜誌的題詞") is None
    assert _meaning_heading_restated("四有新人來歷", "四有新人就是“有理想、有道德、有文化、有紀律”的新人。") == ("四有新人", 4)


_TEASER = (
    "文章详情\n\n"
    "2025-06-02 18:34:44\n"
    "文章详情介绍\n"
    "宁是哪个省的简称?揭秘“宁”代表的地方与历史背景\n"
    "在中国,各省份的简称是日常生活中常见的表达方式,但很多人对“宁”这个简称代表的省份并不熟悉。事实上,“宁”是宁夏回族自治区的简称。"
    "宁夏位于中国西北地区,东临陕西,南接甘肃,西、北与内蒙古自治区接壤。\n"
    "宁夏的地理位置与行政区划\n"
    "宁夏回族自治区的首府是银川市,位于黄河上游,地处西北内陆。全区总面积约为6.64万平方公里,人口约720万。\n"
)


def test_an_article_label_and_a_place_s_sections_are_no_headwords_and_in_fact_opens_a_short_form_gloss():
    # (P1328: 事实上 is a connective before the quoted short form, as 其中 is)
    assert pairs(_TEASER) == [("“宁”", "是宁夏回族自治区的简称。宁夏位于中国西北地区,东临陕西,南接甘肃,西、北与内蒙古自治区接壤。")]


def test_in_fact_before_a_sentence_defining_nothing_gives_nothing():
    # (the 1959 work report: 事实上 before a plain statement)
    assert pairs("事实上，一九五八年工农业的跃进，还是由农业开始的。\n") == []
    assert pairs("事实上，只有坚持人民民主，才能团结人民有效地打击敌人，巩固我们的无产阶级专政。\n") == []


_SANDBOX = (
    "在互联网高速发展的今天,沙盒监管作为一种新兴的监管模式,越来越受到人们的**。沙盒监管究竟是什么意思呢?\n \n"
    "一、沙盒监管的定义\n \n"
    "1.沙盒监管是一种创新监管模式,旨在为新兴行业或创新型企业提供一个安全、可控的实验环境。\n \n"
    "2.在沙盒监管下,监管部门对参与实验的企业或项目给予一定的政策支持和监管豁免,以促进其创新发展。\n \n"
    "二、沙盒监管的优势\n \n"
    "1.降低创新风险:在沙盒监管环境中,企业可以大胆尝试,降低因创新失败带来的风险。\n"
)


def test_a_numbered_meaning_heading_over_numbered_items_gives_the_first_item_restating_the_term():
    # (P1359: the section number and the item number are no part of term or gloss; item 2 says what regulators do)
    assert pairs(_SANDBOX) == [("沙盒监管", "是一种创新监管模式,旨在为新兴行业或创新型企业提供一个安全、可控的实验环境。")]


def test_a_numbered_meaning_heading_whose_first_item_restates_nothing_gives_no_such_entry():
    from policyterms.mining.extract_layouts.headwords import _meaning_heading_restated

    assert _meaning_heading_restated("一、沙盒监管的定义", "1.沙盒监管是一种创新监管模式,旨在…。") == ("沙盒监管", 6)
    assert _meaning_heading_restated("一、沙盒监管的定义", "1.在沙盒监管下,监管部门对参与实验的企业给予政策支持。") is None


_BLOCK = (
    "街区\n\n【词语】街区\n\n【拼音】jiē qū \n【注音】ㄐㄧㄝ ㄑㄩ\n\n\n\n"
    "词语解释\n\n"
    "  1. [block]∶以四条街道为边围成的地区\n"
    "    1. 包括整个街区的工厂\n\n"
)


def test_a_dictionary_sense_s_english_word_is_left_out_and_its_example_numbered_below_it_is_no_sense():
    # (P1349: [block]∶ opens the sense; the deeper-numbered 包括整个街区的工厂 is its example)
    assert pairs(_BLOCK) == [("街区", "以四条街道为边围成的地区")]


def test_deeper_numbered_items_under_a_label_that_is_no_sense_are_read():
    # (P1349's 网络解释: 街区 (地理概念), no sense, over its numbered items, which are read as before)
    text = (
        "街区\n\n【词语】街区\n\n【拼音】jiē qū \n\n"
        "网络解释\n\n"
        "  1. 街区 (地理概念)\n"
        "    1. 在城市中,街区通常是被道路所包围的区域,是城市结构的基本组成单位。\n"
    )
    assert [term for term, _ in pairs(text)] == ["街区"]


def test_a_first_sentence_telling_how_the_term_was_formed_is_no_definition():
    # (P1323: a key-word card's origin lead, 是…逐步形成的。, then how it was set out)
    text = (
        "“三步走”发展战略\n"
        "“三步走”发展战略是十一届三中全会以来,在中国共产党领导全国人民进行社会主义现代化建设的实践中逐步形成的。"
        "1987年10月召开的党的十三大从社会主义初级阶段理论出发,把我国经济建设的战略部署分为三步。\n"
    )
    assert pairs(text) == []


def test_a_class_formed_in_some_way_is_a_definition():
    # (201's 专题询问: 是在“询问”基础上发展形成的一种监督方式。 names its class after 形成的)
    text = "“专题询问”是在“询问”基础上发展形成的一种监督方式。2010年3月9日,委员长在会上作常委会工作报告时提出要开展专题询问。\n"
    assert [term for term, _ in pairs(text)] == ["“专题询问”"]


_FOUR_NOT = (
    "简要回答\n\n"
    "“四不摘”指的是“脱贫不脱政策的摘帽四不摘”:摘帽不摘责任,彰显脱贫攻坚担当;摘帽不摘政策,彰显脱贫攻坚底气;摘帽不摘帮扶,彰显脱贫攻坚能力;"
    "摘帽不摘监管,彰显脱贫攻坚决心。\n\n"
    "四不摘是什么\n\n"
    "脱贫建设全面小康社会一直是我国的头等大事,在新闻中还曾多次提到脱贫攻坚“四不摘”,那么这个“四不摘”指的到底是什么呢?我们一起来深入了解一下吧。\n\n"
    "详细内容\n\n"
)


def test_an_intro_paragraph_asking_what_the_word_means_is_no_answer_under_the_question_title():
    # (P1330: the question title repeated over an intro that asks again; the short answer above is the entry)
    assert [term for term, _ in pairs(_FOUR_NOT)] == ["“四不摘”"]


def test_an_answer_under_a_question_title_asking_nothing_stays():
    # (the same title over a paragraph answering it)
    text = "四不摘是什么\n\n“四不摘”指的是摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。\n"
    assert [term for term, _ in pairs(text)] == ["“四不摘”"]
