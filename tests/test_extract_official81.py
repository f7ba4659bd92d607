"""The eighty-first set's official pages (Hong Kong, Macao and Taiwan fisheries, documents, labour, correctional, cultural
and fair-trade bodies), on their real sentences, with the guards of each mechanism mended in the fifty-fourth round:

* a law database's print view setting an item's wrapped lines hanging under its text, with blank lines between: the
  item goes on over them to its stop, or to the lead-in colon of the list below it (879), while a line back at the
  item's own indent after a blank line, not ending the sentence, goes on nothing.
"""

from __future__ import annotations

from conftest import pairs


_SAURY = (
    "第 2 條 \n\n"
    "本辦法用詞,定義如下:\n\n"
    "一、北太平洋:指北緯二十度與東經一百四十度至北緯二十度與西經一百\n\n"
    "    一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經\n\n"
    "    一百四十度以北之北太平洋海域(附件一)。\n\n"
    "二、公正第三方:指經主管機關認可之下列機構之一:\n\n"
    "(一)日本地區:\n\n"
    "1、日本新檢株式会社。\n\n"
    "三、運搬船:指從事漁獲物運搬業務,將秋刀魚漁船之漁獲物轉移至己船\n\n"
    "    ,並搬運至港口之下列船舶:\n\n"
    "(一)我國籍運搬船:領有我國漁業執照之漁獲物運搬船。\n\n"
    "四、加工船:指從事漁獲物加工業務,將秋刀漁漁船之漁獲物轉移至己船\n\n"
    "    並進行漁獲物加工之船舶。\n"
)


def test_a_law_prints_items_go_on_over_the_lines_hanging_under_them():
    got = dict(pairs(_SAURY))
    assert got["北太平洋"] == (
        "指北緯二十度與東經一百四十度至北緯二十度與西經一百一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經"
        "一百四十度以北之北太平洋海域(附件一)。"
    )
    assert got["運搬船"] == "指從事漁獲物運搬業務,將秋刀魚漁船之漁獲物轉移至己船,並搬運至港口之下列船舶:"
    assert got["我國籍運搬船"] == "領有我國漁業執照之漁獲物運搬船。"
    assert got["加工船"] == "指從事漁獲物加工業務,將秋刀漁漁船之漁獲物轉移至己船並進行漁獲物加工之船舶。"


_UNHUNG = (
    "本辦法用詞,定義如下:\n\n"
    "一、北太平洋:指北緯二十度與東經一百四十度至北緯二十度與西經一百\n\n"
    "一十度連線以北,及北緯十度與東西經一百八十度至北緯十度與西經\n\n"
    "二、加工船:指從事漁獲物加工業務之船舶。\n"
)


def test_a_line_back_at_the_items_indent_after_a_blank_line_goes_on_nothing():
    got = dict(pairs(_UNHUNG))
    assert got.get("北太平洋", "").endswith("西經一百")
