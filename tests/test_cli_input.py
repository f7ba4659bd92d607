"""The CLI on real-world input: encodings, binary files, interruption, progress."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from policyterms import cli

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
    assert json.loads(out.getvalue()) == streamed


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


def test_a_folder_as_input_is_refused(tmp_path: Path, capsys) -> None:
    assert cli.main(["annotate", str(tmp_path), "-f", "jsonl"], stdout=io.StringIO()) == 2
    assert "is a directory" in capsys.readouterr().err


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
    with cli._progress("big.txt", cli.PROGRESS_MIN_BYTES) as advance:
        assert advance is not None
        advance(1024)
    with cli._progress("small.txt", 1024) as advance:
        assert advance is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    with cli._progress("big.txt", cli.PROGRESS_MIN_BYTES) as advance:
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


def test_extract_writes_yaml_that_reproduces_the_curated_appendix(tmp_path: Path) -> None:
    out = io.StringIO()
    report = TEXTS / "jinshan-2020-work-report.txt"
    assert cli.main(["extract", str(report), "--scope", "上海市金山区"], stdout=out) == 0
    assert out.getvalue().count("  - term: ") == 29


def test_extract_without_appendix_exits_2(capsys) -> None:
    report = TEXTS / "yangpu-2020-key-tasks.txt"
    assert cli.main(["extract", str(report), "--scope", "上海市杨浦区"], stdout=io.StringIO()) == 2
    assert "no 名词解释 appendix found" in capsys.readouterr().err


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
