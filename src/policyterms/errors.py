"""The exceptions policyterms raises.

Every error carries the data a user needs to fix the problem — which file, which line,
which key — and renders as one line. The CLI turns any :class:`PolicytermsError` into
``policyterms: error: <message>`` on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

__all__ = [
    "PolicytermsError",
    "GlossaryError",
    "InputError",
]


class PolicytermsError(Exception):
    """Base class: a problem the user can fix, described in one line.

    ``path``, ``line`` and ``column`` (1-based) locate the problem when it has a place;
    ``hint`` says what to do about it.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    @property
    def place(self) -> str:
        """``file:line:column`` as far as known, or an empty string."""
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        text = f"{self.place}: {self.message}" if self.place else self.message
        if self.hint:
            text += f" ({self.hint})"
        return " ".join(text.split("\n"))


class GlossaryError(PolicytermsError):
    """A glossary file cannot be read, parsed or validated."""


class InputError(PolicytermsError):
    """An input document cannot be read or decoded."""
