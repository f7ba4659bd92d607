"""Extracting 名词解释 appendices: the 金山 appendix reproduces the curated glossary field for
field; every numbering style, separator and stopping case works on realistic snippets; the
YAML written and merged is valid, lints once ``en`` is filled in, and never loses curation."""

from __future__ import annotations

import doctest
import re
import textwrap
from pathlib import Path

import pytest
import yaml

from policyterms.mining import appendix, extract as extract_module
from policyterms.errors import GlossaryError, InputError
from policyterms.mining.appendix import ExtractedEntry, find_appendix
from policyterms.mining.senses_yaml import MergeReport, entries_to_yaml, merge_entries
from policyterms.mining.extract import extract_entries
from policyterms.text.fold import strip_pinyin
from policyterms.text.fold import fold
from policyterms.glossary.model import Component
from policyterms.glossary.read import read_glossary
from policyterms.glossary.lint import lint

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "glossary"
SOURCE_ID = "jinshan-2020-work-report"
SCOPE = "上海市金山区"
REPORT = SHIPPED / "texts" / "jinshan-2020-work-report.txt"
CURATED = SHIPPED / "shanghai-jinshan.yaml"


def snippet(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def flat(*items: str) -> tuple[Component, ...]:
    return tuple(Component(text=item) for item in items)


@pytest.fixture(scope="module")
def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def entries(report_text: str) -> list[ExtractedEntry]:
    return extract_entries(report_text)


@pytest.fixture(scope="module")
def curated() -> dict[int, object]:
    """The curated senses citing the 金山 appendix, by entry number."""
    glossary, findings = read_glossary([SHIPPED / "sources.yaml", CURATED])
    assert not [f for f in findings if f.severity == "error"], findings
    by_number = {}
    for sense in glossary.senses:
        for citation in sense.cite:
            match = re.fullmatch(r"名词解释 (\d+)", citation.locator or "")
            if citation.source == SOURCE_ID and match:
                by_number[int(match.group(1))] = (sense, citation)
    return by_number


# --- the 金山 appendix against the curated glossary ---------------------------------------


def test_jinshan_appendix_has_exactly_29_entries_numbered_in_order(entries, curated):
    assert [e.number for e in entries] == list(range(1, 30))
    assert sorted(curated) == list(range(1, 30))


@pytest.mark.parametrize("field", ["term", "definition", "components", "enumerates", "locator", "quote"])
def test_jinshan_extraction_reproduces_the_curated_file(entries, curated, field):
    """Per field, all 29 entries equal the curated senses: the shipped file is extraction
    plus curated additions (en, aliases, note)."""
    mismatches = []
    for entry in entries:
        sense, citation = curated[entry.number]
        expected = {
            "term": sense.term,
            "definition": sense.definition,
            "components": sense.components,
            "enumerates": sense.enumerates,
            "locator": citation.locator,
            "quote": citation.quote,
        }[field]
        got = entry.locator() if field == "locator" else getattr(entry, field)
        if got != expected:
            mismatches.append((entry.number, got, expected))
    assert mismatches == []


def test_jinshan_entry_lines_and_the_wrapped_entry(entries, report_text):
    lines = report_text.splitlines()
    for entry in entries:
        assert lines[entry.line - 1].lstrip().startswith(f"{entry.number}.")
    wrapped = entries[27]
    assert wrapped.line == 130 and "\n" not in wrapped.quote
    assert wrapped.definition.startswith("是指各街镇(金山工业区)建设1个市民健身中心,")


def test_jinshan_quotes_occur_verbatim_once_line_breaks_are_folded(entries, report_text):
    folded = fold(report_text).text
    for entry in entries:
        assert fold(entry.quote).text in folded


def test_find_appendix_spans_heading_to_last_entry(report_text):
    start, end = find_appendix(report_text)
    section = report_text[start:end]
    assert section.lstrip().startswith("名词解释\n")
    assert section.endswith("重大执法决定法制审核制度。")
    assert "登录" not in section


# --- numbering styles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("1.", "2."),
        ("1．", "2．"),
        ("1、", "2、"),
        ("（1）", "（2）"),
        ("(1)", "(2)"),
        ("（一）", "（二）"),
        ("一、", "二、"),
    ],
)
def test_every_numbering_style(first, second):
    text = snippet(
        f"""
        名词解释
        {first}三张清单：是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。
        {second}三高一低：是指高投入、高消耗、高污染、低效益。
        """
    )
    one, two = extract_entries(text)
    assert (one.number, one.term, one.line) == (1, "三张清单", 2)
    assert (two.number, two.term, two.line) == (2, "三高一低", 3)
    assert two.components == flat("高投入", "高消耗", "高污染", "低效益")
    assert one.quote == "三张清单：是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。"


