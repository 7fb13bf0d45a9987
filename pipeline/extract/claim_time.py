"""The time a claimed value holds for (guidelines, Claims: `time`).

In order: a date right before the value; a date of its clause; a date of its sentence; the
time the passage stated once for the data it goes on describing (carried by the caller). A
comparison base (比2019年, 与2019年同期相比, 是2010年的2.32倍) is never the time, nor is an
announcement date (the caller drops those). An average annual rate holds for the span it
averages over. The cue words are data (`resources/claims.yaml`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.resources import cleared_with_resources

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_RANGE = re.compile(r"(\d{4})/(\d{4})")  # a date value, not text: "2017/2021"
_YEAR = re.compile(r"\d{4}")  # four digits (a year value whole: `is_year`; a year written in text)
_MONTH_RANGE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")  # a date value: "2023-09/2023-10"
_QUARTER_RANGE = re.compile(r"(\d{4})-Q([1-4])/(\d{4})-Q([1-4])")  # a date value: "2024-Q1/2024-Q2"
# any range of months, quarters, halves or days: covers _MONTH_RANGE and _QUARTER_RANGE (whose groups read the ends)
# and halves and days besides, so it is a test of its own, not built from them
_DATE_RANGE = re.compile(r"\d{4}-[\dQH][\d-]*/\d{4}-[\dQH][\d-]*")
_YEAR_OR_END = re.compile(r"\d{4}(?:-12)?")  # a year or its end: the ends a compound rate runs between
# 16:30, 1:10 break no clause, nor the thousands comma of 20,167元
_CLAUSE_BREAK = re.compile(r"[，；;（）()]|(?<!\d),|,(?!\d{3}(?!\d))|[：:](?!\d)|(?<!\d)[：:]")
BRACKET_OPENERS, BRACKET_CLOSERS = "（(", "）)"
# a title in 《》: its colon (《志愿军：存亡之战》) breaks no clause
_TITLE = re.compile("\u300a[^\u300a\u300b\n]{1,60}\u300b")

Placed = tuple[int, int, str]  # (start, end, value) of a date, offsets within the sentence


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The clause of ``text`` around ``position``: between commas, colons and semicolons, where a
    bracketed aside closed before ``position`` belongs to the clause (客运运力投入（按座公里计）同比上升)
    and a position inside brackets has the aside as its clause. The text is read once (`_clause_index`); each call
    then looks its clause up by bisection and rereads only the few characters before ``position`` whose reading the
    cut at ``position`` can change (a comma whose thousands group ``position`` cuts short, a colon right before it):
    a run-on line of thousands of values asks this per value (round 32: 3,000 values took 76 s)."""
    index = _clause_index(text) if len(text) > _SHORT_CLAUSE_TEXT else _short_clause_index(text)
    breaks, begins, tops, values, parents, titles = index
    position = min(max(position, 0), len(text))
    # the breaks before ``tail`` read as in the whole text; those from ``tail`` on are reread up to ``position``
    tail = max(0, position - _CUT_REACH)
    at = bisect.bisect_left(breaks, tail) - 1
    begin, top = (begins[at], tops[at]) if at >= 0 else (0, -1)
    pushed: list[int] = []
    for match in _CLAUSE_BREAK.finditer(text, tail, position):
        if in_title(titles, match.start()):
            continue
        mark = match.group()
        if mark in BRACKET_OPENERS:
            pushed.append(match.end())
        elif mark in BRACKET_CLOSERS:
            if pushed:
                pushed.pop()
            elif top >= 0:
                top = parents[top]
            else:
                begin = match.end()
        elif not pushed and top < 0:
            begin = match.end()
    if pushed:
        begin = max(begin, pushed[-1])
    elif top >= 0:
        begin = max(begin, values[top])
    following = bisect.bisect_left(breaks, position)
    return begin, breaks[following] if following < len(breaks) else len(text)


def clause_end_past(text: str, clause_end: int, bracket: re.Pattern[str]) -> int:
    """The clause's end, read on past a bracket standing right at it that only names the noun before it again
    (201个重点湖（库）中，…; 超过千亿元的省（市）有12个): `clause_bounds` cuts at the bracket's 、 or its opening, while
    the clause goes on to its own end (round 37). ``bracket`` says which brackets do so."""
    found = bracket.match(text, clause_end)
    return clause_bounds(text, found.end())[1] if found else clause_end


# a comma's thousands group (,000 and no digit after) reaches 4 characters on, a colon's digit 1: a break that far
# before the cut or nearer may read otherwise in text[:position] than in the whole text
_CUT_REACH = 4
# how far before a value its from–to 从/由 may stand: 由, or 从每人每年的 (round 43: a per-unit word between them)
_PAIR_START_REACH = 8
_SHORT_CLAUSE_TEXT = 200  # texts up to this long (a gap, a head) have a memo of their own: they would crowd others out

ClauseIndex = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
                    tuple[tuple[int, int], ...]]


@lru_cache(maxsize=16)
def _clause_index(text: str) -> ClauseIndex:
    """`_build_clause_index`, once per text (bounded: memory stays linear; the index is never changed once built, so
    threads may share it)."""
    return _build_clause_index(text)


@lru_cache(maxsize=512)
def _short_clause_index(text: str) -> ClauseIndex:
    """`_build_clause_index` of a short text, kept apart so that short texts never crowd the long ones out. A
    sentence's gaps and heads are asked again and again: over the corpus 17,987 asks held 1,606 distinct texts, each
    read afresh before (round 37). Bounded; tuples, so threads may share them."""
    return _build_clause_index(text)


def _build_clause_index(text: str) -> ClauseIndex:
    """One pass over ``text`` for `clause_bounds`: the positions of its clause breaks (outside titles), and after each
    the clause begin in force and the brackets left open, as a node of a tree of open brackets (``values``: where the
    aside after the opener begins, ``parents``: the bracket open around it, -1: none), so any prefix's open brackets
    are one node; and the titles' spans. Tuples: nothing shared can be changed."""
    titles = tuple(title_spans(text))
    breaks: list[int] = []
    begins: list[int] = []
    tops: list[int] = []
    values: list[int] = []
    parents: list[int] = []
    begin, top = 0, -1
    for match in _CLAUSE_BREAK.finditer(text):
        start = match.start()
        if in_title(titles, start):
            continue
        mark = match.group()
        if mark in BRACKET_OPENERS:
            values.append(match.end())
            parents.append(top)
            top = len(values) - 1
        elif mark in BRACKET_CLOSERS:
            if top >= 0:
                top = parents[top]
            else:
                begin = match.end()
        elif top < 0:
            begin = match.end()
        breaks.append(start)
        begins.append(begin)
        tops.append(top)
    return tuple(breaks), tuple(begins), tuple(tops), tuple(values), tuple(parents), titles


