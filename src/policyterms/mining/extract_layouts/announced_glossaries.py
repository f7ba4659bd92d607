"""Lines of a page that calls itself a glossary by a title the 名词解释 readers do not know: ``辭彙 (防洪)`` (488, the Drainage
Services Department's flood glossary), ``Lexicon 名詞釋義`` (P2602, a foundation's Chinese newsroom), a first sentence
``本术语表提供了…术语的一般性描述`` (P2727, a travel insurer's glossary). Under such a title a line opening with a headword and a
separator — a colon, a dash, an English name in brackets before either (``access to health care (獲取醫療健保) — …``, its bracket
sometimes never closed: ``意外事故(Accident: …``) — or a headword run into 即, 是指 or a bare 是 (``重現期是統計學上…``, the
card's headword lost by the copy) is an entry: the page has said its lines define words, which is what a bare 是 elsewhere
does not say (a report's ``“港独”是没有出路的`` weighs a word in the same shape).

The headword holds a Han character (a rating scale's ``A++ :卓越`` lines name grades, not words), has no sentence or clause
mark, and is up to 30 characters (60 with an English name); the definition is the rest of the line, 4 characters at least.
Only lines no earlier pass read, after the title; the title must stand among the page's first twelve non-blank lines. A
line restating the headword line right above it (``地租`` / ``地租是…``, 309's 常用词汇表) is left to the headword lines' layout,
which reads the block and its neighbours."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import HAN, SENTENCE_STOP, Found, _L

__all__ = ["announced_glossary_lines"]

# The title: a short line holding a glossary's name (a topic in brackets or an English word beside it allowed).
_TITLE = re.compile(
    r"[^，,。；;：:!！?？|｜]{0,20}(?:辭彙|辞汇|詞彙表|词汇表|術語表|术语表|名詞釋義|名词释义|Glossary|Lexicon)(?![\s\u3000]*(?:解釋|解释))"
    r"[^，,。；;：:!！?？|｜]{0,20}",
    re.IGNORECASE,
)
# The first sentence announcing the list (本术语表提供了…的一般性描述。).
_ANNOUNCING = re.compile(r"^[\s\u3000]*本(?:术语表|術語表|词汇表|詞彙表)")
# A headword and a separator: a colon or a dash, a name in brackets before it; a bracket left open before the colon only
# when it opens an English name (意外事故(Accident:), so a colon inside a Chinese bracket (具身智能(外延新词:…)) is no separator.
_SEPARATED = re.compile(
    r"^[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、—()（）][^,，。；;:：、—()（）]{0,29}?"
    r"(?:[\s\u3000]*[(（](?:[^()（）,，。；;:：]{1,60}[)）]|[A-Za-z][^()（）,，。；;:：]{0,59}(?=[:：])))?)"
    r"[\s\u3000]*(?:[:：]|——|—)[\s\u3000]*(?P<definition>\S.*?)[\s\u3000]*$"
)
# A headword run into its marker (鄉村防洪計劃即在…, 重現期是統計學上…).
_GLUED = re.compile(r"^[\s\u3000]*(?P<term>[\u4e00-\u9fff]{2,12}?)(?P<definition>(?:是指|即(?![使便将將刻时時可])|是(?![否不在因为為由]))\S.*?)[\s\u3000]*$")
# A subject that is a pronoun, a demonstrative or the site itself, no headword (以下是…:, 我們是…, 這是…, 本網站是…).
_NO_HEADWORD = re.compile(r"(?:以下|如下|下列|其中|此外|[我你您他她它][們们]|[我你您她它]|[这這此])|本(?:網站|网站|站|會|会|局|署|處|处|公司|文|頁|页)")
# A link label closing a card (另請參閱, the site's cross-reference links below it): furniture, no part of the gloss.
_SEE_ALSO = re.compile(r"[\s\u3000]*(?:另請參閱|另请参阅|See also)[\s\u3000]*$", re.IGNORECASE)
# A second headword run into the line after a full stop, with a strong marker (…機會越少。降雨重現期是指…, 488): an entry of its own,
# the first ending before it.
_RUN_IN = re.compile(r"(?<=。)[\s\u3000]*(?P<term>[\u4e00-\u9fff]{2,12}?)(?=是指|係指|系指)")
# A line opening with a bullet is a page's list or metadata (• 發布單位:企劃服務科), left to the layouts that read lists.
_BULLET = re.compile(r"^[\s\u3000]*[•·▪●■◆※\-*]")
# A form's or a notice's field and its value, no stop closing it (地址:上海市…, 活動地點:香港會議展覽中心, 项目名称:…, 建设单位:市城投集团,
# review 65: a site's menu naming its 术语表 above the page's contact block or a project card): no headword and gloss.
_FIELD_LABEL = re.compile(
    r"(?:地址|地點|地点|时间|時間|日期|电话|電話|名称|名稱|单位|單位|机构|機構|邮编|郵編|传真|傳真|网址|網址|邮箱|郵箱|電郵|来源|來源|作者|"
    r"编辑|編輯|浏览|瀏覽|次数|次數|投资|投資|金额|金額|负责人|負責人|联系人|聯絡人|主办|主辦|承办|承辦|对象|對象|期限|编号|編號)$"
)


# A site menu's item: a short line of Chinese words, no punctuation (主頁, 關於我們, 聯絡我們).
_MENU_WORDS = re.compile(r"[\u4e00-\u9fff][^,，。；;:：!！?？]{0,7}")


def _menu_item(lines: list[_L], index: int) -> bool:
    """Whether the title at ``index`` stands between two menu items (``關於我們`` / ``術語表`` / ``聯絡我們``, review 65): a link in the
    site's menu naming its glossary page, not this page's title — the page below is an article, its ``X是…`` sentences no glossary's."""
    before = next((line.raw.strip(" \t\u3000\xa0") for line in reversed(lines[:index]) if not line.blank), "")
    after = next((line.raw.strip(" \t\u3000\xa0") for line in lines[index + 1 :] if not line.blank), "")
    return bool(_MENU_WORDS.fullmatch(before)) and bool(_MENU_WORDS.fullmatch(after))


