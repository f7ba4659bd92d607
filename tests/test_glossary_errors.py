"""Loading a glossary: every fault is a GlossaryError naming the file, the line and the key."""

from __future__ import annotations

import contextlib
import signal
import time

import pytest

from conftest import line_of, sense_yaml
from policyterms.errors import GlossaryError
from policyterms.glossary.load import load_glossary
from policyterms.glossary.read import read_glossary
from policyterms.glossary.yamlnodes import MAX_FILE_BYTES, MAX_SCALAR_CHARS


def load_error(glossary) -> GlossaryError:
    with pytest.raises(GlossaryError) as info:
        load_glossary([glossary.root])
    return info.value


def test_a_valid_small_glossary_loads(glossary):
    glossary.senses(sense_yaml("三张清单", extra="aliases: [三清单]\nyears: [2019, null]"))
    loaded = load_glossary([glossary.root])
    (sense,) = loaded.senses
    assert (sense.id, sense.aliases, sense.years) == ("三张清单@上海市测试区@2019-", ("三清单",), (2019, None))
    assert set(loaded.sources) == {"doc", "trad", "unbundled"}


# --- YAML syntax -----------------------------------------------------------------------


def test_broken_yaml_finding_names_file_line_and_column(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses:\n  - term: [三张清单\n    en: x\n")
    _, findings = read_glossary([glossary.root])
    (finding,) = findings
    assert (finding.path, finding.line, finding.column) == (str(path), 4, 7)
    assert "invalid YAML" in finding.message


def test_broken_yaml_error_from_load_glossary_keeps_the_column(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses:\n  - term: [三张清单\n    en: x\n")
    error = load_error(glossary)
    assert (error.path, error.line, error.column) == (str(path), 4, 7)
    assert str(error).startswith(f"{path}:4:7: invalid YAML")


def test_duplicate_key_in_one_mapping_names_the_key_and_its_line(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="en: Again"))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "en: Again"))
    assert "'en' appears twice" in error.message


# --- wrong types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "key", "expected"),
    [
        ("aliases: 三清单", "aliases", "'aliases' must be a list, not str '三清单'"),
        ("years: [2021, 2019]", "years", "'years' runs backwards: 2021 to 2019"),
        ("years: [2019]", "years", "'years' must be a year or [from, to]"),
        ('quoted_only: "yes"', "quoted_only", "'quoted_only' must be true or false, not str 'yes'"),
        ("enumerates: 1", "enumerates", "'enumerates' must be true or false, not int 1"),
        ("definition: [a, b]", "definition", "'definition' must be text, not a list"),
        ("components: 三个", "components", "'components' must be a list, not str '三个'"),
    ],
)
def test_wrong_type_names_the_key_and_its_line(glossary, extra, key, expected):
    path = glossary.senses(sense_yaml("三张清单", extra=extra))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, f"{key}:"))
    assert expected in error.message


def test_term_that_is_a_list_is_refused(glossary):
    path = glossary.senses("- term: [三张, 清单]\n  en: x\n  cite:\n    - source: doc\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 3)
    assert "'term' must be text, not a list" in error.message


def test_unquoted_yes_is_a_yaml_boolean_and_accepted(glossary):
    glossary.senses(sense_yaml("三区", extra="quoted_only: yes"))
    (sense,) = load_glossary([glossary.root]).senses
    assert sense.quoted_only is True


def test_missing_required_key_is_named(glossary):
    path = glossary.senses("- term: 三张清单\n  en: x\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 3)
    assert "lacks the required key 'cite'" in error.message


def test_empty_cite_list_is_refused(glossary):
    path = glossary.senses("- term: 三张清单\n  en: x\n  cite: []\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 5)
    assert "'cite' must be a non-empty list" in error.message


# --- unknown keys at every level --------------------------------------------------------


def test_unknown_key_in_a_senses_file(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenes: []\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 2)
    assert "unknown key 'senes' in a senses file" in error.message


def test_unknown_key_in_a_sources_file(glossary):
    path = glossary.write("more-sources.yaml", "sources: []\nversion: 2\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 2)
    assert "unknown key 'version' in a sources file" in error.message


def test_unknown_key_in_a_sense(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="defintion: 是指……"))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "defintion:"))
    assert "unknown key 'defintion' in a sense" in error.message
    assert "definition" in error.message  # the allowed keys are listed


def test_unknown_key_in_a_citation(glossary):
    path = glossary.senses(
        """\
        - term: 三张清单
          en: Three Lists
          cite:
            - source: doc
              page: 3
        """
    )
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "page: 3"))
    assert "unknown key 'page' in a citation" in error.message


