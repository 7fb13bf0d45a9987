"""A run's memory does not grow with its documents: results are spooled as they come, the tables are
written document by document, and the output is the same bytes as writing all rows at once."""

from __future__ import annotations

import gc
import pickle
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

from pipeline.process import DocumentResult, InputFile, write_ordered
from pipeline.spool import Spool
from pipeline.table_writer import OrderError, TableWriter
from pipeline.tables import SCHEMA, TABLE_NAMES, to_frame, write_table

ROWS = 30  # sentences and numbers per fake document


def fake_result(item: InputFile) -> DocumentResult:
    """A document's result as the extractor makes it, without the extractor: ROWS sentences, ROWS numbers."""
    doc_id = item.doc_id
    rows = {name: [] for name in TABLE_NAMES}
    rows["documents"] = [{"doc_id": doc_id, "source_path": str(item.path), "sha256": f"sha-{doc_id}",
                          "title": f"标题{doc_id}", "document_date": "", "n_chars": 10 * ROWS, "n_sentences": ROWS,
                          "status": "ok", "error": ""}]
    rows["sentences"] = [{"doc_id": doc_id, "sent_id": s, "start": 10 * s, "end": 10 * s + 9, "text": f"第{s}句。",
                          "section": "body", "block": "paragraph"} for s in range(ROWS)]
    rows["numbers"] = [{"doc_id": doc_id, "sent_id": s, "start": 10 * s + 1, "end": 10 * s + 3, "text": f"{s}%",
                        "value": s / 3, "unit": "%", "kind": "percent", "approx": ""} for s in reversed(range(ROWS))]
    return DocumentResult(doc_id, str(item.path), "ok", clean_text="文" * 10 * ROWS, rows=rows)


def alive_results() -> int:
    gc.collect()  # results in reference cycles (a traceback, a state) are garbage, not held
    return sum(isinstance(o, DocumentResult) for o in gc.get_objects())


# ---------------------------------------------------------------- the writer


def test_writer_chunks_give_the_bytes_of_one_sort(tmp_path: Path) -> None:
    results = [fake_result(InputFile(Path(f"{d}.txt"), f"doc{d:03d}")) for d in range(40)]
    whole = tmp_path / "whole"
    whole.mkdir()
    for table in TABLE_NAMES:
        write_table(whole, table, to_frame(table, (row for r in results for row in r.rows[table])))
    small = tmp_path / "small"
    with TableWriter(small, rows_per_chunk=7) as writer:  # chunks end between documents, never inside one
        for result in results:
            writer.add(result.doc_id, result.rows)
    grouped = tmp_path / "grouped"
    with TableWriter(grouped, rows_per_chunk=50, rows_per_group=100) as writer:  # several Parquet row groups
        for result in results:
            writer.add(result.doc_id, result.rows)
    for table in TABLE_NAMES:
        assert (small / f"{table}.csv").read_bytes() == (whole / f"{table}.csv").read_bytes()
        assert (small / f"{table}.parquet").read_bytes() == (whole / f"{table}.parquet").read_bytes()
        assert (grouped / f"{table}.csv").read_bytes() == (whole / f"{table}.csv").read_bytes()
        pd.testing.assert_frame_equal(pd.read_parquet(grouped / f"{table}.parquet"),
                                      pd.read_parquet(whole / f"{table}.parquet"))
    assert list(pd.read_csv(small / "claims.csv").columns) == list(SCHEMA["claims"])  # an empty table has its header


def test_writer_refuses_documents_out_of_order(tmp_path: Path) -> None:
    with pytest.raises(OrderError), TableWriter(tmp_path) as writer:
        writer.add("b", {})
        writer.add("a", {})
    assert not list(tmp_path.iterdir())  # nothing half-written stays


def test_written_results_are_dropped_one_by_one(tmp_path: Path) -> None:
    """write_ordered consumes an iterator: at most the document in hand is alive, whatever N."""
    refs: list[weakref.ref[DocumentResult]] = []
    most = 0

    def results() -> Iterator[DocumentResult]:
        nonlocal most
        for d in range(200):
            result = fake_result(InputFile(Path(f"{d}.txt"), f"doc{d:03d}"))
            refs.append(weakref.ref(result))
            most = max(most, sum(ref() is not None for ref in refs))
            yield result
            del result

    summary = write_ordered(results(), tmp_path)
    assert summary.n_ok == 200 and summary.rows_per_table["sentences"] == 200 * ROWS
    assert most <= 2


# ---------------------------------------------------------------- the spool


def test_spool_reads_back_and_turns_a_broken_cache_entry_into_a_failed_document(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "staging" / ".spool")
    item = InputFile(Path("a.txt"), "a")
    spool.put(0, fake_result(item))
    assert spool.read(0, item).rows["sentences"][0]["text"] == "第0句。"
    cached = tmp_path / "cache" / "k.pkl"
    cached.parent.mkdir()
    cached.write_bytes(pickle.dumps(fake_result(item))[:50])  # cut short
    spool.link(1, cached)
    broken = spool.read(1, item)
    assert broken.status == "failed" and "cached result is unreadable" in broken.error
    assert not cached.exists()  # the next run extracts it again
    spool.remove()
    assert not (tmp_path / "staging" / ".spool").exists()


