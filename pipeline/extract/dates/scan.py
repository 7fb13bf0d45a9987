"""The date scan: every candidate of the grammar read in text order, resolved against the passage's anchor, and
kept as a ``DateMention``; and the quantities of a text that are no part of a date.

`scan_dates` runs its stages in order: what the whole text tells every candidate (`read_text`); then for each
candidate, whether it is passed over, which anchors a paragraph break before it closes (`close_passage`), which anchor
it uses (`anchor_choice.choose_anchor`), its value (`resolve`), and whether it becomes the passage's anchor
(`takes_anchor`, `take_anchor`: built, linked to the one before it, the scan's other anchors updated).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from pipeline.extract.date_grammar import read_ocr_zeros, scan_candidates
from pipeline.extract.date_lexicon import Candidate, Spec, patterns
from pipeline.extract.date_ranges import drop_contract_months, drop_excluded, drop_recurring, merge_ranges
from pipeline.extract.dates.anchor_choice import choose_anchor
from pipeline.extract.dates.anchors import (
    counted_month,
    is_firm_day,
    lends_month,
    news_day_anchor,
    note_period,
    one_year_per_list,
    reported_month,
    row_period,
    written_period,
)
from pipeline.extract.dates.breaks import (
    after_table,
    dateline_day_at,
    in_row,
    is_dateline,
    line_bounds,
    paragraph_break,
    same_table,
)
from pipeline.extract.dates.cues import (
    cited_year,
    comparison_base,
    counted_frame,
    event_month,
    holiday_days,
    in_definition,
    in_unnamed_year,
    opens_data_clause,
    relay_day,
    released_period,
    speaking_day,
    trend_start,
    uncompared_first_months,
)
from pipeline.extract.dates.defaults import (
    Default,
    dates_an_ended_year,
    day_from_default,
    month_from_default,
    reported_periods,
    year_from_default,
)
from pipeline.extract.dates.formatting import granularity_of
from pipeline.extract.dates.headings import (
    PLAIN_HEADING_LEVEL,
    dated_heading_lines,
    heading_level,
    heading_parents,
)
from pipeline.extract.dates.periods import (
    can_anchor,
    gives_month_to_bare_days,
    names_month,
    reported_quarter,
    single_day,
    week_monday,
)
from pipeline.extract.dates.records import Anchor, DateMention
from pipeline.extract.dates.resolution import passage_report, resolve
from pipeline.extract.dates.scan_state import Anchors, Reading, ScanText
from pipeline.extract.dates.titles import (
    part_of_title,
    release_month,
    released_bulletin,
    roc_home,
    time_of_writing,
    title_line,
    title_month,
    title_period,
    week_of_title,
    year_of_title,
    year_of_writing,
)
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.numerals import normalise
from pipeline.script import simplified


def find_dates(text: str, document_date: dt.date | None = None) -> list[DateMention]:
    """Every calendar expression of ``text`` with its normalised value, in text order."""
    return scan_dates(text, document_date)[0]


def read_text(text: str, s: str, cands: list[Candidate], document_date: dt.date | None) -> ScanText:
    """What every candidate reads of the whole text, read once before the first: titles, the time of writing, the
    title's and the lead's defaults (`Default`), the lead's bulletin and the section headings."""
    titles = [(m.start(), m.end()) for m in patterns()["title"].finditer(s)]
    document_date = time_of_writing(s, document_date)
    title = title_period(s, cands)
    default = Default(s, document_date, year_of_title(title, document_date), part_of_title(title, document_date), title,
                       min((c.start for c in cands if c.spec.yrel == (0, "deictic")), default=None), year_of_writing(s),
                       release_month(s, cands, document_date) or title_month(title, document_date))
    default = replace(default, title_week=week_of_title(s, cands, default))
    default = replace(default, reported=reported_periods(s, cands, default))
    release = released_bulletin(s, cands, document_date) if default.title_year is None else None
    headline_end = title_line(s)[1]  # a headline's year (比亚迪2023年净利润…) is no year of the lead's news day
    headings, parents = section_headings(s, cands, document_date, headline_end)
    ordered = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    return ScanText(text, s, document_date, default, release, headline_end, titles, headings, parents, ordered, starts)


