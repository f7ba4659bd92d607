"""Pass 2: headword and definition on one line, separated by spaces; table notes."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import (
    OPENS_WITH_MARKER,
    DEFINING_ZHI,
    NOTICE_TAG,
    Found,
    _CLOSERS,
    _FINISHED,
    _L,
    _MARKER,
    _SPACE,
    _good_term,
    _is_furniture,
    _table_row,
)
from policyterms.mining.extract_layouts.headword_lines import _MEANING_LABEL, _headword, _meta_line
from policyterms.mining.extract_layouts.header_cells import attribute_table_row, head_cells
from policyterms.mining.extract_layouts.notes import run_in_notes_cuts


# --- pass 2: headword  definition on one line ------------------------------------------------

# A section heading glued to the end of the last definition (…不含保障性住房。主要统计指标解释).
_TRAILING_HEADING = re.compile(
    r"(?<=[。！？!?])(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)$|(?<=[。！？!?])(?:名词|名詞)(?:解释|解釋)$"
)
# A lead-in ending in a colon with the first numbered sub-item run into it (…目前主要包括:(1)各项税收包括…),
# and that sub-item: its headword, then a space or its verb (包括, 是指, 指).
_FIRST_ITEM_RUN_IN = re.compile(r"(?:包括|包含|分为|分為|如下)(?P<colon>[:：])[\s\u3000]*[(（]1[)）][\s\u3000]*")
_SUB_ITEM = re.compile(
    r"(?P<term>[^\s\u3000，,。；;：:!！?？|()（）]{2,16}?)(?:[\s\u3000]+|(?=包括|是指|系指|指(?![标標数數出导導])))(?P<definition>[\u4e00-\u9fff].{5,})$"
)
# A glossary heading run into the first headword of the list (主要统计指标解释耕地 指…): no part of the term.
_GLUED_HEADING = re.compile(r"^(?:主要)?(?:统计|統計)?(?:指标|指標|名词|名詞)(?:解释|解釋)")
# A news item's byline in brackets after its dateline (科技日报讯 (记者俞慧友)1月25日,…, P2172; 本报讯（通讯员 …）): the
# reporter's name, never the start of a gloss, whatever stands before it.
_BYLINE = re.compile(r"[(（][\s\u3000]*(?:本[报報]|[见見]习|[實实]习生?)?(?:[记記]者|通[讯訊][员員]|[实實]习生|特约[记記]者)")
_SPACED = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？|]{2,25})(?:[\s\u3000]{1,8})(\S.{9,})$")
# A headword with its variant in angle brackets set off by spaces (廢戶 <家> 再興 當事人因…, 廢戶 <家> 除戶籍…, 819, a land
# office's table of Japanese-era register words): the bracket and a short word after it, itself followed by the gap, are
# the headword's (the term as written); a word run straight into the gloss (<家> 除戶籍無人…) is the gloss's.
_SPACED_VARIANT = re.compile(
    r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？|<>]{2,25}[\s\u3000]+<[^<>\s\u3000]{1,4}>(?:[\s\u3000]+[\u4e00-\u9fff]{1,4}(?=[\s\u3000]))?)"
    r"(?:[\s\u3000]{1,8})(\S.{9,})$"
)
# A short gloss on a headword line (戶主訂正 戶主更正。, 隱居 辭退變更戶主。, 戶主 本戶之戶長, 819): two to nine characters of
# words after the gap, read only inside a block of lines the list's longer spaced entries stand in (see ``_short_glosses``).
_SHORT_SPACED = re.compile(
    r"^[\s\u3000]*([^\s\u3000，,。；;：:!！?？|]{2,25})(?:[\s\u3000]{1,8})([\u4e00-\u9fff][\u4e00-\u9fff()（）、]{1,7}。?)[\s\u3000]*$"
)
# An item's number taken for a headword before its spaced text (二、 碩士及博士學位…).
_ITEM_NUMBER = re.compile(r"[(（]?[一二三四五六七八九十百\d]{1,4}[)）、.．]?")
# How many longer spaced entries a block of lines must hold before its short headword lines are read as entries too.
_SHORT_AMONG = 3


# 【营业收入】 指企业经营…: a headword in black lenticular brackets, then its definition (enterprise
# form explanations); the brackets are no part of the term, and a label (【释例】, 【意思解释】) is none.
# A space or a definition verb follows the brackets (【代表解词】全国人大代表…: a label run into a comment); not 指 or
# 即 opening a word (【温馨提示】指定…, 【提醒】指纹…, 【要闻】即日起…: a notice's tag before its news).
_BRACKETED_HEAD = re.compile(
    r"^[\s\u3000]*【([^【】\s\u3000，,。；;：:!！?？|]{2,25})】(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+"
    rf"|(?=是指|系指|{DEFINING_ZHI}(?![纹紋])|即(?![日将將时時刻便使])))([\u4e00-\u9fff].{{7,}})$"
)


# A bracketed headword run straight into its gloss, neither space nor marker after the bracket (【行政村】依据《…》设立的…的管理
#范围,…, 【建制镇】本辖区内指…, 183, a yearbook's indicator paragraphs): among a run of bracketed headwords the pattern above
# reads on the page (``_BRACKET_RUN`` different words at least), the brackets themselves set the headword off, as the space
# does in its other paragraphs. A bracket met on two lines or more is a label (【概念解释】, 【近义词】, 338), and text opening
# by restating the bracket's word (【三次产业】三次产业的划分是…, 377) is a section's lead, not the word's gloss.
_GLUED_BRACKET_HEAD = re.compile(r"^[\s\u3000]*【([^【】\s\u3000，,。；;：:!！?？|]{2,25})】([\u4e00-\u9fff].{7,})$")
_BRACKET_RUN = 2
# A scope phrase between a headword and its marker (本辖区内指…, 本表中是指…, 在本调查中系指…, 183): where the definition holds,
# no part of it; the definition opens at the marker. A scope phrase before another verb (本辖区内设有…) is left as written.
_SCOPE_BEFORE_MARKER = re.compile(
    rf"(?:在)?(?:本|该|該|此)[\u4e00-\u9fff]{{1,4}}?(?:内|內|中|里|裡)[,，]?(?=是指|系指|係指|{DEFINING_ZHI})"
)


def _bracket_heads(lines: list[_L]) -> tuple[set[str], set[str]]:
    """The words of the page's bracketed headwords the usual pattern reads (``_BRACKETED_HEAD``), and those of brackets met on
    two lines or more (labels)."""
    read: set[str] = set()
    seen: dict[str, int] = {}
    for line in lines:
        bracket = _GLUED_BRACKET_HEAD.match(line.raw) or _BRACKETED_HEAD.match(line.raw)
        if bracket is None:
            continue
        seen[bracket.group(1)] = seen.get(bracket.group(1), 0) + 1
        if _BRACKETED_HEAD.match(line.raw):
            read.add(bracket.group(1))
    labels = {word for word, n in seen.items() if n > 1}
    return read - labels, labels


def _glued_bracket_head(line: _L, run: set[str], labels: set[str]) -> re.Match[str] | None:
    """The bracketed headword run into its gloss on ``line`` (``_GLUED_BRACKET_HEAD``), when the page holds a run of
    bracketed headwords and the bracket is no label and no section's lead."""
    glued = _GLUED_BRACKET_HEAD.match(line.raw)
    if glued is None or len(run) < _BRACKET_RUN or glued.group(1) in labels or glued.group(2).startswith(glued.group(1)):
        return None
    return glued


