"""Gold set, matching rules, scores and the regression gate (`pipeline check`, `pipeline gold validate`).

The matching rules are those of `annotation-guidelines.md` ("Matching rules used for scores"); each is a
small plain function so that it can be unit-tested without files. Gold files are validated before they
are trusted, because a wrong gold item silently moves every score.

Exit codes of `run_check`: 0 all scores at or above their floors, 1 some score under its floor,
2 the check could not run (no gold folder, invalid gold file, invalid floors file).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, ValidationError
from rich.console import Console
from rich.table import Table

KINDS: tuple[str, ...] = ("numbers", "dates", "organizations", "claims")
NUMBER_KINDS = frozenset({"money", "percent", "pp", "multiple", "duration", "count"})
APPROX_VALUES = frozenset({"about", "over", "under", ""})
ORG_TYPES = frozenset({"company", "government", "international", "research", "media", "other"})
GENRES = ("news", "government", "journal", "report")
DURATION_UNITS = frozenset({"year", "month", "day", "quarter", "week"})
# The unit each non-money, non-count kind must carry.
KIND_UNITS: dict[str, frozenset[str]] = {
    "percent": frozenset({"%"}),
    "pp": frozenset({"pp"}),
    "multiple": frozenset({"x"}),
    "duration": DURATION_UNITS,
}
FLOOR_METRICS = ("precision", "recall", "f1")
REL_TOLERANCE = 1e-9
FLOORS_FILE_NAME = "floors.toml"

_WS = re.compile(r"\s+")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DATE_POINT = re.compile(
    r"(?P<century>\d{2})"
    r"|(?P<year>\d{4})"
    r"(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?"
)

console = Console(soft_wrap=True)  # long paths and sentences stay on one line (greppable)


# --------------------------------------------------------------------------------------------------
# Gold schema


class _Strict(BaseModel):
    """Strict and closed: a string where a number belongs, or a misspelt field, is a gold error."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class GoldNumber(_Strict):
    text: str
    value: float
    unit: str
    kind: str
    approx: str = ""


class GoldDate(_Strict):
    text: str
    value: str | None


class GoldOrganization(_Strict):
    canonical: str
    type: str
    mentions: list[str]


class GoldClaim(_Strict):
    sentence: str
    metric: str
    value: float
    unit: str
    time: str | None
    source: str | None


class Gold(_Strict):
    doc_id: str
    genre: str | None = None
    document_date: str | None = None
    numbers: list[GoldNumber] = []
    dates: list[GoldDate] = []
    organizations: list[GoldOrganization] = []
    claims: list[GoldClaim] = []


class GoldError(Exception):
    """A gold file that cannot be read or does not follow the schema."""


def _format_validation_error(err: ValidationError) -> list[str]:
    """One line per pydantic error, with a JSON-path-like location (numbers[3].value)."""
    lines = []
    for e in err.errors():
        loc = ""
        for part in e["loc"]:
            loc += f"[{part}]" if isinstance(part, int) else (f".{part}" if loc else str(part))
        lines.append(f"schema: {loc or '<root>'}: {e['msg']}")
    return lines


def _read_gold(path: Path) -> tuple[Gold | None, list[str]]:
    """Parse one gold file; problems instead of exceptions so that all files can be reported."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [f"cannot read JSON: {exc}"]
    try:
        return Gold.model_validate(data), []
    except ValidationError as exc:
        return None, _format_validation_error(exc)


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold files of a folder in a stable order (floors.toml and other files are ignored)."""
    return sorted(gold_dir.glob("*.json"))


def load_gold(gold_dir: Path) -> dict[str, Gold]:
    """All gold files of a folder by doc_id; raises GoldError when a file does not parse."""
    golds: dict[str, Gold] = {}
    for path in gold_files(gold_dir):
        gold, problems = _read_gold(path)
        if gold is None:
            raise GoldError(f"{path}: " + "; ".join(problems))
        golds[gold.doc_id] = gold
    return golds


