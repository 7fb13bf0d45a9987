"""Prefect flows: thin wiring of the stages (ingest → … → write tables → check against gold).

Documents are processed in batches, one task per batch, so Prefect's per-task
overhead stays small on many small files; with `workers` > 1, batches run at once,
each in one of the pool's worker processes (pipeline.runners), under the limits. Without PREFECT_API_URL, Prefect runs
its own temporary local server; with it, runs are reported to that server.
"""

from __future__ import annotations

import os

from pipeline.server import TemporaryServer, apply_quiet_defaults

apply_quiet_defaults()  # before Prefect is imported: its settings are read then

import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import functools  # noqa: E402
import queue  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.states import Completed, Failed, State  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402
from rich.console import Console  # noqa: E402

from pipeline.limits import DEFAULT_LIMITS, Limits  # noqa: E402
from pipeline.output import OutputFolder, publish  # noqa: E402
from pipeline.process import DocumentResult, InputFile, RunSummary, plan_inputs, write_ordered  # noqa: E402
from pipeline.runners import Pool  # noqa: E402
from pipeline.spool import FOLDER as SPOOL_FOLDER  # noqa: E402
from pipeline.spool import Spool  # noqa: E402
from pipeline.worker import trim_heap  # noqa: E402

if TYPE_CHECKING:
    from pipeline.review.cache import PageCache

DEFAULT_BATCH_SIZE = 20
PAGES_FOLDER = "review"  # in the cache folder: the review pages of the last run (pipeline.review.cache)
# Every step runs once per run and its result goes straight to the next: no cache key to compute
# (Prefect's default hashes the inputs and reads the task's source), nothing persisted.
_TASK_OPTIONS: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}
console = Console(stderr=True)


def prefect_server_problem(server: TemporaryServer | None = None) -> str | None:
    """Why the Prefect server named by PREFECT_API_URL (environment or Prefect profile) cannot be
    used, or None; when none is named, the run uses `server` (the temporary server the command
    launched before importing Prefect: `pipeline.server`) once it answers, or starts Prefect's own.
    A server named in a Prefect profile wins over `server`, which is then stopped."""
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, get_current_settings

    url = (get_current_settings().api.url or "").rstrip("/")
    if not url:
        if server is None:
            return _start_quiet_temporary_server()
        problem = server.ready(float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()))
        if problem is None:
            _use_server(server.api_url)
        return problem
    if server is not None:
        server.stop()
    import httpx

    try:
        httpx.get(f"{url}/health", timeout=10).raise_for_status()
    except httpx.HTTPError as err:
        return (f"cannot reach the Prefect server at PREFECT_API_URL={url} ({type(err).__name__}); "
                "unset PREFECT_API_URL to run on a temporary local server")
    return None


def _use_server(api_url: str) -> None:
    """Point this process (every thread: Prefect's event and log workers too) and the processes it
    starts (a local Dask cluster) at the server."""
    from prefect.context import refresh_global_settings_context

    os.environ["PREFECT_API_URL"] = api_url
    refresh_global_settings_context()


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
            return write_failure(err)

    return guarded


def write_failure(err: OSError) -> WriteFailure:
    where = f" ({err.filename})" if err.filename else ""
    detail = " ".join(str(err.strerror or err).split())
    return WriteFailure(f"cannot write the output: {detail}{where}")


@task(name="extract-batch", retries=0, **_TASK_OPTIONS)
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


@task(name="write-tables", **_TASK_OPTIONS)
@_write_errors_as_failure
def write_tables(spool: Spool, items: list[InputFile], staging: Path, started: float) -> RunSummary | WriteFailure:
    """The tables from the spooled results, read back one document at a time in doc_id order."""
    order = sorted(range(len(items)), key=lambda i: items[i].doc_id)
    summary = write_ordered((spool.read(i, items[i]) for i in order), staging, started)
    spool.remove()
    return summary


@task(name="check-gold", **_TASK_OPTIONS)
@_write_errors_as_failure
def check_gold(staging: Path, gold_dir: Path, doc_ids: list[str], out_dir: Path) -> dict | WriteFailure | None:
    """Score against gold when gold exists for any extracted document."""
    from pipeline.evaluate import run_check
    from pipeline.gold import gold_files

    if not gold_dir.is_dir() or not {p.stem for p in gold_files(gold_dir)} & set(doc_ids):
        return None
    code = run_check(staging, gold_dir, gold_dir / "floors.toml", misses=False, only=set(doc_ids), shown_as=out_dir)
    return {"exit_code": code}


@task(name="write-review", **_TASK_OPTIONS)
def write_review(staging: Path, out_dir: Path, gold_dir: Path | None, cache: PageCache | None = None,
                 workers: int = 1) -> Path | None:
    """The review pages (named for the output folder), in up to `workers` processes; a fault there is
    reported but does not undo the tables, which are complete without it. With `cache`, unchanged
    documents' pages are reused."""
    from pipeline.review import write_report

    try:
        write_report(staging, gold_dir=gold_dir, shown_as=out_dir, cache=cache, workers=workers)
    except Exception as err:
        console.print(f"[yellow]review not written[/yellow]: {type(err).__name__}: {err}", highlight=False)
        return None
    return out_dir / "review" / "index.html"


@task(name="publish-output", **_TASK_OPTIONS)
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


