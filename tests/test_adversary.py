"""The adversary: every class of hostile or pathological input, in every command and
format, then a fuzz test over the CLI's inputs. Whatever happens, the CLI exits 0, 1, 2 or
130, never prints a traceback, and an error is one line starting ``policyterms: error:``.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyterms import cli
from policyterms.text import textio

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from adversarial import ADVERSARIAL  # noqa: E402

SENTENCE = "全面推行行政执法“三项制度”,加快“四好农村路”建设。"
EXIT_CODES = {0, 1, 2, 130}

#: Every command, in every format, with FILE standing for the hostile document.
COMMANDS: list[list[str]] = [
    *(["annotate", "FILE", "-f", f] for f in ("jsonl", "json", "text", "html", "markdown")),
    ["annotate", "FILE", "-f", "rich", "--no-pager", "--no-color", "--width", "40"],
    ["annotate", "FILE", "-f", "jsonl", "--unknown", "--overlaps"],
    ["annotate", "FILE", "-f", "json", "--no-learn", "--errors", "replace"],
    ["discover", "FILE"],
    ["discover", "FILE", "-f", "json", "--include-known"],
    ["discover", "FILE", "-f", "yaml", "--scope", "全国", "--source-id", "x"],
    ["extract", "FILE", "--scope", "全国"],
    ["lint", "FILE"],
    ["show", "一网通办", "-g", "FILE"],
    ["search", "清单", "-g", "FILE", "-f", "json"],
    ["list", "-g", "FILE", "--sources"],
]


def check(argv: list[str], capsys, *, stdout: io.StringIO | None = None) -> int:
    """Run the CLI in-process and hold it to the rules; returns the exit code."""
    code = cli.main(argv, stdout=stdout or io.StringIO())
    err = capsys.readouterr().err
    assert code in EXIT_CODES, (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    errors = [line for line in err.splitlines() if "error" in line.lower() and not line.startswith(("policyterms: ", "  "))]
    assert not errors or all(line.startswith("policyterms: error: ") for line in errors), (argv, err)
    if code == 2:
        assert any(line.startswith("policyterms: error: ") for line in err.splitlines()), (argv, err)
    return code


def documents(tmp: Path) -> dict[str, Callable[[], Path]]:
    """Every class of hostile document, written on demand."""

    def write(name: str, data: bytes | str) -> Callable[[], Path]:
        def make() -> Path:
            path = tmp / name
            path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            return path

        return make

    big = "1" * 4301
    cases = {
        "nul at the start": write("nul.txt", b"\x00" * 100),
        "nul after 8 KiB": write("late-nul.txt", SENTENCE.encode() * 200 + b"\x00"),
        "png": write("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(50)),
        "undecodable": write("bad.txt", SENTENCE.encode() + b"\xff\xfe\xfd" + SENTENCE.encode()),
        "gbk after ascii": write("gbk.txt", b"a" * 70_000 + SENTENCE.encode("gbk")),
        "utf-16 without bom": write("u16.txt", SENTENCE.encode("utf-16-le")),
        "empty": write("empty.txt", b""),
        "whitespace": write("blank.txt", " \n\u3000\r\n\t"),
        "lone cr and crlf": write("cr.txt", SENTENCE.replace("，", "\r") + "\r\n" + SENTENCE + "\r"),
        "escape sequences": write("esc.txt", "\x1b[2J\x1b]0;title\x07“四好\x1b[31m农村路”" + SENTENCE),
        "huge numbers": write("numbers.txt", f"推进“{big}”工程。“{big}”工程是指甲、乙。\n名词解释\n{'9' * 5000}.三张清单:是指甲、乙、丙。\n"),
        "deep nesting yaml": write("deep.yaml", "[" * 5000 + "]" * 5000),
        "yaml bomb": write("bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))),
        "glossary with a one-character quote": write(
            "short.yaml", "scope: 全国\nsenses:\n  - term: 测试词\n    en: T\n    origin: editorial\n    definition: 测。\n    cite:\n      - source: x\n        quote: 测\n"
        ),
        "long lines": write("long.txt", "发展" * 30_000),
        "private use and surrogates": write("odd.txt", "\ue000\U0010fffd" * 100 + SENTENCE + "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace")),
        **{f"adversarial {kind}": write(f"adv-{i}.txt", make(4_000)) for i, (kind, make) in enumerate(ADVERSARIAL.items())},
    }
    return cases


CLASSES = sorted(documents(Path("/nonexistent")))


@pytest.mark.parametrize("kind", CLASSES)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c).replace("FILE", "F"))
def test_every_class_in_every_command(kind: str, command: list[str], tmp_path: Path, capsys) -> None:
    path = documents(tmp_path)[kind]()
    check([str(path) if arg == "FILE" else arg for arg in command], capsys)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c).replace("FILE", "F"))
@pytest.mark.parametrize(
    "path",
    ["/nonexistent/file.txt", "a" * 300, "/", "-", "/dev/null"],
    ids=["missing", "name too long", "root folder", "stdin", "dev-null"],
)
def test_every_odd_path_in_every_command(command: list[str], path: str, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode())))
    check([path if arg == "FILE" else arg for arg in command], capsys)


@pytest.mark.parametrize("command", [c for c in COMMANDS if c[0] in ("annotate", "discover", "extract")], ids=lambda c: " ".join(c))
def test_oversized_input_in_every_whole_text_command(command: list[str], tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(textio, "MAX_TEXT_BYTES", 1 << 16)
    path = tmp_path / "big.txt"
    path.write_text(SENTENCE * 3000, encoding="utf-8")
    code = check([str(path) if arg == "FILE" else arg for arg in command], capsys)
    assert code in (0, 2)


NUMBERS = ["0", "1", "-1", "19", "20", "1000", "1001", "12345678901234567890123", "9" * 5000, "1e3", "0x10", "", " 30", "٣٠", "NaN"]


@pytest.mark.parametrize("value", NUMBERS)
@pytest.mark.parametrize(
    "command",
    [["discover", "FILE", "--width"], ["discover", "FILE", "--min-count"], ["annotate", "FILE", "-f", "rich", "--no-pager", "--width"], ["annotate", "FILE", "FILE", "--jobs"]],
    ids=lambda c: " ".join(c),
)
def test_every_numeric_option_value(command: list[str], value: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    check([str(path) if arg == "FILE" else arg for arg in command] + [value], capsys)


@pytest.mark.parametrize(
    "argv",
    [
        ["lint", "--width", "\r", "--errors", "strict"],
        ["annotate", "-f", "\x1b]0;owned\x07"],
        ["show", "no\nsuch\rterm\x1b[2J"],
        ["search", "\x1b[2J\n", "-f", "json"],
        ["list", "--scope", "火\n星"],
        ["annotate", "/no/such\nfile\x1b[31m.txt", "-f", "json"],
    ],
)
def test_control_characters_in_arguments_stay_on_one_visible_line(argv: list[str], capsys) -> None:
    check(argv, capsys)
    cli.main(argv, stdout=io.StringIO())
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\r" not in err and err.count("\n") <= 1, err


# -- at the process boundary -------------------------------------------------------------


def run_process(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "policyterms.cli", *argv], capture_output=True, timeout=120, **kwargs)
    assert result.returncode in EXIT_CODES, result
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr, result.stderr
    return result


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_written_with_a_replacement(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / os.fsdecode(b"\xff.txt")).write_text(SENTENCE, encoding="utf-8")
    result = run_process(["annotate", str(corpus)])
    assert result.returncode == 0 and b'.txt"' in result.stdout
    output = tmp_path / "out.jsonl"
    assert run_process(["annotate", str(corpus), "-o", str(output)]).returncode == 0
    assert output.read_text(encoding="utf-8").count("\n") == 2


def test_closed_standard_streams(tmp_path: Path) -> None:
    report = tmp_path / "doc.txt"
    report.write_text(SENTENCE, encoding="utf-8")
    assert run_process(["annotate", str(report), "-f", "json"], stdout=None, stdin=subprocess.DEVNULL).returncode == 0
    closed_out = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m policyterms.cli annotate {report} -f json >&-"], capture_output=True, timeout=120
    )
    assert closed_out.returncode == 2 and b"Traceback" not in closed_out.stderr
    closed_in = subprocess.run(["bash", "-c", f"{sys.executable} -m policyterms.cli discover - <&-"], capture_output=True, timeout=120)
    assert closed_in.returncode == 2 and closed_in.stderr.startswith(b"policyterms: error: ")


# -- fuzz ------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from(list(SENTENCE + "三两六稳是指、，。“”\"'\r\n\t 0123456789+一二十xX\x1b\x00\ufeff")), max_size=300)
_BYTES = st.one_of(st.binary(max_size=300), _TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), _TEXT.map(lambda t: t.encode("gb18030", "replace")))
_OPTION_VALUES = st.one_of(st.sampled_from(NUMBERS), st.text(max_size=8), st.integers(-10**30, 10**30).map(str))
_OPTIONS = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(["-f", "--format"]), st.sampled_from(["jsonl", "json", "text", "html", "markdown", "rich", "yaml", "table", "pdf"])),
        st.tuples(st.just("--errors"), st.sampled_from(["strict", "replace", "ignore", "surrogateescape"])),
        st.tuples(st.just("--encoding"), st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-32", "latin-1", "rot13", "base64", "nope", "big5"])),
        st.tuples(st.sampled_from(["--width", "--min-count", "--jobs"]), _OPTION_VALUES),
        st.tuples(st.just("--scope"), st.sampled_from(["全国", "上海市", "上海市嘉定区", "火星", "", "\x1b[31m"])),
        st.tuples(st.sampled_from(["--unknown", "--overlaps", "--no-learn", "--include-known", "--no-shipped", "--strict", "--sources"])),
    ),
    max_size=4,
)


@settings(max_examples=int(os.environ.get("POLICYTERMS_FUZZ_EXAMPLES", "500")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    command=st.sampled_from(["annotate", "discover", "extract", "lint", "show", "search", "list"]),
    data=_BYTES,
    options=_OPTIONS,
)
def test_fuzz_the_command_line(command: str, data: bytes, options: list[tuple[str, ...]], tmp_path_factory, capsys) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_bytes(data)
    flat = [part for option in options for part in option]
    if command in ("annotate", "discover", "lint"):
        argv = [command, str(path), *flat]
    elif command == "extract":
        argv = [command, str(path), "--scope", "全国", *flat]
    elif command == "show":
        argv = [command, data.decode("utf-8", "replace")[:10] or "x", *flat]
    elif command == "search":
        argv = [command, data.decode("utf-8", "replace")[:4] or "x", *flat]
    else:
        argv = [command, "-g", str(path), *flat]
    if command == "annotate" and not any(o in flat for o in ("-f", "--format")):
        argv += ["-f", "jsonl"]
    if "rich" in flat:
        argv.append("--no-pager")
    check(argv, capsys)