def _title_line(lines: list[_L]) -> int:
    """The line of the title (or first sentence) announcing the glossary among the first twelve non-blank lines, or -1."""
    seen = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        if seen > 12:
            break
        text = line.raw.strip(" \t\u3000\xa0")
        if (len(text) <= 40 and _TITLE.fullmatch(text) and not _menu_item(lines, line.index)) or _ANNOUNCING.match(text):
            return line.index
    return -1


def announced_glossary_lines(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """``(line, entry)`` for each headword line of a page announced as a glossary (module docstring).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> text = "辭彙 (防洪)\\n鄉村防洪計劃即在現有鄉村周圍築起堤堰。\\n重現期是統計學上用以形容雨勢的一種方法。\\nA++ :卓越"
    >>> [(e.term, e.definition) for _, e in announced_glossary_lines(_lines(text), [True] * 4)]
    [('鄉村防洪計劃', '即在現有鄉村周圍築起堤堰。'), ('重現期', '是統計學上用以形容雨勢的一種方法。')]
    >>> text = "Lexicon 名詞釋義\\n\\nadvocacy (提倡行動)— 代表其他人士發言支持的行動。\\n意外事故(Accident: 在保险期间内发生的事件。"
    >>> [(e.term, e.definition) for _, e in announced_glossary_lines(_lines(text), [True] * 4)]
    [('advocacy (提倡行動)', '代表其他人士發言支持的行動。'), ('意外事故(Accident', '在保险期间内发生的事件。')]
    >>> announced_glossary_lines(_lines("“港独”是没有出路的。"), [True])
    []
    """
    title = _title_line(lines)
    if title < 0:
        return []
    out: list[tuple[int, Found]] = []
    above = ""
    for line in lines[title + 1 :]:
        if line.blank:
            continue
        restated, above = above, line.raw.strip(" \t\u3000\xa0")
        if not free[line.index]:
            continue
        m = _SEPARATED.match(line.raw) or _GLUED.match(line.raw)
        if m is None:
            continue
        if _BULLET.match(line.raw):
            continue
        if m.re is _SEPARATED and _FIELD_LABEL.search(m.group("term").rstrip(" \t\u3000")) and not SENTENCE_STOP.search(m.group("definition")):
            continue  # 活動地點:香港會議展覽中心: a field and its value (review 65)
        term, opens = m.group("term").rstrip(" \t\u3000"), m.start("definition")
        stop = m.end("definition")
        see_also = _SEE_ALSO.search(line.raw, opens, stop)
        stop = see_also.start() if see_also else stop
        if not HAN.search(term) or stop - opens < 4 or _NO_HEADWORD.match(term) or term == restated:
            # (a headword holds a Han character, A++ :卓越 names a grade; a headword line above restated before 是, 地租 /
            # 地租是…: the headword lines' layout reads the block, 309)
            continue
        pieces = [(m.start("term"), term, opens)]
        run_in = _RUN_IN.search(line.raw, opens, stop)
        if run_in is not None:
            pieces.append((run_in.start("term"), run_in.group("term"), run_in.end("term")))
        for n, (at, word, begins) in enumerate(pieces):
            ends = pieces[n + 1][0] if n + 1 < len(pieces) else stop
            definition = line.raw[begins:ends].rstrip(" \t\u3000")
            found = Found(word, definition, line.raw[at : begins + len(definition)], line.index + 1, line.start + at, line.start + begins + len(definition))
            out.append((line.index, found))
    return out if len(out) >= 2 else []
