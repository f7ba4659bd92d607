"""The eighty-first set's official pages (Hong Kong, Macao and Taiwan fisheries, documents, labour, correctional, cultural
and fair-trade bodies), on their real sentences, with the guards of each mechanism mended in the fifty-fourth round:

* a law database's print view setting an item's wrapped lines hanging under its text, with blank lines between: the
  item goes on over them to its stop, or to the lead-in colon of the list below it (879), while a line back at the
  item's own indent after a blank line, not ending the sentence, goes on nothing.
"""

from __future__ import annotations

from conftest import pairs


_SAURY = (
    "第 2 條 \n\n"
    "本辦法用詞,定義如下:\n\n"
    "一、北太平洋:指北緯二十度與東經一百四十度至北緯二十度與西經一百\n\n"
    "    一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經\n\n"
    "    一百四十度以北之北太平洋海域(附件一)。\n\n"
    "二、公正第三方:指經主管機關認可之下列機構之一:\n\n"
    "(一)日本地區:\n\n"
    "1、日本新檢株式会社。\n\n"
    "三、運搬船:指從事漁獲物運搬業務,將秋刀魚漁船之漁獲物轉移至己船\n\n"
    "    ,並搬運至港口之下列船舶:\n\n"
    "(一)我國籍運搬船:領有我國漁業執照之漁獲物運搬船。\n\n"
    "四、加工船:指從事漁獲物加工業務,將秋刀漁漁船之漁獲物轉移至己船\n\n"
    "    並進行漁獲物加工之船舶。\n"
)


def test_a_law_prints_items_go_on_over_the_lines_hanging_under_them():
    got = dict(pairs(_SAURY))
    assert got["北太平洋"] == (
        "指北緯二十度與東經一百四十度至北緯二十度與西經一百一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經"
        "一百四十度以北之北太平洋海域(附件一)。"
    )
    assert got["運搬船"] == "指從事漁獲物運搬業務,將秋刀魚漁船之漁獲物轉移至己船,並搬運至港口之下列船舶:"
    assert got["我國籍運搬船"] == "領有我國漁業執照之漁獲物運搬船。"
    assert got["加工船"] == "指從事漁獲物加工業務,將秋刀漁漁船之漁獲物轉移至己船並進行漁獲物加工之船舶。"


_UNHUNG = (
    "本辦法用詞,定義如下:\n\n"
    "一、北太平洋:指北緯二十度與東經一百四十度至北緯二十度與西經一百\n\n"
    "一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經\n\n"
    "二、加工船:指從事漁獲物加工業務之船舶。\n"
)


def test_a_line_back_at_the_items_indent_after_a_blank_line_goes_on_nothing():
    got = dict(pairs(_UNHUNG))
    assert got.get("北太平洋", "").endswith("西經一百")


_SERVANT = (
    "名詞解釋:  公僕指公務員,即由國家特別選任的人員而言。   我國公務員一詞的範圍,因法令不同而有不同的說法。"
    "另依現行〔公務人員任用法施行細則〕第二條規定,凡各機關組織法規中,除政務官及民選人員外,定有職稱及官等職等之文職人員,"
    "均為任用法所稱之公務員。其所稱各機關指學校及機構:(1)中央政府及其所屬各機關;(2)地方政府及其所屬各機關;"
    "(7)其他依法組織之機關。此為狹義之公務員,目前考試院銓敘部即以此界定。\n"
)


def test_a_word_of_a_law_turned_to_with_qi_suocheng_is_the_term_and_ends_before_a_remark_on_another_words_sense():
    got = dict(pairs(_SERVANT))
    assert "其所稱各機關" not in got
    assert got["各機關"] == "指學校及機構:(1)中央政府及其所屬各機關;(2)地方政府及其所屬各機關;(7)其他依法組織之機關。"


def test_a_remark_on_the_terms_own_sense_stays_on_it():
    from policyterms.mining.extract_layouts.second_senses import before_sense_remark

    assert before_sense_remark("公務員", "指從事公務之人員。此為廣義之公務員。") == "指從事公務之人員。此為廣義之公務員。"
    assert before_sense_remark("各機關", "指學校及機構。此為狹義之公務員。") == "指學校及機構。"


def test_a_so_named_word_of_the_law_named_before_loses_its_frame():
    from policyterms.mining.extract_layouts.general import _LEAD_IN

    assert _LEAD_IN.sub("", "其所称各机关", count=1) == "各机关"
    assert _LEAD_IN.sub("", "该法所称渔船", count=1) == "渔船"
    assert _LEAD_IN.sub("", "其他机关", count=1) == "其他机关"


_DECISIONS = (
    "(二)決定名詞\n\n"
    "                               依手冊第 4 點第 1 項第 3 款規定,係文稿擬判之最後步驟,\n"
    "                               即針對需對外行文之陳判文稿予以核定(批示);陳判文稿\n"
    "                      判行\n"
    "                               依該手冊第 35 點第 3 款規定,應明確批示,同意發文,批示\n\n"
    "                               「發」。\n\n\n\n"
    "                               係指文書核決之權責劃分,由決定者(即手冊第 30 點第 2 款\n"
    "                      決行       第 4 目規定,依分層負責規定之最後決定人)予以核定(批\n\n"
    "                               示)。\n\n\n"
    "                               「授權決行」為單位主管依該機關分層負責逐級授權規定代\n"
    "                      授權\n"
    "                               決公文。對外行文時,應以該被授權者之名義為之,並在公\n"
    "                      決行\n"
    "                               文上加註「授權決行」。\n"
)


