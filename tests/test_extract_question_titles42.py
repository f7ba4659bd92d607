"""Answer pages (the forty-second set): a question title asking again in brackets asks about its first term, and a teaser
cut by the page above the full answer is no entry."""

from __future__ import annotations

from policyterms.mining.extract_layouts.topics import _QUESTION
from conftest import pairs_unpinyined as pairs


P1285 = """好酷屋

什么叫林业碳票(什么叫林业碳汇交易)

好酷屋

发布于2023-03-28

好酷屋教程网小编为您收集和整理了什么叫林业碳票(什么叫林业碳汇交易)的相关教程:林业碳票是林地林木的碳减排量收益权的凭证,相当于一片森林的固碳释氧功能作为资产交易的“身份证”。一片林子每年吸收多少吨二氧化碳,释放多少吨氧气,经第三方机构监测核算、专家审查、林业和相关部门审定,最终

林业碳票是林地林木的碳减排量收益权的凭证,相当于一片森林的固碳释氧功能作为资产交易的“身份证”。一片林子每年吸收多少吨二氧化碳,释放多少吨氧气,经第三方机构监测核算、专家审查、林业和相关部门审定,最终制发具有收益权的凭证就是林业碳票。该凭证被赋予交易、质押、兑现、抵消等权能。

以上就是好酷屋教程网小编为您收集和整理的林业,凭证,收益相关内容,如果对您有帮助,请帮忙分享这篇文章^_^
"""


def test_the_full_answer_below_a_title_asking_twice():
    [(term, definition)] = pairs(P1285)
    assert term == "林业碳票"
    assert definition.startswith("是林地林木的碳减排量收益权的凭证") and definition.endswith("抵消等权能。")


def test_a_bracket_that_asks_nothing_stays_in_the_term():
    assert _QUESTION.search("什么叫林业碳票(什么叫林业碳汇交易)").group("a") == "林业碳票"
    # a bracketed name after the asked term is the term's (什么是国内生产总值(GDP))
    assert _QUESTION.search("什么是国内生产总值(GDP)").group("a") == "国内生产总值(GDP)"
