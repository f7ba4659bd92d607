"""The shared line model, vocabulary and term checks of every pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from policyterms.text.fold import INVISIBLE, TONE_MARKED, strip_pinyin
from policyterms.text.furniture import is_page_number_line

# 指 as a definition marker after a term, not the first character of a word it begins (指导, 指出, 指引, 指明, 指挥, 指示,
# 指令, 指定, 指向, 指南, 指标, 指数, 指望, 指责, 指点, 指正, and 指派 to assign, though 指派遣至…/指派驻… define, as in the
# marker pattern below: 由校方指派特定人員每學期定時上傳, P2813, is who uploads, no gloss of 由校方): one pattern for the passes that look for a marker after a term or a comma.
# A pinyin vowel with its tone mark (遼liáo, 山林 shān lín): a dictionary's reading, never English.
TONE_MARK = re.compile(f"[{TONE_MARKED}]")
DEFINING_ZHI = r"指(?![ \u3000]?[导導出引明挥揮示令定向南标標数數望责責点點正])(?![ \u3000]?派(?![遣驻駐]))"
# The strong markers after a term (是指, 系指, 指的是, a defining 指): what opens a definition wherever a looser word (是, 即)
# would also open a standing or a clause. STRONG_WORDS are those of more than one character.
STRONG_WORDS = r"是指|系指|係指|指的是"
DEFINING_MARKER = rf"{STRONG_WORDS}|{DEFINING_ZHI}"
# A definition opening with a strong marker (是指…, 指…): a gloss of its label, whatever list or section it stands in.
OPENS_WITH_MARKER = re.compile(rf"[\s\u3000]*(?:{DEFINING_MARKER})")
# A closing lead-in that is the marker again, ending a definition before its list (…。具体指: / 主要包括:): kept with the
# definition when the list follows it (prose), left off it when the text ends there (combine).
LEAD_IN_MARKER = r"(?:具体|具體|主要)(?:是指|指的是|指|包括|包含)[:：]"
# What follows a marker in a question, not a definition (规模以上工业指的是什么意思, 三区三线是指哪三区, “两个维护”指的是
# 哪两个方面的要求, X指如何…); an indirect question modifying a noun answers (指的是哪一届的中央委员会。, P583).
ASKED_AFTER_MARKER = (
    r"(?:的是|的)?[\s\u3000]*(?:什么|什麼|啥|哪些|哪个|哪個|哪[一二两兩三四五六七八九十几幾]{1,2}(?:[个個种種类類项項条條]?)|哪"
    r"|何[种種时時处處谓謂]|怎样|怎樣|怎么|怎麼|如何)"
    r"(?![^，,。；;！!？?\s]{0,2}的[^，,。；;！!？?的]{2,}[。；;])"
)
# An item's number before a headword (3. 破防, 152、学术超男, (3)破防, 三、破防, ①破防).
#: A label saying that a meaning follows (含义, 释义, 定义, 词义, 意思; traditional forms too): a card's or a word item's label.
MEANING_LABEL = r"含[义義]|[释釋][义義]|定[义義]|[词詞][义義]|意思"
# What a sentence calls its subject when it says what the subject is short for (…的简称, 统称, 缩写) or the common name of
# (…的一种通俗称谓): a bare 是 before it defines.
SHORT_FORM_NAME = r"[简簡][称稱]|[统統][称稱]|[总總][称稱]|合[称稱]|[缩縮][写寫]|[简簡][写寫]"
COMMON_NAME = r"(?:一种|一種)?(?:通俗|习惯|習慣)?(?:的)?(?:称谓|稱謂|叫法)"
# The words of a question (吗, 什么, 如何 …): a sentence or a subject holding none asks nothing.
ASKS = re.compile(r"吗|嗎|呢|什么|什麼|何|怎|哪|谁|誰|多少|几|幾|是否|难道|難道|么|麼")
ITEM_NUMBER = r"(?:[(（]?\d{1,4}[)）.．、]|[(（]?[一二三四五六七八九十百]{1,4}[)）、]|[①-⑳⑴-⒇])"
# A notice's or a news item's tag in lenticular brackets (【温馨提示】, 【提醒】, 【重要】, 【本报讯】, 【新华社讯】, 【要闻】): a
# label of what follows, never a headword, whatever the next words (【温馨提示】指定医疗机构…, 【提醒】 近期…).
NOTICE_TAG = re.compile(
    r"(?:温馨|溫馨|友情|特别|特別|重要|紧急|緊急)?(?:提示|提醒|通知|公告|声明|聲明)|重要|注意|要闻|要聞|快讯|快訊|头条|頭條|置顶|置頂"
    r"|\S{0,8}?(?:社|网|網|报|報|台|刊)(?:讯|訊|电|電)"
)


#: A Han character: whether a line or a name holds Chinese text at all.
HAN = re.compile(r"[\u4e00-\u9fff]")
#: Quotation marks, set aside when a term and a sentence restating it are compared (“CPI” / CPI是…).
QUOTE_MARK = re.compile(r"[“”「」『』\"]")
#: A line of marks only: a converted page's div marker, a table bar, an image's empty link (:::, |, ![]() |): furniture.
MARKS_ONLY = re.compile(r"[^\w]+|!\[\]\(\)[\s\u3000|｜]*")
#: A gloss's first clause (up to its first comma, semicolon or sentence end), where what it names or reports is read.
FIRST_CLAUSE = re.compile(r"[^，,；;。！？!?]*")

MAX_TERM = 25  # characters, pinyin noise removed


@dataclass(frozen=True)
class Found:
    """An entry as written: ``quote`` is verbatim from the text (line breaks of a
    continued entry joined), ``term`` and ``definition`` keep converter noise (the caller
    removes it)."""

    term: str
    definition: str
    quote: str
    line: int  # 1-based line of the entry's first character
    start: int
    end: int


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the text from ``start`` to ``end`` shares a character with any of ``spans``: the passes that read
    entries inside a sentence leave a place another pass has already read as an entry.

    >>> overlaps(3, 6, [(0, 4)]), overlaps(4, 6, [(0, 4)]), overlaps(0, 2, [])
    (True, False, False)
    """
    return any(s < end and start < e for s, e in spans)


# --- lines ---------------------------------------------------------------------------------

_SPACE = " \t\u3000\xa0\r" + INVISIBLE


class MarkerGroup:
    """One group of a match, shaped like a marker match (its ``start()`` and ``end()`` are the group's): where a
    pattern must look around a marker (`“X”,即…` in a series, `被…用來指`), the definition still opens at the marker."""

    def __init__(self, match: re.Match[str], group: int | str) -> None:
        self._match = match
        self._group = group

    def start(self, group: int = 0) -> int:
        return self._match.start(self._group)

    def end(self, group: int = 0) -> int:
        return self._match.end(self._group)


@dataclass
class _L:
    index: int
    start: int
    raw: str
    clean: str  # pinyin removed, for tests only (raw is what is cut)
    blank: bool
    indent: int
    page: bool = False  # a PDF's page number (- 12 -): read as a blank line, no break inside a note


def _lines(text: str) -> list[_L]:
    out, start = [], 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.lstrip(_SPACE)
        page = is_page_number_line(raw)  # - 12 -: a PDF's page number
        blank = not stripped.rstrip(_SPACE) or page
        out.append(_L(index, start, raw, "" if blank else strip_pinyin(raw), blank, len(raw) - len(stripped), page))
        start += len(raw) + 1
    return out


# --- shared vocabulary ----------------------------------------------------------------------

