"""The definitions of a page's topic: the fallback for a page where no layout finds anything (an
explainer, a question-and-answer page, a column, a news item about one term), read by
:func:`topic_definitions`. See :mod:`policyterms.mining.extract_layouts.general` for the
mechanisms together."""

from __future__ import annotations

import re

from policyterms.text.fold import PINYIN, fold_table, strip_pinyin
from policyterms.mining.extract_layouts.section_headings import topic_section
from policyterms.mining.extract_layouts.common import COMMON_NAME, DEFINING_MARKER, HAN, SHORT_FORM_NAME, SPEAKER_SAY_LOOKBEHIND, _AFTER_LOST_CHARACTER, _CLOSE_CLASS, _CLOSERS, _LABELS, _SENTENCE_END, Found, _no_term_of_its_own, announces_parts, without_emoji_tail
from policyterms.mining.extract_layouts.general import _HEDGES, _VERB_PREFIX, SPACES
from policyterms.mining.extract_layouts.scope_notes import under_scope_heading
from policyterms.mining.extract_layouts.ordinary_pages import figures_list
from policyterms.mining.extract_layouts.negated_senses import NOT_BUT, contrast_defines, pronoun_contrast


# A short page: an explainer, an answer or a column (the pages of the sets are excerpts of 2 000 characters at most;
# a whole explainer page runs to a few thousand). Work reports run to 15 000 characters and more: their own
# definitions are policyterms.mining.learn's.
_SHORT_PAGE = 8_000
QUOTE_OPENERS = "“「『\""
_Q_CLOSE = "”」』\""
QUOTED_TERM = r"[“「『\"][^“”「」『』\"\n,，。；;:：!！?？]{1,30}[”」』\"]"
# A bare headword: 2–15 characters without punctuation, quotation marks or brackets.
_BARE = r"[^\s\u3000,，。；;:：、“”「」『』\"()（）《》<>!！?？|｜…—\-]{2,15}?"
_LATIN = r"[A-Za-z][A-Za-z0-9]{1,9}(?![A-Za-z0-9])"
# Lead-ins announcing a definition in plain words (简单来说, 换句话说): they also set a bare headword apart (_subject_at).
# (简言之, 说得直白一点 and 直白地说 are such words too: 简言之,政府管理就是…, P1466; 說的直白一點,“環保管家”就是…, P1611)
_PLAIN_WORDS = (
    r"顾名思义|顧名思義|(?:简单|簡單|通俗)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)|(?:简单|簡單)而言|简而言之|簡而言之|简言之|簡言之|换句话说|換句話說"
    r"|(?:说|說|讲|講)(?:得|的)(?:直白|通俗)(?:一)?(?:点|點|些)?|直白(?:地|的|一点|一點)?(?:说|說|讲|講)"
)
_LEADS = (
    rf"(?:{_PLAIN_WORDS}|{_HEDGES}|(?:具体|具體)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)"
    r"|据了解|據了解|据悉|據悉|其次|首先|另外|此外|同时|同時|那么|那麼|而|答|问|問|定义|定義|释义|釋義|含义|含義|其中"
    # (a time frame opening the paragraph that says what the topic is now, after its history: 如今,算力是集信息计算力、…于一体
    # 的新型生产力,…, P2339, a Xinhua explainer's answer; the topic reader still weighs a standing after it, 如今,X是…的重要载体)
    r"|如今|现如今|現如今"
    # (an article's summary label opening its abstract line: 摘要:博士申请考核制,又称为…,是指…, P3093, an exam site's explainer;
    # news and content sites head their abstracts 摘要:, 导读:, 提要: alike — furniture, as 答: is; only with its colon: a bare
    # 导读 before a teaser repeating the body's first paragraph, P2634, is the teaser's own tag, and the body's paragraph the entry)
    r"|(?:摘要|导读|導讀|提要|内容提要|內容提要)(?=[\s\u3000]*[:：])"
    r"|\d{1,2}[、．](?!\d)|[一二三四五六七八九十]{1,2}、)"
    rf"{SPACES}*[,，:：]?{SPACES}*"
)


_PLAIN_WORDS_LEAD = re.compile(_PLAIN_WORDS)
_COMPARED_WITH = r"(?:(?:相比|相较|相較|比较|比較)(?:于|於)?[^,，。；;:：\n]{2,20}?|(?:与|與|和|同)[^,，。；;:：\n]{2,20}?(?:相比|相较|相較|比较|比較))[,，]"
_COMPARISON_FRAME = re.compile(_COMPARED_WITH)
_SO_CALLED = r"(?:所谓|所謂)(?:的)?"
# A frame before the headword, no part of it: an attribution (根據央視新聞的解釋, 学者们认为,), a point of view or a field
# (从经济学的角度看, 在统计上, 在中国), a bracketed source label (【财新网】). The gold of every set leaves them out.
_FRAMES = (
    r"(?:(?:根据|根據|据|據|按照|依照)[^,，。；;:：“”「」\n]{2,30}?[,，]"
    r"|[^,，。；;:：“”「」\s]{2,15}?(?:认为|認為|指出|表示|看来|看來|介绍|介紹)[,，:：]"
    # (or a spokesman's plain 说: 漁護署發言人說,拖網捕魚是非選擇性的捕魚方法,…, P3172, a Hong Kong radio station's news item; news
    # reports attribute a body's words with 说 as often as with 表示 — not the 说 of a lead-in or a saying, 就是说, 换句话说, 比如说,
    # 据说, 听说, 总的来说, 一般说, which the leads read or which attribute nothing; nor the writer's hedge, 可以说, 所以说, 应该说,
    # 坦率地说, 或者说, 不得不说, 虽说, 按理说, 老实说, review 71, before an appraisal, 可以说,第一个五年计划是使我国繁荣富强…的第一个计划)
    r"|[^,，。；;:：“”「」\s]{2,15}?" + SPEAKER_SAY_LOOKBEHIND + r"(?:说|說)[,，:：]"
    r"|(?:从|從)[^,，。；;:：“”「」\n]{1,15}?(?:看|来看|來看|来说|來說|而言|讲|講)[,，]"
    r"|在[^,，。；;:：“”「」\n]{1,10}?[上中里裡][,，]|在(?:中国|中國|我国|我國)[,，]"
    r"|【[^】\n]{1,12}】"
    # a document defining the word, its verb before it (《通知》明确定义绿电直连为“…的模式”, P3064, an industry portal's analysis of a
    # notice; 《办法》界定X为…): the document's words, the definition opening at 为 (``_DOC_DEFINES``)
    r"|《[^《》\n]{1,40}》(?:明确|明確|首次|正式)?(?:定义|定義|界定)"
    # a comparison setting the term beside another (相比传统的农村集体经济, 相较于…, 与…相比,)
    rf"|{_COMPARED_WITH}"
    r"|[^,，。；;:：“”「」\n]{0,60}?(?:对|對)(?=[^,，。；;:：\n]{2,20}的(?:界定|定义|定義)(?:是|为|為)))"
    rf"{SPACES}*"
)


# A bracketed gloss written after the headword, kept in it: an English name or abbreviation (工業(industry),
# 首都功能核心區(the core area of the capital), 地区生产总值(GDP)) or a qualifier (高技术产业(制造业)).
_TERM_GLOSS = rf"{SPACES}*[(（][^()（）\n。；;]{{1,60}}[)）]"
# A bracketed other name after the headword: a former, alternative or popular name, written beside the term but no part of
# it (“五年规划”(原称“五年计划”), P971; 乡村(Rural,有时又称Country), P780).
_OTHER_NAME_GLOSS = re.compile(
    rf"{SPACES}*[(（][^()（）\n]{{0,20}}?(?:原称|原稱|旧称|舊稱|曾称|曾稱|又称|又稱|也称|也稱|亦称|亦稱|别称|別稱|俗称|俗稱|或称|或稱|又名|原名)"
)
# An adverb of comparison between the headword and its 是 (長者生活津貼（長生津）同樣是公共福利金計劃下的的津貼，…, P3025, a Hong Kong
# paper's roundup of allowances, after the paragraph on the other allowance): it says the term is of the same class as the thing
# before; the class the definition gives follows 是, so the adverb is part of neither term nor definition.
_SAME_ADVERB = r"同样|同樣"
# An adverb between the headword and its marker, which opens the definition (工業(industry)主要是指…).
_MARKER_ADVERB = r"主要|一般|通常|往往"
# A plain-words connective between the headword and its marker (碳中和,顧名思義,是指…; 所謂「高效能」,簡單而言就是…).
_CONNECTIVE = (
    r"(?:顾名思义|顧名思義|说白了|說白了|简单来说|簡單來說|简单地说|簡單地說|简单而言|簡單而言|简而言之|簡而言之|通俗地说|通俗地說|通俗来说|通俗來說|具体|具體)"
)


# A short prefix naming the field of a quoted term, written with it (政务服务“跨域通办”是指…).
_FIELD_PREFIX = r"[\u4e00-\u9fff]{2,6}(?=[“「『\"])"
_TIER1 = r"就是指|是指(?![导導挥揮])|指的是|系指|係指|意指|意思是|意思就是|特指|泛指|专指|專指|定义为|定義為|表示"
# (表示 defines only after an adverb of usage: 超长期,通常表示国债的发行期限不低于10年; 他表示… reports speech)
_TIER2 = r"即是|也就是(?:说|說)?|即(?![使便将將刻时時可])|就是(?![说說])"
# The strong markers compiled once, to ask whether a matched marker is one of them (``_TIER1_MARKER.fullmatch(marker)``).
_TIER1_MARKER = re.compile(_TIER1)
# (是在… places or times a thing, 是在会上提出的; but 是在Y基础上…的Z names the thing it grew from and then its class,
# “专题询问”是在“询问”基础上发展形成的一种监督方式, 201, as 统计学 in P414 and 个体工商户分类培育 in 160: a bare 是 like any other)
# (nor 是为…, a purpose, 田长制是为了…; but 是为Y而V的Z names what the thing was made for and then its class,
# 菜篮子工程 是为缓解…的矛盾而实施的农业政策, P1010: a bare 是 like any other)
# (乃, the literary copula Hong Kong and Taiwan papers write for 是, only right after a quoted word: 「23條」乃《…基本法》其中一條。,
# P2452; read as the bare 是 is, so the same checks of class and topic decide)
_TIER3_PLAIN = (
    r"是(?:(?![否在因为為不]|由于|由於)|(?=在[^,，。；;:：\n]{1,30}?(?:基础|基礎)上)"
    r"|(?=[为為]了?[^,，。；;:：\n]{2,40}?而[^,，。；;:：\n]{1,20}?的[^,，。；;:：\n]{1,10}?[,，。；;]))"
    r"|(?<=[”」』])乃(?![至是])"
)
# (為/为, the literary copula Taiwan's and Hong Kong's papers write for 是, after a word — not the last character of 行为, 认为,
# 成为, 作为, 分为 … — and only where the class after it is named by the term's head word, _genus_by_head; elsewhere the
# sentence is read as before, _SUBJECT_PLAIN)
_TIER3 = _TIER3_PLAIN + (
    r"|(?<=[\u4e00-\u9fff”」』])(?<![行認认以成作視视稱称因更較较最極极尤分列定改轉转化變变名譽誉])[为為](?![了例止主期何由此首])"
)
# (or 涵蓋, "covers", an extensional gloss as 包括 is: 創新活動涵蓋研發、技術創新及非技術創新活動。, 516, a statistics release titled
# on 創新活動 — read under the same conditions, a page whose title names the term)
_INCLUDES = r"包括|涵蓋|涵盖"
_INCLUDE_MARKERS = ("包括", "涵蓋", "涵盖")
# A document's definition quoted by name (《…》对灵活就业的界定是:…): the definition opens after the colon.
_DEFINED_AS = r"的(?:界定|定义|定義)(?:是|为|為)[:：]"
# 反映 opens a statistical indicator's definition (城镇化率反映…的一个重要指标,即…), on a page whose title names it.
_REFLECTS = r"反映(?![了出])"  # (…集中反映了…: what something showed, no indicator's definition)
# What an indicator is used to measure opens its definition as 反映 does (堅尼系數一般用以分析一個經濟體系內…的收入分布差距。, 487, a
# LegCo answer titled 堅尼系數; 基尼系数通常用来衡量…, 恩格尔系数主要用于衡量…): a use verb and a verb of measuring, read under the
# same conditions (a plain sentence opening its paragraph on a page whose title names the term). A use for doing something else
# (用于支持…, 用来查询…) says what a thing is for, no measure.
_USED_TO_MEASURE = r"(?:是)?(?:用以|用來|用来|用於|用于)(?:分析|量度|衡量|計量|计量|測量|测量|反映|描述|評估|评估)"
_USED_TO_MEASURE_MARKER = re.compile(_USED_TO_MEASURE)
# 指 alone, after an adverb of usage only (政务中心,通常指…平台。): a strong marker like 是指.
_ADVERB_ZHI = r"(?<=主要|一般|通常|往往)指(?![导導挥揮出标標数數明向定望责責令示点點引正教控派南使认認摘日])"  # (一般指向…, 通常指定…, 指望)
# A bare 不是 glued to the quoted topic (“无废城市”不是没有废物的城市,而是人们看不到…的废物,…, P2286, a magazine essay under
# the heading “无废城市”的内涵): the contrast is its meaning, read only right below a heading naming the meaning; elsewhere it is
# a denial. Taken as the marker, it keeps 不 out of the term (“无废城市”不 | 是…, the bare 是's reading before).
_BARE_NOT_BUT = r"(?<![并並])不是"
# (a denial of an aim, a cause, a saying or a scope, 不是要…, 不是因为…, 不只…: no contrast of what the topic is)
_NOT_OF_A_KIND = re.compile(r"指|是指|要|因为|因為|由于|由於|在于|在於|说|說|只|仅|僅|所有|每")
# (nor a denial of how soon or by whom it comes about, a modal or a causative in the denied clause: “无废城市”不是一朝一夕就能建成的,
# 而是一个长期的过程。, 不是短时间内可以实现的, 不是别人让我们做,而是…: what the topic takes, no contrast of what it is, review 49)
_DENIED_COURSE = re.compile(r"[^,，。；;!！?？]*?(?:能|可以|可能|让|讓|使|会|會|一朝一夕)")
# The 而是 clause of the same sentence (not a duty, a cause or an aim: 而是要…, 而是因为…, 而是为了…).
_RATHER_CLAUSE = re.compile(r"[^。；;!！?？]{1,60}?[,，][\s\u3000]*而是(?!要|因为|因為|为了|為了|在于|在於|由于|由於|说|說)[^。；;!！?？]{4,}")
# Another name given right after the headword, before a plain-words connective and the marker (「數位憑證皮夾」又稱為分散式數位身分
# 認證與授權系統,簡單來說,就是手機裡的「數位證件夾」,…, P2454, a fintech newsletter): the name is an aside, the definition opens
# at the marker the connective leads to (read only with such a connective: X,又称Y,是… keeps its alias, as before).
_ALIAS_CLAUSE = r"(?:又称|又稱|也称|也稱|亦称|亦稱)(?:为|為)?[^,，。；;:：\n]{2,30}?(?=[,，])"


def _subject_pattern(tier3: str) -> re.Pattern[str]:
    """A definition sentence's opening up to its marker (lead-ins, frames, the headword, its asides and the marker), the
    bare copula read by ``tier3``: one pattern, so the reading with the copula 為/为 and the one without it differ in
    nothing else."""
    return re.compile(
        rf"""(?P<lead>(?:{_LEADS})*)(?P<frame>(?:{_FRAMES}){{0,2}})(?P<socalled>{_SO_CALLED})?{SPACES}*(?:(?!{QUOTED_TERM})[「『“"])?
    (?P<term>{QUOTED_TERM}[^\s\u3000,，。；;:：“”「」『』"()（）]{{0,6}}?|{_FIELD_PREFIX}{QUOTED_TERM}|{_LATIN}|{_BARE})(?P<gloss>{_TERM_GLOSS})?
    (?P<compared>(?:更加|更为|更為|更)[^,，。；;:：\n]{{2,30}}[,，])?
    (?P<alias>{SPACES}*[,，]?{SPACES}*{_ALIAS_CLAUSE})?
    {SPACES}*(?P<comma>[,，])?{SPACES}*(?P<conn>(?:{_CONNECTIVE}{SPACES}*[,，]?{SPACES}*){{1,2}})?(?P<same>{_SAME_ADVERB})?(?P<adverb>{_MARKER_ADVERB})?
    (?P<marker>{_DEFINED_AS}|{_TIER1}|{_TIER2}|{tier3}|{_INCLUDES}|{_REFLECTS}|{_USED_TO_MEASURE}|{_ADVERB_ZHI}|{NOT_BUT}|{_BARE_NOT_BUT}|[:：])""",
        re.VERBOSE,
    )


_SUBJECT = _subject_pattern(_TIER3)
# The same without the copula 為/为: the reading of a sentence whose 為 names no class by the term's head word.
_SUBJECT_PLAIN = _subject_pattern(_TIER3_PLAIN)


# A quoted topic named alone in a sentence, after an example's lead-in, and the next sentence saying what it is by a
# demonstrative (如“新质生产力”。这是有别于传统生产力,…的新型生产力,…): the definition opens at 是.
_NAMED_THEN_THIS = re.compile(
    rf"(?:如|比如|例如|再如|又如|譬如)?{SPACES}*(?P<term>{QUOTED_TERM})[。]{SPACES}*(?:这|這|它)(?:就|也)?(?P<marker>是(?![否在因为為不]))"
)


# A quoted topic followed by a comma and 即 inside a sentence (对…实行年度“进出平衡”,即…; …強調「內循環」,即是…), or by a
# dash setting the gloss off as a comma does (积极推进“双百工程”——即…的深度融合。, P1026).
_QUOTED_COMMA = re.compile(rf"(?P<term>{QUOTED_TERM}){SPACES}*(?:[,，]|——|—){SPACES}*(?P<marker>即是|即(?![使便将將刻时時可])|也就是|是指|就是指)")
# A topic glossed in brackets by 即 inside a sentence, right after a clause break (…深刻变化,两新组织(即新型经济组织和新社会
# 组织)在推动…, P1037): the bracket is its definition, whatever the sentence goes on to say.
_BRACKET_JI = re.compile(
    rf"(?:(?<=[,，。；;:：!！?？])|^){SPACES}*(?P<term>{QUOTED_TERM}|[^\s\u3000,，。；;:：、“”「」『』\"()（）《》]{{2,8}})"
    r"[(（](?P<marker>即(?![使便将將刻时時可]))[^()（）\n,，。；;]{2,40}(?P<close>[)）])"
)


# An answer with its subject left out: a paragraph or sentence opening with the marker (是指…; 據…的解讀,是指…).
_SUBJECTLESS = re.compile(
    rf"(?P<lead>(?:{_LEADS})*(?:(?:据|據|根据|根據)[^,，。；;:：]{{2,40}}[,，]{SPACES}*)?)"
    # (a question answered in plain words: 何为“链主”?简单来说,就是…, P1051; the connective 就 is no part of the gloss)
    rf"(?P<plain>(?<=[,，]){SPACES}*就(?=是(?![否在由因为為不])))?(?P<marker>是指(?![导導挥揮])|指的是|就是指|即(?![使便将將刻时時可日])|是(?![否在由因为為不]))"
)


