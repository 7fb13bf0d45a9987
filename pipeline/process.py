"""One document through the stages, and a run's rows into the output folder.

These are the plain functions the Prefect flow wires together; they are tested
without Prefect. An expected fault in one document is recorded in the documents
table and never stops the run.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import clean_document
from pipeline.extract import extract_all
from pipeline.ingest import IngestError, discover_inputs, ingest_file, make_doc_id
from pipeline.segment import build_doc, sentence_id_at
from pipeline.tables import SCHEMA, TABLE_NAMES, to_frame, write_table, write_text_atomic


@dataclass
class DocumentResult:
    """Everything one document contributes to the run: its rows and its cleaned text."""

    doc_id: str
    source_path: str
    status: str
    error: str = ""
    clean_text: str | None = None
    rows: dict[str, list[dict]] = field(default_factory=dict)


@dataclass(frozen=True)
class InputFile:
    path: Path
    doc_id: str


def plan_inputs(paths: list[Path]) -> list[InputFile]:
    """Input files with stable, unique document ids (a repeated name gets a suffix)."""
    seen: Counter[str] = Counter()
    planned = []
    for path in discover_inputs(paths):
        base = make_doc_id(path)
        seen[base] += 1
        planned.append(InputFile(path, base if seen[base] == 1 else f"{base}_{seen[base]}"))
    return planned


def process_file(item: InputFile, document_date: dt.date | None = None) -> DocumentResult:
    """Ingest, clean, segment and extract one file; faults become a failed result."""
    try:
        raw = ingest_file(item.path, doc_id=item.doc_id)
    except IngestError as err:
        return _failed(item, str(err))
    except Exception as err:  # a bug or a broken file we did not foresee: record it, go on
        return _failed(item, f"unexpected {type(err).__name__}: {_one_line(err)}")
    if document_date is not None:
        raw.document_date = document_date
    try:
        clean = clean_document(raw)
        doc = build_doc(clean)
        extracted = extract_all(doc)
    except Exception as err:
        return _failed(item, f"extraction failed: {type(err).__name__}: {_one_line(err)}", raw.sha256)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    rows["documents"] = [{
        "doc_id": raw.doc_id, "source_path": raw.source_path, "sha256": raw.sha256, "title": clean.title,
        "document_date": raw.document_date.isoformat() if raw.document_date else "",
        "n_chars": len(clean.text), "n_sentences": len(doc._.sentences), "status": "ok", "error": "",
        "format": raw.format, "encoding": raw.encoding, "author": clean.author,
    }]
    rows["sentences"] = [{
        "doc_id": raw.doc_id, "sent_id": s.sent_id, "start": s.start, "end": s.end,
        "text": clean.text[s.start:s.end], "section": s.section, "block": s.block,
    } for s in doc._.sentences]
    for table, table_rows in extracted.items():
        for row in table_rows:
            row["doc_id"] = raw.doc_id
            if "sent_id" in SCHEMA[table] and "sent_id" not in row:
                anchor = row.get("start", row.get("number_start"))
                row["sent_id"] = sentence_id_at(doc, anchor) if anchor is not None else None
        rows[table] = table_rows
    return DocumentResult(raw.doc_id, raw.source_path, "ok", clean_text=clean.text, rows=rows)


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] if text else type(err).__name__


def _failed(item: InputFile, error: str, sha256: str = "") -> DocumentResult:
    row = {
        "doc_id": item.doc_id, "source_path": str(item.path), "sha256": sha256, "title": "",
        "document_date": "", "n_chars": 0, "n_sentences": 0, "status": "failed", "error": error,
    }
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    rows["documents"] = [row]
    return DocumentResult(item.doc_id, str(item.path), "failed", error=error, rows=rows)


@dataclass
class RunSummary:
    n_ok: int
    n_failed: int
    rows_per_table: dict[str, int]
    seconds: float
    failures: list[tuple[str, str]]
    check: dict | None = None
    timings: dict | None = None  # how the run spent its time (see flows.extract_flow)


def write_outputs(results: list[DocumentResult], out_dir: Path, started: float | None = None) -> RunSummary:
    """Write cleaned texts and every table (CSV + Parquet), each file atomically."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("scores.json", "scores.csv", "scores.md"):  # scores of the previous tables would mislead
        (out_dir / stale).unlink(missing_ok=True)
    for result in results:
        if result.clean_text is not None:
            write_text_atomic(out_dir / "texts" / f"{result.doc_id}.txt", result.clean_text)
    current = {r.doc_id for r in results if r.clean_text is not None}
    for stale in (out_dir / "texts").glob("*.txt") if (out_dir / "texts").is_dir() else []:
        if stale.stem not in current:  # a document no longer in the input leaves nothing behind
            stale.unlink(missing_ok=True)
    counts = {}
    for table in TABLE_NAMES:
        frame = to_frame(table, (row for result in results for row in result.rows.get(table, [])))
        write_table(out_dir, table, frame)
        counts[table] = len(frame)
    failures = [(r.doc_id, r.error) for r in results if r.status != "ok"]
    return RunSummary(
        n_ok=sum(r.status == "ok" for r in results), n_failed=len(failures), rows_per_table=counts,
        seconds=time.monotonic() - started if started is not None else 0.0, failures=failures,
    )
