"""Date grammar: the calendar expressions of a text, read into specs before any resolution.

``scan_candidates`` finds every expression the templates of ``dates.yaml`` match (compiled by
``pipeline.extract.date_lexicon``) and reads each into a ``Spec``: year-led, month-led, bare
days, relative words, weeks, plans, centuries, numeric and bare years. Joining ranges and
dropping excluded words is ``pipeline.extract.date_ranges``'; what a spec means on the calendar
is ``pipeline.extract.dates``'. Reading one match into a spec is ``pipeline.extract.date_spec_reading``'; the
forms in digits are ``pipeline.extract.date_digit_forms``', the years without 年
``pipeline.extract.date_bare_years``'.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.date_bare_years import _bare_years
from pipeline.extract.date_digit_forms import (
    _compact_dates,
    _dotted_days,
    _english_dates,
    _loose_roc_years,
    _quarter_labels,
    _roc_dates,
    _slash_days,
)
from pipeline.extract.date_lexicon import Candidate, Spec, num, patterns, res
from pipeline.extract.date_spec_reading import (
    _after_duration_cue,
    _apply_year_part,
    _arabic,
    _century,
    _extend_after_month,
    _extend_after_year,
    _joined_rightly,
    _month_or_relative,
    _read_month,
    _restated,
    _ShortYearParagraphs,
    _skip,
    _year_spec,
    whole_part,
)

_LONGEST_MONTH = 31  # days: a count of days above it is no day of a month

# --------------------------------------------------------------------------- scanning


def _plan_span(first: int, last: int, side: str, years: int | None) -> tuple[str, str]:
    """A plan's first or last N years (“十四五”前两年 → 2021/2022; 前一年 → 2021): a part of its period."""
    years = max(1, min(int(years or 1), last - first + 1))
    lo, hi = (first, first + years - 1) if side == "first" else (last - years + 1, last)
    return (str(lo), "year") if lo == hi else (f"{lo}/{hi}", "range")


def _holiday_base(s: str, start: int, at: int, P: dict[str, re.Pattern[str]]) -> int | None:
    """Where a holiday named at ``at`` ends, when the year starting at ``start`` is a comparison's base: after a
    comparison word (比去年春节黄金周增长) or inside a 与/同…相比 frame whose end follows the holiday (与2018年春节期间
    相比): that year's holiday, one date of the year alone (round 33). Else None (2022年和2023年春节期间; 2019年春节，…
    compared with nothing)."""
    before = s[max(0, start - 6):start]
    framed = P["comparison_frame_before"].search(before)
    if not (framed or P["holiday_base_before"].search(before)):
        return None
    holiday = P["holiday_base"].match(s, at)
    if holiday is None or (framed and not P["comparison_frame_after"].match(s, holiday.end())):
        return None
    return holiday.end()


@dataclass
class _Scan:
    """One text being scanned, the small state every stage reads and moves on: the text, its compiled templates and
    resources, the candidates found so far (a later stage skips the starts an earlier one took), whether the text
    counts years from the Republic (learnt by the first stages, read by the loose ones) and the year-led matches with
    the paragraphs that count years in two digits (found once, read by the year-led and the compact stages)."""

    s: str
    P: dict[str, re.Pattern[str]]
    r: dict
    roc: bool
    years: list[re.Match[str]]
    paragraphs: _ShortYearParagraphs
    cands: list[Candidate] = field(default_factory=list)


Stage = Callable[[_Scan], None]


def scan_candidates(s: str, roc_home: bool = False) -> list[Candidate]:
    """All date candidates of the normalised text (before overlap resolution). ``roc_home``: the text's own
    place is Taiwan, so a bare 113年 before any word is a Republic-era year (``roc_loose``). The stages of
    ``_STAGES`` run in turn, each adding the candidates of its forms (their order is the candidates' order)."""
    P = patterns()
    r = res()
    lo, hi = r["year_range"]
    years = _years(s, P)
    scan = _Scan(s, P, r, roc_home, years, _ShortYearParagraphs(s, P, years, lo, hi))
    for stage in _STAGES:
        stage(scan)
    return scan.cands


