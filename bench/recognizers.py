"""Score the number and date engines on Microsoft Recognizers-Text's Chinese specs.

Usage: ``python bench/recognizers.py [--verbose] [--data DIR]``

For every spec file it prints recall and precision. An expected result counts as found
when an extracted span overlaps its Text and, for the parser and model files, the
normalised value agrees with the expected resolution where the two are comparable.
Expected results that the annotation guidelines exclude by design are listed with their
reason (rules in ``bench/recognizers_exclusions.yaml``), not scored. A prediction is
correct when it overlaps an expected result with an agreeing value; one that overlaps an
excluded result is not scored either.

Two scorings (``--scoring``): ``lenient`` (the historical figures) converts between
representations where the two are the same quantity: a percentage agrees with the plain
number a hundred times smaller (50 % ~ 0.5), and a currency amount read without its currency
agrees on its value alone. ``hidden`` scores the way the unseen half is scored: a currency
result is found only by a money amount in that currency, and a plain number only by that
number (no fraction-as-percent). Rules marked ``scoring: [hidden]`` apply to that scoring only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.extract.dates import find_dates  # noqa: E402
from pipeline.extract.dates import quantities_outside_dates as find_quantities  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "recognizers-zh"
SCORINGS = ("lenient", "hidden")
EXCLUSIONS = Path(__file__).resolve().with_name("recognizers_exclusions.yaml")

# file stem → (engine, how values are compared)
FILES: dict[str, tuple[str, str]] = {
    "Number-NumberModel": ("numbers", "number"),
    "Number-PercentModel": ("numbers", "percent"),
    "NumberWithUnit-CurrencyModel": ("numbers", "currency"),
    "Number-NumberRangeModel": ("numbers", "range"),
    "DateTime-DateExtractor": ("dates", "span"),
    "DateTime-DatePeriodExtractor": ("dates", "span"),
    "DateTime-DateParser": ("dates", "timex"),
    "DateTime-DatePeriodParser": ("dates", "timex"),
    "DateTime-DateTimeModel": ("dates", "timex"),
}


@dataclass
class Pred:
    start: int
    end: int
    text: str
    value: Any
    unit: str = ""
    kind: str = ""


@dataclass
class FileScore:
    name: str
    expected: int = 0
    found: int = 0
    excluded: list[tuple[str, str, str]] = field(default_factory=list)  # (input, text, reason)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (input, text, detail)
    preds: int = 0
    correct_preds: int = 0
    false_preds: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct_preds / self.preds if self.preds else 1.0


# --------------------------------------------------------------------------- data


def load_cases(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8-sig") as fh:
        return json.load(fh)


def load_rules() -> list[dict[str, Any]]:
    with open(EXCLUSIONS, encoding="utf-8") as fh:
        return yaml.safe_load(fh)["rules"]


def exclusion_reason(
    rules: list[dict[str, Any]],
    stem: str,
    inp: str,
    res: dict[str, Any],
    span: tuple[int, int],
    scoring: str = "lenient",
) -> str | None:
    text = res.get("Text", "")
    start, end = span
    for rule in rules:
        files = rule.get("files", ["*"])
        if "*" not in files and stem not in files:
            continue
        if scoring not in rule.get("scoring", SCORINGS):
            continue
        if "text_regex" in rule and not re.search(rule["text_regex"], text):
            continue
        if "before_regex" in rule and not re.search(rule["before_regex"], inp[:start]):
            continue
        if "after_regex" in rule and not re.match(rule["after_regex"], inp[end:]):
            continue
        if "type_names" in rule and res.get("TypeName") not in rule["type_names"]:
            continue
        if rule.get("no_digits") and re.search(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]", text):
            continue
        return f"{rule['id']}: {rule['reason']}"
    return None


def expected_span(inp: str, res: dict[str, Any]) -> tuple[int, int]:
    """Offsets of an expected result in the input (Start/End are inclusive when given)."""
    text = res.get("Text", "")
    if "Start" in res and "End" in res:
        start, end = int(res["Start"]), int(res["End"]) + 1
        if 0 <= start < end <= len(inp):
            return start, end
    idx = inp.find(text)
    if idx < 0:
        idx = inp.lower().find(text.lower())
    if idx < 0:  # the spec normalised the text (全角 → 半角, "，" → ","): fall back to a loose search
        from pipeline.extract.numbers import normalise

        idx = normalise(inp).replace("，", ",").lower().find(normalise(text).lower())
    if idx < 0:
        return 0, len(inp)
    return idx, idx + len(text)


def reference_date(case: dict[str, Any]) -> dt.date | None:
    ref = (case.get("Context") or {}).get("ReferenceDateTime")
    if not ref:
        return None
    return dt.date.fromisoformat(ref[:10])


# --------------------------------------------------------------------------- predictions


def predict(engine: str, inp: str, ref: dt.date | None) -> list[Pred]:
    if engine == "numbers":
        return [Pred(q.start, q.end, q.text, q.value, q.unit, q.kind) for q in find_quantities(inp)]
    return [Pred(d.start, d.end, d.text, d.value, "", d.granularity) for d in find_dates(inp, ref)]


# --------------------------------------------------------------------------- value agreement


def _dec(txt: Any) -> Decimal | None:
    if txt is None:
        return None
    try:
        return Decimal(str(txt).strip().rstrip("%"))
    except InvalidOperation:
        return None


def _close(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return scale != 0 and abs(a - b) / scale < Decimal("1e-9")


def number_agrees(mode: str, res: dict[str, Any], p: Pred, scoring: str = "lenient") -> bool | None:
    """True/False when comparable, None when the expected resolution gives nothing to compare.

    ``hidden`` scoring: a currency needs a money amount in that currency, and a percentage
    never stands for the plain number a hundred times smaller."""
    hidden = scoring == "hidden"
    resolution = res.get("Resolution") or {}
    if mode == "range":
        interval = str(resolution.get("value", ""))
        ends = [e for e in re.split(r"[\[\](),]", interval) if e.strip()]
        values = [_dec(e) for e in ends]
        values = [v for v in values if v is not None]
        if not values:
            return None
        mine = [p.value, p.value / 100] if p.kind == "percent" and not hidden else [p.value]
        return any(_close(m, v) for m in mine for v in values)
    expected = _dec(resolution.get("value"))
    if expected is None:
        return None
    if mode == "currency":
        code = resolution.get("isoCurrency")
        if hidden and (p.kind != "money" or (code and p.unit != code)):
            return False
        if code and p.kind == "money" and p.unit != code:
            return False
        return _close(p.value, expected)
    if mode == "percent":
        return p.kind in ("percent", "pp") and _close(p.value, expected)
    candidates = [p.value]
    if p.kind == "percent" and not hidden:
        candidates.append(p.value / 100)
    return any(_close(c, expected) for c in candidates)


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of one of our date values (2021, 2021-04, 2021-H1, 2021-Q3, 20 …)."""
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ia, ib = _interval(a), _interval(b)
            return (ia[0], ib[1]) if ia and ib else None
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            y, mo = int(m[1]), int(m[2])
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-([HQ])(\d)", value)
        if m:
            y, n = int(m[1]), int(m[3])
            size = 6 if m[2] == "H" else 3
            first = dt.date(y, (n - 1) * size + 1, 1)
            last_m = n * size
            nxt = dt.date(y + (last_m == 12), last_m % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})", value)
        if m:
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        m = re.fullmatch(r"(\d{1,2})", value)
        if m:
            c = int(m[1])
            return dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def _pattern_match(pattern: str, date: dt.date) -> bool:
    return re.fullmatch(pattern.replace("X", "."), date.isoformat()) is not None


