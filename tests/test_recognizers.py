"""The Recognizers-Text benchmark (bench/recognizers.py) stays above its measured floors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "recognizers-zh"

# floors just under the figures measured when the engines were written (recall, precision)
FLOORS: dict[str, tuple[float, float]] = {
    "Number-NumberModel": (0.95, 0.95),
    "Number-PercentModel": (0.98, 0.93),
    "NumberWithUnit-CurrencyModel": (0.99, 0.88),
    "Number-NumberRangeModel": (0.97, 0.97),
    "DateTime-DateExtractor": (0.99, 0.99),
    "DateTime-DatePeriodExtractor": (0.96, 0.99),
    "DateTime-DateParser": (0.93, 0.93),
    "DateTime-DatePeriodParser": (0.96, 0.99),
    "DateTime-DateTimeModel": (0.93, 0.94),
}


# The floor under the hidden-style scoring (no credit for a currency value without its
# currency, no fraction-as-percent), per number file of the visible half.
HIDDEN_FLOOR = 0.95
NUMBER_FILES = ("Number-NumberModel", "Number-PercentModel", "NumberWithUnit-CurrencyModel", "Number-NumberRangeModel")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_recognizers", REPO / "bench" / "recognizers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(bench):
    if not DATA.is_dir():
        pytest.skip("../shared/data/recognizers-zh is absent")
    return bench.run(DATA)


@pytest.fixture(scope="module")
def hidden_scores(bench):
    if not DATA.is_dir():
        pytest.skip("../shared/data/recognizers-zh is absent")
    return bench.run(DATA, "hidden")


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_floor(scores, stem: str) -> None:
    if stem not in scores:
        pytest.skip(f"{stem}.json is absent")
    recall_floor, precision_floor = FLOORS[stem]
    fs = scores[stem]
    assert fs.recall >= recall_floor, (fs.recall, fs.missed)
    assert fs.precision >= precision_floor, (fs.precision, fs.false_preds)


def test_exclusions_are_listed_with_a_reason(scores) -> None:
    excluded = [e for fs in scores.values() for e in fs.excluded]
    assert excluded, "expected some cases to be excluded by guideline"
    assert all(reason for _inp, _text, reason in excluded)


@pytest.mark.parametrize("stem", NUMBER_FILES)
def test_hidden_style_recall(hidden_scores, stem: str) -> None:
    if stem not in hidden_scores:
        pytest.skip(f"{stem}.json is absent")
    fs = hidden_scores[stem]
    assert fs.recall >= HIDDEN_FLOOR, (fs.recall, fs.missed)


def test_hidden_style_needs_the_currency(bench) -> None:
    res = {"Text": "十五美元", "Resolution": {"isoCurrency": "USD", "value": "15"}}
    bare = bench.Pred(0, 4, "十五美元", 15, "", "count")
    dollars = bench.Pred(0, 4, "十五美元", 15, "USD", "money")
    assert bench.number_agrees("currency", res, bare, "lenient") is True
    assert bench.number_agrees("currency", res, bare, "hidden") is False
    assert bench.number_agrees("currency", res, dollars, "hidden") is True


def test_hidden_style_gives_no_fraction_as_percent(bench) -> None:
    res = {"Text": "四分之一", "Resolution": {"value": "0.25"}}
    share = bench.Pred(0, 4, "四分之一", 25, "%", "percent")
    assert bench.number_agrees("number", res, share, "lenient") is True
    assert bench.number_agrees("number", res, share, "hidden") is False


def test_hidden_only_rules_stay_out_of_the_lenient_scoring(bench) -> None:
    rules = [{"id": "x", "files": ["*"], "scoring": ["hidden"], "text_regex": "分之", "reason": "r"}]
    res = {"Text": "四分之一"}
    assert bench.exclusion_reason(rules, "Number-NumberModel", "四分之一", res, (0, 4), "lenient") is None
    assert bench.exclusion_reason(rules, "Number-NumberModel", "四分之一", res, (0, 4), "hidden")
