"""The output tables written document by document: a run's memory does not grow with its documents.

`TableWriter` takes one document's rows at a time, in ascending doc_id order (the first sort key of
every table), and appends them to each table's CSV and Parquet file in chunks of at most
`ROWS_PER_CHUNK` rows (plus one document), each chunk typed and sorted by `pipeline.tables.to_frame`.
Because doc_id comes first in every sort key and each document's rows stay in one chunk, the files
are the same bytes as one sort of all rows: the CSV always, the Parquet file too while a table has
at most `ROWS_PER_GROUP` rows (beyond, it has several row groups of the same rows, so that readers
need not decode the whole table at once).
Each file is written under a temporary name and renamed when complete, as `tables.write_table` does.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import PARQUET_OPTIONS, TABLE_NAMES, move_into_place, temp_beside, to_frame

ROWS_PER_CHUNK = 10_000  # rows of one table typed, sorted and appended at once
# Rows of a Parquet row group: a reader of one document's rows (the review, the gold check) decodes a
# group at a time. Tables up to this size are one group, as `pq.write_table` writes them.
ROWS_PER_GROUP = 65_536


class OrderError(ValueError):
    """Documents given out of doc_id order: the tables would not be sorted (a bug in the caller)."""


def arrow_schema(table: str) -> pa.Schema:
    """A table's Parquet schema, as `pa.Table.from_pandas` gives it for the typed frame, without metadata."""
    return pa.Schema.from_pandas(to_frame(table, []), preserve_index=False).remove_metadata()


class _TableFile:
    """One table's CSV and Parquet files, open for appending under temporary names."""

    def __init__(self, out_dir: Path, table: str, rows_per_group: int) -> None:
        self.table = table
        self.final = {"csv": out_dir / f"{table}.csv", "parquet": out_dir / f"{table}.parquet"}
        self.tmp = {kind: temp_beside(path) for kind, path in self.final.items()}
        self.schema = arrow_schema(table)
        self.rows: list[dict[str, Any]] = []  # waiting to be typed and appended
        self.groups: list[pa.Table] = []  # typed, waiting to be written as one row group
        self.group_rows = 0
        self.count = 0
        self.rows_per_group = rows_per_group
        self.csv = open(self.tmp["csv"], "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed in close)
        to_frame(table, []).to_csv(self.csv, index=False, lineterminator="\n")  # the header
        self.parquet = pq.ParquetWriter(self.tmp["parquet"], self.schema, **PARQUET_OPTIONS)
        self.wrote_group = False

    def flush(self) -> None:
        """Type, sort and append the waiting rows (whole documents: called between documents)."""
        if not self.rows:
            return
        frame = to_frame(self.table, self.rows)
        self.rows = []
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, header=False, lineterminator="\n")
        self.csv.write(buffer.getvalue())
        self.groups.append(pa.Table.from_pandas(frame, schema=self.schema, preserve_index=False))
        self.group_rows += len(frame)
        self.count += len(frame)
        if self.group_rows >= self.rows_per_group:
            self._write_group()

    def _write_group(self) -> None:
        group = pa.concat_tables(self.groups).combine_chunks().replace_schema_metadata(None)
        self.groups, self.group_rows = [], 0
        self.parquet.write_table(group, row_group_size=max(len(group), 1))
        self.wrote_group = True

    def close(self) -> None:
        """Write what waits and rename both files into place."""
        self.flush()
        if self.groups or not self.wrote_group:  # an empty table: one empty row group, as write_table makes
            if not self.groups:
                self.groups.append(self.schema.empty_table())
            self._write_group()
        self.parquet.close()
        self.csv.close()
        for kind, tmp in self.tmp.items():
            move_into_place(tmp, self.final[kind])

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.parquet.close()
        with contextlib.suppress(Exception):
            self.csv.close()
        for tmp in self.tmp.values():
            tmp.unlink(missing_ok=True)


class TableWriter:
    """Append documents' rows to every table in `out_dir`; a context manager that commits on success
    and removes its temporary files on error (the previous tables, if any, stay)."""

    def __init__(self, out_dir: Path, rows_per_chunk: int = ROWS_PER_CHUNK,
                 rows_per_group: int = ROWS_PER_GROUP) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.rows_per_chunk = rows_per_chunk
        self.files: dict[str, _TableFile] = {}
        self._last_doc: str | None = None
        try:
            for table in TABLE_NAMES:
                self.files[table] = _TableFile(out_dir, table, rows_per_group)
        except BaseException:
            self.abort()
            raise

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def add(self, doc_id: str, rows: dict[str, list[dict[str, Any]]]) -> None:
        """One document's rows (by table); documents must come in ascending doc_id order."""
        if self._last_doc is not None and doc_id <= self._last_doc:
            raise OrderError(f"document {doc_id!r} after {self._last_doc!r}: the tables would not be sorted")
        self._last_doc = doc_id
        for table, file in self.files.items():
            file.rows.extend(rows.get(table, ()))
            if len(file.rows) >= self.rows_per_chunk:
                file.flush()

    def counts(self) -> dict[str, int]:
        """Rows written per table so far (all of them once closed)."""
        return {table: file.count + len(file.rows) for table, file in self.files.items()}

    def close(self) -> None:
        try:
            for file in self.files.values():
                file.close()
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        for file in self.files.values():
            file.abort()

