"""Page furniture: the lines a web page wraps around a report, which are not the report.

Users paste or save reports from government sites, and the copy keeps the site's
breadcrumb (``首页 > 政务公开 > 政府工作报告``), its banner (``欢迎访问某某市人民政府网站``),
its tool bar (``【字体：大 中 小】 打印本页 关闭窗口``), its keyword strip (``关键词：武汉城市圈
科学发展观 政府职能转变``) and its footer (``版权所有``, ``ICP备``). A term in such a line (政务公开, 综合行政执法 in an office's name) is a link or a
label, not a mention in the document, and flagging it is noise. :func:`is_furniture_line`
recognises these lines by their own words; annotation leaves them alone unless asked.

Only short lines are judged (:data:`FURNITURE_LINE_MAX`): a report's sentences are long,
a site's navigation is not, and the bound keeps the decision local, so annotating a text
in windows sees every line it judges whole.
"""

from __future__ import annotations

from bisect import bisect_left

from policyterms._lazy import lazy_compile

__all__ = ["FURNITURE_LINE_MAX", "PAGE_TOOL_WORDS", "is_furniture_line", "is_page_number_line", "furniture_lines", "line_breaks", "line_bounds"]

#: A line longer than this (in characters) is never furniture.
FURNITURE_LINE_MAX = 200

#: A line that starts with one of these is the site speaking: where you are, welcome.
_LEADS = lazy_compile(r"^[\s\u3000>＞»|·•]*(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|现在位置|欢迎访问|欢迎光临|欢迎来到)")
#: A breadcrumb: the home page, then a separator and another level.
_BREADCRUMB = lazy_compile(r"(?:首页|主页|网站首页)\s*(?:[>＞»›→/|]|&gt;)")
#: Words only a page's tool bar, share box, article navigation or footer uses (extract stops
#: an appendix at them too).
PAGE_TOOL_WORDS = "打印本页|关闭窗口|分享到|扫一扫|版权所有|返回顶部|返回列表|上一篇|下一篇|责任编辑"
_TOOLS = lazy_compile(
    PAGE_TOOL_WORDS
    + r"|【?\s{0,3}字体[:：]|字号[:：]\s{0,3}[大中小]|打印此页|关闭本页|ICP备|ICP证|网站标识码|网站识别码|公网安备|"
    r"主办单位[:：]|承办单位[:：]|技术支持[:：]|网站地图|浏览次数|访问量[:：]|【\s{0,3}打印\s{0,3}】|【\s{0,3}关闭\s{0,3}】"
)
#: A news site's keyword strip: the label, then tags, with no sentence punctuation (a
#: sentence that starts with the word 关键词 goes on to a 。, ；, ！ or ？ and stays text).
_TAG_STRIP = lazy_compile(r"^[\s\u3000]*(?:关键词|关键字|标签|主题词|TAGS?|Tags?|tags?)[ \t\u3000]*[:：][^。；;！!？?]*$")
#: The characters ``str.splitlines`` ends a line at (``\r\n`` is two of them here).
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_BREAK = lazy_compile(f"[{_LINE_BREAKS}]")


#: Blank characters inside a line: ``\s`` without :data:`_LINE_BREAKS`, so a sign
#: never reaches into the next line (and hides a sign there from the search).
_INLINE_BLANK = f"[^\\S{_LINE_BREAKS}]"

#: Words one of the patterns needs, as alternatives with at most bounded repetition (so one
#: search is linear even over a million blanks): a line without any is no furniture. The
#: alternatives are literals, which ``re`` scans ten times faster than ones opening with a
#: character class ([Tt]…).
_ANY_SIGN = lazy_compile(
    PAGE_TOOL_WORDS
    + "|关键词|关键字|标签|主题词|TAG|Tag|tag|当前位置|您的位置|您现在的位置|您当前的位置|所在位置|现在位置|欢迎访问|欢迎光临|欢迎来到|首页|主页|"
    "字体[:：]|字号[:：]|打印此页|关闭本页|ICP备|ICP证|网站标识码|网站识别码|公网安备|主办单位[:：]|"
    f"承办单位[:：]|技术支持[:：]|网站地图|浏览次数|访问量[:：]|【{_INLINE_BLANK}{{0,3}}打印|【{_INLINE_BLANK}{{0,3}}关闭"
)


