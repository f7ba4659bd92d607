"""The hundred-and-fourth development set's press pages P2898–P2907 (housing, land and urban renewal: Hong Kong, Macao and
Taiwan press and commercial pages: an open letter, a digest column, a Taiwan BIM program's manual, a property blog). Each
mend has the real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the
same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a case's label and its code before a colon is no spaced headword (P2903) ------------------------------------------


def test_case_label_and_its_code_give_no_entry():
    page = (
        "容積獎勵計算方式依使用分區狀況區分如下:\n\n"
        "狀況 A:多筆地號分屬不同使用分區(具有不同基準容積率)\n\n"
        "各筆地號分別依其基準容積率計算個別之獎勵容積比例,並乘以對應的使用面積以求得個別獎勵容積量。\n\n"
        "狀況 B:單一地號,或多筆地號皆位於相同使用分區(具有相同基準容積率)\n\n"
        "直接以唯一的基準容積率乘以基地總使用面積,即可得出該獎勵項目之獎勵容積量。\n"
    )
    assert not [term for term, _ in pairs(page) if term.startswith("狀況")]


def test_spaced_headword_over_its_gloss_is_still_read():
    page = "稅收 國家依據稅法向納稅人徵收的收入。\n財政支出 國家財政將籌集起來的資金進行分配使用。\n"
    assert ("稅收", "國家依據稅法向納稅人徵收的收入。") in pairs(page)


# --- a manual's control over what to do with it is no headword (P2903) -------------------------------------------------


def test_control_name_over_an_instruction_is_no_headword():
    page = (
        "設定容積獎勵\n\n對話框導覽\n\n\n"
        "增加/刪除 獎勵項目\n\n"
        "點擊「+」按鈕以新增一個獎勵項目;點擊「-」按鈕以刪除目前所選取之獎勵項目。\n\n\n"
        "設定獎勵內容\n\n"
        "於各列輸入獎勵名稱、獎勵趴數。\n"
    )
    entries = pairs(page)
    assert not [term for term, _ in entries if "獎勵" in term]


def test_headword_line_over_its_definition_is_still_read():
    page = "名詞解釋\n\n按鈕\n\n指圖形介面上可點擊以執行一項動作的元件。\n\n對話框\n\n指程式彈出以取得使用者輸入的視窗。\n"
    entries = pairs(page)
    assert ("按鈕", "指圖形介面上可點擊以執行一項動作的元件。") in entries


# --- a plain-words connective before a supposed case explains the definition before it (P2898) ------------------------


def test_plain_words_case_goes_on_the_definition():
    page = (
        "房委會公屋一般申請者(即二人或以上家庭及長者一人)平均輪候時間是指,在過去12個月獲安置入住公屋的一般申請者輪候時間的平均數。"
        "簡單的說,若刻意减少配房給男性申請者,女性申請者獲配房的數量便增加及上樓的輪候時間便可縮短。"
        "由於只計算獲安置申請者(大部份是女性),平均輪候時間便被壓低。\n\n"
        "作為資深的房委會委員,楊女士一定知道現行的公屋編配政策。\n"
    )
    assert (
        "房委會公屋一般申請者(即二人或以上家庭及長者一人)平均輪候時間",
        "是指,在過去12個月獲安置入住公屋的一般申請者輪候時間的平均數。簡單的說,若刻意减少配房給男性申請者,女性申請者獲配房的數量"
        "便增加及上樓的輪候時間便可縮短。由於只計算獲安置申請者(大部份是女性),平均輪候時間便被壓低。",
    ) in pairs(page)


def test_plain_words_next_topic_still_ends_the_definition():
    page = "营商环境是指企业在开办、经营过程中所涉及的外部因素和条件的总和。简单来说,今年全区要重点抓好三项工作。\n"
    assert ("营商环境", "是指企业在开办、经营过程中所涉及的外部因素和条件的总和。") in pairs(page)


# --- a definition given after a colon, and its word restated by its head in other words (P2877, dev-103) ---------------


_RETURN_PERIOD = (
    "事实上,重现期是水利工程设计及洪水事件分析中一个非常重要的概念,我们修隧道、建房子、铺铁路,都要参照它作为标准之一。\n\n"
    "2014年公布的《城市暴雨强度公式编制和设计暴雨雨型确定技术导则》对暴雨重现期作出过这样的定义:"
    "某一强度的暴雨重复出现的统计平均时间间隔,以年计[3]。\n\n"
    "换而言之,重现期就是同一个事件前后两次发生的平均间隔时间[4]。\n"
)


def test_definition_given_after_a_colon():
    assert ("暴雨重现期", "某一强度的暴雨重复出现的统计平均时间间隔,以年计[3]。") in pairs(_RETURN_PERIOD)


def test_head_noun_restated_in_other_words():
    assert ("重现期", "就是同一个事件前后两次发生的平均间隔时间[4]。") in pairs(_RETURN_PERIOD)


def test_definition_named_without_its_words_gives_nothing():
    page = "2014年公布的《导则》对暴雨重现期作出了明确的定义。各地据此编制暴雨强度公式。\n"
    assert not [term for term, _ in pairs(page) if "重现期" in term]


def test_new_subject_after_other_words_gives_nothing():
    page = (
        "2014年公布的《导则》对暴雨重现期作出过这样的定义:某一强度的暴雨重复出现的统计平均时间间隔,以年计。\n\n"
        "换而言之,我们就是要按这个标准修建排水设施。\n"
    )
    assert [term for term, _ in pairs(page)] == ["暴雨重现期"]


# --- a headword's first paragraph naming the word only, then what it is (P2857, dev-102) ------------------------------


def test_naming_paragraph_then_the_restated_definition():
    page = (
        "基金小百科\n\n"
        "ETF\n\n"
        "ETF的英文全稱是Exchange Traded Funds,它在中國大陸被譯為“交易所交易基金”,在香港被譯為“交易所買賣基金”。\n\n"
        "ETF是一種追蹤市場指數、可以在交易所自由買賣的開放式股票基金。\n\n"
        "全球型基金\n\n"
        "將資金投資範圍遍及全球,以全球金融市場較為發達的地區為投資對象,風險較低且較為分散。\n"
    )
    entries = pairs(page)
    assert ("ETF", "是一種追蹤市場指數、可以在交易所自由買賣的開放式股票基金。") in entries
    assert ("全球型基金", "將資金投資範圍遍及全球,以全球金融市場較為發達的地區為投資對象,風險較低且較為分散。") in entries


def test_naming_paragraph_not_followed_by_a_restatement_stays():
    page = (
        "基金小百科\n\n"
        "ETF\n\n"
        "ETF的英文全稱是Exchange Traded Funds,在臺灣被譯為“指數股票型基金”。\n\n"
        "追蹤市場指數、可以在交易所自由買賣的開放式股票基金。\n\n"
        "全球型基金\n\n"
        "將資金投資範圍遍及全球,以全球金融市場較為發達的地區為投資對象。\n"
    )
    assert not [d for t, d in pairs(page) if t == "ETF" and d.startswith("是一種")]
    assert [d for t, d in pairs(page) if t == "ETF"] != ["追蹤市場指數、可以在交易所自由買賣的開放式股票基金。"]


# --- a naming after a verb closing on 合, before the opposite case (P2878, dev-103) -----------------------------------


def test_naming_before_the_opposite_case():
    page = (
        "汇集地表水和地下水的区域也就是分水线包围的区域称为流域。分水线有地面分水线和地下分水线。"
        "地面分水线和地下分水线相重合称为闭合流城,否则为不闭合流城。\n"
    )
    entries = pairs(page)
    assert ("闭合流城", "地面分水线和地下分水线相重合") in entries
    assert not [term for term, _ in entries if term == "不闭合流城"]


def test_collective_naming_by_he_still_gives_nothing():
    page = "国家统计局把农业、林业、牧业和渔业四个行业合称为农林牧渔业。农林牧渔业总产值按现行价格计算。\n"
    assert not [term for term, _ in pairs(page) if term == "农林牧渔业"]


# --- a title quoting its one word, under a section label printed twice (P2839, dev-102) -------------------------------


def test_quoted_title_under_a_repeated_section_label():
    page = (
        "理財教育\n\n理財教育\n\n「存款保障計劃」\n\n"
        "存款保障計劃是一個保障存款人利益的計劃,當遇有銀行倒閉時,存保計劃會向存款人作出補償。"
        "香港的存保計劃是根據《存款保障計劃條例》﹝《存保條例》﹞而設立。\n\n"
        "資料來源:香港存款保障委員會\n"
    )
    assert (
        "存款保障計劃",
        "是一個保障存款人利益的計劃,當遇有銀行倒閉時,存保計劃會向存款人作出補償。香港的存保計劃是根據《存款保障計劃條例》﹝《存保條例》﹞而設立。",
    ) in pairs(page)


def test_title_printed_twice_over_its_lead_stays_the_title():
    page = "碳中和\n\n碳中和\n\n碳中和是指企业、团体或个人测算在一定时间内直接或间接产生的温室气体排放总量,然后通过植树造林、节能减排等形式,抵消自身产生的二氧化碳排放量。\n"
    assert [term for term, _ in pairs(page)] == ["碳中和"]


def test_quoted_title_over_a_slogan_lead_gives_nothing():
    page = "「人才」\n\n人才是第一資源。\n"
    assert pairs(page) == []


# --- plain words between a word and 就是 are part of neither (P2733, dev-98) ------------------------------------------


def test_plain_words_before_jiushi_are_left_out():
    page = (
        "景点的承载能力,简单来说,就是一个景点能够容纳的游客数量以及承受的各种活动强度的能力。"
        "这包括了对游客数量的容纳、对环境的影响承受度以及对基础设施的使用压力等方面。\n"
    )
    assert pairs(page) == [
        (
            "景点的承载能力",
            "就是一个景点能够容纳的游客数量以及承受的各种活动强度的能力。这包括了对游客数量的容纳、对环境的影响承受度以及对基础设施的使用压力等方面。",
        )
    ]


# --- a sentence restating the defined word with a bare 是 does not end the definition mid-paragraph (P2664, dev-96) ---


def test_restating_sentence_of_the_same_word_goes_on_the_definition():
    page = (
        "【知识点】\n"
        "失业保险是社会保障体系的重要内容,也是积极就业政策的有机组成部分。失业保险稳岗返还,是指对依法参加失业保险并足额缴纳失业保险费,"
        "且不裁员或少裁员的企业,可按不超过该企业及其职工上年度实际缴纳失业保险费总额的一定比例给予稳岗返还,自2015年开始实施。"
        "失业保险稳岗返还是对企业承担稳定就业岗位社会责任的一种激励,也是预防失业的一项重要举措。\n"
    )
    assert (
        "失业保险稳岗返还",
        "是指对依法参加失业保险并足额缴纳失业保险费,且不裁员或少裁员的企业,可按不超过该企业及其职工上年度实际缴纳失业保险费总额的一定比例"
        "给予稳岗返还,自2015年开始实施。失业保险稳岗返还是对企业承担稳定就业岗位社会责任的一种激励,也是预防失业的一项重要举措。",
    ) in pairs(page)


def test_another_subject_defined_after_still_ends_the_definition():
    page = (
        "近年来就业政策不断完善。失业保险稳岗返还,是指对不裁员或少裁员的企业按一定比例返还失业保险费。"
        "留工培训补助是对受疫情影响企业的一次性补助。\n"
    )
    assert ("失业保险稳岗返还", "是指对不裁员或少裁员的企业按一定比例返还失业保险费。") in pairs(page)


# --- another name run into the headword in prose is an aside (P2601, dev-94) ------------------------------------------


def test_other_name_glued_to_the_word_is_left_out():
    page = "【知识点】\n银发经济又叫老年经济,主要是指与老年人群相关的经济活动,包括日常消费、家政服务、健康服务、旅游娱乐、教育服务等。\n"
    assert pairs(page) == [("银发经济", "主要是指与老年人群相关的经济活动,包括日常消费、家政服务、健康服务、旅游娱乐、教育服务等。")]


def test_short_form_glued_to_the_word_still_opens_the_definition():
    page = "国内生产总值简称GDP,是一个国家所有常住单位在一定时期内生产活动的最终成果。\n"
    assert pairs(page) == [("国内生产总值", "简称GDP,是一个国家所有常住单位在一定时期内生产活动的最终成果。")]


def test_glued_other_name_before_a_bare_is_gives_no_gloss():
    # P2484 (a lesson, traditional): after the word's own 指 sentence, a glued other name and a bare 是 rank the market
    page = (
        "何為外匯?\n\n外匯指個人及企業如何將一種貨幣兌換為另一種貨幣。\n\n"
        "外匯又稱國際匯兌、貨幣市場,是世界上最大的金融市場。平均每天有超過5萬億美元的外匯交易發生。\n"
    )
    assert pairs(page) == [("外匯", "指個人及企業如何將一種貨幣兌換為另一種貨幣。")]