def title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the titles in 《》 of ``text``: a clause mark inside one (《志愿军：存亡之战》) ends no clause."""
    return [m.span() for m in _TITLE.finditer(text)] if "\u300a" in text else []


def in_title(titles: Sequence[tuple[int, int]], at: int) -> bool:
    """Position ``at`` lies inside one of ``titles`` (from `title_spans`: in order, none overlapping), found by
    bisection: the clause index asks this for every clause mark of a text."""
    k = bisect.bisect_left(titles, (at,)) - 1  # (the last title that opens before ``at``)
    return k >= 0 and at < titles[k][1]


def year_list_times(sentence: str, dates: list[dict], numbers: list[dict], offset: int = 0) -> dict[int, str]:
    """分别 over a year range or a list of dates (2021-2023年, 2021年、2022年和2023年, 一季度、二季度和三季度):
    the k-th value of each unit takes the k-th year or date. Each 分别 spreads over the values up to the next
    one, with the list nearest before it: one of its own after the 分别 before (…，三季度和四季度分别增长…), else
    the list the 分别 before spread over (营业收入分别为…，净利润分别为…). ``offset``: where the sentence starts in
    the document (the rows' offsets)."""
    marks = list(cues().pattern("respectively").finditer(sentence))
    runs = [] if marks else _glued_runs(sentence, numbers, offset)
    if not marks and not runs:
        return {}
    ranges = [(date["end"], [str(y) for y in range(int(match[1]), int(match[2]) + 1)])
              for date in dates if (match := _YEAR_RANGE.fullmatch(str(date.get("value") or "")))]
    ranges += [(date["end"], months) for date in dates
               if (months := _listed_months(sentence[date["start"] - offset:date["end"] - offset], date))]
    listed = _date_lists(sentence, dates, offset)
    if not marks:
        return _unmarked_times(sentence, runs, ranges + listed, offset)
    times: dict[int, str] = {}
    used: tuple[int, list[str]] | None = None
    previous = offset - 1
    for k, mark in enumerate(marks):
        lo = mark.start() + offset
        hi = marks[k + 1].start() + offset if k + 1 < len(marks) else len(sentence) + offset
        own = [(end, values) for end, values in ranges if previous < end <= hi]
        own += [(end, values) for end, values in listed if previous < end <= hi
                and (end > lo or _spreads_over(sentence[end - offset:mark.start()], end, lo, numbers))]
        for end, values in sorted(own, key=lambda item: -item[0]) + ([used] if used and not own else []):
            spread = _spread(numbers, values, max(end, lo), hi)
            if spread:
                times.update(spread)
                used = (end, values)
                break
        previous = lo
    times.update(_period_subject_times(sentence, dates, numbers, offset))
    return times


def _range_members(date: dict) -> list[str]:
    """The months or quarters of a range of one year (2015-Q1/2015-Q3 → 2015-Q1, 2015-Q2, 2015-Q3), in order."""
    value = str(date.get("value") or "")
    if match := _MONTH_RANGE.fullmatch(value):
        form = "{}-{:02d}"
    elif match := _QUARTER_RANGE.fullmatch(value):
        form = "{}-Q{}"
    else:
        return []
    if match[1] != match[3]:
        return []
    return [form.format(match[1], k) for k in range(int(match[2]), int(match[4]) + 1)]


def _period_subject_times(sentence: str, dates: list[dict], numbers: list[dict], offset: int) -> dict[int, str]:
    """(round 45) A range of months or quarters that is itself what 分别 spreads over (前三个季度分别下降9.4%、10.8%和
    13.9%; 1-3月分别增长…; 前两个月分别…): nothing but a comma or a base word stands between the range and the 分别, so
    the k-th value of the run right after it takes the k-th period, when the run has exactly as many values as the
    range has periods. A measure or a member list between (1-2月，出口、进口分别…) leaves the range one period."""
    subject = cues().pattern("period_subject_respectively")
    gap = cues().pattern("period_subject_value_gap")
    runs = _glued_runs(sentence, numbers, offset)
    times: dict[int, str] = {}
    for date in dates:
        members = _range_members(date) if offset <= date["end"] <= offset + len(sentence) else []
        if len(members) < 2 or (mark := subject.match(sentence, date["end"] - offset)) is None:
            continue
        for run in runs:
            first = run[0]["start"] - offset
            if first >= mark.end():
                if len(run) == len(members) and gap.fullmatch(sentence, mark.end(), first):
                    times.update({number["start"]: value for number, value in zip(run, members, strict=True)})
                break
    return times


def _glued_runs(sentence: str, numbers: list[dict], offset: int) -> list[list[dict]]:
    """Runs of two or more values of one unit joined only by a list's joint (6.1%、5.9%; 3.0%和5.2%)."""
    joint = cues().pattern("amount_list_joint")
    runs: list[list[dict]] = []
    for number in sorted(numbers, key=lambda n: n["start"]):
        last = runs[-1][-1] if runs else None
        if last is not None and last["unit"] == number["unit"] and joint.match(
                sentence[last["end"] - offset:number["start"] - offset]):
            runs[-1].append(number)
        else:
            runs.append([number])
    return [run for run in runs if len(run) > 1]


def _unmarked_times(sentence: str, runs: list[list[dict]], lists: list[tuple[int, list[str]]],
                    offset: int) -> dict[int, str]:
    """(round 28) Periods listed in the clause of a run of as many values, before them, with no 分别 (一、二季度规模以上
    工业增加值增长6.1%、5.9%; 2022年和2023年国内生产总值增长3.0%和5.2%): the k-th value takes the k-th period, as under
    分别; not when the words between list members of their own (1、2月原油、天然气产量…: the members take the
    values)."""
    members = cues().pattern("unmarked_list_joint")
    times: dict[int, str] = {}
    for run in runs:
        first = run[0]["start"] - offset
        lo = clause_bounds(sentence, first)[0] + offset
        for end, values in sorted(lists, key=lambda item: -item[0]):
            if (lo < end <= run[0]["start"] and len(values) == len(run)
                    and not members.search(sentence, end - offset, first)):
                times.update({number["start"]: value for number, value in zip(run, values, strict=True)})
                break
    return times


def _listed_months(text: str, date: dict) -> list[str]:
    """The months or quarters of a date that lists them with one month or quarter word (9、10月份 → 2023-09, 2023-10;
    其中一、二季度 → 2024-Q1, 2024-Q2), each a member that 分别 spreads over; none for a range written with a dash
    (9-10月), which is one period (round 21)."""
    value = str(date.get("value") or "")
    if match := _MONTH_RANGE.fullmatch(value):
        listed, form = cues().pattern("listed_months").fullmatch(text), "{}-{:02d}"
    elif match := _QUARTER_RANGE.fullmatch(value):
        listed, form = cues().pattern("listed_quarters").fullmatch(text), "{}-Q{}"
    else:
        return []
    if match[1] != match[3] or not listed:
        return []
    members = [form.format(match[1], m) for m in range(int(match[2]), int(match[4]) + 1)]
    return members if len(members) == len(cues().pattern("listed_member").findall(listed["members"])) else []


def _spread(numbers: list[dict], values: list[str], lo: int, hi: int) -> dict[int, str]:
    """The k-th value of each unit between ``lo`` and ``hi`` takes the k-th date (a unit with one value a date)."""
    by_unit: dict[str, list[dict]] = {}
    for number in numbers:
        if lo < number["start"] < hi:
            by_unit.setdefault(number["unit"], []).append(number)
    return {number["start"]: value for series in by_unit.values() if len(series) == len(values)
            for number, value in zip(series, values, strict=True)}


def _spreads_over(between: str, begin: int, end: int, numbers: list[dict]) -> bool:
    """分别 spreads over the dates listed before it when nothing else is listed or valued between them (…一月和二月
    国内航线…增长11.95%，地区航线及国际航线则分别下降: the routes are what it spreads over)."""
    return not cues().pattern("list_words").search(between) and not any(begin <= n["start"] < end for n in numbers)


def _date_lists(sentence: str, dates: list[dict], offset: int) -> list[tuple[int, list[str]]]:
    """Runs of two or more dates joined only by list words (2021年、2022年和2023年): (end of the run, values)."""
    ordered = sorted((d for d in dates if d.get("value")), key=lambda d: d["start"])
    bases = base_dates(sentence, [(d["start"] - offset, d["end"] - offset, str(d["value"])) for d in ordered])
    value_at = {d["start"] - offset: str(d["value"]) for d in ordered if d["start"] - offset not in bases}
    runs = _listed_runs(sentence, [(d["start"] - offset, d["end"] - offset) for d in ordered
                                   if d["start"] - offset in value_at])  # (分别比10月末和上年同期高: bases)
    return [(run[-1][1] + offset, [value_at[start] for start, _ in run]) for run in runs if len(run) > 1]


def _listed_runs(sentence: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The spans grouped into runs joined only by list words (2021年、2022年和2023年; 比10月末和上年同期)."""
    glue = cues().pattern("list_glue")
    runs: list[list[tuple[int, int]]] = []
    for start, end in sorted(spans):
        if runs and glue.match(sentence[runs[-1][-1][1]:start]):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return runs


def base_dates(sentence: str, placed: list[Placed]) -> set[int]:
    """Starts of the dates that are the base of a comparison: 比2010年, 从2018年的…上升至,
    与2019年同期相比 (also a list inside the frame: 与8月份、9月份相比), 是2010年的2.32倍, 为2019年同期的105%."""
    rules = cues()
    bases: set[int] = set()
    base_ends: set[int] = set()
    last_base_end = -1
    # (a frame closes after the last date of a list it opens on: 与8月份、9月份相比 → both are bases)
    run_end = {start: run[-1][1] for run in _listed_runs(sentence, [(s, e) for s, e, _v in placed])
               for start, _end in run}
    for start, end, value in sorted(placed):
        before, after = sentence[max(0, start - 4):start], sentence[end:end + 40]
        frame_end = run_end.get(start, end)
        framed = ((rules.pattern("comparison_frame_before").search(before)
                   or rules.pattern("modified_frame_before").search(sentence, max(0, start - 14), start))
                  and rules.pattern("comparison_frame_after").match(sentence[frame_end:frame_end + 40]))
        listed = last_base_end >= 0 and rules.pattern("list_glue").match(sentence[last_base_end:start])
        start_point = (rules.pattern("start_point_after").match(after)  # 自10月24日以来, 自12月5日起: when it holds
                       or rules.pattern("start_point_end").search(sentence, start, end)  # (自2010年以来: in the date)
                       or _range_frame(sentence, start, end, value))  # 自1978年到2019年，…: the span it holds over
        if (start in base_ends or framed or listed or _record_reference(sentence, start, end) is not None
                or (rules.pattern("comparison_base").search(before) and not start_point
                    and not rules.pattern("viewing_frame_after").match(after))  # 从1-8月的数值看 (round 24)
                or _modified_base(sentence, start)
                or rules.pattern("trend_base").search(before)  # 扭转1-7月…的趋势 (round 26)
                or rules.pattern("multiple_base_after").match(after)
                or rules.pattern("carryover_base_after").match(after)  # 去年价格变动的翘尾影响 (round 29)
                or (rules.pattern("adjustment_base_before").search(sentence, max(0, start - 22), start)
                    and rules.pattern("adjustment_base_after").match(sentence, end))  # 扣除去年同期…影响后 (round 30)
                or (rules.pattern("cause_base_before").search(sentence, max(0, start - 6), start)
                    and rules.pattern("cause_base_after").match(sentence, end))  # 受去年同期…基数较高影响 (round 42)
                or (rules.pattern("because_base_before").search(sentence, max(0, start - 6), start)
                    and rules.pattern("because_base_after").match(sentence, end))  # 由于…基数较低 (round 42 mend)
                or rules.pattern("bracketed_base_before").search(sentence, max(0, start - 10), start)
                or (rules.pattern("level_comparison").search(before)  # 高于上年1.0个百分点 (round 21)
                    and rules.pattern("points_gap_after").match(after))
                or (rules.pattern("joined_change_base_before").search(before)  # 与上半年回落0.2个百分点 (round 35)
                    and rules.pattern("joined_change_base_after").match(after))
                or rules.pattern("percentile_window_after").match(after)
                or (rules.pattern("valuation_basis_before").search(before)  # 按2020年不变价格 (round 24)
                    and rules.pattern("valuation_basis_after").match(after))
                or _share_of(sentence, start, end)
                or (rules.pattern("elided_frame_before").search(before)  # ，去年同期相比增长12% (round 37 mend)
                    and rules.pattern("elided_frame_after").match(after))):
            bases.add(start)  # a date right after a base (2019年同期) is part of that base, and one listed with it
            base_ends.add(end)  # (比上月末和上年同期高: both are bases)
            last_base_end = end
    return bases


def trend_starts(sentence: str, placed: list[Placed]) -> list[tuple[int, str]]:
    """The dates after a sentence's first date that a trend has run since (6月，…，今年3月以来，…连续4个月保持增长):
    (start, value) of each. The values of their clauses take them, but they are no running time of the passage
    (round 27): the sentences after it go on with the period the sentence stated first."""
    rules = cues()
    ordered = sorted(placed)
    if not ordered:
        return []
    held = months_covered(ordered[0][2])
    return [(start, value) for start, end, value in ordered[1:]
            if (rules.pattern("trend_since_after").match(sentence, end)
                or rules.pattern("trend_since_end").search(sentence[start:end]))
            and _record_reference(sentence, start, end) is None and _starts_before(value, held)]


def sub_periods(sentence: str, placed: list[Placed], whole: str | None = None) -> list[tuple[int, str]]:
    """The dates right after a breakdown's 其中 that lie inside the sentence's first period (上半年，…，其中一、二季度
    分别增长…; 上半年…，其中二季度增长…): (start, value) of each. The values after them take them, but they are no
    running time of the passage (round 27): the sentences after it go on with the whole's period. A sentence whose
    first date is itself the 其中 part breaks down the period its first value took from the passage (``whole``:
    前三季度，…。全国城镇调查失业率平均值为5.2%，其中9月份为5.1%。 → 9月份 is a part of 前三季度, round 36)."""
    ordered = sorted(placed)
    opens = cues().pattern("sub_period_opening")
    if ordered and whole and opens.search(sentence[:ordered[0][0]]):
        held, parts = months_covered(whole), ordered
    else:
        held, parts = (months_covered(ordered[0][2]) if ordered else None), ordered[1:]
    if held is None:
        return []
    return [(start, value) for start, _, value in parts
            if opens.search(sentence[:start]) and within(value, held)]


def single_days(sentence: str, placed: list[Placed]) -> set[str]:
    """The days a clause gives a single day's figure for (单日出入境最高值为8月24日的223.7万人次; 10月3日单日接待游客
    71.2万人次): the peak or highlight of a longer period, so the values they date keep them, but they are no running
    time of the passage (round 31): the sentences after it go on with the period before. Only the words next to the
    date are read (up to the clause's edge), not the sentence again for each date."""
    rules = cues()
    before, after = rules.pattern("single_day_before"), rules.pattern("single_day_after")
    return {value for start, end, value in placed
            if is_day(value) and (before.search(sentence, max(0, start - 16), start) or after.match(sentence, end))}


def breaks_down(claimed: list[str], whole: str | None) -> bool:
    """The values of a sentence all dated by two or more periods inside the passage's period (上半年…。一季度、二季度
    分别增长5.2%和5.8%。) break that period down, as a 其中 sub-period does (round 27): the sentences after it go on
    with the whole's period, not with the first or the last part (round 28)."""
    held = months_covered(whole) if whole else None
    parts = set(claimed)
    return (held is not None and len(parts) >= 2
            and all(within(part, held) and months_covered(part) != held for part in parts))


def within(value: str, held: tuple[str, str] | None) -> bool:
    """The date ``value`` covers no month outside ``held`` (a first and last month, `months_covered`)."""
    covered = months_covered(value)
    return covered is not None and held is not None and held[0] <= covered[0] and covered[1] <= held[1]


def _starts_before(value: str, held: tuple[str, str] | None) -> bool:
    """The trend's start lies before the period the sentence states first (今年3月以来 after 6月, 去年7月以来 after
    5月份); a year to date of that period's year (截至6月末，自年初以来累计…) is the period of the data, no trend's
    start."""
    began = months_covered(value)
    if began is None or held is None or (is_year(value) and value == held[0][:4]):
        return False
    return began[0] < held[0]


def trend_reach(sentence: str, placed: list[Placed]) -> dict[int, int]:
    """Where each trend start after the sentence's first date (`trend_starts`) stops dating the values after it: the
    end of its clause, or of the next one where the date ends its own (今年3月以来，原煤产量连续4个月保持增长，
    日均生产…: the run is the trend's, 日均生产 the sentence's period again; round 27)."""
    rules = cues()
    reach = {}
    for start, value in trend_starts(sentence, placed):
        end = next(e for s, e, v in placed if s == start and v == value)
        clause_end = clause_bounds(sentence, start)[1]
        alone = rules.pattern("trend_since_alone").fullmatch(sentence, end, clause_end)
        next_clause = alone and clause_end < len(sentence)
        reach[start] = clause_bounds(sentence, clause_end + 1)[1] if next_clause else clause_end
    return reach


def _range_frame(sentence: str, start: int, end: int, value: str) -> bool:
    """A range that frames its clause (自1978年到2019年，…; 从1952年~2007年间，…; round 42: also of months or days,
    自1月7日至2月15日，…): the 自/从 opens the range, so it is the span the clause's values hold over, not the base of
    a change (由2008—2013年的平均9.88%下滑至…). A range of months or days frames only after 自/从 (`range_frame_open`):
    较1—5月，增速回落… compares with it."""
    rules = cues()
    if not rules.pattern("range_frame_after").match(sentence, end):
        return False
    opened = rules.pattern("range_frame_open").search(sentence, max(0, start - 2), start + 1) is not None
    return bool(_YEAR_RANGE.fullmatch(value)) or (bool(_DATE_RANGE.fullmatch(value)) and opened)


def _modified_base(sentence: str, start: int) -> bool:
    """A base date opened by a time modifier (比协定生效前的2021年, 较疫情前的2019年): the comparison word stands
    a few words before the date, not right before it."""
    return cues().pattern("modified_base").search(sentence, max(0, start - 14), start) is not None


def _record_reference(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The record frame after a date that is a record's reference (为2021年6月以来最高, 创2019年以来同期新高): the
    value is compared with the time since then, so the date is a base, not the value's time (round 17; round 12 kept
    such a frame out of the time already: 也是自2016年第四季以來最低)."""
    rules = cues()
    found = rules.pattern("record_reference_after").match(sentence, end)
    if found is None:
        return None
    since = found.group("since") or rules.pattern("record_since_end").search(sentence[start:end])
    return found if since else None


def record_frames(sentence: str, placed: list[Placed]) -> list[tuple[int, int]]:
    """The spans of a sentence's record frames (为2022年3月以来最高, 升至2022年4月以来的最高水平: the verb that sets
    the record, its reference date and the record word): they say how the value ranks, not what it measures, so a
    metric leaves them out (全国粗钢产量为2022年3月以来最高，同比增长5.2% → 全国粗钢产量同比增长)."""
    verb = cues().pattern("record_verb_before")
    frames = []
    for start, end, _ in placed:
        found = _record_reference(sentence, start, end)
        if found is not None:
            led = verb.search(sentence, max(0, start - 4), start)
            frames.append((led.start() if led else start, found.end()))
    return frames


# The dated noun a share or multiple is of, told by a word in a reach of characters before the date and a pattern
# matched at its end (match only, at the date's end: quadratic under search() on a run of spaces): (before-pattern,
# reach, after-pattern, why), read in order by `_share_of`. A share verb right before the date (是, 恢复至: within
# `_SHARE_VERB_REACH`) also makes any share after it a base's.
_SHARE_VERB_REACH = 4
_NAMED_BASES: tuple[tuple[str, int, str, str], ...] = (
    ("share_verb_before", _SHARE_VERB_REACH, "named_multiple_of_base",
     "是2023年营收的2.7倍: the date dates the base noun"),
    ("base_verb_before", 12, "named_share_of_base",
     "相当于美国2013年科研投入总额的80%: only a base follows 相当于 (round 38)"),
    ("reached_bracket_before", 14, "bracketed_share_of_base",
     "恢复至疫情前（2019年）的76%: the bracket glosses the base (round 42)"),
    ("copula_bracket_before", 14, "bracketed_multiple_of_base",
     "为上年（2024年）同期的1.4倍, 是疫情前（2019年）的两倍: a multiple of the base (round 42 mend)"),
)


def _share_of(sentence: str, start: int, end: int) -> bool:
    """The date is the base period a share is of (2019年同期的105%, 2019年水平的85%, 恢复至2019年的80.2%), not a
    level at it (2010年的3.08%); after 相当于 or 恢复至 a dated noun's share too (相当于美国2013年科研投入总额的80%;
    the words before and after the date that tell it: `_NAMED_BASES`)."""
    rules = cues()
    gloss = rules.pattern("base_gloss_after").match(sentence, end)  # 为2019年（疫情前）的95% (round 42)
    share = rules.pattern("share_of_base").match(sentence, gloss.end() if gloss else end)
    if any(rules.pattern(before).search(sentence, max(0, start - reach), start)
           and rules.pattern(after).match(sentence, end) for before, reach, after, _ in _NAMED_BASES):
        return True
    reached = rules.pattern("share_verb_before").search(sentence, max(0, start - _SHARE_VERB_REACH), start) is not None
    return bool(share) and (share.group("word") is not None or sentence[start:end].rstrip().endswith("同期") or reached)


@lru_cache(maxsize=8)
def _all_closed_asides(content: re.Pattern[str], sentence: str,
                       placed: tuple[Placed, ...]) -> tuple[tuple[int, int], ...]:
    """The bracketed asides of the sentence, in the order they close: a date inside one (…为257.8%（2008年年末为141%）;
    …（国家统计局2023年1月17日发布）) dates the aside's values only, not the values after it; a bracket that only holds
    the clause's date (中国GDP（2021年）为…, 2022年（截至5月底）) is no such aside (``content``: `aside_content`). Found
    once per sentence and its dates (each value asked for those before it, reading the sentence up to it: round 32).
    The brackets before a closer pair alike whatever follows it, so the asides before a position are the first of
    these. Keyed by the pattern too, so new resources find them anew."""
    asides, opened = [], []
    for k, ch in enumerate(sentence):
        if ch in BRACKET_OPENERS:
            opened.append(k)
        elif ch in BRACKET_CLOSERS and opened:
            begin = opened.pop()
            dates = [(a - begin - 1, min(b, k) - begin - 1) for a, b, _ in placed if begin < a < k]
            if content.search(blank_out(sentence[begin + 1:k], dates, " ")):
                asides.append((begin, k))
    return tuple(asides)


def in_aside(sentence: str, offset: int) -> bool:
    """The position lies inside a closed bracket (…增长2%（同期为下降31.9%、一季度为增长3.5%）): a value there is an
    aside's (a base or another period's figure), and its time is no running time of the passage (round 20)."""
    depths, last_closer = _bracket_depths(sentence)
    at = slice(offset).indices(len(sentence))[1]  # (the position sentence[:offset] ends at, as a slice reads it)
    return depths[at] > 0 and last_closer >= at


@lru_cache(maxsize=8)
def _bracket_depths(sentence: str) -> tuple[tuple[int, ...], int]:
    """How many brackets are open before each position of the sentence (a closer with none open closes nothing), and
    where its last closer stands (-1: none): read once per sentence, as each of its dates and values asks `in_aside`
    (a run-on passage of thousands of characters made that a scan of the sentence per date, round 30)."""
    depths, depth, last_closer = [0] * (len(sentence) + 1), 0, -1
    for at, ch in enumerate(sentence):
        if ch in BRACKET_OPENERS:
            depth += 1
        elif ch in BRACKET_CLOSERS:
            depth -= 1 if depth else 0
            last_closer = at
        depths[at + 1] = depth
    return tuple(depths), last_closer


def prior_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The clauses that open with the same period a year earlier and give its figure (…，去年同期为1.85亿元; ；上年同期
    亏损0.8亿元): the previous period's value, whose date dates that clause only (round 24)."""
    return _prior_clauses(cues().pattern("prior_value_clause"), sentence)


