"""Where a definition ends when its paragraph was wrapped into lines: a copied answer keeps a PDF's or an editor's line
breaks inside sentences (``…固定职工在实行企业和职工个人共同缴纳`` / ``基本养老保险费制度之前,…合并计发`` / ``养老保险金。``), and a
definition read line by line stops in the middle of its sentence. It goes on over the lines that continue the sentence,
up to the one ending it, as a wrapped numbered note does: only when its own line ends with no stop, is as long as a
wrapped line, and every line but the last is as long too (a short line with no stop is a heading or a label, no wrap).

A law database's print view wraps an article at a fixed width wherever the width falls, so a wrapped line may open with the
comma or the 、 the sentence goes on with (``…國家基於公權力之行使`` / ``,經接收、沒收或征收而取得財產權;所稱「由於預算支出」…``;
``…單位預算之分預算`` / ``、附屬單位預算…。``, 606); and an article defining several words runs them into one wrapped
paragraph, each ending at the ``;`` (or ``。``) before the next ``所稱`` (``…而取得財產權;所稱「由於預算支出」係指…``), so the
continuation stops there, the semicolon left out, as :mod:`policyterms.mining.learn` ends a law's run-in definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import CLOSING_EXAMPLES

_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』)）]*[\s\u3000]*$")
# A definition stopping inside a sentence: its last character one of a word or a comma.
_MID_SENTENCE = re.compile(r"[\u4e00-\u9fff,，、][\s\u3000]*$")
# A wrapped line going on with the sentence: it opens with a character of a word.
# (or with the comma or 、 a fixed-width print wrap put at its start: ,經接收、沒收或征收…, 、附屬單位預算…, 606)
_GOES_ON = re.compile(r"[\u4e00-\u9fff]|[,，、][\u4e00-\u9fff「“]")
# The next definition of a law's article run into the wrapped paragraph (…而取得財產權;所稱「由於預算支出」係指…): the one
# before ends at the stop, its semicolon left out, its full stop kept.
_NEXT_SO_NAMED = re.compile(r"(?:[;；]|(?<=[。]))(?=[\s\u3000]*(?:前項|前项|本法|本條|本条)?所[稱称])")
# A line opening an entry of its own: a headword and a colon or a strong marker before any comma (移民搬迁:指…).
# (or a yearbook's headword and spaces: 城市(城镇)居民家庭总支出 指…)
_OPENS_ENTRY = re.compile(r"[^,，。；;:：]{1,20}?(?:[:：]|是指|系指|係指|指的是)|[^\s\u3000,，。；;:：]{2,20}[ \u3000]+")
#: The shortest line taken for a wrapped one (the pages wrap at 40 to 80 characters).
WRAP_WIDTH = 30
#: The most lines a wrapped sentence goes on over.
MOST_LINES = 3


# A bullet opening a line (• 燃料調整費:…): its item closes at a blank line, stop or none.
_BULLETED = re.compile(r"[ \t\u3000]*[•·▪●◦]")


def _next_line(text: str, line_end: int) -> str:
    """The line after the newline at ``line_end``, without its own newline (to the text's end when it is the last)."""
    stop = text.find("\n", line_end + 1)
    return text[line_end + 1 : stop if stop >= 0 else len(text)]


def wrapped_continuation(text: str, end: int, definition: str, term: str = "") -> str:
    """The text of the lines after ``end`` (where a definition read from ``text`` stops) that finish its sentence, joined
    without their line breaks, or ``""`` when the definition ends a sentence or its line is no wrapped one."""
    if not definition or not _MID_SENTENCE.search(definition):
        return ""  # (…具体指:, …例如:, …本義:遙遠): a lead-in or a bracket closes the line, no wrap
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t\u3000"):
        return ""
    line_start = text.rfind("\n", 0, end) + 1
    own = text[line_start:end].strip(" \t\u3000")
    if own.endswith((";", "；")):
        return ""  # (…議決通過; / 所稱Y,指…: a law's definition closed at its semicolon, the next one on the next line, 867)
    if _BULLETED.match(text, line_start) and not _next_line(text, line_end).strip(" \t\u3000"):
        return ""  # (• 燃料調整費:向客戶收取…的費用 / (blank) / 電費單列出…: a bullet item and a blank line after it ends it, P3051)
    fixed = _fixed_width(text, line_start, own)
    if fixed is not None and not ("=" in own or "＝" in own or _ENDS_SENTENCE.search(own) or CLOSING_EXAMPLES.search(own)):
        return _out_of_its_quote(definition, _fixed_continuation(text, line_end, fixed, term))
    if len(own) < WRAP_WIDTH or "=" in own or "＝" in own:
        return ""  # (可支配收入=家庭总收入-…: a formula line ends a yearbook entry without a stop)
    spaced = _double_spaced_continuation(text, line_end, own)
    if spaced:
        return spaced
    if _ENDS_SENTENCE.search(own) or CLOSING_EXAMPLES.search(own):
        return ""  # (…所為之測量作業,謂之合併複丈。, 568: the name after its gloss ends the line's sentence, no wrap)
        # (…之場所,例如咖啡室、冰室及茶館等 / 第五組場所指其他場所。: a gloss closed by its examples is whole, 593's lines unnumbered)
    taken: list[str] = []
    for line, last in _lines_going_on(text, line_end, term):
        named = _NEXT_SO_NAMED.search(line)
        if named:
            return "".join(taken) + line[: named.start()]
        taken.append(line)
        if _ENDS_SENTENCE.search(line):
            return "".join(taken)
        if len(line) < WRAP_WIDTH or last:
            return ""
    return ""


# A line cut inside a word: it ends with a character of one, no comma or stop (…我们一般遭遇的是暴雨 / 山洪。我国是…).
_CUT_IN_WORD = re.compile(r"[\u4e00-\u9fff][\s\u3000]*$")
#: How far in characters the lines of a double-spaced wrapped paragraph may differ in length.
DOUBLE_SPACED_SLACK = 3


def _double_spaced_continuation(text: str, line_end: int, own: str) -> str:
    """The lines finishing a paragraph that a page wrapped at a fixed width and set each line apart by a blank line, joined, or
    ``""``. A weather site's article (P2874: ``山洪是指…,我们一般遭遇的是暴雨`` / (blank) / ``山洪。我国是一个暴雨频发的国家,…山洪灾`` /
    (blank) / ``害便会频频来袭,…一张`` / (blank) / ``图带你了解山洪、…的预防和防御。``) breaks inside words (暴雨 / 山洪, 山洪灾 / 害): a
    blank line there is no paragraph's end. Taken only when the definition's line is cut inside a word, and each line after a
    blank one goes on with the sentence and is as long as it (within :data:`DOUBLE_SPACED_SLACK` characters), up to the line
    closing on a stop (shorter, the paragraph's last), at most :data:`MOST_LINES` lines; a line of another length, a blank
    run of two lines or more, or a line opening an entry ends it with nothing taken."""
    if not _CUT_IN_WORD.search(own):
        return ""
    taken: list[str] = []
    at = line_end + 1
    for _ in range(MOST_LINES):
        blank_end = text.find("\n", at)
        if blank_end < 0 or text[at:blank_end].strip(" \t\u3000"):
            return ""  # (no blank line between: the wrapped walk's, not this one's)
        at = blank_end + 1
        nxt = text.find("\n", at)
        line = text[at : nxt if nxt >= 0 else len(text)].strip(" \t\u3000")
        # (a line opening with the headword goes on too when the line above broke inside a word: 暴雨 / 山洪。我国是…)
        if not line or not _GOES_ON.match(line) or _OPENS_ENTRY.match(line):
            return ""
        if _ENDS_SENTENCE.search(line) and len(line) <= len(own) + DOUBLE_SPACED_SLACK:
            return "".join(taken) + line
        if abs(len(line) - len(own)) > DOUBLE_SPACED_SLACK or not _CUT_IN_WORD.search(line) and not line.endswith(("，", ",")):
            return ""
        taken.append(line)
        if nxt < 0:
            return ""
        at = nxt + 1
    return ""


def _lines_going_on(text: str, line_end: int, term: str) -> Iterator[tuple[str, bool]]:
    """The lines after ``line_end`` (at most :data:`MOST_LINES`), stripped, each with whether it is the text's last, up to
    the first that does not go on with the sentence: a blank line, the next entry or item (“2”指的是:…, 1.…, - …, 移民搬迁:
    指…), or a line opening with the headword (飞地的概念产生于…: a paragraph of its own). Both the wrapped and the fixed-width
    continuations walk the lines so; they differ in where the sentence is taken to end."""
    key = _SPACE_OR_QUOTE.sub("", term)
    at = line_end + 1
    for _ in range(MOST_LINES):
        nxt = text.find("\n", at)
        line = text[at : nxt if nxt >= 0 else len(text)].strip(" \t\u3000")
        if not line or not _GOES_ON.match(line) or _OPENS_ENTRY.match(line) or key and line.startswith(key):
            return
        yield line, nxt < 0
        if nxt < 0:
            return
        at = nxt + 1


# A paper typed at a fixed width of fewer than 30 characters a line (《家庭崗位歧視條例》於1997年6月26日由當時的立法 / 局制訂,…,
# 712, a 1998 Legislative Council paper wrapped at 45–47 display columns): the lines of a paragraph are as wide as each other
# in columns (a Han character two, a digit or a Latin letter one), not in characters. The shortest such width taken (20 Han
# characters), and how far two lines of one block may differ.
_FIXED_MIN_COLUMNS = 40
_FIXED_SLACK = 3
_SENTENCE_STOP = re.compile(r"[。！？!?][”」』)）]*")
# Spaces and quotation marks, left out when a line is compared with the headword.
_SPACE_OR_QUOTE = re.compile(r"[\s\u3000“”「」]")


def _columns(line: str) -> int:
    """The display width of ``line``: two columns for a wide (Han, full-width) character, one for any other."""
    return sum(2 if "\u1100" <= c and (c >= "\u2e80" or c <= "\u115f") else 1 for c in line)


def _fixed_width(text: str, line_start: int, own: str) -> int | None:
    """The width in columns of the fixed-width block whose line starting at ``line_start`` holds ``own``: both it and the line
    right above it (no blank line between) at least :data:`_FIXED_MIN_COLUMNS` wide and within :data:`_FIXED_SLACK` of each
    other, the line above going on into this one (no stop closing it); None otherwise."""
    if line_start == 0:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].strip(" \t\u3000")
    width, above_width = _columns(own), _columns(above)
    if width < _FIXED_MIN_COLUMNS or above_width < _FIXED_MIN_COLUMNS or abs(width - above_width) > _FIXED_SLACK:
        return None
    return width if not _ENDS_SENTENCE.search(above) else None


