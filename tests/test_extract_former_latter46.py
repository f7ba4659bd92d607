"""Two quoted words named inside a sentence and set off by a dash, then 前者…,后者… (forty-sixth development set, P1545):
each clause glosses the word it stands for, the latter's clause ending at its semicolon."""

from __future__ import annotations

from conftest import pairs

P1545 = (
    "2019年生效实施的《中华人民共和国电子商务法》(以下简称《电子商务法》)首次明确界定了“电子商务”和“电子商务经营者”——"
    "前者是指“通过互联网等信息网络销售商品或者提供服务的经营活动”,后者是指“通过互联网等信息网络从事销售商品或者提供服务的经营活动的"
    "自然人、法人和非法人组织”;同时,规定“电子商务经营者从事跨境电子商务,应当遵守进出口监督管理的法律、行政法规和国家有关规定”。\n"
)


def test_a_dashed_pair_glossed_by_former_and_latter() -> None:
    assert pairs(P1545) == [
        ("“电子商务”", "是指“通过互联网等信息网络销售商品或者提供服务的经营活动”"),
        ("“电子商务经营者”", "是指“通过互联网等信息网络从事销售商品或者提供服务的经营活动的自然人、法人和非法人组织”"),
    ]


def test_a_comparison_by_former_and_latter_without_the_dashed_pair_is_none() -> None:
    # (a dictionary explainer's comparison with a near-synonym: 前者侧重…,后者强调…, no gloss)
    from policyterms.mining.extract_layouts.quoted_clauses import _DASHED_FORMER_LATTER

    line = "四、发音与辨析 普通话读音为wài wén,需注意与近义词“外语”的差异:前者侧重书面符号,后者强调口语系统。"
    assert _DASHED_FORMER_LATTER.search(line) is None
    assert all("外语" not in term for term, _ in pairs(line + "\n"))
