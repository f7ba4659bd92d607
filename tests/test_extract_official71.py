"""The seventy-first development set's official pages (Hong Kong, Macao and Taiwan legislatures, audit and statistics
offices, regulators and county bureaus): an FAQ served as a nested HTML list, each question and its answer a bulleted
line (760), and an ordinance's article citing the proviso of the act's paragraph whose word it defines (756). Each rule
has a test of what it must not read."""

from __future__ import annotations

from conftest import pairs


# --- 760: • N. 何谓X? / • 答:… -------------------------------------------------------------------------------------

_BULLETED_FAQ = (
    "常见问题\n\n"
    "  • 关於资格认可及注册要求展開内容\n\n"
    "    • 1.《社会工作者专业资格制度》法律的适用对象是谁?\n"
    "    • 答:有意取得社会工作者专业资格,以及进行社工注册,以便从事社工职业的人士。\n"
    "    • 2. 何谓社会工作者专业资格认可(以下简称:“社工认可”)?\n"
    "    • 答:具有法律规定的社会工作学历的人在社会工作者专业委员会(下称“社专会”)办理登记的程序,当中包括提交证明文件和认可考试成绩及格。\n"
    "    • 3. 何谓社工注册?\n"
    "    • 答:指社会工作局(下称“社工局”)授予专业资格认可证明书的持有人从事社工职业的资格的行为。因此,取得社工认可的人士,"
    "倘若有意从事社工职业,必须先向社工局办理注册,才可使用社工的专业职衔。\n"
)


def test_a_bulleted_question_over_its_bulleted_answer_reads_as_the_plain_question_and_answer():
    assert pairs(_BULLETED_FAQ) == [
        (
            "社会工作者专业资格认可",
            "具有法律规定的社会工作学历的人在社会工作者专业委员会(下称“社专会”)办理登记的程序,当中包括提交证明文件和认可考试成绩及格。",
        ),
        (
            "社工注册",
            "指社会工作局(下称“社工局”)授予专业资格认可证明书的持有人从事社工职业的资格的行为。因此,取得社工认可的人士,"
            "倘若有意从事社工职业,必须先向社工局办理注册,才可使用社工的专业职衔。",
        ),
    ]


def test_bullets_of_lines_that_ask_or_answer_nothing_stay_as_written():
    from policyterms.mining.written_forms import read_form

    # a list of kinds (no question over an answer label): its bullets are the list's, read as before
    kinds = "幼儿中心\n• 为三岁以下的幼儿提供全日照顾\n• 答谢会:每年一次\n"
    assert read_form(kinds) == kinds
    # a bulleted question whose next line is no answer label keeps both bullets
    asked = "• 何谓社工注册?\n• 请参阅第三条。\n"
    assert read_form(asked) == asked
    # the pair's bullets become blanks, the length kept
    pair = "• 何谓社工注册?\n• 答:指…。\n"
    assert read_form(pair) == "  何谓社工注册?\n  答:指…。\n"


# --- 756: 本法第十七條第二項但書所稱X,指… ----------------------------------------------------------------------------

_PROVISO = (
    "第四條 本法第十七條第二項但書所稱能確定建築線,指該計畫區之主要計畫道路已依有關法令規定豎立樁誌,而能指示建築線者;"
    "所稱主要公共設施已照主要計畫興建完成,指符合下列各款規定者:\n"
    "一、面前道路已依主要計畫之道路長度及寬度興建完成。\n"
)


def test_the_cited_paragraphs_proviso_before_so_named_is_no_part_of_the_term():
    got = dict(pairs(_PROVISO))
    assert got["能確定建築線"] == "指該計畫區之主要計畫道路已依有關法令規定豎立樁誌,而能指示建築線者"
    assert not any("但書" in term for term in got)


def test_a_proviso_named_in_the_definition_itself_stays_there():
    # 但書 after the marker is the gloss's own words, not the lead-in
    text = "第五條 本法所稱例外情形,指本法第十條但書所定之情形。\n"
    assert pairs(text) == [("例外情形", "指本法第十條但書所定之情形。")]


# --- 755: 公告地價 / 中文 (Chinese) 公告地價 / 英文 (English) … / 辭彙解釋 / 公告地價為… --------------------------------

