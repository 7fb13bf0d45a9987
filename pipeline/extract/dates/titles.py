"""The time a document's title names (a period, a month, a week, a released bulletin) and its time of writing:
the defaults the body's dates fall back on.
"""

from __future__ import annotations

import calendar
import datetime as dt

from pipeline.extract.date_lexicon import Candidate, Spec, patterns, res
from pipeline.extract.date_spec_reading import bracketed_year
from pipeline.extract.dates.breaks import blank_line
from pipeline.extract.dates.defaults import Default
from pipeline.extract.dates.periods import default_year, month_bounds, one_week_monday
from pipeline.extract.dates.records import Anchor
from pipeline.extract.dates.resolution import resolve
from pipeline.extract.unit_forms import home_place


def roc_home(text: str) -> bool:
    """Whether the text's own place is Taiwan, where years count from the Republic (``roc_loose``)."""
    return home_place(text) == res()["roc_loose"]["home_currency"]


def has_ended(title: Spec, doc: dt.date | None) -> bool:
    """The title's period (a year, a quarter, a half or a month) has ended by the document date. Its last day counts
    (round 28): a monthly survey is released on the month's last day (2024年3月中国采购经理指数运行情况 on 31 March,
    NBS's and CFLP's PMI), its data the whole month's."""
    if title.year is None:
        return False
    last = (title.year, month_bounds(title)[1])
    return doc is None or last < (doc.year, doc.month) or (
        last == (doc.year, doc.month) and doc.day == calendar.monthrange(doc.year, doc.month)[1])


def year_of_title(title: Spec | None, doc: dt.date | None) -> int | None:
    """The year a document's title line names for what it reports, before the document date's year: the year its
    passages report when they name none."""
    if title is None or title.year is None:
        return None
    return title.year if doc is None or title.year < doc.year else None


def released_bulletin(s: str, cands: list[Candidate], doc: dt.date | None) -> Anchor | None:
    """The year of the bulletin a body releases in the text's first paragraph (近日，教育部发布《2018年全国教育事业发展
    统计公报》。), before the document date's year: an anaphoric word (比上年) of a later paragraph that neither its own
    passage nor a paragraph-opening date of its run dates counts from it, as from a title's year (round 27). Its
    position is the bulletin's end: a date opening the release's own line (今年年中，…发布) is when it was published."""
    p, window, near = patterns(), int(res()["release_bulletin_window_chars"]), int(res()["release_verb_window_chars"])
    years, end = set(), 0
    for c in cands:
        if c.start > window or blank_line(s[: c.start]):
            break
        spec = c.spec
        if (spec.explicit and spec.year is not None and spec.end is None and spec.day is None and spec.month is None
                and spec.part is None and not spec.months and not spec.quarters
                and p["release_bulletin_before"].search(s, max(0, c.start - near), c.start)
                and (bulletin := p["release_bulletin_after"].match(s, c.end))):
            years.add(spec.year)
            end = bulletin.end()
    if len(years) != 1:
        return None
    year = years.pop()
    return Anchor(Spec(year=year), end) if doc is None or year < doc.year else None


def release_month(s: str, cands: list[Candidate], doc: dt.date | None) -> tuple[int, int] | None:
    """The one month whose data a body releases in the text's lead (国家统计局15日发布7月份70个大中城市商品住宅销售价格
    变动情况统计数据。), ended by the document date: the month a later paragraph's 比上月 or 由上月 compares with (round
    29), as round 27's released bulletin gives its year to a later 上年. The lead is read to the first blank line after
    its first sentence (a title line before it is read too), at most `release_bulletin_window_chars`. Also a month that
    opens the data right after the release's data word (…发布数据，10月份，…: round 32)."""
    if doc is None:
        return None
    p, window, near = patterns(), int(res()["release_bulletin_window_chars"]), int(res()["release_verb_window_chars"])
    first = p["lead_sentence_end"].search(s, 0, window)
    blank = p["blank_line"].search(s, first.end(), window) if first else None
    stop = blank.start() if blank else window
    months = set()
    for c in cands:
        if c.start > stop:
            break
        spec = c.spec
        if (spec.month is not None and spec.day is None and spec.end is None and spec.mrel is None
                and spec.yrel is None and ((p["release_bulletin_before"].search(s, max(0, c.start - near), c.start)
                                            and p["release_month_after"].match(s, c.end))
                                           or p["release_data_month_before"].search(s, max(0, c.start - 12), c.start))):
            months.add((spec.year if spec.year is not None else default_year(spec.month, doc), spec.month))
    if len(months) != 1:
        return None
    month = months.pop()
    return month if month < (doc.year, doc.month) else None