def test_a_side_headword_column_served_between_its_explanations_lines():
    assert pairs(_DECISIONS) == [
        ("判行", "係文稿擬判之最後步驟,即針對需對外行文之陳判文稿予以核定(批示);陳判文稿判行依該手冊第 35 點第 3 款規定,應明確批示,同意發文,批示「發」。"),
        ("決行", "係指文書核決之權責劃分,由決定者(即手冊第 30 點第 2 款決行       第 4 目規定,依分層負責規定之最後決定人)予以核定(批示)。"),
        ("「授權決行」", "為單位主管依該機關分層負責逐級授權規定代授權決公文。對外行文時,應以該被授權者之名義為之,並在公決行文上加註「授權決行」。"),
    ]


def test_indented_paragraphs_with_a_short_heading_between_are_no_side_column():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.side_labels import side_label_entries

    text = (
        "        本局今年完成多項工作,成效良好。\n"
        "    工作成果\n"
        "        全年辦理講習三十場,參加人數眾多。\n"
        "        另完成手冊修訂,並送各機關參考。\n"
    )
    lines = _lines(text)
    assert list(side_label_entries(lines, [True] * len(lines))) == []


_TOPICS = (
    "專題文章\n澳門半島上最後的農村——馬場、黑沙環與祐漢的百年演進\n"
    "馬場菜地,澳門半島上最後一個農業社區,它由出現到消失,見証澳門東北區的發展。\n"
    "專題文章\n主教公署圖書館\n"
    "主教府至少建於1835年前,現有建築為1987年時擴充。\n"
    "專題文章\n澳門旅遊攻略續篇:1867城市漫遊\n"
    "在前文《澳門旅遊攻略(1867年)》中,我們探討了十九世紀澳門的氣候。\n"
)


def test_a_tag_line_a_list_repeats_over_its_items_is_no_headword():
    assert all(term != "專題文章" for term, _ in pairs(_TOPICS))


def test_a_headword_line_standing_twice_is_still_read():
    from policyterms.mining.appendix import ExtractedEntry
    from policyterms.mining.extract_layouts.repeated_labels import repeated_labels_dropped

    entry = ExtractedEntry(1, "公僕", "指公務員。", (), False, "公僕指公務員。", 3)
    assert repeated_labels_dropped([entry], "公僕\nCivil Servant\n公僕指公務員。\n公僕\nCivil Servant\n") == [entry]


_EXCHANGE = (
    "專題文章\n澳門貨幣匯兌\n"
    "匯兌是“外匯兌換”的簡稱,外匯即是其他經濟體的貨幣,而兌換顯而易見就是外匯、本地貨幣或其他外匯兩兩之間的轉換,"
    "規範和管理外匯兌換的制度安排就是匯兌制度。澳門的匯兌制度由1997年9月15日頒佈的39/97/M號法令進行規定,一般稱之為《匯兌制度大綱》。\n"
)


def test_a_short_forms_full_name_its_words_glossed_in_turn_and_a_word_built_on_it_named_backward():
    got = dict(pairs(_EXCHANGE))
    assert got["外匯"] == "即是其他經濟體的貨幣"
    assert got["兌換"] == "就是外匯、本地貨幣或其他外匯兩兩之間的轉換"
    assert got["匯兌制度"] == "規範和管理外匯兌換的制度安排"
    assert got["匯兌"] == "是“外匯兌換”的簡稱"


def test_a_short_form_followed_by_other_matters_gives_no_pieces():
    from policyterms.mining.extract_layouts.common import Found
    from policyterms.mining.extract_layouts.short_form_pieces import split_short_form_pieces

    d = "是“貿易投資促進局”的簡稱,成立於1994年,負責推動本地投資。"
    entry = Found("貿促局", d, "貿促局" + d, 1, 0, 3 + len(d))
    assert split_short_form_pieces(entry) == [entry]
    d = "是“外匯兌換”的簡稱,外匯即是其他經濟體的貨幣,規範外匯的機構是金管局。"
    entry = Found("匯兌", d, "匯兌" + d, 1, 0, 2 + len(d))
    assert split_short_form_pieces(entry) == [entry]  # one word of the name glossed: no series


def test_a_dictionarys_headword_named_on_several_lines_and_in_its_sentences_is_no_tag():
    from policyterms.mining.appendix import ExtractedEntry
    from policyterms.mining.extract_layouts.repeated_labels import repeated_labels_dropped

    page = "人民政府\n词典名字:\n人民政府\n网络百科\n人民政府\n• 人民政府是地方国家行政机关。\n"
    entry = ExtractedEntry(1, "人民政府", "是地方国家行政机关。", (), False, "人民政府是地方国家行政机关。", 6)
    assert repeated_labels_dropped([entry], page) == [entry]
