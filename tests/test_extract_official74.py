"""The seventy-fourth development set's official pages (Hong Kong, Macao and Taiwan health, police, education, integrity
bodies and land offices): a statistics note's items that only send the reader to another classification's definition
(820), a heading naming the examples of its subject (824), a FAQ answer's items sharing out a body's duties (825), and a
law's definition whose county names its city in a bracket (縣(市), 818). Each rule has a test of what it must not read."""

from __future__ import annotations

from conftest import pairs


# --- 820: 1.X:參照「…分類」…第1大類「X」定義。 -----------------------------------------------------------------------

_REFERENCE_ITEMS = (
    "*統計項目定義:\n"
    "(一) 被害人:係指因犯罪行為致生命、身體、自由、名譽、信用、財產等法益遭受害者(以自然人為主)。\n"
    "(二) 職業狀況別:\n"
    "1.民意代表、主管及經理人員:參照「中華民國職業標準分類」(第6次修正)第1大類「民意代表、主管及經理人員」定義。\n"
    "2.專業人員:參照「中華民國職業標準分類」(第6次修正)第2大類「專業人員」定義。\n"
    "5.服務(不含保安)工作人員:凡從事提供旅運、餐飲及家事等個人服務,以及提供個人照顧之人員。\n"
    "6.銷售及展示工作人員:凡在攤位、市場、批發及零售商店展示與銷售商品,以及挨家挨戶、透過電話或網路銷售商品之人員。\n"
)


def test_items_that_only_refer_to_another_classifications_definition_are_no_entries():
    assert pairs(_REFERENCE_ITEMS) == [
        ("被害人", "係指因犯罪行為致生命、身體、自由、名譽、信用、財產等法益遭受害者(以自然人為主)。"),
        ("服務(不含保安)工作人員", "凡從事提供旅運、餐飲及家事等個人服務,以及提供個人照顧之人員。"),
        ("銷售及展示工作人員", "凡在攤位、市場、批發及零售商店展示與銷售商品,以及挨家挨戶、透過電話或網路銷售商品之人員。"),
    ]


def test_a_gloss_that_goes_on_after_a_reference_or_opens_with_a_marker_stays():
    from policyterms.mining.extract_layouts.false_glosses import reference_only

    assert reference_only("參照「中華民國職業標準分類」(第6次修正)第1大類「專業人員」定義。")
    assert reference_only("依照國際勞工組織之定義。")  # (依照 … 定義 alone: a reference too)
    # a gloss of its own after the reference, or one opening with a marker, is read
    assert not reference_only("參照行業標準分類之定義,指從事農作物栽培之人員。")
    assert not reference_only("指依本法規定設立之機構。")
    assert not reference_only("凡從事提供旅運、餐飲及家事等個人服務之人員。")


# --- 824: 常見的X例子 over example lines ------------------------------------------------------------------------------

_EXAMPLES_HEADING = (
    "利益衝突\n"
    "利益衝突是指職員或成員的私人利益與機構的利益或其公職出現矛盾或衝突。\n"
    "\n"
    "常見的利益衝突例子\n"
    "\n"
    "職員接受機構客戶、供應商或承辦商過度頻密或奢華的款待。\n"
    "職員在其負責監管的承辦商公司兼職。\n"
)


def test_a_heading_naming_examples_is_no_term_over_its_example_lines():
    assert pairs(_EXAMPLES_HEADING) == [
        ("利益衝突", "是指職員或成員的私人利益與機構的利益或其公職出現矛盾或衝突。"),
    ]


def test_a_word_ending_in_a_case_or_defined_under_an_examples_word_stays():
    from policyterms.mining.extract_layouts.false_glosses import furniture_label

    assert furniture_label("常見的利益衝突例子") and furniture_label("例子")
    # 案例 is a word of its own (指导性案例), and a term without an examples word is no label
    assert not furniture_label("指导性案例")
    assert not furniture_label("利益衝突")
    # a heading glossed by a marker defines its word (false_gloss keeps it)
    assert pairs("典型例子\n典型例子是指最能代表一類事物特點的例子。\n") != []


