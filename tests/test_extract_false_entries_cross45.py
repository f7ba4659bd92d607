"""Forty-fifth round: guards against false entries, written from the development sets' false entries (tune, dev-1 to
dev-59) and kept only where they carry to the check sets dev-60 and dev-61 or to pages of other sets
(docs/extract-layouts.md, "Forty-fifth round: false entries across sets")."""

from __future__ import annotations

from conftest import pairs
from hypothesis import given, strategies as st

from policyterms.mining.extract_layouts.false_glosses import aspect_heading


# --- an explainer's section heading naming one aspect of its subject (P2064, P2073) ---------------------------------

_FEATURES_ANSWER = (  # P2073: a share line, the definition, feature label lines over short paragraphs, 主要类型, 政策建议
    "灵活自由就业者是指以非全日制、临时性或弹性工作形式就业的群体,其核心特征包括:\n"
    "工作形式灵活\n"
    "工作时间、地点自主安排,可同时从事多份工作,例如网约车司机可同时接单多个订单。\n"
    "主要类型\n"
    "包括自由职业者(如设计师、程序员)、个体工商户、家庭帮工(如家政服务人员)、季节性/项目制劳务提供者(如建筑工、临时工)等。\n"
    "政策建议\n"
    "建议灵活就业者根据自身情况选择参保方式,可通过灵活就业社保或户籍所在地参保,以保障基本权益。\n"
)


def test_an_explainers_types_and_advice_headings_give_no_entry():
    terms = [term for term, _ in pairs(_FEATURES_ANSWER)]
    assert "主要类型" not in terms and "政策建议" not in terms


_NUMBERED_ANSWER = (  # P2064: numbered points headed by an aspect and a colon
    "建档立卡户是指在我国政府为特定贫困地区、特定贫困群体建立的档案,并进行帮扶的一种政策。以下为具体解释:\n"
    "\n"
    "3.实施过程:建档立卡的实施包括多个步骤。首先是对贫困地区的贫困人口进行摸排和识别。其次是建立详细的档案。\n"
)


def test_a_numbered_points_course_heading_gives_no_entry():
    assert "实施过程" not in [term for term, _ in pairs(_NUMBERED_ANSWER)]


def test_an_aspect_named_with_its_subject_stays():
    # the aspect with its subject before it is the page's term, glossed by its marker in the same colon shape
    assert pairs("碳排放特点:指碳排放在时间和空间上的分布规律。\n") == [("碳排放特点", "指碳排放在时间和空间上的分布规律。")]
    # a modifier outside the generic ones makes a term: a welfare law's 救助對象, a slogan's 四项基本原则
    assert not aspect_heading("救助對象") and not aspect_heading("四项基本原则") and not aspect_heading("内容产业")


def test_a_bare_aspect_glossed_by_its_marker_stays():
    # a run-in 基本原则是指… after another definition defines the word (an earlier round's test): the marker keeps it
    page = "民主集中制是指民主基础上的集中和集中指导下的民主相结合的制度。基本原则是指党员个人服从党的组织。\n"
    assert [term for term, _ in pairs(page)] == ["民主集中制", "基本原则"]


@given(st.text(alphabet="农业税收财政金融碳排放数字经济", min_size=2, max_size=6))
def test_a_subject_before_the_aspect_makes_a_term(subject):
    # an aspect named with its subject (碳排放特点, 数字经济内涵) is the page's term, not a bare heading
    assert not aspect_heading(subject + "特点") and not aspect_heading(subject + "内涵")