def test_chinese_numbers_beyond_ten():
    body = "\n".join(f"{n}、词{i}：是指甲、乙。" for i, n in enumerate("一二三四五六七八九十", 1))
    text = "名词解释\n" + body + "\n十一、两网融合：是指生活垃圾分类收运体系和生活源再生资源回收体系的融合。\n"
    entries = extract_entries(text)
    assert [e.number for e in entries] == list(range(1, 12))
    assert entries[-1].components == flat("生活垃圾分类收运体系", "生活源再生资源回收体系")


def test_a_different_numbering_style_ends_the_list():
    text = snippet(
        """
        名词解释
        1.三张清单：是指甲清单、乙清单、丙清单。
        （2）三高一低：是指高投入、高消耗、高污染、低效益。
        """
    )
    assert [e.term for e in extract_entries(text)] == ["三张清单"]


# --- separators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, term, definition",
    [
        ("1.三监联动:是指监管、监察、监测联动。", "三监联动", "是指监管、监察、监测联动。"),
        ("1.三监联动：是指监管、监察、监测联动。", "三监联动", "是指监管、监察、监测联动。"),
        ("1.三监联动——是指监管、监察、监测联动。", "三监联动", "是指监管、监察、监测联动。"),
        ("1.三监联动—监管、监察、监测联动。", "三监联动", "监管、监察、监测联动。"),
        ("1.三监联动是指监管、监察、监测联动。", "三监联动", "是指监管、监察、监测联动。"),
        ("1.三监联动即监管、监察、监测联动。", "三监联动", "即监管、监察、监测联动。"),
        ("1.三监联动指监管、监察、监测联动。", "三监联动", "指监管、监察、监测联动。"),
    ],
)
def test_every_separator(line, term, definition):
    (entry,) = extract_entries("名词解释\n" + line + "\n")
    assert (entry.term, entry.definition) == (term, definition)
    assert entry.components == flat("监管", "监察", "监测")
    assert entry.quote == line[2:]  # verbatim, separator and all


def test_colon_before_shi_zhi_keeps_a_labelled_definition_whole():
    text = "名词解释\n1.四纵四横：四纵是指学府路、卫零北路—卫零路、杭州湾大道、亭卫公路—亭卫南路;四横是指龙航路、金山大道、卫清西路—卫清东路、沪杭公路。\n"
    (entry,) = extract_entries(text)
    assert entry.term == "四纵四横"
    assert entry.components == (
        Component(label="四纵", parts=("学府路", "卫零北路—卫零路", "杭州湾大道", "亭卫公路—亭卫南路")),
        Component(label="四横", parts=("龙航路", "金山大道", "卫清西路—卫清东路", "沪杭公路")),
    )
    assert entry.enumerates is True


def test_a_headword_containing_ji_or_zhi_is_not_cut_there():
    text = "名词解释\n1.指标体系是指甲、乙两类指标。\n2.即时配送是指下单后一小时送达。\n"
    one, two = extract_entries(text)
    assert (one.term, two.term) == ("指标体系", "即时配送")


# --- wrapped entries ----------------------------------------------------------------------


def test_an_unfinished_entry_continues_on_the_next_lines():
    text = snippet(
        """
        名词解释
              1.“11157”工程:是指各街镇(金山工业区)建设1个市
              民健身中心,全区范围内统筹建设1个综合性室内体育场馆、1个体育公园、
              5大训练活动基地、7大智能型健身广场。
              2.三高一低:是指高投入、高消耗、高污染、低效益。
        """
    )
    first, second = extract_entries(text)
    assert first.definition == (
        "是指各街镇(金山工业区)建设1个市民健身中心,全区范围内统筹建设1个综合性室内体育场馆、"
        "1个体育公园、5大训练活动基地、7大智能型健身广场。"
    )
    assert first.quote == "“11157”工程:" + first.definition
    assert [c.label for c in first.components] == ["1", "1", "1", "5", "7"]
    assert (second.number, second.line) == (2, 5)


