"""What an extracted glossary needs to know of its document: the source entry, the title
line, and the place it speaks for (the scope, through the gazetteer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyterms.errors import InputError
from policyterms.text.fold import INVISIBLE, strip_pinyin
from policyterms.mining.appendix import FURNITURE, HEADING


@dataclass(frozen=True)
class SourceEntry:
    """The ``sources:`` entry an extracted file carries for the document it cites.

    Only what the document itself shows: ``title`` is its first heading line (never
    invented: see :func:`document_title`), ``text`` the path of the report relative to the
    glossary file when the report lies inside the glossary's folder (so ``lint`` verifies
    every quote); no date, issuer or URL, which a text file does not reliably state.
    """

    id: str
    title: str
    text: str | None = None


# A title line names a kind of document; forum and portal furniture never does.
_TITLE_WORDS = re.compile(
    r"报告|報告|公报|公報|规划|規劃|纲要|綱要|说明|說明|解释|解釋|注释|注釋|意见|意見|通知|方案|决定|決定|"
    r"年鉴|年鑒|白皮书|白皮書|问答|問答|知识|知識|词典|詞典|手册|手冊|政策|办法|辦法|条例|條例|细则|細則"
)


_TITLE_TAG = re.compile(r"^(?:\[[^\]]{1,8}\]|【[^】]{1,8}】)[\s\u3000]*")  # [上海] 2020年…报告
_TITLE_LINES = 12  # non-blank lines looked at, from the top


_PLACE_LINES = 20  # non-blank lines whose place names count for the scope


def _top_lines(text: str, count: int) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = raw.strip(" \t\r\f\v\u3000" + INVISIBLE)
        if line:
            out.append(line)
            if len(out) == count:
                break
    return out


def document_title(text: str) -> str | None:
    """The document's first heading line, or ``None``.

    A heading line is one of the first non-blank lines that names a kind of document
    (报告, 公报, 规划, 说明, 解释 …), has no sentence punctuation, colon or table bar, is not
    page furniture nor the glossary's section heading (名词解释), and is 4–60 characters
    long; a leading forum tag (``[上海] ``) is
    dropped. ``None`` when no line qualifies: a title is never made up.

    >>> document_title("设为首页收藏本站\\n查看: 2470|回复: 0\\n\\n[上海] 2020年上海市金山区政府工作报告\\n")
    '2020年上海市金山区政府工作报告'
    """
    for line in _top_lines(text, _TITLE_LINES):
        line = _TITLE_TAG.sub("", strip_pinyin(line)).strip()
        if not 4 <= len(line) <= 60 or re.search(r"[。，,；;！!？?:：|｜]", line):
            continue
        if FURNITURE.search(line) or not _TITLE_WORDS.search(line) or HEADING.match(re.sub(r"\s+", "", line)):
            continue  # furniture, no kind of document, or the glossary's own section heading
        return line
    return None


_NO_PLACE_HINT = "pass --scope, e.g. --scope 浙江省嘉兴市平湖市 (or 全国 for a national document)"


def guess_scope(text: str) -> str:
    """The scope of the place a document names (浙江省嘉兴市平湖市), from its title and first
    lines.

    The title (:func:`document_title`) speaks first: when it names places that lie one
    inside the other (上海市 and 金山区 in "2020年上海市金山区政府工作报告"), the innermost
    wins. Otherwise the division named most often in the first lines wins
    (:func:`policyterms.glossary.gazetteer.find_places`), the innermost among equally named nested
    ones. Raises :class:`~policyterms.errors.InputError` with a hint to pass ``--scope``
    when no place is named, or when the places named most often are not nested (two
    districts, two provinces): a scope is a claim about the glossary, never a coin toss.
    """
    from policyterms.glossary.gazetteer import find_places

    title = document_title(text)
    if title:
        chosen = _innermost_of(list(find_places(title)))
        if chosen is not None:
            return chosen.scope
    counts = find_places("\n".join(_top_lines(text, _PLACE_LINES)))
    if not counts:
        raise InputError("the document names no place in its title or first lines, so its scope is unknown", hint=_NO_PLACE_HINT)
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    chosen = _innermost_of(leaders)
    if chosen is None:
        names = "、".join(sorted(d.name for d in leaders))
        raise InputError(f"the document names several places equally often ({names}), so its scope is unclear", hint=_NO_PLACE_HINT)
    return chosen.scope


def _innermost_of(divisions):
    """The innermost of ``divisions`` when they all lie on one chain (each inside the next),
    else ``None``."""
    from policyterms.glossary.gazetteer import load_gazetteer

    if not divisions:
        return None
    gazetteer = load_gazetteer()
    innermost = max(divisions, key=lambda d: len(gazetteer.ancestors(d)))
    chain = {d.code for d in gazetteer.ancestors(innermost)}
    return innermost if all(d.code in chain for d in divisions) else None