# (所属单位 only as a site's label, 所属单位:统计局; inside a sentence it is a word of the text: 國防部所屬單位之經管機關指…, 785)
_FURNITURE = re.compile(
    r"登[录錄](?![一])|立即注[册冊]|免[费費]注[册冊]|注[册冊][账賬][号號]|用[户戶]注[册冊]|^\s*注[册冊]\s*$|回帖|[发發]表于|Powered by|返回[顶頂]部|返回列表|上一篇|下一篇|"
    r"打印本[页頁]|[关關]閉窗口|关闭窗口|分享到|[责責]任[编編][辑輯]|"
    r"欢迎参与讨论|发表您的看法|發表您的看法|扫一扫|扫码|版权所有|Copyright|©|所属单位(?![\u4e00-\u9fff])|所属分类|附件下载|本文地址|留言与评论|网站地图|相关文章|"
    r"本站|免责|侵权|转载|點擊下載|点击下载|[当當]前位置|您所在的位置|[开開]通[会會][员員]|立即[开開]通|[给給][编編][辑輯]写信|[给給][编編][辑輯][写寫]信|(?:^|[\s>])正文\s*$"
    # a Chinese site's footer of reporting links and filing numbers (国家网信办举报中心 北京网络行业协会 全国互联网安全管理服务平台,
    # P2937, a driving site; 违法和不良信息举报, 京ICP备…号): the page's frame, which ends the explanation above it
    # (the filing number itself, 京ICP备12345678号, 京ICP证030173号: a glossary line on ICP备案是指… is no footer, review 67)
    r"|不良信息[举舉]报|有害信息[举舉]报|网信办[举舉]报中心|互[联聯]网安全管理服务平台|ICP[备備证證][\s\u3000:：]*\d"
    # an encyclopedia's skip link above its title (跳转到内容, P477, P535)
    r"|^\s*跳(?:转|轉)?(?:到|至)(?:内容|內容|正文)\s*$"
    # a link to more on a subject (更多有關非中國公民類別的資訊, 440): furniture, no headword
    r"|^\s*(?:了解|查看)?更多(?:有[關关]|[關关]於)[^。！？!?\n]{1,30}?(?:資訊|资讯|信息|資料|资料|內容|内容)\s*$"

    # a government site's skip link to its main content (跳到主要內容區塊, 跳至主要內容, 300, 302, 344)
    r"|^\s*跳(?:转|轉)?(?:到|至)主要(?:内容|內容)(?:区块|區塊)?\s*$"
    # an encyclopedia's buttons on a line of their own: its lock mark by the title (鎖定, P1321) and its random-entry link above
    # the site's blurb (随便看, P1355)
    r"|^\s*(?:[锁鎖]定|[随隨]便看看?)\s*$"
    # a content site's label over its article (文章详情, 文章详情介绍, P1328)
    r"|^\s*文章[详詳]情(?:介[绍紹])?\s*$"
    # a government page's empty attachment field below the answer (附件:, 89, 114, 192)
    r"|^\s*附件\s*[:：]\s*$"
    # a query form's buttons, each on a line of its own (全選 / 取消全選, 208)
    r"|^\s*(?:取消)?全[选選]\s*$"
    # a news site's text-size buttons on a line of their own (小字號 under the dateline, P3472, People's Daily's traditional edition;
    # 大字号 小字号, 字号:大 中 小): the page's controls, no headword over the article below
    r"|^\s*(?:[大中小]字[号號][\s\u3000]*){1,3}$|^\s*字[号號][\s\u3000]*[:：]?[\s\u3000]*(?:[大中小][\s\u3000]*){2,3}$"
    # an e-paper's navigation: its index labels (标题导航 on a line, 首页 | 电子报首页 | 版面导航 | 标题导航, P3624, a securities
    # daily's e-paper; 版面导航, 本版标题 on other e-papers) and its issue's pager (上一期 下一期, 上一版 下一版): the page's frame,
    # no headword over the article's title below (上一篇 and 下一篇 are read above)
    r"|[电電]子[报報]首[页頁]|[版标標][面题題][导導][航覽览]|^\s*本版[标標][题題]\s*$|上一[期版][\s\u3000]+下一[期版]"
    # a news site's list of other stories, each title over its age (4小時前, 25分钟前, 3天前 on a line of their own, P3621, a TV
    # news site): the list's stamp, no text of an explanation
    r"|^\s*\d{1,3}[\s\u3000]*(?:秒|分[钟鐘]|小[时時]|天|日|周|週|星期|[个個]月)前\s*$"
    # a breadcrumb of an e-paper or a site, short parts set off by a spaced > or \ (数字版首页 > 第A03:热词·评论, P655)
    r"|^\s*[^\s>»›\\。，,；;！!？?]{1,20}(?:[ \t\u3000]+[>»›\\][ \t\u3000]+[^\s>»›\\。，,；;！!？?]{1,20}){1,5}\s*$"
    # (a forum's or a content site's path, its crumbs set off by a spaced backslash, and its last crumb the article's own
    # title with its punctuation: 土木在线论坛 \ 建筑设计 \ 城市规划设计 \ 建圈强链:“链长”与“链主”?,…, P2166; three crumbs
    # before the title, as a site's path is written, so that a spaced sign or two inside a sentence make no path)
    r"|^\s*[^\s>»›\\。，,；;！!？?]{1,20}(?:[ \t\u3000]+[>»›\\][ \t\u3000]+[^\s>»›\\。，,；;！!？?]{1,20}){2,5}[ \t\u3000]+[>»›\\][ \t\u3000]+\S"
    # a news photo's caption, ending in its credit (…展厅内的展品。银川市宣传部供图, 新华社记者 谢环驰 摄): the picture's
    # words, no headword and no explanation of the subheading above it
    # (a content site's breadcrumb written without spaces, three crumbs or more, the list number a copy put before it:
    # 1. 飞翔信息网>保险>什么是长期护理保险, P2428, an insurance Q&A page)
    r"|^\s*(?:\d{1,2}[.．][ \t\u3000]*)?[^\s>»。，,；;！!？?]{1,20}(?:[>»][^\s>»。，,；;！!？?]{1,20}){2,5}\s*$"
    # (a content site's image caption, the article's title and the picture's number: 什么是长期护理保险,第1张, P2428)
    r"|^\s*[^\n。]{2,40}[,，][ \t\u3000]*第\d{1,2}[张張][ \t\u3000]*$"
    r"|(?:^|(?<=[。！？!?\s\u3000]))[^\s\u3000。，,；;！!？?:：]{2,15}供[图圖][\s\u3000]*$"
    r"|[^\s\u3000。，,；;]{2,4}[\s\u3000/／]+(?:摄|攝)[\s\u3000]*[)）]?[\s\u3000]*$",
    re.IGNORECASE,
)
# Labels that introduce a part of an entry (or a byline), never a headword (编者按: an editor's note
# introducing a series, 142; 理論背景, an encyclopedia's section on a term's history, P220).
# A scope frame standing before a marker (就某一税种而言,是指…, P1779): what the definition holds for, no term.
_SCOPE_FRAME = re.compile(r"就[^,，。；;]{1,12}(?:而言|来说|來說|来讲|來講)")
_LABELS = re.compile(
    # (意思: the word's sense itself, …放在经济调控这方面,意思就是往市场里“放水”…, P1664, never a headword)
    r"^(?:含[义義]|意思|(?:基本)?定[义義][与與和及][^\s:：]{1,4}|(?:[理][论論]|[历歷]史|政策|出台|提出|时代|時代)?背景|[释釋][义義例]|[点點]睛|[报報]告原文|[报報]告[语語]境|追新[词詞]|解[读讀]|[说說]明|注|注[释釋]|附注|"
    r"来源|來源|作者|[时時][间間]|日期|[发發]布[时時][间間]|(?:最近)?更新(?:[时時][间間]|日期|[频頻]率)|[记記]者|[编編][辑輯]|[责責][编編]|主[编編]|地址|[电電][话話]|"
    r"[书書]籍|出[处處]|例如|比如|如|其中|原文|[导導][读讀]|[关關][键鍵][词詞]\S{0,3}|[名][词詞](?:[解][释釋]|[注][释釋解])|[报報]告[强強][调調]|[热熱][词詞]|[新][词詞]|[资資]料[简簡]介|字[号號]|科普|[编編]者按|[图圖]集|[评評][论論]|微博|微信|正文|小[贴貼]士|小知[识識]|知[识識][点點]|(?:相[关關])?[链鏈]接|(?:[问問][题題])?[答回][复復](?:[内內]容)?|[内內]容|[标標][题題]|[问問][题題]|[问問]|[答]|[办辦]理[结結]果|[回][复復][单單]位|[答][复復][单單]位)$"
)
_SENTENCE_END = "。！？!?"
# A sentence's stop (。！？!?), compiled once for every layout that looks for where a sentence ends.
SENTENCE_STOP = re.compile(f"[{_SENTENCE_END}]")


def first_sentence(text: str) -> str:
    """``text`` up to its first sentence end (。！？!?), the end left out: the part of a gloss most rules judge it by.

    >>> first_sentence("指…的地区。包括…"), first_sentence("无句号")
    ('指…的地区', '无句号')
    """
    return SENTENCE_STOP.split(text, maxsplit=1)[0]
# What follows a '?' standing for a character lost in a mojibake copy (理財?shù)取…钔?,居民): a comma or a
# converter's pinyin (shù), where a question mark never stands; such a '?' ends no sentence.
_AFTER_LOST_CHARACTER = r"[,，、]|[a-z\u00e0-\u01dc]{1,6}\)"
_CLOSERS = "”’」』)）】]"
# A content site's watermark inserted after a sentence's stop, its characters kept apart by symbols, digits or spaces so that
# copiers' filters miss it (本`文@内-容-来-自;中^国_碳0排0放^交-易=网 ta n pa i fa ng . co m, P2636 and P2538, a carbon-trading
# portal's pages): five Han characters at least, each followed by one to three such marks, then the domain's spaced letters up to
# the line's end. No prose writes five characters so in a row; the gloss before it ends at its stop.
_SPACED_WATERMARK = re.compile(
    r"(?<=[。！？!?])[ \t\u3000]*(?:[\u4e00-\u9fff][`~!@#$%^&*_=+|;:/\\.\-“”\"'<>0-9 \t\u3000]{1,3}){5,}[\u4e00-\u9fff]?"
    r"[ \t\u3000A-Za-z0-9.\-=_^*`~@#$%&|;:/]*(?=\n|$)"
)


def blank_watermarks(text: str) -> str:
    """``text`` with each spaced watermark (see ``_SPACED_WATERMARK``) turned into as many spaces, so that offsets and lines
    stay where they were.

    >>> blank_watermarks("实现可持续消费。 本`文@内-容-来-自;中^国_碳0排0放^交-易=网 ta n pa i fa ng . co m").rstrip()
    '实现可持续消费。'
    >>> blank_watermarks("第1条第2款第3项规定。2018年1月,上海率先提出。")
    '第1条第2款第3项规定。2018年1月,上海率先提出。'
    """
    return _SPACED_WATERMARK.sub(lambda m: " " * len(m.group()), text)


# Pictographs a post or a portal's feature closes a paragraph with after its last stop (…为城市注入新的活力。🌟🌈, P2634; a
# title's 🏙️✨): decoration, no words, so a sentence closed before them is finished. Emoji blocks, the dingbats and
# miscellaneous symbols (✨, ☀), the star and the joiners and variation selectors that build one pictograph of several.
EMOJI_TAIL = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D\s\u3000]+$")


def without_emoji_tail(text: str) -> str:
    """``text`` without the pictographs closing it (see ``EMOJI_TAIL``); text ending otherwise is returned as it is.

    >>> without_emoji_tail("为城市注入新的活力。🌟🌈"), without_emoji_tail("城中村改造是什么意思 🏙️✨"), without_emoji_tail("活力。")
    ('为城市注入新的活力。', '城中村改造是什么意思', '活力。')
    """
    tail = EMOJI_TAIL.search(text)
    return EMOJI_TAIL.sub("", text) if tail is not None and tail.group().strip() else text


_CLOSE_CLASS = re.escape(_CLOSERS)
_FINISHED = re.compile(rf"[{_SENTENCE_END}][{_CLOSE_CLASS}]*$")
# A gloss closed by its examples at its line's end, no stop after them (1.第四組場所指…之場所,例如咖啡室、冰室及茶館等, 593,
# a service card's numbered groups): 例如…等 closes the list, so the line is whole (the next line is no continuation)
# and the examples are no part of the gloss, as a 例如 sentence after a gloss is none (526, 545).
CLOSING_EXAMPLES = re.compile(r"[,，][\s\u3000]*(?:例如|比如|譬如)[^,，。；;:：!！?？]{1,40}等[\s\u3000]*$")
_TERM_BAD = set("，,。；;！!？?：:|｜")