_QUESTION = re.compile(
    # (a title asking again in brackets, 什么叫林业碳票(什么叫林业碳汇交易), P1285: the first question's term)
    rf"(?:何谓|何謂|何为|何為|什么是|什麼是|甚麼是|甚么是|什么叫|什麼叫)(?P<a>{QUOTED_TERM}|[^,，。；;:：?？\s]{{2,20}}?)(?:[?？]|$|[(（](?:何谓|何謂|何为|何為|什么是|什麼是|什么叫|什麼叫)[^()（）]{{2,20}}[)）]$)"
    rf"|(?P<b>{QUOTED_TERM}|[^,，。；;:：?？\s]{{2,20}}?)(?:是什么意思|是什麼意思|是甚麼意思|是什么|是甚麼|是什麼|是甚么|指什么|指什麼|是指什么|是指什麼|什么意思|什麼意思"
    # (or which kinds it counts, 监测对象有哪三类呢?, P2198, an answer page's question: the answer names them, an extensional gloss)
    r"|有哪(?:几|幾|[二三四五六七八九十两兩])(?:类|類|种|種)(?:呢)?)(?:[?？]|$)"
)


# A title or heading naming the difference of two things (社工师和社区工作者的区别, P3241, an exam site; 港澳台联考与高考的区别:,
# P3085, an education site; explainer, exam and answer sites everywhere title their comparisons so): the page asks what each of
# the two is, as 什么是X asks, and a paragraph saying what one of them is (社工师是…; 高考是…) answers it. Only a line of a title's
# or a heading's length without a full stop.
_COMPARED_WORD = r"(?:[“「][^“”「」\n]{2,12}[”」]|[^\s\u3000,，。；;:：、与與和跟同及()（）“”「」《》?？]{2,12})"
# (the difference weighed, 本质/根本/主要/核心, and named as the line between the two, 界限/边界/分野: 征信异议与征信修复的本质界限,
# P3388, a credit-dispute agency's policy article; 行政复议与行政诉讼的主要区别, 政策性银行和商业银行的根本区别 alike)
_WEIGHT_WORDS = ("本质", "本質", "根本", "主要", "核心", "最大", "基本")
_DIFFERENCE_WEIGHT = rf"(?:{'|'.join(_WEIGHT_WORDS)})(?:的|之)?"
# (the second word, read greedily, gives the weighing word back: 征信修复, not 征信修复的本质)
_NOT_WEIGHT_END = "".join(f"(?<!{w})" for w in _WEIGHT_WORDS)
# (a boundary line, 界线/界線/分界/边界线, or a border of land or sea, 陆地边界/海上边界/行政边界, is drawn on the map — 城市与乡村的
# 分界, 深圳与香港的边界线, 中国与越南的陆地边界 — so it names a comparison only weighed, 本质界线; 界限, 分野 and 边界 bare are
# lines between ideas, 政府与市场的边界, review 74)
_MAP_BORDER_KIND = "".join(f"(?<!{w})" for w in ("陆地", "陸地", "陆上", "陸上", "海上", "海洋", "水域", "行政"))
_DIFFERENCE = rf"(?:区别|區別|区分|區分|不同|差异|差異|差别|差別|分别|分別|异同|異同|界限|分野|{_MAP_BORDER_KIND}(?:边界|邊界)(?![线線]))"
_BORDER = r"(?:界线|界線|分界|边界[线線]|邊界[线線])"
_COMPARISON_HEADING = re.compile(
    rf"(?P<a>{_COMPARED_WORD})(?:与|與|和|跟|同)(?P<b>{_COMPARED_WORD}?)(?<![的之]){_NOT_WEIGHT_END}(?:的|之)?"
    rf"(?:(?:{_DIFFERENCE_WEIGHT})?{_DIFFERENCE}|{_DIFFERENCE_WEIGHT}{_BORDER})"
)


# One of the compared words before 则 and the copula, an adverb between them (社区工作者则是…, 社区工作者则更多是…, P3241): 则 sets
# the word against the other, no part of it (read only for a word a comparison heading names, ``_COMPARISON_HEADING``).
_CONTRAST_ZE = re.compile(r"(?P<word>.{2,12}?)(?P<ze>[则則])(?P<adverb>(?:更多|更|多|主要|通常|一般)?)")


# A content site's question title in square brackets, run into the answer's first paragraph (【政协委员是干什么的】政协委员
# 是…, P502; 【三保支出指什么】, P303): it asks about its term as a question line does. Asking what a thing does (是干什么的,
# 是做什么的) asks what it is as well: the answer names its class (是…的组成人员, 是…的国家机构).
_BRACKETED_QUESTION = re.compile(
    rf"【(?P<b>{QUOTED_TERM}|[^【】,，。；;:：?？\s]{{2,20}}?)(?:是干什么的|是做什么的|是干嘛的|是什么意思|是什麼意思|是啥意思|是什么|是什麼|是指什么|是指什麼|指什么|指什麼|是指哪些|指的是什么)[?？]?】"
)


# A sentence after 就是 closing on 的意思 (X就是让…都参加社保的意思。): it gives the term's meaning in plain words.
_MEANING_CLOSES = re.compile(r"^[^。！？!?；;]{2,80}的意思[。！!]?$")


# What follows a marker in a question or a non-definition: 是什么, 是干什么的, 是哪些; 是…的。 (a cleft stressing who or when).
_NOT_DEFINITION = re.compile(r"(?:是|就是|即)?(?:(?:干|幹|做)?(?:什么|什麼|甚麼|甚么|啥)|干嘛|幹嘛|哪|谁|誰|如何|怎样|怎樣|怎么|怎麼|多少|为了|為了|一个|一個)")
# The bare 是 (tier 3) defines when the sentence says what the headword is short for or the common name of …
_NAMES = re.compile(rf"的(?:{SHORT_FORM_NAME}|{COMMON_NAME})")


# A short form named as one, then its full names given (全国"两会"是一个约定俗成的简称,正式是指"…"和"…"。, P509): 是一个 opens
# a definition there, as 是…的简称 does.
_ONE_SHORT_FORM = re.compile(r"一[个個][^,，。；;]{0,8}的(?:[简簡][称稱]|[缩縮][写寫])[,，](?:[^,，。；;]{0,4})(?:是指|指的是|指)")


def _short_form_named(predicate: str) -> bool:
    """Whether the clause after 是 calls the headword a short form and the next clause says what it stands for: 是一个
    then opens a definition, where it otherwise gives a status (是一个…的平台)."""
    return _ONE_SHORT_FORM.match(predicate) is not None


# … or goes on to say what the headword means (…的工作制度,具體是指…; …的模式,意思…), or what a concept it names describes
# (“七通一平”是一个…的综合性概念,用于描述一个区域在开发或建设时必须满足的…条件, P1076; not after a clause saying only what
# kind of word it is, “僵尸企业”是一个经济学术语,用来描述…, P1079, where the definition opens at 用来描述).
_GOES_ON_TO_MEAN = re.compile(
    r"[,，](?:具体|具體)?(?:是指|即是|即指|也就是|意思是|意思|就是指|指的是)"
    r"|(?<!术语)(?<!術語)(?<!名词)(?<!名詞)(?<!用语)(?<!用語)(?<!词语)(?<!詞語)(?<!词汇)(?<!詞彙)[,，](?:用于|用於|用来|用來)描述"
)
# A restatement after a clause's comma: 即 opening a gloss in other words (…分组付费,即根据…), not 即使, 即将, 即可, 即刻, 即时.
_RESTATING_JI = re.compile(r"[,，][\s\u3000]*即(?![使便将將刻时時可日])")
# An adverb or a connective before 是 (特别是沈阳第二机床厂…,即损失…, a report's example, review 55): no subject glossed.
_ADVERB_BEFORE_SHI = re.compile(
    r"特别|特別|尤其|主要|首先|其次|其实|其實|实际上|實際上|本质上|本質上|一般|通常|往往|大多|更多|也就|无非|無非|无疑|無疑|"
    r"恰恰|仍然|依然|同样|同樣|似乎|好像|应该|應該|可能|只不过|只不過|就|而|但|还|還|或|只|总|總|正|更|也|都|于|於|凡|要|若|可"
    # (or a word pointing at what matters most, 重点是…,即…, 关键是…: a point made, no term)
    r"|重点|重點|关键|關鍵|问题|問題|难点|難點|核心|目的|目标|目標|原因|前提|任务|任務"
)
# A sentence ends at 。！？ (a '?' standing for a character lost in a mojibake copy, running into a comma or
# into pinyin, ends none); a clause at ；.
_FULL_STOP = re.compile(rf"[。！？!]|\?(?!{_AFTER_LOST_CHARACTER})")
# A title asking a question, a short line ending in its question mark (a column's name after a bar kept: …深圳如何更好推进“工业
# 上楼”?|湾区深音, P1995): the page's title, not the running text its lead is, though its mark ends a sentence. Not a numbered
# question (591.全面振興東北地區…的重大意義是什麼?, P996): an item of a question book, whose answer below stays judged as one —
# however the book numbers it ((一)…?, (591)…?, 591)…?, ①…?, 591 …?, 問:…?, Q1:…?, 第591問 …?, 第五百九十一題:…?).
_QUESTION_TITLE = re.compile(
    r"(?![\d０-９]{1,4}[.．、)）\s\u3000]|[一二三四五六七八九十]{1,3}、|[(（](?:[\d０-９]{1,4}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳⑴-⒇]"
    r"|(?:问|問)[\d０-９]{0,4}[:：]|[Qq][\d０-９]{0,4}[:：.．、\s\u3000]|第[\d０-９一二三四五六七八九十百零〇]{1,6}[题題问問])"
    r"[^。！!\n]{2,60}[?？](?:[|｜][^。！!?？\n]{1,20})?"
)
_SENTENCE_STOP = re.compile(rf"{_FULL_STOP.pattern}|[；;]")
# A paragraph restating the term to tell where it comes from (“社區嵌入式養老”起源于…, “银发经济”一词最早可追溯至…) or what
# it is not (无废城市”并不是指没有废物的城市…), or a document's outline by chapters (《数据安全法》共分为七章,分别是总则、…, P1559).
_ASIDE_PARAGRAPH = re.compile(
    r"[”」』\"]?[^,，。]{0,4}?(?:起源|源于|源於|源自|一词|一詞|来源于|來源於|的由来|的由來|并不是|並不是|不是指|并非|並非|不等于|不等於"
    r"|(?:共|全文)?(?:分为|分為|包括|包含|共有)[一二三四五六七八九十\d]{1,3}[章编編]"
    # (or a count of the parts it holds, 包括四個核心科目, P3082, a training site's explainer: DSE… / DSE考試包括四個核心科目分別是…;
    # the parts of the thing, not what it is)
    r"|(?:共|主要)?(?:分为|分為|包括|包含|共有|设有|設有)[一二三四五六七八九十两兩\d]{1,3}[个個项項类類种種大])"
)


# A label run in after a sentence end (…的耕地。性质:它是…): the definition ends before it; a lead-in announcing parts
# (主要包括:) is none.
# (or a label in square brackets, …直接延长承包期。【法律依据】《…通知》第二条…: the source, P1085)
_RUN_IN_LABEL = re.compile(
    rf"(?<=[{_SENTENCE_END}]){SPACES}*(?:(?!(?:主要|具体|具體)?(?:包括|包含|分为|分為)[:：])[^\s\u3000,，。；;:：、“”「」()（）]{{2,4}}[:：]|【[^【】\n,，。]{{2,8}}】)"
)
# A contrast run in after a sentence end, another headword set against the one defined: 而 opening the sentence, the other
# word, then 则 and the copula (…依法依规推进国家发展和社会主义现代化建设。而非法社会组织则是未经…注册登记但活跃在社会上的一类“机构”,…,
# P3242, a university institute's article; …社区发展等。而社区工作者则是基层社区中负责…的人员,…, P3241, an exam site's comparison):
# the sentence says what the other thing is, so the definition before it ends there, as before a run-in label. Only a word the
# page names again (twice in all at least) and not the defined word itself nor a pronoun (而后者则是, 而它则是: the same
# comparison's other side, left as written).
_CONTRASTED_HEADWORD = re.compile(
    rf"(?<=[{_SENTENCE_END}]){SPACES}*而(?P<term>[^\s\u3000,，。；;:：、“”「」()（）]{{2,12}}?)(?:则|則)(?:是|指|是指)"
)
_CONTRAST_PRONOUN = re.compile(r"前者|后者|後者|其|它|它们|它們|他们|他們|此|这|這|该|該|这些|這些|这类|這類|二者|两者|兩者")
# A source note or a byline in brackets ((通讯员:…)), a table's cell border and spaces at the end: no part of a definition.
_TRAILING = re.compile(
    rf"(?:{SPACES}|[|｜]|[(（](?:出自|摘自|来源|來源|引自|资料来源|資料來源|摘編自|摘编自|通讯员|通訊員|记者|記者|作者|编辑|編輯|责编|責編)[^()（）]{{0,120}}[)）])+$"
)


# Lines skipped between a headword line and an answer that leaves its subject out: English, dates, bylines, images.
_NOISE_LINE = re.compile(
    r"^(?:[^\u4e00-\u9fff]*|[\d\s\-/:.年月日]+|.{0,20}(?:来源|來源|发布|發布|日期|时间|時間|作者|字号|字號|浏览|瀏覽|点击|點擊)[:：].*|.*\.(?:png|jpe?g|gif))$"
)


_BYLINE = re.compile(r"(?:来源|來源|发布时间|發布時間|日期|时间|時間|作者|字号|字號|浏览|瀏覽|点击|點擊|编辑|編輯|记者|記者)[:：]")
# A headword that is a pronoun, a clause or an adverb's subject is none (这是…, 它是…, 我们就是…, 这也是…).
_NO_TERM = re.compile(
    r"^(?:是|这|這|那|它|其|该|該|此|我|你|他|她|本|每|各|某|如果|假如|虽然|雖然|因为|因為|由于|由於|即使|无论|無論|不管|只有|只要|但|而|也|都|还|還|就|正|又|才|更|最)"
)


_CLAUSE_END = re.compile(
    r"(?:也|都|就|还|還|正|又|才|不|并|並|亦|乃|便|即|的|了|着|著|曾|仍|则|則|主要|一般|通常|均|皆|具体|具體|"
    # (a contrast's first half, 办公自动化不仅仅是办公无纸化,也不仅仅是…, P1805: what the thing is not only, no gloss)
    r"不仅|不僅|不仅仅|不僅僅|不只|不单|不單)$"
)


class _Para:
    """One line of the page: its raw text, its text without converter pinyin and where each clean
    character stands in the raw text."""

    __slots__ = ("start", "raw", "clean", "at")

    def __init__(self, start: int, raw: str) -> None:
        self.start = start
        self.raw = raw
        pieces, at, kept = [], [], 0
        for match in PINYIN.finditer(raw.translate(fold_table())):
            pieces.append(raw[kept : match.start()])
            at.extend(range(kept, match.start()))
            kept = match.end()
        pieces.append(raw[kept:])
        at.extend(range(kept, len(raw)))
        at.append(len(raw))
        self.clean = "".join(pieces)
        self.at = at

    def offset(self, k: int) -> int:
        """The page offset of clean character ``k`` (the end of the line for ``k == len(clean)``)."""
        return self.start + self.at[min(k, len(self.at) - 1)]


_CORE_NOISE = re.compile(rf"[\s\u3000{re.escape(QUOTE_OPENERS + _Q_CLOSE)}]|[(（][a-z\u00e0-\u01dc]{{1,7}}[)）]")


def term_core(term: str) -> str:
    """The term without quotation marks, spaces and converter pinyin (written twice too,
    ``下(xia)(xia)``), for comparing and counting."""
    return _CORE_NOISE.sub("", term)


class _Candidate:
    """A definition sentence: its marker's strength (1 strongest), line, term as written and where it
    stands (``term_at < 0``: the term is line ``-1 - term_at``, above), where its sentence and its
    marker start, whether it opens inside its sentence (``…实行年度“X”,即…``), where the headword as
    written ends (a bracketed gloss after it included) and the key it is counted under."""

    __slots__ = ("tier", "para", "term", "term_at", "sentence", "marker", "inner", "term_end", "key", "closing", "appositive")

    def __init__(
        self, tier: int, para: int, term: str, term_at: int, sentence: int, marker: int, inner: bool = False, gloss: str = ""
    ) -> None:
        self.tier, self.para, self.term, self.term_at, self.sentence, self.marker = tier, para, term, term_at, sentence, marker
        self.inner = inner
        self.closing = -1  # a bracketed gloss's closing bracket, where its definition ends
        self.appositive = False  # X,即…: a gloss set after the term by a comma and 即
        self.term_end = term_at + len(term) + len(gloss)
        self.key = term_core(term) + (term_core(gloss) if _QUALIFIER.fullmatch(term_core(gloss)) else "")


# An abbreviation or English name in brackets closing an asked term (國際核與輻射事件分級表(INES), 国内生产总值(GDP)).
_ASKED_ABBREVIATION = re.compile(r"[(（][A-Za-z][A-Za-z0-9 .&/-]{0,40}[)）]$")
# A bracketed short form after the headword, made of the headword's own characters in their order (國際核與輻射事件分級表(分級表),
# 534; 粤港澳大湾区(大湾区); 世界貿易組織(世貿)): in an answer to a question asking about the headword without it, a short name the
# answer goes on to use, written beside the asked term and no part of it, as a short form after 以下稱 is none (483). Elsewhere
# the golds keep it (長者生活津貼（長生津）同樣是…, P3025), and so does the reader. A qualifier brings characters of its own
# (高技术产业(制造业)) and stays.
_SHORT_FORM_BRACKET = re.compile(rf"{SPACES}*[(（](?P<short>[\u4e00-\u9fff]{{2,8}})[)）]")


def _short_form_of(term: str, gloss: str) -> bool:
    """Whether ``gloss`` is a bracketed short form of ``term`` (``_SHORT_FORM_BRACKET``): its characters all the term's, in order.

    >>> _short_form_of("國際核與輻射事件分級表", "(分級表)"), _short_form_of("世界貿易組織", "(世貿)"), _short_form_of("高技术产业", "(制造业)")
    (True, True, False)
    """
    bracket = _SHORT_FORM_BRACKET.fullmatch(gloss)
    if bracket is None:
        return False
    rest = iter(term_core(term))
    short = bracket.group("short")
    return len(short) < len(term_core(term)) and all(ch in rest for ch in short)


# A bracketed qualifier makes another term (高技术产业(制造业) beside 高技术产业); an English name, an abbreviation or
# another name (工業(industry), 国内生产总值(GDP), X(简称Y)) names the same one.
_QUALIFIER = re.compile(r"[(（](?!简称|簡稱|又称|又稱|全称|全稱|以下简称|以下簡稱|英文|即)[\u4e00-\u9fff、]{1,8}[)）]")
_SENTENCE_BREAK = re.compile(rf"(?:{_SENTENCE_STOP.pattern})[{_CLOSE_CLASS}]*|[:：]|[|｜]")


