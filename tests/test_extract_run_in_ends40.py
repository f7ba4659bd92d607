"""The fortieth development set's definitions that ended in the wrong place or were missed inside a long sentence: a
short numbered note naming its parts after 指的是 ends with its line over a much longer paragraph (P1189), and a clause
restating a word its sentence has just named in quotation marks, with a strong marker (P1189's 中三角). Counter-examples:
the 1995 report's 是指导性, a report's numbered point wrapped before its 即 line (1982) and a Japanese page's keyword headings (dev-30's 207)."""

from __future__ import annotations

from conftest import pairs


def test_a_short_numbered_note_naming_its_parts_ends_with_its_line():
    text = (
        "國務院批複長江經濟建設:「2帶3區」點名長三角\n"
        "2)3區指的是京津冀區、黃河流域區、粵港澳大灣區\n"
        "國家要求長江經濟帶的各省市要主動加強與京津冀、黃河流域、粵港澳大灣區等區域重大戰略地區的協同聯動,本身京津冀、粵港澳大灣區都是全國"
        "發達的區域,主動與這些區域協同合作就能實現共贏。\n"
    )
    assert ("3區", "指的是京津冀區、黃河流域區、粵港澳大灣區") in pairs(text)


def test_a_reports_point_wrapped_before_its_ji_line_still_goes_on():
    text = (
        "四、所有确定进行建设的项目，一律实行“五定”，\n即定建设规模，定投资总额，定建设工期，定投资效果，定外部协作条件，并且实行严格的"
        "责任制度。计划部门和主管单位，必须按照合理工期分年拨足投资和保证相应的物资供应。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“五定”"]


def test_japanese_keyword_headings_over_their_paragraphs_stay_none():
    text = (
        "1. 発展:所得増加の「確かな基盤」\n発展は住民の生活と密接です。報告では、「都市・農村住民の所得増加は吉林省の経済発展と緊密に関連している」"
        "と明記。吉林省の安定したGDP成長が所得増加の基盤となっています。\n"
    )
    assert pairs(text) == []


def test_a_clause_restating_a_word_just_quoted_with_a_strong_marker():
    text = (
        "很早之前東邊就有長三角、西部大開發後西邊就有「西三角」,經過漫長發展中部將浮現「中三角」,其實中三角指的是以武漢為中心的大都市圈,"
        "及南昌—武漢—長沙大都市圈,中三角是全國範圍內的新生力量。\n"
    )
    assert pairs(text) == [("中三角", "指的是以武漢為中心的大都市圈,及南昌—武漢—長沙大都市圈,中三角是全國範圍內的新生力量。")]


def test_a_clause_with_shi_zhidao_in_a_reports_long_sentence_is_none():
    # (the 1995 report: 是指导性 is no marker, and nothing was quoted before it)
    text = "在发展社会主义市场经济条件下制定中长期计划，计划方法要进行改革，突出计划的宏观性、战略性和政策性，总体上应当是指导性的计划。\n"
    assert pairs(text) == []


def test_a_names_meaning_restated_after_yisishi_and_glossed_by_ji():
    text = (
        "“一年成邑,二年成都” 说:宋《太平寰宇记》记载,“蜀以周太王从梁山止岐下,一年成邑,二年成都,因名之曰‘成都’”,意思是成都即 “成为都城”,"
        "这种说法体现了成都作为古蜀地区政治中心的重要地位,也反映了其从一个普通聚居地逐渐发展成为都城的历史过程。\n"
    )
    assert pairs(text) == [
        ("成都", "即 “成为都城”,这种说法体现了成都作为古蜀地区政治中心的重要地位,也反映了其从一个普通聚居地逐渐发展成为都城的历史过程。")
    ]


def test_a_headword_restated_in_quotes_as_a_short_form_is_a_second_entry():
    text = (
        "1)2帶指的是一帶一路、長江經濟帶\n"
        "一帶一路是我國向世界提供的堅持多邊主義的國際合作平台,是一項開放包容的經濟合作倡議,「一帶一路」是「絲綢之路經濟帶」和「21世紀海上"
        "絲綢之路」的簡稱,目前有很多國家主動加入,也是為了更好的發展。國家要求必須按照主體功能定位推動區域發展,深度融入共建「一帶一路」。\n"
    )
    found = pairs(text)
    assert ("一帶一路", "是我國向世界提供的堅持多邊主義的國際合作平台,是一項開放包容的經濟合作倡議") in found
    assert ("「一帶一路」", "是「絲綢之路經濟帶」和「21世紀海上絲綢之路」的簡稱") in found
