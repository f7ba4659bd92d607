"""Glossary files at the edges of YAML: deep nesting, control characters, tags on
collections, numbers in text fields, invalid dates, unusable bundled texts."""

from __future__ import annotations

import gzip
import subprocess
import sys
import textwrap

import pytest
import yaml

from conftest import line_of, sense_yaml
from policyterms.glossary import yamlnodes
from policyterms.errors import GlossaryError
from policyterms.glossary.model import Finding, Source
from policyterms.glossary.load import load_glossary
from policyterms.glossary.read import read_glossary
from policyterms.glossary.yamlnodes import MAX_DEPTH, load_yaml


def load_error(glossary) -> GlossaryError:
    with pytest.raises(GlossaryError) as info:
        load_glossary([glossary.root])
    return info.value


# --- nesting ------------------------------------------------------------------------------


def test_thousands_of_nested_lists_are_refused_at_the_first_level_too_deep(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses: " + "[" * 3000 + "]" * 3000 + "\n")
    error = load_error(glossary)
    # the root mapping is level 1, so the 64th "[" (column 9 + 63) is level 65
    assert (error.path, error.line, error.column) == (str(path), 2, 9 + MAX_DEPTH - 1)
    assert f"nesting deeper than {MAX_DEPTH} levels" in error.message
    assert "\n" not in str(error)


def test_a_loader_refusing_nesting_first_still_gives_our_message_at_our_level(glossary, monkeypatch):
    # libyaml's own limit (PyYAML >= 6.0.4) fires from its look-ahead, before our level 65
    # is seen; any release's wording or limit must end in the same message and place
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses: " + "[" * 3000 + "]" * 3000 + "\n")
    real_parse = yaml.parse

    def parse_refusing_early(data, Loader):
        if Loader is not yaml.SafeLoader:
            raise yaml.parser.ParserError(None, None, "some future wording", yaml.Mark("", 0, 1, 500, None, None))
        return real_parse(data, Loader=Loader)

    monkeypatch.setattr(yamlnodes.yaml, "parse", parse_refusing_early)
    error = load_error(glossary)
    assert (error.path, error.line, error.column) == (str(path), 2, 9 + MAX_DEPTH - 1)
    assert f"nesting deeper than {MAX_DEPTH} levels" in error.message


def test_other_refusals_of_the_c_parser_are_reported_as_they_were(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses: [a, b\n")
    error = load_error(glossary)
    assert error.path == str(path) and error.message.startswith("invalid YAML: ")
    assert "nesting" not in error.message


@pytest.mark.parametrize(
    "document",
    [
        "senses: " + "[" * 100_000 + "]" * 100_000 + "\n",  # 200 KB: crashed the C composer
        "senses: " + "[" * 100_000 + "\n",  # never closed
        "senses:\n" + "- " * 100_000 + "x\n",  # block style, one line
        "senses: " + "{a: " * 100_000 + "\n",
    ],
    ids=["flow", "unclosed", "block", "mappings"],
)
def test_a_hundred_thousand_levels_are_refused_quickly_and_without_crashing(tmp_path, document):
    # in a child process: before the fix this killed the interpreter with SIGSEGV
    path = tmp_path / "deep.yaml"
    path.write_text(document, encoding="utf-8")
    program = textwrap.dedent(
        f"""
        from policyterms.errors import GlossaryError
        from policyterms.glossary.yamlnodes import load_yaml
        try:
            load_yaml(open({str(path)!r}, "rb").read(), "deep.yaml")
        except GlossaryError as error:
            print(error)
        """
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert f"nesting deeper than {MAX_DEPTH} levels" in done.stdout


def test_nesting_of_exactly_the_limit_is_read():
    document = "a: " + "[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1) + "\n"
    value = load_yaml(document, "ok.yaml").items["a"]
    for _ in range(MAX_DEPTH - 2):
        value = value.items[0]
    assert value.items == ["x"]


def test_recursion_error_while_building_is_a_glossary_error(monkeypatch):
    def overflow(*args, **kwargs):
        raise RecursionError

    monkeypatch.setattr(yamlnodes, "_build", overflow)
    # the thorough reading (an ordinary file is built from the parser's events instead)
    monkeypatch.setattr(yamlnodes, "_load_events", lambda data, path: yamlnodes._UNUSUAL)
    with pytest.raises(GlossaryError, match="nesting deeper than"):
        load_yaml("a: [b]\n", "x.yaml")


# --- control characters ------------------------------------------------------------------


def test_control_character_is_one_line_naming_its_line_and_column(glossary):
    path = glossary.write("ctl.yaml", "scope: 上海市测试区\nsenses:\n  - term: 三张\x01清单\n")
    (finding,) = read_glossary([glossary.root])[1]
    assert (finding.path, finding.line, finding.column) == (str(path), 3, 13)
    assert "unacceptable character U+0001" in finding.message
    assert "\n" not in str(finding) and "position" not in str(finding)
    assert str(finding).startswith(f"{path}:3:13: error: invalid YAML: ")


def test_control_character_place_with_the_pure_python_reader(monkeypatch):
    # without libyaml the reader counts characters, not UTF-8 bytes
    monkeypatch.setattr(yamlnodes, "_Loader", yaml.SafeLoader)
    with pytest.raises(GlossaryError) as info:
        load_yaml("scope: 上海市测试区\r\nsenses: [三张\x7f]\n", "ctl.yaml")
    error = info.value
    assert (error.line, error.column) == (2, 12)
    assert "unacceptable character U+007F" in error.message and "\n" not in str(error)


def test_a_finding_is_one_line_whatever_its_message():
    finding = Finding("g.yaml", 3, "error", "first line\n  in somewhere\r\nthird")
    assert str(finding) == "g.yaml:3: error: first line   in somewhere third"


# --- tags on collections -----------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "- !!python/object/apply:os.system {source: doc}",
        "- !!python/object/apply:os.system [ls]",
        "- !!set {a, b}",
        "- !!omap [{a: 1}]",
        "- !custom {source: doc}",
    ],
)
def test_tags_on_mappings_and_lists_are_refused(glossary, item):
    path = glossary.senses(sense_yaml("三张清单") + item + "\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, item))
    assert "unsupported YAML tag" in error.message


def test_the_default_tags_written_out_are_accepted(glossary):
    glossary.senses("- !!map\n  term: 三张清单\n  en: x\n  cite: !!seq\n    - source: doc\n")
    (sense,) = load_glossary([glossary.root]).senses
    assert sense.term == "三张清单"


# --- numbers in text fields ----------------------------------------------------------------


def test_numbers_in_text_fields_are_taken_as_written(glossary):
    glossary.write(
        "sources.yaml",
        "sources:\n  - id: 2020\n    title: 1.50\n    issuer: 0x1F\n    date: 2020\n",
    )
    glossary.senses(
        """\
        - term: 1.10
          id: 007
          aliases: [0x10, 1_000, 1e3]
          en: 1.0
          definition: 12.50
          origin: editorial
          note: 0o17
          components: [1.10, 007, 三]
          cite:
            - source: 2020
              locator: 12
              quote: 3.0
        - term: 十三五规划
          en: x
          components:
            - label: 1.0
              parts: [0.5, 二]
          cite:
            - source: 2020
        """
    )
    glossary_ = load_glossary([glossary.root])
    source = glossary_.sources["2020"]
    assert (source.title, source.issuer, source.date) == ("1.50", "0x1F", "2020")
    first, second = glossary_.senses
    assert (first.term, first.id, first.aliases, first.en) == ("1.10", "007", ("0x10", "1_000", "1e3"), "1.0")
    assert (first.definition, first.note) == ("12.50", "0o17")
    assert [c.text for c in first.components] == ["1.10", "007", "三"]
    (citation,) = first.cite
    assert (citation.source, citation.locator, citation.quote) == ("2020", "12", "3.0")
    (group,) = second.components
    assert (group.label, group.parts) == ("1.0", ("0.5", "二"))


@pytest.mark.parametrize(("extra", "key"), [("note: yes", "note"), ("aliases: [true]", "aliases")])
def test_true_or_false_in_a_text_field_is_still_an_error(glossary, extra, key):
    path = glossary.senses(sense_yaml("三张清单", extra=extra))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, f"{key}:"))
    assert "bool True" in error.message


def test_numbers_still_count_where_numbers_are_meant(glossary):
    glossary.senses(sense_yaml("三张清单", extra="years: [2019, 2021]"))
    (sense,) = load_glossary([glossary.root]).senses
    assert sense.years == (2019, 2021)


# --- source dates --------------------------------------------------------------------------


def sources_with_date(glossary, date: str):
    return glossary.write("sources.yaml", f"sources:\n  - id: doc\n    title: 报告\n    date: {date}\n")


@pytest.mark.parametrize(
    "date",
    ["yesterday", '"2020-13"', "2020-02-30", "20200101", "2020-5-1", '"2020/05/01"', '""', "2020-05-01 10:00:00", "-1"],
)
def test_a_source_date_must_be_year_month_or_day(glossary, date):
    path = sources_with_date(glossary, date)
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "date:"))
    assert "'date' must be \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"" in error.message


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2020", "2020"), ('"2020"', "2020"), ("2020-05", "2020-05"), ("2020-05-13", "2020-05-13"), ('"2020-02-29"', "2020-02-29")],
)
def test_a_source_date_may_be_year_month_or_day(glossary, date, expected):
    sources_with_date(glossary, date)
    glossary.senses(sense_yaml("三张清单"))
    assert load_glossary([glossary.root]).sources["doc"].date == expected