# ---------------------------------------------------------------- the flow


class FakeRunner:
    def run(self, items: list[InputFile]) -> list[DocumentResult]:
        FakePool.most_alive = max(FakePool.most_alive, alive_results())
        return [fake_result(item) for item in items]


class FakePool:
    """The pool the flow borrows runners from, extracting with `fake_result` in this process."""

    most_alive = 0

    @contextmanager
    def borrow(self) -> Iterator[FakeRunner]:
        yield FakeRunner()

    def close(self) -> None:
        pass


@pytest.mark.parametrize("cache", [False, True])
def test_the_flow_holds_a_few_documents_at_a_time(harness, tmp_path: Path, monkeypatch, cache: bool) -> None:
    """N documents through the flow: while the last batches are extracted and while the tables are
    written, the flow's process holds a batch or two of results, not all N."""
    import pipeline.runners
    import pipeline.table_writer
    from pipeline.flows import extract_flow
    from pipeline.runners import make_task_runner

    n = 120
    folder = tmp_path / "in"
    folder.mkdir()
    for d in range(n):
        (folder / f"doc{d:03d}.txt").write_text(f"文档{d}", encoding="utf-8")
    monkeypatch.setattr(pipeline.runners, "pool_for", lambda *args, **kwargs: FakePool())
    most_written = [0]
    add = pipeline.table_writer.TableWriter.add

    def counting_add(self, doc_id, rows):  # type: ignore[no-untyped-def]
        if doc_id.endswith("0"):
            most_written[0] = max(most_written[0], alive_results())
        add(self, doc_id, rows)

    monkeypatch.setattr(pipeline.table_writer.TableWriter, "add", counting_add)
    run = extract_flow.with_options(task_runner=make_task_runner(1))
    cache_dir = tmp_path / "cache" if cache else None
    pages: dict[str, bytes] = {}
    if cache:  # a first run fills the cache; the second reads every document (and review page) from it
        run(paths=[folder], out_dir=tmp_path / "out", gold_dir=None, batch_size=5, cache_dir=cache_dir, quiet=True)
        FakePool.most_alive, most_written[0] = 0, 0
        pages = _pages(tmp_path / "out")
        import pipeline.review

        def no_rendering(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("an unchanged document's page was rendered again")

        monkeypatch.setattr(pipeline.review, "build_page", no_rendering)
    gc.collect()
    before = alive_results()
    summary = run(paths=[folder], out_dir=tmp_path / "out", gold_dir=None, batch_size=5, cache_dir=cache_dir,
                  quiet=True)
    assert summary.n_ok == n and summary.rows_per_table["numbers"] == n * ROWS
    assert summary.timings["cached"] == (n if cache else 0)
    assert FakePool.most_alive - before <= 3 * 5  # a batch or two in hand (all N before the spool)
    assert most_written[0] - before <= 2
    frame = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    assert list(frame["doc_id"].drop_duplicates()) == [f"doc{d:03d}" for d in range(n)]
    assert not (tmp_path / "out" / ".spool").exists()
    assert len(_pages(tmp_path / "out")) == n + 1
    if cache:
        assert _pages(tmp_path / "out") == pages


def _pages(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "review").rglob("*.html"))}


def test_completed_futures_are_given_up_once_yielded() -> None:
    """The flow's completion loop keeps no future (and so no result) it has handed out."""
    from pipeline.flows import completed

    class Future:
        def __init__(self) -> None:
            self.callbacks: list = []
            self.done = False

        def add_done_callback(self, fn) -> None:  # type: ignore[no-untyped-def]
            self.callbacks.append(fn)
            if self.done:  # as Prefect's futures do: a finished future calls back at once
                fn(self)

        def finish(self) -> None:
            self.done = True
            for fn in self.callbacks:
                fn(self)

    made = {n: Future() for n in range(3)}
    refs = [weakref.ref(made[n]) for n in range(3)]
    made[2].finish()
    loop = completed([[0], [1], [2]], lambda batch: made.pop(batch[0]), window=3)
    future, batch = next(loop)
    assert not made  # submitted: only the loop holds them now
    assert batch == [2]
    del future
    gc.collect()
    assert refs[2]() is None and refs[0]() is not None
    refs[0]().finish()  # type: ignore[union-attr]
    assert next(loop)[1] == [0]
    refs[1]().finish()  # type: ignore[union-attr]
    assert next(loop)[1] == [1]
    assert next(loop, None) is None


def test_batches_are_submitted_only_while_few_are_pending() -> None:
    """Results that come back faster than they are written wait in the workers: at most ``window``
    batches are submitted and not yet handed out."""
    from pipeline.flows import completed

    class Done:
        def add_done_callback(self, fn) -> None:  # type: ignore[no-untyped-def]
            fn(self)

    submitted: list[int] = []
    most_ahead = 0
    loop = completed([[n] for n in range(10)], lambda batch: submitted.append(batch[0]) or Done(), window=3)
    handed: list[int] = []
    for _future, batch in loop:
        handed.append(batch[0])
        most_ahead = max(most_ahead, len(submitted) - len(handed) + 1)
    assert sorted(handed) == list(range(10)) and most_ahead <= 3