@lru_cache(maxsize=8)
def _prior_clauses(pattern: re.Pattern[str], sentence: str) -> tuple[tuple[int, int], ...]:
    """`prior_clauses`, found once per sentence: every value of the sentence asks for them, twice (its time, and
    whether it sets the running time). Keyed by the pattern too, so new resources find them anew."""
    return tuple((m.start() + (1 if _CLAUSE_BREAK.match(sentence, m.start()) else 0),
                  clause_bounds(sentence, m.end() - 1)[1]) for m in pattern.finditer(sentence))


def in_prior_clause(sentence: str, offset: int) -> bool:
    """The position lies in a clause that gives the previous period's figure (`prior_clauses`): its time is no running
    time of the passage, as an aside's is not."""
    return any(begin <= offset < end for begin, end in prior_clauses(sentence))


def in_earlier_period_clause(sentence: str, offset: int, placed: list[Placed], current: str | None = None) -> bool:
    """The position lies in a clause that opens with a period ending before the sentence's first date ends and gives its
    figure with 为 (3月份，规上工业火电同比下降2.7%，1—2月份为增长9.7%；): the period before's value, set beside the
    current one, as a year-ago clause gives it (`prior_clauses`, round 24): its date dates that clause only and runs on
    into no clause or sentence after it (round 31). (Round 39) With one date only, ``current``, the time the values
    before it took from the passage, stands for the first date (11月份…。其中，…；风电增长26.6%，10月份为下降13.1%；).
    """
    lo = 1 if len(placed) >= 2 else 0
    opening = placed[0][2] if lo else current
    if not placed or opening is None:
        return False
    first = months_covered(opening)
    # (the dates are in order, and the copula holds none: only the last date ending before the value can open its
    # clause; the clause is found only for it, once the cheap tests pass)
    at = bisect.bisect_left(placed, offset, lo=lo, key=lambda d: d[0]) - 1
    while at >= lo and placed[at][1] > offset:
        at -= 1
    if first is None or at < lo:
        return False
    date = placed[at]
    held = months_covered(date[2])
    if held is None or held[1] >= first[1]:  # (mend: a cumulative period ending before the first date's end, 1-4月份
        return False  # beside 1-5月份, is an earlier one too; one ending with it, 1-5月份 beside 5月份, is none)
    begin, _ = clause_bounds(sentence, offset)
    if not (begin <= date[0] and not sentence[begin:date[0]].strip()):
        return False
    return _earlier_figure(sentence, begin, date[1], offset) is not None


