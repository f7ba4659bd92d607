"""Every JSON and JSON Lines output of ``annotate`` (and the JSON of show, search and list)
validates against ``docs/records.schema.json``: the bundled reports in every mode that
changes what a record holds (learning on and off, ``--unknown``, ``--overlaps``, ``--scope``,
a user glossary), whole and streamed."""

from __future__ import annotations

import io
import json

import pytest

from conftest import REPO
from policyterms.cli import main

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test dependency: pip install '.[test]'")

SCHEMA = json.loads((REPO / "docs" / "records.schema.json").read_text(encoding="utf-8"))
#: The five Shanghai reports, and national reports from two eras.
SOURCES = [
    "jinshan-2020-work-report",
    "jiading-2019-work-plan",
    "jiading-2020-h1-report",
    "songjiang-2020-h1-report",
    "yangpu-2020-key-tasks",
    "cpc-20",
    "gwr-1986",
]
MODES = {
    "default": [],
    "unknown": ["--unknown"],
    "no-learn": ["--no-learn"],
    "overlaps": ["--overlaps", "--unknown"],
    "scope": ["--scope", "上海市"],
}


def validator(definition: str | None = None):
    """A draft 2020-12 validator of the whole schema, or of one of its ``$defs``."""
    schema = SCHEMA if definition is None else {**SCHEMA, "oneOf": None, "$ref": f"#/$defs/{definition}"}
    schema = {k: v for k, v in schema.items() if v is not None}
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


RECORDS = validator()
SENSES = validator("sense")


def assert_valid(check, instance) -> None:
    errors = sorted(check.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), stdout=out) == 0
    return out.getvalue()


def test_the_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("source", SOURCES)
def test_json_and_jsonl_of_the_bundled_reports_validate(source, mode):
    document = json.loads(run("annotate", "--source", source, "-f", "json", *MODES[mode]))
    assert_valid(RECORDS, document)
    lines = [json.loads(line) for line in run("annotate", "--source", source, "-f", "jsonl", *MODES[mode]).splitlines()]
    for record in lines:
        assert_valid(RECORDS, record)
    assert lines == document["mentions"]
    summary = document["document"]
    assert summary["mention_count"] == len(lines)
    assert sum(t["count"] for t in summary["terms"]) + sum(u["count"] for u in summary["unknown"] or []) == len(lines)
    assert (summary["unknown"] is not None) == ("--unknown" in MODES[mode])


def test_streamed_jsonl_and_a_user_glossary_validate(jinshan_dir, tmp_path):
    file = tmp_path / "report.txt"
    file.write_text((jinshan_dir / "texts" / "jinshan-2020-work-report.txt").read_text(encoding="utf-8"), encoding="utf-8")
    for extra in ([], ["--unknown"], ["--no-shipped", "-g", str(jinshan_dir)], ["--no-learn", "-g", str(jinshan_dir)]):
        lines = run("annotate", str(file), "-f", "jsonl", *extra).splitlines()
        assert lines
        for line in lines:
            assert_valid(RECORDS, json.loads(line))
        assert_valid(RECORDS, json.loads(run("annotate", str(file), "-f", "json", *extra)))


def test_every_component_shape_occurs_and_validates():
    """The bundled reports hold plain parts, labelled text and labelled parts: the one
    shape covers all three."""
    seen = set()
    for source in ("jinshan-2020-work-report", "cpc-20"):
        for record in json.loads(run("annotate", "--source", source, "-f", "json"))["mentions"]:
            for component in record["components"]:
                assert set(component) == {"label", "text", "parts"}
                seen.add((component["label"] is not None, component["text"] is not None, bool(component["parts"])))
    assert {(False, True, False), (True, True, False)} <= seen


def test_an_empty_result_validates(tmp_path):
    file = tmp_path / "plain.txt"
    file.write_text("今天天气很好。\n", encoding="utf-8")
    document = json.loads(run("annotate", str(file), "-f", "json"))
    assert document == {"document": {"mention_count": 0, "term_count": 0, "terms": [], "unknown": None}, "mentions": []}
    assert_valid(RECORDS, document)


def test_the_schema_rejects_what_it_should():
    record = json.loads(run("annotate", "--source", "jinshan-2020-work-report", "-f", "jsonl").splitlines()[0])
    assert_valid(RECORDS, record)
    for broken in (
        {**record, "extra": 1},
        {k: v for k, v in record.items() if k != "origin"},
        {**record, "chosen_by": "guess"},
        {**record, "components": ["建好"]},  # the old string shape
        {**record, "components": [{"label": "两区", "text": None, "parts": []}]},
    ):
        assert list(RECORDS.iter_errors(broken))


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "四好农村路", "-f", "json"],
        ["show", "两区一堡", "-f", "json"],
        ["search", "清单", "-f", "json"],
        ["list", "-f", "json"],
    ],
)
def test_sense_json_of_show_search_and_list_validates(argv):
    senses = json.loads(run(*argv))
    assert senses
    for sense in senses:
        assert_valid(SENSES, sense)
