"""A long table cell is asked the cheap necessary test
``numbers.may_be_one_quantity`` before ``table_cells.own_unit_quantity`` reads it whole with both engines. Each is
compared with the whole reading it guards, on random texts built of the pieces a quantity's start is read from
(currency symbols and names, approximation prefixes, signs, spaces), on long whole quantities, and on the seed's
sentences; and the bound the proof rests on (no candidate starts at 0 from a numeral past ``opening_reach``) is
checked on every candidate the engine builds (never a timed test)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.chars import HSPACE
from pipeline.extract import numbers
from pipeline.extract.currencies import currency_symbols, prefix_currencies
from pipeline.extract.dates import quantities_outside_dates
from pipeline.extract.number_context import Segmenter
from pipeline.extract.numbers import may_be_one_quantity, opening_reach
from pipeline.extract.numerals import lexicon
from pipeline.extract.table_cells import LONG_CELL, own_unit_quantity

ROOT = Path(__file__).resolve().parent.parent

_PIECES = ["HK$", "US$", "$", "￥", "RMB¥", "RMB", "人民币", "港币", "美元", "约", "大约", "超过", "不超过", "差不多是",
           "近", "逾", "-", "+", "负", "−", " ", "  ", "\u3000", "\t", "1", "23", "4.5", "678", "9,000", "0",
           "一", "三", "十", "百", "千", "万", "亿", "两", "半", "多", "余", "元", "亿元", "万吨", "%", "个百分点",
           "倍", "吨/年", "（次）", "(", ")", "、", "至", "到", "~", "年", "月", "日", "2023年", "3月", "一季度",
           "。", "，", "增长", "同比", "收入", "下降", "规模", "达到", "为", "k", "w", "M", "天", "小时", "分"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)


def _old_own_unit_quantity(text: str) -> tuple | None:
    whole = [q for q in quantities_outside_dates(text) if q.start == 0 and q.end == len(text)]
    return (whole[0].value, whole[0].unit, whole[0].kind) if len(whole) == 1 else None


def _has_whole(text: str) -> bool:
    return any(q.start == 0 and q.end == len(text) for q in quantities_outside_dates(text))


def _long_whole(lead: str, spaces: int, prefix: str, digits: int, unit: str) -> str:
    return f"{lead}{' ' * spaces}{prefix}{'1234567890' * (digits // 10)}{unit}"


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_necessary_on_random_pieces(text: str) -> None:
    if _has_whole(text):
        assert may_be_one_quantity(text)
    assert own_unit_quantity.__wrapped__(text) == _old_own_unit_quantity(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["", "HK$", "US$", "￥", "RMB¥", "-", "人民币"]), st.integers(0, 30),
       st.sampled_from(["", "约", "超过", "不超过", "差不多是"]), st.integers(4, 8),
       st.sampled_from(["元", "亿元", "万吨", "%", "美元", "", "倍"]))
def test_long_whole_quantities_pass(lead: str, spaces: int, prefix: str, tens: int, unit: str) -> None:
    text = _long_whole(lead, spaces, prefix, tens * 10, unit)
    assert len(text) > LONG_CELL
    if _has_whole(text):
        assert may_be_one_quantity(text)
    assert own_unit_quantity.__wrapped__(text) == _old_own_unit_quantity(text)


def test_some_long_cells_are_whole_quantities() -> None:
    """The cases above can fail: these long texts are each one quantity, the symbol 20 spaces and a prefix before
    the numeral."""
    for text in (_long_whole("US$", 20, "超过", 50, "美元"), _long_whole("HK$", 3, "约", 50, "元"),
                 _long_whole("RMB¥", 2, "不超过", 50, ""), _long_whole("-", 0, "", 60, "%")):
        assert _has_whole(text), text
        assert may_be_one_quantity(text)
        assert own_unit_quantity.__wrapped__(text) is not None


def test_seed_sentences() -> None:
    """Every clause of the seed over the long-cell length, and the seed's lines, read both ways."""
    pieces: set[str] = set()
    for path in sorted((ROOT / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            pieces.add(line.strip())
            pieces.update(p.strip() for p in line.replace("。", "，").split("，"))
    long = sorted(p for p in pieces if len(p) > LONG_CELL)
    assert len(long) > 20
    for text in long:
        assert own_unit_quantity.__wrapped__(text) == _old_own_unit_quantity(text), text


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_no_candidate_starts_at_0_from_past_the_reach(text: str) -> None:
    """The bound the proof rests on, on every candidate ``_build`` returns (the owned spans of the text's dates
    included, as the whole reading has them)."""
    _check_the_reach(text)


def _check_the_reach(text: str) -> list[tuple[int, int, int]]:
    """Every candidate ``_build`` returns in the whole reading of ``text`` starts past 0 or from a numeral within
    ``opening_reach``; the (start, numeral start, reach) of each."""
    build = numbers._build
    seen: list[tuple[int, int, int]] = []

    def watched(s, original, core, *args, **kwargs):  # type: ignore[no-untyped-def]
        produced = build(s, original, core, *args, **kwargs)
        seen.extend((c.start, core.start, opening_reach(s, lexicon())) for c in produced)
        return produced

    numbers._build = watched
    try:
        quantities_outside_dates(text)
    finally:
        numbers._build = build
    for start, core_start, reach in seen:
        assert start > 0 or core_start <= reach, (text, start, core_start, reach)
    return seen


_MARKS = sorted({*currency_symbols(), *prefix_currencies()})
_PREFIXES = ["", *sorted(w for _n, words in lexicon().approx_prefix_index for w in words)]
_SIGNS = ["", "-", "+", "负", "−", "－"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", *_MARKS]), st.lists(st.sampled_from(HSPACE), max_size=24).map("".join),
       st.sampled_from(_PREFIXES), st.sampled_from(_SIGNS), st.sampled_from(["", "1", "12.5", "一千二百", "三"]),
       st.sampled_from(["", "元", "亿元", "美元", "%", "万吨", "倍", "个百分点"]), st.integers(0, 30))
def test_the_start_bound_on_mark_spaces_prefix_sign_numeral(mark: str, spaces: str, prefix: str, sign: str,
                                                            head: str, unit: str, more: int) -> None:
    """Texts built around the bound of ``opening_reach``: a currency mark, spaces, an approximation prefix, a sign
    and a numeral, the numeral padded with digits past ``LONG_CELL`` (round 40 mend). No candidate starts at 0 from
    a numeral past the reach, and the cheap test passes every whole quantity."""
    lead = f"{mark}{spaces}{prefix}{sign}{head}"
    digits = max(more, LONG_CELL + 1 - len(lead) - len(unit))
    text = f"{lead}{('1234567890' * 8)[:digits]}{unit}"
    assert len(text) > LONG_CELL
    _check_the_reach(text)
    if _has_whole(text):
        assert may_be_one_quantity(text)
    assert own_unit_quantity.__wrapped__(text) == _old_own_unit_quantity(text)


def test_the_start_bound_is_reached() -> None:
    """The bound is tight: a mark ending before the window's end, spaces past it, the longest prefix and a sign put
    the numeral of a whole quantity at ``opening_reach`` itself; one more space and the reach moves with it."""
    longest = max(_PREFIXES, key=len)
    for spaces in (12 - 3, 12 - 3 + 5):
        text = f"US${' ' * spaces}{longest}-{'1234567890' * 5}美元"
        seen = _check_the_reach(text)
        assert (0, 3 + spaces + len(longest) + 1, 3 + spaces + len(longest) + 1) in seen, (text, seen)
        assert may_be_one_quantity(text)


def test_the_segmenter_reports_every_owned_offset_looked_up() -> None:
    """The owned spans' ends are read only through ``owns_start``/``owns_end``, which report every offset looked
    up: what ``may_be_one_quantity`` relies on to skip the owned sets that cannot change the scan."""
    asked: list[int] = []
    seg = Segmenter("1-7月", owned_starts=[2], owned_ends=[4], asked=asked.append)
    assert seg.owns_start(2) and not seg.owns_start(4) and seg.owns_end(4) and not seg.owns_end(2)
    assert asked == [2, 4, 4, 2]
    assert not hasattr(seg, "owned_starts") and not hasattr(seg, "owned_ends")