# A label numbered in a series (【机遇一】, 【机遇二】 …, 【亮点3】): the stem and its number in the series.
_SERIES_LABEL = re.compile(r"^[\s\u3000]*【(?P<stem>[^【】\s\u3000\d一二三四五六七八九十]{1,8})(?P<n>[一二三四五六七八九十]{1,2}|\d{1,2})】")


def _series_stems(lines: list[_L]) -> set[str]:
    r"""The stems of bracketed labels numbered in a series on the page, two numbers at least (``【机遇一】 经济日益全球化,…;``
    / ``【机遇二】 中俄两国…;``, P900: a report feature's opportunities one by one): each bracket names an item of a
    list, no headword, whatever the line after it says.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> sorted(_series_stems(_lines("【机遇一】 经济日益全球化,将助推…;\n【机遇二】 中俄两国…;\n【天人合一】 指…。")))
    ['机遇']
    """
    numbers: dict[str, set[str]] = {}
    for line in lines:
        if (m := _SERIES_LABEL.match(line.raw)) is not None:
            numbers.setdefault(m.group("stem"), set()).add(m.group("n"))
    return {stem for stem, ns in numbers.items() if len(ns) >= 2}


# A strong marker closing a spaced line's headword (农用地设施是指 直接用于…): the marker, not the space, ends the term.
_MARKER_CLOSING_HEAD = re.compile(r"(?:是指|系指|係指|指的是)$")


# A dictionary's citation after the spaces: an author's name (or nothing), a book in 《》, its chapter, a colon and the quoted
# passage (司马光 《涑水记闻》卷十四:“…”, 蔡美彪 等《中国通史》第四编…:“…”): evidence for a sense, no gloss of the word before it.
_CITATION = re.compile(r"[^。，,:：“”「」《》]{0,12}《[^》\n]{1,30}》[^。，,:：“”「」《》]{0,24}[:：][\s\u3000]*[“「]")


# A case's or a step's code after its label, a colon closing it (狀況 A:多筆地號分屬不同使用分區…, P2903, a Taiwan BIM
# manual's two cases; 情形 1:…, Case B:…, 步驟 2:…): the space parts the label from its letter or number, so the text after
# the gap opens with the code and its colon; the line names a case, no headword before a gloss.
_CASE_CODE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,2}[\s\u3000]*[:：]")

# A number and its measure word opening the text after the gap (连续 4 年,浙江…): a page that spaces every number off its
# words (从 2022 年开始, 已连续 4 年在年初…) splits a sentence there, no headword before a definition.
# So does a threshold: a number, its measure word and a bound (任一站之震度達 4 級以上,或兩站…, 861, a weather agency's release
# criteria; 規模 5.0 以上, 達 3 人以下): the figure a criterion's verb reaches, spaced off it, no gloss.
_COUNT_RUN_ON = re.compile(
    r"\d+(?:\.\d+)?[\s\u3000]*(?:[年月日天个個项項次倍位家名条條%％][\s\u3000]*[,，、的]"
    r"|(?:[年月日天个個项項次倍位家名条條级級度人元户戶歲岁%％]|公里|公尺|公斤|小时|小時|分钟|分鐘)?[\s\u3000]*(?:以上|以下|以内|以內|以外|左右|之间|之間))"
)


# A headword ending in a verb or an adverb that takes a count (连续, 累计, 达到, 超过, 约 …; not 增长 or 提高, which end terms such as 经济增长) before a number and its measure
# word opening the text after the gap (1.全国粮食总产量连续 5 年保持在 1.2 万亿斤以上。, P2574, an exam handbook converted from
# a PDF that spaces every number off its words): one sentence split at the count, no headword; a term never ends so.
_COUNTING_VERB_END = re.compile(r"(?:连续|連續|累计|累計|达到|達到|超过|超過|突破|总计|總計|合计|合計|共计|共計|约|約|逾)$")
_COUNT_OPENING = re.compile(r"\d+(?:\.\d+)?[\s\u3000]*(?:[年月日天个個项項次倍位家名条條级級度人元户戶岁歲%％]|万|萬|亿|億|公里|公斤|小时|小時)")