def _earlier_figure(sentence: str, begin: int, date_end: int, stop: int | None = None) -> re.Match[str] | None:
    """What links an earlier period opening the clause at ``begin`` to its figure: 为 and a change word
    (…，1—2月份为增长9.7%, round 31), or (round 47) a bare change word where the clause before ends with the current
    period's figure (…同比增长1.4%，9月下降0.9%): matched up to ``stop`` whole, else from ``date_end`` on. None: the
    clause states a period of its own."""
    rules = cues()
    for name in ("earlier_period_value", "earlier_period_bare_change"):
        pattern = rules.pattern(name)
        found = pattern.match(sentence, date_end) if stop is None else pattern.fullmatch(sentence, date_end, stop)
        if found is not None and (name == "earlier_period_value" or rules.pattern("earlier_period_beside").search(
                sentence, max(0, begin - 12), begin) is not None):
            return found
    return None


def earlier_value_clauses(sentence: str, placed: list[Placed], current: str | None,
                          bases: Collection[int] = ()) -> list[tuple[int, int]]:
    """(round 46) The clauses that open with a period ending before the one the sentence reports (the date before
    them, else the passage's ``current`` time) and give that earlier period's figure with 为 (第一产业投资同比持平，
    1-4月份为下降5.4%；第二产业投资下降11.8%: the 1-4月份 is the comparison's): the date dates its own clause only,
    never the clauses after it, as a year-ago clause's does (`prior_clauses`). A base (与上年持平, 比4月份: the
    starts in ``bases``) is no period the sentence reports."""
    found: list[tuple[int, int]] = []
    reference = current
    for start, end, value in placed:
        if start in bases:
            continue
        held, ref = months_covered(value), months_covered(reference) if reference else None
        begin, close = clause_bounds(sentence, start)
        if (held is not None and ref is not None and held[1] < ref[1] and not sentence[begin:start].strip()
                and (m := _earlier_figure(sentence, begin, end)) is not None
                and sentence[m.end():m.end() + 1].isdigit()):
            found.append((begin, close))
        else:
            reference = value
    return found


