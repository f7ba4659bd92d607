"""The fortieth development set's magazine feature (P1171): run-in ``“X”是…`` glosses of three models, each ending at the
semicolon before the next item's lead (``…的总成;潍坊是农业产业化的发源地,“潍坊模式”是…``), the slogan's standing first
(``“三个模式”是…不断创新发展的成果``) no gloss, and the feature's section headline (``“三个模式”和而不同``) and the author's
name repeated under the dated byline (``2021-12-02刁艳杰`` / ``刁艳杰``) no headwords. Counter-examples: a slogan's parts
glossed clause by clause with nothing between (P1147's, in the quoted-slogan tests), and a bare quoted headword line over
its verbless gloss (P1170)."""

from __future__ import annotations

from conftest import pairs

_FEATURE = (
    "“三个模式”沃野生金\n\n2021-12-02刁艳杰\n\n走向世界 2021年44期\n关键词:诸城寿光潍坊市\n\n刁艳杰\n\n"
    "潍坊自古农业发达。1500多年前,贾思勰著成《齐民要术》,该书被誉为“中国古代农业百科全书”,贾思勰被尊为“农圣”。\n\n"
    "“三个模式”和而不同\n\n"
    "习近平总书记先后两次指出,改革开放以来,山东创造了不少农村改革发展经验,贸工农一体化、农业产业化经营就出自诸城、潍坊,形成了"
    "“诸城模式”“潍坊模式”“寿光模式”。\n\n"
    "“三个模式”是山东从改革开放初期至今不断创新发展的成果,总结来说,“诸城模式”是诸城市在商品经济大合唱、贸工农一体化、农业产业化等"
    "不同阶段创新探索成果的总成;潍坊是农业产业化的发源地,“潍坊模式”是潍坊各地农业农村改革创新经验的集成;“寿光模式”则是对寿光在蔬菜"
    "产业的生产、销售、技术、会展和标准输出等不同发展阶段改革创新经验的概括。因为各个地区的具体状况和发展方向不同,“三个模式”的聚焦点和"
    "解决方式也有所差异:“诸城模式”解决的主要是农业生产、加工、流通脱节的问题;“潍坊模式”解决的主要是农户分散经营与大市场之间的矛盾。\n"
)


def test_run_in_model_glosses_end_at_the_semicolon_before_the_next_items_lead():
    assert pairs(_FEATURE) == [
        ("“诸城模式”", "是诸城市在商品经济大合唱、贸工农一体化、农业产业化等不同阶段创新探索成果的总成"),
        ("“潍坊模式”", "是潍坊各地农业农村改革创新经验的集成"),
        ("“寿光模式”", "是对寿光在蔬菜产业的生产、销售、技术、会展和标准输出等不同发展阶段改革创新经验的概括。"),
    ]


def test_a_bare_quoted_headword_over_its_verbless_gloss_stays():
    text = (
        "“一核引领”\n以海经区为核心区,发挥平台空间潜力优势,全力招引综合竞争力强、创新水平高的台资集团企业和标志性产业项目,构建两岸大健康"
        "集群式发展产业链,打造产业园高质量发展核心引擎。\n“多点联动”\n龙湾区依托中国眼谷平台,重点推动两岸眼视光科技研发转化标准共建、成果融合;\n"
        "鹿城区依托浙江工贸职业技术学院、台湾青年创客坊等载体,重点建设对台招才引智服务和台青创业项目孵化空间。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“一核引领”", "“多点联动”"]


def test_a_quoted_word_granted_its_sense_in_a_concession():
    text = (
        "一时间,“衢州”又成了热词。一位市民激动地说:“虽然‘通衢’一词泛指四通八达的道路,如武汉有九省通衢、洛阳有十省通衢之称,但真正将衢字"
        "用于地名、名副其实体现通衢之本意的,只有我们通衢之州——衢州了。”\n"
    )
    assert pairs(text) == [("‘通衢’", "泛指四通八达的道路,如武汉有九省通衢、洛阳有十省通衢之称")]


def test_a_headword_with_a_class_noun_after_its_quoted_slogan_is_no_headline():
    text = (
        "2、“东数西算”工程\n\n“数”指的是数据,“算”指的是算力,即对数据的处理能力。通过构建数据中心、云计算、大数据一体化的新型算力网络体系,"
        "将东部算力需求有序引导到西部,更好为数字化发展赋能。\n\n\n3、引大济岷\n\n从大渡河引水入都江堰灌区系统,以解决岷江水量的不足。\n"
    )
    assert "“东数西算”工程" in dict(pairs(text))