def _sentence_starts(clean: str) -> list[int]:
    """Where sentences start in a line: its start (after an answer's list number, ``  1. X是…``), after a sentence end
    or ``;`` (closing quotes after it included), after a label's colon and after a table's cell border."""
    number = _ANSWER_NUMBER.match(clean)
    return [number.end() if number else 0] + [match.end() for match in _SENTENCE_BREAK.finditer(clean)]



def _opens_after_number(clean: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens its paragraph right after an answer's list number (``  1. X是…``)."""
    number = _ANSWER_NUMBER.match(clean)
    return number is not None and number.end() == s


# An FAQ's answer number opening its paragraph (``  1. 空气质素健康指数是以…``): a list mark, no part of the subject.
# (the subject may open with a Latin letter: ``C級電力工程`` / ``1. C級電力工程是…的電力工程。``, 489, a regulation extract's
# numbered sections under the heading they restate)
_ANSWER_NUMBER = re.compile(r"[ \t\u3000\xa0]*\d{1,2}[.．][ \t\u3000\xa0]+(?=[\u4e00-\u9fff“「]|[A-Za-z][\u4e00-\u9fff])")


def _sentence_end(clean: str, k: int, *, clause: bool = True) -> int:
    """The end of the sentence (or, with ``clause``, of the clause up to ``;``) that holds ``k``, its
    stop included, or the end of the line."""
    stop = (_SENTENCE_STOP if clause else _FULL_STOP).search(clean, k)
    return stop.end() if stop else len(clean)


# A label announcing the explanations below it, alone on its line (指标解释:, 三、主要统计指标解释, 名词解释).
_ANNOUNCES = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][\s\u3000]*)?(?:主要|专业|專業|相关|相關|常用)?(?:统计|統計)?"
    r"(?:指标|指標|名词|名詞|术语|術語)(?:解释|解釋|涵义|涵義|含义|含義|注释|注釋)[\s\u3000]*[:：]?"
)

# A bare meaning label on a line of its own (含义, 定义, 释义; P501's `含义` over `“三会”是:…;` / `“一课”是:…。`): the lines
# right below it say what its terms mean, as under 名词解释.
_MEANING_LABEL_LINE = re.compile(r"(?:含义|含義|涵义|涵義|定义|定義|释义|釋義)[\s\u3000]*[:：]?")


# A heading asking what a thing is or naming its meaning (一、什么是虚拟电厂?, 1.1 核心内涵, X的定义).
_MEANING_HEADING = re.compile(
    r"(?:(?:什么是|什麼是|何为|何為|何谓|何謂)[^?？]{1,20}|是什么|是什麼|(?:内涵|內涵|定义|定義)(?:[与與和及][^,，。]{1,4})?|含义|含義|涵义|涵義|概念|释义|釋義)[?？]?$"
)
# (the meaning joined to the topic's parts or forms, 数字孪生城市的内涵与核心要素, 一、 夜经济的内涵与多元形态, P1348, P1341)


_MEANING_LABEL_HEADING = re.compile(r"(?:内涵|內涵|(?:定义|定義)(?:[与與和及][^,，。]{1,4})?|含义|含義|涵义|涵義|概念|释义|釋義)$")


def _announces(clean: str) -> bool:
    """A line announcing explanations below it: a glossary label (名词解释, 指标含义) or a bare meaning label (含义)."""
    return bool(_ANNOUNCES.fullmatch(clean) or _MEANING_LABEL_LINE.fullmatch(clean))


class _Topic:
    """What the page is about: its title lines, the terms its questions ask about, how often it names
    a term, and the paragraphs right below a label announcing explanations (whose opening headwords
    are the page's topic by its own word)."""

    __slots__ = ("titles", "asked", "page", "counts", "announced", "lead", "after_lead", "meaning_below", "defined_below", "headings", "above")

    def __init__(self, paras: list[_Para]) -> None:
        self.titles: list[str] = []
        self.headings: list[str] = []  # section headings opening with a quoted word, anywhere on the page (“X”,警民合作新机制)
        self.asked: set[str] = set()
        self.page = _CORE_NOISE.sub("", "".join(p.clean for p in paras))
        self.counts: dict[str, int] = {}
        self.announced: set[int] = set()
        self.lead = -1  # the page's lead: its first paragraph of running text (bylines and headings left out)
        self.after_lead = ""  # the next paragraph with text after the lead (where a one-sentence lead goes on)
        self.meaning_below: set[int] = set()  # paragraphs right below a heading asking what a thing is or naming its meaning
        self.defined_below: set[int] = set()  # of those, the paragraphs below a heading naming the meaning (定义与性质, 核心内涵)
        # the line with text above each paragraph (where a heading over it names its term: _below_heading_naming)
        self.above: list[str] = []
        last = ""
        for para in paras:
            self.above.append(last)
            last = para.clean.strip(" \t\u3000\xa0") or last
        heading = labelled = False  # the last line with text was such a heading (one naming the meaning)
        seen = 0
        below = 0  # lines still announced by a label above
        for n, para in enumerate(paras):
            # (a title's pictographs are no part of its question: 城中村改造是什么意思 🏙️✨, P2634)
            clean = without_emoji_tail(para.clean.strip(" \t\u3000\xa0"))
            if _announces(clean):
                below = 10
                continue
            if not clean or not _SENTENCE_STOP.search(clean):
                below = 0  # a blank line or a heading ends what a label announces (a line item may end in ;)
            elif below:
                self.announced.add(n)
                below -= 1
            if not clean:
                continue
            if heading:
                self.meaning_below.add(n)
            if labelled:
                self.defined_below.add(n)
            heading = len(clean) <= 30 and not _FULL_STOP.search(clean.rstrip("?？")) and _MEANING_HEADING.search(clean) is not None
            labelled = heading and _MEANING_LABEL_HEADING.search(clean) is not None
            if 0 <= self.lead < n and not self.after_lead:
                self.after_lead = clean
            if self.lead < 0 and _FULL_STOP.search(clean) and HAN.search(clean) and not _BYLINE.search(clean[:12]) and not _QUESTION_TITLE.fullmatch(clean):
                self.lead = n
            for match in _QUESTION.finditer(clean):
                asked = term_core(match.group("a") or match.group("b"))
                self.asked.add(asked)
                # (甚麼是國際核與輻射事件分級表(INES)?, 534: the question asks about the name; its abbreviation in brackets names
                # the same thing, so an answer naming it without the bracket, or with another short form, answers it)
                if (abbreviated := _ASKED_ABBREVIATION.search(asked)) is not None and abbreviated.start() >= 2:
                    self.asked.add(asked[: abbreviated.start()])
            if len(clean) <= 40 and not _FULL_STOP.search(clean):
                for match in _COMPARISON_HEADING.finditer(clean):
                    self.asked.update((term_core(match.group("a")), term_core(match.group("b"))))
            bracketed = _BRACKETED_QUESTION.match(clean.lstrip(" \t\u3000\xa0"))
            if bracketed:
                self.asked.add(term_core(bracketed.group("b")))
            if len(clean) <= 30 and clean[:1] in QUOTE_OPENERS and not _FULL_STOP.search(clean) and not clean.endswith((":", "：", "?", "？")):
                self.headings.append(clean)
            if seen < 8:  # the title: one of the first short lines without a full stop, bylines left out
                seen += 1
                if len(clean) <= 60 and "。" not in clean and not clean.endswith((":", "：")) and not _BYLINE.search(clean):
                    self.titles.append(clean)

    def count(self, core: str) -> int:
        if core not in self.counts:
            self.counts[core] = self.page.count(core)
        return self.counts[core]

    def titled(self, core: str) -> bool:
        """Named in the title or asked about — or a compound built on such a term: the term the title names
        with a short tail or a bracketed qualifier (高技术产业分类, 高技术产业(制造业) on a page titled 在统计上怎样界定
        高技术产业), not a description ``X的Y``."""
        if core in self.asked or any(core in title for title in self.titles):
            return True
        for k in range(len(core) - 1, max(2, len(core) - 9), -1):
            if "的" not in core[k:] and (core[:k] in self.asked or any(core[:k] in title for title in self.titles)):
                return True
        return False

    def __call__(self, term: str, *, quoted: bool) -> bool:
        """The page's topic: named in its title or asked about, or named again (three times in all;
        twice for a quoted term)."""
        core = term_core(term)
        return self.titled(core) or self.count(core) >= (2 if quoted else 3)


# Spaces after a sentence end: on a one-line page, where a copy joined its paragraphs.
_JOINED_PARAGRAPHS = re.compile(r"(?<=[。！？!])[ \u3000\xa0]+(?=\S)")


def _paragraphs(text: str) -> list[_Para]:
    """The lines of ``text``, each with where it starts. On a one-line page (a single line of text, blank lines around it
    aside) spaces after a sentence end end a former paragraph, which a copy joined into one line (``长吉图是…设施。
    长吉图开发开放先导区示意图``, P1004, a caption after the card's paragraph; ``…就是“五个五”。 1.总的要求:…``,
    P993): each part is a paragraph of its own."""
    paras: list[_Para] = []
    start = 0
    raws = text.split("\n")
    one_line = sum(1 for raw in raws if raw.strip(" \t\u3000\xa0\r")) == 1
    for raw in raws:
        kept = 0
        if one_line:
            for space in _JOINED_PARAGRAPHS.finditer(raw):
                paras.append(_Para(start + kept, raw[kept : space.start()]))
                kept = space.end()
        paras.append(_Para(start + kept, raw[kept:]))
        start += len(raw) + 1
    return paras


def topic_definitions(text: str) -> list[Found]:
    """The definitions a short page gives of its own topic, for a page no layout reads (module
    docstring): one entry per topic term, in text order.

    >>> page = "全国两会来了!该如何看懂“两会”?\\n通俗地说,全国两会是指全国人民代表大会和中国人民政治协商会议。届时代表委员相聚北京。\\n当然,…\\n"
    >>> [(f.term, f.definition) for f in topic_definitions(page)]
    [('全国两会', '是指全国人民代表大会和中国人民政治协商会议。届时代表委员相聚北京。')]
    >>> topic_definitions("“两区”建设是国家赋予北京的重要使命,是北京…的重要抓手。\\n")
    []
    """
    if len(text) > _SHORT_PAGE:
        return []
    paras = _paragraphs(text)
    topic = _Topic(paras)
    candidates: list[_Candidate] = []
    cleans = [para.clean for para in paras]
    for n, para in enumerate(paras):
        clean = para.clean
        if not HAN.search(clean) or _BYLINE.search(clean[:12]):
            continue
        sentence_starts = _sentence_starts(clean)
        for s in sentence_starts:
            while s < len(clean) and clean[s] in " \t\u3000\xa0":
                s += 1
            if s >= len(clean):
                continue
            cand = _subject_at(clean, s, n, topic)
            if cand is None:
                cand = _aliased_subject_at(clean, s, n, topic)
            if cand is None:
                cand = _subjectless_at(paras, n, s, topic)
            if cand is None:
                cand = _named_then_this_at(clean, s, n, topic)
            if cand is None:
                cand = _run_in_question_at(clean, s, n, topic)
            if cand is None:
                cand = _pronoun_contrast_at(clean, s, sentence_starts, n, topic)
            if cand is None and s == 0 and _under_introduction(cleans, n):
                cand = _introduced_at(clean, n, topic)
            if cand is not None and cand.tier >= 3 and under_scope_heading(cleans, n):
                cand = None  # 一、统计范围 / 城镇居民家庭包括…: the survey's scope, no definition
            if cand is not None:
                candidates.append(cand)
        for match in _QUOTED_COMMA.finditer(clean):
            term = match.group("term")
            core = term_core(term)
            if valid_core(core, quoted=True) and (topic.titled(core) or topic.count(core) >= 3):
                sentence = max(s for s in sentence_starts if s <= match.start())
                candidates.append(_Candidate(2, n, term, match.start("term"), sentence, match.start("marker"), inner=True))
        for match in _BRACKET_JI.finditer(clean):
            term = match.group("term")
            core = term_core(term)
            if valid_core(core, quoted=term[0] in QUOTE_OPENERS) and topic.count(core) >= 3:
                sentence = max(s for s in sentence_starts if s <= match.start())
                bracket = _Candidate(2, n, term, match.start("term"), sentence, match.start("marker"), inner=True)
                bracket.closing = match.start("close")  # (its own entry beside a sentence defining the same term elsewhere)
                bracket.key += "(即)"
                candidates.append(bracket)
    best: dict[str, _Candidate] = {}
    for cand in candidates:  # one entry per term: the strongest marker, then the first
        kept = best.get(cand.key)
        # (of two of a tier, the one right below a heading naming the term's meaning: 定义与性质 / X是…的法律凭证, P1082)
        if kept is None or (cand.tier, cand.para not in topic.defined_below, cand.para, cand.marker) < (
            kept.tier, kept.para not in topic.defined_below, kept.para, kept.marker
        ):
            best[cand.key] = cand
    # a term defined again in a paragraph of its own, opening it, counts again
    # (“省直管县”是…的一种改革模式,指的是… / 一、 / “省直管县”是一种行政体制改革措施,旨在…, P1064) — after the kept one: an
    # earlier one of its tier lost to the paragraph a heading names the definition (定义与性质, P1082's thesis line
    # 土地承包经营权证是土地确权证,但需注意…) and is no second gloss
    again = [
        cand
        for cand in candidates
        if (kept := best[cand.key]) is not cand and (
            cand.para > kept.para and (cand.tier <= kept.tier or _KIND_AGAIN.match(paras[cand.para].clean, cand.marker) is not None)
            and _opens_para(paras[cand.para].clean, cand) and not _standing_again(paras[cand.para].clean, cand)
            # (or a gloss by comma and 即 in a paragraph before the stronger definition: 府院联动,即政府与司法机关之间的紧密
            # 合作,…。 then 府院联动是指…, P1462; 数据确权,即… then 所谓数据确权,就是…, P1439: two glosses, each counts)
            or cand.appositive and cand.para < kept.para
        )
    ]
    chosen = sorted([*best.values(), *again], key=lambda c: (c.para, c.sentence, c.marker))
    starts = {(c.para, c.sentence) for c in chosen}
    out: list[Found] = []
    for cand in chosen:
        entry = _entry(paras, cand, starts, text)
        if entry is not None:
            out.append(entry)
    return out


# A bare 是 naming the kind of thing the term is (是一种…, 是一種…): a paragraph of its own so opening glosses the term again
# even after a stronger marker's definition above (摘要:博士申请考核制,又称为…,是指…。 / 博士申请考核制是一种特殊的博士招考方式,…,
# P3093, an exam site's explainer: both golds count both).
_KIND_AGAIN = re.compile(r"是一[种種]")


def _standing_again(clean: str, cand: _Candidate) -> bool:
    """Whether a second sentence about a term already defined gives its role or standing (``河长制是落实绿色发展理念、推进生态
    文明建设的内在要求,是…的有效举措``), which an answer to a question asking about it may, no second definition; a kind
    of thing (``是一种行政体制改革措施,旨在…``) names its class."""
    predicate = re.sub(r"^(?:是指|指的是|就是指|就是|是|指|即)", "", clean[cand.marker :])
    core = term_core(cand.term)
    role = _role(predicate) and not predicate.startswith(("一种", "一種"))
    return role or _weighs(predicate, core) or _one_weighty(predicate, core)


def _opens_para(clean: str, cand: _Candidate) -> bool:
    """Whether the candidate's sentence opens its paragraph with the term as its subject."""
    return cand.term_at >= 0 and not clean[: cand.term_at].strip(" \t\u3000\xa0" + "“「『\"")


def valid_core(core: str, *, quoted: bool = False) -> bool:
    """A term: 2–20 characters holding a Chinese character (or a Latin abbreviation), neither a
    pronoun nor a clause (an unquoted one ending in an adverb or a particle: 这也是…, 它就是…), nor a
    figure or a date."""
    if not 2 <= len(core) <= 20 or _NO_TERM.search(core) or not quoted and _CLAUSE_END.search(core):
        return False
    if re.fullmatch(r"[\d\s.,%年月日号號]+", core):
        return False
    if _no_term_of_its_own(core.strip("【】[]")):  # 【参考答案】 / 是指…: an exam bank's label, its question's term lost
        return False
    return bool(HAN.search(core)) or bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,9}", core))


_LIST_ITEM = re.compile(r"[\s\u3000]*(?:[(（]?\d{1,2}[)）.．、]|[①-⑳⑴-⒇]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


# The words after a quoted term opening a paragraph that go on about it: a marker, an adverb, its meaning or origin.
_GOES_ON_ABOUT = re.compile(
    r"(?:是|指|即|就是|也|还|還|又|则|則|最|一词|一詞|起源|源于|源於|来源|來源|并|並|不|的(?:含义|含義|内涵|內涵|意思|概念|由来|由來))"
)
_RESTATING_MARKER = re.compile(r"(?:是指|指的是|就是指|系指|係指)")
# After the term as written without quotation marks, the class it belongs to (是一种…) or its aim or nature goes on
# about it (政府信息公開是一種管理制度,… / 政府信息公開的目的在於…, P297); a status sentence (两个维护是…重大成果,
# P267) or its core logic (链长制的核心逻辑在于…, P328) does not.
# (or its duties and functions: 政务中心的主要职责是…, P376)
# (not its meaning set off as a label of its own, X的内涵,基础在全面,…: an entry of the frame, P550)
_UNQUOTED_GOES_ON = re.compile(r"是一[种種项項]|的(?:目的|本质|本質|(?:含义|含義|内涵|內涵)(?![\s\u3000]*[,，:：])|(?:主要)?(?:职责|職責|职能|職能|功能))")


def _restates(paragraph: str, core: str) -> bool:
    """Whether a paragraph opens by naming the term as its subject: quoted (``“三重一大”最早出自于…``), or followed by
    punctuation or a space, or a Latin term followed by anything else (``psl使得…``) — not the first words of a longer
    name (``政府信息公开制度起源于…`` below ``政府信息公开,是指…``)."""
    if paragraph[:1] in QUOTE_OPENERS:
        after = 2 + len(core)  # (after the closing mark: punctuation or a word going on about it, not a new predicate
        # such as 突出的是…: “接诉即办”突出的是“肃进”, a point of a news feature)
        return (
            paragraph[1:].startswith(core)
            and paragraph[1 + len(core) : after] in _Q_CLOSE
            and (not HAN.match(paragraph[after : after + 1]) or _GOES_ON_ABOUT.match(paragraph, after) is not None)
        )
    if not paragraph.startswith(core):
        return False
    after = paragraph[len(core) : len(core) + 1]
    # (or by a marker right after it: 田长制是指… below 田长制是为了…)
    return (
        not HAN.match(after)
        or not HAN.search(core[-1:])
        or _RESTATING_MARKER.match(paragraph, len(core)) is not None
        or _UNQUOTED_GOES_ON.match(paragraph, len(core)) is not None
    )


# A line closing an article: its tags, reading suggestions, neighbours or editor (TAG标签:#田长制, 推荐阅读, 上一篇:…).
_ARTICLE_TAIL = re.compile(
    r"(?:TAG|Tag|tag)?(?:标签|標籤)[:：]|(?:推荐|推薦|相关|相關|延伸)(?:阅读|閱讀|文章)|上一篇|下一篇|(?:责任编辑|責任編輯|责编|責編)[:：]"
)


def _ends_article(paras: list[_Para], m: int) -> bool:
    """Whether paragraph ``m`` holds running text (a comma in it, 20 characters at least) and the next non-blank line
    closes the article (_ARTICLE_TAIL): the page went on, so a paragraph lacking only its stop is whole, not cut."""
    para = paras[m].clean.strip(" \t\u3000\xa0")
    if len(para) < 20 or not re.search(r"[,，]", para):
        return False
    following = next((p.clean.strip(" \t\u3000\xa0") for p in paras[m + 1 :] if p.clean.strip(" \t\u3000\xa0")), "")
    return _ARTICLE_TAIL.match(following) is not None


def _unstopped_paragraph(definition: str, after: str) -> bool:
    """A paragraph of running text that lacks only its closing stop (``城镇化率反映…的一个重要指标,即…的比例城镇化是…的
    过程``), followed by more running text: complete, the page dropping the stop. A line ending no sentence before a list
    or a heading introduces them, and is no definition."""
    following = next((line.strip(" \t\u3000\xa0\r") for line in after.split("\n") if line.strip(" \t\u3000\xa0\r")), "")
    return (
        len(definition) >= 20
        and re.search(r"[,，]", definition) is not None
        and not _LIST_ITEM.match(following)
        and _FULL_STOP.search(following) is not None
        and following.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END))
    )


