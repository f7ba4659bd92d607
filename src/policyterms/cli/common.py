"""What every command shares: the glossary the options name, the console, one-line
errors and notices on stderr, standard input, and output files written safely.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from policyterms.errors import PolicytermsError
from policyterms.glossary.model import Glossary
from policyterms.glossary.load import load_glossary
from policyterms.text.visible import visible


EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(PolicytermsError):
    """The command line asks for something impossible (exit 2)."""


def glossary_for(args: argparse.Namespace) -> Glossary:
    """The shipped glossary with the user's ``-g`` glossaries over it (or without it)."""
    if getattr(args, "no_shipped", False):
        if args.glossary:
            return load_glossary(args.glossary)
        if getattr(args, "no_learn", True):
            raise UsageError("--no-shipped leaves no glossary", hint="add -g PATH, or let annotate learn from the document")
        return Glossary((), {})
    return load_glossary(args.glossary, shipped=True) if args.glossary else load_glossary()


def make_console(out: TextIO, *, no_color: bool = False, width: int | None = None, color: bool | None = None):
    from rich.console import Console

    from policyterms.render import READER_THEME

    class PipeAwareConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1; a closed pipe is not an error
            raise BrokenPipeError

    terminal = (out.isatty() and not no_color) if color is None else color
    return PipeAwareConsole(
        file=out if terminal else _RstripLines(out),  # type: ignore[arg-type]
        theme=READER_THEME,
        force_terminal=terminal,
        no_color=no_color or not terminal,
        highlight=False,
        width=width or (None if terminal else 100),
        soft_wrap=False,
        emoji=False,
        markup=False,
    )


class _RstripLines(io.TextIOBase):
    """Drops the trailing spaces rich pads plain lines with, so piped output is tidy."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            self._out.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._out.write(self._pending.rstrip(" "))
            self._pending = ""
        self._out.flush()

    def isatty(self) -> bool:
        return False


def notice(message: str) -> None:
    """A one-line notice on stderr; control characters from names show as caret notation."""
    print(visible(message).replace("\n", "^J"), file=sys.stderr)


def stdin_buffer():
    """Standard input as bytes; a closed one is a usage error, not a traceback."""
    if sys.stdin is None:
        raise UsageError("standard input is closed", hint="give a FILE instead of -")
    return sys.stdin.buffer


def read_document(path: str | None, args: argparse.Namespace) -> tuple[str, str]:
    """The whole text of the file ``path`` (standard input for ``-`` or None), decoded with the
    ``--encoding`` and ``--errors`` options, and its name for messages."""
    from policyterms.text.textio import decode_bytes, read_limited, read_text

    if path in (None, "-"):
        name = "<stdin>"
        return name, decode_bytes(read_limited(stdin_buffer(), name=name, encoding=args.encoding), encoding=args.encoding, errors=args.errors, name=name).text
    check_input_path(path)
    return path, read_text(path, encoding=args.encoding, errors=args.errors).text


def check_input_path(path: str) -> None:
    from policyterms.errors import InputError

    target = Path(path)
    if not target.exists():
        raise InputError("no such file", path=path)
    if target.is_dir():
        raise InputError("is a directory, not a file", path=path)


@contextlib.contextmanager
def output_to(
    path: str | None, stdout: TextIO, inputs: Sequence[str] | str | None = (), glossaries: Sequence[str] | None = ()
) -> Iterator[TextIO]:
    """``stdout``, or ``path`` written safely (see :mod:`policyterms.cli.output`): never an
    input or a ``-g`` glossary, a device or a link replaced, nothing half-written left behind."""
    if path is None:
        yield stdout
        return
    from policyterms.cli.output import open_output

    names = [inputs] if isinstance(inputs, str) else [name for name in inputs or () if name and name != "-"]
    with open_output(path, inputs=names, glossaries=glossaries or ()) as out:
        yield out


def with_name(name: str, function, *args, **kwargs):
    """Call ``function``; an error without a file (or with a placeholder name) gets ``name``."""
    try:
        return function(*args, **kwargs)
    except PolicytermsError as error:
        if error.path is None or error.path.startswith("<"):
            error.path = name
        raise


def print_error(message: str, *, hint: str | None = None) -> None:
    """One line on stderr, ``policyterms: error: …``, whatever stderr can encode."""
    if sys.stderr is None:
        return
    # One line, whatever the message holds: an argument or a file name with a line break
    # or an escape sequence is shown in caret notation, never obeyed.
    line = visible(f"policyterms: error: {message}{f' ({hint})' if hint else ''}").replace("\n", "^J")
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(line.encode(sys.stderr.encoding or "utf-8", "backslashreplace").decode(sys.stderr.encoding or "utf-8") + "\n")
        sys.stderr.flush()
