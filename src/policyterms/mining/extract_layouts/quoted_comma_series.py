"""A paragraph opening with a run-in series of quoted words glossed in one sentence, clause by clause, separated by
commas: ``「漁業」係指採捕或養殖水產動植物業…,「資源」則是人類為了…的各種物質,因此「漁業資源」意味著現在正被…的漁業生物群集而言。…``
(741, a fisheries agency's article opening its preface by glossing the words of its title).

A preface or an explainer builds a compound word from its parts: each part quoted and glossed by its own marker, the
clauses joined by commas (not the semicolons of a glossary's series, which the prose pass splits), the last clause
glossing the whole word, often after 因此 (so) or with 則 (then) before the marker. Each quoted word is a term as written
(quotes kept, as the golds keep them); its definition runs from its marker to the comma before the next quoted word,
the connective (因此, 而, 則) no part of either; the last runs to the end of the paragraph (the remarks on the whole word
after it are part of its gloss, as the prose pass reads a lone definition), or to its last complete sentence where the
page cuts the paragraph. 則 before the marker (``「資源」則是``) is a connective: the definition opens at 是.

Not read: a paragraph whose first sentence glosses one quoted word only (the prose pass reads it), a quoted word in
the middle of a clause (``…其中「X」的比例…``), and quoted words after the first sentence.
"""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import SENTENCE_STOP, Found, _L, _SPACE, _good_term

__all__ = ["quoted_comma_series"]

_QUOTED = r"(?:「[^「」,，。；;:：]{1,12}」|“[^“”,，。；;:：]{1,12}”)"
# A marker opening a part's gloss: the strong markers and 意味著 (a preface's word for means); bare 是 only after 則.
_MARKER = r"(?:係指|系指|是指|意味著|意味着|指(?![出明定示导導]))"
_FIRST = re.compile(rf"[\s\u3000]*(?P<term>{_QUOTED})(?P<marker>{_MARKER})")
_NEXT = re.compile(
    rf"[,，][\s\u3000]*(?:因此|所以|而|另|又)?[\s\u3000]*(?P<term>{_QUOTED})(?:[則则](?P<then>{_MARKER}|是(?![否在]))|(?P<marker>{_MARKER}))"
)


def quoted_comma_series(lines: list[_L], free: list[bool]) -> list[tuple[int, Found]]:
    """Each free line opening with a quoted word's gloss followed, in the same sentence, by at least one more quoted word
    glossed after a comma (module docstring): one entry per quoted word."""
    out: list[tuple[int, Found]] = []
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        text = line.raw.rstrip(_SPACE)
        first = _FIRST.match(text)
        if first is None:
            continue
        stop = SENTENCE_STOP.search(text, first.end())
        sentence_end = stop.start() if stop is not None else len(text)
        heads = [(first.start("term"), first.group("term"), first.start("marker"))]
        for match in _NEXT.finditer(text, first.end(), sentence_end):
            opens = match.start("then") if match.group("then") is not None else match.start("marker")
            heads.append((match.start(), match.group("term"), opens))
        if len(heads) < 2 or not all(_good_term(term.strip("「」“”")) for _, term, _ in heads):
            continue
        ends = list(SENTENCE_STOP.finditer(text))
        if not ends:
            continue  # the page cuts the series' sentence
        last_end = ends[-1].end()
        entries = []
        for n, (at, term, opens) in enumerate(heads):
            term_at = text.index(term, at)
            end = heads[n + 1][0] if n + 1 < len(heads) else last_end
            definition = text[opens:end]
            entries.append(Found(term, definition, text[term_at:end], line.index + 1, line.start + term_at, line.start + end))
        out.extend((line.index, entry) for entry in entries)
    return out
