"""One document's review page: its rows, highlighted text, recovered tables, charts and gold comparison.

Every row gets an id (`numbers-3`); its highlight in the text is `m-numbers-3` and its table row
`r-numbers-3`, and each links to the other. Gold comparison reuses the scoring of
pipeline/scoring.py (the rows' order there is the tables' order here), so what the page marks as
missed or false is exactly what `pipeline check` counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from pipeline.gold import Gold, norm_ws
from pipeline.review.charts import Series, chart
from pipeline.review.data import Extracted
from pipeline.review.formatting import format_number
from pipeline.review.markup import Span, render
from pipeline.scoring import SCORED_KINDS, KindResult, Score, predictions_for, score_document

REVIEWED_KINDS = ("numbers", "dates", "organizations", "claims")  # the kinds a gold file holds
LABELS = {"numbers": "NUM", "dates": "DATE", "organizations": "ORG", "claims": "CLAIM", "tables": "CELL",
          "checks": "CHECK"}
MARK_KIND = {"numbers": "number", "dates": "date", "organizations": "org", "claims": "claim", "tables": "cell",
             "checks": "check"}
STATUS_ORDER = {"fail": 0, "unverifiable": 1, "pass": 2}
CHECK_SYMBOL = {"fail": "✗", "pass": "✓"}
_YEAR = re.compile(r"(1[89]|20)\d{2}")
MIN_SERIES_POINTS = 3
MAX_CLAIM_CHARTS = 24


@dataclass
class DocumentPage:
    """Everything the document template shows."""

    doc: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    text_html: Markup | None
    tables: list[dict[str, Any]]
    claim_charts: list[Markup]
    checks: list[dict[str, Any]]
    gold: Gold | None
    scores: dict[str, dict[str, Any]]
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def n_failed_checks(self) -> int:
        return sum(c["status"] == "fail" for c in self.checks)


def _span_of(table: str, row: dict[str, Any]) -> tuple[int, int] | None:
    start, end = (row.get("number_start"), row.get("number_end")) if table == "claims" else (
        row.get("start"), row.get("end"))
    return (int(start), int(end)) if start is not None and end is not None else None


def _tip(table: str, row: dict[str, Any]) -> str:
    """The value a reviewer sees on hover or focus."""
    if table == "numbers":
        extra = f" · {row['approx']}" if row.get("approx") else ""
        return f"number · {format_number(row.get('value'))} {row.get('unit') or ''} · {row.get('kind')}{extra}"
    if table == "dates":
        return f"date · {row.get('value') or 'unresolved'} · {row.get('granularity')}"
    if table == "organizations":
        return f"organisation · {row.get('canonical')} · {row.get('type')}"
    if table == "claims":
        return (f"claim · {row.get('metric')} = {format_number(row.get('value'))} {row.get('unit') or ''}"
                f" · time {row.get('time') or '—'} · source {row.get('source') or '—'}")
    if table == "tables":
        return (f"{row.get('table_id')} · {row.get('row_header')} / {row.get('column_header')} = "
                f"{format_number(row.get('value'))} {row.get('unit') or ''}")
    return f"check {row.get('check_id')} {row.get('status')} · {row.get('statement')}"


def _attrs(row: dict[str, Any], rid: str) -> dict[str, str]:
    """data-* attributes carrying the row's values (doc_id is the page's)."""
    attrs = {f"data-{name.replace('_', '-')}": "" if value is None else str(value)
             for name, value in row.items() if name != "doc_id"}
    attrs["data-rid"] = rid
    attrs["data-tip"] = _tip(rid.rsplit("-", 1)[0], row)
    return attrs


def _gold_item(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row in the shape of a gold file entry, for the corrections the page exports."""
    if table == "numbers":
        return {"text": row["text"], "value": row["value"], "unit": row["unit"], "kind": row["kind"],
                "approx": row.get("approx") or ""}
    if table == "dates":
        return {"text": row["text"], "value": row["value"] or None}
    if table == "organizations":
        return {"canonical": row["canonical"] or row["text"], "type": row["type"], "mentions": [row["text"]]}
    # The claim's sentence is filled in from the page's text on export (repeating it per claim
    # would multiply the page's size).
    return {"metric": row["metric"], "value": row["value"], "unit": row["unit"], "time": row["time"] or None,
            "source": row["source"] or None}


def _gold_marks(rows: dict[str, list[dict[str, Any]]], results: dict[str, KindResult],
                tables: dict[str, Any], doc_id: str) -> None:
    """Set row['gold'] to 'tp' or 'fp' from the scoring results (organisations go by group)."""
    for kind in ("numbers", "dates", "claims"):
        false = set(results[kind].false_positives)
        for i, row in enumerate(rows[kind]):
            row["gold"] = "fp" if i in false else "tp"
    groups = predictions_for(tables, doc_id).organizations
    false_names = {groups[j].canonical for j in results["organizations"].false_positives}
    for row in rows["organizations"]:
        row["gold"] = "fp" if (row.get("canonical") or row.get("text")) in false_names else "tp"


