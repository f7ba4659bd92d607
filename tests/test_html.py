"""The HTML reader: one mention element per annotation carrying its data, the text kept
exactly, everything from documents and glossaries escaped, nothing loaded from anywhere."""

from __future__ import annotations

import base64
import dataclasses
import doctest
import hashlib
import io
import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

import policyterms.render.html
from policyterms.annotate.annotator import annotate
from policyterms.cli import main
from policyterms.glossary.load import load_glossary
from policyterms.render import render_html

from conftest import sense_yaml

ROOT = Path(__file__).resolve().parents[1]
JINSHAN = ROOT / "glossary" / "texts" / "jinshan-2020-work-report.txt"
GOLDEN = ROOT / "tests" / "golden" / "jinshan-html.json"

#: Attributes through which a page can load or open something.
URL_ATTRIBUTES = {"src", "href", "action", "formaction", "srcset", "poster", "data", "background", "ping", "xlink:href"}


class Page(HTMLParser):
    """The parts of a page the tests look at: every element with its attributes, the
    mention marks with their text, the document's text, and the scripts."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "area", "base", "col", "embed", "track", "wbr"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.document = ""
        self._stack: list[str] = []
        self._mark: dict | None = None
        self._raw: tuple[str, dict] | None = None
        self._raw_text = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in ("script", "style"):
            self._raw, self._raw_text = (tag, attributes), ""
        if tag == "mark":
            self._mark = {**attributes, "text": ""}
        if tag not in self.VOID:
            self._stack.append(tag if attributes.get("id") != "text" else "#text")

    def handle_endtag(self, tag: str) -> None:
        if self._raw and tag == self._raw[0]:
            if tag == "script":
                self.scripts.append((self._raw[1], self._raw_text))
            else:
                self.styles.append(self._raw_text)
            self._raw = None
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        if tag not in self.VOID and self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._raw:
            self._raw_text += data
        if "#text" in self._stack:
            self.document += data
        if self._mark is not None:
            self._mark["text"] += data

    def data(self) -> dict:
        (block,) = [text for attributes, text in self.scripts if attributes.get("type") == "application/json"]
        return json.loads(block)

    def head_meta(self, http_equiv: str) -> str | None:
        for tag, attributes in self.elements:
            if tag == "meta" and (attributes.get("http-equiv") or "").lower() == http_equiv.lower():
                return attributes.get("content")
        return None


def csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@pytest.fixture(scope="module")
def jinshan_text() -> str:
    return JINSHAN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def jinshan(jinshan_dir, jinshan_text):
    """The 金山 report annotated with the frozen 金山 glossary, and its page."""
    glossary = load_glossary(jinshan_dir)
    annotations = annotate(jinshan_text, glossary)
    html = render_html(jinshan_text, annotations, glossary=glossary, title="2020年上海市金山区政府工作报告")
    return annotations, Page(html), html


def digest(page: Page) -> dict:
    """A small, reviewable summary of a page's structure (the golden file)."""
    data = page.data()
    return {
        "terms": len(data["senses"]),
        "mentions": [
            [m["start"], m["end"], mark["text"], data["senses"][m["sense"]]["id"], data["senses"][m["sense"]]["kind"], int(mark["data-n"])]
            for m, mark in zip(data["mentions"], page.marks)
        ],
    }


def test_golden_structure_of_the_jinshan_page(jinshan):
    annotations, page, _ = jinshan
    found = digest(page)
    if os.environ.get("POLICYTERMS_UPDATE_GOLDEN"):
        rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in found["mentions"])
        GOLDEN.write_text(f'{{"terms": {found["terms"]}, "mentions": [\n{rows}\n]}}\n', encoding="utf-8")
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(page.marks) == len(annotations) == len(found["mentions"])
    # the body's mentions are those of the annotator's own golden file
    body = json.loads((ROOT / "tests" / "golden" / "jinshan-mentions.json").read_text(encoding="utf-8"))["mentions"]
    assert [{"start": s, "end": e, "text": t, "term": sense.split("@")[0]} for s, e, t, sense, *_ in found["mentions"][: len(body)]] == body


def test_each_mention_element_carries_its_annotation(jinshan, jinshan_text):
    annotations, page, _ = jinshan
    data = page.data()
    assert len(page.marks) == len(data["mentions"]) == len(annotations)
    numbers: dict[str, int] = {}
    for index, (annotation, mark, mention) in enumerate(zip(annotations, page.marks, data["mentions"])):
        assert mark["id"] == f"m{index}" and mark["data-m"] == str(index) and mark["tabindex"] == "0"
        assert mark["text"] == annotation.text == jinshan_text[annotation.start : annotation.end]
        assert (mention["start"], mention["end"]) == (annotation.start, annotation.end)
        assert mention["line"] == jinshan_text.count("\n", 0, annotation.start) + 1
        assert mention["chosen_by"] == annotation.chosen_by
        assert [a["id"] for a in mention["alternatives"]] == [s.id for s in annotation.alternatives]
        sense = data["senses"][mention["sense"]]
        record = annotation.to_json()
        for key in ("term", "scope", "definition", "origin", "en", "en_source"):
            assert sense[key if key != "term" else "term"] == record[key], key
        assert sense["id"] == record["sense_id"]
        assert sense["components"] == [str(c) for c in annotation.sense.components]
        assert [{k: v for k, v in c.items() if k != "date"} for c in sense["citations"]] == record["citations"]
        numbers.setdefault(annotation.sense_id, len(numbers) + 1)
        assert int(mark["data-n"]) == sense["number"] == numbers[annotation.sense_id]
        assert index in sense["mentions"]


