"""The glossary: senses with provenance, loaded from YAML into immutable objects.

The format is described in ``docs/glossary-format.md``. Reading collects every problem it
finds as a :class:`Finding` (file, line, message) instead of stopping at the first, so
``policyterms lint`` can report them all; :func:`load_glossary` raises on the first error.
"""

from __future__ import annotations

import gc
import os
import re
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from policyterms.errors import GlossaryError
from policyterms.text.fold import fold
from policyterms.glossary.yamlnodes import MAX_FILE_BYTES, Mapping, Sequence, load_yaml

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
    "default_glossary_dir",
    "glossary_files",
    "read_glossary",
    "load_glossary",
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


# ---------------------------------------------------------------------------------------
# Locating glossary files


def default_glossary_dir() -> Path:
    """The glossary shipped with the package (or the checkout's ``glossary/`` in development)."""
    package = Path(__file__).parents[1]
    shipped = package / "data" / "glossary"  # where a wheel puts it (importlib.resources costs 6 ms to import)
    if shipped.is_dir():
        return shipped
    checkout = package.resolve().parents[1] / "glossary"
    if checkout.is_dir():
        return checkout
    raise GlossaryError(
        "the default glossary is missing from this installation",
        hint="reinstall policyterms, or pass --glossary PATH",
    )


def _path_list(paths: str | Path | Iterable[str | Path] | None) -> list[Path] | None:
    """``paths`` as a list: one path (``str`` or ``Path``) or several; ``None`` stays."""
    if paths is None:
        return None
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    if isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise TypeError(f"glossary paths must be a str, a Path or a list of them, not {type(paths).__name__}")
    return [Path(p) for p in paths]


#: A glossary folder holding more entries than this is not a glossary (``-g /``): refused
#: while walking it, before anything is read.
MAX_FOLDER_ENTRIES = 20_000


