#!/usr/bin/env python3
"""The streaming guarantee on a file of a gigabyte: bounded memory, and exactly the output
of whole-text annotation.

1. **Build** a test file (default 1 GiB; ``--size 64M`` for a quick try) in a temporary
   folder, deleted afterwards unless ``--keep``: the five bundled reports
   (``glossary/texts/*.txt``) followed by the 72 national government work reports of the
   shared corpus (``<repo>/../shared/corpus/national/government-work-reports.jsonl``, or
   ``--corpus DIR``) when present, repeated until the size is reached. Without the shared
   corpus the bundled reports alone are repeated, and the script says so.

   Pieces are joined by separators of varying length (a newline and 0–4095 spaces), and
   where one of the CLI's read blocks (``policyterms.text.stream.CHUNK_BYTES``, 1 MiB) would
   end inside the next piece, the separator length is chosen so that the block boundary
   falls *inside a mention*: in the middle of a character's UTF-8 bytes, between two
   characters, or at a line break or pinyin annotation inside the term (in turn). The
   script then counts, from the streamed output, how many annotations really straddle a
   block boundary, so the seams are shown to have been exercised, not just planned.

2. **Stream** it: ``python -m policyterms.cli annotate FILE --format jsonl -o OUT`` in a
   child process, timed, with the child's peak RSS taken from ``os.wait4`` (the kernel's
   ``ru_maxrss`` for exactly that child).

3. **Identity**, checked exactly. Whole-text annotation of the full file is what streaming
   promises to equal, so that is the reference: a second child process decodes the whole
   file into one ``str`` (``policyterms.text.textio.read_text``, as the CLI does for whole-text
   formats), runs ``Annotator().annotate(text)`` on it and writes JSON Lines with the
   CLI's own ``write_jsonl``; the two outputs must have the same SHA-256. That child needs
   several GB for a 1 GiB file (about 7–10 bytes of memory per byte of input: the text
   as a ``str``, its folded copy, the offset map, the annotations), which is the point of
   streaming, and its peak RSS is reported too. On this 24 GiB machine that is feasible.
   When the free memory is less than the estimate (or with ``--identity prefix``), the
   reference is computed for a prefix of the file instead (``--prefix``, default 128 MiB,
   cut at a line end): that prefix is streamed through the CLI and annotated whole, and
   the outputs compared the same way; the result then says it covers the prefix only.
   Block-wise prediction from the known pieces was not used: it is exact only when no term
   straddles a seam between pieces, which the whole-text reference does not need to assume.

Both children run the same snapshot of the package and its glossary, copied into the
temporary folder at the start (``PYTHONPATH``), so edits landing in the repository during
the run cannot make the two differ.

Prints a result block: file size, characters, annotations, wall time, MB/s, peak RSS while
streaming (target: well under 300 MB), boundary straddles, identity PASS/FAIL and how.
Exit status 0 when identity passes, 1 otherwise.

    python benchmarks/stream_1gb.py                 # 1 GiB, several minutes
    python benchmarks/stream_1gb.py --size 64M      # quick mode
    python benchmarks/stream_1gb.py --keep --dir /var/tmp --identity prefix
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
TEXTS = REPO / "glossary" / "texts"
NATIONAL_REPORTS = Path("national") / "government-work-reports.jsonl"

MAX_PAD = 4096  # longest separator, in bytes
#: Memory the whole-text reference is assumed to need per byte of input, plus a base.
#: Measured: ~7.2 bytes/byte on the bundled reports (61 MB → 436 MiB peak).
WHOLE_BYTES_PER_BYTE = 10
WHOLE_BASE_BYTES = 1 << 30
TARGET_RSS_MB = 300


# ---------------------------------------------------------------------------------------
# Sizes


def parse_size(value: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*", value.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 64M or 1G)")
    number, unit = float(match.group(1)), match.group(2)
    size = int(number * (1 << (10 * " kmgt".index(unit or " "))))
    if size < 1 << 20:
        raise argparse.ArgumentTypeError("the size must be at least 1M")
    return size


def human(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.2f} {unit}"
        size /= 1024
    return f"{size} B"


# ---------------------------------------------------------------------------------------
# Building the file


@dataclass
class Piece:
    name: str
    text: str
    data: bytes
    #: Cut points (byte offsets inside the piece) that lie strictly inside a mention, by kind.
    cuts: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class Built:
    path: Path
    size: int
    chars: int
    pieces_written: int
    source: str
    #: Every read-block boundary: (character index where the next block's text starts,
    #: whether the boundary splits a character's bytes).
    boundaries: list[tuple[int, bool]] = field(default_factory=list)
    planned: dict[str, int] = field(default_factory=dict)


CUT_KINDS = ("mid-character", "between characters", "at a deletion")


def load_pieces(corpus_dir: Path | None) -> tuple[list[Piece], str]:
    import policyterms

    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(TEXTS.glob("*.txt"))]
    source = f"the {len(texts)} bundled reports (glossary/texts/*.txt)"
    path = (corpus_dir or SHARED_CORPUS) / NATIONAL_REPORTS
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        texts += [(row["title"], row["content"]) for row in rows]
        source += f" + {len(rows)} national reports from {path}"
    else:
        source += f"; shared corpus NOT FOUND at {path}, so the bundled reports alone"
    annotator = policyterms.Annotator()
    pieces = []
    for name, text in texts:
        piece = Piece(name, text, text.encode("utf-8"), {kind: [] for kind in CUT_KINDS})
        byte_at = _byte_offsets(text)
        for a in annotator.annotate(text):
            for i in range(a.start, a.end):
                begin = byte_at[i]
                width = byte_at[i + 1] - begin
                if i > a.start:
                    kind = "at a deletion" if text[i].isspace() or text[i] == "(" else "between characters"
                    piece.cuts[kind].append(begin)
                if width > 1:
                    piece.cuts["mid-character"].append(begin + 1)
        pieces.append(piece)
    return pieces, source


def _byte_offsets(text: str) -> list[int]:
    offsets = [0]
    total = 0
    for char in text:
        total += len(char.encode("utf-8"))
        offsets.append(total)
    return offsets


def block_boundaries(size: int) -> list[int]:
    """Byte offsets at which the CLI's reader ends one block and starts the next."""
    from policyterms.text.stream import CHUNK_BYTES, HEAD_BYTES

    first = max(CHUNK_BYTES, HEAD_BYTES)
    return list(range(first, size, CHUNK_BYTES))


