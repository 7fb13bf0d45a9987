"""Where documents run: a pool of N warm worker processes, each under the per-document limits.

Every document runs in a `pipeline.worker.DocumentRunner` (a child process with the time and memory
limits and crash isolation). `--workers N` makes N of them; the flow's Prefect tasks run on N threads,
and each task borrows one runner for its batch, so N documents are extracted at once, in N processes.
Results are put back in input order, so the tables do not depend on N.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import queue
from collections.abc import Iterator
from contextlib import contextmanager

from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.limits import Limits
from pipeline.worker import DocumentRunner


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_task_runner(workers: int = 1) -> ThreadPoolTaskRunner:
    """Prefect's task runner for `workers` batches at once: threads suffice, the work is in the runners'
    child processes."""
    return ThreadPoolTaskRunner(max_workers=max(1, workers))


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
