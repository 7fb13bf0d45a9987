"""分别 spreads: the members a 分别 (or a slash, or an unmarked glued list) spreads over its values, memoised."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, TypeVar

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric import clean, ends_in_metric_head, list_heads, list_members
from pipeline.extract.claim_time import clause_bounds
from pipeline.extract.claims.chunks import chunk_bounds, list_chunk, period_member, spread_series
from pipeline.resources import cleared_with_resources


class _Spread(NamedTuple):
    """A list of members a 分别 (or a slash series) spreads its values over."""

    chunk: str  # the text before the 分别, from the last value before it: the members' list
    values: list[dict]  # the values it spreads over
    earlier: str | None  # the text before the sentence's previous 分别 (None if there is none)
    named: str  # the metric named between 分别 and the values, without its change word
    earlier_named: str  # the metric named after the previous 分别
    earlier_at: int = -1  # where ``earlier``, stripped, starts in the text (round 36 mend: found once, no search back)


def respectively_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """The text before the 分别 that governs a value at ``offset`` (from the last value before it:
    国内上升5%、地区和国际分别下降…), the values it spreads over (those of its clause, or a list glued
    by 、和 across commas), the text before the sentence's previous 分别 (None if there is none), the
    metric named between 分别 and the values (分别实现营业收入x、y), without its change word, and the one named
    after the previous 分别 (与欧盟、东盟分别进出口x、y，分别增长u、v: 进出口, round 24)."""
    marks = sorted([*cues().pattern("respectively").finditer(text, 0, offset),
                    *(m for m in _all_matches(cues().pattern("compound_pair_verb"), text) if m.end() <= offset)],
                   key=lambda m: m.start())
    if not marks:
        return _slash_members(text, offset, numbers, start) or _unmarked_members(text, offset, numbers, start)
    return _marked_spread(text, marks[-1], marks[-2] if len(marks) > 1 else None, numbers, start)


_T = TypeVar("_T")


class _RowsMemo(threading.local):
    """What was read last in this thread from one values list, by key: the list is held (so compared by identity:
    a new list forgets what was read), and at most ``kept`` keys are kept (all dropped when full). A one-line list of
    n values asks the same reading n times; a document's many lists must not pile up."""

    def __init__(self, kept: int) -> None:
        self.kept, self.rows, self.found = kept, None, {}

    def read(self, rows: list[dict], key: tuple[object, ...], reader: Callable[[], _T]) -> _T:
        """``reader()``, or what it gave for ``key`` on ``rows`` before."""
        if self.rows is not rows:
            self.rows, self.found = rows, {}
        if key not in self.found:
            if len(self.found) >= self.kept:
                self.found.clear()
            self.found[key] = reader()
        return self.found[key]


class _ResourceGeneration:
    """Counts the resource reloads, so a list (``_marked_spread``), a glued run (``_unmarked_list``) or a clause's runs
    (``_clause_runs``) read with the old resources are read again (cleared with them)."""

    value = 0

    @classmethod
    def cache_clear(cls) -> None:
        cls.value += 1


cleared_with_resources(_ResourceGeneration)


_LAST_SPREAD = _RowsMemo(1)  # the last 分别 list read: its key (the text, the sentence's start, the spans of its 分别
# and of the one before, the resources' generation)


def _marked_spread(text: str, mark: re.Match[str], previous: re.Match[str] | None, numbers: list[dict],
                   start: int) -> _Spread:
    """The list a 分别 at ``mark`` spreads (``previous``: the sentence's 分别 before it), read once per 分别 (round 34:
    each value of a one-line 分别 list of n values read the list of n values again; what is read depends on the value
    only through the two marks, so the values after the same 分别 share it)."""
    key = (text, start, mark.span(), previous.span() if previous else None, _ResourceGeneration.value)
    return _LAST_SPREAD.read(numbers, key, lambda: _read_spread(text, mark, previous, numbers, start))


def _start_of(row: dict) -> int:
    """A value's start: the key ``numbers`` are sorted by (``_within``), to bisect on."""
    return row["start"]


def none_between(numbers: list[dict], begin: int, end: int) -> bool:
    """No value of ``numbers`` (sorted by start) starts in [begin, end): by bisection, not a scan of the sentence's
    values (round 35: once per value of a one-line list)."""
    return bisect.bisect_left(numbers, begin, key=_start_of) >= bisect.bisect_left(numbers, end, key=_start_of)


