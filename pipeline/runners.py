"""Where documents run: a pool of N warm worker processes, each under the per-document limits.

Every document runs in a `pipeline.worker.DocumentRunner` (a child process with the time and memory
limits and crash isolation). `--workers N` makes N of them; the flow's Prefect tasks run on N threads,
and each task borrows one runner for its batch, so N documents are extracted at once, in N processes.
On a Dask cluster (`--dask`), tasks run in the Dask workers' processes, which cannot be lent a pipe
of the flow's process: each Dask worker process keeps runners of its own (`ProcessLocalPool`).
Results are put back in input order, so the tables do not depend on N or on where tasks ran.
"""

from __future__ import annotations

import atexit
import datetime as dt
import math
import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.limits import Limits
from pipeline.worker import DocumentRunner


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


LOCAL_DASK = "local"


def make_task_runner(workers: int = 1, dask: str | None = None) -> Any:
    """Prefect's task runner for `workers` batches at once: threads suffice, the work is in the runners'
    child processes. With `dask`, prefect-dask's DaskTaskRunner on the cluster at that address, or on
    a local cluster of `workers` single-threaded worker processes (`dask="local"`)."""
    if not dask:
        return ThreadPoolTaskRunner(max_workers=max(1, workers))
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as err:  # an optional extra: pip install 'zh-facts-pipeline[dask]'
        raise RuntimeError("--dask needs prefect-dask: pip install 'zh-facts-pipeline[dask]'") from err
    if dask == LOCAL_DASK:
        return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return DaskTaskRunner(address=dask)


class Pool(Protocol):
    """What a batch task needs: a runner to borrow for its batch."""

    def borrow(self) -> Any: ...

    def close(self) -> None: ...


def pool_for(task_runner: object, size: int, limits: Limits, document_date: dt.date | None = None) -> Pool:
    """The flow's own pool of runners when its tasks run on threads of this process; otherwise (Dask
    workers, other processes) a picklable pool that makes runners in whichever process runs a task."""
    if task_runner is None or isinstance(task_runner, ThreadPoolTaskRunner):
        return RunnerPool(size, limits, document_date)
    return ProcessLocalPool(limits, document_date)


def batch_size_for(n_items: int, workers: int, largest: int) -> int:
    """Documents per task: few enough that every worker gets several tasks (balance, progress),
    at most ``largest`` so Prefect's per-task cost stays small against the work."""
    if n_items <= 0:
        return 1
    return max(1, min(largest, math.ceil(n_items / (workers * 8))))


class RunnerPool:
    """N DocumentRunners, started lazily; a task borrows one for its batch. A context manager."""

    def __init__(self, size: int, limits: Limits, document_date: dt.date | None = None) -> None:
        self.runners = [DocumentRunner(limits, document_date) for _ in range(max(1, size))]
        self._free: queue.Queue[DocumentRunner] = queue.Queue()
        self._lent: set[int] = set()  # ids of the runners a task holds
        for runner in self.runners:
            self._free.put(runner)

    def __enter__(self) -> RunnerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def borrow(self) -> Iterator[DocumentRunner]:
        runner = self._free.get()
        self._lent.add(id(runner))
        try:
            yield runner
        finally:
            self._lent.discard(id(runner))
            self._free.put(runner)

    def close(self) -> None:
        """Stop every worker; a runner still lent (the run was interrupted) is killed, not waited for."""
        for runner in self.runners:
            if id(runner) in self._lent:
                runner.interrupt()
            else:
                runner.close()


_LOCAL_RUNNERS: dict[tuple[Limits, dt.date | None], queue.Queue[DocumentRunner]] = {}
_LOCAL_LOCK = threading.Lock()


class ProcessLocalPool:
    """A pool that travels: pickled to a Dask worker, it lends a runner of that process (made on first
    use, one per task running at once there, kept warm for the next tasks), so the limits and the
    crash isolation hold on a cluster too. The runners end with the process that holds them."""

    def __init__(self, limits: Limits, document_date: dt.date | None = None) -> None:
        self.limits = limits
        self.document_date = document_date

    def __enter__(self) -> ProcessLocalPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def borrow(self) -> Iterator[DocumentRunner]:
        key = (self.limits, self.document_date)
        with _LOCAL_LOCK:
            if not _LOCAL_RUNNERS:
                atexit.register(_close_local_runners)
            free = _LOCAL_RUNNERS.setdefault(key, queue.Queue())
        try:
            runner = free.get_nowait()
        except queue.Empty:
            runner = DocumentRunner(self.limits, self.document_date)
        try:
            yield runner
        finally:
            free.put(runner)

    def close(self) -> None:
        """Nothing to stop from the flow's process: the runners belong to the processes that ran tasks."""


def _close_local_runners() -> None:
    for free in _LOCAL_RUNNERS.values():
        while not free.empty():
            free.get_nowait().close()
