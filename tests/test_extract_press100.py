"""The hundredth development set's press pages P2778–P2798 (food and drug regulation and medical procurement: news and
industry sites, Q&A and how-to pages, company pages, a law journal's page, a community reply, a Hong Kong and a Taiwan
paper). Each mend has the real sentences it was written from (short excerpts, the press pages not being bundled) and a
sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a sentence naming the term by a demonstrative and its head noun goes on about it (P2781) -------------------------


def test_demonstrative_and_head_noun_keep_the_sentence_in_the_definition():
    page = (
        "B2B 模式是指供需两方均为企业,通过互联网平台直接进行对接的交易模式。互联网对此种模式下处方药的销售冲击并不大,"
        "双方企业通常都具备相应资质许可,存在的隐患较小,可比照原有线下销售法规管理。B2C 模式是指供应方为企业,需求方为个人(患者),"
        "通过互联网平台销售处方药的模式,例如阿里巴巴、京东、拼多多等电子商务平台。\n"
    )
    entries = pairs(page)
    assert (
        "B2B 模式",
        "是指供需两方均为企业,通过互联网平台直接进行对接的交易模式。互联网对此种模式下处方药的销售冲击并不大,"
        "双方企业通常都具备相应资质许可,存在的隐患较小,可比照原有线下销售法规管理。",
    ) in entries
    assert ("B2C 模式", "是指供应方为企业,需求方为个人(患者),通过互联网平台销售处方药的模式,例如阿里巴巴、京东、拼多多等电子商务平台。") in entries


def test_a_demonstrative_before_another_noun_ends_the_definition():
    page = (
        "B2B 模式是指供需两方均为企业,通过互联网平台直接进行对接的交易模式。互联网对此种平台的监管并不严格,隐患较多。"
        "B2C 模式是指供应方为企业,需求方为个人,通过互联网平台销售处方药的模式。\n"
    )
    assert ("B2B 模式", "是指供需两方均为企业,通过互联网平台直接进行对接的交易模式。") in pairs(page)


# --- a headword line's paragraph restating the headword as its subject opens at the predicate (P2796) -----------------


def test_paragraph_restating_its_headword_line_opens_after_it():
    page = (
        "非处方药怎么分类\n\n操作方法\n\n01\n\n甲类非处方药\n\n"
        "甲类非处方药一般在药店或者医院售卖,需在执业医师或者药师的指导下进行购买。比如一些止痛药和肠胃药就是甲类非处方药。\n\n"
        "02\n\n乙类非处方药\n\n"
        "乙类非处方药除了在医院和药店销售外,还可以在宾馆、超市、百货商场等地方售卖。比如说维生素c片就是乙类非处方药。\n\n首页\n"
    )
    entries = pairs(page)
    assert ("甲类非处方药", "一般在药店或者医院售卖,需在执业医师或者药师的指导下进行购买。比如一些止痛药和肠胃药就是甲类非处方药。") in entries
    assert ("乙类非处方药", "除了在医院和药店销售外,还可以在宾馆、超市、百货商场等地方售卖。比如说维生素c片就是乙类非处方药。") in entries


def test_headword_running_on_into_a_phrase_or_a_time_clause_is_kept():
    from policyterms.mining.extract_layouts.headwords import _restated_subject

    assert _restated_subject("僱員自選安排實施後,僱員可把現職強積金供款帳戶內的供款轉移。", "僱員自選安排") == 0
    assert _restated_subject("甲类非处方药的标识是红色otc。", "甲类非处方药") == 0
    assert _restated_subject("甲类非处方药和乙类非处方药都可以在药店买到。", "甲类非处方药") == 0
    assert _restated_subject("全港發展策略提供概括的土地規劃大綱。", "全港發展策略") == len("全港發展策略")
    # a hedge before 是, a duty, a role: the paragraph is kept whole, as answers and cards are read
    assert _restated_subject("新质生产力简单说是创新起主导作用的先进生产力。", "新质生产力") == 0
    assert _restated_subject("普選必須建立選舉制度,如選區的畫分。", "普選") == 0
    assert _restated_subject("疫苗作为预防传染病的重要手段,在全球范围内受到广泛关注。", "疫苗") == 0


# --- spoken question titles (那什么是X呢?) and answers closed by a semicolon (P2790) -----------------------------------


_NUMBERED_QUESTIONS = (
    "1、什么是创新药?\n就是市面上从来没有过的药品,被你家给第一个研发出来了,通俗的说就是你发财啦!\n"
    "2、什么是仿制药?\n就是上面的创新药过了专利保护期以后,那你就用相应的技术把这个样复制出来,这就叫仿制药;\n"
    "3、那什么是首仿呢?\n就是在上面这条中,你是第一个复制出来而且还拿到了药品注册批件的人;\n"
    "4、什么是药品批件呢?\n就是药品的身份证啦,要合法上市必须要有这个东东。\n"
)


def test_spoken_question_titles_ask_their_term():
    entries = pairs(_NUMBERED_QUESTIONS)
    assert ("首仿", "就是在上面这条中,你是第一个复制出来而且还拿到了药品注册批件的人") in entries
    assert ("药品批件", "就是药品的身份证啦,要合法上市必须要有这个东东。") in entries


def test_answer_closed_by_a_semicolon_above_the_next_question_is_whole():
    entries = pairs(_NUMBERED_QUESTIONS)
    assert ("仿制药", "就是上面的创新药过了专利保护期以后,那你就用相应的技术把这个样复制出来,这就叫仿制药") in entries


def test_pointed_spoken_question_is_no_headword():
    from policyterms.mining.extract_layouts.headword_lines import _headword
    from policyterms.mining.extract_layouts.common import _lines

    (line,) = [line for line in _lines("那这个补贴是什么呢?\n") if not line.blank]
    assert _headword(line) is None


def test_items_closed_by_semicolons_under_a_plain_headword_stay_unread():
    page = "消费者的权利\n\n消费者享有安全保障权;\n\n经营者的义务\n\n经营者应当保证商品质量。\n"
    assert ("消费者的权利", "消费者享有安全保障权") not in pairs(page)


# --- colon labels naming the parts a definition names its subject by (P2794) ------------------------------------------


def test_colon_labels_of_the_parts_a_definition_names_are_entries():
    page = (
        "什么是食品安全“兩個責任”?\n"
        "食品安全“兩個責任”指的是食品安全屬地管理責任和企業(yè)食品安全主體責任。\n"
        "食品安全屬地管理責任:通過實施分層分級、層級對應的包保制度,將“黨政同責”“地方負總責”的要求分解落實到各級黨政領導干部身上。\n"
        "企業(yè)食品安全主體責任:督促企業(yè)配備食品安全總監(jiān)和食品安全員,實現對風險的精準防控。(剩余3323字)\n"
    )
    entries = pairs(page)
    assert ("食品安全“兩個責任”", "指的是食品安全屬地管理責任和企業食品安全主體責任。") in entries
    assert (
        "食品安全屬地管理責任",
        "通過實施分層分級、層級對應的包保制度,將“黨政同責”“地方負總責”的要求分解落實到各級黨政領導干部身上。",
    ) in entries
    assert ("企業食品安全主體責任", "督促企業配備食品安全總監和食品安全員,實現對風險的精準防控。") in entries


def test_colon_labels_under_a_list_of_included_tasks_stay_unread():
    page = (
        "今年的主要任务包括优化营商环境和扩大有效投资。\n"
        "优化营商环境:深化“放管服”改革,持续提升政务服务水平。\n"
        "扩大有效投资:加快推进一批重大项目建设,形成实物工作量。\n"
    )
    terms = [t for t, _ in pairs(page)]
    assert "优化营商环境" not in terms and "扩大有效投资" not in terms


# --- a byline after a column's name is no spaced gloss; a cited regulation's part and revision frame the answer (P2786) --


def test_column_name_and_byline_is_no_entry_and_the_cited_answer_opens_at_its_marker():
    page = (
        "什么是医疗器械注册人或者备案人?\n\n常见问题 发布时间:2025-04-26 浏览:31 次\n\n\n"
        "根据《医疗器械监督管理条例》 第八章附则(2024年12月6日第二次修订)规定,医疗器械注册人或者备案人,"
        "是指取得医疗器械注册证或者办理医疗器械备案的企业或者研制机构。医疗器械注册人或者备案人也就是医疗器械上市许可持有人。\n"
    )
    assert pairs(page) == [
        (
            "医疗器械注册人或者备案人",
            "是指取得医疗器械注册证或者办理医疗器械备案的企业或者研制机构。医疗器械注册人或者备案人也就是医疗器械上市许可持有人。",
        )
    ]


def test_citation_frame_over_another_subject_is_kept():
    from policyterms.mining.extract_layouts.attributions import attribution_end

    assert attribution_end("根据《医疗器械监督管理条例》 第八章附则(2024年修订)规定,企业应当建立质量管理体系。", "医疗器械注册人") == -1


# --- a name in apposition after 即, then 是; a lead-in by 这个 naming the parts in order (P2792) --------------------------


def test_name_in_apposition_then_shi_opens_at_ji_and_keeps_its_ordered_lead_in():
    page = (
        "食品生产证号,即食品生产许可证编号,是由 SC和14位阿拉伯数字组成的。其中,SC是“生产”的汉语拼音字母缩写。这个编号从左至右依次为:\n"
        "1. 3位食品类别编码;\n2. 2位省(自治区、直辖市)代码;\n3. 1位校验码。\n"
    )
    assert (
        "食品生产证号",
        "即食品生产许可证编号,是由 SC和14位阿拉伯数字组成的。其中,SC是“生产”的汉语拼音字母缩写。这个编号从左至右依次为:",
    ) in pairs(page)


def test_apposition_before_a_question_or_a_concession_is_no_definition():
    assert pairs("新增企业,即当年注册的企业,是否纳入统计仍待明确。\n") == []
    assert pairs("新增企业,即使当年注册,是全市经济的新生力量。\n") == []


# --- a numbered meaning label over the thing's own name (P2784) ---------------------------------------------------------


def test_meaning_label_gives_way_to_the_subject_it_glosses():
    page = (
        "小蓝帽标志什么意思 小蓝帽标志的意思\n\n阿林\n\n"
        "1、标志含义:蓝帽,是由国家相关主管部门审批认证的保健食品标志。获批产品外包装标注“国食健字”字样,为天蓝色,呈帽形,俗称“蓝帽”。\n\n"
        "2、 在保健食品领域,蓝帽就是通行证,象征着质量过硬。\n"
    )
    assert pairs(page) == [
        ("蓝帽", "是由国家相关主管部门审批认证的保健食品标志。获批产品外包装标注“国食健字”字样,为天蓝色,呈帽形,俗称“蓝帽”。")
    ]


def test_meaning_label_over_a_sentence_with_no_restated_subject_is_unchanged():
    from policyterms.mining.extract_layouts.notes import _LABEL_THEN_SUBJECT, _MEANING_LABEL_TERM

    assert _MEANING_LABEL_TERM.fullmatch("标志含义") and not _MEANING_LABEL_TERM.fullmatch("保健食品标志")
    assert _LABEL_THEN_SUBJECT.match("获批产品外包装标注“国食健字”字样。") is None


# --- a list run into the definition's paragraph after an announcing sentence (P2785) ------------------------------------


def test_list_run_in_after_an_announcing_sentence_is_no_part_of_the_definition():
    page = (
        "医疗器械注册人制度是指在医疗器械市场准入中,生产企业或者其委托的代理机构需要作为注册人向相关监管部门提交医疗器械注册申请,"
        "并对其产品负责的制度。以下是医疗器械注册人制度的基本原则和医疗器械许可证办理流程的一般步骤:医疗器械注册人制度基本原则:"
        "责任主体明确: 医疗器械注册人为医疗器械的生产企业或者其委托的代理机构,负责医疗器械的质量和安全。\n"
    )
    assert (
        "医疗器械注册人制度",
        "是指在医疗器械市场准入中,生产企业或者其委托的代理机构需要作为注册人向相关监管部门提交医疗器械注册申请,并对其产品负责的制度。"
        "以下是医疗器械注册人制度的基本原则和医疗器械许可证办理流程的一般步骤:",
    ) in pairs(page)


def test_announcing_sentence_naming_something_else_leaves_the_end():
    from policyterms.mining.extract_layouts.prose import _before_run_in_list

    body = "医保目录是指…的药品目录。以下是记者的采访:张先生说,…。"
    assert _before_run_in_list(body, 6, len(body), "医保目录") == len(body)
