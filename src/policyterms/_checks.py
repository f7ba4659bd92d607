"""Argument checks for the public functions: a wrong type is a TypeError that says what
was expected and how to get it, not an AttributeError from deep inside."""

from __future__ import annotations

from typing import Any

_HINTS = {
    bytes: "decode it first, e.g. data.decode('utf-8') or policyterms.text.textio.decode_bytes(data).text",
    bytearray: "decode it first, e.g. bytes(data).decode('utf-8')",
}


def expect_text(value: Any, what: str, function: str) -> str:
    """``value`` if it is a ``str``; otherwise a TypeError naming ``function`` and ``what``."""
    if isinstance(value, str):
        return value
    hint = _HINTS.get(type(value))
    if hint is None and hasattr(value, "read"):
        hint = "pass its text: f.read(), or feed the file to Annotator.annotate_chunks"
    message = f"{function}() expects {what} as a str, not {type(value).__name__}"
    raise TypeError(f"{message}: {hint}" if hint else message)


def expect_optional_text(value: Any, what: str, function: str) -> str | None:
    return None if value is None else expect_text(value, what, function)


def expect_glossary(value: Any, function: str, *, optional: bool = True) -> Any:
    """``value`` if it is a Glossary (or None, when ``optional``); a path gets a hint to
    load it first."""
    from policyterms.glossary.model import Glossary

    if (value is None and optional) or isinstance(value, Glossary):
        return value
    hint = ""
    if isinstance(value, str) or hasattr(value, "__fspath__"):
        hint = ": load it first, glossary=policyterms.load_glossary(path, shipped=True)"
    expected = "a policyterms.Glossary or None" if optional else "a policyterms.Glossary"
    raise TypeError(f"{function}() expects glossary as {expected}, not {type(value).__name__}{hint}")


def expect_bool(value: Any, what: str, function: str) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"{function}() expects {what} as True or False, not {type(value).__name__}")


def expect_int(value: Any, what: str, function: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{function}() expects {what} as an int, not {type(value).__name__}")