def averaged_span_clauses(sentence: str, placed: list[Placed]) -> list[tuple[int, int]]:
    """(round 48) The clauses a year range opens after the sentence opened with another period, where the range dates
    an average over its years (2015年，总产出增长26.02%，“十二五”时期平均增长率为21.12%；增加值增长35.97%): the
    range dates that average only, as an aside, never the clauses after it, which go on with the sentence's period."""
    found: list[tuple[int, int]] = []
    for start, end, value in placed[1:]:
        if not _YEAR_RANGE.fullmatch(value) or placed[0][0] >= start:
            continue
        begin, close = clause_bounds(sentence, start)
        if sentence[begin:start].strip(" “”\"‘’") or not cues().pattern("span_average").search(sentence, end, close):
            continue
        found.append((begin, close))
    return found


def _restatements(sentence: str, placed: list[Placed]) -> set[int]:
    """Starts of the dates that restate the date before them (`restatement_end`): a value after them is dated by the
    one named first."""
    return {second[0] for first, second in itertools.pairwise(sorted(placed))
            if restatement_end(sentence, first, second) is not None}


def restatement_end(sentence: str, first: Placed, second: Placed, same_period: bool = True) -> int | None:
    """Where ``second`` ends as a restatement of ``first``, the date right before it: the same period in other words,
    in brackets (今年第二季（4至6月）; a base restated, 比上年同期（2021年1-5月）, is a base too; past the closing
    bracket) or after an appositive 即/亦即/也就是 (上年同期即2023年5月末: `date_appositive`, round 44; at its end).
    None where it is none: a narrower period (2021年（1-11月）) restates nothing. Without ``same_period`` any date in
    that place is the first's gloss (claim_source's `restated_dates`: 比2021年（1-11月）增长 keeps its base named,
    比2021年增长; a bracket after a base is not resolved against the base, 1-11月 there takes the anchor's year, so
    the periods cannot be compared; nor has a base 去年同期 always a value). (round 44 mend) The one test of
    `_restatements` and `restated_dates`."""
    (_, end, value), (start, after, again) = first, second
    if same_period and ((covered := months_covered(value)) is None or covered != months_covered(again)):
        return None
    rules = cues()
    if rules.pattern("restating_open").fullmatch(sentence, end, start) and (
            closed := rules.pattern("restating_close").match(sentence[after:after + 2])):
        return after + closed.end()
    if start > end and rules.pattern("date_appositive").fullmatch(sentence, end, start):
        return after
    return None


def period_before(value: str) -> str | None:
    """The period one step before a month, a quarter, a half or a year (2023-10 → 2023-09, 2023-Q1 → 2022-Q4,
    2023-H1 → 2022-H2), or a cumulative run of months or quarters one step shorter (2023-01/2023-10 →
    2023-01/2023-09, 2023-Q1/2023-Q3 → 2023-Q1/2023-Q2); else None."""
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"{int(m[1]) - 1}-H2" if m[2] == "1" else f"{m[1]}-H1"
    if m := re.fullmatch(r"(\d{4}-(?:01|Q1))/(\d{4}-(?:\d{2}|Q[1-4]))", value):
        shorter = period_before(m[2])
        return None if shorter is None or shorter < m[1] else (m[1] if shorter == m[1] else f"{m[1]}/{shorter}")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2]) - 1
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2]) - 1
        return f"{year - 1}-Q4" if quarter == 0 else f"{year}-Q{quarter}"
    if is_year(value):
        return str(int(value) - 1)
    return None


def is_year_end(period: str | None) -> bool:
    """(round 43 mend) The period ends in a year's last month (2023-12, or a span up to it): one test for the
    year-end readings of the time and the passage."""
    return bool(period) and period.endswith("-12")


def months_covered(value: str) -> tuple[str, str] | None:
    """The first and last month (or day) a date value covers: 2020-Q2 and 2020-04/2020-06 cover the same."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = months_covered(first), months_covered(last)
        return (a[0], b[1]) if a and b else None
    if is_year(value):
        return f"{value}-01", f"{value}-12"
    year, _, part = value.partition("-")
    if part[:1] in "QH" and part[1:].isdigit():
        months = 3 if part[0] == "Q" else 6
        last = int(part[1:]) * months
        return f"{year}-{last - months + 1:02d}", f"{year}-{last:02d}"
    return (value, value) if part else None


def looks_back(value: str, frame: str | None, parts: bool = True) -> bool:
    """The period ``value`` lies wholly before the ``frame`` a story stated (5月份 in a story of 6月份), or inside a
    frame of a year at most (12月份 in a review of 2023; 6月末 in a story of 6月份): a paragraph opening with it is an
    aside on an earlier period or a part of the story's, no new frame for the paragraphs after it (round 34). A later,
    broader or the same period (19日 after 18日; 1—10月 after 10月) is a frame of its own, and so is a year inside a
    span of years (过去五年，…。⏎2023年，…: the review turns to its last year). With ``parts`` false only a period
    wholly before counts (a document title's frame: a month under a year's title frames a paragraph of its own)."""
    part, held = months_covered(value), (months_covered(frame) if frame else None)
    if part is None or held is None or value == frame:
        return False
    # (bounds padded to a day, so a month compares with a day inside it: 2024-06 is no earlier than 2024-06-18)
    return _last_day(part[1]) < _first_day(held[0]) or (parts and (
        _first_day(held[0]) <= _first_day(part[0]) and _last_day(part[1]) <= _last_day(held[1])
        and held[0][:4] == held[1][:4]))


def _first_day(value: str) -> str:
    """A month's (2024-06) or a day's (2024-06-18) first day, as a string that sorts with days (2024-06-00)."""
    return value if len(value) > 7 else value + "-00"


def _last_day(value: str) -> str:
    """…and its last day (2024-06-99)."""
    return value if len(value) > 7 else value + "-99"


def named_base_dates(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The base dates a change is measured from (比2019年同期增长, 较上年末提高): a metric names them
    (…比2019年同期增长 is not …同比增长), while other dates are cut out of its phrase. The words after the base are
    read up to `named_base_after_window` characters (round 39: 较2022年最后一个交易日上涨 names a base day of seven
    characters before its verb)."""
    rules = cues()
    runs = _listed_runs(sentence, spans)  # dates listed together (比10月末和上年同期高) compare as one
    return [span for run in runs
            if ((rules.pattern("level_base").search(sentence[max(0, run[0][0] - 2):run[0][0]])
                 or _modified_base(sentence, run[0][0]))
                and rules.pattern("named_base_after").match(
                    sentence[run[-1][1]:run[-1][1] + rules.setting("named_base_after_window")]))
            or (rules.pattern("paired_base_open").search(sentence[max(0, run[0][0] - 2):run[0][0]])
                and (rules.pattern("paired_base_close").match(sentence, run[-1][1])  # 与上年同期相比 (round 29)
                     or rules.pattern("flat_base_close").match(sentence, run[-1][1])))  # 与上月持平 (round 34)
            or (rules.pattern("level_comparison").search(sentence[max(0, run[0][0] - 3):run[0][0]])
                and rules.pattern("gap_base_after").match(sentence, run[-1][1]))  # 低于上月0.3个百分点 (round 26)
            for span in run]


def _span_of(placed: list[Placed], offset: int) -> str | None:
    """A year range stated in the sentence, the nearest before the value at ``offset`` (1953-2023年…年均增速分别为…，
    2004-2023年…: the later range is the later clause's), or the span of its earliest and latest years."""
    ranges = [(end, value) for _, end, value in sorted(placed) if _YEAR_RANGE.fullmatch(value)]
    if ranges:
        return ([value for end, value in ranges if end <= offset] or [ranges[0][1]])[-1]
    years = sorted({value[:4] for _, _, value in placed if _YEAR_OR_END.fullmatch(value)})  # (2020年末…2024年末…)
    return f"{years[0]}/{years[-1]}" if len(years) > 1 else None


