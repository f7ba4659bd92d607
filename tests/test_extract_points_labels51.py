"""The fifty-first development set's points under a lead-in: bare ``X:`` label lines below a lead-in announcing aspects
(``…他们的职责通常包括以下几个方面:`` / ``执行任务:`` / its line, P1801) are the points' headings, no glossary entries, while the
same label lines under a lead-in announcing parts (``…具体包括:``, dev-44's P1398) stay entries."""

from __future__ import annotations

from conftest import pairs


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


def test_label_lines_under_a_lead_in_announcing_aspects_are_duties():
    page = (
        "村官,即村干部,是农村最基层的干部,他们的职责通常包括以下几个方面:\n"
        "执行任务:\n"
        "执行上级政府下达的各项任务,包括政策宣传、公共服务设施的建设和维护等。\n"
        "调解纠纷:\n"
        "处理村内的邻里纠纷、家庭矛盾等,维护农村社会的和谐稳定。\n"
        "反映信息:\n"
        "向上级政府反映村里的社会信息,提供决策支持。\n"
        "经济发展:\n"
        "推动农村经济发展,可能包括引导农民种植特色农产品、发展乡村旅游、提高农民收入等。\n"
    )
    assert not {"调解纠纷", "反映信息", "经济发展"} & set(_terms(page))


def test_label_lines_under_a_lead_in_announcing_parts_stay_entries():
    # counter-test: dev-44's P1398, the parts of a counted name listed after 具体包括:
    page = (
        "两项补贴是指针对残疾人提供的两种福利补贴,具体包括:\n"
        "困难残疾人生活补贴:\n"
        "主要补助因残疾产生的额外生活支出,对象为低保家庭中的残疾人,部分地区可扩大到低收入残疾人及其他困难残疾人。\n"
        "重度残疾人护理补贴:\n"
        "主要补助因残疾产生的额外长期照护支出,对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人,部分地区可拓展到非重度智力、精神残疾人或其他需要长期照护的残疾人。\n"
    )
    assert {"困难残疾人生活补贴", "重度残疾人护理补贴"} <= set(_terms(page))
