"""claim_time: the year a value holds (through the public names), a year's end, and the dated nouns a share or
multiple is of (`base_dates`)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.extract import claim_time
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_time import base_dates, is_day, is_year, is_year_end, looks_back, months_covered
from pipeline.extract.claim_times.bases import _NAMED_BASES
from pipeline.extract.claims.reporting import one_report_time
from pipeline.extract.dates import find_dates

# a year value, read through claim_time's public names; no module imports its private ones

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
    """claim_time's private names stay its own: other modules import its public ones (round 42 tidy), from its face
    `claim_time` or its package `claim_times`, whose modules alone share their private names (round 48 split)."""
    root = Path(claim_time.__file__).parents[1]
    package = Path(claim_time.__file__).parent / "claim_times"
    for path in root.rglob("*.py"):
        if package in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipeline.extract.claim_time"):
                assert not [a.name for a in node.names if a.name.startswith("_")], path


# a year's end (`is_year_end`)

@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", True), ("2023-01/2023-12", True),
    ("2023-11", False), ("2023", False), ("2023-Q4", False), ("", False), (None, False),
])
def test_a_year_end_period_ends_in_december(period: str | None, expected: bool) -> None:
    assert is_year_end(period) is expected


# the dated nouns a share or multiple is of: one table (`_NAMED_BASES`) read through `base_dates`

_DATE = re.compile(r"\d{4}年")


def _bases(sentence: str) -> list[str]:
    placed = [(m.start(), m.end(), m.group()[:4]) for m in _DATE.finditer(sentence)]
    return sorted(sentence[start:start + 4] for start in base_dates(sentence, placed))


@pytest.mark.parametrize("sentence", [
    "公司营收是2023年营收的2.7倍。",                       # share_verb_before → named_multiple_of_base
    "研发投入相当于美国2013年科研投入总额的80%。",          # base_verb_before → named_share_of_base
    "客流恢复至疫情前（2019年）的76%。",                    # reached_bracket_before → bracketed_share_of_base
    "入境人次为上年（2024年）同期的1.4倍。",                # copula_bracket_before → bracketed_multiple_of_base
])
def test_each_row_of_the_table_makes_the_date_a_base(sentence: str) -> None:
    assert _bases(sentence) == [_DATE.search(sentence).group()[:4]]


@pytest.mark.parametrize("sentence", [
    "研发投入占2013年科研投入总额的80%。",                  # no 相当于 before: a level, not a base
    "客流增长至疫情前（2019年）水平。",                      # no share after the bracket
    "比重为全国总量（2023年）的15%。",                       # a percentage after 为 may be that year's share
    "2023年营收增长2.7倍。",                                 # no verb of being before the date
])
def test_look_alikes_keep_the_date_a_level(sentence: str) -> None:
    assert _bases(sentence) == []


def test_the_table_names_only_patterns_that_exist() -> None:
    rules = cues()
    for before, reach, after, why in _NAMED_BASES:
        assert rules.pattern(before) and rules.pattern(after) and reach > 0 and why


# `looks_back`: whether a value's time lies before (or inside) the frame's, days and months compared by their days
@pytest.mark.parametrize(("value", "frame", "expected"), [
    # round 34 mend: a month and a day compare by their days (was as strings: 2024-06 < 2024-06-18), so a month after a
    # day in it is a broader frame of its own and a day inside a month or a year is a part of it
    ("2024-06", "2024-06-18", False), ("2024-Q2", "2024-06-18", False), ("2024-06-18", "2024-06", True),
    ("2023-12-05", "2023", True), ("2024-06-19", "2024-06-18", False), ("2024-05", "2024-06", True),
    ("2024-01/2024-10", "2024-10", False), ("2023", "2019/2023", False), ("2024-06-17", "2024-06-18", True),
    ("2024-12", "2023", False),
])
def test_looks_back_compares_days_and_months(value: str, frame: str, expected: bool) -> None:
    assert looks_back(value, frame) is expected


_AUGUST = dt.date(2024, 8, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # Class (round 50): a sentence opening on the day a rule takes effect (自7月1日起，…; 从2024年1月1日起，…) dates its
    # own values but opens no running time for the sentences after it
    ("自7月1日起，城市低保标准由每人每月1120元提高到1180元。", True),
    ("从2024年1月1日起，最低工资标准提高到2690元。", True),
    # look-alikes kept: a month's start (自1月起, a period of data), a day with no 起, a date after other words
    ("自1月起，全市累计发放低保金3.2亿元。", False),
    ("7月1日，城市低保标准提高到1180元。", False),
    ("全市自7月1日起提高低保标准。", False),
])
def test_an_effective_day_opens_no_running_time(text: str, expected: bool) -> None:
    placed = [(d.start, d.end, d.value) for d in find_dates(text, document_date=_AUGUST)]
    assert claim_time.effective_from(text, placed) is expected