def _adding(reader: Callable[[str, dict[str, re.Pattern[str]]], list[Candidate]]) -> Stage:
    """A stage of a reader that needs the text and the templates only (the digit and English forms, the bare years)."""

    def stage(scan: _Scan) -> None:
        scan.cands.extend(reader(scan.s, scan.P))

    stage.__name__ = stage.__qualname__ = reader.__name__
    return stage


def _roc_digit_dates(scan: _Scan) -> None:
    """Republic-era dates in digits (113/1/1): days, and the first evidence that the text counts years so."""
    roc_ymd = _roc_dates(scan.s, scan.P)
    scan.cands.extend(roc_ymd)
    scan.roc = scan.roc or bool(roc_ymd)


@dataclass
class _YearRead:
    """One year-led match being read: its spec and where its date ends so far (each step may move the end on)."""

    scan: _Scan
    m: re.Match[str]
    spec: Spec
    end: int


def _year_led(scan: _Scan) -> None:
    """Year-led expressions: 2019年4月14日, 今年前2个月, 2021年上半年, 康熙三年五月 (a Republic year or era also tells
    that the text counts years so)."""
    s, r = scan.s, scan.r
    lo, hi = r["year_range"]
    # (_ShortYearParagraphs read each two-digit year once already, without the paragraph's context: this reading
    # repeats it with the context, which only that first pass can give)
    for m in scan.years:
        spec = _year_spec(m, s, lo, hi, scan.paragraphs.counts_years(m.start()))
        if spec is None:
            continue
        if m.group("yrel") and re.search(r["relative_year_split_after"], s[max(0, m.start() - 4):m.start()]):
            continue  # 建成后年发电量: 后 closes the event, 年 opens the yearly measure
        scan.roc = scan.roc or bool(m.group("yroc") or m.group("ybroc")) or m.group("era") in r["roc_loose"]["eras"]
        scan.cands.append(_year_candidate(_YearRead(scan, m, spec, m.end())))


def _year_candidate(y: _YearRead) -> Candidate:
    """A year-led date read to its end: the part of the year sharing its 年, what follows the year, the same period
    it names, a restating word, the annual report it names and a bracketed year after a relative one."""
    s, P, r, m, spec = y.scan.s, y.scan.P, y.scan.r, y.m, y.spec
    _year_tail(y)
    y.end = _extend_after_year(s, y.end, spec, P)
    _year_same_period(y)
    end = y.end
    if spec.same is None:
        # (``_restated`` matches ``same`` where ``_same_shifted`` did when the end has not moved: that one took the
        # shifting words, 同期; this one takes a word that restates the date, 当年)
        end = _restated(s, end, "day" if spec.day is not None else "month" if spec.month is not None else "year", P)
    if m.group("yrel") in r["report_year"]["words"] and P["report_year_after"].match(s, end):
        spec.report = "year"  # 本年度报告摘要: this annual report's year
    cand = Candidate(m.start(), end, spec)
    if spec.yrel is not None:
        pm = P["paren_year"].match(s, end)
        if pm:
            cand.after_paren_year = int(pm.group("py"))
    return cand


def _year_tail(y: _YearRead) -> None:
    """年底 / 年末 / 年初 share the 年 of the year."""
    s, P, spec, end = y.scan.s, y.scan.P, y.spec, y.end
    nian = end - 1 if s[end - 1] == y.scan.r["words"]["year"] else None
    if nian is not None:
        t = P["year_tail"].match(s, nian)
        if t and whole_part(s, t.start(), t.end()):
            _apply_year_part(spec, t.group("ytail"))
            y.end = t.end()


def _same_shifted(y: _YearRead) -> int | None:
    """上年同期, 去年同期, 2019年同期: the period named before, in that year (the spec is shifted); where it ends."""
    same = y.scan.P["same"].match(y.scan.s, _skip(y.scan.s, y.end))
    if same and same.group("same") in y.scan.r["anaphoric_shifted"]:
        y.spec.same = "shifted"
        return same.end()
    return None