def title_month(title: Spec | None, doc: dt.date | None) -> tuple[int, int] | None:
    """(round 40) The one month with its year a title reports (2025年3月中国采购经理指数运行情况), once it has ended by
    the document date (`has_ended`); a quarter, a half or a run of months is none."""
    if (title is None or title.year is None or title.month is None or title.part or title.months or title.quarters
            or doc is None or not has_ended(title, doc)):
        return None
    return title.year, title.month


def part_of_title(title: Spec | None, doc: dt.date | None) -> str | None:
    """The quarter or half a title names for what it reports (贵州茅台…2024年第一季度报告), once it has ended by the
    document date: the period of the passages' 上年同期 where they name none."""
    if title is None or title.part is None or not has_ended(title, doc):
        return None
    return title.part


def title_period(s: str, cands: list[Candidate]) -> Spec | None:
    """The period a document's title line names for what it reports (浙江省2022年国民经济和社会发展统计公报, 东莞控股：
    2020年实现净利润…, 2024年第一季度报告). A dateline (2023年1月18日 星期三), an event's year (2022年北京冬奥会…) or a
    year compared with is none."""
    title_start, title_end = title_line(s)
    title = s[title_start:title_end].strip()
    if (not title or title_end - title_start > int(res()["title_line_max_chars"])
            or patterns()["sentence_end"].match(title[-1])):
        return None  # (a first line that ends a sentence is prose, not a title)
    p = patterns()
    periods = {(c.spec.year, c.spec.part, c.spec.month, c.spec.months, c.spec.quarters)
               for c in cands if title_start <= c.start and c.end <= title_end
               and c.spec.explicit and c.spec.year is not None and c.spec.end is None and c.spec.day is None
               and (p["title_report_after"].match(s[c.end:title_end])
                    or p["title_headline_after"].match(s[c.end:title_end]))  # (…同比上涨0.3%: round 28)
               and not p["title_base_before"].search(s, title_start, c.start)}
    if len(periods) != 1:
        return None
    year, part, month, months, quarters = periods.pop()  # (a run of months or quarters: 2023年1—10月, 前三季度)
    return Spec(year=year, part=part, month=month, months=months, quarters=quarters)


def week_of_title(s: str, cands: list[Candidate], default: Default) -> dt.date | None:
    """The Monday of the week a weekly report covers, where its title names it with a week word (全国碳市场每周交易情况
    （2024年11月25日—11月29日）, 2024年第48周…周报) or its lead opens on the week with its days
    (本周（11月25日至11月29日），…): the report's 本周, 上周 and 上周五 are of that week, not of the week it is
    published in (round 33). Only a span of one Monday-to-Sunday week, written with its days or number; the title's
    or lead's first such date."""
    title_start, title_end = title_line(s)
    if title_end >= len(s):
        title_start = title_end = 0  # a one-line document has no title: its line is its lead (second review)
    lead_start = len(s) - len(s[title_end:].lstrip())  # (past the blank lines under the title)
    lead_end = s.find("\n", lead_start)
    lead_end = len(s) if lead_end < 0 else lead_end
    week_word = patterns()["report_week_word"]
    titled = week_word.search(s, title_start, title_end) is not None
    for c in sorted((c for c in cands if title_start <= c.start < lead_end), key=lambda c: c.start):
        in_title = title_start <= c.start and c.end <= title_end
        if c.spec.week is not None or c.spec.drel is not None:
            continue  # (a bare 本周 or 今日 names no week of its own: 本周A股震荡上行 in a headline)
        if not (in_title and titled) and not (c.start >= lead_start and week_word.match(s, c.start, c.end)):
            continue
        resolved = resolve(c, None, default.doc, None, default)
        monday = one_week_monday(resolved[0]) if resolved is not None and resolved[0] else None
        if monday is not None and (default.doc is None or monday <= default.doc):
            return monday  # (a week after the document date is a notice's week ahead, no report's: second review)
    return None


