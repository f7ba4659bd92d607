"""The HTML reader: one self-contained page with the document, its terms highlighted,
a popup per mention and a glossary panel.

The page loads nothing: its CSS and JavaScript are inline, and a Content-Security-Policy
(``default-src 'none'``, the style and the script allowed by their SHA-256 hashes) forbids
every request, so it opens the same from a disk, a mail attachment or an archive.

Everything that comes from the document or a glossary is escaped. The popups are built
from a ``<script type="application/json">`` block in which ``<``, ``>``, ``&`` and the
line separators U+2028/U+2029 are written as JSON escapes, and the script fills them in
with ``textContent`` only, never ``innerHTML``. Without JavaScript the page still shows
the text with numbered highlights and the full glossary; printed, it is the text with
numbered terms followed by the glossary.
"""

from __future__ import annotations

import base64
import hashlib
import json
from bisect import bisect_right
from collections.abc import Sequence
from html import escape
from typing import Any, TextIO
from urllib.parse import unquote

from policyterms import __version__
from policyterms.annotate.annotation import Annotation
from policyterms.glossary.model import Glossary, Sense
from policyterms.render.reader import ORIGIN_LABELS

__all__ = ["render_html", "write_html", "KIND_LABELS", "json_for_script"]

#: The kinds a definition can be of (the ``origin`` of a sense; ``none`` without one),
#: as the kind filter names them.
KIND_LABELS = {
    "quoted": "quoted from a source",
    "editorial": "written by the glossary's curators",
    "learned": "learned from this document",
    "none": "no definition",
}

#: Why a sense was chosen among several (the reader's wording).
CHOSEN_BY_LABELS = {
    "scope": "your --scope",
    "document": "the document's place and year",
    "broadest": "the broadest scope",
}


def write_html(
    text: str,
    annotations: Sequence[Annotation],
    out: TextIO,
    *,
    glossary: Glossary | None = None,
    title: str | None = None,
    start: int = 0,
) -> int:
    """Write the page of :func:`render_html` to ``out``; returns how many mentions it shows."""
    page = render_html(text, annotations, glossary=glossary, title=title, start=start)
    out.write(page)
    return sum(1 for a in annotations if a.start >= start)


