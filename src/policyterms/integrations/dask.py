"""Annotate corpora that outgrow one machine with Dask.

Install the extra first: ``pip install 'policyterms[dask]'`` (Dask's bag and dataframe
parts, ``distributed`` and pandas). Then::

    import json
    import dask.bag as db
    from distributed import Client
    from policyterms.integrations.dask import annotate_bag

    client = Client("tcp://scheduler:8786")          # or LocalCluster() on one machine
    rows = db.read_text("/mnt/corpora/reports-*.jsonl").map(json.loads)
    records = annotate_bag(rows, text_key="content", id_key="title")
    lines = records.map(json.dumps, ensure_ascii=False)
    lines.to_textfiles("/mnt/corpora/annotated/part-*.jsonl", name_function="{:05d}".format, last_endline=True)

:func:`annotate_bag` does to every document what ``policyterms annotate`` does to each
document of a corpus (learning from it unless told not to) and gives the same JSON records
(see :mod:`policyterms.corpus`): ``json.dumps(record, ensure_ascii=False)`` of each is
byte for byte the line ``policyterms annotate -f jsonl`` writes. :func:`annotate_dataframe`
gives one row per mention instead.

The glossary reaches each worker process once, not once per task: a worker loads it on
first use (from the files the options name, through the user's compiled-glossary cache,
see :mod:`policyterms.glossary.cache`) and keeps it for the following tasks; or
:func:`ship_glossary` sends the glossary compiled on the client to every worker (and to
workers that join later) through a ``distributed`` worker plugin, so the workers need no
glossary files of their own. Tasks themselves carry only the options and a key.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as _error:  # pragma: no cover - exercised by a test that hides dask
    raise ImportError(
        "policyterms.integrations.dask needs Dask, which is not installed: "
        "pip install 'policyterms[dask]' (dask[bag,dataframe], distributed and pandas)"
    ) from _error

try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - dask's own schedulers work without distributed
    _WorkerPlugin = object  # type: ignore[assignment,misc]

from policyterms.corpus import AnnotateOptions, annotate_text
from policyterms.errors import InputError, PolicytermsError

if TYPE_CHECKING:
    from policyterms.glossary.model import Glossary

__all__ = [
    "annotate_bag",
    "annotate_dataframe",
    "ship_glossary",
    "GlossaryPlugin",
    "MENTION_COLUMNS",
    "glossary_key",
    "glossary_loads",
]

#: The columns of :func:`annotate_dataframe`, in order.
MENTION_COLUMNS = ("doc", "start", "end", "text", "term", "sense_id", "scope", "definition", "origin", "en", "chosen_by")

#: How many glossaries (distinct options or glossary contents) a worker process keeps of
#: those it read itself; shipped ones are kept until their plugin is unregistered.
KEEP = 4


# ---------------------------------------------------------------------------------------
# Options and the glossary, on the client


def _options(options: Mapping[str, Any]) -> AnnotateOptions:
    """``AnnotateOptions`` from keyword arguments; ``glossary_paths`` may be one path."""
    known = {f.name for f in fields(AnnotateOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown option {', '.join(unknown)}; the options are {', '.join(sorted(known))}")
    values = dict(options)
    paths = values.get("glossary_paths", ())
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = (paths,)
    values["glossary_paths"] = tuple(os.fsdecode(p) for p in paths)
    return AnnotateOptions(**values)


def _read_glossary(options: AnnotateOptions) -> Glossary:
    """The glossary ``options`` name, as ``policyterms annotate`` reads it."""
    from policyterms.glossary.model import Glossary
    from policyterms.glossary.load import load_glossary

    if options.glossary_paths:
        return load_glossary(list(options.glossary_paths), shipped=options.shipped)
    if options.shipped:
        return load_glossary()
    return Glossary((), {})


def _content_key(options: AnnotateOptions) -> str:
    """A key over the glossary files ``options`` name (path, layer and every byte) and
    the versions they are compiled with (see :func:`policyterms.glossary.cache.cache_key`), so a
    worker never reuses a glossary the user has since edited."""
    from policyterms.glossary.load import glossary_key

    if not options.glossary_paths and not options.shipped:
        return "empty"
    paths = list(options.glossary_paths) if options.glossary_paths else None
    try:
        return glossary_key(paths, shipped=options.shipped)
    except OSError:  # reading the glossary reports it properly
        return repr((options.glossary_paths, options.shipped))


def _prepare(options: Mapping[str, Any]) -> tuple[AnnotateOptions, str, Glossary]:
    """Check the options on the client, as the CLI does before any work: a broken glossary
    or an unknown scope is one error here, not one per task on the workers."""
    checked = _options(options)
    if not checked.glossary_paths and not checked.shipped and not checked.learn:
        raise InputError("shipped=False without glossary_paths leaves no glossary (add glossary_paths, or learn=True)")
    glossary = _read_glossary(checked)
    if checked.scope is not None:
        from policyterms.annotate.choice import check_scope

        check_scope(checked.scope, glossary)
    return checked, _content_key(checked), glossary


# ---------------------------------------------------------------------------------------
# The glossary, in each worker process

_lock = threading.Lock()
#: Glossaries read by this process (the :data:`KEEP` most recent), and those shipped to it.
_glossaries: OrderedDict[str, Glossary] = OrderedDict()
_shipped: dict[str, Glossary] = {}
#: Per key: how often this process read the glossary itself ("loaded"), received it from
#: :func:`ship_glossary` ("shipped"), and how many partitions it annotated ("partitions").
_loads: dict[str, dict[str, int]] = {}


def _count(key: str, what: str) -> None:
    _loads.setdefault(key, {"loaded": 0, "shipped": 0, "partitions": 0})[what] += 1


def _keep(key: str, glossary: Glossary) -> None:
    _glossaries[key] = glossary
    _glossaries.move_to_end(key)
    while len(_glossaries) > KEEP:
        _glossaries.popitem(last=False)


def _worker_glossary(options: AnnotateOptions, key: str) -> Glossary:
    """This process's glossary for ``key``: shipped, or read on first use and kept."""
    with _lock:
        glossary = _shipped.get(key) or _glossaries.get(key)
        if glossary is None:
            glossary = _read_glossary(options)
            _count(key, "loaded")
            _keep(key, glossary)
        _count(key, "partitions")
        return glossary


