"""Learning from the document itself: its appendix, defining sentences and inline
enumerations explain its own mentions, and win over the glossary for that document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import sense_yaml
from policyterms import Annotator, load_glossary
from policyterms.mining import learn as learning
from policyterms.cli import main
from policyterms.mining.learn import DOCUMENT_SCOPE, defining_sentences, layered, learn, learning_text, learning_text_of_chunks

ROOT = Path(__file__).resolve().parents[1]
JINSHAN = ROOT / "glossary" / "texts" / "jinshan-2020-work-report.txt"
GOLDEN = json.loads((ROOT / "tests" / "golden" / "jinshan-mentions.json").read_text(encoding="utf-8"))["mentions"]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def records(*argv: str) -> list[dict]:
    code, out = run(*argv)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_the_jinshan_report_explains_its_36_body_mentions_from_its_own_appendix_alone():
    text = JINSHAN.read_text(encoding="utf-8")
    body_end = text.index("    名词解释")
    found = [r for r in records("annotate", str(JINSHAN), "--no-shipped", "-f", "jsonl") if r["start"] < body_end]
    by_span = {(r["start"], r["end"]): r for r in found}
    for mention in GOLDEN:
        record = by_span[(mention["start"], mention["end"])]
        assert record["text"] == mention["text"]
        assert record["origin"] == "learned" and record["chosen_by"] == "learned"
        (citation,) = record["citations"]
        assert citation["source"] == "document" and citation["locator"].startswith("名词解释 ")
        assert citation["quote"].replace(" ", "") in text.replace(" ", "").replace("\n", "") or citation["quote"]
    assert len({r["term"] for r in found if (r["start"], r["end"]) in {(m["start"], m["end"]) for m in GOLDEN}}) == 29


def test_streamed_learning_equals_whole_text_learning():
    streamed = records("annotate", str(JINSHAN), "--no-shipped", "-f", "jsonl")
    code, whole = run("annotate", str(JINSHAN), "--no-shipped", "-f", "json")
    assert code == 0 and streamed == json.loads(whole)["mentions"]


def test_a_shipped_sense_the_document_restates_is_shown_as_the_shipped_one():
    by_term = {r["term"]: r for r in records("annotate", str(JINSHAN), "-f", "jsonl")}
    record = by_term["四好农村路"]
    assert record["sense_id"] == "四好农村路@上海市金山区"
    assert record["chosen_by"] == "learned" and record["origin"] == "quoted"
    assert record["en"] == "Four Good Rural Roads" and len(record["components"]) == 4
    assert record["citations"][0]["source"] == "jinshan-2020-work-report"


def test_a_shipped_sense_whose_parts_the_document_lists_is_shown_as_the_shipped_one():
    # 弥勒 2023 (outside18): the document lists the national 三重压力's own parts before it, and
    # its 三期叠加 parts, which no shipped sense has
    text = (
        "积极应对还本付息高峰期、重大项目攻坚期、招商引资突破期“三期叠加”和需求收缩、供给冲击、"
        "预期转弱“三重压力”,在省州党委政府和市委的坚强领导下,"
    )
    glossary = load_glossary()
    by_term = {a.sense.term: a for a in Annotator(layered(glossary, learn(text))).annotate(text)}
    assert by_term["三重压力"].sense.scope == "全国" and by_term["三重压力"].sense.en == "triple pressures"
    assert by_term["三期叠加"].sense.scope == DOCUMENT_SCOPE
    assert [c.text for c in by_term["三期叠加"].sense.components] == ["还本付息高峰期", "重大项目攻坚期", "招商引资突破期"]


@pytest.mark.parametrize(
    ("sentence", "short_form", "parts"),
    [
        ("过去五年，我县全面实施开放带动、产业强县、城乡统筹“三大战略”，经济总量翻了一番。", "三大战略", "开放带动、产业强县、城乡统筹"),
        ("围绕产业转型、城市提质、民生改善“三步走”战略扎实推进。", "三步走", "产业转型、城市提质、民生改善"),
    ],
)
def test_the_documents_own_sense_wins_over_the_national_one(tmp_path, sentence, short_form, parts):
    national = [s.id for s in load_glossary().lookup(short_form) if s.scope == "全国"]
    assert national, f"the shipped glossary has a national {short_form}: the test needs it"
    path = tmp_path / "report.txt"
    path.write_text(sentence, encoding="utf-8")
    (record,) = [r for r in records("annotate", str(path), "-f", "jsonl") if r["term"] == short_form]
    assert record["definition"] == parts and record["chosen_by"] == "learned" and record["origin"] == "learned"
    assert national[0] in record["alternatives"]
    assert record["citations"][0]["locator"] == "enumeration"
    (plain,) = [r for r in records("annotate", str(path), "-f", "jsonl", "--no-learn") if r["term"] == short_form]
    assert plain["sense_id"] == national[0]


def test_a_sentence_that_defines_a_quoted_term_is_learned():
    text = "着力解决“三老”问题，是指老人、老账、老粮。今年“三老”问题基本化解。"
    assert defining_sentences(text)[0][:2] == ("三老", "是指老人、老账、老粮")
    glossary = layered(load_glossary(), learn(text))
    found = [a for a in Annotator(glossary).annotate(text) if a.term == "三老"]
    assert len(found) == 2 and all(a.sense.scope == DOCUMENT_SCOPE and a.chosen_by == "learned" for a in found)
    assert found[0].citations[0].locator == "sentence"


def test_a_text_without_definitions_learns_nothing():
    assert learn("今年经济运行总体平稳。").senses == ()


def test_standard_input_is_spooled_and_learned_like_a_file(console_script):
    import subprocess

    data = JINSHAN.read_bytes()
    done = subprocess.run(
        [str(console_script), "annotate", "-", "--no-shipped", "-f", "jsonl"], input=data, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    from_file = records("annotate", str(JINSHAN), "--no-shipped", "-f", "jsonl")
    from_stdin = [json.loads(line) for line in done.stdout.decode().splitlines()]
    for record in from_file:  # the document's title in citations is the name it was read under
        record["citations"][0]["title"] = "<stdin>"
    assert from_stdin == from_file


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab名词\n", max_size=60), cuts=st.lists(st.integers(0, 60), max_size=6))
def test_learning_reads_the_same_ends_of_a_stream_as_of_the_whole_text(text, cuts):
    original = learning.LEARN_EDGE
    learning.LEARN_EDGE = 7
    try:
        points = sorted({min(c, len(text)) for c in cuts})
        chunks = [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]
        assert learning_text_of_chunks(chunks) == learning_text(text)
    finally:
        learning.LEARN_EDGE = original


# --- glossaries add up ---------------------------------------------------------------------


def test_g_adds_to_the_shipped_glossary(glossary):
    glossary.senses(sense_yaml("测试专用词"))
    code, out = run("show", "-g", str(glossary.root), "四好农村路", "-f", "json")
    assert code == 0 and json.loads(out)
    code, out = run("show", "-g", str(glossary.root), "测试专用词", "-f", "json")
    assert code == 0 and json.loads(out)[0]["scope"] == "上海市测试区"


def test_a_user_sense_replaces_the_shipped_sense_of_its_scope_and_surface(glossary):
    glossary.senses(sense_yaml("四好农村路", extra="definition: 用户自己的定义。\norigin: editorial", quote="四好农村路"), scope="上海市金山区")
    senses = load_glossary(glossary.root, shipped=True).lookup("四好农村路")
    assert [s.definition for s in senses if s.scope == "上海市金山区"] == ["用户自己的定义。"]


def test_no_shipped_without_a_glossary_is_a_usage_error():
    code, _ = run("show", "--no-shipped", "四好农村路")
    assert code == 2


@pytest.mark.parametrize("as_", [str, Path, lambda p: [p], lambda p: (str(p),)])
def test_load_glossary_takes_a_path_as_str_or_path_or_a_list(glossary, as_):
    glossary.senses(sense_yaml("测试专用词"))
    assert load_glossary(as_(glossary.root)).lookup("测试专用词")


def test_load_glossary_says_what_it_expected_for_a_wrong_type():
    with pytest.raises(TypeError, match="a str, a Path or a list of them"):
        load_glossary(42)  # type: ignore[arg-type]


# --- unknown jargon -----------------------------------------------------------------------


def test_unknown_marks_jargon_no_glossary_defines(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("我县深入实施“强工兴城”战略，持续推进“强工兴城”行动，全面落实“三张清单”。", encoding="utf-8")
    marked = [r for r in records("annotate", str(path), "-f", "jsonl", "--unknown") if r["chosen_by"] == "unknown"]
    assert [r["text"] for r in marked] == ["“强工兴城”", "“强工兴城”"]
    assert all(r["definition"] is None and r["origin"] is None for r in marked)
    assert marked[0]["citations"][0]["locator"] == "first use"
    assert all(r["chosen_by"] != "unknown" for r in records("annotate", str(path), "-f", "jsonl"))


def test_the_reader_says_unknown_jargon_is_not_in_the_glossary(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("我县深入实施“强工兴城”战略，持续推进“强工兴城”行动。", encoding="utf-8")
    code, out = run("annotate", str(path), "-f", "rich", "--unknown", "--width", "100")
    assert code == 0 and "Not in the glossary" in out


def test_the_tables_of_a_layered_glossary_are_those_it_would_build_itself():
    """layered() updates the annotator's tables of the glossary under it instead of
    reading the gazetteer again; the result must be what building them afresh gives."""
    from policyterms.annotate.annotator import AnnotationTables
    from policyterms.glossary.model import Glossary

    shipped = load_glossary()
    shipped.annotation_tables  # noqa: B018 - computed, so layered() updates them
    text = (
        "着力解决“三老”问题，是指老人、老账、老粮。形成全流程管控、全行业保供、全空间覆盖的“三全”工作机制。"
        "“四好农村路”，即建好、管好、护好、运营好农村公路。深入推进“一网通办”。"
    )
    for document in (learn(text), learning.unknown_jargon(text, shipped)):
        result = layered(shipped, document)
        assert "annotation_tables" in result.__dict__
        updated = result.annotation_tables
        fresh = AnnotationTables.of(Glossary(result.senses, result.sources))
        assert (updated.scopes, updated.place_surfaces, updated.reaches, updated.longest) == (
            fresh.scopes, fresh.place_surfaces, fresh.reaches, fresh.longest
        )
        assert updated.evidence.targets == fresh.evidence.targets
        assert Annotator(result).annotate(text) == Annotator(Glossary(result.senses, result.sources)).annotate(text)


def test_every_appendix_heading_word_ends_where_learn_looks_for_one():
    """learn() only looks for an appendix in a text holding 释, 釋 or 解: every heading
    word extract accepts must end in one of them."""
    import re

    from policyterms.mining.appendix import HEADING

    words = re.search(r"\(\?:(名词解释[^)]*)\)", HEADING.pattern).group(1).split("|")
    assert len(words) >= 9 and all(word[-1] in "释釋解" for word in words)


# A regulation's own definitions, written without quotation marks: a lead-in naming the regulation (本办法所称X，是指…) or the
# short form the text goes on to use (X（以下简称Y），是指…) marks where the term starts. The lines are real: 157's and 383's
# measures (bundled pages), and 厦门市新型墙体材料管理规定 (2002), 第三条.
REGULATION_LINES = (
    ("第二条 本办法所称政务部门,是指政府部门以及法律、法规授权具有行政职能的事业单位和社会组织。", "政务部门"),
    ("本办法所称互联网租赁自行车,是指经营者以互联网技术为依托构建服务平台,为用户提供分时租赁服务的营运非机动车,包括自行车和电动自行车。", "互联网租赁自行车"),
    ("第三条本规定所称新型墙体材料,是指除粘土实心砖以外的符合产业政策和产品质量标准的建筑墙体材料。", "新型墙体材料"),
)


@pytest.mark.parametrize("line, term", REGULATION_LINES)
def test_a_regulations_unquoted_definition_explains_its_later_mentions(line, term):
    text = f"{line}\n第五条 各级人民政府应当支持{term}的发展,{term}的管理办法另行制定。\n"
    found = [a for a in Annotator(learn(text)).annotate(text) if a.sense.term == term]
    assert len(found) == 3 and all(a.chosen_by == "learned" for a in found)
    assert found[0].sense.cite[0].quote.startswith("本") or found[0].sense.cite[0].quote.startswith("第")


def test_a_short_form_a_regulation_defines_is_explained_as_its_term():
    # (a sentence in the shape of a measures' article: its term opens the article, its short form follows in brackets)
    text = (
        "第二条 市级财政专项支出预算绩效考评(以下简称绩效考评),是指运用一定的指标和方法,对市级财政性项目资金的安排、实施以及完成结果进行综合性考核与评价。\n"
        "第三条 绩效考评结果作为安排以后年度预算的重要依据。\n"
    )
    later = [a for a in Annotator(learn(text)).annotate(text) if a.start > text.index("第三条")]
    assert [(a.text, a.sense.term) for a in later] == [("绩效考评", "市级财政专项支出预算绩效考评")]


@pytest.mark.parametrize(
    "text",
    [
        "各地要加强预算绩效考评(以下简称绩效考评)工作,绩效考评是指对预算的评价。",  # no article or line opening before the term
        "本条例所称社会信用信息,是指能够用于识别、分析、评判社会",  # cut off by the page: no closing 。
        "第二条 本规定适用于本市高级中等学校招生和初中毕业统一考试(以下简称中考)。",  # a short form with no definition
        # a short form followed by a duty, not a definition: 指导, 指定 are verbs, not the defining 指
        "第五条 市人民政府办公厅（以下简称市政府办公厅），指导、协调和监督全市公共数据工作。",
        "第六条 市大数据中心（以下简称大数据中心），指定专人负责公共数据安全管理。",
    ],
)
def test_what_is_no_regulation_definition_is_not_learned(text):
    assert learning.regulation_definitions(text) == []


def test_a_collective_name_inside_a_definition_is_no_alias_of_its_term():
    text = "第三条 本条例所称社会信用,是指具有完全民事行为能力的自然人、法人和非法人组织(以下统称信用主体)在社会和经济活动中遵守法定义务、履行约定义务的状态。"
    assert [(term, aliases) for term, _, _, aliases, _ in learning.regulation_definitions(text)] == [("社会信用", ())]


def test_a_lead_in_before_a_short_form_is_no_part_of_the_term():
    # (written in the shape of a regulation's article: the lead-in, the term, its short form, the definition)
    text = "第二条 本条例所称社会组织(以下简称组织),是指依法登记的社会团体、基金会和社会服务机构。\n第三条 组织应当依法开展活动。\n"
    assert [(sense.term, sense.aliases) for sense in learn(text).senses] == [("社会组织", ("组织",))]


def test_each_term_of_an_article_defining_several_gets_its_own_definition():
    # 国家教育考试违规处理办法 (2012), 第二条 第二款: three terms, the later ones led in by ；所称
    text = "本办法所称考场是指实施考试的封闭空间；所称考点是指设置若干考场独立进行考务活动的特定场所；所称考区是指由省级教育考试机构设置，由若干考点组成，进行国家教育考试实施工作的特定地区。"
    assert [(term, definition) for term, definition, *_ in learning.regulation_definitions(text)] == [
        ("考场", "是指实施考试的封闭空间"),
        ("考点", "是指设置若干考场独立进行考务活动的特定场所"),
        ("考区", "是指由省级教育考试机构设置，由若干考点组成，进行国家教育考试实施工作的特定地区"),
    ]
    # a credit cooperative's measures, 第四条: the second term's definition is no part of the first's
    text = "第四条 本办法所称部门是指县联社所辖各部室、各乡镇信用社、分社等；所称人员是指联社所有在岗人员（含高管人员、劳务派遣员工）。"
    assert [sense.term for sense in learn(text).senses] == ["部门", "人员"]
    assert learn(text).senses[0].definition == "是指县联社所辖各部室、各乡镇信用社、分社等"


@pytest.mark.parametrize(
    "short",
    ["（以下简称开放）", "（以下简称为“开放”）", "（以下简称为开放）", "（以下简称：开放）", "（以下简称《开放》）", "(以下簡稱為「開放」)"],
)
def test_a_short_forms_lead_and_marks_are_no_part_of_it(short):
    # 以下简称为“…” is how agreements and measures often write it; the 为, a colon and the marks are not the short form
    text = f"第二条 本办法所称公共数据开放{short}，是指向社会提供可机器读取的数据集的公共服务。"
    [(term, _, _, aliases, _)] = learning.regulation_definitions(text)
    assert (term, aliases) == ("公共数据开放", ("開放" if "開" in short else "开放",))


@pytest.mark.parametrize(
    "line, term",
    [
        # 西安市政务数据资源共享管理办法 (2018), 第三条, as a converter served it, without its pinyin: no comma before 是指
        ("第三條 本辦法所稱政務數據是指政務部門在履行職責過程中制作或獲取的數據。", "政務數據"),
        # a term holding 指 (指标, 指导) is read whole, whether or not a comma follows it
        ("本办法所称绩效指标是指衡量绩效目标实现程度的考核工具。", "绩效指标"),
        ("本办法所称指导价格,是指政府规定基准价及其浮动幅度的价格。", "指导价格"),
        # a term holding 体系 or 关系 before 指标, 指数 is not cut at that 系指
        ("本办法所称社会信用体系指数，是指反映本市社会信用体系建设水平的综合指数。", "社会信用体系指数"),
        ("本办法所称营商环境评价体系指标，是指衡量营商环境的各项指标。", "营商环境评价体系指标"),
        ("本規定所稱市場主體係指依法設立的企業。", "市場主體"),
    ],
)
def test_a_regulations_term_ends_at_its_first_defining_verb(line, term):
    assert [found[0] for found in learning.regulation_definitions(line)] == [term]


def test_a_definition_wrapped_over_lines_is_learned_joined():
    # 521, a Taiwan agency's points (要點) as served at a fixed width: the lead-in names the points, the definition wraps
    text = (Path(__file__).parent / "data" / "appendices" / "521-taiwan-moea-2022-geothermal-platform-data-rules-history-definition-point-suocheng-zhi-cut.txt").read_text("utf-8")
    [(term, definition, quote, _, start)] = learning.regulation_definitions(text)
    assert term == "本平臺資料" and text.startswith(term, start) and quote in text and "\n" in quote
    assert definition.startswith("指本所於網站建置之地熱探勘資訊平臺中,因業務職掌有償") and definition.endswith("影像、聲音、資料集等")


def test_an_article_opening_with_its_term_is_learned():
    # 四川省反窃电管理办法 (2000), 第二条, as served by the search tool: the term opens the article, its items follow a colon
    text = (
        "第二条 窃电是指以非法占用电能为目的,采用各种手段不计量或少计量用电的行为:\n"
        "(一)在供电企业或者其他单位、个人的供电、用电设施上,擅自接线用电;\n"
        "(二)绕越用电计量装置用电;\n"
        "第三条 禁止以任何方式窃电。禁止教唆或指使、帮助他人窃电。禁止生产、销售或使用专用窃电装置。\n"
    )
    assert [(term, definition) for term, definition, *_ in learning.regulation_definitions(text)] == [
        ("窃电", "是指以非法占用电能为目的,采用各种手段不计量或少计量用电的行为")
    ]
    later = [a for a in Annotator(learn(text)).annotate(text) if a.start > text.index("第三条")]
    assert [a.text for a in later] == ["窃电", "窃电", "窃电"] and all(a.chosen_by == "learned" for a in later)


@pytest.mark.parametrize(
    "line, term",
    [
        # 中华人民共和国政府采购法实施条例 (2015), 第二条, as served by the search tool: the article cites the law it implements
        ("第二条 政府采购法第二条所称财政性资金是指纳入预算管理的资金。", "财政性资金"),
        # (written in the shape of a Taipei 自治條例: a lead-in naming the text in words the lead-in pattern does not know)
        ("第三條 本自治條例所稱公有零售市場，指由市政府設置之市場。", "公有零售市場"),
    ],
)
def test_an_article_opening_with_a_lead_in_learns_the_term_after_it(line, term):
    assert [found[0] for found in learning.regulation_definitions(line)] == [term]


@pytest.mark.parametrize(
    "line, term",
    [
        # (written in the shape of a regulation's second paragraph: 前款所称 and 本条所称 lead a term in as 本办法所称 does)
        ("第十条 前款所称重大行政决策事项,是指涉及本市经济社会发展全局的重大事项。", "重大行政决策事项"),
        ("本条所称公共数据,是指本市各级行政机关在依法履职过程中产生的数据。", "公共数据"),
    ],
)
def test_a_paragraph_or_article_lead_in_is_read_like_the_regulations(line, term):
    assert [found[0] for found in learning.regulation_definitions(line)] == [term]


def test_a_clause_opening_the_items_is_no_part_of_the_definition():
    # 湘阴县行政事业单位国有资产监督管理办法 (2015), 第二条, as served by the search tool: 主要包括 opens the items
    text = (
        "第二条 本办法所称行政事业单位国有资产,是指由行政事业单位占有和使用的、在法律上确认为国家所有、能以货币计量的"
        "各种经济资源的总称,主要包括:\n"
        "(一)经营性资产,具体指行政事业单位持有的企业股权和以其他形式所占有的资产;\n"
        "(二)非经营性资产,具体指国家权力机关、行政机关、其他机关、政党组织、社会团体、事业单位以及集体性质事业单位、"
        "县政府及各行政事业单位驻外办事机构所占用的资产。\n"
    )
    assert [(term, definition) for term, definition, *_ in learning.regulation_definitions(text)] == [
        ("行政事业单位国有资产", "是指由行政事业单位占有和使用的、在法律上确认为国家所有、能以货币计量的各种经济资源的总称")
    ]


@pytest.mark.parametrize("end", ["；", ""])
def test_a_definition_does_not_run_into_the_next_paragraphs_lead_in(end):
    # (written in the shape of 合肥市廉租住房保障暂行办法 (2007), 第五条, as served by the search tool, its first definition
    # ending in ； as a list of definitions may, or losing its 。: each paragraph leads in a term of its own)
    text = (
        "  第五条 城市低收入家庭廉租住房保障方式以发放租金补贴为主,实物配租为辅。\n"
        f"  本办法所称租金补贴,是指廉租住房管理机构向符合条件的申请家庭按照规定的标准发放住房租金补贴,由其自行承租住房{end}\n"
        "  本办法所称实物配租,是指廉租住房管理机构向符合条件的申请家庭提供住房,并按照规定标准收取租金。\n"
    )
    assert [(term, definition) for term, definition, *_ in learning.regulation_definitions(text)] == [
        ("实物配租", "是指廉租住房管理机构向符合条件的申请家庭提供住房,并按照规定标准收取租金")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "第二条 本办法所称违规行为,是指下列情形:\n(一)擅自接线用电;\n(二)绕越计量装置用电。",  # the colon opens items and defines nothing
        # 行政事业性国有资产管理条例 (2021), 第二条, as served by the search tool: the clause before the colon names its items
        "  第二条 行政事业性国有资产,是指行政单位、事业单位通过以下方式取得或者形成的资产:\n\n  (一)使用财政资金形成的资产;\n\n"
        "  (二)接受调拨或者划转、置换形成的资产;\n\n  (三)接受捐赠并确认为国有的资产;\n\n  (四)其他国有资产。\n",
        "第二条 窃电是指非法占用电能的行为\n第三条 禁止以任何方式窃电。",  # a definition without its 。 does not run into the next article
        "第二条 窃电是指非法占用电能的行为\n\n各级人民政府应当加强管理。",  # nor over a blank line
        "第二条 窃电是指下列行为之一\n①擅自接线用电。",  # nor into an item numbered with a circled digit
        "第三条 专线电话工作要本着敬业、勤政、高效的原则,实行归口办理。",  # an article opening with no defining verb
        "第十条 违反本办法规定，指使他人擅自接线用电的，由电力行政管理部门责令改正。",  # 指使 is a verb, no definition
    ],
)
def test_what_an_article_does_not_define_is_not_learned(text):
    assert learning.regulation_definitions(text) == []


def _bundled(prefix: str) -> str:
    [path] = (Path(__file__).parent / "data" / "appendices").glob(f"{prefix}-*.txt")
    return path.read_text("utf-8")


def test_a_laws_article_defining_its_words_in_items_gives_each_word():
    # 469, 再生能源發展條例 第3條 as the law database serves it: 本條例用詞,定義如下: over numbered items wrapped at a fixed width
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(_bundled("469"))}
    assert found["再生能源"].startswith("指太陽能、生質能、地熱能、海洋能、風力、非抽蓄式水力、國內一般廢棄物")
    assert found["生質能"] == "指農林植物、沼氣及國內有機廢棄物直接利用或經處理所產生之能源"
    assert len(found) == 12


def test_an_items_short_form_is_explained_as_its_word():
    # 483, 長期照顧服務法 第3條 in a print view, its items run in on one line: 一、長期照顧(以下稱長照):指…
    text = _bundled("483")
    [(term, aliases)] = [(term, aliases) for term, _, _, aliases, _ in learning.regulation_definitions(text) if term == "長期照顧"]
    assert aliases == ("長照",)
    # (the print view's wrap left spaces inside words: 六個月以上 者, 社會參 與; the definition is read without them)
    [definition] = [definition for term, definition, *_ in learning.regulation_definitions(text) if term == "長期照顧"]
    assert "六個月以上者" in definition and "社會參與" in definition and " " not in definition
    later = [a for a in Annotator(learn(text)).annotate(text) if a.text == "長照" and a.sense.term == "長期照顧"]
    assert later and all(a.chosen_by == "learned" for a in later)


@pytest.mark.parametrize("numbered", [True, False])
def test_a_mainland_laws_terms_article_gives_each_word(numbered):
    # (written in the shape of a mainland law's closing article: 本法下列用语的含义： over its words, numbered or not)
    one, two = ("（一）", "（二）") if numbered else ("", "")
    text = (
        "第九十六条 本法下列用语的含义：\n"
        f"{one}危险物品，是指易燃易爆物品、危险化学品、放射性物品等能够危及人身安全和财产安全的物品；\n"
        f"{two}重大危险源，是指长期地或者临时地储存危险物品，且危险物品的数量等于或者超过临界量的单元。\n"
        "第九十七条 本法自2002年11月1日起施行。\n"
    )
    assert [(term, definition[:6]) for term, definition, *_ in learning.regulation_definitions(text)] == [
        ("危险物品", "是指易燃易爆"),
        ("重大危险源", "是指长期地或"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # items of the next article are not the words the lead announced
        "第三條 本法用詞,定義如下:\n一、住宅:指供居住使用之合法建築物。\n第四條 主管機關之職掌如下:\n一、政策:指政府之住宅政策。",
        # numbered items under no such lead (a plan's tasks)
        "二、主要任务：\n（一）发展规划，指导全市产业布局。",
    ],
)
def test_items_no_lead_announces_are_not_learned_as_words(text):
    assert "政策" not in [term for term, *_ in learning.regulation_definitions(text)]
    assert "发展规划" not in [term for term, *_ in learning.regulation_definitions(text)]


def test_a_later_sentence_of_a_numbered_item_is_no_word_of_the_list():
    # 勞動基準法 第2條 as law.moj.gov.tw serves it: item 四 goes on past its first 。 with a clause that says 指 again
    text = (
        "本法用詞,定義如下:\n一、勞工:指受雇主僱用從事工作獲致工資者。\n"
        "四、平均工資:指計算事由發生之當日前六個月內所得工資總額除以該期間之總日數所得之金額。"
        "工作未滿六個月者,指工作期間所得工資總額除以工作期間之總日數所得之金額。\n"
        "五、事業單位:指適用本法各業僱用勞工從事工作之機構。\n"
    )
    assert [term for term, *_ in learning.regulation_definitions(text)] == ["勞工", "平均工資", "事業單位"]


def test_the_items_end_at_the_next_article_on_the_same_line():
    # 勞動基準法 as a law site (justlaw.com.tw) serves it, its articles run on in one line: 第2條 … 第3條 … 第9條 …
    text = (
        "第2條 本法用詞定義如下:一、勞工:指受雇主僱用從事工作獲致工資者。 第3條 本法於左列各業適用之:一、農、林、漁、牧業。 "
        "第9條 前條所稱定期契約,指有繼續性工作者。臨時性工作,指無法預期之非繼續性工作。"
    )
    terms = [term for term, *_ in learning.regulation_definitions(text)]
    assert "前條所稱定期契約" not in terms and "臨時性工作" not in terms and "勞工" in terms


def test_unnumbered_words_end_where_the_article_ends():
    # 安全生产法 第一百一十七条 as a safety site (safehoo.com) serves it, its commentary following the article
    text = (
        "第一百一十七条 本法下列用语的含义:\n\n危险物品,是指易燃易爆物品、危险化学品、放射性物品等能够危及人身安全和财产安全的物品。\n\n"
        "重大危险源,是指长期地或者临时地生产、搬运、使用或者储存危险物品,且危险物品的数量等于或者超过临界量的单元(包括场所和设施)。\n\n\n"
        "条文主旨\n\n本条是关于本法中部分用语含义的规定。\n\n条文释义\n\n一 关于危险物品的定义\n\n"
        "本法所称的危险物品,包括易燃易爆物品、危险化学品、放射性物品等。易燃物品,是指容易自燃或燃烧的物品,如汽油、煤油、酒精等。"
    )
    assert [term for term, *_ in learning.regulation_definitions(text)] == ["危险物品", "重大危险源"]


def test_unnumbered_words_go_on_past_a_word_the_items_reader_does_not_take():
    # 食品安全法 (2009) 第九十九條 as a news site (vacances-vacance.com) serves it, traditional and run in: a word with 、
    # (用于食品生產經營的工具、設備,指…) is not learned, the words after it are
    text = (
        "第九十九條 本法下列用語的含義: 食品,指各種供人食用或者飲用的成品和原料。 "
        "用于食品生產經營的工具、設備,指在食品或者食品添加劑生產、流通、使用過程中直接接觸食品或者食品添加劑的機械、管道、傳送帶、容器、用具、餐具等。 "
        "保質期,指預包裝食品在標簽指明的貯存條件下保持品質的期限。 食源性疾病,指食品中致病因素進入人體引起的感染性、中毒性等疾病。"
    )
    assert [term for term, *_ in learning.regulation_definitions(text)] == ["食品", "保質期", "食源性疾病"]


def test_a_laws_special_nouns_defined_in_items_are_its_words():
    # 毒性化學物質管理法 (2007) 第3條 in the Taipei law database's chapter view: 本法專用名詞定義如下:, the articles after "- "
    text = (
        "- 第 3 條本法專用名詞定義如下: 一、毒性化學物質:指人為有意產製或於產製過程中無意衍生之化學物質 ,經中央主管機關認定其毒性符合下列分類規定並公告者。"
        "其分類如 下: (一)第一類毒性化學物質:化學物質在環境中不易分解或因生物蓄積、 生物濃縮、生物轉化等作用,致污染環境或危害人體健康者。 "
        "二、運作:指對化學物質進行製造、輸入、輸出、販賣、運送、使用、貯 存或廢棄等行為。 四、釋放量:指化學物質因運作而流布於空氣、水或土壤中之總量。\n"
        "- 第 4 條中央主管機關之主管事項如下: 一、全國性毒性化學物質管理政策、方案及計畫之策訂。"
    )
    assert [term for term, *_ in learning.regulation_definitions(text)] == ["毒性化學物質", "運作", "釋放量"]


def test_a_laws_words_under_yongci_are_learned():
    # 468, 下水道法 第2條 as the New Taipei law database serves it: 本法用辭定義如左: over seven items
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(_bundled("468"))}
    assert found["專用下水道"] == "指供特定地區或場所使用而設置尚未納入公共下水道之下水道"
    assert len(found) == 7


def test_an_items_definition_does_not_run_into_its_own_items():
    # 460, 農業發展條例 (2003) 第3條 in the Taipei law database's amendment view: items numbered 一 農業:…, run in on one
    # line, item 十 listing its uses after a colon: 十 農業用地:指…依法供 下列使用之土地: (一) 供農作…
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(_bundled("460"))}
    assert found["農業"].startswith("指利用自然資源") and found["農民"] == "指直接從事農業生產之自然人"
    assert "(一)" not in found.get("農業用地", "") and "耕地" in found


@pytest.mark.parametrize("between", ["\n", " "])
def test_an_items_semicolon_within_it_does_not_cut_its_definition(between):
    # 勞動基準法 第2條 item 三 (law.moj.gov.tw), its definition going on past a ; (指…之報酬;包括…均屬之。), the next item on
    # its own line or run in
    text = (
        "本法用詞,定義如下:\n三、工資:指勞工因工作而獲得之報酬;包括工資、薪金及按計時、計日、計月、計件以現金或實物等方式給付之獎金、"
        f"津貼及其他任何名義之經常性給與均屬之。{between}五、事業單位:指適用本法各業僱用勞工從事工作之機構。"
    )
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(text)}
    assert found["工資"].endswith("之報酬;包括工資、薪金及按計時、計日、計月、計件以現金或實物等方式給付之獎金、津貼及其他任何名義之經常性給與均屬之")
    assert found["事業單位"] == "指適用本法各業僱用勞工從事工作之機構"


def test_a_laws_quoted_words_in_items_are_learned():
    # 479, 澳門 第13/2023號法律《金融體系法律制度》 in the official gazette: 下列用語的含義為: over (一)“金融機構”:是指…;
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(_bundled("479"))}
    assert found["附屬公司"] == "是指具法律人格的金融機構,而該機構受另一機構透過出資、公司章程或合同的規定控制"
    assert found["支行"].startswith("是指直接隸屬分行且不具法律人格的場所")


def test_a_points_words_end_at_the_next_point():
    # 504, 桃園市政府法制作業要點 point 二 (print view), its words numbered (一)…; point 三 after it (written plainly here,
    # in the points' own shape) lists items of its own
    text = (
        "二、本要點用詞定義如下:\n    (一)法制作業:指自治法規及行政規則之制(訂)定、施行、修正及\n"
        "        廢止或停止適用所應辦理之相關事項。\n    (二)自治法規:指自治條例、自治規則及委辦規則。\n"
        "三、法規草案之審查方式如下:\n    (一)書面審查:指以書面徵詢相關機關意見。\n"
    )
    assert [term for term, *_ in learning.regulation_definitions(text)] == ["法制作業", "自治法規"]


def test_a_points_words_under_a_heading_are_learned():
    # 522, 文書及檔案管理電腦化作業規範 in the Taipei law database's amendment view: point 四、用詞定義 is a heading, no colon
    found = {term: definition for term, definition, *_ in learning.regulation_definitions(_bundled("522"))}
    assert found["文書本文檔"] == "指文書本文之電子化文件,內容以XML(eXtensible Markup Language)語法所組成,稱為DI(Document Instance)檔"
    assert {"線上簽核", "簽核電子檔", "文稿頁面檔"} <= set(found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["第二条 ", "本办法所称", "前款所称", "本法用詞,定義如下:", "一、", "(以下稱長照)", "政务 数据", "政务数据", "(以下简称数据)", ",", "是指", "指", "政务部门", "的记录", "。", ":", "\n", "\n(一)", "  ", "绩效指标"]), max_size=14))
def test_a_learned_regulation_term_stands_where_it_is_said_to(pieces):
    text = "".join(pieces)
    for term, definition, quote, _, start in learning.regulation_definitions(text):
        assert text.startswith(term, start) and quote in text and "\n" not in definition
        assert "".join(definition.split()) in "".join(quote.split()) and "政务 数据" not in definition
