"""A one-card page: a glossary's or an encyclopedia's card served alone, its headword line over one paragraph.

An official glossary or encyclopedia serves each card on a page of its own: the headword on a line, perhaps its
English name under a label (``英文詞彙`` / ``Bureau of Labor Insurance``), then one paragraph saying what the thing is —
often with no defining verb at all (a body's history, ``我國勞工保險制度於民國39年初創時,…``, 300). The card's paragraph
is its explanation of the headword, taken whole. A title over one paragraph is also what a news item, a speech or a
report's section looks like (``数字经济`` / ``记者从国家统计局获悉,…``, ``项目简介`` / ``本项目…``: no entries), so a card is
read only where the glossary's own labels show it: its English name under a label (``英文詞彙``) or its related terms
(``相關詞彙``) after it; or where a heading introducing the term (``抽水蓄能電站介紹``) stands over a paragraph restating it
before a verbless gloss (``抽水蓄能電站利用…的水電站。``, P1091), a marker there (``营商环境是…的土壤``) being the lead
reader's to weigh. Encyclopedia cards without such a label (274, 314, 360) are left: their shape is a news item's.

The page must be nothing else: above the headword only furniture (a skip link, a line of marks such as an image's
empty link ``![]() |`` or a table bar ``|``), between it and the paragraph only blank lines and an English name with its
label, after the paragraph at most a few short lines without a sentence (``相關詞彙`` / ``勞動部``), and the paragraph
finished by a stop; and the card is read only when no other layout found anything on the page. A numbered heading
(``1.1 X``, ``第二條``) is a section's or an article's, no card's; a news item (a title, a dateline, several paragraphs), a
page of two paragraphs, a table row or a paragraph under no headword gives nothing here.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import HAN, MARKS_ONLY, Found, _FINISHED, _L, _SPACE, _is_furniture
from policyterms.mining.extract_layouts.topics import _Para

# A label over the headword's English name (英文詞彙, 英文名稱, 英文).
_ENGLISH_LABEL = re.compile(r"英[文语語](?:[词詞][汇彙]|名[称稱]?|[全简簡][称稱])?[\s\u3000]*[:：]?")
# A sentence stop, a comma or a table cell's bar: a headword line has none, nor has a short line after the card.
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;：:|｜]")
# A heading's word announcing an introduction after the term (抽水蓄能電站介紹): no part of the term the paragraph restates.
_INTRODUCTION = re.compile(r"(?:介[绍紹]|[简簡]介|概[况況述])$")
# A numbered heading: a section number (1.1, 2., 三、, (一)) or an article's (第二條).
_NUMBERED = re.compile(r"\d|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百零〇\d]+[章节節条條款]")
# A marker right after the restated term: a lead sentence, not a card's verbless gloss.
_MARKER_AFTER = re.compile(r"[,，]?(?:是|指|即|系|係|为|為|就是|乃)")
# A glossary card's label over its related terms (相關詞彙 / 勞動部).
_RELATED_LABEL = re.compile(r"相[关關](?:[词詞][汇彙]|名[词詞]|[条條]目|[词詞]條|[词詞]条)")
_HEADWORD_MAX = 40
# A paragraph opening with the disposal 將 and its object (農村社區土地重劃 / 將非都市計畫使用分區之鄉村區、…之土地,重新整理規劃
# 配置,…,使各宗土地均直接臨路…。, 618, a land office's topic page): the act the headword names, told as what it does to what,
# a process noun's verbless gloss as a land, tax or planning office writes it. A news lead under a title opens with its
# subject or a dateline; its 將 is the future's (將於明日舉行, 將在…, 將會…), left out here.
_DISPOSAL_GLOSS = re.compile(r"[將将](?![於于在会會要可能近来來再持繼继])[^。！？!?,，]{2,40}[,，]")
# A paragraph's first sentence, up to its stop.
_FIRST_SENTENCE = re.compile(r"[^。！？!?]*")
_TAIL_LINES = 3  # short lines after the paragraph (a related-terms label and its items)
_TAIL_LENGTH = 10
_PARAGRAPH_MIN = 30  # a card's paragraph is running text, not a caption


def card_page(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entry of a one-card page (module docstring): the headword line's term, the paragraph under it whole.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = _lines("勞工保險局\\n\\n英文詞彙\\n\\nBureau of Labor Insurance\\n\\n我國勞工保險制度於民國39年初創時,相關業務係委由"
    ...               "臺灣人壽保險股份有限公司專設「勞工保險部」承辦,負責執行勞工保險等事項。\\n\\n相關詞彙\\n\\n勞動部")
    >>> [(f.term, f.definition[:12]) for _, f in card_page(page, [True] * len(page))]
    [('勞工保險局', '我國勞工保險制度於民國3')]
    >>> page = _lines("學校社會工作\\n\\n  這項社會服務的目的在於:幫助兒童適應學校生活,改善行為及提高學習能力,改善人際關係及其家庭生活。")
    >>> card_page(page, [True] * len(page))  # (no glossary label: a news item's title and lead look the same)
    []
    """
    text = [line for line in lines if not line.blank]
    if not all(free[line.index] for line in text):
        return []
    k = 0
    while k < len(text) and (MARKS_ONLY.fullmatch(text[k].clean.strip(_SPACE)) or _is_furniture(text[k].clean.strip(_SPACE))):
        k += 1
    if k >= len(text):
        return []
    head = text[k]
    term = head.clean.strip(_SPACE)
    if len(term) > _HEADWORD_MAX or not HAN.search(term) or _SENTENCE_MARK.search(term) or _NUMBERED.match(term):
        return []  # (1.1 渔业资源枯竭的严峻现实, 第二條: a section's or an article's heading, no card's headword)
    k += 1
    labelled = k + 1 < len(text) and bool(_ENGLISH_LABEL.fullmatch(text[k].clean.strip(_SPACE))) and not HAN.search(text[k + 1].clean)
    if labelled:
        k += 2  # 英文詞彙 / Bureau of Labor Insurance: the headword's English name, no part of the card's gloss
    if k >= len(text):
        return []
    para = text[k]
    body = para.clean.strip(_SPACE)
    if len(body) < _PARAGRAPH_MIN or not HAN.match(body) or not _FINISHED.search(body):
        return []
    tail = text[k + 1 :]
    if len(tail) > _TAIL_LINES or any(len(t.clean.strip(_SPACE)) > _TAIL_LENGTH or _SENTENCE_MARK.search(t.clean) for t in tail):
        return []
    if "|" in para.raw or "｜" in para.raw:
        return []  # a table row, no card's paragraph
    raw_term = head.raw.strip(_SPACE)
    restated = _INTRODUCTION.sub("", term)
    if restated != term and body.startswith(restated):
        # 抽水蓄能電站介紹 / 抽水蓄能電站利用…的水電站。: the paragraph restates the term (the heading less its 介紹), its
        # verbless gloss opening after it (P1091); a marker there (营商环境是…的土壤) was the lead reader's to weigh
        if len(restated) < 2 or not HAN.match(body, len(restated)) or _MARKER_AFTER.match(body, len(restated)):
            return []
        first = _FIRST_SENTENCE.match(body).group().rstrip(_SPACE)
        if not first.endswith(restated[-1]):
            # 项目介绍 / 项目总投资5亿元,…投产。, 学院简介 / 学院始建于1958年,…: a site's introduction of a body or a project
            # goes on with its facts; a card's gloss names the term's kind at its first sentence's end (…的水電站)
            return []
        return [([head.index, para.index], _entry(para, len(restated), restated))]
    if not labelled and not any(_RELATED_LABEL.fullmatch(t.clean.strip(_SPACE)) for t in tail) and not _DISPOSAL_GLOSS.match(body):
        # 数字经济 / 记者从国家统计局获悉,…, 项目简介 / 本项目…: a title over a news item's or a report's paragraph reads
        # the same as a card; only a glossary card's own labels (its English name, its related terms) tell it is one
        return []
    return [([head.index, para.index], _entry(para, 0, raw_term))]


