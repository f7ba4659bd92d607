"""The forty-third development set's missed glosses of a slogan's one-character pieces (P1352's `- 亲:…` / `- 清:…` under
its 核心内涵 heading), with the real lines of the same page the rule must not take."""

from __future__ import annotations

from conftest import pairs


_CORDIAL = (
    "1. 定义\n"
    "“亲清政商关系”是指政府与企业之间在正常交往中保持密切联系(亲),但不越界、不谋私利(清)。这种关系强调的是“亲而不腻、清而不疏”。\n"
    "2. 核心内涵\n"
    "- 亲:政府主动为企业提供政策支持、服务保障,帮助企业解决实际困难,营造良好的发展环境。\n"
    "- 清:政府官员与企业之间保持廉洁自律,杜绝权钱交易、利益输送等不正之风。\n"
    "3. 现实意义\n"
    "- 有助于优化营商环境,激发市场活力;\n"
    "- 推动政府职能转变,提升治理能力;\n"
)


def test_one_character_pieces_under_a_meaning_heading_are_entries():
    assert pairs(_CORDIAL) == [
        ("“亲清政商关系”", "是指政府与企业之间在正常交往中保持密切联系(亲),但不越界、不谋私利(清)。这种关系强调的是“亲而不腻、清而不疏”。"),
        ("亲", "政府主动为企业提供政策支持、服务保障,帮助企业解决实际困难,营造良好的发展环境。"),
        ("清", "政府官员与企业之间保持廉洁自律,杜绝权钱交易、利益输送等不正之风。"),
    ]


def test_one_character_labels_under_another_heading_are_no_entries():
    # (the same items under the page's 实践要求 heading: requirements, no meaning of the slogan's pieces)
    text = _CORDIAL.replace("2. 核心内涵", "4. 实践要求")
    assert [term for term, _ in pairs(text)] == ["“亲清政商关系”"]
