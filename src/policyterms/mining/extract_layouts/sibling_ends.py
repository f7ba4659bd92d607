"""Where a definition ends before a sibling's gloss run into its sentence: pages gloss the parts of a name, or the items
of a list they have just named, one after another in one sentence (``五议两公开是…。五议指提议、…、评议,两公开指公开过程和
公开结果。``; ``…重残、重病、服刑在押…。“重病”一般是指…的疾病;“服刑在押”就是因犯罪在监狱服刑;…``; ``“一国”指的是…的主权;
而“两制”则意味着…``). Each gloss is its own; the one before ends at the comma or semicolon that opens the next. A clause
is a sibling's only when its subject was named earlier on the page (the name holding both parts, the list naming the
items), so a clause about something else (``…的人数,两委总人数需避免重复计算``) or going on about the term stays."""

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


def before_sibling_gloss(term: str, definition: str, earlier: str) -> str:
    """``definition`` up to the first sibling's gloss run into it (its comma or semicolon dropped), or whole; ``earlier``
    is the page's text before the entry, where the sibling must have been named."""
    own = bare_term(term)
    for match in _SIBLING.finditer(definition):
        sibling = match.group("quoted") or match.group("bare")
        if match.group("verb") == "包括" and match.group("stop") in ",，":
            continue  # …,森林面积包括…: a part of the term's own computation
        if sibling == own or sibling in own or own in sibling or sibling not in earlier:
            continue
        return definition[: match.start()].rstrip(" \u3000")
    return definition
