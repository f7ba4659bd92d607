"""A page is read in simplified characters with curly quotation marks, and what is read is given back as the
page writes it (:mod:`policyterms.mining.written_forms`); extraction does not depend on how a page is written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import load_script
from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from policyterms.mining.written_forms import AsWritten, read_form
from policyterms.text.fold import fold, strip_pinyin

REPO = Path(__file__).resolve().parents[1]
VARIANTS = load_script(REPO / "benchmarks" / "extract_variants.py", "extract_variants")
EVALUATION = VARIANTS.extract_eval

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


# A page of Taiwan writes 臺 and 台 both (臺北市 beside 台中市): 台 of the form stands for two characters of the page.


def test_a_component_of_a_wrapped_entry_is_given_back_from_its_own_entry():
    # 臺中市 wraps in entry 1; 台中市 stands in one piece in entry 2 only
    text = "名詞解釋\n1.六都:指臺北市、新北市、桃園市、臺中\n市、臺南市、高雄市。\n2.中彰投:指台中市、彰化縣及南投縣。\n"
    first = extract_entries(text)[0]
    assert first.term == "六都"
    assert "台中市" not in [c.text for c in first.components]
    assert "臺中市" in [c.text for c in first.components]


def test_a_component_is_given_back_from_its_own_entry_where_entries_run_on_one_line():
    # the entry before it on the line writes 台中市, this one 臺中市
    text = "臺灣的都會區\n中彰投是指台中市、彰化縣及南投縣。六都是指臺北市、新北市、桃園市、臺中市、臺南市、高雄市。\n"
    six = extract_entries(text)[-1]
    assert six.term == "六都"
    assert [c.text for c in six.components][:6] == ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"]


def test_a_term_of_a_question_line_is_given_back_from_that_line_not_from_its_answer():
    # the question writes 臺灣, the answer restating the term 台灣
    text = "統計指標解釋\n臺灣地區生產總值指什麼?\n\n指台灣地區所有常住單位在一定時期內生產活動的最終成果,台灣地區生產總值等於各產業增加值之和。\n"
    assert [e.term for e in extract_entries(text)] == ["臺灣地區生產總值"]


def test_components_are_given_back_from_the_entry_not_from_an_answer_fragment_before_it_on_its_line():
    # P277's run-on answer in the writing of a Taiwan page that mixes 臺 and 台: the fragment before the entry writes
    # 台中市, the entry 臺中市
    text = "台北市、台中市、高雄市。六都指的是臺北市、新北市、桃園市、臺中市、臺南市和高雄市。\n"
    (six,) = [e for e in extract_entries(text) if e.term == "六都"]
    assert [c.text for c in six.components] == ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"]


def test_a_subject_named_before_its_entry_is_given_back_from_there_not_from_the_title():
    text = (
        "台灣數位基礎設施建設說明\n"
        "數位建設主要包括兩個方面:\n一是臺灣數位基礎設施。\n主要是指基於新一代資訊技術演化生成的基礎設施。\n"
        "二是融合基礎設施。\n主要是指深度應用網際網路、大數據等技術,支撐傳統基礎設施轉型升級而形成的基礎設施。\n"
    )
    assert [e.term for e in extract_entries(text)] == ["臺灣數位基礎設施", "融合基礎設施"]


def test_converter_pinyin_in_full_width_brackets_is_skipped_like_ascii_brackets():
    # 爲 of a converter is known in its simplified form only; 里 and 裡 both stand on the page
    ascii = "韶關市2002年國民經濟和社會發展統計公報(3)\n\n注:\n\n1.本公報爲初步統計數,表裡數據按當年價計算;\n\n2.公路里(lǐ)程含義爲報告期末公路的實際長度,包括城鄉道路中符合公路技術等級的里程。\n"
    full = ascii.replace("(lǐ)", "（lǐ）")
    assert [(e.term, e.definition) for e in extract_entries(full)] == [(e.term, e.definition) for e in extract_entries(ascii)] == [
        ("公路里程", "含義爲報告期末公路的實際長度,包括城鄉道路中符合公路技術等級的里程。")
    ]


def test_a_page_indented_with_em_spaces_reads_like_one_indented_with_ideographic_spaces():
    # 102-yongchun-2022 as a web page writes it, every line indented with &emsp;&emsp;
    page = "永春县林业局\n\n林长制\n\n林长制是指按照分级负责原则,构建省市县乡村五级林长制体系,各级林长负责督促指导本责任区内森林资源保护发展工作。\n"
    ideographic = re.sub(r"(?m)^(?=[^\n])", "\u3000\u3000", page)
    em = re.sub(r"(?m)^(?=[^\n])", "\u2003\u2003", page)
    want = [(e.term, e.definition, e.line) for e in extract_entries(page)]
    assert want and [(e.term, e.definition, e.line) for e in extract_entries(ideographic)] == want
    assert [(e.term, e.definition, e.line) for e in extract_entries(em)] == want


def test_giving_strings_back_looks_no_further_than_the_end_of_their_entry():
    # a long page holding both 臺 and 台, each string wrapped over a line break: found within its entry, not by a
    # search to the end of the page for every string
    import time

    entry = "臺灣地區各級政府推動的建設計畫,\n包括交通、水利與能源等基礎設施的興建。\n"
    text = "台灣\n" + entry * 40_000
    written = AsWritten(text, read_form(text))
    string = "台湾地区各级政府推动的建设计画,包括交通"
    began = time.process_time()
    for near in range(5, 5 + 2_000 * len(entry), len(entry)):
        assert written.back(string, near, near + len(entry)) == "臺灣地區各級政府推動的建設計畫,包括交通"
    assert time.process_time() - began < 2


def test_extracting_wrapped_entries_of_a_page_with_both_forms_stays_linear():
    import time

    body = "包括交通、水利與能源等基礎設施的興建與維護工作,並由中央與地方共同分擔經費,以促進區域均衡發展與產業升級。" * 3

    def seconds(n: int) -> float:
        lines = ["名詞解釋"] + [f"{i}.{'臺台'[i % 2]}灣第{i}號計畫:是指由{'臺台'[i % 2]}灣地區各級政府推動的第{i}項建設計畫,\n{body}" for i in range(1, n + 1)]
        text = "\n".join(lines) + "\n"
        began = time.process_time()
        entries = extract_entries(text)
        assert len(entries) == n
        return time.process_time() - began

    small, large = seconds(1_000), seconds(8_000)
    assert large < 20 * max(small, 0.01)  # ×8 text: linear (×8), not quadratic (×64)