# --------------------------------------------------------------------------------------------------
# Validation of well-formedness


def norm_ws(text: str) -> str:
    """Remove all white space (also the ideographic space), as the matching rules ignore it."""
    return _WS.sub("", text)


def _valid_point(text: str) -> tuple[str, int] | None:
    """A single ISO-style date point → (granularity, sortable ordinal) or None when malformed."""
    m = _DATE_POINT.fullmatch(text)
    if not m:
        return None
    if m["century"]:
        return "century", int(m["century"]) * 100
    year = int(m["year"])
    if m["half"]:
        return "half", year
    if m["quarter"]:
        return "quarter", year
    if m["month"]:
        month = int(m["month"])
        if not 1 <= month <= 12:
            return None
        if m["day"]:
            try:
                dt.date(year, month, int(m["day"]))
            except ValueError:
                return None
            return "day", year
        return "month", year
    return "year", year


def is_valid_date_value(value: str | None) -> bool:
    """YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Hn, YYYY-Qn, century (20), a range A/B of those, or null."""
    if value is None:
        return True
    parts = value.split("/")
    if len(parts) == 1:
        return _valid_point(value) is not None
    if len(parts) != 2:
        return False
    return all(_valid_point(p) is not None for p in parts) and parts[0] != parts[1]


def number_problems(n: GoldNumber) -> list[str]:
    """Well-formedness of one gold number (kind, approx, unit consistent with the kind, finite value)."""
    problems = []
    if not n.text.strip():
        problems.append("empty text")
    if not math.isfinite(n.value):
        problems.append(f"value {n.value} is not finite")
    if n.kind not in NUMBER_KINDS:
        problems.append(f"kind {n.kind!r} not one of {sorted(NUMBER_KINDS)}")
    if n.approx not in APPROX_VALUES:
        problems.append(f"approx {n.approx!r} not one of about|over|under|''")
    if n.kind == "money" and not _CURRENCY.fullmatch(n.unit):
        problems.append(f"money unit {n.unit!r} is not an ISO 4217 code (3 uppercase letters)")
    if n.kind in KIND_UNITS and n.unit not in KIND_UNITS[n.kind]:
        problems.append(f"{n.kind} unit {n.unit!r} should be one of {sorted(KIND_UNITS[n.kind])}")
    if n.kind == "count" and (n.unit in {"%", "pp", "x"} or n.unit in DURATION_UNITS):
        problems.append(f"count with unit {n.unit!r}: the kind should follow the unit")
    return problems


def _occurs(text: str, clean_text: str) -> str | None:
    """None when text occurs verbatim in the cleaned text, else the problem (with a hint)."""
    if text and text in clean_text:
        return None
    if text and norm_ws(text) and norm_ws(text) in norm_ws(clean_text):
        return "does not occur verbatim in the cleaned text (only with white space ignored)"
    return "does not occur in the cleaned text"


