"""Cue phrases around a date read from its sentence: comparison bases, data periods, forecasts and definitions,
event months, relayed days. They decide how a date resolves, not what it is.
"""

from __future__ import annotations

import bisect
import re

from pipeline.extract.date_lexicon import Candidate, Spec, bare_month, patterns, res
from pipeline.extract.dates.breaks import sentence_around
from pipeline.extract.dates.formatting import value_and_granularity
from pipeline.extract.dates.periods import first_month
from pipeline.extract.dates.records import Anchor
from pipeline.resources import cached


def uncompared_first_months(s: str, c: Candidate, ordered: list[Candidate], starts: list[int]) -> bool:
    """前N个月 after a comparison word (较前10个月) whose sentence names no run of N+1 months from January (1—11月,
    前11个月) nor a cut-off at its last month (截至11月末): the months just before the month the sentence reports.
    ``ordered`` are the candidates by start and ``starts`` their starts: only the sentence's are read (a bisect)."""
    p = patterns()
    months = c.spec.months
    if months is None or months[0] != 1 or not p["compared_first_months"].match(s, c.start):
        return False
    start, end = sentence_around(s, c.start, c.end)
    cutoff = p["cumulative_cutoff_before"]
    return not any(o.end <= end and o is not c and (
        o.spec.months == (1, months[1] + 1) or (o.spec.month == months[1] + 1 and o.spec.months is None
                                                 and cutoff.search(s, max(0, o.start - 4), o.start)))
        for o in ordered[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)])


@cached
def met_or_target() -> re.Pattern[str]:
    """A target reported met (`whole_year_target_met`), else a bare target word (`whole_year_target`, group
    ``bare``): no target word holds a met verb, so the met spans and the words outside them are those the two
    patterns find apart (round 36)."""
    p = patterns()
    return re.compile(f"(?:{p['whole_year_target_met'].pattern})|(?P<bare>{p['whole_year_target'].pattern})",
                      p["whole_year_target"].flags)


def opens_data_clause(s: str, c: Candidate) -> bool:
    """The data period ``c`` opens its clause (at a line start, after a sentence's end, a comma or a colon, or after a
    cut-off word: 截至2023年末，…) and a figure follows in its sentence (`data_clause_before`, `data_clause_after`:
    2024年末全国人口140828万人), as a bare year must (`data_period`): an event's date inside its clause (公司曾在
    2018年末遭遇…) or a start (2020年一季度以来) is no base of a later 上年 (round 41 mend)."""
    p = patterns()
    return (p["data_clause_before"].search(s, max(0, c.start - 8), c.start) is not None
            and p["since_at_end"].search(s, c.start, c.end) is None  # 2023年以来，… (round 43 mend)
            and p["data_clause_after"].match(s, c.end) is not None)


def base_period(s: str, c: Candidate) -> bool:
    """(round 43 mend) A date its sentence sets out as the base of a comparison before it (上年同期即2023年5月末为…;
    去年同期，即2023年5月末…; 作为对比，2023年5月末，…: `base_period_before`): the level compared with, no period of
    the data a later paragraph's year-less month restates."""
    return patterns()["base_period_before"].search(s, max(0, c.start - 12), c.start) is not None


def data_period(s: str, c: Candidate) -> bool:
    """The date is itself a period or point of the data (round 40 mend): a quarter, a half, a run of months, 全年, a
    period's end (年末, 一季度末, 6月末), or a bare year that opens its clause and is set apart by a comma before a
    figure (`data_year_opening`, `data_year_before`, `data_year_after`: 2024年，全国GDP增长5%), not one inside its
    clause (于2015年在深交所上市) nor one after which no figure comes (2018年，该市被列为试点城市)."""
    spec, p = c.spec, patterns()
    if (spec.part is not None or spec.quarters is not None or spec.months is not None or spec.whole_year
            or spec.reported_point or spec.report is not None):
        return True
    if spec.month is not None:
        return spec.day is None and p["data_period_end"].search(s, c.start, c.end) is not None
    return (p["data_year_opening"].fullmatch(s, c.start, c.end) is not None
            and p["data_year_before"].search(s, max(0, c.start - 12), c.start) is not None
            and p["data_year_after"].match(s, c.end) is not None)


