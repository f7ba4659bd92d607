"""The ninety-eighth development set's press pages P2718, P2720–P2738 (culture, tourism, sport and events vocabulary:
industry-news and company pages, a travel guide, Hong Kong and Taiwan papers, a think tank, an insurer's glossary, a theory
paper, portals, a slang dictionary, e-papers, a law institute's page, a travel company's glossary). Each mend has the real
sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must
leave alone."""

from __future__ import annotations

from conftest import pairs


# --- a page spacing its quotations off their words: no headword before the space (P2718) ---------------------------------

_SPACED_QUOTES_PAGE = (
    "要理解 “全域旅游”,需要先厘清它与 “旅游 +”“+ 旅游” 的关系 —— 三者并非孤立概念,而是层层递进、相互支撑的体系:"
    "“旅游 +” 是全域旅游的核心手段,“+ 旅游” 是全域旅游的拓展路径,而全域旅游则是最终追求的发展模式与目标。\n"
    "二者本质是 “以谁为核心” 的差异,共同指向 “打破产业边界、激活旅游价值”,但发力方向完全不同:\n"
    "全域旅游的核心是 “产业无边界”—— 通过旅游业与其他产业的深度融合,创造新的消费场景和经济增长点:\n"
)


def test_a_space_before_a_quotation_on_a_page_spacing_its_quotations_is_no_headword_gap():
    terms = [term for term, _ in pairs(_SPACED_QUOTES_PAGE)]
    assert "要理解" not in terms
    assert "二者本质是" not in terms
    assert "全域旅游的核心是" not in terms


def test_a_spaced_list_whose_gloss_opens_with_a_quotation_is_still_read():
    # (a yearbook's spaced headwords, a quotation opening a gloss, on a page that spaces no quotation inside a sentence)
    page = (
        "三农问题  “三农”指农业、农村、农民这三个问题,是关系国计民生的根本性问题。\n"
        "两新组织  “两新”组织是新经济组织和新社会组织的简称,是社会治理的重要力量。\n"
    )
    assert [term for term, _ in pairs(page)] == ["三农问题", "两新组织"]


# --- a headline run into the paragraph under it, set off by a space, is no part of the term (P2736) ----------------------


def test_a_headline_run_in_before_the_term_is_left_out():
    page = (
        "馬拉松經濟拉動168億元消費 馬拉松，特指距離為42.195公里的精確路跑賽事。2024年，中國累計舉辦各級各類路跑賽事749場，"
        "幾乎一天兩場的頻率，總參賽規模達到704.86萬人次。\n"
    )
    assert pairs(page) == [
        (
            "馬拉松",
            "特指距離為42.195公里的精確路跑賽事。2024年，中國累計舉辦各級各類路跑賽事749場，幾乎一天兩場的頻率，總參賽規模達到704.86萬人次。",
        )
    ]


def test_a_paragraph_wrapped_by_spaces_keeps_its_split_word_whole():
    # (a flipbook's line breaks become spaces inside words, 501: more than one in the paragraph, no headline)
    page = "中國土地登記 制度係採托崙斯制。所謂土 地登記,係指土地及其建築改良物之所有權與他項權利之登記。\n"
    assert [term for term, _ in pairs(page)] == ["土 地登記"]


def test_a_space_beside_a_latin_word_stays_in_the_term():
    assert pairs("核心 CPI是指扣除食品和能源价格后的居民消费价格指数。\n")[0][0] == "核心 CPI"


def test_a_short_word_before_the_space_is_no_headline():
    # (three characters or fewer before the space: it may be a word the page split, not a headline; the term is left as written)
    assert [term for term, _ in pairs("新賽道 馬拉松，特指距離為42.195公里的路跑賽事。\n")] == ["新賽道 馬拉松"]


# --- a many-fold count of factors announcing its label items: the reasons, no glosses (P2731) --------------------------


def test_items_under_a_count_of_factors_are_no_entries():
    page = (
        "特种兵式旅游是2023年中国社交媒体爆火的旅行方式,指像特种兵训练般高强度、高效率的旅行模式。\n\n"
        "现象背后是多重社会因素:\n\n"
        "  1. 后疫情报复性出游:三年封控后,年轻人渴望高密度体验\n"
        "  2. 经济考量:大学生预算有限(86%花费控制在500元内)\n"
        "  3. 社交货币:小红书/抖音上'打卡地图'成为新型社交资本\n\n"
        "争议随之而来。知乎热帖获得12万点赞。\n"
    )
    terms = [term for term, _ in pairs(page)]
    assert "后疫情报复性出游" not in terms
    assert "经济考量" not in terms
    assert "社交货币" not in terms


def test_items_under_a_lead_in_naming_kinds_are_still_read():
    # (a count of kinds, not of factors: the parts glossed in turn)
    page = (
        "公共服务分为两类:\n"
        "1. 基本公共服务:是指保障全体人民生存和发展基本需要的公共服务。\n"
        "2. 非基本公共服务:是指满足公民更高层次需求的公共服务。\n"
    )
    assert [term for term, _ in pairs(page)] == ["基本公共服务", "非基本公共服务"]


