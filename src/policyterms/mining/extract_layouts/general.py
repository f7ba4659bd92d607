"""General mechanisms: rules for kinds of pages, not for pages.

The layouts of this package were each written for the set of pages that showed them, and each
fresh set, measured once, fell to 17–82 % exact before its own rules were written. The misses
of those measured-once runs fall into a few kinds that recur from set to set
(``docs/extract-evaluation.md``, "General mechanisms", has the tally). There is one mechanism
for each of the three most frequent kinds — this module holds the first, :mod:`~policyterms.mining.extract_layouts.topics`
and :mod:`~policyterms.mining.extract_layouts.ends` the other two — each applied at one place,
after every layout has been read
(:func:`policyterms.mining.extract._other_layouts`; the headword normalisation also on the headed appendix):

* :func:`normalise_headword` — **one normalisation of headwords**. A headword as a layout cuts
  it may still carry what is no part of the term: an enumeration mark of any kind (``⑴``, ``(1)``,
  ``一、``, ``①``, a bullet, a zero-padded ``01``), a connective or lead-in before it (``而“三线”``, ``据了解,``,
  ``简单来说,``, ``本办法所称的``, ``第二条(…)``, a bracketed label), converter pinyin cut loose at
  its start, or a tail after it (``分别``, ``具体``, ``则``, ``顧名思義``, ``就其广义而言``, another name
  ``即服务业``). Every layout meets these, in every set; one normaliser, applied to every entry,
  removes them, so a new layout does not need its own copy of each rule. Tails that carry
  content (another name, ``分别``, ``则``, the sense qualifier) open the definition, as the gold of
  every set has them; the words that only say how the definition is put (``具体``, ``顧名思義``,
  ``简单来说``) are part of neither. A headword that is nothing but such words (``就其狭义而言``),
  or only a source (``據…的解讀``), is no headword. An adverb before the marker (``主要``, ``一般``, ``通常``,
  ``也``) qualifies the marker, not the term: it opens the definition (``工業(industry)`` / ``主要是指…``). A
  definition opening with its headword again — doubled (``医疗卫生机构  医疗卫生机构  指…``) or restated with a
  bracketed English name (``統計觀察( statistical observation)即…`` under the title ``統計觀察``) — opens at its marker,
  the headword written once with the gloss.

* :func:`~policyterms.mining.extract_layouts.topics.topic_definitions` — **the definitions of a page's topic**, the fallback for a page where
  no layout finds anything: an explainer, a question-and-answer page, a column, a news item
  about one term. Such pages hold no structured glossary, only prose, and every set had several
  that gave nothing at all (``碳中和,顧名思義,是指…``, ``简单来说,“告知承诺制”是指…``,
  ``psl也就是…,是指…``, ``官方有給出定義:「新質生產力是…``). The page's topic is the cue that
  tells a definition from any sentence holding 是: a term counts only when the page names it in
  its title or asks about it, or comes back to it (three times; twice for a quoted term), or
  opens a paragraph right below a label announcing explanations (``指标解释:``), where any marker
  defines (``工业增加值增长速度即工业增长速度,是…``, ``产品销售率是…的比率``).
  Definition sentences are read in either script: ``X是指/指的是/就是指/系指/意思是…`` (tier 1),
  ``X即/即是/也就是/就是…`` when the headword is quoted, Latin, set off by a comma or followed by a
  plain-words connective (tier 2), and a bare ``X是…`` only when the page asks what X is, or the
  sentence says what X is short for or goes on to say what it means (tier 3). A quoted topic
  followed by ``,即…`` inside a sentence (``…实行年度“进出平衡”,即…``), and an answer with its
  subject left out (``是指…`` under the headword line, ``何謂X?據…,是指…``) count too.

  The seventeenth set, measured once, showed what that left out: one-definition explainers whose
  only definition is a bare ``X是…`` (``楼宇经济是…的新兴经济形态``, ``“低空经济”是由…衍生出的经济形态``).
  A bare 是 (and 是由) now also defines the page's topic term in a sentence of a paragraph about it
  when it names the term's class by the term's own head word — a definition by genus and difference,
  where a status or a role names another noun (``民族团结是…的生命线``, ``云南是…的省份之一``) — and
  defines the subject of the page's lead sentence (its first paragraph of running text), when the
  paragraph goes on about it (``CPI是…的宏观经济指标。它是…``); a clause after 是 ending in a role or a
  kind of word (``…的关键``, ``…主要渠道``, ``是个新词``, ``…专业术语``) or a cleft (``是由…决定的``) defines
  nothing. ``X,就是…`` defines when it names the class so too (``高质量发展,就是…的发展``), not
  a task (``适时,就是把握好…``). Frames before the headword are no part of it: attributions
  (``根據央視新聞的解釋,``, ``学者们认为,``), points of view and fields (``从经济学的角度看,``, ``在统计上,``),
  a source label (``【财新网】``). A headword keeps a bracketed gloss written after it (``工業(industry)``,
  ``高技术产业(制造业)``) and leaves an adverb before the marker to the definition (``主要是指…``). The
  topic takes in compounds of a term the title names (``高技术产业分类`` on a page asking about 高技术产业);
  ``包括`` defines such a term at any sentence start, ``反映`` one opening its paragraph (``城镇化率反映…``);
  a quoted topic and its colon opening a paragraph define (``"旅游出口":…``); an answer opening with
  ``即`` or ``是指`` under a headword line needs no topic (``1. 两区`` / ``The “two zones”`` / ``即…``).

  **Where a definition ends** is one rule here: at the end of its paragraph, and over the next
  complete paragraphs that restate the term (an answer going on, quoted or not; not a comment
  ending in a question), unless a label run in after a sentence end (``性质:``) or the sentence
  holding another definition comes first; one that opens inside its sentence ends with it. A
  paragraph of running text that lacks only its closing stop, followed by running text, is complete. A source note in brackets (``(出自…)``) and a table's cell border at
  its end are left out. A definition that the text ends inside is cut by the page, and so is one
  announcing a list (``…以下四个方面:``) whose numbered items run to the end of the text, the last
  unfinished: both are dropped.

* :func:`~policyterms.mining.extract_layouts.ends.split_run_on` — **a definition runs over its lines up to the next headword**, whatever layout
  read it: a line inside an entry that opens an entry of its own (``Y指…``, or a headword and spaces shaped
  like the entry's own first line) ends the entry and starts the next. The layouts join lines and
  paragraphs to an entry by their own rules (a yearbook entry's paragraphs, a note's continuation
  lines), and each set had entries that ran on into the next one that way. In running prose (a headword run
  straight into its marker) a clause opening with another headword run into a strong marker ends the entry
  too (``八个优势是指…八个方面,八项举措就是…``); whole sentences are the layouts' to split.

Each is a bounded look at one line (or a fixed window of lines) and one pass over the entries or the
page (the topic definitions only on a page of explainer length), so reading stays linear.
"""

from __future__ import annotations

import re

from policyterms.text.fold import strip_pinyin
from policyterms.mining.extract_layouts.common import _ANAPHORA, _POINTED_AGAIN, DEFINING_ZHI, HAN, SPEAKER_SAY_LOOKBEHIND, STRONG_WORDS, words_before_marker
from policyterms.mining.extract_layouts.section_headings import EDIT_LINK
from policyterms.mining.extract_layouts.headword_marks import without_square_brackets, without_title_date
from policyterms.mining.extract_layouts.pauses import headword_at_pauses
from policyterms.mining.extract_layouts.sense_words import sense_tail

__all__ = ["elided_subject", "normalise_headword"]

SPACES = r"[\s\u3000\xa0]"
# An enumeration mark of any kind before the headword: (1) ⑴ ① ⒈ ㈠ [1] 〔1〕 1. 1、 1) 一、 (一) 第一, a) A. and
# bullets. A figure that is part of the term stays: 3D打印, 5G网络, 100 万吨级码头, 2.5产业, 十大行动.
_ENUMERATION = re.compile(
    rf"""^{SPACES}*(?:
        [（(]{SPACES}*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}|[A-Za-z]){SPACES}*[)）]
      | \[\d{{1,3}}\] | 〔\d{{1,3}}〕
      | \d{{1,3}}{SPACES}*(?:[.．、](?![\d.．])|[)）])
      | [①-⑳⑴-⒇⒈-⒛㈠-㈩]
      | [一二三四五六七八九十]{{1,3}}[、．](?!\d)
      | 第[一二三四五六七八九十]{{1,3}}[,，、]
      # (a list's item counted as 第一项 / 第二點 before its headword, 第一项合谋行为:指…; not 项目, 点评)
      | 第[一二三四五六七八九十\d]{{1,3}}[项項点點](?![目评評])[,，、]?
      | [A-Za-z][.．)）](?={SPACES}*[^\sA-Za-z.．)）])
      | [•·●○◆◇■□▲△▼▽▶►★☆◎※◉❖➢➤→⇒➔➜▸‣◦]+
      # a zero-padded item number before a headword, with or without a space (01 复工复产, 02新冠疫情: a list of
      # words of the year, P514). Some terms open with a zero themselves (00后, 05后, 007工作制, 0元购): run into the
      # word, only 01 … 09 before anything but 后 is a number; a space after it sets off any headword (01 00后)
      | 0\d{{1,2}}(?={SPACES}+[\u4e00-\u9fff“「『"\d])
      | 0[1-9](?![后後])(?=[\u4e00-\u9fff“「『"])
    ){SPACES}*""",
    re.VERBOSE,
)