def glossary_files(paths: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """The YAML files named by ``paths`` (files, or folders searched recursively)."""
    return [file for file, _ in _files_and_roots(paths)]


def _files_and_roots(paths: str | Path | Iterable[str | Path] | None) -> list[tuple[Path, Path]]:
    """Each YAML file with the folder it was found from: the folder a glossary's bundled
    texts must stay inside (a file named alone: its own folder)."""
    listed = _path_list(paths)
    roots = [default_glossary_dir()] if listed is None else listed
    files: list[tuple[Path, Path]] = []
    for root in roots:
        if root.is_dir():
            files.extend((file, root) for file in _yaml_below(root))
        elif root.is_file():
            files.append((root, root.parent))
        else:
            raise GlossaryError("no such glossary file or folder", path=str(root), hint="check the --glossary path")
    if not files:
        raise GlossaryError("no glossary files (*.yaml) found", path=", ".join(map(str, roots)))
    return files


def _yaml_below(root: Path) -> list[Path]:
    """``*.yaml``/``*.yml`` files below ``root``, sorted, hidden folders skipped; refuses a
    folder too large to be a glossary after :data:`MAX_FOLDER_ENTRIES` entries."""
    found: list[Path] = []
    seen = 0
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        seen += len(subfolders) + len(names)
        if seen > MAX_FOLDER_ENTRIES:
            raise GlossaryError(
                f"more than {MAX_FOLDER_ENTRIES:,} files and folders below it: not a glossary folder",
                path=str(root),
                hint="point --glossary at the folder that holds the glossary's YAML files",
            )
        found.extend(Path(folder) / name for name in names if name.endswith((".yaml", ".yml")))
    return sorted(file for file in found if file.is_file())


# ---------------------------------------------------------------------------------------
# Reading and validating

_SOURCE_KEYS = {"id": True, "title": True, "issuer": False, "date": False, "url": False, "text": False, "starts_at": False}
_SENSE_KEYS = {
    "term": True,
    "en": False,
    "cite": True,
    "id": False,
    "aliases": False,
    "definition": False,
    "components": False,
    "years": False,
    "quoted_only": False,
    "followed_by": False,
    "preceded_by": False,
    "not_followed_by": False,
    "not_preceded_by": False,
    "enumerates": False,
    "note": False,
    "reference": False,
    "origin": False,
    "en_source": False,
}
_CITE_KEYS = {"source": True, "locator": False, "quote": False}
_GROUP_KEYS = {"label": True, "text": False, "parts": False}


_REQUIRED: dict[int, frozenset[str]] = {}


def _required(allowed: dict[str, bool]) -> frozenset[str]:
    """The required keys of one of the ``_*_KEYS`` tables (which never change)."""
    required = _REQUIRED.get(id(allowed))
    if required is None:
        required = _REQUIRED[id(allowed)] = frozenset(key for key, needed in allowed.items() if needed)
    return required


class _Reader:
    """Collects senses, sources and findings across files; one instance per read."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.senses: list[Sense] = []
        self.sources: dict[str, Source] = {}
        self.source_layers: dict[str, Layer] = {}

    def error(self, path: str, line: int, message: str, column: int | None = None) -> None:
        self.findings.append(Finding(path, line, "error", message, column))

    # -- typed field access ----------------------------------------------------------

    def keys_ok(self, mapping: Mapping, allowed: dict[str, bool], path: str, what: str) -> bool:
        keys = mapping.items.keys()
        if keys <= allowed.keys() and _required(allowed) <= keys:  # the usual case, in C
            return True
        ok = True
        for key in mapping.items:
            if key not in allowed:
                close = ", ".join(sorted(allowed))
                self.error(path, mapping.line_of(key), f"unknown key '{key}' in {what} (allowed: {close})")
                ok = False
        for key, required in allowed.items():
            if required and key not in mapping.items:
                self.error(path, mapping.line, f"{what} lacks the required key '{key}'")
                ok = False
        return ok

    def mappings(self, value: Sequence, allowed: dict[str, bool], path: str, what: str) -> Iterator[Mapping]:
        """The items of a list that are mappings with only allowed keys; reports the rest."""
        for item, line in zip(value.items, value.item_lines):
            if not isinstance(item, Mapping):
                self.error(path, line, f"{what} must be a mapping, not {_kind(item)}")
            elif self.keys_ok(item, allowed, path, what):
                yield item

    def text(self, mapping: Mapping, key: str, path: str, *, required: bool = False) -> str | None:
        """A text field. A value YAML read as a number (``term: 1.10``, ``date: 2020``) is
        taken as written, never as the number's own spelling; true/false is not text."""
        value = mapping.items.get(key)
        if value is None:
            return None
        if key in mapping.raw:
            value = mapping.raw[key]
        if not isinstance(value, str):
            self.error(path, mapping.line_of(key), f"'{key}' must be text, not {_kind(value)}")
            return None
        value = value.strip()
        if required and not value:
            self.error(path, mapping.line_of(key), f"'{key}' must not be empty")
            return None
        return value

    def texts(self, mapping: Mapping, key: str, path: str) -> tuple[str, ...]:
        value = mapping.items.get(key)
        if value is None:
            return ()
        if not isinstance(value, Sequence):
            self.error(path, mapping.line_of(key), f"'{key}' must be a list, not {_kind(value)}")
            return ()
        out = []
        for index, (item, line) in enumerate(zip(value.items, value.item_lines)):
            item = value.raw.get(index, item)  # aliases: [0x10] is the alias 0x10, not 16
            if not isinstance(item, str) or not item.strip():
                self.error(path, line, f"items of '{key}' must be non-empty text, not {_kind(item)}")
                continue
            out.append(item.strip())
        return tuple(out)

    def date(self, mapping: Mapping, path: str) -> str | None:
        """A source's ``date``: "YYYY", "YYYY-MM" or "YYYY-MM-DD", and a real one."""
        value = self.text(mapping, "date", path)
        if value is None:
            return None
        if not _DATE.fullmatch(value) or not _real_date(value):
            self.error(
                path,
                mapping.line_of("date"),
                f"'date' must be \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", not '{value[:40]}'",
            )
            return None
        return value

    def flag(self, mapping: Mapping, key: str, path: str, default: bool) -> bool:
        value = mapping.items.get(key, default)
        if not isinstance(value, bool):
            self.error(path, mapping.line_of(key), f"'{key}' must be true or false, not {_kind(value)}")
            return default
        return value

    # -- files -----------------------------------------------------------------------

    def read_file(self, file: Path, layer: Layer = "shipped", folder: Path | None = None) -> None:
        path = str(file)
        folder = folder or file.parent
        try:
            with open(file, "rb") as stream:  # the size limit is checked before reading
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            self.error(path, 0, f"cannot read: {error.strerror}")
            return
        try:
            root = load_yaml(data, path)
        except GlossaryError as error:
            self.error(path, error.line or 0, error.message + (f" ({error.hint})" if error.hint else ""), error.column)
            return
        if root is None:
            self.error(path, 1, "empty glossary file (expected 'sources:' or 'scope:' and 'senses:')")
            return
        if not isinstance(root, Mapping):
            self.error(path, 1, f"a glossary file must be a mapping, not {_kind(root)}")
            return
        if "sources" in root.items and "scope" not in root.items and "senses" not in root.items:
            if self.keys_ok(root, {"sources": True}, path, "a sources file"):
                self.read_sources(root.items["sources"], file, root.line_of("sources"), layer, folder)
        elif self.keys_ok(root, {"scope": True, "senses": True, "sources": False}, path, "a senses file"):
            if "sources" in root.items:  # a senses file may carry its own sources (extract writes both)
                self.read_sources(root.items["sources"], file, root.line_of("sources"), layer, folder)
            scope = self.text(root, "scope", path, required=True)
            senses = root.items["senses"]
            if scope and not isinstance(senses, Sequence):
                self.error(path, root.line_of("senses"), f"'senses' must be a list, not {_kind(senses)}")
            elif scope:
                for item in self.mappings(senses, _SENSE_KEYS, path, "a sense"):
                    self.read_sense(item, scope, path, layer)

    def read_sources(self, value: Any, file: Path, line: int, layer: Layer, folder: Path) -> None:
        path = str(file)
        if not isinstance(value, Sequence):
            self.error(path, line, f"'sources' must be a list, not {_kind(value)}")
            return
        for item in self.mappings(value, _SOURCE_KEYS, path, "a source"):
            source_id = self.text(item, "id", path, required=True)
            title = self.text(item, "title", path, required=True)
            text = self.text(item, "text", path)
            text_path = None
            if text:
                text_path = (file.parent / text).resolve()  # symlinks resolved: no way out through one
                if Path(text).is_absolute() or not text_path.is_relative_to(folder.resolve()):
                    self.error(
                        path,
                        item.line_of("text"),
                        f"bundled text '{text[:80]}' is outside the glossary folder {folder} "
                        "(a glossary may only bundle texts inside its own folder)",
                    )
                    text_path = None
                elif not text_path.is_file():
                    self.error(path, item.line_of("text"), f"bundled text '{text}' does not exist")
                    text_path = None
            if not (source_id and title):
                continue
            if source_id in self.sources and self.source_layers[source_id] == layer:
                self.error(path, item.line, f"duplicate source id '{source_id}' (first at {self.sources[source_id].declared_at})")
                continue
            self.source_layers[source_id] = layer  # a user source replaces a shipped one
            self.sources[source_id] = Source(
                id=source_id,
                title=title,
                issuer=self.text(item, "issuer", path),
                date=self.date(item, path),
                url=self.text(item, "url", path),
                text_path=text_path,
                starts_at=self.text(item, "starts_at", path),
                declared_at=f"{path}:{item.line}",
            )

    def read_sense(self, item: Mapping, scope: str, path: str, layer: Layer) -> None:
        term = self.text(item, "term", path, required=True)
        en = self.text(item, "en", path) or ""  # "": no English gloss yet (lint warns)
        years = self.read_years(item, path)
        cite = self.read_citations(item, path)
        components = self.read_components(item, path)
        if not (term and cite):
            return
        if not folded_surface(term):
            self.error(path, item.line_of("term"), f"term '{term}' is empty once folded (only quotes or spaces)")
            return
        definition = self.text(item, "definition", path)
        origin = self.read_origin(item, path, definition)
        default_id = f"{term}@{scope}" + (f"@{_years_label(years)}" if years else "")
        self.senses.append(
            Sense(
                id=self.text(item, "id", path, required=True) or default_id,
                term=term,
                scope=scope,
                en=en,
                cite=cite,
                aliases=self.texts(item, "aliases", path),
                definition=definition,
                components=components,
                years=years,
                quoted_only=self.flag(item, "quoted_only", path, False),
                followed_by=self.texts(item, "followed_by", path),
                preceded_by=self.texts(item, "preceded_by", path),
                not_followed_by=self.texts(item, "not_followed_by", path),
                not_preceded_by=self.texts(item, "not_preceded_by", path),
                enumerates=self.flag(item, "enumerates", path, True),
                note=self.text(item, "note", path),
                reference=self.flag(item, "reference", path, False),
                origin=origin,
                en_source=self.text(item, "en_source", path),
                layer=layer,
                path=path,
                line=item.line,
            )
        )

    def read_origin(self, item: Mapping, path: str, definition: str | None) -> Origin | None:
        """``origin``: required with a definition, meaningless without one."""
        value = self.text(item, "origin", path)
        line = item.line_of("origin")
        if value is None:
            if definition is not None:
                self.error(path, item.line_of("definition"), "a definition needs 'origin: quoted' or 'origin: editorial'")
            return None
        if definition is None:
            self.error(path, line, "'origin' says where a definition comes from, and this sense has none")
            return None
        if value not in DECLARED_ORIGINS:
            self.error(path, line, f"'origin' must be quoted or editorial, not '{value[:40]}'")
            return None
        return value  # type: ignore[return-value]

    def read_years(self, item: Mapping, path: str) -> tuple[int | None, int | None] | None:
        value = item.items.get("years")
        if value is None:
            return None
        values = value.items if isinstance(value, Sequence) else [value]
        if any(isinstance(v, int) and not isinstance(v, bool) and not 1 <= v <= MAX_YEAR for v in values):
            # checked before any message prints one: a 5,000-digit int cannot even be shown
            self.error(path, item.line_of("years"), f"'years' must be years from 1 to {MAX_YEAR}")
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return (value, value)
        if isinstance(value, Sequence) and len(value.items) == 2 and all(
            v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in value.items
        ):
            first, last = value.items
            if first is not None and last is not None and first > last:
                self.error(path, item.line_of("years"), f"'years' runs backwards: {first} to {last}")
                return None
            return (first, last)
        self.error(path, item.line_of("years"), "'years' must be a year or [from, to] (either may be null)")
        return None

    def read_citations(self, item: Mapping, path: str) -> tuple[Citation, ...]:
        value = item.items.get("cite")
        if not isinstance(value, Sequence) or not value.items:
            self.error(path, item.line_of("cite"), "'cite' must be a non-empty list of citations")
            return ()
        citations = []
        for entry in self.mappings(value, _CITE_KEYS, path, "a citation"):
            source = self.text(entry, "source", path, required=True)
            if source:
                citations.append(
                    Citation(source, self.text(entry, "locator", path), self.text(entry, "quote", path), entry.line)
                )
        return tuple(citations)

    def read_components(self, item: Mapping, path: str) -> tuple[Component, ...]:
        value = item.items.get("components")
        if value is None:
            return ()
        if not isinstance(value, Sequence):
            self.error(path, item.line_of("components"), f"'components' must be a list, not {_kind(value)}")
            return ()
        components = []
        for index, (entry, line) in enumerate(zip(value.items, value.item_lines)):
            entry = value.raw.get(index, entry)  # a component 1.10 stays 1.10
            if isinstance(entry, str) and entry.strip():
                components.append(Component(text=entry.strip()))
            elif isinstance(entry, Mapping):
                if not self.keys_ok(entry, _GROUP_KEYS, path, "a component group"):
                    continue
                label = self.text(entry, "label", path, required=True)
                parts = self.texts(entry, "parts", path)
                text = self.text(entry, "text", path)
                if label and not (text or parts):
                    self.error(path, entry.line, f"component group '{label}' needs 'text' or 'parts'")
                elif label:
                    components.append(Component(text=text, label=label, parts=parts))
            else:
                self.error(path, line, f"a component must be text or a {{label, parts}} group, not {_kind(entry)}")
        return tuple(components)

    # -- checks across files ---------------------------------------------------------

    def drop_replaced_senses(self) -> None:
        """A user sense replaces every shipped sense that shares one of its surfaces in
        its scope: the user's glossary is layered over the shipped one, not merged into it."""
        user_keys = {
            (sense.scope, folded_surface(surface)) for sense in self.senses if sense.layer == "user" for surface in sense.surfaces
        }
        if user_keys:
            self.senses = [
                sense
                for sense in self.senses
                if sense.layer == "user" or not any((sense.scope, folded_surface(s)) in user_keys for s in sense.surfaces)
            ]

    def check_references(self) -> None:
        self.drop_replaced_senses()
        seen_ids: dict[str, Sense] = {}
        seen_surfaces: dict[tuple[str, str], Sense] = {}
        for sense in self.senses:
            if sense.id in seen_ids:
                self.error(sense.path, sense.line, f"duplicate sense id '{sense.id}' (first at {seen_ids[sense.id].declared_at})")
            seen_ids.setdefault(sense.id, sense)
            for surface in sense.surfaces:
                key = (sense.scope, folded_surface(surface))
                other = seen_surfaces.get(key)
                if other is not None and other is not sense:
                    self.error(
                        sense.path,
                        sense.line,
                        f"surface '{surface}' of '{sense.term}' is already used by '{other.term}' "
                        f"in scope {sense.scope} ({other.declared_at})",
                    )
                seen_surfaces.setdefault(key, sense)
            for citation in sense.cite:
                if citation.source not in self.sources:
                    self.error(sense.path, citation.line, f"unknown source id '{citation.source}'")
            if sense.en_source is not None and sense.en_source not in self.sources:
                self.error(sense.path, sense.line, f"unknown source id '{sense.en_source}' in en_source")


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)


