"""The forty-fourth development set's missed entries: quoted words glossed clause by clause later in a paragraph that has
defined something, after a deictic frame or a lead clause of their own (P1397, P1491; adverbs such as 通常 and 主要 kept,
P1483), things described and then named in turn (P1496), an abbreviation named in brackets after its quoted spelling-out
(P1487, P1472), and a question title's answer below an aside line (P1399, P1396) — each with a real sentence of the same
shape that must not give entries."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.backward_names import named_in_turn
from policyterms.mining.extract_layouts.common import _lines


_WORDS_USED = (
    "事实无人抚养儿童是一个受到法律关注和保障的特殊群体。通俗来讲,事实无人抚养儿童指的是那些父母双方不能正常履行抚养和监护责任的儿童。"
    " 根据相关规定,事实无人抚养儿童主要包括以下几种情况。一是父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的"
    "措施、失联情形之一的儿童。这里的“重残”通常是指一、二级残疾;“重病”一般是指患有严重的、需要长期治疗和高额费用的疾病;“服刑在押”就是"
    "因犯罪在监狱服刑;“强制隔离戒毒”是被强制进行戒毒治疗;“被执行其他限制人身自由的措施”比如被采取刑事强制措施等;“失联”则是失去联系且"
    "持续一定时间。\n"
)


def test_words_a_paragraph_used_glossed_after_a_deictic_frame_are_entries():
    got = pairs(_WORDS_USED)
    assert ("“重残”", "通常是指一、二级残疾") in got
    assert ("“重病”", "一般是指患有严重的、需要长期治疗和高额费用的疾病") in got
    assert ("“服刑在押”", "就是因犯罪在监狱服刑") in got
    assert ("“强制隔离戒毒”", "是被强制进行戒毒治疗") in got
    assert ("“失联”", "是失去联系且持续一定时间。") in got


_PIECES = (
    "“一国两制”是中华人民共和国提出的用以实现国家统一的一种特殊行政区划方案。这个概念最早由邓小平在1970年代末至1980年代初提出,目的是为了"
    "和平统一中国大陆与台湾、香港和澳门。根据这一原则,“一国”指的是在一个单一的中国之内,维持一个中央政府的主权;而“两制”则意味着中国大陆"
    "继续实行社会主义制度,而台湾、香港和澳门可以保留各自的资本主义经济和政治体系。\n"
)


def test_pieces_of_a_name_glossed_after_a_lead_clause_are_entries():
    got = pairs(_PIECES)
    assert ("“一国”", "指的是在一个单一的中国之内,维持一个中央政府的主权") in got
    assert any(term == "“两制”" and definition.startswith("意味着中国大陆") for term, definition in got)


_DISORDERS = (
    "据介绍,“乱占”主要包括围垦湖泊,未依法经省级以上人民政府批准围垦河道,非法侵占水域、滩地,种植阻碍行洪的林木及高秆作物;“乱采”主要包括"
    "在河湖内非法采砂、取土;“乱堆”主要包括在河湖管理范围内乱扔乱堆垃圾,倾倒、填埋、贮存、堆放固体废物,弃置、堆放阻碍行洪的物体。\n"
)


def test_an_adverb_before_the_marker_stays_in_the_gloss():
    got = pairs(_DISORDERS)
    assert ("“乱采”", "主要包括在河湖内非法采砂、取土") in got


def test_parts_listed_after_qizhong_are_no_words_named_before():
    # (bundled page 142: 其中 lists the parts of the definition above, read as that page's layout reads them)
    from policyterms.mining.extract_layouts.clauses import _CLAUSE, _glosses_words_named_before

    raw = (
        "是指北京的两条绿化隔离带。其中,“一绿”即第一道绿化隔离地区,位于四、五环路附近,规划面积约156 平方公里;“二绿”即第二道绿化隔离地区,"
        "位于六环路附近,规划总面积约910平方公里。"
    )
    clauses = list(_CLAUSE.finditer(raw))
    assert len(clauses) == 2 and not _glosses_words_named_before(raw[: clauses[0].start()], clauses)


_LINES = (
    "《横琴粤澳深度合作区建设总体方案》明确,合作区实施范围为横琴岛“一线”和“二线”之间的海关监管区域,总面积约106平方公里。其中,横琴与澳门"
    "特别行政区之间设为“一线”;横琴与中华人民共和国关境内其他地区之间设为“二线”。\n"
)


def test_things_described_then_named_in_turn_are_entries():
    got = pairs(_LINES)
    assert ("“一线”", "横琴与澳门特别行政区之间") in got
    assert ("“二线”", "横琴与中华人民共和国关境内其他地区之间") in got


def test_a_lone_naming_clause_is_no_series():
    # (a dev set's history of 民营经济: one thing named, the sentence's to judge)
    assert list(named_in_turn(_lines("把人民群众办的农业、畜牧业、手工业、盐业和商业称为“民营经济”。\n"), [True])) == []


def test_an_abbreviation_named_after_its_quoted_spelling_out_is_an_entry():
    got = pairs("提出要以“政策沟通、设施联通、贸易畅通、资金融通、民心相通”(简称“五通”)为主要内容,打造“一带一路”沿线国家政治互信的命运共同体。\n")
    assert ("“五通”", "“政策沟通、设施联通、贸易畅通、资金融通、民心相通”") in got


def test_a_bracketed_short_name_that_spells_nothing_out_is_none():
    # (a quoted name and its short form, not its spelling-out: P1497's 前海深港现代服务业合作区(前海合作区) shape, quoted)
    got = pairs("“前海深港现代服务业合作区”(简称“前海合作区”)是粤港澳大湾区内重要的合作发展平台之一。\n")
    assert not any(definition == "“前海深港现代服务业合作区”" for _, definition in got)


_ASIDE = (
    "当前位置: 聚财网 > 保险知识问答 > 长期护理保险是什么意思?\n\n"
    "长期护理保险是什么意思?\n\n"
    "超级管理员\n\n"
    "长期护理保险就是可以为长期失能人员提供护理保障和经济补偿的健康保险。\n"
)


def test_a_question_titles_answer_is_read_past_the_authors_name():
    assert pairs(_ASIDE) == [("长期护理保险", "就是可以为长期失能人员提供护理保障和经济补偿的健康保险。")]


_TERM_LINE = (
    "县中振兴计划是什么?如何实施与达成预期效果?\n"
    "县中振兴计划\n"
    "县中振兴计划对于推动县域教育高质量发展、促进教育公平具有极其重要的意义。下面详细讲讲如何实施县中振兴计划。\n"
)


def test_a_line_naming_the_term_below_a_question_is_no_aside():
    assert not any(term in ("超级管理员",) for term, _ in pairs(_TERM_LINE))
    from policyterms.mining.extract_layouts.headwords import _aside_before_answer

    assert not _aside_before_answer(_lines(_TERM_LINE), 1, "县中振兴计划")


def test_an_english_name_between_commas_is_no_part_of_the_definition():
    text = "认罪认罚,Plea for leniency,指的是“认罪认罚从宽制度”,简单理解就是涉嫌犯罪的嫌疑人自愿认罪,认罚,并主动接受相关部门的处罚,得到从宽处理的一项制度。\n"
    assert pairs(text) == [("认罪认罚", "指的是“认罪认罚从宽制度”,简单理解就是涉嫌犯罪的嫌疑人自愿认罪,认罚,并主动接受相关部门的处罚,得到从宽处理的一项制度。")]


def test_a_clause_between_commas_before_ji_is_no_english_name():
    # (the same card's next paragraph: a clause, not a name, before 即)
    from policyterms.mining.extract_layouts.prose import _ENGLISH_ASIDE

    assert _ENGLISH_ASIDE.match("嫌疑人在律师见证下,签署认罪认罚具结书后,即进入简易程序,相关法律程序会简化,同时放弃部分辩护权力。") is None
    assert not pairs("嫌疑人在律师见证下,签署认罪认罚具结书后,即进入简易程序,相关法律程序会简化,同时放弃部分辩护权力。\n")


def test_an_answer_restating_the_asked_word_before_its_meaning_opens_at_the_meaning():
    text = "强基入围是什么意思\n\n强基入围的意思是强基计划入围。\n"
    assert pairs(text) == [("强基入围", "意思是强基计划入围。")]


def test_an_answer_restating_the_asked_word_before_other_words_is_read_as_before():
    # (P1387: the asked term and a weighing clause, no meaning: the answer does not open at a verb after the term)
    from policyterms.mining.extract_layouts.headwords import _answer_restates

    assert _answer_restates("县中振兴计划对于推动县域教育高质量发展、促进教育公平具有极其重要的意义。", "县中振兴计划") == -1


def test_a_long_full_name_after_ji_is_an_aside_before_shi_zhi():
    text = (
        "深港通是什么意思\n\n"
        "深港通,即 深港股票市场交易互联互通机制,是指深圳证券交易所和香港联合交易所有限公司建立的技术连接,使内地和香港投资者可以通过当地证券公司"
        "或经纪商买卖规定范围内的对方交易所上市的股票。\n"
    )
    got = pairs(text)
    assert got and got[0][0] == "深港通" and got[0][1].startswith("是指深圳证券交易所")


def test_a_gloss_after_ji_is_no_aside():
    # (P1462: 即 opens the gloss itself, a phrase with 的, no other name)
    from policyterms.mining.extract_layouts.general import _ALIAS_ASIDE_OPENING

    assert _ALIAS_ASIDE_OPENING.match("即政府与司法机关之间的紧密合作,通过高效协调,共同应对各种社会问题和挑战。") is None
