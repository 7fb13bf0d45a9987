"""The review pages without a browser: markup, escaping, triage order, links, charts, determinism, CLI."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.review import write_report
from pipeline.review.charts import Series, chart, nice_ticks
from pipeline.review.formatting import format_number, short_number
from pipeline.review.markup import Span, render
from tests.conftest import REPO, SEED_ID

GOLD = REPO / "tests" / "gold"
VOID = {"meta", "input", "br", "img", "hr", "link", "path", "line", "rect"}


class _Tree(HTMLParser):
    """Collects ids, fragment links and nesting errors of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.fragments: list[str] = []
        self.links: list[str] = []
        self.rows: dict[str, set[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        href = a.get("href") or ""
        (self.fragments if href.startswith("#") else self.links).append(href) if tag == "a" and href else None
        if tag == "mark" and a.get("data-rid"):
            self.rows.setdefault((a.get("class") or "").split()[1], set()).add(a["data-rid"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    return tree


@pytest.fixture(scope="module")
def review(review_extracted: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("review-copy")
    shutil.copytree(review_extracted, folder, dirs_exist_ok=True)
    write_report(folder, gold_dir=GOLD)
    return folder


def test_render_nests_crossing_spans_and_escapes() -> None:
    text = "<b>甲乙丙丁</b>"
    spans = [Span(0, 8, "sent", "s-0", label="0"),
             Span(3, 6, "number", "m-a", {"data-v": '"x'}, label="NUM", href="r-a"),
             Span(5, 10, "date", "m-b", label="DATE")]
    html = str(render(text, spans))
    tree = parse(f"<div>{html}</div>")
    assert not tree.errors and tree.stack == []
    assert html.startswith('<span class="sent" id="s-0"><a class="sid" href="#s-0">0</a>&lt;b&gt;')
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert 'data-v="&#34;x"' in html
    # the date crosses the sentence end: one element with its id, a continuation, one label
    assert html.count('id="m-b"') == 1 and html.count("DATE") == 1 and 'class="ent date cont"' in html
    assert re.search(r'<a class="lbl" href="#r-a">NUM</a></mark>', html)


def test_index_puts_failed_documents_and_failed_checks_first(review: Path) -> None:
    html = (review / "review" / "index.html").read_text(encoding="utf-8")
    ranks = [int(r) for r in re.findall(r'data-rank="(\d)"', html)]
    assert ranks == sorted(ranks) and ranks[0] == 0
    order = re.findall(r'<tr id="doc-([^"]+)"', html)
    assert order == ["broken", "hostile", SEED_ID]  # failed, then failed checks (a wrong direction), then ok
    assert 'id="failed-checks"' in html and 'href="docs/hostile.html#r-checks-1"' in html


def test_every_link_resolves(review: Path) -> None:
    pages = review / "review"
    index = parse((pages / "index.html").read_text(encoding="utf-8"))
    for href in index.links:
        path, _, fragment = href.partition("#")
        target = pages / path
        assert target.is_file(), href
        if fragment:
            assert fragment in parse(target.read_text(encoding="utf-8")).ids
    for page in (pages / "docs").glob("*.html"):
        tree = parse(page.read_text(encoding="utf-8"))
        assert not tree.errors, (page.name, tree.errors[:3])
        ids = set(tree.ids)
        assert len(ids) == len(tree.ids), "ids are unique"
        missing = [f for f in tree.fragments if f[1:] not in ids]
        assert not missing, (page.name, missing[:5])
        assert "../index.html" in tree.links


def test_highlights_equal_table_rows(review: Path) -> None:
    tree = parse((review / "review" / "docs" / f"{SEED_ID}.html").read_text(encoding="utf-8"))
    for table, css in (("numbers", "number"), ("dates", "date"), ("organizations", "org"), ("claims", "claim"),
                       ("tables", "cell"), ("checks", "check")):
        frame = pd.read_parquet(review / f"{table}.parquet")
        assert len(tree.rows.get(css, set())) == int((frame["doc_id"] == SEED_ID).sum()) > 0, table


def test_seed_page_has_table_with_headers_chart_and_gold(review: Path) -> None:
    html = (review / "review" / "docs" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    assert "<h3 id=\"table-0\">表1 我国数字服务贸易额规模及份额</h3>" in html
    assert "<th>数字服务贸易总额（亿美元）</th>" in html and "<th>2010年</th>" in html
    assert re.search(r'<svg [^>]*class="chart chart-line"[^>]*id="chart-table-0-0"', html)
    assert 'data-series="数字服务贸易总额（亿美元）"' in html
    assert 'id="scores"' in html and "journal" in html  # gold exists for the seed
    assert 'data-tip="number · 293,985,000,000 USD · money"' in html


def test_hostile_document_is_escaped(review: Path) -> None:
    html = (review / "review" / "docs" / "hostile.html").read_text(encoding="utf-8")
    index = (review / "review" / "index.html").read_text(encoding="utf-8")
    for page in (html, index):
        assert "<script>window" not in page and "<b onmouseover" not in page
        assert '" onmouseover=' not in page
        assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in page
        assert "&#34; onmouseover=&#34;window.__pwned=2&#34;" in page
    assert html.count("<script") == 2  # the page's data and its own code, nothing from the document


def test_failed_document_gets_a_page_with_its_error(review: Path) -> None:
    html = (review / "review" / "docs" / "broken.html").read_text(encoding="utf-8")
    assert 'id="error"' in html and "cannot open PDF" in html


def test_claim_series_of_three_times_is_charted(review: Path) -> None:
    html = (review / "review" / "docs" / "hostile.html").read_text(encoding="utf-8")
    # a change keeps its change word in the metric (the gold's convention: 营业收入增长, not 营业收入)
    assert 'id="claim-charts"' in html and 'data-series="华为公司营业收入增长"' in html
    assert html.count('data-series="华为公司营业收入增长" data-tip') == 3


def test_scores_json_figures_are_shown(review: Path, tmp_path: Path) -> None:
    shutil.copytree(review, tmp_path, dirs_exist_ok=True)
    scores = {"per_document": {SEED_ID: {k: {"gold": 4, "predicted": 4, "tp": 2, "fp": 2, "fn": 2, "precision": 0.5,
                                             "recall": 0.5, "f1": 0.5} for k in
                                         ("numbers", "dates", "organizations", "claims")},
                             "hostile": {"numbers": {"f1": "high"}, "by_genre": [1]}}}  # unknown shapes are skipped
    (tmp_path / "scores.json").write_text(json.dumps(scores), encoding="utf-8")
    write_report(tmp_path, gold_dir=GOLD)
    index = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert index.count(">0.500</td>") == 5  # four kinds and overall


def test_pages_are_deterministic_and_stale_pages_go(review: Path, tmp_path: Path) -> None:
    shutil.copytree(review, tmp_path, dirs_exist_ok=True)
    pages = ("index.html", f"docs/{SEED_ID}.html", "docs/hostile.html", "docs/broken.html")
    write_report(tmp_path, gold_dir=GOLD)
    first = [(tmp_path / "review" / page).read_bytes() for page in pages]
    (tmp_path / "review" / "docs" / "gone.html").write_text("old", encoding="utf-8")
    write_report(tmp_path, gold_dir=GOLD)
    assert [(tmp_path / "review" / page).read_bytes() for page in pages] == first
    assert not (tmp_path / "review" / "docs" / "gone.html").exists()


def test_cli_review_without_tables_is_one_line_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["review", "--extracted", str(tmp_path)])
    assert result.exit_code == 2
    assert "no extracted tables" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_review_writes_index(review: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["review", "--extracted", str(review), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r" / "index.html").is_file() and (tmp_path / "r" / "docs" / "hostile.html").is_file()


def test_chart_geometry() -> None:
    from pipeline.review import _environment

    assert nice_ticks(0, 293985000000)[-1] >= 293985000000
    assert nice_ticks(0, 4.874) == [0, 2, 4, 6]
    env = _environment()
    assert chart(env, "t", ["a"], [Series("s", [None])], "") is None
    svg = str(chart(env, "t", ["2019", "2020", "2021"], [Series("<x>", [1.0, -2.0, 3.0])], "%", "bar", "c"))
    assert svg.count('<rect class="point"') == 3 and "&lt;x&gt;" in svg and "<x>" not in svg


def test_number_formatting() -> None:
    assert format_number(293985000000.0) == "293,985,000,000"
    assert format_number(4.874) == "4.874"
    assert format_number("") == ""
    assert short_number(1.5e11) == "1,500亿" and short_number(30000) == "3万" and short_number(2.5) == "2.5"


def test_missing_text_gives_a_page_without_dead_links(review: Path, tmp_path: Path) -> None:
    shutil.copytree(review, tmp_path, dirs_exist_ok=True)
    (tmp_path / "texts" / "hostile.txt").unlink()
    write_report(tmp_path, gold_dir=GOLD)
    html = (tmp_path / "review" / "docs" / "hostile.html").read_text(encoding="utf-8")
    tree = parse(html)
    assert "texts/hostile.txt) is missing" in html and not tree.errors
    assert [f for f in tree.fragments if f[1:] not in set(tree.ids)] == []


def test_pages_shared_by_processes_are_the_pages_of_one(review_extracted: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """With workers, processes render every n-th page each; the pages and the index are the same."""
    import pipeline.review as review_module

    one, two = tmp_path / "one", tmp_path / "two"
    write_report(review_extracted, one, gold_dir=GOLD)
    monkeypatch.setattr(review_module, "MIN_PAGES_PER_PROCESS", 1)
    monkeypatch.setattr(review_module.os, "cpu_count", lambda: 2)
    assert review_module.shard_count(review_extracted, 2) == 2
    write_report(review_extracted, two, gold_dir=GOLD, workers=2)
    pages = sorted(p.relative_to(one) for p in one.rglob("*.html"))
    assert len(pages) > 2
    assert pages == sorted(p.relative_to(two) for p in two.rglob("*.html"))
    for page in pages:
        assert (one / page).read_bytes() == (two / page).read_bytes(), page


def test_a_failed_page_process_is_made_up_for_here(review_extracted: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A share whose process fails (killed, out of memory) is rendered by the calling process."""
    import subprocess
    import sys

    import pipeline.review as review_module

    one, two = tmp_path / "one", tmp_path / "two"
    write_report(review_extracted, one, gold_dir=GOLD)
    monkeypatch.setattr(review_module, "shard_count", lambda extracted, workers: 2)
    monkeypatch.setattr(review_module.shard_process, "start", lambda arguments: subprocess.Popen(
        [sys.executable, "-c", "raise SystemExit(3)"], stdout=subprocess.PIPE))
    write_report(review_extracted, two, gold_dir=GOLD, workers=2)
    pages = sorted(p.relative_to(one) for p in one.rglob("*.html"))
    assert pages == sorted(p.relative_to(two) for p in two.rglob("*.html"))
    assert all((one / page).read_bytes() == (two / page).read_bytes() for page in pages)


def test_tables_typed_by_another_writer_give_the_same_pages(review_extracted: Path, tmp_path: Path) -> None:
    """A folder written by another tool (whole numbers stored as floats, plain strings) is read through
    pandas' casts to the schema's dtypes; its pages equal those of the folder `pipeline extract` wrote."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.review.data import _Grouped

    other = tmp_path / "other"
    shutil.copytree(review_extracted, other)
    for path in sorted(other.glob("*.parquet")):
        table = pq.read_table(path)
        retyped = pa.schema([pa.field(f.name, pa.float64() if pa.types.is_integer(f.type) else
                                      pa.string() if pa.types.is_large_string(f.type) else f.type)
                             for f in table.schema])
        pq.write_table(table.cast(retyped), path)
    assert not _Grouped(other, "numbers").native and _Grouped(review_extracted, "numbers").native
    write_report(review_extracted, tmp_path / "one", gold_dir=GOLD)
    write_report(other, tmp_path / "two", gold_dir=GOLD)
    pages = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.html"))
    assert len(pages) > 2
    for page in pages:
        one = (tmp_path / "one" / page).read_text(encoding="utf-8")
        two = (tmp_path / "two" / page).read_text(encoding="utf-8").replace(str(other), str(review_extracted))
        assert one == two, page
