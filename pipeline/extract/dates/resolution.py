"""Relative dates resolved against their anchor: ``resolve`` turns a candidate into its value, the special cases
(report periods, shifted periods, quarters, 同X, fixed values) read in turn before the main path, which values the
spec `absolute.absolute_spec` fills in (the year, month or day it leaves out: the anchor's, the day of writing's,
the sentence's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.extract.date_lexicon import Candidate, Spec, patterns
from pipeline.extract.dates.absolute import absolute_spec
from pipeline.extract.dates.defaults import Default
from pipeline.extract.dates.formatting import granularity_of, value_and_granularity
from pipeline.extract.dates.periods import (
    days_of,
    finer_than_year,
    month_bounds,
    months_later,
    year_span,
)
from pipeline.extract.dates.records import Anchor

_YEAR_START = {7: "-01", 10: "-01-01"}  # a month's or a day's value length → the year's first month or day


def _year_start_at(first: str, last: str) -> str:
    """(Round 47) A span that opens with a whole year and ends inside it (今年以来至10月末, 年初以来至10月20日) runs
    from the year's start, at its end's precision (`2023-01/2023-10`, `2023-01-01/2023-10-20`; was `2023/2023-10`), as
    今年前2个月 is `2022-01/2022-02` (guidelines); a quarter end starts at Q1 (`2023-Q1/2023-Q3`). A span from an
    earlier year (2021年至2023年10月 → `2021/2023-10`) keeps its start."""
    if len(first) != 4 or not first.isdigit() or not last.startswith(f"{first}-"):
        return first
    if last[5:6] == "Q":
        return f"{first}-Q1"
    return first + _YEAR_START.get(len(last), "")


Resolved = tuple[str | None, str, Spec | None]  # (value, granularity, absolute spec)


@dataclass
class Resolving:
    """One candidate on its way to its value, what `resolve` was given: each of `SPECIAL_CASES` reads it and, where
    its case holds, sets ``out`` (None: no date here) and says so."""

    c: Candidate
    anchor: Anchor | None
    doc: dt.date | None
    quarter: tuple[int, int] | None
    default: Default | None
    out: Resolved | None = None

    def again(self, spec: Spec) -> Resolved | None:
        """The candidate resolved again with ``spec``: a reader that finds its case does not hold after all (no days
        named before a 上周同期, a 去年7月同期 of no July before) reads it as the plain date its words restate."""
        return resolve(replace(self.c, spec=spec), self.anchor, self.doc, self.quarter, self.default)


def resolve(
    c: Candidate, anchor: Anchor | None, doc: dt.date | None, quarter: tuple[int, int] | None = None,
    default: Default | None = None,
) -> Resolved | None:
    """(value, granularity, absolute spec) of a candidate, or None when it is no date here: the first of
    `SPECIAL_CASES` whose case holds, else the calendar value of its absolute spec (`_calendar_value`)."""
    r = Resolving(c, anchor, doc, quarter, default)
    for reader in SPECIAL_CASES:
        if reader(r):
            return r.out
    return _calendar_value(r)


def _report_reader(r: Resolving) -> bool:
    """报告期内, 本报告期末, 年初至报告期末: the period a periodic report's title names (`_report_period`)."""
    if r.c.spec.report is None:
        return False
    r.out = _report_period(r.c, r.anchor, r.doc, r.default)
    return True


def _shifted_days(r: Resolving) -> bool:
    """上周同期, 上月同期: the days named before, the words' weeks or months earlier; with no days named before, the
    week or month the words name."""
    spec, anchor = r.c.spec, r.anchor
    if spec.same != "shifted" or (spec.week is None and spec.mrel is None):
        return False
    days = days_of(anchor.spec) if anchor is not None else None
    if days is None:
        r.out = r.again(replace(spec, same=None))
        return True
    if spec.week is not None:
        first, last = (d + dt.timedelta(weeks=spec.week[0]) for d in days)
    else:
        first, last = (months_later(d, spec.mrel) for d in days)
    r.out = (f"{first}/{last}", "range", None) if first != last else (str(first), "day", None)
    return True


