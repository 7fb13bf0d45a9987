"""Prefect flows: thin wiring of the stages (ingest → … → write tables → check against gold).

Documents are processed in batches, one task per batch, so Prefect's per-task
overhead stays small on many small files; with `workers` > 1, batches run at once,
each in one of the pool's worker processes (pipeline.runners), under the limits. Without PREFECT_API_URL, Prefect runs
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
    # The temporary server may take longer than Prefect's 20 s to start on a busy machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # Per-document errors go to the Prefect run's logs; the command prints its own summary.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "ERROR",
}.items():
    os.environ.setdefault(_key, _value)

import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import functools  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.states import Completed, Failed, State  # noqa: E402
from rich.console import Console  # noqa: E402

from pipeline.limits import DEFAULT_LIMITS, Limits  # noqa: E402
from pipeline.output import OutputFolder, publish  # noqa: E402
from pipeline.process import DocumentResult, InputFile, RunSummary, plan_inputs, write_outputs  # noqa: E402
from pipeline.runners import Pool  # noqa: E402

DEFAULT_BATCH_SIZE = 20
console = Console(stderr=True)


def prefect_server_problem() -> str | None:
    """Why the Prefect server named by PREFECT_API_URL (environment or Prefect profile) cannot be
    used, or None; when none is named, the temporary local server is started here."""
    from prefect.settings import get_current_settings

    url = (get_current_settings().api.url or "").rstrip("/")
    if not url:
        return _start_quiet_temporary_server()
    import httpx

    try:
        httpx.get(f"{url}/health", timeout=10).raise_for_status()
    except httpx.HTTPError as err:
        return (f"cannot reach the Prefect server at PREFECT_API_URL={url} ({type(err).__name__}); "
                "unset PREFECT_API_URL to run on a temporary local server")
    return None


def _start_quiet_temporary_server() -> str | None:
    """Start Prefect's temporary local server now, with its console logging off.

    Prefect would start the same server on the first API call; starting it here lets its process
    run without console output, so a stopped run (Ctrl-C, SIGTERM) does not print the server's
    shutdown noise (SQLAlchemy tracebacks from cancelled requests) after our one-line message.
    Prefect reuses this instance (one per port) for the rest of the run."""
    from prefect.server.api.server import SubprocessASGIServer

    key = "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"
    saved = os.environ.get(key)
    os.environ[key] = "CRITICAL"  # read by the server process only: it copies the environment at start
    try:
        SubprocessASGIServer().start()
    except Exception as err:  # any start failure is reported as one line
        return f"cannot start Prefect's temporary local server ({' '.join(str(err).split())[:200]})"
    finally:
        if saved is None:
            del os.environ[key]
        else:
            os.environ[key] = saved
    return None


@dataclass(frozen=True)
class WriteFailure:
    """The output could not be written (disk full, permissions); the previous output stays."""

    message: str


def _write_errors_as_failure(write: Callable[..., Any]) -> Callable[..., Any]:
    """A writing step returns a WriteFailure instead of raising: a full disk is an expected fault."""

    @functools.wraps(write)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return write(*args, **kwargs)
        except OSError as err:
            where = f" ({err.filename})" if err.filename else ""
            detail = " ".join(str(err.strerror or err).split())
            return WriteFailure(f"cannot write the output: {detail}{where}")

    return guarded


@task(name="extract-batch", retries=0, cache_policy=NO_CACHE)
def extract_batch(items: list[InputFile], pool: Pool) -> list[DocumentResult]:
    """Ingest, clean, segment and extract a batch of documents, each within the limits, in one of the
    pool's worker processes."""
    with pool.borrow() as runner:
        results = runner.run(items)
    logger = get_run_logger()
    for result in results:
        if result.status != "ok":
            logger.warning("document %s (%s) failed: %s", result.doc_id, result.source_path, result.error)
    return results