def test_a_finished_line_still_continues_when_the_next_entry_follows():
    text = snippet(
        """
        名词解释
        1.雪亮工程:是指公共安全视频监控建设联网应用项目。
        通过智能化应用手段,实现对重点对象的动态管控。
        2.三高一低:是指高投入、高消耗、高污染、低效益。
        """
    )
    first, second = extract_entries(text)
    assert first.definition == "是指公共安全视频监控建设联网应用项目。通过智能化应用手段,实现对重点对象的动态管控。"
    assert second.term == "三高一低"


def test_blank_lines_between_entries_are_allowed():
    text = "名词解释\n\n1.三高一低:是指高投入、高消耗、高污染、低效益。\n\n\n2.三监联动:是指监管、监察、监测联动。\n"
    assert [e.line for e in extract_entries(text)] == [3, 6]


# --- traditional text with pinyin noise -----------------------------------------------------


TRADITIONAL = snippet(
    """
    名詞解釋
    1.“四好農(nóng)村路”：是指建好、管好、護(hù)好、運營好農(nóng)村公路。
    2.三監(jiān)聯(lián)動：是指監(jiān)管、監(jiān)察、監(jiān)測聯(lián)動。
    3.“1+7”政策體(tǐ)系：“1”是指推進農(nóng)民相對集中居住的實施意見(試行),“7”是指7個配套政策。
    """
)


def test_traditional_text_keeps_its_characters_and_loses_the_pinyin():
    roads, linkage, policy = extract_entries(TRADITIONAL)
    assert roads.term == "“四好農村路”"
    assert roads.definition == "是指建好、管好、護好、運營好農村公路。"
    assert roads.components == flat("建好", "管好", "護好", "運營好")
    assert linkage.components == flat("監管", "監察", "監測")
    assert policy.term == "“1+7”政策體系"
    assert policy.components == (
        Component(label="1", text="推進農民相對集中居住的實施意見(試行)"),
        Component(label="7", text="7個配套政策"),
    )


def test_traditional_quotes_are_verbatim_noise_included():
    roads = extract_entries(TRADITIONAL)[0]
    assert roads.quote == "“四好農(nóng)村路”：是指建好、管好、護(hù)好、運營好農(nóng)村公路。"
    assert roads.quote in TRADITIONAL


def test_strip_pinyin_removes_what_folding_removes():
    for text in ["經(jīng)濟(試行)", "區(qū)政府", "規(guī)劃(a)", "(擴大)", "^(qū)"]:
        assert fold(strip_pinyin(text)).text == fold(text).text


# --- headings and where the list stops --------------------------------------------------------


@pytest.mark.parametrize("heading", ["名词解释", "名詞解釋", "注释", "注釋", "附件：名词解释", "附件:名词解释", "名词解释：", "   名词解释  "])
def test_every_heading(heading):
    text = f"正文最后一段。\n{heading}\n1.三高一低:是指高投入、高消耗、高污染、低效益。\n"
    (entry,) = extract_entries(text)
    assert entry.line == 3


def test_attachment_heading_after_a_report():
    text = snippet(
        """
        以上报告,请予审议。

        附件：名词解释

        1、双随机、一公开：是指行政机关在对市场主体监管过程中随机抽取检查对象、随机选派执法检查人员,抽查检查结果及时向社会公开。
        2、田园五镇：是指金山区张堰镇、廊下镇、吕巷镇和平湖市新仓镇、广陈镇。
        """
    )
    one, two = extract_entries(text)
    assert one.term == "双随机、一公开"
    assert one.components == flat("随机抽取检查对象", "随机选派执法检查人员", "抽查检查结果及时向社会公开")
    assert two.components == flat("张堰镇", "廊下镇", "吕巷镇", "新仓镇", "广陈镇")


def test_a_heading_in_running_text_is_not_a_heading():
    text = "本报告附有名词解释如下\n1.三高一低:是指高投入、高消耗、高污染、低效益。\n"
    assert appendix.scan_appendix(text) is None  # no heading: the classic appendix is not there
    (entry,) = extract_entries(text)  # but a numbered headword:definition line is still an entry
    assert (entry.term, entry.line) == ("三高一低", 2)


ENTRIES = "名词解释\n  1.三个百里:是指百里花园、百里果园、百里菜园。\n  2.三个美丽:是指美丽街区、美丽家园、美丽乡村。\n"
LATER = "\n本版积分规则\n3.四位一体:是指廉租住房、共有产权保障住房、公共租赁住房和动迁安置房。\n"


