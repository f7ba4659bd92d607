"""Where a surface counts: quotation marks around it, the words a sense needs (or must not
have) before or after it, and the reach a surface's context rules look over."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyterms.text.fold import CLOSING_QUOTES, INVISIBLE, OPENING_QUOTES, PINYIN_MAX_LENGTH, fold, fold_char

from policyterms.glossary.model import Sense


#: At most this many spaces or invisible characters (a PDF line break and its indentation,
#: several times over) may stand between a term and the
#: quotation marks around it (“ 四好农村路 ” is still quoted).
QUOTE_GAP = 100
#: Any quotation mark, opening or closing.
ANY_QUOTE = re.compile("[" + re.escape(OPENING_QUOTES + CLOSING_QUOTES) + "]")
#: Quotation marks that open and close alike: inside a span they balance by parity.
SYMMETRIC_QUOTES = "\"'＂＇"


def max_span(surface_length: int) -> int:
    """The most original characters a match of a folded surface may cover: every
    character with a pinyin annotation, plus one PDF line break and its indentation.
    A longer stretch (a term torn apart by pages of blank space) is not a mention."""
    return surface_length * (PINYIN_MAX_LENGTH + 1) + QUOTE_GAP


def outside_left(original: str, start: int, floor: int) -> int | None:
    """The index of the first visible character before ``start`` (at most QUOTE_GAP
    spaces back, never before ``floor``), or None."""
    index = start - 1
    while index >= floor and start - index <= QUOTE_GAP + 1:
        char = original[index]
        if not (char.isspace() or char in INVISIBLE):  # folding deletes it as space
            return index
        index -= 1
    return None


def outside_right(original: str, end: int) -> int | None:
    """The index of the first visible character at or after ``end`` (within QUOTE_GAP), or None."""
    for index in range(end, min(end + QUOTE_GAP + 1, len(original))):
        char = original[index]
        if not (char.isspace() or char in INVISIBLE):  # folding deletes it as space
            return index
    return None


@dataclass(frozen=True)
class SurfaceContext:
    """Where a surface counts when every sense of it is restricted: quoted (any sense
    ``quoted_only``), or followed or preceded by one of the senses' words (folded)."""

    quoted: bool
    followed_by: tuple[str, ...]
    preceded_by: tuple[str, ...]

    @property
    def reach(self) -> int:
        return max((len(w) for w in (*self.followed_by, *self.preceded_by)), default=0)


def _restricted(sense: Sense) -> bool:
    return bool(sense.quoted_only or sense.followed_by or sense.preceded_by)


def surface_context(senses: tuple[Sense, ...]) -> SurfaceContext | None:
    """``None`` when some sense of the surface counts anywhere."""
    if not all(_restricted(s) for s in senses):
        return None

    def words(attribute: str) -> tuple[str, ...]:
        folded = (fold(w).text for s in senses for w in getattr(s, attribute))
        return tuple(dict.fromkeys(w for w in folded if w))

    return SurfaceContext(any(s.quoted_only for s in senses), words("followed_by"), words("preceded_by"))


def sense_contexts(senses: tuple[Sense, ...]) -> tuple[SurfaceContext | None, ...] | None:
    """For a surface whose senses count in different contexts: each sense's own context,
    ``None`` for a sense that counts anywhere. Some senses may count anywhere and others
    only in their context (辽宁's 三大战略 and the national quoted-only one), or all may be
    restricted in different ways (河北's quoted 三件大事 and the national one after 经历了):
    a mention then counts only for the senses whose own context holds there, not for every
    sense of the surface. ``None`` for a surface whose senses are all alike."""
    restricted = [_restricted(s) for s in senses]
    if not any(restricted):
        return None
    contexts = tuple(surface_context((s,)) for s in senses)
    if all(restricted) and len(set(contexts)) == 1:
        return None
    return contexts


def _exclusion(sense: Sense) -> SurfaceContext | None:
    """Where a sense does not count (``not_followed_by``, ``not_preceded_by``), as a context
    read the other way round: 走出去 before ,请进来 is a local 招商 phrase, not the national
    strategy. ``None`` for a sense excluded nowhere."""
    if not (sense.not_followed_by or sense.not_preceded_by):
        return None

    def words(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for w in (fold(v).text for v in values) if w))

    exclusion = SurfaceContext(False, words(sense.not_followed_by), words(sense.not_preceded_by))
    return exclusion if exclusion.reach else None


def sense_exclusions(senses: tuple[Sense, ...]) -> tuple[SurfaceContext | None, ...] | None:
    """Each sense's exclusion (see :func:`_exclusion`); ``None`` when no sense of the surface has one."""
    exclusions = tuple(_exclusion(s) for s in senses)
    return exclusions if any(e is not None for e in exclusions) else None


def surface_reach(senses: tuple[Sense, ...]) -> int | None:
    """How far the context words of a surface's restricted senses, and the words that
    exclude a sense, reach; ``None`` when none of its senses is restricted or excluded
    anywhere."""
    contexts = [surface_context((s,)) for s in senses if _restricted(s)]
    exclusions = [e for e in (_exclusion(s) for s in senses) if e is not None]
    if not contexts and not exclusions:
        return None
    return max((*(c.reach for c in contexts if c is not None), *(e.reach for e in exclusions)), default=0)


def is_token_char(char: str) -> bool:
    folded = fold_char(char)
    return folded.isascii() and folded.isalnum()
