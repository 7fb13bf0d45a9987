"""Calendar arithmetic over specs: a period's months, days and bounds, weeks and weekdays, whether a period
begins or ends after a day. No text is read here, only specs and dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.date_lexicon import Spec, res


def anaphoric(spec: Spec) -> bool:
    """The date counts its year from another date's (上年, 上年末, 次年), not from the time of writing."""
    return spec.year is None and spec.yrel is not None and spec.yrel[1] != "deictic"


def counted_forward(spec: Spec) -> bool:
    """The year after another (次年, 翌年, 下一年): anaphoric only, never said of the time of writing (明年 is), so with
    no year of its passage, no lead's and no title's to count from it names none: a rule's 次年5月31日前 is the year
    after each year the rule applies to, not the year after the document date's (round 31)."""
    return spec.year is None and spec.yrel == (1, "anaphoric")


def default_year(month: int, doc: dt.date) -> int:
    """The year a month with no year of its own takes from the document date ``doc``: the latest one begun by then
    (8月 in a document of 2025-06 → 2024; round 42 mend: `release_month` and `restates_released_month`)."""
    return doc.year - (month > doc.month)


def month_bounds(period: Spec) -> tuple[int, int]:
    """The first and last months of a year's month, run of months, run of quarters, quarter or half (Q2 → (4, 6),
    H2 → (7, 12), 前三季度 → (1, 9)); (1, 12) for the whole year."""
    if period.month is not None:
        return period.month, period.month
    if period.months:
        return period.months[0], period.months[-1]
    if period.quarters:
        return period.quarters[0] * 3 - 2, period.quarters[-1] * 3
    if period.part is None:
        return 1, 12
    size = 3 if period.part.startswith("Q") else 6
    last = int(period.part[1]) * size
    return last - size + 1, last


def one_week_monday(value: str) -> dt.date | None:
    """The Monday of the week a date value (a day or range) lies in, where it lies in one week."""
    first, _, last = value.partition("/")
    try:
        start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)
    except ValueError:
        return None
    monday = start - dt.timedelta(days=start.isoweekday() - 1)
    return monday if start < end and (end - monday).days <= 6 else None


def begins_after(spec: Spec, doc: dt.date, days: int | None = None) -> bool:
    """The period a year-less spec names, in the document's year, begins more than half a year (or ``days``) after the
    document date (a deadline ten days on is this year's; 12月份 in a January release is last year's; a year's end whose
    state the text reports, 截至年末，全国共有…, is past: ``days`` 0)."""
    first = spec.month or (spec.months[0] if spec.months else None)
    if first is None and spec.quarters:
        first = (spec.quarters[0] - 1) * 3 + 1
    if first is None and spec.part:  # Q3 begins in July, H2 in July
        n = int(spec.part[1])
        first = (n - 1) * 3 + 1 if spec.part.startswith("Q") else (n - 1) * 6 + 1
    if first is None:
        return False
    first_day = max(1, spec.day or (spec.days[0] if spec.days else 1))  # (round 49: 除夕至正月初六's days start at 0)
    day = min(first_day, calendar.monthrange(doc.year, first)[1])
    limit = int(res()["past_period_after_days"]) if days is None else days
    return (dt.date(doc.year, first, day) - doc).days > limit


def period_key(spec: Spec) -> tuple | None:
    """What names a year-less period for ``Default.reported_in_passage``: the same month, run, quarters or part."""
    if (spec.day is not None or spec.end is not None or spec.mrel is not None or spec.same is not None
            or spec.report is not None or spec.lunar or spec.days is not None or spec.week is not None
            or spec.month_week is not None or spec.reported_point or spec.whole_year or final_month(spec) is None):
        return None
    return spec.month, spec.months, spec.quarters, spec.part


def final_month(spec: Spec) -> int | None:
    """The last month of a year-less month, run of months or quarters, quarter or half (11月 → 11, 1—11月 → 11,
    前三季度 → 9, 四季度 → 12, 上半年 → 6); None for any other date."""
    if spec.month is not None:
        return spec.month if spec.months is None and spec.part is None and spec.quarters is None else None
    if spec.months is not None:
        return spec.months[1] if spec.part is None and spec.quarters is None else None
    if spec.quarters is not None:
        return spec.quarters[1] * 3 if spec.part is None else None
    if spec.part:
        n = int(spec.part[1])
        return n * 3 if spec.part.startswith("Q") else n * 6
    return None


def ends_after(spec: Spec, doc: dt.date) -> bool:
    """A run of months or quarters from the year's start (1-12月, 前11个月, 前三季度) that, in the document's year,
    would end more than half a year after the document date has not been reported yet: 1-12月 in a January release
    is last year's, as 12月份 is by `begins_after` (round 21). A run that ends within half a year (1-5月) stays."""
    run = spec.months or spec.quarters
    if run is None or run[0] != 1 or spec.month is not None or spec.day is not None or spec.end is not None:
        return False  # 十一、十二月份 (two months, no run from January) keeps `begins_after`'s reading
    last = run[1] if spec.months else run[1] * 3
    end = dt.date(doc.year, last, calendar.monthrange(doc.year, last)[1])
    return (end - doc).days > int(res()["past_period_after_days"])


def gives_month_to_bare_days(spec: Spec) -> bool:
    """A date written with its year, counted from the time of writing, or given to the day (a wire dateline,
    新华社华盛顿7月26日电 … 26日宣布) lends its month to a later bare day; a data month alone (10月份，CPI… 15日发布)
    does not: the release day is of the month of writing."""
    return spec.explicit or spec.yrel is not None or (spec.month is not None and spec.day is not None)


