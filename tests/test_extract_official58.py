"""The fifty-eighth development set's official pages (Taiwan's Yuan, courts, councils and ministries): the layouts read anew,
each with the page's real lines and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# A law database's print view of an act's enforcement rules (606): articles wrapped at a fixed width, a wrapped line opening
# with the comma or 、 the sentence goes on with, run-in 所稱X係指… clauses each ending at the ; before the next 所稱.
_ENFORCEMENT_RULES = (
    "第 2 條\n"
    "本法第二條第一項所稱財產之取得「依據法律規定」係指依其他法律規定\n"
    "由國家取得其財產權;所稱「基於權力行使」係指國家基於公權力之行使\n"
    ",經接收、沒收或征收而取得財產權;所稱「由於預算支出」係指依預算\n"
    "撥款而營建或購置財產;所稱「由於接受捐贈」係指國內外以中華民國政\n"
    "府為對象而捐贈財產。\n"
)


def test_run_in_suocheng_clauses_end_at_their_semicolons_over_wrapped_lines():
    assert pairs(_ENFORCEMENT_RULES) == [
        ("「依據法律規定」", "係指依其他法律規定由國家取得其財產權"),
        ("「基於權力行使」", "係指國家基於公權力之行使,經接收、沒收或征收而取得財產權"),
        ("「由於預算支出」", "係指依預算撥款而營建或購置財產"),
        ("「由於接受捐贈」", "係指國內外以中華民國政府為對象而捐贈財產。"),
    ]


def test_a_wrapped_line_opening_with_a_list_comma_goes_on_the_definition():
    article = (
        "第 9 條\n"
        "前項所稱獨立預算,係指預算法第十六條之單位預算、單位預算之分預算\n"
        "、附屬單位預算、附屬單位預算之分預算。\n"
    )
    assert pairs(article) == [("獨立預算", "係指預算法第十六條之單位預算、單位預算之分預算、附屬單位預算、附屬單位預算之分預算。")]


def test_a_semicolon_not_before_suocheng_does_not_end_the_wrapped_definition():
    # (the counter-case: a ; turning to the same term's next clause, no 所稱 after it, leaves the sentence to its full stop)
    article = (
        "第 3 條\n"
        "本細則所稱公用財產主管機關,係指預算法第三條第二項所稱之本機\n"
        "關;其所屬機關亦同,並依其組織法規定辦理財產之管理及相關事務。\n"
    )
    assert pairs(article) == [
        ("公用財產主管機關", "係指預算法第三條第二項所稱之本機關;其所屬機關亦同,並依其組織法規定辦理財產之管理及相關事務。")
    ]


def test_the_acts_cited_article_is_no_part_of_the_term():
    article = "第 8 條\n本法第十條所稱公用財產主管機關,係指預算法第三條第二項所稱之本機關。\n"
    assert pairs(article) == [("公用財產主管機關", "係指預算法第三條第二項所稱之本機關。")]


def test_an_article_citing_another_law_keeps_its_own_words():
    # (the counter-case: 預算法第十條 is another law, not the act's own lead-in, and names no term here)
    assert pairs("第 8 條\n依預算法第十條規定辦理之財產,由財政部管理。\n") == []


@given(st.sampled_from(["第二條", "第十條", "第三條第一項", "第三條第一項第二款"]), st.sampled_from(["管理機關", "天然資源", "動產"]))
def test_no_cited_article_stays_in_the_term(article, term):
    found = dict(pairs(f"本法{article}所稱{term},係指直接使用公用財產之機關、學校。\n"))
    assert found == {term: "係指直接使用公用財產之機關、學校。"}


# An agency's definition card (607): the law whose definition the sentence gives stands between the term and its marker.
def test_a_laws_definition_frame_goes_with_neither_term_nor_definition():
    line = "「職業災害」在職業安全衛生法定義中,指的是工作者因勞動場所之建築物、機械、設備等媒介物引起的疾病、傷害、失能或死亡。\n"
    assert pairs(line) == [("「職業災害」", "指的是工作者因勞動場所之建築物、機械、設備等媒介物引起的疾病、傷害、失能或死亡。")]


def test_a_field_frame_still_goes_with_the_marker():
    # (the counter-case: a field, no law's definition, stays with the marker, as the earlier sets read it)
    assert pairs("内卷在社会学中指的是一种文化模式达到某种最终形态后停滞不前的现象。\n") == [
        ("内卷", "在社会学中指的是一种文化模式达到某种最终形态后停滞不前的现象。")
    ]


# A survey office's glossary lines (610): the spaced-colon run, a line naming two of its words as a whole, and the run's
# last line typed without the space before its colon.
_TOPOGRAPHY = (
    "地形測量係運用適當的測量儀器及方法來表示地物及地貌的平面位置及高程值,常用相關名詞定義如下 :\n"
    "地物 : 地面上天然或人工形成的物體,包括平原、湖泊、河流、房屋、道路、橋樑等。\n"
    "地貌 : 地表面高低起伏的狀態,包括山地、丘陵、平原與海底等。\n"
    "地形 : 地物和地貌的總稱。\n"
    "等高線 :地面上高程相同之各點連接成的閉合曲線,用以表示地貌之起伏狀態。\n"
    "數值地形模型(Digital Terrial Model ,DTM):乃以數值化方式來展現三度空間地形起伏變化情形。\n"
)


def test_a_glossary_keeps_a_whole_of_two_words_and_its_line_without_the_space():
    found = dict(pairs(_TOPOGRAPHY))
    assert found["地形"] == "地物和地貌的總稱。"
    assert found["數值地形模型(Digital Terrial Model ,DTM)"] == "乃以數值化方式來展現三度空間地形起伏變化情形。"


def test_a_colon_line_away_from_a_spaced_run_is_not_taken_by_it():
    # (the counter-case: two spaced lines are no run, so the line below them is not read as the run's next entry)
    text = "地物 : 地面上天然或人工形成的物體。\n地貌 : 地表面高低起伏的狀態。\n備註:本表資料以民國一百年為準。\n"
    assert "備註" not in dict(pairs(text))


# A statistics card's label rows (611): 資料名稱 names the series, 資料定義 glosses it; the other rows are metadata.
_CARD = (
    "統計資料說明\n資料名稱\n    113保護專線兒少保護案件通報數\n資料定義\n    113保護專線受理民眾通報兒少保護案件之通報件數統計。\n"
    "提供機關\n    衛生福利部\n更新時間\n    二、 最近更新時間:2024年12月。\n"
    "資料說明\n- 統計區間:統計年份為2016年至2024年,每年以12月31日為統計基準點。\n"
)


def test_a_statistics_cards_definition_row_glosses_its_name_row():
    assert pairs(_CARD) == [("113保護專線兒少保護案件通報數", "113保護專線受理民眾通報兒少保護案件之通報件數統計。")]


def test_a_name_row_without_a_definition_row_gives_nothing():
    # (the counter-case: a table's column heads, 指标名称 over 计量单位, name no series glossed below)
    assert pairs("指标名称\n计量单位\n本月\n同比增长(%)\n") == []


# A statistics scheme's print view (578): a numbered point wrapped over two lines names its term last.
_SCHEME = (
    "三、本方案以本院各單位暨所屬機關為實施範圍。\n"
    "貳、實施機關單位\n"
    "七、本院各處、室、委員會及所屬機關將所辦公(業)務之經過與結果,\n"
    "予以登記、整理及編報者,即為本方案之查報單位。\n"
)


def test_a_wrapped_point_naming_its_term_backward_is_read_over_its_lines():
    assert pairs(_SCHEME) == [("查報單位", "本院各處、室、委員會及所屬機關將所辦公(業)務之經過與結果,予以登記、整理及編報者")]


def test_a_wrapped_point_stating_a_duty_names_nothing():
    # (the counter-case: the point's second line gives a duty, no name after 為本方案之)
    text = _SCHEME.replace("即為本方案之查報單位", "應依本方案之規定按期報送")
    assert pairs(text) == []


# A court's overview page (576): the answer's first item restates the asked word as its label, glued to the text.
_MEDIATION = (
    "一、什麼是家事調解?\n\n"
    " 1. 家事調解當家庭發生一些狀況,必須循法律途徑解決時,為了協助當事人妥適且平和處理彼此歧見,家事事件法採調解先行制度。\n"
    " 2. 家事事件法第23條規定,除家事丁類事件外,請求法院裁判前,應先經法院調解。\n"
)


def test_an_answers_first_item_loses_its_number_and_restated_label():
    assert pairs(_MEDIATION) == [
        ("家事調解", "當家庭發生一些狀況,必須循法律途徑解決時,為了協助當事人妥適且平和處理彼此歧見,家事事件法採調解先行制度。")
    ]


@given(st.sampled_from(["是指", "指", "係指"]))
def test_an_item_restating_the_label_with_its_marker_keeps_the_marker(marker):
    # (the counter-case: the restated word before its own marker is the prose reading's, the marker opening the gloss)
    text = f"一、什麼是家事調解?\n\n 1. 家事調解{marker}法院在審理前由調解委員協助當事人商量出合理方案的程序。\n"
    found = dict(pairs(text))
    assert found.get("家事調解", "").startswith(marker)
