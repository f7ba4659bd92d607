"""The fiftieth development set's law item glossing a word its definition used: ``(一)“個人資料”:…不管其性質如何以及是否擁有
載體。所謂身份可確定的人是指…`` (432) gives two entries, the item cut before 所謂, as before ``其中,Y是指…``."""

from __future__ import annotations

from conftest import pairs


def test_suowei_inside_a_colon_item_is_an_entry_of_its_own():
    page = (
        "一、為本法律的效力,下列用詞之定義為:\n"
        "(一)“個人資料”:與某個身份已確定或身份可確定的自然人(“資料當事人”)有關的任何資訊,包括聲音和影像,不管其性質如何以及是否擁有載體。"
        "所謂身份可確定的人是指直接或間接地,尤其透過參考一個認別編號或者身體、生理、心理、經濟、文化或社會方面的一個或多個特徵,可以被確定身份的人;\n"
        "(二)“資料當事人”:其資料被處理的自然人;\n"
    )
    got = dict(pairs(page))
    assert got["“個人資料”"].endswith("不管其性質如何以及是否擁有載體。")
    assert got["身份可確定的人"].startswith("是指直接或間接地")


def test_colon_item_without_a_second_gloss_stays_whole():
    # counter-test: an item whose later sentence only goes on about its term
    page = (
        "一、為本法律的效力,下列用詞之定義為:\n"
        "(一)“資料庫”:以有組織的方式儲存的個人資料的集合。資料庫可以是集中的、分散的或按功能或地區劃分的;\n"
        "(二)“資料當事人”:其資料被處理的自然人;\n"
    )
    got = dict(pairs(page))
    assert got["“資料庫”"].startswith("以有組織的方式儲存的個人資料的集合。資料庫可以是")
