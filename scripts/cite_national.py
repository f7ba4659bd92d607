"""Fill in citations and years for drafted national senses from the bundled reports.

A curator drafts senses (term, aliases, en, definition, origin, components, context
rules) in a YAML senses file and leaves out ``cite`` and ``years``. This script reads every
national report bundled in ``glossary/sources-national.yaml``, finds each drafted term
with the real annotator (so folding, guards and ``quoted_only``/``followed_by`` rules are
exactly the ones a user gets, and a shorter term inside a longer one is still found), and
writes:

- ``cite``: for an ``editorial`` definition, the sentence of the earliest and of the
  latest report that use the term; for a ``quoted`` definition, the first sentence of the
  bundled reports that contains the definition's words (the sense is reported when there
  is none: then the definition is not a quote, and the curator must mark it editorial);
- ``years``: ``[first, last]`` year of use in the reports, ``last`` null when the term is
  still used in the newest report of the corpus.

Quotes are cut verbatim from the raw report text (≤ 160 characters, at sentence marks), so
``policyterms lint`` verifies every one. Senses that already have ``cite`` are left as they
are. Terms the reports never use are listed and left without ``cite``, for the curator to
cite by hand or drop.

    python scripts/cite_national.py glossary/national-draft.yaml [-o OUT] [--report]

The year of a CPC congress report is the year the congress met (public record), used only
to compute the years a term is in use. Comment lines at the top of the draft are kept;
comments elsewhere are not (keep notes in ``note:``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from policyterms import Annotator  # noqa: E402
from policyterms.glossary.model import Citation, Glossary, Sense, definition_core
from policyterms.glossary.read import read_glossary
from policyterms.text.fold import fold  # noqa: E402

CONGRESS_YEARS = {11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022}
MAX_QUOTE = 160
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def document_year(source_id: str) -> int:
    kind, _, number = source_id.partition("-")
    return int(number) if kind == "gwr" else CONGRESS_YEARS[int(number)]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, verbatim, cut to MAX_QUOTE characters
    around the mention when it is longer."""
    left = start
    while left > 0 and not _SENTENCE_END.match(text[left - 1]) and start - left < MAX_QUOTE:
        left -= 1
    right = end
    while right < len(text) and not _SENTENCE_END.match(text[right]) and right - end < MAX_QUOTE:
        right += 1
    if right < len(text) and text[right] in "。！？；!?;":
        right += 1
    quote = text[left:right].strip()
    if len(quote) > MAX_QUOTE:
        middle = (start + end) // 2 - left
        begin = max(0, min(middle - MAX_QUOTE // 2, len(quote) - MAX_QUOTE))
        quote = quote[begin : begin + MAX_QUOTE].strip()
    return quote


def heading_before(text: str, index: int) -> str | None:
    """The nearest section heading (一、… / （一）…) before ``index``, as a locator."""
    found = None
    for match in re.finditer(r"(?m)^[ \t\u3000]*((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^\n]{1,40})$", text[:index]):
        found = match.group(1).strip()
    return found


def draft_senses(data: dict[str, Any], scope: str) -> list[Sense]:
    """Sense objects for the annotator (citations are placeholders)."""
    senses = []
    for index, item in enumerate(data["senses"]):
        senses.append(
            Sense(
                id=f"draft-{index}",
                term=str(item["term"]),
                scope=scope,
                en=str(item.get("en", "")),
                cite=(Citation("draft"),),
                aliases=tuple(str(a) for a in item.get("aliases", []) or []),
                quoted_only=bool(item.get("quoted_only", False)),
                followed_by=tuple(item.get("followed_by", []) or []),
                preceded_by=tuple(item.get("preceded_by", []) or []),
            )
        )
    return senses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft", type=Path)
    parser.add_argument("-o", "--output", type=Path, help="write here (default: rewrite the draft)")
    args = parser.parse_args(argv)
    data = yaml.safe_load(args.draft.read_text(encoding="utf-8"))
    scope = data["scope"]
    shipped, _ = read_glossary()  # only its sources are needed; the draft itself may be in glossary/
    texts = {
        source.id: source.read_text()
        for source in shipped.sources.values()
        if source.text_path is not None and re.fullmatch(r"(gwr|cpc)-\d+", source.id)
    }
    texts = {k: v for k, v in texts.items() if v is not None}
    newest = max(document_year(k) for k in texts)
    senses = draft_senses(data, scope)
    annotator = Annotator(Glossary(tuple(senses), {}), overlaps=True)
    mentions: dict[str, list[tuple[int, str, int, int]]] = {}
    for source_id, text in sorted(texts.items(), key=lambda kv: document_year(kv[0])):
        for a in annotator.annotate(text):
            mentions.setdefault(a.sense_id, []).append((document_year(source_id), source_id, a.start, a.end))
    folded_texts = {k: fold(v) for k, v in texts.items()}
    unused, unstated = [], []
    for index, (item, sense) in enumerate(zip(data["senses"], senses)):
        if item.get("cite"):
            continue
        found = sorted(mentions.get(sense.id, []))
        if not found:
            unused.append(sense.term)
            continue
        first, last = found[0], found[-1]
        if "years" not in item:
            item["years"] = [first[0], None if last[0] >= newest - 1 else last[0]]
        cite = []
        if item.get("origin") == "quoted" and item.get("definition"):
            core = definition_core(str(item["definition"]))
            for source_id, folded in folded_texts.items():
                at = folded.text.find(core)
                if at >= 0:
                    start, end = folded.span_to_original(at, at + len(core))
                    cite.append(_citation(source_id, texts[source_id], start, end, whole=True))
                    break
            else:
                unstated.append(sense.term)
        for year, source_id, start, end in dict.fromkeys([first, last]):
            if len(cite) >= 2:
                break
            citation = _citation(source_id, texts[source_id], start, end)
            if citation not in cite:
                cite.append(citation)
        item["cite"] = cite
    out = args.output or args.draft
    comments = "".join(line for line in args.draft.read_text(encoding="utf-8").splitlines(True) if line.startswith("#"))
    out.write_text(comments + _dump(data), encoding="utf-8")
    print(f"{len(senses)} senses; {len(unused)} never used in the bundled reports; {len(unstated)} 'quoted' but not stated there")
    for term in unused:
        print(f"  unused: {term}")
    for term in unstated:
        print(f"  quoted definition not found: {term}")
    return 0


def _citation(source_id: str, text: str, start: int, end: int, *, whole: bool = False) -> dict[str, str]:
    if whole and end - start > MAX_QUOTE:
        quote = text[start:end]
    else:
        quote = sentence_around(text, start, end)
    citation = {"source": source_id}
    heading = heading_before(text, start)
    if heading:
        citation["locator"] = heading
    citation["quote"] = quote
    return citation


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)


if __name__ == "__main__":
    sys.exit(main())
