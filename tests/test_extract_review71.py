"""Review of the seventieth round's rules (a frame pointing back at a word the sentence before used; a study note's
bracketed aside label; a Q&A site's bare question number; a label naming a classification; an article number alone; a
speaker's plain 說 and a speaker's clause after another clause; a quoted word glossed by (指…) inside a definition; 此即稱;
a naming's gloss whole; and review 70's mends) on text they were not written from: sentences and small pages of the shapes
mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A heading counting kinds excuses its items from a merits section only when it names their features, not their merits ---


def test_the_merits_of_counted_kinds_are_no_glosses():
    for page in (
        "两种存款的优点\n1、定期存款:风险低,收益稳定。\n2、活期存款:随时存取,使用方便。",
        "各类产品的优点\n1、定期存款:风险低,收益稳定。\n2、基金:收益高。",
    ):
        assert pairs(page) == []


def test_the_features_of_counted_kinds_still_gloss_the_kinds():
    assert pairs("两种制度的主要特征\n1、公有制:生产资料归全体人民所有的制度。\n2、私有制:生产资料归私人所有的制度。") == [
        ("公有制", "生产资料归全体人民所有的制度。"),
        ("私有制", "生产资料归私人所有的制度。"),
    ]


# The writer's hedge ending in 说 (可以说, 所以说, 应该说, 坦率地说) is no speaker: the appraisal after it defines nothing ----------

_FIVE_YEAR_PLAN = (
    "　　谁都能够看到，实现第一个五年计划将使我国国民经济发生重大的变化。因此，第一个五年计划的胜利完成，是关系着我国国家命运和"
    "人民幸福的大事情。可以说，第一个五年计划是使我国繁荣富强和人民幸福的第一个计划，这个计划的实现，也将增强世界和平民主阵营的力量。"
)


def test_a_hedge_ending_in_shuo_frames_no_definition():
    assert pairs(_FIVE_YEAR_PLAN) == []
    for hedge in ("所以说", "应该说", "坦率地说", "或者说", "不得不说"):
        assert pairs(_FIVE_YEAR_PLAN.replace("可以说", hedge)) == []


def test_a_spokesman_s_shuo_still_attributes():
    assert pairs("發言人說,拖網捕魚是指非選擇性的捕魚方法,會破壞海床及損害海洋生態。\n") == [
        ("拖網捕魚", "是指非選擇性的捕魚方法,會破壞海床及損害海洋生態。")
    ]
    # (a speaker whose name ends as a hedge's word does, 该局说, 记者说, 总经理说: still a speaker)
    assert pairs("记者从市医保局获悉,该局说,门诊共济是指将门诊费用纳入统筹基金支付范围。") == [
        ("门诊共济", "是指将门诊费用纳入统筹基金支付范围。")
    ]
    assert pairs("通俗地说,全国两会是指全国人民代表大会和中国人民政治协商会议。") == [
        ("全国两会", "是指全国人民代表大会和中国人民政治协商会议。")
    ]


# A frame pointing back (以上所说的) before a word pointing back again or a count is still the things above, no term ---------


def test_a_frame_pointing_back_before_a_demonstrative_or_a_count_names_no_term():
    assert pairs("以上所说的这些问题是指群众反映强烈的突出问题。") == []
    assert pairs("以上所说的两种情形,是指企业停产和企业破产。") == []


def test_a_frame_pointing_back_before_a_word_still_reads_the_word():
    assert pairs("以上所说的商标权,是指商标注册人对其注册商标享有的专用权。") == [
        ("商标权", "是指商标注册人对其注册商标享有的专用权。")
    ]
    assert pairs("上述所說的補助款,是指市政府依本辦法核發的租金補貼。") == [("補助款", "是指市政府依本辦法核發的租金補貼。")]
