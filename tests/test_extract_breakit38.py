"""Counter-tests for the thirty-eighth round's rules, on real text of the shapes they read: an answer page's bare section
titles (部门分工, 实际工作) over paragraphs that do not define them, as 形成原因 or 背景与意义 are (section_headings)."""

from __future__ import annotations

import pytest

from policyterms.errors import InputError
from policyterms.mining.extract import extract_entries
from conftest import pairs


# --- a bare section title over a paragraph that does not define it (section_headings.bare_section_title, P1053's rule) ---


def test_an_answer_pages_division_and_practice_titles_are_no_headwords() -> None:
    # 城管和市容是一个部门吗? (https://m.sboyo.com/1/2433382.html, an answer page): two section titles over paragraphs
    # about the topic, neither naming its title
    page = (
        "城管和市容是一个部门吗?\n\n时间:01-17人气:13作者:月色染红颜\n\n"
        "城管和市容不是一个部门。城管负责城市管理,比如占道经营、违章建筑。市容管环境卫生,比如街道清洁、垃圾处理。两个部门工作有联系,"
        "但分工不同。城管执法,市容维护,各司其职。\n\n"
        "部门分工\n\n"
        "城管全称城市管理执法局,管市容秩序。市容管理属于城管职责的一部分,比如广告牌、摊贩管理。实际工作中,市容问题由城管处理,"
        "但环境卫生归环卫部门。不同地方机构设置可能不同。\n\n"
        "实际工作\n\n"
        "街头小贩由城管管理,乱贴小广告也归城管。街道保洁由环卫工人负责,垃圾清运是他们的工作。市民看到市容问题,可以打城管热线举报。"
        "两个部门配合,但职责不重复。\n"
    )
    assert pairs(page) == []


# --- aspects a word is analysed from, under a counted lead-in (notes.announces_points, P1021's rule) --------------------


def test_a_dictionary_pages_aspects_of_its_word_are_no_entries() -> None:
    # 外文 (https://yuesha.com/xuexi/hanyu/n7Cnmaud.html, a dictionary page): 从以下四方面解析 announces the ways the word is
    # looked at; its numbered sections (词性特征, 发音与辨析, 历史演变, one bare heading 三、常见搭配 among them) are no terms
    page = (
        "\n[foreign language] 外国的语言或文字\n外国的语言或文字。如:外文书店。\n"
        "“外文”是现代汉语中常用的复合词,其核心含义可从以下四方面解析:\n"
        "一、基本定义 “外文”指代中国以外的国家或民族使用的语言文字系统,与“中文”形成语义对立。《现代汉语词典》(第7版)将其定义为"
        "“外国的语言或文字”[参考:商务印书馆《现代汉语词典》]。例如“外文文献”“外文出版社”等用法均强调其跨国界属性。\n"
        "二、词性特征 作为名词使用时,可指具体文字符号(如拉丁字母、西里尔字母)或抽象语言体系(如英语语法结构)。《汉语大词典》特别指出"
        "其具备“语言载体”与“文化符号”双重性质[参考:上海辞书出版社《汉语大词典》]。\n"
        "三、常见搭配\n"
        "四、发音与辨析 普通话读音为wài wén,需注意与近义词“外语”的差异:前者侧重书面符号,后者强调口语系统。语言学家吕叔湘在"
        "《现代汉语八百词》中明确区分两者使用场景[参考:商务印书馆《现代汉语八百词》]。\n"
        "五、历史演变 该词最早见于明清文献,原指“域外民族的文字”,20世纪后随全球化进程扩展为国际通用语统称。据《中国语言学史》记载,"
        "1949年后成为官方规范用词[参考:高等教育出版社《中国语言学史》]。\n"
    )
    assert [term for term, _ in pairs(page)] == []


def test_a_regulation_naming_an_office_by_its_abbreviation_and_duty_gives_no_entry():
    # Composed in the shape of a regulation's designation of the body in charge (a review found no real page of
    # it in reach): 为 after the abbreviation names the office's duty, not a class of thing, unlike a decree's
    # 居民身分證(葡文縮寫為BIR)為…之文件。 (page 305), which stays an entry.
    text = "市生态环境局(以下简称市环境局)为本市环境保护工作的主管部门。\n区人民政府负责本辖区的环境保护工作。\n"
    with pytest.raises(InputError):
        extract_entries(text)
