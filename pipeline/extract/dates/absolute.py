"""A candidate's spec made absolute: `absolute_spec` replaces the year, month or day a relative date leaves out by
the anchor's, the day of writing's or the sentence's (the calendar numbers `resolution.resolve` values), as special
cases read in turn (days from the day of writing, weeks, centuries) and then the main stages (year, month, bare
day); with the guards of the days a paragraph's words count from.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.extract.date_lexicon import Candidate, Spec, patterns, res
from pipeline.extract.dates.breaks import sentence_start
from pipeline.extract.dates.defaults import Default
from pipeline.extract.dates.periods import calendar_day, month_with_day, on_calendar, week_monday
from pipeline.extract.dates.records import Anchor


@dataclass
class Filling:
    """One spec on its way to calendar numbers, what `absolute_spec` was given: ``out`` is the spec being filled in
    (its year, month and day set by the main stages in turn), ``result`` what a special case gave outright."""

    spec: Spec
    c: Candidate
    anchor: Anchor | None
    doc: dt.date | None
    start: Spec | None
    default: Default | None
    out: Spec
    result: Spec | None = None


def absolute_spec(
    spec: Spec, c: Candidate, anchor: Anchor | None, doc: dt.date | None, start: Spec | None = None,
    default: Default | None = None,
) -> Spec | None:
    """Replace the relative parts of a spec by calendar numbers; None when unanchored. The first of
    `ABSOLUTE_CASES` whose case holds gives it outright; else `FILL_STAGES` fill in the year, the month and a bare
    day's month in turn, each stopping with None where nothing anchors its part."""
    r = Filling(spec, c, anchor, doc, start, default, replace(spec, end=None))
    for reader in ABSOLUTE_CASES:
        if reader(r):
            return r.result
    for stage in FILL_STAGES:
        if not stage(r):
            return None
    r.out.yrel = None
    return on_calendar(r.out, spec, doc, leap_default=start is None)


def _days_from_writing(r: Filling) -> bool:
    """今日, 昨日, 前天: days counted from the day of writing (a paragraph's dateline, else the document date)."""
    if r.spec.drel is None:
        return False
    r.result = None
    written = _dateline_day(r.anchor, r.c, r.default) or r.doc
    if written is None:
        return True
    d = written + dt.timedelta(days=r.spec.drel)
    r.result = Spec(year=d.year, month=d.month, day=d.day)
    return True


def _week_days(r: Filling) -> bool:
    """本周, 上周五, 周末: a week, or a day of it, counted from the sentence's day, the week just named, a weekly
    report's week, else the document date."""
    spec, c, anchor, default, start = r.spec, r.c, r.anchor, r.default, r.start
    if spec.week is None:
        return False
    r.result = None
    ref = _sentence_day(anchor, c, default)
    week = _sentence_week(anchor, c, default) if spec.bare_weekday and spec.week[0] == 0 else None
    if week is not None:
        ref = week  # 本周…，其中周一…，周二…: the days of the week just named
    elif ref is None and default is not None and default.title_week is not None:
        ref = default.title_week + dt.timedelta(days=6)  # a weekly report's 本周, 上周五: of the week it covers
    elif ref is None:
        ref = r.doc
    if ref is None:
        return True
    offset, day = spec.week
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1) + dt.timedelta(weeks=offset)
    if day is None:
        sunday = monday + dt.timedelta(days=6)
        r.result = Spec(fixed=(f"{monday}/{sunday}", "range"))
        return True
    if day == "WE":
        sat = monday + dt.timedelta(days=5)
        sun = monday + dt.timedelta(days=6)
        r.result = Spec(fixed=(f"{sat}/{sun}", "range"))
        return True
    d = monday + dt.timedelta(days=int(day) - 1)
    if (spec.bare_weekday and week is None and spec.end is None and start is None and d > ref
            and default is not None and not default.looks_ahead(c)):
        d -= dt.timedelta(weeks=1)  # 周五 in Monday's news: the Friday just past
    r.result = Spec(year=d.year, month=d.month, day=d.day)
    return True


def _century_or_decade(r: Filling) -> bool:
    """21世纪, 上世纪, 90年代: a century, or a decade of it, counted from the document date where unnamed."""
    spec, doc = r.spec, r.doc
    if spec.century is None and spec.crel is None:
        return False
    r.result = None
    if spec.century is not None:
        cen = spec.century
    elif doc is not None:
        cen = doc.year // 100 + 1 + (spec.crel or 0)
    else:
        return True
    if spec.decade is not None:
        if spec.century is None and spec.crel == 0 and doc is not None:
            # 50年代 / 九十年代 without a century: the latest such decade not after the document
            base = (doc.year // 100) * 100 + spec.decade * 10
            if base > doc.year:
                base -= 100
            r.result = Spec(fixed=(f"{base}/{base + 9}", "range"))
            return True
        base = (cen - 1) * 100 + spec.decade * 10
        r.result = Spec(fixed=(f"{base}/{base + 9}", "range"))
        return True
    r.result = Spec(century=cen)
    return True


# the specs given outright, tried in turn before the main stages (in the order the single function checked them)
ABSOLUTE_CASES: tuple[Callable[[Filling], bool], ...] = (_days_from_writing, _week_days, _century_or_decade)


def _fill_year(r: Filling) -> bool:
    """The year: counted (今年, 上年), a range's start's, the anchor's, the defaults', else the document date's;
    False when nothing gives one."""
    spec, out, start, anchor, default, doc = r.spec, r.out, r.start, r.anchor, r.default, r.doc
    if spec.year is not None:
        return True
    if spec.yrel is not None:
        base = _counted_year_base(r)
        if base is None:
            return False
        out.year = base + spec.yrel[0]
    elif start is not None and start.year is not None:
        out.year = start.year
        if out.month is not None and start.month is not None and out.month < start.month:
            out.year += 1  # 12月20日至1月5日, 腊月二十三至正月十五: the range runs into the next year (round 21)
    elif anchor is not None and anchor.spec.year is not None:
        _anchor_year(r)
    elif default is not None and (year := default.year(spec, r.c)) is not None:
        out.year = year
    elif doc is not None:
        out.year = doc.year
    else:
        return False
    return True


def _counted_year_base(r: Filling) -> int | None:
    """The year a 今年, 去年 (deictic) or 上年, 比上年 (counted from the passage) counts from."""
    c, anchor, default, doc = r.c, r.anchor, r.default, r.doc
    offset, ref = r.spec.yrel
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
    return base


def _anchor_year(r: Filling) -> None:
    """A year-less date after an anchor with a year takes the anchor's year (of a range, its last point's), a year
    back or on where the text has gone on past it."""
    spec, c, anchor, doc, default, out = r.spec, r.c, r.anchor, r.doc, r.default, r.out
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


def _fill_month(r: Filling) -> bool:
    """上月, 本月, 下月: the month counted from the passage's month, a compared release's, else the document date's;
    False when nothing gives one."""
    spec, c, anchor, doc, default, out = r.spec, r.c, r.anchor, r.doc, r.default, r.out
    if spec.mrel is None:
        return True
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
        return False
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
    return True


def _fill_bare_day(r: Filling) -> bool:
    """A bare day (15日): that day of the anchor's month, else of the document's month; False when neither."""
    c, anchor, doc, default, out = r.c, r.anchor, r.doc, r.default, r.out
    if out.day is None or out.month is not None:
        return True
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
        return False
    return True


# the main stages, in turn: each fills in its part of ``out`` or stops the reading (None: unanchored)
FILL_STAGES: tuple[Callable[[Filling], bool], ...] = (_fill_year, _fill_month, _fill_bare_day)


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
