"""Folding: the same function for patterns and text, and an exact map back."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms.fold import QUOTES, fold, fold_char

# Characters real documents mix: simplified and traditional Han, digits of both widths,
# Latin letters, every quote style, whitespace of every kind, and pinyin-like noise.
HAN = "三张清单四好农村路區經濟發網兩個維護穩保一二五六七八九十"
NOISE_SPACES = " \t\n\r\u3000\u00a0\u200b\ufeff"
ALPHABET = HAN + "0123456789１２３ＡＢabcG+-—" + QUOTES + NOISE_SPACES + "，、。:："
text_strategy = st.text(alphabet=ALPHABET, max_size=60)
pinyin_noise = st.sampled_from(["(qū)", "(jīng)", "(fā)", "(wǎng)", "(zhì)"])
pattern_strategy = st.text(alphabet=HAN + "0123456789ＡＢab+" + "“”「」\"", min_size=1, max_size=12)


def test_traditional_pinyin_noise_folds_to_simplified() -> None:
    original = "“四好農(nóng)村路”和“一網(wǎng)通辦”"
    folded = fold(original)
    assert folded.text == "四好农村路和一网通办"


def test_pdf_line_break_inside_a_term_is_removed() -> None:
    assert fold("建设1个市\n      民健身中心").text == "建设1个市民健身中心"


def test_real_parentheses_are_kept() -> None:
    assert fold("常務委員會第三十三次(擴大)會議").text == "常务委员会第三十三次(扩大)会议"
    assert fold("各街镇(金山工业区)").text == "各街镇(金山工业区)"


def test_full_width_and_dash_variants() -> None:
    assert fold("１＋４＋４＋８").text == "1+4+4+8"
    assert fold("卫零北路—卫零路").text == fold("卫零北路-卫零路").text


def test_span_includes_pinyin_of_last_character() -> None:
    original = "推進區(qū)域發(fā)展"
    folded = fold(original)
    start = folded.text.index("区域")
    a, b = folded.span_to_original(start, start + 2)
    assert original[a:b] == "區(qū)域"


@given(text_strategy)
def test_every_folded_character_maps_back_to_a_character_that_folds_to_it(text: str) -> None:
    folded = fold(text)
    for index, char in enumerate(folded.text):
        assert fold_char(text[folded.to_original(index)]) == char


@given(text_strategy, st.data())
def test_spans_map_back_to_text_that_folds_to_the_same(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    if not folded.text:
        return
    start = data.draw(st.integers(0, len(folded.text) - 1))
    end = data.draw(st.integers(start + 1, len(folded.text)))
    a, b = folded.span_to_original(start, end)
    assert 0 <= a < b <= len(text)
    assert fold(text[a:b]).text == folded.text[start:end]


@settings(max_examples=300)
@given(text_strategy, pattern_strategy, text_strategy, st.lists(pinyin_noise, max_size=2))
def test_folding_agrees_for_a_pattern_and_any_text_containing_it(
    before: str, pattern: str, after: str, noise: list[str]
) -> None:
    assert fold(pattern).text in fold(before + pattern + "".join(noise) + after).text


@given(text_strategy)
def test_folding_is_idempotent(text: str) -> None:
    once = fold(text).text
    assert fold(once).text == once


@given(st.text(max_size=80))
def test_arbitrary_unicode_never_crashes_and_maps_back(text: str) -> None:
    folded = fold(text)
    assert len(folded.text) <= len(text)
    for index in range(len(folded.text)):
        assert 0 <= folded.to_original(index) < len(text)


# The fast path: two cheap passes and a list-indexed table must equal the one-pass pattern
# and the dict table they replace, on any text (pinyin-like noise, parentheses, astral Han).
fast_path_text = st.lists(
    st.one_of(
        st.text(alphabet=ALPHABET + "()（）abcnqū", max_size=8),
        pinyin_noise,
        st.sampled_from(["(a)", "(ii)", "(擴大)", "^(qū)", "l(fā)", "𠀀", "𪚥", "\U0002a6a5"]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=500)
@given(fast_path_text)
def test_two_pass_deletions_equal_the_one_pass_pattern(text: str) -> None:
    from policyterms.fold import _DELETIONS, _deletions, fold_table, substitute

    substituted = text.translate(fold_table())
    assert substitute(text) == substituted
    one_pass = [(m.start(), m.end(), m.lastgroup == "pinyin") for m in _DELETIONS.finditer(substituted)]
    assert _deletions(substituted) == one_pass
