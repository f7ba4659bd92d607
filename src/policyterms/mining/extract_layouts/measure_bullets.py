"""Bulleted ``- X:…`` lines that are an article's measures, not glosses of their labels.

An essay decoding a plan lists what the plan will do under labels: ``- 空间布局:优化城市空间布局,构建…。``, ``- 创新驱动:加大科技
创新力度,培育…。``, ``- 文化创意产业:发展文化创意产业,…。`` (P1364, a report's reading). Each gloss opens with the verb of a task
(加强, 优化, 发展, 加大 …), saying what is to be done, not what the label means. One such line could be a terse gloss; a list
whose glosses mostly open so is a list of tasks, and none of its lines opening without a defining marker is an entry (a line
``- 数字经济:是指…`` among them still is).

Read over the page's bulleted colon lines together: three at least, two thirds of them opening with a task verb (an adverb such as
大力 or 积极 before it allowed).

So is a numbered or bulleted item saying only what its label is for: ``3. **农村义务教育阶段毕业生特设岗位计划(农村支教):** 主要是为了
改善农村基础教育条件,…`` (P1395, beside items glossing theirs with 即, 指 or a description): a purpose, no gloss.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import OPENS_WITH_MARKER, Found

__all__ = ["asks_only", "defines_label", "opens_with_task", "purpose_only", "task_list"]

# A task verb opening a gloss (an adverb of effort before it): what is to be done.
_TASK = re.compile(
    r"[\s\u3000]*(?:大力|积极|積極|全面|着力|著力|持续|持續|不断|不斷|进一步|進一步|加快)?"
    r"(?:加强|加強|加大|加快|优化|優化|发展|發展|推动|推動|推进|推進|完善|深化|提升|提高|实施|實施|坚持|堅持|建立|健全|构建|構建|"
    r"打造|促进|促進|强化|強化|培育|出台|引进|引進|引导|引導|鼓励|鼓勵|扩大|擴大|落实|落實|聚焦|做强|做強|做大"
    # (a plan's field opening its tasks by what they centre on: ●乡村振兴领域 / 围绕全面实施乡村振兴战略,…,聚焦…, P2153)
    r"|围绕|圍繞"
    # a working step saying how it is done or what is done to whom (- 调查取证:通过现场勘查…收集证据。, - 督促整改:对违法行为进行
    # 督促整改,…, dev-44's P1482): a means or an act on an object, no gloss of the label (对…的简称 stays a gloss: no verb of acting)
    r"|通过|通過|深入|对[^,，。:：;；]{1,30}?(?:进行|提起|实行|开展|给予|作出|做出)|對[^,，。:：;；]{1,30}?(?:進行|提起|實行|開展|給予|作出|做出))"
)
# A gloss by a means or an act that is one clause ending on the kind of thing its label is (- 绩效审计:对…进行的审计。,
# - 以工代赈:通过组织受赈济者参加工程建设获得劳务报酬的一种扶贫方式。): a definition, no step of a programme (the steps
# go on after a comma with what is done: 通过现场勘查…等方式,收集证据。).
_NOMINAL_ACT = re.compile(
    r"[\s\u3000]*(?:通过|通過|深入|对|對)[^,，。；;:：]*的"
    # (no act after the 的: …的生态环境违法行为提起公益诉讼。 is what is done)
    r"(?![^,，。；;:：的]*?(?:进行|進行|提起|实行|實行|开展|開展|给予|給予|作出|做出))[^,，。；;:：的]{1,12}(?:[。.]|$)"
)
_MIN_ITEMS = 3


def task_list(entries: list[Found]) -> bool:
    """Whether the page's bulleted colon lines (their entries, in order) are a list of tasks (see the module docstring).

    >>> from policyterms.mining.extract_layouts.common import Found
    >>> task = lambda t, d: Found(t, d, d, 1, 0, 1)
    >>> task_list([task("创新驱动", "加大科技创新力度,培育一批…企业。"), task("空间布局", "优化城市空间布局,构建…结构。"),
    ...            task("产业结构调整", "报告提出,将大力发展高新技术产业。")])
    True
    >>> task_list([task("覆盖范围广", "农作物保险覆盖了多种作物。"), task("保费补贴", "政府对保费给予补贴。"),
    ...            task("理赔快", "优化理赔流程,…。")])
    False
    """
    if len(entries) < _MIN_ITEMS:
        return False
    tasks = sum(1 for e in entries if opens_with_task(e.definition))
    return 3 * tasks >= 2 * len(entries)


def opens_with_task(definition: str) -> bool:
    """Whether a bulleted label's gloss opens with a task verb (:data:`_TASK`) and is no one-clause act naming its kind
    (:data:`_NOMINAL_ACT`): what is to be done, not what the label is."""
    return bool(_TASK.match(definition)) and not _NOMINAL_ACT.match(definition)


def defines_label(entry: Found) -> bool:
    """Whether a line of a task list still glosses its label by a defining marker (``- 数字经济:是指…``)."""
    return bool(OPENS_WITH_MARKER.match(entry.definition))


# A gloss opening with the purpose of its label (主要是为了…, 是为了…): what it is for, not what it is.
_PURPOSE = re.compile(r"[\s\u3000]*(?:主要|主要就|就)?是为了")


def purpose_only(entry: Found) -> bool:
    """Whether an item's gloss only says what its label is for (see the module docstring).

    >>> purpose_only(Found("特设岗位计划", "主要是为了改善农村基础教育条件。", "", 1, 0, 1))
    True
    >>> purpose_only(Found("大学生村官", "即通过大学生支教项目派遣到贫困地区支教的大学生。", "", 1, 0, 1))
    False
    """
    return bool(_PURPOSE.match(entry.definition))


# A question closing the gloss's first sentence: the item asks about its label.
# (a half-width ? before a Latin letter, a figure, = or & asks nothing: a character the copy lost, 直径小于等于2.5?m的颗粒物, or a
# link's query, http://www.gov.cn/?id=1, review 72)
_ASKED_FIRST = re.compile(r"[^。！!]*?(?:？|\?(?![A-Za-z0-9=&]))")


def asks_only(entry: Found) -> bool:
    """Whether an item's gloss opens with a question (``1、布图设计专有权的范围及依据:复制件、图样、样品记载的布图设计不一致时,
    如何来确定专有权的效力?…``, P3205, a patent agency's post on issues of judicial practice): the label titles an issue and
    the item asks about it, no gloss of the label; its sentences stay the prose pass's (the law's ``“布图设计”,是指…`` after the
    questions). A gloss opening with a defining marker (``是指…吗?``) is left to the checks of its own.

    >>> asks_only(Found("专有权的范围", "载体不一致时,如何来确定专有权的效力?不同形式载体的效力?", "", 1, 0, 1))
    True
    >>> asks_only(Found("布图设计", "指集成电路中元件和互连线路的三维配置。如何确定?", "", 1, 0, 1))
    False
    >>> asks_only(Found("细颗粒物", "空气中直径小于等于2.5?m的颗粒物。", "", 1, 0, 1))
    False
    """
    return not OPENS_WITH_MARKER.match(entry.definition) and _ASKED_FIRST.match(entry.definition) is not None
