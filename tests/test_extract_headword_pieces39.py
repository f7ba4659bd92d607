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


_UNIT_NUMBER_ANSWER = (
    "二、不动产单元号的作用\n| 作用 | 说明 |\n| 唯一标识 | 每个不动产单元号都是唯一的,防止重复登记或混淆 |\n"
    "| 便于管理 | 方便政府和相关部门对不动产进行统一管理和查询 |\n"
    "三、不动产单元号的构成\n不动产单元号通常由以下几部分组成:\n| 组成部分 | 说明 |\n"
    "| 行政区划代码 | 表示不动产所在的省、市、县等行政区域 |\n| 土地使用权类型 | 如国有建设用地、集体土地等 |\n"
    "| 宗地号 | 用于标识同一地块内的不同宗地 |\n| 房屋编码 | 对于房屋类不动产,用于标识具体建筑 |\n"
    "| 其他信息 | 根据实际情况添加的补充信息 |\n"
    "四、如何查询不动产单元号?\n1. 不动产登记中心:可携带有效身份证件到当地不动产登记中心查询。\n"
    "2. 线上平台:部分地区已开通网上查询服务,可通过政府官网或不动产登记APP进行查询。\n"
    "3. 房产证或土地证:在相关证件上通常会注明不动产单元号。\n"
)


def test_a_composition_tables_remarks_gloss_its_parts():
    found = dict(pairs(_UNIT_NUMBER_ANSWER))
    assert found["行政区划代码"] == "表示不动产所在的省、市、县等行政区域"
    assert found["宗地号"] == "用于标识同一地块内的不同宗地"
    assert found["其他信息"] == "根据实际情况添加的补充信息"


def test_a_roles_table_an_examples_cell_and_a_how_to_list_are_no_entries():
    found = dict(pairs(_UNIT_NUMBER_ANSWER))
    assert "唯一标识" not in found and "便于管理" not in found  # | 作用 | 说明 |: roles
    assert "土地使用权类型" not in found  # 如…等: examples only
    assert not {"不动产登记中心", "线上平台", "房产证或土地证"} & set(found)  # 如何查询…?: where to ask, no entries