# --- 825: 各大隊之專業分工項目如下: 一、X:… ------------------------------------------------------------------------

_DUTIES = (
    "  • 警政署 Q61. 刑事警察局各偵查隊的業務職掌為何?\n\n"
    "    各大隊之專業分工項目如下: 一、偵查第一大隊:殺人(冷案)、槍擊案及非法槍械。 二、偵查第二大隊:幫派組織犯罪、"
    "重大強盜、重大搶奪、連續性侵害案件。 三、偵查第三大隊:非法毒品。\n"
)


def test_items_under_a_lead_in_sharing_out_duties_are_no_entries():
    assert pairs(_DUTIES) == []


def test_items_under_a_lead_in_naming_terms_or_defining_their_label_stay():
    from policyterms.mining.extract_layouts.item_glosses import duty_items_dropped
    from policyterms.mining.extract import extract_entries

    # the lead-in names the terms (業務名詞解釋如下:): its items are glossary entries
    named = "本局業務名詞解釋如下:\n1.違章建築:指未經申請許可而擅自建造之建築物。\n2.使用執照:指建築物完工後核發之證明文件。\n"
    assert [e.term for e in extract_entries(named)] == ["違章建築", "使用執照"]
    entries = extract_entries(named)
    assert duty_items_dropped(entries, named) == entries


# --- 818: 本辦法所稱X,指直轄市、縣(市)政府…之園區: ----------------------------------------------------------------------

_COUNTY_OR_CITY = (
    "法規名稱: 運動產業園區輔導補助及獎勵辦法\n"
    "本辦法所稱運動產業園區(以下簡稱園區),指直轄市、縣(市)政府、公民營事業、法人或自然人依法設置,並符合下列規定之園區:\n"
    "一、土地面積至少五公頃,且運動產業用地不得低於土地總面積百分之六十。\n"
    "二、從事本條例第四條第一項各款業別至少五款。\n"
)


def test_a_bracketed_alternative_inside_a_word_closes_no_sentence_before_the_lead_in():
    assert pairs(_COUNTY_OR_CITY) == [
        ("運動產業園區", "指直轄市、縣(市)政府、公民營事業、法人或自然人依法設置,並符合下列規定之園區:"),
    ]


def test_a_closing_lead_in_after_a_sentences_bracket_still_ends_the_definition():
    from policyterms.mining.extract_layouts.prose import _ALTERNATIVE_BRACKET

    # a bracket closing a sentence's remark (…的總稱(含離島)。具體包括:) is no alternative glued inside a word
    assert _ALTERNATIVE_BRACKET.search("縣(市)政府") is not None
    assert _ALTERNATIVE_BRACKET.search("鄉(鎮、市)公所") is not None
    assert _ALTERNATIVE_BRACKET.search("以自然人為主(含法人)。具體包括") is None


# --- 819: a term table flattened to "headword  gloss" lines, short glosses among longer ones ------------------------------

_REGISTER_TERMS = (
    "記載用語意義略解\n"
    "戶主 本戶之戶長\n"
    "戶主訂正 戶主更正。\n"
    "隱居 辭退變更戶主。\n"
    "絕家再與 喪失戶主而無人繼承之家,由其他親屬繼承其戶主。\n"
    "絕家 因死因無繼位者而除戶。\n"
    "廢戶 <家> 再興 當事人因離婚或終止收養而恢復原戶籍或隱居而再復出。\n"
    "廢戶 <家> 除戶籍無人再繼任戶主。\n"
    "遺跡相續 原籍地戶主死亡,本人仍住寄留地繼任本籍戶主。\n"
    "拒絕復籍 一、為家屬未得戶主同意而結婚。\n"
    "二、收養子女入他家未得雙方戶主之同意結婚、收養事實發生日起一年內拒絕其復籍。\n"
    "離戶<籍> 家屬不從戶長(家長)而被家長將其從家屬中除去之意,或成年人惡意分家斷離與原戶關係。\n"
    "本居地他復歸 回本籍地復籍。\n"
    "養子緣組 養子關係建立(收養關係)。\n"
)


