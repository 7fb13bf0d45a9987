"""Review: static HTML pages for people to check an extracted folder (`pipeline review`).

`review/index.html` triages the documents (failed documents and failed checks first, sortable and
filterable); `review/docs/<doc_id>.html` shows one document's highlighted text beside its tables,
charts, checks and gold comparison, and lets a reviewer export corrections for `pipeline gold
import`. The pages need no server and fetch nothing: the CSS, the few lines of JavaScript and the
SVG charts are all inside each page, so the folder can be zipped, mailed or opened from a share.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyarrow as pa
import pyarrow.parquet as pq
from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.review import shard as shard_process
from pipeline.review.cache import PageCache
from pipeline.review.data import Extracted, ReviewError, document_tables, iter_extracted, load_gold_file
from pipeline.review.document import REVIEWED_KINDS, DocumentPage, build_page, score_summary
from pipeline.review.formatting import format_number
from pipeline.scoring import SCORED_KINDS
from pipeline.tables import write_text_atomic

__all__ = ["ReviewError", "Shard", "render_shard", "write_report"]

DOCS_DIR = "docs"
MIN_PAGES_PER_PROCESS = 100
COUNTED = ("sentences", "numbers", "dates", "organizations", "claims", "tables", "checks")


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["j2"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["num"] = format_number
    return env


def page_name(doc_id: str) -> str:
    """The file name of a document's page (doc ids are already file-name safe)."""
    return f"{doc_id}.html"


def _index_row(extracted: Extracted, doc: dict[str, Any], page: DocumentPage) -> dict[str, Any]:
    doc_id = doc["doc_id"]
    counts = {name: len(extracted.rows(doc_id, name)) for name in COUNTED}
    counts["n_tables"] = len(page.tables)
    failed = doc.get("status") != "ok"
    row = {
        "doc": doc, "counts": counts, "failed": failed, "failed_checks": page.n_failed_checks,
        "href": f"{DOCS_DIR}/{quote(page_name(doc_id))}", "genre": page.gold.genre if page.gold else "",
        "scores": {k: page.scores[k] for k in SCORED_KINDS if k in page.scores},
        "overall": score_summary(page.scores) if page.scores else None,
        "failed_check_rows": [c for c in page.checks if c["status"] == "fail"],
    }
    row["rank"] = 0 if failed else 1 if page.n_failed_checks else 2
    return row


def _render(extracted_dir: Path, gold_dir: Path | None, page_out: Callable[[str, str], object],
            cache: PageCache | None = None, shard: tuple[int, int] = (0, 1)) -> tuple[list[dict[str, Any]], list[str]]:
    """Render the pages one document at a time (each handed to `page_out` as it is made, so none is
    held); returns (index rows, warnings). A page in `cache` is taken from it. With `shard` (k, n) only
    every n-th document from the k-th is rendered: n processes share the pages."""
    env = _environment()
    document_template = env.get_template("review_document.html.j2")
    index_rows = []
    warnings: list[str] = []
    for position, extracted in enumerate(iter_extracted(extracted_dir)):
        warnings = extracted.warnings
        if position % shard[1] != shard[0]:
            continue
        doc_id = next(iter(extracted.by_doc))
        doc = extracted.rows(doc_id, "documents")[0]
        gold = load_gold_file(gold_dir, doc_id, extracted.warnings)
        key = cache.key(doc, gold_dir / f"{doc_id}.json" if gold_dir else None,
                        extracted.scores.get(doc_id)) if cache is not None else None
        kept = cache.get(key) if cache is not None else None
        if kept is not None:  # an unchanged document: its rows are never read
            html, index_row = kept
        else:
            if gold is not None:
                extracted.tables = document_tables(extracted, doc_id)
            page = build_page(env, extracted, doc, gold)
            html = document_template.render(page=page, doc=doc, kinds=REVIEWED_KINDS, score_kinds=SCORED_KINDS)
            index_row = _index_row(extracted, doc, page)
            if cache is not None:
                cache.put(key, html, index_row)
        page_out(page_name(doc_id), html)
        index_rows.append(index_row)
    return index_rows, warnings


