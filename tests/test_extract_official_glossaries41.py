"""The forty-first development set's official glossaries: a government's wording norms whose headword lines are glossed
by a 【概念解释】 label line among other 【…】 fields (338), and a land office's ``(一)X:`` headword lines over their 係/係指
glosses with an other name leading some (343); with the real lines of the same shapes that must read otherwise."""

from __future__ import annotations

from conftest import pairs


_NORMS = (
    "【政务服务】政务服务改革工作用语规范(7)\n- 发布日期:2024-03-15 10:41\n- 浏览次数:\n- 朗读\n"
    "31.子项名称\n"
    "【概念解释】子项名称即政务服务事项子项的名称,是指将政务服务事项主项根据审批层级不同和审批对象类别、专业、等级、规模、涉外属性、重要程度等分列子项,"
    "对不划分子项的事项,子项与主项一致。\n【近义词】“办理事项”等。\n【词条意义】对政务服务事项进行细化分类,方便企业、群众业务办理和申报。\n"
    "32.业务办理项名称\n"
    "【概念解释】以企业、群众实际办事为视角,将政务服务事项根据新设、变更、延续、注销等不同情形,将子项进一步细分出的颗粒化办事单元的名称。\n"
    "【近义词】“具体事项”等。\n【词条意义】细化办事情形,方便企业、群众业务办理和申报。\n"
)


def test_a_concept_label_opens_the_gloss_and_the_cards_next_field_ends_it():
    assert pairs(_NORMS) == [
        (
            "子项名称",
            "即政务服务事项子项的名称,是指将政务服务事项主项根据审批层级不同和审批对象类别、专业、等级、规模、涉外属性、重要程度等分列子项,"
            "对不划分子项的事项,子项与主项一致。",
        ),
        ("业务办理项名称", "以企业、群众实际办事为视角,将政务服务事项根据新设、变更、延续、注销等不同情形,将子项进一步细分出的颗粒化办事单元的名称。"),
    ]


def test_a_dictionarys_meaning_label_still_glosses_its_headword():
    # (the older label the concept label joins: 人口统计 / 【意思解释】指…)
    text = "人口统计的意思解释\n\n人口统计\n\n【意思解释】指在特定的期限内,通过经常登记和人口普查,对某个国家或某个地区人口及其变动的统计。\n"
    assert pairs(text) == [("人口统计", "指在特定的期限内,通过经常登记和人口普查,对某个国家或某个地区人口及其变动的统计。")]


_LAND_TERMS = (
    "(一)土地登記:\n"
    "係地政機關按法定程序依權利人之申請或本於職權將土地(建物)之標示、所有權及他項權利之取得、設定、喪失及變更等應登記事項詳載於登記簿,"
    "以確定其權利歸屬及權利狀態並公示於第三人之行政行為。\n"
    "(二)土地登記專業代理人:\n"
    "即俗稱「地政士」,係指依土地登記專業代理人管理辦法規定,領有執業證書並經核准開業登記,以執行代理他人申辦土地登記案件為業者。\n"
    "(四)建物所有權第一次登記:\n"
    "俗稱建物保存登記,係指尚未辦理產權登記之新建或舊有合法建物,所有權人為確保其權屬,第一次向地政機關申辦之所有權登記。\n"
)


def test_chinese_numbered_colon_headword_lines_over_their_xi_glosses_are_entries_an_other_name_left_out():
    assert pairs(_LAND_TERMS) == [
        (
            "土地登記",
            "係地政機關按法定程序依權利人之申請或本於職權將土地(建物)之標示、所有權及他項權利之取得、設定、喪失及變更等應登記事項詳載於登記簿,"
            "以確定其權利歸屬及權利狀態並公示於第三人之行政行為。",
        ),
        ("土地登記專業代理人", "係指依土地登記專業代理人管理辦法規定,領有執業證書並經核准開業登記,以執行代理他人申辦土地登記案件為業者。"),
        ("建物所有權第一次登記", "係指尚未辦理產權登記之新建或舊有合法建物,所有權人為確保其權屬,第一次向地政機關申辦之所有權登記。"),
    ]


def test_a_documents_chinese_numbered_section_heads_are_no_glossary():
    # (a plan's sections over the government work report's sentences: 以…为指导, 坚持…: no defining verb opens them)
    text = (
        "（一）指导思想：\n以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神。\n"
        "（二）基本原则：\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n"
    )
    assert pairs(text) == []