def _shifted_period(r: Resolving) -> bool:
    """上年同期, 去年同期, 2019年同期: the period named before, in the year the words name."""
    spec, c, anchor, default = r.c.spec, r.c, r.anchor, r.default
    if spec.same != "shifted":
        return False
    year = absolute_spec(replace(spec, same=None, explicit=False), c, anchor, r.doc, default=default)
    if year is None or year.year is None:
        r.out = None, "year", None
        return True
    if anchor is not None and anchor.released is not None and spec.yrel is not None and spec.yrel[0] == -1:
        value, gran = value_and_granularity(replace(anchor.released, year=anchor.released.year - 1))
        r.out = value, gran, None  # 8月22日，X发布半年报，…较上年同期: the report's period a year before (round 26)
        return True
    a = anchor.spec if anchor is not None and not anchor.unrestated else None
    if spec.month is not None and (a is None or a.month != spec.month or a.year is None):
        # 去年7月同期 with no days of July named before it: the month that year (round 27)
        r.out = r.again(replace(spec, same=None))
        return True
    value, gran = _period_in_year(a, _archived_year(spec, a, year, default, c.start), default)
    r.out = value, gran, None
    return True


def _archived_year(spec: Spec, a: Spec | None, year: Spec, default: Default | None, at: int) -> Spec:
    """The year a 去年同期 (at ``at``) names, counted from the period it restates where the text names no 今年 of its
    own before it."""
    if (spec.yrel == (-1, "deictic") and a is not None and a.year is not None
            and (a.end is None or a.end.year == a.year)
            and default is not None and not default.names_before(at) and a.year <= year.year):
        # 去年同期 after 2010年1-10月 in a text that names no 今年 of its own: an archived release, written in the
        # year of the period it reports, so that period's year before (round 20); also where that period is
        # already last year's (12月份…比去年同期 in a January release: never the period itself, round 21) and
        # after days of one year (2021年8月16日至20日)
        year = replace(year, year=a.year - 1)
    return year


def _period_in_year(a: Spec | None, year: Spec, default: Default | None) -> tuple[str | None, str]:
    """The period named before (``a``) moved to ``year``: its value and granularity."""
    span = year_span(a) if a is not None else None
    if a is not None and a.year is not None and a.end is None and finer_than_year(a):
        value, gran = value_and_granularity(replace(a, year=year.year, explicit=False))
    elif span is not None and a is not None and a.year is not None:
        # a stated period given to the day (业绩预告期间：2024年1月1日至2024年6月30日): the same days that year; the
        # whole year given to the day (2024年1月1日至2024年12月31日) is that year (round 32), as the annual
        # forecast's title dates its own figures `2024`
        first, last = (months_later(d, 12 * (year.year - a.year)) for d in span)
        whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        value, gran = (str(first.year), "year") if whole else (f"{first}/{last}", "range")
    elif a is None and default is not None and default.title_part is not None:
        value, gran = value_and_granularity(Spec(year=year.year, part=default.title_part))  # a Q1 report's 上年同期
    else:
        value, gran = value_and_granularity(Spec(year=year.year))
    return value, gran


