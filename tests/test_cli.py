"""The policyterms command: exit codes, output formats, and messages a user can act on.

Counting tests use ``jinshan_dir``, a frozen copy of the 金山 glossary, because the
shipped glossary keeps growing.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, line_of, sense_yaml
from policyterms.cli import build_parser, main

JINSHAN = "jinshan-2020-work-report"
#: Annotations of the 金山 report with the 金山 glossary (the appendix itself included).
JINSHAN_ANNOTATIONS = 65
RECORD_KEYS = {
    "start", "end", "text", "term", "sense_id", "scope", "definition", "origin",
    "components", "en", "en_source", "citations", "chosen_by", "alternatives",
}  # fmt: skip
CITATION_KEYS = {"source", "title", "locator", "quote", "url"}


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process: (exit code, stdout)."""
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def run_script(script: Path, *argv: str, input: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [str(script), *argv], input=input, capture_output=True, timeout=120, cwd=cwd
    )


def jinshan_text(jinshan_dir: Path) -> str:
    return (jinshan_dir / "texts" / f"{JINSHAN}.txt").read_bytes().decode("utf-8")


# --- lint ----------------------------------------------------------------------------------


def test_lint_of_shipped_glossary_exits_0_with_a_summary():
    code, out = run("lint")
    assert code == 0, out
    assert re.fullmatch(r"\d+ senses, \d+ sources, \d+ citations: .*; 0 errors, \d+ warnings", out.splitlines()[-1])
    assert ": error:" not in out


def test_lint_of_a_missing_file_points_at_its_argument_not_at_glossary(capsys):
    code, _ = run("lint", "/no/such.yaml")
    assert code == 2
    err = capsys.readouterr().err
    assert "/no/such.yaml: no such glossary file or folder" in err
    assert "--glossary" not in err and "lint reads the files and folders it is given" in err


def test_lint_of_broken_glossary_exits_1_with_path_line_error_lines(glossary):
    path = glossary.senses(sense_yaml("三张清单", extra="colour: red") + sense_yaml("三线一单", source="nope"))
    code, out = run("lint", str(glossary.root))
    assert code == 1
    assert f"{path}:{line_of(path, 'colour:')}: error: unknown key 'colour'" in out
    assert f"{path}:{line_of(path, 'source: nope')}: error: unknown source id 'nope'" in out
    assert "2 errors" in out.splitlines()[-1]


def test_lint_of_invalid_yaml_prints_line_and_column(glossary):
    path = glossary.write("senses.yaml", "scope: 上海市测试区\nsenses:\n  - term: [三张清单\n    en: x\n")
    code, out = run("lint", str(path))
    assert code == 1
    assert out.startswith(f"{path}:4:7: error: invalid YAML: ")


def test_lint_of_non_utf8_glossary_names_the_line_of_the_bad_byte(glossary):
    path = glossary.root / "senses.yaml"
    path.write_bytes(b"scope: x\nsenses:\n  - term: \xff\n")
    code, out = run("lint", str(path))
    assert code == 1
    assert out.startswith(f"{path}:3: error: not UTF-8: cannot decode byte 0xff at offset 27")


def test_lint_warnings_exit_0_unless_strict(glossary):
    glossary.senses(sense_yaml("金10条", source="unbundled"))
    assert run("lint", str(glossary.root))[0] == 0
    code, out = run("lint", "--strict", str(glossary.root))
    assert code == 1
    assert ": warning: numbered slogan '金10条' lists no components" in out


def test_lint_script_reports_on_stdout_and_exits_1(console_script, glossary):
    path = glossary.senses(sense_yaml("三张清单", quote="三张清单是别的东西"))
    result = run_script(console_script, "lint", str(glossary.root))
    assert result.returncode == 1
    assert f"{path}:{line_of(path, '- source: doc')}: error: quote for '三张清单'" in result.stdout.decode()
    assert result.stderr == b""


