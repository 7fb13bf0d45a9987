"""The review pages in a real browser (Debian's chromium, headless): what a reviewer sees and does.

One browser session serves the whole module. Selenium drives the system chromedriver, so nothing
is downloaded; the pages are opened from the file system, as a reviewer opens them. Screenshots
are kept in tests/artifacts/ (ignored by git) for a person to look at after a CI run.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.gold import validate_gold_file
from pipeline.review import write_report
from tests.conftest import REPO, SEED_ID

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "tests" / "artifacts"
KINDS = {"numbers": "number", "dates": "date", "organizations": "org", "claims": "claim", "tables": "cell",
         "checks": "check"}

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()),
    reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)",
)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(review_extracted: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("review-browser")
    shutil.copytree(review_extracted, folder, dirs_exist_ok=True)
    write_report(folder, gold_dir=REPO / "tests" / "gold")
    return folder / "review"


def _open(browser, path: Path, fragment: str = "") -> None:
    browser.get(path.as_uri() + fragment)


def _screenshot(browser, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / name))


def test_index_triage_sort_filter_and_links(browser, pages: Path) -> None:
    _open(browser, pages / "index.html")
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('#documents tbody tr'), tr => [tr.dataset.doc, +tr.dataset.rank])")
    assert [doc for doc, _ in rows] == ["broken", "hostile", SEED_ID]
    assert [rank for _, rank in rows] == sorted(rank for _, rank in rows)
    _screenshot(browser, "review-index.png")
    hrefs = browser.execute_script("return Array.from(document.querySelectorAll('a[href]'), a => a.href)")
    assert len(hrefs) >= 4
    for href in hrefs:
        url = urlparse(href)
        assert url.scheme == "file" and Path(unquote(url.path)).is_file(), href
    # sort by the numbers column (ascending, then descending), then filter
    header = browser.find_element("xpath", "//table[@id='documents']//th[text()='numbers']")
    header.click()
    column = "return Array.from(document.querySelectorAll('#documents tbody tr'), tr => +tr.cells[6].dataset.v)"
    numbers = browser.execute_script(column)
    assert numbers == sorted(numbers) and numbers[0] == 0
    header.click()
    assert browser.execute_script(column) == sorted(numbers, reverse=True)
    browser.find_element("css selector", "#show option[value='failed']").click()
    visible = browser.execute_script(
        "return Array.from(document.querySelectorAll('#documents tbody tr'), tr => tr.hidden ? null : tr.dataset.doc)"
        ".filter(Boolean)")
    assert visible == ["broken"]
    browser.find_element("css selector", "a[href='docs/broken.html']").click()
    assert "cannot open PDF" in browser.find_element("id", "error").text


def test_document_page_highlights_links_chart_and_tooltip(browser, pages: Path, review_extracted: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, pages / "docs" / f"{SEED_ID}.html")
    counts = browser.execute_script("""
        const out = {};
        for (const mark of document.querySelectorAll('#text mark.ent[data-rid]')) {
          const kind = mark.classList[1];
          (out[kind] = out[kind] || new Set()).add(mark.dataset.rid);
        }
        return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.size]));""")
    for table, css in KINDS.items():
        frame = pd.read_parquet(review_extracted / f"{table}.parquet")
        assert counts.get(css, 0) == int((frame["doc_id"] == SEED_ID).sum()) > 0, table
    broken = browser.execute_script("""
        return Array.from(document.querySelectorAll('a[href^="#"]'))
          .map(a => a.getAttribute('href').slice(1))
          .filter(id => !document.getElementById(decodeURIComponent(id)));""")
    assert broken == []
    n_points = browser.execute_script("return document.querySelectorAll('#tables-section svg.chart .point').length")
    assert n_points >= 7 * 2  # 表1: seven years, at least two series
    # a row links to its words, and the words' label back to the row
    browser.find_element("css selector", "#r-numbers-0 a.to-text").click()
    assert browser.execute_script("return location.hash") == "#m-numbers-0"
    label = browser.find_element("css selector", "#m-numbers-0 > a.lbl")
    tip = browser.find_element("id", "tip")
    assert not tip.is_displayed()
    browser.execute_script("arguments[0].focus()", label)
    assert tip.is_displayed() and tip.text.startswith("number · 4 重 · count")
    browser.execute_script("arguments[0].blur()", label)
    money = browser.find_element("css selector", "mark.number[data-value='293985000000.0']")
    ActionChains(browser).move_to_element(money).perform()
    assert tip.is_displayed() and "293,985,000,000 USD" in tip.text
    label.click()
    assert browser.execute_script("return location.hash") == "#r-numbers-0"
    _screenshot(browser, "review-document.png")


def test_hostile_document_shows_markup_as_text(browser, pages: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, pages / "docs" / "hostile.html")
    for element in browser.find_elements("css selector", "h1, #text mark.ent")[:12]:
        ActionChains(browser).move_to_element(element).perform()
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('[onmouseover]').length") == 0
    text = browser.execute_script("""
        const copy = document.getElementById('text').cloneNode(true);
        for (const extra of copy.querySelectorAll('.lbl, .sid')) extra.remove();
        return copy.textContent;""")
    assert "<script>window.__pwned = 1;</script>" in text
    assert '" onmouseover="window.__pwned=2"' in text and '<b onmouseover="window.__pwned=3">' in text
    assert "<script>" in browser.find_element("tag name", "h1").text
    assert browser.execute_script("return document.querySelectorAll('#claim-charts svg.chart').length") == 1
    statuses = browser.execute_script(
        "return Array.from(document.querySelectorAll('#checks tbody tr'), tr => tr.dataset.status)")
    assert statuses == ["fail", "pass"]  # C002 fails, so it comes before C001


def _row_button(browser, table: str, first_cell: str, verdict: str):
    return browser.find_element(
        "xpath", f"//table[@id='{table}']//tr[td[1][normalize-space()='{first_cell}'] or td[2][normalize-space()="
                 f"'{first_cell}']][1]//button[@data-verdict='{verdict}']")


def test_corrections_exported_from_the_page_import_into_valid_gold(
        browser, pages: Path, review_extracted: Path, downloads: Path, tmp_path: Path) -> None:
    _open(browser, pages / "docs" / "hostile.html")
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    for text in ("5%", "8914亿元", "8%"):
        _row_button(browser, "numbers", text, "correct").click()
    _row_button(browser, "numbers", "1", "wrong").click()
    for text in ("2020年", "2021年"):
        _row_button(browser, "dates", text, "correct").click()
    _row_button(browser, "organizations", "华为公司", "correct").click()
    browser.find_element("xpath", "//table[@id='claims']//tr[td[2]='华为公司营业收入增长' and td[3]='5']"
                                  "//button[@data-verdict='correct']").click()
    wrong_claim = browser.find_element("xpath", "//table[@id='claims']//tr[td[2]='华为公司营业收入增长' and td[3]='8']")
    wrong_claim.find_element("css selector", "button[data-verdict='wrong']").click()
    assert wrong_claim.get_attribute("data-verdict") == "wrong"
    # add the claim as it should be: select its words in the text, fill in the form
    browser.execute_script("""
        const mark = Array.from(document.querySelectorAll('#text mark.number')).find(m => m.dataset.text === '8%');
        const range = document.createRange();
        range.selectNodeContents(mark.firstChild);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        document.getElementById('text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""")
    browser.find_element("css selector", "#add-kind option[value='claims']").click()
    fields = (("add-metric", "华为公司营业收入增速"), ("add-value", "8"), ("add-unit", "%"), ("add-time", "2021"))
    for field, value in fields:
        browser.find_element("id", field).send_keys(value)
    assert browser.find_element("id", "add-sentence").get_attribute("value") == (
        "2021年华为公司营业收入增长8%，2022年华为公司营业收入增长9%。")
    browser.find_element("id", "add").click()
    assert browser.find_element("id", "n-added").text == "1"
    browser.find_element("css selector", "#genre option[value='news']").click()
    browser.find_element("id", "export").click()
    exported = browser.find_element("id", "corrections-json").get_attribute("value")
    data = json.loads(exported)
    assert data["doc_id"] == "hostile" and data["genre"] == "news" and len(data["decisions"]) == 10
    downloaded = downloads / "hostile.corrections.json"
    for _ in range(50):
        if downloaded.is_file():
            break
        time.sleep(0.1)
    assert json.loads(downloaded.read_text(encoding="utf-8")) == data
    gold_dir = tmp_path / "gold"
    result = CliRunner().invoke(app, ["gold", "import", str(downloaded), "--gold", str(gold_dir),
                                      "--extracted", str(review_extracted)])
    assert result.exit_code == 0, result.output
    clean_text = (review_extracted / "texts" / "hostile.txt").read_text(encoding="utf-8")
    assert validate_gold_file(gold_dir / "hostile.json", clean_text) == []
    gold = json.loads((gold_dir / "hostile.json").read_text(encoding="utf-8"))
    assert [c["metric"] for c in gold["claims"]] == ["华为公司营业收入增长", "华为公司营业收入增速"]
    assert gold["genre"] == "news" and "1" not in [n["text"] for n in gold["numbers"]]
    # decisions survive a reload (kept in the browser until cleared)
    browser.refresh()
    assert browser.find_element("id", "n-decisions").text == "9"
