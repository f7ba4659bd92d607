"""Across sets (thirty-ninth round): ``label:…`` items that are a programme's working steps or its results, not glosses of
their labels — under a heading on how it is carried out or what it has achieved (``四、三服务活动的实施方式``,
``三、秦创原的实践成果``, dev-48's P1628 and P1629), or in a bulleted list whose items mostly say how a step is done or what
is done to whom (``- 调查取证:通过现场勘查…``, ``- 督促整改:对违法行为进行督促整改,…``, dev-44's P1482) — each with a real
list of the same shape that stays an entry."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import Found
from policyterms.mining.extract_layouts.measure_bullets import task_list
from policyterms.mining.extract_layouts.notes import _POINTS


_SERVICES = (
    "一、三服务活动的定义\n"
    "“三服务”活动通常指:\n"
    "1. 服务群众:聚焦民生需求,解决群众身边的急难愁盼问题,提升群众满意度。\n"
    "2. 服务企业:优化营商环境,帮助企业解决发展中的困难,激发市场活力。\n"
    "3. 服务基层:强化基层治理能力,推动资源下沉,提升基层服务水平。\n"
    "该活动是政府加强作风建设、提高执行力的重要举措,也是推进社会治理现代化的重要抓手。\n"
    "四、三服务活动的实施方式\n"
    "- 走访调研:深入基层、企业、群众中了解实际需求。\n"
    "- 问题梳理:建立问题清单,明确责任分工。\n"
    "- 跟踪整改:对问题进行分类处理,定期反馈整改情况。\n"
)


def test_steps_under_a_heading_on_how_a_programme_is_carried_out_are_no_entries():
    terms = [term for term, _ in pairs(_SERVICES)]
    assert "走访调研" not in terms and "问题梳理" not in terms and "跟踪整改" not in terms
    # the items under the definition heading's 通常指: lead-in stay the entries they are (P1628's gold)
    assert {"服务群众", "服务企业", "服务基层"} <= set(terms)


_RESULTS = (
    "三、秦创原的实践成果\n"
    "自2021年3月秦创原创新驱动平台建设启动以来,陕西省科技创新取得了显著成效:\n"
    "  1. 科技型企业数量快速增长:截至2023年,陕西省科技型中小企业数、高新技术企业数分别达到3.6万家和1.2万家。\n"
    "  2. 科技成果转化效率提升:陕西省技术合同成交额连续两年增速超过30%,科技成果转化效率显著提升。\n"
)


def test_results_under_a_heading_on_what_a_programme_achieved_are_no_entries():
    assert pairs(_RESULTS) == []


def test_the_heading_words_of_steps_and_results():
    assert _POINTS.search("四、三服务活动的实施方式") is not None
    assert _POINTS.search("二、碳汇个人账户的运作方式") is not None
    assert _POINTS.search("三、秦创原的实践成果") is not None
    # a body's ways of working are glossed methods (P502), and a research result is no heading of results
    assert _POINTS.search("三、政协委员的工作方式") is None
    assert _POINTS.search("科技成果") is None


_PROCURATORATE = (
    "二、生态检察的职能与工作方式\n"
    "1. 职能\n"
    "生态检察的主要职能包括:\n"
    "- 监督执法:对破坏生态环境的违法行为进行监督,督促行政机关依法履行职责。\n"
    "- 提起公诉:对破坏生态环境的犯罪行为提起公诉,依法追究刑事责任。\n"
    "- 公益诉讼:对损害国家利益、社会公共利益的生态环境违法行为提起公益诉讼。\n"
    "2. 工作方式\n"
    "生态检察的工作方式主要包括:\n"
    "- 调查取证:通过现场勘查、查阅资料、询问相关人员等方式,收集证据。\n"
    "- 督促整改:对违法行为进行督促整改,要求行政机关依法履行职责。\n"
    "- 提起诉讼:对违法行为提起公诉或公益诉讼,维护国家利益和社会公共利益。\n"
)


def test_bullets_saying_how_a_step_is_done_are_no_entries():
    assert pairs(_PROCURATORATE) == []


def test_a_list_of_glosses_is_no_list_of_steps():
    task = lambda t, d: Found(t, d, d, 1, 0, 1)
    # (P1292's 三清 items open with 对…进行 too, but they are numbered under a table's group cell: one alone is no list)
    assert not task_list([
        task("清理垃圾", "对村庄内的生活垃圾、建筑垃圾等进行集中清理,做到日产日清。"),
        task("覆盖范围广", "农作物保险覆盖了多种作物。"),
        task("保费补贴", "政府对保费给予补贴。"),
    ])
    # a gloss naming what its label is short for opens with 对 and no verb of acting
    assert not task_list([
        task("对口支援", "对口支援的简称,指…。"), task("结对帮扶", "结成对子的帮扶。"), task("东西协作", "东部与西部的协作。"),
    ])


def test_glosses_by_a_means_or_an_act_ending_on_their_kind_are_no_steps():
    # review: a glossary's items glossed as one clause ending on what kind of thing the label is (对…进行的审计,
    # 通过…的一种扶贫方式) are definitions, though they open with 对…进行 or 通过 as P1482's steps do (which go on after a comma)
    audit = (
        "常用审计术语\n"
        "- 绩效审计:对被审计单位经济活动的经济性、效率性和效果性进行的审计。\n"
        "- 专项审计调查:对与国家财政收支有关的特定事项进行的专门调查。\n"
        "- 经济责任审计:对领导干部任职期间经济责任履行情况进行的监督、评价和鉴证行为。\n"
    )
    assert [term for term, _ in pairs(audit)] == ["绩效审计", "专项审计调查", "经济责任审计"]
    means = (
        "名词解释\n"
        "- 减税降费:通过减少税收和行政性收费来减轻市场主体负担的一项宏观政策。\n"
        "- 以工代赈:通过组织受赈济者参加工程建设获得劳务报酬的一种扶贫方式。\n"
        "- 政府购买服务:通过市场机制把政府直接提供的公共服务事项交由社会力量承担的做法。\n"
    )
    assert [term for term, _ in pairs(means)] == ["减税降费", "以工代赈", "政府购买服务"]
    assert pairs(_PROCURATORATE) == []
