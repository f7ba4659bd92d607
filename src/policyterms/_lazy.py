"""Regular expressions compiled on first use.

Compiling the patterns of :mod:`policyterms.mining` (discover, extract and the modules
they use) took longer than annotating a short document, and learning from a short document
uses fewer than half of them; ``lazy_compile`` is ``re.compile`` deferred to the first use.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["lazy_compile"]


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used; after that its methods
    are the compiled pattern's own, looked up once."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(*self._args)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self._args[0]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    return LazyPattern(pattern, flags)