def build_file(path: Path, size: int, pieces: list[Piece], source: str, seed: int = 1) -> Built:
    """Write ``pieces`` in turn until ``size`` bytes, steering read-block boundaries into mentions.

    When the next block boundary would fall inside the next piece, the separator before it
    is sized so the boundary lands on a cut point of the wanted kind; if that piece has none
    within reach (the national reports are sparse), one of the dense bundled reports is
    written there first (or, when the boundary is still too far ahead, the largest of them
    as filler), and the regular order resumes after it.
    """
    rng = random.Random(seed)
    dense = [piece for piece in pieces if piece.name.endswith(".txt")]
    boundaries = block_boundaries(size + MAX_PAD + max(len(p.data) for p in pieces))
    built = Built(path, 0, 0, 0, source, planned={kind: 0 for kind in (*CUT_KINDS, "unplanned")})
    next_boundary = 0  # index into boundaries
    cur_bytes = cur_chars = 0
    turn = 0
    index = 0
    with path.open("wb") as out:
        while cur_bytes < size:
            piece = pieces[index % len(pieces)]
            pad = rng.randrange(1, 64) if cur_bytes else 0
            reach = boundaries[next_boundary] - cur_bytes  # where the boundary falls, counted from here
            if cur_bytes and reach < len(piece.data) + MAX_PAD:
                kind = CUT_KINDS[turn % len(CUT_KINDS)]
                turn += 1
                plan = _plan_cut([piece, *dense], reach, kind, rng)
                filler = max(dense, key=lambda p: len(p.data))
                if plan is None and reach > len(filler.data) + 64:
                    # Nothing in reach yet: write a dense report first (it ends before the
                    # boundary) and plan again after it.
                    piece, index, turn = filler, index - 1, turn - 1
                elif plan is None:
                    built.planned["unplanned"] += 1
                else:
                    planned_piece, pad, kind = plan
                    built.planned[kind] += 1
                    if planned_piece is not piece:
                        piece, index = planned_piece, index - 1  # inserted: the scheduled one comes next
            index += 1
            separator = ("\n" + " " * (pad - 1)).encode("ascii") if pad else b""
            for chunk, text in ((separator, separator.decode("ascii")), (piece.data, piece.text)):
                end_bytes = cur_bytes + len(chunk)
                while next_boundary < len(boundaries) and boundaries[next_boundary] < end_bytes:
                    inner = boundaries[next_boundary] - cur_bytes
                    head = chunk[:inner].decode("utf-8", errors="ignore")
                    built.boundaries.append((cur_chars + len(head), len(head.encode("utf-8")) != inner))
                    next_boundary += 1
                out.write(chunk)
                cur_bytes = end_bytes
                cur_chars += len(text)
            built.pieces_written += 1
    built.size = cur_bytes
    built.chars = cur_chars
    return built