def _from_offset(numbers: list[dict], begin: int, start: int) -> list[dict]:
    """The values of ``numbers`` (sorted by start) that start at ``begin`` of the text (which starts at ``start``) or
    after it: by bisection, not a filter of the sentence's values (round 34: once per value of a one-line list)."""
    return numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):]


def _read_spread(text: str, mark: re.Match[str], previous: re.Match[str] | None, numbers: list[dict],
                 start: int) -> _Spread:
    """The list a 分别 at ``mark`` spreads, as ``respectively_members`` gives it (``previous``: the 分别 before).
    A 分别 with values of other subjects between the one before and it (…起数和死亡人数同比分别下降x、y，发生较大
    事故277起、死亡1030人，同比分别下降u、v) spreads over those, not the earlier list (round 42): ``previous`` is
    dropped."""
    after = spread_series(text, mark.end(), _from_offset(numbers, mark.end(), start), start)
    lead = cues().pattern("base_span_lead")
    while (len(after) > 1 and after[0]["kind"] == "duration"
           and lead.search(text, mark.end(), after[0]["start"] - start) is not None):
        after = after[1:]  # (round 42: 分别比过去5年均值增加x和y: the span is the base's, 比过去5年均值, no value)
    if previous is not None:
        spread = spread_series(text, previous.end(), _from_offset(numbers, previous.end(), start), start)
        if own_list_between(text, numbers, spread[-1]["end"] - start if spread else previous.end(), mark.start(),
                             len(after), start):
            previous = None
    earlier = list_chunk(text, previous.start(), numbers, start) if previous else None
    earlier_at = chunk_bounds(text, previous.start())[1] - len(earlier.lstrip()) if earlier is not None else -1
    between = text[mark.end():after[0]["start"] - start] if after else ""
    named = clean(between)
    shares = bool(after) and after[0]["unit"] == "%"  # (分别占3个和5个: a count, no share)
    if not named and shares and cues().pattern("bare_share").fullmatch(between.strip()):
        named = cues().setting("share_head")  # 减刑…、假释…，分别占86.6%、10.9%: each member's share
    return _Spread(list_chunk(text, mark.start(), numbers, start), after, earlier, _without_change(named),
                   _metric_after_mark(text, previous.end(), numbers, start) if previous else "", earlier_at)


def own_list_between(text: str, numbers: list[dict], begin: int, end: int, count: int, start: int) -> bool:
    """(round 42) The values of ``numbers`` (sorted by start) in [``begin``, ``end``) of the text (which starts at
    ``start``) form a list of their own of ``count`` members (发生较大事故277起、死亡1030人，同比分别下降x、y): a 分别
    of ``count`` values at ``end`` spreads over them, not over a list before ``begin``. Round 42 mend: a single value
    (…，城乡居民收入比为2.26，分别增长x和y), a list of another length, or values after 其中 (…，其中铁路客运量5000万人，
    分别增长…) between keep the list before. By bisection, not a scan to the sentence's end."""
    between = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                      bisect.bisect_left(numbers, start + end, key=_start_of)]
    if count < 2 or len(between) != count:
        return False
    rules = cues()
    if rules.pattern("subset_clause_open").search(text, begin, between[0]["start"] - start):
        return False
    joint = rules.pattern("unmarked_list_joint")
    return all(not clause_bounds(gap, len(gap))[0] and joint.search(gap)
               for gap in (text[a["end"] - start:b["start"] - start] for a, b in pairwise(between)))


