"""The HTML report in a real browser: Debian's headless Chromium, driven by Selenium through
Debian's chromedriver (never a driver that downloads a browser of its own).

Skipped where Chromium or chromedriver is not installed, unless KZMIL_REQUIRE_BROWSER=1
(as `.ci/run` sets after installing them): then a missing browser fails the run.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "draft.md"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
DRIVER = shutil.which("chromedriver")
AA_CONTRAST = 4.5  # WCAG 2 level AA for body text
MIN_COLOURS = 8  # a page with text, marks and badges has many more; a blank one has one or two

if CHROMIUM is None or DRIVER is None:
    if os.environ.get("KZMIL_REQUIRE_BROWSER") == "1":
        pytest.fail("KZMIL_REQUIRE_BROWSER=1 but chromium or chromedriver is missing", pytrace=False)
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The example draft's HTML report, and its JSON for comparison."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--file", str(EXAMPLE), "--html", str(out), "--json"])
    assert result.exit_code == 3, result.output
    return out, json.loads(result.output)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument("--window-size=1280,1400")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never go online
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: Any, report: tuple[Path, dict[str, Any]]) -> Any:
    browser.get(report[0].as_uri())
    return browser


def test_page_loads_without_console_errors(page: Any) -> None:
    assert page.title.startswith("Fact-check: ")
    errors = [e for e in page.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    # nothing was fetched: the only resource the page loaded is itself
    names = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert names == []


def test_every_statement_is_present_with_its_verdict(page: Any, report: tuple[Path, dict[str, Any]]) -> None:
    from selenium.webdriver.common.by import By

    statements = report[1]["statements"]
    for s in statements:
        el = page.find_element(By.ID, f"s{s['n']}")
        label = s["verdict"] or "not_a_claim"
        assert f"v-{label}" in el.get_attribute("class").split()
        assert " ".join(el.text.split()).endswith(" ".join(s["plain"].split()))
        if s["checked"]:  # the verdict as a glyph and a word, not only a colour
            icon = el.find_element(By.CSS_SELECTOR, ".icon").text
            assert icon == {"supported": "✓", "contradicted": "✗", "not_found": "?"}[label]
            assert el.find_element(By.CSS_SELECTOR, ".sr").get_attribute("textContent").strip(": ")
    assert len(page.find_elements(By.CSS_SELECTOR, ".st")) == len(statements)


def test_keyboard_focus_reveals_evidence_and_citation(page: Any, report: tuple[Path, dict[str, Any]]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    panel = page.find_element(By.ID, "panel")
    assert "Select a highlighted statement" in panel.text
    checked = [s for s in report[1]["statements"] if s["checked"]]
    keys = ActionChains(page)
    reached = []
    for _ in range(len(checked)):
        keys.send_keys(Keys.TAB)
        keys.perform()
        active = page.switch_to.active_element
        n = int(active.get_attribute("id")[1:])
        reached.append(n)
        s = next(x for x in checked if x["n"] == n)
        shown = s["evidence"] or s["nearest"]
        text = " ".join(panel.text.split())
        assert active.get_attribute("aria-expanded") == "true"
        assert " ".join(shown["passage"].split())[:60] in text
        assert s["reasons"][0][:40] in text
        assert "Eurasia Daily Monitor" in text or "Central Asia-Caucasus Analyst" in text or "Blogs" in text
        outline = page.execute_script("return getComputedStyle(arguments[0]).outlineStyle", active)
        assert outline != "none"  # the focus can be seen
    assert reached == [x["n"] for x in checked]  # Tab reaches every checked statement, in order


def test_conflicting_words_are_marked_in_the_evidence(page: Any, report: tuple[Path, dict[str, Any]]) -> None:
    from selenium.webdriver.common.by import By

    wrong = next(s for s in report[1]["statements"] if s["verdict"] == "contradicted")
    page.find_element(By.ID, f"s{wrong['n']}").click()
    marks = page.find_elements(By.CSS_SELECTOR, "#panel mark.conflict")
    assert marks and all(m.is_displayed() for m in marks)


def _luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_text_contrast_meets_wcag_aa(page: Any) -> None:
    pairs = page.execute_script(
        """
        function rgb(s) { return s.match(/[\\d.]+/g).map(Number); }
        function bg(el) {
          for (; el; el = el.parentElement) {
            var c = getComputedStyle(el).backgroundColor;
            if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { return rgb(c); }
          }
          return [255, 255, 255];
        }
        var out = [];
        document.querySelectorAll('.st, .st .icon, ul.summary li, .note p, mark').forEach(function (el) {
          out.push([el.className || el.tagName, rgb(getComputedStyle(el).color), bg(el)]);
        });
        return out;
        """
    )
    assert pairs
    for name, fg, back in pairs:
        lighter, darker = sorted((_luminance(fg), _luminance(back)), reverse=True)
        ratio = (lighter + 0.05) / (darker + 0.05)
        assert ratio >= AA_CONTRAST, (name, fg, back, round(ratio, 2))


def _png_colours(png: bytes) -> int:
    """How many distinct pixel values an 8-bit RGB(A) PNG holds (no imaging library needed)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, data, width, channels = 8, b"", 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, _, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = 1 + width * channels
    seen = set()
    for row in range(0, len(raw), stride * 7):  # every 7th row is plenty to tell blank from not
        line = raw[row + 1 : row + stride]  # filtered bytes: distinct values still tell blank apart
        seen.update(line[i : i + channels] for i in range(0, len(line), channels))
    return len(seen)


def test_screenshot_is_not_blank(page: Any) -> None:
    assert _png_colours(page.get_screenshot_as_png()) >= MIN_COLOURS


def test_screenshot_script_writes_a_png(report: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        import screenshot
    finally:
        sys.path.pop(0)
    out = tmp_path / "shot.png"
    screenshot.screenshot(report[0], out, statement=3, size="1000,900")
    assert _png_colours(out.read_bytes()) >= MIN_COLOURS
