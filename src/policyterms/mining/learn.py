"""Learn what a document says about its own terms, as a glossary layer of its own.

County and district reports coin most of their jargon themselves (三区四大五创, “6+1”产业体系),
and often define it: in a 名词解释 appendix, in a sentence such as “三老”问题，是指老人、老账、老粮,
or by listing the parts right beside the slogan. Like scispaCy's abbreviation detector, the
reader first finds those definitions in the document, then explains every mention of them.

This module only mines; it never annotates. :func:`learn` turns the results of
:func:`policyterms.mining.extract.extract_entries` (the appendix), :func:`defining_sentences`
("X是指…" / "X，即…") and :func:`policyterms.mining.discover.discover` (inline enumerations) into
senses of the ``document`` layer, each cited to the document itself (the appendix entry or
the sentence). :func:`layered` then puts that layer over a glossary: a sense the document
defines wins for that document (the annotator says ``chosen_by: learned``), and where the
document states what a shipped sense already says (金山's own appendix), the shipped sense is
kept, with its English and components, and marked as confirmed by the document.

Learning reads the first and the last :data:`LEARN_EDGE` characters of a longer document
(appendices come last), so its cost is bounded whatever the input, and streaming and
whole-text annotation learn exactly the same glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from policyterms._lazy import lazy_compile
from policyterms.errors import InputError
from policyterms.text.fold import fold
from policyterms.glossary.model import DOCUMENT_SCOPE, Citation, Component, Glossary, Sense, Source, definition_core

__all__ = ["learn", "layered", "unknown_jargon", "document_glossary", "learning_text", "learning_text_of_chunks", "defining_sentences", "regulation_definitions", "DOCUMENT_SCOPE", "DOCUMENT_SOURCE", "LEARN_EDGE"]

#: The source id learned senses cite: the document being read.
DOCUMENT_SOURCE = "document"
#: Learning reads at most this many characters from each end of a document.
LEARN_EDGE = 1_000_000
#: A learned headword is at most this long once folded; longer is a clause, not a term.
MAX_TERM = 24

#: “X”(问题|工程…)，是指… / “X”，即… : a quoted term defined in place.
_DEFINING = lazy_compile(
    r"[“\"「『]([^”\"」』\n]{2,16})[”\"」』][\u4e00-\u9fff]{0,4}[，,：:\s]{0,2}(就是指|指的是|是指|即)"
    r"([^。；;\n]{4,300})[。；;]?"
)


_APPENDIX_HEADING_END = re.compile("[释釋解]")

# A regulation's definitions, unquoted: 本办法所称政务部门，是指… (a measures' or law's lead-in naming itself, 所称/所稱, before
# the term) and 第二条 市级财政专项支出预算绩效考评（以下简称绩效考评），是指… (a term opening its article or line, with the short
# form the text goes on to use). The lead-in or the short form marks where the term starts, which a bare X是指 in running prose
# does not; the short form is learned as the term's alias, so its later mentions are explained too. A definition the text
# cuts off (no closing 。) is not learned.
_REGULATION = (
    r"(?:本(?:实施|實施)?(?:办法|辦法|条例|條例|规定|規定|细则|細則|法|决定|決定|规则|規則|意见|意見|通知|方案|标准|標準|制度"
    r"|要点|要點|章程|准则|準則|规程|規程|指引|[条條章节節款项項])|前[一二两兩三]?[款项項])(?:中)?所[称稱](?:的|之)?"
)
_ARTICLE_NUMBER = r"第[一二三四五六七八九十百零〇\d]{1,4}[条條]"  # (第二条, 第12條)
_ARTICLE = _ARTICLE_NUMBER + r"[\s\u3000]*(?:[(（【〔][^()（）【】〔〕\n]{1,12}[)）】〕][\s\u3000]*)?"
_UNQUOTED_TERM = r"[^，,。；;：:、\s\u3000（()）“”\"「」『』《》]{2,20}"
# (以下简称为“开放”, 以下简称：开放, 以下简称《开放》: the 为 or colon and the quotation marks or title marks are no part of the short form)
_SHORT_FORM = (
    r"[(（]以下(?:简|簡)?[称稱](?:为|為)?[：:]?[\s\u3000]*[“\"「『《]?(?P<short>[^()（）“”\"「」『』《》：:\n]{2,12}?)[”\"」』》]?[)）]"
)
# (a bare 指 only after a comma or colon, the term read as short as it goes: 本办法所称政务数据是指…, 本办法所称绩效指标是指…
# end the term before 是指, never before a later 指)
# One article may define several terms, the later ones after a semicolon (本办法所称考场是指…；所称考点是指…；所称考区是指…。):
# a definition ends at the semicolon before the next 所称, which leads that term in.
# A 系指 with no comma before it may be a term's 体系 or 关系 before 指标, 指数 (本办法所称社会信用体系指数，是指…): not the verb.
# A bare 指 opening a verb (指导, 指定, 指挥 …) states a duty, not a definition: 市人民政府办公厅（以下简称市政府办公厅），指导…
_NEXT_TERM = r"[；;][\s\u3000]*所[称稱]"
# A definition a PDF or a fixed-width page wraps runs on over its line break (本要點所稱本平臺資料,指…因業\n    務職掌…),
# though not into a blank line, a new article, a numbered item or a paragraph leading in a term of its own (a definition
# that lost its 。 or ends in ；, then 本办法所称Y，是指…).
_ITEM_START = r"(?:" + _ARTICLE_NUMBER + r"|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．)）]|[①-⑳㈠-㈩⑴-⒇])"
_WRAP = rf"\n(?![\s\u3000]*(?:\n|$|{_ITEM_START}|{_REGULATION}))"
# A definition may end in a colon that opens the items it lists (第二条 窃电是指…的行为：\n(一)…): the sentence before the
# colon is learned; a colon after 下列, 以下 or 如下 ("是指下列情形：", "是指…通过以下方式取得或者形成的资产：") introduces
# items and defines nothing itself, however long the clause it ends.
# A last clause 包括 or 分为 (…的各种经济资源的总称，主要包括：) only opens the items: the definition ends before it.
_ITEMS_FOLLOW = rf"[：:](?=[\s\u3000]*\n[\s\u3000]*{_ITEM_START})"
_LINE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")  # (a wrapped definition is learned joined)
# (a print view that wrapped its lines at a fixed width and was run in again leaves a space inside a word: 六個月以上 者,
# 以提 供長照需要, 貨物裝卸、 倉儲; between Chinese characters, or after a comma before one, it is no part of the definition)
_SPACE_IN_WORDS = re.compile(r"(?<=[\u3400-\u9fff、，,；;：:])[ \t\u3000]+(?=[\u3400-\u9fff])")


def _joined(rest: str) -> str:
    """A definition as the reader should see it: its line breaks and the spaces a wrap left between characters removed."""
    return _SPACE_IN_WORDS.sub("", _LINE_BREAK.sub("", rest.strip()))
_ITEMS_ONLY = re.compile(r"(?:下列|以下|如下)[^，,]*$")
_ITEMS_LEAD = re.compile(r"[，,](?:主要|具体|具體)?(?:包括|包含|分为|分為)[^，,]*$")
_STATUTE_GLOSS = (
    r"(?:[\s\u3000]*[，,：:][\s\u3000]*(?P<verb>是指|系指|係指|指(?![导導定挥揮引派出明示令使]))|[\s\u3000]*(?P<bare>是指|(?:系|係)指(?![标標数數导導南])))"
    rf"(?P<rest>(?:(?!{_NEXT_TERM})(?:[^。\n]|{_WRAP})){{4,300}})(?:。|(?={_NEXT_TERM})|{_ITEMS_FOLLOW})"
)
_REGULATION_DEFINING = lazy_compile(
    rf"(?:{_REGULATION}|(?<=[；;])[\s\u3000]*所[称稱](?:的|之)?)(?P<term>{_UNQUOTED_TERM}?)(?:{_SHORT_FORM})?{_STATUTE_GLOSS}"
)
_SHORT_FORM_DEFINING = lazy_compile(
    rf"(?:^|(?<=[。；;]))[\s\u3000]*(?:{_ARTICLE})?(?P<term>{_UNQUOTED_TERM}){_SHORT_FORM}{_STATUTE_GLOSS}", re.M
)
# A law's article defining its words in numbered items, under a lead saying so: 本法用詞,定義如下:\n一、再生能源:指…。
# in Taiwan (also 本法用辭定義如左:, 本法專用名詞定義如下: and a point's heading 四、用詞定義), 本法下列用语的含义：\n（一）
# 危险物品，是指…； on the mainland. Each item's word is learned, up to the item's 。 or ending ；, with its short form
# (一、長期照顧(以下稱長照):指…); the item numbers may be left out (本法下列用语的含义：危险物品，是指…。重大危险源，是指…).
# An item is numbered 一、, (一), 1. or, on a page run in, 一 農業:指…. An item listing its own items after a colon
# (十 農業用地:指…依法供 下列使用之土地: (一) 供農作…) is no definition the reader can cut. A word may be quoted
# ((一)“金融機構”:是指…). The items are read up to the next article. In a numbered list only a numbered item gives a
# word: a later sentence of an item (四、平均工資:指…。工作未滿六個月者,指…) is no word of the list. Unnumbered words
# follow one another from the lead: the first sentence that defines none (a commentary's 条文释义 after the article)
# ends them. A term said with 所称 (本法所称X，是指…) is left to the lead-in pattern, which learns X.
# (an item ends at its 。, or at a ； ending the item, before the next item or word: 指…之報酬;包括…均屬之。 goes on past its ;)
_DEFINING_WORD = r"[^。；;\n]{2,60}?[，,：:][\s\u3000]*(?:是指|系指|係指|指)"
_DEFINED_WORDS_LEAD = lazy_compile(
    r"(?:(?:用[词詞语語辭]|名[词詞])[，,]?[\s\u3000]*(?:的)?(?:定[义義]|含[义義])(?:如下|如左)?|下列用[语語](?:的)?含[义義](?:是|为|為|如下)?)[\s\u3000]*(?:[：:]|(?<=[义義])[ \t\u3000]*(?=\n))"
)
_DEFINED_WORD_ITEM = lazy_compile(
    r"(?:^|(?<=[\s\u3000。；;:：]))[\s\u3000]*(?P<number>[一二三四五六七八九十]{1,3}(?:[、.．]|[\s\u3000]+)|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．])?[\s\u3000]*"
    rf"[“\"「『]?(?P<term>{_UNQUOTED_TERM})[”\"」』]?(?:{_SHORT_FORM})?[\s\u3000]*[：:，,][\s\u3000]*(?P<verb>是指|系指|係指|指(?![导導定挥揮引派出明示令使]))"
    rf"(?P<rest>(?:(?![：:][\s\u3000]*{_ITEM_START})[^。\n]|{_WRAP}){{2,300}}?)(?:。|[；;](?=[\s\u3000]*(?:\n|$|{_ITEM_START}|{_DEFINING_WORD})))",
    re.M,
)
# (a word the items reader does not take, 用于食品生产经营的工具、设备，指…, still stands among unnumbered words)
_DEFINING_SENTENCE = re.compile(_DEFINING_WORD)
_SENTENCE_END = re.compile(r"[。；;\n]")
# (an article starts a line, or, on a page running the articles on in one line, follows a sentence's end: 。 第3條 本法…)
_NEXT_ARTICLE = re.compile(
    r"\n[\s\u3000•·]*第[\s\u3000]*[一二三四五六七八九十百零〇\d]{1,4}[\s\u3000]*[条條]"
    rf"|(?<=[。；;])[\s\u3000]*{_ARTICLE_NUMBER}(?:之[一二三四五六七八九十]{{1,3}})?[\s\u3000]"
)
# (a point's words numbered (一), (二) end at the next point: 二、本要點用詞定義如下:\n(一)…\n三、…)
_NEXT_POINT = re.compile(r"\n[\s\u3000]*[一二三四五六七八九十]{1,3}[、.．]")
_ARTICLE_HINT = re.compile(r"[条條][^。\n]{1,22}指")  # (a cheap test that _ARTICLE_DEFINING may match at all)
# 第二条 窃电是指以非法占用电能为目的…: an article opening with its term and the defining verb. The article number marks
# where the term starts, as the lead-in and the short form do above. A lead-in citing another law or its article
# (政府采购法第二条所称财政性资金是指…) or naming the text in words the lead-in above does not know (本自治條例所稱) is no
# part of the term.
_CITED_LEAD_IN = r"(?:[^，,。；;：:、\s\u3000（()）“”\"「」『』《》]{1,20}?所[称稱](?:的|之)?)?"
_ARTICLE_DEFINING = lazy_compile(
    rf"(?:^|(?<=[。；;]))[\s\u3000]*{_ARTICLE}{_CITED_LEAD_IN}(?P<term>{_UNQUOTED_TERM}?)(?P<short>){_STATUTE_GLOSS}", re.M
)


def learning_text(text: str) -> str:
    """The part of ``text`` learning reads: all of it, or both ends of a long one."""
    if len(text) <= 2 * LEARN_EDGE:
        return text
    return text[:LEARN_EDGE] + "\n" + text[-LEARN_EDGE:]


def learning_text_of_chunks(chunks: Iterable[str]) -> str:
    """:func:`learning_text` of the concatenated ``chunks``, in bounded memory: the first
    and the last :data:`LEARN_EDGE` characters are all it keeps."""
    head: list[str] = []
    head_length = 0
    tail = ""
    for chunk in chunks:
        if head_length < LEARN_EDGE:
            take = chunk[: LEARN_EDGE - head_length]
            head.append(take)
            head_length += len(take)
            chunk = chunk[len(take) :]
        if chunk:
            tail = (tail + chunk)[-(LEARN_EDGE + 1) :]
    # LEARN_EDGE + 1 tail characters tell "exactly 2 × LEARN_EDGE" from "longer"
    return learning_text("".join(head) + tail) if len(tail) <= LEARN_EDGE else "".join(head) + "\n" + tail[1:]


def defining_sentences(text: str) -> list[tuple[str, str, str, int]]:
    """``(term, definition, quote, start)`` for each sentence that defines a quoted term
    in place; ``start`` is where the quote begins in ``text``.

    >>> defining_sentences("着力解决“三老”问题，是指老人、老账、老粮。")[0][:2]
    ('三老', '是指老人、老账、老粮')
    """
    return [
        (match.group(1).strip(), match.group(2) + match.group(3).strip(), match.group(0).strip(), match.start())
        for match in _DEFINING.finditer(text)
    ]


def _defined_words(text: str) -> Iterator[tuple[str, str, str, tuple[str, ...], int]]:
    """The words a law's definitions article gives in items under its lead (本法用詞,定義如下:), as
    :func:`regulation_definitions` returns them: numbered items up to the next article (or point), unnumbered words up to
    the first sentence that defines none."""
    for lead in _DEFINED_WORDS_LEAD.finditer(text):
        article_end = _NEXT_ARTICLE.search(text, lead.end())
        end = article_end.start() if article_end else len(text)
        first = _DEFINED_WORD_ITEM.search(text, lead.end(), end)
        if first and first.group("number") and first.group("number").lstrip()[0] in "(（":
            point = _NEXT_POINT.search(text, lead.end(), end)  # (words numbered (一) end where the next point 三、 starts)
            end = point.start() if point else end
        numbered, last = None, lead.end()
        for item in _DEFINED_WORD_ITEM.finditer(text, lead.end(), end):
            numbered = bool(item.group("number")) if numbered is None else numbered
            if not numbered and not all(_DEFINING_SENTENCE.match(part.strip()) for part in _SENTENCE_END.split(text[last : item.start()]) if part.strip()):
                break  # (unnumbered words run on one after another; the first sentence that defines none ends them)
            last = item.end()
            if numbered and not item.group("number") or "所称" in item.group("term") or "所稱" in item.group("term"):
                continue
            short = item.group("short")
            aliases = (short.strip(),) if short and short.strip() != item.group("term") else ()
            definition = item.group("verb") + _joined(item.group("rest"))
            yield item.group("term"), definition, item.group(0).strip(), aliases, item.start("term")


def regulation_definitions(text: str) -> list[tuple[str, str, str, tuple[str, ...], int]]:
    """``(term, definition, quote, aliases, start)`` for each unquoted definition a regulation writes (``本办法所称X，是指…``,
    ``第二条 X（以下简称Y），是指…``); ``aliases`` holds the short form, ``start`` is where the term begins in ``text``.

    >>> regulation_definitions("第二条 本办法所称政务部门，是指政府部门以及…的事业单位。")[0][:2]
    ('政务部门', '是指政府部门以及…的事业单位')
    >>> regulation_definitions("第二条市级财政专项支出预算绩效考评(以下简称绩效考评),是指运用一定的指标和方法进行综合性考核与评价。")[0][3]
    ('绩效考评',)
    >>> regulation_definitions("各地要加强预算绩效考评(以下简称绩效考评)工作。")
    []
    """
    if "所称" not in text and "所稱" not in text and "以下" not in text and not _ARTICLE_HINT.search(text) and not _DEFINED_WORDS_LEAD.search(text):
        return []  # (most documents: no pattern can match, and scanning a long report for them costs time)
    found: dict[int, tuple[str, str, str, tuple[str, ...], int]] = {}
    for definition in _defined_words(text):
        found.setdefault(definition[4], definition)
    read: list[tuple[int, int]] = []  # spans the lead-in pattern read: 本条例所称X（以下简称Y），是指… is not read again as a term 本条例所称X
    for pattern in (_REGULATION_DEFINING, _SHORT_FORM_DEFINING, _ARTICLE_DEFINING):
        for match in pattern.finditer(text):
            if pattern is not _REGULATION_DEFINING and any(a < match.end() and match.start() < b for a, b in read):
                continue
            rest = _joined(match.group("rest"))
            if match.group(0)[-1] in "：:":
                rest = _ITEMS_LEAD.sub("", rest)
                if _ITEMS_ONLY.search(rest):
                    continue
            read.append(match.span())
            start = match.start("term")
            short = match.group("short")
            aliases = (short.strip(),) if short and short.strip() != match.group("term") else ()
            verb = match.group("verb") or match.group("bare")
            found.setdefault(start, (match.group("term"), verb + rest, match.group(0).strip(), aliases, start))
    return [found[start] for start in sorted(found)]


def learn(text: str, *, title: str | None = None) -> Glossary:
    """The document's own glossary: its appendix entries, its defining sentences and the
    slogans it spells out beside them, as senses of the ``document`` layer.

    Earlier kinds win for one surface: an appendix entry over a defining sentence over an
    inline enumeration. ``title`` names the document in citations.
    """
    from policyterms._checks import expect_optional_text, expect_text

    expect_text(text, "text", "learn")
    expect_optional_text(title, "title", "learn")
    from policyterms.mining.discover import discover

    text = learning_text(text)
    senses: dict[str, Sense] = {}
    taken: set[str] = set()  # folded surfaces already learned

    def add(
        term: str, definition: str, quote: str, locator: str, components: Iterable[Component] = (), *, enumerates: bool = True, short_forms: tuple[str, ...] = ()
    ) -> None:
        key = fold(term).text
        aliases = (*_aliases(term), *short_forms)
        surfaces = {key, *(fold(alias).text for alias in aliases)}
        if not key or len(key) > MAX_TERM or surfaces & taken or not definition_core(definition):
            return
        taken.update(surfaces)
        senses[key] = Sense(
            id=f"{term}@{DOCUMENT_SCOPE}",
            term=term,
            scope=DOCUMENT_SCOPE,
            en="",
            cite=(Citation(DOCUMENT_SOURCE, locator, quote),),
            aliases=aliases,
            definition=definition,
            components=tuple(components),
            enumerates=enumerates,
            origin="learned",
            layer="document",
        )

    entries: list = []
    appendix = None
    # Every heading an appendix may have (名词解释, 名詞注釋, 注释 …) ends in 释, 釋 or 解 as
    # written: a text with none of them has no appendix, and extract is not even imported.
    if _APPENDIX_HEADING_END.search(text):
        from policyterms.mining.extract import extract_entries
        from policyterms.mining.appendix import find_appendix

        try:
            entries = extract_entries(text, layouts=False)  # a headed appendix only, never page furniture
        except InputError:  # no appendix: the other kinds may still define terms
            entries = []
        except ValueError as error:  # an entry number of thousands of digits: no appendix worth reading
            if "digits" not in str(error):
                raise
            entries = []
        appendix = find_appendix(text) if entries else None
    for entry in entries:
        add(entry.term, entry.definition, entry.quote, entry.locator(), entry.components, enumerates=entry.enumerates)
    for term, definition, quote, at in defining_sentences(text):
        if appendix is None or not appendix[0] <= at < appendix[1]:  # the appendix was read whole
            add(term, definition, quote, "sentence")
    for term, definition, quote, short_forms, at in regulation_definitions(text):
        if appendix is None or not appendix[0] <= at < appendix[1]:
            add(term, definition, quote, "sentence", short_forms=short_forms)
    discovery = discover(text, include_known=True)
    for definition in discovery.definitions:
        parts = definition.long_form
        add(
            definition.short_form,
            "、".join(parts),
            definition.quote,
            "enumeration",
            (Component(text=part) for part in parts),
        )
    source = Source(id=DOCUMENT_SOURCE, title=title or "this document")
    return Glossary(tuple(senses.values()), {DOCUMENT_SOURCE: source})


def unknown_jargon(text: str, glossary: Glossary) -> Glossary:
    """What :func:`policyterms.mining.discover.discover` finds in ``text`` that ``glossary`` does
    not define, as senses without a definition in the ``document`` layer: the reader shows
    them as *not in the glossary* (``chosen_by: unknown``) instead of leaving them unmarked.
    Each cites the sentence of its first use. Reads :func:`learning_text` of ``text``."""
    from policyterms._checks import expect_glossary, expect_text

    expect_text(text, "text", "unknown_jargon")
    expect_glossary(glossary, "unknown_jargon", optional=False)
    from policyterms.mining.discover import discover

    senses = []
    for candidate in discover(learning_text(text), glossary).candidates:
        senses.append(
            Sense(
                id=f"{candidate.folded}@{DOCUMENT_SCOPE}@unknown",
                term=candidate.surface,
                scope=DOCUMENT_SCOPE,
                en="",
                cite=(Citation(DOCUMENT_SOURCE, "first use", candidate.context),),
                layer="document",
            )
        )
    return Glossary(tuple(senses), {DOCUMENT_SOURCE: Source(id=DOCUMENT_SOURCE, title="this document")})


def document_glossary(
    glossary: Glossary, text: str, *, title: str | None = None, learn_: bool = True, unknown: bool = False
) -> Glossary:
    """``glossary`` as the annotator should see it for ``text``: with what the document
    defines layered over it (unless ``learn_`` is false), and with ``unknown`` the jargon
    no glossary defines over that. The one place the CLI, corpus mode and the Dask adapter
    build a document's glossary."""
    if learn_:
        glossary = layered(glossary, learn(text, title=title))
    if unknown:
        glossary = layered(glossary, unknown_jargon(text, glossary))
    return glossary


