"""Where a passage ends: blank lines, paragraph and section breaks, sentence bounds, lines and table rows, the
prose of a line. A date's anchor holds only inside its passage.
"""

from __future__ import annotations

import bisect
import functools

from pipeline.extract.date_bare_years import line_starts
from pipeline.extract.date_lexicon import Candidate, patterns, res
from pipeline.extract.dates.records import Anchor
from pipeline.readers import TABLE_CELL_SEPARATOR
from pipeline.resources import cleared_with_resources


def blank_line(seg: str) -> bool:
    """A blank line in ``seg`` that is no wrap of a hard-wrapped copy (…的\n\n数据 goes on)."""
    p = patterns()
    return bool(p["blank_line"].search(seg) and not p["wrapped_blank_line"].search(seg))


def paragraph_break(s: str, a: int, b: int) -> bool:
    """A passage ends at a newline right after sentence-final punctuation, at a blank line, or where a table ends."""
    seg = s[a:b]
    return blank_line(seg) or patterns()["passage_end"].search(seg) is not None


def break_points(s: str, a: int) -> tuple[int, int, int]:
    """Where the passage from ``a`` ends, read once (round 34 mend: a 年末's passage was read again up to each later
    date): the first ends of a sentence-final newline, of a blank line and of a blank line that is only a wrap (as
    ``blank_line`` reads it, a wrap anywhere in a span voids every blank line of that span), so
    ``paragraph_break(s, a, b)`` is ``broken_at(points, b)`` for every b."""
    p, none = patterns(), len(s) + 1
    end, blank, wrap = (p[name].search(s, a) for name in ("passage_end", "blank_line", "wrapped_blank_line"))
    return (s.index("\n", end.start()) + 1 if end else none, blank.end() if blank else none,
            wrap.end() if wrap else none)


def broken_at(points: tuple[int, int, int], b: int) -> bool:
    """``paragraph_break`` from the points ``break_points`` read."""
    ended, blank, wrap = points
    return ended <= b or blank <= b < wrap


