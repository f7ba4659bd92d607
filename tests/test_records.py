"""The JSON writer lays out the whole object as json.dump(indent=1) would, mention by mention."""

from __future__ import annotations

import io
import json

import pytest

from conftest import SHIPPED

from policyterms import Annotator, load_glossary
from policyterms.render.records import document_summary, write_json


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(load_glossary())


@pytest.mark.parametrize("unknown", [False, True])
@pytest.mark.parametrize("text", ["", "没有术语的一句话。", None], ids=["empty", "no-mentions", "jinshan-report"])
def test_write_json_is_byte_for_byte_json_dump_with_indent_1(annotator, text, unknown):
    if text is None:
        text = (SHIPPED / "texts" / "jinshan-2020-work-report.txt").read_text("utf-8")
    annotations = list(annotator.annotate(text))
    written = io.StringIO()
    assert write_json(annotations, written, unknown=unknown) == len(annotations)
    expected = io.StringIO()
    whole = {"document": document_summary(annotations, unknown=unknown), "mentions": [a.to_json() for a in annotations]}
    json.dump(whole, expected, ensure_ascii=False, indent=1)
    assert written.getvalue() == expected.getvalue() + "\n"
    assert json.loads(written.getvalue()) == whole
