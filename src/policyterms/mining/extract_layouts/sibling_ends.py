"""Where a definition ends before a sibling's gloss run into its sentence: pages gloss the parts of a name, or the items
of a list they have just named, one after another in one sentence (``五议两公开是…。五议指提议、…、评议,两公开指公开过程和
公开结果。``; ``…重残、重病、服刑在押…。“重病”一般是指…的疾病;“服刑在押”就是因犯罪在监狱服刑;…``; ``“一国”指的是…的主权;
而“两制”则意味着…``). Each gloss is its own; the one before ends at the comma or semicolon that opens the next. A clause
is a sibling's only when its subject was named earlier on the page (the name holding both parts, the list naming the
items), so a clause about something else (``…的人数,两委总人数需避免重复计算``) or going on about the term stays.

A parallel name of the term's own kind glossed by a bare 是 right after it (``洛阳副中心是中原城市群副中心城市,南阳副中心是河南省
副中心城市。…``, P2104, an answer board's reply to a question naming both) ends the term's gloss and is an entry of its own, to
the definition's end: the names share their head (two characters or more) and the page named the second before.

A sibling set against the term with 而 and glossed by a defining verb of its own (``劳务派遣是指…的一种用工形式,而劳务外包是指…。``,
P2082; a law site's contrast of two kinds of one thing) is an entry of its own as well, from its verb to the end of the
definition it was cut from (:func:`contrasted_sibling`): the page defines both, the second in the same breath. A bare 是
(``管制是刑罚的一种,而缓刑是…``) or 就是 there classes or says, and gives no entry here.

A sibling turned to after a semicolon as a side of the work (``運行機制主要指…協調機制;而法制建設方面,主要通過依法行政…``, P2462,
after ``“三制”為應急管理體制、運行機制和法制``) ends the term's gloss at the semicolon too, with no entry of its own: the clause says
what is done, not what the word means."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import DEFINING_ZHI, bare_term

# After a comma or a semicolon (and 而/但), a quoted subject or a bare one of two to four characters, an adverb, then a
# defining verb: 是指, 指的是, 指, 就是, 则是, 意味着 (a quoted subject also with a plain 是; a bare one after a semicolon
# also with 包括: …的居民消費;投資包括…). A bare subject opening with a function word (一是, 主要, 该, 而是, 分别 …) is a
# clause going on about the term (…,主要包括…; …,该工程是指…; …,而是指…), no sibling.
_ADVERB = r"(?:一般|通常|主要|则|則|就|也)?"
_VERB = r"(?:是指|指的是|" + DEFINING_ZHI + r"|就是|则是|則是|意味着|意味著)"
_FUNCTION_WORD = (
    r"(?![一二三四五六七八九十][是要]|主要|具体|具體|该|該|这|這|此|其|它|而|但|分别|分別|也|还|還|并|並|即|就|都|又|则|則|不|均|同时|同時)"
)
_SIBLING = re.compile(
    r"(?P<stop>[,，;；])[\s\u3000]*(?:而|但)?[\s\u3000]*"
    r"(?:[“「](?P<quoted>[^“”「」,，。；;:：]{1,20})[”」]" + _ADVERB + r"(?:" + _VERB[3:-1] + r"|是(?![否在不]))"
    r"|" + _FUNCTION_WORD + r"(?P<bare>[\u4e00-\u9fff]{2,4}?)" + _ADVERB + r"(?P<verb>" + _VERB[3:-1] + r"|包括))"
)


# 而 opening the sibling's clause after the comma or semicolon that cuts it off (…的一种用工形式,而劳务外包是指…).
_UP_TO_CLAUSE_END = re.compile(r"[^,，。；;]*")
_SET_AGAINST = re.compile(r"[,，;；][\s\u3000]*而")


def contrasted_sibling(term: str, definition: str, earlier: str) -> tuple[str, str] | None:
    """``(sibling, its definition)`` when ``definition`` is cut before a sibling set against the term by 而 and glossed by
    是指 or 指的是 (module docstring); None otherwise.

    >>> contrasted_sibling("劳务派遣", "是指…的一种用工形式,而劳务外包是指用人单位将相关事项交给第三方管理。", "劳务外包不是劳务派遣。")
    ('劳务外包', '是指用人单位将相关事项交给第三方管理。')
    >>> contrasted_sibling("劳务派遣", "是指…的一种用工形式,劳务外包是指…。", "劳务外包不是劳务派遣。") is None
    True
    """
    return split_at_sibling(term, definition, earlier)[1]


def split_at_sibling(term: str, definition: str, earlier: str) -> tuple[str, tuple[str, str] | None]:
    """``definition`` up to the first sibling's gloss run into it (:func:`before_sibling_gloss`), and that sibling with its
    definition when it is set against the term (:func:`contrasted_sibling`) or is its parallel (:func:`_parallel_sibling`),
    from one look for the sibling."""
    match = _first_sibling(term, definition, earlier)
    parallel = _parallel_sibling(term, definition, earlier)
    together = _sibling_named_together(term, definition, earlier)
    if together is not None and all(m is None or together.start() < m.start() for m in (match, parallel)):
        return definition[: together.start()].rstrip(" \u3000"), (together.group("name"), definition[together.start("verb") :].strip(" \u3000"))
    if parallel is not None and (match is None or parallel.start() < match.start()):
        return definition[: parallel.start()].rstrip(" \u3000"), (parallel.group("name"), definition[parallel.start("verb") :].strip(" \u3000"))
    if match is None:
        return definition, None
    before = definition[: match.start()].rstrip(" \u3000")
    if match.group("bare") is None or match.group("verb") not in ("是指", "指的是") or not _SET_AGAINST.match(definition, match.start()):
        return before, None
    return before, (match.group("bare"), definition[match.start("verb") :].strip(" \u3000"))


# A parallel name glossed by a bare 是 after a comma (洛阳副中心是中原城市群副中心城市,南阳副中心是河南省副中心城市。): a name of
# the term's own kind, its head the same two characters or more, named on the page before (the question asking about both).
_PARALLEL = re.compile(r"[,，;；][\s\u3000]*(?P<name>[\u4e00-\u9fff]{3,8}?)(?P<verb>是(?![否在不为為]))")
_SHARED_HEAD = 2


def _parallel_sibling(term: str, definition: str, earlier: str) -> re.Match[str] | None:
    """The first clause of ``definition`` glossing a parallel name by 是 (:data:`_PARALLEL`): a different name ending in the
    term's last two characters and longer than them, written in ``earlier``; None otherwise."""
    own = bare_term(term)
    if len(own) <= _SHARED_HEAD or not all("\u4e00" <= c <= "\u9fff" for c in own):
        return None
    for match in _PARALLEL.finditer(definition):
        name = match.group("name")
        if name != own and name.endswith(own[-_SHARED_HEAD:]) and len(name) > _SHARED_HEAD + 1 and name in earlier and own not in name:
            clause = _UP_TO_CLAUSE_END.match(definition[match.end() :]).group()
            if own in clause or clause.startswith(("其", "它", "这", "這", "该", "該")):
                return None  # (…的经济形态,实体经济是数字经济发展的根基: said of the term, no parallel gloss; review 46)
            return match
    return None


