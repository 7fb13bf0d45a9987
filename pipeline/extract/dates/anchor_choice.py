"""Which anchor a candidate uses: the passage's (or the heading's above it), unless one of the special cases below
names another. `ANCHOR_READERS` are tried in turn, each reading the one `Reading` and setting its ``use`` where its
case holds, so a later reader overrides an earlier one; `counted_forward_unnamed` then drops a year ahead of a year
the text does not name, and `BASE_READERS` read which period a comparison base (同期, 去年) counts from, restating
the candidate's spec where it differs from what it says. The order is the order the cases were ruled in, and
matters: the cases are not exclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.date_lexicon import Candidate, Spec, res
from pipeline.extract.dates.anchors import (
    annual_report_year,
    carries_named_year,
    closed_passage_anchor,
    compared_last_year,
    data_year_of_last_year,
    last_year_base,
    lead_in_run,
    lead_or_release,
    new_item_drops,
    released_year_part,
    released_year_same,
    restated_period,
    year_part_of_results,
)
from pipeline.extract.dates.breaks import break_points, broken_at, heading_between, in_prose
from pipeline.extract.dates.cues import (
    bare_base_period,
    ended_year_start,
    forecast_vintage,
    restates_in_clause,
    sentence_year_parts,
)
from pipeline.extract.dates.defaults import year_from_default
from pipeline.extract.dates.headings import heading_anchor
from pipeline.extract.dates.periods import anaphoric, calendar_day, counted_forward, single_day
from pipeline.extract.dates.records import Anchor
from pipeline.extract.dates.scan_state import Anchors, Reading, ScanText


def open_reading(t: ScanText, a: Anchors, c: Candidate) -> Reading:
    """The candidate's reading before any special case: the passage's anchor, else the one the numbered section
    heading above it set (一、2023年工作回顾 dates every paragraph under it)."""
    in_title = any(x <= c.start and c.end <= y for x, y in t.titles)
    vintage = forecast_vintage(t.s, c)
    use = a.anchor if a.anchor is not None else heading_anchor(t.headings, t.parents, a.heading_anchors, c.start)
    return Reading(t, a, c, in_title, vintage, use)


def closed_passage_use(r: Reading) -> None:
    """(round 30) 。⏎当日，… / 报道说，当月…: a day or month word of a paragraph that named no date restates the day
    or month said before."""
    s, c, closed = r.t.s, r.c, r.a.closed
    if (r.use is None and closed is not None and s[c.start:c.end] in res()["closed_passage_words"]
            and in_prose(s, c.start) and restates_in_clause(s, c)):
        r.use = closed_passage_anchor(closed, c.spec)  # 。⏎当日，… / 报道说，当月…: the day or month said before


def named_sentence_year(r: Reading) -> None:
    """(round 33) A sentence-opening 年内 is the year of the last date named, in any passage: not a target's, not the
    document's."""
    s, c, a = r.t.s, r.c, r.a
    if r.use is not None and r.use is a.ahead and s[c.start:c.end] in sentence_year_parts():
        r.use = a.named  # 到2027年，…将达到…。年内沪指累计上涨…: the year so far, not the target's
    if r.use is None and a.named is not None and s[c.start:c.end] in sentence_year_parts():
        r.use = a.named  # 2024年12月31日，…。⏎年内沪指累计上涨…: the year of the last date named, not the document's


def written_year(r: Reading) -> None:
    """(round 40) A year-less reporting period of a later paragraph takes the year of the data period the text last
    wrote with its year, up to a numbered heading (`carries_named_year` itself checks the title's year and
    `year_from_default`)."""
    t, c, written = r.t, r.c, r.a.written
    if r.use is None and carries_named_year(t.s, written, c, t.default, r.in_title, r.a.bare_years) and (
            not heading_between(t.headings, written.pos, c.start)):
        r.use = written  # 2024年一季度末，…。⏎一季度，商业银行…: the release's year, not the document's (round 40)


def own_default_rule(r: Reading) -> None:
    """A year-less part of a year after an anchor that took the document date's year (``defaulted``) takes that year
    by its own rule, not from the anchor."""
    c = r.c
    if r.use is not None and r.use.defaulted and year_from_default(c.spec) and c.spec.drel is None:
        # (a 今日 keeps it: the day its paragraph opens with is its time of writing, round 20)
        r.use = None  # 全年…。年末…: 年末 takes the document date's year by its own rule, not 全年's


