"""An explanation below a quoted headword line that opens by restating the word in a frame before its verb: ``所謂「X」並非…,
而是…``, ``「X」一詞是…``, ``「X」本身是…``, ``「X」同樣解…的意思``, ``「X」即是…`` (P548's list of mainland words). The frame
is no part of the definition, which opens at the verb; an adverb qualifying the verb (本身) opens it with the verb. A bare
是 giving the word's standing (``「內卷」同樣是今年的熱詞之一``) defines nothing."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import DEFINING_ZHI
from policyterms.mining.extract_layouts.headword_lines import _unquoted
from policyterms.mining.extract_layouts.topics import _role

_SPACES = r"[\s\u3000]*"
_SO_CALLED = re.compile(rf"{_SPACES}(?:所谓|所謂)?{_SPACES}")
# After the restated word: 一词 (the word as a word), 同样 (likewise: a connective pointing back to the item before).
_FRAME = re.compile(rf"{_SPACES}(?:一词|一詞|一语|一語|这个词|這個詞)?{_SPACES}(?:同样|同樣)?{_SPACES}")
# A negated comparison first (並非甚麼韓式炒雞…,而是…): the definition opens at 是 after 而.
_NEGATED = re.compile(rf"(?:并非|並非|并不是|並不是)[^。；;!！?？]{{1,60}}?[,，]{_SPACES}而(?=是(?![否不]))")
# The verb: 是 (not 是否, 是不是, 是什么), 即/即是, 是指/指, 本身是 (the adverb kept), or the Cantonese 解 (means) when
# its sentence closes on …的意思 (解厲害、好勁的意思).
_VERB = re.compile(
    rf"(?:本身)?(?:是指|是(?![否不什])|即是|即(?![使便将將刻时時可])|{DEFINING_ZHI})"
    r"|解(?:作)?(?=[^。；;!！?？]{1,40}的意思)"
)


def framed_restatement(explanation: str, term: str) -> int:
    """Where the definition starts when the explanation below the quoted headword ``term`` (``「炒雞」``) restates it,
    quoted as the headword line writes it, in a frame or straight before its verb (see the module docstring); -2 when it
    restates the word only to give its standing after a bare 是 (no entry); -1 otherwise (an unquoted headword restated
    before 是指 is read by the older rules, which keep it whole).

    >>> framed_restatement("所謂「炒雞」並非甚麼韓式炒雞,而是內地人用來形容「超級」的意思。", "「炒雞」")
    16
    >>> framed_restatement("「skr」本身是一個擬聲詞。", "「skr」"), framed_restatement("「很牛」一詞是用來形容人很厲害的意思。", "「很牛」")
    (5, 6)
    >>> framed_restatement("「666」同樣解厲害、好勁的意思。", "「666」"), framed_restatement("「網美」即網絡美女。", "「網美」")
    (7, 4)
    >>> framed_restatement("「很牛」一詞在內地經常被使用。", "「很牛」"), framed_restatement("很牛是一個詞。", "很牛")
    (-1, -1)
    >>> framed_restatement("「內卷」同樣是今年的熱詞之一。", "「內卷」")
    -2
    """
    written = term.strip(" \t\u3000")
    if written[:1] not in "“「『\"" or len(_unquoted(written)) < 1:
        return -1
    lead = _SO_CALLED.match(explanation)
    at = lead.end()
    if not explanation.startswith(written, at):
        return -1
    at = _FRAME.match(explanation, at + len(written)).end()
    negated = _NEGATED.match(explanation, at)
    if negated is not None:
        return negated.end()
    verb = _VERB.match(explanation, at)
    if verb is not None and verb.group() in ("是", "本身是") and _role(explanation[verb.end() :]):
        return -2  # 「內卷」同樣是今年的熱詞之一: its standing, no definition
    return verb.start() if verb is not None else -1
