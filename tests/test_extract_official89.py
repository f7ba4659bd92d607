"""The eighty-ninth development set's official pages (Taiwan law databases, a Hong Kong heritage body): the mechanisms
mended for them, each with the page's real lines and a line of the same shape that must give no entry, or another one."""

from __future__ import annotations

from conftest import pairs


# A law's defined area named by the thing it surrounds (800): a long compound ending 範圍 is a term, not the figures' scope.
_AREA = (
    "第 3 條\n"
    "區域排水設施範圍,指區域排水設施及為防汛、搶險所施設之通路或維護\n"
    "管理需要範圍內之土地。\n"
)


def test_a_laws_long_defined_area_is_a_term():
    assert pairs(_AREA) == [("區域排水設施範圍", "指區域排水設施及為防汛、搶險所施設之通路或維護管理需要範圍內之土地。")]


def test_a_surveys_own_scope_stays_a_remark():
    # (the counter-cases: a statistics note's 统计范围 and 调查范围, even long, name the figures' scope, no term)
    assert pairs("规模以上工业统计范围,指年主营业务收入2000万元及以上的工业法人企业。\n") == []
    assert pairs("本次住户调查范围,指全省城乡常住住户。\n") == []


# A points text's numbered item whose line the fixed-width print view cut before a comma (801): the next line opens with
# that comma and goes on the item, though the item's line reads like a section's subtitle (X:按其…).
_WRAPPED_ITEM = (
    "二、本要點用詞,定義如下:\n"
    "(一)復運輸入:指原由我國生產或加工後輸出之動物產品,輸出後於我\n"
    "國境外未進行加工處理,並再行輸入者。\n"
    "(二)動物傳染病之疫區與非疫區:按其動物種別具感受性之動物傳染病\n"
    ",且依動物傳染病防治條例第三十三條規定,經中央主管機關公告\n"
    "之國家(地區)。\n"
)


def test_an_item_wrapped_before_its_comma_goes_on_over_the_comma_line():
    assert pairs(_WRAPPED_ITEM) == [
        ("復運輸入", "指原由我國生產或加工後輸出之動物產品,輸出後於我國境外未進行加工處理,並再行輸入者。"),
        ("動物傳染病之疫區與非疫區", "按其動物種別具感受性之動物傳染病,且依動物傳染病防治條例第三十三條規定,經中央主管機關公告之國家(地區)。"),
    ]


def test_a_section_heading_over_a_paragraph_stays_a_heading():
    # (the counter-case: a report's numbered heading with its subtitle over a paragraph opening with a word is no wrapped
    # line, and gives no entry)
    text = "一、历史倒逼的战略抉择:从“救企业”到“活体系”\n近年来,各地加快推进改革,取得明显成效。\n"
    assert all(term != "历史倒逼的战略抉择" for term, _ in pairs(text))


# A footnote under a heritage body's headword lines referring back to the grades above (802): 以上評級 is no term.
_GRADES = (
    "1,444 幢歷史建築及1,444幢歷史建築以外的新項目 - 歷史建築各級別的定義\n"
    "一級歷史建築 具特別重要價值而可能的話須盡一切努力予以保存的建築物。\n"
    "二級歷史建築 具特別價值而須有選擇性地予以保存的建築物。\n"
    "* 以上評級的定義是古諮會及古物古蹟辦事處就保護歷史建築所採用的行政指引。\n"
)


def test_a_footnote_referring_back_to_the_grades_gives_no_entry():
    found = dict(pairs(_GRADES))
    assert "以上評級" not in found
    assert found["一級歷史建築"] == "具特別重要價值而可能的話須盡一切努力予以保存的建築物。"


def test_a_term_merely_containing_the_words_stays():
    # (the counter-case: 以上 inside a term, not opening it, names no back reference: 规模以上工业企业 is a term)
    assert pairs("规模以上工业企业是指年主营业务收入2000万元及以上的工业法人企业。\n") == [
        ("规模以上工业企业", "是指年主营业务收入2000万元及以上的工业法人企业。")
    ]
    assert pairs("上述措施是指本办法第三条所列各项。\n") == []
