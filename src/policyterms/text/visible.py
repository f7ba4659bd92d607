"""Control characters shown, never obeyed: what reaches a terminal is text.

A document or a glossary can carry escape sequences (``\\x1b]0;…\\x07`` retitles the
window, ``\\x1b[2J`` clears the screen). Everything the terminal outputs print from a
document or a glossary goes through :func:`visible`, which writes each control character
in caret notation as ``less`` does (``ESC`` → ``^[``, ``DEL`` → ``^?``) and C1 controls as
``<U+009B>``; line breaks and tabs are kept.

>>> visible("正常\\x1b[2J文本\\x07")
'正常^[[2J文本^G'
"""

from __future__ import annotations

__all__ = ["visible"]

_KEPT = "\n\t"
_TABLE = {code: f"^{chr(code + 64)}" for code in range(0x20) if chr(code) not in _KEPT}
_TABLE[0x7F] = "^?"
_TABLE.update({code: f"<U+{code:04X}>" for code in range(0x80, 0xA0)})
_TABLE.update({ord(c): f"<U+{ord(c):04X}>" for c in "\u2028\u2029\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f"})


def visible(text: str) -> str:
    """``text`` with every control character written out visibly (see the module)."""
    return text.translate(_TABLE)
