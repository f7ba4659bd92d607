"""Attack the annotator with the noise users really paste, on real sentences.

Each strategy takes a sentence from a bundled report and injects one kind of noise found
in real documents: whitespace and PDF line breaks inside terms, other quotation styles,
full-width digits and letters, traditional characters, converter pinyin after characters,
zero-width characters, NBSP and U+3000. The same terms must be found, at spans that map
back into the noisy original.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from policyterms.annotate.annotator import Annotator
from policyterms.text.fold import fold

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
SIMPLIFIED_REPORTS = ["jinshan-2020-work-report.txt", "jiading-2020-h1-report.txt", "yangpu-2020-key-tasks.txt"]


@lru_cache(maxsize=1)
def annotator() -> Annotator:
    return Annotator()


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    """Real sentences (split at 。) that mention at least one glossary term."""
    found = []
    for name in SIMPLIFIED_REPORTS:
        for sentence in (TEXTS / name).read_text(encoding="utf-8").replace("\n", "").split("。"):
            if 5 < len(sentence) < 300 and annotator().annotate(sentence):
                found.append(sentence + "。")
    return tuple(found)


def terms(text: str) -> list[str]:
    return [a.sense_id for a in annotator().annotate(text)]


def check_spans(text: str) -> None:
    for a in annotator().annotate(text):
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.text
        assert fold(a.text).text in {fold(s).text for s in a.sense.surfaces}


def insert_at_random(sentence: str, pieces: list[str], rng: random.Random) -> str:
    chars = list(sentence)
    for piece in pieces:
        chars.insert(rng.randrange(len(chars) + 1), piece)
    return "".join(chars)


SPACES = [" ", "\n", "\r\n", "\n        ", "\t", "\u3000", "\u00a0", "\u200b", "\u200d", "\ufeff"]
QUOTE_STYLES = [("“", "”"), ("「", "」"), ('"', '"'), ("＂", "＂"), ("『", "』"), ("〝", "〞")]
PINYIN = ["(qū)", "(jīng)", "(wǎng)", "(zhì)", "(fā)", "(nóng)", "(huì)", "(yè)"]


def _whitespace(sentence: str, rng: random.Random) -> str:
    return insert_at_random(sentence, [rng.choice(SPACES) for _ in range(rng.randint(1, 10))], rng)


def _quotes(sentence: str, rng: random.Random) -> str:
    opening, closing = rng.choice(QUOTE_STYLES)
    return sentence.replace("“", opening).replace("”", closing)


def _full_width(sentence: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() or c == "+" else c for c in sentence)


def _traditional(sentence: str, rng: random.Random) -> str:
    return OpenCC("s2t").convert(sentence)


def _pinyin(sentence: str, rng: random.Random) -> str:
    out = []
    for char in sentence:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff" and rng.random() < 0.3:
            out.append(rng.choice(PINYIN))
    return "".join(out)


NOISES = {
    "whitespace": _whitespace,
    "quotes": _quotes,
    "full_width": _full_width,
    "traditional": _traditional,
    "pinyin": _pinyin,
}


@pytest.mark.parametrize("noise", sorted(NOISES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(min_value=0), seed=st.integers(0, 2**32 - 1))
def test_same_terms_under_noise(noise: str, index: int, seed: int) -> None:
    sentence = sentences()[index % len(sentences())]
    noisy = NOISES[noise](sentence, random.Random(seed))
    assert terms(noisy) == terms(sentence), noisy
    check_spans(noisy)


@settings(max_examples=60, deadline=None)
@given(index=st.integers(min_value=0), seed=st.integers(0, 2**32 - 1))
def test_same_terms_under_all_noises_at_once(index: int, seed: int) -> None:
    sentence = sentences()[index % len(sentences())]
    rng = random.Random(seed)
    noisy = sentence
    for name in ("traditional", "full_width", "quotes", "whitespace", "pinyin"):
        noisy = NOISES[name](noisy, rng)
    assert terms(noisy) == terms(sentence), noisy
    check_spans(noisy)


def test_there_are_enough_real_sentences() -> None:
    assert len(sentences()) >= 50


HOSTILE = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),  # everything encodable, incl. RTL, emoji, NUL
        st.sampled_from(["\u0301", "\u200f", "\u202e", "\ud800", "\udfff", "\x00", "👍", "四好农村路", "“", "("]),
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    check_spans(text)
    assert [a.to_json() for a in annotator().annotate_chunks([text[:7], text[7:]])] == [
        a.to_json() for a in annotator().annotate(text)
    ]
