"""``spread_series`` reads how many values a 分别 spreads over from a memo keyed on the values' spans, not by
a walk of the list's gaps per value: the same values as the walk it replaced, on varied gaps (list glue, clause breaks,
words) and offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.extract.claims.chunks import _breaks_series, spread_series


def _series_walked(text: str, begin: int, values: list[dict], start: int) -> list[dict]:
    """The round-32 reading: each gap from ``begin`` read in turn until a clause break that is no list glue."""
    glue = cues().pattern("list_glue")
    series: list[dict] = []
    for value in values:
        gap = text[series[-1]["end"] - start if series else begin:value["start"] - start]
        if series and _breaks_series(gap, glue):
            break
        series.append(value)
    return series


_GAPS = ("", "、", "和", "，", "；", "。", " ", "，和", "以及", "分别为", "增长", ", ", "／", "：")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(("5%", "1.2天", "30亿元"))), max_size=10),
       st.sampled_from(("", "各港口分别为", "甲、乙分别增长")), st.integers(0, 40), st.integers(0, 3))
def test_the_memo_answers_as_the_walk_did(pairs, lead, start, skip) -> None:  # type: ignore[no-untyped-def]
    text, values = lead, []
    for gap, value in pairs:
        text += gap
        values.append({"start": start + len(text), "end": start + len(text) + len(value), "value": value})
        text += value
    begin = min(len(lead), len(text))
    shown = values[skip:]
    assert spread_series(text, begin, shown, start) == _series_walked(text, begin, shown, start)
    assert all(a is b for a, b in zip(spread_series(text, begin, shown, start), shown, strict=False))