# A connective or lead-in before the headword: no part of it (而“三线”是指…, 据了解,常住人口是指…, 简单来说,…,
# 所谓的X, 其中所提X, 本办法所称的X, 前款所称X, a Q&A site's 優選答案X, a study label (领会)X, 第二条(定义)…, 國家統計局指出,X指…, [指标概念]X是指…, 主要统计指标解释X, 这“五个振兴”,
# converter pinyin left at the start when the character it spells went with the lead-in: (chēng)臨時救助).
_LEAD_IN = re.compile(
    rf"""^(?:
        (?:而|但|且|这|這|该|該|此)(?={SPACES}*[“「『"])
      # (a contrast turning to the next term of a pair, 其中,X是…。而未来产业主要指…, P1440; not 而且, 而今, 而立)
      | 而(?![且今立言后後已是则則])(?=[\u4e00-\u9fff]{{2}})
      | (?:另外|此外|同时|同時|其中|其次|首先|最后|最後|那么|那麼|总之|總之|例如|比如)[,，]
      # (turning to the next term of a release, 至於非技術創新活動,主要包括…, 516)
      | (?:至于|至於){SPACES}*(?=[^\s,，。；;:：]{{2}})
      | (?:据了解|據了解|据悉|據悉)[,，]?
      # (Hong Kong's written Cantonese says it with 嚟 for 来 and 啲 for 地: 簡單嚟講,綠色債券(Green Bond)係一種固定收益工具,…,
      # P2549, a press explainer; 簡單啲講)
      | (?:简单|簡單|通俗|具体|具體)(?:地|的|啲)?(?:来|來|嚟)?(?:说|說|讲|講)[,，]?
      | (?:简单|簡單)而言[,，]? | (?:简而言之|簡而言之|换句话说|換句話說)[,，]?
      # a field's or its scholars' usage (学术界讲的当代新词语一般是指…, P516), as 从经济学角度看 is a point of view; a
      # place's usage (台灣所稱的土豆, 中國說的土豆) stays in the term: it tells two senses apart
      | [\u4e00-\u9fff]{{0,6}}(?:界|学者|學者|专家|專家)(?:们|們)?(?:所)?(?:讲|講|说|說|称|稱)的(?=[^\s,，。；;:：]{{2}})
      | (?:所谓|所謂)(?:的)?
      | (?:其中|文中|上文|上述)?所提(?:到)?(?:的)?
      # (a word the sentence before used, glossed by pointing back at it: 以上所说的专利权是指…;所说的商标权,是指…, P3138, an
      # accountancy school's explainer glossing the four rights its first definition listed; 上述所說的, 前面所讲的)
      # (not before a word pointing back again or counting, 以上所说的这些问题是指…, 前面所讲的两种情形, review 71: the subject is the
      # things above, no term)
      | (?:以上|上述|上面|前面|前文|上文)?所(?:说|說|讲|講)的(?=[^\s,，。；;:：]{{2}})(?!{_POINTED_AGAIN})
      # (a word the article named earlier, glossed at last: 上文提到的准入前国民待遇(…)则指…, P2346, a bilingual hot-word column)
      | (?:上文|前文|文中|前面|上面)(?:所)?(?:提到|提及|说到|說到)(?:的|过的|過的)
      # (说明 too: 台電說明，需量反應是指…, P3065, a news agency's report giving the company's own explanation)
      | [^,，。；;:：“”「」]{{2,12}}(?:指出|表示|介绍|介紹|说明|說明)[,，]
      # (and a spokesman's plain 说: 漁護署發言人說,拖網捕魚是…, P3172, a Hong Kong radio station's news item — not the 说 of a
      # lead-in or hearsay, 就是说, 换句话说, 据说, 听说, 一般来说; nor the writer's hedge, 可以说, 所以说, 应该说, 坦率地说, 或者说,
      # 不得不说, 虽说, 按理说, 老实说, review 71: 可以说,第一个五年计划是…的第一个计划, a work report's appraisal)
      | [^,，。；;:：“”「」]{{2,12}}{SPEAKER_SAY_LOOKBEHIND}(?:说|說)[,，]
      # (a speaker's view of the word, 专家认为,X是指…, 他認為國土規畫即…, P2403, a magazine quoting two scholars' readings:
      # 认为 says what follows is the speaker's clause, its subject the word, with or without a comma)
      | [^,，。；;:：“”「」]{{1,12}}(?:认为|認為)[,，]?
      | 第[一二三四五六七八九十百零〇\d]{{1,4}}[条條]{SPACES}*(?:[(（【〔][^()（）【】〔〕]{{1,12}}[)）】〕])?
      | (?:本|前|上)(?:实施|實施)?(?:[一二两兩三]|第[一二三四五六七八九十\d]{{1,3}})?
        (?:办法|辦法|条例|條例|规定|規定|细则|細則|法|决定|決定|规则|規則|意见|意見|通知|方案|规划|規劃|标准|標準|要点|要點|准则|準則|款|条|條|项|項)
      # (an act's enforcement rules cite the act's article whose word they define: 本法第十條所稱X,係指…,
      # 本法第三條第一項第二款所稱X, 606; a rule so written is the plain shape of every 施行細則)
        (?:第[一二三四五六七八九十百零〇\d]{{1,4}}[条條项項款])*
      # (and the part of the cited paragraph: its proviso or its first or second half, 本法第十七條第二項但書所稱X,指…, 756)
        (?:但[书書]|前段|[后後]段)?
        (?:中)?所[称稱](?:的|之)?
      # (a law's second definition after a semicolon, …款项;所称举债额度,指…, and the 之 of its register, 前项所称之X,系指…, P1674)
      # (or the tail of a citation a hard wrap cut off its line, 本法第 21 / 條所稱X,指…, 867, a paper quoting the article)
      # (or a law named before, turned to with 其 or 該法/同法: 其所稱各機關指…, 880, an encyclopedia card quoting a rule)
      # (or a law named by its title, cited by its article: 食品衛生管理法第三條所稱食品添加物,係指…, P3121, a company's FAQ
      # quoting the act; only with the article number, so a place's usage, 台灣所稱的土豆, stays in the term)
      | [《「『]?[\u4e00-\u9fff]{{2,16}}(?:法|条例|條例|细则|細則|办法|辦法|规定|規定|通则|通則)[》」』]?
        (?:第[一二三四五六七八九十百零〇\d]{{1,4}}[条條项項款])+(?:但[书書]|前段|[后後]段)?(?:中)?所[称稱](?:的|之)?
      | (?:其|(?:该|該|同)(?:法|条例|條例|细则|細則|办法|辦法))?
        (?:[条條项項款](?:第[一二三四五六七八九十百零〇\d]{{1,4}}[项項款])*)?所[称稱](?:的|之)?(?=[^\s,，。；;:：]{{2}})
      | [\[【〔][^\]】〕\s]{{2,6}}[\]】〕](?=[^\s\]】〕]{{2}})
      # (an exam question's passage label, 材料一 预制菜是…, P3124: the paper's numbering, set off by a space or a colon)
      | (?:阅读|閱讀|背景)?(?:材料|資料|资料)[一二三四五六七八九十\d]{{1,2}}(?={SPACES}|[:：])[:：]?
      | [(（](?:领会|領會|掌握|了解|识记|識記|理解|熟悉|应用|應用|重点|重點|难点|難點)[)）]
      | (?:优选答案|優選答案|最佳答案|推荐答案|推薦答案|满意答案|滿意答案|精选答案|精選答案|优质答案|優質答案)[:：]?
      | (?:附注|附註)?{SPACES}*(?:\d{{1,2}}[.．、])?{SPACES}*(?:主要)?(?:统计|統計)?(?:指标|指標)(?:解释|解釋|涵义|涵義|含义|含義)(?=[^\s,，]{{2}})
      | [(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{{1,7}}[)）]
    ){SPACES}*""",
    re.VERBOSE,
)


# A headword that is only the sense a definition gives (广义, 狹義, 从广义上, 就其狭义而言): a paragraph opening ``廣義係指…`` or
# ``狹義指…`` whose term is understood (an encyclopedia section, a copy that lost the sentence naming it) names no term.
# So is the era a dictionary's sense is dated to (⒈ 旧时指世代居住在本地的人家, P1713; 古代指…, 今指…): when the word was used so.
_SENSE_ONLY = re.compile(
    r"[\s\u3000]*(?:[⒈-⒛①-⑳][\s\u3000]*)?(?:(?:就其|从其|從其|从|從|在)?(?:广义|廣義|狭义|狹義)(?:上|而言|来说|來說|来讲|來講)?"
    r"|旧时|舊時|古时|古時|古代|旧称|舊稱|今|现今|現今|现在|現在|如今)[\s\u3000,，]*"
)


def sense_only(term: str) -> bool:
    """Whether a headword is only the sense or the era a definition gives (``广义``, ``⒈  旧时``), no term.

    >>> sense_only("⒈  旧时"), sense_only("狹義"), sense_only("旧时代")
    (True, True, False)
    """
    return _SENSE_ONLY.fullmatch(EDIT_LINK.sub("", term.strip(" \t\u3000\xa0"), count=1)) is not None


# A tail after the headword that opens the definition: 分别, 则 after a quoted headword, the sense a definition gives
# (就其广义而言), another name (第三产业即服务业, psl也就是…, X又称Y; X,也被称为Y, X,也叫Y: the passive and 叫, P2942).
_TAIL_KEPT = re.compile(
    rf"""(?:
        (?<=[”」』"]){SPACES}*(?:则|則)
      | (?:分别|分別)
      | (?:就其|从其|從其)?(?:广义|廣義|狭义|狹義)(?:上|而言|来说|來說|来讲|來講)
      | (?<![立随隨旋当當亦则則])即(?![时時期将將使便刻可征徵收])[^,，。；;:：“”「」即()（）【】]{{1,12}}
      | (?:也就是|又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|(?:又|也)被(?:称|稱)|(?:又|也|亦)叫|又名)[^,，。；;:：()（）【】]{{1,12}}
      | (?:既可以|既可|既能|(?<=[”」』"])既)
    ){SPACES}*[,，]?{SPACES}*$""",
    re.VERBOSE,
)


# The separator a glossary line sets between its headword and a definition opening at its marker, when it is no colon:
# a spaced hyphen or en dash (合謀行為 – 指…, 合謀行為 - 指…), an equals sign (合謀行為=指…, 合謀行為 ＝ 指…) or an angle mark
# (合謀行為＞指…). It is no part of the term, nor of the definition, which opens at the marker; a hyphen inside a term
# (COVID-19) or a dash before other words (X – 2021年推出) is untouched.
_SEPARATOR_BEFORE_MARKER = re.compile(rf"^{SPACES}*(?:[-–—=＝>＞]){SPACES}*(?=(?:{STRONG_WORDS}|{DEFINING_ZHI}))")
# (and a full stop typed for the separator right after a Chinese headword, 23.就业结构.指社会劳动力在…, 19.非均衡分析.指…, P3696,
# an exam-training site's numbered terms: the stop closes the headword, no sentence; after a Latin letter it may close an
# abbreviation, U.S., and stays)
_SEPARATOR_CLOSING_TERM = re.compile(rf"(?<=[^\s\u3000\-–—=＝>＞]){SPACES}*[-–=＝>＞]{SPACES}*$|(?<=[\u3400-\u9fff])[.．]{SPACES}*$")


