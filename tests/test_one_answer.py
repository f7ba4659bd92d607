"""One answer: the library's public functions say what they expected, a CRLF file read as
the README says gives the offsets of whole-text annotation, and lint wants a real quote."""

from __future__ import annotations

from pathlib import Path

import pytest

import policyterms
from policyterms.mining.discover import discover
from policyterms.mining.learn import learn, unknown_jargon
from policyterms.glossary.lint import lint

SENTENCE = "全面推行行政执法“三项制度”,加快“四好农村路”建设。"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: policyterms.annotate(SENTENCE.encode()), "annotate() expects text as a str, not bytes: decode it first"),
        (lambda: policyterms.annotate(None), "annotate() expects text as a str, not NoneType"),
        (lambda: policyterms.annotate(SENTENCE, "glossary/"), "expects glossary as a policyterms.Glossary or None, not str: load it first"),
        (lambda: policyterms.annotate(SENTENCE, scope=3), "expects scope as a str, not int"),
        (lambda: policyterms.Annotator(overlaps="yes"), "Annotator() expects overlaps as True or False, not str"),
        (lambda: policyterms.Annotator().annotate(42), "annotate() expects text as a str, not int"),
        (lambda: list(policyterms.Annotator().annotate_chunks(SENTENCE)), "not a str: call annotate(text)"),
        (lambda: list(policyterms.Annotator().annotate_chunks(SENTENCE.encode())), "not bytes: open the file in text mode"),
        (lambda: list(policyterms.Annotator().annotate_chunks([SENTENCE, b"x"])), "expects each piece as a str, not bytes"),
        (lambda: policyterms.fold(None), "fold() expects text as a str, not NoneType"),
        (lambda: policyterms.fold(b"x"), "fold() expects text as a str, not bytes"),
        (lambda: policyterms.load_glossary(5), "glossary paths must be a str, a Path or a list of them, not int"),
        (lambda: discover(b"x"), "discover() expects text as a str, not bytes"),
        (lambda: discover(SENTENCE, "glossary"), "discover() expects glossary as a policyterms.Glossary or None, not str"),
        (lambda: discover(SENTENCE, min_count="2"), "discover() expects min_count as an int, not str"),
        (lambda: learn(open(__file__, "rb")), "learn() expects text as a str, not BufferedReader: pass its text"),
        (lambda: unknown_jargon(SENTENCE, None), "unknown_jargon() expects glossary"),
    ],
)
def test_wrong_types_say_what_was_expected(call, expected: str) -> None:
    with pytest.raises(TypeError) as info:
        call()
    assert expected in str(info.value)


def test_crlf_file_read_as_the_readme_says_gives_whole_text_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("第一行\r\n" + SENTENCE + "\r\n") .encode() * 300)
    text = path.read_bytes().decode()
    whole = [(a.start, a.end, a.term) for a in policyterms.annotate(text)]
    annotator = policyterms.Annotator()
    with open(path, encoding="utf-8", newline="") as pieces:
        streamed = [(a.start, a.end, a.term) for a in annotator.annotate_chunks(pieces)]
    assert streamed == whole
    assert all(policyterms.fold(text[s:e]).text == policyterms.fold(term).text for s, e, term in streamed)
    with open(path, encoding="utf-8") as translated:  # what the README used to show
        assert [(a.start, a.end, a.term) for a in annotator.annotate_chunks(translated)] != whole
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert 'newline=""' in readme


def _glossary_with_quote(tmp_path: Path, quote: str, term: str = "测试词语") -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "src.txt").write_text(f"这里提到{term}，以及别的内容。", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: src\n    title: 测试来源\n    text: texts/src.txt\n", encoding="utf-8"
    )
    (tmp_path / "terms.yaml").write_text(
        f"scope: 全国\nsenses:\n  - term: {term}\n    en: Test\n    origin: editorial\n    definition: 测试。\n"
        f"    cite:\n      - source: src\n        quote: {quote}\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(("quote", "term", "ok"), [("这", "测试词语", False), ("提到测", "测试词语", False), ("提到测试", "测试词语", True), ("双创", "双创", True)])
def test_lint_wants_a_quote_of_four_characters_or_the_whole_term(tmp_path: Path, quote: str, term: str, ok: bool) -> None:
    report = lint([_glossary_with_quote(tmp_path, quote, term)])
    short = [f for f in report.findings if "too short to verify" in str(f)]
    assert bool(short) is not ok, report.findings
    if not ok:
        assert "at least 4 characters" in str(short[0])
