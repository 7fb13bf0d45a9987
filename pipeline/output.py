"""The output folder: checked before any work, locked for one run, replaced all at once.

A run writes every table, text, score and report into a staging folder next to the
output folder and swaps it in only when all of it is complete, so an interrupted,
killed or failed run leaves the previous output as it was. The swap is one atomic
`renameat2(RENAME_EXCHANGE)` on Linux; elsewhere two renames, with a recovery of the
previous output at the start of the next run if a crash fell between them. A lock
file next to the output folder keeps two runs from writing into it at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import sys
from pathlib import Path

from pipeline.discover import OUTPUT_MARKER

# Files that show a folder holds an earlier run's output (older runs wrote no marker).
_OUTPUT_FILES = (OUTPUT_MARKER, "documents.parquet", "documents.csv")


class OutputError(Exception):
    """The output folder cannot be used; the message is one line for the user."""


def _hidden(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.{kind}"


def check_output_dir(out: Path, inputs: list[Path]) -> None:
    """Refuse, before any work, an output folder this run could not or must not replace."""
    out = out.absolute()
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output {out} is a file, not a folder")
    real = out.resolve()
    for path in inputs:
        source = path.resolve()
        if source == real or source.is_relative_to(real):
            raise OutputError(f"the output folder {out} holds the input {path}; choose another --out")
    visible = out.is_dir() and any(not p.name.startswith(".") for p in out.iterdir())  # .gitkeep is fine
    if visible and not any((out / name).exists() for name in _OUTPUT_FILES):
        raise OutputError(f"the output folder {out} is not empty and holds no earlier output; "
                          "choose a new or empty folder (a run replaces its output folder as a whole)")
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create the output folder {out}: {err.strerror or err}") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write the output folder {out}: {parent} is not writable")


class OutputFolder:
    """Hold the lock of an output folder and stage a run's output; `commit` swaps it in.

    Use as a context manager: leaving it without `commit` (an error, Ctrl-C, SIGTERM)
    removes the staging folder and leaves the previous output untouched.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.absolute()
        self.staging = staging_dir(self.out)
        self._lock_file: int | None = None

    def __enter__(self) -> OutputFolder:
        self._lock()
        try:
            self._recover()
            self.staging.mkdir()
            self._keep_hidden_files()
            (self.staging / OUTPUT_MARKER).write_text(
                "Output of `pipeline extract`; a run over a folder holding this one never reads it.\n",
                encoding="utf-8")
        except OSError as err:
            self._discard()
            self._unlock()
            raise OutputError(f"cannot write next to the output folder {self.out}: {err.strerror or err}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self._discard()
        self._unlock()

    def commit(self) -> None:
        publish(self.staging, self.out)

    def _keep_hidden_files(self) -> None:
        """Hidden files of the previous output that are not ours (.gitkeep, .gitignore) stay."""
        if not self.out.is_dir():
            return
        for path in self.out.iterdir():
            if path.name.startswith(".") and path.name != OUTPUT_MARKER and path.is_file():
                shutil.copy2(path, self.staging / path.name)

    # --- the lock ----------------------------------------------------------
    def _lock(self) -> None:
        import fcntl

        path = _hidden(self.out, "lock")
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputError(f"cannot write next to the output folder {self.out}: {err.strerror or err}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            owner = os.pread(handle, 32, 0).decode("ascii", "replace").strip()
            os.close(handle)
            raise OutputError(f"another run (process {owner or '?'}) is writing into {self.out}; "
                              "wait for it to finish") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        self._lock_file = handle  # the kernel releases the lock when this process ends, however

    def _unlock(self) -> None:
        if self._lock_file is not None:
            os.close(self._lock_file)
            self._lock_file = None

    # --- leftovers of a killed run -------------------------------------------
    def _recover(self) -> None:
        """Under the lock: put back an output a crash left renamed away, drop stale staging."""
        previous = _hidden(self.out, "previous")
        if previous.exists():
            if self.out.exists():
                shutil.rmtree(previous)
            else:
                os.rename(previous, self.out)
        self._discard()

    def _discard(self) -> None:
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def staging_dir(out: Path) -> Path:
    """Where a run into `out` writes before its output is complete."""
    return _hidden(out.absolute(), "staging")


def publish(staging: Path, out: Path) -> None:
    """Swap a complete staging folder in for the output folder, atomically where possible.

    The caller holds the output folder's lock (`OutputFolder`).
    """
    out = out.absolute()
    _fsync_tree(staging)
    if not out.exists():
        os.rename(staging, out)
    elif _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # now the previous output
    else:
        previous = _hidden(out, "previous")
        os.rename(out, previous)
        os.rename(staging, out)
        shutil.rmtree(previous, ignore_errors=True)
    _fsync_dir(out.parent)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel or a file system without exchange
    raise OSError(code, os.strerror(code), str(b))


def _fsync_tree(folder: Path) -> None:
    """Flush the staged files to disk, so the swapped-in output survives a power cut."""
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with contextlib.suppress(OSError), open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
