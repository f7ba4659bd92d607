"""Prove what can be proved about a glossary.

Beyond what loading checks (schema, unknown keys, duplicate ids and surfaces, unknown
sources), the linter reads the bundled source texts and verifies that every quote is
really there (after folding, so a quote copied from a line-wrapped PDF or a traditional
text still verifies), and that numbered slogans have as many components as their
numerals say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policyterms.errors import GlossaryError
from policyterms.text.fold import fold
from policyterms.glossary.model import Finding, Glossary, Sense, Source, states_definition
from policyterms.glossary.read import read_glossary
from policyterms.glossary.numerals import headword_numerals, numeral_mismatch

__all__ = ["LintReport", "lint"]


@dataclass(frozen=True)
class LintReport:
    """Every finding, plus the counts a curator wants to see."""

    findings: tuple[Finding, ...]
    senses: int
    sources: int
    citations: int
    verified: int  #: citations whose quote was found in a bundled text
    unverified: int  #: citations of sources the project does not bundle, or without a quote

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def summary(self) -> str:
        return (
            f"{self.senses} senses, {self.sources} sources, {self.citations} citations: "
            f"{self.verified} verified against bundled texts, {self.unverified} unverified; "
            f"{_count(len(self.errors), 'error')}, {_count(len(self.warnings), 'warning')}"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def lint(paths: Iterable[str | Path] | None = None) -> LintReport:
    """Read the glossary at ``paths`` (default: the shipped one) and check all of it."""
    glossary, findings = read_glossary(paths)
    verified, unverified, quote_findings = _check_quotes(glossary)
    findings = [*findings, *quote_findings]
    for sense in glossary.senses:
        findings.extend(_check_numerals(sense))
        findings.extend(_check_origin(sense))
        if not sense.en:
            findings.append(Finding(sense.path, sense.line, "warning", f"'{sense.term}' has no English gloss (en)"))
    findings.sort(key=lambda f: (f.path, f.line, f.severity))
    return LintReport(
        findings=tuple(findings),
        senses=len(glossary.senses),
        sources=len(glossary.sources),
        citations=sum(len(s.cite) for s in glossary.senses),
        verified=verified,
        unverified=unverified,
    )


#: A quote shorter than this (folded) verifies nothing unless it holds the whole term: one
#: character is in every source.
MIN_QUOTE_CHARS = 4


def _check_quotes(glossary: Glossary) -> tuple[int, int, list[Finding]]:
    folded_texts: dict[str, str | None] = {}
    findings = []
    verified = unverified = 0
    for sense in glossary.senses:
        for citation in sense.cite:
            source = glossary.sources.get(citation.source)
            if source is None:
                continue  # reported by read_glossary
            if source.id not in folded_texts:
                try:
                    text = source.read_text()
                except GlossaryError as error:  # its citations count as unverified
                    findings.append(_unreadable_text(source, error))
                    text = None
                folded_texts[source.id] = fold(text).text if text is not None else None
            haystack = folded_texts[source.id]
            if haystack is None or not citation.quote:
                unverified += 1
                continue
            needle = fold(citation.quote).text
            if needle and len(needle) < MIN_QUOTE_CHARS and not any(
                surface and surface in needle for surface in (fold(s).text for s in sense.surfaces)
            ):
                findings.append(
                    Finding(
                        sense.path,
                        citation.line,
                        "error",
                        f"quote for '{sense.term}' is too short to verify a citation: «{citation.quote[:40]}» "
                        f"(quote at least {MIN_QUOTE_CHARS} characters of the source, or the whole term)",
                    )
                )
            elif needle and needle in haystack:
                verified += 1
            else:
                findings.append(
                    Finding(
                        sense.path,
                        citation.line,
                        "error",
                        f"quote for '{sense.term}' is not in the bundled text of {source.id}: «{citation.quote[:40]}»",
                    )
                )
    return verified, unverified, findings


def _unreadable_text(source: Source, error: GlossaryError) -> Finding:
    """An error at the line that declares ``source``, naming the bundled text's fault."""
    path, _, line = source.declared_at.rpartition(":")
    if not (path and line.isdigit()):
        path, line = source.declared_at or str(source.text_path), "0"
    return Finding(path, int(line), "error", str(error))


def _check_origin(sense: Sense) -> list[Finding]:
    """A quoted definition is in a citation's quote; an editorial one cites the term in use.

    Whether each quote is really in its source is checked by :func:`_check_quotes`, so
    together a ``quoted`` definition is proved word for word wherever its source is bundled.
    """
    if sense.definition is None or sense.origin is None:
        return []
    quotes = [c.quote for c in sense.cite if c.quote]
    if sense.origin == "quoted":
        if not states_definition(quotes, sense.definition):
            return [
                Finding(
                    sense.path,
                    sense.line,
                    "error",
                    f"'{sense.term}' is marked origin: quoted, but no citation's quote contains its definition "
                    "(quote the sentence that states it, or mark the definition editorial)",
                )
            ]
        return []
    folded = [fold(quote).text for quote in quotes]
    surfaces = [fold(surface).text for surface in sense.surfaces]
    if any(surface in quote for quote in folded for surface in surfaces):
        return []
    # A slogan written out in its parts (在…上走在前、在…上勇争先、在…上善作为) is in use too.
    parts = [fold(part).text for component in sense.components for part in _component_texts(component)]
    if parts and all(any(part in quote for quote in folded) for part in parts):
        return []
    return [
        Finding(
            sense.path,
            sense.line,
            "error",
            f"'{sense.term}' has an editorial definition, but no citation's quote uses the term or spells out "
            "its components (cite a sentence where the term is used)",
        )
    ]


def _component_texts(component) -> list[str]:
    if component.parts:
        return list(component.parts)
    return [component.text] if component.text else []


def _check_numerals(sense: Sense) -> list[Finding]:
    if not sense.enumerates or not headword_numerals(sense.term):
        return []
    if not sense.components:
        return [Finding(sense.path, sense.line, "warning", f"numbered slogan '{sense.term}' lists no components")]
    flat = sum(1 for c in sense.components if c.label is None)
    groups = [len(c.parts) if c.parts else None for c in sense.components if c.label is not None]
    if flat and groups:
        return [Finding(sense.path, sense.line, "error", f"'{sense.term}' mixes plain and grouped components")]
    problem = numeral_mismatch(sense.term, flat, groups)
    if problem:
        return [Finding(sense.path, sense.line, "error", f"'{sense.term}': {problem}")]
    return []
