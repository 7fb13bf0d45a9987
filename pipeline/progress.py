"""Progress of a run: documents done, their rate and the time left, in the terminal and in Prefect.

The rate counts characters as well as documents, because documents differ in size by a factor of
a thousand; the ETA is the remaining input bytes at the bytes-per-second rate so far, which a few
huge PDFs do not throw off the way a documents-per-second ETA would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")
PageHook = Callable[[str, int, int], None]
MIN_PAGES = 10  # shorter documents report only when they are done
ARTIFACT_SECONDS = 1.0  # a long PDF's page artifact is updated at most this often (each update is an API call)
_local = threading.local()  # the document this thread is working on, and where its pages go
_terminal_hooks: list[PageHook] = []  # set by a RunProgress in this process (one-process runs)


def pages(seq: Sequence[T]) -> Iterator[T]:
    """Iterate a long document's pages, reporting each one (readers wrap their page loop in this)."""
    hook: PageHook | None = getattr(_local, "hook", None)
    total = len(seq)
    for number, page in enumerate(seq, start=1):
        yield page
        if hook is not None and total >= MIN_PAGES:
            hook(getattr(_local, "doc_id", ""), number, total)


@contextmanager
def page_reporting(doc_id: str) -> Iterator[None]:
    """Pages read inside this block are reported as a Prefect progress artifact of the running task
    (whatever the process) and, in a one-process run, on the terminal's progress line."""
    artifact: list[Any] = []
    sent = [0.0]  # when the artifact was last written: one API call a second at most, and the last page

    def hook(doc: str, number: int, total: int) -> None:
        for terminal in _terminal_hooks:
            terminal(doc, number, total)
        now = time.monotonic()
        if artifact and number < total and now - sent[0] < ARTIFACT_SECONDS:
            return
        sent[0] = now
        try:
            from prefect.artifacts import create_progress_artifact, update_progress_artifact
            from prefect.context import TaskRunContext

            if TaskRunContext.get() is None:
                return
            text = f"{doc}: page {number} of {total}"
            if not artifact:
                artifact.append(create_progress_artifact(100.0 * number / total, description=text))
            else:
                update_progress_artifact(artifact[0], 100.0 * number / total, description=text)
        except Exception:  # progress must never break a run
            return

    _local.doc_id, _local.hook = doc_id, hook
    try:
        yield
    finally:
        _local.doc_id, _local.hook = "", None


def add_page_listener(hook: PageHook) -> None:
    """Pages reported in this process also go to ``hook`` (a worker process sends them to its parent)."""
    _terminal_hooks.append(hook)


def report_page(number: int, total: int) -> None:
    """A page read in another process (the document worker) for the document of this thread's
    ``page_reporting`` block: shown as if it had been read here."""
    hook: PageHook | None = getattr(_local, "hook", None)
    if hook is not None:
        hook(getattr(_local, "doc_id", ""), number, total)


class RunProgress:
    """Per-document progress (completed tasks report their documents) with rate and ETA.

    ``quiet`` shows nothing in the terminal; the Prefect progress artifact is kept either way
    when a Prefect run is active (the UI shows it on the flow run).
    """

    def __init__(self, total_docs: int, total_bytes: int, *, quiet: bool = False, console: Console | None = None,
                 cached: int = 0) -> None:
        self.total_docs = total_docs
        self.total_bytes = max(1, total_bytes)
        self.done_docs = 0
        self.done_bytes = 0
        self.done_chars = 0
        self.cached = cached
        self.started = time.monotonic()
        self._artifact: Any = None
        columns = [TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   TimeElapsedColumn(), TextColumn("ETA {task.fields[eta]}")]
        self._bar = Progress(*columns, console=console or Console(stderr=True), transient=True,
                             disable=quiet or not total_docs)
        self._task = self._bar.add_task("documents", total=total_docs, rate="", eta="…")

    def __enter__(self) -> RunProgress:
        self._bar.__enter__()
        self._artifact_create()
        _terminal_hooks.append(self.page)
        return self

    def __exit__(self, *exc: object) -> None:
        _terminal_hooks.remove(self.page)
        self._bar.__exit__(*exc)

    def page(self, doc_id: str, number: int, total: int) -> None:
        """A page of a long document was read (shown while that document is in progress)."""
        self._bar.update(self._task, eta=f"{self.eta_text()}  {doc_id}: page {number}/{total}")

    def advance(self, docs: int, nbytes: int, chars: int) -> None:
        """Record finished documents (their input bytes and cleaned characters)."""
        self.done_docs += docs
        self.done_bytes += nbytes
        self.done_chars += chars
        self._bar.update(self._task, completed=self.done_docs, rate=self.rate_text(), eta=self.eta_text())
        self._artifact_update()

    def rate_text(self) -> str:
        seconds = max(1e-9, time.monotonic() - self.started)
        return f"{self.done_docs / seconds:.1f} docs/s, {self.done_chars / seconds / 1000:.0f}K chars/s"

    def eta_seconds(self) -> float | None:
        seconds = time.monotonic() - self.started
        if not self.done_bytes or seconds <= 0:
            return None
        return (self.total_bytes - self.done_bytes) / (self.done_bytes / seconds)

    def eta_text(self) -> str:
        eta = self.eta_seconds()
        if eta is None:
            return "…"
        return f"{int(eta // 60)}:{int(eta % 60):02d}"

    def _description(self) -> str:
        cached = f" ({self.cached} from cache)" if self.cached else ""
        return f"{self.done_docs}/{self.total_docs} documents{cached}; {self.rate_text()}; ETA {self.eta_text()}"

    def _artifact_create(self) -> None:
        try:
            from prefect.artifacts import create_progress_artifact
            from prefect.context import FlowRunContext

            if FlowRunContext.get() is not None:
                self._artifact = create_progress_artifact(0.0, key="extract-progress",
                                                          description=self._description())
        except Exception:  # progress must never break a run
            self._artifact = None

    def _artifact_update(self) -> None:
        if self._artifact is None:
            return
        try:
            from prefect.artifacts import update_progress_artifact

            update_progress_artifact(self._artifact, 100.0 * self.done_docs / max(1, self.total_docs),
                                     description=self._description())
        except Exception:
            self._artifact = None
