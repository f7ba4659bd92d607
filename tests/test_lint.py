"""lint: quotes are really in their bundled sources, numerals agree with components."""

from __future__ import annotations

import gzip

import pytest

from conftest import line_of, sense_yaml
from policyterms.glossary.read import read_glossary
from policyterms.glossary.lint import lint
from policyterms.glossary.numerals import headword_numerals, parse_chinese_number

# --- the shipped glossary ----------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_report():
    return lint()


def test_shipped_glossary_has_no_errors(shipped_report):
    assert [str(f) for f in shipped_report.errors] == []


def test_every_citation_of_a_bundled_source_in_the_shipped_glossary_verifies(shipped_report):
    glossary, _ = read_glossary()
    bundled = [
        c
        for s in glossary.senses
        for c in s.cite
        if c.quote and c.source in glossary.sources and glossary.sources[c.source].text_path
    ]
    assert bundled, "the shipped glossary cites bundled texts"
    assert shipped_report.verified == len(bundled)
    assert shipped_report.verified + shipped_report.unverified == shipped_report.citations


def test_jinshan_appendix_verifies_entirely(jinshan_dir):
    # entry 28 (“11157”工程) is broken across two lines in the bundled text
    report = lint([jinshan_dir])
    assert report.errors == []
    assert report.verified == report.citations > 0
    assert report.unverified == 0


def test_summary_states_the_counts(glossary):
    glossary.senses(sense_yaml("三张清单") + sense_yaml("四好农村路", source="unbundled"))
    summary = lint([glossary.root]).summary()
    assert "2 senses, 3 sources, 2 citations: 1 verified against bundled texts, 1 unverified" in summary
    assert summary.endswith("0 errors, 2 warnings")  # two numbered slogans, no components


# --- quotes ------------------------------------------------------------------------------


def test_quote_not_in_the_source_is_an_error_naming_term_and_citation_line(glossary):
    path = glossary.senses(
        sense_yaml("三线一单")
        + sense_yaml("三张清单", quote="三张清单:是指新增工业用地负面清单。")
    )
    report = lint([glossary.root])
    (error,) = report.errors
    assert (error.path, error.line) == (str(path), line_of(path, "- source: doc", occurrence=2))
    assert "'三张清单'" in error.message and "doc" in error.message
    assert report.verified == 1


def test_quote_broken_across_a_line_in_the_source_verifies(glossary):
    glossary.senses(
        sense_yaml(
            "“11157”工程",
            quote="“11157”工程:是指各街镇(金山工业区)建设1个市民健身中心,全区范围内统筹建设1个综合性室内体育场馆。",
        )
    )
    report = lint([glossary.root])
    assert report.errors == []
    assert report.verified == 1


def test_traditional_quote_verifies_against_simplified_source(glossary):
    glossary.senses(sense_yaml("四好农村路", quote="四好農村路:是指建好、管好、護好、運營好農村公路。"))
    report = lint([glossary.root])
    assert (report.errors, report.verified) == ([], 1)


def test_simplified_quote_verifies_against_traditional_source(glossary):
    glossary.senses(sense_yaml("四好农村路", source="trad", quote="四好农村路:是指建好、管好、护好、运营好农村公路。"))
    report = lint([glossary.root])
    assert (report.errors, report.verified) == ([], 1)


def test_citation_of_a_source_without_bundled_text_is_unverified(glossary):
    glossary.senses(sense_yaml("三张清单", source="unbundled", quote="任何文字都无法核对"))
    report = lint([glossary.root])
    assert report.errors == []
    assert (report.verified, report.unverified) == (0, 1)


def test_citation_without_a_quote_is_unverified(glossary):
    glossary.senses("- term: 三张清单\n  en: x\n  cite:\n    - source: doc\n      locator: 名词解释 1\n")
    report = lint([glossary.root])
    assert (report.errors, report.verified, report.unverified) == ([], 0, 1)


# --- numerals against components ------------------------------------------------------------


