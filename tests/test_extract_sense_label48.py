"""意思, the word's sense itself, is a label and never a headword (the forty-eighth set): a second sense in a field
(…放在经济调控这方面,意思就是…) names no term 意思."""

from __future__ import annotations

from conftest import pairs


P1664 = """何为“大水漫灌”?
“大水漫灌”原本是指农业灌溉的一种方式。放在经济调控这方面,意思就是往市场里“放水”,注入大量货币,刺激经济。
"""


def test_yisi_is_no_headword():
    assert "意思" not in [term for term, _ in pairs(P1664)]


def test_the_word_before_its_sense_stays_the_headword():
    assert [term for term, _ in pairs(P1664)][:1] == ["“大水漫灌”"]
