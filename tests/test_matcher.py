"""Leftmost-longest selection, proved against a brute-force oracle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms.text.matcher import Candidate, Matcher, select_leftmost_longest

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


@settings(max_examples=200)
@given(
    st.lists(st.text(alphabet="一二\udc80𠀀4", min_size=1, max_size=4), min_size=1, max_size=6, unique=True),
    st.text(alphabet="一二\udc80𠀀4x", max_size=30),
)
def test_lone_surrogates_and_astral_characters_find_every_occurrence(keys: list[str], text: str) -> None:
    """A lone surrogate (in a surface or the text) falls back to pyahocorasick; astral
    characters count as one index. Either way: every occurrence, and it pickles."""
    import pickle

    matcher = Matcher(keys)
    expected = sorted(all_occurrences(text, keys), key=lambda c: (c[0], -c[1]))
    assert [tuple(c) for c in matcher.candidates(text)] == expected
    again = pickle.loads(pickle.dumps(matcher))
    assert [tuple(c) for c in again.candidates(text)] == expected


def test_nested_surfaces_give_the_oracle_s_selection() -> None:
    # 三, 三三, … 三×59 over 三×2000: every start has 59 nested occurrences; the annotator
    # keeps one per start (the longest it accepts), and the selection is the oracle's
    keys = ["三" * n for n in range(1, 60)]
    text = "三" * 2000
    assert [tuple(c) for c in select_leftmost_longest(Matcher(keys).candidates(text))] == oracle(text, keys)