# A sentence of the definition opening with a name and a defining verb (…等五大温州传统支柱产业。十大新兴产业包括网络经济产业、…,
# P2162): the next item of a list the page named before, glossed in turn after the term's full stop.
_NEXT_SENTENCE_NAMED = re.compile(
    r"(?<=[。！？!?])[\s\u3000]*" + _FUNCTION_WORD + r"(?P<name>[^\s\u3000,，。；;:：、“”「」()（）]{3,10}?)"
    r"(?P<verb>是指|指的是|包括|" + DEFINING_ZHI + r")"
)
_SENTENCES = re.compile(r"[^。！？!?\n]+")


def _sibling_named_together(term: str, definition: str, earlier: str) -> re.Match[str] | None:
    """The first sentence of ``definition`` glossing a sibling of the term by 是指, 指 or 包括 (:data:`_NEXT_SENTENCE_NAMED`) when
    one sentence of ``earlier`` names both, the list the page glosses item by item (``…提出做大做强五大支柱产业,并培育发展十大新兴
    产业。`` / ``其中,五大支柱产业是指…。十大新兴产业包括…``, P2162); None otherwise: a next sentence on a part of the term or on
    something the page did not list with it goes on with the term's definition.

    >>> d = "是指电气、鞋业等五大温州传统支柱产业。十大新兴产业包括网络经济产业、旅游休闲产业。"
    >>> _sibling_named_together("五大支柱产业", d, "提出做大做强五大支柱产业,并培育发展十大新兴产业。其中,").group("name")
    '十大新兴产业'
    >>> _sibling_named_together("五大支柱产业", d, "培育发展十大新兴产业。提出做大做强五大支柱产业。") is None
    True
    """
    own = bare_term(term)
    if len(own) < 2:
        return None
    for match in _NEXT_SENTENCE_NAMED.finditer(definition):
        name = match.group("name")
        if name == own or name in own or own in name:
            continue
        if any(own in sentence and name in sentence for sentence in _SENTENCES.findall(earlier)):
            return match
    return None


