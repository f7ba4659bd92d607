"""The terminal reader: colour modes, the pager, wrapping that never splits a term, where
the demo starts, notes after each paragraph, and the lines of each term's mentions."""

from __future__ import annotations

import io
import re
import sys

import pytest

from policyterms.cli import main

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    """A stdout that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def reader(*extra: str, stdout: io.StringIO | None = None) -> str:
    out = stdout or io.StringIO()
    assert main(["annotate", "--source", "jinshan-2020-work-report", "-f", "rich", *extra], stdout=out) == 0
    return out.getvalue()


def test_the_demo_starts_where_the_report_starts_not_at_the_forum_furniture():
    shown = reader("--width", "100")
    assert shown.splitlines()[0].strip() == "2020年上海市金山区政府工作报告"
    assert "设为首页收藏本站" not in shown and "发表于" not in shown


@pytest.mark.parametrize("width", [20, 33, 47, 60, 81, 120])
def test_no_term_or_marker_is_ever_split_across_lines(width):
    # a term wider than the whole line (“1+4+4+8”新型产业体系 at 20 columns) has to be folded
    fits = width >= 40
    shown = reader("--width", str(width), "--color", "never")
    body = shown.split("Terms found")[0]
    for line in body.splitlines():
        assert not re.match(r"\s*\[\d+\]", line), line  # a marker never starts a line
        if fits:
            assert line.count("⟦") == line.count("⟧"), line
            for marker in re.findall(r"⟧\[?\d*\]?", line):
                assert re.fullmatch(r"⟧\[\d+\]", marker), line  # the marker follows its term


def test_plain_output_brackets_each_mention():
    shown = reader("--width", "100", "--color", "never")
    assert "⟦新发展理念⟧[" in shown and "⟦“两区一堡”⟧[" in shown
    assert "\x1b[" not in shown


@pytest.mark.parametrize(
    ("options", "environment", "coloured"),
    [
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["--no-color"], {}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {}, False),  # a pipe
    ],
)
def test_color_modes_and_the_no_color_conventions(monkeypatch, options, environment, coloured):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    assert bool(ANSI.search(reader("--width", "80", *options))) is coloured


def test_no_color_wins_over_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PAGER", "cat")
    assert not ANSI.search(reader("--width", "80", stdout=Terminal()))


def test_on_a_terminal_the_reader_is_paged_in_colour_with_less_settings(monkeypatch, tmp_path):
    paged = tmp_path / "paged.txt"
    settings = tmp_path / "less.txt"
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("LESS", raising=False)
    monkeypatch.setenv("PAGER", f"{sys.executable} -c \"import os,sys; open({str(settings)!r},'w').write(os.environ.get('LESS','')); open({str(paged)!r},'w',encoding='utf-8').write(sys.stdin.read())\"")
    terminal = Terminal()
    reader("--width", "80", stdout=terminal)
    assert terminal.getvalue() == ""
    text = paged.read_text(encoding="utf-8")
    assert ANSI.search(text) and "2020年上海市金山区政府工作报告" in ANSI.sub("", text)
    assert settings.read_text() == "FRX"


def test_no_pager_prints_straight_to_the_terminal(monkeypatch):
    monkeypatch.setenv("PAGER", "false-pager-that-does-not-exist")
    terminal = Terminal()
    reader("--width", "80", "--no-pager", stdout=terminal)
    assert "Terms found" in ANSI.sub("", terminal.getvalue())


def test_a_pager_that_cannot_start_falls_back_to_printing(monkeypatch):
    monkeypatch.setenv("PAGER", "/no/such/pager")
    terminal = Terminal()
    reader("--width", "80", stdout=terminal)
    assert "Terms found" in ANSI.sub("", terminal.getvalue())


def test_notes_after_each_paragraph_follow_the_paragraph():
    shown = reader("--width", "200", "--color", "never", "--notes", "paragraph")
    number = re.search(r"⟦“两区一堡”⟧\[(\d+)\]", shown).group(1)
    mention = shown.index(f"⟦“两区一堡”⟧[{number}]")
    entry = shown.index(f"[{number}] 两区一堡")
    next_paragraph = shown.index("一年来,我们统筹推进")
    assert mention < entry < next_paragraph
    assert "Terms found" in shown[next_paragraph:]


def test_each_entry_lists_the_lines_of_its_mentions():
    shown = reader("--width", "200", "--color", "never")
    entry = next(line for line in shown.splitlines() if line.startswith("[") and "四好农村路" in line)
    assert re.search(r"3 mentions \(lines \d+, \d+, \d+\)", entry), entry