@lru_cache(maxsize=8)
def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of ``pattern`` in ``text``, found once per text (round 32: each value of a sentence searched the
    whole sentence for them again)."""
    return tuple(pattern.finditer(text))


def spread_heads(text: str, numbers: list[dict], start: int) -> tuple[list[str] | None, list[str]] | None:
    """(round 29) The members the sentence's last 分别 list shares a measure over (财产险公司、人身险公司、
    再保险公司的平均综合偿付能力充足率分别为…；), without that measure and with it, which a 分别 after ； that names
    only a measure of its own (平均核心偿付能力充足率分别为x、y和z), or only a base or a share (同比分别提高…,
    占比分别为…), spreads over; None when it has no such list."""
    marks = list(cues().pattern("respectively").finditer(text))
    after = [n for n in numbers if marks and n["start"] - start >= marks[-1].end()]
    found = respectively_members(text, after[0]["start"] - start, numbers, start) if after else None
    if found is None or len(found.values) < 2:
        return None
    listed = list_members(found.chunk, len(found.values))
    return (list_heads(found.chunk, len(found.values)), listed) if listed else None


def own_measure(phrase: str) -> bool:
    """(round 29) The words before a later 分别 name a measure of their own (核心偿付能力充足率, 民间投资), not only a
    base (同比, 较上月末), a share of the list's measure (占比, 比重) nor its change's degree (round 31: 降幅比上月,
    涨幅比上月: the degree of the change the list's measure made, 销售价格降幅比上月扩大, as `derived_heads` derive)."""
    rules = cues()
    return (ends_in_metric_head(phrase) and not rules.pattern("list_change_base").fullmatch(phrase)
            and not phrase.startswith(tuple(rules.words("list_owned_shares")))
            and not phrase.startswith(tuple(rules.words("derived_heads"))))


def _metric_after_mark(text: str, begin: int, numbers: list[dict], start: int) -> str:
    """The metric named between a 分别 ending at ``begin`` and its first value, without its change word."""
    values = [n for n in numbers if n["start"] - start >= begin]
    return _without_change(clean(text[begin:values[0]["start"] - start])) if values else ""


def _without_change(named: str) -> str:
    """The metric named after a 分别 without its change word (the change is added by the metric); a direction word
    alone there (分别收窄, 分别回升: round 34) is that change too, though no change word of a level's own."""
    change = cues().pattern("change_words").search(named)
    if change:
        return named[:change.start()]
    return "" if cues().pattern("respectively_bare_direction").match(named) else named


def _slash_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """A list of members written with slashes before a slash series of as many values in its clause (公司销售/管理/研发
    费用为3.54/3.02/3.49亿元): the series is spread over the members as a 分别 would; a series that is only changes
    (…为120.5/15.3亿元，同比+12.1%/+20.3%) over the subjects claimed before it, as a bare 分别 is (round 24); else
    None."""
    rules = cues()
    run = _glued_run(text, offset, numbers, start, rules.pattern("series_slash").fullmatch)  # (3.54/3.02/3.49亿元)
    if run is None:
        return None
    begin, inside, first, last = run
    lead = text[begin:inside[first]["start"] - start]
    if first < last and rules.pattern("slash_change_lead").fullmatch(lead):
        return _Spread("", inside[first:last + 1], None, "", "")  # …，同比+12.1%/+20.3%: the subjects' changes
    if first == last or len(rules.pattern("list_slash_separator").findall(lead)) != last - first:
        return None
    chunk = list_chunk(text, inside[first]["start"] - start, numbers, start)
    chunk = rules.pattern("slash_list_copula").sub("", chunk)
    return _Spread(chunk, inside[first:last + 1], None, "", "")


def _glued_run(text: str, offset: int, numbers: list[dict], start: int,
               glue: Callable[[str], object]) -> tuple[int, list[dict], int, int] | None:
    """The values of the clause at ``offset`` and the run around it of values with only ``glue`` between two (a slash,
    a list's joint): (the clause's start, its values in order, the run's first and last index); None when no value
    starts at ``offset``."""
    begin, end = clause_bounds(text, offset)
    inside, runs = _clause_runs(text, begin, end, numbers, start, glue)
    at = bisect.bisect_left(inside, start + offset, key=_start_of)
    if at == len(inside) or inside[at]["start"] - start != offset:
        return None
    return begin, inside, *runs[at]


_LAST_RUNS = _RowsMemo(16)  # the runs of the clauses read last, per clause and glue (a value reads its own clause
# and the one before it)


def _clause_runs(text: str, begin: int, end: int, numbers: list[dict], start: int,
                 glue: Callable[[str], object]) -> tuple[list[dict], list[tuple[int, int]]]:
    """The values of ``numbers`` (sorted by start) in the clause from ``begin`` to ``end``, and for each the first and
    the last index of the run of values around it with only ``glue`` between two: read once per clause (round 34:
    each value of a one-line list of n values walked the clause's n values and their run again)."""
    key = (text, start, begin, end, glue, _ResourceGeneration.value)
    return _LAST_RUNS.read(numbers, key, lambda: _read_runs(text, begin, end, numbers, start, glue))


def _read_runs(text: str, begin: int, end: int, numbers: list[dict], start: int,
               glue: Callable[[str], object]) -> tuple[list[dict], list[tuple[int, int]]]:
    """`_clause_runs`, read afresh."""
    inside = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                     bisect.bisect_left(numbers, start + end, key=_start_of)]
    glued = [bool(glue(text[a["end"] - start:b["start"] - start])) for a, b in pairwise(inside)]
    runs: list[tuple[int, int]] = []
    first = 0
    for k in range(len(inside)):  # a run ends at k when k is the last value or the glue after it is missing
        if k == len(inside) - 1 or not glued[k]:
            runs.extend([(first, k)] * (k - first + 1))
            first = k + 1
    return inside, runs