# The item's number glued to a headword closed by a full stop (12劳动力生产费用.指…, 13机制.指…, P3696, beside 11.实证分析… and
# 19.非均衡分析.指…): the writer's stop slipped from after the number to after the headword, so the number is the item's, no
# part of the term. Not a number counting what the word names (2型糖尿病, 3级风险, 5年规划, 12个月): a classifier after it.
_MOVED_ITEM_NUMBER = re.compile(r"\d{1,2}(?=[\u4e00-\u9fff]{2})(?![型类類级級号號年月日个個种種次元岁歲期代届屆部条條项項章节節小分天周週倍层層])")


def without_separator(term: str, definition: str) -> tuple[str, str]:
    """``(term, definition)`` without a separator between them that is no colon (a spaced dash, ``=``, ``＞``), when the
    definition opens at its marker.

    >>> without_separator("合謀行為", "– 指企業之間協議合作的行為。"), without_separator("合謀行為=", "指企業之間協議合作的行為。")
    (('合謀行為', '指企業之間協議合作的行為。'), ('合謀行為', '指企業之間協議合作的行為。'))
    >>> without_separator("新冠疫情", "– 2020年初爆發。"), without_separator("COVID-19", "是指…。")
    (('新冠疫情', '– 2020年初爆發。'), ('COVID-19', '是指…。'))
    >>> without_separator("就业结构.", "指社会劳动力…。"), without_separator("13机制.", "指…。"), without_separator("2型糖尿病.", "指…。")
    (('就业结构', '指社会劳动力…。'), ('机制', '指…。'), ('2型糖尿病', '指…。'))
    """
    opening = _SEPARATOR_BEFORE_MARKER.match(definition)
    if opening is not None:
        definition = definition[opening.end() :]
    closing = _SEPARATOR_CLOSING_TERM.search(term)
    if closing is not None and _MARKER_OPENING_DEFINITION.match(definition):
        moved = _MOVED_ITEM_NUMBER.match(term) if term[closing.start() :].strip(" \t\u3000") in (".", "．") else None
        term = term[moved.end() if moved else 0 : closing.start()]
    return term, definition


# Another name set off by commas between the headword and a strong marker (政采贷,即政府采购供应商信用融资,是指…; 教联体,即教育
# 联合体,是指…, P1237 and P1248): a name with no 的 in it (即政务服务事项子项的名称 glosses and stays), an aside left out of both.
# (a full name of up to twenty characters, a space after 即 allowed: 深港通,即 深港股票市场交易互联互通机制,是指…, P1494)
_ALIAS_NAME = r"即[\s\u3000]?[^,，。；;:：“”「」即()（）【】的\s\u3000]{2,20}"
_ALIAS_ASIDE = re.compile(rf"{SPACES}*{_ALIAS_NAME}{SPACES}*[,，]?{SPACES}*")
# A slogan built on 即 in its sense "as soon as" (A即B: B done the moment A is: 接诉即办, 免申即享, 拿地即开工, 交房即交证,
# P3471, a newspaper editorial's 接诉即办,通俗说就是…): one word, its 即 no marker of another name. Read from its shape: a
# deed of two or three characters before 即 and one or two after it, nothing else; another name after 即 is longer (社保即
# 社会保险, 第三产业即服务业, 央企即中央企业 keep their 即 tail).
_SLOGAN_JI = re.compile(r"[\u4e00-\u9fff]{2,3}即[\u4e00-\u9fff]{1,2}")
# A term run on with who set the thing up or runs it, its comma before the marker (积分落户由市人力资源和社会保障局负责,是指…;
# 公共租賃住房由政府投資建設,是指…; 醫療券由衞生署負責,是指…, review 61): the subject before 由 is the term, as a headword
# block's answer leaves the founder frame out (headwords._FOUNDER_FRAME, X由Y成立,是…). With no subject left (本条例由立法会制定,是指…,
# the law's self-reference taken off before), no term.
_FOUNDED_TERM = re.compile(
    r"(?P<subject>(?:[^,，。；;:：\s\u3000]{2,20}?)?)由[^,，。；;:：\n]{2,30}"
    r"(?:成立|设立|設立|创立|創立|创办|創辦|设计|設計|管理|营运|營運|推行|推出|制定|负责|負責|投资建设|投資建設|签发|簽發)"
)
_POINTING_SUBJECT = re.compile(r"该|該|这|這|此|其|本(?:项|項|中心|会|會|局|计划|計劃|项目|項目)")
_STRONG_MARKER = re.compile(rf"{SPACES}*(?:{STRONG_WORDS})")
_MARKER_OPENING_DEFINITION = re.compile(rf"(?:{STRONG_WORDS}|{DEFINING_ZHI})")
# The same aside with its name quoted or glossed in brackets (非遗,即“非物质文化遗产”(Intangible Cultural Heritage),指的是…,
# P2608, a news forum's post): quotes and an English gloss mark a name the more plainly, and are left out with it.
_GLOSSED_ALIAS_NAME = (
    r"即[\s\u3000]?(?:[“「\"][^,，。；;:：“”「」()（）【】\n]{2,20}[”」\"]|[^,，。；;:：“”「」即()（）【】的\s\u3000]{2,20})"
    r"(?:[\s\u3000]?[(（][^()（）,，。；;:：\n]{1,60}[)）])?"
)
_ALIAS_ASIDE_OPENING = re.compile(rf"{_GLOSSED_ALIAS_NAME}[,，]{SPACES}*(?={STRONG_WORDS})")
# An encyclopedia lead's other names set off by commas between the headword and its marker (过渡时期总路线,又称“一化三改”,指…;
# 五小工业,又称为五小企业,是…; 山西,简称晋,又称“三晋”,是…: P1273, P1276, P924): asides, left out of the definition as the
# golds leave them, which opens at the marker. Not a full name (全称为…,是…: it glosses, and stays), nor a name run into the
# headword without a comma (铁路营业里程 又称营业长度…,指…; X简称GDP,是…: the notes' alias, which opens the definition).
# (a semicolon typed for the aside's closing comma, 长期护理保险,又称老年护理保险;是…, P2428, an answerer's page: the same aside)
# The same names given by other verbs a page writes (预制菜,又称为预制调理食品,一般指…, P2782; 子女教育保险,又称做…,也叫做…,是…,
# P2816; 私人小客车合乘,也被称为“拼车”“顺风车”,是由…的共享出行方式, P2942: news and answer pages, both golds opening at the
# marker): 称作/称做, 叫/叫做, 又名, the passive 被称为; and the marker after a hedge (一般指, 通常是指), or 是由 naming how the thing
# is made up (not 是由于, a cause).
_OTHER_NAMES_ASIDE = re.compile(
    r"(?:(?:(?:又|亦|也|俗|别|別|简|簡|古|旧|舊)(?:被)?(?:称|稱)|(?:又|也|亦|俗)叫|又名|也被(?:称|稱))(?:为|為|作|做)?"
    rf"[^,，。；;:：()（）【】\n]{{1,15}}[,，;；]{SPACES}*){{1,3}}"
    rf"(?=(?:一般|通常|主要)?(?:{STRONG_WORDS})|(?:一般|通常|主要)?{DEFINING_ZHI}|是由(?![于於])|是(?![否不在因为為由]))"
)
# The same other names run straight into the headword in a sentence of prose, no comma before them (银发经济又叫老年经济,主要是指
# …, P2601, a daily word's knowledge point; 预制菜又称为预制调理食品,一般指…, P2782): asides all the same, the definition opening at
# the marker or the adverb before it, as those golds write it. Only another name (又称, 又叫, 也叫做 …): a short form glued to its
# word (X简称GDP,是…) opens the definition, as the notes' golds keep it, and so does a name after a space (铁路营业里程 又称营业长度…,
# 指…, a yearbook's spaced headword).
# A bare 是 after glued names is no marker here: 外匯又稱國際匯兌、貨幣市場,是世界上最大的金融市場 (P2484, a lesson) ranks the
# thing, no gloss; so 子女教育保险又称做…,也叫做少儿教育险,是… (P2816, whose gold leaves the names out) is left to the readers before.
_GLUED_OTHER_NAMES = re.compile(
    r"(?:(?:又称|又稱|亦称|亦稱|也称|也稱|又叫|也叫|又名)(?:为|為|做|作)?"
    rf"[^,，。；;:：()（）【】\n]{{1,15}}[,，]{SPACES}*){{1,3}}"
    rf"(?=(?:主要|一般|通常)?(?:(?:{STRONG_WORDS})|{DEFINING_ZHI}))"
)


# An adverb between the headword and its marker qualifies the marker, not the term (工業(industry)主要是指…, 核心 CPI
# 一般是指…, X通常指…, X大多指…, X也称…, “内卷”原指…, “内卷”现多用于指…): it opens the definition, as the gold of every set
# writes it (主要是指…, 原指…); a frame naming the word (“破防”一词, 这一概念) goes with neither (see
# :func:`.common.words_before_marker`). The definition must open with a marker for the words to leave the term.
_OPENS_WITH_MARKER = re.compile(r"(?:是|指|即|系|係|为|為|包括|称|稱|叫|就是|可以|可)")
# A tail that only says how the definition is put: part of neither (三区具体是指…, 碳中和,顧名思義,是指…).
_TAIL_DROPPED = re.compile(
    rf"""{SPACES}*[,，]?{SPACES}*(?:
        (?:具体|具體)(?:来说|來說|而言)?
      | (?:顾名思义|顧名思義|简单来说|簡單來說|简单地说|簡單地說|简单说|簡單說|通俗地说|通俗地說|简单而言|簡單而言|通俗来说|通俗來說|说白了|說白了)
      # how easily the word is understood, an aside between it and its marker («直接排放量»比較容易理解,是指…, P3060)
      | (?:比较|比較|相对|相對|很|更)?(?:容易|好)(?:理解|懂)|不难理解|不難理解
      # an adverb of comparison before the marker (傷殘津貼同樣是指…, review 69, as topics reads 同樣是): part of neither
      | 同样|同樣
    ){SPACES}*[,，]?{SPACES}*$""",
    re.VERBOSE,
)


