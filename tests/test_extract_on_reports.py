"""The whole-report benchmark (``benchmarks/extract_on_reports.py``): it must read the reports a user would name and
say plainly when the shared corpus is absent. What extract gives on report prose is tested with the real sentences in
``test_extract_general.py`` and ``test_extract_layouts.py``."""

from __future__ import annotations

import sys

from conftest import REPO, load_script


def _script():
    return load_script(REPO / "benchmarks" / "extract_on_reports.py", "extract_on_reports")


def test_without_the_shared_corpus_it_says_where_to_put_it(tmp_path, monkeypatch, capsys):
    script = _script()
    monkeypatch.setattr(script, "SHARED", tmp_path / "shared")
    monkeypatch.setattr(sys, "argv", ["extract_on_reports.py"])
    assert script.main() == 2
    assert "set POLICYTERMS_SHARED" in capsys.readouterr().err


def test_it_reads_the_bundled_report_texts_and_the_金山_report_gives_its_appendix(tmp_path, monkeypatch, capsys):
    script = _script()
    national = tmp_path / "shared" / "corpus" / "national"
    national.mkdir(parents=True)
    # one national report without an appendix: prose shaped like a definition, no glossary entry
    report = "多数精神产品是以商品形式进行流通的，但是，我们绝不能让“一切向钱看”的腐朽思想泛滥。\n"
    (national / "government-work-reports.jsonl").write_text(
        '{"title": "1983年政府工作报告", "content": "' + report.replace("\n", "\\n") + '"}\n', encoding="utf-8"
    )
    (national / "cpc-congress-reports.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(script, "SHARED", tmp_path / "shared")
    names = [name for name, _ in script.documents()]
    assert names[0].startswith("government-work-reports.jsonl:0:")
    assert "glossary/texts/jinshan-2020-work-report.txt" in names
    monkeypatch.setattr(sys, "argv", ["extract_on_reports.py", "--counts"])
    assert script.main() == 0
    counts = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    # (and the 嘉定 half-year report's one real gloss of a counted slogan: “两个免于提交”,即凡是…免于提交;凡是…免于提交实体证照。)
    assert counts == {"glossary/texts/jinshan-2020-work-report.txt": "29", "glossary/texts/jiading-2020-h1-report.txt": "1"}
