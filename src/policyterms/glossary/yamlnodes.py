"""Read YAML into plain values that remember their line, safely.

Glossary errors must name a file and a line, so values are built from PyYAML's node graph
(which carries marks) rather than from ``yaml.safe_load``. Building from nodes also lets
us refuse what a glossary never needs and an attacker would use: aliases (the
"billion laughs" bomb expands a few lines into gigabytes), non-standard tags (on
scalars and on collections alike), nesting deeper than any glossary needs (PyYAML's
composer recurses once per level: a few thousand levels overflow Python's stack, a hundred
thousand crash the C composer) and oversized files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policyterms.errors import GlossaryError

# PyYAML is imported on first use (a cached glossary needs none of it): ``yaml`` and
# ``_Loader`` become module globals then, see _import_yaml().


def _import_yaml() -> None:
    """Import PyYAML and choose the loader, once (a loader set beforehand, as tests do,
    is kept)."""
    global yaml, _Loader, _OPENING, _CLOSING
    if "_OPENING" in globals():
        return
    import yaml

    if "_Loader" not in globals():
        try:  # the C loader is many times faster; fall back where libyaml is missing
            from yaml import CSafeLoader as _Loader
        except ImportError:  # pragma: no cover - depends on how PyYAML was built
            from yaml import SafeLoader as _Loader  # type: ignore[assignment]
    _OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    _CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def __getattr__(name: str) -> Any:
    if name in ("yaml", "_Loader", "_OPENING", "_CLOSING"):
        _import_yaml()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Mapping", "Sequence", "load_yaml", "MAX_FILE_BYTES", "MAX_SCALAR_CHARS", "MAX_DEPTH"]

#: A glossary file larger than this is refused before parsing.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: No single value (a definition, a quote) may be longer than this.
MAX_SCALAR_CHARS = 20_000
#: No mapping or list may be nested deeper than this (a glossary needs four levels).
MAX_DEPTH = 64


@dataclass
class Mapping:
    """A YAML mapping: its items in file order, and the line of each key.

    ``raw`` keeps the text of the values YAML read as numbers, so a text field written
    ``term: 1.10`` can be taken as written rather than as ``1.1``.
    """

    line: int
    items: dict[str, Any]
    key_lines: dict[str, int] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class Sequence:
    """A YAML sequence and the line of each item; ``raw``: the text of the items YAML
    read as numbers, by index (see :class:`Mapping`)."""

    line: int
    items: list[Any]
    item_lines: list[int] = field(default_factory=list)
    raw: dict[int, str] = field(default_factory=dict)


def load_yaml(data: bytes | str, path: str) -> Any:
    """Parse one YAML document into :class:`Mapping`, :class:`Sequence` and scalars.

    Scalars keep YAML's plain types (str, int, float, bool, None); timestamps stay
    strings, so a date is never reinterpreted. Raises :class:`GlossaryError` with the
    file, line and column for anything unreadable or unsafe.
    """
    _import_yaml()
    if len(data) > MAX_FILE_BYTES:
        raise GlossaryError(
            # only MAX_FILE_BYTES + 1 bytes are read, so the real size is not known here
            f"file is larger than {MAX_FILE_BYTES:,} bytes, the most a glossary file may be",
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
    fast = _load_events(data, path)
    if fast is not _UNUSUAL:
        return fast
    try:
        _check_depth(data, path)
        root = yaml.compose(data, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        tab = mark is not None and data[mark.index : mark.index + 1] == "\t"
        raise GlossaryError(
            f"invalid YAML: {problem}" + (": a tab" if tab and "tab" not in problem else ""),
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="indent YAML with spaces, never tabs" if tab else None,
        ) from None
    except yaml.reader.ReaderError as error:
        line, column = _place_of(data, error.position)
        raise GlossaryError(
            f"invalid YAML: {_character_problem(error)}",
            path=path,
            line=line,
            column=column,
            hint="delete that character",
        ) from None
    except yaml.YAMLError as error:
        raise GlossaryError("invalid YAML: " + " ".join(str(error).split()), path=path) from None
    except RecursionError:  # not expected after _check_depth; never a traceback all the same
        raise GlossaryError(f"nesting deeper than {MAX_DEPTH} levels", path=path) from None
    if root is None:
        return None
    try:
        return _build(root, path, set())
    except RecursionError:
        raise GlossaryError(f"nesting deeper than {MAX_DEPTH} levels", path=path) from None
    except _AliasFound:
        mark = _first_alias_mark(data)
        raise GlossaryError(
            "YAML aliases (*name) are not allowed in a glossary",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="write the value out in full",
        ) from None


def _check_depth(data: str, path: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` before anything recurses over it.

    Reads the parser's events (the parser keeps its own stack and never recurses) and
    stops at the first level too deep, so even a hundred thousand ``[`` cost microseconds.

    libyaml (PyYAML 6.0.4 and later) refuses nesting of its own, at 1,000 levels, and its
    scanner reads up to 1,024 characters ahead of the events, so on a long run of ``[`` its
    refusal can come before our 65th level is seen. Whenever the C parser refuses a file,
    the pure-Python parser (no limit of its own, the same look-ahead but events in order)
    checks the depth again, so a file that nests too deep gets our one message at the
    first level too deep, whatever the PyYAML release. Other refusals are re-raised as
    they were. This second pass only runs for a file that is being refused anyway.
    """
    try:
        _check_depth_with(_Loader, data, path)
    except yaml.YAMLError:
        if _Loader is yaml.SafeLoader:
            raise
        try:
            _check_depth_with(yaml.SafeLoader, data, path)
        except yaml.YAMLError:
            pass
        raise