def _holiday_same(y: _YearRead) -> int | None:
    """2019年春节假日同期: that year's holiday, a date of the year alone (round 21)."""
    holiday = y.scan.P["holiday_same"].match(y.scan.s, _skip(y.scan.s, y.end))
    return holiday.end() if holiday else None


def _holiday_compared(y: _YearRead) -> int | None:
    """与2018年春节期间相比, 比去年春节黄金周增长: the holiday compared with (round 33)."""
    return _holiday_base(y.scan.s, y.m.start(), _skip(y.scan.s, y.end), y.scan.P) or None


def _first_month_after(y: _YearRead) -> int | None:
    """(round 48) 2024年元月, 去年元月份: the year's first month by its old name, one date as 2024年1月 is; and a
    range it opens (2022年元月至10月: `2022-01/2022-10`, one date as 2022年1至10月 is, not the year and the range)."""
    s, P = y.scan.s, y.scan.P
    if (run := P["first_month_range"].match(s, y.end)) is not None:
        last = num(run.group("m2"))
        if last is not None and 1 < last <= 12:
            y.spec.months = (1, last)
            return run.end()
    first = P["first_month_after_year"].match(s, y.end)
    if first is None:
        return None
    y.spec.month = 1
    return first.end()


# what may follow a year alone (nothing read after it), tried in turn: the first that reads ends the date
_AFTER_YEAR_ALONE: tuple[Callable[[_YearRead], int | None], ...] = (
    _same_shifted, _holiday_same, _holiday_compared, _first_month_after)


def _year_same_period(y: _YearRead) -> None:
    """The same period a year, or a year's month, names after it (去年同期, 2019年春节假日同期, 去年7月同期)."""
    spec = y.spec
    if y.end == y.m.end() and (spec.yrel is not None or spec.explicit):
        for reader in _AFTER_YEAR_ALONE:
            end = reader(y)
            if end is not None:
                y.end = end
                return
    elif (spec.month is not None and spec.day is None and spec.days is None and spec.end is None
          and (spec.yrel is not None or spec.explicit)):
        # 去年7月同期, 2023年10月同期: the days named before in that month of that year, one date (round 27)
        end = _same_shifted(y)
        if end is not None:
            y.end = end


def _loose_roc(scan: _Scan) -> None:
    """In a text that counts years from the Republic (its place, or a year read so above): 113年 before any word."""
    if scan.roc:
        scan.cands.extend(_loose_roc_years(scan.s, scan.P, {c.start for c in scan.cands}))


