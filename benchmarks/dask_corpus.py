#!/usr/bin/env python3
"""Annotating the national corpus on a local Dask cluster of 1 and of 2 worker processes.

Reads ``national/*.jsonl`` of the shared corpus (``<repo>/../shared/corpus``, or the
worktree layout's ``<repo>/../../shared/corpus``, or ``--corpus DIR``) the way
docs/dask.md recommends for shared storage, ``dask.bag.read_text(...).map(json.loads)``,
and annotates every row (``content``, named by ``title``) with
:func:`policyterms.integrations.dask.annotate_bag`, learning from each document as
``policyterms annotate`` does. For comparison it runs the same documents through
:func:`policyterms.corpus.annotate_corpus` in this process, and checks that every Dask run
gives the same records, byte for byte; and, for what the machine's cores give without Dask,
the same with ``jobs=N`` worker processes (``policyterms annotate --jobs N``).

Timings: cluster start-up; the first run (each worker process then loads the glossary
from the user's cache); the median of ``--repeats`` later runs. Needs the dask extra
(``pip install -e '.[dask]'``). Without the corpus it says so and exits with status 0.

    python benchmarks/dask_corpus.py [--corpus DIR] [--workers 1 2] [--repeats 3] [--blocksize 256KiB]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = [REPO.parent / "shared" / "corpus" / "national", REPO.parent.parent / "shared" / "corpus" / "national"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder holding the national *.jsonl files")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--blocksize", default="256KiB", help="dask.bag.read_text blocksize (partition size)")
    args = parser.parse_args()

    folder = args.corpus or next((c for c in CANDIDATES if c.is_dir()), None)
    files = sorted(folder.glob("*.jsonl")) if folder and folder.is_dir() else []
    if not files:
        where = args.corpus or " or ".join(map(str, CANDIDATES))
        print(f"the national corpus is not here ({where}): nothing to measure")
        return 0
    try:
        import dask
        import dask.bag as db
        import distributed
    except ImportError:
        print("this benchmark needs the dask extra: pip install -e '.[dask]'")
        return 0

    import policyterms
    from policyterms.corpus import AnnotateOptions, annotate_corpus, iter_documents
    from policyterms.integrations.dask import annotate_bag

    try:
        rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        rev = "?"
    print(f"python:    {platform.python_implementation()} {platform.python_version()} on {platform.platform()}")
    print(f"cpus:      {os.cpu_count()} (load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    print(f"packages:  policyterms {policyterms.__version__} (git {rev or '?'}), dask {dask.__version__}, distributed {distributed.__version__}")

    documents = list(iter_documents([str(f) for f in files], text_key="content", id_key="title"))
    chars = sum(len(d.text or "") for d in documents)
    print(f"corpus:    {len(documents)} documents, {chars:,} characters from {', '.join(map(str, files))}")

    policyterms.load_glossary()  # warm, as the workers' cache is
    start = time.perf_counter()
    reference = [json.dumps(r, ensure_ascii=False) for _, records, _ in annotate_corpus(documents, AnnotateOptions()) for r in records or ()]
    single = time.perf_counter() - start
    print(f"records:   {len(reference):,} mentions")
    print()
    print("| run | workers | partitions | start-up s | first run s | later runs s (median) | chars/s | same records |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print(f"| annotate_corpus, this process | — | — | — | {single:.2f} | — | {chars / single / 1e6:.2f} M | (reference) |")
    for jobs in [w for w in args.workers if w > 1]:
        times, same = [], True
        for _ in range(max(1, args.repeats)):
            start = time.perf_counter()
            got = [json.dumps(r, ensure_ascii=False) for _, records, _ in annotate_corpus(documents, AnnotateOptions(), jobs=jobs) for r in records or ()]
            times.append(time.perf_counter() - start)
            same &= got == reference
        later = statistics.median(times)
        print(f"| annotate_corpus, jobs={jobs} (--jobs) | {jobs} | — | — | — | {later:.2f} | {chars / later / 1e6:.2f} M | {'yes' if same else 'NO'} |")

    for workers in args.workers:
        start = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
        )
        with cluster, distributed.Client(cluster) as client:
            client.wait_for_workers(workers)
            started = time.perf_counter() - start
            rows = db.read_text([str(f) for f in files], blocksize=args.blocksize, encoding="utf-8").map(json.loads)
            bag = annotate_bag(rows, text_key="content", id_key="title")
            times, same = [], True
            for _ in range(1 + args.repeats):
                start = time.perf_counter()
                got = bag.compute()
                times.append(time.perf_counter() - start)
                same &= [json.dumps(r, ensure_ascii=False) for r in got] == reference
            later = statistics.median(times[1:]) if times[1:] else times[0]
            print(
                f"| annotate_bag, LocalCluster | {workers} | {bag.npartitions} | {started:.2f} | {times[0]:.2f} | "
                f"{later:.2f} | {chars / later / 1e6:.2f} M | {'yes' if same else 'NO'} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
