"""The ninety-seventh development set's press pages P2689–P2703 (ecology, water, land and natural-resources vocabulary: a
civil-engineering knowledge page, Hong Kong papers' articles and columns, a Macao news site, Taiwan news, an education site's
law card, a school web-fair page, daily-word cards, a think tank's analysis, an opinion piece, a housing explainer, a lawyer's
answer, a company page). Each mend has the real sentences it was written from (short excerpts, the press pages not being
bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

import pytest

from conftest import pairs


# --- 即 between the headword and 是指 opens the definition (P2690) -------------------------------------------------------


def test_ji_before_shizhi_opens_the_definition():
    page = (
        "生物多樣性即是指「在所有的來源中,生物當中所存在的差異」。而那差異是具有三個層次的,包括物種內的多樣性(Genetic diversity)、"
        "物種之間的多樣性(Species diversity)和生境的多樣性(Habitat diversity)。\n"
    )
    assert pairs(page) == [
        (
            "生物多樣性",
            "即是指「在所有的來源中,生物當中所存在的差異」。而那差異是具有三個層次的,包括物種內的多樣性(Genetic diversity)、"
            "物種之間的多樣性(Species diversity)和生境的多樣性(Habitat diversity)。",
        )
    ]


def test_ji_zhi_in_simplified_text_too():
    assert pairs("生物多样性即指“在所有的来源中,生物当中所存在的差异”。\n") == [
        ("生物多样性", "即指“在所有的来源中,生物当中所存在的差异”。")
    ]


def test_an_adverb_ending_in_ji_is_not_cut_from_the_subject():
    # 立即 is a word of its own: no headword 立 or ... is made from it
    terms = [t for t, _ in pairs("政府立即指示有關部門跟進事件。\n")]
    assert "政府" not in terms and "政府立" not in terms


# --- a news site's advertisement slot is no headword (P2690) -------------------------------------------------------------


_AD_PAGE = (
    "而我們常常說香港有很好的生態,很高的生物多樣性,那到底是有幾好,有幾高?\n\n"
    "廣告\n\n"
    "香港,其實真是一塊得天獨厚的寶地。\n"
)


def test_the_advertisement_label_between_paragraphs_is_no_headword():
    assert all(t != "廣告" for t, _ in pairs(_AD_PAGE))


def test_a_glossary_headword_guanggao_defined_below_is_still_read():
    page = "广告\n\n广告是指商品经营者或者服务提供者通过一定媒介和形式直接或者间接地介绍自己所推销的商品或者服务的商业活动。\n"
    assert any(t == "广告" for t, _ in pairs(page))


# --- a quoted word with its English name after a place frame (P2691) -----------------------------------------------------


def test_a_quoted_word_and_its_english_name_after_a_place_frame():
    page = (
        "「棕地」不是泛指公路與草地之間空置或被非法霸佔的棕色泥地。在英國,「棕地」(brownfield)是指受污染但有潛質重新發展的廢棄"
        "工業用地,如曾荒廢的 Canary Wharf舊碼頭就被改建成新型社區。\n"
    )
    assert pairs(page) == [
        ("「棕地」(brownfield)", "是指受污染但有潛質重新發展的廢棄工業用地,如曾荒廢的 Canary Wharf舊碼頭就被改建成新型社區。")
    ]


def test_a_bracket_of_chinese_words_after_the_quoted_word_is_no_english_name():
    # the bracket reading is for a Latin name only: a Chinese aside in brackets does not widen the clause subject
    page = "在英國,「棕地」(即廢棄工業用地)是指受污染但有潛質重新發展的土地。\n"
    assert all("(即廢棄工業用地)" not in t for t, _ in pairs(page))


# --- 依據本法規定 before 所謂「X」係指 (P2694) ----------------------------------------------------------------------------


_EIA = (
    "台灣的「環境影響評估法」於1994年12月30日公布,2003年1月8日修正,其目的在於預防及減輕開發行為對環境造成的不良影響。"
    "依據本法規定,所謂「環境影響評估」係指開發行為或政府政策對環境,包括生活環境、自然環境、社會環境及經濟、文化、生態等可能"
    "影響之程度及範圍,事前以科學、客觀、綜合之調查、預測、分析及評定,提出環境管理計畫,並公開說明及審查。環境影響評估工作包括"
    "第一階段、第二階段環境影響評估及審查、追縱考核等程序。\n"
)


def test_the_act_cited_by_ben_before_the_so_called_word():
    entries = pairs(_EIA)
    assert [t for t, _ in entries] == ["「環境影響評估」"]
    assert entries[0][1].startswith("係指開發行為或政府政策對環境,")


def test_the_scope_sentence_of_the_defined_word_is_no_entry():
    assert all(t != "環境影響評估工作" for t, _ in pairs(_EIA))


def test_a_word_of_its_own_listing_its_parts_after_another_definition_is_kept():
    from types import SimpleNamespace

    from policyterms.mining.extract_layouts.scope_sentences import scope_sentences_dropped

    head = SimpleNamespace(term="「碳匯」", definition="係指將二氧化碳從大氣中移除的過程。", line=1)
    other = SimpleNamespace(term="碳排放權交易", definition="包括配額分配、交易及清繳等環節。", line=1)
    scope = SimpleNamespace(term="碳匯工作", definition="包括監測、報告及核查等程序。", line=1)
    later = SimpleNamespace(term="碳匯工作", definition="包括監測、報告及核查等程序。", line=3)
    assert scope_sentences_dropped([head, other]) == [head, other]  # another word: an entry of its own
    assert scope_sentences_dropped([head, scope]) == [head]
    assert scope_sentences_dropped([head, later]) == [head, later]  # another paragraph: not the definition's scope note


def test_so_ben_fa_cited_simplified():
    page = "依据本法规定,所谓“环境影响评估”是指开发行为对环境可能影响之程度及范围,提出环境管理计划。\n"
    assert [t for t, _ in pairs(page)] == ["“环境影响评估”"]


@pytest.mark.parametrize("lead", ["依據本法第五條規定,", "依據本法規定,", "根据该条例规定,"])
def test_a_cited_rule_lead_is_no_part_of_the_term(lead):
    page = f"{lead}所謂「環境影響評估」係指開發行為對環境可能影響之程度及範圍。\n"
    assert [t for t, _ in pairs(page)] == ["「環境影響評估」"]


# --- a turn of the sentence (卻, 實際上) is no term (P2699) ---------------------------------------------------------------


def test_a_sentence_turning_with_que_makes_no_term():
    from policyterms.mining.extract_layouts.false_glosses import clause_term

    # …又似「砸界」;實際上卻指在郊野公園法定界線之內的土地。 (P2699)
    assert clause_term("實際上卻")
    assert clause_term("实际上")
    assert clause_term("事實上")
    for term in ("冷卻", "自然冷却", "退卻", "忘卻", "推卻", "实际利率", "事实婚姻"):
        assert not clause_term(term), term


# --- one of several things of weight is a standing, no definition (P2696) ---------------------------------------------------


_WETLANDS = (
    "【知识点】\n\n"
    "湿地是全球重要的生态系统之一,被称为“淡水之源”“地球之肾”,具有涵养水源、净化水质、维护生物多样性、蓄洪防旱、调节气候和固碳等"
    "重要生态功能。国家重要湿地是指湿地生态功能和效益具有国家重要意义,符合《国家重要湿地确定指标》,按照《中华人民共和国湿地保护法》"
    "等有关规定予以保护和管理的湿地。认定和发布国家重要湿地,是落实湿地分级管理,开展湿地保护、修复、管理的一项基础工作。\n"
)


def test_one_of_the_important_ecosystems_is_a_standing_and_the_later_shizhi_is_read():
    entries = pairs(_WETLANDS)
    assert [t for t, _ in entries] == ["国家重要湿地"]
    assert entries[0][1].startswith("是指湿地生态功能和效益具有国家重要意义,")


def test_a_class_closing_on_zhiyi_without_a_weight_word_is_not_weighed():
    from policyterms.mining.extract_layouts.topics import _weighs

    assert _weighs("全球重要的生态系统之一,被称为…", "湿地")
    assert _weighs("应对气候变化的主要手段之一。", "碳汇")
    assert not _weighs("我国四大名著之一,作者是曹雪芹。", "红楼梦")


# --- a question headword answered by the quoted term, its full name and 是; an editor's note ends the answer (P2700) -------


_EIA_QA = (
    "環評是什麼?\n"
    "「 環評 」的全稱為「 環境影響評估 」,是透過審查制度來預防及減輕開發行為對環境造成的不良行為。在台灣,環評審查單位具有「否決權」,"
    "也就是說當環評沒有通過時,工程是無法開始的。\n"
    "💡編按:環評中所審查的環境其實不僅是自然、生態面,亦包涵社會環境、經濟、文化。\n"
)


def test_the_quoted_term_and_its_full_name_before_shi():
    entries = pairs(_EIA_QA)
    assert [t for t, _ in entries] == ["「 環評 」"]
    assert entries[0][1].startswith("是透過審查制度來預防及減輕開發行為對環境造成的不良行為。")


def test_an_editors_note_ends_the_answer():
    entries = pairs(_EIA_QA)
    assert entries[0][1].endswith("也就是說當環評沒有通過時,工程是無法開始的。")


def test_the_editor_note_label_pattern():
    from policyterms.mining.extract_layouts.headwords import _EDITOR_NOTE

    for note in ("💡編按:環評中…", "编者按:本文…", "【编者按】:…", "小編註:…"):
        assert _EDITOR_NOTE.match(note), note
    for text in ("编按摩椅是…", "按:照规定…", "编号:123"):
        assert not _EDITOR_NOTE.match(text), text


# --- paragraphs flattened into one line, set off by a space after the stop (P2701) --------------------------------------------


_RED_LINE = (
    "您好,关于这个问题,我的解答如下, 环境保护法第二十九条规定,国家在重点生态功能区、生态环境敏感区和脆弱区等区域划定生态保护红线,"
    "实行严格保护。 生态保护红线,是指对于维护国家和区域生态安全及经济社会可持续发展具有重要战略意义,必须实行严格保护的国土空间及其界线。"
    "生态保护红线一旦划定,须实行严格保护与监管。 根据《关于加强环境保护重点工作的意见》等文件规定,生态保护红线的划定对象主要包括以下部分:"
    "一是重点生态功能区。\n"
)


def test_a_space_after_the_stop_in_a_flattened_line_is_a_paragraph_break():
    entries = pairs(_RED_LINE)
    assert entries and entries[0][0] == "生态保护红线"
    assert entries[0][1] == (
        "是指对于维护国家和区域生态安全及经济社会可持续发展具有重要战略意义,必须实行严格保护的国土空间及其界线。"
        "生态保护红线一旦划定,须实行严格保护与监管。"
    )


def test_items_run_on_after_spaced_stops_stay_one_line():
    from policyterms.mining.written_forms import read_form

    law = "第 3 條 本條例用詞,定義如下: 一 農業:指利用自然資源、農用資材及科技,從事農作、森林、水產、畜牧等產製銷及休閒之事業。 二 農產品:指農業所生產之物。 四 家庭農場:指以共同生活戶為單位,從事農業經營之農場,這是一行很長的條文,用來湊滿一百五十個字元的長度以便測試,再加上一些文字使它足夠長,足夠長,足夠長。\n"
    assert len(law) >= 150
    assert read_form(law).count("\n") == law.count("\n")
    assert read_form(_RED_LINE).count("\n") == 3  # P2701's flattened answer: two breaks read
    glossary = "附注 1.指标解释 固定资产投资:以货币表现的建造和购置固定资产的工作量。 国有控股:在企业的全部实收资本中,国有经济成分的出资人拥有的实收资本所占比例大于50%的企业。 登记注册类型:划分企业登记注册类型的依据是市场监管部门对企业登记注册的类型,依照有关规定分为内资企业、港澳台投资企业和外商投资企业等类别。\n"
    assert len(glossary) >= 150 and read_form(glossary).count("\n") == 1  # run-in colon headwords: left to their rules
    short = "這是一段短文。 有一個空格。 再一個。\n"
    assert read_form(short).count("\n") == 1


# --- a word said to have no settled definition, then glossed in its usual sense (P2698, P2695) --------------------------------


def test_no_clear_definition_then_yiban_fanzhi():
    page = (
        "本港對棕地未有清晰統一定義,一般泛指新界原有農地或鄉郊土地中,已改用作露天貯物場、貨櫃場、倉庫、鄉郊工業及回收場等與環境並不"
        "協調用途的荒廢農地及工業用地。\n"
    )
    assert pairs(page) == [
        ("棕地", "一般泛指新界原有農地或鄉郊土地中,已改用作露天貯物場、貨櫃場、倉庫、鄉郊工業及回收場等與環境並不協調用途的荒廢農地及工業用地。")
    ]


def test_no_agreed_definition_then_a_connective_and_shizhi():
    page = (
        "我國對「濕地」則未有公認的定義,大抵來說,是指水域與陸域的交會地帶,經常或間歇地被潮汐、洪水淹沒的土地,基本上都具備了三個要素:"
        "濕潤土壤、水域、水生植群。\n"
    )
    assert pairs(page) == [
        ("「濕地」", "是指水域與陸域的交會地帶,經常或間歇地被潮汐、洪水淹沒的土地,基本上都具備了三個要素:濕潤土壤、水域、水生植群。")
    ]


def test_a_sentence_with_dui_and_no_definition_word_is_not_this_frame():
    from policyterms.mining.extract_layouts.prose import _NO_AGREED_DEFINITION

    assert _NO_AGREED_DEFINITION.fullmatch("本港對棕地未有清晰統一定義,一般")
    assert not _NO_AGREED_DEFINITION.fullmatch("政府對此未有回應,一般")  # no 定義: a reply, no word's definition
    assert not _NO_AGREED_DEFINITION.fullmatch("本港對棕地的定義,一般")  # a definition stated, no lack of one
