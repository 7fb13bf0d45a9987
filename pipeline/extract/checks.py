"""Checks: cross-checks of claims and tables, each with a pass/fail/unverifiable status.

- Table arithmetic: where one column is the sum of two others of the same unit in
  most rows (总额 = 出口 + 进口), every row is checked against that identity.
- Claim against table: a claimed value found in a cell whose row (or, over rows of years, column)
  label the claim's metric names must be of the claim's time: the period the cell's column header,
  row header or caption writes (2023年, 1-6月, 表1 2022年…); a multiple (是2010年的2.32倍) is recomputed
  from the column its metric names (fail when it does not round to the stated multiple).
- Total rows: a 合计/总计 row below other rows is the sum of the rows above it (a 其中/# row and what is
  listed under it are parts of the row before them), in the columns that add up (no rates or changes).
- Direction words: 提升/增长/上升 between two values of one unit must go up, and
  下降/减少 down (增加到/下降至: the second value is the new level; 增加了 names a change).
- Shares: A，占B的P% with both amounts in one sentence: P must be A / B.

Each check carries `start`/`end`: the span of the text it is about (the table row's cells, the
claim's number, the two compared numbers), so a reviewer can go from a check to its words.

Cue words are matched on the simplified view of text and headers (pipeline.script): a traditional 合計, 總計,
減少至 reads as the 合计, 总计, 减少至 of checks.yaml, and a metric 失業率 names a label 失业率.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.extract.claim_metric.words import common_end, common_start
from pipeline.extract.claim_time import months_covered
from pipeline.extract.dates import DateMention, find_dates
from pipeline.extract.table_cells import COLUMN_PATH_SEPARATOR, is_period
from pipeline.repeat_search import piece_safe
from pipeline.resources import cached, load_yaml
from pipeline.script import simplified

_TOLERANCE = Decimal("0.005")  # relative: published figures are rounded
_YEAR = re.compile(r"(\d{4})")
_WRITTEN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@cached
def _cues() -> dict[str, re.Pattern[str]]:
    """checks.yaml compiled: direction words, clause breaks, the base year of a multiple."""
    spec = load_yaml("checks.yaml")
    particles = _alternation(spec["direction_particles"])
    return {
        "rises": re.compile(f"(?:{_alternation(spec['rise_words'])})(?:{particles})"),
        "falls": re.compile(f"(?:{_alternation(spec['fall_words'])})(?:{particles})"),
        "declined": re.compile(f"(?:{_alternation(spec['decline_words'])})\\s*$"),
        "clause_break": re.compile(f"[{re.escape(spec['clause_breaks'])}]"),
        "multiple_base": re.compile(spec["multiple_base"]),
        "label_noise": re.compile(spec["label_noise"]),
        "written_period": re.compile(spec["written_period"]),
        "written_year": re.compile(spec["written_year"]),
        "cumulative_header": re.compile(spec["cumulative_header"]),
        "total_row": re.compile(spec["total_row"]),
        "subtotal_row": re.compile(spec["subtotal_row"]),
        "part_row": re.compile(spec["part_row"]),
        "coded_row": re.compile(spec["coded_row"]),
        "minus_row": re.compile(spec["minus_row"]),
        "scope_label": re.compile(spec["scope_label"]),
        "prior_year_header": re.compile(spec["prior_year_header"]),
        "relative_header": re.compile(spec["relative_header"]),
        "non_additive_header": re.compile(spec["non_additive_header"]),
        "rate_header": re.compile(spec["rate_header"]),
        "share_between": re.compile(spec["share_between"]),
        "share_after": re.compile(spec["share_after"]),
        "ratio_term_before": re.compile(spec["ratio_term_before"]),
        "ratio_terms_after": re.compile(spec["ratio_terms_after"]),
    }


@dataclass(frozen=True)
class _Settings:
    """checks.yaml's scalar settings, read once: the bound on the columns a table's sum identities are
    sought among, the units whose values do not add up (a total of rates is no sum), the share of a cell
    label's characters a claim's metric must exceed to be checked against it, and the characters two
    sibling labels must share."""

    max_sum_columns: int
    non_additive_units: frozenset[str]
    label_coverage: float
    sibling_shared_min: int


@cached
def _settings() -> _Settings:
    spec = load_yaml("checks.yaml")
    return _Settings(int(spec["max_sum_columns"]), frozenset(spec["non_additive_units"]),
                     float(spec["label_coverage"]), int(spec["sibling_shared_min"]))


def max_sum_columns() -> int:
    """checks.yaml's bound on the columns a table's sum identities are sought among."""
    return _settings().max_sum_columns


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


def _close(a: Decimal, b: Decimal, tolerance: Decimal = _TOLERANCE) -> bool:
    scale = max(abs(a), abs(b), Decimal("1e-12"))
    return abs(a - b) / scale <= tolerance


def _decimals(value: Decimal) -> int:
    return max(0, -value.as_tuple().exponent)  # type: ignore[operator]


def _rounds_to(computed: Decimal, stated: Decimal) -> bool:
    """Whether a computed ratio rounds to a stated figure at the figure's last digit (1.94 is 1.9x, not 2.5x)."""
    return abs(computed - stated) <= Decimal(1).scaleb(-_decimals(stated)) * Decimal("0.5") + Decimal("0.005")


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


