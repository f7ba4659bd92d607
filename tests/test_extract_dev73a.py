"""Seventy-third round, fixer A: general mechanisms mended from the misses of dev-120, dev-122 and dev-123 (the press and
official pages held out through the seventy-second round), each tested with the page's own sentences, other shapes of the
same mechanism, and one shape it must not take."""

from __future__ import annotations

from conftest import pairs


# --- a topic term's class counted as one after its difference: X是对…的一种Y ---------------------------------------------

_CERTIFICATE = (
    "掌握未来:社会工作者职业资格证书的全面解析\n"
    "在当今社会,社会工作者的角色变得愈发重要。本文将全面解析社会工作者职业资格证书,帮助您更好地了解这一职业资格考试。\n"
    "一、社会工作者职业资格证书的意义\n"
    "社会工作者职业资格证书是对从事社会工作专业人才的一种资格认证,它不仅是证明个人职业水平和资格的重要文件,"
    "更是提升社会工作者专业素养和服务能力的有效手段。持证者可以在多个领域从事专业服务,如社会福利、社会救助、慈善事业、社区建设等。\n"
    "二、考试内容与结构\n"
    "社会工作者职业资格证书考试是由民政部、人力资源和社会保障部共同组织实施的全国统一考试。\n"
)


def test_counted_genus_under_a_numbered_heading_its_later_clauses_weighing_it_P3416():
    got = dict(pairs(_CERTIFICATE))
    assert got["社会工作者职业资格证书"] == (
        "是对从事社会工作专业人才的一种资格认证,它不仅是证明个人职业水平和资格的重要文件,"
        "更是提升社会工作者专业素养和服务能力的有效手段。持证者可以在多个领域从事专业服务,如社会福利、社会救助、慈善事业、社区建设等。"
    )
    assert got["社会工作者职业资格证书考试"] == "是由民政部、人力资源和社会保障部共同组织实施的全国统一考试。"


def test_counted_genus_of_other_shapes_an_audit_section_and_a_hazard_card():
    audit = "一、审计的内容\n审计是对被审计单位财政收支的真实性进行的一种独立监督。审计机关依法独立行使审计监督权。\n"
    assert pairs(audit) == [("审计", "是对被审计单位财政收支的真实性进行的一种独立监督。审计机关依法独立行使审计监督权。")]
    surge = "風暴潮\n風暴潮是熱帶氣旋靠近沿岸地區時的一種水位異常上升現象。每年夏季多發。\n"
    assert pairs(surge) == [("風暴潮", "是熱帶氣旋靠近沿岸地區時的一種水位異常上升現象。每年夏季多發。")]


def test_a_counted_standing_or_weighed_kind_is_no_genus():
    assert pairs("一、数字经济的作用\n数字经济是推动高质量发展的一种重要力量。各地加快布局。\n") == []
    assert pairs("一、数字经济的作用\n数字经济是实现共同富裕的一种手段。各地加快布局。\n") == []


# --- a heading naming the line between two things, the difference weighed: A与B的本质界限 ------------------------------------

_CREDIT = (
    "征信异议代理为什么必须单独写清边界\n\n"
    "如果这条边界没有讲透,您很容易被误导,将合法异议代理与收费\"征信修复\"骗局混为一谈。\n\n"
    "Boundary Definition\n\n"
    "征信异议与征信修复的本质界限\n\n"
    "征信异议是您在发现征信报告中存在错误、遗漏或未经您同意采集的信息时,依法向征信机构或信息提供者提出纠正申请的法定权利。"
    "这是《征信业管理条例》第二十五条明确赋予您的权利,目的是确保您的信用信息真实、准确、完整。\n\n"
    "征信修复则是某些机构或个人宣称可以\"删除\"\"洗白\"真实、合法的逾期记录。您需要明确:真实发生的逾期记录依法应当保存五年。\n"
)


def test_a_weighed_boundary_heading_asks_what_each_word_is_P3388():
    got = dict(pairs(_CREDIT))
    assert got["征信异议"] == (
        "是您在发现征信报告中存在错误、遗漏或未经您同意采集的信息时,依法向征信机构或信息提供者提出纠正申请的法定权利。"
        "这是《征信业管理条例》第二十五条明确赋予您的权利,目的是确保您的信用信息真实、准确、完整。"
    )
    assert got["征信修复"] == "是某些机构或个人宣称可以\"删除\"\"洗白\"真实、合法的逾期记录。您需要明确:真实发生的逾期记录依法应当保存五年。"