def findings_for(glossary, term: str, components: str, *, extra: str = ""):
    """Lint one sense ``term`` with ``components`` (YAML under ``components:``)."""
    body = "components:\n" + "\n".join("  " + line for line in components.strip("\n").splitlines())
    # cite the source without bundled text: only the numerals are under test
    path = glossary.senses(sense_yaml(term, source="unbundled", extra=body + ("\n" + extra if extra else "")))
    return path, lint([glossary.root])


def items(*names: str) -> str:
    return "\n".join(f"- {name}" for name in names)


def test_three_lists_with_three_components_is_fine(glossary):
    _, report = findings_for(glossary, "三张清单", items("甲清单", "乙清单", "丙清单"))
    assert report.findings == ()


def test_three_lists_with_two_components_is_an_error(glossary):
    path, report = findings_for(glossary, "三张清单", items("甲清单", "乙清单"))
    (error,) = report.errors
    assert (error.path, error.line) == (str(path), line_of(path, "term: 三张清单"))
    assert "'三张清单'" in error.message and "found 2" in error.message


def test_three_lines_one_list_with_four_components_is_fine(glossary):
    _, report = findings_for(glossary, "三线一单", items("红线", "底线", "上线", "清单"))
    assert report.findings == ()


def test_three_lines_one_list_with_three_components_is_an_error(glossary):
    # only the sum counts: no measure word follows 三 (compare 3个“3”服务 below)
    path, report = findings_for(glossary, "三线一单", items("红线", "底线", "上线"))
    (error,) = report.errors
    assert (error.path, error.line) == (str(path), line_of(path, "term: 三线一单"))
    assert "'三线一单'" in error.message and "4 (3+1)" in error.message and "found 3" in error.message


def test_mismatch_message_does_not_offer_a_count_it_refuses(glossary):
    _, report = findings_for(glossary, "三线一单", items("红线", "底线", "上线"))
    (error,) = report.errors
    assert error.message == "'三线一单': numerals call for 4 (3+1) components, found 3"


def test_unity_yi_is_not_a_count(glossary):
    # 三网合一: three networks merged into one, so three components
    _, report = findings_for(glossary, "三网合一", items("甲网", "乙网", "丙网"))
    assert report.findings == ()


def test_first_numeral_followed_by_a_measure_word_counts(glossary):
    # 3个“3”服务: three services, each about a “3”
    _, report = findings_for(glossary, "3个“3”服务", items("托育服务", "学前教育服务", "课后看护服务"))
    assert report.errors == []
    _, report = findings_for(glossary, "3个“3”服务", items("托育服务", "学前教育服务"))
    assert "found 2" in report.errors[0].message


FOUR_BY_FOUR = """\
- label: 四纵
  parts: [甲路, 乙路, 丙路, 丁路]
- label: 四横
  parts: [子路, 丑路, 寅路{last}]
"""


def test_four_vertical_four_horizontal_with_four_and_four_parts_is_fine(glossary):
    _, report = findings_for(glossary, "四纵四横", FOUR_BY_FOUR.format(last=", 卯路"))
    assert report.findings == ()


def test_four_vertical_four_horizontal_with_four_and_three_parts_is_an_error(glossary):
    path, report = findings_for(glossary, "四纵四横", FOUR_BY_FOUR.format(last=""))
    (error,) = report.errors
    assert (error.path, error.line) == (str(path), line_of(path, "term: 四纵四横"))
    assert "'四纵四横'" in error.message and "4+3" in error.message


FORMULA_GROUPS = """\
- {label: "1", text: 调整提升传统产业能级}
- {label: "4", text: 优先发展四大产业集群}
- {label: "4", text: 推进四大片区产业组团式发展}
"""


def test_formula_with_four_text_groups_is_fine(glossary):
    _, report = findings_for(
        glossary, "“1+4+4+8”新型产业体系", FORMULA_GROUPS + '- {label: "8", text: 大力发展八大生产性服务业}\n'
    )
    assert report.findings == ()


def test_formula_with_three_text_groups_is_an_error(glossary):
    path, report = findings_for(glossary, "“1+4+4+8”新型产业体系", FORMULA_GROUPS)
    (error,) = report.errors
    assert error.line == line_of(path, "term: “1+4+4+8”新型产业体系")
    assert "1+4+4+8" in error.message and "3 component groups" in error.message


