#!/usr/bin/env python3
"""How many recurring national numbered slogans does the glossary define?

Reads the national government work reports (政府工作报告) from the shared corpus
(``../shared/corpus/national/government-work-reports.jsonl`` relative to the repository,
or the directory given by ``--corpus``), keeps the reports of 2013-2025, and finds the
numbered slogans they put in quotation marks: a short quoted span (“…”, at most
``MAX_LEN`` characters) containing a numeral (一…十, 两, 双, 百, digits or a ``1+N``
formula) that is not merely part of a common word (统一, 一体化, 进一步 …) and is
followed or preceded by a head (a bare number such as “2025” is not a slogan).

A slogan *recurs* when it occurs in two or more of those reports. The script then loads
every ``glossary/*.yaml`` senses file with PyYAML and counts how many recurring slogans
some sense defines: a slogan counts as covered when it equals a surface (``term`` or an
``alias``) of any sense after removing quotation marks from both. As a second, looser
measure it also counts the other quoted terms (no numeral: 放管服, 港人治港 …) that recur.

The corpus is not part of the repository: when it is absent the script says so and exits
with status 0.

    python benchmarks/national_slogans.py [--corpus DIR] [--min-reports N] [--all]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "national"
GLOSSARY = REPO / "glossary"

FIRST_YEAR, LAST_YEAR = 2013, 2025
MAX_LEN = 12

QUOTED = re.compile(r"“([^“”\n]{1,%d})”" % MAX_LEN)
NUMERAL = re.compile(r"[一二三四五六七八九十两双百]|\d+(?:\+\d+|\+[A-Za-z])*|[1-9]\+[A-Za-z]")
# Words in which a numeral character does not number anything.
COMMON_WORDS = (
    "统一", "一体化", "一致", "进一步", "一些", "一般", "一样", "一起", "唯一", "单一",
    "同一", "万一", "第一", "一直", "一批", "一定", "一切", "之一", "一道", "一起",
    "百姓", "百分", "十分", "双方", "双边", "双向", "两岸", "两国", "万众", "一律",
)
QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")


def is_numbered(span: str) -> bool:
    """True if the quoted span is a numbered slogan rather than a number or a plain word."""
    stripped = span
    for word in COMMON_WORDS:
        stripped = stripped.replace(word, "")
    if not NUMERAL.search(stripped):
        return False
    # a head is required: something besides numerals, digits and punctuation
    head = re.sub(r"[\d+.%年月日、，,\s]", "", span)
    return bool(head)


def load_reports(corpus: Path) -> dict[str, str]:
    reports = {}
    with open(corpus / "government-work-reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            year = row.get("year")
            if year and FIRST_YEAR <= int(year) <= LAST_YEAR:
                reports[year] = row["content"]
    return reports


def glossary_surfaces(glossary: Path) -> dict[str, str]:
    """Every surface of every sense in glossary/*.yaml, without quotes -> scope."""
    surfaces = {}
    for path in sorted(glossary.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or "senses" not in data:
            continue
        for sense in data.get("senses") or []:
            for surface in [sense.get("term")] + list(sense.get("aliases") or []):
                if surface:
                    surfaces.setdefault(str(surface).translate(QUOTES), data.get("scope"))
    return surfaces


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="directory holding government-work-reports.jsonl")
    ap.add_argument("--min-reports", type=int, default=2,
                    help="a slogan recurs when it occurs in at least this many reports")
    ap.add_argument("--all", action="store_true", help="list every recurring slogan")
    args = ap.parse_args(argv)

    if not (args.corpus / "government-work-reports.jsonl").is_file():
        print(f"corpus not found at {args.corpus}: nothing to measure (skipped)")
        return 0

    reports = load_reports(args.corpus)
    found: dict[str, set[str]] = defaultdict(set)
    quoted: dict[str, set[str]] = defaultdict(set)
    for year, text in reports.items():
        for span in QUOTED.findall(text):
            span = span.strip()
            quoted[span].add(year)
            if is_numbered(span):
                found[span].add(year)
    recurring = {s: ys for s, ys in found.items() if len(ys) >= args.min_reports}
    # every quoted term, numbered or not (coined terms such as 放管服, 港人治港)
    recurring_quoted = {s: ys for s, ys in quoted.items() if len(ys) >= args.min_reports}

    surfaces = glossary_surfaces(GLOSSARY)
    defined = {s for s in recurring if s.translate(QUOTES) in surfaces}
    undefined = sorted(set(recurring) - defined, key=lambda s: (-len(recurring[s]), s))
    coined = {s for s in recurring_quoted if s not in recurring}
    coined_defined = {s for s in coined if s.translate(QUOTES) in surfaces}
    coined_undefined = sorted(coined - coined_defined, key=lambda s: (-len(recurring_quoted[s]), s))

    years = sorted(reports)
    print(f"government work reports {years[0]}-{years[-1]}: {len(reports)} "
          f"(years: {', '.join(years)})")
    print(f"quoted numbered slogans: {len(found)}; in {args.min_reports}+ reports: "
          f"{len(recurring)}")
    print(f"defined by the glossary: {len(defined)} of {len(recurring)} "
          f"({100 * len(defined) / max(1, len(recurring)):.0f}%)")
    print(f"other quoted terms (no numeral) in {args.min_reports}+ reports: {len(coined)}; "
          f"defined: {len(coined_defined)}")
    if args.all:
        print("\nrecurring slogans (reports, defined?):")
        for s in sorted(recurring, key=lambda s: (-len(recurring[s]), s)):
            mark = "yes" if s in defined else "NO"
            print(f"  {s}\t{len(recurring[s])}\t{mark}")
    if undefined:
        print("\nundefined numbered slogans:")
        for s in undefined:
            print(f"  {s}\t{len(recurring[s])} reports: {', '.join(sorted(recurring[s]))}")
    if coined_undefined:
        print("\nundefined other quoted terms:")
        for s in coined_undefined:
            print(f"  {s}\t{len(recurring_quoted[s])} reports: {', '.join(sorted(recurring_quoted[s]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