@pytest.mark.parametrize(
    "after",
    [
        "\n您需要登录后才可以回帖 登录 | 立即注册\n",  # blank line, then furniture
        "您需要登录后才可以回帖 登录 | 立即注册\n",  # furniture right after the last entry
        "\nPowered by quyushuju X3.4\n",
        "\n快速回复 返回顶部 返回列表\n",
        "\n这是正文的下一段,不是名词解释。\n",  # blank line, then prose
        "这是正文的下一段。\n",  # prose right after a finished entry
    ],
)
def test_page_furniture_ends_the_list(after):
    text = ENTRIES + after + LATER
    entries = extract_entries(text)
    assert [e.term for e in entries] == ["三个百里", "三个美丽"]
    start, end = find_appendix(text)
    assert text[start:end] == ENTRIES.rstrip("\n")


def test_furniture_is_not_joined_to_an_unfinished_last_entry():
    text = "名词解释\n1.三个百里:是指百里花园、百里果园、百里菜园\n返回顶部\n"
    (entry,) = extract_entries(text)
    assert entry.definition == "是指百里花园、百里果园、百里菜园"


def test_no_appendix_raises_input_error_with_a_hint():
    with pytest.raises(InputError) as info:
        extract_entries("2020年政府工作报告\n一、工作回顾\n形成产业发展“三张清单”。\n")
    assert info.value.message == "no glossary entries found"
    assert "名词解释" in info.value.hint and "是指" in info.value.hint  # the layouts read, not the heading alone
    with pytest.raises(InputError) as info:  # learning reads headed appendices only, and says so
        extract_entries("2020年政府工作报告\n一、工作回顾\n形成产业发展“三张清单”。\n", layouts=False)
    assert "名词解释" in info.value.message and info.value.hint
    assert find_appendix("没有附录的文本。") is None


def test_a_heading_without_entries_names_its_line():
    with pytest.raises(InputError) as info:
        extract_entries("报告正文。\n名词解释\n\n（略）\n")
    assert info.value.line == 2


# --- components: the general rules ---------------------------------------------------------


def test_unnumbered_terms_have_no_components():
    (entry,) = extract_entries("名词解释\n1.综合窗口:是指在一个政务服务窗口,可以受理跨部门的政务服务事项、一表申请。\n")
    assert entry.components == () and entry.enumerates is True


def test_a_flat_list_that_miscounts_gives_no_components():
    # Two parts read for 三个: the split or the page is wrong. Wrong parts would be shown to a reader and fail lint
    # in extract's output; with none, lint only warns that the numbered slogan lists no components.
    (entry,) = extract_entries("名词解释\n1.三个美丽:是指美丽街区、美丽家园。\n")
    assert entry.components == () and entry.enumerates is True
    # 一般 is no count: 一般公共预算收入's list of revenues is no set of parts either (a yearbook's 说明)
    (entry,) = extract_entries("名词解释\n1.一般公共预算收入:包括税收收入、非税收入。\n")
    assert entry.components == ()


def test_a_parallel_ending_is_not_taken_for_a_shared_tail():
    (entry,) = extract_entries("名词解释\n1.行政执法“三项制度”:是指行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。\n")
    assert entry.components == flat("行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度")


def test_character_explanations_do_not_enumerate():
    text = "名词解释\n1.一网通办:“一”是指一个总门户;“网”是指线上线下同步;“通”是指全市通办;“办”是指只跑一次。\n"
    (entry,) = extract_entries(text)
    assert [c.label for c in entry.components] == ["一", "网", "通", "办"]
    assert entry.enumerates is False


# --- YAML ------------------------------------------------------------------------------------


def write_glossary(root: Path, senses_yaml: str, texts: dict[str, str]) -> Path:
    (root / "texts").mkdir(parents=True)
    sources = ["sources:"]
    for source_id, text in texts.items():
        (root / "texts" / f"{source_id}.txt").write_text(text, encoding="utf-8")
        sources += [f"  - id: {source_id}", f"    title: {source_id}", f"    text: texts/{source_id}.txt"]
    (root / "sources.yaml").write_text("\n".join(sources) + "\n", encoding="utf-8")
    (root / "senses.yaml").write_text(senses_yaml, encoding="utf-8")
    return root


def fill_en(senses_yaml: str) -> str:
    return senses_yaml.replace('en: ""', "en: A gloss")


