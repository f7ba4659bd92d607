"""The process boundary: run a command, turn every error into one line and an exit code."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from policyterms.errors import PolicytermsError
from policyterms.cli.common import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, print_error
from policyterms.cli.parser import build_parser
from policyterms.cli.annotate import cmd_annotate
from policyterms.cli.senses import cmd_lint, cmd_list, cmd_search, cmd_show
from policyterms.cli.mining import cmd_discover, cmd_extract


#: Each command to the function that runs it: ``(args, stdout) -> exit code``.
COMMANDS = {
    "annotate": cmd_annotate,
    "show": cmd_show,
    "search": cmd_search,
    "list": cmd_list,
    "extract": cmd_extract,
    "discover": cmd_discover,
    "lint": cmd_lint,
}


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    own = stdout is None  # writing to the process's stdout: ours to configure and flush
    stdout = stdout or sys.stdout
    if stdout is None:  # started with stdout closed: nowhere to write, say so on stderr
        if sys.stderr is not None:
            print("policyterms: error: standard output is closed", file=sys.stderr)
        return EXIT_USAGE
    if own:
        _write_utf8(stdout)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        code = COMMANDS[args.command](args, stdout)
        if own:
            stdout.flush()  # a full disk shows here, not in the interpreter's last flush
        return code
    except SystemExit as exit_:  # argparse: --help, --version, usage errors (exit 2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except PolicytermsError as error:
        print_error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): not an error. Point stdout at devnull so the
        # interpreter's final flush does not complain.
        _discard_stdout()
        return EXIT_OK
    except OSError as error:  # a full disk, an I/O error, a file name too long ...
        print_error(_os_error(error))
        _discard_stdout()
        return EXIT_USAGE
    except MemoryError:
        print_error(
            "out of memory",
            hint="annotate --format jsonl or --format text stream a document in bounded memory; "
            "split a large document for the other formats",
        )
        return EXIT_USAGE
    except UnicodeEncodeError as error:  # a lone surrogate (an undecodable file name) in output
        print_error(f"cannot write the character {error.object[error.start:error.end]!a} in {error.encoding}")
        return EXIT_USAGE
    except RecursionError:
        print_error("input nested too deeply to read", hint="check the glossary or document for runaway nesting")
        return EXIT_USAGE
    except ValueError as error:
        if "integer string conversion" not in str(error) and "digits" not in str(error):
            raise
        print_error("a number in the input has too many digits to read", hint="numbers in documents and glossaries have at most a few digits")
        return EXIT_USAGE


_OS_HINTS = {
    errno.ENOSPC: "free some disk space, or write somewhere else with -o",
    errno.EDQUOT: "free some of your disk quota, or write somewhere else with -o",
    errno.ENAMETOOLONG: "use a shorter file name: most systems allow 255 bytes per name",
    errno.EIO: "the disk or device reported an error; check it",
    errno.EROFS: "the file system is read-only; write somewhere else with -o",
}


def _os_error(error: OSError) -> str:
    """An OSError as one line: the file if known, what went wrong, how to fix it."""
    what = error.strerror or str(error)
    name = error.filename
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if isinstance(name, str) and len(name) > 80:
        name = name[:40] + "…" + name[-20:]
    place = f"{name}: " if name else ("cannot write output: " if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO) else "")
    hint = _OS_HINTS.get(error.errno)
    return f"{place}{what}" + (f" ({hint})" if hint else "")


def _discard_stdout() -> None:
    """Point stdout at devnull, so the interpreter's final flush of what could not be
    written (a closed pipe, a full disk) does not print a traceback of its own."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _write_utf8(stdout: TextIO) -> None:
    """Write UTF-8 whatever the locale says (PYTHONIOENCODING=ascii, LANG=C on an old
    system), and never fail on a character: policyterms' output is Chinese text."""
    reconfigure = getattr(stdout, "reconfigure", None)
    if reconfigure is None:
        return
    with contextlib.suppress(Exception):
        encoding = (getattr(stdout, "encoding", None) or "").lower().replace("_", "-")
        if encoding in ("utf-8", "utf8"):
            reconfigure(errors="replace")  # a lone surrogate from an undecodable file name
        else:
            reconfigure(encoding="utf-8", errors="replace")


def _exit_on_signal(signum: int, frame: object) -> None:
    """SIGTERM and SIGHUP (timeout, docker stop, a closed terminal) unwind like Ctrl-C,
    so temporary files are removed; the exit status is 128 + the signal number."""
    raise SystemExit(128 + signum)


def entry_point() -> None:  # pragma: no cover - exercised through the console script
    try:
        import signal

        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), _exit_on_signal)
        code = main()
    except KeyboardInterrupt:  # Ctrl-C between start-up and main's own handler
        code = EXIT_INTERRUPTED
    sys.exit(code)
