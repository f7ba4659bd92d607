"""``policyterms show``, ``search``, ``list`` and ``lint``: the glossary itself."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from policyterms.glossary.model import Glossary
from policyterms.text.visible import visible
from policyterms.cli.common import EXIT_FINDINGS, EXIT_OK, UsageError, make_console, glossary_for, notice


def cmd_show(args: argparse.Namespace, stdout: TextIO) -> int:
    glossary = glossary_for(args)
    senses = glossary.lookup(args.term)
    if not senses:
        near = glossary.search(args.term)[:5]
        hint = "did you mean: " + "、".join(s.term for s in near) if near else "try: policyterms search WORD"
        raise UsageError(f"'{args.term}' is not in the glossary", hint=hint)
    return _print_senses(senses, glossary, args, stdout)


def cmd_search(args: argparse.Namespace, stdout: TextIO) -> int:
    glossary = glossary_for(args)
    senses = glossary.search(args.word)
    if not senses:
        notice(f"no term mentions '{args.word}'")
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
        render_senses(senses, make_console(stdout, no_color=args.no_color), glossary)
    return EXIT_OK


def _sense_json(sense, glossary: Glossary) -> dict:
    from policyterms.annotate.annotation import citation_views, component_json

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
    glossary = glossary_for(args)
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
        from policyterms.annotate.choice import check_scope

        check_scope(args.scope, glossary)
    senses = [sense for sense in glossary.senses if args.scope is None or sense.scope == args.scope]
    if args.format == "json":
        json.dump([_sense_json(sense, glossary) for sense in senses], stdout, ensure_ascii=False, indent=1)
        stdout.write("\n")
    else:
        for sense in senses:
            stdout.write(visible(f"{sense.term}\t{sense.scope}\t{sense.en}") + "\n")
    return EXIT_OK


def cmd_lint(args: argparse.Namespace, stdout: TextIO) -> int:
    from policyterms.errors import GlossaryError
    from policyterms.glossary.lint import lint

    for path in args.paths:  # named as arguments, not with --glossary: say so (the loader's hint names --glossary)
        if not Path(path).exists():
            hint = "check the path: lint reads the files and folders it is given, or the shipped glossary without any"
            raise GlossaryError("no such glossary file or folder", path=path, hint=hint)
    report = lint([*args.paths, *(args.glossary or [])] or None)
    for finding in report.findings:
        stdout.write(f"{finding}\n")
    stdout.write(report.summary() + "\n")
    failed = report.errors or (args.strict and report.warnings)
    return EXIT_FINDINGS if failed else EXIT_OK