def _counted_quarter(r: Resolving) -> bool:
    """上季, 本季, 较上季末: the quarter counted from the one the text reports, else from the document date's."""
    spec, quarter, doc = r.c.spec, r.quarter, r.doc
    if spec.qrel is None:
        return False
    if quarter is None and spec.qrel_needs_quarter:
        r.out = None  # 本季, 上季 with no quarter named before: a season (本季英超), not a quarter
        return True
    if quarter is None:
        if doc is None:
            r.out = None, "quarter", None
            return True
        quarter = (doc.year, (doc.month - 1) // 3 + 1)
    index = quarter[0] * 4 + quarter[1] - 1 + spec.qrel
    if spec.qrel_end:  # 较上季末: the quarter's last month
        r.out = f"{index // 4:04d}-{index % 4 * 3 + 3:02d}", "month", None
        return True
    r.out = f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", None
    return True


def _same_as_anchor(r: Resolving) -> bool:
    """同年, 同月, 同日, 同期: the year, month, day or period of the anchor; no date without one."""
    spec, anchor = r.c.spec, r.anchor
    if not spec.same:
        return False
    r.out = None
    if anchor is None:
        return True
    a = anchor.spec
    if spec.same == "year":
        absolute = Spec(year=a.year if a.year is not None else None, fixed=None if a.year else a.fixed)
    elif spec.same == "month":
        if a.month is None:
            return True
        absolute = Spec(year=a.year, month=a.month, lunar=a.lunar)
    elif spec.same == "day":
        if a.end is not None and anchor.day is not None:
            a = anchor.day.spec  # 7月11日公告，公司于1月1日至6月30日期间…。同日公告: the day, not the range's start
        if a.day is None:
            return True
        absolute = Spec(year=a.year, month=a.month, day=a.day, lunar=a.lunar)  # 正月初一…当天: a lunar day
    else:
        absolute = replace(a, explicit=False)
        if a.end is not None:  # 从1981年末到2015年末，…，同期…: the whole span, not its start (round 20)
            first, last = value_and_granularity(replace(a, end=None))[0], value_and_granularity(a.end)[0]
            if first and last:
                r.out = f"{first}/{last}", "range", None
                return True
    value, gran = value_and_granularity(absolute)
    r.out = value, gran, None
    return True


def _fixed_value(r: Resolving) -> bool:
    """A date the grammar gave its value and granularity already (``Spec.fixed``): nothing left to resolve."""
    spec = r.c.spec
    if not spec.fixed:
        return False
    r.out = spec.fixed[0], spec.fixed[1], spec
    return True


# the special cases, tried in turn: the first whose case holds gives the value (the order is the order of the
# checks the single function made: a 上周同期 is a shifted period before any 同期, a 上季 before any 同X)
SPECIAL_CASES: tuple[Callable[[Resolving], bool], ...] = (
    _report_reader,
    _shifted_days,
    _shifted_period,
    _counted_quarter,
    _same_as_anchor,
    _fixed_value,
)


def _calendar_value(r: Resolving) -> Resolved:
    """The main path: the candidate's absolute spec (`absolute_spec`), its end's for a range, and their value."""
    spec, c, anchor, doc, default = r.c.spec, r.c, r.anchor, r.doc, r.default
    absolute = absolute_spec(spec, c, anchor, doc, default=default)
    if absolute is None:
        return None, granularity_of(spec), None
    if spec.end is not None:
        end_abs = absolute_spec(spec.end, c, anchor, doc, start=absolute, default=default)
        if end_abs is None:
            return None, "range", None
        v1, _ = value_and_granularity(absolute)
        v2, _ = value_and_granularity(end_abs)
        if v1 is None or v2 is None:
            return None, "range", None
        return f"{_year_start_at(v1, v2)}/{v2}", "range", replace(absolute, end=end_abs)
    value, gran = value_and_granularity(absolute)
    return value, gran, absolute


def _report_period(
    c: Candidate, anchor: Anchor | None, doc: dt.date | None, default: Default | None
) -> tuple[str | None, str, Spec | None] | None:
    """报告期内, 本报告期末, 年初至报告期末, 本年度报告: the period a periodic report's title names
    (…2024年第一季度报告 → 2024-Q1), its last month, January to that month, or its year. Only the title states the
    report's period: without one, 年初至报告期末 is the year so far (like 年初至今) and the others are no date."""
    spec, title = c.spec, default.title if default is not None else None
    if title is None and anchor is not None and default is not None:
        title = anchor.report or passage_report(anchor, default.text)
    if title is None or title.year is None or spec.year not in (None, title.year):
        if spec.report != "ytd":
            return None
        return resolve(replace(c, spec=replace(spec, report=None)), anchor, doc, None, default)
    last = month_bounds(title)[1]
    absolute = {
        "period": replace(title),
        "year": Spec(year=title.year),
        "end": Spec(year=title.year, month=last),
        "ytd": Spec(year=title.year, months=(1, last) if 1 < last < 12 else None, month=1 if last == 1 else None),
    }[spec.report]
    value, gran = value_and_granularity(absolute)
    return value, gran, absolute


def passage_report(anchor: Anchor, s: str) -> Spec | None:
    """The period of a periodic report the passage names right before (2023年第三季度报告显示，…), when it names a
    year's quarter, half or months: the report period of what follows where the title names none."""
    a = anchor.spec
    if a.year is None or a.end is not None or a.day is not None:
        return None
    if not finer_than_year(a):  # a year's report is its annual report only (2023年年度报告, not 2023年报告)
        return Spec(year=a.year) if patterns()["passage_annual_report_after"].match(s, anchor.pos) else None
    if patterns()["passage_report_after"].match(s, anchor.pos) is None:
        return None
    return Spec(year=a.year, part=a.part, month=a.month, months=a.months, quarters=a.quarters)
