"""Missed entries of the forty-fifth development set, on its real sentences: a bare counted word spelled out in
brackets after 即 (419) — each with a real sentence of the same shape that the rule must not take."""

from __future__ import annotations

from policyterms.mining.extract_layouts.asked_answers import asked_paragraphs
from policyterms.mining.extract_layouts.common import _lines
from conftest import pairs


# --- a bare counted word spelled out by (即…) -------------------------------------------------------------------------

P419 = (
    "  根据《法定语文条例》(第5章),中文和英文都是香港的法定语文,享有同等地位。"
    "政府的政策是维持一支通晓两文(即中文和英文)三语(即广东话、普通话和英语)的公务员队伍。\n"
)


def test_a_bare_counted_word_spelled_out_by_ji_in_brackets():
    assert pairs(P419) == [("两文", "中文和英文"), ("三语", "广东话、普通话和英语")]


def test_a_bracket_of_clauses_after_a_counted_word_is_none():
    # the eleventh congress report: the bracket lists five duties in clauses, not the count's items
    text = (
        "在无产阶级文化大革命中，大批指战员参加三支两军（即支援工业，支援农业，支持左派广大群众，军事管制，军政训练），"
        "军队代表参加三结合，受到了阶级斗争的锻炼，密切联系了群众。\n"
    )
    assert pairs(text) == []


# --- a paragraph opening with 什么是X? and answering it run in ----------------------------------------------------------

P1423 = (
    "  因此,就有了“两个责任”这个概念。\n\n"
    "  制度笼子\n\n"
    "  什么是“两个责任”?简单说,就是在党风廉政建设上的一种“责任追究制度”,其中,各级党委(党组)负“主体责任”,"
    "纪委(纪检组)负“监督责任”,合称“两个责任”。\n\n"
    "  这一概念的提出,是在党的十八届三中全会《中共中央关于全面深化改革若干重大问题的决定》中。\n"
)


def test_a_question_run_into_its_answer():
    assert pairs(P1423) == [
        (
            "“两个责任”",
            "就是在党风廉政建设上的一种“责任追究制度”,其中,各级党委(党组)负“主体责任”,纪委(纪检组)负“监督责任”,合称“两个责任”。",
        )
    ]


def test_a_question_answered_by_a_remark_gives_nothing():
    # P1218: the question is answered by a remark on where such offices exist, no definition (what other passes make of the
    # paragraph is theirs)
    lines = _lines(
        "什么是街道办事处呢?在我国,只有设市的城市才有街道办事处这样的单元。也就是说,我们人口变少的地方不光是“空心村”的农村,"
        "还有广大城市街道办事处。\n"
    )
    assert list(asked_paragraphs(lines, [True] * len(lines))) == []


# --- a subtitle naming the term's other name between a question title and its answer -----------------------------------

P1446 = (
    "勵志\n\n勵志人生知識庫\n\n中國綠證是什麼\n\n可再生能源綠色電力證書\n\n"
    "中國綠證,即可再生能源綠色電力證書,是國家對非水可再生能源發電量的確認和屬性證明,也是消費綠色電力的唯一憑證。\n\n"
    "中國綠證由中國國家可再生能源信息管理中心核發,每個綠證單位代表1000千瓦時的可再生能源電量。\n"
)


def test_a_subtitle_restated_as_the_terms_alias_is_skipped():
    assert pairs(P1446) == [
        (
            "中國綠證",
            "即可再生能源綠色電力證書,是國家對非水可再生能源發電量的確認和屬性證明,也是消費綠色電力的唯一憑證。"
            "中國綠證由中國國家可再生能源信息管理中心核發,每個綠證單位代表1000千瓦時的可再生能源電量。",
        )
    ]


