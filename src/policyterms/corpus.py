"""Many documents: files, folders, globs and JSON Lines corpora, on one core or many.

A corpus is a sequence of :class:`Document` (an id and a text, or the error that kept the
text from being read). :func:`iter_documents` expands what the user names into one, in a
stable order: the arguments in the order given, a folder's files sorted by path, a glob's
matches sorted, a JSON Lines file's rows in file order. :func:`annotate_corpus` annotates
each document as ``policyterms annotate`` does one (learning from it unless told not to)
and yields the JSON records in corpus order, whatever the number of worker processes, so
the output of ``--jobs 4`` is byte for byte that of ``--jobs 1``.

Workers are separate processes, each loading the compiled glossary once (from the user's
cache; see :mod:`policyterms.glossary.cache`) — not once per document.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policyterms.errors import InputError, PolicytermsError

__all__ = ["Document", "AnnotateOptions", "iter_documents", "annotate_corpus", "annotate_document", "annotate_text"]

#: A JSON Lines corpus row larger than this is refused (it is a document of its own).
MAX_ROW_BYTES = 64 << 20


@dataclass(frozen=True)
class Document:
    """One document of a corpus: ``text``, or ``error`` saying why it could not be read."""

    id: str
    text: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class AnnotateOptions:
    """What ``policyterms annotate`` does to each document (picklable, for workers)."""

    glossary_paths: tuple[str, ...] = ()
    shipped: bool = True
    scope: str | None = None
    learn: bool = True
    unknown: bool = False
    overlaps: bool = False
    references: bool = False
    furniture: bool = False


def _is_glob(argument: str) -> bool:
    return any(char in argument for char in "*?[")


def iter_documents(
    inputs: Iterable[str],
    *,
    text_key: str | None = None,
    id_key: str | None = None,
    encoding: str | None = None,
    errors: str = "strict",
) -> Iterator[Document]:
    """The documents named by ``inputs``: files, folders (every regular file below them,
    hidden ones skipped), globs (``reports/**/*.txt``) and JSON Lines corpora (files ending
    ``.jsonl``, or any file when ``text_key`` is given: each row's ``text_key`` field is a
    document, named by its ``id_key`` field or ``FILE:LINE``). A document that cannot be
    read is yielded with its error, so the others still go through."""
    for argument in inputs:
        if not os.path.exists(argument) and _is_glob(argument):
            matches = sorted(m for m in glob.glob(argument, recursive=True) if os.path.isfile(m))
            if not matches:
                yield Document(argument, error=f"{argument}: no file matches this pattern")
            names = matches
        elif os.path.isdir(argument):
            root = Path(argument)
            names = sorted(
                str(p) for p in root.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
        else:
            names = [argument]  # a file named as given (or a missing one, reported when read)
        for name in names:
            if text_key is not None or name.endswith(".jsonl"):
                yield from _jsonl_documents(name, text_key or "text", id_key)
            else:
                yield _file_document(name, encoding, errors)


def _file_document(name: str, encoding: str | None, errors: str) -> Document:
    from policyterms.text.textio import read_text

    try:
        text = read_text(name, encoding=encoding, errors=errors).text
    except PolicytermsError as error:
        return Document(name, error=str(error))
    if not text.strip():  # as for one file on its own: said, not passed over in silence
        return Document(name, error=f"{name} is empty: there is nothing to annotate")
    return Document(name, text)


def _jsonl_documents(name: str, text_key: str, id_key: str | None) -> Iterator[Document]:
    try:
        file = open(name, "rb")
    except OSError as error:
        yield Document(name, error=f"{name}: cannot read: {error.strerror or error}")
        return
    with file:
        for number, raw in enumerate(_rows(file), 1):
            where = f"{name}:{number}"
            if isinstance(raw, int):  # a row too long to hold: only its size was kept
                yield Document(where, error=f"{where}: a row of {raw:,} bytes is larger than {MAX_ROW_BYTES:,} (annotate so long a document as a file of its own)")
                continue
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as error:
                yield Document(where, error=f"{where}: not a JSON object: {error}")
                continue
            if not isinstance(row, dict):
                yield Document(where, error=f"{where}: not a JSON object but {_json_kind(row)} (each row is one object, e.g. {{\"text\": \"…\"}})")
                continue
            if not isinstance(row.get(text_key), str):
                problem = f"its '{text_key}' is {_json_kind(row[text_key])}, not text" if text_key in row else f"no text field '{text_key}'"
                yield Document(where, error=f"{where}: {problem} (choose the field with --text-key)")
                continue
            identifier = row.get(id_key) if id_key else None
            if isinstance(identifier, (dict, list)):
                identifier = json.dumps(identifier, ensure_ascii=False)
            yield Document(str(identifier) if identifier is not None else where, row[text_key])


def _rows(file) -> Iterator[bytes | int]:
    """The lines of a binary file; a line longer than :data:`MAX_ROW_BYTES` is read past in
    blocks and given as its length, so a corpus of one endless line never fills memory."""
    while True:
        raw = file.readline(MAX_ROW_BYTES + 1)
        if not raw:
            return
        if len(raw) <= MAX_ROW_BYTES:
            yield raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = file.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield size


def _json_kind(value: Any) -> str:
    kinds = {dict: "an object", list: "a list", str: "text", bool: "true or false", int: "a number", float: "a number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


# ---------------------------------------------------------------------------------------
# Annotating

_worker_state: dict[str, Any] = {}


def _glossary_for(options: AnnotateOptions):
    """The glossary of ``options``, loaded once per process."""
    key = (options.glossary_paths, options.shipped)
    if _worker_state.get("key") != key:
        from policyterms.glossary.model import Glossary
        from policyterms.glossary.load import load_glossary

        if options.glossary_paths:
            glossary = load_glossary(list(options.glossary_paths), shipped=options.shipped)
        elif options.shipped:
            glossary = load_glossary()
        else:
            glossary = Glossary((), {})
        _worker_state.update(key=key, glossary=glossary)
    return _worker_state["glossary"]


def annotate_document(document: Document, options: AnnotateOptions) -> tuple[str, list[dict[str, Any]] | None, str | None]:
    """``(id, records, error)`` for one document, as ``policyterms annotate`` makes them."""
    if document.error is not None or document.text is None:
        return document.id, None, document.error
    try:
        return document.id, annotate_text(document.id, document.text, _glossary_for(options), options), None
    except PolicytermsError as error:
        return document.id, None, f"{document.id}: {error}"


def annotate_text(doc_id: str, text: str, glossary, options: AnnotateOptions) -> list[dict[str, Any]]:
    """The JSON records of one document against ``glossary``, with ``doc`` set: what
    every corpus runner (processes here, Dask workers) does per document."""
    from policyterms.annotate.annotator import Annotator
    from policyterms.mining.learn import document_glossary

    glossary = document_glossary(glossary, text, title=doc_id, learn_=options.learn, unknown=options.unknown)
    annotations = Annotator(
        glossary,
        scope=options.scope,
        overlaps=options.overlaps,
        references=options.references,
        furniture=options.furniture,
    ).annotate(text)
    return [{"doc": doc_id, **a.to_json()} for a in annotations]


def _annotate_pair(item: tuple[Document, AnnotateOptions]) -> tuple[str, list[dict[str, Any]] | None, str | None]:
    return annotate_document(*item)


#: Worker processes per core at most, whatever ``jobs`` asks: more only cost memory (each
#: holds the compiled glossary) and start-up time, never speed.
MAX_WORKERS_PER_CORE = 2


def annotate_corpus(
    documents: Iterable[Document], options: AnnotateOptions, *, jobs: int = 1
) -> Iterator[tuple[str, list[dict[str, Any]] | None, str | None]]:
    """Annotate every document; yields ``(id, records, error)`` in corpus order.

    ``jobs > 1`` spreads documents over that many worker processes (at most
    :data:`MAX_WORKERS_PER_CORE` per core); the order of what is yielded, and so the
    output, does not depend on it.
    """
    jobs = min(jobs, MAX_WORKERS_PER_CORE * (os.cpu_count() or 1))  # --jobs 1024 on 2 cores: no fork storm
    if jobs <= 1:
        for document in documents:
            yield annotate_document(document, options)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_annotate_pair, ((document, options) for document in documents), chunksize=1)


def check_jobs(jobs: int) -> int:
    """``--jobs`` as a usable number: 0 means one per core."""
    if jobs < 0 or jobs > 1024:
        raise InputError(f"--jobs must be between 0 (one per core) and 1024, not {jobs}")
    return jobs or os.cpu_count() or 1
