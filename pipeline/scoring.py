"""Scoring extracted tables against gold: the guidelines' matching rules, one-to-one matching, scores.

The matching rules are those of `annotation-guidelines.md` ("Matching rules used for scores"); each is a
small plain function so that it can be unit-tested without files.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.gold import (
    KINDS,
    REL_TOLERANCE,
    Gold,
    GoldClaim,
    GoldDate,
    GoldNumber,
    GoldOrganization,
    norm_ws,
    values_equal,
)

# Every scored kind: the four extracted tables, and claims that must also have the right metric phrase.
SCORED_KINDS: tuple[str, ...] = (*KINDS, "claims_metric")
METRIC_DICE_MIN = 0.5


# --------------------------------------------------------------------------------------------------
# Matching rules (plain functions)


def texts_overlap(a: str, b: str) -> bool:
    """One text contains the other, white space ignored (超过10% and 10% agree); empty texts never do."""
    na, nb = norm_ws(a), norm_ws(b)
    return bool(na) and bool(nb) and (na in nb or nb in na)


def number_matches(gold: GoldNumber, pred: PredNumber) -> bool:
    """Values equal, kinds agree, money agrees on the currency, texts overlap."""
    return (
        values_equal(gold.value, pred.value)
        and gold.kind == pred.kind
        and (gold.kind != "money" or gold.unit == pred.unit)
        and texts_overlap(gold.text, pred.text)
    )


def date_matches(gold: GoldDate, pred: PredDate) -> bool:
    """Equal value strings (both missing counts as equal) and overlapping texts."""
    return (gold.value or None) == (pred.value or None) and texts_overlap(gold.text, pred.text)


def org_group_matches(entry: GoldOrganization, group: PredOrgGroup) -> bool:
    """Some predicted text or canonical equals the entry's canonical or one of its mentions (ws ignored)."""
    names = {norm_ws(entry.canonical), *(norm_ws(m) for m in entry.mentions)}
    names.discard("")
    return any(norm_ws(f) in names for f in group.forms)


def claim_matches(gold: GoldClaim, pred: PredClaim) -> bool:
    """Equal value and unit, and equal time (both null counts as equal)."""
    return (
        values_equal(gold.value, pred.value)
        and gold.unit == pred.unit
        and (gold.time or None) == (pred.time or None)
    )


def metric_dice(a: str, b: str) -> float:
    """Character Dice coefficient of two metric phrases, white space ignored (multiset of characters)."""
    ca, cb = Counter(norm_ws(a)), Counter(norm_ws(b))
    total = sum(ca.values()) + sum(cb.values())
    return 2 * sum((ca & cb).values()) / total if total else 0.0


def claim_metric_matches(gold: GoldClaim, pred: PredClaim) -> bool:
    """A claim match whose metric phrases also share at least half of their characters (claims_metric)."""
    return claim_matches(gold, pred) and metric_dice(gold.metric, pred.metric) >= METRIC_DICE_MIN


