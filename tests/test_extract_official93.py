"""The ninety-third development set's official pages: a legislature's factsheet whose download link (``PDF``) sits on its
own line between the page's title (立法会小百科) and its lead (810) — page furniture, no English name of the title above
it and no headword of the paragraph below — with the real shapes that must still be read: an English name line between
a headword and its gloss, and a term whose name holds the letters of a file format."""

from __future__ import annotations

from conftest import pairs


_FACTSHEET = (
    "立法会小百科\n\n"
    "PDF\n\n"
    "立法会在会期內通常逢星期三在立法会综合大楼会议厅举行会议,会议过程內容会逐字记录,载于立法会会议过程正式纪录內。\n"
)


def test_a_download_link_under_a_factsheet_title_is_no_headword():
    found = dict(pairs(_FACTSHEET))
    assert "PDF" not in found


def test_a_download_link_is_no_english_name_joining_the_title_to_the_lead():
    found = dict(pairs(_FACTSHEET))
    assert "立法会小百科" not in found


def test_a_bracketed_download_link_with_its_size_is_furniture_too():
    from policyterms.mining.extract_layouts.common import _page_furniture_term

    assert _page_furniture_term("PDF", line=True)
    assert _page_furniture_term("(PDF)", line=True)
    assert _page_furniture_term("下載PDF", line=True)
    assert _page_furniture_term("PDF 1.2MB", line=True)


def test_a_term_holding_a_file_format_s_letters_is_no_furniture():
    from policyterms.mining.extract_layouts.common import _page_furniture_term

    assert not _page_furniture_term("PDF文件格式标准")
    assert not _page_furniture_term("便携式文档格式")


def test_an_english_name_line_between_a_headword_and_its_gloss_is_still_skipped():
    found = dict(pairs("揭榜挂帅\n\nOpen bidding for selecting the best candidates\n\n是指政府部门针对重点领域关键核心技术,公开发布榜单,面向社会征集解决方案的一种机制。\n"))
    assert found.get("揭榜挂帅", "").startswith("是指政府部门针对重点领域关键核心技术")


def test_the_traditional_factsheet_keeps_its_lead_definition():
    text = (
        "立法會小百科\n\n"
        "PDF\n\n"
        "根據《香港特別行政區立法會議事規則》( “《議事規則》”),立法會秘書指根據《立法會行政管理委員會條例》(第443章)"
        "第15(1)條委任的立法會秘書處秘書長。\n"
    )
    found = dict(pairs(text))
    assert "PDF" not in found and "立法會小百科" not in found


_TIMELINE = (
    "我們的故事\n\n"
    "2001\n\n"
    "1823成立\n\n"
    "為五個部門處理查詢和投訴,包括食物環境衞生署、運輸署、屋宇署、機電工程署及路政署。\n\n"
    "2006\n\n"
    "推出網站及網上表格\n\n"
    "在網上提供有關1823的資訊及讓市民透過電子表格遞交對政府服務的查詢、投訴、建議及讚賞。\n"
)


def test_a_timeline_milestone_under_its_year_is_no_headword():
    found = dict(pairs(_TIMELINE))
    assert "1823成立" not in found
    assert "推出網站及網上表格" not in found


def test_a_single_year_line_makes_no_timeline():
    from policyterms.mining.extract_layouts.headwords import _timeline_milestones
    from policyterms.mining.extract_layouts.common import _lines

    lines = _lines("2001\n\n绿色金融\n\n是指为支持环境改善、应对气候变化和资源节约高效利用的经济活动所提供的金融服务。\n")
    heads = [None if line.blank else ("x", False, False) for line in lines]
    assert _timeline_milestones(lines, heads) == []


def test_an_answer_restating_its_headword_with_its_founder_starts_at_shi():
    text = (
        "资历架构\n\n"
        "甚麽是资历架构?\n\n"
        "资历架构由香港特别行政区政府教育局成立,是一个七级的资历级别制度,为学术丶职业专才和持续教育界别的资历厘定明确及客观的标准。\n"
    )
    found = dict(pairs(text))
    assert found["资历架构"] == "是一个七级的资历级别制度,为学术丶职业专才和持续教育界别的资历厘定明确及客观的标准。"


def test_a_founder_frame_of_another_subject_is_not_cut():
    from policyterms.mining.extract_layouts.headwords import _FOUNDER_FRAME

    frame = _FOUNDER_FRAME.match("资历架构的资料由教育局管理,是公开的。")
    assert frame is None or frame.group("subject") != "资历架构"
    assert _FOUNDER_FRAME.match("资历架构由教育局成立,是否合适仍有争议。") is None
