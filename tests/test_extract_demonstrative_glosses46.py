"""Under a headword line, an explanation opening with 这是 glosses the headword from 是 (forty-sixth development set, P1524,
as 该词是… and 它是… already do); one saying only who used the word lately (这是…提到的一个新词) is no gloss."""

from __future__ import annotations

from conftest import pairs

P1524 = (
    "  枢纽偏好型产业 \n\n"
    "  这是江苏省委书记娄勤俭近期提到的一个新词。他强调,要打造整体功能强大的枢纽组团和枢纽偏好型产业发展高地。有专家认为,发展枢纽经济,关键在于打造枢纽偏好型产业体系。\n\n"
    "  特别合作区 \n\n"
    "  这是广东省最早探索设立的特殊的地方合作区域,旨在以先富带动后富解决个别市发展滞后的问题,类似于“飞地”模式。\n\n"
    "  无废城市 \n\n"
    "  指以新发展理念为引领,通过推动形成绿色发展方式和生活方式,持续推进固体废物源头减量和资源化利用的城市发展模式。\n"
)


def test_zhe_shi_under_a_headword_line_opens_the_gloss_at_shi_and_a_word_someone_mentioned_is_no_gloss() -> None:
    assert pairs(P1524) == [
        ("特别合作区", "是广东省最早探索设立的特殊的地方合作区域,旨在以先富带动后富解决个别市发展滞后的问题,类似于“飞地”模式。"),
        ("无废城市", "指以新发展理念为引领,通过推动形成绿色发展方式和生活方式,持续推进固体废物源头减量和资源化利用的城市发展模式。"),
    ]


def test_who_said_it_is_only_an_opening_saying_so() -> None:
    from policyterms.mining.extract_layouts.headwords import _WHO_SAID_IT

    assert _WHO_SAID_IT.match("这是江苏省委书记娄勤俭近期提到的一个新词。他强调,…")
    # (a gloss naming who proposed the thing, 是…提出的重要理念, and a genus of word, 是吴方言中的一个词, are glosses)
    assert not _WHO_SAID_IT.match("是习近平总书记提出的重要理念,强调绿水青山就是金山银山。")
    assert not _WHO_SAID_IT.match("“板扎”是吴方言中的一个词,意思是“实”。")