@task(name="write-tables", cache_policy=NO_CACHE)
@_write_errors_as_failure
def write_tables(results: list[DocumentResult], staging: Path, started: float) -> RunSummary | WriteFailure:
    return write_outputs(results, staging, started)


@task(name="check-gold")
@_write_errors_as_failure
def check_gold(staging: Path, gold_dir: Path, doc_ids: list[str], out_dir: Path) -> dict | WriteFailure | None:
    """Score against gold when gold exists for any extracted document."""
    from pipeline.evaluate import run_check
    from pipeline.gold import gold_files

    if not gold_dir.is_dir() or not {p.stem for p in gold_files(gold_dir)} & set(doc_ids):
        return None
    code = run_check(staging, gold_dir, gold_dir / "floors.toml", misses=False, only=set(doc_ids), shown_as=out_dir)
    return {"exit_code": code}


@task(name="write-review")
def write_review(staging: Path, out_dir: Path, gold_dir: Path | None) -> Path | None:
    """The review pages (named for the output folder); a fault there is reported but does not undo the
    tables, which are complete without it."""
    from pipeline.review import write_report

    try:
        write_report(staging, gold_dir=gold_dir, shown_as=out_dir)
    except Exception as err:
        console.print(f"[yellow]review not written[/yellow]: {type(err).__name__}: {err}", highlight=False)
        return None
    return out_dir / "review" / "index.html"


@task(name="publish-output")
@_write_errors_as_failure
def publish_output(staging: Path, out_dir: Path) -> WriteFailure | None:
    """Swap the complete output in for the previous one (all or nothing)."""
    publish(staging, out_dir)


def report_to_prefect(summary: RunSummary) -> None:
    """Failed and skipped documents as an artifact of the run, so the Prefect UI shows them."""
    if not summary.failures and not summary.skipped:
        return
    rows = [{"document": doc_id, "outcome": "failed", "reason": error} for doc_id, error in summary.failures]
    rows += [{"document": path, "outcome": "skipped", "reason": why} for path, why in summary.skipped]
    create_table_artifact(
        table=rows, key="failed-documents",
        description=f"{summary.n_failed} document(s) failed, {len(summary.skipped)} file(s) skipped",
    )


@flow(name="extract", log_prints=False)
def extract_flow(
    paths: list[Path],
    out_dir: Path = Path("extracted"),
    document_date: dt.date | None = None,
    gold_dir: Path | None = Path("tests/gold"),
    batch_size: int = DEFAULT_BATCH_SIZE,
    limits: Limits = DEFAULT_LIMITS,
    strict: bool = False,
    staging: Path | None = None,
    workers: int = 1,
    cache_dir: Path | None = None,
    quiet: bool = False,
) -> State:
    """Extract every input file into the output tables, check against gold, and swap the output in.

    `staging` is the staging folder of an output folder whose lock the caller holds
    (`pipeline.output.OutputFolder`); without it the flow takes the lock itself. The
    final state is Completed with the run's summary, or Failed (with the summary)
    under `strict` when any document failed. `workers` worker processes extract at once
    (run the flow on a task runner with as many threads: `pipeline.runners.make_task_runner`);
    with `cache_dir`, unchanged documents are read back instead of extracted.
    """
    options = _Options(document_date, gold_dir, batch_size, limits, strict, workers, cache_dir, quiet)
    if staging is None:
        with OutputFolder(out_dir) as output:
            return _extract(paths, out_dir, output.staging, options)
    return _extract(paths, out_dir, staging, options)


@dataclass(frozen=True)
class _Options:
    document_date: dt.date | None
    gold_dir: Path | None
    batch_size: int
    limits: Limits
    strict: bool
    workers: int
    cache_dir: Path | None
    quiet: bool


