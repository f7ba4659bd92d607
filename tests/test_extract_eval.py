"""The exact-match comparison that ``benchmarks/extract_eval.py`` measures extraction with, and
the agreement of two independently written golds it reports (``--agreement``)."""

from __future__ import annotations

from conftest import REPO, load_script


def _evaluation():
    return load_script(REPO / "benchmarks" / "extract_eval.py", "extract_eval")


def test_exact_match_ignores_whitespace_and_converter_pinyin_in_the_main_figure_only():
    ev = _evaluation()
    gold = [("三區(qū)", "是指生態保護區。"), ("河长制", "是指由各级党政主要负责人担任河长。")]
    got = [("三區", "是指生態 保護區。"), ("河长制", "是指由各级党政主要负责人担任河长")]
    score = ev.compare(gold, got)
    assert (score.gold, score.extracted, score.matched, score.strict) == (2, 2, 1, 0)
    assert score.missed == [("河长制", "是指由各级党政主要负责人担任河长。")]
    assert score.opened == 2  # both terms and definition openings agree; one ends elsewhere


def test_agreement_scores_the_second_gold_against_the_first(tmp_path):
    ev = _evaluation()
    page = tmp_path / "P1-page.txt"
    page.write_text("# url: https://example.org/p1\n\n河长制是指…\n", encoding="utf-8")
    (tmp_path / "P1-page.gold.yaml").write_text(
        "- term: 河长制\n  definition: 是指由各级党政主要负责人担任河长。\n- term: 湖长制\n  definition: 是指湖泊。\n", encoding="utf-8"
    )
    (tmp_path / "P1-page.gold2.yaml").write_text("- term: 河长制\n  definition: 是指由各级党政主要负责人担任河长。\n", encoding="utf-8")
    score = ev.agreement_page(page)
    assert (score.gold, score.extracted, score.matched) == (2, 1, 1)
    assert score.missed == [("湖长制", "是指湖泊。")]
    (tmp_path / "P1-page.gold2.yaml").write_text("[]\n", encoding="utf-8")
    assert ev.agreement_page(page).matched == 0


def test_set_names_read_hyphenated_ordinals():
    ev = _evaluation()
    assert ev._set_name("held-out, twenty-first set") == "held-out-21"
    assert ev._set_name("development, twentieth set (the twentieth held-out set)") == "dev-20"
    assert ev._set_name("tune (20 pages)") == "tune"
    assert ev._set_name("held-out, ninety-ninth set") == "held-out-99"
    assert ev._set_name("held-out, hundredth set") == "held-out-100"
    assert ev._set_name("development, hundred-and-first set (the hundred-and-first held-out set)") == "dev-101"
    assert ev._set_name("held-out, hundred-and-ninety-ninth set") == "held-out-199"
    assert ev._set_name("held-out, two-hundredth set") is None
