"""A page is read in simplified characters with curly quotation marks, and what is read is given back as the
page writes it (:mod:`policyterms.mining.written_forms`); extraction does not depend on how a page is written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import load_script
from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from policyterms.mining.written_forms import AsWritten, read_form
from policyterms.text.fold import fold, strip_pinyin

REPO = Path(__file__).resolve().parents[1]
VARIANTS = load_script(REPO / "benchmarks" / "extract_variants.py", "extract_variants")
EVALUATION = VARIANTS._extract_eval()

# Simplified and traditional characters that fold to one (发 發 髮, 里 裡 裏, 为 為 爲), quotation marks, blanks, pinyin.
_PIECES = st.sampled_from(list("发發髮里裡裏为為爲说說説是指的词詞语語") + ['"', "“", "”", "\n", " ", "\u3000", "(qū)", "。", ","])
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@given(_TEXTS)
def test_the_form_read_keeps_every_offset(text):
    form = read_form(text)
    assert len(form) == len(text)
    assert all(o == f or fold(o).text == fold(f).text for o, f in zip(text, form))


@given(_TEXTS, st.data())
def test_every_slice_of_the_form_is_given_back_as_written(text, data):
    form = read_form(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert AsWritten(text, form).back(form[start:end], start) == text[start:end]


def test_a_string_joined_over_a_line_break_and_pinyin_is_given_back_from_its_place():
    # a page holding both 裡 and 里: 里 of the form stands for two characters of the page
    text = "統計指標裡的X\n名詞解釋:鄉村里(lǐ)\n  程碑指…\n"
    written = AsWritten(text, read_form(text))
    assert written.back("乡村里程碑指…", 8) == "鄉村里程碑指…"
    assert written.back("统计指标里", 0) == "統計指標裡"
    assert written.back("找不到的里", 0) is None


def test_a_traditional_page_with_straight_marks_gives_its_entries_as_written():
    # P311's opening (traditional characters, straight quotation marks), then a dash item
    text = '三通一平意思\n"三通一平"是一個中國大陸的術語,指的是在工業項目開發中,對土地進行的基礎設施準備工作。\n- 通水:指水源能夠到達項目用地。\n- 通電:指電力供應能夠到達項目用地。\n'
    entries = extract_entries(text)
    assert [(e.term, e.definition) for e in entries] == [
        ('"三通一平"', "是一個中國大陸的術語,指的是在工業項目開發中,對土地進行的基礎設施準備工作。"),
        ("通水", "指水源能夠到達項目用地。"),
        ("通電", "指電力供應能夠到達項目用地。"),
    ]
    assert all(e.quote in text for e in entries)


def test_a_question_title_in_traditional_characters_is_read_like_its_simplified_form():
    # 14-fuzhou-2025 in traditional characters: 什麼 and 裡 of the question title were known in simplified only
    simplified = "统计指标里居民消费价格指数指什么?\n\n  指反映一定时期内城乡居民所购买的生活消费品价格变动的相对数。\n"
    traditional = "統計指標裡居民消費價格指數指什麼?\n\n  指反映一定時期內城鄉居民所購買的生活消費品價格變動的相對數。\n"
    assert [e.term for e in extract_entries(simplified)] == ["居民消费价格指数"]
    assert [(e.term, e.definition) for e in extract_entries(traditional)] == [
        ("居民消費價格指數", "指反映一定時期內城鄉居民所購買的生活消費品價格變動的相對數。")
    ]


def _entries(text: str, rewrite=str) -> list[tuple[str, str]]:
    try:
        return [(fold(rewrite(e.term)).text, fold(rewrite(e.definition)).text) for e in extract_entries(text)]
    except InputError:
        return []


def _bundled_pages() -> list[Path]:
    held_out = EVALUATION.held_out_names()
    return [p for p in sorted((REPO / "tests" / "data" / "appendices").glob("*.txt")) if p.name[:-4] not in held_out and p.with_suffix(".gold.yaml").is_file()]


@pytest.mark.parametrize(
    "variant", ["traditional", "traditional-hk", "traditional-tw", "straight-quotes", "corner-quotes", "indent", "crlf", "trailing-blanks", "no-break-spaces"]
)
def test_the_bundled_pages_give_the_same_entries_however_they_are_written(variant):
    rewrite = VARIANTS.VARIANTS[variant]
    changed = []
    for page in _bundled_pages():
        text = EVALUATION.page_text(page)[0]
        rewritten = rewrite(text)
        if _entries(rewritten) != _entries(text, rewrite):
            changed.append(page.name)
        try:
            entries = extract_entries(rewritten)
        except InputError:
            continue
        squeezed = re.sub(r"\s+", "", strip_pinyin(rewritten))  # (converter pinyin is removed from every entry)
        assert all(re.sub(r"\s+", "", e.term) in squeezed for e in entries), page.name  # given back as written
    assert changed == []
