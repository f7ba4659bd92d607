"""The hundred-and-seventh development set's press pages P2988–P3007 (data, computing and the digital economy: news and
industry sites, e-book sections, a legal site, Hong Kong and Taiwan pages). Each mend has the real sentences it was
written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a concept's capitalised English name before 指的是 is no ordinance's interpretation item (P2995, P2557) ---

_COMPUTING_POWER = (
    "(一)算力的定义与类型\n"
    "算力(Computing Power)指的是计算能力,即数据处理的速度和效率,度量单位是FLOPS(floatingpoint operations per second,"
    "每秒执行的浮点运算次数),数值越大代表综合计算能力越强。\n"
)


def test_a_bare_term_with_a_capitalised_english_name_keeps_the_name():
    entries = pairs(_COMPUTING_POWER)
    assert (
        "算力(Computing Power)",
        "指的是计算能力,即数据处理的速度和效率,度量单位是FLOPS(floatingpoint operations per second,每秒执行的浮点运算次数),"
        "数值越大代表综合计算能力越强。",
    ) in entries
    assert all(term != "算力" for term, _ in entries)


def test_a_quoted_term_with_a_capitalised_name_before_zhi_de_shi_keeps_the_name():
    entries = pairs("「碳中和」(Carbon Neutral)指的是,二氧化碳排放量扣除移除量等於零的過程。\n")
    assert [term for term, _ in entries] == ["「碳中和」(Carbon Neutral)"]


def test_ordinance_items_still_lose_their_english_names():
    # a bare term's lower-case translation, and a quoted term's capitalised name before a bare 指 (531, 532)
    assert [t for t, _ in pairs("主代理(principal agent) 指就某物業而言,受委任的地產代理;\n")] == ["主代理"]
    assert [t for t, _ in pairs("“土地審裁處”(Lands Tribunal) 指根據《土地審裁處條例》設立的土地審裁處;\n")] == ["“土地審裁處”"]
    # (a capitalised name set off from 指 by a space is an ordinance's, quoted or not)
    assert [t for t, _ in pairs("要約(Lands Tribunal) 指任何要約人以口頭或書面提出的建議;\n")] == ["要約"]


# --- a headword line right under a bullet is the bullet's wrapped tail (P2996) ---

_ARTICLES_OF_THE_PAGE = (
    "法学院\n"
    "本版面文章\n"
    "· 坚持人民立场 以民事司法保障人民权利\n"
    "· 数据产权结构性分置的制度创新与体系完善\n"
    "· 文明互鉴视域下的中国之治\n"
    "与全球治理学术研讨会举行\n"
    "· 北京市债法学研究会2025年年会举行\n"
    "· 第三届“中国法治原创性范畴论坛”举行\n"
)


def test_a_newspaper_list_of_its_page_articles_gives_no_entries():
    assert pairs(_ARTICLES_OF_THE_PAGE) == []


def test_kinds_of_service_set_apart_by_blank_lines_are_still_read():
    text = (
        "當中包括:\n\n幼兒中心\n\n  • 為三歲以下的幼兒提供全日照顧\n  • 提供活動以提升幼兒在智力、體能、情感和社交的發展\n\n"
        "暫託幼兒服務\n\n  • 由幼兒中心和幼稚園暨幼兒中心提供全日、半日或每節兩小時的暫託幼兒照顧服務\n"
    )
    assert ("暫託幼兒服務", "由幼兒中心和幼稚園暨幼兒中心提供全日、半日或每節兩小時的暫託幼兒照顧服務") in pairs(text)


# --- a pronoun for the source named before, then 指出, is an attribution before the term (P3007) ---

_PSEUDONYMISED = (
    "另一方面,GDPR第4條中則就假名化予以定義。其指出,經假名化之個人資料,係指非透過其他資訊之對照,不能再識別出特定資料主體。"
    "同時其他資訊應與假名化之資料分開存放。\n"
)


def test_a_pronoun_saying_who_defines_is_no_part_of_the_term():
    assert pairs(_PSEUDONYMISED) == [
        ("經假名化之個人資料", "係指非透過其他資訊之對照,不能再識別出特定資料主體。同時其他資訊應與假名化之資料分開存放。")
    ]


def test_a_named_source_before_its_definition_is_still_left_off():
    assert pairs("报告指出,出口退税是指对出口货物退还其在国内已缴纳的税款。\n") == [("出口退税", "是指对出口货物退还其在国内已缴纳的税款。")]


# --- a headword's last paragraph, cut by the page, restating the term: the whole paragraphs above are the gloss (P2857) ---

_INDEX_FUND = (
    "基金小百科\n\n"
    "平衡型基金\n\n"
    "平衡型基金以兼顧長期資本增長和穩定收益為投資目的。\n\n"
    "指數型基金\n\n"
    "指數型基金根據所選定的指數內的採樣股票成份和比重,來決定該基金投資組合中個股的成份和比重。\n\n"
    "指數型基金根據股價指數中個股所的比例來作為選股的準則,於是基金績效將與大盤的股價指數有一致性,使得基金績效與大盤的走勢"
)


def test_a_cut_paragraph_restating_the_headword_is_left_and_the_gloss_kept():
    assert ("指數型基金", "根據所選定的指數內的採樣股票成份和比重,來決定該基金投資組合中個股的成份和比重。") in pairs(_INDEX_FUND)


def test_a_gloss_cut_in_its_own_paragraph_stays_cut():
    text = _INDEX_FUND.replace("來決定該基金投資組合中個股的成份和比重。\n\n指數型基金根據股價指數中", "來決定該基金投資組合中")
    assert all(term != "指數型基金" for term, _ in pairs(text))


# --- a numbered heading's paragraph hard-wrapped by a printed page, a side label between (P2843) ---

_CREDIT_RATING = (
    "                6.3 信用評級\n\n"
    "                                                                                            信用價值衡量\n\n"
    "                      信用評級是為評核借款戶的償債能力與發生違約的可\n"
    "                 能性。\n\n\n"
    "                   銀行一般徵審程序中對企業授信信用評估,會按信用評估原則擬具信\n"
)


def test_a_hard_wrapped_paragraph_under_a_numbered_heading_is_joined():
    assert pairs(_CREDIT_RATING) == [("信用評級", "是為評核借款戶的償債能力與發生違約的可能性。")]


def test_a_wrap_no_stop_closes_gives_nothing():
    text = _CREDIT_RATING.replace("能性。", "能性")
    assert all(term != "信用評級" for term, _ in pairs(text))


def test_a_lead_in_over_numbered_items_is_no_wrap():
    text = "一、什么是“放管服”?\n“放管服”是政府管理方式的三大核心\n1. 放(简政放权):减少行政审批事项,下放权力。\n2. 管(放管结合):在放权的同时加强事中事后监管。\n"
    assert all(term != "“放管服”" for term, _ in pairs(text))