def validate_gold(gold: Gold, clean_text: str | None, expected_doc_id: str | None = None) -> list[str]:
    """Problems of a parsed gold article; see validate_gold_file."""
    problems: list[str] = []
    if expected_doc_id is not None and gold.doc_id != expected_doc_id:
        problems.append(f"doc_id {gold.doc_id!r} differs from the file name {expected_doc_id!r}")
    if gold.genre is not None and gold.genre not in GENRES:
        problems.append(f"genre {gold.genre!r} not one of {', '.join(GENRES)}")
    if gold.document_date not in (None, ""):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.document_date):
                raise ValueError
            dt.date.fromisoformat(gold.document_date)
        except ValueError:
            problems.append(f"document_date {gold.document_date!r} is not an ISO date YYYY-MM-DD")

    for i, n in enumerate(gold.numbers):
        where = f"numbers[{i}] {n.text!r}"
        problems += [f"{where}: {p}" for p in number_problems(n)]
        if clean_text is not None and (p := _occurs(n.text, clean_text)):
            problems.append(f"{where}: {p}")

    for i, d in enumerate(gold.dates):
        where = f"dates[{i}] {d.text!r}"
        if not d.text.strip():
            problems.append(f"{where}: empty text")
        if not is_valid_date_value(d.value):
            problems.append(f"{where}: value {d.value!r} is not an ISO-style date, range or null")
        if clean_text is not None and (p := _occurs(d.text, clean_text)):
            problems.append(f"{where}: {p}")

    seen_canonical: dict[str, int] = {}
    seen_mention: dict[str, int] = {}
    for i, o in enumerate(gold.organizations):
        where = f"organizations[{i}] {o.canonical!r}"
        if not o.canonical.strip():
            problems.append(f"{where}: empty canonical")
        if o.type not in ORG_TYPES:
            problems.append(f"{where}: type {o.type!r} not one of {sorted(ORG_TYPES)}")
        if not o.mentions:
            problems.append(f"{where}: no mentions")
        key = norm_ws(o.canonical)
        if key in seen_canonical:
            problems.append(f"{where}: duplicate of organizations[{seen_canonical[key]}] (same canonical)")
        else:
            seen_canonical[key] = i
        # Within an entry only exact repeats are duplicates: white-space variants (联合国 UNCTAD,
        # 联合国UNCTAD) are distinct surface forms of the text. Across entries white space is ignored,
        # as in matching, since one form in two entries makes matching ambiguous.
        local: set[str] = set()
        for m in o.mentions:
            mk = norm_ws(m)
            if not mk:
                problems.append(f"{where}: empty mention")
                continue
            if m in local:
                problems.append(f"{where}: mention {m!r} listed twice")
                continue
            local.add(m)
            if seen_mention.get(mk, i) != i:
                problems.append(f"{where}: mention {m!r} also in organizations[{seen_mention[mk]}]")
            else:
                seen_mention[mk] = i
            if clean_text is not None and (p := _occurs(m, clean_text)):
                problems.append(f"{where}: mention {m!r} {p}")
    for i, o in enumerate(gold.organizations):
        for m in o.mentions:
            j = seen_canonical.get(norm_ws(m), i)
            if j != i:
                where = f"organizations[{i}] {o.canonical!r}"
                problems.append(f"{where}: mention {m!r} is the canonical of organizations[{j}]")

    org_names = {norm_ws(o.canonical) for o in gold.organizations} | set(seen_mention)
    for i, c in enumerate(gold.claims):
        where = f"claims[{i}] {c.metric!r}={c.value:g}{c.unit}"
        if not c.metric.strip():
            problems.append(f"{where}: empty metric")
        if not math.isfinite(c.value):
            problems.append(f"{where}: value is not finite")
        if not any(n.unit == c.unit and values_equal(n.value, c.value) for n in gold.numbers):
            problems.append(f"{where}: no gold number has this value and unit")
        if c.time is not None and not is_valid_date_value(c.time):
            problems.append(f"{where}: time {c.time!r} is not an ISO-style date, range or null")
        if c.source is not None and norm_ws(c.source) not in org_names:
            problems.append(f"{where}: source {c.source!r} is not a gold organisation (canonical or mention)")
        if clean_text is not None and norm_ws(c.sentence) not in norm_ws(clean_text):
            problems.append(f"{where}: sentence does not occur in the cleaned text (white space ignored)")
    return problems


def validate_gold_file(path: Path, clean_text: str | None) -> list[str]:
    """Human-readable problems of one gold file; text occurrence is checked only when clean_text is given.

    Checks: JSON schema; kinds, approx, units and date values well-formed; every number/date text and
    organisation mention occurs in the cleaned text; claims' values are gold numbers of the same unit;
    no duplicate organisation entries or mentions; doc_id equals the file name.
    """
    gold, problems = _read_gold(path)
    if gold is None:
        return problems
    return validate_gold(gold, clean_text, expected_doc_id=path.stem)


