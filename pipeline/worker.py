"""A warm worker process that runs `process_file` under the time and memory limits.

Time and memory cannot be bounded from inside the code that overruns them (a regex
or a C extension does not look at a timer; the run's Prefect tasks do not run in
the main thread, so no alarm signal either). The worker is a spawned child process
(`python -m pipeline.worker`, talking over two pipes) that loads the models once,
caps its own address space (RLIMIT_AS) above its warm
size, and handles one document per request; the parent waits for each answer with
the time limit and replaces a worker that overran it, ran out of memory or died.
`--workers N` runs N of these runners (`pipeline.runners`); `process_file` stays a
plain, picklable function.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import gc
import os
import signal
import subprocess
import sys
import time
from multiprocessing.connection import Connection

from pipeline.lifetime import tie_to_parent
from pipeline.limits import Limits, timeout_message, too_large_memory
from pipeline.process import DocumentResult, InputFile, failed_result
from pipeline.progress import add_page_listener, page_reporting, report_page

STARTUP_SECONDS = 300.0  # importing spaCy, jieba and the models on a busy machine
STOPPED = "the run was stopped"
# A worker that has grown this much since it was warm is replaced after its document (a fresh one loads
# the models again: a few seconds, against memory that only grows over thousands of documents).
RECYCLE_MB = 384


class WorkerError(RuntimeError):
    """The worker process could not be started: an installation problem, not bad input."""


class DocumentRunner:
    """Process documents one by one in a child process, enforcing `Limits`; a context manager."""

    def __init__(self, limits: Limits, document_date: dt.date | None = None) -> None:
        self.limits = limits
        self.document_date = document_date
        self._process: subprocess.Popen[bytes] | None = None
        self._to_worker: Connection | None = None
        self._from_worker: Connection | None = None
        self._stopped = False
        self._warm_rss: int | None = None

    def __enter__(self) -> DocumentRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, items: list[InputFile]) -> list[DocumentResult]:
        return [self.run_one(item) for item in items]

    def run_one(self, item: InputFile) -> DocumentResult:
        """One document's result; over a limit or a dead worker becomes a failed result."""
        if self._stopped:
            return failed_result(item, STOPPED)
        try:
            to_worker, from_worker = self._ensure_started()
        except WorkerError:
            if self._stopped:  # killed while starting: the run was stopped
                return failed_result(item, STOPPED)
            raise
        to_worker.send(item)
        deadline = time.monotonic() + self.limits.max_seconds if self.limits.max_seconds else None
        try:
            with page_reporting(item.doc_id):  # the worker reports the pages of a long PDF as it reads them
                while True:
                    if not from_worker.poll(None if deadline is None else max(0.0, deadline - time.monotonic())):
                        self._stop(kill=True)
                        return failed_result(item, timeout_message(self.limits.max_seconds))
                    answer = from_worker.recv()
                    if answer[0] != "page":
                        break
                    report_page(answer[1], answer[2])
            result, restart = answer
        except (EOFError, OSError):
            code = self._stop(kill=True)
            if self._stopped:
                return failed_result(item, STOPPED)
            if code == -signal.SIGKILL:  # the kernel's out-of-memory killer
                return failed_result(item, too_large_memory(self.limits.max_memory_mb))
            return failed_result(item, f"worker process died ({_describe_exit(code)})")
        if restart or self._grown():  # after a MemoryError the interpreter's state is not to be trusted
            self._stop(kill=False)
        return result

    def _grown(self) -> bool:
        """The worker holds RECYCLE_MB more than when it was warm (what documents leave behind: strings,
        caches, a fragmented heap): it is replaced before the next document (Linux; elsewhere never)."""
        process = self._process
        if process is None or self._warm_rss is None:
            return False
        now = resident_bytes(process.pid)
        return now is not None and now > self._warm_rss + RECYCLE_MB * 1024 * 1024

    def close(self) -> None:
        self._stop(kill=False)

    def interrupt(self) -> None:
        """From another thread, while `run_one` waits: kill the worker, take no more documents (the run
        was stopped). The waiting thread sees the worker's end and cleans up; pipes are not closed
        under it."""
        self._stopped = True
        process = self._process
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()

    # --- the child process --------------------------------------------------
    def _ensure_started(self) -> tuple[Connection, Connection]:
        if self._process is not None and self._process.poll() is None and self._to_worker and self._from_worker:
            return self._to_worker, self._from_worker
        self._stop(kill=True)
        requests_read, requests_write = os.pipe()
        answers_read, answers_write = os.pipe()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "pipeline.worker", str(requests_read), str(answers_write), str(os.getpid())],
                pass_fds=(requests_read, answers_write), stdin=subprocess.DEVNULL)
        finally:
            os.close(requests_read)
            os.close(answers_write)
        self._process = process
        if self._stopped:  # interrupted while starting it
            process.kill()
        self._to_worker = Connection(requests_write, readable=False)
        self._from_worker = Connection(answers_read, writable=False)
        self._to_worker.send((self.limits, self.document_date))
        if not self._from_worker.poll(STARTUP_SECONDS):
            self._stop(kill=True)
            raise WorkerError(f"the document worker did not start within {STARTUP_SECONDS:g} s")
        try:
            self._from_worker.recv()
        except (EOFError, OSError):
            code = self._stop(kill=True)
            raise WorkerError(f"the document worker failed to start ({_describe_exit(code)})") from None
        self._warm_rss = resident_bytes(process.pid)
        return self._to_worker, self._from_worker

    def _stop(self, kill: bool) -> int | None:
        process, to_worker, from_worker = self._process, self._to_worker, self._from_worker
        self._process, self._to_worker, self._from_worker = None, None, None
        if to_worker is not None:
            if not kill:
                with contextlib.suppress(OSError):
                    to_worker.send(None)  # a clean goodbye
            to_worker.close()
        if from_worker is not None:
            from_worker.close()
        if process is None:
            return None
        if kill:
            process.kill()
        try:
            return process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()


