"""Every checked-in gold file is valid: schema and values, and its texts occur in the cleaned text.

The cleaned text is what the pipeline produces for raw/<doc_id>.*, since gold `text` fields index
the cleaned text, not the raw file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import validate_gold_file

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
RAW_DIR = ROOT / "raw"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))


def clean_text_for(doc_id: str) -> str:
    """The cleaned text of raw/<doc_id>.* as the pipeline makes it (ingest, then clean)."""
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file

    candidates = sorted(p for p in RAW_DIR.glob(f"{doc_id}.*") if p.is_file())
    if not candidates:
        pytest.fail(f"no raw file for gold document {doc_id} in {RAW_DIR}")
    return clean_document(ingest_file(candidates[0])).text


needs_gold = pytest.mark.skipif(not GOLD_FILES, reason="no gold files in tests/gold")
gold_files = pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])


@needs_gold
@gold_files
def test_gold_file_well_formed(path: Path) -> None:
    """Schema, kinds, units, date values, duplicates, claims vs numbers, doc_id vs file name."""
    problems = validate_gold_file(path, None)
    assert not problems, "\n".join(problems)


@needs_gold
@gold_files
def test_gold_texts_occur_in_clean_text(path: Path) -> None:
    """Every number/date text and organisation mention occurs in the cleaned text."""
    problems = validate_gold_file(path, clean_text_for(path.stem))
    assert not problems, "\n".join(problems)
