"""Exact-match precision and recall of ``policyterms extract`` on real glossary pages.

Pages come from three places, each page a ``NAME.txt`` (``# url:``/``# place:``/``# year:``/
``# truncated:`` header, a blank line, the text as served) with a hand-made
``NAME.gold.yaml`` (the complete entries: term as written, definition as written with line
breaks removed):

* ``tests/data/appendices/`` — official pages bundled with the repository;
* ``../shared/corpus/appendices/`` beside the repository (or ``$POLICYTERMS_SHARED_APPENDICES``) — the shared
  excerpts, when present;
* ``/tmp/appendix-press/`` (or ``$POLICYTERMS_PRESS_APPENDICES``) — press pages, which are
  not bundled (their URLs are in ``tests/data/appendices/PRESS-URLS.txt``), when present.

An extracted entry matches a gold entry when term and definition are equal after removing
whitespace (``strict``) — and, in the main figure, after also removing converter pinyin
(``區(qū)`` → ``區``) with :func:`policyterms.text.fold.strip_pinyin`, since extraction removes that
noise from terms and definitions by design while the gold keeps the page's text as written.
A diagnostic figure beside it counts gold entries whose term is found exactly with a definition
that opens exactly (its first ``OPENING`` characters) but may end elsewhere: where a definition
ends is the judgement the gold of different pages makes differently, and this shows how much of
the gap to exact match lies there. It is not the measure.

The split is ``tests/data/appendices/SPLIT.md``: ``tune``; ``dev-1`` … ``dev-6``, the first
six held-out sets, development data since their failures were fixed by looking at them;
``dev-7``, a set collected as development (tuning) pages; a section ``## held-out, eighth set``
(and so on) is measured as ``held-out-8``. Each set is measured separately. A bundled or press page that SPLIT.md does
not name is not measured (a set being collected stays unseen); the shared excerpts are tune.

    python benchmarks/extract_eval.py            # per page and per split
    python benchmarks/extract_eval.py --split dev-1 --show   # one split, misses listed
    python benchmarks/extract_eval.py --json     # machine-readable

A page may also have a second gold, ``NAME.gold2.yaml``, written independently by a second person
from the page and the same conventions, without seeing the first gold or any extractor output.
``--gold second`` measures the extractor against it; ``--agreement`` compares the two golds with
each other by the same exact match, which says how far two careful readers of the conventions agree
on where entries start and end — the ceiling an exact-match figure can be read against.

    python benchmarks/extract_eval.py --split held-out-20 --gold second
    python benchmarks/extract_eval.py --split dev-19 --agreement --show
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from policyterms.text.fold import strip_pinyin

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "tests" / "data" / "appendices"
SHARED = Path(os.environ.get("POLICYTERMS_SHARED_APPENDICES", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "appendices"))
PRESS = Path(os.environ.get("POLICYTERMS_PRESS_APPENDICES", "/tmp/appendix-press"))
SPLIT = BUNDLED / "SPLIT.md"


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_TENS = ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")
# SPLIT.md names its sets in words (``development, forty-sixth set``, ``held-out, hundred-and-first
# set``); spelled out here up to the hundred-and-ninety-ninth so that a new set needs no new name.
_BELOW_HUNDRED = _UNITS + _TEENS + tuple(
    ordinal for tens in _TENS for ordinal in (f"{tens}ieth", *(f"{tens}y-{unit}" for unit in _UNITS))
)
ORDINALS = _BELOW_HUNDRED + ("hundredth",) + tuple(f"hundred-and-{ordinal}" for ordinal in _BELOW_HUNDRED)


def _set_name(heading: str) -> str | None:
    """``development, third set`` → ``dev-3``; ``held-out, fourth set`` → ``held-out-4``;
    ``tune`` → ``tune``; another heading → None."""
    if heading.startswith("tune"):
        return "tune"
    match = re.match(r"(development|held-out), ([\w-]+) set", heading)
    if not match or match.group(2) not in ORDINALS:
        return None
    number = ORDINALS.index(match.group(2)) + 1
    return f"{'dev' if match.group(1) == 'development' else 'held-out'}-{number}"


def held_out_names() -> set[str]:
    """Page names listed under the '## held-out' sections of SPLIT.md."""
    return {page for page, name in held_out_sets().items() if name.startswith("held-out")}


def held_out_sets() -> dict[str, str]:
    """Page name → its set, for every page SPLIT.md names: ``tune``; ``dev-1``, ``dev-2``,
    ``dev-3`` (the first three held-out sets, development data since their failures were
    fixed); ``held-out-N`` for a set still held out. Each set is measured separately."""
    text = SPLIT.read_text("utf-8")
    out: dict[str, str] = {}
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        name = _set_name(section)
        if name is None:
            continue
        for page in re.findall(r"^\| ([0-9A-Z][\w.-]+) \|", section, re.MULTILINE):
            out[page] = name
    return out


def page_text(path: Path) -> tuple[str, dict[str, str]]:
    """The page's text (header removed) and its header fields."""
    raw = path.read_text("utf-8")
    header: dict[str, str] = {}
    if raw.startswith("# url:"):
        head, _, raw = raw.partition("\n\n")
        for line in head.splitlines():
            key, _, value = line[2:].partition(":")
            header[key.strip()] = value.strip()
    return raw, header


