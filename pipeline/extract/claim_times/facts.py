"""What the governing time reads of a sentence and its dates whatever the value (claim_time): the bases,
restatements, asides, trend reaches and level candidates, found once per sentence and kept in a thread's memo."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.asides import _all_closed_asides, averaged_span_clauses, innermost_closes
from pipeline.extract.claim_times.bases import _framed_level, _restatements, base_dates
from pipeline.extract.claim_times.passage import trend_reach
from pipeline.extract.claim_times.periods import Placed


class _SentenceFacts(NamedTuple):
    """What `_governing_time` reads of a sentence and its dates whatever the value: the bases (`base_dates`), the
    restated dates (`_restatements`), and per date where the innermost closed aside holding it closes (a date inside
    an aside closed before the value dates only the aside's values; `_all_closed_asides`; the sentence's length
    when none holds it)."""

    bases: frozenset[int]
    restating: frozenset[int]
    aside_closes: tuple[int, ...]
    reach: Mapping[int, int]  # `trend_reach` (read only)
    ordered: tuple[Placed, ...]  # the dates in order
    level_candidates: tuple[int, ...]  # which of them `level_base_time` can return (`_level_candidates`)
    present_until: int  # a sentence opening with `present_opening`: where its first `present_period_change` starts
    # (its length when none); -1 for any other sentence
    averaged: tuple[tuple[int, int], ...]  # clauses a later year range dates an average of (`averaged_span_clauses`)


def _sentence_facts(sentence: str, placed: list[Placed]) -> _SentenceFacts:
    """`_SentenceFacts`, found once per sentence and its list of dates: each value asked for them anew, each a read of
    all the sentence's dates (a one-line document of dated groups, 年末人口100万人（包括3万人的流动人口）…, took 188 s
    for 1,250 values: round 34). A thread's memo of the last sentence and dates list (kept, so
    its identity cannot pass to another), its length and the cues it was read with."""
    rules = cues()
    memo = getattr(_FACTS_MEMO, "last", None)
    if not (memo and memo[0] is sentence and memo[1] is placed and memo[2] == len(placed) and memo[3] is rules):
        asides = _all_closed_asides(rules.pattern("aside_content"), sentence, tuple(placed))
        ordered = tuple(sorted(placed))
        facts = _SentenceFacts(frozenset(base_dates(sentence, placed)), frozenset(_restatements(sentence, placed)),
                               innermost_closes([d[0] for d in placed], asides, len(sentence)),
                               MappingProxyType(trend_reach(sentence, placed)), ordered,
                               _level_candidates(sentence, ordered), _present_until(sentence),
                               tuple(averaged_span_clauses(sentence, placed)))
        memo = (sentence, placed, len(placed), rules, facts)
        _FACTS_MEMO.last = memo
    return memo[4]


_FACTS_MEMO = threading.local()  # per thread: the last sentence, its dates list, their number, the cues and the facts


def _present_until(sentence: str) -> int:
    """`_SentenceFacts.present_until`: a sentence opening with 目前/当前 (`present_opening`) holds for now up to its
    first change against the period before (`present_period_change`: 同比, 比上月), which keeps the passage's time."""
    rules = cues()
    if not rules.pattern("present_opening").match(sentence):
        return -1
    change = rules.pattern("present_period_change").search(sentence)
    return change.start() if change else len(sentence)


def _level_candidates(sentence: str, ordered: Sequence[Placed]) -> tuple[int, ...]:
    """The indices of the dates `level_base_time` can return, by what stands around the date alone: each of its
    returns needs a base word before the date (level_base, level_comparison), a comparison frame around it
    (`_framed_level`), a change's start before it (change_start), or a restated base before it; the rest of each test
    reads the text up to the value. The others are skipped for every value (they would be read for each)."""
    rules = cues()
    found = []
    for k, (start, end, _) in enumerate(ordered):
        if (rules.pattern("level_base").search(sentence[max(0, start - 2):start])
                or rules.pattern("level_comparison").search(sentence[max(0, start - 3):start])
                or _framed_level(sentence, start, end) is not None
                or rules.pattern("change_start").search(sentence[max(0, start - 2):start])
                or (k and rules.pattern("restating_open").fullmatch(sentence[ordered[k - 1][1]:start])
                    and rules.pattern("level_base").search(
                        sentence[max(0, ordered[k - 1][0] - 2):ordered[k - 1][0]]))):
            found.append(k)
    return tuple(found)
