"""Where documents run: one process, a pool of local processes, or a Dask cluster.

Each choice is a Prefect task runner, so the flow is the same in all three and so is its output
(documents are independent, and results are put back in input order). Worker processes load
the models once each: they live in module-level caches (``load_model``, ``tokenizer``).
"""

from __future__ import annotations

import math
import os

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _one_thread_each() -> None:
    """Worker start-up: numerical libraries use one thread, since the pool already fills the cores."""
    for key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(key, "1")


def make_task_runner(workers: int = 1, dask: str | None = None) -> TaskRunner:
    """A Prefect task runner: a Dask cluster (``dask`` = scheduler address, or "local" for a local
    cluster of ``workers`` processes), a process pool of ``workers``, or the flow's own process."""
    if dask:
        from prefect_dask import DaskTaskRunner

        if dask == "local":
            return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                                  "dashboard_address": None})
        return DaskTaskRunner(address=dask)
    if workers <= 1:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=workers, initializer=_one_thread_each)


def batch_size_for(n_items: int, workers: int, largest: int) -> int:
    """Documents per task: few enough that every worker gets several tasks (balance, progress),
    at most ``largest`` so Prefect's per-task cost stays small against the work."""
    if n_items <= 0:
        return 1
    return max(1, min(largest, math.ceil(n_items / (workers * 8))))
