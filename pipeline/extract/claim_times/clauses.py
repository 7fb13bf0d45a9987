"""The clause around a position (claim_time's reading of clause marks): commas, colons and semicolons break a
clause, brackets make an aside of their own, a title in 《》 breaks none. Read once per text into an index."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

# 16:30, 1:10 break no clause, nor the thousands comma of 20,167元
_CLAUSE_BREAK = re.compile(r"[，；;（）()]|(?<!\d),|,(?!\d{3}(?!\d))|[：:](?!\d)|(?<!\d)[：:]")
BRACKET_OPENERS, BRACKET_CLOSERS = "（(", "）)"
# a title in 《》: its colon (《志愿军：存亡之战》) breaks no clause
_TITLE = re.compile("\u300a[^\u300a\u300b\n]{1,60}\u300b")


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The clause of ``text`` around ``position``: between commas, colons and semicolons, where a
    bracketed aside closed before ``position`` belongs to the clause (客运运力投入（按座公里计）同比上升)
    and a position inside brackets has the aside as its clause. The text is read once (`_clause_index`); each call
    then looks its clause up by bisection and rereads only the few characters before ``position`` whose reading the
    cut at ``position`` can change (a comma whose thousands group ``position`` cuts short, a colon right before it):
    a run-on line of thousands of values asks this per value (round 32: 3,000 values took 76 s)."""
    index = _clause_index(text) if len(text) > _SHORT_CLAUSE_TEXT else _short_clause_index(text)
    breaks, begins, tops, values, parents, titles = index
    position = min(max(position, 0), len(text))
    # the breaks before ``tail`` read as in the whole text; those from ``tail`` on are reread up to ``position``
    tail = max(0, position - _CUT_REACH)
    at = bisect.bisect_left(breaks, tail) - 1
    begin, top = (begins[at], tops[at]) if at >= 0 else (0, -1)
    pushed: list[int] = []
    for match in _CLAUSE_BREAK.finditer(text, tail, position):
        if in_title(titles, match.start()):
            continue
        mark = match.group()
        if mark in BRACKET_OPENERS:
            pushed.append(match.end())
        elif mark in BRACKET_CLOSERS:
            if pushed:
                pushed.pop()
            elif top >= 0:
                top = parents[top]
            else:
                begin = match.end()
        elif not pushed and top < 0:
            begin = match.end()
    if pushed:
        begin = max(begin, pushed[-1])
    elif top >= 0:
        begin = max(begin, values[top])
    following = bisect.bisect_left(breaks, position)
    return begin, breaks[following] if following < len(breaks) else len(text)


def clause_end_past(text: str, clause_end: int, bracket: re.Pattern[str]) -> int:
    """The clause's end, read on past a bracket standing right at it that only names the noun before it again
    (201个重点湖（库）中，…; 超过千亿元的省（市）有12个): `clause_bounds` cuts at the bracket's 、 or its opening, while
    the clause goes on to its own end (round 37). ``bracket`` says which brackets do so."""
    found = bracket.match(text, clause_end)
    return clause_bounds(text, found.end())[1] if found else clause_end


# a comma's thousands group (,000 and no digit after) reaches 4 characters on, a colon's digit 1: a break that far
# before the cut or nearer may read otherwise in text[:position] than in the whole text
_CUT_REACH = 4
_SHORT_CLAUSE_TEXT = 200  # texts up to this long (a gap, a head) have a memo of their own: they would crowd others out


ClauseIndex = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
                    tuple[tuple[int, int], ...]]


@lru_cache(maxsize=16)
def _clause_index(text: str) -> ClauseIndex:
    """`_build_clause_index`, once per text (bounded: memory stays linear; the index is never changed once built, so
    threads may share it)."""
    return _build_clause_index(text)


@lru_cache(maxsize=512)
def _short_clause_index(text: str) -> ClauseIndex:
    """`_build_clause_index` of a short text, kept apart so that short texts never crowd the long ones out. A
    sentence's gaps and heads are asked again and again: over the corpus 17,987 asks held 1,606 distinct texts, each
    read afresh before (round 37). Bounded; tuples, so threads may share them."""
    return _build_clause_index(text)


def _build_clause_index(text: str) -> ClauseIndex:
    """One pass over ``text`` for `clause_bounds`: the positions of its clause breaks (outside titles), and after each
    the clause begin in force and the brackets left open, as a node of a tree of open brackets (``values``: where the
    aside after the opener begins, ``parents``: the bracket open around it, -1: none), so any prefix's open brackets
    are one node; and the titles' spans. Tuples: nothing shared can be changed."""
    titles = tuple(title_spans(text))
    breaks: list[int] = []
    begins: list[int] = []
    tops: list[int] = []
    values: list[int] = []
    parents: list[int] = []
    begin, top = 0, -1
    for match in _CLAUSE_BREAK.finditer(text):
        start = match.start()
        if in_title(titles, start):
            continue
        mark = match.group()
        if mark in BRACKET_OPENERS:
            values.append(match.end())
            parents.append(top)
            top = len(values) - 1
        elif mark in BRACKET_CLOSERS:
            if top >= 0:
                top = parents[top]
            else:
                begin = match.end()
        elif top < 0:
            begin = match.end()
        breaks.append(start)
        begins.append(begin)
        tops.append(top)
    return tuple(breaks), tuple(begins), tuple(tops), tuple(values), tuple(parents), titles


def title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the titles in 《》 of ``text``: a clause mark inside one (《志愿军：存亡之战》) ends no clause."""
    return [m.span() for m in _TITLE.finditer(text)] if "\u300a" in text else []


def in_title(titles: Sequence[tuple[int, int]], at: int) -> bool:
    """Position ``at`` lies inside one of ``titles`` (from `title_spans`: in order, none overlapping), found by
    bisection: the clause index asks this for every clause mark of a text."""
    k = bisect.bisect_left(titles, (at,)) - 1  # (the last title that opens before ``at``)
    return k >= 0 and at < titles[k][1]
