"""What the review reads: the extracted tables, per-document scores and gold files.

Reading is strict about the one thing without which there is nothing to review (documents.parquet)
and lenient elsewhere: a table missing from an older folder counts as empty, and an unreadable
gold file is reported and skipped, so one bad file never hides the whole review.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import ValidationError

from pipeline.gold import Gold
from pipeline.table_writer import arrow_schema
from pipeline.tables import SCHEMA, TABLE_NAMES, read_table, to_frame


class ReviewError(Exception):
    """An expected fault (no tables, unreadable table): one line for the user, no traceback."""


@dataclass
class Extracted:
    """The tables of one extracted folder, split by document once."""

    folder: Path
    tables: dict[str, pd.DataFrame]
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    scores: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # scores.json per_document
    warnings: list[str] = field(default_factory=list)

    def rows(self, doc_id: str, table: str) -> list[dict[str, Any]]:
        return self.by_doc.get(doc_id, {}).get(table, [])

    def text(self, doc_id: str) -> str | None:
        path = self.folder / "texts" / f"{doc_id}.txt"
        return path.read_text(encoding="utf-8") if path.is_file() else None


def _clean(value: Any) -> Any:
    """A cell as a plain Python value: <NA> and NaN become None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _records(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for record in frame.to_dict("records"):
        row = {k: _clean(v) for k, v in record.items()}
        out.setdefault(str(row["doc_id"]), []).append(row)
    return out


def load_extracted(folder: Path) -> Extracted:
    """Read every table of an extracted folder; ReviewError when it holds no extraction."""
    if not (folder / "documents.parquet").is_file():
        raise ReviewError(f"no extracted tables in {folder} (run `pipeline extract` first)")
    tables: dict[str, pd.DataFrame] = {}
    warnings = []
    for name in TABLE_NAMES:
        if not (folder / f"{name}.parquet").is_file():
            warnings.append(f"no {name}.parquet in {folder}: shown as empty")
            tables[name] = to_frame(name, [])
            continue
        try:
            tables[name] = read_table(folder, name)
        except Exception as err:  # pyarrow raises several types for a damaged file
            raise ReviewError(f"cannot read {folder / (name + '.parquet')}: {type(err).__name__}") from err
    extracted = Extracted(folder, tables, warnings=warnings)
    per_table = {name: _records(frame) for name, frame in tables.items()}
    for doc_id in per_table["documents"]:
        extracted.by_doc[doc_id] = {name: rows.get(doc_id, []) for name, rows in per_table.items()}
    extracted.scores = _read_scores(folder, warnings)
    return extracted


BATCH_ROWS = 8192  # rows read from a table at once when walking it document by document


def iter_extracted(folder: Path) -> Iterator[Extracted]:
    """The folder's documents one at a time, in doc_id order, each as an `Extracted` holding only its own
    rows (`by_doc` has the one document; `tables` is empty: `document_tables` fills it when needed).

    The tables are sorted by doc_id (`pipeline.tables.SORT_KEYS`), so every table is read once, in
    batches, side by side: memory holds one document and a batch per table, whatever the folder's size.
    A folder whose tables are not sorted (written by hand) is read whole instead (`load_extracted`).
    """
    if not (folder / "documents.parquet").is_file():
        raise ReviewError(f"no extracted tables in {folder} (run `pipeline extract` first)")
    warnings: list[str] = []
    scores = _read_scores(folder, warnings)
    readers = {}
    for name in TABLE_NAMES:
        if (folder / f"{name}.parquet").is_file():
            readers[name] = _Grouped(folder, name)
        else:
            warnings.append(f"no {name}.parquet in {folder}: shown as empty")
    if not all(reader.sorted for reader in readers.values()):
        whole = load_extracted(folder)
        for doc_id in sorted(whole.by_doc):
            yield Extracted(folder, {}, {doc_id: whole.by_doc[doc_id]}, whole.scores, whole.warnings)
        return
    documents = readers.pop("documents")
    for doc_id, pieces in documents.groups():
        rows = _piece_rows(pieces)
        by_table = {name: reader.pieces_of(doc_id) for name, reader in readers.items()}
        yield Extracted(folder, {}, {doc_id: DocumentRows(rows, by_table)}, scores, warnings)


def document_tables(extracted: Extracted, doc_id: str) -> dict[str, pd.DataFrame]:
    """One document's rows as frames (what `pipeline.scoring.predictions_for` reads)."""
    return {name: pd.DataFrame(extracted.rows(doc_id, name), columns=list(SCHEMA[name])) for name in TABLE_NAMES}


class _Batch:
    """A batch of a table's rows; a document's slice of it becomes row dicts only when its page is made.

    Only the slice is converted: pages are shared between processes by document, so converting the
    whole batch would make every process convert every row."""

    def __init__(self, batch: pa.RecordBatch, table: str, native: bool) -> None:
        self.batch = batch
        self.table = table
        self.native = native  # typed as `pipeline extract` writes the table
        self.floats = [f.name for f in batch.schema if pa.types.is_floating(f.type)]
        self._whole: list[dict[str, Any]] | None = None

    def rows(self, start: int, end: int) -> list[dict[str, Any]]:
        if not self.native:  # a folder written elsewhere: pandas casts its columns to the schema's dtypes
            return self._typed_rows()[start:end]
        rows = self.batch.slice(start, end - start).to_pylist()
        for row in rows:
            for name in self.floats:
                if row[name] != row[name]:  # NaN, shown as missing like a null
                    row[name] = None
        return rows

    def _typed_rows(self) -> list[dict[str, Any]]:
        if self._whole is None:
            dtypes = SCHEMA[self.table]
            frame = self.batch.to_pandas()
            frame = frame.astype({c: t for c, t in dtypes.items() if c in frame.columns})
            self._whole = [{k: _clean(v) for k, v in record.items()} for record in frame.to_dict("records")]
        return self._whole


Pieces = list[tuple[_Batch, int, int]]  # one document's rows: slices of consecutive batches


def _piece_rows(pieces: Pieces) -> list[dict[str, Any]]:
    """One document's rows of a table, from its slices of the table's batches."""
    return [row for batch, a, b in pieces for row in batch.rows(a, b)]


class DocumentRows(dict):
    """One document's rows by table; a table's rows are made when first asked for (a page taken from the
    review's cache never asks, so its rows are never turned into dicts)."""

    def __init__(self, documents: list[dict[str, Any]], pieces: dict[str, Pieces]) -> None:
        super().__init__(documents=documents)
        self._pieces = pieces

    def get(self, table: str, default: Any = None) -> Any:
        if table not in self and table in TABLE_NAMES:
            self[table] = _piece_rows(self._pieces.pop(table, []))
        return super().get(table, default)


class _Grouped:
    """One table read in batches, as (doc_id, pieces) groups in file order."""

    def __init__(self, folder: Path, name: str) -> None:
        self.path = folder / f"{name}.parquet"
        self.name = name
        try:
            file = pq.ParquetFile(self.path)
            self.native = file.schema_arrow.remove_metadata().equals(arrow_schema(name))
            ids = file.read(columns=["doc_id"]).column("doc_id").combine_chunks().cast(pa.string())
            self.sorted = len(ids) < 2 or pc.all(pc.less_equal(ids[:-1], ids[1:])).as_py()
        except Exception as err:  # pyarrow raises several types for a damaged file
            raise ReviewError(f"cannot read {self.path}: {type(err).__name__}") from err
        self._groups = self.groups()
        self._next: tuple[str, Pieces] | None = None

    def groups(self) -> Iterator[tuple[str, Pieces]]:
        current: str | None = None
        pieces: Pieces = []
        try:
            for record_batch in pq.ParquetFile(self.path).iter_batches(batch_size=BATCH_ROWS):
                batch = _Batch(record_batch, self.name, self.native)
                ids = record_batch.column("doc_id").to_pylist()
                start = 0
                for end in range(1, len(ids) + 1):
                    if end < len(ids) and ids[end] == ids[start]:
                        continue
                    doc_id = str(ids[start])
                    if doc_id != current:
                        if current is not None:
                            yield current, pieces
                        current, pieces = doc_id, []
                    pieces.append((batch, start, end))
                    start = end
        except ReviewError:
            raise
        except Exception as err:
            raise ReviewError(f"cannot read {self.path}: {type(err).__name__}") from err
        if current is not None:
            yield current, pieces

    def pieces_of(self, doc_id: str) -> Pieces:
        """The rows of `doc_id`, skipping those of smaller ids (documents not in the documents table)."""
        while True:
            if self._next is None:
                self._next = next(self._groups, None)
                if self._next is None:
                    return []
            group_id, pieces = self._next
            if group_id > doc_id:
                return []
            self._next = None
            if group_id == doc_id:
                return pieces



def _read_scores(folder: Path, warnings: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """`per_document` of scores.json (written by `pipeline check`), or {} when absent or unreadable."""
    path = folder / "scores.json"
    if not path.is_file():
        return {}
    try:
        per_document = json.loads(path.read_text(encoding="utf-8")).get("per_document", {})
    except (OSError, ValueError, AttributeError):
        warnings.append(f"{path} is not readable JSON: scores computed from gold instead")
        return {}
    if not isinstance(per_document, dict):
        return {}
    return {doc_id: kept for doc_id, kinds in per_document.items() if (kept := _usable_scores(kinds))}


SCORE_FIELDS = ("gold", "predicted", "tp", "precision", "recall", "f1")


def _usable_scores(kinds: Any) -> dict[str, dict[str, Any]]:
    """The kinds whose figures the pages can show; anything else (a newer format) is left out."""
    if not isinstance(kinds, dict):
        return {}
    return {kind: figures for kind, figures in kinds.items() if isinstance(figures, dict) and all(
        isinstance(figures.get(f), int | float) and not isinstance(figures.get(f), bool) for f in SCORE_FIELDS)}


def load_gold_file(gold_dir: Path | None, doc_id: str, warnings: list[str]) -> Gold | None:
    """The gold of one document (<gold_dir>/<doc_id>.json), None when there is none or it is invalid."""
    if gold_dir is None:
        return None
    path = gold_dir / f"{doc_id}.json"
    if not path.is_file():
        return None
    try:
        return Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as err:
        warnings.append(f"{path}: not used ({type(err).__name__}); run `pipeline gold validate`")
        return None
