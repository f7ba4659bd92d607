"""The ``policyterms`` command: a thin shell over the library.

Every command maps onto a library call; this module only parses arguments, reads input,
chooses an output format and turns :class:`~policyterms.errors.PolicytermsError` into
``policyterms: error: …`` on stderr. Exit codes: 0 success, 1 lint findings, 2 usage or
input errors, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import errno
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from policyterms import __version__
from policyterms.errors import PolicytermsError
from policyterms.glossary.model import Glossary, load_glossary
from policyterms.text.visible import visible

if TYPE_CHECKING:
    from policyterms.annotate.annotator import Annotator

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

FORMATS = ("rich", "jsonl", "json", "text", "html", "markdown")

_EPILOG = """\
examples:
  policyterms annotate --source jinshan-2020-work-report   read a bundled report, terms explained
  policyterms annotate report.txt --format jsonl > terms.jsonl
  cat report.txt | policyterms annotate - --format text
  policyterms show 四好農村路          every sense of a term (traditional input works)
  policyterms search 清单              terms whose definition mentions a word
  policyterms discover report.txt      slogans the glossary does not know, with inline definitions
  policyterms extract report.txt --scope 上海市金山区 --merge glossary/jinshan.yaml
  policyterms lint                    check the shipped glossary (or: lint my-terms.yaml)
