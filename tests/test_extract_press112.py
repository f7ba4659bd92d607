"""The hundred-and-twelfth development set's press pages P3138–P3147 (personal income tax and household taxes: a news site,
tax agents' Q&A and notes, accountancy and land-scrivener sites, mostly Hong Kong, Macao and Taiwan pages). Each mend has the
real sentences it was written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it
must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- 以上所说的X / 所说的X: a frame pointing back at a word the sentence before used, no part of the term (P3138) ---

_ROYALTY = (
    "特许权使用费所得是指个人提供专利权、商标权、著作权、非专利技术以及其他特许权的使用权而取得的所得。"
    "以上所说的专利权是指由专利注册机构授予发明者或者持有者在一定期限内独家创造使用和转让技术发明的权利;"
    "所说的商标权,是指为标识某种商品而专门使用特定词语、名称及图案的权利。\n"
)


def test_a_frame_pointing_back_at_a_word_is_no_part_of_the_term_and_ends_the_definition_before():
    assert pairs(_ROYALTY) == [
        ("特许权使用费所得", "是指个人提供专利权、商标权、著作权、非专利技术以及其他特许权的使用权而取得的所得。"),
        ("专利权", "是指由专利注册机构授予发明者或者持有者在一定期限内独家创造使用和转让技术发明的权利"),
        ("商标权", "是指为标识某种商品而专门使用特定词语、名称及图案的权利。"),
    ]


def test_the_things_above_referred_back_to_still_name_no_term():
    # (以上 alone points back at the things above, no word: no entry, as before)
    text = "房屋税是指以房屋为征税对象的一种财产税。以上标准是指本市现行的收费标准。\n"
    assert [term for term, _ in pairs(text)] == ["房屋税"]


# --- a line opening with a study note's bracketed aside label (【提示1】, 【总结】) goes on no item above it (P3139) ---

_TAXPAYER_NOTE = (
    "四、个人所得税\n"
    "  1.居民个人:在中国境内有住所,或者无住所而一个纳税年度内在中国境内居住\n"
    "累计满183的个人。\n"
    "  【提示1】“中国境内”是指中国大陆地区,目前还不包括香港、澳门和台湾地区。\n"
    "  【提示2】住所:指因户籍、家庭、经济利益关系而在中国境内习惯性居住。\n"
)


def test_a_bracketed_tip_line_ends_the_item_above_and_glosses_its_own_word():
    assert pairs(_TAXPAYER_NOTE) == [
        ("居民个人", "在中国境内有住所,或者无住所而一个纳税年度内在中国境内居住累计满183的个人。"),
        ("“中国境内”", "是指中国大陆地区,目前还不包括香港、澳门和台湾地区。"),
        ("住所", "指因户籍、家庭、经济利益关系而在中国境内习惯性居住。"),
    ]


def test_a_line_indented_like_the_item_without_a_label_still_goes_on_it():
    text = (
        "四、个人所得税\n"
        "  1.居民个人:在中国境内有住所的个人,\n"
        "  包括在境内定居的中国公民和外国侨民。\n"
    )
    assert pairs(text) == [("居民个人", "在中国境内有住所的个人,包括在境内定居的中国公民和外国侨民。")]


# --- a Q&A site's bare question number before 什麼是X? numbers the question, no part of it (P3145) ---

_MIN_TAX = (
    "1701 什麼是最低稅負制?\n\n"
    "最低稅負制係為使適用租稅減免規定而繳納較低之稅負甚至不用繳稅的公司或高所得個人,都能繳納最基本稅額的一種稅制。"
    "目的在於使有能力納稅者,對國家財政均有基本的貢獻,以維護租稅公平,確保國家稅收。\n"
)


def test_a_numbered_question_heading_over_its_answer_gives_the_asked_word():
    assert pairs(_MIN_TAX) == [
        (
            "最低稅負制",
            "係為使適用租稅減免規定而繳納較低之稅負甚至不用繳稅的公司或高所得個人,都能繳納最基本稅額的一種稅制。"
            "目的在於使有能力納稅者,對國家財政均有基本的貢獻,以維護租稅公平,確保國家稅收。",
        )
    ]


def test_a_number_before_a_line_that_asks_no_what_is_question_is_not_taken_off():
    from policyterms.mining.extract_layouts.headword_lines import _PREFIX

    assert _PREFIX.match("12345 热线是什么?") is None
    assert _PREFIX.match("1701 什麼是最低稅負制?").group() == "1701 "


# --- a label naming a word's classification (X的分类:A和B:) heads the kinds below, no term (P3139) ---


def test_a_classification_label_gives_no_entry_and_its_kinds_stay():
    text = (
        "四、个人所得税\n"
        "  (二)纳税人的分类:居民个人和非居民个人:(标准:住所和居住时间)\n"
        "  1.居民个人:在中国境内有住所的个人。\n"
    )
    assert pairs(text) == [("居民个人", "在中国境内有住所的个人。")]


def test_a_word_ending_in_a_kind_word_without_de_or_glossed_by_a_marker_is_still_a_term():
    from policyterms.mining.extract_layouts.false_glosses import classification_label

    assert not classification_label("垃圾分类", "指按一定规定或标准将垃圾分类储存、投放和搬运。")
    assert not classification_label("诈骗的类型", "是指按手段划分的诈骗种类,如电信诈骗。")
    assert classification_label("纳税人的分类", "居民个人和非居民个人:(标准:住所和居住时间)")


# --- a reference list's item citing a law and its article (law: 第N條) is no gloss of the law's title (P3143) ---


def test_a_law_and_its_cited_article_give_no_entry():
    from policyterms.mining.extract_layouts.false_glosses import article_only

    text = (
        "房屋稅\n\n調低出租房屋所徵收的市區房屋稅稅率至8%。[2]\n\n參考:\n"
        "1. 第25/2024號法律《2025年財政年度預算案》: 第二十一條\n"
        "2. 第25/2024號法律《2025年財政年度預算案》: 第二十二條\n"
    )
    assert not [term for term, _ in pairs(text) if "預算案" in term]
    assert article_only("第21条第二款、第22条")


def test_a_gloss_that_goes_on_after_an_article_number_stays():
    from policyterms.mining.extract_layouts.false_glosses import article_only

    assert not article_only("第二十一條規定的稅款扣減。")
    assert not article_only("指第二十一條所列的收入。")
