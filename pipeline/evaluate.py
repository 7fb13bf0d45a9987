"""The regression gate (`pipeline check`): scores per document, per genre and in all, floors, reports.

Exit codes of `run_check`: 0 all scores at or above their floors, 1 some score under its floor,
2 the check could not run (no gold folder, invalid gold file, invalid floors file).
"""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
from rich.table import Table

from pipeline.gold import GENRES, KINDS, Gold, GoldError, console, load_gold, norm_ws
from pipeline.scoring import (
    SCORED_KINDS,
    DocPredictions,
    KindResult,
    Score,
    _int,
    _rows,
    _str,
    claim_matches,
    micro_average,
    predictions_for,
    read_table,
    score_document,
)
from pipeline.tables import write_text_atomic

FLOOR_METRICS = ("precision", "recall", "f1")
FLOORS_FILE_NAME = "floors.toml"


# --------------------------------------------------------------------------------------------------
# Floors


class FloorsError(Exception):
    """A floors file that cannot be read or names unknown kinds/metrics."""


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """Floors by kind ('overall' too) and metric; unknown names are errors, a typo must not disable a gate."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FloorsError(f"{path}: {exc}") from exc
    floors: dict[str, dict[str, float]] = {}
    for kind, section in data.items():
        if kind not in (*SCORED_KINDS, "overall") or not isinstance(section, dict):
            raise FloorsError(f"{path}: unknown section [{kind}]; expected {[*SCORED_KINDS, 'overall']}")
        floors[kind] = {}
        for metric, value in section.items():
            if metric not in FLOOR_METRICS:
                raise FloorsError(f"{path}: [{kind}] unknown metric {metric!r}; expected {FLOOR_METRICS}")
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise FloorsError(f"{path}: [{kind}] {metric} = {value!r} is not a number in [0, 1]")
            floors[kind][metric] = float(value)
    return floors


def floor_failures(totals: dict[str, Score], floors: dict[str, dict[str, float]]) -> list[str]:
    """Human-readable list of scores under their floors (a tiny epsilon absorbs float noise)."""
    failures = []
    for kind in (*SCORED_KINDS, "overall"):
        for metric in FLOOR_METRICS:
            floor = floors.get(kind, {}).get(metric)
            if floor is None:
                continue
            value = getattr(totals[kind], metric)
            if value + 1e-12 < floor:
                failures.append(f"{kind} {metric} {value:.4f} < floor {floor:.4f}")
    return failures


# --------------------------------------------------------------------------------------------------
# Output

UNKNOWN_GENRE = "other"
ALL_SCOPE = "all"


def genre_of(gold: Gold) -> str:
    """The gold file's genre; files written before genres existed count as 'other'."""
    return gold.genre or UNKNOWN_GENRE


def by_genre(per_doc: dict[str, dict[str, Score]], genres: dict[str, str]) -> dict[str, dict[str, Score]]:
    """Micro-averages per genre (in the guidelines' genre order, then any other), plus 'all'."""
    members: dict[str, list[dict[str, Score]]] = defaultdict(list)
    for doc_id, scores in per_doc.items():
        members[genres.get(doc_id, UNKNOWN_GENRE)].append(scores)
    order = [g for g in GENRES if g in members] + sorted(g for g in members if g not in GENRES)
    result = {g: micro_average(members[g]) for g in order}
    result[ALL_SCOPE] = micro_average(per_doc.values())
    return result


def _with_overall(scores: dict[str, Score]) -> dict[str, Score]:
    total = Score()
    for kind in KINDS:
        total = total + scores[kind]
    return {**scores, "overall": total}


def scores_payload(
    per_doc: dict[str, dict[str, Score]], genres: dict[str, str], failures: list[str]
) -> dict[str, Any]:
    """The content of scores.json (deterministic: sorted documents, rounded floats)."""
    scopes = by_genre(per_doc, genres)
    kinds = (*SCORED_KINDS, "overall")
    return {
        "documents": sorted(per_doc),
        "scores": {k: scopes[ALL_SCOPE][k].as_dict() for k in kinds},
        "per_genre": {g: {k: scores[k].as_dict() for k in kinds} for g, scores in scopes.items() if g != ALL_SCOPE},
        "per_document": {
            d: {"genre": genres.get(d, UNKNOWN_GENRE), **{k: s.as_dict() for k, s in _with_overall(per_doc[d]).items()}}
            for d in sorted(per_doc)
        },
        "floor_failures": failures,
    }


