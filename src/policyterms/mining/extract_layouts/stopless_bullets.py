"""A lead-in closing on its colon over a run of bulleted ``X:…`` items none of which closes on a stop.

``客戶支付的電價主要由兩部份組成:`` / ``• 基本電價:包括標準燃料成本及其他為客戶供應電力的成本`` / ``• 燃料調整費:向客戶收取高於…的費用,
或透過回扣向客戶退回多收的費用`` (P3051, a Hong Kong power company's tariff page). Web pages set their bulleted glosses
without a closing stop as often as with one; the bulleted colon reader (:func:`.combine._colon_sibling`) wants the stop, so
such a list was left to the prose pass, which cut a gloss at its 於. Only a run of two or more such items, each a short
label and a gloss of eight characters or more, right below a line closing on a colon (the list's lead-in), counts: a
stopless bullet alone, or a run under no lead-in (a page's menu, a form's fields), stays as it was. The items then pass
the bulleted reader's own checks (tasks, aims, tips, examples), as stopped bullets do.

A stopless line is weaker evidence of a gloss than a sentence, so the lead-in must announce parts, kinds or words (由兩部份
組成:, 分為兩類:, 包括:, 常见术语:, review 69): under 申请材料:, 联系我们:, 我们的服务承诺: or 报名方法: the items are documents,
contacts, pledges and ways, no glosses. And an item whose gloss opens with a task verb (• 公共服务:完善教育、医疗…设施 under
主要内容包括:) is a task, not read, however short the list (the bulleted reader's task list wants three items).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policyterms.mining.extract_layouts.common import _L
from policyterms.mining.extract_layouts.measure_bullets import opens_with_task
from policyterms.mining.extract_layouts.notes import _Unit

_SPACE = " \t\u3000\xa0"
# A bulleted item: a bullet, a label of 2–10 characters with no punctuation, its colon and a gloss of at least eight
# characters opening with a Chinese character, no stop closing it.
_STOPLESS_ITEM = re.compile(
    r"[\s\u3000]*[•·▪●◦][\s\u3000]*[^\s\u3000,，。；;:：、()（）“”「」]{2,10}[\s\u3000]*[:：][\s\u3000]*(?P<gloss>[\u4e00-\u9fff][^。！？!?:：]{7,}(?<![。！？!?；;]))[\s\u3000]*"
)
# The lead-in above: a line closing on its colon.
_LEAD_IN = re.compile(r".*[:：][\s\u3000]*")
# What the lead-in announces: the parts a thing is made of, its kinds, what it includes, or words and their senses.
_ANNOUNCES = re.compile(
    r"组成|組成|构成|構成|分为|分為|分成|包括|包含|[类類种種]|部分|部份|术语|術語|名词|名詞|词汇|詞彙|定义|定義|含义|含義|"
    r"解释|解釋|释义|釋義|区别|區別|概念"
)


def stopless_bullet_items(lines: Sequence[_L], units: Sequence[_Unit]) -> set[int]:
    """Starts of the units that are items of a stopless bulleted list under a colon lead-in: the bulleted colon reader
    takes them as it takes bullets closing on a stop (module docstring)."""
    out: set[int] = set()
    run: list[_Unit] = []

    def close() -> None:  # the run ends: its items count when two or more stand under a lead-in
        if len(run) >= 2:
            above = run[0].lines[0] - 1
            while above >= 0 and lines[above].blank:
                above -= 1
            lead_in = lines[above].clean.strip(_SPACE) if above >= 0 else ""
            if _LEAD_IN.fullmatch(lead_in) and _ANNOUNCES.search(lead_in) and not _STOPLESS_ITEM.fullmatch(lines[above].clean):
                out.update(unit.start for unit in run if not opens_with_task(_STOPLESS_ITEM.fullmatch(unit.text).group("gloss")))
        run.clear()

    for unit in units:
        item = not unit.numbered and len(unit.lines) == 1 and _STOPLESS_ITEM.fullmatch(unit.text) is not None
        adjacent = bool(run) and all(lines[k].blank for k in range(run[-1].lines[-1] + 1, unit.lines[0]))
        if item and (not run or adjacent):
            run.append(unit)
            continue
        close()
        if item:
            run.append(unit)
    close()
    return out