# A law's frame around its defined word, ``稱X者`` (一、稱國產電影片者,指由我國電影片製作業…之電影片。, 二、稱非國產電影片者,指…,
# 774, a bureau's criteria notice; 稱X者,謂… throughout the civil code, 598): the frame says the sentence defines the word X,
# and 稱 and 者 are no part of it (as 本法所稱 before a word is none). Only the whole frame: a word closing on 者 alone
# (消費者, 申請者) or opening on 稱 alone (稱號) keeps it.
_CALLED_FRAME = re.compile(r"[称稱](?P<term>[^\s\u3000,，。；;:：()（）「」“”称稱]{2,20}?)者")
# The law's gloss after the frame, 指… or 謂… (not 是指…: 稱號獲得者是指…的個人 is a word opening with 稱號, review 57).
_CALLED_GLOSS = re.compile(r"[\s\u3000]*(?:[系係]?指|謂|谓)")
# A gloss closing on a person (…接受服務者。, …之人。) and a word naming one (…人, …員, …主, …戶, …者).
_PERSON_GLOSS = re.compile(r"(?:者|之人|的人)[。；;]?[\s\u3000]*$")
# (and the person nouns a law defines whose last character names no person alone: 稱配偶者,指依法結婚之人 defines 配偶, 稱派遣勞工者,
# 指…提供勞務者 defines 派遣勞工, 兒童, 少年, 家屬, 遺族, 病患, 居民, review 58; 受僱, 消費, 經營, 施工 take 者 as before)
_PERSON_WORD = re.compile(
    r"(?:人|[员員]|主|[户戶]|者|方|家|商|[师師]|生|[劳勞职職移技童女民]工|配偶|子女|[儿兒]童|少年|青年|[家亲親][属屬]|[遗遺]族|病患|民[众眾]|人士"
    r"|[居农農渔漁公国國市侨僑难難移]民)$"
)
# A headword that is only the place a sense holds in (在中国, 在我国, 在大陆): a card's gloss opening
# with its frame (词条:厂长负责制 / 在中国,指…), the term named elsewhere; never a term.
_ONLY_FRAME = re.compile(r"[\s\u3000]*(?:在(?:中国|中國|我国|我國|国内|國內|国外|國外|大陆|大陸|台湾|臺灣|香港|澳门|澳門))[\s\u3000,，]*")
# A headword that is only a source (據…的解讀, 根据…), never a term.
_ONLY_SOURCE = re.compile(r"^(?:据|據|根据|根據|按照|依照|来源|來源|出自|摘自)[^,，。]{0,40}$")
_SEPARATORS = re.compile(r"[\s\u3000,，:：]*")
# A reason clause (之所以说X是…,是从…得出的结论, 219): it argues for a verdict on X and names no term.
# (nor does a clause of grounds or circumstance opening with its conjunction: (二)鑑於現時與水資源管理有關的政府部門包括水務署、…,
# 政府會否…, 978, a legislature's question; 由于…, 随着…, 为了…: what the sentence's point rests on, no headword, and no
# term opens with such a conjunction; not 基于, which opens real terms: 基于风险的监管, 基于价值的医疗)
_REASON_CLAUSE = re.compile(r"^(?:之所以|所以说|所以說|[鑑鉴鑒][於于]|由[於于]|[随隨]着|[隨随]著|[为為]了)")
# A subject closed by an adverb standing before its verb (這兩部權威法律都 / 是以「大陸地區」稱呼對岸, P651; 香港人常使用的粵語又 /
# 俗稱廣東話, P652): a sentence's subject, not a headword (首都, 成都, 京都 close on 都 as a noun).
_ADVERB_CLOSING = re.compile(r"[^\s\u3000]{3,}(?<![首京成国國古建定帝陪旧舊故迁遷])(?:都|又|也)$")
# A definition of nothing but a marker and its colon (兩中心一平臺分別指:, the items below it the entries).
_EMPTY_DEFINITION = re.compile(r"[\s\u3000]*(?:分别|分別)?(?:是指|指的是|就是|是|指|即|为|為|包括)?[\s\u3000:：,，。]*")


_HAN = re.compile(r"[\u4e00-\u9fff]")


# A headword framed as its meaning before a colon (中考名额到校的意思是:是指…, P2079; X的含义是:指…): the frame is no part of the
# term when the definition after the colon opens with a marker of its own (a bare gloss, 工作的意思是:做事情, keeps the line as
# the layout read it).
# (a qualified definition too, 長期照顧的法定定義是:指…, 全域旅游的官方定义是:指…, review 65, as prose's framed terms read it)
# The words qualifying a definition as someone's or a standard's (的官方定义, 的法定定義, 的学术定义): no part of the term before them
# (this tail's frame, and prose's framed and named definitions).
DEFINITION_QUALIFIERS = r"官方|法定|学术|學術|正式|权威|權威|标准|標準"
_MEANING_FRAME_TAIL = re.compile(r"的(?:(?:" + DEFINITION_QUALIFIERS + r")?(?:含[义義]|定[义義])|意思|涵[义義])(?:是|为|為)?$")
_MARKER_OPENING_GLOSS = re.compile(r"[\s\u3000]*(?:是指|指的是|系指|係指|就是|即|指)")
# A headword framed as its definition before a colon (都市更新定義為:將老舊、危險…的房屋…翻修或整頓。, P3529, a Taiwan builder's
# page; 古蹟定義:…, 864; X的定义为:…, X之定義:…): 定義 says outright that the text after the colon is the word's definition, so
# the frame is no part of the term even where that text opens with no marker of its own (the bare gloss the golds start at the
# colon). Only 定義 reads so: 的意思是: and 的含义: over a bare gloss keep the line as the layout read it (above). Not a label
# over a section of definitions, whose head is a class of words (統計項目定義:, 名詞定義:, 用語定義:, 指標定義:), nor a word
# redefined or defined by someone (重新定義為:, 被定義為:, 將X定義為:, 對X的定義:, prose's definers).
_DEFINITION_FRAME_TAIL = re.compile(
    r"(?<!重新)(?<![再被将將把对對])(?:的|之)?(?:(?:" + DEFINITION_QUALIFIERS + r")?定[义義])(?:是|为|為)?$"
)
_SECTION_OF_DEFINITIONS = re.compile(r"(?:名[词詞]|用[语語]|[术術][语語]|[词詞][语語]|[词詞][汇彙]|[项項]目|指[标標]|概念|以下|下列|相[关關]|主要|基本)$|^[本该該此]")
_COLON_AFTER = re.compile(r"[\s\u3000]*[:：]")


# 则 before a sibling's marker (…的行為;間接排放則是…, P3060; 「資源」則是…, 741; 內陸濕地則是…, P2695): the contrast joins the
# parallel definition to the one before it, and every gold starts such a definition at 是 or 指, 则 left out.
_THEN_MARKER = re.compile(r"[\s\u3000]*[则則](?=是(?![否非])|指)")


def _without_definition_frame(term: str, quote: str) -> str:
    """``term`` without a closing ``定義``/``的定義為`` frame when the entry's ``quote`` has a colon right after it
    (see ``_DEFINITION_FRAME_TAIL``).

    >>> _without_definition_frame("都市更新定義為", "都市更新定義為:將老舊…翻修或整頓。"), _without_definition_frame("古蹟定義", "古蹟定義: 指…")
    ('都市更新', '古蹟')
    >>> _without_definition_frame("統計項目定義", "統計項目定義:…"), _without_definition_frame("都市更新定義為", "都市更新定義為將老舊…")
    ('統計項目定義', '都市更新定義為')
    """
    framed = _DEFINITION_FRAME_TAIL.search(term)
    if framed is None or framed.start() < 2 or _SECTION_OF_DEFINITIONS.search(term[: framed.start()]):
        return term
    at = quote.find(term)
    if at < 0 or not _COLON_AFTER.match(quote, at + len(term)):
        return term
    return term[: framed.start()]


# A news site's list of other stories sets each title twice, the link's text and its title below it (2. 福岡乒乓球總決賽 林兆恆
# 和何釣傑負法國組合 男雙首圈止步 / 福岡乒乓球總決賽 林兆恆和何釣傑負法國組合 男雙首圈止步 / 4小時前, P3621): a headword and a
# definition that together say one text twice over are a title, no entry. (Fifteen characters at least: a slogan restated,
# 一网通办 一网通办, is short.)
_TWICE_MINIMUM = 15
_NO_SPACE = re.compile(r"[\s\u3000\xa0]+")


def _said_twice(text: str) -> bool:
    """``text``, spaces aside, is one text of fifteen characters or more written twice over."""
    joined = _NO_SPACE.sub("", text)
    half = len(joined) // 2
    return half >= _TWICE_MINIMUM and len(joined) == 2 * half and joined[:half] == joined[half:]


