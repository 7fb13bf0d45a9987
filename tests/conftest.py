"""Shared paths and fixtures. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ID = "000_12112d1d53d7aa15"
SEED = REPO / "raw" / f"{SEED_ID}.txt"


@pytest.fixture(scope="session")
def seed_clean():
    """The seed article, ingested and cleaned once for the whole test session."""
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file

    return clean_document(ingest_file(SEED))


@pytest.fixture(scope="session")
def seed_doc(seed_clean):
    from pipeline.segment import build_doc

    return build_doc(seed_clean)


@pytest.fixture(scope="session")
def seed_result():
    """All rows of the seed article, extracted without Prefect."""
    from pipeline.process import InputFile, process_file

    result = process_file(InputFile(SEED, SEED_ID))
    assert result.status == "ok", result.error
    return result
