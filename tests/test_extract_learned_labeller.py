"""The learned-labeller benchmark (``benchmarks/extract_learned_labeller.py``) places each gold
entry in its page and reads entries back from tags; what it reports is only as right as that
round trip, which these tests hold without training anything (python-crfsuite is not needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, load_script

BUNDLED = REPO / "tests" / "data" / "appendices"


def _labeller():
    return load_script(REPO / "benchmarks" / "extract_learned_labeller.py", "extract_learned_labeller")


def test_every_bundled_development_page_reads_its_placed_gold_back_from_its_tags():
    lab = _labeller()
    split_of = lab.extract_eval.held_out_sets()
    placed = total = 0
    for path in sorted(BUNDLED.glob("*.txt")):
        gold_path = path.with_name(path.name[:-4] + ".gold.yaml")
        # A held-out set's gold is not read here either.
        if not gold_path.is_file() or split_of.get(path.name[:-4], "held-out").startswith("held-out"):
            continue
        text, _ = lab.extract_eval.page_text(path)
        page = lab.Page(path.name[:-4], "tune", text, lab.extract_eval.load_gold(path))
        lab.align(page)
        read_back = lab.entries_from_tags(page, page.tags)
        assert len(read_back) == page.aligned, path.name
        assert set(read_back) <= {(lab.squeeze(t), lab.squeeze(d)) for t, d in page.gold}, path.name
        assert len(lab.features(page)) == len(page.chars) == len(page.tags)
        placed += page.aligned
        total += len(page.gold)
    assert total > 300 and placed >= 0.98 * total  # entries the page does not hold as written are few


HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E3F), min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(HAN, HAN), min_size=1, max_size=5, unique_by=lambda e: e[0]), st.sampled_from(["\n", "\n\n", " \n  "]))
def test_entries_written_as_colon_lines_round_trip_through_tags(entries, gap):
    lab = _labeller()
    gold = [(term, f"是指{definition}。") for term, definition in entries]
    text = gap.join(f"{term}：{definition}" for term, definition in gold)
    page = lab.Page("P0-generated", "tune", text, gold)
    lab.align(page)
    assert page.aligned == len(gold)
    assert lab.entries_from_tags(page, page.tags) == [(lab.squeeze(t), lab.squeeze(d)) for t, d in gold]


def test_a_definition_the_page_does_not_hold_is_left_untagged():
    lab = _labeller()
    page = lab.Page("P0-generated", "tune", "河长制：是指由各级党政主要负责人担任河长。", [("湖长制", "是指湖泊。")])
    lab.align(page)
    assert page.aligned == 0 and set(page.tags) == {"O"}


def test_a_backward_naming_is_placed_with_its_term_after_its_definition():
    lab = _labeller()
    text = "三、東波塔檔案館檔案原件的編號稱爲原檔號;澳門歷史檔案館藏縮微品的編號稱爲縮微號。\n河长制：是指由各级党政主要负责人担任河长。"
    gold = [("原檔號", "東波塔檔案館檔案原件的編號"), ("縮微號", "澳門歷史檔案館藏縮微品的編號"), ("河长制", "是指由各级党政主要负责人担任河长。")]
    page = lab.Page("P0-generated", "tune", text, gold)
    lab.align(page)
    assert page.aligned == 3
    assert lab.entries_from_tags(page, page.tags) == [(lab.squeeze(t), lab.squeeze(d)) for t, d in gold]
