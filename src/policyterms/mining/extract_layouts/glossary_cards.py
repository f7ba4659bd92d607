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
headword line holding a mark (``一、…:``, a section heading), a gloss of fewer than eight characters.
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
    definition = "".join(line.raw.strip(_SPACE) for line in gloss)
    if len(definition) < 8:
        return []
    start = gloss[0].start + len(gloss[0].raw) - len(gloss[0].raw.lstrip(_SPACE))
    end = gloss[-1].start + len(gloss[-1].raw.rstrip(_SPACE))
    taken = [head.index, *(line.index for line in rest[1:k]), *(line.index for line in gloss)]
    return [(taken, Found(term_text, definition, definition, gloss[0].index + 1, start, end))]