def test_weighed_differences_of_other_pages_name_both_words():
    from policyterms.mining.extract_layouts.topics import _COMPARISON_HEADING

    def compared(line: str) -> list[tuple[str, str]]:
        return [(m.group("a"), m.group("b")) for m in _COMPARISON_HEADING.finditer(line)]

    assert compared("行政复议与行政诉讼的主要区别") == [("行政复议", "行政诉讼")]
    assert compared("政策性銀行和商業銀行之根本區別") == [("政策性銀行", "商業銀行")]
    assert compared("社工师和社区工作者的区别") == [("社工师", "社区工作者")]  # (as before)
    assert compared("政府与市场的边界") == [("政府", "市场")]


def test_a_relation_heading_asks_nothing():
    from policyterms.mining.extract_layouts.topics import _COMPARISON_HEADING

    assert _COMPARISON_HEADING.search("农村信用体系与小额贷款的关系") is None
    assert _COMPARISON_HEADING.search("城市与乡村的本质联系") is None


# --- a law's article cited in running prose, its definition quoted: 《…》第N条明确“X是指…” ---------------------------------

_REGULATION = (
    "从征信监管层面看,《征信业管理条例》第2条明确“征信业务是指对企业、事业单位等组织(以下统称企业)的信用信息和个人的信用信息进行"
    "采集、整理、保存、加工,并向信息使用者提供的活动”,其第16条规定“征信机构对个人不良信息的保存期限,自不良行为或者事件终止之日起为5年;"
    "超过5年的,应当予以删除”,虽然针对企业的不良信息保存期限未作明确规定,但实践中参照此原则。\n"
)


def test_a_cited_articles_quoted_definition_ends_where_the_quotation_closes_P3391():
    assert pairs(_REGULATION) == [
        ("征信业务", "是指对企业、事业单位等组织(以下统称企业)的信用信息和个人的信用信息进行采集、整理、保存、加工,并向信息使用者提供的活动")
    ]


def test_a_cited_laws_quoted_definition_after_a_colon():
    text = "《中华人民共和国消费者权益保护法》规定:“经营者是指为消费者提供其生产、销售的商品或者提供服务的市场主体。”这一规定很重要。\n"
    assert pairs(text) == [("经营者", "是指为消费者提供其生产、销售的商品或者提供服务的市场主体。")]


def test_a_speakers_quoted_words_are_no_cited_article():
    assert pairs("他说:“征信业务是指对企业的信用信息进行采集的活动。”\n") == []


# --- an outline's numbered section on the relation of two words: no headword ----------------------------------------------

_OUTLINE = (
    "1、劳动关系\n\n指劳动者与用人单位在实现劳动过程中建立的社会经济关系。\n\n"
    "2、劳动合同\n\n指劳动者与用人单位确立劳动关系、明确双方权利和义务的协议。\n\n"
    "3、劳动关系与劳动合同的关系\n\n劳动合同是劳动关系的法律形式,好比是骨架,劳动关系是内容。\n"
)


def test_a_relation_item_among_numbered_headwords_is_no_headword_P3384():
    text = (
        "(一)定义、特点及相关内容\n\n1、农村信用体系\n\n通过一系列数据化、流程化、互联网化的融资制度安排,有效减少农村信贷市场信息不对称,"
        "缓解农户贷款难问题。\n\n3、农村信用体系和小额贷款的关系\n\n信用体系是基础设施,好比是高速公路,小额贷款是具体业务,"
        "好比是高速公路上的汽车,如果要车子跑得快,就必须把公路建好。\n"
    )
    assert "农村信用体系和小额贷款的关系" not in dict(pairs(text))


def test_a_relation_item_of_another_outline_and_a_relation_word_as_headword():
    got = pairs(_OUTLINE)
    assert got == [
        ("劳动关系", "指劳动者与用人单位在实现劳动过程中建立的社会经济关系。"),  # (关系 in a term of its own: a headword)
        ("劳动合同", "指劳动者与用人单位确立劳动关系、明确双方权利和义务的协议。"),
    ]
    from policyterms.mining.extract_layouts.section_headings import topic_section

    assert topic_section("财政政策与货币政策之间的关系") and topic_section("發展和安全的聯繫") and not topic_section("劳动关系")


def test_a_counted_genus_under_a_heading_naming_something_else_stays_unread():
    # (dev-47's counter-case, test_a_kind_below_another_heading_is_left_to_the_other_rules, kept)
    text = "1、歷史\n\n風暴潮是當熱帶氣旋靠近沿岸地區時的一種水位異常上升現象。每年夏季多發。\n\n风暴潮水位上升。\n"
    assert pairs(text) == []
