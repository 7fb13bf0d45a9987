"""The gold set: its schema, reading, and validation (`pipeline gold validate`).

Gold files are validated before they are trusted, because a wrong gold item silently moves every score.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError
from rich.console import Console

KINDS: tuple[str, ...] = ("numbers", "dates", "organizations", "claims")
NUMBER_KINDS = frozenset({"money", "percent", "pp", "multiple", "duration", "count"})
APPROX_VALUES = frozenset({"about", "over", "under", ""})
ORG_TYPES = frozenset({"company", "government", "international", "research", "media", "other"})
GENRES = ("news", "government", "journal", "report")
DURATION_UNITS = frozenset({"year", "month", "day", "quarter", "week", "hour", "minute", "second"})
# The unit each non-money, non-count kind must carry.
KIND_UNITS: dict[str, frozenset[str]] = {
    "percent": frozenset({"%"}),
    "pp": frozenset({"pp"}),
    "multiple": frozenset({"x"}),
    "duration": DURATION_UNITS,
}
REL_TOLERANCE = 1e-9

_WS = re.compile(r"\s+")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DATE_POINT = re.compile(
    r"(?P<century>\d{2})"
    r"|(?P<year>\d{4})"
    r"(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?"
)

console = Console(soft_wrap=True)  # long paths and sentences stay on one line (greppable)


def norm_ws(text: str) -> str:
    """Remove all white space (also the ideographic space), as the matching rules ignore it."""
    return _WS.sub("", text)


def values_equal(a: float | None, b: float | None, rel: float = REL_TOLERANCE) -> bool:
    """Equal with relative difference under rel; missing or NaN values never match."""
    if a is None or b is None or math.isnan(a) or math.isnan(b):
        return False
    if a == b:
        return True
    return abs(a - b) / max(abs(a), abs(b)) < rel


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
