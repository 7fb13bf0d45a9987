"""Spans of a text indexed for overlap look-ups that stay linear over a long block.

Shared by the number engine (blocked and claimed spans) and the date ranges (non-date words): a block of
one line can hold thousands of them, and a scan of every span per candidate is quadratic in its length.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanSet:
    """Spans with an overlap test that reads only the spans that can overlap: those starting within the
    longest span's length before the range. A block of one line holds thousands of numbers, so a scan of
    every span per candidate would make a paragraph's cost quadratic in its length."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.longest = max((b - a for a, b in self.spans), default=0)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)
        self.longest = max(self.longest, span[1] - span[0])

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that start before ``end`` and at most the longest span's length before ``start``: the
        only ones that can overlap [start, end)."""
        first = bisect.bisect_left(self.spans, (start - self.longest, start - self.longest))
        return self.spans[first:bisect.bisect_left(self.spans, (end, end))]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span (as ``number_context.overlaps`` over the same spans)."""
        return any(start < b for _, b in self.near(start, end))