class Grid(NamedTuple):
    """One table as the checks read it: its valued cells (row, column) → (value, unit), its row and column
    headers, each cell's span in the text and the table's caption (a period it writes, 表1 2022年…)."""

    table_id: str
    cells: dict[tuple[int, int], tuple[Decimal, str]]
    rows: dict[int, str]
    columns: dict[int, str]
    spans: dict[tuple[int, int], tuple[int, int]]
    caption: str = ""
    steps: dict[tuple[int, int], Decimal] | None = None  # a cell's last written digit, scaled: 0.4万人 → 1000


def _step(value: Decimal, value_text: str) -> Decimal:
    """What one unit of a cell's last written digit is worth in its scaled value (0.4 under 万人 → 1000; 0 where
    the text writes no number): a published figure is exact to half of it."""
    match = _WRITTEN_NUMBER.search(value_text.replace(",", ""))
    written = Decimal(match.group()) if match else Decimal(0)
    return abs(value / written) * Decimal(1).scaleb(-_decimals(written)) if written else Decimal(0)


def _table_grids(doc: Doc) -> list[Grid]:
    grids: list[Grid] = []
    for table in doc._.tables or []:
        cells: dict[tuple[int, int], tuple[Decimal, str]] = {}
        rows: dict[int, str] = {}
        columns: dict[int, str] = {}
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        steps: dict[tuple[int, int], Decimal] = {}
        for cell in table.cells:
            if cell.value is not None:
                cells[(cell.row, cell.column)] = (cell.value, cell.unit)
                rows[cell.row] = cell.row_header
                columns[cell.column] = cell.column_header
                spans[(cell.row, cell.column)] = (cell.start, cell.end)
                steps[(cell.row, cell.column)] = _step(cell.value, cell.value_text)
        grids.append(Grid(table.table_id, cells, rows, columns, spans, table.caption, steps))
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


def _sum_checks(grids: list[Grid]) -> list[dict]:
    """Each row against a sum identity that holds in most rows (总额 = 出口 + 进口). Where a further column,
    subtracted, makes it hold in more of the rows that have a value in that column (期末余额 = 期初余额 + 本期增加
    − 本期减少, 本期减少 mostly "—"), that column is part of the identity: a blank in it is 0, and every row is
    checked against the four columns."""
    checks = []
    for grid in grids:
        columns = _additive_columns(grid, sum_columns(grid.cells, max_sum_columns()))
        for total, a, b in itertools.permutations(columns, 3):
            if a > b:
                continue
            terms = [(a, 1), (b, 1)]
            rows = [row for row in sorted(grid.rows) if _one_unit(grid, row, total, terms)]
            if len(rows) < 2:
                continue
            holds = [row for row in rows if _close(grid.cells[(row, total)][0], _sum_of(grid, row, terms))]
            if len(holds) < 0.6 * len(rows):
                continue
            missed = [row for row in rows if row not in holds]
            subtracted = _subtracted_column(grid, total, terms, missed, columns) if missed else None
            if subtracted is not None:
                terms = [*terms, (subtracted, -1)]
            checks.extend(_sum_check(grid, row, total, terms) for row in rows)
    return checks


def _additive_columns(grid: Grid, columns: list[int]) -> list[int]:
    """The columns that may take part in a sum identity: the header names no rate, return or ratio, the cells
    are not all in a unit that does not add up (%), and no other column of the table has the same header (a
    header shared by columns does not say which quantity each holds; identities among such columns are
    coincidences of a misread grid). Rates never add up (round 13), so their identities are noise. One pass
    over the table's cells and headers."""
    shared = Counter(simplified(header) for header in grid.columns.values())
    summable: set[int] = set()
    for (_, column), (_, unit) in grid.cells.items():
        if unit not in _settings().non_additive_units:
            summable.add(column)
    kept = []
    for column in columns:
        header = simplified(grid.columns.get(column, ""))
        if column in summable and shared[header] == 1 and not _cues()["rate_header"].search(header):
            kept.append(column)
    return kept


