"""Across sets: a section heading that names a term — its number and the term alone (``一、逆周期调节``), a question
(``1. 实体清单是什么 什么意思``) or a meaning heading with a longer aspect (``一、派驻纪检组的定义与性质``) — over a
paragraph opening with the term and a bare 是 (dev-38's P1077, dev-45's P1413 and P1416, dev-46's P1542 and P1547),
each with a real paragraph of the same layout that must give no entry."""

from __future__ import annotations

from conftest import pairs


def test_a_numbered_heading_naming_the_term_alone_over_its_bare_shi_paragraph():
    # dev-46's P1542: 一、逆周期调节 / 逆周期调节是一种宏观审慎政策。…
    text = (
        "逆周期调节和跨周期调节\n逆周期调节和跨周期调节都是国家进行宏观调控的政策工具。\n一、逆周期调节\n"
        "逆周期调节是一种宏观审慎政策。经济运行时,通常会呈现出扩散与收敛交替增长的周期性波动变化。\n"
    )
    assert pairs(text) == [("逆周期调节", "是一种宏观审慎政策。经济运行时,通常会呈现出扩散与收敛交替增长的周期性波动变化。")]


def test_a_numbered_heading_over_a_standing_or_a_role_gives_nothing():
    # dev-46's P1542: 二、跨周期调节 / 跨周期调节是应对…的需要,也是…的必然要求。 (a standing)
    text = (
        "二、跨周期调节\n"
        "跨周期调节是应对复杂的国内外变局的需要,也是实现“防风险”和“稳增长”宏观调控目标的必然要求。\n"
    )
    assert pairs(text) == []
    # dev-44's P1462: 1. 信息共享 / 信息共享是府院联动的基础。… (what the item is for)
    text = (
        "1. 信息共享\n信息共享是府院联动的基础。政府与司法机关通过建立信息共享平台,实现数据互通,提高工作效率。\n"
        "2. 资源整合\n资源整合是府院联动的关键。政府与司法机关在人力、物力、财力等方面进行整合。\n"
    )
    assert pairs(text) == []
    # a year heading is no term (一、2024年预算执行情况 / 2024年是…)
    assert pairs("一、2024年\n2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年。\n") == []


def test_a_question_heading_and_a_paragraph_glossing_the_term_twice():
    # dev-46's P1547: 1. 实体清单是什么 什么意思 / 实体清单是…。简单地说,“实体清单”就是…: two entries
    text = (
        "1. 实体清单是什么 什么意思\n\n"
        "实体清单是美国为维护其国家安全利益,作为出口管制的一个重要手段。简单地说,“实体清单”就是一份“黑名单”,"
        "一日进入比榜单实际上是剥夺了相关企业在美国的贸易机会。\n"
    )
    assert pairs(text) == [
        ("实体清单", "是美国为维护其国家安全利益,作为出口管制的一个重要手段。"),
        ("“实体清单”", "就是一份“黑名单”,一日进入比榜单实际上是剥夺了相关企业在美国的贸易机会。"),
    ]


def test_a_meaning_heading_with_another_aspect_takes_a_genus_followed_by_a_standing():
    # dev-45's P1416: 一、派驻纪检组的定义与性质 / 派驻纪检组是…的纪律检查机构,是…的重要组成部分,…
    definition = (
        "是纪律检查委员会向党和国家机关、国有企事业单位等派驻的纪律检查机构,是纪委监委的重要组成部分,代表纪委监委履行监督、执纪、问责职责。"
    )
    text = "一、派驻纪检组的定义与性质\n\n派驻纪检组" + definition + "\n"
    assert pairs(text) == [("派驻纪检组", definition)]
    # a standing as the first clause is still no definition
    assert pairs("一、乡村振兴的内涵与意义\n乡村振兴是实现中华民族伟大复兴的一项重大任务。各地要抓好落实。\n") == []


def test_lettered_aspects_under_a_numbered_term_heading_stay_no_headwords():
    # dev-45's P1453 cut after its intro: 1. 光伏治沙技术 / 光伏治沙技术是…。 / a. 改善土壤水分 / 光伏发电站的建设过程中,…:
    # the numbered term heading is read with its paragraph, and the lettered items under it (the technique's effects)
    # give no entries, as on the whole page
    text = (
        "光伏技术在防沙治沙中的应用\n1. 光伏治沙技术\n"
        "光伏治沙技术是将光伏发电系统与防沙治沙工程相结合的一种新型技术。通过在沙漠地区建设光伏发电站,可以有效利用太阳能资源,同时改善沙漠地区的生态环境。\n"
        "a. 改善土壤水分\n"
        "光伏发电站的建设过程中,需要挖掘土地、铺设基础等,这些活动有助于增加土壤的孔隙度,提高土壤的保水能力。此外,光伏板本身也能在一定程度上阻挡风沙,减少水分蒸发。\n"
        "b. 促进植被生长\n光伏板下方形成的微气候环境有利于植被的生长。研究表明,光伏发电站周边的植被覆盖率比周边地区高,且植被种类更加丰富。\n"
        "c. 提高土地利用率\n光伏治沙技术可以将沙漠地区转化为可利用的土地资源,提高土地利用率。\n"
    )
    assert pairs(text) == [
        (
            "光伏治沙技术",
            "是将光伏发电系统与防沙治沙工程相结合的一种新型技术。通过在沙漠地区建设光伏发电站,可以有效利用太阳能资源,同时改善沙漠地区的生态环境。",
        )
    ]