# --- annotate: records ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def jinshan_records(jinshan_dir):
    code, out = run("annotate", "--no-learn", "--no-shipped", "--glossary", str(jinshan_dir), "--source", JINSHAN, "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_annotate_bundled_source_as_jsonl_gives_one_record_per_mention(jinshan_records):
    assert len(jinshan_records) == JINSHAN_ANNOTATIONS
    assert {r["term"] for r in jinshan_records} >= {"三张清单", "四好农村路", "“11157”工程"}


def test_jsonl_records_have_exactly_the_documented_keys(jinshan_records):
    for record in jinshan_records:
        assert set(record) == RECORD_KEYS
        assert record["citations"]
        for citation in record["citations"]:
            assert set(citation) == CITATION_KEYS
            assert citation["source"] == JINSHAN and citation["title"] == "2020年上海市金山区政府工作报告"


def test_offsets_index_the_bundled_text(jinshan_records, jinshan_dir):
    text = jinshan_text(jinshan_dir)
    for record in jinshan_records:
        assert text[record["start"]:record["end"]] == record["text"]


def test_annotating_the_file_equals_annotating_the_source(jinshan_records, jinshan_dir):
    file = jinshan_dir / "texts" / f"{JINSHAN}.txt"
    code, out = run("annotate", "--no-learn", "--no-shipped", "--glossary", str(jinshan_dir), str(file), "--format", "jsonl")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == jinshan_records


def test_offsets_index_the_decoded_input_not_the_folded_one(glossary, tmp_path):
    glossary.senses(sense_yaml("四好农村路"))
    text = "甲\r\n“四好\n農村路”乙,四好农村路。\r\n"
    file = tmp_path / "in.txt"
    file.write_bytes(text.encode("utf-8"))
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(glossary.root), str(file), "-f", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 2
    for record in records:
        assert text[record["start"]:record["end"]] == record["text"]
    assert records[0]["text"] in ("四好\n農村路", "“四好\n農村路”")


def test_source_offsets_keep_crlf_newlines(glossary):
    # --source offsets index the bundled file as it is, \r\n kept (as for FILE input)
    text = "甲\r\n乙\r\n四好农村路\r\n"
    (glossary.root / "texts" / "doc.txt").write_bytes(text.encode("utf-8"))
    glossary.senses(sense_yaml("四好农村路"))
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(glossary.root), "--source", "doc", "-f", "jsonl")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert text[record["start"]:record["end"]] == "四好农村路"


def test_json_format_is_the_document_summary_and_the_same_records(jinshan_records, jinshan_dir):
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"document", "mentions"}
    assert document["mentions"] == jinshan_records
    summary = document["document"]
    assert summary["mention_count"] == JINSHAN_ANNOTATIONS and summary["unknown"] is None
    assert [t["sense_id"] for t in summary["terms"]] == list(dict.fromkeys(r["sense_id"] for r in jinshan_records))
    assert sum(t["count"] for t in summary["terms"]) == JINSHAN_ANNOTATIONS
    first = summary["terms"][0]
    assert first["first_start"] == jinshan_records[0]["start"] and first["term"] == jinshan_records[0]["term"]


def test_text_format_is_tab_separated_offsets_text_term_definition(jinshan_records, jinshan_dir):
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, "--format", "text")
    lines = out.splitlines()
    assert code == 0 and len(lines) == JINSHAN_ANNOTATIONS
    first = jinshan_records[0]
    assert lines[0].split("\t") == [
        f"{first['start']}-{first['end']}",
        first["text"],
        f"{first['term']} [{first['scope']}]",
        first["definition"],
    ]


def test_annotate_stdin_with_dash(console_script, jinshan_dir):
    text = "加快“四好农村路”建设,编制环保“三线一单”。"
    result = run_script(console_script, "annotate", "-", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), input=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]  # jsonl: not a tty
    assert [r["term"] for r in records] == ["四好农村路", "三线一单"]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


# --- annotate: usage and input errors ---------------------------------------------------------


def test_unknown_source_exits_2_naming_the_bundled_ids(jinshan_dir, capsys):
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", "nope")
    err = capsys.readouterr().err
    assert (code, out) == (2, "")
    assert err.startswith("policyterms: error: no bundled text for source 'nope'")
    assert JINSHAN in err and "jiading-2019-work-plan" in err


def test_file_and_source_together_exit_2(jinshan_dir, tmp_path, capsys):
    file = tmp_path / "in.txt"
    file.write_text("三张清单", encoding="utf-8")
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, str(file))[0] == 2
    assert "either FILE or --source" in capsys.readouterr().err


def test_empty_input_file_exits_2_saying_it_is_empty(jinshan_dir, tmp_path, capsys):
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(file)) == (2, "")
    assert capsys.readouterr().err == f"policyterms: error: {file} is empty: there is nothing to annotate\n"


def test_missing_input_file_exits_2_naming_it(jinshan_dir, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(missing))[0] == 2
    assert capsys.readouterr().err == f"policyterms: error: {missing}: no such file\n"