# A quoted phrase with a space on either side inside a sentence (它与 “旅游 +”“+ 旅游” 的关系, P2718, an industry-news page
# converted from a word processor that spaces every quotation off its words): on such a page a space before an opening quote
# mark (二者本质是 “以谁为核心” 的差异, 要理解 “全域旅游”,需要…) is the page's spacing inside one sentence, no gap between a
# headword and its definition — as a page spacing its numbers splits a sentence at a count (_COUNT_RUN_ON).
_SPACED_QUOTATION = re.compile(r"[\u4e00-\u9fff][ \u3000]+[“「][^“”「」\n]{1,20}[”」][ \u3000]+[\u4e00-\u9fff]")
_QUOTE_OPENING = re.compile(r"[“「]")


# A phrase of words closing on a quotation (升級「聚易用」, 加入“一网通办”): with one space after it, a news page's spacing after
# a quote inside its sentence (升級「聚易用」 過程簡便,…, P2849, a Macao news item that writes 升級「聚易用」 服務 alike), no gap
# between a headword and its gloss; a glossary's quoted headword opens with its quote (“放管服”  是…).
_QUOTE_CLOSING_PHRASE = re.compile(r"[\u4e00-\u9fff][^“”「」\s]{0,10}[“「][^“”「」\n]{1,20}[”」]")


# The quotation opening a gloss (“放管服”是…, “三农”指…).
_OPENING_QUOTATION = re.compile(r"[“「]([^“”「」\n]{1,20})[”」]")


def _quotes_headword(head: str, definition: str) -> bool:
    """Whether the quotation opening ``definition`` restates the headword before the gap, whole or in part (``放管服  “放管服”是…``,
    ``三农问题  “三农”指…``): a glossary line's headword and its gloss, even on a page that spaces its quotations inside sentences
    (review 64); a sentence's words before a quote (``二者本质是 “以谁为核心” 的差异``, ``要理解 “全域旅游”,…``) restate none."""
    quoted = _OPENING_QUOTATION.match(definition)
    if quoted is None:
        return False
    head, words = head.strip(_SPACE).strip("“”「」\"'"), quoted.group(1).strip(_SPACE)
    return len(words) >= 2 and len(head) >= 2 and (words in head or head in words)


def _spaces_quotations(lines: list[_L]) -> bool:
    """Whether the page spaces its quotations off the words around them inside its sentences (``_SPACED_QUOTATION``)."""
    return any(_SPACED_QUOTATION.search(line.raw) for line in lines)


# A form's two-character label spaced out to align with the longer labels above it (*聯絡電話: … / *傳  真: 02-…, 438; 地  址:):
# one word and its value, no headword ``傳`` with a definition ``真: …``.
_SPACED_OUT_LABEL = re.compile(r"[\s\u3000]*[*＊•·\-]?[\s\u3000]*[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][\s\u3000]*[:：]")


