"""Writing a result file without ever losing one the user did not name.

``-o FILE`` writes to a temporary file beside ``FILE`` and renames it into place only when
everything was written, so an interrupted run leaves ``FILE`` as it was. But a rename
replaces whatever the path names, so before renaming:

- a device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a named pipe) is written to
  directly, never replaced;
- a symbolic link is followed: the file it points to is written, the link stays;
- a file with several hard links is rewritten in place (after the whole result exists),
  so every link sees the new content;
- a file without write permission is refused, as the shell refuses ``> file``;
- a file that is one of the inputs, or a glossary file the run reads (``-g``), is refused:
  the result would replace it.

The temporary file is removed on any error and on SIGTERM or SIGHUP (the CLI turns those
into an exit that unwinds), so no ``.FILE.*.part`` survives a catchable signal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from policyterms.errors import PolicytermsError

__all__ = ["OutputError", "open_output"]


class OutputError(PolicytermsError):
    """The output file cannot or must not be written."""


@contextlib.contextmanager
def open_output(path: str, *, inputs: Iterable[str] = (), glossaries: Iterable[str] = ()) -> Iterator[TextIO]:
    """A text stream writing to ``path`` safely (see the module docstring); ``glossaries``
    are the glossary files the run reads (``-g``), refused like ``inputs``."""
    target = Path(path)
    try:
        info = os.stat(target)  # follows a symlink to what it names
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path} is a folder", hint="give a file name to --output")
        read = [(name, "is the input: writing there would replace the document") for name in inputs]
        read += [(name, "is a glossary this run reads (-g): writing there would replace it") for name in glossaries]
        for name, why in read:
            with contextlib.suppress(OSError):
                if os.path.samefile(name, target):
                    raise OutputError(f"{path} {why}", hint="choose another output file")
        if not stat.S_ISREG(info.st_mode):  # /dev/null, /dev/stdout, a FIFO: write to it
            yield from _write_directly(path)
            return
        if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
            raise OutputError(f"{path} is read-only", hint="make it writable (chmod u+w) or choose another output file")
    real = Path(os.path.realpath(target))  # a symlink's target is what gets replaced
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
        os.fchmod(handle, _file_mode(real, info))  # mkstemp makes 0600; give what open() would
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="\n") as out:
            yield out
        if info is not None and info.st_nlink > 1:
            with open(temporary, "rb") as source, open(real, "r+b") as destination:  # keep every hard link
                shutil.copyfileobj(source, destination)
                destination.truncate()
            os.unlink(temporary)
        else:
            os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_directly(path: str) -> Iterator[TextIO]:
    try:
        stream = open(path, "w", encoding="utf-8", errors="replace", newline="\n")
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    with stream:
        yield stream


def _file_mode(target: Path, info: os.stat_result | None) -> int:
    """The mode a replaced file keeps, or what a new file gets under the current umask."""
    if info is not None:
        return info.st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