def test_broken_glossary_exits_2_with_its_place(glossary, tmp_path, capsys):
    path = glossary.senses(sense_yaml("三张清单", source="nope"))
    file = tmp_path / "in.txt"
    file.write_text("三张清单", encoding="utf-8")
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(glossary.root), str(file)) == (2, "")
    err = capsys.readouterr().err
    assert err.startswith(f"policyterms: error: {path}:{line_of(path, 'source: nope')}: unknown source id 'nope'")


def test_invalid_format_choice_exits_2(console_script):
    result = run_script(console_script, "annotate", "--format", "bogus", "--source", JINSHAN)
    assert result.returncode == 2
    assert b"invalid choice: 'bogus'" in result.stderr


def test_missing_glossary_path_is_one_line_without_traceback(console_script):
    result = run_script(console_script, "annotate", "--no-learn", "--no-shipped", "--glossary", "/no/such", "--source", JINSHAN)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err == "policyterms: error: /no/such: no such glossary file or folder (check the --glossary path)\n"
    assert result.stdout == b""


# --- annotate --output --------------------------------------------------------------------------


def test_output_file_is_written_without_leftovers(jinshan_dir, jinshan_records, tmp_path):
    target = tmp_path / "out" / "terms.jsonl"
    target.parent.mkdir()
    code, out = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, "-o", str(target))
    assert (code, out) == (0, "")  # with --output and no --format: jsonl
    assert [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()] == jinshan_records
    assert sorted(p.name for p in target.parent.iterdir()) == ["terms.jsonl"]


def test_failed_annotation_creates_no_output_file(glossary, tmp_path, capsys):
    glossary.senses(sense_yaml("三张清单", extra="colour: red"))
    target = tmp_path / "out" / "terms.jsonl"
    target.parent.mkdir()
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(glossary.root), "--source", "doc", "-o", str(target))[0] == 2
    assert list(target.parent.iterdir()) == []
    assert "unknown key 'colour'" in capsys.readouterr().err


def test_undecodable_byte_late_in_the_input_keeps_the_old_output_and_no_part_file(
    jinshan_dir, tmp_path, capsys
):
    file = tmp_path / "in.txt"
    file.write_bytes(jinshan_text(jinshan_dir).encode("utf-8") * 20 + b"\x80\x80\n")
    target = tmp_path / "out" / "terms.jsonl"
    target.parent.mkdir()
    target.write_text("previous\n", encoding="utf-8")
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(file), "-o", str(target)) == (2, "")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["terms.jsonl"]
    err = capsys.readouterr().err
    assert err.startswith(f"policyterms: error: {file}: cannot decode byte 0x80 at offset ")
    assert "--encoding" in err or "--errors" in err


def test_streamed_output_equals_whole_text_output_on_a_large_input(jinshan_dir, tmp_path):
    file = tmp_path / "big.txt"
    file.write_text(jinshan_text(jinshan_dir) * 60, encoding="utf-8")  # ~2.3 MB: several 1 MiB chunks
    code, streamed = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(file), "-f", "jsonl")
    assert code == 0
    code, whole = run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(file), "-f", "json")
    assert code == 0
    assert [json.loads(line) for line in streamed.splitlines()] == json.loads(whole)["mentions"]
    assert json.loads(whole)["document"]["mention_count"] == 60 * JINSHAN_ANNOTATIONS


