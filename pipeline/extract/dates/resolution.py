"""Relative dates resolved against their anchor: ``resolve`` turns a candidate into its value, ``_absolute``
fills in the year, month or day it leaves out (the anchor's, the day of writing's, the sentence's).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from pipeline.extract.date_lexicon import Candidate, Spec, patterns, res
from pipeline.extract.dates.breaks import sentence_start
from pipeline.extract.dates.defaults import Default
from pipeline.extract.dates.formatting import granularity_of, value_and_granularity
from pipeline.extract.dates.periods import (
    calendar_day,
    days_of,
    finer_than_year,
    month_bounds,
    month_with_day,
    months_later,
    on_calendar,
    week_monday,
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


def resolve(
    c: Candidate, anchor: Anchor | None, doc: dt.date | None, quarter: tuple[int, int] | None = None,
    default: Default | None = None,
) -> tuple[str | None, str, Spec | None] | None:
    """(value, granularity, absolute spec) of a candidate, or None when it is no date here."""
    spec = c.spec
    if spec.report is not None:
        return _report_period(c, anchor, doc, default)
    if spec.same == "shifted" and spec.week is not None:
        days = days_of(anchor.spec) if anchor is not None else None
        if days is None:
            return resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        first, last = (d + dt.timedelta(weeks=spec.week[0]) for d in days)
        return (f"{first}/{last}", "range", None) if first != last else (str(first), "day", None)
    if spec.same == "shifted" and spec.mrel is not None:
        days = days_of(anchor.spec) if anchor is not None else None
        if days is None:
            return resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        first, last = (months_later(d, spec.mrel) for d in days)
        return (f"{first}/{last}", "range", None) if first != last else (str(first), "day", None)
    if spec.same == "shifted":
        # 上年同期, 去年同期, 2019年同期: the period named before, in the year the words name
        year = _absolute(replace(spec, same=None, explicit=False), c, anchor, doc, default=default)
        if year is None or year.year is None:
            return None, "year", None
        if anchor is not None and anchor.released is not None and spec.yrel is not None and spec.yrel[0] == -1:
            value, gran = value_and_granularity(replace(anchor.released, year=anchor.released.year - 1))
            return value, gran, None  # 8月22日，X发布半年报，…较上年同期: the report's period a year before (round 26)
        a = anchor.spec if anchor is not None and not anchor.unrestated else None
        if spec.month is not None and (a is None or a.month != spec.month or a.year is None):
            # 去年7月同期 with no days of July named before it: the month that year (round 27)
            return resolve(replace(c, spec=replace(spec, same=None)), anchor, doc, quarter, default)
        if (spec.yrel == (-1, "deictic") and a is not None and a.year is not None
                and (a.end is None or a.end.year == a.year)
                and default is not None and not default.names_before(c.start) and a.year <= year.year):
            # 去年同期 after 2010年1-10月 in a text that names no 今年 of its own: an archived release, written in the
            # year of the period it reports, so that period's year before (round 20); also where that period is
            # already last year's (12月份…比去年同期 in a January release: never the period itself, round 21) and
            # after days of one year (2021年8月16日至20日)
            year = replace(year, year=a.year - 1)
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
                first, last = value_and_granularity(replace(a, end=None))[0], value_and_granularity(a.end)[0]
                if first and last:
                    return f"{first}/{last}", "range", None
        value, gran = value_and_granularity(absolute)
        return value, gran, None
    if spec.fixed:
        return spec.fixed[0], spec.fixed[1], spec
    absolute = _absolute(spec, c, anchor, doc, default=default)
    if absolute is None:
        return None, granularity_of(spec), None
    if spec.end is not None:
        end_abs = _absolute(spec.end, c, anchor, doc, start=absolute, default=default)
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


def _absolute(
    spec: Spec, c: Candidate, anchor: Anchor | None, doc: dt.date | None, start: Spec | None = None,
    default: Default | None = None,
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
                elif (spoken := _spoken_year(anchor, c, default)) is not None:
                    base = spoken  # 国新办2023年12月5日举行发布会，…今年前10个月 → 2023 (round 44)
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
            if (anchor.this_year and default is not None and doc is not None and out.year == doc.year
                    and not default.looks_ahead(c) and default.reported_after(spec, c)):
                out.year -= 1  # 今年以来，…。11月，出口…同比增长… in a text of March: last year's November (round 44)
                # (round 45: as round 38 reads a bare month not yet begun, also within half a year: 10月 on 31 May)
            elif _after_ended_year(spec, c, anchor, doc, default) or _cutoff_after_whole_year(spec, c, anchor, doc,
                                                                                            default):
                out.year += 1  # 2024年末，…。截至1月10日 in a text of 2025-01: the day after that year (round 46)
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
        if named is not None and not spec.mrel and default is not None and patterns()["since_after"].match(
                default.text, c.end):
            named = None  # 本月以来 runs up to the time of writing: the document date's month (round 48)
        if named is not None and named.month is None and spec.mrel:  # (本月 is the document's month: mend)
            named = _passage_month(anchor)  # 7月份，…。去年…翘尾影响…。核心CPI涨幅比上月扩大 → June (round 45)
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
            out.year, out.month = month_with_day(out.day, doc, default is not None and default.looks_ahead(c))
            later = out.day > doc.day + int(res()["past_act_day_grace_days"])
            if later and (out.year, out.month) == (doc.year, doc.month) and default is not None \
                    and default.reports_act(c):
                # 美联储当地时间18日宣布 in a report of the 9th: the act was done, so on the 18th of the month before
                # (round 23), as a bare weekday after the document's day is of the week before
                prev = doc.replace(day=1) - dt.timedelta(days=1)
                out.year, out.month = month_with_day(out.day, prev, False)
        else:
            return None
    out.yrel = None
    return on_calendar(out, spec, doc, leap_default=start is None)


def _after_ended_year(spec: Spec, c: Candidate, anchor: Anchor, doc: dt.date | None, default: Default | None) -> bool:
    """A year-less day (1月10日, 截至1月10日) after a year's end named with its year (2024年末, 2024年底,
    2024年12月31日, 2024年12月末) in a text of a later year is a day of the year after, up to the document date:
    the text has gone on from the ended year to the days since (round 46). Only a single day (no month alone, no run
    of months: 1-11月 after 2024年末 is of that year), of a month before December, that in the next year is not
    after the document date. (Round 46 mend) Only a day after a cut-off word (截至1月10日, 截止, 到: the state the
    text has come to; `ended_year_cutoff_before`) or opening its sentence (。2月10日，…), not a day an event fell on
    (公司于3月15日完成…), nor one after a year's end planned (计划于2024年底建成: no year ended, `looks_ahead`), nor
    in a sentence of the reporting period or the year named (报告期内，…; 当年…: `ended_year_still_named`)."""
    if (doc is None or default is None or spec.day is None or spec.month is None or spec.month >= 12
            or spec.months is not None or spec.days is not None or spec.end is not None or spec.mrel is not None):
        return False
    a = anchor.spec
    if (a.year is None or a.month != 12 or a.end is not None or a.part is not None or a.months is not None
            or a.year >= doc.year):
        return False
    ended = a.day == 31 or (a.day is None and default.text[max(0, anchor.pos - 2):anchor.pos].endswith(
        tuple(res()["year_end_tails"])))
    if not ended:
        return False
    text, begin = default.text, sentence_start(default.text, c.start)
    if text[begin:c.start].strip() and patterns()["ended_year_cutoff_before"].search(
            text, max(begin, c.start - 6), c.start) is None:
        return False  # (公司于3月15日完成…: an event's day, no state come to)
    if patterns()["ended_year_still_named"].search(text, begin, c.start):
        return False
    if default.looks_ahead(Candidate(max(0, anchor.pos - 1), anchor.pos, a)):
        return False
    try:
        return dt.date(a.year + 1, spec.month, spec.day) <= doc
    except ValueError:
        return False


def _cutoff_after_whole_year(spec: Spec, c: Candidate, anchor: Anchor, doc: dt.date | None,
                             default: Default | None) -> bool:
    """A year-less day or month's end right after a cut-off word (截至5月1日, 截至2月末) in a later sentence than a
    whole year named with its year (2023年全年，…; 2023年，全市…) in a text of the year after is the state the text
    has come to in its own year (2024-05-01, 2024-02), up to the document date, as a day after a named year's end is
    (round 46): the whole year was reported as ended, so a cut-off inside it would go back in time (round 47). Not a
    day with no cut-off word (2023年，…。5月1日，公司…: an event of that year), nor one the document's year would put
    past the document date (截至6月末 read on 2024-05-10), nor a year two or more before the document's, nor in a
    sentence of the reporting period or the year named (`ended_year_still_named`), nor after a year looked ahead to."""
    if (doc is None or default is None or spec.month is None or spec.months is not None or spec.days is not None
            or spec.end is not None or spec.mrel is not None or spec.year is not None or spec.yrel is not None):
        return False
    a = anchor.spec
    if (a.year != doc.year - 1 or a.month is not None or a.end is not None or a.part is not None
            or a.months is not None or a.quarters is not None or a.same is not None):
        return False
    text, begin = default.text, sentence_start(default.text, c.start)
    if anchor.pos > begin or patterns()["ended_year_cutoff_before"].search(text, max(begin, c.start - 6),
                                                                          c.start) is None:
        return False
    if (patterns()["ended_year_still_named"].search(text, begin, c.start)
            or default.looks_ahead(Candidate(max(0, anchor.pos - 1), anchor.pos, a))):
        return False
    last = calendar.monthrange(doc.year, spec.month)[1]
    try:
        return dt.date(doc.year, spec.month, spec.day or last) <= doc
    except ValueError:
        return False


def _spoken_year(anchor: Anchor | None, c: Candidate, default: Default | None) -> int | None:
    """The year of the day a body spoke or released on earlier in the candidate's paragraph (国务院新闻办公室2023年
    12月5日举行新闻发布会，…今年前10个月; 海关总署12月7日发布数据。今年前11个月 in a text of January): the time of
    speaking, which the speaker's 今年/去年 count from, as they count from a bracketed year (今年（2019年）) before the
    document date (round 44). Not across a line (another paragraph), nor from a table's row."""
    day = anchor.spoken if anchor is not None else None
    if day is None or day.spec.year is None or not _paragraph_anchor(day, c, default):
        return None
    return day.spec.year if _speaks_for(day, c, default) else None