def squeeze(text: str, *, pinyin: bool) -> str:
    text = re.sub(r"\s+", "", text)
    return re.sub(r"\s+", "", strip_pinyin(text)) if pinyin else text


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    strict: int = 0
    opened: int = 0  # term exact and definition opening exact, its end anywhere
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.matched += other.matched
        self.strict += other.strict
        self.opened += other.opened

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


#: How many characters of a definition's opening the diagnostic ``opened`` figure compares.
OPENING = 8

#: The file beside ``NAME.txt`` holding each writer's gold entries.
GOLD_FILES = {"first": ".gold.yaml", "second": ".gold2.yaml"}


def load_gold(path: Path, which: str = "first") -> list[tuple[str, str]]:
    """The gold entries of the page ``path`` (``NAME.txt``) as (term, definition) pairs."""
    listed = yaml.safe_load(path.with_name(path.name[:-4] + GOLD_FILES[which]).read_text("utf-8")) or []
    return [(g["term"], g["definition"]) for g in listed]


def score_page(path: Path, gold_file: str = "first") -> Score:
    """The extractor's entries on one page against its ``gold_file`` gold."""
    text, _ = page_text(path)
    try:
        entries = [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        entries = []
    return compare(load_gold(path, gold_file), entries)


def agreement_page(path: Path) -> Score:
    """The second gold scored against the first as if it were an extractor's output."""
    return compare(load_gold(path, "first"), load_gold(path, "second"))


def compare(gold: list[tuple[str, str]], entries: list[tuple[str, str]]) -> Score:
    """Exact match of ``entries`` against ``gold`` after removing whitespace (and, for the main
    figure, converter pinyin)."""
    score = Score(gold=len(gold), extracted=len(entries))
    for pinyin in (True, False):
        wanted = {(squeeze(t, pinyin=pinyin), squeeze(d, pinyin=pinyin)) for t, d in gold}
        got = {(squeeze(t, pinyin=pinyin), squeeze(d, pinyin=pinyin)) for t, d in entries}
        if pinyin:
            openings = {(t, d[:OPENING]) for t, d in got}
            score.opened = sum((t, d[:OPENING]) in openings for t, d in wanted)
            score.matched = len(wanted & got)
            score.missed = sorted(wanted - got)
            score.wrong = sorted(got - wanted)
        else:
            score.strict = len(wanted & got)
    return score


def pages(gold_files: tuple[str, ...] = ("first",)) -> tuple[list[tuple[str, Path]], list[str]]:
    """Every page with each of ``gold_files``' gold beside it, by folder, and notes on the folders."""
    found, notes = [], []
    for label, folder in (("bundled", BUNDLED), ("shared", SHARED), ("press", PRESS)):
        if not folder.is_dir():
            notes.append(f"{label} pages: {folder} is absent, not measured")
            continue
        listed = sorted(p for p in folder.glob("*.txt") if all(p.with_name(p.name[:-4] + GOLD_FILES[g]).is_file() for g in gold_files))
        notes.append(f"{label} pages: {len(listed)} from {folder}")
        found += [(label, p) for p in listed]
    return found, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    held = held_out_sets()
    sets = ["tune", *sorted({n for n in held.values() if n != "tune"}, key=lambda n: (n.startswith("held"), n))]
    parser.add_argument("--split", choices=(*sets, "all"), default="all", help="which pages to measure")
    parser.add_argument("--show", action="store_true", help="list missed and wrong entries per page")
    parser.add_argument("--gold", choices=tuple(GOLD_FILES), default="first", help="measure against the first gold (NAME.gold.yaml) or the second (NAME.gold2.yaml)")
    parser.add_argument("--agreement", action="store_true", help="compare the second gold with the first instead of running the extractor (pages with both)")
    args = parser.parse_args(argv)
    found, notes = pages(tuple(GOLD_FILES) if args.agreement else (args.gold,))
    totals = {name: Score() for name in sets}
    rows, unlisted = [], []
    for label, path in found:
        name = path.name[:-4]
        # The shared excerpts are tune pages; a bundled or press page SPLIT.md does not name is
        # not measured (a page being collected for a new held-out set stays unseen).
        split = held.get(name, "tune" if label == "shared" else None)
        if split is None:
            unlisted.append(name)
            continue
        if args.split != "all" and split != args.split:
            continue
        score = agreement_page(path) if args.agreement else score_page(path, args.gold)
        totals[split].add(score)
        rows.append((split, label, name, score))
    if unlisted:
        notes.append(f"{len(unlisted)} pages not named in {SPLIT.name}, not measured")
    if args.json:
        out = {
            "notes": notes,
            "pages": [
                {"split": s, "source": l, "page": n, "gold": c.gold, "extracted": c.extracted, "matched": c.matched, "strict": c.strict, "opened": c.opened}
                for s, l, n, c in rows
            ],
            "totals": {k: {"gold": v.gold, "extracted": v.extracted, "matched": v.matched, "strict": v.strict, "opened": v.opened} for k, v in totals.items()},
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for note in notes:
        print(f"# {note}")
    print(f"{'split':9} {'page':34} {'gold':>4} {'got':>4} {'exact':>5} {'strict':>6}   P      R")
    for split, _, name, c in rows:
        print(f"{split:9} {name:34} {c.gold:4} {c.extracted:4} {c.matched:5} {c.strict:6}   {c.precision:5.0%}  {c.recall:5.0%}")
        if args.show:
            missed, wrong = ("first only", "second only") if args.agreement else ("missed", "wrong")
            for term, definition in c.missed:
                print(f"    {missed}: {term} | {definition[:60]}")
            for term, definition in c.wrong:
                print(f"    {wrong}:  {term} | {definition[:60]}")
    for split, c in totals.items():
        if args.split not in ("all", split):
            continue
        if args.agreement:
            if not c.gold + c.extracted:  # a set without second gold
                continue
            print(
                f"{split}: {c.matched} entries in both golds exactly; {c.matched}/{c.gold} of the first gold's "
                f"({c.recall:.1%}), {c.matched}/{c.extracted} of the second's ({c.precision:.1%}); "
                f"strict (pinyin kept): {c.strict}; term and opening alike, end anywhere: {c.opened}"
            )
            continue
        print(
            f"{split}: {c.matched}/{c.gold} gold entries found exactly (recall {c.recall:.1%}), "
            f"{c.matched}/{c.extracted} extracted entries exact (precision {c.precision:.1%}); "
            f"strict (pinyin kept): {c.strict}; term and opening right, end anywhere: {c.opened}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
