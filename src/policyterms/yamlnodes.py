"""Read YAML into plain values that remember their line, safely.

Glossary errors must name a file and a line, so values are built from PyYAML's node graph
(which carries marks) rather than from ``yaml.safe_load``. Building from nodes also lets
us refuse what a glossary never needs and an attacker would use: aliases (the
"billion laughs" bomb expands a few lines into gigabytes), non-standard tags and
oversized files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import GlossaryError

try:  # the C loader is many times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["Mapping", "Sequence", "load_yaml", "MAX_FILE_BYTES", "MAX_SCALAR_CHARS"]

#: A glossary file larger than this is refused before parsing.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: No single value (a definition, a quote) may be longer than this.
MAX_SCALAR_CHARS = 20_000


@dataclass
class Mapping:
    """A YAML mapping: its items in file order, and the line of each key."""

    line: int
    items: dict[str, Any]
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class Sequence:
    """A YAML sequence and the line of each item."""

    line: int
    items: list[Any]
    item_lines: list[int] = field(default_factory=list)


def load_yaml(data: bytes | str, path: str) -> Any:
    """Parse one YAML document into :class:`Mapping`, :class:`Sequence` and scalars.

    Scalars keep YAML's plain types (str, int, float, bool, None); timestamps stay
    strings, so a date is never reinterpreted. Raises :class:`GlossaryError` with the
    file, line and column for anything unreadable or unsafe.
    """
    if len(data) > MAX_FILE_BYTES:
        raise GlossaryError(
            f"file is {len(data):,} bytes, larger than the {MAX_FILE_BYTES:,} a glossary file may be",
            path=path,
            hint="split it into several files",
        )
    if isinstance(data, bytes):
        raw = data
        try:
            data = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise GlossaryError(
                f"not UTF-8: cannot decode byte 0x{raw[error.start]:02x} at offset {error.start}",
                path=path,
                line=raw.count(b"\n", 0, error.start) + 1,
                hint="save glossary files as UTF-8",
            ) from None
    try:
        root = yaml.compose(data, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise GlossaryError(
            f"invalid YAML: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as error:
        raise GlossaryError(f"invalid YAML: {error}", path=path) from None
    if root is None:
        return None
    try:
        return _build(root, path, set())
    except _AliasFound:
        mark = _first_alias_mark(data)
        raise GlossaryError(
            "YAML aliases (*name) are not allowed in a glossary",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="write the value out in full",
        ) from None


class _AliasFound(Exception):
    """A node was reached twice: the document uses an alias."""


def _first_alias_mark(data: str) -> Any:
    """Where the first alias stands. The composed graph only keeps the anchor's mark, so
    this re-reads the events; it runs only for a file that is being refused anyway."""
    for event in yaml.parse(data, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None


def _build(node: yaml.Node, path: str, seen: set[int]) -> Any:
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _AliasFound
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path)
    if isinstance(node, yaml.SequenceNode):
        items = [_build(child, path, seen) for child in node.value]
        return Sequence(line, items, [child.start_mark.line + 1 for child in node.value])
    mapping = Mapping(line, {})
    for key_node, value_node in node.value:
        key = _build(key_node, path, seen)
        key_line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise GlossaryError(f"a key must be text, not {key!r}", path=path, line=key_line)
        if key in mapping.items:
            raise GlossaryError(f"key '{key}' appears twice in one mapping", path=path, line=key_line)
        mapping.items[key] = _build(value_node, path, seen)
        mapping.key_lines[key] = key_line
    return mapping


_TAG = "tag:yaml.org,2002:"


def _scalar(node: yaml.ScalarNode, path: str) -> Any:
    value: str = node.value
    if len(value) > MAX_SCALAR_CHARS:
        raise GlossaryError(
            f"a value of {len(value):,} characters is longer than the {MAX_SCALAR_CHARS:,} allowed",
            path=path,
            line=node.start_mark.line + 1,
        )
    tag = node.tag
    if tag in (_TAG + "str", _TAG + "timestamp"):
        return value
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "bool":
        return value.lower() in ("true", "yes", "on")
    if tag == _TAG + "int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == _TAG + "float":
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    raise GlossaryError(
        f"unsupported YAML tag {tag}",
        path=path,
        line=node.start_mark.line + 1,
        hint="glossary values are plain text, numbers, lists and mappings",
    )
