"""Calendar expressions (dates) in Chinese text, normalised as the annotation guidelines define them.

Values are ISO 8601 style (``2017``, ``2019-04``, ``2022-01-14``, ``2021-H1``, ``2021-Q1``,
``20`` for the 21st century) with ``/`` for ranges; ``granularity`` is one of century, year,
half, quarter, month, day, range. The lexicon (relative words, year parts, five-year plans,
eras, connectors, exclusions) and the grammar's patterns live in ``pipeline/resources/dates.yaml``.

Relative expressions are resolved in text order: deictic words (今年, 去年, 本月, 明天) against
an explicit year in brackets right after them (今年（2019年）) or the document date;
anaphoric ones (上年, 次年, 当年, 同期) and dates without a year (5月, 上半年, 13日) against the
nearest explicit date earlier in the same passage, else the document date. Without either
the value is ``None``, never a guess.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

from pipeline.chars import HSPACE_RUN
from pipeline.extract.claim_cues import cues
from pipeline.extract.date_grammar import bracketed_year, line_starts, read_ocr_zeros, scan_candidates
from pipeline.extract.date_lexicon import Candidate, Spec, bare_month, patterns, res
from pipeline.extract.date_ranges import drop_contract_months, drop_excluded, drop_recurring, merge_ranges
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.numerals import normalise
from pipeline.extract.unit_forms import home_place
from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.resources import cached, cleared_with_resources
from pipeline.script import simplified

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


# --------------------------------------------------------------------------- resolution


@dataclass
class _Anchor:
    spec: Spec  # fully absolute
    pos: int
    explicit: bool = True  # written with its year or to the day (a bare day takes only such a date's month)
    row: bool = False  # set by a table's cell: it dates the rest of its table only
    outer: _Anchor | None = None  # (a cell's) the anchor before the table, which holds again after it
    report: Spec | None = None  # the period of the report the passage names, kept by its 报告期末 (then 报告期内)
    defaulted: bool = False  # its year is the document date's (no title year, no anchor): it tells later dates nothing
    day: _Anchor | None = None  # the last single day of the passage up to here (for 同日 after a range of days)
    week: _Anchor | None = None  # the last week (本周, 上周) of the passage up to here, for the bare weekdays after it
    month: _Anchor | None = None  # the last date of the passage lending its month to a bare day (a dateline)
    dateline: _Anchor | None = None  # the day the paragraph opens with (the time of writing of a flash or wrap)
    firm_day: _Anchor | None = None  # the last single day up to here that is no bound, nor ahead (round 33 review)
    released: Spec | None = None  # the period of a report released on this day (8月22日，X发布半年报): its 同期's
    unrestated: bool = False  # no period a 同期 restates: a reporter's day (记者5日从…获悉), a holiday's days
    opens: bool = False  # a data period opening its clause before a figure: a later 上年 counts from it (round 41 mend)
    leads_data: bool = False  # it opens its clause before a figure: a 比去年 its passage compares counts from it (r43)


def _blank_line(seg: str) -> bool:
    """A blank line in ``seg`` that is no wrap of a hard-wrapped copy (…的\n\n数据 goes on)."""
    p = patterns()
    return bool(p["blank_line"].search(seg) and not p["wrapped_blank_line"].search(seg))


def _paragraph_break(s: str, a: int, b: int) -> bool:
    """A passage ends at a newline right after sentence-final punctuation, at a blank line, or where a table ends."""
    seg = s[a:b]
    return _blank_line(seg) or patterns()["passage_end"].search(seg) is not None


def _break_points(s: str, a: int) -> tuple[int, int, int]:
    """Where the passage from ``a`` ends, read once (round 34 mend: a 年末's passage was read again up to each later
    date): the first ends of a sentence-final newline, of a blank line and of a blank line that is only a wrap (as
    ``_blank_line`` reads it, a wrap anywhere in a span voids every blank line of that span), so
    ``_paragraph_break(s, a, b)`` is ``_broken_at(points, b)`` for every b."""
    p, none = patterns(), len(s) + 1
    end, blank, wrap = (p[name].search(s, a) for name in ("passage_end", "blank_line", "wrapped_blank_line"))
    return (s.index("\n", end.start()) + 1 if end else none, blank.end() if blank else none,
            wrap.end() if wrap else none)


def _broken_at(points: tuple[int, int, int], b: int) -> bool:
    """``_paragraph_break`` from the points ``_break_points`` read."""
    ended, blank, wrap = points
    return ended <= b or blank <= b < wrap


def _uncompared_first_months(s: str, c: Candidate, ordered: list[Candidate], starts: list[int]) -> bool:
    """前N个月 after a comparison word (较前10个月) whose sentence names no run of N+1 months from January (1—11月,
    前11个月) nor a cut-off at its last month (截至11月末): the months just before the month the sentence reports.
    ``ordered`` are the candidates by start and ``starts`` their starts: only the sentence's are read (a bisect)."""
    p = patterns()
    months = c.spec.months
    if months is None or months[0] != 1 or not p["compared_first_months"].match(s, c.start):
        return False
    start, end = _sentence_around(s, c.start, c.end)
    cutoff = p["cumulative_cutoff_before"]
    return not any(o.end <= end and o is not c and (
        o.spec.months == (1, months[1] + 1) or (o.spec.month == months[1] + 1 and o.spec.months is None
                                                 and cutoff.search(s, max(0, o.start - 4), o.start)))
        for o in ordered[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)])


