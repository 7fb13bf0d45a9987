"""Output tables: exact spec columns, offsets into the cleaned text, atomic and deterministic writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.tables import REQUIRED_COLUMNS, SCHEMA, SchemaError, to_frame, write_table

# The required columns of ../shared/spec/output-tables.md, written out here on purpose:
# a change to the public interface must change this test too.
SPEC_COLUMNS = {
    "documents": "doc_id, source_path, sha256, title, document_date, n_chars, n_sentences, status, error",
    "sentences": "doc_id, sent_id, start, end, text, section",
    "numbers": "doc_id, sent_id, start, end, text, value, unit, kind, approx",
    "dates": "doc_id, sent_id, start, end, text, value, granularity",
    "organizations": "doc_id, sent_id, start, end, text, canonical, type",
    "claims": "doc_id, sent_id, metric, value, unit, time, source, number_start, number_end",
    "tables": "doc_id, table_id, caption, row, column, row_header, column_header, value_text, value, unit",
    "checks": "doc_id, check_id, kind, statement, expected, observed, status",
}


def test_schema_matches_spec() -> None:
    assert set(SCHEMA) == set(SPEC_COLUMNS)
    for table, columns in SPEC_COLUMNS.items():
        required = [c.strip() for c in columns.split(",")]
        assert REQUIRED_COLUMNS[table] == required
        assert list(SCHEMA[table])[: len(required)] == required, f"{table}: required columns come first"


def test_offsets_index_the_cleaned_text(seed_result) -> None:
    text = seed_result.clean_text
    for table in ("sentences", "numbers", "dates", "organizations"):
        for row in seed_result.rows[table]:
            assert row["text"] == text[row["start"]:row["end"]], (table, row)
    for row in seed_result.rows["claims"]:
        assert 0 <= row["number_start"] < row["number_end"] <= len(text)
    for row in seed_result.rows["tables"]:
        assert row["value_text"] == text[row["start"]:row["end"]]


def test_every_row_has_a_sentence(seed_result) -> None:
    n_sentences = len(seed_result.rows["sentences"])
    for table in ("numbers", "dates", "organizations", "claims"):
        for row in seed_result.rows[table]:
            assert row["sent_id"] is not None and 0 <= row["sent_id"] < n_sentences, (table, row)


def test_rows_missing_a_required_column_are_rejected() -> None:
    with pytest.raises(SchemaError):
        to_frame("dates", [{"doc_id": "d", "start": 0, "end": 4, "text": "2020年"}])


def test_write_is_atomic_and_leaves_old_file_on_failure(tmp_path: Path, monkeypatch) -> None:
    frame = to_frame("checks", [{"doc_id": "d", "check_id": "C001", "kind": "k", "statement": "s",
                                 "expected": "1", "observed": "1", "status": "pass"}])
    write_table(tmp_path, "checks", frame)
    before = (tmp_path / "checks.csv").read_bytes()

    def explode(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", explode)
    with pytest.raises(OSError):
        write_table(tmp_path, "checks", frame.iloc[0:0])
    assert (tmp_path / "checks.csv").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_rows_sorted_deterministically() -> None:
    rows = [{"doc_id": "b", "sent_id": 1, "start": 5, "end": 9, "text": "x", "value": "2020",
             "granularity": "year"},
            {"doc_id": "a", "sent_id": 0, "start": 7, "end": 9, "text": "y", "value": None, "granularity": ""}]
    frame = to_frame("dates", rows)
    assert list(frame["doc_id"]) == ["a", "b"]
    assert frame.loc[0, "value"] == ""
