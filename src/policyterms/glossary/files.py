"""Where glossary files are: the shipped glossary, the paths a user names, and the
layers (shipped under the user's) they are read in.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from policyterms.errors import GlossaryError
from policyterms.glossary.model import Layer

__all__ = ["default_glossary_dir", "glossary_files", "MAX_FOLDER_ENTRIES"]


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


def path_list(paths: str | Path | Iterable[str | Path] | None) -> list[Path] | None:
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
    return [file for file, _ in files_and_roots(paths)]


def files_and_roots(paths: str | Path | Iterable[str | Path] | None) -> list[tuple[Path, Path]]:
    """Each YAML file with the folder it was found from: the folder a glossary's bundled
    texts must stay inside (a file named alone: its own folder)."""
    listed = path_list(paths)
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


def layered_files(
    paths: str | Path | Iterable[str | Path] | None, *, shipped: bool
) -> list[tuple[Path, Layer, Path]]:
    """The files to read, in order, with the layer each belongs to and its root folder."""
    files: list[tuple[Path, Layer, Path]] = []
    if shipped or paths is None:
        files += [(file, "shipped", root) for file, root in files_and_roots(None)]
    if paths is not None:
        files += [(file, "user", root) for file, root in files_and_roots(paths)]
    return files