def _sentence_around(s: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``s[start:end]``, read back and on at most 200 characters (a text with no
    sentence mark is not read to its end from each date that asks)."""
    after = patterns()["sentence_end"].search(s, end, end + 200)
    return _sentence_start(s, start), after.start() if after else min(len(s), end + 200)


def _sentence_start(s: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence mark at most 200 characters back."""
    ends = patterns()["sentence_end"]
    return max((m.end() for m in ends.finditer(s, max(0, pos - 200), pos)), default=max(0, pos - 200))


def _section_break(s: str, a: int, b: int) -> bool:
    """A run of paragraphs ends at a blank line or a table: the year a bulletin's paragraph opens with (2023年末，…)
    is the year of the next lines' 比上年 only up to there."""
    seg = s[a:b]
    return _blank_line(seg) or TABLE_CELL_SEPARATOR in seg


def _anaphoric(spec: Spec) -> bool:
    """The date counts its year from another date's (上年, 上年末, 次年), not from the time of writing."""
    return spec.year is None and spec.yrel is not None and spec.yrel[1] != "deictic"


def _counted_forward(spec: Spec) -> bool:
    """The year after another (次年, 翌年, 下一年): anaphoric only, never said of the time of writing (明年 is), so with
    no year of its passage, no lead's and no title's to count from it names none: a rule's 次年5月31日前 is the year
    after each year the rule applies to, not the year after the document date's (round 31)."""
    return spec.year is None and spec.yrel == (1, "anaphoric")


def _line_bounds(s: str, position: int) -> tuple[int, int]:
    """The start and end of the line ``position`` is on (a newline belongs to the line it ends)."""
    starts = line_starts(s)
    i = bisect.bisect_right(starts, position) - 1
    return starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else len(s)


def _in_row(s: str, position: int) -> bool:
    """The position is on a table's row (a line of cells)."""
    return TABLE_CELL_SEPARATOR in s[slice(*_line_bounds(s, position))]


def _after_table(anchor: _Anchor | None, s: str, position: int) -> _Anchor | None:
    """The anchor at `position`: one a table's cell set (a header's 2022年 column) dates the rest of its table only,
    so past the table's end the anchor before the table holds again (its caption's 2021年1-11月 for the notes under
    it, the passage's year for the prose after it)."""
    if anchor is None or not anchor.row:
        return anchor
    between = s[_line_bounds(s, anchor.pos - 1)[1] : _line_bounds(s, position)[0]].split("\n")
    same_table = _in_row(s, position) and all(TABLE_CELL_SEPARATOR in line for line in between if line.strip())
    return anchor if same_table else anchor.outer


def _row_period(s: str, anchor: _Anchor | None, c: Candidate, absolute: Spec) -> Spec:
    """The period a table row's dates give the rest of the table: the latest one on the row, the table's own period
    (| 2023年 | 2022年 | 比上年增长 |: the growth is 2023's over 2022, so 上年 there is 2022, not the year before the
    nearest header 2022; round 14's checks read such a column as of the year before the table's own period)."""
    if anchor is None or not anchor.row or _line_bounds(s, anchor.pos - 1) != _line_bounds(s, c.start):
        return absolute
    if anchor.spec.year is None or absolute.year is None:
        return absolute
    later = (anchor.spec.year, _month_bounds(anchor.spec)[1]) > (absolute.year, _month_bounds(absolute)[1])
    return anchor.spec if later else absolute


def _dateline(s: str, c: Candidate) -> bool:
    """A full date alone on its line (a bulletin's 2024年3月20日 under its issuer, a signature): the day the text was
    issued, not the time of the data after it, so it anchors no passage (the title's year or the document date
    dates 全年 and 上年 there)."""
    if c.spec.day is None:
        return False
    if patterns()["publication_label_before"].search(s, max(0, c.start - 12), c.start):
        return True  # 发布日期：2026-01-30 (round 20): when the data were published, not the data's time
    window = int(res()["dateline_window_chars"])  # (a date line is short: the line is read only that far)
    line_start = s.rfind("\n", max(0, c.start - window), c.start) + 1
    line_end = s.find("\n", c.end, c.end + window)
    if (line_start == 0 and c.start > window) or (line_end < 0 and c.end + window < len(s)):
        return False
    before, after = s[line_start : c.start], s[c.end : len(s) if line_end < 0 else line_end]
    if not before.strip() and not after.strip():
        return True
    # (round 29) （2025年4月8日） or 江临市统计局　2025年3月20日: the bulletin's date line still
    return (patterns()["dateline_alone_before"].fullmatch(before) is not None
            and patterns()["dateline_alone_after"].fullmatch(after) is not None)


def find_dates(text: str, document_date: dt.date | None = None) -> list[DateMention]:
    """Every calendar expression of ``text`` with its normalised value, in text order."""
    return scan_dates(text, document_date)[0]


def scan_dates(text: str, document_date: dt.date | None = None) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The date mentions, and the spans of every calendar expression (titles and unresolved
    ones included: a number must leave them alone even where they are no date row)."""
    if not text:
        return [], []
    s = read_ocr_zeros(simplified(normalise(text)))
    merged = merge_ranges(s, drop_excluded(s, scan_candidates(s, _roc_home(text))))
    cands = drop_contract_months(s, drop_recurring(s, merged))  # 每年3月31日, 12月交货: still a calendar expression
    titles = [(m.start(), m.end()) for m in patterns()["title"].finditer(s)]
    document_date = _time_of_writing(s, document_date)
    title = _title_period(s, cands)
    default = _Default(s, document_date, _title_year(title, document_date), _title_part(title, document_date), title,
                       any(c.spec.yrel == (0, "deictic") for c in cands), _writing_year(s),
                       _released_month(s, cands, document_date) or _title_month(title, document_date))
    default = replace(default, title_week=_title_week(s, cands, default))
    default = replace(default, reported=reported_periods(s, cands, default))
    release = _released_bulletin(s, cands, document_date) if default.title_year is None else None
    headline_end = _title_line(s)[1]  # a headline's year (比亚迪2023年净利润…) is no year of the lead's news day
    out: list[DateMention] = []
    anchor: _Anchor | None = None
    lead: _Anchor | None = None  # the date that opened a paragraph before (2023年末，…), for 上年 in one with none
    ended: _Anchor | None = None  # a 全年 of the passage its result dated to the year that has ended (round 28)
    closed: _Anchor | None = None  # the anchor of the paragraph before, for a later paragraph's 当日/当月 (round 30)
    named: _Anchor | None = None  # the last date named, in any passage: a sentence-opening 年内's year (round 33)
    written: _Anchor | None = None  # the last data period named with its year written, past the headline (round 40)
    ahead: _Anchor | None = None  # the last anchor of a target or ahead year, which no 年内 takes (r33 final read)
    news: _Anchor | None = None  # the last news day (round 28) of the passage, which anchors nothing but its 当日
    quarter: tuple[int, int] | None = None  # the quarter the text reports (for 上季, 今季)
    numbered = [(m.start(), heading_level(m)) for m in patterns()["section_heading"].finditer(s)]
    numbered = sorted(numbered + [(at, _PLAIN_HEADING_LEVEL) for at in _dated_heading_lines(s, cands, document_date)
                                 if at >= headline_end])  # (a title's period: round 14's release rules, as in claims)
    headings = [at for at, _ in numbered]  # line starts, in order
    parents = heading_parents([level for _, level in numbered])
    heading_anchors: dict[int, _Anchor] = {}  # a heading's line start → the anchor its date set
    defaulted: list[int] = []  # indices in ``out`` of year parts that took the document date's year
    unnamed_end = -1  # where a 当年/同年 ended that named no year of its passage (round 30)
    ended_at: tuple[int, tuple[int, int, int]] = (-1, (0, 0, 0))  # where ``ended``'s passage ends (_break_points)
    ordered = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for c in ordered:
        if _in_unnamed_year(s, c, unnamed_end):
            continue  # 自当年1月1日起累计: a day of a year the text does not name (each year a rule applies to)
        if _uncompared_first_months(s, c, ordered, starts):
            continue  # 9月份，…涨幅比前两个月回落: the months just before, not the year's first (round 34 mend)
        anchor = _after_table(anchor, s, c.start)
        if anchor is not None and _paragraph_break(s, anchor.pos, c.start):
            closed, anchor, news = anchor, None, None
        elif anchor is None and news is not None and _paragraph_break(s, news.pos, c.start):
            closed, news = news, None  # 3月26日晚间，…。⏎当日，…: the news day that anchored nothing (round 31)
        closed = None if closed is None or closed.row else closed
        if _in_definition(s, c):
            continue  # 本年到位资金：指…报告期内…: words of a defined term
        in_title = any(a <= c.start and c.end <= b for a, b in titles)
        vintage = _forecast_vintage(s, c)
        use = anchor if anchor is not None else _heading_anchor(headings, parents, heading_anchors, c.start)
        if (use is None and closed is not None and s[c.start:c.end] in res()["closed_passage_words"]
                and _in_prose(s, c.start) and _restates_in_clause(s, c)):
            use = _closed_passage_anchor(closed, c.spec)  # 。⏎当日，… / 报道说，当月…: the day or month said before
        if use is not None and use is ahead and s[c.start:c.end] in _sentence_year_parts():
            use = named  # 到2027年，…将达到…。年内沪指累计上涨…: the year so far, not the target's
        if use is None and named is not None and s[c.start:c.end] in _sentence_year_parts():
            use = named  # 2024年12月31日，…。⏎年内沪指累计上涨…: the year of the last date named, not the document's
        if use is None and _carries_named_year(written, c, default, in_title) and not _heading_between(
                headings, written.pos, c.start):
            use = written  # 2024年一季度末，…。⏎一季度，商业银行…: the release's year, not the document's (round 40)
        if use is not None and use.defaulted and _year_from_default(c.spec) and c.spec.drel is None:
            # (a 今日 keeps it: the day its paragraph opens with is its time of writing, round 20)
            use = None  # 全年…。年末…: 年末 takes the document date's year by its own rule, not 全年's
        if ended is not None and ended_at[0] != ended.pos:
            ended_at = (ended.pos, _break_points(s, ended.pos))
        if ended is not None and _broken_at(ended_at[1], c.start):
            ended = None
        if ended is not None and use is None and c.spec.whole_year and not default.plans_whole_year(c):
            use = ended  # (round 28) 全年…，比上年增加…。全年…基金收入…: the whole year its passage already reported
        if use is None and default.title_year is None and _anaphoric(c.spec):
            # (the lead's run is checked only where it is used: checking it at every candidate would read the text
            # from the lead on again each time)
            if lead is not None and _section_break(s, lead.pos, c.start):
                lead = None
            use = lead if lead is not None and (release is None or lead.pos > release.pos) else (release or lead)
            if use is None and _counts_from_written(s, written, c, headings):
                use = written  # 2024年末全国人口…。⏎从城乡构成看，…比上年末增加…: the data's year before (round 41)
        if use is None and default.title_year is None and _counted_forward(c.spec):
            unnamed_end = c.end
            continue  # 企业应于次年5月31日前…: the year after one the text does not name (round 31), as 当年 is none
        if _bare_base_period(s, c):
            c = replace(c, spec=replace(c.spec, same="shifted", yrel=(-1, "anaphoric")))  # 比同期 = 比上年同期
        if _compared_last_year(s, c, use, default, document_date):
            c = replace(c, spec=replace(c.spec, yrel=(-1, "anaphoric")))  # 2011年…比去年 = 比上年 (round 43)
        news_day = default.news_day(c.spec) and (  # round 28: 3月26日晚间 under a 2023 title or headline
            default.title_year is not None if use is None else use.pos <= headline_end < c.start)
        resolved = _resolve(c, None if vintage or news_day else use, document_date, quarter, default)
        if resolved is None:
            unnamed_end = c.end if c.spec.same == "year" else unnamed_end
            continue
        value, gran, absolute = resolved
        if (absolute is not None and not in_title and not vintage and not news_day and _anchors(c.spec)
                and not _comparison_base(s, c)
                and not _dateline(s, c) and not _cited_year(s, c) and not _counted_month(c, use, default)
                and not _trend_start(s, c, absolute, anchor)):
            row = _in_row(s, c.start)
            outer = (anchor.outer if anchor and anchor.row else anchor) if row else None
            before = anchor
            anchor = _Anchor(_row_period(s, anchor, c, absolute) if row else absolute, c.end,
                             _gives_month_to_bare_days(c.spec) or _event_month(s, c), row, outer,
                             report=(use.report or _passage_report(use, s)) if c.spec.report and use is not None
                             else None)
            anchor.defaulted = default.title_year is None and (
                ((use is None or use is ended) and (_year_from_default(c.spec) or _day_from_default(c.spec)))
                or (_day_from_default(c.spec) and c.spec.month is None and _month_from_default(use)))
            ended = anchor if anchor.defaulted and _dates_an_ended_year(c, absolute, document_date) else ended
            anchor.leads_data = _opens_data_clause(s, c)
            line_start = _line_bounds(s, c.start)[0]
            if headings and headings[min(bisect.bisect_left(headings, line_start), len(headings) - 1)] == line_start:
                heading_anchors[line_start] = anchor
            anchor.day = anchor if _single_day(absolute) else (before.day if before is not None else news)
            anchor.firm_day = anchor if _single_day(absolute) and _firm_day(s, c, absolute, default) else (
                before.firm_day if before is not None else news)
            anchor.week = anchor if _week_monday(absolute) else (before.week if before is not None else None)
            anchor.month = anchor if _lends_month(anchor) else (
                before.month if before is not None and not _names_month(c.spec) else None)
            anchor.released = _released_period(s, c, absolute)
            anchor.unrestated = (_single_day(absolute) and _relay_day(s, c)) or _holiday_days(s, c)
            anchor.dateline = anchor if _single_day(absolute) and _dateline_day_at(s, c) else (
                before.dateline if before is not None else None)
            if not row and not s[_line_bounds(s, c.start)[0] : c.start].strip():
                lead = anchor
            if not row and not default.looks_ahead(c) and not default.plans_whole_year(c) and (
                    document_date is None or absolute.year is None or absolute.year <= document_date.year):
                named = anchor  # (final read) not a target or ahead year: 到2027年，…将…。年内… is no 2027
                written = _written_period(s, c, anchor, use, written, c.start >= headline_end)
            elif not row:
                ahead, written = anchor, None
            quarter = _reported_quarter(absolute, document_date) or quarter
        elif news_day and absolute is not None and _single_day(absolute):
            news = _news_day_anchor(absolute, c.end, anchor)
        if in_title:
            continue
        if use is None and default.title_year is None and _year_from_default(c.spec) and gran in _LISTED_PARTS:
            defaulted.append(len(out))
        out.append(DateMention(c.start, c.end, text[c.start : c.end], value, gran))
    return _one_year_per_list(s, out, defaulted), [(c.start, c.end) for c in merged]


_LISTED_PARTS = ("quarter", "half")


@cached
def _met_or_target() -> re.Pattern[str]:
    """A target reported met (`whole_year_target_met`), else a bare target word (`whole_year_target`, group
    ``bare``): no target word holds a met verb, so the met spans and the words outside them are those the two
    patterns find apart (round 36)."""
    p = patterns()
    return re.compile(f"(?:{p['whole_year_target_met'].pattern})|(?P<bare>{p['whole_year_target'].pattern})",
                      p["whole_year_target"].flags)


def _carries_named_year(written: _Anchor | None, c: Candidate, default: _Default, in_title: bool) -> bool:
    """A year-less reporting period (一季度, 一季度末, 上半年, 前三季度, 前11个月, 全年, 年末) in a later paragraph with
    no date of its own takes the year of the data period the text last named with its year written, past the headline
    (round 40: a release states 2024年一季度末 once, its later paragraphs go on with 一季度末, 一季度), not the document
    date's. ``written`` is that period (`_written_period`: or one that took its year from it). Not a period that ends
    before it begins (2024年12月末，… ⏎一季度: no quarter of that year), nor a bare month (5月: the paragraph's own,
    round 2), nor under a title that names a year (round 12 wins), nor in a title, nor across a numbered section
    heading (`_heading_between`)."""
    spec = c.spec
    period = spec.part is not None or spec.quarters is not None or spec.months is not None or spec.whole_year or (
        spec.reported_point and spec.month == 12) or _restates_written_month(written, spec)
    return (written is not None and not written.defaulted and not in_title and period
            and default.title_year is None and _year_from_default(spec)
            and _month_bounds(spec)[1] >= _month_bounds(written.spec)[0])


def _restates_written_month(written: _Anchor | None, spec: Spec) -> bool:
    """(round 43) A year-less single month or month's end (5月末, 截至5月末, 5月份) in a later paragraph that names the
    month the data period written last with its year ends in (截至2023年5月末，M2余额… ⏎ 截至5月末，人民币贷款余额…;
    2023年1-5月，… ⏎ 5月份，…) restates that period's month: it takes that year (`2023-05`), not the document date's.
    Another month (6月末 after 2023年5月末), a month after an event's date (公司成立于2019年5月: no data period, so no
    ``written``), and one past a numbered heading or a later date of another year (both end ``written``) keep their
    own rule (round 40: a bare month is the paragraph's own)."""
    if written is None or spec.month is None or spec.months is not None or spec.end is not None:
        return False
    w = written.spec
    last = w.months[1] if w.months is not None and w.month is None else w.month
    return last is not None and w.end is None and w.day is None and spec.month == last


def _counts_from_written(s: str, written: _Anchor | None, c: Candidate, headings: list[int]) -> bool:
    """An anaphoric year (上年, 上年末, 比上年同期) in a later paragraph with no anchor of its own, no lead's and no
    title's, counts from the data period the text last named with its year (`_written_period`), as a year-less
    reporting period does (round 40), not from the document date (round 41): a release states 2024年末 once and its
    later paragraphs compare with 上年末. Only a period that opens its clause before a figure (``written.opens``,
    `_opens_data_clause`: not 最早于2019年一季度开始…, 自2020年一季度以来), and within its run of paragraphs, as round
    16's lead (`_section_break`: a blank line or a table ends it). Not a year ahead (次年: `_counted_forward`), nor
    across a numbered heading."""
    return (written is not None and written.opens and not written.defaulted and c.spec.yrel is not None
            and c.spec.yrel[0] < 0 and not _heading_between(headings, written.pos, c.start)
            and not _section_break(s, written.pos, c.start))


def _compared_last_year(s: str, c: Candidate, use: _Anchor | None, default: _Default,
                        doc: dt.date | None) -> bool:
    """A deictic 去年 (去年, 去年末) that is a comparison base (比去年, 较去年末, 与去年相比) is the year before the
    period compared, as 比上年 is (round 43; the guidelines resolve a relative date against the nearest explicit
    anchor the text gives): the data period its passage opened with its year before a figure
    (2011年全市生产总值…，比去年增长12.5% read in 2012 → `2010`, was `2011`, the compared year itself), or, with no
    date in its passage, the year an ended report's title names (全年…比去年多增 in the 2023 bulletin read on
    2024-02-29 → `2022`). Not a 去年 that is no base (去年，全市…; a quoted 去年我市…: relative to its speech), not
    one glossed with its year (去年（2010年）), not after an event's year inside its clause (公司成立于2010年), a year
    ahead of the document date's, or an anchor whose year was the document date's (defaulted), nor a data period of an
    earlier sentence (2019年，全市GDP…。目前…比去年增长5%: the anchor must be of the 去年's own sentence)."""
    spec = c.spec
    if spec.yrel != (-1, "deictic") or spec.same is not None or spec.year is not None or c.after_paren_year is not None:
        return False
    if default.writing_year is not None and c.start >= default.writing_year[0]:
        return False
    if not _comparison_base(s, c):
        return False
    if use is None:
        return default.title_year is not None
    return (use.leads_data and use.pos > _sentence_start(s, c.start) and not use.defaulted and not use.row
            and use.spec.year is not None
            and use.spec.end is None and (doc is None or use.spec.year <= doc.year))


def _opens_data_clause(s: str, c: Candidate) -> bool:
    """The data period ``c`` opens its clause (at a line start, after a sentence's end, a comma or a colon, or after a
    cut-off word: 截至2023年末，…) and a figure follows in its sentence (`data_clause_before`, `data_clause_after`:
    2024年末全国人口140828万人), as a bare year must (`_data_period`): an event's date inside its clause (公司曾在
    2018年末遭遇…) or a start (2020年一季度以来) is no base of a later 上年 (round 41 mend)."""
    p = patterns()
    return (p["data_clause_before"].search(s, max(0, c.start - 8), c.start) is not None
            and p["data_clause_after"].match(s, c.end) is not None)


def _written_period(s: str, c: Candidate, anchor: _Anchor, use: _Anchor | None, written: _Anchor | None,
                    past_headline: bool) -> _Anchor | None:
    """``written`` (`_carries_named_year`) once ``anchor``, the date ``c`` just named, is read (round 40 mend): the
    anchor where it is a data period, with its year written past the headline or taken from ``written`` (a quarter, a
    half, a run of months, a period's end 年末/一季度末/6月末, or a year opening its clause with a figure: 2024年，全国
    GDP增长5%); else ``written`` while the anchor is of its year and took it from the text (3月份 in its paragraph);
    else none: a later date of another year or of the document date's (今年一季度, 6月15日, 本月) ends the carry, as
    does an event's year (公司成立于2010年, 2008年国际金融危机爆发后, 2020年以来, 2018年，该市被列为…)."""
    spec = c.spec
    own_year = past_headline and spec.year is not None and spec.yrel is None
    if (own_year or (use is not None and use is written)) and _data_period(s, c):
        anchor.opens = _opens_data_clause(s, c) or (use is not None and use is written and written.opens)
        return anchor
    if (written is not None and not anchor.defaulted and spec.yrel is None and spec.year is None
            and anchor.spec.year == written.spec.year):
        return written
    return None


def _data_period(s: str, c: Candidate) -> bool:
    """The date is itself a period or point of the data (round 40 mend): a quarter, a half, a run of months, 全年, a
    period's end (年末, 一季度末, 6月末), or a bare year that opens its clause and is set apart by a comma before a
    figure (`data_year_opening`, `data_year_before`, `data_year_after`: 2024年，全国GDP增长5%), not one inside its
    clause (于2015年在深交所上市) nor one after which no figure comes (2018年，该市被列为试点城市)."""
    spec, p = c.spec, patterns()
    if (spec.part is not None or spec.quarters is not None or spec.months is not None or spec.whole_year
            or spec.reported_point or spec.report is not None):
        return True
    if spec.month is not None:
        return spec.day is None and p["data_period_end"].search(s, c.start, c.end) is not None
    return (p["data_year_opening"].fullmatch(s, c.start, c.end) is not None
            and p["data_year_before"].search(s, max(0, c.start - 12), c.start) is not None
            and p["data_year_after"].match(s, c.end) is not None)


def _heading_between(headings: list[int], a: int, b: int) -> bool:
    """A numbered section heading (二、…, 四、调查方法) starts between ``a`` and ``b``: a new section, whose year-less
    dates no year named in the section before dates (a note's 以2019年相应同期数为基数 is no year of 1月份数据免报)."""
    return bisect.bisect_right(headings, b) > bisect.bisect_right(headings, a)


@cached
def _sentence_year_parts() -> frozenset[str]:
    """The year parts a date only where they open a sentence (round 33's 年内: `alone: sentence`), built once per
    resources (not per unanchored candidate)."""
    return frozenset(k for k, v in res()["year_parts"].items() if (v or {}).get("alone") == "sentence")


def _news_day_anchor(absolute: Spec, end: int, anchor: _Anchor | None) -> _Anchor:
    """The news day (round 28: 8月22日，… under a headline of that year) as the passage's last single day: it anchors
    no later date's year, but a later paragraph's 当日/同日 restates it (。⏎当日，大会还发布了…: the story's day, round
    31), so it becomes the current anchor's last day, or stands alone where the passage has no anchor."""
    news = _Anchor(absolute, end, explicit=False)
    news.day = news.firm_day = news
    if anchor is not None:
        anchor.day = anchor.firm_day = news
    return news


def _in_unnamed_year(s: str, c: Candidate, unnamed_end: int) -> bool:
    """A month or day with no year of its own right after a 当年/同年 that named no year of its passage (纳税人自当年
    1月1日起累计…; 于当年12月31日前): a part of a year the text does not name, in a rule each year it applies to, so no
    date either, as 当年 is none (guidelines: anaphoric words are dates only for a period the passage names; round 30).
    Not taking the document date's year keeps a rule from dating its recurring day."""
    return (unnamed_end >= 0 and c.spec.year is None and c.spec.yrel is None and c.spec.same is None
            and c.start - unnamed_end <= 4 and s[unnamed_end:c.start].strip() in ("", "的"))  # (a gap of a few: ≤ 4)


def _one_year_per_list(s: str, out: list[DateMention], defaulted: list[int]) -> list[DateMention]:
    """Quarters or halves without a year that one sentence lists (一季度…增长5.3%，二季度…，四季度…) report one year:
    where the document date's half-year rule gave them different years (Q1–Q3 this year, Q4 last year on 31 March),
    all take the earliest, the year in which the whole list has passed (round 20)."""
    ends = patterns()["sentence_end"]
    groups: dict[int, list[int]] = {}
    for k in defaulted:
        mention = out[k]
        if mention.value and mention.value[:4].isdigit():
            stop = ends.search(s, mention.end)
            groups.setdefault(stop.start() if stop else len(s), []).append(k)
    for members in groups.values():
        years = {out[k].value[:4] for k in members}  # type: ignore[index]
        if len(members) > 1 and len(years) > 1:
            first = min(years)
            for k in members:
                out[k] = replace(out[k], value=first + out[k].value[4:])  # type: ignore[operator]
    return out


_PLAIN_HEADING_LEVEL = 9  # a plain dated heading line sits innermost: a numbered heading after it closes it (claims/)


def _dated_heading_lines(s: str, cands: list[Candidate], document_date: dt.date | None) -> list[int]:
    """(round 42 mend) The starts of the plain lines that open with their one date, a written year and no day, and go
    on with the part of a report they head (2023年工作回顾 ⏎ …全年批准逮捕…): claims.yaml's `dated_heading_line`, the
    reading claims/passage.py's ``dated_heading_line`` dates the claims under it with, so the dates under it (全年) take
    its year as under 一、2023年工作回顾. Only a period over by the document's month, as there."""
    rule = cues().pattern("dated_heading_line")
    now = f"{document_date.year}-{document_date.month:02d}" if document_date is not None else None
    out: list[int] = []
    for k, c in enumerate(cands):
        start, end = _line_bounds(s, c.start)
        spec = c.spec
        if (s[start:c.start].strip() or spec.year is None or spec.day is not None or spec.days is not None
                or spec.end is not None or (k + 1 < len(cands) and cands[k + 1].start < end)
                or rule.fullmatch(s, c.end, end) is None):
            continue
        last = (spec.months[1] if spec.months else spec.month if spec.month
                else int(spec.part[1:]) * (3 if spec.part[0] == "Q" else 6) if spec.part else 12)
        if now is None or f"{spec.year}-{last:02d}" < now:
            out.append(start)
    return out


def _heading_anchor(headings: list[int], parents: list[int], anchors: dict[int, _Anchor],
                    position: int) -> _Anchor | None:
    """The anchor the numbered section heading above ``position`` set (一、2023年工作回顾): it dates every paragraph
    under it, not only the first, until the next numbered heading of its level or above (one without a date dates
    nothing); a sub-heading without a date (（一）一般公共预算) leaves the date of the heading above it (round 21)."""
    k = bisect.bisect_right(headings, position) - 1
    while k >= 0:
        found = anchors.get(headings[k])
        if found is not None:
            return found
        k = parents[k]
    return None


def heading_level(match: re.Match[str]) -> int:
    """The level of a numbered section heading by the group its number matched (``l1`` 一、, ``l2`` （一）, ``l3`` 1.,
    ``l4`` （1）); 0 where the pattern names none."""
    name = match.lastgroup or ""
    return int(name[1:]) if name[1:].isdigit() else 0


def heading_parents(levels: list[int]) -> list[int]:
    """For each heading, the index of the nearest heading before it of a higher level (a smaller number), the one it
    sits under, or -1: one pass with a stack."""
    parents: list[int] = []
    stack: list[int] = []
    for k, level in enumerate(levels):
        while stack and levels[stack[-1]] >= level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(k)
    return parents


def holiday_over(text: str, at: int, year: str, now: str) -> bool:
    """The holiday named right at ``at`` is over by the month ``now`` (YYYY-MM): its usual last month in ``year`` has
    come (dates.yaml holiday_last_month: 国庆 10), and the title is no booking or forecast (预订, 预计; round 33 review:
    2024年国庆假期旅游预订情况 in September 2024 is not over)."""
    m = patterns()["holiday_base"].match(simplified(text), at)
    if m is None or any(w in text for w in res()["holiday_not_over_words"]):
        return False
    last = next((v for k, v in res()["holiday_last_month"].items() if k in m.group()), 12)
    return now >= f"{year}-{int(last):02d}"


def open_heading(opened: list[tuple[int, str | None]], match: re.Match[str],
                 time: str | None) -> tuple[list[tuple[int, str | None]], str | None]:
    """The headings still open after a numbered heading (level, time), outermost first, and the time they state: the
    new heading closes those of its level and below, and the time is the innermost one that names a date."""
    level = heading_level(match)
    opened = [h for h in opened if h[0] < level] + [(level, time)]
    return opened, next((t for _, t in reversed(opened) if t), None)


def _dates_an_ended_year(c: Candidate, absolute: Spec, doc: dt.date | None) -> bool:
    """A bare 全年 that its result dated to the year that has ended (全年共为608万名失业人员发放失业保险金，比上年增加
    93万人 on 2022-06-08 → 2021): a later bare 全年 of its passage stating a level alone (全年失业保险基金收入1460亿元)
    is the same whole year, not the document date's (round 28): one passage does not switch between two whole years it
    never names. A 全年 dated the document date's own year lends nothing. So does a bare 年末 its half-year rule dated
    to the end of the year that has ended (年末全国人口…，比上年末减少85万人。全年出生人口956万人 on 2023-01-17 →
    `2022-12`, then `2022`, round 34): the stock at that year's end and the flows of that year are one report."""
    if doc is None or absolute.year != doc.year - 1 or absolute.part is not None or absolute.day is not None:
        return False
    if c.spec.reported_point:
        return absolute.month == 12 and not absolute.months and not absolute.quarters
    return (bool(c.spec.whole_year) and absolute.month is None and not absolute.months and not absolute.quarters)


def _year_from_default(spec: Spec) -> bool:
    """A date that names a part of a year and no year (全年, 年末, 12月份, 三季度): without an anchor it takes the year
    from the document date, each by its own half-year rule, so one such date is no anchor of another."""
    return (spec.year is None and spec.yrel is None and spec.same is None and spec.fixed is None
            and spec.century is None and spec.day is None and spec.days is None and spec.week is None
            and spec.mrel is None and spec.qrel is None and spec.report is None and not spec.bare_weekday)


def _day_from_default(spec: Spec) -> bool:
    """A day written without its year (新华社北京1月12日电, 1月12日，国家统计局发布…; a bare 12日 after such a day): it
    took the document date's year, so it tells a later 12月份, 四季度 or 全年 no more than the document date does
    (round 31). It still lends its month and year to a later bare day (26日, round 14), which reads the anchor, not
    this flag."""
    return (spec.year is None and spec.yrel is None and spec.same is None and spec.fixed is None
            and spec.day is not None and spec.end is None and spec.mrel is None and spec.week is None
            and not spec.lunar)


def _month_from_default(use: _Anchor | None) -> bool:
    """A bare day (13日) after ``use`` takes its month and year from the document date: ``use`` lends it none (a year
    alone, 去年 in a headline) or lends those of a day that took them from the document date (round 31)."""
    if use is None:
        return True
    if use.explicit and use.spec.month is not None and use.spec.year is not None:
        return use.defaulted
    lender = use.month if use.month is not None and use.month.spec.year == use.spec.year else None
    return lender is None or lender.defaulted


def _roc_home(text: str) -> bool:
    """Whether the text's own place is Taiwan, where years count from the Republic (``roc_loose``)."""
    return home_place(text) == res()["roc_loose"]["home_currency"]


def title_time(text: str, document_date: dt.date | None = None) -> str | None:
    """The period a document's title reports (…2022年全国教育事业发展统计公报, …2024年第一季度报告, 2023年10月金融统计
    数据报告), once it has ended by the document date: a date stated once for all the data the document goes on
    describing, so the time of its figures that no date of their own or of their passage dates. A title naming a period
    not yet over (2024年政府工作报告 in March 2024: last year's results and this year's plans) dates nothing, unless it
    names its output (关于2023年粮食产量数据的公告 in December): a harvest that is in, never a plan."""
    s = read_ocr_zeros(simplified(normalise(text)))
    title_start, title_end = _title_line(s)
    if title_end - title_start > int(res()["title_line_max_chars"]):
        return None  # (round 42: a first line longer than a title is prose, for a year-less title as for a year's
        # (`_title_period`); a one-line document's line is not read for dates here)
    head = s[:title_end]
    cands = merge_ranges(head, drop_excluded(head, scan_candidates(head)))  # (read once for both)
    title = _title_period(head, cands)
    output = patterns()["title_output"].search(s, title_start, title_end)
    if title is None:
        return _yearless_title_period(text, head, cands, title_start, title_end, document_date)
    if not (_ended(title, document_date) or output):
        return None
    return _format(title)[0]


def _yearless_title_period(text: str, head: str, cands: list[Candidate], title_start: int, title_end: int,
                           document_date: dt.date | None) -> str | None:
    """A title naming a quarter, half or run of months with no year (上半年全市经济运行情况分析, 一季度…数据) reports
    that period of the year its own date mention resolves to (the year the body's 上半年 takes too): the time of the
    figures that no nearer date dates (round 20). So does a headline's single month stating its figure's change (3月PMI
    为50.5% 比上月上升0.3个百分点, round 32) once that month is over. A bare year word (今年…) or a compared period is
    none. ``cands``: the merged dates of ``head``, as `title_time` read them."""
    p = patterns()
    starts = [c.start for c in cands
              if title_start <= c.start and c.end <= title_end and not c.spec.explicit and c.spec.year is None
              and c.spec.yrel is None and (c.spec.part or c.spec.quarters or c.spec.months or c.spec.month)
              and c.spec.day is None and c.spec.end is None
              and (p["title_report_after"].match(head[c.end:title_end])
                   or (c.spec.month is not None and p["title_headline_after"].match(head[c.end:title_end])
                       and not p["title_since_after"].match(head[c.end:title_end])
                       and not p["sentence_end"].match(head[title_start:title_end].rstrip()[-1:])))
              and not p["title_base_before"].search(head, title_start, c.start)]
    if len(starts) != 1:
        return None
    # (round 42: read with the lead, whose release of the month with its year, 发布2021年8月份全国CPI数据, dates the
    # headline's 8月 too: `restates_released_month`; the lead is read no further than `_released_month` reads it)
    lead_end = max(title_end, int(res()["release_bulletin_window_chars"]))
    value = next((m.value for m in find_dates(text[:lead_end], document_date) if m.start == starts[0]), None)
    if value is not None and _MONTH_VALUE.fullmatch(value) and not _month_over(value, document_date):
        return None  # (round 32: a year-less month, 3月PMI…, dates the body once it is over, as a title year's does)
    return value


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


def _month_over(value: str, doc: dt.date | None) -> bool:
    """The month ``value`` (2025-03) has ended by the document date, its last day counting (`_ended`)."""
    year, month = map(int, value.split("-"))
    return _ended(Spec(year=year, month=month), doc)


def _ended(title: Spec, doc: dt.date | None) -> bool:
    """The title's period (a year, a quarter, a half or a month) has ended by the document date. Its last day counts
    (round 28): a monthly survey is released on the month's last day (2024年3月中国采购经理指数运行情况 on 31 March,
    NBS's and CFLP's PMI), its data the whole month's."""
    if title.year is None:
        return False
    last = (title.year, _month_bounds(title)[1])
    return doc is None or last < (doc.year, doc.month) or (
        last == (doc.year, doc.month) and doc.day == calendar.monthrange(doc.year, doc.month)[1])


def _title_year(title: Spec | None, doc: dt.date | None) -> int | None:
    """The year a document's title line names for what it reports, before the document date's year: the year its
    passages report when they name none."""
    if title is None or title.year is None:
        return None
    return title.year if doc is None or title.year < doc.year else None


def _released_bulletin(s: str, cands: list[Candidate], doc: dt.date | None) -> _Anchor | None:
    """The year of the bulletin a body releases in the text's first paragraph (近日，教育部发布《2018年全国教育事业发展
    统计公报》。), before the document date's year: an anaphoric word (比上年) of a later paragraph that neither its own
    passage nor a paragraph-opening date of its run dates counts from it, as from a title's year (round 27). Its
    position is the bulletin's end: a date opening the release's own line (今年年中，…发布) is when it was published."""
    p, window, near = patterns(), int(res()["release_bulletin_window_chars"]), int(res()["release_verb_window_chars"])
    years, end = set(), 0
    for c in cands:
        if c.start > window or _blank_line(s[: c.start]):
            break
        spec = c.spec
        if (spec.explicit and spec.year is not None and spec.end is None and spec.day is None and spec.month is None
                and spec.part is None and not spec.months and not spec.quarters
                and p["release_bulletin_before"].search(s, max(0, c.start - near), c.start)
                and (bulletin := p["release_bulletin_after"].match(s, c.end))):
            years.add(spec.year)
            end = bulletin.end()
    if len(years) != 1:
        return None
    year = years.pop()
    return _Anchor(Spec(year=year), end) if doc is None or year < doc.year else None


def _released_month(s: str, cands: list[Candidate], doc: dt.date | None) -> tuple[int, int] | None:
    """The one month whose data a body releases in the text's lead (国家统计局15日发布7月份70个大中城市商品住宅销售价格
    变动情况统计数据。), ended by the document date: the month a later paragraph's 比上月 or 由上月 compares with (round
    29), as round 27's released bulletin gives its year to a later 上年. The lead is read to the first blank line after
    its first sentence (a title line before it is read too), at most `release_bulletin_window_chars`. Also a month that
    opens the data right after the release's data word (…发布数据，10月份，…: round 32)."""
    if doc is None:
        return None
    p, window, near = patterns(), int(res()["release_bulletin_window_chars"]), int(res()["release_verb_window_chars"])
    first = p["lead_sentence_end"].search(s, 0, window)
    blank = p["blank_line"].search(s, first.end(), window) if first else None
    stop = blank.start() if blank else window
    months = set()
    for c in cands:
        if c.start > stop:
            break
        spec = c.spec
        if (spec.month is not None and spec.day is None and spec.end is None and spec.mrel is None
                and spec.yrel is None and ((p["release_bulletin_before"].search(s, max(0, c.start - near), c.start)
                                            and p["release_month_after"].match(s, c.end))
                                           or p["release_data_month_before"].search(s, max(0, c.start - 12), c.start))):
            months.add((spec.year if spec.year is not None else _default_year(spec.month, doc), spec.month))
    if len(months) != 1:
        return None
    month = months.pop()
    return month if month < (doc.year, doc.month) else None


def _default_year(month: int, doc: dt.date) -> int:
    """The year a month with no year of its own takes from the document date ``doc``: the latest one begun by then
    (8月 in a document of 2025-06 → 2024; round 42 mend: `_released_month` and `restates_released_month`)."""
    return doc.year - (month > doc.month)


def _title_month(title: Spec | None, doc: dt.date | None) -> tuple[int, int] | None:
    """(round 40) The one month with its year a title reports (2025年3月中国采购经理指数运行情况), once it has ended by
    the document date (`_ended`); a quarter, a half or a run of months is none."""
    if (title is None or title.year is None or title.month is None or title.part or title.months or title.quarters
            or doc is None or not _ended(title, doc)):
        return None
    return title.year, title.month


def _title_part(title: Spec | None, doc: dt.date | None) -> str | None:
    """The quarter or half a title names for what it reports (贵州茅台…2024年第一季度报告), once it has ended by the
    document date: the period of the passages' 上年同期 where they name none."""
    if title is None or title.part is None or not _ended(title, doc):
        return None
    return title.part


def _month_bounds(period: Spec) -> tuple[int, int]:
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


def _title_period(s: str, cands: list[Candidate]) -> Spec | None:
    """The period a document's title line names for what it reports (浙江省2022年国民经济和社会发展统计公报, 东莞控股：
    2020年实现净利润…, 2024年第一季度报告). A dateline (2023年1月18日 星期三), an event's year (2022年北京冬奥会…) or a
    year compared with is none."""
    title_start, title_end = _title_line(s)
    title = s[title_start:title_end].strip()
    if (not title or title_end - title_start > int(res()["title_line_max_chars"])
            or patterns()["sentence_end"].match(title[-1])):
        return None  # (a first line that ends a sentence is prose, not a title)
    p = patterns()
    periods = {(c.spec.year, c.spec.part, c.spec.month, c.spec.months, c.spec.quarters)
               for c in cands if title_start <= c.start and c.end <= title_end
               and c.spec.explicit and c.spec.year is not None and c.spec.end is None and c.spec.day is None
               and (p["title_report_after"].match(s[c.end:title_end])
                    or p["title_headline_after"].match(s[c.end:title_end]))  # (…同比上涨0.3%: round 28)
               and not p["title_base_before"].search(s, title_start, c.start)}
    if len(periods) != 1:
        return None
    year, part, month, months, quarters = periods.pop()  # (a run of months or quarters: 2023年1—10月, 前三季度)
    return Spec(year=year, part=part, month=month, months=months, quarters=quarters)


def _title_week(s: str, cands: list[Candidate], default: _Default) -> dt.date | None:
    """The Monday of the week a weekly report covers, where its title names it with a week word (全国碳市场每周交易情况
    （2024年11月25日—11月29日）, 2024年第48周…周报) or its lead opens on the week with its days
    (本周（11月25日至11月29日），…): the report's 本周, 上周 and 上周五 are of that week, not of the week it is
    published in (round 33). Only a span of one Monday-to-Sunday week, written with its days or number; the title's
    or lead's first such date."""
    title_start, title_end = _title_line(s)
    if title_end >= len(s):
        title_start = title_end = 0  # a one-line document has no title: its line is its lead (second review)
    lead_start = len(s) - len(s[title_end:].lstrip())  # (past the blank lines under the title)
    lead_end = s.find("\n", lead_start)
    lead_end = len(s) if lead_end < 0 else lead_end
    week_word = patterns()["report_week_word"]
    titled = week_word.search(s, title_start, title_end) is not None
    for c in sorted((c for c in cands if title_start <= c.start < lead_end), key=lambda c: c.start):
        in_title = title_start <= c.start and c.end <= title_end
        if c.spec.week is not None or c.spec.drel is not None:
            continue  # (a bare 本周 or 今日 names no week of its own: 本周A股震荡上行 in a headline)
        if not (in_title and titled) and not (c.start >= lead_start and week_word.match(s, c.start, c.end)):
            continue
        resolved = _resolve(c, None, default.doc, None, default)
        monday = _one_week_monday(resolved[0]) if resolved is not None and resolved[0] else None
        if monday is not None and (default.doc is None or monday <= default.doc):
            return monday  # (a week after the document date is a notice's week ahead, no report's: second review)
    return None


def _one_week_monday(value: str) -> dt.date | None:
    """The Monday of the week a date value (a day or range) lies in, where it lies in one week."""
    first, _, last = value.partition("/")
    try:
        start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)
    except ValueError:
        return None
    monday = start - dt.timedelta(days=start.isoweekday() - 1)
    return monday if start < end and (end - monday).days <= 6 else None


