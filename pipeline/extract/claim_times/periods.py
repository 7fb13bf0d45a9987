"""Date values read as periods (claim_time's arithmetic): a day, a year, the months a value covers, the period
before, whether one lies within or before another. Only the values are read, never the text."""

from __future__ import annotations

import re

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_RANGE = re.compile(r"(\d{4})/(\d{4})")  # a date value, not text: "2017/2021"
_YEAR = re.compile(r"\d{4}")  # four digits (a year value whole: `is_year`; a year written in text)
_MONTH_RANGE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")  # a date value: "2023-09/2023-10"
_QUARTER_RANGE = re.compile(r"(\d{4})-Q([1-4])/(\d{4})-Q([1-4])")  # a date value: "2024-Q1/2024-Q2"
# any range of months, quarters, halves or days: covers _MONTH_RANGE and _QUARTER_RANGE (whose groups read the ends)
# and halves and days besides, so it is a test of its own, not built from them
_DATE_RANGE = re.compile(r"\d{4}-[\dQH][\d-]*/\d{4}-[\dQH][\d-]*")
_YEAR_OR_END = re.compile(r"\d{4}(?:-12)?")  # a year or its end: the ends a compound rate runs between


Placed = tuple[int, int, str]  # (start, end, value) of a date, offsets within the sentence


def is_day(value: str) -> bool:
    """The date value names one day (2024-09-18), not a month, a quarter or a range."""
    return bool(_DAY.fullmatch(value))


def is_year(value: str) -> bool:
    """The date value names one whole year (2024), not a month, a quarter, a half, a day or a range (2017/2021)."""
    return bool(_YEAR.fullmatch(value))


def period_before(value: str) -> str | None:
    """The period one step before a month, a quarter, a half or a year (2023-10 → 2023-09, 2023-Q1 → 2022-Q4,
    2023-H1 → 2022-H2), or a cumulative run of months or quarters one step shorter (2023-01/2023-10 →
    2023-01/2023-09, 2023-Q1/2023-Q3 → 2023-Q1/2023-Q2); else None."""
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"{int(m[1]) - 1}-H2" if m[2] == "1" else f"{m[1]}-H1"
    if m := re.fullmatch(r"(\d{4}-(?:01|Q1))/(\d{4}-(?:\d{2}|Q[1-4]))", value):
        shorter = period_before(m[2])
        return None if shorter is None or shorter < m[1] else (m[1] if shorter == m[1] else f"{m[1]}/{shorter}")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2]) - 1
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2]) - 1
        return f"{year - 1}-Q4" if quarter == 0 else f"{year}-Q{quarter}"
    if is_year(value):
        return str(int(value) - 1)
    return None


def is_year_end(period: str | None) -> bool:
    """(round 43 mend) The period ends in a year's last month (2023-12, or a span up to it): one test for the
    year-end readings of the time and the passage."""
    return bool(period) and period.endswith("-12")


def months_covered(value: str) -> tuple[str, str] | None:
    """The first and last month (or day) a date value covers: 2020-Q2 and 2020-04/2020-06 cover the same."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = months_covered(first), months_covered(last)
        return (a[0], b[1]) if a and b else None
    if is_year(value):
        return f"{value}-01", f"{value}-12"
    year, _, part = value.partition("-")
    if part[:1] in "QH" and part[1:].isdigit():
        months = 3 if part[0] == "Q" else 6
        last = int(part[1:]) * months
        return f"{year}-{last - months + 1:02d}", f"{year}-{last:02d}"
    return (value, value) if part else None


def within(value: str, held: tuple[str, str] | None) -> bool:
    """The date ``value`` covers no month outside ``held`` (a first and last month, `months_covered`)."""
    covered = months_covered(value)
    return covered is not None and held is not None and held[0] <= covered[0] and covered[1] <= held[1]


def looks_back(value: str, frame: str | None, parts: bool = True) -> bool:
    """The period ``value`` lies wholly before the ``frame`` a story stated (5月份 in a story of 6月份), or inside a
    frame of a year at most (12月份 in a review of 2023; 6月末 in a story of 6月份): a paragraph opening with it is an
    aside on an earlier period or a part of the story's, no new frame for the paragraphs after it (round 34). A later,
    broader or the same period (19日 after 18日; 1—10月 after 10月) is a frame of its own, and so is a year inside a
    span of years (过去五年，…。⏎2023年，…: the review turns to its last year). With ``parts`` false only a period
    wholly before counts (a document title's frame: a month under a year's title frames a paragraph of its own)."""
    part, held = months_covered(value), (months_covered(frame) if frame else None)
    if part is None or held is None or value == frame:
        return False
    # (bounds padded to a day, so a month compares with a day inside it: 2024-06 is no earlier than 2024-06-18)
    return _last_day(part[1]) < _first_day(held[0]) or (parts and (
        _first_day(held[0]) <= _first_day(part[0]) and _last_day(part[1]) <= _last_day(held[1])
        and held[0][:4] == held[1][:4]))


def _first_day(value: str) -> str:
    """A month's (2024-06) or a day's (2024-06-18) first day, as a string that sorts with days (2024-06-00)."""
    return value if len(value) > 7 else value + "-00"


def _last_day(value: str) -> str:
    """…and its last day (2024-06-99)."""
    return value if len(value) > 7 else value + "-99"
