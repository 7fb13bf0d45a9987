"""Date grammar: the calendar expressions of a text, read into specs before any resolution.

``scan_candidates`` finds every expression the templates of ``dates.yaml`` match (compiled by
``pipeline.extract.date_lexicon``) and reads each into a ``Spec``: year-led, month-led, bare
days, relative words, weeks, plans, centuries, numeric and bare years. Joining ranges and
dropping excluded words is ``pipeline.extract.date_ranges``'; what a spec means on the calendar
is ``pipeline.extract.dates``'.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from typing import TYPE_CHECKING

from pipeline.chars import HSPACE, count_han, is_han, runs_into_latin_word
from pipeline.extract.date_lexicon import Candidate, Spec, cn_year, is_next_year, num, patterns, res, year_range
from pipeline.extract.number_context import Segmenter
from pipeline.resources import cached

if TYPE_CHECKING:
    from pipeline.extract.numerals import UnitPattern

_LONGEST_MONTH = 31  # days: a count of days above it is no day of a month

# --------------------------------------------------------------------------- scanning


def _joined_rightly(m: re.Match[str], m1: int, m2: int) -> bool:
    """Two months written with one 月 and no range word between them (1、2月份, 三四月份) are one period
    only when they are neighbours; 3、6月 is two months, 十一月 one."""
    if m.group("pj") is None:
        return True
    if _arabic(m.group("m1")) != _arabic(m.group("m2")):
        return False  # 二、3月末: a section number before a month, not a pair of months
    listed = re.search(r"[0-9零〇○一二两三四五六七八九十]\s*、\s*$", m.string[max(0, m.start() - 4):m.start()])
    return m2 == m1 + 1 and not listed  # 1、2、3月份 is a list of three, not 2、3月份


def _arabic(numeral: str) -> bool:
    """A numeral in Arabic digits; the months of one list are written alike (1、2月份, 三四月份), so a Chinese
    numeral before an Arabic month (二、10月份) numbers a section."""
    return numeral.strip()[:1].isascii()


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


def scan_candidates(s: str, roc_home: bool = False) -> list[Candidate]:
    """All date candidates of the normalised text (before overlap resolution). ``roc_home``: the text's own
    place is Taiwan, so a bare 113年 before any word is a Republic-era year (``roc_loose``)."""
    P = patterns()
    r = res()
    cands: list[Candidate] = []
    lo, hi = r["year_range"]
    words = r["words"]
    roc_ymd = _roc_dates(s, P)
    cands.extend(roc_ymd)
    roc = roc_home or bool(roc_ymd)

    # year-led expressions: 2019年4月14日, 今年前2个月, 2021年上半年, 康熙三年五月
    years = _years(s, P)
    paragraphs = _ShortYearParagraphs(s, P, years, lo, hi)
    for m in years:
        spec = _year_spec(m, s, lo, hi, paragraphs.counts_years(m.start()))
        if spec is None:
            continue
        if m.group("yrel") and re.search(r["relative_year_split_after"], s[max(0, m.start() - 4):m.start()]):
            continue  # 建成后年发电量: 后 closes the event, 年 opens the yearly measure
        roc = roc or bool(m.group("yroc") or m.group("ybroc")) or m.group("era") in r["roc_loose"]["eras"]
        end = m.end()
        # 年底 / 年末 / 年初 share the 年 of the year
        nian = end - 1 if s[end - 1] == words["year"] else None
        if nian is not None:
            t = P["year_tail"].match(s, nian)
            if t and whole_part(s, t.start(), t.end()):
                _apply_year_part(spec, t.group("ytail"))
                end = t.end()
        end = _extend_after_year(s, end, spec, P)
        if end == m.end() and (spec.yrel is not None or spec.explicit):
            # 上年同期, 去年同期, 2019年同期: the period named before, in that year
            same = P["same"].match(s, _skip(s, end))
            holiday = P["holiday_same"].match(s, _skip(s, end))
            if same and same.group("same") in r["anaphoric_shifted"]:
                spec.same = "shifted"
                end = same.end()
            elif holiday:
                end = holiday.end()  # 2019年春节假日同期: that year's holiday, a date of the year alone (round 21)
            elif holiday := _holiday_base(s, m.start(), _skip(s, end), P):
                end = holiday  # 与2018年春节期间相比, 比去年春节黄金周增长: the holiday compared with (round 33)
        elif (spec.month is not None and spec.day is None and spec.days is None and spec.end is None
              and (spec.yrel is not None or spec.explicit)):
            # 去年7月同期, 2023年10月同期: the days named before in that month of that year, one date (round 27)
            same = P["same"].match(s, _skip(s, end))
            if same and same.group("same") in r["anaphoric_shifted"]:
                spec.same = "shifted"
                end = same.end()
        if spec.same is None:
            end = _restated(s, end, "day" if spec.day is not None else "month" if spec.month is not None else "year", P)
        if m.group("yrel") in r["report_year"]["words"] and P["report_year_after"].match(s, end):
            spec.report = "year"  # 本年度报告摘要: this annual report's year
        cand = Candidate(m.start(), end, spec)
        if spec.yrel is not None:
            pm = P["paren_year"].match(s, end)
            if pm:
                cand.after_paren_year = int(pm.group("py"))
        cands.append(cand)

    if roc:
        cands.extend(_loose_roc_years(s, P, {c.start for c in cands}))

    # parts of a year written without the year: 上半年, 一季度, 前三季度, 全年
    for m in P["year_part_alone"].finditer(s):
        spec = Spec()
        if _extend_after_year(s, m.start(), spec, P) != m.end():
            continue
        if ((m.start() > 0 and s[m.start() - 1] in r["measure_noun_ends"])
                or s.startswith(tuple(r["reported_point_not_before"]), _skip(s, m.end()))):
            spec.reported_point = False  # 收益率年末或回落至3.8%, 年底前完工: a path or a deadline, no state reported
        cands.append(Candidate(m.start(), m.end(), spec))

    # a range of months without a year: 1-7月, 4至6月
    for m in P["month_range"].finditer(s):
        m1, m2 = num(m.group("m1")), num(m.group("m2"))
        if m1 is not None and m2 is not None and 1 <= m1 < m2 <= 12 and _joined_rightly(m, m1, m2):
            cands.append(Candidate(m.start(), m.end(), Spec(months=(m1, m2))))

    # months listed with one 月 (1、2、3月份): the members before the last, each a month (the last is read below)
    for m in P["month_list"].finditer(s):
        last = m.group()[m.end("ms") - m.start():]
        for member in re.finditer(r"[^、\s]+", m.group("ms")):
            month = num(member.group())
            if month is not None and 1 <= month <= 12 and _arabic(member.group()) == _arabic(last):
                at = m.start("ms") + member.start()
                cands.append(Candidate(at, at + len(member.group()), Spec(month=month)))

    # (round 28) three or more quarters listed with one 季度 (一、二、三季度): the members before the last, each a
    # quarter of its own as months listed with one 月 are (the last is read as a part of the year above)
    for m in P["quarter_list"].finditer(s):
        for member in re.finditer(r"[^、\s]+", m.group("qs")):
            quarter = num(member.group())
            if quarter is not None and 1 <= quarter <= 4:
                at = m.start("qs") + member.start()
                cands.append(Candidate(at, at + len(member.group()), Spec(part=f"Q{quarter}")))

    # the period a periodic report covers (报告期内, 本报告期末): what its title names
    for m in P["report_period"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(report=r["report_periods"][m.group("rp")])))
    for m in P["report_period_frame"].finditer(s):  # 期末，… in a periodic report: its period's end (round 32)
        cands.append(Candidate(m.start(), m.end(), Spec(report=r["report_period_frames"][m.group("rp")])))

    cands.extend(_quarter_labels(s, P))
    cands.extend(_dotted_days(s, P))
    cands.extend(_slash_days(s, P))

    for m in P["quarter_rel"].finditer(s):
        word = m.group("qrel")
        spec = Spec(qrel=r["relative_quarters"][word], qrel_needs_quarter=not word.endswith(r["quarter_word"]),
                    qrel_end=bool(m.group("qrelend")))
        cands.append(Candidate(m.start(), m.end(), spec))

    # month-led expressions without a year: 4月, 一月十日, 本月十日
    for m in re.finditer(P["month"].pattern + "|" + P["month_rel"].pattern, s):
        spec = Spec()
        if m.group("mrel"):
            spec.mrel = res()["relative_months"][m.group("mrel")]
        else:
            mon = _month_value(m)
            if mon is None:
                continue
            spec.month, spec.lunar = mon, _lunar(m)
            if _after_duration_cue(s, m.start(), P) or P["month_tenor_after"].match(s, m.end()):
                continue  # 近三月: a span of months; 3月期Shibor: a tenor (round 22)
        end = _extend_after_month(s, m.end(), spec, P)
        same = P["same"].match(s, end) if spec.mrel is not None and end == m.end() else None
        if same and same.group("same") in r["anaphoric_shifted"]:
            spec.same, end = "shifted", same.end()  # 上月同期: the days named before, a month earlier
        else:
            end = _restated(s, end, "day" if spec.day is not None else "month", P)
        cands.append(Candidate(m.start(), end, spec))

    windows = _day_windows(s, P)
    window_starts = [start for start, _ in windows]
    for m in P["monthly_day"].finditer(s):
        cands.append(Candidate(m.start("d"), m.end(), Spec(day=int(m.group("d")))))
    for m in P["bare_day"].finditer(s):
        d = num(m.group("d"))
        if d is None or not 1 <= d <= 31 or m.group("dw") in words["bare_day_skip"]:
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
    bare_starts = {c.start for c in cands}
    for m in P["bare_day_restated"].finditer(s):
        if m.start() not in bare_starts:  # 算上20日当天: the day the bare-day rule left out after a verb's 上
            cands.append(Candidate(m.start(), _restated(s, m.end(), "day", P), Spec(day=int(m.group("d")))))

    for m in P["rel_day"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(drel=r["relative_days"][m.group("drel")])))
    for m in P["rel_day_bracketed"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(day=int(m.group("bd")))))
    for m in P["review_years"].finditer(s):  # 过去五年，…: the years a review opening its clause looks back on
        n = num(m.group("rvn"))
        if n:
            last = Spec(yrel=(-1, "deictic"))
            spec = last if n == 1 else Spec(yrel=(-int(n), "deictic"), end=last)
            cands.append(Candidate(m.start("rvn") - _review_lead(s, m), m.end(), spec))
    for m in P["rel_pair"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), _relative_pair(*r["relative_pairs"][m.group("rpair")])))

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

    for m in P["same"].finditer(s):
        cands.append(Candidate(m.start(), m.end(), Spec(same=r["anaphoric_same"][m.group("same")])))

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

    cands.extend(_english_dates(s, P))
    cands.extend(_compact_dates(s, P, paragraphs))
    cands.extend(_bare_years(s, P))
    return cands


def _years(s: str, P: dict[str, re.Pattern[str]]) -> list[re.Match[str]]:
    """The year-led expressions' matches (a list: the loop over them also learns whether the text is Taiwanese)."""
    return list(P["year"].finditer(s))


