"""The gold set is the yardstick: every gold-set document has a valid gold file, and the extractors
stay at or above the floors on the whole set (seed + the dev corpus of ../shared, when present).

Gold `text` fields index the cleaned text, so validation reads the cleaned texts of one shared
extraction run (`gold_set_run`), which is also what the regression gate scores.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.gold import GENRES, load_gold, validate_gold_file
from pipeline.ingest import make_doc_id

from .conftest import DEV, GOLD, run_cli

GOLD_FILES = sorted(GOLD.glob("*.json"))
DEV_FILES = sorted(p for p in DEV.iterdir() if p.is_file()) if DEV.is_dir() else []
needs_dev = pytest.mark.skipif(not DEV_FILES, reason="../shared/corpus/dev is absent")


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_file_well_formed(path: Path) -> None:
    """Schema, kinds, units, date values, duplicates, claims vs numbers, doc_id vs file name, a genre."""
    problems = validate_gold_file(path, None)
    assert not problems, "\n".join(problems)
    assert json.loads(path.read_text(encoding="utf-8")).get("genre") in GENRES


@needs_dev
@pytest.mark.parametrize("source", DEV_FILES, ids=[p.name for p in DEV_FILES])
def test_every_dev_document_has_gold(source: Path) -> None:
    assert (GOLD / f"{make_doc_id(source)}.json").is_file(), f"no gold file for {source.name}"


@pytest.fixture(scope="module")
def gold_folder(gold_set_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gold of the documents the run extracted: the whole set with ../shared; without it, the
    seed's alone (the dev documents' gold would only count as missed), with the floors."""
    if DEV_FILES:
        return GOLD
    folder = tmp_path_factory.mktemp("gold-of-raw")
    extracted = {p.stem for p in (gold_set_run / "texts").glob("*.txt")}
    for path in GOLD.iterdir():
        if path.suffix != ".json" or path.stem in extracted:
            shutil.copy(path, folder / path.name)
    return folder


def test_gold_texts_occur_in_clean_text(gold_set_run: Path, gold_folder: Path) -> None:
    """`pipeline gold validate`: every number/date text and mention occurs in its document's cleaned text."""
    done = run_cli(["gold", "validate", "--gold", str(gold_folder), "--extracted", str(gold_set_run)],
                   gold_set_run.parent)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert "occurrence not checked" not in done.stdout, "a gold document was not extracted"


def test_gold_regression_gate(gold_set_run: Path, gold_folder: Path) -> None:
    """Scores on the whole gold set stay at or above tests/gold/floors.toml, per kind (micro F1 etc.)."""
    done = run_cli(["check", "--gold", str(gold_folder), "--extracted", str(gold_set_run)], gold_set_run.parent)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    scores = json.loads((gold_set_run / "scores.json").read_text(encoding="utf-8"))
    scored = set(scores["documents"])
    assert {p.stem for p in (gold_set_run / "texts").glob("*.txt")} <= scored  # every input has gold
    golds = load_gold(gold_folder)
    genres = {g.genre for doc_id, g in golds.items() if doc_id in scored}
    assert set(scores["per_genre"]) == genres
    assert "claims_metric" in scores["scores"]
