"""A dictionary's new senses as news reports them: ``“晒”增加了“展示”的新义``, ``“奴”字新增了“为了支付贷款等而不得不拼命工作
的人”之意``, ``比如“晒”字,新版字典就增加了“展示”的释义``, ``“门”则增加了“事件,多指负面事件”注释`` (P605, P621), and
``如“土豪”一词,原本指的是“…”;新版词典中,添加了“今也指…”这个新的义项`` (P601). Every new edition of 新华字典 or
现代汉语词典 brings such items, and what they quote is the dictionary's own gloss of the word.

The quoted word is the term, its quotation marks kept; the quoted sense is the definition, the frame (``字``, ``一词``,
``新版字典就``, ``增加了``, ``的释义``, ``之意``, ``这个新的义项``) left out, and so is what the report says after it (``,多指
在网络上公开…``, ``,以求…``: the reporter's words, not the sense). A new sense written without its word (``;新版词典中,
添加了“…”这个新的义项``) belongs to the word the sentence named with ``一词``/``字``, and the older sense that clause
gives before the semicolon (``原本指的是“…”``) is an entry too. The sense must be quoted and the frame must name a
sense (释义, 义项, 新义, 之意, 注释…): ``“双减”增加了“课后服务”的内容`` defines nothing."""

from __future__ import annotations

import re

from policyterms.mining.extract_layouts.common import Found, _L, one_line_entries

__all__ = ["dictionary_new_senses"]

_TERM = r"[“「\"][^“”「」\"\n,，。；;:：、]{1,8}[”」\"]"
_WORD = r"(?:字|一词|一詞|这个词|這個詞|这个字|這個字)"
_ADDED = (
    r"(?:增加|新增|添加|增添|增补|增補|补充|補充|加入)了?[\s\u3000]*(?:新的|一个新的|一個新的|一项|一項)?"
    r"(?:释义|釋義|义项|義項|意思|含义|含義)?[\s\u3000]*[:：]?[\s\u3000]*"
)
_SENSE = r"[“「\"](?P<definition>[^“”「」\"\n]{1,60})[”」\"]"
_NAMED_SENSE = (
    r"[\s\u3000]*(?:的?(?:新义|新義|新释义|新釋義|释义|釋義|新义项|新義項|义项|義項|新意思|新含义|新含義|注释|注釋)|之意|之义|之義"
    r"|这[个一]新的?义项|這[個一]新的?義項)"
)
# “X”(字), (新版字典就|则) 增加了 “sense” 的释义 / 之意 / 注释
_NEW_SENSE = re.compile(rf"(?P<term>{_TERM}){_WORD}?[\s\u3000]*[,，]?[^。；;！!？?“”「」\"\n]{{0,14}}?{_ADDED}{_SENSE}{_NAMED_SENSE}")
# …“X”一词,原本指的是“old”;新版词典中,添加了“new”这个新的义项: the word named once, two senses.
_OLD_THEN_NEW = re.compile(
    rf"(?P<term>{_TERM}){_WORD}[\s\u3000]*[,，][\s\u3000]*(?P<old>(?:原本|本来|本來|原来|原來|原先|过去|過去)?[\s\u3000]*(?:指的是|是指|指)[^。；;！!？?\n]{{2,80}})[；;]"
    rf"[^。；;！!？?“”「」\"\n]{{0,14}}?{_ADDED}{_SENSE}{_NAMED_SENSE}"
)


def dictionary_new_senses(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each new sense a free line reports (module docstring), in line order.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("例如“晒”增加了“展示”的新义,多指在网络上公开透露;又如“奴”字新增了“为了支付贷款等而不得不拼命工作的人”之意。")
    >>> [(e.term, e.definition) for _, e in dictionary_new_senses(ls, [True])]
    [('“晒”', '展示'), ('“奴”', '为了支付贷款等而不得不拼命工作的人')]
    >>> ls = _lines("如“土豪”一词,原本指的是“旧时地方上的豪强”;新版词典中,添加了“今也指富有钱财的人”这个新的义项。")
    >>> [(e.term, e.definition) for _, e in dictionary_new_senses(ls, [True])]
    [('“土豪”', '原本指的是“旧时地方上的豪强”'), ('“土豪”', '今也指富有钱财的人')]
    >>> list(dictionary_new_senses(_lines("“双减”增加了“课后服务”的内容。"), [True]))
    []
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        raw = line.raw
        entries: list[Found] = []
        taken: list[tuple[int, int]] = []  # the senses read, so that a shorter frame inside is not read again
        for match in _OLD_THEN_NEW.finditer(raw):
            entries.append(_found(line, match, "old", match.start("term")))
            entries.append(_found(line, match, "definition", match.start("definition")))
            taken.append((match.start("definition"), match.end("definition")))
        for match in _NEW_SENSE.finditer(raw):
            if not any(start <= match.start("definition") < end for start, end in taken):
                entries.append(_found(line, match, "definition", match.start("term")))
        entries.sort(key=lambda e: e.start)
        yield from one_line_entries(line.index, entries)


def _found(line: _L, match: re.Match, group: str, start: int) -> Found:
    """The entry of ``group``'s sense, placed at ``start`` (its term, or its own sense where the term was named before)."""
    end = match.end(group)
    quote = line.raw[start:end]
    return Found(match.group("term"), match.group(group), quote, line.index + 1, line.start + start, line.start + end)
