"""A value that is the level compared with (claim_time: 增速较2016年的6.7%略低, 由上月下降0.2%转为上涨…): it holds
for its base's date, which says nothing of when the sentence's other values hold."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.bases import _framed_level
from pipeline.extract.claim_times.facts import _sentence_facts
from pipeline.extract.claim_times.periods import Placed


def level_base_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed]) -> str | None:
    """The date of a value that is the level compared with (增速较2016年的6.7%略低, 較上季的28000元下跌9%):
    that value holds for that date. It says nothing of when the sentence's other values hold."""
    if number["kind"] == "multiple":
        return None
    rules = cues()
    offset = number["start"] - sentence_start
    facts = _sentence_facts(sentence, placed)
    ordered = facts.ordered
    gap = number.get("unit") in rules.setting("gap_units")
    for k in facts.level_candidates:  # (a date that is none returns no value: it is not read again per value)
        start, end, value = ordered[k]
        if end > offset:
            continue
        between = sentence[end:offset]
        if gap and rules.pattern("gap_after_base").match(between):
            continue  # 高于2015年4.9个百分点: the gap to the base, not the base's level (round 21)
        glued = rules.pattern("date_value_glue").match(between) or (
            rules.pattern("base_level_glue").match(between) and not rules.pattern("change_words").search(between))
        if glued and (rules.pattern("level_base").search(sentence[max(0, start - 2):start])
                      or rules.pattern("level_comparison").search(sentence[max(0, start - 3):start])):
            return value  # (较2023年春节档的67.65亿元: the period word the base date opens is part of the base)
        if _framed_level(sentence, start, end) == offset:  # 与2010年第六次全国人口普查的7865.99万人相比
            return value
        if _turn_start(number, sentence, sentence_start, start, between):
            return value  # 由上月下降0.2%转为上涨…: the change the turn starts from holds for its date (round 26)
        # 較上季（1至3月）的5.4%: the base restated in brackets, then its level
        if (k and rules.pattern("restating_close").match(between)
                and rules.pattern("date_value_glue").match(between.lstrip().lstrip("）)"))
                and rules.pattern("restating_open").fullmatch(sentence[ordered[k - 1][1]:start])
                and rules.pattern("level_base").search(sentence[max(0, ordered[k - 1][0] - 2):ordered[k - 1][0]])):
            return value
    return None


def _turn_start(number: dict, sentence: str, sentence_start: int, start: int, between: str) -> bool:
    """The value is the change a turn starts from, right after 由 and a date (由上月下降0.2%转为上涨0.3%: round 26)."""
    rules = cues()
    return bool(rules.pattern("transition_from_glue").match(between)
                and rules.pattern("change_start").search(sentence[max(0, start - 2):start])
                and rules.pattern("transition_turn_after").match(sentence, number["end"] - sentence_start))


def _unanchored_turn(number: dict, sentence: str, sentence_start: int, placed: list[Placed], level: str) -> bool:
    """The turn's start date is the sentence's first and no passage time stands before it: a 上月 counted from the
    document date names the month reported (round 24), not the month before it, so it dates no start of a turn."""
    first = min(placed, default=None)
    offset = number["start"] - sentence_start
    return (first is not None and first[2] == level and first[1] <= offset
            and _turn_start(number, sentence, sentence_start, first[0], sentence[first[1]:offset]))
