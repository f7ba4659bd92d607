"""The hundred-and-eighth development set's press pages P3018–P3028 (pensions, elderly care and social assistance: news
and fund-company pages, a law site, Hong Kong, Macao and Taiwan pages). Each mend has the real sentences it was written
from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a regulation's titled articles are headings over provisions, no headwords (P3026) ---

_OLD_AGE_ALLOWANCE = (
    "第一条 标的及目的\n\n"
    "一、本行政法规订定向澳门特别行政区永久性居民发放敬老金的制度。\n\n"
    "第二条 职权\n\n"
    "敬老金申请的接收及处理,以及敬老金的发放,均由社会工作局负责。\n\n"
    "第三条 申请条件\n\n"
    "凡同时具备以下条件者,可申请敬老金:\n\n"
    "第五条 金额\n\n"
    "敬老金的金额为每年$1,200.00(澳门币壹仟贰佰元),可由公布于《澳门特别行政区公报》的行政长官批示调整。\n"
)


def test_a_regulations_titled_articles_give_no_entries():
    terms = [term for term, _ in pairs(_OLD_AGE_ALLOWANCE)]
    assert "职权" not in terms
    assert "金额" not in terms


def test_a_titled_article_defining_its_title_is_still_read():
    text = (
        "第一条 目的\n\n为规范管理,制定本办法。\n\n"
        "第二条 居家养老服务\n\n居家养老服务是指以家庭为基础,由社区提供的生活照料等服务。\n\n"
        "第三条 职责\n\n民政部门负责本办法的实施。\n"
    )
    assert pairs(text) == [("居家养老服务", "是指以家庭为基础,由社区提供的生活照料等服务。")]
