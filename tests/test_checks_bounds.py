"""Table sum checks stay bounded: the cubic search over columns only runs on tables of statistical width,
and only over columns that can take part in an identity (valued in two rows or more)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

from pipeline.extract import checks
from pipeline.extract.checks import _sum_checks, max_sum_columns, sum_columns


def _grid(values: dict[tuple[int, int], int]) -> checks.Grid:
    cells = {key: (Decimal(v), "CNY") for key, v in values.items()}
    rows = {r: f"{2019 + r}年" for r, _ in values}
    columns = {c: f"列{c}" for _, c in values}
    spans = {key: (10 * key[0] + key[1], 10 * key[0] + key[1] + 1) for key in values}
    return checks.Grid("表1", cells, rows, columns, spans)


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


def test_a_claim_meets_only_the_tables_that_hold_its_value_or_years(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 200 tables, each of its own two years and values; 200 claims, each a value or a multiple of one table's
    # years: every claim is checked against its own table only (comparing all pairs was 40,000 visits).
    from pipeline.nlp.language import doc_from_text

    n = 200
    text = "".join(f"{1600 + 2 * k}年出口是{1599 + 2 * k}年的2倍。" for k in range(n))
    doc = doc_from_text(text)
    grids = []
    for k in range(n):
        cells = {(0, 0): (Decimal(10 * k + 1), "CNY"), (1, 0): (Decimal(20 * k + 2), "CNY")}
        grids.append(checks.Grid(f"表{k}", cells, {0: f"{1599 + 2 * k}年", 1: f"{1600 + 2 * k}年"}, {0: "出口"}, {}))
    sentences = doc._.sentences
    claims = []
    for k, sentence in enumerate(sentences):
        number = sentence.start + text[sentence.start:].index("的") + 1  # the number after 是<year>年的
        claims.append({"unit": "x", "value": 2, "time": str(1600 + 2 * k), "metric": "出口",
                       "sent_id": sentence.sent_id, "number_start": number, "number_end": number + 1})
        claims.append({"unit": "CNY", "value": 10 * k + 1, "time": str(1599 + 2 * k), "metric": "出口",
                       "sent_id": sentence.sent_id, "number_start": 0, "number_end": 0})
    visits: list[str] = []
    real = checks._multiple_check
    monkeypatch.setattr(checks, "_multiple_check", lambda claim, years, table_id, *rest: visits.append(table_id)
                        or real(claim, years, table_id, *rest))
    found = checks._claim_table_checks(doc, grids, claims)
    assert visits == [f"表{k}" for k in range(n)]
    assert [c["kind"] for c in found] == ["multiple_vs_table", "claim_vs_table"] * n
    assert all(c["status"] == "pass" for c in found)
    assert found[1]["statement"] == "claim 出口 1 CNY (1599) appears in 表0"