def _one_unit(grid: Grid, row: int, total: int, terms: list[tuple[int, int]]) -> bool:
    """Whether a row has a value in the total's column and in each of an identity's columns, all of one unit."""
    found = [grid.cells.get((row, column)) for column in (total, *(column for column, _ in terms))]
    return all(found) and len({cell[1] for cell in found}) == 1  # type: ignore[index]


def _sum_of(grid: Grid, row: int, terms: list[tuple[int, int]]) -> Decimal:
    """A row's signed sum over an identity's columns, a blank cell counting 0."""
    return sum((sign * grid.cells[(row, column)][0] for column, sign in terms if (row, column) in grid.cells),
               Decimal(0))


def _subtracted_column(grid: Grid, total: int, terms: list[tuple[int, int]], missed: list[int],
                       columns: list[int]) -> int | None:
    """A column that, subtracted, explains rows the identity missed: among the rows with a value in it, the
    identity holds in more of them with it than without (None: no such column)."""
    used = {total, *(column for column, _ in terms)}
    for column in columns:
        if column in used or all((row, column) not in grid.cells for row in missed):
            continue
        valued = [row for row in grid.rows if (row, column) in grid.cells and (row, total) in grid.cells]
        with_it, without = ([row for row in valued if _close(grid.cells[(row, total)][0], _sum_of(grid, row, signed))]
                            for signed in ([*terms, (column, -1)], terms))
        if len(with_it) > len(without):
            return column
    return None


def _sum_check(grid: Grid, row: int, total: int, terms: list[tuple[int, int]]) -> dict:
    """One row against a sum identity."""
    expected = _sum_of(grid, row, terms)
    observed = grid.cells[(row, total)][0]
    named = " ".join(f"{'+' if sign > 0 else '-'} {grid.columns[column]}" for column, sign in terms)[2:]
    where = [grid.spans[(row, c)] for c in (total, *(column for column, _ in terms)) if (row, c) in grid.spans]
    return {
        "kind": "table_sum",
        "statement": f"{grid.table_id} {grid.rows[row]}: {grid.columns[total]} = {named}",
        "expected": _fmt(expected), "observed": _fmt(observed),
        "status": "pass" if _close(expected, observed) else "fail",
        "start": min(s for s, _ in where), "end": max(e for _, e in where),
    }


def _total_checks(grids: list[Grid], headers: _Headers) -> list[dict]:
    """Each cell of a total row (合计, 总计) below other rows against the sum of the rows above it, back to
    the table's head or the previous total; a 小计 row closes a block of items, checked against them, and
    stands for them in the total below. Linear in the table's cells."""
    checks = []
    for grid in grids:
        block: list[int] = []  # the rows since the previous total or subtotal
        subtotals: list[int] = []  # the subtotals since the previous total
        for row in sorted(grid.rows):
            label = headers.label(grid.rows[row])
            subtotal = bool(_cues()["subtotal_row"].match(label))
            if not subtotal and not _cues()["total_row"].match(label):
                block.append(row)
                continue
            checks.extend(_row_checks(grid, row, block if subtotal else [*subtotals, *block]))
            block, subtotals = [], ([*subtotals, row] if subtotal else [])
    return checks


def _row_checks(grid: Grid, total: int, above: list[int]) -> list[dict]:
    """The checks of each column of a total row against ``above``."""
    return [check for column in sorted(grid.columns) if (check := _total_check(grid, total, above, column))]


