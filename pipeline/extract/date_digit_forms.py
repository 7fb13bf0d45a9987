"""Date grammar, the forms written in digits or Latin letters: Republic-era dates (113/1/1), quarter labels (Q3,
H2), days written M.D or M/D, compact dates (20200614, 2020.03, 2022Q1, 24-26E) and English dates (2019 Sep 28).

Split from ``date_grammar`` (round 46): each reader returns the candidates of its form, and the scan of
``date_grammar`` runs them in turn.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from pipeline.chars import HSPACE
from pipeline.extract.date_lexicon import Candidate, Spec, is_next_year, num, res, year_range
from pipeline.extract.date_spec_reading import (
    _after_duration_cue,
    _after_span_cue,
    _century,
    _extend_after_year,
    _opens_clause,
    _runs_year,
    _ShortYearParagraphs,
)


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
        span = _day_span(m1, d1, m2, d2)
        if span is None:
            continue
        if 0 < span <= int(res()["dotted_days_max_span"]):
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1, end=Spec(month=m2, day=d2))))
    return out


def _day_span(m1: int, d1: int, m2: int, d2: int) -> int | None:
    """Days from M1.D1 to M2.D2 within one year, None where either is no calendar day: one check for the dotted
    and the slashed days (a leap year: 2.29, 2/29 is a day)."""
    try:
        return (dt.date(2000, m2, d2) - dt.date(2000, m1, d1)).days
    except ValueError:
        return None


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
        span = _day_span(m1, d1, m2, d2)
        if span is None:
            continue
        if ranged and 0 < span <= int(res()["dotted_days_max_span"]):
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1, end=Spec(month=m2, day=d2))))
        elif not ranged and framed:
            out.append(Candidate(m.start(), m.end(), Spec(month=m1, day=d1)))
    return out


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
        if not (leading or paragraphs.counts_years(m.start())) or _after_span_cue(s, m.start(), P):
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
