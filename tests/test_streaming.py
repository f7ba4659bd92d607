"""Streaming: annotating a text in chunks gives exactly what annotating it whole gives."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import records, split

from policyterms.annotate.annotator import Annotator
from policyterms.errors import InputError
from policyterms.text.stream import iter_text_chunks

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
REPORTS = sorted(p.name for p in TEXTS.glob("*.txt"))


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator()


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("size", [1, 17, 4096])
def test_real_reports_chunked_equal_whole(annotator: Annotator, report: str, size: int) -> None:
    text = (TEXTS / report).read_text(encoding="utf-8")
    whole = records(annotator.annotate(text))
    assert whole, f"{report} has no annotations at all"
    chunked = records(annotator.annotate_chunks(text[i : i + size] for i in range(0, len(text), size)))
    assert chunked == whole


@st.composite
def excerpt_and_sizes(draw):
    report = draw(st.sampled_from(REPORTS))
    text = (TEXTS / report).read_text(encoding="utf-8")
    start = draw(st.integers(0, len(text) - 1))
    excerpt = text[start : start + draw(st.integers(1, 3000))]
    sizes = draw(st.lists(st.integers(1, 400), max_size=40))
    return excerpt, sizes


@settings(max_examples=120, deadline=None)
@given(excerpt_and_sizes())
def test_random_chunk_sizes_equal_whole(annotator: Annotator, case) -> None:
    text, sizes = case
    assert records(annotator.annotate_chunks(split(text, sizes))) == records(annotator.annotate(text))


@settings(max_examples=60, deadline=None)
@given(excerpt_and_sizes())
def test_overlap_mode_chunked_equals_whole(case) -> None:
    text, sizes = case
    annotator = Annotator(overlaps=True)
    assert records(annotator.annotate_chunks(split(text, sizes))) == records(annotator.annotate(text))


def test_evidence_beyond_the_first_chunk_is_still_gathered(annotator: Annotator) -> None:
    text = (TEXTS / "jiading-2019-work-plan.txt").read_text(encoding="utf-8")
    assert records(annotator.annotate_chunks(iter(text))) == records(annotator.annotate(text))


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
@pytest.mark.parametrize("block", [1, 3, 1000])
def test_byte_stream_decodes_identically_in_blocks(codec: str, block: int) -> None:
    text = (TEXTS / "jinshan-2020-work-report.txt").read_text(encoding="utf-8")
    data = text.encode(codec)
    assert "".join(iter_text_chunks(io.BytesIO(data), name="r.txt", chunk_bytes=block)) == text


@pytest.mark.parametrize("block", [1, 5, 1 << 20])
def test_stream_decode_error_names_the_global_byte_offset(block: int) -> None:
    good = "规范行政执法“三项制度”。".encode() * 10000
    data = good + b"\xff" + good
    with pytest.raises(InputError) as caught:
        list(iter_text_chunks(io.BytesIO(data), name="big.txt", chunk_bytes=block))
    assert str(caught.value).startswith(f"big.txt: cannot decode byte 0xff at offset {len(good)} as utf-8")
    assert "--errors replace" in str(caught.value)


def test_long_blank_runs_do_not_hold_the_window_open(annotator: Annotator) -> None:
    text = "加快“四好农村路”建设" + " " * 1_000_000 + "深化“一网通办”"
    chunks = (text[i : i + 4096] for i in range(0, len(text), 4096))
    assert records(annotator.annotate_chunks(chunks)) == records(annotator.annotate(text))


def test_a_long_text_is_annotated_in_windows_with_the_same_result(monkeypatch):
    # nested surfaces make the automaton report n·k matches; windows keep that per window
    import importlib

    from policyterms.glossary.model import Citation, Glossary, Sense

    module = importlib.import_module("policyterms.annotate.annotator")

    senses = tuple(
        Sense(id=f"s{k}", term="好" * k, scope="全国", en="x", cite=(Citation("d"),)) for k in range(1, 9)
    )
    glossary = Glossary(senses, {})
    text = ("好" * 37 + "，" + "好好" + "。\n") * 40
    whole = [(a.start, a.end, a.sense_id) for a in module.Annotator(glossary).annotate(text)]
    monkeypatch.setattr(module, "WHOLE_TEXT_WINDOW", 50)
    windowed = [(a.start, a.end, a.sense_id) for a in module.Annotator(glossary).annotate(text)]
    assert windowed == whole and len(whole) > 100