def _extract(paths: list[Path], out_dir: Path, staging: Path, options: _Options) -> State:
    started = time.monotonic()
    plan = plan_inputs(paths, exclude=[out_dir])
    items = plan.items
    results, timings = _extract_documents(items, options)
    lap = time.monotonic()
    summary = write_tables(results, staging, started)
    lap = _lap(timings, "tables_seconds", lap)
    if isinstance(summary, WriteFailure):
        return Failed(message=summary.message, data=summary)
    summary.skipped = plan.skipped
    if options.gold_dir is not None:
        check = check_gold(staging, options.gold_dir, [r.doc_id for r in results if r.status == "ok"], out_dir)
        if isinstance(check, WriteFailure):
            return Failed(message=check.message, data=check)
        summary.check = check
        lap = _lap(timings, "check_seconds", lap)
    summary.review = write_review(staging, out_dir, options.gold_dir)
    lap = _lap(timings, "review_seconds", lap)
    published = publish_output(staging, out_dir)
    _lap(timings, "publish_seconds", lap)
    if isinstance(published, WriteFailure):
        return Failed(message=published.message, data=published)
    if options.cache_dir is not None:  # only once the output is in: a failed run keeps every entry
        from pipeline.cache import ResultCache

        timings["cache_pruned"] = ResultCache(options.cache_dir, used=timings.pop("cache_keys")).prune()
    timings["flow_seconds"] = time.monotonic() - started
    summary.timings = timings
    report_to_prefect(summary)
    if options.strict and summary.n_failed:
        return Failed(message=f"{summary.n_failed} of {len(results)} document(s) failed", data=summary)
    return Completed(message=f"{summary.n_ok} document(s) extracted", data=summary)


def _lap(timings: dict[str, Any], name: str, since: float) -> float:
    """Record the seconds since `since` under `name` (where a run's time went: bench/throughput.py)."""
    now = time.monotonic()
    timings[name] = now - since
    return now


def _extract_documents(items: list[InputFile], options: _Options) -> tuple[list[DocumentResult], dict]:
    """Every document's result in input order: from the cache, or from batches on the worker pool."""
    from pipeline.cache import ResultCache, cache_key
    from pipeline.progress import RunProgress
    from pipeline.runners import batch_size_for, pool_for

    started = time.monotonic()
    cache = ResultCache(options.cache_dir) if options.cache_dir is not None else None
    keys = [cache_key(item, options.document_date) if cache else None for item in items]
    found: list[DocumentResult | None] = [cache.get(key) if cache else None for key in keys]
    todo = [i for i, result in enumerate(found) if result is None]
    sizes = [_size(item.path) for item in items]
    size = batch_size_for(len(todo), options.workers, options.batch_size)
    batches = [todo[b:b + size] for b in range(0, len(todo), size)]
    timings: dict[str, Any] = {"tasks": len(batches), "workers": options.workers, "cached": len(items) - len(todo),
                               "cache_read_seconds": time.monotonic() - started}
    done = [i for i, result in enumerate(found) if result is not None]
    pool = pool_for(_task_runner(), min(options.workers, max(1, len(batches))), options.limits, options.document_date)
    with (contextlib.closing(pool),
          RunProgress(len(items), sum(sizes), quiet=options.quiet, cached=len(done)) as progress):
        progress.advance(len(done), sum(sizes[i] for i in done), sum(_chars(found[i]) for i in done))
        futures = {extract_batch.submit([items[i] for i in batch], pool): batch for batch in batches}
        for future in as_completed(list(futures)):
            batch = futures[future]
            for i, result in zip(batch, future.result(), strict=True):
                found[i] = result
                if cache is not None:
                    cache.put(keys[i], result)
            progress.advance(len(batch), sum(sizes[i] for i in batch), sum(_chars(found[i]) for i in batch))
    timings["extract_seconds"] = time.monotonic() - started
    timings["cache_keys"] = cache.used if cache is not None else set()
    return [result for result in found if result is not None], timings


def _task_runner() -> object:
    """The task runner the flow runs on (None outside a flow run)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    return context.task_runner if context is not None else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _chars(result: DocumentResult | None) -> int:
    return len(result.clean_text or "") if result is not None else 0
