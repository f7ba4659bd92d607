"""The sixtieth development set's press and other non-official pages (press copies and summaries of regional plans): a
named whole spelled out part by part (:mod:`policyterms.mining.extract_layouts.whole_parts`) — a slogan's quoted parts
glossed one paragraph each by 为/包括/分别是/依次为 (P2105, P2094, P2090), a counted whole listed by 分别为/分别是 (P2102,
P2090; P2035 of the fifty-eighth set) and a plan's zones or lines glossed in turn by 为 (P2105, P2100). Each rule has the
real lines it was written from and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import pairs
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.whole_parts import counted_wholes, quoted_slogan_parts, zones_in_turn


def _read(reader, page: str) -> list[tuple[str, str]]:
    lines = _lines(page)
    return [(e.term, e.definition) for _, e in reader(lines, [True] * len(lines))]


# --- a slogan's quoted parts, one paragraph each (P2105, P2094, P2090) -------------------------------------------------


def test_the_quoted_parts_of_a_slogan_named_above_are_entries():
    page = (
        "客运方面,构建“三主两辅多点”客运枢纽体系。\n"
        "“三主”为刘集机场、襄阳东站、襄阳站;\n"
        "“两辅”为襄州站客运枢纽、襄阳南站客运枢纽;\n"
        "“多点”包括樊西汽车客运站、汽车客运中心站、汽车客运东站、汽车客运南站、高铁汽车站等汽车客运站。\n"
        "货运方面,以“两核三片”为突破点,完善货运枢纽及配套设施建设。\n"
        "“两核”为公铁联运枢纽、小河港铁水联运枢纽;\n"
        "“三片”为樊西公路物流枢纽、刘集航空物流枢纽、东津综合物流园。\n"
        "打造襄阳东站为综合型高铁枢纽,承担主要对外高速铁路出行功能。\n"
    )
    assert pairs(page) == [
        ("“三主”", "为刘集机场、襄阳东站、襄阳站"),
        ("“两辅”", "为襄州站客运枢纽、襄阳南站客运枢纽"),
        ("“多点”", "包括樊西汽车客运站、汽车客运中心站、汽车客运东站、汽车客运南站、高铁汽车站等汽车客运站。"),
        ("“两核”", "为公铁联运枢纽、小河港铁水联运枢纽"),
        ("“三片”", "为樊西公路物流枢纽、刘集航空物流枢纽、东津综合物流园。"),
    ]


def test_a_short_clause_may_stand_between_the_part_and_its_list():
    page = (
        "总体上分三大板块,分别是“一个总目标、十一新任务、三大保障”。\n"
        "“十一新任务”属于分论,依次为建立现代产业新体系、增强创新发展新动力。\n"
        "“三大保障”,依次为全面深化改革、全面依法治省、强化规划实施保障。\n"
    )
    assert _read(quoted_slogan_parts, page) == [
        ("“十一新任务”", "属于分论,依次为建立现代产业新体系、增强创新发展新动力。"),
        ("“三大保障”", "依次为全面深化改革、全面依法治省、强化规划实施保障。"),
    ]


def test_a_quoted_word_of_no_slogan_named_above_is_no_part():
    # (the slogan named only below, or not at all: a quoted subject with 为 is any sentence's)
    assert _read(quoted_slogan_parts, "“十四五”为我们指明了前进方向。\n“三主”为刘集机场、襄阳东站、襄阳站;\n构建“三主两辅多点”体系。\n") == []


def test_a_part_opening_a_sentence_about_it_with_bare_shi_is_not_this_reading():
    page = "加快“一城一園三區多組團”建設。\n“多組團”是按照“科研有基礎、發展有需求”的原則,共劃定37個科創組團。\n"
    assert _read(quoted_slogan_parts, page) == []


def test_a_part_cut_by_the_page_gives_nothing():
    page = "构建“三主两辅多点”客运枢纽体系。\n“三主”为刘集机场、襄阳东站、襄阳\n"
    assert _read(quoted_slogan_parts, page) == []


# --- a counted whole listed by 分别为/分别是 (P2102, P2090; P2035) --------------------------------------------------------


def test_a_counted_whole_and_its_members_are_an_entry_each_sentence():
    page = (
        "一桥,即中巴经济走廊廊桥;一线,即中国—中亚—西亚交通干线。打造三个基地,分别为出口产品制造加工基地、进口能源资源储备加工基地、"
        "商品集散贸易基地。逐步推动形成五个中心,分别为经济合作中心、商贸物流中心、金融中心、文化旅游中心、医疗服务中心。"
        "着重打造六大产业聚集区,分别为制造加工产业聚集区、电子商务及现代商贸物流产业聚集区\n"
    )
    assert _read(counted_wholes, page) == [
        ("三个基地", "分别为出口产品制造加工基地、进口能源资源储备加工基地、商品集散贸易基地。"),
        ("五个中心", "分别为经济合作中心、商贸物流中心、金融中心、文化旅游中心、医疗服务中心。"),
    ]


def test_the_name_runs_back_over_words_the_page_writes_with_it():
    page = "上海五大新城在哪里?\n上海五大新城分别是嘉定新城、青浦新城、松江新城、奉贤新城、南汇新城。\n"
    assert _read(counted_wholes, page) == [("上海五大新城", "分别是嘉定新城、青浦新城、松江新城、奉贤新城、南汇新城。")]
    assert _read(counted_wholes, "总体上分三大板块,分别是“一个总目标、十一新任务、三大保障”。\n") == [
        ("三大板块", "分别是“一个总目标、十一新任务、三大保障”。")
    ]


def test_a_tally_a_division_or_a_question_is_no_counted_whole():
    for sentence in (
        "就業者工作身分可分為五類,分別為雇主、自營作業者、受私人雇用者。",  # (no 个/大: a tally of kinds)
        "该期月刊刊登三篇专题文章,分别为「港口货物统计」、「二零零零年至二零零八年」。",
        "学者徐仁辉将其分为四个过程,分别是筹编、审议、执行、决算与审计。",  # (a division's count)
        "偶尔会考察三大规律分别是什么,即共产党执政的规律。",  # (a question)
        "深化了对三大规律的认识,分别是共产党执政的规律。",  # (a phrase with 的)
    ):
        assert _read(counted_wholes, sentence + "\n") == [], sentence


# --- a plan's zones or lines glossed in turn by 为 (P2105, P2100) ---------------------------------------------------


def test_zones_of_one_head_noun_glossed_in_turn_are_entries():
    page = (
        "襄阳都市圈分为核心区和紧密区,核心区为中心城区,紧密区为市域内除中心城区外的区域。辐射带动区为十堰、随州、神农架。"
        "联结协作区为南阳,宜荆荆都市圈,武汉、西安、郑州、重庆、成都等城市都市圈。\n"
    )
    assert pairs(page) == [
        ("核心区", "为中心城区"),
        ("紧密区", "为市域内除中心城区外的区域。"),
        ("辐射带动区", "为十堰、随州、神农架。"),
        ("联结协作区", "为南阳,宜荆荆都市圈,武汉、西安、郑州、重庆、成都等城市都市圈。"),
    ]


def test_the_last_line_runs_to_its_paragraph_end():
    page = "洱海保護的藍綠紅三條線。其中,藍線為湖區界限,綠線為湖區界限外延15米。按照規定,藍線和綠線範圍內的建築物將進行拆除。\n"
    assert _read(zones_in_turn, page) == [("藍線", "為湖區界限"), ("綠線", "為湖區界限外延15米。按照規定,藍線和綠線範圍內的建築物將進行拆除。")]


def test_figures_and_names_of_different_heads_are_no_zones():
    assert _read(zones_in_turn, "国土面积为1.97万平方公里,建成区为300平方公里。\n") == []  # (a figure)
    assert _read(zones_in_turn, "核心区为中心城区,主轴线为汉江。\n") == []  # (区 and 线: no series)
    assert _read(zones_in_turn, "开发区为全市经济增长极。\n") == []  # (one clause)


_NAMES = st.lists(st.text(alphabet="核心紧密辐射带动联结协作东西南北", min_size=1, max_size=4), min_size=2, max_size=5, unique=True)


@settings(max_examples=40, deadline=None)
@given(_NAMES)
def test_every_zone_of_a_series_opens_at_its_marker_and_its_gloss_holds_no_sibling(names):
    paragraph = ",".join(f"{name}区为第{n + 1}片区域" for n, name in enumerate(names)) + "。\n"
    read = _read(zones_in_turn, paragraph)
    assert [term for term, _ in read] == [f"{name}区" for name in names]
    for term, definition in read:
        assert definition.startswith("为") and "区为" not in definition


# --- a parallel name glossed by a bare 是 right after the term (P2104) -------------------------------------------------


def test_a_parallel_name_of_the_terms_kind_ends_its_gloss_and_is_an_entry():
    page = (
        "想问问洛阳副中心和南阳副中心的区别是什么?中原城市群的范围是什么?\n"
        "回复部门:发改委 2021-11-05 15:52:51\n"
        "网友:\n"
        "您好!非常感谢您对洛阳发展的支持和关注。\n"
        "首先,洛阳副中心是中原城市群副中心城市,南阳副中心是河南省副中心城市。河南省第十一次党代会报告指出“支持南阳建设副中心城市”。\n"
    )
    assert pairs(page) == [
        ("洛阳副中心", "是中原城市群副中心城市"),
        ("南阳副中心", "是河南省副中心城市。河南省第十一次党代会报告指出“支持南阳建设副中心城市”。"),
    ]


def test_split_at_sibling_leaves_a_clause_of_another_kind_or_not_named_before():
    from policyterms.mining.extract_layouts.sibling_ends import split_at_sibling

    definition = "是中原城市群副中心城市,南阳副中心是河南省副中心城市。"
    assert split_at_sibling("洛阳副中心", definition, "首先,") == (definition, None)  # (not named before)
    other = "是中原城市群副中心城市,这一定位是国家规划确定的。"
    assert split_at_sibling("洛阳副中心", other, "洛阳副中心和这一定位") == (other, None)  # (no shared head)