# 本质是/本质上是 opens a gloss by the thing's essence (首发经济,本质是通过…首次发布或落地,形成消费热点…, P2737 of dev-98, a paper's
# feature; both golds keep 本质 in the definition), not after 的, 之 or 其 (注册制改革的本质是…, 其本质是…: the essence of a thing
# named, a remark going on about it). Only after the term and a comma (首发经济,本质是…: the writer sets the word apart and says
# what it is at bottom) or before a measure counting the thing as one of a kind (数字人民币本质上是一种…货币); run into its subject
# otherwise it weighs or judges, as a report or a speech does (减税降费本质上是让利于民, 全面从严治党本质是党的自我革命, 改革本质上
# 是一场深刻的革命, review 65), and 是为了 gives a purpose.
# Definition markers, strongest first. ``指`` must not start a word such as 指标 or 指出, nor end
# 所指 (本模板所指的决定…), unless 所 ends a place noun (第四組場所指以提供飲料為…之場所, 593: 場所, 處所, 住所, 診所, 事務所, 研究所, 派出所, 托兒所; but not before 派, 律师事务所指派律师…: 指派, a verb, though 外派人员指派遣至…, 指派驻… define; 務 only in 事務所, 處 not after 此 or 本: 任务所指…, 服务所指的是…, 此处所指的X…, a frame); 泛指, 特指 and 专指 are markers of their own (新三样泛指…), with a 是 before them opening the
# definition as in 是指 (时政新词是特指…, P551; not after 不 or 也, 它不是泛指…: a clause); 是指 is none before 导/挥 (这个增长速度是指导性的), nor 是指/就是指 before 望 (合作社就是指望着…: 指望, a verb).
# 意为 is none in 全心全意为, 诚心诚意为, 愿意为 (我们愿意为…). 是以 is none in 是以前/是以后, nor where 为
# follows in its clause (是以习近平同志为核心的党中央…, 是以…为基础: the frame 以A为B, not a definition). A 就 before 是以 is the
# marker's, as in 就是指 (所谓森林银行就是以托管、赎买…等方式集聚…: 森林银行, not 森林银行就).
_MARKER = re.compile(
    r"(?<=[,，])(?:本质|本質)上?是(?![否不在]|[为為]了)|(?<![的之其,，])(?:本质|本質)上?是(?=一(?:种|種|个|個|类|類|门|門|项|項|套))|就是指(?![望])|是指(?![导導挥揮望])|系指|係指|意指|(?:(?<![不也就还還都正])是)?(?:泛指|特指|专指|專指)|(?<!心.)(?<![愿願乐樂同注满滿])意[为為]|含[义義]为|含[义義]為"
    r"|(?<![亦立,，、\s\u3000])即指(?![ \u3000]?[标標数數导導出挥揮引南示令向明日望针針战戰定派责責控认認点點正使纹紋摘])"
    r"|可以?理解[为為](?=[\s\u3000]*[:：](?![\s\u3000]*(?:要|应|應|必须|必須|须|須|需要)))"
    r"|(?:就)?是以(?![前后後])(?![^，,。；;！!？?]{0,40}[为為])(?![^，,。；;！!？?]{0,40}的[，,。；;！!？?])(?![^，,。；;！!？?]{0,40}的方式)|(?<!泛)(?<!(?<!永)[恒恆])(?<!(?<![场場住诊診究出儿兒])(?<!(?<![此本该該这這彼])[处處])(?<!事[务務])所)(?<!屈一)指(?!(?<=屈指)(?:可|一算|算))(?![ \u3000]?[标標数數导導出挥揮引南示令向明日望针針战戰])(?![ \u3000]?派(?![遣驻駐]))(?![ \u3000]?定(?!期(?!限)))"
)
# (屈一 before 指 makes the idiom 首屈一指, "the first of all", no marker: 隨著香港致力發展成為亞洲首屈一指的慈善樞紐,…, P3248, a
# Hong Kong tax guide; and 屈指 before 可数, 一算, 算 is "counting on one's fingers", 屈指可数的…. A word ending in 屈 before a bare 指
# is a term, 委屈指的是受到不应有的指责, 冤屈指…, review 72: only the idioms' own next characters refuse the marker)
# (即指 is one marker, 即 opening the definition as 是 opens 是指: 无固定期限劳动合同即指未设置具体终止日期之劳动合同形式。, P2674, a law
# firm's article — not the term 无固定期限劳动合同即 before a bare 指; 亦即指 restates inside a gloss, 立即指出 is no marker; after a comma, 凡提述X,即指…, 532, the clause keeps its old reading)
# (恒指 is the Hang Seng index's short name, no marker: 港交所上市的华夏恒指 ESG ETF,于10月3日获得…申购, P2511, a broker's news;
# 永恒 before 指 is a word of its own, 永恒指的是不随时间改变的存在, review 58)
# (可理解为 before its colon glosses the word before it, “点状用地”通俗点可理解为:将项目用地区分为…, P2180; without the colon it
# weighs a reading, 不能简单归结为…,而应理解为一个…体系, P1936; nor with an instruction after the colon, 会议精神可理解为:要坚持…,
# review 47: what to do, no sense)
# (“三会”指定期召开…: 指 before 定期 defines; 指定, 指定期限 do not; 是以…的, closing its clause on 的, says how the subject is
# done, no definition: 多数精神产品是以商品形式进行流通的，但是…, the 1983 work report; so does 是以…的方式, 補貼是以發放電子醫療券
# 的方式給付, 340: how it is paid)
# In a footnote's first sentence, 是 after a short headword defines it ([1]产业活动单位是…); never
# 是否, 是在, 是由于, 是因为, 是…的一年 after a date (dates are no headwords anyway).
_NOTE_IS = re.compile(r"是(?![否在从從由于於因为為指以])")
# (an adverb of scope before it opens the definition: (4) B系列只包括在…的病床,… — B系列, not B系列只)
_NOTE_MARKER = re.compile(r"(?:只|仅|僅)?不?包括|(?:只|仅|僅)?不?含(?![义義有量])|反映(?![了出])")
# What 反映 glosses: an index or a measure (居民消费价格指数反映…, 客运周转量是反映…, CPI反映…), not people reporting something
# (部分企业反映融资难、融资贵,部分群众反映看病难…, a report's list of problems; 受访居民反映…, news prose).
MEASURE_HEAD = re.compile(r"(?:指数|指數|指标|指標|率|值|额|額|量|数|數|价格|價格|比重|系数|係數|收入|支出|[A-Z]{2,6})[)）]?$")
_NOTE_NUMBER = re.compile(
    r"""^[\s\u3000]*(?:
        \[(?P<b>\d{1,3})\] | 〔(?P<c>\d{1,3})〕 | [（(](?P<p>\d{1,3})[）)]
      | (?P<d>\d{1,3})[\s\u3000]*[.．、](?!\d) | (?P<circ>[①-⑳⑴-⒇]) | (?P<h>\d{1,3})[)）]
      | [（(](?P<cp>[一二三四五六七八九十]{1,3})[）)] | (?P<cn>[一二三四五六七八九十]{1,3})、
      # (a) 更改工程计划:…;: a Macao or Portuguese-law text's lettered item before its colon headword (635)
      | [（(](?P<lt>[a-z])[）)](?=[\s\u3000]*[^\s\u3000:：。，,；;、]{2,15}[:：])
      # (the same item with a half bracket or a stop, a) 合謀行為:…, ii. 濫用市場權勢:…, and a Roman numeral sign, Ⅱ、…:, as
      # English-style and Hong Kong pages number their sub-lists; before a colon headword that is no Latin word)
      | (?P<lh>[a-z]|i{2,3}|iv|vi{0,3}|ix)[）)](?=[\s\u3000]*[^\s\u3000:：。，,；;、A-Za-z][^\s\u3000:：。，,；;、]{1,14}[:：])
      | (?P<ld>i{1,3}|iv|vi{0,3}|ix)[.．](?=[\s\u3000]+[^\s\u3000:：。，,；;、A-Za-z][^\s\u3000:：。，,；;、]{1,14}[:：])
      | (?P<rs>[\u2160-\u216b])[.．、](?=[\s\u3000]*[^\s\u3000:：。，,；;、]{2,15}[:：])
      # 一 農業:指…: a definitions article's item numbered by a bare numeral and a space before its colon headword (460); a law
      # database's print sets two spaces after it and writes ten as 一○ (一  巨大垃圾:指…, 一○  處理:…, 698)
      | (?P<cs>[一二三四五六七八九十][一二三四五六七八九十○〇]{0,2})[ \u3000]{1,3}(?=[^\s\u3000:：。，,；;、]{2,12}[:：])
      # ⑴–⒇ (parenthesised digits, a yearbook's sub-items ⑴终端能源消费量:指…) number like ①–⑳
      # ()机关运行经费:…: an item number the page lost, before a colon headword (()运量  指…: lost
      # characters of a headword, no number)
      | [（(][）)](?=[^\s\u3000（()）,，。:：][^\n:：。，,]{0,30}[:：])
      # †“就业”X是指…: a footnote marked by a dagger or a section mark (a statistics summary's notes, keyed to figures above)
      | (?P<dagger>[†‡§])
    )[\s\u3000]*""",
    re.VERBOSE,
)
# A note number inside a line, after a sentence end or spaces: '… 2、…', '…。 [3]…'.
_INLINE_NOTE = re.compile(
    r"(?:(?<=[。；;|])|(?<=[。；;|][\s\u3000])|(?<=\s\s)|(?<=[。；;]\s))(?=\[\d{1,3}\]|\d{1,3}[ \u3000]?、)"
    # '… 1 、统计总体:是指…': a numbered headword with its colon after a single space
    r"|(?<=\s)(?=\d{1,3}[ \u3000]?、[^，,。；;:：\s]{1,20}[ \u3000]*[:：])"
    # a definitions article's items run into its line (本法下列用语的含义:(一)X,是指…。(二)Y,是指…)
    r"|(?<=[含][义義][:：])(?=[（(]一[）)])|(?<=[含][义義][是为為][:：])(?=[（(]一[）)])"
    r"|(?<=[。；;])(?=[（(][一二三四五六七八九十]{1,3}[）)][^，,。；;:：（()）]{2,25}?[,，]?[\s\u3000]*(?:是指|系指|係指))"
    # a table cell's sub-items run in after a spaced sentence end or their heading's colon (一、轉(契)作及休耕: (一)轉(契)作:種植…。
    # (二)休耕:種植…。 二、…, 524): each bracketed item with its colon headword
    r"|(?<=[。；;:：][\s\u3000])(?=[（(][一二三四五六七八九十]{1,3}[）)][^，,。；;:：\s]{1,20}[:：])"
    # a chapter heading run into the paragraph after a sentence end (…数量表现。第二章…)
    r"|(?<=[。！？])(?=第[一二三四五六七八九十\d]{1,3}[章节節][^，,。；;:：]{0,30}(?:[一二三四五六七八九十]{1,3}、)?[^，,。；;:：]{0,10}(?:解释|解釋)\s)"
)


# An editor's credit in brackets closing a line of running text after its last sentence (…助力我国实现碳中和目标。 (责任编辑:admin) |,
# P2275, a coal-industry site's explainer whose one paragraph carries the site's credit and a cell border): the credit is the
# site's, no part of the text before it, and does not make that text furniture as a credit on a line of its own does.
EDITOR_CREDIT = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*[(（](?:责任编辑|責任編輯|责编|責編)[:：][^()（）\n]{1,20}[)）][\s\u3000|｜]*$"
)