def glossary_key(**options: Any) -> str:
    """The key under which workers keep the glossary of ``options`` (the keys of
    :func:`glossary_loads`): it covers every byte of the glossary files, so an edited
    glossary is a new key and is read again."""
    return _content_key(_options(options))


def glossary_loads() -> dict[str, dict[str, int]]:
    """What this process did, per glossary key: ``loaded`` (read the glossary itself),
    ``shipped`` (received it from :func:`ship_glossary`), ``partitions`` (annotated). Run
    it on every worker with ``client.run(glossary_loads)``."""
    with _lock:
        return {key: dict(counts) for key, counts in _loads.items()}


class GlossaryPlugin(_WorkerPlugin):
    """A ``distributed`` worker plugin holding a compiled glossary: registered once, it is
    sent to every worker, and to every worker that joins later, and set up there for the
    tasks of :func:`annotate_bag` and :func:`annotate_dataframe` with the same options."""

    def __init__(self, key: str, glossary: Glossary) -> None:
        self.key = key
        self.glossary = glossary
        self.name = f"policyterms-glossary-{key[:16]}"

    def setup(self, worker: Any = None) -> None:
        with _lock:
            _shipped[self.key] = self.glossary
            _count(self.key, "shipped")

    def teardown(self, worker: Any = None) -> None:
        with _lock:
            _shipped.pop(self.key, None)


def ship_glossary(client: Any, **options: Any) -> str:
    """Compile the glossary of ``options`` here and send it to every worker of ``client``
    once (a :class:`GlossaryPlugin`; workers that join later get it too). The workers then
    need none of the glossary files. Returns the plugin's name:
    ``client.unregister_worker_plugin(name)`` makes the workers drop it."""
    if _WorkerPlugin is object:
        raise ImportError("ship_glossary needs distributed: pip install 'policyterms[dask]'")
    checked, key, glossary = _prepare(options)
    glossary.matcher  # noqa: B018 - compiled before it is pickled, so workers need nothing more
    plugin = GlossaryPlugin(key, glossary)
    client.register_plugin(plugin, name=plugin.name)
    return plugin.name


# ---------------------------------------------------------------------------------------
# Annotating


def _document(item: Any, position: str, text_key: str, id_key: str | None) -> tuple[str, str | None, str | None]:
    """``(id, text, error)`` of one bag element: a string, or a record with ``text_key``."""
    if isinstance(item, str):
        return position, item, None
    if isinstance(item, Mapping):
        identifier = item.get(id_key) if id_key is not None else None
        doc_id = str(identifier) if identifier is not None else position
        text = item.get(text_key)
        if isinstance(text, str):
            return doc_id, text, None
        return doc_id, None, f"{doc_id}: no text field '{text_key}' (choose it with text_key=)"
    return position, None, f"{position}: a {type(item).__name__}, not a text or a record"


