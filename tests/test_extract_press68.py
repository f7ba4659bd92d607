"""The sixty-eighth development set's press pages P2270–P2291 (policy slogans and new economic words in commentaries,
daily-word columns, reposted papers and industry sites). Each rule has the real sentences it was written from (short
excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a counted slogan's colon list closing its sentence (P2283) ---------------------------------------------------------


def test_a_counted_slogan_spelled_out_by_a_colon_list_of_its_count():
    text = (
        "2018年7月31日,中共中央政治局召开会议,首次提出“六稳”:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"
        "值得注意的是,“稳就业”仍放在“六稳”第一位,反映的是未雨绸缪、底线思维。\n\n"
        "今年4月17日,中共中央政治局会议首次提出了“六保”:保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。\n"
    )
    assert pairs(text) == [
        ("“六稳”", "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"),
        ("“六保”", "保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。"),
    ]


def test_a_colon_list_going_on_after_a_comma_is_an_object():
    assert pairs("报告总结部分力求做到“三个实”:数字实、事例实、成果实,做到文风朴实,内容充实、数据详实。\n") == []


def test_a_colon_list_not_of_the_slogans_count_is_no_gloss():
    assert pairs("会议首次提出“六稳”:稳就业、稳金融、稳外贸。\n") == []


def test_a_word_between_the_quotes_and_the_colon_leads_into_a_glossary():
    assert pairs("按项目建设顺序来看,“七个一批”依次为:谋划一批、洽谈一批、签约一批、开工一批、建设一批、投产一批、达产一批。\n") == []


# --- a policy's history told as stages dated by year and month in brackets (P2289) --------------------------------------


def test_stages_dated_by_year_and_month_are_no_terms():
    text = (
        "浙江省未来社区政策演进\n\n"
        "1、试点起源(2018.9):省发展规划研究院联合10余家科研单位开展课题研究,形成决策建议稿获省领导批示,奠定理论基础。\n\n"
        "  2、正式启动(2019.3):印发《浙江省未来社区建设试点工作方案》,明确目标、任务与保障,试点全面启动。\n\n"
        "  3、政策完善(2019.11-2020.6):发布《关于高质量加快推进未来社区试点建设工作的意见》创新政策供给。\n"
    )
    assert pairs(text) == []


def test_a_term_dated_in_brackets_keeps_its_definition_by_a_marker():
    from policyterms.mining.extract_layouts.false_glosses import period_item

    assert not period_item("人口普查(2020.11)", "是指对全国人口进行的普查。")
    assert period_item("试点起源(2018.9)", "省发展规划研究院联合10余家科研单位开展课题研究。")


# --- a quoted topic's meaning given as a contrast by a bare 不是 under its meaning heading (P2286) -----------------------

_WASTE_FREE = (
    "“无废城市”的内涵\n\n"
    "  “无废城市”不是没有废物的城市,而是人们看不到随风飘扬及任意存放的废物,知道废物去哪了,专业人士还能追踪废物流。"
    "我国近年来实施的“厕所革命”,就是为了解决废物的去向问题。\n\n"
    "  “无废城市”是固废减量化、资源化和无害化的综合管理模式。《方案》要求,从源头减少资源消耗和废物排放。\n"
)


def test_a_bare_bushi_contrast_under_the_meaning_heading_opens_at_the_negation():
    assert pairs(_WASTE_FREE) == [
        (
            "“无废城市”",
            "不是没有废物的城市,而是人们看不到随风飘扬及任意存放的废物,知道废物去哪了,专业人士还能追踪废物流。"
            "我国近年来实施的“厕所革命”,就是为了解决废物的去向问题。",
        ),
        ("“无废城市”", "是固废减量化、资源化和无害化的综合管理模式。《方案》要求,从源头减少资源消耗和废物排放。"),
    ]


def test_a_bare_bushi_never_leaves_the_negation_in_the_term():
    terms = [term for term, _ in pairs(_WASTE_FREE.replace("“无废城市”的内涵", "“无废城市”建设的挑战"))]
    assert "“无废城市”不" not in terms


def test_a_bushi_then_a_duty_is_no_contrast():
    text = "“无废城市”的内涵\n\n“无废城市”不是要消灭所有废物,而是要减少废物的产生和危害。\n"
    assert pairs(text) == []


# --- an explainer's X:一般是指… line carrying the site's editor credit (P2275) --------------------------------------------

_CARBON_SINK = (
    "什么是碳汇(Carbon Sink)?\n"
    "时间:2021-05-07 00:00 来源:新煤网 作者: 点击:次\n"
    "碳汇(Carbon Sink):一般是指从空气中清除二氧化碳的过程、活动、机制。主要是指森林吸收并储存二氧化碳的多少,"
    "或者说是森林吸收并储存二氧化碳的能力。碳汇项目将助力我国实现碳中和目标。 (责任编辑:admin) |\n"
    "- 上一篇:什么是碳捕集利用与封存(CCUS)?\n"
    "- 下一篇:什么是碳中和?\n"
)


def test_a_colon_line_with_an_adverb_before_shizhi_and_an_editor_credit():
    assert pairs(_CARBON_SINK) == [
        (
            "碳汇(Carbon Sink)",
            "一般是指从空气中清除二氧化碳的过程、活动、机制。主要是指森林吸收并储存二氧化碳的多少,"
            "或者说是森林吸收并储存二氧化碳的能力。碳汇项目将助力我国实现碳中和目标。",
        )
    ]


def test_an_editor_credit_on_a_line_of_its_own_stays_furniture():
    from policyterms.mining.extract_layouts.common import _is_furniture

    assert _is_furniture("(责任编辑:admin)")
    assert _is_furniture("责任编辑:王小明")
    assert not _is_furniture("碳汇:一般是指从空气中清除二氧化碳的过程、活动、机制。 (责任编辑:admin) |")


# --- a name quoting a part of itself, glued to 是指 at its paragraph's start (P2278) --------------------------------------


def test_a_name_quoting_a_part_of_itself_is_the_term():
    text = (
        "专精特新“小巨人”企业是指专注于细分市场、聚焦主业、创新能力强、市场占有率高、掌握关键核心技术、成长性好、质量效益优的排头兵企业。"
        "“专”是指要把主业做好;“精”是指要把产品、服务做到精益求精;“特”是指要做到差别化;“新”是指聚焦主业的同时坚持推陈出新。\n"
    )
    assert pairs(text) == [
        ("专精特新“小巨人”企业", "是指专注于细分市场、聚焦主业、创新能力强、市场占有率高、掌握关键核心技术、成长性好、质量效益优的排头兵企业。"),
        ("“专”", "是指要把主业做好"),
        ("“精”", "是指要把产品、服务做到精益求精"),
        ("“特”", "是指要做到差别化"),
        ("“新”", "是指聚焦主业的同时坚持推陈出新。"),
    ]


def test_a_task_around_a_quoted_word_is_no_name():
    assert pairs("着力解决“三老”问题是指解决老人、老房、老账问题。\n") == []
    assert pairs("着力解决“三老”问题,是指解决老人、老房、老账问题。\n") == []


# --- a term framed by its sense as an adverbial, 广义上的X, and the other sense after it (P2285) --------------------------


def test_a_sense_framed_term_keeps_the_other_sense_in_its_gloss():
    text = (
        "理论上,对PPP的概念并未达成共识,主要形成了广义和狭义两种理解。广义上的PPP泛指公共部门与私人部门为提供公共产品或服务而建立的"
        "各种合作关系。狭义上PPP的典型模式是设计——建造——融资——运营(DBFO)。在该模式下,政府制定公共服务的标准,私人部门据此设计、"
        "建造相应的设施来提供服务,并负责融资和运营。\n"
    )
    assert pairs(text) == [
        (
            "PPP",
            "泛指公共部门与私人部门为提供公共产品或服务而建立的各种合作关系。狭义上PPP的典型模式是设计——建造——融资——运营(DBFO)。"
            "在该模式下,政府制定公共服务的标准,私人部门据此设计、建造相应的设施来提供服务,并负责融资和运营。",
        )
    ]


def test_the_adjective_guangyi_de_keeps_its_sense_in_the_term():
    text = "立法有廣義、狹義之分。廣義的立法,指一切國家機關制定規範性文件的活動。狹義的立法,指立法機關制定法律的活動。\n"
    assert [term for term, _ in pairs(text)] == ["廣義的立法", "狹義的立法"]


# --- a formula name's one-sign parts, a paragraph each, the first after 其中 (P2289) --------------------------------------

_FORMULA_PAGE = (
    "为了确保政策有效实施,浙江省构建了\"1+2+N\"的政策体系。\n\n"
    "其中\"1\"即浙江省人民政府印发的《浙江省未来社区建设试点工作方案》;\n\n"
    "\"2\"即省政府办公厅试点阶段发布的《关于高质量加快推进未来社区试点建设工作的意见》和全域推进阶段发布的《关于全域推进未来社区建设的指导意见》;\n\n"
    "\"N\"则包括各类配套政策和实施细则。\n"
)


def test_a_formula_names_one_sign_parts_a_paragraph_each():
    assert pairs(_FORMULA_PAGE) == [
        ('"1"', "即浙江省人民政府印发的《浙江省未来社区建设试点工作方案》"),
        ('"2"', "即省政府办公厅试点阶段发布的《关于高质量加快推进未来社区试点建设工作的意见》和全域推进阶段发布的《关于全域推进未来社区建设的指导意见》"),
        ('"N"', "则包括各类配套政策和实施细则。"),
    ]


def test_a_one_sign_part_of_no_formula_is_no_piece():
    text = "浙江省提出了\"139\"系统框架体系。\n\n其中\"1\"即浙江省人民政府印发的《浙江省未来社区建设试点工作方案》;\n"
    assert '"1"' not in [term for term, _ in pairs(text)]


# --- a quoted counted compound's pieces glossed in turn right after it (P2286) ------------------------------------------


def test_a_counted_compounds_pieces_glossed_after_it_with_a_measure_word():
    text = _WASTE_FREE.replace(
        "《方案》要求,从源头减少资源消耗和废物排放。",
        "《方案》要求,从源头减少资源消耗和废物排放。国办文件提出了建设“无废城市”需要关注的“四领域五环节”,"
        "四个领域是工业(包括矿业、制造业)废物、农林废物、生活废物和建筑垃圾、危险废物领域;五个环节是废物的产生、收集、转移、利用、处置。"
        "无论城市的人口有多少,都有生活垃圾。",
    )
    got = pairs(text)
    assert ("四个领域", "是工业(包括矿业、制造业)废物、农林废物、生活废物和建筑垃圾、危险废物领域") in got
    assert ("五个环节", "是废物的产生、收集、转移、利用、处置。") in got
    assert ("“无废城市”", "是固废减量化、资源化和无害化的综合管理模式。《方案》要求,从源头减少资源消耗和废物排放。") in got


def test_a_counted_compound_whose_pieces_are_not_glossed_in_turn_gives_no_pieces():
    assert [term for term, _ in pairs("要抓好“三区三线”,三区建设要加快推进;三线要划定。\n")] == []


# --- a knowledge point naming who made the thing a decision, no gloss (P2281) -------------------------------------------


def test_a_decision_made_in_person_is_a_status_no_definition():
    text = (
        "每日一词 | “千万工程” Green Rural Revival Program\n\n【知识点】\n\n"
        "“千村示范、万村整治”工程是习近平总书记在浙江工作期间,亲自谋划、亲自部署、亲自推动的一项重大决策。"
        "2003年6月,时任浙江省委书记的习近平同志作出了实施“千万工程”的战略决策。\n"
    )
    assert pairs(text) == []


def test_a_genus_naming_what_a_programme_is_stays():
    from policyterms.mining.extract_layouts.false_glosses import status_only

    assert not status_only("是以村庄环境综合整治为重点、由浙江省委亲自部署实施的一项农村人居环境建设工程。")


# --- a description named by the disposal 把…称为 (720, dev-67) ------------------------------------------------------------


def test_a_description_named_by_ba_chengwei():
    text = (
        "从主体的结构上看,农业经营主体分为小农户、专业大户、家庭农场、农民专业合作社、农业企业。与传统的农业经营主体小农户而言,"
        "专业大户、家庭农场、农民专业合作社、农业企业等经营主体在规模上、现代化水平等方面有着较大的优势,因此,我们又把专业大户、"
        "家庭农场、农民专业合作社、农业企业等经营主体称为新型农业经营主体。\n\n\n审核人:王俊希\n"
    )
    assert pairs(text) == [("新型农业经营主体", "专业大户、家庭农场、农民专业合作社、农业企业等经营主体")]


def test_a_pronoun_named_by_ba_chengwei_is_no_description():
    assert pairs("这种做法效果很好,大家把它称为基层治理新模式。\n") == []


def test_instances_under_a_label_stay_no_definition():
    from policyterms.mining.extract_layouts.false_glosses import false_gloss

    assert false_gloss("历史文化遗产", "故宫、天坛、颐和园等世界文化遗产。", "历史文化遗产:故宫、天坛、颐和园等世界文化遗产。")
