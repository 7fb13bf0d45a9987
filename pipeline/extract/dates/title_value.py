"""The time a document's title names, as a value (``title_time``): read with the scan of the title's dates.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_grammar import read_ocr_zeros, scan_candidates
from pipeline.extract.date_lexicon import Candidate, Spec, patterns, res
from pipeline.extract.date_ranges import drop_excluded, merge_ranges
from pipeline.extract.dates.formatting import value_and_granularity
from pipeline.extract.dates.scan import find_dates
from pipeline.extract.dates.titles import has_ended, title_line, title_period
from pipeline.extract.numerals import normalise
from pipeline.script import simplified


def title_time(text: str, document_date: dt.date | None = None) -> str | None:
    """The period a document's title reports (…2022年全国教育事业发展统计公报, …2024年第一季度报告, 2023年10月金融统计
    数据报告), once it has ended by the document date: a date stated once for all the data the document goes on
    describing, so the time of its figures that no date of their own or of their passage dates. A title naming a period
    not yet over (2024年政府工作报告 in March 2024: last year's results and this year's plans) dates nothing, unless it
    names its output (关于2023年粮食产量数据的公告 in December): a harvest that is in, never a plan."""
    s = read_ocr_zeros(simplified(normalise(text)))
    title_start, title_end = title_line(s)
    if title_end - title_start > int(res()["title_line_max_chars"]):
        return None  # (round 42: a first line longer than a title is prose, for a year-less title as for a year's
        # (`title_period`); a one-line document's line is not read for dates here)
    head = s[:title_end]
    cands = merge_ranges(head, drop_excluded(head, scan_candidates(head)))  # (read once for both)
    title = title_period(head, cands)
    output = patterns()["title_output"].search(s, title_start, title_end)
    if title is None:
        return _yearless_title_period(text, head, cands, title_start, title_end, document_date)
    if not (has_ended(title, document_date) or output):
        return None
    return value_and_granularity(title)[0]


def _yearless_title_period(text: str, head: str, cands: list[Candidate], title_start: int, title_end: int,
                           document_date: dt.date | None) -> str | None:
    """A title naming a quarter, half or run of months with no year (上半年全市经济运行情况分析, 一季度…数据) reports
    that period of the year its own date mention resolves to (the year the body's 上半年 takes too): the time of the
    figures that no nearer date dates (round 20). So does a headline's single month stating its figure's change (3月PMI
    为50.5% 比上月上升0.3个百分点, round 32) once that month is over. A bare year word (今年…) or a compared period is
    none. ``cands``: the merged dates of ``head``, as `title_time` read them."""
    p = patterns()
    starts = [c.start for c in cands
              if title_start <= c.start and c.end <= title_end and not c.spec.explicit and c.spec.year is None
              and c.spec.yrel is None and (c.spec.part or c.spec.quarters or c.spec.months or c.spec.month)
              and c.spec.day is None and c.spec.end is None
              and (p["title_report_after"].match(head[c.end:title_end])
                   or (c.spec.month is not None and p["title_headline_after"].match(head[c.end:title_end])
                       and not p["title_since_after"].match(head[c.end:title_end])
                       and not p["sentence_end"].match(head[title_start:title_end].rstrip()[-1:])))
              and not p["title_base_before"].search(head, title_start, c.start)]
    if len(starts) != 1:
        return None
    # (round 42: read with the lead, whose release of the month with its year, 发布2021年8月份全国CPI数据, dates the
    # headline's 8月 too: `restates_released_month`; the lead is read no further than `release_month` reads it)
    lead_end = max(title_end, int(res()["release_bulletin_window_chars"]))
    value = next((m.value for m in find_dates(text[:lead_end], document_date) if m.start == starts[0]), None)
    if value is not None and _MONTH_VALUE.fullmatch(value) and not _month_over(value, document_date):
        return None  # (round 32: a year-less month, 3月PMI…, dates the body once it is over, as a title year's does)
    return value


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


def _month_over(value: str, doc: dt.date | None) -> bool:
    """The month ``value`` (2025-03) has ended by the document date, its last day counting (`has_ended`)."""
    year, month = map(int, value.split("-"))
    return has_ended(Spec(year=year, month=month), doc)
