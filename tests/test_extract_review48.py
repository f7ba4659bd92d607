"""Review of the forty-seventh round's rules (則 closing a rule noun, a glued paragraph number, unmarked question headings,
task headings and addressed glosses among kinds, two items after 如下/如左, letter-line glossaries, a manual's 名詞定義
section) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao and
Taiwan pages write, which the new readings ran on, cut, dropped or took for entries."""

from __future__ import annotations

from conftest import pairs


# 則 closing a word (_CONTRAST_THEN) ----------------------------------------------------------------------------------------


def test_a_siblings_contrast_still_ends_the_gloss_when_its_name_ends_in_a_rule_character():
    # (标准, 法规, 所得税, 地铁, 部分, 做法, 平原: 则 after them is the connective of a contrast about another subject)
    page = "国家标准是指由国务院标准化行政主管部门制定的标准。行业标准则是由国务院有关行政主管部门制定、报国务院标准化行政主管部门备案的标准。\n"
    assert pairs(page) == [("国家标准", "是指由国务院标准化行政主管部门制定的标准。")]
    page = "法律是指全国人民代表大会及其常务委员会制定的规范性文件。行政法规则是国务院根据宪法和法律制定的规范性文件。\n"
    assert pairs(page) == [("法律", "是指全国人民代表大会及其常务委员会制定的规范性文件。")]
    page = "增值税是指对商品生产、流通、劳务服务中多个环节的新增价值征收的一种流转税。企业所得税则是对企业生产经营所得征收的税。\n"
    assert pairs(page) == [("增值税", "是指对商品生产、流通、劳务服务中多个环节的新增价值征收的一种流转税。")]
    page = "傳統做法是指由政府直接提供服務。新做法則是由政府向社會力量購買服務。\n"
    assert pairs(page) == [("傳統做法", "是指由政府直接提供服務。")]
    page = "丘陵是指海拔在200米以上、500米以下,相对高度一般不超过200米的地形。平原则是海拔较低、地面平坦的广大地区。\n"
    assert pairs(page) == [("丘陵", "是指海拔在200米以上、500米以下,相对高度一般不超过200米的地形。")]


def test_a_principle_of_the_same_subject_still_goes_on():
    page = "議事規則是指立法會就其會議程序訂立的規則。一般原則是議員應遵守會議秩序。\n"
    assert pairs(page) == [("議事規則", "是指立法會就其會議程序訂立的規則。一般原則是議員應遵守會議秩序。")]


# A glued paragraph number (_PARAGRAPH_NUMBER) ------------------------------------------------------------------------------


def test_a_month_day_date_naming_an_event_or_a_day_stays_in_the_term():
    assert pairs("9.11事件是指2001年9月11日发生在美国的一系列恐怖袭击事件。\n") == [
        ("9.11事件", "是指2001年9月11日发生在美国的一系列恐怖袭击事件。")
    ]
    assert pairs("5.12汶川地震是指2008年5月12日发生在四川省汶川县的特大地震。\n") == [
        ("5.12汶川地震", "是指2008年5月12日发生在四川省汶川县的特大地震。")
    ]
    assert pairs("5.1劳动节是指每年5月1日的国际劳动节。\n") == [("5.1劳动节", "是指每年5月1日的国际劳动节。")]


def test_a_paragraph_number_glued_to_a_term_is_still_dropped():
    assert pairs("8.1議員的舉止泛指議員在會議廳內的行為。\n") == [("議員的舉止", "泛指議員在會議廳內的行為。")]
    assert pairs("5.2違規停車泛指在禁止停車處停放車輛的行為。\n") == [("違規停車", "泛指在禁止停車處停放車輛的行為。")]


# Question headings without their mark (unmarked_question) ------------------------------------------------------------------


def test_a_fabrics_name_closing_on_ni_is_no_question():
    page = "精纺毛呢\n指用精梳毛纱织制的毛织物。\n粗纺毛呢\n指用粗梳毛纱织制的毛织物。\n"
    assert pairs(page) == [("精纺毛呢", "指用精梳毛纱织制的毛织物。"), ("粗纺毛呢", "指用粗梳毛纱织制的毛织物。")]
    page = "粗纺毛呢:指用粗梳毛纱织制的毛织物。\n大衣呢:指用于制作大衣的厚重粗纺毛织物。\n"
    assert pairs(page) == [("粗纺毛呢", "指用粗梳毛纱织制的毛织物。"), ("大衣呢", "指用于制作大衣的厚重粗纺毛织物。")]
    assert pairs("精纺毛呢是指用精梳毛纱织制的毛织物。\n") == [("精纺毛呢", "是指用精梳毛纱织制的毛织物。")]


def test_a_question_closing_on_ni_after_a_question_word_is_still_no_term():
    assert pairs("退保可以拿回多少钱呢\n退保时可以拿回的是保单的现金价值。\n") == []
    assert pairs("什么时候可以申请呢\n符合条件的居民可以随时申请。\n") == []
    from policyterms.mining.extract_layouts.false_glosses import unmarked_question

    assert unmarked_question("如何辦理證明呢") and unmarked_question("認定為附隨組織之後呢") and not unmarked_question("海军呢")


