"""The `pipeline` command: extract, check, review, gold validate, train-ner."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # the pipeline's heavy imports wait until a command needs them
    from pipeline.process import RunSummary

app = typer.Typer(
    help="Extract numbers, dates, organisations and claims from Chinese articles into tables.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
gold_app = typer.Typer(help="Work with the hand-curated gold set.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")
console = Console(stderr=True)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively) to extract.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the tables.")] = Path("extracted"),
    date: Annotated[str | None, typer.Option(
        "--date", help="Document date (YYYY-MM-DD) for relative dates, overriding front matter.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero if any document fails.")] = False,
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder to check against when it has gold.")] = Path(
        "tests/gold"),
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Most documents per Prefect task.")] = 20,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes (default: the number of cores).")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Run on a Dask cluster: its scheduler address (tcp://host:8786), or 'local'.")] = None,
    cache: Annotated[Path | None, typer.Option(
        "--cache", help="Cache folder of per-document results (default OUT/.cache).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every document again.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary (errors still).")] = False,
) -> None:
    """Extract every document into CSV and Parquet tables (a Prefect flow)."""
    document_date = _parse_date(date)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        console.print(f"[red]error:[/red] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    from pipeline.flows import extract_flow, prefect_server_problem
    from pipeline.runners import default_workers, make_task_runner

    problem = prefect_server_problem()
    if problem:
        console.print(f"[red]error:[/red] {problem}")
        raise typer.Exit(2)
    workers = workers or default_workers()
    cache_dir = None if no_cache else (cache or out / ".cache")
    try:
        run = extract_flow.with_options(task_runner=make_task_runner(workers, dask))
        summary = run(paths=paths, out_dir=out, document_date=document_date, gold_dir=gold,
                      batch_size=batch_size, workers=workers, cache_dir=cache_dir, quiet=quiet)
    except KeyboardInterrupt:
        console.print("[yellow]interrupted[/yellow]: tables already written are complete; re-run to finish")
        raise typer.Exit(130) from None
    timings_file = os.environ.get("PIPELINE_TIMINGS")  # bench/throughput.py reads where the time went
    if timings_file and summary.timings is not None:
        Path(timings_file).write_text(json.dumps(summary.timings), encoding="utf-8")
    if quiet:
        for doc_id, error in summary.failures:
            console.print(f"failed {doc_id}: {error}", highlight=False)
    else:
        _print_summary(summary, out)
    if strict and summary.n_failed:
        raise typer.Exit(1)


def _print_summary(summary: RunSummary, out: Path) -> None:
    table = Table(title=f"Extracted into {out}/", show_header=True, header_style="bold")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in summary.rows_per_table.items():
        table.add_row(name, str(count))
    console.print(table)
    status = f"[green]{summary.n_ok} ok[/green], " + (
        f"[red]{summary.n_failed} failed[/red]" if summary.n_failed else "0 failed")
    console.print(f"documents: {status} in {summary.seconds:.1f} s")
    for doc_id, error in summary.failures:
        console.print(f"  [red]failed[/red] {doc_id}: {error}", highlight=False)


@app.command()
def check(
    extracted: Annotated[Path, typer.Option("--extracted", help="Folder of extracted tables.")] = Path("extracted"),
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files.")] = Path("tests/gold"),
    floors: Annotated[Path | None, typer.Option("--floors", help="Floors file (default GOLD/floors.toml).")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List missed gold items and false positives.")] = False,
) -> None:
    """Score extracted tables against the gold set; exit 1 when a score is under its floor."""
    from pipeline.evaluate import run_check

    raise typer.Exit(run_check(extracted, gold, floors, misses))


@app.command()
def review(
    extracted: Annotated[Path, typer.Option("--extracted", help="Folder of extracted tables.")] = Path("extracted"),
    out: Annotated[Path | None, typer.Option("--out", help="HTML file (default EXTRACTED/review.html).")] = None,
) -> None:
    """Write the HTML review report: checks, claims, organisations and the highlighted text."""
    if not (extracted / "documents.parquet").is_file():
        console.print(f"[red]error:[/red] no extracted tables in {extracted} (run `pipeline extract` first)")
        raise typer.Exit(2)
    from pipeline.review import write_report

    console.print(f"Wrote {write_report(extracted, out)}")


@gold_app.command("validate")
def gold_validate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files.")] = Path("tests/gold"),
    extracted: Annotated[Path | None, typer.Option(
        "--extracted", help="Extracted folder whose texts/ the gold texts must occur in.")] = Path("extracted"),
) -> None:
    """Check each gold file: schema, well-formed values, texts occur in the cleaned text, no duplicates."""
    from pipeline.gold import validate_gold_dir

    texts = extracted / "texts" if extracted is not None and (extracted / "texts").is_dir() else None
    problems = validate_gold_dir(gold, texts)
    raise typer.Exit(1 if any(problems.values()) else 0)


@app.command("train-ner")
def train_ner(
    data: Annotated[Path, typer.Option("--data", help="CLUENER2020 train.jsonl.")] = Path(
        "../shared/data/cluener/train.jsonl"),
    out: Annotated[Path, typer.Option("--out", help="Folder for the trained spaCy pipeline.")] = Path(
        "pipeline/models/org_ner"),
    seed: Annotated[int, typer.Option("--seed", help="Seed of training (the 90/10 split has its own fixed seed).")] = 0,
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Stop after this many steps.")] = None,
) -> None:
    """Train the organisation NER model on CLUENER (10% held out) and report its scores."""
    if not data.is_file():
        console.print(f"[red]error:[/red] no training data at {data}")
        raise typer.Exit(2)
    from pipeline.ner.train import train_ner as run_training

    scores = run_training(data, out, seed=seed, max_steps=max_steps)
    console.print(scores)


if __name__ == "__main__":
    app()