def test_a_line_the_paragraph_does_not_restate_is_no_subtitle():
    # the same page's lines, the paragraph below the short line not naming it after 即: nothing is skipped
    from policyterms.mining.extract_layouts.headwords import _alias_subtitles, _headword

    lines = _lines(
        "中國綠證是什麼\n\n可再生能源綠色電力證書\n\n"
        "中國綠證由中國國家可再生能源信息管理中心核發,每個綠證單位代表1000千瓦時的可再生能源電量。\n"
    )
    heads = [None if line.blank else _headword(line) for line in lines]
    assert _alias_subtitles(lines, heads) == []


# --- a question title asking for a simple answer, the answer restating the term with 就是, a kind's own gloss below ---------

P1426 = (
    "网格化管理简单说是什么意思\n\n"
    "网格化管理就是根据属地管理、地理布局、现状管理等原则,将管辖地域划分成若干网格状的单元,并对每一网格实施动态、全方位管理,"
    "它是一种数字化管理模式。\n\n"
    "城市网格化管理是运用数字化、信息化手段,以街道、社区、网格为区域范围,以事件为管理内容,以处置单位为责任人,"
    "通过城市网格化管理信息平台,实现市区联动、资源共享的一种城市管理新模式。\n\n"
    "每个网格配备网格长、网格管理员、民情信息员、网格警员、网格监督员,把矛盾调处、公共服务等与百姓息息相关的事项,融入网格,落到人头。\n"
)


def test_a_simple_answers_question_its_jiushi_answer_and_a_kinds_gloss_below():
    assert pairs(P1426)[0] == (
        "网格化管理",
        "就是根据属地管理、地理布局、现状管理等原则,将管辖地域划分成若干网格状的单元,并对每一网格实施动态、全方位管理,它是一种数字化管理模式。",
    )


def test_the_term_restated_or_its_system_is_no_kind():
    from policyterms.mining.extract_layouts.headwords import _kind_defined

    assert _kind_defined("城市网格化管理是运用数字化、信息化手段,…的一种城市管理新模式。", "网格化管理")
    # the answer restating the term (P1426), a sentence going on about the term (P1416): no kind of it
    assert not _kind_defined("网格化管理就是根据属地管理、地理布局、现状管理等原则,…。", "网格化管理")
    assert not _kind_defined("派驻纪检组制度经历了从探索到完善的发展过程,大致可分为三个阶段:", "派驻纪检组")
    assert not _kind_defined("这种网格化管理是一种数字化管理模式。", "网格化管理")


# --- a name glossed, then its counted pieces in turn ----------------------------------------------------------------------

P1427 = (
    "时间:01-17人气:28作者:梦醒心亦碎\n"
    "五议两公开是农村基层治理的工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。村民通过五议讨论村里事务,"
    "两公开确保透明。比如修路、分地、选干部都要用这个方法。\n"
    "五议的具体流程\n"
    "提议由村民或村干部提出,商议在村民大会上讨论,审议由村委会审核,决议通过后执行,评议检查效果。\n"
)


def test_a_name_then_its_counted_pieces_glossed_in_turn():
    assert pairs(P1427) == [
        ("五议两公开", "是农村基层治理的工作方法。"),
        ("五议", "指提议、商议、审议、决议、评议"),
        ("两公开", "指公开过程和公开结果。村民通过五议讨论村里事务,两公开确保透明。比如修路、分地、选干部都要用这个方法。"),
    ]


def test_counted_clauses_that_spell_no_name_are_no_pieces():
    from policyterms.mining.extract_layouts.name_pieces import name_pieces

    # counted clauses of a congress report (两种可能…一种是…，一种是…) and of a bundled page's headless first line (一个是…,一个是…),
    # a sentence naming the count put before them: the pieces spell no name, no entries
    for text in (
        "两种可能是战争的结局。一种是战争引起革命，一种是革命制止战争。\n",
        "两个大局是我们谋划工作的基本出发点。一个是中华民族伟大复兴的战略全局,一个是世界百年未有之大变局。\n",
    ):
        lines = _lines(text)
        assert name_pieces(lines, [True] * len(lines)) == []


