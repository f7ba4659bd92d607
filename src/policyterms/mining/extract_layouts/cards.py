"""Pass 1a: an encyclopedia card in table cells."""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import Found, _FINISHED, _L, _SPACE, _good_term, _table_row


# --- pass 1a: an encyclopedia card in table cells -------------------------------------------

# 词条 | 营业额 | / 类别 | … | / 释义 | 营业额生产、经营单位…。 |: the headword row and the meaning row of a card.
_CARD_HEAD = re.compile(r"^(?:词条|詞條|条目|條目|词目|詞目|名称|名稱|术语|術語|词语|詞語)$")
_CARD_MEANING = re.compile(r"^(?:释义|釋義|解释|解釋|定义|定義|含义|含義|词义|詞義|释文|釋文|基本解释|基本解釋)$")
_CARD_ROWS = 4  # rows at most between the headword row and the meaning row
# The headword's English name run in after it at the start of the meaning cell (工程验收acceptance check of completed project
# 建设项目按…的工作。, P1257, an open encyclopedia's card): a name, no part of the gloss, which opens at the Chinese after it.
_ENGLISH_NAME_RUN_IN = re.compile(r"[(（]?[A-Za-z][A-Za-z'\- ]{2,80}[)）]?[\s\u3000,，:：]*(?=[\u4e00-\u9fff])")


def _cards(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """A card whose rows are ``label | value |`` cells: the value of a headword row (词条, 名称, 术语)
    is the term, the value of the meaning row below it (释义, 解释, 定义) its definition, a restated
    headword at its start left out (营业额生产、经营单位… → 生产、经营单位…)."""
    out = []
    head: tuple[int, str] | None = None
    asked: str | None = None  # the one term the page's question title asks about, looked up once
    for line in lines:
        if line.blank or not free[line.index] or not _table_row(line.raw):
            continue
        cells = [c.strip(_SPACE) for c in re.split(r"[|｜]", line.raw.strip(_SPACE))]
        cells = [c for c in cells if c]
        if len(cells) < 2:
            continue
        label, value = strip_pinyin(cells[0]), "|".join(cells[1:])
        if _CARD_HEAD.match(label) and len(cells) == 2 and _good_term(value):
            head = (line.index, value)
            continue
        if head is None and len(cells) == 2 and _ROW_MEANING.match(label):
            restated = _restated_row(lines, line, value)  # 概念 | X是在…。 |: the cell names its own headword
            if restated is None and asked is None:
                asked = _asked_term(lines) or ""
            if restated is None and asked and _FINISHED.search(value) and len(strip_pinyin(value)) >= 8:
                # 【省直管县是啥意思】… / 定义 | 省级政府直接管理县级行政单位,不经过地级市。 |: the asked term's meaning row (P1064)
                at = line.start + line.raw.index(value)
                restated = Found(asked, value, value, line.index + 1, at, at + len(value))
            if restated is not None:
                out.append(([line.index], restated))
            continue
        if head is None or line.index - head[0] > _CARD_ROWS or not _CARD_MEANING.match(label) or len(cells) != 2:
            continue
        term = head[1]
        definition = value
        if definition.startswith(term):
            definition = definition[len(term) :].lstrip(_SPACE + ",，:：")
            english = _ENGLISH_NAME_RUN_IN.match(definition)  # 工程验收acceptance check of completed project建设项目…
            definition = definition[english.end() :] if english else definition
        if len(strip_pinyin(definition)) < 4 or not _FINISHED.search(definition):
            continue
        at = line.start + line.raw.index(value)
        out.append(([head[0], line.index], Found(term, definition, value, line.index + 1, at, at + len(value))))
        head = None
    return out


# An encyclopedia's info box flattened to lines, each label on a line and its value on the next (中文名 / 园区 / 拼 音 /
# yuán qū / 释 义 / 政府集中统一规划指定区域 / 分 类 / …, P1058; a label's characters may be spaced): the value under
# 中文名 is the headword, the value under 释义 its definition, as a card's rows give them.
# A statistics office's metadata card is the same box (統計資料說明 / 資料名稱 / 113保護專線兒少保護案件通報數 / 資料定義 /
# 113保護專線受理民眾通報…之通報件數統計。 / 提供機關 / …, 611): the series named under 資料名稱 (or 指標名稱) is the headword,
# the value under 資料定義 (or 指標定義) its definition; the other rows (提供機關, 更新時間) are metadata. Acts on 611 alone among
# the pages (a table's column head 指标名称 over 计量单位, 185, 35, 36, 82, has no meaning label below it): the plain reading
# of a statistics card's label rows.
_BOX_HEAD = re.compile(r"^(?:中文名|中文名[称稱]|(?:[资資]料|[指][标標])名[称稱])$")
_BOX_MEANING = re.compile(r"^(?:释义|釋義|含义|含義|定义|定義|(?:[资資]料|[指][标標])定[义義])$")
_BOX_LABEL = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,4}$")
_BOX_ROWS = 4  # label and value pairs at most from the headword's to the meaning's