def _item_line(paras: list[_Para], cand: _Candidate, starts: set[tuple[int, int]], definition: str) -> bool:
    """A definition ending its line with ``;`` while the next line opens another definition: one item of a list of
    line items (``“三会”是:…党小组会;`` / ``“一课”是:按时上好党课。``, P501), complete with its separator."""
    if not definition.endswith((";", "；")):
        return False
    below = cand.para + 1
    while below < len(paras) and not paras[below].clean.strip(" \t\u3000\xa0"):
        below += 1
    return any(para == below for para, _ in starts)


def _list_cut(after: str) -> bool:
    """The numbered items after a lead-in run to the end of the text, the last unfinished: the page
    cut the list the definition announces."""
    lines = [line for line in after.split("\n") if line.strip(" \t\u3000\xa0\r")]
    if not lines or not all(_LIST_ITEM.match(line) for line in lines):
        return False
    return not lines[-1].rstrip(" \t\u3000\xa0\r").rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END) + (";", "；"))


def _named_then_this_at(clean: str, s: int, n: int, topic: _Topic) -> _Candidate | None:
    """A quoted topic named alone in its sentence and defined by the next one through a demonstrative, naming its class
    by its own head word (如“新质生产力”。这是…的新型生产力): the lead-in and the demonstrative are no part of it."""
    match = _NAMED_THEN_THIS.match(clean, s)
    if match is None:
        return None
    term = match.group("term")
    core = term_core(term)
    end = _sentence_end(clean, match.start("marker"))
    if not valid_core(core, quoted=True) or not topic(term, quoted=True):
        return None
    if not _names_class_by_head(core, clean[match.end("marker") : end]):
        return None
    return _Candidate(3, n, term, match.start("term"), s, match.start("marker"))


# A paragraph opening with its subject before 的, 是, 作为 or a comma (积分制超市的核心理念是…).
_PARA_SUBJECT = re.compile(rf"{SPACES}*(?P<term>{QUOTED_TERM}|{_BARE})(?=的|是|作为|作為|[,，])")


def _pronoun_contrast_at(clean: str, s: int, sentences: list[int], n: int, topic: _Topic) -> _Candidate | None:
    """The paragraph's second sentence opening with 它 and saying what the thing is not and then what class it is
    (``积分制超市的核心理念是…。它不是简单的商品兑换点,而是集…于一体的综合性治理平台。``, P1287): a definition of the
    page's topic the paragraph opens with, from the negation (它 left out), as ``X并非…,而是…`` is."""
    if not clean.startswith(("它", "它们", "它們"), s) or s not in sentences or sentences.index(s) != 1:
        return None
    at = pronoun_contrast(clean[s : _sentence_end(clean, s, clause=False)])
    subject = _PARA_SUBJECT.match(clean)
    if at is None or subject is None:
        return None
    term = subject.group("term")
    quoted = term[0] in QUOTE_OPENERS
    if not valid_core(term_core(term), quoted=quoted) or not topic(term, quoted=quoted):
        return None
    return _Candidate(2, n, term, subject.start("term"), s, s + at)


# A section heading introducing what the text is about (1、引介, 簡介, 概述, 前言): the paragraph right below it opening with
# the page's topic term and a bare 是 before ``一種…`` gives the term's kind, the definition the introduction opens with
# (風暴潮是當熱帶氣旋靠近沿岸地區時的一種水位異常上升現象,…, 557, an executive order's annex 《風暴潮警告系統》).
_INTRODUCTION_HEADING = re.compile(
    r"(?:[一二三四五六七八九十\d]{1,2}[、.．][ \t\u3000]*)?(?:引介|引言|简介|簡介|概述|概说|概說|介绍|介紹|前言|导言|導言)"
)
# 一种/一類/一個 before the class noun, in the first clause after 是 (…時的一種水位異常上升現象).
_ONE_KIND = re.compile(r"[^,，。；;:：]*?(?:一种|一種|一类|一類|一个|一個)[^,，。；;:：]*[\u4e00-\u9fff][,，。；;]?")


def _under_introduction(cleans: list[str], n: int) -> bool:
    """Whether paragraph ``n`` stands right below an introduction heading (:data:`_INTRODUCTION_HEADING`), blank lines between."""
    k = n - 1
    while k >= 0 and not cleans[k].strip(" \t\u3000\xa0"):
        k -= 1
    return k >= 0 and n - k <= 3 and _INTRODUCTION_HEADING.fullmatch(cleans[k].strip(" \t\u3000\xa0")) is not None


def _introduced_at(clean: str, n: int, topic: _Topic) -> _Candidate | None:
    """The topic term's kind given by the paragraph opening an introduction (see :data:`_INTRODUCTION_HEADING`): the page's
    topic term, unquoted or quoted, plain (no lead-in, frame or comma), a bare 是 and a first clause naming 一種 of a class —
    not a role or a standing (…是…的關鍵, 是…的一個重要組成部分)."""
    match = _SUBJECT.match(clean, 0)
    if match is None or match.group("marker") != "是" or match.group("lead") or match.group("frame") or match.group("comma"):
        return None
    term = match.group("term")
    core = term_core(term)
    if not valid_core(core, quoted=term[0] in QUOTE_OPENERS) or not topic(core, quoted=term[0] in QUOTE_OPENERS):
        return None
    predicate = clean[match.end("marker") : _sentence_end(clean, match.end("marker"))]
    if not _ONE_KIND.match(_first_clause(predicate) + "。") or _role(predicate) or _weighs(predicate, core) or _one_weighty(predicate, core):
        return None
    return _Candidate(3, n, term, match.start("term"), 0, match.start("marker"))


# A document's defining verb closing the frame before the word it defines (《通知》明确定义, 《办法》界定): X为… is its definition.
_DOC_DEFINES = re.compile(r"》[^《》]{0,4}?(?:定义|定義|界定)$")


# A sentence opening with a word pointing back at the subject before it (它, 其, 该, 此, 即): the paragraph after a one-sentence
# lead goes on about the lead's subject (该项计划由试点高校…, P3078).
_POINTS_BACK = re.compile(rf"(?:^|[{_SENTENCE_END}]){SPACES}*(?:它|其|这|這|该|該|此|即(?![使便将將刻时時可]))")
# The same in the paragraph after the lead, where only a word standing for the subject counts (该项计划, 其, 它): a word pointing at a
# place or a time in the text (这里, 这些年, 此外, 其中, 其次, 此前), or 即, points at no subject (今年工作的总体要求是：…。 / 今年…的
# 主要预期目标是：…。这里，着重对…作些说明。, review 70, a work report: the lead announces a content, the next paragraph another).
_POINTS_BACK_NEXT = re.compile(
    rf"(?:^|[{_SENTENCE_END}]){SPACES}*(?:它(?![们們])|其(?![中次实實后後余餘他它])|(?:该|該)|此(?![外时時前后後次])|(?:这|這)(?![里裡些样樣时時]))"
)