def section_headings(s: str, cands: list[Candidate], document_date: dt.date | None,
                     headline_end: int) -> tuple[list[int], list[int]]:
    """The line starts of the numbered section headings and of the plain lines a date heads, in order, and each one's
    parent: a heading's date dates every paragraph under it (`heading_anchor`)."""
    numbered = [(m.start(), heading_level(m)) for m in patterns()["section_heading"].finditer(s)]
    numbered = sorted(numbered + [(at, PLAIN_HEADING_LEVEL) for at in dated_heading_lines(s, cands, document_date)
                                 if at >= headline_end])  # (a title's period: round 14's release rules, as in claims)
    headings = [at for at, _ in numbered]  # line starts, in order
    parents = heading_parents([level for _, level in numbered])
    return headings, parents


def passed_over(t: ScanText, a: Anchors, c: Candidate) -> bool:
    """A candidate that is no date of its text, read before the passage it stands in: a month or day of a year the
    text does not name, or 前N个月 that are the months just before the one reported."""
    # 自当年1月1日起累计: a day of a year the text does not name (each year a rule applies to); 9月份，…涨幅比前两个月
    # 回落: the months just before, not the year's first (round 34 mend)
    return in_unnamed_year(t.s, c, a.unnamed_end) or uncompared_first_months(t.s, c, t.ordered, t.starts)


def close_passage(t: ScanText, a: Anchors, c: Candidate) -> None:
    """The anchors a paragraph break before ``c`` ends: the passage's anchor (past a table, the one before it) becomes
    the closed one a later 当日/当月 restates, as does a news day that anchored nothing (round 31); a table row's anchor
    closes nothing."""
    s = t.s
    a.anchor = after_table(a.anchor, s, c.start)
    if a.anchor is not None and paragraph_break(s, a.anchor.pos, c.start):
        a.closed, a.anchor, a.news = a.anchor, None, None
        a.periods = {}  # (round 48) the parts of a year a passage named restate nothing past it
    elif a.anchor is None and a.news is not None and paragraph_break(s, a.news.pos, c.start):
        a.closed, a.news = a.news, None  # 3月26日晚间，…。⏎当日，…: the news day that anchored nothing (round 31)
    a.closed = None if a.closed is None or a.closed.row else a.closed


def note_bare_year(r: Reading, value: str | None) -> None:
    """The year a month written without one (5月末, 5月份) resolved to, which a later restated month must share
    (`carries_named_year`, r43 mend)."""
    c = r.c
    if (c.spec.month is not None and c.spec.year is None and c.spec.yrel is None and c.spec.months is None
            and value is not None and value[:4].isdigit()):
        r.a.bare_years[c.spec.month] = int(value[:4])


def takes_anchor(r: Reading, absolute: Spec) -> bool:
    """Whether the date becomes the passage's anchor: not in a title, no forecast's month nor news day, and none of
    the dates a passage names in passing (a comparison base, a dateline, a cited year, a counted month, a trend's
    start)."""
    s, c = r.t.s, r.c
    return (not r.in_title and not r.vintage and not r.news_day and (can_anchor(c.spec) or counted_frame(s, c))
            and not comparison_base(s, c)
            and not is_dateline(s, c) and not cited_year(s, c) and not counted_month(c, r.use, r.t.default)
            and not trend_start(s, c, absolute, r.a.anchor))