def _total_check(grid: Grid, total: int, above: list[int], column: int) -> dict | None:
    """One cell of a total row against the sum of the rows above it (None: the column does not add up, a row
    above has no value of the total's unit in it, or fewer than two rows are the total's parts). Rows listed
    after a 其中 row may be its parts too (社会消费品零售总额, 其中：商品零售, 餐饮收入), which the text does not
    say; enumerated category rows (一、税收收入 … 二、非税收入) may be the only addends, the rows under them their
    items; a first row that is the sum of the rows after it is a head total (全市, 东城区, 西城区); a 减： row is
    subtracted. The total passes when it is the sum of any reading, to the rounding of the written digits; where
    no reading adds up but the rows hold the total two or three times over (levels the labels do not mark), the
    check cannot decide."""
    cell = grid.cells.get((total, column))
    if (cell is None or cell[1] in _settings().non_additive_units
            or _cues()["non_additive_header"].search(simplified(grid.columns[column]))):
        return None
    values = [grid.cells.get((row, column)) for row in above]
    if not values or any(v is None or v[1] != cell[1] for v in values):
        return None
    labels = [grid.rows[row] for row in above]
    amounts = [_signed(label, v[0]) for label, v in zip(labels, values, strict=True)]  # type: ignore[index]
    readings = [_top_level(labels, amounts, listed) for listed in (False, True)]
    if len(readings[0]) < 2:
        return None
    readings.append(_categories(labels, amounts))
    readings += [parts[1:] for parts in readings if len(parts) > 2 and _close(parts[0], sum(parts[1:], Decimal(0)))]
    slack = _rounding_slack(grid, total, above, column)
    holds = [k for k, parts in enumerate(readings)
             if parts and _adds_up(sum(parts, Decimal(0)), cell[0], slack * (len(parts) + 1))]
    reading = readings[holds[0] if holds else 0]
    nested = any(_close(sum(amounts, Decimal(0)), times * cell[0]) for times in (2, 3))
    where = [grid.spans[(row, column)] for row in (*above, total)]
    return {
        "kind": "table_total",
        "statement": f"{grid.table_id} {grid.columns[column]}: {grid.rows[total]} = sum of the rows above "
                     f"({len(reading)} of {len(above)} counted, the rest parts of them)",
        "expected": _fmt(sum(reading, Decimal(0))), "observed": _fmt(cell[0]),
        "status": "pass" if holds else "unverifiable" if nested else "fail",
        "start": min(a for a, _ in where), "end": max(b for _, b in where),
    }


def _signed(label: str, value: Decimal) -> Decimal:
    """A row's value as its total counts it: a 减：所得税影响额 row is subtracted."""
    return -value if _cues()["minus_row"].match(simplified(label)) else value


def _rounding_slack(grid: Grid, total: int, above: list[int], column: int) -> Decimal:
    """Half the largest last written digit among the total and its rows (0.1 of 0.4万人 → 500): each figure is
    rounded on its own, so a sum of n parts may miss the total by up to n + 1 such halves."""
    steps = grid.steps or {}
    return max((steps.get((row, column), Decimal(0)) for row in (*above, total)), default=Decimal(0)) / 2


def _adds_up(expected: Decimal, stated: Decimal, slack: Decimal) -> bool:
    """Whether a sum is a stated total: within the relative tolerance, or within the rounding of the digits."""
    return _close(expected, stated) or abs(expected - stated) <= slack


def _categories(labels: list[str], values: list[Decimal]) -> list[Decimal]:
    """The values of the enumerated category rows (一、税收收入, 二、非税收入; or （一）…, or 1. …, whichever
    enumeration comes first) and of the rows before the first of them: the rows between two categories are
    the first one's items. [] where no row is enumerated."""
    patterns = _category_patterns()
    first = next(((k, p) for k, label in enumerate(labels) for p in patterns if p.match(label)), None)
    if first is None:
        return []
    start, pattern = first
    return [*values[:start], *(v for label, v in zip(labels[start:], values[start:], strict=True)
                               if pattern.match(label))]


@cached
def _category_patterns() -> list[re.Pattern[str]]:
    """checks.yaml's enumerations of category rows, compiled."""
    return [re.compile(pattern) for pattern in load_yaml("checks.yaml")["category_rows"]]


def _top_level(labels: list[str], values: list[Decimal], listed: bool) -> list[Decimal]:
    """The values of the rows a total adds up: a 其中/# row is a part of the row before it, not of the total;
    with ``listed``, so are the rows after it that still fit within that row (their sum stays within it). A row
    whose classification code extends the code of the last row counted (20103 under 201) is that row's part."""
    parts: list[Decimal] = []
    room: Decimal | None = None  # what is left of the row whose parts are being listed
    code = ""  # the code of the last row counted
    for label, value in zip(labels, values, strict=True):
        coded = _cues()["coded_row"].match(label)
        if coded and code and coded.group(1).startswith(code) and len(coded.group(1)) > len(code):
            continue
        marked = bool(_cues()["part_row"].match(simplified(label))) and bool(parts)
        if marked:
            room = parts[-1] * (1 + _TOLERANCE)
        if room is not None and 0 <= value <= room and (marked or listed):
            room -= value
            continue
        room = None
        parts.append(value)
        code = coded.group(1) if coded else ""
    return parts


def _row_year(header: str) -> str | None:
    match = _YEAR.search(header)
    return match.group(1) if match else None


