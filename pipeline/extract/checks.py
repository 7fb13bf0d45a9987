"""Checks: cross-checks of claims and tables, each with a pass/fail/unverifiable status.

- Table arithmetic: where one column is the sum of two others of the same unit in
  most rows (总额 = 出口 + 进口), every row is checked against that identity.
- Claim against table: a claimed value found in a table must sit in the row of the
  claim's time; a multiple (是2010年的2.32倍) is recomputed from the table's cells.
- Direction words: 提升/增长/上升 between two values of one unit must go up, and
  下降/减少 down.

Each check carries `start`/`end`: the span of the text it is about (the table row's cells, the
claim's number, the two compared numbers), so a reviewer can go from a check to its words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.resources import cached, load_yaml

_TOLERANCE = Decimal("0.005")  # relative: published figures are rounded
_YEAR = re.compile(r"(\d{4})")


@cached
def _cues() -> dict[str, re.Pattern[str]]:
    """checks.yaml compiled: direction words, clause breaks, the base year of a multiple."""
    spec = load_yaml("checks.yaml")
    particles = _alternation(spec["direction_particles"])
    return {
        "rises": re.compile(f"(?:{_alternation(spec['rise_words'])})(?:{particles})"),
        "falls": re.compile(f"(?:{_alternation(spec['fall_words'])})(?:{particles})"),
        "clause_break": re.compile(f"[{re.escape(spec['clause_breaks'])}]"),
        "multiple_base": re.compile(spec["multiple_base"]),
    }


@cached
def max_sum_columns() -> int:
    """checks.yaml's bound on the columns a table's sum identities are sought among."""
    return int(load_yaml("checks.yaml")["max_sum_columns"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


def _close(a: Decimal, b: Decimal, tolerance: Decimal = _TOLERANCE) -> bool:
    scale = max(abs(a), abs(b), Decimal("1e-12"))
    return abs(a - b) / scale <= tolerance


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


# (table id, (row, column) → (value, unit), row headers, column headers, (row, column) → (start, end))
_Grid = tuple[str, dict[tuple[int, int], tuple[Decimal, str]], dict[int, str], dict[int, str],
              dict[tuple[int, int], tuple[int, int]]]


def _table_grids(doc: Doc) -> list[_Grid]:
    grids: list[_Grid] = []
    for table in doc._.tables or []:
        cells: dict[tuple[int, int], tuple[Decimal, str]] = {}
        rows: dict[int, str] = {}
        columns: dict[int, str] = {}
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for cell in table.cells:
            if cell.value is not None:
                cells[(cell.row, cell.column)] = (cell.value, cell.unit)
                rows[cell.row] = cell.row_header
                columns[cell.column] = cell.column_header
                spans[(cell.row, cell.column)] = (cell.start, cell.end)
        grids.append((table.table_id, cells, rows, columns, spans))
    return grids


def sum_columns(cells: dict[tuple[int, int], tuple[Decimal, str]], limit: int) -> list[int]:
    """The columns a sum identity may use: valued in two rows or more (an identity needs two rows), at most
    ``limit`` of them or none. The search is cubic in the columns, so a "table" wider than any statistical one
    (run-on text read as one long row) gets no sum checks instead of hours of work."""
    rows_of: dict[int, int] = {}
    for _, column in cells:
        rows_of[column] = rows_of.get(column, 0) + 1
    columns = sorted(c for c, n in rows_of.items() if n >= 2)
    return columns if len(columns) <= limit else []


def _sum_checks(grids: list[_Grid]) -> list[dict]:
    checks = []
    for table_id, cells, rows, columns, spans in grids:
        for total, a, b in itertools.permutations(sum_columns(cells, max_sum_columns()), 3):
            if a > b:
                continue
            triples = [(r, cells.get((r, total)), cells.get((r, a)), cells.get((r, b))) for r in sorted(rows)]
            triples = [t for t in triples if all(t[1:]) and len({x[1] for x in t[1:]}) == 1]  # type: ignore[index]
            if len(triples) < 2:
                continue
            holds = [t for t in triples if _close(t[1][0], t[2][0] + t[3][0])]  # type: ignore[index]
            if len(holds) < 0.6 * len(triples):
                continue
            for row, t_cell, a_cell, b_cell in triples:
                expected = a_cell[0] + b_cell[0]  # type: ignore[index]
                where = [spans[(row, c)] for c in (total, a, b)]
                checks.append({
                    "kind": "table_sum",
                    "statement": f"{table_id} {rows[row]}: {columns[total]} = {columns[a]} + {columns[b]}",
                    "expected": _fmt(expected), "observed": _fmt(t_cell[0]),  # type: ignore[index]
                    "status": "pass" if _close(expected, t_cell[0]) else "fail",  # type: ignore[index]
                    "start": min(s for s, _ in where), "end": max(e for _, e in where),
                })
    return checks


def _row_year(header: str) -> str | None:
    match = _YEAR.search(header)
    return match.group(1) if match else None


def _claim_table_checks(doc: Doc, grids: list[_Grid], claims: list[dict]) -> list[dict]:
    """Each claim against the tables that hold its value (a multiple: that have rows of both its years), in
    the tables' order: look-ups in indexes of all the tables, never every claim against every table."""
    checks = []
    full = doc._.text
    # (unit, value) → per table holding it: (its position, its cells in the grid's order)
    by_value: dict[tuple[str, Decimal], list[tuple[int, list[tuple[int, int]]]]] = {}
    # a table's year → its row (the last row of that year wins), and year → the tables with such a row
    rows_of_year: list[dict[str, int]] = []
    by_year: dict[str, list[int]] = {}
    for k, (_, cells, rows, _, _) in enumerate(grids):
        index: dict[tuple[str, Decimal], list[tuple[int, int]]] = {}
        for (r, c), (v, u) in cells.items():
            index.setdefault((u, v), []).append((r, c))
        for key, found in index.items():
            by_value.setdefault(key, []).append((k, found))
        rows_of_year.append({(_row_year(h) or ""): r for r, h in rows.items()})
        for year in rows_of_year[-1]:
            by_year.setdefault(year, []).append(k)
    sentences = {s.sent_id: s for s in reversed(doc._.sentences or [])}  # the first of an id wins
    for claim in claims:
        if claim["unit"] == "x":
            years = _multiple_years(sentences, full, claim)
            if years is None:
                continue
            with_both = set(by_year.get(years[0], [])) & set(by_year.get(years[1], []))
            for k in sorted(with_both):
                table_id, cells, _, columns, _ = grids[k]
                checks.extend(_multiple_check(claim, years, table_id, cells, rows_of_year[k], columns))
            continue
        value = Decimal(str(claim["value"]))
        time = str(claim.get("time") or "")
        label = f"{claim['metric']} {_fmt(value)} {claim['unit']} ({time or 'no time'})"
        for k, found in by_value.get((claim["unit"], value), []):  # _close with tolerance 0 is equality
            table_id, _, rows, columns, _ = grids[k]
            years = sorted({_row_year(rows[r]) or "" for r, _ in found})
            status = ("pass" if time[:4] in years else "fail") if time else "unverifiable"
            checks.append({
                "kind": "claim_vs_table", "statement": f"claim {label} appears in {table_id}",
                "expected": time or "", "observed": ", ".join(f"{rows[r]} / {columns[c]}" for r, c in found),
                "status": status, "start": claim.get("number_start"), "end": claim.get("number_end"),
            })
    return checks


