"""Leftmost-longest selection, proved against a brute-force oracle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms.matcher import Candidate, Matcher, select_leftmost_longest

keys_strategy = st.lists(st.text(alphabet="一二三4+8", min_size=1, max_size=5), min_size=1, max_size=8, unique=True)
text_strategy = st.text(alphabet="一二三4+8x", max_size=40)


def oracle(text: str, keys: list[str]) -> list[tuple[int, int, str]]:
    """Scan left to right; at the first position where any key starts, take the longest."""
    chosen = []
    position = 0
    while position < len(text):
        here = [k for k in keys if text.startswith(k, position)]
        if here:
            longest = max(here, key=len)
            chosen.append((position, position + len(longest), longest))
            position += len(longest)
        else:
            position += 1
    return chosen


def all_occurrences(text: str, keys: list[str]) -> set[tuple[int, int, str]]:
    return {(i, i + len(k), k) for k in keys for i in range(len(text)) if text.startswith(k, i)}


@settings(max_examples=500)
@given(keys_strategy, text_strategy)
def test_leftmost_longest_matches_the_oracle(keys: list[str], text: str) -> None:
    matcher = Matcher(keys)
    chosen = select_leftmost_longest(matcher.candidates(text))
    assert [tuple(c) for c in chosen] == oracle(text, keys)


@given(keys_strategy, text_strategy)
def test_candidates_are_every_occurrence_half_open(keys: list[str], text: str) -> None:
    found = {tuple(c) for c in Matcher(keys).candidates(text)}
    assert found == all_occurrences(text, keys)
    assert all(text[s:e] == k for s, e, k in found)


def test_longer_formula_wins() -> None:
    matcher = Matcher(["1+4+4", "1+4+4+8新型产业体系"])
    chosen = select_leftmost_longest(matcher.candidates("聚焦1+4+4+8新型产业体系"))
    assert chosen == [Candidate(2, 15, "1+4+4+8新型产业体系")]


def test_empty_matcher_finds_nothing() -> None:
    assert Matcher([]).candidates("三张清单") == []


@settings(max_examples=500)
@given(keys_strategy, text_strategy, st.integers(min_value=0, max_value=3))
def test_longest_per_start_selects_what_every_occurrence_selects(keys: list[str], text: str, seed: int) -> None:
    matcher = Matcher(keys)

    def accept(candidate: Candidate) -> bool:  # a guard that rejects some occurrences
        return (candidate.start * 7 + candidate.end * 3 + seed) % 4 != 0

    every = [c for c in matcher.candidates(text) if accept(c)]
    collapsed = matcher.longest_per_start(text, accept)
    assert len({c.start for c in collapsed}) == len(collapsed) <= len(text)
    assert select_leftmost_longest(collapsed) == select_leftmost_longest(every)
    assert select_leftmost_longest(matcher.longest_per_start(text)) == select_leftmost_longest(matcher.candidates(text))


def test_nested_surfaces_keep_one_candidate_per_start() -> None:
    keys = ["三" * n for n in range(1, 60)]
    text = "三" * 2000
    collapsed = Matcher(keys).longest_per_start(text)
    assert len(collapsed) == len(text)  # not n·k = 2000 × 59
    assert [tuple(c) for c in select_leftmost_longest(collapsed)] == oracle(text, keys)
