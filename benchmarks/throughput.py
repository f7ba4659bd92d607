#!/usr/bin/env python3
"""Throughput and recall of policyterms against plain keyword matchers, in one table.

Every contender looks for the same strings: the surfaces (headword and aliases) of every
sense in the shipped glossary (``policyterms.load_glossary()``). What differs is what they
do to the text first:

* **policyterms** ``Annotator().annotate(text)``: the full pipeline (fold, automaton over
  folded surfaces, guards, leftmost-longest selection, offsets mapped back, sense choice);
* **policyterms.fold** alone, to show where the time goes (a breakdown of the pipeline's
  stages is printed below the table);
* **pyahocorasick** ``iter_long`` over the raw surfaces on the raw text (no folding);
* **re**: one alternation of the escaped surfaces, longest first, ``finditer`` on raw text;
* **OpenCC t2s + pyahocorasick**: ``opencc.OpenCC('t2s').convert`` on the text (and on the
  surfaces), then ``iter_long``; this is the obvious way to handle traditional text, and
  the reason policyterms applies OpenCC's character table with ``str.translate`` instead;
* **flashtext** ``KeywordProcessor`` and **acora** ``AcoraBuilder`` when installed
  (``pip install -r benchmarks/requirements.txt``), otherwise "skipped: not installed".

Two corpora of about a million characters each:

(a) the national government work reports (``national/government-work-reports.jsonl``,
    72 rows, ~1.1 M characters, concatenated) from the shared corpus at
    ``<repo>/../shared/corpus`` when it is present (or ``--corpus DIR``); otherwise the
    bundled ``glossary/texts/*.txt`` repeated to at least 1 M characters (the script says
    which it used);
(b) the traditional-character 松江 report ``glossary/texts/songjiang-2020-h1-report.zh-hant.txt``
    repeated to ~1 M characters: traditional characters, inline pinyin after characters
    (``區(qū)``) and PDF line breaks inside terms, which naive matchers do not see through.

Columns: characters per second (median of ``--repeats`` timed runs after one warm-up run),
matches reported, and **also finds**: of the mentions policyterms reports, how many the
contender reports too — a match of the same (folded) surface lying inside the span
policyterms reports. Matches beyond that number are hits policyterms does not report:
surfaces its guards reject (a digit-edged surface inside a longer number, a quoted-only
term without quotation marks) or places where another overlapping term won.

    python benchmarks/throughput.py [--repeats 5] [--corpus DIR] [--chars 1000000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import ahocorasick

import policyterms
from policyterms.text.fold import fold_table

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
TEXTS = REPO / "glossary" / "texts"
SONGJIANG = TEXTS / "songjiang-2020-h1-report.zh-hant.txt"
NATIONAL_REPORTS = Path("national") / "government-work-reports.jsonl"

#: The OpenCC converter is timed on a slice of this many characters and extrapolated when
#: a full run would take longer than ``OPENCC_FULL_LIMIT_S`` seconds (a pure-Python
#: converter can be very slow).
OPENCC_SLICE = 100_000
OPENCC_FULL_LIMIT_S = 20.0

Span = tuple[int, int, str]  # start, end (half-open, in the text searched), raw surface


# ---------------------------------------------------------------------------------------
# Corpora


@dataclass
class Corpus:
    key: str
    text: str
    source: str


def national_corpus(corpus_dir: Path | None, min_chars: int) -> Corpus:
    base = corpus_dir or SHARED_CORPUS
    path = base / NATIONAL_REPORTS
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        text = "\n\n".join(row["content"] for row in rows)
        return Corpus("a", text, f"{path} ({len(rows)} reports concatenated)")
    pieces = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    unit = "\n\n".join(pieces)
    copies = -(-min_chars // len(unit))
    text = "\n\n".join([unit] * copies)
    names = ", ".join(p.name for p in sorted(TEXTS.glob("*.txt")))
    return Corpus(
        "a",
        text,
        f"shared corpus NOT FOUND at {path}; fallback: bundled glossary/texts/*.txt ({names}) x {copies}",
    )


def songjiang_corpus(min_chars: int) -> Corpus:
    unit = SONGJIANG.read_text(encoding="utf-8")
    copies = max(1, round(min_chars / len(unit)))
    text = "\n".join([unit] * copies)
    return Corpus("b", text, f"{SONGJIANG.relative_to(REPO)} x {copies}")


# ---------------------------------------------------------------------------------------
# Contenders


@dataclass
class Contender:
    name: str
    run: Callable[[str], object] | None  # text -> result
    spans: Callable[[object], list[Span]] | None = None  # result -> spans (None: no matches)
    skipped: str | None = None
    build_s: float = 0.0
    #: Time only this many leading characters and scale up (see OPENCC_SLICE).
    timing_slice: dict[str, int] = field(default_factory=dict)


def leftmost_longest(hits: list[Span]) -> list[Span]:
    """Greedy leftmost-longest non-overlapping selection (for matchers that report all hits)."""
    hits.sort(key=lambda h: (h[0], -h[1]))
    chosen: list[Span] = []
    covered = 0
    for hit in hits:
        if hit[0] >= covered:
            chosen.append(hit)
            covered = hit[1]
    return chosen


def automaton(surfaces: list[str]) -> ahocorasick.Automaton:
    machine = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for surface in surfaces:
        machine.add_word(surface, surface)
    machine.make_automaton()
    return machine


def iter_long_spans(machine: ahocorasick.Automaton, text: str) -> list[Span]:
    return [(end + 1 - len(s), end + 1, s) for end, s in machine.iter_long(text)]


FLOOR = "floor: pyahocorasick iter_long over text folded beforehand"


def timed_build(make: Callable[[], Contender]) -> Contender:
    started = time.perf_counter()
    contender = make()
    contender.build_s = time.perf_counter() - started
    return contender


def contenders(glossary: policyterms.Glossary) -> list[Contender]:
    surfaces = sorted({s for sense in glossary.senses for s in sense.surfaces if s})
    found: list[Contender] = []

    def make_policyterms() -> Contender:
        annotator = policyterms.Annotator(glossary)
        annotator.annotate("预热")  # compiles the automaton (cached on the glossary)
        return Contender(
            "policyterms Annotator().annotate",
            annotator.annotate,
            lambda result: [(a.start, a.end, a.text) for a in result],
        )

    found.append(timed_build(make_policyterms))
    found.append(Contender("policyterms.fold alone", policyterms.fold))

    def make_pyahocorasick() -> Contender:
        machine = automaton(surfaces)
        return Contender(
            "pyahocorasick iter_long, raw text",
            lambda text: iter_long_spans(machine, text),
            lambda result: result,
        )

    found.append(timed_build(make_pyahocorasick))

    def make_re() -> Contender:
        pattern = re.compile("|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)))
        return Contender(
            "re alternation finditer, raw text",
            lambda text: [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)],
            lambda result: result,
        )

    found.append(timed_build(make_re))

    def make_floor() -> Contender:
        # The speed ceiling policyterms is judged against: the same automaton, leftmost-
        # longest, over text folded beforehand (folding is not timed here).
        machine = automaton(sorted({policyterms.fold(s).text for s in surfaces} - {""}))
        prefolded: dict[int, str] = {}

        def run(text: str) -> list[Span]:
            folded = prefolded.get(id(text))
            if folded is None:  # the untimed warm-up folds it once
                folded = prefolded[id(text)] = policyterms.fold(text).text
            return iter_long_spans(machine, folded)

        return Contender(FLOOR, run, None)

    found.append(timed_build(make_floor))

    try:
        import ahocorasick_rs
    except ImportError:
        found.append(Contender("ahocorasick_rs leftmost-longest, raw text", None, skipped="skipped: not installed"))
    else:

        def make_ahocorasick_rs() -> Contender:
            machine = ahocorasick_rs.AhoCorasick(surfaces, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            return Contender(
                "ahocorasick_rs leftmost-longest, raw text",
                lambda text: [(s, e, surfaces[i]) for i, s, e in machine.find_matches_as_indexes(text)],
                lambda result: result,
            )

        found.append(timed_build(make_ahocorasick_rs))

    try:
        import daachorse
    except ImportError:
        found.append(Contender("daachorse charwise leftmost-longest, raw text", None, skipped="skipped: not installed"))
    else:

        def make_daachorse() -> Contender:
            machine = daachorse.CharwiseDoubleArrayAhoCorasick(surfaces, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)
            return Contender(
                "daachorse charwise leftmost-longest, raw text",
                lambda text: [(s, e, surfaces[i]) for s, e, i in machine.find(text)],
                lambda result: result,
            )

        found.append(timed_build(make_daachorse))

    try:
        import opencc
    except ImportError:
        found.append(Contender("OpenCC t2s convert + pyahocorasick", None, skipped="skipped: not installed"))
    else:

        def make_opencc() -> Contender:
            converter = opencc.OpenCC("t2s")
            converted = {converter.convert(s): s for s in surfaces}
            machine = automaton(sorted(converted))

            def run(text: str) -> list[Span]:
                simplified = converter.convert(text)
                if len(simplified) != len(text):  # offsets would no longer be comparable
                    raise RuntimeError("the OpenCC converter changed the text's length")
                return iter_long_spans(machine, simplified)

            return Contender("OpenCC t2s convert + pyahocorasick", run, lambda result: result)

        found.append(timed_build(make_opencc))

    try:
        from flashtext import KeywordProcessor
    except ImportError:
        found.append(Contender("flashtext KeywordProcessor", None, skipped="skipped: not installed"))
    else:

        def make_flashtext() -> Contender:
            processor = KeywordProcessor(case_sensitive=True)
            for surface in surfaces:
                processor.add_keyword(surface, surface)
            return Contender(
                "flashtext KeywordProcessor",
                lambda text: processor.extract_keywords(text, span_info=True),
                lambda result: [(start, end, surface) for surface, start, end in result],
            )

        found.append(timed_build(make_flashtext))

    try:
        from acora import AcoraBuilder
    except ImportError:
        found.append(Contender("acora + leftmost-longest", None, skipped="skipped: not installed"))
    else:

        def make_acora() -> Contender:
            matcher = AcoraBuilder(*surfaces).build()
            return Contender(
                "acora + leftmost-longest",
                # acora reports every overlapping hit; the selection is part of the work.
                lambda text: leftmost_longest([(pos, pos + len(s), s) for s, pos in matcher.finditer(text)]),
                lambda result: result,
            )

        found.append(timed_build(make_acora))
    return found


# ---------------------------------------------------------------------------------------
# Measuring


@dataclass
class Measurement:
    chars_per_s: float | None = None
    matches: int | None = None
    found: int | None = None
    total: int | None = None
    note: str = ""


def time_runs(run: Callable[[str], object], text: str, repeats: int) -> list[float]:
    run(text)  # warm-up
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - started)
    return times


def also_found(reference: list[Span], spans: list[Span], folded: dict[str, str]) -> int:
    """How many reference mentions contain a contender match of the same folded surface."""
    by_start: dict[int, list[tuple[int, str]]] = {}
    for start, end, surface in spans:
        by_start.setdefault(start, []).append((end, folded[surface]))
    count = 0
    for start, end, key in reference:
        if any(
            e <= end and k == key for position in range(start, end) for e, k in by_start.get(position, ())
        ):
            count += 1
    return count


def measure(contender: Contender, corpus: Corpus, repeats: int, reference: list[Span] | None) -> Measurement:
    text = corpus.text
    note = ""
    sliced = contender.timing_slice.get(corpus.key)
    if sliced:
        sample = text[:sliced]
        times = time_runs(contender.run, sample, repeats)
        rate = len(sample) / statistics.median(times)
        note = f"timed on the first {len(sample):,} chars and extrapolated"
    else:
        times = time_runs(contender.run, text, repeats)
        rate = len(text) / statistics.median(times)
    result = contender.run(text)  # the full text, for the counts
    if contender.spans is None:
        return Measurement(rate, note=note)
    spans = contender.spans(result)
    measurement = Measurement(rate, len(spans), note=note)
    if reference is not None:
        keys = {surface: policyterms.fold(surface).text for _, _, surface in spans}
        measurement.found = also_found(reference, spans, keys)
        measurement.total = len(reference)
    return measurement


def plan_opencc_slices(contender: Contender, corpora: list[Corpus]) -> None:
    """Time the converter once on a slice; extrapolate where a full run would be too slow."""
    for corpus in corpora:
        sample = corpus.text[:OPENCC_SLICE]
        started = time.perf_counter()
        contender.run(sample)
        estimate = (time.perf_counter() - started) * len(corpus.text) / len(sample)
        if estimate > OPENCC_FULL_LIMIT_S:
            contender.timing_slice[corpus.key] = OPENCC_SLICE


def pipeline_breakdown(glossary: policyterms.Glossary, text: str, repeats: int) -> list[tuple[str, float]]:
    """Median seconds of each stage of the pipeline on ``text``."""
    table = fold_table()
    annotator = policyterms.Annotator(glossary)
    matcher = glossary.matcher
    folded = policyterms.fold(text).text
    stages = [
        ("str.translate(fold_table()) (substitution only)", lambda t: t.translate(table)),
        ("fold() (substitution + deletions + offset map)", policyterms.fold),
        ("automaton over folded text (matcher.candidates)", lambda t: matcher.candidates(folded)),
        ("annotate() (everything, incl. the two above)", annotator.annotate),
    ]
    return [(name, statistics.median(time_runs(run, text, repeats))) for name, run in stages]


# ---------------------------------------------------------------------------------------
# Reporting


def version_of(*distributions: str) -> str:
    for distribution in distributions:
        try:
            return f"{distribution} {metadata.version(distribution)}"
        except metadata.PackageNotFoundError:
            continue
    return f"{distributions[0]} not installed"


def git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def print_environment(corpora: list[Corpus], glossary: policyterms.Glossary) -> None:
    surfaces = {s for sense in glossary.senses for s in sense.surfaces if s}
    print("# policyterms throughput benchmark")
    print()
    print(f"date:      {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"python:    {platform.python_implementation()} {platform.python_version()} on {platform.platform()}")
    print(f"cpus:      {os.cpu_count()} (single-threaded runs)")
    versions = [
        f"policyterms {policyterms.__version__} (git {git_revision()})",
        version_of("pyahocorasick"),
        version_of("OpenCC", "opencc-python-reimplemented"),
        version_of("flashtext"),
        version_of("acora"),
        version_of("daachorse"),
        version_of("ahocorasick_rs", "ahocorasick-rs"),
    ]
    print(f"packages:  {', '.join(versions)}")
    print(f"glossary:  {len(glossary.senses)} senses, {len(surfaces)} distinct raw surfaces")
    for corpus in corpora:
        print(f"corpus ({corpus.key}): {len(corpus.text):,} chars from {corpus.source}")
    print()


def fmt_rate(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value / 1e6:.2f} M"


def fmt_found(m: Measurement) -> str:
    if m.found is None or not m.total:
        return "—"
    return f"{m.found:,}/{m.total:,} ({100 * m.found / m.total:.1f}%)"


def pipeline_rate(by_name: dict[str, dict[str, Measurement]], key: str) -> float | None:
    results = by_name.get("policyterms Annotator().annotate") or {}
    return results[key].chars_per_s if key in results else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per contender (median; default 5)")
    parser.add_argument("--corpus", type=Path, help="the shared corpus folder (default: <repo>/../shared/corpus)")
    parser.add_argument("--chars", type=int, default=1_000_000, help="size of the repeated corpora (default 1e6)")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    glossary = policyterms.load_glossary()
    corpora = [national_corpus(args.corpus, args.chars), songjiang_corpus(args.chars)]
    print_environment(corpora, glossary)

    field_contenders = contenders(glossary)
    for contender in field_contenders:
        if contender.name.startswith("OpenCC") and contender.run is not None:
            plan_opencc_slices(contender, corpora)

    # The reference mentions: policyterms' own, keyed by folded surface.
    pipeline = field_contenders[0]
    references: dict[str, list[Span]] = {
        corpus.key: [(s, e, policyterms.fold(t).text) for s, e, t in pipeline.spans(pipeline.run(corpus.text))]
        for corpus in corpora
    }
    rows: list[tuple[Contender, dict[str, Measurement]]] = []
    for contender in field_contenders:
        results: dict[str, Measurement] = {}
        if contender.run is not None:
            for corpus in corpora:
                print(f"  measuring {contender.name} on ({corpus.key}) …", file=sys.stderr, flush=True)
                results[corpus.key] = measure(contender, corpus, args.repeats, references[corpus.key])
        rows.append((contender, results))

    print(f"chars/s: median of {args.repeats} runs after a warm-up; 'also finds': of the mentions policyterms")
    print("reports, how many the contender also reports (same folded surface inside the same span).")
    print()
    header = ["contender", "build s"]
    for corpus in corpora:
        header += [f"({corpus.key}) chars/s", f"({corpus.key}) matches", f"({corpus.key}) also finds"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    notes = []
    for contender, results in rows:
        if contender.skipped:
            print(f"| {contender.name} | {contender.skipped} |" + " |" * (len(header) - 2))
            continue
        cells = [contender.name, f"{contender.build_s:.3f}" if contender.build_s else "—"]
        for corpus in corpora:
            m = results[corpus.key]
            mark = " *" if m.note else ""
            cells += [fmt_rate(m.chars_per_s) + mark, "—" if m.matches is None else f"{m.matches:,}", fmt_found(m)]
            if m.note:
                notes.append(f"* {contender.name} on ({corpus.key}): {m.note}")
        print("| " + " | ".join(cells) + " |")
    print()
    for note in notes:
        print(note)
    if any(c.name.startswith("OpenCC") and c.run and not c.timing_slice for c in field_contenders):
        print(
            "OpenCC converter: timed on the whole corpus (a full run takes less than "
            f"{OPENCC_FULL_LIMIT_S:.0f} s, so no extrapolation was needed)."
        )
    print("build s: time to compile the contender's matcher from the glossary surfaces (once).")
    print()
    by_name = {contender.name: results for contender, results in rows}
    print("Ratios in this run (policyterms' chars/s divided by the other's; above 1 is faster):")
    print()
    for other in (FLOOR, "flashtext KeywordProcessor"):
        if by_name.get(other):
            cells = []
            for corpus in corpora:
                ours, theirs = pipeline_rate(by_name, corpus.key), by_name[other][corpus.key].chars_per_s
                cells.append(f"({corpus.key}) {ours / theirs:.2f}" if ours and theirs else f"({corpus.key}) —")
            print(f"- policyterms ÷ {other}: " + ", ".join(cells))
    print()

    print("Where policyterms' time goes (median seconds per corpus):")
    print()
    print("| stage | " + " | ".join(f"({c.key}) s" for c in corpora) + " |")
    print("|---|" + "---:|" * len(corpora))
    breakdowns = [pipeline_breakdown(glossary, corpus.text, args.repeats) for corpus in corpora]
    for index, (name, _) in enumerate(breakdowns[0]):
        print(f"| {name} | " + " | ".join(f"{b[index][1]:.3f}" for b in breakdowns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
