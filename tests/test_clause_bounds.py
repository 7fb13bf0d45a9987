"""`clause_bounds` reads a text once and looks each clause up: it must return exactly what the scan of
``text[:position]`` per call returned before, for every text and position."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_times.clauses import (
    _CLAUSE_BREAK,
    BRACKET_CLOSERS,
    BRACKET_OPENERS,
    clause_bounds,
    title_spans,
)


def reference_clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The round-31 `clause_bounds`, verbatim: the whole prefix rescanned per call."""
    begin, opened = 0, []
    titles = title_spans(text)
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        mark = match.group()
        if any(a < match.start() < b for a, b in titles):
            continue
        if mark in BRACKET_OPENERS:
            opened.append(match.end())
        elif mark in BRACKET_CLOSERS:
            if opened:
                opened.pop()
            else:
                begin = match.end()
        elif not opened:
            begin = match.end()
    if opened:
        begin = max(begin, opened[-1])
    following = next((m for m in _CLAUSE_BREAK.finditer(text, position)
                      if not any(a < m.start() < b for a, b in titles)), None)
    return begin, following.start() if following else len(text)


_MARKS = "，,；;（）()：:《》、。\n "
_ALPHABET = _MARKS + "0123456789" + "年月增长亿元为"
# pieces that make the digit-aware rules bite: thousands groups, clock times, titles with marks inside
_PIECES = ["1,234", "12,3456", ",000", "16:30", "1：2", "《志愿军：存亡之战》", "《a,b（c》", "（按座公里计）",
           "((", "))", "，", "2023年", "增长5.2%", ":", "3,", "x"]


def _check_every_position(text: str) -> None:
    for position in range(-2, len(text) + 3):
        assert clause_bounds(text, position) == reference_clause_bounds(text, position), (text, position)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_clause_bounds_matches_the_rescan_on_short_texts(text: str) -> None:
    _check_every_position(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=12)), max_size=80))
def test_clause_bounds_matches_the_rescan_on_long_texts(pieces: list[str]) -> None:
    text = "".join(pieces)  # past the length from which the index is memoised
    _check_every_position(text)
    _check_every_position(text)  # the memoised index answers as the fresh one


def test_clause_bounds_cases() -> None:
    text = "客运运力投入（按座公里计）同比上升3.5%，营业收入22,092,641.55元（其中《志愿军：存亡之战》票房1,2345万元"
    _check_every_position(text)
    _check_every_position(text * 20)
