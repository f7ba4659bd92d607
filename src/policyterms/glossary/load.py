"""Loading a glossary for use: read and validated once, then taken from the user's cache
(:mod:`policyterms.glossary.cache`) while no byte of its files changes; the first error
raises.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from policyterms.errors import GlossaryError
from policyterms.glossary.model import Glossary
from policyterms.glossary.files import layered_files, path_list

__all__ = ["load_glossary", "glossary_key"]


def glossary_key(paths: str | Path | Iterable[str | Path] | None, *, shipped: bool = False) -> str:
    """The cache key of the glossary :func:`load_glossary` would read from ``paths``: it
    changes with any byte of its files (see :func:`policyterms.glossary.cache.cache_key`)."""
    from policyterms.glossary import cache

    return cache.cache_key((file, layer) for file, layer, _ in layered_files(path_list(paths), shipped=shipped))


def load_glossary(paths: str | Path | Iterable[str | Path] | None = None, *, shipped: bool = False) -> Glossary:
    """Load a glossary, raising :class:`GlossaryError` on its first error.

    ``paths``: a glossary file or folder, or a list of them. With ``paths=None`` the
    glossary shipped with the package is loaded (once, and cached); ``shipped=True`` adds
    the shipped glossary under ``paths``, as the CLI's ``-g`` does.
    """
    if paths is None:
        return default_glossary()
    return _load(path_list(paths), shipped=shipped)


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
    from policyterms.glossary.read import read_glossary, without_gc  # not needed when the cache answers

    glossary, findings = read_glossary(paths, shipped=shipped)
    for finding in findings:
        if finding.severity == "error":
            raise GlossaryError(finding.message, path=finding.path, line=finding.line or None, column=finding.column)
    if key:
        with without_gc():
            cache.store(key, glossary)
    return glossary


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return _load(None)
