"""A quoted word's parts glossed in turn (the fortieth round, across sets: ``piece_series``): ``“3”为…;“1”为…;“2”为…`` after
``“3+1+2”模式``, ``所谓“照”,指的是…,而”证”,指的是…`` after ``“证照”``; each part an entry of its own, its gloss to the comma or
semicolon before the next part. Parts that are no characters of a word the line names, or two-character parts giving a
standing, are not read so."""

from __future__ import annotations

from policyterms.mining.extract import extract_entries
from policyterms.mining.extract_layouts import find_entries


def _entries(text: str) -> list[tuple[str, str]]:
    return [(entry.term, entry.definition) for entry in extract_entries(text)]


def test_formula_parts_after_the_formula_own_gloss():
    # P1246 (dev-41): an exam site's card; the formula's gloss ends before its first part
    text = (
        "“3+1+2”模式是一种高考模式,“3”为全国统一高考科目的语文、数学、外语;“1”为“首选科目”要求从物理、历史2门科目中确定1门;"
        "“2”为“再选科目”要求从思想政治、地理、化学、生物学4门科目中确定2门。\n"
    )
    assert _entries(text) == [
        ("“3+1+2”模式", "是一种高考模式"),
        ("“3”", "为全国统一高考科目的语文、数学、外语"),
        ("“1”", "为“首选科目”要求从物理、历史2门科目中确定1门"),
        ("“2”", "为“再选科目”要求从思想政治、地理、化学、生物学4门科目中确定2门。"),
    ]


def test_formula_parts_after_a_question_lead():
    # P1405 (dev-44): the answer under a question heading; the lead 新高考3+1+2的意思,其中 is no gloss
    text = (
        "新高考3+1+2啥意思含义\n\n"
        "新高考3+1+2的意思,其中“3”代表语、数、外三门必考科目,“1”指的是必须从“物理”和“历史”中选一科目,"
        "最后这个“2”是指从政治、生物、化学、地理中选2科目。\n"
    )
    assert _entries(text) == [
        ("“3”", "代表语、数、外三门必考科目"),
        ("“1”", "指的是必须从“物理”和“历史”中选一科目"),
        ("“2”", "是指从政治、生物、化学、地理中选2科目。"),
    ]


def test_characters_of_a_compound_after_so_called_and_er():
    # P1506 (dev-44): a news link box; a converter turned the second part's opening quotation mark
    text = (
        "“证照”是企业进入市场的两把“钥匙”。所谓“照”,指的是工商部门颁发的营业执照,而”证”,指的是各相关行业主管部门颁发的"
        "经营许可证。原先要开办一家公司,首先要取得主管部门的经营许可证,才能到工商部门申办营业执照。\n"
    )
    assert _entries(text) == [
        ("“照”", "指的是工商部门颁发的营业执照"),
        ("”证”", "指的是各相关行业主管部门颁发的经营许可证。"),
    ]


def test_a_frame_naming_the_word_is_part_of_the_first_term():
    # P1283 (dev-42): a wiki copy; the frame “三提五统”中的 names the word the parts belong to
    text = "“三提五统”中的“提”是村提留,“统”指的是乡统筹。所谓“三提”,是指农户上交给村级行政单位的三种提留费用,包括公积金、公益金和行管费。\n"
    entries = _entries(text)
    assert ("“三提五统”中的“提”", "是村提留") in entries
    assert ("“统”", "指的是乡统筹。") in entries
    assert ("“三提”", "是指农户上交给村级行政单位的三种提留费用,包括公积金、公益金和行管费。") in entries


def test_two_character_parts_giving_a_standing_are_no_series():
    # P1121 (dev-39): a study article; 一核 and 两翼 are weighed (是主体、是灵魂), not glossed, and no gold reads them
    text = (
        "“一核两翼”整体布局是以习近平总书记为核心的党中央高瞻远瞩、运筹帷幄提出的大思路、大棋局,为首都发展指明了前进方向。"
        "“一核”是主体、是灵魂、是统帅,发挥着中枢引领作用,凸显着首都核心功能;“两翼”是支撑、是桥梁、是辅助,集中承载非首都功能,"
        "更好服务“四个中心”。\n"
    )
    assert [e.term for e in find_entries(text)] == []


def test_characters_of_a_word_named_on_another_line_stay_in_its_gloss():
    # P1117 (dev-39): under the headword line 东数西算 the characters glossed are part of the headword's gloss (its gold)
    text = (
        "1、天府中央法务区\n\n为深入践行习近平法治思想、营造与社会主义市场经济体制相适应的法治环境和营商环境,我省创新建设的现代法律服务聚集区。\n\n"
        "2、“东数西算”工程\n\n“数”指的是数据,“算”指的是算力,即对数据的处理能力。通过构建数据中心、云计算、大数据一体化的新型算力网络体系,"
        "将东部算力需求有序引导到西部。\n"
    )
    terms = [e.term for e in find_entries(text)]
    assert "“数”" not in terms and "“算”" not in terms


def test_a_headword_glossed_by_its_parts_keeps_them_whole():
    # the project's own seed (glossary/texts/jinshan-2020-work-report.txt, 名词解释 9), read without its heading as a page
    # showing only the list: the headword names 1+7 and its gloss is nothing but the parts, so the parts are no entries
    text = (
        "8.田园五镇:是指金山区张堰镇、廊下镇、吕巷镇和平湖市新仓镇、广陈镇。\n"
        "9.农民相对集中居住“1+7”政策体系:“1”是指推进农民相对集中居住的实施意见,“7”是指涉及村民住房建设管理、"
        "宅基地自愿有偿退出、平移集中居住用地补偿等7个配套政策。\n"
        "10.四好农村路:是指建好、管好、护好、运营好农村公路。\n"
    )
    entries = _entries(text)
    assert (
        "农民相对集中居住“1+7”政策体系",
        "“1”是指推进农民相对集中居住的实施意见,“7”是指涉及村民住房建设管理、宅基地自愿有偿退出、平移集中居住用地补偿等7个配套政策。",
    ) in entries
    assert not {"“1”", "“7”"} & {term for term, _ in entries}


def test_a_word_repeating_a_part_counted_by_position_is_no_series():
    # the same seed, 名词解释 14: 第一个“4”, 第二个“4” — the gloss ran to 第二个 and “4”, “8” came out as entries of their own
    text = (
        "14.“1+4+4+8”新型产业体系:“1”是指调整提升传统产业能级,第一个“4”是指优先发展四大产业集群,"
        "第二个“4”是指推进四大片区产业组团式发展,“8”是指大力发展八大生产性服务业。\n"
    )
    assert _entries(text) == [
        (
            "“1+4+4+8”新型产业体系",
            "“1”是指调整提升传统产业能级,第一个“4”是指优先发展四大产业集群,第二个“4”是指推进四大片区产业组团式发展,"
            "“8”是指大力发展八大生产性服务业。",
        )
    ]
