"""The eighty-fifth set's official pages (Taiwan and Hong Kong law databases, FAQ lists, land, immigration, film, finance and
education bodies), on their real sentences, with the guards of each mechanism mended in the fifty-sixth round:

* a law's frame ``稱X者,指…`` comes off the word it defines, as 本法所稱 does (774), and a proviso closing a definition that
  announced its own items (``…符合下列各款情形之一之電影片。但…,從其規定:``) stays with it;
* a definition ends at a semicolon before the next item of the list the article named it in, classed by 為 (776);
* a headword line numbered by a Chinese numeral and a full stop (``一.什麼是X``) is read as ``一、`` is (771);
* a label pointing back at the pair just named (``兩者差別``) is no headword (772);
* a closing quote inside a sentence ends no sentence before a lead-in colon, and a sentence saying only the form a thing
  is set out in (``是以「能力單元」形式展示,每個單元包括:``) is no definition (779).
"""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.false_glosses import clause_term, presented_form
from policyterms.mining.extract_layouts.sibling_ends import before_sibling_gloss


_FILMS = (
    "國產電影片及非國產電影片認定基準修正規定\n\n"
    "一、稱國產電影片者,指由我國電影片製作業列名參與製作,並符合下列各款情形之一之電影片。但條約或協定另有規定者,從其規定:\n\n"
    "(一)逾二分之一主要演員(主角及配角)具有中華民國國民身分證明者。\n\n"
    "(五)動畫電影片在國內製作費用達製作費用總額二分之一以上或參加該電影片製作之人員二分之一以上具有中華民國國民身分證明者。\n\n"
    "二、稱非國產電影片者,指國產電影片以外之電影片。\n"
)


def test_a_laws_cheng_zhe_frame_comes_off_the_word_and_the_proviso_over_its_items_stays():
    got = dict(pairs(_FILMS))
    assert got["國產電影片"] == (
        "指由我國電影片製作業列名參與製作,並符合下列各款情形之一之電影片。但條約或協定另有規定者,從其規定:"
    )
    assert got["非國產電影片"] == "指國產電影片以外之電影片。"
    assert not any(term.startswith("稱") or term.endswith("者") for term in got)


def test_a_word_closing_on_zhe_alone_keeps_it():
    got = dict(pairs("二、本法所稱消費者,指以消費為目的而為交易、使用商品或接受服務者。\n"))
    assert "消費者" in got


def test_a_closing_lead_in_after_a_definition_announcing_no_items_is_still_cut():
    got = dict(pairs("一、稱加工船者,指從事漁獲物加工業務之船舶。但書如下:\n(一)甲。\n"))
    assert got.get("加工船") == "指從事漁獲物加工業務之船舶。"


_FARM_FINANCE = (
    "本法所稱農業金融機構,包括農會信用部、漁會信用部(以下併稱信用部)及全國農業金庫。信用部指依農會法、漁會法及本法設立辦理信用業務者;"
    "全國農業金庫為信用部之上層機構。\n"
)


def test_a_definition_ends_before_the_next_listed_item_classed_by_wei():
    got = dict(pairs(_FARM_FINANCE))
    assert got["信用部"] == "指依農會法、漁會法及本法設立辦理信用業務者"
    assert got["農業金融機構"] == "包括農會信用部、漁會信用部(以下併稱信用部)及全國農業金庫。"


def test_a_wei_clause_about_something_not_listed_with_the_term_goes_on():
    earlier = "本法所稱農業金融機構,包括農會信用部及全國農業金庫。"
    definition = "指依農會法設立辦理信用業務者;主管機關為農業部。"
    assert before_sibling_gloss("信用部", definition, earlier) == definition


_ZONES = (
    "跳到主要內容區塊\n\n"
    "一.什麼是國土功能分區及分類\n\n"
    "指基於保育利用及管理之需要,依土地資源特性,所劃分之國土保育地區、海洋資源地區、農業發展地區及城鄉發展地區等四大功能分區。"
    "並依其土地使用強度及特性在分區之下給予不同分類。\n\n"
    "二.國土功能分區劃設原則\n\n"
    "1.國土保育地區:以保育及保安為原則。\n"
)