def bracketed_year(four: str | None, roc: str | None) -> int:
    """The year the brackets of a deictic word write (今（2024）年, 本(113)年): four digits as they are, three as the
    Republic's count of years."""
    return int(four) if four else int(res()["roc_year_zero"]) + int(roc or 0)


def _roc_dates(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """Republic-era dates in digits (113/1/1, 113-08-07): a day, and evidence that the text counts years so."""
    zero = int(res()["roc_year_zero"])
    out = []
    for m in P["roc_ymd"].finditer(s):
        y, mo, d = zero + int(m.group("y")), int(m.group("m")), int(m.group("d"))
        try:
            dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(Candidate(m.start(), m.end(), Spec(year=y, month=mo, day=d, explicit=True)))
    return out


def _loose_roc_years(s: str, P: dict[str, re.Pattern[str]], taken: set[int]) -> list[Candidate]:
    """In a text that counts years from the Republic: 113年 before any word (113年經濟成長, | 113年 |), unless a
    duration word or a numeral stands before it (成立100年, 近110年) or a continuation follows (100年來, 100多年)."""
    zero = int(res()["roc_year_zero"])
    out = []
    for m in P["roc_year_loose"].finditer(s):
        if m.start() in taken or P["roc_duration_before"].search(s[max(0, m.start() - 6):m.start()]):
            continue
        spec = Spec(year=zero + int(m.group("yroc")), explicit=True)
        out.append(Candidate(m.start(), _extend_after_year(s, m.end(), spec, P), spec))
    return out


def _quarter_labels(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """Quarter and half labels without a year (Q3单季度, 单Q4, H2, Q1-Q3): that period of the passage's year, as
    三季度 is; not after a word that makes the label a name or a formula (奥迪Q3, 氢气H2)."""
    out = []
    blockers = tuple(res()["quarter_label"]["blockers_before"])
    for m in P["quarter_label"].finditer(s):
        kind, n, last = m.group("qk"), int(m.group("qn")), int(m.group("qn2") or 0)
        if s[max(0, m.start() - 8) : m.start()].rstrip(HSPACE).endswith(blockers):
            continue
        if kind == "H" and (n > 2 or last):
            continue
        if last and last <= n:
            continue
        spec = Spec(quarters=(n, last)) if last else Spec(part=f"{kind}{n}")
        if m.group("qend") and kind == "Q" and not last:
            spec.month = 3 * n  # Q4末: the quarter's last month
        out.append(Candidate(m.start(), m.end(), spec))
    return out


def _dotted_days(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """A week's days written M.D-M.D without a year (本周（11.13-11.17）, 11.20-11.24期间): a range of days of the
    passage's year, only in brackets after a week or period word or before 期间, and at most a month long."""
    out = []
    for m in P["dotted_days"].finditer(s):
        m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
        m2 = int(m.group("m2") or m1)
        bracketed = (P["dotted_days_before"].search(s[max(0, m.start() - 8) : m.start()])
                     and P["dotted_days_bracket_close"].match(s, m.end()))
        if not (bracketed or P["dotted_days_after"].match(s, m.end())):
            continue
        try:
            span = (dt.date(2000, m2, d2) - dt.date(2000, m1, d1)).days  # (a leap year: 2.29 is a day)
        except ValueError:
            continue
        if 0 < span <= int(res()["dotted_days_max_span"]):
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1, end=Spec(month=m2, day=d2))))
    return out