def _real_date(value: str) -> bool:
    """Whether a date shaped like ``_DATE`` names a real month and day."""
    parts = value.split("-")
    if len(parts) == 3:
        try:
            import datetime

            datetime.date.fromisoformat(value)
        except ValueError:
            return False
    return len(parts) < 2 or 1 <= int(parts[1]) <= 12


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, Sequence):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"[:60]


#: The latest year a sense's ``years`` may name (and the earliest is 1).
MAX_YEAR = 9999


def _years_label(years: tuple[int | None, int | None]) -> str:
    first, last = years
    if first == last:
        return str(first)
    return f"{first or ''}-{last or ''}"


def read_glossary(
    paths: str | Path | Iterable[str | Path] | None = None, *, shipped: bool = False
) -> tuple[Glossary, list[Finding]]:
    """Read and validate glossary files, returning what could be read and every finding.

    ``paths`` (a file or folder, or a list of them; default: the shipped glossary) are
    read as the user's layer; ``shipped=True`` reads the shipped glossary first, under
    them, so a user sense replaces a shipped sense of the same scope and surface.
    Raises :class:`GlossaryError` only when the paths themselves do not exist.
    """
    reader = _Reader()
    with without_gc():
        for file, layer, root in _layered_files(paths, shipped=shipped):
            reader.read_file(file, layer, root)
        reader.check_references()
    return Glossary(tuple(reader.senses), dict(reader.sources)), reader.findings


