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
