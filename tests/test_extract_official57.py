"""The fifty-seventh development set's official pages (Taiwan): the layouts read anew, each with the page's real line and a
sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# A weights-and-measures card's run-in colon items, each a verbless gloss closed by its examples (545): the examples after
# the comma are no part of the gloss.
_MEASURES = (
    "度器:測量長度的工具,如捲尺、計程車計費表等。 量器:計算容量的器具,如電表、水表、瓦斯表等。 "
    "衡器:秤量輕重的器具,如市場計價天平、工廠大型地秤等。\n"
)


def test_run_in_colon_items_lose_their_closing_examples():
    assert pairs(_MEASURES) == [("度器", "測量長度的工具"), ("量器", "計算容量的器具"), ("衡器", "秤量輕重的器具")]


def test_examples_going_on_into_a_clause_stay():
    # (the counter-case: the 如 list goes on into the sentence's own predicate, so the item is not a gloss and its examples)
    line = "度器:測量長度的工具,如捲尺、計程車計費表等均須檢定。 量器:計算容量的器具,如電表、水表等均須檢定。\n"
    assert pairs(line) == [
        ("度器", "測量長度的工具,如捲尺、計程車計費表等均須檢定。"),
        ("量器", "計算容量的器具,如電表、水表等均須檢定。"),
    ]


@given(st.lists(st.sampled_from(["捲尺", "電表", "水表", "天平", "地秤"]), min_size=1, max_size=4, unique=True))
def test_the_gloss_of_an_item_with_examples_never_holds_them(examples):
    listed = "、".join(examples)
    found = dict(pairs(f"度器:測量長度的工具,如{listed}等。 量器:計算容量的器具,如{listed}等。\n"))
    assert found == {"度器": "測量長度的工具", "量器": "計算容量的器具"}


# A measures' article naming its word without 所稱 (569): 本辦法 is no part of the term.
def test_a_measures_article_naming_its_word_without_suocheng_gives_the_bare_term():
    article = "第 5 條\n本辦法救助對象,指實際從事農、林、漁、牧生產之自然人。\n"
    assert pairs(article) == [("救助對象", "指實際從事農、林、漁、牧生產之自然人。")]


def test_an_article_naming_the_measures_with_no_gloss_gives_nothing():
    # (the counter-case: the same lead with no 指 after the word is a rule, no definition)
    assert pairs("第 3 條\n本辦法施行細則,由中央主管機關定之。\n") == []


@given(st.sampled_from(["救助對象", "受災農民", "補助項目"]), st.sampled_from(["辦法", "條例", "細則"]))
def test_the_measures_name_never_stays_in_the_term(term, kind):
    found = dict(pairs(f"本{kind}{term},指實際從事農、林、漁、牧生產之自然人。\n"))
    assert found.get(term) == "指實際從事農、林、漁、牧生產之自然人。"


# A statistics scheme's point defining an agency (546): 機關係指 is 機關 and the marker 係指, not 關係 before 指.
def test_an_agency_defined_with_xizhi_keeps_its_whole_name():
    point = "四、本方案所稱各級環境保護機關係指本部及所屬機關(構),以及地方環境保護機關;統計單位係指本部統計處及所屬機關(構)主計室。\n"
    assert pairs(point) == [
        ("各級環境保護機關", "係指本部及所屬機關(構),以及地方環境保護機關"),
        ("統計單位", "係指本部統計處及所屬機關(構)主計室。"),
    ]


def test_a_relation_before_zhi_is_still_no_marker():
    # (the counter-case: 關係 closing a word that is no agency stays a word, and 指 alone gives nothing here)
    assert pairs("人際關係指人與人之間的互動。\n") == []


def test_an_agency_whose_xi_is_a_copula_before_a_verb_gives_nothing():
    # (an agency's duty, not its definition: 係 before the verbs 指派, 指定, 指示; a rules' sentence of Taiwan's register)
    assert pairs("各機關係指派專人辦理本要點所定事項。\n") == []
    assert pairs("主管機關係指定專責單位辦理登記。\n") == []


# A scheme's parts numbered in the formal numerals over its points (546): section titles, no headwords.
def test_formal_numeral_parts_over_points_are_no_headwords():
    scheme = "壹、總則\n一、本方案依據統計法訂定。\n二、本方案之目的為統一方法。\n貳、統計區域\n三、本方案之統計區域按行政區域劃分。\n四、本方案實施範圍為本部。\n"
    assert pairs(scheme) == []


def test_formal_numeral_headwords_over_definitions_still_count():
    # (the counter-case: a part whose text opens as a definition still gives its entry)
    found = pairs("壹、公務統計\n係指政府機關依職務所作之統計。\n貳、調查統計\n係指政府機關以調查方式所作之統計。\n")
    assert [d for _, d in found] == ["係指政府機關依職務所作之統計。", "係指政府機關以調查方式所作之統計。"]


# A table note defining a word by period (549): the period opens the definition and the later period's clause goes on it.
_BY_PERIOD = (
    "說明:1.本表資料係依「職業安全衛生法」第三十八條,由雇主按月填載職業災害內容。\n"
    "2.工作者數於103年以前係指事業單位僱用之勞工,自104年起係指事業單位僱用之勞工及受工作場所負責人指揮或監督從事勞動之人。\n"
)


def test_a_word_defined_by_period_gives_one_entry_from_the_first_period():
    assert pairs(_BY_PERIOD) == [
        ("工作者數", "於103年以前係指事業單位僱用之勞工,自104年起係指事業單位僱用之勞工及受工作場所負責人指揮或監督從事勞動之人。")
    ]


def test_a_year_inside_a_term_stays():
    # (the counter-case: 年 inside the term, no period before the marker)
    assert pairs("十二年國教係指十二年國民基本教育。\n") == [("十二年國教", "係指十二年國民基本教育。")]


def test_a_later_period_after_a_semicolon_goes_on_the_definition():
    # (549's note with the periods set apart by a semicolon, and the later period without 自: no period as a term)
    note = (
        "說明:1.本表資料係依「職業安全衛生法」第三十八條,由雇主按月填載職業災害內容。\n"
        "2.工作者數於103年以前係指事業單位僱用之勞工;104年以後係指事業單位僱用之勞工及受工作場所負責人指揮或監督從事勞動之人。\n"
    )
    assert pairs(note) == [
        ("工作者數", "於103年以前係指事業單位僱用之勞工;104年以後係指事業單位僱用之勞工及受工作場所負責人指揮或監督從事勞動之人。")
    ]


def test_a_term_after_a_semicolon_stays_an_entry():
    # (the counter-case: a word of its own after the semicolon, no period, is defined in turn)
    note = "2.工作者數係指事業單位僱用之勞工;失能傷害係指造成工作者死亡或永久全失能之傷害。\n"
    assert [t for t, _ in pairs(note)] == ["工作者數", "失能傷害"]


@given(st.integers(min_value=80, max_value=120), st.sampled_from(["工作者數", "受僱員工", "失業人數"]))
def test_a_period_never_stays_in_the_term_nor_opens_one(year, term):
    note = f"{term}於{year}年以前係指事業單位僱用之勞工,自{year + 1}年起係指事業單位僱用之勞工及其他從事勞動之人。\n"
    assert [t for t, _ in pairs(note)] == [term]


# A land office's answer naming the thing after its description with 謂之 (568); 所有權人 is an owner, no right stated.
_MERGER = (
    "土地所有權人為提高土地利用之事實需要,就同一地段、地界相連、使用分區、使用性質均相同之土地,申請合併為一宗土地所為之測量作業,謂之合併複丈。\n"
    "為鼓勵土地所有權人或管理人合併土地,以利地籍管理,故申請合併複丈免納複丈費。\n"
)


def test_a_thing_named_after_its_description_with_weizhi():
    assert pairs(_MERGER) == [
        ("合併複丈", "土地所有權人為提高土地利用之事實需要,就同一地段、地界相連、使用分區、使用性質均相同之土地,申請合併為一宗土地所為之測量作業")
    ]


def test_a_line_number_or_bullet_before_a_weizhi_sentence_is_no_part_of_the_gloss():
    # (568's line as a numbered point, a bulleted one and a labelled answer)
    line = "土地所有權人為提高土地利用之事實需要,就同一地段、地界相連、使用分區、使用性質均相同之土地,申請合併為一宗土地所為之測量作業,謂之合併複丈。\n"
    after = "為鼓勵土地所有權人或管理人合併土地,以利地籍管理,故申請合併複丈免納複丈費。\n"
    for opener in ("一、", "(一)", "  • ", "說明:"):
        assert pairs(opener + line + after) == [
            ("合併複丈", "土地所有權人為提高土地利用之事實需要,就同一地段、地界相連、使用分區、使用性質均相同之土地,申請合併為一宗土地所為之測量作業")
        ], opener


def test_weizhi_after_a_short_clause_names_nothing():
    # (the counter-case: a clause too short to be a gloss before 謂之)
    assert pairs("此之謂合併複丈。\n") == []


# An FAQ's question asked politely (572): 請問 is no part of the question title.
_FAQ = "  • 請問什麼是古蹟?\n\n    指人類為生活需要所營建之具有歷史、文化價值之建造物及附屬設施群。\n"


def test_a_polite_question_title_gives_its_term():
    assert pairs(_FAQ) == [("古蹟", "指人類為生活需要所營建之具有歷史、文化價值之建造物及附屬設施群。")]


def test_a_polite_question_asking_how_gives_nothing():
    # (the counter-case: 請問如何… asks for a procedure, no meaning)
    assert pairs("  • 請問如何申請古蹟指定?\n\n    向文化局提出申請書。\n") == []


# A dictionary card's narrow sense (565): 只 after 狹義的X goes with the marker.
def test_a_narrow_sense_with_zhi_only_gives_the_qualified_term():
    assert pairs("狹義的特殊兒童只指身心障礙的兒童。\n") == [("狹義的特殊兒童", "只指身心障礙的兒童。")]


def test_zhi_only_closing_a_word_stays_in_it():
    # (the counter-case: 只 is a word's last character, 船只, with no sense qualifier before it)
    assert pairs("船只指在水上航行的交通工具。\n") == [("船只", "指在水上航行的交通工具。")]


# A glossary's headword lines, one paragraph opening with 係以行政處分為標的 (547): 處分為 is no division into kinds.
_CASES = (
    "1.保障事件\n\n係指復審事件及再申訴事件而言。\n\n2.復審事件\n\n係以行政處分為標的。而所稱行政處分,係參照行政程序法之規定予以認定提起復審之範圍。\n\n"
    "4.再審議\n\n係指復審事件經本會決定確定後,向本會申請再審議之救濟程序而言。\n"
)


def test_a_gloss_naming_a_disposition_is_no_division():
    assert [t for t, _ in pairs(_CASES)] == ["保障事件", "復審事件", "再審議"]


def test_a_paragraph_dividing_its_word_into_kinds_is_still_dropped():
    # (the counter-case: 可分為 under a headword line is a classification, no definition)
    text = _CASES.replace("係以行政處分為標的。而所稱行政處分,係參照行政程序法之規定予以認定提起復審之範圍。", "復審事件可分為一般事件及特別事件。")
    assert [t for t, _ in pairs(text)] == ["保障事件", "再審議"]


# A term card's 名詞解釋 line in passages set apart by spaces (566): the headword's gloss ends with its first passage.
_CARD = (
    "高級中學\n\nSenior High School\n\n張建成\n2000年12月\n教育大辭書\n\n"
    "名詞解釋:  高級中學簡稱高中,為中等教育後段實施普通教育的機構。我國現行之〔高級中學法〕規定,高級中學招收國民中學畢業生入學,修業三年。"
    "   根據是項宗旨,高級中學之課程,以加強基本學科之研習為重點,是典型的升學預備教育。\n"
)


def test_a_cards_gloss_ends_with_its_first_passage():
    (found,) = pairs(_CARD)
    assert found[0] == "高級中學" and found[1].endswith("修業三年。")


def test_a_paragraph_without_the_card_label_runs_on():
    # (the counter-case: the same passages in a paragraph with no 名詞解釋 label are one paragraph, read as before)
    text = _CARD.replace("名詞解釋:  ", "")
    assert all(not d.endswith("修業三年。") for _, d in pairs(text))


# A data card's 定義 field over bulleted X-… items (567): the items are entries, a headless rule among them none.
_ALERTS = (
    "定義\n"
    "  • 海上颱風警報-預測颱風之7級風暴風範圍可能侵襲臺灣或金門、馬祖100公里以內海域時之前24小時,應即發布各該海域海上颱風警報。\n"
    "  • 颱風發生於臺灣及金門、馬祖近海時,得即發布海上或陸上颱風警報。\n"
    "  • 解除颱風警報-颱風之7級風暴風範圍離開臺灣及金門、馬祖陸上時,應即解除陸上颱風警報。\n"
)


def test_a_definition_fields_bulleted_items_are_entries():
    assert [t for t, _ in pairs(_ALERTS)] == ["海上颱風警報", "解除颱風警報"]


def test_the_same_items_under_another_field_are_none():
    # (the counter-case: under a field label that announces nothing the dash items are no parts)
    assert pairs(_ALERTS.replace("定義\n", "建議作為\n")) == []


def test_a_cards_first_passage_is_its_headwords_gloss_beside_a_later_sense():
    # (565: the line defines a narrow sense in a later passage; the headword's gloss still runs over its whole first passage)
    card = (
        "特殊兒童\n\nExceptional Child\n\n蕭金土\n2000年12月\n教育大辭書\n\n"
        "名詞解釋:  特殊兒童是指身心特質顯著地低於或高於常模或平均表現水準的兒童。為了配合這些個別需要,必須提供特殊教育方案。"
        "   狹義的特殊兒童只指身心障礙的兒童。\n"
    )
    assert pairs(card) == [
        ("特殊兒童", "是指身心特質顯著地低於或高於常模或平均表現水準的兒童。為了配合這些個別需要,必須提供特殊教育方案。"),
        ("狹義的特殊兒童", "只指身心障礙的兒童。"),
    ]