def _claim_table_checks(doc: Doc, grids: list[Grid], claims: list[dict], headers: _Headers | None = None) -> list[dict]:
    """Each claim against the tables that hold its value (a multiple: that have rows of both its years), in
    the tables' order: look-ups in indexes of all the tables, never every claim against every table. ``headers``:
    the document's headers as the total checks read them (shared, so no header is read twice)."""
    checks = []
    full = simplified(doc._.text)  # cue words read simplified: 減少至 is 减少至
    # (unit, value) → per table holding it: (its position, its cells in the grid's order)
    by_value: dict[tuple[str, Decimal], list[tuple[int, list[tuple[int, int]]]]] = {}
    # a table's year → its row (the last row of that year wins), and year → the tables with such a row
    rows_of_year: list[dict[str, int]] = []
    by_year: dict[str, list[int]] = {}
    for k, grid in enumerate(grids):
        cells, rows = grid.cells, grid.rows
        index: dict[tuple[str, Decimal], list[tuple[int, int]]] = {}
        for (r, c), (v, u) in cells.items():
            index.setdefault((u, v), []).append((r, c))
        for key, found in index.items():
            by_value.setdefault(key, []).append((k, found))
        rows_of_year.append({(_row_year(h) or ""): r for r, h in rows.items()})
        for year in rows_of_year[-1]:
            by_year.setdefault(year, []).append(k)
    sentences = {s.sent_id: s for s in reversed(doc._.sentences or [])}  # the first of an id wins
    headers = headers or _Headers(doc._.document_date)
    for claim in claims:
        if claim["unit"] == "x":
            years = _multiple_years(sentences, full, claim)
            if years is None:
                continue
            with_both = set(by_year.get(years[0], [])) & set(by_year.get(years[1], []))
            for k in sorted(with_both):
                table_id, cells, columns = grids[k].table_id, grids[k].cells, grids[k].columns
                checks.extend(_multiple_check(claim, years, table_id, cells, rows_of_year[k], columns, headers))
            continue
        sentence = sentences.get(claim["sent_id"])
        dated = sentence is None or headers.writes_year(full[sentence.start:sentence.end])
        checks.extend(_value_checks(claim, [(grids[k], found) for k, found in by_value.get(
            (claim["unit"], Decimal(str(claim["value"]))), [])], headers, dated))
    return checks


def _value_checks(claim: dict, tables: list[tuple[Grid, list[tuple[int, int]]]], headers: _Headers,
                  dated: bool = True) -> list[dict]:
    """A claim against each table that holds its value in a cell whose label its metric names: the claim's
    time must be the cell's period (its column's, its row's or the caption's). A value in an unrelated row
    (a GDP growth that equals the vegetables' growth) is no evidence either way and gives no check. Unless
    ``dated`` (its sentence writes a year), the claim's time was inferred (全年… in a bulletin dated the next
    year, a year carried over from a table's header): a table that writes its period is more likely right than
    the inference, so a mismatch is `unverifiable`, not `fail`."""
    checks = []
    time = str(claim.get("time") or "")
    label = f"{claim['metric']} {_fmt(Decimal(str(claim['value'])))} {claim['unit']} ({time or 'no time'})"
    for grid, found in tables:
        named = [(r, c) for r, c in found if headers.names(claim["metric"], *headers.cell_label(grid, r, c))]
        if not named:
            continue
        periods = [headers.cell_period(grid, r, c) for r, c in named]
        agree = [_agrees(time, period) for period in periods] if time else [None]
        status = "pass" if True in agree else "unverifiable" if None in agree or not dated else "fail"
        checks.append({
            "kind": "claim_vs_table", "statement": f"claim {label} appears in {grid.table_id}",
            "expected": time, "status": status, "start": claim.get("number_start"), "end": claim.get("number_end"),
            "observed": ", ".join(f"{grid.rows[r]} / {grid.columns[c]} ({_period_text(p)})"
                                  for (r, c), p in zip(named, periods, strict=True)),
        })
    return checks


# A period as the checks compare it: (year, (first month, last month)); None where the text does not say
# (no year written: 10月, 1-6月; no months: a whole year).
_Period = tuple[str | None, tuple[str, str] | None]


