"""One-term reference pages: an encyclopedia, dictionary or knowledge-base entry whose title is the term.

Such a page names its term once, as its title (``海峽兩岸關係``, ``陕西省``, ``人民政府 是什么意思``) or as a
question heading (``gep是什么意思``), and its body opens by defining it — after furniture around it (a subtitle,
a redirect note, a label line, infobox lines below). Two shapes recur from set to set:

* **the lead paragraph**: the first paragraph of running text below the line naming the term opens with the term
  (after a bullet, or a run of coordinates the page glued before it) and defines it, often with its other names
  before the marker (``X,或稱A、B,部分人士稱C,是指…``, ``X,简称,又称Y,是…``, ``X,全称是Y,是指…``, ``X簡稱Y,…,是…``)
  or with a marker right after it (``X是指…``, ``X是…``): the definition opens at the first alias word (the headword
  normaliser then leaves other names set off by commas before a marker out, as the later sets' gold does, a full name
  staying) or at the marker, and runs to the end of the paragraph. After a
  bare 是 the first sentence must name a class (``是…的Y``) and the paragraph go on about the term (naming it again,
  ``其…``) or name the class by the term's head word, as the topics pass reads a lead: a speech's or a news item's
  slogan under a term title (``人才是第一资源``, ``民生是最大的政治``) is no definition;
* **a dictionary's senses**: under sense headings (``基本解释``, ``详细解释``, ``网络解释``; ``词典解释``, ``引证解释``,
  ``网络百科``) each numbered sense (``1.…``, ``⒈  …``) is an entry of the term, its number left out (a numbered
  sense needs no closing stop), and so is the first paragraph of running text under the heading — a verbless gloss
  whole (``…的通称。``), a paragraph restating the term from its marker (``X是地方国家行政机关,…``, after a bullet).
  A site's notice there (``以下内容来自网络,仅供参考。``, ``暂无基本解释。``) is skipped; once a sense is read, a short
  heading line of another section (``相关词语``, ``X的近义词``) ends the heading's senses; a numbered sense without a
  closing stop that ends the text is cut off.

A line naming the term repeated (the headword line under 网络解释), a reading line (``X[ rén mín ]``), a label or
menu line without a sentence (``近音词、同音词``) gives nothing. Only the first running paragraph after the naming
line is read as a lead, so a news article whose title is a term and whose lead is about something else gives
nothing here. Each line is looked at once, in a bounded window at the top of the page and under each heading.
"""

from __future__ import annotations

import re

from policyterms.text.fold import TONE_MARKED
from policyterms.mining.extract_layouts.common import GLUED_QUESTION_TITLE, HAN, MARKS_ONLY, PART_OF_SPEECH, TONE_MARK, Found, _FINISHED, _L, _SPACE, _good_term, _is_furniture
from policyterms.mining.extract_layouts.topics import _QUESTION, _names_class_by_head, _Para, _role, _weighs, term_core

# How many non-blank lines at the top of the page may hold the line naming the term and the lead below it.
_TOP = 12

# An online encyclopedia's name after the title, as a copy of its page keeps it (中國百強縣- 維基百科,自由的百科全書 -
# Wikipedia, P1066): the page is that encyclopedia's article on the term.
_ENCYCLOPEDIA_SUFFIX = (
    r"[\s\u3000]*[-–—_|｜][\s\u3000]*(?:维基百科|維基百科|百度百科|互动百科|互動百科|搜狗百科|Wikipedia"
    # (any site naming itself an encyclopedia: 老人年金 - 教育百科, a ministry's dictionary portal, 344, 381)
    r"|[\u4e00-\u9fff]{1,6}百科(?:全[书書])?)[^\n]{0,40}"
)
# A title line naming the term, with a dictionary site's suffix (人民政府 是什么意思, X的意思).
_TITLE = re.compile(
    # (a page converted with its div markers keeps them before the title: ::: 老人年金 - 教育百科, 344)
    r"(?:\d{1,2}[.．、][\s\u3000]*|:{3}[\s\u3000]*)?"
    r"(?P<term>[^\s\u3000,，。；;:：!！?？|｜()（）\[\]【】“”「」『』\"<>《》]{2,30}?)[\s\u3000]*"
    r"(?:是什么意思|是什麼意思|什么意思|什麼意思|的意思(?:解释|解釋)?|[(（][\u4e00-\u9fff]{2,6}[)）])?"
    rf"(?P<encyclopedia>{_ENCYCLOPEDIA_SUFFIX})?"
)  # (a wiki's disambiguator after the title, 自由中國 (名稱), P560; a hot-word item's number, 1. 十八届六中全会, P561)  # (a heading X的含义 is a headword line whose paragraph is taken whole: another layout's)
# Before the term at the start of the lead: spaces and a bullet, or a run without Chinese characters the page
# glued before it (34°00′N 109°00′E / … 109.000陕西省).
_LEAD_PREFIX = re.compile(r"[\s\u3000]*(?:[•·▪●◆■○◇□\-*][\s\u3000]*)?")
# The term's other names, opening the definition: 简称, 又称, 或称, 全称(是), 英文名称为 …
_ALIAS = re.compile(
    r"[,，]?[\s\u3000]*(?P<alias>(?:[简簡]|又|或|全|亦|也|俗|通|统|統|旧|舊|原|别|別)[称稱]"
    r"|英文(?:名[称稱]?|[简簡][称稱]|[缩縮][写寫])?(?:[为為是:：])?|英[语語]名)"
)
# After the other names, the marker closing the first sentence's names (…,是指…, …,是…, …,即…).
_AFTER_ALIAS = re.compile(r"[,，][\s\u3000]*(?:是指|指的是|是|即|指)(?![否在])")
# A marker right after the term (X是指…, X,是…, X即…): the definition opens there.
_MARKER = re.compile(
    r"[,，]?[\s\u3000]*(?P<marker>是指(?![导導挥揮])|指的是|就是指|系指|係指|即(?![使便将將刻时時可])|是(?![否在因为為不由]))"
)
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")

