"""The ``policyterms`` console script's first module, kept outside the package.

Importing ``policyterms.cli`` imports the library too; Ctrl-C during that start-up
arrives before the CLI's own handler exists and would print a traceback. This module is
tiny and imports nothing of policyterms itself, so it can catch that interrupt and exit
130 quietly, as an interrupted run does later.
"""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from policyterms.cli import entry_point
    except KeyboardInterrupt:
        if sys.stderr is not None:
            print(file=sys.stderr)
        sys.exit(130)
    entry_point()


if __name__ == "__main__":  # pragma: no cover
    main()