# A news item's credit in brackets closing its paragraph after the last sentence: the agency that carried it (…或時雨量達40
# 毫米以上。(中央社), P2880, a Taiwan channel's item from the Central News Agency; (新华社), (中新社)), a reporter's or an
# editor's byline ((记者 应妮), (記者廖家寧翻攝), (编辑:…)) or a desk's (綜合報導): the outlet's, no part of the sentence a
# definition ends with, as a photo's credit is none.
NEWS_CREDIT = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*[(（](?:中央社|新华社|新華社|中新社|法新社|美联社|美聯社|路透社|共同社"
    r"|(?:记者|記者|编辑|編輯|责编|責編)[:：]?[\s\u3000]*[^()（）\n:：]{1,12}"
    r"|[^()（）\n。，,]{0,8}(?:综合报道|綜合報導|综合报导|綜合報道))[)）][\s\u3000]*$"
    # (or the paper's own byline set off by spaces, no brackets, closing an e-paper item's one paragraph: …有利于实现资源互补。”
    # 本报记者 李超, P3475, an evening paper's e-paper item; 记者 张三 通讯员 李四, 本報記者 陳大文: the desk's credit, names only,
    # two to four characters each; not a sentence opening with 记者, 记者从市发改委获悉。, which holds more than names)
    r"|(?<=[。！？!?”」])(?:[ \t]{2,}|\u3000)[\s\u3000]*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生)[\s\u3000]*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}){0,2}[\s\u3000]*)+$"
)


def without_news_credit(definition: str) -> str:
    """``definition`` without a news item's credit closing it after its last stop (see ``NEWS_CREDIT``).

    >>> without_news_credit("指24小時累積雨量達80毫米以上。(中央社)"), without_news_credit("是…的凭证。(记者 应妮)")
    ('指24小時累積雨量達80毫米以上。', '是…的凭证。')
    >>> without_news_credit("是…合作模式。市长说:“…资源互补。”     本报记者 李超"), without_news_credit("是一种模式。  记者 张三 通讯员 李四")
    ('是…合作模式。市长说:“…资源互补。”', '是一种模式。')
    >>> without_news_credit("是…。  记者从市发改委获悉,项目已开工。"), without_news_credit("是…。记者 李超")
    ('是…。  记者从市发改委获悉,项目已开工。', '是…。记者 李超')
    >>> without_news_credit("是國民年金。(以共同生活之寄籍戶長)"), without_news_credit("是中央社的簡稱(中央社)")
    ('是國民年金。(以共同生活之寄籍戶長)', '是中央社的簡稱(中央社)')
    """
    credit = NEWS_CREDIT.search(definition)
    return definition[: credit.start()] if credit is not None and credit.start() >= 4 else definition


@lru_cache(maxsize=1 << 16)
def _is_furniture(text: str) -> bool:
    # cached: the passes ask it of the same line several times, and the pattern is a long alternation
    credit = EDITOR_CREDIT.search(text)
    if credit is not None and len(text[: credit.start()].strip()) >= 20:
        text = text[: credit.start()]
    return any(not _REGISTERED.fullmatch(m.group()) or not _registered_in_law(text, m) for m in _FURNITURE.finditer(text))


# Taiwan's laws write 登錄 for entering a record in a register (於國內已取得許可證或登錄之醫療器材, 817, a device-licence rule;
# 經登錄之營業處所), read as 登录 once the page is read in simplified characters: in a sentence — a clause of ten characters or
# more closed by a comma, a semicolon or a full stop — and joined to another record (或登錄, 及登錄, 經登錄) or to what is
# registered (登錄之…), it is a word of the text; a site's button (登录, 会员登录) or 登录后 (after logging in) stays furniture.
_REGISTERED = re.compile(r"登[录錄]")
_REGISTERED_IN_SENTENCE = re.compile(r"[^,，。；;\n]{10,}[,，。；;]")
_REGISTER_BEFORE = "或及与與、经經"
_REGISTER_AFTER = "之"


def _registered_in_law(text: str, match: re.Match) -> bool:
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    return (before in tuple(_REGISTER_BEFORE) or after == _REGISTER_AFTER) and _REGISTERED_IN_SENTENCE.search(text) is not None


# A headword ending like this names a remark about the figures (统计口径, 统计范围, 数据来源,
# 调查方法, 有关说明), not a term.
_REMARK = re.compile(
    r"(?:口[径徑]|[范範][围圍]|方法|(?:[调調]查|[统統][计計])方式|[说說]明|[备備][注註]|注[释釋]|(?:采集|採集|[数數]据|[数數]據)渠道|"
    # 数据来源, 资料来源 (a source remark); 资金来源 (funds by source) is a term
    r"^[来來]源|(?:[数數][据據]|[资資]料|信息|文章|稿件|[图圖]片|新[闻聞]|消息|[样樣]本)[来來]源"
    # (形成原因, 主要原因: an article's section on the causes, 按…的原因,可分為…, P1053)
    r"|原因"
    # (预算收入情况, 机构设置情况: a disclosure's section on how things stand, its figures below, 417)
    r"|情[况況]"
    # (統計區間, 統計期間: the period the figures cover, a statistics card's metadata row as 统计范围 is, 611)
    r"|(?:[统統][计計]|[资資]料|[数數][据據])(?:[区區][间間]|期[间間]))$"
)

# A law's defined area named by what it surrounds (區域排水設施範圍,指區域排水設施及…之土地, 800; 河川区域范围, 水库保护范围):
# a thing of four or more characters, then 范围 — a term, where the remark is the figures' own scope (统计范围, 调查范围,
# 本表适用范围, 数据覆盖范围: a survey's or a table's verb or its data before 范围).
# (nor a survey's or a review's scope named as this time's or said with 的: 本次调查的范围, 本次普查的范围, 本次审计范围, 本次评估范围,
# review 59: a report's remark, no area a law defines)
_AREA_TERM = re.compile(
    r"^(?!(?:本|此|该|該|这|這)(?:次|项|項|轮|輪|表|报告|報告|公报|公報|年度|期))[^\s\u3000,，。；;:：]{4,}(?<![统統][计計])(?<!的)"
    r"(?<![普审審抽核检檢][查计計])(?<![评評]估)(?<![考][核])(?<![调調]查)(?<!适用)(?<!適用)(?<!覆盖)(?<!覆蓋)(?<![数數][据據])(?<![资資]料)"
    r"(?<![样樣]本)(?<![核汇匯彙][算总總])(?<!填[报報])(?<![监監][测測])(?<!研究)(?<!包括)(?<![口][径徑])[范範][围圍]$"
)


# A date is no headword ([8]2018年年末,0—14岁(含不满15周岁)人口为…).
_DATE_TERM = re.compile(
    r"^\d{2,4}(?:年(?:\d{1,2}(?:[—-]\d{1,2})?月(?:\d{1,2}日)?)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)"
    r"(?:年?[末底初]|上半年|下半年|全年|[前第]?[一二三四1-4]季度|[上中下]旬|末)?$"
)
# A subject opening with the date a series changed from (自2008年开始访澳旅客不包括…): a scope remark, no term.
_SINCE_DATE = re.compile(r"^(?:自|从|從)\d{2,4}年(?:\d{1,2}月)?(?:开始|開始|起|以来|以來)")
# A subject that is the document itself or its table (本表全国合计不包括…, 本公报中数据…): a
# remark about the figures, not a term.
# The document's own genre word as a whole subject (公报不含…, 年鉴中…, 本表…).
# (and the table's figures as a whole subject: (1) 數字包括本地及海外名冊上的正式註冊醫生。 is a scope remark)
_DOCUMENT_WORD = re.compile(r"公报|公報|年鉴|年鑒|附表|表|[数數]字")
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:本|上|下|此|该|該)(?:篇|期|卷|部分)?(?:表|公报|公報|报告|報告|文|年鉴|年鑒|资料|資料|栏|欄|章|节|節|附表|图|圖)|^表中"
    r"|^(?:本|此|该|該)(?:篇|卷|编|編)(?=[包内內所的])"  # 本篇包括的主要内容有: the yearbook chapter itself
)


# A subject ending in a negation (教育数据中没有 | 包括…, 数据并未 | 包含…) is a clause.
# A dictionary's part-of-speech mark opening a sense ((形)遠:~遠。, (名)中國朝代名:~代。, P923): the sense of the page's
# headword, the mark no headword of its own.
PART_OF_SPEECH = re.compile(
    r"[(（](?:形|名|动|動|副|量|代|介|连|連|助|叹|歎|数|數|拟声|擬聲|形容词|形容詞|名词|名詞|动词|動詞|副词|副詞)[)）][\s\u3000]*"
)
# (the adverb 並 alone too, its 不 read into 不包括: 此項統計調查並 | 不包括…, a survey's scope note; not the verbs 合并,
# 兼并, 撤并 (村庄撤并, a report's term), 购并, 裁并, 划并)
_NEGATED = re.compile(r"(?:没有|沒有|并未|並未|尚未|均未|并不|並不|均不|都不|暂未|暫未|(?<![合兼吞归歸撤购購裁划劃])[并並])$")


# A word pointing back to terms already named (…分为一般债券和专项债券。前者是指…,后者是指…) names no
# term of its own: the sentence goes on explaining the term before it.
_ANAPHORA = re.compile(r"前者|后者|後者|二者|两者|兩者|三者|其|它|它们|它們|此|这|這|该|該|此类|此類|这类|這類")
# What may not stand right before a speaker's plain 说 (說), as lookbehinds to set before it: a lead-in's or hearsay's
# 是/话/来/据/听 (就是说, 换句话说, 据说, 听说, 一般来说) or a writer's hedge (可以说, 所以说, 应该说, 坦率地说, 或者说, 按理说):
# those 说 attribute nothing (review 71). Shared by the attribution patterns of prose, topics and general.
SPEAKER_SAY_LOOKBEHIND = r"(?<![是话話来來单單如据據听聽般么麼再总總白俗所可以地不虽雖实實])(?<!应该)(?<!應該)(?<!或者)(?<!按理)(?<!照理)"
# A subject opening with 以上, 上述, 前述 (以上評級, 上述措施, 前述各款): the things above referred back to — a footnote's or a
# closing remark's subject, no term of its own (* 以上評級的定義是古諮會…所採用的行政指引, 802).
# (not 前列腺, the gland a health page defines: 前列腺增生是指…, review 59)
# (but not 以上 pointing back at a word the sentence before used, 以上所说的专利权是指…, P3138: the frame is a lead-in, read off
# by ``general._LEAD_IN``, and the word after it is the term)
# (a word pointing back again or a count after the frame, 以上所说的这些问题, 以上所说的两种情形, review 71: still the things above)
_POINTED_AGAIN = r"(?:[这這那此该該其各]|[一两兩二三四五六七八九十几幾]{1,2}[种種类類个個项項点點条條])"
_REFERRED_BACK = re.compile(rf"^(?:以上|上述|前述|上列|前列(?!腺)|上開|上开)(?![\s\u3000]*$)(?!所(?:说|說|讲|講)的(?!{_POINTED_AGAIN}))")
# A subject opening with a criterion before 包括/含 (按收获季节包括…, 按照用途包括…, 根据…) classifies; it
# names no term (按劳分配是指… does).
_CRITERION = re.compile(r"^(?:按照|依照|依据|依據|根据|根據|按)")