def max_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool],
                 candidates: Callable[[int], Iterable[int]] | None = None) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (Kuhn's augmenting paths, iterative); deterministic for a given order.

    Greedy first-fit can lose matches (gold A could take the only prediction gold B fits); augmenting
    paths cannot. Returns (gold index, pred index) pairs sorted by gold index. ``candidates(i)``, when
    given, names the predictions gold item i may match (an index on the value): only those are
    tested, so a long document is not scored over all gold × prediction pairs.
    """
    adj = [[j for j in (range(n_pred) if candidates is None else sorted(set(candidates(i)))) if compatible(i, j)]
           for i in range(n_gold)]
    pred_owner = [-1] * n_pred  # gold index holding each prediction
    gold_pred = [-1] * n_gold  # prediction held by each gold item
    for root in range(n_gold):
        if not adj[root]:
            continue
        # Iterative DFS over alternating paths; reached_by maps a prediction to the gold that reached it.
        visited = [False] * n_pred
        reached_by: dict[int, int] = {}
        stack: list[tuple[int, int]] = [(root, 0)]
        free = -1
        while stack and free < 0:
            g, k = stack.pop()
            if k >= len(adj[g]):
                continue
            stack.append((g, k + 1))
            p = adj[g][k]
            if visited[p]:
                continue
            visited[p] = True
            reached_by[p] = g
            if pred_owner[p] < 0:
                free = p
            else:
                stack.append((pred_owner[p], 0))
        # Flip the path back to the root: each prediction on it goes to the gold item that reached it.
        p = free
        while p >= 0:
            g = reached_by[p]
            previous = gold_pred[g]
            pred_owner[p], gold_pred[g] = g, p
            p = -1 if g == root else previous
    return sorted((g, p) for p, g in enumerate(pred_owner) if g >= 0)


# --------------------------------------------------------------------------------------------------
# Predictions (rows of the extracted tables)


@dataclass(frozen=True)
class PredNumber:
    text: str
    value: float | None
    unit: str
    kind: str
    sent_id: int | None = None
    start: int | None = None


@dataclass(frozen=True)
class PredDate:
    text: str
    value: str | None
    sent_id: int | None = None
    start: int | None = None


@dataclass(frozen=True)
class PredOrgGroup:
    """The predicted mentions of one organisation in one article (grouped by canonical)."""

    canonical: str
    forms: tuple[str, ...]
    sent_id: int | None = None


@dataclass(frozen=True)
class PredClaim:
    metric: str
    value: float | None
    unit: str
    time: str | None
    sent_id: int | None = None


def group_organizations(rows: Iterable[tuple[str, str, int | None]]) -> list[PredOrgGroup]:
    """Group predicted (text, canonical, sent_id) mentions of one article by canonical (text if none).

    Organisations are scored once per entry per article, so a system that finds 工信部 ten times
    earns one true positive, not ten.
    """
    groups: dict[str, tuple[str, list[str], int | None]] = {}
    for text, canonical, sent_id in rows:
        key = norm_ws(canonical) or norm_ws(text)
        if not key:
            continue
        if key not in groups:
            groups[key] = (canonical or text, [canonical] if canonical else [], sent_id)
        forms = groups[key][1]
        if text and text not in forms:
            forms.append(text)
    return [PredOrgGroup(c, tuple(f), s) for c, f, s in groups.values()]


# --------------------------------------------------------------------------------------------------
# Scores


@dataclass
class Score:
    """Counts of one kind (in one article or summed over articles); P/R/F1 derived."""

    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.n_gold + other.n_gold, self.n_pred + other.n_pred, self.tp + other.tp)

    @property
    def precision(self) -> float:
        return precision(self.tp, self.n_pred, self.n_gold)

    @property
    def recall(self) -> float:
        return recall(self.tp, self.n_pred, self.n_gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "tp": self.tp,
            "fp": self.n_pred - self.tp,
            "fn": self.n_gold - self.tp,
            "precision": round(self.precision, 6),
            "recall": round(self.recall, 6),
            "f1": round(self.f1, 6),
        }


def precision(tp: int, n_pred: int, n_gold: int) -> float:
    """tp/n_pred; with no predictions 1.0 when there was nothing to find, else 0.0.

    An empty kind (nothing gold, nothing predicted) must not trip a floor; predicting nothing
    against a non-empty gold must.
    """
    if n_pred:
        return tp / n_pred
    return 1.0 if n_gold == 0 else 0.0


def recall(tp: int, n_pred: int, n_gold: int) -> float:
    """tp/n_gold; with no gold 1.0 when nothing was predicted either, else 0.0 (symmetric to precision)."""
    if n_gold:
        return tp / n_gold
    return 1.0 if n_pred == 0 else 0.0


def f1(p: float, r: float) -> float:
    """Harmonic mean; 0.0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class KindResult:
    """Outcome of scoring one kind in one article: the score plus what was missed or wrong."""

    score: Score
    missed: list[int] = field(default_factory=list)  # indices into the gold list
    false_positives: list[int] = field(default_factory=list)  # indices into the prediction list


def _pair_score(n_gold: int, n_pred: int, pairs: list[tuple[int, int]]) -> KindResult:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    return KindResult(
        Score(n_gold, n_pred, len(pairs)),
        [i for i in range(n_gold) if i not in matched_g],
        [j for j in range(n_pred) if j not in matched_p],
    )


class ValueIndex:
    """Predictions by value, for the gold items whose rule needs equal values (numbers, claims)."""

    def __init__(self, values: Sequence[float | None]) -> None:
        known = sorted((v, j) for j, v in enumerate(values) if v is not None and not math.isnan(v))
        self._values = [v for v, _ in known]
        self._indices = [j for _, j in known]

    def near(self, value: float | None) -> list[int]:
        """Indices whose value may equal ``value`` under values_equal (a superset: the rule decides)."""
        if value is None or math.isnan(value):
            return []
        margin = abs(value) * 2 * REL_TOLERANCE
        lo = bisect.bisect_left(self._values, value - margin)
        hi = bisect.bisect_right(self._values, value + margin)
        return self._indices[lo:hi]


def score_pairs(gold: Sequence[Any], pred: Sequence[Any], matches: Callable[[Any, Any], bool],
                key: str | None = "value") -> KindResult:
    """Items of one article matched one-to-one under a matching rule (numbers, dates, claims); only
    predictions with the gold item's value are tested (``key``: "value" for an equal number within
    the tolerance, "text" for an equal string, None for every prediction)."""
    candidates: Callable[[int], Iterable[int]] | None = None
    if key == "value":
        index = ValueIndex([p.value for p in pred])
        candidates = lambda i: index.near(gold[i].value)  # noqa: E731
    elif key == "text":
        by_value: dict[Any, list[int]] = {}
        for j, p in enumerate(pred):
            by_value.setdefault(p.value or None, []).append(j)
        candidates = lambda i: by_value.get(gold[i].value or None, [])  # noqa: E731
    pairs = max_matching(len(gold), len(pred), lambda i, j: matches(gold[i], pred[j]), candidates)
    return _pair_score(len(gold), len(pred), pairs)


score_numbers = partial(score_pairs, matches=number_matches)
score_dates = partial(score_pairs, matches=date_matches, key="text")
score_claims = partial(score_pairs, matches=claim_matches)
score_claims_metric = partial(score_pairs, matches=claim_metric_matches)  # claims with the right metric


def score_organizations(gold: Sequence[GoldOrganization], groups: Sequence[PredOrgGroup]) -> KindResult:
    """Organisations of one article, once per entry: groups matched one-to-one to entries.

    A group that matches no entry is a false positive. A group that matches only entries already taken
    by other groups (the system split one organisation under two canonicals) is neither a true nor a
    false positive and is left out of `predicted`, so that precision = tp / predicted still holds.
    """
    by_form: dict[str, list[int]] = {}
    for j, group in enumerate(groups):
        for form in group.forms:
            by_form.setdefault(norm_ws(form), []).append(j)
    named = [{norm_ws(entry.canonical), *(norm_ws(m) for m in entry.mentions)} - {""} for entry in gold]
    pairs = max_matching(len(gold), len(groups), lambda i, j: org_group_matches(gold[i], groups[j]),
                         lambda i: (j for name in named[i] for j in by_form.get(name, ())))
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    matching_some_entry = {j for names in named for name in names for j in by_form.get(name, ())}
    fps = [j for j in range(len(groups)) if j not in matched_p and j not in matching_some_entry]
    return KindResult(
        Score(len(gold), len(pairs) + len(fps), len(pairs)),
        [i for i in range(len(gold)) if i not in matched_g],
        fps,
    )


# --------------------------------------------------------------------------------------------------
# Reading the extracted tables


def _str(v: Any) -> str:
    """Cell → str, with nulls/NaN as ''."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return ""
    return str(v)


def _float(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _int(v: Any) -> int | None:
    f = _float(v)
    return None if f is None else int(f)


def read_table(extracted: Path, name: str, doc_ids: set[str] | None = None) -> pd.DataFrame | None:
    """One extracted table from Parquet (typed); None when it was not written. With `doc_ids`, only
    those documents' rows (a run checks the few documents with gold among thousands)."""
    path = extracted / f"{name}.parquet"
    if not path.is_file():
        return None
    if doc_ids is not None:
        try:
            return pd.read_parquet(path, filters=[("doc_id", "in", sorted(doc_ids) or [""])])
        except (pa.ArrowException, ValueError, TypeError):  # a doc_id column that is not text (an empty table)
            pass
    return pd.read_parquet(path)


def _rows(df: pd.DataFrame | None, doc_id: str) -> list[dict[str, Any]]:
    """Rows of one document in table order (the tables are written sorted, so this is deterministic)."""
    if df is None or df.empty or "doc_id" not in df.columns:
        return []
    sub = df[df["doc_id"].astype(str) == doc_id]
    return sub.to_dict("records")


@dataclass
class DocPredictions:
    numbers: list[PredNumber]
    dates: list[PredDate]
    organizations: list[PredOrgGroup]
    claims: list[PredClaim]


def predictions_for(tables: dict[str, pd.DataFrame | None], doc_id: str) -> DocPredictions:
    """The predictions of one article, converted from table rows."""
    numbers = [
        PredNumber(
            _str(r.get("text")),
            _float(r.get("value")),
            _str(r.get("unit")),
            _str(r.get("kind")),
            _int(r.get("sent_id")),
            _int(r.get("start")),
        )
        for r in _rows(tables.get("numbers"), doc_id)
    ]
    dates = [
        PredDate(
            _str(r.get("text")), _str(r.get("value")) or None, _int(r.get("sent_id")), _int(r.get("start"))
        )
        for r in _rows(tables.get("dates"), doc_id)
    ]
    orgs = group_organizations(
        (_str(r.get("text")), _str(r.get("canonical")), _int(r.get("sent_id")))
        for r in _rows(tables.get("organizations"), doc_id)
    )
    claims = [
        PredClaim(
            _str(r.get("metric")),
            _float(r.get("value")),
            _str(r.get("unit")),
            _str(r.get("time")) or None,
            _int(r.get("sent_id")),
        )
        for r in _rows(tables.get("claims"), doc_id)
    ]
    return DocPredictions(numbers, dates, orgs, claims)


def score_document(gold: Gold, pred: DocPredictions) -> dict[str, KindResult]:
    """Every kind of one article."""
    return {
        "numbers": score_numbers(gold.numbers, pred.numbers),
        "dates": score_dates(gold.dates, pred.dates),
        "organizations": score_organizations(gold.organizations, pred.organizations),
        "claims": score_claims(gold.claims, pred.claims),
        "claims_metric": score_claims_metric(gold.claims, pred.claims),
    }


def micro_average(per_doc: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Per-kind sums over articles plus 'overall' (the four tables; claims_metric is claims again)."""
    totals = {k: Score() for k in SCORED_KINDS}
    for scores in per_doc:
        for k in SCORED_KINDS:
            totals[k] = totals[k] + scores[k]
    overall = Score()
    for k in KINDS:
        overall = overall + totals[k]
    totals["overall"] = overall
    return totals
