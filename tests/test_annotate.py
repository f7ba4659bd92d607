"""Annotation on the real 金山 report: golden offsets, and invariants under noise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms.annotate.choice import EVIDENCE_CHARS
from policyterms.annotate.annotator import Annotator, annotate
from policyterms.text.fold import fold
from policyterms.glossary.load import load_glossary

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "glossary"
JINSHAN = GLOSSARY / "texts" / "jinshan-2020-work-report.txt"
GOLDEN = json.loads((ROOT / "tests" / "golden" / "jinshan-mentions.json").read_text(encoding="utf-8"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def jinshan_glossary():
    """Only the 29 appendix senses, so the golden set is exactly what may be found."""
    return load_glossary([GLOSSARY / "sources.yaml", GLOSSARY / "shanghai-jinshan.yaml"])


@pytest.fixture(scope="module")
def jinshan_text() -> str:
    return read(JINSHAN)


def body_end(text: str) -> int:
    return text.index("    名词解释")


def test_golden_mentions_in_the_jinshan_body(jinshan_glossary, jinshan_text) -> None:
    annotations = [a for a in annotate(jinshan_text, jinshan_glossary) if a.start < body_end(jinshan_text)]
    found = [{"start": a.start, "end": a.end, "text": a.text, "term": a.term} for a in annotations]
    assert found == GOLDEN["mentions"]
    assert len(found) == 36
    assert len({m["term"] for m in found}) == 29


def test_each_mention_carries_its_appendix_definition_and_citation(jinshan_glossary, jinshan_text) -> None:
    appendix = fold(jinshan_text[body_end(jinshan_text) :]).text
    for a in annotate(jinshan_text, jinshan_glossary):
        assert a.definition and fold(a.definition).text in appendix
        (citation,) = a.citations
        assert citation.source == "jinshan-2020-work-report"
        assert citation.title == "2020年上海市金山区政府工作报告"
        assert citation.locator.startswith("名词解释 ")
        assert fold(citation.quote).text in appendix


def test_the_appendix_terms_keep_their_jinshan_sense_in_the_full_glossary(jinshan_text) -> None:
    by_span = {(a.start, a.end): a for a in annotate(jinshan_text)}
    for mention in GOLDEN["mentions"]:
        a = by_span[(mention["start"], mention["end"])]
        assert (a.term, a.scope) == (mention["term"], "上海市金山区")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进“11157”工程,加强", ["“11157”工程"]),
        ("聚焦“1+4+4+8”新型产业体系和“1+4+4”人才政策", ["“1+4+4+8”新型产业体系", "“1+4+4”人才政策"]),
        ("“双减半”“双一百”落地", ["“双减半”", "“双一百”"]),
        ("加快“四好农村路”建设", ["“四好农村路”"]),
        ("加快“四好農(nóng)村路”建設", ["“四好農(nóng)村路”"]),
        ("加快四好\n    农村路建设", ["四好\n    农村路"]),
        ("3个“3”服务工作", ["3个“3”服务"]),
        ("13个“3”服务工作", []),  # a digit-edged surface never starts inside a number
    ],
)
def test_spans_on_small_real_phrases(jinshan_glossary, text: str, expected: list[str]) -> None:
    assert [a.text for a in annotate(text, jinshan_glossary)] == expected


def test_overlaps_option_returns_every_occurrence(jinshan_glossary) -> None:
    default = annotate("聚焦“1+4+4+8”新型产业体系", jinshan_glossary)
    assert [a.term for a in default] == ["“1+4+4+8”新型产业体系"]
    # The shorter formula needs a glossary that has it as a bare surface.
    tiny = load_glossary([GLOSSARY / "sources.yaml", GLOSSARY / "shanghai-jinshan.yaml"])
    every = Annotator(tiny, overlaps=True).annotate("“1+4+4”人才政策")
    assert [a.term for a in every] == ["“1+4+4”人才政策"]


def test_no_highlight_holds_an_unbalanced_quote(jinshan_text) -> None:
    for a in annotate(jinshan_text):
        assert a.text.count("“") == a.text.count("”"), a


# -- invariants under the noise real documents carry -----------------------------------

def sentences_with_mentions() -> list[str]:
    text = read(JINSHAN)
    body = text[: body_end(text)]
    lines = [line for line in body.split("\n") if "“" in line]
    return [line for line in lines if any(m["text"] in line for m in GOLDEN["mentions"])]


SENTENCES = sentences_with_mentions()
_NOISE = st.sampled_from([" ", "\n", "\n      ", "\u3000", "\u00a0", "\u200b", "\r\n"])


@st.composite
def noisy(draw) -> tuple[str, str]:
    clean = draw(st.sampled_from(SENTENCES))
    chars = list(clean)
    for _ in range(draw(st.integers(0, 8))):
        position = draw(st.integers(0, len(chars)))
        chars.insert(position, draw(_NOISE))
    style = draw(st.sampled_from([("“", "”"), ("「", "」"), ('"', '"'), ("＂", "＂"), ("", "")]))
    noisy_text = "".join(chars).replace("“", style[0]).replace("”", style[1])
    return clean, noisy_text


def span_fingerprint(text: str, glossary) -> list[str]:
    return [a.sense_id for a in annotate(text, glossary)]


@settings(max_examples=150, deadline=None)
@given(noisy())
def test_annotation_is_stable_under_whitespace_line_breaks_and_quote_changes(jinshan_glossary, pair) -> None:
    clean, noisy_text = pair
    assert span_fingerprint(noisy_text, jinshan_glossary) == span_fingerprint(clean, jinshan_glossary)


@settings(max_examples=150, deadline=None)
@given(noisy())
def test_every_span_maps_back_inside_the_original_and_folds_to_its_surface(jinshan_glossary, pair) -> None:
    _, text = pair
    for a in annotate(text, jinshan_glossary):
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.text
        assert fold(a.text).text in {fold(s).text for s in a.sense.surfaces}


def test_sense_evidence_window_covers_a_report_opening() -> None:
    assert EVIDENCE_CHARS >= 10_000


# -- regressions found in review ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('实施"11157"工程。', '"11157"工程'),
        ("实施'11157'工程。", "'11157'工程"),
        ("实施＂11157＂工程。", "＂11157＂工程"),
        ("实施「11157」工程。", "「11157」工程"),
        ("加快〝四好农村路〟建设", "〝四好农村路〟"),
        ("加快﹁四好农村路﹂建设", "﹁四好农村路﹂"),
        ("加快“\u2009四好农村路\u2009”建设", "“\u2009四好农村路\u2009”"),
    ],
)
def test_every_quote_style_is_balanced_and_wraps_the_term(jinshan_glossary, text: str, expected: str) -> None:
    assert [a.text for a in annotate(text, jinshan_glossary)] == [expected]


def test_parenthesised_letters_are_not_pinyin(jinshan_glossary) -> None:
    assert [a.text for a in annotate("一网通办(a)建设", jinshan_glossary)] == ["一网通办"]


def test_a_term_torn_apart_by_pages_of_blank_space_is_not_a_mention(jinshan_glossary) -> None:
    assert annotate("四好" + " " * 5000 + "农村路", jinshan_glossary) == []
    assert [a.text for a in annotate("四好\n        农村路", jinshan_glossary)] == ["四好\n        农村路"]


def test_pinyin_cut_by_a_chunk_boundary_stays_with_its_character() -> None:
    text = "这是一段没有术语的填充文字。" * 1600 + "加快“四好農(nóng)村路(lù)”建設(shè)"
    whole = [a.to_json() for a in Annotator().annotate(text)]
    assert whole[-1]["text"] == "“四好農(nóng)村路(lù)”"
    for size in (1, 3, 7, 64):
        chunks = (text[i : i + size] for i in range(0, len(text), size))
        assert [a.to_json() for a in Annotator().annotate_chunks(chunks)] == whole


def test_overlap_mode_never_repeats_a_mention_when_streaming() -> None:
    text = "这是一段没有术语的填充文字。" * 1430 + "推进“一网通办”，發(fā)展(zhǎn)經(jīng)濟(jì)建設(shè)。"
    annotator = Annotator(overlaps=True)
    whole = [a.to_json() for a in annotator.annotate(text)]
    for size in range(1, 12):
        chunks = (text[i : i + size] for i in range(0, len(text), size))
        assert [a.to_json() for a in annotator.annotate_chunks(chunks)] == whole
