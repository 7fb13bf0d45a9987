"""The metric of a claim: the noun phrase of the thing measured, from the Doc's words and tags.

A value's metric is built from its clause, not copied from it:
- the subject noun phrase before the value's verb (营业收入 in 营业收入为…), with discourse
  openers (其中, 截至, 据) and copulas or qualifiers (为, 达到, 约, 超过) dropped;
- a change keeps its change word after the subject (服务进出口总额同比增长 for 同比增长7.3%); a
  clause with no noun of its own (同比增长7.3%, 下降4%) takes the governing subject: the previous
  value's, or the one the passage carries into a continuation sentence;
- a count of a noun (16个国家签署备忘录) measures that noun as the clause describes it
  (签署备忘录的国家);
- a 分别 list gives each value its own member (A、B、C分别增长x、y、z → A增长, B增长, C增长).
Cue words and tags are data (`resources/claims.yaml`).

The package's modules, each of one concern, lowest first (each imports only from those above it): `context`
(Governing, Context, and MetricReading: one value's reading, which its stages pass on), `words`, `cleaning`, `kinds`,
`bases`, `counts`, `carried`, `siblings`, `owners`, the lists (`list_alike` and `list_tails`: the words every member
shares; `list_scopes`: a scope or frame over the members; `list_owners`: their owner; `list_items`: a list's items;
`list_members`: the members; `list_values`: extremes and shared changes), `acts`, the stages of `assembly._metric`
(`outright`: the readings that decide a metric before its phrase; `phrase`: the head and change read against the
governing value; `after_value`: the readings of the words after the value), and `assembly` (the top-level `metric`).
This module re-exports what other modules and tests use.
"""

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_metric.assembly import metric
from pipeline.extract.claim_metric.bases import is_gap_lead, links_level
from pipeline.extract.claim_metric.cleaning import bounded, clean
from pipeline.extract.claim_metric.context import Context, Governing
from pipeline.extract.claim_metric.counts import (
    count_predicate,
    counts_people_bare,
    enumeration_start,
    names_only_its_noun,
)
from pipeline.extract.claim_metric.list_members import list_heads, list_members
from pipeline.extract.claim_metric.list_owners import compound_owner
from pipeline.extract.claim_metric.list_scopes import framed_member
from pipeline.extract.claim_metric.list_values import list_shared_change, superlative_pair_members
from pipeline.extract.claim_metric.outright import turned_change
from pipeline.extract.claim_metric.owners import in_breakdown_clause, rate_owner
from pipeline.extract.claim_metric.words import cut_words, ends_in_metric_head, names_any_measure

__all__ = [
    "Context",
    "Governing",
    "bounded",
    "clean",
    "compound_owner",
    "count_predicate",
    "counts_people_bare",
    "cues",
    "cut_words",
    "ends_in_metric_head",
    "enumeration_start",
    "framed_member",
    "in_breakdown_clause",
    "is_gap_lead",
    "links_level",
    "list_heads",
    "list_members",
    "list_shared_change",
    "metric",
    "names_any_measure",
    "names_only_its_noun",
    "rate_owner",
    "superlative_pair_members",
    "turned_change",
]