def passage_span(placed: list[Placed]) -> str | None:
    """A year range the sentence states (2009年-2019年): what the passage's average rates cover."""
    return next((value for _, _, value in placed if _YEAR_RANGE.fullmatch(value)), None)


def time_for(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
             fallback: str | None, span: str | None) -> str | None:
    """The date governing a value (offsets of ``placed`` are within the sentence)."""
    time = _governing_time(number, sentence, sentence_start, placed, fallback, span)
    return _year_to_date(sentence, number["start"] - sentence_start, placed, time) if time else time


_MONTH_OR_QUARTER = re.compile(r"(\d{4})-(\d{2}|Q[1-4])")


def _year_to_date(sentence: str, offset: int, placed: list[Placed], time: str) -> str:
    """A month's (a quarter's) time widened to the year so far for a value after a bare 累计 that follows the
    month's own figure (8月…进口38.2万吨、累计329.7万吨 → 2023-01/2023-08); unchanged otherwise."""
    m = _MONTH_OR_QUARTER.fullmatch(time)
    if not m or m[2] in ("01", "Q1"):
        return time
    rules = cues()
    dated = [d for d in placed if d[1] <= offset and d[2] == time]
    if not dated or any(dated[-1][1] <= d[0] < offset for d in placed):
        return time
    start, end, _ = dated[-1]
    if (rules.pattern("year_to_date_stock").search(sentence[max(0, start - 3):start])
            or rules.pattern("year_to_date_end").match(sentence[end:end + 3])):
        return time  # 截至8月底，…累计…: a stock at the month's end
    marks = [mark for mark in rules.pattern("year_to_date_mark").finditer(sentence, end, offset)
             if re.search(r"\d", sentence[end:mark.start()])]  # the month's own figure stands before 累计
    if not marks:
        return time
    first = f"{m[1]}-Q1" if m[2].startswith("Q") else f"{m[1]}-01"
    return f"{first}/{time}"


def _governing_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
                    fallback: str | None, span: str | None) -> str | None:
    """The date governing a value, before a 累计 widens it (see `time_for`)."""
    rules = cues()
    offset = number["start"] - sentence_start
    facts = _sentence_facts(sentence, placed)
    bases = facts.bases
    clause_begin, clause_end = clause_bounds(sentence, offset)
    if _averages_a_rate(sentence, clause_begin, offset, placed):
        averaged = _span_of(placed, offset) or span
        if averaged:
            return averaged
    level = level_base_time(number, sentence, sentence_start, placed)
    if level and not (fallback is None and _unanchored_turn(number, sentence, sentence_start, placed, level)):
        return level  # 較上季的28000元: the level compared with holds for the base's date
    # "2010 年的3.08%": a date just before the value governs it (a multiple's such date is its base).
    for start, end, value in placed:
        if end <= offset and rules.pattern("restating_open").fullmatch(sentence[end:offset]):
            return value  # 自2003年第三季（5.5%）以來: a value in brackets after a date is that date's, base or not
        glued = rules.pattern("date_value_glue").match(sentence[end:offset])
        compared = start in bases and not rules.pattern("change_start").search(sentence[max(0, start - 2):start])
        if end <= offset and number["kind"] != "multiple" and glued and not compared:
            return value  # (从2018年的25%: the start of a change is dated; 相当于2019年同期的85% is not)
    restating = facts.restating
    # a date inside a bracketed aside closed before the value (`_all_closed_asides`: its innermost aside closes first)
    stop = slice(offset).indices(len(sentence))[1]
    asides = [c for c in (*prior_clauses(sentence), *earlier_value_clauses(sentence, placed, fallback, bases),
                          *averaged_span_clauses(sentence, placed))
              if not c[0] <= offset < c[1]]  # (…，去年同期为X，毛利率21.5%; ，1-4月份为下降5.4%；…: round 46)
    supposed = _supposed_clauses(sentence, offset)
    usable = [d for d, closes in zip(placed, facts.aside_closes, strict=True)
              if d[0] not in bases and d[0] not in restating
              and not closes < stop and not any(a <= d[0] < b for a, b in asides + supposed)]
    now_from = max((m.start() for m in rules.pattern("present_clause").finditer(sentence, 0, offset)), default=-1)
    if now_from < 0 and facts.present_until >= clause_end:
        now_from = 0  # 。目前全国大中型水库蓄水量…: now; 。当前，…，餐饮收入同比增长3.2%: the month before (round 35)
    if now_from >= 0:  # ，目前持股市值占比约3%: now; an earlier clause's date (开通于2016年12月5日) dates none of it
        usable, fallback = [d for d in usable if d[0] > now_from], None
    started = [d for d in placed if clause_begin <= d[0] < offset
               and rules.pattern("change_start").search(sentence[max(0, d[0] - 2):d[0]])]
    if started:
        # 从2018年的25%上升至45%: the start's date is no date of the end point; a date the sentence opens with (2023年，
        # 占比由上年末的33.3%提升至46.6%) or the passage's time dates it as it dates the sentence's other values;
        # so does a date of the clause before the start's (8月份CPI环比由上月下降0.1%转为上涨0.4%: round 26)
        leading = [d for d in usable if clause_begin <= d[0] and d[1] <= started[0][0]]
        return (leading[-1][2] if leading else None) or opening_time(
            sentence, [d for d in usable if d[1] <= clause_begin]) or fallback
    in_clause = [d for d in usable if clause_begin <= d[0] and d[1] <= clause_end]
    if in_clause and _undated_start(sentence, clause_begin, offset, number["end"] - sentence_start, in_clause[0]):
        return None  # 由76.3岁提高到2023年的79.1岁: the end's date; the start holds for a time the text does not name
    closing = None if in_clause else _closing_bracket_date(sentence, clause_end, usable)
    if closing:
        return closing  # 用户达到2.07亿户（截至27日）: a bracket of only a date closing the clause dates it (round 30)
    if not in_clause:
        starts = [d for d in placed if d[0] in bases and d[1] <= clause_begin
                  and rules.pattern("change_start").search(sentence[max(0, d[0] - 2):d[0]])]  # 从2012年的…到2021年的
        paired = _pair_time(sentence, clause_begin, offset,
                            sorted(starts + [d for d in usable if d[1] <= clause_begin]))
        if paired:
            return paired
    before = [d for d in usable if d[1] <= offset]
    reach = facts.reach  # (6月，…，自去年7月以来降幅扩大，销售额下降24.5%: 6月, round 27)
    before = [d for d in before if reach.get(d[0], len(sentence)) > offset] or before
    for candidates in (in_clause, before):
        if candidates:
            preceding = [d for d in candidates if d[1] <= offset]
            chosen = preceding[-1] if preceding else candidates[0]
            if candidates is before and _year_end_aside(sentence, chosen, usable, clause_begin, offset):
                return chosen[2][:4]
            return chosen[2]
    return fallback


def _year_end_aside(sentence: str, chosen: Placed, usable: list[Placed], clause_begin: int, offset: int) -> bool:
    """(round 43) A year's end (年末, `year_end_word`) an earlier clause names inside a sentence that named its year
    before it (全年…，年末城镇调查失业率降到5.5%，居民消费价格上涨2%) dates that clause only: a later clause opening a
    subject of its own with a change (`year_end_later_change`), not a stock's (`stock_metric`), is the year's. A flow
    named with a stock's word (货物进出口总额, 经济总量: `flow_total_metric`; 社会消费品零售总额:
    `dealing_flow_metric`) is no stock (round 43 mend)."""
    start, end, value = chosen
    rules = cues()
    if not (len(value) == 7 and is_year_end(value) and rules.pattern("year_end_word").search(sentence, start, end)):
        return False
    if not any(d[1] <= start and d[2] == value[:4] for d in usable):
        return False
    later = rules.pattern("year_end_later_change").match(sentence[clause_begin:offset])
    if later is None:
        return False
    subject = later["subject"]
    return not rules.pattern("stock_metric").search(subject) or bool(
        rules.pattern("flow_total_metric").search(subject) or rules.pattern("dealing_flow_metric").search(subject))