_CARD = (
    "按 Enter 到主內容區\n:::\n\n新北市政府稅捐稽徵處\n\n:::\n\n公告地價\n\n"
    "中文 (Chinese) 公告地價\n英文 (English) The announced land values\n辭彙解釋\n\n"
    "公告地價為直轄市、縣市政府對於轄區內土地,於規定地價或重新規定地價 時,根據地價變動情形,以同期土地現值的地價區段為基礎,"
    "並估計區段地 價後,提請地價評議委員會評定,再計算各宗土地的價格後據以公告。公告 地價是作為規定地價或重新規定地價時土地所有權人申報地價之參考。 \n\n"
    "  • 發布日期:107-08-08\n  • 發布單位:企劃服務科\n  • 更新日期:107-08-08\n  • 點閱次數:1421\n回頁首"
)


def test_a_labelled_glossary_card_under_a_sites_header_gives_its_paragraph_from_the_restated_marker():
    assert pairs(_CARD) == [
        (
            "公告地價",
            "為直轄市、縣市政府對於轄區內土地,於規定地價或重新規定地價 時,根據地價變動情形,以同期土地現值的地價區段為基礎,"
            "並估計區段地 價後,提請地價評議委員會評定,再計算各宗土地的價格後據以公告。公告 地價是作為規定地價或重新規定地價時土地所有權人申報地價之參考。",
        )
    ]


def test_a_card_without_its_explanation_label_or_with_a_second_paragraph_is_no_labelled_card():
    from policyterms.mining.extract_layouts.card_pages import labelled_card
    from policyterms.mining.extract_layouts.common import _lines

    unlabelled = _lines("公告地價\n\n中文 (Chinese) 公告地價\n\n公告地價之公告,每三年辦理一次,由直轄市、縣市政府於一月一日公告之。")
    assert labelled_card(unlabelled, [True] * len(unlabelled)) == []
    # (the label with no language field under a title: a section heading, no card)
    heading = _lines("公告地價\n\n辭彙解釋\n\n公告地價之公告,每三年辦理一次,由直轄市、縣市政府於一月一日公告之。")
    assert labelled_card(heading, [True] * len(heading)) == []
    # (a second paragraph after the card's: a news item or a page of several cards)
    more = _lines(
        "公告地價\n\n中文 (Chinese) 公告地價\n辭彙解釋\n\n公告地價之公告,每三年辦理一次,由直轄市、縣市政府於一月一日公告之。\n\n"
        "今年本市公告地價平均調降百分之三,各區情形詳如附表。"
    )
    assert labelled_card(more, [True] * len(more)) == []


# --- 758: 第 2 條 / (國有財產之定義) / …所取得之財產,為國有財產。 ---------------------------------------------------------

_CAPTIONED = (
    "第 2 條\n"
    "(國有財產之定義)\n"
    "國家依據法律規定,或基於權力行使,或由於預算支出,或由於接受捐贈\n"
    "所取得之財產,為國有財產。\n"
    "凡不屬於私有或地方所有之財產,除法律另有規定外,均應視為國有財產\n"
    "。\n"
    "第 4 條\n"
    "(國有財產之區分)\n"
    "國有財產區分為公用財產與非公用財產兩類。\n"
    "左列各種財產稱為公用財產:\n"
    "一、公務用財產:各機關、部隊、學校、辦公、作業及宿舍使用之國有財產均屬之。\n"
)


def test_an_article_under_a_caption_naming_its_word_gives_the_wrapped_description_named_last():
    got = dict(pairs(_CAPTIONED))
    assert got["國有財產"] == "國家依據法律規定,或基於權力行使,或由於預算支出,或由於接受捐贈所取得之財產"


def test_a_captioned_article_naming_another_word_or_using_the_caption_gives_no_naming():
    from policyterms.mining.extract_layouts.backward_names import backward_names
    from policyterms.mining.extract_layouts.common import _lines

    # the sentence names a part of the caption's word, not the word: no entry
    other = _lines("(國有財產之定義)\n國家依據法律規定取得之土地及其改良物,為國有財產之一部分。\n")
    assert list(backward_names(other, [True] * len(other))) == []
    # a caption naming no definition (區分, 範圍): not read so
    scope = _lines("(國有財產之範圍)\n國家依據法律規定,或由於預算支出所取得之財產,為國有財產。\n")
    assert [e.term for _, e in backward_names(scope, [True] * len(scope))] == []


