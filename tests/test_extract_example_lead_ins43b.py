"""The forty-third development set's closing example lead-ins (P1343's ``…发育成幼体。例如:`` over numbered example
sentences): kept with the sense they illustrate, as the golds keep them; any other closing lead-in is still cut."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.prose import _CLOSING_LEAD_IN, _EXAMPLE_LEAD_IN


_INCUBATE = (
    "马先生:\n"
    "“孵化”指鱼、鸟等的受精卵在一定条件下发育成幼体。例如:\n"
    "(1)至项目完工,共孵化放生小海龟1万多只,有效掩护了本地海龟的繁殖。\n"
    "“孵化”有时也指培养某方面的人才。例如:\n"
    "(10)不久前建立了人才孵化基地,与市科青联、市农科院等单元建立人才支持合作关系。\n"
)


def test_a_closing_example_lead_in_stays_with_the_sense():
    assert pairs(_INCUBATE) == [
        ("“孵化”", "指鱼、鸟等的受精卵在一定条件下发育成幼体。例如:"),
        ("“孵化”", "有时也指培养某方面的人才。例如:"),
    ]


def test_other_closing_lead_ins_are_no_example_lead_in():
    # (41's 教师轮岗交流政策 page: 具体来说: announces the lines below and is still cut; an example sentence that goes on,
    # 例如,在政策制定…, is no closing lead-in at all)
    assert _EXAMPLE_LEAD_IN.fullmatch("具体来说:") is None
    assert _EXAMPLE_LEAD_IN.fullmatch("以下是详细解释:") is None
    assert _CLOSING_LEAD_IN.search("…功能完善。例如,在政策制定、企业架构、社会管理等领域,常使用“四梁八柱”来形容关键组成部分的构建。") is None
    assert _EXAMPLE_LEAD_IN.fullmatch("例如:") and _EXAMPLE_LEAD_IN.fullmatch("比如：")
