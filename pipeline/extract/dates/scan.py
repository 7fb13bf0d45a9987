"""The date scan: every candidate of the grammar read in text order, resolved against the passage's anchor, and
kept as a ``DateMention``; and the quantities of a text that are no part of a date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from pipeline.extract.date_grammar import read_ocr_zeros, scan_candidates
from pipeline.extract.date_lexicon import patterns, res
from pipeline.extract.date_ranges import drop_contract_months, drop_excluded, drop_recurring, merge_ranges
from pipeline.extract.dates.anchors import (
    annual_report_year,
    carries_named_year,
    closed_passage_anchor,
    compared_last_year,
    counted_month,
    counts_from_written,
    data_year_of_last_year,
    is_firm_day,
    lends_month,
    news_day_anchor,
    one_year_per_list,
    released_year_part,
    released_year_same,
    reported_month,
    row_period,
    written_period,
    year_part_of_results,
)
from pipeline.extract.dates.breaks import (
    after_table,
    break_points,
    broken_at,
    dateline_day_at,
    heading_between,
    in_prose,
    in_row,
    is_dateline,
    line_bounds,
    paragraph_break,
    section_break,
)
from pipeline.extract.dates.cues import (
    bare_base_period,
    cited_year,
    comparison_base,
    ended_year_start,
    event_month,
    forecast_vintage,
    holiday_days,
    in_definition,
    in_unnamed_year,
    opens_data_clause,
    relay_day,
    released_period,
    restates_in_clause,
    sentence_year_parts,
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
    heading_anchor,
    heading_level,
    heading_parents,
)
from pipeline.extract.dates.periods import (
    anaphoric,
    can_anchor,
    counted_forward,
    gives_month_to_bare_days,
    names_month,
    reported_quarter,
    single_day,
    week_monday,
)
from pipeline.extract.dates.records import Anchor, DateMention
from pipeline.extract.dates.resolution import passage_report, resolve
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


def scan_dates(text: str, document_date: dt.date | None = None) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The date mentions, and the spans of every calendar expression (titles and unresolved
    ones included: a number must leave them alone even where they are no date row)."""
    if not text:
        return [], []
    s = read_ocr_zeros(simplified(normalise(text)))
    merged = merge_ranges(s, drop_excluded(s, scan_candidates(s, roc_home(text))))
    cands = drop_contract_months(s, drop_recurring(s, merged))  # 每年3月31日, 12月交货: still a calendar expression
    titles = [(m.start(), m.end()) for m in patterns()["title"].finditer(s)]
    document_date = time_of_writing(s, document_date)
    title = title_period(s, cands)
    default = Default(s, document_date, year_of_title(title, document_date), part_of_title(title, document_date), title,
                       any(c.spec.yrel == (0, "deictic") for c in cands), year_of_writing(s),
                       release_month(s, cands, document_date) or title_month(title, document_date))
    default = replace(default, title_week=week_of_title(s, cands, default))
    default = replace(default, reported=reported_periods(s, cands, default))
    release = released_bulletin(s, cands, document_date) if default.title_year is None else None
    headline_end = title_line(s)[1]  # a headline's year (比亚迪2023年净利润…) is no year of the lead's news day
    out: list[DateMention] = []
    anchor: Anchor | None = None
    lead: Anchor | None = None  # the date that opened a paragraph before (2023年末，…), for 上年 in one with none
    ended: Anchor | None = None  # a 全年 of the passage its result dated to the year that has ended (round 28)
    closed: Anchor | None = None  # the anchor of the paragraph before, for a later paragraph's 当日/当月 (round 30)
    named: Anchor | None = None  # the last date named, in any passage: a sentence-opening 年内's year (round 33)
    written: Anchor | None = None  # the last data period named with its year written, past the headline (round 40)
    ahead: Anchor | None = None  # the last anchor of a target or ahead year, which no 年内 takes (r33 final read)
    news: Anchor | None = None  # the last news day (round 28) of the passage, which anchors nothing but its 当日
    quarter: tuple[int, int] | None = None  # the quarter the text reports (for 上季, 今季)
    numbered = [(m.start(), heading_level(m)) for m in patterns()["section_heading"].finditer(s)]
    numbered = sorted(numbered + [(at, PLAIN_HEADING_LEVEL) for at in dated_heading_lines(s, cands, document_date)
                                 if at >= headline_end])  # (a title's period: round 14's release rules, as in claims)
    headings = [at for at, _ in numbered]  # line starts, in order
    parents = heading_parents([level for _, level in numbered])
    heading_anchors: dict[int, Anchor] = {}  # a heading's line start → the anchor its date set
    defaulted: list[int] = []  # indices in ``out`` of year parts that took the document date's year
    bare_years: dict[int, int] = {}  # a month written without a year (5月末, 5月份) → the year read (r43 mend)
    unnamed_end = -1  # where a 当年/同年 ended that named no year of its passage (round 30)
    ended_at: tuple[int, tuple[int, int, int]] = (-1, (0, 0, 0))  # where ``ended``'s passage ends (break_points)
    ordered = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for c in ordered:
        if in_unnamed_year(s, c, unnamed_end):
            continue  # 自当年1月1日起累计: a day of a year the text does not name (each year a rule applies to)
        if uncompared_first_months(s, c, ordered, starts):
            continue  # 9月份，…涨幅比前两个月回落: the months just before, not the year's first (round 34 mend)
        anchor = after_table(anchor, s, c.start)
        if anchor is not None and paragraph_break(s, anchor.pos, c.start):
            closed, anchor, news = anchor, None, None
        elif anchor is None and news is not None and paragraph_break(s, news.pos, c.start):
            closed, news = news, None  # 3月26日晚间，…。⏎当日，…: the news day that anchored nothing (round 31)
        closed = None if closed is None or closed.row else closed
        if in_definition(s, c):
            continue  # 本年到位资金：指…报告期内…: words of a defined term
        in_title = any(a <= c.start and c.end <= b for a, b in titles)
        vintage = forecast_vintage(s, c)
        use = anchor if anchor is not None else heading_anchor(headings, parents, heading_anchors, c.start)
        if (use is None and closed is not None and s[c.start:c.end] in res()["closed_passage_words"]
                and in_prose(s, c.start) and restates_in_clause(s, c)):
            use = closed_passage_anchor(closed, c.spec)  # 。⏎当日，… / 报道说，当月…: the day or month said before
        if use is not None and use is ahead and s[c.start:c.end] in sentence_year_parts():
            use = named  # 到2027年，…将达到…。年内沪指累计上涨…: the year so far, not the target's
        if use is None and named is not None and s[c.start:c.end] in sentence_year_parts():
            use = named  # 2024年12月31日，…。⏎年内沪指累计上涨…: the year of the last date named, not the document's
        if use is None and carries_named_year(s, written, c, default, in_title, bare_years) and not heading_between(
                headings, written.pos, c.start):
            use = written  # 2024年一季度末，…。⏎一季度，商业银行…: the release's year, not the document's (round 40)
        if use is not None and use.defaulted and year_from_default(c.spec) and c.spec.drel is None:
            # (a 今日 keeps it: the day its paragraph opens with is its time of writing, round 20)
            use = None  # 全年…。年末…: 年末 takes the document date's year by its own rule, not 全年's
        if (bulletin := released_year_same(c, use, release)) is not None:
            use = bulletin  # 昨天，…公布《2017年…公报》。公报显示，这一年… → 2017 (round 47)
        if (bulletin := released_year_part(s, c, use, default, release)) is not None:
            use = bulletin  # 近日，…发布《2023年…公报》。⏎全年…; 年末…比年初增加… → 2023 (round 46)
        if (reported := annual_report_year(s, c, anchor, default)) is not None:
            use = reported  # 3月，公司发布年报，全年实现营收…: the year the report covers (round 46)
        elif use is not None and use.annual and year_from_default(c.spec) and not year_part_of_results(s, c, True):
            use = None  # 发布年报，全年…。4月份，…: the month of the news, not of the report's year (round 46 mend)
        if ended is not None and ended_at[0] != ended.pos:
            ended_at = (ended.pos, break_points(s, ended.pos))
        if ended is not None and broken_at(ended_at[1], c.start):
            ended = None
        if ended is not None and use is None and c.spec.whole_year and not default.plans_whole_year(c):
            use = ended  # (round 28) 全年…，比上年增加…。全年…基金收入…: the whole year its passage already reported
        elif ended is not None and use is None and ended_year_start(s, c, anchor, ended):
            use = ended  # (round 45) 年末…，比年初增加…: the start of the year whose end its passage reported
        if use is None and default.title_year is None and anaphoric(c.spec):
            # (the lead's run is checked only where it is used: checking it at every candidate would read the text
            # from the lead on again each time)
            if lead is not None and section_break(s, lead.pos, c.start):
                lead = None
            use = lead if lead is not None and (release is None or lead.pos > release.pos) else (release or lead)
            if use is None and counts_from_written(s, written, c, headings):
                use = written  # 2024年末全国人口…。⏎从城乡构成看，…比上年末增加…: the data's year before (round 41)
        if use is None and default.title_year is None and counted_forward(c.spec):
            unnamed_end = c.end
            continue  # 企业应于次年5月31日前…: the year after one the text does not name (round 31), as 当年 is none
        if (use is not None and use.spoken is use and use.data_period is not None and c.spec.same == "period"
                and c.spec.yrel is None and not c.spec.explicit):
            use = use.data_period  # (round 45) 上半年…⏎…今日在发布会上表示，…超过同期…: the data's period, not the day
        if bare_base_period(s, c):
            c = replace(c, spec=replace(c.spec, same="shifted", yrel=(-1, "anaphoric")))  # 比同期 = 比上年同期
        if (data_year := data_year_of_last_year(s, c, use, default, lead, release, written, headings)) is not None:
            use = data_year  # 近日，…发布《2023年…公报》。⏎…比去年末减少… → 2022-12 (round 46)
            c = replace(c, spec=replace(c.spec, yrel=(-1, "anaphoric")))
        elif compared_last_year(s, c, use, default, document_date):
            c = replace(c, spec=replace(c.spec, yrel=(-1, "anaphoric")))  # 2011年…比去年 = 比上年 (round 43)
        news_day = default.news_day(c.spec) and (  # round 28: 3月26日晚间 under a 2023 title or headline
            default.title_year is not None if use is None else use.pos <= headline_end < c.start)
        resolved = resolve(c, None if vintage or news_day else use, document_date, quarter, default)
        if resolved is None:
            unnamed_end = c.end if c.spec.same == "year" else unnamed_end
            continue
        value, gran, absolute = resolved
        if (c.spec.month is not None and c.spec.year is None and c.spec.yrel is None and c.spec.months is None
                and value is not None and value[:4].isdigit()):
            bare_years[c.spec.month] = int(value[:4])
        if (absolute is not None and not in_title and not vintage and not news_day and can_anchor(c.spec)
                and not comparison_base(s, c)
                and not is_dateline(s, c) and not cited_year(s, c) and not counted_month(c, use, default)
                and not trend_start(s, c, absolute, anchor)):
            row = in_row(s, c.start)
            outer = (anchor.outer if anchor and anchor.row else anchor) if row else None
            before = anchor
            anchor = Anchor(row_period(s, anchor, c, absolute) if row else absolute, c.end,
                             gives_month_to_bare_days(c.spec) or event_month(s, c), row, outer,
                             report=(use.report or passage_report(use, s)) if c.spec.report and use is not None
                             else None)
            anchor.defaulted = default.title_year is None and (
                ((use is None or use is ended) and (year_from_default(c.spec) or day_from_default(c.spec)))
                or (day_from_default(c.spec) and c.spec.month is None and month_from_default(use)))
            ended = anchor if anchor.defaulted and dates_an_ended_year(c, absolute, document_date) else ended
            anchor.leads_data = opens_data_clause(s, c)
            line_start = line_bounds(s, c.start)[0]
            if headings and headings[min(bisect.bisect_left(headings, line_start), len(headings) - 1)] == line_start:
                heading_anchors[line_start] = anchor
            anchor.day = anchor if single_day(absolute) else (before.day if before is not None else news)
            anchor.firm_day = anchor if single_day(absolute) and is_firm_day(s, c, absolute, default) else (
                before.firm_day if before is not None else news)
            anchor.week = anchor if week_monday(absolute) else (before.week if before is not None else None)
            anchor.month = anchor if lends_month(anchor) else (
                before.month if before is not None and not names_month(c.spec) else None)
            anchor.reported_month = reported_month(s, c, anchor, before)
            anchor.released = released_period(s, c, absolute)
            anchor.annual = reported is not None or (use is not None and use.annual)
            anchor.unrestated = (single_day(absolute) and relay_day(s, c)) or holiday_days(s, c)
            anchor.this_year = (c.spec.yrel == (0, "deictic") and granularity_of(c.spec) == "year"
                                and c.after_paren_year is None)
            anchor.spoken = anchor if single_day(absolute) and speaking_day(s, c) else (
                before.spoken if before is not None else None)
            anchor.dateline = anchor if single_day(absolute) and dateline_day_at(s, c) else (
                before.dateline if before is not None else None)
            earlier = before if before is not None else closed
            anchor.data_period = anchor if not single_day(absolute) else (
                earlier.data_period if earlier is not None else None)
            if not row and not s[line_bounds(s, c.start)[0] : c.start].strip():
                lead = anchor
            if not row and not default.looks_ahead(c) and not default.plans_whole_year(c) and (
                    document_date is None or absolute.year is None or absolute.year <= document_date.year):
                named = anchor  # (final read) not a target or ahead year: 到2027年，…将…。年内… is no 2027
                written = written_period(s, c, anchor, use, written, c.start >= headline_end)
            elif not row:
                ahead, written = anchor, None
            quarter = reported_quarter(absolute, document_date) or quarter
        elif news_day and absolute is not None and single_day(absolute):
            news = news_day_anchor(absolute, c.end, anchor)
        if in_title:
            continue
        if use is None and default.title_year is None and year_from_default(c.spec) and gran in _LISTED_PARTS:
            defaulted.append(len(out))
        out.append(DateMention(c.start, c.end, text[c.start : c.end], value, gran))
    return one_year_per_list(s, out, defaulted), [(c.start, c.end) for c in merged]


_LISTED_PARTS = ("quarter", "half")


def quantities_outside_dates(text: str) -> list[Quantity]:
    """The quantities of plain text, with calendar expressions owned by dates as in the pipeline
    (for text that is no Doc: a table cell with its header's unit, tests, benchmarks)."""
    return find_quantities(text, owned=scan_dates(text)[1])
