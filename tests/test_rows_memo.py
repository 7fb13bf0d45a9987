"""The sentence's values between two places read by bisection (`none_between`), as the scan it replaces
read them; and the one memo of what was read from a values list (`_RowsMemo`): per thread, bounded, forgetting a new
list."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.extract.claims.spreads import _glued_run, _read_unmarked_list, _RowsMemo, _unmarked_list, none_between
from pipeline.nlp.language import doc_from_text, extract_all


@settings(max_examples=800, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30), st.integers(-5, 70), st.integers(-5, 70))
def test_none_between_equals_the_scan(starts: list[int], begin: int, end: int) -> None:
    numbers = [{"start": s, "end": s + 3} for s in sorted(starts)]
    assert none_between(numbers, begin, end) == (not any(begin <= n["start"] < end for n in numbers))


def test_rows_memo_reads_once_per_key_and_list() -> None:
    memo, calls = _RowsMemo(2), []

    def reader(value: str):
        return lambda: calls.append(value) or value

    rows = [{"start": 0}]
    assert memo.read(rows, ("a",), reader("a")) == "a"
    assert memo.read(rows, ("a",), reader("x")) == "a"  # kept
    assert memo.read(rows, ("b",), reader("b")) == "b"
    assert memo.read(rows, ("c",), reader("c")) == "c"  # full: the earlier keys are dropped
    assert memo.read(rows, ("a",), reader("a2")) == "a2"
    assert memo.read(list(rows), ("a",), reader("a3")) == "a3"  # an equal list, but another one: read again
    assert calls == ["a", "b", "c", "a2", "a3"]


def test_rows_memo_is_per_thread() -> None:
    memo, rows, seen = _RowsMemo(1), [{"start": 0}], []
    memo.read(rows, ("k",), lambda: "main")
    thread = threading.Thread(target=lambda: seen.append(memo.read(rows, ("k",), lambda: "other")))
    thread.start()
    thread.join()
    assert seen == ["other"] and memo.read(rows, ("k",), lambda: "again") == "main"


@pytest.mark.parametrize("text", [
    "采矿业、制造业增加值同比增长3.4%和6.1%，铁路、民航累计发送旅客4.84亿人次、8349.6万人次，增长8.6%和9.3%。",
    "第1家企业、第2家企业、第3家企业实现营业收入10.0亿元、11.1亿元、12.2亿元，一、二季度GDP增长5.3%、4.7%。",
])
def test_the_run_read_once_is_the_run_read_per_value(text: str) -> None:
    numbers = sorted(extract_all(doc_from_text(text))["numbers"], key=lambda n: n["start"])
    assert len(numbers) >= 4
    joint = cues().pattern("amount_list_joint").match
    for number in [*numbers, *reversed(numbers)]:  # in order, then again from the last
        run = _glued_run(text, number["start"], numbers, 0, joint)
        fresh = None if run is None or run[2] == run[3] else _read_unmarked_list(
            text, run[1][run[2]:run[3] + 1], numbers, 0)
        assert _unmarked_list(text, number["start"], numbers, 0) == fresh
