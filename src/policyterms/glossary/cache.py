"""Compiled glossaries, cached in the user's own cache directory.

Reading and validating a large glossary costs far more than annotating a short text, so
the loaded :class:`~policyterms.glossary.model.Glossary` — senses, sources, surface table and
Aho-Corasick automaton — is kept as a pickle under ``$XDG_CACHE_HOME/policyterms`` (else
``~/.cache/policyterms``). Unpickling runs code, so a cache file is trusted only when:

- it lies in that directory, which this module creates (mode 0700) and which belongs to
  the user and is writable by nobody else; the file itself too, and is no symlink;
- its name is the key: a BLAKE2b hash over the package version, the Python and daachorse
  versions, the folding tables (``text/fold.py`` and ``text/_fold_table.py``) and the path, layer and bytes of every glossary file. Any
  change to any of them is a different key, so a stale entry is never read (only the
  :data:`KEEP` newest entries are kept).

A file that fails to load (truncated, corrupted) is removed and the glossary is read again.
Nothing here is ever an error for the user: a cache that cannot be written or read is
simply not used. ``POLICYTERMS_NO_CACHE=1`` switches the cache off.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policyterms.glossary.model import Glossary

__all__ = ["cache_dir", "cache_key", "load_cached", "store"]

#: Bumped whenever the pickled objects change shape, move to another module, or what is
#: computed into them (the annotation tables) changes.
CACHE_FORMAT = 7

#: The folder of the folding modules, whose source is part of every cache key.
_TEXT_PACKAGE = Path(__file__).parents[1] / "text"
#: How many compiled glossaries are kept (the shipped one, and a few -g combinations).
KEEP = 8
_SUFFIX = ".glossary.pickle"


def cache_dir() -> Path | None:
    """The user's cache directory for policyterms, or ``None`` when caching is off."""
    if os.environ.get("POLICYTERMS_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "policyterms"


def cache_key(files: Iterable[tuple[Path, str]]) -> str:
    """The key of a glossary made of ``files`` (path, layer), read in that order."""
    from policyterms import __version__
    import daachorse

    try:  # BLAKE2 straight from CPython's own module: importing hashlib loads OpenSSL (2 ms)
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - another Python implementation
        from hashlib import blake2b
    digest = blake2b(digest_size=32)
    for part in (
        f"format {CACHE_FORMAT}",
        f"policyterms {__version__}",
        f"python {sys.version}",
        f"daachorse {_module_stamp(daachorse.daachorse)}",
        (_TEXT_PACKAGE / "fold.py").read_text(encoding="utf-8"),
        (_TEXT_PACKAGE / "_fold_table.py").read_text(encoding="utf-8"),
    ):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    folders: dict[Path, str] = {}
    for path, layer in files:
        # the real folder (what bundled texts are found from) and the name: resolving
        # each folder once, not each file, saves hundreds of lstat calls at start-up
        folder = folders.get(path.parent)
        if folder is None:
            folder = folders[path.parent] = os.path.realpath(path.parent)
        digest.update(f"{folder}{os.sep}{path.name}\0{layer}\0".encode("utf-8", "surrogatepass"))
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _module_stamp(module: object) -> str:
    """Where a compiled module lies, its size and modification time: a new release of
    it is a new stamp (importing ``importlib.metadata`` to ask its version costs more
    than this whole key)."""
    path = getattr(module, "__file__", None) or "?"
    try:
        info = os.stat(path)
    except OSError:
        return path
    return f"{path} {info.st_size} {info.st_mtime_ns}"


def _trusted(path: Path, *, directory: bool) -> bool:
    """Ours alone: owned by this user, writable by nobody else, not a symlink."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    kind_ok = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    return kind_ok and info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load_cached(key: str) -> Glossary | None:
    """The cached glossary for ``key``, or ``None`` (no cache, untrusted or unreadable)."""
    directory = cache_dir()
    if directory is None or not _trusted(directory, directory=True):
        return None
    path = directory / (key + _SUFFIX)
    if not _trusted(path, directory=False):
        return None
    try:
        with open(path, "rb") as file:
            glossary = pickle.load(file)
    except Exception:  # truncated or corrupted: read the glossary again, and forget this file
        _remove(path)
        return None
    from policyterms.glossary.model import Glossary

    return glossary if isinstance(glossary, Glossary) else None


def store(key: str, glossary: Glossary) -> None:
    """Compile ``glossary`` fully and keep it under ``key``; old entries are removed."""
    directory = cache_dir()
    if directory is None:
        return
    glossary.matcher  # noqa: B018 - compiled before pickling, so a cached load needs nothing more
    glossary.annotation_tables  # noqa: B018 - and so is what the annotator needs
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(directory, directory=True):
            return
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=_SUFFIX)
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(_lazy_copy(glossary), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, directory / (key + _SUFFIX))
        except BaseException:
            _remove(Path(temporary))
            raise
        entries = sorted(
            (p for p in directory.glob("*" + _SUFFIX) if not p.name.startswith(".tmp-")),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in entries[KEEP:]:
            _remove(old)
    except OSError:  # a full disk or a read-only home: run without the cache
        return


# -- the entry: senses pickled one by one, read on demand ---------------------------------
#
# Unpickling 100,000 senses at once takes seconds; a short document meets a few dozen. An
# entry therefore keeps the senses in pickles of :data:`CHUNK` senses each, one after the
# other in ``blob``, and for each pattern of the matcher the numbers of its senses
# (``starts``/``numbers``, as in a CSR matrix). The matcher, the sources and the
# annotator's tables are unpickled whole.

#: Senses per pickle in an entry: reading one sense reads its neighbours too.
CHUNK = 64


class LazySenses:
    """The senses of a cached glossary, unpickled one at a time, each once."""

    def __init__(self, count: int, blob: bytes, offsets: bytes, starts: bytes, numbers: bytes) -> None:
        from array import array

        self.count = count
        self.blob = blob
        self.offsets = array("Q", offsets)
        self.starts = array("Q", starts)
        self.numbers = array("I", numbers)
        self._senses: dict[int, object] = {}

    def __reduce__(self) -> tuple[object, ...]:
        return (LazySenses, (self.count, self.blob, self.offsets.tobytes(), self.starts.tobytes(), self.numbers.tobytes()))

    def sense(self, number: int):
        sense = self._senses.get(number)
        if sense is None:
            chunk = number // CHUNK
            view = memoryview(self.blob)[self.offsets[chunk] : self.offsets[chunk + 1]]
            for index, each in enumerate(pickle.loads(view), chunk * CHUNK):
                self._senses.setdefault(index, each)
            sense = self._senses[number]
        return sense

    def all(self) -> tuple:
        return tuple(self.sense(number) for number in range(self.count))

    def pattern_senses(self, pattern: int) -> tuple:
        numbers = self.numbers[self.starts[pattern] : self.starts[pattern + 1]]
        return tuple(self.sense(number) for number in numbers)


def _lazy_copy(glossary: Glossary) -> Glossary:
    """``glossary`` as an entry keeps it: compiled, its senses in a :class:`LazySenses`."""
    from array import array

    from policyterms.glossary.model import Glossary

    senses = glossary.senses
    matcher = glossary.matcher
    number_of = {id(sense): number for number, sense in enumerate(senses)}
    blob = bytearray()
    offsets = array("Q", [0])
    for first in range(0, len(senses), CHUNK):
        blob += pickle.dumps(senses[first : first + CHUNK], protocol=pickle.HIGHEST_PROTOCOL)
        offsets.append(len(blob))
    starts = array("Q", [0])
    numbers = array("I")
    by_surface = glossary.senses_by_surface
    for surface in matcher.patterns:
        numbers.extend(number_of[id(sense)] for sense in by_surface[surface])
        starts.append(len(numbers))
    copy = object.__new__(Glossary)
    copy.__dict__.update(
        _lazy=LazySenses(len(senses), bytes(blob), offsets.tobytes(), starts.tobytes(), numbers.tobytes()),
        sources=glossary.sources,
        scopes=glossary.scopes,
        matcher=matcher,
        annotation_tables=glossary.annotation_tables,
    )
    return copy


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