def title_line(s: str) -> tuple[int, int]:
    """Where the title line begins and ends: the first line, read past blank lines and up to
    `title_metadata_lines_max` metadata lines that hold no sentence (a disclosure's 证券代码：… header)."""
    start, skipped = 0, 0
    while True:
        end = s.find("\n", start)
        end = len(s) if end < 0 else end
        line = s[start:end]
        metadata = patterns()["metadata_line"].match(line) is not None
        if end == len(s) or not (metadata or (skipped and not line.strip())):
            return start, _title_continued(s, end)
        if metadata:
            skipped += 1
            if skipped > int(res()["title_metadata_lines_max"]):
                return start, _title_continued(s, end)
        start = end + 1


def _title_continued(s: str, end: int) -> int:
    """Where a title ends that goes on in a second line naming only its period and report (a fund report's cover:
    某某混合型证券投资基金 / 2023年第3季度报告): that line is part of the title."""
    following = patterns()["title_second_line"].match(s, min(end + 1, len(s))) if end < len(s) else None
    return following.end() if following else end


def year_of_writing(s: str) -> tuple[int, int] | None:
    """Where the text first names its own year in a bracketed deictic word, and that year (本(113)年 → 2024,
    今（2024）年): the deictic words after it count from it."""
    m = patterns()["writing_year"].search(s)
    if m is None:
        return None
    return m.start(), bracketed_year(m.group("wy4"), m.group("wyroc"))


def time_of_writing(s: str, doc: dt.date | None) -> dt.date | None:
    """The day the text says it was written (昨天（20日） → the 21st), else the document date.

    A publication date often runs a day behind the writing; the text's own bracketed day is the
    better reference for its 昨天, 上周 and 今天, and so is a news story's dateline (本报北京1月12日讯 in the paper of
    the 13th: its 今天 is the 12th, round 31). Only a day within a month of the document date, or a dateline the
    document date would put more than a month after it, which is of the year before (round 38)."""
    if doc is None:
        return doc
    m = patterns()["paren_day"].search(s)
    if m is None:
        wire = patterns()["wire_dateline"].search(s)
        return _dispatched_on(doc, int(wire.group("wm")), int(wire.group("wd"))) if wire else doc
    month, day = int(m.group("pm") or doc.month), int(m.group("pd"))
    if not m.group("pm") and day > doc.day:
        month = month - 1 if month > 1 else 12
    return _written_on(doc, month, day, res()["relative_days"][m.group("drel")])


def _dispatched_on(doc: dt.date, month: int, day: int) -> dt.date:
    """The day a news story's dateline names (中新社北京9月28日电): as `_written_on`, and (round 38) a dateline the
    document date's year would put more than a month after the document date is of the year before (9月28日电 in a
    text dated 30 June 2025 → 28 September 2024), since no story is dispatched after it is published: its 今年 and
    its year-less dates count from that day, as from a nearer dateline."""
    try:
        ahead = (dt.date(doc.year, month, day) - doc).days > int(res()["reported_after_days"])
        return dt.date(doc.year - 1, month, day) if ahead else _written_on(doc, month, day, 0)
    except ValueError:  # (2月29日 in a year without it)
        return _written_on(doc, month, day, 0)


def _written_on(doc: dt.date, month: int, day: int, drel: int) -> dt.date:
    """The day of writing a text names by its month and day (the latest such day by the document date, less ``drel``
    days: 昨天（20日） → the 21st), else the document date where that is no day or more than a month away."""
    year = doc.year if month <= doc.month else doc.year - 1
    try:
        named = dt.date(year, month, day)
    except ValueError:
        return doc
    now = named - dt.timedelta(days=drel)
    return now if abs((now - doc).days) <= 31 else doc