def _title_line(s: str) -> tuple[int, int]:
    """Where the title line begins and ends: the first line, read past blank lines and up to
    `title_metadata_lines_max` metadata lines that hold no sentence (a disclosure's 证券代码：… header)."""
    start, skipped = 0, 0
    while True:
        end = s.find("\n", start)
        end = len(s) if end < 0 else end
        line = s[start:end]
        metadata = patterns()["metadata_line"].match(line) is not None
        if end == len(s) or not (metadata or (skipped and not line.strip())):
            return start, _title_continued(s, end)
        if metadata:
            skipped += 1
            if skipped > int(res()["title_metadata_lines_max"]):
                return start, _title_continued(s, end)
        start = end + 1


def _title_continued(s: str, end: int) -> int:
    """Where a title ends that goes on in a second line naming only its period and report (a fund report's cover:
    某某混合型证券投资基金 / 2023年第3季度报告): that line is part of the title."""
    following = patterns()["title_second_line"].match(s, min(end + 1, len(s))) if end < len(s) else None
    return following.end() if following else end


@dataclass(frozen=True)
class _Default:
    """Where a date without a year and without an anchor in its passage takes its year: the title's year, else
    the latest such period begun by the document date (12月份 in a January release is last December's)."""

    text: str
    doc: dt.date | None
    title_year: int | None
    title_part: str | None = None  # the quarter or half the title reports (上年同期 → that part a year before)
    title: Spec | None = None  # the period the title reports, whatever the document date (报告期内 names it)
    names_present: bool = True  # the text names its own current year (今年, 本年): 去年 counts from the document date
    writing_year: tuple[int, int] | None = None  # (where, year) a bracketed 本(113)年 / 今（2024）年 names: the year of
    # the deictic words after it
    released_month: tuple[int, int] | None = None  # (year, month) whose data the lead releases (round 29), else the
    # month a title reports once it has ended (round 40: `_title_month`)
    title_week: dt.date | None = None  # the Monday of the week a weekly report's title or lead names (round 33)
    reported: dict[tuple, list[int]] = field(default_factory=dict, compare=False, repr=False)  # a year-less period's
    # key → where its mentions read as reported (``reported_after``) start, in order (round 39: ``reported_in_passage``)
    break_memo: dict[int, tuple[int, int, int]] = field(default_factory=dict, compare=False, repr=False)
    target_memo: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    after_memo: dict[tuple, bool] = field(default_factory=dict, compare=False, repr=False)  # ``reported_after``'s
    # answers by mention and the spec fields it reads (shared by the copies ``replace`` makes: they differ only in
    # ``title_week``/``reported``, which it does not read)
    # (round 42 mend) (start, last month) of the year-less periods read as reported (``reported_after``), by start
    reported_runs: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)

    def compared_month(self, c: Candidate) -> tuple[int, int] | None:
        """The released month a 上月 with no month in its passage counts from, where it is a month compared with
        (比上月, 与上月持平, 由上月下降…转为): a base is counted from the month reported, not from the month of writing
        (round 29). A 上月 that is no base (上月，…) still counts from the document date. Without such a lead,
        the month a title reports once it has ended (2025年3月中国采购经理指数运行情况 …生产指数为52.6%，比上月
        上升0.1个百分点: February, round 40) is that month, as the title's year is the year of its passages (both are
        ``released_month``, built once with the defaults)."""
        month = self.released_month
        if month is None:
            return None
        base = _comparison_base(self.text, c) or patterns()["released_month_base_before"].search(
            self.text, max(0, c.start - 3), c.start) is not None
        return month if base else None

    def year(self, spec: Spec, c: Candidate) -> int | None:
        if self.title_year is not None and not self.news_day(spec):
            return self.title_year
        if self.doc is None:
            return None
        if self.restates_released_month(spec):
            return self.released_month[0] if self.released_month is not None else None
        if ((_begins_after(spec, self.doc, 0 if spec.reported_point else None) or _ends_after(spec, self.doc))
                and not self.looks_ahead(c)):
            return self.doc.year - 1
        if spec.whole_year and self.reports_ended_year(c):
            return self.doc.year - 1
        if self.reported_after(spec, c) or self.reported_in_passage(spec, c):
            return self.doc.year - 1
        return self.doc.year

    def restates_released_month(self, spec: Spec) -> bool:
        """(round 42) A bare month (8月, 8月份: no year, day, range or shift) that is the month the lead releases with
        its year written (国家统计局今天发布2021年8月份全国CPI数据。…⏎8月份，食品烟酒类价格…; the headline's 8月CPI)
        restates that month, so takes its year, not the document date's (was `2024-08` in a 2025 document). Another
        month (5月, 9月) and a month the lead released with no year of its own keep the document date's."""
        month = self.released_month
        return (month is not None and self.doc is not None and month[0] != _default_year(month[1], self.doc)
                and spec.month == month[1] and bare_month(spec))

    def _points(self, at: int) -> tuple[int, int, int]:
        """``_break_points`` from ``at``, read once."""
        if at not in self.break_memo:
            self.break_memo[at] = _break_points(self.text, at)
        return self.break_memo[at]

    def reported_in_passage(self, spec: Spec, c: Candidate) -> bool:
        """(round 39) A year-less period written again in a passage where another mention of it reads as reported
        (``reported_after``: 前三季度，全区实现地区生产总值…，同比增长6.2%。…前三季度全区实现一般公共预算收入…): the
        same period, so of the same year, unless its own sentence looks ahead (预计, 力争, 目标) or names a year. The
        mentions read as reported are collected once (``reported_periods``); only the nearest before and after are
        read (a bisect), and where a passage ends is read once from each."""
        starts = self.reported.get(_period_key(spec))
        if not starts:
            return False
        i = bisect.bisect_left(starts, c.start)
        before = i > 0 and not _broken_at(self._points(starts[i - 1]), c.start)
        if not before and not (i < len(starts) and not _broken_at(self._points(c.start), starts[i])):
            return False  # (each mention's passage end is read once: no span is read again for each later date)
        p = patterns()
        begin, end = _sentence_around(self.text, c.start, c.end)
        return (p["future_sentence"].search(self.text, begin, end) is None and not self.looks_ahead(c)
                and p["whole_year_hedge"].search(self.text, begin, end) is None and not self._bare_targets(begin, end)
                and p["sentence_names_year"].search(self.text[begin:c.start] + self.text[c.end:end]) is None)

    def reported_after(self, spec: Spec, c: Candidate) -> bool:
        """(round 38) A year-less date the document's year would put after the document date, though the text
        reports it as past: a release day whose clause reports the act done (12月16日，国家统计局发布数据显示 in a text
        of 30 June), more than a month after the document date (nearer, the document date may run behind the
        writing), or a month, quarter, half or run from January whose last month has not begun by the document date,
        whose sentence states its year-on-year figure (11月，…发电量7495亿千瓦时，同比增长0.9%) with no forecast, plan,
        target or hedge in it, or that a release day of that kind before it in its sentence releases (10月1日，…公布9月
        交付数据), or that a release verb right before it releases the data of (发布1-11月份…统计数据, round 39; not
        a forecast or plan released, 发布12月份降水预报, nor a release denied, 尚未发布: round 39 mend). A day more than
        a month ahead is so too where its sentence compares its figure with the day or days before
        (`_reports_day_result`, round 39). Such data have been published, so they are of the year before, as round
        23's bare day of a past act is of the month before. A deadline, plan or forecast (预计9月份投产, 9月底前完成)
        keeps the half-year rule, and so does a figure with no year-on-year measure (1-6月，全市出口增长4% on 20
        March: round 21)."""
        if (spec.end is not None or spec.mrel is not None or spec.same is not None or spec.report is not None
                or spec.lunar or spec.days is not None or spec.week is not None or spec.month_week is not None
                or spec.reported_point or spec.whole_year):
            return False
        key = (c.start, c.end, spec.day, spec.month, spec.months, spec.quarters, spec.part)  # all it reads of spec
        if key not in self.after_memo:  # (round 40 tidy: `reported_periods` and `year` ask of each mention)
            self.after_memo[key] = self._reported_after(spec, c)
            if self.after_memo[key] and spec.day is None and (final := _final_month(spec)) is not None:
                bisect.insort(self.reported_runs, (c.start, final))  # (sorted: read by its sentence's slice)
        return self.after_memo[key]

    def _reported_after(self, spec: Spec, c: Candidate) -> bool:
        """``reported_after`` of a year-less day or period (its own tests of ``spec`` passed), read once."""
        doc = self.doc
        if spec.day is not None:
            if spec.month is None or spec.months is not None:
                return False
            day = dt.date(doc.year, spec.month, min(spec.day, calendar.monthrange(doc.year, spec.month)[1]))
            return (day - doc).days > int(res()["reported_after_days"]) and (
                self.reports_act(c) or self._reports_day_result(c))
        last = _final_month(spec)
        if last is not None and self._base_of_reported(c, last):
            return True  # 1-7月份，…增速比1-6月份放缓 in a text of 30 June: the base is of the reported run's year
        if last is None or dt.date(doc.year, last, 1) <= doc:
            return False
        p = patterns()
        begin = _sentence_start(self.text, c.start)
        near = int(res()["release_verb_window_chars"])
        if (p["released_period_before"].search(self.text, max(0, c.start - near), c.start)
                and (data := p["released_period_after"].match(self.text, c.end))
                and not p["released_period_plan"].search(self.text, c.end, data.end())
                and not self._bare_targets(c.end, data.end()) and not self.looks_ahead(c)):
            return True  # 国家能源局发布1-11月份…统计数据 (round 39): a released period's data are out, so past
        if not self.looks_ahead(c) and any(  # 10月1日，多家新势力公布9月交付数据: the data of the day's release
                last <= int(m.group("rm")) and self.reported_after(
                    Spec(month=int(m.group("rm")), day=int(m.group("rd"))), Candidate(m.start(), m.end(), Spec()))
                for m in p["release_day"].finditer(self.text, begin, c.start)):
            return True
        return self._published_result(c, "reported_period_result")

    def _base_of_reported(self, c: Candidate, last: int) -> bool:
        """(round 42 mend) A year-less period compared with (增速比1-6月份放缓) after a year-less period of its sentence
        read as reported (1-7月份 in a text of 30 June: of the year before), ending no later than it: the base of the
        same year. Read from ``reported_runs``, which `reported_periods` fills in the order of the text."""
        if not patterns()["comparison_base"].search(self.text, max(0, c.start - 6), c.start):
            return False
        begin = _sentence_start(self.text, c.start)
        runs = self.reported_runs  # (sorted by start: only the sentence's runs are read, never the document's)
        return any(last <= final for _, final in runs[bisect.bisect_left(runs, (begin,)):
                                                      bisect.bisect_left(runs, (c.start,))])

    def _reports_day_result(self, c: Candidate) -> bool:
        """(round 39) The day's sentence compares a figure with the day or days before (比昨天下降0.12个点, 较上周五,
        比节前) or as a period's is (同比, 环比) and neither looks ahead nor names a target or a hedge: a day's data
        already published. Not a day something starts, is held or is due (12月1日起…同比上调10%, 11月15日开幕的进博会,
        12月1日前: round 39 mend)."""
        return (patterns()["reported_day_event_after"].match(self.text, c.end) is None and not self.looks_ahead(c)
                and self._published_result(c, "reported_day_result", "reported_period_result"))

    def _published_result(self, c: Candidate, *names: str) -> bool:
        """After ``c`` in its sentence, a result one of the patterns ``names`` finds, in a sentence with no forecast
        or plan (`future_sentence`), no hedge (`whole_year_hedge`: 左右, 以上) and no target word outside a target
        reported met: a figure measured and published (rounds 38, 39)."""
        p = patterns()
        begin, end = _sentence_around(self.text, c.start, c.end)
        return (any(p[name].search(self.text, c.end, end) is not None for name in names)
                and p["future_sentence"].search(self.text, begin, end) is None
                and p["whole_year_hedge"].search(self.text, begin, end) is None
                and not self._bare_targets(begin, end))

    def news_day(self, spec: Spec) -> bool:
        """A year-less month and day that, in the document's year, falls in the last days up to the document date
        (3月26日晚间，…发布2023年年度报告 in a text of 29 March 2024) is the day of the news, the time of writing: of
        the document date's year, not of the earlier year its title or headline reports (round 28), as a 2023
        title's results are released in 2024."""
        if (self.doc is None or spec.year is not None or spec.yrel is not None or spec.month is None
                or spec.day is None or spec.end is not None or spec.mrel is not None):
            return False
        day = min(spec.day, calendar.monthrange(self.doc.year, spec.month)[1])
        return 0 <= (self.doc - dt.date(self.doc.year, spec.month, day)).days <= int(res()["news_day_window_days"])

    def reports_ended_year(self, c: Candidate) -> bool:
        """A bare 全年 in a text dated in the year's first half whose sentence reports a result (全年…比上年增长6.6%):
        the year reported has ended, so it is the year before (round 20, as 年末 by its half-year rule)."""
        if self.doc is None or self.doc.month > 6:
            return False
        p = patterns()
        begin, end = _sentence_around(self.text, c.start, c.end)
        secured = [m.span() for m in p["whole_year_secured"].finditer(self.text, c.end, end)]  # 争取…资金18.6亿元 (33)
        if secured and not p["whole_year_secured_result"].search(self.text, begin, end) and (
                p["whole_year_hedge"].search(self.text, begin, end) or self._plan_before(begin)
                or any(p["whole_year_secured_hedge"].match(self.text, b) for _, b in secured)):
            secured = []  # 全年争取上级资金25亿元以上; 今年…预期目标…。全年争取…: a target (round 33 review)
        reported = bool(secured) or p["whole_year_result"].search(self.text, c.end, end) is not None or (
            (p["whole_year_rate"].search(self.text, c.end, end) is not None  # 全年…，增长0.2% (round 21)
             or p["whole_year_shown_before"].search(self.text, begin, c.start) is not None)  # 公报显示，全年… (r43)
            and p["whole_year_hedge"].search(self.text, begin, end) is None)
        targets = self._bare_targets(begin, end)  # outside a target reported met (round 36)
        return (reported and not any(not any(a <= t < b for a, b in secured) for t in targets)
                and not self.looks_ahead(c))

    def plans_whole_year(self, c: Candidate) -> bool:
        """The sentence of a 全年 names a target or a plan (全年目标, 计划, 力争), hedges its figure as a goal
        (增长5%左右) or looks ahead: a year still to come, which no 全年 reported before it dates (round 28)."""
        p = patterns()
        begin, end = _sentence_around(self.text, c.start, c.end)
        return (bool(self._bare_targets(begin, end))
                or p["whole_year_hedge"].search(self.text, begin, end) is not None or self.looks_ahead(c))

    def _bare_targets(self, begin: int, end: int) -> tuple[int, ...]:
        """Where the target words of ``text[begin:end]`` start outside a target the sentence reports met (超额完成…
        目标任务, round 36): read once per sentence span, in one pass that steps over each met target."""
        key = (begin, end)
        found = self.target_memo.get(key)
        if found is None:
            found = tuple(m.start() for m in _met_or_target().finditer(self.text, begin, end) if m.lastgroup)
            self.target_memo[key] = found
        return found

    def _plan_before(self, begin: int) -> bool:
        """The sentence before ``begin`` names this year or a target (今年…主要预期目标是：…): a plan's sentences."""
        ends = patterns()["sentence_end"]
        stop = begin
        while stop > max(0, begin - 8) and ends.fullmatch(self.text, stop - 1, stop):
            stop -= 1  # the marks ending the sentence before (。⏎)
        if stop == 0:
            return False
        start = _sentence_start(self.text, stop)
        return patterns()["whole_year_plan_before"].search(self.text, start, stop) is not None

    def looks_ahead(self, c: Candidate) -> bool:
        """The date's clause or the clause after it looks ahead (预计12月份…; 12月份，CPI预计…; 自12月1日起施行),
        read within `future_window_chars` either side."""
        return patterns()["future_sentence"].search(self.text, *self._clauses(c)) is not None

    def reports_act(self, c: Candidate) -> bool:
        """The date's clause or the clause after it reports an act done (美联储当地时间18日宣布; 18日，…公布) and
        does not look ahead (将于20日发布): a bare day of it is not after the document's day (round 23)."""
        begin, end = self._clauses(c)
        return patterns()["past_act"].search(self.text, begin, end) is not None and not self.looks_ahead(c)

    def _clauses(self, c: Candidate) -> tuple[int, int]:
        """The span of the date's clause and of the clause after it, within `future_window_chars` either side."""
        breaks, window = patterns()["clause_break"], int(res()["future_window_chars"])
        lo = max(0, c.start - window)
        begin = max((m.end() for m in breaks.finditer(self.text, lo, c.start)), default=lo)
        end = c.end - 1
        for _ in range(2):  # to the end of the date's clause and of the one after it
            after = breaks.search(self.text, end + 1, c.end + window)
            end = after.start() if after else min(len(self.text), c.end + window)
        return begin, end


