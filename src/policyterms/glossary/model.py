"""The glossary: senses with provenance as immutable objects.

They are read from YAML by :mod:`policyterms.glossary.read` (the format is described in
``docs/glossary-format.md``) and loaded for use, through the cache, by
:func:`policyterms.glossary.load.load_glossary`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from policyterms.errors import GlossaryError
from policyterms.text.fold import fold

if TYPE_CHECKING:  # the matcher is imported lazily: loading a glossary needs no automaton
    from policyterms.annotate.annotator import AnnotationTables
    from policyterms.text.matcher import Matcher

__all__ = [
    "Source",
    "Citation",
    "Component",
    "Sense",
    "Finding",
    "Glossary",
    "NATIONAL_SCOPE",
    "Origin",
    "Layer",
    "definition_core",
    "states_definition",
]

#: The broadest scope: a sense that applies everywhere.
NATIONAL_SCOPE = "全国"
#: The scope of learned senses (:mod:`policyterms.mining.learn`): they hold for the document
#: they were learned from.
DOCUMENT_SCOPE = "本文件"

#: Where a definition's words come from (see :attr:`Sense.origin`).
Origin = Literal["quoted", "editorial", "learned"]
#: The glossaries a sense can come from (see :attr:`Sense.layer`).
Layer = Literal["shipped", "user", "document"]
#: The origins a glossary file may declare; ``learned`` is given only by learning.
DECLARED_ORIGINS = ("quoted", "editorial")


@dataclass(frozen=True)
class Source:
    """A public document that definitions cite."""

    id: str
    title: str
    issuer: str | None = None
    date: str | None = None
    url: str | None = None
    text_path: Path | None = None  #: the bundled text, when the project ships one
    #: The line of the bundled text where the document itself starts, after the page
    #: furniture a forum repost adds; the reader of ``annotate --source`` starts there.
    starts_at: str | None = None
    declared_at: str = ""  #: ``file:line`` where the source is declared

    def read_text(self) -> str | None:
        """The bundled text (gzip-compressed files are read transparently), or ``None``.

        Raises :class:`GlossaryError` naming the text's path when it cannot be read, is
        not valid gzip, or is not UTF-8 (with the offset of the first bad byte).
        """
        if self.text_path is None:
            return None
        path = str(self.text_path)
        try:
            with open(self.text_path, "rb") as stream:
                data = stream.read(MAX_TEXT_BYTES + 1)
            if len(data) > MAX_TEXT_BYTES:
                raise GlossaryError(f"the bundled text is larger than {MAX_TEXT_BYTES:,} bytes", path=path)
        except OSError as error:
            raise GlossaryError(
                f"cannot read the bundled text of source '{self.id}': {error.strerror or error}",
                path=path,
            ) from None
        if self.text_path.suffix == ".gz":
            try:
                data = _gunzip_bounded(data, path)
            except (OSError, EOFError, _zlib_error()) as error:  # BadGzipFile is an OSError
                raise GlossaryError(
                    f"the bundled text of source '{self.id}' is not a valid gzip file: {error}",
                    path=path,
                    hint="compress it again with gzip, or bundle it uncompressed",
                ) from None
        try:
            return data.decode("utf-8")  # not universal newlines: keep \r\n, offsets count it
        except UnicodeDecodeError as error:
            inside = " (decompressed)" if self.text_path.suffix == ".gz" else ""
            raise GlossaryError(
                f"the bundled text of source '{self.id}' is not UTF-8: cannot decode byte "
                f"0x{data[error.start]:02x} at offset {error.start}{inside}",
                path=path,
                line=data.count(b"\n", 0, error.start) + 1,
                hint="save bundled texts as UTF-8",
            ) from None


#: A bundled text larger than this, compressed or not, is refused (a gzip bomb stops here).
MAX_TEXT_BYTES = 64 << 20


def _zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _gunzip_bounded(data: bytes, path: str) -> bytes:
    """Decompress gzip ``data``, stopping at :data:`MAX_TEXT_BYTES` of output."""
    import gzip
    import io

    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        out = stream.read(MAX_TEXT_BYTES + 1)
    if len(out) > MAX_TEXT_BYTES:
        raise GlossaryError(
            f"the bundled text decompresses to more than {MAX_TEXT_BYTES:,} bytes",
            path=path,
            hint="bundle the excerpt a citation needs, not a whole archive",
        )
    return out


@dataclass(frozen=True)
class Citation:
    """Where a definition comes from: a source id, a place in it, and its own words."""

    source: str
    locator: str | None = None
    quote: str | None = None
    line: int = 0  #: line of the citation in its glossary file


@dataclass(frozen=True)
class Component:
    """One enumerated part of a slogan: plain text, or a labelled group of parts."""

    text: str | None = None
    label: str | None = None
    parts: tuple[str, ...] = ()

    def to_json(self) -> str | dict[str, Any]:
        """The form the glossary writes it in: a string, or ``{label, text|parts}``."""
        if self.label is None:
            return self.text or ""
        group: dict[str, Any] = {"label": self.label}
        if self.text is not None:
            group["text"] = self.text
        if self.parts:
            group["parts"] = list(self.parts)
        return group

    def __str__(self) -> str:
        if self.label is None:
            return self.text or ""
        body = self.text if self.text is not None else "、".join(self.parts)
        return f"{self.label}: {body}"


@dataclass(frozen=True)
class Sense:
    """One meaning of a term in one scope (and optionally a span of years)."""

    id: str
    term: str
    scope: str
    en: str
    cite: tuple[Citation, ...]
    aliases: tuple[str, ...] = ()
    definition: str | None = None  #: ``None``: no source tells what the term means
    components: tuple[Component, ...] = ()
    years: tuple[int | None, int | None] | None = None
    quoted_only: bool = False
    followed_by: tuple[str, ...] = ()  #: the surface counts only before one of these …
    preceded_by: tuple[str, ...] = ()  #: … or after one of these (or quoted, if quoted_only)
    not_followed_by: tuple[str, ...] = ()  #: the sense does not count right before one of these …
    not_preceded_by: tuple[str, ...] = ()  #: … nor right after one of these
    enumerates: bool = True
    note: str | None = None
    #: A reference sense (``reference: true``): a name or an everyday word the glossary
    #: keeps so ``show`` and ``search`` explain it, which annotation does not flag (it still
    #: holds its span against overlapping terms; a jargon term wholly inside it is still flagged).
    reference: bool = False
    #: Where the definition's words come from: ``quoted`` (a cited text states it),
    #: ``editorial`` (written by the glossary's curators; the citations show the term in
    #: use) or ``learned`` (from the document being read). ``None`` only without a definition.
    origin: Origin | None = None
    en_source: str | None = None  #: source id of an official English rendering, if any
    #: Which glossary it comes from: ``shipped`` with the package, ``user`` (``-g``), or
    #: ``document`` (learned from, or confirmed by, the document being read).
    layer: Layer = "shipped"
    path: str = ""
    line: int = 0

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The forms the matcher looks for: the headword and its aliases."""
        return (self.term, *self.aliases)

    @property
    def declared_at(self) -> str:
        """``file:line`` of the sense in its glossary file."""
        return f"{self.path}:{self.line}"

    def __repr__(self) -> str:
        """Short: the id and the English (every field is an attribute).

        >>> Sense("三张清单@上海市金山区", "三张清单", "上海市金山区", "Three Lists", ())
        Sense('三张清单@上海市金山区', en='Three Lists')
        """
        return f"Sense({self.id!r}, en={self.en!r})"

    def _repr_html_(self) -> str:
        """A glossary entry for Jupyter: term, English, scope, definition and its origin,
        components and citations (source ids: a sense does not know their titles)."""
        from html import escape as e

        head = f"<b>{e(self.term)}</b> · {e(self.en)} · <i>{e(self.scope)}</i>"
        if self.definition is not None:
            body = f"<p>{e(self.definition)} <small>({e(self.origin or '')})</small></p>"
        else:
            body = "<p><i>definition unknown</i></p>"
        if self.components:
            body += "<ol>" + "".join(f"<li>{e(str(c))}</li>" for c in self.components) + "</ol>"
        cited = []
        for c in self.cite:
            where = e(c.source) + (f", {e(c.locator)}" if c.locator else "")
            cited.append(f"<li>{where}" + (f": «{e(c.quote)}»" if c.quote else "") + "</li>")
        if cited:
            body += "<ul>" + "".join(cited) + "</ul>"
        return f'<div class="policyterms-sense">{head}{body}</div>'