def _index(index_rows: list[dict[str, Any]], extracted: str) -> str:
    index_rows.sort(key=lambda r: (r["rank"], -r["failed_checks"], r["doc"]["doc_id"]))
    return _environment().get_template("review_index.html.j2").render(
        rows=index_rows, extracted=extracted, score_kinds=SCORED_KINDS,
        n_failed=sum(r["failed"] for r in index_rows), n_failed_checks=sum(r["failed_checks"] for r in index_rows),
        has_scores=any(r["overall"] for r in index_rows),
    )


@dataclass
class Shard:
    """What a process rendering a share of the pages hands back."""

    rows: list[dict[str, Any]]
    warnings: list[str]
    written: set[str]
    used: set[str]


def render_shard(extracted: Path, gold: Path | None, docs: Path, cache: PageCache | None,
                 shard: tuple[int, int]) -> Shard:
    """Render the pages of one share (every n-th document from the k-th) into `docs`."""
    written: set[str] = set()

    def page_out(name: str, html: str) -> None:
        write_text_atomic(docs / name, html)
        written.add(name)

    rows, warnings = _render(extracted, gold, page_out, cache, shard)
    return Shard(rows, warnings, written, cache.used if cache is not None else set())


def shard_count(extracted: Path, workers: int) -> int:
    """Processes to share the pages: at most `workers`, each with at least MIN_PAGES_PER_PROCESS pages
    (starting one costs about as much as rendering 50 pages)."""
    try:
        n_docs = pq.ParquetFile(extracted / "documents.parquet").metadata.num_rows
    except (OSError, pa.ArrowException):
        return 1
    return max(1, min(workers, os.cpu_count() or 1, n_docs // MIN_PAGES_PER_PROCESS))


def write_report(extracted: Path, out: Path | None = None, gold_dir: Path | None = Path("tests/gold"),
                 warn: Callable[[str], object] | None = None, shown_as: Path | None = None,
                 cache: PageCache | None = None, workers: int = 1) -> Path:
    """Write `<out>/index.html` and `<out>/docs/<doc_id>.html` (default out: `<extracted>/review`).

    Returns the index path. Pages of documents no longer in the folder are removed, so the review
    always shows exactly the current extraction. Raises ReviewError when there is nothing to review.
    Each page is written as soon as it is made: memory holds one document, not the whole folder.
    With `cache` (a run's), pages of unchanged documents are copied from the previous run's. With
    `workers` above 1 and enough documents, that many processes share the pages (this one included);
    the pages and the index are the same as from one.
    The pages name `shown_as` when `extracted` is a run's staging folder (the folder the user will open).
    """
    out = out or extracted / "review"
    gold = gold_dir if gold_dir is not None and gold_dir.is_dir() else None
    docs = out / DOCS_DIR
    shards = shard_count(extracted, workers)
    others = [shard_process.start((extracted, gold, docs, cache, (k, shards))) for k in range(1, shards)]
    try:
        results = [render_shard(extracted, gold, docs, cache, (0, shards))]
    except BaseException:
        shard_process.stop(others)
        raise
    for k, process in enumerate(others, start=1):
        result = shard_process.finish(process)
        results.append(result if result is not None else render_shard(extracted, gold, docs, cache, (k, shards)))
    written = set().union(*(r.written for r in results))
    if cache is not None:
        cache.used.update(*(r.used for r in results))
    for warning in dict.fromkeys(w for r in results for w in r.warnings):
        if warn is not None:
            warn(warning)
    for stale in sorted(docs.glob("*.html")):
        if stale.name not in written:
            stale.unlink()
    write_text_atomic(out / "index.html", _index([row for r in results for row in r.rows], str(shown_as or extracted)))
    return out / "index.html"
