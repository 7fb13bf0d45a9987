"""End to end through the CLI and Prefect: all tables, failures recorded, byte-identical re-runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.tables import SCHEMA

from .conftest import REPO, SEED, SEED_ID

FILES = [f"{name}.{ext}" for name in SCHEMA for ext in ("csv", "parquet")]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home")}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("e2e")
    first, second = base / "first", base / "second"
    for out in (first, second):
        done = _run(["extract", "raw", "--out", str(out)], base)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr + done.stdout
        assert f"review: {out / 'review' / 'index.html'}" in done.stderr  # the summary says where the review is
    return {"first": first, "second": second, "base": base}


def test_all_tables_written(runs) -> None:
    out = runs["first"]
    for name in FILES:
        assert (out / name).is_file(), name
    assert (out / "texts" / f"{SEED_ID}.txt").is_file()
    for table, columns in SCHEMA.items():
        assert list(pd.read_csv(out / f"{table}.csv", nrows=0).columns) == list(columns)
        assert list(pd.read_parquet(out / f"{table}.parquet").columns) == list(columns)
    documents = pd.read_parquet(out / "documents.parquet")
    assert list(documents["status"]) == ["ok"]
    assert (pd.read_parquet(out / "numbers.parquet")["doc_id"] == SEED_ID).all()


def test_rerun_is_byte_identical(runs) -> None:
    for name in [*FILES, f"texts/{SEED_ID}.txt", f"review/docs/{SEED_ID}.html"]:
        assert (runs["first"] / name).read_bytes() == (runs["second"] / name).read_bytes(), name


def test_offsets_hold_in_written_tables(runs) -> None:
    out = runs["first"]
    text = (out / "texts" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    for table in ("sentences", "numbers", "dates", "organizations"):
        frame = pd.read_parquet(out / f"{table}.parquet")
        for row in frame.itertuples():
            assert row.text == text[row.start:row.end], (table, row)


def test_folder_with_two_files_and_a_bad_one(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.txt").write_bytes(SEED.read_bytes())
    (inputs / "sub" / "b.md").write_text(
        "---\ntitle: 简讯\ndate: 2022-06-01\n---\n据海关总署统计，今年前5个月进出口16.04万亿元，同比增长8.3%。\n",
        encoding="utf-8")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7 truncated")
    out = tmp_path / "out"
    done = _run(["extract", str(inputs), "--out", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr + done.stdout
    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert documents.loc["a", "status"] == "ok" and documents.loc["b", "status"] == "ok"
    assert documents.loc["b", "document_date"] == "2022-06-01"
    assert documents.loc["broken", "status"] == "failed"
    error = documents.loc["broken", "error"]
    assert error and "\n" not in error
    dates = pd.read_parquet(out / "dates.parquet")
    assert set(dates["doc_id"]) == {"a", "b"}
    strict = _run(["extract", str(inputs), "--out", str(tmp_path / "strict"), "--strict"], tmp_path)
    assert strict.returncode == 1


def test_unreachable_prefect_server_is_a_clear_error(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"),
           "PREFECT_API_URL": "http://127.0.0.1:9/api"}  # port 9 (discard): nothing listens here
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "raw", "--out", str(tmp_path / "o")],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "cannot reach the Prefect server" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o").exists()


def test_date_option_resolves_relative_dates(tmp_path: Path) -> None:
    """--date (here the process_file argument) anchors 今年/去年; without it they stay empty."""
    import datetime as dt

    from pipeline.process import InputFile, process_file

    source = tmp_path / "brief.txt"
    source.write_text("今年一季度出口增长5%，去年同期下降2%。\n", encoding="utf-8")
    anchored = process_file(InputFile(source, "brief"), dt.date(2022, 6, 1))
    values = {row["text"]: row["value"] for row in anchored.rows["dates"]}
    # 去年同期: the period named before (今年一季度), a year earlier
    assert values["今年一季度"] == "2022-Q1" and values["去年同期"] == "2021-Q1"
    unanchored = process_file(InputFile(source, "brief"))
    assert all(row["value"] is None for row in unanchored.rows["dates"])
