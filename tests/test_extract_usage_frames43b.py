"""The forty-third set's usage glosses after a field frame (P1326's ``在现代语境中,“四梁八柱”被广泛用来形容…``): the quoted
word after the frame is the subject; a frame before an unquoted news subject still gives none."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import MAX_TERM
from policyterms.mining.extract_layouts.usage_glosses import usage_gloss


_PILLARS = (
    "2. 引申意义\n"
    "在现代社会中,“四梁八柱”被用来比喻一个系统或组织的基本框架。例如:\n"
    "- 社会治理:社会治理体系也需具备稳固的基础结构,才能有效运行。\n"
)


def test_a_usage_gloss_after_a_field_frame_opens_at_bei():
    assert ("“四梁八柱”", "被用来比喻一个系统或组织的基本框架。例如:") in pairs(_PILLARS)
    text = "在现代语境中,“四梁八柱”被广泛用来形容一个系统、体系或组织的核心架构,强调其基础稳固、结构清晰、功能完善。"
    assert usage_gloss(text, MAX_TERM) is not None


def test_a_frame_before_an_unquoted_subject_gives_no_usage_gloss():
    # (a regional-economics explainer's lead: a frame and a plain subject, the word named only later, is no usage gloss)
    text = "在区域经济发展研究中,有一种理论被广泛应用于解释不同地区之间的经济差异与增长动力,它就是“增长极理论”。"
    assert usage_gloss(text, MAX_TERM) is None
    assert usage_gloss("在区域经济发展研究中,有一种理论被广泛用来形容不同地区之间的经济差异。", MAX_TERM) is None
