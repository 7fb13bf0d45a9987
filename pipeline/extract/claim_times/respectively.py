"""Listed periods spread over listed values (claim_time): under 分别, or a run of as many values with no 分别,
the k-th value takes the k-th year, month or quarter of a range or a list (2021-2023年…分别; 一、二季度…增长6.1%、
5.9%)."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.bases import _listed_runs, base_dates
from pipeline.extract.claim_times.clauses import clause_bounds
from pipeline.extract.claim_times.periods import _MONTH_RANGE, _QUARTER_RANGE, _YEAR_RANGE


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
