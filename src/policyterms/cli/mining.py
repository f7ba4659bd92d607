"""``policyterms extract`` and ``discover``: what a document says about its own terms."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import TextIO

from policyterms.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    make_console,
    glossary_for,
    notice,
    output_to,
    read_document,
    with_name,
)
from policyterms.errors import InputError


def _read_document(path: str, args: argparse.Namespace) -> tuple[str, str, str | None]:
    """The whole text of FILE or stdin, its name, and a default source id (the file stem)."""
    name, text = read_document(path, args)
    return text, name, None if path == "-" else Path(path).name.split(".")[0]


def cmd_extract(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.mining.document import SourceEntry, document_title, guess_scope
    from policyterms.mining.senses_yaml import entries_to_yaml, merge_entries, repeated_terms
    from policyterms.mining.extract import extract_entries

    text, name, stem = _read_document(args.report, args)
    source_id = args.source_id or stem
    if not source_id:
        raise UsageError("reading standard input, so --source-id is needed")
    if not text.strip():
        raise UsageError(f"{name} is empty: there is nothing to extract")
    entries, again = repeated_terms(with_name(name, extract_entries, text))
    for entry in again:
        notice(f"{name}: line {entry.line}: '{entry.term}' is defined again; only its first definition is written (one sense per term)")
    scope = args.scope
    if not scope:
        scope = with_name(name, guess_scope, text)
        notice(f"{name}: scope {scope} (the place the report names most; pass --scope to change it)")
    target = Path(args.merge) if args.merge is not None else None
    existing = ""
    if target is not None and target.is_dir():
        raise UsageError(f"{args.merge} is a folder", hint="give --merge a senses YAML file; it is created if missing")
    if target is not None and target.is_file():
        from policyterms.text.textio import read_text

        try:
            existing = read_text(target, encoding="utf-8").text  # newlines kept as they are
        except InputError as error:
            if not error.message.startswith("cannot decode"):
                raise
            # not "try --encoding gb18030": --encoding names the report's encoding
            raise InputError(error.message, path=args.merge, hint="save the senses file as UTF-8, e.g. iconv -f gb18030 -t utf-8") from None
    if not existing.strip():
        written_to = args.output or args.merge
        title = document_title(text)
        if title is None:
            title = Path(args.report).name if args.report != "-" else source_id
            notice(f"{name}: no title line found, so the source's title is '{title}': write the document's real title")
        source = SourceEntry(source_id, title, _bundled_text(args.report, written_to, name))
        yaml_text = entries_to_yaml(entries, scope=scope, source_id=source_id, source=source)
        with output_to(written_to, stdout, args.report) as out:
            out.write(yaml_text)
        notice(f"{name}: {len(entries)} entries extracted")
        return EXIT_OK
    merged, report = with_name(args.merge, merge_entries, existing, entries, scope=scope, source_id=source_id)
    with output_to(args.output or args.merge, stdout, args.report) as out:
        out.write(merged)
    notice(f"{args.merge}: {report.summary()}")
    for term, difference in report.conflicts:
        notice(f"{args.merge}: conflict: {term}: {difference} (curated value kept)")
    return EXIT_FINDINGS if report.conflicts else EXIT_OK


def _bundled_text(report: str, written_to: str | None, name: str) -> str | None:
    """The report's path relative to the output file's folder, when the report lies inside
    it (``text:`` of the source entry, so ``lint`` verifies the quotes); else ``None``, said
    on stderr."""
    if report == "-" or written_to is None:
        where = "standard input" if report == "-" else "standard output"
        notice(f"{name}: no 'text:' in the source entry (writing to {where}): lint counts its quotes as unverified")
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


def cmd_discover(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.mining.discover import TABLE_COLUMNS, discover, discovery_to_yaml, render_table

    text, name, stem = _read_document(args.file, args)
    if not text.strip():
        raise UsageError(f"{name} is empty: there is nothing to look at")
    try:
        found = discover(text, glossary_for(args), include_known=args.include_known, min_count=args.min_count)
    except InputError as error:
        error.path = error.path or name  # (a text too long to discover at once: name the file)
        raise
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

        title = f"{name}: {_count(len(found.candidates), 'candidate')}, {_count(len(found.definitions), 'inline definition')}"
        table = Table(*TABLE_COLUMNS, title=title, title_justify="left")
        for row in render_table(found):
            table.add_row(*row)
        make_console(stdout, width=args.width).print(table)
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    """``1 candidate``, ``2 candidates``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
