"""The seventy-fifth and seventy-sixth development sets' press pages P2338–P2346 and P2368–P2371 (industry, technology
and opening-up vocabulary in news explainers, a word-of-the-day column, law firms' articles and a local slogan's news
item). Each rule has the real sentences it was written from (short excerpts, the press pages not being bundled) and a
sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a numbered slogan written as its digits, each digit's paragraph glossed by 是 (P2344) --------------------------------

_HUB_1357 = (
    "宁夏将对标对表全国一体化算力网络协同创新体系要求,按照“1357”总体思路,推动宁夏枢纽高起点谋划、高水平布局。\n"
    "“1”是壮大“一个集群”,全面实施“筑巢引凤”计划,打造全国一流的绿色集群。\n"
    "“7”是实施“七项工程”,分别是算力基础提升工程、信息网络联通工程和绿色能源保障工程。到2025年底,宁夏枢纽全面建成。\n"
    "据悉,宁夏发展算力产业有基础、有条件。\n"
)


def test_each_digit_of_a_digit_slogan_is_glossed_by_its_paragraph():
    assert pairs(_HUB_1357) == [
        ("“1”", "是壮大“一个集群”,全面实施“筑巢引凤”计划,打造全国一流的绿色集群。"),
        ("“7”", "是实施“七项工程”,分别是算力基础提升工程、信息网络联通工程和绿色能源保障工程。到2025年底,宁夏枢纽全面建成。"),
    ]


def test_a_quoted_digit_no_slogan_above_holds_is_left():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.whole_parts import quoted_slogan_parts

    # the name above holds no 7: “7” is no part of it
    page = "按照“1357”总体思路推进。\n“8”是实施“八项工程”,分别是算力基础提升工程和信息网络联通工程。\n"
    assert list(quoted_slogan_parts(_lines(page), [True] * 3)) == []
    # a quoted digit with no digit slogan named above (a year's figure, a score) is no part
    page = "今年的成绩单很亮眼。\n“1”是大家最喜欢的数字,代表第一名的荣誉和骄傲。\n"
    assert list(quoted_slogan_parts(_lines(page), [True] * 3)) == []


def test_one_digit_of_a_digit_slogan_alone_is_no_series():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.whole_parts import quoted_slogan_parts

    page = "按照“1357”总体思路推进。\n“1”是大家最喜欢的数字,代表第一名的荣誉和骄傲。\n据悉,宁夏发展算力产业有基础。\n"
    assert list(quoted_slogan_parts(_lines(page), [True] * 4)) == []


def test_a_quoted_word_part_still_needs_more_than_bare_shi():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.whole_parts import quoted_slogan_parts

    page = "构建“多组团一中心”空间格局。\n“多组团”是按照功能分区进行布局的城市组团。\n"
    assert list(quoted_slogan_parts(_lines(page), [True] * 3)) == []


# --- a question subhead set off by a block mark, its answer opening with the term and 即 (P2339) -------------------------

_COMPUTING_POWER = (
    "中评社北京8月26日电/据新华社报导,2025中国算力大会日前在山西大同举行。\n"
    "■什么是算力?\n"
    "算力即计算能力,其实我们每个人都拥有算力,比如口算、心算和速算等,只是算力有限。当进行复杂计算时,就要借助计算工具来提升算力。\n"
    "可以说,在数字经济时代,算力如同水、电、燃气等公共基础资源一样,走进千家万户。\n"
)


def test_a_marked_question_subhead_is_answered_by_the_paragraph_opening_with_ji():
    assert pairs(_COMPUTING_POWER)[0] == (
        "算力",
        "即计算能力,其实我们每个人都拥有算力,比如口算、心算和速算等,只是算力有限。当进行复杂计算时,就要借助计算工具来提升算力。",
    )


def test_ji_under_a_bare_term_heading_or_as_jishi_is_no_answer():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.meaning_headings import meaning_heading_definitions

    # a numbered heading naming the term alone: 即 there opens no answer (only 是 does, weighed)
    page = "一、数据要素\n数据要素即将成为新的生产要素,各地纷纷出台政策加以培育和发展。\n"
    assert list(meaning_heading_definitions(_lines(page), [True] * 3)) == []
    # 即使 after the term under a question heading is a concession, no gloss
    page = "■什么是算力?\n算力即使再强大,也需要电力的持续支撑才能运转起来。\n"
    assert list(meaning_heading_definitions(_lines(page), [True] * 3)) == []


# --- an article's byline under a title question is no answer (P2346) -----------------------------------------------------

def test_a_byline_under_a_title_question_is_no_answer():
    from policyterms.mining.extract_layouts.false_glosses import byline_opening

    assert byline_opening("[ 2013-09-30 08:51] 来源:中国日报网     字号 [] [] []  免费订阅30天China Daily双语新闻手机报")
    assert byline_opening("2023年5月6日 10:20 来源:人民网")
    assert not byline_opening("指2013年9月29日挂牌的试验区。")
    assert not byline_opening("2013年起实行的管理模式,来源于国际投资协定。")


# --- a quoted slogan put forward, then spelled out by 即 (P2369) ---------------------------------------------------------

_ONE_TRIP = (
    "  2016年12月,“最多跑一次”在浙江省委经济工作会议上被提出,即群众、企业到政府办事,在申请材料齐全、符合法定受理条件时,最多跑一次。\n"
    "  “最多跑一次”已进行一年,浙江亮出了令人满意的“成绩单”。\n"
)


def test_a_slogan_put_forward_is_spelled_out_by_ji():
    assert pairs(_ONE_TRIP) == [
        ("“最多跑一次”", "即群众、企业到政府办事,在申请材料齐全、符合法定受理条件时,最多跑一次。"),
    ]


def test_a_slogan_as_agent_or_a_date_after_ji_is_no_gloss():
    from policyterms.mining.extract_layouts.prose import _PUT_FORWARD_JI

    assert _PUT_FORWARD_JI.match("“十四五”规划提出,即将全面建成小康社会,开启新征程的发展目标。") is None  # no 被/首次: the plan acts
    assert _PUT_FORWARD_JI.match("“十四五”规划被提出,即2021年到2025年。") is None  # when, not what
    assert _PUT_FORWARD_JI.match("“两山”理念首次提出,即使在当时也引起了广泛的讨论和关注。") is None  # 即使


# --- a news subhead reporting a change is no headword (P2345) ------------------------------------------------------------

def test_a_trend_subhead_over_figures_is_no_headword():
    text = (
        "所謂“一線”，是指海南與境外之間的貿易往來將更加自由；“二線”則指從海南進入中國內地的貨物，將實施標准的進口監管措施。\n\n"
        "“零關稅”範圍大幅擴張\n\n"
        "隨著封關運作的啟動，海南自貿港的零關稅產品比例從原先的21%大幅提升至74%，相關免稅項目從1900項擴充至6600項以上。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“一線”", "“二線”"]


def test_names_closing_on_a_pace_word_stay_terms():
    from policyterms.mining.extract_layouts.false_glosses import trend_headline

    assert trend_headline("出口规模稳步增长")
    assert not trend_headline("可持续发展")
    assert not trend_headline("全面小康")
    assert not trend_headline("快速公交")