@contextmanager
def without_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: reading a glossary makes millions of objects
    and keeps most of them, so the collector would walk the growing heap over and over
    (half the time of reading 100,000 senses) and free nothing (no cycles are made)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _layered_files(
    paths: str | Path | Iterable[str | Path] | None, *, shipped: bool
) -> list[tuple[Path, Layer, Path]]:
    """The files to read, in order, with the layer each belongs to and its root folder."""
    files: list[tuple[Path, Layer, Path]] = []
    if shipped or paths is None:
        files += [(file, "shipped", root) for file, root in _files_and_roots(None)]
    if paths is not None:
        files += [(file, "user", root) for file, root in _files_and_roots(paths)]
    return files


def glossary_key(paths: str | Path | Iterable[str | Path] | None, *, shipped: bool = False) -> str:
    """The cache key of the glossary :func:`load_glossary` would read from ``paths``: it
    changes with any byte of its files (see :func:`policyterms.glossary.cache.cache_key`)."""
    from policyterms.glossary import cache

    return cache.cache_key((file, layer) for file, layer, _ in _layered_files(_path_list(paths), shipped=shipped))


def load_glossary(paths: str | Path | Iterable[str | Path] | None = None, *, shipped: bool = False) -> Glossary:
    """Load a glossary, raising :class:`GlossaryError` on its first error.

    ``paths``: a glossary file or folder, or a list of them. With ``paths=None`` the
    glossary shipped with the package is loaded (once, and cached); ``shipped=True`` adds
    the shipped glossary under ``paths``, as the CLI's ``-g`` does.
    """
    if paths is None:
        return _default_glossary()
    return _load(_path_list(paths), shipped=shipped)


def _load(paths: list[Path] | None, *, shipped: bool = False) -> Glossary:
    """Read, validate and compile a glossary, or take it from the user's cache (see
    :mod:`policyterms.glossary.cache`): a cached glossary was valid when stored, and its key
    covers every byte it was read from."""
    from policyterms.glossary import cache

    try:
        key = glossary_key(paths, shipped=shipped)
    except OSError:  # a file vanished or cannot be read: reading reports it properly
        key = None
    cached = cache.load_cached(key) if key else None
    if cached is not None:
        return cached
    glossary, findings = read_glossary(paths, shipped=shipped)
    for finding in findings:
        if finding.severity == "error":
            raise GlossaryError(finding.message, path=finding.path, line=finding.line or None, column=finding.column)
    if key:
        with without_gc():
            cache.store(key, glossary)
    return glossary


@lru_cache(maxsize=1)
def _default_glossary() -> Glossary:
    return _load(None)


def iter_quotes(glossary: Glossary) -> Iterator[tuple[Sense, Citation]]:
    """Every (sense, citation) pair that carries a quote."""
    for sense in glossary.senses:
        for citation in sense.cite:
            if citation.quote:
                yield sense, citation