def _check_depth_with(loader: Any, data: str, path: str) -> None:
    depth = 0
    for event in yaml.parse(data, Loader=loader):
        if isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise GlossaryError(
                    f"nesting deeper than {MAX_DEPTH} levels",
                    path=path,
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None,
                    hint="a glossary nests a few lists and mappings, never more",
                )
        elif isinstance(event, _CLOSING):
            depth -= 1


_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def _place_of(data: str, position: int) -> tuple[int, int]:
    """1-based line and column of a reader error's ``position``: a UTF-8 byte offset from
    libyaml, a character index from the pure-Python reader."""
    if _Loader is not yaml.SafeLoader:
        position = len(data.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
    before = data[:position]
    breaks = list(_LINE_BREAK.finditer(before))
    column = position - breaks[-1].end() + 1 if breaks else position + 1
    return len(breaks) + 1, column


def _character_problem(error: yaml.reader.ReaderError) -> str:
    """``unacceptable character U+0001: control characters are not allowed``, one line."""
    character = error.character
    code = ord(character) if isinstance(character, str) else int(character)
    return f"unacceptable character U+{code:04X}: {error.reason}"


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
    if node.tag != (_TAG + "seq" if isinstance(node, yaml.SequenceNode) else _TAG + "map"):
        raise GlossaryError(
            f"unsupported YAML tag {node.tag}",
            path=path,
            line=line,
            column=node.start_mark.column + 1,
            hint="glossary values are plain text, numbers, lists and mappings",
        )
    if isinstance(node, yaml.SequenceNode):
        items = [_build(child, path, seen) for child in node.value]
        raw = {
            index: child.value
            for index, (child, item) in enumerate(zip(node.value, items))
            if _is_number(item)
        }
        return Sequence(line, items, [child.start_mark.line + 1 for child in node.value], raw)
    mapping = Mapping(line, {})
    for key_node, value_node in node.value:
        key = _build(key_node, path, seen)
        key_line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise GlossaryError(f"a key must be text, not {key!r}", path=path, line=key_line)
        if key in mapping.items:
            raise GlossaryError(f"key '{key}' appears twice in one mapping", path=path, line=key_line)
        value = mapping.items[key] = _build(value_node, path, seen)
        mapping.key_lines[key] = key_line
        if _is_number(value):
            mapping.raw[key] = value_node.value
    return mapping


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_TAG = "tag:yaml.org,2002:"


def _scalar(node: yaml.ScalarNode, path: str) -> Any:
    return _scalar_value(node.tag, node.value, node.start_mark.line + 1, path)


def _scalar_value(tag: str, value: str, line: int, path: str) -> Any:
    if len(value) > MAX_SCALAR_CHARS:
        raise GlossaryError(
            f"a value of {len(value):,} characters is longer than the {MAX_SCALAR_CHARS:,} allowed",
            path=path,
            line=line,
        )
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
        line=line,
        hint="glossary values are plain text, numbers, lists and mappings",
    )