def _label(line: _L) -> str:
    return re.sub(r"[ \u3000]", "", line.clean.strip(_SPACE))


def info_box(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entry of each flattened info box (:data:`_BOX_HEAD`): the headword from the value under 中文名, the definition
    the value under 释义, two lines below a label line each, blank lines left out. None unless every line between is a
    short label or a value line of its own."""
    rows = [line for line in lines if not line.blank]
    out = []
    for n, line in enumerate(rows):
        if not _BOX_HEAD.match(_label(line)) or n + 1 >= len(rows) or not free[line.index]:
            continue
        term = rows[n + 1].raw.strip(_SPACE)
        if not _good_term(term):
            continue
        for m in range(n + 2, min(n + 2 + 2 * _BOX_ROWS, len(rows) - 1), 2):
            label, value = rows[m], rows[m + 1]
            if not _BOX_LABEL.match(label.clean.strip(_SPACE)) or not (free[label.index] and free[value.index]):
                break
            if _BOX_MEANING.match(_label(label)):
                definition = value.raw.strip(_SPACE)
                if len(strip_pinyin(definition)) >= 4 and not _BOX_LABEL.match(definition):
                    at = value.start + value.raw.index(definition)
                    out.append(([line.index, rows[n + 1].index, label.index, value.index], Found(term, definition, definition, value.index + 1, at, at + len(definition))))
                break
    return out


# A table's meaning row without a headword row above it (项目 | 内容说明 | / 概念 | X是…。 |, P1015): the cell opens with
# the headword it glosses and a marker (是在… too: the label says the cell tells what the thing is).
_ROW_MEANING = re.compile(r"^(?:概念|定义|定義|含义|含義|涵义|涵義|释义|釋義)$")
_RESTATED_CELL = re.compile(r"(?P<term>[^\s\u3000,，。；;:：|｜“”「」()（）]{2,20}?)(?P<marker>是指(?![导導挥揮])|是(?![否因为為不由]))")


# How many lines at the top of a page may hold its question title.
_TITLE_LINES = 8


def _asked_term(lines: list[_L]) -> str | None:
    """The one term the page asks about in a question title among its first lines (``什么是X?``, ``X是什么意思``, a
    bracketed ``【X是啥意思】`` run into the answer), quotation marks off; None when it asks about none or several."""
    from policyterms.mining.extract_layouts.topics import _BRACKETED_QUESTION, _QUESTION

    asked = set()
    for line in [line for line in lines if not line.blank][:_TITLE_LINES]:
        text = line.clean.strip(_SPACE)
        question = _QUESTION.fullmatch(text) or _BRACKETED_QUESTION.match(text)
        if question is not None:
            asked.add(((question.groupdict().get("a") or "") or question.group("b")).strip("“”「」『』\""))
    return asked.pop() if len(asked) == 1 and _good_term(next(iter(asked))) else None


def _restated_row(lines: list[_L], line: _L, value: str) -> Found | None:
    """The entry of a meaning row (``概念 | 构建社会主义和谐社会是在…。 |``) whose cell opens with a headword the page names
    on another line and a marker (是指, 是), finished with a stop: the headword is the term, the definition from the
    marker; None otherwise (a cell saying what the row's label is about in other words)."""
    match = _RESTATED_CELL.match(value)
    if match is None or not _good_term(match.group("term")) or not _FINISHED.search(value):
        return None
    term = match.group("term")
    if not any(term in other.clean for other in lines if other.index != line.index and not other.blank):
        return None
    at = line.start + line.raw.index(value)
    return Found(term, value[match.start("marker") :], value, line.index + 1, at, at + len(value))


# A glossary laid out as a table: a header row naming a term column (名词, 名称, 术语, 指标名称 …) and an
# explanation column (解释, 名词解释, 含义, 定义, 释义 …), then one row per term (| 1 | 财政拨款收入 | 指… |).
_TERM_COLUMN = re.compile(r"^(?:名词|名詞|名称|名稱|术语|術語|词条|詞條|词语|詞語|概念|指标|指標|指标名称|指標名稱|项目|項目|科目)$")
_DEFINITION_COLUMN = re.compile(
    r"^(?:解释|解釋|名词解释|名詞解釋|含义|含義|涵义|涵義|定义|定義|释义|釋義|指标解释|指標解釋|指标含义|指標含義|概念解释|概念解釋|内容解释|內容解釋"
    r"|含义说明|含義說明)$"
)
# In a meaning table, the column naming what each row glosses may be headed by the kind of thing or its name
# (类型 | 定义 | 示例, 类型 | 区域名称 | 含义说明 |): the nearest such cell left of the definition column is the
# term column. A column of remarks (内容说明, 说明) is no definition column, so a table of features or works
# (特征 | 内容说明, 建设内容 | 说明, P174, P324) gives no entries.
# (or by 内容, the items a table of contents glosses: 内容 | 定义 | 说明 | / 农业 | 指种植、养殖…, P1294)
_KIND_COLUMN = re.compile(r"^(?:类型|類型|类别|類別|种类|種類|内容|內容|[^\s|｜]{0,4}(?:名称|名稱))$")
# A composition table (| 组成部分 | 说明 |) glosses each part of a code in its remarks column: there 说明 is the
# definition column, which over roles or questions (| 作用 | 说明 |, | 问题 | 回答 |) it is not. Nor over a schema's fields
# (| 字段 | 说明 |): its remarks say what to fill in or collect (| 两队近 10 场 | 比分、对手、主客场分离 |), no gloss.
_PARTS_COLUMN = re.compile(r"^(?:组成部分|組成部分|构成部分|構成部分)$")
_REMARKS_COLUMN = re.compile(r"^(?:说明|說明)$")
# A cell giving examples only (如国有建设用地、集体土地等): no gloss of its row's term.
_EXAMPLES_ONLY = re.compile(r"^(?:如|例如|比如|譬如)(?![何果此])")
_RULE_ROW = re.compile(r"^[\s|｜:：\-—=]+$")  # | --- | --- |: a markdown table's rule
_TABLE_GAP = 1  # blank lines allowed between rows


def _cells(raw: str) -> list[str]:
    text = raw.strip(_SPACE)
    parts = re.split(r"[|｜]", text) if _table_row(text) or text.startswith(("|", "｜")) else text.split("\t")
    if parts and not parts[0].strip(_SPACE):
        parts = parts[1:]
    if parts and not parts[-1].strip(_SPACE):
        parts = parts[:-1]
    return [part.strip(_SPACE) for part in parts]


def _columns(header: list[str]) -> tuple[int | None, int | None]:
    """The term column and the definition column of a table's header row: a term column named as such
    (名词, 指标名称); else, in a meaning table, the nearest cell naming a kind or a name (类型, 区域名称) left of the
    definition column (定义, 含义说明). (None, None) when the header names no definition column."""
    definition_col = next((i for i, c in enumerate(header) if _DEFINITION_COLUMN.match(c)), None)
    if definition_col is None:
        parts_col = next((i for i, c in enumerate(header) if _PARTS_COLUMN.match(c)), None)
        remarks_col = next((i for i, c in enumerate(header) if _REMARKS_COLUMN.match(c)), None)
        if parts_col is not None and remarks_col is not None and parts_col < remarks_col:
            return parts_col, remarks_col  # | 组成部分 | 说明 | / | 宗地号 | 用于标识同一地块内的不同宗地 |
        return None, None
    term_col = next((i for i, c in enumerate(header) if _TERM_COLUMN.match(c)), None)
    if term_col is None:
        term_col = next((i for i in range(definition_col - 1, -1, -1) if _KIND_COLUMN.match(header[i])), None)
    return term_col, definition_col


def _aligned_cells(cells: list[str], width: int, term_col: int | None, definition_col: int | None = None) -> list[str]:
    """A row's cells aligned with a header of ``width`` columns. A group's cell spanning several rows (类型 |
    区域名称 | 含义说明 | / 行政区域 | 城区 | … | / 郊区 | 城市外围的非核心区 | |) is printed on the group's first row
    only, so the later rows lose their first cells and end in empty ones: when the filled cells fill exactly the
    columns from the term column on, they are moved right to stand under them (empty cells before them). A row
    whose definition cell is filled where it stands is aligned already: only a remarks column after it is empty
    (序号 | 名词 | 解释 | 备注 | / | 1 | 财政拨款收入 | 指… | |)."""
    filled = list(cells)
    while filled and not filled[-1]:
        filled.pop()
    if definition_col is not None and len(filled) > definition_col:
        return cells
    if term_col is None or len(filled) == len(cells) == width or not 0 < term_col or len(filled) != width - term_col or not all(filled):
        return cells
    return [""] * term_col + filled


# A header row whose cells are separated by single spaces (类型 定义 示例): two to four short cells, one of them a
# definition column. Its rows are split the same way and must have as many cells.
_SPACED_SEPARATOR = re.compile(r"[ \u3000]+")


def _spaced_cells(raw: str) -> list[str]:
    """The cells of a row whose cells are separated by spaces."""
    return [c for c in _SPACED_SEPARATOR.split(raw.strip(_SPACE)) if c]


def _spaced_header(raw: str) -> list[str] | None:
    """The cells of a header row separated by spaces (类型 定义 示例), or None: two to four cells of at most six
    characters each, naming a definition column and a term column."""
    cells = [strip_pinyin(c) for c in _spaced_cells(raw)]
    if not 2 <= len(cells) <= 4 or any(len(c) > 6 for c in cells):
        return None
    term_col, definition_col = _columns(cells)
    return cells if term_col is not None and definition_col is not None and term_col != definition_col else None


def _glossary_table(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """Rows of a table whose header names a term column and an explanation column: each row's
    term cell is the term and its explanation cell the definition (a restated term at its start
    left out). The table ends at a line that is no row (blank lines between rows allowed, one at
    most); two entries at least."""
    out: list[tuple[list[int], Found]] = []
    k, n = 0, len(lines)
    while k < n:
        line = lines[k]
        k += 1
        if line.blank or not free[line.index]:
            continue
        spaced = "|" not in line.raw and "｜" not in line.raw and "\t" not in line.raw.strip(_SPACE)
        header = _spaced_header(line.raw) if spaced else [strip_pinyin(c) for c in _cells(line.raw)]
        if header is None:
            continue
        term_col, definition_col = _columns(header)
        if term_col is None or definition_col is None or term_col == definition_col:
            continue
        rows: list[tuple[list[int], Found]] = []
        gap = 0
        while k < n and free[k]:
            row = lines[k]
            if row.blank:
                gap += 1
                if gap > _TABLE_GAP:
                    break
                k += 1
                continue
            cells = _spaced_cells(row.raw) if spaced else _aligned_cells(_cells(row.raw), len(header), term_col, definition_col)
            if _RULE_ROW.match(row.raw):
                k += 1
                continue
            if len(cells) != len(header):
                break
            gap = 0
            k += 1
            term, definition = cells[term_col], cells[definition_col]
            if definition.startswith(term):
                definition = definition[len(term) :].lstrip(_SPACE + ",，:：")
            if _EXAMPLES_ONLY.match(definition):
                continue  # | 土地使用权类型 | 如国有建设用地、集体土地等 |: examples, no gloss
            if not _good_term(term) or len(strip_pinyin(definition)) < 4 or not any("\u4e00" <= ch <= "\u9fff" for ch in definition[:4]):
                continue
            term_at = row.raw.index(term)
            definition_end = row.raw.index(definition, term_at + len(term)) + len(definition)
            quote = row.raw[term_at:definition_end]  # verbatim, the cell borders between included
            rows.append(([row.index], Found(term, definition, quote, row.index + 1, row.start + term_at, row.start + definition_end)))
        if len(rows) >= 2:
            out.extend(rows)
    return out


# A card written with colons (关键词:新质生产力 / 释义:创新起主导作用…): a headword label line, then within
# a few lines a meaning label line.
_COLON_CARD_HEAD = re.compile(
    r"^[\s\u3000]*(?:关键词|關鍵詞|词条|詞條|名词|名詞|术语|術語|词语|詞語|热词|熱詞|新词|新詞)[0-9一二三四五六七八九十]{0,3}[\s\u3000]*[:：｜|][\s\u3000]*(?P<term>\S.{0,30}?)[\s\u3000]*$"
)
_COLON_CARD_MEANING = re.compile(r"^[\s\u3000]*(?:释义|釋義|解释|解釋|含义|含義|定义|定義|词义|詞義|基本解释|基本解釋)[\s\u3000]*[:：][\s\u3000]*(?P<definition>\S.*?)[\s\u3000]*$")


def _colon_cards(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """``关键词:X`` (also 词条, 术语, 新词1 …) and, within :data:`_CARD_ROWS` lines below, ``释义:…`` (also 解释,
    含义, 定义): X and its definition (a restated headword at its start left out). Read before the
    notes, whose colon lines these are."""
    out: list[tuple[list[int], Found]] = []
    head: tuple[int, str, int] | None = None  # (line, term, its offset)
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        card = _COLON_CARD_HEAD.match(line.raw)
        if card and _good_term(card.group("term")):
            head = (line.index, card.group("term"), line.start + card.start("term"))
            continue
        meaning = _COLON_CARD_MEANING.match(line.raw)
        if head is None or meaning is None or line.index - head[0] > _CARD_ROWS:
            continue
        term, definition = head[1], meaning.group("definition")
        at = line.start + meaning.start("definition")
        if definition.startswith(term):
            cut = len(definition) - len(definition[len(term) :].lstrip(_SPACE + ",，:："))
            definition, at = definition[cut:], at + cut
        if len(strip_pinyin(definition)) >= 4 and _FINISHED.search(definition):
            out.append(([head[0], line.index], Found(term, definition, definition, line.index + 1, at, at + len(definition))))
        head = None
    return out