def _spaced(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    out: list[tuple[list[int], Found]] = []
    series = _series_stems(lines)
    spaced_quotes = _spaces_quotations(lines)
    run, labels = _bracket_heads(lines)
    for line in lines:
        if not free[line.index]:
            continue
        match = _SPACED_VARIANT.match(line.raw) or _SPACED.match(line.raw)
        bracketed = _BRACKETED_HEAD.match(line.raw) or _glued_bracket_head(line, run, labels)
        label = _SERIES_LABEL.match(line.raw)
        if label is not None and label.group("stem") in series:
            continue  # 【机遇一】 …: an item of a numbered series of labels, no headword
        if bracketed and not _MEANING_LABEL.match(line.raw.strip(_SPACE)) and not NOTICE_TAG.fullmatch(bracketed.group(1)):
            match = bracketed
        below = None if match else _definition_below(lines, free, line)
        if below is not None:  # 财政支出 / 指国家财政…: a headword alone, its definition on the next line
            out.append(below)
            continue
        if not match or not _good_term(match.group(1)) or _is_furniture(line.clean) or _table_row(line.raw):
            continue
        if _meta_line(line):
            continue  # 常见问题 发布时间:2025-04-26 浏览:31 次: a column's name and the page's byline, no gloss (P2786)
        if _SPACED_OUT_LABEL.match(line.raw):
            continue  # *傳  真: 02-…: a spaced-out form label and its value
        definition = _TRAILING_HEADING.sub("", match.group(2).rstrip(_SPACE))
        if match is bracketed and (scope := _SCOPE_BEFORE_MARKER.match(definition)) is not None:
            definition = definition[scope.end() :]  # 【建制镇】本辖区内指…: the scope phrase, no part of the definition
        if not any("\u4e00" <= ch <= "\u9fff" for ch in definition[:3]) or definition.rstrip(_CLOSERS)[-1:] in "?？":
            continue
        if _QUOTE_OPENING.match(definition) and spaced_quotes and not _quotes_headword(match.group(1), definition):
            continue  # 二者本质是 “以谁为核心” 的差异,…: the page's spacing before a quotation inside a sentence, no gap (P2718)
        if _QUOTE_CLOSING_PHRASE.fullmatch(match.group(1).strip(_SPACE)) and line.raw[match.end(1) : match.start(2)] == " ":
            continue  # 升級「聚易用」 過程簡便,…: one space after a quote closing a phrase, the page's spacing in a sentence (P2849)
        if _CASE_CODE.match(definition):
            continue  # 狀況 A:多筆地號…: a case's label and its code, no headword (P2903)
        if _COUNT_RUN_ON.match(definition):
            continue  # 连续 4 年,浙江“ 8+4” …: a count the page's spacing around numbers split from its verb, no gloss (P1729)
        if _COUNTING_VERB_END.search(match.group(1)) and _COUNT_OPENING.match(definition):
            continue  # 1.全国粮食总产量连续 5 年保持在…: the verb before its count, the page's spacing splitting them (P2574)
        if _BYLINE.match(definition):
            continue  # 科技日报讯 (记者俞慧友)1月25日,…: a news item's dateline and byline, no headword (P2172)
        if _CITATION.match(definition):
            continue  # 引宋 司马光 《涑水记闻》卷十四:“…”: a dictionary's citation, its author before the book, no gloss (P1695)
        if head_cells(definition):
            continue  # 水资源 人均 万元 耕地实际灌溉 人均生活 其中: 万元工业: a table's column heads, no entry (204)
        if run_in_notes_cuts(line.raw):
            continue  # 金額表 … 備註 一、…。 二、…。 三、…: a flattened table with its notes run in, no headword row (785): the notes are read
        if attribute_table_row(lines, line.index):
            continue  # 项目 内容 / 核心目标 提高经济效益…: an answer's table of its subject's aspects, no headwords
        term, start = match.group(1), line.start + match.start(1)
        glued = _GLUED_HEADING.match(term)  # 主要统计指标解释耕地 指…: the list's heading run into its first headword
        if glued and len(term) - glued.end() >= 2 and _good_term(term[glued.end() :]):
            term, start = term[glued.end() :], start + glued.end()
        marker = _MARKER_CLOSING_HEAD.search(term)
        if marker is not None and _good_term(term[: marker.start()]):
            # 农用地设施是指 直接用于…(P1304): the marker closing the headword, a space after it, opens the definition
            definition = _TRAILING_HEADING.sub("", line.raw[start - line.start + marker.start() :].rstrip(_SPACE))
            term = term[: marker.start()]
        end = line.start + len(line.raw.rstrip(_SPACE))
        item = _FIRST_ITEM_RUN_IN.search(definition)
        sub = _SUB_ITEM.match(definition, item.end()) if item else None
        if sub is not None and _good_term(sub.group("term")) and _FINISHED.search(definition.rstrip(_SPACE)):
            # 财政收入 …目前主要包括:(1)各项税收包括增值税…。: the parent stops at its colon, the first
            # sub-item run into its line is an entry of its own (the others follow as numbered notes)
            at = line.raw.index(definition)
            parent_end = line.start + at + item.end("colon")
            out.append(([line.index], Found(term, definition[: item.end("colon")], line.raw[start - line.start : parent_end - line.start], line.index + 1, start, parent_end)))
            sub_start = line.start + at + sub.start("term")
            out.append(([line.index], Found(sub.group("term"), sub.group("definition").rstrip(_SPACE), line.raw[sub_start - line.start :].rstrip(_SPACE), line.index + 1, sub_start, end)))
            continue
        quote = line.raw[start - line.start :].rstrip(_SPACE)
        out.append(([line.index], Found(term, definition, quote, line.index + 1, start, end)))
    longer = len(out)
    out = _short_glosses(lines, free, out)
    short = {taken[0] for taken, _ in out} - {taken[0] for taken, _ in out if _SPACED.match(lines[taken[0]].raw) or _SPACED_VARIANT.match(lines[taken[0]].raw)} if len(out) > longer else set()
    # two lines at least, with different headwords: a title repeated on a page (a header line and
    # the same line above the article, 湖南省统计局 湖南省发展和改革委员会 …) is no yearbook list
    distinct = {re.sub(r"[\s\u3000]+", "", strip_pinyin(entry.term)) for _, entry in out}
    if len(out) < 2 or len(distinct) < 2:
        return []
    # a line holding no sentence at all (海绵拖把有异味怎么办 这几种方法或许能帮到你: a headline and its
    # subtitle in a list of article titles) is no entry, unless it announces a formula below
    # (a 指… line followed by a class code line is a table's complete definition, P227)
    return [
        (taken, entry)
        for taken, entry in _spaced_continued(lines, free, out)
        if (_SENTENCE_MARK.search(entry.definition) and not _speaker_remark(entry.definition)) or _coded_definition(lines, taken, entry)
        or taken[0] in short  # 戶主 本戶之戶長: a short gloss among the table's longer ones, whole without its stop
    ]


def _short_glosses(lines: list[_L], free: list[bool], out: list[tuple[list[int], Found]]) -> list[tuple[list[int], Found]]:
    """``out`` with the short headword lines (``_SHORT_SPACED``) of each block of lines, no blank line inside, that holds
    ``_SHORT_AMONG`` longer spaced entries or more: a term table flattened to lines glosses some words in a few characters
    (戶主訂正 戶主更正。) among its longer glosses, where alone such a line is a menu's or a heading's two words."""
    if len(out) < _SHORT_AMONG:
        return out
    taken = {k for ks, _ in out for k in ks}
    block_of: dict[int, int] = {}
    block = 0
    for line in lines:
        if line.blank:
            block += 1
        else:
            block_of[line.index] = block
    # (distinct words only: a law's items spaced after their numbers, 二、 碩士及博士學位亦得…, 684, are no headwords, and
    # a signature line among them, 行政長官 何厚鏵, no short gloss)
    # (glosses only, a sentence mark in them: an office's profile card, 机构名称 上海市… / 办公地址 … / 负责人 王建国, or a
    # policy reading's header, 发文机关 … / 解读机关 市发展改革委, spaces its fields as a term table does, and its short lines are a
    # name and a body, review 52)
    heads: dict[int, set[str]] = {}
    for ks, entry in out:
        if not _ITEM_NUMBER.fullmatch(entry.term.strip(_SPACE)) and _SENTENCE_MARK.search(entry.definition):
            heads.setdefault(block_of.get(ks[0], -1), set()).add(entry.term)
    counts = {b: len(terms) for b, terms in heads.items()}
    added = []
    for line in lines:
        if line.blank or not free[line.index] or line.index in taken or counts.get(block_of[line.index], 0) < _SHORT_AMONG:
            continue
        match = _SHORT_SPACED.match(line.raw)
        if match is None or not _good_term(match.group(1)) or _is_furniture(line.clean) or _table_row(line.raw):
            continue
        start = line.start + match.start(1)
        end = line.start + len(line.raw.rstrip(_SPACE))
        added.append(([line.index], Found(match.group(1), match.group(2), line.raw[match.start(1) :].rstrip(_SPACE), line.index + 1, start, end)))
    return sorted(out + added, key=lambda item: item[0][0])


def _coded_definition(lines: list[_L], taken: list[int], entry: Found) -> bool:
    """A ``指…`` line right below its headword and followed by a class code line (可调整养殖水面 / 指…但可复耕的土地 / 135)."""
    k = taken[-1] + 1
    return len(taken) == 2 and entry.definition.startswith("指") and k < len(lines) and bool(_CLASS_CODE_LINE.match(lines[k].raw))


_SENTENCE_MARK = re.compile(r"[。！？!?；;:：]")
# A headline's quoted remark after the gap: a short speaker, a colon and what was said, no other mark (跑夜馬食店八成滿  店東:
# 有生意好難唔做, P2481, a paper's 更多港聞 list of headlines): the colon is the speaker's, no sentence — unless the word before
# it is a gloss's label (定义:, 含义:, 释义:, 解释:, 意思:, 简称:).
_SPEAKER_REMARK = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4})[:：][^。！？!?；;:：]+")
# (nor a verb's colon before its list: 主要包括:…, 分为:…, 是指:…)
# (nor an indicator table's label: 城镇化率  计算方法:城镇常住人口除以总人口, 碳汇  来源:…, 口径, 范围, 公式, 说明, 单位, review 57 — a
# speaker is a person, the word before an indicator's colon an aspect of it)
_GLOSS_LABEL_WORD = re.compile(
    r"定[义義]|含[义義]|[释釋][义義]|解[释釋]|意思|意[为為]|[简簡][称稱]|全[称稱]|概念|内容|內容|又[称稱]|即|包括|包含|分[为為]|指|是|[为為]"
    r"|方法|公式|口径|口徑|范围|範圍|[来來]源|[说說]明|[单單]位|名[称稱]|[计計]算|[统統][计計]|[备備]注|用途|特[点點]|[类類]型|[标標]准|[标標]準"
)