def test_digit_string_is_also_read_digit_by_digit(glossary):
    groups = "\n".join(f'- {{label: "{n}", text: 第{i}项}}' for i, n in enumerate("11157"))
    _, report = findings_for(glossary, "“11157”工程", groups)
    assert report.errors == []


def test_plain_and_grouped_components_mixed_is_an_error(glossary):
    _, report = findings_for(glossary, "三张清单", "- 甲清单\n- {label: 乙, text: 乙清单}\n- 丙清单")
    (error,) = report.errors
    assert "mixes plain and grouped components" in error.message


def test_numbered_slogan_without_components_is_a_warning_not_an_error(glossary):
    path = glossary.senses(sense_yaml("金10条", source="unbundled"))
    report = lint([glossary.root])
    assert report.errors == []
    (warning,) = report.warnings
    assert (warning.path, warning.line, warning.severity) == (str(path), line_of(path, "term: 金10条"), "warning")
    assert "'金10条' lists no components" in warning.message


def test_enumerates_false_silences_the_numeral_check(glossary):
    glossary.senses(
        sense_yaml("金10条", source="unbundled", extra="enumerates: false")
        + sense_yaml("一网通办", source="unbundled", extra="enumerates: false\ncomponents: [一, 网, 通, 办]")
    )
    assert lint([glossary.root]).findings == ()


def test_term_without_numerals_is_not_checked(glossary):
    _, report = findings_for(glossary, "全程代办", items("前期指导咨询"))
    assert report.findings == ()


def test_loading_errors_are_lint_errors_too(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="colour: red"))
    (error,) = lint([glossary.root]).errors
    assert (error.path, error.line) == (str(path), line_of(path, "colour:"))
    assert str(error) == f"{path}:{error.line}: error: {error.message}"


# --- bundled texts that cannot be read ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("doc.txt", "名词解释\n三张清单".encode("gb18030"), "is not UTF-8: cannot decode byte 0xc3 at offset 0"),
        ("doc.txt.gz", b"not gzip", "is not a valid gzip file"),
        ("doc.txt.gz", gzip.compress("三张清单".encode())[:12], "is not a valid gzip file"),
    ],
    ids=["not-utf8", "not-gzip", "truncated-gzip"],
)
def test_an_unreadable_bundled_text_is_an_error_at_its_source_and_leaves_citations_unverified(
    glossary, name, content, expected
):
    text = glossary.root / "texts" / name
    text.write_bytes(content)
    glossary.sources.write_text(
        glossary.sources.read_text(encoding="utf-8").replace("texts/doc.txt", f"texts/{name}"), encoding="utf-8"
    )
    glossary.senses(sense_yaml("三张清单") + sense_yaml("三线一单"))
    report = lint([glossary.root])  # before the fix: UnicodeDecodeError / BadGzipFile / EOFError
    (error,) = report.errors
    assert (error.path, error.line) == (str(glossary.sources), line_of(glossary.sources, "id: doc"))
    assert str(text) in error.message and expected in error.message
    assert "\n" not in str(error)
    assert (report.verified, report.unverified) == (0, 2)


# --- reading numerals -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十万", 100_000),
        ("五十万", 500_000),
        ("三千万", 30_000_000),
        ("一万二", 12_000),
        ("一万二千", 12_000),
        ("一万二千五", 12_500),
        ("三百五", 350),
        ("两千三", 2_300),
        ("一万零二", 10_002),
        ("三百零五", 305),
        ("二十七", 27),
        ("十", 10),
        ("万", 10_000),
    ],
)
def test_parse_chinese_number(numeral, value):
    assert parse_chinese_number(numeral) == value


@pytest.mark.parametrize(
    ("headword", "readings"),
    [("“十三五”规划", [[13, 5]]), ("十四五", [[14, 5]]), ("十万亩", [[100000]]), ("三百五十", [[350]])],
)
def test_plan_names_read_as_the_plan_number_and_five(headword, readings):
    assert headword_numerals(headword) == readings