@dataclass(frozen=True)
class Finding:
    """One problem in a glossary, at a file and line."""

    path: str
    line: int
    severity: Literal["error", "warning"]
    message: str
    column: int | None = None

    def __str__(self) -> str:
        column = f":{self.column}" if self.column else ""
        message = " ".join(self.message.splitlines())  # one finding, one line
        return f"{self.path}:{self.line}{column}: {self.severity}: {message}"


@dataclass(frozen=True)
class Glossary:
    """All senses and sources, with the lookups the annotator and the CLI need."""

    senses: tuple[Sense, ...]
    sources: dict[str, Source] = field(default_factory=dict)

    @cached_property
    def senses_by_surface(self) -> dict[str, tuple[Sense, ...]]:
        """Folded surface → the senses that use it, in glossary order."""
        table: dict[str, list[Sense]] = {}
        for sense in self.senses:
            for surface in dict.fromkeys(folded_surface(s) for s in sense.surfaces):
                if surface:
                    table.setdefault(surface, []).append(sense)
        return {surface: tuple(senses) for surface, senses in table.items()}

    @cached_property
    def matcher(self) -> Matcher:
        """The compiled Aho-Corasick automaton over all folded surfaces (built once)."""
        from policyterms.text.matcher import Matcher

        return Matcher(self.senses_by_surface)

    @cached_property
    def annotation_tables(self) -> AnnotationTables:
        """What the annotator needs besides the automaton (built once, cached with it)."""
        from policyterms.annotate.annotator import AnnotationTables

        return AnnotationTables.of(self)

    @cached_property
    def scopes(self) -> frozenset[str]:
        """The scopes of its senses."""
        return frozenset(sense.scope for sense in self.senses)

    # A glossary loaded from the cache (see :mod:`policyterms.glossary.cache`) reads its senses on
    # demand: ``_lazy`` holds each sense pickled apart, and the senses of each of the
    # matcher's patterns. ``senses`` and ``senses_by_surface`` are then built on first
    # use; the annotator only ever reads the senses of the surfaces it finds.

    def __getattr__(self, name: str) -> Any:
        if name == "senses":
            lazy = self.__dict__.get("_lazy")
            if lazy is not None:
                senses = self.__dict__["senses"] = lazy.all()
                return senses
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def pattern_senses(self, number: int) -> tuple[Sense, ...]:
        """The senses of the matcher's pattern ``number`` (``matcher.patterns[number]``)."""
        lazy = self.__dict__.get("_lazy")
        if lazy is not None and "senses_by_surface" not in self.__dict__:
            return lazy.pattern_senses(number)
        return self.senses_by_surface[self.matcher.patterns[number]]

    def lookup(self, term: str) -> list[Sense]:
        """The senses whose headword or alias is ``term`` (any script, quotes optional)."""
        surface = fold(term).text
        if "_lazy" in self.__dict__ and "senses_by_surface" not in self.__dict__:
            patterns = self.matcher.patterns
            number = bisect_left(patterns, surface)
            found = number < len(patterns) and patterns[number] == surface
            return list(self.pattern_senses(number)) if found else []
        return list(self.senses_by_surface.get(surface, ()))

    def search(self, word: str) -> list[Sense]:
        """The senses whose term, definition, components or English mention ``word``."""
        needle = fold(word).text
        if not needle:
            return []
        found = []
        for sense in self.senses:
            haystack = " ".join(
                [*sense.surfaces, sense.definition or "", sense.en, *(str(c) for c in sense.components)]
            )
            if needle in fold(haystack).text:
                found.append(sense)
        return found

    def cited_source(self, citation: Citation) -> Source | None:
        return self.sources.get(citation.source)

    def __repr__(self) -> str:
        """Short, however large the glossary.

        >>> Glossary((), {})
        Glossary(0 senses, 0 sources)
        """
        return f"Glossary({len(self.senses):,} senses, {len(self.sources):,} sources)"

    def _repr_html_(self) -> str:
        """For Jupyter: how many senses and sources, and the senses per scope."""
        from html import escape as e

        scopes: dict[str, int] = {}
        for sense in self.senses:
            scopes[sense.scope] = scopes.get(sense.scope, 0) + 1
        rows = "".join(f"<tr><td>{e(scope)}</td><td>{count:,}</td></tr>" for scope, count in sorted(scopes.items()))
        return (
            f"<p><b>Glossary</b>: {len(self.senses):,} senses, {len(self.sources):,} sources</p>"
            f'<table class="policyterms-glossary"><thead><tr><th>scope</th><th>senses</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )


@lru_cache(maxsize=1 << 18)
def folded_surface(surface: str) -> str:
    """``fold(surface).text``, remembered: reading a glossary folds each headword and
    alias four times (a check, layering, duplicates, the surface table)."""
    return fold(surface).text


_DEFINITION_LEAD = re.compile(r"^(?:是指|就是|系指|指|即)")
_DEFINITION_TAIL = re.compile(r"[。；;.,，]+$")


def definition_core(definition: str) -> str:
    """The folded words of a definition that a quote must contain to state it: without a
    leading 是指/指/即 or trailing punctuation, which a glossary may write differently.

    >>> definition_core("是指建好、管好、护好、运营好农村公路。")
    '建好、管好、护好、运营好农村公路'
    """
    return _DEFINITION_TAIL.sub("", _DEFINITION_LEAD.sub("", fold(definition).text))


def states_definition(quotes: Iterable[str], definition: str) -> bool:
    """Whether one of ``quotes`` contains ``definition`` word for word (after folding):
    what ``origin: quoted`` promises."""
    core = definition_core(definition)
    return bool(core) and any(core in fold(quote).text for quote in quotes)
