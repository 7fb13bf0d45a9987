"""Date ranges and overlaps: point + connector + point joined, excluded words dropped.

``merge_ranges`` joins 2017年到2021年 or 三月二十八日到四月15日 into one range and picks the
leftmost-longest reading where candidates overlap; ``drop_excluded`` removes date pieces inside
words that only contain one (今日头条). The candidates come from ``pipeline.extract.date_grammar``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.date_lexicon import Candidate, Spec, num, patterns, res
from pipeline.extract.number_context import web_address_spans
from pipeline.resources import cached, load_yaml
from pipeline.spans import SpanSet

_NUMERAL_END = re.compile(r"[0-9０-９零〇一二三四五六七八九十]\s*$")  # a day or month number before its 日/月


def merge_ranges(s: str, cands: list[Candidate]) -> list[Candidate]:
    """Join point + connector + point (2017年到2021年, 三月二十八日到四月15日) into one range."""
    P = patterns()
    by_start = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    chosen = _leftmost_longest(by_start)
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        after_c = _clock_end(s, c)  # 6月9日8时至12日8时: the hour stays with its day
        if i + 1 < len(chosen) and c.spec.end is None:
            nxt = chosen[i + 1]
            gap = s[after_c : nxt.start]
            conn = P["conn"].fullmatch(gap) if gap else None
            between = P["between"].fullmatch(gap) if gap else None
            tail = P["between_suffix"].match(s, nxt.end) if between else None
            if (conn or tail) and nxt.spec.end is None and _rangeable(c.spec, nxt.spec):
                end_spec = _inherit(nxt.spec, c.spec)
                spec = replace(c.spec, end=end_spec)
                out.append(Candidate(c.start, (tail.end() if tail else _clock_end(s, nxt)), spec, c.after_paren_year))
                i += 2
                continue
        covered = _period_ending(s, c)
        if covered is not None:  # 截至9月30日的三个月: the months, 截至…止季度: the quarter
            out.append(covered)
            i += 1
            continue
        restated = _weekday_restated(s, c, chosen[i + 1]) if i + 1 < len(chosen) else None
        if restated is not None:  # 周三（11月1日）: one date, the bracket's
            out.append(restated)
            i += 2
            continue
        # 一月十日到十二日, 一月19到20日: a bare day number after a connector
        if c.spec.day is not None and c.spec.month is not None and c.spec.end is None:
            dm = P["conn_day"].match(s, after_c)
            if dm:
                d2 = num(dm.group("d2"))
                if d2 is not None and 1 <= d2 <= 31:
                    end_spec = replace(c.spec, day=d2, end=None, explicit=False)
                    close = _clock_end(s, Candidate(dm.start(), dm.end(), end_spec))
                    out.append(Candidate(c.start, close, replace(c.spec, end=end_spec), c.after_paren_year))
                    i += 1
                    while i < len(chosen) and chosen[i].start < close:
                        i += 1
                    continue
        out.append(c)
        i += 1
    return _weeks_restated(s, out)


def _clock_end(s: str, c: Candidate) -> int:
    """Where a day's hour of the clock ends (6月9日8时, 17日20时30分): a range of days may write one on either side,
    and the range spans it, though its value stays the days (else each side is a date of its own)."""
    if c.spec.day is None:
        return c.end
    m = patterns()["range_day_clock"].match(s, c.end)
    return m.end() if m else c.end


def _period_ending(s: str, c: Candidate) -> Candidate | None:
    """A span of months or a quarter ending on the day named (截至9月30日的三个月 → July to September,
    截至2023年9月30日止季度 → 2023-Q3): a company's results are a flow over the period, not a level on its last day.
    Only within one calendar year, and a quarter only when the day's month ends one."""
    spec, P = c.spec, patterns()
    if spec.month is None or spec.day is None or spec.end is not None or spec.mrel is not None:
        return None
    after = P["period_ending_after"].match(s, c.end)
    if after is None or not P["period_ending_before"].search(s, max(0, c.start - 4), c.start):
        return None
    if after.group("yr"):  # 截至2024年3月31日止年度: the (fiscal) year, named by the year it ends in
        period = replace(spec, day=None, month=None)
    elif after.group("q"):
        if spec.month % 3:
            return None
        period = replace(spec, day=None, month=None, part=f"Q{spec.month // 3}")
    else:
        n = num(after.group("n"))
        if n is None or not 1 <= n <= spec.month:
            return None
        period = replace(spec, day=None, months=(spec.month - n + 1, spec.month) if n > 1 else None,
                         month=spec.month if n == 1 else None)
    return Candidate(c.start, after.end(), period, c.after_paren_year)


def _weekday_restated(s: str, c: Candidate, nxt: Candidate) -> Candidate | None:
    """A weekday followed by its calendar day in brackets (美联储周三（11月1日）宣布, 上周五（11月3日）): the bracket
    restates the weekday, and the written day is surer than a day counted from the document's week."""
    if c.spec.week is None or not isinstance(c.spec.week[1], int) or nxt.spec.day is None or nxt.spec.end is not None:
        return None
    P = patterns()
    if P["weekday_bracket_open"].fullmatch(s, c.end, nxt.start) is None:
        return None
    close = P["weekday_bracket_close"].match(s, nxt.end)
    return Candidate(c.start, close.end(), nxt.spec, nxt.after_paren_year) if close else None


