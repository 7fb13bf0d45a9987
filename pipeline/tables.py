"""The output tables: one schema (names, columns, dtypes) and atomic, deterministic writing.

Columns follow ../shared/spec/output-tables.md exactly (extra columns come after
the required ones). Every table is written as CSV and Parquet through a temp
file and a rename, so an interrupted run never leaves a half-written table.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

# Column name → pandas dtype. "string" columns hold "" for missing values; nullable
# Int64/Float64 hold <NA>. Order is the column order in the files.
# A span of one sentence (sentences, numbers, dates, organisations) starts with the same columns.
_SPAN: dict[str, str] = {"doc_id": "string", "sent_id": "Int64", "start": "Int64", "end": "Int64", "text": "string"}
SCHEMA: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "string", "source_path": "string", "sha256": "string", "title": "string",
        "document_date": "string", "n_chars": "Int64", "n_sentences": "Int64", "status": "string",
        "error": "string", "format": "string", "encoding": "string", "author": "string",
        "warning": "string", "duplicate_of": "string",
    },
    "sentences": {**_SPAN, "section": "string", "block": "string"},
    "numbers": {
        **_SPAN, "value": "Float64", "unit": "string", "kind": "string", "approx": "string", "value_exact": "string",
    },
    "dates": {**_SPAN, "value": "string", "granularity": "string"},
    "organizations": {**_SPAN, "canonical": "string", "type": "string"},
    "claims": {
        "doc_id": "string", "sent_id": "Int64", "metric": "string", "value": "Float64", "unit": "string",
        "time": "string", "source": "string", "number_start": "Int64", "number_end": "Int64",
    },
    "tables": {
        "doc_id": "string", "table_id": "string", "caption": "string", "row": "Int64", "column": "Int64",
        "row_header": "string", "column_header": "string", "value_text": "string", "value": "Float64",
        "unit": "string", "start": "Int64", "end": "Int64",
    },
    "checks": {
        "doc_id": "string", "check_id": "string", "kind": "string", "statement": "string",
        "expected": "string", "observed": "string", "status": "string", "start": "Int64", "end": "Int64",
    },
}
TABLE_NAMES = list(SCHEMA)
# Rows are sorted by these keys, so re-runs give byte-identical files.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "sentences": ["doc_id", "sent_id"],
    "numbers": ["doc_id", "start", "end", "unit"],
    "dates": ["doc_id", "start", "end"],
    "organizations": ["doc_id", "start", "end"],
    "claims": ["doc_id", "sent_id", "number_start", "metric"],
    "tables": ["doc_id", "table_id", "row", "column"],
    "checks": ["doc_id", "check_id"],
}
REQUIRED_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "sha256", "title", "document_date", "n_chars", "n_sentences",
                  "status", "error"],
    "sentences": ["doc_id", "sent_id", "start", "end", "text", "section"],
    "numbers": ["doc_id", "sent_id", "start", "end", "text", "value", "unit", "kind", "approx"],
    "dates": ["doc_id", "sent_id", "start", "end", "text", "value", "granularity"],
    "organizations": ["doc_id", "sent_id", "start", "end", "text", "canonical", "type"],
    "claims": ["doc_id", "sent_id", "metric", "value", "unit", "time", "source", "number_start", "number_end"],
    "tables": ["doc_id", "table_id", "caption", "row", "column", "row_header", "column_header", "value_text",
               "value", "unit"],
    "checks": ["doc_id", "check_id", "kind", "statement", "expected", "observed", "status"],
}


class SchemaError(ValueError):
    """Rows that do not fit a table's schema: a bug in an extractor, not bad input."""


def _cell(value: object, dtype: str) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return "" if dtype == "string" else pd.NA
    if dtype == "string":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if dtype == "Float64":
        return float(value) if isinstance(value, Decimal | int | float) else float(str(value))
    if dtype == "Int64":
        return int(value)  # type: ignore[call-overload]
    return value


def to_frame(table: str, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows (dicts) → a typed, sorted DataFrame with exactly the schema's columns.

    Built column by column: a value already of the column's type is taken as it is (most are), the
    rest go through `_cell`; the tables of a large run are millions of cells."""
    schema = SCHEMA[table]
    rows = list(rows)
    required = REQUIRED_COLUMNS[table]
    for row in rows:
        if not row.keys() >= _REQUIRED_SETS[table]:
            raise SchemaError(f"{table}: row lacks {[c for c in required if c not in row]}: {row}")
    if rows:
        columns = {col: _column([row.get(col) for row in rows], dtype) for col, dtype in schema.items()}
        if table == "numbers":
            exact = columns["value_exact"]
            for i, row in enumerate(rows):
                if not exact[i] and row.get("value") is not None:
                    exact[i] = format(Decimal(str(row["value"])).normalize(), "f")
        frame = pd.DataFrame(columns, columns=list(schema)).astype(schema)
    else:
        frame = pd.DataFrame({c: pd.Series([], dtype=t) for c, t in schema.items()})
    return frame.sort_values(SORT_KEYS[table], kind="mergesort", na_position="first").reset_index(drop=True)


_REQUIRED_SETS = {table: frozenset(columns) for table, columns in REQUIRED_COLUMNS.items()}
_NATIVE = {"string": str, "Int64": int, "Float64": float}


def _column(values: list[object], dtype: str) -> list[object]:
    """A column's cells as `_cell` makes them."""
    native = _NATIVE.get(dtype)
    if native is float:
        return [v if type(v) is float and v == v else _cell(v, dtype) for v in values]
    return [v if type(v) is native else _cell(v, dtype) for v in values]


# How both writers of a table (`write_table`, and `pipeline.table_writer` document by document) write
# Parquet: the same options, so the two give the same bytes.
PARQUET_OPTIONS: dict[str, object] = {"compression": "zstd", "write_statistics": False}


def temp_beside(path: Path) -> Path:
    """A new empty temporary file in ``path``'s folder, to be renamed onto ``path`` by `move_into_place`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    return Path(tmp)


def move_into_place(tmp: Path, path: Path) -> None:
    """Rename a complete temporary file onto its final name (atomic within one file system)."""
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; outputs are meant to be shared
    os.replace(tmp, path)


def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    tmp = temp_beside(path)
    try:
        write(tmp)
        move_into_place(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write a UTF-8 text file through a temp file and a rename."""
    _atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_table(out_dir: Path, table: str, frame: pd.DataFrame) -> None:
    """Write `<table>.csv` and `<table>.parquet`, each atomically, deterministically.

    The CSV starts with a UTF-8 byte-order mark: without it Excel on Windows reads the file as the
    local code page and shows the Chinese as mojibake; pandas and Python's csv (utf-8-sig) skip it.
    """
    _atomic_write(out_dir / f"{table}.csv",
                  lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\n"))
    arrow = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
    _atomic_write(out_dir / f"{table}.parquet",
                  lambda tmp: pq.write_table(arrow, tmp, **PARQUET_OPTIONS))


def read_table(out_dir: Path, table: str) -> pd.DataFrame:
    """Read a table back with its schema's dtypes (from Parquet)."""
    frame = pd.read_parquet(out_dir / f"{table}.parquet")
    return frame.astype({c: t for c, t in SCHEMA[table].items() if c in frame.columns})
