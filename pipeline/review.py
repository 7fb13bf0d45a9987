"""Review: one self-contained HTML report of an extracted folder, for people to check the tables.

It shows each document's checks, claims and organisations, and its cleaned text
with every number, date and organisation highlighted (hover for the normalised
value), so a reviewer reads the facts in the sentences they came from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline.tables import read_table, write_text_atomic

_MARKED = {"numbers": "number", "dates": "date", "organizations": "organization"}


def _title_of(kind: str, row: pd.Series) -> str:
    if kind == "numbers":
        value = row["value_exact"] if row.get("value_exact") else row["value"]
        return f"{value} {row['unit']} ({row['kind']}{', ' + row['approx'] if row['approx'] else ''})"
    if kind == "dates":
        return f"{row['value'] or 'unresolved'} ({row['granularity']})"
    return f"{row['canonical']} ({row['type']})"


def format_number(value: object) -> str:
    """293985000000.0 → 293,985,000,000; 4.874 stays 4.874 (floats come from the Parquet tables)."""
    if value is None or value == "":
        return ""
    number = float(value)  # type: ignore[arg-type]
    return f"{int(number):,}" if number.is_integer() else f"{number:,.10g}"


def annotate(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """The text as HTML with non-overlapping spans wrapped in <mark>; earlier and longer spans win."""
    parts: list[str] = []
    cursor = 0
    for start, end, css, title in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < cursor:
            continue
        parts.append(str(escape(text[cursor:start])))
        parts.append(f'<mark class="{css}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))


def build_report(extracted: Path, shown_as: Path | None = None) -> str:
    """Render the report for an extracted folder (named `shown_as` when it is a run's staging folder)."""
    tables = {name: read_table(extracted, name) for name in
              ("documents", "numbers", "dates", "organizations", "claims", "checks")}
    documents = []
    for doc in tables["documents"].fillna("").to_dict("records"):
        doc_id = doc["doc_id"]
        rows = {name: frame[frame["doc_id"] == doc_id] for name, frame in tables.items() if name != "documents"}
        checks = rows["checks"]
        doc["counts"] = {name: len(frame) for name, frame in rows.items()}
        doc["counts"]["failed_checks"] = int((checks["status"] == "fail").sum())
        doc["checks"] = checks.fillna("").to_dict("records")
        doc["claims"] = rows["claims"].fillna("").to_dict("records")
        orgs = rows["organizations"]
        doc["organizations"] = [
            {"canonical": canonical, "type": group["type"].iloc[0], "mentions": "、".join(sorted(set(group["text"])))}
            for canonical, group in orgs.groupby("canonical", sort=True)
        ]
        text_path = extracted / "texts" / f"{doc_id}.txt"
        if doc["status"] == "ok" and text_path.is_file():
            text = text_path.read_text(encoding="utf-8")
            spans = [(int(r["start"]), int(r["end"]), css, _title_of(kind, r))
                     for kind, css in _MARKED.items() for _, r in rows[kind].fillna("").iterrows()]
            doc["annotated"] = annotate(text, spans)
        documents.append(doc)
    scores = []
    scores_path = extracted / "scores.json"
    if scores_path.is_file():
        overall = json.loads(scores_path.read_text(encoding="utf-8")).get("scores", {})
        for kind, score in overall.items():
            scores.append({"kind": kind, **{k: (f"{v:.3f}" if isinstance(v, float) else v) for k, v in score.items()}})
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["j2", "html"]))
    env.filters["num"] = format_number
    return env.get_template("review.html.j2").render(documents=documents, scores=scores,
                                                         extracted=str(shown_as or extracted))


def write_report(extracted: Path, out: Path | None = None, shown_as: Path | None = None) -> Path:
    """Write the report (default `<extracted>/review.html`) atomically and return its path."""
    path = out or extracted / "review.html"
    write_text_atomic(path, build_report(extracted, shown_as))
    return path
