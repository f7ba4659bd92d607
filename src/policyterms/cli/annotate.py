"""``policyterms annotate``: one document read whole (the reader, HTML, Markdown, JSON),
streamed in bounded memory (JSON Lines, text), or a corpus of many.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from policyterms.glossary.model import Glossary
from policyterms.text.visible import visible
from policyterms.cli.common import (
    EXIT_OK,
    UsageError,
    check_input_path,
    make_console,
    glossary_for,
    output_to,
    print_error,
    read_document,
    stdin_buffer,
)

if TYPE_CHECKING:
    from policyterms.annotate.annotator import Annotator


def cmd_annotate(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.source and args.file:
        raise UsageError("give either FILE or --source, not both")
    if _is_corpus(args):
        return _annotate_corpus(args, stdout)
    args.file = args.file[0] if args.file else None
    if args.file is None and not args.source and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError(
            "no input: give a FILE, - for standard input, or --source ID",
            hint="try: policyterms annotate --source jinshan-2020-work-report",
        )
    glossary = glossary_for(args)
    format_ = args.format or ("rich" if (args.output is None and stdout.isatty()) else "jsonl")
    if args.overlaps and format_ in ("rich", "html"):
        raise UsageError("--overlaps reports nested mentions, which the reader cannot show", hint="use --format jsonl, json or text")
    if format_ in ("jsonl", "text") and not args.source:
        return _annotate_streaming(args, glossary, format_, stdout)

    name, text = _read_whole(args, glossary)
    glossary = _learned(glossary, text, name, args)
    annotations = _annotator(glossary, args).annotate(text)
    if format_ == "rich" and args.output is None and stdout.isatty() and not args.no_pager:
        return _page(lambda out, color: _render(args, text, annotations, glossary, out, color), stdout, args)
    with output_to(args.output, stdout, args.file, args.glossary) as out:
        if format_ == "rich":
            _render(args, text, annotations, glossary, out, _use_color(args, out))
        elif format_ == "html":
            from policyterms.render import write_html

            source = glossary.sources.get(args.source) if args.source else None
            title = source.title if source else Path(name).name
            write_html(text, annotations, out, glossary=glossary, title=title, start=_reader_start(args, text, glossary))
        elif format_ == "markdown":
            from policyterms.render.markdown import write_markdown

            write_markdown(text, annotations, out, glossary=glossary, start=_reader_start(args, text, glossary))
        else:
            from policyterms.render import write_json, write_jsonl, write_text

            if format_ == "json":
                write_json(annotations, out, unknown=args.unknown)
            else:
                {"jsonl": write_jsonl, "text": write_text}[format_](annotations, out)
    return EXIT_OK


def _annotator(glossary: Glossary, args: argparse.Namespace) -> Annotator:
    """The annotator the options ask for (one place, for whole texts and streams alike)."""
    from policyterms.annotate.annotator import Annotator

    return Annotator(
        glossary, scope=args.scope, overlaps=args.overlaps, references=args.references, furniture=args.furniture
    )


def _is_corpus(args: argparse.Namespace) -> bool:
    """Several inputs, a folder, a glob or a JSON Lines corpus: one record stream for all."""
    from policyterms.corpus import _is_glob

    files = args.file or []
    return (
        len(files) > 1
        or args.text_key is not None
        or any(f != "-" and (os.path.isdir(f) or f.endswith(".jsonl") or (not os.path.exists(f) and _is_glob(f))) for f in files)
    )


def _annotate_corpus(args: argparse.Namespace, stdout: TextIO) -> int:
    """Annotate many documents (see :mod:`policyterms.corpus`): JSON Lines records with
    ``doc``, in corpus order for any ``--jobs``; a document that cannot be read is reported
    on stderr by name, the others still written, and the exit status is then 2."""
    from policyterms.corpus import AnnotateOptions, annotate_corpus, check_jobs, iter_documents

    format_ = args.format or "jsonl"
    if format_ not in ("jsonl", "text"):
        raise UsageError(f"--format {format_} shows one document; a corpus is written as jsonl or text")
    if "-" in args.file:
        raise UsageError("standard input (-) is one document; name files, folders or globs for a corpus")
    jobs = check_jobs(args.jobs)
    if args.glossary or not args.no_shipped:
        glossary_for(args)  # a broken glossary is one error before any work, not one per document
    elif args.no_learn:
        raise UsageError("--no-shipped leaves no glossary", hint="add -g PATH, or let annotate learn from the document")
    options = AnnotateOptions(
        glossary_paths=tuple(args.glossary or ()),
        shipped=not args.no_shipped,
        scope=args.scope,
        learn=not args.no_learn,
        unknown=args.unknown,
        overlaps=args.overlaps,
        references=args.references,
        furniture=args.furniture,
    )
    documents = iter_documents(args.file, text_key=args.text_key, id_key=args.id_key, encoding=args.encoding, errors=args.errors)
    failed = seen = 0
    with output_to(args.output, stdout, args.file, args.glossary) as out, _corpus_progress() as advance:
        for doc_id, records, error in annotate_corpus(documents, options, jobs=jobs):
            seen += 1
            if error is not None:
                failed += 1
                print_error(str(error))
            elif format_ == "jsonl":
                for record in records or ():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                for record in records or ():
                    definition = record["definition"] if record["definition"] is not None else "(definition unknown)"
                    shown = " ".join(record["text"].split())
                    out.write(visible(f"{doc_id}\t{record['start']}-{record['end']}\t{shown}\t{record['term']} [{record['scope']}]\t{' '.join(definition.split())}") + "\n")
            advance()
        if not seen:
            raise UsageError("no documents found in " + ", ".join(args.file), hint="name text files, folders holding them, or *.jsonl corpora")
    return 2 if failed else EXIT_OK


@contextlib.contextmanager
def _corpus_progress():
    """A document counter on stderr when it is a terminal; a no-op otherwise."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("annotate", total=None)
        yield lambda: progress.advance(task)