# --- a picture's alt text and caption between a headword line and its paragraph are skipped (P2738) ---------------------

_HOMESTAY = (
    "民宿,是一种私人经营的小型家庭旅馆,通常房间不如商务旅馆多,也不一定有接待柜台与穿着制服的服务人员,与旅馆不同的是,"
    "民宿通常没有先进的网络订房系统、刷卡等服务。而清扫,订房,接待客人等,往往都是由主人与其家人负责。"
)


def test_a_repeated_caption_line_under_the_headword_is_skipped():
    page = "民宿\n\n2015-1-2 18:03|查看:3312|评论:0|字体: 繁体\n\n欧洲家庭旅馆\n\n \n\n欧洲家庭旅馆\n\n \n\n" + _HOMESTAY + "\n\n \n\n缘起与形态\n"
    assert pairs(page) == [("民宿", _HOMESTAY[3:])]


def test_a_line_not_repeated_is_no_caption():
    # (a subtitle once between the headword line and a paragraph about something else: no caption skipped, no entry as before)
    page = "民宿\n\n欧洲家庭旅馆\n\n" + _HOMESTAY + "\n"
    assert ("欧洲家庭旅馆", _HOMESTAY) not in pairs(page)
    assert ("民宿", _HOMESTAY[3:]) not in pairs(page)


# --- a numbered heading asking how to measure a thing: the dimensions below are no glosses (P2733) -----------------------


def test_items_under_a_how_to_measure_heading_are_no_entries():
    page = (
        "一、景点承载能力的含义\n"
        "景点的承载能力,简单来说,就是一个景点能够容纳的游客数量以及承受的各种活动强度的能力。\n"
        "二、如何衡量景点承载能力\n"
        "1. 空间容量\n"
        "景点的空间大小是衡量承载能力的一个重要因素。较大的景点通常可以容纳更多的游客。\n"
        "2. 环境容量\n"
        "景点的环境承受能力也是衡量承载能力的关键。包括对生态环境的影响、对文物古迹的保护等。\n"
        "3. 基础设施容量\n"
        "景点的基础设施,如停车场、厕所、餐厅等,也会影响承载能力。\n"
    )
    terms = [term for term, _ in pairs(page)]
    assert "空间容量" not in terms
    assert "环境容量" not in terms
    assert "基础设施容量" not in terms


def test_items_under_a_heading_naming_kinds_are_still_read():
    # (a heading naming kinds, not asking how to measure: its headword lines and paragraphs stay entries)
    page = (
        "二、承载能力的类型\n"
        "1. 空间容量\n"
        "空间容量是指景点在一定时间内能够容纳的最大游客数量。\n"
        "2. 环境容量\n"
        "环境容量是指景点的生态环境所能承受的游客活动强度。\n"
    )
    assert [term for term, _ in pairs(page)] == ["空间容量", "环境容量"]


def test_a_title_repeated_as_the_headword_line_is_no_caption():
    page = "小康\n\n小康\n指可以维持中等水平生活的家庭经济状况。\n"
    assert pairs(page) == [("小康", "指可以维持中等水平生活的家庭经济状况。")]


# --- paragraphs opening with a run-in label the next sentence restates as its subject (P2726) ----------------------------

_BIG_DATA = (
    "大数据技术。大数据技术是一种规模大到在获取、存储、管理、分析方面大大超出了传统数据库软件工具能力范围的数据集合,"
    "可广泛应用于文旅行业监督管理、应急调度、宣传推广等。该技术通过多元产业数据分析及模型处理,将行业动态、产业监测、用户大数据等"
    "进行可视化展示。"
)
_BLOCKCHAIN = (
    "区块链技术。区块链就是一个又一个区块组成的链条,每一区块中保存了一定的信息,按照各自产生的时间顺序连接成链条。"
    "区块链技术辅助人工智能和大数据技术,可解决智慧文旅信任问题。"
)


def test_run_in_labels_restated_as_subjects_are_headwords():
    page = "一、文旅行业数字化关键技术及应用场景\n\n" + _BIG_DATA + "\n\n" + _BLOCKCHAIN + "\n\n人工智能技术。人工智能(AI)是研究、开发用\n"
    assert pairs(page) == [
        ("大数据技术", _BIG_DATA[len("大数据技术。大数据技术") :]),
        ("区块链", _BLOCKCHAIN[len("区块链技术。区块链") :]),
    ]


def test_a_subject_other_than_the_label_is_not_read_as_its_restatement():
    page = "大数据技术。政府是推动数据开放的主体,负有监管之责。\n\n区块链技术。企业是应用区块链的主体,负有创新之责。\n"
    terms = [term for term, _ in pairs(page)]
    assert "政府" not in terms and "企业" not in terms
