"""The hundred-and-fourteenth development set's press pages P3198–P3212 (intellectual property, customs and foreign trade:
an education Q&A site, trademark and patent agencies, law firms and legal Q&A sites, a Taiwan law institute, company news,
a cross-border trade blog). Each mend has the real sentences it was written from (short excerpts, the press pages not
being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- parts under a lead-in whose names carry an English name in brackets and converter pinyin (P3211) ---

_SERVICE_MODES = (
    "服務(wù)貿(mào)易的四種模式主要包括:\n"
    "跨境交付(Cross-border Delivery):這種模式下,服務(wù)提供商在本國境內(nèi)提供服務(wù),客戶在外國境內(nèi)接收。"
    "例如,航空公司提供國際航班服務(wù),酒店提供國際酒店住宿服務(wù)等。\n"
    "境外消費(fèi)(Consumption Abroad):這種模式下,消費(fèi)者在國外購買或使用服務(wù)提供商提供的服務(wù)。"
    "例如,消費(fèi)者在國外購買旅游服務(wù)、購買電影票等。\n"
    "這四種模式在不同國家和地區(qū)的占比可能有所不同。\n"
)


def test_parts_keep_their_english_names_read_past_converter_pinyin():
    got = pairs(_SERVICE_MODES)
    # (the converter's pinyin is read past and left out, as everywhere)
    assert [term for term, _ in got] == ["跨境交付(Cross-border Delivery)", "境外消費(Consumption Abroad)"]
    assert got[1][1] == "這種模式下,消費者在國外購買或使用服務提供商提供的服務。例如,消費者在國外購買旅游服務、購買電影票等。"


def test_parts_with_english_names_in_plain_text():
    text = (
        "服务贸易的四种模式主要包括:\n"
        "跨境交付(Cross-border Delivery):服务提供商在本国境内提供服务,客户在外国境内接收。\n"
        "境外消费(Consumption Abroad):消费者在国外购买或使用服务提供商提供的服务。\n"
    )
    assert pairs(text) == [
        ("跨境交付(Cross-border Delivery)", "服务提供商在本国境内提供服务,客户在外国境内接收。"),
        ("境外消费(Consumption Abroad)", "消费者在国外购买或使用服务提供商提供的服务。"),
    ]


def test_a_bracketed_aside_that_is_no_english_name_is_still_no_part_name():
    # (a Chinese aside in brackets before the colon is no name of the part: the line stays unread as a part)
    text = (
        "服务贸易的模式主要包括:\n"
        "跨境交付(最常见的一种):服务提供商在本国境内提供服务,客户在外国境内接收。\n"
        "境外消费(第二种):消费者在国外购买或使用服务提供商提供的服务。\n"
    )
    assert all("(" not in term for term, _ in pairs(text))


def test_a_demonstrative_that_is_the_subject_still_points_back():
    # (这种误读往往源于…: the gloss speaks of what was said before, no frame 'under this mode')
    text = "误读的原因主要包括:\n深层原因:这种误读往往源于对立法背景的不了解。\n表层原因:这种说法常见于网络文章的标题。\n"
    assert pairs(text) == [] or all(not d.startswith("这种误读") for _, d in pairs(text))


def test_a_frame_under_this_mode_is_the_item_s_own_gloss():
    from policyterms.mining.extract_layouts.false_glosses import points_back

    assert not points_back("這種模式下,服務提供商在本國境內提供服務,客戶在外國境內接收。")
    assert not points_back("在这种情况下,双方当事人可以协商解除合同。")
    assert points_back("这种误读往往源于对立法背景的不了解。")


# --- a connective before the sentence on a word built on the term: the definition still ends there (P3209) ---

_GEOGRAPHICAL_INDICATION = (
    "《商标法》第十六条第二款规定,地理标志是指标示某商品来源于某地区,该商品的特定质量、信誉或者其他特征,主要由该地区的"
    "自然因素或者人文因素所决定的标志。根据《商标法实施条例》第四条款的规定,地理标志可以作为证明商标或者集体商标申请注册。"
    "因此,地理标志证明商标是一种不同于商品商标或服务商标的证明商标,又是不同于一般证明商标的特殊类型的证明商标。\n"
)


def test_the_definition_ends_before_a_connective_and_a_built_subject():
    assert pairs(_GEOGRAPHICAL_INDICATION)[0] == (
        "地理标志",
        "是指标示某商品来源于某地区,该商品的特定质量、信誉或者其他特征,主要由该地区的自然因素或者人文因素所决定的标志。"
        "根据《商标法实施条例》第四条款的规定,地理标志可以作为证明商标或者集体商标申请注册。",
    )


def test_a_connective_before_the_term_itself_goes_on_about_the_term():
    from policyterms.mining.extract_layouts.built_subjects import before_built_subject

    definition = "是指标示某商品来源于某地区的标志。因此,地理标志可以作为证明商标申请注册。"
    assert before_built_subject("地理标志", definition) == definition
    assert before_built_subject("地理标志", "是指标示某商品来源的标志。因此,地理标志证明商标是一种证明商标。") == "是指标示某商品来源的标志。"


# --- a numbered item whose text opens with questions: an issue asked about, no gloss of its label (P3205) ---

_LAYOUT_DESIGN = (
    "集成电路布图设计保护司法实践中的问题\n"
    "1、布图设计专有权的范围及依据:复制件、图样、样品记载的布图设计不一致时,如何来确定专有权的效力?不同形式载体的效力?"
    "能否选择某一载体为准? 《条例》第2条规定,“布图设计”,是指“集成电路中至少有一个是有源元件的两个以上的元件和部分或者"
    "全部互连线路的三维配置,或者为制造集成电路而准备的上述三维配置”。\n"
    "布图设计专有权保护的对象就是这一“三维配置”。\n"
)


def test_an_item_asking_questions_leaves_the_law_s_definition_to_the_prose_pass():
    assert pairs(_LAYOUT_DESIGN) == [
        (
            "“布图设计”",
            "是指“集成电路中至少有一个是有源元件的两个以上的元件和部分或者全部互连线路的三维配置,或者为制造集成电路而准备的"
            "上述三维配置”。",
        )
    ]


def test_an_item_glossed_by_its_marker_before_a_question_is_still_an_entry():
    text = "1、布图设计:指集成电路中元件和互连线路的三维配置。如何确定其范围?\n2、集成电路:指半导体集成电路。\n"
    assert [term for term, _ in pairs(text)] == ["布图设计", "集成电路"]


# --- the asker's own paragraph under a Q&A page's question title: no answer (P3206) ---

_WELL_KNOWN_MARK = (
    "什么是驰名商标?\n\n"
    "我一直不太理解驰名商标到底是什么。在市场上经常看到一些产品宣传自己是驰名商标,这让我很好奇。我想知道驰名商标的定义是什么,"
    "它和普通商标有啥区别,希望有人能给我详细讲讲。\n"
    "张凯执业律师\n"
    "已帮助 867 人解决法律问题\n\n"
    "驰名商标是一个在商业领域和法律层面都具有重要意义的概念。简单来说,驰名商标是指在市场上享有较高声誉并为相关公众所熟知的商标。"
    "这意味着该商标在消费者群体中具有广泛的认知度和良好的口碑。\n"
)


def test_the_asker_s_paragraph_is_no_answer_to_the_question_title():
    assert pairs(_WELL_KNOWN_MARK) == [
        ("驰名商标", "是指在市场上享有较高声誉并为相关公众所熟知的商标。这意味着该商标在消费者群体中具有广泛的认知度和良好的口碑。")
    ]


def test_an_answer_speaking_of_the_country_in_the_first_person_is_still_an_answer():
    from policyterms.mining.extract_layouts.false_glosses import asker_paragraph

    assert not asker_paragraph("我国商标法所称驰名商标,是指在中国为相关公众所熟知的商标。")
    assert not asker_paragraph("我们知道,驰名商标是指为相关公众所熟知的商标。")


# --- parts closed by semicolons, each under a bullet the copy left alone on its line (dev-109's P3055) ---

_MICROGRID_PARTS = (
    "一个成熟的微电网系统通常包括:\n"
    "-\n"
    "分布式电源(DER, Distributed Energy Resources):如屋顶光伏、分布式风电、生物质发电;\n"
    "-\n"
    "储能系统(ESS, Energy Storage System):提供调峰、备电、黑启动功能;\n"
    "-\n"
    "能量管理系统(EMS):实现发储负荷的全周期、全状态动态调度;\n"
    "-\n"
    "智能断路与保护装置:保障系统安全切换与异常处理能力;\n"
    "-\n"
    "能量路由器(Energy Router):智能分配电能流向,提升灵活性与效率。\n"
    "三、为什么微电网正成为“新基建”的新能源载体?\n"
)


def test_semicolon_closed_parts_under_a_lead_in_each_give_an_entry():
    assert pairs(_MICROGRID_PARTS) == [
        ("储能系统(ESS, Energy Storage System)", "提供调峰、备电、黑启动功能"),
        ("能量管理系统(EMS)", "实现发储负荷的全周期、全状态动态调度"),
        ("智能断路与保护装置", "保障系统安全切换与异常处理能力"),
        ("能量路由器(Energy Router)", "智能分配电能流向,提升灵活性与效率。"),
    ]


def test_a_semicolon_list_whose_last_part_closes_no_sentence_is_no_run_of_parts():
    # (the page cut the list, or it goes on unread: the parts are not taken for a whole list)
    text = "一个成熟的微电网系统通常包括:\n储能系统:提供调峰、备电、黑启动功能;\n能量管理系统:实现发储负荷的全周期动态调度;\n"
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.labelled import _part_items

    lines = _lines(text)
    assert _part_items(lines, [True] * len(lines)) == []


# --- a subject closing on the passive marker, its verb left in the gloss: no term (P3210) ---


def test_a_subject_cut_after_the_passive_marker_is_no_term():
    text = (
        "藥品查驗登記程序與專利有效性相互扣合機制一般被簡稱為「專利連結」(patent linkage),「專利連結」亦有稱為「專利扣合」,"
        "概念上係指將學名藥(generic drug)的上市審查程序,與原開發藥廠之參考藥品的專利權利狀態連結在一起。\n"
    )
    assert all(not term.endswith("被") for term, _ in pairs(text))


def test_a_word_ending_in_bei_is_still_a_term():
    from policyterms.mining.extract_layouts.false_glosses import clause_term

    assert not clause_term("棉被")


# --- a definition that is one closed quotation after its marker, at the page's end: whole (dev-111's P3117) ---


def test_a_closed_quotation_after_its_marker_at_the_page_s_end_is_whole():
    text = (
        "公平法對於「廣告」的定義,涵蓋了所有傳播商業訊息的「形式」與「管道」,範圍極為廣泛。\n\n"
        "  1. 形式(表示或表徵):根據公平會的處理原則,凡是能傳達商業價值的方法,都包含在內。\n"
        "  2. 管道(使公眾得知之方法):指「直接或間接經由網路或實體管道使特定多數人、非特定之一般或相關大眾共見共聞之訊息的傳播行為」"
    )
    assert ("管道(使公眾得知之方法)", "指「直接或間接經由網路或實體管道使特定多數人、非特定之一般或相關大眾共見共聞之訊息的傳播行為」") in pairs(text)


def test_a_gloss_cut_inside_its_quotation_at_the_page_s_end_is_still_cut():
    text = (
        "  1. 形式(表示或表徵):根據公平會的處理原則,凡是能傳達商業價值的方法,都包含在內。\n"
        "  2. 管道(使公眾得知之方法):指「直接或間接經由網路或實體管道使特定多數人、非特定之一般"
    )
    assert all(not term.startswith("管道") for term, _ in pairs(text))