def compared_year_start(s: str, c: Candidate) -> bool:
    """(round 45) The year's start as the base a stock is compared with (年末…，比年初增加…: `compared_year_starts`
    after a comparison cue): the January of the year its passage reports, so it takes the year of an ended year's end
    or whole before it (scan's ``ended``) rather than the document date's by its own half-year rule."""
    return s[c.start:c.end] in res()["compared_year_starts"] and comparison_base(s, c)


def ended_year_start(s: str, c: Candidate, anchor: Anchor | None, ended: Anchor) -> bool:
    """(round 45 mend) A compared 年初 (`compared_year_start`) that still belongs to the ended year its passage
    reported (scan's ``ended``): only while the anchor just before it is ``ended`` itself or one of its year
    (年末…，比年初), and no word of the present or of a cut-off (`year_start_present_words`: 目前，…比年初) stands
    between them. A later anchor of another year (截至2月末，…较年初; 1-2月，…比年初) closes the ended year: its 年初
    is the document's year's start."""
    if not compared_year_start(s, c):
        return False
    if anchor is not None and anchor is not ended and anchor.spec.year != ended.spec.year:
        return False
    r = res()
    since = max(c.start - r["year_start_window"], anchor.pos if anchor is not None else ended.pos)
    between = s[since : c.start]
    return not any(w in between for w in r["year_start_present_words"])


@cached
def sentence_year_parts() -> frozenset[str]:
    """The year parts a date only where they open a sentence (round 33's 年内: `alone: sentence`), built once per
    resources (not per unanchored candidate)."""
    return frozenset(k for k, v in res()["year_parts"].items() if (v or {}).get("alone") == "sentence")


def in_unnamed_year(s: str, c: Candidate, unnamed_end: int) -> bool:
    """A month or day with no year of its own right after a 当年/同年 that named no year of its passage (纳税人自当年
    1月1日起累计…; 于当年12月31日前): a part of a year the text does not name, in a rule each year it applies to, so no
    date either, as 当年 is none (guidelines: anaphoric words are dates only for a period the passage names; round 30).
    Not taking the document date's year keeps a rule from dating its recurring day."""
    return (unnamed_end >= 0 and c.spec.year is None and c.spec.yrel is None and c.spec.same is None
            and c.start - unnamed_end <= 4 and s[unnamed_end:c.start].strip() in ("", "的"))  # (a gap of a few: ≤ 4)


def event_month(s: str, c: Candidate) -> bool:
    """A month written alone at the head of its clause (10月，上市公司三季报密集披露。20日，…) is when the events after
    it happened: it lends its month to a later bare day of its passage, unless its sentence states a figure before
    any bare day (10月份，CPI…下降0.2%。…15日发布): a data month, reported after its end (round 22). A month inside a
    phrase (发布2月经营“喜报”) is a month of data as well."""
    if not bare_month(c.spec):
        return False
    p = patterns()
    heads = (p["event_month_before"].search(s, max(0, c.start - 4), c.start) is not None
             and p["event_month_after"].match(s, c.end) is not None)
    return heads and p["data_month_after"].match(s, c.end) is None


def forecast_vintage(s: str, c: Candidate) -> bool:
    """A month or day without a year right before 预测/预估/展望 (将2024年…预期从10月预测的2.9%上调至3.1%) is when an
    earlier forecast was made: of the time of writing, not of the target year before it."""
    spec = c.spec
    yearless = spec.year is None and spec.yrel is None and spec.end is None
    return (yearless and (spec.month is not None or spec.day is not None)
            and patterns()["forecast_vintage_after"].match(s, c.end) is not None)


def in_definition(s: str, c: Candidate) -> bool:
    """A date word with no year of its own (本年, 报告期内) in a note that defines a term, before its 指 or in the
    definition after it: it belongs to the term's wording and dates nothing."""
    spec = c.spec
    if spec.explicit or spec.year is not None:
        return False
    p = patterns()
    return (p["definition_term_after"].match(s, c.end) is not None
            or p["definition_body_before"].search(s, max(0, c.start - 60), c.start) is not None)