def _begins_after(spec: Spec, doc: dt.date, days: int | None = None) -> bool:
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
    day = min(spec.day or (spec.days[0] if spec.days else 1), calendar.monthrange(doc.year, first)[1])
    limit = int(res()["past_period_after_days"]) if days is None else days
    return (dt.date(doc.year, first, day) - doc).days > limit


def _period_key(spec: Spec) -> tuple | None:
    """What names a year-less period for ``_Default.reported_in_passage``: the same month, run, quarters or part."""
    if (spec.day is not None or spec.end is not None or spec.mrel is not None or spec.same is not None
            or spec.report is not None or spec.lunar or spec.days is not None or spec.week is not None
            or spec.month_week is not None or spec.reported_point or spec.whole_year or _final_month(spec) is None):
        return None
    return spec.month, spec.months, spec.quarters, spec.part


def reported_periods(s: str, cands: list[Candidate], default: _Default) -> dict[tuple, list[int]]:
    """Where year-less periods are read as reported (``_Default.reported_after``), by period, in one pass."""
    if default.doc is None or default.title_year is not None:
        return {}
    out: dict[tuple, list[int]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        spec = c.spec
        key = _period_key(spec)
        if (key is not None and spec.year is None and spec.yrel is None and not spec.explicit
                and default.reported_after(spec, c)):
            out.setdefault(key, []).append(c.start)
    return out


def _final_month(spec: Spec) -> int | None:
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


def _ends_after(spec: Spec, doc: dt.date) -> bool:
    """A run of months or quarters from the year's start (1-12月, 前11个月, 前三季度) that, in the document's year,
    would end more than half a year after the document date has not been reported yet: 1-12月 in a January release
    is last year's, as 12月份 is by `_begins_after` (round 21). A run that ends within half a year (1-5月) stays."""
    run = spec.months or spec.quarters
    if run is None or run[0] != 1 or spec.month is not None or spec.day is not None or spec.end is not None:
        return False  # 十一、十二月份 (two months, no run from January) keeps `_begins_after`'s reading
    last = run[1] if spec.months else run[1] * 3
    end = dt.date(doc.year, last, calendar.monthrange(doc.year, last)[1])
    return (end - doc).days > int(res()["past_period_after_days"])


def _writing_year(s: str) -> tuple[int, int] | None:
    """Where the text first names its own year in a bracketed deictic word, and that year (本(113)年 → 2024,
    今（2024）年): the deictic words after it count from it."""
    m = patterns()["writing_year"].search(s)
    if m is None:
        return None
    return m.start(), bracketed_year(m.group("wy4"), m.group("wyroc"))


def _time_of_writing(s: str, doc: dt.date | None) -> dt.date | None:
    """The day the text says it was written (昨天（20日） → the 21st), else the document date.

    A publication date often runs a day behind the writing; the text's own bracketed day is the
    better reference for its 昨天, 上周 and 今天, and so is a news story's dateline (本报北京1月12日讯 in the paper of
    the 13th: its 今天 is the 12th, round 31). Only a day within a month of the document date, or a dateline the
    document date would put more than a month after it, which is of the year before (round 38)."""
    if doc is None:
        return doc
    m = patterns()["paren_day"].search(s)
    if m is None:
        wire = patterns()["wire_dateline"].search(s)
        return _dispatched_on(doc, int(wire.group("wm")), int(wire.group("wd"))) if wire else doc
    month, day = int(m.group("pm") or doc.month), int(m.group("pd"))
    if not m.group("pm") and day > doc.day:
        month = month - 1 if month > 1 else 12
    return _written_on(doc, month, day, res()["relative_days"][m.group("drel")])


def _dispatched_on(doc: dt.date, month: int, day: int) -> dt.date:
    """The day a news story's dateline names (中新社北京9月28日电): as `_written_on`, and (round 38) a dateline the
    document date's year would put more than a month after the document date is of the year before (9月28日电 in a
    text dated 30 June 2025 → 28 September 2024), since no story is dispatched after it is published: its 今年 and
    its year-less dates count from that day, as from a nearer dateline."""
    try:
        ahead = (dt.date(doc.year, month, day) - doc).days > int(res()["reported_after_days"])
        return dt.date(doc.year - 1, month, day) if ahead else _written_on(doc, month, day, 0)
    except ValueError:  # (2月29日 in a year without it)
        return _written_on(doc, month, day, 0)


def _written_on(doc: dt.date, month: int, day: int, drel: int) -> dt.date:
    """The day of writing a text names by its month and day (the latest such day by the document date, less ``drel``
    days: 昨天（20日） → the 21st), else the document date where that is no day or more than a month away."""
    year = doc.year if month <= doc.month else doc.year - 1
    try:
        named = dt.date(year, month, day)
    except ValueError:
        return doc
    now = named - dt.timedelta(days=drel)
    return now if abs((now - doc).days) <= 31 else doc


def _gives_month_to_bare_days(spec: Spec) -> bool:
    """A date written with its year, counted from the time of writing, or given to the day (a wire dateline,
    新华社华盛顿7月26日电 … 26日宣布) lends its month to a later bare day; a data month alone (10月份，CPI… 15日发布)
    does not: the release day is of the month of writing."""
    return spec.explicit or spec.yrel is not None or (spec.month is not None and spec.day is not None)


def _names_month(spec: Spec) -> bool:
    """The date names a month of its own (10月份, 1-10月): one that lends none to a bare day ends the month lent
    before."""
    return spec.month is not None or spec.months is not None


def _event_month(s: str, c: Candidate) -> bool:
    """A month written alone at the head of its clause (10月，上市公司三季报密集披露。20日，…) is when the events after
    it happened: it lends its month to a later bare day of its passage, unless its sentence states a figure before
    any bare day (10月份，CPI…下降0.2%。…15日发布): a data month, reported after its end (round 22). A month inside a
    phrase (发布2月经营“喜报”) is a month of data as well."""
    if not bare_month(c.spec):
        return False
    p = patterns()
    heads = (p["event_month_before"].search(s, max(0, c.start - 4), c.start) is not None
             and p["event_month_after"].match(s, c.end) is not None)
    return heads and p["data_month_after"].match(s, c.end) is None


def _forecast_vintage(s: str, c: Candidate) -> bool:
    """A month or day without a year right before 预测/预估/展望 (将2024年…预期从10月预测的2.9%上调至3.1%) is when an
    earlier forecast was made: of the time of writing, not of the target year before it."""
    spec = c.spec
    yearless = spec.year is None and spec.yrel is None and spec.end is None
    return (yearless and (spec.month is not None or spec.day is not None)
            and patterns()["forecast_vintage_after"].match(s, c.end) is not None)


def _in_definition(s: str, c: Candidate) -> bool:
    """A date word with no year of its own (本年, 报告期内) in a note that defines a term, before its 指 or in the
    definition after it: it belongs to the term's wording and dates nothing."""
    spec = c.spec
    if spec.explicit or spec.year is not None:
        return False
    p = patterns()
    return (p["definition_term_after"].match(s, c.end) is not None
            or p["definition_body_before"].search(s, max(0, c.start - 60), c.start) is not None)


def _comparison_base(s: str, c: Candidate) -> bool:
    """A date after a comparison cue (比上年, 恢复至2019年), or framed by 与 … 相比/持平 (增速与上月末持平), is what a
    value is compared with: it anchors no later date; nor does a valuation basis's year (按2020年不变价格)."""
    p, before = patterns(), s[max(0, c.start - 6) : c.start]
    if p["comparison_base"].search(before) or p["index_base_after"].match(s, c.end):
        return True  # (上月=100: an index's base period, compared with as well)
    if p["released_month_base_before"].search(before) and p["turn_after"].match(s, c.end):
        return True  # 由上月下降0.3%转为上涨: the turn's start is compared with as well (round 29)
    since = p["since_at_end"].search(s, c.start, c.end)  # (…年以来 read with the date)
    if p["record_reference_after"].match(s, since.start() if since else c.end):
        return True  # 创2023年5月以来新高: a record's reference date, compared with as well (round 21)
    event = p["record_event_verb_before"].search(before) and p["record_event_gap_after"].match(s, c.end)
    if event and p["record_reference_after"].match(s, event.end()):
        return True  # 为2014年沪港通开通以来的最低水平: with the event of that year (round 38)
    if p["valuation_basis_before"].search(before) and p["valuation_basis_after"].match(s, c.end):
        return True  # 按2020年不变价格计算: the prices a figure is measured by, no period of it (round 24)
    if p["share_base_before"].search(before) and p["share_base_after"].match(s, c.end):
        return True  # 达到2019年的99.2%, 是2010年的2.32倍: the base a share or multiple is of (round 32)
    if (p["glossed_base_before"].search(s, max(0, c.start - 12), c.start)
            and p["glossed_base_after"].match(s, c.end)):
        return True  # 上年（2024年）同期的1.4倍, 恢复至疫情前（2019年）: the year glosses the base (round 42 mend)
    if p["contrast_figure_before"].search(before) and p["contrast_figure_after"].match(s, c.end):
        return True  # 而二零二四年第四季的升幅為2.5%: the earlier figure set against the reported one (round 38)
    return p["comparison_frame_before"].search(before) is not None and p["comparison_frame_after"].match(
        s, c.end, c.end + 40) is not None


def _bare_base_period(s: str, c: Candidate) -> bool:
    """A bare 同期 as a comparison base (增速比同期提高, 降幅较同期收窄) or as the base an aside names
    (（同期为下降…）) is the year-earlier period, as 比上年同期 is (round 20): a base is never the current period."""
    spec = c.spec
    if spec.same != "period" or spec.yrel is not None or spec.explicit:
        return False
    if patterns()["same_period_comparand_after"].match(s, c.end):
        return False  # 比同期工业、高技术制造业高…: the compared subject's same period (round 28)
    if (patterns()["same_period_comparative_before"].search(s, max(0, c.start - 4), c.start)
            and patterns()["same_period_comparand_named"].match(s, c.end)):
        return False  # 快于同期商品零售额增速3.5个百分点: so after a comparative verb (round 35)
    return _comparison_base(s, c) or patterns()["base_aside_period"].match(s, c.start) is not None


def _cited_year(s: str, c: Candidate) -> bool:
    """A bare year in an author-year citation (周茂等（2018）, （Chen et al.，2018）) dates a publication, not the data:
    it anchors no 当年 or 同期 after it (round 18)."""
    p = patterns()
    return (s[c.start:c.end].isdigit() and p["citation_year_after"].match(s, c.end) is not None
            and p["citation_year_before"].search(s[max(0, c.start - 40):c.start]) is not None)


def _counted_month(c: Candidate, anchor: _Anchor | None, default: _Default) -> bool:
    """A month counted from the passage's month (6月份，…由上月下降转为上涨…。…涨幅比上月扩大: the month before June)
    anchors no later date: the next 上月 counts from the passage's month again, not from the month before it (round 24),
    as a year counted from another date's (上年) anchors nothing; so does one counted from the month the lead released
    (round 29)."""
    if not c.spec.mrel:
        return False
    if anchor is not None:
        return anchor.spec.month is not None
    return default.compared_month(c) is not None


def _trend_start(s: str, c: Candidate, absolute: Spec, anchor: _Anchor | None) -> bool:
    """A date a trend has run since up to the time of writing (今年3月以来，…连续4个月…; 自去年11月以来，降幅不断收窄;
    自2012年首次超过4%以来) tells how long it has run, not the period of the data after it (round 27): it anchors no
    later date when it starts before the period the passage already states (6月，…。自去年11月以来，…。1~6月 → the
    passage's year; 2017年，…自2012年…以来…比上年 → 2016), nor when it was counted back from the time of writing into an
    earlier year (去年11月以来: its span runs into this year). A year to date of the passage's year (6月，…。今年以来，
    累计…) and a start point opening a passage (2023年以来，…。3月8日) still anchor (rounds 20, 21)."""
    p = patterns()
    since = (p["since_at_end"].search(s, c.start, c.end) or p["since_after"].match(s, c.end)
             or (p["since_frame_before"].search(s, max(0, c.start - 3), c.start)
                 and p["since_frame_after"].match(s, c.end)))
    if not since:
        return False
    if c.spec.yrel is not None and c.spec.yrel[0] < 0:
        return True
    if anchor is None:
        return False
    start, held = _first_month(_format(absolute)[0]), _first_month(_format(anchor.spec)[0])
    if start is None or held is None:
        return False
    return start[0] < held[0] or (start[0] == held[0] and start[1] is not None and start[1] < (held[1] or 1))


def _first_month(value: str | None) -> tuple[int, int | None] | None:
    """The year and first month (None for a whole year) of a date value: 2024-Q2 → (2024, 4), 2024 → (2024, None)."""
    found = re.match(r"(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?", value or "")
    if found is None:
        return None
    year, month, quarter, half = found.groups()
    first = int(month) if month else (int(quarter) * 3 - 2 if quarter else (int(half) * 6 - 5 if half else None))
    return int(year), first


def _anchors(spec: Spec) -> bool:
    """A date anchors what follows (5月, 同期, 上年) unless its year was counted from another
    date's (上年, 次年): explicit dates, dates counted from the time of writing (今年, 去年) and
    dates without a year (1-7月, which took the year of the passage)."""
    return spec.yrel is None or spec.yrel[1] == "deictic"


def _reported_quarter(a: Spec, doc: dt.date | None) -> tuple[int, int] | None:
    """A quarter the text names within the twelve months up to the document date (今年第二季)."""
    if a.year is None or a.part is None or not a.part.startswith("Q") or a.end is not None:
        return None
    q = int(a.part[1])
    if doc is not None:
        index, now = a.year * 4 + q - 1, doc.year * 4 + (doc.month - 1) // 3
        if not now - 4 <= index <= now:
            return None
    return a.year, q


def _days_of(a: Spec) -> tuple[dt.date, dt.date] | None:
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


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), or its month's last day (3月31日 → 2月29日)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _year_span(a: Spec) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a range given to the day within one year (2024年1月1日至2024年6月30日), else None:
    a period a 上年同期 after it restates a year earlier."""
    if a.end is None:
        return None
    days = _days_of(a)
    if days is None or days[0].year != days[1].year or days[0] >= days[1]:
        return None
    return days


def _finer_than_year(a: Spec) -> bool:
    return any(v is not None for v in (a.month, a.months, a.quarters, a.part, a.day, a.days))


def _resolve(
    c: Candidate, anchor: _Anchor | None, doc: dt.date | None, quarter: tuple[int, int] | None = None,
    default: _Default | None = None,
) -> tuple[str | None, str, Spec | None] | None:
    """(value, granularity, absolute spec) of a candidate, or None when it is no date here."""
    spec = c.spec
    if spec.report is not None:
        return _report_period(c, anchor, doc, default)
    if spec.same == "shifted" and spec.week is not None:
        days = _days_of(anchor.spec) if anchor is not None else None
        if days is None:
            return _resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        first, last = (d + dt.timedelta(weeks=spec.week[0]) for d in days)
        return (f"{first}/{last}", "range", None) if first != last else (str(first), "day", None)
    if spec.same == "shifted" and spec.mrel is not None:
        days = _days_of(anchor.spec) if anchor is not None else None
        if days is None:
            return _resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        first, last = (_months_later(d, spec.mrel) for d in days)
        return (f"{first}/{last}", "range", None) if first != last else (str(first), "day", None)
    if spec.same == "shifted":
        # 上年同期, 去年同期, 2019年同期: the period named before, in the year the words name
        year = _absolute(replace(spec, same=None, explicit=False), c, anchor, doc, default=default)
        if year is None or year.year is None:
            return None, "year", None
        if anchor is not None and anchor.released is not None and spec.yrel is not None and spec.yrel[0] == -1:
            value, gran = _format(replace(anchor.released, year=anchor.released.year - 1))
            return value, gran, None  # 8月22日，X发布半年报，…较上年同期: the report's period a year before (round 26)
        a = anchor.spec if anchor is not None and not anchor.unrestated else None
        if spec.month is not None and (a is None or a.month != spec.month or a.year is None):
            # 去年7月同期 with no days of July named before it: the month that year (round 27)
            return _resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        if (spec.yrel == (-1, "deictic") and a is not None and a.year is not None
                and (a.end is None or a.end.year == a.year)
                and default is not None and not default.names_present and a.year <= year.year):
            # 去年同期 after 2010年1-10月 in a text that names no 今年 of its own: an archived release, written in the
            # year of the period it reports, so that period's year before (round 20); also where that period is
            # already last year's (12月份…比去年同期 in a January release: never the period itself, round 21) and
            # after days of one year (2021年8月16日至20日)
            year = replace(year, year=a.year - 1)
        span = _year_span(a) if a is not None else None
        if a is not None and a.year is not None and a.end is None and _finer_than_year(a):
            value, gran = _format(replace(a, year=year.year, explicit=False))
        elif span is not None and a is not None and a.year is not None:
            # a stated period given to the day (业绩预告期间：2024年1月1日至2024年6月30日): the same days that year; the
            # whole year given to the day (2024年1月1日至2024年12月31日) is that year (round 32), as the annual
            # forecast's title dates its own figures `2024`
            first, last = (_months_later(d, 12 * (year.year - a.year)) for d in span)
            whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
            value, gran = (str(first.year), "year") if whole else (f"{first}/{last}", "range")
        elif a is None and default is not None and default.title_part is not None:
            value, gran = _format(Spec(year=year.year, part=default.title_part))  # a Q1 report's 上年同期
        else:
            value, gran = _format(Spec(year=year.year))
        return value, gran, None
    if spec.qrel is not None:
        if quarter is None and spec.qrel_needs_quarter:
            return None  # 本季, 上季 with no quarter named before: a season (本季英超), not a quarter
        if quarter is None:
            if doc is None:
                return None, "quarter", None
            quarter = (doc.year, (doc.month - 1) // 3 + 1)
        index = quarter[0] * 4 + quarter[1] - 1 + spec.qrel
        if spec.qrel_end:  # 较上季末: the quarter's last month
            return f"{index // 4:04d}-{index % 4 * 3 + 3:02d}", "month", None
        return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", None
    if spec.same:
        if anchor is None:
            return None
        a = anchor.spec
        if spec.same == "year":
            absolute = Spec(year=a.year if a.year is not None else None, fixed=None if a.year else a.fixed)
        elif spec.same == "month":
            if a.month is None:
                return None
            absolute = Spec(year=a.year, month=a.month, lunar=a.lunar)
        elif spec.same == "day":
            if a.end is not None and anchor.day is not None:
                a = anchor.day.spec  # 7月11日公告，公司于1月1日至6月30日期间…。同日公告: the day, not the range's start
            if a.day is None:
                return None
            absolute = Spec(year=a.year, month=a.month, day=a.day, lunar=a.lunar)  # 正月初一…当天: a lunar day
        else:
            absolute = replace(a, explicit=False)
            if a.end is not None:  # 从1981年末到2015年末，…，同期…: the whole span, not its start (round 20)
                first, last = _format(replace(a, end=None))[0], _format(a.end)[0]
                if first and last:
                    return f"{first}/{last}", "range", None
        value, gran = _format(absolute)
        return value, gran, None
    if spec.fixed:
        return spec.fixed[0], spec.fixed[1], spec
    absolute = _absolute(spec, c, anchor, doc, default=default)
    if absolute is None:
        return None, _granularity(spec), None
    if spec.end is not None:
        end_abs = _absolute(spec.end, c, anchor, doc, start=absolute, default=default)
        if end_abs is None:
            return None, "range", None
        v1, _ = _format(absolute)
        v2, _ = _format(end_abs)
        if v1 is None or v2 is None:
            return None, "range", None
        return f"{v1}/{v2}", "range", replace(absolute, end=end_abs)
    value, gran = _format(absolute)
    return value, gran, absolute


def _report_period(
    c: Candidate, anchor: _Anchor | None, doc: dt.date | None, default: _Default | None
) -> tuple[str | None, str, Spec | None] | None:
    """报告期内, 本报告期末, 年初至报告期末, 本年度报告: the period a periodic report's title names
    (…2024年第一季度报告 → 2024-Q1), its last month, January to that month, or its year. Only the title states the
    report's period: without one, 年初至报告期末 is the year so far (like 年初至今) and the others are no date."""
    spec, title = c.spec, default.title if default is not None else None
    if title is None and anchor is not None and default is not None:
        title = anchor.report or _passage_report(anchor, default.text)
    if title is None or title.year is None or spec.year not in (None, title.year):
        if spec.report != "ytd":
            return None
        return _resolve(replace(c, spec=replace(spec, report=None)), anchor, doc, None, default)
    last = _month_bounds(title)[1]
    absolute = {
        "period": replace(title),
        "year": Spec(year=title.year),
        "end": Spec(year=title.year, month=last),
        "ytd": Spec(year=title.year, months=(1, last) if 1 < last < 12 else None, month=1 if last == 1 else None),
    }[spec.report]
    value, gran = _format(absolute)
    return value, gran, absolute