def test_short_glosses_among_a_tables_longer_spaced_glosses_are_entries():
    got = dict(pairs(_REGISTER_TERMS))
    assert got["戶主"] == "本戶之戶長"
    assert got["戶主訂正"] == "戶主更正。"
    assert got["隱居"] == "辭退變更戶主。"
    assert got["本居地他復歸"] == "回本籍地復籍。"
    # the next entry's line is no more the entry above's continuation
    assert got["離戶<籍>"] == "家屬不從戶長(家長)而被家長將其從家屬中除去之意,或成年人惡意分家斷離與原戶關係。"


def test_an_angle_bracket_variant_and_a_short_word_after_it_go_with_the_headword():
    got = pairs(_REGISTER_TERMS)
    assert ("廢戶 <家> 再興", "當事人因離婚或終止收養而恢復原戶籍或隱居而再復出。") in got
    assert ("廢戶 <家>", "除戶籍無人再繼任戶主。") in got


def test_a_gloss_opening_with_its_first_case_runs_over_its_second():
    assert ("拒絕復籍", "一、為家屬未得戶主同意而結婚。二、收養子女入他家未得雙方戶主之同意結婚、收養事實發生日起一年內拒絕其復籍。") in pairs(
        _REGISTER_TERMS
    )


def test_short_spaced_lines_without_a_list_of_longer_glosses_or_among_numbered_items_are_no_entries():
    # two words on a line alone (a menu, a signature) are no gloss
    assert pairs("網站導覽 回首頁\n行政長官 何厚鏵\n") == []
    # a signature among a law's items spaced after their numbers (684) gives nothing either
    law = (
        "行政長官 何厚鏵\n"
        "二、 碩士及博士學位亦得由澳門科技大學與其他高等教育機構聯合頒授,但僅澳門科技大學有權發出有關證書。\n"
        "二、 得在澳門科技大學舉辦有其他高等教育機構參與之碩士或博士學位課程,但該等教育機構須與澳門科技大學訂立所需之協調。\n"
        "三、 為舉辦碩士及博士學位課程,澳門科技大學得與其他國家或地區之公共或私人之教育或研究機構訂立合作議定書。\n"
    )
    assert "行政長官" not in dict(pairs(law))
    # a list's next item after a full stop still ends a gloss that does not open with its own first item
    assert pairs("1、普通高等学校 指按照国家规定的设置标准设立的全日制大学。2、成人高等学校 指招收成人学员的学校。\n") != [
        ("普通高等学校", "指按照国家规定的设置标准设立的全日制大学。2、成人高等学校 指招收成人学员的学校。")
    ]


# --- 817: a law's items, 登錄 (a register) in them and a headword with its English name ----------------------------------

_DEVICE_RULE = (
    "第 2 條\n"
    "本準則用詞,定義如下:\n"
    "一、出產國許可製售證明:指由輸入醫療器材產製國最高衛生機關或機構,出具許可該醫療器材於該國製造及自由販賣之證明文件。\n"
    "三、體外診斷醫療器材(In Vitro Diagnostic Device, IVD):指蒐集、處理或檢查取自人體之檢體,作為診斷疾病、決定健康狀態或其他狀況,"
    "而使用之試劑、儀器、軟體或系統。\n"
    "四、類似品:指具有下列條件之一,於國內已取得許可證或登錄之醫療器材:\n"
    "(一)與擬申請許可證或登錄之醫療器材,具有同等預期用途及技術特點。\n"
)


