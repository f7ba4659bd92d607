"""The forty-third development set's false entries: the labelled points of an explainer's sections on how its topic works,
where it is applied and what forms it takes (P1359's mechanism steps and fields, P1341's forms of a night economy), each
with a real sentence of the same shape that must stay an entry."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.notes import _POINTS


_SANDBOX = (
    "一、沙盒监管的定义\n \n"
    "沙盒监管是指一种创新监管模式,旨在为新兴行业或创新型企业提供一个安全、可控的实验环境。\n \n"
    "三、沙盒监管的运作机制\n \n"
    "1.企业申请:有意向的企业或项目需向监管部门提交申请,申请内容包括创新方案、风险控制措施等。\n \n"
    "2.审核批准:监管部门对申请材料进行审核,对符合条件的企业或项目给予批准。\n \n"
    "四、沙盒监管的应用领域\n \n"
    "1.金融科技:如区块链、人工智能、等新兴技术在金融领域的应用。\n \n"
    "2.互联网医疗:远程医疗、**问诊、健康管理等领域。\n \n"
    "3.新能源汽车:电动汽车、自动驾驶等技术创新。\n"
)


def test_numbered_items_under_a_mechanism_or_fields_heading_are_no_entries():
    assert pairs(_SANDBOX) == [("沙盒监管", "是指一种创新监管模式,旨在为新兴行业或创新型企业提供一个安全、可控的实验环境。")]


_FORMS = (
    "1.1 夜经济的主要形态\n\n"
    "  • 夜间餐饮与购物:这是最传统、最基础的形态。包括深夜食堂、24小时便利店、夜间集市、商圈延长营业时间等。\n"
    "  • 夜间体育与健康:夜间健身房、夜间篮球场、夜间游泳馆、夜间瑜伽馆等,满足了都市人群在工作之余的健康与运动需求。\n"
    "  • 夜间旅游与观光:夜间游船、夜间灯光秀、夜间主题公园(如上海迪士尼的夜间烟花秀)、夜间城市观光巴士等,为游客提供了独特的夜间体验。\n"
)


def test_bullets_under_a_heading_announcing_the_forms_of_the_topic_are_no_entries():
    assert pairs(_FORMS) == []


def test_a_defined_item_under_such_a_heading_stays_an_entry():
    # (the 应用 heading of a policy article, P637's shape: its items defining by 是指 are a glossary's entries)
    text = (
        "四、数字技术应用领域\n"
        "(一)工业互联网:是指新一代信息通信技术与工业经济深度融合的新型基础设施、应用模式和工业生态。\n"
        "(二)智慧农业:推动农业生产数字化。\n"
    )
    assert pairs(text) == [("工业互联网", "是指新一代信息通信技术与工业经济深度融合的新型基础设施、应用模式和工业生态。")]


def test_forms_joined_to_the_meaning_and_a_plain_mechanism_are_no_points_headings():
    # (一、 夜经济的内涵与多元形态 heads the meaning; 价格双轨制的运作机制 is one, a section of how it works)
    assert not _POINTS.search("一、 夜经济的内涵与多元形态")
    assert _POINTS.search("价格双轨制的运作机制")
    assert not _POINTS.search("长效机制")


_RELATIONS = (
    "关于“四个伟大”的关系,综合权威资料和理论阐释,可总结如下:\n"
    "一、核心关系\n目标与手段的关系\n"
    "- 伟大梦想是最终目标,指引方向。例如实现中华民族伟大复兴的中国梦,为其他三个“伟大”提供终极追求。\n"
    "- 伟大斗争是实现目标的手段,通过应对国内外风险挑战激发发展动力。\n"
    "二、辩证统一关系\n相互贯通、相互作用\n"
    "四个“伟大”在实践中紧密交织,如改革开放(伟大事业)需要通过斗争(伟大斗争)破除体制机制障碍,而党建(伟大工程)则为其他三者提供持续动力。\n"
    "三、实践意义\n理论创新\n"
    "作为党的十九大提出的新概念,四个“伟大”构建了新时代治国理政的总框架,提升了理论高度。\n"
    "实践指导\n"
    "强调“以伟大工程为根基”,要求在推动经济、政治、文化、社会、生态文明建设(伟大事业)中,始终贯穿斗争精神,并通过党建保障方向。\n"
    "综上,四个“伟大”不是孤立的,而是目标与手段、保障与支撑的辩证统一体,共同推动中国特色社会主义进入新时代。\n"
)


def test_unnumbered_sub_headings_under_a_numbered_heading_of_relations_or_significance_are_no_headwords():
    assert pairs(_RELATIONS) == []


def test_a_sub_heading_whose_paragraph_defines_stays_under_such_a_heading():
    # (P1314's definition of 政治意识, under a significance heading of the same shape)
    text = (
        "三、实践意义\n政治意识\n"
        "政治意识是指始终保持对党的政治忠诚,坚持正确的政治方向,坚决拥护中国共产党的领导。\n"
        "大局意识\n"
        "大局意识是指党员、干部要从全局角度思考问题,站在国家和民族的高度,深刻认识和把握大局。\n"
    )
    assert [term for term, _ in pairs(text)] == ["政治意识", "大局意识"]
