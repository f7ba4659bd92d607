"""Review of the fifty-fourth round's rules (a bare 是 restated by ,即, a term alone on three lines or more as a tag, and the
round's other readings) on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong,
Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A bare 是 restated by ,即 (topics._subject_at's restatement) ---------------------------------------------------------------


def test_an_adverb_before_a_restated_shi_is_no_term():
    # a 1955 government work report's example, cut from its paragraph
    assert pairs(
        "一九五五年第一季度内,许多产品质量不好,特别是重工业部所属企业的产品质量不好的现象较为普遍。"
        "特别是沈阳第二机床厂,该厂生产的三百八十台钻床,全部需要返修,仅零件报废一项,即损失一百二十万元。\n"
    ) == []
    assert pairs("2023年以来,全市经济稳中向好,特别是制造业增长较快。特别是高新技术企业,全年新增八百家,即比上年增长百分之二十。\n") == []


def test_a_word_opening_several_points_before_shi_is_no_term():
    assert pairs(
        "本年度工作重点是稳就业。重点是高校毕业生就业,即确保离校未就业毕业生帮扶率达到百分之九十以上。重点是做好服务。\n"
    ) == []
    assert pairs("关键是落实。关键是抓好项目,即每个县区至少推进十个重点项目。关键是要有人干事。\n") == []


def test_a_word_named_then_glossed_and_restated_still_reads():
    assert pairs("去年,住房公积金制度进一步完善。住房公积金是一种长期住房储金,即由单位和职工共同缴存的长期住房储蓄。\n") == [
        ("住房公积金", "是一种长期住房储金,即由单位和职工共同缴存的长期住房储蓄。")
    ]


# A term alone on three lines or more (repeated_labels) ----------------------------------------------------------------------


def test_a_headword_listed_again_in_contents_and_related_entries_is_no_tag():
    page = (
        "名词解释\n目录\n碳达峰\n碳中和\n"
        "碳达峰\n指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。\n"
        "碳中和\n指企业、团体或个人测算在一定时间内产生的温室气体排放总量,通过植树造林、节能减排等形式抵消。\n"
        "相关词条\n碳达峰\n碳中和\n"
    )
    assert pairs(page) == [
        ("碳达峰", "指二氧化碳排放量达到历史最高值,然后经历平台期进入持续下降的过程。"),
        ("碳中和", "指企业、团体或个人测算在一定时间内产生的温室气体排放总量,通过植树造林、节能减排等形式抵消。"),
    ]


def test_a_headword_repeated_under_further_reading_is_no_tag():
    page = "术语\n网格化管理\n是指将城市管理辖区按照一定的标准划分成为单元网格的管理方式。\n延伸阅读\n网格化管理\n网格化管理\n"
    assert pairs(page) == [("网格化管理", "是指将城市管理辖区按照一定的标准划分成为单元网格的管理方式。")]


def test_a_tag_over_a_list_pages_items_is_still_dropped():
    page = "專題文章\n長者安居計劃\n為長者提供支援服務的計劃。\n專題文章\n綠色出行\n鼓勵市民使用公共交通。\n專題文章\n智慧城市\n以資訊科技提升城市管理。\n"
    assert all(term != "專題文章" for term, _ in pairs(page))
