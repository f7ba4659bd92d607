"""Extracted entries as glossary YAML (:func:`entries_to_yaml`), and merged into a curated
file (:func:`merge_entries`) without ever overwriting what a curator wrote."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from policyterms.errors import GlossaryError
from policyterms.text.fold import fold
from policyterms.glossary.model import Component
from policyterms.glossary.yamlnodes import Mapping, Sequence as YamlSequence, load_yaml
from policyterms.mining.appendix import DEFAULT_LOCATOR_PREFIX, ExtractedEntry
from policyterms.mining.document import SourceEntry


@dataclass(frozen=True)
class MergeReport:
    """What :func:`merge_entries` did, term by term, so a curator knows what to review."""

    added: list[str] = field(default_factory=list)  #: terms appended as new senses
    unchanged: list[str] = field(default_factory=list)  #: terms the file already has, identically
    conflicts: list[tuple[str, str]] = field(default_factory=list)  #: (term, what differs); curated value kept

    def summary(self) -> str:
        """One line for a terminal: ``2 added, 27 unchanged, 0 conflicts``."""
        terms = len({term for term, _ in self.conflicts})
        return f"{len(self.added)} added, {len(self.unchanged)} unchanged, {terms} with conflicts"


def _scalar(value: str, *, flow: bool = False) -> str:
    """A YAML scalar: plain when that is unambiguous and reads back as the same text,
    double-quoted otherwise (JSON escaping is valid YAML)."""
    plain_ok = (
        value != ""
        and value == value.strip()
        and value[0] not in "-?:,[]{}#&*!|>'\"%@`“‘0123456789.+"
        and not any(ch in value for ch in ":#,\n\t\\")
        and not (flow and any(ch in value for ch in "[]{}"))
    )
    if plain_ok:
        try:
            import yaml

            plain_ok = yaml.safe_load(value) == value
        except yaml.YAMLError:
            plain_ok = False
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def _component_lines(component: Component, indent: str) -> list[str]:
    if component.label is None:
        return [f"{indent}- {_scalar(component.text or '')}"]
    if component.parts:
        lines = [f"{indent}- label: {_scalar(component.label)}", f"{indent}  parts:"]
        return lines + [f"{indent}    - {_scalar(part)}" for part in component.parts]
    label, text = _scalar(component.label, flow=True), _scalar(component.text or "", flow=True)
    return [f"{indent}- {{label: {label}, text: {text}}}"]


def _sense_lines(entry: ExtractedEntry, source_id: str, locator_prefix: str, indent: int = 2) -> list[str]:
    """One sense as YAML lines, in the key order the curated files use."""
    pad, key = " " * indent, " " * (indent + 2)
    lines = [
        f"{pad}- term: {_scalar(entry.term)}",
        f'{key}en: ""',
        f"{key}definition: {_scalar(entry.definition)}",
        f"{key}origin: quoted",  # an appendix states its definitions in its own words
    ]
    if not entry.enumerates:
        lines.append(f"{key}enumerates: false")
    if entry.components:
        lines.append(f"{key}components:")
        for component in entry.components:
            lines += _component_lines(component, key + "  ")
    lines += [
        f"{key}cite:",
        f"{key}  - source: {_scalar(source_id)}",
        f"{key}    locator: {_scalar(entry.locator(locator_prefix))}",
        f"{key}    quote: {json.dumps(entry.quote, ensure_ascii=False)}",
    ]
    return lines


def _source_lines(source: SourceEntry) -> list[str]:
    lines = ["sources:", f"  - id: {_scalar(source.id)}", f"    title: {_scalar(source.title)}"]
    if source.text:
        lines.append(f"    text: {_scalar(source.text)}")
    return lines


def repeated_terms(entries: Iterable[ExtractedEntry]) -> tuple[list[ExtractedEntry], list[ExtractedEntry]]:
    """The entries to write, and those left out: a term defined again later on the page (a page that restates its
    topic's definition, a Taiwan page quoting it twice). A glossary holds one sense per term and scope, so the
    first definition is kept; terms are compared folded, as lint and :func:`merge_entries` compare them."""
    kept: list[ExtractedEntry] = []
    again: list[ExtractedEntry] = []
    seen: set[str] = set()
    for entry in entries:
        key = fold(entry.term).text
        (again if key in seen else kept).append(entry)
        seen.add(key)
    return kept, again


def entries_to_yaml(
    entries: Iterable[ExtractedEntry],
    *,
    scope: str,
    source_id: str,
    locator_prefix: str = DEFAULT_LOCATOR_PREFIX,
    source: SourceEntry | None = None,
) -> str:
    """A senses file for ``entries``, citing ``source_id``.

    With ``source`` (whose ``id`` must be ``source_id``), the file also carries that
    source in its own ``sources:`` block, so it lints and annotates on its own.

    ``en`` cannot be extracted from a Chinese appendix, so every sense gets ``en: ""``:
    ``policyterms lint`` warns ("has no English gloss") until a curator writes each gloss.
    An empty value, not a placeholder, so that nothing unreviewed can pass for a
    translation. A term defined again is written once (:func:`repeated_terms`).
    """
    entries, _ = repeated_terms(entries)
    if source is not None and source.id != source_id:
        raise ValueError(f"the source entry's id '{source.id}' is not the cited source '{source_id}'")
    lines = [
        f"# Senses extracted from the {locator_prefix} appendix of {source_id} by policyterms extract.",
        "# Every 'en' is empty: lint warns until a curator writes the English glosses.",
        f"scope: {_scalar(scope)}",
        *(_source_lines(source) if source is not None else []),
        "senses:" if entries else "senses: []",
    ]
    for entry in entries:
        lines += _sense_lines(entry, source_id, locator_prefix)
    return "\n".join(lines) + "\n"


def _yaml_components(value: Any) -> tuple[Component, ...] | None:
    """Components as the glossary loader reads them, or ``None`` when malformed."""
    if value is None:
        return ()
    if not isinstance(value, YamlSequence):
        return None
    out = []
    for item in value.items:
        if isinstance(item, Mapping):
            label = item.items.get("label")
            text = item.items.get("text")
            parts = item.items.get("parts")
            out.append(
                Component(
                    text=str(text).strip() if text is not None else None,
                    label=str(label).strip() if label is not None else None,
                    parts=tuple(str(p).strip() for p in parts.items) if isinstance(parts, YamlSequence) else (),
                )
            )
        elif item is not None and not isinstance(item, bool):
            out.append(Component(text=str(item).strip()))
        else:
            return None
    return tuple(out)


def _text(value: Any) -> str | None:
    return str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _differences(sense: Mapping, entry: ExtractedEntry, source_id: str, locator: str) -> list[str]:
    found = []
    definition = _text(sense.items.get("definition"))
    if definition != entry.definition:
        found.append(f"definition: curated {_short(definition)!s} / extracted {_short(entry.definition)}")
    components = _yaml_components(sense.items.get("components"))
    if components != entry.components:
        curated = "malformed" if components is None else "; ".join(map(str, components)) or "none"
        extracted = "; ".join(map(str, entry.components)) or "none"
        found.append(f"components: curated {_short(curated)} / extracted {_short(extracted)}")
    enumerates = sense.items.get("enumerates", True)
    if enumerates is not entry.enumerates:
        found.append(f"enumerates: curated {enumerates} / extracted {entry.enumerates}")
    cite = sense.items.get("cite")
    citations = [
        c for c in (cite.items if isinstance(cite, YamlSequence) else []) if isinstance(c, Mapping) and _text(c.items.get("source")) == source_id
    ]
    if not citations:
        found.append(f"cite: no citation of {source_id}")
    elif not any(_text(c.items.get("quote")) == entry.quote and _text(c.items.get("locator")) == locator for c in citations):
        first = citations[0]
        quote, where = _text(first.items.get("quote")), _text(first.items.get("locator"))
        if not any(_text(c.items.get("quote")) == entry.quote for c in citations):
            found.append(f"quote: curated {_short(quote)} / extracted {_short(entry.quote)}")
        if not any(_text(c.items.get("locator")) == locator for c in citations):
            found.append(f"locator: curated {where} / extracted {locator}")
    return found


def merge_entries(
    existing_yaml_text: str,
    entries: Iterable[ExtractedEntry],
    *,
    scope: str,
    source_id: str,
    locator_prefix: str = DEFAULT_LOCATOR_PREFIX,
) -> tuple[str, MergeReport]:
    """Merge extracted entries into a curated senses file, never overwriting curation.

    A term defined again is merged once, with its first definition (:func:`repeated_terms`).
    A sense is matched by its term or an alias (compared folded, so script and quotes do
    not matter). A matched sense is left exactly as it is — curated ``en``, ``aliases``,
    ``note`` and any edits stay — and each differing definition, components, enumerates,
    quote or locator is reported as a conflict. Entries with no match are appended as new
    senses at the end of ``senses:`` (with ``en: ""``, see :func:`entries_to_yaml`). The
    file is edited as text, never re-dumped, so comments, key order and quoting survive;
    with nothing to add, the text comes back unchanged.

    Raises :class:`~policyterms.errors.GlossaryError` when the existing text is not a
    senses file of ``scope``.
    """
    entries, _ = repeated_terms(entries)
    report = MergeReport()
    root = load_yaml(existing_yaml_text, "<existing senses file>") if existing_yaml_text.strip() else None
    if root is None:
        report.added.extend(e.term for e in entries)
        return entries_to_yaml(entries, scope=scope, source_id=source_id, locator_prefix=locator_prefix), report
    if not isinstance(root, Mapping) or "senses" not in root.items:
        raise GlossaryError("the file to merge into is not a senses file (no 'senses:')", hint="merge into a file with scope: and senses:")
    existing_scope = _text(root.items.get("scope"))
    if existing_scope != scope:
        raise GlossaryError(
            f"the file to merge into has scope '{existing_scope}', not '{scope}'",
            line=root.line_of("scope"),
            hint="pass the file's own scope, or write a new file",
        )
    senses = root.items["senses"]
    if senses is not None and not isinstance(senses, YamlSequence):
        raise GlossaryError("'senses' must be a list", line=root.line_of("senses"))
    by_surface: dict[str, Mapping] = {}
    for sense in senses.items if senses else []:
        if not isinstance(sense, Mapping):
            continue
        aliases = sense.items.get("aliases")
        surfaces = [sense.items.get("term"), *(aliases.items if isinstance(aliases, YamlSequence) else [])]
        for surface in surfaces:
            text = _text(surface)
            if text:
                by_surface.setdefault(fold(text).text, sense)

    new: list[ExtractedEntry] = []
    for entry in entries:
        key = fold(entry.term).text
        sense = by_surface.get(key)
        if sense is None:
            new.append(entry)
            report.added.append(entry.term)
            continue
        differences = _differences(sense, entry, source_id, entry.locator(locator_prefix))
        if differences:
            report.conflicts.extend((entry.term, what) for what in differences)
        else:
            report.unchanged.append(entry.term)
    if not new:
        return existing_yaml_text, report
    return _append_senses(existing_yaml_text, root, senses, new, source_id, locator_prefix), report


def _append_senses(
    text: str, root: Mapping, senses: YamlSequence | None, new: list[ExtractedEntry], source_id: str, locator_prefix: str
) -> str:
    """Insert the new senses as text after the last line of the ``senses:`` block."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    senses_line = root.line_of("senses")  # 1-based
    if senses is None or not senses.items:
        # `senses:` or `senses: []`: make it a block list and put the senses under it.
        indent = 2
        head = lines[senses_line - 1]
        lines[senses_line - 1] = head[: len(head) - len(head.lstrip())] + "senses:" + newline
        insert_at = senses_line
    else:
        first_item = lines[senses.item_lines[0] - 1]
        if senses.item_lines[0] == senses_line:
            raise GlossaryError(
                "cannot append to a flow-style senses list ([...])",
                line=senses_line,
                hint="write the senses as a block list, one '- term:' per sense",
            )
        indent = len(first_item) - len(first_item.lstrip(" "))
        later_keys = [line for key, line in root.key_lines.items() if line > senses_line]
        block_end = min(later_keys) - 1 if later_keys else len(lines)  # lines[:block_end] hold the block
        insert_at = block_end
        while insert_at > senses_line and not lines[insert_at - 1].strip():
            insert_at -= 1
        if later_keys:
            # Comments just above the next top-level key belong to that key.
            while insert_at > senses_line and lines[insert_at - 1].lstrip().startswith("#") and not lines[insert_at - 1].startswith(" "):
                insert_at -= 1
            while insert_at > senses_line and not lines[insert_at - 1].strip():
                insert_at -= 1
    if insert_at > 0 and not lines[insert_at - 1].endswith(("\n", "\r")):
        lines[insert_at - 1] += newline
    added = [line + newline for entry in new for line in _sense_lines(entry, source_id, locator_prefix, indent)]
    return "".join(lines[:insert_at] + added + lines[insert_at:])
