"""The eighty-eighth development set's press pages P2508–P2515 (social-policy vocabulary, mainland, Hong Kong and Taiwan:
a broker's news page running its questions into one paragraph, an insurance column's question heading answered in a
phrase, a church magazine's hedged opening paragraph). Each mend has the real sentences it was written from (short
excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- questions run into one paragraph, each answered up to the next (P2511) -------------------------------------------

_BROKER = (
    "港交所上市的华夏恒指 ESG ETF,于 10 月 3 日获得大额资金净申购,资金净流入近 67 亿港元。这神秘的申购方是谁呢?"
    "不管是哪一家,这个动作的意义都非同小可。什么是 MPF?是指香港强制性公积金。其作用相当于内地的社保基金。"
    "香港积金局多次强调,强积金是跨越 40 年的长线投资,透过 “平均成本法” 以定期定额进行投资。"
    "什么是平均成本法?可简单理解为 “上涨买少  下跌买多”。强积金的 “平均成本法” 是每月以固定金额购买基金单位;不论当时市场价格如何,最后"
)


def test_questions_run_into_one_paragraph_are_each_answered_up_to_the_next():
    assert pairs(_BROKER) == [
        ("MPF", "是指香港强制性公积金。其作用相当于内地的社保基金。香港积金局多次强调,强积金是跨越 40 年的长线投资,透过 “平均成本法” 以定期定额进行投资。"),
        ("平均成本法", "可简单理解为 “上涨买少  下跌买多”。"),
    ]


def test_a_single_question_inside_a_paragraph_is_left_to_the_other_readings():
    from policyterms.mining.extract_layouts.asked_answers import asked_paragraphs
    from policyterms.mining.extract_layouts.common import _lines

    ls = _lines("这个动作的意义非同小可。什么是 MPF?是指香港强制性公积金。其作用相当于内地的社保基金。")
    assert list(asked_paragraphs(ls, [True] * len(ls))) == []


def test_a_paragraph_wrapped_before_its_last_answer_ends_gives_no_cut_answer():
    from policyterms.mining.extract_layouts.asked_answers import asked_paragraphs
    from policyterms.mining.extract_layouts.common import _lines

    # the line goes on on the next (a PDF wrap): the last answer is not cut at its last stop
    ls = _lines("意义非同小可。什么是 MPF?是指香港强制性公积金。什么是平均成本法?可简单理解为定期定额投资,\n不论市场价格如何。\n下一段。")
    assert [(e.term, e.definition) for _, e in asked_paragraphs(ls, [True] * len(ls))] == [("MPF", "是指香港强制性公积金。")]


def test_the_hang_seng_index_short_name_is_no_marker():
    # P2511: 恒指 ESG ETF is a fund's name, 指 no gloss of 港交所上市的华夏恒
    assert pairs(_BROKER)[0][0] == "MPF"
    from policyterms.mining.extract_layouts.common import _MARKER

    assert _MARKER.search("港交所上市的华夏恒指 ESG ETF,于 10 月 3 日获得大额资金净申购") is None
    assert _MARKER.search("股指期货指以股价指数为标的物的期货合约") is not None


# --- a numbered question heading answered in a phrase, then the paragraph defining the term (P2515) -----------------------

_COLUMN = (
    "保险中的“既往症”是什么?对投保有影响吗?\n"
    "保险知识 | 2025-07-07 15:10\n\n"
    '一、什么是既往症?简单来说就是"投保前已存在的健康问题"\n\n'
    '既往症是指在保险合同生效前,被保险人已经存在的疾病、健康问题或异常状况。但并非所有既往疾病都算作"既往症",关键要看是否符合以下特征:\n\n'
    "4类典型既往症场景\n\n"
    "1长期治疗未间断\n\n"
    "慢性病需持续管理:高血压、糖尿病、哮喘等\n\n"
    "二、发现既往症后,保险公司会如何处理?\n\n"
    "保险公司通过4种方式控制风险,新手投保时需特别注意:\n"
)


def test_a_numbered_question_heading_answered_in_a_phrase_and_the_criteria_lead_in():
    assert pairs(_COLUMN) == [
        ("既往症", '就是"投保前已存在的健康问题"'),
        ("既往症", '是指在保险合同生效前,被保险人已经存在的疾病、健康问题或异常状况。但并非所有既往疾病都算作"既往症",关键要看是否符合以下特征:'),
    ]


def test_a_question_heading_whose_phrase_runs_on_to_the_next_line_is_no_phrase_answer():
    from policyterms.mining.extract_layouts.asked_answers import asked_paragraphs
    from policyterms.mining.extract_layouts.common import _lines

    ls = _lines('一、什么是既往症?简单来说就是"投保前已存在的\n健康问题"。\n')
    assert list(asked_paragraphs(ls, [True] * len(ls))) == []


def test_a_lead_in_announcing_features_without_naming_the_term_stays_out():
    # the criteria lead-in counts when it names the term (P2515's 算作"既往症"); one naming no term is no part of it
    text = "既往症是指在保险合同生效前已经存在的疾病。关键要看是否符合以下特征:\n\n1长期治疗未间断\n\n既往病史是指投保前患过的疾病。"
    assert pairs(text) == [("既往症", "是指在保险合同生效前已经存在的疾病。"), ("既往病史", "是指投保前患过的疾病。")]


# --- the hedge 基本上 before a paragraph's subject (P2513) ----------------------------------------------------------------

def test_the_hedge_jibenshang_is_no_part_of_the_term():
    text = (
        "「住房是我的權利」—聯合國世界人居日 1985.10.01\n"
        "基本上,社會住宅係指由政府興建或民間興辦,以低價市場租金或免費出租給所得較低的家庭或特殊弱勢對象。強調「只租不賣」,希望可以保障所有的人。\n"
        "然而,居住是人民的基本權利,憲法中也規定,人民有居住和遷徙的自由。\n"
    )
    assert pairs(text) == [
        ("社會住宅", "係指由政府興建或民間興辦,以低價市場租金或免費出租給所得較低的家庭或特殊弱勢對象。強調「只租不賣」,希望可以保障所有的人。")
    ]


# --- a quoted name's pieces glossed in turn by 为 (dev-84's P2462, reached by the same round) ----------------------------

_PLAN = (
    "應急管理的“一案三制”體系是具有中國特色的應急管理體系。“一案”為國家突發公共事件應急預案體系,“三制”為應急管理體制、運行機制和法制。"
    "應急管理體制主要指建立健全集中統一、堅強有力、政令暢通的指揮機構;運行機制主要指建立健全監測預警機制、應急信息報告機制、應急決策和協調機制;"
    "而法制建設方面,主要通過依法行政,努力使突發公共事件的應急處置逐步走上規范化、制度化和法制化軌道。"
)


def test_a_quoted_names_pieces_glossed_by_wei_and_the_glosses_after_them():
    assert pairs(_PLAN) == [
        ("“一案”", "為國家突發公共事件應急預案體系"),
        ("“三制”", "為應急管理體制、運行機制和法制。"),
        ("應急管理體制", "主要指建立健全集中統一、堅強有力、政令暢通的指揮機構"),
        ("運行機制", "主要指建立健全監測預警機制、應急信息報告機制、應急決策和協調機制"),
    ]


def test_quoted_words_doing_something_by_wei_are_no_pieces():
    from policyterms.mining.extract_layouts.clauses import quoted_clause_series
    from policyterms.mining.extract_layouts.common import _lines

    for text in (
        "“十四五”为发展提供了方向,“十五五”为未来打下基础。",  # no name spelled before: subjects doing something
        "规划提出“一区两带”。“一区”为创新发展提供动力,“两带”为产业布局打下基础。",  # pieces, but of no name the sentence before gives whole
    ):
        ls = _lines(text)
        assert quoted_clause_series(ls, [True] * len(ls), wei=True) == []