# A quoted rule's closing mark before the stop ending the sentence (…之參與機制」。): the quote opened before the definition.
_CLOSING_QUOTE_STOP = re.compile(r"[”」』]+[。；;]$")
_OPENING_QUOTES = re.compile(r"[“「『]")
_CLOSING_QUOTES = re.compile(r"[”」』]")


def _out_of_its_quote(definition: str, continuation: str) -> str:
    """``continuation`` without the closing quotation mark and stop of a quote that opened before ``definition`` (a paper
    quoting a law's article, 「本法第 21 / 條所稱X,指…;所稱Y,指…之 / 參與機制」。, 867): the definition is the quoted
    clause, as a law's own text gives it; a quotation the definition opens itself keeps its mark."""
    closing = _CLOSING_QUOTE_STOP.search(continuation)
    whole = definition + continuation
    if closing is None or len(_OPENING_QUOTES.findall(whole)) >= len(_CLOSING_QUOTES.findall(whole)):
        return continuation
    return continuation[: closing.start()]


def _fixed_continuation(text: str, line_end: int, width: int, term: str) -> str:
    """The text after ``line_end`` finishing the sentence of a fixed-width block's line: up to the first stop on the next lines
    (a new sentence may follow it on the same line, 崗位。就任何人而言,…), or ``""`` when a line of the block as wide as the
    others holds none, the block ends first or the next line opens an entry of its own."""
    taken: list[str] = []
    for line, last in _lines_going_on(text, line_end, term):
        stop = _SENTENCE_STOP.search(line)
        named = _NEXT_SO_NAMED.search(line)
        if named and (stop is None or named.start() < stop.end()):
            return "".join(taken) + line[: named.start()]  # …取得財產權;所稱「由於預算支出」…: the article's next definition
        if stop:
            return "".join(taken) + line[: stop.end()]
        taken.append(line)
        if _columns(line) < width - _FIXED_SLACK or last:
            return ""
    return ""