def _subject_at(clean: str, s: int, n: int, topic: _Topic) -> _Candidate | None:
    """A definition sentence opening at ``s`` with its headword (after lead-ins and frames), or None."""
    match = _SUBJECT.match(clean, s)
    if match is not None and match.group("marker") in ("为", "為") and _DOC_DEFINES.search(match.group("frame") or ""):
        term = match.group("term")
        if not valid_core(term_core(term)) or not topic(term, quoted=False):
            return None
        return _Candidate(1, n, term, match.start("term"), s, match.start("marker"))  # 《通知》明确定义X为“…”: the document's gloss
    if match is not None and match.group("marker") in ("为", "為") and not _genus_by_head(
        term_core(match.group("term")), clean[match.end("marker") : _sentence_end(clean, match.end("marker"))]
    ):
        # 農業保險為新型態產物保險 names a class by the term's head word; 損失為1億元, 目標為…, 混淆行为就是… (為 inside a
        # word) do not: read as without the copula
        match = _SUBJECT_PLAIN.match(clean, s)
    if match is None:
        return None
    term = match.group("term")
    quoted = term[0] in QUOTE_OPENERS or term[-1] in _Q_CLOSE
    latin = bool(re.fullmatch(_LATIN, term))
    core = term_core(term)
    contrasted = _CONTRAST_ZE.fullmatch(term)
    contrasted = contrasted if contrasted and term_core(contrasted.group("word")) in topic.asked else None
    if not valid_core(term_core(contrasted.group("word")) if contrasted else core, quoted=quoted):
        return None
    if term[0] not in QUOTE_OPENERS and quoted and _VERB_PREFIX.match(term):
        return None  # 深化“一网通办”是…: a verb before the quoted term, a sentence about it
    marker = match.group("marker")
    comparison = _COMPARISON_FRAME.search(match.group("frame") or "")
    if match.group("compared") and not (comparison is not None and _TIER1_MARKER.fullmatch(marker)):
        return None  # (相比“非农化”,“非粮化”更加严格地细化了…,特指…: only after a comparison, and before a strong marker)
    if marker == "表示" and not match.group("adverb"):
        return None
    if match.group("alias") and not match.group("conn") and not _TIER1_MARKER.fullmatch(marker):
        return None  # X又称Y,是…: the alias opens the definition (read by the alias reading), not set aside
    # (before a strong marker the other name is an aside as before a connective: 博士申请考核制,又称为博士研究生选拔考核制或…,是指在
    # 招收博士研究生时,…, P3093; the definition opens at 是指)
    gloss = match.group("gloss") or ""
    if _OTHER_NAME_GLOSS.match(gloss) or _short_form_of(term, gloss) and term_core(term) in topic.asked:
        gloss = ""  # “五年规划”(原称“五年计划”),是…: another name, no part of the term (an abbreviation, (GDP), stays)
    candidate = _Candidate(0, n, term, match.start("term"), s, match.start("adverb") if match.group("adverb") else match.start("marker"), gloss=gloss)
    if contrasted:
        # 而社区工作者则是…, 社区工作者则更多是…: one of the two compared words, 则 the contrast's connective (left out) and an
        # adverb after it the definition's own (更多是…, as the gold of P3241 keeps it)
        word = contrasted.group("word")
        term, core = word, term_core(word)
        candidate = _Candidate(0, n, word, match.start("term"), s, match.start("term") + contrasted.end("ze"), gloss="")
        if contrasted.group("adverb") == "" and not gloss:
            candidate.marker = match.start("adverb") if match.group("adverb") else match.start("marker")
    end = _sentence_end(clean, match.start("marker"))
    sentence = clean[s:end]
    predicate = clean[match.end("marker") : end]
    # (是一个… gives a status, 是一个…的平台, unless a later clause says what the thing it names means or describes:
    # 是一个…的综合性概念,用于描述…)
    goes_on = predicate.startswith(("一个", "一個")) and _GOES_ON_TO_MEAN.search(predicate) is not None
    # (or 是一个…的组织/机构 names the kind of body it is, P2455; the later checks still decide whether it is the page's topic)
    goes_on = goes_on or predicate.startswith(("一个", "一個")) and _BODY_AFTER_OF.fullmatch(_first_clause(predicate)) is not None
    measures = marker == "反映" or _USED_TO_MEASURE_MARKER.fullmatch(marker) is not None
    # (一個 after a verb of measuring opens its object, 用以分析一個經濟體系內…, no status 是一個…)
    not_defining = _NOT_DEFINITION.match(clean, match.end("marker")) and not (measures and marker != "反映")
    if not_defining and not _short_form_named(predicate) and not goes_on or sentence.rstrip(_CLOSERS).endswith(("?", "？")):
        return None  # 「新質生產力」是甚麼?: a question
    opening = not clean[:s].strip(" \t\u3000\xa0") or _opens_after_number(clean, s)  # the sentence opens its paragraph
    opening = opening or _reads_term(clean[:s], core)  # 涪(fú)、陵(líng) 。涪陵区是…: after the reading of the term
    plain = not match.group("lead") and not match.group("frame")
    key_topic = topic(candidate.key, quoted=quoted) or topic(term, quoted=quoted)
    # (a plain-words lead-in, 简单来说,链长制就是…, sets the headword apart as a connective after it does)
    plain_words = _PLAIN_WORDS_LEAD.search(match.group("lead") or "") is not None
    if plain_words and opening and key_topic and not match.group("frame") and (re.fullmatch(_TIER2, marker) or marker == "是"):
        # 通俗说:“点状供地”是建多少,供多少…。 (P1083), 简单来说,X就是…: the term glossed again in plain words, a second entry
        # beside its definition (as P311's 簡而言之 and P298's 简单说…就是) — unless it only weighs the term (…是…的关键)
        if marker == "是" and (_weighs(predicate, core) or _one_weighty(predicate, core) or _role(predicate)):
            return None
        candidate.tier = 2 if marker != "是" else 3
        candidate.key += "(plain)"
        return candidate
    structural = bool(quoted or latin or match.group("conn") or match.group("socalled") or match.group("frame") or plain_words)
    if match.group("comma") and (marker != "就是" or _names_class_by_head(core, predicate)):
        # X,就是… defines when it names the term's class (高质量发展,就是能够…的发展); otherwise it says what a task
        # means (促和谐,就是要…, 适时,就是把握好…), as reports do
        structural = True
    if marker == "就是" and _MEANING_CLOSES.search(predicate):
        structural = True  # 全民参保计划就是让…都参加社保的意思。: the sentence says it gives the term's meaning (P1032)
    if re.fullmatch(_DEFINED_AS, marker):  # 《关于…的意见》对灵活就业的界定是:个体经营、…
        if not key_topic:
            return None
        candidate.tier, candidate.marker = 1, match.end("marker")
        return candidate
    if re.fullmatch(_BARE_NOT_BUT, marker):
        # “X”不是A,而是B: the page's quoted topic opening its paragraph right below a heading naming its meaning (“X”的内涵)
        if _NOT_OF_A_KIND.match(clean, match.end("marker")) or _DENIED_COURSE.match(clean, match.end("marker")) or not (
            quoted and opening and key_topic and n in topic.meaning_below and _RATHER_CLAUSE.match(sentence, match.end("marker") - s)
        ):
            return None
        candidate.tier = 3  # (as the bare 是 it replaces: the paragraph's own, a later 是 paragraph on the topic another entry)
        return candidate
    if re.fullmatch(NOT_BUT, marker):
        # X并非A,而是B: a definition only of the page's topic, opening its paragraph right below a heading asking what it is or
        # naming its meaning, whose 而是 clause in the same sentence names a class (…的能源系统, 一个…平台) — not a report's 这并不是…,而是要… nor a cause, 并不是因为…,而是因为…
        # (under any other heading the contrast is a remark on the term: “X”并非一本实际存在的词典,而是…)
        if not (opening and key_topic and n in topic.meaning_below and contrast_defines(sentence[match.start("marker") - s :])):
            return None
        candidate.tier = 2
        return candidate
    if marker in (":", "："):  # "旅游出口":对一个国家而言,…: a quoted topic opening its paragraph, then a colon
        if not (quoted and opening and plain and key_topic):
            return None
        if figures_list(clean[match.end("marker") : _sentence_end(clean, match.end("marker"), clause=False)]):
            return None  # “八个增长”:国内生产总值19.5亿元,增长15.6%;…: a report's results, no definition
        candidate.tier, candidate.marker = 2, match.end("marker")
        return candidate
    if n in topic.announced and opening and not match.group("lead") and marker not in _INCLUDE_MARKERS and not measures:
        # 指标解释: / 工业增加值增长速度即工业增长速度,是… / 产品销售率是…的比率: the label names them explanations
        candidate.tier = 1 if _TIER1_MARKER.fullmatch(marker) else 2
        return candidate
    if _TIER1_MARKER.fullmatch(marker) or marker == "指" and match.group("adverb"):
        candidate.tier = 1
        if not key_topic:
            return None
    elif re.fullmatch(_TIER2, marker):
        candidate.tier = 2
        # a headword set off by commas around another name (工業增加值增長速度,即工業增長速度,是…的指標) is named
        # apart like a quoted one: named twice on the page, it is the page's topic
        alias = bool(match.group("comma")) and _ALIAS_THEN_CLASS.match(predicate) is not None
        if not structural or not (key_topic or alias and topic(term, quoted=True)):
            return None
        candidate.appositive = bool(match.group("comma")) and marker.startswith("即") and key_topic
        candidate.inner = candidate.inner or candidate.appositive and not opening  # (in a paragraph's middle: to its sentence end)
    elif marker in _INCLUDE_MARKERS or measures:
        # what a thing comprises or what an indicator reflects defines it only on a page about it, in a sentence opening
        # without a lead-in (包括: anywhere in the paragraph; 反映: at its start)
        candidate.tier = 3
        if not plain or not topic.titled(candidate.key) or measures and not opening:
            return None
        if marker != "反映" and measures and _asked_only_why(topic, candidate.key):
            return None  # 为什么要开展调查? / 调查用于评估政策执行效果。: what it is for, answering why, no definition (review 73)
        if topic_section(core):
            return None  # 3. 被征地养老保险的基本内容 / 被征地养老保险的基本内容包括两个方面:…: an outline's aspect of its topic, no term
        if announces_parts(core):
            return None  # 社会保障 / 社会保障共分四类,包括…: a card counting its headword's kinds, a classification, no term
    else:  # the bare 是 (是由)
        candidate.tier = 3
        if _ORIGIN.match(predicate):
            return None  # 首發經濟是從「首店經濟」引伸而來: where the word comes from, not what it means
        # (after a comparison, only with a thing of its kind, 相比传统的农村集体经济,新型农村集体经济是…: one with a period
        # or a place gives its standing, 相比上半年,民营经济是全市经济增长的主要力量)
        alike = comparison is not None and len(core) >= 3 and core[-2:] in comparison.group()
        if comparison is not None and not alike:
            return None  # (so from here on, a comparison is one with a thing of the term's kind)
        says = _NAMES.search(sentence) or _GOES_ON_TO_MEAN.search(clean, match.end("marker"), end)
        if not says and _weighs(predicate, core):
            return None  # 什么是营商环境? / 营商环境是企业生存发展的土壤: an answer judging the asked term defines it no more
        if not says and _one_weighty(predicate, core):
            return None  # 【什么是三生教育】“三生教育”是…提出的一项重要理念,旨在…: its standing, even as an answer (P1001)
        if core in topic.asked or says and key_topic:
            return candidate
        answered = plain or _ANSWER_LABEL_LEAD.fullmatch(match.group("lead") or "") is not None and not match.group("frame")
        if opening and answered and not match.group("comma") and _CLOSES_ON_COMMON_NAME.search(clean[s : _sentence_end(clean, s, clause=False)]):
            return candidate  # 答: 植物检疫是以法规为依据,…的各种措施的总称。: the sentence says the term names all it lists
        if n in topic.defined_below and opening and plain and key_topic and not _role(predicate):
            return candidate  # 定义与性质 / X是政府依法颁发的…法律凭证,…: the heading announces the definition (P1082)
        if quoted and key_topic and predicate[:1] in ":：" and not opening:
            return candidate  # …制度。“三会”是:定期召开…;“一课”是:按时上好党课。: 是 and a colon give a quoted part's content
        if _role(predicate) and not _first_clause_by_head(core, predicate) and not _one_of_its_divisions(core, predicate) and not (
            opening and plain and _counted_genus(predicate) and _below_heading_naming(topic, n, core)
        ):
            # (unless the first clause names the term's class by its head word, a later clause giving a role beside it:
            # “万亩千亿”新产业平台是以…为主导的高能级产业大平台,是…的一项重大举措, P1050; or its class counted as one after its
            # difference: …是对从事社会工作专业人才的一种资格认证,它不仅是…的重要文件,更是…的有效手段, P3416)
            return None  # X是…的关键 / 是个新词 / 是…专业术语 / 是由…决定的: a role, a kind of word, a cleft
        # a sentence (not a clause after ; or a label's colon) of the page's topic term, in a paragraph about it (opening
        # with it or naming it in its first sentence), naming the term's class by the term's own head word
        # (楼宇经济是…的新兴经济形态, 高技术产业分类是…的派生分类) — or the page's lead sentence naming its subject's
        # class (CPI是…的宏观经济指标。)
        before = clean[:s].rstrip(" \t\u3000\xa0" + _CLOSERS)
        rest = clean[end:]
        # (or the paragraph goes on about it, the next sentence opening with the term again: 第一要义是发展。科学发展观是…
        # 的发展观。科学发展观第一要义是…, P991, an answer whose first sentence answers a question the page lost — when the
        # sentence closes on the class; a series of 是 clauses praising it, one holding the head word in passing, is a
        # eulogy: 毛泽东思想，是…的指路明灯，是…的强大的思想武器，…。毛泽东思想，是…, the eleventh congress report)
        about = opening or before.endswith(tuple(_SENTENCE_END)) and (
            core in clean[: _sentence_end(clean, 0, clause=False)]
            or rest.lstrip(" \t\u3000\xa0").startswith(core) and _closes_on_class(core, predicate)
        )
        # (the lead paragraph going on about its subject after the first sentence: naming it again or referring back to it)
        # (or naming its class by the term's own head word: 新质生产力是…的先进生产力质态。, a card's one line; after a
        # comparison setting it beside another, 相比传统的农村集体经济,新型农村集体经济是…的一种新型的经济形式。)
        # (a lead of one sentence goes on in the next paragraph, which refers back to its subject: 高考强基计划是一种新的高考招生录取
        # 模式,…。 / 为国家重大战略领域…输送后备人才。该项计划由试点高校…, P3078, an education site's explainer; explainers and answer
        # sites break their lead after its first sentence alike)
        next_para = n == topic.lead and not rest.strip(" \t\u3000\xa0")  # a one-sentence lead: read the paragraph after it
        going_on = "。" + topic.after_lead if next_para else rest
        lead = (
            n == topic.lead and opening and (plain or alike and not match.group("lead")) and not match.group("comma") and "的" in predicate
            and (
                core in rest or core in _CORE_NOISE.sub("", rest)
                or (_POINTS_BACK_NEXT if next_para else _POINTS_BACK).search(going_on) is not None
                # (a one-sentence lead whose next paragraph opens with its subject again goes on about it, as a later
                # sentence naming it does: 下水道是都市基本公共建設,是…不可或缺的公共設施。 / 下水道同時具…之功能, 976, a
                # city water bureau's knowledge page)
                or next_para and _SUBJECT_AGAIN.match(topic.after_lead, len(core)) is not None and topic.after_lead.startswith(core)
                and _ANOTHER_STANDING.match(topic.after_lead, len(core)) is None
                or _names_class_by_head(core, predicate)
            )
        )
        # (or, in a paragraph about the term, a sentence between one naming it and one opening with it again naming a class
        # after 的: 特色小镇作为…,是…实践。特色小镇是集工业与生活于一体的综合性区域,…。特色小镇按照…, P1075)
        amid = (
            key_topic and not opening and plain and not match.group("comma") and core in before
            and rest.lstrip(" \t\u3000\xa0").startswith(core) and _CLASS_AFTER_OF.match(predicate) is not None
        )
        # (or an encyclopedia's lead naming the subject's other name right after its class: 重庆市是中华人民共和国省级行政区,
        # 简称渝。, P938)
        aliased = opening and plain and not match.group("comma") and _ALIAS_AFTER_CLASS.match(predicate) is not None
        aliased = aliased and topic(term, quoted=True) and not _role(_first_clause(predicate))
        # (or a quoted term the title names, in a paragraph about it, whose first clause names a class after 的: a news item's
        # 秭归的“幸福村落”创建…被纳入其中。“幸福村落”是秭归县摸索出的农村基层社会服务管理新模式。, P1980 under 秭归“幸福村落”入列…)
        # (or under a section heading opening with that quoted word: “红枫义警”,警民合作新机制 / … / 枫桥镇“红枫义警”是一个由热心群众为
        # 主体的平安公益类社会组织,成立于2017年7月。, P2455, a news agency's story; a body's kind after 的 is its class too)
        # (the heading's word is the term or its end, after a field or a place prefix: 枫桥镇“红枫义警” under “红枫义警”,…)
        headed = quoted and about and any(
            (w := _QUOTED_WORD.match(h)) is not None and len(term_core(w.group())) >= 2 and core.endswith(term_core(w.group()))
            for h in topic.headings
        )
        # (or, unquoted, the titled term opening its paragraph bare, no lead or frame before it: 规范授权运营 / …3种方式… /
        # “授权运营是《意见》中提出的公共数据开发利用新模式,通过…, P3560, a news agency's report quoting a professor; the
        # title naming the term, the paragraph opening with it and the kind closing the first clause are the evidence a
        # quotation mark gives the quoted term)
        # (not below a heading naming an aspect of a topic or the relation of two, 3、劳动关系与劳动合同的关系 / 劳动合同是劳动关系的
        # 法律形式,…: what the section says of it, dev-73's outline)
        bare_titled = opening and plain and not match.group("comma") and not topic_section(topic.above[n])
        titled_class = (quoted and about or bare_titled) and (
            topic.titled(core) and _KIND_AFTER_OF.fullmatch(_first_clause(predicate)) is not None
            or quoted and headed and _BODY_AFTER_OF.fullmatch(_first_clause(predicate)) is not None
        )
        # (or a paragraph opening with the page's topic term gathered into one class, 田园综合体是集现代农业、休闲旅游、田园社区为
        # 一体的特色小镇和乡村综合发展模式,…, P2200, a company's news page: the formula says what the thing is made of)
        gathered = opening and plain and key_topic and not match.group("comma") and _GATHERED_INTO_ONE.match(predicate) is not None
        # (or a paragraph opening with a compound of the page's counted topic, its head a short tail on the topic and the class
        # named by that head: DIP付费是预付费模式,…, P2301, on a page naming DIP throughout, its title cut off)
        built = opening and plain and not match.group("comma") and _built_on_topic(core, topic)
        # (or a sentence opening with a word its paragraph's first sentence named, glossed by 是 and then restated in other
        # words after a comma and 即: …开展DRG付费国家试点工作的城市…进入模拟运行阶段。DRG付费是按疾病诊断相关分组付费,即根据
        # 年龄、疾病诊断…预付医疗费用的付费方式。, P2430, a news brief; the restatement says the clause before named what the
        # word means, as …,是指 after it does; a word named once before suffices, the restatement being the sign)
        # (not a word the paragraph opens several sentences or clauses with before 是, listing what matters: 特别是…,
        # 重点是…, 关键是…, each a point of its own; nor an adverb before 是; review 55)
        restated = (
            about and not opening and plain and not match.group("comma") and topic.count(core) >= 2
            and _RESTATING_JI.search(clean, match.end("marker"), end) is not None
            and not _ADVERB_BEFORE_SHI.fullmatch(core)
            and len(re.findall(rf"(?:^|(?<=[。！？!；;,，\n\s\u3000]))(?:{re.escape(core)})(?:就|也|则|則|还|還|更)?是(?![指否])", clean)) < 2
        )
        # (or a paragraph opening with the page's topic term, named three times at least, whose first sentence closes on a kind of
        # arrangement after 的 — its last clause, the clauses before it saying who runs it and what for: 2、公费师范生是国家为了吸引
        # 优秀人才从教,…,在…六所教育部直属师范大学面向师范专业本科生实行的,由中央财政承担…的培养管理制度。, P3080, an answer site's
        # numbered answer; encyclopedias close their leads on 的…制度, 的…模式 alike)
        closing_kind = (
            opening and not match.group("frame") and _ITEM_NUMBER_ONLY.fullmatch(match.group("lead") or "") is not None
            and key_topic and not match.group("comma") and topic.count(core) >= 3
            and _KIND_AFTER_OF.fullmatch(_last_clause(predicate)) is not None
        )
        # (or a kind counted as one after the literary copula, X為一項Y: the class named whatever its head, P3026; after 是 a kind
        # so counted is often weighed, 信息是一种重要的资源, P2994, and left to the checks above)
        one_kind = marker in ("为", "為") and _ONE_OF_A_KIND.fullmatch(_first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")) is not None
        by_character = opening and plain and not match.group("comma") and _class_by_last_character(core, predicate)
        # (or a paragraph opening with the page's topic term whose first clause is genus and difference, the class counted as one
        # after 的: 社会工作者职业资格证书是对从事社会工作专业人才的一种资格认证,它不仅是…, P3416, an exam site's numbered
        # article; 审计是对…进行的一种独立监督, 风暴潮是…时的一种水位异常上升现象 alike — not 的一种重要力量 nor 的一种手段: a standing)
        # (only right below a heading naming the term: under 1、歷史 the same sentence stays unread, dev-47's counter-case)
        counted_genus = (
            opening and plain and key_topic and not match.group("comma") and _counted_genus(predicate) and _below_heading_naming(topic, n, core)
        )
        if not ((key_topic or built) and about and (_names_class_by_head(core, predicate) or one_kind or by_character) or lead or amid or aliased or titled_class or gathered or restated or closing_kind or counted_genus):
            return None
    return candidate


# An encyclopedia's lead sentence about a place or a thing: its headword opening the paragraph, clauses giving its other
# names (简称晋, 古称瓯, 又称“三晋”) and where it lies (位于…, 地处…), then 是 and its class (温州,古称瓯,…,位于长三角和
# 海西区交汇处,是我国东南沿海重要港口城市,…, P941; 山西,简称晋,又称“三晋”,是中华人民共和国的一个省,…, P924). The
# first clause names another name or a place; the rest, up to five, no 是 of their own.
_OTHER_NAME = r"[简簡][称稱]|又[称稱]|古[称稱]|旧称|舊稱|别称|別稱|亦[称稱]|俗[称稱]|通[称稱]|原[称稱]|雅[称稱]|又名|古名"
_NAME_OR_PLACE = rf"(?:{_OTHER_NAME}|位于|位於|地处|地處|位处|位處)"
_ALIASED_SUBJECT = re.compile(
    rf"(?P<term>{_BARE}){SPACES}*[,，]{SPACES}*{_NAME_OR_PLACE}[^,，。；;:：是\n]{{1,30}}"
    rf"(?:[,，][^,，。；;:：是\n]{{1,30}}){{0,5}}[,，]{SPACES}*(?P<marker>是(?![否在因为為不指]|由于|由於))"
)
# A short form and its full name, quoted, an English name in brackets after it if any, then a comma and 是 (DIP全称为"按病种
# 分值付费"(Diagnosis-Intervention Packet),是一套…的完整管理体系。, P2301; 自贸区,全称为“自由贸易区”,是一种特殊的经济区域,
# P2342): the full name is the term's other name, as 简称 is the other way round, and the definition opens at 是.
# The full name may stand bare and be called 全名 (長照險,全名長期照顧保險,是一種針對「失能」或「失智」狀態給付的保險。, P2607, an
# insurance site's answer under 長照險是什麼?): the same other name, up to the comma before 是.
_FULL_NAME_SUBJECT = re.compile(
    rf"(?P<term>{_LATIN}|{_BARE}){SPACES}*[,，]?{SPACES}*全(?:[称稱]|名)(?:为|為|是)?{SPACES}*"
    rf"(?:[“「\"][^“”「」\"\n]{{2,30}}[”」\"]|[^,，。；;:：!！?？“”「」\"是\n]{{2,30}}(?=[,，])|[^,，。；;:：!！?？“”「」\"是\n()（）]{{2,30}}(?=[(（]))"
    rf"{SPACES}*(?:[(（][^()（）\n]{{1,60}}[)）])?"
    # (a popular or short name after the full one, quoted or bare, before 是: DSE全稱為香港中學文憑考試(Hong Kong Diploma of Secondary
    # Education Examination),俗稱“香港高考”是香港教育制度中的一項重要考試, P3082, a training site's explainer; …,简称X,是…)
    rf"(?:{SPACES}*[,，]{SPACES}*(?:俗|又|亦|也|通|简|簡)(?:[称稱]|名|叫)(?:为|為|作)?{SPACES}*"
    rf"(?:[“「\"][^“”「」\"\n]{{2,30}}[”」\"](?={SPACES}*[,，]?{SPACES}*是)|[^,，。；;:：!！?？“”「」\"是\n]{{2,20}}(?=[,，])))?"
    rf"{SPACES}*(?:[,，]|(?<=[”」\"]))?{SPACES}*(?P<marker>(?<=[,，”」\"])是(?![否在因为為不指]|由于|由於))"
)
# A lead naming where the thing came from, what it was founded on or when it was set up before its class, the subject bare or
# quoted, no comma needed after it (「在地創生」發源於2014年日本的新名詞,是日本為了…的一系列政策總稱。, P2572, a blog's answer;
# 社區發展協會依據內政部…頒訂的章程範本,是一個非營利的社會團體,…, P2578, an editorial; 某協會,成立於1990年,是…, an
# encyclopedia's lead): the clause is the thing's origin, basis or founding, said in passing, and the definition opens at 是.
_ORIGIN_CLAUSE = (
    r"(?:依据|依據|根据|根據|发源于|發源於|源于|源於|起源于|起源於|成立于|成立於|始建于|始建於|创建于|創建於|创立于|創立於|"
    r"设立于|設立於|诞生于|誕生於)"
)
_FOUNDED_SUBJECT = re.compile(
    rf"(?P<term>[“「][^“”「」\n]{{2,15}}[”」]|{_BARE}){SPACES}*[,，]?{SPACES}*{_ORIGIN_CLAUSE}[^,，。；;:：!！?？是\n]{{1,40}}"
    rf"[,，]{SPACES}*(?P<marker>是(?![否在因为為不指]|由于|由於))"
)
# The same other name right after the class clause (重庆市是中华人民共和国省级行政区,简称渝。).
_ALIAS_AFTER_CLASS = re.compile(rf"[^,，。；;:：]{{2,40}}[,，](?:{_OTHER_NAME})[^,，。；;:：]{{1,12}}[。；;,，]")


# Where the first clause after 是 ends (a comma, a semicolon or a sentence's stop).
_FIRST_CLAUSE_BREAK = re.compile(r"[,，；;。！？!?]")


def _first_clause(predicate: str) -> str:
    """The first clause of ``predicate`` (up to its first comma, semicolon or stop)."""
    return _FIRST_CLAUSE_BREAK.split(predicate, maxsplit=1)[0]


def _aliased_subject_at(clean: str, s: int, n: int, topic: _Topic) -> _Candidate | None:
    """An encyclopedia's lead (``_ALIASED_SUBJECT``) opening its paragraph, of a headword the page names again: the
    definition opens at 是, the other names and the place left out — unless the class clause gives a role or a standing
    (``X,简称Y,是…的关键``)."""
    if clean[:s].strip(" \t\u3000\xa0"):
        return None
    match = _ALIASED_SUBJECT.match(clean, s) or _FULL_NAME_SUBJECT.match(clean, s) or _FOUNDED_SUBJECT.match(clean, s)
    if match is None:
        return None
    term = match.group("term")
    core = term_core(term)
    if not valid_core(core) or not topic(term, quoted=True):
        return None
    predicate = clean[match.end("marker") : _sentence_end(clean, match.start("marker"))]
    first = _first_clause(predicate)
    if _NOT_DEFINITION.match(first) or _role(first) or _weighs(first, core):
        return None
    if _RANKED.search(first):
        return None  # 大会全称为“…”,是今年最重要的政治活动, X,简称…,是今年最受关注的展会: a ranking, no class (review 54)
    return _Candidate(3, n, term, match.start("term"), s, match.start("marker"))


# A superlative ranking the thing among others (最重要, 最受关注, 最长), not a rank in a hierarchy (最高国家权力机关, 最低工资).
_RANKED = re.compile(r"最(?![高低])")


# What a bare 是 says when it gives no definition: a role or a status (X是…的关键, 是…重要举措, 是…主要渠道, 是…新鲜动能),
# what kind of word the term is (是…专业术语, 是个新词, 是…两个重要的概念), or a cleft (是由…决定的。). The last word of the
# clause after 是 tells.
ROLE_NOUN = re.compile(
    r"(?:关键|關鍵|抓手|引擎|动力|動力|动能|動能|支柱|支撑|支撐|保障|前提|基础|基礎|目的|目标|目標|途径|途徑|路径|路徑|渠道|方向|"
    r"重点|重點|核心|任务|任務|要求|手段|窗口|体现|體現|之路|一招|举措|舉措|措施|组成部分|組成部分|趋势|趨勢|共识|共識|问题|問題|"
    r"生力军|生力軍|着力点|著力點|突破口|落脚点|落腳點|切入点|切入點|出发点|出發點|主线|主線|根本|灵魂|靈魂|标志|標誌|象征|象徵|"
    r"术语|術語|概念|名词|名詞|新词|新詞|提法|范畴|範疇|说法|說法|热词|熱詞|关键词|關鍵詞|大事|實事|实事|使命|主力军|主力軍|生命线|生命線|"
    # (what a slogan came out of: “三个模式”是山东从改革开放初期至今不断创新发展的成果, P1171)
    r"成果|"
    # (what a larger work holds it as: "四乱五清"是中国农村环境整治行动的具体内容, P2197, an answer site's lead before the parts' glosses)
    r"内容|內容|"
    # (a step or a link of a larger work: 建设…物流中心是深圳高质量发展的关键一步, P2410, a column's news lead; 是…的重要一环)
    r"一步|一环|一環|"
    # (what is talked about: 新质生产力是近年来学界讨论的热点, a journal abstract's opening, review 54)
    r"热点|熱點|焦点|焦點|话题|話題|"
    r"之一)$"
)


# After X,即: another name, a comma and 是 naming a class (即工業增長速度,是用來反映…的指標).
_ALIAS_THEN_CLASS = re.compile(r"[^,，。；;]{2,20}[,，]是[^。；;]*的[^。；;,，的]{1,8}[。；;]")
# A Latin topic with a two-character Han tail (DIP付费).
_LATIN_WITH_HAN_TAIL = re.compile(r"([A-Za-z][A-Za-z0-9]{1,9})([\u4e00-\u9fff]{2})")


def _built_on_topic(core: str, topic: _Topic) -> bool:
    """Whether ``core`` is a Latin topic the page names three times or more with a two-character Han tail (``DIP付费`` on a page
    about DIP): the tail is the compound's head, which the genus check then looks for."""
    match = _LATIN_WITH_HAN_TAIL.fullmatch(core)
    return match is not None and topic.count(match.group(1)) >= 3


# A term naming a numbered provision (23條, 第5条, 1号): its head word is the measure word after the number.
_NUMBERED_PROVISION = re.compile(r"\d+(?P<unit>[条條款])$")


# A quoted title (《基本工資審議辦法》): a document's name, its words no class of the sentence's subject.
_TITLE_QUOTED = re.compile(r"《[^《》]{1,40}》")
# Where a predicate's clauses part: a comma or a semicolon, full-width or not.
_CLAUSE_BREAK = re.compile(r"[,，；;]")
# A preposition opening the predicate's first clause, a frame before the class (基於勞動契約之約定, 根據…, 以…, 由…): only after it
# does a middle clause closing on the head name the class. After a standing (城市更新是今年的重点工作,要加快推进…的更新,…, review
# 63) the middle clause is a task, its head word the work's object; a subject that is a phrase with 的 (明年发展国民经济的主要任务
# 是，在…的基础上，…，完成…尚未完成的任务，为…作好准备。, a 1965 government work report, review 63) states a report's tasks.
_OPENING_FRAME = re.compile(r"(?:基於|基于|根據|根据|依據|依据|依照|按照|依|按|以|在|由|經|经|為|为|於|于|對|对|從|从)")
# A quoted phrase inside the predicate (是一种“始于获得感,终于获得感”的政务服务评价机制, P2748, a consultancy's commentary): a slogan
# or a quotation, its commas no clause breaks of the sentence.
_QUOTED_PHRASE = re.compile(r"[“「][^“”「」。\n]{1,40}[”」]")


def _quoted_commas_kept(predicate: str) -> str:
    """``predicate`` with the commas and semicolons inside its quoted phrases written as 、, so that a slogan quoted in the class
    clause does not part it (``一种“始于获得感,终于获得感”的…机制`` is one clause)."""
    return _QUOTED_PHRASE.sub(lambda m: _CLAUSE_BREAK.sub("、", m.group()), predicate)


# A head word whose class is named by a near word of its family: an institution (制度) is a kind of mechanism (机制) or system
# (体制) and the reverse (“好差评”制度是一种…的政务服务评价机制, P2748): policy writing uses the three for one another; a certificate
# (证书) is the proof (证明) or voucher (凭证) it is made as (职业资格证书是劳动者具有…的知识和技能的证明。, P2675).
_HEAD_KIN = {
    "制度": ("机制", "機制", "体制", "體制"),
    "机制": ("制度", "体制"),
    "機制": ("制度", "體制"),
    "体制": ("制度", "机制"),
    "體制": ("制度", "機制"),
    "证书": ("证明", "凭证"),
    "證書": ("證明", "憑證"),
}


def _names_kin_class(core: str, clause: str) -> bool:
    """Whether ``clause`` closes on a near word of the term's head word (:data:`_HEAD_KIN`) after 的 or a measure word counting
    it as one of a kind."""
    close = _KIN_CLASS_CLOSE.get(core[-2:])
    if close is None or close.search(clause) is None:
        return False
    # (not a near word weighed or singled out, 垃圾分类制度是推进生态文明建设的重要机制, 河长制度是我市今年推进的重点机制, review
    # 64: the institution's standing, as _KIND_AFTER_OF refuses …的重要模式 — a head word so weighed is left to _weighs)
    return _WEIGHED_KIN.search(clause) is None


def _names_class_by_head(core: str, predicate: str) -> bool:
    """Whether the clause after 是, a later clause opening with 是 or the clause closing the sentence (after adverbials
    such as ``以…为牵引,``) names the term's class with the term's own head word — a definition by genus and difference
    (``楼宇经济是…的新兴经济形态``, ``新質生產力是…的當代先進生產力``, ``高技术产业分类是…的派生分类``) — where a status
    or a role names another noun (``民族团结是…的生命线``, ``云南是…的省份之一``)."""
    if len(core) < 3 or not HAN.search(core[-2:]):
        return False
    head = core[-2:]
    numbered = _NUMBERED_PROVISION.search(core)
    if numbered is not None:  # 「23條」乃…基本法其中一條: a numbered article's class is its measure word (P2452)
        head = numbered.group("unit")
    # (a head word inside a quoted title names a document, no class: 「基本工資」是根據《勞動基準法》第21條第3項規定訂定《基本工資
    # 審議辦法》,由勞動部設…, P2671, a news explainer's legal-basis item — the rules' title holds 工資, the clause says how the
    # amount is set)
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(_quoted_commas_kept(_TITLE_QUOTED.sub("", predicate.split("。")[0]))) if c.strip()]
    if _one_of_its_divisions(core, predicate):
        return True  # 涪陵区是重庆市辖区之一: one of the divisions its own suffix names
    framed = "的" not in core and bool(clauses) and _OPENING_FRAME.match(clauses[0]) is not None
    if framed and any(clause.endswith(("之" + head, "的" + head)) for clause in clauses[1:-1]):
        # (a middle clause closing on the head after 之 or 的, the class named after the frame that opens the predicate: 工作時間是
        # 基於勞動契約之約定,雇主得指揮命令勞工從事工作之時間,勞工對於…, P2673, a labour lawyer's glossary page)
        return True
    return any(
        head in clause or _names_suffix_class(core, clause) or _names_kin_class(core, clause)
        for k, clause in enumerate(clauses)
        if k in (0, len(clauses) - 1) or re.match(r"(?:也|更|还|還|又|亦)?是", clause)
    )


