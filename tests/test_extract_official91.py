"""The ninety-first development set's official pages: a Taipei city statistics office's table of staff-figure
definitions whose cells lost their separators (804: ``編號中類項目(單位)定義`` over ``1員額數編制員額本府…。``), read
by its header's columns, and a county fire bureau's notes page whose numbered heading urges its matter
(805: ``1.公共安全問題不容忽視``), a section title that no longer takes the paragraphs below as its definition — with
the real shapes that must not be read: a glued table without its header, rows whose item has no opener, a cut last row."""

from __future__ import annotations

from conftest import pairs


_HEADER = "跳到主要內容區塊\n編號中類項目(單位)定義\n"
_ROWS = (
    "1員額數編制員額本府暨所屬機關學校依組織編制表內之法定職員員額。\n"
    "2員額數一般行政機關編制員額本府暨所屬一般行政機關依組織編制表內之法定職員員額。\n"
    "9員額數本府暨所屬機關學校流動率本府暨所屬機關學校之流動人數占本府暨所屬機關學校期中現有編制內職員之百分比。\n"
    "11員額數本府暨所屬機關學校現有期中編制內員額平均本府暨所屬機關學校現有編制內職員數(含雇員)。\n"
)


def _numbered(rows: str) -> str:
    return "".join(f"{k}{line.lstrip('0123456789')}\n" for k, line in enumerate(rows.splitlines(), 1))


def test_a_glued_table_row_drops_its_number_and_class_and_ends_the_item_at_the_office_naming_itself():
    found = pairs(_HEADER + _numbered(_ROWS))
    assert ("編制員額", "本府暨所屬機關學校依組織編制表內之法定職員員額。") in found
    assert ("一般行政機關編制員額", "本府暨所屬一般行政機關依組織編制表內之法定職員員額。") in found


def test_an_item_opening_with_the_office_name_ends_at_the_next_opener():
    found = dict(pairs(_HEADER + _numbered(_ROWS)))
    assert found["本府暨所屬機關學校流動率"] == "本府暨所屬機關學校之流動人數占本府暨所屬機關學校期中現有編制內職員之百分比。"
    assert found["本府暨所屬機關學校現有期中編制內員額"] == "平均本府暨所屬機關學校現有編制內職員數(含雇員)。"


def test_the_cut_last_row_gives_no_entry():
    found = dict(pairs(_HEADER + _numbered(_ROWS) + "5員額數各市營事業機關流動\n"))
    assert not any(term.startswith("各市營事業機關流動") for term in found)
    assert len(found) == 4


def test_glued_rows_without_the_header_naming_their_columns_are_not_cut():
    found = dict(pairs(_numbered(_ROWS)))
    assert "編制員額" not in found and "一般行政機關編制員額" not in found


def test_a_header_with_a_class_column_over_rows_sharing_no_class_is_left():
    rows = "1人口數本市設籍之人口。\n2出生數本市當年出生之人數。\n3死亡數本市當年死亡之人數。\n"
    found = dict(pairs("編號中類項目定義\n" + rows))
    assert "人口數" not in found and "出生數" not in found


_NOTES = (
    "防火管理須知\n\n(一)防火管理制度源起\n\n1.公共安全問題不容忽視\n"
    "近十年來,台灣地區平均每年發生七七二○件火災,造成二百五十二人死亡、四百三十八人受傷,財物損失更高達三十億元。"
    "火災問題實不能以偶然、不幸或無奈來看待。尤其,近年來公共場所連續發生火災,如論情西餐廳、神話世界、巨星鑽KTV、衛爾康西餐廳…,"
    "再再顯示當前公共場所安全問題之嚴重性。\n\n"
    "公共場所係供多數人出入、工作、購物、休閒及娛樂之場所,由於可燃性物質的普遍存在、用火用電設備大量使用,稍有不慎便可能發生火災危險;"
    "另一方面,縱火事故頻繁,更是令人防不勝防;再加上地震等天然災害可能引發火災之危害,公共場所之火災危險可說是時刻存在,不可輕忽。\n\n"
    "2.預防工作重於災後搶救\n早期的消防工作重點在於災害發生後的救災滅火,但事故既已發生,僅能盡力使災害損失減小。\n"
)


def test_a_heading_urging_its_matter_is_no_headword():
    found = dict(pairs(_NOTES))
    assert "公共安全問題不容忽視" not in found


def test_the_paragraph_below_an_urging_heading_is_read_on_its_own():
    found = dict(pairs(_NOTES))
    assert found["公共場所"] == (
        "係供多數人出入、工作、購物、休閒及娛樂之場所,由於可燃性物質的普遍存在、用火用電設備大量使用,稍有不慎便可能發生火災危險;"
        "另一方面,縱火事故頻繁,更是令人防不勝防;再加上地震等天然災害可能引發火災之危害,公共場所之火災危險可說是時刻存在,不可輕忽。"
    )


def test_a_slogan_with_a_negated_may_stays_a_headword_shape():
    from policyterms.mining.extract_layouts.headword_lines import _URGING_HEADING

    assert _URGING_HEADING.search("有权不可任性") is None
    assert _URGING_HEADING.search("節能減碳刻不容緩") is not None


_FLATTENED_SECTION = (
    "澳門特別行政區財政儲備管理的運作情況及相關數據\n\n\n"
    "一、財政儲備制度 第8/2011號法律訂定了澳門特別行政區的財政儲備法律制度。 財政儲備由基本儲備及超額儲備組成。 "
    "基本儲備是指為澳門特別行政區公共財政支付能力提供最後保障的財政儲備。基本儲備的金額相當於經立法會審核並通過的最近一份財政預算所載的"
    "澳門特別行政區中央部門開支撥款總額的一倍半。 超額儲備是為配合澳門特別行政區公共財政政策的施行並為公共財政支付能力提供保障的財政儲備。"
    " 第8/2011號法律訂明了財政儲備的管理和監察機制: 1. 澳門金融管理局負責財政儲備的投資及管理。\n"
)


def test_a_flattened_sections_spaced_heading_over_its_own_definitions_is_no_headword():
    """780 (dev-85), a Macao news item whose numbered sections are each flattened to one line."""
    found = dict(pairs(_FLATTENED_SECTION))
    assert "財政儲備制度" not in found


def test_a_definition_inside_a_flattened_section_ends_at_the_space_after_its_paragraphs_stop():
    found = dict(pairs(_FLATTENED_SECTION))
    assert found["基本儲備"] == (
        "是指為澳門特別行政區公共財政支付能力提供最後保障的財政儲備。"
        "基本儲備的金額相當於經立法會審核並通過的最近一份財政預算所載的澳門特別行政區中央部門開支撥款總額的一倍半。"
    )


def test_a_spaced_note_whose_text_defines_nothing_else_keeps_its_headword():
    found = dict(pairs("(2) 三次产业 经济结构分类的一种方法,按生产活动的历史发展顺序划分为第一、第二和第三产业。\n"))
    assert found.get("三次产业", "").startswith("经济结构分类的一种方法")
