"""No tracebacks, ever: a full disk, a stdout that cannot encode Chinese, a file name too
long, out-of-range numbers, ints too long to read, no memory, Ctrl-C at start-up: each is
one line on stderr, ``policyterms: error: …``, and a non-zero exit."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policyterms import cli

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
REPORT = str(TEXTS / "jinshan-2020-work-report.txt")
LONG_NAME = "a" * 300


def run_process(*argv: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "policyterms.cli", *argv],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kwargs,
    )


def assert_one_error_line(stderr: bytes | str) -> str:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text and "Exception ignored" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policyterms: error: "), text
    return lines[0]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "argv",
    [["list"], ["show", "一网通办"], ["annotate", REPORT, "-f", "jsonl"], ["annotate", REPORT, "-f", "json"], ["discover", REPORT]],
)
def test_a_full_disk_is_one_line(argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "policyterms.cli", *argv], stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    line = assert_one_error_line(result.stderr)
    assert "No space left on device" in line and "free some disk space" in line


def test_ascii_stdout_gets_utf8() -> None:
    result = run_process("show", "一网通办", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "一网通办" in result.stdout.decode("utf-8")
    assert result.stderr == b""


@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", LONG_NAME, "-f", "json"],
        ["annotate", LONG_NAME, "-f", "jsonl"],
        ["discover", LONG_NAME],
        ["extract", LONG_NAME, "--scope", "全国"],
        ["show", "一网通办", "-g", LONG_NAME],
        ["lint", LONG_NAME],
        ["annotate", REPORT, "-f", "json", "-o", LONG_NAME],
    ],
)
def test_a_file_name_too_long_is_one_line(argv: list[str], capsys) -> None:
    code = cli.main(argv, stdout=io.StringIO())
    assert code in (1, 2)
    err = capsys.readouterr()
    if code == 1:  # lint reports it as a finding
        return
    line = assert_one_error_line(err.err)
    assert "too long" in line or "no such file" in line


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--width", "12345678901234567890123"),
        ("--width", "-5"),
        ("--width", "0"),
        ("--width", "1"),
        ("--width", "1001"),
        ("--width", "9" * 5000),
        ("--width", "abc"),
        ("--width", "٣٠"),
        ("--min-count", "0"),
        ("--min-count", "-1"),
        ("--min-count", "1" * 4301),
    ],
)
def test_discover_numeric_options_are_range_checked(option: str, value: str, capsys) -> None:
    assert cli.main(["discover", REPORT, option, value], stdout=io.StringIO()) == 2
    line = assert_one_error_line(capsys.readouterr().err)
    assert option in line


@pytest.mark.parametrize(("option", "value"), [("--width", "19"), ("--width", "100000"), ("--jobs", "-1"), ("--jobs", "1025"), ("--jobs", "9" * 23)])
def test_annotate_numeric_options_are_range_checked(option: str, value: str, capsys) -> None:
    assert cli.main(["annotate", REPORT, "-f", "rich", "--no-pager", option, value], stdout=io.StringIO()) == 2
    assert option in assert_one_error_line(capsys.readouterr().err)


def test_widths_at_the_edges_work() -> None:
    for width in ("20", "1000"):
        out = io.StringIO()
        assert cli.main(["discover", REPORT, "--width", width], stdout=out) == 0
        assert max(len(line) for line in out.getvalue().splitlines()) <= int(width) * 2


def test_numbers_of_thousands_of_digits(tmp_path: Path, capsys) -> None:
    big = "1" * 4301
    document = tmp_path / "big.txt"
    document.write_text(f"推进“{big}”工程建设。“{big}”工程是指甲、乙。\n名词解释\n{'9' * 5000}.三张清单:是指甲、乙、丙。\n", encoding="utf-8")
    for argv in (["discover", str(document)], ["discover", str(document), "-f", "json"], ["annotate", str(document), "-f", "json"],
                 ["annotate", str(document), "-f", "jsonl", "--unknown"], ["extract", str(document), "--scope", "全国"]):
        code = cli.main(argv, stdout=io.StringIO())
        err = capsys.readouterr().err
        assert code in (0, 2), argv
        if code:
            assert_one_error_line(err)
    years = tmp_path / "years.yaml"
    sense = "scope: 全国\nsenses:\n  - term: 测试词\n    en: Test\n    origin: editorial\n    definition: 测试。\n"
    cite = "    cite:\n      - source: x\n        quote: 测试词\n"
    years.write_text(sense + "    years: [0x" + "f" * 5000 + ", null]\n" + cite, encoding="utf-8")
    assert cli.main(["show", "测试词", "-g", str(years)], stdout=io.StringIO()) == 2
    assert "'years' must be years from 1 to 9999" in assert_one_error_line(capsys.readouterr().err)
    term = tmp_path / "term.yaml"
    term.write_text(sense.replace("测试词", big + "工程") + "    components: [甲, 乙]\n", encoding="utf-8")
    assert cli.main(["lint", str(term)], stdout=io.StringIO()) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_out_of_memory_is_one_line(monkeypatch, capsys, tmp_path: Path) -> None:
    import policyterms.text.textio

    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(policyterms.text.textio, "decode_bytes", no_memory)
    assert cli.main(["annotate", REPORT, "-f", "json"], stdout=io.StringIO()) == 2
    assert "out of memory" in assert_one_error_line(capsys.readouterr().err)


def test_ctrl_c_while_starting_up_exits_130_quietly() -> None:
    script = (
        "import builtins, sys\n"
        "real = builtins.__import__\n"
        "def interrupted(name, *args, **kwargs):\n"
        "    if 'glossary' in name.split('.'):\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupted\n"
        "import _policyterms_launch\n"
        "_policyterms_launch.main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr and result.stderr.strip() == ""


def test_ctrl_c_inside_main_exits_130(monkeypatch, capsys) -> None:
    def interrupted(args, stdout):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.COMMANDS, "list", interrupted)
    assert cli.main(["list"], stdout=io.StringIO()) == 130
    assert "Traceback" not in capsys.readouterr().err
