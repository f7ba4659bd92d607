"""Usage glosses: a word glossed by who uses it and for what (``光棍被外媒用來指…``, ``土豪被內地網友用來諷刺…``,
``大媽是外媒用來形容…``, ``「很牛」一詞是用來形容…``).

A news item or a column on new words says what a word means by how people use it: the subject, then ``被`` or ``是``,
the users (外媒, 內地網友, none), ``用来`` and a verb of meaning (指, 形容, 讽刺, 称呼, 比喻, 代指, 调侃 …). The word
is the subject before ``被``/``是``, and the definition opens there, the frame kept as written (P562; P548's 「很牛」 reads
so under its headword line). A purpose clause is no gloss: ``五年规划是中国政府用来指导…`` (指导), ``资金被用来支付…``
(no verb of meaning) define nothing, nor does a news sentence whose subject is a phrase (``视频中的老人被网友用来调侃…``) or a thing pointed at
(``这张照片被网友用来讽刺…``), nor a verb modifying what follows (``小编被读者用来调侃的次数越来越多``: a count, no sense).
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import MarkerGroup

# 被/是, the users (a short phrase, no clause break), 用来/用來, a verb of meaning.
_USAGE = re.compile(
    r"(?P<frame>被|是)[^\s\u3000,，。；;:：“”「」『』、]{0,12}?用[来來]"
    r"(?:指(?![导導出引挥揮示令定向明望])|形容|讽刺|諷刺|[称稱]呼|比喻|代指|指代|调侃|調侃|戏称|戲稱|嘲讽|嘲諷|自嘲)"
)


# A field or period frame and a comma before a quoted word (在现代语境中,“四梁八柱”被广泛用来形容…, P1326): the word is the
# subject, the frame no part of it, as before any other marker (prose's field frame); a bare subject after a frame
# (在视频中,老人被网友用来调侃…) is still a news sentence.
_FRAMED_QUOTED_SUBJECT = re.compile(
    r"(?:在|具体到|具體到|放到)[^,，。；;“”「」]{1,20}(?:中|里|裡|领域|領域|语境下|語境下)[,，][\s\u3000]*"
    r"(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」])"
)


# A subject pointed at (这张照片, 那段视频, 该图片), not a word.
_POINTED = re.compile(r"(?:这|這|那|该|該|此)(?:[一两兩\d]?[张張段个個条條幅篇则則句组組些位名款部])")


def usage_gloss(text: str, limit: int) -> MarkerGroup | None:
    """The frame of a usage gloss (module docstring) in a sentence, its 被/是 within ``limit`` characters of the
    sentence's start and after a subject with no clause break; None otherwise."""
    match = _USAGE.search(text, 0, limit + 30)
    if match is None or match.start() == 0 or match.start() > limit:
        return None
    subject = text[: match.start()].strip(" \t\u3000")
    framed = _FRAMED_QUOTED_SUBJECT.fullmatch(subject)  # 在现代语境中,“四梁八柱”被广泛用来形容…: the field no part
    subject = framed.group("term") if framed else subject
    if re.search(r"[,，。；;:：的]", subject) or len(subject) > 10:
        return None  # 视频中的老人被网友用来调侃…, 这些新词,被…: a news sentence's subject, not a word
    if _POINTED.match(subject) or text.startswith("的", match.end()):
        return None  # 这张照片被网友用来讽刺…; 小编被读者用来调侃的次数…: a thing pointed at, a modifier
    return MarkerGroup(match, "frame")


# The frame naming the subject a word (「很牛」一詞, 这个词): no part of the term.
_WORD_FRAME = re.compile(r"[\s\u3000]*(?:一[词詞语語]|[这這][个個]?[词詞])$")


def usage_term(term: str) -> str:
    """The word a usage gloss glosses: ``term`` without a frame naming it a word (``「很牛」一詞`` → ``「很牛」``)."""
    frame = _WORD_FRAME.search(term)
    return term[: frame.start()] if frame and frame.start() >= 2 else term


# A first sentence saying what kind of word the term is, then what it is used to describe (“僵尸企业”是一个经济学术语,用来描述
# 那些…的企业。, P1079): the kind of word is a frame, no part of the definition, which opens at the verb of use. A content
# site's bracketed question title cut at its start may be glued before the term (什么是僵尸企业】“僵尸企业”是…).
_KIND_THEN_USE = re.compile(
    r"[\s\u3000]*(?:[^【】\s\u3000,，。；;:：]{2,20}】)?[\s\u3000]*"
    r"(?P<term>[“「][^“”「」,，。；;:：]{1,20}[”」]|[^\s\u3000,，。；;:：“”「」()（）、的是]{2,12})"
    r"是(?:一[个個种種])?[^\s\u3000,，。；;:：是]{0,24}?(?:术语|術語|名词|名詞|用语|用語|词语|詞語|词汇|詞彙|概念|说法|說法)[,，][\s\u3000]*"
    r"(?P<use>(?:通常|一般|主要|常)?(?:被)?用[来來于於](?:描述|形容|指(?![导導出引挥揮示令定向明望])|表示|概括|描绘|描繪|称呼|稱呼|代指|指代))"
)


def kind_then_usage(text: str) -> tuple[str, int] | None:
    """``(term, where the definition opens)`` for a sentence naming the term's kind of word and then its use
    (``“僵尸企业”是一个经济学术语,用来描述…``); None otherwise (``五年规划是中国政府用来指导…`` names no kind of word)."""
    match = _KIND_THEN_USE.match(text)
    if match is None:
        return None
    return match.group("term"), match.start("use")