# A part, chapter or article number (第一部分, 第三条), a chapter heading after its number (第一章 总 则)
# or an order's number (人民政府令 / 第82号) is no headword; a law database's print view spaces the number (• 第 1 條).
_PART_NUMBER = re.compile(
    r"^第[\s\u3000]*[一二三四五六七八九十百零〇\d]{1,4}[\s\u3000]*(?:(?:部分|[章节節篇编編卷])(?:[\s\u3000]*[\u4e00-\u9fff]){0,10}|[条條款项項号號])$"
    # (or a section's number with its subsections, the 條 after a space: 第14(2)(b)(iia) 條現予修訂, 531, an amending bill's clause)
    r"|^第[\s\u3000]*\d{1,4}(?:[\s\u3000]*[(（][0-9a-zA-Z]{1,4}[)）])+[\s\u3000]*[条條款项項]?$"
)
# A subject opening with a conjunction (如果这个意见是指…, 不管它们的斗争锋芒是指向…), an ordinal with 要/是
# (一要…, 二是…) or ending in 的 (…集团的指使…) is a clause or a modifier, not a term.
# An adverb of a further sense standing before the marker (…;又可指中國內陸。, 也可指…, 亦可泛指…): the definition
# before it goes on; no term.
_ANOTHER_SENSE = re.compile(r"(?:又|也|亦|还|還|另|或|并|並)(?:可以|可|能)?(?:用来|用來)?")
_CLAUSE_TERM = re.compile(
    r"^(?:如果|假如|倘若|要是|虽然|雖然|尽管|儘管|因为|因為|由于|由於|即使|不管|无论|無論)|^[一二三四五六七八九十]+[要是则則]$|的$"
    # A subject holding a clause's own verb (双减政策的实施需要全社会的支持和参与 / 包括…, 10年前提出跨岛战略, 最早见于《韩非子》,
    # 德國哲學家康德最早將其用于哲學思辨, 自2008年开始; thirty-ninth round, on dev-40, 44, 46 and 48): a sentence cut before its
    # marker, no term — no gold term of any set holds one of these verbs
    # (需要 as a noun before 的 stays: 有特殊教育需要的學生; and so does 需要 with no modified object after it, a noun in the
    # term: 特殊需要儿童, 基本需要, 马斯洛需要层次理论 — the verb takes an object like 全社会的支持)
    r"|.(?:需要(?!的)(?=[^的]+的)|提出|见于|見於|开始|開始|将其|將其)"
)
# A news dateline (新华社兰州1月11日电, 本报北京3月5日讯) or a subtitle or byline opened by a dash
# (——在县第十八届人民代表大会第四次会议上) is no headword, nor a 台灣 paper's byline (網搜小組/綜合報導, 記者…/台北報導, P613).
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日(?:电|電|讯|訊)$|/[^/\s]{0,6}(?:報導|报道)$|^[—\-－–―]{1,2}")


def _balanced(text: str) -> bool:
    """Every bracket opened in ``text`` is closed in it (a colon inside ``(外延新词:…)`` is
    no separator)."""
    depth = 0
    for ch in text:
        if ch in "(（[【〔《“":
            depth += 1
        elif ch in ")）]】〕》”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# A bracketed aside in a headword (居民消费价格指数(Consumer Price Index,简称CPI)): its
# punctuation and length do not count against the headword. An English name may be longer
# (城镇居民人均可支配收入(Per Capita Disposable Income of Urban Residents)), and so may an English name followed by the
# short form (工业生产者出厂价格指数(Producer Price Index for Industrial Products,简称PPI), 198).
_ASIDE = re.compile(
    r"[(（](?:[^()（）]{1,40}|[A-Za-z][A-Za-z0-9 .,'’&-]{40,80}"
    r"|[A-Za-z][A-Za-z0-9 .'’&-]{20,80}[,，;；][\s\u3000]*(?:[简簡][称稱]|缩写|縮寫|英文缩写|英文縮寫)[为為:：]?[\s\u3000]*[A-Za-z][A-Za-z0-9.&-]{1,11})[)）]"
)


# A two-level section number and a space before the words (1.1 多头跑、多次跑的困境): an article's subsection
# heading, no headword (2.5产业, without the space, may be one).
_SUBSECTION_NUMBER = re.compile(r"\d{1,2}(?:[.．]\d{1,2})+[\s\u3000]+\S")
# A section's Roman number and its separator before the title (I —— 引言 / II —— 引介 / III —— 一般性審議, a Macao Legislative
# Assembly committee opinion's sections, 636; Ⅱ. 研究方法): a report's or a paper's section heading, no term (a Roman numeral
# run into a word, I型糖尿病, Ⅱ类, is no section number; nor one joined to a letter by its dash, V-Dem指数, IV-A类: a name).
_ROMAN_SECTION = re.compile(r"(?:[IVX]{1,5}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[\s\u3000]*(?:——|—|–|-|[.．、])[\s\u3000]*[^\s\u3000\dA-Za-z]")
# An article number with its parenthesised title (第二条(定义), 第四条（管理部门）), or the title alone once
# the number is cut off: a regulation's article heading, no headword.
_ARTICLE_TITLE = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]{1,4}[条條][\s\u3000]*)?[(（][^()（）]{1,15}[)）]")
# A law database's annotation marks after an article's title or a paragraph's number (Macao's LegisMac: (所得補充稅)* / 一**,
# each star pointing to a footnote 已更改 or 已廢止 - 請查閱:第24/2024號法律, 631): the title stays a title, a number alone a number.
_LAW_ANNOTATION = re.compile(r"[\s\u3000]*[*＊]{1,3}$")


# What no page's term is, whatever layout cut it (the twenty-sixth set's pages, P494, P497, P498, P503): a label naming a
# part of the page — an exam bank's answer (【参考答案】 / 是指…: the question's term is not on the page), a product page's
# introduction or details (01、数据简介, 产品详情) —, a sentence cut at a correlative conjunction (政府采购不仅是指…,而且是…:
# the term restated, its second sense opening), or a subject with its verb of ruling (我國規定專指…: a scope remark).
_PAGE_PART_LABEL = re.compile(
    r"(?:参考|參考|正确|正確|标准|標準|最佳)?答案(?:解析)?|(?:试题|試題|答案)?解析|[^\s\u3000]{0,4}(?:简介|簡介|详情|詳情)"
)
_CUT_AT_CONJUNCTION = re.compile(r"(?:不仅|不僅|不但|不只|不光|不单|不單|不止|虽然|雖然|而且|并且|並且)$")
# (国家规定 is left out: a statute defines it, 违反国家规定是指….)
_SUBJECT_RULES = re.compile(
    r"(?:我国|我國|各国|各國|中国|中國|我省|我市|我区|我區|我们|我們|政府|法律|法规|法規)(?:统一|統一|目前|现行|現行)?"
    r"(?:规定|規定|认为|認為|要求|强调|強調|明确|明確)"
)


def _no_term_of_its_own(core: str) -> bool:
    """Whether ``core`` is a page label, a clause cut at a conjunction or a subject and its verb of ruling — words a
    layout may cut before a marker, never a term a reader looks up (no gold term of any set is one)."""
    return bool(
        _PAGE_PART_LABEL.fullmatch(core) or _CUT_AT_CONJUNCTION.search(core) or _SUBJECT_RULES.fullmatch(core)
        or _page_furniture_term(core) or _DIVIDED.search(core) or _ASPECT_OF.search(core) or _POSITION.fullmatch(core)
        or _VERSUS.search(core) or _SAYS.search(core)
    )


# A subject and its verb of saying before the colon (“决定”指出:社会和谐是…, 报告强调:…, 专家认为:…): an attribution
# quoting what a document or a speaker said, no term (no gold term of any set ends in such a verb; 表示, 提出, 说 and 称
# end terms such as 货币表示, 学说, 简称 and are left out).
_SAYS = re.compile(r"(?:指出|强调|強調|认为|認為|写道|寫道|阐明|闡明|谈到|談到)$")


# Two words set against each other (「光棍」VS「單身」, 「吸睛」VS「搶眼」/「eye-catching」, P577: a heading comparing a mainland
# word with a Hong Kong one): a comparison's heading, its paragraph glossing the words in sentences of its own, no term.
# VS standing alone: inside a Latin name (AVS3, the national video coding standard; AVS+, LVS, CVS) it is no comparison.
_VERSUS = re.compile(
    r"[^\s\u3000][\s\u3000]*(?<![A-Za-z])(?:VS|vs|Vs|V\.S\.|v\.s\.)(?![A-Za-z0-9+＋])[\s\u3000]*[^\s\u3000]"
)


# A position in a code (第1位, 第2-8位, 第九至十七位: 社会信用代码's composition items `(2) 第1位:登记管理部门代码`, P582; an ID
# number's `第1-6位:地址码`): what the digits there hold, not a term.
_POSITION = re.compile(r"第[\d一二三四五六七八九十]{1,3}(?:[-—–~～至到][\d一二三四五六七八九十]{1,3})?位")


# A label naming an aspect of a term (误读的常见表现, X的危害, X的主要特点), or the aspect alone (危害包括:…): a bullet, a heading
# or a clause about the term, not a term a reader looks up (P576's `• 误读的常见表现:忽略…。危害包括:…`); no gold term of any
# set is or ends in one.
_ASPECT_OF = re.compile(
    r"(?:^|.的)(?:常见|常見|主要|典型|基本|具体|具體|突出|潜在|潛在)?"
    # (and its merits, 堅尼系數的優點 over a paragraph weighing them, 487)
    r"(?:表现|表現|危害|特点|特點|特征|特徵|作用|影响|影響|原因|成因|优势|優勢|好处|好處|弊端|后果|後果|重要性|必要性|优点|優點|缺点|缺點|优缺点|優缺點)$"
)


# A subject run into its verb of division (公務員獎勵分為:嘉獎、記三等功…, P529; X可分为…): a classification's clause, its
# kinds listed after the verb, no term (no gold term of any set ends so).
_DIVIDED = re.compile(r"(?:分为|分為|分成|划分为|劃分為)$")