def _speaker_remark(definition: str) -> bool:
    """Whether a spaced line's text is a headline's quoted remark (:data:`_SPEAKER_REMARK`), no gloss.

    >>> _speaker_remark("店東:有生意好難唔做"), _speaker_remark("定义:指国家财政的支出"), _speaker_remark("主要包括:采矿业、制造业")
    (True, False, False)
    >>> _speaker_remark("计算方法:城镇常住人口除以总人口"), _speaker_remark("来源:森林、草原等生态系统吸收的二氧化碳")
    (False, False)
    """
    m = _SPEAKER_REMARK.fullmatch(definition.strip(_SPACE))
    return m is not None and _GLOSS_LABEL_WORD.search(m.group("who")) is None


# A headword alone on its line, after an optional list number (1、不在业人口) and with an optional
# parenthesised other name (出生率(又称粗出生率)); the number is no part of the term.
_HEAD_ALONE = re.compile(
    r"^[\s\u3000]*(?:\d{1,3}、[\s\u3000]*)?([^\s\u3000，,。；;：:!！?？|=＝()（）、]{2,25}(?:[(（][^\s\u3000()（）,，。；;：:]{1,15}[)）])?)[\s\u3000]*$"
)
# A definition line ending with the formula it announces (…。计算公式为:负担老年系数=老年人口/15-64岁人口×100%):
# finished, though no stop closes it.
_CLOSING_FORMULA = re.compile(r"[。！？!?][^。！？!?]{0,20}(?:计算公式|計算公式|公式)[^。！？!?]{0,6}[:：][^。！？!?:：]{0,200}[=＝][^。！？!?:：=＝]{1,200}[\d%％‰)）]$")


# A class code alone on its line (112, 155K): in a land-class table each definition line is followed by the
# next class's code, so a definition there is complete without its stop (可调整苗圃 / 指…未被破坏的土地* / 14, P227).
_CLASS_CODE_LINE = re.compile(r"[\s\u3000]*\d{1,4}[A-Z]?[\s\u3000]*$")


def _definition_below(lines: list[_L], free: list[bool], line: _L) -> tuple[list[int], Found] | None:
    """In a yearbook list, a headword alone on its line whose definition, opening with 指 or 是指, is
    the next line (no blank line between): one entry of the list, read as a spaced line."""
    head = _HEAD_ALONE.match(line.raw)
    k = line.index + 1
    if head is None or k >= len(lines) or lines[k].blank or not free[k] or not _good_term(head.group(1)):
        return None
    text = lines[k].raw.strip(_SPACE)
    marker = _MARKER.match(text)
    if marker is None or marker.group() not in ("指", "是指") or len(text) < 10 or _is_furniture(line.clean):
        return None
    coded = k + 1 < len(lines) and bool(_CLASS_CODE_LINE.match(lines[k + 1].raw))
    if not _FINISHED.search(text) and text[-1:] not in ":：" and not _CLOSING_FORMULA.search(text) and not coded:
        return None  # a definition the source broke off (…法人单位实际) is no entry of the list
    end = lines[k].start + len(lines[k].raw.rstrip(_SPACE))
    return ([line.index, k], Found(head.group(1), text, text, line.index + 1, line.start + head.start(1), end))


_SPACED_RUN = 3  # lines at most that continue one entry
_WRAP_TAIL = re.compile(r"[\u4e00-\u9fff0-9A-Za-z、,，]$")


def _wrap_goes_on(definition: str, next_line: str) -> bool:
    """A yearbook definition cut in mid-sentence by a line break (…一种信用活动 / 形式。我国…):
    it ends in a character or a comma, and the next line opens without a headword and a space."""
    head = next_line.strip(_SPACE)
    return bool(_WRAP_TAIL.search(definition.rstrip(_SPACE))) and bool(head) and not _SPACED.match(head)


# A paragraph opening with a headword run straight into its marker (年度统计的年末人口数指每年…): an
# entry of its own between the spaced ones, not a paragraph going on about the entry above.
_RUN_IN_OPENING = re.compile(r"^[\s\u3000]*([^\s\u3000，,。；;：:、()（）]{2,16}?)(?:是指|系指|指(?![标標数數出导導挥揮示定明引南令向望针針]))")