@flow(name="extract", log_prints=False, persist_result=False)
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
    try:
        spool = Spool(staging / SPOOL_FOLDER)
        timings = _extract_documents(items, options, spool)
    except OSError as err:  # writing the spool (the workers' faults are failed documents, the cache's ignored)
        failure = write_failure(err)
        return Failed(message=failure.message, data=failure)
    lap = time.monotonic()
    summary = write_tables(spool, quote(items), staging, started)  # quote: Prefect need not walk every item
    trim_heap()
    lap = _lap(timings, "tables_seconds", lap)
    if isinstance(summary, WriteFailure):
        return Failed(message=summary.message, data=summary)
    summary.skipped = plan.skipped
    failed = {doc_id for doc_id, _ in summary.failures}
    if options.gold_dir is not None:
        check = check_gold(staging, options.gold_dir, [i.doc_id for i in items if i.doc_id not in failed], out_dir)
        if isinstance(check, WriteFailure):
            return Failed(message=check.message, data=check)
        summary.check = check
        lap = _lap(timings, "check_seconds", lap)
    pages = None
    if options.cache_dir is not None:
        from pipeline.review.cache import PageCache

        pages = PageCache(options.cache_dir / PAGES_FOLDER, {item.doc_id: key for item, key in
                                                             zip(items, timings["result_keys"], strict=True)
                                                             if key and item.doc_id not in failed})
    summary.review = write_review(staging, out_dir, options.gold_dir, pages, options.workers)
    trim_heap()
    lap = _lap(timings, "review_seconds", lap)
    published = publish_output(staging, out_dir)
    _lap(timings, "publish_seconds", lap)
    if isinstance(published, WriteFailure):
        return Failed(message=published.message, data=published)
    if options.cache_dir is not None:  # only once the output is in: a failed run keeps every entry
        from pipeline.cache import ResultCache

        timings["cache_pruned"] = ResultCache(options.cache_dir, used=timings.pop("cache_keys")).prune()
        if pages is not None:
            timings["pages_pruned"] = pages.prune()
    timings.pop("result_keys", None)
    timings["flow_seconds"] = time.monotonic() - started
    timings["flow_body"] = [started, started + timings["flow_seconds"]]  # monotonic: the command's marks
    summary.timings = timings
    report_to_prefect(summary)
    if options.strict and summary.n_failed:
        return Failed(message=f"{summary.n_failed} of {len(items)} document(s) failed", data=summary)
    return Completed(message=f"{summary.n_ok} document(s) extracted", data=summary)


def _lap(timings: dict[str, Any], name: str, since: float) -> float:
    """Record the seconds since `since` under `name` (where a run's time went: bench/throughput.py)."""
    now = time.monotonic()
    timings[name] = now - since
    return now


def _extract_documents(items: list[InputFile], options: _Options, spool: Spool) -> dict:
    """Every document's result into the spool: linked from the cache, or extracted in batches on the worker
    pool and written as each batch comes back (then dropped: this process never holds all results)."""
    from pipeline.cache import ResultCache, cache_key
    from pipeline.progress import RunProgress
    from pipeline.runners import batch_size_for, pool_for

    started = time.monotonic()
    cache = ResultCache(options.cache_dir) if options.cache_dir is not None else None
    keys = [cache_key(item, options.document_date) if cache else None for item in items]
    if cache is not None:
        for i, key in enumerate(keys):
            entry = cache.find(key)
            if entry is not None:
                spool.link(i, entry)
    todo = [i for i in range(len(items)) if i not in spool]
    sizes = [_size(item.path) for item in items]
    size = batch_size_for(len(todo), options.workers, options.batch_size)
    batches = [todo[b:b + size] for b in range(0, len(todo), size)]
    timings: dict[str, Any] = {"tasks": len(batches), "workers": options.workers, "cached": len(items) - len(todo),
                               "cache_read_seconds": time.monotonic() - started}
    done = [i for i in range(len(items)) if i in spool]
    pool = pool_for(_task_runner(), min(options.workers, max(1, len(batches))), options.limits, options.document_date)
    with (contextlib.closing(pool),
          RunProgress(len(items), sum(sizes), quiet=options.quiet, cached=len(done)) as progress):
        progress.advance(len(done), sum(sizes[i] for i in done), 0)  # cached: counted, not read here
        submit = functools.partial(_submit_batch, items, pool)
        for future, batch in completed(batches, submit, window=options.workers + 1):
            results = future.result()
            chars = 0
            for i, result in zip(batch, results, strict=True):
                written = spool.put(i, result)
                if cache is not None:
                    cache.store(keys[i], result, written)
                chars += _chars(result)
            results.clear()  # the future's state holds this very list: release the rows now they are written
            result = results = None  # type: ignore[assignment]
            trim_heap()
            progress.advance(len(batch), sum(sizes[i] for i in batch), chars)
    timings["extract_seconds"] = time.monotonic() - started
    timings["cache_keys"] = cache.used if cache is not None else set()
    timings["result_keys"] = keys
    return timings


def completed(batches: list[list[int]], submit: Callable[[list[int]], Any],
              window: int) -> Iterator[tuple[Any, list[int]]]:
    """(future, batch) pairs as their tasks finish, each given up once yielded; a batch is submitted only
    while fewer than ``window`` are pending, so results that come back faster than they are written wait
    in the workers, not in this process (Prefect's `as_completed` also keeps every future, with its
    result, until the last one is done)."""
    finished: queue.Queue[int] = queue.Queue()
    pending: dict[int, tuple[Any, list[int]]] = {}
    upcoming = iter(enumerate(batches))

    def top_up() -> None:
        for n, batch in upcoming:
            future = submit(batch)
            pending[n] = (future, batch)
            future.add_done_callback(lambda _future, n=n: finished.put(n))
            if len(pending) >= window:
                return

    top_up()
    while pending:
        yield pending.pop(finished.get())
        top_up()


def _submit_batch(items: list[InputFile], pool: Any, batch: list[int]) -> Any:
    return extract_batch.submit([items[i] for i in batch], pool)


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
