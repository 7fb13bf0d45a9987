"""Speed and scale machinery: windows, linear-time helpers, the cache, the runners, and the flow on
one worker process and on a pool of two giving byte-identical tables."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from pipeline.cache import ResultCache, cache_key
from pipeline.extract.claims import passages
from pipeline.extract.organizations import LEXICON, MODEL, PATTERN, Candidate, Zones, select
from pipeline.ner import windows
from pipeline.process import DocumentResult, InputFile
from pipeline.runners import batch_size_for, make_task_runner
from pipeline.segment import Sentence
from pipeline.tables import SCHEMA

DOCS = {
    "a.txt": "国家统计局发布数据显示，2021年全国规模以上工业企业利润增长34.3%。\n\n阿里巴巴集团营收达到7173亿元。",
    "b.txt": "中国人民银行宣布，2022年一季度贷款市场报价利率为3.7%。\n\n工信部表示，今年将推动5G建设。",
    "c.md": "# 航空业\n\n中国国际航空股份有限公司一季度客运量增长12%，达到2300万人次。",
}


def test_windows_cover_the_text_and_keep_each_start_once() -> None:
    text = "中" * 1000 + "ABC" * 50 + "国" * 333
    pieces = windows(text, window=200, overlap=40)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end - start <= 200 + 150 for start, end, _, _ in pieces)
    owners = [sum(keep_from <= i < keep_to for _, _, keep_from, keep_to in pieces) for i in range(len(text))]
    assert owners == [1] * len(text)
    for start, end, keep_from, keep_to in pieces:
        assert start <= keep_from and min(keep_to, len(text)) <= end + 40


def test_short_text_is_one_window() -> None:
    assert windows("短句", window=200, overlap=40) == [(0, 2, 0, 2)]


def test_select_matches_the_all_pairs_rule() -> None:
    rng = random.Random(7)
    for _ in range(200):
        cands = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 60)
            cands.append(Candidate(s, s + rng.randint(0, 8), rng.choice([LEXICON, PATTERN, MODEL])))
        ordered = sorted(cands, key=lambda c: (c.source == MODEL, -(c.end - c.start), -c.source, c.start))
        taken: list[Candidate] = []
        for c in ordered:
            if all(c.end <= t.start or t.end <= c.start for t in taken):
                taken.append(c)
        assert select(cands) == sorted(taken, key=lambda c: (c.start, c.end))


def test_zones_find_every_overlapping_zone() -> None:
    rng = random.Random(3)
    zones = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 500) for _ in range(80))]
    index = Zones(zones)
    for _ in range(300):
        a = rng.randint(0, 520)
        b = a + rng.randint(0, 20)
        near = set(index.near(a, b))
        assert {z for z in zones if (z[0] < b and a < z[1]) or (z[0] <= a and b <= z[1])} <= near


def test_long_sentences_become_passages() -> None:
    text = ("数字经济增长，" * 1000) + "完。"
    sentence = Sentence(0, 0, len(text), "body", "paragraph")
    parts = passages([sentence], text, limit=500)
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert all(b.start == a.end for a, b in itertools.pairwise(parts))
    assert all(p.end - p.start <= 500 for p in parts) and {p.sent_id for p in parts} == {0}


def test_batch_size_gives_every_worker_several_tasks() -> None:
    assert batch_size_for(1000, 2, 20) == 20
    assert batch_size_for(40, 2, 20) == 3
    assert batch_size_for(1, 4, 20) == 1


def test_task_runner_has_a_thread_per_worker() -> None:
    from prefect.task_runners import ThreadPoolTaskRunner

    runner = make_task_runner(2)
    assert isinstance(runner, ThreadPoolTaskRunner) and runner._max_workers == 2


def test_runner_pool_lends_each_runner_to_one_task_at_a_time() -> None:
    from pipeline.limits import DEFAULT_LIMITS
    from pipeline.runners import RunnerPool

    with RunnerPool(2, DEFAULT_LIMITS) as pool:
        with pool.borrow() as first, pool.borrow() as second:
            assert first is not second
        with pool.borrow() as again:
            assert again in pool.runners


def test_cache_key_follows_content_date_and_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("一", encoding="utf-8")
    item = InputFile(path, "a")
    key = cache_key(item, None, "v1")
    assert key == cache_key(item, None, "v1")
    assert key != cache_key(item, None, "v2")
    import datetime as dt

    assert key != cache_key(item, dt.date(2021, 1, 1), "v1")
    assert key != cache_key(InputFile(path, "b"), None, "v1")
    path.write_text("二", encoding="utf-8")
    assert key != cache_key(item, None, "v1")
    assert cache_key(InputFile(tmp_path / "missing.txt", "m"), None, "v1") is None


def test_fingerprint_follows_the_result_libraries_not_the_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgraded PDF library or model runtime recomputes every document; the package's Markdown
    notes (the model's TRAINING.md) do not."""
    import importlib.metadata

    import pipeline.cache as cache_module

    cache_module.pipeline_fingerprint.cache_clear()
    before = cache_module.pipeline_fingerprint()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "0.0-other" if name == "pypdfium2" else real(name))
    cache_module.pipeline_fingerprint.cache_clear()
    assert cache_module.pipeline_fingerprint() != before
    monkeypatch.setattr(importlib.metadata, "version", real)
    cache_module.pipeline_fingerprint.cache_clear()
    assert cache_module.pipeline_fingerprint() == before
    assert not cache_module.fingerprinted(Path("models/org_ner/TRAINING.md"))
    assert cache_module.fingerprinted(Path("models/org_ner/ner/model"))
    assert cache_module.fingerprinted(Path("resources/pdf.yaml"))
    assert not cache_module.fingerprinted(Path("readers/__pycache__/pdf.cpython-311.pyc"))