def _slash_days(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """Days written M/D without a year (8/12至8/16當週, 本週一（8/5）, 7/31收盤): a day, or a range of days, of the
    passage's year, where the context says date (``slash_days_before``/``_after``, or a forward range of at most a
    month); elsewhere M/D is a fraction (占1/3)."""
    out = []
    for m in P["slash_days"].finditer(s):
        m1, d1 = int(m.group("m1")), int(m.group("d1"))
        ranged = m.group("d2") is not None
        m2, d2 = (int(m.group("m2")), int(m.group("d2"))) if ranged else (m1, d1)
        framed = (P["slash_days_before"].search(s[max(0, m.start() - 8) : m.start()]) is not None
                  or P["slash_days_after"].match(s, m.end()) is not None)
        try:
            span = (dt.date(2000, m2, d2) - dt.date(2000, m1, d1)).days  # (a leap year: 2/29 is a day)
        except ValueError:
            continue
        if ranged and 0 < span <= int(res()["dotted_days_max_span"]):
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1, end=Spec(month=m2, day=d2))))
        elif not ranged and framed:
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1)))
    return out


def _restated(s: str, end: int, granularity: str, P: dict[str, re.Pattern[str]]) -> int:
    """The end of a date with the anaphoric word that restates it right after (7月当月, 5日当天)."""
    same = P["same"].match(s, _skip(s, end))
    if same and res()["anaphoric_same"][same.group("same")] == granularity:
        return same.end()
    return end


def _after_duration_cue(s: str, start: int, P: dict[str, re.Pattern[str]]) -> bool:
    return P["duration_before"].search(s[max(0, start - 6) : start]) is not None


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


_CENTURY_START = 2000