def _year_parts_alone(scan: _Scan) -> None:
    """Parts of a year written without the year: 上半年, 一季度, 前三季度, 全年."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["year_part_alone"].finditer(s):
        spec = Spec()
        if _extend_after_year(s, m.start(), spec, P) != m.end():
            continue
        if ((m.start() > 0 and s[m.start() - 1] in r["measure_noun_ends"])
                or s.startswith(tuple(r["reported_point_not_before"]), _skip(s, m.end()))):
            spec.reported_point = False  # 收益率年末或回落至3.8%, 年底前完工: a path or a deadline, no state reported
        cands.append(Candidate(m.start(), m.end(), spec))


def _sentence_parts_after_lead(scan: _Scan) -> None:
    """(round 49) A sentence part (年内) right after a reporting lead's comma (据Wind数据统计，年内…; 数据显示，年内…):
    the year so far, as at a sentence's start (round 33). The lead names no date, so no dated clause runs on into it;
    the leads are those a written year after them takes (`data_year_before`, round 44), read in a bounded window."""
    s, P, cands = scan.s, scan.P, scan.cands
    for m in P["sentence_part_after_lead"].finditer(s):
        if P["data_year_before"].search(s, max(0, m.start() - 12), m.start()) is None:
            continue  # 截至7月19日，…，年内增加…: a clause that may run to its day (round 33)
        spec = Spec()
        if _extend_after_year(s, m.start(), spec, P) == m.end():
            cands.append(Candidate(m.start(), m.end(), spec))


def _month_ranges(scan: _Scan) -> None:
    """A range of months without a year: 1-7月, 4至6月."""
    s, P, cands = scan.s, scan.P, scan.cands
    for m in P["month_range"].finditer(s):
        m1, m2 = num(m.group("m1")), num(m.group("m2"))
        if m1 is not None and m2 is not None and 1 <= m1 < m2 <= 12 and _joined_rightly(m, m1, m2):
            cands.append(Candidate(m.start(), m.end(), Spec(months=(m1, m2))))


def _first_month_ranges(scan: _Scan) -> None:
    """(round 47) A range opened by the first month's old name (元至5月, 元月至10月): January to that month, as
    1至5月 is."""
    s, P, cands = scan.s, scan.P, scan.cands
    for m in P["first_month_range"].finditer(s):
        m2 = num(m.group("m2"))
        if m2 is not None and 1 < m2 <= 12:
            cands.append(Candidate(m.start(), m.end(), Spec(months=(1, m2))))


def _first_months_alone(scan: _Scan) -> None:
    """(round 48) The first month's old name alone (元月，全市…; 元月份): January of the passage's year, as 1月 is."""
    found = scan.P["first_month_alone"].finditer(scan.s)
    scan.cands.extend(Candidate(m.start(), m.end(), Spec(month=1)) for m in found)


def _lunar_eve_ranges(scan: _Scan) -> None:
    """(round 49) A span from the lunar year's last night (除夕至正月初六): 正月 with its days counted from 0, the day
    before 初一, which ``formatting`` converts with the year's calendar as it does 正月初一至初七."""
    for m in scan.P["lunar_eve_range"].finditer(scan.s):
        last = num(m.group("e2i") or m.group("e2"))
        if last is not None and 1 <= last <= 30:
            scan.cands.append(Candidate(m.start(), m.end(), Spec(month=1, days=(0, last), lunar=True)))


def _month_lists(scan: _Scan) -> None:
    """Months listed with one 月 (1、2、3月份): the members before the last, each a month (the last is
    read by ``_month_led``)."""
    s, P, cands = scan.s, scan.P, scan.cands
    for m in P["month_list"].finditer(s):
        last = m.group()[m.end("ms") - m.start():]
        for member in re.finditer(r"[^、\s]+", m.group("ms")):
            month = num(member.group())
            if month is not None and 1 <= month <= 12 and _arabic(member.group()) == _arabic(last):
                at = m.start("ms") + member.start()
                cands.append(Candidate(at, at + len(member.group()), Spec(month=month)))


def _quarter_lists(scan: _Scan) -> None:
    """(round 28) Three or more quarters listed with one 季度 (一、二、三季度): the members before the last,
    each a quarter of its own as months listed with one 月 are (the last is read as a part of the year alone)."""
    s, P, cands = scan.s, scan.P, scan.cands
    for m in P["quarter_list"].finditer(s):
        for member in re.finditer(r"[^、\s]+", m.group("qs")):
            quarter = num(member.group())
            if quarter is not None and 1 <= quarter <= 4:
                at = m.start("qs") + member.start()
                cands.append(Candidate(at, at + len(member.group()), Spec(part=f"Q{quarter}")))


def _report_periods(scan: _Scan) -> None:
    """The period a periodic report covers (报告期内, 本报告期末): what its title names."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["report_period"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(report=r["report_periods"][m.group("rp")])))
    for m in P["report_period_frame"].finditer(s):  # 期末，… in a periodic report: its period's end (round 32)
        cands.append(Candidate(m.start(), m.end(), Spec(report=r["report_period_frames"][m.group("rp")])))


def _relative_quarters(scan: _Scan) -> None:
    """Relative quarters (本季度, 上季度, 下季度末): a quarter counted from the passage's, or its end."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["quarter_rel"].finditer(s):
        word = m.group("qrel")
        spec = Spec(qrel=r["relative_quarters"][word], qrel_needs_quarter=not word.endswith(r["quarter_word"]),
                    qrel_end=bool(m.group("qrelend")))
        cands.append(Candidate(m.start(), m.end(), spec))


