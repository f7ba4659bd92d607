"""The ``policyterms`` command: a thin shell over the library.

Every command maps onto a library call; this package only parses arguments (``parser``),
reads input, chooses an output format (``annotate``, ``senses``, ``mining``, one module per
command group, over ``common``) and turns :class:`~policyterms.errors.PolicytermsError` into
``policyterms: error: …`` on stderr (``run``). Exit codes: 0 success, 1 lint findings, 2
usage or input errors, 130 interrupted.
"""

from policyterms.cli.run import COMMANDS, entry_point, main
from policyterms.cli.parser import build_parser

__all__ = ["main", "build_parser", "entry_point", "COMMANDS"]