class _SentenceFacts(NamedTuple):
    """What `_governing_time` reads of a sentence and its dates whatever the value: the bases (`base_dates`), the
    restated dates (`_restatements`), and per date where the innermost closed aside holding it closes (a date inside
    an aside closed before the value dates only the aside's values; `_all_closed_asides`; the sentence's length
    when none holds it)."""

    bases: frozenset[int]
    restating: frozenset[int]
    aside_closes: tuple[int, ...]
    reach: Mapping[int, int]  # `trend_reach` (read only)
    ordered: tuple[Placed, ...]  # the dates in order
    level_candidates: tuple[int, ...]  # which of them `level_base_time` can return (`_level_candidates`)
    present_until: int  # a sentence opening with `present_opening`: where its first `present_period_change` starts
    # (its length when none); -1 for any other sentence


def _sentence_facts(sentence: str, placed: list[Placed]) -> _SentenceFacts:
    """`_SentenceFacts`, found once per sentence and its list of dates: each value asked for them anew, each a read of
    all the sentence's dates (a one-line document of dated groups, 年末人口100万人（包括3万人的流动人口）…, took 188 s
    for 1,250 values: round 34). A thread's memo of the last sentence and dates list (kept, so
    its identity cannot pass to another), its length and the cues it was read with."""
    rules = cues()
    memo = getattr(_FACTS_MEMO, "last", None)
    if not (memo and memo[0] is sentence and memo[1] is placed and memo[2] == len(placed) and memo[3] is rules):
        asides = _all_closed_asides(rules.pattern("aside_content"), sentence, tuple(placed))
        ordered = tuple(sorted(placed))
        facts = _SentenceFacts(frozenset(base_dates(sentence, placed)), frozenset(_restatements(sentence, placed)),
                               innermost_closes([d[0] for d in placed], asides, len(sentence)),
                               MappingProxyType(trend_reach(sentence, placed)), ordered,
                               _level_candidates(sentence, ordered), _present_until(sentence))
        memo = (sentence, placed, len(placed), rules, facts)
        _FACTS_MEMO.last = memo
    return memo[4]


_FACTS_MEMO = threading.local()  # per thread: the last sentence, its dates list, their number, the cues and the facts


def _present_until(sentence: str) -> int:
    """`_SentenceFacts.present_until`: a sentence opening with 目前/当前 (`present_opening`) holds for now up to its
    first change against the period before (`present_period_change`: 同比, 比上月), which keeps the passage's time."""
    rules = cues()
    if not rules.pattern("present_opening").match(sentence):
        return -1
    change = rules.pattern("present_period_change").search(sentence)
    return change.start() if change else len(sentence)


def _level_candidates(sentence: str, ordered: Sequence[Placed]) -> tuple[int, ...]:
    """The indices of the dates `level_base_time` can return, by what stands around the date alone: each of its
    returns needs a base word before the date (level_base, level_comparison), a comparison frame around it
    (`_framed_level`), a change's start before it (change_start), or a restated base before it; the rest of each test
    reads the text up to the value. The others are skipped for every value (they would be read for each)."""
    rules = cues()
    found = []
    for k, (start, end, _) in enumerate(ordered):
        if (rules.pattern("level_base").search(sentence[max(0, start - 2):start])
                or rules.pattern("level_comparison").search(sentence[max(0, start - 3):start])
                or _framed_level(sentence, start, end) is not None
                or rules.pattern("change_start").search(sentence[max(0, start - 2):start])
                or (k and rules.pattern("restating_open").fullmatch(sentence[ordered[k - 1][1]:start])
                    and rules.pattern("level_base").search(
                        sentence[max(0, ordered[k - 1][0] - 2):ordered[k - 1][0]]))):
            found.append(k)
    return tuple(found)


def innermost_closes(starts: Sequence[int], spans: Sequence[tuple[int, int]], none: int) -> tuple[int, ...]:
    """For each start, the least end of the ``spans`` (nested or apart, as brackets are) with ``begin <= start < end``,
    or ``none``: a span holding the start closes before a position exactly when its least end does, so one sweep
    replaces a scan of all the spans per start and position."""
    ordered = sorted(spans, key=lambda span: (span[0], -span[1]))
    closes = dict.fromkeys(starts, none)
    opened: list[tuple[int, int]] = []
    k = 0
    for start in sorted(set(starts)):
        while k < len(ordered) and ordered[k][0] <= start:
            opened.append(ordered[k])
            k += 1
        held = [span for span in opened if start < span[1]]
        opened = held
        if held:
            closes[start] = min(end for _, end in held)
    return tuple(closes[start] for start in starts)


def _undated_start(sentence: str, clause_begin: int, offset: int, value_end: int, first: Placed) -> bool:
    """The value starts a from–to change (由76.3岁…) and its clause's first date comes after it, right after the
    change's end marker (提高到2023年的79.1岁): that date is the end's, and the start holds for an earlier time the text
    does not name, so it has none (round 31).
    A start with a date of its own (由2013年的76.3岁) is dated before this is read."""
    rules = cues()
    return (first[0] > offset
            and rules.pattern("pair_start_before").search(
                sentence, max(clause_begin, offset - _PAIR_START_REACH), offset) is not None
            and rules.pattern("pair_end_date_before").fullmatch(sentence, value_end, first[0]) is not None)


def _closing_bracket_date(sentence: str, clause_end: int, usable: list[Placed]) -> str | None:
    """The date of a bracket that opens where the value's clause ends and holds only that date (…达2.07亿户（截至27日）,
    …为1.48亿户（数据截至5月31日）): round 10's bracket of only a date dates its clause, also after the value."""
    if clause_end >= len(sentence) or sentence[clause_end] not in BRACKET_OPENERS:
        return None
    rules = cues()
    for start, end, value in usable:
        if start > clause_end + 12:
            break
        if (start > clause_end and rules.pattern("closing_date_lead").fullmatch(sentence, clause_end, start)
                and rules.pattern("closing_date_tail").match(sentence, end)):
            return value
    return None


def _supposed_clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    """The clauses a hypothetical opens (如果剔除掉2010年的反弹，…) other than the value's own: a date inside one is
    supposed, so it dates no fact outside it (round 20)."""
    return [(begin, end) for begin, end in _hypothetical_clauses(sentence) if not begin <= offset < end]


@cleared_with_resources
@lru_cache(maxsize=64)
def _hypothetical_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's hypothetical clauses, found once per sentence (round 34: each value of a one-line
    document searched the whole sentence for them again)."""
    return tuple((m.start(), m.end()) for m in cues().pattern("hypothetical_clause").finditer(sentence))


def _pair_time(sentence: str, clause_begin: int, offset: int, earlier: list[Placed]) -> str | None:
    """The time of a value of a from–to pair whose clause has no date (…由1.91%提高至2.44%): the start value holds for
    the first of the two dates before it in the sentence, the end value for the last, or for the ends of a year range
    there (2008—2020年间, written with its years: a plan's period, “十三五”期间, stays the time of both); else None (the
    usual nearest date then dates both)."""
    rules = cues()
    start = rules.pattern("pair_start_before").search(
        sentence, max(clause_begin, offset - _PAIR_START_REACH), offset) is not None
    end = rules.pattern("pair_end_before").search(sentence, clause_begin, offset) is not None
    if not (start or end) or not earlier:
        return None
    ends = _YEAR_RANGE.fullmatch(earlier[-1][2])
    if ends and not _YEAR.search(sentence[earlier[-1][0]:earlier[-1][1]]):
        return None  # (“十三五”期间，…由1616.3公里增加到2288.6公里: a plan's period names no year, its ends are none)
    if ends:
        first, last = ends[1], ends[2]
    elif len(earlier) > 1:
        first, last = earlier[-2][2], earlier[-1][2]
        if len(first) != len(last) or "/" in first + last or first >= last:
            return None
    else:
        return None
    return first if start else last


def _averages_a_rate(sentence: str, begin: int, offset: int, placed: list[Placed]) -> bool:
    """The clause before the value names an average over years (年均增长, 复合增长率), not the year's mean of a level
    (PM2.5年均浓度, pH年均值: that year's level, whose comparison base makes no span), nor a date's 年 and a mean after
    it (2008—2013年平均缺口: the range's own mean, dated by the range)."""
    rules = cues()
    level, normal = rules.pattern("annual_mean_level"), rules.pattern("long_term_mean_before")
    return any(not level.match(sentence, found.end()) and not any(a <= found.start() < b for a, b, _ in placed)
               and not normal.search(sentence, max(0, found.start() - 2), found.start())  # 比多年平均偏多: a base
               for found in rules.pattern("annual_average").finditer(sentence, begin, offset))


def level_base_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed]) -> str | None:
    """The date of a value that is the level compared with (增速较2016年的6.7%略低, 較上季的28000元下跌9%):
    that value holds for that date. It says nothing of when the sentence's other values hold."""
    if number["kind"] == "multiple":
        return None
    rules = cues()
    offset = number["start"] - sentence_start
    facts = _sentence_facts(sentence, placed)
    ordered = facts.ordered
    gap = number.get("unit") in rules.setting("gap_units")
    for k in facts.level_candidates:  # (a date that is none returns no value: it is not read again per value)
        start, end, value = ordered[k]
        if end > offset:
            continue
        between = sentence[end:offset]
        if gap and rules.pattern("gap_after_base").match(between):
            continue  # 高于2015年4.9个百分点: the gap to the base, not the base's level (round 21)
        glued = rules.pattern("date_value_glue").match(between) or (
            rules.pattern("base_level_glue").match(between) and not rules.pattern("change_words").search(between))
        if glued and (rules.pattern("level_base").search(sentence[max(0, start - 2):start])
                      or rules.pattern("level_comparison").search(sentence[max(0, start - 3):start])):
            return value  # (较2023年春节档的67.65亿元: the period word the base date opens is part of the base)
        if _framed_level(sentence, start, end) == offset:  # 与2010年第六次全国人口普查的7865.99万人相比
            return value
        if _turn_start(number, sentence, sentence_start, start, between):
            return value  # 由上月下降0.2%转为上涨…: the change the turn starts from holds for its date (round 26)
        # 較上季（1至3月）的5.4%: the base restated in brackets, then its level
        if (k and rules.pattern("restating_close").match(between)
                and rules.pattern("date_value_glue").match(between.lstrip().lstrip("）)"))
                and rules.pattern("restating_open").fullmatch(sentence[ordered[k - 1][1]:start])
                and rules.pattern("level_base").search(sentence[max(0, ordered[k - 1][0] - 2):ordered[k - 1][0]])):
            return value
    return None