def _month_led(scan: _Scan) -> None:
    """Month-led expressions without a year: 4月, 一月十日, 本月十日 (read as a month after a year is, by
    ``_read_month``; alone, a month after a duration word or before a tenor is none)."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in _month_or_relative(P).finditer(s):
        spec = Spec()
        if not _read_month(spec, m):
            continue
        if spec.mrel is None and (_after_duration_cue(s, m.start(), P) or P["month_tenor_after"].match(s, m.end())):
            continue  # 近三月: a span of months; 3月期Shibor: a tenor (round 22)
        end = _extend_after_month(s, m.end(), spec, P)
        same = P["same"].match(s, end) if spec.mrel is not None and end == m.end() else None
        if same and same.group("same") in r["anaphoric_shifted"]:
            spec.same, end = "shifted", same.end()  # 上月同期: the days named before, a month earlier
        else:
            end = _restated(s, end, "day" if spec.day is not None else "month", P)
        cands.append(Candidate(m.start(), end, spec))


def _days(scan: _Scan) -> None:
    """Days written without their month (每月15日, 20日): a day of the passage's month; not a count of days (过去20日,
    20日波动率) nor a member of a list of windows (20日和60日均线)."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    words = r["words"]
    windows = _day_windows(s, P)
    window_starts = [start for start, _ in windows]
    for m in P["monthly_day"].finditer(s):
        cands.append(Candidate(m.start("d"), m.end(), Spec(day=int(m.group("d")))))
    for m in P["bare_day"].finditer(s):
        d = num(m.group("d"))
        if d is None or not 1 <= d <= 31 or (m.group("dw") in words["bare_day_skip"] and not _hao_day(s, m, P)):
            continue
        if (_after_duration_cue(s, m.start(), P) or P["day_window_after"].match(s, m.end())
                or (not m.group("d").isdigit() and P["day_cn_window_after"].match(s, m.end()))
                or P["day_span_before"].search(s[max(0, m.start() - 10) : m.start()])
                or (P["day_total_after"].match(s, m.end()) and d in r["day_total_window_lengths"]
                    and not P["day_total_cutoff_before"].search(s[max(0, m.start() - 6) : m.start()]))):
            continue  # 过去20日, 20日波动率, 间隔为5日, 3日累计下跌: a span of days (18日累计: the 18th, round 22)
        k = bisect.bisect_right(window_starts, m.start()) - 1
        if k >= 0 and m.start() < windows[k][1]:
            continue  # 20日和60日均线: counts of days in one list
        cands.append(Candidate(m.start(), _restated(s, m.end(), "day", P), Spec(day=d)))


def _hao_day(s: str, m: re.Match[str], P: dict[str, re.Pattern[str]]) -> bool:
    """(round 49) A bare day in digits with 号, which is mostly a serial (15号线, 3号楼), is a day where a body's
    release, speech or meeting follows right after it (国家邮政局19号公布…; 国铁集团20号发布消息): the day it acted.
    (Round 49 mend) The actor stands right before the day (`hao_day_actor_before`: a body's head, a person, no Han
    word); a craft's or product's name glued to it (天宫2号发布…) is its serial."""
    return (m.group("d").isdigit() and P["hao_day_act_after"].match(s, m.end()) is not None
            and P["hao_day_actor_before"].search(s, max(0, m.start("d") - 1), m.start("d")) is not None)


def _restated_days(scan: _Scan) -> None:
    """The days the bare-day rule left out after a verb's 上 (算上20日当天): read after every stage before it, so
    that no start one of them took is read twice."""
    s, P, cands = scan.s, scan.P, scan.cands
    bare_starts = {c.start for c in cands}
    for m in P["bare_day_restated"].finditer(s):
        if m.start() not in bare_starts:  # 算上20日当天: the day the bare-day rule left out after a verb's 上
            cands.append(Candidate(m.start(), _restated(s, m.end(), "day", P), Spec(day=int(m.group("d")))))