# How many furniture lines above the title are passed over (a site name, a breadcrumb, a menu).
_FURNITURE_ABOVE_TITLE = 3
# A breadcrumb (首页 > 词典 > …, 当前位置:…, › and » as separators), a home link alone, a menu of short words with
# spaces between them (专题 事件 正文), a script or reader switch (繁体, 简体, 无障碍, 语音阅读), a back link.
_NAVIGATION = re.compile(
    r"^(?:[>›»][\s\u3000]*)?(?:网站首页|網站首頁|首页|首頁|主页|主頁|HOME|Home)(?:[\s\u3000]*[>›»/|｜].*)?$"
    r"|^[^>›»\n]{0,20}(?:[>›»][^>›»\n]{1,30}){2,}$|^[>›»][\s\u3000]*[^>›»\n]{1,30}(?:[>›»][^>›»\n]{1,30})*$"
    r"|(?:您|你)?(?:[当當]前|所在)的?位置|(?:[当當]前|所在)位置"
    r"|^(?:[\u4e00-\u9fff]{2,4}[ \t\u3000]+){2,}[\u4e00-\u9fff]{2,4}$"
    r"|^(?:繁体|繁體|简体|簡體)(?:中文|版)?|无障碍|無障礙|语音阅读|語音閱讀|读屏|讀屏|^返回(?:首页|首頁|上一[页頁]|列表)?$"
)


# A dictionary page's label over the headword and its reading (讀音 / 遼liáo, P923): no title.
_READING_LABEL = re.compile(r"(?:读音|讀音|拼音|注音|发音|發音)[\s\u3000]*[:：]?")
# A dictionary's headword with its reading, glued or after a space (遼liáo, 邏些 luó xiē): a character is a term here.
_TITLE_READING = re.compile(
    rf"(?P<term>[\u4e00-\u9fff]{{1,8}})[\s\u3000]*(?P<reading>[A-Za-z{TONE_MARKED}ü'’]+(?:[\s\u3000]+[A-Za-z{TONE_MARKED}ü'’]+)*)"
)


# A title that is one quoted word (「存款保障計劃」, “碳中和”): the word inside the marks.
_QUOTED_TITLE = re.compile(r"[“「『\"][^“”「」『』\"\s\u3000]{2,20}[”」』\"]")


def _title_term(text: str) -> str | None:
    """The term a title line names: ``_TITLE``'s (its dictionary suffix left out), or a dictionary headword before its
    reading in pinyin with tone marks (``遼liáo`` → ``遼``)."""
    reading = _TITLE_READING.fullmatch(text)
    if reading is not None and TONE_MARK.search(reading.group("reading")):
        return reading.group("term")
    if _QUOTED_TITLE.fullmatch(text):
        # (a title quoting its one word, 「存款保障計劃」 / 存款保障計劃是一個保障存款人利益的計劃,…, P2839, a finance-education card: the
        # marks set the title off; the word inside them is the one the lead defines)
        text = text[1:-1].strip(_SPACE)
    match = _TITLE.fullmatch(text)
    if match is None or _is_furniture(text) or not _good_term(match.group("term")):
        return None
    sense_label = _SENSE_HEADING.fullmatch(text)
    if sense_label is not None and sense_label.group("term") is None and sense_label.group("after") is None:
        return None  # 詞語解釋 / - 樂律名。…: a page cut below its headword opens at its sense heading, no term
    return match.group("term")


# A logo's alt text (教育百科logo): no title, above it, as a line of marks only (:::, ![]() |, common.MARKS_ONLY) is none.
_LOGO = re.compile(r"[^\s\u3000。，,]{1,20}[\s\u3000]*(?:logo|LOGO|Logo|標誌|标志)")


def _above_title(text: str, after: str) -> bool:
    """A line of a stored web page's furniture above its title: a navigation line (``_NAVIGATION``), the general
    furniture of ``_is_furniture``, a short line (a site name) right over a navigation line, or a dictionary's reading
    label (``讀音``)."""
    if not text:
        return False
    if _READING_LABEL.fullmatch(text) or MARKS_ONLY.fullmatch(text) or _LOGO.fullmatch(text):
        return True
    if _NAVIGATION.search(text) or _is_furniture(text):
        return True
    return len(text) <= 20 and not re.search(r"[。！？!?,，]", text) and bool(after) and bool(_NAVIGATION.search(after))