# --- a quoted name with its kind just put forward, glossed by 即 in its clause --------------------------------------------

P1449 = (
    "随着全球气候变化问题日益严峻,减少碳排放、实现碳中和已成为全球共识。我国政府积极响应国际社会的呼吁,提出了“双碳”目标,"
    "即“碳达峰”和“碳中和”。本文将深入解读我国双碳行动方案,探讨如何共建零碳新世界。\n"
)


def test_a_name_put_forward_and_glossed_by_ji():
    assert pairs(P1449) == [("“双碳”目标", "即“碳达峰”和“碳中和”。")]


def test_a_name_put_forward_without_a_gloss_gives_nothing():
    # the twentieth congress report: 提出“三步走”战略目标 names the goal, glosses nothing
    assert pairs("改革开放之后，我们党对我国社会主义现代化建设作出战略安排，提出“三步走”战略目标。\n") == []


# --- a heading explaining a term's concept over the paragraph restating it ----------------------------------------------

P1451 = (
    "1. ESG概念清晰解释\n\n"
    "ESG是“环境(Environment)、社会(Social)、公司治理(Governance)”三个英文词的首字母缩写。"
    "它本质上是一套评价企业和组织可持续发展能力的标准体系。\n\n"
    "  • 环境(E):关注企业在气候变化、排放、资源消耗、废弃物管理和生态保护等领域的表现。\n"
)


def test_a_concept_heading_gives_its_term_from_the_restated_verb():
    assert pairs(P1451)[0] == (
        "ESG",
        "是“环境(Environment)、社会(Social)、公司治理(Governance)”三个英文词的首字母缩写。它本质上是一套评价企业和组织可持续发展能力的标准体系。",
    )


def test_a_concept_heading_over_a_paragraph_not_restating_it_opens_nothing():
    from policyterms.mining.extract_layouts.headwords import _meaning_heading_restated

    # the same page's reader-address paragraph: it names ESG in quotation marks, after other words
    assert _meaning_heading_restated(
        "1. ESG概念清晰解释", "无论你是投资者、企业管理者还是对可持续发展感兴趣的人,近年一定听说过“ESG”这个词。"
    ) is None


# --- a pair said together, then its short name ------------------------------------------------------------------------

P1444 = (
    "碳达峰与碳中和一起,简称“双碳“ 。中国承诺在2030年前,二氧化碳的排放不再增长,达到峰值之后再慢慢减下去。\n"
    "温室气体可以通过温室效应使大气不断升温,导致气候变暖。\n"
)


def test_a_pair_said_together_then_its_short_name():
    assert pairs(P1444) == [("“双碳“", "碳达峰与碳中和一起")]


def test_a_place_and_its_short_name_is_no_pair():
    from policyterms.mining.extract_layouts.backward_names import collective_names

    # a place page's lead (dev-41): one thing, its short name after it, read as before
    lines = _lines("成都,简称“蓉”,别称蓉城、锦城,四川省辖地级市,是四川省省会、副省级市、超大城市。\n")
    assert list(collective_names(lines, [True] * len(lines))) == []


# --- a quoted list's pieces glossed in turn after it, each A:指… -----------------------------------------------------------

P1442 = (
    "根據《中華人民共和國種子法》定義:種子,是指農作物和林木的種植材料或者繁殖材料,包括籽粒、果實、根、莖、苗、芽、葉、花等。"
    "種子產業鏈可分為“育、繁、推”三個環節。具體而言,育:指育種,種業科技創新和新品種誕生之泉;繁:指擴繁(制種),商品種子“工廠化”生產;"
    "推:指種子商品化市場推廣,包括種子銷售渠道網絡。\n"
)


def test_a_quoted_lists_pieces_glossed_in_turn():
    got = pairs(P1442)
    assert ("育", "指育種,種業科技創新和新品種誕生之泉") in got
    assert ("繁", "指擴繁(制種),商品種子“工廠化”生產") in got
    assert ("推", "指種子商品化市場推廣,包括種子銷售渠道網絡。") in got


