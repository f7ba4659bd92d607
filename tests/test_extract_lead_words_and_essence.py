"""Definitions of the thirty-ninth development set's press pages, on their real sentences: a news dateline, a
teaser's 导读 label or a glued 通常 standing before the headword (P1089, P1096, P1119), and a 其实质就是… sentence
going on with the definition before it (P1095), and a counted lead-in over part lines (P1088) — each with a real
sentence of the same shape that the rule must not take."""

from __future__ import annotations

from conftest import pairs, pairs_unpinyined


# --- a dateline, a teaser label or 通常 before the headword --------------------------------------------------------

P1089 = (
    "新华社北京3月7日电 排污权有偿使用和排污权交易是指在“总量控制”前提下,政府将排污权有偿出让给排污者,"
    "并允许排污权在二级市场上进行交易。\n"
)
P1096 = (
    "导读 万元GDP能耗是指每生产一万元人民币的国内生产总值(GDP)所消耗的能源量。这一指标是衡量一个国家或地区经济发展过程中"
    "能源利用效率的重要指标。\n"
)
P1119 = (
    "一区和二区是指中国城市的不同等级划分。通常一区是指城市中心地带,经济发达、人口密集、资源丰富、交通便利,"
    "有着较高的房价和生活成本。\n"
)


def test_dateline_before_headword_is_left_out():
    assert [t for t, _ in pairs(P1089)] == ["排污权有偿使用和排污权交易"]


def test_teaser_label_before_headword_is_left_out():
    assert [t for t, _ in pairs(P1096)] == ["万元GDP能耗"]


def test_tongchang_glued_before_headword_is_left_out():
    assert "一区" in [t for t, _ in pairs(P1119)]
    assert "通常一区" not in [t for t, _ in pairs(P1119)]


def test_yiban_opening_a_term_stays():
    """一般 opens terms (一般公共预算支出, a bundled budget page's sentence): it is no lead word."""
    text = "一般公共预算支出是指按照现行中央政府与地方政府事权的划分,经地方人大批准,用于保障地方经济社会发展的各项财政支出。\n"
    assert [t for t, _ in pairs(text)] == ["一般公共预算支出"]


# --- 其实质就是… goes on with the definition before ----------------------------------------------------------------

P1095 = "合同能源管理是一種新型的市場化節(jié)能機(jī)制。其實(shí)質(zhì)就是以減少的能源費(fèi)用來支付節(jié)能項(xiàng)目全部成本的節(jié)能業(yè)務(wù)方式。\n"


def test_its_essence_sentence_goes_on_with_the_definition():
    found = pairs_unpinyined(P1095)
    assert [t for t, _ in found] == ["合同能源管理"]
    assert "其實質就是" in found[0][1]


def test_qita_term_stays():
    """其他… is a term of its own (a bundled budget page's 借款收入, 其他融资收入), not 其 restating the term before."""
    text = "其他融资收入,是指企业以资本性投入为目的采取其他形式融资形成的收入。\n"
    assert [t for t, _ in pairs(text)] == ["其他融资收入"]


# --- a line naming how many parts a term has announces its X:… part lines ------------------------------------------

P1088 = (
    "✅ 顶层法规支撑:《生态保护补偿条例》(2024年实施)明确了补偿的三大机制、多元方式。\n"
    "✅ 三大核心机制(法定):\n"
    "财政纵向补偿:中央/省级财政给生态保护地区“发补贴”,比如对流域源头区、重点生态功能区的转移支付,保障基础保护投入。\n"
    "地区间横向补偿:上下游政府“双向结算”,下游受益区补偿上游保护区,若上游水质不达标,则反向赔付下游,这是目前跨省流域最常用的模式。\n"
    "市场化补偿:企业、社会组织参与,通过水权交易、碳汇交易、生态产品购买等方式,让生态价值“变现”,是未来的创新方向。\n"
)


def test_counted_lead_in_announces_its_part_lines():
    assert [t for t, _ in pairs(P1088)] == ["财政纵向补偿", "地区间横向补偿", "市场化补偿"]


def test_counted_lead_in_over_headless_glosses_gives_nothing():
    """A glossary's ``收录以下两类名词:`` over definitions without their headwords (page 307's lost headwords): no part lines."""
    text = (
        "本《汇编》收录以下两类名词:\n"
        "为金管局负责管理的债务工具中央结算系统 (CMU) 所建立的网站 https://www.cmu.org.hk/sc/,目的为提高债券市场产品及定价的透明度。\n"
        "指处理跨境外汇交易的全球结算及交收系统。由超过70间环球银行及金融机构拥有的 CLS Bank International 负责该系统的运作。\n"
    )
    assert pairs(text) == []
