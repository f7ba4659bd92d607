"""The fifty-first development set's other false entries: quoted words of a name weighed by what they convey
(``“政务”明确了其…,“服务”凸显了其…,“中心”则体现了其…``, P1813), a contrast's first half (``办公自动化不仅仅是…,也不仅仅是…``,
P1805), a scope frame before its marker (``就某一税种而言,是指…``, P1779) and a news digest's section headings set off by ◆
(``◆情绪经济兴起``, P1789)."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.label_series import colon_label_series


def _terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


def test_quoted_words_weighed_by_what_they_convey_are_no_label_series():
    line = (
        "政务中心,其规范且完整的称谓是“政务服务中心”。这一名称精准地概括了该机构的本质属性与核心功能:“政务”明确了其处理的是政府公共管理与服务事务,"
        "“服务”凸显了其以公众需求为导向的宗旨,“中心”则体现了其作为资源整合与办事枢纽的定位。"
    )
    assert colon_label_series(_lines(line), []) == []


def test_labels_run_into_their_names_stay_a_series():
    # counter-test: dev-36's P957, a rail network's strokes each named
    line = "據了解,河南“米”字形高鐵網具體布局為:“一橫”徐蘭高鐵(鄭西、鄭徐高鐵),“一豎”京廣高鐵(石武高鐵),“一撇”鄭渝高鐵,“一捺”鄭阜高鐵。"
    assert [e.term for e in colon_label_series(_lines(line), [])] == ["“一橫”", "“一豎”", "“一撇”", "“一捺”"]


def test_a_contrast_and_a_scope_frame_name_no_term():
    page = (
        "办公自动化不仅仅是办公无纸化,也不仅仅是办公过程电子化、数字化,它应该在信息利用、协同工作、决策支持等方面开始发挥出巨大的作用。\n\n"
        "就某一税种而言,是指税法条文中对课税对象、税目、计税依据、纳税人、税率等要素做出的严密规定,其目的在于有效地获取收入。\n"
    )
    assert not {"办公自动化不仅仅", "就某一税种而言"} & set(_terms(page))


def test_a_term_opening_with_a_negation_stays():
    # counter-test: 317's 不变价格, a yearbook's spaced entry
    page = (
        "2. 可比价格     指对不同时期的价值进行对比时,扣除了价格变动的因素,以确切反映物量的变化情况。\n"
        "3. 不变价格     指以同类产品某年的平均价格作为固定价格,用于计算各年的产品价值。\n"
    )
    assert "不变价格" in _terms(page)


def test_news_section_headings_set_off_by_diamonds_are_no_headwords():
    page = (
        "◆情绪经济兴起\n"
        "从“拉布布”到“马彪彪”,潮玩文创的火爆出圈是情绪经济兴起的一个显性注脚。\n"
        "◆消费的意义转向“安顿自我”\n"
        "《2025 Z世代情绪消费报告》显示,56.3%的年轻消费者将“兴趣与情绪满足”视为重要消费动因,较上一年提升16.2%。\n"
    )
    assert pairs(page) == []


def test_a_question_set_off_by_a_diamond_stays_a_headword():
    # counter-test: a question under the digest's mark is answered below, whatever the answer opens with (the answer is
    # P1789's first report line, the question written over it for this check)
    page = "◆什么是情绪经济?\n从“拉布布”到“马彪彪”,潮玩文创的火爆出圈是情绪经济兴起的一个显性注脚。\n"
    assert _terms(page) == ["情绪经济"]


def test_a_glossary_setting_its_headwords_off_by_squares_keeps_them():
    # counter-test: the same marks over headwords whose next line opens as their definition (a glossary, not a digest);
    # the glosses are the seed report's entries 1 and 3 (glossary/texts/jinshan-2020-work-report.txt), written 指… as a
    # glossary under headword lines often writes them (with 是指 the prose reader takes them whatever the marks)
    page = (
        "名词解释\n"
        "■ 三张清单\n"
        "指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。\n"
        "■ 双减半\n"
        "指行政审批事项办理时限减少一半,行政审批事项提交材料减少一半。\n"
    )
    assert _terms(page) == ["三张清单", "双减半"]


def test_a_keyword_block_under_a_dot_keeps_its_gloss():
    # counter-test: the shared excerpt 11's keyword block, its ● heading over 报告原文 and 追新词
    page = (
        "● 独角兽企业、瞪羚企业\n"
        "报告原文:培育壮大新兴产业、未来产业。梯度培育创新型企业,促进专精特新中小企业发展壮大,支持独角兽企业、瞪羚企业发展,让更多企业在新领域新赛道跑出加速度。\n"
        "追新词:独角兽企业是指成立10年以内、估值超过10亿美元、获得过私募投资且尚未上市的企业。独角兽企业被视为新经济发展的重要风向标,是在行业内发挥着引领作用的企业。“瞪羚企业”是指高成长型企业。一个地区的瞪羚企业数量越多,表明这一地区创新活力越强,发展速度越快。\n"
    )
    assert "独角兽企业" in _terms(page)