def day_ended_year(r: Reading) -> None:
    """(round 50) A year-less 年末/全年 whose anchor is a day written with its year in that year's first
    half (a release day: 2020年1月17日，国家统计局发布数据显示，年末总人口…) reports the year that has
    ended by that day, not the day's year (`Default.ended_by_day`); was 年末 `2020-12` (and its claims
    dropped as figures ahead of their release)."""
    use, c = r.use, r.c
    if (use is None or use.defaulted or not single_day(use.spec) or not year_from_default(c.spec)
            or c.spec.drel is not None):
        return
    day = calendar_day(use.spec)
    if day is not None and r.t.default.ended_by_day(c, day):
        r.use = Anchor(Spec(year=day.year - 1), use.pos)  # the ended year alone: no day or month of the release


def bulletin_same_year(r: Reading) -> None:
    """(round 47) An anaphoric year word (当年, 同年, 这一年, 该年) after the lead's released bulletin, with no date
    named after the release, is the bulletin's year (`released_year_same`)."""
    if (bulletin := released_year_same(r.c, r.use, r.t.release)) is not None:
        r.use = bulletin  # 昨天，…公布《2017年…公报》。公报显示，这一年… → 2017 (round 47)


def bulletin_year(r: Reading) -> None:
    """(round 46) A part of a year after the lead's released bulletin, with no anchor of its own passage, is of the
    bulletin's year (`released_year_part` itself checks that ``use`` is none)."""
    t = r.t
    if (bulletin := released_year_part(t.s, r.c, r.use, t.default, t.release)) is not None:
        r.use = bulletin  # 近日，…发布《2023年…公报》。⏎全年…; 年末…比年初增加… → 2023 (round 46)


def annual_report_use(r: Reading) -> None:
    """(round 46) A part of a year in the paragraph of an annual report's release is of the year the report covers;
    a later month or quarter after a part so dated is the news's, of no anchor. (`year_part_of_results` checks
    `year_from_default` again: the check before it only spares the reading.)"""
    s, c, t = r.t.s, r.c, r.t
    if (reported := annual_report_year(s, c, r.a.anchor, t.default)) is not None:
        r.reported = r.use = reported  # 3月，公司发布年报，全年实现营收…: the year the report covers (round 46)
    elif r.use is not None and r.use.annual and year_from_default(c.spec) and not year_part_of_results(s, c, True):
        r.use = None  # 发布年报，全年…。4月份，…: the month of the news, not of the report's year (round 46 mend)


def ended_year_use(r: Reading) -> None:
    """(rounds 28, 45) A 全年 of a passage that already reported the year that has ended, and a 年初 after its 年末,
    are of that year; ``ended`` holds up to its passage's end (read once, `break_points`)."""
    s, c, a, default = r.t.s, r.c, r.a, r.t.default
    if a.ended is not None and a.ended_at[0] != a.ended.pos:
        a.ended_at = (a.ended.pos, break_points(s, a.ended.pos))
    if a.ended is not None and broken_at(a.ended_at[1], c.start):
        a.ended = None
    if a.ended is not None and r.use is None and c.spec.whole_year and not default.planned_part(c):
        r.use = a.ended  # (round 28) 全年…，比上年增加…。全年…基金收入…: the whole year its passage already reported
    elif a.ended is not None and r.use is None and ended_year_start(s, c, a.anchor, a.ended):
        r.use = a.ended  # (round 45) 年末…，比年初增加…: the start of the year whose end its passage reported


def lead_year(r: Reading) -> None:
    """(rounds 16, 41) An anaphoric year (上年) with no anchor and no title's year counts from the date a paragraph
    opened with in its run of paragraphs, or the lead's released bulletin, else the data period written last."""
    s, c, a, t = r.t.s, r.c, r.a, r.t
    if r.use is None and t.default.title_year is None and anaphoric(c.spec):
        # (the lead's run is checked only where it is used: checking it at every candidate would read the text
        # from the lead on again each time)
        a.lead = lead_in_run(s, a.lead, c.start)
        # (else the data's year before: 2024年末全国人口…。⏎从城乡构成看，…比上年末增加…, round 41)
        r.use = lead_or_release(s, c, a.lead, t.release, a.written, t.headings)


