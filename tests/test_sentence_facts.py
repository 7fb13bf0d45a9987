"""The per-sentence facts `_governing_time` and `level_base_time` read once: the same answers as the
per-value scans they replace, on sentences built from the pieces those scans read (brackets, base words, dates,
values)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_time import Placed, innermost_closes, level_base_time
from pipeline.extract.claim_times.asides import _all_closed_asides
from pipeline.extract.claim_times.bases import _framed_level
from pipeline.extract.claim_times.levels import _turn_start

# (text, date value or None, a value's kind and unit or None)
PIECES = [("比", None, None), ("较", None, None), ("与", None, None), ("由", None, None), ("相比，", None, None),
          ("的", None, None), ("，", None, None), ("（", None, None), ("）", None, None), ("包括", None, None),
          ("增长", None, None), ("转为", None, None), ("高于", None, None), ("为", None, None), ("下降", None, None),
          ("2019年", "2019", None), ("上年同期", "2022", None), ("年末", "2023-12", None),
          ("1-3月", "2023-01/2023-03", None), ("上月", "2023-05", None), ("3.2%", None, ("percent", "%")),
          ("28000元", None, ("amount", "元")), ("4.9个百分点", None, ("percent_points", "个百分点")),
          ("2.3倍", None, ("multiple", "倍"))]


def _built(indices: list[int]) -> tuple[str, list[Placed], list[dict]]:
    text, placed, numbers = "", [], []
    for k in indices:
        piece, value, kind = PIECES[k]
        if value is not None:
            placed.append((len(text), len(text) + len(piece), value))
        if kind is not None:
            numbers.append({"start": len(text), "end": len(text) + len(piece), "kind": kind[0], "unit": kind[1]})
        text += piece
    return text, placed, numbers


def _old_level_base_time(number: dict, sentence: str, sentence_start: int, placed: list) -> str | None:
    """`level_base_time` as it read every date for each value (round 33)."""
    if number["kind"] == "multiple":
        return None
    rules = cues()
    offset = number["start"] - sentence_start
    ordered = sorted(placed)
    gap = number.get("unit") in rules.setting("gap_units")
    for k, (start, end, value) in enumerate(ordered):
        if end > offset:
            continue
        between = sentence[end:offset]
        if gap and rules.pattern("gap_after_base").match(between):
            continue
        glued = rules.pattern("date_value_glue").match(between) or (
            rules.pattern("base_level_glue").match(between) and not rules.pattern("change_words").search(between))
        if glued and (rules.pattern("level_base").search(sentence[max(0, start - 2):start])
                      or rules.pattern("level_comparison").search(sentence[max(0, start - 3):start])):
            return value
        if _framed_level(sentence, start, end) == offset:
            return value
        if _turn_start(number, sentence, sentence_start, start, between):
            return value
        if (k and rules.pattern("restating_close").match(between)
                and rules.pattern("date_value_glue").match(between.lstrip().lstrip("）)"))
                and rules.pattern("restating_open").fullmatch(sentence[ordered[k - 1][1]:start])
                and rules.pattern("level_base").search(sentence[max(0, ordered[k - 1][0] - 2):ordered[k - 1][0]])):
            return value
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(PIECES) - 1), max_size=30), st.integers(0, 20))
def test_level_base_time_reads_only_the_candidate_dates_with_the_same_answer(indices: list[int], shift: int) -> None:
    text, placed, numbers = _built(indices)
    for number in numbers:
        moved = {**number, "start": number["start"] + shift, "end": number["end"] + shift}
        assert level_base_time(moved, text, shift, placed) == _old_level_base_time(moved, text, shift, placed)


def test_level_base_time_on_written_bases() -> None:
    written = [("增速较2016年的6.7%略低", "2016年", "6.7%", "2016"),
               ("較上季的28000元下跌9%", "上季", "28000元", "2024-Q1"),
               ("与2010年的7865.99万人相比", "2010年", "7865.99万人", "2010"),
               ("由上月下降0.2%转为上涨0.3%", "上月", "0.2%", "2024-05")]
    for text, date, value, time in written:
        placed = [(text.index(date), text.index(date) + len(date), time)]
        start = text.index(value)
        number = {"start": start, "end": start + len(value), "kind": "percent", "unit": value[-1]}
        assert level_base_time(number, text, 0, placed) == _old_level_base_time(number, text, 0, placed) == time


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(PIECES) - 1), max_size=40))
def test_innermost_close_tells_a_date_in_a_closed_aside_as_the_scan_of_the_asides_did(indices: list[int]) -> None:
    text, placed, _ = _built(indices)
    content = cues().pattern("aside_content")
    asides = _all_closed_asides(content, text, tuple(placed))
    closes = innermost_closes([d[0] for d in placed], asides, len(text))
    for offset in range(len(text) + 2):
        stop = slice(offset).indices(len(text))[1]
        closed = [(a, b) for a, b in asides if b < stop]  # (the asides closed before the value, as scanned per value)
        for date, close in zip(placed, closes, strict=True):
            assert (close < stop) == any(a <= date[0] < b for a, b in closed)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12), st.lists(st.integers(0, 80)))
def test_innermost_closes_is_the_least_end_holding_each_start(spans: list[tuple[int, int]], starts: list[int]) -> None:
    spans = [(a, a + n) for a, n in spans]  # (any spans, nested or not: the sweep keeps every open one)
    expected = tuple(min((b for a, b in spans if a <= s < b), default=-7) for s in starts)
    assert innermost_closes(starts, spans, -7) == expected
