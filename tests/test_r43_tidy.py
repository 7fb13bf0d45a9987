"""(round 43 tidy) The dated nouns a share or multiple is of are read from one table (`_NAMED_BASES`: a word before
the date, a pattern at its end), each row through the public `base_dates`, with look-alikes that stay levels."""

from __future__ import annotations

import re

import pytest

from pipeline.extract import claim_time
from pipeline.extract.claim_time import base_dates

_DATE = re.compile(r"\d{4}年")


def _bases(sentence: str) -> list[str]:
    placed = [(m.start(), m.end(), m.group()[:4]) for m in _DATE.finditer(sentence)]
    return sorted(sentence[start:start + 4] for start in base_dates(sentence, placed))


@pytest.mark.parametrize("sentence", [
    "公司营收是2023年营收的2.7倍。",                       # share_verb_before → named_multiple_of_base
    "研发投入相当于美国2013年科研投入总额的80%。",          # base_verb_before → named_share_of_base
    "客流恢复至疫情前（2019年）的76%。",                    # reached_bracket_before → bracketed_share_of_base
    "入境人次为上年（2024年）同期的1.4倍。",                # copula_bracket_before → bracketed_multiple_of_base
])
def test_each_row_of_the_table_makes_the_date_a_base(sentence: str) -> None:
    assert _bases(sentence) == [_DATE.search(sentence).group()[:4]]


@pytest.mark.parametrize("sentence", [
    "研发投入占2013年科研投入总额的80%。",                  # no 相当于 before: a level, not a base
    "客流增长至疫情前（2019年）水平。",                      # no share after the bracket
    "比重为全国总量（2023年）的15%。",                       # a percentage after 为 may be that year's share
    "2023年营收增长2.7倍。",                                 # no verb of being before the date
])
def test_look_alikes_keep_the_date_a_level(sentence: str) -> None:
    assert _bases(sentence) == []


def test_the_table_names_only_patterns_that_exist() -> None:
    rules = claim_time.cues()
    for before, reach, after, why in claim_time._NAMED_BASES:
        assert rules.pattern(before) and rules.pattern(after) and reach > 0 and why


def test_the_dealt_act_verbs_are_the_object_taking_ones_that_follow_a_party() -> None:
    """(round 43 tidy) Two lists, not one built from the other (claims.yaml's comments): 予以 needs the party before it
    (对23人予以…) and opens no clause; 实施/开展 take acts on things and stay out of the acts done to counted people."""
    rules = claim_time.cues()
    dealt, taking = rules.words("dealt_act_verbs"), rules.words("object_taking_verbs")
    assert "予以" in dealt and "予以" not in taking
    assert dealt - {"予以"} <= taking
    assert not {"实施", "實施", "开展", "開展"} & dealt and {"实施", "开展"} <= taking
