"""The hundred-and-second development set's press pages P2838–P2857 (personal finance, payments and consumer protection:
a news report, a Taiwan daily's editorial, a law firm's article, a Q&A site's answer). Each mend has the real sentences it
was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.written_forms import read_form


# --- the body whose definition it is, before 对X的定义 (P2846) ---------------------------------------------------------------


def test_the_defining_body_before_dui_is_no_part_of_the_term():
    page = (
        "中国官方对非法集资的定义是指违反国家金融管理法律规定,向社会包括单位和个人在内的公众吸收资金的行为。"
        "非法集资犯罪要件包括未经有关部门依法批准或者借用合法经营的形式吸收资金。\n"
    )
    assert pairs(page) == [
        (
            "非法集资",
            "是指违反国家金融管理法律规定,向社会包括单位和个人在内的公众吸收资金的行为。"
            "非法集资犯罪要件包括未经有关部门依法批准或者借用合法经营的形式吸收资金。",
        )
    ]


def test_a_word_holding_dui_keeps_it():
    # (信息不对称, 对冲基金: 对 inside the word, no body before it)
    assert [t for t, _ in pairs("信息不对称的定义是指交易双方掌握的信息不相等的状况。\n")] == ["信息不对称"]
    assert [t for t, _ in pairs("对冲基金的定义是指采用对冲交易手段的基金。\n")] == ["对冲基金"]


# --- 意思 glued to the word before 是指 (P2850) -----------------------------------------------------------------------------


def test_yisi_glued_before_shi_zhi_is_a_frame():
    page = "根據《洗錢防制法》第2條規定,洗錢意思是指將犯罪所得或財產,透過交易、轉移、掩飾或其他方式,使其看起來像合法資金的行為。\n"
    assert pairs(page) == [("洗錢", "是指將犯罪所得或財產,透過交易、轉移、掩飾或其他方式,使其看起來像合法資金的行為。")]


def test_a_word_ending_in_yisi_is_not_cut_to_nothing():
    # (有意思 is no term: the frame leaves nothing of two characters)
    assert all(t != "有" for t, _ in pairs("有意思是指一件事有趣味。\n"))


# --- Latin letters typed full width (P2841) ---------------------------------------------------------------------------------


def test_full_width_letters_read_as_latin_and_given_back_as_written():
    page = "ＤＮＦＢＰ是指潛在被用於洗錢的非金融業企業，例如律師及地政士。若ＤＮＦＢＰ發揮功能，可助益ＦＩＵ的調查結果。\n"
    assert pairs(page) == [
        ("ＤＮＦＢＰ", "是指潛在被用於洗錢的非金融業企業，例如律師及地政士。若ＤＮＦＢＰ發揮功能，可助益ＦＩＵ的調查結果。")
    ]


def test_full_width_digits_stay_as_written():
    assert read_form("ＡＢ１２") == "AB１２"


# --- a title asking its word twice; the question again ends the answer (P2852) ----------------------------------------------


def test_a_title_asking_twice_names_its_word_once_and_the_question_again_ends_the_answer():
    page = (
        "什么叫反诈骗 反诈骗是什么意思\n\n"
        "反诈骗是对包含交易诈骗、网络诈骗、电话诈骗、盗卡盗号等欺诈行为进行识别的一项服务 。反欺诈系统是由用户行为风险识别引擎、"
        "征信系统、黑名单系统等组成的 。\n"
        "反诈骗是什么意思防止诈骗的原则包括要有反诈骗意识、切忌贪小便宜,必须冷静,千万不要慌张 。\n"
        "诈骗指的是以非法占有为目的,用虚构事实或者隐瞒真相的方法,骗取款额较大的公私财物的行为 。\n"
        "诈骗的主要形式包括熟人、中介、特殊身份、帮助、小利等,受骗的原因可能是虚荣心理、贪占小便宜的心理等 。\n"
    )
    assert pairs(page) == [
        (
            "反诈骗",
            "是对包含交易诈骗、网络诈骗、电话诈骗、盗卡盗号等欺诈行为进行识别的一项服务 。反欺诈系统是由用户行为风险识别引擎、"
            "征信系统、黑名单系统等组成的 。",
        ),
        ("诈骗", "指的是以非法占有为目的,用虚构事实或者隐瞒真相的方法,骗取款额较大的公私财物的行为 。"),
    ]


def test_an_aspect_term_with_a_defining_marker_stays():
    page = "诈骗指的是以非法占有为目的,骗取公私财物的行为。\n诈骗的类型是指按手段划分的诈骗种类,如电信诈骗。\n"
    assert [t for t, _ in pairs(page)] == ["诈骗", "诈骗的类型"]


def test_an_aspect_of_a_word_the_page_does_not_define_stays():
    # (网络诈骗 is not 诈骗: only the defined word's own aspects are dropped)
    page = "诈骗指的是以非法占有为目的,骗取公私财物的行为。\n网络诈骗的主要形式包括冒充客服、刷单返利、虚假投资理财等多种手段。\n"
    assert [t for t, _ in pairs(page)] == ["诈骗", "网络诈骗的主要形式"]


# --- a glossary paragraph restating its headword before 以 (P2857) ----------------------------------------------------------


def test_a_restated_headword_before_yi_opens_the_gloss_after_it():
    page = (
        "基金小百科\n\n平衡型基金\n\n"
        "平衡型基金以兼顧長期資本增長和穩定收益為投資目的。即投資標的兼有投資股票及債券的混合式投資組合。\n\n"
        "全球型基金\n\n將資金投資範圍遍及全球,以全球金融市場較為發達的地區為投資對象,風險較低且較為分散。\n"
    )
    assert ("平衡型基金", "以兼顧長期資本增長和穩定收益為投資目的。即投資標的兼有投資股票及債券的混合式投資組合。") in pairs(page)


def test_a_restated_headword_before_yishang_runs_on_its_noun_phrase():
    # (X以上…: the headword's own phrase goes on, the paragraph is kept whole)
    from policyterms.mining.extract_layouts.headwords import _restated_subject

    assert _restated_subject("平衡型基金以上的各類基金均須每月公布淨值。", "平衡型基金") == 0
    assert _restated_subject("平衡型基金以兼顧長期資本增長為投資目的。", "平衡型基金") == len("平衡型基金")


# --- a lawyer's answer in labelled points: 法律定性 names a characterisation; a section over points is no term (P2847) ------


_LAWYER_POINTS = (
    "1. 法律定性:非法吸收公众存款是一种破坏金融管理秩序的犯罪行为。2. 法律依据:根据《…的规定(二)》第二十八条规定,"
    "非法吸收公众存款或者变相吸收公众存款,扰乱金融秩序,涉嫌下列情形之一的,应予立案追诉。3. 核心分析:适用逻辑:达到上述标准,"
    "公安机关将予以立案追诉,追究刑事责任。各方权利义务:犯罪嫌疑人需承担刑事责任。4. 实务建议:收集证据:如合同、转账记录、宣传资料等,"
    "证明存在非法吸收公众存款行为。寻求帮助:向公安机关报案,配合调查。\n"
)


def test_a_characterisation_label_gives_the_subject_it_characterises():
    assert ("非法吸收公众存款", "是一种破坏金融管理秩序的犯罪行为。") in pairs(_LAWYER_POINTS)


def test_a_section_label_over_labelled_points_is_no_term():
    terms = [t for t, _ in pairs(_LAWYER_POINTS)]
    assert "核心分析" not in terms and "实务建议" not in terms


def test_a_headword_labelled_again_over_its_gloss_stays():
    # (1.毒品:毒品:指…, 438: the same word labelled twice, its gloss opening with 指)
    page = "1.毒品:毒品:指具成癮性、濫用性及對社會危害性之麻醉藥品與其製品。\n2.第一級毒品:指海洛因、嗎啡、鴉片、古柯鹼及其相類製品。\n"
    assert "毒品" in [t for t, _ in pairs(page)]


# --- a band of a value as a label is no term (P2851) ------------------------------------------------------------------------


def test_score_bands_are_no_terms():
    page = (
        "- 信用分數\n"
        "* 分數代表什麼?\n"
        "* 800 分: 信用極佳,是銀行的優質客戶。\n"
        "* 650 ~ 700 分以上: 通常被認為是信用良好的門檻,申請新的信用卡或貸款比較容易過。\n"
        "* 低於 550 分: 信用有瑕疵,申請新的信用產品可能會被拒絕。\n"
    )
    terms = [t for t, _ in pairs(page)]
    assert not any("分" in t for t in terms), terms


def test_a_label_with_figures_in_a_word_stays():
    from policyterms.mining.extract_layouts.false_glosses import value_band

    assert not value_band("0-14歲人口") and not value_band("12345热线") and not value_band("PM2.5")


# --- the marker closing its line, the definition on the lines below (P2853) -------------------------------------------------


def test_a_marker_closing_its_line_opens_the_definition_below():
    page = (
        "集资诈骗罪是指\n"
        "以非法占有为目的,违反有关金融法律、法规的规定,使用诈骗方法进行非法集资,且数额较大的行为。本罪的主体是一般主体,任何达到\n"
        "刑事责任年龄、具有\n"
        "刑事责任能力的自然人均可构成本罪。\n"
    )
    assert pairs(page) == [
        (
            "集资诈骗罪",
            "是指以非法占有为目的,违反有关金融法律、法规的规定,使用诈骗方法进行非法集资,且数额较大的行为。本罪的主体是一般主体,"
            "任何达到刑事责任年龄、具有刑事责任能力的自然人均可构成本罪。",
        )
    ]


def test_a_marker_line_over_a_list_is_no_definition():
    # (the lines below never finish a sentence: items, read by the item rules, not one run-on gloss)
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.marker_lines import marker_lines

    lines = _lines("三农是指\n农业\n农村\n农民\n")
    assert list(marker_lines(lines, [True] * len(lines))) == []


# --- two kinds counted, then 前者/後者 clauses; a shared head read onto the first (P2856) -----------------------------------


def test_counted_kinds_glossed_by_former_and_latter():
    page = "目前，台灣有大額及可疑通報兩類，前者是指超過五十萬台幣之現金交易，後者是符合洗錢態樣的通報。\n"
    assert sorted(pairs(page)) == [("可疑通報", "是符合洗錢態樣的通報。"), ("大額通報", "是指超過五十萬台幣之現金交易")]


def test_counted_kinds_named_whole_keep_their_names():
    page = "地方政府债券分为一般债券和专项债券两类,前者是指为没有收益的公益性项目发行的债券,后者是指为有收益的项目发行的债券。\n"
    assert [t for t, _ in pairs(page)] == ["一般债券", "专项债券"]


def test_former_and_latter_without_a_count_name_nothing_new():
    # (第二段防線的重點主要是A與B，前者是…: no kinds counted, the clauses say what two bodies are)
    page = "第二段防線的重點主要是法務部調查局洗錢防制處與金管會，前者是台灣防制洗錢及打擊資恐的專責機關，後者負責監理金融機構。\n"
    assert all(t not in ("法務部調查局洗錢防制處", "金管會") for t, _ in pairs(page))


# --- 指 that begins a word broken over lines is no marker (P2843) -----------------------------------------------------------


def test_a_word_beginning_with_zhi_broken_over_lines_defines_nothing():
    page = (
        "                 1. 台灣經濟新報(Taiwan Economic Journal、TEJ)之台灣企業信用風險指\n\n"
        "                   標(Taiwan Corporate Credit Risk Index, TCRI):\n\n"
        "                       台灣經濟新報自 1991 年起開始發展企業信用風險指標,1996 年 9\n"
    )
    assert all(not d.startswith("指標") for _, d in pairs(page))


def test_a_marker_zhi_before_other_characters_stays():
    assert pairs("公共服务指由政府提供的服务。\n") == [("公共服务", "指由政府提供的服务。")]


# --- one space after a quote closing a phrase is the page's spacing, no headword gap (P2849) --------------------------------


def test_a_space_after_a_quoted_phrase_is_no_headword_gap():
    page = (
        "澳門金管局將繼續推動各金融機構投放資源為商戶升級「聚易用」 服務,預期短期內將會有更多大型連鎖商戶加入「聚易用」。\n\n"
        "升級「聚易用」 過程簡便,市場上現有五家金融機構提供「聚易用」服務予商戶比較選擇。金管局呼籲商戶積極考慮升級。\n"
    )
    assert all(t != "升級「聚易用」" for t, _ in pairs(page))


def test_a_quoted_headword_spaced_from_its_gloss_stays():
    page = "“放管服”  是简政放权、放管结合、优化服务的简称。\n“三农”  指农业、农村、农民。\n"
    assert [t for t, _ in pairs(page)] == ["“放管服”", "“三农”"]


# --- a bulleted question pointing back at the headword line above (P2851) ---------------------------------------------------


def test_a_question_pointing_at_the_word_above_gives_its_definition():
    page = (
        "第一部分:什麼是信用報告與信用分數?\n"
        "- 信用報告\n"
        "* 這是什麼? 一份詳細記錄你與所有金融機構往來的歷史文件。就像你的「財務履歷表」。\n"
        "- 信用分數\n"
        "* 這是什麼? 聯徵中心根據你的信用報告,用一個複雜的模型計算出來的分數,範圍在 200 ~ 800 分。這就像你的「財務成績單上的總分」。\n"
        "* 如何取得? 你可以親自到聯徵中心查詢自己的信用報告和分數。\n"
    )
    entries = pairs(page)
    assert ("信用報告", "一份詳細記錄你與所有金融機構往來的歷史文件。就像你的「財務履歷表」。") in entries
    assert (
        "信用分數",
        "聯徵中心根據你的信用報告,用一個複雜的模型計算出來的分數,範圍在 200 ~ 800 分。這就像你的「財務成績單上的總分」。",
    ) in entries
    assert all(t != "如何取得" for t, _ in entries)


def test_a_question_about_something_else_under_a_headword_is_no_definition():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.pointed_questions import pointed_questions

    lines = _lines("- 信用報告\n* 如何取得? 你可以親自到聯徵中心查詢。\n")
    assert list(pointed_questions(lines, [True] * len(lines))) == []


def test_zhi_before_a_word_it_glosses_stays_a_marker():
    from policyterms.mining.extract_layouts.false_glosses import zhi_word_opening

    assert not zhi_word_opening("指数据") and not zhi_word_opening("指针对老年人的服务。") and not zhi_word_opening("指导致损失的行为。")