def _annotate_partition(
    items: Any, partition: Any, options: AnnotateOptions, key: str, text_key: str, id_key: str | None, errors: str
) -> list[dict[str, Any]]:
    (index,) = partition
    glossary = _worker_glossary(options, key)
    out: list[dict[str, Any]] = []
    for offset, item in enumerate(items):
        doc_id, text, error = _document(item, f"{index}:{offset}", text_key, id_key)
        if error is None:
            try:
                out.extend(annotate_text(doc_id, text, glossary, options))  # type: ignore[arg-type]
                continue
            except PolicytermsError as problem:
                error = f"{doc_id}: {problem}"
        if errors == "raise":
            raise InputError(error)
        out.append({"doc": doc_id, "error": error})
    return out


def _check_errors(errors: str, allowed: tuple[str, ...]) -> None:
    if errors not in allowed:
        raise ValueError(f"errors must be {' or '.join(repr(a) for a in allowed)}, not {errors!r}")


def annotate_bag(bag: db.Bag, *, text_key: str = "text", id_key: str | None = "id", errors: str = "raise", **options: Any) -> db.Bag:
    """A Bag of the JSON records of every mention in ``bag``'s documents, in bag order.

    ``bag`` holds texts (``str``) or records (mappings) whose ``text_key`` field is the
    text and whose ``id_key`` field names the document. Each record is the object
    ``policyterms annotate -f jsonl`` writes for a corpus, ``doc`` first. A document with
    no id (a plain string, or a record without ``id_key``) is named by its place in the
    bag: ``"P:N"`` is the N-th element (from 0) of partition P (from 0), as a partition
    does not know how many elements the partitions before it hold; give records ids when
    the names matter.

    ``options`` are those of :class:`~policyterms.corpus.AnnotateOptions`:
    ``glossary_paths`` (one path or several, added over the shipped glossary), ``shipped``
    (``False``: only ``glossary_paths``), ``scope``, ``learn``, ``unknown``, ``overlaps``,
    ``references``, ``furniture``.
    They are checked here, on the client, before any task runs.

    ``errors="raise"`` (default) fails the computation on a document that cannot be
    annotated, naming it; ``errors="record"`` gives ``{"doc": ID, "error": MESSAGE}`` in its
    place, and the other documents still go through.
    """
    _check_errors(errors, ("raise", "record"))
    checked, key, _ = _prepare(options)
    positions = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_annotate_partition, positions, checked, key, text_key, id_key, errors)


def _mention_meta() -> pd.DataFrame:
    string = pd.StringDtype()
    dtypes = {name: string for name in MENTION_COLUMNS} | {"start": "int64", "end": "int64"}
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in dtypes.items()})


def _annotate_frame(frame: pd.DataFrame, options: AnnotateOptions, key: str, text_column: str, id_column: str | None) -> pd.DataFrame:
    meta = _mention_meta()
    if frame.empty:
        return meta
    glossary = _worker_glossary(options, key)
    ids = frame[id_column] if id_column is not None else frame.index.to_series(index=frame.index)
    rows: list[dict[str, Any]] = []
    for identifier, text in zip(ids.tolist(), frame[text_column].tolist()):
        doc_id = str(identifier)
        if not isinstance(text, str):
            raise InputError(f"{doc_id}: column '{text_column}' holds {text!r}, not a text")
        try:
            records = annotate_text(doc_id, text, glossary, options)
        except PolicytermsError as problem:
            raise InputError(f"{doc_id}: {problem}") from problem
        rows.extend({name: record[name] for name in MENTION_COLUMNS} for record in records)
    if not rows:
        return meta
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(meta.dtypes.to_dict())


def annotate_dataframe(df: dd.DataFrame, text_column: str = "text", id_column: str | None = None, **options: Any) -> dd.DataFrame:
    """A Dask DataFrame with one row per mention in ``df``'s documents, in order.

    ``text_column`` holds each row's text; ``id_column`` names the document (``doc``,
    as a string), else the row's index label does (``str(label)``: with the default
    RangeIndex of ``dask.dataframe.from_pandas`` that is the row number). The columns are
    :data:`MENTION_COLUMNS`: ``doc``, ``start``, ``end``, ``text``, ``term``,
    ``sense_id``, ``scope``, ``definition``, ``origin``, ``en``, ``chosen_by`` — ``start``
    and ``end`` are ``int64``, the others pandas' ``string`` dtype, ``<NA>`` where the
    JSON record has ``null``. The index restarts from 0 in each partition (divisions are
    unknown). A text that is missing or not a string fails the computation, naming the
    row. ``options`` as for :func:`annotate_bag`.
    """
    missing = [c for c in (text_column, id_column) if c is not None and c not in df.columns]
    if missing:
        raise InputError(f"no column {', '.join(repr(c) for c in missing)}; the columns are {', '.join(map(str, df.columns))}")
    checked, key, _ = _prepare(options)
    return df.map_partitions(_annotate_frame, checked, key, text_column, id_column, meta=_mention_meta(), enforce_metadata=False)
