"""Jargon inside reference spans, foreign senses and evidence words: the edges of each.

Each test here was written against an input that broke the rule it names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import code_sense, records, split

from policyterms.annotate.annotator import Annotator
from policyterms.annotate.choice import DocumentEvidence
from policyterms.glossary.model import Glossary



def _glossary() -> Glossary:
    return Glossary(
        (
            # a name kept for look-up nationally that is one province's own term: the
            # national reference sense is the one a document from elsewhere reads
            code_sense("双拥模范城", reference=True),
            code_sense("双拥模范城", scope="浙江省"),
            code_sense("双拥"),
            code_sense("市场准入负面清单", reference=True),
            code_sense("负面清单制"),
            code_sense("负面清单"),
            code_sense("准入"),
            code_sense("黄河流域生态保护和高质量发展", reference=True),
            code_sense("生态保护", reference=True),
            code_sense("高质量发展"),
            code_sense("质量"),
        ),
        {},
    )


def texts(annotations) -> list[str]:
    return [a.text for a in annotations]


def test_jargon_inside_a_reference_span_is_reported() -> None:
    # a name kept for look-up is not flagged, but a term named wholly inside it is a mention;
    # inside, leftmost-longest again (准入 and 负面清单 in 市场准入负面清单)
    text = "推动黄河流域生态保护和高质量发展，蝉联全国双拥模范城市，实行市场准入负面清单制度。"
    assert texts(Annotator(_glossary()).annotate(text)) == ["高质量发展", "双拥", "准入", "负面清单"]
    with_references = Annotator(_glossary(), references=True).annotate(text)
    assert texts(with_references) == ["黄河流域生态保护和高质量发展", "双拥模范城", "市场准入负面清单"]


def test_jargon_at_the_start_of_a_reference_sense_of_a_mixed_surface_is_reported() -> None:
    # 双拥模范城 has a reference sense (chosen here) and another province's term sense: the
    # surface is not wholly a reference one, but the span it holds is, and 双拥 inside it
    # (which starts where it starts) is a mention as it is inside 黄河流域…, 市场准入…
    annotator = Annotator(_glossary())
    assert texts(annotator.annotate("蝉联全国双拥模范城市")) == ["双拥"]
    assert texts(Annotator(_glossary(), scope="江西省").annotate("蝉联全国双拥模范城市")) == ["双拥"]
    # the province's own document reads its term sense, reported whole
    assert texts(Annotator(_glossary(), scope="浙江省").annotate("蝉联全国双拥模范城市")) == ["双拥模范城"]


def test_shipped_mixed_reference_surface_reports_the_longest_term_inside() -> None:
    # 铸牢中华民族共同体意识示范区: 广西's reference sense, 宁夏's term; in 广西 the span is a
    # reference one and the national term 铸牢中华民族共同体意识 at its start is the mention
    found = Annotator(scope="广西壮族自治区").annotate("铸牢中华民族共同体意识示范区建设。")
    assert [(a.text, a.sense.scope) for a in found] == [("铸牢中华民族共同体意识", "全国")]


def test_a_term_wholly_inside_a_reference_span_is_found_behind_a_longer_one_that_leaves_it() -> None:
    # 负面清单制 starts inside 市场准入负面清单 but ends past it; 负面清单, at the same start,
    # is wholly inside and is reported
    annotator = Annotator(_glossary())
    assert texts(annotator.annotate("实行市场准入负面清单制度")) == ["准入", "负面清单"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实行市场准入“负面清单”制度", ["准入", "“负面清单”"]),
        ("实行市场准入负面“清单”制度", ["准入", "负面“清单”"]),
        ("实行“市场准入负面清单”制度", ["准入", "负面清单"]),
        ("推动黄河流域生态保护和“高质量发展”", ["“高质量发展”"]),
    ],
)
def test_a_term_inside_a_reference_span_is_highlighted_with_its_quotes(text: str, expected: list[str]) -> None:
    # as anywhere else: a quoted term is highlighted with its quotes, and no highlight holds
    # an unbalanced quote
    found = Annotator(_glossary()).annotate(text)
    assert texts(found) == expected
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.text.count("“") == a.text.count("”"), a


PIECES = [
    "蝉联全国双拥模范城市",
    "实行市场准入负面清单制度",
    "市场准入“负面清单”",
    "负面“清单”",
    "推动黄河流域生态保护和高质量发展",
    "黄河流域“生态保护”和高质量",
    "双拥",
    "“",
    "”",
    "。",
    "\n",
    " ",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=200),
    st.lists(st.integers(1, 50), max_size=40),
    st.sampled_from([None, "江西省", "浙江省"]),
)
def test_streaming_equals_whole_text_with_mixed_reference_surfaces(pieces, sizes, scope) -> None:
    annotator = Annotator(_glossary(), scope=scope)
    text = "".join(pieces)
    whole = annotator.annotate(text)
    for a in whole:
        assert text[a.start : a.end] == a.text
        assert not a.sense.reference
    assert all(a.end <= b.start for a, b in zip(whole, whole[1:]))
    assert records(annotator.annotate_chunks(split(text, sizes))) == records(whole)


@pytest.mark.parametrize("period", [29, 31, 37])
def test_mixed_reference_spans_across_window_safe_points_report_their_insides_once(period: int) -> None:
    annotator = Annotator(_glossary())
    # past the evidence window a stream is annotated in windows that commit what starts before
    # a safe point; with these periods the reference spans fall across it in many windows
    unit = "实行市场准入负面清单制度，蝉联全国双拥模范城市，推动黄河流域生态保护和高质量发展"
    text = "。" * 20_000 + (unit + "。" * period) * 600
    whole = records(annotator.annotate(text))
    assert [r["text"] for r in whole] == ["准入", "负面清单", "双拥", "高质量发展"] * 600
    assert records(annotator.annotate_chunks(split(text, [97] * (len(text) // 97 + 1)))) == whole


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("加快北京城市副中心建设。北京城市副中心", "北京市"),  # 北京 before 城市: a city's name, not a county word
        ("杭州城市大脑", "浙江省"),
        ("上海城市数字化转型", "上海市"),
    ],
)
def test_a_two_character_city_name_before_a_county_word_is_still_a_place(text: str, province: str) -> None:
    annotator = Annotator()
    tables = annotator._tables
    evidence = DocumentEvidence.from_text(text, tables.scopes, tables.place_surfaces, finder=tables.evidence)
    assert evidence.home_province == province


@pytest.mark.parametrize("tail", [60, 120, 180])
@pytest.mark.parametrize("size", [97, 5_000])
def test_a_furniture_line_across_a_window_end_is_judged_whole(tail: int, size: int) -> None:
    # a window used to commit terms up to a few dozen folded characters from its end, where
    # the breadcrumb line 首页>负面清单yyy… was cut: not seen whole, it was no furniture there
    annotator = Annotator(_glossary())
    text = "。" * 20_000 + ("x" * 150 + "\n首页>负面清单" + "y" * tail + "\n") * 300
    assert annotator.annotate(text) == []
    assert records(annotator.annotate_chunks(split(text, [size] * (len(text) // size + 1)))) == []


SHIPPED_PIECES = [
    "森林四库",
    "四库",
    "海南自由贸易港",
    "自由贸易港",
    "铸牢中华民族共同体意识示范区",
    "市场准入负面清单",
    "黄河流域生态保护和高质量发展",
    "双拥模范城",
    "“",
    "”",
    "。",
    "\n",
    "首页 > 政务公开\n",
    "【 打印",
    "】\n",
    "振兴县域",
    "和县",
    "x" * 40,
]


@pytest.fixture(scope="module")
def shipped() -> dict:
    return {scope: Annotator(scope=scope) for scope in (None, "广西壮族自治区", "宁夏回族自治区", "海南省")}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(SHIPPED_PIECES), min_size=1, max_size=200),
    st.lists(st.integers(1, 300), max_size=60),
    st.sampled_from([None, "广西壮族自治区", "宁夏回族自治区", "海南省"]),
    st.sampled_from(["", "广西壮族自治区南宁市", "宁夏回族自治区", "浙江省", "安徽省和县县委"]),
    st.integers(0, 50),
)
def test_windows_equal_whole_text_with_foreign_and_reference_senses(shipped, pieces, sizes, scope, head, pad) -> None:
    # past the evidence window a stream is annotated in windows: foreign senses, reference
    # spans of mixed surfaces and furniture lines must fall the same way in any of them
    annotator = shipped[scope]
    text = head + "。" * (20_000 + pad) + "".join(pieces)
    whole = annotator.annotate(text)
    for a in whole:
        assert text[a.start : a.end] == a.text
        assert a.text.count("“") == a.text.count("”"), a
    assert all(a.end <= b.start for a, b in zip(whole, whole[1:]))
    assert records(annotator.annotate_chunks(split(text, sizes))) == records(whole)
