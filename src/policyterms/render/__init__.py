"""Output formats: machine-readable records and the terminal reader."""

from .records import write_json, write_jsonl, write_text
from .reader import READER_THEME, render_reader, render_senses

__all__ = ["write_json", "write_jsonl", "write_text", "render_reader", "render_senses", "READER_THEME"]
