"""Dated headings and heading levels: a heading's date holds over the text under it until a heading of its
level or above closes it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from pipeline.extract.claim_cues import cues
from pipeline.extract.date_lexicon import Candidate, patterns, res
from pipeline.extract.dates.breaks import line_bounds
from pipeline.extract.dates.records import Anchor
from pipeline.script import simplified

PLAIN_HEADING_LEVEL = 9  # a plain dated heading line sits innermost: a numbered heading after it closes it (claims/)


def dated_heading_lines(s: str, cands: list[Candidate], document_date: dt.date | None) -> list[int]:
    """(round 42 mend) The starts of the plain lines that open with their one date, a written year and no day, and go
    on with the part of a report they head (2023年工作回顾 ⏎ …全年批准逮捕…): claims.yaml's `dated_heading_line`, the
    reading claims/passage.py's ``dated_heading_line`` dates the claims under it with, so the dates under it (全年) take
    its year as under 一、2023年工作回顾. Only a period over by the document's month, as there."""
    rule = cues().pattern("dated_heading_line")
    now = f"{document_date.year}-{document_date.month:02d}" if document_date is not None else None
    out: list[int] = []
    for k, c in enumerate(cands):
        start, end = line_bounds(s, c.start)
        spec = c.spec
        if (s[start:c.start].strip() or spec.year is None or spec.day is not None or spec.days is not None
                or spec.end is not None or (k + 1 < len(cands) and cands[k + 1].start < end)
                or rule.fullmatch(s, c.end, end) is None):
            continue
        last = (spec.months[1] if spec.months else spec.month if spec.month
                else int(spec.part[1:]) * (3 if spec.part[0] == "Q" else 6) if spec.part else 12)
        if now is None or f"{spec.year}-{last:02d}" < now:
            out.append(start)
    return out


def heading_anchor(headings: list[int], parents: list[int], anchors: dict[int, Anchor],
                    position: int) -> Anchor | None:
    """The anchor the numbered section heading above ``position`` set (一、2023年工作回顾): it dates every paragraph
    under it, not only the first, until the next numbered heading of its level or above (one without a date dates
    nothing); a sub-heading without a date (（一）一般公共预算) leaves the date of the heading above it (round 21)."""
    k = bisect.bisect_right(headings, position) - 1
    while k >= 0:
        found = anchors.get(headings[k])
        if found is not None:
            return found
        k = parents[k]
    return None


def heading_level(match: re.Match[str]) -> int:
    """The level of a numbered section heading by the group its number matched (``l1`` 一、, ``l2`` （一）, ``l3`` 1.,
    ``l4`` （1）); 0 where the pattern names none."""
    name = match.lastgroup or ""
    return int(name[1:]) if name[1:].isdigit() else 0


def heading_parents(levels: list[int]) -> list[int]:
    """For each heading, the index of the nearest heading before it of a higher level (a smaller number), the one it
    sits under, or -1: one pass with a stack."""
    parents: list[int] = []
    stack: list[int] = []
    for k, level in enumerate(levels):
        while stack and levels[stack[-1]] >= level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(k)
    return parents


def holiday_over(text: str, at: int, year: str, now: str) -> bool:
    """The holiday named right at ``at`` is over by the month ``now`` (YYYY-MM): its usual last month in ``year`` has
    come (dates.yaml holiday_last_month: 国庆 10), and the title is no booking or forecast (预订, 预计; round 33 review:
    2024年国庆假期旅游预订情况 in September 2024 is not over)."""
    m = patterns()["holiday_base"].match(simplified(text), at)
    if m is None or any(w in text for w in res()["holiday_not_over_words"]):
        return False
    last = next((v for k, v in res()["holiday_last_month"].items() if k in m.group()), 12)
    return now >= f"{year}-{int(last):02d}"


def open_heading(opened: list[tuple[int, str | None]], match: re.Match[str],
                 time: str | None) -> tuple[list[tuple[int, str | None]], str | None]:
    """The headings still open after a numbered heading (level, time), outermost first, and the time they state: the
    new heading closes those of its level and below, and the time is the innermost one that names a date."""
    level = heading_level(match)
    opened = [h for h in opened if h[0] < level] + [(level, time)]
    return opened, next((t for _, t in reversed(opened) if t), None)