"""


class UsageError(PolicytermsError):
    """The command line asks for something impossible (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse with the one-line error format of every other policyterms error."""

    def error(self, message: str) -> NoReturn:
        _error(message, hint=f"see '{self.prog} --help'")
        self.exit(EXIT_USAGE)


#: The ranges of the numeric options (inclusive).
WIDTH_RANGE = (20, 1000)
JOBS_RANGE = (0, 1024)
MIN_COUNT_RANGE = (1, 1_000_000_000)


def _int_in(low: int, high: int, what: str = ""):
    """An argparse type: an integer from ``low`` to ``high``, read without ever building a
    huge int (a 5,000-digit --width is out of range, not a ValueError)."""

    def parse(text: str) -> int:
        digits = text.strip().lstrip("+-")
        if not digits.isascii() or not digits.isdigit():
            raise argparse.ArgumentTypeError(f"expected a whole number from {low} to {high}{what}, not {text[:40]!r}")
        value = int(text) if len(digits) <= 12 else (-1 if text.strip().startswith("-") else high + 1) * (10**13)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}{what}, not {text[:40]}")
        return value

    parse.__name__ = "number"
    return parse


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (importable, so tests and docs can inspect it)."""
    parser = _Parser(
        prog="policyterms",
        description="Explain the jargon of Chinese government documents: every numbered slogan and "
        "coined term, where it is, what it means and which document says so.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policyterms {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    glossary_option = _Parser(add_help=False)
    glossary_option.add_argument(
        "--glossary",
        "-g",
        action="append",
        metavar="PATH",
        help="your own glossary YAML file or folder, added over the shipped one (repeatable); "
        "a sense of yours replaces a shipped sense of the same scope and surface",
    )
    glossary_option.add_argument(
        "--no-shipped",
        action="store_true",
        help="leave the shipped glossary out: use only -g glossaries (and, for annotate, what the document defines)",
    )

    annotate = commands.add_parser(
        "annotate",
        parents=[glossary_option],
        help="find and explain the terms in a document",
        description="Annotate a document: every glossary term it mentions, with offsets into the "
        "original text, definition, components and citations.",
        epilog="offsets (start, end) are code-point indices into the decoded input, half-open.",
    )
    annotate.add_argument(
        "file",
        nargs="*",
        metavar="FILE",
        help="text file to annotate, or - for standard input; several files, folders, globs "
        "('reports/**/*.txt') or JSON Lines corpora (*.jsonl) annotate a corpus: JSON Lines records "
        "carry 'doc', the file as given or the row's id",
    )
    annotate.add_argument("--text-key", metavar="KEY", help="JSON Lines corpora: the field holding each document's text (default: text)")
    annotate.add_argument("--id-key", metavar="KEY", help="JSON Lines corpora: the field naming each document (default: FILE:LINE)")
    annotate.add_argument(
        "--jobs", "-j", type=_int_in(*JOBS_RANGE, " (0: one per core)"), default=1, metavar="N",
        help="annotate a corpus on N processes (0: one per core); the output is the same for every N",
    )
    annotate.add_argument(
        "--source",
        metavar="ID",
        help="annotate the bundled text of a glossary source instead of FILE "
        "(e.g. jinshan-2020-work-report; see 'policyterms list --sources')",
    )
    annotate.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="rich: the terminal reader; jsonl: one JSON object per annotation; json: one array; "
        "text: tab-separated lines; html: a self-contained web page; markdown: the document with footnotes "
        "(default: rich on a terminal, jsonl otherwise)",
    )
    annotate.add_argument("--scope", metavar="SCOPE", help="prefer senses of this place, e.g. 上海市嘉定区 or 全国")
    annotate.add_argument(
        "--unknown",
        action="store_true",
        help="also mark the jargon the document uses that no glossary defines (as 'discover' finds it): "
        "definition null, chosen_by unknown; the reader shows it as not in the glossary",
    )
    annotate.add_argument(
        "--no-learn",
        action="store_true",
        help="do not learn from the document itself (by default its 名词解释 appendix, its “X”是指… "
        "sentences and the slogans it spells out explain its own mentions, and win over the glossary)",
    )
    annotate.add_argument(
        "--overlaps", action="store_true", help="report every overlapping match, not the leftmost-longest"
    )
    annotate.add_argument(
        "--references",
        action="store_true",
        help="also flag the glossary's reference senses: names (十九大, 五中全会) and everyday words it keeps "
        "for 'show' but does not flag by default",
    )
    annotate.add_argument(
        "--furniture",
        action="store_true",
        help="also annotate a web page's breadcrumbs, banners, tool bars and footers "
        "(首页 > 政务公开 > …), which are left alone by default",
    )
    annotate.add_argument("--encoding", metavar="CODEC", help="input encoding (default: detect UTF-8/16/32, GB18030)")
    annotate.add_argument(
        "--errors",
        choices=("strict", "replace", "ignore"),
        default="strict",
        help="what to do with undecodable bytes (default: strict, i.e. stop with an error)",
    )
    annotate.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    annotate.add_argument("--lang", choices=("zh", "en"), default="zh", help="en: show English glosses beside terms")
    annotate.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in the reader: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), "
        "always (also through a pipe, e.g. into less -R), never",
    )
    annotate.add_argument("--no-color", action="store_true", help="the same as --color never")
    annotate.add_argument("--width", type=_int_in(*WIDTH_RANGE), metavar="N", help="wrap the reader to N columns (20-1000)")
    annotate.add_argument(
        "--no-pager",
        action="store_true",
        help="print the reader straight to the terminal instead of paging it through $PAGER (default: less -R)",
    )
    annotate.add_argument(
        "--notes",
        choices=("end", "paragraph"),
        default="end",
        help="where the reader explains terms: in one glossary at the end (default), or after the paragraph "
        "where each term first occurs",
    )

    # show and search print glossary entries the same way.
    entry_output = _Parser(add_help=False)
    entry_output.add_argument(
        "--format", "-f", choices=("rich", "json"), default="rich", help="rich: for people (default); json"
    )
    entry_output.add_argument("--no-color", action="store_true", help="plain output")

    show = commands.add_parser(
        "show",
        parents=[glossary_option, entry_output],
        help="every sense of a term",
        description="Show every sense of TERM: scope, years, definition, components, English, citations. "
        "TERM may be simplified or traditional, with or without quotation marks.",
    )
    show.add_argument("term", metavar="TERM", help="a headword or alias, e.g. 四好农村路 or “三集中”")

    search = commands.add_parser(
        "search",
        parents=[glossary_option, entry_output],
        help="terms whose definition or components mention a word",
        description="List the senses whose term, definition, components or English gloss mention WORD.",
    )
    search.add_argument("word", metavar="WORD", help="a word to look for, e.g. 清单 or 清單")

    listing = commands.add_parser(
        "list",
        parents=[glossary_option],
        help="list the glossary's terms",
        description="List every sense in the glossary, one per line: term, scope, English.",
    )
    listing.add_argument("--scope", metavar="SCOPE", help="only senses of this scope")
    listing.add_argument("--sources", action="store_true", help="list the cited sources instead")
    listing.add_argument(
        "--format", "-f", choices=("text", "json"), default="text", help="text: tab-separated lines (default); json"
    )

    extract = commands.add_parser(
        "extract",
        help="turn a report's 名词解释 appendix into glossary YAML",
        description="Parse the 名词解释 (名詞解釋, 注释, 附件：名词解释) section of a report, or the other layouts "
        "glossary pages use, into glossary senses: headword, definition, components and a citation with "
        "locator and verbatim quote. The file also carries the report's own source entry (id, title from its "
        "first heading line, and text: when the report lies inside the output's folder), so it lints and "
        "annotates on its own. The English gloss is left empty for a curator ('lint' warns until filled in).",
        epilog="without --scope, the scope is the place the report's title and first lines name most (refused "
        "when none or several are named). With --merge, curated senses are never overwritten: a differing "
        "definition, component or quote is reported as a conflict (exit 1) and the curated value kept; new "
        "terms are appended; an existing file gets no sources block.",
    )
    extract.add_argument("report", metavar="REPORT", help="the report text, or - for standard input")
    extract.add_argument(
        "--scope",
        metavar="SCOPE",
        help="the scope of the senses, e.g. 上海市金山区 (default: the place the report names in its title and first lines)",
    )
    extract.add_argument(
        "--source-id",
        metavar="ID",
        help="the source id citations name (default: the report's file name without extension)",
    )
    extract.add_argument("--merge", metavar="FILE", help="merge into this senses file (created if missing)")
    extract.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    extract.add_argument("--encoding", metavar="CODEC", help="input encoding (default: detect)")
    extract.add_argument(
        "--errors", choices=("strict", "replace", "ignore"), default="strict", help="undecodable bytes (default: strict)"
    )

    discover = commands.add_parser(
        "discover",
        parents=[glossary_option],
        help="list the jargon a document uses that the glossary does not know",
        description="List the numbered slogans and recurring quoted coined terms of a document that the "
        "glossary does not define, each with its count and first context, and propose definitions where the "
        "document itself enumerates a slogan's parts (形成全流程管控、全行业保供、全空间覆盖的“三全”工作机制).",
    )
    discover.add_argument("file", metavar="FILE", help="the document, or - for standard input")
    discover.add_argument(
        "--format",
        "-f",
        choices=("table", "yaml", "json"),
        default="table",
        help="table: for people (default); yaml: candidate senses for the glossary; json: everything found",
    )
    discover.add_argument("--include-known", action="store_true", help="also list terms the glossary defines")
    discover.add_argument(
        "--min-count", type=_int_in(*MIN_COUNT_RANGE), default=1, metavar="N", help="only candidates seen N times or more"
    )
    discover.add_argument("--scope", metavar="SCOPE", help="scope of the YAML candidate senses (with --format yaml)")
    discover.add_argument(
        "--source-id", metavar="ID", help="source id their citations name (default: the file name without extension)"
    )
    discover.add_argument("--encoding", metavar="CODEC", help="input encoding (default: detect)")
    discover.add_argument(
        "--errors", choices=("strict", "replace", "ignore"), default="strict", help="undecodable bytes (default: strict)"
    )
    discover.add_argument("--width", type=_int_in(*WIDTH_RANGE), metavar="N", help="table width (20-1000; default: the terminal's)")

    lint = commands.add_parser(
        "lint",
        parents=[glossary_option],
        help="check glossary files",
        description="Check glossary files: schema, unknown keys, duplicate ids and surfaces, unknown sources, "
        "every quote present in its bundled source text, numerals against components. "
        "Exit 1 when there are errors.",
    )
    lint.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the shipped glossary)")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")

    return parser