def _paragraph_anchor(day: Anchor, c: Candidate, default: Default | None) -> bool:
    """``day`` was written earlier on the candidate's own line (its paragraph), not in a table's row: the guard of
    the days a paragraph's words count from (`_spoken_year`, `_dateline_day`). Read with one ``find`` between the
    two, not a slice: the day is carried through the passage, so a slice from it would copy the text read so far
    again at each date after it (round 44 mend)."""
    return not day.row and default is not None and default.text.find("\n", day.pos, c.start) < 0


def _speaks_for(day: Anchor, c: Candidate, default: Default) -> bool:
    """The speaking day ``day`` is the time of the deictic year ``c`` (round 44 review): ``c`` is in the speaker's
    own words, after a speech verb opening them in its sentence, the day's sentence or the next one (…2023年12月5日
    举行新闻发布会，商务部介绍，今年前10个月; 国新办12月5日举行发布会。商务部介绍，今年前10个月…), or the day opens the
    paragraph as a dateline does (海关总署12月7日发布数据。今年前11个月…) and is no history: a year written out more
    than a year before the document's (2020年9月22日，中国…宣布，…。今年以来… in 2025 tells of 2020, not of today)."""
    text, p = default.text, patterns()
    begin = sentence_start(text, c.start)
    if (p["speaker_words_before"].search(text, max(begin, day.pos), c.start) is not None
            and len(p["lead_sentence_end"].findall(text, day.pos, begin)) <= 1):
        return True
    opens = p["lead_sentence_end"].search(text, text.rfind("\n", 0, day.pos) + 1, day.pos) is None
    return opens and (default.doc is None or day.spec.year >= default.doc.year - 1)