# -- the common case in one pass over the parser's events --------------------------------
#
# Composing PyYAML's node graph and then walking it was most of the time spent reading a
# large glossary. An ordinary glossary file (one document, no anchors, aliases or explicit
# tags, nesting and values within the limits) is built here straight from the C parser's
# events, with the same values and lines, resolving plain scalars with the loader's own
# resolver. Anything else (and any error) returns _UNUSUAL, and load_yaml reads the file
# the thorough way above, which gives every refusal its exact message and place.

_UNUSUAL = object()


class _Unusual(Exception):
    pass


def _load_events(data: str, path: str) -> Any:
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    quiet = (yaml.StreamStartEvent, yaml.DocumentEndEvent)
    stream_end = yaml.StreamEndEvent
    str_tag = _TAG + "str"
    try:
        loader = _Loader(data)
    except yaml.YAMLError:  # the pure-Python reader checks every character at once
        return _UNUSUAL
    resolve = loader.resolve
    resolved: dict[str, str] = {}
    # Plain scalars whose first character no implicit resolver is registered for are
    # text (what resolve() finds, unless wildcard or path resolvers are configured).
    firsts = loader.yaml_implicit_resolvers
    always = None in firsts or bool(loader.yaml_path_resolvers)
    # a frame: [container, line, pending key, its line] (a Sequence has no pending key)
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    get_event = loader.get_event
    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.anchor is not None:
                    raise _Unusual
                tag, text = event.tag, event.value
                if tag is None or tag == "!":
                    if event.implicit[0]:
                        if text and text[0] not in firsts and not always:
                            tag = str_tag
                        else:
                            tag = resolved.get(text)
                            if tag is None:
                                tag = resolved[text] = resolve(yaml.ScalarNode, text, event.implicit)
                    else:
                        tag = str_tag
                else:
                    raise _Unusual
                line = event.start_mark.line + 1
                if tag == str_tag and len(text) <= MAX_SCALAR_CHARS:
                    value = text
                    number = False
                else:
                    value = _scalar_value(tag, text, line, path)
                    number = _is_number(value)
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or not (event.tag is None or event.tag == "!") or len(stack) >= MAX_DEPTH:
                    raise _Unusual
                line = event.start_mark.line + 1
                stack.append([Mapping(line, {}), line, _UNUSUAL, 0] if kind is mapping_start else [Sequence(line, []), line])
                continue
            elif kind is mapping_end or kind is sequence_end:
                value, line = stack.pop()[:2]
                number = False
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual
                continue
            elif kind is stream_end:
                break
            elif kind in quiet:
                continue
            else:  # an alias, or anything unforeseen
                raise _Unusual
            # a value is complete: put it where it belongs
            if not stack:
                root = value
                continue
            frame = stack[-1]
            container = frame[0]
            if len(frame) == 2:  # a sequence
                if number:
                    container.raw[len(container.items)] = text
                container.items.append(value)
                container.item_lines.append(line)
            elif frame[2] is _UNUSUAL:  # a key
                if type(value) is not str or value in container.items:
                    raise _Unusual  # refused the thorough way, with its message
                frame[2] = value
                frame[3] = line
            else:
                key = frame[2]
                container.items[key] = value
                container.key_lines[key] = frame[3]
                if number:
                    container.raw[key] = text
                frame[2] = _UNUSUAL
    except (_Unusual, GlossaryError, yaml.YAMLError, RecursionError):
        return _UNUSUAL
    finally:
        loader.dispose()
    return root
