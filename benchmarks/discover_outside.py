#!/usr/bin/env python3
"""discover on documents it was never tuned on: the outside evaluation set.

Runs :func:`policyterms.mining.discover.discover` (``include_known=True``: as a jargon detector,
whatever the glossary knows) on every document of ``benchmarks/outside/`` and compares its
candidates with the hand labels (``docs/outside-evaluation.md``):

* a candidate is **right** when its folded surface equals, contains or is contained in the
  folded text of a label of that document (discover reports each surface once);
* a distinct labelled surface is **found** when some candidate is right for it.

Recall is per level (national, provincial, local) over distinct labelled surfaces;
precision over candidates. Figures for dev, test (held apart) and all.

    python benchmarks/discover_outside.py [--set outside|outside2|…] [--details]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from outside_eval import LEVELS, SETS, load_documents  # noqa: E402

from policyterms.mining.discover import discover  # noqa: E402
from policyterms.text.fold import fold  # noqa: E402


def related(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list wrong candidates and misses (dev only)")
    parser.add_argument("--set", choices=tuple(SETS), default="outside",
                        help="which labelled set (see benchmarks/outside_eval.py); the later sets are all test")
    args = parser.parse_args(argv)
    docs, _ = load_documents(SETS[args.set], held_out=args.set != "outside")
    totals = {name: {"cand": 0, "right": 0, **{f"{lv}_n": 0 for lv in LEVELS}, **{f"{lv}_f": 0 for lv in LEVELS}} for name in ("dev", "test", "all")}
    for doc in docs:
        candidates = [c.folded for c in discover(doc.body, include_known=True).candidates]
        surfaces: dict[str, str] = {}
        for label in doc.labels:
            surfaces.setdefault(fold(label["text"]).text, label["level"])
        right = [c for c in candidates if any(related(c, s) for s in surfaces)]
        found = {s: lv for s, lv in surfaces.items() if any(related(c, s) for c in candidates)}
        for name in (doc.split, "all"):
            t = totals[name]
            t["cand"] += len(candidates)
            t["right"] += len(right)
            for surface, level in surfaces.items():
                t[f"{level}_n"] += 1
                t[f"{level}_f"] += surface in found
        if args.details and doc.split == "dev":
            print(f"## {doc.path.name if hasattr(doc, 'path') else doc.header.get('place')}")
            print("  wrong:", "、".join(c for c in candidates if c not in right))
            print("  missed:", "、".join(f"{s}[{lv[0]}]" for s, lv in surfaces.items() if s not in found))

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%} ({a}/{b})" if b else "–"

    print("split | candidates | precision | recall national | recall provincial | recall local | recall all")
    for name, t in totals.items():
        n = sum(t[f"{lv}_n"] for lv in LEVELS)
        f = sum(t[f"{lv}_f"] for lv in LEVELS)
        recalls = " | ".join(pct(t[f"{lv}_f"], t[f"{lv}_n"]) for lv in LEVELS)
        print(f"{name} | {t['cand']} | {pct(t['right'], t['cand'])} | {recalls} | {pct(f, n)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