# A title asking why a thing is done or how (为什么要开展调查?, 如何使用失业率?): an answer saying what it is used for
# (调查用于评估政策执行效果。) gives its purpose, asked for, not what it is; 用以衡量/用于分析 defines only on a page naming the
# term or asking what it is (review 73).
# (how it is understood or defined asks what it is: 如何理解基尼系数?, 怎样界定…)
_WHY_OR_HOW = re.compile(r"为什么|為什麼|为何|為何|(?:如何|怎样|怎樣|怎么|怎麼)(?!理解|界定|定义|定義|认识|認識|解释|解釋|看待)|干什么|幹什麼|做什么|做什麼")


def _asked_only_why(topic: _Topic, core: str) -> bool:
    """Whether every title naming ``core`` asks why or how (``_WHY_OR_HOW``) and no question asks what it is."""
    naming = [title for title in topic.titles if core in title]
    return core not in topic.asked and bool(naming) and all(_WHY_OR_HOW.search(title) for title in naming)


# The class a first clause names after its last 的 (…拟备的法定图则): two to six characters closing the clause.
_CLASS_AFTER_LAST_OF = re.compile(r"的(?P<noun>[\u4e00-\u9fff]{2,6})$")


# The least of words before the class's 的 (…拟备的法定图则): a genus is set apart by what it is made for or by (its differentia),
# where a short modifier gives a property (社保卡是蓝色的卡片, an FAQ asking the card's colour).
_DIFFERENTIA_MIN = 6


def _class_by_last_character(core: str, predicate: str) -> bool:
    """Whether the first clause after 是 closes on a class holding the term's last character, its one-character head
    (分区计划大纲图是…拟备的法定图则, 513: 图 → 图则), where the two-character head test finds none (纲图).

    >>> _class_by_last_character("分区计划大纲图", "城市规划委员会根据《城市规划条例》拟备的法定图则,基本上是…")
    True
    >>> _class_by_last_character("民族团结", "各族人民的生命线"), _class_by_last_character("一九五八年", "我国第二个五年计划的第一年。")
    (False, False)
    >>> _class_by_last_character("社保卡", "蓝色的卡片,正面印有持卡人照片。")
    False
    """
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    of = _CLASS_AFTER_LAST_OF.search(clause)
    # (an ordinal class ranks the thing in a series, 一九五八年是我国第二个五年计划的第一年, the 1958 work report: no genus)
    return (
        len(core) >= 3 and of is not None and core[-1] in of.group("noun") and core[-2:] not in of.group("noun")
        and not of.group("noun").startswith("第") and len(clause[: of.start()]) >= _DIFFERENTIA_MIN
    )


# A sentence closing on the name it gives the term, 的总称 / 的统称 / 的合称 / 的泛称 (植物检疫是以法规为依据,…,保障国家农、林业生产
# 安全的各种措施的总称。, 277, a county portal's Q&A whose question the page lost; …各类学校的统称。): whatever the page's topic, the
# term names the whole the clause before describes — a definition frame of its own, as 是指 is. Only at the sentence's end (a
# 总称 inside a clause, 是…的总称之一, 总称为…, says something else) and for a sentence opening its paragraph.
_CLOSES_ON_COMMON_NAME = re.compile(r"的(?:总称|總稱|统称|統稱|合称|合稱|泛称|泛稱)[。！!；;]?$")
# An answer's label alone before the sentence (答:, 答: ), or an item's number: no lead-in of the writer's.
_ANSWER_LABEL_LEAD = re.compile(rf"(?:答|\d{{1,2}}[、．]|[一二三四五六七八九十]{{1,2}}、)?{SPACES}*[:：]?{SPACES}*")


# A lead that is only an item's number (2、, 3．, 二、), or none: the sentence opens its item as a plain one opens its paragraph.
_ITEM_NUMBER_ONLY = re.compile(r"(?:\d{1,2}[、．]|[一二三四五六七八九十]{1,2}、)?[\s\u3000]*")


def _last_clause(predicate: str) -> str:
    """The last clause of the predicate's first sentence (after its last comma or semicolon), its stop left off."""
    return _CLAUSE_BREAK.split(predicate.split("。")[0])[-1].strip(_CLOSERS + " \t\u3000\xa0。")


def _closes_on_class(core: str, predicate: str) -> bool:
    """Whether the sentence after 是 closes on the term's class, named by the term's head word or suffix (``科学发展观是坚持
    以人为本,全面、协调、可持续的发展观。``), not on another noun (``毛泽东思想，是…的指路明灯，…，是…的强大的思想武器。``)."""
    if len(core) < 3:
        return False
    clause = _last_clause(predicate)
    return clause.endswith(core[-2:]) or _names_suffix_class(core, clause)


# A first clause naming a class after 的, a noun closing it (集工业与生活于一体的综合性区域).
_CLASS_AFTER_OF = re.compile(r"[^,，。；;!！?？]{2,40}的[\u4e00-\u9fff]{2,6}(?:[,，。；;]|$)")


# One of a place's administrative divisions (重庆市辖区之一, 江苏省地级市之一): the division's kind, its last character the
# term's own suffix (涪陵区: 区), is the genus; 之一 counts it among its kind, no standing.
_DIVISION_OF = re.compile(r"[^,，。；;!！?？的]{0,12}(?:辖区|轄區|地级市|地級市|县级市|縣級市|自治县|自治縣|自治州|直辖市|直轄市|区|區|县|縣)之一")


# The reading of a term's characters opening its paragraph (涪(fú)、陵(líng) 。, P1184, an answer to how a place's name is
# read): no sentence of its own about the term, which the next one opens.
_READING = re.compile(r"[\s\u3000]*(?P<chars>[\u4e00-\u9fff](?:[(（][a-zü\u00e0-\u01dc]{1,7}[)）])?(?:[、,，\s\u3000]*[\u4e00-\u9fff](?:[(（][a-zü\u00e0-\u01dc]{1,7}[)）])?){1,4})[\s\u3000]*[。.]?[\s\u3000]*")


def _reads_term(before: str, core: str) -> bool:
    """Whether ``before`` is only the reading of the term's first characters (``涪(fú)、陵(líng) 。`` before ``涪陵区是…``)."""
    match = _READING.fullmatch(before)
    if match is None:
        return False
    chars = re.sub(r"[(（][^)）]*[)）]|[、,，\s\u3000]", "", match.group("chars"))
    return len(chars) >= 2 and core.startswith(chars)


def _one_of_its_divisions(core: str, predicate: str) -> bool:
    """Whether the first clause after 是 counts the term among a place's divisions named by its own suffix (``涪陵区是重庆市辖区
    之一 , 地处…``, P1184): a genus, though 之一 closes it (``云南是…的省份之一`` names no suffix of the term, a standing)."""
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    match = _DIVISION_OF.fullmatch(clause)
    return match is not None and len(core) >= 3 and clause[:-2].endswith(core[-1])


# A figure in the clause after 為: a sum or a count (損失為1億元), no class.
_DIGIT = re.compile(r"\d")


# 以 in the words before 為: the frame 以X为Y (深化以国有企业改革为中心的各项改革, 以深化企业改革为中心进行…, review 68, two work
# reports: "with X at the centre"), no subject and copula.
_YI_FRAME = "以"


def _genus_by_head(core: str, predicate: str) -> bool:
    """Whether the first clause after the literary copula 為 is a class named by the term's own head word with a
    qualifier before it (``農業保險為新型態產物保險,…``, P2966): Taiwan and Hong Kong papers write ``X為Y`` for ``X是Y``,
    but 為 also gives a figure, a role or a goal (``損失為1億元``, ``目標為…``), so only a genus by head counts."""
    if _YI_FRAME in core:
        return False
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    head = core[-2:]
    if _ONE_OF_A_KIND.fullmatch(clause) and len(core) >= 2 and HAN.search(core) is not None:
        return True  # 敬老金为一项金钱给付,其发放旨在…, P3026, a Macao regulation: 一项 names the kind, whatever its head
    return (
        len(core) >= 3 and HAN.search(head) is not None and clause.endswith(head) and len(clause) >= len(head) + 2
        and clause != core and not _DIGIT.search(clause)
    )


# A kind counted as one (一项金钱给付, 一種保險, 一類制度) and nothing else in the first clause after 為: laws and Hong Kong and Taiwan
# papers write ``X為一項Y`` for ``X是一項Y``; a figure, a role or a goal (損失為1億元, 目標為…) is not counted so.
# (a bare noun phrase, no 的-modifier: 一种重要的资源 weighs the thing)
# (nor a task or a charge, 防災演練為一項年度例行工作, 防疫為一項艱鉅任務, review 70: what the thing asks of those who do it, its
# standing, no kind)
_ONE_OF_A_KIND = re.compile(
    r"一[项項种種类類](?:(?!的)[\u4e00-\u9fff]){2,10}(?<!工作)(?<!任务)(?<!任務)(?<!使命)(?<!大事)(?<!挑战)(?<!挑戰)(?<!考验)(?<!考驗)"
)


def _first_clause_by_head(core: str, predicate: str) -> bool:
    """Whether the first clause after 是 closes on the term's own head word (``…为主导的高能级产业大平台`` for
    ``“万亩千亿”新产业平台``): a class by genus and difference, whatever roles later clauses give."""
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    return len(core) >= 3 and HAN.search(core[-2:]) is not None and clause.endswith(core[-2:]) and "的" in clause


# The words naming an institution's class (单位, 机构, 场所, 组织), in both character forms.
_INSTITUTION_CLASSES = ("单位", "單位", "机构", "機構", "场所", "場所", "组织", "組織")
# An institution's clause owned by the writer's place (是我区…, 是本市…) or singling it out (重点, 先进, 示范, 首批, 文明 before the class
# word): a report's or a news item's word on one body (研究所是我区重点引进的创新机构, 文化馆是本市首批示范单位, review 65), no class.
_OWNED_OR_SINGLED_OUT = re.compile(
    r"^[\s\u3000]*(?:我|本)(?:们|們|市|区|區|县|縣|省|国|國|镇|鎮|校|院|会|會)"
    r"|(?:重点|重點)[^,，。；;的]{1,4}的[^,，。；;的]{0,6}$|(?:先进|先進|示范|示範|首批|文明|优秀|優秀)[\u4e00-\u9fff]{0,2}$"
)
# A term's one-character suffix standing for its class word (点数法: a 方式 of paying; 河长制: a 制度), and the class
# words it stands for, closing a clause after 是 (点数法是参照…,并以…来分配…的付费方式。, P504). (Not 率: a rate's
# sentence closes on 比重 in the clause saying what it reflects, 失业率是…的主要指标,…,反应…所占的比重, P494.)
_SUFFIX_CLASSES = {
    "法": ("方法", "办法", "辦法", "方式"),
    "制": ("制度", "机制", "機制", "体制", "體制"),
    # a district or a county named by its own suffix (鏡湖區是蕪湖的古城區, P939: a wiki entry's lead, its class 城區)
    "区": ("区",),
    "區": ("區",),
    "县": ("县",),
    "縣": ("縣",),
    # an institution named by its suffix (园, 所, 院, 校, 馆, 站), its class an institution word (幼兒園是將過去的「幼稚園」及「托兒所」
    # 整合之後的送托單位, P2814, a childcare platform's tag page; 托儿所是…的机构, 图书馆是…的场所 on any body's page)
    **{suffix: _INSTITUTION_CLASSES for suffix in "园園所院校馆館站"},
}


# A measure word counting the thing as one of a kind (是一种股票发行机制, P2306, a research institute's explainer of 股票发行
# 注册制): like 的, it sets off the class word that closes the clause.
_COUNTED_AS_ONE = r"^一(?:种|種|项|項|套)"
# For each head word of :data:`_HEAD_KIN`, a clause closing on a near word of it after 的 or a measure word counting it as one
# of a kind (…的政务服务评价机制, 一种…机制).
_KIN_CLASS_CLOSE = {
    head: re.compile(rf"(?:的|{_COUNTED_AS_ONE})[^的,，。；;]{{0,8}}(?:{'|'.join(kin)})[。]?$") for head, kin in _HEAD_KIN.items()
}


