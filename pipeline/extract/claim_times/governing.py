"""The date governing a claimed value (claim_time's `time_for`): a reader per special case tried in turn, then
the nearest usable date of its clause or before it, then the passage's time; a 累计 widens a month to the year so
far."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.asides import (
    _supposed_clauses,
    earlier_value_clauses,
    prior_clauses,
)
from pipeline.extract.claim_times.clauses import BRACKET_OPENERS, clause_bounds
from pipeline.extract.claim_times.facts import _sentence_facts, _SentenceFacts
from pipeline.extract.claim_times.levels import _unanchored_turn, level_base_time
from pipeline.extract.claim_times.passage import opening_time
from pipeline.extract.claim_times.periods import _YEAR, _YEAR_OR_END, _YEAR_RANGE, Placed, is_year_end

# how far before a value its from–to 从/由 may stand: 由, or 从每人每年的 (round 43: a per-unit word between them)
_PAIR_START_REACH = 8


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


# A reader's verdict: ``(time,)`` once it has decided (``time`` None: the value has a time the text does not name),
# None where its case does not hold and the next reader is asked.
_Verdict = tuple[str | None] | None


class _ValueAt(NamedTuple):
    """A value asked for its time, and what every reader of `_governing_time` reads of it: its offset in the sentence,
    the sentence's facts (`_sentence_facts`) and the bounds of its clause."""

    number: dict
    sentence: str
    sentence_start: int
    placed: list[Placed]
    fallback: str | None  # the passage's time
    span: str | None  # the passage's year range (for an average rate)
    offset: int
    facts: _SentenceFacts
    clause_begin: int
    clause_end: int


class _Usable(NamedTuple):
    """The dates left to date a value once its own readers (`_OWN_DATE_READERS`) found none (`_usable_dates`): those
    no base, restatement, aside or supposed clause holds, and the passage's time (None after a present clause)."""

    at: _ValueAt
    dates: list[Placed]
    fallback: str | None
    in_clause: list[Placed]  # the usable dates inside the value's clause


def _governing_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
                    fallback: str | None, span: str | None) -> str | None:
    """The date governing a value, before a 累计 widens it (see `time_for`): the readers of a date that is the value's
    own (`_OWN_DATE_READERS`) in turn, then, over the dates left usable, the readers of a change's ends and brackets
    (`_USABLE_READERS`), then the nearest usable date (`_nearest_time`)."""
    at = _value_at(number, sentence, sentence_start, placed, fallback, span)
    for read in _OWN_DATE_READERS:
        if (verdict := read(at)) is not None:
            return verdict[0]
    usable = _usable_dates(at)
    for read_usable in _USABLE_READERS:
        if (verdict := read_usable(usable)) is not None:
            return verdict[0]
    return _nearest_time(usable)


def _value_at(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
              fallback: str | None, span: str | None) -> _ValueAt:
    """`_ValueAt`: what the readers share, read once per value (the facts once per sentence)."""
    offset = number["start"] - sentence_start
    facts = _sentence_facts(sentence, placed)
    clause_begin, clause_end = clause_bounds(sentence, offset)
    return _ValueAt(number, sentence, sentence_start, placed, fallback, span, offset, facts, clause_begin, clause_end)


def _average_rate_time(at: _ValueAt) -> _Verdict:
    """An average over years (年均增长, 复合增长率) holds for the span it averages: the year range nearest before the
    value (`_span_of`), else the passage's (``span``)."""
    if _averages_a_rate(at.sentence, at.clause_begin, at.offset, at.placed):
        averaged = _span_of(at.placed, at.offset) or at.span
        if averaged:
            return (averaged,)
    return None


def _level_time(at: _ValueAt) -> _Verdict:
    """The level a value is compared with holds for the base's date (`level_base_time`), unless the turn it starts
    is dated by the sentence's first date with no passage time before it (`_unanchored_turn`)."""
    number, sentence, sentence_start, placed, fallback = (at.number, at.sentence, at.sentence_start, at.placed,
                                                          at.fallback)
    level = level_base_time(number, sentence, sentence_start, placed)
    if level and not (fallback is None and _unanchored_turn(number, sentence, sentence_start, placed, level)):
        return (level,)  # 較上季的28000元: the level compared with holds for the base's date
    return None


