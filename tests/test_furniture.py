"""Page furniture and reference senses: what annotation leaves alone by default.

A report saved from a government site keeps the site's breadcrumb, banner, tool bar and
footer; a term in them is a link, not a mention. A reference sense (a meeting's name, an
everyday word) is explained by ``show`` but not flagged in documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyterms import annotate, load_glossary
from policyterms.annotate.annotator import Annotator
from policyterms.cli import main
from policyterms.text.furniture import FURNITURE_LINE_MAX, furniture_lines, is_furniture_line, line_bounds, line_breaks

# Lines as government sites serve them (the outside evaluation's pages and the bundled
# reports' own headers), and report sentences that must stay text.
FURNITURE = [
    "首页 > 政务公开 > 政府工作报告",
    "您当前的位置：首页 > 政务公开 > 规划计划",
    "当前位置：首页>>政务公开>>政府信息公开",
    "欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站",
    "【字体：大 中 小】 【打印本页】 【关闭窗口】",
    "分享到：",
    "版权所有：某某县人民政府办公室  ICP备05001234号",
    "网站标识码：3301000001  浙公网安备 33010002000001号",
    "主办单位：某某市人民政府办公室",
    "上一篇：关于深化“放管服”改革的实施意见",
    "责任编辑：张三",
    "关键词: 武汉城市圈 生产性服务业 科学发展观 风险防控 湖泊生态环境 政府职能转变",  # a news site's keyword strip
    "关键词：平阳 温州 农村",
    "标签：乡村振兴,共同富裕",
    "Tags: 政府工作报告",
]
SENTENCES = [
    "深化“放管服”改革，推进政务公开，推进综合行政执法改革。",
    "全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。",
    "网站建设纳入政务公开考核，首页栏目设置更加合理。",  # 首页 without a separator
    "主办单位要落实安全责任。",  # no colon: a sentence about organisers
    "关键词：高质量发展。全年经济运行稳中有进。",  # the word 关键词 opening a sentence
    "今年工作的关键词：稳中求进、以进促稳。",  # not at the line's start
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_report_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_long_line_is_never_furniture() -> None:
    line = "首页 > 政务公开 > " + "推进综合行政执法改革。" * 30
    assert len(line) > FURNITURE_LINE_MAX
    assert not is_furniture_line(line)


def test_line_bounds() -> None:
    text = "首页 > 政务公开\n正文一句。\r\n第二行"
    breaks = line_breaks(text)
    assert line_bounds(breaks, len(text), 5, 9, at_text_end=True) == (0, 9)
    assert text[slice(*line_bounds(breaks, len(text), 10, 12, at_text_end=True))] == "正文一句。"
    assert text[slice(*line_bounds(breaks, len(text), len(text) - 1, len(text), at_text_end=True))] == "第二行"
    assert line_bounds(breaks, len(text), len(text) - 1, len(text), at_text_end=False) is None
    long = "一" * (FURNITURE_LINE_MAX + 1)
    assert line_bounds(line_breaks(long), len(long), 3, 5, at_text_end=True) is None


# The real page opening that showed the problem: an office's name in the site banner.
BANNER = "欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站\n推进综合行政执法改革。"


def test_a_term_in_the_banner_is_left_alone_and_the_body_is_annotated() -> None:
    # 综合行政执法 is a reference sense: asked for here, so only furniture decides
    found = [(a.start, a.text) for a in annotate(BANNER, references=True)]
    assert found == [(BANNER.index("综合行政执法", 20), "综合行政执法")]
    with_furniture = [a.start for a in annotate(BANNER, furniture=True, references=True)]
    assert with_furniture == [BANNER.index("综合行政执法"), BANNER.index("综合行政执法", 20)]


def test_cli_furniture_option(capsys, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(BANNER, encoding="utf-8")
    assert main(["annotate", str(page), "-f", "jsonl", "--references"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["annotate", str(page), "-f", "jsonl", "--references", "--furniture"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


# -- streaming equals whole text, with furniture lines anywhere -----------------------

PIECES = FURNITURE + SENTENCES + [
    "三张清单" * 60,  # a long line of terms: no line break for 240 characters
    "首页 > " + "推进综合行政执法改革" * 25,  # a breadcrumb-looking start on a long line
    "",
]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=40),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
    st.lists(st.integers(1, 500), max_size=30),
)
def test_streaming_equals_whole_text_with_furniture(lines: list[str], newline: str, sizes: list[int]) -> None:
    text = newline.join(lines)
    annotator = Annotator()
    pieces, at = [], 0
    for size in sizes:
        pieces.append(text[at : at + size])
        at += size
    pieces.append(text[at:])
    whole = [a.to_json() for a in annotator.annotate(text)]
    assert [a.to_json() for a in annotator.annotate_chunks(pieces)] == whole


# -- reference senses ------------------------------------------------------------------

REFERENCE_GLOSSARY = """\
scope: 测试市
senses:
  - term: 测试大会
    en: Test Congress
    reference: true
    cite: [{source: test-src, quote: 测试大会}]
  - term: 大会精神
    en: spirit of the congress
    cite: [{source: test-src, quote: 大会精神}]
  - term: 三张清单
    en: Three Lists
    cite: [{source: test-src, quote: 三张清单}]
