"""False entries (the forty-second set): a place a sense holds in (在中国,指…) is no headword; a term opening with 在 is."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword
from conftest import pairs_unpinyined as pairs


P1279 = """输入需要查询的词语:
词条:厂长负责制
chǎng cháng fù zé zhì
在中国,指以厂长作为企业的主要负责人和法人代表,对企业的全部经济活动负全责的企业领导制度。在厂长负责制下,厂长全面领导企业的生产经营管理工作。
"""


def test_a_place_frame_is_no_headword():
    assert "在中国" not in [term for term, _ in pairs(P1279)]
    assert normalise_headword("在中国,", "指以厂长作为企业的主要负责人和法人代表的企业领导制度。") is None


def test_a_term_opening_with_zai_stays():
    # a yearbook's note (bundled pages): 在岗职工 is the term
    assert normalise_headword("在岗职工", "指在本单位工作并由单位支付工资的人员。") == ("在岗职工", "指在本单位工作并由单位支付工资的人员。")


# --- an answer's aspect labels between dangling bullets ------------------------------------------------------------------

P1261 = (
    "中央新疆工作座谈会通常每6年召开一次,截至目前已召开三次(2010年、2014年、2020年),是党中央在新疆发展关键时期统筹治疆方略的最高规格会议。\n"
    "-\n"
    "历史召开规律\n"
    "三次座谈会分别间隔6年,时间节点与新疆发展阶段紧密关联。例如2010年首次会议奠定对口援疆基础。 -\n"
    "核心议题演变\n"
    "从初期经济扶持(如2010年民生工程)到综合施策,政策逐步覆盖民族团结、反恐维稳、产业升级等领域。 -\n"
    "实际成效印证\n"
    "第二次座谈会后,新疆GDP年均增长7.2%,累计脱贫近300万人。\n"
    "新疆工作座谈会的召开周期与内容调整,始终围绕国家战略与地方需求。\n"
)


def test_aspect_labels_between_dangling_bullets_are_no_headwords():
    assert not {"历史召开规律", "核心议题演变", "实际成效印证"} & {term for term, _ in pairs(P1261)}


def test_slogan_parts_between_dangling_bullets_stay():
    # P879 (dev-35): the five goals, each a headword over its gloss
    from test_extract_dangling_bullets import P879

    assert [term for term, _ in pairs(P879)] == ["产业兴旺", "生态宜居", "乡风文明", "治理有效", "生活富裕"]


# --- a programme's counted contents -------------------------------------------------------------------------------------

P1293 = """美麗鄉村是指經濟、政治、文化、社會和生態文明協調發展,規劃科學、生產發展、生活寬裕、鄉風文明、村容整潔、管理民主,宜居、宜業的可持續發展鄉村(包括建制村和自然村)
美麗鄉村建設六大內容:
1、村莊規劃
規定了村莊建設、生態環境治理、產業發展、公共服務等方面的系統規劃要求。
2、村莊建設
規定了道路、橋梁、引水、供電、通信等生活設施和農業生產設施的建設要求。
3、生態環境
規定了水、土、氣等環境質量要求,對農業、工業、生活等污染防治進行指導。
"""


def test_items_under_counted_contents_are_no_entries():
    assert [term for term, _ in pairs(P1293)] == ["美麗鄉村"]


def test_a_contents_heading_without_a_count_announces_no_points():
    from policyterms.mining.extract_layouts.notes import _POINTS

    # P1292's section heading over its table of items (the forty-second set)
    assert _POINTS.search("二、具体内容详解") is None
    assert _POINTS.search("美麗鄉村建設六大內容:") is not None
