"""How right learning's reading of a law's or regulation's own definitions is, on labelled pages.

``annotate`` learns what a law or regulation defines (``本法用詞,定義如下:`` over its items,
``本办法所称X，是指…``, ``第二条 X是指…``) through :func:`policyterms.mining.learn.regulation_definitions`.
This script runs it over the bundled glossary pages of ``tests/data/appendices`` and compares each
learned definition with the page's gold: it agrees when the terms are the same (quotation marks and
whitespace left out) and one definition contains the other, with or without its defining verb, or
both open with the same 20 characters. Not a speed benchmark.

    python benchmarks/learn_regulations.py                 # every page that is no held-out page
    python benchmarks/learn_regulations.py --held-out      # the held-out sets' bundled pages: counts only
    python benchmarks/learn_regulations.py --show          # and each learned definition that agrees with no gold entry
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import BUNDLED, held_out_names, load_gold, page_text  # noqa: E402

from policyterms.mining.learn import regulation_definitions  # noqa: E402

_BLANK_AND_QUOTES = re.compile(r"[\s“”「」\"]")
_BLANK = re.compile(r"\s")
_VERB = re.compile(r"^(?:是指|系指|係指|指)")


def agrees(term: str, definition: str, gold: dict[str, str]) -> bool:
    """Whether a learned ``(term, definition)`` agrees with one of ``gold``'s entries (squeezed term → squeezed definition)."""
    key = _BLANK_AND_QUOTES.sub("", term)
    keys = [k for k in gold if k == key] or [k for k in gold if k.startswith(key) or key.startswith(k)]
    if not keys:
        return False
    learned, wanted = _BLANK.sub("", definition), gold[keys[0]]
    bare = _VERB.sub("", learned)
    return learned in wanted or wanted in learned or bare in wanted or wanted[:20] in learned


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="measure the held-out sets' bundled pages instead (counts only)")
    parser.add_argument("--show", action="store_true", help="list each learned definition that agrees with no gold entry (not with --held-out)")
    args = parser.parse_args(argv)
    held_out = held_out_names()
    pages = learned = agreeing = gold_entries = 0
    for path in sorted(BUNDLED.glob("*.txt")):
        name = path.name[:-4]
        if (name in held_out) != args.held_out or not path.with_name(name + ".gold.yaml").exists():
            continue
        found = regulation_definitions(page_text(path)[0])
        if not found:
            continue
        gold_pairs = load_gold(path)
        gold = {_BLANK_AND_QUOTES.sub("", term): _BLANK.sub("", definition) for term, definition in gold_pairs}
        pages += 1
        gold_entries += len(gold_pairs)
        for term, definition, *_ in found:
            learned += 1
            if agrees(term, definition, gold):
                agreeing += 1
            elif args.show and not args.held_out:
                print(f"{name[:40]}\t{term}\t{definition[:60]}")
    which = "held-out pages" if args.held_out else "tune and development pages"
    print(f"{which}: {learned} definitions learned on {pages} pages, {agreeing} agreeing with a gold entry of their page; those pages hold {gold_entries} gold entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