def _names_suffix_class(core: str, clause: str) -> bool:
    """Whether ``clause`` closes with the class word the term's one-character suffix stands for, after 的 (a definition
    by genus and difference whose genus is the suffix written out: ``点数法是…的付费方式``)."""
    classes = _SUFFIX_CLASSES.get(core[-1:])
    if classes is _INSTITUTION_CLASSES and _OWNED_OR_SINGLED_OUT.search(clause):
        return False  # 研究所是我区重点引进的创新机构: one body's standing in the writer's place, no class (review 65)
    return bool(classes) and re.search(rf"(?:的|{_COUNTED_AS_ONE})[^的,，。；;]{{0,4}}(?:{'|'.join(classes)})[。]?$", clause) is not None


# A class gathering several things into one (是集A、B、C为一体的N, 是集…于一体的N): the writer's formula for what a thing is made
# of, its class noun closing the clause.
_GATHERED_INTO_ONE = re.compile(r"集[^,，。；;:：]{4,60}?[为為于於]一[体體]的[^,，。；;:：的]{2,20}(?:[,，。；;]|$)")


# A predicate telling where a term comes from (是從「首店經濟」引伸而來, 是由…演变而来; “东西部协作”是从“东西部扶贫协作”演进而来,
# P2199, a magazine article's lead: its history, not its sense).
_ORIGIN = re.compile(r"(?:从|從|由)[^。；;]{1,30}?(?:引伸|引申|演变|演變|演进|演進|演化|发展|發展|延伸|衍生|脱胎|脫胎|转化|轉化)而[来來]")


# Its standing, then what it is (湾长制是一项重要的海洋管理制度,指以…): a definition after all.
_WEIGHED_THEN_DEFINED = rf"一[项項][^,，。；;]{{2,20}}[,，][\s\u3000]*(?:{DEFINING_MARKER}|即)"


# 是个… (是个新词, 是個好東西): a colloquial "a", what kind of word or thing a remark calls the term — not the words 个人, 个体,
# 个性 opening a class (基層醫療健康是個人及家庭在持續醫療流程的第一個接觸點, 884, a health bureau's blueprint page).
_COLLOQUIAL_ONE = re.compile(r"[个個](?![人体體性])")


def _role(predicate: str) -> bool:
    """Whether a clause of the sentence that 是 opens states a role, a status or a kind of word, or is a cleft
    (``ROLE_NOUN``): the clause right after 是 and every later clause opening with 是 again (``“三会一课”是…的基本形式,
    是…的主要途径``); clauses of another shape (``它以…為核心標誌``) say nothing of what the term is."""
    if _COLLOQUIAL_ONE.match(predicate):
        return True
    if re.match(r"一[项項](?:重大|重要)", predicate) and not re.match(_WEIGHED_THEN_DEFINED, predicate):
        return True  # 经济普查是一项重大的国情国力调查,…: its standing (179, P422, as P352's 是一项重要的工作方法)
    clauses = re.split(r"[,，；;。！？!?]", predicate)
    for k, clause in enumerate(clauses):
        clause = clause.strip(_CLOSERS + " \t\u3000\xa0")
        if k and not re.match(r"(?:也|更|还|還|又|亦|则|則)?是", clause):
            continue
        if not k and re.match(r"以[^,，]{1,40}(?:为|為)", clause):
            continue  # 是以重大技术突破…为基础,…的先进产业: an adverbial opening the predicate, no role
        if ROLE_NOUN.search(clause) or clause.endswith("的"):
            return True
    return False


# What a commentary's lead says its term is: what it matters for, not what it is. A figure (营商环境是企业生存发展的土壤,
# 教育是国家发展的基石, 社会保障体系是社会运行的稳定器) …
_FIGURE = re.compile(
    r"(?:土壤|沃土|基石|根基|柱石|源泉|血液|血脉|血脈|命脉|命脈|生命|底色|名片|压舱石|壓艙石|稳定器|穩定器|助推器|加速器|推进器|推進器|"
    r"催化剂|催化劑|钥匙|鑰匙|桥梁|橋樑|橋梁|纽带|紐帶|发动机|發動機|火车头|火車頭|晴雨表|风向标|風向標|试金石|試金石|主心骨|顶梁柱|頂梁柱|"
    r"必修课|必修課|必答题|必答題|必选项|必選項|大文章|牛鼻子|护城河|護城河|法宝|法寶|后盾|後盾|先导|先導|结晶|結晶|短板|大头|大頭|财富|財富|"
    r"希望|阶梯|階梯|缩影|縮影|安全网|安全網|定海神针|定海神針|精神家园|精神家園"
    # (a whole that must be planned as one: 全面依法治国是一个系统工程,要整体谋划, dev-44's P1463)
    r"|系统工程|系統工程"
    # (a vivid picture, the last stretch, a root of the people's living: “四千精神”是当年温州人闯市场的生动写照, dev-36's P948;
    # 基层治理是服务群众的“最后一公里”, dev-45's P1418; “稳就业”是民生之本, dev-43's P1316)
    r"|写照|寫照|最后一公里|最後一公里|之本"
    # (an honour and a duty: “链主”是响当当的荣誉,更是沉甸甸的责任, P1051)
    r"|荣誉|榮譽|责任|責任"
    # (a key to a city's plan: “1650”——这是江苏打造现代化产业体系的密码。, P1616)
    # (only a key after 的: a literal password is glossed by its kind, “动态口令”是一种…的一次性密码)
    r"|(?<=的)(?:密码|密碼)|“密码”|「密碼」"
    # (the masters of the future: 兒童是未來的主人翁,…, 743, a family council's children page opening with a saying)
    r"|主人翁|接班人)$"
)
# … a noun of standing after a word weighing it (创新是引领发展的第一动力, 城市是现代化的重要载体, 法治是治国理政的基本方式,
# 税收是财政收入的主要来源, 就业是最大的民生, 增强企业活力是经济体制改革的中心环节) …
_WEIGHT = (
    r"重要|关键|關鍵|根本|首要|第一|主要|核心|中心|基本|必然|必由|内在|內在|本质|本質|迫切|现实|現實|有力|有效|坚实|堅實|坚强|堅強|"
    r"强大|強大|强劲|強勁|宝贵|寶貴|最大|最基本|决定性|決定性|重大|伟大|偉大|薄弱|前提|集中|突出|鲜明|鮮明|显著|顯著|不竭|持久"
    # (what cannot be done without: 政策解读是…在执行公共政策时不可或缺的环节, P556)
    r"|不可或缺|必不可少|不可缺少|不可替代"
    # (the first of its kind: 該類型是“飛地經濟”模式的最早表現形式, P1053)
    r"|最早|最初"
    # (the deciding stretch of a plan: “十三五”时期是我县全面建成小康社会的决胜时期, dev-47's P1568; a topic much talked
    # about: 百年未有之變局是中國學術界的熱門話題, dev-48's P1644)
    r"|决胜|決勝|攻坚|攻堅|热门|熱門"
)
# For :func:`_names_kin_class`: a weighing word, or 重点, right before the near word: …的重要机制, …的重点机制, 一种有效机制 — a standing, no class)
_WEIGHED_KIN = re.compile(
    rf"(?:{_WEIGHT}|重点|重點)(?:的)?(?:{'|'.join(sorted({k for kin in _HEAD_KIN.values() for k in kin}))})[。]?$"
)
_STANDING = (
    r"力量|条件|條件|内容|內容|因素|方面|环节|環節|来源|來源|方式|方法|选择|選擇|需要|保证|保證|办法|辦法|之策|之举|之舉|之计|之計|大计|大計|"
    r"工程|体现|體現|依托|依靠|载体|載體|支撑|支撐|手段|途径|途徑|举措|舉措|阵地|陣地|领域|領域|优势|優勢|增长点|增長點|增长极|增長極|"
    r"引擎|动力|動力|潜力|潛力|空间|空間|机遇|機遇|战略|戰略|特征|特徵|属性|屬性|要素|一环|一環|利器|工具|武器|支点|支點|推手|民生|红利|紅利|"
    r"根源|事业|事業|创举|創舉|时期|時期|阶段|階段|一年|之年|表现形式|表現形式"
    # (what a system demands of itself: 共同富裕是社会主义的本质要求, dev-48's P1638)
    r"|要求"
    # (where the weight lies: 现代化产业体系是高质量发展的关键所在, dev-48's P1618; a topic: …的热门话题)
    r"|所在|话题|話題"
)
_WEIGHED_STANDING = re.compile(rf"(?:{_WEIGHT})(?:的)?(?:{_STANDING})$")
# A first clause closing on a class counted as one after a 的-phrase (对从事社会工作专业人才的一种资格认证): a genus and its
# difference. Not a weighing word after 一种 (的一种重要力量) nor a noun of standing last (的一种手段, 的一种有效途径).
# (counted by 种, 类 or 项, the measure words of kinds: 一个 counts one person or place, 广州是广东省的一个副省级城市, 张三是我们
# 村的一个普通农民, 澳門是中國的一個特別行政區 under a heading on its history or deeds — a description, no gloss, review 74)
_COUNTED_GENUS = re.compile(r"[^,，。；;!！?？]{2,40}的一[种種类類项項](?P<cls>[^,，。；;!！?？的]{2,8})[。]?")
_WEIGHT_OPENING = re.compile(rf"(?:{_WEIGHT})")
_STANDING_LAST = re.compile(rf"(?:{_STANDING})[。]?$")


# A heading pairing the term with another thing by a conjunction (中国与越南的陆地边界, 深圳与香港的边界线, 广东与广西的边界): about
# the two together, a border or a comparison, not about the term; the paragraph below says where or what a place is, no gloss
# (深圳是广东省的一个副省级城市, review 74).
_PAIRED_IN_HEADING = re.compile(r"[与與和跟同及]")


def _below_heading_naming(topic: _Topic, n: int, core: str) -> bool:
    """Whether paragraph ``n`` sits right below a heading line (short, no full stop) naming ``core`` on its own, not paired with
    another thing (``一、社会工作者职业资格证书的意义`` over ``社会工作者职业资格证书是…``; not ``中国与越南的陆地边界``).

    >>> topic = _Topic([])
    >>> topic.above = ["一、社会工作者职业资格证书的意义", "中国与越南的陆地边界", "越南与中国的边界"]
    >>> [_below_heading_naming(topic, n, core) for n, core in ((0, "社会工作者职业资格证书"), (1, "中国"), (2, "中国"))]
    [True, False, False]
    """
    above = topic.above[n]
    at = above.find(core)
    if not (0 < len(above) <= 30 and "。" not in above and at >= 0):
        return False
    paired_before = at > 0 and _PAIRED_IN_HEADING.fullmatch(above[at - 1]) is not None
    return not paired_before and _PAIRED_IN_HEADING.match(above, at + len(core)) is None


def _counted_genus(predicate: str) -> bool:
    """Whether the first clause after 是 names the term's class counted as one after its difference (``…的一种资格认证``).

    >>> _counted_genus("对从事社会工作专业人才的一种资格认证,它不仅是…")
    True
    >>> _counted_genus("推动高质量发展的一种重要力量。"), _counted_genus("实现共同富裕的一种手段。"), _counted_genus("一种重要的资源。")
    (False, False, False)
    >>> _counted_genus("广东省的一个副省级城市,它有两千多年历史。")
    False
    """
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    genus = _COUNTED_GENUS.fullmatch(clause)
    return genus is not None and not _WEIGHT_OPENING.match(genus.group("cls")) and not _STANDING_LAST.search(clause)


# A first clause closing on a kind of arrangement after 的 (…摸索出的农村基层社会服务管理新模式, …的联动机制): the class a
# programme's name stands for, whatever words qualify it — unless a word weighing it opens them (…是基层社会治理的重要模式,
# …推行的一项有效的管理机制, …的基本制度): the programme's standing, as 重要载体 is one.
_KINDS_OF_ARRANGEMENT = r"(?:模式|机制|機制|制度|体系|體系|形式)"
# A quoted word (the one opening a section heading, or the one a sentence before a subjectless gloss names).
_QUOTED_WORD = re.compile(QUOTED_TERM)
# … or, under a section heading naming the quoted word, a kind of body (…的平安公益类社会组织, …的议事协调机构): what the word
# stands for, whatever words qualify it, unless a weighing word opens them (…的重要组织).
_BODY_AFTER_OF = re.compile(
    rf"(?![^,，。；;!！?？]*的(?:一[种種个個项項套])?(?:{_WEIGHT})(?:的)?[^,，。；;!！?？的]{{0,14}}(?:组织|組織|机构|機構)$)"
    rf"[^,，。；;!！?？]{{2,40}}的[^,，。；;!！?？的]{{0,14}}(?:组织|組織|机构|機構)"
)
_KIND_AFTER_OF = re.compile(
    rf"(?![^,，。；;!！?？]*的(?:一[种種个個项項套])?(?:{_WEIGHT})(?:的)?[^,，。；;!！?？的]{{0,14}}{_KINDS_OF_ARRANGEMENT}$)"
    rf"[^,，。；;!！?？]{{2,40}}的[^,，。；;!！?？的]{{0,14}}{_KINDS_OF_ARRANGEMENT}"
)
# … or a 的-phrase of importance (就业是关系国家发展和人民福祉的大事, 改革开放是决定当代中国命运的关键一招) or of purpose
# before a noun of standing (中国是维护世界和平与稳定的力量).
_IMPORTANCE = re.compile(r"(?:一[项項个個场場件])?(?:关系|關係|关乎|關乎|事关|事關|攸关|攸關|决定|決定)[^的,，。；;]*的")
_PURPOSE_VERB = re.compile(
    r"(?:实现|實現|推动|推動|促进|促進|推进|推進|加快|提高|提升|增强|增強|保障|维护|維護|引领|引領|带动|帶動|解决|解決|破解|应对|應對|"
    r"适应|適應|满足|滿足|激发|激發|释放|釋放|培育|构建|構建|打造|赢得|贏得|巩固|鞏固|加强|加強|深化|扩大|擴大)"
)
_PURPOSE = re.compile(rf"{_PURPOSE_VERB.pattern}[^,，。；;]*的(?:{_STANDING})$")

# Periods a lead judges (“十一五”时期是…的关键时期, 新的一年是…的关键之年): their own head word names no class.
_PERIODS = ("时期", "時期", "阶段", "階段", "一年", "之年")


def _weighs(predicate: str, core: str = "") -> bool:
    """Whether the clause right after 是 says what the term matters for — a figure, a noun of standing weighed
    (``第一动力``, ``重要载体``, ``基本方式``), a 的-phrase of importance or of purpose before a noun of standing — as the
    lead of an opinion or news article naming the term does (``营商环境是企业生存发展的土壤``, ``城市是现代化的重要载体``):
    no definition. A clause opening with an adverbial ``以…为`` (``是一种以商务楼…为主要载体``) names no standing;
    a class noun (``是…的一种制度安排``, ``是…的综合性经济形态``) none either; nor does the term's own head word
    (``core``'s last two characters) closing the clause, a class by genus and difference (``乡村振兴战略是党的十九大
    提出的一项重大战略``, ``三大法宝是…的三个法宝``) — unless it is a period (``“十一五”时期是…的关键时期``) or the
    clause opens with a purpose or an importance (``人才强国战略是实现…的重大战略``)."""
    clause = _first_clause(predicate).strip(_CLOSERS + " \t\u3000\xa0")
    if re.match(r"(?:一[种種个個项項])?以[^,，]{1,40}(?:为|為)", clause):
        return False
    head = core[-2:]
    if (
        len(core) >= 3 and HAN.search(head) and clause.endswith(head) and head not in _PERIODS
        and _PURPOSE_VERB.match(clause) is None and _IMPORTANCE.match(clause) is None
    ):
        return False
    if re.match(r"一[种種类類]", clause) and clause.endswith(("密码", "密碼")):
        return False  # “动态口令”是一种…生成的密码: a kind of password, glossed
    return bool(
        _FIGURE.search(clause) or _WEIGHED_STANDING.search(clause) or _IMPORTANCE.match(clause) or _PURPOSE.match(clause)
        or _ONE_OF_THE_WEIGHTY.search(clause)
    )


# One of several things of weight (湿地是全球重要的生态系统之一, P2696, China Daily's 【知识点】 before 国家重要湿地是指…; 碳汇是
# 应对气候变化的主要手段之一): the term ranked among others of its kind, a standing, no definition.
_ONE_OF_THE_WEIGHTY = re.compile(rf"(?:{_WEIGHT})(?:的)?[^的,，。；;]{{0,8}}之一$")


# One thing of weight (…提出的一项重要理念, …的一项重大战略任务): the clause after 是 gives the term's standing; one more
# of them too (…制度的又一项重大完善措施, P970).
_ONE_WEIGHTY = re.compile(rf"(?:^|的)(?:又|另)?一[项項个個](?:{_WEIGHT})(?:的)?[^的,，。；;]{{1,6}}$")
# A clause saying what the term came after (是继十七大首次提出…后,…的又一项…): a time adverbial; the next clause is the predicate.
_CAME_AFTER = re.compile(r"^(?:继|繼)[^,，。；;]{2,40}(?:之后|之後|后|後|以后|以後)$")


def _one_weighty(predicate: str, core: str) -> bool:
    """Whether the clause right after 是 calls the term one thing of weight (``“三生教育”是中国近年来…提出的一项重要理念``,
    P1001): a standing, no definition, unless the sentence goes on to say what it is (``湾长制是一项重要的海洋管理制度,指
    以…``) or the clause closes on the class the term's own head word or suffix names (``…的一项重大的X制度``)."""
    clauses = re.split(r"[,，；;。！？!?]", predicate)
    clause = clauses[0].strip(_CLOSERS + " \t\u3000\xa0")
    if _CAME_AFTER.match(clause) and len(clauses) > 1:
        clause = clauses[1].strip(_CLOSERS + " \t\u3000\xa0")
    if not _ONE_WEIGHTY.search(clause) or re.search(_WEIGHED_THEN_DEFINED, predicate):
        return False
    return not (len(core) >= 3 and clause.endswith(core[-2:]) or _names_suffix_class(core, clause))


def _subjectless_at(paras: list[_Para], n: int, s: int, topic: _Topic) -> _Candidate | None:
    """An answer that leaves its subject out (``是指…``): its subject is the question just before it
    in the line (``何謂「X」?據…,是指…``) or, for a line opening so, the headword line above it (English
    names, dates, bylines and images between skipped)."""
    clean = paras[n].clean
    match = _SUBJECTLESS.match(clean, s)
    if match is None or _NOT_DEFINITION.match(clean, match.end("marker")):
        return None
    # 是 after a plain-words lead and 就 (简单来说,就是…) answers as firmly as 是指
    weak = match.group("marker") == "是" and not (match.group("plain") and _PLAIN_WORDS_LEAD.search(match.group("lead")))
    if clean[:s].strip(" \t\u3000\xa0"):
        before = clean[:s].rstrip(" \t\u3000\xa0")
        question = _QUESTION.search(before)
        if (question is None or question.end() != len(before)) and not weak and match.group("plain"):
            return _named_just_before(clean, before, n, s, match.start("plain"), topic)
        if question is None or question.end() != len(before) or weak:
            return None
        group = "a" if question.group("a") else "b"
        return _Candidate(1, n, question.group(group), question.start(group), s, match.start("marker"))
    for m in range(n - 1, max(-1, n - 8), -1):
        line = paras[m].clean.strip(" \t\u3000\xa0")
        if not line or _NOISE_LINE.match(line):
            continue
        question = _QUESTION.fullmatch(line)
        if question:
            term = question.group("a") or question.group("b")
        elif len(line) <= 25 and not re.search(r"[,，。；;:：!！?？|｜]", line):
            term = line
        else:
            return None
        quoted = term[0] in QUOTE_OPENERS
        if _LABELS.match(term) or not valid_core(term_core(term), quoted=quoted):
            return None
        # a paragraph opening with 是指/即 cannot stand alone: the headword line above is its subject, whether or not
        # the page comes back to it (1. 两区 / The “two zones” / 即…); a bare 是 needs the page's topic
        if weak and not topic(term, quoted=quoted):
            return None
        return _Candidate(3 if weak else 1, n, term, -1 - m, s, match.start("marker"))
    return None