class _Headers:
    """What a document's table headers say, each header read once: the label that names what it measures
    (for matching a claim's metric) and the period it writes out."""

    def __init__(self, document_date: dt.date | None) -> None:
        # a yearless period (10月) is read for its months only, so any date resolves it where the document has none
        self.document_date = document_date or dt.date(2000, 1, 1)
        self._labels: dict[str, str] = {}
        self._periods: dict[str, _Period] = {}
        self._writes: dict[str, bool] = {}
        self._dates: dict[str, list[DateMention]] = {}

    @staticmethod
    def _may_hold(pattern: re.Pattern[str], text: str) -> bool:
        """False only when no piece of ``text`` (a date mention's text) can match ``pattern``: the pattern is
        ``piece_safe`` and finds nothing in the whole text (round 39); a pattern with anchors or lookarounds (a
        user's checks.yaml) is never ruled out."""
        return not piece_safe(pattern) or pattern.search(text) is not None

    def _dates_of(self, text: str) -> list[DateMention]:
        """The dates engine's mentions of ``text``, read once a text: a header is asked for its label and its period,
        and the sentences of claims for the years they write; a text read for one was read afresh for the next."""
        if text not in self._dates:
            self._dates[text] = find_dates(text, self.document_date)
        return self._dates[text]

    def label(self, header: str) -> str:
        """The header's characters that name a thing: 其中：商品零售 → 商品零售, 产量（万吨） → 产量, 2023年 → ''."""
        if header not in self._labels:
            text = header
            for mention in self._dates_of(header):
                text = text.replace(mention.text, " ")
            self._labels[header] = _cues()["label_noise"].sub("", simplified(text))
        return self._labels[header]

    def cell_label(self, grid: Grid, row: int, column: int) -> tuple[str, list[str]]:
        """The label that names a cell, its row's, or its column's where the row header is a period or empty
        (rows of years, 2021年 | 出口), with the labels of its siblings (the other rows, or the other columns)."""
        label = self.label(grid.rows[row])
        if label:
            return label, [self.label(header) for r, header in grid.rows.items() if r != row]
        return self.label(grid.columns[column]), [self.label(header) for c, header in grid.columns.items()
                                                  if c != column]

    @staticmethod
    def coverage(metric: str, label: str) -> float:
        """The share of a label's characters a claim's metric holds."""
        return len(set(label) & set(metric)) / len(set(label)) if label else 0.0

    def names(self, metric: str, label: str, siblings: list[str]) -> bool:
        """Whether a claim's metric names a cell's label: it holds the label, or covers more than the share
        checks.yaml sets of it (进口 names 进口 and not 出口) and names no sibling better: of a sibling that
        shares the label's start or end, it covers what sets the sibling apart no more than what sets the label
        apart (第三产业增加值 names 第三产业, not 第一产业; 农村居民… is not 城镇居民…)."""
        if not label:
            return False
        metric = simplified(metric)  # labels read simplified: 合計 is 合计, 失業率 names 失业率
        words = _cues()["label_noise"].sub("", metric)  # as the label reads: 电力、热力… holds 电力热力…
        if label in words:
            return True
        return self.coverage(metric, label) > _settings().label_coverage and not any(
            self.coverage(words, _distinct_part(sibling, label)) > self.coverage(words, _distinct_part(label, sibling))
            for sibling in siblings)

    def period(self, text: str) -> _Period:
        """The period a header or caption writes out: its year where written, its months where finer. A bare
        year (2009 under 年份) counts; a header that writes two years (a merged 2015年 2016年预测) dates nothing."""
        if text not in self._periods:
            stated = [(part.strip()[:4], None) for part in text.split(COLUMN_PATH_SEPARATOR) if is_period(part.strip())]
            # (round 39) as in ``writes_year``: a header ``written_period`` finds nothing in has no mention it counts
            for mention in self._dates_of(text) if self._may_hold(_cues()["written_period"], text) else ():
                if mention.value and _cues()["written_period"].search(mention.text):
                    year, months = _as_period(mention.value)
                    stated.append((year if _cues()["written_year"].search(mention.text) else None, months))
            years = {year for year, _ in stated if year}
            months = next((m for _, m in stated if m), None)
            self._periods[text] = (years.pop() if len(years) == 1 else None, months if len(years) < 2 else None)
        return self._periods[text]

    def writes_year(self, text: str) -> bool:
        """Whether a text writes out a year (2023年, 二〇二三年), not one the document date or context supplies."""
        if text not in self._writes:  # (once a sentence: each of its claims asks)
            # (round 39) a mention's text is a piece of ``text`` and ``written_year`` has no anchor or lookaround, so a
            # text it finds nothing in has no mention it finds anything in: no date scan (most sentences, 0.8 ms each)
            self._writes[text] = self._may_hold(_cues()["written_year"], text) and any(
                mention.value and _cues()["written_year"].search(mention.text) for mention in self._dates_of(text))
        return self._writes[text]

    def cell_period(self, grid: Grid, row: int, column: int) -> _Period:
        """A cell's period: its column header's, else its row header's, else the caption's (each of year and
        months on its own: a 10月 column of a table captioned 2023年…). A header of the year before (上年同期,
        上年, 去年同期, 上年末) that writes no year of its own is the year before the one it falls back to; one of
        another relative period (上期, 期初, 上月) dates nothing."""
        stated = [self.period(text) for text in (grid.columns[column], grid.rows[row], grid.caption)]
        year, months = next((y for y, _ in stated if y), None), next((m for _, m in stated if m), None)
        for header, (own_year, _) in zip((grid.columns[column], grid.rows[row]), stated, strict=False):
            parts = [part.strip() for part in simplified(header).split(COLUMN_PATH_SEPARATOR)]
            if own_year is None and any(_cues()["prior_year_header"].match(part) for part in parts):
                year = str(int(year) - 1) if year and year.isdigit() else None
                break
            if own_year is None and any(_cues()["relative_header"].match(part) for part in parts):
                return None, None
        running = _cues()["cumulative_header"].search(simplified(grid.rows[row] + grid.columns[column]))
        if running and months and months[0] == months[1]:
            months = ("01", months[1])  # 累计同比 under 2023-10: January to October
        return year, months