def normalise_headword(term: str, definition: str, quote: str = "") -> tuple[str, str] | None:
    """``(term, definition)`` with what is no part of the term moved off it, or None when nothing
    of a headword is left.

    ``term`` and ``definition`` are an entry's as a layout cut them (converter pinyin already
    removed); ``quote`` is the verbatim text, used to keep the separator between a tail that opens
    the definition and the rest of it (``第三产业即服务业,是指…`` → ``即服务业,是指…``).

    >>> normalise_headword("⑴终端能源消费量", "指一定时期内…。")
    ('终端能源消费量', '指一定时期内…。')
    >>> normalise_headword("第一二三産業分别", "指農業、工業和服務業。")
    ('第一二三産業', '分别指農業、工業和服務業。')
    >>> normalise_headword("第三产业即服务业", "是指除第一产业、第二产业以外的其他行业。", "第三产业即服务业,是指除第一产业、第二产业以外的其他行业。")
    ('第三产业', '即服务业,是指除第一产业、第二产业以外的其他行业。')
    >>> normalise_headword("而“三线”", "是指城镇开发边界…。")
    ('“三线”', '是指城镇开发边界…。')
    >>> normalise_headword("三区三线中的三区具体", "是指城镇空间、农业空间、生态空间。")
    ('三区三线中的三区', '是指城镇空间、农业空间、生态空间。')
    >>> normalise_headword("就其狹義而言", "是指無產階級…。") is None, normalise_headword("兩中心一平臺分別", "指:") is None
    (True, True)
    >>> normalise_headword("二、稱非國產電影片者", "指國產電影片以外之電影片。"), normalise_headword("消費者", "指…。")
    (('非國產電影片', '指國產電影片以外之電影片。'), ('消費者', '指…。'))
    >>> normalise_headword("稱消費者", "指以消費為目的而為交易、使用商品或接受服務者。")[0], normalise_headword("稱雇主者", "指僱用受僱者之人。")[0]
    ('消費者', '雇主')
    >>> normalise_headword("稱配偶者", "指依法結婚之人。")[0], normalise_headword("稱派遣勞工者", "指受派遣事業單位僱用,並向要派單位提供勞務者。")[0]
    ('配偶', '派遣勞工')
    >>> normalise_headword("稱號獲得者", "是指經評審授予榮譽稱號的個人。")[0]
    '稱號獲得者'
    >>> normalise_headword("[编辑]广义", "系指时下…。") is None
    True
    >>> normalise_headword("增值税即征即退", "是指…。"), normalise_headword("即时配送", "是指…。")
    (('增值税即征即退', '是指…。'), ('即时配送', '是指…。'))
    >>> normalise_headword("“江湖”既可", "指自然水域,也可隐喻社会关系网络。")
    ('“江湖”', '既可指自然水域,也可隐喻社会关系网络。')
    >>> normalise_headword("這兩部權威法律都", "是以「大陸地區」稱呼對岸。") is None, normalise_headword("首都", "是指国家的政治中心。")
    (True, ('首都', '是指国家的政治中心。'))
    >>> normalise_headword("2023年全国两会召开在", "即,南方网和粤学习客户端推出原创策划。") is None
    True
    >>> normalise_headword("中考名额到校的意思是", "是指近几年…的招生政策。"), normalise_headword("工作的意思是", "做事情。")
    (('中考名额到校', '是指近几年…的招生政策。'), ('工作的意思是', '做事情。'))
    """
    original = term
    term = without_square_brackets(without_title_date(term.strip(" \t\u3000\xa0")))  # 【X】, X 2011-03-17
    term = headword_at_pauses(term)  # “內地”一詞.照字面上的意思..是指…: a blog's ASCII pauses; 而且..指的是…: none
    if term is None:
        return None
    then = _THEN_MARKER.match(definition)
    if then:
        definition = definition[then.end() :]  # …的行為;間接排放則是製造過程中…: 則 joins the sibling to its marker, no part of the gloss
    if _said_twice(term + definition):
        return None  # 福岡乒乓球總決賽 / 林兆恆…止步 福岡乒乓球總決賽 林兆恆…止步: a story's link and its title, a list of news (P3621)
    half = len(term) // 2
    if half >= 2 and len(term) == 2 * half and term[:half] == term[half:] and _HAN.search(term):
        term = term[:half]  # 鄂西生态文化旅游圈鄂西生态文化旅游圈 包括…: a page that writes its text twice over (P1738), one headword
    if _SENSE_ONLY.fullmatch(EDIT_LINK.sub("", term, count=1)):
        return None  # 廣義係指…, 狹義指…: the sense of a headword the page does not name here (P362, P524), no term
        # ([編輯]廣義係指…: a wiki copy's edit link run into the section's first line before it, P1582)
    if term.endswith("在") and definition.lstrip(" \t\u3000").startswith("即"):
        return None  # 2023年全国两会召开在即,…: 在即 (close at hand) is one word, no 即 defining a clause before it (P1692)
    framed = _MEANING_FRAME_TAIL.search(term)  # 中考名额到校的意思是:是指…: an answer card's label, its marker after the colon
    if framed and framed.start() >= 2 and _MARKER_OPENING_GLOSS.match(definition):
        term = term[: framed.start()]
    term = _without_definition_frame(term, quote)  # 都市更新定義為:將老舊…: the frame before the colon, no part of the term
    labelled = _DEFINITION_LABEL_LINE.match(definition) if _DEFINITION_LABEL.fullmatch(term) or _DEFINITION_LABEL_RUN_IN.match(definition) else None
    if labelled and _NO_TERM_AFTER_LABEL.fullmatch(labelled.group("term")):
        if _DEFINITION_LABEL.fullmatch(term) or not _DEFINITION_LABEL_RUN_IN.match(definition):
            return None  # 概念:主要是指…, 概念:指的是…: the label's line names no term, and the label is none
        # 乡村振兴 / 定义:往往指…: the headword above is the term, the label left out (as 定義: under P285's headword)
        definition = definition[_DEFINITION_LABEL_RUN_IN.match(definition).end() :].lstrip(" \t\u3000")
        labelled = None
    if labelled:  # 定义 :“三会一课”是…; 定义与特点 / 定义:X是指…: the label's line names its own term
        term, definition, original = labelled.group("term"), definition[labelled.start("marker") :], labelled.group("term")
        aspect = _NEXT_LABEL.search(definition)
        definition = definition[: aspect.start()] if aspect else definition  # …的总称。特点:…: the next label's aspect
    for _ in range(4):  # marks and lead-ins come in any order: (1)而“X”, 其次,所謂「X」
        stripped = _LEAD_IN.sub("", _ENUMERATION.sub("", term, count=1), count=1)
        if stripped == term:
            break
        term = stripped
    called = _CALLED_FRAME.fullmatch(term)
    if called and _CALLED_GLOSS.match(definition):  # 稱國產電影片者 / 指…: the law's frame off the word it defines
        # (a person defined, …接受服務者, names a word for a person: 稱消費者,指…者 frames 消費者 with one 者, review 57)
        person = _PERSON_GLOSS.search(definition) and not _PERSON_WORD.search(called.group("term"))
        term = called.group("term") + "者" if person else called.group("term")
    if _ONLY_FRAME.fullmatch(term):
        return None  # 在中国,指以厂长作为…(a dictionary card's gloss, P1279): where the sense holds, no term
    if _ONLY_SOURCE.match(term) or _REASON_CLAUSE.match(term) or _TIME_STAMP.fullmatch(definition.strip(" \t\u3000\xa0")):
        return None  # (发布网友 发布时间:2022-04-23 04:11: a forum's byline, a time stamp for a definition)
    tail = ""
    for _ in range(3):  # 三区具体 / X,顧名思義 / X即Y: a dropped tail may sit after a kept one
        dropped = _TAIL_DROPPED.search(term)
        if dropped and dropped.start() > 0:
            term = term[: dropped.start()]
            continue
        if dropped and dropped.start() == 0:
            return None  # 具体来说: nothing of a headword
        kept = _TAIL_KEPT.search(term)
        if kept is None:
            break
        if kept.start() == 0:
            return None  # 就其狭义而言: a sense, no headword
        if kept.group().lstrip(" \t\u3000").startswith("即") and term.count("即") > 1:
            break  # 增值税即征即退: 即 inside the term
        if kept.group().lstrip(" \t\u3000").startswith("即") and _SLOGAN_JI.fullmatch(term.strip(" \t\u3000,，")):
            break  # 接诉即办, 免申即享: 即 (as soon as) inside a slogan
        if len(term[: kept.start()].strip(" \t\u3000")) < 2:
            break
        if _ALIAS_ASIDE.fullmatch(kept.group()) and term[: kept.start()].rstrip(" \t\u3000")[-1:] in ",，" and _STRONG_MARKER.match(definition):
            term = term[: kept.start()]  # 政采贷,即政府采购供应商信用融资,是指…: the full name an aside, the definition at 是指
            continue
        tail = kept.group().strip(" \t\u3000,，") + _between(kept.group().strip(" \t\u3000,，"), definition, quote) + tail
        term = term[: kept.start()]
    term, definition = without_separator(term.strip(" \t\u3000\xa0,，"), definition)  # 合謀行為 – 指…, 合謀行為=指…
    sense = sense_tail(term, definition) if not tail else None
    if sense is not None:  # 内卷原意 / 是指…: the sense word opens the definition
        term, definition = sense
    between = words_before_marker(term) if not tail and _OPENS_WITH_MARKER.match(definition) else None
    if between is not None:  # 工業(industry)主要 / 是指…, “内卷”原 / 指…: the adverb goes with the marker (一词 with neither)
        term, tail = between[0].rstrip(" \t\u3000\xa0"), between[1]
    if not term or _EMPTY_DEFINITION.fullmatch(tail + definition) or _ADVERB_CLOSING.fullmatch(term):
        return None
    if _ANAPHORA.fullmatch(term):
        return None  # 後者則 / 是指…: with its adverb gone, a word pointing back to terms already named names none (P2605)
    founded = _FOUNDED_TERM.fullmatch(term) if _OPENS_WITH_MARKER.match(definition) else None
    if founded is not None:  # 积分落户由市人社局负责 / 是指…: who set it up or runs it no part of the term (review 61)
        term = founded.group("subject")
        if not term or _POINTING_SUBJECT.match(term):
            return None  # 该中心由区政府设立,是指…: a report's remark on a thing already named, no term; (本条例)由立法会制定: no subject left
    compared = _negated_comparison(term, tail + definition)
    if compared is not None:  # 租购同权并非 / 指完全等同于买房,而是指…: the term, and the definition after 而是
        if not compared[0]:
            return None
        term, definition, tail = compared[0], compared[1], ""
    if _WHEN_CLAUSE.search(term) or not tail and (_CLEFT.fullmatch(definition.strip(" \t\u3000\xa0")) or _FORMED_CLEFT.match(definition)):
        return None  # 两个维护提出于十九大期间 / 也就是…: when it was said; 城镇、乡村 / 是按…划分的。: how it is counted
    if term.startswith(("关于", "關於")):
        return None  # 关于接诉 / 即办的功能定位和制度内涵: a title (关于X的…) cut at a 即 inside its term
    if _SPLIT_WORD_XI.search(term[-1:] + (tail + definition)[:3]) and not (
        _AGENCY_WORD.search(term) and not _VERB_AFTER_XI.match(tail + definition)
    ):
        return None  # 綜合考核評價指標體 / 系指標解釋…: 系 closes a word (体系), and 指標 is a word: no 系指 marker
    restated = _restated_headword(term, tail + definition)
    if restated is not None:  # 医疗卫生机构  医疗卫生机构  指… / 統計觀察 / 統計觀察( statistical observation)即…
        term, definition, tail = restated[0], restated[1], ""
    aside = (_ALIAS_ASIDE_OPENING.match(definition) or _OTHER_NAMES_ASIDE.match(definition)) if not tail else None
    if aside and (at := quote.find(definition)) > 0 and quote[:at].rstrip(" \t\u3000")[-1:] in ",，":
        definition = definition[aside.end() :]  # 政采贷 / ,即政府采购供应商信用融资,是指…: the aside left out (as above)
    else:
        aside = None  # (an aside with no comma before it is glued to the word: read below)
    glued = _GLUED_OTHER_NAMES.match(definition) if not tail and not aside else None
    if glued and (at := quote.find(definition)) > 0 and HAN.match(quote[at - 1]):
        definition = definition[glued.end() :]  # 银发经济又叫老年经济,主要是指…: the other name left out (as above)
    named = _FULL_NAME_THEN_SHORT.match(definition) if not tail else None
    if named and named.group("short").strip(" \t\u3000") == term.strip(" \t\u3000“”「」\"《》"):
        definition = definition[named.end() :]  # 高考:普通高等学校招生全国统一考试,简称“高考”,是…: the naming before the marker
    framed = _restated_after_frame(term, definition) if not tail else None
    if framed is not None:  # 街区 / 在城市中,街区通常是被道路所包围的区域…: the definition opens at the restated term's marker
        definition = framed
    if term == original.strip(" \t\u3000\xa0") and not tail:
        return original, definition
    return term, tail + definition