def test_entries_to_yaml_parses_and_round_trips(entries):
    text = entries_to_yaml(entries, scope=SCOPE, source_id=SOURCE_ID)
    data = yaml.safe_load(text)
    assert data["scope"] == SCOPE and len(data["senses"]) == 29
    for sense, entry in zip(data["senses"], entries):
        assert sense["term"] == entry.term and sense["definition"] == entry.definition and sense["en"] == ""
        assert sense["cite"] == [{"source": SOURCE_ID, "locator": f"名词解释 {entry.number}", "quote": entry.quote}]
        assert sense.get("enumerates", True) is entry.enumerates


def test_extracted_yaml_lints_clean_once_en_is_filled(tmp_path, entries, report_text):
    text = entries_to_yaml(entries, scope=SCOPE, source_id=SOURCE_ID)
    root = write_glossary(tmp_path / "g", fill_en(text), {SOURCE_ID: report_text})
    report = lint([root])
    assert report.errors == []
    assert (report.senses, report.verified) == (29, 29)
    glossary, _ = read_glossary([root])
    assert [s.components for s in glossary.senses] == [e.components for e in entries]


def test_extracted_yaml_with_empty_en_loads_and_lint_asks_for_the_english(tmp_path, entries, report_text):
    text = entries_to_yaml(entries[:1], scope=SCOPE, source_id=SOURCE_ID)
    root = write_glossary(tmp_path / "g", text, {SOURCE_ID: report_text})
    report = lint([root])
    assert report.errors == []
    assert any("has no English gloss" in f.message for f in report.warnings)


def test_traditional_extraction_lints_and_verifies(tmp_path):
    entries = extract_entries(TRADITIONAL)
    text = entries_to_yaml(entries, scope="上海市松江区", source_id="songjiang-snippet")
    root = write_glossary(tmp_path / "g", fill_en(text), {"songjiang-snippet": TRADITIONAL})
    report = lint([root])
    assert report.errors == [] and report.verified == 3


def test_entries_to_yaml_with_no_entries():
    assert yaml.safe_load(entries_to_yaml([], scope=SCOPE, source_id=SOURCE_ID)) == {"scope": SCOPE, "senses": []}


# --- merge -----------------------------------------------------------------------------------


def test_merging_into_the_curated_file_changes_nothing(entries):
    curated_text = CURATED.read_text(encoding="utf-8")
    merged, report = merge_entries(curated_text, entries, scope=SCOPE, source_id=SOURCE_ID)
    assert merged == curated_text
    assert (len(report.unchanged), report.added, report.conflicts) == (29, [], [])


def test_a_differing_curated_definition_is_reported_and_kept(entries):
    curated_text = CURATED.read_text(encoding="utf-8")
    edited = curated_text.replace(
        'definition: "是指行政审批事项办理时限减少一半,行政审批事项提交材料减少一半。"',
        'definition: "是指审批时限和提交材料都减少一半。"',
    )
    assert edited != curated_text
    merged, report = merge_entries(edited, entries, scope=SCOPE, source_id=SOURCE_ID)
    assert merged == edited
    assert [term for term, _ in report.conflicts] == ["双减半"]
    assert report.conflicts[0][1].startswith("definition:")
    assert len(report.unchanged) == 28 and report.added == []


def test_differing_components_and_quote_are_conflicts(entries):
    curated_text = CURATED.read_text(encoding="utf-8")
    edited = curated_text.replace("      - 百里菜园\n", "").replace(
        'quote: "三监联动:是指监管、监察、监测联动。"', 'quote: "三监联动:是指监管、监察、监测。"'
    )
    _, report = merge_entries(edited, entries, scope=SCOPE, source_id=SOURCE_ID)
    assert sorted((t, what.split(":")[0]) for t, what in report.conflicts) == [("三个百里", "components"), ("三监联动", "quote")]


def test_merging_into_an_empty_senses_file_adds_everything(tmp_path, entries, report_text):
    empty = "# 金山: to be curated\nscope: 上海市金山区\nsenses: []\n"
    merged, report = merge_entries(empty, entries, scope=SCOPE, source_id=SOURCE_ID)
    assert report.added == [e.term for e in entries] and not report.unchanged and not report.conflicts
    assert merged.startswith("# 金山: to be curated\nscope: 上海市金山区\nsenses:\n  - term: 三张清单\n")
    root = write_glossary(tmp_path / "g", fill_en(merged), {SOURCE_ID: report_text})
    assert lint([root]).errors == []
    for text in ["scope: 上海市金山区\nsenses:\n", ""]:
        merged, report = merge_entries(text, entries, scope=SCOPE, source_id=SOURCE_ID)
        assert len(yaml.safe_load(merged)["senses"]) == 29 and len(report.added) == 29


