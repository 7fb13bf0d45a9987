"""Prefect flows: thin wiring of the stages (ingest → … → write tables → check against gold).

Documents are processed in batches, one task per batch, so Prefect's per-task
overhead stays small on many small files. Without PREFECT_API_URL, Prefect runs
its own temporary local server; with it, runs are reported to that server.
"""

from __future__ import annotations

import os

# Quiet defaults for a local run; a user's own settings win. The temporary server
# cannot reach the network, so telemetry is off.
for _key, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # Prefect's 20 s default fails on a busy machine (seen with both cores loaded); 90 s costs nothing when idle.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_key, _value)

import datetime as dt  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from prefect import flow, task  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402

from pipeline.process import DocumentResult, InputFile, RunSummary, plan_inputs, process_file, write_outputs  # noqa: E402

DEFAULT_BATCH_SIZE = 20
console = Console(stderr=True)


def prefect_server_problem() -> str | None:
    """Why the Prefect server named by PREFECT_API_URL (environment or Prefect profile) cannot be
    used, or None (also when none is named)."""
    from prefect.settings import get_current_settings

    url = (get_current_settings().api.url or "").rstrip("/")
    if not url:
        return None  # Prefect starts its own temporary local server
    import httpx

    try:
        httpx.get(f"{url}/health", timeout=10).raise_for_status()
    except httpx.HTTPError as err:
        return (f"cannot reach the Prefect server at PREFECT_API_URL={url} ({type(err).__name__}); "
                "unset PREFECT_API_URL to run on a temporary local server")
    return None


@task(name="extract-batch", retries=0)
def extract_batch(items: list[InputFile], document_date: dt.date | None) -> list[DocumentResult]:
    """Ingest, clean, segment and extract a batch of documents."""
    return [process_file(item, document_date) for item in items]


@task(name="write-tables")
def write_tables(results: list[DocumentResult], out_dir: Path, started: float) -> RunSummary:
    return write_outputs(results, out_dir, started)


@task(name="check-gold")
def check_gold(out_dir: Path, gold_dir: Path, doc_ids: list[str]) -> dict | None:
    """Score against gold when gold exists for any extracted document."""
    from pipeline.evaluate import run_check
    from pipeline.gold import gold_files

    if not gold_dir.is_dir() or not {p.stem for p in gold_files(gold_dir)} & set(doc_ids):
        return None
    code = run_check(out_dir, gold_dir, gold_dir / "floors.toml", misses=False)
    return {"exit_code": code}


@task(name="write-review")
def write_review(out_dir: Path, gold_dir: Path | None) -> Path | None:
    """The review pages; a fault there is reported but does not undo the written tables."""
    from pipeline.review import write_report

    try:
        return write_report(out_dir, gold_dir=gold_dir)
    except Exception as err:
        console.print(f"[yellow]review not written[/yellow]: {type(err).__name__}: {err}", highlight=False)
        return None


@flow(name="extract", log_prints=False)
def extract_flow(
    paths: list[Path],
    out_dir: Path = Path("extracted"),
    document_date: dt.date | None = None,
    gold_dir: Path | None = Path("tests/gold"),
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> RunSummary:
    """Extract every input file into the output tables, then check against gold."""
    started = time.monotonic()
    items = plan_inputs(paths)
    results: list[DocumentResult] = []
    columns = [TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True, disable=not items) as progress:
        bar = progress.add_task("documents", total=len(items))
        for begin in range(0, len(items), max(1, batch_size)):
            batch = items[begin:begin + batch_size]
            results.extend(extract_batch(batch, document_date))
            progress.advance(bar, len(batch))
    summary = write_tables(results, out_dir, started)
    if gold_dir is not None:
        summary.check = check_gold(out_dir, gold_dir, [r.doc_id for r in results if r.status == "ok"])
    summary.review = write_review(out_dir, gold_dir)
    return summary
