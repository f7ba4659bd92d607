"""Reading glossary YAML into senses and sources, every problem collected as a
:class:`~policyterms.glossary.model.Finding` (file, line, message) instead of stopping at the
first, so ``policyterms lint`` can report them all. The format is described in
``docs/glossary-format.md``.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from policyterms.errors import GlossaryError
from policyterms.glossary.yamlnodes import MAX_FILE_BYTES, Mapping, Sequence, load_yaml
from policyterms.glossary.model import DECLARED_ORIGINS, Origin, Layer, Source, Citation, Component, Sense, Finding, Glossary, folded_surface
from policyterms.glossary.files import layered_files

__all__ = ["read_glossary"]


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
        for file, layer, root in layered_files(paths, shipped=shipped):
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