def new_anchor(r: Reading, absolute: Spec, before: Anchor | None) -> Anchor:
    """The anchor the date sets (a table row's: the row's period, with the anchor before the table kept as its
    ``outer``), and whether its year was the document date's (``defaulted``: it tells later dates nothing)."""
    s, c, use, default = r.t.s, r.c, r.use, r.t.default
    row = in_row(s, c.start)
    outer = (before.outer if before and before.row else before) if row else None
    anchor = Anchor(row_period(s, before, c, absolute) if row else absolute, c.end,
                    gives_month_to_bare_days(c.spec) or event_month(s, c), row, outer,
                    report=(use.report or passage_report(use, s)) if c.spec.report and use is not None
                    else None)
    anchor.defaulted = default.title_year is None and (
        ((use is None or use is r.a.ended) and (year_from_default(c.spec) or day_from_default(c.spec)))
        or (day_from_default(c.spec) and c.spec.month is None and month_from_default(use)))
    anchor.leads_data = opens_data_clause(s, c)
    return anchor


def link_days(r: Reading, anchor: Anchor, before: Anchor | None, absolute: Spec) -> None:
    """The last single day, firm day, week and month of the passage up to the new anchor: the anchor itself where it
    is one, else the one before it (or the passage's news day)."""
    s, c, news = r.t.s, r.c, r.a.news
    anchor.day = anchor if single_day(absolute) else (before.day if before is not None else news)
    anchor.firm_day = anchor if single_day(absolute) and is_firm_day(s, c, absolute, r.t.default) else (
        before.firm_day if before is not None else news)
    anchor.week = anchor if week_monday(absolute) else (before.week if before is not None else None)
    anchor.month = anchor if lends_month(anchor) else (
        before.month if before is not None and not names_month(c.spec) else None)


def mark_kind(r: Reading, anchor: Anchor, before: Anchor | None, absolute: Spec) -> None:
    """What kind of date the new anchor is, for the dates after it: the month of data it reports, the period a report
    released on it covers, an annual report's part, a day no 同期 restates, the document's own year said deictically."""
    s, c, use = r.t.s, r.c, r.use
    anchor.reported_month = reported_month(s, c, anchor, before)
    anchor.released = released_period(s, c, absolute)
    anchor.annual = r.reported is not None or (use is not None and use.annual)
    anchor.unrestated = (single_day(absolute) and relay_day(s, c)) or holiday_days(s, c)
    anchor.this_year = (c.spec.yrel == (0, "deictic") and granularity_of(c.spec) == "year"
                        and c.after_paren_year is None)


def link_sources(r: Reading, anchor: Anchor, before: Anchor | None, absolute: Spec) -> None:
    """The day a body spoke on, the paragraph's dateline and the data period up to the new anchor (a closed
    paragraph's, where the passage has no anchor before it)."""
    s, c = r.t.s, r.c
    anchor.spoken = anchor if single_day(absolute) and speaking_day(s, c) else (
        before.spoken if before is not None else None)
    anchor.dateline = anchor if single_day(absolute) and dateline_day_at(s, c) else (
        before.dateline if before is not None else None)
    earlier = before if before is not None else r.a.closed
    anchor.data_period = anchor if not single_day(absolute) else (
        earlier.data_period if earlier is not None else None)


def update_anchors(r: Reading, anchor: Anchor, absolute: Spec) -> None:
    """The scan's other anchors once the new one is read: the ended year, the heading's, the paragraph's lead, the
    last date named (or the last target year) and the data period written last, and the quarter reported."""
    t, a, c, s = r.t, r.a, r.c, r.t.s
    headings, row = t.headings, anchor.row
    a.ended = anchor if anchor.defaulted and dates_an_ended_year(c, absolute, t.document_date) else a.ended
    line_start = line_bounds(s, c.start)[0]
    if headings and headings[min(bisect.bisect_left(headings, line_start), len(headings) - 1)] == line_start:
        a.heading_anchors[line_start] = anchor
    if not row and not s[line_start : c.start].strip():
        a.lead = anchor
    # (`plans_whole_year` reads `looks_ahead` itself, last of its tests: a date whose clause looks ahead is no named
    # date, 计划于2024年底建成 as much as 全年目标)
    if not row and not t.default.plans_whole_year(c) and (
            t.document_date is None or absolute.year is None or absolute.year <= t.document_date.year):
        a.named = anchor  # (final read) not a target or ahead year: 到2027年，…将…。年内… is no 2027
        note_period(a.periods, anchor)
        a.written = written_period(s, c, anchor, r.use, a.written, c.start >= t.headline_end)
    elif not row:
        a.ahead, a.written = anchor, None
    if quarter := reported_quarter(absolute, t.document_date):
        if row:  # (a table header's quarter columns, 2024Q1 2023Q4, are no quarter the prose reports: round 50)
            a.row_quarter = c.start, quarter
        else:
            a.quarter = quarter


