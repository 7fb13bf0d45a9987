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
    # The temporary server is slow to start on a busy machine (20 s by default is too short).
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}.items():
    os.environ.setdefault(_key, _value)

import datetime as dt  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402

from pipeline.process import DocumentResult, InputFile, RunSummary, plan_inputs, process_file, write_outputs  # noqa: E402

DEFAULT_BATCH_SIZE = 20


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


@task(name="extract-documents", retries=0, cache_policy=NO_CACHE)
def extract_documents(items: list[InputFile], document_date: dt.date | None) -> tuple[list[DocumentResult], float]:
    """Ingest, clean, segment and extract documents; also the seconds of work (Prefect's share of a
    run is what the flow waited beyond it)."""
    from pipeline.progress import page_reporting

    started = time.monotonic()
    results = []
    for item in items:
        with page_reporting(item.doc_id):  # pages of a long PDF show as the task's progress
            results.append(process_file(item, document_date))
    return results, time.monotonic() - started


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
def write_review(out_dir: Path) -> Path:
    from pipeline.review import write_report

    return write_report(out_dir)


@flow(name="extract", log_prints=False)
def extract_flow(
    paths: list[Path],
    out_dir: Path = Path("extracted"),
    document_date: dt.date | None = None,
    gold_dir: Path | None = Path("tests/gold"),
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    cache_dir: Path | None = None,
    quiet: bool = False,
) -> RunSummary:
    """Extract every input file into the output tables, then check against gold.

    Documents run in tasks of a few documents on the flow's task runner (see pipeline.runners);
    results are put back in input order, so the tables do not depend on the runner. With a
    cache folder, unchanged documents are read back instead of extracted.
    """
    from pipeline.cache import ResultCache, cache_key
    from pipeline.progress import RunProgress
    from pipeline.runners import batch_size_for

    started = time.monotonic()
    items = plan_inputs(paths)
    cache = ResultCache(cache_dir) if cache_dir is not None else None
    keys = [cache_key(item, document_date) if cache else None for item in items]
    results: list[DocumentResult | None] = [cache.get(key) if cache else None for key in keys]
    todo = [i for i, result in enumerate(results) if result is None]
    sizes = [_size(item.path) for item in items]
    size = batch_size_for(len(todo), workers, batch_size)
    batches = [todo[b:b + size] for b in range(0, len(todo), size)]
    timings = {"tasks": len(batches), "busy_seconds": 0.0, "waited_seconds": 0.0, "workers": workers,
               "cached": len(items) - len(todo)}
    # no module-level Console here: the flow function is pickled with its globals for worker processes
    progress = RunProgress(len(items), sum(sizes), quiet=quiet, cached=len(items) - len(todo))
    with progress:
        done = [i for i, result in enumerate(results) if result is not None]
        progress.advance(len(done), sum(sizes[i] for i in done), sum(_chars(results[i]) for i in done))
        pending = iter(batches)
        in_flight: dict = {}

        def submit_next() -> None:
            batch = next(pending, None)
            if batch is not None:
                future = extract_documents.submit([items[i] for i in batch], document_date)
                in_flight[future] = (batch, time.monotonic())

        for _ in range(max(1, workers)):  # one task per worker at a time: no queueing in the wait times
            submit_next()
        while in_flight:
            future = next(as_completed(list(in_flight)))
            batch, submitted = in_flight.pop(future)
            batch_results, busy = future.result()
            timings["busy_seconds"] += busy
            timings["waited_seconds"] += time.monotonic() - submitted
            for i, result in zip(batch, batch_results, strict=True):
                results[i] = result
                if cache is not None:
                    cache.put(keys[i], result)
            progress.advance(len(batch), sum(sizes[i] for i in batch), sum(_chars(r) for r in batch_results))
            submit_next()
    final = [result for result in results if result is not None]
    timings["extract_seconds"] = time.monotonic() - started
    summary = write_tables(final, out_dir, started)
    if cache is not None:
        timings["cache_pruned"] = cache.prune()
    if gold_dir is not None:
        summary.check = check_gold(out_dir, gold_dir, [r.doc_id for r in final if r.status == "ok"])
    write_review(out_dir)
    timings["flow_seconds"] = time.monotonic() - started
    summary.timings = timings
    return summary


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _chars(result: DocumentResult | None) -> int:
    return len(result.clean_text or "") if result is not None else 0