def test_unknown_key_in_a_source(glossary):
    path = glossary.write("more-sources.yaml", "sources:\n  - id: extra\n    title: 另一文件\n    publisher: 某区\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 4)
    assert "unknown key 'publisher' in a source" in error.message


def test_unknown_key_in_a_component_group(glossary):
    path = glossary.senses(
        """\
        - term: 四纵四横
          en: x
          components:
            - label: 四纵
              items: [甲, 乙, 丙, 丁]
          cite:
            - source: doc
        """
    )
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "items:"))
    assert "unknown key 'items' in a component group" in error.message


# --- the shape of a file ---------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "# only a comment\n", "---\n"])
def test_empty_file_is_an_error(glossary, content):
    path = glossary.write("senses.yaml", content)
    error = load_error(glossary)
    assert error.path == str(path)
    assert "empty glossary file" in error.message


def test_file_that_is_a_list_is_an_error(glossary):
    path = glossary.write("senses.yaml", "- term: 三张清单\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 1)
    assert "must be a mapping, not a list" in error.message


def test_non_utf8_bytes_are_refused_with_the_offset(glossary):
    path = glossary.root / "senses.yaml"
    path.write_bytes("scope: 上海市测试区\nsenses: []\n".encode("gb18030"))
    error = load_error(glossary)
    assert error.path == str(path)
    assert "not UTF-8" in error.message and "offset 7" in error.message


def test_non_utf8_error_names_the_line_of_the_bad_byte(glossary):
    glossary.root.joinpath("senses.yaml").write_bytes(b"scope: x\nsenses:\n  - term: \xff\n")
    assert load_error(glossary).line == 3


def test_no_such_path_says_so():
    with pytest.raises(GlossaryError) as info:
        load_glossary(["/no/such/path"])
    assert info.value.path == "/no/such/path"
    assert "no such glossary" in str(info.value)


def test_folder_without_yaml_files_says_so(tmp_path):
    with pytest.raises(GlossaryError, match=r"no glossary files \(\*\.yaml\)"):
        load_glossary([tmp_path])


# --- consistency across senses and files -------------------------------------------------


def test_duplicate_sense_ids_are_refused(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="id: lists") + sense_yaml("三线一单", extra="id: lists"))
    error = load_error(glossary)
    first, second = line_of(path, "term: 三张清单"), line_of(path, "term: 三线一单")
    assert (error.path, error.line) == (str(path), second)
    assert "duplicate sense id 'lists'" in error.message
    assert f"{path}:{first}" in error.message


def test_duplicate_surface_within_a_scope_is_refused(glossary):
    path = glossary.senses(sense_yaml("三张清单") + sense_yaml("三线一单", extra="aliases: [三张清单]"))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "term: 三线一单"))
    assert "surface '三张清单'" in error.message and "上海市测试区" in error.message


def test_duplicate_surface_is_caught_across_scripts(glossary):
    glossary.senses(sense_yaml("四好农村路") + sense_yaml("农村路", extra="aliases: [四好農村路]"))
    assert "surface '四好農村路'" in load_error(glossary).message


def test_same_surface_in_two_scopes_is_two_senses(glossary):
    glossary.senses(sense_yaml("五位一体"), scope="全国", name="national.yaml")
    glossary.senses(sense_yaml("五位一体"), scope="上海市嘉定区", name="jiading.yaml")
    loaded = load_glossary([glossary.root])
    assert sorted(s.id for s in loaded.lookup("五位一体")) == ["五位一体@上海市嘉定区", "五位一体@全国"]


def test_unknown_source_id_names_the_citation_line(glossary):
    path = glossary.senses(sense_yaml("三张清单", source="no-such-source"))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "source: no-such-source"))
    assert "unknown source id 'no-such-source'" in error.message


