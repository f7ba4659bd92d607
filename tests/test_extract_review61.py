"""Review of the sixtieth round's rules (a download link alone on its line as furniture, a timeline's milestone line, who
set a thing up left out before 是, a quoted and glossed other name before 指的是, a pointing word as no term, review 60's
framed subject before 主要是指) on text they were not written from: sentences of the shapes mainland, Hong Kong, Macao and
Taiwan pages write, which the new readings (or the readings next to them) took wrong."""

from __future__ import annotations

from conftest import pairs


# A file format's name in a sentence is a term; alone on its line it is a download link (common._DOWNLOAD_LINK_LINE) ------


def test_a_file_formats_name_defined_in_a_sentence_is_a_term():
    # the round made PDF, DOCX furniture wherever they stood, so an IT glossary's own sentence lost its entry
    assert pairs("PDF是指便携式文档格式,是一种与操作系统平台无关的电子文件格式。\n") == [
        ("PDF", "是指便携式文档格式,是一种与操作系统平台无关的电子文件格式。")
    ]
    assert pairs("DOCX是指微軟Word 2007及以後版本所使用的文件格式。\n") == [("DOCX", "是指微軟Word 2007及以後版本所使用的文件格式。")]
    assert pairs("PDF\nPDF是指便携式文档格式(Portable Document Format),是一种与操作系统无关的电子文件格式。\n") == [
        ("PDF", "是指便携式文档格式(Portable Document Format),是一种与操作系统无关的电子文件格式。")
    ]


def test_a_download_link_alone_on_its_line_is_still_no_headword():
    assert pairs("立法会小百科\n\nPDF\n\n立法会在会期內通常逢星期三在立法会综合大楼会议厅举行会议。\n") == []
    found = dict(pairs("電子公文\n電子公文是指以電子形式製作、傳遞及保存的公文。\n下載PDF\n公文交換\n公文交換是指機關之間以電子方式收發公文。\n"))
    assert found == {"電子公文": "是指以電子形式製作、傳遞及保存的公文。", "公文交換": "是指機關之間以電子方式收發公文。"}


# A name opening with 本年, or holding 说的, before 主要是指 is a term (prose._FRAMED_SUBJECT) -------------------------------


def test_an_accounts_name_opening_with_this_year_is_a_term():
    # review 60's framed subject took 本年 as the report's "this year"; 本年利润 is an account's name
    assert pairs("本年利润,主要是指企业在本年度内实现的利润总额。\n") == [("本年利润", "主要是指企业在本年度内实现的利润总额。")]
    assert pairs("本年净利润,一般指企业当年实现的税后利润。\n") == [("本年净利润", "一般指企业当年实现的税后利润。")]


def test_a_name_holding_said_is_a_term():
    # review 60's framed subject took any 说的 for 这里所说的
    assert pairs("小说的改编权,主要是指将小说改编为影视作品的权利。\n") == [("小说的改编权", "主要是指将小说改编为影视作品的权利。")]


def test_a_reports_framed_subject_still_names_no_term():
    assert pairs("本年度预算,主要是指今年安排的支出。\n") == []
    assert pairs("本年的重点工作,主要指推进城市更新。\n") == []
    assert pairs("这里所说的改革,主要是指行政审批制度改革。\n") == []
    assert pairs("这里讲的数字化,主要是指政务服务的数字化。\n") == []
    assert pairs("上面说的补贴,主要是指一次性补贴。\n") == []


# Who set a thing up, run into the term before its comma and 是指, is no part of the term (general._FOUNDED_TERM) ----------


def test_who_set_a_thing_up_is_no_part_of_the_term():
    # the round left X由Y成立, out before a bare 是 in a headword block; before 是指 the term ran on with it
    assert pairs("积分落户由市人力资源和社会保障局负责,是指非本市户籍人员按积分排名申请落户。\n") == [
        ("积分落户", "是指非本市户籍人员按积分排名申请落户。")
    ]
    assert pairs("公共租賃住房由政府投資建設,是指限定建設標準和租金水平的保障性住房。\n") == [
        ("公共租賃住房", "是指限定建設標準和租金水平的保障性住房。")
    ]
    assert pairs("醫療券\n醫療券由衞生署負責,是指政府向合資格長者發放的資助。\n") == [("醫療券", "是指政府向合資格長者發放的資助。")]
    assert pairs("自由贸易试验区由国务院批准设立,是指在境内划出特定区域实行特殊监管政策的区域。\n") == [
        ("自由贸易试验区", "是指在境内划出特定区域实行特殊监管政策的区域。")
    ]


def test_a_pointing_subject_set_up_by_someone_is_no_term():
    assert pairs("该中心由区政府设立,是指区内唯一的综合服务平台。\n") == []
    assert pairs("这一制度由国务院推行,是指对企业实行信用分类监管。\n") == []
    # a law's self-reference taken off before the rule, nothing but who made it left
    assert pairs("本条例由立法会制定,是指规管城市规划的法例。\n") == []
    assert pairs("本办法由市政府负责,是指规管城市规划的办法。\n") == []


def test_the_founder_frame_before_a_bare_is_still_left_out():
    assert pairs("什么是资历架构?\n资历架构由教育局成立,是一个七级的资历级别制度。\n") == [("资历架构", "是一个七级的资历级别制度。")]
    assert pairs("香港貿易發展局由政府於1966年成立,是推廣香港對外貿易的法定機構。\n") == []