def test_the_page_keeps_the_text_exactly_line_breaks_and_all(jinshan, jinshan_text):
    _, page, html = jinshan
    assert page.document == jinshan_text
    assert "white-space:pre-wrap" in page.styles[0]


def test_the_glossary_panel_lists_each_term_once_with_links_to_its_mentions(jinshan):
    annotations, page, _ = jinshan
    data = page.data()
    entries = [attributes for tag, attributes in page.elements if tag == "li" and "entry" in (attributes.get("class") or "")]
    assert [e["id"] for e in entries] == [f"t{s['number']}" for s in data["senses"]]
    assert len(entries) == len({a.sense_id for a in annotations})
    links = [attributes["href"] for tag, attributes in page.elements if tag == "a" and (attributes.get("href") or "").startswith("#m")]
    assert sorted(links) == sorted(f"#m{i}" for i in range(len(annotations)))  # each mention linked once


def test_filters_by_scope_and_by_kind_count_the_mentions(jinshan):
    annotations, page, _ = jinshan
    boxes = [a for tag, a in page.elements if tag == "input" and a.get("type") == "checkbox"]
    scopes = {b["value"] for b in boxes if b["name"] == "scope"}
    kinds = {b["value"] for b in boxes if b["name"] == "kind"}
    assert scopes == {a.scope for a in annotations}
    assert kinds == {a.sense.origin or "none" for a in annotations}


def test_no_url_in_any_attribute_and_nothing_to_load(jinshan_text):
    # the shipped glossary cites pages on the web: their URLs are shown, never linked or loaded
    glossary = load_glossary()
    annotations = annotate(jinshan_text, glossary)
    html = render_html(jinshan_text, annotations, glossary=glossary)
    page = Page(html)
    assert any(c["url"] for s in page.data()["senses"] for c in s["citations"])
    for tag, attributes in page.elements:
        assert tag not in {"link", "img", "iframe", "object", "embed", "base", "video", "audio", "source"}
        for name, value in attributes.items():
            if name in URL_ATTRIBUTES:
                assert value is not None and value.startswith("#"), (tag, name, value)
            assert not name.startswith("on"), (tag, name)  # no inline event handlers
    assert "url(" not in page.styles[0] and "@import" not in page.styles[0]
    assert "http" not in page.styles[0] + page.scripts[-1][1]


def test_a_strict_content_security_policy_allows_only_the_inline_style_and_script(jinshan):
    _, page, html = jinshan
    policy = page.head_meta("Content-Security-Policy")
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    (style,) = page.styles
    (code,) = [text for attributes, text in page.scripts if "type" not in attributes]
    assert directives["script-src"] == f"'{csp_hash(code)}'"
    assert directives["style-src"] == f"'{csp_hash(style)}'"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    # the policy comes before anything it governs
    tags = [tag for tag, _ in page.elements]
    assert tags.index("meta", tags.index("head")) < tags.index("style") < tags.index("script")
    assert html.index("Content-Security-Policy") < html.index("<style>")


def test_the_page_is_responsive_and_printable(jinshan):
    _, page, _ = jinshan
    viewport = [a for t, a in page.elements if t == "meta" and a.get("name") == "viewport"]
    assert viewport and "width=device-width" in viewport[0]["content"]
    style = page.styles[0]
    assert "@media (max-width:" in style and "@media print" in style


HOSTILE_TEXT = (
    "<script>alert(1)</script>形成产业发展“三张清单”&amp; </article></script><!-- "
    '<img src=x onerror=alert(1)>\u2028\u2029"\' 再谈三张清单\r\n末行'
)


def test_a_hostile_document_is_shown_as_text(glossary):
    glossary.senses(sense_yaml("三张清单", extra="origin: editorial\ndefinition: 三份清单。"))
    loaded = load_glossary(glossary.root)
    annotations = annotate(HOSTILE_TEXT, loaded)
    assert len(annotations) == 2
    html = render_html(HOSTILE_TEXT, annotations, glossary=loaded, title="<script>alert(1)</script>")
    page = Page(html)
    assert page.document == HOSTILE_TEXT
    assert [mark["text"] for mark in page.marks] == [a.text for a in annotations]
    assert [t for t, _ in page.elements].count("script") == 2  # the data block and the reader's script
    assert not any(t == "img" for t, _ in page.elements)
    assert "<script>alert" not in html and "<img" not in html and "<!-- " not in html


