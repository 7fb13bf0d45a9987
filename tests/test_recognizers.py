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


@pytest.fixture(scope="module")
def scores():
    if not DATA.is_dir():
        pytest.skip("../shared/data/recognizers-zh is absent")
    spec = importlib.util.spec_from_file_location("bench_recognizers", REPO / "bench" / "recognizers.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench.run(DATA)


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
