"""Where a definition ends before the term's second sense: ``行政主導是一種政治體制,…特別是在香港特別行政區。此外,行政主導
還意味着國家行政力量廣泛地主導經濟與社會發展,…`` glosses the term again in another sense, after ``此外``/``另外`` and with
``还``/``也``, which the golds take as an entry of its own. The first definition ends at its full stop. A sense added
without the term restated (``。也泛指许多的河流``, a dictionary's next sense in one entry) stays.

So does the term's reading by another speaker: ``林子瑜指出,國土規畫就是國家空間發展的計畫,…也就遵循著這個定義製作。台大地理系教授
張石角則以「地盡其利」的角度闡釋國土規畫,他認為國土規畫即資源最有效的利用,…`` (P2403, a magazine quoting two scholars'
definitions in turn): a later sentence in which someone 认为/指出/表示 the term is (即, 就是, 是指, 指的是, 係指) something is that
speaker's definition, an entry of its own, and the first ends at the full stop before it. Press pages weighing a word's
readings (专家认为,X是指…; 也有学者认为X就是…) write so."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import bare_term

_ANOTHER_SENSE = r"(?:此外|另外)[,，]?[\s\u3000]*{key}[\s\u3000]*(?:还|還|也|亦)(?:可以|可|常|被)?(?:用来|用來)?(?:意味着|意味著|是指|泛指|特指|指)"


# Another speaker's reading of the term: a verb of saying, then (after a comma or not) the term and a strong marker, in a
# sentence after the definition's first full stop; the words between the sentence's start and the verb name the speaker
# (and the angle he reads it from, 則以「地盡其利」的角度闡釋國土規畫,他認為…).
_ANOTHER_READING = r"(?<=[。！？!?])[”」]?(?P<sentence>[^。！？!?\n]{{0,60}}?(?:认为|認為|指出|表示|主张|主張)[,，]?[\s\u3000]*{key}[\s\u3000]*(?:即(?![使便将將可刻时時])|就是|是指|指的是|係指|系指))"


def before_second_sense(term: str, definition: str) -> str:
    """``definition`` up to a later sentence glossing the term again after 此外/另外 (``此外,X還意味着…``) or in another speaker's
    reading (``…製作。…張石角…,他認為國土規畫即…``), or whole."""
    key = bare_term(term)
    if len(key) >= 2 and any(verb in definition for verb in ("认为", "認為", "指出", "表示", "主张", "主張")):
        reading = re.search(_ANOTHER_READING.format(key=re.escape(key)), definition)
        if reading is not None:
            return definition[: reading.start("sentence")].rstrip(" \t\u3000")
    if len(key) < 2 or ("此外" not in definition and "另外" not in definition):
        return definition  # (no pattern built for the term where neither word stands: compiling one per term is slow)
    found = re.search(r"(?<=[。！？!?])[”」]?[\s\u3000]*" + _ANOTHER_SENSE.format(key=re.escape(key)), definition)
    return definition[: found.start()] if found else definition


# A closing remark naming which sense of a word the sentences before it gave (…(7)其他依法組織之機關。此為狹義之公務員,目前考試院
# 銓敘部即以此界定。, 880, an encyclopedia card giving a word's senses in several laws, each closed by 此為最廣義/廣義/狹義之X): the
# remark speaks of the word whose sense it labels, so a definition of another word read before it (其所稱各機關指…) ends at the
# stop before it. A remark on the term's own sense (…。此為廣義之X) is left on it.
_SENSE_REMARK = re.compile(
    r"(?<=[。！？!?])[”」]?[\s\u3000]*(?:此|这|這|是)(?:为|為|即|乃|係|系)(?:最)?(?:广义|廣義|狭义|狹義)(?:之|的)(?P<word>[^,，。；;:：\s]{2,12})"
)


def before_sense_remark(term: str, definition: str) -> str:
    """``definition`` up to a later sentence labelling the sense of another word (``。此為狹義之公務員,…``), or whole."""
    if "义" not in definition and "義" not in definition:
        return definition
    key = bare_term(term)
    for found in _SENSE_REMARK.finditer(definition):
        if bare_term(found.group("word")) != key:
            return definition[: found.start()].rstrip(" \t\u3000")
    return definition
