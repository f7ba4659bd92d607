"""A coined word's own characters glossed one by one after its definition (forty-sixth development set, P1512; also the
forty-fifth's P1440): the word's gloss runs on to its paragraph's end and each quoted character is an entry of its own.
Characters glossed inside the word's first sentence are a run-in series that ends the word's gloss (P959)."""

from __future__ import annotations

from conftest import pairs

P1512 = (
    "土特产是指那些基于特定地区的自然环境、文化传统和生产工艺而生产的具有地域特色的产品。这些产品不仅代表了当地的自然资源和文化遗产,"
    "还承载着深厚的历史记忆和精神价值。“土”指的是基于一方水土开发的乡土资源,“特”是指突出地域特点,体现当地风情,“产”则是指真正建成产业,"
    "形成集群。因此,土特产不仅仅是具有地域特色的产品,更是传统文化传承的重要载体和传统习俗延续的重要平台。\n"
)


def test_a_words_characters_glossed_in_turn_after_its_definition_each_an_entry_the_word_running_on() -> None:
    assert pairs(P1512) == [
        ("土特产", P1512[3:].rstrip("\n")),
        ("“土”", "指的是基于一方水土开发的乡土资源"),
        ("“特”", "是指突出地域特点,体现当地风情"),
        ("“产”", "是指真正建成产业,形成集群。"),
    ]


P1440 = (
    "新质生产力是以科技创新为主导,实现关键性颠覆性技术突破而产生的生产力,具有高效能、高质量的特点。它的关键在于“新”与“质”,"
    "其中“新”指的是不同于一般意义上的传统生产力,主要以新技术、新经济、新业态为主要内涵的生产力;“质”则强调创新驱动作为生产力的关键要素,"
    "以实现自立自强的关键性颠覆性技术突破为龙头的生产力跃升。它是摆脱了传统增长路径、符合高质量发展要求的生产力。\n"
)


def test_characters_after_qizhong_separated_by_a_semicolon_and_glossed_by_qiangdiao() -> None:
    got = pairs(P1440)
    assert got[1:] == [
        ("“新”", "指的是不同于一般意义上的传统生产力,主要以新技术、新经济、新业态为主要内涵的生产力"),
        ("“质”", "强调创新驱动作为生产力的关键要素,以实现自立自强的关键性颠覆性技术突破为龙头的生产力跃升。"),
    ]
    assert got[0][0] == "新质生产力" and got[0][1].endswith("符合高质量发展要求的生产力。")


def test_characters_glossed_inside_the_words_first_sentence_are_a_run_in_series() -> None:
    # (P959: the word's gloss ends before its characters, as the gold has it)
    got = pairs("橋頭堡是“橋”與“堡”的統壹體,“橋”是內聯外通、高效便捷的通道,“堡”是裏應外合、進退自如的基地。\n")
    assert got[0] == ("橋頭堡", "是“橋”與“堡”的統壹體")


def test_a_line_opening_with_the_characters_glossed_has_no_word_of_its_own() -> None:
    # (P1117: the characters of 东数西算 glossed under its headword line, the line opening with them)
    from policyterms.mining.extract_layouts.character_glosses import character_glosses
    from policyterms.mining.extract_layouts.common import _lines

    lines = _lines("“数”指的是数据,“算”指的是算力,即对数据的处理能力。通过构建数据中心、云计算、大数据一体化的新型算力网络体系。\n")
    assert character_glosses(lines, [True] * len(lines)) == []
