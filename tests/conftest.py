"""Shared paths and fixtures. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ID = "000_12112d1d53d7aa15"
SEED = REPO / "raw" / f"{SEED_ID}.txt"
DEV = SHARED / "corpus" / "dev"
GOLD = REPO / "tests" / "gold"


def run_cli(args: list[str], workdir: Path, timeout: int = 900):
    """`pipeline ARGS` as a user runs it, on Prefect's own temporary server (PREFECT_HOME in workdir)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PREFECT_HOME": str(workdir / "prefect-home")}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def gold_set_run(tmp_path_factory) -> Path:
    """One extraction of every gold-set input (raw/ and, when ../shared is there, the dev corpus),
    shared by all tests that score or validate the gold set, so CI extracts each document once."""
    base = tmp_path_factory.mktemp("gold-set")
    out = base / "extracted"
    inputs = ["raw", str(DEV)] if DEV.is_dir() else ["raw"]
    done = run_cli(["extract", *inputs, "--out", str(out), "--gold", str(base / "no-gold")], base)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr + done.stdout
    return out


@pytest.fixture(scope="session")
def seed_clean():
    """The seed article, ingested and cleaned once for the whole test session."""
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file

    return clean_document(ingest_file(SEED))


@pytest.fixture(scope="session")
def seed_doc(seed_clean):
    from pipeline.nlp.language import make_doc

    return make_doc(seed_clean)


@pytest.fixture(scope="session")
def seed_result():
    """All rows of the seed article, extracted without Prefect."""
    from pipeline.process import InputFile, process_file

    result = process_file(InputFile(SEED, SEED_ID))
    assert result.status == "ok", result.error
    return result