@pytest.mark.parametrize(
    "headword",
    # terms that real glossary pages define, whose numerals count nothing: a word (一般, 零售, 统一),
    # an ordinal, a span of time or a quantity, a code of letters and digits
    ["一般公共预算收入", "社会消费品零售总额", "統一戰線", "第三产业", "地球第三极", "三年大变样", "15分钟便民生活圈", "M2", "5G网络", "化肥(折100%)", "PM2.5", "广西三月三"],
)
def test_numerals_that_count_no_parts_are_not_read(headword):
    assert headword_numerals(headword) == []


@pytest.mark.parametrize(
    ("headword", "readings"),
    [("五统一、一开放", [[5, 1]]), ("三线一单", [[3, 1]]), ("三个一号工程", [[3, 1]]), ("双循环", [[2]]), ("“1+4+4+8”新型产业体系", [[1, 4, 4, 8]])],
)
def test_counts_beside_such_numerals_are_still_read(headword, readings):
    assert headword_numerals(headword) == readings


@pytest.mark.parametrize(
    ("headword", "readings"),
    # a digit before one capital letter counts the letter's words: “3S” (RS, GIS, GNSS), 5S, 5M1E (5 Ms and 1 E);
    # 5G, 5A, 4K, 3D and 415X rank or measure
    [("“3S”技术", [[3]]), ("5S管理", [[5]]), ("“3R”原则", [[3]]), ("5M1E", [[5, 1]]), ("4K超高清", []), ("3D打印", []), ("5A级景区", []), ("415X", [])],
)
def test_a_digit_before_one_capital_letter_counts_its_words(headword, readings):
    assert headword_numerals(headword) == readings


def test_a_letter_code_with_too_few_components_is_an_error(glossary):
    _, report = findings_for(glossary, "“3S”技术", items("遥感技术", "地理信息系统"))
    (error,) = report.errors
    assert "found 2" in error.message


# --- origin: quoted or editorial ----------------------------------------------------------


def origin_errors(glossary, extra: str, quote: str) -> list[str]:
    glossary.senses(sense_yaml("三张清单", extra=extra, quote=quote))
    return [f.message for f in lint([glossary.root]).errors]


def test_a_quoted_definition_inside_its_quote_is_fine(glossary):
    extra = "definition: 是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。\norigin: quoted"
    assert origin_errors(glossary, extra, "三张清单:是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。") == []


def test_a_definition_marked_quoted_that_no_quote_states_is_an_error(glossary):
    extra = "definition: 三份关于工业用地的清单。\norigin: quoted"
    (message,) = origin_errors(glossary, extra, "形成产业发展“三张清单”")
    assert "marked origin: quoted" in message and "三张清单" in message


def test_an_editorial_definition_citing_the_term_in_use_is_fine(glossary):
    extra = "definition: 三份关于工业用地的清单。\norigin: editorial"
    assert origin_errors(glossary, extra, "形成产业发展“三张清单”") == []


def test_an_editorial_definition_whose_quotes_never_use_the_term_is_an_error(glossary):
    extra = "definition: 三份关于工业用地的清单。\norigin: editorial"
    (message,) = origin_errors(glossary, extra, "加快编制环保“三线一单”")
    assert "editorial definition" in message


@pytest.mark.parametrize(
    ("extra", "wanted"),
    [
        ("definition: 三份清单。", "a definition needs 'origin: quoted' or 'origin: editorial'"),
        ("origin: quoted", "this sense has none"),
        ("definition: 三份清单。\norigin: learned", "must be quoted or editorial"),
        ("definition: 三份清单。\norigin: editorial\nen_source: nowhere", "unknown source id 'nowhere' in en_source"),
    ],
)
def test_origin_and_en_source_are_checked_when_reading(glossary, extra, wanted):
    glossary.senses(sense_yaml("三张清单", extra=extra, quote="形成产业发展“三张清单”"))
    _, findings = read_glossary([glossary.root])
    assert any(wanted in f.message for f in findings), [f.message for f in findings]
