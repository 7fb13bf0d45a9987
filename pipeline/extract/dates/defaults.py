"""The year, month and day a date without them takes when no anchor gives them: the ``Default`` tracker of a
document (its date, title period, time of writing), and the periods the document reports.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass, field

from pipeline.extract.date_lexicon import Candidate, Spec, bare_month, patterns, res
from pipeline.extract.dates.breaks import break_points, broken_at, sentence_around, sentence_start
from pipeline.extract.dates.cues import comparison_base, met_or_target
from pipeline.extract.dates.periods import begins_after, default_year, ends_after, final_month, period_key
from pipeline.extract.dates.records import Anchor


def dates_an_ended_year(c: Candidate, absolute: Spec, doc: dt.date | None) -> bool:
    """A bare 全年 that its result dated to the year that has ended (全年共为608万名失业人员发放失业保险金，比上年增加
    93万人 on 2022-06-08 → 2021): a later bare 全年 of its passage stating a level alone (全年失业保险基金收入1460亿元)
    is the same whole year, not the document date's (round 28): one passage does not switch between two whole years it
    never names. A 全年 dated the document date's own year lends nothing. So does a bare 年末 its half-year rule dated
    to the end of the year that has ended (年末全国人口…，比上年末减少85万人。全年出生人口956万人 on 2023-01-17 →
    `2022-12`, then `2022`, round 34): the stock at that year's end and the flows of that year are one report."""
    if doc is None or absolute.year != doc.year - 1 or absolute.part is not None or absolute.day is not None:
        return False
    if c.spec.reported_point:
        return absolute.month == 12 and not absolute.months and not absolute.quarters
    return (bool(c.spec.whole_year) and absolute.month is None and not absolute.months and not absolute.quarters)


def year_from_default(spec: Spec) -> bool:
    """A date that names a part of a year and no year (全年, 年末, 12月份, 三季度): without an anchor it takes the year
    from the document date, each by its own half-year rule, so one such date is no anchor of another."""
    return (spec.year is None and spec.yrel is None and spec.same is None and spec.fixed is None
            and spec.century is None and spec.day is None and spec.days is None and spec.week is None
            and spec.mrel is None and spec.qrel is None and spec.report is None and not spec.bare_weekday)


def day_from_default(spec: Spec) -> bool:
    """A day written without its year (新华社北京1月12日电, 1月12日，国家统计局发布…; a bare 12日 after such a day): it
    took the document date's year, so it tells a later 12月份, 四季度 or 全年 no more than the document date does
    (round 31). It still lends its month and year to a later bare day (26日, round 14), which reads the anchor, not
    this flag."""
    return (spec.year is None and spec.yrel is None and spec.same is None and spec.fixed is None
            and spec.day is not None and spec.end is None and spec.mrel is None and spec.week is None
            and not spec.lunar)


def month_from_default(use: Anchor | None) -> bool:
    """A bare day (13日) after ``use`` takes its month and year from the document date: ``use`` lends it none (a year
    alone, 去年 in a headline) or lends those of a day that took them from the document date (round 31)."""
    if use is None:
        return True
    if use.explicit and use.spec.month is not None and use.spec.year is not None:
        return use.defaulted
    lender = use.month if use.month is not None and use.month.spec.year == use.spec.year else None
    return lender is None or lender.defaulted