def _weeks_restated(s: str, dates: list[Candidate]) -> list[Candidate]:
    """A week followed by its days in brackets (上周（6月10日-6月16日）, W25（6.17-6.23））: one date, the bracket's, as
    for a weekday with its day (the written days are surer than a week counted from the document's date). Run after
    ranges are joined, so the bracket is one range."""
    P = patterns()
    out: list[Candidate] = []
    i = 0
    while i < len(dates):
        c = dates[i]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        whole_week = (c.spec.week is not None and c.spec.week[1] is None) or c.spec.year_week is not None
        if (nxt is not None and whole_week and nxt.spec.end is not None and nxt.spec.day is not None
                and nxt.spec.end.day is not None and P["weekday_bracket_open"].fullmatch(s, c.end, nxt.start)):
            close = P["weekday_bracket_close"].match(s, nxt.end)
            if close:
                out.append(Candidate(c.start, close.end(), nxt.spec, nxt.after_paren_year))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _rangeable(a: Spec, b: Spec) -> bool:
    if a.same or b.same or a.fixed or b.fixed:
        return False
    if (a.week and not isinstance(a.week[1], int)) or (b.week and not isinstance(b.week[1], int)):
        return False
    return not (a.century is not None or b.century is not None or a.decade is not None or b.decade is not None)


def _inherit(b: Spec, a: Spec) -> Spec:
    """The second point of a range takes the year (and month) it leaves out from the first."""
    out = replace(b)
    if out.year is None and out.yrel is None:
        out.year, out.yrel = a.year, a.yrel
        if out.month is None and out.mrel is None and out.day is not None:
            out.month, out.mrel = a.month, a.mrel
    return out


def _leftmost_longest(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


@cached
def _excluded_res() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """Each non-date word as its own literal pattern, and the price basis: compiled once, not escaped and looked
    up in re's cache per word at every call (every date scan: each table cell, header and checked sentence). A
    relative verb before a count of a unit (提前一年, 延后两个月: numbers.yaml relative_day_verbs) is one too: its
    前/后 opens no relative date (round 37), and so is a 上年 whose two characters close and open two words (以上|年龄:
    `straddled_relative_year`, round 44)."""
    verbs = sorted(load_yaml("numbers.yaml")["relative_day_verbs"], key=len, reverse=True)
    span_after = res()["relative_span_after"]
    spanned = re.compile(f"(?:{'|'.join(map(re.escape, verbs))})(?={span_after})")
    words = tuple(re.compile(re.escape(w)) for w in res()["non_date_words"])
    straddled = re.compile(res()["straddled_relative_year"])  # (round 44: 以上|年龄, 网上|年货节: no 上年)
    return (*words, spanned, straddled), re.compile(res()["price_basis"])


def drop_excluded(s: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that touch a non-date word, a price basis or a web address (round 38: a URL's path segment
    nw.D110000gmrb_20160326_8-02.htm read as a day, and a yearless 1-10月 then took 2016 from it)."""
    words, basis = _excluded_res()
    bases = [m.span() for m in basis.finditer(s)]  # 按上年价格计算: a price basis
    blocked = SpanSet([*((m.start(), m.end()) for w in words for m in w.finditer(s)), *bases,
                       *web_address_spans(s)])
    # a word that only contains a date-like piece (今日头条): drop the piece
    out = []
    for c in cands:
        # the only words that can touch or lie in c; one that starts on the day word of a month's day
        # (6月30日前: 日前) borrows it; a bare day stays ambiguous (30日前: thirty days ago)
        dated = c.spec is not None and (c.spec.month is not None or c.spec.mrel is not None)
        near = [(a, b) for a, b in blocked.near(c.start, c.end)
                if not (dated and a == c.end - 1 > c.start and _NUMERAL_END.search(s, c.start, a))]
        touches = any(a <= c.start < b or a < c.end <= b for a, b in near)
        if touches and not any(c.start <= a and b <= c.end and (c.end - c.start) > (b - a) for a, b in near):
            continue
        out.append(c)
    return out


def drop_contract_months(s: str, cands: list[Candidate]) -> list[Candidate]:
    """Delivery months of futures contracts (12月交货的轻质原油期货, 12月黄金期价): the contract's name, no period of
    the data, so no date; still a calendar expression a number leaves alone."""
    contract = re.compile(res()["contract_month_after"])
    return [c for c in cands
            if c.spec.month is None or c.spec.day is not None or c.spec.end is not None or not contract.match(s, c.end)]


def drop_recurring(s: str, cands: list[Candidate]) -> list[Candidate]:
    """Months, days and quarters named as recurring (每年3月31日前, 每年的12月, 每年2月至3月): no calendar
    period, so no date. A date with a year of its own stays (2021年每月: 2021年)."""
    recurring = re.compile(res()["recurrence_before"])
    joiners = {*res()["list_separators"], *res()["range_connectors"]} - {"，", ","}  # a comma may end the clause
    kept, dropped_end = [], -1
    for c in sorted(cands, key=lambda c: c.start):
        own_year = c.spec.year is not None or c.spec.yrel is not None
        listed_after = dropped_end >= 0 and s[dropped_end:c.start].strip() in joiners  # 每年3月和9月
        if not own_year and (recurring.search(s, max(0, c.start - 6), c.start) or listed_after):
            dropped_end = c.end
            continue
        kept.append(c)
    return kept
