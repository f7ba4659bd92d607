"""Numbered section headings announcing a campaign's ways of being carried out (实施方式) or a platform's results (成果)
(the forty-eighth set): the ``label:…`` items under them are steps and figures, no glosses."""

from __future__ import annotations

from conftest import pairs


P1628 = """“三服务”活动通常指:
1. 服务群众:聚焦民生需求,解决群众身边的急难愁盼问题,提升群众满意度。
2. 服务企业:优化营商环境,帮助企业解决发展中的困难,激发市场活力。
3. 服务基层:强化基层治理能力,推动资源下沉,提升基层服务水平。
四、三服务活动的实施方式
- 走访调研:深入基层、企业、群众中了解实际需求。
- 问题梳理:建立问题清单,明确责任分工。
- 跟踪整改:对问题进行分类处理,定期反馈整改情况。
"""

P1629 = """三、秦创原的实践成果

自2021年3月秦创原创新驱动平台建设启动以来,陕西省科技创新取得了显著成效:

  1. 科技型企业数量快速增长:截至2023年,陕西省科技型中小企业数、高新技术企业数分别达到3.6万家和1.2万家。

  2. 科技成果转化效率提升:陕西省技术合同成交额连续两年增速超过30%,科技成果转化效率显著提升。
"""

# a body's ways of working stay glossed methods (the heading the rule leaves, P502's reading)
WAYS_OF_WORKING = """三、政协委员的工作方式
- 提案:以书面形式提出建议或意见。
"""


def test_steps_under_a_ways_heading_are_no_entries():
    assert [term for term, _ in pairs(P1628)] == ["服务群众", "服务企业", "服务基层"]


def test_results_under_a_results_heading_are_no_entries():
    assert pairs(P1629) == []


def test_a_bodys_ways_of_working_stay_glossed():
    assert [term for term, _ in pairs(WAYS_OF_WORKING)] == ["提案"]