def test_a_law_item_naming_a_register_and_a_headword_with_its_english_name_are_read():
    got = pairs(_DEVICE_RULE)
    assert (
        "體外診斷醫療器材(In Vitro Diagnostic Device, IVD)",
        "指蒐集、處理或檢查取自人體之檢體,作為診斷疾病、決定健康狀態或其他狀況,而使用之試劑、儀器、軟體或系統。",
    ) in got
    assert ("類似品", "指具有下列條件之一,於國內已取得許可證或登錄之醫療器材:") in got


def test_a_login_button_or_login_in_a_sentence_stays_furniture():
    from policyterms.mining.extract_layouts.common import _is_furniture

    assert _is_furniture("登錄")
    assert _is_furniture("會員登錄")
    assert _is_furniture("登录")
    assert _is_furniture("您需要登录后才可以查看全文,请先登录。")
    assert not _is_furniture("四、類似品:指具有下列條件之一,於國內已取得許可證或登錄之醫療器材:")


# --- 822: X - 教育百科 / … / 名詞解釋: gloss | ------------------------------------------------------------------------------

_PEDIA_CARD = (
    ":::\n"
    "人口劑量 - 教育百科\n"
    "| 人 | |\n"
    "| 口 | |\n"
    "| 劑 | |\n"
    "| 量 |\n"
    "國家教育研究院辭書\n"
    "基本資料\n"
    "| 英文: | Population Dose |\n"
    "| 日期: | 2002年2月 |\n"
    "| 出處: | 環境科學大辭典 |\n"
    "辭書內容\n"
    "|\n"
    "名詞解釋: 人群中所有人的有效劑量(可以是全身劑量或某特定器官劑量)的總和,用以評估群體輻射風險用。\n"
    "|\n"
    "| 資料來源: | 國家教育研究院_人口劑量 |\n"
    "| 授權資訊: | 資料採「 創用CC-姓名標示- 禁止改作 臺灣3.0版授權條款」釋出 |\n"
    "貓頭鷹博士\n"
)


def test_a_dictionary_cards_run_in_explanation_label_glosses_the_titles_term():
    assert pairs(_PEDIA_CARD) == [
        ("人口劑量", "人群中所有人的有效劑量(可以是全身劑量或某特定器官劑量)的總和,用以評估群體輻射風險用。"),
    ]


def test_two_run_in_labels_or_no_title_give_no_card_gloss():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.reference import _run_in_card_labels

    two = _lines("名詞解釋: 人群中所有人的有效劑量的總和。\n名詞解釋: 一個人所受的劑量。\n")
    assert _run_in_card_labels(two, [True] * len(two), "人口劑量") == []
    # an attribution naming the term after a comma without a marker gives nothing
    named = _lines("名詞解釋: 依據某機構之定義,人口劑量包含下列各項\n")
    assert _run_in_card_labels(named, [True] * len(named), "人口劑量") == []


# --- 824: 處理利益衝突 / 近年,公眾對…: a title over a paragraph dating itself ---------------------------------------------------

_GUIDE_OPENING = (
    "處理利益衝突\n"
    "\n"
    "近年,公眾對公職人員的誠信及問責程度要求日漸提高,期望公職人員作出不偏不倚及具透明度的決定。任何未能或觀感上未能妥善處理利益衝突的行為,"
    "均會使機構聲譽受損。\n"
    "利益衝突\n"
    "利益衝突是指職員或成員的私人利益與機構的利益或其公職出現矛盾或衝突。\n"
)


def test_a_title_over_a_paragraph_opening_with_jinnian_is_no_entry():
    assert pairs(_GUIDE_OPENING) == [("利益衝突", "是指職員或成員的私人利益與機構的利益或其公職出現矛盾或衝突。")]


def test_jinnian_qualifying_a_gloss_or_before_a_marker_stays_a_gloss():
    from policyterms.mining.extract_layouts.false_glosses import news_opening

    assert news_opening("近年,公眾對公職人員的誠信要求日漸提高,期望公職人員作出決定。")
    assert not news_opening("近年興起的一種經濟形態,由自由職業者構成。")
    assert not news_opening("近年來指…的階段,即…")
