"""Review of the forty-fifth round's rules (the sixtieth and sixty-first sets' official and press pages) on text they were
not written from: plain sentences of the shapes plans, reports and service pages write, which the new readings of a plan's
zones, a slogan's parts, a counted whole, a parallel name, a divided subject, a Roman section number and a dashed bullet
took for glossary entries (or, for the Roman number, lost)."""

from __future__ import annotations

from conftest import pairs


def test_a_plans_frame_with_a_for_each_area_glosses_no_zones():
    # (以A为B: what the plan leans on, each area's role, no zone glossed by 为)
    assert pairs("以中心城区为核心,以临港新片区为引领,以五个新城为支撑,推动全域协调发展。\n") == []
    assert pairs("坚持以高新区为龙头,以经开区为主体,打造产业集群。\n") == []


def test_what_each_area_does_for_someone_glosses_no_zones():
    assert pairs("示范区为全国提供了可复制的经验,先行区为全省探索了新路。\n") == []


def test_zones_glossed_in_turn_stay_entries():
    assert pairs("其中,藍線為湖區界限,綠線為湖區界限外延15米。\n") == [("藍線", "為湖區界限"), ("綠線", "為湖區界限外延15米。")]


def test_a_slogans_part_doing_something_for_someone_is_no_gloss():
    page = "深入实施“科教兴市”战略。\n“科教”为我们指明了方向,必须坚持不懈。\n"
    assert pairs(page) == []


def test_a_tally_of_aspects_or_stages_is_no_counted_whole():
    assert pairs("会议指出,当前工作主要体现在三个方面,分别是稳增长、促改革、调结构。\n") == []
    assert pairs("该项目分两个阶段实施,分别是规划阶段和建设阶段。\n") == []
    assert pairs("全年粮食产量增长两个百分点,分别为夏粮和秋粮。\n") == []


def test_a_named_counted_whole_stays_an_entry():
    assert pairs("打造三个基地,分别为出口产品制造加工基地、商品集散贸易基地。\n") == [
        ("三个基地", "分别为出口产品制造加工基地、商品集散贸易基地。")
    ]


def test_a_name_said_of_the_term_is_no_parallel_gloss():
    page = "数字经济、实体经济和平台经济都是当前热点。\n数字经济是以数据资源为关键要素的经济形态,实体经济是数字经济发展的根基。\n"
    assert all(term != "实体经济" for term, _ in pairs(page))
    page = "城乡居民收入差距和城镇居民收入都需关注。\n城乡居民收入是指居民可支配收入,城镇居民收入是其中一部分。\n"
    assert all(term != "城镇居民收入" for term, _ in pairs(page))


def test_a_divided_subject_pointed_to_by_a_determiner_is_no_term():
    assert pairs("本市交通可分为地面交通和轨道交通,是城市运行的基础。\n") == []
    assert pairs("该项工作可分为三个阶段,是今年的重点任务。\n") == []
    assert pairs("傷殘津貼可分為普通傷殘津貼及高額傷殘津貼,是社會福利署每月提供的現金津貼。\n") == [
        ("傷殘津貼", "是社會福利署每月提供的現金津貼。")
    ]


def test_a_name_opening_with_a_roman_letter_and_a_dash_is_a_term():
    assert pairs("V-Dem指数是指由瑞典哥德堡大学编制的民主指数。\n") == [("V-Dem指数", "是指由瑞典哥德堡大学编制的民主指数。")]
    assert pairs("IV-A类:指第四类A级的污染源。\n") == [("IV-A类", "指第四类A级的污染源。")]


def test_a_dashed_bullet_giving_a_link_or_a_phone_is_no_gloss():
    assert pairs("相關連結:\n  • 社會福利署 -- 網址 www.swd.gov.hk\n  • 勞工處 -- 網址 www.labour.gov.hk\n") == []
    assert pairs("查詢熱線:\n  • 總辦事處 -- 電話 2343 2255\n  • 九龍辦事處 -- 電話 2711 1122\n") == []


def test_a_point_deeming_an_act_a_consequence_names_no_kind():
    # (a contract's or a rule's point: who so acts is deemed in breach, no kind named after its description)
    assert pairs("二、承租人逾期三個月未繳納租金者,視為違約。\n") == []
    assert pairs("三、考生未於規定時間內報到者,視為放棄。\n") == []
    assert pairs("二、「介紹所」在從事其業務時,無需其使用者支付任何負擔者,視為不收費「介紹所」。\n") == [
        ("不收費「介紹所」", "「介紹所」在從事其業務時,無需其使用者支付任何負擔者")
    ]


def test_a_slogans_part_after_a_short_clause_doing_something_for_someone_is_no_gloss():
    assert pairs("按照“一核两翼”布局要求推进建设。\n“两翼”建设以来,为全市经济发展注入了新动能。\n") == []


def test_a_slogans_part_asked_about_with_why_is_no_gloss():
    assert pairs("推进“两新一重”建设。\n“两新”为何如此重要?因为它关系到长远发展。\n") == []


def test_a_slogans_parts_glossed_by_wei_stay_entries():
    page = "构建“一主两副多极”发展格局。\n“两副”为洛阳、南阳两个副中心城市;\n“多极”为其他地级市。\n"
    assert pairs(page) == [("“两副”", "为洛阳、南阳两个副中心城市"), ("“多极”", "为其他地级市。")]


def test_areas_given_a_figure_in_words_gloss_no_zones():
    assert pairs("2020年末,城区为五十二万人,郊区为三十万人。\n") == []
    assert pairs("本次调查中,老城区为重点区域,新城区为一般区域。\n") == [("老城区", "为重点区域"), ("新城区", "为一般区域。")]


def test_a_restated_label_before_a_clause_in_traditional_characters_is_dropped():
    # (透過 reads as 透过 in the form the rules read; 讓 opens a clause as 當 does)
    page = "一、什麼是社區營造?\n1. 社區營造透過居民參與,凝聚社區意識,改善生活環境。2. 文化部自民國83年起推動社區總體營造。\n"
    assert pairs(page) == [("社區營造", "透過居民參與,凝聚社區意識,改善生活環境。")]
    page = "一、什麼是家事調解?\n1. 家事調解讓當事人在調解委員協助下自行協商,以解決家庭紛爭。2. 家事事件法第23條規定,應先經法院調解。\n"
    assert pairs(page) == [("家事調解", "讓當事人在調解委員協助下自行協商,以解決家庭紛爭。")]
