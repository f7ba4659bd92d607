"""The fifty-sixth development set's official pages (Hong Kong, Macao): the layouts read anew, each with the page's real
line and a sentence of the same shape that must give no entry, or another one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from conftest import pairs


# An official page citing the provision that glosses its heading's service (536: coded headings, each over one paragraph
# 根据《…条例》…的规定,X即…;): the cited provision is a lead, no part of the term, and the statute's item ends at its semicolon.
_CITED = (
    "A02 酒店服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,酒店服务即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的;\n\n"
    "A04 雇员服务\n\n"
    "根据《公共巴士服务条例》 (第 230章 )第 4条的规定,雇员服务即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务;\n\n"
    "A05 国际乘客服务\n"
)


def test_a_cited_provisions_gloss_by_ji_gives_the_bare_term():
    assert pairs(_CITED) == [
        ("酒店服务", "即运载下榻某酒店的乘客的服务,而该服务是在该酒店接载或放下每一名乘客的"),
        ("雇员服务", "即由雇主提供以运载任何为其雇用的人的乘客往返该等人的工作地点的服务"),
    ]


def test_a_cited_provisions_rule_with_ji_ke_is_no_gloss():
    # (the counter-case: after the same lead, 即可 is 'may then', a rule, and a lead without 规定 cites no provision's gloss)
    assert pairs("根据《公共巴士服务条例》第 4条的规定,申请人即可向运输署申领牌照;\n\n其他\n") == []
    assert pairs("根据《公共巴士服务条例》第 4条,酒店服务即运载下榻某酒店的乘客的服务;\n\n其他\n") == []


@given(st.sampled_from(["根据", "根據", "依照", "按照"]), st.sampled_from(["酒店服务", "学生服务", "居民服务"]))
def test_the_cited_provision_never_stays_in_the_term(lead, term):
    found = dict(pairs(f"{lead}《公共巴士服务条例》第 4条的规定,{term}即运载乘客往返某地的服务;\n\n其他\n"))
    assert found == {term: "即运载乘客往返某地的服务"}
