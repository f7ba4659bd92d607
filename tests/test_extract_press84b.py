"""The eighty-fourth development set's press pages P2456–P2462 (law, public security, emergency management and government
reform: a law site's hotline explainer, a training site's account of 一案三制). Each rule has the real sentences it was
written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a question title pressed by 到底 and asking what kind of thing; its answer's paragraph alone (P2458) -----------------

_HOTLINE = (
    "12345是什么热线电话?你知道它的真正用途吗?\n"
    "在我们日常生活中,遇到问题需要寻求政府帮助时,很多人会想到拨打一些政务服务热线,那么你是否曾经听说过“12345”这个号码?\n"
    "12345到底是什么热线电话?\n"
    "12345是全国统一的政务服务便民热线电话,主要面向公众提供政府服务咨询、建议和投诉举报等功能,通俗点讲,就是百姓与政府部门之间"
    "沟通的一条“直通车”。\n"
    "无论你是要反映小区环境脏乱差、物业不作为、交通拥堵,还是对政策有疑问、想提建议,都可以拨打12345热线,你的问题会被记录并转交给"
    "相关责任部门处理。\n"
    "需要注意的是,12345不是紧急求助热线,如果你遇到火灾、交通事故、治安事件等突发情况,还是要第一时间拨打110、119或120等专业应急电话。\n"
    "为什么设立12345热线电话?\n"
    "近年来,为了提升政府服务水平,加强政民互动,国家大力推动政务服务整合改革,在这个背景下,12345政务服务热线应运而生。\n"
    "它的设立初衷在于:\n"
    "- 简化政务流程:过去很多地方都有各自的服务热线,号码繁杂、功能分散,现在通过一个号码就能解决大部分问题。\n"
    "- 提高行政效率:将群众的诉求统一归口管理,便于追踪办理进度,防止“踢皮球”现象。\n"
    "- 增强政府公信力:通过高效回应民众关切,提升政府形象与公信力。\n"
    "全国各地基本都已开通12345热线,各地根据自身情况可能有所调整,但总体功能一致。\n"
)


def test_a_hotline_number_asked_about_is_defined_by_its_answers_paragraph_and_the_aims_list_gives_nothing():
    assert pairs(_HOTLINE) == [
        (
            "12345",
            "是全国统一的政务服务便民热线电话,主要面向公众提供政府服务咨询、建议和投诉举报等功能,通俗点讲,就是百姓与政府部门之间"
            "沟通的一条“直通车”。",
        )
    ]


def test_a_question_about_a_cause_or_a_time_names_no_term():
    from policyterms.mining.extract_layouts.headword_lines import _QUESTION

    assert _QUESTION.match("12345到底是什么热线电话?").group(1) == "12345"
    assert _QUESTION.match("社保卡是什么卡?").group(1) == "社保卡"
    # 是什么原因 asks a cause: the tail is not read as an asking tail, so group 1 runs on to the mark
    assert _QUESTION.match("物价上涨是什么原因?").group(1) != "物价上涨"


def test_a_bare_number_other_than_a_service_number_is_no_term():
    from policyterms.mining.extract_layouts.common import _good_term

    assert _good_term("12345") and _good_term("110")
    assert not _good_term("2023") and not _good_term("1234") and not _good_term("3.5")


def test_items_under_a_list_of_kinds_still_gloss_their_labels():
    text = (
        "热线类型主要包括:\n"
        "- 政务热线:是指政府设立的受理群众诉求的电话。\n"
        "- 应急热线:是指受理紧急求助的电话。\n"
    )
    assert [t for t, _ in pairs(text)] == ["政务热线", "应急热线"]


def test_items_under_an_aims_lead_in_that_define_their_label_stay():
    from policyterms.mining.extract_layouts.item_glosses import aim_items_dropped

    class E:
        def __init__(self, line, definition):
            self.line, self.definition = line, definition

    text = "设立的目的主要有:\n- 简化流程:过去号码繁杂。\n- 便民热线:是指受理群众诉求的电话。\n"
    kept = aim_items_dropped([E(2, "过去号码繁杂。"), E(3, "是指受理群众诉求的电话。")], text)
    assert [e.line for e in kept] == [3]


# --- a gloss ends at the semicolon before a sibling turned to as a side of the work (P2462) -------------------------------

_ONE_PLAN_THREE_SYSTEMS = (
    "應急管理的“一案三制”體系是具有中國特色的應急管理體系。“一案”為國家突發公共事件應急預案體系,“三制”為應急管理體制、運行機制和"
    "法制。應急管理體制主要指建立健全集中統一、堅強有力、政令暢通的指揮機構;運行機制主要指建立健全監測預警機制、應急信息報告機制、"
    "應急決策和協調機制;而法制建設方面,主要通過依法行政,努力使突發公共事件的應急處置逐步走上規范化、制度化和法制化軌道。\n"
)


def test_the_last_gloss_of_a_series_ends_before_the_next_named_item_turned_to_as_a_side():
    got = dict(pairs(_ONE_PLAN_THREE_SYSTEMS))
    assert got["運行機制"] == "主要指建立健全監測預警機制、應急信息報告機制、應急決策和協調機制"
    assert got["應急管理體制"] == "主要指建立健全集中統一、堅強有力、政令暢通的指揮機構"


def test_a_side_of_the_term_itself_or_of_something_unnamed_does_not_cut():
    from policyterms.mining.extract_layouts.sibling_ends import before_sibling_gloss

    d = "主要指建立健全監測預警機制;而制度建設方面,主要通過依法行政。"
    assert before_sibling_gloss("運行機制", d, "“三制”為應急管理體制、運行機制和法制。") == d  # 制度 never named
    named = "主要指建立健全監測預警機制;而法制建設方面,主要通過依法行政。"
    assert before_sibling_gloss("運行機制", named, "“三制”為應急管理體制、運行機制和法制。") == "主要指建立健全監測預警機制"


# --- dev-82, again: 甚麼是 as Hong Kong writes it, and 這是 after a plain-words frame (P2422) ------------------------------

_KINDERGARTEN = (
    " date 2025-09-24 隨著幼稚園招生季即將到來，家長開始為孩子選擇心儀的幼稚園。\n\n"
    "甚麼是香港免費優質幼稚園教育計劃？\n\n"
    "簡單來說，這是一個政府資助計劃，取代了以往的幼稚園學劵計劃。它為符合資格的非牟利幼稚園提供直接資助。\n\n"
    "家長應如何為子女選擇最合適的幼稚園？\n\n"
    "家長為小朋友選擇幼稚園時應綜合考慮孩子的年齡、性格、能力。\n"
)


def test_a_question_title_opening_shenme_as_hong_kong_writes_it_and_a_framed_zhe_shi_answer():
    assert pairs(_KINDERGARTEN) == [
        ("香港免費優質幼稚園教育計劃", "是一個政府資助計劃，取代了以往的幼稚園學劵計劃。它為符合資格的非牟利幼稚園提供直接資助。")
    ]


def test_a_plain_words_frame_before_another_subject_is_no_anaphor():
    from policyterms.mining.extract_layouts.headwords import _anaphor_off

    assert _anaphor_off("簡單來說，這是一個政府資助計劃。") == "是一個政府資助計劃。"
    assert _anaphor_off("簡單來說，政府是出資者。") == "簡單來說，政府是出資者。"  # no 這: the subject is another
    assert _anaphor_off("簡單來說，這是否可行仍待觀察。") == "簡單來說，這是否可行仍待觀察。"  # 是否: a question


def test_an_answer_goes_on_over_a_paragraph_restating_its_term_and_over_a_wrapped_line():
    text = (
        "12345到底是什么热线电话?\n"
        "12345是全国统一的政务服务便民热线电话,主要面向公众提供政府服务咨询。\n"
        "12345由各地政府设立,受理群众诉求。\n"
        "为什么设立12345热线电话?\n"
        "近年来国家大力推动政务服务整合改革。\n"
    )
    assert pairs(text)[0] == ("12345", "是全国统一的政务服务便民热线电话,主要面向公众提供政府服务咨询。12345由各地政府设立,受理群众诉求。")