def test_new_senses_are_appended_and_curation_kept(tmp_path, entries, report_text):
    """A file holding some entries (with curated en, aliases, notes and comments) gets the
    missing ones appended after its last sense; its own text is untouched."""
    curated_text = CURATED.read_text(encoding="utf-8")
    cut = curated_text.index("  - term: 全程代办\n")
    partial = curated_text[:cut]
    merged, report = merge_entries(partial, entries, scope=SCOPE, source_id=SOURCE_ID)
    assert merged.startswith(partial)
    assert report.unchanged == [e.term for e in entries[:5]]
    assert report.added == [e.term for e in entries[5:]]
    data = yaml.safe_load(merged)
    assert [s["term"] for s in data["senses"]] == [e.term for e in entries]
    assert data["senses"][1]["en"] == "One-Network Government Services"  # curated kept
    root = write_glossary(tmp_path / "g", fill_en(merged), {SOURCE_ID: report_text})
    assert lint([root]).errors == []


def test_a_term_matches_through_an_alias_and_across_scripts(entries):
    text = snippet(
        """
        scope: 上海市金山区
        senses:
          - term: 三張清單
            en: Three Lists
            cite:
              - source: jinshan-2020-work-report
        """
    )
    merged, report = merge_entries(text, entries[:1], scope=SCOPE, source_id=SOURCE_ID)
    assert merged == text and report.added == []
    differing = {what.split(":")[0] for _, what in report.conflicts}
    assert differing == {"definition", "components", "quote", "locator"}
    aliased = text.replace("term: 三張清單", "term: 产业用地三张清单\n    aliases: [“三张清单”]")
    merged, report = merge_entries(aliased, entries[:1], scope=SCOPE, source_id="other-source")
    assert merged == aliased and report.added == []
    assert report.conflicts[-1] == ("三张清单", "cite: no citation of other-source")


def test_merging_into_a_file_of_another_scope_is_refused(entries):
    with pytest.raises(GlossaryError):
        merge_entries("scope: 上海市松江区\nsenses: []\n", entries, scope=SCOPE, source_id=SOURCE_ID)


def test_merge_report_summary():
    report = MergeReport(added=["a"], unchanged=["b", "c"], conflicts=[("d", "definition: x"), ("d", "quote: y")])
    assert report.summary() == "1 added, 2 unchanged, 1 with conflicts"


def test_module_doctests():
    assert doctest.testmod(extract_module).failed == 0


def test_merge_appends_inside_the_senses_block_whatever_the_layout(entries):
    """Senses before scope, a column-0 list, CRLF line ends and no final newline."""
    scope_last = "senses:\n  - term: 三张清单\n    en: Three Lists\n    cite:\n      - source: x\n\n# the scope\nscope: 上海市金山区\n"
    merged, report = merge_entries(scope_last, entries[:3], scope=SCOPE, source_id=SOURCE_ID)
    assert merged.endswith("\n\n# the scope\nscope: 上海市金山区\n")
    assert [s["term"] for s in yaml.safe_load(merged)["senses"]] == [e.term for e in entries[:3]]
    assert report.added == [entries[1].term, entries[2].term]

    crlf = "scope: 上海市金山区\r\nsenses:\r\n- term: 三张清单\r\n  en: Three Lists\r\n  cite:\r\n    - source: x"
    merged, _ = merge_entries(crlf, entries[:2], scope=SCOPE, source_id=SOURCE_ID)
    assert merged.startswith(crlf + "\r\n- term: 一网通办\r\n  en: \"\"\r\n")
    assert "\n" not in merged.replace("\r\n", "")
    assert len(yaml.safe_load(merged)["senses"]) == 2


def test_a_long_unfinished_entry_is_read_whole():
    # how the time grows with such input is measured by benchmarks/linear.py, not here
    text = "名词解释\n1.三个百里:是指百里花园、百里果园、百里菜园\n" + "继续的一行文字\n" * 20000 + "。\n"
    (entry,) = extract_entries(text)
    assert entry.definition.count("继续的一行文字") == 20000 and entry.definition.endswith("。")


def test_a_five_thousand_digit_number_is_a_figure_not_an_entry():
    # Python refuses to read integers of more than 4,300 digits; no appendix numbers that far
    text = "名词解释\n" + "9" * 5000 + ".三张清单:是指甲、乙、丙。\n1.四好农村路:是指建好、管好、护好、运营好农村公路。\n"
    assert [entry.term for entry in extract_entries(text)] == ["四好农村路"]
