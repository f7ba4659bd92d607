"""Across sets (thirty-ninth round): a "term" that is a sentence cut before its marker — a subject holding its clause's own
verb (``双减政策的实施需要全社会的支持和参与`` / ``包括…``, dev-44's P1386; ``10年前提出跨岛战略``, dev-48's P1626;
``最早见于《韩非子·内储说上》`` / ``指…``, dev-40's P1185; ``德國哲學家康德最早將其用于哲學思辨`` / ``指代…``, dev-46's P1556;
``自2008年开始`` / ``不包括单车。``, dev-48's 430) is no headword. ``需要`` as a noun before 的 stays (``有特殊教育需要的學生``,
dev-36's 280, a gold term)."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import _good_term


def test_subjects_holding_their_clause_verb_are_no_terms():
    for text in (
        "双减政策的实施需要全社会的支持和参与",
        "10年前提出跨岛战略",
        "最早见于《韩非子·内储说上》",
        "德國哲學家康德最早將其用于哲學思辨",
        "自2008年开始",
    ):
        assert not _good_term(text), text


def test_terms_of_the_same_look_stay():
    assert _good_term("有特殊教育需要的學生")  # dev-36's 280: 需要 a noun
    assert _good_term("共通能力") and _good_term("“十四五”规划")


def test_a_sentence_cut_before_its_include_is_no_entry():
    answer = "双减政策的实施需要全社会的支持和参与,包括教育机构、教师、学生和家长。\n"
    assert "双减政策的实施需要全社会的支持和参与" not in [term for term, _ in pairs(answer)]


def test_need_as_a_noun_inside_a_term_stays():
    # 需要 the verb takes an object with its modifier (全社会的支持); inside a term it is a noun (a special-education
    # glossary's 特殊需要儿童, a textbook's 马斯洛需要层次理论, 基本需要)
    assert _good_term("特殊需要儿童")
    assert _good_term("马斯洛需要层次理论")
    assert _good_term("基本需要")
    assert not _good_term("双减政策的实施需要全社会的支持和参与")
