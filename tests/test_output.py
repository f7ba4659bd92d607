"""-o never loses a file the user did not name, and leaves nothing half-written."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from policyterms.cli import main

TEXT = "加快“四好农村路”建设，深化“一网通办”改革。\n"


def run(*argv: str) -> int:
    return main(list(argv), stdout=io.StringIO())


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def parts(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_a_device_is_written_to_not_replaced(report):
    assert run("annotate", str(report), "-f", "jsonl", "-o", os.devnull) == 0
    assert Path(os.devnull).is_char_device()


def test_a_symlink_is_followed_and_kept(report, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("annotate", str(report), "-f", "jsonl", "-o", str(link)) == 0
    assert link.is_symlink() and "四好农村路" in real.read_text(encoding="utf-8")
    assert parts(tmp_path) == []


def test_a_hard_link_keeps_seeing_the_new_content(report, tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text("old\n", encoding="utf-8")
    second = tmp_path / "b.jsonl"
    os.link(first, second)
    inode = first.stat().st_ino
    assert run("annotate", str(report), "-f", "jsonl", "-o", str(first)) == 0
    assert first.stat().st_ino == inode and second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert "四好农村路" in second.read_text(encoding="utf-8") and parts(tmp_path) == []


def test_a_read_only_target_is_refused_and_kept(report, tmp_path, capsys):
    target = tmp_path / "kept.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o444)
    assert run("annotate", str(report), "-f", "jsonl", "-o", str(target)) == 2
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert "is read-only" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "rich", "html", "markdown"])
def test_the_input_is_never_the_output(report, capsys, fmt):
    assert run("annotate", str(report), "-f", fmt, "-o", str(report)) == 2
    assert report.read_text(encoding="utf-8") == TEXT
    assert "is the input" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "json", "html"])
def test_a_glossary_the_run_reads_is_never_the_output(report, tmp_path, capsys, fmt):
    glossary = tmp_path / "mine.yaml"
    glossary.write_text("scope: 全国\nsenses: []\n", encoding="utf-8")
    for files, output in (([report], str(glossary)), ([report, report], f"{tmp_path}/./mine.yaml")):  # one document, a corpus
        assert run("annotate", *map(str, files), "-g", str(glossary), "-f", fmt if len(files) == 1 else "jsonl", "-o", output) == 2
        assert glossary.read_text(encoding="utf-8") == "scope: 全国\nsenses: []\n"
        assert "is a glossary this run reads (-g)" in capsys.readouterr().err
    assert parts(tmp_path) == []


def test_extract_never_writes_over_its_report(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("名词解释\n1.三张清单:是指甲、乙、丙三张清单。\n", encoding="utf-8")
    assert run("extract", str(report), "--scope", "上海市金山区", "-o", str(report)) == 2
    assert report.read_text(encoding="utf-8").startswith("名词解释")


def test_a_fifo_is_written_to(report, tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert run("annotate", str(report), "-f", "jsonl", "-o", str(fifo)) == 0
    reader.join(10)
    assert b"\xe5\x9b\x9b" in received[0] and fifo.exists() and not fifo.is_file()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_termination_signal_leaves_no_temporary_file(console_script, tmp_path, signum):
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [str(console_script), "annotate", "-", "--no-learn", "-f", "jsonl", "-o", str(target)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    block = (TEXT * 2000).encode("utf-8")
    deadline = time.monotonic() + 30
    while not parts(tmp_path) and time.monotonic() < deadline:  # writing has started
        process.stdin.write(block)
        process.stdin.flush()
    assert parts(tmp_path), "the run never started writing"
    process.send_signal(signum)
    try:
        process.stdin.close()
    except BrokenPipeError:
        pass
    assert process.wait(30) == 128 + signum
    assert parts(tmp_path) == [] and not target.exists()


# --- escape sequences never reach the terminal -----------------------------------------------

HOSTILE = "标题\x1b]0;pwned\x07\x1b[2J正文“四好农村路”\x9b31m结束"


@pytest.mark.parametrize("fmt", ["text", "rich"])
def test_escape_sequences_in_a_document_are_shown_not_obeyed(tmp_path, fmt):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = io.StringIO()
    assert main(["annotate", str(path), "-f", fmt, "--color", "never", "--width", "100"], stdout=out) == 0
    shown = out.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    if fmt == "rich":
        assert "^[]0;pwned^G^[[2J" in shown and "<U+009B>" in shown


def test_escape_sequences_in_a_glossary_are_shown_not_obeyed(glossary):
    glossary.senses(
        '- term: 三张清单\n'
        '  en: "\\x1b]0;title\\x07\\x1b[2J"\n'
        '  definition: "\\x1b[31m红\\x1b[0m"\n'
        '  origin: editorial\n'
        '  cite:\n'
        '    - source: doc\n'
        '      quote: 三张清单\n'
    )
    for argv in (["show", "--no-shipped", "-g", str(glossary.root), "三张清单", "--no-color"], ["list", "--no-shipped", "-g", str(glossary.root)]):
        out = io.StringIO()
        assert main(argv, stdout=out) == 0
        assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
        assert "^[" in out.getvalue()
