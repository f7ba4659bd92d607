#!/usr/bin/env python3
"""In how many real documents each flagged glossary sense fires, and how often its
mentions in the labelled outside sets were jargon.

A *flagged* sense is one the annotator marks by default (not ``reference: true``). For
every flagged sense (scope, term) that fires at least once, the script counts the
**documents** it fires in, over a pool of development documents annotated with this
checkout's glossary (``policyterms.load_glossary()`` and ``policyterms.annotate(text,
glossary)``: the glossary alone, no learning, no scope):

* **local** documents: the report bodies of the outside sets, read by
  ``benchmarks/outside_eval.py``'s ``load_documents`` (every set in the repository except
  ``outside10``, which was held out when the fourth reference look ran; bundled texts and the
  set's press pages where ``$POLICYTERMS_OUTSIDE_PRESS/<set>/`` holds them), the local and
  provincial reports under ``glossary/texts/provinces/`` and the five Shanghai district
  documents (``glossary/texts/*.txt``, byte-for-byte the corpus's ``shanghai/`` files);
* **national** reports: the 52 national government work reports (rows of
  ``government-work-reports.jsonl`` with a year; the NPC resolutions are left out) and the
  16 CPC National Congress reports of ``/work/shared/corpus/national/`` (``$POLICYTERMS_CORPUS``
  overrides the folder). ``glossary/texts/national/`` holds copies of 62 of them and is not
  read again. ``glossary/texts/english/`` (English pages) is not read.

It also joins, for the labelled outside sets 1–9 (the documents ``outside_eval.py``
evaluates, press pages included, with each set's ``adjudication.json`` applied where there
is one), how many of each sense's mentions overlapped a label (**tp**) and how many did not
(**fp**), annotating as ``outside_eval.py`` does (learning from the document on), so the
tp/fp figures are those behind the recall and precision that script prints.

Output: a tab-separated table on stdout, one row per flagged sense that fires anywhere,
sorted by level (national, provincial, local), then local documents, then national
reports (most first): ``level scope term local_docs national_docs tp fp path:line``.

    PYTHONPATH=src python curation/fire_counts.py > /tmp/fire.tsv
    PYTHONPATH=src python curation/fire_counts.py --min-local 2   # only senses in ≥ 2 local docs

(``--level national,provincial`` keeps only those levels.)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import policyterms  # noqa: E402
import outside_eval  # noqa: E402

CORPUS = Path(os.environ.get("POLICYTERMS_CORPUS", "/work/shared/corpus"))
HELD_OUT = {"outside10"}  # never read


def local_documents() -> list[tuple[str, str]]:
    docs = []
    for name, folder in outside_eval.SETS.items():
        if name in HELD_OUT:
            continue
        documents, _ = outside_eval.load_documents(folder)  # bundled texts and the set's press pages
        docs.extend((f"{name}/{doc.name}", doc.body) for doc in documents)
    texts = REPO / "glossary" / "texts"
    for path in sorted(texts.glob("*.txt")) + sorted((texts / "provinces").glob("*.txt")):
        docs.append((str(path.relative_to(texts)), path.read_text(encoding="utf-8")))
    return docs


def national_documents() -> list[tuple[str, str]]:
    docs = []
    folder = CORPUS / "national"
    if not folder.is_dir():
        print(f"note: {folder} absent, no national reports counted", file=sys.stderr)
        return docs
    with open(folder / "government-work-reports.jsonl", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if row.get("year"):
                docs.append((f"gwr-{row['year']}", row["content"]))
    with open(folder / "cpc-congress-reports.jsonl", encoding="utf-8") as rows:
        for i, row in enumerate(map(json.loads, rows)):
            docs.append((f"cpc-{row.get('congress')}-{i}", row["content"]))
    return docs


def fires(docs, glossary) -> tuple[Counter, dict]:
    """Documents per flagged sense id, and the senses by id."""
    counts: Counter = Counter()
    senses = {}
    for _, text in docs:
        seen = set()
        for a in policyterms.annotate(text, glossary):
            if a.sense.reference or a.sense.layer != "shipped":
                continue
            seen.add(a.sense.id)
            senses[a.sense.id] = a.sense
        counts.update(seen)
    return counts, senses


def labelled(glossary) -> tuple[Counter, Counter, dict]:
    """Mentions per sense id that overlapped a label (tp) and that did not (fp), sets 1–9."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    senses = {}
    for name, folder in outside_eval.SETS.items():
        if name in HELD_OUT:
            continue
        docs, _ = outside_eval.load_documents(folder, held_out=name != "outside")
        adjudication = folder / outside_eval.ADJUDICATION.name
        if adjudication.is_file():
            outside_eval.adjudicate(docs, outside_eval.load_adjudication(adjudication), folder)
        for doc in docs:
            layered = outside_eval.layered(glossary, outside_eval.learn_document(doc.body))
            for a in policyterms.Annotator(layered).annotate(doc.body):
                hit = any(a.start < lb["end"] and lb["start"] < a.end for lb in doc.labels)
                (tp if hit else fp)[a.sense.id] += 1
                senses.setdefault(a.sense.id, a.sense)
    return tp, fp, senses


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-local", type=int, default=0, help="only senses firing in at least this many local documents …")
    parser.add_argument("--min-national", type=int, default=None,
                        help="… or (with --min-local) in at least this many national reports")
    parser.add_argument("--level", default="national,provincial,local", help="comma-separated levels to print")
    args = parser.parse_args(argv)

    glossary = policyterms.load_glossary()
    local_docs, national_docs = local_documents(), national_documents()
    local, s1 = fires(local_docs, glossary)
    national, s2 = fires(national_docs, glossary)
    tp, fp, s3 = labelled(glossary)
    senses = {**s3, **s2, **s1}
    levels = args.level.split(",")
    print(f"# {len(local_docs)} local documents, {len(national_docs)} national reports", file=sys.stderr)
    rows = []
    for sid in set(local) | set(national):
        sense = senses[sid]
        level = outside_eval.scope_level(sense.scope)
        if level not in levels:
            continue
        keep = local[sid] >= args.min_local
        if args.min_national is not None:
            keep = keep or national[sid] >= args.min_national
        if not keep:
            continue
        rows.append((levels.index(level), -local[sid], -national[sid], sense.scope, sense.term, level, sid))
    print("level\tscope\tterm\tlocal_docs\tnational_docs\ttp\tfp\tdeclared_at")
    for _, _, _, scope, term, level, sid in sorted(rows):
        s = senses[sid]
        print(f"{level}\t{scope}\t{term}\t{local[sid]}\t{national[sid]}\t{tp[sid]}\t{fp[sid]}\t{s.declared_at}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