def scores_csv(per_doc: dict[str, dict[str, Score]], genres: dict[str, str]) -> str:
    """scores.csv: one row per (scope, kind); scope 'all' is the micro-average over articles,
    'genre:<name>' the micro-average over a genre's articles, any other scope one article."""
    rows = []
    for scope, scores in by_genre(per_doc, genres).items():
        name = scope if scope == ALL_SCOPE else f"genre:{scope}"
        rows += [{"scope": name, "kind": k, "genre": "" if scope == ALL_SCOPE else scope, **s.as_dict()}
                 for k, s in scores.items()]
    for d in sorted(per_doc):
        rows += [{"scope": d, "kind": k, "genre": genres.get(d, UNKNOWN_GENRE), **s.as_dict()}
                 for k, s in _with_overall(per_doc[d]).items()]
    return pd.DataFrame(rows).to_csv(index=False, lineterminator="\n")


def scores_markdown(payload: dict[str, Any]) -> str:
    """scores.md: the per-genre table (P/R/F1 per kind) as Markdown, for READMEs and reports."""
    kinds = (*SCORED_KINDS, "overall")
    lines = [
        "| genre | docs | " + " | ".join(kinds) + " |",
        "|---|---:|" + "---|" * len(kinds),
    ]
    n_docs: dict[str, int] = defaultdict(int)
    for doc in payload["per_document"].values():
        n_docs[doc["genre"]] += 1
    scopes = [*payload["per_genre"].items(), (ALL_SCOPE, payload["scores"])]
    for scope, scores in scopes:
        cells = [f"{scores[k]['precision']:.3f} / {scores[k]['recall']:.3f} / **{scores[k]['f1']:.3f}**" for k in kinds]
        count = len(payload["per_document"]) if scope == ALL_SCOPE else n_docs[scope]
        lines.append(f"| {scope} | {count} | " + " | ".join(cells) + " |")
    gold = " | ".join(str(payload["scores"][k]["gold"]) for k in kinds)
    lines.append(f"| gold items | | {gold} |")
    return "Precision / recall / **F1**, micro-averaged over the documents of each genre.\n\n" + "\n".join(lines) + "\n"