def story_period(r: Reading) -> None:
    """(round 48) A bare part of a year opening a later sentence restates the part the passage named with a later year
    than a past contrast's between (`restated_period`); one opening another item of a round-up (另据…获悉，2月，…)
    takes no past year of the item before (`new_item_drops`)."""
    t, c, a = r.t, r.c, r.a
    if (story := restated_period(t.s, c, r.use, a.periods)) is not None:
        r.use = story  # 今年一季度，…。2004年…达到1259.5亿元。一季度，… → 2005-Q1 (round 48)
    elif new_item_drops(t.s, c, r.use, t.document_date):
        r.use = None  # 公司2023年实现营业收入…。另据…获悉，2月，… → 2024-02 (round 48)


ANCHOR_READERS: tuple[Callable[[Reading], None], ...] = (
    closed_passage_use,
    named_sentence_year,
    written_year,
    own_default_rule,
    day_ended_year,
    bulletin_same_year,
    bulletin_year,
    annual_report_use,
    ended_year_use,
    lead_year,
    story_period,
)


def counted_forward_unnamed(r: Reading) -> bool:
    """(round 31) A year ahead (次年) of a year the text does not name is no date, as 当年 is none: the months and days
    right after it are skipped too (``unnamed_end``, `in_unnamed_year`)."""
    if r.use is None and r.t.default.title_year is None and counted_forward(r.c.spec):
        r.a.unnamed_end = r.c.end
        return True  # 企业应于次年5月31日前…: the year after one the text does not name (round 31), as 当年 is none
    return False


def spoken_data_period(r: Reading) -> None:
    """(round 45) A bare 同期 after a day a body spoke on restates the data's period said before, not the day."""
    c, use = r.c, r.use
    if (use is not None and use.spoken is use and use.data_period is not None and c.spec.same == "period"
            and c.spec.yrel is None and not c.spec.explicit):
        r.use = use.data_period  # (round 45) 上半年…⏎…今日在发布会上表示，…超过同期…: the data's period, not the day


def restate_bare_base(r: Reading) -> None:
    """A bare 同期 that is a comparison base is the same period of the year before: 比同期 = 比上年同期."""
    c = r.c
    if bare_base_period(r.t.s, c):
        r.c = replace(c, spec=replace(c.spec, same="shifted", yrel=(-1, "anaphoric")))  # 比同期 = 比上年同期


def last_year_counted(r: Reading) -> None:
    """(rounds 43, 46) A deictic 去年 that is a comparison base counts from the data year its passage gives, or the
    bulletin's or the lead's where its passage gives none: it is then read as 上年 (``yrel`` anaphoric).
    (`last_year_base` is read once here, for both readers.)"""
    s, c, a, t = r.t.s, r.c, r.a, r.t
    if not last_year_base(s, c, t.default):
        return
    if (data_year := data_year_of_last_year(s, c, r.use, t.default, a.lead, t.release, a.written,
                                            t.headings)) is not None:
        r.use = data_year  # 近日，…发布《2023年…公报》。⏎…比去年末减少… → 2022-12 (round 46)
        r.c = replace(c, spec=replace(c.spec, yrel=(-1, "anaphoric")))
    elif compared_last_year(s, c, r.use, t.default, t.document_date):
        r.c = replace(c, spec=replace(c.spec, yrel=(-1, "anaphoric")))  # 2011年…比去年 = 比上年 (round 43)


BASE_READERS: tuple[Callable[[Reading], None], ...] = (
    spoken_data_period,
    restate_bare_base,
    last_year_counted,
)


def read_news_day(r: Reading) -> None:
    """(round 28) A news day (3月26日晚间) under a title or headline of a year is the news's, resolved without the
    anchor and anchoring nothing but its 当日."""
    t = r.t
    r.news_day = t.default.news_day(r.c.spec) and (  # round 28: 3月26日晚间 under a 2023 title or headline
        t.default.title_year is not None if r.use is None else r.use.pos <= t.headline_end < r.c.start)


def choose_anchor(t: ScanText, a: Anchors, c: Candidate) -> Reading | None:
    """The candidate's reading with the anchor it uses, or None where it is a year ahead of an unnamed year."""
    r = open_reading(t, a, c)
    for read in ANCHOR_READERS:
        read(r)
    if counted_forward_unnamed(r):
        return None
    for read in BASE_READERS:
        read(r)
    read_news_day(r)
    return r
