"""Find glossary surfaces in folded text with one Aho-Corasick pass.

The automaton reports every occurrence of every surface. Choosing among overlapping
occurrences is done here, in plain Python, rather than with pyahocorasick's
``iter_long``: that method has had leftmost-longest bugs with Chinese keys (its issues
#133 and #185), and selecting ourselves lets guards reject a candidate *before* it can
block a shorter, valid one. :func:`select_leftmost_longest` is checked against a
brute-force oracle in the property tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

import ahocorasick

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
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for surface in self.surfaces:
            if surface:
                self._automaton.add_word(surface, surface)
        if len(self._automaton):
            self._automaton.make_automaton()

    def candidates(self, folded: str) -> list[Candidate]:
        """Every occurrence of every surface in ``folded``, sorted by start, longest first."""
        if not len(self._automaton):
            return []
        found = [
            Candidate(last + 1 - len(surface), last + 1, surface)  # iter() gives an inclusive end
            for last, surface in self._automaton.iter(folded)
        ]
        found.sort(key=lambda c: (c.start, -c.end))
        return found

    def longest_per_start(
        self,
        folded: str,
        accept: Callable[[Candidate], bool] | None = None,
        refused_starts: set[int] | None = None,
    ) -> list[Candidate]:
        """For each start, the longest occurrence that ``accept`` keeps, sorted by start.

        Leftmost-longest selection never takes a shorter occurrence where a longer one
        starts at the same place, so :func:`select_leftmost_longest` of this list equals
        that of every accepted occurrence; but it holds at most one occurrence per
        character, where nested surfaces (三, 三三, 三三三 … on 三三三…) give n·k.
        ``accept`` may add a start to ``refused_starts`` to refuse every occurrence there
        at the cost of a set look-up.
        """
        if not len(self._automaton):
            return []
        best: dict[int, Candidate] = {}
        refused = refused_starts if refused_starts is not None else set()
        for last, surface in self._automaton.iter(folded):  # by end: later means longer for one start
            start = last + 1 - len(surface)
            if start in refused:
                continue
            candidate = Candidate(start, last + 1, surface)
            if accept is None or accept(candidate):
                best[start] = candidate
        return [best[start] for start in sorted(best)]


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
