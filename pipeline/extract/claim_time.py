"""The time a claimed value holds for (guidelines, Claims: `time`).

In order: a date right before the value; a date of its clause; a date of its sentence; the
time the passage stated once for the data it goes on describing (carried by the caller). A
comparison base (比2019年, 与2019年同期相比, 是2010年的2.32倍) is never the time, nor is an
announcement date (the caller drops those). An average annual rate holds for the span it
averages over. The cue words are data (`resources/claims.yaml`).

The rules live in the package `pipeline.extract.claim_times`, one module per concern; this module is their public
face: the names the claims stages, `claim_source`, `claim_selection`, `claim_metric` and `checks` import.
"""

from __future__ import annotations

from pipeline.extract.claim_times.asides import (
    averaged_span_clauses,
    in_aside,
    in_earlier_period_clause,
    in_prior_clause,
    innermost_closes,
)
from pipeline.extract.claim_times.bases import base_dates, named_base_dates, record_frames, restatement_end
from pipeline.extract.claim_times.clauses import (
    BRACKET_CLOSERS,
    BRACKET_OPENERS,
    clause_bounds,
    clause_end_past,
    in_title,
    title_spans,
)
from pipeline.extract.claim_times.governing import time_for
from pipeline.extract.claim_times.levels import level_base_time
from pipeline.extract.claim_times.passage import (
    breaks_down,
    dateline_opening,
    effective_from,
    lede_time,
    opening_time,
    passage_span,
    sentence_time,
    single_days,
    sole_time,
    sub_periods,
    trend_starts,
)
from pipeline.extract.claim_times.periods import (
    Placed,
    is_day,
    is_year,
    is_year_end,
    looks_back,
    months_covered,
    period_before,
    within,
)
from pipeline.extract.claim_times.respectively import year_list_times
from pipeline.extract.claim_times.sanctions import is_a_sanction, sanction_time

__all__ = [
    "BRACKET_CLOSERS", "BRACKET_OPENERS", "Placed", "averaged_span_clauses", "base_dates", "breaks_down",
    "clause_bounds", "clause_end_past", "dateline_opening", "effective_from", "in_aside", "in_earlier_period_clause",
    "in_prior_clause",
    "in_title", "innermost_closes", "is_a_sanction", "is_day", "is_year", "is_year_end", "lede_time",
    "level_base_time", "looks_back", "months_covered", "named_base_dates", "opening_time", "passage_span",
    "period_before", "record_frames", "restatement_end", "sanction_time", "sentence_time", "single_days", "sole_time",
    "sub_periods", "time_for", "title_spans", "trend_starts", "within", "year_list_times",
]
