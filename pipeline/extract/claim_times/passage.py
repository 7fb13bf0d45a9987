"""The time a sentence states for the passage (claim_time): its first date that is no base, a date it opens
with, a dateline, a lede's day, a year range for the average rates after it; and the dates that are no running time
(a trend's start, a 其中 part, a single day's peak, a breakdown of the passage's period)."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.bases import _record_reference, base_dates
from pipeline.extract.claim_times.clauses import clause_bounds
from pipeline.extract.claim_times.periods import _DAY, _YEAR_RANGE, Placed, is_day, is_year, months_covered, within


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


def passage_span(placed: list[Placed]) -> str | None:
    """A year range the sentence states (2009年-2019年): what the passage's average rates cover."""
    return next((value for _, _, value in placed if _YEAR_RANGE.fullmatch(value)), None)


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
    spoken = _spoken_period(sentence, placed)
    if spoken is not None:
        return spoken
    start, _, value = placed[0]
    if (0 < lead <= start and cues().pattern("organisation_opener").fullmatch(sentence[lead:start])
            and start not in base_dates(sentence, placed[:1])):
        return value
    if not cues().pattern("passage_opener").fullmatch(sentence[:start]) or start in base_dates(sentence, placed[:1]):
        return _clause_of_its_own(sentence, placed)
    return value


def effective_from(sentence: str, placed: list[Placed]) -> bool:
    """(Round 50) The sentence opens on the day a rule takes effect (自7月1日起，城市低保标准由…提高到…): that day dates
    the sentence's own values, but it is when the rule began, no period of data the passage goes on describing, so it
    opens no running time for the sentences after it (全市特困人员救助供养1.08万人 keeps the passage's time)."""
    return bool(placed) and is_day(placed[0][2]) and cues().pattern("effective_from_opening").fullmatch(
        sentence, 0, placed[0][0]) is not None and cues().pattern("effective_from_close").match(
        sentence, placed[0][1]) is not None


def _spoken_period(sentence: str, placed: list[Placed]) -> str | None:
    """The period a speaker's words open with after the day the speaker spoke (7月13日，海关总署新闻发言人李魁文表示，
    今年上半年，…; 15日，农业农村部有关负责人介绍，1-8月…; a day spoken of, …表示，7月12日…): the day is when it was
    said, no time of the data, so the passage runs on with the period (round 50); else None. Only when the day opens
    the sentence and nothing but the speaker's clause (`spoken_day_gap`) stands between the day and the period."""
    if len(placed) < 2 or not is_day(placed[0][2]):
        return None
    gap = cues().pattern("spoken_day_gap")
    if sentence[:placed[0][0]].strip() or not gap.fullmatch(sentence, placed[0][1], placed[1][0]):
        return None
    return placed[1][2]


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