#: How many wrapped lines as wide as a line, near it, show it to be a line of a fixed-width block.
FIXED_NEIGHBOURS = 2
#: How many lines either side of a line are looked at for its block's wrapped lines.
FIXED_NEAR = 8


def as_wide_as_wrapped_lines(lines: list[str], index: int) -> bool:
    """Whether line ``index`` of ``lines`` (their texts) is as wide as the wrapped lines of the fixed-width block around it:
    at least :data:`FIXED_NEIGHBOURS` lines within :data:`FIXED_NEAR` lines of it, each at least :data:`_FIXED_MIN_COLUMNS`
    wide and within :data:`_FIXED_SLACK` columns of it, ending inside a sentence (a word's character or a comma) with the
    next line going on with it. A law database's print view wraps every line of an article at its width, so a numbered
    item whose line is cut there (``三、街廓:都市計畫範圍內四周被都市計畫道路或其他分區界線`` / ``圍成之土地。``, 756) is as
    wide as the wrapped lines of the items around it; a heading is as wide only by chance.

    >>> block = ["第四條 本法所稱能確定建築線,指該計畫區之主要", "計畫道路已依有關法令規定豎立樁誌,而能指示建築線者;所稱",
    ...          "主要公共設施已照主要計畫興建完成,指符合下列各款規定者:", "一、面前道路已依主要計畫之道路長度及寬度興建完成。但其興",
    ...          "建長度已達六百公尺或已達一完整街廓者,不在此限。"]
    >>> as_wide_as_wrapped_lines(["三、街廓:都市計畫範圍內四周被都市計畫道路或其他分區界線", "圍成之土地。", *block], 0)
    True
    >>> as_wide_as_wrapped_lines(["一、历史倒逼的战略抉择:从救企业到活体系", "二十年来,企业改革走过了不平凡的历程。"], 0)
    False
    """
    width = _columns(lines[index].strip(" \t\u3000"))
    if width < _FIXED_MIN_COLUMNS:
        return False
    count = 0
    for k in range(max(0, index - FIXED_NEAR), min(len(lines) - 1, index + FIXED_NEAR + 1)):
        line, nxt = lines[k].strip(" \t\u3000"), lines[k + 1].strip(" \t\u3000")
        if k == index or not nxt or abs(_columns(line) - width) > _FIXED_SLACK:
            continue
        if _MID_SENTENCE.search(line) and _GOES_ON.match(nxt):
            count += 1
    return count >= FIXED_NEIGHBOURS
