"""Comparison bases (claim_time): the dates a value is compared with (比2019年, 与2019年同期相比, 是2010年的2.32倍,
为2021年6月以来最高) are never its time, a date restating the one before it is no new time, and the dates a metric
names as its base. The cue words are data (`resources/claims.yaml`)."""

from __future__ import annotations

import itertools
import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.periods import _DATE_RANGE, _YEAR_RANGE, Placed, months_covered


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


def _framed_level(sentence: str, start: int, end: int) -> int | None:
    """Where the base's level starts in a comparison frame around a date (与2010年第六次全国人口普查的7865.99万人相比,
    与2021年的80亿元相比), else None."""
    rules = cues()
    if not rules.pattern("comparison_frame_before").search(sentence[max(0, start - 4):start]):
        return None
    frame = rules.pattern("comparison_frame_after").match(sentence[end:end + 40])
    return end + frame.start("level") if frame and frame.group("level") else None
