"""The seventy-eighth development set's press pages P2398–P2407 (housing, transport, energy and social-policy vocabulary in
mainland, Hong Kong, Macao and Taiwan press and commercial pages). Each rule has the real sentences it was written from
(short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- 所謂X是… with no comma before 是, opening a paragraph (P2407) -----------------------------------------------------------

_TRANSITIONAL = (
    "  鄭泳舜身兼立法會小組委員會主席,他要求政府成立二十億元「社會房屋專項基金」,他坦言此目標仍遙遠。\n\n"
    "  所謂過渡性房屋是為輪候公屋或其他居住環境惡劣人士提供的一些短期房屋。特首林鄭月娥去年在《施政報告》中提及會將工廈改建為過渡性"
    "房屋,而運房局早前亦成立專責小組,處理過渡性房屋安排。\n\n"
    "  我過去不太重視此建議,因為覺得「小打小鬧」。\n"
)


def test_so_called_word_glued_to_shi_opens_a_gloss():
    assert pairs(_TRANSITIONAL) == [
        (
            "過渡性房屋",
            "是為輪候公屋或其他居住環境惡劣人士提供的一些短期房屋。特首林鄭月娥去年在《施政報告》中提及會將工廈改建為過渡性房屋,"
            "而運房局早前亦成立專責小組,處理過渡性房屋安排。",
        )
    ]


def test_so_called_glued_question_verdict_or_purpose_is_left():
    from policyterms.mining.extract_layouts.prose import _QUESTION_END, _SO_CALLED_GLUED_IS

    assert _SO_CALLED_GLUED_IS.match("所谓“流亡政府”是怎样进行分裂活动的?") is None
    assert _SO_CALLED_GLUED_IS.match("所谓的改革是一场深刻的自我革命。") is None  # a verdict on a so-called thing
    assert _SO_CALLED_GLUED_IS.match("所谓改革是为了人民的幸福。") is None  # a purpose
    assert _SO_CALLED_GLUED_IS.match("所谓改革也是一场革命。") is None  # an adverb's 是: no term 改革也
    assert _QUESTION_END.search("所谓过渡房屋是谁提供的?")


# --- a prose gloss run into a paragraph the page cuts after its whole sentences (P2399, P2405) ------------------------------

_CHILDCARE = (
    "关键词:机构托育 幼有所育 家庭公共服务\n\n"
    "近现代工业社会以来,随着妇女就业率的提升,如何满足城市双职家庭的托育服务需求成为一个重要的时代课题。一般说来,基于提供托育服务的"
    "环境不同,托育服务分为家庭托育与机构托育两种类型。其中,机构托育是指当父母外出工作或无法履行亲职责任时,一些组织或机构通过提供"
    "系统化和专业化的照料和看护等保育服务而执行暂时亲职替代。由于机构托育的高效性和专业化,机构托育在现实中发挥了十分重要的作用。"
    "托育机构的蓬勃发展和机构托"
)


def test_a_run_in_gloss_cut_by_the_page_keeps_its_whole_sentences():
    assert pairs(_CHILDCARE) == [
        (
            "机构托育",
            "是指当父母外出工作或无法履行亲职责任时,一些组织或机构通过提供系统化和专业化的照料和看护等保育服务而执行暂时亲职替代。"
            "由于机构托育的高效性和专业化,机构托育在现实中发挥了十分重要的作用。",
        )
    ]


def test_a_glossary_line_cut_by_the_page_stays_cut():
    # a yearbook's headword opening its line (after an item number or none): the list's last entry, cut, gives nothing
    page = (
        "主要统计指标解释\n"
        "(3)国防支出:反映政府用于国防方面的支出。包括现役部队、国防科研事业等。\n"
        "(4)公共安全支出:反映政府维护社会公共安全方面的支出。包括武装警察部队、公安、国家"
    )
    assert [term for term, _ in pairs(page)] == ["国防支出"]
    # a run-in gloss whose first sentence is cut is a cut gloss
    assert pairs("今天天气很好。\n\n近年来,托育服务发展很快。其中,机构托育是指当父母外出工作时,一些组织或机构通过提供") == []
    # a page kept whole (a line break after it) is no page cut
    from policyterms.mining.extract_layouts.combine import _before_cut_sentence
    from policyterms.mining.extract_layouts.common import Found

    text = "其中,机构托育是指一些机构提供的保育服务。由于机构托育的高效性和专业化,机构\n"
    entry = Found("机构托育", text[text.index("是指") : -1], text[3:-1], 1, 3, len(text) - 1)
    assert _before_cut_sentence(entry, text) is None
    assert _before_cut_sentence(entry, text[:-1]).definition == "是指一些机构提供的保育服务。"


# --- a speaker's reading: X认为/認為 as a lead-in, 即 its marker; a definition ends before another speaker's (P2403) -------

_NATIONAL_LAND = (
    "在李登輝總統的就職演說中,揭櫫了一個民眾陌生的名詞「國土規畫」。\n\n"
    "對於國土規畫的定義因人而異。前營建署綜合計畫組組長林子瑜指出,國土規畫就是國家空間發展的計畫,亦即不斷增加的人口在空間上要如何分布、"
    "資源怎麼配置;過去政府部門的各項規畫,也就遵循著這個定義製作。台大地理系教授張石角則以「地盡其利」的角度闡釋國土規畫,他認為國土規畫"
    "即資源最有效的利用,且兼具機能分化作用,以防一個地區負載所有金融、政治、文化等功能。\n\n"
    "儘管定義不同,國土規畫的必要性卻不容存疑。\n"
)


def test_two_speakers_readings_of_one_word_are_two_entries():
    assert sorted(pairs(_NATIONAL_LAND)) == sorted(
        [
            (
                "國土規畫",
                "就是國家空間發展的計畫,亦即不斷增加的人口在空間上要如何分布、資源怎麼配置;過去政府部門的各項規畫,也就遵循著這個定義製作。",
            ),
            ("國土規畫", "即資源最有效的利用,且兼具機能分化作用,以防一個地區負載所有金融、政治、文化等功能。"),
        ]
    )


def test_a_speakers_view_at_a_paragraph_start_leaves_the_speaker_out():
    page = "今天水源短缺、地價飆高。\n\n專家認為,國土規畫是指國家空間發展的計畫。\n\n結束了。\n"
    assert pairs(page) == [("國土規畫", "是指國家空間發展的計畫。")]


def test_a_speakers_view_without_a_marker_or_of_another_word_is_left():
    from policyterms.mining.extract_layouts.prose import _SPEAKER_VIEW_JI
    from policyterms.mining.extract_layouts.second_senses import before_second_sense

    assert _SPEAKER_VIEW_JI.match("他認為國土規畫即將完成,不必再議。") is None  # 即将: time, no marker
    assert _SPEAKER_VIEW_JI.match("他認為國土規畫是國家發展的大事。") is None  # no 即
    # a later speaker's sentence about another word does not end the definition
    definition = "就是國家空間發展的計畫。張教授認為區域計畫即縣市的計畫。"
    assert before_second_sense("國土規畫", definition) == definition


# --- a gloss ends before a word built on its term turned to with 则 (P2400) -----------------------------------------------

_AGE_FRIENDLY = (
    "有种温暖叫“适老”\n\n"
    "    随着人口老龄化程度持续加深,“适老”这一概念越来越频繁地进入人们的视野。\n\n"
    "    “适老”即适应中老年人的生理状态和心理需求,适老化的概念则涵盖生活的方方面面,从防滑倒辅助设施到老年人易于使用的家居产品,"
    "在许多领域,适老化皆大有文章可做。\n\n"
    "    加速适老化环境的打造,一定会让越来越多的老年人更舒适、体面地安度晚年生活。\n"
)


def test_a_gloss_ends_before_a_derived_word_turned_to_with_ze():
    assert ("“适老”", "即适应中老年人的生理状态和心理需求") in pairs(_AGE_FRIENDLY)


def test_the_term_itself_turned_to_with_ze_goes_on():
    from policyterms.mining.extract_layouts.sibling_ends import before_derived_word

    definition = "即适应中老年人的需求,适老则是一种理念。"
    assert before_derived_word("“适老”", definition) == definition
    definition = "即适应中老年人的需求,其他则不论。"
    assert before_derived_word("“适老”", definition) == definition


# --- a quoted word opening a sentence's last clause before a strong marker; a counted member named in quotes (P2405) --------

_FIVE_TIER = (
    "是日重頭戲當然是拜會澳門行政長官賀一誠先生,我們討論了很多議題。\n"
    "近年,澳門面對樓價高升等問題,賀特首則推出「五階梯房屋政策」,根據社會上不同階層人士的住屋需要、經濟承擔力和購買能力,「五階梯」由下至上"
    "是指社會房屋、經濟房屋、夾心房屋、長者公寓及私人房屋,前兩類是單純的公共房屋。\n"
    "「社會房屋」是純粹租住的公共房屋。社會房屋有收入限制,入住對象是基層市民。\n"
    "第二階梯是「經濟房屋」,是出售的公共房屋,住戶的收入下限與公共房屋的收入上限接軌。澳門政府在2021年修訂了"
)


def test_quoted_clause_subject_order_phrase_and_counted_member():
    assert pairs(_FIVE_TIER) == [
        ("「五階梯」", "是指社會房屋、經濟房屋、夾心房屋、長者公寓及私人房屋,前兩類是單純的公共房屋。"),
        ("「社會房屋」", "是純粹租住的公共房屋。社會房屋有收入限制,入住對象是基層市民。"),
        ("「經濟房屋」", "是出售的公共房屋,住戶的收入下限與公共房屋的收入上限接軌。"),
    ]


def test_a_quoted_word_late_in_a_sentence_needs_a_strong_marker():
    from policyterms.mining.extract_layouts.prose import _ORDINAL_NAMED_IS, _QUOTED_CLAUSE_IS

    assert _QUOTED_CLAUSE_IS.search("賀特首推出新政策,根據不同階層的需要,「五階梯」是最好的安排。") is None  # a bare 是
    assert _QUOTED_CLAUSE_IS.search("「五階梯」是指社會房屋等五類。") is None  # no clause before it: the sentence's own subject
    assert _ORDINAL_NAMED_IS.match("第二是「經濟房屋」,是否可行仍待研究。") is None
    assert _ORDINAL_NAMED_IS.match("第二階梯是經濟房屋,是出售的公共房屋。") is None  # unquoted


def test_a_counted_member_given_a_role_is_no_gloss():
    page = "今天天氣很好。\n\n第一是「穩就業」,是做好六保工作的關鍵。\n\n結束了。\n"
    assert ("「穩就業」", "是做好六保工作的關鍵。") not in pairs(page)


# --- dev-75's P2346: a word the article named earlier, glossed at last, the page cut after it -------------------------------

_NEGATIVE_LIST = (
    "负面清单(negative list)又称消极清单、否定列表,是一个国家禁止外资进入或限定外资比例的行业清单(list of industries)。\n\n"
    "上文提到的准入前国民待遇(pre-establishment national treatment)则指外国投资者在投资发生和建立前便开始享受与本国投资者相同的"
    "待遇。在传统的投资管理模式中,国民待遇通常在投资完全建立后才能开始享受"
)


def test_a_word_named_earlier_is_glossed_and_kept_before_the_cut():
    assert (
        "准入前国民待遇(pre-establishment national treatment)",
        "指外国投资者在投资发生和建立前便开始享受与本国投资者相同的待遇。",
    ) in pairs(_NEGATIVE_LIST)


def test_the_pointing_frame_is_only_the_listed_words():
    from policyterms.mining.extract_layouts.prose import _LEAD_WORD

    assert _LEAD_WORD.match("上文提到的准入前国民待遇").end() == len("上文提到的")
    assert _LEAD_WORD.match("上海提到的准入前国民待遇") is None


# --- dev-73's P2317: a launched programme spelled out after a colon -----------------------------------------------------------

_THOUSAND_VILLAGES = (
    "浙江乡村今昔对比。\n\n"
    "  2003年6月,浙江省启动“千村示范、万村整治”工程:从全省选择1万个左右的行政村进行全面整治,把其中1000个左右的中心村建成全面小康示范村。"
    "二十年来,“千万工程”深刻改变了浙江乡村面貌。\n"
)


def test_a_launched_programme_is_glossed_from_its_colon():
    assert pairs(_THOUSAND_VILLAGES) == [
        ("“千村示范、万村整治”工程", "从全省选择1万个左右的行政村进行全面整治,把其中1000个左右的中心村建成全面小康示范村。")
    ]


def test_a_launched_programme_with_a_date_or_a_list_after_its_colon_is_left():
    from policyterms.mining.extract_layouts.prose import _undertaken_ji

    assert _undertaken_ji("浙江省启动“千村示范、万村整治”工程:2003年6月正式开始实施并全面推进。") is None
    assert _undertaken_ji("浙江省启动“千村示范、万村整治”工程:一是全面整治村庄环境,二是建设示范村。") is None
    assert _undertaken_ji("浙江省启动“千村示范、万村整治”工程:很好。") is None


# --- dev-75's P2346: the opposite word set against the one just defined, glossed in turn -------------------------------------

_POSITIVE_LIST = (
    "9月27日,国务院发布中国(上海)自由贸易试验区总体方案。\n\n"
    "负面清单(negative list)又称消极清单、否定列表,是一个国家禁止外资进入或限定外资比例的行业清单。在这份清单上,国家明确开列不予外商投资准入或有限制要求的领域,清单以外领域"
    "则充分开放。与其相反的“正面清单”(positive list)自然就是国家明确开来允许外商投资准入或有限制要求的领域,清单以外领域一律不予开放。\n"
)


def test_the_opposite_word_is_glossed_from_its_marker():
    assert (
        "“正面清单”(positive list)",
        "就是国家明确开来允许外商投资准入或有限制要求的领域,清单以外领域一律不予开放。",
    ) in pairs(_POSITIVE_LIST)


def test_an_opposite_frame_without_a_quoted_word_or_a_marker_is_left():
    from policyterms.mining.extract_layouts.prose import _OPPOSITE_QUOTED_IS

    assert _OPPOSITE_QUOTED_IS.match("与其相反的做法就是全面开放。") is None  # unquoted: no word set against it
    assert _OPPOSITE_QUOTED_IS.match("与其相反的“正面清单”被广泛采用。") is None  # no marker
    assert _OPPOSITE_QUOTED_IS.match("与其相反的“正面清单”是否可行仍待研究。") is None


# --- dev-75's P2339: a time frame opening a paragraph that says what the topic is now ------------------------------------------

_COMPUTING_NOW = (
    "■什么是算力?\n"
    "算力即计算能力,其实我们每个人都拥有算力,比如口算、心算和速算等,只是算力有限。\n"
    "如今,算力是集信息计算力、网络运载力、数据存储力于一体的新型生产力,主要通过算力基础设施向社会提供服务。\n"
    "可以说,在数字经济时代,算力如同水、电、燃气等公共基础资源一样,走进千家万户。\n"
)


def test_the_topic_glossed_again_after_rujin():
    assert ("算力", "是集信息计算力、网络运载力、数据存储力于一体的新型生产力,主要通过算力基础设施向社会提供服务。") in pairs(
        _COMPUTING_NOW
    )


def test_a_standing_after_rujin_is_still_weighed():
    page = _COMPUTING_NOW.replace(
        "如今,算力是集信息计算力、网络运载力、数据存储力于一体的新型生产力,主要通过算力基础设施向社会提供服务。",
        "如今,算力是推动数字经济发展的重要引擎。",
    )
    assert [d for t, d in pairs(page) if d.startswith("是推动")] == []