def test_cache_stores_ok_results_and_prunes_unused(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    ok = DocumentResult("a", "a.txt", "ok", clean_text="文本", rows={"documents": [{"doc_id": "a"}]})
    cache.put("k1", ok)
    cache.put("k2", DocumentResult("b", "b.txt", "failed", error="x"))
    assert cache.get("k1") == ok and cache.get("k2") is None
    later = ResultCache(tmp_path / "cache")
    assert later.get("k1") == ok
    later.prune()
    assert ResultCache(tmp_path / "cache").get("k1") == ok
    assert ResultCache(tmp_path / "cache").prune() == 1  # nothing used in this run: the entry goes
    assert not list((tmp_path / "cache").glob("*.pkl"))


# ---------------------------------------------------------------- the flow on each runner


def _tables(out: Path) -> dict[str, bytes]:
    files = {f"{t}.{ext}": (out / f"{t}.{ext}").read_bytes() for t in SCHEMA for ext in ("csv", "parquet")}
    files.update({f"texts/{p.name}": p.read_bytes() for p in sorted((out / "texts").glob("*.txt"))})
    return files


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _extract(inputs: Path, out: Path, workers: int = 1, cache: Path | None = None):
    from pipeline.flows import extract_flow

    run = extract_flow.with_options(task_runner=make_task_runner(workers))
    return run(paths=[inputs], out_dir=out, gold_dir=None, workers=workers, cache_dir=cache, quiet=True)


@pytest.fixture(scope="module")
def one_worker(harness, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("one")
    summary = _extract(inputs, out)
    assert summary.n_ok == len(DOCS)
    return out


def test_two_workers_give_identical_tables(harness, inputs, one_worker, tmp_path) -> None:
    summary = _extract(inputs, tmp_path / "pool", workers=2)
    assert summary.timings["workers"] == 2 and summary.timings["tasks"] >= 2
    assert _tables(tmp_path / "pool") == _tables(one_worker)


def test_a_local_dask_cluster_gives_identical_tables(harness, inputs, one_worker, tmp_path) -> None:
    pytest.importorskip("prefect_dask")
    from prefect_dask import DaskTaskRunner

    from pipeline.flows import extract_flow

    task_runner = make_task_runner(2, "local")
    assert isinstance(task_runner, DaskTaskRunner)
    run = extract_flow.with_options(task_runner=task_runner)
    summary = run(paths=[inputs], out_dir=tmp_path / "dask", gold_dir=None, workers=2, quiet=True)
    assert summary.n_ok == len(DOCS) and summary.timings["tasks"] >= 2
    assert _tables(tmp_path / "dask") == _tables(one_worker)


def test_a_pool_that_travels_lends_runners_of_the_process_it_is_in() -> None:
    import pickle

    from pipeline.limits import Limits
    from pipeline.runners import ProcessLocalPool, RunnerPool, pool_for

    assert isinstance(pool_for(make_task_runner(2), 2, Limits()), RunnerPool)
    pool = pickle.loads(pickle.dumps(pool_for(object(), 2, Limits())))  # what a Dask worker receives
    assert isinstance(pool, ProcessLocalPool)
    with pool.borrow() as first, pool.borrow() as second:
        assert first is not second  # two tasks at once in one process: two runners
    with pool.borrow() as again:
        assert again in (first, second)  # warm runners are kept for the next task


def test_limits_hold_in_every_worker(harness, tmp_path) -> None:
    from pipeline.flows import extract_flow
    from pipeline.limits import Limits

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"d{i}.txt").write_text("国家统计局发布数据。" * (10 + i * 400), encoding="utf-8")
    run = extract_flow.with_options(task_runner=make_task_runner(2))
    summary = run(paths=[folder], out_dir=tmp_path / "out", gold_dir=None, workers=2, quiet=True,
                  limits=Limits(max_bytes=20_000))
    assert summary.n_ok == 2 and summary.n_failed == 2
    assert all(error.startswith("too large") for _, error in summary.failures)


def test_cache_reuses_recomputes_and_forgets(harness, inputs, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in inputs.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = _extract(folder, out, cache=cache)
    assert first.timings["cached"] == 0
    computed = _tables(out)
    again = _extract(folder, out, cache=cache)
    assert again.timings["cached"] == len(DOCS) and again.timings["tasks"] == 0
    assert _tables(out) == computed
    (folder / "a.txt").write_text(DOCS["a.txt"] + "\n\n华为公司收入增长10%。", encoding="utf-8")
    (folder / "c.md").unlink()
    changed = _extract(folder, out, cache=cache)
    assert changed.timings["cached"] == 1 and changed.timings["tasks"] >= 1
    import pandas as pd

    documents = pd.read_parquet(out / "documents.parquet")
    assert sorted(documents["doc_id"]) == ["a", "b"]
    assert "华为" in (out / "texts" / "a.txt").read_text(encoding="utf-8")
    assert not (out / "texts" / "c.txt").exists()
    assert len(list(cache.glob("*.pkl"))) == 2


def test_long_documents_report_their_pages() -> None:
    import pipeline.progress as progress

    seen: list[tuple[str, int, int]] = []
    progress._terminal_hooks.append(lambda doc, n, total: seen.append((doc, n, total)))
    try:
        with progress.page_reporting("report"):
            assert list(progress.pages(list(range(12)))) == list(range(12))
            list(progress.pages([1, 2]))  # short: no page reports
        list(progress.pages(list(range(12))))  # outside a document: none either
    finally:
        progress._terminal_hooks.clear()
    assert seen == [("report", n, 12) for n in range(1, 13)]


def test_progress_rate_and_eta() -> None:
    from pipeline.progress import RunProgress

    with RunProgress(4, 4000, quiet=True) as run:
        assert run.eta_text() == "…"
        run.advance(2, 2000, 500)
        assert run.eta_seconds() is not None and "docs/s" in run.rate_text()


def test_release_memory_hands_freed_heap_back() -> None:
    import os

    from pipeline.worker import release_memory, resident_bytes

    before = resident_bytes(os.getpid())
    if before is None:
        pytest.skip("reads /proc")
    blocks = [bytes(4000) + bytes([i % 256]) for i in range(60_000)]  # about 240 MB from the C heap
    kept = blocks[::16]  # holes everywhere: glibc cannot shrink the heap from its top
    del blocks
    held = resident_bytes(os.getpid())
    release_memory()
    after = resident_bytes(os.getpid())
    assert kept and held - after > 120 * 2**20


def test_a_grown_worker_is_replaced_before_the_next_document(tmp_path: Path, monkeypatch) -> None:
    import pipeline.worker as worker
    from pipeline.limits import Limits

    items = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(DOCS[name], encoding="utf-8")
        items.append(InputFile(tmp_path / name, name[0]))
    with worker.DocumentRunner(Limits()) as runner:
        assert runner.run_one(items[0]).status == "ok"
        first = runner._process.pid
        assert runner.run_one(items[1]).status == "ok" and runner._process.pid == first  # kept warm
        monkeypatch.setattr(worker, "RECYCLE_MB", -1024)  # any worker now counts as grown
        assert runner.run_one(items[0]).status == "ok" and runner._process is None  # ended after its document
        monkeypatch.undo()
        assert runner.run_one(items[1]).status == "ok" and runner._process.pid != first  # a fresh one


def test_a_long_pdf_writes_its_page_artifact_once_a_second_at_most(monkeypatch) -> None:
    import prefect.artifacts
    import prefect.context

    import pipeline.progress as progress

    calls: list[tuple[str, float]] = []
    monkeypatch.setattr(prefect.artifacts, "create_progress_artifact",
                        lambda value, description: calls.append(("create", value)) or "artifact-id")
    monkeypatch.setattr(prefect.artifacts, "update_progress_artifact",
                        lambda artifact, value, description: calls.append(("update", value)))
    monkeypatch.setattr(prefect.context.TaskRunContext, "get", classmethod(lambda cls: object()))
    with progress.page_reporting("report"):
        assert len(list(progress.pages(list(range(30))))) == 30  # read in far less than a second
    assert calls == [("create", 100.0 / 30), ("update", 100.0)]  # the first page and the last