def _paragraph_between(lines: list[_L], free: list[bool], entry_at: set[int], k: int) -> list[int]:
    """The lines of one paragraph of whole sentences after blank lines, followed (after blank
    lines) by the next entry of the list; or none (also when the paragraph opens as an entry
    of its own, ``X指…``)."""
    if k >= len(lines) or not lines[k].blank:
        return []
    while k < len(lines) and lines[k].blank:
        k += 1
    opening = _RUN_IN_OPENING.match(lines[k].clean) if k < len(lines) else None
    if opening is not None and _good_term(opening.group(1)) and not re.match(r"[本该該其此这這]", opening.group(1)):
        return []
    run = []
    while k < len(lines) and not lines[k].blank and free[k] and k not in entry_at and len(run) < _SPACED_RUN:
        line = lines[k]
        if _is_furniture(line.clean) or _table_row(line.raw) or _meta_line(line) or _headword(line) and len(line.clean.strip(_SPACE)) < 12:
            return []
        if not _FINISHED.search(line.clean.rstrip(_SPACE)):
            return []
        run.append(k)
        k += 1
    while k < len(lines) and lines[k].blank:
        k += 1
    return run if run and k in entry_at else []


def _spaced_continued(lines: list[_L], free: list[bool], out: list[tuple[list[int], Found]]) -> list[tuple[list[int], Found]]:
    """A yearbook entry goes on over the lines that follow it without a blank line when they
    lie between it and the next entry of the list (农林牧渔业总产值的计算方法… after 农林牧渔业总产值
    指…), or when it ends announcing a formula (…计算公式为: / 可支配收入=…)."""
    entry_at = {taken[0] for taken, _ in out}
    # entries set apart by blank lines: a paragraph between two of them, set apart alike, goes on the first
    apart = len(out) >= 2 and all(taken[0] > 0 and lines[taken[0] - 1].blank for taken, _ in out[1:])
    result = []
    for taken, entry in out:
        k, run = taken[-1] + 1, []
        paragraph = _paragraph_between(lines, free, entry_at, k) if apart and _FINISHED.search(entry.definition.rstrip(_SPACE)) else []
        if paragraph:  # 普通高等学校 指…。 / (blank) / 大学、独立设置的学院主要实施…。 / (blank) / 成人高等学校 指…
            texts = [lines[m].raw.strip(_SPACE) for m in paragraph]
            last = lines[paragraph[-1]]
            joined = Found(entry.term, entry.definition + "".join(texts), entry.quote + "".join(texts), entry.line, entry.start, last.start + len(last.raw.rstrip(_SPACE)))
            result.append(([*taken, *paragraph], joined))
            continue
        if entry.definition.rstrip(_SPACE)[-1:] in ":：":  # …计算公式为: / (blank lines) / 经营净收入=经营收入-…
            while k < len(lines) and lines[k].blank and k - taken[-1] <= 3:
                k += 1
            if k < len(lines) and (k == taken[-1] + 1 or not re.search("[=＝]", lines[k].clean)):
                k = taken[-1] + 1
        while k < len(lines) and len(run) < _SPACED_RUN and k not in entry_at and free[k] and not lines[k].blank:
            line = lines[k]
            if _is_furniture(line.clean) or _table_row(line.raw) or _meta_line(line) or _headword(line) and len(line.clean.strip(_SPACE)) < 12:
                break
            run.append(k)
            k += 1
        if not run:  # the next line is blank, another entry or furniture: nothing goes on
            result.append((taken, entry))
            continue
        announces = entry.definition.rstrip(_SPACE)[-1:] in ":："
        if announces:  # …计算公式为: / the formula line
            run = run[:1]
        elif not (k in entry_at and all(_FINISHED.search(lines[m].clean.rstrip(_SPACE)) for m in run)):
            run = []  # only paragraphs of whole sentences between two entries continue the first
        elif not _FINISHED.search(entry.definition.rstrip(_SPACE)) and not _wrap_goes_on(entry.definition, lines[run[0]].clean):
            run = []  # a definition broken across a line (…一种信用活动 / 形式。我国…) goes on
        if not run:
            result.append((taken, entry))
            continue
        texts = [lines[m].raw.strip(_SPACE) for m in run]
        last = lines[run[-1]]
        joined = Found(entry.term, entry.definition + "".join(texts), entry.quote + "".join(texts), entry.line, entry.start, last.start + len(last.raw.rstrip(_SPACE)))
        result.append(([*taken, *run], joined))
    return result


# 注:旅游饭店为列入省旅游局统计范围的酒店、宾馆(主要为星级酒店) |: a table's note defining one of its
# row labels by 为 (a figure after 为 is no definition, nor is 为了/为主/为例/为止).
_TABLE_NOTE = re.compile(
    r"^[\s\u3000]*(?:注|註|备注|備註)[:：][\s\u3000]*([^\s\u3000，,。；;:：|（(]{2,12}?)([为為](?![了主例止准準何])[\u4e00-\u9fff][^|｜]{5,}?)[\s\u3000|｜]*$"
)


def _table_notes(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """A note under a table (``注:X为…``) whose X is a row label of the table above it (a cell of a
    ``|`` row opens with X, after an optional ``#`` or section number) defines X."""
    out = []
    labels: set[str] = set()
    for line in lines:
        if line.blank:
            continue
        if _table_row(line.raw):
            for cell in re.split(r"[|｜]", line.clean):
                cell = re.sub(r"^[\s\u3000#]*(?:[一二三四五六七八九十]{1,3}、)?", "", cell).strip(_SPACE)
                labels.update(cell[:k] for k in range(2, min(len(cell), 12) + 1))  # its openings (terms are 2–12 characters)
            continue
        match = _TABLE_NOTE.match(line.raw)
        if not match or not free[line.index] or not labels or not _good_term(match.group(1)):
            continue
        term = match.group(1)
        if term not in labels:
            continue
        definition = match.group(2).rstrip(_SPACE + "|｜")
        end = line.start + match.end(2)
        out.append((line.index, Found(term, definition, term + definition, line.index + 1, line.start + match.start(1), end)))
    return out


# A mirror that wrote every paragraph of a release as a table row (| 三、指標解釋: | |||| / | X:指…。 | ||||):
# a row whose only filled cell is its first. Below such a row naming the indicator explanations, each
# such row holding ``X:指…`` (or ``是指``) and ending a sentence is an entry; other rows are table cells.
_ROW_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．][\s\u3000]*)?(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋)[\s\u3000]*[:：]?")
_ROW_ENTRY = re.compile(r"(?P<term>[^:：|｜]{2,60}?)[:：][\s\u3000]*(?P<definition>.+)")