# What a page prints around its text and a layout may take for a headword line or a subject (the twenty-seventh set,
# P514, P521, P525, P534, P535, P536, P477): an encyclopedia's edit link ([编辑], one after every section heading of a
# Wikipedia copy), a byline naming no author (佚名), an image caption's placeholder (文章插图), an article's section
# label (引言, 结语), a label naming the legal basis an answer cites (法律依据:…) and a notice addressing the reader
# (您即將進入之新聞內容 需滿18歲方可瀏覽: a news site's age gate). A wrong headword becomes a wrong explanation in
# annotate; none of these is a term, and no gold term of any set is one.
# (The labels of a page's parts are also words some glossaries define: see _DEFINABLE_LABEL.)
_PART_LABEL_WORDS = (
    r"引言|引介|前言|序言|[导導]言|[导導]语|[导導]語|[结結]语|[结結]語|[结結]束[语語]|(?:法律|法规|法規|政策)?(?:依据|依據)"
    r"|(?:文章|新[闻聞])?(?:插[图圖]|配[图圖])|[图圖]片"
)
# The tabs and menus of a wiki page as a mirror or a copy keeps them, each on a line of its own (外观, the menu of the
# encyclopedia's current skin, right below the title, P560; 跳转到内容, P477, P535): no term, and the line below is the
# lead paragraph, not its explanation.
_WIKI_TABS = r"外[观觀]|查看[历歷]史|檢視歷史|跳[转轉]到[内內]容|跳至[内內]容|跳[转轉]到[导導]航"
# A wiki's edit link in brackets ([编辑], 【編輯本段】, [edit]).
EDIT_LINK_MARK = r"[\[【](?:编辑|編輯|编辑本段|編輯本段|编辑源代码|編輯原始碼|修改|edit)[\]】]"
# A download link's label: a file format, bracketed or not, after 下载/下載/download if so written, its size after it if given
# (PDF, (PDF), 下載PDF, PDF版, DOCX 1.2MB).
_DOWNLOAD_LINK = (
    r"(?:下[载載]|download)?[\s\u3000]*[(（\[]?(?:PDF|DOCX?|XLSX?|ODT|RTF)(?:[版檔档]|文件|格式)?[)）\]]?"
    r"(?:[\s\u3000]*[(（]?\d+(?:\.\d+)?[\s\u3000]*[KkMm]B[)）]?)?"
)
_PAGE_FURNITURE_TERM = re.compile(
    rf"{EDIT_LINK_MARK}"
    rf"|佚名|匿名|作者不[详詳]|[图圖]片[来來]源|{_PART_LABEL_WORDS}|{_WIKI_TABS}"
    # (a site's back link over the article, 返回首页 >, P1531)
    r"|返回(?:首页|首頁|顶部|頂部|列表|上一页|上一頁)[\s\u3000>＞»›]*",
    re.IGNORECASE,
)
# A document's download link alone on its line (PDF under a factsheet's title, 510 and 810, a legislature's factsheets: a
# file format, no English name of the title above nor a headword of the lead below). Furniture as a line only: in a
# sentence the same letters are a term (PDF是指便携式文档格式…, review 61).
_DOWNLOAD_LINK_LINE = re.compile(_DOWNLOAD_LINK, re.IGNORECASE)
# A phrase addressing the reader (您即將進入…, 您对这篇文章的满意度): a notice of the site, never a term (您好, opening an
# answer, is left to the layouts).
_ADDRESSES_READER = re.compile(r"^您(?!好)")


def _page_furniture_term(core: str, *, line: bool = False) -> bool:
    """Whether ``core`` is page furniture or a label of the page's parts rather than a term (see
    ``_PAGE_FURNITURE_TERM``); with ``line``, a whole line, which may also be a download link (``_DOWNLOAD_LINK_LINE``)."""
    return bool(_PAGE_FURNITURE_TERM.fullmatch(core) or _ADDRESSES_READER.match(core) or line and _DOWNLOAD_LINK_LINE.fullmatch(core))


# A label word that some glossaries define (a journalism glossary's 导语 and 结语, a legal one's 法律依据 and 依据, 前言,
# 新闻图片's 图片), followed by a definition marker (1.导语:指消息的开头部分…, 一、法律依据:是指…): a term defined, not
# a label over the page's text (P521's 法律依据:国土资源部出台《…》 opens with no marker).
_DEFINABLE_LABEL = re.compile(_PART_LABEL_WORDS)
_OPENS_DEFINITION = re.compile(rf"[\s\u3000]*(?:是指|系指|係指|{DEFINING_ZHI})")
# A statistics item naming the cause of an event it counts (採伐原因:指更新、間伐、除伐…或其他。, 502's felling table; 離職原因,
# 死亡原因), which its 指 gloss lists by category: a variable of the tables, defined, though a label ending in 原因 is an
# article's section on the causes (形成原因, 主要原因, P1053).
_CAUSE_ITEM = re.compile(r"(?!形成|主要|根本|直接|重要|具体|具體|深层|深層|产生|產生)[\u4e00-\u9fff]{2}原因")


def _defined_label(term: str, definition: str) -> bool:
    """Whether ``term`` is a label word (see ``_DEFINABLE_LABEL``) that ``definition`` defines with its marker: then it
    is the term of an entry, though :func:`_good_term` refuses it alone."""
    label = strip_pinyin(term).strip(_SPACE)
    return bool((_DEFINABLE_LABEL.fullmatch(label) or _CAUSE_ITEM.fullmatch(label)) and _OPENS_DEFINITION.match(definition))


# A one-character headword glossed by the word it stands for (``(一)埤:即埤池,為儲蓄灌溉水源…``, ``(二)圳:即圳路,…``, 475): a
# statistics note's item names the character its tables use, and 即 gives the full word holding that character; any other single
# character before a colon (甲:, 注:, 一:) is a label or a numbering, no term.
# The word opens the gloss itself: a demonstrative or an ordinal before the character (表:即本表所列…, 年:即本年度, 一:指第一類)
# points at the table or a class, no word.
_WORD_OF_CHARACTER = re.compile(r"[\s\u3000]*(?:即|係指|系指|是指|指)[\s\u3000]*(?![本該该此第])[\u4e00-\u9fff]{0,2}")


def one_character_word(term: str, definition: str) -> bool:
    """Whether ``term`` is a single Han character that ``definition`` glosses by a word holding it (即埤池 for 埤).

    >>> one_character_word("埤", "即埤池,為儲蓄灌溉水源之儲水設備。"), one_character_word("注", "即本表所列數字。")
    (True, False)
    """
    core = term.strip(_SPACE)
    if len(core) != 1 or not "\u4e00" <= core <= "\u9fff":
        return False
    opening = _WORD_OF_CHARACTER.match(definition)
    return opening is not None and core in opening.group(0)


# A page asking about a word (什麼是X, 什么是X, 何謂X, X是什麼), its quotes optional: the page's question makes a dashed
# headword or a backward naming of that word a definition (asked_dashes, backward_names).
_ASKED_ABOUT = r"(?:什麼是|什么是|何謂|何谓)[「“]?{word}[」”]?|[「“]?{word}[」”]?(?:是什麼|是什么)"


def page_asks_about(page: str, word: str) -> bool:
    """Whether ``page`` asks what ``word`` is (:data:`_ASKED_ABOUT`)."""
    return re.search(_ASKED_ABOUT.format(word=re.escape(word)), page) is not None


def one_line_entries(index: int, entries: list[Found]) -> Iterator[tuple[int | list[int], Found]]:
    """A reader's ``(line, entry)`` pairs for the entries it found on line ``index``: the first takes the line, the others
    ride on it, so the line is marked read once and every entry is kept."""
    for k, entry in enumerate(entries):
        yield (index if k == 0 else []), entry


# A heading counting what something is divided into (全书内容分为19个部分, 本规划包括以下五个方面).
_NUMERAL = r"(?:\d{1,3}|[一二两兩三四五六七八九十百]{1,3})"
_PARTS = re.compile(
    rf"(?:分[为為成]|划分[为為]|劃分[為为]|包括|包含|共有|共分)(?:以下|如下)?{_NUMERAL}(?:个|個)?"
    r"(?:部分|方面|层次|層次|板块|板塊|章|篇|类|類|大类|大類|项|項|步)$"
)

# A question's or answer's number in an FAQ (問1 為何…?(64票), 问 2, 答3, Q4): the label of an asked question, no term.
_QUESTION_NUMBER = re.compile(r"(?:[问問答]|Q|A)[\s\u3000]?\d{1,3}", re.IGNORECASE)
# The same number before a subject (答1 碳达峰, A1. 碳达峰): the answer's label run into the line it opens.
_ANSWER_LABEL = re.compile(r"(?:[问問答]|Q|A)[\s\u3000]?\d{1,3}[.．:：]?[\s\u3000]+(?=[^\s\u3000])", re.IGNORECASE)
# A subject and the time of its action (每批原材料在入库前, 产品在出厂时, 用户在下单后): a clause that a following adverb 即 (at once,
# 即被分配…) or a verb goes on, no term (P3122, a software vendor's page on one-item-one-code tracing; any process's steps are
# written so). The time word closes the clause; 在 comes after a subject of its own.
_TIME_CLAUSE = re.compile(r"[^\s\u3000,，。；;:：在]{1,12}在[^\s\u3000,，。；;:：在]{1,10}(?:之)?(?:前|后|後|时|時|期间|期間|过程中|過程中)")
# An exam question's material label (材料一, 材料二, 材料1, 【材料三】, 閱讀材料二): the paper's numbering of the passages the
# question sets, no term (P3124, an exam site's question on 预制菜, whose 材料一 opens a passage defining the word; every
# essay question of the mainland's and Taiwan's civics papers sets its passages so).
MATERIAL_LABEL = re.compile(r"[【\[]?(?:阅读|閱讀|背景)?(?:材料|資料|资料)[一二三四五六七八九十\d]{1,2}[】\]]?")


def announces_parts(core: str) -> bool:
    """Whether a headword is a clause counting the parts of what it names: no term.

    >>> announces_parts("全書內容分為19個部分"), announces_parts("本规划包括以下五个方面"), announces_parts("三个部分")
    (True, True, False)
    """
    return bool(_PARTS.search(core))


