"""Where a definition ends before a sentence on another subject built on its term: after ``綠證是指…的電子證書。`` the
sentence ``綠證交易是企業或個人直接…購買綠證`` is about the trade, after ``所謂“近零碳”,是…的動態過程。`` the sentence
``近零碳社區創建,主要是…`` about the communities, after ``行政争议是…的争议。`` the sentence ``“实质性化解行政争议”这一理念…``
about the idea, after ``X再贷款是对…的政策接续,…。`` the sentence ``X再贷款额度5000亿元,利率1.75%,…`` about its
parameters. The subject is the term with more of a word run on (a compound noun), or a quoted word holding the term,
so it names something else; a sentence going on about the term itself opens with the term and its verb or adverb
(``X包括…``, ``X一般可以分成…``, ``X的计算方法…``)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import bare_term

# What may follow the term at a sentence's start and still be about the term: 的, an adverb, a verb, a modal, an
# ordinal, or a noun naming an aspect of the term itself (气候既是…; 科学发展观第一要义是…; 党日活动制度是…; 东西部扶贫协作形式多样,…:
# the golds keep these).
_GOES_ON = re.compile(
    r"[的之也还還既是在由为為按以对對于於可将將已不又则則即就都均应應须須必需要能会會并並与與和及或从從被通常一般主要往往"
    r"包括包含分具有指涉作用系係属屬位地第]"
    r"|简称|簡稱|又称|又稱|俗称|俗稱|单设|單設|统一|統一"  # (人民防空简称人防,…; 预算稳定调节基金单设科目,…; 两个基本点统一起来,…)
    r"|制度|形式|类别|類別|要义|要義|特点|特點|特征|特徵|内容|內容|内涵|內涵|体系|體系|模式|机制|機制|范围|範圍|概念|理念"
    r"|实质|實質|核心|本质|本質|意义|意義|目的|目标|目標|功能|原则|原則|方式|方法|要求|标准|標準|类型|類型|种类|種類|构成|構成"
)
# The sentence's opening: the term, one to four more characters of a word, then 是 (not 是指/是否), 可分为 or a comma, or
# the measure a statistics note says the word gives (“三新”经济增加值衡量的是…, P2121; X指数反映的是…), or a figure right
# after a tool's or a fund's parameter (科技创新和技术改造再贷款额度5000亿元,利率1.75%,…, P2487: its quota, rate and term are
# rules set for it, not what it is; a body's staff, 勞工保險局置局長1人,…, 300, goes on about the body itself).
_PARAMETER = "额度|額度|规模|規模|总额|總額|金额|金額|余额|餘額|利率|期限|总量|總量"  # (all two characters: one lookbehind)
_BUILT_SUBJECT = rf"(?P<more>[\u4e00-\u9fff]{{1,4}}?)(?:是(?![指否])|可分[为為成]|[,，]|(?:衡量|反映)的是|(?<={_PARAMETER})(?:为|為|达|達)?(?=\d))"
# A connective opening the next sentence before its subject (因此,地理标志证明商标是一种…的证明商标, P3209, a trademark listing
# quoting the law; 所以, 此外, 同时): it joins the sentences, the subject after it is what the sentence is about.
_CONNECTIVE = re.compile(r"(?:因此|因而|所以|可见|可見|由此可见|由此可見|同时|同時|此外|另外)[,，]?[ \u3000]*")
# The opening quotation mark of a term written with its quoted part first (“三新”经济): the sentence restates it so.
_OPENING_QUOTE = "“「"


def before_built_subject(term: str, definition: str) -> str:
    """``definition`` up to a later sentence whose subject is a word built on the term (``綠證交易是…``, ``“实质性化解
    行政争议”这一理念…``), or whole."""
    key = bare_term(term)
    if len(key) < 2:
        return definition
    for stop in re.finditer(r"[。！？!?][”」]?", definition):
        rest = definition[stop.end() :].lstrip(" \u3000")
        if not rest:
            break
        rest = rest[len(joined.group()) :] if (joined := _CONNECTIVE.match(rest)) else rest
        quoted = re.match(r"[“「]([^“”「」,，。]{2,20})[”」]", rest)
        if quoted and key in quoted.group(1) and quoted.group(1) != key:
            return definition[: stop.end()]
        if term.startswith(tuple(_OPENING_QUOTE)) and not key.startswith(tuple(_OPENING_QUOTE)):
            rest = rest.lstrip(_OPENING_QUOTE)  # “三新”经济是…。“三新”经济增加值…: the term as written, its quote opening it
        if rest.startswith(key):
            built = re.match(_BUILT_SUBJECT, rest[len(key) :])
            if built and not _GOES_ON.match(built.group("more")):
                return definition[: stop.end()]
    return definition
