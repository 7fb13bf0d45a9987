"""Rows of the output tables, made from a processed Doc (the one place that does it).

Every row indexes the cleaned text: ``text == doc.text[start:end]``. ``doc_id`` is added by the
caller; ``sent_id`` comes from the ``sentences`` span group.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict
from typing import Any

from spacy.tokens import Doc

from pipeline.extract.table_cells import cell_approx
from pipeline.nlp.doc import records, sentences

Rows = list[dict[str, Any]]


def number_rows(doc: Doc) -> Rows:
    """The ``numbers`` span group: quantities of running text and of table cells."""
    rows = []
    for span in doc.spans.get("numbers", []):
        if span.label_ == "cell":
            cell = span._.cell
            rows.append({"start": cell.start, "end": cell.end, "text": cell.value_text, "value": cell.value,
                         "unit": cell.unit, "kind": cell.kind, "approx": cell_approx(cell.value_text)})
        else:
            q = span._.quantity
            rows.append({"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
                         "kind": q.kind, "approx": q.approx})
    return rows


def date_rows(doc: Doc) -> Rows:
    return [{"start": d.start, "end": d.end, "text": d.text, "value": d.value, "granularity": d.granularity}
            for d in records(doc, "dates", "date")]


def organization_rows(doc: Doc) -> Rows:
    text = doc._.text
    return [{"start": m.start, "end": m.end, "text": text[m.start:m.end], "canonical": m.canonical, "type": m.type}
            for m in records(doc, "organizations", "org")]


def claim_rows(doc: Doc) -> Rows:
    return [asdict(claim) for claim in records(doc, "claims", "claim")]


def table_rows(doc: Doc) -> Rows:
    return [{
        "table_id": table.table_id, "caption": table.caption, "row": cell.row, "column": cell.column,
        "row_header": cell.row_header, "column_header": cell.column_header, "value_text": cell.value_text,
        "value": cell.value, "unit": cell.unit, "start": cell.start, "end": cell.end,
    } for table in doc._.tables or [] for cell in table.cells]


def check_rows(doc: Doc) -> Rows:
    return [dict(check) for check in doc._.checks or []]


def sentence_rows(doc: Doc) -> Rows:
    text = doc._.text
    return [{"sent_id": s.sent_id, "start": s.start, "end": s.end, "text": text[s.start:s.end],
             "section": s.section, "block": s.block} for s in sentences(doc)]


ROW_MAKERS = {
    "tables": table_rows, "numbers": number_rows, "dates": date_rows, "organizations": organization_rows,
    "claims": claim_rows, "checks": check_rows,
}


def extracted_rows(doc: Doc) -> dict[str, Rows]:
    """Rows per extracted table (without doc_id); each row of a sentence-level table gets its sent_id."""
    rows = {table: make(doc) for table, make in ROW_MAKERS.items()}
    listed = sentences(doc)
    starts = [s.start for s in listed]
    for table in ("numbers", "dates", "organizations"):
        for row in rows[table]:
            index = bisect.bisect_right(starts, row["start"]) - 1
            inside = index >= 0 and listed[index].start <= row["start"] < listed[index].end
            row["sent_id"] = listed[index].sent_id if inside else None
    return rows