def _use_color(args: argparse.Namespace, out: TextIO) -> bool:
    """--color, else the NO_COLOR and FORCE_COLOR conventions, else whether ``out`` is a terminal."""
    if args.no_color or args.color == "never":
        return False
    if args.color == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return out.isatty() and args.output is None


def _render(args: argparse.Namespace, text: str, annotations, glossary: Glossary, out: TextIO, color: bool) -> None:
    from policyterms.render import render_reader

    console = make_console(out, color=color, width=args.width)
    start = _reader_start(args, text, glossary)
    render_reader(text, annotations, console, lang=args.lang, glossary=glossary, start=start, notes=args.notes)


def _reader_start(args: argparse.Namespace, text: str, glossary: Glossary) -> int:
    """Where the readers (terminal, HTML, Markdown) start: the bundled demo where the report
    does, after any page furniture (the source's ``starts_at`` line); else at 0."""
    source = glossary.sources.get(args.source) if args.source else None
    return _line_start(text, source.starts_at) if source is not None and source.starts_at else 0


def _line_start(text: str, line: str) -> int:
    """Where the first line of ``text`` that reads ``line`` (spaces aside) begins; 0 if none."""
    position = 0
    for row in text.splitlines(keepends=True):
        if row.strip() == line.strip():
            return position
        position += len(row)
    return 0


def _page(render, stdout: TextIO, args: argparse.Namespace) -> int:
    """Page the reader through ``$PAGER`` (default ``less -R``, with LESS=FRX as git sets
    it: quit when it fits one screen, keep colours); print directly if no pager runs."""
    import shlex
    import subprocess

    buffer = io.StringIO()
    color = _use_color(args, stdout)
    width = args.width or shutil.get_terminal_size().columns
    args = argparse.Namespace(**{**vars(args), "width": width})
    render(buffer, color)
    command = os.environ.get("PAGER") or "less -R"
    try:
        argv = shlex.split(command)
    except ValueError:
        argv = []
    if not argv or argv == ["cat"]:
        stdout.write(buffer.getvalue())
        return EXIT_OK
    environment = {**os.environ}
    environment.setdefault("LESS", "FRX")
    try:
        pager = subprocess.Popen(argv, stdin=subprocess.PIPE, env=environment, encoding=getattr(stdout, "encoding", None) or "utf-8", errors="replace")
    except OSError:
        stdout.write(buffer.getvalue())
        return EXIT_OK
    try:
        pager.communicate(buffer.getvalue())
    except BrokenPipeError:  # the reader quit the pager early
        pass
    except KeyboardInterrupt:
        pager.wait()
    return EXIT_OK


