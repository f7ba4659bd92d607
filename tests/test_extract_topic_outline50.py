"""The fiftieth development set's explainer outlines: a generated article goes through one topic under numbered
sub-headings (``1. 起源背景`` / ``农村互助养老幸福院起源于…``, P1759; ``2. 探索创新`` / ``珠海积极探索…``, P1734), each
paragraph opening with the topic the headings name, not with its own heading: points of the topic, no glossary entries
(:func:`policyterms.mining.extract_layouts.aspect_blocks.shared_subject`)."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.aspect_blocks import shared_subject
from policyterms.mining.extract_layouts.common import Found


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


def test_outline_of_one_topic_gives_no_entries():
    page = (
        "随着我国人口老龄化问题的日益凸显,农村养老问题也日益成为社会关注的焦点。本文将揭秘农村互助养老幸福院。\n\n"
        "一、农村互助养老幸福院的起源与发展\n\n"
        "1. 起源背景\n\n"
        "农村互助养老幸福院起源于我国农村地区,主要是为了解决农村老龄化问题,满足农村老年人养老需求。\n\n"
        "2. 发展历程\n\n"
        "近年来,我国政府高度重视农村养老事业,出台了一系列政策措施支持农村互助养老幸福院的建设。\n\n"
        "二、农村互助养老幸福院的运作模式\n\n"
        "1. 互助模式\n\n"
        "农村互助养老幸福院采用互助模式,老年人之间相互照顾、相互支持。这种模式既有利于提高老年人的生活质量,又能减轻子女的养老负担。\n\n"
        "2. 运营管理\n\n"
        "农村互助养老幸福院由政府、社会组织和村民共同参与运营管理。政府负责政策支持、资金投入和监管;村民参与决策和监督。\n"
    )
    assert _terms(page) == []


def test_outline_paragraphs_naming_their_heading_after_the_topic():
    page = (
        "引言\n\n"
        "珠海,这座位于中国广东省珠江口西岸的经济特区,自1980年设立以来,经历了从边陲小镇到现代化海滨城市的转变。\n\n"
        "一、珠海产业概况\n\n"
        "1. 经济增长\n\n"
        "根据珠海市国民经济和社会发展统计公报,珠海经济总量从2017年的2564.73亿元增长至2022年的4045.45亿元,经济增速显著。\n\n"
        "2. 主导产业\n\n"
        "珠海的四大主导产业包括集成电路、生物医药、新能源和高端装备制造。这些产业是珠海经济持续增长的核心驱动力。\n\n"
        "3. 高新技术产业\n\n"
        "珠海的高新技术产业发展迅速,生物医药产业集群入选国家工程,集成电路设计产业规模位居全省第二。\n\n"
        "三、珠海产业发展策略\n\n"
        "1. 探索创新\n\n"
        "珠海积极探索与广深、港澳等产业合作对接和项目承接,创新平台载体开发模式。\n"
    )
    assert not {"经济增长", "主导产业", "高新技术产业", "探索创新"} & set(_terms(page))


def test_shared_opening_without_a_heading_naming_it_stays():
    # counter-test: dev-30's 208, a county indicator table whose definitions share an opening no heading names
    blocks = [Found(t, d, d, n, 0, 0) for n, (t, d) in enumerate(
        [("幼年人口數", "於統計標準日戶籍登記實足年齡為0-14歲人口數。"), ("青壯年人口數", "於統計標準日戶籍登記實足年齡為15-64歲人口數。"),
         ("老年人口數", "於統計標準日戶籍登記實足年齡為65歲以上人口數。")], start=4)]
    assert shared_subject(blocks, ["", "", ""] + [""] * 10) == ""
    assert shared_subject(blocks, ["於統計標準日"] + [""] * 10) == "於統計標準日"  # (named by a heading, it would be one)


def test_shared_label_is_no_subject():
    # counter-test: 02-national-2025, headword lines each explained by a 含義: line under 部分新詞的含義及背景
    blocks = [Found(t, d, d, n, 0, 0) for n, (t, d) in enumerate(
        [("具身智能", "含義:指人工智能技術與物理實體深度融合的智能形態。"), ("因地制宜發展新質生產力", "含義:根據區域資源稟賦差異化布局新興產業。"),
         ("數據跨境流動", "含義:規範國際間數據流通的規則與標準。")], start=5)]
    assert shared_subject(blocks, ["部分新詞的含義及背景"] + [""] * 10) == ""


def test_glossary_opening_with_its_headwords_stays():
    # counter-test: paragraphs opening with their own headwords are a glossary, whatever they share
    page = (
        "城镇居民收入统计\n\n"
        "城镇居民人均可支配收入\n城镇居民人均可支配收入是指城镇居民可用于最终消费支出和储蓄的总和。\n\n"
        "城镇居民人均消费支出\n城镇居民人均消费支出指城镇居民用于满足家庭日常生活消费需要的全部支出。\n\n"
        "城镇居民储蓄存款\n城镇居民储蓄存款是指城镇居民存入银行及农村信用社的储蓄金额。\n"
    )
    assert {"城镇居民人均可支配收入", "城镇居民人均消费支出", "城镇居民储蓄存款"} <= set(_terms(page))