def _plan_cut(
    candidates: list[Piece], reach: int, kind: str, rng: random.Random
) -> tuple[Piece, int, str] | None:
    """A piece and a separator length that put the boundary ``reach`` bytes ahead inside a
    mention: the wanted kind of cut if any candidate has one in reach, else any kind."""
    low, high = reach - MAX_PAD, reach - 1  # cut offsets inside the piece for pads 1..MAX_PAD
    for wanted in dict.fromkeys((kind, *CUT_KINDS)):
        for piece in candidates:
            cuts = piece.cuts[wanted]
            first, last = bisect_left(cuts, low), bisect_left(cuts, high + 1)
            if first < last:
                cut = cuts[rng.randrange(first, last)]
                return piece, reach - cut, wanted
    return None


# ---------------------------------------------------------------------------------------
# Running children


@dataclass
class Run:
    seconds: float
    peak_rss_kib: int
    returncode: int
    stderr: str


#: Environment of the children: set by :func:`snapshot` so both import the same code and glossary.
CHILD_ENV: dict[str, str] | None = None


def snapshot(folder: Path) -> str:
    """Copy the package and the glossary into ``folder`` and make the children import them.

    The repository is edited while the benchmark runs (glossary commits land every few
    minutes); without a snapshot the streaming run and the whole-text reference, minutes
    apart, could load different glossaries and differ for that reason alone.
    """
    global CHILD_ENV
    import policyterms

    package = Path(policyterms.__file__).resolve().parent
    from policyterms.glossary.files import default_glossary_dir

    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(package, folder / "src" / "policyterms", ignore=ignore)
    # default_glossary_dir() finds <src>/../glossary in a checkout layout.
    shutil.copytree(default_glossary_dir(), folder / "glossary", ignore=ignore)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder / "src"), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    CHILD_ENV = env
    probe = subprocess.run(
        [sys.executable, "-c", "import policyterms, policyterms.glossary.model as g; "
         "print(policyterms.__file__); print(g.default_glossary_dir())"],
        env=env, capture_output=True, text=True, check=True, cwd=REPO,
    ).stdout.split("\n")
    if not all(line.startswith(str(folder)) for line in probe[:2]):
        raise SystemExit(f"the snapshot is not what the children import: {probe[:2]}")
    return f"{package} and {default_glossary_dir()} at git {git_revision()}, copied to {folder}"


def git_revision() -> str:
    try:
        def git(*args: str) -> str:
            return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout

        dirty = git("status", "--porcelain", "--", "src", "glossary").strip()
        return git("rev-parse", "--short", "HEAD").strip() + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run_child(command: list[str], stderr_path: Path) -> Run:
    """Run ``command``; wall time and the kernel's peak RSS of exactly that child."""
    with stderr_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=err, stderr=err, cwd=REPO, env=CHILD_ENV
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss, process.returncode, stderr_path.read_text(errors="replace")[-4000:])


def stream_command(path: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "policyterms.cli", "annotate", str(path), "--format", "jsonl", "-o", str(out)]