def _locate(text: str, needle: str, used: set[int]) -> tuple[int, int] | None:
    """The first occurrence of needle not yet used by another miss (gold items carry no offsets)."""
    start = text.find(needle) if needle else -1
    while start >= 0 and start in used:
        start = text.find(needle, start + 1)
    if start < 0:
        return None
    used.add(start)
    return start, start + len(needle)


def _misses(gold: Gold, results: dict[str, KindResult], text: str) -> list[dict[str, Any]]:
    """Gold items the extraction missed, each located in the text where possible."""
    used: set[int] = set()
    misses: list[dict[str, Any]] = []
    for i in results["numbers"].missed:
        n = gold.numbers[i]
        approx = f", {n.approx}" if n.approx else ""
        misses.append({"kind": "numbers", "needle": n.text,
                       "desc": f"{n.text} = {format_number(n.value)} {n.unit} ({n.kind}{approx})"})
    for i in results["dates"].missed:
        d = gold.dates[i]
        misses.append({"kind": "dates", "needle": d.text, "desc": f"{d.text} = {d.value or 'null'}"})
    for i in results["organizations"].missed:
        o = gold.organizations[i]
        misses.append({"kind": "organizations", "needle": o.mentions[0] if o.mentions else o.canonical,
                       "desc": f"{o.canonical} ({o.type}): {'、'.join(o.mentions)}"})
    for i in results["claims"].missed:
        c = gold.claims[i]
        misses.append({"kind": "claims", "needle": "", "sentence": c.sentence,
                       "desc": f"{c.metric} = {format_number(c.value)} {c.unit} · time {c.time or '—'}"})
    for k, miss in enumerate(misses):
        miss["rid"] = f"miss-{k}"
        miss["span"] = _locate(text, miss["needle"], used) if text else None
    return misses


def _sentence_of(sentences: list[dict[str, Any]], sentence_text: str) -> int | None:
    """The first sentence holding a gold claim's sentence, white space ignored as in validation."""
    key = norm_ws(sentence_text)
    return next((int(s["sent_id"]) for s in sentences if key and key in norm_ws(s["text"] or "")), None)


def _time_key(time: str) -> tuple[str, str]:
    return (time[:4], time)


def _claim_charts(env: Environment, claims: list[dict[str, Any]], doc_id: str) -> list[Markup]:
    """A line chart per (metric, unit) claimed at three or more distinct times."""
    series: dict[tuple[str, str], dict[str, float]] = {}
    for row in claims:
        if row.get("time") and row.get("value") is not None and "/" not in row["time"]:
            series.setdefault((row["metric"], row["unit"]), {}).setdefault(row["time"], float(row["value"]))
    charts = []
    for (metric, unit), points in sorted(series.items()):
        if len(points) < MIN_SERIES_POINTS or len(charts) >= MAX_CLAIM_CHARTS:
            continue
        times = sorted(points, key=_time_key)
        svg = chart(env, metric, times, [Series(metric, [points[t] for t in times])], unit, "line",
                    chart_id=f"chart-claims-{len(charts)}")
        if svg is not None:
            charts.append(svg)
    return charts