def _glued_date_time(at: _ValueAt) -> _Verdict:
    """"2010 年的3.08%": a date just before the value governs it (a multiple's such date is its base)."""
    rules = cues()
    number, sentence, placed, offset, bases = at.number, at.sentence, at.placed, at.offset, at.facts.bases
    for start, end, value in placed:
        if end <= offset and rules.pattern("restating_open").fullmatch(sentence[end:offset]):
            return (value,)  # 自2003年第三季（5.5%）以來: a value in brackets after a date is that date's, base or not
        glued = rules.pattern("date_value_glue").match(sentence[end:offset])
        compared = start in bases and not rules.pattern("change_start").search(sentence[max(0, start - 2):start])
        if end <= offset and number["kind"] != "multiple" and glued and not compared:
            return (value,)  # (从2018年的25%: the start of a change is dated; 相当于2019年同期的85% is not)
    return None


# the readers of a date that is the value's own, tried in turn before the usable dates are found
_OWN_DATE_READERS: tuple[Callable[[_ValueAt], _Verdict], ...] = (_average_rate_time, _level_time, _glued_date_time)


def _usable_dates(at: _ValueAt) -> _Usable:
    """The dates that may date the value: no base, no restatement, none inside an aside closed before it or a clause
    that dates itself only (a year-ago, an earlier period's or an average's clause; a hypothetical), and after a
    present clause (目前, 当前) only those after it, with no passage time."""
    rules = cues()
    sentence, placed, offset, facts, fallback = at.sentence, at.placed, at.offset, at.facts, at.fallback
    bases = facts.bases
    restating = facts.restating
    # a date inside a bracketed aside closed before the value (`_all_closed_asides`: its innermost aside closes first)
    stop = slice(offset).indices(len(sentence))[1]
    asides = [c for c in (*prior_clauses(sentence), *earlier_value_clauses(sentence, placed, fallback, bases),
                          *facts.averaged)
              if not c[0] <= offset < c[1]]  # (…，去年同期为X，毛利率21.5%; ，1-4月份为下降5.4%；…: round 46)
    supposed = _supposed_clauses(sentence, offset)
    usable = [d for d, closes in zip(placed, facts.aside_closes, strict=True)
              if d[0] not in bases and d[0] not in restating
              and not closes < stop and not any(a <= d[0] < b for a, b in asides + supposed)]
    now_from = max((m.start() for m in rules.pattern("present_clause").finditer(sentence, 0, offset)), default=-1)
    # (round 49) 春运前20天，…; 节前，…; 近三年，…: a window counted from a holiday or back from now, which no earlier
    # date nor the passage's time dates
    now_from = max((m.start() for m in rules.pattern("unnamed_window_clause").finditer(sentence, 0, offset)),
                   default=now_from)
    if now_from < 0 and facts.present_until >= at.clause_end:
        now_from = 0  # 。目前全国大中型水库蓄水量…: now; 。当前，…，餐饮收入同比增长3.2%: the month before (round 35)
    if now_from >= 0:  # ，目前持股市值占比约3%: now; an earlier clause's date (开通于2016年12月5日) dates none of it
        usable, fallback = [d for d in usable if d[0] > now_from], None
    in_clause = [d for d in usable if at.clause_begin <= d[0] and d[1] <= at.clause_end]
    return _Usable(at, usable, fallback, in_clause)