def _resolve_texts_dir(texts_dir: Path | None) -> Path | None:
    """Accept the extracted folder itself as well as its texts/ subfolder."""
    if texts_dir is not None and not any(texts_dir.glob("*.txt")) and (texts_dir / "texts").is_dir():
        return texts_dir / "texts"
    return texts_dir


def validate_gold_dir(gold_dir: Path, texts_dir: Path | None) -> dict[str, list[str]]:
    """Validate every gold file of a folder and print a report; returns problems by file name (stem).

    texts_dir holds the cleaned texts (<doc_id>.txt, i.e. extracted/texts; the extracted folder itself is
    accepted too); without it, or without a text for a document, text occurrence is not checked.
    """
    texts_dir = _resolve_texts_dir(texts_dir)
    results: dict[str, list[str]] = {}
    files = gold_files(gold_dir)
    if not files:
        console.print(f"[yellow]No gold files (*.json) in {gold_dir}[/yellow]")
    for path in files:
        clean_text = None
        if texts_dir is not None:
            text_path = texts_dir / f"{path.stem}.txt"
            if text_path.is_file():
                clean_text = text_path.read_text(encoding="utf-8")
            else:
                console.print(f"[yellow]{path.name}: no cleaned text {text_path}; occurrence not checked[/]")
        problems = validate_gold_file(path, clean_text)
        results[path.stem] = problems
        if problems:
            console.print(f"[red]✗ {path.name}: {len(problems)} problem(s)[/red]")
            for p in problems:
                console.print(f"    {p}", markup=False, highlight=False)
        else:
            console.print(f"[green]✓ {path.name}[/green]")
    return results


# --------------------------------------------------------------------------------------------------
# Matching rules (plain functions)


def texts_overlap(a: str, b: str) -> bool:
    """One text contains the other, white space ignored (超过10% and 10% agree); empty texts never do."""
    na, nb = norm_ws(a), norm_ws(b)
    return bool(na) and bool(nb) and (na in nb or nb in na)


def values_equal(a: float | None, b: float | None, rel: float = REL_TOLERANCE) -> bool:
    """Equal with relative difference under rel; missing or NaN values never match."""
    if a is None or b is None or math.isnan(a) or math.isnan(b):
        return False
    if a == b:
        return True
    return abs(a - b) / max(abs(a), abs(b)) < rel


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