# A glossary card's label over its explanation (辭彙解釋, 詞彙解釋, 名詞解釋, 名詞說明), a line of its own.
_EXPLANATION_LABEL = re.compile(r"(?:[辞辭][汇彙]|[词詞][汇彙]|名[词詞])(?:解[释釋]|[说說]明|[释釋]义|[释釋]義)")
# A card's field giving the headword in one language, with that language's English name in brackets (中文 (Chinese) 公告地價,
# 英文 (English) The announced land values).
_LANGUAGE_FIELD = re.compile(r"(?:中文|英文|英[语語])[\s\u3000]*(?:[(（](?:Chinese|English)[)）])?[\s\u3000]*[:：]?[\s\u3000]*\S")
# A government site's record lines after a card (• 發布日期:107-08-08, • 發布單位:企劃服務科, • 點閱次數:1421) and its
# back-to-top link (回頁首, 回到頁首, ::: marks): the page's furniture, no sentence of the card.
_RECORD_LINE = re.compile(
    r"[•·*\-]?[\s\u3000]*(?:[发發]布|更新|修改|上架|建立)?(?:日期|[时時][间間]|[单單]位|[机機][关關]|[点點][阅閱]次[数數]|[浏瀏][览覽]次[数數]|人次)"
    r"[\s\u3000]*[:：]"
)
_BACK_TO_TOP = re.compile(r"回(?:到)?[页頁]首|回[顶頂]端|回到[顶頂]部|返回[顶頂]部")


