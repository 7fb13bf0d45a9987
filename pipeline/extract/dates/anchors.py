"""How one date becomes the anchor of the next: which written year or month a later date carries, which
passage anchor a restating day word takes, and which dates leave the anchor as it was.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from pipeline.extract.date_lexicon import Candidate, Spec, patterns, res
from pipeline.extract.dates.breaks import (
    heading_between,
    line_bounds,
    paragraph_break,
    section_break,
    sentence_around,
    sentence_start,
)
from pipeline.extract.dates.cues import base_period, comparison_base, data_period
from pipeline.extract.dates.defaults import Default, year_from_default
from pipeline.extract.dates.periods import first_month, month_bounds, single_month
from pipeline.extract.dates.records import Anchor, DateMention


def row_period(s: str, anchor: Anchor | None, c: Candidate, absolute: Spec) -> Spec:
    """The period a table row's dates give the rest of the table: the latest one on the row, the table's own period
    (| 2023年 | 2022年 | 比上年增长 |: the growth is 2023's over 2022, so 上年 there is 2022, not the year before the
    nearest header 2022; round 14's checks read such a column as of the year before the table's own period)."""
    if anchor is None or not anchor.row or line_bounds(s, anchor.pos - 1) != line_bounds(s, c.start):
        return absolute
    if anchor.spec.year is None or absolute.year is None:
        return absolute
    later = (anchor.spec.year, month_bounds(anchor.spec)[1]) > (absolute.year, month_bounds(absolute)[1])
    return anchor.spec if later else absolute


def carries_named_year(s: str, written: Anchor | None, c: Candidate, default: Default, in_title: bool,
                       bare_years: dict[int, int]) -> bool:
    """A year-less reporting period (一季度, 一季度末, 上半年, 前三季度, 前11个月, 全年, 年末) in a later paragraph with
    no date of its own takes the year of the data period the text last named with its year written, past the headline
    (round 40: a release states 2024年一季度末 once, its later paragraphs go on with 一季度末, 一季度), not the document
    date's. ``written`` is that period (`written_period`: or one that took its year from it). Not a period that ends
    before it begins (2024年12月末，… ⏎一季度: no quarter of that year), nor a bare month (5月: the paragraph's own,
    round 2), nor under a title that names a year (round 12 wins), nor in a title, nor across a numbered section
    heading (`heading_between`). ``bare_years``: the year each month written without one resolved to so far
    (`_restates_written_month`)."""
    spec = c.spec
    period = spec.part is not None or spec.quarters is not None or spec.months is not None or spec.whole_year or (
        spec.reported_point and spec.month == 12) or _restates_written_month(s, written, c, bare_years)
    return (written is not None and not written.defaulted and not in_title and period
            and default.title_year is None and year_from_default(spec)
            and month_bounds(spec)[1] >= month_bounds(written.spec)[0])


def _restates_written_month(s: str, written: Anchor | None, c: Candidate, bare_years: dict[int, int]) -> bool:
    """(round 43) A year-less single month or month's end (5月末, 截至5月末, 5月份) in a later paragraph that names the
    month the data period written last with its year ends in (截至2023年5月末，M2余额… ⏎ 截至5月末，人民币贷款余额…;
    2023年1-5月，… ⏎ 5月份，…) restates that period's month: it takes that year (`2023-05`), not the document date's.
    Another month (6月末 after 2023年5月末), a month after an event's date (公司成立于2019年5月: no data period, so no
    ``written``), and one past a numbered heading or a later date of another year (both end ``written``) keep their
    own rule (round 40: a bare month is the paragraph's own). (Round 43 mend) Nor a month the text already wrote
    without a year and read as another year (5月末，M2余额…。⏎上年同期即2023年5月末…。⏎5月份，…: the current month,
    ``bare_years``), nor one whose sentence states its own change on the year (`reported_period_result`: 同比增长,
    比上年同期) after a written period whose sentence states none (作为对比，2023年5月末，M2余额…。⏎5月末，…同比增长
    9.3%: the level compared with, the month reported is the paragraph's own)."""
    spec = c.spec
    if written is None or spec.month is None or spec.months is not None or spec.end is not None:
        return False
    w = written.spec
    last = w.months[1] if w.months is not None and w.month is None else w.month
    if last is None or w.end is not None or w.day is not None or spec.month != last:
        return False
    if bare_years.get(spec.month, w.year) != w.year:
        return False
    result = patterns()["reported_period_result"]
    if result.search(s, *sentence_around(s, c.start, c.end)) is None:
        return True
    return result.search(s, *sentence_around(s, max(0, written.pos - 1), written.pos)) is not None


def counts_from_written(s: str, written: Anchor | None, c: Candidate, headings: list[int]) -> bool:
    """An anaphoric year (上年, 上年末, 比上年同期) in a later paragraph with no anchor of its own, no lead's and no
    title's, counts from the data period the text last named with its year (`written_period`), as a year-less
    reporting period does (round 40), not from the document date (round 41): a release states 2024年末 once and its
    later paragraphs compare with 上年末. Only a period that opens its clause before a figure (``written.opens``,
    `opens_data_clause`: not 最早于2019年一季度开始…, 自2020年一季度以来), and within its run of paragraphs, as round
    16's lead (`section_break`: a blank line or a table ends it). Not a year ahead (次年: `counted_forward`), nor
    across a numbered heading."""
    return (written is not None and written.opens and not written.defaulted and c.spec.yrel is not None
            and c.spec.yrel[0] < 0 and not heading_between(headings, written.pos, c.start)
            and not section_break(s, written.pos, c.start))


def compared_last_year(s: str, c: Candidate, use: Anchor | None, default: Default,
                        document_date: dt.date | None) -> bool:
    """A deictic 去年 (去年, 去年末) that is a comparison base (比去年, 较去年末, 与去年相比) is the year before the
    period compared, as 比上年 is (round 43; the guidelines resolve a relative date against the nearest explicit
    anchor the text gives): the data period its passage opened with its year before a figure
    (2011年全市生产总值…，比去年增长12.5% read in 2012 → `2010`, was `2011`, the compared year itself), or, with no
    date in its passage, the year an ended report's title names (全年…比去年多增 in the 2023 bulletin read on
    2024-02-29 → `2022`). Not a 去年 that is no base (去年，全市…; a quoted 去年我市…: relative to its speech), not
    one glossed with its year (去年（2010年）), not after an event's year inside its clause (公司成立于2010年), a year
    ahead of the document date's, or an anchor whose year was the document date's (defaulted), nor a data period of an
    earlier sentence (2019年，全市GDP…。目前…比去年增长5%: the anchor must be of the 去年's own sentence). Asked of a
    `last_year_base` only (`last_year_counted` reads that once)."""
    if use is None:
        return default.title_year is not None
    return (use.leads_data and use.pos > sentence_start(s, c.start) and not use.defaulted and not use.row
            and use.spec.year is not None
            and use.spec.end is None and (document_date is None or use.spec.year <= document_date.year))


def last_year_base(s: str, c: Candidate, default: Default) -> bool:
    """``c`` is a deictic 去年 (去年, 去年末; no 去年同期, no year glossed in brackets, none after a bracketed year of
    writing) that is a comparison base (比去年, 较去年末, 与去年相比): what `compared_last_year` and
    `data_year_of_last_year` read."""
    spec = c.spec
    if spec.yrel != (-1, "deictic") or spec.same is not None or spec.year is not None or c.after_paren_year is not None:
        return False
    if default.writing_year is not None and c.start >= default.writing_year[0]:
        return False
    return comparison_base(s, c)


def data_year_of_last_year(s: str, c: Candidate, use: Anchor | None, default: Default, lead: Anchor | None,
                           release: Anchor | None, written: Anchor | None, headings: list[int]) -> Anchor | None:
    """The data year a deictic 去年 that is a comparison base counts from where its passage names none of its own (no
    anchor, or only one whose year was the document date's): the year of the bulletin the text's lead releases
    (近日，国家统计局发布《2023年…统计公报》。⏎…年末…比去年末减少… → `2022-12`, was the document date's year before)
    or the year a paragraph before opened with (2023年，全市…。⏎全年…比去年增长… → `2022`, round 16's lead) or the data
    period it named (round 41's written period): the anchors an anaphoric 上年 there counts from (round 16, 27, 41), as
    the guidelines resolve a relative date against the nearest explicit anchor (round 46). A 去年 that is no base
    (去年，全市…) still counts from the time of writing; nor does a month or day its own sentence names before it
    in a later year than the one found (⏎截至2月末，…比去年末增长… after a 2023 bulletin: 2月末 is the data period, so
    `2023-12`, round 47), while one in that year (⏎12月末，…比去年末增长… → `2022-12`) keeps it (round 47 mend).
    Asked of a `last_year_base` only (`last_year_counted` reads that once)."""
    if (use is not None and not use.defaulted) or default.title_year is not None:
        return None
    # 截至2月末，…比去年末增长…: a month its own sentence names past the data year found below is the data period it
    # counts from (round 47); one inside that year (12月末，…比去年末增长… after a 2023 bulletin) counts from it (mend)
    own_month = (use if use is not None and use.spec.month is not None and use.pos >= sentence_start(s, c.start)
                 else None)
    if writing_time_passage(s, c):
        return None  # 当前，…比去年下降8%: the year before the time of writing (round 46 mend)
    # (the same reading as `scan_dates`'s 上年, `lead_year`; the lead's run is read again here as this 去年 need not
    # be anaphoric, so the chain may not have read it for this date)
    found = lead_or_release(s, c, lead_in_run(s, lead, c.start), release, written, headings)
    if own_month is not None and (found is None or (own_month.spec.year or 0) > (found.spec.year or 0)):
        return None
    return found


def lead_in_run(s: str, lead: Anchor | None, at: int) -> Anchor | None:
    """``lead`` (round 16: the date a paragraph before opened with) while ``at`` is still within its run of
    paragraphs (`section_break`: a blank line or a table ends it), else none."""
    if lead is not None and section_break(s, lead.pos, at):
        lead = None
    return lead


def lead_or_release(s: str, c: Candidate, lead: Anchor | None, release: Anchor | None, written: Anchor | None,
                    headings: list[int]) -> Anchor | None:
    """The year a relative year with no anchor of its passage counts from (上年, round 16; a compared 去年, round 46):
    the lead (`lead_in_run`) unless the lead's released bulletin (`released_bulletin`) comes after it, else that
    bulletin, else the data period written last (`counts_from_written`, round 41)."""
    found = lead if lead is not None and (release is None or lead.pos > release.pos) else (release or lead)
    if found is None and counts_from_written(s, written, c, headings):
        found = written
    return found


def annual_report_year(s: str, c: Candidate, anchor: Anchor | None, default: Default) -> Anchor | None:
    """The year an annual report covers (`released_period`: the year before its release), where ``c`` names a part of
    a year and no year (全年, 年末, 四季度: `year_part_of_results`) in the paragraph of the day or month the report was
    released on (3月，公司发布年报，全年实现营收… → the year before that March, also when the document date is of a
    later year; was the year before the document date's): the results the report gives (round 46). Not a part the
    text looks ahead to or plans (预计全年, 全年目标: `Default.planned_part`), nor past the paragraph's end. (Round
    46 mend) Only 全年, 年末 and 四季度 (`year_part_of_results`: no month, 4月份, nor 一季度), and none where a
    quarterly or half-year report is released with the annual one (发布年报和一季报; `interim_report_alongside`)."""
    released = anchor.released if anchor is not None else None
    if (released is None or released.part is not None or not year_part_of_results(s, c, annual=True)
            or s.find("\n", anchor.pos, c.start) >= 0 or default.planned_part(c)
            or patterns()["interim_report_alongside"].match(s, anchor.pos) is not None):
        return None
    return Anchor(released, anchor.pos)


def released_year_same(c: Candidate, use: Anchor | None, release: Anchor | None) -> Anchor | None:
    """(Round 47) The year of the bulletin the text's lead releases (`released_bulletin`: 昨天，教育部公布《2017年…
    统计公报》。) for an anaphoric year word after it (当年, 同年, 这一年, 该年: `anaphoric_same` year) that no date
    named after the release anchors: the bulletin's year, the one the passage names (guidelines: anaphoric words take
    the period named in the passage), not the release day's (公报显示，这一年… was `2018` from 昨天, or no date past a
    paragraph break). A year or day named after the release (2016年…，当年…) keeps anchoring it."""
    if release is None or c.spec.same != "year" or c.start < release.pos or (use is not None and use.pos > release.pos):
        return None
    return release


def released_year_part(s: str, c: Candidate, use: Anchor | None, default: Default,
                       release: Anchor | None) -> Anchor | None:
    """The year of the bulletin the text's lead releases (`released_bulletin`: 近日，国家统计局发布《2023年…统计公报》;
    某市统计局发布2023年统计公报。) for a part of a year without its year (全年, 年末, 年初:
    `year_part_of_results`) after it that no date of its own passage anchors: the bulletin's data, as a bulletin's own
    title year gives them (round 13, 26), not the document date's half-year rules (全年 read in September was that
    year's, 年初 the document date's January; round 46). Not a part the text looks ahead to or plans (预计全年,
    全年目标: `Default.planned_part`). A year a paragraph opened with (round 16's lead) lends no such part: rounds 40
    and 44 keep an event's or a headline's year from the later paragraphs' 一季度 and 全年. (Round 46 mend) Nor a
    month, a run of months or a quarter (1-2月, 2月份, 2月末, 一季度: a later release's data), nor a part in a
    passage of the time of writing (记者了解到，…; 当前，…: `writing_time_passage`)."""
    if (release is None or use is not None or c.start < release.pos or not year_part_of_results(s, c, annual=False)
            or default.planned_part(c) or writing_time_passage(s, c)):
        return None
    return release


def year_part_of_results(s: str, c: Candidate, annual: bool) -> bool:
    """(Round 46 mend) ``c`` is a part of a year without its year that a year's results report: the whole year (全年),
    its end (年末, 年底) or its start (年初, a bulletin's base of a change); for an annual report also its last
    quarter (四季度). Not a month, a run of months or another quarter (1-2月, 2月份, 2月末, 一季度): a later release's
    data, the time of writing's (`year_parts` in dates.yaml)."""
    spec = c.spec
    if (not year_from_default(spec) or spec.months is not None or spec.quarters is not None
            or spec.end is not None):
        return False
    if spec.part is not None:
        return annual and spec.part == "Q4"
    if spec.whole_year or (spec.reported_point and spec.month == 12):
        return True
    word = res()["year_parts"].get(s[c.start:c.end])
    return word is not None and "part" not in word and word.get("month") == 1 and not annual


def writing_time_passage(s: str, c: Candidate) -> bool:
    """(Round 46 mend) ``c``'s sentence, or the opening of its paragraph, speaks of the time of writing (当前，…; 记者
    了解到，…; 今年…; `writing_time_passage`): its data are not a released bulletin's, so its year-less parts and its
    去年 count from the document date. Read in the sentence and the paragraph's first `writing_time_lead_chars`."""
    found = patterns()["writing_time_passage"]
    if found.search(s, *sentence_around(s, c.start, c.end)) is not None:
        return True
    line = line_bounds(s, c.start)[0]
    return found.search(s, line, min(c.start, line + int(res()["writing_time_lead_chars"]))) is not None


def written_period(s: str, c: Candidate, anchor: Anchor, use: Anchor | None, written: Anchor | None,
                    past_headline: bool) -> Anchor | None:
    """``written`` (`carries_named_year`) once ``anchor``, the date ``c`` just named, is read (round 40 mend): the
    anchor where it is a data period, with its year written past the headline or taken from ``written`` (a quarter, a
    half, a run of months, a period's end 年末/一季度末/6月末, or a year opening its clause with a figure: 2024年，全国
    GDP增长5%); else ``written`` while the anchor is of its year and took it from the text (3月份 in its paragraph);
    else none: a later date of another year or of the document date's (今年一季度, 6月15日, 本月) ends the carry, as
    does an event's year (公司成立于2010年, 2008年国际金融危机爆发后, 2020年以来, 2018年，该市被列为…)."""
    spec = c.spec
    own_year = past_headline and spec.year is not None and spec.yrel is None
    if base_period(s, c):
        return written  # 上年同期即2023年5月末为…, 作为对比，2023年5月末…: a base, no period of the data (r43 mend)
    if (own_year or (use is not None and use is written)) and data_period(s, c):
        anchor.opens = anchor.leads_data or (use is not None and use is written and written.opens)
        return anchor
    if (written is not None and not anchor.defaulted and spec.yrel is None and spec.year is None
            and anchor.spec.year == written.spec.year):
        return written
    return None


def news_day_anchor(absolute: Spec, end: int, anchor: Anchor | None) -> Anchor:
    """The news day (round 28: 8月22日，… under a headline of that year) as the passage's last single day: it anchors
    no later date's year, but a later paragraph's 当日/同日 restates it (。⏎当日，大会还发布了…: the story's day, round
    31), so it becomes the current anchor's last day, or stands alone where the passage has no anchor."""
    news = Anchor(absolute, end, explicit=False)
    news.day = news.firm_day = news
    if anchor is not None:
        anchor.day = anchor.firm_day = news
    return news


def one_year_per_list(s: str, out: list[DateMention], defaulted: list[int],
                      default: Default | None = None) -> list[DateMention]:
    """Quarters or halves without a year that one sentence lists (一季度…增长5.3%，二季度…，四季度…) report one year:
    where the document date's half-year rule gave them different years (Q1–Q3 this year, Q4 last year on 31 March),
    all take the earliest, the year in which the whole list has passed (round 20). (Round 49) The same holds for
    such periods listed over the clauses or sentences of one passage (一季度，…增长5.8%；二季度增长5.6%；…；四季度增长
    5.4% in a text of 20 January) where each one's sentence reports its result (``Default.reports_result``): a
    forecast, plan or target among them (一季度，预计…左右) keeps its own year."""
    ends = patterns()["sentence_end"]
    groups: dict[int, list[int]] = {}
    for k in defaulted:
        mention = out[k]
        if mention.value and mention.value[:4].isdigit():
            stop = ends.search(s, mention.end)
            groups.setdefault(stop.start() if stop else len(s), []).append(k)
    for members in groups.values():
        _one_year(out, members)
    if default is not None:
        for members in _passage_results(s, out, defaulted, default):
            _one_year(out, members)
    return out


def _one_year(out: list[DateMention], members: list[int]) -> None:
    """The listed periods ``members`` of ``out`` take the earliest year any of them took."""
    years = {out[k].value[:4] for k in members}  # type: ignore[index]
    if len(members) > 1 and len(years) > 1:
        first = min(years)
        for k in members:
            out[k] = replace(out[k], value=first + out[k].value[4:])  # type: ignore[operator]


def _passage_results(s: str, out: list[DateMention], defaulted: list[int], default: Default) -> list[list[int]]:
    """(round 49) The year-less quarters and halves of ``defaulted`` whose sentences report a result, grouped by
    passage: a new group where a paragraph break lies between one and the next (read once per neighbouring pair).
    (Round 49 mend) A list runs forward through the year: a period that starts earlier in the year than the one
    before it (四季度…。一季度…) opens a new group where it has already ended on the document date, as last year's
    quarter and this year's are reported side by side in April (its default year stands); one not yet over (一季度
    in January) can hold no result of this year and stays with the list."""
    groups: list[list[int]] = []
    last_end, last_month = -1, 0
    for k in sorted(defaulted, key=lambda k: out[k].start):
        mention = out[k]
        opens = _period_first_month(mention.value)
        if opens is None:
            continue
        if not default.reports_result(Candidate(mention.start, mention.end, Spec())):
            continue
        if (not groups or paragraph_break(s, last_end, mention.start)
                or (opens < last_month and _period_ended(mention.value, default.doc))):
            groups.append([])
        groups[-1].append(k)
        last_end, last_month = mention.end, opens
    return groups


def _period_first_month(value: str | None) -> int | None:
    """The first month of a quarter's or a half's value (2024-Q3 → 7, 2024-H2 → 7: `periods.first_month`), else
    None."""
    if not value or len(value) != 7 or value[5] not in "QH":
        return None
    read = first_month(value)
    return read[1] if read is not None else None


def _period_ended(value: str, doc: dt.date | None) -> bool:
    """Whether the quarter or half of ``value`` (2024-Q1) ended before the document date ``doc``."""
    first = _period_first_month(value)
    if doc is None or first is None:
        return False
    last = first + (2 if value[5] == "Q" else 5)
    return dt.date(int(value[:4]), last, calendar.monthrange(int(value[:4]), last)[1]) < doc


def counted_month(c: Candidate, anchor: Anchor | None, default: Default) -> bool:
    """A month counted from the passage's month (6月份，…由上月下降转为上涨…。…涨幅比上月扩大: the month before June)
    anchors no later date: the next 上月 counts from the passage's month again, not from the month before it (round 24),
    as a year counted from another date's (上年) anchors nothing; so does one counted from the month the lead released
    (round 29)."""
    if not c.spec.mrel:
        return False
    if anchor is not None:  # (round 45) also after a coarser date (去年, 四季度) of a passage that reported a month
        return anchor.spec.month is not None or (anchor.spec.end is None and anchor.reported_month is not None)
    return default.compared_month(c) is not None


def reported_month(s: str, c: Candidate, anchor: Anchor, before: Anchor | None) -> Anchor | None:
    """(round 45 mend) The month of data the passage reports up to the new ``anchor`` (``c``), which a later 上月
    after a coarser date counts from: the anchor itself where it is a single month that opens a data clause or is a
    period's end (7月份，CPI同比上涨…; `opens_data_clause`, `data_period`), not an event's month (2023年11月，该市
    出台新政); else the one before, unless this date leaves that month's year: a written year of another year
    (3月份，…。2023年，…) or the document's own year said deictically (2023年12月，…。今年以来，…). A base of
    comparison keeps it (7月份，…。去年同期基数较低…。…比上月: its 去年 counts from the passage, as ``same`` tells)."""
    spec = anchor.spec
    if single_month(spec):
        return anchor if anchor.leads_data or data_period(s, c) else None
    kept = before.reported_month if before is not None else None
    if kept is None or c.spec.same is not None:
        return kept
    leaves = c.spec.yrel == (0, "deictic") or (c.spec.year is not None and spec.year != kept.spec.year)
    return None if leaves else kept


def closed_passage_anchor(closed: Anchor, spec: Spec) -> Anchor | None:
    """The date a day or month word (当日, 当天, 同日, 当月, 同月) of a paragraph that named no date before it restates:
    the last single day (its month) of the paragraphs before, as a news story's later paragraph means its event's day
    (。⏎当日，大会还发布了… ; 10月份，…。⏎报道说，当月出口…: round 30). Only those words: a year word (当年, 上年)
    keeps its own rules, and a range before names no single month (1—7月份，…。⏎当月… is no date); nor does a day
    for 当月 (2024年6月12日，国家统计局发布数据…。⏎当月，… : the day of a release, its data May's; second read)."""
    if spec.same == "day":
        return closed.firm_day  # no bound nor day ahead (将于4月30日前披露: 4月8日, round 33 review)
    if spec.same != "month":
        return None
    a = closed.spec
    return closed if (a.end is None and a.month is not None and a.year is not None and not a.months
                      and a.day is None) else None


def is_firm_day(s: str, c: Candidate, absolute: Spec, default: Default) -> bool:
    """A day said as one an event fell on: no bound (4月30日前), no day in a clause that looks ahead (将于…), and
    not after the document date; a later paragraph's 当日 restates only such a day (round 33 review)."""
    if s[c.end : c.end + 4].lstrip().startswith(tuple(res()["reported_point_not_before"])) or default.looks_ahead(c):
        return False
    doc = default.doc
    return doc is None or dt.date(absolute.year, absolute.month, absolute.day) <= doc


def lends_month(anchor: Anchor) -> bool:
    """An anchor a later bare day takes its month from: one that gives bare days a month and has a single month."""
    a = anchor.spec
    return anchor.explicit and not anchor.row and a.end is None and a.month is not None and a.year is not None


def year_part_months(spec: Spec) -> tuple[int, int] | None:
    """The first and last months of a part of one year (一季度, 前两月, 上半年, 1月至3月 → (1, 3)), or None for a whole
    year, a day, a shift, a span across years or any other date: the parts a later bare one restates (round 48)."""
    if (spec.day is not None or spec.days is not None or spec.week is not None or spec.month_week is not None
            or spec.same is not None or spec.mrel is not None or spec.report is not None or spec.lunar
            or spec.fixed is not None or spec.reported_point or spec.whole_year
            or all(v is None for v in (spec.month, spec.months, spec.quarters, spec.part))):
        return None
    first, last = month_bounds(spec)
    end = spec.end
    if end is not None:
        if end.year not in (None, spec.year) or end.day is not None or end.days is not None:
            return None
        last = month_bounds(end)[1]
    return first, last


def note_period(periods: dict[tuple[int, int], Anchor], anchor: Anchor) -> None:
    """(round 48) Keep the passage's anchor of a part of a year in ``periods`` (the scan's `Anchors.periods`) as the
    latest year's of its months: a later sentence's bare 一季度 restates the quarter of the latest year named."""
    months = year_part_months(anchor.spec) if not anchor.row and anchor.spec.year is not None else None
    if months is None:
        return
    before = periods.get(months)
    if before is None or before.spec.year <= anchor.spec.year:
        periods[months] = anchor


def restated_period(s: str, c: Candidate, use: Anchor | None, periods: dict[tuple[int, int], Anchor]) -> Anchor | None:
    """(round 48) A year-less part of a year opening a later sentence (一季度，…) that restates the months of a part
    the passage named before with a later year than the anchor's (今年一季度，…。2004年北京市…达到1259.5亿元。一季度，…)
    is that part again: the year between was a past contrast (2004年, 2003年…启动之初, 去年…全年), not the story's.
    None where no such part was named, the anchor is no earlier year's, or the candidate opens no sentence."""
    spec = c.spec
    if use is None or use.row or use.spec.year is None or spec.year is not None or spec.yrel is not None:
        return None
    months = year_part_months(spec)
    story = periods.get(months) if months is not None else None
    if story is None or story is use or story.spec.year <= use.spec.year:
        return None
    begin = sentence_start(s, c.start)
    if s[begin:c.start].strip() or use.pos > begin:
        return None
    return story


def new_item_drops(s: str, c: Candidate, use: Anchor | None, document_date: dt.date | None) -> bool:
    """(round 48) A year-less part of a year opening the first clause of a sentence that opens another item with
    another source (另据财联社记者从中国汽车工业协会获悉，2月，…; 此外，据海关统计，一季度…) takes no past year an
    earlier item named (公司2023年实现营业收入… in a text of 2024): it is read as a passage's first date. Only where
    the anchor is before that sentence and of a year before the document date's (`new_item_lead`)."""
    spec = c.spec
    if (use is None or use.row or document_date is None or use.spec.year is None
            or use.spec.year >= document_date.year or spec.year is not None or spec.yrel is not None
            or year_part_months(spec) is None):
        return False
    begin = sentence_start(s, c.start)
    return use.pos <= begin and patterns()["new_item_lead"].fullmatch(s, begin, c.start) is not None