# A comparison with another thing (与失智的区别, 和传统农业的不同): how the page's own term differs from it, a row or heading
# about that term, never a term of its own.
_COMPARED_WITH = re.compile(
    r"(?:与|與|和|同|跟)[^,，。；;:：\s\u3000]{1,20}的(?:主要)?(?:区别|區別|不同|差别|差別|差异|差異|异同|異同|对比|對比|比较|比較)"
)
# The differences among several terms named in a list (你知道碳費、碳權、碳稅三者的差異是什麼嗎?, P2551, a Taiwan explainer's
# question line; 碳达峰、碳中和的区别; 两者的区别): a comparison asked about or headed, never a term of its own (the page defines
# each term below it).
_SEVERAL_COMPARED = re.compile(
    r"[^,，。；;:：\s\u3000]{0,40}(?:、[^,，。；;:：\s\u3000]{1,20}?(?:[二两兩三四五六七八九]者)?|[二两兩三四五六七八九]者(?:之[间間])?)"
    r"的(?:主要)?(?:区别|區別|不同|差别|差別|差异|差異|异同|異同)"
)


# A mainland public-service number, three digits opening with 11 or 12 or five opening with 1 (110, 119, 120, 122, 12345,
# 12315, 12366): the name of a hotline, which explainers define like a word (12345是全国统一的政务服务便民热线电话,…, P2458);
# any other bare number (a year, a figure, an item number, a statistical form's row code 105 on its own line over 是指本年度
# 新增的就业人数, review 56) is no term.
_SERVICE_NUMBER = re.compile(r"1[12]\d|1\d{4}")


def _good_term(term: str) -> bool:
    core = strip_pinyin(term).strip(_SPACE)
    outside = _ASIDE.sub("", core)
    if not 2 <= len(core) <= MAX_TERM + 40 or len(outside) > MAX_TERM or _TERM_BAD & set(outside) or "【" in core:
        return False
    if _LABELS.match(core) or core[0].isdigit() and core.replace(".", "").isdigit() and not _SERVICE_NUMBER.fullmatch(core):
        return False
    if _QUESTION_NUMBER.fullmatch(core):  # 問1 為何不落實…?(64票): an FAQ's question number, no term
        return False
    if _ANSWER_LABEL.match(core):  # 答1 碳达峰是指…: an answer's number run into its subject, no part of a term
        return False
    if MATERIAL_LABEL.fullmatch(core):  # 材料一 预制菜是…: an exam paper's passage label, no term (P3124)
        return False
    if _TIME_CLAUSE.fullmatch(core):  # 每批原材料在入库前 / 即被分配唯一批次码: a subject and when, a clause, no term (P3122)
        return False
    if _REMARK.search(core) and not _AREA_TERM.search(core) or not _balanced(core.replace("”", "“").replace("“", "")):
        return False
    if core[0].isdigit() and _DATE_TERM.match(core) or _DOCUMENT_SUBJECT.match(core) or _PART_NUMBER.match(core):
        return False
    if _SINCE_DATE.match(core):  # ②自2008年开始不包括单车。: a change in a series from a date, a scope remark
        return False
    if _DATELINE.search(core):  # 新华社兰州1月11日电, ——在…会议上
        return False
    if core.count("“") != core.count("”") or core.count("「") != core.count("」"):
        return False  # 财政拨款“ / 三公”经费支出情况说明: a heading split by spaces inside its quotation marks
    if _SUBSECTION_NUMBER.match(core):  # 1.1 多头跑、多次跑的困境: an article's subsection heading, no term
        return False
    if _ROMAN_SECTION.match(core):  # I —— 引言, III —— 一般性審議: a report's section heading, no term
        return False
    if _ARTICLE_TITLE.fullmatch(core):  # 第一条(目的和依据): an article's title on its own line, no term
        return False
    annotated = _LAW_ANNOTATION.search(core)
    if annotated and (len(core[: annotated.start()]) < 2 or _ARTICLE_TITLE.fullmatch(core[: annotated.start()])):
        return False  # (所得補充稅)* / 一**: a law database's title or paragraph number marked amended or repealed, no term
    if PART_OF_SPEECH.match(core):  # 1. (形)遠:~遠。~闊。: a dictionary's sense and its examples, no headword
        return False
    if _NEGATED.search(core):  # 教育数据中没有(包括…): a remark about the figures, not a headword
        return False
    if _DOCUMENT_WORD.fullmatch(core):  # 5.公报不含香港…: the document itself, no term
        return False
    if _ANAPHORA.fullmatch(core):  # 前者是指…,后者是指…: no term named
        return False
    if _REFERRED_BACK.match(core):  # * 以上評級的定義是…的行政指引: the things above referred back to, no term (802)
        return False
    if core.endswith(("不是", "也是", "就是", "还是", "都是", "正是")):  # 它不是泛指…: a clause, no term
        return False
    if core.endswith(("不仅", "不僅", "不仅仅", "不僅僅", "不只", "不单", "不單")) or _SCOPE_FRAME.fullmatch(core):
        return False  # 办公自动化不仅仅是…,也不仅仅是…: a contrast; 就某一税种而言,是指…: a scope frame (P1805, P1779)
    if _KANA.search(core):  # 農村の「三変」改革: a Japanese edition's headword, no term of the Chinese text
        return False
    if _CLAUSE_TERM.search(core):  # 如果这个意见是指…, 一要…, …集团的指使…: a clause or a modifier, no term
        return False
    if _ANOTHER_SENSE.fullmatch(core):  # X專指…;又可指…: the term's second sense, no term of its own (P559)
        return False
    if sense_words_only(core):  # “内卷”原指…。现多用于指…: the word's later sense, no term of its own
        return False
    if re.search(r".是.{2,}", core.replace("是指", "")):  # “放管服”是…的一个重要概念: a clause
        return False
    if _no_term_of_its_own(core):  # 参考答案, 数据简介, 政府采购不仅, 我國規定
        return False
    if announces_parts(core):  # 全書內容分為19個部分:即1.綜合;…: a heading counting parts, no term
        return False
    if _COMPARED_WITH.fullmatch(core):  # 与失智的区别 失能更侧重于…: a table row comparing the page's term, no term (P1755)
        return False
    if _SEVERAL_COMPARED.fullmatch(core):  # 你知道碳費、碳權、碳稅三者的差異: several terms compared, no term (P2551)
        return False
    # a slogan of numbers in quotation marks (“8+4”, “1+N”) is a headword too, and so is an abbreviation in
    # capitals (GDP,即国内(地区)生产总值。, P199)
    # (and so is an internet word of Latin letters in quotation marks, 「skr」, “yyds”, P548)
    # (and so is a public-service number, 12345, P2458)
    return any("\u4e00" <= ch <= "\u9fff" for ch in core) or bool(_SERVICE_NUMBER.fullmatch(core)) or bool(_QUOTED_NUMBERS.fullmatch(core)) or bool(_ABBREVIATION.fullmatch(core)) or bool(_QUOTED_LATIN_WORD.fullmatch(core))


_QUOTED_LATIN_WORD = re.compile(r"[“「\"][A-Za-z][A-Za-z0-9]{1,11}[”」\"]")


# (with its variants in brackets, PUA(CPU/KTV/PPT/ICU), P568: a popular word's headword line)
# (or written in mixed case with two capitals at least, as the service models are, MaaS, SaaS, IoT: 他将MaaS定义为…, P2944)
_ABBREVIATION = re.compile(
    r"[A-Z]{2,6}|[A-Z]{1,3}&[A-Z]{1,3}|[A-Z]{2,6}[(（][A-Z]{2,6}(?:[/、][A-Z]{2,6})*[)）]|(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,6}"
    # (or hyphenated, or followed by its English name in brackets, as a certificate's or a system's short name is glossed:
    # T-REC (Taiwan Renewable Energy Certificate) 是台灣官方認證的再生能源憑證…, P2935, a Taiwan consultancy's blog)
    r"|(?=[a-z-]*[A-Z][A-Za-z-]*[A-Z])[A-Za-z][A-Za-z-]{1,7}(?<!-)(?:[\s\u3000]?[(（][A-Z][A-Za-z .,'’&/-]{3,60}[)）])?"
)
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")


# “8+4”, “1+N”, “3+X”: a slogan written in digits, in quotation marks.
_QUOTED_NUMBERS = re.compile(r"[“「\"](?=[^”」\"]*\d)[0-9A-Za-z+＋×·]{1,12}[”」\"]")


def _table_row(text: str) -> bool:
    """A table row: cells separated by '|' (a closing '|' alone is a cell border)."""
    inner = text.strip(_SPACE).rstrip(_SPACE + "|｜")
    return "|" in inner or "｜" in inner


# A page-reference line (【P14】, 【】) is skipped.
_PAGE_REFERENCE = re.compile(r"^【(?:[Pp第]?[\s\u3000]*\d{0,4}[\s\u3000]*[页頁]?)】$")


# --- words between a term and its marker ---------------------------------------------------------

