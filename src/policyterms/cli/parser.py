"""The argument parser: every command, option and its help."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from policyterms import __version__
from policyterms.cli.common import EXIT_USAGE, print_error


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


class _Parser(argparse.ArgumentParser):
    """argparse with the one-line error format of every other policyterms error."""

    #: The subcommands' action, on the top-level parser only (see :meth:`parse_args`).
    commands: argparse._SubParsersAction | None = None

    def error(self, message: str) -> NoReturn:
        print_error(message, hint=f"see '{self.prog} --help'")
        self.exit(EXIT_USAGE)

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """Files may follow options (``annotate a.txt -f text b.txt``, ``lint a.yaml --strict
        b.yaml``): plain argparse stops taking positionals after the first option, so a
        command line it leaves arguments of is parsed again, intermixed, by the command's
        own parser."""
        known, extras = self.parse_known_args(args, namespace)
        if not extras:
            return known
        if self.commands is None or getattr(known, "command", None) not in self.commands.choices:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        argv = list(sys.argv[1:] if args is None else args)
        rest = argv[argv.index(known.command) + 1 :]
        return self.commands.choices[known.command].parse_intermixed_args(rest, argparse.Namespace(command=known.command))


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
    parser.commands = commands

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
        help="rich: the terminal reader; jsonl: one JSON object per annotation; "
        "json: one object, the document's summary and every mention; text: tab-separated lines; html: a self-contained web page; markdown: the document with footnotes "
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
