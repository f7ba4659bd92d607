"""Kinds a sentence names, then glossed one by one as label items: ``A:分成兩種,一種為偵煙式(離子式、光電式),一種為定溫式。``
/ ``※偵煙式:當偵測區域感知到火災產生的煙粒子後,發出警報音響。`` / ``※定溫式:當偵測區域的溫度上升到一定溫度時,發出警報音響。``
(871, a fire department's Q&A on residential smoke alarms).

An FAQ answer, a leaflet or a guide says how many kinds a thing has and names them (``分成兩種``, ``分為…三類``, ``可分為A及B``),
then glosses each kind on a label line of its own: the kind's name, a colon, what it is or does (a starred note, a bullet,
an item number or nothing before the label). The label line alone is an ordinary ``X:…`` line, too weak to count on its own
(a single colon line is a field or a remark as often); the sentence naming the kinds is what makes the lines glosses. Each
label is a term, its gloss from the first word after the colon to the line's end (the gold of 871, as GOLD2's label items).

Read only when at least two label lines follow one another (blank lines between allowed) right after the naming sentence,
every label one of the words that sentence names and no longer than ten characters, each gloss at least eight characters
and ending in a stop; the naming sentence must count or divide (分成, 分為, 區分為, 可分, …種/類). Labels not named there,
a single label line, or a sentence naming no kinds give nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L

__all__ = ["named_kind_labels"]

# The sentence dividing a thing into its kinds (分成兩種, 分为三类, 可分為, 區分為, 共有…兩種).
_DIVIDES = re.compile(
    r"(?:分成|分为|分為|区分为|區分為|划分为|劃分為|可分|共有|有)[^。\n]{0,4}?[一二两兩三四五六七八九十\d]+[种種类類]"
    r"|(?:分成|分为|分為|区分为|區分為|划分为|劃分為)"
)
# A label line: an optional mark or item number, the label, a colon, the gloss.
# (the mark may be a pictograph a news site sets as its bullet, 🟡國家級警報:適用於…, 🔹, ✅, ▶️, P2883, a Taiwan news item listing
# the kinds of alert message: one emoji of the pictograph blocks, the dingbats or the stars, its variation selector after it)
_LABEL_LINE = re.compile(
    r"[\s\u3000]*(?:(?:[※*＊•·●▪◦◆■\-－]|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\uFE0F]?)[\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)?"
    r"(?P<label>[^\s\u3000:：,，。；;、()（）“”「」]{2,10})[\s\u3000]*[:：][\s\u3000]*(?P<gloss>\S.*?)[\s\u3000]*$"
)
# A label's text that is a notice, no gloss (review 54): an obligation (个人:须提交身份证复印件…), a time or a place (筆試:於上午九時
# 在本校禮堂舉行), or a price (單人房:每學期住宿費新臺幣一萬二千元整, 全票:每張新臺幣一百元): the kinds' rules, schedules or fees,
# what an application guide, an exam notice or a ticket page sets out under kinds it names (a gloss opening with 指 or 即 may
# name a sum: 育兒津貼:指政府每月發給新臺幣五千元之津貼).
_NOTICE = re.compile(
    r"(?:须|須|需|应|應|请|請|必须|必須|务必|務必|(?:可)?(?:于|於)(?:[上下晚早]午|晚上|早上|每|星期|[週周][一二三四五六日末]|\d|[一二三四五六七八九十]+[月日時时点點]|本|各))"
    r"|(?!(?:是|係|系)?指|即)[^,，。；;]*?(?:新[臺台]幣|港幣|港币|澳門幣|澳门币|人民幣|人民币|[\d一二三四五六七八九十百千萬万零〇]元)"
)
_ENDS = re.compile(r"[。！!][”」』]?$")
#: How many lines above the first label line the naming sentence may stand (blank lines counted).
_NEAR = 3
_SHORTEST_GLOSS = 8


def named_kind_labels(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for each label line glossing a kind the sentence just above names (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("A:分成两种,一种为侦烟式(离子式、光电式),一种为定温式。\\n\\n※侦烟式:当侦测区域感知到火灾产生的烟粒子后,发出警报音响。\\n"
    ...            "※定温式:当侦测区域的温度上升到一定温度时,发出警报音响。")
    >>> [(e.term, e.definition) for _, e in named_kind_labels(ls, [True] * len(ls))]
    [('侦烟式', '当侦测区域感知到火灾产生的烟粒子后,发出警报音响。'), ('定温式', '当侦测区域的温度上升到一定温度时,发出警报音响。')]
    >>> ls = _lines("注意事项如下。\\n地址:台北市中正区忠孝西路一段一号十楼。\\n电话:请于上班时间拨打本局服务专线。")
    >>> list(named_kind_labels(ls, [True] * len(ls)))
    []
    """
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.blank or not free[k] or not _DIVIDES.search(line.raw):
            k += 1
            continue
        run = _label_run(lines, free, k + 1, line.raw)
        for index, found in run:
            yield index, found
        k = run[-1][0] + 1 if run else k + 1


def _label_run(lines: list[_L], free: list[bool], at: int, naming: str) -> list[tuple[int, Found]]:
    """The label lines from ``at`` on glossing the kinds ``naming`` names, when there are two or more."""
    run: list[tuple[int, Found]] = []
    gap = 0
    k = at
    while k < len(lines):
        line = lines[k]
        if line.blank:
            gap += 1
            if gap > (_NEAR if not run else 1):
                break
            k += 1
            continue
        gap = 0
        match = _LABEL_LINE.fullmatch(line.raw) if free[k] else None
        if match is None or match.group("label") not in naming:
            break
        gloss = match.group("gloss")
        if len(gloss) < _SHORTEST_GLOSS or not _ENDS.search(gloss) or _NOTICE.match(gloss):
            break  # (a notice's rule, time or fee under the kind: no gloss, review 54)
        start = line.start + match.start("label")
        end = line.start + match.end("gloss")
        run.append((k, Found(match.group("label"), gloss, line.raw[match.start("label") : match.end("gloss")], k + 1, start, end)))
        k += 1
    return run if len(run) >= 2 else []