def sentence_around(s: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``s[start:end]``, read back and on at most 200 characters (a text with no
    sentence mark is not read to its end from each date that asks)."""
    after = patterns()["sentence_end"].search(s, end, end + 200)
    return sentence_start(s, start), after.start() if after else min(len(s), end + 200)


def sentence_start(s: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence mark at most 200 characters back."""
    ends = patterns()["sentence_end"]
    return max((m.end() for m in ends.finditer(s, max(0, pos - 200), pos)), default=max(0, pos - 200))


def section_break(s: str, a: int, b: int) -> bool:
    """A run of paragraphs ends at a blank line or a table: the year a bulletin's paragraph opens with (2023年末，…)
    is the year of the next lines' 比上年 only up to there."""
    seg = s[a:b]
    return blank_line(seg) or TABLE_CELL_SEPARATOR in seg


def line_bounds(s: str, position: int) -> tuple[int, int]:
    """The start and end of the line ``position`` is on (a newline belongs to the line it ends)."""
    starts = line_starts(s)
    i = bisect.bisect_right(starts, position) - 1
    return starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else len(s)


def in_row(s: str, position: int) -> bool:
    """The position is on a table's row (a line of cells)."""
    return TABLE_CELL_SEPARATOR in s[slice(*line_bounds(s, position))]


def after_table(anchor: Anchor | None, s: str, position: int) -> Anchor | None:
    """The anchor at `position`: one a table's cell set (a header's 2022年 column) dates the rest of its table only,
    so past the table's end the anchor before the table holds again (its caption's 2021年1-11月 for the notes under
    it, the passage's year for the prose after it)."""
    if anchor is None or not anchor.row:
        return anchor
    return anchor if same_table(s, anchor.pos, position) else anchor.outer


def same_table(s: str, start: int, position: int) -> bool:
    """`position` is on a row of the table whose row holds `start` (only rows of cells between them)."""
    between = s[line_bounds(s, start - 1)[1] : line_bounds(s, position)[0]].split("\n")
    return in_row(s, position) and all(TABLE_CELL_SEPARATOR in line for line in between if line.strip())


def is_dateline(s: str, c: Candidate) -> bool:
    """A full date alone on its line (a bulletin's 2024年3月20日 under its issuer, a signature): the day the text was
    issued, not the time of the data after it, so it anchors no passage (the title's year or the document date
    dates 全年 and 上年 there)."""
    if c.spec.day is None:
        return False
    if patterns()["publication_label_before"].search(s, max(0, c.start - 12), c.start):
        return True  # 发布日期：2026-01-30 (round 20): when the data were published, not the data's time
    window = int(res()["dateline_window_chars"])  # (a date line is short: the line is read only that far)
    line_start = s.rfind("\n", max(0, c.start - window), c.start) + 1
    line_end = s.find("\n", c.end, c.end + window)
    if (line_start == 0 and c.start > window) or (line_end < 0 and c.end + window < len(s)):
        return False
    before, after = s[line_start : c.start], s[c.end : len(s) if line_end < 0 else line_end]
    if not before.strip() and not after.strip():
        return True
    # (round 29) （2025年4月8日） or 江临市统计局　2025年3月20日: the bulletin's date line still
    return (patterns()["dateline_alone_before"].fullmatch(before) is not None
            and patterns()["dateline_alone_after"].fullmatch(after) is not None)


def heading_between(headings: list[int], a: int, b: int) -> bool:
    """A numbered section heading (二、…, 四、调查方法) starts between ``a`` and ``b``: a new section, whose year-less
    dates no year named in the section before dates (a note's 以2019年相应同期数为基数 is no year of 1月份数据免报)."""
    return bisect.bisect_right(headings, b) > bisect.bisect_right(headings, a)


@cleared_with_resources
@functools.lru_cache(maxsize=4)
def _sentence_marks(s: str) -> tuple[int, ...]:
    """Where each sentence end of ``s`` is (dates.yaml `sentence_end`), found once per text (round 33 review: a scan
    back to the line start per 当日 was quadratic on a long line); a tuple, so no caller can change what the memo
    holds. (A line break ends no sentence inside a line, so it changes no line's last mark.)"""
    return tuple(m.start() for m in patterns()["sentence_end"].finditer(s))


def in_prose(s: str, position: int) -> bool:
    """The word at ``position`` opens its paragraph (当日，… / 报道说，当月…) on a line of prose with a clause
    or sentence mark: not a table's field name (当月涨跌幅(%)) nor a word inside a clause (以当日收盘价平仓,
    当日内走势: any day)."""
    start, end = line_bounds(s, position)
    if patterns()["prose_mark"].search(s, start, end) is None:
        return False
    # (round 33: or it opens a later sentence of a paragraph that named no date before it, after the clause's subject
    # at most: 港股方面，恒生指数当日收涨…; 。中国外汇交易中心公布，当日人民币…中间价…: the lede's day all the same)
    marks = _sentence_marks(s)  # the last sentence mark before it on its line, by bisection (no scan back per word)
    i = bisect.bisect_left(marks, position) - 1
    opens = marks[i] + 1 if i >= 0 and marks[i] >= start else 0
    p = patterns()
    lead = p["paragraph_opening_lead"].match(s, max(start, opens), position)
    return lead is not None and (lead.end() == position or (
        p["clause_subject"].fullmatch(s, lead.end(), position) is not None
        and p["subject_day_word"].match(s, position) is not None))


def dateline_day_at(s: str, c: Candidate) -> bool:
    """The date ``c`` opens its line (after a bracketed tag at most) as a clause of its own, a part of the day at most
    after it (7月2日，…; 12月22日早盘，…): a dateline, not an event's day (3月16日零时起，…); or it opens its line after
    a release's attribution lead (据农业农村部监测，6月30日…)."""
    p = patterns()
    line_start = line_bounds(s, c.start)[0]
    if p["release_day_before"].fullmatch(s, line_start, c.start) is not None:
        return True  # 据农业农村部监测，6月30日“…指数”为…: a daily release's day, whatever follows it (round 23)
    return (p["dateline_day_before"].fullmatch(s, line_start, c.start) is not None
            and p["dateline_day_after"].match(s, c.end) is not None)
