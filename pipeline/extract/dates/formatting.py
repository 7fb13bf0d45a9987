"""A resolved spec written as its value (ISO 8601 style, ``/`` for ranges) and its granularity, lunar months
and days included.
"""

from __future__ import annotations

import calendar
import datetime as dt

from pipeline.extract.date_lexicon import Spec


def granularity_of(spec: Spec) -> str:
    if (spec.end is not None or spec.months or spec.quarters or spec.days or spec.week or spec.month_week
            or spec.year_week):
        if spec.week and spec.week[1] not in (None, "WE"):
            return "day"
        return "range"
    if spec.decade is not None:
        return "range"
    if spec.century is not None or spec.crel is not None:
        return "century"
    if spec.day is not None or spec.drel is not None:
        return "day"
    if spec.month is not None or spec.mrel is not None:
        return "month"
    if spec.part and spec.part.startswith("H"):
        return "half"
    if spec.part and spec.part.startswith("Q"):
        return "quarter"
    return "year"


_LAST_LUNAR_MONTH = 12


def _lunar_value(a: Spec, year: int) -> tuple[str | None, str]:
    """A lunar date in the Gregorian calendar (lunardate's tables, 1900-2099): its day, its days, or its month's span.
    The year is the lunar year: written (2023年腊月二十九), or resolved as for the month's number (腊月 read before a
    February document date is the one of the December before, so the days just before that Spring Festival)."""
    from lunardate import LunarDate

    try:
        if a.days:  # (round 49: day 0 is 除夕, the day before 初一, whatever the length of the month before)
            first = (LunarDate(year, a.month, a.days[0]).to_solar_date() if a.days[0]
                     else LunarDate(year, a.month, 1).to_solar_date() - dt.timedelta(days=1))
            last = LunarDate(year, a.month, a.days[1]).to_solar_date()
            return f"{first}/{last}", "range"
        if a.day is not None:
            return str(LunarDate(year, a.month, a.day).to_solar_date()), "day"
        first = LunarDate(year, a.month, 1).to_solar_date()
        following = LunarDate(year + a.month // _LAST_LUNAR_MONTH, a.month % _LAST_LUNAR_MONTH + 1, 1).to_solar_date()
    except ValueError:  # a day the month does not have, a year outside the tables
        return None, "day"
    return f"{first}/{following - dt.timedelta(days=1)}", "range"


def value_and_granularity(a: Spec) -> tuple[str | None, str]:
    if a.fixed:
        return a.fixed[0], a.fixed[1]
    if a.century is not None:
        return str(a.century - 1), "century"
    y = a.year
    if y is None:
        return None, "year"
    if a.lunar and a.month is not None:
        return _lunar_value(a, y)
    ys = f"{y:04d}"
    if a.days:
        mo = a.month or 1
        d1, d2 = a.days
        try:
            first = dt.date(y, mo, d1)
            last = first + dt.timedelta(days=d2 - d1)
        except ValueError:
            return None, "range"
        return f"{first}/{last}", "range"
    if a.months:
        m1, m2 = a.months
        y2 = y + 1 if m2 < m1 else y
        return f"{ys}-{m1:02d}/{y2:04d}-{m2:02d}", "range"
    if a.quarters:
        q1, q2 = a.quarters
        return f"{ys}-Q{q1}/{ys}-Q{q2}", "range"
    if a.year_week is not None:
        try:
            monday = dt.date.fromisocalendar(y, a.year_week, 1)
        except ValueError:  # week 53 of a year of 52
            return None, "range"
        return f"{monday}/{monday + dt.timedelta(days=6)}", "range"
    if a.month_week is not None and a.month is not None:
        first = dt.date(y, a.month, 1)  # (week 1 holds the month's first Thursday: most of its days, as in ISO 8601)
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
        monday = thursday - dt.timedelta(days=3) + dt.timedelta(weeks=a.month_week - 1)
        return f"{monday}/{monday + dt.timedelta(days=6)}", "range"
    if a.day is not None and a.month is not None:
        if not 1 <= a.month <= 12 or a.day > calendar.monthrange(y, a.month)[1]:
            return None, "day"
        return f"{ys}-{a.month:02d}-{a.day:02d}", "day"
    if a.month is not None:
        return f"{ys}-{a.month:02d}", "month"
    if a.part:
        return f"{ys}-{a.part}", "half" if a.part.startswith("H") else "quarter"
    return ys, "year"
