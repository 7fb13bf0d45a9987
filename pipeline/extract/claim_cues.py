"""The claim cues of `resources/claims.yaml`, compiled once.

The claim engine (`claims`), its time rules (`claim_time`) and its metric rules
(`claim_metric`) read their words and patterns only from here, so every cue is data a user
can extend (a list in the user's claims.yaml adds alternatives) and the engines hold no
Chinese literals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.resources import cached, load_yaml


def _pattern(spec: str | list[str]) -> re.Pattern[str]:
    """One regular expression from a pattern or a list of alternatives."""
    if isinstance(spec, str):
        return re.compile(spec)
    return re.compile("|".join(f"(?:{p})" for p in spec))


@dataclass(frozen=True)
class ClaimCues:
    claim_blocks: frozenset[str]
    english_ratio: float
    structure_sentence: re.Pattern[str]
    not_factual: list[re.Pattern[str]]
    formula_before: re.Pattern[str]
    formula_after: re.Pattern[str]
    attributed_forecast: re.Pattern[str]
    attribution: list[re.Pattern[str]]
    continuation: re.Pattern[str]
    comparison_base: re.Pattern[str]
    comparison_frame_before: re.Pattern[str]
    comparison_frame_after: re.Pattern[str]
    multiple_base_after: re.Pattern[str]
    date_value_glue: re.Pattern[str]
    change_start: re.Pattern[str]
    respectively: re.Pattern[str]
    annual_average: re.Pattern[str]
    figure_reference: re.Pattern[str]
    caption_label: re.Pattern[str]
    duration_value_before: re.Pattern[str]
    group_scope_words: frozenset[str]
    place_pos_tags: frozenset[str]
    group_unit: str
    metric_lead_strip: re.Pattern[str]
    metric_tail_strip: re.Pattern[str]
    change_words: re.Pattern[str]
    noun_tags: frozenset[str]
    noun_joiners: frozenset[str]
    verb_tags: frozenset[str]
    counted_prefix_max: int
    list_separators: re.Pattern[str]
    list_last_joiners: re.Pattern[str]
    list_member_lead: re.Pattern[str]
    relative_marker: str


@cached
def cues() -> ClaimCues:
    spec = load_yaml("claims.yaml")
    return ClaimCues(
        claim_blocks=frozenset(spec["claim_blocks"]),
        english_ratio=float(spec["english_ratio"]),
        structure_sentence=_pattern(spec["structure_sentence"]),
        not_factual=[re.compile(p) for p in spec["not_factual"]],
        formula_before=_pattern(spec["formula_before"]),
        formula_after=_pattern(spec["formula_after"]),
        attributed_forecast=_pattern(spec["attributed_forecast"]),
        attribution=[re.compile(p) for p in spec["attribution"]],
        continuation=_pattern(spec["continuation"]),
        comparison_base=_pattern(spec["comparison_base"]),
        comparison_frame_before=_pattern(spec["comparison_frame_before"]),
        comparison_frame_after=_pattern(spec["comparison_frame_after"]),
        multiple_base_after=_pattern(spec["multiple_base_after"]),
        date_value_glue=_pattern(spec["date_value_glue"]),
        change_start=_pattern(spec["change_start"]),
        respectively=_pattern(spec["respectively"]),
        annual_average=_pattern(spec["annual_average"]),
        figure_reference=_pattern(spec["figure_reference"]),
        caption_label=_pattern(spec["caption_label"]),
        duration_value_before=_pattern(spec["duration_value_before"]),
        group_scope_words=frozenset(spec["group_scope_words"]),
        place_pos_tags=frozenset(spec["place_pos_tags"]),
        group_unit=spec["group_unit"],
        metric_lead_strip=_pattern(spec["metric_lead_strip"]),
        metric_tail_strip=_pattern(spec["metric_tail_strip"]),
        change_words=_pattern(spec["change_words"]),
        noun_tags=frozenset(spec["noun_tags"]),
        noun_joiners=frozenset(spec["noun_joiners"]),
        verb_tags=frozenset(spec["verb_tags"]),
        counted_prefix_max=int(spec["counted_prefix_max"]),
        list_separators=_pattern(spec["list_separators"]),
        list_last_joiners=_pattern(spec["list_last_joiners"]),
        list_member_lead=_pattern(spec["list_member_lead"]),
        relative_marker=spec["relative_marker"],
    )
