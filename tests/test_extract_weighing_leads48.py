"""A lead weighing its term by where the key lies (是…的关键所在) or calling it a key (——这是…的密码) (the forty-eighth
set): what the term matters for, no definition; a genus ending in 所在地 stays one."""

from __future__ import annotations

from conftest import pairs


P1618 = """现代化产业体系是高质量发展的关键所在,而“12218”是广州构建现代化产业体系的“密码”。
"""

P1616 = """[江苏] “1650”:江苏打造现代化产业体系有“密码”

“1650”——这是江苏打造现代化产业体系的密码。
"""

# dev-47's P1565: the seat of a county government, a place by its genus
P1565 = """縣城是縣級行政單位的政府所在地,通常是該縣的政治、經濟、文化和交通中心。相比較於大城市,小縣城的規模較小,人口數量較少,城市建設和發展程度也相對較低。小縣城可能擁有較少的商業中心、教育機構、醫療設施和交通網絡,但仍然是周邊農村地區的重要集散地和服務中心。
"""


def test_where_the_key_lies_is_no_definition():
    assert pairs(P1618) == []


def test_a_dash_pointing_back_at_the_name_is_no_apposition():
    assert pairs(P1616) == []


def test_a_genus_ending_in_its_seat_stays_a_definition():
    assert [term for term, _ in pairs(P1565)] == ["縣城"]


def test_a_kind_of_password_is_glossed():
    # review: 密码 weighs its term only as a key after 的 (P1616's …体系的密码, still no entry above); a password glossed by
    # its kind is a definition
    page = "动态口令\n“动态口令”是一种根据专门算法每隔60秒生成一个不可预测的随机数字组合的一次性密码。用户登录时须输入动态口令。\n"
    assert [term for term, _ in pairs(page)] == ["“动态口令”"]