def test_output_to_a_folder_exits_2(jinshan_dir, tmp_path, capsys):
    assert run("annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, "-o", str(tmp_path))[0] == 2
    assert "is a folder" in capsys.readouterr().err


def test_closed_pipe_is_not_an_error(console_script, jinshan_dir, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(jinshan_text(jinshan_dir) * 40, encoding="utf-8")  # ~1.5 MB, ~2600 records
    process = subprocess.Popen(
        [str(console_script), "annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()  # like `| head -1`
    process.stdout.close()
    code = process.wait(timeout=120)
    err = process.stderr.read()
    process.stderr.close()
    assert json.loads(first)["term"]
    assert (code, err) == (0, b"")


# --- show, search, list --------------------------------------------------------------------------


def test_show_finds_a_term_written_in_traditional_characters(jinshan_dir):
    code, out = run("show", "--no-shipped", "-g", str(jinshan_dir), "“四好農村路”", "--format", "json")
    (sense,) = json.loads(out)
    assert code == 0
    assert (sense["term"], sense["sense_id"]) == ("四好农村路", "四好农村路@上海市金山区")
    assert [c["text"] for c in sense["components"]] == ["建好", "管好", "护好", "运营好"]
    assert {c["label"] for c in sense["components"]} == {None}


def test_show_renders_definition_and_citation_as_text(jinshan_dir):
    code, out = run("show", "--no-shipped", "-g", str(jinshan_dir), "四好農村路")
    assert code == 0
    assert "四好农村路" in out and "是指建好、管好、护好、运营好农村公路。" in out
    assert "名词解释 10" in out
    assert "\x1b[" not in out  # not a terminal: no escape codes


def test_show_unknown_term_exits_2_on_stderr(console_script, jinshan_dir):
    result = run_script(console_script, "show", "--no-shipped", "-g", str(jinshan_dir), "不存在的词")
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().startswith("policyterms: error: '不存在的词' is not in the glossary")


def test_search_finds_terms_whose_definition_mentions_the_word(jinshan_dir):
    code, out = run("search", "--no-shipped", "-g", str(jinshan_dir), "清单", "--format", "json")
    terms = [sense["term"] for sense in json.loads(out)]
    assert code == 0
    assert "三张清单" in terms and "三线一单" in terms
    assert "四好农村路" not in terms


def test_search_without_hits_says_so_and_exits_0(jinshan_dir, capsys):
    assert run("search", "--no-shipped", "-g", str(jinshan_dir), "量子计算机") == (0, "")
    assert "no term mentions '量子计算机'" in capsys.readouterr().err


def test_list_prints_term_scope_english_per_line(jinshan_dir):
    code, out = run("list", "--no-shipped", "-g", str(jinshan_dir))
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "三张清单\t上海市金山区\tThree Lists"
    assert all(line.count("\t") == 2 for line in lines)
    assert len(lines) == len(json.loads(run("list", "--no-shipped", "-g", str(jinshan_dir), "--format", "json")[1]))


def test_list_scope_keeps_one_scope(glossary):
    glossary.senses(sense_yaml("五位一体", source="unbundled"), scope="全国", name="national.yaml")
    glossary.senses(sense_yaml("五位一体", source="unbundled") + sense_yaml("三张清单"), name="local.yaml")
    assert run("list", "--no-shipped", "-g", str(glossary.root), "--scope", "全国") == (0, "五位一体\t全国\tTest gloss\n")
    assert len(run("list", "--no-shipped", "-g", str(glossary.root))[1].splitlines()) == 3


def test_list_sources_says_which_are_bundled(glossary):
    glossary.senses(sense_yaml("三张清单"))
    code, out = run("list", "--no-shipped", "-g", str(glossary.root), "--sources")
    assert code == 0
    assert out.splitlines() == [
        "doc\t测试区2020年政府工作报告\t\tbundled",
        "trad\t測試區報告\t\tbundled",
        "unbundled\t未附文本的文件\t\tnot bundled",
    ]


def test_files_may_follow_options(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("加快“四好农村路”建设", encoding="utf-8")
    b.write_text("深化“一网通办”改革", encoding="utf-8")
    code, out = run("annotate", str(a), "-f", "text", str(b), "--no-learn")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == [str(a), str(b)]
    assert run("annotate", str(a), "-f", "text", "--bogus", str(b))[0] == 2
    error = capsys.readouterr().err
    assert error.startswith("policyterms: error: unrecognized arguments: --bogus") and error.count("\n") == 1
    assert run("show", "三张清单", "extra")[0] == 2
    assert "unrecognized arguments: extra" in capsys.readouterr().err


# --- documentation -------------------------------------------------------------------------


def parser_surface() -> list[str]:
    """Every subcommand and every long option of the CLI (``--help`` aside)."""
    parser = build_parser()
    names = [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command, subparser in action.choices.items():
                names.append(command)
                names += [
                    o for a in subparser._actions for o in a.option_strings if o.startswith("--") and o != "--help"
                ]
    return sorted(set(names))


def test_parser_surface_is_what_the_docs_must_cover():
    surface = parser_surface()
    assert {"annotate", "show", "search", "list", "lint", "--glossary", "--output", "--strict"} <= set(surface)


def test_every_subcommand_and_long_option_is_documented():
    doc = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [name for name in parser_surface() if name not in doc] == []


def test_python_dash_m_runs_the_same_command_line():
    """``python -m policyterms`` is the console script's twin: same output, same exit codes."""
    ok = subprocess.run([sys.executable, "-m", "policyterms", "show", "十四五"], capture_output=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "十四五" in ok.stdout.decode("utf-8")
    bad = subprocess.run([sys.executable, "-m", "policyterms", "annotate", "--format", "bogus"], capture_output=True, timeout=120)
    assert bad.returncode == 2
    assert b"invalid choice: 'bogus'" in bad.stderr
