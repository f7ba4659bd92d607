"""``所谓X,`` frames (the thirty-ninth round, across sets): the frame may take 的 before a comma too (``所謂的三個課程,就是…``)
and 指的是 defines after it as 就是 does; a bare 是 after the frame in running prose stays a verdict, no gloss."""

from __future__ import annotations

from policyterms.mining.extract_layouts import find_entries


def _entries(text: str) -> list[tuple[str, str]]:
    return [(entry.term, entry.definition) for entry in find_entries(text)]


def test_so_called_with_de_and_a_comma_before_jiushi():
    # P1245 (dev-41): a paragraph of its own after the page's first gloss
    text = (
        "教育信息化三個課堂是指“專遞課堂”“名師課堂”和“名校網絡課堂”。\n\n"
        "所謂的三個課程,就是“專遞課堂”、“名師課堂”、“名校網絡課堂”這三種課堂,簡稱“三個課堂”。\n"
    )
    assert ("三個課程", "就是“專遞課堂”、“名師課堂”、“名校網絡課堂”這三種課堂,簡稱“三個課堂”。") in _entries(text)


def test_so_called_then_a_bare_shi_in_running_prose_is_a_verdict():
    # the counter-example kept in prose.py: a so-called thing judged, not glossed
    text = "会议强调,要坚决破除形式主义。所谓“新官不理旧账”,是一些地方政府失信的典型表现。\n"
    assert _entries(text) == []


def test_so_called_then_zhideshi():
    # P1506 (dev-44): 所谓“照”,指的是… opening its paragraph
    assert _entries("所谓“照”,指的是工商部门颁发的营业执照。\n") == [("“照”", "指的是工商部门颁发的营业执照。")]


def test_so_called_with_de_then_a_bare_shi_is_a_verdict():
    # the frame with 的 before a bare 是: a so-called thing judged (tests/test_extract_layouts.py's test_so_called)
    assert _entries("所谓的改革,是一场深刻的自我革命,我们要坚定不移推进。\n") == []
