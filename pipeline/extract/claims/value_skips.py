"""The values of a sentence that make no claim, as ordered tables of readers `claims_of_sentence` tries in turn,
each on the value in hand (`ValueAt`) and answering whether it drops the value: the text's framing (tried first,
on the text alone), the readings that need the clause's words, and a plan's values (once the value's time is
known). A table is tried in its order and stops at the first reader that drops the value, as the single chain of
conditions did, so that no later reader's work is paid for a dropped value."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import (
    attributed_forecast,
    bounds_a_counted_group,
    bounds_a_counted_noun,
    counts_the_sample,
    describes_an_exclusion,
    in_number_run,
    is_a_base,
    is_a_rule,
    is_a_target,
    is_an_assumption,
    is_an_index_threshold,
    is_claim_duration,
    is_formula_term,
    is_labelled_plan_value,
    is_procedure_setting,
    is_research_design,
    is_structural_count,
    is_target_value,
    labels_a_group,
    plans_a_running_period,
    qualifies_a_group,
    qualifies_the_subject,
    scopes_a_partner_value,
    sets_a_threshold,
)
from pipeline.extract.claims.governing import held_list_member, in_breakdown, quotation_unit, word_after_bound
from pipeline.extract.claims.reporting import factual_to_clause_end, in_viewing_frame
from pipeline.extract.claims.value_reading import ValueAt
from pipeline.nlp.doc import Word
from pipeline.script import simplified

Reader = Callable[[ValueAt], bool]


def _carries_horizon(text: str, clause_begin: int, offset: int, done_from: int, budget: bool,
                     verb_starts: list[int]) -> bool:
    """A value a horizon carried from the sentence before makes a target (round 31): nothing before it reports a
    result or a status (``done_from``), and a verb of a target stands before it in its clause (提高到, 新增, 控制在…:
    a stock with none, 全省林地面积1.2亿亩, is today's level). A budget heading's lines need no verb. The verb must
    end before the value: of the places ``verb_starts`` lists from the clause's start on, the first whose verb ends
    in time answers (the same as searching the clause up to the value; only a verb running into the value fails)."""
    if done_from <= offset:
        return False
    if budget:
        return True
    verb = cues().pattern("horizon_target_verb")
    at = bisect.bisect_left(verb_starts, clause_begin)
    while at < len(verb_starts) and verb_starts[at] < offset:
        if verb.match(text, verb_starts[at], offset):
            return True
        at += 1
    return False


class _TextsAndTags:
    """The (text, tag) of each of some words, made as they are read (each reading starts over): ``labels_a_group``
    stops at the first word that is no place or scope word, and a clause's pairs made in full for each of its values
    made a one-line list quadratic (round 33)."""

    __slots__ = ("words",)

    def __init__(self, words: list[Word]) -> None:
        self.words = words

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((w.text, w.tag) for w in self.words)


# --- the text's framing: read on the text alone, before the clause's words are looked up -------------------------


def _names_no_quantity(v: ValueAt) -> bool:
    """A count of the text's own structure, a formula's term, a procedure's setting or a study's design: the value
    measures nothing the text reports."""
    text, number, offset, end = v.run.text, v.number, v.offset, v.end
    return bool(is_structural_count(number, v.before) or is_formula_term(text[:offset], text[end:])
                or is_procedure_setting(number, text[:offset], text[end:])
                or is_research_design(text[v.clause_begin:offset], text[end:]))


def _frames_the_text(v: ValueAt) -> bool:
    """A number inside the name of a list, of the text's aspects, of a release or of a viewing frame: it names what
    the text is about, not a value of it."""
    rules = cues()
    text, number, offset, end, clause_begin = v.run.text, v.number, v.offset, v.end, v.clause_begin
    return bool(rules.pattern("ranking_list_after").match(text, end)  # 世界500强: a list's name
                or (number["kind"] == "count"  # 等12个方面, 表现在3方面: the text's framing (round 42)
                    and rules.pattern("aspect_count").match(number["text"] + text[end:end + 3])
                    and not rules.pattern("aspect_count_stated_before").search(v.before))
                or any(a <= offset and end <= b for a, b in v.run.release_titles)  # 发布“5月份70个大中城市…情况”
                or in_viewing_frame(number, text, clause_begin, offset, end))  # 从70个大中城市房价看，


def _ranks_or_refers(v: ValueAt) -> bool:
    """An income group, a rank, a group the text named before, a rank's selection: the number picks out whom the
    text speaks of."""
    rules = cues()
    text, number, offset, end, clause_begin = v.run.text, v.number, v.offset, v.end, v.clause_begin
    return bool((number["unit"] == "%" and rules.pattern("income_group_after").match(text, end))  # 20%收入组
                or rules.pattern("rank_top_before").search(text[clause_begin:offset])  # 位居全球前20: a rank
                or (number["kind"] == "count"  # 这10个行业的经费占…: the group named before, no new count (37)
                    and rules.pattern("referred_count_before").search(text[clause_begin:offset]))
                or (rules.pattern("rank_selection_after").match(text, end)  # 最低的3个城市依次是…: a rank's frame
                    and rules.pattern("rank_selection_before").search(text[clause_begin:offset])))


def _qualifies_or_excludes(v: ValueAt) -> bool:
    """A run of numbers, a qualifier of a group, or what an exclusion leaves out: no value of its own."""
    text, number, offset, end = v.run.text, v.number, v.offset, v.end
    return bool(in_number_run(text, v.run.in_sentence, v.position, v.run.sentence.start)
                or qualifies_a_group(number, text[end:])
                or describes_an_exclusion(text, offset, end))  # （不含已执行5%存款准备金率的金融机构） (round 30)


def _assumes_or_rules(v: ValueAt) -> bool:
    """The terms of an assumption, or a rule's own number: what the text supposes or sets, not what it found."""
    text, offset, end = v.run.text, v.offset, v.end
    return bool(is_an_assumption(v.run.frames, offset, text[end:], text[max(0, offset - 40):offset])
                or is_a_rule(text, offset, end, v.run.placed))


def _bounds_or_targets(v: ValueAt) -> bool:
    """An index's threshold, a target's value, or the bound of a counted group: a line drawn, not a level read.
    (`bounds_a_counted_group` is asked here of the value itself; `_object_of` asks it again of the value after,
    to let the object read on past it.)"""
    text, number, offset, end, clause_begin = v.run.text, v.number, v.offset, v.end, v.clause_begin
    return bool(is_an_index_threshold(number, text[clause_begin:offset], text[:clause_begin], text[end:])
                or is_target_value(text[:offset], text[end:])
                or bounds_a_counted_group(text[clause_begin:offset], text[end:]))


FRAMING_SKIPS: tuple[Reader, ...] = (_names_no_quantity, _frames_the_text, _ranks_or_refers, _qualifies_or_excludes,
                                     _assumes_or_rules, _bounds_or_targets)


# --- the readings that need the clause's words (``v.clause_words``) ----------------------------------------------


def _sets_a_threshold(v: ValueAt) -> bool:
    """A threshold a rule or a count sets (超过500万元的项目), unless the value is a member of a list held before."""
    s = v.run
    text, number, offset, end = s.text, v.number, v.offset, v.end
    bound = cues().pattern("threshold_bound").match(text[end:])
    return bool(not held_list_member(text, s.found, number, s.sentence.start)
                and sets_a_threshold(text[v.clause_begin:offset], text[end:], v.clause_words, bound,
                                     word_after_bound(s.index, number, bound)))


def _is_a_base(v: ValueAt) -> bool:
    """The base a change is measured from, or a quotation's unit: no claim of its own."""
    s = v.run
    return bool(is_a_base(v.number, s.text[:v.offset], s.text[v.end:],
                          quotation_unit(s.text, s.in_sentence, v.position, s.sentence.start)))


def _qualifies_what_is_counted(v: ValueAt) -> bool:
    """A number that qualifies the subject, bounds a counted noun, counts a study's sample or scopes a partner value:
    part of what the claim is about."""
    s = v.run
    text, in_sentence, position = s.text, s.in_sentence, v.position
    clause_end, clause_words = v.clause_end, v.clause_words
    return bool(qualifies_the_subject(text, in_sentence, position, s.sentence.start, clause_end)
                or bounds_a_counted_noun(text, in_sentence, position, s.sentence.start, clause_end, s.index.clipped)
                or counts_the_sample(text, in_sentence, position, s.sentence.start, clause_end, clause_words)
                or scopes_a_partner_value(in_sentence, position, s.sentence.start, clause_end, clause_words,
                                          s.index.clipped))


def _not_a_claim_duration(v: ValueAt) -> bool:
    """A duration that is no claim (a term, a period's length) rather than a time measured."""
    s, number, before = v.run, v.number, v.before
    rules = cues()
    return (number["kind"] == "duration" and not is_claim_duration(
        s.text[v.clause_begin:v.offset] if before.strip() in rules.words("duration_list_joiners") else before,
        s.text[v.end:], v.clause_words, in_breakdown(s.text, s.found, number, s.passage)))


def _labels_a_group(v: ValueAt) -> bool:
    """A number in the label of a group (place or scope words before it), not a value of the group."""
    s, number, index = v.run, v.number, v.run.index
    return bool(labels_a_group(s.text[v.clause_begin:v.offset], _TextsAndTags(v.clause_words),
                               number, v.following, _value_later_in_clause(v),
                               next((w.tag for w in index.clipped(number["end"], number["end"] + 4)
                                     if w.text.strip()), ""), s.masked[v.clause_begin:v.offset]))


def _value_later_in_clause(v: ValueAt) -> bool:
    """(round 49) Another value follows the count in its own clause (全球13台根服务器中有10台…; 全市3000家企业
    营业收入增长5%), or a later one follows a clause that is only the count and its noun (全国3家基础电信企业，
    共完成…): the count may label the group those values measure. A count whose own clause says what its members did
    and holds no other value (全市6家企业利润下降，其中2家…) states a fact of its own, whatever clauses follow.
    (Round 49 mend) A clause that only frames the survey the later values come from (全市500家重点监测企业数据显示，…;
    全省1200家企业纳入统计，…; 全市38家企业参与调查，…: `count_sample_clause`) names the sample, not what its members
    did: the count still labels the group."""
    s = v.run
    later = s.in_sentence[v.position + 1:]
    if not later:
        return False
    if later[0]["start"] - s.sentence.start < v.clause_end:
        return True
    rules = cues()
    if rules.pattern("count_sample_clause").search(s.text[v.end:v.clause_end]):
        return True
    verbs = rules.words("verb_tags")
    return not any(w.tag in verbs for w in s.index.clipped(s.sentence.start + v.end, s.sentence.start + v.clause_end))


def _not_factual(v: ValueAt) -> bool:
    """A value the clause does not report as a fact (a forecast, a hope, a condition) up to the clause's end."""
    s = v.run
    return not factual_to_clause_end(
        s.factual_text, len(s.carried) + v.clause_end, v.number, s.text, s.sentence.start, s.placed, s.fallback,
        s.passage.span, s.year_times, s.now, s.forecast_source)


READING_SKIPS: tuple[Reader, ...] = (_sets_a_threshold, _is_a_base, _qualifies_what_is_counted,
                                     _not_a_claim_duration, _labels_a_group, _not_factual)


# --- a plan's values: read once the value's time (``v.time``) is known --------------------------------------------


def _attributed(v: ValueAt) -> bool:
    """An organisation's forecast of the period (the source forecasts and the clause attributes it): a claim even
    where the value's time is ahead. Asked by both plan readers below, each only once it found a plan."""
    s = v.run
    return s.forecast_source and attributed_forecast(simplified(s.carried + s.text[:v.clause_end]))


def _labelled_plan(v: ValueAt) -> bool:
    """(round 38) …提高到24.1%（约束性）; …，均为约束性指标。: a plan's value labelled its indicator."""
    s = v.run
    return is_labelled_plan_value(v.time, s.text, s.text[v.clause_begin:v.offset], s.text[v.end:], s.now)


def _sets_a_target(v: ValueAt) -> bool:
    """到2025年，…达到12%: a plan (an organisation's forecast of that period is a claim); the sentence is then
    ``targeted``, which sets the passage's horizon."""
    s = v.run
    text, clause_begin, offset = s.text, v.clause_begin, v.offset
    if (is_a_target(v.time, text, offset, s.placed, s.now) or (s.horizon and _carries_horizon(
            text, clause_begin, offset, s.done_from, s.passage.budget, s.verb_starts))) and not _attributed(v):
        s.targeted = True
        return True
    return False


def _plans_a_running_period(v: ValueAt) -> bool:
    """今年…一般公共预算支出安排285490亿元: the running year's budget, a plan (round 30)."""
    s = v.run
    return plans_a_running_period(v.time, (s.unnamed or s.text)[:v.clause_end], s.now) and not _attributed(v)


PLAN_SKIPS: tuple[Reader, ...] = (_labelled_plan, _sets_a_target, _plans_a_running_period)


def drops(table: tuple[Reader, ...], v: ValueAt) -> bool:
    """Whether a reader of ``table``, tried in order, drops the value (the first that does ends the reading)."""
    return any(reader(v) for reader in table)