def _relative_days(scan: _Scan) -> None:
    """Relative days (今日, 昨天; 今（17）日 with its day in brackets), the years a review opening its clause looks
    back on (过去五年，) and pairs of relative years or days (今明两年, 明后两天)."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["rel_day"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(drel=r["relative_days"][m.group("drel")])))
    for m in P["rel_day_glued"].finditer(s):  # 昨公布: the press's bare 昨/今 before a publishing verb
        cands.append(Candidate(m.start(), m.end(), Spec(drel=r["relative_day_glued"][m.group("dglued")])))
    for m in P["rel_day_bracketed"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(day=int(m.group("bd")))))
    for m in P["review_years"].finditer(s):  # 过去五年，…: the years a review opening its clause looks back on
        n = num(m.group("rvn"))
        if n:
            last = Spec(yrel=(-1, "deictic"))
            spec = last if n == 1 else Spec(yrel=(-int(n), "deictic"), end=last)
            cands.append(Candidate(m.start("rvn") - _review_lead(s, m), m.end(), spec))
    if P["work_report_text"].search(s):  # 一年来，… in a work report: the year it reviews (round 47)
        for m in P["review_since"].finditer(s):
            cands.append(Candidate(m.start("rvn"), m.end(), Spec(yrel=(-1, "deictic"))))
    for m in P["rel_pair"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), _relative_pair(*r["relative_pairs"][m.group("rpair")])))


def _weeks(scan: _Scan) -> None:
    """Weeks and weekdays (上周, 本周三, 周末; 上周同期: the days named before, a week earlier)."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["week"].finditer(s):
        rel, wd = m.group("wrel"), m.group("wd")
        if rel is None and wd is None:
            continue
        offset = r["week_relative"].get(rel, 0) if rel else 0
        if wd is None:
            day: int | str | None = None
        elif wd == r["weekend"]:
            day = "WE"
        else:
            day = r["weekdays"][wd]
        spec, end = Spec(week=(offset, day), bare_weekday=rel is None and isinstance(day, int)), m.end()
        same = P["same"].match(s, end)
        if day is None and same and same.group("same") in r["anaphoric_shifted"]:
            spec.same, end = "shifted", same.end()  # 上周同期: the days named before, a week earlier
        cands.append(Candidate(m.start(), end, spec))


def _same_words(scan: _Scan) -> None:
    """Anaphoric words alone (同期, 当月, 当天): the period named before."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["same"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(same=r["anaphoric_same"][m.group("same")])))


def _plans(scan: _Scan) -> None:
    """Five-year plans (“十四五”, 十四五期间, “十四五”前两年): their years, or a part of them."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    for m in P["plan"].finditer(s):
        name = m.group("plan") or m.group("plan_alone")
        a, b = r["five_year_plans"][name]
        fixed = (f"{a}/{b}", "range")
        if m.group("ppart"):
            fixed = (str(a if r["five_year_plan_parts"][m.group("ppart").strip()] == "first" else b), "year")
        if m.group("pspan"):
            fixed = _plan_span(a, b, r["five_year_plan_spans"][m.group("pdir")], num(m.group("pn")))
        start = m.start("plan") if m.group("plan") else m.start("plan_alone")
        end = m.end("plan") if m.group("plan") else m.end("plan_alone")
        end = m.end() if m.group("ppart") or m.group("pspan") else end
        cands.append(Candidate(start, end, Spec(fixed=fixed, explicit=True)))