def _distinct_part(label: str, sibling: str) -> str:
    """What sets ``label`` apart from a sibling label with the same start or end (第一产业 | 第三产业 → 一;
    城镇居民人均可支配收入 | 农村… → 城镇); '' where they share less than checks.yaml's sibling_shared_min
    characters there (粮食 | 蔬菜; a lone 数 at the end of two counts) or one holds the other."""
    if not sibling or sibling == label:
        return ""
    head = common_start((label, sibling))
    tail = common_end((label[head:], sibling[head:]))
    shared = head + tail
    if shared < _settings().sibling_shared_min or shared >= min(len(label), len(sibling)):
        return ""
    return label[head:len(label) - tail]


def _as_period(value: str) -> _Period:
    """A date value as a period: 2023-H1 → (2023, (01, 06)); 2022 → (2022, None); 2015/2018 → (2015/2018, None)."""
    covered = months_covered(value)
    if covered is None:
        return None, None
    first, last = covered
    months = (first[5:], last[5:])
    year = first[:4] if first[:4] == last[:4] else f"{first[:4]}/{last[:4]}"
    return year, (None if months == ("01", "12") else months)


def _agrees(time: str, period: _Period) -> bool | None:
    """Whether a claim's time is a cell's period (None: the cell's period is unknown). Where the table
    writes only a year, the claim's year decides (a 年末 claim in a year's row)."""
    year, months = period
    if year is None and months is None:
        return None
    claimed_year, claimed_months = _as_period(time)
    return (year is None or year == claimed_year) and (months is None or months == claimed_months)


def _period_text(period: _Period) -> str:
    year, months = period
    if months is None:
        return year or "no period"
    span = months[0] if months[0] == months[1] else f"{months[0]}/{months[1]}"
    return f"{year or '?'}-{span}"


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
                    columns: dict, headers: _Headers) -> list[dict]:
    """Recompute the multiple from the column the claim's metric names, in a table that has rows of both
    years (``row_of``: year → row): a pass where the ratio rounds to the claimed multiple, else a fail. Of two
    columns named as well, one that only sets a scope (全省居民 beside 农村居民, for 全省农村居民…) comes last."""
    base, time = years
    claimed = Decimal(str(claim["value"]))
    labels = {c: headers.label(header) for c, header in columns.items()}
    named = sorted((c for c in columns if headers.names(claim["metric"], labels[c],
                                                        [label for k, label in labels.items() if k != c])),
                   key=lambda c: (-headers.coverage(claim["metric"], labels[c]),
                                  bool(_cues()["scope_label"].match(labels[c]))))
    for column in named:  # the column the metric names best
        now, then = cells.get((row_of[time], column)), cells.get((row_of[base], column))
        if not now or not then or then[0] == 0:
            continue
        ratio = now[0] / then[0]
        holds = _rounds_to(ratio, claimed)
        return [{
            "kind": "multiple_vs_table",
            "statement": f"{claim['metric']}: {time} is {_fmt(claimed)}x {base} ({table_id}, {columns[column]})",
            "expected": _fmt(claimed),
            "observed": f"{_fmt(ratio.quantize(Decimal('0.0001')))} = {_fmt(now[0])} / {_fmt(then[0])}",
            "status": "pass" if holds else "fail",
            "start": claim.get("number_start"), "end": claim.get("number_end"),
        }]
    return []