def is_furniture_line(line: str) -> bool:
    """Whether one line of a page is its navigation, banner, tool bar or footer.

    >>> is_furniture_line("首页 > 政务公开 > 政府工作报告")
    True
    >>> is_furniture_line("欢迎访问【沈阳市城市管理综合行政执法局】官方网站")
    True
    >>> is_furniture_line("关键词: 武汉城市圈 生产性服务业 科学发展观 政府职能转变")
    True
    >>> is_furniture_line("深化“放管服”改革，推进政务公开。")
    False
    """
    if len(line) > FURNITURE_LINE_MAX:
        return False
    return bool(_LEADS.search(line) or _BREADCRUMB.search(line) or _TOOLS.search(line) or _TAG_STRIP.match(line))


#: A page number a PDF copy keeps between two pages' text: ``- 12 -``, ``— 12 —``, ``第 12 页``,
#: ``第12页 共30页``.
_PAGE_NUMBER = lazy_compile(
    r"^[\s\u3000]*(?:[-－—–]{1,2}[\s\u3000]*[0-9]{1,4}[\s\u3000]*[-－—–]{1,2}"
    r"|第[\s\u3000]*[0-9]{1,4}[\s\u3000]*[页頁](?:[\s\u3000]*[,，/]?[\s\u3000]*共[\s\u3000]*[0-9]{1,4}[\s\u3000]*[页頁])?)[\s\u3000]*$"
)


def is_page_number_line(line: str) -> bool:
    """Whether a line is only a page number, as a PDF copy keeps it between two pages.

    >>> is_page_number_line("- 12 -"), is_page_number_line("第 3 页 共 30 页"), is_page_number_line("-1.5-")
    (True, True, False)
    """
    return bool(_PAGE_NUMBER.match(line))


def line_breaks(text: str) -> list[int]:
    """The indices of ``text``'s line breaks, in order (one pass, for :func:`line_bounds`)."""
    return [match.start() for match in _BREAK.finditer(text)]


def line_bounds(breaks: list[int], length: int, start: int, end: int, *, at_text_end: bool) -> tuple[int, int] | None:
    """The line around ``[start, end)`` of a text of ``length`` characters whose line
    breaks are ``breaks``, as ``(line_start, line_end)``; ``None`` when the line is longer
    than :data:`FURNITURE_LINE_MAX`. The start of the text counts as a line start and, if
    ``at_text_end``, its end as a line end: a caller that holds a window of a longer text
    keeps more than ``FURNITURE_LINE_MAX`` characters around any span it asks about, so a
    line it cannot see whole is a long line either way.
    """
    before = bisect_left(breaks, start)
    line_start = breaks[before - 1] + 1 if before else 0
    after = bisect_left(breaks, end)
    if after < len(breaks):
        line_end = breaks[after]
    elif at_text_end:
        line_end = length
    else:
        return None
    if line_end - line_start > FURNITURE_LINE_MAX:
        return None
    return line_start, line_end


def furniture_lines(text: str, *, at_text_end: bool) -> list[tuple[int, int]]:
    """The furniture lines of ``text`` as sorted ``(line_start, line_end)`` spans, found
    from the few places a sign of furniture occurs (most texts have none, and then this is
    one search). ``at_text_end`` as for :func:`line_bounds`.

    >>> text = "首页 > 政务公开\\n推进政务公开。"
    >>> [text[a:b] for a, b in furniture_lines(text, at_text_end=True)]
    ['首页 > 政务公开']
    """
    signs = [match.start() for match in _ANY_SIGN.finditer(text)]
    if not signs:
        return []
    breaks = line_breaks(text)
    found: dict[tuple[int, int], None] = {}
    for at in signs:
        bounds = line_bounds(breaks, len(text), at, at, at_text_end=at_text_end)
        if bounds is not None and bounds not in found and is_furniture_line(text[bounds[0] : bounds[1]]):
            found[bounds] = None
    return sorted(found)