# After a semicolon (and 而/但), a bare subject of two to four characters and 方面 closing its phrase (…協調機制;而法制建設方面,
# 主要通過依法行政…, P2462, a training site's account of 一案三制): the page turns to the next item of the list it named
# (應急管理體制、運行機制和法制) and says what is done on that side, with or without a defining verb; the term's gloss ended
# at the semicolon. The subject must have been named earlier, as any sibling's (a 方面 of the term's own stays).
_SIBLING_ASPECT = re.compile(
    r"(?P<stop>[;；])[\s\u3000]*(?:而|但)?[\s\u3000]*" + _FUNCTION_WORD + r"(?P<bare>[\u4e00-\u9fff]{2,4}?)"
    r"(?:建设|建設|工作)?(?P<verb>方面)[\s\u3000]*[,，]"
)


# After a semicolon, a longer bare subject classed by 為 (信用部指依農會法、漁會法及本法設立辦理信用業務者;全國農業金庫為信用部之上層
# 機構。, 776, an act's definitions article after 本法所稱農業金融機構,包括農會信用部、漁會信用部(以下併稱信用部)及全國農業金庫。):
# the next item of the list the article named says what it is in turn, and the term's gloss ended at the semicolon. 為 says
# many things (…;政府為…, …;其為…), so only a subject named in one earlier sentence together with the term: the list both
# are items of.
_SIBLING_CLASSED = re.compile(r"(?P<stop>[;；])[\s\u3000]*" + _FUNCTION_WORD + r"(?P<bare>[\u4e00-\u9fff]{2,8}?)(?P<verb>為|为)(?![了何止])")


def _named_together(own: str, name: str, earlier: str) -> bool:
    """Whether one sentence of ``earlier`` names both ``own`` and ``name`` (the list the page glosses item by item)."""
    return any(own in sentence and name in sentence for sentence in _SENTENCES.findall(earlier))


def _first_sibling(term: str, definition: str, earlier: str) -> re.Match[str] | None:
    own = bare_term(term)
    classed = [m for m in _SIBLING_CLASSED.finditer(definition) if _named_together(own, m.group("bare"), earlier)]
    matches = sorted([*_SIBLING.finditer(definition), *_SIBLING_ASPECT.finditer(definition), *classed], key=lambda m: m.start())
    for match in matches:
        sibling = match.groupdict().get("quoted") or match.group("bare")
        if match.group("verb") == "包括" and match.group("stop") in ",，":
            continue  # …,森林面积包括…: a part of the term's own computation
        if sibling == own or sibling in own or own in sibling or sibling not in earlier:
            continue
        return match
    return None


def before_sibling_gloss(term: str, definition: str, earlier: str) -> str:
    """``definition`` up to the first sibling's gloss run into it (its comma or semicolon dropped), or whole; ``earlier``
    is the page's text before the entry, where the sibling must have been named."""
    return split_at_sibling(term, definition, earlier)[0]


# A clause after a comma or a semicolon whose subject is a word built on the term (the term and a suffix or a prefix of a few
# characters, 适老 → 适老化), its concept named or not, turned to with 则 and a verb (…心理需求,适老化的概念则涵盖…): the derived word's
# own gloss set beside the term's, which ends at the comma. 则 closing a word (原则, 规则, 准则, 细则, 法则, 总则, 守则, 通则, 否则:
# …,此即行政自我拘束原則。, P2749, a Taiwan legal-terms page naming the principle its gloss described) is no turn to another word.
_DERIVED_THEN = r"[,，;；][\s\u3000]*(?P<name>[\u4e00-\u9fff]{{0,3}}{key}[\u4e00-\u9fff]{{0,3}})(?:的(?:概念|含义|含義|定义|定義|内涵|內涵))?[\s\u3000]*(?<![原规規准準细細法总總守通否实實])(?:则|則)(?!是否)"


def before_derived_word(term: str, definition: str) -> str:
    """``definition`` up to the comma before a clause glossing a word built on the term with 则 (``“适老”即适应中老年人的生理状态
    和心理需求,适老化的概念则涵盖生活的方方面面,…``, P2400, a newspaper's editor's note: the term's gloss ends at the comma), or
    whole. The built word must differ from the term (the term itself turned to with 则 goes on about it).

    >>> before_derived_word("“适老”", "即适应中老年人的生理状态和心理需求,适老化的概念则涵盖生活的方方面面。")
    '即适应中老年人的生理状态和心理需求'
    >>> before_derived_word("“适老”", "即适应中老年人的需求,适老则是一种理念。")
    '即适应中老年人的需求,适老则是一种理念。'
    """
    key = bare_term(term)
    if len(key) < 2 or ("则" not in definition and "則" not in definition):
        return definition
    for found in re.finditer(_DERIVED_THEN.format(key=re.escape(key)), definition):
        if found.group("name") != key:
            return definition[: found.start()].rstrip(" \u3000")
    return definition
