"""Prefect's temporary local server, launched by the command itself: early, quietly, and without
loading the server into the run's own process.

Without PREFECT_API_URL, Prefect starts a temporary server on the first API call: it imports the
whole server application into the run's process (about 2.5 s of CPU and 90 MB, only to launch it in a
subprocess) and the run then waits idle while the server boots. Here the command launches the same
server process (uvicorn on Prefect's app factory, UI off, as `SubprocessASGIServer` does) before it
imports Prefect and the pipeline, so both start side by side; the run then talks to it as to any
server (PREFECT_API_URL). No Prefect import here: this module runs before it.

The server listens on a socket this process binds (port 0: no port guessing, no race with another
run), sits in its own session (a Ctrl-C in the terminal reaches the command only), writes its
console output to a file that is shown only if it fails to start (a stopped run prints no server
shutdown noise), and is killed by the kernel if the command dies (Linux, even by SIGKILL).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from typing import IO

from pipeline.lifetime import tie_to_parent

# Quiet defaults for a local run (set before Prefect is imported; a user's own settings win). The
# temporary server cannot reach the network, so telemetry is off.
QUIET_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # The temporary server may take longer than Prefect's 20 s to start on a busy machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # Per-document errors go to the Prefect run's logs; the command prints its own summary.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "ERROR",
}
# What Prefect's SubprocessASGIServer gives its server process: no UI, ephemeral (no background
# services a one-run server does not need), the final app.
_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
               "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL"}


def apply_quiet_defaults() -> None:
    for key, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(key, value)


class TemporaryServer:
    """One Prefect API server process for this run; `ready()` waits for it, `stop()` ends it."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        app_dir = _prefect_parent()
        self.process: subprocess.Popen[bytes] | None = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory", "prefect.server.api.server:create_app",
             "--fd", str(self._socket.fileno()), "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **_SERVER_ENV}, pass_fds=(self._socket.fileno(),), stdin=subprocess.DEVNULL,
            stdout=self._log, stderr=self._log, start_new_session=True,
            preexec_fn=tie_to_parent(os.getpid()) if sys.platform.startswith("linux") else None)
        atexit.register(self.stop)  # registered before Prefect's own: runs after Prefect has sent its last events

    def ready(self, timeout: float) -> str | None:
        """Wait until the server answers; None, or why it did not start (one line)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            process = self.process
            if process is None or process.poll() is not None:
                return f"cannot start Prefect's temporary local server ({self._failure()})"
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=5) as answer:
                    if answer.status == 200:
                        self._socket.close()  # the server holds its own copy
                        return None
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        self.stop()
        return f"cannot start Prefect's temporary local server (no answer within {timeout:g} s)"

    def stop(self) -> None:
        """End the server (a clean shutdown, then a kill after 5 s); safe to call more than once."""
        process, self.process = self.process, None
        with contextlib.suppress(OSError):
            self._socket.close()
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with contextlib.suppress(OSError):
            self._log.close()

    def _failure(self) -> str:
        code = self.process.returncode if self.process is not None else None
        try:
            self._log.seek(0)
            lines = [line for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        except (OSError, ValueError):
            lines = []
        detail = " ".join(lines[-1].split())[:200] if lines else "no output"
        return f"exit code {code}: {detail}" if code is not None else detail


def launch() -> TemporaryServer | None:
    """Launch the temporary server now unless PREFECT_API_URL names a server in the environment (a
    URL in a Prefect profile is seen only once Prefect is imported: `use` then stops this one)."""
    apply_quiet_defaults()
    if os.environ.get("PREFECT_API_URL"):
        return None
    try:
        return TemporaryServer()
    except OSError:
        return None  # Prefect's own start is the fallback; its fault, if any, is reported there


def _prefect_parent() -> str:
    """The folder holding the installed `prefect` package (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("prefect is not installed")
    return os.path.dirname(next(iter(spec.submodule_search_locations)))