def test_a_quoted_slogan_whose_pieces_are_not_glossed_in_turn_gives_no_pieces():
    from policyterms.mining.extract_layouts.name_pieces import quoted_list_pieces

    # a congress report's quoted slogan of two clauses, no colon gloss after it
    lines = _lines("组成的游行队伍，高举着写有重要标语的旗帜，唱着革命歌曲，喊着“增加工资、缩短工时”的口号沿街行进。\n")
    assert quoted_list_pieces(lines, [True] * len(lines)) == []


# --- a list's parts glossed in turn by what each covers ------------------------------------------------------------------

P1431 = (
    "“三资” 管理,即对农村集体资金、资产、资源的管理,是农村经济发展的重要基石。\n\n"
    "资金,主要涵盖现金、银行存款等货币资金,是农村经济活动的血液,支撑着日常运转、项目投资等各项事务。\n\n"
    "资产则包含各种流动资产、农业资产、长期投资、固定资产、在建工程、无形资产和其他资产。\n\n"
    "资源主要指集体所有的土地、森林、山岭、草原、荒地、滩涂等。土地是农村最为宝贵的资源之一,"
    "不同类型的土地资源为农业生产、林业发展、畜牧业养殖等提供了基础条件。\n"
)


def test_a_lists_parts_glossed_by_what_each_covers():
    assert pairs(P1431) == [
        ("“三资” 管理", "即对农村集体资金、资产、资源的管理,是农村经济发展的重要基石。"),
        ("资金", "主要涵盖现金、银行存款等货币资金,是农村经济活动的血液,支撑着日常运转、项目投资等各项事务。"),
        ("资产", "包含各种流动资产、农业资产、长期投资、固定资产、在建工程、无形资产和其他资产。"),
        ("资源", "主要指集体所有的土地、森林、山岭、草原、荒地、滩涂等。土地是农村最为宝贵的资源之一,不同类型的土地资源为农业生产、林业发展、畜牧业养殖等提供了基础条件。"),
    ]


def test_the_lists_own_sentence_with_bao_han_is_no_part():
    # dev-44's P1489 (converter pinyin left out): the list's sentence, printed twice, then the parts glossed by 就是
    text = (
        "全球安全觀包含共同、綜合、合作、可持續四大核心要素。\n"
        "全球安全觀包含共同、綜合、合作、可持續四大核心要素。\n"
        "共同,就是要尊重和保障每一個國家安全。\n"
        "綜合,就是要統籌維護傳統領域和非傳統領域安全,協調推進地區安全治理。\n"
    )
    assert [term for term, _ in pairs(text)] == ["共同", "綜合"]


# --- a quoted word glossed in brackets after its English name ---------------------------------------------------------

P1448 = (
    "碳边界调整机制是欧盟委员会《欧洲绿色协议》的核心,其目的在于保护那些被要求减少“碳足迹”(Carbon Footprint,是指企业机构、活动、"
    "产品或个人通过交通运输、食品生产和消费以及各类生产过程等引起的温室气体排放的集合,观察者网注)的欧洲企业,免受欧洲大陆以外"
    "“碳倾销”的影响。\n"
)


def test_a_quoted_word_glossed_after_its_english_name_in_brackets():
    assert (
        "“碳足迹”",
        "是指企业机构、活动、产品或个人通过交通运输、食品生产和消费以及各类生产过程等引起的温室气体排放的集合",
    ) in pairs(P1448)


def test_an_english_name_alone_in_brackets_glosses_nothing():
    from policyterms.mining.extract_layouts.bracket_zhi import _ENGLISH_THEN_ZHI

    # a dev page's 楼宇经济中的“楼宇”(Building),最早是指…: the bracket holds the English name only, the gloss follows outside
    assert _ENGLISH_THEN_ZHI.search("楼宇经济中的“楼宇”(Building),最早是指土木建筑类的建筑物。") is None
