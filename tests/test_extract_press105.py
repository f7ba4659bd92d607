"""The hundred-and-fifth development set's press pages P2928–P2947 (transport, vehicles and energy use: levels of driving
automation, electric two-wheelers, time-of-use tariffs; Hong Kong's and Taiwan's papers among them). Each mend has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must
leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a list set off by a full-width full stop, or a dot touching its item (P2936); a programme's fields are no glosses (P2725) ---

_LEVELS = (
    "在國際上，自動駕駛被劃分為5個級別，分別是L1級至L5級，以下為自動駕駛五大級別的區別：\n\n"
    "．L3級：是有條件的自動駕駛，也就是說，車輛在特定場景下，可以由系統實現自動駕駛，但當系統發出介入請求時，需要駕駛員能夠做到及時接管車輛。\n\n"
    "．L4級：是高度的自動駕駛，它是在限定的區域內，可以實現無需干預的自動駕駛。\n\n"
    "．L5級：是完全的自動駕駛，車輛可以無方向盤，適應任何環境下的自動駕駛。\n\n"
    "而此次獲准入許可的兩款L3級車型，就屬於有條件的自動駕駛，必須在試點範圍內的道路上運行。\n"
)


def test_items_set_off_by_a_full_width_stop_and_glossed_by_the_copula_are_read():
    entries = pairs(_LEVELS)
    assert ("L4級", "是高度的自動駕駛，它是在限定的區域內，可以實現無需干預的自動駕駛。") in entries
    assert ("L5級", "是完全的自動駕駛，車輛可以無方向盤，適應任何環境下的自動駕駛。") in entries
    assert (
        "L3級",
        "是有條件的自動駕駛，也就是說，車輛在特定場景下，可以由系統實現自動駕駛，但當系統發出介入請求時，需要駕駛員能夠做到及時接管車輛。",
    ) in entries


def test_a_middle_dot_touching_its_item_is_a_bullet():
    entries = pairs(_LEVELS.replace("．", "·"))
    assert ("L4級", "是高度的自動駕駛，它是在限定的區域內，可以實現無需干預的自動駕駛。") in entries


_CULTURE_COIN = (
    "文化部為培養藝文消費人口，自2023年起推出的計畫，透過發放點數「文化幣」作為藝文消費折抵使用。\n\n"
    "．領取對象：凡於2004年1月1日至2013年12月31日出生，具中華民國國籍者。\n\n"
    "．領取額度：每人可領取1200點文化幣。\n\n"
    "．使用期限：2026年12月31日止。\n\n"
    "．不能用在哪：餐飲、服飾、3C、一般娛樂消費。\n"
)


def test_a_programmes_fields_under_full_width_stops_are_no_glosses():
    terms = [term for term, _ in pairs(_CULTURE_COIN)]
    assert not {"領取對象", "領取額度", "使用期限", "不能用在哪"} & set(terms)


def test_a_full_width_stop_before_a_figure_is_no_bullet():
    terms = [term for term, _ in pairs("．5級：是最高的級別，車輛可以無方向盤。\n\n．6級：是更高的級別，車輛可以無方向盤。\n")]
    assert "5級" not in terms and "6級" not in terms


# --- colon headword lines announced by their glosses, a remark in brackets closing the headword (P2933) ------------------------

_TWO_WHEELERS = (
    "電動自行車與電動機車的差別\n\n2009/05/11 06:00\n\n"
    "●普通輕型機器腳踏車(電動機車,需考照,酒駕、未戴安全帽有罰則):\n\n"
    "電動機器腳踏車之馬達及控制器最大輸出馬力在5馬力(HP)以下,且最大行駛速率逾每小時45公里之二輪機器腳踏車。\n\n"
    "●電動輔助自行車(不需考照):\n\n"
    "指經型式審驗合格,以人力為主,電力為輔,最大行駛速率在每小時25公里以下,且車重在40公斤以下之二輪車輛。\n\n"
    "●電動自行車(不需考照):\n\n"
    "指經型式審驗合格,以電力為主,最大行駛速率在每小時25公里以下,且車重(不含電池)在40公斤以下之二輪車輛。\n\n"
    "(記者楊宜中整理,資料來源:道路交通管理規則)\n"
)


def test_colon_headword_lines_whose_paragraphs_open_with_a_marker_are_a_list_and_their_remarks_no_part_of_the_term():
    entries = pairs(_TWO_WHEELERS)
    assert ("電動自行車", "指經型式審驗合格,以電力為主,最大行駛速率在每小時25公里以下,且車重(不含電池)在40公斤以下之二輪車輛。") in entries
    assert ("電動輔助自行車", "指經型式審驗合格,以人力為主,電力為輔,最大行駛速率在每小時25公里以下,且車重在40公斤以下之二輪車輛。") in entries
    assert (
        "普通輕型機器腳踏車",
        "電動機器腳踏車之馬達及控制器最大輸出馬力在5馬力(HP)以下,且最大行駛速率逾每小時45公里之二輪機器腳踏車。",
    ) in entries


def test_a_reports_colon_sections_are_no_list():
    report = (
        "主要成效:\n\n全年完成投资120亿元,新建道路30公里,公交线网进一步优化。\n\n"
        "存在问题:\n\n部分路段拥堵仍然突出,停车设施供给不足,慢行系统不连续。\n"
    )
    terms = [term for term, _ in pairs(report)]
    assert "主要成效" not in terms and "存在问题" not in terms


def test_a_bracketed_abbreviation_stays_with_a_colon_headword():
    page = (
        "具体来说:\n\n地区生产总值(GDP):\n\n指按市场价格计算的一个地区所有常住单位在一定时期内生产活动的最终成果。\n\n"
        "居民消费价格指数(CPI):\n\n指反映一定时期内居民所购买的消费品和服务项目价格变动趋势的相对数。\n"
    )
    terms = [term for term, _ in pairs(page)]
    assert "地区生产总值(GDP)" in terms


# --- other names given by the passive, 称为/称做 or 叫 before the marker are asides (P2942; P2782 of dev-100) ----------------------

_CAR_POOLING = (
    "私人小客车合乘,也被称为“拼车”“顺风车”,是由合乘服务提供者事先发布出行信息,出行线路相同的人选择乘坐合乘服务提供者的小客车,"
    "分摊部分出行成本或免费互助的共享出行方式。作为一种便捷而经济的出行方式,拼车既有利于缓解交通拥堵,又能减少空气污染。\n"
)


def test_a_passive_other_name_before_the_copula_is_an_aside():
    entries = pairs(_CAR_POOLING)
    assert [term for term, _ in entries] == ["私人小客车合乘"]
    assert entries[0][1].startswith("是由合乘服务提供者事先发布出行信息,")


def test_an_other_name_called_so_before_a_hedged_marker_is_an_aside():
    page = "预制菜,又称为预制调理食品,一般指以各类农、畜、禽、水产品为原辅料,配以调味料等辅料,经预选、调制等工艺加工而成的半成品。\n"
    assert pairs(page) == [("预制菜", "一般指以各类农、畜、禽、水产品为原辅料,配以调味料等辅料,经预选、调制等工艺加工而成的半成品。")]


def test_a_cause_after_an_other_name_opens_no_definition_and_a_run_in_alias_stays():
    assert not any(d.startswith("是由于") for _, d in pairs("该现象,又称为拥堵效应,是由于车辆过多造成的。\n"))
    entries = pairs("铁路营业里程 又称营业长度,指办理客货运输业务的铁路正线总长度。\n")
    assert entries and entries[0][1].startswith("又称营业长度")


# --- an adverb before a clause saying what the thing mainly is, then the marker: the definition opens at the adverb (P2943) ----

_CLEAN_HEATING = (
    "清洁供热定义有广义和狭义之分:\n"
    "广义的清洁供热是指工业、农业和建筑等所有生产生活场所供应热水和蒸汽的供热方式。\n"
    "狭义的清洁供热主要是建筑清洁供暖,是指高效利用天然气、电、地热等清洁化能源(热源),直接或通过高效输配管网(热网)为节能建筑(热用户)提供绿色、经济热能的供暖方式。\n"
)


def test_an_adverb_before_what_the_thing_mainly_is_opens_the_definition_and_no_words_are_spliced():
    entries = dict(pairs(_CLEAN_HEATING))
    assert entries["狭义的清洁供热"].startswith("主要是建筑清洁供暖,是指高效利用天然气、电、地热等清洁化能源(热源),")


def test_a_standing_before_a_hedged_marker_still_stays_out():
    entries = dict(pairs("失业率是反映就业状况的主要指标,一般是指失业人口占劳动人口的比率。\n"))
    assert entries.get("失业率", "").startswith("一般是指")


# --- a glossary column's label before the term in an item's title; a site's footer of reporting links (P2937) -----------------

_CONGESTION_CHARGE = (
    "站内搜索 | 设为首页 | 加入收藏\n \n汽车新闻\n\n名词解释:交通拥堵费\n\n编辑:驾驶网    来源:新华网    2014-01-11\n\n"
    "    是指在交通拥挤时段对部分区域道路使用者收取一定的费用,其本质上是一种交通需求管理的经济手段,提高整个城市交通的运营效率。\n\n \n"
    "国家网信办举报中心 北京网络行业协会 全国互联网安全管理服务平台\n"
    "Copyright © 2008-2023  驾驶爱好网  版权所有 京ICP备07022005号-1\n"
)


def test_a_column_label_before_the_term_in_a_title_is_no_part_of_it_and_the_footer_ends_the_gloss():
    assert pairs(_CONGESTION_CHARGE) == [
        ("交通拥堵费", "是指在交通拥挤时段对部分区域道路使用者收取一定的费用,其本质上是一种交通需求管理的经济手段,提高整个城市交通的运营效率。")
    ]


def test_a_column_label_alone_names_no_term():
    terms = [term for term, _ in pairs("热词:\n\n新质生产力是指创新起主导作用的先进生产力质态。\n")]
    assert "热词" not in terms and "" not in terms


# --- a speaker defining a word with 将…定义为 after the clause saying who put it forward; a mixed-case acronym (P2944) ----------

_MAAS = (
    "       目前普遍认为MaaS(Mobility as a Service)的概念最早由芬兰智能交通协会主席Sampo Hietanen在2014年芬兰赫尔辛基召开的欧盟ITS"
    "大会上提出,他将MaaS定义为:通过一个服务提供商的界面来实现满足用户需求的出行服务模式,通过整合不同交通方式,从而为客户提供量身定制的出行套餐。\n"
)


def test_a_word_a_speaker_defines_with_jiang_dingyi_wei_is_read_from_dingyi_wei():
    assert pairs(_MAAS) == [
        ("MaaS", "定义为:通过一个服务提供商的界面来实现满足用户需求的出行服务模式,通过整合不同交通方式,从而为客户提供量身定制的出行套餐。")
    ]


def test_a_word_with_one_capital_is_no_acronym_and_a_frame_without_a_word_gives_nothing():
    assert pairs("该报告提出,他将其定义为:一种新的出行服务模式。\n") == []
    assert not any(term == "Hello" for term, _ in pairs("该报告提出,他将Hello定义为:一种新的出行服务模式。\n"))


# --- a rule cited by its quoted common name before the term (P2946) ---------------------------------------------------------

def test_a_rule_cited_by_its_quoted_name_is_no_part_of_the_term():
    page = "根據「用電大戶條款」,用電大戶指的是與台電簽訂電力契約,且契約容量達 5,000 瓩(kW)以上的用戶。\n"
    assert pairs(page) == [("用電大戶", "指的是與台電簽訂電力契約,且契約容量達 5,000 瓩(kW)以上的用戶。")]


def test_prose_around_a_quoted_word_that_names_no_rule_stays_unread():
    page = "着力解决“三老”问题,是指解决老职工、老设备、老产品的问题。\n"
    assert pairs(page) == []


# --- a hyphenated short name glossed by its English name in brackets, a space before 是 (P2935) ------------------------------

def test_a_hyphenated_short_name_with_its_english_name_and_a_space_before_shi_is_read():
    page = "T-REC (Taiwan Renewable Energy Certificate) 是台灣官方認證的再生能源憑證,每張代表1000度再生能源電力。\n"
    assert pairs(page) == [("T-REC (Taiwan Renewable Energy Certificate)", "是台灣官方認證的再生能源憑證,每張代表1000度再生能源電力。")]


def test_a_converters_pinyin_before_shi_is_still_no_gloss():
    assert pairs("區(qū) 是審批的責任主體。\n") == []