@dataclass(frozen=True)
class Default:
    """Where a date without a year and without an anchor in its passage takes its year: the title's year, else
    the latest such period begun by the document date (12月份 in a January release is last December's)."""

    text: str
    doc: dt.date | None
    title_year: int | None
    title_part: str | None = None  # the quarter or half the title reports (上年同期 → that part a year before)
    title: Spec | None = None  # the period the title reports, whatever the document date (报告期内 names it)
    names_present: int | None = 0  # where the text first names its own current year (今年, 本年; None: nowhere): a
    # 去年 after it counts from the document date; one before it does not (round 49: a later 今年 re-reads none)
    writing_year: tuple[int, int] | None = None  # (where, year) a bracketed 本(113)年 / 今（2024）年 names: the year of
    # the deictic words after it
    released_month: tuple[int, int] | None = None  # (year, month) whose data the lead releases (round 29), else the
    # month a title reports once it has ended (round 40: `title_month`)
    title_week: dt.date | None = None  # the Monday of the week a weekly report's title or lead names (round 33)
    reported: dict[tuple, list[int]] = field(default_factory=dict, compare=False, repr=False)  # a year-less period's
    # key → where its mentions read as reported (``reported_after``) start, in order (round 39: ``reported_in_passage``)
    break_memo: dict[int, tuple[int, int, int]] = field(default_factory=dict, compare=False, repr=False)
    target_memo: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    after_memo: dict[tuple, bool] = field(default_factory=dict, compare=False, repr=False)  # ``reported_after``'s
    # answers by mention and the spec fields it reads (shared by the copies ``replace`` makes: they differ only in
    # ``title_week``/``reported``, which it does not read)
    # (round 42 mend) (start, last month) of the year-less periods read as reported (``reported_after``), by start
    reported_runs: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)

    def names_before(self, at: int) -> bool:
        """The text has named its own current year (今年, 本年) before ``at``: only what was read before a date decides
        how it resolves, so a later paragraph's 今年 does not re-read an earlier 去年同期 (round 49)."""
        return self.names_present is not None and self.names_present < at

    def compared_month(self, c: Candidate) -> tuple[int, int] | None:
        """The released month a 上月 with no month in its passage counts from, where it is a month compared with
        (比上月, 与上月持平, 由上月下降…转为): a base is counted from the month reported, not from the month of writing
        (round 29). A 上月 that is no base (上月，…) still counts from the document date. Without such a lead,
        the month a title reports once it has ended (2025年3月中国采购经理指数运行情况 …生产指数为52.6%，比上月
        上升0.1个百分点: February, round 40) is that month, as the title's year is the year of its passages (both are
        ``released_month``, built once with the defaults)."""
        month = self.released_month
        if month is None:
            return None
        base = comparison_base(self.text, c) or patterns()["released_month_base_before"].search(
            self.text, max(0, c.start - 3), c.start) is not None
        return month if base else None

    def year(self, spec: Spec, c: Candidate) -> int | None:
        if self.title_year is not None and not self.news_day(spec):
            return self.title_year
        if self.doc is None:
            return None
        if self.restates_released_month(spec):
            return self.released_month[0] if self.released_month is not None else None
        if ((begins_after(spec, self.doc, 0 if spec.reported_point else None) or ends_after(spec, self.doc))
                and not self.looks_ahead(c)):
            return self.doc.year - 1
        if spec.whole_year and self.reports_ended_year(c):
            return self.doc.year - 1
        if self.reported_after(spec, c) or self.reported_in_passage(spec, c):
            return self.doc.year - 1
        return self.doc.year

    def restates_released_month(self, spec: Spec) -> bool:
        """(round 42) A bare month (8月, 8月份: no year, day, range or shift) that is the month the lead releases with
        its year written (国家统计局今天发布2021年8月份全国CPI数据。…⏎8月份，食品烟酒类价格…; the headline's 8月CPI)
        restates that month, so takes its year, not the document date's (was `2024-08` in a 2025 document). Another
        month (5月, 9月) and a month the lead released with no year of its own keep the document date's."""
        month = self.released_month
        return (month is not None and self.doc is not None and month[0] != default_year(month[1], self.doc)
                and spec.month == month[1] and bare_month(spec))

    def _points(self, at: int) -> tuple[int, int, int]:
        """``break_points`` from ``at``, read once."""
        if at not in self.break_memo:
            self.break_memo[at] = break_points(self.text, at)
        return self.break_memo[at]

    def reported_in_passage(self, spec: Spec, c: Candidate) -> bool:
        """(round 39) A year-less period written again in a passage where another mention of it reads as reported
        (``reported_after``: 前三季度，全区实现地区生产总值…，同比增长6.2%。…前三季度全区实现一般公共预算收入…): the
        same period, so of the same year, unless its own sentence looks ahead (预计, 力争, 目标) or names a year. The
        mentions read as reported are collected once (``reported_periods``); only the nearest before and after are
        read (a bisect), and where a passage ends is read once from each."""
        starts = self.reported.get(period_key(spec))
        if not starts:
            return False
        i = bisect.bisect_left(starts, c.start)
        before = i > 0 and not broken_at(self._points(starts[i - 1]), c.start)
        if not before and not (i < len(starts) and not broken_at(self._points(c.start), starts[i])):
            return False  # (each mention's passage end is read once: no span is read again for each later date)
        p = patterns()
        begin, end = sentence_around(self.text, c.start, c.end)
        return (p["future_sentence"].search(self.text, begin, end) is None and not self.looks_ahead(c)
                and p["whole_year_hedge"].search(self.text, begin, end) is None and not self._bare_targets(begin, end)
                and p["sentence_names_year"].search(self.text[begin:c.start] + self.text[c.end:end]) is None)

    def reported_after(self, spec: Spec, c: Candidate) -> bool:
        """(round 38) A year-less date the document's year would put after the document date, though the text
        reports it as past: a release day whose clause reports the act done (12月16日，国家统计局发布数据显示 in a text
        of 30 June), more than a month after the document date (nearer, the document date may run behind the
        writing), or a month, quarter, half or run from January whose last month has not begun by the document date,
        whose sentence states its year-on-year figure (11月，…发电量7495亿千瓦时，同比增长0.9%) with no forecast, plan,
        target or hedge in it, or that a release day of that kind before it in its sentence releases (10月1日，…公布9月
        交付数据), or that a release verb right before it releases the data of (发布1-11月份…统计数据, round 39; not
        a forecast or plan released, 发布12月份降水预报, nor a release denied, 尚未发布: round 39 mend). A day more than
        a month ahead is so too where its sentence compares its figure with the day or days before
        (`_reports_day_result`, round 39). Such data have been published, so they are of the year before, as round
        23's bare day of a past act is of the month before. A deadline, plan or forecast (预计9月份投产, 9月底前完成)
        keeps the half-year rule, and so does a figure with no year-on-year measure (1-6月，全市出口增长4% on 20
        March: round 21)."""
        if (spec.end is not None or spec.mrel is not None or spec.same is not None or spec.report is not None
                or spec.lunar or spec.days is not None or spec.week is not None or spec.month_week is not None
                or spec.reported_point or spec.whole_year):
            return False
        key = (c.start, c.end, spec.day, spec.month, spec.months, spec.quarters, spec.part)  # all it reads of spec
        if key not in self.after_memo:  # (round 40 tidy: `reported_periods` and `year` ask of each mention)
            self.after_memo[key] = self._reported_after(spec, c)
            if self.after_memo[key] and spec.day is None and (final := final_month(spec)) is not None:
                bisect.insort(self.reported_runs, (c.start, final))  # (sorted: read by its sentence's slice)
        return self.after_memo[key]

    def _reported_after(self, spec: Spec, c: Candidate) -> bool:
        """``reported_after`` of a year-less day or period (its own tests of ``spec`` passed), read once."""
        doc = self.doc
        if spec.day is not None:
            if spec.month is None or spec.months is not None:
                return False
            day = dt.date(doc.year, spec.month, min(spec.day, calendar.monthrange(doc.year, spec.month)[1]))
            return (day - doc).days > int(res()["reported_after_days"]) and (
                self.reports_act(c) or self._reports_day_result(c))
        if self._reported_end_level(spec, c):
            return True  # 一季度末，全市不良贷款率为1.2% in a text of 10 January: last year's quarter end (round 48)
        last = final_month(spec)
        if last is not None and self._base_of_reported(c, last):
            return True  # 1-7月份，…增速比1-6月份放缓 in a text of 30 June: the base is of the reported run's year
        if last is None or dt.date(doc.year, last, 1) <= doc:
            return False
        p = patterns()
        begin = sentence_start(self.text, c.start)
        near = int(res()["release_verb_window_chars"])
        if (p["released_period_before"].search(self.text, max(0, c.start - near), c.start)
                and (data := p["released_period_after"].match(self.text, c.end))
                and not p["released_period_plan"].search(self.text, c.end, data.end())
                and not self._bare_targets(c.end, data.end()) and not self.looks_ahead(c)):
            return True  # 国家能源局发布1-11月份…统计数据 (round 39): a released period's data are out, so past
        if not self.looks_ahead(c) and any(  # 10月1日，多家新势力公布9月交付数据: the data of the day's release
                last <= int(m.group("rm")) and self.reported_after(
                    Spec(month=int(m.group("rm")), day=int(m.group("rd"))), Candidate(m.start(), m.end(), Spec()))
                for m in p["release_day"].finditer(self.text, begin, c.start)):
            return True
        return self._published_result(c, "reported_period_result")

    def _reported_end_level(self, spec: Spec, c: Candidate) -> bool:
        """(round 48) A year-less quarter's or month's end (一季度末, 6月末, 上半年末, 6月底) not begun by the document
        date whose sentence states a stock's level outright (不良贷款率为1.2%, 存款余额2.1万亿元: `reported_end_level`),
        with no forecast, plan, target or hedge: a level measured and published, so of the year before, as round 19's
        年末 is. A level reached (完成率达到50%) or looked ahead to (预计一季度末…) keeps the half-year rule."""
        if (spec.month is None or spec.months is not None or spec.quarters is not None or spec.day is not None
                or not self.text.startswith(tuple(res()["year_end_tails"]), c.end - 1)
                or dt.date(self.doc.year, spec.month, 1) <= self.doc or self.looks_ahead(c)):
            return False
        return self._published_result(c, "reported_end_level")

    def _base_of_reported(self, c: Candidate, last: int) -> bool:
        """(round 42 mend) A year-less period compared with (增速比1-6月份放缓) after a year-less period of its sentence
        read as reported (1-7月份 in a text of 30 June: of the year before), ending no later than it: the base of the
        same year. Read from ``reported_runs``, which `reported_periods` fills in the order of the text."""
        if not patterns()["comparison_base"].search(self.text, max(0, c.start - 6), c.start):
            return False
        begin = sentence_start(self.text, c.start)
        runs = self.reported_runs  # (sorted by start: only the sentence's runs are read, never the document's)
        return any(last <= final for _, final in runs[bisect.bisect_left(runs, (begin,)):
                                                      bisect.bisect_left(runs, (c.start,))])

    def _reports_day_result(self, c: Candidate) -> bool:
        """(round 39) The day's sentence compares a figure with the day or days before (比昨天下降0.12个点, 较上周五,
        比节前) or as a period's is (同比, 环比) and neither looks ahead nor names a target or a hedge: a day's data
        already published. Not a day something starts, is held or is due (12月1日起…同比上调10%, 11月15日开幕的进博会,
        12月1日前: round 39 mend)."""
        return (patterns()["reported_day_event_after"].match(self.text, c.end) is None and not self.looks_ahead(c)
                and self._published_result(c, "reported_day_result", "reported_period_result"))

    def reports_result(self, c: Candidate) -> bool:
        """(round 49) After ``c`` in its sentence, a result (实现, 达到, 同比, 增长5.8%: `whole_year_result`,
        `whole_year_rate`) with no forecast, plan, target or hedge: the period's figure has been measured, so a period
        listed with it in its passage is of the same year (``one_year_per_list``)."""
        return self._published_result(c, "whole_year_result", "whole_year_rate")

    def _published_result(self, c: Candidate, *names: str) -> bool:
        """After ``c`` in its sentence, a result one of the patterns ``names`` finds, in a sentence with no forecast
        or plan (`future_sentence`), no hedge (`whole_year_hedge`: 左右, 以上) and no target word outside a target
        reported met: a figure measured and published (rounds 38, 39)."""
        p = patterns()
        begin, end = sentence_around(self.text, c.start, c.end)
        return (any(p[name].search(self.text, c.end, end) is not None for name in names)
                and p["future_sentence"].search(self.text, begin, end) is None
                and p["whole_year_hedge"].search(self.text, begin, end) is None
                and not self._bare_targets(begin, end))

    def news_day(self, spec: Spec) -> bool:
        """A year-less month and day that, in the document's year, falls in the last days up to the document date
        (3月26日晚间，…发布2023年年度报告 in a text of 29 March 2024) is the day of the news, the time of writing: of
        the document date's year, not of the earlier year its title or headline reports (round 28), as a 2023
        title's results are released in 2024."""
        if (self.doc is None or spec.year is not None or spec.yrel is not None or spec.month is None
                or spec.day is None or spec.end is not None or spec.mrel is not None):
            return False
        day = min(spec.day, calendar.monthrange(self.doc.year, spec.month)[1])
        return 0 <= (self.doc - dt.date(self.doc.year, spec.month, day)).days <= int(res()["news_day_window_days"])

    def reports_ended_year(self, c: Candidate) -> bool:
        """A bare 全年 in a text dated in the year's first half whose sentence reports a result (全年…比上年增长6.6%):
        the year reported has ended, so it is the year before (round 20, as 年末 by its half-year rule)."""
        if self.doc is None or self.doc.month > 6:
            return False
        return self._reports_whole_result(c)

    def ended_by_day(self, c: Candidate, day: dt.date) -> bool:
        """(round 50) A year-less 年末/年底 or 全年 (``c``) whose anchor is a day written with its year in that year's
        first half (2020年1月17日，国家统计局发布数据显示，年末…; 2024年2月29日，…公报显示，全年…): by that day the
        year has not ended, so a year's end the text states and does not look ahead to, or a whole year its sentence
        reports with a result (`_reports_whole_result`), is of the year before, as the document date's half-year rules
        read them (rounds 19, 20). A day in the second half, a look ahead (预计, 将) and a plan keep the day's year."""
        spec = c.spec
        if day.month > 6 or self.looks_ahead(c):
            return False
        if spec.reported_point and spec.month == 12 and not spec.months and not spec.quarters:
            return not self._year_end_target(c)
        return bool(spec.whole_year) and self._reports_whole_result(c)

    def _year_end_target(self, c: Candidate) -> bool:
        """(round 50 mend) A year's end set as a deadline (提出到年底…突破2万家: `year_end_deadline_before`) or in a
        sentence of a plan, a forecast or a target (明确年末前完成…，年末…达到1.5万个; 力争年末…): a target's time, so
        the release day's own year, not the year that has ended by it."""
        p = patterns()
        begin, end = sentence_around(self.text, c.start, c.end)
        return (p["year_end_deadline_before"].search(self.text, max(begin, c.start - 3), c.start) is not None
                or p["future_sentence"].search(self.text, begin, end) is not None
                or bool(self._bare_targets(begin, end)))

    def _reports_whole_result(self, c: Candidate) -> bool:
        """The sentence of a 全年 reports its result (round 20's reading, the document date's half aside)."""
        p = patterns()
        begin, end = sentence_around(self.text, c.start, c.end)
        secured = [m.span() for m in p["whole_year_secured"].finditer(self.text, c.end, end)]  # 争取…资金18.6亿元 (33)
        if secured and not p["whole_year_secured_result"].search(self.text, begin, end) and (
                p["whole_year_hedge"].search(self.text, begin, end) or self._plan_before(begin)
                or any(p["whole_year_secured_hedge"].match(self.text, b) for _, b in secured)):
            secured = []  # 全年争取上级资金25亿元以上; 今年…预期目标…。全年争取…: a target (round 33 review)
        reported = bool(secured) or p["whole_year_result"].search(self.text, c.end, end) is not None or (
            (p["whole_year_rate"].search(self.text, c.end, end) is not None  # 全年…，增长0.2% (round 21)
             or self._shown_by_release(c, begin, end))  # 公报显示，全年… (r43)
            and p["whole_year_hedge"].search(self.text, begin, end) is None)
        targets = self._bare_targets(begin, end)  # outside a target reported met (round 36)
        return (reported and not any(not any(a <= t < b for a, b in secured) for t in targets)
                and not self.looks_ahead(c))

    def _shown_by_release(self, c: Candidate, begin: int, end: int) -> bool:
        """The 全年 right after what a release shows (统计公报显示，全年…, round 43), read only in the few characters
        before it (`whole_year_shown_window`), with no estimate in its sentence (约3亿部, 可达7亿吨, 预计:
        `whole_year_estimate`, round 43 mend: a hedge keeps the document's year)."""
        p = patterns()
        window = max(begin, c.start - int(res()["whole_year_shown_window"]))
        return (p["whole_year_shown_before"].search(self.text, window, c.start) is not None
                and p["whole_year_estimate"].search(self.text, begin, end) is None)

    def plans_whole_year(self, c: Candidate) -> bool:
        """The sentence of a 全年 names a target or a plan (全年目标, 计划, 力争), hedges its figure as a goal
        (增长5%左右) or looks ahead: a year still to come, which no 全年 reported before it dates (round 28)."""
        p = patterns()
        begin, end = sentence_around(self.text, c.start, c.end)
        return (bool(self._bare_targets(begin, end))
                or p["whole_year_hedge"].search(self.text, begin, end) is not None or self.looks_ahead(c))

    def planned_part(self, c: Candidate) -> bool:
        """The part of a year the text looks ahead to or plans, which no results report date (预计全年, 全年目标,
        全年增长5%左右; 预计四季度…): for a whole year (全年) its sentence's plan (`plans_whole_year`, which reads
        `looks_ahead` too), for any other part its clause's look ahead alone. The one test `released_year_part`,
        `annual_report_year` and `ended_year_use` ask (the last only of a 全年, so there it is `plans_whole_year`)."""
        return self.plans_whole_year(c) if c.spec.whole_year else self.looks_ahead(c)

    def _bare_targets(self, begin: int, end: int) -> tuple[int, ...]:
        """Where the target words of ``text[begin:end]`` start outside a target the sentence reports met (超额完成…
        目标任务, round 36): read once per sentence span, in one pass that steps over each met target."""
        key = (begin, end)
        found = self.target_memo.get(key)
        if found is None:
            found = tuple(m.start() for m in met_or_target().finditer(self.text, begin, end) if m.lastgroup)
            self.target_memo[key] = found
        return found

    def _plan_before(self, begin: int) -> bool:
        """The sentence before ``begin`` names this year or a target (今年…主要预期目标是：…): a plan's sentences."""
        ends = patterns()["sentence_end"]
        stop = begin
        while stop > max(0, begin - 8) and ends.fullmatch(self.text, stop - 1, stop):
            stop -= 1  # the marks ending the sentence before (。⏎)
        if stop == 0:
            return False
        start = sentence_start(self.text, stop)
        return patterns()["whole_year_plan_before"].search(self.text, start, stop) is not None

    def looks_ahead(self, c: Candidate) -> bool:
        """The date's clause or the clause after it looks ahead (预计12月份…; 12月份，CPI预计…; 自12月1日起施行),
        read within `future_window_chars` either side."""
        return patterns()["future_sentence"].search(self.text, *self._clauses(c)) is not None

    def reports_act(self, c: Candidate) -> bool:
        """The date's clause or the clause after it reports an act done (美联储当地时间18日宣布; 18日，…公布) and
        does not look ahead (将于20日发布): a bare day of it is not after the document's day (round 23)."""
        begin, end = self._clauses(c)
        return patterns()["past_act"].search(self.text, begin, end) is not None and not self.looks_ahead(c)

    def _clauses(self, c: Candidate) -> tuple[int, int]:
        """The span of the date's clause and of the clause after it, within `future_window_chars` either side."""
        breaks, window = patterns()["clause_break"], int(res()["future_window_chars"])
        lo = max(0, c.start - window)
        begin = max((m.end() for m in breaks.finditer(self.text, lo, c.start)), default=lo)
        end = c.end - 1
        for _ in range(2):  # to the end of the date's clause and of the one after it
            after = breaks.search(self.text, end + 1, c.end + window)
            end = after.start() if after else min(len(self.text), c.end + window)
        return begin, end


def reported_periods(s: str, cands: list[Candidate], default: Default) -> dict[tuple, list[int]]:
    """Where year-less periods are read as reported (``Default.reported_after``), by period, in one pass."""
    if default.doc is None or default.title_year is not None:
        return {}
    out: dict[tuple, list[int]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        spec = c.spec
        key = period_key(spec)
        if (key is not None and spec.year is None and spec.yrel is None and not spec.explicit
                and default.reported_after(spec, c)):
            out.setdefault(key, []).append(c.start)
    return out
