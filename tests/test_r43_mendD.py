"""Round 43 mend: shared helpers of the claim assembly (common runs, a bracketed equivalent, a year's end)."""

from __future__ import annotations

import pytest

from pipeline.extract.claim_metric.words import common_end, common_start
from pipeline.extract.claim_time import is_year_end
from pipeline.extract.claims.brackets import bracketed_equivalent


@pytest.mark.parametrize(("texts", "start", "end"), [
    (["全市工业增加值", "全市农业增加值"], 2, 4),
    (["PM2.5浓度", "PM10浓度"], 2, 2),
    (["出口额", "进口额"], 0, 2),
    (["产量", "产量"], 2, 2),
    (["销量", "汽车销量"], 0, 2),
    ([], 0, 0),
])
def test_common_runs_count_characters_all_texts_share(texts: list[str], start: int, end: int) -> None:
    assert common_start(texts) == start
    assert common_end(texts) == end


@pytest.mark.parametrize(("gap", "expected"), [
    ("（", True), (" (", True), ("（约", True), ("（约合", True), ("（折合", True), ("（折算", True), ("（换算", True),
    # look-alikes: words in the bracket (a base, a part), or no bracket
    ("（上年同期", False), ("（其中", False), ("，", False), ("、", False),
])
def test_a_bracketed_equivalent_opens_with_a_bracket_and_at_most_a_conversion_word(gap: str, expected: bool) -> None:
    assert bracketed_equivalent(gap) is expected


@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", True), ("2023-01/2023-12", True),
    ("2023-11", False), ("2023", False), ("2023-Q4", False), ("", False), (None, False),
])
def test_a_year_end_period_ends_in_december(period: str | None, expected: bool) -> None:
    assert is_year_end(period) is expected
