"""The time of a sanction (claim_time: 对当事人罚款600万元): the decision's date, never a period of the
findings."""

from __future__ import annotations

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_times.clauses import clause_bounds
from pipeline.extract.claim_times.periods import Placed


def is_a_sanction(metric: str, sentence_before: str) -> bool:
    """A value a decision imposes (对当事人罚款600万元, 并处以540万元罚款, 没收业务收入180万元): its metric names a
    sanction and its sentence imposes one (not a year's total of fines, 罚没款金额)."""
    rules = cues()
    return bool(rules.pattern("sanction_metric").search(metric)
                and rules.pattern("sanction_act").search(sentence_before))


def sanction_time(number: dict, sentence: str, sentence_start: int, placed: list[Placed],
                  carried: tuple[str | None, ...]) -> str | None:
    """The time of a sanction: a date of its own clause that is no base of the fine (处以其2019年销售额4%的罚款: the
    year dates the turnover), else the decision's month or day in the sentence or carried (``carried``: the passage's
    times), never a period of the findings (经查，2018年至2021年…)."""
    rules = cues()
    offset = number["start"] - sentence_start
    begin, end = clause_bounds(sentence, offset)
    own = [value for start, stop, value in placed
           if begin <= start and stop <= end
           and not (rules.pattern("sanction_base_before").search(sentence[max(0, start - 4):start])
                    and rules.pattern("sanction_base_after").match(sentence[stop:stop + 16]))]
    if own:
        return own[0]
    before = [value for _, stop, value in placed if stop <= offset]
    day = rules.pattern("decision_time")
    return next((value for value in [*reversed(before), *carried] if value and day.match(value)), None)
