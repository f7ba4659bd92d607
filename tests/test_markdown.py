"""Markdown output: a golden slice of the 金山 report, escaping that keeps the document as
written, footnotes numbered by first mention, and the CLI's ``--format markdown``.

Regenerate the golden file after a deliberate change with ``python tests/test_markdown.py``.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from conftest import sense_yaml
from policyterms.annotate.annotator import Annotator, annotate
from policyterms.cli import main
from policyterms.cli.annotate import _line_start
from policyterms.glossary.load import load_glossary
from policyterms.render.markdown import escape_markdown, to_markdown

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "glossary"
GOLDEN = ROOT / "tests" / "golden" / "jinshan-markdown.md"
JINSHAN = "jinshan-2020-work-report"
#: The golden slice: this many characters of the report after its first line, to a line end.
SLICE = 3000


def golden_markdown() -> str:
    """The Markdown of the first :data:`SLICE` characters of the 金山 report (from its
    ``starts_at`` line, cut at a line end), annotated with the 金山 glossary alone."""
    glossary = load_glossary([GLOSSARY / "sources.yaml", GLOSSARY / "shanghai-jinshan.yaml"])
    source = glossary.sources[JINSHAN]
    text = source.read_text()
    start = _line_start(text, source.starts_at)
    end = text.index("\n", start + SLICE)
    annotations = Annotator(glossary).annotate(text)
    return to_markdown(text, annotations, glossary=glossary, start=start, end=end)


def test_golden_slice_of_the_jinshan_report():
    assert golden_markdown() == GOLDEN.read_text(encoding="utf-8"), "regenerate: python tests/test_markdown.py"


def test_footnotes_are_numbered_by_first_mention_one_per_sense():
    shown = GOLDEN.read_text(encoding="utf-8")
    body, _, notes = shown.partition("\n\n[^1]: ")
    references = [int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)]
    assert references, "the slice mentions terms"
    first_seen = list(dict.fromkeys(references))
    assert first_seen == list(range(1, len(first_seen) + 1))
    definitions = [int(n) for n in re.findall(r"^\[\^(\d+)\]:", "[^1]: " + notes, re.MULTILINE)]
    assert definitions == first_seen


@pytest.mark.parametrize(
    ("line", "escaped"),
    [
        ("1.三张清单:是指", r"1\.三张清单:是指"),
        ("2)坚持", r"2\)坚持"),
        ("# 标题", r"\# 标题"),
        ("- 项目", r"\- 项目"),
        ("> 引文", r"\> 引文"),
        ("*重点*与_下划线_", r"\*重点\*与\_下划线\_"),
        ("[链接](x) `代码` <b>&amp; a|b ~~删~~ \\", r"\[链接\](x) \`代码\` \<b\>\&amp; a\|b \~\~删\~\~ \\"),
        ("2020-7-6 增长6.7%", "2020-7-6 增长6.7%"),  # nothing to escape inside a line
    ],
)
def test_escaping(line, escaped):
    assert escape_markdown(line) == escaped


def test_the_document_renders_as_written():
    """Rendered by a CommonMark parser, every line of the document is one paragraph with
    exactly its own text: no list, heading, code block, emphasis, link or HTML."""
    markdown_it = pytest.importorskip("markdown_it")
    text = "1.三张清单:是指*新增*清单\n      # 不是标题\n- 不是列表\n<b>不是HTML</b> &amp; [不是链接](x)\n" "加快“四好农村路”建设\n\n\n    缩进四格也不是代码\n"
    markdown = to_markdown(text, annotate(text))
    body = markdown.split("\n\n[^1]:")[0]
    tokens = markdown_it.MarkdownIt("commonmark").parse(body)
    assert {t.type for t in tokens} == {"paragraph_open", "inline", "paragraph_close"}
    inline = [t for t in tokens if t.type == "inline"]
    assert all({c.type for c in t.children} == {"text"} for t in inline)
    rendered = [re.sub(r"\[\^\d+\]", "", "".join(c.content for c in t.children)) for t in inline]
    assert rendered == [line.strip() for line in text.splitlines() if line.strip()]


def test_a_term_broken_across_lines_stays_one_mention(glossary):
    glossary.senses(sense_yaml("四好农村路"))
    g = load_glossary(glossary.root)
    text = "加快“四好\n    农村路”建设。"
    shown = to_markdown(text, annotate(text, g), glossary=g)
    assert shown.startswith("加快“四好 农村路”[^1]建设。\n")


def test_footnote_has_term_english_scope_definition_origin_components_and_citation():
    shown = GOLDEN.read_text(encoding="utf-8")
    note = shown[shown.index("[^1]: ") :].split("\n\n[^")[0]
    assert note.startswith("[^1]: **三张清单** · Three Lists · 上海市金山区")
    assert "Definition (quoted from the source below): 是指新增工业用地正面清单" in note
    assert "    1. 新增工业用地正面清单\n    2. 存量工业用地负面清单\n    3. 特色产业培育清单" in note
    assert "Source: 2020年上海市金山区政府工作报告 (2020), 名词解释 1: «" in note


def test_urls_are_links_and_unknown_definitions_say_so():
    glossary = load_glossary()
    text = "实现“六稳”“六保”,推进“放管服”改革"
    shown = to_markdown(text, annotate(text, glossary), glossary=glossary)
    assert re.search(r" <https?://[^\s>]+>", shown)
    for note in re.split(r"\n(?=\[\^\d+\]: )", shown)[1:]:
        assert "Definition (" in note or "Definition unknown" in note or "Not in the glossary" in note


def test_cli_markdown_starts_where_the_report_starts(jinshan_dir):
    out = io.StringIO()
    code = main(["annotate", "--no-learn", "--no-shipped", "-g", str(jinshan_dir), "--source", JINSHAN, "-f", "markdown"], stdout=out)
    assert code == 0
    shown = out.getvalue()
    golden = GOLDEN.read_text(encoding="utf-8")
    golden_body = golden.split("\n\n[^1]: ")[0]
    assert shown.startswith(golden_body)
    assert "设为首页" not in shown
    body, _, notes = shown.partition("\n\n[^1]: ")
    assert len(set(re.findall(r"\[\^(\d+)\](?!:)", body))) == notes.count("\n[^") + 1


def test_cli_markdown_of_a_file_and_with_unknown_jargon(tmp_path):
    file = tmp_path / "report.txt"
    file.write_text("推进“四好农村路”建设,实施“三个一百”工程。\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["annotate", str(file), "--unknown", "-f", "markdown", "-o", str(tmp_path / "out.md")], stdout=out) == 0
    shown = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert shown.startswith("推进“四好农村路”[^1]建设")
    assert out.getvalue() == ""


if __name__ == "__main__":  # regenerate the golden file
    GOLDEN.write_text(golden_markdown(), encoding="utf-8")
    print(f"wrote {GOLDEN}", file=sys.stderr)
