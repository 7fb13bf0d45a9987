"""Output tables: exact spec columns, offsets into the cleaned text, atomic and deterministic writes."""

from __future__ import annotations

import codecs
import csv
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
    claim_spans = {(c["number_start"], c["number_end"]) for c in seed_result.rows["claims"]}
    cells = seed_result.rows["tables"]
    for check in seed_result.rows["checks"]:  # the place a check is about, for the review's links
        assert 0 <= check["start"] < check["end"] <= len(text), check
        if check["kind"] in ("claim_vs_table", "multiple_vs_table"):
            assert (check["start"], check["end"]) in claim_spans, check
        elif check["kind"] == "table_sum":
            row_header = check["statement"].split(": ")[0].split(" ", 1)[1]
            row_cells = [c for c in cells if c["row_header"] == row_header]
            assert check["start"] == min(c["start"] for c in row_cells), check
            assert check["end"] == max(c["end"] for c in row_cells), check


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


def test_csv_opens_in_excel_and_reads_back(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark makes Excel on Windows read the Chinese; pandas and csv skip it."""
    frame = to_frame("organizations", [{"doc_id": "d", "sent_id": 0, "start": 0, "end": 3, "text": "工信部",
                                        "canonical": "工业和信息化部", "type": "government"}])
    write_table(tmp_path, "organizations", frame)
    raw = (tmp_path / "organizations.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and raw.count(codecs.BOM_UTF8) == 1
    assert list(pd.read_csv(tmp_path / "organizations.csv").columns) == list(SCHEMA["organizations"])
    with (tmp_path / "organizations.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["canonical"] == "工业和信息化部"
    write_table(tmp_path, "organizations", frame)
    assert (tmp_path / "organizations.csv").read_bytes() == raw


def test_a_signed_bp_cell_is_basis_points() -> None:
    from decimal import Decimal

    from pipeline.extract.table_cells import cell_quantity

    assert cell_quantity("-2BP", "") == (Decimal(-2), "bp", "count")
    assert cell_quantity("+15BP", "")[:2] == (Decimal(15), "bp")