def _turn_start(number: dict, sentence: str, sentence_start: int, start: int, between: str) -> bool:
    """The value is the change a turn starts from, right after 由 and a date (由上月下降0.2%转为上涨0.3%: round 26)."""
    rules = cues()
    return bool(rules.pattern("transition_from_glue").match(between)
                and rules.pattern("change_start").search(sentence[max(0, start - 2):start])
                and rules.pattern("transition_turn_after").match(sentence, number["end"] - sentence_start))


def _unanchored_turn(number: dict, sentence: str, sentence_start: int, placed: list[Placed], level: str) -> bool:
    """The turn's start date is the sentence's first and no passage time stands before it: a 上月 counted from the
    document date names the month reported (round 24), not the month before it, so it dates no start of a turn."""
    first = min(placed, default=None)
    offset = number["start"] - sentence_start
    return (first is not None and first[2] == level and first[1] <= offset
            and _turn_start(number, sentence, sentence_start, first[0], sentence[first[1]:offset]))


def _framed_level(sentence: str, start: int, end: int) -> int | None:
    """Where the base's level starts in a comparison frame around a date (与2010年第六次全国人口普查的7865.99万人相比,
    与2021年的80亿元相比), else None."""
    rules = cues()
    if not rules.pattern("comparison_frame_before").search(sentence[max(0, start - 4):start]):
        return None
    frame = rules.pattern("comparison_frame_after").match(sentence[end:end + 40])
    return end + frame.start("level") if frame and frame.group("level") else None


def sentence_time(sentence: str, placed: list[Placed]) -> str | None:
    """The first date of a sentence that is no comparison base: what it states for what follows."""
    bases = base_dates(sentence, placed)
    return next((value for start, _, value in placed if start not in bases), None)


def sole_time(sentence: str, placed: list[Placed]) -> str | None:
    """The one time a sentence that claims nothing states for the continuation after it (round 28): a sentence naming
    several periods (在08年和15年熊市中提前离场，在11至13年…也进行了空仓处理。同时，年化波动率下降为19.64%) lends
    none of them to the figures of the next, which hold for no single one of those periods."""
    bases = base_dates(sentence, placed)
    stated = {value for start, _, value in placed if start not in bases}
    return stated.pop() if len(stated) == 1 else None


def opening_time(sentence: str, placed: list[Placed], lead: int = 0) -> str | None:
    """The time a sentence opening with a date states for the paragraph (2020年，… / 截至2019年，…); ``lead``: the end
    of the organisation the sentence opens with, which may stand before that date (中国电信2023年经营收入…)."""
    if not placed:
        return None
    start, _, value = placed[0]
    if (0 < lead <= start and cues().pattern("organisation_opener").fullmatch(sentence[lead:start])
            and start not in base_dates(sentence, placed[:1])):
        return value
    if not cues().pattern("passage_opener").fullmatch(sentence[:start]) or start in base_dates(sentence, placed[:1]):
        return _clause_of_its_own(sentence, placed)
    return value


def dateline_opening(sentence: str, placed: list[Placed]) -> bool:
    """The sentence opens with a date standing as a clause of its own (6月18日，…; 22日早盘，…; 前三季度，…): a
    dateline or a frame stated once for the data after it, not a date inside the sentence's subject (2021年3月LPR
    报价出炉). A lead-in clause of `passage_opener` may come first (round 32: 据杭州海关统计，今年上半年，…; 从产品看，
    前10个月，…): the date still frames the data; not a target date (到2035年，…将达到…: a horizon)."""
    if not placed:
        return False
    start, end, _ = placed[0]
    _, clause_end = clause_bounds(sentence, start)
    # (round 34: a newspaper dateline and by-line may stand before it: 本报北京6月30日讯 记者王芳报道：…，6月份，…)
    outlet = cues().pattern("dateline_outlet").match(sentence, 0, start)
    return (clause_end < len(sentence) and not cues().pattern("horizon_dateline").search(sentence, 0, start)
            and cues().pattern("dateline_part_of_day").fullmatch(sentence, end, clause_end) is not None
            and cues().pattern("passage_opener").fullmatch(sentence[outlet.end() if outlet else 0:start]) is not None)


def is_day(value: str) -> bool:
    """The date value names one day (2024-09-18), not a month, a quarter or a range."""
    return bool(_DAY.fullmatch(value))


def is_year(value: str) -> bool:
    """The date value names one whole year (2024), not a month, a quarter, a half, a day or a range (2017/2021)."""
    return bool(_YEAR.fullmatch(value))


def lede_time(sentence: str, placed: list[Placed]) -> str | None:
    """A paragraph's first sentence with no value and one date, a day, that tells how a market moved
    (纽约股市三大股指17日涨跌不一。A股17日涨跌互现。) is a news lede: its day is the time of the data its paragraph
    goes on describing (an event's day, 于2019年5月16日被列入…, is none)."""
    if not cues().pattern("market_lede").search(sentence):
        return None
    bases = base_dates(sentence, placed)
    dated = [value for start, _, value in placed if start not in bases]
    return dated[0] if len(dated) == 1 and _DAY.fullmatch(dated[0]) else None


def _clause_of_its_own(sentence: str, placed: list[Placed]) -> str | None:
    """A date standing as a clause of its own (以某指数为例，2013.01-2024.07，…) frames the data
    that follows like an opening date does; a date inside a clause (于2019年开通) does not."""
    opener = cues().pattern("passage_opener")
    bases = base_dates(sentence, placed)
    for start, end, value in placed:
        begin, clause_end = clause_bounds(sentence, start)
        if (start not in bases and begin > 0 and opener.fullmatch(sentence[begin:start])
                and not sentence[end:clause_end].strip() and clause_end < len(sentence)
                and sentence[clause_end] in "，,"):
            return value
    return None


def is_a_sanction(metric: str, sentence_before: str) -> bool:
    """A value a decision imposes (对当事人罚款600万元, 并处以540万元罚款, 没收业务收入180万元): its metric names a
    sanction and its sentence imposes one (not a year's total of fines, 罚没款金额)."""
    rules = cues()
    return bool(rules.pattern("sanction_metric").search(metric)
                and rules.pattern("sanction_act").search(sentence_before))


def sanction_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
                  carried: tuple[str | None, ...]) -> str | None:
    """The time of a sanction: a date of its own clause that is no base of the fine (处以其2019年销售额4%的罚款: the
    year dates the turnover), else the decision's month or day in the sentence or carried (``carried``: the passage's
    times), never a period of the findings (经查，2018年至2021年…)."""
    rules = cues()
    offset = number["start"] - sentence_start
    begin, end = clause_bounds(sentence, offset)
    own = [value for start, stop, value in placed
           if begin <= start and stop <= end
           and not (rules.pattern("sanction_base_before").search(sentence[max(0, start - 4):start])
                    and rules.pattern("sanction_base_after").match(sentence[stop:stop + 16]))]
    if own:
        return own[0]
    before = [value for _, stop, value in placed if stop <= offset]
    day = rules.pattern("decision_time")
    return next((value for value in [*reversed(before), *carried] if value and day.match(value)), None)
