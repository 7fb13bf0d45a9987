"""The records `scan_dates` carries through its stages: what the whole text gives every candidate (`ScanText`, read
once), the anchors the scan keeps from one candidate to the next (`Anchors`), and one candidate's reading on its way
to a row (`Reading`), which the stages of `anchor_choice` and `scan` read and set in the order the single loop did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.extract.date_lexicon import Candidate
from pipeline.extract.dates.defaults import Default
from pipeline.extract.dates.records import Anchor


@dataclass(frozen=True)
class ScanText:
    """What the whole text tells every candidate, read before the first: the normalised text, the time of writing,
    the title's and the lead's defaults, and where titles and headings stand."""

    text: str  # the text as given: a row's offsets and words index it
    s: str  # the normalised text every cue reads
    document_date: dt.date | None  # the time of writing (`time_of_writing`), else the document date
    default: Default
    release: Anchor | None  # the bulletin the lead releases (`released_bulletin`), read only without a title's year
    headline_end: int  # a headline's year (比亚迪2023年净利润…) is no year of the lead's news day
    titles: list[tuple[int, int]]
    headings: list[int]  # line starts, in order
    parents: list[int]  # each heading's parent (`heading_parents`)
    ordered: list[Candidate]  # the candidates in text order
    starts: list[int]  # their starts


@dataclass
class Anchors:
    """The anchors the scan keeps from one candidate to the next: each answers a kind of later date (a 上年, a 全年,
    a 当日, a 年内 …) and each stage that sets one says when it ends."""

    anchor: Anchor | None = None  # the date of the passage up to here
    lead: Anchor | None = None  # the date that opened a paragraph before (2023年末，…), for 上年 in one with none
    ended: Anchor | None = None  # a 全年 of the passage its result dated to the year that has ended (round 28)
    closed: Anchor | None = None  # the anchor of the paragraph before, for a later paragraph's 当日/当月 (round 30)
    named: Anchor | None = None  # the last date named, in any passage: a sentence-opening 年内's year (round 33)
    written: Anchor | None = None  # the last data period named with its year written, past the headline (round 40)
    ahead: Anchor | None = None  # the last anchor of a target or ahead year, which no 年内 takes (r33 final read)
    news: Anchor | None = None  # the last news day (round 28) of the passage, which anchors nothing but its 当日
    quarter: tuple[int, int] | None = None  # the quarter the text reports (for 上季, 今季)
    row_quarter: tuple[int, tuple[int, int]] | None = None  # where a table's row named a quarter, and that quarter: it
    # counts 上季 within its table only (a header's 2024Q1 2023Q4 columns are no quarter the prose reports, round 50)
    heading_anchors: dict[int, Anchor] = field(default_factory=dict)  # a heading's line start → the anchor its date set
    bare_years: dict[int, int] = field(default_factory=dict)  # a month written without a year (5月末, 5月份) → the
    # year read (r43 mend)
    periods: dict[tuple[int, int], Anchor] = field(default_factory=dict)  # the months of a part of a year the passage
    # named (一季度 → (1, 3)) → its anchor of the latest year: a later sentence's bare 一季度 restating it (round 48)
    unnamed_end: int = -1  # where a 当年/同年 ended that named no year of its passage (round 30)
    ended_at: tuple[int, tuple[int, int, int]] = (-1, (0, 0, 0))  # where ``ended``'s passage ends (break_points)


@dataclass
class Reading:
    """One candidate on its way to a row: the anchor it uses (``use``, chosen by `anchor_choice`'s readers in
    turn), and what later stages ask of it. ``c`` is replaced where a reader restates its spec (比同期 = 比上年同期)."""

    t: ScanText
    a: Anchors
    c: Candidate
    in_title: bool
    vintage: bool  # `forecast_vintage`: the month of an earlier forecast, of the time of writing
    use: Anchor | None
    reported: Anchor | None = None  # the year an annual report covers (`annual_report_year`)
    news_day: bool = False  # round 28's news day (3月26日晚间 under a 2023 title or headline)