# ---------------------------------------------------------------------------------------
# Commands


def _glossary(args: argparse.Namespace) -> Glossary:
    """The shipped glossary with the user's ``-g`` glossaries over it (or without it)."""
    if getattr(args, "no_shipped", False):
        if args.glossary:
            return load_glossary(args.glossary)
        if getattr(args, "no_learn", True):
            raise UsageError("--no-shipped leaves no glossary", hint="add -g PATH, or let annotate learn from the document")
        return Glossary((), {})
    return load_glossary(args.glossary, shipped=True) if args.glossary else load_glossary()


def _console(out: TextIO, *, no_color: bool = False, width: int | None = None, color: bool | None = None):
    from rich.console import Console

    from policyterms.render import READER_THEME

    class PipeAwareConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1; a closed pipe is not an error
            raise BrokenPipeError

    terminal = (out.isatty() and not no_color) if color is None else color
    return PipeAwareConsole(
        file=out if terminal else _RstripLines(out),  # type: ignore[arg-type]
        theme=READER_THEME,
        force_terminal=terminal,
        no_color=no_color or not terminal,
        highlight=False,
        width=width or (None if terminal else 100),
        soft_wrap=False,
        emoji=False,
        markup=False,
    )


class _RstripLines(io.TextIOBase):
    """Drops the trailing spaces rich pads plain lines with, so piped output is tidy."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            self._out.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._out.write(self._pending.rstrip(" "))
            self._pending = ""
        self._out.flush()

    def isatty(self) -> bool:
        return False


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
    glossary = _glossary(args)
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
    with _output(args.output, stdout, args.file) as out:
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
    from policyterms.render import write_jsonl, write_text

    format_ = args.format or "jsonl"
    if format_ not in ("jsonl", "text"):
        raise UsageError(f"--format {format_} shows one document; a corpus is written as jsonl or text")
    if "-" in args.file:
        raise UsageError("standard input (-) is one document; name files, folders or globs for a corpus")
    jobs = check_jobs(args.jobs)
    if args.glossary or not args.no_shipped:
        _glossary(args)  # a broken glossary is one error before any work, not one per document
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
    with _output(args.output, stdout, args.file) as out, _corpus_progress() as advance:
        for doc_id, records, error in annotate_corpus(documents, options, jobs=jobs):
            seen += 1
            if error is not None:
                failed += 1
                _error(str(error))
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


def _notice(message: str) -> None:
    """A one-line notice on stderr; control characters from names show as caret notation."""
    print(visible(message).replace("\n", "^J"), file=sys.stderr)


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

    console = _console(out, color=color, width=args.width)
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
    from policyterms.text.textio import decode_bytes, read_limited, read_text

    if args.source:
        source = glossary.sources.get(args.source)
        if source is None or source.text_path is None:
            known = ", ".join(sorted(s.id for s in glossary.sources.values() if s.text_path))
            raise UsageError(f"no bundled text for source '{args.source}'", hint=f"bundled: {known}")
        name, text = args.source, source.read_text() or ""
    elif args.file in (None, "-"):
        name = "<stdin>"
        text = decode_bytes(read_limited(_stdin(), name=name, encoding=args.encoding), encoding=args.encoding, errors=args.errors, name=name).text
    else:
        _check_input_path(args.file)
        name = args.file
        text = read_text(args.file, encoding=args.encoding, errors=args.errors).text
    if not text.strip():
        raise UsageError(f"{name} is empty: there is nothing to annotate")
    return name, text


def _stdin():
    """Standard input as bytes; a closed one is a usage error, not a traceback."""
    if sys.stdin is None:
        raise UsageError("standard input is closed", hint="give a FILE instead of -")
    return sys.stdin.buffer


def _check_input_path(path: str) -> None:
    from policyterms.errors import InputError

    target = Path(path)
    if not target.exists():
        raise InputError("no such file", path=path)
    if target.is_dir():
        raise InputError("is a directory, not a file", path=path)


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
    from policyterms.text.stream import iter_text_chunks

    write = write_jsonl if format_ == "jsonl" else write_text
    with contextlib.ExitStack() as stack:
        if args.file in (None, "-"):
            name, stream, size = "<stdin>", _stdin(), None
        else:
            _check_input_path(args.file)
            name = args.file
            try:
                stream = stack.enter_context(open(args.file, "rb"))
            except OSError as error:
                raise InputError(f"cannot read: {error.strerror}", path=name) from None
            size = os.fstat(stream.fileno()).st_size
        if not args.no_learn or args.unknown:
            from policyterms.mining.learn import learning_text_of_chunks

            if not stream.seekable():  # standard input, a pipe: spool it to read it twice
                spool = stack.enter_context(tempfile.TemporaryFile())
                shutil.copyfileobj(stream, spool, 1 << 20)
                spool.seek(0)
                stream = spool
            edges = learning_text_of_chunks(iter_text_chunks(stream, name=name, encoding=args.encoding, errors=args.errors))
            glossary = _learned(glossary, edges, name, args)
            stream.seek(0)
        annotator = _annotator(glossary, args)
        on_bytes = stack.enter_context(_progress(name, size))
        chunks = _TextSeen(
            iter_text_chunks(stream, name=name, encoding=args.encoding, errors=args.errors, on_bytes=on_bytes)
        )
        out = stack.enter_context(_output(args.output, stdout, args.file))
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


def cmd_show(args: argparse.Namespace, stdout: TextIO) -> int:
    glossary = _glossary(args)
    senses = glossary.lookup(args.term)
    if not senses:
        near = glossary.search(args.term)[:5]
        hint = "did you mean: " + "、".join(s.term for s in near) if near else "try: policyterms search WORD"
        raise UsageError(f"'{args.term}' is not in the glossary", hint=hint)
    return _print_senses(senses, glossary, args, stdout)


def cmd_search(args: argparse.Namespace, stdout: TextIO) -> int:
    glossary = _glossary(args)
    senses = glossary.search(args.word)
    if not senses:
        _notice(f"no term mentions '{args.word}'")
        if args.format == "json":
            stdout.write("[]\n")
        return EXIT_OK
    return _print_senses(senses, glossary, args, stdout)


def _print_senses(senses, glossary: Glossary, args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.render import render_senses

    if args.format == "json":
        json.dump([_sense_json(s, glossary) for s in senses], stdout, ensure_ascii=False, indent=1)
        stdout.write("\n")
    else:
        render_senses(senses, _console(stdout, no_color=args.no_color), glossary)
    return EXIT_OK


def _sense_json(sense, glossary: Glossary) -> dict:
    from policyterms.annotate.annotator import citation_views, component_json

    citations = [view.to_json() for view in citation_views(sense, glossary)]
    return {
        "sense_id": sense.id,
        "term": sense.term,
        "aliases": list(sense.aliases),
        "scope": sense.scope,
        "years": list(sense.years) if sense.years else None,
        "en": sense.en,
        "definition": sense.definition,
        "origin": sense.origin,
        "components": [component_json(c) for c in sense.components],
        "en_source": sense.en_source,
        "citations": citations,
        "note": sense.note,
        "reference": sense.reference,
    }


def cmd_list(args: argparse.Namespace, stdout: TextIO) -> int:
    glossary = _glossary(args)
    if args.sources:
        sources = sorted(glossary.sources.values(), key=lambda s: s.id)
        if args.format == "json":
            rows = [
                {"id": s.id, "title": s.title, "issuer": s.issuer, "date": s.date, "url": s.url, "bundled": s.text_path is not None}
                for s in sources
            ]
            json.dump(rows, stdout, ensure_ascii=False, indent=1)
            stdout.write("\n")
        else:
            for s in sources:
                bundled = "bundled" if s.text_path else "not bundled"
                stdout.write(visible(f"{s.id}\t{s.title}\t{s.date or ''}\t{bundled}") + "\n")
        return EXIT_OK
    if args.scope is not None:
        from policyterms.annotate.annotator import check_scope

        check_scope(args.scope, glossary)
    senses = [sense for sense in glossary.senses if args.scope is None or sense.scope == args.scope]
    if args.format == "json":
        json.dump([_sense_json(sense, glossary) for sense in senses], stdout, ensure_ascii=False, indent=1)
        stdout.write("\n")
    else:
        for sense in senses:
            stdout.write(visible(f"{sense.term}\t{sense.scope}\t{sense.en}") + "\n")
    return EXIT_OK


def _read_document(path: str, args: argparse.Namespace) -> tuple[str, str, str | None]:
    """The whole text of FILE or stdin, its name, and a default source id (the file stem)."""
    from policyterms.text.textio import decode_bytes, read_limited, read_text

    if path == "-":
        name = "<stdin>"
        text = decode_bytes(read_limited(_stdin(), name=name, encoding=args.encoding), encoding=args.encoding, errors=args.errors, name=name).text
        return text, name, None
    _check_input_path(path)
    return read_text(path, encoding=args.encoding, errors=args.errors).text, path, Path(path).name.split(".")[0]


def cmd_extract(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.mining.extract import SourceEntry, document_title, entries_to_yaml, extract_entries, guess_scope, merge_entries

    text, name, stem = _read_document(args.report, args)
    source_id = args.source_id or stem
    if not source_id:
        raise UsageError("reading standard input, so --source-id is needed")
    entries = _named(name, extract_entries, text)
    scope = args.scope
    if not scope:
        scope = _named(name, guess_scope, text)
        _notice(f"{name}: scope {scope} (the place the report names most; pass --scope to change it)")
    target = Path(args.merge) if args.merge is not None else None
    existing = ""
    if target is not None and target.is_file():
        from policyterms.text.textio import read_text

        existing = read_text(target, encoding="utf-8").text  # newlines kept as they are
    if not existing.strip():
        written_to = args.output or args.merge
        title = document_title(text)
        if title is None:
            title = Path(args.report).name if args.report != "-" else source_id
            _notice(f"{name}: no title line found, so the source's title is '{title}': write the document's real title")
        source = SourceEntry(source_id, title, _bundled_text(args.report, written_to, name))
        yaml_text = entries_to_yaml(entries, scope=scope, source_id=source_id, source=source)
        with _output(written_to, stdout, args.report) as out:
            out.write(yaml_text)
        _notice(f"{name}: {len(entries)} entries extracted")
        return EXIT_OK
    merged, report = _named(args.merge, merge_entries, existing, entries, scope=scope, source_id=source_id)
    with _output(args.output or args.merge, stdout, args.report) as out:
        out.write(merged)
    _notice(f"{args.merge}: {report.summary()}")
    for term, difference in report.conflicts:
        _notice(f"{args.merge}: conflict: {term}: {difference} (curated value kept)")
    return EXIT_FINDINGS if report.conflicts else EXIT_OK


def _bundled_text(report: str, written_to: str | None, name: str) -> str | None:
    """The report's path relative to the output file's folder, when the report lies inside
    it (``text:`` of the source entry, so ``lint`` verifies the quotes); else ``None``, said
    on stderr."""
    if report == "-" or written_to is None:
        where = "standard input" if report == "-" else "standard output"
        _notice(f"{name}: no 'text:' in the source entry (writing to {where}): lint counts its quotes as unverified")
        return None
    folder = Path(written_to).resolve().parent
    try:
        relative = Path(report).resolve().relative_to(folder)
    except ValueError:
        print(
            f"{name}: no 'text:' in the source entry (the report is not inside {folder}): "
            "lint counts its quotes as unverified",
            file=sys.stderr,
        )
        return None
    return relative.as_posix()


def _named(name: str, function, *args, **kwargs):
    """Call ``function``; an error without a file (or with a placeholder name) gets ``name``."""
    try:
        return function(*args, **kwargs)
    except PolicytermsError as error:
        if error.path is None or error.path.startswith("<"):
            error.path = name
        raise


def cmd_discover(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.mining.discover import TABLE_COLUMNS, discover, discovery_to_yaml, render_table

    text, name, stem = _read_document(args.file, args)
    if not text.strip():
        raise UsageError(f"{name} is empty: there is nothing to look at")
    found = discover(text, _glossary(args), include_known=args.include_known, min_count=args.min_count)
    if args.format == "yaml":
        if not args.scope:
            raise UsageError("--format yaml needs --scope (the scope of the candidate senses)")
        source_id = args.source_id or stem
        if not source_id:
            raise UsageError("reading standard input, so --source-id is needed")
        stdout.write(discovery_to_yaml(found, scope=args.scope, source_id=source_id))
    elif args.format == "json":
        json.dump(
            {
                "candidates": [dataclasses.asdict(c) for c in found.candidates],
                "definitions": [dataclasses.asdict(d) for d in found.definitions],
            },
            stdout,
            ensure_ascii=False,
            indent=1,
        )
        stdout.write("\n")
    else:
        from rich.table import Table

        table = Table(*TABLE_COLUMNS, title=f"{name}: {len(found.candidates)} candidates, "
                      f"{len(found.definitions)} inline definitions", title_justify="left")
        for row in render_table(found):
            table.add_row(*row)
        _console(stdout, width=args.width).print(table)
    return EXIT_OK


def cmd_lint(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.glossary.lint import lint

    report = lint([*args.paths, *(args.glossary or [])] or None)
    for finding in report.findings:
        stdout.write(f"{finding}\n")
    stdout.write(report.summary() + "\n")
    failed = report.errors or (args.strict and report.warnings)
    return EXIT_FINDINGS if failed else EXIT_OK


COMMANDS = {
    "annotate": cmd_annotate,
    "show": cmd_show,
    "search": cmd_search,
    "list": cmd_list,
    "extract": cmd_extract,
    "discover": cmd_discover,
    "lint": cmd_lint,
}


# ---------------------------------------------------------------------------------------
# Output and the process boundary


@contextlib.contextmanager
def _output(path: str | None, stdout: TextIO, inputs: Sequence[str] | str | None = ()) -> Iterator[TextIO]:
    """``stdout``, or ``path`` written safely (see :mod:`policyterms.output`): never an
    input, a device or a link replaced, nothing half-written left behind."""
    if path is None:
        yield stdout
        return
    from policyterms.output import open_output

    names = [inputs] if isinstance(inputs, str) else [name for name in inputs or () if name and name != "-"]
    with open_output(path, inputs=names) as out:
        yield out


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    own = stdout is None  # writing to the process's stdout: ours to configure and flush
    stdout = stdout or sys.stdout
    if stdout is None:  # started with stdout closed: nowhere to write, say so on stderr
        if sys.stderr is not None:
            print("policyterms: error: standard output is closed", file=sys.stderr)
        return EXIT_USAGE
    if own:
        _write_utf8(stdout)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        code = COMMANDS[args.command](args, stdout)
        if own:
            stdout.flush()  # a full disk shows here, not in the interpreter's last flush
        return code
    except SystemExit as exit_:  # argparse: --help, --version, usage errors (exit 2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except PolicytermsError as error:
        _error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): not an error. Point stdout at devnull so the
        # interpreter's final flush does not complain.
        _discard_stdout()
        return EXIT_OK
    except OSError as error:  # a full disk, an I/O error, a file name too long ...
        _error(_os_error(error))
        _discard_stdout()
        return EXIT_USAGE
    except MemoryError:
        _error(
            "out of memory",
            hint="annotate --format jsonl or --format text stream a document in bounded memory; "
            "split a large document for the other formats",
        )
        return EXIT_USAGE
    except UnicodeEncodeError as error:  # a lone surrogate (an undecodable file name) in output
        _error(f"cannot write the character {error.object[error.start:error.end]!a} in {error.encoding}")
        return EXIT_USAGE
    except RecursionError:
        _error("input nested too deeply to read", hint="check the glossary or document for runaway nesting")
        return EXIT_USAGE
    except ValueError as error:
        if "integer string conversion" not in str(error) and "digits" not in str(error):
            raise
        _error("a number in the input has too many digits to read", hint="numbers in documents and glossaries have at most a few digits")
        return EXIT_USAGE


def _error(message: str, *, hint: str | None = None) -> None:
    """One line on stderr, ``policyterms: error: …``, whatever stderr can encode."""
    if sys.stderr is None:
        return
    # One line, whatever the message holds: an argument or a file name with a line break
    # or an escape sequence is shown in caret notation, never obeyed.
    line = visible(f"policyterms: error: {message}{f' ({hint})' if hint else ''}").replace("\n", "^J")
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(line.encode(sys.stderr.encoding or "utf-8", "backslashreplace").decode(sys.stderr.encoding or "utf-8") + "\n")
        sys.stderr.flush()


_OS_HINTS = {
    errno.ENOSPC: "free some disk space, or write somewhere else with -o",
    errno.EDQUOT: "free some of your disk quota, or write somewhere else with -o",
    errno.ENAMETOOLONG: "use a shorter file name: most systems allow 255 bytes per name",
    errno.EIO: "the disk or device reported an error; check it",
    errno.EROFS: "the file system is read-only; write somewhere else with -o",
}


def _os_error(error: OSError) -> str:
    """An OSError as one line: the file if known, what went wrong, how to fix it."""
    what = error.strerror or str(error)
    name = error.filename
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if isinstance(name, str) and len(name) > 80:
        name = name[:40] + "…" + name[-20:]
    place = f"{name}: " if name else ("cannot write output: " if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO) else "")
    hint = _OS_HINTS.get(error.errno)
    return f"{place}{what}" + (f" ({hint})" if hint else "")


def _discard_stdout() -> None:
    """Point stdout at devnull, so the interpreter's final flush of what could not be
    written (a closed pipe, a full disk) does not print a traceback of its own."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _write_utf8(stdout: TextIO) -> None:
    """Write UTF-8 whatever the locale says (PYTHONIOENCODING=ascii, LANG=C on an old
    system), and never fail on a character: policyterms' output is Chinese text."""
    reconfigure = getattr(stdout, "reconfigure", None)
    if reconfigure is None:
        return
    with contextlib.suppress(Exception):
        encoding = (getattr(stdout, "encoding", None) or "").lower().replace("_", "-")
        if encoding in ("utf-8", "utf8"):
            reconfigure(errors="replace")  # a lone surrogate from an undecodable file name
        else:
            reconfigure(encoding="utf-8", errors="replace")


def _exit_on_signal(signum: int, frame: object) -> None:
    """SIGTERM and SIGHUP (timeout, docker stop, a closed terminal) unwind like Ctrl-C,
    so temporary files are removed; the exit status is 128 + the signal number."""
    raise SystemExit(128 + signum)


def entry_point() -> None:  # pragma: no cover - exercised through the console script
    try:
        import signal

        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), _exit_on_signal)
        code = main()
    except KeyboardInterrupt:  # Ctrl-C between start-up and main's own handler
        code = EXIT_INTERRUPTED
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