# A short opening clause before the term restated with its marker (在城市中,街区通常是被道路所包围的区域…, a dictionary
# card; 数字经济是继农业经济、工业经济之后的主要经济形态,数字经济是以数据资源为关键要素…): the golds of the sets open the
# definition at the restated term's marker. Only a first clause of 24 characters at most, before any full stop: a second
# sentence restating the term (…的乘积。相较于运量而言,周转量是…) and a long first clause run on (…打造我國經濟增長第四極的」中三角「,
# 中三角是…) stay whole.
_FRAME_CLAUSE = r"[^,，。；;!！?？\n]{1,24}[,，][\s\u3000]*"
# (a bare 指 only where it opens no longer word: 消费者信心指数是… restates no 消费者信心)
_MARKER_AFTER_RESTATED = re.compile(rf"(?:通常|一般|主要)?(?:是指|指的是|是(?![否非])|{DEFINING_ZHI})")


def _restated_after_frame(term: str, definition: str) -> str | None:
    """``definition`` from the marker of the term restated after a short opening clause, or None.

    >>> _restated_after_frame("街区", "在城市中,街区通常是被道路所包围的区域。")
    '通常是被道路所包围的区域。'
    >>> _restated_after_frame("周转量", "是指…的乘积。相较于运量而言,周转量是旅客或货物的数量乘其运输距离。") is None
    True
    >>> _restated_after_frame("消费者信心", "是指消费者对经济的看法,消费者信心指数是反映这种看法的指标。") is None
    True
    """
    bare = term.strip(" \t\u3000“”「」\"'‘’")
    if len(bare) < 2:
        return None
    restated = re.match(_FRAME_CLAUSE + r"[“「\"]?" + re.escape(bare) + r"[”」\"]?", definition)
    if restated is None or not _MARKER_AFTER_RESTATED.match(definition, restated.end()):
        return None
    return definition[restated.end() :]


# A term cut before its negation (租购同权并非 / 指完全等同于买房,而是指在一些基本公共服务方面…, P520): a comparison first,
# then the definition after 而是 in the same sentence (as 不仅 cuts a term before its second sense, P498).
# (or before 并不, its 是指 taken for the marker: “放管服”并不 / 是指简单放权,而是要…, no definition after 而是)
_NEGATION_TAIL = re.compile(rf"{SPACES}*(?:并非|並非|并不是|並不是|并不|並不){SPACES}*$")
# (…,它是指B: the pronoun names the term again, as 而是 turns to it)
_BUT_RATHER = re.compile(rf"[^。；;！!？?]*?[,，][\s\u3000]*(?:而是|它|其)[\s\u3000]*(?=是指|指的是|{DEFINING_ZHI}|即)")