def max_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (Kuhn's augmenting paths, iterative); deterministic for a given order.

    Greedy first-fit can lose matches (gold A could take the only prediction gold B fits); augmenting
    paths cannot. Returns (gold index, pred index) pairs sorted by gold index.
    """
    adj = [[j for j in range(n_pred) if compatible(i, j)] for i in range(n_gold)]
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


def score_numbers(gold: Sequence[GoldNumber], pred: Sequence[PredNumber]) -> KindResult:
    """Numbers of one article, one-to-one."""
    pairs = max_matching(len(gold), len(pred), lambda i, j: number_matches(gold[i], pred[j]))
    return _pair_score(len(gold), len(pred), pairs)


def score_dates(gold: Sequence[GoldDate], pred: Sequence[PredDate]) -> KindResult:
    """Dates of one article, one-to-one."""
    pairs = max_matching(len(gold), len(pred), lambda i, j: date_matches(gold[i], pred[j]))
    return _pair_score(len(gold), len(pred), pairs)


def score_claims(gold: Sequence[GoldClaim], pred: Sequence[PredClaim]) -> KindResult:
    """Claims of one article, one-to-one."""
    pairs = max_matching(len(gold), len(pred), lambda i, j: claim_matches(gold[i], pred[j]))
    return _pair_score(len(gold), len(pred), pairs)


def score_organizations(gold: Sequence[GoldOrganization], groups: Sequence[PredOrgGroup]) -> KindResult:
    """Organisations of one article, once per entry: groups matched one-to-one to entries.

    A group that matches no entry is a false positive. A group that matches only entries already taken
    by other groups (the system split one organisation under two canonicals) is neither a true nor a
    false positive and is left out of `predicted`, so that precision = tp / predicted still holds.
    """
    pairs = max_matching(len(gold), len(groups), lambda i, j: org_group_matches(gold[i], groups[j]))
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    fps = [
        j
        for j, grp in enumerate(groups)
        if j not in matched_p and not any(org_group_matches(e, grp) for e in gold)
    ]
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


def read_table(extracted: Path, name: str) -> pd.DataFrame | None:
    """One extracted table from Parquet (typed); None when it was not written."""
    path = extracted / f"{name}.parquet"
    if not path.is_file():
        return None
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
    }


def micro_average(per_doc: dict[str, dict[str, Score]]) -> dict[str, Score]:
    """Per-kind sums over articles plus 'overall' (sum over all kinds)."""
    totals = {k: Score() for k in KINDS}
    for scores in per_doc.values():
        for k in KINDS:
            totals[k] = totals[k] + scores[k]
    overall = Score()
    for k in KINDS:
        overall = overall + totals[k]
    totals["overall"] = overall
    return totals


# --------------------------------------------------------------------------------------------------
# Floors


class FloorsError(Exception):
    """A floors file that cannot be read or names unknown kinds/metrics."""


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """Floors by kind ('overall' too) and metric; unknown names are errors, a typo must not disable a gate."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FloorsError(f"{path}: {exc}") from exc
    floors: dict[str, dict[str, float]] = {}
    for kind, section in data.items():
        if kind not in (*KINDS, "overall") or not isinstance(section, dict):
            raise FloorsError(f"{path}: unknown section [{kind}]; expected {[*KINDS, 'overall']}")
        floors[kind] = {}
        for metric, value in section.items():
            if metric not in FLOOR_METRICS:
                raise FloorsError(f"{path}: [{kind}] unknown metric {metric!r}; expected {FLOOR_METRICS}")
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise FloorsError(f"{path}: [{kind}] {metric} = {value!r} is not a number in [0, 1]")
            floors[kind][metric] = float(value)
    return floors


def floor_failures(totals: dict[str, Score], floors: dict[str, dict[str, float]]) -> list[str]:
    """Human-readable list of scores under their floors (a tiny epsilon absorbs float noise)."""
    failures = []
    for kind in (*KINDS, "overall"):
        for metric in FLOOR_METRICS:
            floor = floors.get(kind, {}).get(metric)
            if floor is None:
                continue
            value = getattr(totals[kind], metric)
            if value + 1e-12 < floor:
                failures.append(f"{kind} {metric} {value:.4f} < floor {floor:.4f}")
    return failures


# --------------------------------------------------------------------------------------------------
# Output


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and os.replace, so readers never see half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; scores are for everyone who reads the folder
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def scores_payload(
    per_doc: dict[str, dict[str, Score]], totals: dict[str, Score], failures: list[str]
) -> dict[str, Any]:
    """The content of scores.json (deterministic: sorted documents, rounded floats)."""
    return {
        "documents": sorted(per_doc),
        "scores": {k: totals[k].as_dict() for k in (*KINDS, "overall")},
        "per_document": {d: {k: per_doc[d][k].as_dict() for k in KINDS} for d in sorted(per_doc)},
        "floor_failures": failures,
    }


def scores_csv(per_doc: dict[str, dict[str, Score]], totals: dict[str, Score]) -> str:
    """scores.csv: one row per (scope, kind); scope 'all' is the micro-average over articles."""
    rows = []
    for kind in (*KINDS, "overall"):
        rows.append({"scope": "all", "kind": kind, **totals[kind].as_dict()})
    for d in sorted(per_doc):
        doc_total = Score()
        for kind in KINDS:
            rows.append({"scope": d, "kind": kind, **per_doc[d][kind].as_dict()})
            doc_total = doc_total + per_doc[d][kind]
        rows.append({"scope": d, "kind": "overall", **doc_total.as_dict()})
    return pd.DataFrame(rows).to_csv(index=False, lineterminator="\n")


def write_scores(extracted: Path, payload: dict[str, Any], csv_text: str) -> None:
    """scores.json and scores.csv into the extracted folder, atomically."""
    _atomic_write(extracted / "scores.json", json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    _atomic_write(extracted / "scores.csv", csv_text)


def _print_scores(totals: dict[str, Score], per_doc: dict[str, dict[str, Score]]) -> None:
    table = Table(title=f"Scores against gold ({len(per_doc)} document(s))")
    for col in ("kind", "gold", "predicted", "TP", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind in (*KINDS, "overall"):
        s = totals[kind]
        style = "bold" if kind == "overall" else None
        table.add_row(
            kind,
            str(s.n_gold),
            str(s.n_pred),
            str(s.tp),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            style=style,
            end_section=kind == KINDS[-1],
        )
    console.print(table)


def _sentence_lookup(sentences: pd.DataFrame | None, doc_id: str) -> dict[int, str]:
    return {
        int(r["sent_id"]): _str(r.get("text"))
        for r in _rows(sentences, doc_id)
        if _int(r.get("sent_id")) is not None
    }


def _find_sentence(sents: dict[int, str], text: str) -> str:
    """The first sentence holding a gold text (white space ignored); gold items carry no offsets."""
    key = norm_ws(text)
    hits = [s for _, s in sorted(sents.items()) if key and key in norm_ws(s)]
    if not hits:
        return "(not found in any sentence)"
    return hits[0] + (f"  [+{len(hits) - 1} more sentence(s)]" if len(hits) > 1 else "")


def _fmt(value: float | None) -> str:
    """A value as a person wrote it: 293985000000, not 2.93985e+11."""
    if value is None:
        return "null"
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def miss_report(
    gold: Gold, pred: DocPredictions, results: dict[str, KindResult], sents: dict[int, str]
) -> list[tuple[str, str]]:
    """(description, sentence) of every missed gold item and false positive of one article."""

    def sent_of(sent_id: int | None) -> str:
        return sents.get(sent_id, "(no sentence)") if sent_id is not None else "(no sentence)"

    out: list[tuple[str, str]] = []
    r = results["numbers"]
    for n in (gold.numbers[i] for i in r.missed):
        desc = f"missed number {n.text!r} = {_fmt(n.value)} {n.unit!r} {n.kind}"
        out.append((desc, _find_sentence(sents, n.text)))
    for q in (pred.numbers[j] for j in r.false_positives):
        out.append((f"false number {q.text!r} = {_fmt(q.value)} {q.unit!r} {q.kind}", sent_of(q.sent_id)))
    r = results["dates"]
    for d in (gold.dates[i] for i in r.missed):
        out.append((f"missed date {d.text!r} = {d.value}", _find_sentence(sents, d.text)))
    for e in (pred.dates[j] for j in r.false_positives):
        out.append((f"false date {e.text!r} = {e.value}", sent_of(e.sent_id)))
    r = results["organizations"]
    for o in (gold.organizations[i] for i in r.missed):
        first = o.mentions[0] if o.mentions else o.canonical
        out.append((f"missed organisation {o.canonical!r} {o.mentions}", _find_sentence(sents, first)))
    for g in (pred.organizations[j] for j in r.false_positives):
        out.append((f"false organisation {g.canonical!r} {list(g.forms)}", sent_of(g.sent_id)))
    r = results["claims"]
    for c in (gold.claims[i] for i in r.missed):
        out.append((f"missed claim {c.metric!r} = {_fmt(c.value)} {c.unit!r} time={c.time}", c.sentence))
    for k in (pred.claims[j] for j in r.false_positives):
        out.append(
            (f"false claim {k.metric!r} = {_fmt(k.value)} {k.unit!r} time={k.time}", sent_of(k.sent_id))
        )
    return out


def _print_misses(doc_id: str, report: list[tuple[str, str]]) -> None:
    n_missed = sum(1 for desc, _ in report if desc.startswith("missed"))
    console.rule(f"{doc_id}: {n_missed} missed, {len(report) - n_missed} false positive(s)")
    for desc, sentence in report:
        console.print(f"  {desc}", markup=False, highlight=False)
        console.print(f"      {sentence}", markup=False, highlight=False, style="dim")


def run_check(extracted: Path, gold: Path, floors: Path | None, misses: bool) -> int:
    """Score the extracted tables against the gold folder, print, write scores, apply floors.

    Only documents with a gold file are scored; a gold document absent from the extraction scores as
    all missed. floors=None uses <gold>/floors.toml when it exists. Returns 0 (pass), 1 (under a
    floor) or 2 (could not check).
    """
    if not gold.is_dir():
        console.print(f"[red]Gold folder {gold} does not exist[/red]")
        return 2
    try:
        golds = load_gold(gold)
    except GoldError as exc:
        console.print(f"[red]Invalid gold file[/red] {exc}  (run `pipeline gold validate`)", highlight=False)
        return 2
    floors_path = floors if floors is not None else gold / FLOORS_FILE_NAME
    floor_values: dict[str, dict[str, float]] = {}
    if floors is not None or floors_path.is_file():
        try:
            floor_values = load_floors(floors_path)
        except FloorsError as exc:
            console.print(f"[red]Invalid floors[/red] {exc}", highlight=False)
            return 2
    if not golds:
        console.print(f"[yellow]No gold files in {gold}: nothing to score[/yellow]")
    if not extracted.is_dir():
        console.print(f"[red]Extracted folder {extracted} does not exist[/red]")
        return 2

    tables = {name: read_table(extracted, name) for name in (*KINDS, "sentences", "documents")}
    for name in KINDS:
        if tables[name] is None:
            console.print(f"[yellow]No {name}.parquet in {extracted}: scored as no predictions[/yellow]")
    documents = tables["documents"]
    known: set[str] = set()
    failed: set[str] = set()
    if documents is not None and "doc_id" in documents.columns:
        known = set(documents["doc_id"].astype(str))
        if "status" in documents.columns:
            failed = set(documents.loc[documents["status"].astype(str) != "ok", "doc_id"].astype(str))

    per_doc: dict[str, dict[str, Score]] = {}
    for doc_id in sorted(golds):
        if documents is not None and doc_id not in known:
            console.print(
                f"[yellow]{doc_id}: has gold but was not extracted; all its gold items miss[/yellow]"
            )
        elif doc_id in failed:
            console.print(f"[yellow]{doc_id}: has gold but its extraction failed; its gold items all miss[/]")
        pred = predictions_for(tables, doc_id)
        results = score_document(golds[doc_id], pred)
        per_doc[doc_id] = {k: results[k].score for k in KINDS}
        if misses:
            sents = _sentence_lookup(tables["sentences"], doc_id)
            _print_misses(doc_id, miss_report(golds[doc_id], pred, results, sents))

    totals = micro_average(per_doc)
    _print_scores(totals, per_doc)
    failures = floor_failures(totals, floor_values)
    write_scores(extracted, scores_payload(per_doc, totals, failures), scores_csv(per_doc, totals))
    console.print(f"Wrote {extracted / 'scores.json'} and {extracted / 'scores.csv'}", highlight=False)
    if failures:
        console.print(f"[red bold]Under floor ({floors_path}):[/red bold]", highlight=False)
        for line in failures:
            console.print(f"  [red]{line}[/red]")
        return 1
    if floor_values:
        console.print(f"[green]All scores at or above the floors of {floors_path}[/green]", highlight=False)
    return 0