# --- 756: 三、街廓:…分區界線 / 圍成之土地。 (a law database's item cut at the block's width) ------------------------------

_WRAPPED_ITEM = (
    "第三條 本自治條例用詞,定義如下:\n"
    "一、道路,指合於下列規定之一者:\n"
    "(一)經主要計畫或細部計畫規定發布之計畫道路。\n"
    "(二)依法指定或認定建築線之巷道。\n"
    "二、道路境界線:指道路與其他土地之分界線。\n"
    "三、街廓:都市計畫範圍內四周被都市計畫道路或其他分區界線\n"
    "圍成之土地。\n"
    "第四條 本法第十七條第二項但書所稱能確定建築線,指該計畫區之主要\n"
    "計畫道路已依有關法令規定豎立樁誌,而能指示建築線者;所稱\n"
    "主要公共設施已照主要計畫興建完成,指符合下列各款規定者:\n"
    "一、面前道路已依主要計畫之道路長度及寬度興建完成。但其興\n"
    "建長度已達六百公尺或已達一完整街廓者,不在此限。\n"
)


def test_a_numbered_colon_item_cut_at_the_blocks_width_goes_on_over_the_next_line():
    got = dict(pairs(_WRAPPED_ITEM))
    assert got["街廓"] == "都市計畫範圍內四周被都市計畫道路或其他分區界線圍成之土地。"
    assert got["能確定建築線"] == "指該計畫區之主要計畫道路已依有關法令規定豎立樁誌,而能指示建築線者"


def test_a_numbered_heading_and_subtitle_not_as_wide_as_wrapped_lines_stays_a_heading():
    from policyterms.mining.extract_layouts.wrapped_lines import as_wide_as_wrapped_lines

    essay = [
        "一、历史倒逼的战略抉择:从救企业到活体系",
        "二十年来,国有企业改革走过了不平凡的历程,",
        "从放权让利到建立现代企业制度,每一步都是在",
        "倒逼之下作出的选择。",
    ]
    assert not as_wide_as_wrapped_lines(essay, 0)
    # (one wrapped line of the same width nearby is not enough to show a block)
    lone = ["三、街廓:都市計畫範圍內四周被都市計畫道路或其他分區界線", "圍成之土地。", "第四條 本條例自公布日施行。"]
    assert not as_wide_as_wrapped_lines(lone, 0)


# --- 759 (and 681): 综合X是…。甲类X代表…;乙类X代表…。 ------------------------------------------------------------------

_CLASSES = (
    "今年首四个月的综合消费物价平均指数较去年同期上升4.99%;甲类及乙类消费物价指数分别录得4.66%及5.17%的升幅。 "
    "以2008年4月至2009年3月为基期的综合消费物价指数是反映物价变化对本澳整体人口的影响。"
    "甲类消费物价指数代表约50%住户,每月平均开支在6,000至18,999澳门元之间;"
    "乙类消费物价指数代表约30%住户,每月平均开支在19,000至34,999澳门元之间。\n"
)


def test_classes_of_an_index_glossed_in_turn_by_whom_they_stand_for_and_the_whole_index_before_them():
    assert pairs(_CLASSES) == [
        ("综合消费物价指数", "是反映物价变化对本澳整体人口的影响。"),
        ("甲类消费物价指数", "代表约50%住户,每月平均开支在6,000至18,999澳门元之间"),
        ("乙类消费物价指数", "代表约30%住户,每月平均开支在19,000至34,999澳门元之间。"),
    ]


def test_one_daibiao_clause_or_classes_of_different_names_are_no_series():
    from policyterms.mining.extract_layouts.class_series import class_series
    from policyterms.mining.extract_layouts.common import _lines

    one = _lines("甲类消费物价指数代表约50%住户,每月平均开支在6,000至18,999澳门元之间。")
    assert list(class_series(one, [True])) == []
    mixed = _lines("甲类消费物价指数代表约50%住户,开支较低;乙类工资指数代表约30%雇员,收入较高。")
    assert list(class_series(mixed, [True])) == []
    # (代表 of a delegate in running prose: no class label, nothing)
    delegates = _lines("全国人大代表代表人民行使权力;政协委员代表各界发表意见。")
    assert list(class_series(delegates, [True])) == []