def resident_bytes(pid: int) -> int | None:
    """A process's resident memory (Linux /proc), or None."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when the parent dies, even by SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    tie_to_parent(parent)()


def _address_space() -> int | None:
    """This process's virtual size in bytes (Linux), or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def limit_memory(extra_mb: int) -> None:
    """Cap this process's address space at its current size plus `extra_mb`."""
    import resource

    current = _address_space()
    if current is None or extra_mb <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = current + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


GC_THRESHOLD = 50_000  # allocations between young collections (Python's default is 700)


def settle_garbage_collector() -> None:
    """After warm-up: the models and dictionaries are never garbage, so they are frozen out of every
    collection, and young collections run less often. A PDF's parse allocates millions of short-lived
    objects; with the defaults, the cyclic collector took about a sixth of the reading time."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def release_memory() -> None:
    """After a document: collect its cycles, then hand the C heap's free pages back to the system
    (glibc keeps them otherwise: a long PDF left a worker 50 to 90 MB larger for the rest of the run)."""
    gc.collect()
    trim_heap()


def trim_heap() -> None:
    """Hand the C heap's free pages back to the system (Linux glibc; elsewhere nothing). The run's own
    process calls it after each batch it has written: the batch's results are freed, but glibc would
    keep their pages, and the process would grow with the number of batches."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


def serve(requests: Connection, answers: Connection, parent: int) -> None:
    """The worker's loop: warm up, cap memory, then one document per request until told to stop."""
    _die_with_parent(parent)
    try:
        limits, document_date = requests.recv()
    except (EOFError, OSError):
        return
    from pipeline.process import process_file, warm_up

    warm_up()
    settle_garbage_collector()
    limit_memory(limits.max_memory_mb)
    try:
        answers.send("ready")
    except OSError:
        return
    memory_error = too_large_memory(limits.max_memory_mb)

    def send_page(doc_id: str, number: int, total: int) -> None:
        with contextlib.suppress(OSError):
            answers.send(("page", number, total))

    add_page_listener(send_page)
    while True:
        try:
            item = requests.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        with page_reporting(item.doc_id):
            result = process_file(item, document_date, limits)
        restart = result.error == memory_error
        try:
            answers.send((result, restart))
        except OSError:
            return  # the parent has gone
        except MemoryError:
            answers.send((failed_result(item, memory_error), True))
            restart = True
        if restart:
            return
        del result
        release_memory()


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False), int(sys.argv[3]))