def render_html(
    text: str,
    annotations: Sequence[Annotation],
    *,
    glossary: Glossary | None = None,
    title: str | None = None,
    start: int = 0,
) -> str:
    """The self-contained HTML page for ``text`` and its ``annotations``.

    ``start``: the original index to show from (as in the terminal reader: the report
    itself after a forum page's furniture); mentions before it are not shown. Each shown
    mention becomes one focusable ``<mark class="term" id="mN" data-m="N">`` whose text is
    exactly ``text[a.start:a.end]``; its popup data is ``mentions[N]`` of the JSON block.
    Overlapping annotations (``overlaps=True``) cannot be nested in a page: ValueError.
    """
    shown = sorted((a for a in annotations if a.start >= start), key=lambda a: (a.start, a.end))
    for before, after in zip(shown, shown[1:]):
        if after.start < before.end:
            raise ValueError(
                f"mentions overlap at {after.start} ({before.text!r} and {after.text!r}): "
                "the HTML reader shows non-overlapping mentions only"
            )
    line_starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    senses: dict[str, int] = {}
    sense_records: list[dict[str, Any]] = []
    mention_records: list[dict[str, Any]] = []
    mentions_of: list[list[tuple[int, int]]] = []  # per sense: (mention index, line)
    for index, annotation in enumerate(shown):
        if annotation.sense_id not in senses:
            senses[annotation.sense_id] = len(sense_records)
            sense_records.append(_sense_record(annotation, glossary, number=len(sense_records) + 1))
            mentions_of.append([])
        sense_index = senses[annotation.sense_id]
        line = bisect_right(line_starts, annotation.start)
        mentions_of[sense_index].append((index, line))
        mention_records.append(
            {
                "start": annotation.start,
                "end": annotation.end,
                "line": line,
                "sense": sense_index,
                "chosen_by": annotation.chosen_by,
                "alternatives": [{"id": s.id, "scope": s.scope, "en": s.en} for s in annotation.alternatives],
            }
        )
    for record, mentions in zip(sense_records, mentions_of):
        record["mentions"] = [index for index, _ in mentions]

    data = {
        "version": __version__,
        "labels": {"origin": ORIGIN_LABELS, "chosen_by": CHOSEN_BY_LABELS},
        "senses": sense_records,
        "mentions": mention_records,
    }
    page_title = title or "policyterms"
    body = [
        '<header class="top">',
        f"<h1>{escape(page_title)}</h1>",
        f'<p class="summary">{len(sense_records)} term{"s" if len(sense_records) != 1 else ""} explained, '
        f'{len(shown)} mention{"s" if len(shown) != 1 else ""}. Hover over or focus a highlighted term '
        "(Tab moves from one to the next) for its definition and source; the glossary lists each term once.</p>",
        _filters(sense_records, mention_records),
        "</header>",
        '<main class="layout">',
        f'<article id="text" class="document" lang="zh">{_document(text, shown, senses, start)}</article>',
        _glossary_panel(sense_records, mentions_of, len(shown)),
        "</main>",
        '<div id="popup" class="popup" role="tooltip" hidden></div>',
        f'<footer class="bottom">Made with policyterms {escape(__version__)}. The mentions, definitions and '
        "citations are those of <code>policyterms annotate --format json</code>.</footer>",
        f'<script type="application/json" id="policyterms-data">{json_for_script(data)}</script>',
        f"<script>{_SCRIPT}</script>",
    ]
    policy = "; ".join(
        [
            "default-src 'none'",
            f"style-src '{_sha256(_STYLE)}'",
            f"script-src '{_sha256(_SCRIPT)}'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy, quote=False)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f'<meta name="generator" content="policyterms {escape(__version__)}">',
        f"<title>{escape(page_title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def json_for_script(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (no ``</script>``
    or ``<!--`` can end or change the element), and U+2028/U+2029 are escaped too. They
    can only occur inside JSON strings, where the escapes mean the same characters.

    >>> json_for_script({"q": "</script><!--\\u2028"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    encoded = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        encoded = encoded.replace(char, escaped)
    return encoded


def _sha256(source: str) -> str:
    """A CSP hash source for an inline element's exact text."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _kind(sense: Sense) -> str:
    return sense.origin if sense.definition is not None and sense.origin else "none"


def _sense_record(annotation: Annotation, glossary: Glossary | None, *, number: int) -> dict[str, Any]:
    """What a popup and the glossary panel show about one sense."""
    sense = annotation.sense
    citations = []
    for view in annotation.citations:
        source = glossary.sources.get(view.source) if glossary else None
        citations.append({**view.to_json(), "date": source.date if source else None})
    en_source_title = None
    if sense.en_source is not None:
        source = glossary.sources.get(sense.en_source) if glossary else None
        en_source_title = source.title if source else sense.en_source
    if sense.definition is not None:
        missing = None
    elif sense.layer == "document":  # annotate --unknown
        missing = (
            "Not in the glossary: the document uses this term without defining it, and no glossary "
            "defines it; its first use is quoted below."
        )
    else:
        missing = "Definition unknown: the sources use this slogan without saying what it means; see the quoted context below."
    return {
        "number": number,
        "id": sense.id,
        "term": sense.term,
        "aliases": list(sense.aliases),
        "en": sense.en,
        "en_source": sense.en_source,
        "en_source_title": en_source_title,
        "scope": sense.scope,
        "years": list(sense.years) if sense.years else None,
        "definition": sense.definition,
        "origin": sense.origin,
        "kind": _kind(sense),
        "missing": missing,
        "components": [str(component) for component in sense.components],
        "citations": citations,
        "note": sense.note,
    }


def _document(text: str, shown: Sequence[Annotation], senses: dict[str, int], start: int) -> str:
    """The text from ``start`` with each mention wrapped in a focusable mark."""
    parts: list[str] = []
    position = start
    for index, annotation in enumerate(shown):
        parts.append(escape(text[position : annotation.start], quote=False))
        number = senses[annotation.sense_id] + 1
        parts.append(
            f'<mark class="term k-{_kind(annotation.sense)}" tabindex="0" id="m{index}" data-m="{index}" '
            f'data-n="{number}">{escape(text[annotation.start : annotation.end], quote=False)}</mark>'
        )
        position = annotation.end
    parts.append(escape(text[position:], quote=False))
    return "".join(parts)


def _filters(senses: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> str:
    """Checkboxes to show the mentions of some scopes and kinds only (shown by the script)."""
    scopes: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for mention in mentions:
        sense = senses[mention["sense"]]
        scopes[sense["scope"]] = scopes.get(sense["scope"], 0) + 1
        kinds[sense["kind"]] = kinds.get(sense["kind"], 0) + 1

    def boxes(name: str, counts: dict[str, int], labels: dict[str, str]) -> str:
        return "".join(
            f'<label><input type="checkbox" name="{name}" value="{escape(value)}" checked> '
            f'{escape(labels.get(value, value))} <span class="count">({count})</span></label>'
            for value, count in counts.items()
        )

    ordered_kinds = {kind: kinds[kind] for kind in KIND_LABELS if kind in kinds}
    return (
        '<form id="filters" class="filters" hidden>'
        f'<fieldset><legend>Scope</legend>{boxes("scope", scopes, {})}</fieldset>'
        f'<fieldset><legend>Definition</legend>{boxes("kind", ordered_kinds, KIND_LABELS)}</fieldset>'
        '<p class="status" id="filter-status" aria-live="polite"></p>'
        "</form>"
    )


def _glossary_panel(senses: list[dict[str, Any]], mentions_of: list[list[tuple[int, int]]], mention_count: int) -> str:
    """Each term once, in order of first mention, with everything the popup says and
    links to its mentions."""
    items = []
    for record, mentions in zip(senses, mentions_of):
        head = (
            f'<p class="head"><span class="headword" lang="zh">{escape(record["term"])}</span>'
            + (f' <span class="en">{escape(record["en"])}</span>' if record["en"] else "")
            + f' <span class="scope" lang="zh">{escape(record["scope"])}{escape(_years(record["years"]))}</span></p>'
        )
        lines = [head]
        if record["en_source_title"]:
            lines.append(f'<p class="small">Official English: <span lang="zh">{escape(record["en_source_title"])}</span></p>')
        if record["aliases"]:
            lines.append(f'<p><span class="label">Also written:</span> <span lang="zh">{escape("、".join(record["aliases"]))}</span></p>')
        if record["definition"] is not None:
            label = ORIGIN_LABELS.get(record["origin"] or "", record["origin"] or "")
            lines.append(
                f'<p class="definition"><span class="label">Definition ({escape(label)}):</span> '
                f'<span lang="zh">{escape(record["definition"])}</span></p>'
            )
        else:
            lines.append(f'<p class="missing">{escape(record["missing"])}</p>')
        if record["components"]:
            parts = "".join(f"<li>{escape(component)}</li>" for component in record["components"])
            lines.append(f'<p class="label">Components:</p><ol class="components" lang="zh">{parts}</ol>')
        for citation in record["citations"]:
            lines.append(f'<p class="cite">{_citation_html(citation)}</p>')
        if record["note"]:
            lines.append(f'<p><span class="label">Note:</span> <span lang="zh">{escape(record["note"])}</span></p>')
        links = ", ".join(f'<a href="#m{index}">line {line}</a>' for index, line in mentions)
        count = len(mentions)
        lines.append(f'<p class="mentions">{count} mention{"s" if count != 1 else ""}: {links}</p>')
        items.append(
            f'<li id="t{record["number"]}" class="entry k-{record["kind"]}" value="{record["number"]}" '
            f'data-s="{record["number"] - 1}">{"".join(lines)}</li>'
        )
    return (
        '<section id="glossary" class="glossary" aria-labelledby="glossary-heading">'
        f'<h2 id="glossary-heading">Terms found: {len(senses)} ({mention_count} mentions)</h2>'
        f'<ol class="entries">{"".join(items)}</ol></section>'
    )


def _years(years: list[int | None] | None) -> str:
    if not years:
        return ""
    first, last = years
    return f" {first}" if first == last else f" {first or ''}–{last or ''}"


def _citation_html(citation: dict[str, Any]) -> str:
    where = citation["title"] or citation["source"]
    if citation["date"]:
        where += f" ({citation['date']})"
    if citation["locator"]:
        where += f", {citation['locator']}"
    html = f'<span class="label">Source:</span> <span lang="zh">{escape(where)}</span>'
    if citation["quote"]:
        html += f' <q lang="zh">{escape(" ".join(citation["quote"].split()))}</q>'
    if citation["url"]:  # text, not a link: the page makes no requests and opens none
        html += f' <span class="url">{escape(unquote(citation["url"]))}</span>'
    return html


_STYLE = """
:root{--bg:#fff;--fg:#1b1b1b;--muted:#5b5b5b;--term:#fff3a3;--term-edge:#d8b800;--focus:#0b57d0;
--quoted:#fff3a3;--editorial:#dcefff;--learned:#e3f5dc;--none:#fde2e2;--panel:#f6f6f4;--rule:#d9d9d4}
@media (prefers-color-scheme:dark){:root{--bg:#161616;--fg:#e8e8e8;--muted:#a8a8a8;--quoted:#5a4d00;
--editorial:#123d5e;--learned:#1f4a1a;--none:#5c1f1f;--panel:#222;--rule:#3a3a3a;--focus:#8ab4f8}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.7 system-ui,-apple-system,"Segoe UI",
"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
.top,.bottom{padding:.75rem 1rem;max-width:80rem;margin:0 auto}
h1{font-size:1.35rem;margin:.25rem 0}
h2{font-size:1.1rem;margin:0 0 .5rem}
.summary,.bottom,.small,.label,.count,.status{color:var(--muted)}
.summary{margin:.25rem 0 .5rem}
.bottom{font-size:.85rem;border-top:1px solid var(--rule)}
.filters{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:flex-start}
.filters fieldset{border:1px solid var(--rule);border-radius:6px;padding:.25rem .75rem;margin:0}
.filters label{display:inline-block;margin-right:.75rem;white-space:nowrap}
.status{margin:.25rem 0;font-size:.9rem}
.layout{max-width:80rem;margin:0 auto;padding:0 1rem;display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
@media (min-width:64rem){.layout{grid-template-columns:minmax(0,1fr) 24rem}
.glossary{position:sticky;top:0;max-height:100vh;overflow:auto}}
.document{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.9}
.term{background:var(--quoted);color:inherit;border-bottom:2px solid var(--term-edge);border-radius:2px;cursor:help;
padding:0 1px}
.term.k-editorial{background:var(--editorial)}
.term.k-learned{background:var(--learned)}
.term.k-none{background:var(--none)}
.term::after{content:attr(data-n);font-size:.65em;vertical-align:super;line-height:0;color:var(--muted);margin-left:1px}
.term:focus{outline:3px solid var(--focus);outline-offset:1px}
.term.off{background:none;border-bottom:0;cursor:auto}
.term.off::after{content:none}
.glossary{background:var(--panel);border-radius:8px;padding:.75rem 1rem;font-size:.92rem;line-height:1.6}
.entries{padding-left:1.75rem;margin:0}
.entry{margin-bottom:1rem}
.entry p,.popup p{margin:.15rem 0}
.headword{font-weight:700}
.en{font-style:italic}
.scope{color:var(--muted);font-size:.9em}
.missing{font-style:italic;color:#b3261e}
.components{margin:.1rem 0 .25rem;padding-left:1.5rem}
q{quotes:"«" "»"}
.url{overflow-wrap:anywhere;color:var(--muted);font-size:.9em}
.mentions a{color:var(--focus)}
.popup{position:absolute;z-index:10;max-width:min(30rem,calc(100vw - 1rem));max-height:60vh;overflow:auto;
background:var(--bg);color:var(--fg);border:1px solid var(--rule);border-radius:8px;padding:.6rem .8rem;
box-shadow:0 6px 24px rgba(0,0,0,.18);font-size:.92rem;line-height:1.55}
.popup .kind{display:inline-block;font-size:.8rem;border-radius:4px;padding:0 .35rem;margin:.15rem 0}
.popup .kind.k-quoted{background:var(--quoted)}
.popup .kind.k-editorial{background:var(--editorial)}
.popup .kind.k-learned{background:var(--learned)}
.popup .kind.k-none{background:var(--none)}
@media (max-width:40rem){body{font-size:15px}.top,.layout{padding:0 .6rem}
.popup{position:fixed;left:0!important;right:0;bottom:0;top:auto!important;max-width:none;max-height:50vh;
border-radius:12px 12px 0 0}}
@media print{body{font:11pt/1.6 serif;background:#fff;color:#000}
.filters,.popup,.summary{display:none!important}
.layout{display:block;max-width:none;padding:0}
.term{background:none;border-bottom:1px solid #000}
.term.off{border-bottom:0}
.term::after{content:"[" attr(data-n) "]";color:#000}
.glossary{position:static;max-height:none;overflow:visible;background:none;padding:0;break-before:page}
.entry{break-inside:avoid}
.mentions a{color:#000;text-decoration:none}}
"""

_SCRIPT = """
(function () {
"use strict";
var data = JSON.parse(document.getElementById("policyterms-data").textContent);
var popup = document.getElementById("popup");
var terms = document.querySelectorAll("mark.term");
var current = null, hideTimer = null, overPopup = false;

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}
function readable(url) { try { return decodeURI(url); } catch (error) { return url; } }
function zh(node) { node.lang = "zh"; return node; }
function labelled(label, value) {
  var p = el("p");
  p.appendChild(el("span", "label", label + ": "));
  p.appendChild(zh(el("span", null, value)));
  return p;
}

function fill(mention, sense) {
  var nodes = [];
  var head = el("p", "head");
  head.appendChild(el("span", "label", "[" + sense.number + "] "));
  head.appendChild(zh(el("span", "headword", sense.term)));
  if (sense.en) { head.appendChild(document.createTextNode(" ")); head.appendChild(el("span", "en", sense.en)); }
  var years = "";
  if (sense.years) {
    years = sense.years[0] === sense.years[1] ? " " + sense.years[0]
      : " " + (sense.years[0] || "") + "\\u2013" + (sense.years[1] || "");
  }
  head.appendChild(document.createTextNode(" "));
  head.appendChild(zh(el("span", "scope", sense.scope + years)));
  nodes.push(head);
  if (sense.en_source_title) nodes.push(labelled("Official English", sense.en_source_title));
  var kind = el("span", "kind k-" + sense.kind,
    sense.definition !== null ? "Definition " + (data.labels.origin[sense.origin] || sense.origin) : "No definition");
  nodes.push(kind);
  if (sense.definition !== null) nodes.push(zh(el("p", "definition", sense.definition)));
  else nodes.push(el("p", "missing", sense.missing));
  if (sense.components.length) {
    nodes.push(el("p", "label", "Components:"));
    var list = zh(el("ol", "components"));
    sense.components.forEach(function (part) { list.appendChild(el("li", null, part)); });
    nodes.push(list);
  }
  sense.citations.forEach(function (citation) {
    var where = citation.title || citation.source;
    if (citation.date) where += " (" + citation.date + ")";
    if (citation.locator) where += ", " + citation.locator;
    var p = labelled("Source", where);
    p.className = "cite";
    if (citation.quote) {
      p.appendChild(document.createTextNode(" "));
      p.appendChild(zh(el("q", null, citation.quote.split(/\\s+/).join(" ").trim())));
    }
    if (citation.url) { p.appendChild(document.createTextNode(" ")); p.appendChild(el("span", "url", readable(citation.url))); }
    nodes.push(p);
  });
  if (sense.note) nodes.push(labelled("Note", sense.note));
  if (mention.alternatives.length) {
    var why = data.labels.chosen_by[mention.chosen_by] || mention.chosen_by;
    nodes.push(labelled("Chosen by " + why + "; other senses", mention.alternatives.map(function (a) {
      return a.scope + (a.en ? ": " + a.en : "");
    }).join("; ")));
  }
  var count = sense.mentions.length;
  nodes.push(el("p", "small", "Line " + mention.line + " \\u00b7 " + count + " mention" + (count === 1 ? "" : "s")
    + " \\u00b7 glossary entry " + sense.number));
  popup.replaceChildren.apply(popup, nodes);
}

function place(mark) {
  popup.style.left = "";
  popup.style.top = "";
  if (window.matchMedia("(max-width: 40rem)").matches) {  // a sheet at the bottom: keep the term above it
    var at = mark.getBoundingClientRect(), limit = window.innerHeight - popup.offsetHeight - 8;
    if (at.bottom > limit) window.scrollBy(0, at.bottom - limit);
    else if (at.top < 0) window.scrollBy(0, at.top - 8);
    return;
  }
  var rects = mark.getClientRects();
  var box = rects.length ? rects[0] : mark.getBoundingClientRect();
  var width = popup.offsetWidth, height = popup.offsetHeight;
  var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  var last = rects.length ? rects[rects.length - 1] : box;
  var top = last.bottom + 6;
  if (top + height > window.innerHeight && box.top - height - 6 > 0) top = box.top - height - 6;
  popup.style.left = (left + window.scrollX) + "px";
  popup.style.top = (top + window.scrollY) + "px";
}

function show(mark) {
  clearTimeout(hideTimer);
  var mention = data.mentions[Number(mark.dataset.m)];
  if (!mention || mark.classList.contains("off")) return;
  if (current && current !== mark) current.removeAttribute("aria-describedby");
  fill(mention, data.senses[mention.sense]);
  popup.hidden = false;
  current = mark;
  mark.setAttribute("aria-describedby", "popup");
  place(mark);
}
function hide() {
  clearTimeout(hideTimer);
  popup.hidden = true;
  if (current) current.removeAttribute("aria-describedby");
  current = null;
}
function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(function () {
    if (overPopup || (current && document.activeElement === current)) return;
    hide();
  }, 200);
}
function isTerm(node) { return node && node.classList && node.classList.contains("term"); }

document.addEventListener("focusin", function (event) { if (isTerm(event.target)) show(event.target); });
document.addEventListener("focusout", function (event) { if (event.target === current) hideSoon(); });
document.addEventListener("mouseover", function (event) { if (isTerm(event.target)) show(event.target); });
document.addEventListener("mouseout", function (event) { if (event.target === current) hideSoon(); });
popup.addEventListener("mouseenter", function () { overPopup = true; clearTimeout(hideTimer); });
popup.addEventListener("mouseleave", function () { overPopup = false; hideSoon(); });
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape" && !popup.hidden) { var mark = current; hide(); if (mark) mark.blur(); }
});
window.addEventListener("resize", function () { if (current) place(current); });

// A link to a mention focuses it, so its popup opens where the page scrolled to.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[href^='#m']");
  if (!link) return;
  var mark = document.getElementById(link.getAttribute("href").slice(1));
  if (!isTerm(mark)) return;
  event.preventDefault();
  mark.focus({preventScroll: true});
  mark.scrollIntoView({block: "center"});
  place(mark);
});

// Filters: the mentions of unchecked scopes or kinds lose their highlight and tab stop.
var form = document.getElementById("filters");
function applyFilters() {
  var allowed = {scope: {}, kind: {}};
  form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
    if (box.checked) allowed[box.name][box.value] = true;
  });
  var on = 0;
  terms.forEach(function (mark) {
    var sense = data.senses[data.mentions[Number(mark.dataset.m)].sense];
    var visible = allowed.scope[sense.scope] === true && allowed.kind[sense.kind] === true;
    mark.classList.toggle("off", !visible);
    mark.tabIndex = visible ? 0 : -1;
    if (visible) on += 1;
    if (!visible && mark === current) hide();
  });
  document.querySelectorAll("#glossary .entry").forEach(function (entry) {
    var sense = data.senses[Number(entry.dataset.s)];
    entry.hidden = !(allowed.scope[sense.scope] === true && allowed.kind[sense.kind] === true);
  });
  document.getElementById("filter-status").textContent =
    "Showing " + on + " of " + terms.length + " mentions.";
}
form.addEventListener("change", applyFilters);
form.hidden = false;
applyFilters();

if (/^#m\\d+$/.test(location.hash)) {
  var target = document.getElementById(location.hash.slice(1));
  if (isTerm(target)) target.focus();
}
})();
"""