def _single_cell(raw: str) -> tuple[int, str] | None:
    """``(offset, text)`` of a table row's first cell when no other cell is filled."""
    if not _table_row(raw):
        return None
    cells = [(m.start(), m.group()) for m in re.finditer(r"[^|｜]+", raw)]
    filled = [(at, cell) for at, cell in cells if cell.strip(_SPACE)]
    if len(filled) != 1 or raw[: filled[0][0]].strip(_SPACE + "|｜"):
        return None
    at, cell = filled[0]
    return at + len(cell) - len(cell.lstrip(_SPACE)), cell.strip(_SPACE)


def _row_notes(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    out = []
    below = False  # the rows since a one-cell row naming the indicator explanations
    for line in lines:
        if line.blank:
            continue
        cell = _single_cell(line.raw) if free[line.index] else None
        if cell is None:
            below = False
            continue
        at, text = cell
        if _ROW_HEADING.fullmatch(strip_pinyin(text)):
            below = True
            continue
        match = _ROW_ENTRY.fullmatch(text) if below else None
        if match is None:
            continue
        term, definition = match.group("term"), match.group("definition")
        clean = strip_pinyin(definition)
        if not _good_term(term) or not re.match(r"(?:是指|系指|指)(?![标標数數出导導])", clean) or not _FINISHED.search(clean):
            continue
        start = line.start + at
        out.append((line.index, Found(term, definition, text, line.index + 1, start, start + len(text))))
    return out


# A popular glossary typed with a space before each colon (税收 :国家依据税法强制征收的…, 免退税/免抵退税 :…),
# the definitions mostly without a verb or a closing stop: the space before the colon marks these lines as a
# list's entries, so a run of them counts (at least _SPACE_COLON_RUN on the page; category headings such as
# 一、基础概念类 and a closing 注:… remark are none, having no space before their colon).
_SPACE_COLON = re.compile(
    r"^[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:!！?？|“”()（）]{2,16})[ \u3000]+[:：][\s\u3000]*"
    r"(?P<definition>[\u4e00-\u9fff“「][^:：|]{3,})$"  # greedy, its trailing spaces cut in code (no backtracking)
)
_SPACE_COLON_RUN = 3
# The run's next line typed without the space (等高線 :… / 數值地形模型(Digital Terrial Model ,DTM):乃以…。, 610): the same
# glossary's entry, its headword perhaps followed by its English name and abbreviation in brackets (kept in the term, as a
# glossary line's aside is); only right below a run's line and ending a sentence.
_GLUED_COLON = re.compile(
    r"^[\s\u3000]*(?P<term>[^\s\u3000，,。；;：:!！?？|“”()（）]{2,16}(?:[(（][^()（）:：]{1,40}[)）])?)[:：][\s\u3000]*"
    r"(?P<definition>[\u4e00-\u9fff“「][^:：|]{3,}[。！？!?])[\s\u3000]*$"
)


def _space_colon_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X :…`` lines (a space before the colon), when the page holds at least three of them."""
    from policyterms.mining.extract_layouts.notes import _points_sections

    out = []
    points = _points_sections(lines)
    for line in lines:
        if not free[line.index] or _table_row(line.raw) or _is_furniture(line.clean):
            continue
        match = _SPACE_COLON.match(line.raw)
        if not match or not _good_term(match.group("term")) or re.match(r"[一二三四五六七八九十\d]", match.group("term")):
            continue
        term, definition = match.group("term"), match.group("definition").rstrip(_SPACE)
        end = match.start("definition") + len(definition)
        if len(definition) < 4:
            continue
        found = Found(term, definition, line.raw[match.start("term") : end], line.index + 1,
                      line.start + match.start("term"), line.start + end)
        out.append((line.index, found))
    if len(out) < _SPACE_COLON_RUN:
        return []
    out += _glued_after_run(lines, free, {k for k, _ in out})
    out.sort(key=lambda pair: pair[0])
    # 三、实施机制 / - / 动态评估框架 :采用…: a point of a section announcing points (P1668), read, no gloss
    for k, found in out:
        if points[k] and not OPENS_WITH_MARKER.match(found.definition):
            free[k] = False
    return [(k, found) for k, found in out if free[k]]


def _glued_after_run(lines: list[_L], free: list[bool], run: set[int]) -> list[tuple[int, Found]]:
    """The ``X:…`` lines right below a line of a run of ``X :…`` lines (:data:`_GLUED_COLON`). Acts on 610 (a survey
    office's glossary lines, fifty-eighth set) alone among the pages: the plain reading of a glossary whose last line
    lost its space."""
    out = []
    for k in sorted(run):
        nxt = k + 1
        if nxt in run or nxt >= len(lines) or not free[nxt]:
            continue
        line = lines[nxt]
        match = _GLUED_COLON.match(line.raw)
        if match is None or not _good_term(match.group("term")) or _is_furniture(line.clean):
            continue
        term, definition = match.group("term"), match.group("definition")
        end = match.end("definition")
        found = Found(term, definition, line.raw[match.start("term") : end], line.index + 1,
                      line.start + match.start("term"), line.start + end)
        out.append((nxt, found))
    return out


# A lead-in announcing a numbered list with its first item run into it (具体包括但不限于以下方面: 1. 人员工资福利:
# 包括…。), the second item opening the next line (2. 办公及行政费用:…): the run-in item is the list's first entry.
_LEAD_IN_FIRST_ITEM = re.compile(
    r"^[\s\u3000]*[^:：。！？!?]{0,30}(?:包括|包含|分为|分為|如下|以下[^:：。]{0,6})[:：][\s\u3000]*1[.．、][\s\u3000]*"
    r"(?P<term>[^\s\u3000，,。；;：:!！?？|()（）]{2,16})[:：][\s\u3000]*(?P<definition>[\u4e00-\u9fff][^:：]{5,}[。！？!?])[\s\u3000]*$"
)
_SECOND_ITEM = re.compile(r"^[\s\u3000]*2[.．、][\s\u3000]*[^\s\u3000，,。；;：:]{2,16}[:：]")


def _lead_in_first_items(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """The first item run into its list's lead-in, when the next line opens the second item."""
    out = []
    for line in lines:
        if not free[line.index] or line.index + 1 >= len(lines) or not _SECOND_ITEM.match(lines[line.index + 1].raw):
            continue
        match = _LEAD_IN_FIRST_ITEM.match(line.raw)
        if match is None or not _good_term(match.group("term")):
            continue
        found = Found(match.group("term"), match.group("definition"), line.raw[match.start("term") : match.end("definition")],
                      line.index + 1, line.start + match.start("term"), line.start + match.end("definition"))
        out.append((line.index, found))
    return out


# A bilingual word-of-the-day page: an English sentence followed by the Chinese gloss in brackets,
# `Rural poor people are free from worries ….(“两不愁三保障”:农村贫困人口不愁吃、不愁穿,…)`: the quoted
# headword and what follows its colon, up to the closing bracket (converter pinyin inside is kept).
_ENGLISH_THEN_GLOSS = re.compile(
    r"^[\s\u3000]*[A-Za-z][A-Za-z0-9 ,.;'’\"-]{20,}[.!?]?[\s\u3000]*[(（]"
    r"(?P<term>[“「][^“”「」:：,，。]{2,25}[”」])[:：][\s\u3000]*(?P<definition>[^:：]{4,300})[)）][\s\u3000]*$"
)


def _english_glossed_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``English sentence.(“X”:gloss)`` lines: X and its gloss."""
    out = []
    for line in lines:
        if not free[line.index] or line.blank:
            continue
        match = _ENGLISH_THEN_GLOSS.match(line.raw)
        if not match or not _good_term(match.group("term")):
            continue
        definition = match.group("definition").rstrip(_SPACE)
        found = Found(match.group("term"), definition, line.raw[match.start("term") : match.end("definition")].rstrip(_SPACE),
                      line.index + 1, line.start + match.start("term"), line.start + match.start("definition") + len(definition))
        out.append((line.index, found))
    return out


# A knowledge base's question and answer rows (问题名称: | 什么是耕地“进出平衡”? | / 规范答案: | …实行年度“进出平衡”,
# 即…。(出自…) |): the question names a quoted headword, and the answer's `“X”,即…` sentence defines it, from 即
# to its full stop (a source note after it left out).
_QUESTION_ROW = re.compile(
    r"^[\s\u3000|]*(?:问题名称|問題名稱|问题|問題|问|問)[\s\u3000]*[:：]?[\s\u3000]*[|｜][\s\u3000]*"
    r"(?:什么是|什麼是|何为|何謂|何谓|什么叫|什麼叫)[^|｜?？]{0,20}?(?P<term>[“「][^“”「」|｜]{1,25}[”」])[^|｜]{0,10}[?？]"
)
_ANSWER_ROW = re.compile(r"^[\s\u3000|]*(?:规范答案|規範答案|答案|答复|答復|回答|解答)[\s\u3000]*[:：]?[\s\u3000]*[|｜]")


def _question_answer_rows(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """A question row naming “X” and the answer row below it defining X with ``“X”,即…。``."""
    out = []
    for n, line in enumerate(lines):
        if not free[line.index] or line.blank:
            continue
        question = _QUESTION_ROW.match(line.raw)
        if not question:
            continue
        k = n + 1
        while k < len(lines) and lines[k].blank:
            k += 1
        if k >= len(lines) or not free[k] or not _ANSWER_ROW.match(lines[k].raw):
            continue
        answer = lines[k].raw
        term = question.group("term")
        at = answer.find(term)
        ji = re.compile(r"[\s\u3000]*[,，]?[\s\u3000]*(?=即(?![使便将將刻时時可]))").match(answer, at + len(term)) if at >= 0 else None
        if ji is None or not _good_term(term):
            continue
        start = ji.end()
        stop = re.compile(r"[。！？!?]").search(answer, start)
        if stop is None:
            continue
        definition = answer[start : stop.end()]
        found = Found(term, definition, answer[at : stop.end()], k + 1, lines[k].start + at, lines[k].start + stop.end())
        out.append(([n, k], found))
    return out


# A headword with a labelled definition run into a line (一般基本农田:定义:一般基本农田是指…。性质:它是…): the
# headword, the label 定义 and the restated headword left out; the definition from the marker to the full stop
# before the next label (性质:, 特点:, 作用: …).
_LABELLED_RUN_IN = re.compile(
    r"(?:^|(?<=[\s\u3000|]))(?P<term>[^\s\u3000:：,，。；;|“”]{2,20})[:：][\s\u3000]*(?:定义|定義|含义|含義|释义|釋義)[:：][\s\u3000]*"
    r"(?P=term)?(?P<definition>(?:是指|系指|係指|指)[^:：|]{4,400}?[。！!])(?=[\s\u3000]*[^\s\u3000:：,，。；;|]{2,6}[:：])"
)


def _labelled_run_in(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``X:定义:X是指…。性质:…`` inside a line: X and its definition, up to the next label."""
    out = []
    for line in lines:
        if not free[line.index] or line.blank:
            continue
        for match in _LABELLED_RUN_IN.finditer(line.raw):
            if not _good_term(match.group("term")):
                continue
            found = Found(match.group("term"), match.group("definition"), line.raw[match.start() : match.end()],
                          line.index + 1, line.start + match.start(), line.start + match.end())
            out.append((line.index, found))
    return out
