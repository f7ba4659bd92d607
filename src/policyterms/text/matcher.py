"""Find glossary surfaces in folded text with one Aho-Corasick pass.

The automaton reports every occurrence of every surface. Choosing among overlapping
occurrences is done here, in plain Python, rather than by the automaton's own
leftmost-longest search (pyahocorasick's ``iter_long`` has had leftmost-longest bugs with
Chinese keys, its issues #133 and #185), and selecting ourselves lets guards reject a
candidate *before* it can block a shorter, valid one. :func:`select_leftmost_longest` is
checked against a brute-force oracle in the property tests.

The automaton is daachorse's character-wise double-array Aho-Corasick: it reports every
occurrence three times faster than pyahocorasick's ``iter`` on a million characters of
reports with two thousand surfaces (whose root node has a child for nearly every
character), and it pickles, so a cached glossary loads it without rebuilding. It reads
Rust strings, which cannot hold a lone surrogate (``\udc80``, as ``surrogateescape``
decoding leaves them): a text or surface holding one is searched with pyahocorasick
instead, with the same results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

import daachorse

__all__ = ["Candidate", "Matcher", "select_leftmost_longest"]


class Candidate(NamedTuple):
    """An occurrence of a folded surface: half-open ``[start, end)`` in folded text."""

    start: int
    end: int
    surface: str


class Matcher:
    """An automaton over folded surfaces, compiled once and never mutated afterwards."""

    def __init__(self, surfaces: Iterable[str] | Mapping[str, object]) -> None:
        self.surfaces = frozenset(surfaces)
        #: the surfaces by pattern number, as the automaton reports them
        self.patterns: tuple[str, ...] = tuple(sorted(s for s in self.surfaces if s))
        self._automaton: Any = None
        self._fallback: Any = None  # pyahocorasick, built on first need (see the module docstring)
        if self.patterns:
            try:
                self._automaton = daachorse.CharwiseDoubleArrayAhoCorasick(list(self.patterns))
            except (UnicodeEncodeError, ValueError):  # a lone surrogate in a surface
                self._automaton = None
                self._fallback = self._pyahocorasick()

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_fallback": None}  # rebuilt on need, not pickled

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if self.patterns and self._automaton is None:
            self._fallback = self._pyahocorasick()

    def _pyahocorasick(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS, ahocorasick.KEY_STRING)
        for number, surface in enumerate(self.patterns):
            automaton.add_word(surface, number)
        automaton.make_automaton()
        return automaton

    @cached_property
    def suffix_depth(self) -> int:
        """The most surfaces that can end at one place of a text: the longest chain of
        surfaces each a suffix of the next (三, 三三, 三三三 … is 3 for those three). Every
        occurrence reported at one end is a suffix of the longest one ending there, so a
        text of n characters yields at most n × suffix_depth occurrences: annotation sizes
        its windows by it. Computed on first use (a pass over the surfaces themselves)."""
        return max(
            (sum(1 for _, end, _ in self.spans(surface) if end == len(surface)) for surface in self.patterns),
            default=0,
        )

    def spans(self, folded: str) -> list[tuple[int, int, int]]:
        """Every occurrence as ``(start, end, pattern number)``, half-open in ``folded``,
        sorted by start, longest first (the pattern is ``patterns[number]``)."""
        if not self.patterns or not folded:
            return []
        found: list[tuple[int, int, int]] | None = None
        if self._automaton is not None:
            try:
                found = self._automaton.find_overlapping(folded)
            except UnicodeEncodeError:  # a lone surrogate in the text
                found = None
        if found is None:
            if self._fallback is None:
                self._fallback = self._pyahocorasick()
            patterns = self.patterns
            found = [(last + 1 - len(patterns[n]), last + 1, n) for last, n in self._fallback.iter(folded)]
        # by start, longest first: the matcher reports by end, so sort by end descending,
        # then (stably) by start; two C-level key sorts beat one Python key function
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
        return found

    def candidates(self, folded: str) -> list[Candidate]:
        """Every occurrence of every surface in ``folded``, sorted by start, longest first."""
        patterns = self.patterns
        return [Candidate(start, end, patterns[n]) for start, end, n in self.spans(folded)]


_START, _END = itemgetter(0), itemgetter(1)


def select_leftmost_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping occurrences: at each point the leftmost, and of those the longest.

    ``1+4+4+8`` therefore wins over ``1+4+4`` starting at the same place, and an
    occurrence that starts inside a chosen one is dropped.
    """
    chosen: list[Candidate] = []
    covered_until = 0
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if candidate.start >= covered_until:
            chosen.append(candidate)
            covered_until = candidate.end
    return chosen