def test_missing_bundled_text_names_the_text_line(glossary):
    path = glossary.write("more-sources.yaml", "sources:\n  - id: extra\n    title: 另一文件\n    text: texts/missing.txt\n")
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), 4)
    assert "bundled text 'texts/missing.txt' does not exist" in error.message


def test_duplicate_source_id_across_files(glossary):
    path = glossary.write("z-more-sources.yaml", "sources:\n  - id: doc\n    title: 又一个\n")
    error = load_error(glossary)  # files are read in name order: sources.yaml first
    assert (error.path, error.line) == (str(path), 2)
    assert "duplicate source id 'doc'" in error.message
    assert f"first at {glossary.sources}:2" in error.message


def test_read_glossary_reports_every_error_not_just_the_first(glossary):
    glossary.senses(sense_yaml("三张清单", extra="colour: red") + sense_yaml("三线一单", source="nope"))
    _, findings = read_glossary([glossary.root])
    messages = [f.message for f in findings]
    assert any("unknown key 'colour'" in m for m in messages)
    assert any("unknown source id 'nope'" in m for m in messages)


# --- hostile or oversized input ----------------------------------------------------------


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    previous = "a"
    for name in "bcdefghij"[: levels - 1]:
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail instead of hanging if the body runs longer than ``seconds`` (POSIX timers)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: the aliases are being expanded")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_alias_bomb_is_refused_quickly(glossary):
    path = glossary.write("senses.yaml", billion_laughs())
    started = time.process_time()
    with deadline(10):
        error = load_error(glossary)
    assert time.process_time() - started < 0.5  # generous: expanding it would take hours
    assert error.path == str(path)
    assert "aliases" in error.message


def test_a_single_alias_is_refused(glossary):
    glossary.senses(
        """\
        - term: 三张清单
          en: &gloss Three Lists
          cite:
            - source: doc
        - term: 三线一单
          en: *gloss
          cite:
            - source: doc
        """
    )
    assert "YAML aliases (*name) are not allowed" in load_error(glossary).message


def test_alias_error_points_at_the_alias(glossary):
    path = glossary.senses(
        """\
        - term: 三张清单
          en: &gloss Three Lists
          cite:
            - source: doc
        - term: 三线一单
          en: *gloss
          cite:
            - source: doc
        """
    )
    assert load_error(glossary).line == line_of(path, "*gloss")


def test_enormous_value_is_refused_with_its_line(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="definition: " + "是" * 50_000))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "definition:"))
    assert "50,000 characters" in error.message and f"{MAX_SCALAR_CHARS:,}" in error.message


def test_oversized_file_is_refused_before_parsing(glossary):
    path = glossary.root / "senses.yaml"
    path.write_bytes(b"# padding\n" * (3 * MAX_FILE_BYTES // 10))
    error = load_error(glossary)
    assert error.path == str(path)
    assert error.message.startswith(f"file is larger than {MAX_FILE_BYTES:,} bytes")
    assert f"{MAX_FILE_BYTES + 1:,}" not in error.message  # what was read, not the file's size


@pytest.mark.parametrize("text", ["scope: 全国\nsenses:\n\t- term: 三张清单\n", "scope: 全国\nsenses:\n  - term: 三张清单\n\t  en: x\n"])
def test_a_tab_in_the_indentation_says_so_and_how_to_fix_it(glossary, text):
    path = glossary.root / "senses.yaml"
    path.write_text(text, encoding="utf-8")
    error = load_error(glossary)
    assert (error.path, error.column) == (str(path), 1)
    assert "tab" in error.message and error.message.endswith("(indent YAML with spaces, never tabs)")


def test_custom_yaml_tags_are_refused(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="note: !!python/name:os.system ''"))
    error = load_error(glossary)
    assert (error.path, error.line) == (str(path), line_of(path, "note:"))
    assert "unsupported YAML tag" in error.message


def test_error_renders_as_one_line_with_the_place(glossary):
    path = glossary.senses(sense_yaml("三张清单", source="nope"))
    text = str(load_error(glossary))
    assert "\n" not in text
    assert text.startswith(f"{path}:{line_of(path, 'source: nope')}: ")
