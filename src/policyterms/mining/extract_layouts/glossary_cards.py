"""A term site's card: one headword line right under a title announcing a glossary, its gloss below (811).

A legal-terms or statistics site shows one term a page: the site's menu, a title announcing the glossary (``名詞解釋``,
``名词解释``), the headword on a line of its own, perhaps a few lines of the card's own furniture (a link ``對該解釋提建議``,
an empty field ``適用之法領域:``), then the gloss, a line of whole sentences, and after it the site's disclaimer
(``本解釋內容僅供參考,不拘束個案``). The headword-block pass reads a glossary title's blocks when there are two at least
(a lone headword line over a paragraph is an article's heading as often); under a title announcing a glossary one block
is the card itself, so it is read here, on the lines no other pass read:

- the headword is the first line under the title: 2–20 characters, no clause or sentence mark, a good term;
- up to three short lines between (at most 20 characters, none finishing a sentence or holding a stop) are the card's
  links and fields, never its gloss;
- the gloss is the first line after them finishing a sentence; a line ending no sentence goes on over the next line
  (a hard-wrapped gloss), and the gloss ends with the line that finishes one (the next line is the card's furniture).

Not read: a title that announces a glossary with a headword line over a line ending no sentence at all (a menu), a
headword line holding a mark (``一、…:``, a section heading), a gloss of fewer than eight characters — nor a line under
the title that is no gloss but news, a notice or a contact (review 62: a site whose menu or column bar holds 名词解释 over
another column's page, ``名词解释`` / ``工作动态`` / ``3月5日,市统计局召开…会议。``; ``名詞解釋`` / ``政府公告`` / ``本局將於…``;
``名詞解釋`` / ``民法總則`` / ``本章規定…``; ``名词解释`` / ``联系我们`` / ``地址:…``): a line opening with a date, with the site's,
office's or document's self-reference (本站, 本局, 本章, 本栏目 …) or a contact or publishing field (地址:, 电话:, 来源:) not
naming the headword (``本署編製的消費者物價指數反映…`` glosses it), or a notice's addressee (``各区统计局:``).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import (
    Found,
    _FINISHED,
    _L,
    _LABELS,
    _SPACE,
    _good_term,
    _is_furniture,
    _page_furniture_term,
)
from policyterms.text.fold import strip_pinyin

# A card's headword line: a name, no clause or sentence mark.
_HEADWORD = re.compile(r"[^，,。；;：:!！?？|｜、\s\u3000]{2,20}")
# What opens a line that is no gloss (module docstring, review 62): a date (3月5日, 2024年, 2024-03-05, 近日), the site's,
# office's or document's self-reference (本站, 本局, 本章, 本栏目 …), a contact or publishing field.
_NO_GLOSS_DATE = re.compile(r"\d{1,4}[年月日]|\d{1,4}[-/.]\d{1,2}|近日|日前|昨日|今日|今天")
# (but a period opening the gloss before its marker is the definition's own, as yearbooks date a changed scope: 规模以上工业企业 /
# 2011年起指年主营业务收入2000万元及以上的工业法人单位。, review 63 — the card stands, its gloss dated; not 指 opening a word,
# 2023年以来指标口径未作调整, 2024年起指引…, review 64: a note on the figures or news, as the marker refuses them)
_DATED_GLOSS = re.compile(
    r"[^,，。；;:：]{0,16}?(?:年|月)(?:起|以来|以來|以后|以後|以前|之前|前|后|後|开始|開始|至今)?[,，]?[\s\u3000]*(?:是指|係指|系指|指的是|指(?![标標数數导導出示挥揮引南令向明日望针針战戰派定责責控认認点點正使纹紋摘]))"
)
# (a notice's addressee, 各区统计局:为…现将有关事项通知如下。, under a menu's 名词解释 and 通知公告)
_NO_GLOSS_ADDRESSEE = re.compile(r"[^,，。；;:：\s\u3000]{2,10}[:：]")
# The site's, office's or document's self-reference, a contact or publishing field: no gloss unless it names the headword
# (本署編製的消費者物價指數反映…, a statistics office's card, glosses its headword).
_NO_GLOSS_FRAME = re.compile(
    r"本(?:站|网站|網站|网|網|局|署|处|處|厅|廳|委|办|辦|院|所|部|会(?!计)|會(?!計)|中心|章|节|節|条|條|栏目|欄目|页|頁|刊|期|报告|報告|公报|公報)|"
    r"(?:地址|电话|電話|邮编|郵編|邮政编码|郵政編碼|传真|傳真|邮箱|郵箱|电子邮箱|電子郵箱|電郵|联系人|聯絡人|联系电话|聯絡電話|"
    r"来源|來源|作者|发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|时间|時間|日期)[ \t\u3000]*[:：]"
)


# A stop inside a line: a sentence of its own, never a card's link or field.
_STOP = re.compile(r"[。！!？?]")


def glossary_card(lines: list[_L], free: list[bool], title: int) -> list[tuple[list[int], Found]]:
    """The one headword card under the glossary title at line ``title`` (module docstring), or nothing."""
    if title < 0:
        return []
    rest = [line for line in lines[title + 1 :] if not line.blank]
    if len(rest) < 2 or not all(free[line.index] for line in rest[:5]):
        return []
    head = rest[0]
    term_text = head.raw.strip(_SPACE)
    term = strip_pinyin(term_text).strip(_SPACE)
    if not _HEADWORD.fullmatch(term) or not _good_term(term) or _LABELS.match(term) or _is_furniture(term) or _page_furniture_term(term):
        return []
    k = 1
    while k < len(rest) and k <= 3 and len(text := rest[k].clean.strip(_SPACE)) <= 20 and not _STOP.search(text):
        k += 1  # 對該解釋提建議 / 適用之法領域:: the card's link and empty field
    gloss: list[_L] = []
    for line in rest[k:]:
        gloss.append(line)
        if _FINISHED.search(strip_pinyin(line.raw.rstrip(_SPACE))):
            break
    else:
        return []  # no line finishes a sentence: no gloss
    if len(gloss) > 3 or not _STOP.search(gloss[0].clean):
        return []
    opening = gloss[0].clean.strip(_SPACE)
    if any(opening.startswith(line.clean.strip(_SPACE)) for line in rest[1:k]):
        return []  # 名词解释 / 统计知识 / 国内生产总值 / 国内生产总值是指…: the menu's items over an article, its headword the line the gloss restates
    if _NO_GLOSS_DATE.match(opening) and not _DATED_GLOSS.match(opening) or _NO_GLOSS_ADDRESSEE.match(opening) or _NO_GLOSS_FRAME.match(opening) and term not in opening:
        return []  # 工作动态 / 3月5日,市统计局召开…: a column's news, a notice or a contact under a menu's 名词解释, no card
    definition = "".join(line.raw.strip(_SPACE) for line in gloss)
    if len(definition) < 8:
        return []
    start = gloss[0].start + len(gloss[0].raw) - len(gloss[0].raw.lstrip(_SPACE))
    end = gloss[-1].start + len(gloss[-1].raw.rstrip(_SPACE))
    taken = [head.index, *(line.index for line in rest[1:k]), *(line.index for line in gloss)]
    return [(taken, Found(term_text, definition, definition, gloss[0].index + 1, start, end))]
