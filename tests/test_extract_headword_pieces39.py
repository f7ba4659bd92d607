"""What is left on the thirty-ninth development set: a congress report's numbered headword lines (P1117, 16 名词解释 of a
provincial party congress report) whose paragraphs explain the whole headword — one spelling out the quoted characters
it is made of (``“数”指的是数据,“算”指的是算力,…``) on the way, one a verbless gloss whose modifier the first person
opens (``…,我省创新建设的现代法律服务聚集区。``) — with the real sentences the rules must not take: parts that spell a
yearbook headword in turn (P1112, each an entry of its own) and a county news paragraph in the first person."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.headwords import _narrative


_CONGRESS_TERMS = (
    "跟着川观新闻一起来看看省第十二次党代会报告里的16个名词解释吧!\n\n"
    "1、天府中央法务区\n\n"
    "为深入践行习近平法治思想、营造与社会主义市场经济体制相适应的法治环境和营商环境,我省创新建设的现代法律服务聚集区。"
    "以天府中央商务区为核心承载地,集专业审判、法律服务、理论研究、交流合作、教育培训、智慧法务等功能于一体。\n\n\n"
    "2、“东数西算”工程\n\n"
    "“数”指的是数据,“算”指的是算力,即对数据的处理能力。通过构建数据中心、云计算、大数据一体化的新型算力网络体系,"
    "将东部算力需求有序引导到西部,让西部的算力资源更充分地支撑东部数据的运算,更好为数字化发展赋能。\n\n\n"
    "3、引大济岷\n\n"
    "从大渡河引水入都江堰灌区系统,以解决岷江水量的不足,初拟取水口位于泸定水电站库区。\n"
)


def test_a_paragraph_glossing_the_quoted_characters_of_its_headword_is_the_headwords_entry():
    found = dict(pairs(_CONGRESS_TERMS))
    assert found["“东数西算”工程"].startswith("“数”指的是数据,“算”指的是算力,即对数据的处理能力。通过构建")
    assert found["“东数西算”工程"].endswith("更好为数字化发展赋能。")
    assert "“数”" not in found and "“算”" not in found


def test_parts_spelling_a_headword_in_turn_stay_entries_of_their_own():
    found = dict(pairs("【福州两江四岸】\n“两江”指闽江、乌龙江;“四岸”指闽江南北两岸、乌龙江南北两岸。\n【两组团一廊道】\n"
                       "“两组团”指马尾新城三江口组团和琅岐---长安组团。“一廊道”指马尾新城由闽江、乌龙江、马江一重山之间组成的生态廊道。\n"))
    assert found["“两江”"] == "指闽江、乌龙江"
    assert found["“四岸”"] == "指闽江南北两岸、乌龙江南北两岸。"


def test_a_verbless_gloss_whose_modifier_the_first_person_opens_is_a_definition():
    found = dict(pairs(_CONGRESS_TERMS))
    assert found["天府中央法务区"].startswith("为深入践行习近平法治思想、")
    assert found["天府中央法务区"].endswith("智慧法务等功能于一体。")


def test_a_first_person_news_sentence_stays_narrative():
    # 250's county news: the first person opens the clause, but it ends on what the county does, not on a noun of the
    # headword's kind
    sentence = "记者从国家统计局平江调查队了解到,为防止样本老化、保障样本代表性和确保调查数据质量,我县正在开展五年一度的住户调查大样本轮换工作。"
    assert _narrative(sentence, "住户调查大样本轮换")
    assert not _narrative("为深入践行习近平法治思想,我省创新建设的现代法律服务聚集区。", "天府中央法务区")