HOSTILE = '"><img src=x onerror=alert(1)>\u2028</script><script>alert(2)</script>\u2029<!--&amp;'


def test_hostile_glossary_strings_are_escaped_in_the_page_and_in_the_json(glossary):
    glossary.write(
        "sources.yaml",
        f"""\
        sources:
          - id: doc
            title: {json.dumps(HOSTILE)}
            url: {json.dumps("javascript:alert(1)//" + HOSTILE)}
            text: texts/doc.txt
        """,
    )
    hostile = json.dumps(HOSTILE)
    glossary.senses(
        f"""\
        - term: 三张清单
          en: {hostile}
          origin: editorial
          definition: {hostile}
          components: [{hostile}, b, c]
          note: {hostile}
          cite:
            - source: doc
              locator: {hostile}
              quote: {hostile}
        """
    )
    loaded = load_glossary(glossary.root)
    text = "形成产业发展“三张清单”。"
    (annotation,) = annotate(text, loaded)
    html = render_html(text, [annotation], glossary=loaded)
    page = Page(html)
    assert not any(t == "img" for t, _ in page.elements)
    assert [t for t, _ in page.elements].count("script") == 2
    assert "<img" not in html and "<script>alert" not in html and "<!--" not in html
    assert "javascript:" not in "".join(str(v) for _, a in page.elements for v in a.values())
    # the JSON block round-trips, and holds no character that could end or change it
    (block,) = [text for attributes, text in page.scripts if attributes.get("type") == "application/json"]
    assert not set(block) & set("<>&\u2028\u2029")
    (sense,) = page.data()["senses"]
    assert sense["definition"] == sense["en"] == sense["note"] == sense["components"][0] == HOSTILE
    (citation,) = sense["citations"]
    assert citation["title"] == citation["locator"] == citation["quote"] == HOSTILE
    # the glossary panel shows them as text
    assert HOSTILE[:20] not in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_unknown_and_learned_terms_say_so(tmp_path):
    document = tmp_path / "doc.txt"
    document.write_text("今年解决“三老”问题，是指老人、老账、老粮。继续推进“三老”工作，落实“五个一”工程。“五个一”工程见效。\n", encoding="utf-8")
    out = tmp_path / "doc.html"
    assert main(["annotate", str(document), "--unknown", "--no-shipped", "-f", "html", "-o", str(out)]) == 0
    page = Page(out.read_text(encoding="utf-8"))
    kinds = {s["term"]: s["kind"] for s in page.data()["senses"]}
    assert kinds.get("三老") == "learned"
    assert "none" in kinds.values()
    assert "learned from this document" in out.read_text(encoding="utf-8")
    assert "Not in the glossary" in out.read_text(encoding="utf-8")
    assert [t for t, a in page.elements if t == "title"]


def test_the_cli_demo_starts_where_the_report_starts(tmp_path):
    out = tmp_path / "jinshan.html"
    assert main(["annotate", "--source", "jinshan-2020-work-report", "--format", "html", "-o", str(out)]) == 0
    page = Page(out.read_text(encoding="utf-8"))
    assert page.document.splitlines()[0].strip() == "2020年上海市金山区政府工作报告"
    assert "设为首页收藏本站" not in page.document
    records = io.StringIO()
    assert main(["annotate", "--source", "jinshan-2020-work-report", "--format", "json"], stdout=records) == 0
    text = JINSHAN.read_text(encoding="utf-8")
    start = len(text) - len(page.document)
    shown = [r for r in json.loads(records.getvalue())["mentions"] if r["start"] >= start]
    assert len(page.marks) == len(shown)
    assert [m["text"] for m in page.marks] == [r["text"] for r in shown]
    assert ("<title>2020年上海市金山区政府工作报告</title>") in out.read_text(encoding="utf-8")


def test_the_cli_writes_html_to_stdout_and_refuses_overlaps(capsys):
    out = io.StringIO()
    assert main(["annotate", "--source", "jinshan-2020-work-report", "-f", "html"], stdout=out) == 0
    assert out.getvalue().startswith("<!DOCTYPE html>")
    assert main(["annotate", "--source", "jinshan-2020-work-report", "-f", "html", "--overlaps"], stdout=io.StringIO()) == 2
    assert "--overlaps" in capsys.readouterr().err


def test_overlapping_annotations_cannot_be_nested(jinshan, jinshan_text):
    annotations, _, _ = jinshan
    first = annotations[0]
    inner = dataclasses.replace(first, start=first.start + 1)
    with pytest.raises(ValueError, match="overlap"):
        render_html(jinshan_text, [first, inner])


def test_docstring_examples():
    result = doctest.testmod(policyterms.render.html)
    assert result.attempted > 0 and result.failed == 0