def _multiple_years(sentences: dict, full: str, claim: dict) -> tuple[str, str] | None:
    """是<base year>的N倍: the claim's base year and its own year (None: not a multiple of a year)."""
    sentence = sentences.get(claim["sent_id"])
    if sentence is None:
        return None
    base = _cues()["multiple_base"].search(full[sentence.start:claim["number_start"]])
    time = str(claim.get("time") or "")[:4]
    if not base or not time:
        return None
    return base.group(1), time


def _multiple_check(claim: dict, years: tuple[str, str], table_id: str, cells: dict, row_of: dict[str, int],
                    columns: dict) -> list[dict]:
    """Recompute the multiple from a table that has rows of both years (``row_of``: year → row)."""
    base, time = years
    results = []
    for column in sorted(columns):
        now, then = cells.get((row_of[time], column)), cells.get((row_of[base], column))
        if not now or not then or then[0] == 0:
            continue
        ratio = now[0] / then[0]
        claimed = Decimal(str(claim["value"]))
        digits = max(0, -claimed.as_tuple().exponent)  # type: ignore[operator]
        if abs(ratio - claimed) <= Decimal(1).scaleb(-digits) * Decimal("0.5") + Decimal("0.005"):
            results.append({
                "kind": "multiple_vs_table",
                "statement": f"{claim['metric']}: {time} is {_fmt(claimed)}x {base} ({table_id}, "
                             f"{columns[column]})",
                "expected": _fmt(claimed), "observed": _fmt(ratio.quantize(Decimal("0.0001"))), "status": "pass",
                "start": claim.get("number_start"), "end": claim.get("number_end"),
            })
    return results[:1]


def _direction_checks(doc: Doc, numbers: list[dict]) -> list[dict]:
    checks = []
    full = doc._.text
    starts = [n["start"] for n in numbers]  # the caller sorts numbers by start
    for sentence in doc._.sentences or []:
        inside = numbers[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
        for first, second in itertools.pairwise(inside):
            if first["unit"] != second["unit"] or first["kind"] == "multiple":
                continue
            between = full[first["end"]:second["start"]]
            if len(between) > 20 or _cues()["clause_break"].search(between):
                continue
            for word, ok in (("rises", lambda a, b: b > a), ("falls", lambda a, b: b < a)):
                if _cues()[word].search(between):
                    a, b = Decimal(str(first["value"])), Decimal(str(second["value"]))
                    checks.append({
                        "kind": "direction",
                        "statement": f"{first['text']} → {second['text']} {word}",
                        "expected": word, "observed": f"{_fmt(a)} → {_fmt(b)}",
                        "status": "pass" if ok(a, b) else "fail",
                        "start": first["start"], "end": second["end"],
                    })
    return checks


def extract_checks(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """All consistency checks of one document, numbered in a stable order."""
    grids = _table_grids(doc)
    checks = _sum_checks(grids) + _claim_table_checks(doc, grids, rows.get("claims", [])) + _direction_checks(
        doc, sorted(rows.get("numbers", []), key=lambda r: r["start"]))
    for number, check in enumerate(checks, start=1):
        check["check_id"] = f"C{number:03d}"
    return checks