def single_month(spec: Spec) -> bool:
    """A whole single month of a known year (7月份, 2024年6月): the month a passage reports, which a later 上月
    counts from."""
    return spec.year is not None and spec.month is not None and spec.day is None and spec.end is None


def names_month(spec: Spec) -> bool:
    """The date names a month of its own (10月份, 1-10月): one that lends none to a bare day ends the month lent
    before."""
    return spec.month is not None or spec.months is not None


def first_month(value: str | None) -> tuple[int, int | None] | None:
    """The year and first month (None for a whole year) of a date value: 2024-Q2 → (2024, 4), 2024 → (2024, None)."""
    found = re.match(r"(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?", value or "")
    if found is None:
        return None
    year, month, quarter, half = found.groups()
    first = int(month) if month else (int(quarter) * 3 - 2 if quarter else (int(half) * 6 - 5 if half else None))
    return int(year), first


def can_anchor(spec: Spec) -> bool:
    """A date anchors what follows (5月, 同期, 上年) unless its year was counted from another
    date's (上年, 次年): explicit dates, dates counted from the time of writing (今年, 去年) and
    dates without a year (1-7月, which took the year of the passage)."""
    return spec.yrel is None or spec.yrel[1] == "deictic"


def reported_quarter(a: Spec, doc: dt.date | None) -> tuple[int, int] | None:
    """A quarter the text names within the twelve months up to the document date (今年第二季)."""
    if a.year is None or a.part is None or not a.part.startswith("Q") or a.end is not None:
        return None
    q = int(a.part[1])
    if doc is not None:
        index, now = a.year * 4 + q - 1, doc.year * 4 + (doc.month - 1) // 3
        if not now - 4 <= index <= now:
            return None
    return a.year, q


def days_of(a: Spec) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date given to the day (16日, 3月16日-20日), else None."""
    b = a.end if a.end is not None else a
    try:
        if a.days and a.year and a.month:
            return dt.date(a.year, a.month, a.days[0]), dt.date(a.year, a.month, a.days[1])
        if a.day and b.day and a.year and a.month:
            return dt.date(a.year, a.month, a.day), dt.date(b.year or a.year, b.month or a.month, b.day)
    except ValueError:
        return None
    return None


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), or its month's last day (3月31日 → 2月29日)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def year_span(a: Spec) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a range given to the day within one year (2024年1月1日至2024年6月30日), else None:
    a period a 上年同期 after it restates a year earlier."""
    if a.end is None:
        return None
    days = days_of(a)
    if days is None or days[0].year != days[1].year or days[0] >= days[1]:
        return None
    return days


def finer_than_year(a: Spec) -> bool:
    return any(v is not None for v in (a.month, a.months, a.quarters, a.part, a.day, a.days))


def on_calendar(out: Spec, spec: Spec, doc: dt.date | None, leap_default: bool = True) -> Spec | None:
    """A resolved day the calendar has, else None (round 37): a 2月29日 whose year the text leaves out
    (中新网2月29日电 under a 2023年 title, or read in 2025) is of the leap year nearest the year it defaulted to, not
    after the document date's year (the earlier of two as near); a day no year has (2月30日, 4月31日), a 2月29日 in a
    year the text names (2023年2月29日) or a range's end given a non-leap February by its start (2月28日至29日 in
    2025) is no date. Before, such a day stopped the whole document (ValueError in dt.date)."""
    if out.day is None or out.month is None or out.year is None:
        return out
    if not 1 <= out.month <= 12:  # (a month no calendar has: no date, as the docstring says; round 37 mend)
        return None
    if out.day <= calendar.monthrange(out.year, out.month)[1]:
        return out
    if (out.month, out.day) == (2, 29) and leap_default and spec.year is None and spec.yrel is None:
        last = out.year + 4 if doc is None else doc.year
        leap = [y for y in range(out.year - 4, last + 1) if calendar.isleap(y)]
        return replace(out, year=min(leap, key=lambda y: (abs(y - out.year), y))) if leap else None
    return None


def single_day(a: Spec) -> bool:
    """A calendar day on its own, no range."""
    return a.end is None and a.fixed is None and None not in (a.year, a.month, a.day)


def calendar_day(a: Spec) -> dt.date | None:
    """The calendar day a single-day spec names, or None when it names none (a missing or impossible part)."""
    try:
        return dt.date(a.year, a.month, a.day)
    except (TypeError, ValueError):
        return None


def week_monday(a: Spec) -> dt.date | None:
    """The Monday of a Monday-to-Sunday week (本周, 上周 resolved), else None."""
    if a.fixed is None or a.fixed[1] != "range":
        return None
    first, _, last = a.fixed[0].partition("/")
    try:
        monday, sunday = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:
        return None
    return monday if monday.isoweekday() == 1 and (sunday - monday).days == 6 else None


def month_with_day(day: int, doc: dt.date, ahead: bool) -> tuple[int, int]:
    """(year, month) of a bare day without an anchor: the document's month, or where that month has no such day
    (31日 in a November report: the 31st of October, local time, published on the 1st) the latest month before it
    that has one, the next after it where the clause looks ahead."""
    y, mo, step = doc.year, doc.month, 1 if ahead else -1
    for _ in range(12):
        if day <= calendar.monthrange(y, mo)[1]:
            return y, mo
        y, mo = (y, mo + step) if 1 <= mo + step <= 12 else (y + step, 1 if step > 0 else 12)
    return doc.year, doc.month
