"""The records of the date engine: a date mention (what it returns) and a passage's anchor (what a relative date
resolves against), with the granularities a value has.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.chars import HSPACE_RUN
from pipeline.extract.date_lexicon import Spec

GRANULARITIES = ("century", "year", "half", "quarter", "month", "day", "range")
_SP = HSPACE_RUN


@dataclass(frozen=True)
class DateMention:
    """One calendar expression: offsets index the original text, ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str


@dataclass
class Anchor:
    spec: Spec  # fully absolute
    pos: int
    explicit: bool = True  # written with its year or to the day (a bare day takes only such a date's month)
    row: bool = False  # set by a table's cell: it dates the rest of its table only
    outer: Anchor | None = None  # (a cell's) the anchor before the table, which holds again after it
    report: Spec | None = None  # the period of the report the passage names, kept by its 报告期末 (then 报告期内)
    defaulted: bool = False  # its year is the document date's (no title year, no anchor): it tells later dates nothing
    day: Anchor | None = None  # the last single day of the passage up to here (for 同日 after a range of days)
    week: Anchor | None = None  # the last week (本周, 上周) of the passage up to here, for the bare weekdays after it
    month: Anchor | None = None  # the last date of the passage lending its month to a bare day (a dateline)
    reported_month: Anchor | None = None  # the last single month of the passage, which a 上月 counts from (r45)
    dateline: Anchor | None = None  # the day the paragraph opens with (the time of writing of a flash or wrap)
    firm_day: Anchor | None = None  # the last single day up to here that is no bound, nor ahead (round 33 review)
    released: Spec | None = None  # the period of a report released on this day (8月22日，X发布半年报): its 同期's
    annual: bool = False  # (round 46 mend) a part of a year an annual report's release dated (全年, 年末, 四季度):
    # a later month or quarter (4月份, 一季度) is the news's, no part of the report's year
    unrestated: bool = False  # no period a 同期 restates: a reporter's day (记者5日从…获悉), a holiday's days
    this_year: bool = False  # the document's own year said deictically (今年, 今年以来): a month after the document
    # date's that takes its year was reported last year, not ahead (round 44)
    spoken: Anchor | None = None  # the last day of the paragraph a body spoke or released on (round 44)
    # the last anchor up to here that is a period, no single day: what a bare 同期 after a speaking day restates (r45)
    data_period: Anchor | None = None
    # (round 43 mend) ``leads_data`` is `opens_data_clause`, read once for every anchor: it opens its clause before a
    # figure, so a 比去年 of its sentence counts from it (round 43). ``opens`` is derived from it for a ``written``
    # period only (`written_period`): ``leads_data``, or else taken over from the ``written`` period it took its year
    # from (一季度 after 2024年一季度末，…), so a later paragraph's 上年 counts from it (round 41 mend)
    leads_data: bool = False
    opens: bool = False
