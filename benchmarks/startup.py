#!/usr/bin/env python3
"""CLI start-up: ``policyterms annotate small.txt -f jsonl`` on a 200-character file,
against a bare ``python -c pass``, in one run.

Both commands run ``--runs`` times, interleaved (so load from other work falls on both
alike), after one warm-up run that fills the glossary cache; the medians and their ratio
are printed. ``small.txt`` is 200 characters of the bundled 金山 report around its first
四好农村路 (five mentions; learning runs, as it does by default). The cache lives in a
temporary ``XDG_CACHE_HOME``, as a user's would after the first run.

    python benchmarks/startup.py [--runs 21] [-- EXTRA ANNOTATE OPTIONS]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from big_glossary import command, small_text  # noqa: E402


def timed(argv: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each command (median; default 21)")
    parser.add_argument("extra", nargs="*", help="more annotate options, after --")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="policyterms-startup-"))
    try:
        environment = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        environment.pop("POLICYTERMS_NO_CACHE", None)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode is kept, as after pip install
        small = small_text(work)
        ours = [*command(), "annotate", str(small), "-f", "jsonl", *args.extra]
        bare = [sys.executable, "-c", "pass"]
        timed(ours, environment)  # fills the cache
        times: dict[str, list[float]] = {"ours": [], "bare": []}
        for _ in range(args.runs):
            times["bare"].append(timed(bare, environment))
            times["ours"].append(timed(ours, environment))
        b, o = statistics.median(times["bare"]), statistics.median(times["ours"])
        print(f"file:      {small.stat().st_size} bytes, {len(small.read_text(encoding='utf-8'))} characters")
        print(f"command:   {' '.join(ours)}")
        print(f"python -c pass:   median {b * 1000:.1f} ms of {args.runs} (min {min(times['bare']) * 1000:.1f})")
        print(f"policyterms:      median {o * 1000:.1f} ms of {args.runs} (min {min(times['ours']) * 1000:.1f})")
        print(f"ratio:            {o / b:.2f} x python -c pass (target: at most 5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
