"""A list whose bullets were left dangling when a content site's answer was flattened to text (P879, dev-35): each
item a headword line and one gloss line — with the real sections of the same site's other answer (P877) and a
statistics table's empty cells, of the same shape, that must not become entries."""

from __future__ import annotations

from conftest import pairs


P879 = (
    "乡村振兴的五大核心目标是产业兴旺、生态宜居、乡风文明、治理有效、生活富裕,旨在通过多维度发展实现农村全面振兴。\n"
    "-\n"
    "产业兴旺\n"
    "推动农业现代化,发展特色产业和乡村旅游,促进一二三产业融合,增强乡村经济活力。 -\n"
    "生态宜居\n"
    "改善农村人居环境,加强污染治理和生态保护,建设绿色低碳的美丽乡村。 -\n"
    "乡风文明\n"
    "弘扬优秀传统文化,倡导文明新风,提升农民文化素养,增强乡村文化软实力。 -\n"
    "治理有效\n"
    "完善基层治理体系,推动自治、法治、德治相结合,提高乡村治理能力和水平。 -\n"
    "生活富裕\n"
    "增加农民收入,缩小城乡差距,完善社会保障,确保农民共享发展成果。\n"
    "乡村振兴的五大目标相辅相成,共同推动农村经济、生态、文化、治理和民生的全面提升,为农民创造更美好的生活。\n"
)


def test_each_item_between_dangling_bullets_is_a_headword_and_its_gloss_line() -> None:
    assert pairs(P879) == [
        ("产业兴旺", "推动农业现代化,发展特色产业和乡村旅游,促进一二三产业融合,增强乡村经济活力。"),
        ("生态宜居", "改善农村人居环境,加强污染治理和生态保护,建设绿色低碳的美丽乡村。"),
        ("乡风文明", "弘扬优秀传统文化,倡导文明新风,提升农民文化素养,增强乡村文化软实力。"),
        ("治理有效", "完善基层治理体系,推动自治、法治、德治相结合,提高乡村治理能力和水平。"),
        ("生活富裕", "增加农民收入,缩小城乡差距,完善社会保障,确保农民共享发展成果。"),
    ]


def test_the_last_item_leaves_the_closing_paragraph_out() -> None:
    last = pairs(P879)[-1]
    assert "相辅相成" not in last[1]


P877 = (
    "财政衔接资金是指中央和地方财政预算专项用于巩固拓展脱贫攻坚成果、衔接推进乡村振兴的补助资金,其核心特点是优先保障脱贫地区"
    "发展需求、强化产业支撑作用(要求占比逐年提高至50%以上),并严格限制负面清单(如不得用于楼堂馆所、福利补贴等)。\n"
    "-\n"
    "资金定位与来源\n"
    "财政衔接资金由中央和省级财政共同安排,纳入直达资金管理,直接支付至最终服务方。过渡期内(至2025年)持续投入,重点向乡村振兴"
    "重点帮扶县倾斜,同时允许30%资金用于非贫困村补短板项目。 -\n"
    "三大核心用途\n"
    "- 巩固脱贫成果:支持防返贫监测帮扶、易地搬迁后续扶持、脱贫劳动力就业补助(如跨省交通补贴)及“雨露计划”技能培训。\n"
    "- 推动乡村振兴:70%以上资金优先投入特色产业(如种养基地、冷链物流、品牌打造),兼顾农村人居环境整治(厕所改造、垃圾处理)"
    "和小型基础设施(村组道路、安全饮水)。\n"
    "- 特殊群体支持:定向扶持少数民族特色产业、以工代赈项目及欠发达国有农场/林场发展。\n"
)


def test_sections_of_an_answer_between_dangling_bullets_are_no_items() -> None:
    # A heading over a bulleted list breaks the shape: none of the sections is read as a headword and its gloss.
    terms = [term for term, _ in pairs(P877)]
    assert "资金定位与来源" not in terms and "三大核心用途" not in terms


def test_one_item_after_a_lone_bullet_is_no_list() -> None:
    text = "-\n资金定位与来源\n财政衔接资金由中央和省级财政共同安排,纳入直达资金管理,直接支付至最终服务方。\n提示:各地申报需关注年度政策微调。\n"
    assert [t for t, _ in pairs(text)] == []


def test_empty_cells_of_a_flattened_table_are_no_bullets() -> None:
    # 140's table: a dash for an empty cell on its own line, figures and industry names around it.
    text = "-12.01\n\n-\n\n\n 水利、环境和公共设施管理业\n\n83.05\n\n4.4\n\n1.76\n\n248.7\n\n\n 居民服务、修理和其他服务业\n\n55.16\n"
    assert pairs(text) == []
