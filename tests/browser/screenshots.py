"""Screenshots of the two readers for the user guide, taken with headless Chromium.

    python tests/browser/screenshots.py            # writes docs/images/*.png
    python tests/browser/screenshots.py OUT_DIR

The browser test takes the same screenshots into a temporary folder, so this script
keeps working. Chinese text needs a CJK font (Debian: ``fonts-wqy-microhei`` or
``fonts-noto-cjk``).
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cdp  # noqa: E402

SOURCE = "jinshan-2020-work-report"
#: The term whose popup the HTML screenshot shows.
FOCUSED_TERM = "新发展理念"


def write_page(path: Path) -> Path:
    """The 金山 demo as ``annotate --source … --format html`` writes it."""
    from policyterms.cli import main

    if main(["annotate", "--source", SOURCE, "--format", "html", "--output", str(path)]) != 0:
        raise RuntimeError("policyterms annotate --format html failed")
    return path


def html_reader_png(browser: cdp.Browser, page_path: Path, out: Path, *, width: int = 1280, height: int = 800) -> Path:
    """The page with the first mention of :data:`FOCUSED_TERM` focused and its popup open."""
    page = browser.open(page_path.as_uri(), width=width, height=height)
    found = page.evaluate(
        f"""(() => {{
          const data = JSON.parse(document.getElementById("policyterms-data").textContent);
          const index = data.mentions.findIndex(m => data.senses[m.sense].term === {FOCUSED_TERM!r});
          const mark = document.getElementById("m" + index);
          window.scrollTo(0, 0);
          mark.focus({{preventScroll: true}});
          return !document.getElementById("popup").hidden;
        }})()"""
    )
    if not found:
        raise RuntimeError(f"no popup for {FOCUSED_TERM}")
    page.screenshot(out)
    _check_offline(page)
    return out


def terminal_reader_svg(out: Path, *, width: int = 100, body_lines: int = 18, entries: int = 2) -> Path:
    """The terminal reader of the same report, in colour, cut to its first lines and the
    first glossary entries: what ``annotate --source …`` shows in a terminal."""
    from rich.console import CONSOLE_SVG_FORMAT, Console
    from rich.text import Text

    from policyterms.cli import main

    coloured = io.StringIO()
    if main(["annotate", "--source", SOURCE, "--format", "rich", "--color", "always", "--width", str(width)], stdout=coloured) != 0:
        raise RuntimeError("policyterms annotate --format rich failed")
    lines = coloured.getvalue().splitlines()
    glossary_at = next(i for i, line in enumerate(lines) if "Terms found" in line)
    entry_starts = [i for i in range(glossary_at + 1, len(lines)) if re.match(r"(\x1b\[[0-9;]*m)*\[\d+\]", lines[i])]
    excerpt = [*lines[:body_lines], "  …", "", *lines[glossary_at : entry_starts[entries]]]
    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    for line in excerpt:
        console.print(Text.from_ansi(line), no_wrap=True, crop=False)
    # No web fonts: the screenshot is taken offline, with the system's monospace and CJK fonts.
    template = re.sub(r"@font-face \{\{.*?\}\}\s*", "", CONSOLE_SVG_FORMAT, flags=re.S).replace(
        "Fira Code, monospace", "DejaVu Sans Mono, monospace"
    )
    svg = console.export_svg(title=f"policyterms annotate --source {SOURCE}", code_format=template, font_aspect_ratio=0.6)
    out.write_text(_wide_text_lengths(svg), encoding="utf-8")
    return out


def _wide_text_lengths(svg: str) -> str:
    """Give each text run the width of its terminal cells: rich's SVG sizes a run by its
    characters, so a Chinese run (two cells a character) would be squeezed into half."""
    from html import unescape

    from rich.cells import cell_len

    def widen(match: re.Match[str]) -> str:
        before, length, after, content = match.groups()
        text = unescape(content)
        wide = float(length) * cell_len(text) / max(len(text), 1)
        return f'{before}textLength="{wide:g}"{after}{content}</text>'

    return re.sub(r'(<text [^>]*?)textLength="([\d.]+)"([^>]*>)([^<]*)</text>', widen, svg)


def svg_png(browser: cdp.Browser, svg: Path, out: Path, *, width: int = 1000) -> Path:
    """``svg`` drawn ``width`` pixels wide, as a PNG."""
    view = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg.read_text(encoding="utf-8"))
    assert view, "an SVG with a viewBox"
    height = round(width * float(view.group(2)) / float(view.group(1)))
    page = browser.open(svg.as_uri(), width=width, height=height)
    page.evaluate(
        "document.documentElement.setAttribute('width', innerWidth), document.documentElement.setAttribute('height', innerHeight)"
    )
    page.screenshot(out)
    _check_offline(page)
    return out


def _check_offline(page: cdp.Page) -> None:
    remote = [url for url in page.requested_urls() if not url.startswith("file://")]
    if remote:
        raise RuntimeError(f"the page asked for {remote}")


def main(out_dir: Path) -> None:
    chromium = cdp.find_chromium()
    if chromium is None:
        raise SystemExit("no chromium found (set POLICYTERMS_CHROMIUM, or apt-get install chromium)")
    out_dir.mkdir(parents=True, exist_ok=True)
    import tempfile

    with tempfile.TemporaryDirectory() as temporary, cdp.Browser(chromium) as browser:
        page = write_page(Path(temporary) / "jinshan.html")
        print(html_reader_png(browser, page, out_dir / "html-reader.png"))
        svg = terminal_reader_svg(Path(temporary) / "terminal-reader.svg")
        print(svg_png(browser, svg, out_dir / "terminal-reader.png"))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "docs" / "images")