# The plain words after 就是 opening on a duty or a date (就是要保证蔬菜供应, 就是今年要完成投资一百亿元, 就是下周停水): what is to
# be done about the quoted word of the sentence before (抓好“菜篮子”, 坚持“两个毫不动摇”, 启动“十大工程”), no gloss of it.
_TASK_AFTER_JIUSHI = re.compile(
    r"[\s\u3000]*(?:要|必须|必須|需要|应当|應當|务必|務必|今年|明年|本年|今後|今后|下周|下週|本周|本週|下月|本月|近期|年底|年内|年內)"
)


def _named_just_before(clean: str, before: str, n: int, s: int, at: int, topic: _Topic) -> _Candidate | None:
    """A gloss in plain words with its subject left out (``简单来讲,就是…``) right after a sentence naming one quoted word,
    the page's topic: that word is its subject (``…印发《关于开展智能网联汽车“车路云一体化”应用试点工作的通知》。简单来讲,
    就是通过“聪明的车”…三者相互协作,…``, P2928, a television station's news item). News items name the new word in the
    title of the document or programme that brings it in and gloss it in the next sentence; the gloss opens at 就是. Not when
    the sentence before names several quoted words (whose?), or glosses its own subject already (``X是指…。简单来说,就是…``,
    a second gloss the definition reader keeps with it: no quoted word there)."""
    if not before.endswith("。") or _TASK_AFTER_JIUSHI.match(clean, at + 2):
        return None  # 要抓好“菜篮子”。简单来说,就是要保证…供应 / 就是今年要完成…: the task said plainly, no gloss (review 68)
    sentence = before[max(before.rfind(c, 0, len(before) - 1) for c in _SENTENCE_END) + 1 :]
    words = list(_QUOTED_WORD.finditer(sentence))
    if len({term_core(q.group()) for q in words}) != 1:
        return None
    last = words[-1]
    term = last.group()
    if not valid_core(term_core(term), quoted=True) or not topic(term, quoted=True):
        return None
    start = len(before) - len(sentence) + last.start()
    return _Candidate(2, n, term, start, s, at + len(clean[at:]) - len(clean[at:].lstrip(" \t\u3000\xa0")))


# A question opening its paragraph, after a short label if any (编者按:何为「屋场会」?), the answer run in after it.
_RUN_IN_QUESTION = re.compile(
    rf"{SPACES}*(?:[^,，。；;:：?？!！\s\u3000]{{2,6}}[:：]{SPACES}*)?(?:何谓|何謂|何为|何為|什么是|什麼是|甚麼是|甚么是|什么叫|什麼叫)"
    rf"(?P<term>{QUOTED_TERM}|[^,，。；;:：?？!！\s\u3000]{{2,20}})[?？]{SPACES}*"
)
# Who answers, before the answer (國家旅游局副局長王志曾對此進行過描述:, P952): left out, as an attribution is.
_ANSWER_ATTRIBUTION = re.compile(
    rf"[^,，。；;:：?？]{{2,40}}?(?:说|說|表示|认为|認為|指出|介绍|介紹|解释|解釋|描述|看来|看來)[,，:：]{SPACES}*"
)
# An answer's first words that refer back or ask on: a pronoun (这是…), a connective, a time (近日,…).
_NO_RUN_IN_ANSWER = re.compile(
    r"(?:这|這|那|它|其|我们|我們|对此|對此|答案|记者|記者|本报|本報|今天|近日|日前|如何|怎样|怎樣|为什么|為什麼)"
)


def _run_in_question_at(clean: str, s: int, n: int, topic: _Topic) -> _Candidate | None:
    """A headless answer run in after the question opening its paragraph (``編者按:何為「屋場會」?黨員幹部把會議室搬到屋場、
    田間地頭等村民聚集地,…,與老百姓一起講政策、拉家常、聽實情、議事情。``, P1033): read as a question title over its answer
    is, from the answer's first word (after who gives it, ``…對此進行過描述:``, P952) to the end of the paragraph — when the
    page is about the term, the answer finishes its sentences and asks nothing more, and opens neither with a pronoun nor
    with a connective."""
    question = _RUN_IN_QUESTION.fullmatch(clean, 0, s)
    if question is None or s >= len(clean):
        return None
    term = question.group("term")
    quoted = term[0] in QUOTE_OPENERS
    core = term_core(term)
    answer = clean[s:].rstrip(" \t\u3000\xa0")
    if not valid_core(core, quoted=quoted) or not topic(term, quoted=quoted) or core in answer[: _sentence_end(answer, 0)]:
        return None  # (an answer naming the term again has it as its subject: another pass reads it)
    said = _ANSWER_ATTRIBUTION.match(answer)
    start = s + (said.end() if said else 0)
    if _NO_RUN_IN_ANSWER.match(clean, start) or re.search(r"[?？]", answer) or not answer.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END)):
        return None
    return _Candidate(2, n, term, question.start("term"), s, start)


# A line broken inside a sentence: running text (a comma in it) ending with a Han character, no stop, colon or dash.
_OPEN_SENTENCE = re.compile(r"[^\n]{20,}[,，][^\n]*[\u4e00-\u9fff]$")


def _broken_line_run(paras: list[_Para], first: int, starts: set[tuple[int, int]] = frozenset()) -> int:
    """The last line of a paragraph that a copy broke inside a sentence (``…把7月1日定为党的生日,是1938年5月提出来的。当时在`` /
    ``延安的党的一大出席的…。``, P579): a line of running text ending with a Han character goes on to the next line when that
    line follows at once (no blank line), is indented no deeper, finishes a sentence and opens neither a list item nor
    another definition. ``first`` when the line ends a sentence."""
    last = first
    while last + 1 < len(paras) and last - first < 3:
        line = paras[last].clean.rstrip(" \t\u3000\xa0\r")
        following = paras[last + 1].clean
        if not _OPEN_SENTENCE.search(line) or not following.strip(" \t\u3000\xa0\r") or (last + 1, 0) in starts:
            break
        if _indent(following) > _indent(paras[last].clean) or _LIST_ITEM.match(following) or not re.match(r"[\s\u3000]*[\u4e00-\u9fff]", following):
            break
        if _FULL_STOP.search(following) is None:
            break  # (a heading or a title below a line the page left unstopped: no sentence finished there)
        last += 1
    return last


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000\xa0"))


def _restating_run(paras: list[_Para], first: int, core: str, starts: set[tuple[int, int]] = frozenset()) -> int:
    """The last paragraph of a definition ending with paragraph ``first``: the next complete paragraphs (four lines on at
    most) that restate the term ``core`` go on with it, up to one holding another definition (``starts``), a run-in label or
    an aside on where the term comes from."""
    last = first
    m = first + 1
    while m < len(paras) and m - first <= 4:
        following = paras[m].clean.strip(" \t\u3000\xa0")
        if not following:
            m += 1
            continue
        restates = (
            _restates(following, core)
            and (
                _FULL_STOP.search(following) is not None
                and following.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(tuple(_SENTENCE_END))
                or _ends_article(paras, m)
            )
            and not following.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(("?", "？"))
        )  # (a restating paragraph the page cuts, or a comment asking, is not taken in: 高质量发展,可以从…认识和评价。
        # 从宏观看,… / “楼宇经济”这种崭新的发展模式…如何将…相结合哪?; one lacking only its stop before the
        # article's tail is whole: 田长制是指…实现保护责任全覆盖 / TAG标签:#田长制)
        indent = len(paras[m].clean) - len(paras[m].clean.lstrip(" \t\u3000\xa0"))
        # (another definition opening the paragraph, after its indent too: the essay's indented “无废城市”是…, P2286)
        if (m, 0) in starts or (m, indent) in starts or not restates or _RUN_IN_LABEL.search(following) or _ASIDE_PARAGRAPH.match(following, len(core)):
            break  # (a paragraph on where the term comes from, or on what it is not, is no part of its definition)
        last = m
        m += 1
    return last


def _opens_after_other_sentences(entry: Found, text: str) -> bool:
    """Whether the entry's definition opens after sentences of its paragraph that are no part of it (X(English)英文缩写为
    AI。它是…, P482; X有别于…。…。它是…, P486; X是一项重大…调查。它是…, P422): such a definition is the paragraph's last
    word on the term and ends with it; the next paragraph restating the term (“X”,起点是“新”,…) is none of it."""
    at = entry.end - len(entry.definition)
    return entry.start < at and text[at - 1 : at] != "\n" and bool(re.search(r"[。！!][\s\u3000]*它(?:就|也)?$", text[entry.start : at]))


def run_over_restating(entry: Found, text: str) -> Found:
    """The one entry of a short page, read by a layout (an answer under its question title), running over the next
    paragraphs that restate its term as a topic definition does (田长制是为了…。 / 田长制是指…全覆盖 / TAG标签:…); the
    entry as it is when it does not end its paragraph or no such paragraph follows."""
    if len(text) > _SHORT_PAGE or text[entry.end : entry.end + 1] not in ("\n", "") or _opens_after_other_sentences(entry, text):
        return entry
    paras = _paragraphs(text)
    first = next((n for n, para in enumerate(paras) if para.start + len(para.raw) == entry.end), -1)
    if first < 0:
        return entry
    last = _restating_run(paras, first, term_core(strip_pinyin(entry.term)))
    if last == first:
        return entry
    stop = paras[last].start + len(paras[last].raw.rstrip(" \t\u3000\xa0\r"))
    return Found(entry.term, entry.definition + text[entry.end : stop], entry.quote + text[entry.end : stop], entry.line, entry.start, stop)


# After an appositive gloss set off by commas (X,即Y,是…), the sentence's predicate about X resumes with 是: the gloss ends at
# the comma before it (705, an MPF chairman's blog: 而替代率,即退休金水平为退休前月薪的比例,是其中一个参考指标。), as a
# bracketed 即 gloss ends at its bracket.
_RESUMED_PREDICATE = re.compile(r"[,，](?=[\s\u3000]*是(?![否不]))")


# A sentence closing a paragraph that announces the explanation below (下面由手心律师网小编为读者进行解答。, P2638; 下面我们来详细了解一下。,
# P2637 — law and content sites' articles open so): the paragraph is the article's introduction, asking or naming the matter, and
# what it says of the term is no definition; the definition, if any, is below. Only a whole sentence after a stop, closing the
# paragraph, with a verb of explaining (了解, 解答, 介绍, 讲解, 说明, 分析, 解读, 看看, 说说 …).
_ANNOUNCES_BELOW = re.compile(
    r"[。！？!?][\s\u3000]*(?:下面|接下来|接下來|下文|以下)(?:就)?(?:由|让|讓|请|請|跟|随|隨)?[^。！？!?\n]{0,20}?"
    r"(?:了解|解答|介绍|介紹|讲解|講解|说明|說明|分析|解读|解讀|看看|说说|說說|聊聊|梳理)(?:一下|一番|一二)?"
    r"[^。！？!?\n,，]{0,12}[。！!…]*[\s\u3000]*$"
)


# What follows a paragraph's subject named again (下水道同時具…, 城市绿道同时具有…, 人工濕地另可…): an adverb, a verb of having or a
# comma — not a longer noun built on it (風暴潮水位在短時間內…, dev-47's counter-case: another thing, the water level).
_SUBJECT_AGAIN = re.compile(r"[\s\u3000]*(?:[,，的是也亦还還则則同另可能具由在不已将將会會并並又都還更主])")
# (not the subject said to be another thing too, 上海还是国际航运中心, 张三也是一位老党员, 澳門同時是世界旅遊休閒中心, 今年也是…之年,
# nor what it did, 嘉定区在过去一年里实现…: a place's, a person's or a year's description listing what it is and does, its first
# sentence one standing among several, no gloss, review 75)
_ANOTHER_STANDING = re.compile(r"[\s\u3000]*(?:(?:也|亦|还|還|又|更|都|同[时時])[\s\u3000]*是|在)")


# A speaker's quoted words opening the paragraph, closed after a sentence's stop and followed by the attribution of a report
# (“城乡社区合伙人并非…的一种实践机制。”成都市委社治委相关负责人介绍,目的是…, P3415, a community paper; “授权运营是…新模式,
# …注入新动能。”清华大学公共管理学院教授孟庆国介绍,…, P3560, a news agency's report): the gloss is the speaker's, and ends
# where the quotation does; the reporter's words after it are no part of it.
_SPEECH_CLOSE = re.compile(
    rf"[{_SENTENCE_END}](?=[”」』][\s\u3000]*[^,，。；;:：“”「」『』\s\u3000]{{2,20}}?"
    rf"(?:介绍|介紹|表示|指出|解释|解釋|说明|說明|{SPEAKER_SAY_LOOKBEHIND}说|{SPEAKER_SAY_LOOKBEHIND}說)[,，:：])"
)
_SPEECH_OPEN = "“「『"


def _speech_close(clean: str, cand: _Candidate, end: int) -> int:
    """Where a gloss quoted from a speaker ends (:data:`_SPEECH_CLOSE`): after the stop before the quotation's close, when the
    paragraph opens with the quotation mark right before the term and the quotation holds no other close before; else ``end``.

    >>> text = "“绿道是…的线性开敞空间。”市园林局负责人介绍,今年将新建绿道。"
    >>> text[: _speech_close(text, _Candidate(3, 0, "绿道", 1, 1, 3), len(text))]
    '“绿道是…的线性开敞空间。'
    >>> text = "“绿道”是…的线性开敞空间。市园林局负责人介绍,今年将新建绿道。"
    >>> _speech_close(text, _Candidate(3, 0, "“绿道”", 0, 0, 4), len(text)) == len(text)
    True
    """
    if cand.term_at < 1 or clean[: cand.term_at].strip(" \t\u3000\xa0") not in tuple(_SPEECH_OPEN):
        return end
    close = _SPEECH_CLOSE.search(clean, cand.marker, end)
    if close is None or any(q in clean[cand.term_at : close.start()] for q in "”」』"):
        return end
    return close.end()


def _entry(paras: list[_Para], cand: _Candidate, starts: set[tuple[int, int]], text: str) -> Found | None:
    """The entry of a candidate: its definition from the marker to the end of its paragraph, and
    over the next paragraphs that restate the term, unless a run-in label or the sentence of another
    definition comes first; a trailing source note and cell border left out; None when the text ends
    inside it."""
    para = paras[cand.para]
    clean = para.clean
    end = len(clean)
    for other_para, other_start in starts:
        if other_para == cand.para and cand.marker < other_start < end:
            end = other_start
    separated = end < len(clean) and clean[:end].rstrip(" \t\u3000\xa0")[-1:] in ";；"
    if separated:
        end = len(clean[:end].rstrip(" \t\u3000\xa0")) - 1  # …党小组会;“一课”是:…: the separator before the next definition
    if cand.inner:  # a definition opening inside its sentence ends with it
        end = min(end, _sentence_end(clean, cand.marker, clause=False))
    if cand.appositive:  # 替代率,即…的比例,是其中一个参考指标。: the gloss set off by commas, the sentence's own predicate after it
        resumed = _RESUMED_PREDICATE.search(clean, cand.marker, end)
        end = resumed.start() if resumed else end
        separated = separated or resumed is not None  # (the comma closes it, as a separator does)
    if cand.closing >= 0:  # 两新组织(即…): the bracket's gloss, which ends no sentence
        end = cand.closing
    label = _RUN_IN_LABEL.search(clean, cand.marker, end)
    if label:
        end = label.start()
    end = _speech_close(clean, cand, end)
    core = term_core(cand.term)
    for contrast in _CONTRASTED_HEADWORD.finditer(clean, cand.marker, end):
        other = contrast.group("term")
        if other != core and not _CONTRAST_PRONOUN.fullmatch(other) and text.count(other) >= 2:
            end = len(clean[: contrast.start()].rstrip(" \t\u3000\xa0"))  # …建设。而非法社会组织则是…: the other word's own sentence
            break
    last = cand.para
    if end == len(clean):
        last = _broken_line_run(paras, cand.para, starts)
        last = _restating_run(paras, last, term_core(cand.term), starts)
    stop = paras[last].offset(len(paras[last].clean)) if last != cand.para else para.offset(end)
    marker_at = para.offset(cand.marker)
    trailing = _TRAILING.search(text, marker_at, stop)
    if trailing and trailing.end() == stop:
        stop = trailing.start()
    definition = text[marker_at:stop]
    clean_definition = strip_pinyin(definition).strip(" \t\u3000\xa0")
    if len(clean_definition) < 4:
        return None
    # (pictographs after the last stop close no sentence and leave none open: …为城市注入新的活力。🌟🌈, P2634)
    if not without_emoji_tail(clean_definition).rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END)) and not separated and cand.closing < 0 and not _item_line(paras, cand, starts, clean_definition):
        if not text[stop:].strip(" \t\u3000\xa0\r\n|｜"):
            return None  # the text ends inside it: cut by the page
        if not clean_definition.endswith((":", "：", "\ufffd", "…", "...")) and not _unstopped_paragraph(clean_definition, text[stop:]):
            return None  # “放管服”是政府管理方式的三大核心 / 1. 放(…):…: a lead-in ending no sentence, no definition
    if clean_definition.rstrip(_CLOSERS + " \t\u3000\xa0").endswith(("?", "？")):
        return None  # “四个意识四个自信”是…重要思想理念。那么,…具体是什么呢?: an introduction asking, no definition
    if _ANNOUNCES_BELOW.search(clean_definition):
        return None  # …定义是怎样的?下面由手心律师网小编为读者进行解答。: the article's introduction, the answer below
    if clean_definition.endswith((":", "：")) and _list_cut(text[stop:]):
        return None  # …其来源主要包括以下四个方面: / (1)… / (2)…涉及以: the list it announces is cut by the page
    if cand.term_at >= 0:
        begin = para.offset(cand.term_at)
    else:
        line = paras[-1 - cand.term_at]
        begin = line.offset(len(line.clean) - len(line.clean.lstrip(" \t\u3000\xa0")))
    if cand.term_at >= 0:  # as written, converter pinyin inside it kept (the caller removes it)
        term = text[begin : para.offset(cand.term_end)].rstrip(" \t\u3000\xa0")
    else:
        term = paras[-1 - cand.term_at].raw.strip(" \t\u3000\xa0\r")
    quote = text[min(begin, marker_at) : stop]
    return Found(term, definition, quote, text.count("\n", 0, min(begin, marker_at)) + 1, min(begin, marker_at), stop)