def _direction_checks(doc: Doc, numbers: list[dict]) -> list[dict]:
    """Two values of one unit with a direction word between them (由2.1万人增加到2.4万人): the second must be
    above (below) the first. A rate written as a decline (由下降1.2%提升至增长0.8%) is negative where the other is
    not: growth that turned from a decline is a rise; two declines (由下降1.2%扩大至下降3%) compare as written."""
    checks = []
    full = simplified(doc._.text)  # cue words read simplified: 減少至 is 减少至
    heads = [n for n in numbers if not _cues()["ratio_term_before"].search(full[max(0, n["start"] - 4):n["start"]])]
    for first, second in _sentence_runs(doc, heads, 2):
        if first["unit"] != second["unit"] or first["kind"] == "multiple" or (
                _ratio_terms(full, first) != _ratio_terms(full, second)):
            continue
        between = full[first["end"]:second["start"]]
        if len(between) > 20 or _cues()["clause_break"].search(between):
            continue
        for word, ok in (("rises", lambda a, b: b > a), ("falls", lambda a, b: b < a)):
            if _cues()[word].search(between):
                a, b = Decimal(str(first["value"])), Decimal(str(second["value"]))
                declines = [bool(_cues()["declined"].search(text)) for text in (
                    full[max(0, first["start"] - 4):first["start"]], between)]
                if declines[0] != declines[1] and a >= 0 and b >= 0:
                    a, b = (-a, b) if declines[0] else (a, -b)
                checks.append({
                    "kind": "direction",
                    "statement": f"{first['text']} → {second['text']} {word}",
                    "expected": word, "observed": f"{_fmt(a)} → {_fmt(b)}",
                    "status": "pass" if ok(a, b) else "fail",
                    "start": first["start"], "end": second["end"],
                })
    return checks


def _ratio_terms(full: str, number: dict) -> str:
    """The later terms of a ratio written after ``number`` (2.05:1 → ":1"), spaces dropped; "" for a plain number.
    Two ratios compare by their first terms only over the same later terms."""
    m = _cues()["ratio_terms_after"].match(full, number["end"])
    return re.sub(r"[^0-9.]", ":", re.sub(r"\s", "", m.group(1))) if m else ""  # any colon form reads as ":"


def _share_checks(doc: Doc, numbers: list[dict]) -> list[dict]:
    """A share stated with both its amounts (A，占B的P%): P must be A / B, to the percentage's last digit."""
    checks = []
    full = simplified(doc._.text)  # cue words read simplified: 減少至 is 减少至
    for part, whole, share in _sentence_runs(doc, numbers, 3):
        if (share["unit"] != "%" or part["unit"] != whole["unit"] or part["unit"] in _settings().non_additive_units
                or not _cues()["share_between"].match(full[part["end"]:whole["start"]])
                or not _cues()["share_after"].match(full[whole["end"]:share["start"]])):
            continue
        a, b, stated = (Decimal(str(n["value"])) for n in (part, whole, share))
        if b == 0:
            continue
        ratio = a / b * 100
        checks.append({
            "kind": "share", "statement": f"{part['text']} / {whole['text']} = {share['text']}",
            "expected": _fmt(stated), "observed": _fmt(ratio.quantize(Decimal(1).scaleb(-_decimals(stated) - 1))),
            "status": "pass" if _rounds_to(ratio, stated) else "fail",
            "start": part["start"], "end": share["end"],
        })
    return checks


def _sentence_runs(doc: Doc, numbers: list[dict], n: int) -> Iterator[tuple[dict, ...]]:
    """Each run of ``n`` consecutive numbers within one sentence (``numbers`` sorted by start)."""
    starts = [number["start"] for number in numbers]
    for sentence in doc._.sentences or []:
        inside = numbers[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
        yield from zip(*(inside[k:] for k in range(n)), strict=False)


def extract_checks(doc: Doc, rows: dict[str, list[dict]]) -> list[dict]:
    """All consistency checks of one document, numbered in a stable order."""
    grids = _table_grids(doc)
    numbers = sorted(rows.get("numbers", []), key=lambda r: r["start"])
    headers = _Headers(doc._.document_date)  # (read once for both the total and the claim checks)
    checks = (_sum_checks(grids) + _total_checks(grids, headers)
              + _claim_table_checks(doc, grids, rows.get("claims", []), headers) + _direction_checks(doc, numbers)
              + _share_checks(doc, numbers))
    for number, check in enumerate(checks, start=1):
        check["check_id"] = f"C{number:03d}"
    return checks
