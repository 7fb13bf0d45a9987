"""Clauses whose date dates only themselves (claim_time): a bracketed aside, a year-ago clause (去年同期为…), an
earlier period's figure set beside the current one (1-4月份为下降5.4%), a span's average (“十二五”时期平均增长率为…) and
a hypothetical (如果剔除掉2010年的反弹): their dates date neither the values after them nor the passage."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from pipeline.chars import blank_out
from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.clauses import _CLAUSE_BREAK, BRACKET_CLOSERS, BRACKET_OPENERS, clause_bounds
from pipeline.extract.claim_times.periods import _YEAR_RANGE, Placed, months_covered
from pipeline.resources import cleared_with_resources


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