def test_a_question_heading_numbered_by_a_chinese_numeral_and_a_full_stop():
    assert pairs(_ZONES) == [
        (
            "國土功能分區及分類",
            "指基於保育利用及管理之需要,依土地資源特性,所劃分之國土保育地區、海洋資源地區、農業發展地區及城鄉發展地區等四大功能分區。"
            "並依其土地使用強度及特性在分區之下給予不同分類。",
        )
    ]


_PLUM_CARD = (
    "  • 移民署 Q181. 外僑永久居留證和外僑永久居留證(梅花卡)的差別?\n"
    "    一、「梅花卡」: 針對「專業技術人才」,例如在國外擔任大學教授、在技術或研究有特殊貢獻,不需受居留時間限制,申請年齡無限制,"
    "但要經國內雇主雇用,符合資格即可申請。 二、兩者差別:兩者本質相同,皆為永久居留,但申請資格和條件不同,梅花卡上有註記梅花記號,如藍卡。\n"
)


def test_a_label_pointing_back_at_the_pair_is_no_headword():
    got = dict(pairs(_PLUM_CARD))
    assert "兩者差別" not in got
    assert got["「梅花卡」"].startswith("針對「專業技術人才」")
    assert clause_term("兩者差別") and clause_term("二者关系")
    assert not clause_term("兩者") and not clause_term("雙方")


_STANDARDS = (
    "「能力標準說明」簡介\n\n"
    "能力標準是以「能力單元」形式展示,每個單元包括:\n\n"
    "  1. 名稱\n"
    "  2. 編號\n"
)


def test_a_sentence_saying_the_form_a_thing_is_set_out_in_is_no_definition():
    assert pairs(_STANDARDS) == []
    assert presented_form("是以「能力單元」形式展示,每個單元包括:")


def test_a_genus_after_a_form_and_de_still_defines():
    assert not presented_form("是以货币形式表现的在一定时期内建造和购置固定资产的工作量。")
    assert not presented_form("是以科技创新为主导的先进生产力。")


_PATHWAYS = (
    "政府一直重視職業教育,並有以下政策:\n"
    "(2)職業訓練局職業訓練局是本港提供職業教育及培訓的主要機構,透過其轄下13個機構成員,開辦多元化的全日制及兼讀制職業教育課程,"
    "為同學提供多階進出的途徑及清晰的升學出路。修畢課程的學生既可立即投身職場一展所能,亦可選擇繼續進修。\n"
)


def test_a_numbered_label_run_into_the_paragraph_restating_it():
    got = dict(pairs(_PATHWAYS))
    assert got["職業訓練局"] == (
        "是本港提供職業教育及培訓的主要機構,透過其轄下13個機構成員,開辦多元化的全日制及兼讀制職業教育課程,"
        "為同學提供多階進出的途徑及清晰的升學出路。修畢課程的學生既可立即投身職場一展所能,亦可選擇繼續進修。"
    )
    assert "職業訓練局職業訓練局" not in got


def test_a_word_written_once_before_its_paragraph_is_no_run_in_label():
    assert pairs("(2)職業訓練局是本港提供職業教育及培訓的主要機構,開辦多元化的職業教育課程。\n") == []


_EPOSTING = (
    "“易邮寄” 是一部可以让公众以自助方式投寄邮件的邮政设施,提供全天候无间断投寄邮件及查询邮费服务。\n"
    "适用于投寄下列邮件:\n"
    "在“易邮寄”投寄的邮件亦需按现行的投寄规定办理报关手续。\n"
    "如在”易邮寄”截邮时间前投寄邮件,本局会于即日处理该邮件。\n"
)


def test_a_space_between_the_pages_quoted_subject_and_its_shi():
    assert pairs(_EPOSTING) == [
        ("“易邮寄”", "是一部可以让公众以自助方式投寄邮件的邮政设施,提供全天候无间断投寄邮件及查询邮费服务。")
    ]


def test_a_quoted_subject_the_page_does_not_name_again_is_still_no_entry():
    assert pairs("“易邮寄” 是一部可以让公众以自助方式投寄邮件的邮政设施,提供全天候服务。\n适用于投寄下列邮件:\n") == []