# --- bundled texts that cannot be read ------------------------------------------------------


def source_at(path) -> Source:
    return Source(id="s", title="T", text_path=path, declared_at="sources.yaml:2")


def test_a_bundled_text_that_is_not_utf8_names_the_path_line_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("第一行\n第二行".encode("gb18030"))
    with pytest.raises(GlossaryError) as info:
        source_at(path).read_text()
    error = info.value
    assert (error.path, error.line) == (str(path), 1)
    assert "not UTF-8" in error.message and "offset 0" in error.message and error.hint


@pytest.mark.parametrize(
    "content",
    [b"not gzip at all", gzip.compress("名词解释".encode())[:15], gzip.compress(b"x")[:-8] + b"\0" * 8],
    ids=["not-gzip", "truncated", "bad-checksum"],
)
def test_a_corrupt_gzip_text_names_the_path(tmp_path, content):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(content)
    with pytest.raises(GlossaryError) as info:
        source_at(path).read_text()
    assert info.value.path == str(path)
    assert "not a valid gzip file" in info.value.message and info.value.hint


def test_a_gzip_text_that_is_not_utf8_gives_the_offset_in_the_decompressed_text(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(gzip.compress(b"abc\n\xff"))
    with pytest.raises(GlossaryError) as info:
        source_at(path).read_text()
    assert (info.value.path, info.value.line) == (str(path), 2)
    assert "offset 4 (decompressed)" in info.value.message


def test_a_bundled_text_keeps_its_line_ends(tmp_path):
    path = tmp_path / "crlf.txt.gz"
    path.write_bytes(gzip.compress("一\r\n二\r三\n".encode()))
    assert source_at(path).read_text() == "一\r\n二\r三\n"
    plain = tmp_path / "crlf.txt"
    plain.write_bytes("一\r\n二\n".encode())
    assert source_at(plain).read_text() == "一\r\n二\n"


# --- confinement: a glossary reads only inside its own folder -------------------------------


@pytest.mark.parametrize("text", ["../../etc/passwd", "/etc/passwd", "/proc/self/environ", "texts/../../outside.txt"])
def test_a_bundled_text_outside_the_glossary_folder_is_refused(glossary, text):
    outside = glossary.root.parent / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    glossary.write("more-sources.yaml", f"sources:\n  - id: probe\n    title: T\n    text: {text}\n")
    read, findings = read_glossary([glossary.root])
    (finding,) = [f for f in findings if "outside the glossary folder" in f.message]
    assert finding.severity == "error"
    assert read.sources["probe"].text_path is None  # never read: nothing to print or probe


def test_a_symlink_leading_out_of_the_glossary_folder_is_refused(glossary):
    outside = glossary.root.parent / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (glossary.root / "texts" / "link.txt").symlink_to(outside)
    glossary.write("more-sources.yaml", "sources:\n  - id: probe\n    title: T\n    text: texts/link.txt\n")
    _, findings = read_glossary([glossary.root])
    assert any("outside the glossary folder" in f.message for f in findings)


def test_a_gzip_bomb_is_not_decompressed_whole(tmp_path):
    from policyterms.glossary.model import MAX_TEXT_BYTES

    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as out:
        chunk = b"0" * (1 << 20)
        for _ in range(MAX_TEXT_BYTES // len(chunk) + 2):
            out.write(chunk)
    with pytest.raises(GlossaryError, match="decompresses to more than"):
        Source(id="s", title="T", text_path=bomb).read_text()


def test_a_huge_folder_is_refused_while_walking_it(tmp_path, monkeypatch):
    from policyterms.glossary import files as module

    monkeypatch.setattr(module, "MAX_FOLDER_ENTRIES", 50)
    for index in range(60):
        (tmp_path / f"f{index}.txt").write_text("x")
    with pytest.raises(GlossaryError, match="not a glossary folder"):
        load_glossary([tmp_path])


# --- the quick reading of ordinary files --------------------------------------------------


def _both_ways(document: str, monkeypatch):
    """load_yaml's result (or error) with the quick event reading, and the thorough one."""
    def outcome():
        try:
            return load_yaml(document, "x.yaml")
        except GlossaryError as error:
            return ("error", str(error), error.line, error.column)

    quick = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(yamlnodes, "_load_events", lambda data, path: yamlnodes._UNUSUAL)
        thorough = outcome()
    return quick, thorough


@pytest.mark.parametrize(
    "document",
    [
        "scope: 全国\nsenses:\n  - term: 1.10\n    aliases: [0x10, 三张, '2020', \"x\"]\n    years: [2001, null]\n",
        "a: {b: [1, 2.5, true, no, ~, 2020-01-02, '1'], c: \"q\\u4e00\"}\n# comment\nd: |\n  block\n  text\n",
        "a: 1\na: 2\n",
        "? [a]\n: b\n",
        "1: a\n",
        "a: &x [1]\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom 1\n",
        "--- a\n--- b\n",
        "a: [b\n",
        "",
        "# only a comment\n",
        "- a\n- [b, {c: d}]\n",
        "a: " + "x" * 20_001 + "\n",
        "a: " + "[" * 70 + "]" * 70 + "\n",
        "a: <<\n",
        "a: .inf\nb: -.NaN\nc: 0o17\nd: 1_000\n",
    ],
)
def test_the_quick_reading_gives_what_the_thorough_one_gives(document, monkeypatch):
    quick, thorough = _both_ways(document, monkeypatch)
    assert repr(quick) == repr(thorough)


def test_every_shipped_glossary_file_reads_the_same_both_ways(monkeypatch):
    from policyterms.glossary.files import glossary_files

    for path in glossary_files():
        quick, thorough = _both_ways(path.read_text(encoding="utf-8"), monkeypatch)
        assert quick == thorough, path
