"""Jupyter: annotations show as an HTML table, glossaries and senses have short reprs,
and every piece of text in the HTML is escaped."""

from __future__ import annotations

import pickle
import re

from conftest import sense_yaml
from policyterms.annotate.annotation import HTML_ROWS, Annotations
from policyterms.annotate.annotator import Annotator, annotate
from policyterms.glossary.load import load_glossary

TEXT = "加快“四好农村路”建设,形成产业发展“三张清单”。"


def test_annotate_returns_a_list_that_compares_equal_to_one():
    found = annotate(TEXT, scope="上海市金山区")
    assert isinstance(found, Annotations) and isinstance(found, list)
    assert found == list(found) and list(found) == found
    assert found == Annotator(scope="上海市金山区").annotate(TEXT)
    assert pickle.loads(pickle.dumps(found)) == found
    assert [a.term for a in found[:1]] == ["四好农村路"]


def test_reprs_are_short():
    glossary = load_glossary()
    assert re.fullmatch(r"Glossary\([\d,]+ senses, [\d,]+ sources\)", repr(glossary))
    sense = glossary.lookup("四好农村路")[0]
    assert repr(sense) == f"Sense({sense.id!r}, en={sense.en!r})"
    (first, _) = annotate(TEXT, glossary, scope="上海市金山区")
    assert repr(first) == "Annotation(2, 9, '“四好农村路”', sense='四好农村路@上海市金山区', chosen_by='scope')"
    assert len(repr(annotate(TEXT * 20, glossary))) < 40 * 100


def test_the_table_shows_each_mention_with_its_definition_and_source():
    shown = annotate(TEXT, scope="上海市金山区")._repr_html_()
    assert shown.startswith('<table class="policyterms-annotations">')
    assert shown.count("<tr>") == 1 + 2  # the header and two mentions
    assert "2 mentions of 2 terms" in shown
    assert "<b>三张清单</b>" in shown and "Three Lists" in shown and "(quoted)" in shown
    assert "2020年上海市金山区政府工作报告, 名词解释 1" in shown


def test_long_tables_are_cut(tmp_path):
    found = annotate(TEXT * (HTML_ROWS + 10))
    shown = found._repr_html_()
    assert shown.count("<tr>") == 1 + HTML_ROWS
    assert f"{len(found)} mentions" in shown and f"first {HTML_ROWS} shown" in shown


def test_everything_in_the_html_is_escaped(glossary):
    glossary.write("evil-sources.yaml", """\
        sources:
          - id: evil
            title: <script>alert(1)</script>
            url: https://example.org/?a=1&b="2"
        """)
    glossary.senses(
        sense_yaml(
            "<b>术语</b>",
            extra='definition: 是指<img src=x onerror=alert(1)>\norigin: editorial\ncomponents: ["<i>部分</i>", "&amp;"]',
            source="evil",
            quote="<b>术语</b>",
        )
    )
    g = load_glossary(glossary.root)
    found = annotate("一个<b>术语</b>。", g)
    assert [a.term for a in found] == ["<b>术语</b>"]
    for shown in (found._repr_html_(), g.senses[0]._repr_html_(), g._repr_html_()):
        assert "<script" not in shown and "<img" not in shown and "<b>术语" not in shown and "<i>部分" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in found._repr_html_()
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in found._repr_html_()
    assert "&lt;i&gt;部分&lt;/i&gt;" in g.senses[0]._repr_html_()


def test_glossary_html_counts_senses_per_scope():
    glossary = load_glossary()
    shown = glossary._repr_html_()
    assert f"{len(glossary.senses):,} senses" in shown
    assert "<td>上海市金山区</td>" in shown