def counting_quarter(s: str, a: Anchors, c: Candidate) -> tuple[int, int] | None:
    """The quarter 上季/本季 at ``c`` counts from: the one its table's rows named, in a table; else the text's. The
    candidates come in text order, so the table's mark moves on to each row it is read at (the next test reads only
    the lines after it) and is dropped past the table's end: linear in the text, however long the table or the text
    after it."""
    if a.row_quarter is None:
        return a.quarter
    start, quarter = a.row_quarter
    if same_table(s, start, c.start):
        a.row_quarter = c.start, quarter
        return quarter
    a.row_quarter = None
    return a.quarter


def take_anchor(r: Reading, absolute: Spec) -> None:
    """The date becomes the passage's anchor: built, linked to the one before it, and the scan's anchors updated."""
    before = r.a.anchor
    anchor = r.a.anchor = new_anchor(r, absolute, before)
    link_days(r, anchor, before, absolute)
    mark_kind(r, anchor, before, absolute)
    link_sources(r, anchor, before, absolute)
    update_anchors(r, anchor, absolute)


def scan_dates(text: str, document_date: dt.date | None = None) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The date mentions, and the spans of every calendar expression (titles and unresolved
    ones included: a number must leave them alone even where they are no date row)."""
    if not text:
        return [], []
    s = read_ocr_zeros(simplified(normalise(text)))
    merged = merge_ranges(s, drop_excluded(s, scan_candidates(s, roc_home(text))))
    cands = drop_contract_months(s, drop_recurring(s, merged))  # 每年3月31日, 12月交货: still a calendar expression
    t = read_text(text, s, cands, document_date)
    a = Anchors()
    out: list[DateMention] = []
    defaulted: list[int] = []  # indices in ``out`` of year parts that took the document date's year
    for c in t.ordered:
        if passed_over(t, a, c):
            continue
        close_passage(t, a, c)
        if in_definition(s, c):
            continue  # 本年到位资金：指…报告期内…: words of a defined term
        r = choose_anchor(t, a, c)
        if r is None:
            continue
        c = r.c
        resolved = resolve(c, None if r.vintage or r.news_day else r.use, t.document_date, counting_quarter(s, a, c),
                           t.default)
        if resolved is None:
            a.unnamed_end = c.end if c.spec.same == "year" else a.unnamed_end
            continue
        value, gran, absolute = resolved
        note_bare_year(r, value)
        if absolute is not None and takes_anchor(r, absolute):
            take_anchor(r, absolute)
        elif r.news_day and absolute is not None and single_day(absolute):
            a.news = news_day_anchor(absolute, c.end, a.anchor)
        if r.in_title:
            continue
        if r.use is None and t.default.title_year is None and year_from_default(c.spec) and gran in _LISTED_PARTS:
            defaulted.append(len(out))
        out.append(DateMention(c.start, c.end, text[c.start : c.end], value, gran))
    return one_year_per_list(s, out, defaulted, t.default), [(c.start, c.end) for c in merged]


_LISTED_PARTS = ("quarter", "half")


def quantities_outside_dates(text: str) -> list[Quantity]:
    """The quantities of plain text, with calendar expressions owned by dates as in the pipeline
    (for text that is no Doc: a table cell with its header's unit, tests, benchmarks)."""
    return find_quantities(text, owned=scan_dates(text)[1])
