"""Bounded work for every input: binary and oversized input stop while reading, streaming
and whole-text decoding agree, and discover stays near-linear on adversarial text."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms import cli
from policyterms.text import textio
from policyterms.mining.discover import discover
from policyterms.errors import InputError
from policyterms.text.stream import iter_text_chunks
from policyterms.text.textio import decode_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from adversarial import ADVERSARIAL  # noqa: E402

SENTENCE = "全面推行行政执法“三项制度”,加快“四好农村路”建设。"
DEV_ZERO = "/dev/zero"


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(argv, stdout=out), out.getvalue()


@pytest.mark.skipif(not os.path.exists(DEV_ZERO), reason="no /dev/zero on this system")
@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", DEV_ZERO, "-f", "json"],
        ["annotate", DEV_ZERO, "-f", "jsonl"],
        ["annotate", DEV_ZERO, "-f", "jsonl", "--no-learn"],
        ["annotate", DEV_ZERO, "-f", "text", "--encoding", "gb18030"],
        ["extract", DEV_ZERO, "--scope", "全国"],
        ["discover", DEV_ZERO],
    ],
)
def test_dev_zero_stops_at_the_first_block(argv: list[str], capsys) -> None:
    # CPU time of this process, not wall time: other jobs on the machine do not count, an endless read would
    began = time.process_time()
    assert run(argv)[0] == 2
    assert time.process_time() - began < 10
    error = capsys.readouterr().err
    assert error.startswith(f"policyterms: error: {DEV_ZERO}: looks like a binary file (contains NUL bytes)")
    assert error.count("\n") == 1


@pytest.mark.parametrize("command", [["annotate", "-f", "json"], ["annotate", "-f", "markdown"], ["discover"], ["extract", "--scope", "全国"]])
def test_whole_text_input_is_limited_while_reading(tmp_path: Path, monkeypatch, capsys, command: list[str]) -> None:
    monkeypatch.setattr(textio, "MAX_TEXT_BYTES", 1 << 20)
    path = tmp_path / "big.txt"
    path.write_bytes(SENTENCE.encode() * (3 * (1 << 19) // len(SENTENCE.encode())))
    assert run([command[0], str(path), *command[1:]])[0] == 2
    error = capsys.readouterr().err
    assert "is larger than 1 MiB, the most a whole-text format reads" in error
    assert "--format jsonl" in error and error.count("\n") == 1
    # the streaming formats read it
    if command[0] == "annotate":
        code, out = run(["annotate", str(path), "-f", "jsonl", "--no-learn"])
        assert code == 0 and out


def test_read_limited_stops_reading_at_the_limit() -> None:
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            Endless.reads += 1
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(InputError, match="larger than 3 MiB"):
        textio.read_limited(io.BufferedReader(Endless()), name="endless", limit=3 << 20)
    assert Endless.reads < 64


@pytest.mark.parametrize("format_", ["jsonl", "json", "text", "markdown"])
def test_a_nul_byte_after_the_first_block_is_refused_everywhere(tmp_path: Path, capsys, format_: str) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes(SENTENCE.encode() * 100_000 + b"\x00" + SENTENCE.encode())
    assert run(["annotate", str(path), "-f", format_])[0] == 2
    assert "contains NUL bytes" in capsys.readouterr().err


def test_gbk_after_a_megabyte_of_ascii_decodes_the_same_streamed_and_whole(tmp_path: Path) -> None:
    path = tmp_path / "late-gbk.txt"
    path.write_bytes(b"a" * (1 << 20) + b"\n" + (SENTENCE * 50).encode("gbk"))
    for errors in ("replace", "strict"):
        code, streamed = run(["annotate", str(path), "-f", "jsonl", "--errors", errors, "--no-learn"])
        assert code == 0
        code, whole = run(["annotate", str(path), "-f", "json", "--errors", errors, "--no-learn"])
        assert code == 0
        records = [json.loads(line) for line in streamed.splitlines()]
        assert records == json.loads(whole)["mentions"] and len(records) == 100


pieces = st.sampled_from(
    [b"a" * 700, b"\n", SENTENCE.encode(), SENTENCE.encode("gbk"), "區(qū)".encode(), b"\xff", b"\x80", b"\xe5\x8f", "一".encode("gbk")[:1]]
)


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(pieces, max_size=12), errors=st.sampled_from(["strict", "replace", "ignore"]), chunk=st.sampled_from([1, 7, 64, 4096]))
def test_streaming_and_whole_text_decoding_agree(parts: list[bytes], errors: str, chunk: int) -> None:
    data = b"".join(parts)
    try:
        whole = decode_bytes(data, errors=errors, name="f").text
    except InputError as error:
        whole = f"error: {error}"
    try:
        streamed = "".join(iter_text_chunks(io.BytesIO(data), name="f", errors=errors, chunk_bytes=chunk))
    except InputError as error:
        streamed = f"error: {error}"
    assert streamed == whole


def test_streaming_a_pipe_is_spooled_and_detected_over_the_whole_input() -> None:
    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    data = b"a" * 5000 + (SENTENCE * 10).encode("gbk")
    text = "".join(iter_text_chunks(Pipe(data), name="-", chunk_bytes=1024))
    assert text == decode_bytes(data).text


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_discover_is_fast_on_adversarial_text(kind: str) -> None:
    text = ADVERSARIAL[kind](100_000)
    began = time.process_time()
    discover(text, include_known=True)
    # quadratic steps took 4-13 s of CPU on 30 KB of these (over 40 s on these 100 KB); near-linear discover needs about
    # 1 s. CPU time of this process, not wall time, so a busy machine does not fail the bound.
    assert time.process_time() - began < 20


class _EndlessPipe(io.RawIOBase):
    """Standard input that never ends (``cat /dev/zero |``, ``yes |``): not seekable."""

    def __init__(self, block: bytes) -> None:
        self.block, self.read_bytes = block, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = len(buffer) - len(buffer) % len(self.block)
        buffer[:size] = self.block * (size // len(self.block))
        self.read_bytes += size
        if self.read_bytes > 64 << 20:
            raise AssertionError("read far past the first block")
        return size


@pytest.mark.parametrize("extra", [[], ["--encoding", "utf-8"], ["--no-learn"], ["--unknown", "-f", "text"]])
def test_binary_standard_input_stops_at_the_first_block_when_learning(monkeypatch, capsys, extra: list[str]) -> None:
    pipe = _EndlessPipe(b"\x00" * 4096)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(pipe)))
    assert run(["annotate", "-", "-f", "jsonl", *extra])[0] == 2
    error = capsys.readouterr().err
    assert error.startswith("policyterms: error: <stdin>: looks like a binary file") and error.count("\n") == 1
    assert pipe.read_bytes < 8 << 20


def test_an_unknown_encoding_is_refused_before_standard_input_is_spooled(monkeypatch, capsys) -> None:
    pipe = _EndlessPipe("三张清单\n".encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(pipe)))
    assert run(["annotate", "-", "-f", "jsonl", "--encoding", "nosuch"])[0] == 2
    assert "unknown encoding 'nosuch'" in capsys.readouterr().err
    assert pipe.read_bytes == 0


def test_a_full_temporary_folder_while_spooling_standard_input_is_one_line(monkeypatch, capsys) -> None:
    import errno
    import tempfile

    class Full(io.BytesIO):
        def write(self, data) -> int:
            if self.tell() + len(data) > 3 << 20:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: Full())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(_EndlessPipe("三张清单\n".encode()))))
    for extra in ([], ["--no-learn"]):
        assert run(["annotate", "-", "-f", "jsonl", *extra])[0] == 2
        error = capsys.readouterr().err
        assert error.startswith("policyterms: error: <stdin>: cannot copy to a temporary file after 3145728 bytes: No space left on device")
        assert "TMPDIR" in error and error.count("\n") == 1