# Kinds closed by their genus (genus_items) ---------------------------------------------------------------------------------


def test_kinds_announced_by_a_class_word_keep_names_opening_with_a_task_verb():
    page = "社会再生产按规模分为两种:\n(一)简单再生产。生产在原有规模上重复进行的再生产。\n(二)扩大再生产。生产在扩大的规模上进行的再生产。\n"
    assert pairs(page) == [("简单再生产", "生产在原有规模上重复进行的再生产。"), ("扩大再生产", "生产在扩大的规模上进行的再生产。")]
    page = (
        "财政政策分为三种类型:\n1.积极财政政策。通过增加支出、减少税收以扩大总需求的财政政策。\n"
        "2.紧缩财政政策。通过减少支出、增加税收以抑制总需求的财政政策。\n3.中性财政政策。对总需求影响保持中性的财政政策。\n"
    )
    assert pairs(page) == [
        ("积极财政政策", "通过增加支出、减少税收以扩大总需求的财政政策。"),
        ("紧缩财政政策", "通过减少支出、增加税收以抑制总需求的财政政策。"),
        ("中性财政政策", "对总需求影响保持中性的财政政策。"),
    ]


def test_a_plans_tasks_under_a_task_lead_in_are_still_no_kinds():
    page = "主要任务:\n(一)优化营商环境。营造公平竞争的市场环境。\n(二)扩大有效投资。扩大基础设施等领域的有效投资。\n"
    assert pairs(page) == []


def test_an_addressee_inside_the_genus_clause_gives_no_instruction():
    page = (
        "财政事权分为三类:\n(一)中央财政事权。应由中央政府承担的财政事权。\n(二)地方财政事权。应由地方各级政府承担的财政事权。\n"
        "(三)共同财政事权。由中央与地方各级政府应共同承担的财政事权。\n"
    )
    assert pairs(page) == [
        ("中央财政事权", "应由中央政府承担的财政事权。"),
        ("地方财政事权", "应由地方各级政府承担的财政事权。"),
        ("共同财政事权", "由中央与地方各级政府应共同承担的财政事权。"),
    ]


def test_a_plans_safeguards_telling_addressees_what_to_do_are_still_no_kinds():
    page = "保障措施:\n(一)加强组织保障。各级政府要成立领导小组等组织保障。\n(二)加强资金保障。财政部门要安排专项资金等资金保障。\n"
    assert pairs(page) == []


# Two items after a lead-in ending 如下/如左 (spaced_numeral_cuts) -----------------------------------------------------------


def test_two_instructions_after_ruxia_are_no_items():
    page = "為落實政策,本府訂定相關規定如下: 一、各機關:應指定專人負責。 二、各學校:應配合辦理。\n"
    assert pairs(page) == []


def test_two_defined_items_after_ruxia_are_still_read():
    page = "本法所稱公職人員,其範圍如下: 一、政務人員:指依政務人員法任用之人員。 二、民選首長:指依選舉產生之首長。\n"
    assert pairs(page) == [("政務人員", "指依政務人員法任用之人員。"), ("民選首長", "指依選舉產生之首長。")]


# Letter-line glossaries (lettered_glossaries) ------------------------------------------------------------------------------


def test_a_directory_under_letter_lines_is_no_glossary():
    page = "會議出席名單\nA\n陳大文 Chan Tai Man\n主席。\n李小明 Lee Siu Ming\n委員。\nB\n張三 Cheung Sam\n秘書。\n"
    assert pairs(page) == []
    page = (
        "A\n香港中文大学 The Chinese University of Hong Kong\n1963年成立。\n香港大学 The University of Hong Kong\n1911年成立。\n"
        "B\n浸会大学 Hong Kong Baptist University\n1956年成立。\n"
    )
    assert pairs(page) == []


def test_a_glossary_under_letter_lines_is_still_read():
    page = "A\n強積金 MPF\n強制性公積金的簡稱。\nB\n基金 Fund\n集合投資者資金進行投資的計劃。\n"
    assert pairs(page) == [("強積金 MPF", "強制性公積金的簡稱。"), ("基金 Fund", "集合投資者資金進行投資的計劃。")]


# A manual's numbered definitions section (_numbered_terms) ----------------------------------------------------------------


def test_a_definitions_section_numbered_with_a_mark_is_read():
    page = "1. 名詞定義\n1.1 電子公文\n指以電子方式產生之公文。\n1.2 線上簽核\n指於電子公文系統進行簽核之作業。\n2. 作業程序\n"
    assert pairs(page) == [("電子公文", "指以電子方式產生之公文。"), ("線上簽核", "指於電子公文系統進行簽核之作業。")]


def test_a_table_of_contents_naming_the_section_gives_nothing():
    page = "目錄\n1.3 名詞定義 3\n1.3.1 中程施政計畫 3\n1.3.2 年度施政計畫 4\n1.4 處理要領 5\n"
    assert pairs(page) == []