def _same_sentence(anchor: Anchor, c: Candidate, default: Default | None) -> bool:
    """The anchor was written earlier in the candidate's own sentence."""
    return default is not None and patterns()["sentence_end"].search(default.text, anchor.pos, c.start) is None


def _dateline_day(anchor: Anchor | None, c: Candidate, default: Default | None) -> dt.date | None:
    """The day a paragraph opens with (7月2日，A股…今日…; 12月22日早盘，…。…今日盘中…): the day the flash or wrap was
    written, which its 今日/昨日/明日 count from, as they count from a bracketed day (昨天（20日）) before the document
    date; a day inside the paragraph (…于3月5日召开…，今天…) is an event's, not the time of writing."""
    day = anchor.dateline if anchor is not None else None
    if day is None or not _paragraph_anchor(day, c, default):
        return None
    return calendar_day(day.spec)


def _passage_month(anchor: Anchor | None) -> Spec | None:
    """The month a passage reports, for a 上月 (下月) after a later date that names no month (去年…翘尾影响, 四季度,
    全年): a coarser date leaves the passage's month the one a month counts from (round 45); with no such month
    before it, the document date's month as before."""
    return anchor.reported_month.spec if anchor is not None and anchor.reported_month is not None else None


def _sentence_day(anchor: Anchor | None, c: Candidate, default: Default | None) -> dt.date | None:
    """The last single day named earlier in the candidate's sentence (截至7月12日收盘，…本周累计上涨): the guidelines'
    nearest explicit anchor for the week and month words after it, which a wrap written days later still means."""
    day = anchor.day if anchor is not None else None
    if day is None or day.row or not _same_sentence(day, c, default):
        return None
    return calendar_day(day.spec)


def _sentence_week(anchor: Anchor | None, c: Candidate, default: Default | None) -> dt.date | None:
    """The Monday of a week (本周, 上周) named earlier in the candidate's sentence: its bare weekdays are its days."""
    week = anchor.week if anchor is not None else None
    if week is None or not _same_sentence(week, c, default):
        return None
    return week_monday(week.spec)