def comparison_base(s: str, c: Candidate) -> bool:
    """A date after a comparison cue (比上年, 恢复至2019年), or framed by 与 … 相比/持平 (增速与上月末持平), is what a
    value is compared with: it anchors no later date; nor does a valuation basis's year (按2020年不变价格)."""
    p, before = patterns(), s[max(0, c.start - 6) : c.start]
    if p["comparison_base"].search(before) or p["index_base_after"].match(s, c.end):
        return True  # (上月=100: an index's base period, compared with as well)
    if p["released_month_base_before"].search(before) and p["turn_after"].match(s, c.end):
        return True  # 由上月下降0.3%转为上涨: the turn's start is compared with as well (round 29)
    since = p["since_at_end"].search(s, c.start, c.end)  # (…年以来 read with the date)
    if p["record_reference_after"].match(s, since.start() if since else c.end):
        return True  # 创2023年5月以来新高: a record's reference date, compared with as well (round 21)
    event = p["record_event_verb_before"].search(before) and p["record_event_gap_after"].match(s, c.end)
    if event and p["record_reference_after"].match(s, event.end()):
        return True  # 为2014年沪港通开通以来的最低水平: with the event of that year (round 38)
    if p["valuation_basis_before"].search(before) and p["valuation_basis_after"].match(s, c.end):
        return True  # 按2020年不变价格计算: the prices a figure is measured by, no period of it (round 24)
    if p["share_base_before"].search(before) and p["share_base_after"].match(s, c.end):
        return True  # 达到2019年的99.2%, 是2010年的2.32倍: the base a share or multiple is of (round 32)
    if (p["glossed_base_before"].search(s, max(0, c.start - 12), c.start)
            and p["glossed_base_after"].match(s, c.end)):
        return True  # 上年（2024年）同期的1.4倍, 恢复至疫情前（2019年）: the year glosses the base (round 42 mend)
    if p["contrast_figure_before"].search(before) and p["contrast_figure_after"].match(s, c.end):
        return True  # 而二零二四年第四季的升幅為2.5%: the earlier figure set against the reported one (round 38)
    return p["comparison_frame_before"].search(before) is not None and p["comparison_frame_after"].match(
        s, c.end, c.end + 40) is not None


def bare_base_period(s: str, c: Candidate) -> bool:
    """A bare 同期 as a comparison base (增速比同期提高, 降幅较同期收窄) or as the base an aside names
    (（同期为下降…）) is the year-earlier period, as 比上年同期 is (round 20): a base is never the current period."""
    spec = c.spec
    if spec.same != "period" or spec.yrel is not None or spec.explicit:
        return False
    if patterns()["same_period_comparand_after"].match(s, c.end):
        return False  # 比同期工业、高技术制造业高…: the compared subject's same period (round 28)
    if (patterns()["same_period_comparative_before"].search(s, max(0, c.start - 4), c.start)
            and patterns()["same_period_comparand_named"].match(s, c.end)):
        return False  # 快于同期商品零售额增速3.5个百分点: so after a comparative verb (round 35)
    return comparison_base(s, c) or patterns()["base_aside_period"].match(s, c.start) is not None


def cited_year(s: str, c: Candidate) -> bool:
    """A bare year in an author-year citation (周茂等（2018）, （Chen et al.，2018）) dates a publication, not the data:
    it anchors no 当年 or 同期 after it (round 18)."""
    p = patterns()
    return (s[c.start:c.end].isdigit() and p["citation_year_after"].match(s, c.end) is not None
            and p["citation_year_before"].search(s[max(0, c.start - 40):c.start]) is not None)


def counted_frame(s: str, c: Candidate) -> bool:
    """A year-end counted from another year (上年末) opening its sentence before a comma (。上年末，…) frames that
    sentence as 去年末， does, so it anchors the 同期 after it though its year is counted (round 50)."""
    p = patterns()
    return (c.spec.yrel is not None and c.spec.reported_point
            and p["counted_frame_before"].search(s[max(0, c.start - 4):c.start]) is not None
            and p["counted_frame_after"].match(s, c.end) is not None)