# A dictionary's sense heading, alone on its line, perhaps after the headword (人民政府 基本解释).
_SENSES = (
    r"(?:基本|详细|詳細|词典|詞典|辞典|辭典|引证|引證|词语|詞語|网络|網絡|網路|百科)(?:解释|解釋)|网络百科|網絡百科|網路百科"
    r"|(?:基本|详细|詳細)(?:字义|字義)"  # (a character's page: 基本字義 / 1. (形)遠:~遠。, P923)
    # (a word page's 意思详解, a Taiwan dictionary's 国语辞典 and the site's 其它解释, the headword glued before them by 的 or a
    # space, 户长的意思详解 / 户长的国语辞典 / 院长 其它解释, or after 国语辞典, 国语辞典院长: P1695, P1714)
    r"|(?:意思|意義|意义)(?:详解|詳解)|(?:国语|國語)(?:辞典|辭典)|(?:其它|其他)(?:解释|解釋)"
)
_SENSE_HEADING = re.compile(
    rf"(?:(?P<term>[^\s\u3000,，。；;:：]{{2,30}}?)(?:[\s\u3000]*|的))?(?:{_SENSES})[\s\u3000]*[:：]?"
    rf"|(?:国语|國語)(?:辞典|辭典)[\s\u3000]*(?P<after>[\u4e00-\u9fff]{{2,8}})"
    # a dictionary card's label alone, with its colon (解釋: / 1. …的一項。, 名詞解釋: / 為防止…的所有措施。, 344, 381): under a title
    # naming the term, several dictionaries' cards of one headword each gloss it after such a label
    r"|(?:名[词詞])?(?:解释|解釋)[\s\u3000]*[:：]"
)
# A dictionary's own sense heading (詞語解釋, 基本解释, 详细解释), not an encyclopedia's (网络解释, 百科解释), and a dash bullet
# before a sense under it.
_DICTIONARY_SENSES = re.compile(r"(?:[^\s\u3000]{2,30}?[\s\u3000]*)?(?:基本|详细|詳細|词典|詞典|辞典|辭典|词语|詞語)(?:解释|解釋)[\s\u3000]*[:：]?$")
_DASH_SENSE = re.compile(r"[\s\u3000]*[-–•·][\s\u3000]*(?=\S)")
# A numbered sense: 1. / 1、 / ⒈ / ① / (1) and spaces.
_SENSE_NUMBER = re.compile(r"[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[⒈-⒛]|[①-⑳]|[(（]\d{1,2}[)）])[\s\u3000]*")
_BULLET = re.compile(r"[\s\u3000]*[•·▪●◆■\-*][\s\u3000]*")
# How many non-blank lines under a sense heading are looked at.
_UNDER_HEADING = 8