def _change_end_time(view: _Usable) -> _Verdict:
    """The end point of a change whose start is dated in its clause (从2018年的25%上升至45%) takes no date of the start:
    a usable date of the clause before the start's, a date the sentence opens with, or the passage's time."""
    rules = cues()
    at, usable, fallback = view.at, view.dates, view.fallback
    sentence, placed, offset, clause_begin = at.sentence, at.placed, at.offset, at.clause_begin
    started = [d for d in placed if clause_begin <= d[0] < offset
               and rules.pattern("change_start").search(sentence[max(0, d[0] - 2):d[0]])]
    if started:
        # 从2018年的25%上升至45%: the start's date is no date of the end point; a date the sentence opens with (2023年，
        # 占比由上年末的33.3%提升至46.6%) or the passage's time dates it as it dates the sentence's other values;
        # so does a date of the clause before the start's (8月份CPI环比由上月下降0.1%转为上涨0.4%: round 26)
        leading = [d for d in usable if clause_begin <= d[0] and d[1] <= started[0][0]]
        return ((leading[-1][2] if leading else None) or opening_time(
            sentence, [d for d in usable if d[1] <= clause_begin]) or fallback,)
    return None


def _undated_start_time(view: _Usable) -> _Verdict:
    """A from–to change's start value whose clause dates only the change's end has no time (`_undated_start`)."""
    at, in_clause = view.at, view.in_clause
    if in_clause and _undated_start(at.sentence, at.clause_begin, at.offset, at.number["end"] - at.sentence_start,
                                    in_clause[0]):
        # 由76.3岁提高到2023年的79.1岁: the end's date; the start holds for a time the text does not name
        return (None,)
    return None


def _closing_bracket_time(view: _Usable) -> _Verdict:
    """A clause with no usable date of its own, closed by a bracket of only a date (`_closing_bracket_date`)."""
    closing = None if view.in_clause else _closing_bracket_date(view.at.sentence, view.at.clause_end, view.dates)
    if closing:
        # 用户达到2.07亿户（截至27日）: a bracket of only a date closing the clause dates it (round 30)
        return (closing,)
    return None


def _pair_member_time(view: _Usable) -> _Verdict:
    """A value of a from–to pair in a clause with no usable date of its own (the test `_closing_bracket_time` made
    before it) takes the start's or the end's date of the dates before the clause (`_pair_time`)."""
    rules = cues()
    at, usable = view.at, view.dates
    sentence, placed, offset, clause_begin, bases = at.sentence, at.placed, at.offset, at.clause_begin, at.facts.bases
    if not view.in_clause:
        starts = [d for d in placed if d[0] in bases and d[1] <= clause_begin
                  and rules.pattern("change_start").search(sentence[max(0, d[0] - 2):d[0]])]  # 从2012年的…到2021年的
        paired = _pair_time(sentence, clause_begin, offset,
                            sorted(starts + [d for d in usable if d[1] <= clause_begin]))
        if paired:
            return (paired,)
    return None


# the readers over the usable dates, tried in turn before the nearest usable date is taken
_USABLE_READERS: tuple[Callable[[_Usable], _Verdict], ...] = (
    _change_end_time, _undated_start_time, _closing_bracket_time, _pair_member_time)


def _nearest_time(view: _Usable) -> str | None:
    """The usable date nearest before the value in its clause (else its clause's first), else the nearest before the
    value whose trend reaches it (`trend_reach`), a year-end aside's year read as the year (`_year_end_aside`); else
    the passage's time."""
    at, usable, in_clause, fallback = view.at, view.dates, view.in_clause, view.fallback
    sentence, offset, clause_begin, facts = at.sentence, at.offset, at.clause_begin, at.facts
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


def _span_of(placed: list[Placed], offset: int) -> str | None:
    """A year range stated in the sentence, the nearest before the value at ``offset`` (1953-2023年…年均增速分别为…，
    2004-2023年…: the later range is the later clause's), or the span of its earliest and latest years."""
    ranges = [(end, value) for _, end, value in sorted(placed) if _YEAR_RANGE.fullmatch(value)]
    if ranges:
        return ([value for end, value in ranges if end <= offset] or [ranges[0][1]])[-1]
    years = sorted({value[:4] for _, _, value in placed if _YEAR_OR_END.fullmatch(value)})  # (2020年末…2024年末…)
    return f"{years[0]}/{years[-1]}" if len(years) > 1 else None
