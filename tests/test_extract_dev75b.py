"""Seventy-fifth round, fixer B: general mechanisms mended from the misses of dev-134 … dev-143 (the press and official
pages held out through the seventy-fourth round), each tested on its page's own sentences (press pages held inline: they
are not bundled; official pages read from ``tests/data/appendices``), on other real shapes of the same mechanism, and on
one shape it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

_APPENDICES = Path(__file__).parent / "data" / "appendices"


def _bundled(prefix: str) -> str:
    """The text of the bundled page whose name starts with ``prefix`` (its header removed)."""
    (path,) = _APPENDICES.glob(f"{prefix}-*.txt")
    return path.read_text("utf-8").partition("\n\n")[2]


# --- a plan's, a guideline's or a charter's lead-in (本预案所称, 本指引所稱) is no part of the term ------------------------


def test_an_emergency_plans_lead_in_leaves_the_term_1181():
    got = dict(pairs(_bundled("1181")))
    assert got["突发事件"].startswith("是指突然发生,造成或者可能造成严重社会危害")
    assert "本预案所称突发事件" not in got


def test_other_documents_lead_ins_leave_the_term():
    guideline = "第三条 本指引所稱綠色建築,係指在建築生命週期中消耗最少地球資源的建築物。\n第四条 本指引自發布日施行。\n"
    assert pairs(guideline)[0] == ("綠色建築", "係指在建築生命週期中消耗最少地球資源的建築物。")
    plan = "1.4 适用范围\n本专项应急预案所称森林火灾,是指失去人为控制的林火。\n1.5 工作原则\n坚持人民至上。\n"
    assert pairs(plan)[0] == ("森林火灾", "是指失去人为控制的林火。")
    charter = "本章程所称会员,是指依照本章程入会的单位。\n本章程自通过之日起生效。\n"
    assert pairs(charter)[0] == ("会员", "是指依照本章程入会的单位。")


def test_a_plan_named_without_its_lead_in_keeps_its_word():
    # 合同工 opens with a document's kind but no 本…所称 lead-in: the whole word is the term
    got = dict(pairs("合同工,是指与用人单位签订劳动合同的劳动者。\n派遣工,是指由劳务派遣单位派出的劳动者。\n"))
    assert "合同工" in got
