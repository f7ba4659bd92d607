"""The HTML reader in a real browser: headless Chromium driven over the DevTools protocol.

Focusing a term (with the Tab key or ``element.focus()``) shows its definition; nothing
is ever requested from the network; the filters, the phone layout and the printed page
work; hostile text stays text. CI installs Debian's ``chromium`` (see ``.ci/run``);
without a browser these tests are skipped.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

import cdp
import screenshots
from policyterms.cli import main

CHROMIUM = cdp.find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium to drive (CI installs Debian's: apt-get install chromium; or set POLICYTERMS_CHROMIUM)",
)

#: The data of mention N and of its sense, as the page holds them.
MENTION = """(index => {
  const data = JSON.parse(document.getElementById("policyterms-data").textContent);
  return {mention: data.mentions[index], sense: data.senses[data.mentions[index].sense]};
})"""

POPUP = """(() => {
  const popup = document.getElementById("popup");
  return {hidden: popup.hidden, text: popup.textContent, active: document.activeElement.id,
          describedby: document.activeElement.getAttribute("aria-describedby")};
})()"""


@pytest.fixture(scope="module")
def browser():
    with cdp.Browser(CHROMIUM) as running:
        yield running


@pytest.fixture(scope="module")
def jinshan_page(tmp_path_factory) -> Path:
    return screenshots.write_page(tmp_path_factory.mktemp("html") / "jinshan.html")


@pytest.fixture(scope="module")
def page(browser, jinshan_page):
    return browser.open(jinshan_page.as_uri())


def first_mention_of(page: cdp.Page, term: str) -> int:
    return page.evaluate(
        f"""(() => {{
          const data = JSON.parse(document.getElementById("policyterms-data").textContent);
          return data.mentions.findIndex(m => data.senses[m.sense].term === {json.dumps(term)});
        }})()"""
    )


def test_the_page_runs_its_script_and_style_under_its_own_policy(page):
    # the CSP hashes match: the script ran (it shows the filters) and the style applies
    assert page.evaluate("document.getElementById('filters').hidden") is False
    assert page.evaluate("getComputedStyle(document.querySelector('mark.term')).cursor") == "help"
    assert page.evaluate("document.querySelectorAll('mark.term').length") == page.evaluate(
        "JSON.parse(document.getElementById('policyterms-data').textContent).mentions.length"
    )
    assert not page.events("Runtime.exceptionThrown")


def test_focusing_a_term_shows_its_definition_and_citation(page):
    index = first_mention_of(page, "三张清单")
    page.evaluate(f"document.getElementById('m{index}').focus()")
    shown = page.evaluate(POPUP)
    assert not shown["hidden"] and shown["active"] == f"m{index}" and shown["describedby"] == "popup"
    data = page.evaluate(f"{MENTION}({index})")
    sense = data["sense"]
    assert sense["definition"] == "是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。"
    for expected in (sense["term"], sense["en"], sense["scope"], sense["definition"], "quoted from the source"):
        assert expected in shown["text"]
    for component in sense["components"]:
        assert component in shown["text"]
    citation = sense["citations"][0]
    assert citation["title"] in shown["text"] and citation["locator"] in shown["text"]
    assert " ".join(citation["quote"].split()) in shown["text"]


def test_the_tab_key_moves_from_term_to_term(page, browser, jinshan_page):
    page.evaluate("document.getElementById('m0').focus()")
    page.press_tab()
    shown = page.evaluate(POPUP)
    assert shown["active"] == "m1" and not shown["hidden"]
    assert page.evaluate(f"{MENTION}(1)")["sense"]["term"] in shown["text"]
    # from the top of a freshly opened page, Tab passes the filters and reaches the first term
    fresh = browser.open(jinshan_page.as_uri())
    boxes = fresh.evaluate("document.querySelectorAll('#filters input').length")
    for _ in range(boxes + 1):
        fresh.press_tab()
    shown = fresh.evaluate(POPUP)
    assert shown["active"] == "m0" and not shown["hidden"]


def test_escape_and_hover(page):
    page.send("Page.bringToFront")  # input events wait for a frame, which a background tab draws slowly
    page.evaluate("document.getElementById('m2').focus()")
    key = {"key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27}
    page.send("Input.dispatchKeyEvent", {"type": "keyDown", **key})
    page.send("Input.dispatchKeyEvent", {"type": "keyUp", **key})
    assert page.evaluate(POPUP)["hidden"]
    box = page.evaluate(
        "(() => { const m = document.getElementById('m3'); m.scrollIntoView({block: 'center'});"
        " const r = m.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": box[0], "y": box[1]})
    shown = page.evaluate(POPUP)
    assert not shown["hidden"] and page.evaluate(f"{MENTION}(3)")["sense"]["term"] in shown["text"]


def test_filters_take_mentions_out_of_the_highlight_and_the_tab_order(page):
    result = page.evaluate(
        """(() => {
          const box = document.querySelector("#filters input[name=scope][value='全国']");
          box.click();
          const data = JSON.parse(document.getElementById("policyterms-data").textContent);
          const marks = [...document.querySelectorAll("mark.term")];
          const national = marks.filter(m => data.senses[data.mentions[+m.dataset.m].sense].scope === "全国");
          const others = marks.filter(m => !national.includes(m));
          const entries = [...document.querySelectorAll("#glossary .entry")];
          const result = {
            off: national.every(m => m.classList.contains("off") && m.tabIndex === -1),
            on: others.every(m => !m.classList.contains("off") && m.tabIndex === 0),
            hiddenEntries: entries.filter(e => e.hidden).length,
            nationalSenses: data.senses.filter(s => s.scope === "全国").length,
            status: document.getElementById("filter-status").textContent,
            count: national.length, total: marks.length,
          };
          box.click();
          result.restored = marks.every(m => !m.classList.contains("off"));
          return result;
        })()"""
    )
    assert result["count"] > 0 and result["off"] and result["on"] and result["restored"]
    assert result["hiddenEntries"] == result["nationalSenses"]
    assert result["status"] == f"Showing {result['total'] - result['count']} of {result['total']} mentions."


def test_a_glossary_link_focuses_its_mention(page):
    page.evaluate("document.querySelector('#glossary a[href=\"#m5\"]').click()")
    shown = page.evaluate(POPUP)
    assert shown["active"] == "m5" and not shown["hidden"]


def test_nothing_is_requested_from_the_network(page, browser, tmp_path):
    # after loading and every interaction above, the page asked only for itself
    requested = page.requested_urls()
    assert requested and requested[0].startswith("file://")
    assert all(url.startswith("file://") for url in requested), requested
    # the recorder does see a page that loads something (nothing listens on port 9)
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">', encoding="utf-8")
    assert "http://127.0.0.1:9/x.png" in browser.open(leaky.as_uri()).requested_urls()


def test_on_a_phone_the_popup_is_a_sheet_inside_the_screen(browser, jinshan_page):
    phone = browser.open(jinshan_page.as_uri(), width=390, height=800, mobile=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    phone.evaluate("document.getElementById('m4').focus()")
    placed = phone.evaluate(
        "(() => { const p = document.getElementById('popup'); const r = p.getBoundingClientRect();"
        " const m = document.getElementById('m4').getBoundingClientRect();"
        " return [getComputedStyle(p).position, r.left, r.right, r.top, r.bottom, innerWidth, innerHeight, m.top, m.bottom]; })()"
    )
    position, left, right, top, bottom, width, height, term_top, term_bottom = placed
    assert position == "fixed" and left >= 0 and right <= width and bottom <= height + 1
    assert 0 <= term_top and term_bottom <= top  # the focused term stays visible above the sheet


def test_printed_the_terms_are_numbered_and_the_glossary_follows(browser, jinshan_page):
    printed = browser.open(jinshan_page.as_uri())
    printed.send("Emulation.setEmulatedMedia", {"media": "print"})
    result = printed.evaluate(
        """(() => ({
          marker: getComputedStyle(document.getElementById("m0"), "::after").content,
          filters: getComputedStyle(document.getElementById("filters")).display,
          glossary: getComputedStyle(document.getElementById("glossary")).display,
          breakBefore: getComputedStyle(document.getElementById("glossary")).breakBefore,
        }))()"""
    )
    assert result["marker"] == '"[" attr(data-n) "]"' or result["marker"] == '"[1]"'
    assert result["filters"] == "none" and result["glossary"] != "none" and result["breakBefore"] == "page"
    pdf = printed.send("Page.printToPDF", {})
    assert pdf["data"]


def test_hostile_text_stays_text_in_the_browser(browser, tmp_path):
    hostile = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>“三张清单”\u2028'
    document = tmp_path / "hostile.txt"
    document.write_text(hostile + "\n", encoding="utf-8")
    out = tmp_path / "hostile.html"
    assert main(["annotate", str(document), "--format", "html", "-o", str(out)]) == 0
    tab = browser.open(out.as_uri())
    assert tab.evaluate("document.title") != "pwned"
    assert tab.evaluate("document.images.length") == 0
    assert tab.evaluate("document.scripts.length") == 2
    assert tab.evaluate("document.getElementById('text').textContent") == hostile + "\n"
    assert all(url.startswith("file://") for url in tab.requested_urls())
    assert not tab.events("Page.javascriptDialogOpening")


def test_the_screenshots_for_the_docs_can_be_taken(browser, jinshan_page, tmp_path):
    for png in (
        screenshots.html_reader_png(browser, jinshan_page, tmp_path / "html.png", width=800, height=600),
        screenshots.svg_png(browser, screenshots.terminal_reader_svg(tmp_path / "t.svg", body_lines=5, entries=1), tmp_path / "t.png", width=600),
    ):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        width, _height = struct.unpack(">II", head[16:24])
        assert width in (800, 600)
