"""Output formats: machine-readable records, Markdown, the terminal reader and the HTML reader.

Each format is imported when first asked for (``from policyterms.render import
write_jsonl`` loads the records module alone), so writing JSON Lines never imports rich.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Which module of this package defines each name.
_HOMES = {
    "write_json": "records",
    "write_jsonl": "records",
    "write_text": "records",
    "write_markdown": "markdown",
    "to_markdown": "markdown",
    "render_reader": "reader",
    "render_senses": "reader",
    "READER_THEME": "reader",
    "render_html": "html",
    "write_html": "html",
}

__all__ = list(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
