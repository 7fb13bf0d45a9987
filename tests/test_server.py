"""The temporary Prefect server the command launches itself (pipeline.server): used when no server is
configured, stopped when a Prefect profile names one, its faults one line, never loaded in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

PROBE = textwrap.dedent("""
    import json, sys
    from pipeline.server import launch
    server = launch()
    from pipeline.flows import prefect_server_problem
    problem = prefect_server_problem(server)
    from prefect.settings import get_current_settings
    alive = server is not None and server.process is not None and server.process.poll() is None
    pid = server.process.pid if alive else None
    print(json.dumps({"problem": problem, "url": get_current_settings().api.url, "alive": alive, "pid": pid,
                      "launched": None if server is None else server.api_url,
                      "server_module_loaded": "prefect.server.api.server" in sys.modules}))
""")


def _probe(tmp_path: Path, **env: str) -> dict:
    environment = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), **env}
    environment.pop("PREFECT_API_URL", None)
    environment.update(env)
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=environment, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _gone(pid: int | None) -> bool:
    return pid is None or not Path(f"/proc/{pid}").exists() or \
        Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def test_launched_server_is_used_and_not_loaded_in_process(tmp_path: Path) -> None:
    seen = _probe(tmp_path)
    assert seen["problem"] is None
    assert seen["url"] == seen["launched"] and seen["url"].startswith("http://127.0.0.1:")
    assert seen["alive"] and not seen["server_module_loaded"]
    assert _gone(seen["pid"])  # stopped when the process ended


def test_a_server_named_in_a_prefect_profile_wins(tmp_path: Path) -> None:
    home = tmp_path / "prefect-home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "mine"\n[profiles.mine]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n', encoding="utf-8")
    seen = _probe(tmp_path)
    assert seen["problem"].startswith("cannot reach the Prefect server at PREFECT_API_URL=http://127.0.0.1:9/api")
    assert seen["launched"] and not seen["alive"]  # the launched one was stopped at once


def test_a_server_that_cannot_start_is_one_line(tmp_path: Path) -> None:
    bad = f"sqlite+aiosqlite:///{tmp_path}/no/such/folder/prefect.db"
    seen = _probe(tmp_path, PREFECT_API_DATABASE_CONNECTION_URL=bad)
    assert seen["problem"].startswith("cannot start Prefect's temporary local server (exit code")
    assert "\n" not in seen["problem"] and not seen["alive"]
