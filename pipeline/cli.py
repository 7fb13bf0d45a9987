"""The `pipeline` command: extract, check, review, gold validate, gold import, train-ner."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # the pipeline's heavy imports wait until a command needs them
    from pipeline.process import RunSummary

EXIT_CODES = """Exit codes: 0 done (a document that failed is recorded in `documents` with its error);
1 a document failed under --strict, or a score is under its floor (check);
2 refused before any work: a bad option, a missing input, an unusable or busy output folder,
an unreachable Prefect server, a missing gold or extracted folder;
3 the output could not be written (disk full, permissions): the previous output is untouched;
130 interrupted (Ctrl-C), 143 terminated (SIGTERM): nothing written, the previous output untouched."""

app = typer.Typer(
    help="Extract numbers, dates, organisations and claims from Chinese articles into tables.",
    epilog=EXIT_CODES, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
gold_app = typer.Typer(help="Work with the hand-curated gold set.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")
console = Console(stderr=True)
# Defaults of the per-document limits (pipeline.limits.Limits), repeated here to keep `--help` fast.
DEFAULT_MAX_MB, DEFAULT_MAX_SECONDS, DEFAULT_MAX_MEMORY = 32.0, 300.0, 2048
REVIEW_TABLES = ("documents", "numbers", "dates", "organizations", "claims", "checks")


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that clean-up (the staging folder, Prefect's server) runs."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


@app.command(epilog=EXIT_CODES)
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively) to extract.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the tables.")] = Path("extracted"),
    date: Annotated[str | None, typer.Option(
        "--date", help="Document date (YYYY-MM-DD) for relative dates, overriding front matter.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 (and fail the Prefect run) if any document "
                                                          "fails.")] = False,
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder to check against when it has gold.")] = Path(
        "tests/gold"),
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Most documents per Prefect task.")] = 20,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes extracting at once (default: the number of cores).")] = None,
    cache: Annotated[Path | None, typer.Option(
        "--cache", help="Cache folder of per-document results (default .OUT.cache next to the output).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every document again.")] = False,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS", help="Run the documents' tasks on the Dask cluster at ADDRESS "
        "(tcp://host:8786), or on a local cluster of --workers processes ('local'); needs prefect-dask.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary (errors still).")] = False,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0, help="Largest input file in MB (0: no limit).")] = (
        DEFAULT_MAX_MB),
    max_seconds: Annotated[float, typer.Option("--max-seconds", min=0, help="Time limit per document in seconds "
                                                                           "(0: none).")] = DEFAULT_MAX_SECONDS,
    max_memory_mb: Annotated[int, typer.Option("--max-memory-mb", min=0, help="Memory a document may use in MB "
                                                                             "(0: no limit).")] = DEFAULT_MAX_MEMORY,
    resources: Annotated[Path | None, typer.Option(
        "--resources", help="Your resource folder, read after the package's (user_dict.txt, organizations.tsv, "
        "units.yaml …).")] = None,
    org_lexicon: Annotated[list[Path] | None, typer.Option(
        "--org-lexicon", help="An organisation lexicon of yours (TSV: canonical, type, aliases joined by |), "
        "read after the package's; repeat for several files. Also: [organizations] lexicon in ./pipeline.toml."
    )] = None,
) -> None:
    """Extract every document into CSV and Parquet tables (a Prefect flow).

    The output folder is replaced as a whole when the run is complete; a run that
    fails or is stopped leaves the previous output as it was.
    """
    marks = {"command": time.monotonic()}  # where a run's time goes (PIPELINE_TIMINGS, bench/throughput.py)
    document_date = _parse_date(date)
    if resources is not None:
        if not resources.is_dir():
            _fail(f"no such resource folder: {resources}", 2)
        os.environ["PIPELINE_RESOURCES"] = str(resources.resolve())  # read by pipeline.resources
    if org_lexicon:
        missing_lexicons = [str(p) for p in org_lexicon if not p.is_file()]
        if missing_lexicons:
            _fail(f"no such organisation lexicon: {', '.join(missing_lexicons)}", 2)
        # read by pipeline.resources.org_lexicon_files (also in worker processes)
        os.environ["PIPELINE_ORG_LEXICON"] = os.pathsep.join(str(p.resolve()) for p in org_lexicon)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}", 2)
    _check_user_resources()
    from pipeline.limits import MB, Limits
    from pipeline.output import OutputError, OutputFolder, check_output_dir

    try:
        check_output_dir(out, paths)
    except OutputError as err:
        _fail(str(err), 2)
    limits = Limits(max_bytes=int(max_mb * MB), max_seconds=max_seconds, max_memory_mb=max_memory_mb)
    from pipeline.server import launch

    server = launch()  # Prefect's temporary server boots while Prefect and the pipeline are imported
    from pipeline.cache import default_cache_dir
    from pipeline.flows import WriteFailure, extract_flow, prefect_server_problem
    from pipeline.runners import default_workers, make_task_runner

    marks["imported"] = time.monotonic()
    problem = prefect_server_problem(server)
    if problem:
        _fail(problem, 2)
    marks["server_ready"] = time.monotonic()
    workers = workers or default_workers()
    cache_dir = None if no_cache else (cache or default_cache_dir(out))
    try:
        task_runner = make_task_runner(workers, dask)
    except RuntimeError as err:
        _fail(str(err), 2)
    run = extract_flow.with_options(task_runner=task_runner)
    untouched = f"{out} is as it was" if out.exists() else f"{out} was not created"
    previous_handler = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        with OutputFolder(out) as output:
            marks["flow_call"] = time.monotonic()
            state = run(paths=paths, out_dir=out, document_date=document_date, gold_dir=gold,
                        batch_size=batch_size, limits=limits, strict=strict, staging=output.staging,
                        workers=workers, cache_dir=cache_dir, quiet=quiet, return_state=True)
            result = state.result(raise_on_failure=False)
            marks["flow_return"] = time.monotonic()
    except OutputError as err:
        _fail(str(err), 2)
    except KeyboardInterrupt:
        _fail(f"no table was written; {untouched}", 130, "interrupted")
    except BaseException as err:
        if isinstance(err, Terminated) or type(err).__name__ == "TerminationSignal":  # ours or Prefect's
            _fail(f"no table was written; {untouched}", 143, "terminated")
        raise
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
    if isinstance(result, WriteFailure):
        _fail(f"{result.message}; {untouched}", 3)
    if isinstance(result, BaseException):
        raise result  # a bug: show it
    timings_file = os.environ.get("PIPELINE_TIMINGS")  # bench/throughput.py reads where the time went
    if timings_file and result.timings is not None:
        import json

        Path(timings_file).write_text(json.dumps({**result.timings, "marks": marks}), encoding="utf-8")
    if quiet:
        for doc_id, error in result.failures:
            console.print(f"failed {doc_id}: {error}", highlight=False, soft_wrap=True)
    else:
        _print_summary(result, out)
    if strict and result.n_failed:
        raise typer.Exit(1)


def _check_user_resources() -> None:
    """The user's rules files and organisation lexicons, read once before the run: a bad one is one line and exit
    2, not a traceback from every worker process that loads it."""
    from pipeline.resources import check_user_yaml, org_lexicon_files, resource_files

    try:
        check_user_yaml()
        lexicons = [*resource_files("organizations.tsv")[1:], *org_lexicon_files()]
        if lexicons:  # (the lexicon reader's module loads spaCy: only a run with lexicons of its own pays for it)
            from pipeline.extract.organizations.base import read_lexicon

            for path in lexicons:
                try:
                    read_lexicon(path)
                except UnicodeDecodeError:
                    raise ValueError(f"{path}: not UTF-8 text") from None
    except (OSError, ValueError) as err:
        _fail(f"bad resource file: {err}", 2)


def _fail(message: str, code: int, label: str = "error") -> None:
    """One line on stderr and the exit code: an expected fault needs no traceback."""
    console.print(f"[red]{label}:[/red] {' '.join(message.split())}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


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
        console.print(f"  [red]failed[/red] {doc_id}: {error}", highlight=False, soft_wrap=True)
    for doc_id, warning in summary.warnings:
        console.print(f"  [yellow]warning[/yellow] {doc_id}: {warning}", highlight=False, soft_wrap=True)
    if summary.skipped:
        console.print(f"skipped {len(summary.skipped)} file(s):")
        for path, why in summary.skipped:
            console.print(f"  [yellow]skipped[/yellow] {path}: {why}", highlight=False, soft_wrap=True)
    if summary.review is not None:
        console.print(f"review: {summary.review}", highlight=False, soft_wrap=True)


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
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder: misses and false positives are marked.")] = Path(
        "tests/gold"),
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the pages (default EXTRACTED/review).")] = None,
) -> None:
    """Write the review pages: review/index.html (triage) and one page per document."""
    lacking = [f"{name}.parquet" for name in REVIEW_TABLES if not (extracted / f"{name}.parquet").is_file()]
    if (extracted / "documents.parquet").is_file() and lacking:
        _fail(f"{extracted} is incomplete (no {', '.join(lacking)}); run `pipeline extract` again", 2)
    import pyarrow as pa

    from pipeline.review import ReviewError, write_report

    try:
        index = write_report(extracted, out, gold, warn=lambda w: console.print(f"[yellow]warning:[/yellow] {w}",
                                                                               highlight=False))
    except ReviewError as err:
        _fail(str(err), 2)
    except (OSError, ValueError, KeyError, pa.ArrowException) as err:
        _fail(f"cannot write the review of {extracted}: {type(err).__name__}: {' '.join(str(err).split())[:200]}", 2)
    console.print(f"Wrote {index} (open it in a browser)", highlight=False, soft_wrap=True)


@gold_app.command("validate")
def gold_validate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files.")] = Path("tests/gold"),
    extracted: Annotated[Path | None, typer.Option(
        "--extracted", help="Extracted folder whose texts/ the gold texts must occur in.")] = Path("extracted"),
) -> None:
    """Check each gold file: schema, well-formed values, texts occur in the cleaned text, no duplicates."""
    if not gold.is_dir():
        _fail(f"no gold folder at {gold}", 2)
    from pipeline.gold import validate_gold_dir

    texts = extracted / "texts" if extracted is not None and (extracted / "texts").is_dir() else None
    problems = validate_gold_dir(gold, texts)
    raise typer.Exit(1 if any(problems.values()) else 0)


@gold_app.command("import")
def gold_import(
    file: Annotated[Path, typer.Argument(help="Corrections JSON exported from a document's review page.")],
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files.")] = Path("tests/gold"),
    extracted: Annotated[Path, typer.Option(
        "--extracted", help="Extracted folder whose texts/ the gold texts must occur in.")] = Path("extracted"),
) -> None:
    """Turn a review's corrections into the document's gold file (or merge them into it), validated."""
    from pipeline.corrections import CorrectionsError, import_corrections

    if not file.is_file():
        console.print(f"[red]error:[/red] no such file: {file}", highlight=False)
        raise typer.Exit(2)
    texts = extracted / "texts" if (extracted / "texts").is_dir() else None
    try:
        target, changes, problems = import_corrections(file, gold, texts)
    except CorrectionsError as err:
        console.print(f"[red]error:[/red] {err}", highlight=False)
        raise typer.Exit(2) from None
    for line in changes:
        console.print(f"  {line}", highlight=False, markup=False)
    if problems:
        console.print(f"[red]not written:[/red] {target} would have {len(problems)} problem(s):", highlight=False)
        for line in problems:
            console.print(f"    {line}", highlight=False, markup=False)
        raise typer.Exit(1)
    if texts is None:
        console.print(f"[yellow]warning:[/yellow] no {extracted}/texts: occurrence in the text not checked",
                      highlight=False)
    console.print(f"Wrote {target} ({len(changes)} change(s))", highlight=False)


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