def _negated_comparison(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` for a headword cut before 并非 (``X并非指A,而是指B``): the term without its negation, the
    definition from the marker after 而是 — what X is, the comparison before it left out; ``("", "")`` (no entry) when no
    such marker follows in the sentence: a negation defines nothing. None when the headword does not end in 并非."""
    negation = _NEGATION_TAIL.search(term)
    if negation is None or negation.start() < 2:
        return None
    rather = _BUT_RATHER.match(definition)
    if rather is None:
        return "", ""
    return term[: negation.start()], definition[rather.end() :]


# A definition label (定义 :, 定義:, 概念:, 含义:) as a headword, or run into the explanation under a heading (定义与特点 /
# 定义:X是指…): the sentence after it restates the term it defines, and that term is the headword (P365, P377, P432).
_DEFINITION_LABEL_WORDS = "定义|定義|概念|含义|含義|涵义|涵義"
_DEFINITION_LABEL = re.compile(rf"(?:{_DEFINITION_LABEL_WORDS})")
# What stands before the marker when no term follows a definition label: an adverb (主要是指, 通常指) or 指的 of 指的是.
_SAYING_ADVERBS = "一般来说|一般來說|通常来说|通常來說"
_NO_TERM_AFTER_LABEL = re.compile(
    rf"(?:主要|通常|一般|往往|大多|大都|{_SAYING_ADVERBS}|具体|具體|大致|大体|大體|简单来说|簡單來說|指的|也就|这里|這裡)"
)
_DEFINITION_LABEL_RUN_IN = re.compile(r"[\s\u3000]*(?:定义|定義)[\s\u3000]*[:：]")
# A time stamp, after a label naming it (发布时间:2022-04-23 04:11, 时间:2023-10-14 09:59): a byline, no definition.
_TIME_STAMP = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:时间|時間|日期)[\s\u3000]*[:：])?[\s\u3000\d\-/:.年月日号號]{6,}")
_NEXT_LABEL = re.compile(r"(?<=[。！？!?])[\s\u3000]*[^\s\u3000,，。；;:：、“”「」()（）]{2,4}[\s\u3000]*[:：]")
_DEFINITION_LABEL_LINE = re.compile(
    r"(?:[\s\u3000]*(?:定义|定義)[\s\u3000]*[:：])?[\s\u3000]*"
    r"(?P<term>[“「][^“”「」\n]{1,25}[”」][^\s\u3000,，。；;:：“”「」是指即]{0,4}|[^\s\u3000,，。；;:：“”「」()（）]{2,20}?)"
    r"[\s\u3000]*(?P<marker>是指|指的是|是(?![否在不])|指|即)"
)


# A headword that is a clause saying when or where something was put forward (两个维护提出于十九大期间), and a whole
# definition that is one cleft sentence saying how a thing is counted (是按国家统计局《…规定》划分的。): no entries.
_WHEN_CLAUSE = re.compile(r"(?:提出|出台|发布|發布|印发|印發|召开|召開|成立|诞生|誕生)(?:于|於)")
_CLEFT = re.compile(r"是(?!指)[^。；;]*的[。.]")
# A first sentence saying how the thing was formed, as a cleft (“三步走”发展战略是十一届三中全会以来,在…的实践中逐步形成的。, P1323):
# its origin, not what it is, whatever sentences follow.
_FORMED_CLEFT = re.compile(r"[\s\u3000]*是(?!指)[^。；;!！?？]*?(?:形成|提出|产生|產生|确立|確立|诞生|誕生|发展起来|發展起來)的[。.]")
# A definition opening with its own headword again (a doubled headword, or the headword restated with its bracketed
# English name or other name) and then a marker: the headword is written once, with the gloss the restatement adds.
_RESTATED_MARKER = re.compile(r"(?:是指|指|是|即|系指|係指|就是|包括|反映|为|為)")
# The markers that may follow a headword restated with nothing between (a colon item ``西部地区:西部地区包括西藏、…``,
# P1325): two-character verbs that open no longer word, unlike 指 (指数), 是 (是否) or 即 (即时).
_RESTATED_RUN_IN = ("是指", "系指", "係指", "包括")
# The headword restated in quotation marks, after at most a short prefix naming its field (政务服务“一网通办”是指…).
_QUOTED_RESTATEMENT = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{0,6})(?P<open>[“「『])(?P<term>[^“”「」『』\n]{1,30})(?P<close>[”」』])")
# A prefix that is a verb, not a field: the paragraph speaks about the term (深化“一网通办”,…).
_VERB_PREFIX = re.compile(r"(?:深化|推进|推動|推动|加快|实施|實施|开展|開展|建设|建設|打造|坚持|堅持|落实|落實|完善|加强|加強|实现|實現|全面|持续|持續|积极|積極|大力|不断|不斷|围绕|圍繞|通过|通過|以|在|对|對|把|将|將|从|從)")
_GLOSS = re.compile(rf"{SPACES}*[(（][^()（）\n]{{1,60}}[)）]")
# 系指/係指 read across a word's end: 系 closing a word of the headword (体系, 关系, 联系, 派系) or 指 opening one
# (指标, 指数): no marker, and no entry (綜合考核評價指標體 / 系指標解釋及數據來源…).
_SPLIT_WORD_XI = re.compile(r"^(?:.[系係]指[标標数數]|[体體关關联聯派水星语語谱譜直世院][系係]指)")
# …機關 closing the headword (各級環境保護機關係指…, 546; 主管機關係指…): 關 ends the word 機關 (an agency, what a rule defines),
# not 關係 (a relation), so 係指 is the marker — unless 指 opens a verb of its own (各機關係指派專人…, 主管機關係指定…: 係 is
# the copula before 指派, 指定, 指示; no definition).
_AGENCY_WORD = re.compile(r"(?:機關|机关)$")
_VERB_AFTER_XI = re.compile(r"^[\s\u3000]*[系係]指(?:派|定|示|揮|挥|導|导|出|明)")


# A bracketed label opening a paragraph, naming the headword (【什么是高标准农田】).
_LABEL_NAMING_TERM = re.compile(rf"【(?P<label>[^【】\n]{{2,40}})】{SPACES}*")


# A class in apposition after a restated headword, an encyclopedia's way of opening (1、港澳台联考:港澳台联考,学制的一种,是内地为了…的
# 一种学制考试。, P3085, an exam site's comparison copying Baidu Baike; X,中国古代的一种…, X,一种…的技术): the definition opens at the class,
# the restated headword left out as a marker's restatement is. Only a short clause closing on 的一种 (一類, 一項) and its comma.
_APPOSED_CLASS = re.compile(r"[^,，。；;:：!！?？\n]{1,16}?的一[种種类類项項][,，]")
# The term's full name and its short form written between the headword and the marker (2、高考:普通高等学校招生全国统一考试,简称“高考”,
# 是…的选拔性考试。, P3085; X:中华人民共和国…法,简称《…》,是…): the naming is no part of the gloss — the golds open it at the marker, as
# they do after an other name glued to the word (银发经济又叫老年经济,主要是指…).
_FULL_NAME_THEN_SHORT = re.compile(
    r"[^,，。；;:：!！?？\n]{2,40}?[,，][\s\u3000]*(?:简称|簡稱)(?:为|為)?[\s\u3000]*[“「\"《]?(?P<short>[^,，。；;“”「」\"《》\n]{1,20})[”」\"》]?[,，][\s\u3000]*"
    r"(?=是|指|即(?![将將使便]))"
)


# A heading that modifies its word with a clause and 的 (国家鼓励试行的育儿假, P3451, a parenting site's knowledge page; 备受关注的
# 长护险, 上海推行的“一网通办”) over a paragraph opening with that word, a comma and a marker (育儿假,是欧洲一些国家实行的一项福利
# 政策。…): the heading says what is said of the word, and the paragraph restates the word itself, which is the term (the
# modifying clause no part of it, as the gold writes 育儿假). Only with the comma before the marker, as a paragraph restating its
# heading writes it; a paragraph running on with the word inside a longer subject (育儿假制度是…) is another word.
_MODIFIED_HEADING = re.compile(r"[^\s\u3000,，。；;:：!！?？]{2,20}的(?P<term>[^\s\u3000,，。；;:：!！?？的]{2,12})")
_SEPARATED_MARKER = re.compile(r"[\s\u3000]*[,，][\s\u3000]*(?:是指|是(?![否在不因为為由])|即|指(?![出导導]))")


def _restated_headword(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` when the definition opens by restating the headword — doubled (``医疗卫生机构  指…``
    under the headword ``医疗卫生机构``) or with a bracketed gloss (``統計觀察( statistical observation)即…`` under the
    title ``統計觀察``) — and a definition marker follows: the headword is written once, its gloss kept, and the
    definition opens at the marker, as the gold of every set has it (a headword restated under its headword line is
    left out). None otherwise.

    >>> _restated_headword("医疗卫生机构", "医疗卫生机构  指从卫生健康行政部门取得…的单位。")
    ('医疗卫生机构', '指从卫生健康行政部门取得…的单位。')
    >>> _restated_headword("統計觀察", "統計觀察( statistical observation)即“統計調查”。")
    ('統計觀察( statistical observation)', '即“統計調查”。')
    >>> _restated_headword("工业", "工业增加值指…。") is None
    True

    Restated in quotation marks, the headword is written as the sentence writes it (``双随机一公开什么意思`` /
    ``“双随机一公开”是一种监管机制…``), unless a prefix naming its field comes first: then the restatement is
    left out whole and the headword line gives the term (``一网通办`` / ``政务服务“一网通办”是指…``; ``一网协同`` /
    ``政府运行“一网协同”,建设…``, the comma as the separator).

    >>> _restated_headword("双随机一公开", "“双随机一公开”是一种监管机制,主要用于…。")
    ('“双随机一公开”', '是一种监管机制,主要用于…。')
    >>> _restated_headword("一网协同", "政府运行“一网协同”,建设贯穿省、市、县…的平台。")
    ('一网协同', '建设贯穿省、市、县…的平台。')
    >>> _restated_headword("一网通办", "深化“一网通办”,推动政务服务…。") is None
    True
    """
    label = _LABEL_NAMING_TERM.match(definition)
    if label and term in label.group("label"):  # 【什么是高标准农田】高标准农田是指…: a label asking, then the restatement
        return _restated_headword(term, definition[label.end() :])
    modified = _MODIFIED_HEADING.fullmatch(term)
    if modified and definition.startswith(modified.group("term")) and _SEPARATED_MARKER.match(definition, len(modified.group("term"))):
        return _restated_headword(modified.group("term"), definition)  # 国家鼓励试行的育儿假 / 育儿假,是…: the word the heading modifies
    quoted = _QUOTED_RESTATEMENT.match(definition)
    if quoted and quoted.group("term") == term:
        prefix = quoted.group("prefix")
        separator = _SEPARATORS.match(definition, quoted.end())
        at = separator.end()
        marker = _RESTATED_MARKER.match(definition, at)
        rest = definition[at:]
        if len(rest) < 4 or not (marker or prefix and "," in separator.group().replace("，", ",")):
            return None
        if prefix and _VERB_PREFIX.match(prefix):
            return None  # 深化“一网通办”,推动…: a sentence about the term, not the term restated
        return (term if prefix else quoted.group("open") + term + quoted.group("close")), rest
    if not definition.startswith(term):
        return None
    at = len(term)
    gloss = _GLOSS.match(definition, at)
    if gloss:
        at = gloss.end()
    separator = _SEPARATORS.match(definition, at)
    at = separator.end() if separator else at
    marker = _RESTATED_MARKER.match(definition, at)
    if marker is None and "," in separator.group().replace("，", ",") and _APPOSED_CLASS.match(definition, at):
        return term + (definition[len(term) : gloss.end()] if gloss else ""), definition[at:]  # X:X,学制的一种,是…
    if marker is None or at == len(term) and not gloss and definition[at : at + 2] not in _RESTATED_RUN_IN:
        return None  # 工业增加值指…: a longer headword, not this one restated
    rest = definition[at:]
    if len(rest) < 4:
        return None
    return term + (definition[len(term) : gloss.end()] if gloss else ""), rest


def _between(tail: str, definition: str, quote: str) -> str:
    """The separator the page writes between a headword's tail and the rest of its definition
    (``即服务业,是指…``: the comma), read from the verbatim quote; nothing when the quote does not
    show it plainly."""
    if not quote or not definition:
        return ""
    text = strip_pinyin(quote)
    at = text.rfind(tail)
    if at < 0:
        return ""
    after = at + len(tail)
    head = definition[:8]
    found = text.find(head, after)
    if found < 0:
        return ""
    between = text[after:found]
    return between.strip(" \t\u3000\xa0") if _SEPARATORS.fullmatch(between) else ""


# A headword that is only an adverb or a pronoun before the marker (主要是指…, 其是指…): the sentence's subject is
# left out, named by the short sentence before it (一是信息基礎設施。主要是指…).
_ADVERB_HEADWORD = re.compile(r"(?P<adverb>主要|一般|通常|也|则|則)|其|它|这|這|此")
_NAMING_SENTENCE = re.compile(
    r"(?:^|(?<=[。；;!！?？:：\n]))[\s\u3000]*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[,，、]?|\d{1,2}[.．、])?"
    r"[\s\u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？()（）]{2,20})[。:：][\s\u3000]*$"
)


def elided_subject(term: str, definition: str, text: str, start: int) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry whose headword is only an adverb or a pronoun (``主要`` / ``是指…``) when the
    short sentence right before it names the subject (``一是信息基礎設施。主要是指…``, as points under a lead-in
    colon: each is an entry of its own); the adverb opens the definition, a pronoun is dropped. None otherwise.

    >>> text = "主要包括3个方面: 一是信息基礎設施。主要是指基於新一代信息技術演化生成的基礎設施。"
    >>> elided_subject("主要", "是指基於新一代信息技術演化生成的基礎設施。", text, text.index("主要是指"))
    ('信息基礎設施', '主要是指基於新一代信息技術演化生成的基礎設施。')
    >>> elided_subject("主要", "是指…。", "我们要抓好三件事。主要是指…。", 9) is None
    True
    """
    subjectless = _ADVERB_HEADWORD.fullmatch(term.strip(" \t\u3000"))
    if subjectless is None:
        return None
    window = text[max(0, start - 40) : start]
    named = _NAMING_SENTENCE.search(window)
    if named is None or window[: named.start("term")].strip(" \t\u3000\n") and not re.search(r"[是、.．,，]\s*$", window[: named.start("term")]):
        return None
    subject = named.group("term")
    if re.search(r"[要抓做是有在把将將对對为為]", subject[:1]) or re.search(r"(?:件事|方面|工作|任务|任務)$", subject):
        return None  # 我们要抓好三件事。: a clause, not a headword
    return subject, (subjectless.group("adverb") or "") + definition


# A definition label opening its line (含义:, • 定义:, 1. 概念:) and, after it, only an adverb before the marker
# (含义:通常指…, • 含义:一般是指…): the label names no term, and neither does the adverb. The term is the one the heading
# right above names as the subject of that meaning (一、乡村振兴的含义, 新质生产力的概念与特征); without such a heading
# the line defines nothing a reader can name.
_MEANING_LABELS = f"{_DEFINITION_LABEL_WORDS}|内涵|內涵"
_LABEL_ADVERBS = "通常|一般|主要|往往|大多|多|大都"
_LABEL_BEFORE_ADVERB = re.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*(?:[-*+•·▪●][ \t\u3000]*|[(（]?\d{1,2}[)）.．、][ \t\u3000]*)?"
    rf"(?:{_MEANING_LABELS})[ \t\u3000]*[:：][ \t\u3000]*$"
)
_LABELLED_ADVERB = re.compile(rf"(?P<adverb>{_LABEL_ADVERBS}|{_SAYING_ADVERBS})")
_LABEL_ONLY = re.compile(rf"(?:{_MEANING_LABELS})")
_ADVERB_MARKER = re.compile(rf"(?P<adverb>{_LABEL_ADVERBS})[\s\u3000]*(?=是指|指|是|即|系指|係指)")
# The heading above the label: a term and the meaning it announces (乡村振兴的含义, X的概念与特征), its number or bullet
# before it.
_MEANING_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[.．、]?|#{1,4}|[•·●■◆▲★])?"
    rf"[ \t\u3000]*(?P<term>[^\s\u3000,，。；;:：、!！?？]{{2,20}}?)的(?:基本)?(?:{_MEANING_LABELS})"
    r"(?:[与和及、](?:[^\s\u3000,，。；;:：]{1,6}))?[ \t\u3000]*[:：]?[ \t\u3000]*"
)


