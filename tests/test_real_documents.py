"""Golden tests on the real documents: the traditional 松江 report, and sense choice."""

from __future__ import annotations

import io
import re
import json
from pathlib import Path

import pytest
from rich.console import Console

import policyterms
from policyterms.annotate.annotator import Annotator
from policyterms.render import READER_THEME, render_reader

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "glossary" / "texts"
SONGJIANG_GOLDEN = json.loads((ROOT / "tests" / "golden" / "songjiang-mentions.json").read_text(encoding="utf-8"))


def read(name: str) -> str:
    with (TEXTS / name).open(encoding="utf-8", newline="") as stream:
        return stream.read()


@pytest.fixture(scope="module")
def songjiang() -> str:
    return read("songjiang-2020-h1-report.zh-hant.txt")


def test_songjiang_traditional_report_golden_spans(songjiang: str) -> None:
    wanted = {m["term"] for m in SONGJIANG_GOLDEN["mentions"]}
    found = [
        {"start": a.start, "end": a.end, "text": a.text, "term": a.term}
        for a in policyterms.annotate(songjiang)
        if a.term in wanted
    ]
    assert found == SONGJIANG_GOLDEN["mentions"]
    by_term = {m["term"]: m["text"] for m in found}
    assert by_term["四好农村路"] == "“四好農(nóng)村路”"  # pinyin inside the span, quotes around it
    assert by_term["六稳"] == "“六穩(wěn)”"
    for mention in found:
        assert songjiang[mention["start"] : mention["end"]] == mention["text"]


def test_songjiang_reader_shows_the_original_text(songjiang: str) -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, theme=READER_THEME, no_color=True, force_terminal=False)
    excerpt = songjiang[4000:4400]
    render_reader(excerpt, policyterms.annotate(excerpt), console)
    shown = out.getvalue()
    assert re.search(r"⟦“四好農\(nóng\)村路”⟧\[\d+\]", shown)  # bracketed without colour, never split across lines
    assert "是指建好、管好、护好、运营好农村公路" in shown  # the glossary half explains it


def test_five_in_one_in_the_jiading_2019_plan_is_jiadings_supervision_model() -> None:
    annotations = [a for a in policyterms.annotate(read("jiading-2019-work-plan.txt")) if a.term == "五位一体"]
    assert annotations, "五位一体 is in the 嘉定 2019 plan"
    for a in annotations:
        assert a.scope == "上海市嘉定区"
        assert a.chosen_by == "document"
        assert "诚信管理" in (a.definition or "")
        assert [s.scope for s in a.alternatives] == ["全国"]


def test_the_callers_scope_overrides_the_document() -> None:
    text = read("jiading-2019-work-plan.txt")
    (first, *_) = [a for a in Annotator(scope="全国").annotate(text) if a.term == "五位一体"]
    assert (first.scope, first.chosen_by) == ("全国", "scope")


def test_a_national_report_gets_the_national_sense() -> None:
    glossary = policyterms.load_glossary()
    report = glossary.sources["gwr-2018"].read_text()
    senses = {a.term: a for a in policyterms.annotate(report, glossary)}
    # 绿水青山就是金山银山 names no district: it must not pull in 金山's senses.
    assert senses["双随机、一公开"].scope == "全国"
    assert senses["五位一体"].scope == "全国"


def test_the_same_year_and_place_choose_the_local_sense_in_a_snippet() -> None:
    snippet = "2019年嘉定区工作安排。深化“五位一体”监管模式。嘉定区将继续推进。"
    (a,) = [a for a in policyterms.annotate(snippet) if a.term == "五位一体"]
    assert a.scope == "上海市嘉定区"
    other_year = snippet.replace("2019", "2021")
    (b,) = [a for a in policyterms.annotate(other_year) if a.term == "五位一体"]
    assert b.scope == "全国"  # 嘉定's sense is dated 2019


def test_a_district_document_prefers_the_city_sense_over_the_national_one() -> None:
    by_term = {a.term: a for a in policyterms.annotate(read("yangpu-2020-key-tasks.txt"))}
    assert (by_term["一网通办"].scope, by_term["一网通办"].chosen_by) == ("上海市", "document")


def test_no_evidence_falls_back_to_the_broadest_sense(songjiang: str) -> None:
    by_term = {a.term: a for a in policyterms.annotate(songjiang)}
    assert (by_term["一网通办"].scope, by_term["一网通办"].chosen_by) == ("全国", "broadest")
    scoped = {a.term: a for a in Annotator(scope="上海市松江区").annotate(songjiang)}
    assert scoped["一网通办"].scope == "上海市"