def trend_start(s: str, c: Candidate, absolute: Spec, anchor: Anchor | None) -> bool:
    """A date a trend has run since up to the time of writing (今年3月以来，…连续4个月…; 自去年11月以来，降幅不断收窄;
    自2012年首次超过4%以来) tells how long it has run, not the period of the data after it (round 27): it anchors no
    later date when it starts before the period the passage already states (6月，…。自去年11月以来，…。1~6月 → the
    passage's year; 2017年，…自2012年…以来…比上年 → 2016), nor when it was counted back from the time of writing into an
    earlier year (去年11月以来: its span runs into this year). A year to date of the passage's year (6月，…。今年以来，
    累计…) and a start point opening a passage (2023年以来，…。3月8日) still anchor (rounds 20, 21)."""
    p = patterns()
    since = (p["since_at_end"].search(s, c.start, c.end) or p["since_after"].match(s, c.end)
             or (p["since_frame_before"].search(s, max(0, c.start - 3), c.start)
                 and p["since_frame_after"].match(s, c.end)))
    if not since:
        return False
    if c.spec.yrel is not None and c.spec.yrel[0] < 0:
        return True
    if anchor is None:
        return False
    start, held = first_month(value_and_granularity(absolute)[0]), first_month(value_and_granularity(anchor.spec)[0])
    if start is None or held is None:
        return False
    return start[0] < held[0] or (start[0] == held[0] and start[1] is not None and start[1] < (held[1] or 1))


def restates_in_clause(s: str, c: Candidate) -> bool:
    """A later paragraph's 当日 whose clause does not say the word again: 交易规则方面，当日买入的股票当日不能卖出，… is
    a rule of any day, no day restated (round 33 review)."""
    after = patterns()["clause_break"].search(s, c.end)
    return s[c.start : c.end] not in s[c.end : after.start() if after else len(s)]


def released_period(s: str, c: Candidate, absolute: Spec) -> Spec | None:
    """The period of a periodic report named by its word only that is released on a day (or in a month) of its year
    (8月22日，X发布半年报 → that year's H1; an annual report's → the year before), else None (round 26)."""
    if absolute.year is None or absolute.month is None or absolute.end is not None:
        return None
    found = patterns()["released_report_after"].match(s, c.end)
    if found is None:
        return None
    part = found.lastgroup
    return Spec(year=absolute.year - 1) if part == "FY" else Spec(year=absolute.year, part=part)


def relay_day(s: str, c: Candidate) -> bool:
    """The day ``c`` is the one a reporter learnt the figures on (记者5日从省文化和旅游厅获悉，…; 5日，记者从…了解到):
    when the story was written, no period of its data (round 31), so a 同期 after it restates no such day (round 36);
    unless the clause after the relay points back to it (…获悉，当天成交额较去年同期; ``relay_day_points_back``)."""
    m = patterns()["relay_day_after"].match(s, c.end)
    return m is not None and patterns()["relay_day_points_back"].match(s, m.end()) is None


def speaking_day(s: str, c: Candidate) -> bool:
    """The day ``c`` is the one a body speaks or releases on, said in its clause (国务院新闻办公室2023年12月5日
    举行新闻发布会; 海关总署12月7日发布数据; 2023年12月5日，商务部新闻发言人表示): the time of speaking, which
    the deictic years of its paragraph count from (round 44)."""
    return patterns()["speaking_day_after"].match(s, c.end) is not None


def holiday_days(s: str, c: Candidate) -> bool:
    """``c`` gives in brackets the days of the holiday named right before it (春节假期8天（1月28日至2月4日）): a
    lunar or rearranged holiday falls on other days each year, so a 同期 after it is that year's holiday, the year
    alone (round 21's reading, round 36)."""
    return patterns()["holiday_days_before"].search(s, max(0, c.start - 16), c.start) is not None
