"""A paragraph citing a document's rule after a numbered note is no part of the note (205: ``(1)私营独资企业是指…的企业。`` /
``根据国家统计局《关于统计上对个人独资企业…的通知》(国统字[2000]9号)的规定:"凡符合…的,…按'171私营独资企业'处理。"``).

A list of indicator notes may put, under one of its sub-items, how a notice says to class the units it defines: the
paragraph opens by citing the document (根据, 依据, 按照, then its issuer and its title in 《》) and quotes its rule. Indented
like the note, it would be read as the note's next paragraph (a note written over several paragraphs); but the note's own
sentence has ended, and what follows applies a rule to the term, not what the term means (no gold of the development pages
keeps such a citation inside a definition). A paragraph classifying by a criterion (``根据存款对象的不同可划分为…``) names no
document and goes on as before.
"""

from __future__ import annotations

import re

__all__ = ["cites_rule"]

# A paragraph opening by citing a document: 根据/依据/按照, at most an issuer's name, then the title in 《》.
_CITES = re.compile(r"[\s\u3000]*(?:根据|根據|依据|依據|按照|依照)[^,，。；;:：《]{0,20}《")
# The line before ends its sentence.
_ENDED = re.compile(r"[。！？!?][”」’\"')）]*[\s\u3000]*$")


def cites_rule(previous: str, line: str) -> bool:
    """Whether ``line`` opens a paragraph citing a document's rule right after a note line ``previous`` that ended its
    sentence."""
    return bool(_ENDED.search(previous)) and _CITES.match(line) is not None
