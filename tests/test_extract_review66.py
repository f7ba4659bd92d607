"""Review of the sixty-fifth round's rules (kinds counted 一是X,即…; 前者/后者 after a count of two kinds; a sentence naming
things in turn with 称为; a dash-set headword under a page asking the word; who gives a definition kept out of the term; X意思是指;
a lawyer's labelled points) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong,
Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# Ordinals counting a report's tasks are no kinds; the last glossed kind ends before an unglossed ordinal (ordinal_kinds) -----


def test_tasks_counted_by_ordinals_and_glossed_by_ji_are_no_kinds():
    assert pairs("今年重点抓好三项工作,一是稳增长,即保持经济运行在合理区间;二是促改革,即深化重点领域改革;三是惠民生。") == []
    assert pairs("主要措施包括,一是财政,指加大财政投入;二是金融,指加大信贷支持。") == []
    assert pairs("会议要求,一是提高认识,即充分认识做好此项工作的重要性;二是加强领导,即成立工作专班。") == []


def test_kinds_counted_by_ordinals_are_still_glossed():
    assert pairs("主要风险有两类,一是信用风险,即借款人违约的风险;二是市场风险,即价格变动带来的风险。") == [
        ("信用风险", "即借款人违约的风险"),
        ("市场风险", "即价格变动带来的风险。"),
    ]


def test_the_last_glossed_kind_ends_before_an_unglossed_ordinal():
    assert pairs("城市内涝主要有三种,一是积水,即路面雨水无法及时排出;二是倒灌,即河水倒流进入城区;三是其他。") == [
        ("积水", "即路面雨水无法及时排出"),
        ("倒灌", "即河水倒流进入城区"),
    ]


# 前者/后者 glossed by 是 alone say what each is in the sentence's matter (quoted_clauses._COUNTED_FORMER_LATTER) -------------


def test_former_and_latter_by_plain_shi_are_no_glosses():
    assert pairs("本次培训分为理论和实操两类,前者是上午,后者是下午。") == []
    assert pairs("群众诉求有建议及投诉两类,前者是多数,后者是少数。") == []
    assert pairs("资金来源有财政及社会两类,前者是市级财政资金,后者是社会资本。") == []


def test_former_and_latter_with_a_defining_marker_are_glosses():
    assert pairs("政府債券分為一般債券及專項債券兩類,前者是指以一般公共預算收入償還的債券,後者則是以政府性基金收入償還的債券。") == [
        ("一般債券", "是指以一般公共預算收入償還的債券"),
        ("專項債券", "是以政府性基金收入償還的債券。"),
    ]


# 把/将 before 称为 names a thing, no description glossing the name (backward_names._naming_series) ---------------------------


def test_naming_by_ba_or_jiang_is_no_gloss():
    assert pairs("人们习惯把上海称为魔都,把北京称为帝都。") == []
    assert pairs("我们把这支队伍称为尖兵,把这些干部称为先锋。") == []


def test_descriptions_named_in_turn_are_still_glosses():
    assert pairs("由河流、湖泊构成的系统称为水系,直接流入海洋的河流称为干流。") == [
        ("水系", "由河流、湖泊构成的系统"),
        ("干流", "直接流入海洋的河流"),
    ]


# A dash-set headword's own entry stands alone: no second reading keeping the dash or the sentences after it (asked_dashes) ---


def test_a_dash_set_headword_is_read_once():
    assert pairs("什麼是社會企業?\n社會企業—是以商業手法達到社會目的的企業。\n本港社會企業數目逐年增加——是政府推動的成果。") == [
        ("社會企業", "是以商業手法達到社會目的的企業。")
    ]
    assert pairs("什麼是防災士?\n防災士——是可以協助社區進行防災工作的人士。這是一項重要的工作。") == [
        ("防災士", "是可以協助社區進行防災工作的人士。")
    ]
    assert pairs("什么是社区团购?\n社区团购 - 是依托社区的一种购物消费行为。") == [("社区团购", "是依托社区的一种购物消费行为。")]
    assert pairs("什麼是防災士?\n本次活動——是市府推動的重要工作。\n防災士–是具備防災知識的人。") == [("防災士", "是具備防災知識的人。")]


# Who defines it: a cited document too; 意思 after a quoted word (prose._DEFINER_BEFORE, _FRAMED_TERM) ---------------------


def test_a_cited_document_defining_the_word_is_no_part_of_it():
    assert pairs("《办法》对数据资产的定义是指由企业拥有或控制的数据资源。") == [("数据资产", "是指由企业拥有或控制的数据资源。")]


def test_yisi_after_a_quoted_word_is_no_part_of_it():
    assert pairs("“内卷”意思是指非理性的内部竞争。") == [("“内卷”", "是指非理性的内部竞争。")]


# A meaning's label over the sentence defining its subject is no section over labelled points (notes._colon_entry) ----------


def test_a_definition_label_under_a_section_label_keeps_its_definition():
    assert pairs("二、概念界定:定义:非法经营罪是指违反国家规定,从事非法经营活动的行为。") == [
        ("非法经营罪", "是指违反国家规定,从事非法经营活动的行为。")
    ]
    assert pairs("三、法律性质:性质:本案属于合同纠纷。") == []
    assert pairs("四、实务建议:收集证据:如合同、转账记录等。") == []


# A list of items under a line ending with its marker is no sentence going on (marker_lines._GOES_ON) ----------------------


def test_items_under_a_marker_line_are_no_continued_definition():
    assert pairs("下一步工作是指\n一、加快项目建设;\n二、优化营商环境。") == []
    assert pairs("一网通办是指\n一体化在线政务服务平台。") == [("一网通办", "是指一体化在线政务服务平台。")]
