"""The CLI on real-world input: encodings, binary files, interruption, progress."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from policyterms import cli
from policyterms.cli import annotate as cli_annotate

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
SENTENCE = "全面推行行政执法“三项制度”,加快“四好农村路”建设。"


def run(argv: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = cli.main(argv, stdout=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected_and_offsets_index_the_decoded_text(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"report-{codec}.txt"
    path.write_bytes((SENTENCE * 3).encode(codec))
    code, records = run(["annotate", str(path), "--format", "jsonl"])
    assert code == 0
    text = SENTENCE * 3
    assert [r["text"] for r in records] == ["行政执法“三项制度”", "“四好农村路”"] * 3
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("“四好农村路”".encode("gb18030"))
    code, records = run(["annotate", str(path), "--encoding", "gb18030", "-f", "jsonl"])
    assert code == 0 and [r["term"] for r in records] == ["四好农村路"]


def test_whole_text_formats_decode_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(SENTENCE.encode("gbk"))
    _, streamed = run(["annotate", str(path), "-f", "jsonl"])
    out = io.StringIO()
    assert cli.main(["annotate", str(path), "-f", "json"], stdout=out) == 0
    assert json.loads(out.getvalue())["mentions"] == streamed


def test_undecodable_input_names_the_byte_offset_and_the_fix(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mixed.txt"
    good = SENTENCE.encode("utf-8")
    path.write_bytes(good + "四好农村路".encode("gbk") + good)
    assert cli.main(["annotate", str(path), "-f", "jsonl"], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"policyterms: error: {path}: cannot decode byte 0x")
    assert f"at offset {len(good)} as utf-8" in error
    assert "--encoding gb18030" in error and "--errors replace" in error
    assert error.count("\n") == 1


def test_errors_replace_decodes_anyway(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(SENTENCE.encode() + b"\xff" + SENTENCE.encode())
    code, records = run(["annotate", str(path), "--errors", "replace", "-f", "jsonl"])
    assert code == 0 and len(records) == 4


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n" + bytes(100), "PDF document"),
        (SENTENCE.encode() + b"\x00\x00binary", "contains NUL bytes"),
    ],
)
def test_binary_input_is_refused_in_one_line(tmp_path: Path, capsys, data: bytes, kind: str) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    assert cli.main(["annotate", str(path), "-f", "jsonl"], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"policyterms: error: {path}: looks like a binary file ({kind})")
    assert error.count("\n") == 1


def test_an_empty_folder_as_input_is_refused(tmp_path: Path, capsys) -> None:
    # a folder is a corpus (see test_corpus.py); one without documents is an error
    assert cli.main(["annotate", str(tmp_path), "-f", "jsonl"], stdout=io.StringIO()) == 2
    assert "no documents found in" in capsys.readouterr().err


def test_whitespace_only_input_is_empty(tmp_path: Path, capsys) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\u3000\n", encoding="utf-8")
    assert cli.main(["annotate", str(path), "-f", "jsonl"], stdout=io.StringIO()) == 2
    assert "is empty" in capsys.readouterr().err


def test_ctrl_c_exits_130_quietly_and_leaves_no_partial_output(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "policyterms.cli", "annotate", "-", "-f", "jsonl", "-o", str(output)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a suite started in the background by a shell without job control inherits SIGINT ignored, and Python
        # keeps it so (as nohup means it); the run under test is a terminal's, which hears Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdin is not None
    process.stdin.write(SENTENCE.encode() * 50_000)  # keeps the run busy; stdin stays open
    process.stdin.flush()
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert not output.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_bar_only_for_large_files_on_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with cli_annotate._progress("big.txt", cli_annotate.PROGRESS_MIN_BYTES) as advance:
        assert advance is not None
        advance(1024)
    with cli_annotate._progress("small.txt", 1024) as advance:
        assert advance is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    with cli_annotate._progress("big.txt", cli_annotate.PROGRESS_MIN_BYTES) as advance:
        assert advance is None


def test_real_traditional_report_via_the_cli() -> None:
    code, records = run(["annotate", str(TEXTS / "songjiang-2020-h1-report.zh-hant.txt"), "-f", "jsonl"])
    text = (TEXTS / "songjiang-2020-h1-report.zh-hant.txt").read_bytes().decode("utf-8")
    assert code == 0
    assert "“四好農(nóng)村路”" in [r["text"] for r in records]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_extract_merge_reports_conflicts_and_keeps_the_curated_value(tmp_path: Path, capsys) -> None:
    curated = (TEXTS.parent / "shanghai-jinshan.yaml").read_text(encoding="utf-8")
    target = tmp_path / "jinshan.yaml"
    target.write_text(curated.replace("特色产业培育清单。", "特色产业清单。", 1), encoding="utf-8")
    report = TEXTS / "jinshan-2020-work-report.txt"
    code = cli.main(["extract", str(report), "--scope", "上海市金山区", "--merge", str(target)], stdout=io.StringIO())
    assert code == 1
    error = capsys.readouterr().err
    assert "0 added, 28 unchanged, 1 with conflicts" in error
    assert "conflict: 三张清单" in error
    assert "特色产业清单。" in target.read_text(encoding="utf-8")


def test_extract_merge_into_a_folder_or_a_gbk_file_names_the_merge_file(tmp_path: Path, capsys) -> None:
    report = TEXTS / "jinshan-2020-work-report.txt"
    argv = ["extract", str(report), "--scope", "上海市金山区", "--merge"]
    assert cli.main([*argv, str(tmp_path)], stdout=io.StringIO()) == 2
    assert capsys.readouterr().err.endswith(f"error: {tmp_path} is a folder (give --merge a senses YAML file; it is created if missing)\n")
    gbk = tmp_path / "senses.yaml"
    gbk.write_bytes("scope: 上海市金山区\nsenses: []\n".encode("gbk"))
    assert cli.main([*argv, str(gbk)], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert f"error: {gbk}: cannot decode byte" in error and "save the senses file as UTF-8" in error
    assert "--encoding" not in error  # --encoding is the report's, not the senses file's
    assert gbk.read_bytes() == "scope: 上海市金山区\nsenses: []\n".encode("gbk")


def test_extract_writes_yaml_that_reproduces_the_curated_appendix(tmp_path: Path) -> None:
    out = io.StringIO()
    report = TEXTS / "jinshan-2020-work-report.txt"
    assert cli.main(["extract", str(report), "--scope", "上海市金山区"], stdout=out) == 0
    assert out.getvalue().count("  - term: ") == 29


@pytest.mark.parametrize("content", ["", "  \n\n\u3000\n"])
def test_extract_of_an_empty_file_says_it_is_empty(tmp_path: Path, capsys, content: str) -> None:
    page = tmp_path / "empty.txt"
    page.write_text(content, encoding="utf-8")
    assert cli.main(["extract", str(page), "--scope", "全国"], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert error == f"policyterms: error: {page} is empty: there is nothing to extract\n"


def test_extract_without_appendix_exits_2(capsys) -> None:
    report = TEXTS / "yangpu-2020-key-tasks.txt"
    assert cli.main(["extract", str(report), "--scope", "上海市杨浦区"], stdout=io.StringIO()) == 2
    assert "no glossary entries found" in capsys.readouterr().err


def test_discover_proposes_the_three_wholes_in_the_songjiang_report() -> None:
    out = io.StringIO()
    report = TEXTS / "songjiang-2020-h1-report.zh-hant.txt"
    assert cli.main(["discover", str(report), "--include-known", "--format", "json"], stdout=out) == 0
    found = json.loads(out.getvalue())
    (three,) = [d for d in found["definitions"] if d["short_form"] == "三全"]
    assert three["long_form"] == ["全流程管控", "全行业保供", "全空间覆盖"]
    text = report.read_text(encoding="utf-8")
    assert text[three["start"] : three["end"]] == three["quote"]


def test_discover_table_and_yaml(capsys) -> None:
    report = TEXTS / "jinshan-2020-work-report.txt"
    out = io.StringIO()
    assert cli.main(["discover", str(report), "--include-known", "--width", "200"], stdout=out) == 0
    assert "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期" in out.getvalue()
    assert cli.main(["discover", str(report), "--format", "yaml"], stdout=io.StringIO()) == 2
    assert "--scope" in capsys.readouterr().err
    out = io.StringIO()
    args = ["discover", str(report), "--include-known", "--format", "yaml", "--scope", "上海市金山区"]
    assert cli.main(args, stdout=out) == 0
    proposed = yaml.safe_load(out.getvalue())
    assert proposed["scope"] == "上海市金山区" and proposed["senses"]


# -- regressions found in review ------------------------------------------------------


def test_closed_stdin_and_stdout_are_one_line_errors() -> None:
    closed_in = subprocess.run(
        [sys.executable, "-m", "policyterms.cli", "annotate", "-"], stdin=subprocess.DEVNULL, capture_output=True
    )
    assert closed_in.returncode == 2  # empty stdin
    script = "import sys; sys.stdin = None; from policyterms.cli import main; sys.exit(main(['annotate', '-']))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == "policyterms: error: standard input is closed (give a FILE instead of -)\n"


def test_rich_output_into_a_closed_pipe_exits_0(tmp_path: Path) -> None:
    command = f"{sys.executable} -m policyterms.cli show 一网通办 --no-color | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_output_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    new = tmp_path / "new.jsonl"
    assert cli.main(["annotate", str(path), "-f", "jsonl", "-o", str(new)], stdout=io.StringIO()) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
    new.chmod(0o640)
    assert cli.main(["annotate", str(path), "-f", "jsonl", "-o", str(new)], stdout=io.StringIO()) == 0
    assert new.stat().st_mode & 0o777 == 0o640


def test_unknown_scope_is_refused_with_the_known_ones(capsys) -> None:
    report = TEXTS / "jiading-2019-work-plan.txt"
    assert cli.main(["annotate", str(report), "--scope", "嘉定区", "-f", "jsonl"], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert error.startswith("policyterms: error: unknown scope '嘉定区'") and "上海市嘉定区" in error
    assert cli.main(["list", "--scope", "火星"], stdout=io.StringIO()) == 2


def test_a_place_inside_a_known_scope_is_accepted() -> None:
    report = TEXTS / "jiading-2019-work-plan.txt"
    assert cli.main(["annotate", str(report), "--scope", "上海市浦东新区", "-f", "jsonl"], stdout=io.StringIO()) == 0


def test_overlaps_cannot_go_to_the_reader(capsys) -> None:
    report = TEXTS / "jinshan-2020-work-report.txt"
    assert cli.main(["annotate", str(report), "--overlaps", "-f", "rich"], stdout=io.StringIO()) == 2
    assert "--overlaps" in capsys.readouterr().err


def test_search_json_without_hits_is_an_empty_array() -> None:
    out = io.StringIO()
    assert cli.main(["search", "zzzz", "-f", "json"], stdout=out) == 0
    assert json.loads(out.getvalue()) == []


def test_text_format_keeps_one_line_per_mention(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("加快“四好\r\n农村路”建设,\t“一网\t通办”".encode())
    out = io.StringIO()
    assert cli.main(["annotate", str(path), "-f", "text"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split("\t")[1] for line in lines] == ["“四好 农村路”", "“一网 通办”"]
    assert lines[0].startswith("2-11\t")


def test_usage_errors_are_one_line(capsys) -> None:
    assert cli.main(["annotate", "--format", "pdf"], stdout=io.StringIO()) == 2
    error = capsys.readouterr().err
    assert error.startswith("policyterms: error: argument --format/-f: invalid choice: 'pdf'")
    assert error.count("\n") == 1


def test_extract_errors_name_the_files(tmp_path: Path, capsys) -> None:
    report = TEXTS / "yangpu-2020-key-tasks.txt"
    assert cli.main(["extract", str(report), "--scope", "上海市杨浦区"], stdout=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith(f"policyterms: error: {report}: no glossary entries found")
    broken = tmp_path / "broken.yaml"
    broken.write_text("scope: 上海市金山区\nsenses: [\n", encoding="utf-8")
    jinshan = TEXTS / "jinshan-2020-work-report.txt"
    args = ["extract", str(jinshan), "--scope", "上海市金山区", "--merge", str(broken)]
    assert cli.main(args, stdout=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith(f"policyterms: error: {broken}:")
    broken.write_bytes("scope: 上海市金山区\n".encode("gbk"))
    assert cli.main(args, stdout=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith(f"policyterms: error: {broken}: cannot decode byte")


def test_extract_merge_keeps_crlf_line_endings(tmp_path: Path) -> None:
    curated = (TEXTS.parent / "shanghai-jinshan.yaml").read_bytes().replace(b"\n", b"\r\n")
    target = tmp_path / "jinshan.yaml"
    target.write_bytes(curated)
    jinshan = TEXTS / "jinshan-2020-work-report.txt"
    args = ["extract", str(jinshan), "--scope", "上海市金山区", "--merge", str(target)]
    assert cli.main(args, stdout=io.StringIO()) == 0
    assert target.read_bytes() == curated


def test_utf32_big_endian_with_bom_streams(tmp_path: Path) -> None:
    path = tmp_path / "u32be.txt"
    path.write_bytes(b"\x00\x00\xfe\xff" + SENTENCE.encode("utf-32-be"))
    for encoding in ([], ["--encoding", "utf-32"]):
        code, records = run(["annotate", str(path), "-f", "jsonl", *encoding])
        assert code == 0 and len(records) == 2
