"""Dictionary cards of the forty-sixth development set, on their real lines: a headword given with its tone-marked pinyin
has its senses read as entries — numbered lines under the reading line (P1534, P1529), or one dictionary line each with
the reading glued to the headword (P1546) — and converter pinyin inside running text is no such reading."""

from __future__ import annotations

from conftest import pairs

# --- numbered senses under a headword line with its reading (P1534, P1529) -------------------------------------------

P1534 = (
    "山林\n\n"
    "山林   shān lín\n"
    "1.山与林。亦指有山有林的地区。\n"
    "2.借指隐居。\n"
    "3.指隐居之地。\n"
    "4.园林。\n"
    '5.山林体文章的省称。明代与"台阁体"相对。\n\n'
    "国语辞典\n\n"
    "注音 ㄕㄢ ㄌㄧㄣˊ  拼音 shān lín\n"
    "1. 山與林。\n"
    "   ▶ 《禮記.月令》:「命祀山林川澤,犧牲毋用牝。」\n"
    "2. 山上的林木。\n"
    "   ▶ 《文選.左思.魏都賦》:「山林幽映,川澤迴繚。」\n"
    "3. 隱士幽居之處。\n"
    "   ▶ 晉.張華〈招隱〉詩二首之一:「隱士託山林,遁世以保真。」\n"
    "扫描版:「山林」在《现代汉语词典》第1130页\n"
)


def test_numbered_senses_under_a_reading_line_each_an_entry_and_a_second_dictionarys_reading_line() -> None:
    assert pairs(P1534) == [
        ("山林", "山与林。亦指有山有林的地区。"),
        ("山林", "借指隐居。"),
        ("山林", "指隐居之地。"),
        ("山林", "园林。"),
        ("山林", '山林体文章的省称。明代与"台阁体"相对。'),
        ("山林", "山與林。"),
        ("山林", "山上的林木。"),
        ("山林", "隱士幽居之處。"),
    ]


P1529 = (
    "小区 ( xiǎo qū )\n\n词语解释\n\n"
    "  1. 小区 (xiǎoqū)\n"
    "    1. 一个较大的市镇(如大城市)内具有自己特征的分区单位 village\n\n"
    "國語辭典\n\n"
    "社區 (shè qū)\n"
    "  1. 一些人以自由結合的方式所居住的特定區域。此範圍內的每一分子,皆可共享區域內所有的服務與利益。\n"
)


def test_a_numbered_headword_line_with_its_reading_and_an_english_gloss_closing_the_sense() -> None:
    assert pairs(P1529) == [
        ("小区", "一个较大的市镇(如大城市)内具有自己特征的分区单位"),
        ("社區", "一些人以自由結合的方式所居住的特定區域。此範圍內的每一分子,皆可共享區域內所有的服務與利益。"),
    ]


# --- one dictionary line each, the reading glued to the headword (P1546) ----------------------------------------------

P1546 = (
    "反倾销fǎnqīngxiāo用高额征税等办法制止廉价进口商品大量涌入,以保护本国工商业。\n"
    "【反倾销】为了抵制国外生产商在本国市场上的倾销行为而采取的一系列贸易限制措施。参见“倾销”(1175页)。 反倾销\n"
    "反倾销fǎnqīngxiāo对外国低于正常价格在本国市场上倾销的商品所采取的抵制措施。一旦认定为“倾销”的商品,则征收高额的“反倾销税”。 ❍ 一般来\n"
    "反倾销fǎnqīnɡxiāo〈动〉进口国为保护本国经济和生产者利益,对出口国的倾销商品采取高额征税等措施。\n"
)


def test_dictionary_lines_with_the_reading_glued_on_a_part_of_speech_an_example_and_a_cross_reference_left_out() -> None:
    assert pairs(P1546) == [
        ("反倾销", "用高额征税等办法制止廉价进口商品大量涌入,以保护本国工商业。"),
        ("反倾销", "为了抵制国外生产商在本国市场上的倾销行为而采取的一系列贸易限制措施。"),
        ("反倾销", "对外国低于正常价格在本国市场上倾销的商品所采取的抵制措施。一旦认定为“倾销”的商品,则征收高额的“反倾销税”。"),
        ("反倾销", "进口国为保护本国经济和生产者利益,对出口国的倾销商品采取高额征税等措施。"),
    ]


def test_converter_pinyin_in_running_text_and_numbered_plan_items_are_no_dictionary_senses() -> None:
    # (a bundled page's title line with converter pinyin, then its numbered items)
    assert pairs("《政府工作報(bào)告》名詞解釋\n1.全面深化改革\n2.依法治國\n") == []
    # (a numbered list under a heading without a reading)
    assert pairs("工作要点\n1.指导思想\n2.主要任务\n") == []
