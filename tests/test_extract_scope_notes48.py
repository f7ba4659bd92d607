"""A table's scope notes (the forty-eighth set): the figures as a whole subject (數字包括…), a series' change from a date
(自2008年开始不包括…) and a caption's numbered note (注:①…) are remarks, no entries; an adverb of scope before 包括
(B系列只包括…) opens the definition."""

from __future__ import annotations

from conftest import pairs


P429 = """註釋
(1) 數字包括本地及海外名冊上的正式註冊醫生。
(2) 數字是指註冊護士和登記護士。
(3) A系列包括所有在醫院管理局轄下醫院、私家醫院及懲教機構內所設有的病床。
(4) B系列只包括在醫院管理局轄下醫院及私家醫院的病床,且不包括急症室觀察病床、日間病床及育嬰病床;這是依照 OECD Health Statistics 的定義。
"""

P430 = """注:①2009年起劳动人口的年龄下限由14岁改为16岁。
②自2008年开始不包括单车。
③自2008年开始访澳旅客不包括外地雇员及学生等。
⑥不包括特殊教育学生。第n年的学生人数是指n/n+1学年年终学生人数。
经济活动人口及失业状况
Labour Force and Unemployment
注:①2009年起劳动人口的年龄下限由14岁改为16岁。
"""

# a bundled yearbook page's notes: a term holding 收入 or a plain 包括 note stays an entry
YEARBOOK = """(1)各项税收包括增值税、营业税、消费税、土地增值税。
(2)专项收入 包括征收排污费、征收城市水资源费收入,教育费附加收入等。
(3)其他收入 包括基本建设贷款归还收入、国家能源交通重点建设基金收入。
"""


def test_the_figures_as_subject_are_no_term_and_only_opens_the_definition():
    assert pairs(P429) == [
        ("A系列", "包括所有在醫院管理局轄下醫院、私家醫院及懲教機構內所設有的病床。"),
        ("B系列", "只包括在醫院管理局轄下醫院及私家醫院的病床,且不包括急症室觀察病床、日間病床及育嬰病床;這是依照 OECD Health Statistics 的定義。"),
    ]


def test_a_change_from_a_date_and_a_captions_note_are_no_entries():
    assert pairs(P430) == [("第n年的学生人数", "是指n/n+1学年年终学生人数。")]


def test_plain_include_notes_stay_entries():
    assert [term for term, _ in pairs(YEARBOOK)] == ["各项税收", "专项收入", "其他收入"]
