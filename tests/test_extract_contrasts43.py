"""The forty-third development set's missed definitions by contrast: an essay's topic said to be no thing of one kind but
a thing of another right below a heading joining its meaning to its parts or forms (P1348's 数字孪生城市, P1341's 夜经济,
whose contrast turns with 它是), each with a real sentence of the same shape that must give nothing."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.negated_senses import contrast_defines


_TWIN = (
    "随着全球城市化进程的加速,城市规模不断扩大,传统的城市规划与管理模式已难以应对这些挑战,数字孪生技术的出现,为城市发展带来了全新的思路\n\n"
    "数字孪生城市的内涵与核心要素\n"
    "数字孪生城市并非简单的数字化或虚拟化,而是通过在网络空间构建一个与物理城市实时交互、同生共存的数字化镜像,实现对城市全要素、全过程、"
    "全方位的精准映射与动态模拟,进而形成一个高度集成、智能协同的城市信息模型。\n"
    "该模型不仅能够实时反映城市的运行状态,还能依据历史数据和算法预测未来的发展趋势。\n"
)


def test_a_contrast_below_a_heading_joining_the_meaning_to_core_elements_defines_the_topic():
    assert pairs(_TWIN) == [
        (
            "数字孪生城市",
            "并非简单的数字化或虚拟化,而是通过在网络空间构建一个与物理城市实时交互、同生共存的数字化镜像,实现对城市全要素、全过程、"
            "全方位的精准映射与动态模拟,进而形成一个高度集成、智能协同的城市信息模型。",
        )
    ]


_NIGHT = (
    "夜经济,作为城市经济的重要组成部分,正以前所未有的速度和规模重塑着城市的面貌。\n\n"
    "一、 夜经济的内涵与多元形态\n\n"
    "夜经济并非简单的“夜间购物”或“夜市”,它是一个涵盖餐饮、购物、娱乐、文化、旅游、体育、健康等多个领域的综合性经济活动体系。"
    "其核心在于利用夜间时段,满足消费者多元化、个性化的需求,从而延长消费链条,提升城市空间的利用效率。\n"
)


def test_a_contrast_turning_with_ta_shi_defines_the_topic():
    assert pairs(_NIGHT) == [
        (
            "夜经济",
            "并非简单的“夜间购物”或“夜市”,它是一个涵盖餐饮、购物、娱乐、文化、旅游、体育、健康等多个领域的综合性经济活动体系。"
            "其核心在于利用夜间时段,满足消费者多元化、个性化的需求,从而延长消费链条,提升城市空间的利用效率。",
        )
    ]


def test_a_contrast_turning_to_an_aim_or_cause_defines_nothing():
    # (the work reports' 并不是…,而是要… and 并不是因为…; with 它是 the same)
    assert not contrast_defines("并不是以革命代替生产,它是要用革命统帅生产,促进生产,带动生产。")
    assert not contrast_defines("并不是因为我们缺乏人力和自然资源,它是因为缺乏一个能够适应生产力发展的需要的社会制度。")
    # (the real sentences: the 1959 work report's 并不是因为…,而是因为…, the 1969 congress report's 并不是…,而是要…,
    # and the 1921 Guangzhou report to the first congress, whose contrast turns with 它是 to a class: 不能说…就是某种组织,
    # 它是一个宣传机构 — a remark on a newspaper, no term)
    assert not contrast_defines("并不是因为我们缺乏人力和自然资源，而是因为缺乏一个能够适应生产力发展的需要的社会制度。")
    assert not contrast_defines("并不是以革命代替生产，而是要用革命统帅生产，促进生产，带动生产。")
    assert pairs(
        "我国长时期以来在经济上和文化上“一穷二白”，并不是因为我们缺乏人力和自然资源，而是因为缺乏一个能够适应生产力发展的需要的社会制度。\n"
    ) == []
    assert pairs("我们回到广州的时候，创办了《社会主义者》日报，但不能说《社会主义者》就是某种组织，它是一个宣传机构。\n") == []


def test_the_same_contrast_under_a_heading_naming_no_meaning_gives_nothing():
    # (under a heading of forms, the contrast is a remark, as under any heading that does not name the meaning)
    text = _NIGHT.replace("一、 夜经济的内涵与多元形态", "一、 夜经济的发展现状")
    assert pairs(text) == []
