"""The forty-third set's explainer page on a metaphor (P1326): 它 and a sense's adverb after the sentence naming the quoted
word (``它原本指的是…``), and an example list whose items say what the example needs (``需要有明确的“四梁八柱”``)."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.item_glosses import _names_a_kind


_LEAD = (
    "近日,【四梁八柱的意思解释】引发关注。“四梁八柱”是一个形象化的比喻,常用于建筑、结构工程以及比喻性的表达中。"
    "它原本指的是传统房屋建筑中的主要承重结构——即四根主要的梁和八根主要的柱子,这些构件共同支撑整个房屋的稳定与坚固。\n"
)


def test_it_and_a_sense_adverb_gloss_the_quoted_word_named_before():
    assert pairs(_LEAD) == [
        ("“四梁八柱”", "原本指的是传统房屋建筑中的主要承重结构——即四根主要的梁和八根主要的柱子,这些构件共同支撑整个房屋的稳定与坚固。")
    ]


def test_it_after_a_sentence_about_the_word_gives_no_entry_of_it():
    # (the word's phrase 的说法 is the subject, not the word: 它 points at the saying)
    text = "“四梁八柱”的说法由来已久。它原本指的是传统房屋建筑中的主要承重结构。\n"
    assert ("“四梁八柱”", "原本指的是传统房屋建筑中的主要承重结构。") not in pairs(text)


_EXAMPLES = (
    "在现代社会中,“四梁八柱”被用来比喻一个系统或组织的基本框架。例如:\n"
    "- 政策体系:国家政策的制定往往需要有明确的“四梁八柱”,即核心政策、制度安排、执行机制等。\n"
    "- 企业架构:企业的组织结构也需要有清晰的“四梁八柱”,如战略、管理、财务、市场等关键部门。\n"
    "- 社会治理:社会治理体系也需具备稳固的基础结构,才能有效运行。\n"
)


def test_example_items_saying_what_is_needed_are_examples():
    assert pairs(_EXAMPLES) == [("“四梁八柱”", "被用来比喻一个系统或组织的基本框架。例如:")]


def test_an_item_naming_its_kind_still_names_a_kind():
    # (the module's own kind item: a noun phrase closing with the kind, no modal)
    assert _names_a_kind("依法设立的从事证券经营业务的有限责任公司。")
    assert not _names_a_kind("社会治理体系也需具备稳固的基础结构,才能有效运行。")