def _recovered_tables(env: Environment, cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cells regrouped into grids with headers, plus a chart per unit (line when rows are years)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for cell in cells:
        grouped.setdefault(cell["table_id"], []).append(cell)
    out = []
    for t, (table_id, group) in enumerate(grouped.items()):
        rows = sorted({int(c["row"]) for c in group})
        columns = sorted({int(c["column"]) for c in group})
        grid = {(int(c["row"]), int(c["column"])): c for c in group}
        col_headers = [next((c["column_header"] for c in group if int(c["column"]) == col and c["column_header"]), "")
                       for col in columns]
        row_headers = [next((c["row_header"] for c in group if int(c["row"]) == r and c["row_header"]), "")
                       for r in rows]
        by_unit: dict[str, list[Series]] = {}
        for col, header in zip(columns, col_headers, strict=True):
            values = [grid[(r, col)]["value"] if (r, col) in grid else None for r in rows]
            units = {grid[(r, col)]["unit"] for r in rows if (r, col) in grid and grid[(r, col)]["value"] is not None}
            if len(units) == 1 and sum(v is not None for v in values) >= 2:
                by_unit.setdefault(units.pop() or "", []).append(Series(header or f"column {col}", values))
        timeline = sum(bool(_YEAR.search(h or "")) for h in row_headers) >= max(MIN_SERIES_POINTS, len(rows) // 2)
        charts = []
        for unit, series in by_unit.items():
            svg = chart(env, f"{table_id}", [h or str(r) for h, r in zip(row_headers, rows, strict=True)], series,
                        unit, "line" if timeline else "bar", chart_id=f"chart-table-{t}-{len(charts)}")
            if svg is not None:
                charts.append(svg)
        out.append({
            "table_id": table_id, "caption": group[0]["caption"], "column_headers": col_headers,
            "rows": [{"header": h, "cells": [grid.get((r, col)) for col in columns]} for h, r in zip(
                row_headers, rows, strict=True)],
            "charts": charts, "anchor": f"table-{t}",
        })
    return out


def build_page(env: Environment, extracted: Extracted, doc: dict[str, Any], gold: Gold | None) -> DocumentPage:
    """The review page of one document (a failed one gets a page with its error)."""
    doc_id = doc["doc_id"]
    rows = {name: [dict(r) for r in extracted.rows(doc_id, name)] for name in
            ("numbers", "dates", "organizations", "claims", "tables", "checks")}
    sentences = extracted.rows(doc_id, "sentences")
    text = extracted.text(doc_id) if doc.get("status") == "ok" else None
    for name, table_rows in rows.items():
        for i, row in enumerate(table_rows):
            row["attrs"] = _attrs(row, f"{name}-{i}")
            row["rid"] = f"{name}-{i}"
            span = _span_of(name, row)
            # a row links to its words only when they are on the page
            row["span"] = span if text is not None and span and 0 <= span[0] < span[1] <= len(text) else None
            row["tip"] = _tip(name, row)
            if name in REVIEWED_KINDS:
                row["item"] = json.dumps(_gold_item(name, row), ensure_ascii=False, sort_keys=True)
    scores: dict[str, dict[str, Any]] = {}
    misses: list[dict[str, Any]] = []
    if gold is not None:
        results = score_document(gold, predictions_for(extracted.tables, doc_id))
        _gold_marks(rows, results, extracted.tables, doc_id)
        misses = _misses(gold, results, text or "")
        for miss in misses:
            if miss["kind"] == "claims":
                miss["sent_id"] = _sentence_of(sentences, miss["sentence"])
        scores = extracted.scores.get(doc_id) or {k: results[k].score.as_dict() for k in SCORED_KINDS}
    text_html = _text_html(text, sentences, rows, misses) if text is not None else None
    checks = sorted(rows["checks"], key=lambda c: (STATUS_ORDER.get(c["status"], 3), c["check_id"]))
    return DocumentPage(
        doc=doc, rows=rows, text_html=text_html, tables=_recovered_tables(env, rows["tables"]),
        claim_charts=_claim_charts(env, rows["claims"], doc_id), checks=checks, gold=gold, scores=scores,
        misses=misses,
    )


def _text_html(text: str, sentences: list[dict[str, Any]], rows: dict[str, list[dict[str, Any]]],
               misses: list[dict[str, Any]]) -> Markup:
    spans = [Span(int(s["start"]), int(s["end"]), "sent", f"s-{s['sent_id']}",
                  {"data-sent": str(s["sent_id"])}, label=str(s["sent_id"])) for s in sentences]
    for name, table_rows in rows.items():
        for row in table_rows:
            if row["span"] is None:
                continue
            classes: tuple[str, ...] = ()
            label = LABELS[name]
            if name == "checks":
                classes = (f"check-{row['status']}",)
                label = f"{row['check_id']} {CHECK_SYMBOL.get(row['status'], '?')}"
            if row.get("gold") == "fp":
                classes, label = ("fp",), f"{label} ✗FP"
            spans.append(Span(*row["span"], MARK_KIND[name], f"m-{row['rid']}", row["attrs"], classes,
                              label, f"r-{row['rid']}"))
    for miss in misses:
        if miss["span"] is not None:
            spans.append(Span(*miss["span"], "miss", f"m-{miss['rid']}",
                              {"data-rid": miss["rid"], "data-gold-kind": miss["kind"],
                               "data-tip": f"missed {miss['kind']} · {miss['desc']}"},
                              label=f"MISSED {LABELS[miss['kind']]}", href=f"r-{miss['rid']}"))
    return render(text, spans)


def score_summary(scores: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Overall figures (summed over kinds) from per-kind score dicts."""
    total = Score()
    for kind in REVIEWED_KINDS:
        s = scores.get(kind)
        if s:
            total = total + Score(int(s.get("gold", 0)), int(s.get("predicted", 0)), int(s.get("tp", 0)))
    return total.as_dict()