def _aliases(term: str) -> tuple[str, ...]:
    """农民相对集中居住“1+7”政策体系 is written “1+7”政策体系 in the body: a headword with a
    description before its quoted slogan also matches from the quote on."""
    match = re.search(r"[“\"「『][^”\"」』]+[”\"」』].*$", term)
    if match and match.start() >= 4:
        return (match.group(0),)
    return ()


def _parts(sense: Sense) -> tuple[str, ...]:
    """A sense's plain components, folded: what an enumeration in the document is compared
    with. Empty when it has none, or labelled groups of parts, which no enumeration gives."""
    texts = [component.text for component in sense.components]
    if not texts or any(text is None for text in texts):
        return ()
    return tuple(fold(text).text for text in texts)


def layered(glossary: Glossary, document: Glossary) -> Glossary:
    """``glossary`` with the ``document`` layer over it.

    A learned sense whose definition a sense of ``glossary`` already states (the same
    surface, the same words after folding), or whose enumerated parts are that sense's
    components (需求收缩、供给冲击、预期转弱“三重压力”), is not added; that sense is kept, marked as
    confirmed by the document, so the reader shows the curated sense with its English and
    components. Every other learned sense is added and wins for its surfaces.
    """
    if not document.senses:
        return glossary
    by_surface = glossary.senses_by_surface
    confirmed: dict[str, Sense] = {}
    learned = []
    for sense in document.senses:
        core = definition_core(sense.definition or "")
        parts = _parts(sense)
        same = [
            known
            for surface in sense.surfaces
            for known in by_surface.get(fold(surface).text, ())
            if (known.definition and definition_core(known.definition) == core) or (parts and _parts(known) == parts)
        ]
        if same:
            confirmed.update((known.id, replace(known, layer="document")) for known in same)
        else:
            learned.append(sense)
    senses = tuple(confirmed.get(sense.id, sense) for sense in glossary.senses) + tuple(learned)
    result = Glossary(senses, {**glossary.sources, **document.sources})
    base = glossary.__dict__.get("annotation_tables")  # computed already: update, not rebuild
    if base is not None:
        tables = base.over(result, learned)
        if tables is not None:
            result.__dict__["annotation_tables"] = tables
    return result