def _unmarked_members(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """(round 28) A list of members before a list of as many values in its clause, with no 分别 between (采矿业、制造业
    增加值同比增长3.4%和6.1%; 铁路、民航累计发送旅客4.84亿人次、8349.6万人次): the values are spread over the members
    as a 分别 would spread them. A value of the clause right after such a list that continues it (…32994元、18175元，
    增长8.6%和9.3%) gets that list, for the continued pair to read. None otherwise."""
    if own := _unmarked_list(text, offset, numbers, start):
        return own
    begin, _ = clause_bounds(text, offset)
    previous = _last_ending_by(numbers, start + begin)
    if previous and (listed := _unmarked_list(text, previous["start"] - start, numbers, start)):
        return listed
    return _unmarked_changes(text, offset, numbers, start) if previous else None


def _last_ending_by(numbers: list[dict], position: int) -> dict | None:
    """The last of ``numbers`` (sorted by start) that ends at ``position`` or before it, or None: sought back from the
    last that starts by ``position`` (a value ends where it starts or after), not by a filter of all the sentence's
    values (round 34: once per value of a one-line list)."""
    for k in range(bisect.bisect_right(numbers, position, key=_start_of) - 1, -1, -1):
        if numbers[k]["end"] <= position:
            return numbers[k]
    return None


def _unmarked_changes(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """(round 28) A clause that opens with its base or change and lists two or more values joined by a list's joint,
    after values of as many subjects (中央…收入91316亿元、地方…收入107715亿元，同比增长8.1%和7.6%): the changes of
    those subjects in order, as a bare 分别 gives them (round 24); the subjects are read by the caller. Else None."""
    begin, end = clause_bounds(text, offset)
    inside = numbers[bisect.bisect_left(numbers, start + begin, key=_start_of):
                     bisect.bisect_left(numbers, start + end, key=_start_of)]  # (sorted by start: the clause's values)
    joint = cues().pattern("amount_list_joint")
    if len(inside) < 2 or not all(joint.match(text[a["end"] - start:b["start"] - start])
                                  for a, b in pairwise(inside)):
        return None
    lead = clean(text[begin:inside[0]["start"] - start])
    rules = cues()
    if not lead or not (rules.pattern("comparison_lead").match(lead) or rules.pattern("change_words").match(lead)):
        return None
    return _Spread("", inside, None, "", "")


_LAST_UNMARKED = _RowsMemo(2)  # the glued runs `_unmarked_list` read last: by clause and the run's first and last
# (a value reads its own run and the one of the value before its clause)


def _unmarked_list(text: str, offset: int, numbers: list[dict], start: int) -> _Spread | None:
    """The list of members and the values glued by 、和及 around ``offset`` that ``_unmarked_members`` spreads, or None:
    the words before the values must list as many members (their verb or copula cut off, as the words after a 分别
    are), and no member may be a period (一、二季度GDP增长5.3%、4.7%: the periods time the values, no metric's part)."""
    rules = cues()
    run = _glued_run(text, offset, numbers, start, rules.pattern("amount_list_joint").match)  # (5.3%、4.7%)
    if run is None or run[2] == run[3]:
        return None
    begin, inside, first, last = run
    key = (text, start, begin, clause_bounds(text, offset)[1], first, last, _ResourceGeneration.value)
    return _LAST_UNMARKED.read(numbers, key, lambda: _read_unmarked_list(text, inside[first:last + 1], numbers, start))


def _read_unmarked_list(text: str, values: list[dict], numbers: list[dict], start: int) -> _Spread | None:
    """`_unmarked_list` of a glued run of ``values``, read afresh: what it reads depends on the value only through its
    run, so the values of one run share it (round 35: each value of a one-line run of n values cut the clause before
    the run out again)."""
    rules = cues()
    chunk = rules.pattern("unmarked_list_predicate").sub("", list_chunk(text, values[0]["start"] - start, numbers,
                                                                         start))
    joints = list(rules.pattern("unmarked_list_joint").finditer(chunk))
    if not joints or period_member(chunk, joints) or not list_members(chunk, len(values)):
        return None
    return _Spread(chunk, values, None, "", "")
