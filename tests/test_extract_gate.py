"""Generic definition candidates and the learned gate over them (``benchmarks/extract_gate_candidates.py``, an
experiment extract does not use): the generator on real sentences, no candidates on a report, a bullet of points not
kept, the weights loaded once and scoring deterministically."""

from __future__ import annotations

import json

from conftest import REPO, load_script

from policyterms.mining import extract

cand = load_script(REPO / "benchmarks" / "extract_gate_candidates.py", "extract_gate_candidates")

# Real lines of a bundled statistics explainer (its question title, then the answer).
REAL = (
    "什么是“规模以上工业企业”?如何认定?“限额以上”和“规模以上”有何区别?\n\n"
    "“限额以上”是指营业收入达到一定规模的批发零售、住宿餐饮企业,工业企业一般不采用“限额以上”表述。\n"
)


def test_a_quoted_term_and_its_marker_give_the_gold_entry_of_a_real_page():
    found = {(c.term, c.definition, c.kind, c.marker) for c in cand.candidates(REAL)}
    gold = ("“限额以上”", "是指营业收入达到一定规模的批发零售、住宿餐饮企业,工业企业一般不采用“限额以上”表述。")
    assert (*gold, "quoted-kept", "是指") in found  # the gold keeps the marks and the marker
    assert ("限额以上", gold[1], "quoted", "是指") in found  # and the bare term competes with it


def test_both_endings_a_colon_dropped_and_a_word_marker_kept():
    text = "名词解释\n\n1. 河长制:是指由各级党政主要负责人担任河长的制度。它始于无锡。\n"
    got = [(c.term, c.definition, c.ending, c.marker) for c in cand.candidates(text) if c.term == "河长制"]
    assert got == [
        ("河长制", "是指由各级党政主要负责人担任河长的制度。", "sentence", "是指"),
        ("河长制", "是指由各级党政主要负责人担任河长的制度。它始于无锡。", "line", "是指"),
    ]


def test_a_term_the_page_asks_about_is_a_candidate_inside_a_paragraph():
    text = "什么是新质生产力?\n\n专家介绍,新质生产力是指创新起主导作用的先进生产力质态。\n"
    named = [c for c in cand.candidates(text) if c.kind == "named"]
    assert [(c.term, c.definition, c.ending) for c in named] == [("新质生产力", "是指创新起主导作用的先进生产力质态。", "line")]


def test_a_work_report_has_no_candidates_and_extract_is_untouched():
    report = (REPO / "glossary" / "texts" / "jinshan-2020-work-report.txt").read_text("utf-8")
    assert len(report) > cand.EXPLAINER_PAGE == extract._EXPLAINER_PAGE
    assert cand.candidates(report) == []
    assert cand.gated_entries([], report) == []


def test_a_colon_bullet_under_a_heading_of_points_is_not_kept():
    text = "新质生产力的主要特点\n\n主要特点如下:\n- 创新驱动:依靠科技创新推动发展。\n- 绿色低碳:坚持可持续发展。\n"
    scored = cand.scored_candidates([], text)
    bullets = [(s, c) for s, c, names in scored if c.term in ("创新驱动", "绿色低碳")]
    # (the feature looks at the line above: the first bullet's; the second is known by its neighbours)
    assert len(bullets) == 2 and any("bullet_under_points_heading" in names for _, c, names in scored if c.term == "创新驱动")
    _, _, threshold = cand._weights()
    assert all(s < threshold for s, _ in bullets)
    assert cand.gated_entries([], text) == []


def test_the_weights_load_once_and_score_deterministically():
    data = json.loads(cand._WEIGHTS.read_text("utf-8"))
    assert set(data) == {"threshold", "bias", "weights"} and 0 < data["threshold"] < 1
    assert cand._weights() is cand._weights()
    text = REAL
    first = [(round(s, 12), c) for s, c, _ in cand.scored_candidates([], text)]
    again = [(round(s, 12), c) for s, c, _ in cand.scored_candidates([], text)]
    assert first == again and all(0.0 < s < 1.0 for s, _ in first)