def whole_command(path: Path, out: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--whole-text-reference", str(path), str(out)]


def whole_text_reference(path: str, out: str) -> int:
    """Child mode: annotate the whole file as one str, write JSON Lines like the CLI."""
    from policyterms import Annotator
    from policyterms.render import write_jsonl
    from policyterms.text.textio import read_text

    text = read_text(path).text
    annotations = Annotator().annotate(text)
    del text
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        write_jsonl(annotations, handle)
    return 0


# ---------------------------------------------------------------------------------------
# Checking


_SPAN = re.compile(rb'^\{"start": (\d+), "end": (\d+),')


def digest_and_spans(path: Path) -> tuple[str, int, list[tuple[int, int]]]:
    """SHA-256 of a JSONL file, its line count and every annotation's (start, end)."""
    sha = hashlib.sha256()
    spans = []
    with path.open("rb") as lines:
        for line in lines:
            sha.update(line)
            match = _SPAN.match(line)
            if match:
                spans.append((int(match.group(1)), int(match.group(2))))
            else:
                record = json.loads(line)
                spans.append((record["start"], record["end"]))
    return sha.hexdigest(), len(spans), spans


def first_difference(a: Path, b: Path) -> str:
    with a.open("rb") as left, b.open("rb") as right:
        for number, (x, y) in enumerate(zip(left, right), start=1):
            if x != y:
                left_text, right_text = (z.decode("utf-8", errors="replace")[:240] for z in (x, y))
                return f"first difference at line {number}:\n  stream: {left_text}\n  whole:  {right_text}"
    return "one output is a prefix of the other (different line counts)"


def straddles(spans: list[tuple[int, int]], boundaries: list[tuple[int, bool]]) -> int:
    """Annotations whose bytes span a read-block boundary."""
    count = 0
    starts = [start for start, _ in spans]
    for char, splits_char in boundaries:
        i = bisect_left(starts, char + 1) - 1  # the last annotation starting at or before char
        while i >= 0 and starts[i] > char - 200:
            start, end = spans[i]
            if start < char < end or (splits_char and start <= char < end):
                count += 1
                break
            i -= 1
    return count


def mem_available() -> int | None:
    try:
        with open("/proc/meminfo") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def write_prefix(source: Path, target: Path, size: int) -> int:
    """Copy the first ``size`` bytes of ``source``, cut after a line end; returns bytes."""
    written = 0
    with source.open("rb") as src, target.open("wb") as dst:
        while written < size:
            block = src.read(min(1 << 20, size - written))
            if not block:
                break
            dst.write(block)
            written += len(block)
        rest = src.readline()  # finish the line so no character is cut
        dst.write(rest)
        written += len(rest)
    return written


# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=parse_size, default=1 << 30, help="file size, e.g. 64M or 1G (default 1G = 1 GiB)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (file and outputs)")
    parser.add_argument("--dir", type=Path, help="where to create the temporary folder (default: the system's)")
    parser.add_argument("--corpus", type=Path, help="the shared corpus folder (default: <repo>/../shared/corpus)")
    parser.add_argument(
        "--identity",
        choices=("auto", "full", "prefix"),
        default="auto",
        help="full: whole-text reference for the entire file; prefix: for --prefix bytes only; "
        "auto: full when free memory allows (default)",
    )
    parser.add_argument("--prefix", type=parse_size, default=128 << 20, help="prefix size for --identity prefix (128M)")
    parser.add_argument("--whole-text-reference", nargs=2, metavar=("FILE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.whole_text_reference:
        return whole_text_reference(*args.whole_text_reference)

    import policyterms

    print("# policyterms streaming benchmark")
    print(f"date:      {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"python:    {platform.python_implementation()} {platform.python_version()} on {platform.platform()}")
    print(f"cpus:      {os.cpu_count()}; memory available: {human(mem_available() or 0)}")
    print(f"package:   policyterms {policyterms.__version__}")
    folder = Path(tempfile.mkdtemp(prefix="policyterms-stream-", dir=args.dir))
    try:
        return _run(args, folder)
    finally:
        if args.keep:
            print(f"kept:      {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> int:
    print(f"code:      {snapshot(folder / 'snapshot')}")
    started = time.perf_counter()
    pieces, source = load_pieces(args.corpus)
    built = build_file(folder / "big.txt", args.size, pieces, source)
    print(f"corpus:    {source}")
    print(f"built:     {built.path} in {time.perf_counter() - started:.1f} s "
          f"({built.pieces_written:,} pieces, {len(built.boundaries):,} read-block boundaries; boundary "
          f"placed inside a mention: {', '.join(f'{k} {v}' for k, v in built.planned.items())})")
    print(flush=True)

    out = folder / "stream.jsonl"
    command = stream_command(built.path, out)
    print("streaming: " + " ".join(command), flush=True)
    stream = run_child(command, folder / "stream.err")
    if stream.returncode:
        print(f"the CLI failed with exit code {stream.returncode}:\n{stream.stderr}")
        return 1
    stream_sha, count, spans = digest_and_spans(out)
    straddling = straddles(spans, built.boundaries)
    del spans

    # The reference: whole-text annotation, of the entire file if memory allows.
    needed = WHOLE_BYTES_PER_BYTE * built.size + WHOLE_BASE_BYTES
    available = mem_available()
    mode = args.identity
    if mode == "auto":
        mode = "full" if available is None or available > needed else "prefix"
        if mode == "prefix":
            print(f"identity:  {human(available or 0)} free < {human(needed)} estimated for whole-text "
                  "annotation of the entire file: checking a prefix instead")
    if mode == "full":
        target, target_sha, target_count, target_out = built.path, stream_sha, count, out
        label = f"entire file: streamed JSONL == whole-text Annotator().annotate JSONL (SHA-256, {count:,} lines)"
    else:
        target = folder / "prefix.txt"
        prefix_bytes = write_prefix(built.path, target, args.prefix)
        target_out = folder / "prefix-stream.jsonl"
        prefix_run = run_child(stream_command(target, target_out), folder / "prefix-stream.err")
        if prefix_run.returncode:
            print(f"the CLI failed on the prefix with exit code {prefix_run.returncode}:\n{prefix_run.stderr}")
            return 1
        target_sha, target_count, _ = digest_and_spans(target_out)
        label = (f"PREFIX ONLY (first {human(prefix_bytes)}): streamed JSONL == whole-text "
                 f"Annotator().annotate JSONL (SHA-256, {target_count:,} lines)")
    reference_out = folder / "whole.jsonl"
    command = whole_command(target, reference_out)
    print("reference: " + " ".join(command), flush=True)
    whole = run_child(command, folder / "whole.err")
    if whole.returncode:
        print(f"the whole-text reference failed with exit code {whole.returncode}:\n{whole.stderr}")
        identical = False
        detail = "reference could not be computed"
    else:
        whole_sha, whole_count, _ = digest_and_spans(reference_out)
        identical = whole_sha == target_sha and whole_count == target_count
        detail = "" if identical else first_difference(target_out, reference_out)

    mb_s = built.size / stream.seconds / 1e6
    peak_mb = stream.peak_rss_kib * 1024 / 1e6
    print()
    print("## result")
    print(f"file size:            {built.size:,} bytes ({human(built.size)})")
    print(f"characters:           {built.chars:,}")
    print(f"annotations:          {count:,}")
    print(f"wall time (stream):   {stream.seconds:.1f} s")
    print(f"throughput:           {mb_s:.2f} MB/s ({built.chars / stream.seconds / 1e6:.2f} M chars/s)")
    verdict = "under" if peak_mb < TARGET_RSS_MB else "OVER"
    print(f"peak RSS streaming:   {peak_mb:.1f} MB ({verdict} the {TARGET_RSS_MB} MB target)")
    print(f"block straddles:      {straddling:,} of {len(built.boundaries):,} read-block boundaries "
          "fall inside an annotation")
    if whole.returncode == 0:
        print(f"whole-text reference: {whole.seconds:.1f} s, peak RSS {whole.peak_rss_kib * 1024 / 1e6:,.1f} MB "
              f"({'entire file' if mode == 'full' else 'prefix'})")
    print(f"identity:             {'PASS' if identical else 'FAIL'} ({label})")
    if detail:
        print(detail)
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
