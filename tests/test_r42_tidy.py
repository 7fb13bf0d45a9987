"""(round 42 tidy) A year value tested through a public name of claim_time, not its private pattern; the units'
pattern handed to the dates reader is the numbers' `UnitPattern` (its own first-character index), with look-alikes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline.extract import claim_time
from pipeline.extract.claim_time import is_day, is_year, months_covered
from pipeline.extract.claims.reporting import one_report_time
from pipeline.extract.date_grammar import _unit_follows
from pipeline.extract.numerals import UnitPattern, lexicon


@pytest.mark.parametrize("value", ["2024", "1998", "0001"])
def test_a_year_value_is_a_year(value: str) -> None:
    assert is_year(value) and not is_day(value)


@pytest.mark.parametrize("value", ["2024-12", "2024-Q1", "2024-H1", "2024-01-05", "2017/2021", "2023-09/2023-10",
                                   "202", "20245", "2024年", " 2024", ""])
def test_a_value_that_only_holds_a_year_is_none(value: str) -> None:
    assert not is_year(value)  # (look-alikes: a month, a quarter, a half, a day, ranges, other digit runs)


def test_the_readings_on_years_are_unchanged() -> None:
    assert months_covered("2024") == ("2024-01", "2024-12")
    assert months_covered("2024/2025") == ("2024-01", "2025-12")
    assert one_report_time(frozenset({"2024", "2024-12"})) == ("2024-12", True)
    assert one_report_time(frozenset({"2024-06", "2024-12"})) == (None, False)  # (a month is no year)


def test_no_module_imports_a_private_name_of_claim_time() -> None:
    """claim_time's private names stay its own: other modules import its public ones (round 42 tidy)."""
    root = Path(claim_time.__file__).parents[1]
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "pipeline.extract.claim_time":
                assert not [a.name for a in node.names if a.name.startswith("_")], path


def test_the_dates_reader_reads_units_through_the_unit_pattern() -> None:
    unit_re = lexicon().unit_re
    assert isinstance(unit_re, UnitPattern)
    assert _unit_follows("2019元", 4, unit_re) and _unit_follows("2019 km", 5, unit_re)
    assert _unit_follows("2019 t", 5, unit_re)
    assert not _unit_follows("in 2009 to 88%", 8, unit_re)  # (the t opens an English word: no tonne)
    assert not _unit_follows("2019亿元", 4, unit_re)  # (a scale first: no unit at the position)