def labelled_subject(term: str, definition: str, text: str, start: int) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry read from a definition label's line whose sentence has no subject, only an
    adverb before the marker (``含义:通常指…`` read as the term ``通常``, or as the label ``含义`` with ``通常指…``): the
    term the heading right above names (``一、乡村振兴的含义``), the adverb opening the definition; ``("", "")`` — no
    entry — when no heading above names one; None when the entry is of another kind.

    >>> text = "一、乡村振兴的含义\\n含义:通常指通过产业振兴、人才振兴推动农业全面升级。"
    >>> labelled_subject("通常", "指通过产业振兴、人才振兴推动农业全面升级。", text, text.index("通常"))
    ('乡村振兴', '通常指通过产业振兴、人才振兴推动农业全面升级。')
    >>> text = "乡村振兴战略解读\\n• 含义:一般是指通过产业振兴推动农业全面升级。"
    >>> labelled_subject("一般", "是指通过产业振兴推动农业全面升级。", text, text.index("一般"))
    ('', '')
    >>> labelled_subject("乡村振兴", "是指…。", "乡村振兴是指…。", 0) is None
    True
    """
    bare = term.strip(" \t\u3000")
    line_start = text.rfind("\n", 0, start) + 1
    if _LABELLED_ADVERB.fullmatch(bare):
        if not _LABEL_BEFORE_ADVERB.search(text, line_start, start):
            return None  # (the label and its colon make all of the line before the adverb)
        adverb, rest = _kept_adverb(bare), definition
    elif _LABEL_ONLY.fullmatch(bare):
        opening = _ADVERB_MARKER.match(definition.lstrip(" \t\u3000"))
        if opening is None:
            return None
        adverb, rest = "", definition.lstrip(" \t\u3000")
    else:
        return None
    heading = _heading_above(text, line_start)
    if heading is None:
        return "", ""
    return heading, adverb + rest


# A definition opening with a meaning label, a hedge and then the sentence's own subject and marker (含义:一般来说,
# 乡村振兴是指…; 定义:通常来说,“X”是…): the label and the hedge only say how the sentence is put.
# (one list for every pass: the topics pass reads the same hedges as lead-ins)
_HEDGES = r"(?:一般|通常|总的|總的)(?:而言|来说|來說|来讲|來講)"
_MEANING_LABEL_OPENING = re.compile(
    r"[\s\u3000]*(?:[-*+•·▪●][\s\u3000]*|[(（]?\d{1,2}[)）.．、][\s\u3000]*)?"
    rf"(?:{_MEANING_LABELS})[\s\u3000]*[:：][\s\u3000]*"
)
_HEDGED_SUBJECT = re.compile(
    rf"(?:{_HEDGES})[\s\u3000]*[,，][\s\u3000]*"
    r"(?P<term>[“「][^“”「」\n]{1,25}[”」]|[^\s\u3000,，。；;:：“”「」()（）]{2,20}?)[\s\u3000]*"
    rf"(?=是指|指的是|系指|係指|是(?![否在不])|{DEFINING_ZHI}|即(?![使便将將]))"
)


# A meaning label standing as the headword with the marks a page sets a label off with (§名词解释, ① 、含義, ■定义): the
# label alone, its section mark, bullet or stray pause before it (P2044, P2134, P2144).
_LABEL_MARKS = re.compile(r"^[\s\u3000§¶■□◆◇●○•·▪、]*")
_HEADWORD_LABEL = re.compile(rf"(?:{_MEANING_LABELS}|名词解释|名詞解釋|释义|釋義)")
# The sentence's own subject and marker after such a label, no hedge before it (定义 | 转移支付,又称无偿支出,它主要是指…;
# 、含義 | “發展”就是要…): the subject is the term; an alias clause and 它 after it are part of neither, an adverb opens the
# definition.
_LABELLED_SENTENCE_SUBJECT = re.compile(
    r"(?P<term>[“「][^“”「」\n]{1,25}[”」]|[^\s\u3000,，。；;:：“”「」()（）]{2,15}?)[\s\u3000]*"
    r"(?:[,，][\s\u3000]*(?:又称|又稱|也称|也稱|亦称|亦稱|简称|簡稱)[^,，。；;:：]{1,15}[,，][\s\u3000]*它[\s\u3000]*)?"
    rf"(?=(?:主要|一般|通常)?(?:是指|指的是|就是指|就是|系指|係指|{DEFINING_ZHI}|即(?![使便将將])))"
)
_OPENS_WITH_OWN_MARKER = re.compile(rf"[\s\u3000]*(?:主要|一般|通常)?(?:是指|指的是|就是指|系指|係指|{DEFINING_ZHI})")


def headword_label_subject(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry whose headword is a meaning label alone (``定义``, ``§名词解释``, ``、含義``), its
    sentence naming its own subject before a marker, with no hedge (``转移支付,又称无偿支出,它主要是指…`` → ``转移支付``,
    ``主要是指…``); ``("", "")`` — no entry — when the sentence opens with the marker and names no subject (``§名词解释`` /
    ``是指报告期末…``: the headword was not served, P2144); None when the headword is no such label.

    >>> headword_label_subject("定义", "转移支付,又称无偿支出,它主要是指各级政府之间转移财政资金的活动。")
    ('转移支付', '主要是指各级政府之间转移财政资金的活动。')
    >>> headword_label_subject("、含義", "“發展”就是要以經濟建設為中心,大力發展生產力。")
    ('“發展”', '就是要以經濟建設為中心,大力發展生產力。')
    >>> headword_label_subject("§名词解释", "是指报告期末尚未销售的商品房屋建筑面积。")
    ('', '')
    >>> headword_label_subject("定义域", "是指自变量的取值范围。") is None
    True
    """
    bare = _ENUMERATION.sub("", term)
    bare = bare[_LABEL_MARKS.match(bare).end() :].strip(" \t\u3000\xa0")
    if not _HEADWORD_LABEL.fullmatch(bare):
        return None
    sentence = definition.lstrip(" \t\u3000\xa0")
    if _OPENS_WITH_OWN_MARKER.match(sentence):
        return "", ""
    match = _LABELLED_SENTENCE_SUBJECT.match(sentence)
    if match is None or _NO_TERM_AFTER_LABEL.fullmatch(match.group("term")):
        return None
    rest = sentence[match.end() :]
    return (match.group("term"), rest) if len(rest) >= 4 else None


def hedged_label_subject(term: str, definition: str) -> tuple[str, str] | None:
    """``(term, definition)`` for an entry whose definition opens with a meaning label and a hedge before the
    sentence's own subject (``一、乡村振兴的含义`` / ``含义:一般来说,乡村振兴是指…``), or whose headword is that label
    (``• 概念`` / ``一般来说,乡村振兴是指…``): the sentence's subject is the term, the definition opens at its marker;
    the label and the hedge are part of neither. None otherwise.

    >>> hedged_label_subject("乡村振兴", "含义:一般来说,乡村振兴是指通过产业振兴推动农业全面升级。")
    ('乡村振兴', '是指通过产业振兴推动农业全面升级。')
    >>> hedged_label_subject("• 概念", "一般而言,“乡村振兴”是指通过产业振兴推动农业全面升级。")
    ('“乡村振兴”', '是指通过产业振兴推动农业全面升级。')
    >>> hedged_label_subject("乡村振兴", "乡村振兴是指通过产业振兴推动农业全面升级。") is None
    True
    """
    label = _MEANING_LABEL_OPENING.match(definition)
    if label is not None:
        sentence = definition[label.end() :]
    elif _LABEL_ONLY.fullmatch(_ENUMERATION.sub("", term).strip(" \t\u3000\xa0")):
        sentence = definition.lstrip(" \t\u3000\xa0")
    else:
        return None
    match = _HEDGED_SUBJECT.match(sentence)
    if match is None or _NO_TERM_AFTER_LABEL.fullmatch(match.group("term")):
        return None
    rest = sentence[match.end() :]
    return (match.group("term"), rest) if len(rest) >= 4 else None


def _kept_adverb(adverb: str) -> str:
    """The adverb that opens the definition: one qualifying the marker (``通常``: ``通常指…``); a hedge saying how generally
    the sentence is put (``一般来说,``) is part of neither term nor definition, as a lead-in ``一般而言,`` is (P335)."""
    return "" if re.fullmatch(_SAYING_ADVERBS, adverb) else adverb


def _heading_above(text: str, line_start: int) -> str | None:
    """The term of a heading ``X的含义`` (``X的概念与特征``) on the nearest line above ``line_start`` that is not blank,
    at most three lines up (a page may leave two blank lines between a heading and its text); None when that line is
    no such heading."""
    end = line_start - 1
    for _ in range(3):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip(" \t\u3000\r"):
            heading = _MEANING_HEADING.fullmatch(line.rstrip("\r"))
            return heading.group("term") if heading else None
        end = begin - 1
    return None
