"""Seventy-fifth round, fixer B: general mechanisms mended from the misses of dev-134 … dev-143 (the press and official
pages held out through the seventy-fourth round), each tested on its page's own sentences (press pages held inline: they
are not bundled; official pages read from ``tests/data/appendices``), on other real shapes of the same mechanism, and on
one shape it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

_APPENDICES = Path(__file__).parent / "data" / "appendices"


def _bundled(prefix: str) -> str:
    """The text of the bundled page whose name starts with ``prefix`` (its header removed)."""
    (path,) = _APPENDICES.glob(f"{prefix}-*.txt")
    return path.read_text("utf-8").partition("\n\n")[2]


# --- a plan's, a guideline's or a charter's lead-in (本预案所称, 本指引所稱) is no part of the term ------------------------


def test_an_emergency_plans_lead_in_leaves_the_term_1181():
    got = dict(pairs(_bundled("1181")))
    assert got["突发事件"].startswith("是指突然发生,造成或者可能造成严重社会危害")
    assert "本预案所称突发事件" not in got


def test_other_documents_lead_ins_leave_the_term():
    guideline = "第三条 本指引所稱綠色建築,係指在建築生命週期中消耗最少地球資源的建築物。\n第四条 本指引自發布日施行。\n"
    assert pairs(guideline)[0] == ("綠色建築", "係指在建築生命週期中消耗最少地球資源的建築物。")
    plan = "1.4 适用范围\n本专项应急预案所称森林火灾,是指失去人为控制的林火。\n1.5 工作原则\n坚持人民至上。\n"
    assert pairs(plan)[0] == ("森林火灾", "是指失去人为控制的林火。")
    charter = "本章程所称会员,是指依照本章程入会的单位。\n本章程自通过之日起生效。\n"
    assert pairs(charter)[0] == ("会员", "是指依照本章程入会的单位。")


def test_a_plan_named_without_its_lead_in_keeps_its_word():
    # 合同工 opens with a document's kind but no 本…所称 lead-in: the whole word is the term
    got = dict(pairs("合同工,是指与用人单位签订劳动合同的劳动者。\n派遣工,是指由劳务派遣单位派出的劳动者。\n"))
    assert "合同工" in got


# --- a writer's hedge between a quoted word and its marker (或許是指, 則應該是指) goes with the marker ----------------------

_BUZZWORDS = (
    "慢就業,輕就業,輕創業,自雇經濟… 還有詞嗎?\n\n"
    "近期,有網民發現針對高校畢業生所面臨的「就業難」問題,多家媒體刻意使用了一些創新名詞或非常用詞來代指或評論,"
    "諸如「自雇經濟、輕創業、輕就業、慢就業」等。\n\n"
    "4月30日,央廣網的一篇文章《高校畢業生人數創新高,大學生從「輕就業」轉向「輕創業」》提到了「輕就業」和「輕創業」這兩種說法。"
    "根據原文的描述,「輕就業」或許是指兼職、零工、副業。而「輕創業」則應該是指低成本創業、低風險創業、個體創業。"
    "經查,「輕創業」一詞並非首次出現,但它作為一個較新的創業概念,被網絡引用的頻率並不高。\n"
)


def test_a_hedge_before_the_marker_goes_with_it_P3692():
    got = dict(pairs(_BUZZWORDS))
    assert got["「輕就業」"] == "或許是指兼職、零工、副業。"
    assert got["「輕創業」"].startswith("應該是指低成本創業、低風險創業、個體創業。")
    assert not any(term.endswith(("或許", "則應該")) for term in got)


def test_a_hedge_of_other_shapes():
    assert pairs("“躺平”应该是指放弃努力、降低欲望的一种生活态度。\n")[0] == ("“躺平”", "应该是指放弃努力、降低欲望的一种生活态度。")
    got = dict(pairs("「慢就業」也許是指畢業後暫不就業的選擇。而「輕就業」大概是指兼職、零工、副業。\n"))
    assert got.get("「輕就業」") == "大概是指兼職、零工、副業。"


def test_a_word_holding_a_hedges_characters_keeps_them():
    # 大概念 (a big idea) holds 大概: a word of its own, not a hedge before 是指
    assert pairs("大概念是指统摄课程内容的核心概念。\n")[0] == ("大概念", "是指统摄课程内容的核心概念。")


# --- a full stop typed for the separator after a numbered headword (就业结构.指…, 12劳动力生产费用.指…) ----------------------

_LABOUR_TERMS = (
    "11.实证分析分析在一定的假设前提下,人们的行为会有何种规律性的反应,而不必对其后果作出好坏的价值评判。\n"
    "12劳动力生产费用.指从母亲怀孕起到把子女培养成为劳动力的直接费用和间接费用。\n"
    "13机制.指事物运动的目标指向、动力来源、传导系统、动作方向、运动力度等成套的规定性。\n"
    "19.非均衡分析.指在市场不完全竞争、主体非自愿、供求不相等的情况下而又研究市场的大致趋向和稳定状态的分析方法。\n"
    "20.职业流动率.指某两年中改变职业的就业人数与总就业人数与之比。\n"
    "21.最低工资指劳动者在法定工作时间内提供了正常劳动的前提下,用人单位依法应支付的最低劳动报酬。\n"
    "23.就业结构.指社会劳动力在国民经济各部门、各行业、各地区、各领域的分布、构成和联系。\n"
)


def test_a_full_stop_closing_a_numbered_headword_is_its_separator_P3696():
    got = dict(pairs(_LABOUR_TERMS))
    assert got["就业结构"] == "指社会劳动力在国民经济各部门、各行业、各地区、各领域的分布、构成和联系。"
    assert got["职业流动率"] == "指某两年中改变职业的就业人数与总就业人数与之比。"
    assert got["劳动力生产费用"] == "指从母亲怀孕起到把子女培养成为劳动力的直接费用和间接费用。"
    assert got["机制"].startswith("指事物运动的目标指向")
    assert not any(term.endswith(".") or term[:1].isdigit() for term in got)


def test_a_full_stop_separator_of_other_shapes():
    fullwidth = "1.机会成本．指为得到某种东西而放弃的东西。\n2.沉没成本．指已经发生、不可收回的支出。\n3.边际成本．指每增加一单位产量所增加的成本。\n"
    assert pairs(fullwidth)[0] == ("机会成本", "指为得到某种东西而放弃的东西。")


def test_a_number_counting_what_the_word_names_stays():
    from policyterms.mining.extract_layouts.general import without_separator

    assert without_separator("2型糖尿病.", "指胰岛素分泌不足的糖尿病。")[0] == "2型糖尿病"
    assert without_separator("12个月滚动预算.", "指…。")[0] == "12个月滚动预算"
    assert without_separator("U.S.", "指美国。")[0] == "U.S."


# --- an e-paper's navigation and a story list's age stamps are furniture; a title said twice is no entry ------------------

_EPAPER = (
    "第A02版:财经要闻 上一版  下一版\n \n标题导航\n首页 | 电子报首页 | 版面导航 | 标题导航\n"
    "2024年06月06日 星期四 上一期  下一期\n上一篇  下一篇 放大 缩小 默认\n三部门优化保险补偿政策\n\n"
    "  (上接A01版)通过保险风险管理的制度设计,破解初期市场信任不足导致的应用瓶颈。\n\n"
    "  上述负责人表示,《意见》在扩大保障范围、优化保险费率、完善申报流程等方面作出了规定。\n"
)

_STORIES = (
    "「新質生產力」亦即有別於傳統生產力,因為所涉及領域新,技術含量亦高。\n\n"
    "  1. 更多\n"
    "  1. 國際刑事法院對內塔尼亞胡及加蘭特發出拘捕令\n    國際刑事法院對內塔尼亞胡及加蘭特發出拘捕令\n    5小時前\n"
    "  2. 福岡乒乓球總決賽 林兆恆和何釣傑負法國組合 男雙首圈止步\n    福岡乒乓球總決賽 林兆恆和何釣傑負法國組合 男雙首圈止步\n    4小時前\n"
    "  3. 東鐵綫全綫月台預計明年完成安裝閘門 港鐵增設施提醒乘客安全\n    東鐵綫全綫月台預計明年完成安裝閘門 港鐵增設施提醒乘客安全\n    4小時前\n"
)


def test_an_epapers_navigation_heads_no_entry_P3624():
    assert pairs(_EPAPER) == []  # 标题导航 | 首页|电子报首页|…, 三部门优化保险补偿政策 | (上接A01版)…: nothing of a glossary


def test_a_story_list_gives_no_entries_P3621():
    got = dict(pairs(_STORIES))
    assert not any(term.startswith(("福岡", "東鐵綫", "國際刑事法院")) for term in got)


def test_navigation_and_age_stamps_of_other_shapes():
    from policyterms.mining.extract_layouts.common import _FURNITURE

    for line in ("版面導航", "本版标题", "上一期 下一期", "25分钟前", "3天前", "12 小時前"):
        assert _FURNITURE.search(line), line


def test_a_sentence_naming_an_age_or_a_guide_is_no_furniture():
    from policyterms.mining.extract_layouts.common import _FURNITURE

    for line in ("截至3天前,已有十万人报名。", "導航系統是指…", "一网通办 一网通办"):
        assert not _FURNITURE.search(line), line
    got = dict(pairs("“一网通办”\n“一网通办”是指政务服务一网通办。\n“一网统管”\n“一网统管”是指城市运行一网统管。\n"))
    assert got.get("“一网通办”") == "是指政务服务一网通办。"