"""
SOURCES = "sources:\n  - id: test-src\n    title: 测试\n"


@pytest.fixture()
def reference_glossary(tmp_path: Path):
    (tmp_path / "test.yaml").write_text(REFERENCE_GLOSSARY, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    return tmp_path


def test_a_reference_sense_holds_its_span_but_is_not_reported(reference_glossary: Path) -> None:
    glossary = load_glossary(reference_glossary)
    text = "学习测试大会精神，落实三张清单。"
    assert [a.text for a in annotate(text, glossary)] == ["三张清单"]  # 大会精神 is inside 测试大会…
    assert [a.text for a in annotate(text, glossary, references=True)] == ["测试大会", "三张清单"]


def test_show_and_json_say_reference(reference_glossary: Path, capsys) -> None:
    assert main(["show", "测试大会", "-g", str(reference_glossary), "--no-shipped", "-f", "json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["reference"] is True
    assert main(["show", "测试大会", "-g", str(reference_glossary), "--no-shipped", "--no-color"]) == 0
    assert "Reference" in capsys.readouterr().out


def test_reference_must_be_a_boolean(tmp_path: Path) -> None:
    (tmp_path / "test.yaml").write_text(REFERENCE_GLOSSARY.replace("reference: true", "reference: sometimes"), encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    from policyterms.glossary.model import GlossaryError

    with pytest.raises(GlossaryError, match="reference"):
        load_glossary(tmp_path)


def test_cli_references_option(reference_glossary: Path, tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("学习测试大会精神。", encoding="utf-8")
    args = ["annotate", str(doc), "-f", "jsonl", "-g", str(reference_glossary), "--no-shipped", "--no-learn"]
    assert main(args) == 0
    assert capsys.readouterr().out == ""
    assert main([*args, "--references"]) == 0
    assert json.loads(capsys.readouterr().out)["term"] == "测试大会"


FRAGMENTS = [
    "首页", "主页", "网站首页", ">", "＞", "»", "/", "&gt;", " ", "\u3000", "【", "】", "字体", "：", ":", "大 中 小",
    "字号", "打印本页", "【 打印 】", "关闭窗口", "分享到", "版权所有", "ICP备", "网站标识码", "公网安备", "主办单位",
    "技术支持", "网站地图", "上一篇", "责任编辑", "浏览次数", "访问量", "当前位置", "您的位置", "欢迎访问", "政务公开", "推进改革", "三张清单",
    "关键词", "标签", "Tags", "。",
]


def furniture_lines_one_by_one(text: str) -> list[tuple[int, int]]:
    """The oracle: every line of ``text``, judged on its own."""
    lines, start = [], 0
    for at, char in enumerate(text + "\n"):
        if char in "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85":
            if at - start <= FURNITURE_LINE_MAX and is_furniture_line(text[start:at]):
                lines.append((start, at))
            start = at + 1
    return lines


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), max_size=12), max_size=8), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_furniture_lines_are_the_lines_judged_one_by_one(lines: list[list[str]], newline: str) -> None:
    text = newline.join("".join(parts) for parts in lines)
    assert furniture_lines(text, at_text_end=True) == furniture_lines_one_by_one(text)


@pytest.mark.parametrize("text", ["【\n打印本页", "【\r\n打印本页", "【 \n首页 > 政务公开", "【\u2028关闭窗口"])
def test_a_sign_does_not_reach_into_the_next_line(text: str) -> None:
    # "【" + blank + "打印" is one sign; a line break is not such a blank, or the sign would
    # swallow the start of the next line and hide that line's own sign from the search.
    assert furniture_lines(text, at_text_end=True) == furniture_lines_one_by_one(text) != []


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["【", "】", " ", "\u3000", "\t", "\n", "\r\n", "\x1c", "\x85", "打印", "关闭", "本页", "首页", ">", "政务公开", "x"]),
        max_size=30,
    )
)
def test_furniture_lines_with_brackets_blanks_and_any_line_break(parts: list[str]) -> None:
    # the quick search for signs must find every line the oracle accepts, whatever blanks
    # and breaks stand next to a 【
    text = "".join(parts)
    assert furniture_lines(text, at_text_end=True) == furniture_lines_one_by_one(text)


def test_finding_furniture_is_linear_on_a_long_blank_run() -> None:
    assert furniture_lines(" " * 200_000 + "字" + " " * 200_000, at_text_end=True) == []  # one search, no backtracking