def _short_ymd(digits: str) -> dt.date | None:
    """240122 → 2024-01-22, None where it is no calendar day of this century (600519, a Shanghai stock code, would
    be 1960-05-19)."""
    year = _century(int(digits[:2]))
    if year < _CENTURY_START:
        return None
    try:
        return dt.date(year, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        return None


def _compact_dates(s: str, P: dict[str, re.Pattern[str]], paragraphs: _ShortYearParagraphs) -> list[Candidate]:
    """20200614, 2020.03, the broker lists 2020/21/22年, 2021/22e (one date per year), and the years that
    straddle two (2020/21财年: one range)."""
    out = []
    for m in P["ymd_compact"].finditer(s):
        spec = Spec(year=int(m.group("y")), month=int(m.group("m")), day=int(m.group("d")), explicit=True)
        out.append(Candidate(m.start(), m.end(), spec))
    for m in P["ymd_short_range"].finditer(s):  # 周报（240122--240126）
        first, last = _short_ymd(m.group("a")), _short_ymd(m.group("b"))
        if first is not None and last is not None and 0 < (last - first).days <= res()["short_ymd_range_max_days"]:
            end = Spec(year=last.year, month=last.month, day=last.day, explicit=True)
            out.append(Candidate(m.start("a"), m.end(),
                                 Spec(year=first.year, month=first.month, day=first.day, explicit=True, end=end)))
    for m in P["ym_dot"].finditer(s):
        out.append(Candidate(m.start(), m.end(), Spec(year=int(m.group("y")), month=int(m.group("m")), explicit=True)))
    for m in P["ym_dot_range"].finditer(s):  # 2024.1-2024.5, 2024.1-5 (the first year's months)
        year = int(m.group("y2") or m.group("y"))
        first, last = (int(m.group("y")), int(m.group("m"))), (year, int(m.group("m2") or m.group("m3")))
        if first < last:
            end = Spec(year=last[0], month=last[1], explicit=True)
            out.append(Candidate(m.start(), m.end(), Spec(year=first[0], month=first[1], explicit=True, end=end)))
    for m in P["dotted_day"].finditer(s):  # 截至6.28, 本月初（6.3）
        before = s[max(0, m.start() - 16) : m.start()]
        if not (P["dotted_day_before"].search(before) or P["dotted_day_after"].match(s, m.end())
                or (P["dotted_day_in_brackets"].search(before) and P["dotted_day_bracket_close"].match(s, m.end()))):
            continue
        try:
            dt.date(2000, int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        out.append(Candidate(m.start(), m.end(), Spec(month=int(m.group("m")), day=int(m.group("d")))))
    for m in P["ym_dash"].finditer(s):
        y, mo = int(m.group("y")), int(m.group("m"))
        if mo <= y % 100:  # 2010-11 may be the years 2010–2011; 2019-08 is a month
            out.append(Candidate(m.start(), m.end(), Spec(year=y, month=mo, explicit=True)))
    for m in P["year_period_compact"].finditer(s):
        kind, n = (m.group("k") or m.group("k2")).upper(), int(m.group("n") or m.group("n2"))
        y = int(m.group("y") or m.group("y2"))
        y = y if y >= 100 else _century(y)  # 1H22, 98Q4
        last = int(m.group("n3") or 0)
        end = m.start("qend") if m.group("qend") else m.end()  # (a quarter's end is read with one quarter only)
        if m.group("n1"):  # 1-3Q24: the first quarter of the run, the run written before its year
            n, last = int(m.group("n1")), n
            if n >= last:
                continue
        if kind == "Q" and n < last:  # 2022Q1-Q3
            out.append(Candidate(m.start(), end, Spec(year=y, quarters=(n, last), explicit=True)))
        elif kind == "Q" and m.group("qend"):  # 2025Q1末: the quarter's last month, as Q4末 is
            out.append(Candidate(m.start(), m.end(), Spec(year=y, part=f"Q{n}", month=3 * n, explicit=True)))
        elif kind == "Q" or n <= 2:
            out.append(Candidate(m.start(), end, Spec(year=y, part=f"{kind}{n}", explicit=True)))
    for m in P["year_glued_part"].finditer(s):  # 2025上半年, 2024前三季度: the year's part, as with 年
        spec = Spec(year=int(m.group("y")), explicit=True)
        end = _extend_after_year(s, m.end(), spec, P)
        if end > m.end():
            out.append(Candidate(m.start(), end, spec))
    for m in P["fiscal_quarter"].finditer(s):
        written = m.group("y") or m.group("y2")
        y = int(written) if written else None
        n = num(m.group("n") or m.group("n2"))
        out.append(Candidate(m.start(), m.end(), Spec(year=y, part=f"Q{n}", explicit=y is not None)))
    for m in P["year_week"].finditer(s):  # 2024年第25周, 2024W25, W25 (the passage's year)
        y = int(m.group("y")) if m.group("y") else None
        week = int(m.group("n") or m.group("n2") or m.group("n3"))
        out.append(Candidate(m.start(), m.end(), Spec(year=y, year_week=week, explicit=y is not None)))
    for m in P["fiscal_year"].finditer(s):
        out.append(Candidate(m.start(), m.end(), Spec(year=int(m.group("y")), explicit=True)))
    for m in P["year_marked"].finditer(s):
        y = int(m.group("y") or m.group("fy"))
        out.append(Candidate(m.start(), m.end(), Spec(year=y if y >= 100 else _century(y), explicit=True)))
    for m in P["year_range_short"].finditer(s):
        y = int(m.group("y"))
        y2 = (y // 100) * 100 + int(m.group("y2"))
        if y < y2 <= y + 30:
            out.append(Candidate(m.start(), m.end(), year_range(y, y2)))
    out.extend(_short_year_runs(s, P, paragraphs))
    out.extend(_short_year_lists(s, P, paragraphs))
    for m in P["split_year"].finditer(s):
        if is_next_year(m.group("y"), m.group("y2")):  # 2020/21 is a fiscal year or season (1999/00 too)
            y = int(m.group("y"))
            out.append(Candidate(m.start(), m.end(), year_range(y, y + 1)))
    for m in P["year_slash_list"].finditer(s):
        y = int(m.group("y"))
        out.append(Candidate(m.start("y"), m.end("y"), Spec(year=y, explicit=True)))
        pos = m.start("rest")
        for i, part in enumerate(m.group("rest").split("/")[1:]):
            pos += 1
            yy = int(part) if len(part) == 4 else (y // 100) * 100 + int(part)  # 2021/2022年, 2021/22年
            last = i == m.group("rest").count("/") - 1
            end = m.end() if last else pos + len(part)
            if yy > y:
                out.append(Candidate(pos, end, Spec(year=yy, explicit=True)))
            pos += len(part)
    return out


def _short_year_lists(s: str, P: dict[str, re.Pattern[str]], paragraphs: _ShortYearParagraphs) -> list[Candidate]:
    """Two-digit years listed before one 年 (在 07、09 和 15 年的上涨中): each member a year, where a member has a
    leading zero or the paragraph counts years with two digits; not after a span word (过去10、20和30年)."""
    out: list[Candidate] = []
    for m in P["short_year_list"].finditer(s):
        members = list(re.finditer("[0-9]{2}", m.group()))
        leading = any(x.group().startswith("0") for x in members)
        if not (leading or paragraphs.counts_years(m.start())) or _after_duration_cue(s, m.start(), P):
            continue
        if P["short_year_span"].search(s[max(0, m.start() - 6) : m.start()]):
            continue
        if not all(x.group().startswith("0") or _runs_year(_century(int(x.group()))) for x in members):
            continue
        for i, x in enumerate(members):
            end = m.end() if i == len(members) - 1 else m.start() + x.end()
            out.append(Candidate(m.start() + x.start(), end, Spec(year=_century(int(x.group())), explicit=True)))
    return out


def _short_year_runs(s: str, P: dict[str, re.Pattern[str]], paragraphs: _ShortYearParagraphs) -> list[Candidate]:
    """Forecast years written with two digits (24-26年归母净利润 → one range, 24/25/26年 → three years, 24-26E): a
    slash list of consecutive years, or a run marked E, as it stands; a range before 年 only after a forecast cue or
    before a metric (设计寿命25-30年 is a duration), or in a paragraph that counts years with two digits (11至13年)."""
    conf = res()["short_year_runs"]
    lo, hi = conf["years"]
    out: list[Candidate] = []
    for m in P["short_year_run"].finditer(s):
        members = list(re.finditer("[0-9]{2}", m.group()))
        years = [_century(int(x.group())) for x in members]
        if (not all(lo <= y <= hi for y in years) or any(b <= a for a, b in itertools.pairwise(years))
                or _after_duration_cue(s, m.start(), P)):
            continue  # (未来10-15年: a span)
        marked = "E" in m.group().upper()
        if "/" in m.group():  # a list: each member a year of its own, consecutive
            if any(b != a + 1 for a, b in itertools.pairwise(years)):
                continue
            for i, (x, y) in enumerate(zip(members, years, strict=True)):
                end = m.end() if i == len(members) - 1 else m.start() + x.end()
                out.append(Candidate(m.start() + x.start(), end, Spec(year=y, explicit=True)))
        elif len(years) == 2 and years[1] - years[0] <= int(conf["max_span"]) and (
                marked or P["short_year_cue_before"].search(s[max(0, m.start() - 12) : m.start()])
                or P["short_year_metric_after"].match(s, m.end())
                or (_opens_clause(s, m.start()) and P["short_year_clause_follow"].match(s, m.end()))
                or (paragraphs.counts_years(m.start())
                    and (P["short_year_clause_follow"].match(s, m.end()) or s.startswith(res()["words"]["of"], m.end()))
                    and not P["short_year_span"].search(s[max(0, m.start() - 6) : m.start()]))):
            out.append(Candidate(m.start(), m.end(), year_range(*years)))
    return out


def _english_dates(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """2019 Sep 28, 2017 Jul, November to December 2019 (English abstracts and references)."""
    names = res()["month_names_en"]
    lo, hi = res()["year_range"]
    out = []
    for key in ("en_ymd", "en_my"):
        for m in P[key].finditer(s):
            y = int(m.group("y"))
            if not lo <= y <= hi:
                continue
            spec = Spec(year=y, month=names[m.group("mon")], explicit=True)
            if m.group("d"):
                spec.day = int(m.group("d"))
            elif key == "en_my" and m.group("mon2"):
                spec.months, spec.month = (spec.month or 1, names[m.group("mon2")]), None
            out.append(Candidate(m.start(), m.end(), spec))
    return out


@functools.lru_cache(maxsize=4)
def line_starts(s: str) -> list[int]:
    """Where each line of ``s`` starts, found once per text and shared by the readers of its lines (a 1 MB text on one
    line made every lookup a scan); the list is read, never changed."""
    return [0] + [m.end() for m in re.finditer("\n", s)]


class _Lines:
    """Per-line facts computed once (bounded cost): reference entries and rows of figures."""

    def __init__(self, s: str, P: dict[str, re.Pattern[str]]) -> None:
        r = res()
        self.starts = line_starts(s)
        self.reference: list[bool] = []
        self.figures: list[bool] = []
        for i, a in enumerate(self.starts):
            b = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(s)
            line = s[a:b]
            self.reference.append(any(k in line for k in r["reference_markers"]))
            numbers = list(P["row_number"].finditer(line))
            words = count_han(line) + len(P["latin_word"].findall(line))  # (count_han: in C, round 39)
            self.figures.append(
                len(numbers) >= r["numeric_row_min"]
                and any(n.group("frac") for n in numbers)
                and words < 2 * len(numbers)
            )

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


class _ShortYearParagraphs:
    """The paragraphs (lines) where a two-digit year is read as a year by a cue of its own (leading zero, a month or
    period after it, a comparison base before it, a clause start…): there the writer counts years with two digits, and
    a bare 15年 or 11至13年 beside it is a year too (bounded: one pass over the year matches and the lines)."""

    def __init__(self, s: str, P: dict[str, re.Pattern[str]], years: list[re.Match[str]], lo: int, hi: int) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", s)]
        self.lines: set[int] = set()
        for m in years:
            if m.group("y2") and _year_spec(m, s, lo, hi, False) is not None:
                self.lines.add(self.line(m.start()))
        for m in P["short_year_list"].finditer(s):
            if any(x.startswith("0") for x in re.findall("[0-9]{2}", m.group())):
                self.lines.add(self.line(m.start()))

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.breaks, pos)

    def counts_years(self, pos: int) -> bool:
        return self.line(pos) in self.lines


def _short_year_cued(m: re.Match[str], s: str, context: bool) -> bool:
    """Round 19 readings of a bare two-digit year as a year: before 至今 whatever runs into it (策略17 年至今); after a
    comparison base word (较22年); before a reported figure (23年实现营收, 22年毛利率); in a paragraph that counts years
    with two digits, unless a span word stands before it or a span word follows (``context``)."""
    r, P = res(), patterns()
    start, end = m.start("y2"), m.end()
    y = _century(int(m.group("y2")))
    if _after_duration_cue(s, start, P) or P["short_year_span"].search(s[max(0, start - 6) : start]):
        return False
    if start > 1 and s[start - 1] in r["range_connectors"] and s[start - 2].isdigit():
        return False  # the end of a run (未来10-15年营收): the run's reading decides
    if m.group("y2s") and m.group("y2s").strip() in r["short_year_since_open"]:
        return _runs_year(y)
    if not _runs_year(y) and not m.group("y2").startswith("0"):
        return False
    if P["short_year_result_after"].match(s, end):
        return True
    follows = P["short_year_clause_follow"].match(s, end)
    if follows and P["short_year_base"].search(s[max(0, start - 6) : start]):
        return True
    if not context:
        return False
    before = s[start - 1] if start > 0 else ""
    listed = before in r["short_year_list_before"] or (before == " " and start > 1 and s[start - 2] in r[
        "short_year_list_before"])
    after = s[_skip(s, end) : _skip(s, end) + 1]
    return bool(follows) or after in r["short_year_list_joiners"] or (listed and after == r["words"]["of"])


def _year_spec(m: re.Match[str], s: str, lo: int, hi: int, context: bool = False) -> Spec | None:
    r = res()
    if m.group("era"):
        n = 1 if m.group("eran") == r["words"]["era_first"] else num(m.group("eran"))
        if n is None or n < 1:
            return None
        return Spec(year=r["eras"][m.group("era")] + n - 1, explicit=True)
    if m.group("yroc"):
        return Spec(year=int(r["roc_year_zero"]) + int(m.group("yroc")), explicit=True)
    if m.group("ybr"):
        # 本(113)年, 今（2024）年: the year the deictic word names, written in its brackets
        y = bracketed_year(m.group("ybr4"), m.group("ybroc"))
        return Spec(year=y, explicit=True) if lo <= y <= hi else None
    if m.group("y4"):
        y = int(m.group("y4"))
        return Spec(year=y, explicit=True) if lo <= y <= hi else None
    if m.group("y2"):
        txt = m.group("y2")
        before = s[m.start("y2") - 1] if m.start("y2") > 0 else " "
        since = m.group("y2s") and not ("\u4e00" <= before <= "\u9fff" and before not in r["short_year_since_after"])
        clause = m.group("y2c") and _opens_clause(s, m.start("y2")) and _runs_year(_century(int(txt)))
        if not (txt.startswith("0") or m.group("y2m") or m.group("y2p") or since or clause
                or _short_year_cued(m, s, context)):
            return None
        if m.start("y2") > 0 and s[m.start("y2") - 1] in r["words"]["short_year_blockers"] + r["fragments"]["cn"]:
            return None
        y = int(txt)
        return Spec(year=_century(y), explicit=True)
    if m.group("ycn"):
        txt = m.group("ycn")
        y = cn_year(txt)
        if y is None:
            return None
        digit_string = all(ch in r["numeral_digits"] for ch in txt)
        if not digit_string:
            # 两千年 is a date only when a month follows (两千年八月十五)
            after = patterns()["month"].match(s, m.end())
            if not after or not lo <= y <= hi:
                return None
        elif y < 100:
            return None
        return Spec(year=y, explicit=True)
    if m.group("yrel"):
        info = r["relative_years"][m.group("yrel")]
        return Spec(yrel=(int(info["offset"]), info["ref"]))
    return None


def _opens_clause(s: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause (a line start, or right after a clause break or an opening bracket): where
    a blog's 22年, 21-23年 names a year, not a span (经过20年, 干了20年 do not open one)."""
    return pos == 0 or s[pos - 1] in res()["short_year_clause_starts"]


def _runs_year(y: int) -> bool:
    """Whether a two-digit year read in full lies in the years forecasts and blogs write so (`short_year_runs`)."""
    lo, hi = res()["short_year_runs"]["years"]
    return lo <= y <= hi


def _century(y: int) -> int:
    """The full year of a two-digit one (20 → 2020, 98 → 1998)."""
    return 2000 + y if y < 50 else 1900 + y


def _previous_one(m: re.Match[str], group: str) -> bool:
    """前一季度, 前一个月 name the quarter or month before, not the first of the year (首季度, 头一个月 do)."""
    return m.string[m.start(group) - 1] == res()["words"]["previous"]


def _review_lead(s: str, m: re.Match[str]) -> int:
    """How far before its count the review's words begin (过去, 过去的, 在过去的): they are part of the date."""
    text = m.group()
    return len(text[: m.start("rvn") - m.start()].lstrip())


def _relative_pair(unit: str, first: int, last: int) -> Spec:
    """今明两年, 明后两天: the range from one relative year (or day) to another."""
    if unit == "day":
        return Spec(drel=first, end=Spec(drel=last))
    return Spec(yrel=(first, "deictic"), end=Spec(yrel=(last, "deictic")))


def _apply_year_part(spec: Spec, word: str) -> None:
    part = res()["year_parts"].get(word) or {}
    if "part" in part:
        spec.part = part["part"]
    if "month" in part:
        spec.month = int(part["month"])
    if "report" in part:
        spec.report = part["report"]
    spec.reported_point = bool(part.get("reported_point"))
    spec.whole_year = bool(part.get("whole_year"))


def whole_part(s: str, start: int, end: int) -> bool:
    """Whether the year part ``s[start:end]`` (年内, 年初, 年底, 上半年) is one, not the head of a longer word
    that runs across its end (round 41: 2014年内蒙古, 2023年内地, 2022年内需, 2024年初步核算, 2024年底线, 2024年终端):
    jieba's cut of the text from the part's start (dictionary words only) either keeps the part whole or ends
    a word where it ends (年内|完成, 年内|需要, 年|末期 of 年末期股息, 年度报告 as one word); else a word begins
    inside the part and runs on past it (年|内蒙古, 年|初步)."""
    cuts = _cut_points(s[start:start + res()["year_part_cut_window"]])
    size = end - start
    return size in cuts or not any(0 < c < size for c in cuts)


@functools.lru_cache(maxsize=4096)
def _cut_points(text: str) -> frozenset[int]:
    """The offsets where jieba's cut of ``text`` (the project's dictionaries, no HMM) ends a word."""
    from pipeline.nlp.jieba_dict import jieba_tokenizer

    at, points = 0, set()
    for word in jieba_tokenizer().lcut(text, HMM=False):
        at += len(word)
        points.add(at)
    return frozenset(points)


def _horizon(s: str, end: int, a: re.Match[str]) -> bool:
    """A year part ending its clause after a target's 到/至 + year (预计到2035年中期，): a plan's horizon, not the
    part of the year a report covers (its `not_after` in dates.yaml); the year alone stays."""
    before = (res()["year_parts"].get(a.group("ypart")) or {}).get("not_after")
    after = a.end("ypart")
    alone = after >= len(s) or not is_han(s[after])
    return bool(before) and alone and re.search(before, s[max(0, end - 12):end]) is not None


def _lunar(m: re.Match[str]) -> bool:
    """Whether the month matched is named as a lunar month (正月, 腊月)."""
    return bool(m.group("mname")) and m.group("mname") in res()["lunar_months"]


def _month_value(m: re.Match[str]) -> int | None:
    if m.group("mname"):
        return res()["month_names"][m.group("mname")]
    v = num(m.group("m"))
    return v if v is not None and 1 <= v <= 12 else None


def _extend_after_year(s: str, end: int, spec: Spec, P: dict[str, re.Pattern[str]]) -> int:
    a = P["after_year"].match(s, end)
    if a and a.group("ypart") and not whole_part(s, a.start("ypart"), a.end("ypart")):
        return end  # 2014年内蒙古, 2024年初步核算: the part's last character opens a longer word (round 41)
    if a:
        if a.group("ypart") and not _horizon(s, end, a):
            _apply_year_part(spec, a.group("ypart"))
        elif a.group("q") or a.group("qq"):
            q = num((a.group("q") or a.group("qq")).lstrip(res()["words"]["ordinal"]))
            if q is None or not 1 <= q <= 4:
                return end
            spec.part = f"Q{q}"
            if a.group("qend") or (a.group("qqend") and not a.group("qq2")):  # its last month, still the quarter
                # the text reports (三季度末 … 较上季末; 2024年Q4末)
                spec.month = 3 * q
            if a.group("qq2") and int(a.group("qq2")) > q:  # 2023年Q1-Q3
                spec.part, spec.quarters = None, (q, int(a.group("qq2")))
        elif a.group("qa"):  # 2022年1-3Q
            first, last = int(a.group("qa")), int(a.group("qb"))
            if first >= last:
                return end
            spec.quarters = (first, last)
        elif a.group("hh"):
            spec.part = f"H{a.group('hh')}"
        elif a.group("qn"):
            n = num(a.group("qn")) or 1
            if n == 1 and _previous_one(a, "qn"):
                return end
            if n == 1:
                spec.part = "Q1"  # 首季度: the first quarter
            else:
                spec.quarters = (1, n)
        elif a.group("q1"):
            spec.quarters = (num(a.group("q1")) or 1, num(a.group("q2")) or 1)
        elif a.group("mn"):
            n = num(a.group("mn"))
            if n is None or not 1 <= n <= 12 or (n == 1 and _previous_one(a, "mn")):
                return end
            if n == 1:
                spec.month = 1  # 头一个月: the first month
            else:
                spec.months = (1, n)
        elif a.group("dn"):
            n = num(a.group("dn"))
            if n is None or not 1 <= n <= 366:
                return end
            spec.days = (1, n)
        elif a.group("m1"):
            m1, m2 = num(a.group("m1")), num(a.group("m2"))
            if m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or not _joined_rightly(a, m1, m2):
                return end
            spec.months = (m1, m2)
        return a.end()
    mm = re.compile(P["month"].pattern + "|" + P["month_rel"].pattern).match(s, _skip(s, end))
    if mm:
        if mm.group("mrel"):
            spec.mrel = res()["relative_months"][mm.group("mrel")]
        else:
            mon = _month_value(mm)
            if mon is None:
                return end
            spec.month, spec.lunar = mon, _lunar(mm)
        return _extend_after_month(s, mm.end(), spec, P)
    return end


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in HSPACE:
        pos += 1
    return pos


def _extend_after_month(s: str, end: int, spec: Spec, P: dict[str, re.Pattern[str]]) -> int:
    dr = P["day_range"].match(s, end)
    if dr:
        d1, d2 = int(dr.group("d1")), int(dr.group("d2"))
        if d1 < d2:
            spec.days = (d1, d2)
            return dr.end()
    lr = P["lunar_day_range"].match(s, end) if spec.lunar else None
    if lr:
        d1, d2 = num(lr.group("l1")), num(lr.group("l2i") or lr.group("l2"))
        if d1 is not None and d2 is not None and d1 < d2 <= 30:
            spec.days = (d1, d2)  # 正月初一至初七 (round 21)
            return lr.end()
    d = P["day"].match(s, end)
    if (d and d.group("dcn") and not P["bare_cn_day_month"].search(s, max(0, end - 8), end)
            and not P["bare_cn_day_lunar_before"].search(s, max(0, end - 10), end)
            and not P["bare_cn_day_kept_after"].match(s, d.end())):
        d = None  # 1月份四川, 3月三亚: no day with no 日 after a month in digits (round 31; 农历8月十五 keeps it)
    if d:
        txt = d.group("d") or d.group("dcn")
        day = num(d.group("dinit")) if d.group("dinit") else num(txt)
        if day is not None and 1 <= day <= 31:
            spec.day = day
            wk = P["weekday_after"].match(s, d.end())
            return wk.end() if wk else d.end()
    mw = P["month_week"].match(s, end)
    if mw:
        spec.month_week = num(mw.group("mw"))
        return mw.end()
    mp = P["month_part"].match(s, end)
    if mp:
        return mp.end()
    return end


_LATIN_WORD = re.compile("[A-Za-z]+")


@cached
def _latin_quantity_words() -> frozenset[str]:
    """Units and currency codes written in Latin letters, lower-cased (mw, kwh, rmb, usd)."""
    from pipeline.extract.currencies import currency_names
    from pipeline.extract.numerals import lexicon

    surfaces = [*lexicon().units, *currency_names()]
    return frozenset(w.lower() for w in surfaces if w.isascii() and w.isalpha())


def _glued_latin_year(word: str, year: int) -> bool:
    """A year whose capitalised Latin word follows with no space (2016VIX): no unit, no currency."""
    lo, hi = res()["glued_latin_year_range"]
    return lo <= year <= hi and word.lower() not in _latin_quantity_words()


def _unit_follows(s: str, k: int, unit_re: UnitPattern) -> bool:
    """A unit starts at ``k`` (2019 万元, 1998 km); not a Latin unit that runs on into a Latin word (in 2009 to 88%,
    2019 more: the t or m opens an English word, so the year stays a year)."""
    m = unit_re.match(s, k)
    return m is not None and not runs_into_latin_word(m.group(), s, m.end())


def _closes_clause(s: str, start: int, end: int, r: dict) -> bool | None:
    """Whether the bare number at ``start:end`` ends its line (True) or its clause (False), spaces after it skipped;
    None when text of its clause goes on after it, or nothing stands before it."""
    k = end
    while k < len(s) and s[k] in HSPACE:
        k += 1
    ends_line = k >= len(s) or s[k] == "\n"
    if start == 0 or not (ends_line or s[k] in r["bare_year_clause_marks"]):
        return None
    return ends_line


def _count_of_label(s: str, start: int, end: int, line_start: int, r: dict) -> bool:
    """A bare four-digit number that closes the clause or line of the label it counts is that label's value, not a
    year: glued to a noun and before a clause mark or the line's end (员工总数1287，研发人员1125。), after a label
    and its colon (检测样本数：1287, 样本量n=1287，), or alone after a row label and a space at the end of its line
    (医院　1456: a text table of two columns). A year's context keeps it a year: a time word right before it
    (始于1998，, 年度2023) or a label of years or of a header (年份　2019, 项目 2019); a code's label, a code.
    Bounded: the number's own line, at most ``bare_year_label_max_chars`` back."""
    ends_line = _closes_clause(s, start, end, r)
    if ends_line is None:
        return False
    prev = s[start - 1]
    if is_han(prev):
        before = s[max(line_start, start - 4) : start]
        return not before.endswith(tuple(r["bare_year_time_words_before"]))
    label = _label_before(s, start, ends_line, line_start, r)
    return (
        label is not None
        and 0 < len(label) <= r["bare_year_label_max_chars"]
        and is_han(label[0])
        and not any(ch.isdigit() for ch in label)
        and not any(w in label for w in r["bare_year_label_words"] + r["bare_year_code_labels"])
    )


def _label_before(s: str, start: int, ends_line: bool, line_start: int, r: dict) -> str | None:
    """The label a bare number is given after: its clause up to a colon (检测样本数：1287), or the whole line before a
    space when the number ends the line (医院　1456); None otherwise. Bounded: at most the label's length back."""
    most = r["bare_year_label_max_chars"]
    b = start
    while b > line_start and s[b - 1] in HSPACE:
        b -= 1
    if b > line_start and s[b - 1] in r["bare_year_label_separators"]:
        # 检测样本数：1287; 样本量n=1287，: the label runs back to its clause's start
        b -= 1
        a = max(line_start, b - most - 1)
        cut = max(s.rfind(m, a, b) for m in r["bare_year_clause_marks"] + r["bare_year_label_separators"])
        if cut < 0 and a > line_start:
            return None  # the clause's start is farther back than a label
        return s[max(cut + 1, a) : b].strip(HSPACE)
    if s[start - 1] in HSPACE and ends_line:
        label = s[max(line_start, start - most - 8) : start].strip(HSPACE)
        return label if s[line_start:start].strip(HSPACE) == label else None
    return None


def _code_of_label(s: str, start: int, end: int, line_start: int, r: dict) -> bool:
    """A bare four-digit number given after the label of a code (股票代码：1287, 服务热线：1234, 型号 2080) is that
    code, neither a year nor a count (the Numbers section: numbers right after such a label are codes)."""
    ends_line = _closes_clause(s, start, end, r)
    if ends_line is None:
        return False
    label = _label_before(s, start, ends_line, line_start, r)
    return label is not None and label.endswith(tuple(r["bare_year_code_labels"]))


def label_count_at(s: str, start: int, end: int) -> bool:
    """The bare four-digit number at ``start:end`` is a label's count (``_count_of_label``), not a year: the number
    reader keeps it as a count. Bounded: the line's start is sought at most ``bare_year_label_max_chars`` + 8 back."""
    r = res()
    line_start = s.rfind("\n", max(0, start - r["bare_year_label_max_chars"] - 8), start) + 1
    if line_start == 0 and start > r["bare_year_label_max_chars"] + 8:
        line_start = start - r["bare_year_label_max_chars"] - 8  # a longer line: its label cannot be read whole
    return _count_of_label(s, start, end, line_start, r)


def _bare_years(s: str, P: dict[str, re.Pattern[str]]) -> list[Candidate]:
    """Four-digit years written without 年: table headers, 2016-2018, 2018、2019年."""
    r = res()
    lo, hi = r["bare_year_range"]
    out: list[Candidate] = []
    blockers_after = sorted(r["bare_year_blockers_after"], key=len, reverse=True)
    blockers_before = r["bare_year_blockers_before"]
    name_closers = tuple(r["bare_year_name_closers"])
    quotes = [(o, c) for o, c in r["bare_year_quotes"]]
    quoted_lo, quoted_hi = r["bare_year_quoted_range"]
    from pipeline.extract.numerals import lexicon
    from pipeline.extract.unit_forms import quantity_unit_at

    unit_re = lexicon().unit_re
    lines = _Lines(s, P)
    words = Segmenter(s)  # (round 46 tidy) the text's one segmenter for every range's unit (cut only where asked)
    for m in P["ref_year"].finditer(s):
        if lines.reference[lines.index(m.start())] and lo <= int(m.group("y")) <= hi:
            out.append(Candidate(m.start("y"), m.end("y"), Spec(year=int(m.group("y")), explicit=True)))
    for m in P["bare_year"].finditer(s):
        y = int(m.group("y"))
        if not lo <= y <= hi:
            continue
        glued = _LATIN_WORD.match(s, m.end())  # (the template lets only a word of capitals through)
        if glued and not _glued_latin_year(glued.group(), y):
            continue
        end = m.end()
        # a list of years sharing one 年: 2018、2019年 (also in a line dense with figures)
        lst = P["list_sep"].match(s, end)
        if lst and P["year_list"].match(s, lst.end()):
            out.append(Candidate(m.start(), end, Spec(year=y, explicit=True)))
            continue
        line = lines.index(m.start())
        if lines.figures[line] and not P["year_after"].match(s, m.end()) and s[lines.starts[line] : m.start()].strip():
            continue  # a count in a row of figures (1145 84.1 1437 95.0); its first cell is the row's label
        k = end
        while k < len(s) and s[k] in HSPACE + "\n":
            k += 1
        nk = _skip(s, end)
        # a year range written once: 2017—2021年, 2016~2018, 1995 - 1997年
        c = P["conn"].match(s, end)
        if c:
            y2m = P["range_year2"].match(s, c.end())
            if y2m and not y2m.group("nian") and quantity_unit_at(s, y2m.end(), words):
                continue  # 1000～1200毫米, 1500-2000元/吨: a range of a quantity, no years (round 26)
            y2 = int(y2m.group("y2").replace(" ", "")) if y2m else 0
            if y2m and lo <= y2 <= hi and y < y2 <= y + 200:
                out.append(Candidate(m.start(), y2m.end(), year_range(y, y2)))
                continue
        if s.startswith(r["words"]["year"], nk):
            continue  # handled by the year pattern
        if any(s.startswith(b, nk) or s.startswith(b, k) for b in blockers_after) or (
            k < len(s) and _unit_follows(s, k, unit_re)
        ):
            continue
        before = s[max(0, m.start() - 8) : m.start()].rstrip(HSPACE)
        if any(before.endswith(b) for b in blockers_before):
            continue
        if m.start() > 0 and is_han(s[m.start() - 1]) and s.startswith(name_closers, end):
            continue  # “中国制造2025”: a quoted name that ends in a year
        if _count_of_label(s, m.start(), end, lines.starts[line], r):
            continue  # 员工总数1287，研发人员1125; 医院　1456: a label's count, no year
        if _code_of_label(s, m.start(), end, lines.starts[line], r):
            continue  # 股票代码：1287: a code, no year
        b = m.start()
        if not quoted_lo <= y <= quoted_hi and any(s[b - len(o):b] == o and s.startswith(c, end) for o, c in quotes):
            continue  # “1210”: a code quoted alone (a supervision mode), no year
        out.append(Candidate(m.start(), end, Spec(year=y, explicit=True)))
    return out


