"""Table sum checks stay bounded: the cubic search over columns only runs on tables of statistical width,
and only over columns that can take part in an identity (valued in two rows or more)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

from pipeline.extract import checks
from pipeline.extract.checks import _sum_checks, max_sum_columns, sum_columns


def _grid(values: dict[tuple[int, int], int]) -> checks._Grid:
    cells = {key: (Decimal(v), "CNY") for key, v in values.items()}
    rows = {r: f"{2019 + r}年" for r, _ in values}
    columns = {c: f"列{c}" for _, c in values}
    spans = {key: (10 * key[0] + key[1], 10 * key[0] + key[1] + 1) for key in values}
    return ("表1", cells, rows, columns, spans)


def test_identity_found_in_a_small_table() -> None:
    # 总额 = 出口 + 进口 in both rows; column 3 is valued in one row only and cannot take part.
    grid = _grid({(0, 0): 30, (0, 1): 10, (0, 2): 20, (0, 3): 7, (1, 0): 50, (1, 1): 20, (1, 2): 30})
    found = _sum_checks([grid])
    assert [c["statement"] for c in found] == ["表1 2019年: 列0 = 列1 + 列2", "表1 2020年: 列0 = 列1 + 列2"]
    assert all(c["status"] == "pass" for c in found)


def test_columns_of_one_row_are_left_out() -> None:
    cells = {(0, c): (Decimal(c), "CNY") for c in range(5)} | {(1, 2): (Decimal(1), "CNY"), (1, 4): (Decimal(1), "")}
    assert sum_columns(cells, 10) == [2, 4]


def test_run_on_row_gets_no_cubic_search(monkeypatch) -> None:
    """A line of text read as a table of two rows and thousands of columns: no triple of columns is tried
    (before the bound, 3,000 columns meant 2.7e10 triples, hours of work)."""
    wide = {(r, c): c + r for r in range(2) for c in range(3000)}
    tried = []
    real = itertools.permutations

    def counting(items: list[int], n: int) -> Iterator[tuple[int, ...]]:  # a spy on the one cubic loop
        for triple in real(items, n):
            tried.append(triple)
            assert len(tried) <= max_sum_columns() ** 3, "the search over columns is not bounded"
            yield triple

    monkeypatch.setattr(checks.itertools, "permutations", counting)
    assert _sum_checks([_grid(wide)]) == []
    assert tried == []


def test_the_bound_covers_statistical_tables() -> None:
    # Monthly tables with a total and a few subtotals stay within the bound; every column kept is valued twice.
    assert max_sum_columns() >= 20
    cells = {(r, c): (Decimal(1), "") for r in range(3) for c in range(max_sum_columns() + 1)}
    assert sum_columns(cells, max_sum_columns()) == []
    assert len(sum_columns({k: v for k, v in cells.items() if k[1] < max_sum_columns()}, max_sum_columns())) == (
        max_sum_columns())