def _passage_report(anchor: _Anchor, s: str) -> Spec | None:
    """The period of a periodic report the passage names right before (2023年第三季度报告显示，…), when it names a
    year's quarter, half or months: the report period of what follows where the title names none."""
    a = anchor.spec
    if a.year is None or a.end is not None or a.day is not None:
        return None
    if not _finer_than_year(a):  # a year's report is its annual report only (2023年年度报告, not 2023年报告)
        return Spec(year=a.year) if patterns()["passage_annual_report_after"].match(s, anchor.pos) else None
    if patterns()["passage_report_after"].match(s, anchor.pos) is None:
        return None
    return Spec(year=a.year, part=a.part, month=a.month, months=a.months, quarters=a.quarters)


def _granularity(spec: Spec) -> str:
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


def _absolute(
    spec: Spec, c: Candidate, anchor: _Anchor | None, doc: dt.date | None, start: Spec | None = None,
    default: _Default | None = None,
) -> Spec | None:
    """Replace the relative parts of a spec by calendar numbers; None when unanchored."""
    out = replace(spec, end=None)
    if spec.drel is not None:
        written = _dateline_day(anchor, c, default) or doc
        if written is None:
            return None
        d = written + dt.timedelta(days=spec.drel)
        return Spec(year=d.year, month=d.month, day=d.day)
    if spec.week is not None:
        ref = _sentence_day(anchor, c, default)
        week = _sentence_week(anchor, c, default) if spec.bare_weekday and spec.week[0] == 0 else None
        if week is not None:
            ref = week  # 本周…，其中周一…，周二…: the days of the week just named
        elif ref is None and default is not None and default.title_week is not None:
            ref = default.title_week + dt.timedelta(days=6)  # a weekly report's 本周, 上周五: of the week it covers
        elif ref is None:
            ref = doc
        if ref is None:
            return None
        offset, day = spec.week
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1) + dt.timedelta(weeks=offset)
        if day is None:
            sunday = monday + dt.timedelta(days=6)
            return Spec(fixed=(f"{monday}/{sunday}", "range"))
        if day == "WE":
            sat = monday + dt.timedelta(days=5)
            sun = monday + dt.timedelta(days=6)
            return Spec(fixed=(f"{sat}/{sun}", "range"))
        d = monday + dt.timedelta(days=int(day) - 1)
        if (spec.bare_weekday and week is None and spec.end is None and start is None and d > ref
                and default is not None and not default.looks_ahead(c)):
            d -= dt.timedelta(weeks=1)  # 周五 in Monday's news: the Friday just past
        return Spec(year=d.year, month=d.month, day=d.day)
    if spec.century is not None or spec.crel is not None:
        if spec.century is not None:
            cen = spec.century
        elif doc is not None:
            cen = doc.year // 100 + 1 + (spec.crel or 0)
        else:
            return None
        if spec.decade is not None:
            if spec.century is None and spec.crel == 0 and doc is not None:
                # 50年代 / 九十年代 without a century: the latest such decade not after the document
                base = (doc.year // 100) * 100 + spec.decade * 10
                if base > doc.year:
                    base -= 100
                return Spec(fixed=(f"{base}/{base + 9}", "range"))
            base = (cen - 1) * 100 + spec.decade * 10
            return Spec(fixed=(f"{base}/{base + 9}", "range"))
        return Spec(century=cen)
    # the year
    if spec.year is None:
        if spec.yrel is not None:
            offset, ref = spec.yrel
            base = None
            if ref == "deictic":
                if c.after_paren_year is not None:
                    base = c.after_paren_year - offset
                elif default is not None and default.writing_year is not None and c.start >= default.writing_year[0]:
                    base = default.writing_year[1]  # 本(113)年…；自本年3月29日起 → 2024
                elif (offset == 0 and default is not None and default.title_year is not None
                      and default.text.startswith(tuple(res()["report_own_year_words"]), c.start)):
                    base = default.title_year  # 本年累计 in a 2018年1-8月…统计数据报告 is 2018 (round 26)
                elif doc is not None:
                    base = doc.year
            else:
                if anchor is not None and anchor.spec.year is not None:
                    base = anchor.spec.year
                elif default is not None and default.title_year is not None:
                    base = default.title_year  # 比上年 in a year's bulletin
                elif doc is not None:
                    base = doc.year
            if base is None:
                return None
            out.year = base + offset
        elif start is not None and start.year is not None:
            out.year = start.year
            if out.month is not None and start.month is not None and out.month < start.month:
                out.year += 1  # 12月20日至1月5日, 腊月二十三至正月十五: the range runs into the next year (round 21)
        elif anchor is not None and anchor.spec.year is not None:
            # after a range (去年9月到今年1月), the year of its last point (…，2月以后)
            end = anchor.spec.end
            out.year = end.year if end is not None and end.year is not None else anchor.spec.year
        elif default is not None and (year := default.year(spec, c)) is not None:
            out.year = year
        elif doc is not None:
            out.year = doc.year
        else:
            return None
    if spec.mrel is not None:
        named = anchor.spec if anchor is not None and anchor.spec.end is None else None
        if named is not None and named.day is not None and _sentence_day(anchor, c, default) is None:
            named = None  # a day anchors 上月 of its own sentence only (央行7月22日公布，…较上月下调)
        if named is not None and named.month is not None and named.year is not None:
            # 10月份，CPI…比上月回落: the month the passage reports, not the month of writing
            y, mo = named.year, named.month + spec.mrel
        elif doc is None:
            return None
        elif (anchor is None and spec.year is None and spec.yrel is None and default is not None
              and (released := default.compared_month(c)) is not None):
            y, mo = released[0], released[1] + spec.mrel  # (round 29) 发布7月份…数据。…涨幅比上月回落 → June
        else:
            y, mo = out.year or doc.year, doc.month + spec.mrel
            if spec.year is None and spec.yrel is None:
                y = doc.year
        while mo < 1:
            mo, y = mo + 12, y - 1
        while mo > 12:
            mo, y = mo - 12, y + 1
        out.year, out.month, out.mrel = y, mo, None
    if out.day is not None and out.month is None:
        # a bare day: that day of the anchor's month, else of the document's month
        a = anchor.spec if anchor is not None and anchor.explicit else None
        if (a is None or a.month is None) and anchor is not None and anchor.month is not None \
                and anchor.month.spec.year == anchor.spec.year:
            # 8月15日电 2026年…15日: a year of the same year keeps the dateline's month; so do a bare day or a period
            # without a month of its own (10月，…。20日，…，25日; 10月，…。前三季度…。20日) (round 22)
            a = anchor.month.spec
        if a is not None and a.month is not None and a.year is not None:
            out.year, out.month = a.year, a.month
        elif doc is not None:
            out.year, out.month = _month_with_day(out.day, doc, default is not None and default.looks_ahead(c))
            later = out.day > doc.day + int(res()["past_act_day_grace_days"])
            if later and (out.year, out.month) == (doc.year, doc.month) and default is not None \
                    and default.reports_act(c):
                # 美联储当地时间18日宣布 in a report of the 9th: the act was done, so on the 18th of the month before
                # (round 23), as a bare weekday after the document's day is of the week before
                prev = doc.replace(day=1) - dt.timedelta(days=1)
                out.year, out.month = _month_with_day(out.day, prev, False)
        else:
            return None
    out.yrel = None
    return _on_calendar(out, spec, doc, leap_default=start is None)


def _on_calendar(out: Spec, spec: Spec, doc: dt.date | None, leap_default: bool = True) -> Spec | None:
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


@cleared_with_resources
@functools.lru_cache(maxsize=4)
def _sentence_marks(s: str) -> tuple[int, ...]:
    """Where each sentence end of ``s`` is (dates.yaml `sentence_end`), found once per text (round 33 review: a scan
    back to the line start per 当日 was quadratic on a long line); a tuple, so no caller can change what the memo
    holds. (A line break ends no sentence inside a line, so it changes no line's last mark.)"""
    return tuple(m.start() for m in patterns()["sentence_end"].finditer(s))


def _in_prose(s: str, position: int) -> bool:
    """The word at ``position`` opens its paragraph (当日，… / 报道说，当月…) on a line of prose with a clause
    or sentence mark: not a table's field name (当月涨跌幅(%)) nor a word inside a clause (以当日收盘价平仓,
    当日内走势: any day)."""
    start, end = _line_bounds(s, position)
    if patterns()["prose_mark"].search(s, start, end) is None:
        return False
    # (round 33: or it opens a later sentence of a paragraph that named no date before it, after the clause's subject
    # at most: 港股方面，恒生指数当日收涨…; 。中国外汇交易中心公布，当日人民币…中间价…: the lede's day all the same)
    marks = _sentence_marks(s)  # the last sentence mark before it on its line, by bisection (no scan back per word)
    i = bisect.bisect_left(marks, position) - 1
    opens = marks[i] + 1 if i >= 0 and marks[i] >= start else 0
    p = patterns()
    lead = p["paragraph_opening_lead"].match(s, max(start, opens), position)
    return lead is not None and (lead.end() == position or (
        p["clause_subject"].fullmatch(s, lead.end(), position) is not None
        and p["subject_day_word"].match(s, position) is not None))


def _restates_in_clause(s: str, c: Candidate) -> bool:
    """A later paragraph's 当日 whose clause does not say the word again: 交易规则方面，当日买入的股票当日不能卖出，… is
    a rule of any day, no day restated (round 33 review)."""
    after = patterns()["clause_break"].search(s, c.end)
    return s[c.start : c.end] not in s[c.end : after.start() if after else len(s)]


def _closed_passage_anchor(closed: _Anchor, spec: Spec) -> _Anchor | None:
    """The date a day or month word (当日, 当天, 同日, 当月, 同月) of a paragraph that named no date before it restates:
    the last single day (its month) of the paragraphs before, as a news story's later paragraph means its event's day
    (。⏎当日，大会还发布了… ; 10月份，…。⏎报道说，当月出口…: round 30). Only those words: a year word (当年, 上年)
    keeps its own rules, and a range before names no single month (1—7月份，…。⏎当月… is no date); nor does a day
    for 当月 (2024年6月12日，国家统计局发布数据…。⏎当月，… : the day of a release, its data May's; second read)."""
    if spec.same == "day":
        return closed.firm_day  # no bound nor day ahead (将于4月30日前披露: 4月8日, round 33 review)
    if spec.same != "month":
        return None
    a = closed.spec
    return closed if (a.end is None and a.month is not None and a.year is not None and not a.months
                      and a.day is None) else None


def _firm_day(s: str, c: Candidate, absolute: Spec, default: _Default) -> bool:
    """A day said as one an event fell on: no bound (4月30日前), no day in a clause that looks ahead (将于…), and
    not after the document date; a later paragraph's 当日 restates only such a day (round 33 review)."""
    if s[c.end : c.end + 4].lstrip().startswith(tuple(res()["reported_point_not_before"])) or default.looks_ahead(c):
        return False
    doc = default.doc
    return doc is None or dt.date(absolute.year, absolute.month, absolute.day) <= doc


def _lends_month(anchor: _Anchor) -> bool:
    """An anchor a later bare day takes its month from: one that gives bare days a month and has a single month."""
    a = anchor.spec
    return anchor.explicit and not anchor.row and a.end is None and a.month is not None and a.year is not None


def _single_day(a: Spec) -> bool:
    """A calendar day on its own, no range."""
    return a.end is None and a.fixed is None and None not in (a.year, a.month, a.day)


def _same_sentence(anchor: _Anchor, c: Candidate, default: _Default | None) -> bool:
    """The anchor was written earlier in the candidate's own sentence."""
    return default is not None and patterns()["sentence_end"].search(default.text, anchor.pos, c.start) is None


def _dateline_day(anchor: _Anchor | None, c: Candidate, default: _Default | None) -> dt.date | None:
    """The day a paragraph opens with (7月2日，A股…今日…; 12月22日早盘，…。…今日盘中…): the day the flash or wrap was
    written, which its 今日/昨日/明日 count from, as they count from a bracketed day (昨天（20日）) before the document
    date; a day inside the paragraph (…于3月5日召开…，今天…) is an event's, not the time of writing."""
    day = anchor.dateline if anchor is not None else None
    if day is None or day.row or default is None or "\n" in default.text[day.pos:c.start]:
        return None
    return _calendar_day(day.spec)


def _released_period(s: str, c: Candidate, absolute: Spec) -> Spec | None:
    """The period of a periodic report named by its word only that is released on a day (or in a month) of its year
    (8月22日，X发布半年报 → that year's H1; an annual report's → the year before), else None (round 26)."""
    if absolute.year is None or absolute.month is None or absolute.end is not None:
        return None
    found = patterns()["released_report_after"].match(s, c.end)
    if found is None:
        return None
    part = found.lastgroup
    return Spec(year=absolute.year - 1) if part == "FY" else Spec(year=absolute.year, part=part)


def _relay_day(s: str, c: Candidate) -> bool:
    """The day ``c`` is the one a reporter learnt the figures on (记者5日从省文化和旅游厅获悉，…; 5日，记者从…了解到):
    when the story was written, no period of its data (round 31), so a 同期 after it restates no such day (round 36);
    unless the clause after the relay points back to it (…获悉，当天成交额较去年同期; ``relay_day_points_back``)."""
    m = patterns()["relay_day_after"].match(s, c.end)
    return m is not None and patterns()["relay_day_points_back"].match(s, m.end()) is None


def _holiday_days(s: str, c: Candidate) -> bool:
    """``c`` gives in brackets the days of the holiday named right before it (春节假期8天（1月28日至2月4日）): a
    lunar or rearranged holiday falls on other days each year, so a 同期 after it is that year's holiday, the year
    alone (round 21's reading, round 36)."""
    return patterns()["holiday_days_before"].search(s, max(0, c.start - 16), c.start) is not None


def _dateline_day_at(s: str, c: Candidate) -> bool:
    """The date ``c`` opens its line (after a bracketed tag at most) as a clause of its own, a part of the day at most
    after it (7月2日，…; 12月22日早盘，…): a dateline, not an event's day (3月16日零时起，…); or it opens its line after
    a release's attribution lead (据农业农村部监测，6月30日…)."""
    p = patterns()
    line_start = _line_bounds(s, c.start)[0]
    if p["release_day_before"].fullmatch(s, line_start, c.start) is not None:
        return True  # 据农业农村部监测，6月30日“…指数”为…: a daily release's day, whatever follows it (round 23)
    return (p["dateline_day_before"].fullmatch(s, line_start, c.start) is not None
            and p["dateline_day_after"].match(s, c.end) is not None)


def _sentence_day(anchor: _Anchor | None, c: Candidate, default: _Default | None) -> dt.date | None:
    """The last single day named earlier in the candidate's sentence (截至7月12日收盘，…本周累计上涨): the guidelines'
    nearest explicit anchor for the week and month words after it, which a wrap written days later still means."""
    day = anchor.day if anchor is not None else None
    if day is None or day.row or not _same_sentence(day, c, default):
        return None
    return _calendar_day(day.spec)


def _calendar_day(a: Spec) -> dt.date | None:
    """The calendar day a single-day spec names, or None when it names none (a missing or impossible part)."""
    try:
        return dt.date(a.year, a.month, a.day)
    except (TypeError, ValueError):
        return None


def _week_monday(a: Spec) -> dt.date | None:
    """The Monday of a Monday-to-Sunday week (本周, 上周 resolved), else None."""
    if a.fixed is None or a.fixed[1] != "range":
        return None
    first, _, last = a.fixed[0].partition("/")
    try:
        monday, sunday = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:
        return None
    return monday if monday.isoweekday() == 1 and (sunday - monday).days == 6 else None


def _sentence_week(anchor: _Anchor | None, c: Candidate, default: _Default | None) -> dt.date | None:
    """The Monday of a week (本周, 上周) named earlier in the candidate's sentence: its bare weekdays are its days."""
    week = anchor.week if anchor is not None else None
    if week is None or not _same_sentence(week, c, default):
        return None
    return _week_monday(week.spec)


def _month_with_day(day: int, doc: dt.date, ahead: bool) -> tuple[int, int]:
    """(year, month) of a bare day without an anchor: the document's month, or where that month has no such day
    (31日 in a November report: the 31st of October, local time, published on the 1st) the latest month before it
    that has one, the next after it where the clause looks ahead."""
    y, mo, step = doc.year, doc.month, 1 if ahead else -1
    for _ in range(12):
        if day <= calendar.monthrange(y, mo)[1]:
            return y, mo
        y, mo = (y, mo + step) if 1 <= mo + step <= 12 else (y + step, 1 if step > 0 else 12)
    return doc.year, doc.month


_LAST_LUNAR_MONTH = 12


def _lunar_value(a: Spec, year: int) -> tuple[str | None, str]:
    """A lunar date in the Gregorian calendar (lunardate's tables, 1900-2099): its day, its days, or its month's span.
    The year is the lunar year: written (2023年腊月二十九), or resolved as for the month's number (腊月 read before a
    February document date is the one of the December before, so the days just before that Spring Festival)."""
    from lunardate import LunarDate

    try:
        if a.days:
            first = LunarDate(year, a.month, a.days[0]).to_solar_date()
            last = LunarDate(year, a.month, a.days[1]).to_solar_date()
            return f"{first}/{last}", "range"
        if a.day is not None:
            return str(LunarDate(year, a.month, a.day).to_solar_date()), "day"
        first = LunarDate(year, a.month, 1).to_solar_date()
        following = LunarDate(year + a.month // _LAST_LUNAR_MONTH, a.month % _LAST_LUNAR_MONTH + 1, 1).to_solar_date()
    except ValueError:  # a day the month does not have, a year outside the tables
        return None, "day"
    return f"{first}/{following - dt.timedelta(days=1)}", "range"


def _format(a: Spec) -> tuple[str | None, str]:
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


def quantities_outside_dates(text: str) -> list[Quantity]:
    """The quantities of plain text, with calendar expressions owned by dates as in the pipeline
    (for text that is no Doc: a table cell with its header's unit, tests, benchmarks)."""
    return find_quantities(text, owned=scan_dates(text)[1])
