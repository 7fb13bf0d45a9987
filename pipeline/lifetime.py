"""Child processes that end with the command: a worker or the temporary Prefect server must not outlive
the run that started it, also when the run is killed (SIGKILL leaves no chance to clean up)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Callable
from typing import Any


def tie_to_parent(parent: int) -> Callable[[], None]:
    """The call that makes the calling child process die with ``parent``, even by SIGKILL (Linux's
    parent-death signal), and exit at once if ``parent`` is already gone. libc is looked up here, in
    the caller, so the call can also run between fork and exec (a Popen ``preexec_fn``)."""
    prctl = _prctl()

    def tie() -> None:
        if prctl is not None:
            with contextlib.suppress(OSError):
                prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the line above
            os._exit(0)

    return tie


def _prctl() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
