"""Date grammar, the reading of one match: a year or month matched by ``pipeline.extract.date_grammar`` read into a
``Spec`` and extended over what follows it (年底, 一季度, 5月8日, 当月), with the checks those readings share (a
duration word before, a clause opening, two-digit years, the parts of a year jieba keeps whole).

Split from ``date_grammar`` (round 46) so that the scan there reads as its stages; the helpers keep their
leading underscore: they serve the date grammar's modules only (``date_grammar``, ``date_digit_forms``,
``date_bare_years``).
"""

from __future__ import annotations

import bisect
import functools
import re

from pipeline.chars import HSPACE, is_han
from pipeline.extract.date_lexicon import Spec, cn_year, num, patterns, res
from pipeline.nlp.jieba_dict import jieba_tokenizer


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


def bracketed_year(four: str | None, roc: str | None) -> int:
    """The year the brackets of a deictic word write (今（2024）年, 本(113)年): four digits as they are, three as the
    Republic's count of years."""
    return int(four) if four else int(res()["roc_year_zero"]) + int(roc or 0)


def _restated(s: str, end: int, granularity: str, P: dict[str, re.Pattern[str]]) -> int:
    """The end of a date with the anaphoric word that restates it right after (7月当月, 5日当天)."""
    same = P["same"].match(s, _skip(s, end))
    if same and res()["anaphoric_same"][same.group("same")] == granularity:
        return same.end()
    return end


def _after_duration_cue(s: str, start: int, P: dict[str, re.Pattern[str]]) -> bool:
    return P["duration_before"].search(s[max(0, start - 6) : start]) is not None


def _after_span_cue(s: str, start: int, P: dict[str, re.Pattern[str]]) -> bool:
    """A duration word (近, 过去) or a span word before two-digit numbers: they count years (过去10、20和30年, 近20年),
    they name none; one check for the readers of a single two-digit year and of a list of them."""
    return _after_duration_cue(s, start, P) or P["short_year_span"].search(s[max(0, start - 6) : start]) is not None


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
    if _after_span_cue(s, start, P):
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
    mm = _month_or_relative(P).match(s, _skip(s, end))
    if mm:
        if not _read_month(spec, mm):
            return end
        return _extend_after_month(s, mm.end(), spec, P)
    return end


def _month_or_relative(P: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    """A month (4月, 正月) or a relative month (本月, 上月): what a month-led date opens with, after a year or alone."""
    return re.compile(P["month"].pattern + "|" + P["month_rel"].pattern)


def _read_month(spec: Spec, m: re.Match[str]) -> bool:
    """Read a match of ``_month_or_relative`` into ``spec`` (one reading for a month after a year and a month alone);
    False where its numeral is no month (13月)."""
    if m.group("mrel"):
        spec.mrel = res()["relative_months"][m.group("mrel")]
    else:
        mon = _month_value(m)
        if mon is None:
            return False
        spec.month, spec.lunar = mon, _lunar(m)
    return True


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