def _centuries(scan: _Scan) -> None:
    """Centuries and decades: 21世纪, 本世纪20年代, 90年代."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    words = r["words"]
    for m in P["century"].finditer(s):
        cen_txt = m.group("cen")
        spec = Spec()
        if cen_txt in r["century_relative"]:
            spec.crel = r["century_relative"][cen_txt]
        else:
            c = num(cen_txt)
            if c is None or not 1 <= c <= 30:
                continue
            spec.century = c
            spec.explicit = True
        if m.group("dec"):
            spec.decade = 0 if m.group("dec") == words["decade_zero"] else (num(m.group("dec")) or 0) // 10
        cands.append(Candidate(m.start(), m.end(), spec))
    for m in P["decade"].finditer(s):
        dec = num(m.group("dec"))
        if dec is None:
            continue
        cands.append(Candidate(m.start(), m.end(), Spec(decade=dec // 10, crel=0)))


def _numeric_dates(scan: _Scan) -> None:
    """Dates in digits with separators (2019-04-14, 2019 04 14, 14/04/2019, 19-4-14): a day of that year."""
    s, P, r, cands = scan.s, scan.P, scan.r, scan.cands
    lo, hi = r["year_range"]
    for key in ("ymd_num", "ymd_space", "dmy_num"):
        for m in P[key].finditer(s):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if lo <= y <= hi:
                cands.append(Candidate(m.start(), m.end(), Spec(year=y, month=mo, day=d, explicit=True)))
    for m in P["short_num"].finditer(s):
        a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
        if not 1 <= b <= 12:
            continue
        if a > 12 or c <= 12:
            y, d = a, c
        else:
            y, d = c, a
        if not 1 <= d <= 31:
            continue
        year = _century(y)
        cands.append(Candidate(m.start(), m.end(), Spec(year=year, month=b, day=d, explicit=True)))


def _compact(scan: _Scan) -> None:
    """20200614, 2020.03, 2022Q1, 24-26E: the compact forms, read with the paragraphs that count years in two digits."""
    scan.cands.extend(_compact_dates(scan.s, scan.P, scan.paragraphs))


# the stages of the scan, in the order they run: the order of the candidates (the loose Republic years read the
# starts the year-led stage took, the restated days those of all before them)
_STAGES: tuple[Stage, ...] = (
    _roc_digit_dates,
    _year_led,
    _loose_roc,
    _year_parts_alone,
    _sentence_parts_after_lead,
    _month_ranges,
    _first_month_ranges,
    _first_months_alone,
    _lunar_eve_ranges,
    _month_lists,
    _quarter_lists,
    _report_periods,
    _adding(_quarter_labels),
    _adding(_dotted_days),
    _adding(_slash_days),
    _relative_quarters,
    _month_led,
    _days,
    _restated_days,
    _relative_days,
    _weeks,
    _same_words,
    _plans,
    _centuries,
    _numeric_dates,
    _adding(_english_dates),
    _compact,
    _adding(_bare_years),
)



def _years(s: str, P: dict[str, re.Pattern[str]]) -> list[re.Match[str]]:
    """The year-led expressions' matches (a list: the loop over them also learns whether the text is Taiwanese)."""
    return list(P["year"].finditer(s))


def _day_windows(s: str, P: dict[str, re.Pattern[str]]) -> list[tuple[int, int]]:
    """Lists and ranges of day counts that measure windows (20日和60日均线, 30日至60日, 过去1、3、5日),
    in text order: a member beyond a month's days is no day of a month, and a duration cue before the
    list or a window word after it speaks for every member."""
    out: list[tuple[int, int]] = []
    for m in P["day_run"].finditer(s):
        last = m.group().rfind(res()["words"]["day"])
        if last < 0:
            continue  # 1、3、5: no day in the list
        end = m.start() + last + 1
        counts = [int(n) for n in re.findall("[0-9]+", s[m.start() : end])]
        if (max(counts) > _LONGEST_MONTH or _after_duration_cue(s, m.start(), P)
                or P["day_window_after"].match(s, end)):
            out.append((m.start(), end))
    return out


def read_ocr_zeros(s: str) -> str:
    """The letter O read as the zero it stands for in a four-digit year (2O19, 2Oo9): same length."""
    def zero(m: re.Match[str]) -> str:
        t = m.group(0)
        return t.replace("O", "0").replace("o", "0") if sum(ch.isdigit() for ch in t) >= 2 else t

    return patterns()["ocr_year"].sub(zero, s)


def _review_lead(s: str, m: re.Match[str]) -> int:
    """How far before its count the review's words begin (过去, 过去的, 在过去的): they are part of the date."""
    text = m.group()
    return len(text[: m.start("rvn") - m.start()].lstrip())


def _relative_pair(unit: str, first: int, last: int) -> Spec:
    """今明两年, 明后两天: the range from one relative year (or day) to another."""
    if unit == "day":
        return Spec(drel=first, end=Spec(drel=last))
    return Spec(yrel=(first, "deictic"), end=Spec(yrel=(last, "deictic")))