# What may stand between a term and its definition marker without being any part of the term (“内卷”原指…, 破防原本是…,
# “内卷”现多用于指…, 内卷在社会学中指…, “破防”一词源于网络,指的是…). Time words and adverbs say which sense the
# definition gives or how often the word is so used; they go with the marker (原指…, 现多用于指…, as the gold of every set
# writes 原指, 主要是指, 通常指). A word of two characters or more is never the end of a term; a single character (原, 本,
# 现, 多, 常, 又, 还, 则, 就) ends many (中原, 成本, 变现, 正常, 偿还, 规则, 成就), so it leaves the term only after a closing
# quotation mark or bracket (“内卷”原指…) or a frame naming the word (“X”一词现指…). 原则 is a word (“三公”原则).
_LONG_TIME_WORDS = r"原本|原来|原來|本来|本來|最初|最早|起初|当初|當初|现在|現在|如今|目前|现今|現今|后来|後來|现多|現多"
# (and a writer's hedge on a sense it guesses at, 「輕就業」或許是指兼職、零工、副業。而「輕創業」則應該是指低成本創業…, P3692,
# a news site on buzzwords: 或許, 應該, 大概 weigh the gloss as 可能 does, and go with the marker as the gold writes them)
_LONG_ADVERBS = r"一般|通常|主要|往往|大多|大都|更多|常常|经常|經常|可能|有时|有時|或许|或許|也许|也許|大概|应该|應該|似乎"
_SHORT_SENSE_WORDS = r"原(?![则則])|本|首|现|現|今|多|常|又|还|還|就|只|仅|僅"
# 则 contrasting a term with the one defined before (误读通常指…。过度解读则指…, P576; 法规解读则是对…, P545): a connective that goes
# with neither, as the gold of every set leaves it out; it closes a word after 原, 规, 法, 准, 细, 守, 总, 通, 否, 实, 附, 罚, 章, 简,
# 作, 分, 税, 定, 铁 (原则, 细则, 否则, 以身作则; a code's 刑法分则, a tariff's 进出口税则, a textbook's 右手定则, 铁则).
_THEN = r"则|則"
_CLOSES_WITH_THEN = set("原规規法准準细細守总總通否实實附罚罰章简簡作分税稅定铁鐵")
# 也 and 亦 leave any term (X也称…, X亦指…), as they always did.
_ALSO = r"也|亦"
# "In fact" (其实, 实际上) before the marker of an answer restating its term (养老保险全国统筹其实就是指…, P1613): part of neither,
# as 则 is.
_IN_FACT = r"其实|其實|实际上|實際上"
_USE_VERB = r"被?(?:用于|用於|用来|用來|用以|用作)"
# A field the sense belongs to (在社会学中, 在经济学领域): it goes with the marker too.
_FIELD = r"在[^在\s\u3000,，。；;！!？?“”「」]{2,12}?(?:中|里|裏|领域|領域|界|上)"
# A sense's adverb or time word standing alone before its marker (通常指…, 一般是指…, 原本指…): no term of its own.
_ADVERB_ALONE = re.compile(rf"(?:{_LONG_TIME_WORDS}|{_LONG_ADVERBS})")
# A period a statistics note gives a term's sense for (工作者數於103年以前係指…,自104年起係指…, 549): the sense changed with
# the year, so the period opens the definition, and a later period's clause goes on it; no term of its own.
PERIOD_OF_SENSE = re.compile(
    r"(?:於|于|自|從|从|在)?(?:民國|民国)?\d{2,4}年(?:度)?(?:以前|以後|以后|之前|之後|之后|以來|以来|起|前|後|后)"
)
_SENSE_WORD = re.compile(
    rf"(?P<time>{_LONG_TIME_WORDS}|{_FIELD})|(?P<adverb>{_LONG_ADVERBS})|(?P<also>{_ALSO})|(?P<then>{_THEN})|(?P<fact>{_IN_FACT})|(?P<use>{_USE_VERB})|(?P<short>{_SHORT_SENSE_WORDS})"
)
# A frame naming the term a word (“破防”一词, 这个词, 这一概念, 一语): part of neither, like the word's origin after it before
# a comma (“破防”一词源于网络,指的是…, “硬控”一詞最早來源于游戲,指…: where the word comes from, not what it means).
# (and the language the word is of after it, "建制鎮"這個詞語在中文中通常指的是…, P1213: a frame too, no field of a sense)
_WORD_FRAME = re.compile(
    r"(?:一词|一詞|一语|一語|这个词语|這個詞語|这个词|這個詞|这一词语|這一詞語|这一词|這一詞|这一概念|這一概念|这个概念|這個概念)"
    r"(?:在(?:中文|汉语|漢語|华语|華語|现代汉语|現代漢語)(?:中|里|裏|裡))?"
)
_ORIGIN_CLAUSE = re.compile(
    r"(?:最早|最初|原本)?(?:可追溯至|可追溯到|源于|源於|源自|来源于|來源于|來源於|来自|來自|起源于|起源於|出自|出现在|出現在|出现于|出現於|诞生于|誕生於)"
    r"[^\s\u3000,，。；;！!？?“”「」]{1,20}"
)
# The law whose definition the sentence gives, between the term and its marker (「職業災害」在職業安全衛生法定義中,指的是…,
# 607, an agency's definition card; X依《…》之規定,係指…): it names where the sense is laid down, not a field or a sense of the
# word, so it goes with neither, as the word's origin does; a field named by a law's name alone (在国际法中) stays a field.
_LAW_DEFINITION_FRAME = re.compile(
    r"(?:在|依|依據|依据|根據|根据|按照|按)"
    r"(?:《[^《》]{1,25}》|[^\s\u3000,，。；;「」“”《》]{1,20}?(?:法|法律|條例|条例|規則|规则|辦法|办法|準則|准则|標準|标准))"
    r"(?:的|之)?(?:定義|定义|規定|规定)(?:中|裡|里|上|下)?"
)
_CLOSED = re.compile(rf"[{_CLOSE_CLASS}\"》〉]$")
# A term named in its narrow or broad sense (狹義的特殊兒童只指…, 565, a dictionary card): the qualifier closes the term as a
# quotation mark does, so a single character (只, 多) after it goes with the marker.
_SENSE_QUALIFIED = re.compile(r"^(?:狭义|狹義|广义|廣義)(?:上)?的")


def _sense_words(text: str) -> list[re.Match[str]] | None:
    """The sense words ``text`` is made of, in order, or None when it holds anything else."""
    words, at = [], 0
    while at < len(text):
        word = _SENSE_WORD.match(text, at)
        if word is None:
            return None
        words.append(word)
        at = word.end()
    return words


def words_before_marker(term: str, named: str = "") -> tuple[str, str] | None:
    """``(term, words)``: ``term`` without the words standing between it and its marker, and those of them that go with
    the marker (a frame naming the word and the word's origin go with neither); None when ``term`` ends in none. A single
    character leaves a term closed by a quotation mark or a bracket, or one that ``named`` (the headword line above) ends in.

    >>> words_before_marker("“内卷”原"), words_before_marker("破防原本"), words_before_marker("“破防”一词源于网络")
    (('“内卷”', '原'), ('破防', '原本'), ('“破防”', ''))
    >>> words_before_marker("「內卷」一詞現多用於"), words_before_marker("内卷在社会学中"), words_before_marker("过度解读则")
    (('「內卷」', '現多用於'), ('内卷', '在社会学中'), ('过度解读', ''))
    >>> words_before_marker("养老保险全国统筹其实"), words_before_marker("养老保险全国统筹其实就")
    (('养老保险全国统筹', ''), ('养老保险全国统筹', '就'))
    >>> [words_before_marker(t) for t in ("中原", "生产成本", "基本原则", "“三公”原则", "常住人口", "南昌市本级", "实施细则")]
    [None, None, None, None, None, None, None]
    """
    core = term.rstrip(_SPACE + ",，")
    for at in range(max(2, len(core) - 40), len(core)):  # (the words are a few characters: a bounded look)
        rest = core[at:]
        if rest[:1] in _SPACE:
            continue
        head = core[:at].rstrip(_SPACE)
        if len(head.strip("“”「」『』\"")) < 1 or len(head) < 2:
            continue
        frame = _WORD_FRAME.match(rest)
        after = rest[frame.end() :] if frame else rest
        closed = bool(frame) or bool(_CLOSED.search(head)) or bool(named) and _names_alone(named, head) or bool(_SENSE_QUALIFIED.match(head))
        if _LAW_DEFINITION_FRAME.fullmatch(rest):
            return head, ""  # 「職業災害」在職業安全衛生法定義中,指的是…: the law laying the sense down goes with neither
        if after and _ORIGIN_CLAUSE.fullmatch(after):
            if closed:
                return head, ""  # “破防”一词源于网络,指的是…: the origin goes with neither
            continue
        words = _sense_words(after)
        if words is None:
            continue
        if words and (words[0].group("short") or words[0].group("use")) and not closed:
            continue  # 生产成本 / 中原: the character ends a word of the term
        if words and words[0].group("then") and head[-1] in _CLOSES_WITH_THEN:
            continue  # 基本原则, 实施细则: 则 ends a word of the term
        return head, "".join(word.group() for word in words if not word.group("then") and not word.group("fact"))
    return None


def _names_alone(line: str, head: str) -> bool:
    """Whether the headword line ``line`` names ``head`` (after an item number at most: 内卷, 一、内卷, 3. 内卷)."""
    line = line.strip(_SPACE)
    return line.endswith(head) and len(line) <= len(head) + 4 and not _TERM_BAD & set(line[: len(line) - len(head)].rstrip("、.．"))


def adverb_under_headword(term: str, text: str, start: int) -> str | None:
    """The headword line right above a line opening with a sense's adverb alone before its marker (``破防`` / ``通常指…``):
    the term the adverb's sentence defines; None when ``term`` is more than such an adverb or no headword line stands
    above (一是X。主要是指…: the sentence before names the subject, :func:`~policyterms.mining.extract_layouts.general.elided_subject`)."""
    if not _ADVERB_ALONE.fullmatch(term.strip(_SPACE)):
        return None
    named = _NUMBER_BEFORE_HEADWORD.sub("", line_above(text, start).strip(_SPACE))
    if not 2 <= len(named) <= 15 or _TERM_BAD & set(named) or set(named) & set(_SENTENCE_END) or not _good_term(named):
        return None
    return named


# An item number before a headword line (3. 破防, 三、破防, (3)破防).
_NUMBER_BEFORE_HEADWORD = re.compile(rf"^[\s\u3000]*{ITEM_NUMBER}[\s\u3000]*")


def bare_term(term: str) -> str:
    """``term`` without its quotation marks and spaces: the word a later sentence of its definition names it by
    (``“近零碳”`` → ``近零碳``), unquoted."""
    return term.strip("“”「」\"' \u3000")


def line_above(text: str, start: int) -> str:
    """The short line (40 characters at most) right above the line that opens at offset ``start`` of ``text``, up to two
    blank lines skipped, or ``""`` (also when ``start`` opens no line): a bounded look back."""
    opening = text[max(0, start - 10) : start]
    if start > 0 and "\n" not in opening or opening[opening.rfind("\n") + 1 :].strip(_SPACE):
        return ""
    end = start - len(opening) + opening.rfind("\n")
    for _ in range(3):
        if end <= 0:
            return ""
        begin = text.rfind("\n", max(0, end - 41), end) + 1
        if begin == 0 and end > 41:
            return ""  # a longer line: no headword line
        if text[begin:end].strip(_SPACE):
            return text[begin:end]
        end = begin - 1
    return ""


def sense_words_only(core: str) -> bool:
    """Whether ``core`` is only words saying which sense follows, one of them a time word, a field or a verb of use
    (现多用于, 如今多, 在社会学中): a sentence opening so goes on defining the word before it (“内卷”原指…。现多用于指…), no
    term of its own. (An adverb alone, 主要 or 一般, is left to the subject the sentence before names: 一是X。主要是指….)"""
    words = _sense_words(core)
    return bool(words) and any(w.group("time") or w.group("use") for w in words)


# The page's question title glued before its answer, its opening bracket lost (什么是塞罕坝精神】塞罕坝精神是…, P2016;
# 腾笼换鸟是什么意思】“腾笼换鸟”是…, P2027; 三下乡活动指的是什么】…, P1928): generated answer pages open every answer so, the
# bracketed title a copy of the question, no part of the answer (the prose pass's P1202 rule, under a question title and in a reference page's lead).
# The title with its bracket kept reads the same (限塑令是什么意思 / 【限塑令是什么意思】限塑令是…, P2124).
GLUED_QUESTION_TITLE = re.compile(r"[\s\u3000]*【?([^【】\[\]\s\u3000,，。；;:：!！?？]{2,24})】[\s\u3000]*(?=[^\s\u3000】]{2})")
