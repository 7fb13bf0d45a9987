"""Shared paths and fixtures. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the fuzz tests with a fixed seed, so a green run stays green on the same code; a developer can
# explore more with HYPOTHESIS_PROFILE=explore.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))

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


def claim_rows(text: str, document_date: dt.date | None = None, *, in_order: bool = False) -> list[dict]:
    """The claim rows of ``text`` taken as a document of ``document_date`` (None: undated), as the pipeline lists them
    or, ``in_order``, in the order of their numbers: the one runner of the claim tests (their helpers read it)."""
    from pipeline.nlp.language import doc_from_text, extract_all

    claims = extract_all(doc_from_text(text, document_date=document_date))["claims"]
    return sorted(claims, key=lambda c: c["number_start"]) if in_order else claims


def claims_by_value(claims: list[dict]) -> dict[Decimal, dict]:
    """The claims by their values (a value given twice: the later claim)."""
    return {Decimal(str(c["value"])): c for c in claims}


def claim_metrics(text: str) -> list[tuple[Decimal, str]]:
    """Each claim's value and metric in ``text``, in the order of their numbers (the claim metric tests' `_metrics`)."""
    return [(Decimal(str(c["value"])), c["metric"]) for c in claim_rows(text, in_order=True)]


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


@pytest.fixture(scope="module")
def harness():
    """Prefect's test harness (its own temporary server) for the flow tests of one module."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


# A document whose text, title and extracted values try to inject markup into the review pages.
HOSTILE_TEXT = (
    '<script>window.__pwned = 1;</script>华为公司" onmouseover="window.__pwned=2" x="年报\n\n'
    "2020年，华为公司营业收入增长5%，达到8914亿元。2021年华为公司营业收入增长8%，2022年华为公司营业收入增长9%。"
    '<b onmouseover="window.__pwned=3">粗体</b>工信部表示，2023年营业收入增长12%。'
    "进口占比由3%提高到5%。出口占比由3%下降到5%。\n"
)


@pytest.fixture(scope="session")
def review_extracted(tmp_path_factory, seed_result):
    """An extracted folder with the seed, a hostile document and a failed one, as `pipeline extract` writes it."""
    from pipeline.process import InputFile, process_file, write_outputs

    raw = tmp_path_factory.mktemp("review-raw")
    (raw / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (raw / "broken.pdf").write_bytes(b"not a pdf at all")
    results = [seed_result, *(process_file(InputFile(raw / name, name.split(".")[0]))
                              for name in ("hostile.txt", "broken.pdf"))]
    assert [r.status for r in results] == ["ok", "ok", "failed"]
    out = tmp_path_factory.mktemp("review-extracted")
    write_outputs(results, out)
    return out
