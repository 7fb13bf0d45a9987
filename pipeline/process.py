"""One document through the stages, and a run's rows into the output folder.

These are the plain functions the Prefect flow wires together; they are tested
without Prefect. An expected fault in one document is recorded in the documents
table and never stops the run.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import clean_document
from pipeline.discover import assign_doc_ids, discover
from pipeline.ingest import IngestError, RawDocument, ingest_file
from pipeline.limits import DEFAULT_LIMITS, Limits, too_large_bytes, too_large_memory
from pipeline.table_writer import TableWriter
from pipeline.tables import TABLE_NAMES, write_text_atomic


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


@dataclass
class InputPlan:
    """The files a run reads (with their ids) and the files it skips, with why."""

    items: list[InputFile]
    skipped: list[tuple[str, str]]


def plan_inputs(paths: list[Path], exclude: list[Path] | None = None) -> InputPlan:
    """Input files with stable, distinct document ids; `exclude` (the output folder) is never read."""
    found = discover(paths, exclude)
    ids = assign_doc_ids(found.files)
    return InputPlan([InputFile(path, doc_id) for (path, _), doc_id in zip(found.files, ids, strict=True)],
                     found.skipped)


def process_file(item: InputFile, document_date: dt.date | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> DocumentResult:
    """Ingest, clean, segment and extract one file; faults become a failed result.

    The pipeline is `pipeline.nlp` (spaCy components over one Doc). Only the size limit is checked here;
    time and memory are bounded by the worker process that calls this (`pipeline.worker`).
    """
    try:
        size = item.path.stat().st_size
        if limits.max_bytes and size > limits.max_bytes:
            return failed_result(item, too_large_bytes(size, limits.max_bytes))
        raw = ingest_file(item.path, doc_id=item.doc_id, document_date=document_date)
    except IngestError as err:
        return failed_result(item, str(err))
    except OSError as err:
        return failed_result(item, f"cannot read file: {err.strerror or err}")
    except MemoryError:
        return failed_result(item, too_large_memory(limits.max_memory_mb))
    except Exception as err:  # a bug or a broken file we did not foresee: record it, go on
        return failed_result(item, f"unexpected {type(err).__name__}: {_one_line(err)}")
    try:
        clean = clean_document(raw)
        from pipeline.nlp.language import extracted_rows, load, make_doc  # spaCy: only where documents run
        from pipeline.nlp.rows import sentence_rows

        doc = load()(make_doc(clean))
        extracted = extracted_rows(doc)
        sentences = sentence_rows(doc)
    except MemoryError:
        return failed_result(item, too_large_memory(limits.max_memory_mb), raw.sha256)
    except Exception as err:
        return failed_result(item, f"extraction failed: {type(err).__name__}: {_one_line(err)}", raw.sha256)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    rows["documents"] = [{
        "doc_id": raw.doc_id, "source_path": raw.source_path, "sha256": raw.sha256, "title": clean.title,
        "document_date": raw.document_date.isoformat() if raw.document_date else "",
        "n_chars": len(clean.text), "n_sentences": len(sentences), "status": "ok", "error": "",
        "format": raw.format, "encoding": raw.encoding, "author": clean.author,
        "warning": "; ".join(clean.warnings), "duplicate_of": "",
    }]
    rows["sentences"] = [{"doc_id": raw.doc_id, **row} for row in sentences]
    for table, table_rows in extracted.items():
        rows[table] = [{**row, "doc_id": raw.doc_id} for row in table_rows]
    return DocumentResult(raw.doc_id, raw.source_path, "ok", clean_text=clean.text, rows=rows)


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] if text else type(err).__name__


def warm_up() -> None:
    """Load the segmenter and the models once, on a short text (a worker does this before timing)."""
    from pipeline.nlp.language import extracted_rows, load, make_doc

    raw = RawDocument("warm-up", "warm-up", "", "2022年海关总署统计，进出口增长5%。", "text")
    extracted_rows(load()(make_doc(clean_document(raw))))


def failed_result(item: InputFile, error: str, sha256: str = "") -> DocumentResult:
    """A document that could not be extracted: its row in `documents` with a one-line error."""
    error = _one_line(error)
    row = {
        "doc_id": item.doc_id, "source_path": str(item.path), "sha256": sha256, "title": "",
        "document_date": "", "n_chars": 0, "n_sentences": 0, "status": "failed", "error": error,
    }
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    rows["documents"] = [row]
    return DocumentResult(item.doc_id, str(item.path), "failed", error=error, rows=rows)


def flag_duplicates(results: list[DocumentResult]) -> None:
    """Mark a document whose file is byte-identical to an earlier one (by doc_id) in `documents`."""
    first: dict[str, str] = {}
    for result in sorted(results, key=lambda r: r.doc_id):
        flag_duplicate(result, first)


def flag_duplicate(result: DocumentResult, first: dict[str, str]) -> None:
    """Mark `result` when its file's sha256 is in `first` (digest → doc_id of the earliest document with
    it), else record it there; called in doc_id order, so the earliest one is the original."""
    for row in result.rows.get("documents", []):
        digest = row.get("sha256") or ""
        if not digest:
            continue
        if digest in first:
            row["duplicate_of"] = first[digest]
            row["warning"] = "; ".join(filter(None, [row.get("warning", ""), f"identical to {first[digest]}"]))
        else:
            first[digest] = result.doc_id


@dataclass
class RunSummary:
    n_ok: int
    n_failed: int
    rows_per_table: dict[str, int]
    seconds: float
    failures: list[tuple[str, str]]
    check: dict | None = None
    review: Path | None = None  # the review's index page, once written
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    timings: dict | None = None  # how the run spent its time (see flows.extract_flow)


def write_outputs(results: list[DocumentResult], out_dir: Path, started: float | None = None) -> RunSummary:
    """Write cleaned texts and every table (CSV + Parquet) into `out_dir` (a run's staging folder)."""
    return write_ordered(iter(sorted(results, key=lambda r: r.doc_id)), out_dir, started)


def write_ordered(results: Iterator[DocumentResult], out_dir: Path, started: float | None = None) -> RunSummary:
    """`write_outputs` for results that come one at a time in ascending doc_id order (read back from a
    run's spool): each is written and dropped before the next, so memory does not grow with their number."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("scores.json", "scores.csv", "scores.md"):  # scores of the previous tables would mislead
        (out_dir / stale).unlink(missing_ok=True)
    first: dict[str, str] = {}
    n_ok = 0
    failures: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    with TableWriter(out_dir) as writer:
        for result in results:
            flag_duplicate(result, first)
            if result.clean_text is not None:
                write_text_atomic(out_dir / "texts" / f"{result.doc_id}.txt", result.clean_text)
            writer.add(result.doc_id, result.rows)
            n_ok += result.status == "ok"
            if result.status != "ok":
                failures.append((result.doc_id, result.error))
            warnings += [(result.doc_id, row["warning"]) for row in result.rows.get("documents", [])
                         if row.get("warning")]
    return RunSummary(
        n_ok=n_ok, n_failed=len(failures), rows_per_table=writer.counts(),
        seconds=time.monotonic() - started if started is not None else 0.0, failures=failures,
        warnings=sorted(warnings),
    )