def _endpoint_ok(pattern: str, mine: tuple[dt.date, dt.date], is_end: bool) -> bool:
    if not is_end:
        return _pattern_match(pattern, mine[0])
    first, last = mine
    options = (last, last + dt.timedelta(days=1), first)
    return any(_pattern_match(pattern, d) for d in options)


def timex_agrees(res: dict[str, Any], p: Pred) -> bool | None:
    timexes: list[str] = []
    value = res.get("Value")
    if isinstance(value, dict) and value.get("Timex"):
        timexes.append(value["Timex"])
    for v in (res.get("Resolution") or {}).get("values", []) or []:
        if v.get("timex") and v.get("value") != "not resolved":
            timexes.append(v["timex"])
    if isinstance(value, dict) and value.get("Timex") and "not resolved" in json.dumps(res, ensure_ascii=False):
        return None
    verdicts = [_timex_one(t, p) for t in timexes]
    verdicts = [v for v in verdicts if v is not None]
    if not verdicts:
        return None
    return any(verdicts)


def _timex_one(timex: str, p: Pred) -> bool | None:
    if p.value is None:
        return False
    mine = _interval(p.value)
    if mine is None:
        return None
    if timex.startswith("("):
        parts = timex.strip("()").split(",")
        if len(parts) < 2:
            return None
        a, b = parts[0].split("T")[0], parts[1].split("T")[0]
        if not a or not b:
            return None
        end_unit = _interval(p.value.split("/")[-1]) or mine
        return _endpoint_ok(a, mine, False) and (
            _endpoint_ok(b, mine, True) or _pattern_match(b, end_unit[0])
        )
    date_part = timex.split("T")[0]
    if not date_part:
        return None
    m = re.fullmatch(r"XXXX-WXX-(\d)", date_part)
    if m:
        return mine[0] == mine[1] and mine[0].isoweekday() == int(m[1])
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", date_part)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first, last = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else (
            monday,
            monday + dt.timedelta(days=6),
        )
        return mine == (first, last)
    if re.fullmatch(r"[0-9X]{4}(-[0-9X]{2}){0,2}", date_part):
        if "X" not in date_part:
            expected = _interval(date_part)
            return expected == mine
        length = len(date_part)
        if p.value and len(p.value) >= length and "/" not in p.value:
            return re.fullmatch(date_part.replace("X", "."), p.value[:length]) is not None
        return _pattern_match(date_part + "-XX" * ((10 - length) // 3), mine[0])
    return None


# --------------------------------------------------------------------------- scoring


def score_file(
    stem: str, cases: list[dict[str, Any]], rules: list[dict[str, Any]], scoring: str = "lenient"
) -> FileScore:
    engine, mode = FILES[stem]
    fs = FileScore(stem)
    for case in cases:
        inp = case["Input"]
        preds = predict(engine, inp, reference_date(case))
        results = case.get("Results", []) or []
        spans = [expected_span(inp, r) for r in results]
        used: set[int] = set()

        def agrees(res: dict[str, Any], p: Pred) -> bool | None:
            if mode == "span":
                return None
            if mode == "timex":
                return timex_agrees(res, p)
            return number_agrees(mode, res, p, scoring)

        excluded_spans: list[tuple[int, int]] = []
        for res, span in zip(results, spans, strict=True):
            reason = exclusion_reason(rules, stem, inp, res, span, scoring)
            if reason:
                fs.excluded.append((inp, res.get("Text", ""), reason))
                excluded_spans.append(span)
                continue
            fs.expected += 1
            hit = _match(preds, span, res, agrees, used)
            if hit is None:
                got = [f"{p.text}={p.value}" for p in preds if p.start < span[1] and span[0] < p.end]
                fs.missed.append((inp, res.get("Text", ""), "; ".join(got) or "no overlapping extraction"))
            else:
                fs.found += 1
        for p in preds:
            if any(p.start < b and a < p.end for a, b in excluded_spans):
                continue  # read where the guidelines differ by design: neither right nor wrong
            fs.preds += 1
            ok = any(
                p.start < b and a < p.end and agrees(res, p) is not False
                for res, (a, b) in zip(results, spans, strict=True)
            )
            if ok:
                fs.correct_preds += 1
            else:
                fs.false_preds.append((inp, f"{p.text}={p.value} {p.unit}".strip()))
    return fs


def _match(
    preds: list[Pred],
    span: tuple[int, int],
    res: dict[str, Any],
    agrees: Callable[[dict[str, Any], Pred], bool | None],
    used: set[int],
) -> Pred | None:
    a, b = span
    for idx, p in enumerate(preds):
        if idx in used or not (p.start < b and a < p.end):
            continue
        if agrees(res, p) is False:
            continue
        used.add(idx)
        return p
    return None


def run(data: Path = DATA, scoring: str = "lenient") -> dict[str, FileScore]:
    rules = load_rules()
    scores: dict[str, FileScore] = {}
    for stem in FILES:
        path = data / f"{stem}.json"
        if path.exists():
            scores[stem] = score_file(stem, load_cases(path), rules, scoring)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    ap.add_argument("--scoring", choices=SCORINGS, default="lenient",
                    help="hidden: no credit for a currency value without its currency, no fraction-as-percent")
    args = ap.parse_args(argv)
    scores = run(args.data, args.scoring)
    if not scores:
        print(f"no spec files under {args.data}", file=sys.stderr)
        return 1
    print(f"scoring: {args.scoring}")
    print(f"{'file':34} {'recall':>8} {'precision':>10} {'found':>7} {'scored':>7} {'excluded':>9}")
    for stem, fs in scores.items():
        print(
            f"{stem:34} {fs.recall:8.1%} {fs.precision:10.1%} {fs.found:7d} {fs.expected:7d} {len(fs.excluded):9d}"
        )
    print("\nexcluded by guideline:")
    for stem, fs in scores.items():
        for inp, text, reason in fs.excluded:
            print(f"  [{stem}] {text!r} in {inp[:40]!r}: {reason}")
    if args.verbose:
        for stem, fs in scores.items():
            for inp, text, detail in fs.missed:
                print(f"  MISS [{stem}] {text!r} in {inp[:50]!r} -> {detail}")
            for inp, pred in fs.false_preds:
                print(f"  FP   [{stem}] {pred!r} in {inp[:50]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
