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
