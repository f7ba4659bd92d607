#!/usr/bin/env python3
"""Does the work grow linearly with the input? Times extract, discover and annotate on
adversarial and real text of 10 K, 100 K, 1 M and 10 M characters, and prints each time
with its ratio to the previous size (×10 text: a ratio near 10 is linear, near 100
quadratic).

Adversarial texts (benchmarks/adversarial.py): many enumerations, many distinct quoted
terms, one long line without sentence punctuation, chains of 和, and a run of one
numeral (三三三…, annotated with a glossary holding 三, 三三, … 三×64). Real text: the
bundled reports (glossary/texts/*.txt) repeated.

    python benchmarks/linear.py [--sizes 10K,100K,1M,10M] [--budget 120]

A step whose previous size took longer than --budget seconds is skipped (shown as —).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import policyterms
from policyterms.mining.discover import discover
from policyterms.mining.extract import extract_entries
from policyterms.errors import PolicytermsError
from policyterms.glossary.model import Glossary, Sense

from adversarial import ADVERSARIAL

ROOT = Path(__file__).resolve().parents[1]


def real_text(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "glossary" / "texts").glob("*.txt"))]
    whole = "\n".join(texts)
    return (whole * (size // len(whole) + 1))[:size]


def nested_glossary() -> Glossary:
    senses = tuple(
        Sense(id=f"{n}@全国", cite=(), term="三" * n, scope="全国", en=f"three x{n}", origin="editorial", definition=f"{n} threes")
        for n in range(1, 65)
    )
    return Glossary(senses, {})


def parse_size(text: str) -> int:
    units = {"K": 1_000, "M": 1_000_000}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def timed(work: Callable[[], object]) -> float:
    gc.collect()
    began = time.perf_counter()
    try:
        work()
    except PolicytermsError:
        pass  # extract without an appendix: the time to find none still counts
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10K,100K,1M,10M")
    parser.add_argument("--budget", type=float, default=120.0)
    parser.add_argument("--only", help="comma-separated text kinds")
    args = parser.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    glossary = policyterms.load_glossary()
    nested = nested_glossary()
    kinds: dict[str, Callable[[int], str]] = {**ADVERSARIAL, "real reports": real_text}
    if args.only:
        kinds = {k: v for k, v in kinds.items() if k in args.only.split(",")}
    operations = {
        "extract": lambda text, kind: extract_entries(text),
        "discover": lambda text, kind: discover(text, glossary),
        "annotate": lambda text, kind: policyterms.Annotator(nested if kind == "nested surfaces" else glossary).annotate(text),
    }
    header = "| text | operation | " + " | ".join(f"{s:,} chars" for s in sizes) + " |"
    print(header)
    print("|" + " --- |" * (len(sizes) + 2))
    for kind, make in kinds.items():
        for name, operation in operations.items():
            cells, previous = [], None
            for size in sizes:
                if previous is not None and previous > args.budget:
                    cells.append("—")
                    previous = float("inf")
                    continue
                text = make(size)
                seconds = timed(lambda: operation(text, kind))
                ratio = f" (×{seconds / previous:.1f})" if previous else ""
                cells.append(f"{seconds:.3f} s{ratio}")
                previous = seconds
            print(f"| {kind} | {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
