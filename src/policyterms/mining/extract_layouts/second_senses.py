"""Where a definition ends before the term's second sense: ``行政主導是一種政治體制,…特別是在香港特別行政區。此外,行政主導
還意味着國家行政力量廣泛地主導經濟與社會發展,…`` glosses the term again in another sense, after ``此外``/``另外`` and with
``还``/``也``, which the golds take as an entry of its own. The first definition ends at its full stop. A sense added
without the term restated (``。也泛指许多的河流``, a dictionary's next sense in one entry) stays."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import bare_term

_ANOTHER_SENSE = r"(?:此外|另外)[,，]?[\s\u3000]*{key}[\s\u3000]*(?:还|還|也|亦)(?:可以|可|常|被)?(?:用来|用來)?(?:意味着|意味著|是指|泛指|特指|指)"


def before_second_sense(term: str, definition: str) -> str:
    """``definition`` up to a later sentence glossing the term again after 此外/另外 (``此外,X還意味着…``), or whole."""
    key = bare_term(term)
    if len(key) < 2 or ("此外" not in definition and "另外" not in definition):
        return definition  # (no pattern built for the term where neither word stands: compiling one per term is slow)
    found = re.search(r"(?<=[。！？!?])[”」]?[\s\u3000]*" + _ANOTHER_SENSE.format(key=re.escape(key)), definition)
    return definition[: found.start()] if found else definition