def _read_whole(args: argparse.Namespace, glossary: Glossary) -> tuple[str, str]:
    """The input as one string (for the reader and JSON), with its name for messages."""
    if args.source:
        source = glossary.sources.get(args.source)
        if source is None or source.text_path is None:
            known = ", ".join(sorted(s.id for s in glossary.sources.values() if s.text_path))
            raise UsageError(f"no bundled text for source '{args.source}'", hint=f"bundled: {known}")
        name, text = args.source, source.read_text() or ""
    else:
        name, text = read_document(args.file, args)
    if not text.strip():
        raise UsageError(f"{name} is empty: there is nothing to annotate")
    return name, text


def _learned(glossary: Glossary, text: str, name: str, args: argparse.Namespace) -> Glossary:
    """``glossary`` with what the document defines layered over it (unless --no-learn),
    and with --unknown the jargon no glossary defines over that."""
    from policyterms.mining.learn import document_glossary

    return document_glossary(glossary, text, title=name, learn_=not args.no_learn, unknown=args.unknown)


def _annotate_streaming(args: argparse.Namespace, glossary: Glossary, format_: str, stdout: TextIO) -> int:
    """jsonl/text: decode, annotate and write block by block, in bounded memory.

    Learning needs both ends of the document before the first mention is written (an
    appendix comes last), so a file is read twice: once to learn (keeping only the ends,
    see :func:`policyterms.mining.learn.learning_text_of_chunks`), once to annotate. Standard
    input is spooled to a temporary file first. The result equals whole-text annotation.
    """
    from policyterms.errors import InputError
    from policyterms.render import write_jsonl, write_text
    from policyterms.text.stream import iter_text_chunks, spool_stream

    write = write_jsonl if format_ == "jsonl" else write_text
    with contextlib.ExitStack() as stack:
        if args.file in (None, "-"):
            name, stream, size = "<stdin>", stdin_buffer(), None
        else:
            check_input_path(args.file)
            name = args.file
            try:
                stream = stack.enter_context(open(args.file, "rb"))
            except OSError as error:
                raise InputError(f"cannot read: {error.strerror}", path=name) from None
            size = os.fstat(stream.fileno()).st_size
        if not args.no_learn or args.unknown:
            from policyterms.mining.learn import learning_text_of_chunks

            if not stream.seekable():  # standard input, a pipe: spool it to read it twice
                stream = stack.enter_context(spool_stream(stream, name=name, encoding=args.encoding))
            edges = learning_text_of_chunks(iter_text_chunks(stream, name=name, encoding=args.encoding, errors=args.errors))
            glossary = _learned(glossary, edges, name, args)
            stream.seek(0)
        annotator = _annotator(glossary, args)
        on_bytes = stack.enter_context(_progress(name, size))
        chunks = _TextSeen(
            iter_text_chunks(stream, name=name, encoding=args.encoding, errors=args.errors, on_bytes=on_bytes)
        )
        out = stack.enter_context(output_to(args.output, stdout, args.file, args.glossary))
        write(annotator.annotate_chunks(chunks), out)
        if not chunks.seen:
            raise UsageError(f"{name} is empty: there is nothing to annotate")
    return EXIT_OK


class _TextSeen:
    """Passes chunks through and remembers whether any held more than whitespace."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self._chunks = chunks
        self.seen = False

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks:
            self.seen = self.seen or not chunk.isspace()
            yield chunk


#: Files at least this large get a progress bar (when stderr is a terminal).


PROGRESS_MIN_BYTES = 8 << 20


@contextlib.contextmanager
def _progress(name: str, size: int | None):
    """A byte-count progress bar on stderr for long runs; a no-op otherwise."""
    if size is None or size < PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task(Path(name).name, total=size)
        yield lambda count: progress.advance(task, count)
