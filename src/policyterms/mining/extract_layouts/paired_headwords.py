"""A headword naming two terms whose explanation glosses each in turn: ``什麼叫大三線和小三線`` / ``大三線包括西南的四川、…。
小三線包括一線地區北京、…。`` (P1270). A question or heading about two terms joined by 和 (與, 及) is answered by a sentence
opening with the first term and its marker, then one opening with the second and a marker: each is an entry of its own term,
from its marker (包括, 是, 是指, 指, 即) — the first up to the second's sentence, the second to the explanation's end. A headword
so joined whose explanation does not gloss both in turn is left as it is (the headword-line pass judges it), and so is a
yearbook's pair glossed in one sentence, the second after a semicolon (``城镇人口和乡村人口 城镇人口是指…;乡村人口是…``, page
120: one indicator pair, one entry)."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import DEFINING_ZHI, Found, _SPACE

__all__ = ["split_paired_headwords"]

_TERM = r"[^\s\u3000,，。；;:：、和與与及“”「」()（）]{2,8}"
_PAIR = re.compile(rf"(?P<a>{_TERM})(?:和|與|与|及)(?P<b>{_TERM})")
_MARKERS = rf"(?:包括|是指|指的是|是(?![否不在因为為由])|{DEFINING_ZHI}|即(?![使便将將刻时時可]))"


def split_paired_headwords(found: list[Found], text: str) -> list[Found]:
    """``found`` with each entry of a two-term headword glossed in turn split into the two terms' entries (module docstring).

    >>> text = "什麼叫大三線和小三線\\n\\n大三線包括西南的四川、貴州。小三線包括一線地區北京、上海等地。\\n"
    >>> at = text.index("大三線包括")
    >>> one = Found("大三線和小三線", text[at:].strip(), text[at:].strip(), 3, at, len(text) - 1)
    >>> [(e.term, e.definition) for e in split_paired_headwords([one], text)]
    [('大三線', '包括西南的四川、貴州。'), ('小三線', '包括一線地區北京、上海等地。')]
    """
    out: list[Found] = []
    for entry in found:
        pair = _PAIR.fullmatch(entry.term.strip(_SPACE))
        parts = _glossed_in_turn(entry, pair, text) if pair else None
        out.extend(parts or [entry])
    return out


def _glossed_in_turn(entry: Found, pair: re.Match, text: str) -> list[Found] | None:
    """The two entries when the explanation's first paragraph opens with the first term and its marker and has a sentence
    opening with the second and a marker; None otherwise. The paragraph is read in the text itself (a block's explanation
    may run on over the paragraphs below: they are neither term's)."""
    at = text.find(entry.definition[: min(len(entry.definition), 12)], entry.start)
    if at < 0:
        return None
    stop = text.find("\n", at)
    paragraph = text[at : stop if stop >= 0 else len(text)].rstrip(_SPACE)
    first = re.match(rf"[\s\u3000]*{re.escape(pair.group('a'))}[\s\u3000]*(?={_MARKERS})", paragraph)
    second = re.search(rf"(?<=[。！!])[\s\u3000]*{re.escape(pair.group('b'))}[\s\u3000]*(?={_MARKERS})", paragraph)
    if first is None or second is None:
        return None
    b_start = second.start() + len(second.group()) - len(second.group().lstrip(_SPACE))
    return [
        Found(pair.group("a"), paragraph[first.end() : second.start()].rstrip(_SPACE), paragraph[: second.start()].rstrip(_SPACE), entry.line, at, at + len(paragraph[: second.start()].rstrip(_SPACE))),
        Found(pair.group("b"), paragraph[second.end() :], paragraph[b_start:], entry.line, at + b_start, at + len(paragraph)),
    ]
