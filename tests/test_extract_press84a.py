"""The eighty-fourth development set's press pages P2448–P2455 (law, public security and business-environment vocabulary,
mainland, Hong Kong and Taiwan press and commercial pages). Each mended mechanism has the real sentences it was mended
from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a cited definition whose reference number follows its full stop (…条件。[1]) ends there (P2450) -------------------

_BUSINESS_ENVIRONMENT = (
    "一、问题的提出\n"
    "营商环境是指企业在开设、经营、贸易活动、纳税、关闭及执行合约等方面遵循政策法规所需的时间和成本等条件。[1]党的十八大以来,国家"
    "层面在营商环境建设方面强化顶层设计,明确提出“优化营商环境就是解放生产力、提高竞争力”[2],充分体现了政府职能的转变和市场主体性"
    "地位的回归。\n"
)


def test_a_definition_cited_after_its_full_stop_ends_at_its_number_before_another_works_citation():
    assert pairs(_BUSINESS_ENVIRONMENT) == [
        ("营商环境", "是指企业在开设、经营、贸易活动、纳税、关闭及执行合约等方面遵循政策法规所需的时间和成本等条件。[1]")
    ]


def test_a_number_after_the_stop_of_a_later_sentence_or_the_same_number_again_is_no_end():
    from policyterms.mining.extract_layouts.citation_ends import before_other_source

    same = "营商环境是指企业遵循政策法规所需的时间和成本等条件。[1]营商环境分为政务环境和市场环境。[1]"
    assert before_other_source(same, 4, len(same)) == len(same)  # the same work cited again: still its definition
    second = "营商环境是指企业遵循政策法规所需的条件。它包括政务环境。[1]国家明确提出优化营商环境[2]。"
    assert before_other_source(second, 4, len(second)) == len(second)  # the first sentence cites nothing