def write_scores(extracted: Path, payload: dict[str, Any], csv_text: str) -> None:
    """scores.json, scores.csv and scores.md into the extracted folder, each atomically."""
    write_text_atomic(extracted / "scores.json", json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    write_text_atomic(extracted / "scores.csv", csv_text)
    write_text_atomic(extracted / "scores.md", scores_markdown(payload))


def _print_totals(scopes: dict[str, dict[str, Score]], n_docs: int) -> None:
    """One row per (scope, kind): the micro total first, then each genre."""
    table = Table(title=f"Scores against gold ({n_docs} document(s); micro-averaged)")
    for col in ("scope", "kind", "gold", "predicted", "TP", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col in ("scope", "kind") else "right")
    ordered = [ALL_SCOPE, *(g for g in scopes if g != ALL_SCOPE)]
    for n, scope in enumerate(ordered):
        if scope != ALL_SCOPE and len(ordered) == 2:
            break  # a single genre repeats the total
        kinds = (*SCORED_KINDS, "overall")
        for kind in kinds:
            s = scopes[scope][kind]
            table.add_row(
                scope if kind == kinds[0] else "", kind, str(s.n_gold), str(s.n_pred), str(s.tp),
                f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                style="bold" if kind == "overall" else None,
                end_section=kind == kinds[-1] and n < len(ordered) - 1,
            )
    console.print(table)


def _print_per_document(per_doc: dict[str, dict[str, Score]], genres: dict[str, str]) -> None:
    """F1 of every kind per document, grouped by genre, so a weak document stands out."""
    table = Table(title="F1 per document")
    for col in ("document", "genre", *SCORED_KINDS, "overall"):
        table.add_column(col, justify="left" if col in ("document", "genre") else "right")
    for d in sorted(per_doc, key=lambda d: (genres.get(d, UNKNOWN_GENRE), d)):
        scores = _with_overall(per_doc[d])
        table.add_row(d, genres.get(d, UNKNOWN_GENRE), *(f"{scores[k].f1:.3f}" for k in (*SCORED_KINDS, "overall")))
    console.print(table)


def _sentence_lookup(sentences: pd.DataFrame | None, doc_id: str) -> dict[int, str]:
    return {
        int(r["sent_id"]): _str(r.get("text"))
        for r in _rows(sentences, doc_id)
        if _int(r.get("sent_id")) is not None
    }


def _find_sentence(sents: dict[int, str], text: str) -> str:
    """The first sentence holding a gold text (white space ignored); gold items carry no offsets."""
    key = norm_ws(text)
    hits = [s for _, s in sorted(sents.items()) if key and key in norm_ws(s)]
    if not hits:
        return "(not found in any sentence)"
    return hits[0] + (f"  [+{len(hits) - 1} more sentence(s)]" if len(hits) > 1 else "")


def _fmt(value: float | None) -> str:
    """A value as a person wrote it: 293985000000, not 2.93985e+11."""
    if value is None:
        return "null"
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def miss_report(
    gold: Gold, pred: DocPredictions, results: dict[str, KindResult], sents: dict[int, str]
) -> list[tuple[str, str]]:
    """(description, sentence) of every missed gold item and false positive of one article."""

    def sent_of(sent_id: int | None) -> str:
        return sents.get(sent_id, "(no sentence)") if sent_id is not None else "(no sentence)"

    out: list[tuple[str, str]] = []
    r = results["numbers"]
    for n in (gold.numbers[i] for i in r.missed):
        desc = f"missed number {n.text!r} = {_fmt(n.value)} {n.unit!r} {n.kind}"
        out.append((desc, _find_sentence(sents, n.text)))
    for q in (pred.numbers[j] for j in r.false_positives):
        out.append((f"false number {q.text!r} = {_fmt(q.value)} {q.unit!r} {q.kind}", sent_of(q.sent_id)))
    r = results["dates"]
    for d in (gold.dates[i] for i in r.missed):
        out.append((f"missed date {d.text!r} = {d.value}", _find_sentence(sents, d.text)))
    for e in (pred.dates[j] for j in r.false_positives):
        out.append((f"false date {e.text!r} = {e.value}", sent_of(e.sent_id)))
    r = results["organizations"]
    for o in (gold.organizations[i] for i in r.missed):
        first = o.mentions[0] if o.mentions else o.canonical
        out.append((f"missed organisation {o.canonical!r} {o.mentions}", _find_sentence(sents, first)))
    for g in (pred.organizations[j] for j in r.false_positives):
        out.append((f"false organisation {g.canonical!r} {list(g.forms)}", sent_of(g.sent_id)))
    r = results["claims"]
    for c in (gold.claims[i] for i in r.missed):
        out.append((f"missed claim {c.metric!r} = {_fmt(c.value)} {c.unit!r} time={c.time}", c.sentence))
    for k in (pred.claims[j] for j in r.false_positives):
        out.append(
            (f"false claim {k.metric!r} = {_fmt(k.value)} {k.unit!r} time={k.time}", sent_of(k.sent_id))
        )
    found_without_metric = set(results["claims_metric"].missed) - set(results["claims"].missed)
    for c in (gold.claims[i] for i in sorted(found_without_metric)):
        said = sorted({k.metric for k in pred.claims if claim_matches(c, k)})
        out.append((f"wrong metric {said} for claim {c.metric!r} = {_fmt(c.value)} {c.unit!r}", c.sentence))
    return out


def _print_misses(doc_id: str, report: list[tuple[str, str]]) -> None:
    n_missed = sum(1 for desc, _ in report if desc.startswith("missed"))
    n_false = sum(1 for desc, _ in report if desc.startswith("false"))
    n_metric = len(report) - n_missed - n_false
    console.rule(f"{doc_id}: {n_missed} missed, {n_false} false positive(s), {n_metric} wrong metric(s)")
    for desc, sentence in report:
        console.print(f"  {desc}", markup=False, highlight=False)
        console.print(f"      {sentence}", markup=False, highlight=False, style="dim")


def run_check(
    extracted: Path, gold: Path, floors: Path | None, misses: bool, only: set[str] | None = None,
    shown_as: Path | None = None,
) -> int:
    """Score the extracted tables against the gold folder, print, write scores, apply floors.

    Only documents with a gold file are scored; a gold document absent from the extraction scores as
    all missed. With `only` (an extraction run checking its own documents), the gold documents outside
    it are left out, and the floors, which hold for the whole gold set, apply only when none was left
    out. floors=None uses <gold>/floors.toml when it exists. Returns 0 (pass), 1 (under a floor) or 2
    (could not check). ``shown_as`` is the folder named in messages (an extraction scores its
    staging folder, which is published under the output's name).
    """
    if not gold.is_dir():
        console.print(f"[red]Gold folder {gold} does not exist[/red]")
        return 2
    try:
        golds = load_gold(gold)
    except GoldError as exc:
        console.print(f"[red]Invalid gold file[/red] {exc}  (run `pipeline gold validate`)", highlight=False)
        return 2
    left_out = sorted(set(golds) - only) if only is not None else []
    golds = {doc_id: g for doc_id, g in golds.items() if doc_id not in left_out}
    floors_path = floors if floors is not None else gold / FLOORS_FILE_NAME
    floor_values: dict[str, dict[str, float]] = {}
    if left_out:
        console.print(f"Scored the {len(golds)} gold document(s) of this run; the floors hold for the whole gold "
                      f"set ({len(golds) + len(left_out)} documents) and are not applied", highlight=False)
    elif floors is not None or floors_path.is_file():
        try:
            floor_values = load_floors(floors_path)
        except FloorsError as exc:
            console.print(f"[red]Invalid floors[/red] {exc}", highlight=False)
            return 2
    if not golds:
        console.print(f"[yellow]No gold files in {gold}: nothing to score[/yellow]")
    if not extracted.is_dir():
        console.print(f"[red]Extracted folder {extracted} does not exist[/red]")
        return 2

    tables = {name: read_table(extracted, name, set(golds)) for name in (*KINDS, "sentences", "documents")}
    for name in KINDS:
        if tables[name] is None:
            console.print(f"[yellow]No {name}.parquet in {extracted}: scored as no predictions[/yellow]")
    documents = tables["documents"]
    known: set[str] = set()
    failed: set[str] = set()
    if documents is not None and "doc_id" in documents.columns:
        known = set(documents["doc_id"].astype(str))
        if "status" in documents.columns:
            failed = set(documents.loc[documents["status"].astype(str) != "ok", "doc_id"].astype(str))

    per_doc: dict[str, dict[str, Score]] = {}
    for doc_id in sorted(golds):
        if documents is not None and doc_id not in known:
            console.print(
                f"[yellow]{doc_id}: has gold but was not extracted; all its gold items miss[/yellow]"
            )
        elif doc_id in failed:
            console.print(f"[yellow]{doc_id}: has gold but its extraction failed; its gold items all miss[/]")
        pred = predictions_for(tables, doc_id)
        results = score_document(golds[doc_id], pred)
        per_doc[doc_id] = {k: results[k].score for k in SCORED_KINDS}
        if misses:
            sents = _sentence_lookup(tables["sentences"], doc_id)
            _print_misses(doc_id, miss_report(golds[doc_id], pred, results, sents))

    genres = {doc_id: genre_of(g) for doc_id, g in golds.items()}
    scopes = by_genre(per_doc, genres)
    if len(per_doc) > 1:
        _print_per_document(per_doc, genres)
    _print_totals(scopes, len(per_doc))
    failures = floor_failures(scopes[ALL_SCOPE], floor_values)
    write_scores(extracted, scores_payload(per_doc, genres, failures), scores_csv(per_doc, genres))
    console.print(f"Wrote {(shown_as or extracted) / 'scores.json'}, scores.csv and scores.md", highlight=False)
    if failures:
        console.print(f"[red bold]Under floor ({floors_path}):[/red bold]", highlight=False)
        for line in failures:
            console.print(f"  [red]{line}[/red]")
        return 1
    if floor_values:
        console.print(f"[green]All scores at or above the floors of {floors_path}[/green]", highlight=False)
    return 0
