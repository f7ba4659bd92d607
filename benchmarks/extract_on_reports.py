"""What ``policyterms extract`` gives when a user names a whole report, not a glossary page.

A work report without a 名词解释 appendix has no glossary entries, yet its prose holds sentences shaped like
definitions (``多数精神产品是以商品形式进行流通的，但是…``) and section headings over narrative. Every entry extract gives
there is printed, so that a reviewer can judge each: the false ones are what a user would be handed as the report's
own glossary. Read: the national work reports (1954–2025) and CPC congress reports of ``../shared/corpus/national/``,
the Shanghai reports of ``../shared/corpus/shanghai/`` and the shared appendix excerpts (with ``$POLICYTERMS_SHARED``
for another place of ``shared/``), and the report texts bundled in ``glossary/texts/``.

    python benchmarks/extract_on_reports.py            # one line per entry: document, term, definition
    python benchmarks/extract_on_reports.py --counts   # entries per document only

The 金山 report's 29 appendix entries and the shared excerpts' entries are real glossary entries; any other line is a
definition found in a report's prose, to be judged by reading it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("POLICYTERMS_SHARED", REPO.parent / "shared"))


def documents() -> list[tuple[str, str]]:
    """(name, text) of every report read, in a fixed order."""
    docs = []
    for name in ("government-work-reports.jsonl", "cpc-congress-reports.jsonl"):
        path = SHARED / "corpus" / "national" / name
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            docs.append((f"{name}:{i}:{row.get('title', '')[:20]}", row["content"]))
    texts = REPO / "glossary" / "texts"
    for path in sorted([*texts.glob("*.txt"), *texts.glob("english/*.txt"), *texts.glob("provinces/*.txt")]):
        docs.append((str(path.relative_to(REPO)), path.read_text(encoding="utf-8")))
    for folder in ("shanghai", "appendices"):
        for path in sorted((SHARED / "corpus" / folder).glob("*.txt")):
            docs.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", action="store_true", help="print the number of entries per document only")
    args = parser.parse_args()
    if not (SHARED / "corpus" / "national").is_dir():
        print(f"{SHARED / 'corpus'} is absent: put the shared corpus beside the repository or set POLICYTERMS_SHARED", file=sys.stderr)
        return 2
    docs, total = documents(), 0
    for name, text in docs:
        try:
            entries = extract_entries(text)
        except InputError:  # no glossary entries found: the right answer for a report without an appendix
            entries = []
        total += len(entries)
        if args.counts:
            if entries:
                print(f"{name}\t{len(entries)}")
            continue
        for entry in entries:
            print(f"{name}\t{entry.term}\t{entry.definition}")
    print(f"# {len(docs)} documents, {total} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
