"""The hundred-and-first development set's press pages P2808–P2819 (population, family and schooling on the mainland and in
Hong Kong, Macao and Taiwan: a gaokao site's article, news and blog columns on fertility, an education company's Q&A, a
bookstore's preview of a guide to learning portfolios, a childcare platform's tag page, an insurer's news page, news reposts
and a subsidy guide). Each mend has the real sentences it was written from (short excerpts, the press pages not being
bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.repeated_fields import before_repeated_field


# --- a line repeated under several items is the list's field, no part of a gloss; 指派 is no marker (P2813) -----------

_PORTFOLIO = (
    "四大類學習歷程檔案分別說明如下:\n"
    "1.基本資料:\n"
    "基本資料是學校老師手邊的學籍資料,包括學生(你)的姓名、就讀班級與科別、班級幹部以及社團幹部等。\n"
    "由校方指派特定人員每學期定時上傳。\n"
    "2.修課紀錄:\n"
    "學生就讀高中期間修習的所有課程,包括必修與選修等所有科目名稱與學期成績。\n"
    "由校方指派特定人員每學期定時上傳。\n"
    "3.課程學習成果:\n"
    "主要是你在高中課堂的自主學習、各科報告、實作作品、筆記甚至學習單等,每一個檔案都需經過任課老師認證,始能上傳平臺。"
    "申請入學二階時,從中勾選作為大學端審查的資料。\n"
    "由學生自行定期上傳,每學期至多3件、高中三年至多18件。\n"
    "★「課程學習成果」:高中三年各個科目都是你的「學習歷程」,藉由修課過程釐清自己的興趣,逐漸聚焦到適合你的大學校系。\n"
    "4.多元表現:\n"
    "「多元表現」就是上述第2項與第3項以外的紀錄,包括你在高中課堂彈性學習時間的學習成果、校內與校外團體活動等。\n"
    "由學生自行定期"
)


def test_a_field_repeated_under_the_items_ends_each_gloss():
    entries = pairs(_PORTFOLIO)
    assert ("基本資料", "是學校老師手邊的學籍資料,包括學生(你)的姓名、就讀班級與科別、班級幹部以及社團幹部等。") in entries
    assert ("修課紀錄", "學生就讀高中期間修習的所有課程,包括必修與選修等所有科目名稱與學期成績。") in entries
    assert (
        "課程學習成果",
        "主要是你在高中課堂的自主學習、各科報告、實作作品、筆記甚至學習單等,每一個檔案都需經過任課老師認證,始能上傳平臺。"
        "申請入學二階時,從中勾選作為大學端審查的資料。",
    ) in entries


def test_assigning_is_no_definition_marker():
    assert not any(term == "由校方" for term, _ in pairs(_PORTFOLIO))


def test_a_line_said_once_stays_in_its_gloss():
    page = (
        "1.甲類:\n甲類是學術科目,如物理、化學、歷史等。\n每科設有校本評核,由教師評分。\n"
        "2.乙類:\n乙類是應用學習課程,如媒體藝術、款待服務等。\n成績分為達標及表現優異。\n"
    )
    start, end = page.index("甲類是"), page.index("2.乙類")
    definition = "甲類是學術科目,如物理、化學、歷史等。每科設有校本評核,由教師評分。"
    assert before_repeated_field(definition, page, start, end) == definition


def test_a_short_repeated_line_is_no_field():
    page = "1.甲:\n甲是一種資料。\n詳見附表。\n2.乙:\n乙是另一種資料。\n詳見附表。\n"
    start, end = page.index("甲是"), page.index("2.乙")
    assert before_repeated_field("甲是一種資料。詳見附表。", page, start, end) == "甲是一種資料。詳見附表。"


# --- a bare formula's parts glossed line by line, unquoted (P2808) ----------------------------------------------------

_GAOKAO = (
    "新高考改革3+1+2\n\n"
    "3指的是:3门主科,即语文、数学、外语;\n\n"
    "1则指的是:物理和历史,选择1门;\n\n"
    "2指的是:思想政治、地理、化学、生物,4门科目中选择其中2门。\n\n"
    "3+1+2也是新高考模式,这种模式也就是不分文理科,根据自己擅长的科目进行选择。\n"
)


def test_a_formulas_parts_glossed_line_by_line_are_entries():
    entries = pairs(_GAOKAO)
    assert ("3", "指的是:3门主科,即语文、数学、外语") in entries
    assert ("1", "指的是:物理和历史,选择1门") in entries
    assert ("2", "指的是:思想政治、地理、化学、生物,4门科目中选择其中2门。") in entries
    assert not any(term == "1则" for term, _ in entries)


def test_digit_lines_under_no_formula_are_no_parts():
    page = _GAOKAO.replace("新高考改革3+1+2\n\n", "新高考改革的三个变化\n\n")
    assert not any(term in ("3", "1", "2") for term, _ in pairs(page))


def test_a_digit_no_piece_of_the_formula_breaks_the_series():
    page = _GAOKAO.replace("2指的是", "4指的是")
    assert not any(term in ("3", "1", "4") for term, _ in pairs(page))


# --- a one-term page's lead naming an institution's class by the term's suffix (P2814) -----------------------------------


def test_an_institutions_lead_naming_its_class_is_a_definition():
    page = (
        "幼兒園\n\n"
        "幼兒園是將過去的「幼稚園」及「托兒所」整合之後的送托單位,在過去,0-6歲之托育機構共分了三大類:托兒所 — 托嬰部門 招收0-2歲幼兒、"
        "幼稚園 招收4-6歲幼兒 ,由於招收年齡重複、而且主管機關又不同,容易造成管理標準不一致及家長混淆。\n"
    )
    entries = pairs(page)
    assert len(entries) == 1 and entries[0][0] == "幼兒園"
    assert entries[0][1].startswith("是將過去的「幼稚園」及「托兒所」整合之後的送托單位,在過去,") and entries[0][1].endswith("家長混淆。")


def test_an_institutions_standing_is_no_definition():
    page = "幼兒園\n\n幼兒園是孩子成長的重要起點,家長應用心挑選。\n"
    assert pairs(page) == []


# --- a glossary's lead-in naming it announces its X:… lines; an English name that lost its closing bracket (P2727, dev-98) --

_INSURANCE_GLOSSARY = (
    "本术语表提供了国际健康保险中常用术语的一般性描述。请注意,不同保险计划之间存在差异,它们的运作方式也不尽相同。\n"
    "意外事故(Accident: 在保险期间内发生的意外且不幸的事件。\n"
    "意外死亡与伤残(Accidental Death & Dismemberment: 一种保险政策,在被保险人因意外死亡, 失明或失去两肢时,支付指定金额或其倍数的赔偿金。\n"
    "代理人(Agent: 获得许可并代表保险公司销售保险产品的授权代表。\n"
)


def test_a_glossarys_lead_in_announces_its_colon_lines():
    entries = pairs(_INSURANCE_GLOSSARY)
    assert ("意外事故(Accident", "在保险期间内发生的意外且不幸的事件。") in entries
    assert (
        "意外死亡与伤残(Accidental Death & Dismemberment",
        "一种保险政策,在被保险人因意外死亡, 失明或失去两肢时,支付指定金额或其倍数的赔偿金。",
    ) in entries
    assert ("代理人(Agent", "获得许可并代表保险公司销售保险产品的授权代表。") in entries


def test_colon_lines_under_no_glossary_lead_in_stay_unread():
    page = _INSURANCE_GLOSSARY.replace("本术语表提供了", "我们提供了")
    assert pairs(page) == []


def test_a_colon_inside_a_chinese_bracket_is_no_separator():
    page = "本术语表收录新词。\n具身智能(外延新词:智能机器人)\n具身智能是指…的智能系统。\n"
    assert not any(term.startswith("具身智能(外延") for term, _ in pairs(page))


# --- a word explained as a reason after 因为; a table's lead-in ends the gloss (P2809) -------------------------------------

_FERTILITY = (
    "当然,上述例子只是一个简单化的例子,因为育龄女性是指15-49岁的女性,不同年龄女性的生育水平相差很大。"
    "下表是2022年中国育龄女性分年龄、分孩次生育率(下表中的多孩是指三孩及以上),数据来源是《中国人口和就业统计年鉴2023》。\n"
)


def test_a_word_explained_as_a_reason_is_an_entry_ended_before_the_tables_lead_in():
    assert ("育龄女性", "是指15-49岁的女性,不同年龄女性的生育水平相差很大。") in pairs(_FERTILITY)


def test_a_reason_clause_with_a_bare_shi_defines_nothing():
    page = "这只是一个简单化的例子,因为育龄女性是社会的重要组成部分,不同年龄女性的生育水平相差很大。\n"
    assert pairs(page) == []


def test_a_table_lead_in_ends_a_paragraphs_one_definition():
    page = "城镇化率是指城镇人口占总人口的比重。下表是2022年各省的城镇化率,数据来源是统计年鉴。\n"
    assert pairs(page) == [("城镇化率", "是指城镇人口占总人口的比重。")]


# --- a qualified definition named, closed by 是 and a colon (P2718, dev-98) ---------------------------------------------


def test_an_official_definition_named_opens_after_its_colon():
    page = (
        "全域旅游的官方定义是:在一定区域内,以旅游业为优势产业,通过对区域内经济社会资源进行全方位、系统化的优化提升,"
        "实现区域资源有机整合、产业融合发展、社会共建共享,以旅游业带动和促进经济社会协调发展的一种新的区域协调发展理念和模式。\n"
    )
    entries = pairs(page)
    assert len(entries) == 1 and entries[0][0] == "全域旅游"
    assert entries[0][1].startswith("在一定区域内,以旅游业为优势产业,")


def test_a_definition_named_without_a_colon_keeps_its_marker():
    page = "基本工資的定義是指勞工在正常工作時間所獲取的薪資,而這不包含加班、休假和例假日的工資。\n"
    assert pairs(page) == [("基本工資", "是指勞工在正常工作時間所獲取的薪資,而這不包含加班、休假和例假日的工資。")]


# --- 本质是 opens a gloss; a semicolon turning to another quoted word ends it (P2737, dev-98) ------------------------------


def test_an_essence_gloss_ends_before_the_turn_to_another_quoted_word():
    page = (
        "省委十二届七次全会明确提出,大力发展首发经济,为巴蜀文旅融合发展注入新势能。首发经济,本质是通过新产品、新服务、新业态、"
        "新模式、新技术、新门店等首次发布或落地,形成消费热点、市场引力与品牌效应;而“首发概念经济”更进一步——它以概念创新为核心引擎,"
        "将抽象理念转化为具象消费场景,让“尝鲜”“追新”“探妙”等成为文旅消费的新锚点。\n"
    )
    assert (
        "首发经济",
        "本质是通过新产品、新服务、新业态、新模式、新技术、新门店等首次发布或落地,形成消费热点、市场引力与品牌效应",
    ) in pairs(page)


def test_the_essence_of_a_named_thing_is_no_gloss():
    page = "注册制改革的本质是把选择权交给市场,强化市场约束和法治约束。\n"
    assert pairs(page) == []


def test_a_whole_gloss_in_brackets_is_an_entry_its_frame_left_out():
    assert ("多孩", "是指三孩及以上") in pairs(_FERTILITY)


def test_a_bracketed_remark_without_a_strong_marker_is_no_gloss():
    page = "下表是2022年中国育龄女性分年龄生育率(下表中的多孩为三孩及以上),数据来源是统计年鉴。\n"
    assert pairs(page) == []
