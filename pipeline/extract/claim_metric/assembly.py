"""The top-level metric assembly: a value's metric from its clause, the governing value and the context.

`_metric` runs the stages of one value's reading in order on a `MetricReading`: `outright` (the readings that decide
a metric before its phrase), `phrase` (the head and change, read against the governing value), `after_value` (the
words after the value); `metric` adds the owner of a whole a 其中 term kind lacks."""

from __future__ import annotations

import dataclasses

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.after_value import read_after
from pipeline.extract.claim_metric.cleaning import EDGE, SPACE, without_cause_lead, without_report_verb
from pipeline.extract.claim_metric.context import Context, Governing, MetricReading, read_first
from pipeline.extract.claim_metric.counts import (
    without_enumeration,
)
from pipeline.extract.claim_metric.list_owners import framed_flow
from pipeline.extract.claim_metric.outright import CLAUSE_READERS, OPENING_READERS, trim_named_before
from pipeline.extract.claim_metric.phrase import read_head, read_phrase
from pipeline.extract.claim_metric.words import (
    ends_in_metric_head,
    longest_end,
    longest_start,
)
from pipeline.nlp.doc import Word


def metric(before: str, words_before: list[Word], words_after: list[Word], counted: bool,
           member: str | None, governing: Governing | None, fallback: str, level: bool = False,
           context: Context = Context()) -> Governing:
    """The metric of one value (`_metric`), with the owner of a whole a term kind of it after 其中 lacks
    (`term_kind_owner`, round 43), and the stock word the whole ends in (`term_kind_stock`, round 44)."""
    found = _metric(before, words_before, words_after, counted, member, governing, fallback, level, context)
    if (driven := without_cause_lead(found.metric, context.unit, counted)) != found.metric:
        # (round 49) 「人工智能+」高速发展带动存储芯片产量增长: the cause and its verb of driving go, from the subject
        # the next value takes too
        cut = len(found.metric) - len(driven)
        subject = found.subject[cut:] if found.subject.startswith(found.metric[:cut]) else found.subject
        found = dataclasses.replace(found, metric=driven, subject=subject)
    if not member and (flow := framed_flow(found.metric, context.before + before)):
        return dataclasses.replace(found, metric=flow, subject=flow)  # 谷物方面，…共进口… → 谷物进口 (round 50)
    if not context.local or governing is None or member:
        return found
    owner, stock = term_kind_owner(found.subject, governing.subject, context.before + before)
    if not owner:
        return found
    subject = owner + found.subject + stock
    if stock and found.metric.startswith(found.subject):  # the stock word right after the member's measure
        return dataclasses.replace(found, metric=subject + found.metric[len(found.subject):], subject=subject)
    return dataclasses.replace(found, metric=owner + found.metric, subject=subject)  # (round 44 mend: no change lost)


def term_kind_stock(subject: str, whole: str) -> str:
    """(round 44) The stock word a whole ends in after the measure a 其中 term kind names (全省企业存款余额…，其中定期
    存款… → 余额: 全省企业定期存款余额): `term_kind_stocks`; "" when the member names it already or the whole ends in
    the member's measure (住户贷款增加…，其中短期贷款…)."""
    stock = longest_end(whole, cues().words("term_kind_stocks"))
    return stock if stock and not subject.endswith(stock) else ""


def term_kind_owner(subject: str, whole: str, before: str) -> tuple[str, str]:
    """(round 43) The owner of a whole a 其中 member names a term kind of (住户贷款增加…，其中，短期贷款增加…，
    中长期贷款增加… → 住户: 住户短期贷款, 住户中长期贷款): the member is a term word (`term_kinds`) and a measure
    the whole ends in, or ends in after a term word of its own (the member before: 住户短期贷款); the words of the
    whole before them name its owner, which the member lacks. "" otherwise: no 其中 before it in its sentence, a
    member naming an owner of its own (其中，住户存款 of 人民币存款) or a whole with no owner (贷款增加…，其中短期
    贷款…). With the owner, the whole's stock word (`term_kind_stock`; round 44 mend: one reading), "" for none."""
    rules = cues()
    if rules.setting("term_kind_opener") not in before:
        return "", ""
    kind = longest_start(subject, rules.words("term_kinds"))
    measure = subject[len(kind):]
    whole = whole[:-len(stock)] if (stock := term_kind_stock(subject, whole)) else whole  # (round 44: …存款余额)
    if not kind or len(measure) < 2 or not whole.endswith(measure):
        return "", ""
    owner = whole[:-len(measure)]
    owner = owner[:-len(held)] if (held := longest_end(owner, rules.words("term_kinds"))) else owner
    if not owner or not ends_in_metric_head(measure) or rules.pattern("change_words").search(owner):
        return "", ""
    return owner, stock


def _metric(before: str, words_before: list[Word], words_after: list[Word], counted: bool,
            member: str | None, governing: Governing | None, fallback: str, level: bool = False,
            context: Context = Context()) -> Governing:
    """The metric of one value, from the clause text before it (dates and earlier values already
    cut out), the words on either side, and what governs it (see the module docstring).

    ``level``: the value is the level a change of the previous value reached (加息75个基点至2.75%,
    增长5%至100亿元); it measures the previous value's subject, without the change. A value whose clause
    names no subject takes, in order, the previous clause's subject (the first value of a sentence), the
    governing metric, the sentence's opening clause.

    The stages, in order: the clause prepared (`_prepared`), the readings that decide a metric outright
    (`outright.OPENING_READERS`, the clause trimmed of what the value before named, `outright.CLAUSE_READERS`), the
    phrase split into its head and change (`read_phrase`), the head read against the governing value (`read_head`),
    and the readings of the words after the value (`after_value.read_after`)."""
    r = _prepared(before, words_before, words_after, counted, member, governing, fallback, level, context)
    if (found := read_first(r, OPENING_READERS)) is not None:
        return found
    trim_named_before(r)
    if (found := read_first(r, CLAUSE_READERS)) is not None:
        return found
    if (found := read_phrase(r)) is not None:
        return found
    r.found = read_head(r)
    return read_after(r)


def _prepared(before: str, words_before: list[Word], words_after: list[Word], counted: bool, member: str | None,
              governing: Governing | None, fallback: str, level: bool, context: Context) -> MetricReading:
    """The value's reading with its clause cut to the words that can name its metric: without a release's report verb
    and (for a count) the enumeration before it; ``bare`` the clause unspaced, for the patterns that read it whole."""
    if not member:  # (round 42 mend) …发布《…公报》，显示去年…: the release's verb
        before, words_before = without_report_verb(before, words_before, context.previous_clause)
    if counted and not member:
        before, words_before = without_enumeration(before, words_before)
    bare = EDGE.sub("", SPACE.sub("", before))
    return MetricReading(before, words_before, words_after, counted, member, governing, fallback, level, context,
                         bare)
