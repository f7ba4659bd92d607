"""Output formats: machine-readable records, Markdown, the terminal reader and the HTML reader."""

from .html import render_html, write_html
from .markdown import to_markdown, write_markdown
from .records import write_json, write_jsonl, write_text
from .reader import READER_THEME, render_reader, render_senses

__all__ = [
    "write_json",
    "write_jsonl",
    "write_text",
    "write_markdown",
    "to_markdown",
    "render_reader",
    "render_senses",
    "READER_THEME",
    "render_html",
    "write_html",
]