def reference_entries(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """The entries of a one-term reference page (module docstring): its lead paragraph's definition of the
    term the title (or a question heading) names, and a dictionary's senses under its sense headings."""
    term, title = _title(lines)
    out: list[tuple[list[int], Found]] = []
    named = {name for line in lines if not line.blank and (name := _glued_heading_term(line.clean)) is not None}
    if len(named) == 1 and term not in named:
        # 基本信息 / 词语:户长 / … / 户长的意思详解 / ⒈ …: the word the sense headings name is the page's (P1695), whatever its
        # first line says
        out.extend(_senses(lines, free, named.pop()))
    elif term is not None:
        out.extend(_senses(lines, free, term))
    if term is not None and not out:
        out.extend(_run_in_card_labels(lines, free, term))
    taken = {k for taken, _ in out for k in taken}
    lead = _lead(lines, free, term, title, taken)
    if lead is not None:
        out.append(lead)
    out.sort(key=lambda pair: pair[1].start)
    return out


# What glues a headword to a sense heading (户长的意思详解, 院长 其它解释, 国语辞典院长): a glossary's own heading (政策解释) has none.
_GLUE = re.compile(r"的|[\s\u3000]|意思|国语|國語|其它|其他")
# The sense headings a word page glues its headword to (户长的意思详解, 户长的国语辞典, 国语辞典院长, 院长 其它解释): each names the
# page's word, so a page whose first line is a label (基本信息) still gives that word's senses, and no such heading is a headword.
_GLUED_SENSES = re.compile(
    r"(?P<term>[^\s\u3000,，。；;:：]{2,12}?)(?:[\s\u3000]*|的)(?:(?:意思|意義|意义)(?:详解|詳解)|(?:国语|國語)(?:辞典|辭典)|(?:其它|其他|基本|详细|詳細|引证|引證)(?:解释|解釋))"
    r"|(?:国语|國語)(?:辞典|辭典)[\s\u3000]*(?P<after>[\u4e00-\u9fff]{2,8})"
)


def _glued_heading_term(text: str) -> str | None:
    """The headword a glued sense heading names (:data:`_GLUED_SENSES`), or None."""
    match = _GLUED_SENSES.fullmatch(text.strip(_SPACE))
    if match is None:
        return None
    term = match.group("term") or match.group("after")
    return term if _good_term(term) else None


def sense_heading_term(text: str) -> str | None:
    """The headword a dictionary's sense heading glues to itself (``户长的意思详解``, ``国语辞典院长``): such a line is a
    heading of the word's senses, no headword of its own.

    >>> sense_heading_term("户长的引证解释"), sense_heading_term("国语辞典院长"), sense_heading_term("院长 其它解释")
    ('户长', '院长', '院长')
    >>> sense_heading_term("政策解释"), sense_heading_term("基本解释")
    (None, None)
    """
    match = _GLUED_SENSES.fullmatch(text.strip(_SPACE))
    if match is None or match.group("term") is not None and not _GLUE.search(match.group(0)):
        return None
    return _glued_heading_term(text)


def read_dictionary_senses(lines: list[_L], free: list[bool]) -> list[tuple[list[int], Found]]:
    """A dictionary page's senses, read before the other layouts when its title carries the headword's reading (``讀音`` /
    ``遼liáo`` / ``基本字義`` / ``1. (形)遠:~遠。``, P923): the numbered senses are the title's, not colon notes, and the
    title is no headword line over them all. Other pages' senses are read last, with their lead (:func:`reference_entries`)."""
    term, title = _title(lines)
    if term is None or title < 0 or not _TITLE_READING.fullmatch(lines[title].clean.strip(_SPACE)):
        return []
    return _senses(lines, free, term)


def _title(lines: list[_L]) -> tuple[str | None, int]:
    """The term the page's first line names (its dictionary suffix left out), and that line's index; a stored web
    page's furniture above the title (a breadcrumb, a menu, a site name over a breadcrumb) is passed over."""
    nonblank = [line for line in lines[: _TOP * 4] if not line.blank]
    skipped = 0
    labels = _repeated_label(nonblank)
    for k, line in enumerate(nonblank):
        text = line.clean.strip(_SPACE)
        after = nonblank[k + 1].clean.strip(_SPACE) if k + 1 < len(nonblank) else ""
        if skipped < _FURNITURE_ABOVE_TITLE and (_above_title(text, after) or k in labels):
            skipped += 1
            continue
        term = _title_term(text)
        if term is None:
            break
        return term, line.index
    if skipped and nonblank:  # 海峡两岸关系 / 首页 > 百科 > 海峡两岸关系 / the lead: the short line passed over was the title
        crumb = _LAST_CRUMB.search(nonblank[0].clean.strip(_SPACE))
        if crumb is not None and _good_term(crumb.group("term")):
            return crumb.group("term"), nonblank[0].index  # 汉语大全>汉语词典>主户的意思 / zhǔ / 主户: the word the breadcrumb ends on (P1713)
        return _first_line_title(nonblank[0])
    return None, nonblank[0].index if nonblank else -1  # (the lead is looked for below the page's first line)


# A dictionary site's breadcrumb ending on the word's page (汉语大全>汉语词典>主户的意思): that word is the page's.
_LAST_CRUMB = re.compile(r"[>›»][\s\u3000]*(?P<term>[^\s\u3000>›»,，。；;:：]{1,12}?)(?:的意思|是什么意思|是什麼意思|的解释|的解釋)$")


def _repeated_label(nonblank: list[_L]) -> set[int]:
    """The first two lines of a page when they print one short label twice over a different title line naming a word
    (``理財教育`` / ``理財教育`` / ``「存款保障計劃」`` / ``存款保障計劃是…``, P2839, a finance-education site's card: the section's
    name as a breadcrumb and as a heading): the section, furniture above the title. A title printed twice over its lead
    (``碳中和`` / ``碳中和`` / ``碳中和是指…``) has no title line below it and stays the title."""
    if len(nonblank) < 3:
        return set()
    first, second, third = (line.clean.strip(_SPACE) for line in nonblank[:3])
    if first != second or third == first or not first or len(first) > 12 or _title_term(third) is None:
        return set()
    return {0, 1}


def _first_line_title(line: _L) -> tuple[str | None, int]:
    """The term the page's first line names as its title, read as when no furniture is looked for; and that line."""
    return _title_term(line.clean.strip(_SPACE)), line.index


def _lead(lines: list[_L], free: list[bool], term: str | None, title: int, taken: set[int]) -> tuple[list[int], Found] | None:
    """The first paragraph of running text below the line naming the term (the title, or a question heading
    ``X是什么意思`` at the top of the page) when it opens by defining that term."""
    seen = 0
    naming = term if term is not None and title >= 0 else None
    titled = _TITLE.fullmatch(lines[title].clean.strip(_SPACE)) if naming is not None else None
    encyclopedia = titled is not None and titled.group("encyclopedia") is not None  # (中國百強縣- 維基百科,…: its article)
    for line in lines[title + 1 if title >= 0 else 0 :]:
        if line.blank:
            continue
        seen += 1
        if seen > _TOP:
            return None
        text = line.clean.strip(_SPACE)
        question = _QUESTION.fullmatch(text)
        if question is not None:
            naming = (question.group("a") or question.group("b")).strip("“”「」『』\"")
            continue
        if not re.search(r"[。！？!?]", text) or not HAN.search(text):
            continue  # a subtitle, a redirect note, a label or an infobox line
        if naming is not None and free[line.index] and line.index not in taken:
            entry = _lead_entry(line, naming, encyclopedia=encyclopedia and naming == term)
            if entry is not None:
                return [line.index], entry
        naming = None  # only the first paragraph of running text below the naming line
    return None


# Another name co-ordinated with the term by 或, quoted, before the marker (中國百強縣或「中國百強縣(市)」,是…, P1066): part
# of neither term nor definition (as the golds leave alternative names out).
_ALTERNATIVE = re.compile(r"或[“「『][^“”「」『』\n]{1,20}[”」』](?=[,，]?[\s\u3000]*(?:是|指|即))")


def _lead_entry(line: _L, term: str, *, encyclopedia: bool = False) -> Found | None:
    para = _Para(line.start, line.raw)
    clean = para.clean
    prefix = _LEAD_PREFIX.match(clean).end()
    glued = GLUED_QUESTION_TITLE.match(clean, prefix)  # 腾笼换鸟是什么意思】“腾笼换鸟”是…: the question copied before the lead
    glued = glued if glued is not None and term in glued.group(1) else None
    prefix = glued.end() if glued is not None else prefix
    at = clean.find(term, prefix, prefix + 100)
    if at < 0 or HAN.search(clean, prefix, at) or re.search(r"[。！？，；：]", clean[prefix:at]):
        return None
    term_end = at + len(term)
    if glued is not None and at > prefix and clean[at - 1] in "“「" and clean[term_end : term_end + 1] in "”」":
        at, term_end = at - 1, term_end + 1  # …】“腾笼换鸟”是…: the term as the answer quotes it (the gold keeps quotes)
    after = _past_lost_opening(clean, prefix, at, term_end)
    after = _past_english_name(clean, after)
    alternative = _ALTERNATIVE.match(clean, after)
    after = alternative.end() if alternative else after
    if HAN.match(clean, after) and not re.match(r"[简簡又或全亦也俗通统統旧舊原别別英]|是|即|指|系|係|就是", clean[after:]):
        return None  # the first words of a longer name (陕西省人民政府…)
    sentence_end = _SENTENCE.match(clean, after).end()
    alias = _ALIAS.match(clean, after)
    if alias is not None and _AFTER_ALIAS.search(clean, alias.end(), sentence_end) is not None:
        opens = alias.start("alias")
    else:
        marker = _MARKER.match(clean, after)
        if marker is None:
            return None
        opens = marker.start("marker")
        if marker.group("marker") == "是" and _role(clean[marker.end() : sentence_end]):
            return None  # X是…的关键: a role, not what the term is
        if marker.group("marker") == "是" and _weighs(clean[marker.end() : sentence_end], term_core(term)):
            return None  # 营商环境 / 营商环境是企业生存发展的土壤。: what the term matters for, a commentary's lead
        if marker.group("marker") == "是" and not _names_what_it_is(clean, term, marker.end(), sentence_end) and not (
            encyclopedia and "的" in clean[marker.end() : sentence_end]
        ):
            # (an encyclopedia's article says what its title is: 中國百強縣…,是對…的綜合評價,…, P1066)
            return None  # 人才是第一资源, 民生是最大的政治: a slogan's rank or standing, not what the term is
    if _defines_another(clean, sentence_end, term):
        return None  # X是指…。Y是指…: definitions run into one paragraph, the prose pass's to split
    return _paragraph(para, line, at, term_end, opens)


# A closing bracket or quotation mark whose opening the page lost with a link (政府工作报告》是…: an encyclopedia copy
# whose lead opened with 《 inside a link, P535).
_LOST_OPENING = {"》": "《", "〉": "〈", "」": "「", "』": "『", "”": "“"}


def _past_lost_opening(clean: str, prefix: int, at: int, after: int) -> int:
    """Where the lead goes on after the term: past a closing mark right after it whose opening is nowhere before it
    (``政府工作报告》是…`` under the title ``政府工作报告``: the stray ``》`` belongs to neither term nor definition, as a
    lost bracket before a lead does, P479); ``after`` otherwise."""
    opening = _LOST_OPENING.get(clean[after : after + 1])
    if opening is None or opening in clean[prefix:at]:
        return after
    return after + 1


# The term's name in English in brackets right after it, before the marker (自由中國(英語:Free China)是…, P560;
# 十八届六中全会(the Sixth Plenary Session/Plenum of the 18th CPC Central Committee)是…, P561): a gloss, part of
# neither term nor definition (as 196's and P540's golds leave it out).
_ENGLISH_NAME = re.compile(r"[(（][\s\u3000]*(?:英[语語文](?:名[称稱]?)?[:：][\s\u3000]*)?[A-Za-z][A-Za-z0-9 .,'/&-]{1,120}[)）]")


def _past_english_name(clean: str, after: int) -> int:
    """Where the lead goes on after the term: past its English name in brackets (``_ENGLISH_NAME``) when a marker
    follows right after; ``after`` otherwise."""
    name = _ENGLISH_NAME.match(clean, after)
    if name is None or _MARKER.match(clean, name.end()) is None:
        return after
    return name.end()


# A later sentence referring back to the lead's subject (…的一个内陆省份。其西邻…).
_BACK_REFERENCE = re.compile(r"[。！？!?][\s\u3000]*(?:它|其|这|這|该|該|此)")


# A lead naming the term as a name of something (是冷戰時期對…的中華民國的稱呼, P560; 是…的简称, 是…的俗称): what the
# term is, as a name; a slogan's rank or worth is never said so.
_NAME_CLASS = re.compile(r"的(?:一种|一種|一个|一個)?(?:[称稱]呼|[称稱][谓謂]|[别別]称|[别別]稱|[统統][称稱]|[简簡][称稱]|[俗代泛旧舊][称稱]|名[称稱])(?=[,，。；;]|$)")


def _names_what_it_is(clean: str, term: str, predicate_at: int, sentence_end: int) -> bool:
    """Whether a lead ``X是…`` (a bare 是) says what the term is, as the topics pass reads a page's lead sentence: its
    first sentence names a class (``是…的Y``) and the paragraph goes on about the term (naming it again, or ``其``/``它``
    opening a later sentence), or the class is named by the term's own head word (``楼宇经济是…的新兴经济形态``). A
    slogan or a speech's lead gives the term's rank, standing or worth once (``人才是第一资源``, ``民生是最大的政治``,
    ``安全生产是天大的事,…``)."""
    predicate = clean[predicate_at:sentence_end]
    if "的" not in predicate:
        return False
    return (
        _NAME_CLASS.search(predicate) is not None
        or term in clean[sentence_end:]
        or _BACK_REFERENCE.search(clean, max(sentence_end - 1, 0)) is not None
        or _names_class_by_head(term, predicate)
    )


# A later sentence of the lead opening with another headword and a strong marker (…的支出。Y是指…), or with a quoted one
# and any (…的意思。“Y”就是…); not a plain-words lead-in (通俗解释就是,…).
_ANOTHER = re.compile(
    r"[\s\u3000]*(?:(?P<quoted>[“「『\"][^”」』\"\n]{1,20}[”」』\"])[\s\u3000]*(?:是|就是|即(?![使便将將刻时時可])|指)"
    r"|(?P<bare>[^\s\u3000,，。；;:：“”「」『』\"()（）]{2,25}?)[\s\u3000]*(?:是指(?![导導挥揮])|指的是|就是指|系指|係指))"
)
_STOP = re.compile(r"[。！？!?；;]")


def _defines_another(clean: str, start: int, term: str) -> bool:
    """Whether a sentence of the paragraph from ``start`` on opens by defining a headword other than ``term``."""
    for stop in _STOP.finditer(clean, max(start - 1, 0)):
        match = _ANOTHER.match(clean, stop.end())
        if match is not None and (match.group("quoted") or match.group("bare")).strip("“”「」『』\"") != term:
            return True
    return False


def _paragraph(para: _Para, line: _L, term_at: int, term_end: int, opens: int) -> Found | None:
    """The entry of the term at ``term_at``–``term_end`` of a line, defined from ``opens`` to the end of the line;
    None when the page cuts it (no closing stop)."""
    clean = para.clean
    end = len(clean.rstrip(_SPACE))
    if not _FINISHED.search(clean[opens:end]) and not _finished_after_mark(clean[opens:end]):
        return None
    return _found(para, line, term_at, term_end, opens, end)


def _finished_after_mark(definition: str) -> bool:
    """A definition ending in a site's watermark after its stop (…的通称。yNT中文字网): finished."""
    return _WATERMARK.search(definition) is not None


# A site's watermark after the closing stop: letters and the site's name (yNT中文字网), or a domain.
_WATERMARK = re.compile(r"[。！？!?][\s\u3000]*(?:[A-Za-z][A-Za-z0-9]{0,7}[\u4e00-\u9fff]{0,5}[网網站]|[A-Za-z0-9.-]{2,30}\.(?:com|cn|net|org))$")


def _found(para: _Para, line: _L, term_at: int, term_end: int, opens: int, end: int, *, term: str = "") -> Found:
    """The entry from the line's clean offsets: the term at ``term_at``–``term_end`` (``term`` when the line does not
    name it: a sense under its heading), the definition from ``opens`` to ``end``, the quote from the term on."""
    start, definition_at, stop = para.offset(term_at), para.offset(opens), para.offset(end)
    raw_term = line.raw[start - line.start : para.offset(term_end) - line.start].strip(_SPACE) or term
    definition = line.raw[definition_at - line.start : stop - line.start]
    quote = line.raw[start - line.start : stop - line.start]
    return Found(raw_term, definition, quote, line.index + 1, start, stop)


# A dictionary card's explanation label with its gloss run into the same cell (名詞解釋: 人群中所有人的有效劑量…的總和,…。 |, 822;
# 名詞解釋: 依據…之定義,州立圖書館是依據…, 571: the Ministry of Education's encyclopedia serving a 國家教育研究院 card as table
# cells under the title X - 教育百科): the gloss of the title's term, to the cell's end; where the first sentence names the term
# after a comma and glosses it with a marker, from that marker (the attribution before it is the card's source).
_CARD_RUN_IN = re.compile(r"[\s\u3000|]*(?:名[词詞])(?:解释|解釋)[\s\u3000]*[:：][\s\u3000]*(?=[\u4e00-\u9fff])")


def _run_in_card_labels(lines: list[_L], free: list[bool], term: str) -> list[tuple[list[int], Found]]:
    """The gloss of ``term`` run into one card label line (see :data:`_CARD_RUN_IN`); none when the page holds no such line
    or several (a page of several cards, each under its own heading, is read by the other layouts)."""
    labelled = [line for line in lines if not line.blank and free[line.index] and _CARD_RUN_IN.match(line.clean)]
    if len(labelled) != 1:
        return []
    line = labelled[0]
    para = _Para(line.start, line.raw)
    clean = para.clean
    opens = _CARD_RUN_IN.match(clean).end()
    end = len(clean.rstrip(_SPACE + "|｜"))
    first = clean.find("。", opens)
    named = clean.find("," + term, opens, first if first >= 0 else end)
    named = named if named >= 0 else clean.find("，" + term, opens, first if first >= 0 else end)
    if named >= 0:
        marker = _MARKER.match(clean, named + 1 + len(term))
        if marker is None:
            return []
        opens = marker.start("marker")
    if end - opens < 4 or not HAN.match(clean, opens):
        return []
    return [([line.index], _found(para, line, opens, opens, opens, end, term=term))]


def _senses(lines: list[_L], free: list[bool], term: str) -> list[tuple[list[int], Found]]:
    """A dictionary's senses of the page's term under its sense headings: each numbered sense, and the first
    paragraph of running text under a heading (a gloss whole, a paragraph restating the term from its marker)."""
    out: list[tuple[list[int], Found]] = []
    headings = [
        line.index
        for line in lines
        if not line.blank
        and (heading := _SENSE_HEADING.fullmatch(line.clean.strip(_SPACE))) is not None
        and (heading.group("term") or heading.group("after")) in (None, term)
    ]
    last = max((line.index for line in lines if not line.blank), default=-1)
    for n, heading in enumerate(headings):
        stop = headings[n + 1] if n + 1 < len(headings) else len(lines)
        seen = 0
        first = True  # no running paragraph read under this heading yet
        taken = False  # no sense read under this heading yet
        dictionary = _DICTIONARY_SENSES.match(lines[heading].clean.strip(_SPACE)) is not None
        bullets: set[int] = set()  # the dash-bulleted senses read under this heading
        sense_indent = -1  # the indentation of the last numbered sense read under this heading
        for line in lines[heading + 1 : stop]:
            if line.blank:
                continue
            seen += 1
            if seen > _UNDER_HEADING:
                break
            if taken and _section_heading(line.clean.strip(_SPACE), term):
                break  # 相关词语 / 小康的近义词 / X造句: another section, its numbered list no senses
            if taken and line.clean.rstrip(_SPACE).endswith((":", "：")):
                break  # 分詞解釋:西藏自治區: / 吐蕃:: another word's label, its glosses no senses of the title (P919)
            if not free[line.index]:
                taken = taken or first and bool(re.search(r"[。！？!?]", line.clean))  # (read before: the gloss is there)
                first = first and not re.search(r"[。！？!?]", line.clean)
                continue
            if _NOTICE.match(line.clean.strip(_SPACE)):
                continue  # 以下内容来自网络,仅供参考。: the site's notice, the gloss still to come
            if 0 <= sense_indent < line.indent and _SENSE_NUMBER.match(line.clean):
                continue  # 1. [block]∶以四条街道为边围成的地区 / ␣␣1. 包括整个街区的工厂: the sense's example, numbered below it (P1349)
            # (a dictionary heading's dash-bulleted senses, each its own gloss: 詞語解釋 / - 樂律名。… / - 四位清高的人,即…的合稱。
            # P1269; under 網絡解釋 the bullets after the first are an encyclopedia's remarks)
            bulleted = dictionary and bool(_DASH_SENSE.match(line.clean)) and out[-1:] and out[-1][0][0] in bullets
            run_in = _run_in_senses(line, term)
            if run_in:  # 解释 1.唐代御史﹑拾遗的别称。 2.唐时亦称…。 3.…: the senses run into one line after their label (P1714)
                out.extend(([line.index], entry) for entry in run_in)
                taken, seen, first = True, 0, False
                continue
            entry = _sense(line, term, first or bool(bulleted), cut=line.index == last)
            if entry is not None:
                out.append(([line.index], entry))
                if _DASH_SENSE.match(line.clean):
                    bullets.add(line.index)
                sense_indent = line.indent if _SENSE_NUMBER.match(line.clean) else sense_indent
                taken = True
                seen = 0  # (each sense opens a new window: 詳細字義's senses stand over their citation lines, P923)
            if re.search(r"[。！？!?]", line.clean):
                first = False
    return out


# Senses run into one line after a label, each numbered after the stop of the one before (解释 1.…。 2.…。 3.…。), and a
# citation closing a sense (参阅清梁章巨《称谓录.书院掌教》。), no part of it.
_RUN_IN_LABEL = re.compile(r"[\s\u3000]*(?:解释|解釋|释义|釋義)?[\s\u3000]*(?=1[.．、])")
_RUN_IN_NUMBER = re.compile(r"(?<![\d.．])(\d{1,2})[.．、](?!\d)[\s\u3000]*")
_CITED = re.compile(r"(?:参阅|參閱|参见|參見|见|見)[^。！？!?]{0,30}《[^》]{1,30}》[^。！？!?]{0,10}[。]$")


def _run_in_senses(line: _L, term: str) -> list[Found]:
    """The senses of ``term`` run into ``line`` after a label (see :data:`_RUN_IN_LABEL`), two at least, numbered 1, 2, …
    in turn; none otherwise."""
    para = _Para(line.start, line.raw)
    clean = para.clean
    label = _RUN_IN_LABEL.match(clean)
    if label is None:
        return []
    numbers = [
        m for m in _RUN_IN_NUMBER.finditer(clean, label.end())
        if m.start() == label.end() or clean[: m.start()].rstrip(_SPACE).endswith(("。", "！", "？", "!", "?"))
    ]
    if len(numbers) < 2 or [int(m.group(1)) for m in numbers] != list(range(1, len(numbers) + 1)) or numbers[0].start() != label.end():
        return []
    out = []
    for n, number in enumerate(numbers):
        end = numbers[n + 1].start() if n + 1 < len(numbers) else len(clean)
        sense = clean[number.end() : end].rstrip(_SPACE)
        cited = _CITED.search(sense)
        if cited is not None and cited.start() > 0 and sense[cited.start() - 1] in "。！？!?":
            sense = sense[: cited.start()].rstrip(_SPACE)
        if len(sense) < 4 or not _FINISHED.search(sense):
            return []
        opens = number.end()
        out.append(_found(para, line, opens, opens, opens, opens + len(sense), term=term))
    return out


def _section_heading(text: str, term: str) -> bool:
    """A short line without a sentence or a label's colon, other than the headword: the heading of another section."""
    return (
        0 < len(text) <= 15
        and text != term
        and _SENSE_NUMBER.match(text) is None
        and not re.search(r"[。！？!?,，:：;；]", text)
        and HAN.search(text) is not None
    )


# A site's notice where a heading's first paragraph would be (以下内容来自网络,仅供参考。/ 暂无基本解释。/ 本词条缺少概述图…).
_NOTICE = re.compile(r"(?:注[:：]|以下|本词条|本詞條|暂无|暫無)|.*?(?:仅供参考|僅供參考)")


# A sense's English gloss in square brackets closing it (1. 遠 [distant], 2. 開闊 [broad and open]).
_ENGLISH_GLOSS = re.compile(r"[\s\u3000]*\[[A-Za-z][A-Za-z ,;.'’()-]*\][\s\u3000]*$")
# A gloss's English name in square brackets opening it ([Urumqi] 新疆维吾尔自治区首府。…).
_ENGLISH_OPENING = re.compile(r"\[[A-Za-z][A-Za-z ,;.'’()-]*\][\s\u3000]*")
# … or opening it with a ratio colon or a colon after it ([block]∶以四条街道为边围成的地区), as a dictionary prints a sense's word.
_ENGLISH_LABEL = re.compile(r"\[[A-Za-z][A-Za-z ,;.'’()-]*\][\s\u3000]*[∶:：][\s\u3000]*")
# A Taiwan dictionary's usage line: what a region calls the word's thing (大陆地区称新疆省迪化市。): a counterpart, no gloss.
_REGION_NAME = re.compile(r"(?:大陆|大陸|台湾|臺灣|香港|澳门|澳門|港澳)地[区區](?:称|稱|叫做|叫作)")
# A variant-character note (通“勞”, 同“遼”): the character written for another, no sense of its own.
_VARIANT_NOTE = re.compile(r"(?:通|同)[\s\u3000]*[“「\"]?[\u4e00-\u9fff][”」\"]?[。.]?")


def _sense(line: _L, term: str, first: bool, *, cut: bool = False) -> Found | None:
    """One line under a sense heading as a sense of ``term``, or None. ``cut``: the line ends the text, so a numbered
    sense without a closing stop (or a watermark after one) is one the page cuts off."""
    para = _Para(line.start, line.raw)
    clean = para.clean
    end = len(clean.rstrip(_SPACE))
    number = _SENSE_NUMBER.match(clean)
    if number is not None:
        opens = number.end()
        marked = PART_OF_SPEECH.match(clean, opens)  # 1. (形)遠:~遠。: the part of speech is no part of the sense
        opens = marked.end() if marked else opens
        named = _ENGLISH_LABEL.match(clean, opens)  # 1. [block]∶以四条街道为边围成的地区: the English word and its colon off (P1349)
        opens = named.end() if named and HAN.match(clean, named.end()) else opens
        english = _ENGLISH_GLOSS.search(clean, opens, end)  # 1. 遠 [distant]: the English gloss is left out
        if english is not None and HAN.search(clean, opens, english.start()):
            end = len(clean[: english.start()].rstrip(_SPACE))
        if end - opens < (1 if english or marked else 4) or not HAN.search(clean, opens, end) or len(term) > 1 and clean.startswith(term, opens):
            return None  # (a character's sense may open with it, 遼寧省的簡稱; a one-word sense counts beside its English gloss or part of speech: 1. 遠 [distant])
        if _VARIANT_NOTE.fullmatch(clean, opens, end):
            return None  # 4. 通 “勞”。: the character stands for another, a variant note, no sense
        if cut and not _FINISHED.search(clean[opens:end]) and not _finished_after_mark(clean[opens:end]):
            return None
        return _named_back(para, line, term, opens) or _found(para, line, opens, opens, opens, end, term=term)
    if not first or not re.search(r"[。！？!?]", clean):
        return None  # a label, a menu or the headword line; or a paragraph after the first
    bullet = _BULLET.match(clean)
    opens = bullet.end() if bullet else len(clean) - len(clean.lstrip(_SPACE))
    english = _ENGLISH_OPENING.match(clean, opens)  # [Urumqi] 新疆维吾尔自治区首府。…: the English name is left out (P902)
    opens = english.end() if english else opens
    names = _OTHER_NAMES_SENTENCE.match(clean, opens)  # • 亦称“土户”、“正户”。中国封建时代…: the other names, no gloss (P1713)
    opens = names.end() if names and HAN.match(clean, names.end()) else opens
    if clean.startswith(term, opens):
        marker = _MARKER.match(clean, opens + len(term))
        if marker is None:
            return None
        return _paragraph(para, line, opens, opens + len(term), marker.start("marker"))
    if end - opens < 4 or not HAN.match(clean, opens):
        return None
    if _REGION_NAME.match(clean, opens):
        return None  # 大陆地区称新疆省迪化市。参见「迪化市」条。: what another region calls the place, a counterpart (P902)
    return _named_back(para, line, term, opens) or _found(para, line, opens, opens, opens, end, term=term)


# A sentence giving only the word's other names, quoted, before its gloss (亦称“土户”、“正户”。): no part of the gloss.
_OTHER_NAMES_SENTENCE = re.compile(r"(?:亦|又|也|或|俗)[称稱](?:为|為)?[\s\u3000]*[“「][^“”「」。]{1,12}[”」](?:[、,，][\s\u3000]*[“「][^“”「」。]{1,12}[”」])*[。][\s\u3000]*")


# A sense naming the word after its gloss (各公私机构或学校,以院为名者,其最高长官称为「院长」。, a Taiwan dictionary's way): the
# quoted word is the term, the clause before 称为 its gloss, and what follows (如:「行政院院长」…) an example.
_NAMED_BACK = re.compile(r"(?P<gloss>[^。！？!?]{4,}?)(?:称为|稱為|称作|稱作|叫做)(?P<q>「[^「」]{1,20}」)[。]")


def _named_back(para: _Para, line: _L, term: str, opens: int) -> Found | None:
    """The entry of a sense naming the page's word after its gloss (see :data:`_NAMED_BACK`), or None."""
    match = _NAMED_BACK.match(para.clean, opens)
    if match is None or match.group("q")[1:-1] != term:
        return None
    return _found(para, line, match.start("q"), match.end("q"), opens, match.end("gloss"))