def labelled_card(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entry of a glossary card served alone under the site's header, its fields labelled (755, New Taipei's revenue
    office): the headword line, its fields in Chinese and English (``中文 (Chinese) 公告地價`` / ``英文 (English) …``), the
    label ``辭彙解釋`` over one paragraph, and after it only the site's record lines (``• 發布日期:…``, ``• 點閱次數:…``)
    and its back-to-top link. The label and the language fields are the glossary's own, so the lines above the headword
    (the site's name, its skip link) do not matter here. The term is the headword; the definition the paragraph whole,
    from the marker after the headword when the paragraph restates it (``公告地價為…``: from 為, as an answer restating
    its question's term is read).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> page = _lines("新北市政府稅捐稽徵處\\n\\n公告地價\\n\\n中文 (Chinese) 公告地價\\n英文 (English) The announced land values\\n辭彙解釋\\n\\n"
    ...               "公告地價為直轄市、縣市政府對於轄區內土地,於規定地價時據以公告之地價。\\n\\n  • 發布日期:107-08-08\\n回頁首")
    >>> [(f.term, f.definition) for _, f in labelled_card(page, [True] * len(page))]
    [('公告地價', '為直轄市、縣市政府對於轄區內土地,於規定地價時據以公告之地價。')]
    >>> page = _lines("公告地價\\n\\n中文 (Chinese) 公告地價\\n\\n公告地價為直轄市、縣市政府對於轄區內土地,於規定地價時據以公告之地價。")
    >>> labelled_card(page, [True] * len(page))  # (no explanation label: the fields alone are no card)
    []
    """
    text = [line for line in lines if not line.blank]
    if not all(free[line.index] for line in text):
        return []
    labels = [n for n, line in enumerate(text) if _EXPLANATION_LABEL.fullmatch(line.clean.strip(_SPACE))]
    if len(labels) != 1:
        return []
    k = labels[0]
    h = k - 1
    while h >= 0 and _LANGUAGE_FIELD.match(text[h].clean.strip(_SPACE)):
        h -= 1
    if h < 0 or h == k - 1:
        return []  # (名詞解釋 under a title and no language field: a section heading, the headed appendix's)
    head, term = text[h], text[h].clean.strip(_SPACE)
    if len(term) > _HEADWORD_MAX or not HAN.search(term) or _SENTENCE_MARK.search(term) or _NUMBERED.match(term):
        return []
    if k + 1 >= len(text):
        return []
    para = text[k + 1]
    body = para.clean.strip(_SPACE)
    if len(body) < _PARAGRAPH_MIN or not HAN.match(body) or not _FINISHED.search(body) or "|" in para.raw or "｜" in para.raw:
        return []
    for line in text[k + 2 :]:
        rest = line.clean.strip(_SPACE)
        if not (_RECORD_LINE.match(rest) or _BACK_TO_TOP.fullmatch(rest) or MARKS_ONLY.fullmatch(rest) or _is_furniture(rest)):
            return []  # (a second paragraph, another card: a page of more than one card)
    skip = len(term) if body.startswith(term) and _MARKER_AFTER.match(body, len(term)) else 0
    if skip and body[skip] in ",，":
        skip += 1
    return [([head.index, *(line.index for line in text[h + 1 : k + 2])], _entry(para, skip, head.raw.strip(_SPACE)))]


def _entry(para: _L, skip: int, term: str) -> Found:
    """The card's entry: ``term``, the paragraph's text from ``skip`` clean characters past its indentation to its end
    (the clean text has the converter's pinyin out; ``topics._Para`` maps it back to the raw text)."""
    raw = para.raw.rstrip(_SPACE)
    indent = len(raw) - len(raw.lstrip(_SPACE))
    at = _Para(0, raw).offset(indent + skip)
    return Found(term, raw[at:], raw[indent:], para.index + 1, para.start + indent, para.start + len(raw))
